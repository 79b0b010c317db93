package explorer_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/explorer"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// anchorer is a node's anchoring service on the world's chain, anchoring
// with key k and keeping its documents in the world's IPFS store.
func (w *world) anchorer(t *testing.T, k int) *anchor.Service {
	t.Helper()
	return anchorService(t, w.store, &anchor.Contract{Client: w.chain, Address: w.suite[contracts.Anchor], Chain: w.chain.CAIP2().String(), Anchorer: w.senders[k].From(), Sender: w.senders[k]})
}

// anchorService is a node's anchoring service with a did:key of its own,
// a store and audit log of its own, its documents in content, anchoring
// through ledger.
func anchorService(t *testing.T, content *ipfs.Store, ledger *anchor.Contract) *anchor.Service {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	lg, err := audit.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	kp, err := did.NewKeyPair(did.Ed25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := anchor.Config{Policy: anchor.PolicyHome, MaxLeaves: 2048}
	if err := anchor.CheckConfig(&cfg); err != nil {
		t.Fatal(err)
	}
	return &anchor.Service{
		DB: db, Audit: lg, Content: anchor.IPFS{Store: content}, Resolver: did.NewResolver(did.Options{}), Config: cfg,
		Signer: &re.Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp},
		Ledger: ledger,
	}
}

// A stranger anchors its own "version 1" of someone's subject (Anchor
// takes roots from anyone): the explorer lists both, each with its
// anchorer, and each proof verifies for what it is; neither hides the
// other.
func TestVersionsOfOneSeqFromTwoAnchorersAreBothListed(t *testing.T) {
	w := newWorld(t, t.TempDir())
	ctx := context.Background()
	const subject = "identity:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
	const profile = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	var cids []string
	for k, who := range []string{"home", "stranger"} {
		svc := w.anchorer(t, k)
		o, err := svc.Propose(ctx, anchor.ProposeRequest{Subject: subject, Content: map[string]string{"profile": profile}, State: map[string]string{"by": who}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		cids = append(cids, o.CID)
	}
	x := w.open(t, t.TempDir(), nil)
	if _, err := x.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	vs, err := x.Versions(subject)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || vs[0].Seq != 1 || vs[1].Seq != 1 || vs[0].Anchorer == vs[1].Anchorer {
		t.Fatalf("versions of %s: %+v, want both version 1s with their anchorers", subject, vs)
	}
	for _, c := range cids {
		p, err := x.Proof(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.Document(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		p.Document = string(doc)
		if v := (&anchor.Verifier{Chain: w.chain}).Verify(ctx, p); !v.OK {
			t.Errorf("the proof of %s fails its %s check", c, v.Failed)
		}
	}
}

// A node serves its audit log cut back at an older checkpoint; the pages
// hold together, but the chain holds a newer checkpoint the node signed:
// the explorer refuses the log. A checkpoint a stranger anchors under the
// node's audit subject does not count.
func TestExplorerRefusesARolledBackLog(t *testing.T) {
	w := newWorld(t, t.TempDir())
	ctx := context.Background()
	svc := w.anchorer(t, 0)
	for i := range 5 {
		if _, err := svc.Audit.Append(audit.Event{API: "ri", Op: "asset.mint", Subject: fmt.Sprint("sword-", i)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := svc.Checkpoint(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	stranger := w.anchorer(t, 1)
	if _, err := stranger.Propose(ctx, anchor.ProposeRequest{Subject: anchor.AuditSubject(svc.Signer.DID), State: map[string]string{"entries": "99", "head": "00"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := stranger.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	x := w.open(t, t.TempDir(), nil)
	if _, err := x.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	all, err := svc.Audit.List(0, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	published := func(n int) *explorer.AuditLog {
		l := &anchor.PublishedLog{Node: svc.Signer.DID}
		for _, e := range all[:n] {
			l.Entries = append(l.Entries, anchor.PublishedEntry{Entry: e})
		}
		return &explorer.AuditLog{Log: l, Verification: &anchor.PublishedLogVerification{LogVerification: anchor.LogVerification{OK: true}}}
	}
	whole := published(len(all))
	x.CheckNewest(ctx, whole)
	if !whole.Verification.OK {
		t.Errorf("the whole log was refused: %s", whole.Verification.Reason)
	}
	cut := published(3)
	x.CheckNewest(ctx, cut)
	if v := cut.Verification; v.OK || v.Failed != "checkpoint" || !strings.Contains(v.Reason, "cut back") {
		t.Errorf("a log cut back to 3 of %d entries: %+v", len(all), v)
	}
}
