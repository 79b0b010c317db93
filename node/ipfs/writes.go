package ipfs

import (
	"context"
	"errors"
	"sync"

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
// hold before (the write stores them). On an error it records nothing.
func (w *writes) claim(ctx context.Context, s *Store, cids []cid.Cid) (fresh []cid.Cid, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.n == nil {
		w.n = map[cid.Cid]int{}
	}
	has, err := s.hasMany(ctx, cids)
	if err != nil {
		return nil, err
	}
	for i, c := range cids {
		if !has[i] {
			fresh = append(fresh, c)
		}
		w.n[c]++
	}
	return fresh, nil
}

// hasMany says which of cids the store holds: a Kubo is asked about them
// side by side, one round trip each.
func (s *Store) hasMany(ctx context.Context, cids []cid.Cid) ([]bool, error) {
	if k, ok := s.back.(*kuboBackend); ok {
		return k.blocks.hasMany(ctx, cids)
	}
	has := make([]bool, len(cids))
	for i, c := range cids {
		ok, err := s.blocks.Has(ctx, c)
		if err != nil {
			return nil, err
		}
		has[i] = ok
	}
	return has, nil
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
			var refused *kuboRefused
			if err := s.blocks.DeleteBlock(ctx, c); err != nil && !errors.As(err, &refused) {
				// Kubo down or hung (a refusal is about that one block):
				// the rest stay unpinned, and the backend's gc takes them.
				break
			}
		}
	}
	_ = s.sync(ctx)
}
