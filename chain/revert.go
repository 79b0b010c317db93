package chain

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrReverted is wrapped by every error that reports an EVM revert.
var ErrReverted = errors.New("execution reverted")

// RevertError is a decoded revert: a Solidity custom error with its arguments,
// Error(string), Panic(uint256), or raw data no known ABI explains.
type RevertError struct {
	// Name is the custom error's name ("PlatformAlreadyRegistered"), "Error"
	// for require/revert with a string, "Panic" for assert-style failures, and
	// "" when the data matches no ABI.
	Name string
	// Args are the decoded arguments by name (index "argN" for unnamed ones).
	Args map[string]any
	// Order keeps argument names in ABI order for printing.
	Order []string
	// Data is the raw revert data.
	Data []byte
}

var (
	errorStringSelector = []byte{0x08, 0xc3, 0x79, 0xa0}
	panicSelector       = []byte{0x4e, 0x48, 0x7b, 0x71}
	panicReasons        = map[uint64]string{
		0x01: "assertion failed", 0x11: "arithmetic overflow or underflow", 0x12: "division by zero",
		0x21: "invalid enum value", 0x22: "corrupt storage byte array", 0x31: "pop on empty array",
		0x32: "array index out of bounds", 0x41: "out of memory", 0x51: "call to uninitialised function",
	}
)

func (e *RevertError) Error() string {
	switch {
	case e.Name == "Error":
		return fmt.Sprintf("%s: %v", ErrReverted, e.Args["reason"])
	case e.Name == "Panic":
		code, _ := e.Args["code"].(*big.Int)
		reason := "unknown panic"
		if code != nil && code.IsUint64() {
			if r, ok := panicReasons[code.Uint64()]; ok {
				reason = r
			}
		}
		return fmt.Sprintf("%s: panic 0x%x (%s)", ErrReverted, code, reason)
	case e.Name != "":
		parts := make([]string, 0, len(e.Order))
		for _, k := range e.Order {
			parts = append(parts, k+"="+formatArg(e.Args[k]))
		}
		return fmt.Sprintf("%s: %s(%s)", ErrReverted, e.Name, strings.Join(parts, ", "))
	case len(e.Data) == 0:
		return fmt.Sprintf("%s without a reason", ErrReverted)
	default:
		return fmt.Sprintf("%s with unknown error data %s", ErrReverted, hexutil.Encode(e.Data))
	}
}

func (e *RevertError) Unwrap() error { return ErrReverted }

func formatArg(v any) string {
	switch x := v.(type) {
	case [32]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return hexutil.Encode(x)
	case common.Address:
		return x.Hex()
	default:
		return fmt.Sprint(v)
	}
}

// DecodeRevert decodes revert data against the custom errors of the given
// ABIs, then Error(string) and Panic(uint256).
func DecodeRevert(data []byte, abis ...*abi.ABI) *RevertError {
	e := &RevertError{Data: data}
	if len(data) < 4 {
		return e
	}
	sel, body := data[:4], data[4:]
	switch {
	case bytes.Equal(sel, errorStringSelector):
		if reason, err := abi.UnpackRevert(data); err == nil {
			e.Name, e.Args, e.Order = "Error", map[string]any{"reason": reason}, []string{"reason"}
		}
		return e
	case bytes.Equal(sel, panicSelector):
		if len(body) == 32 {
			e.Name, e.Args, e.Order = "Panic", map[string]any{"code": new(big.Int).SetBytes(body)}, []string{"code"}
		}
		return e
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, abiErr := range a.Errors {
			if !bytes.Equal(abiErr.ID[:4], sel) {
				continue
			}
			vals, err := abiErr.Inputs.Unpack(body)
			if err != nil {
				continue
			}
			e.Name, e.Args = abiErr.Name, make(map[string]any, len(vals))
			for i, v := range vals {
				name := abiErr.Inputs[i].Name
				if name == "" {
					name = fmt.Sprintf("arg%d", i)
				}
				e.Args[name] = v
				e.Order = append(e.Order, name)
			}
			return e
		}
	}
	return e
}

// revertData extracts revert data from a JSON-RPC error, which geth puts in
// the error's data field as a hex string.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, strings.Contains(err.Error(), "revert")
	}
	b, decErr := hexutil.Decode(s)
	if decErr != nil {
		return nil, true
	}
	return b, true
}

// AsRevert turns a JSON-RPC error that reports a revert into a *RevertError
// decoded against abis; other errors come back unchanged.
func AsRevert(err error, abis ...*abi.ABI) error {
	if err == nil {
		return nil
	}
	if data, ok := revertData(err); ok {
		return DecodeRevert(data, abis...)
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{}
	}
	return err
}
