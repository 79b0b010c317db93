package ipfs

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/boxo/ipld/merkledag"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"
)

// openEmbedded opens an embedded store in a temporary folder.
func openEmbedded(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// raw is a raw block with a CIDv1, which a pin can walk.
func raw(data []byte) blocks.Block { return merkledag.NewRawNode(data) }

// A write cut short removes the blocks it stored fresh, but not one that
// another write under way has deduplicated against, nor one a pin reaches
// (a write that finished meanwhile): their DAGs stay whole.
func TestRollbackSparesBlocksOthersUse(t *testing.T) {
	ctx := context.Background()
	s := openEmbedded(t)
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
	s := openEmbedded(t)
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

// gatedDAG holds each write until the test opens the gate.
type gatedDAG struct {
	ipld.DAGService
	entered chan struct{}
	gate    chan struct{}
}

func (g gatedDAG) AddMany(ctx context.Context, nds []ipld.Node) error {
	g.entered <- struct{}{}
	<-g.gate
	return g.DAGService.AddMany(ctx, nds)
}

// An add's ending waits for a batch still being written (ipld's Batch.Commit
// does not, when the add is cancelled or one batch fails), so the rollback
// sees every block the add stored; a batch that comes after the end writes
// nothing and claims nothing.
func TestAddEndWaitsForBatchesUnderWay(t *testing.T) {
	ctx := context.Background()
	s := openEmbedded(t)
	g := gatedDAG{DAGService: s.dag, entered: make(chan struct{}), gate: make(chan struct{})}
	track := &trackingDAG{DAGService: g, s: s}
	late := merkledag.NewRawNode([]byte("a batch still being written"))
	wrote := make(chan error, 1)
	go func() { wrote <- track.AddMany(ctx, []ipld.Node{late}) }()
	<-g.entered

	rolledBack := make(chan struct{})
	go func() {
		track.rollback(ctx)
		track.done()
		close(rolledBack)
	}()
	select {
	case <-rolledBack:
		t.Fatal("the rollback ended while a batch was still being written")
	case <-time.After(100 * time.Millisecond):
	}
	close(g.gate)
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}
	<-rolledBack
	if ok, _ := s.blocks.Has(ctx, late.Cid()); ok {
		t.Fatal("the block of a batch written during the rollback stayed")
	}
	after := merkledag.NewRawNode([]byte("a batch after the add ended"))
	if err := track.AddMany(ctx, []ipld.Node{after}); !errors.Is(err, errAddEnded) {
		t.Fatalf("a batch after the end: %v, want %v", err, errAddEnded)
	}
	if ok, _ := s.blocks.Has(ctx, after.Cid()); ok {
		t.Fatal("a batch after the end was written")
	}
	if len(s.writes.n) != 0 {
		t.Fatalf("claims left after the add ended: %v", s.writes.n)
	}
}

// An upload cancelled while its batches are written leaves no block and no
// claim behind, whenever the cancel falls.
func TestCancelledAddLeavesNothing(t *testing.T) {
	ctx := context.Background()
	s := openEmbedded(t)
	count := func() int {
		keys, err := s.blocks.AllKeysChan(ctx)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for range keys {
			n++
		}
		return n
	}
	before := count()
	for _, at := range []int{1 << 20, 3 << 20, 5 << 20, 7<<20 + 1} {
		cctx, cancel := context.WithCancel(ctx)
		src := &cancelAt{left: 8 << 20, at: at, cancel: cancel, seed: byte(at)}
		_, err := s.AddReader(cctx, src, AddOptions{Pin: true, CIDVersion: 1})
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled at %d bytes: %v, want %v", at, err, context.Canceled)
		}
		if n := count(); n != before {
			t.Fatalf("cancelled at %d bytes: %d blocks left behind", at, n-before)
		}
		if len(s.writes.n) != 0 {
			t.Fatalf("cancelled at %d bytes: claims left: %d", at, len(s.writes.n))
		}
	}
}

// cancelAt yields left pseudo-random bytes and cancels once at bytes are read.
type cancelAt struct {
	left, at, read int
	seed           byte
	cancel         func()
}

func (r *cancelAt) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), r.left, 64<<10)
	for i := range p[:n] {
		p[i] = byte(r.read+i)*31 ^ r.seed
	}
	r.left -= n
	r.read += n
	if r.read >= r.at {
		r.cancel()
	}
	return n, nil
}
