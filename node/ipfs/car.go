package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ipfs/boxo/ipld/merkledag"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"
)

// ErrBadCAR is returned for a CAR that cannot be read or whose blocks do not
// match their CIDs.
var ErrBadCAR = errors.New("corrupt or invalid CAR")

// MaxBlockSize bounds a block read from a CAR or a gateway: the 2 MiB limit
// IPFS implementations agree on (Kubo's add never makes blocks over 1 MiB).
const MaxBlockSize = 2 << 20

// Export writes the DAG under root as a CARv1, blocks in depth-first order
// (the order trustless gateways use), each block once.
func (s *Store) Export(ctx context.Context, root cid.Cid, w io.Writer) (int, error) {
	car, err := storage.NewWritable(w, []cid.Cid{root}, carv2.WriteAsCarV1(true))
	if err != nil {
		return 0, fmt.Errorf("export %s: %w", root, err)
	}
	n := 0
	var putErr error
	err = merkledag.Walk(ctx, merkledag.GetLinksWithDAG(s.dag), root, func(c cid.Cid) bool {
		if putErr != nil {
			return false
		}
		seen, err := car.Has(ctx, c.KeyString())
		if err != nil || seen {
			putErr = err
			return false
		}
		b, err := s.blocks.Get(ctx, c)
		if err != nil {
			putErr = notFound(c, err)
			return false
		}
		if putErr = car.Put(ctx, c.KeyString(), b.RawData()); putErr != nil {
			return false
		}
		n++
		return true
	})
	if putErr != nil {
		err = putErr
	}
	if err != nil {
		return n, fmt.Errorf("export %s: %w", root, notFound(root, err))
	}
	return n, nil
}

// Imported is what an import stored.
type Imported struct {
	Roots  []cid.Cid `json:"roots"`
	Blocks int       `json:"blocks"`
	// New counts the blocks the store did not have before.
	New int `json:"new"`
	// Pinned roots: those whose DAG is complete in the store.
	Pinned []cid.Cid `json:"pinned"`
}

// MaxCARRoots is the most roots an imported CAR may name.
const MaxCARRoots = 64

// maxCARHeader bounds a CAR's header: 64 roots take a few KiB.
const maxCARHeader = 64 << 10

// Import reads a CARv1 or CARv2 and stores its blocks, checking every block
// against its CID, then pins each root whose DAG is complete. A CAR that turns
// out corrupt part way leaves the store as it was: the blocks it had added are
// removed again.
func (s *Store) Import(ctx context.Context, r io.Reader) (Imported, error) {
	br, err := carv2.NewBlockReader(r, carv2.MaxAllowedSectionSize(MaxBlockSize+512), carv2.MaxAllowedHeaderSize(maxCARHeader))
	if err != nil {
		return Imported{}, fmt.Errorf("%w: %v", ErrBadCAR, err)
	}
	// Each root is pinned, one fsync each, under the pin lock: a header of
	// a million copies of one root would hold off GC for as long.
	roots := slices.CompactFunc(slices.SortedFunc(slices.Values(br.Roots), func(a, b cid.Cid) int { return strings.Compare(a.KeyString(), b.KeyString()) }), cid.Cid.Equals)
	if len(roots) > MaxCARRoots {
		return Imported{}, fmt.Errorf("%w: %d roots (at most %d)", ErrBadCAR, len(roots), MaxCARRoots)
	}
	res := Imported{Roots: roots}
	defer s.blocks.PinLock(ctx).Unlock(ctx)
	tx := s.newPutTx()
	defer tx.done()
	for i := 0; ; i++ {
		b, err := br.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			tx.rollback(ctx)
			return Imported{}, fmt.Errorf("%w: block %d: %v (nothing imported)", ErrBadCAR, i, err)
		}
		if err := tx.put(ctx, b); err != nil {
			tx.rollback(ctx)
			return Imported{}, fmt.Errorf("import block %s: %w (nothing imported)", b.Cid(), err)
		}
		res.Blocks++
	}
	if err := tx.commit(ctx); err != nil {
		return Imported{}, err
	}
	res.New = len(tx.added)
	for _, root := range roots {
		if err := s.pinLocked(ctx, root); err == nil {
			res.Pinned = append(res.Pinned, root)
		} else if !errors.Is(err, ErrNotFound) {
			return res, err
		}
	}
	return res, nil
}

// putTx writes blocks in batches and remembers the ones it added, so a failed
// import or fetch can take them out again.
type putTx struct {
	s       *Store
	pending []blocks.Block
	size    int
	claimed []cid.Cid
	added   []cid.Cid
}

func (s *Store) newPutTx() *putTx { return &putTx{s: s} }

func (t *putTx) put(ctx context.Context, b blocks.Block) error {
	t.pending = append(t.pending, b)
	t.size += len(b.RawData())
	if t.size >= 8<<20 {
		return t.flush(ctx)
	}
	return nil
}

func (t *putTx) flush(ctx context.Context) error {
	cids := make([]cid.Cid, len(t.pending))
	byCID := make(map[cid.Cid]blocks.Block, len(t.pending))
	for i, b := range t.pending {
		cids[i] = b.Cid()
		byCID[b.Cid()] = b
	}
	fresh, err := t.s.writes.claim(ctx, t.s, cids)
	if err != nil {
		return err // nothing claimed
	}
	t.claimed = append(t.claimed, cids...)
	var put []blocks.Block
	for _, c := range fresh {
		put = append(put, byCID[c])
	}
	// Recorded before the write: one that fails half way may have stored
	// some of them.
	t.added = append(t.added, fresh...)
	if err := t.s.blocks.PutMany(ctx, put); err != nil {
		return err
	}
	t.pending, t.size = t.pending[:0], 0
	return nil
}

func (t *putTx) commit(ctx context.Context) error {
	if err := t.flush(ctx); err != nil {
		t.rollback(ctx)
		return err
	}
	return t.s.sync(ctx)
}

func (t *putTx) rollback(ctx context.Context) {
	t.s.rollback(ctx, t.claimed, t.added)
	t.claimed, t.added = nil, nil
}

// done ends the write's claims (after its pins, or after a rollback).
func (t *putTx) done() {
	t.s.writes.release(t.claimed)
	t.claimed = nil
}
