// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package legacycollection1155

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

// LegacyCollection1155MetaData contains all meta data concerning the LegacyCollection1155 contract.
var LegacyCollection1155MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"uriTemplate\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"royaltyBps\",\"type\":\"uint96\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"denominator\",\"type\":\"uint256\"}],\"name\":\"ERC2981InvalidDefaultRoyalty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC2981InvalidDefaultRoyaltyReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"denominator\",\"type\":\"uint256\"}],\"name\":\"ERC2981InvalidTokenRoyalty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC2981InvalidTokenRoyaltyReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"salePrice\",\"type\":\"uint256\"}],\"name\":\"royaltyInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "LegacyCollection1155",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161186738038061186783398101604081905261002e916101cd565b838361003981610085565b506001600160a01b03811661006857604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61007181610095565b5061007c82826100e6565b505050506103fc565b6002610091828261033e565b5050565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6127106001600160601b03821681101561012557604051636f483d0960e01b81526001600160601b03831660048201526024810182905260440161005f565b6001600160a01b03831661014e57604051635b6cc80560e11b81525f600482015260240161005f565b50604080518082019091526001600160a01b039092168083526001600160601b039091166020909201829052600160a01b90910217600355565b80516001600160a01b038116811461019e575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160601b038116811461019e575f5ffd5b5f5f5f5f608085870312156101e0575f5ffd5b6101e985610188565b60208601519094506001600160401b03811115610204575f5ffd5b8501601f81018713610214575f5ffd5b80516001600160401b0381111561022d5761022d6101a3565b604051601f8201601f19908116603f011681016001600160401b038111828210171561025b5761025b6101a3565b604052818152828201602001891015610272575f5ffd5b8160208401602083015e5f6020838301015280955050505061029660408601610188565b91506102a4606086016101b7565b905092959194509250565b600181811c908216806102c357607f821691505b6020821081036102e157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610339578282111561033957805f5260205f20601f840160051c602085101561031257505f5b90810190601f840160051c035f5b81811015610335575f83820155600101610320565b5050505b505050565b81516001600160401b03811115610357576103576101a3565b61036b8161036584546102af565b846102e7565b6020601f82116001811461039d575f83156103865750848201515b5f19600385901b1c1916600184901b1784556103f5565b5f84815260208120601f198516915b828110156103cc57878501518255602094850194600190920191016103ac565b50848210156103e957868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b61145e806104095f395ff3fe608060405234801561000f575f5ffd5b50600436106100ca575f3560e01c80634e1273f411610088578063a22cb46511610063578063a22cb465146101d4578063e985e9c5146101e7578063f242432a14610222578063f2fde38b14610235575f5ffd5b80634e1273f414610191578063715018a6146101b15780638da5cb5b146101b9575f5ffd5b8062fdd58e146100ce57806301ffc9a7146100f45780630e89341c14610117578063156e29f6146101375780632a55205a1461014c5780632eb2c2d61461017e575b5f5ffd5b6100e16100dc366004610dee565b610248565b6040519081526020015b60405180910390f35b610107610102366004610e2b565b61026f565b60405190151581526020016100eb565b61012a610125366004610e46565b610279565b6040516100eb9190610e8b565b61014a610145366004610e9d565b61030b565b005b61015f61015a366004610ecd565b610332565b604080516001600160a01b0390931683526020830191909152016100eb565b61014a61018c36600461102b565b6103ab565b6101a461019f3660046110da565b6103ca565b6040516100eb91906111d7565b61014a61049a565b6005546040516001600160a01b0390911681526020016100eb565b61014a6101e23660046111e9565b6104ad565b6101076101f5366004611222565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205460ff1690565b61014a610230366004611253565b6104bc565b61014a6102433660046112a7565b6104d2565b5f818152602081815260408083206001600160a01b03861684529091529020545b92915050565b5f6102698261050f565b606060028054610288906112c0565b80601f01602080910402602001604051908101604052809291908181526020018280546102b4906112c0565b80156102ff5780601f106102d6576101008083540402835291602001916102ff565b820191905f5260205f20905b8154815290600101906020018083116102e257829003601f168201915b50505050509050919050565b610313610533565b61032d83838360405180602001604052805f815250610560565b505050565b5f82815260046020526040812080548291906001600160a01b03811690600160a01b90046001600160601b0316816103855750506003546001600160a01b03811690600160a01b90046001600160601b03165b5f61039c876001600160601b0384166127106105c4565b92989297509195505050505050565b6103b6335b86610675565b6103c385858585856106ed565b5050505050565b606081518351146104005781518351604051635b05999160e01b8152600481019290925260248201526044015b60405180910390fd5b5f835167ffffffffffffffff81111561041b5761041b610eed565b604051908082528060200260200182016040528015610444578160200160208202803683370190505b5090505f5b84518110156104925760208082028601015161046d90602080840287010151610248565b82828151811061047f5761047f6112f8565b6020908102919091010152600101610449565b509392505050565b6104a2610533565b6104ab5f61074d565b565b6104b833838361079e565b5050565b6104c5336103b0565b6103c3858585858561085b565b6104da610533565b6001600160a01b03811661050357604051631e4fbdf760e01b81525f60048201526024016103f7565b61050c8161074d565b50565b5f6001600160e01b0319821663152a902d60e11b14806102695750610269826108e8565b6005546001600160a01b031633146104ab5760405163118cdaa760e01b81523360048201526024016103f7565b6001600160a01b03841661058957604051632bfa23e760e11b81525f60048201526024016103f7565b604080516001808252602082018690528183019081526060820185905260808201909252906105bc5f8784848784610937565b505050505050565b5f5f5f6105d1868661098f565b91509150815f036105f5578381816105eb576105eb61130c565b049250505061066e565b81841161060c5761060c60038515026011186109ab565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b816001600160a01b0316816001600160a01b0316141580156106bc57506001600160a01b038082165f9081526001602090815260408083209386168352929052205460ff16155b156104b85760405163711bec9160e11b81526001600160a01b038084166004830152821660248201526044016103f7565b6001600160a01b03841661071657604051632bfa23e760e11b81525f60048201526024016103f7565b6001600160a01b03851661073e57604051626a0d4560e21b81525f60048201526024016103f7565b6103c385858585856001610937565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0383166107c757604051631f18c42760e11b81525f60048201526024016103f7565b6001600160a01b0382166107ef5760405162ced3e160e81b81525f60048201526024016103f7565b6001600160a01b038381165f81815260016020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b03841661088457604051632bfa23e760e11b81525f60048201526024016103f7565b6001600160a01b0385166108ac57604051626a0d4560e21b81525f60048201526024016103f7565b604080516001808252602082018690528183019081526060820185905260808201909252906108df87878484875f610937565b50505050505050565b5f6001600160e01b03198216636cdb3d1360e11b148061091857506001600160e01b031982166303a24d0760e21b145b8061026957506301ffc9a760e01b6001600160e01b0319831614610269565b610943868686866109bc565b6001600160a01b038516156105bc5733811561096c57610967818888888888610bcb565b6108df565b60208581015190850151610984838a8a85858a610cec565b505050505050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b80518251146109eb5781518151604051635b05999160e01b8152600481019290925260248201526044016103f7565b335f5b8351811015610aed576020818102858101820151908501909101516001600160a01b03881615610a9f575f828152602081815260408083206001600160a01b038c16845290915290205481811015610a79576040516303dee4c560e01b81526001600160a01b038a1660048201526024810182905260448101839052606481018490526084016103f7565b5f838152602081815260408083206001600160a01b038d16845290915290209082900390555b6001600160a01b03871615610ae3575f828152602081815260408083206001600160a01b038b16845290915281208054839290610add908490611320565b90915550505b50506001016109ee565b508251600103610b6d5760208301515f906020840151909150856001600160a01b0316876001600160a01b0316846001600160a01b03167fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f628585604051610b5e929190918252602082015260400190565b60405180910390a450506103c3565b836001600160a01b0316856001600160a01b0316826001600160a01b03167f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb8686604051610bbc92919061133f565b60405180910390a45050505050565b6001600160a01b0384163b156105bc5760405163bc197c8160e01b81526001600160a01b0385169063bc197c8190610c0f908990899088908890889060040161136c565b6020604051808303815f875af1925050508015610c49575060408051601f3d908101601f19168201909252610c46918101906113c9565b60015b610cb0573d808015610c76576040519150601f19603f3d011682016040523d82523d5f602084013e610c7b565b606091505b5080515f03610ca857604051632bfa23e760e11b81526001600160a01b03861660048201526024016103f7565b805160208201fd5b6001600160e01b0319811663bc197c8160e01b146108df57604051632bfa23e760e11b81526001600160a01b03861660048201526024016103f7565b6001600160a01b0384163b156105bc5760405163f23a6e6160e01b81526001600160a01b0385169063f23a6e6190610d3090899089908890889088906004016113e4565b6020604051808303815f875af1925050508015610d6a575060408051601f3d908101601f19168201909252610d67918101906113c9565b60015b610d97573d808015610c76576040519150601f19603f3d011682016040523d82523d5f602084013e610c7b565b6001600160e01b0319811663f23a6e6160e01b146108df57604051632bfa23e760e11b81526001600160a01b03861660048201526024016103f7565b80356001600160a01b0381168114610de9575f5ffd5b919050565b5f5f60408385031215610dff575f5ffd5b610e0883610dd3565b946020939093013593505050565b6001600160e01b03198116811461050c575f5ffd5b5f60208284031215610e3b575f5ffd5b813561066e81610e16565b5f60208284031215610e56575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61066e6020830184610e5d565b5f5f5f60608486031215610eaf575f5ffd5b610eb884610dd3565b95602085013595506040909401359392505050565b5f5f60408385031215610ede575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff81118282101715610f2a57610f2a610eed565b604052919050565b5f67ffffffffffffffff821115610f4b57610f4b610eed565b5060051b60200190565b5f82601f830112610f64575f5ffd5b8135610f77610f7282610f32565b610f01565b8082825260208201915060208360051b860101925085831115610f98575f5ffd5b602085015b83811015610fb5578035835260209283019201610f9d565b5095945050505050565b5f82601f830112610fce575f5ffd5b813567ffffffffffffffff811115610fe857610fe8610eed565b610ffb601f8201601f1916602001610f01565b81815284602083860101111561100f575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f60a0868803121561103f575f5ffd5b61104886610dd3565b945061105660208701610dd3565b9350604086013567ffffffffffffffff811115611071575f5ffd5b61107d88828901610f55565b935050606086013567ffffffffffffffff811115611099575f5ffd5b6110a588828901610f55565b925050608086013567ffffffffffffffff8111156110c1575f5ffd5b6110cd88828901610fbf565b9150509295509295909350565b5f5f604083850312156110eb575f5ffd5b823567ffffffffffffffff811115611101575f5ffd5b8301601f81018513611111575f5ffd5b803561111f610f7282610f32565b8082825260208201915060208360051b850101925087831115611140575f5ffd5b6020840193505b828410156111695761115884610dd3565b825260209384019390910190611147565b9450505050602083013567ffffffffffffffff811115611187575f5ffd5b61119385828601610f55565b9150509250929050565b5f8151808452602084019350602083015f5b828110156111cd5781518652602095860195909101906001016111af565b5093949350505050565b602081525f61066e602083018461119d565b5f5f604083850312156111fa575f5ffd5b61120383610dd3565b915060208301358015158114611217575f5ffd5b809150509250929050565b5f5f60408385031215611233575f5ffd5b61123c83610dd3565b915061124a60208401610dd3565b90509250929050565b5f5f5f5f5f60a08688031215611267575f5ffd5b61127086610dd3565b945061127e60208701610dd3565b93506040860135925060608601359150608086013567ffffffffffffffff8111156110c1575f5ffd5b5f602082840312156112b7575f5ffd5b61066e82610dd3565b600181811c908216806112d457607f821691505b6020821081036112f257634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b8082018082111561026957634e487b7160e01b5f52601160045260245ffd5b604081525f611351604083018561119d565b8281036020840152611363818561119d565b95945050505050565b6001600160a01b0386811682528516602082015260a0604082018190525f906113979083018661119d565b82810360608401526113a9818661119d565b905082810360808401526113bd8185610e5d565b98975050505050505050565b5f602082840312156113d9575f5ffd5b815161066e81610e16565b6001600160a01b03868116825285166020820152604081018490526060810183905260a0608082018190525f9061141d90830184610e5d565b97965050505050505056fea2646970667358221220007b0a675a74ebf7fdf2536bbe91f94c66593b2da831edec70b7b9195142447064736f6c63430008250033",
}

// LegacyCollection1155 is an auto generated Go binding around an Ethereum contract.
type LegacyCollection1155 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LegacyCollection1155) GetABI() abi.ABI {
	return c.abi
}

// NewLegacyCollection1155 creates a new instance of LegacyCollection1155.
func NewLegacyCollection1155() *LegacyCollection1155 {
	parsed, err := LegacyCollection1155MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LegacyCollection1155{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LegacyCollection1155) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, string uriTemplate, address royaltyReceiver, uint96 royaltyBps) returns()
func (legacyCollection1155 *LegacyCollection1155) PackConstructor(initialOwner common.Address, uriTemplate string, royaltyReceiver common.Address, royaltyBps *big.Int) []byte {
	enc, err := legacyCollection1155.abi.Pack("", initialOwner, uriTemplate, royaltyReceiver, royaltyBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (legacyCollection1155 *LegacyCollection1155) PackBalanceOf(account common.Address, id *big.Int) []byte {
	enc, err := legacyCollection1155.abi.Pack("balanceOf", account, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (legacyCollection1155 *LegacyCollection1155) TryPackBalanceOf(account common.Address, id *big.Int) ([]byte, error) {
	return legacyCollection1155.abi.Pack("balanceOf", account, id)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (legacyCollection1155 *LegacyCollection1155) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := legacyCollection1155.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (legacyCollection1155 *LegacyCollection1155) PackBalanceOfBatch(accounts []common.Address, ids []*big.Int) []byte {
	enc, err := legacyCollection1155.abi.Pack("balanceOfBatch", accounts, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (legacyCollection1155 *LegacyCollection1155) TryPackBalanceOfBatch(accounts []common.Address, ids []*big.Int) ([]byte, error) {
	return legacyCollection1155.abi.Pack("balanceOfBatch", accounts, ids)
}

// UnpackBalanceOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1273f4.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (legacyCollection1155 *LegacyCollection1155) UnpackBalanceOfBatch(data []byte) ([]*big.Int, error) {
	out, err := legacyCollection1155.abi.Unpack("balanceOfBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (legacyCollection1155 *LegacyCollection1155) PackIsApprovedForAll(account common.Address, operator common.Address) []byte {
	enc, err := legacyCollection1155.abi.Pack("isApprovedForAll", account, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (legacyCollection1155 *LegacyCollection1155) TryPackIsApprovedForAll(account common.Address, operator common.Address) ([]byte, error) {
	return legacyCollection1155.abi.Pack("isApprovedForAll", account, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (legacyCollection1155 *LegacyCollection1155) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := legacyCollection1155.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156e29f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 id, uint256 amount) returns()
func (legacyCollection1155 *LegacyCollection1155) PackMint(to common.Address, id *big.Int, amount *big.Int) []byte {
	enc, err := legacyCollection1155.abi.Pack("mint", to, id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156e29f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 id, uint256 amount) returns()
func (legacyCollection1155 *LegacyCollection1155) TryPackMint(to common.Address, id *big.Int, amount *big.Int) ([]byte, error) {
	return legacyCollection1155.abi.Pack("mint", to, id, amount)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (legacyCollection1155 *LegacyCollection1155) PackOwner() []byte {
	enc, err := legacyCollection1155.abi.Pack("owner")
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
func (legacyCollection1155 *LegacyCollection1155) TryPackOwner() ([]byte, error) {
	return legacyCollection1155.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (legacyCollection1155 *LegacyCollection1155) UnpackOwner(data []byte) (common.Address, error) {
	out, err := legacyCollection1155.abi.Unpack("owner", data)
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
func (legacyCollection1155 *LegacyCollection1155) PackRenounceOwnership() []byte {
	enc, err := legacyCollection1155.abi.Pack("renounceOwnership")
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
func (legacyCollection1155 *LegacyCollection1155) TryPackRenounceOwnership() ([]byte, error) {
	return legacyCollection1155.abi.Pack("renounceOwnership")
}

// PackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 amount)
func (legacyCollection1155 *LegacyCollection1155) PackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) []byte {
	enc, err := legacyCollection1155.abi.Pack("royaltyInfo", tokenId, salePrice)
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
func (legacyCollection1155 *LegacyCollection1155) TryPackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) ([]byte, error) {
	return legacyCollection1155.abi.Pack("royaltyInfo", tokenId, salePrice)
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
func (legacyCollection1155 *LegacyCollection1155) UnpackRoyaltyInfo(data []byte) (RoyaltyInfoOutput, error) {
	out, err := legacyCollection1155.abi.Unpack("royaltyInfo", data)
	outstruct := new(RoyaltyInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Receiver = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (legacyCollection1155 *LegacyCollection1155) PackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := legacyCollection1155.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (legacyCollection1155 *LegacyCollection1155) TryPackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return legacyCollection1155.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (legacyCollection1155 *LegacyCollection1155) PackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := legacyCollection1155.abi.Pack("safeTransferFrom", from, to, id, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (legacyCollection1155 *LegacyCollection1155) TryPackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return legacyCollection1155.abi.Pack("safeTransferFrom", from, to, id, value, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (legacyCollection1155 *LegacyCollection1155) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := legacyCollection1155.abi.Pack("setApprovalForAll", operator, approved)
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
func (legacyCollection1155 *LegacyCollection1155) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return legacyCollection1155.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (legacyCollection1155 *LegacyCollection1155) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := legacyCollection1155.abi.Pack("supportsInterface", interfaceId)
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
func (legacyCollection1155 *LegacyCollection1155) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return legacyCollection1155.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (legacyCollection1155 *LegacyCollection1155) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := legacyCollection1155.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (legacyCollection1155 *LegacyCollection1155) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := legacyCollection1155.abi.Pack("transferOwnership", newOwner)
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
func (legacyCollection1155 *LegacyCollection1155) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return legacyCollection1155.abi.Pack("transferOwnership", newOwner)
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 ) view returns(string)
func (legacyCollection1155 *LegacyCollection1155) PackUri(arg0 *big.Int) []byte {
	enc, err := legacyCollection1155.abi.Pack("uri", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uri(uint256 ) view returns(string)
func (legacyCollection1155 *LegacyCollection1155) TryPackUri(arg0 *big.Int) ([]byte, error) {
	return legacyCollection1155.abi.Pack("uri", arg0)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 ) view returns(string)
func (legacyCollection1155 *LegacyCollection1155) UnpackUri(data []byte) (string, error) {
	out, err := legacyCollection1155.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// LegacyCollection1155ApprovalForAll represents a ApprovalForAll event raised by the LegacyCollection1155 contract.
type LegacyCollection1155ApprovalForAll struct {
	Account  common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const LegacyCollection1155ApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (LegacyCollection1155ApprovalForAll) ContractEventName() string {
	return LegacyCollection1155ApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed account, address indexed operator, bool approved)
func (legacyCollection1155 *LegacyCollection1155) UnpackApprovalForAllEvent(log *types.Log) (*LegacyCollection1155ApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection1155ApprovalForAll)
	if len(log.Data) > 0 {
		if err := legacyCollection1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection1155.abi.Events[event].Inputs {
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

// LegacyCollection1155OwnershipTransferred represents a OwnershipTransferred event raised by the LegacyCollection1155 contract.
type LegacyCollection1155OwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LegacyCollection1155OwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (LegacyCollection1155OwnershipTransferred) ContractEventName() string {
	return LegacyCollection1155OwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (legacyCollection1155 *LegacyCollection1155) UnpackOwnershipTransferredEvent(log *types.Log) (*LegacyCollection1155OwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection1155OwnershipTransferred)
	if len(log.Data) > 0 {
		if err := legacyCollection1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection1155.abi.Events[event].Inputs {
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

// LegacyCollection1155TransferBatch represents a TransferBatch event raised by the LegacyCollection1155 contract.
type LegacyCollection1155TransferBatch struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Ids      []*big.Int
	Values   []*big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LegacyCollection1155TransferBatchEventName = "TransferBatch"

// ContractEventName returns the user-defined event name.
func (LegacyCollection1155TransferBatch) ContractEventName() string {
	return LegacyCollection1155TransferBatchEventName
}

// UnpackTransferBatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)
func (legacyCollection1155 *LegacyCollection1155) UnpackTransferBatchEvent(log *types.Log) (*LegacyCollection1155TransferBatch, error) {
	event := "TransferBatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection1155TransferBatch)
	if len(log.Data) > 0 {
		if err := legacyCollection1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection1155.abi.Events[event].Inputs {
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

// LegacyCollection1155TransferSingle represents a TransferSingle event raised by the LegacyCollection1155 contract.
type LegacyCollection1155TransferSingle struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Id       *big.Int
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LegacyCollection1155TransferSingleEventName = "TransferSingle"

// ContractEventName returns the user-defined event name.
func (LegacyCollection1155TransferSingle) ContractEventName() string {
	return LegacyCollection1155TransferSingleEventName
}

// UnpackTransferSingleEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)
func (legacyCollection1155 *LegacyCollection1155) UnpackTransferSingleEvent(log *types.Log) (*LegacyCollection1155TransferSingle, error) {
	event := "TransferSingle"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection1155TransferSingle)
	if len(log.Data) > 0 {
		if err := legacyCollection1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection1155.abi.Events[event].Inputs {
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

// LegacyCollection1155URI represents a URI event raised by the LegacyCollection1155 contract.
type LegacyCollection1155URI struct {
	Value string
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const LegacyCollection1155URIEventName = "URI"

// ContractEventName returns the user-defined event name.
func (LegacyCollection1155URI) ContractEventName() string {
	return LegacyCollection1155URIEventName
}

// UnpackURIEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URI(string value, uint256 indexed id)
func (legacyCollection1155 *LegacyCollection1155) UnpackURIEvent(log *types.Log) (*LegacyCollection1155URI, error) {
	event := "URI"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != legacyCollection1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LegacyCollection1155URI)
	if len(log.Data) > 0 {
		if err := legacyCollection1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range legacyCollection1155.abi.Events[event].Inputs {
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
func (legacyCollection1155 *LegacyCollection1155) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC1155InsufficientBalance"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC1155InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC1155InvalidApprover"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC1155InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC1155InvalidArrayLength"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC1155InvalidArrayLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC1155InvalidOperator"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC1155InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC1155InvalidReceiver"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC1155InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC1155InvalidSender"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC1155InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC1155MissingApprovalForAll"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC1155MissingApprovalForAllError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC2981InvalidDefaultRoyalty"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC2981InvalidDefaultRoyaltyError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC2981InvalidDefaultRoyaltyReceiver"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC2981InvalidDefaultRoyaltyReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC2981InvalidTokenRoyalty"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC2981InvalidTokenRoyaltyError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["ERC2981InvalidTokenRoyaltyReceiver"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackERC2981InvalidTokenRoyaltyReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], legacyCollection1155.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return legacyCollection1155.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LegacyCollection1155ERC1155InsufficientBalance represents a ERC1155InsufficientBalance error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC1155InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func LegacyCollection1155ERC1155InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x03dee4c573c982787b5f3537d6323ffaca9d864448aa6bd828ada9e5d0837036")
}

// UnpackERC1155InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC1155InsufficientBalanceError(raw []byte) (*LegacyCollection1155ERC1155InsufficientBalance, error) {
	out := new(LegacyCollection1155ERC1155InsufficientBalance)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC1155InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC1155InvalidApprover represents a ERC1155InvalidApprover error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC1155InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func LegacyCollection1155ERC1155InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0x3e31884e33c33ce0039d1905e3c252950ae3b95240f36d4fff81f5ff6752ef99")
}

// UnpackERC1155InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC1155InvalidApproverError(raw []byte) (*LegacyCollection1155ERC1155InvalidApprover, error) {
	out := new(LegacyCollection1155ERC1155InvalidApprover)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC1155InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC1155InvalidArrayLength represents a ERC1155InvalidArrayLength error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC1155InvalidArrayLength struct {
	IdsLength    *big.Int
	ValuesLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func LegacyCollection1155ERC1155InvalidArrayLengthErrorID() common.Hash {
	return common.HexToHash("0x5b0599913619cfa5633692652638ed25cafcd079c9beae8c251b12c23dcc83f2")
}

// UnpackERC1155InvalidArrayLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC1155InvalidArrayLengthError(raw []byte) (*LegacyCollection1155ERC1155InvalidArrayLength, error) {
	out := new(LegacyCollection1155ERC1155InvalidArrayLength)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC1155InvalidArrayLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC1155InvalidOperator represents a ERC1155InvalidOperator error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC1155InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func LegacyCollection1155ERC1155InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0xced3e10010b9d2aa24827119d0db4a8feec73aea48b4b3e470d8a9f3ff723569")
}

// UnpackERC1155InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC1155InvalidOperatorError(raw []byte) (*LegacyCollection1155ERC1155InvalidOperator, error) {
	out := new(LegacyCollection1155ERC1155InvalidOperator)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC1155InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC1155InvalidReceiver represents a ERC1155InvalidReceiver error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC1155InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func LegacyCollection1155ERC1155InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x57f447ceed621d9e134e26de5772c88799abb7322ce2a87f95dce247d47105c6")
}

// UnpackERC1155InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC1155InvalidReceiverError(raw []byte) (*LegacyCollection1155ERC1155InvalidReceiver, error) {
	out := new(LegacyCollection1155ERC1155InvalidReceiver)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC1155InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC1155InvalidSender represents a ERC1155InvalidSender error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC1155InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidSender(address sender)
func LegacyCollection1155ERC1155InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x01a83514e94b34009110b75cac6742ba33bd7c62f18a3616bafea52855d3b175")
}

// UnpackERC1155InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidSender(address sender)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC1155InvalidSenderError(raw []byte) (*LegacyCollection1155ERC1155InvalidSender, error) {
	out := new(LegacyCollection1155ERC1155InvalidSender)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC1155InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC1155MissingApprovalForAll represents a ERC1155MissingApprovalForAll error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC1155MissingApprovalForAll struct {
	Operator common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func LegacyCollection1155ERC1155MissingApprovalForAllErrorID() common.Hash {
	return common.HexToHash("0xe237d922be9fac42efeaaaffb42cc6b57e0ff95d94a1b74daeff69adc7657754")
}

// UnpackERC1155MissingApprovalForAllError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC1155MissingApprovalForAllError(raw []byte) (*LegacyCollection1155ERC1155MissingApprovalForAll, error) {
	out := new(LegacyCollection1155ERC1155MissingApprovalForAll)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC1155MissingApprovalForAll", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC2981InvalidDefaultRoyalty represents a ERC2981InvalidDefaultRoyalty error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC2981InvalidDefaultRoyalty struct {
	Numerator   *big.Int
	Denominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidDefaultRoyalty(uint256 numerator, uint256 denominator)
func LegacyCollection1155ERC2981InvalidDefaultRoyaltyErrorID() common.Hash {
	return common.HexToHash("0x6f483d09b3a1c4c035367ae09146a8a08a718cb6617416cc12a2457ab3d65514")
}

// UnpackERC2981InvalidDefaultRoyaltyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidDefaultRoyalty(uint256 numerator, uint256 denominator)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC2981InvalidDefaultRoyaltyError(raw []byte) (*LegacyCollection1155ERC2981InvalidDefaultRoyalty, error) {
	out := new(LegacyCollection1155ERC2981InvalidDefaultRoyalty)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC2981InvalidDefaultRoyalty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC2981InvalidDefaultRoyaltyReceiver represents a ERC2981InvalidDefaultRoyaltyReceiver error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC2981InvalidDefaultRoyaltyReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidDefaultRoyaltyReceiver(address receiver)
func LegacyCollection1155ERC2981InvalidDefaultRoyaltyReceiverErrorID() common.Hash {
	return common.HexToHash("0xb6d9900a710828c2d05fe8061d6309d02a20eaa45cd00228c2c2dfbfa2b86fc3")
}

// UnpackERC2981InvalidDefaultRoyaltyReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidDefaultRoyaltyReceiver(address receiver)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC2981InvalidDefaultRoyaltyReceiverError(raw []byte) (*LegacyCollection1155ERC2981InvalidDefaultRoyaltyReceiver, error) {
	out := new(LegacyCollection1155ERC2981InvalidDefaultRoyaltyReceiver)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC2981InvalidDefaultRoyaltyReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC2981InvalidTokenRoyalty represents a ERC2981InvalidTokenRoyalty error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC2981InvalidTokenRoyalty struct {
	TokenId     *big.Int
	Numerator   *big.Int
	Denominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidTokenRoyalty(uint256 tokenId, uint256 numerator, uint256 denominator)
func LegacyCollection1155ERC2981InvalidTokenRoyaltyErrorID() common.Hash {
	return common.HexToHash("0xdfd1fc1b5658265f0993b87b75dd02b2fdcb36b128879bccdcf260effa0856bf")
}

// UnpackERC2981InvalidTokenRoyaltyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidTokenRoyalty(uint256 tokenId, uint256 numerator, uint256 denominator)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC2981InvalidTokenRoyaltyError(raw []byte) (*LegacyCollection1155ERC2981InvalidTokenRoyalty, error) {
	out := new(LegacyCollection1155ERC2981InvalidTokenRoyalty)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC2981InvalidTokenRoyalty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155ERC2981InvalidTokenRoyaltyReceiver represents a ERC2981InvalidTokenRoyaltyReceiver error raised by the LegacyCollection1155 contract.
type LegacyCollection1155ERC2981InvalidTokenRoyaltyReceiver struct {
	TokenId  *big.Int
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidTokenRoyaltyReceiver(uint256 tokenId, address receiver)
func LegacyCollection1155ERC2981InvalidTokenRoyaltyReceiverErrorID() common.Hash {
	return common.HexToHash("0x969f0852135afead3ca9a1ff1e4fe485d35593f81a91d5dbe3a5737302cdbda8")
}

// UnpackERC2981InvalidTokenRoyaltyReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidTokenRoyaltyReceiver(uint256 tokenId, address receiver)
func (legacyCollection1155 *LegacyCollection1155) UnpackERC2981InvalidTokenRoyaltyReceiverError(raw []byte) (*LegacyCollection1155ERC2981InvalidTokenRoyaltyReceiver, error) {
	out := new(LegacyCollection1155ERC2981InvalidTokenRoyaltyReceiver)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "ERC2981InvalidTokenRoyaltyReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155OwnableInvalidOwner represents a OwnableInvalidOwner error raised by the LegacyCollection1155 contract.
type LegacyCollection1155OwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func LegacyCollection1155OwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (legacyCollection1155 *LegacyCollection1155) UnpackOwnableInvalidOwnerError(raw []byte) (*LegacyCollection1155OwnableInvalidOwner, error) {
	out := new(LegacyCollection1155OwnableInvalidOwner)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LegacyCollection1155OwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the LegacyCollection1155 contract.
type LegacyCollection1155OwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func LegacyCollection1155OwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (legacyCollection1155 *LegacyCollection1155) UnpackOwnableUnauthorizedAccountError(raw []byte) (*LegacyCollection1155OwnableUnauthorizedAccount, error) {
	out := new(LegacyCollection1155OwnableUnauthorizedAccount)
	if err := legacyCollection1155.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
