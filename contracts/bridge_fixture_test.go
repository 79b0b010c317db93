package contracts_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/bridge"
	"github.com/mifm/mifm/contracts/bindings/legacycollection1155"
	"github.com/mifm/mifm/contracts/bindings/legacycollection721"
	"github.com/mifm/mifm/contracts/bindings/wrapped1155"
	"github.com/mifm/mifm/contracts/bindings/wrapped721"
)

// Chain ids of the two sides of a bridge pair.
const (
	chainX = 1337
	chainY = 31337
)

const (
	kind721  = 1
	kind1155 = 2
)

// bridgeSide is one chain of a bridge pair: the suite, platforms A and B
// registered, and the channel A–B given the pair's attesters. Key 2 is the
// user, key 3 the royalty receiver of the legacy collections (on X).
type bridgeSide struct {
	*suiteChain
	id            uint64
	w721, w1155   common.Address // the Bridge's wrapped token contracts
	legacy721     common.Address // an outside collection, on X only
	legacy1155    common.Address
	user, another common.Address
}

// bridgePair is chains X (1337) and Y (31337), each with its Bridge, and the
// three attesters (sorted by address) of the channel between platforms A
// and B, of which two must sign.
type bridgePair struct {
	x, y      *bridgeSide
	attesters []*ecdsa.PrivateKey
	origin    [32]byte // A
	dest      [32]byte // B
	channel   [32]byte // A–B, whose custody holds what its moves lock
	br        *bridge.Bridge
	w7        *wrapped721.Wrapped721
	w15       *wrapped1155.Wrapped1155
	l7        *legacycollection721.LegacyCollection721
	l15       *legacycollection1155.LegacyCollection1155
}

const royaltyBps = 500

func newBridgePair(t testing.TB) *bridgePair {
	t.Helper()
	p := &bridgePair{
		origin: contracts.PlatformID(platformDID), dest: contracts.PlatformID(platformBDID),
		br: bridge.NewBridge(), w7: wrapped721.NewWrapped721(), w15: wrapped1155.NewWrapped1155(),
		l7: legacycollection721.NewLegacyCollection721(), l15: legacycollection1155.NewLegacyCollection1155(),
	}
	p.channel = contracts.ChannelID(p.origin, p.dest)
	for range 3 {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		p.attesters = append(p.attesters, k)
	}
	sortKeys(p.attesters)
	var addrs []common.Address
	for _, k := range p.attesters {
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	side := func(id uint64) *bridgeSide {
		s := &bridgeSide{suiteChain: newSuiteChainID(t, 4, id), id: id}
		s.user, s.another = s.addrs[2], s.addrs[3]
		s.mustSend(t, 0, s.registry, s.reg.PackRegister(p.dest, platformBDID, s.addrs[0], s.addrs[0]))
		s.mustSend(t, 0, s.registry, s.reg.PackSetChannelAttesters(p.origin, p.dest, addrs, 2))
		out := s.call(t, s.bridge, p.br.PackWrapped721())
		s.w721 = common.BytesToAddress(out)
		s.w1155 = common.BytesToAddress(s.call(t, s.bridge, p.br.PackWrapped1155()))
		return s
	}
	p.x, p.y = side(chainX), side(chainY)
	p.x.legacy721 = p.x.deploy(t, legacycollection721.LegacyCollection721MetaData.Bin,
		p.l7.PackConstructor(p.x.addrs[0], p.x.addrs[3], big.NewInt(royaltyBps)))
	p.x.legacy1155 = p.x.deploy(t, legacycollection1155.LegacyCollection1155MetaData.Bin,
		p.l15.PackConstructor(p.x.addrs[0], "https://legacy.example/items/{id}.json", p.x.addrs[3], big.NewInt(royaltyBps)))
	return p
}

// sortKeys orders keys by address, the order attestations go in.
func sortKeys(keys []*ecdsa.PrivateKey) {
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		return bytes.Compare(crypto.PubkeyToAddress(a.PublicKey).Bytes(), crypto.PubkeyToAddress(b.PublicKey).Bytes())
	})
}

func (s *bridgeSide) deploy(t testing.TB, bin string, args []byte) common.Address {
	t.Helper()
	code, err := hexutil.Decode(bin)
	if err != nil {
		t.Fatal(err)
	}
	addr, _, err := s.senders[0].Deploy(context.Background(), code, args)
	if err != nil {
		t.Fatal(err)
	}
	return addr
}

// now is the earliest time the side's next block can have: the later of the
// wall clock and the head's time plus one.
func (s *bridgeSide) now(t testing.TB) uint64 {
	t.Helper()
	h, err := s.chain.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return max(h.Time+1, uint64(time.Now().Unix())+1)
}

// advance moves the side's time at least n seconds, a block per plain
// transfer (see escrowChain.advance).
func (s *bridgeSide) advance(t testing.TB, n int) {
	t.Helper()
	for range n {
		if _, err := s.senders[0].Transact(context.Background(), chain.Call{To: &s.addrs[0]}); err != nil {
			t.Fatal(err)
		}
	}
}

// passDeadline advances the side until its head is past deadline (calls and
// gas estimates run at the head's time). Blocks sealed faster than one a
// second run ahead of the wall clock, so two chains' times drift apart:
// each is advanced on its own clock.
func (s *bridgeSide) passDeadline(t testing.TB, deadline uint64) {
	t.Helper()
	for {
		h, err := s.chain.HeaderByNumber(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if h.Time > deadline {
			return
		}
		s.advance(t, 1)
	}
}

// mint721 mints a legacy token on X to `to` and returns its id.
func (p *bridgePair) mint721(t testing.TB, to common.Address, uri string) *big.Int {
	t.Helper()
	r := p.x.mustSend(t, 0, p.x.legacy721, p.l7.PackSafeMint(to, uri))
	for _, l := range r.Logs {
		if ev, err := p.l7.UnpackTransferEvent(l); err == nil {
			return ev.TokenId
		}
	}
	t.Fatal("no Transfer event")
	return nil
}

// item721 is a legacy token as a move carries it: its URI and royalty read
// from the collection, as a node builds it.
func (p *bridgePair) item721(t testing.TB, id *big.Int) bridge.BridgeItem {
	t.Helper()
	uri, err := p.l7.UnpackTokenURI(p.x.call(t, p.x.legacy721, p.l7.PackTokenURI(id)))
	if err != nil {
		t.Fatal(err)
	}
	roy, err := p.l7.UnpackRoyaltyInfo(p.x.call(t, p.x.legacy721, p.l7.PackRoyaltyInfo(id, big.NewInt(10_000))))
	if err != nil {
		t.Fatal(err)
	}
	return bridge.BridgeItem{HomeChain: big.NewInt(chainX), HomeToken: p.x.legacy721, Id: id, Amount: big.NewInt(1), Uri: uri, RoyaltyReceiver: roy.Receiver, RoyaltyBps: roy.Amount}
}

// move is a move of items from one side to the other, due d after the later
// of the two chains' clocks (send refuses a deadline its own chain has
// passed; the destination enforces it).
func (p *bridgePair) move(t testing.TB, from, to *bridgeSide, kind uint8, items []bridge.BridgeItem, sender, recipient common.Address, d time.Duration, salt byte) bridge.BridgeMove {
	t.Helper()
	return bridge.BridgeMove{
		FromChain: new(big.Int).SetUint64(from.id), FromBridge: from.bridge,
		ToChain: new(big.Int).SetUint64(to.id), ToBridge: to.bridge,
		Kind: kind, Items: items, Sender: sender, Recipient: recipient,
		Origin: p.origin, Destination: p.dest,
		Deadline: max(from.now(t), to.now(t)) + uint64(d.Seconds()), Salt: [32]byte{salt, 0xb7},
	}
}

// moveData is abi.encode(m), the data of a safeTransferFrom lock.
func (p *bridgePair) moveData(m bridge.BridgeMove) []byte {
	return p.br.PackMoveId(m)[4:]
}

// sent returns the Sent event of a send's receipt.
func (p *bridgePair) sent(t testing.TB, r *types.Receipt) (bridge.BridgeMove, [32]byte) {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := p.br.UnpackSentEvent(l); err == nil {
			return ev.Move, ev.MoveId
		}
	}
	t.Fatal("no Sent event")
	return bridge.BridgeMove{}, [32]byte{}
}

// attest signs a side's Deliver (or Refund) digest of a move with each key,
// in the order given.
func (p *bridgePair) attest(t testing.TB, s *bridgeSide, refund bool, id [32]byte, keys ...*ecdsa.PrivateKey) [][]byte {
	t.Helper()
	call := p.br.PackDeliverDigest(id)
	if refund {
		call = p.br.PackRefundDigest(id)
	}
	digest := s.call(t, s.bridge, call)[:32]
	sigs := make([][]byte, len(keys))
	for i, k := range keys {
		sigs[i] = signDigest(t, k, digest)
	}
	return sigs
}

// owner721 is who owns a token of an ERC-721 contract on a side.
func (s *bridgeSide) owner721(t testing.TB, token common.Address, id *big.Int) common.Address {
	t.Helper()
	out, err := chain.CallView(context.Background(), s.chain, token, wrapped721.NewWrapped721().PackOwnerOf(id), contracts.ErrorABIs()...)
	if err != nil {
		return common.Address{}
	}
	return common.BytesToAddress(out)
}

// balance1155 is an account's balance of an ERC-1155 id on a side.
func (s *bridgeSide) balance1155(t testing.TB, token, who common.Address, id *big.Int) int64 {
	t.Helper()
	return new(big.Int).SetBytes(s.call(t, token, wrapped1155.NewWrapped1155().PackBalanceOf(who, id))).Int64()
}

func (s *bridgeSide) state(t testing.TB, id [32]byte) uint8 {
	t.Helper()
	return s.call(t, s.bridge, bridge.NewBridge().PackStateOf(id))[31]
}

// custody is how much of an original the side's Bridge holds for a channel.
func (s *bridgeSide) custody(t testing.TB, channel [32]byte, token common.Address, id *big.Int) int64 {
	t.Helper()
	return new(big.Int).SetBytes(s.call(t, s.bridge, bridge.NewBridge().PackCustodyOf(channel, token, id))).Int64()
}

// wrappedID is the id an original wraps to.
func wrappedID(homeChain uint64, token common.Address, id *big.Int) *big.Int {
	enc := make([]byte, 0, 96)
	enc = append(enc, common.LeftPadBytes(new(big.Int).SetUint64(homeChain).Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(token.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(id.Bytes(), 32)...)
	return new(big.Int).SetBytes(crypto.Keccak256(enc))
}
