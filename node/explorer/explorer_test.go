package explorer_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/explorer"
	"github.com/mifm/mifm/node/ipfs"
)

const platform = "did:web:platform-a.example"

// world is an embedded chain with the suite, platform A registered, a
// sword minted to key 0 and passed between keys 0 and 1.
type world struct {
	chain   *chain.Embedded
	senders []*chain.Sender
	addrs   []common.Address
	suite   map[string]common.Address
	from    uint64
	sword   string
	id      *big.Int
	store   *ipfs.Store
	gateway string
	// moves counts the sword's plain transfers.
	moves int
}

type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignTx(tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(id), k.key)
}

func newWorld(t testing.TB, dir string) *world {
	t.Helper()
	ctx := context.Background()
	w := &world{suite: map[string]common.Address{}}
	var keys []*ecdsa.PrivateKey
	for range 2 {
		key, _ := crypto.GenerateKey()
		keys = append(keys, key)
		w.addrs = append(w.addrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(dir, "chain"), Prefund: w.addrs, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	w.chain = c
	for _, key := range keys {
		cfg := chain.DefaultTxConfig()
		cfg.ErrorABIs, cfg.PollInterval = contracts.ErrorABIs(), 2*time.Millisecond
		s, err := chain.NewSender(ctx, c, keySigner{key}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		w.senders = append(w.senders, s)
	}
	suite, _ := contracts.Suite(w.addrs[0])
	deps, _ := chain.OpenDeployments(filepath.Join(dir, "deployments"))
	res, err := deps.EnsureDeployed(ctx, w.senders[0], suite)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res {
		w.suite[d.Name] = d.Address
	}
	w.from = res[0].Block
	id := contracts.PlatformID(platform)
	w.send(t, 0, w.suite[contracts.PlatformRegistry], platformregistry.NewPlatformRegistry().PackRegister(id, platform, w.addrs[0], w.addrs[0]))
	w.send(t, 0, w.suite[contracts.Asset721], asset721.NewAsset721().PackSetMinter(id, w.addrs[0], true))
	if w.store, err = ipfs.Open(ctx, filepath.Join(dir, "ipfs"), ipfs.Options{}); err != nil {
		t.Fatal(err)
	}
	gw, err := w.store.Gateway()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw)
	w.gateway = srv.URL
	tok := &asset.Tokenizer{Sender: w.senders[0], Store: w.store, PlatformDID: platform, Asset721: w.suite[contracts.Asset721], Asset1155: w.suite[contracts.Asset1155], FromBlock: w.from}
	minted, err := tok.Tokenize(ctx, asset.Request{
		Files: []asset.File{{Name: "sword.glb", Data: strings.NewReader("glTF\x02\x00\x00\x00 a sword")}},
		Name:  "Sword", Description: "a sharp one", LocalID: "sword-0001", To: w.addrs[0],
	})
	if err != nil {
		t.Fatal(err)
	}
	w.sword = minted.Asset
	a, _ := chain.ParseAssetID(w.sword)
	_, w.id, _ = a.Token()
	if tt, ok := t.(*testing.T); ok {
		tt.Cleanup(func() { srv.Close(); w.store.Close(); c.Close() })
	}
	return w
}

func (w *world) send(t testing.TB, from int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	r, err := w.senders[from].Transact(context.Background(), chain.Call{To: &to, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// pass moves the sword n times between keys 0 and 1.
func (w *world) pass(t testing.TB, n int) {
	t.Helper()
	nft := asset721.NewAsset721()
	for range n {
		from := w.moves % 2
		w.send(t, from, w.suite[contracts.Asset721], nft.PackTransferFrom(w.addrs[from], w.addrs[1-from], w.id))
		w.moves++
	}
}

// open opens an explorer on the world with its cache in dir.
func (w *world) open(t testing.TB, dir string, tune func(*explorer.Config)) *explorer.Explorer {
	t.Helper()
	ctx := context.Background()
	raw, err := rpc.DialContext(ctx, w.chain.Endpoint())
	if err != nil {
		t.Fatal(err)
	}
	b, err := chain.Dial(ctx, w.chain.Endpoint())
	if err != nil {
		t.Fatal(err)
	}
	suite := map[string]common.Address{}
	for k, v := range w.suite {
		suite[k] = v
	}
	cfg := explorer.Config{Chains: []*explorer.Chain{{Backend: b, RPC: raw, URL: w.chain.Endpoint(), Suite: suite, From: w.from}}, Gateways: []string{w.gateway}, Cache: dir}
	if tune != nil {
		tune(&cfg)
	}
	x, err := explorer.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if tt, ok := t.(*testing.T); ok {
		tt.Cleanup(func() { x.Close(); b.Close(); raw.Close() })
	}
	return x
}

// timeless is an endpoint whose logs carry no block time.
type timeless struct{ chain.Client }

func (c timeless) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Client.FilterLogs(ctx, q)
	for i := range logs {
		logs[i].BlockTimestamp = 0
	}
	return logs, err
}

func kinds(items []explorer.Item) string {
	var out []string
	for _, it := range items {
		out = append(out, it.Kind)
	}
	return strings.Join(out, " ")
}

func TestIndexReadsAnAssetsLife(t *testing.T) {
	w := newWorld(t, t.TempDir())
	w.pass(t, 4)
	// Three blocks per log query: the index reads in many ranges.
	x := w.open(t, t.TempDir(), func(c *explorer.Config) { c.Range = 3 })
	ctx := context.Background()
	r, err := x.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Events < 6 {
		t.Fatalf("indexed %d events, want at least the mint, its Tokenized and 4 transfers", r.Events)
	}
	tl, err := x.Timeline(ctx, w.sword)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := kinds(tl.Events), "minted tokenized transferred transferred transferred transferred"; got != want {
		t.Errorf("the sword's life reads %q, want %q", got, want)
	}
	if tl.Shown == nil || !tl.Shown.Verified || tl.Shown.Metadata.Name != "Sword" {
		t.Errorf("metadata not fetched from the gateway and checked: %+v %s", tl.Shown, tl.ShowError)
	}
	if len(tl.Files) != 1 || tl.Files[0].Name != "animation_url" || !tl.Files[0].OK {
		t.Errorf("the model was not fetched and checked: %+v", tl.Files)
	}
	for i, it := range tl.Events[2:] {
		if from, to := w.addrs[i%2], w.addrs[1-i%2]; it.From != from || it.To != to {
			t.Errorf("transfer %d: %s → %s, want %s → %s", i, it.From.Hex(), it.To.Hex(), from.Hex(), to.Hex())
		}
	}

	// An endpoint whose logs carry no block time (before go-ethereum
	// 1.16): the times come from the blocks, the same.
	old := w.open(t, t.TempDir(), func(c *explorer.Config) {
		c.Chains[0].Backend = timeless{c.Chains[0].Backend}
		c.Gateways = nil
	})
	if _, err := old.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	tl2, err := old.Timeline(ctx, w.sword)
	if err != nil || fmt.Sprint(tl2.Events) != fmt.Sprint(tl.Events) {
		t.Fatalf("read without log times, the sword's life differs (%v):\n%v\n%v", err, tl2.Events, tl.Events)
	}
	// ... and without a gateway the metadata is said to be unchecked,
	// not refused.
	if !strings.Contains(tl2.Unchecked, "no IPFS gateway") {
		t.Errorf("without a gateway: %q", tl2.Unchecked)
	}

	// Key 1's activity, two by two: the pages join up to all of it.
	var all []explorer.Item
	after := ""
	for pages := 0; ; pages++ {
		p, err := x.AccountActivity(w.addrs[1], after, 2)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, p.Items...)
		if p.Next == "" {
			break
		}
		if pages > 10 {
			t.Fatal("the pages never end")
		}
		after = p.Next
	}
	if len(all) != 4 {
		t.Errorf("key 1 took part in %d events, want 4 transfers", len(all))
	}
	if _, err := x.AccountActivity(w.addrs[1], "not-a-cursor", 2); err == nil {
		t.Error("a made-up cursor was taken")
	}

	// New blocks: the index goes on from where it stopped, and it is on
	// disk: another explorer on the same cache has it all.
	w.pass(t, 1)
	r, err = x.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Events != 1 {
		t.Errorf("the second sync indexed %d events, want the 1 new transfer", r.Events)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestIndexSurvivesRestartAndReorg(t *testing.T) {
	w := newWorld(t, t.TempDir())
	w.pass(t, 2)
	cache := t.TempDir()
	ctx := context.Background()
	x := w.open(t, cache, nil)
	if _, err := x.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	x.Close()
	x = w.open(t, cache, nil)
	r, err := x.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Events != 0 {
		t.Errorf("a reopened index read %d events again", r.Events)
	}
	// The last transfer's block is dropped: the chain puts the transfer
	// back in its pool and mines it again, in another block of the new
	// branch. The index must follow: every event where the chain now
	// has it.
	before, err := x.Timeline(ctx, w.sword)
	if err != nil {
		t.Fatal(err)
	}
	last := before.Events[len(before.Events)-1]
	parent, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(last.Block-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.chain.Reorg(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	w.send(t, 0, w.addrs[0], nil) // the new branch grows past the old head
	w.send(t, 0, w.addrs[0], nil)
	if _, err := x.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	tl, err := x.Timeline(ctx, w.sword)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := kinds(tl.Events), "minted tokenized transferred transferred"; got != want {
		t.Errorf("after the reorg the sword's life reads %q, want %q", got, want)
	}
	for _, it := range tl.Events {
		rc, err := w.chain.TransactionReceipt(ctx, it.Tx)
		if err != nil {
			t.Fatalf("%s in tx %s: %v", it.Kind, it.Tx.Hex(), err)
		}
		if rc.BlockNumber.Uint64() != it.Block {
			t.Errorf("%s: the index says block %d, the chain %d", it.Kind, it.Block, rc.BlockNumber)
		}
	}
	if moved := tl.Events[len(tl.Events)-1]; moved.Block == last.Block && moved.Tx == last.Tx {
		h, _ := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(moved.Block))
		if rc, _ := w.chain.TransactionReceipt(ctx, moved.Tx); rc == nil || rc.BlockHash != h.Hash() {
			t.Error("the index kept the dropped block's transfer")
		}
	}
}

func TestExplorerRefusesWhatItShouldNot(t *testing.T) {
	w := newWorld(t, t.TempDir())
	x := w.open(t, t.TempDir(), nil)
	if _, err := x.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&explorer.Server{X: x}).Handler())
	defer srv.Close()
	get := func(path string, header ...string) (int, string) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		if len(header) == 2 {
			req.Host = header[1]
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	post := func(path, body string) (int, string) {
		resp, err := http.Post(srv.URL+path, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, c := range []struct {
		name, path string
		status     int
		says       string
	}{
		{"the sword", "/asset/" + w.sword, 200, "Asset: Sword"},
		{"a malformed asset id", "/asset/eip155:1337/erc721:0xnope/1", 400, "No such asset here"},
		{"a chain it does not read", "/asset/eip155:1/erc721:0x0000000000000000000000000000000000000001/1", 404, "does not follow this chain"},
		{"not an account", "/account/bob", 400, "neither an address"},
		{"a made-up page cursor", "/account/" + w.addrs[0].Hex() + "?after=zz", 400, "page cursor"},
		{"not a DID", "/did/bob", 400, "is not a DID"},
		{"an unknown proof", "/proof/bagaaieraijmynl5gci2i5aeti3ioww2cnsijb33qzmch6uahg53mtl75bdha.json", 404, "no anchored batch"},
		{"an empty search", "/search?q=", 400, "Nothing to look up"},
		{"a bad transaction", "/tx/eip155:1337/0x12", 400, "Not a transaction"},
		{"a report of nothing", "/report?target=nothing-anchored", 400, "names no anchored subject"},
		{"a report with a bad range", "/report?target=" + w.addrs[0].Hex() + "&from=tuesday", 400, "neither a date"},
		{"the script", "/static/verify.js", 200, "mifmVerify"},
		{"no test files served", "/static/verify_test.mjs", 404, ""},
	} {
		status, body := get(c.path)
		if status != c.status || !strings.Contains(body, c.says) {
			t.Errorf("%s: %s answered %d %q, want %d with %q", c.name, c.path, status, trim(body), c.status, c.says)
		}
	}
	if status, _ := get("/", "Host", "attacker.example"); status != http.StatusMisdirectedRequest {
		t.Errorf("a request for another host (DNS rebinding) answered %d", status)
	}
	for _, c := range []struct{ name, body, says string }{
		{"a send", `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x00"]}`, "relays only reads"},
		{"an account list", `{"jsonrpc":"2.0","id":1,"method":"eth_accounts","params":[]}`, "relays only reads"},
		{"a batch", `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}]`, "no batches"},
		{"a read", `{"jsonrpc":"2.0","id":7,"method":"eth_chainId","params":[]}`, `"result":"0x539"`},
	} {
		if _, body := post("/rpc/eip155:1337", c.body); !strings.Contains(body, c.says) {
			t.Errorf("relay of %s: %q, want %q", c.name, trim(body), c.says)
		}
	}
	if status, _ := post("/rpc/eip155:1337", strings.Repeat(" ", 70<<10)+"{}"); status != http.StatusRequestEntityTooLarge {
		t.Errorf("a 70 KiB JSON-RPC request answered %d", status)
	}
	if status, _ := post("/rpc/eip155:1", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`); status != http.StatusNotFound {
		t.Errorf("a relay to a chain the explorer does not read answered %d", status)
	}
}

func trim(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

func TestOpenRefusesABadSuite(t *testing.T) {
	w := newWorld(t, t.TempDir())
	ctx := context.Background()
	b, err := chain.Dial(ctx, w.chain.Endpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, c := range []struct {
		name  string
		chain *explorer.Chain
		says  string
	}{
		{"no suite", &explorer.Chain{Backend: b}, "no suite addresses"},
		{"an address without code", &explorer.Chain{Backend: b, Suite: map[string]common.Address{"Asset721": common.HexToAddress("0x0000000000000000000000000000000000000bad")}}, "has no code"},
		{"another chain's suite", &explorer.Chain{Backend: b, ID: 1, Suite: w.suite}, "serves eip155:1337"},
	} {
		_, err := explorer.Open(ctx, explorer.Config{Chains: []*explorer.Chain{c.chain}, Cache: t.TempDir()})
		if err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v, want %q", c.name, err, c.says)
		}
	}
	if _, err := explorer.Open(ctx, explorer.Config{Cache: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "--rpc") && !strings.Contains(err.Error(), "no chain") {
		t.Errorf("no chain: %v", err)
	}
}
