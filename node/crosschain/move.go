// Package crosschain moves NFTs between two EVM chains through the suite's
// Bridge (FGMV-43 ASTF across chains, 7.2.1 and 9.2; ASIR-301, 302): the
// sender's wallet sends the items to the Bridge on chain X (originals are
// locked there, wrapped tokens burned), and on chain Y the Bridge delivers
// them (a wrapped token carrying the original's CAIP-19 id, metadata URI and
// royalty is minted, or the original is released from custody) once M of
// the channel's N attesters, as the PlatformRegistry lists them, have signed
// that the move is on X. If Y has not delivered by the deadline, M
// attesters sign that it never will and X refunds. Every attester checks
// both chains itself: no node is trusted with the others' word.
package crosschain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/bridge"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
)

// Bridge kinds, as the contract numbers them.
const (
	KindERC721  uint8 = 1
	KindERC1155 uint8 = 2
)

// On-chain states of a move on one side.
const (
	StateNone      uint8 = 0
	StateSent      uint8 = 1
	StateDelivered uint8 = 2
	StateRefunded  uint8 = 3
)

// Bounds of a move from outside, as the contract has them (and a URI no
// longer than a wallet or marketplace would show).
const (
	MaxItems  = 100
	MaxURILen = 2048
	// MaxWait is the Bridge's longest deadline.
	MaxWait = 30 * 24 * 60 * 60
)

// Errors callers branch on.
var (
	ErrBadMove     = errors.New("invalid cross-chain move")
	ErrNotSent     = errors.New("the move is not sent on its origin chain (with enough confirmations)")
	ErrSettled     = errors.New("the move is already settled")
	ErrTooEarly    = errors.New("the destination chain is not past the move's deadline yet")
	ErrTooLate     = errors.New("the move's deadline leaves no time to deliver")
	ErrUnknownLink = errors.New("this node does not follow that chain")
	ErrRefused     = errors.New("the destination refuses the move")
	// ErrNoAttesters is a channel without attesters on a chain.
	ErrNoAttesters = errors.New("the channel has no attesters on that chain")
)

// Item is one NFT of a move, named by where its original lives.
type Item struct {
	HomeChain       uint64         `json:"homeChain"`
	HomeToken       common.Address `json:"homeToken"`
	ID              *hexutil.Big   `json:"id"`
	Amount          *hexutil.Big   `json:"amount"`
	URI             string         `json:"uri"`
	RoyaltyReceiver common.Address `json:"royaltyReceiver"`
	RoyaltyBps      uint64         `json:"royaltyBps"`
}

// Move is the Bridge's Move struct as JSON; its keccak256 is the move id
// on both chains.
type Move struct {
	FromChain   uint64         `json:"fromChain"`
	FromBridge  common.Address `json:"fromBridge"`
	ToChain     uint64         `json:"toChain"`
	ToBridge    common.Address `json:"toBridge"`
	Kind        uint8          `json:"kind"`
	Items       []Item         `json:"items"`
	Sender      common.Address `json:"sender"`
	Recipient   common.Address `json:"recipient"`
	Origin      common.Hash    `json:"origin"`
	Destination common.Hash    `json:"destination"`
	Deadline    uint64         `json:"deadline"`
	Salt        common.Hash    `json:"salt"`
}

// Check refuses a move no Bridge would take, before any chain is read.
func (m Move) Check() error {
	if m.Kind != KindERC721 && m.Kind != KindERC1155 {
		return fmt.Errorf("%w: kind %d (1 ERC-721, 2 ERC-1155)", ErrBadMove, m.Kind)
	}
	if len(m.Items) == 0 || len(m.Items) > MaxItems {
		return fmt.Errorf("%w: %d items (1 to %d)", ErrBadMove, len(m.Items), MaxItems)
	}
	if m.FromChain == m.ToChain {
		return fmt.Errorf("%w: from and to are both chain %d", ErrBadMove, m.FromChain)
	}
	if m.Recipient == (common.Address{}) || m.Sender == (common.Address{}) {
		return fmt.Errorf("%w: no sender or recipient", ErrBadMove)
	}
	for i, it := range m.Items {
		if it.ID == nil || it.Amount == nil || it.Amount.ToInt().Sign() <= 0 {
			return fmt.Errorf("%w: item %d has no id or amount", ErrBadMove, i)
		}
		if m.Kind == KindERC721 && it.Amount.ToInt().Cmp(big.NewInt(1)) != 0 {
			return fmt.Errorf("%w: item %d: an ERC-721 token is one", ErrBadMove, i)
		}
		if len(it.URI) > MaxURILen || it.RoyaltyBps > 10_000 {
			return fmt.Errorf("%w: item %d: uri over %d bytes or royalty over 100%%", ErrBadMove, i, MaxURILen)
		}
	}
	return nil
}

func (m Move) binding() bridge.BridgeMove {
	b := bridge.BridgeMove{
		FromChain: new(big.Int).SetUint64(m.FromChain), FromBridge: m.FromBridge, ToChain: new(big.Int).SetUint64(m.ToChain), ToBridge: m.ToBridge,
		Kind: m.Kind, Sender: m.Sender, Recipient: m.Recipient, Origin: m.Origin, Destination: m.Destination, Deadline: m.Deadline, Salt: m.Salt,
		Items: []bridge.BridgeItem{},
	}
	for _, it := range m.Items {
		b.Items = append(b.Items, bridge.BridgeItem{
			HomeChain: new(big.Int).SetUint64(it.HomeChain), HomeToken: it.HomeToken, Id: bigOf(it.ID), Amount: bigOf(it.Amount),
			Uri: it.URI, RoyaltyReceiver: it.RoyaltyReceiver, RoyaltyBps: new(big.Int).SetUint64(it.RoyaltyBps),
		})
	}
	return b
}

func bigOf(v *hexutil.Big) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v.ToInt())
}

// fromBinding is the JSON form of a move read from a Sent event.
func fromBinding(b bridge.BridgeMove) Move {
	m := Move{
		FromChain: b.FromChain.Uint64(), FromBridge: b.FromBridge, ToChain: b.ToChain.Uint64(), ToBridge: b.ToBridge, Kind: b.Kind,
		Sender: b.Sender, Recipient: b.Recipient, Origin: b.Origin, Destination: b.Destination, Deadline: b.Deadline, Salt: b.Salt,
	}
	for _, it := range b.Items {
		m.Items = append(m.Items, Item{
			HomeChain: it.HomeChain.Uint64(), HomeToken: it.HomeToken, ID: (*hexutil.Big)(it.Id), Amount: (*hexutil.Big)(it.Amount),
			URI: it.Uri, RoyaltyReceiver: it.RoyaltyReceiver, RoyaltyBps: it.RoyaltyBps.Uint64(),
		})
	}
	return m
}

// ID is the move's id, keccak256(abi.encode(m)), as both Bridges compute it.
func (m Move) ID() common.Hash {
	id, err := contracts.MoveID(m.binding())
	if err != nil {
		// Only a struct abigen cannot encode fails, and Move's fields are
		// all of fixed Go types.
		panic(err)
	}
	return id
}

// Channel is the registry's id of the channel the move goes by.
func (m Move) Channel() common.Hash { return contracts.ChannelID(m.Origin, m.Destination) }

// Attestation kinds.
const (
	Deliver = "deliver"
	Refund  = "refund"
)

// Digest is what an attester signs: EIP-712 Deliver(bytes32 move) in the
// destination Bridge's domain, or Refund(bytes32 move) in the origin's, so
// a signature counts on one chain and one contract only.
func Digest(kind string, m Move) (common.Hash, error) {
	primary, chainID, verifying := "Deliver", m.ToChain, m.ToBridge
	if kind == Refund {
		primary, chainID, verifying = "Refund", m.FromChain, m.FromBridge
	} else if kind != Deliver {
		return common.Hash{}, fmt.Errorf("%w: attestation kind %q (deliver or refund)", ErrBadMove, kind)
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			primary:        {{Name: "move", Type: "bytes32"}},
		},
		PrimaryType: primary,
		Domain:      apitypes.TypedDataDomain{Name: "mifm Bridge", Version: "1", ChainId: (*gmath.HexOrDecimal256)(new(big.Int).SetUint64(chainID)), VerifyingContract: verifying.Hex()},
		Message:     apitypes.TypedDataMessage{"move": m.ID().Bytes()},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("EIP-712 hash of %s: %w", primary, err)
	}
	return common.BytesToHash(h), nil
}

// Sign makes the 65-byte signature OpenZeppelin's ECDSA takes.
func Sign(key *ecdsa.PrivateKey, digest common.Hash) (hexutil.Bytes, error) {
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// halfN is half the order of secp256k1: OpenZeppelin's ECDSA refuses a
// signature whose s is above it (the malleable twin of a valid one).
var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Canonical says whether sig is a signature the Bridge's ECDSA takes: 65
// bytes, v 27 or 28, s in the lower half. Go recovers the others too, and
// one counted here but refused on chain would make the whole set revert.
func Canonical(sig []byte) bool {
	return len(sig) == 65 && (sig[64] == 27 || sig[64] == 28) && new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) <= 0
}

// Signer is the address that made sig over digest.
func Signer(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("a signature is 65 bytes, not %d", len(sig))
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(digest.Bytes(), s)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Link is one chain a node follows: its endpoint and the suite there.
type Link struct {
	Backend  chain.Backend
	Bridge   common.Address
	Registry common.Address
	// Confirmations a block needs before an attester takes its state.
	Confirmations uint64
}

// ID is the link's chain id.
func (l *Link) ID() uint64 { return l.Backend.ChainNumber().Uint64() }

// Links are the chains a node follows, by chain id.
type Links map[uint64]*Link

func (ls Links) get(id uint64) (*Link, error) {
	l, ok := ls[id]
	if !ok {
		return nil, fmt.Errorf("%w: chain eip155:%d (add it to [[chains]] in config.toml)", ErrUnknownLink, id)
	}
	return l, nil
}

var (
	bridgeABI   = bridge.NewBridge()
	registryABI = platformregistry.NewPlatformRegistry()
)

// confirmed is the newest block with the link's confirmations.
func (l *Link) confirmed(ctx context.Context) (*big.Int, uint64, error) {
	head, err := l.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("read the head of eip155:%d: %w", l.ID(), err)
	}
	n := head.Number.Uint64()
	back := max(l.Confirmations, 1) - 1
	if n < back {
		return new(big.Int), 0, nil
	}
	h, err := l.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n-back))
	if err != nil {
		return nil, 0, fmt.Errorf("read block %d of eip155:%d: %w", n-back, l.ID(), err)
	}
	return h.Number, h.Time, nil
}

func (l *Link) call(ctx context.Context, to common.Address, data []byte, at *big.Int) ([]byte, error) {
	out, err := l.Backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, at)
	if err != nil {
		return nil, fmt.Errorf("call %s on eip155:%d: %w", to.Hex(), l.ID(), err)
	}
	return out, nil
}

// State is the move's state on this chain's Bridge at block at (nil: head).
func (l *Link) State(ctx context.Context, id common.Hash, at *big.Int) (uint8, error) {
	out, err := l.call(ctx, l.Bridge, bridgeABI.PackStateOf(id), at)
	if err != nil {
		return 0, err
	}
	return bridgeABI.UnpackStateOf(out)
}

// Attesters are the channel's attesters and threshold as this chain's
// registry lists them (none when either platform is suspended).
func (l *Link) Attesters(ctx context.Context, channel common.Hash) ([]common.Address, uint8, error) {
	out, err := l.call(ctx, l.Registry, registryABI.PackChannelAttesters(channel), nil)
	if err != nil {
		return nil, 0, err
	}
	res, err := registryABI.UnpackChannelAttesters(out)
	if err != nil {
		return nil, 0, err
	}
	return res.Attesters, res.Threshold, nil
}

// wrapped is this chain's Bridge's wrapped collection of kind.
func (l *Link) wrapped(ctx context.Context, kind uint8) (common.Address, error) {
	if kind == KindERC1155 {
		out, err := l.call(ctx, l.Bridge, bridgeABI.PackWrapped1155(), nil)
		if err != nil {
			return common.Address{}, err
		}
		return bridgeABI.UnpackWrapped1155(out)
	}
	return l.Wrapped721(ctx)
}

// Wrapped721 is this chain's Bridge's wrapped ERC-721 collection.
func (l *Link) Wrapped721(ctx context.Context) (common.Address, error) {
	out, err := l.call(ctx, l.Bridge, bridgeABI.PackWrapped721(), nil)
	if err != nil {
		return common.Address{}, err
	}
	return bridgeABI.UnpackWrapped721(out)
}
