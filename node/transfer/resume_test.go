package transfer

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// storeService is a transfer service on a real node store with no chain:
// enough for what happens before the chain is asked.
func storeService(tb testing.TB) *Service {
	tb.Helper()
	db, err := store.Open(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	lg, err := audit.Open(db, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return &Service{DB: db, Audit: lg, Signer: &re.Signer{DID: "did:web:a.example"}, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

// testRecord is a record with a distinct id.
func testRecord(n int, role string, st State) *Record {
	t := OnChain{Kind: KindERC721, Token: common.HexToAddress("0x721"), ID: (*hexutil.Big)(big.NewInt(int64(n))), Amount: (*hexutil.Big)(big.NewInt(1)),
		Salt: crypto.Keccak256Hash([]byte(fmt.Sprint(n)))}
	return &Record{ID: t.Hash(), Role: role, State: st, Asset: fmt.Sprintf("eip155:1337/erc721:0x721/%d", n), Amount: "1", Peer: "did:web:b.example", Transfer: t}
}

// writeFinished stores n terminal records in one batch, as a node that
// has run for a while holds them (their audit entries don't matter here).
func writeFinished(tb testing.TB, s *Service, n int) {
	tb.Helper()
	b := s.DB.NewBatch()
	for i := range n {
		r := testRecord(i, Outgoing, Delivered)
		r.History = []Step{{State: Requested}, {State: Locked}, {State: Offered}, {State: Accepted}, {State: Delivered}}
		v, _ := json.Marshal(r)
		b.Put(key(r.Role, r.ID), v)
	}
	if err := b.Commit(); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkResume is the daemon's 2-second round on a store of 10,000
// finished transfers and 10 live ones, each live one waiting (an incoming
// asset released but not importable: no content store), so the round's
// cost is finding them.
func BenchmarkResume(b *testing.B) {
	const finished, live = 10_000, 10
	s := storeService(b)
	writeFinished(b, s, finished)
	for i := range live {
		r := testRecord(finished+i, Incoming, Released)
		if err := s.save("re", r, Step{State: Released}); err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	s.Resume(ctx, "cli") // a store without the index builds it once
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		s.Resume(ctx, "cli")
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/round")
	b.ReportMetric(finished+live, "records")
}

// liveIDs is the live index as Resume reads it.
func liveIDs(t *testing.T, s *Service) map[common.Hash]string {
	t.Helper()
	refs, err := s.liveTransfers()
	if err != nil {
		t.Fatal(err)
	}
	out := map[common.Hash]string{}
	for _, r := range refs {
		out[r.id] = r.role
	}
	return out
}

// The live index is written in the batch of each state change: a transfer
// is in it from its first record until a final state, and a transfer that
// moves to another id (a fee on transfer) takes its entry along.
func TestLiveIndexFollowsTheRecord(t *testing.T) {
	s := storeService(t)
	out := testRecord(1, Outgoing, "")
	in := testRecord(2, Incoming, "")
	for _, tc := range []struct {
		name string
		r    *Record
		to   State
		live bool
	}{
		{"outgoing requested", out, Requested, true},
		{"incoming accepted", in, Accepted, true},
		{"outgoing locked", out, Locked, true},
		{"outgoing offered", out, Offered, true},
		{"outgoing rejected waits for the chain", out, Rejected, true},
		{"incoming released", in, Released, true},
		{"incoming imported is final", in, Imported, false},
		{"outgoing returned is final", out, Returned, false},
	} {
		if err := s.save("cli", tc.r, Step{State: tc.to}); err != nil {
			t.Fatal(err)
		}
		role, ok := liveIDs(t, s)[tc.r.ID]
		if ok != tc.live || (ok && role != tc.r.Role) {
			t.Errorf("%s: in the index %v as %q, want %v as %q", tc.name, ok, role, tc.live, tc.r.Role)
		}
	}
	if got := liveIDs(t, s); len(got) != 0 {
		t.Errorf("index after every transfer ended: %v", got)
	}

	rejected := testRecord(3, Incoming, "")
	if err := s.save("re", rejected, Step{State: Rejected}); err != nil {
		t.Fatal(err)
	}
	if _, ok := liveIDs(t, s)[rejected.ID]; ok {
		t.Error("B's rejected incoming transfer is indexed: A settles it, B has nothing to resume")
	}

	moved := testRecord(4, Outgoing, "")
	if err := s.save("cli", moved, Step{State: Requested}); err != nil {
		t.Fatal(err)
	}
	old := moved.ID
	moved.ID = crypto.Keccak256Hash([]byte("the id the escrow locked"))
	if err := s.saveReplacing("cli", moved, Step{State: Requested}, &old); err != nil {
		t.Fatal(err)
	}
	got := liveIDs(t, s)
	if _, ok := got[old]; ok {
		t.Error("the old id stays in the index after the record moved")
	}
	if _, ok := got[moved.ID]; !ok {
		t.Error("the new id is not in the index")
	}
}

// A store written before the index existed holds records and no index:
// the first round builds it from the records, once, and an entry left for
// a record that has ended since (or is gone) is dropped by the round that
// finds it.
func TestResumeIndexesAnOldStoreOnce(t *testing.T) {
	s := storeService(t)
	writeFinished(t, s, 50)
	b := s.DB.NewBatch()
	var wantLive []common.Hash
	for i := range 3 {
		r := testRecord(100+i, Incoming, Released)
		v, _ := json.Marshal(r)
		b.Put(key(r.Role, r.ID), v)
		wantLive = append(wantLive, r.ID)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.Get([]byte(store.TransferLiveIndexedKey)); err == nil {
		t.Fatal("the marker is set before any round")
	}
	s.Resume(context.Background(), "cli")
	got := liveIDs(t, s)
	if len(got) != len(wantLive) {
		t.Fatalf("index after the build: %d entries, want %d", len(got), len(wantLive))
	}
	for _, id := range wantLive {
		if got[id] != Incoming {
			t.Errorf("%s is not indexed as incoming", id)
		}
	}
	if v, err := s.DB.Get([]byte(store.TransferLiveIndexedKey)); err != nil || string(v) != "1" {
		t.Fatalf("marker after the build: %q %v", v, err)
	}

	// Entries for a record that ended and for one that does not exist, as
	// a build racing a state change could leave: a round drops both.
	ended := testRecord(0, Outgoing, Delivered)
	b = s.DB.NewBatch()
	b.Put(liveKey(Outgoing, ended.ID), nil)
	b.Put(liveKey(Incoming, common.HexToHash("0xdead")), nil)
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	// A new service on the same store (a restarted node) does not build
	// again: the marker says it is done.
	s2 := &Service{DB: s.DB, Audit: s.Audit, Signer: s.Signer, Log: s.Log}
	s2.Resume(context.Background(), "cli")
	got = liveIDs(t, s2)
	if _, ok := got[ended.ID]; ok {
		t.Error("the entry of a delivered transfer survived a round")
	}
	if _, ok := got[common.HexToHash("0xdead")]; ok {
		t.Error("the entry of a missing record survived a round")
	}
	if len(got) != len(wantLive) {
		t.Errorf("index after dropping stale entries: %d, want %d", len(got), len(wantLive))
	}
}

// Each transfer's lock is forgotten when its last holder lets go, so the
// map holds only what is in flight, not every id the node ever ran.
func TestTransferLocksAreReleased(t *testing.T) {
	s := storeService(t)
	const n = 40
	for i := range n {
		r := testRecord(i, Incoming, "")
		unlock := s.lock(r.ID)
		if err := s.save("re", r, Step{State: Released}); err != nil {
			t.Fatal(err)
		}
		unlock()
	}
	if got := s.locks.Len(); got != 0 {
		t.Fatalf("after %d transfers the lock map holds %d ids", n, got)
	}
	s.Resume(context.Background(), "cli") // takes each live transfer's lock
	if got := s.locks.Len(); got != 0 {
		t.Fatalf("after a round over %d live transfers the lock map holds %d ids", n, got)
	}

	// Many goroutines on a few ids: one holder per id at a time, and
	// nothing left when all are done. Releasing twice is harmless.
	var wg sync.WaitGroup
	var held [4]atomic.Int32
	for g := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 50 {
				k := (g + j) % len(held)
				unlock := s.lock(common.BigToHash(big.NewInt(int64(k))))
				if held[k].Add(1) != 1 {
					t.Errorf("two holders of lock %d", k)
				}
				held[k].Add(-1)
				unlock()
				unlock()
			}
		}()
	}
	wg.Wait()
	if got := s.locks.Len(); got != 0 {
		t.Fatalf("after concurrent use the lock map holds %d ids", got)
	}
}
