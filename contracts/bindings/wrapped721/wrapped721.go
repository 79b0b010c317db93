// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package wrapped721

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

// BridgeItem is an auto generated low-level Go binding around an user-defined struct.
type BridgeItem struct {
	HomeChain       *big.Int
	HomeToken       common.Address
	Id              *big.Int
	Amount          *big.Int
	Uri             string
	RoyaltyReceiver common.Address
	RoyaltyBps      *big.Int
}

// Wrapped721MetaData contains all meta data concerning the Wrapped721 contract.
var Wrapped721MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bridge_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BadAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"denominator\",\"type\":\"uint256\"}],\"name\":\"ERC2981InvalidDefaultRoyalty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC2981InvalidDefaultRoyaltyReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"denominator\",\"type\":\"uint256\"}],\"name\":\"ERC2981InvalidTokenRoyalty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC2981InvalidTokenRoyaltyReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBridge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecordNotWritten\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"RecordTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"StringsInsufficientHexLength\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"caip19\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"homeChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"homeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"homeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"royaltyBps\",\"type\":\"uint96\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"homeChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"homeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"royaltyBps\",\"type\":\"uint96\"}],\"internalType\":\"structBridge.Item[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"mintBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"origin\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"homeChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"homeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"homeId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"salePrice\",\"type\":\"uint256\"}],\"name\":\"royaltyInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"homeChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"homeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"homeId\",\"type\":\"uint256\"}],\"name\":\"wrappedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Wrapped721",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516123de3803806123de83398101604081905261002e916100b4565b6040518060400160405280601481526020017f6d69666d2062726964676564204552432d373231000000000000000000000000815250604051806040016040528060088152602001676d69666d4237323160c01b815250815f90816100939190610184565b5060016100a08282610184565b5050506001600160a01b0316608052610242565b5f602082840312156100c4575f5ffd5b81516001600160a01b03811681146100da575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061010957607f821691505b60208210810361012757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561017f578282111561017f57805f5260205f20601f840160051c602085101561015857505f5b90810190601f840160051c035f5b8181101561017b575f83820155600101610166565b5050505b505050565b81516001600160401b0381111561019d5761019d6100e1565b6101b1816101ab84546100f5565b8461012d565b6020601f8211600181146101e3575f83156101cc5750848201515b5f19600385901b1c1916600184901b17845561023b565b5f84815260208120601f198516915b8281101561021257878501518255602094850194600190920191016101f2565b508482101561022f57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805161216f61026f5f395f8181610314015281816106250152818161067b01526108bf015261216f5ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c806370a08231116100b4578063b88d4fde11610079578063b88d4fde146102d6578063c302107e146102e9578063c87b56dd146102fc578063e78cea921461030f578063e985e9c514610336578063f5298aca14610349575f5ffd5b806370a08231146102755780639080217114610288578063947a22c2146102a857806395d89b41146102bb578063a22cb465146102c3575f5ffd5b80632a55205a116100fa5780632a55205a146101c657806342842e0e146101f85780635890c4e31461020b578063622db5381461022c5780636352211e14610262575f5ffd5b806301ffc9a71461013657806306fdde031461015e578063081812fc14610173578063095ea7b31461019e57806323b872dd146101b3575b5f5ffd5b6101496101443660046119c6565b61035c565b60405190151581526020015b60405180910390f35b61016661036c565b6040516101559190611a0f565b610186610181366004611a21565b6103fb565b6040516001600160a01b039091168152602001610155565b6101b16101ac366004611a53565b610422565b005b6101b16101c1366004611a7b565b610431565b6101d96101d4366004611ab5565b6104bf565b604080516001600160a01b039093168352602083019190915201610155565b6101b1610206366004611a7b565b610538565b61021e610219366004611ad5565b610557565b604051908152602001610155565b61023f61023a366004611a21565b610598565b604080519384526001600160a01b03909216602084015290820152606001610155565b610186610270366004611a21565b6105c9565b61021e610283366004611af7565b6105d3565b61029b610296366004611c08565b610618565b6040516101559190611d6d565b61021e6102b6366004611daf565b61066f565b6101666107ed565b6101b16102d1366004611e77565b6107fc565b6101b16102e4366004611eb0565b610807565b6101666102f7366004611a21565b61081f565b61016661030a366004611a21565b610864565b6101867f000000000000000000000000000000000000000000000000000000000000000081565b610149610344366004611f26565b610887565b6101b1610357366004611f57565b6108b4565b5f610366826109a3565b92915050565b60605f805461037a90611f87565b80601f01602080910402602001604051908101604052809291908181526020018280546103a690611f87565b80156103f15780601f106103c8576101008083540402835291602001916103f1565b820191905f5260205f20905b8154815290600101906020018083116103d457829003601f168201915b5050505050905090565b5f610405826109c7565b505f828152600460205260409020546001600160a01b0316610366565b61042d8282336109ff565b5050565b6001600160a01b03821661045f57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61046b838333610a0c565b9050836001600160a01b0316816001600160a01b0316146104b9576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610456565b50505050565b5f82815260076020526040812080548291906001600160a01b03811690600160a01b90046001600160601b0316816105125750506006546001600160a01b03811690600160a01b90046001600160601b03165b5f610529876001600160601b038416612710610afe565b92989297509195505050505050565b61055283838360405180602001604052805f815250610807565b505050565b6040805160208082018690526001600160a01b03851682840152606080830185905283518084039091018152608090920190925280519101205b9392505050565b5f5f5f6105a4846109c7565b505f848152600860205260409020546105bc90610bae565b9250925092509193909250565b5f610366826109c7565b5f6001600160a01b0382166105fd576040516322718ad960e21b81525f6004820152602401610456565b506001600160a01b03165f9081526003602052604090205490565b6060336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461066557604051637c8da0cf60e11b8152336004820152602401610456565b6105918383610be0565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106bb57604051637c8da0cf60e11b8152336004820152602401610456565b6040805160018082528183019092525f91816020015b6040805160e0810182525f80825260208083018290529282018190526060808301829052608083015260a0820181905260c082015282525f199092019101816106d15790505090506040518060e001604052808b81526020018a6001600160a01b0316815260200189815260200188815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509385525050506001600160a01b03871660208301526001600160601b03861660409092019190915282518391906107af576107af611fbf565b60200260200101819052506107c48b82610be0565b5f815181106107d5576107d5611fbf565b60200260200101519150509998505050505050505050565b60606001805461037a90611f87565b61042d338383610d01565b610812848484610431565b6104b93385858585610dc8565b606061082a826109c7565b5061036660085f8481526020019081526020015f20546040518060400160405280600681526020016565726337323160d01b815250610ef0565b606061086f826109c7565b505f8281526008602052604090205461036690610f4d565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108ff57604051637c8da0cf60e11b8152336004820152602401610456565b80600114610923576040516359cdf26960e11b815260048101829052602401610456565b5f828152600260205260409020546001600160a01b039081169084168114610978576040516364283d7b60e01b81526001600160a01b0380861660048301526024820185905282166044820152606401610456565b61098183610f68565b5f838152600860205260408120556104b9835f90815260076020526040812055565b5f6001600160e01b0319821663152a902d60e11b1480610366575061036682610fa0565b5f818152600260205260408120546001600160a01b03168061036657604051637e27328960e01b815260048101849052602401610456565b6105528383836001610fef565b5f828152600260205260408120546001600160a01b0390811690831615610a3857610a388184866110f3565b6001600160a01b03811615610a7257610a535f855f5f610fef565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610aa0576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f5f5f610b0b8686611157565b91509150815f03610b2f57838181610b2557610b25611fd3565b0492505050610591565b818411610b4657610b466003851502601118611173565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f5f610bbe855f6054611184565b905060208101519350604081015160601c925060548101519150509193909250565b8051606090806001600160401b03811115610bfd57610bfd611b10565b604051908082528060200260200182016040528015610c26578160200160208202803683370190505b5091505f5b81811015610cef575f848281518110610c4657610c46611fbf565b602002602001015190508060600151600114610c7d5780606001516040516359cdf26960e11b815260040161045691815260200190565b5f610c94825f015183602001518460400151610557565b905080858481518110610ca957610ca9611fbf565b602002602001018181525050610cbf87826111f6565b60a08201516001600160a01b031615610ce557610ce5818360a001518460c00151611257565b5050600101610c2b565b50610cfa8284611317565b5092915050565b6001600160a01b038316610d2a5760405163a9fbf51f60e01b81525f6004820152602401610456565b6001600160a01b038216610d5c57604051630b61174360e31b81526001600160a01b0383166004820152602401610456565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610ee957604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610e0a908890889087908790600401611fe7565b6020604051808303815f875af1925050508015610e44575060408051601f3d908101601f19168201909252610e4191810190612023565b60015b610eab573d808015610e71576040519150601f19603f3d011682016040523d82523d5f602084013e610e76565b606091505b5080515f03610ea357604051633250574960e11b81526001600160a01b0385166004820152602401610456565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610ee757604051633250574960e11b81526001600160a01b0385166004820152602401610456565b505b5050505050565b60605f5f5f610efe86610bae565b925092509250610f0d8361155f565b85610f17846115ee565b610f208461155f565b604051602001610f339493929190612055565b604051602081830303815290604052935050505092915050565b6060610366826054610f638160d084901c6120cf565b611184565b5f610f745f835f610a0c565b90506001600160a01b03811661042d57604051637e27328960e01b815260048101839052602401610456565b5f6001600160e01b031982166380ac58cd60e01b1480610fd057506001600160e01b03198216635b5e139f60e01b145b8061036657506301ffc9a760e01b6001600160e01b0319831614610366565b808061100357506001600160a01b03821615155b156110c4575f611012846109c7565b90506001600160a01b0383161580159061103e5750826001600160a01b0316816001600160a01b031614155b8015611051575061104f8184610887565b155b1561107a5760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610456565b81156110c25783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b6110fe83838361169c565b610552576001600160a01b03831661112c57604051637e27328960e01b815260048101829052602401610456565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610456565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6060835f61119e8560a084901c65ffffffffffff166120e2565b9050836001600160401b038111156111b8576111b8611b10565b6040519080825280601f01601f1916602001820160405280156111e2576020820181803683370190505b509250838160208501843c50509392505050565b6001600160a01b03821661121f57604051633250574960e11b81525f6004820152602401610456565b5f61122b83835f610a0c565b90506001600160a01b03811615610552576040516339e3563760e11b81525f6004820152602401610456565b6127106001600160601b03821681101561129d5760405163dfd1fc1b60e01b8152600481018590526001600160601b038316602482015260448101829052606401610456565b6001600160a01b0383166112cd57604051634b4f842960e11b8152600481018590525f6024820152604401610456565b506040805180820182526001600160a01b0393841681526001600160601b0392831660208083019182525f968752600790529190942093519051909116600160a01b029116179055565b80515f5b818110156104b9576001815b83811015611393575f85828151811061134257611342611fbf565b60200260200101516080015151605461135b91906120e2565b905061600061136a82856120e2565b11156113765750611393565b61138081846120e2565b925061138b826120f5565b915050611327565b8281036113d0578583815181106113ac576113ac611fbf565b602002602001015160405163ae96017160e01b815260040161045691815260200190565b5f6113dc83600a6120e2565b6001600160401b038111156113f3576113f3611b10565b6040519080825280601f01601f19166020018201604052801561141d576020820181803683370190505b506961000080600a3d393df3603885901b1760b01b602082015290506001845b83811015611487576114738361145484600a6120e2565b8a848151811061146657611466611fbf565b6020026020010151611700565b61147d90836120e2565b915060010161143d565b505f8251602084015ff090506001600160a01b0381166114ba576040516307c073ed60e31b815260040160405180910390fd5b60019150855b84811015611551575f8982815181106114db576114db611fbf565b6020026020010151608001515160546114f491906120e2565b905060d081901b60a085901b846001600160a01b0316171760085f8d858151811061152157611521611fbf565b602002602001015181526020019081526020015f2081905550808461154691906120e2565b9350506001016114c0565b50839550505050505061131b565b60605f61156b83611755565b60010190505f816001600160401b0381111561158957611589611b10565b6040519080825280601f01601f1916602001820160405280156115b3576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846115bd57509392505050565b60605f6115fa8361182c565b6028602282012090915060601c60295b600181111561169357600782600f1611801561163f5750606083828151811061163557611635611fbf565b016020015160f81c115b1561167c57602060f81b83828151811061165b5761165b611fbf565b0160200180516001600160f81b0319908116909218909116905f82901a9053505b60049190911c9061168c8161210d565b905061160a565b50909392505050565b5f6001600160a01b038316158015906116f85750826001600160a01b0316846001600160a01b031614806116d557506116d58484610887565b806116f857505f828152600460205260409020546001600160a01b038481169116145b949350505050565b805160208201516040830151608084015180515f94939291906117249060546120e2565b94508660208901018481528360601b6020820152826034820152815160208301605483015e50505050509392505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106117935772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106117bf576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106117dd57662386f26fc10000830492506010015b6305f5e10083106117f5576305f5e100830492506008015b612710831061180957612710830492506004015b6064831061181b576064830492506002015b600a83106103665760010192915050565b60606103666001600160a01b03831660146060825f61184c846002612122565b6118579060026120e2565b6001600160401b0381111561186e5761186e611b10565b6040519080825280601f01601f191660200182016040528015611898576020820181803683370190505b509050600360fc1b815f815181106118b2576118b2611fbf565b60200101906001600160f81b03191690815f1a905350600f60fb1b816001815181106118e0576118e0611fbf565b60200101906001600160f81b03191690815f1a9053505f611902856002612122565b61190d9060016120e2565b90505b6001811115611984576f181899199a1a9b1b9c1cb0b131b232b360811b83600f166010811061194157611941611fbf565b1a60f81b82828151811061195757611957611fbf565b60200101906001600160f81b03191690815f1a90535060049290921c9161197d8161210d565b9050611910565b5081156116f85760405163e22e27eb60e01b81526004810186905260248101859052604401610456565b6001600160e01b0319811681146119c3575f5ffd5b50565b5f602082840312156119d6575f5ffd5b8135610591816119ae565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61059160208301846119e1565b5f60208284031215611a31575f5ffd5b5035919050565b80356001600160a01b0381168114611a4e575f5ffd5b919050565b5f5f60408385031215611a64575f5ffd5b611a6d83611a38565b946020939093013593505050565b5f5f5f60608486031215611a8d575f5ffd5b611a9684611a38565b9250611aa460208501611a38565b929592945050506040919091013590565b5f5f60408385031215611ac6575f5ffd5b50508035926020909101359150565b5f5f5f60608486031215611ae7575f5ffd5b83359250611aa460208501611a38565b5f60208284031215611b07575f5ffd5b61059182611a38565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b0381118282101715611b4657611b46611b10565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611b7457611b74611b10565b604052919050565b5f5f6001600160401b03841115611b9557611b95611b10565b50601f8301601f1916602001611baa81611b4c565b915050828152838383011115611bbe575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112611be3575f5ffd5b61059183833560208501611b7c565b80356001600160601b0381168114611a4e575f5ffd5b5f5f60408385031215611c19575f5ffd5b611c2283611a38565b915060208301356001600160401b03811115611c3c575f5ffd5b8301601f81018513611c4c575f5ffd5b80356001600160401b03811115611c6557611c65611b10565b8060051b611c7560208201611b4c565b91825260208184018101929081019088841115611c90575f5ffd5b6020850192505b83831015611d5e5782356001600160401b03811115611cb4575f5ffd5b850160e0818b03601f19011215611cc9575f5ffd5b611cd1611b24565b60208201358152611ce460408301611a38565b6020820152606082810135604083015260808301359082015260a08201356001600160401b03811115611d15575f5ffd5b611d248c602083860101611bd4565b608083015250611d3660c08301611a38565b60a0820152611d4760e08301611bf2565b60c082015283525060209283019290910190611c97565b80955050505050509250929050565b602080825282518282018190525f918401906040840190835b81811015611da4578351835260209384019390920191600101611d86565b509095945050505050565b5f5f5f5f5f5f5f5f5f6101008a8c031215611dc8575f5ffd5b611dd18a611a38565b985060208a01359750611de660408b01611a38565b965060608a0135955060808a0135945060a08a01356001600160401b03811115611e0e575f5ffd5b8a01601f81018c13611e1e575f5ffd5b80356001600160401b03811115611e33575f5ffd5b8c6020828401011115611e44575f5ffd5b60209190910194509250611e5a60c08b01611a38565b9150611e6860e08b01611bf2565b90509295985092959850929598565b5f5f60408385031215611e88575f5ffd5b611e9183611a38565b915060208301358015158114611ea5575f5ffd5b809150509250929050565b5f5f5f5f60808587031215611ec3575f5ffd5b611ecc85611a38565b9350611eda60208601611a38565b92506040850135915060608501356001600160401b03811115611efb575f5ffd5b8501601f81018713611f0b575f5ffd5b611f1a87823560208401611b7c565b91505092959194509250565b5f5f60408385031215611f37575f5ffd5b611f4083611a38565b9150611f4e60208401611a38565b90509250929050565b5f5f5f60608486031215611f69575f5ffd5b611f7284611a38565b95602085013595506040909401359392505050565b600181811c90821680611f9b57607f821691505b602082108103611fb957634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90612019908301846119e1565b9695505050505050565b5f60208284031215612033575f5ffd5b8151610591816119ae565b5f81518060208401855e5f93019283525090919050565b6632b4b8189a9a9d60c91b81525f612070600783018761203e565b602f60f81b8152612084600182018761203e565b9050601d60f91b815261209a600182018661203e565b9050602f60f81b81526120b0600182018561203e565b979650505050505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610366576103666120bb565b80820180821115610366576103666120bb565b5f60018201612106576121066120bb565b5060010190565b5f8161211b5761211b6120bb565b505f190190565b8082028115828204841417610366576103666120bb56fea26469706673582212209b28d3dec28580ae29b420271d9a2cb09142803dbc73de2a8f34d728e9fa021464736f6c63430008250033",
}

// Wrapped721 is an auto generated Go binding around an Ethereum contract.
type Wrapped721 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Wrapped721) GetABI() abi.ABI {
	return c.abi
}

// NewWrapped721 creates a new instance of Wrapped721.
func NewWrapped721() *Wrapped721 {
	parsed, err := Wrapped721MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Wrapped721{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Wrapped721) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address bridge_) returns()
func (wrapped721 *Wrapped721) PackConstructor(bridge_ common.Address) []byte {
	enc, err := wrapped721.abi.Pack("", bridge_)
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
func (wrapped721 *Wrapped721) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("approve", to, tokenId)
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
func (wrapped721 *Wrapped721) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (wrapped721 *Wrapped721) PackBalanceOf(owner common.Address) []byte {
	enc, err := wrapped721.abi.Pack("balanceOf", owner)
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
func (wrapped721 *Wrapped721) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return wrapped721.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (wrapped721 *Wrapped721) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := wrapped721.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (wrapped721 *Wrapped721) PackBridge() []byte {
	enc, err := wrapped721.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (wrapped721 *Wrapped721) TryPackBridge() ([]byte, error) {
	return wrapped721.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (wrapped721 *Wrapped721) UnpackBridge(data []byte) (common.Address, error) {
	out, err := wrapped721.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5298aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 id, uint256 amount) returns()
func (wrapped721 *Wrapped721) PackBurn(from common.Address, id *big.Int, amount *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("burn", from, id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5298aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 id, uint256 amount) returns()
func (wrapped721 *Wrapped721) TryPackBurn(from common.Address, id *big.Int, amount *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("burn", from, id, amount)
}

// PackCaip19 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc302107e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function caip19(uint256 id) view returns(string)
func (wrapped721 *Wrapped721) PackCaip19(id *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("caip19", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCaip19 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc302107e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function caip19(uint256 id) view returns(string)
func (wrapped721 *Wrapped721) TryPackCaip19(id *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("caip19", id)
}

// UnpackCaip19 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc302107e.
//
// Solidity: function caip19(uint256 id) view returns(string)
func (wrapped721 *Wrapped721) UnpackCaip19(data []byte) (string, error) {
	out, err := wrapped721.abi.Unpack("caip19", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (wrapped721 *Wrapped721) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("getApproved", tokenId)
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
func (wrapped721 *Wrapped721) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (wrapped721 *Wrapped721) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := wrapped721.abi.Unpack("getApproved", data)
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
func (wrapped721 *Wrapped721) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := wrapped721.abi.Pack("isApprovedForAll", owner, operator)
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
func (wrapped721 *Wrapped721) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return wrapped721.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (wrapped721 *Wrapped721) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := wrapped721.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x947a22c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 homeChain, address homeToken, uint256 homeId, uint256 amount, string uri, address royaltyReceiver, uint96 royaltyBps) returns(uint256)
func (wrapped721 *Wrapped721) PackMint(to common.Address, homeChain *big.Int, homeToken common.Address, homeId *big.Int, amount *big.Int, uri string, royaltyReceiver common.Address, royaltyBps *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("mint", to, homeChain, homeToken, homeId, amount, uri, royaltyReceiver, royaltyBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x947a22c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 homeChain, address homeToken, uint256 homeId, uint256 amount, string uri, address royaltyReceiver, uint96 royaltyBps) returns(uint256)
func (wrapped721 *Wrapped721) TryPackMint(to common.Address, homeChain *big.Int, homeToken common.Address, homeId *big.Int, amount *big.Int, uri string, royaltyReceiver common.Address, royaltyBps *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("mint", to, homeChain, homeToken, homeId, amount, uri, royaltyReceiver, royaltyBps)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x947a22c2.
//
// Solidity: function mint(address to, uint256 homeChain, address homeToken, uint256 homeId, uint256 amount, string uri, address royaltyReceiver, uint96 royaltyBps) returns(uint256)
func (wrapped721 *Wrapped721) UnpackMint(data []byte) (*big.Int, error) {
	out, err := wrapped721.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90802171.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintBatch(address to, (uint256,address,uint256,uint256,string,address,uint96)[] items) returns(uint256[])
func (wrapped721 *Wrapped721) PackMintBatch(to common.Address, items []BridgeItem) []byte {
	enc, err := wrapped721.abi.Pack("mintBatch", to, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90802171.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintBatch(address to, (uint256,address,uint256,uint256,string,address,uint96)[] items) returns(uint256[])
func (wrapped721 *Wrapped721) TryPackMintBatch(to common.Address, items []BridgeItem) ([]byte, error) {
	return wrapped721.abi.Pack("mintBatch", to, items)
}

// UnpackMintBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90802171.
//
// Solidity: function mintBatch(address to, (uint256,address,uint256,uint256,string,address,uint96)[] items) returns(uint256[])
func (wrapped721 *Wrapped721) UnpackMintBatch(data []byte) ([]*big.Int, error) {
	out, err := wrapped721.abi.Unpack("mintBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (wrapped721 *Wrapped721) PackName() []byte {
	enc, err := wrapped721.abi.Pack("name")
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
func (wrapped721 *Wrapped721) TryPackName() ([]byte, error) {
	return wrapped721.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (wrapped721 *Wrapped721) UnpackName(data []byte) (string, error) {
	out, err := wrapped721.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOrigin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x622db538.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function origin(uint256 id) view returns(uint256 homeChain, address homeToken, uint256 homeId)
func (wrapped721 *Wrapped721) PackOrigin(id *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("origin", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrigin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x622db538.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function origin(uint256 id) view returns(uint256 homeChain, address homeToken, uint256 homeId)
func (wrapped721 *Wrapped721) TryPackOrigin(id *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("origin", id)
}

// OriginOutput serves as a container for the return parameters of contract
// method Origin.
type OriginOutput struct {
	HomeChain *big.Int
	HomeToken common.Address
	HomeId    *big.Int
}

// UnpackOrigin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x622db538.
//
// Solidity: function origin(uint256 id) view returns(uint256 homeChain, address homeToken, uint256 homeId)
func (wrapped721 *Wrapped721) UnpackOrigin(data []byte) (OriginOutput, error) {
	out, err := wrapped721.abi.Unpack("origin", data)
	outstruct := new(OriginOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.HomeChain = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.HomeToken = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.HomeId = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (wrapped721 *Wrapped721) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("ownerOf", tokenId)
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
func (wrapped721 *Wrapped721) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (wrapped721 *Wrapped721) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := wrapped721.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 amount)
func (wrapped721 *Wrapped721) PackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("royaltyInfo", tokenId, salePrice)
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
func (wrapped721 *Wrapped721) TryPackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("royaltyInfo", tokenId, salePrice)
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
func (wrapped721 *Wrapped721) UnpackRoyaltyInfo(data []byte) (RoyaltyInfoOutput, error) {
	out, err := wrapped721.abi.Unpack("royaltyInfo", data)
	outstruct := new(RoyaltyInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Receiver = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (wrapped721 *Wrapped721) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("safeTransferFrom", from, to, tokenId)
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
func (wrapped721 *Wrapped721) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (wrapped721 *Wrapped721) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := wrapped721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
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
func (wrapped721 *Wrapped721) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return wrapped721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (wrapped721 *Wrapped721) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := wrapped721.abi.Pack("setApprovalForAll", operator, approved)
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
func (wrapped721 *Wrapped721) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return wrapped721.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (wrapped721 *Wrapped721) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := wrapped721.abi.Pack("supportsInterface", interfaceId)
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
func (wrapped721 *Wrapped721) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return wrapped721.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (wrapped721 *Wrapped721) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := wrapped721.abi.Unpack("supportsInterface", data)
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
func (wrapped721 *Wrapped721) PackSymbol() []byte {
	enc, err := wrapped721.abi.Pack("symbol")
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
func (wrapped721 *Wrapped721) TryPackSymbol() ([]byte, error) {
	return wrapped721.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (wrapped721 *Wrapped721) UnpackSymbol(data []byte) (string, error) {
	out, err := wrapped721.abi.Unpack("symbol", data)
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
// Solidity: function tokenURI(uint256 id) view returns(string)
func (wrapped721 *Wrapped721) PackTokenURI(id *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("tokenURI", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 id) view returns(string)
func (wrapped721 *Wrapped721) TryPackTokenURI(id *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("tokenURI", id)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 id) view returns(string)
func (wrapped721 *Wrapped721) UnpackTokenURI(data []byte) (string, error) {
	out, err := wrapped721.abi.Unpack("tokenURI", data)
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
func (wrapped721 *Wrapped721) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("transferFrom", from, to, tokenId)
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
func (wrapped721 *Wrapped721) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("transferFrom", from, to, tokenId)
}

// PackWrappedId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5890c4e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wrappedId(uint256 homeChain, address homeToken, uint256 homeId) pure returns(uint256)
func (wrapped721 *Wrapped721) PackWrappedId(homeChain *big.Int, homeToken common.Address, homeId *big.Int) []byte {
	enc, err := wrapped721.abi.Pack("wrappedId", homeChain, homeToken, homeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWrappedId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5890c4e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function wrappedId(uint256 homeChain, address homeToken, uint256 homeId) pure returns(uint256)
func (wrapped721 *Wrapped721) TryPackWrappedId(homeChain *big.Int, homeToken common.Address, homeId *big.Int) ([]byte, error) {
	return wrapped721.abi.Pack("wrappedId", homeChain, homeToken, homeId)
}

// UnpackWrappedId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5890c4e3.
//
// Solidity: function wrappedId(uint256 homeChain, address homeToken, uint256 homeId) pure returns(uint256)
func (wrapped721 *Wrapped721) UnpackWrappedId(data []byte) (*big.Int, error) {
	out, err := wrapped721.abi.Unpack("wrappedId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// Wrapped721Approval represents a Approval event raised by the Wrapped721 contract.
type Wrapped721Approval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const Wrapped721ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (Wrapped721Approval) ContractEventName() string {
	return Wrapped721ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (wrapped721 *Wrapped721) UnpackApprovalEvent(log *types.Log) (*Wrapped721Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrapped721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Wrapped721Approval)
	if len(log.Data) > 0 {
		if err := wrapped721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrapped721.abi.Events[event].Inputs {
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

// Wrapped721ApprovalForAll represents a ApprovalForAll event raised by the Wrapped721 contract.
type Wrapped721ApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const Wrapped721ApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (Wrapped721ApprovalForAll) ContractEventName() string {
	return Wrapped721ApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (wrapped721 *Wrapped721) UnpackApprovalForAllEvent(log *types.Log) (*Wrapped721ApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrapped721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Wrapped721ApprovalForAll)
	if len(log.Data) > 0 {
		if err := wrapped721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrapped721.abi.Events[event].Inputs {
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

// Wrapped721Transfer represents a Transfer event raised by the Wrapped721 contract.
type Wrapped721Transfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const Wrapped721TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (Wrapped721Transfer) ContractEventName() string {
	return Wrapped721TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (wrapped721 *Wrapped721) UnpackTransferEvent(log *types.Log) (*Wrapped721Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrapped721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Wrapped721Transfer)
	if len(log.Data) > 0 {
		if err := wrapped721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrapped721.abi.Events[event].Inputs {
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
func (wrapped721 *Wrapped721) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["BadAmount"].ID.Bytes()[:4]) {
		return wrapped721.UnpackBadAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC2981InvalidDefaultRoyalty"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC2981InvalidDefaultRoyaltyError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC2981InvalidDefaultRoyaltyReceiver"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC2981InvalidDefaultRoyaltyReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC2981InvalidTokenRoyalty"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC2981InvalidTokenRoyaltyError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC2981InvalidTokenRoyaltyReceiver"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC2981InvalidTokenRoyaltyReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return wrapped721.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["NotBridge"].ID.Bytes()[:4]) {
		return wrapped721.UnpackNotBridgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["RecordNotWritten"].ID.Bytes()[:4]) {
		return wrapped721.UnpackRecordNotWrittenError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["RecordTooLarge"].ID.Bytes()[:4]) {
		return wrapped721.UnpackRecordTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrapped721.abi.Errors["StringsInsufficientHexLength"].ID.Bytes()[:4]) {
		return wrapped721.UnpackStringsInsufficientHexLengthError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Wrapped721BadAmount represents a BadAmount error raised by the Wrapped721 contract.
type Wrapped721BadAmount struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAmount(uint256 amount)
func Wrapped721BadAmountErrorID() common.Hash {
	return common.HexToHash("0xb39be4d21b9beede5f322fec8bfffe756e47e7733fec5f40573598ea2c475ddc")
}

// UnpackBadAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAmount(uint256 amount)
func (wrapped721 *Wrapped721) UnpackBadAmountError(raw []byte) (*Wrapped721BadAmount, error) {
	out := new(Wrapped721BadAmount)
	if err := wrapped721.abi.UnpackIntoInterface(out, "BadAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC2981InvalidDefaultRoyalty represents a ERC2981InvalidDefaultRoyalty error raised by the Wrapped721 contract.
type Wrapped721ERC2981InvalidDefaultRoyalty struct {
	Numerator   *big.Int
	Denominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidDefaultRoyalty(uint256 numerator, uint256 denominator)
func Wrapped721ERC2981InvalidDefaultRoyaltyErrorID() common.Hash {
	return common.HexToHash("0x6f483d09b3a1c4c035367ae09146a8a08a718cb6617416cc12a2457ab3d65514")
}

// UnpackERC2981InvalidDefaultRoyaltyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidDefaultRoyalty(uint256 numerator, uint256 denominator)
func (wrapped721 *Wrapped721) UnpackERC2981InvalidDefaultRoyaltyError(raw []byte) (*Wrapped721ERC2981InvalidDefaultRoyalty, error) {
	out := new(Wrapped721ERC2981InvalidDefaultRoyalty)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC2981InvalidDefaultRoyalty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC2981InvalidDefaultRoyaltyReceiver represents a ERC2981InvalidDefaultRoyaltyReceiver error raised by the Wrapped721 contract.
type Wrapped721ERC2981InvalidDefaultRoyaltyReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidDefaultRoyaltyReceiver(address receiver)
func Wrapped721ERC2981InvalidDefaultRoyaltyReceiverErrorID() common.Hash {
	return common.HexToHash("0xb6d9900a710828c2d05fe8061d6309d02a20eaa45cd00228c2c2dfbfa2b86fc3")
}

// UnpackERC2981InvalidDefaultRoyaltyReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidDefaultRoyaltyReceiver(address receiver)
func (wrapped721 *Wrapped721) UnpackERC2981InvalidDefaultRoyaltyReceiverError(raw []byte) (*Wrapped721ERC2981InvalidDefaultRoyaltyReceiver, error) {
	out := new(Wrapped721ERC2981InvalidDefaultRoyaltyReceiver)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC2981InvalidDefaultRoyaltyReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC2981InvalidTokenRoyalty represents a ERC2981InvalidTokenRoyalty error raised by the Wrapped721 contract.
type Wrapped721ERC2981InvalidTokenRoyalty struct {
	TokenId     *big.Int
	Numerator   *big.Int
	Denominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidTokenRoyalty(uint256 tokenId, uint256 numerator, uint256 denominator)
func Wrapped721ERC2981InvalidTokenRoyaltyErrorID() common.Hash {
	return common.HexToHash("0xdfd1fc1b5658265f0993b87b75dd02b2fdcb36b128879bccdcf260effa0856bf")
}

// UnpackERC2981InvalidTokenRoyaltyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidTokenRoyalty(uint256 tokenId, uint256 numerator, uint256 denominator)
func (wrapped721 *Wrapped721) UnpackERC2981InvalidTokenRoyaltyError(raw []byte) (*Wrapped721ERC2981InvalidTokenRoyalty, error) {
	out := new(Wrapped721ERC2981InvalidTokenRoyalty)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC2981InvalidTokenRoyalty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC2981InvalidTokenRoyaltyReceiver represents a ERC2981InvalidTokenRoyaltyReceiver error raised by the Wrapped721 contract.
type Wrapped721ERC2981InvalidTokenRoyaltyReceiver struct {
	TokenId  *big.Int
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidTokenRoyaltyReceiver(uint256 tokenId, address receiver)
func Wrapped721ERC2981InvalidTokenRoyaltyReceiverErrorID() common.Hash {
	return common.HexToHash("0x969f0852135afead3ca9a1ff1e4fe485d35593f81a91d5dbe3a5737302cdbda8")
}

// UnpackERC2981InvalidTokenRoyaltyReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidTokenRoyaltyReceiver(uint256 tokenId, address receiver)
func (wrapped721 *Wrapped721) UnpackERC2981InvalidTokenRoyaltyReceiverError(raw []byte) (*Wrapped721ERC2981InvalidTokenRoyaltyReceiver, error) {
	out := new(Wrapped721ERC2981InvalidTokenRoyaltyReceiver)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC2981InvalidTokenRoyaltyReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the Wrapped721 contract.
type Wrapped721ERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func Wrapped721ERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (wrapped721 *Wrapped721) UnpackERC721IncorrectOwnerError(raw []byte) (*Wrapped721ERC721IncorrectOwner, error) {
	out := new(Wrapped721ERC721IncorrectOwner)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the Wrapped721 contract.
type Wrapped721ERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func Wrapped721ERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (wrapped721 *Wrapped721) UnpackERC721InsufficientApprovalError(raw []byte) (*Wrapped721ERC721InsufficientApproval, error) {
	out := new(Wrapped721ERC721InsufficientApproval)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC721InvalidApprover represents a ERC721InvalidApprover error raised by the Wrapped721 contract.
type Wrapped721ERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func Wrapped721ERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (wrapped721 *Wrapped721) UnpackERC721InvalidApproverError(raw []byte) (*Wrapped721ERC721InvalidApprover, error) {
	out := new(Wrapped721ERC721InvalidApprover)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC721InvalidOperator represents a ERC721InvalidOperator error raised by the Wrapped721 contract.
type Wrapped721ERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func Wrapped721ERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (wrapped721 *Wrapped721) UnpackERC721InvalidOperatorError(raw []byte) (*Wrapped721ERC721InvalidOperator, error) {
	out := new(Wrapped721ERC721InvalidOperator)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC721InvalidOwner represents a ERC721InvalidOwner error raised by the Wrapped721 contract.
type Wrapped721ERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func Wrapped721ERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (wrapped721 *Wrapped721) UnpackERC721InvalidOwnerError(raw []byte) (*Wrapped721ERC721InvalidOwner, error) {
	out := new(Wrapped721ERC721InvalidOwner)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the Wrapped721 contract.
type Wrapped721ERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func Wrapped721ERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (wrapped721 *Wrapped721) UnpackERC721InvalidReceiverError(raw []byte) (*Wrapped721ERC721InvalidReceiver, error) {
	out := new(Wrapped721ERC721InvalidReceiver)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC721InvalidSender represents a ERC721InvalidSender error raised by the Wrapped721 contract.
type Wrapped721ERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func Wrapped721ERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (wrapped721 *Wrapped721) UnpackERC721InvalidSenderError(raw []byte) (*Wrapped721ERC721InvalidSender, error) {
	out := new(Wrapped721ERC721InvalidSender)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721ERC721NonexistentToken represents a ERC721NonexistentToken error raised by the Wrapped721 contract.
type Wrapped721ERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func Wrapped721ERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (wrapped721 *Wrapped721) UnpackERC721NonexistentTokenError(raw []byte) (*Wrapped721ERC721NonexistentToken, error) {
	out := new(Wrapped721ERC721NonexistentToken)
	if err := wrapped721.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721NotBridge represents a NotBridge error raised by the Wrapped721 contract.
type Wrapped721NotBridge struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBridge(address caller)
func Wrapped721NotBridgeErrorID() common.Hash {
	return common.HexToHash("0xf91b419eec7695fa42b5ad5608bd2123ca602e47c2af990b92c08729cdb5d69e")
}

// UnpackNotBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBridge(address caller)
func (wrapped721 *Wrapped721) UnpackNotBridgeError(raw []byte) (*Wrapped721NotBridge, error) {
	out := new(Wrapped721NotBridge)
	if err := wrapped721.abi.UnpackIntoInterface(out, "NotBridge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721RecordNotWritten represents a RecordNotWritten error raised by the Wrapped721 contract.
type Wrapped721RecordNotWritten struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordNotWritten()
func Wrapped721RecordNotWrittenErrorID() common.Hash {
	return common.HexToHash("0x3e039f6822b9c7103c9db9625e741ca41ac5be3e823163f53456a78fd54eeeb9")
}

// UnpackRecordNotWrittenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordNotWritten()
func (wrapped721 *Wrapped721) UnpackRecordNotWrittenError(raw []byte) (*Wrapped721RecordNotWritten, error) {
	out := new(Wrapped721RecordNotWritten)
	if err := wrapped721.abi.UnpackIntoInterface(out, "RecordNotWritten", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721RecordTooLarge represents a RecordTooLarge error raised by the Wrapped721 contract.
type Wrapped721RecordTooLarge struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordTooLarge(uint256 id)
func Wrapped721RecordTooLargeErrorID() common.Hash {
	return common.HexToHash("0xae960171c4df991a040a5bd462323e5a1d5469c404f58ab40b63bef65972202e")
}

// UnpackRecordTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordTooLarge(uint256 id)
func (wrapped721 *Wrapped721) UnpackRecordTooLargeError(raw []byte) (*Wrapped721RecordTooLarge, error) {
	out := new(Wrapped721RecordTooLarge)
	if err := wrapped721.abi.UnpackIntoInterface(out, "RecordTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Wrapped721StringsInsufficientHexLength represents a StringsInsufficientHexLength error raised by the Wrapped721 contract.
type Wrapped721StringsInsufficientHexLength struct {
	Value  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func Wrapped721StringsInsufficientHexLengthErrorID() common.Hash {
	return common.HexToHash("0xe22e27eb9593f9947dc34771120a3349dd201c662753f0b60502fc1d8e422233")
}

// UnpackStringsInsufficientHexLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func (wrapped721 *Wrapped721) UnpackStringsInsufficientHexLengthError(raw []byte) (*Wrapped721StringsInsufficientHexLength, error) {
	out := new(Wrapped721StringsInsufficientHexLength)
	if err := wrapped721.abi.UnpackIntoInterface(out, "StringsInsufficientHexLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}
