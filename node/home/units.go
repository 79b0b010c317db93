package home

import (
	"math/big"

	"github.com/ethereum/go-ethereum/params"
)

func gwei(n uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(n), big.NewInt(params.GWei))
}
