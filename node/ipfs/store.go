// Package ipfs is the node's content store: every asset's metadata, every
// anchored identity and avatar state and all content that moves between
// platforms (FGMV-43 ASTKF metadata, IDSF/AVSF state, CNTF content) lives here
// as IPFS blocks, with the CIDs the rest of the IPFS world computes for the
// same bytes.
//
// The store is boxo's blockstore, pinner and UnixFS over one pebble datastore
// in the node's home. Pebble is already in the tree (go-ethereum's database);
// its write-ahead log makes every batch all-or-nothing, so a killed import
// leaves blocks that are either whole or absent, and pins and blocks share one
// store, so garbage collection sees them consistently. Kubo's flatfs (a file
// per block) would need a second store for pins and an fsync per block.
package ipfs

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/ipld/merkledag"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/boxo/pinning/pinner/dspinner"
	"github.com/ipfs/go-cid"
	pebbleds "github.com/ipfs/go-ds-pebble"
	ipld "github.com/ipfs/go-ipld-format"
)

// ErrNotFound is returned when a CID's content (or part of its DAG) is not in
// the store.
var ErrNotFound = errors.New("content not in the store")

// Store is a node's content store.
type Store struct {
	dstore *pebbleds.Datastore
	blocks blockstore.GCBlockstore
	bserv  blockservice.BlockService
	dag    ipld.DAGService
	pins   pin.Pinner

	closeOnce sync.Once
}

// Open opens (or creates) the store in dir.
func Open(ctx context.Context, dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create content store: %w", err)
	}
	d, err := pebbleds.NewDatastore(dir, pebbleds.WithPebbleWriteOptions(pebble.NoSync), pebbleds.WithPebbleOpts(pebbleOptions()))
	if err != nil {
		if isLocked(err) {
			return nil, fmt.Errorf("content store %s is in use by another mifm process: %w", dir, err)
		}
		return nil, fmt.Errorf("open content store %s: %w", dir, err)
	}
	// Write-through: a block's key is its hash, so rewriting one that is
	// already there changes nothing, and skipping the existence check saves
	// a read per block on import.
	bs := blockstore.NewGCBlockstore(blockstore.NewBlockstore(d, blockstore.WriteThrough(true)), blockstore.NewGCLocker())
	bserv := blockservice.New(bs, nil) // offline: the store serves what it has
	dag := merkledag.NewDAGService(bserv)
	// Blocks live under /blocks and pins under /pins (boxo's own prefixes).
	pins, err := dspinner.New(ctx, d, dag)
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("open pin set: %w", err)
	}
	return &Store{dstore: d, blocks: bs, bserv: bserv, dag: dag, pins: pins}, nil
}

// pebbleOptions suit a store of large immutable values written in bursts:
// big memtables and a roomy level 0, so an import of a few hundred MiB is
// not slowed by compactions it triggers itself.
func pebbleOptions() *pebble.Options {
	o := &pebble.Options{
		MemTableSize:                64 << 20,
		MemTableStopWritesThreshold: 2, // at most 128 MiB held, whatever the input size
		L0CompactionThreshold:       8,
		L0StopWritesThreshold:       64,
		LBaseMaxBytes:               512 << 20,
		// No write-ahead log: blocks would be written twice. Durability
		// points (the end of an add, a pin, a GC) flush the memtable to an
		// fsynced table instead, so a crash loses at most the unfinished
		// operation, whole: never a block half there, never a pin without
		// its blocks.
		DisableWAL: true,
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
	s.closeOnce.Do(func() {
		if perr := s.pins.Flush(context.Background()); perr != nil {
			err = perr
		}
		if cerr := s.dstore.Close(); cerr != nil && err == nil {
			err = cerr
		}
	})
	return err
}

// sync makes every write so far durable.
func (s *Store) sync(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.dstore.DB.Flush()
}

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
