package did

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

func loadPolicy(t *testing.T, file string, repl ...string) *Policy {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParsePolicy([]byte(strings.NewReplacer(repl...).Replace(string(data))))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAdmissionPolicy(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	// A minute ahead: credentials issued during the test are valid from
	// their issuance second, which may come after the test started.
	now := time.Now().Add(time.Minute)
	issuerA, _ := NewKeyPair(Ed25519, nil)
	gov, _ := NewKeyPair(Ed25519, nil)
	stranger, _ := NewKeyPair(Ed25519, nil)
	holder, _ := NewKeyPair(Ed25519, nil)
	policy := loadPolicy(t, "testdata/policies/platform-b.json", "ISSUER_A", issuerA.DID, "ISSUER_GOV", gov.DID)

	issue := func(by *KeyPair, subject, typ string, claims map[string]any) Presented {
		t.Helper()
		vc, err := e.IssueCredential(IssueRequest{Issuer: by, Subject: subject, Types: []string{typ}, Contexts: []string{ContextMifm}, Claims: claims})
		if err != nil {
			t.Fatal(err)
		}
		return Presented{Credential: vc, Verification: e.VerifyCredential(context.Background(), vc, r, nil, now)}
	}
	member := issue(issuerA, holder.DID, "MembershipCredential", map[string]any{"memberOf": "did:web:platform-a.example", "membershipLevel": "gold"})
	adult := issue(gov, holder.DID, "AgeCredential", map[string]any{"birthDate": now.AddDate(-30, 0, 0).Format("2006-01-02")})

	d := policy.Evaluate([]Presented{member, adult}, holder.DID, now)
	if !d.Allowed || len(d.Reasons) != 4 {
		t.Fatalf("decision = %+v", d)
	}

	tampered := issue(issuerA, holder.DID, "MembershipCredential", map[string]any{"memberOf": "did:web:platform-a.example", "membershipLevel": "gold"})
	tampered.Credential["credentialSubject"].(map[string]any)["membershipLevel"] = "silver"
	tampered.Verification = e.VerifyCredential(context.Background(), tampered.Credential, r, nil, now)

	cases := []struct {
		name   string
		creds  []Presented
		holder string
		rule   string
		detail string
	}{
		{"no membership", []Presented{adult}, holder.DID, "MembershipCredential", "required and not presented"},
		{"an untrusted issuer", []Presented{issue(stranger, holder.DID, "MembershipCredential", map[string]any{"memberOf": "did:web:platform-a.example", "membershipLevel": "gold"}), adult}, holder.DID, "MembershipCredential", "is not a trusted issuer"},
		{"a member of another platform", []Presented{issue(issuerA, holder.DID, "MembershipCredential", map[string]any{"memberOf": "did:web:platform-c.example", "membershipLevel": "gold"}), adult}, holder.DID, "MembershipCredential", "not did:web:platform-a.example"},
		{"a bronze member", []Presented{issue(issuerA, holder.DID, "MembershipCredential", map[string]any{"memberOf": "did:web:platform-a.example", "membershipLevel": "bronze"}), adult}, holder.DID, "MembershipCredential", "none of"},
		{"a tampered credential", []Presented{tampered, adult}, holder.DID, "MembershipCredential", "did not verify"},
		{"someone else's credential", []Presented{issue(issuerA, stranger.DID, "MembershipCredential", map[string]any{"memberOf": "did:web:platform-a.example", "membershipLevel": "gold"}), adult}, holder.DID, "MembershipCredential", "about someone else"},
		{"sixteen", []Presented{member, issue(gov, holder.DID, "AgeCredential", map[string]any{"birthDate": now.AddDate(-16, 0, 0).Format("2006-01-02")})}, holder.DID, "minimumAge", "no trusted credential shows an age of at least 18"},
		{"age from an untrusted issuer", []Presented{member, issue(stranger, holder.DID, "AgeCredential", map[string]any{"ageOver": 21})}, holder.DID, "minimumAge", "no trusted credential"},
		{"a did:ethr holder", []Presented{member, adult}, "did:ethr:0x1234", "acceptedDidMethods", "uses did:ethr"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := policy.Evaluate(c.creds, c.holder, now)
			if d.Allowed {
				t.Fatalf("allowed: %+v", d)
			}
			for _, r := range d.Reasons {
				if r.Rule == c.rule && !r.OK && strings.Contains(r.Detail, c.detail) {
					return
				}
			}
			t.Fatalf("reasons %+v lack %s failing with %q", d.Reasons, c.rule, c.detail)
		})
	}

	// Age from ageOver, and a reputation threshold.
	d = policy.Evaluate([]Presented{member, issue(issuerA, holder.DID, "AgeCredential", map[string]any{"ageOver": 18})}, holder.DID, now)
	if !d.Allowed {
		t.Fatalf("ageOver 18 refused: %+v", d)
	}
	rep := loadPolicy(t, "testdata/policies/reputation.json")
	if d := rep.Evaluate([]Presented{issue(stranger, holder.DID, "ReputationCredential", map[string]any{"reputationScore": 0.8})}, holder.DID, now); !d.Allowed {
		t.Fatalf("reputation 0.8 refused: %+v", d)
	}
	if d := rep.Evaluate([]Presented{issue(stranger, holder.DID, "ReputationCredential", map[string]any{"reputationScore": 0.4})}, holder.DID, now); d.Allowed {
		t.Fatalf("reputation 0.4 allowed: %+v", d)
	}
}

func TestParsePolicyRefusals(t *testing.T) {
	for _, c := range []struct{ policy, want string }{
		{`{"credentials": [{"type": "X", "trustedIssuers": ["*"]}], "minimumAgee": 18}`, `unknown field "minimumAgee"`},
		{`{"credentials": [{"trustedIssuers": ["*"]}]}`, "has no type"},
		{`{"credentials": [{"type": "X"}]}`, "trusts no issuer"},
		{`{"credentials": [{"type": "X", "trustedIssuers": ["*"], "claims": [{"claim": "a"}]}]}`, "says nothing"},
		{`{"minimumAge": -1, "credentials": []}`, "not an age"},
		{`{"credentials": []} {}`, "more than one"},
	} {
		if _, err := ParsePolicy([]byte(c.policy)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParsePolicy(%s) = %v, want %q", c.policy, err, c.want)
		}
	}
}

// A policy in YAML is the same policy as in JSON, with the same refusals.
func TestPolicyYAML(t *testing.T) {
	j, _ := os.ReadFile("testdata/policies/platform-b.json")
	y, _ := os.ReadFile("testdata/policies/platform-b.yaml")
	pj, err := ParsePolicy(j)
	if err != nil {
		t.Fatal(err)
	}
	py, err := ParsePolicy(y)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(pj, py) {
		t.Fatalf("YAML %+v\nJSON %+v", py, pj)
	}
	for _, c := range []struct{ policy, want string }{
		{"minimumAge: 18\ncredentail: []\n", `unknown field "credentail"`},
		{"- a\n- b\n", "not a mapping"},
		{"minimumAge: [1\n", "YAML"},
		{"minimumAge: 200\n", "is not an age"},
	} {
		if _, err := ParsePolicy([]byte(c.policy)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParsePolicy(%q) = %v, want %q", c.policy, err, c.want)
		}
	}
}
