package anchor

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// Who the fixture's entries name, which a redacting policy must not show.
const (
	alice        = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
	secretReason = "the partner's quota for May is spent"
)

// publishing is a node whose audit log has an anchored checkpoint and
// entries after it, published over HTTP the way the daemon's route does
// (ParsePageQuery, Publisher.Page, SignedPage.Write), with a man in the
// middle who may rewrite each answer.
type publishing struct {
	w   *world
	n   *node
	vf  *Verifier
	srv *httptest.Server

	mu     sync.Mutex
	pub    *Publisher
	tamper func(*SignedPage) *SignedPage
	// busy answers the next requests 429 with this Retry-After, as the
	// daemon's route does when the publisher refuses a page.
	busy      int
	busyAfter string
}

func newPublishing(t *testing.T) *publishing {
	t.Helper()
	ctx := context.Background()
	w := newWorld(t, 1)
	n := w.node(t, 0, PolicyHome)
	for i, ev := range []audit.Event{
		{API: "ri", Op: "asset.mint", Subject: "token-1"},
		{API: "re", Op: "re.offer", Actor: alice, Subject: "ch_1", Outcome: "refused", Detail: map[string]string{"reason": secretReason, "status": "403"}},
		{API: "ri", Op: "transfer.start", Subject: "t-1", Detail: map[string]string{"status": "201"}},
		{API: "re", Op: "re.message", Actor: alice, Subject: "ch_1", Detail: map[string]string{"kind": "hello"}},
		{API: "ri", Op: "asset.mint", Subject: "token-2"},
	} {
		if _, err := n.svc.Audit.Append(ev, nil); err != nil {
			t.Fatalf("entry %d: %v", i+1, err)
		}
	}
	if _, err := n.svc.Propose(ctx, ProposeRequest{Subject: "content:x", Content: map[string]string{"model": profile}}); err != nil {
		t.Fatal(err)
	}
	if _, err := n.svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	// An entry after the checkpoint: published and linked, not covered.
	if _, err := n.svc.Audit.Append(audit.Event{API: "re", Op: "re.offer", Actor: alice, Outcome: "refused", Detail: map[string]string{"reason": secretReason}}, nil); err != nil {
		t.Fatal(err)
	}
	p := &publishing{w: w, n: n, vf: &Verifier{Chain: w.chain}}
	p.setPolicy(t, audit.PublishPolicy{})
	p.srv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		after, limit, err := ParsePageQuery(r.URL.Query())
		if err != nil {
			re.WriteProblem(rw, r, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%v", err))
			return
		}
		p.mu.Lock()
		pub, tamper := p.pub, p.tamper
		busy := p.busy > 0
		if busy {
			p.busy--
			rw.Header().Set("Retry-After", p.busyAfter)
		}
		p.mu.Unlock()
		if busy {
			re.WriteProblem(rw, r, re.NewProblem(http.StatusTooManyRequests, re.CodeRateLimited, "busy"))
			return
		}
		sp, err := pub.Page(r.Context(), after, limit)
		if err != nil {
			re.WriteProblem(rw, r, re.NewProblem(http.StatusInternalServerError, re.CodeInternal, "%v", err))
			return
		}
		if tamper != nil {
			sp = tamper(sp)
		}
		sp.Write(rw)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

func (p *publishing) setPolicy(t *testing.T, policy audit.PublishPolicy) {
	t.Helper()
	pub, err := NewPublisher(PublisherConfig{Log: p.n.svc.Audit, Checkpoints: p.n.svc, Signer: p.n.signer, Policy: policy})
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.pub, p.tamper = pub, nil
	p.mu.Unlock()
}

func (p *publishing) setTamper(f func(*SignedPage) *SignedPage) {
	p.mu.Lock()
	p.tamper = f
	p.mu.Unlock()
}

// fetch reads the log three entries a page, as the node's auditor.
func (p *publishing) fetch(opts FetchOptions) (*PublishedLog, error) {
	if opts.Node == "-" {
		opts.Node = ""
	} else if opts.Node == "" {
		opts.Node = p.n.signer.DID
	}
	opts.PageSize = 3
	return FetchPublishedLog(context.Background(), p.srv.Client(), p.srv.URL, opts)
}

// forge is a page signed again after edit by key, as iss with kid: what a
// thief of a page, or a node that lies, would serve.
func forge(t testing.TB, sp *SignedPage, key *did.KeyPair, iss, kid, typ string, edit func(*PublishedPage)) *SignedPage {
	t.Helper()
	var page PublishedPage
	if err := json.Unmarshal(sp.Body, &page); err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(&page)
	}
	body, err := json.Marshal(page)
	if err != nil {
		t.Fatal(err)
	}
	at, _ := time.Parse(time.RFC3339, page.Issued)
	claims := map[string]any{"iss": iss, "iat": at.Unix(), "dig": re.Digest(body), "after": page.After, "count": len(page.Entries), "head": page.Head.Hash}
	tok, err := did.SignJWTAs(claims, key, kid, typ)
	if err != nil {
		t.Fatal(err)
	}
	return &SignedPage{Body: body, Signature: tok}
}

// The attacks on the way and at the source: each page is refused before
// anything of it is used, and says why.
func TestPublishedLogRefusesForgedPages(t *testing.T) {
	p := newPublishing(t)
	node := p.n.signer
	stranger := signerOf(t)
	first, err := p.pub.Page(context.Background(), 0, 3)
	if err != nil {
		t.Fatal(err)
	}
	// later edits, signed again by the node, the pages after the first.
	later := func(edit func(*PublishedPage)) func(*SignedPage) *SignedPage {
		return func(sp *SignedPage) *SignedPage {
			return forge(t, sp, node.Key, node.DID, node.KeyID, PageTyp, func(pg *PublishedPage) {
				if pg.After > 0 {
					edit(pg)
				}
			})
		}
	}
	cases := []struct {
		name   string
		tamper func(*SignedPage) *SignedPage
		opts   FetchOptions
		want   error
		reason string
	}{
		{"entry changed on its way", func(sp *SignedPage) *SignedPage {
			return &SignedPage{Body: bytes.Replace(sp.Body, []byte(`"token-1"`), []byte(`"token-9"`), 1), Signature: sp.Signature}
		}, FetchOptions{}, ErrPageSignature, "changed on its way"},
		{"signature left off", func(sp *SignedPage) *SignedPage { return &SignedPage{Body: sp.Body} }, FetchOptions{}, ErrPageSignature, "no Mifm-Signature"},
		{"signature of another type", func(sp *SignedPage) *SignedPage {
			return forge(t, sp, node.Key, node.DID, node.KeyID, re.Typ, nil)
		}, FetchOptions{}, ErrPageSignature, "typ"},
		{"re-signed by a stranger's DID", func(sp *SignedPage) *SignedPage {
			return forge(t, sp, stranger.Key, stranger.DID, stranger.KeyID, PageTyp, func(pg *PublishedPage) { pg.Entries = pg.Entries[1:] })
		}, FetchOptions{}, ErrWrongNode, "signed by " + stranger.DID + ", not by " + node.DID},
		{"re-signed by a stranger, no node expected", func(sp *SignedPage) *SignedPage {
			return forge(t, sp, stranger.Key, stranger.DID, stranger.KeyID, PageTyp, nil)
		}, FetchOptions{Node: "-"}, ErrWrongNode, "says it is " + node.DID + "'s log, but " + stranger.DID + " signed it"},
		{"a stranger's key named as the node's", func(sp *SignedPage) *SignedPage {
			return forge(t, sp, stranger.Key, node.DID, stranger.KeyID, PageTyp, nil)
		}, FetchOptions{}, ErrPageSignature, "a key of " + stranger.DID},
		{"a stranger's signature under the node's key id", func(sp *SignedPage) *SignedPage {
			return forge(t, sp, stranger.Key, node.DID, node.KeyID, PageTyp, nil)
		}, FetchOptions{}, ErrPageSignature, "signature"},
		{"page claiming another node's DID", func(sp *SignedPage) *SignedPage {
			return forge(t, sp, stranger.Key, stranger.DID, stranger.KeyID, PageTyp, func(pg *PublishedPage) { pg.Node = alice })
		}, FetchOptions{Node: "-"}, ErrWrongNode, "says it is " + alice + "'s log"},
		{"the node's genuine page where another node was expected", nil, FetchOptions{Node: alice}, ErrWrongNode, "not by " + alice},
		{"replayed after the reader's window", nil, FetchOptions{Now: func() time.Time { return time.Now().Add(11 * time.Minute) }}, ErrStalePage, "replayed"},
		{"from the future", nil, FetchOptions{Now: func() time.Time { return time.Now().Add(-2 * time.Minute) }}, ErrStalePage, "signed at"},
		{"claims that are not the page's", func(sp *SignedPage) *SignedPage {
			f := forge(t, sp, node.Key, node.DID, node.KeyID, PageTyp, nil)
			var page PublishedPage
			_ = json.Unmarshal(f.Body, &page)
			page.After = 1
			body, _ := json.Marshal(page)
			// Signed by the node, but its claims say after 0.
			j, _ := did.ParseJWS(f.Signature, PageTyp)
			j.Claims["dig"] = re.Digest(body)
			tok, _ := did.SignJWTAs(j.Claims, node.Key, node.KeyID, PageTyp)
			return &SignedPage{Body: body, Signature: tok}
		}, FetchOptions{}, ErrBadPage, "are not the page's"},
		// A relay splicing pages of an older snapshot, each fresh enough
		// on its own, with newer ones.
		{"pages signed further apart than MaxSpread", later(func(pg *PublishedPage) {
			pg.Issued = time.Now().Add(-3 * time.Minute).UTC().Format(time.RFC3339)
		}), FetchOptions{}, ErrStalePage, "more than the 2m0s the reader takes (MaxSpread)"},
		{"a later page's head behind an earlier one's", later(func(pg *PublishedPage) {
			pg.Head = LogHead{Entries: pg.Head.Entries - 1, Hash: strings.Repeat("c", 64)}
		}), FetchOptions{}, ErrBadPage, "the log shrank"},
		{"a later page's head of another log, at the same count", later(func(pg *PublishedPage) {
			pg.Head.Hash = strings.Repeat("c", 64)
		}), FetchOptions{}, ErrBadPage, "pages of two different logs were mixed"},
		{"an earlier page's head that is not the entry read at its place", func(sp *SignedPage) *SignedPage {
			return forge(t, sp, node.Key, node.DID, node.KeyID, PageTyp, func(pg *PublishedPage) {
				if pg.After == 0 {
					pg.Head = LogHead{Entries: 5, Hash: strings.Repeat("c", 64)}
				}
			})
		}, FetchOptions{}, ErrBadPage, "a page gave the log's head as entry 5 with hash cccc"},
		{"more bytes than the reader takes", nil, FetchOptions{MaxBytes: int64(len(first.Body)) + 10}, ErrLogTooLarge, "raise MaxBytes"},
		{"slower than the reader's deadline", func(sp *SignedPage) *SignedPage {
			time.Sleep(300 * time.Millisecond)
			return sp
		}, FetchOptions{Timeout: 100 * time.Millisecond}, ErrReadTimeout, "took longer than 100ms (raise Timeout"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p.setTamper(tc.tamper)
			l, err := p.fetch(tc.opts)
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.reason) {
				t.Fatalf("fetch = %v, want %v saying %q", err, tc.want, tc.reason)
			}
			if l != nil {
				t.Fatal("a refused read returned a log")
			}
		})
	}
	// A stranger that serves the node's log as its own, signed with its
	// own key, gets its pages read, but not verified: the anchored
	// checkpoint is the node's.
	p.setTamper(nil)
	thief, err := NewPublisher(PublisherConfig{Log: p.n.svc.Audit, Checkpoints: p.n.svc, Signer: stranger})
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.pub = thief
	p.mu.Unlock()
	l, err := p.fetch(FetchOptions{Node: stranger.DID})
	if err != nil {
		t.Fatal(err)
	}
	if v := VerifyPublishedLog(context.Background(), l, p.vf); v.OK || v.Failed != "checkpoint" || !strings.Contains(v.Reason, "not of "+stranger.DID+"'s audit log") {
		t.Fatalf("the node's log served as a stranger's: %+v", v)
	}
}

// A node that lies with its own key is caught by the chain, the anchored
// checkpoint and its own pages: an entry removed before the checkpoint (the
// entry named), the chain rebuilt over the gap, entries left out at the end,
// an entry withheld that its policy does not withhold.
func TestPublishedLogCatchesALyingNode(t *testing.T) {
	ctx := context.Background()
	p := newPublishing(t)
	node := p.n.signer
	lie := func(edit func(*PublishedPage)) func(*SignedPage) *SignedPage {
		return func(sp *SignedPage) *SignedPage { return forge(t, sp, node.Key, node.DID, node.KeyID, PageTyp, edit) }
	}
	withhold := audit.PublishPolicy{Withhold: []string{"re.message"}}
	for _, tc := range []struct {
		name, failed, reason string
		tamper               func(*SignedPage) *SignedPage
		policy               audit.PublishPolicy
	}{
		{"last entry left out", "head", "left entries out", lie(func(pg *PublishedPage) {
			if !pg.More && len(pg.Entries) > 0 {
				pg.Entries = pg.Entries[:len(pg.Entries)-1]
			}
		}), audit.PublishPolicy{}},
		{"withheld without a policy", "policy", "entry 2 is withheld, and the node's policy withholds nothing", lie(func(pg *PublishedPage) {
			for i, e := range pg.Entries {
				if e.Seq == 2 {
					pg.Entries[i] = PublishedEntry{Entry: audit.Entry{Seq: 2, Prev: e.Prev, Hash: e.Hash}, Withheld: true}
				}
			}
		}), audit.PublishPolicy{}},
		{"entry changed and signed", "chain", "entry 4 was changed", lie(func(pg *PublishedPage) {
			for i := range pg.Entries {
				if pg.Entries[i].Seq == 4 {
					pg.Entries[i].Actor = "did:key:zSomeoneElse"
				}
			}
		}), audit.PublishPolicy{}},
		// Once the policy withholds an op, a withheld entry must still be
		// of an op it withholds.
		{"withheld, of an op the policy does not withhold", "policy", "entry 3 (transfer.start) is withheld, and the node's policy withholds only [\"re.message\"]", lie(func(pg *PublishedPage) {
			for i, e := range pg.Entries {
				if e.Seq == 3 {
					pg.Entries[i] = PublishedEntry{Entry: audit.Entry{Seq: 3, Event: audit.Event{API: e.API, Op: e.Op}, Prev: e.Prev, Hash: e.Hash}, Withheld: true}
				}
			}
		}), withhold},
		{"withheld without its op", "policy", "entry 2 is withheld without its operation", lie(func(pg *PublishedPage) {
			for i, e := range pg.Entries {
				if e.Seq == 2 {
					pg.Entries[i] = PublishedEntry{Entry: audit.Entry{Seq: 2, Prev: e.Prev, Hash: e.Hash}, Withheld: true}
				}
			}
		}), withhold},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p.setPolicy(t, tc.policy)
			p.setTamper(tc.tamper)
			l, err := p.fetch(FetchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if v := VerifyPublishedLog(ctx, l, p.vf); v.OK || v.Failed != tc.failed || !strings.Contains(v.Reason, tc.reason) {
				t.Fatalf("verification = %+v, want %s failing with %q", v, tc.failed, tc.reason)
			}
		})
	}
	p.setTamper(nil)

	// The store's entry 3 deleted: the pages go on from 2 to 4, and the
	// chain names entry 3.
	db, lg := p.n.db, p.n.svc.Audit
	entryKey := func(seq uint64) []byte { return binary.BigEndian.AppendUint64([]byte(store.AuditPrefix), seq) }
	b := db.NewBatch()
	b.Delete(entryKey(3))
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	p.setPolicy(t, audit.PublishPolicy{}) // the pages made before are not served again
	l, err := p.fetch(FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	v := VerifyPublishedLog(ctx, l, p.vf)
	if v.OK || v.Failed != "chain" || !strings.Contains(v.Reason, "entry 3 is missing") {
		t.Fatalf("an entry removed before the checkpoint: %+v", v)
	}
	// The chain rebuilt over the gap (renumbered, rehashed, the node
	// restarted on it): consistent, but it no longer ends in the head the
	// anchored checkpoint signed.
	entries, err := lg.List(0, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	b = db.NewBatch()
	b.Delete(entryKey(uint64(len(entries) + 1)))
	prev := audit.Genesis
	for i := range entries {
		e := &entries[i]
		e.Seq, e.Prev, e.Hash = uint64(i+1), prev, ""
		raw, _ := json.Marshal(e)
		e.Hash = digest(raw)
		prev = e.Hash
		raw, _ = json.Marshal(e)
		b.Put(entryKey(e.Seq), raw)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	rebuilt, err := audit.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := NewPublisher(PublisherConfig{Log: rebuilt, Checkpoints: p.n.svc, Signer: node})
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.pub = pub
	p.mu.Unlock()
	if l, err = p.fetch(FetchOptions{}); err != nil {
		t.Fatal(err)
	}
	v = VerifyPublishedLog(ctx, l, p.vf)
	if v.OK || v.Failed != "checkpoint" || !strings.Contains(v.Reason, "the anchored checkpoint signed") {
		t.Fatalf("the chain rebuilt over a removed entry: %+v", v)
	}
}

// The genuine log verifies with its anchored checkpoint, whole; withheld
// and redacted entries keep their place in the chain, are counted as
// linked only, and show nothing the policy keeps back.
func TestPublishedLogVerifies(t *testing.T) {
	ctx := context.Background()
	p := newPublishing(t)
	total := func() uint64 { seq, _ := p.n.svc.Audit.Head(); return seq }()
	for _, tc := range []struct {
		name            string
		policy          audit.PublishPolicy
		whole, withheld uint64
		redacted        uint64
		mustNotShow     []string
	}{
		{"everything", audit.PublishPolicy{}, total, 0, 0, nil},
		{"offers withheld", audit.PublishPolicy{Withhold: []string{"re.offer"}}, total - 2, 2, 0, []string{secretReason}},
		{"actors and reasons redacted", audit.PublishPolicy{Redact: []string{"actor", "detail.reason"}}, total - 3, 0, 3, []string{alice, secretReason}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p.setPolicy(t, tc.policy)
			l, err := p.fetch(FetchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if l.Node != p.n.signer.DID || uint64(len(l.Entries)) != total || l.Pages < 2 || l.Checkpoint == nil || !slices.Equal(l.Policy.Withhold, tc.policy.Withhold) {
				t.Fatalf("log: node %s, %d entries in %d pages, checkpoint %v, policy %+v", l.Node, len(l.Entries), l.Pages, l.Checkpoint != nil, l.Policy)
			}
			v := VerifyPublishedLog(ctx, l, p.vf)
			if !v.OK || v.Entries != total || v.Checkpointed == 0 || v.Checkpointed >= total || v.Proof == nil || !v.Proof.OK {
				t.Fatalf("verification: %+v", v)
			}
			if v.ContentChecked != tc.whole || v.LinkOnly != tc.withheld+tc.redacted || v.Withheld != tc.withheld || v.Redacted != tc.redacted {
				t.Fatalf("counts: %d content-checked, %d link-only (%d withheld, %d redacted); want %d, %d, %d", v.ContentChecked, v.LinkOnly, v.Withheld, v.Redacted, tc.whole, tc.withheld, tc.redacted)
			}
			// Each entry is marked: content checked, or its place only.
			var linkOnly []uint64
			for _, e := range l.Entries {
				if v.CheckedContent(e) == !e.Whole() {
					t.Errorf("entry %d (whole %v): CheckedContent %v", e.Seq, e.Whole(), v.CheckedContent(e))
				}
				if !e.Whole() {
					linkOnly = append(linkOnly, e.Seq)
				}
			}
			if !slices.Equal(v.LinkOnlySeqs, linkOnly) {
				t.Errorf("LinkOnlySeqs %v, want %v", v.LinkOnlySeqs, linkOnly)
			}
			sp, err := p.pub.Page(ctx, 0, MaxPageLimit)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.mustNotShow {
				if bytes.Contains(sp.Body, []byte(s)) {
					t.Errorf("the page shows %s", s)
				}
			}
			var raw struct{ Entries []map[string]any }
			if err := json.Unmarshal(sp.Body, &raw); err != nil {
				t.Fatal(err)
			}
			for _, e := range raw.Entries {
				if e["op"] == "re.offer" && tc.withheld > 0 && e["withheld"] != true {
					t.Errorf("an operation the policy withholds is published: %v", e)
				}
				// The op stays: it is what the auditor checks the policy
				// against.
				if e["withheld"] == true && (len(e) != 6 || e["op"] != "re.offer" || e["api"] != "re") {
					t.Errorf("a withheld entry shows %v, want seq, api, op, prev, hash, withheld only", e)
				}
				if r, ok := e["redacted"].([]any); ok && (e["actor"] != nil || len(r) == 0) {
					t.Errorf("a redacted entry: %v", e)
				}
			}
		})
	}
	// The same request while the head stays is the same signed page.
	a, _ := p.pub.Page(ctx, 2, 3)
	b, _ := p.pub.Page(ctx, 2, 3)
	if a != b {
		t.Error("a page asked twice was made twice")
	}
	if _, err := p.n.svc.Audit.Append(audit.Event{API: "ri", Op: "later"}, nil); err != nil {
		t.Fatal(err)
	}
	if c, _ := p.pub.Page(ctx, 2, 3); c == a {
		t.Error("a page made before the log grew was served after")
	}
}

// countingLog is an audit log that counts the pages made from it.
type countingLog struct {
	*audit.Log
	mu    sync.Mutex
	lists int
}

func (l *countingLog) List(after uint64, since time.Time, limit int) ([]audit.Entry, error) {
	l.mu.Lock()
	l.lists++
	l.mu.Unlock()
	return l.Log.List(after, since, limit)
}

func (l *countingLog) made() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lists
}

// mintedLog is an audit log of n mints, in a store of its own.
func mintedLog(t *testing.T, n int) *audit.Log {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	lg, err := audit.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if _, err := lg.Append(audit.Event{API: "ri", Op: "asset.mint", Subject: fmt.Sprint("token-", i)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	return lg
}

type noCheckpoint struct{}

func (noCheckpoint) LatestCheckpoint(context.Context) (*Proof, error) { return nil, nil }

// The pages every auditor reads (from the first entry, in pages of the
// default limit) stay cached however many other queries strangers make;
// the others are evicted least recently used first; a page made for an
// older head takes its own place, not another's.
func TestPublisherCacheKeepsSharedPages(t *testing.T) {
	ctx := context.Background()
	lg := mintedLog(t, 1200)
	log := &countingLog{Log: lg}
	pub, err := NewPublisher(PublisherConfig{Log: log, Checkpoints: noCheckpoint{}, Signer: signerOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	page := func(after uint64, limit int) {
		t.Helper()
		if _, err := pub.Page(ctx, after, limit); err != nil {
			t.Fatal(err)
		}
	}
	asks := func(what string, want int, ask func()) {
		t.Helper()
		before := log.made()
		ask()
		if got := log.made() - before; got != want {
			t.Errorf("%s: %d pages made, want %d", what, got, want)
		}
	}
	auditor := func() {
		for after := uint64(0); after <= 1000; after += DefaultPageLimit {
			page(after, 0)
		}
	}
	asks("an auditor's first read", 3, auditor)
	asks("a stranger's spread of queries", 500, func() {
		for i := range 500 {
			page(uint64(i+1), 7)
		}
	})
	asks("an auditor's read after the stranger's", 0, auditor)
	asks("a stranger's pages of the default limit past the log's end (read nothing)", 0, func() {
		for k := range 200 {
			page(uint64(k+3)*DefaultPageLimit, 0)
		}
	})
	asks("an auditor's read after those", 0, auditor)

	// The other pages: the least recently used goes first.
	asks("filling", otherPageCache, func() {
		for i := range otherPageCache {
			page(uint64(i+1), 9)
		}
	})
	asks("the oldest, used again", 0, func() { page(1, 9) })
	asks("one more", 1, func() { page(999, 9) })
	asks("the oldest used", 0, func() { page(1, 9) })
	asks("the least recently used, evicted", 1, func() { page(2, 9) })

	// The log grows: every page is signed again, each in its own place;
	// only the last, which was not full, is read again.
	before, _ := pub.Page(ctx, 500, 0)
	if _, err := lg.Append(audit.Event{API: "ri", Op: "asset.burn"}, nil); err != nil {
		t.Fatal(err)
	}
	asks("an auditor's read after the log grew", 1, auditor)
	asks("and again", 0, auditor)
	if n := pub.shared.order.Len(); n != 3 || len(pub.shared.byKey) != 3 {
		t.Errorf("the shared cache holds %d pages (%d keys), want 3", n, len(pub.shared.byKey))
	}
	// The page signed again from kept entries is the page made afresh,
	// under the new head.
	after, _ := pub.Page(ctx, 500, 0)
	fresh, err := NewPublisher(PublisherConfig{Log: lg, Checkpoints: noCheckpoint{}, Signer: pub.cfg.Signer, CacheFor: -1})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := fresh.Page(ctx, 500, 0)
	var a, b, w PublishedPage
	for _, x := range []struct {
		body []byte
		into *PublishedPage
	}{{before.Body, &b}, {after.Body, &a}, {want.Body, &w}} {
		if err := json.Unmarshal(x.body, x.into); err != nil {
			t.Fatal(err)
		}
	}
	a.Issued, w.Issued = "", "" // signed at their own times
	if !reflect.DeepEqual(a, w) || a.Head.Entries != 1201 || b.Head.Entries != 1200 || !reflect.DeepEqual(a.Entries, b.Entries) || len(a.Entries) != 500 || !a.More {
		t.Errorf("the page from kept entries: head %d, %d entries, more %v; want the fresh page's (head %d, %d entries)", a.Head.Entries, len(a.Entries), a.More, w.Head.Entries, len(w.Entries))
	}
}

// pageBody encodes what PublishedPage decodes: the same fields, by the
// same names, in the same order.
func TestPageBodyMirrorsPublishedPage(t *testing.T) {
	tags := func(v any) []string {
		var out []string
		for f := range reflect.TypeOf(v).Fields() {
			out = append(out, f.Tag.Get("json"))
		}
		return out
	}
	if a, b := tags(pageBody{}), tags(PublishedPage{}); !slices.Equal(a, b) {
		t.Fatalf("pageBody's fields %v, PublishedPage's %v", a, b)
	}
}

// A stranger asking for pages nobody else reads makes the node put at most
// EntriesPerSecond entries a second into pages, for every asker together:
// past that the page is refused with the wait, and nothing is read or
// signed. Pages already kept are served all the same, and the budget
// comes back with time.
func TestPublisherBoundsPagesNotKept(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	log := &countingLog{Log: mintedLog(t, 3000)}
	pub, err := NewPublisher(PublisherConfig{Log: log, Checkpoints: noCheckpoint{}, Signer: signerOf(t), EntriesPerSecond: 2000, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	// An auditor's first page, kept: 500 entries and the page's 8.
	if _, err := pub.Page(ctx, 0, 0); err != nil {
		t.Fatal(err)
	}
	// The stranger: full pages at distinct offsets. The second's budget
	// (2,000, 508 of them the auditor's) holds one more full page (1,008).
	made := 0
	var busy *BusyError
	for i := range 20 {
		_, err := pub.Page(ctx, uint64(i+1), MaxPageLimit)
		if err == nil {
			made++
			continue
		}
		if !errors.As(err, &busy) || !errors.Is(err, ErrPublisherBusy) {
			t.Fatalf("page %d: %v, want a *BusyError", i, err)
		}
	}
	if made != 1 || log.made() != 2 {
		t.Errorf("the stranger had %d pages made, the log read %d times; want 1 and 2", made, log.made())
	}
	// 1,008 wanted at 2,000 a second, with 484 left.
	if want := 262 * time.Millisecond; busy == nil || busy.Retry < want-time.Millisecond || busy.Retry > want+time.Millisecond {
		t.Errorf("refused with %+v, want a wait of about %s", busy, want)
	}
	// The auditor's page is kept: served while the stranger is refused.
	if _, err := pub.Page(ctx, 0, 0); err != nil {
		t.Errorf("the kept page while busy: %v", err)
	}
	// Pages past the log's end cost their 8 and read nothing, the last
	// sequence number included (after+1 wraps to the first entry).
	for _, after := range []uint64{5000, math.MaxUint64} {
		if sp, err := pub.Page(ctx, after, MaxPageLimit); err != nil || !strings.Contains(string(sp.Body), `"entries":[]`) {
			t.Errorf("a page after %d while busy: %v", after, err)
		}
	}
	if log.made() != 2 {
		t.Errorf("pages past the end read the log %d times", log.made()-2)
	}
	// The stranger makes the log grow (any signed request is audited):
	// the auditor's full page is signed again from its kept entries, for
	// its 8, while the stranger's full pages are refused.
	if _, err := log.Append(audit.Event{API: "re", Op: "re.manifesto"}, nil); err != nil {
		t.Fatal(err)
	}
	if sp, err := pub.Page(ctx, 0, 0); err != nil || log.made() != 2 || !strings.Contains(string(sp.Body), `"entries":3001`) {
		t.Errorf("the auditor's page after the log grew, while busy: %v (log read %d times)", err, log.made()-2)
	}
	now = now.Add(busy.Retry + 20*time.Millisecond) // and the pages past the end, and the re-signed one
	if _, err := pub.Page(ctx, 77, MaxPageLimit); err != nil {
		t.Errorf("after the wait: %v", err)
	}
	for _, n := range []int{-1, 99} {
		if _, err := NewPublisher(PublisherConfig{Log: log, Checkpoints: noCheckpoint{}, Signer: signerOf(t), EntriesPerSecond: n}); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("EntriesPerSecond %d: want at least 100", n)) {
			t.Errorf("a rate of %d: %v", n, err)
		}
	}
}

// Strangers asking at once, from many goroutines on the real clock, get no
// more entries made than the budget allows: refusals give nothing back,
// and askers' clocks read out of order mint nothing.
func TestPublisherBudgetHoldsUnderConcurrency(t *testing.T) {
	const rate = 2000
	log := &countingLog{Log: mintedLog(t, 3000)}
	// A clock read out of order, as by askers descheduled between reading
	// it and asking: up to 100 ms behind.
	var seed atomic.Uint64
	jittery := func() time.Time {
		return time.Now().Add(-time.Duration(seed.Add(0x9e3779b97f4a7c15)>>40%100) * time.Millisecond)
	}
	pub, err := NewPublisher(PublisherConfig{Log: log, Checkpoints: noCheckpoint{}, Signer: signerOf(t), EntriesPerSecond: rate, CacheFor: -1, Now: jittery})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var wg sync.WaitGroup
	for g := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Since(start) < time.Second; i++ {
				pub.Page(context.Background(), uint64(g*50+i%50), MaxPageLimit) // busy or made; made ones are counted
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	granted := log.made() * (MaxPageLimit + pageOverhead)
	if allowed := rate + int(elapsed.Seconds()*rate) + MaxPageLimit + pageOverhead; granted > allowed {
		t.Fatalf("in %s, %d entries' worth of pages were made; the budget allows %d", elapsed, granted, allowed)
	}
	if log.made() == 0 {
		t.Fatal("no page was made")
	}
}

// A reader asks again for a page the node is too busy to make, after the
// wait the node names, and gives up at once on a wait longer than it takes.
func TestFetchPublishedLogWaitsForABusyNode(t *testing.T) {
	p := newPublishing(t)
	p.mu.Lock()
	p.busy, p.busyAfter = 2, "1"
	p.mu.Unlock()
	start := time.Now()
	l, err := p.fetch(FetchOptions{})
	if err != nil {
		t.Fatalf("read after two busy answers: %v", err)
	}
	if took := time.Since(start); took < 2*time.Second || len(l.Entries) == 0 {
		t.Errorf("read %d entries in %s; want every entry, after waiting 2 s", len(l.Entries), took)
	}
	for _, tc := range []struct {
		after  string
		busy   int
		spread time.Duration
	}{
		{"3600", 1, 0},        // longer than a reader waits
		{"18446744074", 1, 0}, // wraps to 0.3 s if multiplied first
		{"-1", 1, 0},
		{"soon", 1, 0},               // not a number of seconds
		{"1", maxBusyRetries + 1, 0}, // busy past the retries
		// Waits past half the spread would make the pages taken before
		// them stale.
		{"1", 2, 2 * time.Second},
	} {
		p.mu.Lock()
		p.busy, p.busyAfter = tc.busy, tc.after
		p.mu.Unlock()
		start := time.Now()
		_, err := p.fetch(FetchOptions{MaxSpread: tc.spread})
		if err == nil || !strings.Contains(err.Error(), "busy") || errors.Is(err, ErrStalePage) {
			t.Errorf("Retry-After %s, %d times: %v, want the node's answer", tc.after, tc.busy, err)
		}
		if took := time.Since(start); took > time.Duration(maxBusyRetries+1)*time.Second {
			t.Errorf("Retry-After %s: gave up after %s", tc.after, took)
		}
	}
	// The reader's caller gives up during a wait: said as such.
	p.mu.Lock()
	p.busy, p.busyAfter = 1, "20"
	p.mu.Unlock()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	_, err = FetchPublishedLog(ctx, p.srv.Client(), p.srv.URL, FetchOptions{Node: p.n.signer.DID, Timeout: time.Minute})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "waiting 20s for the busy node") {
		t.Errorf("cancelled while waiting: %v", err)
	}
}

// The route's query: defaults, bounds, and errors that say how to ask.
func TestParsePageQuery(t *testing.T) {
	for _, tc := range []struct {
		query, want string
		after       uint64
		limit       int
	}{
		{"", "", 0, DefaultPageLimit},
		{"after=7&limit=1000", "", 7, 1000},
		{"after=-1", "after=\"-1\": want the sequence number", 0, 0},
		{"after=abc", "after=\"abc\"", 0, 0},
		{"limit=100000", "limit=\"100000\": want 1 to 1000", 0, 0},
		{"limit=0", "limit=\"0\"", 0, 0},
	} {
		q, _ := http.NewRequest("GET", "/?"+tc.query, nil)
		after, limit, err := ParsePageQuery(q.URL.Query())
		if tc.want == "" && (err != nil || after != tc.after || limit != tc.limit) || tc.want != "" && (!errors.Is(err, ErrBadPageRequest) || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%q: %d %d %v, want %q", tc.query, after, limit, err, tc.want)
		}
	}
}

// FuzzReadPublishedPage: a page and its signature come from whoever
// answers at the URL the auditor gave; whatever they are, reading them
// must not panic, and a page taken is signed by the DID it names over
// these very bytes.
func FuzzReadPublishedPage(f *testing.F) {
	s := signerOf(f)
	page := PublishedPage{Type: PublishedPageType, Node: s.DID, Entries: []PublishedEntry{
		{Entry: audit.Entry{Seq: 1, Prev: audit.Genesis, Hash: strings.Repeat("a", 64)}, Withheld: true},
		{Entry: audit.Entry{Seq: 2, Event: audit.Event{Op: "x"}, Prev: strings.Repeat("a", 64), Hash: strings.Repeat("b", 64)}, Redacted: []string{"actor"}},
	}, Head: LogHead{Entries: 2, Hash: strings.Repeat("b", 64)}, Issued: time.Now().UTC().Format(time.RFC3339)}
	body, _ := json.Marshal(page)
	sp := forge(f, &SignedPage{Body: body}, s.Key, s.DID, s.KeyID, PageTyp, nil)
	f.Add(sp.Body, sp.Signature)
	f.Add([]byte(`{"type":"mifm-audit-page/1","entries":[{"seq":1},{"seq":1}]}`), sp.Signature)
	f.Add(sp.Body, "e30.e30.")
	r := &logReader{opts: FetchOptions{PageSize: MaxPageLimit, Resolver: did.NewResolver(did.Options{})}}
	if err := r.opts.defaults(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte, tok string) {
		r := *r
		j, err := r.checkSignature(context.Background(), body, tok)
		if err != nil {
			return
		}
		pg, err := r.checkPage(j, body, 0)
		if err != nil {
			return
		}
		if pg.Node != j.Claims["iss"] || j.Claims["dig"] != re.Digest(body) {
			t.Fatalf("took a page of %s signed by %v with digest %v", pg.Node, j.Claims["iss"], j.Claims["dig"])
		}
	})
}

// An auditor reads a node's published log from its RE URL and checks it
// against the chain; neither the RI token nor trust in the node is needed.
func ExampleFetchPublishedLog() {
	ctx := context.Background()
	var chain *ethclient.Client // any JSON-RPC endpoint of the chain the checkpoint names
	l, err := FetchPublishedLog(ctx, nil, "https://mifm.platform-a.example", FetchOptions{Node: "did:web:platform-a.example"})
	if err != nil {
		fmt.Println("refused:", err) // errors.Is: ErrPageSignature, ErrStalePage, ErrWrongNode, ErrBadPage, ErrLogTooLarge, ErrReadTimeout
		return
	}
	v := VerifyPublishedLog(ctx, l, &Verifier{Chain: chain})
	if !v.OK {
		fmt.Printf("the %s check failed: %s\n", v.Failed, v.Reason)
		return
	}
	fmt.Printf("%d entries (%d rechecked, %d linked only), %d covered by the anchored checkpoint\n", v.Entries, v.ContentChecked, v.LinkOnly, v.Checkpointed)
}
