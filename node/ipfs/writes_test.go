package ipfs

import (
	"context"
	"testing"

	"github.com/ipfs/boxo/ipld/merkledag"
	blocks "github.com/ipfs/go-block-format"
)

// raw is a raw block with a CIDv1, which a pin can walk.
func raw(data []byte) blocks.Block { return merkledag.NewRawNode(data) }

// A write cut short removes the blocks it stored fresh, but not one that
// another write under way has deduplicated against, nor one a pin reaches
// (a write that finished meanwhile): their DAGs stay whole.
func TestRollbackSparesBlocksOthersUse(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	has := func(b blocks.Block) bool {
		ok, err := s.blocks.Has(ctx, b.Cid())
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	write := func(b blocks.Block) *putTx {
		tx := s.newPutTx()
		if err := tx.put(ctx, b); err != nil {
			t.Fatal(err)
		}
		if err := tx.flush(ctx); err != nil {
			t.Fatal(err)
		}
		return tx
	}

	// Alone, the block goes with the write.
	alone := raw([]byte("alone"))
	tx := write(alone)
	tx.rollback(ctx)
	tx.done()
	if has(alone) {
		t.Fatal("a block only the failed write stored is still there")
	}

	// Another write under way found it stored: it stays.
	shared := raw([]byte("shared with a write under way"))
	x, y := write(shared), write(shared)
	if len(y.added) != 0 {
		t.Fatalf("the second write stored the block again: %v", y.added)
	}
	x.rollback(ctx)
	x.done()
	if !has(shared) {
		t.Fatal("the rollback took a block another write under way uses")
	}
	y.done()

	// Another write finished and pinned it: it stays.
	pinned := raw([]byte("pinned by a write that finished"))
	x, y = write(pinned), write(pinned)
	if err := s.Pin(ctx, pinned.Cid()); err != nil {
		t.Fatal(err)
	}
	y.done()
	x.rollback(ctx)
	x.done()
	if !has(pinned) {
		t.Fatal("the rollback took a pinned block")
	}
	if len(s.writes.n) != 0 {
		t.Fatalf("claims left after every write ended: %v", s.writes.n)
	}
}
