package did

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func sdjwtFixture(t testing.TB) (e *EdDSA, issuerKey, holderKey *KeyPair, combined string) {
	t.Helper()
	e, err := NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	issuerKey, _ = NewKeyPair(Ed25519, nil)
	holderKey, _ = NewKeyPair(Ed25519, nil)
	combined, _, err = e.IssueCredentialSDJWT(IssueRequest{
		Issuer: issuerKey, Subject: holderKey.DID, Types: []string{"MembershipCredential"}, Contexts: []string{ContextMifm},
		Claims:     map[string]any{"memberOf": "did:web:platform-a.example", "membershipLevel": "gold", "birthDate": "1990-04-01"},
		ValidUntil: time.Now().Add(time.Hour),
	})
	if err != nil {
		t.Fatal(err)
	}
	return e, issuerKey, holderKey, combined
}

func TestSDJWTSelectiveDisclosure(t *testing.T) {
	ctx := context.Background()
	e, issuerKey, holderKey, combined := sdjwtFixture(t)
	r := NewResolver(Options{})
	at := time.Now().Add(time.Minute)
	if !IsSDJWT(combined) || strings.Count(combined, "~") != 3 {
		t.Fatalf("combined format %q: want a JWS and three disclosures", combined)
	}
	// The signed part shows none of the subject's claims.
	payload, _ := base64.RawURLEncoding.DecodeString(strings.Split(combined, ".")[1])
	for _, secret := range []string{"1990-04-01", "gold", "platform-a"} {
		if strings.Contains(string(payload), secret) {
			t.Fatalf("the signed payload shows %q: %s", secret, payload)
		}
	}
	names, err := SDJWTDisclosures(combined)
	if err != nil || len(names) != 3 || names["membershipLevel"] != "gold" {
		t.Fatalf("disclosures %v %v", names, err)
	}
	// The issuance form discloses everything.
	v, vc := e.VerifyCredentialSDJWT(ctx, combined, r, nil, "", "", at)
	if !v.Verified || v.Issuer != issuerKey.DID {
		t.Fatalf("issuance form: %+v", v.Checks)
	}
	if cs := vc["credentialSubject"].(map[string]any); cs["birthDate"] != "1990-04-01" || cs["id"] != holderKey.DID {
		t.Fatalf("subject %v", cs)
	}

	// The holder shows membership only, bound to the verifier's challenge.
	pres, err := DiscloseSDJWT(combined, []string{"memberOf"}, holderKey, "nonce-123", "did:web:platform-b.example")
	if err != nil {
		t.Fatal(err)
	}
	v, vc = e.VerifyCredentialSDJWT(ctx, pres, r, nil, "nonce-123", "did:web:platform-b.example", at)
	if !v.Verified {
		t.Fatalf("presentation: %+v", v.Checks)
	}
	cs := vc["credentialSubject"].(map[string]any)
	if cs["memberOf"] != "did:web:platform-a.example" || cs["birthDate"] != nil || cs["membershipLevel"] != nil || cs["_sd"] != nil {
		t.Fatalf("disclosed subject %v: want memberOf only", cs)
	}
	if _, err := DiscloseSDJWT(combined, []string{"salary"}, nil, "", ""); err == nil || !strings.Contains(err.Error(), "no disclosable claim \"salary\"") {
		t.Fatalf("disclosing an unknown claim: %v", err)
	}

	other, _ := NewKeyPair(Ed25519, nil)
	stranger, _ := DiscloseSDJWT(combined, []string{"memberOf"}, other, "nonce-123", "did:web:platform-b.example")
	unbound, _ := DiscloseSDJWT(combined, []string{"memberOf"}, nil, "", "")
	// A disclosure whose value was changed, re-encoded.
	parts := strings.Split(pres, "~")
	raw, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var d []any
	json.Unmarshal(raw, &d)
	d[2] = "did:web:evil.example"
	forgedDisclosure, _ := json.Marshal(d)
	parts[1] = base64.RawURLEncoding.EncodeToString(forgedDisclosure)
	tamperedDisclosure := strings.Join(parts, "~")
	// The signed part with its issuer changed.
	jwsParts := strings.Split(strings.Split(combined, "~")[0], ".")
	body, _ := base64.RawURLEncoding.DecodeString(jwsParts[1])
	body = []byte(strings.Replace(string(body), issuerKey.DID, other.DID, 1))
	jwsParts[1] = base64.RawURLEncoding.EncodeToString(body)
	tamperedPayload := strings.Join(jwsParts, ".") + "~" + strings.SplitN(combined, "~", 2)[1]
	for _, tc := range []struct {
		name, token, challenge, domain string
		check                          string
		want                           error
	}{
		{"wrong challenge", pres, "nonce-999", "did:web:platform-b.example", "proof", ErrProofChallenge},
		{"wrong domain", pres, "nonce-123", "did:web:platform-c.example", "proof", ErrProofChallenge},
		{"bound by another key", stranger, "nonce-123", "did:web:platform-b.example", "proof", ErrProofChallenge},
		{"no binding where one is asked", unbound, "nonce-123", "", "proof", ErrProofChallenge},
		{"tampered disclosure", tamperedDisclosure, "nonce-123", "did:web:platform-b.example", "proof", ErrProofSignature},
		{"tampered payload", tamperedPayload, "", "", "proof", ErrProofSignature},
		{"not an SD-JWT", "eyJhbGciOiJub25lIn0.e30.~", "", "", "jose", ErrJOSE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, _ := e.VerifyCredentialSDJWT(ctx, tc.token, r, nil, tc.challenge, tc.domain, at)
			if v.Verified {
				t.Fatal("verified")
			}
			var failed *Check
			for i := range v.Checks {
				if !v.Checks[i].OK {
					failed = &v.Checks[i]
					break
				}
			}
			if failed == nil || failed.Name != tc.check || !strings.Contains(failed.Reason, tc.want.Error()) {
				t.Fatalf("checks %+v: want %s to fail with %v", v.Checks, tc.check, tc.want)
			}
		})
	}
	// Past its validUntil, the credential is refused for that reason.
	if v, _ := e.VerifyCredentialSDJWT(ctx, pres, r, nil, "nonce-123", "did:web:platform-b.example", time.Now().Add(2*time.Hour)); v.Verified {
		t.Fatal("an expired SD-JWT credential verified")
	}
}

func FuzzVerifySDJWT(f *testing.F) {
	e, _, holderKey, combined := sdjwtFixture(f)
	pres, _ := DiscloseSDJWT(combined, []string{"memberOf"}, holderKey, "n", "d")
	f.Add(combined)
	f.Add(pres)
	f.Add("eyJhbGciOiJFZERTQSJ9.e30.~WyJzIiwiYSIsMV0~")
	r := NewResolver(Options{})
	// Whatever comes in, verification answers with checks, never a panic;
	// what verifies is an SD-JWT whose signed part starts the input.
	f.Fuzz(func(t *testing.T, s string) {
		v, vc := e.VerifyCredentialSDJWT(context.Background(), s, r, nil, "n", "d", time.Now())
		if len(v.Checks) == 0 || v.Verified && (!IsSDJWT(s) || vc == nil) {
			t.Fatalf("%q: %+v", s, v)
		}
	})
}

// A stranger's SD-JWT with thousands of disclosures is refused before
// aries checks each one.
func TestSDJWTTooManyDisclosures(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	token := "eyJhbGciOiJFZERTQSJ9.e30.sig" + strings.Repeat("~WyJzIiwibiIsMV0", maxDisclosures+1) + "~"
	v, _ := e.VerifyCredentialSDJWT(context.Background(), token, r, nil, "", "", time.Now())
	if v.Verified || !strings.Contains(v.Checks[0].Reason, "disclosures, at most") {
		t.Fatalf("%+v", v.Checks)
	}
}
