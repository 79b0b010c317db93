package notify

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mifm/mifm/node/store"
)

var secret = []byte("0123456789abcdef0123456789abcdef")

func openStore(t *testing.T, dir string) *store.DB {
	t.Helper()
	db, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// receiver is a platform back end: it verifies each delivery and answers
// with the status answer gives for the attempt.
type receiver struct {
	t      *testing.T
	mu     sync.Mutex
	got    []Event
	ids    []string // Mifm-Event-Id per attempt
	answer func(attempt int) int
	srv    *httptest.Server
	seen   chan struct{}
}

func newReceiver(t *testing.T, answer func(int) int) *receiver {
	r := &receiver{t: t, answer: answer, seen: make(chan struct{}, 100)}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(req.Body, MaxEventBytes+1))
		if err := Verify(secret, req.Header, body, time.Now(), 0); err != nil {
			t.Errorf("delivery does not verify: %v", err)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		var ev Event
		if err := json.Unmarshal(body, &ev); err != nil {
			t.Errorf("delivery body: %v", err)
		}
		if req.Header.Get(HeaderID) != ev.ID || req.Header.Get(HeaderType) != ev.Type {
			t.Errorf("headers %s %s, body %s %s", req.Header.Get(HeaderID), req.Header.Get(HeaderType), ev.ID, ev.Type)
		}
		r.mu.Lock()
		r.ids = append(r.ids, ev.ID)
		status := r.answer(len(r.ids))
		if status/100 == 2 {
			r.got = append(r.got, ev)
		}
		r.mu.Unlock()
		w.WriteHeader(status)
		r.seen <- struct{}{}
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) snapshot() (got []Event, ids []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Event(nil), r.got...), append([]string(nil), r.ids...)
}

func (r *receiver) waitFor(n int) []Event {
	r.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		if got, _ := r.snapshot(); len(got) >= n {
			return got
		}
		select {
		case <-r.seen:
		case <-deadline:
			got, ids := r.snapshot()
			r.t.Fatalf("the back end acknowledged %d events (attempts %v), want %d", len(got), ids, n)
		}
	}
}

func run(t *testing.T, o *Outbox, url string) (stop func()) {
	t.Helper()
	w, err := NewWebhook(WebhookConfig{URL: url, Secret: secret, Outbox: o, MinBackoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = w.Run(ctx) }()
	return func() { cancel(); <-done }
}

// A back end that fails gets the same event, same id, again; the events
// after it wait their turn (in order), and all arrive once it answers 2xx.
func TestWebhookRetriesWithTheSameID(t *testing.T) {
	db := openStore(t, t.TempDir())
	defer db.Close()
	o, err := Open(db, Config{Webhook: true})
	if err != nil {
		t.Fatal(err)
	}
	r := newReceiver(t, func(attempt int) int {
		if attempt <= 2 {
			return http.StatusInternalServerError
		}
		return http.StatusNoContent
	})
	for i := range 3 {
		if _, err := o.Append("test.event", "s"+strconv.Itoa(i), map[string]int{"i": i}); err != nil {
			t.Fatal(err)
		}
	}
	stop := run(t, o, r.srv.URL)
	defer stop()
	got := r.waitFor(3)
	_, ids := r.snapshot()
	if len(ids) != 5 || ids[0] != ids[1] || ids[1] != ids[2] {
		t.Fatalf("attempts %v: want the first event three times (500, 500, 204), then the others", ids)
	}
	for i, ev := range got {
		if ev.Seq != uint64(i+1) || ev.Subject != "s"+strconv.Itoa(i) {
			t.Fatalf("delivery %d is %+v: out of order", i, ev)
		}
	}
	for deadline := time.Now().Add(5 * time.Second); o.Acked() != 3; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("acked %d, want 3", o.Acked())
		}
	}
}

// A node stopped before the back end acknowledged delivers again after a
// restart, with the ids it had; acknowledged events are not sent again.
func TestWebhookRedeliversAfterRestart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	db := openStore(t, dir)
	o, err := Open(db, Config{Webhook: true})
	if err != nil {
		t.Fatal(err)
	}
	down := true
	var mu sync.Mutex
	r := newReceiver(t, func(attempt int) int {
		mu.Lock()
		defer mu.Unlock()
		if attempt == 1 {
			return http.StatusOK
		}
		if down {
			return http.StatusServiceUnavailable
		}
		return http.StatusOK
	})
	first, _ := o.Append("a", "1", nil)
	second, _ := o.Append("b", "2", nil)
	stop := run(t, o, r.srv.URL)
	r.waitFor(1)
	// The second is being refused: stop the node mid-retry.
	for {
		if _, ids := r.snapshot(); len(ids) >= 2 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	stop()
	db.Close()

	mu.Lock()
	down = false
	mu.Unlock()
	db = openStore(t, dir)
	defer db.Close()
	o, err = Open(db, Config{Webhook: true})
	if err != nil {
		t.Fatal(err)
	}
	third, _ := o.Append("c", "3", nil)
	stop = run(t, o, r.srv.URL)
	defer stop()
	got := r.waitFor(3)
	if got[0].ID != first.ID || got[1].ID != second.ID || got[2].ID != third.ID || third.Seq != 3 {
		t.Fatalf("after the restart the back end got %v, want %s %s %s", got, first.ID, second.ID, third.ID)
	}
	_, ids := r.snapshot()
	for _, id := range ids[1:] {
		if id == first.ID {
			t.Fatalf("the acknowledged event %s was sent again: %v", first.ID, ids)
		}
	}
}

// The attacker's deliveries: a changed body, a changed timestamp, another
// secret, a replay outside the tolerance, a missing header.
func TestVerifyRefusesTamperedAndStale(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	body := []byte(`{"id":"x-1","seq":1,"type":"transfer.delivered"}`)
	sig := Sign(secret, now.Unix(), body)
	header := func(ts int64, sig string) http.Header {
		h := http.Header{}
		h.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
		h.Set(HeaderSignature, sig)
		return h
	}
	if err := Verify(secret, header(now.Unix(), sig), body, now.Add(time.Minute), 0); err != nil {
		t.Fatalf("a genuine delivery: %v", err)
	}
	if err := Verify(secret, header(now.Unix(), "v0=abc, "+sig), body, now, 0); err != nil {
		t.Fatalf("a genuine signature among others: %v", err)
	}
	for _, tc := range []struct {
		name   string
		h      http.Header
		body   []byte
		secret []byte
		at     time.Time
		want   error
	}{
		{"body changed", header(now.Unix(), sig), []byte(strings.Replace(string(body), "delivered", "refunded", 1)), secret, now, ErrBadSignature},
		{"timestamp moved", header(now.Unix()+1, sig), body, secret, now, ErrBadSignature},
		{"other secret", header(now.Unix(), Sign([]byte("another secret of the attacker"), now.Unix(), body)), body, secret, now, ErrBadSignature},
		{"replayed late", header(now.Unix(), sig), body, secret, now.Add(6 * time.Minute), ErrStale},
		{"from the future", header(now.Unix(), sig), body, secret, now.Add(-6 * time.Minute), ErrStale},
		{"no timestamp", http.Header{HeaderSignature: {sig}}, body, secret, now, ErrStale},
		{"no signature", header(now.Unix(), ""), body, secret, now, ErrBadSignature},
		{"not hex", header(now.Unix(), "v1=zz"), body, secret, now, ErrBadSignature},
		{"empty secret", header(now.Unix(), Sign(nil, now.Unix(), body)), body, nil, now, ErrBadSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := Verify(tc.secret, tc.h, tc.body, tc.at, 0); !errors.Is(err, tc.want) {
				t.Fatalf("Verify: %v, want %v", err, tc.want)
			}
		})
	}
}

// The outbox is bounded: delivered events beyond Keep go, undelivered ones
// stay up to Max, and beyond Max the oldest go anyway; an event over
// MaxEventBytes is refused and nothing is written.
func TestOutboxBounds(t *testing.T) {
	db := openStore(t, t.TempDir())
	defer db.Close()
	o, err := Open(db, Config{Webhook: true, Keep: 2, Max: 5})
	if err != nil {
		t.Fatal(err)
	}
	for range 7 {
		if _, err := o.Append("t", "", nil); err != nil {
			t.Fatal(err)
		}
	}
	if first, last := o.Bounds(); first != 3 || last != 7 {
		t.Fatalf("undelivered: kept %d..%d, want 3..7 (Max 5)", first, last)
	}
	if err := o.Ack(6); err != nil {
		t.Fatal(err)
	}
	if first, last := o.Bounds(); first != 6 || last != 7 {
		t.Fatalf("after the ack of 6: kept %d..%d, want 6..7 (Keep 2)", first, last)
	}
	evs, _ := o.List(0, 0)
	if len(evs) != 2 || evs[0].Seq != 6 {
		t.Fatalf("List: %+v", evs)
	}
	if _, err := o.Append("t", "", strings.Repeat("x", MaxEventBytes)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("an oversized event: %v, want ErrTooLarge", err)
	}
	for _, typ := range []string{"", strings.Repeat("t", 65)} {
		if _, err := o.Append(typ, "", nil); !errors.Is(err, ErrBadEvent) {
			t.Fatalf("type %q: %v, want ErrBadEvent", typ, err)
		}
	}
	if _, last := o.Bounds(); last != 7 {
		t.Fatalf("refused events moved the sequence to %d", last)
	}

	// Without a webhook, Keep alone bounds it.
	db2 := openStore(t, t.TempDir())
	defer db2.Close()
	o2, _ := Open(db2, Config{Keep: 3, Max: 5})
	for range 10 {
		_, _ = o2.Append("t", "", nil)
	}
	if first, last := o2.Bounds(); first != 8 || last != 10 {
		t.Fatalf("no webhook: kept %d..%d, want 8..10", first, last)
	}
}

// A webhook URL that would send events in clear over a network, or carry
// user info, is refused; a redirect is not followed (the signed event
// would go elsewhere) and counts as a failure.
func TestWebhookURLAndRedirects(t *testing.T) {
	for _, u := range []string{"http://example.com/hook", "ftp://127.0.0.1/", "https://user:pw@example.com/", "127.0.0.1:9000", "http://10.0.0.1/hook"} {
		if err := CheckURL(u); err == nil {
			t.Errorf("CheckURL(%q) accepted", u)
		}
	}
	for _, u := range []string{"https://platform.example/hooks/mifm", "http://127.0.0.1:9000/hook", "http://[::1]:9000/", "http://localhost/h"} {
		if err := CheckURL(u); err != nil {
			t.Errorf("CheckURL(%q): %v", u, err)
		}
	}
	elsewhere := make(chan struct{}, 10)
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { elsewhere <- struct{}{} }))
	defer other.Close()
	var attempts sync.WaitGroup
	attempts.Add(2)
	var n int
	var mu sync.Mutex
	redirect := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		if n <= 2 {
			attempts.Done()
		}
		mu.Unlock()
		http.Redirect(w, r, other.URL, http.StatusTemporaryRedirect)
	}))
	defer redirect.Close()
	db := openStore(t, t.TempDir())
	defer db.Close()
	o, _ := Open(db, Config{Webhook: true})
	_, _ = o.Append("t", "", nil)
	stop := run(t, o, redirect.URL)
	attempts.Wait()
	stop()
	select {
	case <-elsewhere:
		t.Fatal("the webhook followed a redirect")
	default:
	}
	if o.Acked() != 0 {
		t.Fatal("a redirect acknowledged the event")
	}
}
