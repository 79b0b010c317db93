package daemon

import (
	"bytes"
	"context"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/bridge"
	"github.com/mifm/mifm/contracts/bindings/legacycollection721"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/contracts/bindings/wrapped721"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/crosschain"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/riclient"
	"github.com/mifm/mifm/node/transfer"
)

// moveNet is three nodes on two chains: A on X (1337), B on Y (31337), a
// bridge node on X; each follows the other chain. A deployed the suite on
// both chains and is both registries' registrar; every platform is
// registered on both, and the channel A–B has the three platform keys as
// attesters, two of which must sign.
type moveNet struct {
	a, b, br *InProcess
	x, y     *chain.Embedded
	// legacy is an outside ERC-721 collection on X, owner deployer.
	legacy   common.Address
	deployer *chain.Sender
}

func startMoveNet(t *testing.T, wallets ...common.Address) *moveNet {
	t.Helper()
	ctx := context.Background()
	mk := func(name string) *home.Home {
		cfg := home.DefaultConfig()
		cfg.Keystore.KDF = "light"
		cfg.Net.AllowPrivate = home.Loopback
		h, err := home.Init(filepath.Join(t.TempDir(), name), home.InitOptions{Config: cfg, Passphrase: testPass, DevAccounts: 1})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	hA, hB, hBr := mk("a"), mk("b"), mk("bridge")
	fund := append([]common.Address{hA.PlatformAddress(), hB.PlatformAddress(), hBr.PlatformAddress()}, wallets...)
	fund = append(fund, hA.Keystore().Accounts()...)
	start := func(id uint64) *chain.Embedded {
		c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(t.TempDir(), "chain"), ChainID: id, Prefund: fund, HTTPAddr: "127.0.0.1:0"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	n := &moveNet{x: start(1337), y: start(31337)}
	for _, p := range []struct {
		h           *home.Home
		main, other *chain.Embedded
	}{{hA, n.x, n.y}, {hB, n.y, n.x}, {hBr, n.x, n.y}} {
		p.h.Config.Chain.Backend = p.main.Endpoint()
		p.h.Config.Chains = []home.FollowedChain{{RPC: p.other.Endpoint(), Confirmations: 1}}
	}
	// A deploys the suite on both chains and registers everyone there.
	for _, c := range []*chain.Embedded{n.x, n.y} {
		na := &node.Node{Home: hA, Chain: c}
		s, err := na.Sender(ctx, testPass)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := na.DeploySuite(ctx, s); err != nil {
			t.Fatal(err)
		}
		if _, err := na.PrepareMinting(ctx, s); err != nil {
			t.Fatal(err)
		}
		for _, h := range []*home.Home{hB, hBr} {
			k := h.PlatformAddress()
			if _, err := na.RegisterPlatform(ctx, s, h.Config.Platform.DID, k, k); err != nil {
				t.Fatal(err)
			}
			deps, _ := h.Deployments()
			depsA, _ := hA.Deployments()
			if err := deps.Adopt(ctx, c, c.ChainNumber().Uint64(), depsA); err != nil {
				t.Fatal(err)
			}
		}
		if c == n.x {
			n.deployer = s
			code, _ := hexutil.Decode(legacycollection721.LegacyCollection721MetaData.Bin)
			l := legacycollection721.NewLegacyCollection721()
			if n.legacy, _, err = s.Deploy(ctx, code, l.PackConstructor(s.From(), common.HexToAddress("0x00000000000000000000000000000000000000aa"), big.NewInt(300))); err != nil {
				t.Fatal(err)
			}
		}
	}
	serve := func(h *home.Home, manifesto string, bridge bool) *InProcess {
		c, err := core.Open(ctx, core.Config{Home: h, Passphrase: func() (string, error) { return testPass, nil }, API: core.APIRI, Bridge: bridge})
		if err != nil {
			t.Fatal(err)
		}
		token, _ := h.RIToken()
		p, err := ServeInProcess(c, token)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { p.Close() })
		data, err := os.ReadFile(filepath.Join("..", "..", "demo", "manifestos", manifesto))
		if err != nil {
			t.Fatal(err)
		}
		m, err := manage.ParseManifesto(data)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.SetManifesto(ctx, m); err != nil {
			t.Fatal(err)
		}
		return p
	}
	n.a, n.b, n.br = serve(hA, "platform-a.json", false), serve(hB, "platform-b.json", false), serve(hBr, "platform-b.json", true)
	hBr.Config.Attesters = nil
	n.a.Core.Home.Config.Attesters = []home.AttesterNode{{DID: hBr.Config.Platform.DID, URL: n.br.RE}}
	n.b.Core.Home.Config.Attesters = []home.AttesterNode{{DID: hBr.Config.Platform.DID, URL: n.br.RE}}
	partners(t, n.a, n.b, n.br)
	attesters := []common.Address{hA.PlatformAddress(), hB.PlatformAddress(), hBr.PlatformAddress()}
	// On X through A's node (the registrar's API); on Y from A's key too.
	req := api.ChannelAttestersRequest{PlatformA: hA.Config.Platform.DID, PlatformB: hB.Config.Platform.DID, Threshold: 2}
	for _, a := range attesters {
		req.Attesters = append(req.Attesters, a.Hex())
	}
	if res, err := n.a.Core.SetChannelAttesters(ctx, req); err != nil || res.Chain != "eip155:1337" || len(res.Attesters) != 3 {
		t.Fatalf("channel attesters on X: %+v %v", res, err)
	}
	sy, err := (&node.Node{Home: hA, Chain: n.y}).Sender(ctx, testPass)
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(attesters, func(i, j int) bool { return bytes.Compare(attesters[i][:], attesters[j][:]) < 0 })
	depsA, _ := hA.Deployments()
	recY, _ := depsA.Load(31337)
	regY := recY[contracts.PlatformRegistry].Address
	if _, err := sy.Transact(ctx, chain.Call{To: &regY, Data: platformregistry.NewPlatformRegistry().PackSetChannelAttesters(
		contracts.PlatformID(hA.Config.Platform.DID), contracts.PlatformID(hB.Config.Platform.DID), attesters, 2)}); err != nil {
		t.Fatal(err)
	}
	if _, err := n.a.Core.OpenChannel(ctx, api.OpenChannelRequest{Peer: n.b.RE}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []*InProcess{n.a, n.b, n.br} {
		if _, err := p.Core.StartMoves(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// A wallet holder moves an NFT from a collection mifm did not deploy, from
// chain X to a user of another platform on chain Y, signing only in their
// own wallet, and back (FGMV-43 9.2 across chains): over RI, through the
// nodes' RE attestations, with nothing but the two chains and the wallets.
func TestMoveAcrossChainsOverRI(t *testing.T) {
	// Its own nodes and chains: it runs beside the other long ones.
	t.Parallel()
	if testing.Short() {
		t.Skip("three nodes and two chains")
	}
	ctx := context.Background()
	n0 := startMoveNetUsers(t)
	n, user, userB := n0.net, n0.user, n0.userB
	l := legacycollection721.NewLegacyCollection721()
	uri := `data:application/json,{"name":"Lantern","description":"from a legacy collection"}`
	rc, err := n.deployer.Transact(ctx, chain.Call{To: &n.legacy, Data: l.PackSafeMint(user.addr, uri)})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := l.UnpackTransferEvent(rc.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	tokenID := ev.TokenId
	riA, _ := riclient.New(n.a.RI, n.a.Token, nil)
	riB, _ := riclient.New(n.b.RI, n.b.Token, nil)
	didA, didB := n.a.Core.Home.Config.Platform.DID, n.b.Core.Home.Config.Platform.DID
	original := chain.EIP155Token(1337, "erc721", n.legacy, tokenID).String()

	p, err := riA.PrepareMove(ctx, api.MoveRequest{Assets: []string{original}, From: user.addr.Hex(), ToPlatform: didB, ToChain: "eip155:31337", To: userB.addr.Hex(), Deadline: "10m"})
	if err != nil {
		t.Fatal(err)
	}
	user.send(ctx, transfer2tx(p.Send))
	r, err := riA.AdvanceMove(ctx, p.Move.ID.Hex())
	if err != nil || r.State != crosschain.Delivered {
		t.Fatalf("the move: %+v %v", r, err)
	}
	yLink := n.b.Core.MoveService().Links[31337]
	w7 := wrappedOn(t, n.y, yLink.Bridge)
	w := wrapped721.NewWrapped721()
	out, err := chain.CallView(ctx, n.y, w7, w.PackWrappedId(big.NewInt(1337), n.legacy, tokenID))
	if err != nil {
		t.Fatal(err)
	}
	wid, _ := w.UnpackWrappedId(out)
	if owner := ownerAt(t, n.y, w7, wid); owner != userB.addr {
		t.Fatalf("the wrapped token belongs to %s, want %s", owner.Hex(), userB.addr.Hex())
	}
	if in, err := riB.MoveShow(ctx, r.ID.Hex()); err != nil || in.Role != crosschain.Incoming {
		t.Errorf("B's record: %+v %v", in, err)
	}

	// Back home: the user of B burns it on Y, the original is released on X.
	wrapped := chain.EIP155Token(31337, "erc721", w7, wid).String()
	back, err := riB.PrepareMove(ctx, api.MoveRequest{Assets: []string{wrapped}, From: userB.addr.Hex(), ToPlatform: didA, ToChain: "eip155:1337", To: user.addr.Hex(), Deadline: "10m"})
	if err != nil {
		t.Fatal(err)
	}
	userB.send(ctx, transfer2tx(back.Send))
	r2, err := riB.AdvanceMove(ctx, back.Move.ID.Hex())
	if err != nil || r2.State != crosschain.Delivered {
		t.Fatalf("the return: %+v %v", r2, err)
	}
	if owner := ownerAt(t, n.x, n.legacy, tokenID); owner != user.addr {
		t.Errorf("after the return the original belongs to %s, want the user %s", owner.Hex(), user.addr.Hex())
	}
	if !strings.Contains(r2.History[len(r2.History)-1].Detail, "attestations verified") {
		t.Errorf("the return's last step: %+v", r2.History)
	}
	// `asset history` on either node: the token's whole life across both
	// chains, from their events alone.
	for name, cl := range map[string]*riclient.Client{"A": riA, "B": riB} {
		h, err := cl.AssetHistory(ctx, original, "")
		if err != nil {
			t.Fatalf("%s's history: %v", name, err)
		}
		var got []string
		for _, e := range h.Events {
			got = append(got, e.Kind+"@"+e.Chain)
		}
		want := "minted@eip155:1337 locked@eip155:1337 sent@eip155:1337 delivered@eip155:31337 wrapped@eip155:31337 " +
			"sent@eip155:31337 burned@eip155:31337 delivered@eip155:1337 released@eip155:1337"
		if strings.Join(got, " ") != want {
			t.Errorf("%s's history:\n  %s\nwant\n  %s", name, strings.Join(got, " "), want)
		}
	}
}

type moveUsers struct {
	net         *moveNet
	user, userB *userWallet
}

// startMoveNetUsers is startMoveNet with a wallet holder on each chain.
func startMoveNetUsers(t *testing.T) moveUsers {
	u, ub := newUserWallet(t, nil), newUserWallet(t, nil)
	n := startMoveNet(t, u.addr, ub.addr)
	u.c, ub.c, u.rpc, ub.rpc = n.x, n.y, n.x.Endpoint(), n.y.Endpoint()
	return moveUsers{net: n, user: u, userB: ub}
}

func transfer2tx(u crosschain.UnsignedTx) transfer.UnsignedTx {
	return transfer.UnsignedTx{To: u.To, Data: u.Data, Value: u.Value}
}

func wrappedOn(t *testing.T, c chain.Client, bridgeAddr common.Address) common.Address {
	t.Helper()
	b := bridge.NewBridge()
	out, err := chain.CallView(context.Background(), c, bridgeAddr, b.PackWrapped721())
	if err != nil {
		t.Fatal(err)
	}
	a, _ := b.UnpackWrapped721(out)
	return a
}

func ownerAt(t *testing.T, c chain.Client, token common.Address, id *big.Int) common.Address {
	t.Helper()
	w := wrapped721.NewWrapped721()
	out, err := chain.CallView(context.Background(), c, token, w.PackOwnerOf(id))
	if err != nil {
		return common.Address{}
	}
	o, _ := w.UnpackOwnerOf(out)
	return o
}

// A stranger asking for an attestation costs the node nothing: refused
// before the cross-chain service starts (no key decrypted, no chain
// dialled), even on a node whose other chain is down.
func TestStrangerAttestCostsNothing(t *testing.T) {
	n := startNodeWith(t, "platform-b.json", false, func(c *home.Config) {
		c.Net.AllowPrivate = home.Loopback
		c.Chains = []home.FollowedChain{{RPC: "http://127.0.0.1:9", Confirmations: 1}}
	})
	body := []byte(`{"kind":"deliver","move":{"kind":1,"items":[{"id":"0x1","amount":"0x1"}],"sender":"0x0000000000000000000000000000000000000001","recipient":"0x0000000000000000000000000000000000000002","fromChain":1,"toChain":2}}`)
	for range 20 {
		status, prob, _ := postRE(t, http.DefaultClient, n, stranger(t, ""), "/re/v1/moves/attest", body)
		if status != http.StatusForbidden || prob.Code != re.CodeNotPartner {
			t.Fatalf("a stranger's attest request: %d %+v", status, prob)
		}
	}
	if n.Core.MoveService() != nil {
		t.Error("a stranger's request started the cross-chain service")
	}
}
