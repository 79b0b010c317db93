package anchor

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// TestReceiveRefuses is the attacker's side of sync: what a partner that
// does not hold a subject, a holder gone bad, or a squatter sends changes
// nothing, and nothing of it is stored.
func TestReceiveRefuses(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 3)
	a, b, c := w.node(t, 0, PolicyAsk), w.node(t, 1, PolicyAsk), w.node(t, 2, PolicyAsk)
	subject := "avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/home"
	v1, err := a.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": profile}})
	if err != nil {
		t.Fatal(err)
	}
	doc1, _ := a.svc.Document(v1.CID)
	if _, err := b.svc.Receive(ctx, doc1, a.signer.DID); err != nil {
		t.Fatal(err)
	}
	if err := a.svc.AddHolder(subject, b.signer.DID); err != nil {
		t.Fatal(err)
	}
	// C writes a version of A's subject on top of v1.
	cv := &Version{Type: DocType, Subject: subject, Seq: 2, Prev: v1.CID, Content: map[string]string{"profile": profile}, Home: a.signer.DID, Time: "2026-11-30T12:00:00Z"}
	if err := cv.Sign(c.signer); err != nil {
		t.Fatal(err)
	}
	cdoc, _ := cv.Encode()
	jump := *cv
	jump.Seq = 1 << 40
	_ = jump.Sign(b.signer)
	jdoc, _ := jump.Encode()
	audit := &Version{Type: DocType, Subject: AuditSubject(a.signer.DID), Seq: 1, State: map[string]string{"entries": "1", "head": "00"}, Home: c.signer.DID, Time: "2026-11-30T12:00:00Z"}
	_ = audit.Sign(c.signer)
	adoc, _ := audit.Encode()
	cases := []struct {
		name string
		to   *node
		doc  []byte
		from string
		want error
	}{
		{"a non-holder at the home", a, cdoc, c.signer.DID, ErrNotAllowed},
		{"a non-home at a holder", b, cdoc, c.signer.DID, ErrNotAllowed},
		{"a holder relaying another's version to the home", a, cdoc, b.signer.DID, ErrNotAllowed},
		{"a holder jumping the sequence", a, jdoc, b.signer.DID, ErrBadVersion},
		{"a squatter on the node's audit subject", a, adoc, c.signer.DID, ErrNotAllowed},
		{"a known version from a non-holder", a, doc1, c.signer.DID, ErrNotAllowed},
	}
	for _, tc := range cases {
		if _, err := tc.to.svc.Receive(ctx, tc.doc, tc.from); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	for _, n := range []*node{a, b} {
		if hist, _ := n.svc.History(subject); len(hist) != 1 {
			t.Fatalf("%d versions after the refusals", len(hist))
		}
	}
	if _, err := a.svc.Checkpoint(ctx); err != nil {
		t.Fatalf("the node's own checkpoint after a squatter tried: %v", err)
	}
	// An open conflict holds at most MaxBranches versions.
	for i := 0; i < MaxBranches+2; i++ {
		v := &Version{Type: DocType, Subject: subject, Seq: 2, Prev: v1.CID, Content: map[string]string{"profile": profile}, State: map[string]string{"i": fmt.Sprint(i)}, Home: a.signer.DID, Time: "2026-11-30T12:00:00Z"}
		_ = v.Sign(b.signer)
		d, _ := v.Encode()
		_, err := a.svc.Receive(ctx, d, b.signer.DID)
		switch {
		case i < MaxBranches && err != nil:
			t.Fatalf("fork %d: %v", i, err)
		case i >= MaxBranches && !errors.Is(err, ErrNotAllowed):
			t.Fatalf("fork %d past the bound: %v", i, err)
		}
	}
	if sub, _ := a.svc.Subject(subject); len(sub.Conflict) != MaxBranches {
		t.Fatalf("%d versions in conflict, want %d", len(sub.Conflict), MaxBranches)
	}
}

// TestVerifierTrustsNoClaim: the proof names its contract and anchorer;
// the verifier checks the code is the Anchor's and, when told, who
// anchored.
func TestVerifierTrustsNoClaim(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1)
	n := w.node(t, 0, PolicyHome)
	o, err := n.svc.Propose(ctx, ProposeRequest{Subject: "content:x", Content: map[string]string{"model": profile}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	p, err := n.svc.Proof(ctx, o.CID)
	if err != nil {
		t.Fatal(err)
	}
	vf := w.verifier(t, n)
	if err := vf.isAnchorContract(ctx, w.anchor); err != nil {
		t.Fatalf("the Anchor itself: %v", err)
	}
	// Any other code (here: an account with none) is not the Anchor.
	if err := vf.isAnchorContract(ctx, p.Anchorer); err == nil {
		t.Fatal("an account without the Anchor's code passed")
	}
	other := p.Anchorer
	other[0] ^= 1
	strict := *vf
	strict.Anchorer = &other
	if v := strict.Verify(ctx, p); v.OK || v.Failed != "event" {
		t.Fatalf("a proof anchored by someone else than required: %+v", v)
	}
	strict.Anchorer = &p.Anchorer
	if v := strict.Verify(ctx, p); !v.OK {
		t.Fatalf("the required anchorer: %+v", v.Checks)
	}
	for name, edit := range map[string]func(q *Proof){
		"batch":     func(q *Proof) { q.Batch++ },
		"leaves":    func(q *Proof) { q.BatchLeaves++ },
		"manifest":  func(q *Proof) { q.Manifest = profile },
		"time":      func(q *Proof) { q.Time-- },
		"leafValue": func(q *Proof) { q.LeafValue = []any{"content:y", "1", "0x00"} },
	} {
		q := *p
		edit(&q)
		if v := vf.Verify(ctx, &q); v.OK {
			t.Errorf("a proof with its %s changed passed", name)
		}
	}
}

func TestSubjectsAndCarryOver(t *testing.T) {
	for _, bad := range []string{"identity:notadid", "identity:did:key:z6Mk…", "avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "avatar:did:key:z6Mkha/", "audit:x", "wallet:x", "content:", "content:a b"} {
		if _, _, err := ParseSubject(bad); !errors.Is(err, ErrBadVersion) {
			t.Errorf("%q: %v, want ErrBadVersion", bad, err)
		}
	}
	for _, good := range []string{"avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/home", "avatar:did:web:a.example/home", "content:sword-42", "audit:did:pkh:eip155:1337:0x6762055a1183dCB2c8552D7E26003d53cD22c565"} {
		if _, _, err := ParseSubject(good); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
	ctx := context.Background()
	w := newWorld(t, 1)
	n := w.node(t, 0, PolicyHome)
	subject := "avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/home"
	v1, err := n.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": profile}})
	if err != nil {
		t.Fatal(err)
	}
	// A state change keeps the content; a revert takes exactly v1's.
	v2, err := n.svc.Propose(ctx, ProposeRequest{Subject: subject, State: map[string]string{"display-name": "Ada"}})
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := n.svc.Version(v2.CID)
	if r2.Version.Content["profile"] != profile || r2.Version.State["display-name"] != "Ada" {
		t.Fatalf("v2 %+v", r2.Version)
	}
	v3, err := n.svc.Revert(ctx, subject, v1.CID)
	if err != nil {
		t.Fatal(err)
	}
	r3, _ := n.svc.Version(v3.CID)
	if len(r3.Version.State) != 0 || r3.Version.Content["profile"] != profile {
		t.Fatalf("revert to v1: %+v", r3.Version)
	}
	if _, err := n.svc.Propose(ctx, ProposeRequest{Subject: subject, Policy: PolicyAsk}); !errors.Is(err, ErrBadPolicy) {
		t.Fatalf("a policy change on an existing subject: %v", err)
	}
	if _, err := n.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": "bafkrei…"}}); !errors.Is(err, ErrBadVersion) {
		t.Fatalf("a placeholder CID: %v", err)
	}
}
