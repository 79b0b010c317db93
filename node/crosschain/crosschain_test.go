package crosschain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/legacycollection1155"
	"github.com/mifm/mifm/contracts/bindings/legacycollection721"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/contracts/bindings/wrapped721"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/node/trust"
)

const (
	didA      = "did:web:a.example"
	didB      = "did:web:b.example"
	didBridge = "did:web:bridge.example"
	chainX    = 1337
	chainY    = 31337
)

// keySigner signs transactions with a raw key: a user's own wallet.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignTx(tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(id), k.key)
}

func mustKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// side is one chain with the suite, deployed by the registrar.
type side struct {
	chain *chain.Embedded
	link  *Link
	reg   *chain.Sender
	addrs map[string]common.Address
}

// pair is chains X and Y, platforms A, B and a bridge registered on both,
// the channel A–B given the three platforms' attester keys (2 of 3), and a
// user with ether on both chains.
type pair struct {
	x, y      *side
	keys      map[string]*ecdsa.PrivateKey // attester keys by DID
	user      *ecdsa.PrivateKey
	userB     *ecdsa.PrivateKey
	legacy    common.Address // an outside ERC-721 collection on X
	royaltyTo common.Address
}

func newPair(t testing.TB) *pair {
	t.Helper()
	ctx := context.Background()
	p := &pair{keys: map[string]*ecdsa.PrivateKey{didA: mustKey(t), didB: mustKey(t), didBridge: mustKey(t)}, user: mustKey(t), userB: mustKey(t), royaltyTo: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	registrar := mustKey(t)
	fund := []common.Address{addr(registrar), addr(p.user), addr(p.userB)}
	for _, k := range p.keys {
		fund = append(fund, addr(k))
	}
	var members []common.Address
	for _, k := range p.keys {
		members = append(members, addr(k))
	}
	sort.Slice(members, func(i, j int) bool { return bytes.Compare(members[i][:], members[j][:]) < 0 })
	for _, id := range []uint64{chainX, chainY} {
		dir := t.TempDir()
		c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(dir, "chain"), ChainID: id, Prefund: fund, HTTPAddr: "127.0.0.1:0"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		cfg := chain.DefaultTxConfig()
		cfg.ErrorABIs = contracts.ErrorABIs()
		cfg.PollInterval = 2 * time.Millisecond
		reg, err := chain.NewSender(ctx, c, keySigner{registrar}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		list, err := contracts.Suite(addr(registrar))
		if err != nil {
			t.Fatal(err)
		}
		deps, err := chain.OpenDeployments(filepath.Join(dir, "deployments"))
		if err != nil {
			t.Fatal(err)
		}
		res, err := deps.EnsureDeployed(ctx, reg, list)
		if err != nil {
			t.Fatal(err)
		}
		s := &side{chain: c, reg: reg, addrs: map[string]common.Address{}}
		for _, r := range res {
			s.addrs[r.Name] = r.Address
		}
		s.link = &Link{Backend: c, Bridge: s.addrs[contracts.Bridge], Registry: s.addrs[contracts.PlatformRegistry], Confirmations: 1}
		pr := platformregistry.NewPlatformRegistry()
		for _, did := range []string{didA, didB, didBridge} {
			a := addr(p.keys[did])
			s.send(t, reg, s.link.Registry, pr.PackRegister(contracts.PlatformID(did), did, a, a))
		}
		s.send(t, reg, s.link.Registry, pr.PackSetChannelAttesters(contracts.PlatformID(didA), contracts.PlatformID(didB), members, 2))
		if id == chainX {
			p.x = s
			l := legacycollection721.NewLegacyCollection721()
			code, _ := hexutil.Decode(legacycollection721.LegacyCollection721MetaData.Bin)
			a, _, err := reg.Deploy(ctx, code, l.PackConstructor(addr(registrar), p.royaltyTo, big.NewInt(250)))
			if err != nil {
				t.Fatal(err)
			}
			p.legacy = a
		} else {
			p.y = s
		}
	}
	return p
}

func (s *side) send(t testing.TB, snd *chain.Sender, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	rc, err := snd.Transact(context.Background(), chain.Call{To: &to, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return rc
}

func (s *side) sender(t testing.TB, k *ecdsa.PrivateKey) *chain.Sender {
	t.Helper()
	cfg := chain.DefaultTxConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	cfg.PollInterval = 2 * time.Millisecond
	snd, err := chain.NewSender(context.Background(), s.chain, keySigner{k}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return snd
}

// mintLegacy mints a token of the outside collection to the user.
func (p *pair) mintLegacy(t testing.TB, uri string) *big.Int {
	l := legacycollection721.NewLegacyCollection721()
	rc := p.x.send(t, p.x.reg, p.legacy, l.PackSafeMint(addr(p.user), uri))
	for _, lg := range rc.Logs {
		if ev, err := l.UnpackTransferEvent(lg); err == nil {
			return ev.TokenId
		}
	}
	t.Fatal("no Transfer event in the mint")
	return nil
}

func (p *pair) links() Links { return Links{chainX: p.x.link, chainY: p.y.link} }

// node is one platform's crosschain service.
func (p *pair) node(t testing.TB, did string, partners ...string) *Service {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "store"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	log, err := audit.Open(db, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := trust.New(trust.Config{Partners: partners})
	if err != nil {
		t.Fatal(err)
	}
	s := &Service{DB: db, Audit: log, Links: p.links(), DID: did, Trust: tb,
		Attester: &Attester{Links: p.links(), Key: p.keys[did], Platform: contracts.PlatformID(did), Margin: time.Second, RequireDestination: did == didBridge}}
	key := p.keys[did]
	s.Senders = func(ctx context.Context, id uint64) (*chain.Sender, error) {
		return map[uint64]*side{chainX: p.x, chainY: p.y}[id].sender(t, key), nil
	}
	return s
}

// local is a peer node called in process, as its RE route does.
func local(peer *Service, from string) Source {
	return Source{Name: peer.DID, Attest: func(ctx context.Context, kind string, m Move, with []hexutil.Bytes) (hexutil.Bytes, error) {
		a, err := peer.HandleAttest(ctx, "re", from, &AttestRequest{Kind: kind, Move: m, With: with, Terms: termsOf(ctx)})
		if err != nil {
			return nil, err
		}
		return a.Signature, nil
	}}
}

func ownerOn(t testing.TB, l *Link, token common.Address, id *big.Int) common.Address {
	t.Helper()
	o, err := ownerOf(context.Background(), l, token, id)
	if err != nil {
		return common.Address{}
	}
	return o
}

func caip(chainID uint64, token common.Address, id *big.Int) string {
	return chain.EIP155Token(chainID, "erc721", token, id).String()
}

// A wallet holder moves an NFT of a collection mifm did not deploy from
// chain X to a user of another platform on chain Y, signing only in their
// own wallet, and the wrapped token comes back: on Y it carries the
// original's CAIP-19 id, metadata and royalty; back on X the original is
// the user's again and nothing stays wrapped.
func TestMoveThereAndBack(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	a, b, br := p.node(t, didA, didB, didBridge), p.node(t, didB, didA, didBridge), p.node(t, didBridge, didA, didB)
	var refusedByB error
	b.Attester.Admit = func(ctx context.Context, m Move) error { return refusedByB }
	a.Peers = func(context.Context, string) ([]Source, error) { return []Source{local(b, didA), local(br, didA)}, nil }
	b.Peers = func(context.Context, string) ([]Source, error) { return []Source{local(a, didB), local(br, didB)}, nil }

	uri := "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	id := p.mintLegacy(t, uri)
	pm, err := a.Prepare(ctx, "ri", Request{Assets: []string{caip(chainX, p.legacy, id)}, From: addr(p.user).Hex(), ToPlatform: didB,
		ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	it := pm.Move.Move.Items[0]
	if it.HomeChain != chainX || it.HomeToken != p.legacy || it.URI != uri || it.RoyaltyReceiver != p.royaltyTo || it.RoyaltyBps != 250 || len(pm.Approvals) != 0 || pm.Send.To != p.legacy {
		t.Fatalf("prepared: %+v approvals %d send to %s", it, len(pm.Approvals), pm.Send.To.Hex())
	}
	// The user's wallet sends the one transaction.
	if _, err := p.x.sender(t, p.user).Transact(ctx, chain.Call{To: &pm.Send.To, Data: pm.Send.Data}); err != nil {
		t.Fatal(err)
	}
	r, err := a.Advance(ctx, "ri", pm.Move.ID)
	if err != nil || r.State != Delivered {
		t.Fatalf("advance: %s %v %+v", r.State, err, r.History)
	}
	w7, err := p.y.link.Wrapped721(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w := wrapped721.NewWrapped721()
	out, _ := p.y.link.call(ctx, w7, w.PackWrappedId(big.NewInt(chainX), p.legacy, id), nil)
	wid, _ := w.UnpackWrappedId(out)
	if o := ownerOn(t, p.y.link, w7, wid); o != addr(p.userB) {
		t.Fatalf("the wrapped token on Y belongs to %s, want %s", o.Hex(), addr(p.userB).Hex())
	}
	out, _ = p.y.link.call(ctx, w7, w.PackCaip19(wid), nil)
	carried, _ := w.UnpackCaip19(out)
	if !strings.EqualFold(carried, caip(chainX, p.legacy, id)) {
		t.Errorf("the wrapped token's CAIP-19 is %s, want %s", carried, caip(chainX, p.legacy, id))
	}
	if got, _ := TokenURI(ctx, p.y.link, nil, KindERC721, w7, wid); got != uri {
		t.Errorf("the wrapped token's URI is %q", got)
	}
	if recv, bps := Royalty(ctx, p.y.link, nil, w7, wid); recv != p.royaltyTo || bps != 250 {
		t.Errorf("the wrapped token's royalty: %s %d", recv.Hex(), bps)
	}
	if o := ownerOn(t, p.x.link, p.legacy, id); o != p.x.link.Bridge {
		t.Errorf("the original is with %s, want the Bridge on X", o.Hex())
	}
	in, err := b.Get(r.ID, Incoming)
	if err != nil || in.State != Accepted {
		t.Fatalf("B's record: %+v %v", in, err)
	}
	if in, err = b.Advance(ctx, "re", r.ID); err != nil || in.State != Delivered {
		t.Errorf("B follows the delivery: %s %v", in.State, err)
	}

	// Back: B's user burns the wrapped token on Y; the original is
	// released on X to the user.
	back, err := b.Prepare(ctx, "ri", Request{Assets: []string{caip(chainY, w7, wid)}, From: addr(p.userB).Hex(), ToPlatform: didA,
		ToChain: "eip155:1337", To: addr(p.user).Hex(), Deadline: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if bi := back.Move.Move.Items[0]; bi.HomeChain != chainX || bi.HomeToken != p.legacy || bi.ID.ToInt().Cmp(id) != 0 || back.Send.To != p.y.link.Bridge {
		t.Fatalf("the return names %+v, sent to %s", bi, back.Send.To.Hex())
	}
	if _, err := p.y.sender(t, p.userB).Transact(ctx, chain.Call{To: &back.Send.To, Data: back.Send.Data}); err != nil {
		t.Fatal(err)
	}
	if o := ownerOn(t, p.y.link, w7, wid); o != (common.Address{}) {
		t.Errorf("the wrapped token still exists, owned by %s", o.Hex())
	}
	r2, err := b.Advance(ctx, "ri", back.Move.ID)
	if err != nil || r2.State != Delivered {
		t.Fatalf("return: %s %v %+v", r2.State, err, r2.History)
	}
	if o := ownerOn(t, p.x.link, p.legacy, id); o != addr(p.user) {
		t.Errorf("after the return the original belongs to %s, want the user", o.Hex())
	}

	// The whole life, from the two chains' events alone, asked by either
	// id.
	want := "minted@eip155:1337 locked@eip155:1337 sent@eip155:1337 delivered@eip155:31337 wrapped@eip155:31337 " +
		"sent@eip155:31337 burned@eip155:31337 delivered@eip155:1337 released@eip155:1337"
	for _, aid := range []string{caip(chainX, p.legacy, id), caip(chainY, w7, wid)} {
		h, err := History(ctx, p.links(), aid)
		if err != nil {
			t.Fatal(err)
		}
		if got := kinds(h); got != want {
			t.Errorf("history by %s:\n  %s\nwant\n  %s", aid, got, want)
		}
		if h.Token.Asset != caip(chainX, p.legacy, id) || h.Token.Owner == nil || *h.Token.Owner != addr(p.user) {
			t.Errorf("history names %s", h.Token.Asset)
		}
	}
}

// What must never deliver: the destination refuses (the bridge node does
// not sign a delivery the destination did not attest, so A cannot force
// it with the bridge's help), A alone, A with signatures of keys that are
// not the channel's, or a move whose metadata URI was changed. The asset
// then comes back after the deadline on A's and the bridge's refund
// attestations; a refund before the deadline is refused.
func TestMoveRefusedComesBack(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	a, b, br := p.node(t, didA, didB, didBridge), p.node(t, didB, didA, didBridge), p.node(t, didBridge, didA, didB)
	b.Attester.Admit = func(ctx context.Context, m Move) error { return errors.New("B takes no outside collections") }
	forger := mustKey(t)
	forged := Source{Name: "forger", Attest: func(_ context.Context, kind string, m Move, _ []hexutil.Bytes) (hexutil.Bytes, error) {
		d, _ := Digest(kind, m)
		return Sign(forger, d)
	}}
	twice := Source{Name: "A again", Attest: a.Attester.Attest}
	a.Peers = func(context.Context, string) ([]Source, error) {
		return []Source{forged, twice, local(b, didA), local(br, didA)}, nil
	}
	stranger := p.node(t, didBridge) // trusts no one
	if _, err := stranger.HandleAttest(ctx, "re", didA, &AttestRequest{Kind: Deliver}); err == nil || !strings.Contains(err.Error(), "partners only") {
		t.Errorf("a stranger's request: %v", err)
	}

	id := p.mintLegacy(t, "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	pm, err := a.Prepare(ctx, "ri", Request{Assets: []string{caip(chainX, p.legacy, id)}, From: addr(p.user).Hex(), ToPlatform: didB,
		ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	m := pm.Move.Move
	// Before the wallet sends: no one attests a delivery.
	if _, err := a.Attester.Attest(ctx, Deliver, m, nil); !errors.Is(err, ErrNotSent) {
		t.Errorf("attest an unsent move: %v", err)
	}
	if _, err := p.x.sender(t, p.user).Transact(ctx, chain.Call{To: &pm.Send.To, Data: pm.Send.Data}); err != nil {
		t.Fatal(err)
	}
	tampered := m
	tampered.Items = []Item{m.Items[0]}
	tampered.Items[0].URI = "ipfs://bafkreidifferentmetadata"
	if _, err := br.HandleAttest(ctx, "re", didA, &AttestRequest{Kind: Deliver, Move: tampered}); err == nil {
		t.Error("the bridge attested a move that is not the one sent")
	}
	r, err := a.Advance(ctx, "ri", pm.Move.ID)
	if err == nil || r.State != Sent || !strings.Contains(err.Error(), "1 of the 2 attestations") {
		t.Fatalf("advance with B refusing: %s %v", r.State, err)
	}
	for _, name := range []string{"forger", "A again", didB, didBridge} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("the refusal does not say what %s answered: %v", name, err)
		}
	}
	if st, _ := p.y.link.State(ctx, m.ID(), nil); st != StateNone {
		t.Fatalf("state on Y %d", st)
	}
	if _, err := br.Attester.Attest(ctx, Refund, m, nil); !errors.Is(err, ErrTooEarly) {
		t.Errorf("a refund before the deadline: %v", err)
	}
	// Both clocks pass the deadline (a block stamped after it on Y).
	for _, c := range []*side{p.x, p.y} {
		if err := c.chain.AdjustTime(time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	p.y.send(t, p.y.reg, addr(p.user), nil)
	if r, err = a.Advance(ctx, "ri", pm.Move.ID); err != nil || r.State != Refunded {
		t.Fatalf("refund: %s %v %+v", r.State, err, r.History)
	}
	if o := ownerOn(t, p.x.link, p.legacy, id); o != addr(p.user) {
		t.Errorf("after the refund the original belongs to %s", o.Hex())
	}
	// Delivering now is refused on chain: the move settled on X and Y is
	// past the deadline.
	if _, err := b.Attester.Attest(ctx, Deliver, m, nil); err == nil {
		t.Error("B attests a delivery after the refund")
	}
}

// A batch of ten NFTs moves in one transaction per side, after one
// approval of the Bridge for the collection.
func TestMoveBatch(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	a, b := p.node(t, didA, didB, didBridge), p.node(t, didB, didA, didBridge)
	a.Peers = func(context.Context, string) ([]Source, error) { return []Source{local(b, didA)}, nil }
	var assets []string
	for i := range 10 {
		id := p.mintLegacy(t, fmt.Sprintf("data:application/json,{\"name\":\"item %d\"}", i))
		assets = append(assets, caip(chainX, p.legacy, id))
	}
	pinned := func(_ context.Context, uri string) (string, error) {
		return "ipfs://bafkrei" + crypto.Keccak256Hash([]byte(uri)).Hex()[2:20], nil
	}
	a.Attester.Metadata, b.Attester.Metadata = pinned, pinned
	pm, err := a.Prepare(ctx, "ri", Request{Assets: assets, From: addr(p.user).Hex(), ToPlatform: didB, ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if len(pm.Approvals) != 1 || pm.Send.To != p.x.link.Bridge || len(pm.Move.Move.Items) != 10 || !strings.HasPrefix(pm.Move.Move.Items[3].URI, "ipfs://") {
		t.Fatalf("prepared: %d approvals, send to %s, items %+v", len(pm.Approvals), pm.Send.To.Hex(), pm.Move.Move.Items)
	}
	wallet := p.x.sender(t, p.user)
	for _, tx := range append(pm.Approvals, pm.Send) {
		if _, err := wallet.Transact(ctx, chain.Call{To: &tx.To, Data: tx.Data}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := a.Advance(ctx, "ri", pm.Move.ID)
	if err != nil || r.State != Delivered {
		t.Fatalf("batch: %s %v", r.State, err)
	}
	w7, _ := p.y.link.Wrapped721(ctx)
	w := wrapped721.NewWrapped721()
	out, _ := p.y.link.call(ctx, w7, w.PackBalanceOf(addr(p.userB)), nil)
	if n, _ := w.UnpackBalanceOf(out); n.Int64() != 10 {
		t.Errorf("B's user holds %s wrapped tokens, want 10", n)
	}
}

func kinds(h *asset.History) string {
	var out []string
	for _, e := range h.Events {
		out = append(out, e.Kind+"@"+e.Chain)
	}
	return strings.Join(out, " ")
}

// stallingProxy forwards JSON-RPC to a chain's endpoint until stalled: then
// every request hangs until its caller gives up, as an endpoint that stops
// answering does.
type stallingProxy struct {
	srv   *httptest.Server
	stall atomic.Bool
}

func newStallingProxy(t *testing.T, target string) *stallingProxy {
	p := &stallingProxy{}
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for p.stall.Load() {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
		req, _ := http.NewRequestWithContext(r.Context(), r.Method, target, r.Body)
		req.Header.Set("Content-Type", r.Header.Get("Content-Type"))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
		w.WriteHeader(resp.StatusCode)
		io.Copy(w, resp.Body)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

// A move rides out its faults (ASIR-301): an attester node killed
// mid-transfer (the other two still make the threshold), a destination
// endpoint that stalls (the origin waits, nothing half-done, and delivers
// once it answers), and a reorg that orphans the lock's block before it had
// its confirmations (no one attests an unconfirmed lock; the move ends
// delivered or not sent, never both). Nothing is ever minted twice.
func TestMoveRidesOutFaults(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	a, b := p.node(t, didA, didB, didBridge), p.node(t, didB, didA, didBridge)
	killed := Source{Name: didBridge, Attest: func(context.Context, string, Move, []hexutil.Bytes) (hexutil.Bytes, error) {
		return nil, errors.New("dial tcp 127.0.0.1:1: connect: connection refused")
	}}
	a.Peers = func(context.Context, string) ([]Source, error) { return []Source{killed, local(b, didA)}, nil }

	// The origin's view of Y goes through a proxy that can stall.
	proxy := newStallingProxy(t, p.y.chain.Endpoint())
	stalled, err := chain.Dial(ctx, proxy.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stalled.Close() })
	yLink := *p.y.link
	yLink.Backend = stalled
	a.Links = Links{chainX: p.x.link, chainY: &yLink}
	a.Attester.Links = a.Links

	id := p.mintLegacy(t, "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	pm, err := a.Prepare(ctx, "ri", Request{Assets: []string{caip(chainX, p.legacy, id)}, From: addr(p.user).Hex(), ToPlatform: didB,
		ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.x.sender(t, p.user).Transact(ctx, chain.Call{To: &pm.Send.To, Data: pm.Send.Data}); err != nil {
		t.Fatal(err)
	}
	proxy.stall.Store(true)
	sctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	r, err := a.Advance(sctx, "ri", pm.Move.ID)
	cancel()
	if err == nil || r.State == Delivered {
		t.Fatalf("advance while Y stalls: %s %v", r.State, err)
	}
	if st, _ := p.y.link.State(ctx, pm.Move.ID, nil); st != StateNone {
		t.Fatalf("Y's state while stalled: %d", st)
	}
	proxy.stall.Store(false)
	if r, err = a.Advance(ctx, "ri", pm.Move.ID); err != nil || r.State != Delivered {
		t.Fatalf("advance once Y answers, with the bridge node down: %s %v", r.State, err)
	}
	if r, err = a.Advance(ctx, "ri", pm.Move.ID); err != nil || r.State != Delivered {
		t.Fatalf("advance again: %s %v", r.State, err)
	}
	w7, _ := p.y.link.Wrapped721(ctx)
	w := wrapped721.NewWrapped721()
	out, _ := p.y.link.call(ctx, w7, w.PackBalanceOf(addr(p.userB)), nil)
	if n, _ := w.UnpackBalanceOf(out); n.Int64() != 1 {
		t.Fatalf("B's user holds %s wrapped tokens, want exactly 1", n)
	}

	// A reorg on X: the lock's block is orphaned before it has the two
	// confirmations X's link wants.
	p.x.link.Confirmations = 2
	id2 := p.mintLegacy(t, "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	pm2, err := a.Prepare(ctx, "ri", Request{Assets: []string{caip(chainX, p.legacy, id2)}, From: addr(p.user).Hex(), ToPlatform: didB,
		ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	before, err := p.x.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.x.sender(t, p.user).Transact(ctx, chain.Call{To: &pm2.Send.To, Data: pm2.Send.Data}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*Service{a, b} {
		if _, err := s.Attester.Attest(ctx, Deliver, pm2.Move.Move, nil); !errors.Is(err, ErrNotSent) {
			t.Errorf("%s attests a lock with one confirmation: %v", s.DID, err)
		}
	}
	// The dev chain forks only with an empty pool: wait for it to settle.
	var rerr error
	for range 100 {
		if rerr = p.x.chain.Reorg(before.Hash()); rerr == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if rerr != nil {
		t.Fatal(rerr)
	}
	// Whatever the chain does with the orphaned lock (sealed again, or
	// gone), the move ends one way and the asset is in one place.
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if r, _ = a.Advance(ctx, "ri", pm2.Move.ID); r != nil && r.State == Delivered {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("after the reorg the move is %s", r.State)
	wid := WrappedID(chainX, p.legacy, id2)
	owner, wrappedOwner := ownerOn(t, p.x.link, p.legacy, id2), ownerOn(t, p.y.link, w7, wid)
	switch {
	case r.State == Delivered && owner == p.x.link.Bridge && wrappedOwner == addr(p.userB):
	case r.State == Prepared && owner == addr(p.user) && wrappedOwner == (common.Address{}):
		// the lock is gone with its block
	case r.State == Prepared && owner == p.x.link.Bridge && wrappedOwner == (common.Address{}):
		// sealed again, waiting for its confirmations: nothing minted
	default:
		t.Fatalf("after the reorg: move %s, original with %s, wrapped with %s", r.State, owner.Hex(), wrappedOwner.Hex())
	}
	out, _ = p.y.link.call(ctx, w7, w.PackBalanceOf(addr(p.userB)), nil)
	if n, _ := w.UnpackBalanceOf(out); r.State == Delivered && n.Int64() != 2 {
		t.Errorf("B's user holds %s wrapped tokens after the second move, want 2", n)
	}
}

// A signature Go recovers but the Bridge refuses (high s, v 0 or 1) is not
// counted: were it counted, one bad attester's answer would make every
// submission revert and freeze the move. A peer cannot have this node vouch
// as the origin for a move it never prepared.
func TestGatherCountsOnlyWhatTheBridgeTakes(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	a, b := p.node(t, didA, didB, didBridge), p.node(t, didB, didA, didBridge)
	id := p.mintLegacy(t, "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	pm, err := a.Prepare(ctx, "ri", Request{Assets: []string{caip(chainX, p.legacy, id)}, From: addr(p.user).Hex(), ToPlatform: didB,
		ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.x.sender(t, p.user).Transact(ctx, chain.Call{To: &pm.Send.To, Data: pm.Send.Data}); err != nil {
		t.Fatal(err)
	}
	m := pm.Move.Move
	n := crypto.S256().Params().N
	twisted := func(name string, twist func(sig []byte)) Source {
		return Source{Name: name, Attest: func(ctx context.Context, kind string, m Move, with []hexutil.Bytes) (hexutil.Bytes, error) {
			sig, err := b.Attester.Attest(ctx, kind, m, with)
			if err != nil {
				return nil, err
			}
			twist(sig)
			return sig, nil
		}}
	}
	highS := twisted("high s", func(sig []byte) {
		s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
		copy(sig[32:64], common.LeftPadBytes(s.Bytes(), 32))
		sig[64] = 27 + 28 - sig[64]
	})
	v01 := twisted("v 0/1", func(sig []byte) { sig[64] -= 27 })
	for _, bad := range []Source{highS, v01} {
		if _, skipped, err := Gather(ctx, p.y.link, Deliver, m, []Source{{Name: didA, Attest: a.Attester.Attest}, bad}); err == nil || len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "the Bridge would refuse") {
			t.Errorf("%s counted: %v %v", bad.Name, skipped, err)
		}
	}
	// The origin sends B the move's terms, as its submit does.
	if sigs, _, err := Gather(withTerms(ctx, pm.Move.Terms), p.y.link, Deliver, m, []Source{{Name: didA, Attest: a.Attester.Attest}, highS, local(b, didA)}); err != nil || len(sigs) != 2 {
		t.Fatalf("with B's genuine signature after the bad one: %d %v", len(sigs), err)
	}
	// B asks A, the origin, to vouch for a move A never prepared.
	forged := m
	forged.Salt = common.Hash{1}
	if _, err := a.HandleAttest(ctx, "re", didB, &AttestRequest{Kind: Deliver, Move: forged}); err == nil || !strings.Contains(err.Error(), "prepared no move") {
		t.Errorf("A vouched for a move it never prepared: %v", err)
	}
}

// ERC-1155 editions of an outside collection move as a batch in one
// transaction per side, and part of them comes back: the {id} URI and the
// royalty travel with them, custody holds what is still away.
func TestMoveEditionsThereAndBack(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	a, b := p.node(t, didA, didB, didBridge), p.node(t, didB, didA, didBridge)
	a.Peers = func(context.Context, string) ([]Source, error) { return []Source{local(b, didA)}, nil }
	b.Peers = func(context.Context, string) ([]Source, error) { return []Source{local(a, didB)}, nil }
	l := legacycollection1155.NewLegacyCollection1155()
	code, _ := hexutil.Decode(legacycollection1155.LegacyCollection1155MetaData.Bin)
	editions, _, err := p.x.reg.Deploy(ctx, code, l.PackConstructor(p.x.reg.From(), "ipfs://bafybeihkoviema7g3gxyt6la7vd5ho32ictqbilu3wnlo3rs7ewhnp7lly/{id}.json", p.royaltyTo, big.NewInt(300)))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{1, 2} {
		p.x.send(t, p.x.reg, editions, l.PackMint(addr(p.user), big.NewInt(id), big.NewInt(10)))
	}
	pm, err := a.Prepare(ctx, "ri", Request{Assets: []string{caip1155(chainX, editions, big.NewInt(1)), caip1155(chainX, editions, big.NewInt(2))}, Amounts: []string{"4", "10"},
		From: addr(p.user).Hex(), ToPlatform: didB, ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if it := pm.Move.Move.Items[0]; it.Amount.ToInt().Int64() != 4 || !strings.HasSuffix(it.URI, "/0000000000000000000000000000000000000000000000000000000000000001.json") || len(pm.Approvals) != 1 || pm.Send.To != p.x.link.Bridge {
		t.Fatalf("prepared: %+v, %d approvals, send to %s", it, len(pm.Approvals), pm.Send.To.Hex())
	}
	if _, err := a.Prepare(ctx, "ri", Request{Assets: []string{caip1155(chainX, editions, big.NewInt(1))}, Amounts: []string{"11"}, From: addr(p.user).Hex(), ToPlatform: didB, ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: time.Hour}); !errors.Is(err, ErrBadMove) || !strings.Contains(err.Error(), "fewer than 11") {
		t.Errorf("more editions than held: %v", err)
	}
	wallet := p.x.sender(t, p.user)
	for _, tx := range append(pm.Approvals, pm.Send) {
		if _, err := wallet.Transact(ctx, chain.Call{To: &tx.To, Data: tx.Data}); err != nil {
			t.Fatal(err)
		}
	}
	if r, err := a.Advance(ctx, "ri", pm.Move.ID); err != nil || r.State != Delivered {
		t.Fatalf("the editions' move: %v %v", r, err)
	}
	w15, err := p.y.link.wrapped(ctx, KindERC1155)
	if err != nil {
		t.Fatal(err)
	}
	balance := func(l *Link, token, who common.Address, id *big.Int) int64 {
		e := asset1155.NewAsset1155()
		out, err := l.call(ctx, token, e.PackBalanceOf(who, id), nil)
		if err != nil {
			t.Fatal(err)
		}
		n, _ := e.UnpackBalanceOf(out)
		return n.Int64()
	}
	wid1 := WrappedID(chainX, editions, big.NewInt(1))
	if got := balance(p.y.link, w15, addr(p.userB), wid1); got != 4 {
		t.Fatalf("B's user holds %d wrapped editions of id 1, want 4", got)
	}
	// Three of the four come home.
	back, err := b.Prepare(ctx, "ri", Request{Assets: []string{caip1155(chainY, w15, wid1)}, Amounts: []string{"3"},
		From: addr(p.userB).Hex(), ToPlatform: didA, ToChain: "eip155:1337", To: addr(p.user).Hex(), Deadline: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.y.sender(t, p.userB).Transact(ctx, chain.Call{To: &back.Send.To, Data: back.Send.Data}); err != nil {
		t.Fatal(err)
	}
	if r, err := b.Advance(ctx, "ri", back.Move.ID); err != nil || r.State != Delivered {
		t.Fatalf("the return: %v %v", r, err)
	}
	if got, left := balance(p.x.link, editions, addr(p.user), big.NewInt(1)), balance(p.y.link, w15, addr(p.userB), wid1); got != 9 || left != 1 {
		t.Errorf("after the return: the user holds %d of id 1 (want 9), B's user %d wrapped (want 1)", got, left)
	}
}

func caip1155(chainID uint64, token common.Address, id *big.Int) string {
	return chain.EIP155Token(chainID, "erc1155", token, id).String()
}

// The destination checks the terms the origin sends against the move's
// salt and asks its platform's back end before it signs: a refusal refuses,
// a back end that does not answer leaves the move open, terms that are not
// the salt's are refused; what it admitted it records with the terms.
func TestDestinationAsksItsPlatform(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	a, b := p.node(t, didA, didB, didBridge), p.node(t, didB, didA, didBridge)
	id := p.mintLegacy(t, "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	pm, err := a.Prepare(ctx, "ri", Request{Assets: []string{caip(chainX, p.legacy, id)}, From: addr(p.user).Hex(), ToPlatform: didB,
		ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: time.Hour, Rights: []string{"display"}, Visibility: "unlisted"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.x.sender(t, p.user).Transact(ctx, chain.Call{To: &pm.Send.To, Data: pm.Send.Data}); err != nil {
		t.Fatal(err)
	}
	m, terms := pm.Move.Move, *pm.Move.Terms
	var asked []string
	answer := errors.New("the platform takes no lanterns")
	b.Platform = func(_ context.Context, from string, m Move, t Terms) error {
		asked = append(asked, from+" "+t.Visibility)
		return answer
	}
	ask := func(t0 *Terms) error {
		_, err := b.HandleAttest(ctx, "re", didA, &AttestRequest{Kind: Deliver, Move: m, Terms: t0})
		return err
	}
	if err := ask(&terms); err == nil || !strings.Contains(err.Error(), "takes no lanterns") {
		t.Errorf("the back end's refusal: %v", err)
	}
	answer = fmt.Errorf("%w: connection refused", ErrUndecided)
	if err := ask(&terms); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("a back end that does not answer: %v", err)
	}
	other := terms
	other.Visibility = "public"
	if err := ask(&other); err == nil || !strings.Contains(err.Error(), "not those move") {
		t.Errorf("terms that are not the salt's: %v", err)
	}
	if err := ask(nil); err == nil {
		t.Error("no terms: attested")
	}
	if _, err := b.Get(m.ID(), Incoming); !errors.Is(err, ErrNotFound) {
		t.Errorf("a refused move was recorded: %v", err)
	}
	answer = nil
	if err := ask(&terms); err != nil {
		t.Fatalf("admitted: %v", err)
	}
	in, err := b.Get(m.ID(), Incoming)
	if err != nil || in.Terms == nil || in.Terms.Visibility != "unlisted" || len(in.Rights) != 1 {
		t.Errorf("B's record: %+v %v", in, err)
	}
	if len(asked) != 3 || asked[0] != didA+" unlisted" {
		t.Errorf("the back end was asked %v", asked)
	}
}
