package anchor

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/anchor/merkle"
	"github.com/mifm/mifm/node/store"
)

// Pending is a leaf waiting for the next batch.
type Pending struct {
	Subject string `json:"subject"`
	Seq     uint64 `json:"seq"`
	CID     string `json:"cid"`
}

// Anchoring is where a batch root landed on chain.
type Anchoring struct {
	Chain     string         `json:"chain"` // CAIP-2
	Contract  common.Address `json:"contract"`
	Anchorer  common.Address `json:"anchorer"`
	Tx        common.Hash    `json:"tx"`
	Block     uint64         `json:"block"`
	BlockHash common.Hash    `json:"blockHash"`
	Time      uint64         `json:"time"` // block time, Unix seconds
}

// Batch states.
const (
	// BatchSealed: the tree and manifest are made and the leaves left the
	// queue; the root is not known to be on chain yet.
	BatchSealed = "sealed"
	// BatchAnchored: the root is on chain.
	BatchAnchored = "anchored"
)

// Batch is a sealed batch of leaves.
type Batch struct {
	Seq      uint64      `json:"seq"`
	Root     common.Hash `json:"root"`
	Leaves   int         `json:"leaves"`
	Manifest string      `json:"manifest"` // CID of the tree's OpenZeppelin dump
	State    string      `json:"state"`
	Sealed   string      `json:"sealed"`
	Anchored *Anchoring  `json:"anchoring,omitempty"`
	Versions []string    `json:"versions"` // leaf CIDs, in value order
}

// Placement is where a version's leaf sits: its batch and value index, and
// the batch's anchoring once known.
type Placement struct {
	Batch uint64 `json:"batch"`
	Index int    `json:"index"`
	Block uint64 `json:"block,omitempty"`
	Tx    string `json:"tx,omitempty"`
}

// after orders placements by anchored order: block, then batch, then leaf.
func (p Placement) after(q Placement) bool {
	if p.Block != q.Block {
		return p.Block > q.Block
	}
	if p.Batch != q.Batch {
		return p.Batch > q.Batch
	}
	return p.Index > q.Index
}

// Ledger is the Anchor contract on the node's chain.
type Ledger interface {
	// Anchor writes a batch root and waits for it to be mined. A root the
	// node anchored already comes back as ErrAlreadyAnchored.
	Anchor(ctx context.Context, root common.Hash, batch uint64, leaves uint32, manifest cid.Cid) (*Anchoring, error)
	// Find looks a root of this node up: nil when it is not on chain.
	Find(ctx context.Context, root common.Hash) (*Anchoring, error)
}

// ErrAlreadyAnchored is a Ledger's answer for a root it holds already.
var ErrAlreadyAnchored = errors.New("root already anchored")

func pendingKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte(store.AnchorPendingPrefix), n)
}
func batchKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte(store.AnchorBatchPrefix), n)
}
func leafKey(c string) []byte { return []byte(store.AnchorLeafPrefix + c) }

// queue adds a leaf to the pending queue in batch (under s.mu).
func (s *Service) queue(batch *store.Batch, p Pending) error {
	var n uint64
	b, err := s.DB.Get([]byte(store.AnchorQueueKey))
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		return fmt.Errorf("read the anchoring queue: %w", err)
	case len(b) == 8:
		n = binary.BigEndian.Uint64(b)
	}
	n++
	batch.Put([]byte(store.AnchorQueueKey), binary.BigEndian.AppendUint64(nil, n))
	putJSON(batch, pendingKey(n), p)
	return nil
}

// queued is how many leaves wait, counted once from the store and kept
// since: a scan per proposal cost 28 ms with 65,536 leaves waiting.
func (s *Service) queued() *atomic.Int64 {
	s.countOnce.Do(func() { s.waiting.Store(int64(s.pendingCount(1 << 30))) })
	return &s.waiting
}

func (s *Service) poke() {
	s.wakeOnce.Do(func() { s.wake = make(chan struct{}, 1) })
	if s.queued().Load() >= int64(s.Config.MaxLeaves) {
		select {
		case s.wake <- struct{}{}:
		default:
		}
	}
}

func (s *Service) pendingCount(limit int) int {
	n := 0
	_ = s.DB.Scan([]byte(store.AnchorPendingPrefix), nil, func(_, _ []byte) bool {
		n++
		return n < limit
	})
	return n
}

// Run anchors batches until ctx ends: every Interval, or as soon as
// MaxLeaves leaves wait. Failures are logged and retried at the next tick.
func (s *Service) Run(ctx context.Context) {
	s.wakeOnce.Do(func() { s.wake = make(chan struct{}, 1) })
	t := time.NewTicker(s.Config.Interval)
	defer t.Stop()
	for {
		if _, err := s.Flush(ctx); err != nil && ctx.Err() == nil {
			s.log().Warn("anchor batch", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.wake:
		}
	}
}

// Flush anchors whatever waits: sealed batches not yet on chain first,
// then the queue, MaxLeaves at a time. It returns the batches it anchored.
func (s *Service) Flush(ctx context.Context) ([]Batch, error) {
	if s.Ledger == nil {
		return nil, errors.New("anchor: no chain: the Anchor contract is not deployed on the node's chain yet")
	}
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	var done []Batch
	sealed, err := s.batches(BatchSealed)
	if err != nil {
		return nil, err
	}
	for _, b := range sealed {
		a, err := s.send(ctx, b)
		if err != nil {
			return done, err
		}
		done = append(done, *a)
	}
	for {
		// Every batch with leaves carries the audit log's checkpoint too.
		if s.Audit != nil && s.Signer != nil && s.pendingCount(1) > 0 {
			if _, err := s.Checkpoint(ctx); err != nil {
				return done, err
			}
		}
		b, err := s.seal(ctx)
		if err != nil || b == nil {
			return done, err
		}
		a, err := s.send(ctx, b)
		if err != nil {
			return done, err
		}
		done = append(done, *a)
	}
}

// batches lists the batches in a state (all when state is empty).
func (s *Service) batches(state string) ([]*Batch, error) {
	var out []*Batch
	var derr error
	err := s.DB.Scan([]byte(store.AnchorBatchPrefix), nil, func(_, v []byte) bool {
		var b Batch
		if derr = json.Unmarshal(v, &b); derr != nil {
			return false
		}
		if state == "" || b.State == state {
			out = append(out, &b)
		}
		return true
	})
	if err == nil {
		err = derr
	}
	if err != nil {
		return nil, fmt.Errorf("read anchor batches: %w", err)
	}
	return out, nil
}

// Batches lists every batch, oldest first.
func (s *Service) Batches() ([]*Batch, error) { return s.batches("") }

// seal cuts the next batch from the queue: the tree, its manifest in IPFS,
// and in one commit the batch record, the leaves' placements and the
// queue's removal. nil when nothing waits. It runs under sendMu, the only
// writer of batches, placements and the queue's removal, so it leaves the
// subjects' lock free: building a 65,536-leaf tree and its manifest takes
// a second, and proposals go on meanwhile (their leaves wait for the next
// batch).
func (s *Service) seal(ctx context.Context) (*Batch, error) {
	var keys [][]byte
	var leaves []Pending
	var derr error
	err := s.DB.Scan([]byte(store.AnchorPendingPrefix), nil, func(k, v []byte) bool {
		var p Pending
		if derr = json.Unmarshal(v, &p); derr != nil {
			return false
		}
		keys, leaves = append(keys, append([]byte(nil), k...)), append(leaves, p)
		return len(leaves) < s.Config.MaxLeaves
	})
	if err == nil {
		err = derr
	}
	if err != nil {
		return nil, fmt.Errorf("read the anchoring queue: %w", err)
	}
	if len(leaves) == 0 {
		return nil, nil
	}
	values := make([][]any, len(leaves))
	for i, p := range leaves {
		c, err := cid.Decode(p.CID)
		if err != nil {
			return nil, fmt.Errorf("queued leaf %s: %w", p.CID, err)
		}
		values[i] = Leaf(p.Subject, p.Seq, c)
	}
	tree, err := merkle.OfStandard(values, LeafEncoding, merkle.Options{})
	if err != nil {
		return nil, fmt.Errorf("build batch tree: %w", err)
	}
	dump, err := tree.Dump()
	if err != nil {
		return nil, err
	}
	manifest, err := s.Content.AddFile(ctx, dump)
	if err != nil {
		return nil, fmt.Errorf("store batch manifest: %w", err)
	}
	var seq uint64 = 1
	if k, _, err := s.DB.Last([]byte(store.AnchorBatchPrefix)); err == nil {
		seq = binary.BigEndian.Uint64(k[len(store.AnchorBatchPrefix):]) + 1
	}
	b := &Batch{Seq: seq, Root: tree.Root(), Leaves: len(leaves), Manifest: manifest.String(), State: BatchSealed, Sealed: s.now().UTC().Format(time.RFC3339Nano)}
	batch := s.DB.NewBatch()
	defer batch.Discard()
	for i, p := range leaves {
		b.Versions = append(b.Versions, p.CID)
		putJSON(batch, leafKey(p.CID), Placement{Batch: seq, Index: i})
		batch.Delete(keys[i])
	}
	putJSON(batch, batchKey(seq), b)
	if err := batch.Commit(); err != nil {
		return nil, fmt.Errorf("seal batch %d: %w", seq, err)
	}
	s.queued().Add(-int64(len(leaves)))
	s.remember(seq, tree)
	s.crash("anchor.sealed")
	return b, nil
}

// send puts a sealed batch's root on chain, or finds it there (a node that
// stopped after sending), and records the anchoring. The contract refuses
// a root twice, so a batch is never anchored twice.
func (s *Service) send(ctx context.Context, b *Batch) (*Batch, error) {
	a, err := s.Ledger.Find(ctx, b.Root)
	if err != nil {
		return nil, fmt.Errorf("look batch %d up on chain: %w", b.Seq, err)
	}
	if a == nil {
		mc, err := cid.Decode(b.Manifest)
		if err != nil {
			return nil, fmt.Errorf("batch %d manifest: %w", b.Seq, err)
		}
		a, err = s.Ledger.Anchor(ctx, b.Root, b.Seq, uint32(b.Leaves), mc)
		if errors.Is(err, ErrAlreadyAnchored) {
			a, err = s.Ledger.Find(ctx, b.Root)
			if err == nil && a == nil {
				err = errors.New("the contract says the root is anchored but no Anchored event was found")
			}
		}
		if err != nil {
			return nil, fmt.Errorf("anchor batch %d: %w", b.Seq, err)
		}
		s.crash("anchor.sent")
	}
	touched, err := s.recordAnchored(b, a)
	if err != nil {
		return nil, err
	}
	s.audit("batch:"+strconv.FormatUint(b.Seq, 10), "anchor.batch", "self", map[string]string{
		"root": b.Root.Hex(), "leaves": strconv.Itoa(b.Leaves), "manifest": b.Manifest, "tx": a.Tx.Hex(), "block": strconv.FormatUint(a.Block, 10),
	})
	// Conflicts under PolicyAnchored wait for their versions' anchoring.
	for _, subject := range touched {
		s.settleAnchored(ctx, subject)
	}
	return b, nil
}

// recordAnchored marks a batch and its versions anchored in one commit and
// returns the subjects it touched.
func (s *Service) recordAnchored(b *Batch, a *Anchoring) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b.State, b.Anchored = BatchAnchored, a
	batch := s.DB.NewBatch()
	defer batch.Discard()
	putJSON(batch, batchKey(b.Seq), b)
	var touched []string
	for i, c := range b.Versions {
		p := Placement{Batch: b.Seq, Index: i, Block: a.Block, Tx: a.Tx.Hex()}
		putJSON(batch, leafKey(c), p)
		r, err := s.Version(c)
		if err != nil {
			continue // an audit checkpoint of a node that lost its record: the batch still holds it
		}
		r.Anchored = &p
		putJSON(batch, versionKey(c), r)
		touched = append(touched, r.Version.Subject)
	}
	if err := batch.Commit(); err != nil {
		return nil, fmt.Errorf("record batch %d anchored: %w", b.Seq, err)
	}
	return touched, nil
}

func (s *Service) settleAnchored(ctx context.Context, subject string) {
	s.mu.Lock()
	sub, err := s.Subject(subject)
	if err != nil || sub.Policy != PolicyAnchored || len(sub.Conflict) == 0 {
		s.mu.Unlock()
		return
	}
	winner := s.decide(sub, &Record{})
	if winner == "" {
		s.mu.Unlock()
		return
	}
	batch := s.DB.NewBatch()
	defer batch.Discard()
	err = s.settle(sub, winner, batch, &Record{})
	if err == nil {
		putJSON(batch, subjectKey(subject), sub)
		err = batch.Commit()
	}
	s.mu.Unlock()
	if err != nil {
		s.log().Error("settle conflict by anchored order", "subject", subject, "error", err)
		return
	}
	s.audit(subject, "anchor.resolve", "self", map[string]string{"head": winner, "policy": PolicyAnchored})
	if s.OnChange != nil {
		s.OnChange(ctx, subject, winner, "self")
	}
}

// Placement returns where a version's leaf sits, once batched.
func (s *Service) Placement(c string) (*Placement, error) {
	return getJSON[Placement](s.DB, leafKey(c), fmt.Errorf("%w: version %s is not in a batch yet (it is queued for the next one)", ErrNotBatched, c))
}

// ErrNotBatched is returned for a proof of a version still in the queue.
var ErrNotBatched = errors.New("not batched yet")

// Batch reads one batch.
func (s *Service) Batch(seq uint64) (*Batch, error) {
	return getJSON[Batch](s.DB, batchKey(seq), fmt.Errorf("no batch %d", seq))
}

// HasWork says whether db holds leaves waiting for a batch or a batch not
// yet known to be on chain.
func HasWork(db *store.DB) bool {
	work := false
	_ = db.Scan([]byte(store.AnchorPendingPrefix), nil, func(_, _ []byte) bool {
		work = true
		return false
	})
	if work {
		return true
	}
	_ = db.Scan([]byte(store.AnchorBatchPrefix), nil, func(_, v []byte) bool {
		var b Batch
		work = json.Unmarshal(v, &b) == nil && b.State == BatchSealed
		return !work
	})
	return work
}

// treeCache keeps the trees of the last batches, so proofs from one batch
// do not reload and rehash its manifest each (1.1 s for 65,536 leaves).
const treeCache = 4

func (s *Service) remember(seq uint64, t *merkle.Tree) {
	s.treesMu.Lock()
	defer s.treesMu.Unlock()
	if s.trees == nil {
		s.trees = map[uint64]*merkle.Tree{}
	}
	if len(s.trees) >= treeCache {
		oldest := seq
		for k := range s.trees {
			oldest = min(oldest, k)
		}
		delete(s.trees, oldest)
	}
	s.trees[seq] = t
}

func (s *Service) cachedTree(seq uint64) *merkle.Tree {
	s.treesMu.Lock()
	defer s.treesMu.Unlock()
	return s.trees[seq]
}
