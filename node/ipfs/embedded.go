package ipfs

import (
	"context"
	"errors"
	"fmt"

	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/ipld/merkledag"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	pebbleds "github.com/ipfs/go-ds-pebble"
	ipld "github.com/ipfs/go-ipld-format"
)

// embedded is the store in the node's home: blocks as files, pins in pebble
// under boxo's own prefix (dspinner).
type embedded struct {
	dstore *pebbleds.Datastore
	files  *blockFiles
	blocks blockstore.Blockstore
	dag    ipld.DAGService
	pins   pin.Pinner
}

func (e *embedded) pin(ctx context.Context, c cid.Cid, recursive bool) error {
	if recursive {
		nd, err := e.dag.Get(ctx, c)
		if err != nil {
			return err
		}
		if err := e.pins.Pin(ctx, nd, true, ""); err != nil {
			return err
		}
	} else if err := e.pins.PinWithMode(ctx, c, pin.Direct, ""); err != nil {
		return err
	}
	if err := e.pins.Flush(ctx); err != nil {
		return err
	}
	return e.sync(ctx)
}

func (e *embedded) unpin(ctx context.Context, c cid.Cid) error {
	if err := e.pins.Unpin(ctx, c, true); errors.Is(err, pin.ErrNotPinned) {
		return fmt.Errorf("%w: %s", ErrNotPinned, c)
	} else if err != nil {
		return err
	}
	if err := e.pins.Flush(ctx); err != nil {
		return err
	}
	return e.sync(ctx)
}

func (e *embedded) roots(ctx context.Context) (recursive, direct []cid.Cid, err error) {
	for p := range e.pins.RecursiveKeys(ctx, false) {
		if p.Err != nil {
			return nil, nil, p.Err
		}
		recursive = append(recursive, p.Pin.Key)
	}
	for p := range e.pins.DirectKeys(ctx, false) {
		if p.Err != nil {
			return nil, nil, p.Err
		}
		direct = append(direct, p.Pin.Key)
	}
	return recursive, direct, nil
}

func (e *embedded) deletable(ctx context.Context, cids []cid.Cid) ([]cid.Cid, error) {
	pinned, err := e.pins.CheckIfPinned(ctx, cids...)
	if err != nil {
		return nil, err
	}
	var out []cid.Cid
	for _, p := range pinned {
		if !p.Pinned() {
			out = append(out, p.Key)
		}
	}
	return out, nil
}

func (e *embedded) gc(ctx context.Context) (GCResult, error) {
	// Blockstore keys are multihashes: compare by multihash, so a block
	// reached by a CIDv0 and listed as a raw CIDv1 is the same block.
	keep := map[string]bool{}
	// A direct pin keeps its block alone (a version document whose links
	// are kept by pins of their own); a recursive pin its whole DAG.
	roots, direct, err := e.roots(ctx)
	if err != nil {
		return GCResult{}, fmt.Errorf("gc: list pins: %w", err)
	}
	for _, c := range direct {
		keep[string(c.Hash())] = true
	}
	for _, root := range roots {
		err := merkledag.Walk(ctx, merkledag.GetLinksWithDAG(e.dag), root, func(c cid.Cid) bool {
			if keep[string(c.Hash())] {
				return false
			}
			keep[string(c.Hash())] = true
			return true
		})
		if err != nil {
			return GCResult{}, fmt.Errorf("gc: walk pinned %s: %w", root, notFound(root, err))
		}
	}
	keys, err := e.blocks.AllKeysChan(ctx)
	if err != nil {
		return GCResult{}, fmt.Errorf("gc: list blocks: %w", err)
	}
	var res GCResult
	for c := range keys {
		if keep[string(c.Hash())] {
			res.Kept++
			continue
		}
		size, _ := e.blocks.GetSize(ctx, c)
		if err := e.blocks.DeleteBlock(ctx, c); err != nil {
			return res, fmt.Errorf("gc: remove %s: %w", c, err)
		}
		res.Removed++
		res.Freed += uint64(size)
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	return res, e.sync(ctx)
}

// sync marks a durability point. Every write so far is already in the kernel
// (block files renamed into place, pins in pebble's log), which a killed
// process cannot undo; with Options.Fsync they are also flushed to the disk.
func (e *embedded) sync(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if !e.files.fsync {
		return nil
	}
	if err := e.files.Sync(ctx, blockstore.BlockPrefix); err != nil {
		return err
	}
	return e.dstore.DB.Flush()
}

func (e *embedded) close() error {
	err := e.pins.Flush(context.Background())
	if cerr := e.dstore.Close(); cerr != nil && err == nil {
		err = cerr
	}
	return err
}
