package did

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestPresentations(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	issuer, _ := NewKeyPair(Ed25519, nil)
	holder, _ := NewKeyPair(Ed25519, nil)
	thief, _ := NewKeyPair(Ed25519, nil)
	// A minute ahead: credentials issued during the test are valid from
	// their issuance second, which may come after the test started.
	now := time.Now().Add(time.Minute)
	vc, err := e.IssueCredential(IssueRequest{Issuer: issuer, Subject: holder.DID, Types: []string{"MembershipCredential"}, Contexts: []string{ContextMifm},
		Claims: map[string]any{"memberOf": "did:web:platform-a.example"}})
	if err != nil {
		t.Fatal(err)
	}
	vp, err := e.Present(PresentRequest{Holder: holder, Credentials: []map[string]any{vc}, Challenge: "n-1", Domain: "platform-b.example"})
	if err != nil {
		t.Fatal(err)
	}
	res, presented := e.VerifyPresentation(context.Background(), vp, r, nil, "n-1", "platform-b.example", now)
	if !res.Verified || res.Holder != holder.DID || len(res.Credentials) != 1 || len(presented) != 1 || len(res.Checks) != 4 {
		t.Fatalf("presentation = %+v", res)
	}

	failed := func(res *PresentationResult) string {
		for _, c := range res.Checks {
			if !c.OK {
				return c.Name + ": " + c.Reason
			}
		}
		return ""
	}
	stolen, _ := e.Present(PresentRequest{Holder: thief, Credentials: []map[string]any{vc}, Challenge: "n-1", Domain: "platform-b.example"})
	forged, _ := e.Present(PresentRequest{Holder: holder, Credentials: []map[string]any{vc}, Challenge: "n-1", Domain: "platform-b.example"})
	forged["holder"] = thief.DID
	tamperedVC := map[string]any{}
	for k, v := range vc {
		tamperedVC[k] = v
	}
	tamperedVC["issuer"] = holder.DID
	withTampered, _ := e.Present(PresentRequest{Holder: holder, Credentials: []map[string]any{tamperedVC}, Challenge: "n-1"})
	cases := []struct {
		name      string
		vp        map[string]any
		challenge string
		domain    string
		want      string
	}{
		{"a replay (another challenge)", vp, "n-2", "platform-b.example", "proof: " + ErrProofChallenge.Error()},
		{"meant for another verifier", vp, "n-1", "platform-c.example", "proof: " + ErrProofChallenge.Error()},
		{"no challenge asked", vp, "", "", "proof: no challenge given"},
		{"a stolen credential", stolen, "n-1", "platform-b.example", "credentials: credential 1 is about"},
		{"the holder rewritten", forged, "n-1", "platform-b.example", "proof: " + ErrProofSignature.Error()},
		{"a tampered credential", withTampered, "n-1", "", "credentials: credential 1 does not verify"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, _ := e.VerifyPresentation(context.Background(), c.vp, r, nil, c.challenge, c.domain, now)
			if res.Verified || !strings.HasPrefix(failed(res), c.want) {
				t.Fatalf("result = %+v, want a failure starting %q", res, c.want)
			}
		})
	}
	if _, err := e.Present(PresentRequest{Holder: holder, Credentials: []map[string]any{vc}}); err == nil {
		t.Fatal("made a presentation without a challenge")
	}
}
