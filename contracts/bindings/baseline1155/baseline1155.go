// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package baseline1155

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

// Baseline1155MetaData contains all meta data concerning the Baseline1155 contract.
var Baseline1155MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"mintBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Baseline1155",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060800160405280604c8152602001611464604c913961003281610038565b506101a9565b600261004482826100eb565b5050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061007057607f821691505b60208210810361008e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156100e657828211156100e657805f5260205f20601f840160051c60208510156100bf57505f5b90810190601f840160051c035f5b818110156100e2575f838201556001016100cd565b5050505b505050565b81516001600160401b0381111561010457610104610048565b61011881610112845461005c565b84610094565b6020601f82116001811461014a575f83156101335750848201515b5f19600385901b1c1916600184901b1784556101a2565b5f84815260208120601f198516915b828110156101795787850151825560209485019460019092019101610159565b508482101561019657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6112ae806101b65f395ff3fe608060405234801561000f575f5ffd5b506004361061009a575f3560e01c80634e1273f4116100635780634e1273f41461012f578063a22cb4651461014f578063d81d0a1514610162578063e985e9c514610175578063f242432a146101b0575f5ffd5b8062fdd58e1461009e57806301ffc9a7146100c45780630e89341c146100e7578063156e29f6146101075780632eb2c2d61461011c575b5f5ffd5b6100b16100ac366004610bc5565b6101c3565b6040519081526020015b60405180910390f35b6100d76100d2366004610c05565b6101ea565b60405190151581526020016100bb565b6100fa6100f5366004610c27565b610239565b6040516100bb9190610c6c565b61011a610115366004610c7e565b6102cb565b005b61011a61012a366004610de9565b6102ea565b61014261013d366004610e95565b610309565b6040516100bb9190610f90565b61011a61015d366004610fa2565b6103d8565b61011a610170366004611022565b6103e7565b6100d76101833660046110a0565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205460ff1690565b61011a6101be3660046110d1565b610461565b5f818152602081815260408083206001600160a01b03861684529091529020545b92915050565b5f6001600160e01b03198216636cdb3d1360e11b148061021a57506001600160e01b031982166303a24d0760e21b145b806101e457506301ffc9a760e01b6001600160e01b03198316146101e4565b60606002805461024890611124565b80601f016020809104026020016040519081016040528092919081815260200182805461027490611124565b80156102bf5780601f10610296576101008083540402835291602001916102bf565b820191905f5260205f20905b8154815290600101906020018083116102a257829003601f168201915b50505050509050919050565b6102e583838360405180602001604052805f815250610477565b505050565b6102f5335b866104db565b6103028585858585610553565b5050505050565b6060815183511461033f5781518351604051635b05999160e01b8152600481019290925260248201526044015b60405180910390fd5b5f83516001600160401b0381111561035957610359610cae565b604051908082528060200260200182016040528015610382578160200160208202803683370190505b5090505f5b84518110156103d0576020808202860101516103ab906020808402870101516101c3565b8282815181106103bd576103bd61115c565b6020908102919091010152600101610387565b509392505050565b6103e33383836105b3565b5050565b610302858585808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250506040805160208089028281018201909352888252909350889250879182918501908490808284375f92018290525060408051602081019091529081529250610670915050565b61046a336102ef565b61030285858585856106ae565b6001600160a01b0384166104a057604051632bfa23e760e11b81525f6004820152602401610336565b604080516001808252602082018690528183019081526060820185905260808201909252906104d35f878484878461073b565b505050505050565b816001600160a01b0316816001600160a01b03161415801561052257506001600160a01b038082165f9081526001602090815260408083209386168352929052205460ff16155b156103e35760405163711bec9160e11b81526001600160a01b03808416600483015282166024820152604401610336565b6001600160a01b03841661057c57604051632bfa23e760e11b81525f6004820152602401610336565b6001600160a01b0385166105a457604051626a0d4560e21b81525f6004820152602401610336565b6103028585858585600161073b565b6001600160a01b0383166105dc57604051631f18c42760e11b81525f6004820152602401610336565b6001600160a01b0382166106045760405162ced3e160e81b81525f6004820152602401610336565b6001600160a01b038381165f81815260016020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b03841661069957604051632bfa23e760e11b81525f6004820152602401610336565b6106a85f85858585600161073b565b50505050565b6001600160a01b0384166106d757604051632bfa23e760e11b81525f6004820152602401610336565b6001600160a01b0385166106ff57604051626a0d4560e21b81525f6004820152602401610336565b6040805160018082526020820186905281830190815260608201859052608082019092529061073287878484875f61073b565b50505050505050565b61074786868686610793565b6001600160a01b038516156104d3573381156107705761076b8188888888886109a2565b610732565b60208581015190850151610788838a8a85858a610ac3565b505050505050505050565b80518251146107c25781518151604051635b05999160e01b815260048101929092526024820152604401610336565b335f5b83518110156108c4576020818102858101820151908501909101516001600160a01b03881615610876575f828152602081815260408083206001600160a01b038c16845290915290205481811015610850576040516303dee4c560e01b81526001600160a01b038a166004820152602481018290526044810183905260648101849052608401610336565b5f838152602081815260408083206001600160a01b038d16845290915290209082900390555b6001600160a01b038716156108ba575f828152602081815260408083206001600160a01b038b168452909152812080548392906108b4908490611170565b90915550505b50506001016107c5565b5082516001036109445760208301515f906020840151909150856001600160a01b0316876001600160a01b0316846001600160a01b03167fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f628585604051610935929190918252602082015260400190565b60405180910390a45050610302565b836001600160a01b0316856001600160a01b0316826001600160a01b03167f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb868660405161099392919061118f565b60405180910390a45050505050565b6001600160a01b0384163b156104d35760405163bc197c8160e01b81526001600160a01b0385169063bc197c81906109e690899089908890889088906004016111bc565b6020604051808303815f875af1925050508015610a20575060408051601f3d908101601f19168201909252610a1d91810190611219565b60015b610a87573d808015610a4d576040519150601f19603f3d011682016040523d82523d5f602084013e610a52565b606091505b5080515f03610a7f57604051632bfa23e760e11b81526001600160a01b0386166004820152602401610336565b805160208201fd5b6001600160e01b0319811663bc197c8160e01b1461073257604051632bfa23e760e11b81526001600160a01b0386166004820152602401610336565b6001600160a01b0384163b156104d35760405163f23a6e6160e01b81526001600160a01b0385169063f23a6e6190610b079089908990889088908890600401611234565b6020604051808303815f875af1925050508015610b41575060408051601f3d908101601f19168201909252610b3e91810190611219565b60015b610b6e573d808015610a4d576040519150601f19603f3d011682016040523d82523d5f602084013e610a52565b6001600160e01b0319811663f23a6e6160e01b1461073257604051632bfa23e760e11b81526001600160a01b0386166004820152602401610336565b80356001600160a01b0381168114610bc0575f5ffd5b919050565b5f5f60408385031215610bd6575f5ffd5b610bdf83610baa565b946020939093013593505050565b6001600160e01b031981168114610c02575f5ffd5b50565b5f60208284031215610c15575f5ffd5b8135610c2081610bed565b9392505050565b5f60208284031215610c37575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610c206020830184610c3e565b5f5f5f60608486031215610c90575f5ffd5b610c9984610baa565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610cea57610cea610cae565b604052919050565b5f6001600160401b03821115610d0a57610d0a610cae565b5060051b60200190565b5f82601f830112610d23575f5ffd5b8135610d36610d3182610cf2565b610cc2565b8082825260208201915060208360051b860101925085831115610d57575f5ffd5b602085015b83811015610d74578035835260209283019201610d5c565b5095945050505050565b5f82601f830112610d8d575f5ffd5b81356001600160401b03811115610da657610da6610cae565b610db9601f8201601f1916602001610cc2565b818152846020838601011115610dcd575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f60a08688031215610dfd575f5ffd5b610e0686610baa565b9450610e1460208701610baa565b935060408601356001600160401b03811115610e2e575f5ffd5b610e3a88828901610d14565b93505060608601356001600160401b03811115610e55575f5ffd5b610e6188828901610d14565b92505060808601356001600160401b03811115610e7c575f5ffd5b610e8888828901610d7e565b9150509295509295909350565b5f5f60408385031215610ea6575f5ffd5b82356001600160401b03811115610ebb575f5ffd5b8301601f81018513610ecb575f5ffd5b8035610ed9610d3182610cf2565b8082825260208201915060208360051b850101925087831115610efa575f5ffd5b6020840193505b82841015610f2357610f1284610baa565b825260209384019390910190610f01565b945050505060208301356001600160401b03811115610f40575f5ffd5b610f4c85828601610d14565b9150509250929050565b5f8151808452602084019350602083015f5b82811015610f86578151865260209586019590910190600101610f68565b5093949350505050565b602081525f610c206020830184610f56565b5f5f60408385031215610fb3575f5ffd5b610fbc83610baa565b915060208301358015158114610fd0575f5ffd5b809150509250929050565b5f5f83601f840112610feb575f5ffd5b5081356001600160401b03811115611001575f5ffd5b6020830191508360208260051b850101111561101b575f5ffd5b9250929050565b5f5f5f5f5f60608688031215611036575f5ffd5b61103f86610baa565b945060208601356001600160401b03811115611059575f5ffd5b61106588828901610fdb565b90955093505060408601356001600160401b03811115611083575f5ffd5b61108f88828901610fdb565b969995985093965092949392505050565b5f5f604083850312156110b1575f5ffd5b6110ba83610baa565b91506110c860208401610baa565b90509250929050565b5f5f5f5f5f60a086880312156110e5575f5ffd5b6110ee86610baa565b94506110fc60208701610baa565b9350604086013592506060860135915060808601356001600160401b03811115610e7c575f5ffd5b600181811c9082168061113857607f821691505b60208210810361115657634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b808201808211156101e457634e487b7160e01b5f52601160045260245ffd5b604081525f6111a16040830185610f56565b82810360208401526111b38185610f56565b95945050505050565b6001600160a01b0386811682528516602082015260a0604082018190525f906111e790830186610f56565b82810360608401526111f98186610f56565b9050828103608084015261120d8185610c3e565b98975050505050505050565b5f60208284031215611229575f5ffd5b8151610c2081610bed565b6001600160a01b03868116825285166020820152604081018490526060810183905260a0608082018190525f9061126d90830184610c3e565b97965050505050505056fea26469706673582212200125af62f3a9745924794720627d8761c4c2016a6713859da2d458c18dca8cd364736f6c63430008250033697066733a2f2f62616679626569676479727a74357366703775646d37687537367568377932366e6633656675796c71616266336f636c67747179353566627a64692f7b69647d2e6a736f6e",
}

// Baseline1155 is an auto generated Go binding around an Ethereum contract.
type Baseline1155 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Baseline1155) GetABI() abi.ABI {
	return c.abi
}

// NewBaseline1155 creates a new instance of Baseline1155.
func NewBaseline1155() *Baseline1155 {
	parsed, err := Baseline1155MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Baseline1155{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Baseline1155) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (baseline1155 *Baseline1155) PackBalanceOf(account common.Address, id *big.Int) []byte {
	enc, err := baseline1155.abi.Pack("balanceOf", account, id)
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
func (baseline1155 *Baseline1155) TryPackBalanceOf(account common.Address, id *big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("balanceOf", account, id)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (baseline1155 *Baseline1155) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := baseline1155.abi.Unpack("balanceOf", data)
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
func (baseline1155 *Baseline1155) PackBalanceOfBatch(accounts []common.Address, ids []*big.Int) []byte {
	enc, err := baseline1155.abi.Pack("balanceOfBatch", accounts, ids)
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
func (baseline1155 *Baseline1155) TryPackBalanceOfBatch(accounts []common.Address, ids []*big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("balanceOfBatch", accounts, ids)
}

// UnpackBalanceOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1273f4.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (baseline1155 *Baseline1155) UnpackBalanceOfBatch(data []byte) ([]*big.Int, error) {
	out, err := baseline1155.abi.Unpack("balanceOfBatch", data)
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
func (baseline1155 *Baseline1155) PackIsApprovedForAll(account common.Address, operator common.Address) []byte {
	enc, err := baseline1155.abi.Pack("isApprovedForAll", account, operator)
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
func (baseline1155 *Baseline1155) TryPackIsApprovedForAll(account common.Address, operator common.Address) ([]byte, error) {
	return baseline1155.abi.Pack("isApprovedForAll", account, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (baseline1155 *Baseline1155) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := baseline1155.abi.Unpack("isApprovedForAll", data)
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
func (baseline1155 *Baseline1155) PackMint(to common.Address, id *big.Int, amount *big.Int) []byte {
	enc, err := baseline1155.abi.Pack("mint", to, id, amount)
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
func (baseline1155 *Baseline1155) TryPackMint(to common.Address, id *big.Int, amount *big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("mint", to, id, amount)
}

// PackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd81d0a15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintBatch(address to, uint256[] ids, uint256[] amounts) returns()
func (baseline1155 *Baseline1155) PackMintBatch(to common.Address, ids []*big.Int, amounts []*big.Int) []byte {
	enc, err := baseline1155.abi.Pack("mintBatch", to, ids, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd81d0a15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintBatch(address to, uint256[] ids, uint256[] amounts) returns()
func (baseline1155 *Baseline1155) TryPackMintBatch(to common.Address, ids []*big.Int, amounts []*big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("mintBatch", to, ids, amounts)
}

// PackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (baseline1155 *Baseline1155) PackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := baseline1155.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
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
func (baseline1155 *Baseline1155) TryPackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return baseline1155.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (baseline1155 *Baseline1155) PackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := baseline1155.abi.Pack("safeTransferFrom", from, to, id, value, data)
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
func (baseline1155 *Baseline1155) TryPackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return baseline1155.abi.Pack("safeTransferFrom", from, to, id, value, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (baseline1155 *Baseline1155) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := baseline1155.abi.Pack("setApprovalForAll", operator, approved)
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
func (baseline1155 *Baseline1155) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return baseline1155.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (baseline1155 *Baseline1155) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := baseline1155.abi.Pack("supportsInterface", interfaceId)
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
func (baseline1155 *Baseline1155) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return baseline1155.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (baseline1155 *Baseline1155) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := baseline1155.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 ) view returns(string)
func (baseline1155 *Baseline1155) PackUri(arg0 *big.Int) []byte {
	enc, err := baseline1155.abi.Pack("uri", arg0)
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
func (baseline1155 *Baseline1155) TryPackUri(arg0 *big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("uri", arg0)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 ) view returns(string)
func (baseline1155 *Baseline1155) UnpackUri(data []byte) (string, error) {
	out, err := baseline1155.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// Baseline1155ApprovalForAll represents a ApprovalForAll event raised by the Baseline1155 contract.
type Baseline1155ApprovalForAll struct {
	Account  common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const Baseline1155ApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (Baseline1155ApprovalForAll) ContractEventName() string {
	return Baseline1155ApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed account, address indexed operator, bool approved)
func (baseline1155 *Baseline1155) UnpackApprovalForAllEvent(log *types.Log) (*Baseline1155ApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline1155ApprovalForAll)
	if len(log.Data) > 0 {
		if err := baseline1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline1155.abi.Events[event].Inputs {
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

// Baseline1155TransferBatch represents a TransferBatch event raised by the Baseline1155 contract.
type Baseline1155TransferBatch struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Ids      []*big.Int
	Values   []*big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const Baseline1155TransferBatchEventName = "TransferBatch"

// ContractEventName returns the user-defined event name.
func (Baseline1155TransferBatch) ContractEventName() string {
	return Baseline1155TransferBatchEventName
}

// UnpackTransferBatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)
func (baseline1155 *Baseline1155) UnpackTransferBatchEvent(log *types.Log) (*Baseline1155TransferBatch, error) {
	event := "TransferBatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline1155TransferBatch)
	if len(log.Data) > 0 {
		if err := baseline1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline1155.abi.Events[event].Inputs {
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

// Baseline1155TransferSingle represents a TransferSingle event raised by the Baseline1155 contract.
type Baseline1155TransferSingle struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Id       *big.Int
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const Baseline1155TransferSingleEventName = "TransferSingle"

// ContractEventName returns the user-defined event name.
func (Baseline1155TransferSingle) ContractEventName() string {
	return Baseline1155TransferSingleEventName
}

// UnpackTransferSingleEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)
func (baseline1155 *Baseline1155) UnpackTransferSingleEvent(log *types.Log) (*Baseline1155TransferSingle, error) {
	event := "TransferSingle"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline1155TransferSingle)
	if len(log.Data) > 0 {
		if err := baseline1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline1155.abi.Events[event].Inputs {
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

// Baseline1155URI represents a URI event raised by the Baseline1155 contract.
type Baseline1155URI struct {
	Value string
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const Baseline1155URIEventName = "URI"

// ContractEventName returns the user-defined event name.
func (Baseline1155URI) ContractEventName() string {
	return Baseline1155URIEventName
}

// UnpackURIEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URI(string value, uint256 indexed id)
func (baseline1155 *Baseline1155) UnpackURIEvent(log *types.Log) (*Baseline1155URI, error) {
	event := "URI"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline1155URI)
	if len(log.Data) > 0 {
		if err := baseline1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline1155.abi.Events[event].Inputs {
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
func (baseline1155 *Baseline1155) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InsufficientBalance"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidApprover"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidArrayLength"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidArrayLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidOperator"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidReceiver"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidSender"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155MissingApprovalForAll"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155MissingApprovalForAllError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Baseline1155ERC1155InsufficientBalance represents a ERC1155InsufficientBalance error raised by the Baseline1155 contract.
type Baseline1155ERC1155InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func Baseline1155ERC1155InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x03dee4c573c982787b5f3537d6323ffaca9d864448aa6bd828ada9e5d0837036")
}

// UnpackERC1155InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func (baseline1155 *Baseline1155) UnpackERC1155InsufficientBalanceError(raw []byte) (*Baseline1155ERC1155InsufficientBalance, error) {
	out := new(Baseline1155ERC1155InsufficientBalance)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidApprover represents a ERC1155InvalidApprover error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func Baseline1155ERC1155InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0x3e31884e33c33ce0039d1905e3c252950ae3b95240f36d4fff81f5ff6752ef99")
}

// UnpackERC1155InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidApproverError(raw []byte) (*Baseline1155ERC1155InvalidApprover, error) {
	out := new(Baseline1155ERC1155InvalidApprover)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidArrayLength represents a ERC1155InvalidArrayLength error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidArrayLength struct {
	IdsLength    *big.Int
	ValuesLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func Baseline1155ERC1155InvalidArrayLengthErrorID() common.Hash {
	return common.HexToHash("0x5b0599913619cfa5633692652638ed25cafcd079c9beae8c251b12c23dcc83f2")
}

// UnpackERC1155InvalidArrayLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidArrayLengthError(raw []byte) (*Baseline1155ERC1155InvalidArrayLength, error) {
	out := new(Baseline1155ERC1155InvalidArrayLength)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidArrayLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidOperator represents a ERC1155InvalidOperator error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func Baseline1155ERC1155InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0xced3e10010b9d2aa24827119d0db4a8feec73aea48b4b3e470d8a9f3ff723569")
}

// UnpackERC1155InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidOperatorError(raw []byte) (*Baseline1155ERC1155InvalidOperator, error) {
	out := new(Baseline1155ERC1155InvalidOperator)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidReceiver represents a ERC1155InvalidReceiver error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func Baseline1155ERC1155InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x57f447ceed621d9e134e26de5772c88799abb7322ce2a87f95dce247d47105c6")
}

// UnpackERC1155InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidReceiverError(raw []byte) (*Baseline1155ERC1155InvalidReceiver, error) {
	out := new(Baseline1155ERC1155InvalidReceiver)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidSender represents a ERC1155InvalidSender error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidSender(address sender)
func Baseline1155ERC1155InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x01a83514e94b34009110b75cac6742ba33bd7c62f18a3616bafea52855d3b175")
}

// UnpackERC1155InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidSender(address sender)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidSenderError(raw []byte) (*Baseline1155ERC1155InvalidSender, error) {
	out := new(Baseline1155ERC1155InvalidSender)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155MissingApprovalForAll represents a ERC1155MissingApprovalForAll error raised by the Baseline1155 contract.
type Baseline1155ERC1155MissingApprovalForAll struct {
	Operator common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func Baseline1155ERC1155MissingApprovalForAllErrorID() common.Hash {
	return common.HexToHash("0xe237d922be9fac42efeaaaffb42cc6b57e0ff95d94a1b74daeff69adc7657754")
}

// UnpackERC1155MissingApprovalForAllError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func (baseline1155 *Baseline1155) UnpackERC1155MissingApprovalForAllError(raw []byte) (*Baseline1155ERC1155MissingApprovalForAll, error) {
	out := new(Baseline1155ERC1155MissingApprovalForAll)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155MissingApprovalForAll", raw); err != nil {
		return nil, err
	}
	return out, nil
}
