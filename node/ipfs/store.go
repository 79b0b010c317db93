// Package ipfs is the node's content store: every asset's metadata, every
// anchored identity and avatar state and all content that moves between
// platforms (FGMV-43 ASTKF metadata, IDSF/AVSF state, CNTF content) lives here
// as IPFS blocks, with the CIDs the rest of the IPFS world computes for the
// same bytes.
//
// The store runs on one of two backends (backend.go): the embedded store
// below, in the node's home, or an external Kubo the platform operates
// (kubo.go), with the same CIDs and answers on both.
//
// The embedded store is boxo's blockstore, pinner and UnixFS. Blocks are
// files, one per block, written to a temporary file and renamed into place
// (Kubo's flatfs layout and semantics): content is written once, a killed
// import leaves every block whole or absent, and imports run as fast as
// Kubo's. Pins and
// other small records live in pebble, already in the tree under go-ethereum,
// whose LOCK file also keeps a store to one process. A pure pebble store was
// measured first: its log and memtable copy each byte three times and made
// imports half as fast as Kubo's.
package ipfs

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/pinning/pinner/dspinner"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/mount"
	pebbleds "github.com/ipfs/go-ds-pebble"
	ipld "github.com/ipfs/go-ipld-format"

	"github.com/mifm/mifm/node/egress"
)

// ErrInUse is returned by Open when another process holds the store.
var ErrInUse = errors.New("is in use by another mifm process")

// ErrNotFound is returned when a CID's content (or part of its DAG) is not in
// the store.
var ErrNotFound = errors.New("content not in the store")

// Store is a node's content store.
type Store struct {
	back        backend
	backendName string
	blocks      blockstore.GCBlockstore
	bserv       blockservice.BlockService
	dag         ipld.DAGService
	fetch       FetchOptions
	// writes are the adds, imports and fetches under way (writes.go).
	writes writes

	closeOnce sync.Once
}

// Options tune a store.
type Options struct {
	// Fsync makes every durability point (the end of an add, an import or a
	// fetch, a pin, a GC) flush written blocks to the disk, so they survive
	// a power cut, not only a killed process. Off, blocks are as durable as
	// Kubo's (its flatfs does not sync either) and imports are faster.
	Fsync bool
	// Fetch bounds fetches from other nodes' gateways.
	Fetch FetchOptions
}

// FetchOptions bound what a fetch from another node's gateway may cost.
type FetchOptions struct {
	// HTTP fetches; nil means a client of node/egress that refuses private
	// addresses. The gateway's URL is a peer's choice, so the node's own
	// client must come through the egress guard.
	HTTP *http.Client
	// MaxBytes caps one fetched DAG's blocks, whatever size the peer
	// declared (default DefaultMaxFetchBytes).
	MaxBytes int64
	// Timeout bounds a fetch when the context has no deadline (default
	// FetchTimeout).
	Timeout time.Duration
}

// DefaultMaxFetchBytes caps a fetch when FetchOptions leave MaxBytes 0.
const DefaultMaxFetchBytes = 1 << 30

// Layout of a store's folder.
const (
	blocksDir = "blocks" // one file per block
	indexDir  = "index"  // pebble: pins and everything else
)

// Open opens (or creates) the store in dir.
func Open(ctx context.Context, dir string, opts Options) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create content store: %w", err)
	}
	// pebble's LOCK file makes the whole store single-process: it is taken
	// before the block files are touched.
	d, err := pebbleds.NewDatastore(filepath.Join(dir, indexDir), pebbleds.WithPebbleWriteOptions(pebble.NoSync), pebbleds.WithPebbleOpts(pebbleOptions()))
	if err != nil {
		if isLocked(err) {
			return nil, fmt.Errorf("content store %s: %w: %v", dir, ErrInUse, err)
		}
		return nil, fmt.Errorf("open content store %s: %w", dir, err)
	}
	files, err := openBlockFiles(filepath.Join(dir, blocksDir), opts.Fsync)
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("open content store %s: %w", dir, err)
	}
	root := mount.New([]mount.Mount{
		{Prefix: blockstore.BlockPrefix, Datastore: files},
		{Prefix: ds.NewKey("/"), Datastore: d},
	})
	// Write-through: a block's key is its hash, so rewriting one that is
	// already there changes nothing, and skipping the existence check saves
	// a read per block on import.
	bs := blockstore.NewGCBlockstore(blockstore.NewBlockstore(root, blockstore.WriteThrough(true)), blockstore.NewGCLocker())
	// The pinner walks DAGs through its own offline DAG service.
	dag := merkledag.NewDAGService(blockservice.New(bs, nil))
	// Pins live under /pins, boxo's own prefix, in pebble.
	pins, err := dspinner.New(ctx, root, dag)
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("open pin set: %w", err)
	}
	return newStore(&embedded{dstore: d, files: files, blocks: bs, dag: dag, pins: pins}, "embedded", bs, opts, nil), nil
}

// newStore wraps a backend's blockstore in the store's DAG service, through
// a block service that serves what the store has (offline), or the one
// bserv makes of it.
func newStore(b backend, name string, bs blockstore.GCBlockstore, opts Options, bserv blockservice.BlockService) *Store {
	if bserv == nil {
		bserv = blockservice.New(bs, nil)
	}
	f := opts.Fetch
	if f.HTTP == nil {
		f.HTTP = egress.New(egress.Config{}).Client(egress.Limits{})
	}
	if f.MaxBytes <= 0 {
		f.MaxBytes = DefaultMaxFetchBytes
	}
	if f.Timeout <= 0 {
		f.Timeout = FetchTimeout
	}
	return &Store{back: b, backendName: name, blocks: bs, bserv: bserv, dag: merkledag.NewDAGService(bserv), fetch: f}
}

// pebbleOptions suit a store of large immutable values written in bursts:
// big memtables and a roomy level 0, so an import of a few hundred MiB is
// not slowed by compactions it triggers itself.
func pebbleOptions() *pebble.Options {
	// Blocks are files now; these settings still suit the index's bursts.
	o := &pebble.Options{
		MemTableSize:                64 << 20,
		MemTableStopWritesThreshold: 2, // at most 128 MiB held, whatever the input size
		L0CompactionThreshold:       8,
		L0StopWritesThreshold:       64,
		LBaseMaxBytes:               512 << 20,
		// The write-ahead log is written without an fsync per record, so
		// pins survive a killed process; Options.Fsync adds a flush at every
		// durability point for power cuts.
	}
	// Content is mostly compressed already (media, glTF buffers, CAR-wrapped
	// blocks): compressing it again costs CPU and saves little.
	o.ApplyCompressionSettings(func() pebble.DBCompressionSettings { return pebble.DBCompressionNone })
	return o
}

// isLocked tells pebble's "LOCK file held by another process" apart from
// other open failures.
func isLocked(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "lock") || strings.Contains(msg, "resource temporarily unavailable")
}

// Close flushes and closes the store.
func (s *Store) Close() error {
	var err error
	s.closeOnce.Do(func() { err = s.back.close() })
	return err
}

// sync marks a durability point (the end of an add, an import, a fetch).
func (s *Store) sync(ctx context.Context) error { return s.back.sync(ctx) }

// Blockstore is the raw block store, for the gateway and CAR exchange.
func (s *Store) Blockstore() blockstore.Blockstore { return s.blocks }

// DAG is the store's DAG service.
func (s *Store) DAG() ipld.DAGService { return s.dag }

// Has says whether the block of c is in the store.
func (s *Store) Has(ctx context.Context, c cid.Cid) (bool, error) {
	return s.blocks.Has(ctx, c)
}

func notFound(c cid.Cid, err error) error {
	if ipld.IsNotFound(err) {
		return fmt.Errorf("%w: %s (add it, import a CAR that holds it, or fetch it from a gateway)", ErrNotFound, c)
	}
	return err
}
