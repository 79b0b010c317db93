package explorer_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// anchorer is a node's anchoring service on the world's chain, anchoring
// with key k and keeping its documents in the world's IPFS store.
func (w *world) anchorer(t *testing.T, k int) *anchor.Service {
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
		DB: db, Audit: lg, Content: anchor.IPFS{Store: w.store}, Resolver: did.NewResolver(did.Options{}), Config: cfg,
		Signer: &re.Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp},
		Ledger: &anchor.Contract{Client: w.chain, Address: w.suite[contracts.Anchor], Chain: w.chain.CAIP2().String(), Anchorer: w.senders[k].From(), Sender: w.senders[k]},
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
