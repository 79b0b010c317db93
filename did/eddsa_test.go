package did

import (
	"context"
	"encoding/hex"
	"errors"
	"maps"
	"os"
	"strings"
	"testing"
	"time"
)

func vectorKey(t testing.TB) *KeyPair {
	t.Helper()
	pair := readJSON(t, "testdata/eddsa-rdfc-2022/keyPair.json")
	kp, err := ParsePrivateKeyMultibase(pair["privateKeyMultibase"].(string))
	if err != nil {
		t.Fatal(err)
	}
	if kp.DID != "did:key:"+pair["publicKeyMultibase"].(string) {
		t.Fatalf("the vector's secret key gives %s, not its public key", kp.DID)
	}
	return kp
}

// The W3C EdDSA Recommendation's eddsa-rdfc-2022 example: signing the
// unsigned credential with its key and date gives its proofValue, every
// intermediate value matches, and its signed credential verifies.
func TestEdDSAVector(t *testing.T) {
	e, err := NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	kp := vectorKey(t)
	signedWant := readJSON(t, "testdata/eddsa-rdfc-2022/signedDataInt.json")
	proofWant := signedWant["proof"].(map[string]any)
	created, _ := time.Parse(time.RFC3339, proofWant["created"].(string))

	unsigned := readJSON(t, "testdata/eddsa-rdfc-2022/unsigned.json")
	data, err := e.hashData(CryptosuiteEdDSARDFC, unsigned, readJSON(t, "testdata/eddsa-rdfc-2022/proofConfigDataInt.json"))
	if err != nil {
		t.Fatal(err)
	}
	combined, _ := os.ReadFile("testdata/eddsa-rdfc-2022/combinedHashDataInt.txt")
	if hex.EncodeToString(data) != strings.TrimSpace(string(combined)) {
		t.Fatalf("hash data = %x, want %s", data, combined)
	}

	signed, err := e.Sign(unsigned, kp, ProofOptions{VerificationMethod: proofWant["verificationMethod"].(string), Created: created})
	if err != nil {
		t.Fatal(err)
	}
	if got := signed["proof"].(map[string]any)["proofValue"]; got != proofWant["proofValue"] {
		t.Fatalf("proofValue = %v, want the vector's %v", got, proofWant["proofValue"])
	}
	r := NewResolver(Options{})
	res, err := e.Verify(context.Background(), signedWant, r, Expect{})
	if err != nil {
		t.Fatalf("the Recommendation's signed credential does not verify: %v", err)
	}
	if res.Controller != kp.DID || !res.Created.Equal(created) {
		t.Fatalf("result = %+v", res)
	}
}

// Every way to break a proof is refused, each with its own reason.
func TestEdDSARefusals(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	signed := readJSON(t, "testdata/eddsa-rdfc-2022/signedDataInt.json")
	other, _ := NewKeyPair(Ed25519, nil)
	secp, _ := NewKeyPair(Secp256k1, nil)
	edit := func(f func(doc, proof map[string]any)) map[string]any {
		doc := readJSON(t, "testdata/eddsa-rdfc-2022/signedDataInt.json")
		f(doc, doc["proof"].(map[string]any))
		return doc
	}
	cases := []struct {
		name string
		doc  map[string]any
		want Expect
		err  error
	}{
		{"claim changed", edit(func(d, _ map[string]any) {
			d["credentialSubject"].(map[string]any)["alumniOf"] = "The School of Forgery"
		}), Expect{}, ErrProofSignature},
		{"issuer changed", edit(func(d, _ map[string]any) { d["issuer"] = "https://vc.example/issuers/0000" }), Expect{}, ErrProofSignature},
		{"date in the proof changed", edit(func(_, p map[string]any) { p["created"] = "2024-02-24T23:36:38Z" }), Expect{}, ErrProofSignature},
		{"another key named", edit(func(_, p map[string]any) {
			p["verificationMethod"] = other.DID + "#" + strings.TrimPrefix(other.DID, "did:key:")
		}), Expect{}, ErrProofSignature},
		{"a key its controller does not list", edit(func(_, p map[string]any) {
			p["verificationMethod"] = other.DID + "#key-9"
		}), Expect{}, ErrProofKey},
		{"a secp256k1 key", edit(func(_, p map[string]any) {
			p["verificationMethod"] = secp.DID + "#" + strings.TrimPrefix(secp.DID, "did:key:")
		}), Expect{}, ErrProofKey},
		{"an unresolvable controller", edit(func(_, p map[string]any) { p["verificationMethod"] = "did:example:nobody#key" }), Expect{}, ErrProofKey},
		{"no proof", edit(func(d, _ map[string]any) { delete(d, "proof") }), Expect{}, ErrProofMissing},
		{"another suite", edit(func(_, p map[string]any) { p["cryptosuite"] = "bbs-2023" }), Expect{}, ErrProofSuite},
		{"a mangled signature", edit(func(_, p map[string]any) { p["proofValue"] = "z3FXQ" }), Expect{}, ErrProofMalformed},
		{"authentication asked for", signed, Expect{Purpose: "authentication"}, ErrProofPurpose},
		{"a challenge asked for", signed, Expect{Challenge: "c-123"}, ErrProofChallenge},
		{"an unknown context", edit(func(d, _ map[string]any) {
			d["@context"] = append(d["@context"].([]any), "https://contexts.example/v9")
		}), Expect{}, ErrUnknownContext},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := e.Verify(context.Background(), c.doc, r, c.want)
			if !errors.Is(err, c.err) {
				t.Fatalf("error = %v, want %v", err, c.err)
			}
		})
	}
}

// A presentation-style proof: purpose authentication with challenge and
// domain, made and checked by mifm.
func TestEdDSAChallengeAndDomain(t *testing.T) {
	e, _ := NewEdDSA()
	kp, _ := NewKeyPair(Ed25519, nil)
	doc := readJSON(t, "testdata/eddsa-rdfc-2022/unsigned.json")
	vm := kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:")
	signed, err := e.Sign(maps.Clone(doc), kp, ProofOptions{VerificationMethod: vm, Purpose: "authentication", Challenge: "nonce-42", Domain: "platform-b.example"})
	if err != nil {
		t.Fatal(err)
	}
	r := NewResolver(Options{})
	if _, err := e.Verify(context.Background(), signed, r, Expect{Purpose: "authentication", Challenge: "nonce-42", Domain: "platform-b.example"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Verify(context.Background(), signed, r, Expect{Purpose: "authentication", Challenge: "nonce-43"}); !errors.Is(err, ErrProofChallenge) {
		t.Fatalf("a replayed presentation with another challenge: %v", err)
	}
	signed["proof"].(map[string]any)["domain"] = "evil.example"
	if _, err := e.Verify(context.Background(), signed, r, Expect{Purpose: "authentication"}); !errors.Is(err, ErrProofSignature) {
		t.Fatalf("an edited domain: %v", err)
	}
}
