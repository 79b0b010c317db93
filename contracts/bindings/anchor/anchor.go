// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package anchor

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

// AnchorMetaData contains all meta data concerning the Anchor contract.
var AnchorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"AlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadManifest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MerkleProofInvalidMultiproof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoLeaves\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"leaves\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_MANIFEST_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"leaves\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"anchored\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"leaves\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool[]\",\"name\":\"proofFlags\",\"type\":\"bool[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"multiVerify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"string\",\"name\":\"subject\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"seq\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"verifyVersion\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Anchor",
	Bin: "0x6080604052348015600e575f5ffd5b50610bdf8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80630e89ea55146100645780637e69b3ee1461008c57806394a2021b1461009f578063c2a8119e146100b2578063cdb035d914610131578063f088c6b314610147575b5f5ffd5b6100776100723660046107f3565b61015c565b60405190151581526020015b60405180910390f35b61007761009a3660046108e5565b610260565b6100776100ad3660046109a5565b6102f4565b6100f86100c0366004610a01565b6001600160a01b03919091165f9081526020818152604080832093835292905281902054919082901c90608083901c9060a084901c90565b604080516001600160401b039586168152938516602085015263ffffffff90921691830191909152919091166060820152608001610083565b610139608081565b604051908152602001610083565b61015a610155366004610a29565b610336565b005b5f81158061018857506001600160a01b0389165f908152602081815260408083208b8452909152902054155b1561019457505f610254565b61019f846001610abd565b6101a98784610abd565b146101b557505f610254565b5f805b858110156101ff578686828181106101d2576101d2610ad0565b90506020020160208101906101e79190610ae4565b6101f7576101f482610b0a565b91505b6001016101b8565b50808714610210575f915050610254565b610250888888888d8989808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061048e92505050565b9150505b98975050505050505050565b5f5f868686868660405160200161027b959493929190610b4a565b60408051601f198184030181528282528051602091820120908301520160408051601f1981840301815291815281516020928301206001600160a01b038e165f9081528084528281208e8252909352912054909150158015906102e557506102e589898c846104a9565b9b9a5050505050505050505050565b6001600160a01b0385165f908152602081815260408083208784529091528120541580159061032a575061032a848487856104a9565b90505b95945050505050565b846103545760405163b263ae7360e01b815260040160405180910390fd5b8263ffffffff165f0361037a57604051635d761ecd60e11b815260040160405180910390fd5b8015806103875750608081115b156103ad57604051638605920160e01b8152600481018290526024015b60405180910390fd5b335f908152602081815260408083208884529182905290912054156103ee576040516301bda8d160e01b8152336004820152602481018790526044016103a4565b60a0856001600160401b0316901b60808563ffffffff16901b6040426001600160401b0316901b436001600160401b0316171717815f8881526020019081526020015f208190555085856001600160401b0316336001600160a01b03167fc53357d7d15ee3e6258e402985e88b08e87b5268cb3dc6baca2474e8b0d78fbd87878760405161047e93929190610b76565b60405180910390a4505050505050565b5f8261049d88888888876104c0565b14979650505050505050565b5f826104b686868561071f565b1495945050505050565b80515f90836104d0816001610abd565b6104da8884610abd565b146104f857604051631a8a024960e11b815260040160405180910390fd5b80156106d4575f816001600160401b0381111561051757610517610b95565b604051908082528060200260200182016040528015610540578160200160208202803683370190505b5090505f8080805b85811015610689575f87851061058257858461056381610b0a565b95508151811061057557610575610ad0565b60200260200101516105a8565b898561058d81610b0a565b96508151811061059f5761059f610ad0565b60200260200101515b90505f8c8c848181106105bd576105bd610ad0565b90506020020160208101906105d29190610ae4565b6105ff578e8e856105e281610b0a565b96508181106105f3576105f3610ad0565b90506020020135610656565b88861061063057868561061181610b0a565b96508151811061062357610623610ad0565b6020026020010151610656565b8a8661063b81610b0a565b97508151811061064d5761064d610ad0565b60200260200101515b90506106628282610760565b87848151811061067457610674610ad0565b60209081029190910101525050600101610548565b50808b146106aa57604051631a8a024960e11b815260040160405180910390fd5b8360018603815181106106bf576106bf610ad0565b6020026020010151965050505050505061032d565b81156106fd57835f815181106106ec576106ec610ad0565b60200260200101519250505061032d565b87875f81811061070f5761070f610ad0565b905060200201359250505061032d565b5f81815b848110156107575761074d8287878481811061074157610741610ad0565b90506020020135610760565b9150600101610723565b50949350505050565b5f81831061077a575f828152602084905260409020610788565b5f8381526020839052604090205b90505b92915050565b80356001600160a01b03811681146107a7575f5ffd5b919050565b5f5f83601f8401126107bc575f5ffd5b5081356001600160401b038111156107d2575f5ffd5b6020830191508360208260051b85010111156107ec575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f60a0898b03121561080a575f5ffd5b61081389610791565b97506020890135965060408901356001600160401b03811115610834575f5ffd5b6108408b828c016107ac565b90975095505060608901356001600160401b0381111561085e575f5ffd5b61086a8b828c016107ac565b90955093505060808901356001600160401b03811115610888575f5ffd5b6108948b828c016107ac565b999c989b5096995094979396929594505050565b5f5f83601f8401126108b8575f5ffd5b5081356001600160401b038111156108ce575f5ffd5b6020830191508360208285010111156107ec575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c0312156108fd575f5ffd5b6109068a610791565b985060208a0135975060408a01356001600160401b03811115610927575f5ffd5b6109338c828d016107ac565b90985096505060608a01356001600160401b03811115610951575f5ffd5b61095d8c828d016108a8565b90965094505060808a0135925060a08a01356001600160401b03811115610982575f5ffd5b61098e8c828d016108a8565b915080935050809150509295985092959850929598565b5f5f5f5f5f608086880312156109b9575f5ffd5b6109c286610791565b94506020860135935060408601356001600160401b038111156109e3575f5ffd5b6109ef888289016107ac565b96999598509660600135949350505050565b5f5f60408385031215610a12575f5ffd5b610a1b83610791565b946020939093013593505050565b5f5f5f5f5f60808688031215610a3d575f5ffd5b8535945060208601356001600160401b0381168114610a5a575f5ffd5b9350604086013563ffffffff81168114610a72575f5ffd5b925060608601356001600160401b03811115610a8c575f5ffd5b610a98888289016108a8565b969995985093965092949392505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561078b5761078b610aa9565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610af4575f5ffd5b81358015158114610b03575f5ffd5b9392505050565b5f60018201610b1b57610b1b610aa9565b5060010190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f610b5d606083018789610b22565b8560208401528281036040840152610254818587610b22565b63ffffffff84168152604060208201525f61032d604083018486610b22565b634e487b7160e01b5f52604160045260245ffdfea264697066735822122077185d04c015fef6366d75c8be63e82b37e223f07b018acd2554617cb39a656564736f6c63430008250033",
}

// Anchor is an auto generated Go binding around an Ethereum contract.
type Anchor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Anchor) GetABI() abi.ABI {
	return c.abi
}

// NewAnchor creates a new instance of Anchor.
func NewAnchor() *Anchor {
	parsed, err := AnchorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Anchor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Anchor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXMANIFESTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdb035d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MANIFEST_BYTES() view returns(uint256)
func (anchor *Anchor) PackMAXMANIFESTBYTES() []byte {
	enc, err := anchor.abi.Pack("MAX_MANIFEST_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMANIFESTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdb035d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MANIFEST_BYTES() view returns(uint256)
func (anchor *Anchor) TryPackMAXMANIFESTBYTES() ([]byte, error) {
	return anchor.abi.Pack("MAX_MANIFEST_BYTES")
}

// UnpackMAXMANIFESTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdb035d9.
//
// Solidity: function MAX_MANIFEST_BYTES() view returns(uint256)
func (anchor *Anchor) UnpackMAXMANIFESTBYTES(data []byte) (*big.Int, error) {
	out, err := anchor.abi.Unpack("MAX_MANIFEST_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf088c6b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(bytes32 root, uint64 batch, uint32 leaves, bytes manifest) returns()
func (anchor *Anchor) PackAnchor(root [32]byte, batch uint64, leaves uint32, manifest []byte) []byte {
	enc, err := anchor.abi.Pack("anchor", root, batch, leaves, manifest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf088c6b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(bytes32 root, uint64 batch, uint32 leaves, bytes manifest) returns()
func (anchor *Anchor) TryPackAnchor(root [32]byte, batch uint64, leaves uint32, manifest []byte) ([]byte, error) {
	return anchor.abi.Pack("anchor", root, batch, leaves, manifest)
}

// PackAnchored is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2a8119e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchored(address anchorer, bytes32 root) view returns(uint64 blockNumber, uint64 timestamp, uint32 leaves, uint64 batch)
func (anchor *Anchor) PackAnchored(anchorer common.Address, root [32]byte) []byte {
	enc, err := anchor.abi.Pack("anchored", anchorer, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchored is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2a8119e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchored(address anchorer, bytes32 root) view returns(uint64 blockNumber, uint64 timestamp, uint32 leaves, uint64 batch)
func (anchor *Anchor) TryPackAnchored(anchorer common.Address, root [32]byte) ([]byte, error) {
	return anchor.abi.Pack("anchored", anchorer, root)
}

// AnchoredOutput serves as a container for the return parameters of contract
// method Anchored.
type AnchoredOutput struct {
	BlockNumber uint64
	Timestamp   uint64
	Leaves      uint32
	Batch       uint64
}

// UnpackAnchored is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2a8119e.
//
// Solidity: function anchored(address anchorer, bytes32 root) view returns(uint64 blockNumber, uint64 timestamp, uint32 leaves, uint64 batch)
func (anchor *Anchor) UnpackAnchored(data []byte) (AnchoredOutput, error) {
	out, err := anchor.abi.Unpack("anchored", data)
	outstruct := new(AnchoredOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BlockNumber = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Leaves = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Batch = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackMultiVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89ea55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function multiVerify(address anchorer, bytes32 root, bytes32[] proof, bool[] proofFlags, bytes32[] leaves) view returns(bool)
func (anchor *Anchor) PackMultiVerify(anchorer common.Address, root [32]byte, proof [][32]byte, proofFlags []bool, leaves [][32]byte) []byte {
	enc, err := anchor.abi.Pack("multiVerify", anchorer, root, proof, proofFlags, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMultiVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89ea55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function multiVerify(address anchorer, bytes32 root, bytes32[] proof, bool[] proofFlags, bytes32[] leaves) view returns(bool)
func (anchor *Anchor) TryPackMultiVerify(anchorer common.Address, root [32]byte, proof [][32]byte, proofFlags []bool, leaves [][32]byte) ([]byte, error) {
	return anchor.abi.Pack("multiVerify", anchorer, root, proof, proofFlags, leaves)
}

// UnpackMultiVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89ea55.
//
// Solidity: function multiVerify(address anchorer, bytes32 root, bytes32[] proof, bool[] proofFlags, bytes32[] leaves) view returns(bool)
func (anchor *Anchor) UnpackMultiVerify(data []byte) (bool, error) {
	out, err := anchor.abi.Unpack("multiVerify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94a2021b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(address anchorer, bytes32 root, bytes32[] proof, bytes32 leaf) view returns(bool)
func (anchor *Anchor) PackVerify(anchorer common.Address, root [32]byte, proof [][32]byte, leaf [32]byte) []byte {
	enc, err := anchor.abi.Pack("verify", anchorer, root, proof, leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94a2021b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(address anchorer, bytes32 root, bytes32[] proof, bytes32 leaf) view returns(bool)
func (anchor *Anchor) TryPackVerify(anchorer common.Address, root [32]byte, proof [][32]byte, leaf [32]byte) ([]byte, error) {
	return anchor.abi.Pack("verify", anchorer, root, proof, leaf)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94a2021b.
//
// Solidity: function verify(address anchorer, bytes32 root, bytes32[] proof, bytes32 leaf) view returns(bool)
func (anchor *Anchor) UnpackVerify(data []byte) (bool, error) {
	out, err := anchor.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e69b3ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyVersion(address anchorer, bytes32 root, bytes32[] proof, string subject, uint256 seq, bytes cid) view returns(bool)
func (anchor *Anchor) PackVerifyVersion(anchorer common.Address, root [32]byte, proof [][32]byte, subject string, seq *big.Int, cid []byte) []byte {
	enc, err := anchor.abi.Pack("verifyVersion", anchorer, root, proof, subject, seq, cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e69b3ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyVersion(address anchorer, bytes32 root, bytes32[] proof, string subject, uint256 seq, bytes cid) view returns(bool)
func (anchor *Anchor) TryPackVerifyVersion(anchorer common.Address, root [32]byte, proof [][32]byte, subject string, seq *big.Int, cid []byte) ([]byte, error) {
	return anchor.abi.Pack("verifyVersion", anchorer, root, proof, subject, seq, cid)
}

// UnpackVerifyVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e69b3ee.
//
// Solidity: function verifyVersion(address anchorer, bytes32 root, bytes32[] proof, string subject, uint256 seq, bytes cid) view returns(bool)
func (anchor *Anchor) UnpackVerifyVersion(data []byte) (bool, error) {
	out, err := anchor.abi.Unpack("verifyVersion", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// AnchorAnchored represents a Anchored event raised by the Anchor contract.
type AnchorAnchored struct {
	Anchorer common.Address
	Batch    uint64
	Root     [32]byte
	Leaves   uint32
	Manifest []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const AnchorAnchoredEventName = "Anchored"

// ContractEventName returns the user-defined event name.
func (AnchorAnchored) ContractEventName() string {
	return AnchorAnchoredEventName
}

// UnpackAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Anchored(address indexed anchorer, uint64 indexed batch, bytes32 indexed root, uint32 leaves, bytes manifest)
func (anchor *Anchor) UnpackAnchoredEvent(log *types.Log) (*AnchorAnchored, error) {
	event := "Anchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorAnchored)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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
func (anchor *Anchor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], anchor.abi.Errors["AlreadyAnchored"].ID.Bytes()[:4]) {
		return anchor.UnpackAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["BadManifest"].ID.Bytes()[:4]) {
		return anchor.UnpackBadManifestError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["MerkleProofInvalidMultiproof"].ID.Bytes()[:4]) {
		return anchor.UnpackMerkleProofInvalidMultiproofError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["NoLeaves"].ID.Bytes()[:4]) {
		return anchor.UnpackNoLeavesError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return anchor.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AnchorAlreadyAnchored represents a AlreadyAnchored error raised by the Anchor contract.
type AnchorAlreadyAnchored struct {
	Anchorer common.Address
	Root     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAnchored(address anchorer, bytes32 root)
func AnchorAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x01bda8d1fa918c844d791a48a1da9ad868a3e75b608c2dc87a7258ac942b5800")
}

// UnpackAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAnchored(address anchorer, bytes32 root)
func (anchor *Anchor) UnpackAlreadyAnchoredError(raw []byte) (*AnchorAlreadyAnchored, error) {
	out := new(AnchorAlreadyAnchored)
	if err := anchor.abi.UnpackIntoInterface(out, "AlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorBadManifest represents a BadManifest error raised by the Anchor contract.
type AnchorBadManifest struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadManifest(uint256 length)
func AnchorBadManifestErrorID() common.Hash {
	return common.HexToHash("0x860592013872577f15c797519e08d510130b5556af5815d9303ddf876b3995e0")
}

// UnpackBadManifestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadManifest(uint256 length)
func (anchor *Anchor) UnpackBadManifestError(raw []byte) (*AnchorBadManifest, error) {
	out := new(AnchorBadManifest)
	if err := anchor.abi.UnpackIntoInterface(out, "BadManifest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorMerkleProofInvalidMultiproof represents a MerkleProofInvalidMultiproof error raised by the Anchor contract.
type AnchorMerkleProofInvalidMultiproof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MerkleProofInvalidMultiproof()
func AnchorMerkleProofInvalidMultiproofErrorID() common.Hash {
	return common.HexToHash("0x351404920163d662c9e55a2ededa2a037e643758bbfddef8b612fa4d17ed11ea")
}

// UnpackMerkleProofInvalidMultiproofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MerkleProofInvalidMultiproof()
func (anchor *Anchor) UnpackMerkleProofInvalidMultiproofError(raw []byte) (*AnchorMerkleProofInvalidMultiproof, error) {
	out := new(AnchorMerkleProofInvalidMultiproof)
	if err := anchor.abi.UnpackIntoInterface(out, "MerkleProofInvalidMultiproof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorNoLeaves represents a NoLeaves error raised by the Anchor contract.
type AnchorNoLeaves struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoLeaves()
func AnchorNoLeavesErrorID() common.Hash {
	return common.HexToHash("0xbaec3d9a8f34880fa9c213e8873050be1b7ec2e7667573c9c8550074abaec845")
}

// UnpackNoLeavesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoLeaves()
func (anchor *Anchor) UnpackNoLeavesError(raw []byte) (*AnchorNoLeaves, error) {
	out := new(AnchorNoLeaves)
	if err := anchor.abi.UnpackIntoInterface(out, "NoLeaves", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorZeroRoot represents a ZeroRoot error raised by the Anchor contract.
type AnchorZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func AnchorZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (anchor *Anchor) UnpackZeroRootError(raw []byte) (*AnchorZeroRoot, error) {
	out := new(AnchorZeroRoot)
	if err := anchor.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
