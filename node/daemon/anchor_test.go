package daemon

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"testing"

	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/re"
)

const (
	userDID  = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
	profile1 = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	profile2 = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	profile3 = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"
)

// TestAnchoredStateOverRIAndRE is IDSF between two platforms: A, the home,
// shares a user's identity profile with B; both change it from the same
// version; the home's rule settles the conflict on both nodes, the loser is
// kept, and a proof of the head checks against the chain and A's gateway.
func TestAnchoredStateOverRIAndRE(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	b := startNode(t, "platform-b.json", false)
	partners(t, a, b)
	ctx := context.Background()
	aDID, bDID := a.Core.Home.Config.Platform.DID, b.Core.Home.Config.Platform.DID
	if code, p := ri(t, a, "POST", "/ri/v1/channels", api.OpenChannelRequest{Peer: b.RE}, nil); code != 200 {
		t.Fatalf("open channel: %d %v", code, p)
	}
	subject := "avatar:" + userDID + "/home"
	propose := func(n *InProcess, req api.ProposeVersionRequest) api.VersionOutcome {
		t.Helper()
		var o api.VersionOutcome
		if code, p := ri(t, n, "POST", "/ri/v1/versions", req, &o); code != http.StatusCreated {
			t.Fatalf("propose on %s: %d %v", n.Core.Home.Config.Platform.DID, code, p)
		}
		return o
	}
	v1 := propose(a, api.ProposeVersionRequest{Subject: subject, Content: map[string]string{"profile": profile1}})
	if v1.Status != anchor.StandingHead || v1.Seq != 1 || len(v1.Synced) != 0 {
		t.Fatalf("v1: %+v", v1)
	}
	var shared api.SyncResult
	if code, p := ri(t, a, "POST", "/ri/v1/subjects/share", api.ShareRequest{Subject: subject, Peer: bDID}, &shared); code != 200 || shared.Status != anchor.StandingHead {
		t.Fatalf("share: %d %v %+v", code, p, shared)
	}
	// The home's change reaches B at once.
	v2a := propose(a, api.ProposeVersionRequest{Subject: subject, Content: map[string]string{"profile": profile2}})
	if len(v2a.Synced) != 1 || v2a.Synced[0].Peer != bDID || v2a.Synced[0].Head != v2a.CID {
		t.Fatalf("v2a synced: %+v", v2a.Synced)
	}
	// B's user edits the profile they saw before (v1): a conflict, sent home.
	v2b := propose(b, api.ProposeVersionRequest{Subject: subject, Content: map[string]string{"profile": profile3}, Prev: v1.CID})
	if v2b.Head != v2a.CID || len(v2b.Synced) != 1 || v2b.Synced[0].Peer != aDID || v2b.Synced[0].Status != anchor.StandingBranch {
		t.Fatalf("v2b: %+v", v2b)
	}
	for _, n := range []*InProcess{a, b} {
		var st api.SubjectState
		if code, p := ri(t, n, "GET", "/ri/v1/subjects/head?subject="+url.QueryEscape(subject), nil, &st); code != 200 {
			t.Fatalf("head: %d %v", code, p)
		}
		if st.Head.CID != v2a.CID || st.Subject.Home != aDID || len(st.Subject.Conflict) != 0 {
			t.Fatalf("%s: head %+v", n.Core.Home.Config.Platform.DID, st)
		}
		var hist []api.VersionRecord
		ri(t, n, "GET", "/ri/v1/subjects/history?subject="+url.QueryEscape(subject), nil, &hist)
		if len(hist) != 3 {
			t.Fatalf("%s keeps %d versions, want 3", n.Core.Home.Config.Platform.DID, len(hist))
		}
		for _, r := range hist {
			if r.CID == v2b.CID && r.Standing != anchor.StandingBranch {
				t.Fatalf("B's version on %s: %s, want a branch kept", n.Core.Home.Config.Platform.DID, r.Standing)
			}
		}
	}
	// Anchor and prove, with the chain and A's gateway only.
	var batches []api.AnchorBatch
	if code, p := ri(t, a, "POST", "/ri/v1/anchor/flush", nil, &batches); code != 200 || len(batches) != 1 || batches[0].State != anchor.BatchAnchored {
		t.Fatalf("flush: %d %v %+v", code, p, batches)
	}
	var proof api.AnchorProof
	if code, p := ri(t, a, "GET", "/ri/v1/proofs?ref="+url.QueryEscape(subject), nil, &proof); code != 200 || proof.CID != v2a.CID {
		t.Fatalf("proof: %d %v %+v", code, p, proof)
	}
	n, err := a.Core.Node(ctx)
	if err != nil {
		t.Fatal(err)
	}
	vf := &anchor.Verifier{Chain: n.Chain, Gateway: a.RE}
	if v := vf.Verify(ctx, &proof); !v.OK {
		t.Fatalf("proof refused: %+v", v.Checks)
	}
	// The audit log's export checks against its anchored checkpoint.
	var export api.AuditExport
	if code, p := ri(t, a, "GET", "/ri/v1/audit/export", nil, &export); code != 200 || export.Checkpoint == nil {
		t.Fatalf("export: %d %v", code, p)
	}
	if r := anchor.VerifyLog(ctx, &export, vf); !r.OK {
		t.Fatalf("audit export: %+v", r)
	}
	// Bad input says what is wrong.
	for _, c := range []struct {
		method, path string
		in           any
		code         int
	}{
		{"POST", "/ri/v1/versions", api.ProposeVersionRequest{Subject: "wallet:x"}, 400},
		{"POST", "/ri/v1/versions", api.ProposeVersionRequest{Subject: subject, Content: map[string]string{"Profile": profile1}}, 400},
		{"POST", "/ri/v1/versions", api.ProposeVersionRequest{Subject: subject, Prev: profile1}, 409},
		{"POST", "/ri/v1/versions", api.ProposeVersionRequest{Subject: "content:new", Policy: "coin-toss"}, 400},
		{"GET", "/ri/v1/subjects/head?subject=identity:nobody", nil, 404},
		{"POST", "/ri/v1/subjects/resolve", api.ChooseVersionRequest{Subject: subject, CID: v2b.CID}, 500},
		{"GET", "/ri/v1/proofs?ref=" + url.QueryEscape(subject+"@9"), nil, 404},
	} {
		code, p := ri(t, a, c.method, c.path, c.in, nil)
		if code != c.code && !(c.code == 500 && code >= 400) {
			t.Errorf("%s %s: %d %v, want %d", c.method, c.path, code, p, c.code)
		}
	}
}

// TestVersionsFromStrangersAndBadPartners: RE refuses a stranger before
// anything else, and a partner's forged or misdirected versions.
func TestVersionsFromStrangersAndBadPartners(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	b := startNode(t, "platform-b.json", false)
	stranger := startNode(t, "bridge.json", true)
	partners(t, a, b)
	ctx := context.Background()
	aDID := a.Core.Home.Config.Platform.DID
	subject := "avatar:" + userDID + "/home"
	if code, p := ri(t, a, "POST", "/ri/v1/versions", api.ProposeVersionRequest{Subject: subject, Content: map[string]string{"profile": profile1}}, nil); code != 201 {
		t.Fatalf("propose: %d %v", code, p)
	}
	svc, err := a.Core.Anchors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, head, _ := svc.Head(subject)
	doc, _ := head.Version.Encode()
	send := func(from *InProcess, msg api.VersionsMessage) *re.Problem {
		t.Helper()
		var ans api.VersionsAnswer
		err := from.Core.Manage.Client.Do(ctx, "POST", a.RE, "/re/v1/versions", aDID, msg, &ans)
		var p *re.Problem
		if err != nil && !errors.As(err, &p) {
			t.Fatal(err)
		}
		return p
	}
	if p := send(stranger, api.VersionsMessage{Subject: subject, Documents: []string{string(doc)}}); p == nil || p.Code != re.CodeNotPartner {
		t.Fatalf("stranger: %+v", p)
	}
	// B signs a version of its own on top of A's subject: not the home,
	// and authoring as itself is fine; authoring as A is not.
	v := *head.Version
	v.Seq, v.Prev, v.Content = 2, head.CID, map[string]string{"profile": profile2}
	forged := v
	forged.Sig = head.Version.Sig // A's signature over other bytes
	fb, _ := forged.Encode()
	if p := send(b, api.VersionsMessage{Subject: subject, Documents: []string{string(fb)}}); p == nil || p.Status != http.StatusForbidden {
		t.Fatalf("B relaying a version authored by A: %+v", p)
	}
	other := v
	other.Subject = "avatar:did:key:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH/home"
	other.Seq, other.Prev = 1, ""
	if err := other.Sign(b.Core.Manage.Signer); err != nil {
		t.Fatal(err)
	}
	ob, _ := other.Encode()
	if p := send(b, api.VersionsMessage{Subject: other.Subject, Documents: []string{string(ob)}}); p == nil || p.Status != http.StatusForbidden {
		t.Fatalf("B starting a subject whose home it claims A is: %+v", p)
	}
	if p := send(b, api.VersionsMessage{Subject: subject, Documents: []string{string(ob)}}); p == nil || p.Status != http.StatusBadRequest {
		t.Fatalf("a document of another subject: %+v", p)
	}
	if p := send(b, api.VersionsMessage{Subject: subject, Documents: []string{"{}"}}); p == nil || p.Status != http.StatusBadRequest {
		t.Fatalf("junk: %+v", p)
	}
	if p := send(b, api.VersionsMessage{Subject: subject, Head: head.CID, Documents: []string{string(doc)}}); p == nil || p.Status != http.StatusForbidden {
		t.Fatalf("B announcing the head of A's subject: %+v", p)
	}
	// Nothing of it stayed.
	hist, _ := svc.History(subject)
	if len(hist) != 1 {
		t.Fatalf("A holds %d versions after the refusals", len(hist))
	}
}
