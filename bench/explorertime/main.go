// Command explorertime is mifm's side of bench/explorer-vs-ethers.sh.
//
// "serve" builds the world both indexers read: an embedded chain serving
// JSON-RPC on loopback, the suite deployed, a platform registered, a sword
// tokenized and passed -n times between two keys (sent -batch at a time,
// so a block holds several transfers), then prints one JSON line, the
// world file both sides read:
//
//	{"rpc": URL, "chainId": ID, "suite": {name: address}, "from": BLOCK,
//	 "head": BLOCK, "range": 5000, "transfers": N, "events": EXPECTED}
//
// and serves the chain until it gets SIGINT or SIGTERM. The suite holds
// the Bridge's two wrapped token contracts too, which node/explorer reads
// from the Bridge, so that the peer asks for the same addresses. EXPECTED
// is what the world made that the index decodes: the platform's
// registration, the sword's mint and its Tokenized, and the transfers.
//
// "index" times node/explorer on that world: a fresh cache in a temporary
// folder, Open (not timed: it checks the suite's code and reads the
// Bridge), then one Sync by its own clock, and prints
//
//	{"events": N, "blocks": B, "seconds": S}
//
// Usage:
//
//	explorertime serve -n N [-batch K]
//	explorertime index -in WORLD.json [-cpuprofile FILE]
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/bridge"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/explorer"
	"github.com/mifm/mifm/node/ipfs"
)

const platform = "did:web:platform-a.example"

// world is the serve line, read back by index and by the peer.
type world struct {
	RPC       string                    `json:"rpc"`
	ChainID   uint64                    `json:"chainId"`
	Suite     map[string]common.Address `json:"suite"`
	From      uint64                    `json:"from"`
	Head      uint64                    `json:"head"`
	Range     uint64                    `json:"range"`
	Transfers int                       `json:"transfers"`
	Events    int                       `json:"events"`
}

// result is what both indexers print.
type result struct {
	Events  int     `json:"events"`
	Blocks  uint64  `json:"blocks"`
	Seconds float64 `json:"seconds"`
}

func main() {
	// The chain's own warnings only; its info lines would bury the JSON.
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if len(os.Args) < 2 {
		fail(errors.New("want serve -n N, or index -in WORLD.json"))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	switch os.Args[1] {
	case "serve":
		fs := flag.NewFlagSet("serve", flag.ExitOnError)
		n := fs.Int("n", 5000, "ERC-721 transfers to make")
		batch := fs.Int("batch", 100, "transfers sent before waiting for them (1: one a block)")
		fs.Parse(os.Args[2:])
		err = serve(ctx, *n, *batch)
	case "index":
		fs := flag.NewFlagSet("index", flag.ExitOnError)
		in := fs.String("in", "", "the world file serve printed")
		prof := fs.String("cpuprofile", "", "write a CPU profile of the Sync to this file")
		fs.Parse(os.Args[2:])
		if *in == "" {
			fail(errors.New("index: want -in WORLD.json"))
		}
		err = index(ctx, *in, *prof)
	default:
		err = fmt.Errorf("unknown command %q: want serve or index", os.Args[1])
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "explorertime:", err)
	os.Exit(1)
}

type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignTx(tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(id), k.key)
}

// serve builds the world as node/explorer's tests do (explorer_test.go's
// newWorld and pass), prints it and waits for a signal.
func serve(ctx context.Context, n, batch int) error {
	if n < 1 || batch < 1 {
		return fmt.Errorf("serve: -n %d and -batch %d must be at least 1", n, batch)
	}
	start := time.Now()
	dir, err := os.MkdirTemp("", "mifm-explorertime-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var keys []*ecdsa.PrivateKey
	var addrs []common.Address
	for range 2 {
		key, err := crypto.GenerateKey()
		if err != nil {
			return err
		}
		keys = append(keys, key)
		addrs = append(addrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(dir, "chain"), Prefund: addrs, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		return err
	}
	defer c.Close()
	var senders []*chain.Sender
	for _, key := range keys {
		cfg := chain.DefaultTxConfig()
		cfg.ErrorABIs, cfg.PollInterval = contracts.ErrorABIs(), 2*time.Millisecond
		s, err := chain.NewSender(ctx, c, keySigner{key}, cfg)
		if err != nil {
			return err
		}
		senders = append(senders, s)
	}
	suite, err := contracts.Suite(addrs[0])
	if err != nil {
		return err
	}
	deps, err := chain.OpenDeployments(filepath.Join(dir, "deployments"))
	if err != nil {
		return err
	}
	res, err := deps.EnsureDeployed(ctx, senders[0], suite)
	if err != nil {
		return fmt.Errorf("deploy the suite: %w", err)
	}
	w := world{RPC: c.Endpoint(), Suite: map[string]common.Address{}, From: res[0].Block, Range: 5000, Transfers: n}
	for _, d := range res {
		w.Suite[d.Name] = d.Address
	}
	br := bridge.NewBridge()
	for name, pack := range map[string][]byte{explorer.Wrapped721: br.PackWrapped721(), explorer.Wrapped1155: br.PackWrapped1155()} {
		to := w.Suite[contracts.Bridge]
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: pack}, nil)
		if err != nil || len(out) < 32 {
			return fmt.Errorf("read the Bridge's %s: %v", name, err)
		}
		w.Suite[name] = common.BytesToAddress(out[12:32])
	}

	send := func(from int, to common.Address, data []byte) error {
		_, err := senders[from].Transact(ctx, chain.Call{To: &to, Data: data})
		return err
	}
	id := contracts.PlatformID(platform)
	nft := asset721.NewAsset721()
	a721 := w.Suite[contracts.Asset721]
	if err := send(0, w.Suite[contracts.PlatformRegistry], platformregistry.NewPlatformRegistry().PackRegister(id, platform, addrs[0], addrs[0])); err != nil {
		return fmt.Errorf("register the platform: %w", err)
	}
	if err := send(0, a721, nft.PackSetMinter(id, addrs[0], true)); err != nil {
		return fmt.Errorf("allow the minter: %w", err)
	}
	// Key 1 lets key 0 move its tokens: key 0 then sends every transfer,
	// both ways, and its nonces keep them in order however many wait in
	// the pool at once.
	if err := send(1, a721, nft.PackSetApprovalForAll(addrs[0], true)); err != nil {
		return fmt.Errorf("approve key 0: %w", err)
	}
	store, err := ipfs.Open(ctx, filepath.Join(dir, "ipfs"), ipfs.Options{})
	if err != nil {
		return err
	}
	defer store.Close()
	tok := &asset.Tokenizer{Sender: senders[0], Store: store, PlatformDID: platform, Asset721: a721, Asset1155: w.Suite[contracts.Asset1155], FromBlock: w.From}
	minted, err := tok.Tokenize(ctx, asset.Request{
		Files: []asset.File{{Name: "sword.glb", Data: strings.NewReader("glTF\x02\x00\x00\x00 a sword")}},
		Name:  "Sword", Description: "a sharp one", LocalID: "sword-0001", To: addrs[0],
	})
	if err != nil {
		return fmt.Errorf("tokenize the sword: %w", err)
	}
	aid, err := chain.ParseAssetID(minted.Asset)
	if err != nil {
		return err
	}
	_, sword, err := aid.Token()
	if err != nil {
		return err
	}
	// The registration, the mint's Transfer and its Tokenized.
	w.Events = 3
	if err := pass(ctx, senders[0], a721, addrs, sword, n, batch); err != nil {
		return err
	}
	w.Events += n
	if w.Head, err = c.BlockNumber(ctx); err != nil {
		return err
	}
	cid, err := c.ChainID(ctx)
	if err != nil {
		return err
	}
	w.ChainID = cid.Uint64()
	line, err := json.Marshal(w)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "explorertime: %d transfers in %d blocks, world built in %s\n", n, w.Head-w.From+1, time.Since(start).Round(time.Millisecond))
	fmt.Printf("%s\n", line)
	<-ctx.Done()
	return nil
}

// pass moves the sword n times between the two keys, all sent by s (key
// 0, key 1's operator), batch transactions at a time.
func pass(ctx context.Context, s *chain.Sender, a721 common.Address, addrs []common.Address, sword *big.Int, n, batch int) error {
	nft := asset721.NewAsset721()
	call := func(i int) chain.Call {
		return chain.Call{To: &a721, Data: nft.PackTransferFrom(addrs[i%2], addrs[1-i%2], sword)}
	}
	// The first is estimated; the rest reuse its gas, since an estimate
	// of a transfer whose predecessor is still pending would fail.
	tx, err := s.Send(ctx, call(0))
	if err != nil {
		return fmt.Errorf("transfer 1: %w", err)
	}
	if _, err := s.Wait(ctx, tx); err != nil {
		return fmt.Errorf("transfer 1: %w", err)
	}
	gas := tx.Gas()
	for i := 1; i < n; i += batch {
		var sent []*types.Transaction
		for j := i; j < min(i+batch, n); j++ {
			c := call(j)
			c.Gas = gas
			tx, err := s.Send(ctx, c)
			if err != nil {
				return fmt.Errorf("transfer %d: %w", j+1, err)
			}
			sent = append(sent, tx)
		}
		for k, tx := range sent {
			if _, err := s.Wait(ctx, tx); err != nil {
				return fmt.Errorf("transfer %d: %w", i+k+1, err)
			}
		}
	}
	return nil
}

// index opens node/explorer on the world in a fresh cache and times one
// Sync.
func index(ctx context.Context, in, prof string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var w world
	if err := json.Unmarshal(b, &w); err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	cache, err := os.MkdirTemp("", "mifm-explorertime-cache-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(cache)
	raw, err := rpc.DialContext(ctx, w.RPC)
	if err != nil {
		return err
	}
	defer raw.Close()
	be, err := chain.Dial(ctx, w.RPC)
	if err != nil {
		return err
	}
	defer be.Close()
	x, err := explorer.Open(ctx, explorer.Config{
		Chains: []*explorer.Chain{{Backend: be, RPC: raw, URL: w.RPC, ID: w.ChainID, Suite: w.Suite, From: w.From}},
		Cache:  cache,
		Range:  w.Range,
		Log:    slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		return err
	}
	defer x.Close()
	if prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	start := time.Now()
	r, err := x.Sync(ctx)
	took := time.Since(start)
	if prof != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return err
	}
	out, err := json.Marshal(result{Events: r.Events, Blocks: r.Blocks, Seconds: took.Seconds()})
	if err != nil {
		return err
	}
	fmt.Printf("%s\n", out)
	return nil
}
