package audit

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/store"
)

func openLog(t *testing.T) (*store.DB, *Log) {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	l, err := Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		if _, err := l.Append(Event{API: "re", Op: "channel.offer", Actor: fmt.Sprintf("did:key:z%d", i), Detail: map[string]string{"n": fmt.Sprint(i)}}, nil); err != nil {
			t.Fatal(err)
		}
	}
	return db, l
}

func TestAppendChainsAndSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := Open(db, nil)
	first, err := l.Append(Event{API: "ri", Op: "manifesto.set"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if first.Seq != 1 || first.Prev != Genesis || first.Outcome != "ok" {
		t.Fatalf("first entry %+v", first)
	}
	db.Close()
	db, err = store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	l, err = Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	second, err := l.Append(Event{API: "re", Op: "channel.offer", Outcome: "refused", Detail: map[string]string{"reason": "stale"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if second.Seq != 2 || second.Prev != first.Hash {
		t.Fatalf("after reopen the log goes on from %d/%s, got %+v", first.Seq, first.Hash, second)
	}
	r, err := l.Verify()
	if err != nil || !r.OK || r.Entries != 2 || r.Head != second.Hash {
		t.Fatalf("verify = %+v, %v", r, err)
	}
	all, _ := l.List(0, time.Time{}, 0)
	if len(all) != 2 || all[1].Detail["reason"] != "stale" {
		t.Fatalf("list = %+v", all)
	}
	after, _ := l.List(1, time.Time{}, 0)
	if len(after) != 1 || after[0].Seq != 2 {
		t.Fatalf("list after 1 = %+v", after)
	}
	future, _ := l.List(0, time.Now().Add(time.Hour), 0)
	if len(future) != 0 {
		t.Fatalf("list since an hour ahead = %+v", future)
	}
	// Nothing follows the last sequence number (after+1 must not wrap).
	if last, err := l.List(math.MaxUint64, time.Time{}, 0); err != nil || len(last) != 0 {
		t.Fatalf("list after %d = %+v, %v", uint64(math.MaxUint64), last, err)
	}
}

func TestVerifyFindsTheFirstBrokenLink(t *testing.T) {
	rewrite := func(db *store.DB, seq uint64, change func(*Entry)) {
		v, err := db.Get(key(seq))
		if err != nil {
			panic(err)
		}
		var e Entry
		_ = json.Unmarshal(v, &e)
		change(&e)
		b, _ := json.Marshal(e)
		_ = db.Put(key(seq), b)
	}
	cases := []struct {
		name   string
		tamper func(*store.DB)
		at     uint64
		reason string
	}{
		{"changed actor", func(db *store.DB) { rewrite(db, 3, func(e *Entry) { e.Actor = "did:key:zMallory" }) }, 3, "was changed"},
		{"changed and rehashed", func(db *store.DB) {
			rewrite(db, 2, func(e *Entry) { e.Outcome = "refused"; e.Hash = e.digest() })
		}, 3, "links to"},
		{"removed entry", func(db *store.DB) { b := db.NewBatch(); b.Delete(key(4)); _ = b.Commit() }, 4, "is missing"},
		{"removed last entry", func(db *store.DB) { b := db.NewBatch(); b.Delete(key(5)); _ = b.Commit() }, 5, "removed from the end"},
		{"renumbered", func(db *store.DB) { rewrite(db, 2, func(e *Entry) { e.Seq = 7 }) }, 2, "says it is 7"},
		{"not JSON", func(db *store.DB) { _ = db.Put(key(1), []byte("{")) }, 1, "not a JSON entry"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db, l := openLog(t)
			tc.tamper(db)
			r, err := l.Verify()
			if err != nil {
				t.Fatal(err)
			}
			if r.OK || r.BrokenAt != tc.at || !strings.Contains(r.Reason, tc.reason) {
				t.Fatalf("verify = %+v, want broken at %d with %q", r, tc.at, tc.reason)
			}
		})
	}
}

func TestAppendCommitsExtraWritesAtomically(t *testing.T) {
	db, l := openLog(t)
	if _, err := l.Append(Event{API: "re", Op: "message"}, func(b *store.Batch) { b.Put([]byte(store.NonceByIDPrefix+"x"), []byte("1")) }); err != nil {
		t.Fatal(err)
	}
	if v, err := db.Get([]byte(store.NonceByIDPrefix + "x")); err != nil || string(v) != "1" {
		t.Fatalf("extra write = %q, %v", v, err)
	}
}

func BenchmarkAppend(b *testing.B) {
	db, err := store.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	l, _ := Open(db, nil)
	ev := Event{API: "re", Op: "channel.message", Actor: "did:pkh:eip155:1337:0x0000000000000000000000000000000000000001", Subject: "ch_0123456789abcdef"}
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := l.Append(ev, nil); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "entries/s")
}
