package ipfs

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ipfs/boxo/ipld/merkledag"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"
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

// A CAR naming more roots than MaxCARRoots is refused before any block is
// read: each root costs a pin and an fsync under the pin lock. The same
// root named many times is one root.
func TestCARRootsBounded(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	car := func(roots []cid.Cid, blks ...blocks.Block) *bytes.Buffer {
		var buf bytes.Buffer
		w, err := storage.NewWritable(&buf, roots, carv2.WriteAsCarV1(true), carv2.AllowDuplicatePuts(true))
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range blks {
			if err := w.Put(ctx, b.Cid().KeyString(), b.RawData()); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Finalize(); err != nil {
			t.Fatal(err)
		}
		return &buf
	}
	var many []cid.Cid
	for i := range MaxCARRoots + 1 {
		many = append(many, raw([]byte{byte(i)}).Cid())
	}
	if _, err := s.Import(ctx, car(many)); !errors.Is(err, ErrBadCAR) || !strings.Contains(err.Error(), "65 roots") {
		t.Fatalf("a CAR of %d roots: %v", len(many), err)
	}
	one := raw([]byte("one root, named often"))
	same := make([]cid.Cid, 1000)
	for i := range same {
		same[i] = one.Cid()
	}
	res, err := s.Import(ctx, car(same, one))
	if err != nil || len(res.Roots) != 1 || len(res.Pinned) != 1 {
		t.Fatalf("a CAR naming one root 1000 times: %+v %v", res, err)
	}
}
