package contracts

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/contracts/bindings/bridge"
)

// MoveID is the Bridge's id of a cross-chain move, keccak256(abi.encode(m)),
// as its moveId view computes it: the state key on both chains and what the
// attesters' Deliver and Refund signatures name.
func MoveID(m bridge.BridgeMove) (common.Hash, error) {
	// abi.encode of the one struct argument is exactly the calldata of a
	// call taking it, less the selector.
	enc, err := bridge.NewBridge().GetABI().Methods["moveId"].Inputs.Pack(m)
	if err != nil {
		return common.Hash{}, fmt.Errorf("encode bridge move: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// ChannelID is the PlatformRegistry's id of the channel between two
// platforms, the same in both directions: keccak256 of the two ids in
// ascending order (abi.encode of two bytes32 is their concatenation).
func ChannelID(a, b [32]byte) [32]byte {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}
