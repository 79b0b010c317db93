package did

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

// The VC-JOSE-COSE test suite's JOSE credential verification cases, each
// with the key its mapping names.
func TestVCJOSECOSESuite(t *testing.T) {
	cases := []struct {
		number  int
		input   string
		key     string
		success bool
	}{
		{6, "credential-jose-minimal.txt", "vm-p256.json", true},
		{8, "credential-issuer-match-signed.txt", "vm-ed25519.json", true},
		{9, "credential-jose-unknown-extensions.txt", "vm-ed25519.json", false},
		{10, "credential-minimal.json", "vm-ed25519.json", false},
		{12, "credential-jose-bad-signature.txt", "vm-ed25519.json", false},
		{13, "credential-jose-bad-media-type.txt", "vm-ed25519.json", false},
		{15, "credential-jose-vc-vp-claims.txt", "vm-ed25519.json", false},
	}
	for _, c := range cases {
		input, _ := os.ReadFile("testdata/vc-jose-cose/" + c.input)
		vm := readJSON(t, "testdata/vc-jose-cose/"+c.key)
		pub, err := JWKPublicKey(vm["publicKeyJwk"].(map[string]any))
		if err != nil {
			t.Fatal(err)
		}
		err = func() error {
			j, err := ParseJWS(string(input), TypeVCJWT)
			if err != nil {
				return err
			}
			if err := j.VerifyWith(pub); err != nil {
				return err
			}
			return CheckJWTClaims(j.Claims)
		}()
		if (err == nil) != c.success {
			t.Errorf("case %d (%s): %v, want success %v", c.number, c.input, err, c.success)
		}
	}
}

func TestCredentialJWT(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	holder, _ := NewKeyPair(Ed25519, nil)
	now := time.Now().Add(time.Minute)
	for _, kt := range []KeyType{Ed25519, Secp256k1, P256, P384, P521} {
		issuer, _ := NewKeyPair(kt, nil)
		token, _, err := e.IssueCredentialJWT(IssueRequest{Issuer: issuer, Subject: holder.DID, Types: []string{"MembershipCredential"},
			Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
		if err != nil {
			t.Fatalf("%s: %v", kt, err)
		}
		res, claims := e.VerifyCredentialJWT(context.Background(), token, r, nil, now)
		if !res.Verified || res.Issuer != issuer.DID || claims["issuer"] != issuer.DID {
			t.Fatalf("%s: %+v", kt, res)
		}
		header, _ := base64.RawURLEncoding.DecodeString(strings.Split(token, ".")[0])
		want := map[KeyType]string{Ed25519: "EdDSA", Secp256k1: "ES256K", P256: "ES256", P384: "ES384", P521: "ES512"}[kt]
		if !strings.Contains(string(header), `"alg":"`+want+`"`) || !strings.Contains(string(header), `"typ":"vc+jwt"`) {
			t.Fatalf("%s header = %s", kt, header)
		}
	}

	issuer, _ := NewKeyPair(Secp256k1, nil)
	other, _ := NewKeyPair(Ed25519, nil)
	token, vc, _ := e.IssueCredentialJWT(IssueRequest{Issuer: issuer, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
	parts := strings.Split(token, ".")
	reencode := func(m map[string]any) string {
		b, _ := json.Marshal(m)
		return base64.RawURLEncoding.EncodeToString(b)
	}
	changed := map[string]any{}
	for k, v := range vc {
		changed[k] = v
	}
	changed["credentialSubject"] = map[string]any{"id": holder.DID, "membershipLevel": "platinum"}
	forgedIssuer, _ := SignJWT(map[string]any{"@context": vc["@context"], "type": vc["type"], "issuer": issuer.DID, "credentialSubject": vc["credentialSubject"]}, other, TypeVCJWT)
	noneHeader := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"vc+jwt"}`))
	cases := []struct {
		name  string
		token string
		check string
		err   error
	}{
		{"a claim changed", parts[0] + "." + reencode(changed) + "." + parts[2], "proof", ErrProofSignature},
		{"alg none", noneHeader + "." + parts[1] + ".", "jose", ErrJOSE},
		{"signed by someone else for the issuer", forgedIssuer, "issuer", nil},
		{"not a JWS", "eyJhbGciOiJFZERTQSJ9.e30", "jose", ErrJOSE},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, _ := e.VerifyCredentialJWT(context.Background(), c.token, r, nil, now)
			if res.Verified {
				t.Fatalf("verified: %+v", res)
			}
			for _, ch := range res.Checks {
				if ch.Name == c.check && !ch.OK {
					if c.err != nil && !strings.Contains(ch.Reason, c.err.Error()) {
						t.Fatalf("%s failed with %q, want %v", c.check, ch.Reason, c.err)
					}
					return
				}
			}
			t.Fatalf("no failing %s check: %+v", c.check, res.Checks)
		})
	}
	if _, err := ParseJWS(strings.Repeat("a", maxJWT+1), TypeVCJWT); !errors.Is(err, ErrJOSE) {
		t.Fatalf("an oversized token: %v", err)
	}
}
