package ipfs

import (
	"context"
	"fmt"

	"github.com/ipfs/go-cid"
)

// Pin pins c and its whole DAG, which must be complete in the store.
func (s *Store) Pin(ctx context.Context, c cid.Cid) error {
	defer s.blocks.PinLock(ctx).Unlock(ctx)
	return s.pinLocked(ctx, c)
}

func (s *Store) pinLocked(ctx context.Context, c cid.Cid) error {
	if err := s.back.pin(ctx, c, true); err != nil {
		return fmt.Errorf("pin %s: %w", c, notFound(c, err))
	}
	return nil
}

// Unpin removes c's recursive pin; its blocks go at the next GC unless
// another pin holds them.
func (s *Store) Unpin(ctx context.Context, c cid.Cid) error {
	if err := s.back.unpin(ctx, c); err != nil {
		return fmt.Errorf("unpin %s: %w", c, err)
	}
	return nil
}

// Pins lists the recursively pinned roots, then the directly pinned blocks.
func (s *Store) Pins(ctx context.Context) ([]cid.Cid, error) {
	rec, direct, err := s.back.roots(ctx)
	if err != nil {
		return nil, fmt.Errorf("list pins: %w", err)
	}
	return append(rec, direct...), nil
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
	return s.back.gc(ctx)
}
