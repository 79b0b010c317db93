package did

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestIssueAndVerifyCredential(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	issuer, _ := NewKeyPair(Ed25519, nil)
	user, _ := NewKeyPair(Ed25519, nil)
	now := time.Now()
	vc, err := e.IssueCredential(IssueRequest{
		Issuer: issuer, Subject: user.DID, Types: []string{"MembershipCredential"}, Contexts: []string{ContextMifm},
		Claims:    map[string]any{"memberOf": "did:web:platform-a.example", "membershipLevel": "gold"},
		ValidFrom: now.Add(-time.Hour), ValidUntil: now.Add(24 * time.Hour),
	})
	if err != nil {
		t.Fatal(err)
	}
	res := e.VerifyCredential(context.Background(), vc, r, nil, now)
	if !res.Verified || res.Version != 2 || res.Issuer != issuer.DID || len(res.Subjects) != 1 || res.Subjects[0] != user.DID || len(res.Checks) != 5 {
		t.Fatalf("verification = %+v", res)
	}

	failing := func(v *Verification) string {
		for _, c := range v.Checks {
			if !c.OK {
				return c.Name + ": " + c.Reason
			}
		}
		return ""
	}
	cases := []struct {
		name string
		edit func(map[string]any)
		at   time.Time
		want string
	}{
		{"a claim changed", func(vc map[string]any) { vc["credentialSubject"].(map[string]any)["membershipLevel"] = "platinum" }, now, "proof: " + ErrProofSignature.Error()},
		{"expired", func(map[string]any) {}, now.Add(48 * time.Hour), "validity: expired at"},
		{"not yet valid", func(map[string]any) {}, now.Add(-2 * time.Hour), "validity: not valid before"},
		{"another issuer named", func(vc map[string]any) { vc["issuer"] = user.DID }, now, "proof: " + ErrProofSignature.Error()},
		{"no issuer", func(vc map[string]any) { delete(vc, "issuer") }, now, "syntax: "},
		{"a status", func(vc map[string]any) {
			vc["credentialStatus"] = map[string]any{"type": "BitstringStatusListEntry"}
		}, now, "proof"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, _ := e.IssueCredential(IssueRequest{Issuer: issuer, Subject: user.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"},
				ValidFrom: now.Add(-time.Hour), ValidUntil: now.Add(24 * time.Hour)})
			c.edit(doc)
			res := e.VerifyCredential(context.Background(), doc, r, nil, c.at)
			if res.Verified || !strings.HasPrefix(failing(res), c.want) {
				t.Fatalf("verification = %+v, want a failure starting %q", res, c.want)
			}
		})
	}

	// Claims need a context that defines them.
	for _, version := range []int{1, 2} {
		if _, err := e.IssueCredential(IssueRequest{Issuer: issuer, Subject: user.DID, Version: version, Claims: map[string]any{"level": "gold"}}); err == nil {
			t.Fatalf("issued a VCDM %d credential whose claims no context defines", version)
		}
	}
	v1, err := e.IssueCredential(IssueRequest{Issuer: issuer, Subject: user.DID, Version: 1,
		Contexts: []string{ContextMifm}, Claims: map[string]any{"ageOver": 18}})
	if err != nil {
		t.Fatal(err)
	}
	if res := e.VerifyCredential(context.Background(), v1, r, nil, time.Now()); !res.Verified || res.Version != 1 {
		t.Fatalf("1.1 verification = %+v", res)
	}
	if _, err := e.IssueCredential(IssueRequest{Issuer: user, Subject: "not a did"}); err == nil {
		t.Fatal("issued to a subject that is no DID")
	}
}
