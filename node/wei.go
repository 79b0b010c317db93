package node

import (
	"fmt"
	"math/big"
)

// Wei is an amount of wei. It marshals to JSON as a decimal string, since
// balances overflow the 53-bit integers JavaScript and jq read numbers into.
type Wei struct{ *big.Int }

// NewWei wraps v (nil reads as zero).
func NewWei(v *big.Int) Wei {
	if v == nil {
		v = new(big.Int)
	}
	return Wei{v}
}

// MarshalJSON writes the amount as a quoted decimal.
func (w Wei) MarshalJSON() ([]byte, error) {
	if w.Int == nil {
		return []byte(`"0"`), nil
	}
	return []byte(`"` + w.Int.String() + `"`), nil
}

// UnmarshalJSON reads a quoted decimal.
func (w *Wei) UnmarshalJSON(b []byte) error {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return fmt.Errorf("wei amount %s: want a quoted decimal string", b)
	}
	v, ok := new(big.Int).SetString(string(b[1:len(b)-1]), 10)
	if !ok || v.Sign() < 0 {
		return fmt.Errorf("wei amount %s: want a non-negative decimal integer", b)
	}
	w.Int = v
	return nil
}
