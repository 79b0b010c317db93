// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package legacycollection721

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// LegacyCollection721MetaData contains all meta data concerning the LegacyCollection721 contract.
var LegacyCollection721MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"royaltyBps\",\"type\":\"uint96\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"denominator\",\"type\":\"uint256\"}],\"name\":\"ERC2981InvalidDefaultRoyalty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC2981InvalidDefaultRoyaltyReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"denominator\",\"type\":\"uint256\"}],\"name\":\"ERC2981InvalidTokenRoyalty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC2981InvalidTokenRoyaltyReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"salePrice\",\"type\":\"uint256\"}],\"name\":\"royaltyInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"safeMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LegacyCollection721",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161198b38038061198b83398101604081905261002e916101ee565b82604051806040016040528060118152602001702632b3b0b1bc9021b7b63632b1ba34b7b760791b815250604051806040016040528060068152602001654c454741435960d01b815250815f908161008691906102e1565b50600161009382826102e1565b5050506001600160a01b0381166100c457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100cd816100e0565b506100d88282610131565b50505061039f565b600980546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6127106001600160601b03821681101561017057604051636f483d0960e01b81526001600160601b0383166004820152602481018290526044016100bb565b6001600160a01b03831661019957604051635b6cc80560e11b81525f60048201526024016100bb565b50604080518082019091526001600160a01b039092168083526001600160601b039091166020909201829052600160a01b90910217600755565b80516001600160a01b03811681146101e9575f5ffd5b919050565b5f5f5f60608486031215610200575f5ffd5b610209846101d3565b9250610217602085016101d3565b60408501519092506001600160601b0381168114610233575f5ffd5b809150509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061026657607f821691505b60208210810361028457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102dc57828211156102dc57805f5260205f20601f840160051c60208510156102b557505f5b90810190601f840160051c035f5b818110156102d8575f838201556001016102c3565b5050505b505050565b81516001600160401b038111156102fa576102fa61023e565b61030e816103088454610252565b8461028a565b6020601f821160018114610340575f83156103295750848201515b5f19600385901b1c1916600184901b178455610398565b5f84815260208120601f198516915b8281101561036f578785015182556020948501946001909201910161034f565b508482101561038c57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6115df806103ac5f395ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c8063715018a61161009e578063b88d4fde1161006e578063b88d4fde14610252578063c87b56dd14610265578063d204c45e14610278578063e985e9c51461028b578063f2fde38b1461029e575f5ffd5b8063715018a61461021e5780638da5cb5b1461022657806395d89b4114610237578063a22cb4651461023f575f5ffd5b806323b872dd116100e457806323b872dd146101925780632a55205a146101a557806342842e0e146101d75780636352211e146101ea57806370a08231146101fd575f5ffd5b806301ffc9a71461011557806306fdde031461013d578063081812fc14610152578063095ea7b31461017d575b5f5ffd5b6101286101233660046110bc565b6102b1565b60405190151581526020015b60405180910390f35b6101456102c1565b6040516101349190611105565b610165610160366004611117565b610350565b6040516001600160a01b039091168152602001610134565b61019061018b366004611149565b610377565b005b6101906101a0366004611171565b610386565b6101b86101b33660046111ab565b610414565b604080516001600160a01b039093168352602083019190915201610134565b6101906101e5366004611171565b61048d565b6101656101f8366004611117565b6104ac565b61021061020b3660046111cb565b6104b6565b604051908152602001610134565b6101906104fb565b6009546001600160a01b0316610165565b61014561050e565b61019061024d3660046111e4565b61051d565b6101906102603660046112a8565b610528565b610145610273366004611117565b610540565b61021061028636600461131f565b61054b565b61012861029936600461137d565b610585565b6101906102ac3660046111cb565b6105b2565b5f6102bb826105ef565b92915050565b60605f80546102cf906113ae565b80601f01602080910402602001604051908101604052809291908181526020018280546102fb906113ae565b80156103465780601f1061031d57610100808354040283529160200191610346565b820191905f5260205f20905b81548152906001019060200180831161032957829003601f168201915b5050505050905090565b5f61035a82610613565b505f828152600460205260409020546001600160a01b03166102bb565b61038282823361064b565b5050565b6001600160a01b0382166103b457604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6103c0838333610658565b9050836001600160a01b0316816001600160a01b03161461040e576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016103ab565b50505050565b5f82815260086020526040812080548291906001600160a01b03811690600160a01b90046001600160601b0316816104675750506007546001600160a01b03811690600160a01b90046001600160601b03165b5f61047e876001600160601b03841661271061074a565b92989297509195505050505050565b6104a783838360405180602001604052805f815250610528565b505050565b5f6102bb82610613565b5f6001600160a01b0382166104e0576040516322718ad960e21b81525f60048201526024016103ab565b506001600160a01b03165f9081526003602052604090205490565b6105036107fa565b61050c5f610827565b565b6060600180546102cf906113ae565b610382338383610878565b610533848484610386565b61040e338585858561093f565b60606102bb82610a67565b5f6105546107fa565b600a80545f9182610564836113e6565b9190505590506105748482610ae8565b61057e8184610b01565b9392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b6105ba6107fa565b6001600160a01b0381166105e357604051631e4fbdf760e01b81525f60048201526024016103ab565b6105ec81610827565b50565b5f6001600160e01b0319821663152a902d60e11b14806102bb57506102bb82610b50565b5f818152600260205260408120546001600160a01b0316806102bb57604051637e27328960e01b8152600481018490526024016103ab565b6104a78383836001610b74565b5f828152600260205260408120546001600160a01b039081169083161561068457610684818486610c78565b6001600160a01b038116156106be5761069f5f855f5f610b74565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b038516156106ec576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f5f5f6107578686610cdc565b91509150815f0361077b578381816107715761077161140a565b049250505061057e565b818411610792576107926003851502601118610cf8565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6009546001600160a01b0316331461050c5760405163118cdaa760e01b81523360048201526024016103ab565b600980546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0383166108a15760405163a9fbf51f60e01b81525f60048201526024016103ab565b6001600160a01b0382166108d357604051630b61174360e31b81526001600160a01b03831660048201526024016103ab565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610a6057604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061098190889088908790879060040161141e565b6020604051808303815f875af19250505080156109bb575060408051601f3d908101601f191682019092526109b89181019061145a565b60015b610a22573d8080156109e8576040519150601f19603f3d011682016040523d82523d5f602084013e6109ed565b606091505b5080515f03610a1a57604051633250574960e11b81526001600160a01b03851660048201526024016103ab565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610a5e57604051633250574960e11b81526001600160a01b03851660048201526024016103ab565b505b5050505050565b6060610a7282610613565b505f610a8860408051602081019091525f815290565b90505f610a9484610d09565b905081515f03610aa5579392505050565b805115610ad7578181604051602001610abf92919061148c565b60405160208183030381529060405292505050919050565b610ae084610da8565b949350505050565b610382828260405180602001604052805f815250610e18565b5f828152600660205260409020610b1882826114ee565b506040518281527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a15050565b5f6001600160e01b03198216632483248360e11b14806102bb57506102bb82610e2f565b8080610b8857506001600160a01b03821615155b15610c49575f610b9784610613565b90506001600160a01b03831615801590610bc35750826001600160a01b0316816001600160a01b031614155b8015610bd65750610bd48184610585565b155b15610bff5760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016103ab565b8115610c475783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b610c83838383610e7e565b6104a7576001600160a01b038316610cb157604051637e27328960e01b8152600481018290526024016103ab565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016103ab565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f818152600660205260409020805460609190610d25906113ae565b80601f0160208091040260200160405190810160405280929190818152602001828054610d51906113ae565b8015610d9c5780601f10610d7357610100808354040283529160200191610d9c565b820191905f5260205f20905b815481529060010190602001808311610d7f57829003601f168201915b50505050509050919050565b6060610db382610613565b505f610dc960408051602081019091525f815290565b90505f815111610de75760405180602001604052805f81525061057e565b80610df184610edf565b604051602001610e0292919061148c565b6040516020818303038152906040529392505050565b610e228383610f6f565b6104a7335f85858561093f565b5f6001600160e01b031982166380ac58cd60e01b1480610e5f57506001600160e01b03198216635b5e139f60e01b145b806102bb57506301ffc9a760e01b6001600160e01b03198316146102bb565b5f6001600160a01b03831615801590610ae05750826001600160a01b0316846001600160a01b03161480610eb75750610eb78484610585565b80610ae05750505f908152600460205260409020546001600160a01b03908116911614919050565b60605f610eeb83610fd0565b60010190505f8167ffffffffffffffff811115610f0a57610f0a61121d565b6040519080825280601f01601f191660200182016040528015610f34576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610f3e57509392505050565b6001600160a01b038216610f9857604051633250574960e11b81525f60048201526024016103ab565b5f610fa483835f610658565b90506001600160a01b038116156104a7576040516339e3563760e11b81525f60048201526024016103ab565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b831061100e5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef8100000000831061103a576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061105857662386f26fc10000830492506010015b6305f5e1008310611070576305f5e100830492506008015b612710831061108457612710830492506004015b60648310611096576064830492506002015b600a83106102bb5760010192915050565b6001600160e01b0319811681146105ec575f5ffd5b5f602082840312156110cc575f5ffd5b813561057e816110a7565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61057e60208301846110d7565b5f60208284031215611127575f5ffd5b5035919050565b80356001600160a01b0381168114611144575f5ffd5b919050565b5f5f6040838503121561115a575f5ffd5b6111638361112e565b946020939093013593505050565b5f5f5f60608486031215611183575f5ffd5b61118c8461112e565b925061119a6020850161112e565b929592945050506040919091013590565b5f5f604083850312156111bc575f5ffd5b50508035926020909101359150565b5f602082840312156111db575f5ffd5b61057e8261112e565b5f5f604083850312156111f5575f5ffd5b6111fe8361112e565b915060208301358015158114611212575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f67ffffffffffffffff84111561124b5761124b61121d565b50604051601f19601f85018116603f0116810181811067ffffffffffffffff8211171561127a5761127a61121d565b604052838152905080828401851015611291575f5ffd5b838360208301375f60208583010152509392505050565b5f5f5f5f608085870312156112bb575f5ffd5b6112c48561112e565b93506112d26020860161112e565b925060408501359150606085013567ffffffffffffffff8111156112f4575f5ffd5b8501601f81018713611304575f5ffd5b61131387823560208401611231565b91505092959194509250565b5f5f60408385031215611330575f5ffd5b6113398361112e565b9150602083013567ffffffffffffffff811115611354575f5ffd5b8301601f81018513611364575f5ffd5b61137385823560208401611231565b9150509250929050565b5f5f6040838503121561138e575f5ffd5b6113978361112e565b91506113a56020840161112e565b90509250929050565b600181811c908216806113c257607f821691505b6020821081036113e057634e487b7160e01b5f52602260045260245ffd5b50919050565b5f6001820161140357634e487b7160e01b5f52601160045260245ffd5b5060010190565b634e487b7160e01b5f52601260045260245ffd5b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90611450908301846110d7565b9695505050505050565b5f6020828403121561146a575f5ffd5b815161057e816110a7565b5f81518060208401855e5f93019283525090919050565b5f610ae061149a8386611475565b84611475565b601f8211156104a757828211156104a757805f5260205f20601f840160051c60208510156114cb57505f5b90810190601f840160051c035f5b81811015610a5e575f838201556001016114d9565b815167ffffffffffffffff8111156115085761150861121d565b61151c8161151684546113ae565b846114a0565b6020601f82116001811461154e575f83156115375750848201515b5f19600385901b1c1916600184901b178455610a60565b5f84815260208120601f198516915b8281101561157d578785015182556020948501946001909201910161155d565b508482101561159a57868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fea2646970667358221220c0cd8db4814471bb18ec6c10c9d93952b39d7f6541144ead17881c0dc27702b964736f6c63430008250033",
}

// LegacyCollection721 is an auto generated Go binding around an Ethereum contract.
type LegacyCollection721 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LegacyCollection721) GetABI() abi.ABI {
	return c.abi
}

// NewLegacyCollection721 creates a new instance of LegacyCollection721.
func NewLegacyCollection721() *LegacyCollection721 {
	parsed, err := LegacyCollection721MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LegacyCollection721{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LegacyCollection721) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, address royaltyReceiver, uint96 royaltyBps) returns()
func (legacyCollection721 *LegacyCollection721) PackConstructor(initialOwner common.Address, royaltyReceiver common.Address, royaltyBps *big.Int) []byte {
	enc, err := legacyCollection721.abi.Pack("", initialOwner, royaltyReceiver, royaltyBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (legacyCollection721 *LegacyCollection721) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := legacyCollection721.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (legacyCollection721 *LegacyCollection721) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return legacyCollection721.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (legacyCollection721 *LegacyCollection721) PackBalanceOf(owner common.Address) []byte {
	enc, err := legacyCollection721.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (legacyCollection721 *LegacyCollection721) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return legacyCollection721.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (legacyCollection721 *LegacyCollection721) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := legacyCollection721.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (legacyCollection721 *LegacyCollection721) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := legacyCollection721.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (legacyCollection721 *LegacyCollection721) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return legacyCollection721.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (legacyCollection721 *LegacyCollection721) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := legacyCollection721.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (legacyCollection721 *LegacyCollection721) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := legacyCollection721.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (legacyCollection721 *LegacyCollection721) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return legacyCollection721.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (legacyCollection721 *LegacyCollection721) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := legacyCollection721.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (legacyCollection721 *LegacyCollection721) PackName() []byte {
	enc, err := legacyCollection721.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (legacyCollection721 *LegacyCollection721) TryPackName() ([]byte, error) {
	return legacyCollection721.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (legacyCollection721 *LegacyCollection721) UnpackName(data []byte) (string, error) {
	out, err := legacyCollection721.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (legacyCollection721 *LegacyCollection721) PackOwner() []byte {
	enc, err := legacyCollection721.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (legacyCollection721 *LegacyCollection721) TryPackOwner() ([]byte, error) {
	return legacyCollection721.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (legacyCollection721 *LegacyCollection721) UnpackOwner(data []byte) (common.Address, error) {
	out, err := legacyCollection721.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (legacyCollection721 *LegacyCollection721) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := legacyCollection721.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (legacyCollection721 *LegacyCollection721) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return legacyCollection721.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (legacyCollection721 *LegacyCollection721) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := legacyCollection721.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (legacyCollection721 *LegacyCollection721) PackRenounceOwnership() []byte {
	enc, err := legacyCollection721.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (legacyCollection721 *LegacyCollection721) TryPackRenounceOwnership() ([]byte, error) {
	return legacyCollection721.abi.Pack("renounceOwnership")
}

// PackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 amount)
func (legacyCollection721 *LegacyCollection721) PackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) []byte {
	enc, err := legacyCollection721.abi.Pack("royaltyInfo", tokenId, salePrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 amount)
func (legacyCollection721 *LegacyCollection721) TryPackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) ([]byte, error) {
	return legacyCollection721.abi.Pack("royaltyInfo", tokenId, salePrice)
}

// RoyaltyInfoOutput serves as a container for the return parameters of contract
// method RoyaltyInfo.
type RoyaltyInfoOutput struct {
	Receiver common.Address
	Amount   *big.Int
}

// UnpackRoyaltyInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a55205a.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 amount)
func (legacyCollection721 *LegacyCollection721) UnpackRoyaltyInfo(data []byte) (RoyaltyInfoOutput, error) {
	out, err := legacyCollection721.abi.Unpack("royaltyInfo", data)
	outstruct := new(RoyaltyInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Receiver = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSafeMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd204c45e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeMint(address to, string uri) returns(uint256)
func (legacyCollection721 *LegacyCollection721) PackSafeMint(to common.Address, uri string) []byte {
	enc, err := legacyCollection721.abi.Pack("safeMint", to, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd204c45e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeMint(address to, string uri) returns(uint256)
func (legacyCollection721 *LegacyCollection721) TryPackSafeMint(to common.Address, uri string) ([]byte, error) {
	return legacyCollection721.abi.Pack("safeMint", to, uri)
}

// UnpackSafeMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd204c45e.
//
// Solidity: function safeMint(address to, string uri) returns(uint256)
func (legacyCollection721 *LegacyCollection721) UnpackSafeMint(data []byte) (*big.Int, error) {
	out, err := legacyCollection721.abi.Unpack("safeMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (legacyCollection721 *LegacyCollection721) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := legacyCollection721.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (legacyCollection721 *LegacyCollection721) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return legacyCollection721.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (legacyCollection721 *LegacyCollection721) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := legacyCollection721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (legacyCollection721 *LegacyCollection721) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return legacyCollection721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (legacyCollection721 *LegacyCollection721) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := legacyCollection721.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (legacyCollection721 *LegacyCollection721) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return legacyCollection721.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (legacyCollection721 *LegacyCollection721) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := legacyCollection721.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (legacyCollection721 *LegacyCollection721) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return legacyCollection721.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (legacyCollection721 *LegacyCollection721) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := legacyCollection721.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (legacyCollection721 *LegacyCollection721) PackSymbol() []byte {
	enc, err := legacyCollection721.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (legacyCollection721 *LegacyCollection721) TryPackSymbol() ([]byte, error) {
	return legacyCollection721.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (legacyCollection721 *LegacyCollection721) UnpackSymbol(data []byte) (string, error) {
	out, err := legacyCollection721.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (legacyCollection721 *LegacyCollection721) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := legacyCollection721.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (legacyCollection721 *LegacyCollection721) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return legacyCollection721.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (legacyCollection721 *LegacyCollection721) UnpackTokenURI(data []byte) (string, error) {
	out, err := legacyCollection721.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (legacyCollection721 *LegacyCollection721) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := legacyCollection721.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (legacyCollection721 *LegacyCollection721) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return legacyCollection721.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (legacyCollection721 *LegacyCollection721) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := legacyCollection721.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (legacyCollection721 *LegacyCollection721) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return legacyCollection721.abi.Pack("transferOwnership", newOwner)
}

// LegacyCollection721Approval represents a Approval event raised by the LegacyCollection721 contract.
type LegacyCollection721Approval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LegacyCollection721ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (LegacyCollection721Approval) ContractEventName() string {
	return LegacyCollection721ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (legacyCollection721 *LegacyCollection721) UnpackApprovalEvent(log *types.Log) (*LegacyCollection721Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection721Approval)
	if len(log.Data) > 0 {
		if err := legacyCollection721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection721.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LegacyCollection721ApprovalForAll represents a ApprovalForAll event raised by the LegacyCollection721 contract.
type LegacyCollection721ApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const LegacyCollection721ApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (LegacyCollection721ApprovalForAll) ContractEventName() string {
	return LegacyCollection721ApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (legacyCollection721 *LegacyCollection721) UnpackApprovalForAllEvent(log *types.Log) (*LegacyCollection721ApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection721ApprovalForAll)
	if len(log.Data) > 0 {
		if err := legacyCollection721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection721.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LegacyCollection721BatchMetadataUpdate represents a BatchMetadataUpdate event raised by the LegacyCollection721 contract.
type LegacyCollection721BatchMetadataUpdate struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const LegacyCollection721BatchMetadataUpdateEventName = "BatchMetadataUpdate"

// ContractEventName returns the user-defined event name.
func (LegacyCollection721BatchMetadataUpdate) ContractEventName() string {
	return LegacyCollection721BatchMetadataUpdateEventName
}

// UnpackBatchMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)
func (legacyCollection721 *LegacyCollection721) UnpackBatchMetadataUpdateEvent(log *types.Log) (*LegacyCollection721BatchMetadataUpdate, error) {
	event := "BatchMetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection721BatchMetadataUpdate)
	if len(log.Data) > 0 {
		if err := legacyCollection721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection721.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LegacyCollection721MetadataUpdate represents a MetadataUpdate event raised by the LegacyCollection721 contract.
type LegacyCollection721MetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LegacyCollection721MetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (LegacyCollection721MetadataUpdate) ContractEventName() string {
	return LegacyCollection721MetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (legacyCollection721 *LegacyCollection721) UnpackMetadataUpdateEvent(log *types.Log) (*LegacyCollection721MetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection721MetadataUpdate)
	if len(log.Data) > 0 {
		if err := legacyCollection721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection721.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LegacyCollection721OwnershipTransferred represents a OwnershipTransferred event raised by the LegacyCollection721 contract.
type LegacyCollection721OwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LegacyCollection721OwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (LegacyCollection721OwnershipTransferred) ContractEventName() string {
	return LegacyCollection721OwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (legacyCollection721 *LegacyCollection721) UnpackOwnershipTransferredEvent(log *types.Log) (*LegacyCollection721OwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection721OwnershipTransferred)
	if len(log.Data) > 0 {
		if err := legacyCollection721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection721.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LegacyCollection721Transfer represents a Transfer event raised by the LegacyCollection721 contract.
type LegacyCollection721Transfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LegacyCollection721TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (LegacyCollection721Transfer) ContractEventName() string {
	return LegacyCollection721TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (legacyCollection721 *LegacyCollection721) UnpackTransferEvent(log *types.Log) (*LegacyCollection721Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection721Transfer)
	if len(log.Data) > 0 {
		if err := legacyCollection721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection721.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (legacyCollection721 *LegacyCollection721) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC2981InvalidDefaultRoyalty"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC2981InvalidDefaultRoyaltyError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC2981InvalidDefaultRoyaltyReceiver"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC2981InvalidDefaultRoyaltyReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC2981InvalidTokenRoyalty"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC2981InvalidTokenRoyaltyError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC2981InvalidTokenRoyaltyReceiver"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC2981InvalidTokenRoyaltyReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection721.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return legacyCollection721.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LegacyCollection721ERC2981InvalidDefaultRoyalty represents a ERC2981InvalidDefaultRoyalty error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC2981InvalidDefaultRoyalty struct {
	Numerator   *big.Int
	Denominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidDefaultRoyalty(uint256 numerator, uint256 denominator)
func LegacyCollection721ERC2981InvalidDefaultRoyaltyErrorID() common.Hash {
	return common.HexToHash("0x6f483d09b3a1c4c035367ae09146a8a08a718cb6617416cc12a2457ab3d65514")
}

// UnpackERC2981InvalidDefaultRoyaltyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidDefaultRoyalty(uint256 numerator, uint256 denominator)
func (legacyCollection721 *LegacyCollection721) UnpackERC2981InvalidDefaultRoyaltyError(raw []byte) (*LegacyCollection721ERC2981InvalidDefaultRoyalty, error) {
	out := new(LegacyCollection721ERC2981InvalidDefaultRoyalty)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC2981InvalidDefaultRoyalty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC2981InvalidDefaultRoyaltyReceiver represents a ERC2981InvalidDefaultRoyaltyReceiver error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC2981InvalidDefaultRoyaltyReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidDefaultRoyaltyReceiver(address receiver)
func LegacyCollection721ERC2981InvalidDefaultRoyaltyReceiverErrorID() common.Hash {
	return common.HexToHash("0xb6d9900a710828c2d05fe8061d6309d02a20eaa45cd00228c2c2dfbfa2b86fc3")
}

// UnpackERC2981InvalidDefaultRoyaltyReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidDefaultRoyaltyReceiver(address receiver)
func (legacyCollection721 *LegacyCollection721) UnpackERC2981InvalidDefaultRoyaltyReceiverError(raw []byte) (*LegacyCollection721ERC2981InvalidDefaultRoyaltyReceiver, error) {
	out := new(LegacyCollection721ERC2981InvalidDefaultRoyaltyReceiver)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC2981InvalidDefaultRoyaltyReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC2981InvalidTokenRoyalty represents a ERC2981InvalidTokenRoyalty error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC2981InvalidTokenRoyalty struct {
	TokenId     *big.Int
	Numerator   *big.Int
	Denominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidTokenRoyalty(uint256 tokenId, uint256 numerator, uint256 denominator)
func LegacyCollection721ERC2981InvalidTokenRoyaltyErrorID() common.Hash {
	return common.HexToHash("0xdfd1fc1b5658265f0993b87b75dd02b2fdcb36b128879bccdcf260effa0856bf")
}

// UnpackERC2981InvalidTokenRoyaltyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidTokenRoyalty(uint256 tokenId, uint256 numerator, uint256 denominator)
func (legacyCollection721 *LegacyCollection721) UnpackERC2981InvalidTokenRoyaltyError(raw []byte) (*LegacyCollection721ERC2981InvalidTokenRoyalty, error) {
	out := new(LegacyCollection721ERC2981InvalidTokenRoyalty)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC2981InvalidTokenRoyalty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC2981InvalidTokenRoyaltyReceiver represents a ERC2981InvalidTokenRoyaltyReceiver error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC2981InvalidTokenRoyaltyReceiver struct {
	TokenId  *big.Int
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidTokenRoyaltyReceiver(uint256 tokenId, address receiver)
func LegacyCollection721ERC2981InvalidTokenRoyaltyReceiverErrorID() common.Hash {
	return common.HexToHash("0x969f0852135afead3ca9a1ff1e4fe485d35593f81a91d5dbe3a5737302cdbda8")
}

// UnpackERC2981InvalidTokenRoyaltyReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidTokenRoyaltyReceiver(uint256 tokenId, address receiver)
func (legacyCollection721 *LegacyCollection721) UnpackERC2981InvalidTokenRoyaltyReceiverError(raw []byte) (*LegacyCollection721ERC2981InvalidTokenRoyaltyReceiver, error) {
	out := new(LegacyCollection721ERC2981InvalidTokenRoyaltyReceiver)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC2981InvalidTokenRoyaltyReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func LegacyCollection721ERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (legacyCollection721 *LegacyCollection721) UnpackERC721IncorrectOwnerError(raw []byte) (*LegacyCollection721ERC721IncorrectOwner, error) {
	out := new(LegacyCollection721ERC721IncorrectOwner)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func LegacyCollection721ERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (legacyCollection721 *LegacyCollection721) UnpackERC721InsufficientApprovalError(raw []byte) (*LegacyCollection721ERC721InsufficientApproval, error) {
	out := new(LegacyCollection721ERC721InsufficientApproval)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC721InvalidApprover represents a ERC721InvalidApprover error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func LegacyCollection721ERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (legacyCollection721 *LegacyCollection721) UnpackERC721InvalidApproverError(raw []byte) (*LegacyCollection721ERC721InvalidApprover, error) {
	out := new(LegacyCollection721ERC721InvalidApprover)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC721InvalidOperator represents a ERC721InvalidOperator error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func LegacyCollection721ERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (legacyCollection721 *LegacyCollection721) UnpackERC721InvalidOperatorError(raw []byte) (*LegacyCollection721ERC721InvalidOperator, error) {
	out := new(LegacyCollection721ERC721InvalidOperator)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC721InvalidOwner represents a ERC721InvalidOwner error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func LegacyCollection721ERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (legacyCollection721 *LegacyCollection721) UnpackERC721InvalidOwnerError(raw []byte) (*LegacyCollection721ERC721InvalidOwner, error) {
	out := new(LegacyCollection721ERC721InvalidOwner)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func LegacyCollection721ERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (legacyCollection721 *LegacyCollection721) UnpackERC721InvalidReceiverError(raw []byte) (*LegacyCollection721ERC721InvalidReceiver, error) {
	out := new(LegacyCollection721ERC721InvalidReceiver)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC721InvalidSender represents a ERC721InvalidSender error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func LegacyCollection721ERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (legacyCollection721 *LegacyCollection721) UnpackERC721InvalidSenderError(raw []byte) (*LegacyCollection721ERC721InvalidSender, error) {
	out := new(LegacyCollection721ERC721InvalidSender)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721ERC721NonexistentToken represents a ERC721NonexistentToken error raised by the LegacyCollection721 contract.
type LegacyCollection721ERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func LegacyCollection721ERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (legacyCollection721 *LegacyCollection721) UnpackERC721NonexistentTokenError(raw []byte) (*LegacyCollection721ERC721NonexistentToken, error) {
	out := new(LegacyCollection721ERC721NonexistentToken)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721OwnableInvalidOwner represents a OwnableInvalidOwner error raised by the LegacyCollection721 contract.
type LegacyCollection721OwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func LegacyCollection721OwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (legacyCollection721 *LegacyCollection721) UnpackOwnableInvalidOwnerError(raw []byte) (*LegacyCollection721OwnableInvalidOwner, error) {
	out := new(LegacyCollection721OwnableInvalidOwner)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection721OwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the LegacyCollection721 contract.
type LegacyCollection721OwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func LegacyCollection721OwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (legacyCollection721 *LegacyCollection721) UnpackOwnableUnauthorizedAccountError(raw []byte) (*LegacyCollection721OwnableUnauthorizedAccount, error) {
	out := new(LegacyCollection721OwnableUnauthorizedAccount)
	if err := legacyCollection721.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
