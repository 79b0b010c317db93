package anchor_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	anchorabi "github.com/mifm/mifm/contracts/bindings/anchor"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// attackNode is a node with an anchored audit checkpoint, publishing its
// log over HTTP through serve, which a test swaps for a lying node's.
type attackNode struct {
	chain  *chain.Embedded
	svc    *anchor.Service
	signer *re.Signer
	srv    *httptest.Server
	vf     *anchor.Verifier

	mu    sync.Mutex
	serve func(ctx context.Context, after uint64, limit int) (*anchor.SignedPage, error)
}

func newAttackNode(t *testing.T) *attackNode {
	t.Helper()
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(t.TempDir(), "chain"), ChainID: 1337, Prefund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	cfg := chain.DefaultTxConfig()
	cfg.ErrorABIs, cfg.PollInterval = contracts.ErrorABIs(), 2*time.Millisecond
	sender, err := chain.NewSender(ctx, c, chain.KeySignerOf(key), cfg)
	if err != nil {
		t.Fatal(err)
	}
	code, _ := hexutil.Decode(anchorabi.AnchorMetaData.Bin)
	addr, _, err := sender.Deploy(ctx, code, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	content, err := ipfs.Open(ctx, filepath.Join(dir, "ipfs"), ipfs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { content.Close() })
	lg, err := audit.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	kp, _ := did.NewKeyPair(did.Ed25519, nil)
	signer := &re.Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp}
	acfg := anchor.Config{Policy: anchor.PolicyHome, MaxLeaves: 2048}
	if err := anchor.CheckConfig(&acfg); err != nil {
		t.Fatal(err)
	}
	n := &attackNode{chain: c, signer: signer, vf: &anchor.Verifier{Chain: c}, svc: &anchor.Service{
		DB: db, Audit: lg, Content: anchor.IPFS{Store: content}, Resolver: did.NewResolver(did.Options{}), Signer: signer, Config: acfg,
		Ledger: &anchor.Contract{Client: c, Address: addr, Chain: c.CAIP2().String(), Anchorer: sender.From(), Sender: sender},
	}}
	for _, ev := range []audit.Event{
		{API: "ri", Op: "asset.mint", Subject: "token-1", Outcome: "ok"},
		{API: "re", Op: "re.offer", Actor: "did:key:z6MkAlice", Subject: "ch_1", Outcome: "refused", Detail: map[string]string{"reason": "quota"}},
		{API: "ri", Op: "transfer.start", Subject: "t-1", Outcome: "ok", Detail: map[string]string{"amount": "1000000"}},
		{API: "re", Op: "re.message", Actor: "did:key:z6MkAlice", Subject: "ch_1", Outcome: "ok"},
	} {
		if _, err := lg.Append(ev, nil); err != nil {
			t.Fatal(err)
		}
	}
	n.flush(t, "content:one")
	n.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		after, limit, err := anchor.ParsePageQuery(r.URL.Query())
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		n.mu.Lock()
		serve := n.serve
		n.mu.Unlock()
		sp, err := serve(r.Context(), after, limit)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		sp.Write(w)
	}))
	t.Cleanup(n.srv.Close)
	return n
}

// flush proposes a version and anchors the batch, with the audit log's
// checkpoint.
func (n *attackNode) flush(t *testing.T, subject string) {
	t.Helper()
	ctx := context.Background()
	if _, err := n.svc.Propose(ctx, anchor.ProposeRequest{Subject: subject, Content: map[string]string{"model": "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := n.svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

func (n *attackNode) publish(t *testing.T, cfg anchor.PublisherConfig, edit func(*anchor.PublishedPage)) {
	t.Helper()
	if cfg.Log == nil {
		cfg.Log = n.svc.Audit
	}
	if cfg.Checkpoints == nil {
		cfg.Checkpoints = n.svc
	}
	cfg.Signer, cfg.CacheFor = n.signer, -1
	pub, err := anchor.NewPublisher(cfg)
	if err != nil {
		t.Fatal(err)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.serve = func(ctx context.Context, after uint64, limit int) (*anchor.SignedPage, error) {
		sp, err := pub.Page(ctx, after, limit)
		if err != nil || edit == nil {
			return sp, err
		}
		return resign(sp, n.signer, edit)
	}
}

// resign is the page edited and signed again with the node's own key: a
// node that lies.
func resign(sp *anchor.SignedPage, s *re.Signer, edit func(*anchor.PublishedPage)) (*anchor.SignedPage, error) {
	var page anchor.PublishedPage
	if err := json.Unmarshal(sp.Body, &page); err != nil {
		return nil, err
	}
	edit(&page)
	body, err := json.Marshal(page)
	if err != nil {
		return nil, err
	}
	at, _ := time.Parse(time.RFC3339, page.Issued)
	tok, err := did.SignJWTAs(map[string]any{"iss": s.DID, "iat": at.Unix(), "dig": re.Digest(body), "after": page.After, "count": len(page.Entries), "head": page.Head.Hash}, s.Key, s.KeyID, anchor.PageTyp)
	if err != nil {
		return nil, err
	}
	return &anchor.SignedPage{Body: body, Signature: tok}, nil
}

func (n *attackNode) read(t *testing.T) (*anchor.PublishedLog, *anchor.PublishedLogVerification) {
	t.Helper()
	l, err := anchor.FetchPublishedLog(context.Background(), n.srv.Client(), n.srv.URL, anchor.FetchOptions{Node: n.signer.DID, PageSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	return l, anchor.VerifyPublishedLog(context.Background(), l, n.vf)
}

// The published log's policy and a lying node with its own key. Every
// case is verified "OK" by FetchPublishedLog + VerifyPublishedLog.
func TestAttackPublishedLogLiesThatVerify(t *testing.T) {
	n := newAttackNode(t)

	// publish_fetch.go:348-352: a withheld entry is refused only when the
	// policy withholds nothing. The withheld form (publish.go:69-75) drops
	// the op, so once the policy withholds ANY op the node can withhold
	// every entry it likes, of ops the policy does not name.
	t.Run("withheld entry of an op the policy does not name", func(t *testing.T) {
		n.publish(t, anchor.PublisherConfig{Policy: audit.PublishPolicy{Withhold: []string{"re.message"}}}, func(pg *anchor.PublishedPage) {
			for i, e := range pg.Entries {
				if e.Op == "transfer.start" {
					pg.Entries[i] = anchor.PublishedEntry{Entry: audit.Entry{Seq: e.Seq, Prev: e.Prev, Hash: e.Hash}, Withheld: true}
				}
			}
		})
		l, v := n.read(t)
		if v.OK {
			t.Errorf("verified although entry 3 (transfer.start) is withheld and the policy withholds only %q: %d withheld, failed %q", l.Policy.Withhold, v.Withheld, v.Failed)
		}
	})

	// A redacted entry is checked for its place only (audit.Chain.Add,
	// whole=false), so every field it still shows is the node's word —
	// and any entry can be called "redacted" once the policy redacts a
	// field, even one it never had. The explorer's audit page shows them
	// as the entry's operation, subject and outcome, unmarked.
	//
	// Adjusted with the fix: the entry's hash covers the fields the
	// auditor is not shown, so nothing can tell these rewrites from the
	// genuine entries without a per-field commitment, which would change
	// the log's hash format. The verification now names the entries whose
	// content it could not check (LinkOnlySeqs, CheckedContent), for the
	// explorer to mark; a field marked redacted that the policy does not
	// redact, or that the entry still shows, fails (the next cases).
	t.Run("redacted entries rewritten", func(t *testing.T) {
		n.publish(t, anchor.PublisherConfig{Policy: audit.PublishPolicy{Redact: []string{"actor"}}}, func(pg *anchor.PublishedPage) {
			for i := range pg.Entries {
				e := &pg.Entries[i]
				switch e.Op {
				case "asset.mint": // had no actor: was published whole
					e.Op, e.Subject, e.Redacted = "asset.burn", "token-999", []string{"actor"}
				case "re.offer":
					e.Outcome, e.Detail = "ok", nil
				}
			}
		})
		l, v := n.read(t)
		if !slices.Contains(v.LinkOnlySeqs, 1) || !slices.Contains(v.LinkOnlySeqs, 2) || v.CheckedContent(l.Entries[0]) || v.CheckedContent(l.Entries[1]) {
			t.Errorf("entry 1 now reads %s %s and entry 2 reads outcome %q (both rewritten by the node), and the verification does not mark them as unchecked: link-only %v",
				l.Entries[0].Op, l.Entries[0].Subject, l.Entries[1].Outcome, v.LinkOnlySeqs)
		}
	})
	t.Run("redacted for a field the policy does not redact", func(t *testing.T) {
		n.publish(t, anchor.PublisherConfig{Policy: audit.PublishPolicy{Redact: []string{"actor"}}}, func(pg *anchor.PublishedPage) {
			for i := range pg.Entries {
				if e := &pg.Entries[i]; e.Op == "transfer.start" {
					e.Detail, e.Redacted = nil, []string{"detail.amount"}
				}
			}
		})
		if _, v := n.read(t); v.OK || v.Failed != "policy" || !strings.Contains(v.Reason, "entry 3 has its detail.amount redacted, which the node's policy does not redact") {
			t.Errorf("verification = %+v, want the policy check failing on entry 3", v)
		}
	})
	t.Run("redacted yet shown", func(t *testing.T) {
		n.publish(t, anchor.PublisherConfig{Policy: audit.PublishPolicy{Redact: []string{"actor"}}}, func(pg *anchor.PublishedPage) {
			for i := range pg.Entries {
				if e := &pg.Entries[i]; e.Op == "re.offer" {
					e.Actor = "did:key:z6MkMallory"
				}
			}
		})
		if _, v := n.read(t); v.OK || v.Failed != "policy" || !strings.Contains(v.Reason, "entry 2 says its actor is redacted, yet shows it") {
			t.Errorf("verification = %+v, want the policy check failing on entry 2", v)
		}
	})

	// The node serves its log as it was at an older anchored checkpoint:
	// entries after it, including ones a newer anchored checkpoint covers,
	// are gone. Pages are freshly signed, the chain and head agree, the old
	// checkpoint's proof holds. VerifyPublishedLog knows only the
	// checkpoint the pages carry, and says which one it checked; finding
	// the newest on chain takes an index of the chain's anchored batches,
	// which the explorer keeps (node/explorer TestExplorerRefusesARolledBackLog).
	t.Run("rolled back to an older anchored checkpoint", func(t *testing.T) {
		ctx := context.Background()
		old, err := n.svc.LatestCheckpoint(ctx)
		if err != nil || old == nil {
			t.Fatalf("no first checkpoint: %v", err)
		}
		doc, _ := anchor.Decode([]byte(old.Document))
		covered, _ := strconv.ParseUint(doc.State["entries"], 10, 64)
		if _, err := n.svc.Audit.Append(audit.Event{API: "ri", Op: "transfer.release", Subject: "t-1", Outcome: "ok"}, nil); err != nil {
			t.Fatal(err)
		}
		n.flush(t, "content:two")
		newest, _ := n.svc.LatestCheckpoint(ctx)
		if newest.CID == old.CID {
			t.Fatal("no second checkpoint")
		}
		all, _ := n.svc.Audit.List(0, time.Time{}, 0)
		n.publish(t, anchor.PublisherConfig{Log: truncated{all[:covered]}, Checkpoints: fixed{old}}, nil)
		_, v := n.read(t)
		if v.Checkpointed != covered || v.Proof == nil || v.Proof.Checks[len(v.Proof.Checks)-1].Name != "contract" {
			t.Errorf("the verdict does not say it checked the checkpoint of %d entries the pages carry: %+v", covered, v)
		}
	})
}

type truncated struct{ entries []audit.Entry }

func (l truncated) Head() (uint64, string) {
	last := l.entries[len(l.entries)-1]
	return last.Seq, last.Hash
}

func (l truncated) List(after uint64, _ time.Time, limit int) ([]audit.Entry, error) {
	var out []audit.Entry
	for _, e := range l.entries {
		if e.Seq > after && (limit <= 0 || len(out) < limit) {
			out = append(out, e)
		}
	}
	return out, nil
}

type fixed struct{ p *anchor.Proof }

func (f fixed) LatestCheckpoint(context.Context) (*anchor.Proof, error) { return f.p, nil }

// A node (or whoever answers at the URL an auditor gives) serves pages of
// one entry each, More true, each entry 1 MiB (a page may be 16 MiB).
// FetchPublishedLog's defaults bound a page (16 MiB), the entries (1M)
// and the pages (10,000) but not the bytes kept: 10,000 x 16 MiB. The
// explorer reads a log on GET /audit/{did}, which any web page can make
// the auditor's browser ask for, again and again.
//
// Adjusted with the fix: the reader now bounds the bytes of a read
// (FetchOptions.MaxBytes, default anchor.DefaultMaxLogBytes, 256 MiB),
// so the node serves past that bound (it served 40 MiB before, under
// the bound) and the read must be refused, having kept no more than it.
func TestAttackPublishedLogReaderKeepsUnboundedBytes(t *testing.T) {
	kp, _ := did.NewKeyPair(did.Ed25519, nil)
	s := &re.Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp}
	const size = 1 << 20
	const pages = anchor.DefaultMaxLogBytes/size + 8
	filler := strings.Repeat("A", size)
	hashes := make([]string, pages+1)
	for i := range hashes {
		hashes[i] = fmt.Sprintf("%064x", i)
	}
	hashes[0] = audit.Genesis
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		after, _, _ := anchor.ParsePageQuery(r.URL.Query())
		seq, now := after+1, time.Now()
		page := anchor.PublishedPage{Type: anchor.PublishedPageType, Node: s.DID, After: after, More: seq < pages,
			Entries: []anchor.PublishedEntry{{Entry: audit.Entry{Seq: seq, Event: audit.Event{Op: "x", Detail: map[string]string{"x": "FILLER"}}, Prev: hashes[seq-1], Hash: hashes[seq]}, Redacted: []string{"actor"}}},
			Head:    anchor.LogHead{Entries: pages, Hash: hashes[pages]}, Issued: now.UTC().Format(time.RFC3339)}
		// The filler spliced in, not encoded: the test's cost is the
		// reader's, not the JSON encoder's.
		body, _ := json.Marshal(page)
		body = bytes.Replace(body, []byte("FILLER"), []byte(filler), 1)
		tok, err := did.SignJWTAs(map[string]any{"iss": s.DID, "iat": now.Unix(), "dig": re.Digest(body), "after": after, "count": 1, "head": hashes[pages]}, s.Key, s.KeyID, anchor.PageTyp)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		(&anchor.SignedPage{Body: body, Signature: tok}).Write(w)
	}))
	defer srv.Close()
	l, err := anchor.FetchPublishedLog(context.Background(), srv.Client(), srv.URL, anchor.FetchOptions{})
	if err != nil {
		if !errors.Is(err, anchor.ErrLogTooLarge) || !strings.Contains(err.Error(), "raise MaxBytes") {
			t.Errorf("refused for another reason than its size: %v", err)
		}
		t.Logf("refused: %v", err)
		return
	}
	kept := 0
	for _, e := range l.Entries {
		for _, v := range e.Detail {
			kept += len(v)
		}
	}
	t.Errorf("with the default bounds the reader kept %d MiB from one node in %d pages, and would go on to 10,000 pages of 16 MiB (about 160 GiB)", kept>>20, l.Pages)
}

// What strangers' requests to GET /audit/v1/log cost the node when they
// vary after= (every (after, limit) is a new cache key): a 1,000-entry
// store scan, decode, policy, encode and a signature each. Under only the
// per-IP limit (50 requests a second) a few addresses kept the node's
// cores busy. Since the fix the entries put into pages not kept are
// bounded for every asker together (EntriesPerSecond, default 20,000):
// a burst of 40 distinct full pages in one second has 19 made and the
// rest refused with the wait, and the test logs what the bound costs.
func TestAttackMeasurePublicPageCost(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lg, err := audit.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	detail := map[string]string{"reason": strings.Repeat("r", 200), "status": "403"}
	for i := range 1100 {
		if _, err := lg.Append(audit.Event{API: "re", Op: "re.offer", Actor: "did:key:z6MkAlice", Subject: fmt.Sprintf("ch_%d", i), Outcome: "refused", Detail: detail}, nil); err != nil {
			t.Fatal(err)
		}
	}
	kp, _ := did.NewKeyPair(did.Ed25519, nil)
	s := &re.Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp}
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	pub, err := anchor.NewPublisher(anchor.PublisherConfig{Log: lg, Checkpoints: fixed{}, Signer: s, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	const n = 40
	made, bytesOut := 0, 0
	var took time.Duration
	for i := range n {
		start := time.Now()
		sp, err := pub.Page(context.Background(), uint64(i), anchor.MaxPageLimit)
		if errors.Is(err, anchor.ErrPublisherBusy) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		took += time.Since(start)
		made++
		bytesOut += len(sp.Body)
	}
	// 20,000 entries a second, 1,008 a page (its entries, and 8 for its signature and encoding).
	if want := anchor.DefaultEntriesPerSecond / (anchor.MaxPageLimit + 8); made != want {
		t.Fatalf("a burst of %d distinct full pages had %d made, want %d", n, made, want)
	}
	per := took / time.Duration(made)
	t.Logf("one uncached page: %s and %d KiB; at the bound, for every asker together: %.2f cores, %d MiB/s", per, bytesOut/made>>10, float64(per)*float64(made)/float64(time.Second), bytesOut>>20)
}
