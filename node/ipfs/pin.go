package ipfs

import (
	"context"
	"fmt"

	"github.com/ipfs/go-cid"
)

// Pin pins c and its whole DAG, which must be in the store.
func (s *Store) Pin(ctx context.Context, c cid.Cid) error {
	defer s.blocks.PinLock(ctx).Unlock(ctx)
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
