package dijs_test

import (
	"context"
	"maps"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/testnet/dijs"
)

// Credentials cross both ways in every suite both stacks have: the
// @digitalbazaar stack verifies mifm's (a single proof, a proof set and a
// chain) and refuses them changed; mifm verifies the stack's.
func TestDataIntegrityBothWays(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Node.js processes")
	}
	dijs.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e, err := did.NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	r := did.NewResolver(did.Options{})
	holder, _ := did.NewKeyPair(did.Ed25519, nil)
	now := time.Now().Add(time.Minute)
	for _, c := range []struct {
		suite string
		kt    did.KeyType
	}{
		{did.CryptosuiteEdDSARDFC, did.Ed25519},
		{did.CryptosuiteEdDSAJCS, did.Ed25519},
		{did.CryptosuiteECDSARDFC, did.P256},
		{did.CryptosuiteECDSAJCS, did.P256},
		{did.CryptosuiteECDSARDFC, did.P384},
	} {
		t.Run(c.suite+"/"+string(c.kt), func(t *testing.T) {
			issuer, _ := did.NewKeyPair(c.kt, nil)
			vc, err := e.IssueCredential(did.IssueRequest{Issuer: issuer, Subject: holder.DID, Types: []string{"MembershipCredential"},
				Contexts: []string{did.ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}, Suite: c.suite})
			if err != nil {
				t.Fatal(err)
			}
			v, err := dijs.Verify(ctx, vc)
			if err != nil || !v.Verified {
				t.Fatalf("the stack refused mifm's credential: %+v, %v", v, err)
			}
			changed := maps.Clone(vc)
			changed["credentialSubject"] = map[string]any{"id": holder.DID, "membershipLevel": "platinum"}
			if v, err := dijs.Verify(ctx, changed); err != nil || v.Verified {
				t.Fatalf("the stack accepted mifm's credential changed: %+v, %v", v, err)
			}

			unsigned := map[string]any{
				"@context":          []any{"https://www.w3.org/ns/credentials/v2", did.ContextMifm},
				"type":              []any{"VerifiableCredential", "MembershipCredential"},
				"validFrom":         time.Now().UTC().Format(time.RFC3339),
				"credentialSubject": map[string]any{"id": holder.DID, "membershipLevel": "gold"},
			}
			if c.kt == did.P384 {
				return // the stack's ECDSA keys here are P-256
			}
			theirs, issuerDID, err := dijs.Issue(ctx, unsigned, c.suite)
			if err != nil {
				t.Fatal(err)
			}
			res := e.VerifyCredential(ctx, theirs, r, nil, now)
			if !res.Verified || res.Issuer != issuerDID {
				t.Fatalf("mifm refused the stack's credential: %+v", res.Checks)
			}
		})
	}

	// A proof set and a chain made by mifm: the stack checks every proof.
	a, _ := did.NewKeyPair(did.Ed25519, nil)
	b, _ := did.NewKeyPair(did.P256, nil)
	vc, err := e.IssueCredential(did.IssueRequest{Issuer: a, Subject: holder.DID, Contexts: []string{did.ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
	if err != nil {
		t.Fatal(err)
	}
	// Signed again with an id, so that the second proof can chain to it.
	delete(vc, "proof")
	vc, err = e.Sign(vc, a, did.ProofOptions{VerificationMethod: a.DID + "#" + a.DID[len("did:key:"):], ID: "urn:uuid:first"})
	if err != nil {
		t.Fatal(err)
	}
	chained, err := e.Sign(vc, b, did.ProofOptions{VerificationMethod: b.DID + "#" + b.DID[len("did:key:"):], Suite: did.CryptosuiteECDSAJCS, Append: true, PreviousProof: []string{"urn:uuid:first"}})
	if err != nil {
		t.Fatal(err)
	}
	if v, err := dijs.Verify(ctx, chained); err != nil || !v.Verified || len(v.Proofs) != 2 {
		t.Fatalf("the stack on mifm's proof chain: %+v, %v", v, err)
	}
	if res := e.VerifyCredential(ctx, chained, r, nil, now); !res.Verified {
		t.Fatalf("mifm on its own chain: %+v", res.Checks)
	}

	// mifm's presentation of its credentials: the stack checks the
	// holder's proof for the challenge and domain, and each credential;
	// another challenge is refused.
	issuer, _ := did.NewKeyPair(did.P256, nil)
	held, err := e.IssueCredential(did.IssueRequest{Issuer: issuer, Subject: holder.DID, Contexts: []string{did.ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}, Suite: did.CryptosuiteECDSAJCS})
	if err != nil {
		t.Fatal(err)
	}
	vp, err := e.Present(did.PresentRequest{Holder: holder, Credentials: []map[string]any{held, chained}, Challenge: "nonce-9", Domain: "did:web:b.example"})
	if err != nil {
		t.Fatal(err)
	}
	if v, err := dijs.VerifyPresentation(ctx, vp, "nonce-9", "did:web:b.example"); err != nil || !v.Verified {
		t.Fatalf("the stack on mifm's presentation: %+v, %v", v, err)
	}
	if v, err := dijs.VerifyPresentation(ctx, vp, "nonce-10", "did:web:b.example"); err != nil || v.Verified {
		t.Fatalf("the stack accepted mifm's presentation for another challenge: %+v, %v", v, err)
	}
}
