package ipfs

import (
	"context"
	"fmt"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/go-cid"
)

// Pin pins c and its whole DAG, which must be complete in the store.
func (s *Store) Pin(ctx context.Context, c cid.Cid) error {
	defer s.blocks.PinLock(ctx).Unlock(ctx)
	return s.pinLocked(ctx, c)
}

func (s *Store) pinLocked(ctx context.Context, c cid.Cid) error {
	nd, err := s.dag.Get(ctx, c)
	if err != nil {
		return fmt.Errorf("pin %s: %w", c, notFound(c, err))
	}
	if err := s.pins.Pin(ctx, nd, true, ""); err != nil {
		return fmt.Errorf("pin %s: %w", c, notFound(c, err))
	}
	if err := s.pins.Flush(ctx); err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	return s.sync(ctx)
}

// Unpin removes c's recursive pin; its blocks go at the next GC unless
// another pin holds them.
func (s *Store) Unpin(ctx context.Context, c cid.Cid) error {
	if err := s.pins.Unpin(ctx, c, true); err != nil {
		return fmt.Errorf("unpin %s: %w", c, err)
	}
	if err := s.pins.Flush(ctx); err != nil {
		return fmt.Errorf("unpin %s: %w", c, err)
	}
	return s.sync(ctx)
}

// Pins lists the recursively pinned roots.
func (s *Store) Pins(ctx context.Context) ([]cid.Cid, error) {
	var out []cid.Cid
	for p := range s.pins.RecursiveKeys(ctx, false) {
		if p.Err != nil {
			return nil, fmt.Errorf("list pins: %w", p.Err)
		}
		out = append(out, p.Pin.Key)
	}
	for p := range s.pins.DirectKeys(ctx, false) {
		if p.Err != nil {
			return nil, fmt.Errorf("list pins: %w", p.Err)
		}
		out = append(out, p.Pin.Key)
	}
	return out, nil
}

// GCResult says what a garbage collection did.
type GCResult struct {
	Removed int    `json:"removed"`
	Freed   uint64 `json:"freedBytes"`
	Kept    int    `json:"kept"`
}

// GC removes every block no pin reaches. Adds and imports in progress hold
// the pin lock, so their blocks are never collected before they are pinned.
func (s *Store) GC(ctx context.Context) (GCResult, error) {
	defer s.blocks.GCLock(ctx).Unlock(ctx)
	// Blockstore keys are multihashes: compare by multihash, so a block
	// reached by a CIDv0 and listed as a raw CIDv1 is the same block.
	keep := map[string]bool{}
	// A direct pin keeps its block alone (a version document whose links
	// are kept by pins of their own); a recursive pin its whole DAG.
	var roots []cid.Cid
	for p := range s.pins.RecursiveKeys(ctx, false) {
		if p.Err != nil {
			return GCResult{}, fmt.Errorf("gc: list pins: %w", p.Err)
		}
		roots = append(roots, p.Pin.Key)
	}
	for p := range s.pins.DirectKeys(ctx, false) {
		if p.Err != nil {
			return GCResult{}, fmt.Errorf("gc: list pins: %w", p.Err)
		}
		keep[string(p.Pin.Key.Hash())] = true
	}
	for _, root := range roots {
		err := merkledag.Walk(ctx, merkledag.GetLinksWithDAG(s.dag), root, func(c cid.Cid) bool {
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
	keys, err := s.blocks.AllKeysChan(ctx)
	if err != nil {
		return GCResult{}, fmt.Errorf("gc: list blocks: %w", err)
	}
	var res GCResult
	for c := range keys {
		if keep[string(c.Hash())] {
			res.Kept++
			continue
		}
		size, _ := s.blocks.GetSize(ctx, c)
		if err := s.blocks.DeleteBlock(ctx, c); err != nil {
			return res, fmt.Errorf("gc: remove %s: %w", c, err)
		}
		res.Removed++
		res.Freed += uint64(size)
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	return res, s.sync(ctx)
}
