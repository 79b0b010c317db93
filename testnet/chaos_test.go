package testnet

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/transfer"
)

// chaosBudget bounds the phase in which nodes are killed; the transfers
// then have settleBudget to end with every node up.
const (
	chaosBudget  = 75 * time.Second
	settleBudget = 3 * time.Minute
)

// chaosTransfer is one transfer the chaos run makes, and what it expects.
type chaosTransfer struct {
	standard string // erc721, erc1155, erc20
	asset    string
	amount   int64
	key      string // its idempotency key: retries of the command reuse it
}

// The chaos run (issue 25): escrow transfers of ERC-721 tokens, ERC-1155
// editions and ERC-20 currency from A to B, each started from A's command
// line as a user would (and run again under its idempotency key when the
// command fails), while A, B or both are SIGKILLed at random moments and
// restarted with the same command line. At the end every asset is with
// its recipient, nothing moved twice, B refused nothing (a node's downtime
// is no reason), and the escrow's events and `asset history` agree with
// what each node says.
//
// Seeded: the log prints the seed, and MIFM_CHAOS_SEED=N replays the same
// kills (their timing relative to the transfers varies with the machine).
func TestChaosTransfersRideOutKilledNodes(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("MIFM_CHAOS_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("MIFM_CHAOS_SEED=%q: want a whole number", s)
		}
		seed = v
	}
	t.Logf("chaos seed %d (MIFM_CHAOS_SEED=%d go test ./testnet -run Chaos replays it)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, seed>>1))

	n, keyA, keyB := transferNet(t)
	ctx := context.Background()
	orb := n.deployCurrency(keyA)
	// B takes editions and its own currency, ORB, at the token just made.
	n.setManifesto("b", func(m map[string]any) {
		m["tokenStandards"] = []string{"erc721", "erc1155", "erc20"}
		m["currencies"] = []map[string]any{{"code": "ORB", "decimals": 18, "token": orb.asset}}
	})

	glb := func(i int) []byte { return []byte(fmt.Sprintf("glTF\x02\x00\x00\x00 chaos item %d seed %d", i, seed)) }
	var plan []chaosTransfer
	for i := range 4 {
		plan = append(plan, chaosTransfer{standard: "erc721", asset: n.mint(fmt.Sprintf("chaos-721-%d", i), fmt.Sprintf("chaos-721-%d.glb", i), glb(i)), amount: 1})
		plan = append(plan, chaosTransfer{standard: "erc1155", asset: n.mintEditions(fmt.Sprintf("chaos-1155-%d", i), glb(10+i), 5), amount: 2})
		plan = append(plan, chaosTransfer{standard: "erc20", asset: orb.asset, amount: 7 + int64(i)})
	}
	rng.Shuffle(len(plan), func(i, j int) { plan[i], plan[j] = plan[j], plan[i] })
	for i := range plan {
		plan[i].key = fmt.Sprintf("chaos-%d-%d", seed, i)
	}
	orbBefore := orb.balance(ctx, t, common.HexToAddress(keyB))

	// The user's side: each transfer from the command line, sent again
	// under its key while it fails (the node killed under it).
	var mu sync.Mutex
	var attempts []string
	pauses := make([]time.Duration, len(plan))
	for i := range pauses {
		pauses[i] = time.Duration(rng.IntN(3000)) * time.Millisecond
	}
	start := time.Now()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i, p := range plan {
			time.Sleep(pauses[i]) // users come when they come
			args := []string{"--json", "asset", "transfer", "--idempotency-key", p.key, "--to-platform", n.did("b"), "--to", keyB, "--deadline", "20m"}
			if p.standard != "erc721" {
				args = append(args, "--from", keyA, "--amount", strconv.FormatInt(p.amount, 10))
			}
			for try := 1; try <= 6; try++ {
				out, err := n.try("a", append(args, p.asset)...)
				var r transfer.Record
				_ = json.Unmarshal(out, &r)
				line := fmt.Sprintf("t+%.1fs %s %s try %d: %s", time.Since(start).Seconds(), p.key, p.standard, try, r.State)
				if r.Replayed {
					line += " (the answer of an earlier try, replayed)"
				}
				if err != nil {
					line += " failed: " + err.Error()
				}
				t.Log(line)
				mu.Lock()
				attempts = append(attempts, line)
				mu.Unlock()
				if err == nil {
					break
				}
				time.Sleep(time.Second)
			}
		}
	}()

	// The chaos: kill A, B or both at random moments, restart them with
	// the same command line after a random pause.
	kills := 0
chaos:
	for time.Since(start) < chaosBudget {
		select {
		case <-done:
			break chaos
		case <-time.After(time.Duration(300+rng.IntN(2500)) * time.Millisecond):
		}
		victims := [][]string{{"a"}, {"b"}, {"a", "b"}}[rng.IntN(3)]
		for _, v := range victims {
			t.Logf("t+%.1fs kill %s", time.Since(start).Seconds(), v)
			n.kill(v)
			kills++
		}
		time.Sleep(time.Duration(100+rng.IntN(1500)) * time.Millisecond)
		for _, v := range victims {
			n.restart(v)
		}
	}
	t.Logf("%d kills in %.0fs", kills, time.Since(start).Seconds())
	select {
	case <-done:
	case <-time.After(settleBudget):
		mu.Lock()
		defer mu.Unlock()
		t.Fatalf("the transfer commands did not end: %v", attempts)
	}

	// Every transfer ends delivered on A and imported on B, once.
	var recs []transfer.Record
	deadline := time.Now().Add(settleBudget)
	for {
		recs = n.transfers("a")
		settled := len(recs) >= len(plan)
		for _, r := range recs {
			if r.State != transfer.Delivered {
				settled = false
			}
		}
		if settled || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Second)
	}
	if len(recs) != len(plan) {
		t.Fatalf("A made %d transfers for %d requests: a retry started another", len(recs), len(plan))
	}
	for _, r := range recs {
		if r.State != transfer.Delivered {
			t.Fatalf("transfer %s of %s ended %s, want delivered (no refusal for a node's downtime): %+v", r.ID.Hex(), r.Asset, r.State, r.History)
		}
		var in transfer.Record
		n.waitFor(func() bool {
			out, err := n.try("b", "--json", "transfer", "show", r.ID.Hex())
			return err == nil && json.Unmarshal(out, &in) == nil && in.State == transfer.Imported
		})
		if in.Answer == nil || in.Answer.Decision != "accepted" {
			t.Fatalf("B's record of %s: %+v", r.ID.Hex(), in)
		}
	}

	// What the chain holds: each asset with its recipient, in the amount
	// sent, and the escrow's events for each transfer: one lock, one
	// release, nothing else.
	esc := n.contract("a", contracts.Escrow)
	var orbSent int64
	for _, p := range plan {
		switch p.standard {
		case "erc721":
			if owner := n.owner(p.asset); owner != strings.ToLower(keyB) {
				t.Errorf("%s is with %s, want the recipient %s", p.asset, owner, keyB)
			}
		case "erc1155":
			if got := editions(ctx, t, n, p.asset, keyB); got != p.amount {
				t.Errorf("the recipient holds %d of %s, want %d", got, p.asset, p.amount)
			}
			if got := editions(ctx, t, n, p.asset, keyA); got != 5-p.amount {
				t.Errorf("the depositor holds %d of %s, want %d", got, p.asset, 5-p.amount)
			}
		case "erc20":
			orbSent += p.amount
		}
	}
	if got := new(big.Int).Sub(orb.balance(ctx, t, common.HexToAddress(keyB)), orbBefore); got.Int64() != orbSent {
		t.Errorf("the recipient got %s ORB, want %d", got, orbSent)
	}
	for _, r := range recs {
		if got := escrowEvents(ctx, t, n, esc, r.ID); got != "Locked Released" {
			t.Errorf("the escrow's events for %s (%s): %q, want one lock and one release", r.ID.Hex(), r.Asset, got)
		}
		if strings.Contains(r.Asset, "/erc20:") {
			continue
		}
		var h asset.History
		if err := json.Unmarshal(n.mifm("a", "--json", "asset", "history", r.Asset), &h); err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, e := range h.Events {
			kinds = append(kinds, e.Kind+" "+e.Amount)
		}
		want := fmt.Sprintf("locked %s released %s", r.Amount, r.Amount)
		if got := strings.Join(kinds[1:], " "); kinds[0] != "minted "+map[bool]string{true: "5", false: "1"}[strings.Contains(r.Asset, "erc1155")] || got != want {
			t.Errorf("asset history of %s: %v, want minted, then %s", r.Asset, kinds, want)
		}
	}
}

// restart starts a killed node with its command line, waiting longer than
// start does: a command may hold the home in the node's place, and the
// node waits for it to end.
func (n *net3) restart(name string) {
	n.t.Helper()
	p := n.nodes[name]
	n.startProcess(name, "")
	for end := time.Now().Add(settleBudget); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		select {
		case <-p.done:
			n.t.Fatalf("%s exited on restart: %v\n%s", name, p.err, p.log)
		default:
		}
		if n.answers(name) {
			return
		}
	}
	n.t.Fatalf("%s did not come back within %s", name, settleBudget)
}

// currencyToken is an ERC-20 the test deployed.
type currencyToken struct {
	addr   common.Address
	asset  string // CAIP-19
	client chain.Backend
}

func (c currencyToken) balance(ctx context.Context, t *testing.T, who common.Address) *big.Int {
	t.Helper()
	cur := currency.NewCurrency()
	out, err := chain.CallView(ctx, c.client, c.addr, cur.PackBalanceOf(who))
	if err != nil {
		t.Fatal(err)
	}
	v, _ := cur.UnpackBalanceOf(out)
	return v
}

// deployCurrency deploys ORB, an ERC-20, from a key of the test's own, and
// gives holder 1000 of it.
func (n *net3) deployCurrency(holder string) currencyToken {
	n.t.Helper()
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	n.mifm("chain", "--chain", n.chainURL, "chain", "send", "--to", from.Hex(), "--ether", "10")
	client, err := chain.Dial(ctx, n.chainURL)
	if err != nil {
		n.t.Fatal(err)
	}
	n.t.Cleanup(func() { client.Close() })
	snd, err := chain.NewSender(ctx, client, chain.KeySignerOf(key), chain.DefaultTxConfig())
	if err != nil {
		n.t.Fatal(err)
	}
	cur := currency.NewCurrency()
	addr, _, err := snd.Deploy(ctx, common.FromHex(currency.CurrencyMetaData.Bin), cur.PackConstructor("Orb", "ORB", from))
	if err != nil {
		n.t.Fatal(err)
	}
	if _, err := snd.Transact(ctx, chain.Call{To: &addr, Data: cur.PackMint(common.HexToAddress(holder), big.NewInt(1000))}); err != nil {
		n.t.Fatal(err)
	}
	id := chain.AssetID{Chain: client.CAIP2(), Namespace: "erc20", Reference: addr.Hex()}
	return currencyToken{addr: addr, asset: id.String(), client: client}
}

// setManifesto registers a node's demo manifesto with edit applied.
func (n *net3) setManifesto(name string, edit func(map[string]any)) {
	n.t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "demo", "manifestos", "platform-"+name+".json"))
	if err != nil {
		n.t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		n.t.Fatal(err)
	}
	edit(m)
	data, _ = json.Marshal(m)
	p := filepath.Join(n.dir, name+"-manifesto.json")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		n.t.Fatal(err)
	}
	n.mifm(name, "platform", "manifesto", "set", p)
}

// mintEditions mints amount editions of an ERC-1155 token of A's for A's
// platform key.
func (n *net3) mintEditions(name string, data []byte, amount int) string {
	n.t.Helper()
	p := filepath.Join(n.dir, name+".glb")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		n.t.Fatal(err)
	}
	var m asset.Result
	if err := json.Unmarshal(n.mifm("a", "--json", "asset", "mint", "--file", p, "--name", name, "--local-id", name, "--standard", "erc1155", "--amount", strconv.Itoa(amount)), &m); err != nil {
		n.t.Fatalf("mint %s: %v", name, err)
	}
	return m.Asset
}

// contract is the address of one of the suite's contracts, as a home
// records it.
func (n *net3) contract(name, contract string) common.Address {
	n.t.Helper()
	var info node.ChainInfo
	if err := json.Unmarshal(n.mifm(name, "--json", "chain", "info"), &info); err != nil {
		n.t.Fatal(err)
	}
	for _, c := range info.Contracts {
		if c.Name == contract {
			return c.Address
		}
	}
	n.t.Fatalf("%s records no %s", name, contract)
	return common.Address{}
}

// editions is how many of an ERC-1155 token who holds.
func editions(ctx context.Context, t *testing.T, n *net3, assetID, who string) int64 {
	t.Helper()
	a, err := chain.ParseAssetID(assetID)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := new(big.Int).SetString(a.TokenID, 10)
	client, err := chain.Dial(ctx, n.chainURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	e := asset1155.NewAsset1155()
	out, err := chain.CallView(ctx, client, common.HexToAddress(a.Reference), e.PackBalanceOf(common.HexToAddress(who), id))
	if err != nil {
		t.Fatal(err)
	}
	v, _ := e.UnpackBalanceOf(out)
	return v.Int64()
}

// escrowEvents names the escrow's events about one transfer, in order.
func escrowEvents(ctx context.Context, t *testing.T, n *net3, esc common.Address, id common.Hash) string {
	t.Helper()
	client, err := chain.Dial(ctx, n.chainURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	abi := escrow.NewEscrow().GetABI()
	names := map[common.Hash]string{}
	var topics []common.Hash
	for _, ev := range []string{"Locked", "Released", "Rejected", "Refunded"} {
		names[abi.Events[ev].ID] = ev
		topics = append(topics, abi.Events[ev].ID)
	}
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{esc}, Topics: [][]common.Hash{topics, {id}}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range logs {
		got = append(got, names[l.Topics[0]])
	}
	return strings.Join(got, " ")
}
