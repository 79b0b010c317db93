package did

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

// The vc-di-eddsa Ed25519Signature2020 test vector: its signed credential
// verifies, its proof value is what mifm signs, and any change is caught.
func TestEd25519Signature2020Vector(t *testing.T) {
	e, err := NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	signed := readJSON(t, "testdata/ed25519signature2020/signedEdSig.json")
	r := NewResolver(Options{})
	res, err := e.Verify(context.Background(), signed, r, Expect{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Suite != ProofTypeEd25519Signature2020 {
		t.Fatalf("suite %q", res.Suite)
	}
	kp, err := ParsePrivateKeyMultibase("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")
	if err != nil {
		t.Fatal(err)
	}
	unsigned := readJSON(t, "testdata/ed25519signature2020/signedEdSig.json")
	proof := unsigned["proof"].(map[string]any)
	delete(unsigned, "proof")
	created, _ := time.Parse(time.RFC3339, proof["created"].(string))
	again, err := e.Sign(unsigned, kp, ProofOptions{VerificationMethod: proof["verificationMethod"].(string), Created: created, Suite: ProofTypeEd25519Signature2020})
	if err != nil {
		t.Fatal(err)
	}
	if got := again["proof"].(map[string]any)["proofValue"]; got != proof["proofValue"] {
		want, _ := os.ReadFile("testdata/ed25519signature2020/sigBTC58EdSig.txt")
		t.Fatalf("proofValue %v, want %v (%s)", got, proof["proofValue"], strings.TrimSpace(string(want)))
	}

	tampered := readJSON(t, "testdata/ed25519signature2020/signedEdSig.json")
	tampered["credentialSubject"].(map[string]any)["alumniOf"] = "Another School"
	if _, err := e.Verify(context.Background(), tampered, r, Expect{}); err == nil || !strings.Contains(err.Error(), ErrProofSignature.Error()) {
		t.Fatalf("tampered: %v", err)
	}
	noContext := readJSON(t, "testdata/ed25519signature2020/signedEdSig.json")
	noContext["@context"] = noContext["@context"].([]any)[:2]
	if _, err := e.Verify(context.Background(), noContext, r, Expect{}); err == nil || !strings.Contains(err.Error(), "without its context") {
		t.Fatalf("without the suite's context: %v", err)
	}
	if _, err := e.Sign(noContext, kp, ProofOptions{VerificationMethod: "x", Suite: ProofTypeEd25519Signature2020}); err == nil {
		t.Fatal("signed Ed25519Signature2020 without its context")
	}

	// Issued by mifm with the older suite, verified with every check.
	holder, _ := NewKeyPair(Ed25519, nil)
	vc, err := e.IssueCredential(IssueRequest{Issuer: kp, Subject: holder.DID, Types: []string{"MembershipCredential"},
		Claims: map[string]any{"memberOf": "did:web:platform-a.example"}, Contexts: []string{ContextMifm}, Suite: ProofTypeEd25519Signature2020})
	if err != nil {
		t.Fatal(err)
	}
	if v := e.VerifyCredential(context.Background(), vc, r, nil, time.Now().Add(time.Minute)); !v.Verified || !strings.HasPrefix(v.Checks[1].Reason, "Ed25519Signature2020 signature by") {
		t.Fatalf("%+v", v.Checks)
	}
}
