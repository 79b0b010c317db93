package demo

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/transfer"
)

// world is what the demo's transfer steps share: A's chain and key, the
// sword minted earlier and the two platform currencies.
type world struct {
	n      *node.Node
	sender *chain.Sender
	sword  string
	userA  common.Address
	userB  common.Address
	tokens map[string]common.Address // currency code → ERC-20
	// What an explorer of the demo's world needs: the second chain (open
	// until the demo ends), the outside collection, the token moved
	// across chains, the anchored subjects.
	y        *chain.Embedded
	legacy   common.Address
	lantern  string
	subjects []string
	explore  func(context.Context, Scene) error
}

// one is 10^18 smallest units: both demo currencies have 18 decimals.
var one = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func units(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), one) }

func whole(s string) string {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return s
	}
	return new(big.Rat).SetFrac(v, one).FloatString(2)
}

// demoMarket deploys the demo's currencies (GEM of A, ORB of B; the demo's
// deployer mints both) and pays out A's user and B's treasury.
func demoMarket(ctx context.Context, w *world, treasuryB common.Address) error {
	cur := currency.NewCurrency()
	code := common.FromHex(currency.CurrencyMetaData.Bin)
	w.tokens = map[string]common.Address{}
	for _, c := range []struct {
		code string
		to   common.Address
	}{{"GEM", w.userA}, {"ORB", treasuryB}} {
		addr, _, err := w.sender.Deploy(ctx, code, cur.PackConstructor(c.code, c.code, w.sender.From()))
		if err != nil {
			return fmt.Errorf("deploy %s: %w", c.code, err)
		}
		if _, err := w.sender.Transact(ctx, chain.Call{To: &addr, Data: cur.PackMint(c.to, units(1000))}); err != nil {
			return fmt.Errorf("mint %s: %w", c.code, err)
		}
		w.tokens[c.code] = addr
	}
	return nil
}

// adopt records A's contract suite in h's deployments: h names the demo's
// chain (openHome), and its node and CLI find the registry, the assets and
// the escrow at the addresses A deployed them to, as `mifm chain adopt`
// would.
func (w *world) adopt(ctx context.Context, h *home.Home) error {
	if h.Dir == w.n.Home.Dir {
		return nil
	}
	from, err := w.n.Home.Deployments()
	if err != nil {
		return err
	}
	to, err := h.Deployments()
	if err != nil {
		return err
	}
	if err := to.Adopt(ctx, w.n.Chain, w.n.Chain.ChainNumber().Uint64(), from); err != nil {
		return fmt.Errorf("adopt %s's contracts in %s: %w", PlatformA, h.Dir, err)
	}
	return nil
}

// tokenID is a currency as a manifesto names it: CAIP-19 erc20.
func (w *world) tokenID(code string) string {
	return chain.AssetID{Chain: w.n.Chain.CAIP2(), Namespace: "erc20", Reference: w.tokens[code].Hex()}.String()
}

// SwapKey is the idempotency key of the demo's currency swap.
const SwapKey = "demo-swap-gem-orb"

// demoTransfers runs FGMV-43 9.2 between the demo's nodes A and B on A's
// chain: the sword to a user on B (released and imported), currency
// exchanged at the agreed rate, currency sent as GEM and delivered as ORB, a
// transfer B's policy rejects (refunded at once), one B never answers
// (refunded after the deadline), and the sword's provenance read back from
// the chain alone.
func demoTransfers(ctx context.Context, w *world, nodes map[string]*daemon.InProcess, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	t := time.Now()
	failed := func(step string, err error) error {
		_, err = fail(step, t, err)
		return err
	}
	a, b := nodes[PlatformA], nodes[PlatformB]
	hA, hB := a.Core.Home, b.Core.Home
	keyB := hB.PlatformAddress()
	// B's node sends its own transactions (releases, orders): some ether.
	if _, err := w.sender.Transact(ctx, chain.Call{To: &keyB, Value: new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))}); err != nil {
		return failed("transfer-setup", err)
	}
	// B's acceptances are signed by its node's key: its admin names it
	// attester in the registry.
	regAddr, err := w.n.Deployment(contracts.PlatformRegistry)
	if err != nil {
		return failed("transfer-setup", err)
	}
	reg := platformregistry.NewPlatformRegistry()
	idB := contracts.PlatformID(PlatformB)
	out, err := chain.CallView(ctx, w.n.Chain, regAddr, reg.PackAttesterOf(idB))
	if err != nil {
		return failed("transfer-setup", err)
	}
	if att, _ := reg.UnpackAttesterOf(out); att != keyB {
		keysA := &node.HomeKeys{Node: w.n, Passphrase: func() (string, error) { return hA.Passphrase(home.PassphraseSources{}) }}
		admin, _, err := keysA.Wallet(ctx, hA.Keystore().Accounts()[1])
		if err != nil {
			return failed("transfer-setup", err)
		}
		if _, err := admin.Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackSetAttester(idB, keyB)}); err != nil {
			return failed("transfer-setup", err)
		}
	}
	// Each operator approves the other's currency at its token, and B's
	// lets its treasury sell ORB up to 1000 a day on a channel.
	hA.Config.Trust.Currency = []home.CurrencyApproval{{Platform: PlatformB, Code: "ORB", Token: w.tokens["ORB"].Hex()}}
	hB.Config.Trust.Currency = []home.CurrencyApproval{{Platform: PlatformA, Code: "GEM", Token: w.tokens["GEM"].Hex()}}
	hB.Config.Trust.Limit = []home.TreasuryLimit{{Currency: "ORB", PerChannel: units(1000).String(), PerPeriod: units(1000).String(), Period: "24h"}}
	for _, h := range []*home.Home{hA, hB} {
		if err := h.Save(); err != nil {
			return failed("transfer-setup", err)
		}
	}
	stores := map[string]*ipfs.Store{}
	for _, p := range []*daemon.InProcess{a, b} {
		s, err := p.Core.ContentStore(ctx)
		if err == nil {
			_, err = p.Core.StartTransfers(ctx)
		}
		if err != nil {
			return failed("transfer-setup", err)
		}
		stores[p.Core.Home.Config.Platform.DID] = s
	}
	report(Step{Step: "transfer-setup", OK: true, Detail: "B's node key is B's attester in the registry; both nodes run ASTF/ASEF on the same escrow and exchange", IDs: map[string]string{
		"attesterB": keyB.Hex(), "userA": w.userA.Hex(), "userB": w.userB.Hex(),
	}, Ms: ms(t)})

	owner := func(id string) common.Address {
		aid, _ := chain.ParseAssetID(id)
		tid, _ := new(big.Int).SetString(aid.TokenID, 10)
		a7 := asset721.NewAsset721()
		out, err := chain.CallView(ctx, w.n.Chain, common.HexToAddress(aid.Reference), a7.PackOwnerOf(tid))
		if err != nil {
			return common.Address{}
		}
		o, _ := a7.UnpackOwnerOf(out)
		return o
	}
	balance := func(code string, who common.Address) *big.Int {
		c := currency.NewCurrency()
		out, err := chain.CallView(ctx, w.n.Chain, w.tokens[code], c.PackBalanceOf(who))
		if err != nil {
			return new(big.Int)
		}
		v, _ := c.UnpackBalanceOf(out)
		return v
	}
	gasOf := func(tx common.Hash) uint64 {
		if rc, err := w.n.Chain.TransactionReceipt(ctx, tx); err == nil {
			return rc.GasUsed
		}
		return 0
	}
	send := func(step string, req api.TransferRequest, want transfer.State) (*transfer.Record, error) {
		t = time.Now()
		r, err := a.Core.StartTransfer(ctx, req)
		if err != nil {
			return nil, failed(step, err)
		}
		if r.State != want {
			return nil, failed(step, fmt.Errorf("transfer %s ended %s, want %s (%s)", r.ID.Hex(), r.State, want, r.Error))
		}
		return r, nil
	}

	// 1. The sword goes to B's user.
	if owner(w.sword) != w.userA {
		report(Step{Step: "transfer-sword", OK: true, Detail: "the sword already left A's user in an earlier run", Ms: 0})
	} else {
		r, err := send("transfer-sword", api.TransferRequest{Asset: w.sword, ToPlatform: PlatformB, To: w.userB.Hex(), Deadline: "10m",
			Rights: []string{"display", "wield"}, Visibility: "public"}, transfer.Delivered)
		if err != nil {
			return err
		}
		in, err := b.Core.TransferShow(ctx, r.ID.Hex())
		if err == nil && (owner(w.sword) != w.userB || in.State != transfer.Imported) {
			err = fmt.Errorf("after delivery the sword is with %s and B's record says %s", owner(w.sword).Hex(), in.State)
		}
		if err != nil {
			return failed("transfer-sword", err)
		}
		report(Step{Step: "transfer-sword", OK: true, Detail: fmt.Sprintf("A's user consented (EIP-712) and locked the sword; B checked the lock, its policy admitted it, B released it to its user and imported %d files (rights %s, %s): %s",
			len(in.Answer.ImportedCIDs), strings.Join(in.Terms.Rights, "+"), in.Terms.Visibility, path(r)), IDs: map[string]string{
			"transfer": r.ID.Hex(), "lock": r.LockTx.Hex(), "release": r.Settled.Tx.Hex(), "owner": w.userB.Hex(),
		}, Ms: ms(t)})
	}

	// 2. Currency exchanged at the agreed rate, under an idempotency key:
	// sent again (as after a lost answer), the same fill answers.
	t = time.Now()
	swapReq := api.ExchangeRequest{Pay: "GEM", Get: "ORB", Amount: units(100).String(), Taker: w.userA.Hex(), IdempotencyKey: SwapKey}
	sw, err := a.Core.Swap(ctx, swapReq)
	if err != nil {
		return failed("exchange", err)
	}
	paid := balance("GEM", w.userA)
	again, err := a.Core.Swap(ctx, swapReq)
	if err != nil {
		return failed("exchange", fmt.Errorf("the swap sent again under its key: %w", err))
	}
	if !again.Replayed || again.Tx != sw.Tx || balance("GEM", w.userA).Cmp(paid) != 0 {
		return failed("exchange", fmt.Errorf("the swap sent again under its key answered tx %s (replayed %v), want the first fill %s and nothing paid twice", again.Tx.Hex(), again.Replayed, sw.Tx.Hex()))
	}
	report(Step{Step: "exchange", OK: true, Detail: fmt.Sprintf("B's treasury signed an order at the agreed rate (1 GEM = %s ORB); A's user filled it: paid %s GEM, got %s ORB, in one transaction; sent again under its idempotency key, the same fill answered and nothing was paid twice",
		sw.Quote.Rate, whole(sw.Quote.Pays), whole(sw.Quote.Gets)), IDs: map[string]string{"order": sw.Quote.Hash.Hex(), "key": SwapKey, "taker": w.userA.Hex(), "pays": swapReq.Amount}, Tx: sw.Tx.Hex(), Gas: sw.Gas, Ms: ms(t)})

	// 3. GEM sent, ORB delivered.
	before := balance("ORB", w.userB)
	r, err := send("transfer-converted", api.TransferRequest{Asset: w.tokenID("GEM"), Amount: units(40).String(), From: w.userA.Hex(), ToPlatform: PlatformB, To: w.userB.Hex(), Deadline: "10m"}, transfer.Delivered)
	if err != nil {
		return err
	}
	got := new(big.Int).Sub(balance("ORB", w.userB), before)
	if got.Cmp(units(100)) != 0 {
		return failed("transfer-converted", fmt.Errorf("the user on B got %s ORB for 40 GEM, want 100", whole(got.String())))
	}
	report(Step{Step: "transfer-converted", OK: true, Detail: fmt.Sprintf("A's user sent 40 GEM; B accepted it with its treasury's order and one release paid its user %s ORB (9.2 steps 3 and 5)", whole(got.String())), IDs: map[string]string{
		"transfer": r.ID.Hex(),
	}, Tx: r.Settled.Tx.Hex(), Gas: gasOf(r.Settled.Tx), Ms: ms(t)})

	// 4. An asset B's policy refuses: refunded at once.
	t = time.Now()
	tok, err := w.n.Tokenizer(w.sender, stores[PlatformA])
	if err != nil {
		return failed("transfer-rejected", err)
	}
	mint := func(local, file string, data []byte) (string, error) {
		m, err := tok.Tokenize(ctx, asset.Request{Files: []asset.File{{Name: file, Data: bytes.NewReader(data)}}, Name: local, Creator: PlatformA, LocalID: local, To: w.userA})
		if err != nil {
			return "", err
		}
		if m.Existing {
			return "", fmt.Errorf("%s exists from an earlier run: run the demo in a fresh folder", local)
		}
		return m.Asset, nil
	}
	shield, err := mint("shield-0001", "shield.fbx", []byte("Kaydara FBX Binary  \x00\x1a\x00 a stand-in FBX model"))
	if err != nil {
		return failed("transfer-rejected", err)
	}
	r, err = send("transfer-rejected", api.TransferRequest{Asset: shield, ToPlatform: PlatformB, To: w.userB.Hex(), Deadline: "10m"}, transfer.Returned)
	if err != nil {
		return err
	}
	if owner(shield) != w.userA {
		return failed("transfer-rejected", fmt.Errorf("the rejected shield is with %s", owner(shield).Hex()))
	}
	report(Step{Step: "transfer-rejected", OK: true, Detail: fmt.Sprintf("B refused the shield (reason %d: %s); A submitted B's signed rejection and the shield came back at once", r.Answer.Reason, r.Answer.Explanation), IDs: map[string]string{
		"transfer": r.ID.Hex(), "asset": shield,
	}, Tx: r.Settled.Tx.Hex(), Gas: gasOf(r.Settled.Tx), Ms: ms(t)})

	// 5. B never answers: A refunds after the deadline by itself.
	t = time.Now()
	helmet, err := mint("helmet-0001", "helmet.glb", []byte("glTF\x02\x00\x00\x00 a stand-in helmet"))
	if err != nil {
		return failed("transfer-timeout", err)
	}
	b.Stop() // B's node goes away: its RE port refuses connections
	r, err = send("transfer-timeout", api.TransferRequest{Asset: helmet, ToPlatform: PlatformB, To: w.userB.Hex(), Deadline: "3s"}, transfer.Offered)
	if err != nil {
		return err
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
		a.Core.TransferService().Resume(ctx, "ri")
		if r, err = a.Core.TransferShow(ctx, r.ID.Hex()); err != nil || r.State.Terminal() {
			break
		}
	}
	if err == nil && (r.State != transfer.Refunded || owner(helmet) != w.userA) {
		err = fmt.Errorf("transfer %s is %s and the helmet is with %s", r.ID.Hex(), r.State, owner(helmet).Hex())
	}
	if err != nil {
		return failed("transfer-timeout", err)
	}
	report(Step{Step: "transfer-timeout", OK: true, Detail: "B's node was down; A's offer went unanswered and after the 3 s deadline A's node refunded the helmet by itself: " + path(r), IDs: map[string]string{
		"transfer": r.ID.Hex(), "asset": helmet,
	}, Tx: r.Settled.Tx.Hex(), Gas: gasOf(r.Settled.Tx), Ms: ms(t)})

	// 6. The sword's provenance from the chain alone.
	t = time.Now()
	reader, err := asset.NewChainReader(ctx, w.n.Chain, w.sword)
	if err != nil {
		return failed("asset-history", err)
	}
	h, err := reader.History(ctx, stores[PlatformB], "", w.sword)
	if err == nil && !h.Verified {
		err = fmt.Errorf("the sword's metadata does not check out: %+v", h.Checks)
	}
	if err != nil {
		return failed("asset-history", err)
	}
	// The bridge took no part in the sword's move: it reads the same life,
	// fetching the metadata through A's gateway into its own store, so that
	// every home the demo leaves answers `mifm asset history` alike.
	if err := sameHistory(ctx, reader, nodes[Bridge], a.RE, w.sword, h); err != nil {
		return failed("asset-history", err)
	}
	var kinds []string
	for _, e := range h.Events {
		k := e.Kind
		if e.Platform != "" {
			k += " (" + e.Platform + ")"
		}
		kinds = append(kinds, fmt.Sprintf("%s at block %d", k, e.Block))
	}
	report(Step{Step: "asset-history", OK: true, Detail: "the sword's life read from the chain's events alone, metadata hashed against the CID on chain: " + strings.Join(kinds, ", "), IDs: map[string]string{
		"asset": w.sword,
	}, Ms: ms(t)})
	return nil
}

// sameHistory has node p read id's history with the metadata fetched from
// gateway and checks it against want.
func sameHistory(ctx context.Context, reader *asset.Reader, p *daemon.InProcess, gateway, id string, want *asset.History) error {
	store, err := p.Core.ContentStore(ctx)
	if err != nil {
		return err
	}
	got, err := reader.History(ctx, store, gateway, id)
	if err != nil {
		return fmt.Errorf("%s reads the history: %w", p.Core.Home.Config.Platform.DID, err)
	}
	if !got.Verified || len(got.Events) != len(want.Events) {
		return fmt.Errorf("%s reads %d events (metadata verified %v), B %d", p.Core.Home.Config.Platform.DID, len(got.Events), got.Verified, len(want.Events))
	}
	return nil
}

// path is a record's states in order.
func path(r *transfer.Record) string {
	var s []string
	for _, st := range r.History {
		if len(s) == 0 || s[len(s)-1] != string(st.State) {
			s = append(s, string(st.State))
		}
	}
	return strings.Join(s, " → ")
}
