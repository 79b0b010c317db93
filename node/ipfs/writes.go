package ipfs

import (
	"context"
	"sync"

	blockstore "github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/go-cid"
)

// writes counts, per block, the writes under way (adds, imports, fetches)
// that stored it or found it stored. Writes run side by side under the pin
// lock, and one cut short removes the blocks it stored fresh: only those no
// other write under way uses and no pin reaches, or it would take blocks
// out of a DAG another write just deduplicated against, or pinned.
type writes struct {
	mu sync.Mutex
	n  map[cid.Cid]int
}

// claim records that a write uses cids and returns those the store did not
// hold before (the write stores them).
func (w *writes) claim(ctx context.Context, bs blockstore.Blockstore, cids []cid.Cid) (fresh []cid.Cid, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.n == nil {
		w.n = map[cid.Cid]int{}
	}
	for _, c := range cids {
		has, err := bs.Has(ctx, c)
		if err != nil {
			return fresh, err
		}
		if !has {
			fresh = append(fresh, c)
		}
		w.n[c]++
	}
	return fresh, nil
}

// release ends a write's use of cids.
func (w *writes) release(cids []cid.Cid) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.releaseLocked(cids)
}

func (w *writes) releaseLocked(cids []cid.Cid) {
	for _, c := range cids {
		if w.n[c]--; w.n[c] <= 0 {
			delete(w.n, c)
		}
	}
}

// rollback ends a write cut short: its claims go, and of the blocks it
// stored fresh, those that no other write under way uses and no pin
// reaches are deleted. Under w.mu, so no write claims one in between.
func (s *Store) rollback(ctx context.Context, claimed, fresh []cid.Cid) {
	ctx = context.WithoutCancel(ctx)
	w := &s.writes
	w.mu.Lock()
	defer w.mu.Unlock()
	w.releaseLocked(claimed)
	var unused []cid.Cid
	for _, c := range fresh {
		if w.n[c] == 0 {
			unused = append(unused, c)
		}
	}
	if len(unused) > 0 {
		gone, err := s.back.deletable(ctx, unused)
		if err != nil {
			return // keep them: gc takes what no pin reaches
		}
		for _, c := range gone {
			if err := s.blocks.DeleteBlock(ctx, c); unreachable(err) {
				break // the rest stay unpinned: the backend's gc takes them
			}
		}
	}
	_ = s.sync(ctx)
}
