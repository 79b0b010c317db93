package api

import (
	"context"

	"github.com/mifm/mifm/node/crosschain"
)

// Moves are cross-chain NFT moves through the Bridge (ASTF across chains,
// FGMV-43 7.2.1, 9.2; ASIR-301, 302): an NFT locked (or a wrapped one
// burned) on one chain, delivered on another on M of N attestations.
type Moves interface {
	// PrepareMove builds a move for the sender's own wallet: the
	// transactions it sends (approvals, then the send, whose sender is the
	// move's consent on chain).
	PrepareMove(ctx context.Context, req MoveRequest) (*PreparedMove, error)
	MovePrepared(ctx context.Context, id string) (*PreparedMove, error)
	// AdvanceMove takes a move as far as it goes now (the wallet calls it
	// once it sent); the node's resume loop does the same every round.
	AdvanceMove(ctx context.Context, id string) (*Move, error)
	MoveList(ctx context.Context) ([]Move, error)
	MoveShow(ctx context.Context, id string) (*Move, error)
	// SetChannelAttesters lists the attesters of the channel between two
	// platforms on the node's chain (the registrar's only).
	SetChannelAttesters(ctx context.Context, req ChannelAttestersRequest) (*ChannelAttesters, error)
}

// The cross-chain wire types.
type (
	Move         = crosschain.Record
	PreparedMove = crosschain.PreparedMove
)

// MoveRequest is the body of POST /ri/v1/moves/prepare.
type MoveRequest struct {
	// Assets are CAIP-19 ERC-721 or ERC-1155 tokens (one standard) on one
	// chain the node follows: originals, or wrapped tokens going home.
	Assets []string `json:"assets"`
	// Amounts are the editions of each ERC-1155 asset, in order (default 1).
	Amounts    []string `json:"amounts,omitempty"`
	From       string   `json:"from"`
	ToPlatform string   `json:"toPlatform"`
	// ToChain is the destination chain's CAIP-2 id.
	ToChain    string   `json:"toChain"`
	To         string   `json:"to"`
	Deadline   string   `json:"deadline"`
	Rights     []string `json:"rights,omitempty"`
	Visibility string   `json:"visibility,omitempty"`
}

// ChannelAttestersRequest is the body of PUT /ri/v1/channel-attesters.
type ChannelAttestersRequest struct {
	PlatformA string   `json:"platformA"`
	PlatformB string   `json:"platformB"`
	Attesters []string `json:"attesters"`
	Threshold int      `json:"threshold"`
}

// ChannelAttesters is a channel's attester set as the registry now lists it.
type ChannelAttesters struct {
	Chain     string   `json:"chain"`
	Channel   string   `json:"channel"`
	Attesters []string `json:"attesters"`
	Threshold int      `json:"threshold"`
	Tx        string   `json:"tx,omitempty"`
}
