package contracts_test

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/bridge"
)

// A channel is the same in both directions: the registry names one attester
// set for moves from A to B and from B to A.
func ExampleChannelID() {
	a, b := contracts.PlatformID("did:web:platform-a.example"), contracts.PlatformID("did:web:platform-b.example")
	fmt.Println(contracts.ChannelID(a, b) == contracts.ChannelID(b, a))
	// Output: true
}

// pinnedMove is a move whose id ExampleMoveID pins and
// TestBridgeMoveIDMatchesContract checks against the contract.
func pinnedMove() bridge.BridgeMove {
	return bridge.BridgeMove{
		FromChain: big.NewInt(1337), FromBridge: common.HexToAddress("0x00000000000000000000000000000000000000b1"),
		ToChain: big.NewInt(31337), ToBridge: common.HexToAddress("0x00000000000000000000000000000000000000b2"),
		Kind: 1,
		Items: []bridge.BridgeItem{{
			HomeChain: big.NewInt(1337), HomeToken: common.HexToAddress("0x00000000000000000000000000000000000000c1"),
			Id: big.NewInt(7), Amount: big.NewInt(1), Uri: "ipfs://bafkreie",
			RoyaltyReceiver: common.HexToAddress("0x00000000000000000000000000000000000000d1"), RoyaltyBps: big.NewInt(500),
		}},
		Sender: common.HexToAddress("0x00000000000000000000000000000000000000e1"), Recipient: common.HexToAddress("0x00000000000000000000000000000000000000e2"),
		Origin: contracts.PlatformID("did:web:platform-a.example"), Destination: contracts.PlatformID("did:web:platform-b.example"),
		Deadline: 1_800_000_000, Salt: [32]byte{1},
	}
}

const pinnedMoveID = "0x01b9507788c43c62efce675fcdf5e34238c36957353c7c7841ba07960d0c9feb"

// A move's id is what the attesters sign and both chains key its state by;
// its bytes are a format others verify, pinned here.
func ExampleMoveID() {
	id, err := contracts.MoveID(pinnedMove())
	if err != nil {
		panic(err)
	}
	fmt.Println(id)
	// Output: 0x01b9507788c43c62efce675fcdf5e34238c36957353c7c7841ba07960d0c9feb
}
