// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package baselineeventanchor

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

// BaselineEventAnchorMetaData contains all meta data concerning the BaselineEventAnchor contract.
var BaselineEventAnchorMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BaselineEventAnchor",
	Bin: "0x6080604052348015600e575f5ffd5b506101668061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063bfda587a1461002d575b5f5ffd5b61004061003b36600461008b565b610042565b005b82336001600160a01b03167f8fceab7ac1d1542f1c820e270378e117f1de5e5002d3620c47f310e7f97e2a78848460405161007e929190610102565b60405180910390a3505050565b5f5f5f6040848603121561009d575f5ffd5b83359250602084013567ffffffffffffffff8111156100ba575f5ffd5b8401601f810186136100ca575f5ffd5b803567ffffffffffffffff8111156100e0575f5ffd5b8660208284010111156100f1575f5ffd5b939660209190910195509293505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f1916010191905056fea2646970667358221220209b01643f44093a1f53d8b04d25e2fbd0b28541f4a8a2d29d7c89c6df89d88364736f6c63430008250033",
}

// BaselineEventAnchor is an auto generated Go binding around an Ethereum contract.
type BaselineEventAnchor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BaselineEventAnchor) GetABI() abi.ABI {
	return c.abi
}

// NewBaselineEventAnchor creates a new instance of BaselineEventAnchor.
func NewBaselineEventAnchor() *BaselineEventAnchor {
	parsed, err := BaselineEventAnchorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BaselineEventAnchor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BaselineEventAnchor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfda587a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(bytes32 root, bytes manifest) returns()
func (baselineEventAnchor *BaselineEventAnchor) PackAnchor(root [32]byte, manifest []byte) []byte {
	enc, err := baselineEventAnchor.abi.Pack("anchor", root, manifest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfda587a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(bytes32 root, bytes manifest) returns()
func (baselineEventAnchor *BaselineEventAnchor) TryPackAnchor(root [32]byte, manifest []byte) ([]byte, error) {
	return baselineEventAnchor.abi.Pack("anchor", root, manifest)
}

// BaselineEventAnchorAnchored represents a Anchored event raised by the BaselineEventAnchor contract.
type BaselineEventAnchorAnchored struct {
	Anchorer common.Address
	Root     [32]byte
	Manifest []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const BaselineEventAnchorAnchoredEventName = "Anchored"

// ContractEventName returns the user-defined event name.
func (BaselineEventAnchorAnchored) ContractEventName() string {
	return BaselineEventAnchorAnchoredEventName
}

// UnpackAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Anchored(address indexed anchorer, bytes32 indexed root, bytes manifest)
func (baselineEventAnchor *BaselineEventAnchor) UnpackAnchoredEvent(log *types.Log) (*BaselineEventAnchorAnchored, error) {
	event := "Anchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baselineEventAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BaselineEventAnchorAnchored)
	if len(log.Data) > 0 {
		if err := baselineEventAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baselineEventAnchor.abi.Events[event].Inputs {
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
