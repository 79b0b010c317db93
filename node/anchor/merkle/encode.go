package merkle

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// parseEncoding reads a leaf encoding's ABI types.
func parseEncoding(encoding []string) ([]abi.Type, error) {
	if len(encoding) == 0 {
		return nil, fmt.Errorf("%w: no leaf encoding", ErrBadEncoding)
	}
	out := make([]abi.Type, len(encoding))
	for i, ts := range encoding {
		t, err := abi.NewType(ts, "", nil)
		if err != nil {
			return nil, fmt.Errorf("%w: type %q: %v", ErrBadEncoding, ts, err)
		}
		if err := leafType(t, 0); err != nil {
			return nil, fmt.Errorf("%w: type %q: %v", ErrBadEncoding, ts, err)
		}
		out[i] = t
	}
	return out, nil
}

// Bounds on leaf types, which an outside dump names: a fixed array's size
// and how deep arrays nest (a type like uint8[1e18][100] would make the
// ABI packer allocate without end).
const (
	maxArraySize  = 1024
	maxArrayDepth = 2
	maxIntegerLen = 80 // characters of an integer string (2^256 has 78 digits)
)

func leafType(t abi.Type, depth int) error {
	switch t.T {
	case abi.TupleTy, abi.FunctionTy:
		return fmt.Errorf("tuples and functions are not supported in a leaf")
	case abi.ArrayTy, abi.SliceTy:
		if depth >= maxArrayDepth {
			return fmt.Errorf("arrays nest at most %d deep", maxArrayDepth)
		}
		if t.T == abi.ArrayTy && t.Size > maxArraySize {
			return fmt.Errorf("a fixed array has at most %d elements", maxArraySize)
		}
		return leafType(*t.Elem, depth+1)
	}
	return nil
}

// encode is abi.encode(values...) of values in JSON form under the given
// types, as ethers' AbiCoder takes them: strings, numbers or decimal
// strings for integers, 0x hex for bytes and addresses, lists for arrays.
func encode(types []abi.Type, values []any) ([]byte, error) {
	if len(values) != len(types) {
		return nil, fmt.Errorf("%w: %d values for %d types", ErrBadEncoding, len(values), len(types))
	}
	args := make(abi.Arguments, len(types))
	goValues := make([]any, len(values))
	for i, t := range types {
		v, err := goValue(t, values[i])
		if err != nil {
			return nil, fmt.Errorf("%w: value %d (%s): %v", ErrBadEncoding, i, t, err)
		}
		args[i] = abi.Argument{Type: t}
		goValues[i] = v.Interface()
	}
	out, err := args.Pack(goValues...)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadEncoding, err)
	}
	return out, nil
}

func decodeHex(s string) ([]byte, error) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return nil, fmt.Errorf("%q is not 0x hex", s)
	}
	return hex.DecodeString(s[2:])
}

// integer reads an integer in any of the forms JSON gives it.
func integer(v any) (*big.Int, error) {
	switch x := v.(type) {
	case json.Number:
		return integer(string(x))
	case string:
		return parseInteger(x)
	case float64:
		if x != float64(int64(x)) || x > 1<<53 || x < -(1<<53) {
			return nil, fmt.Errorf("%v is not an exact integer: pass large numbers as decimal strings", x)
		}
		return big.NewInt(int64(x)), nil
	case int:
		return big.NewInt(int64(x)), nil
	case int64:
		return big.NewInt(x), nil
	case uint64:
		return new(big.Int).SetUint64(x), nil
	case *big.Int:
		return new(big.Int).Set(x), nil
	}
	return nil, fmt.Errorf("%v (%T) is not an integer", v, v)
}

// parseInteger reads an integer string as JavaScript's BigInt does (which
// ethers uses): decimal with an optional sign, or unsigned 0x, 0o, 0b; no
// digit separators, and a leading zero is not octal.
func parseInteger(s string) (*big.Int, error) {
	if len(s) > maxIntegerLen {
		return nil, fmt.Errorf("an integer of %d characters: at most %d", len(s), maxIntegerLen)
	}
	base, digits := 10, s
	if len(s) > 2 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, digits = 16, s[2:]
		case 'o', 'O':
			base, digits = 8, s[2:]
		case 'b', 'B':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && (strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+")) {
		digits = s[1:]
	}
	if digits == "" || strings.ContainsAny(digits, "_+- ") {
		return nil, fmt.Errorf("%q is not an integer", s)
	}
	n, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, fmt.Errorf("%q is not an integer", s)
	}
	if strings.HasPrefix(s, "-") {
		n.Neg(n)
	}
	return n, nil
}

func goValue(t abi.Type, v any) (reflect.Value, error) {
	rt := t.GetType()
	switch t.T {
	case abi.StringTy:
		s, ok := v.(string)
		if !ok {
			return reflect.Value{}, fmt.Errorf("%v (%T) is not a string", v, v)
		}
		return reflect.ValueOf(s), nil
	case abi.BoolTy:
		b, ok := v.(bool)
		if !ok {
			return reflect.Value{}, fmt.Errorf("%v (%T) is not a boolean", v, v)
		}
		return reflect.ValueOf(b), nil
	case abi.AddressTy:
		s, ok := v.(string)
		if !ok || !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
			return reflect.Value{}, fmt.Errorf("%v is not a 0x address", v)
		}
		a := common.HexToAddress(s)
		if hexPart := s[2:]; hexPart != strings.ToLower(hexPart) && hexPart != strings.ToUpper(hexPart) && a.Hex() != s {
			return reflect.Value{}, fmt.Errorf("%s has a bad EIP-55 checksum", s)
		}
		return reflect.ValueOf(a), nil
	case abi.BytesTy:
		s, ok := v.(string)
		if !ok {
			return reflect.Value{}, fmt.Errorf("%v (%T) is not 0x hex", v, v)
		}
		b, err := decodeHex(s)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(b), nil
	case abi.FixedBytesTy:
		s, ok := v.(string)
		if !ok {
			return reflect.Value{}, fmt.Errorf("%v (%T) is not 0x hex", v, v)
		}
		b, err := decodeHex(s)
		if err != nil {
			return reflect.Value{}, err
		}
		if len(b) != t.Size {
			return reflect.Value{}, fmt.Errorf("%d bytes, want %d", len(b), t.Size)
		}
		arr := reflect.New(rt).Elem()
		reflect.Copy(arr, reflect.ValueOf(b))
		return arr, nil
	case abi.UintTy, abi.IntTy:
		n, err := integer(v)
		if err != nil {
			return reflect.Value{}, err
		}
		if t.T == abi.UintTy && (n.Sign() < 0 || n.BitLen() > t.Size) {
			return reflect.Value{}, fmt.Errorf("%s does not fit uint%d", n, t.Size)
		}
		if t.T == abi.IntTy {
			lim := new(big.Int).Lsh(big.NewInt(1), uint(t.Size-1))
			if n.Cmp(lim) >= 0 || n.Cmp(new(big.Int).Neg(lim)) < 0 {
				return reflect.Value{}, fmt.Errorf("%s does not fit int%d", n, t.Size)
			}
		}
		if rt == reflect.TypeOf((*big.Int)(nil)) {
			return reflect.ValueOf(n), nil
		}
		out := reflect.New(rt).Elem()
		if t.T == abi.UintTy {
			out.SetUint(n.Uint64())
		} else {
			out.SetInt(n.Int64())
		}
		return out, nil
	case abi.SliceTy, abi.ArrayTy:
		list, ok := v.([]any)
		if !ok {
			return reflect.Value{}, fmt.Errorf("%v (%T) is not a list", v, v)
		}
		if t.T == abi.ArrayTy && len(list) != t.Size {
			return reflect.Value{}, fmt.Errorf("%d elements, want %d", len(list), t.Size)
		}
		var out reflect.Value
		if t.T == abi.SliceTy {
			out = reflect.MakeSlice(rt, len(list), len(list))
		} else {
			out = reflect.New(rt).Elem()
		}
		for i, e := range list {
			ev, err := goValue(*t.Elem, e)
			if err != nil {
				return reflect.Value{}, fmt.Errorf("element %d: %w", i, err)
			}
			out.Index(i).Set(ev)
		}
		return out, nil
	}
	return reflect.Value{}, fmt.Errorf("type %s is not supported in a leaf", t)
}
