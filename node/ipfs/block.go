package ipfs

import (
	"context"
	"errors"
	"fmt"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
)

// ErrBlockHash is returned for a block whose bytes do not hash to its CID.
var ErrBlockHash = errors.New("block does not hash to its CID")

// PutBlock stores data as the single block c, checking that it hashes to
// c, and pins it directly: the block alone, not what it links to (a
// version document names content that keeps pins of its own).
func (s *Store) PutBlock(ctx context.Context, c cid.Cid, data []byte) error {
	got, err := c.Prefix().Sum(data)
	if err != nil {
		return fmt.Errorf("put block %s: %w", c, err)
	}
	if !got.Equals(c) {
		return fmt.Errorf("put block %s: %w (it hashes to %s)", c, ErrBlockHash, got)
	}
	b, err := blocks.NewBlockWithCid(data, c)
	if err != nil {
		return fmt.Errorf("put block %s: %w", c, err)
	}
	defer s.blocks.PinLock(ctx).Unlock(ctx)
	if err := s.blocks.Put(ctx, b); err != nil {
		return fmt.Errorf("put block %s: %w", c, err)
	}
	if err := s.back.pin(ctx, c, false); err != nil {
		return fmt.Errorf("pin block %s: %w", c, err)
	}
	return nil
}

// GetBlock reads one block's bytes.
func (s *Store) GetBlock(ctx context.Context, c cid.Cid) ([]byte, error) {
	b, err := s.blocks.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("get block %s: %w", c, notFound(c, err))
	}
	return b.RawData(), nil
}
