package contracts

import (
	"bytes"

	"github.com/ethereum/go-ethereum/crypto"
)

// ChannelID is the PlatformRegistry's id of the channel between two
// platforms, the same in both directions: keccak256 of the two ids in
// ascending order (abi.encode of two bytes32 is their concatenation).
func ChannelID(a, b [32]byte) [32]byte {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}
