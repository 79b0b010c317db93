package idempotency_test

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/store"
)

func keys(t *testing.T, now *time.Time) *idempotency.Keys {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &idempotency.Keys{DB: db, Now: func() time.Time { return *now }}
}

type req struct{ Asset, To string }

func TestCheckKey(t *testing.T) {
	for _, tc := range []struct {
		key string
		ok  bool
	}{
		{"3f1c2a4e-9b7d-4c1e-8f2a-6d5b4c3a2e1f", true},
		{"mifm-cli-00112233445566778899aabbccddeeff", true},
		{strings.Repeat("k", idempotency.MaxKey), true},
		{"", false},
		{strings.Repeat("k", idempotency.MaxKey+1), false},
		{"with space", false},
		{"line\nbreak", false},
		{"clé", false},
	} {
		if err := idempotency.CheckKey(tc.key); (err == nil) != tc.ok || (err != nil && !errors.Is(err, idempotency.ErrBadKey)) {
			t.Errorf("CheckKey(%q) = %v, want ok %v", tc.key, err, tc.ok)
		}
	}
}

// The life of a key: unused, started, finished, and sent again with the
// same request, another request, after the TTL.
func TestClaim(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	k := keys(t, &now)
	first := req{"eip155:1337/erc721:0xA/1", "0xB"}

	c, err := k.Claim("transfer.start", "k1", first)
	if err != nil {
		t.Fatal(err)
	}
	var id string
	if c.Started(&id) || c.Result(&id) {
		t.Fatal("a fresh key has something started")
	}
	// Failed before starting anything: no trace, the key is free for a
	// corrected request.
	c.Release()
	c, err = k.Claim("transfer.start", "k1", req{"eip155:1337/erc721:0xA/2", "0xB"})
	if err != nil {
		t.Fatalf("a key whose request started nothing is refused for a corrected one: %v", err)
	}
	c.Release()

	c, _ = k.Claim("transfer.start", "k1", first)
	if err := c.Start("0xt1"); err != nil {
		t.Fatal(err)
	}
	c.Release()
	again, err := k.Claim("transfer.start", "k1", first)
	if err != nil || !again.Started(&id) || id != "0xt1" || again.Result(&id) {
		t.Fatalf("sent again: started %q, %v", id, err)
	}
	if err := again.Finish(map[string]string{"state": "delivered"}); err != nil {
		t.Fatal(err)
	}
	again.Release()
	c, _ = k.Claim("transfer.start", "k1", first)
	var res map[string]string
	if !c.Result(&res) || res["state"] != "delivered" {
		t.Fatalf("finished request's answer: %v", res)
	}
	c.Release()

	if _, err := k.Claim("transfer.start", "k1", req{"eip155:1337/erc721:0xA/9", "0xB"}); !errors.Is(err, idempotency.ErrKeyReused) || !strings.Contains(err.Error(), "use a new key") {
		t.Fatalf("another request under a used key: %v", err)
	}
	// Keys are per operation.
	if c, err := k.Claim("exchange.swap", "k1", first); err != nil || c.Started(&id) {
		t.Fatalf("the same key for another operation: %v", err)
	} else {
		c.Release()
	}
	// Forgotten after the TTL: a new request.
	now = now.Add(idempotency.TTL + time.Second)
	c, err = k.Claim("transfer.start", "k1", req{"eip155:1337/erc721:0xA/9", "0xB"})
	if err != nil || c.Started(&id) {
		t.Fatalf("after the TTL: %v", err)
	}
	c.Release()

	// A day on, the sweep drops the entries of the day before (Claim
	// sweeps once an hour; this one is called by hand).
	c, _ = k.Claim("transfer.start", "k2", first)
	if err := c.Start("0xt2"); err != nil {
		t.Fatal(err)
	}
	c.Release()
	if n, err := k.Sweep(); err != nil || n != 0 {
		t.Fatalf("sweep removed %d fresh entries (%v)", n, err)
	}
	now = now.Add(idempotency.TTL + time.Second)
	if n, err := k.Sweep(); err != nil || n != 1 {
		t.Fatalf("sweep removed %d entries (%v), want the one of the day before", n, err)
	}

	if c, err := k.Claim("transfer.start", "", first); c != nil || err != nil {
		t.Fatalf("no key: %v %v", c, err)
	}
	if _, err := k.Claim("transfer.start", "bad key", first); !errors.Is(err, idempotency.ErrBadKey) {
		t.Fatalf("bad key: %v", err)
	}
}

// Requests with one key wait for each other: the second sees what the
// first started, never starts its own.
func TestClaimSerialisesAKey(t *testing.T) {
	now := time.Now()
	k := keys(t, &now)
	var wg sync.WaitGroup
	var mu sync.Mutex
	starts := 0
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := k.Claim("asset.mint", "same", req{"a", "b"})
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Release()
			var id string
			if c.Started(&id) {
				return
			}
			time.Sleep(time.Millisecond)
			mu.Lock()
			starts++
			mu.Unlock()
			if err := c.Start("x"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if starts != 1 {
		t.Fatalf("%d requests started under one key", starts)
	}
}

// BenchmarkClaim is what a key costs a request: a fresh key claimed,
// started and finished (two synced writes), and a key sent again (one
// read).
func BenchmarkClaim(b *testing.B) {
	db, err := store.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	k := &idempotency.Keys{DB: db}
	r := req{"eip155:1337/erc721:0xA/1", "0xB"}
	b.Run("fresh", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			c, err := k.Claim("transfer.start", "fresh-"+strconv.Itoa(i), r)
			if err != nil {
				b.Fatal(err)
			}
			if err := c.Start("0xt"); err != nil {
				b.Fatal(err)
			}
			if err := c.Finish("done"); err != nil {
				b.Fatal(err)
			}
			c.Release()
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "requests/s")
	})
	b.Run("sent-again", func(b *testing.B) {
		var out string
		for b.Loop() {
			c, err := k.Claim("transfer.start", "fresh-0", r)
			if err != nil || !c.Result(&out) {
				b.Fatal(err)
			}
			c.Release()
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "requests/s")
	})
}
