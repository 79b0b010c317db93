// Package explorer is the auditor's view of FGMV-43's LAF (7.5.3) and of
// provenance (ASIR-103, 104, 105, 107): it reads the suite's events from
// chain endpoints into a cache on disk (pebble), fetches metadata and Merkle
// manifests from IPFS gateways, checking every CID, and answers with an
// asset's life across platforms and chains, an account's or a platform's
// activity, the anchored versions of an identity, avatar or content item
// with their inclusion proofs, and a node's published audit log checked
// against its anchored checkpoints. It needs no node home and trusts no
// node: everything it shows comes from the chain and content-addressed
// bytes. Server renders it as HTML pages; Report writes the same as one
// self-contained file.
package explorer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/store"
)

// Config is what an explorer reads from.
type Config struct {
	// Chains are the chains it follows, each with the suite's addresses.
	Chains []*Chain
	// Gateways are trustless IPFS gateways (application/vnd.ipld.raw or
	// car) for metadata, files and Merkle manifests; every block is checked
	// against its CID, so any gateway will do.
	Gateways []string
	// Nodes are the RE base URLs of nodes whose published audit logs the
	// explorer reads; NodeDIDs pairs some with the DID the auditor knows
	// each is (URL → DID), whose did:web document the node then serves.
	Nodes    []string
	NodeDIDs map[string]string
	// Cache is the folder of the index and the fetched blocks.
	Cache string
	// Range is how many blocks one log query covers (default 5,000); it is
	// halved for an endpoint that refuses a range as too wide.
	Range uint64
	// HTTP fetches from gateways and nodes (nil: 30 s timeout).
	HTTP *http.Client
	Log  *slog.Logger
}

// Explorer indexes and answers. It is safe for concurrent use.
type Explorer struct {
	cfg     Config
	db      *store.DB
	content *ipfs.Store
	chains  map[uint64]*Chain
	log     *slog.Logger

	syncMu   sync.Mutex // one Sync at a time
	trees    treeCache
	retry    backoff
	audits   auditCache
	nodes    *Nodes
	resolver *did.Resolver

	closeOnce sync.Once
	closeErr  error
}

// Open opens (or creates) the cache in cfg.Cache and reads the wrapped
// token contracts of each chain's Bridge.
func Open(ctx context.Context, cfg Config) (*Explorer, error) {
	if len(cfg.Chains) == 0 {
		return nil, errors.New("open explorer: no chain to read (give --rpc URL with its --suite FILE)")
	}
	if cfg.Cache == "" {
		return nil, errors.New("open explorer: no cache folder")
	}
	if cfg.Range == 0 {
		cfg.Range = 5000
	}
	if cfg.HTTP == nil {
		cfg.HTTP = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if err := os.MkdirAll(cfg.Cache, 0o700); err != nil {
		return nil, fmt.Errorf("open explorer cache: %w", err)
	}
	db, err := store.Open(filepath.Join(cfg.Cache, "index"))
	if err != nil {
		return nil, fmt.Errorf("open explorer cache: %w", err)
	}
	content, err := ipfs.Open(ctx, filepath.Join(cfg.Cache, "blocks"), ipfs.Options{Fetch: ipfs.FetchOptions{HTTP: cfg.HTTP}})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open explorer cache: %w", err)
	}
	e := &Explorer{cfg: cfg, db: db, content: content, chains: map[uint64]*Chain{}, log: cfg.Log}
	e.nodes = &Nodes{URLs: cfg.Nodes, DIDs: cfg.NodeDIDs, HTTP: cfg.HTTP}
	e.resolver = e.nodes.Resolver()
	for _, c := range cfg.Chains {
		if err := e.addChain(ctx, c); err != nil {
			e.Close()
			return nil, err
		}
	}
	return e, nil
}

func (e *Explorer) addChain(ctx context.Context, c *Chain) error {
	id, err := c.Backend.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read the chain id of %s: %w", c.URL, err)
	}
	if c.ID != 0 && c.ID != id.Uint64() {
		return fmt.Errorf("%s serves eip155:%d, its suite is of eip155:%d", c.URL, id, c.ID)
	}
	c.ID = id.Uint64()
	if _, dup := e.chains[c.ID]; dup {
		return fmt.Errorf("chain eip155:%d is given twice", c.ID)
	}
	if len(c.Suite) == 0 {
		return fmt.Errorf("chain eip155:%d: no suite addresses (give its deployments file with --suite)", c.ID)
	}
	// The suite's addresses come from a file the auditor was handed: each
	// must hold code, or the index would silently miss its events.
	for name, a := range c.Suite {
		code, err := c.Backend.CodeAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("check %s at %s on eip155:%d: %w", name, a.Hex(), c.ID, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%s at %s has no code on eip155:%d: the suite file is of another chain or the chain was reset", name, a.Hex(), c.ID)
		}
	}
	if br, ok := c.Suite[contracts.Bridge]; ok {
		for name, pack := range map[string][]byte{Wrapped721: abiBridge.PackWrapped721(), Wrapped1155: abiBridge.PackWrapped1155()} {
			out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &br, Data: pack}, nil)
			if err != nil || len(out) < 32 {
				return fmt.Errorf("read the Bridge's %s on eip155:%d: %v", name, c.ID, err)
			}
			c.Suite[name] = common.BytesToAddress(out[12:32])
		}
	}
	e.chains[c.ID] = c
	return nil
}

// Close closes the cache; closing again does nothing.
func (e *Explorer) Close() error {
	e.closeOnce.Do(func() { e.closeErr = errors.Join(e.content.Close(), e.db.Close()) })
	return e.closeErr
}

// Chains lists the followed chains by id.
func (e *Explorer) Chains() []*Chain {
	out := make([]*Chain, 0, len(e.chains))
	for _, c := range e.chains {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Progress is how far one chain is indexed.
type Progress struct {
	Chain  string `json:"chain"`
	Next   uint64 `json:"next"`
	Head   uint64 `json:"head"`
	Events uint64 `json:"events"`
}

// Status says how far each chain is indexed.
func (e *Explorer) Status(ctx context.Context) []Progress {
	var out []Progress
	for _, c := range e.Chains() {
		cur, _ := e.cursor(c)
		p := Progress{Chain: chain.EIP155(c.ID).String(), Next: cur.Next, Events: cur.Events}
		if h, err := c.Backend.BlockNumber(ctx); err == nil {
			p.Head = h
		}
		out = append(out, p)
	}
	return out
}

func (e *Explorer) cursor(c *Chain) (cursor, error) {
	cur := cursor{Next: c.From}
	v, err := e.db.Get(key(pCursor, u64(c.ID)))
	if errors.Is(err, store.ErrNotFound) {
		return cur, nil
	}
	if err != nil {
		return cur, err
	}
	err = json.Unmarshal(v, &cur)
	return cur, err
}

// SyncReport says what a Sync read.
type SyncReport struct {
	Chains int `json:"chains"`
	Blocks uint64
	Events int
	Took   time.Duration
}

// Sync reads every chain from where the index stopped to its head, in
// block ranges, and the manifests of new anchored batches. A chain
// reorganised under the index is read again from its suite's first block.
func (e *Explorer) Sync(ctx context.Context) (SyncReport, error) {
	e.syncMu.Lock()
	defer e.syncMu.Unlock()
	start := time.Now()
	var r SyncReport
	for pass, again := 0, true; again; pass++ {
		again = false
		r = SyncReport{}
		for _, c := range e.Chains() {
			blocks, events, err := e.syncChain(ctx, c)
			if errors.Is(err, ErrReorg) && pass == 0 {
				// Items of every chain share the indexes: all are read again.
				e.log.Warn("chain reorganised under the index: reading every chain again", "chain", c.ID)
				if err = e.forget(); err == nil {
					again = true
					break
				}
			}
			if err != nil {
				return r, fmt.Errorf("index eip155:%d: %w", c.ID, err)
			}
			r.Chains++
			r.Blocks += blocks
			r.Events += events
		}
	}
	if err := e.fetchManifests(ctx); err != nil {
		e.log.Warn("anchored manifests not fetched yet", "error", err)
	}
	r.Took = time.Since(start)
	return r, nil
}

func (e *Explorer) syncChain(ctx context.Context, c *Chain) (uint64, int, error) {
	cur, err := e.cursor(c)
	if err != nil {
		return 0, 0, err
	}
	head, err := c.Backend.BlockNumber(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("read the head: %w", err)
	}
	if cur.Next > c.From && cur.Hash != (common.Hash{}) {
		if head < cur.Next-1 {
			return 0, 0, ErrReorg // a shorter chain: reset, or another chain on the same id
		}
		h, err := c.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Next-1))
		if err != nil {
			return 0, 0, fmt.Errorf("read block %d: %w", cur.Next-1, err)
		}
		if h.Hash() != cur.Hash {
			return 0, 0, ErrReorg
		}
	}
	var blocks uint64
	events := 0
	span := e.cfg.Range
	addrs := c.addresses()
	for cur.Next <= head {
		to := min(cur.Next+span-1, head)
		logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(cur.Next), ToBlock: new(big.Int).SetUint64(to), Addresses: addrs})
		if err != nil {
			if span > 1 && tooMany(err) {
				span /= 2
				continue
			}
			return blocks, events, fmt.Errorf("read logs of blocks %d-%d: %w", cur.Next, to, err)
		}
		// Endpoints of go-ethereum 1.16 on give each log its block's
		// time; the blocks of logs without it are read in batches.
		var need []uint64
		times := map[uint64]uint64{}
		for _, l := range logs {
			if l.Removed {
				return blocks, events, ErrReorg
			}
			if _, ok := times[l.BlockNumber]; ok {
				continue
			}
			if l.BlockTimestamp != 0 {
				times[l.BlockNumber] = l.BlockTimestamp
				continue
			}
			times[l.BlockNumber] = 0
			need = append(need, l.BlockNumber)
		}
		if len(need) > 0 {
			read, err := c.blockTimes(ctx, need)
			if err != nil {
				return blocks, events, err
			}
			maps.Copy(times, read)
		}
		last, err := c.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return blocks, events, fmt.Errorf("read block %d: %w", to, err)
		}
		b := e.db.NewBatch()
		n := 0
		for i := range logs {
			for _, it := range c.decode(&logs[i], times[logs[i].BlockNumber]) {
				if err := it.index(b); err != nil {
					b.Discard()
					return blocks, events, err
				}
				if it.Kind == KindAnchored && it.Detail != "" {
					v, _ := json.Marshal(it)
					// Keyed by anchoring, not by manifest: anyone may anchor
					// the same root again, and each anchoring is its own.
					b.Put(key(pPending, it.pos()), v)
				}
				n++
				// A batch of a few thousand items is written as it fills:
				// keys are positions, so writing them again after a crash
				// before the cursor moved changes nothing.
				if n%4096 == 0 {
					if err := b.Commit(); err != nil {
						return blocks, events, fmt.Errorf("write the index: %w", err)
					}
					b = e.db.NewBatch()
				}
			}
		}
		next := cursor{Next: to + 1, Hash: last.Hash(), Events: cur.Events + uint64(n)}
		v, _ := json.Marshal(next)
		b.Put(key(pCursor, u64(c.ID)), v)
		if err := b.Commit(); err != nil {
			return blocks, events, fmt.Errorf("write the index: %w", err)
		}
		blocks += to - cur.Next + 1
		events += n
		cur = next
		if span < e.cfg.Range && len(logs) < 1000 {
			span = min(span*2, e.cfg.Range)
		}
	}
	return blocks, events, nil
}

// forget drops everything indexed: a reorganised chain's items are spread
// over every index, and reading the chains again is what a reorg costs.
func (e *Explorer) forget() error {
	b := e.db.NewBatch()
	for _, p := range []string{pItem, pAsset, pAccount, pPlatform, pRef, pTx, pCursor, pDID, pLeaf, pVersion, pPending} { // pFile: content, not chain
		if err := e.db.Scan([]byte(p), nil, func(k, _ []byte) bool {
			b.Delete(append([]byte{}, k...))
			return true
		}); err != nil {
			b.Discard()
			return err
		}
	}
	return b.Commit()
}
