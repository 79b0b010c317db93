package did

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"strings"
	"testing"
	"time"
)

// The VC-JOSE-COSE test suite's JOSE credential verification cases, each
// verified with the key its mapping names given out of band, as the
// suite's harness gives it.
func TestVCJOSECOSESuite(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
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
	now := time.Date(2024, 12, 16, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		input, _ := os.ReadFile("testdata/vc-jose-cose/" + c.input)
		data, _ := os.ReadFile("testdata/vc-jose-cose/" + c.key)
		key, err := ParseKnownKey(data)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := e.VerifyCredentialJWTWith(context.Background(), string(input), []*KnownKey{key}, r, nil, now)
		if v.Verified != c.success {
			t.Errorf("case %d (%s): %+v, want success %v", c.number, c.input, v.Checks, c.success)
		}
	}
}

// A key given out of band: a verification method or a bare public JWK;
// its kid, id or RFC 7638 thumbprint must be the token's kid; a private
// JWK is refused; a key that is not the issuer's controller fails the
// issuer check.
func TestKnownKey(t *testing.T) {
	for file, thumb := range map[string]string{
		"vm-p256.json":    "73voMXFNmNlOEpuYCSJlh8eN0dscykoO6gBukgRS1uU",
		"vm-p384.json":    "96qBnDpvS6x8YSCH_xmnLlXZMkDhHBr8lj99u5aog7s",
		"vm-ed25519.json": "2aOHaQxsWVT4mLsUkdtlCnUV-au0BBR-5yPYaPaCc5k",
	} {
		vm := readJSON(t, "testdata/vc-jose-cose/"+file)
		jwk := maps.Clone(vm["publicKeyJwk"].(map[string]any))
		delete(jwk, "kid")
		if got, err := jwkThumbprint(jwk); err != nil || got != thumb {
			t.Errorf("%s: thumbprint %s, %v; want %s", file, got, err, thumb)
		}
		bare, _ := json.Marshal(jwk)
		k, err := ParseKnownKey(bare)
		if err != nil || !k.Names(thumb) || k.Names("other") || k.Controller != "" {
			t.Errorf("%s as a bare JWK: %+v, %v", file, k, err)
		}
		secret, _ := json.Marshal(vm["secretKeyJwk"])
		if _, err := ParseKnownKey(secret); !errors.Is(err, ErrKnownKey) || !strings.Contains(err.Error(), "private key") {
			t.Errorf("%s's secret JWK: %v", file, err)
		}
	}
	for _, bad := range []string{`[]`, `{"kty":"RSA","n":"AQAB","e":"AQAB"}`, `{"id":"#k","type":"JsonWebKey"}`, `{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}`, strings.Repeat(" ", maxKnownKey+1)} {
		if _, err := ParseKnownKey([]byte(bad)); !errors.Is(err, ErrKnownKey) {
			t.Errorf("ParseKnownKey(%.40s) = %v", bad, err)
		}
	}

	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	now := time.Now().Add(time.Minute)
	issuer, _ := NewKeyPair(P256, nil)
	holder, _ := NewKeyPair(Ed25519, nil)
	token, _, err := e.IssueCredentialJWT(IssueRequest{Issuer: issuer, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
	if err != nil {
		t.Fatal(err)
	}
	vmJSON := func(kp *KeyPair, id, controller string) []byte {
		doc, _ := resolveKey(kp.DID, FormatJWK)
		b, _ := json.Marshal(map[string]any{"id": id, "type": "JsonWebKey", "controller": controller, "publicKeyJwk": doc.VerificationMethod[0].PublicKeyJwk})
		return b
	}
	other, _ := NewKeyPair(P256, nil)
	bareJWK := func(kp *KeyPair) []byte {
		doc, _ := resolveKey(kp.DID, FormatJWK)
		jwk := maps.Clone(doc.VerificationMethod[0].PublicKeyJwk)
		jwk["kid"] = keyVM(kp.DID)
		b, _ := json.Marshal(jwk)
		return b
	}
	for _, c := range []struct {
		name   string
		key    []byte
		failed string
	}{
		{"the issuer's own method", vmJSON(issuer, keyVM(issuer.DID), issuer.DID), ""},
		{"another id for the same key", vmJSON(issuer, "https://issuer.example#k1", issuer.DID), "proof"},
		{"the key given for someone else", vmJSON(issuer, keyVM(issuer.DID), "did:web:someone.example"), "issuer"},
		{"another key under the token's kid", vmJSON(other, keyVM(issuer.DID), issuer.DID), "proof"},
		// A bare JWK proves the signature but binds it to no issuer.
		{"the issuer's key as a bare JWK", bareJWK(issuer), "issuer"},
	} {
		k, err := ParseKnownKey(c.key)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		v, _ := e.VerifyCredentialJWTWith(context.Background(), token, []*KnownKey{k}, r, nil, now)
		failed := ""
		for _, ch := range v.Checks {
			if !ch.OK && failed == "" {
				failed = ch.Name
			}
		}
		if failed != c.failed || v.Verified != (c.failed == "") {
			t.Errorf("%s: %+v, want %q to fail first", c.name, v.Checks, c.failed)
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

// craftJWT signs header and claims as given, with the signing method alg
// names, so a test can make the tokens a careless issuer or an attacker
// would: a header that lies about its algorithm, times out of range.
func craftJWT(t *testing.T, header, claims map[string]any, kp *KeyPair, alg string) string {
	t.Helper()
	enc := func(m map[string]any) string {
		b, _ := json.Marshal(m)
		return base64.RawURLEncoding.EncodeToString(b)
	}
	signing := enc(header) + "." + enc(claims)
	priv, err := kp.privateKey()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := methodByAlg(alg).Sign(signing, priv)
	if err != nil {
		t.Fatal(err)
	}
	return signing + "." + sig
}

// A vc+jwt is refused when its header names an algorithm its key does not
// sign with (RFC 8725 3.1), outside its iat/nbf/exp window (RFC 7519, with
// ClockSkew), or without a typ, each with a reason that says so.
func TestCredentialJWTStrict(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	holder, _ := NewKeyPair(Ed25519, nil)
	k1, _ := NewKeyPair(Secp256k1, nil)
	ed, _ := NewKeyPair(Ed25519, nil)
	now := time.Now().Add(time.Minute)
	_, vc, err := e.IssueCredentialJWT(IssueRequest{Issuer: k1, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
	if err != nil {
		t.Fatal(err)
	}
	with := func(extra map[string]any) map[string]any {
		out := map[string]any{}
		for k, v := range vc {
			out[k] = v
		}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
	head := func(kp *KeyPair, alg string, typ any) map[string]any {
		h := map[string]any{"alg": alg, "kid": keyVM(kp.DID)}
		if typ != nil {
			h["typ"] = typ
		}
		return h
	}
	edVC := with(map[string]any{"issuer": ed.DID})
	cases := []struct {
		name   string
		token  string
		check  string
		reason string
	}{
		{"ES256 header on a secp256k1 key", craftJWT(t, head(k1, "ES256", TypeVCJWT), vc, k1, "ES256K"), "proof", "alg ES256 on a key that signs ES256K"},
		{"ES256K header and signature (the control)", craftJWT(t, head(k1, "ES256K", TypeVCJWT), vc, k1, "ES256K"), "", ""},
		{"EdDSA header on a secp256k1 key", craftJWT(t, head(k1, "EdDSA", TypeVCJWT), vc, ed, "EdDSA"), "proof", "alg EdDSA on a key that signs ES256K"},
		{"expired", craftJWT(t, head(ed, "EdDSA", TypeVCJWT), with2(edVC, "exp", now.Add(-2*time.Minute)), ed, "EdDSA"), "jwt-times", "expired at"},
		{"expired within the skew", craftJWT(t, head(ed, "EdDSA", TypeVCJWT), with2(edVC, "exp", now.Add(-ClockSkew/2)), ed, "EdDSA"), "", ""},
		{"not yet valid", craftJWT(t, head(ed, "EdDSA", TypeVCJWT), with2(edVC, "nbf", now.Add(5*time.Minute)), ed, "EdDSA"), "jwt-times", "nbf"},
		{"issued in the future", craftJWT(t, head(ed, "EdDSA", TypeVCJWT), with2(edVC, "iat", now.Add(5*time.Minute)), ed, "EdDSA"), "jwt-times", "iat"},
		{"exp not a date", craftJWT(t, head(ed, "EdDSA", TypeVCJWT), with(map[string]any{"issuer": ed.DID, "exp": "tomorrow"}), ed, "EdDSA"), "jwt-times", "not a NumericDate"},
		{"exp negative", craftJWT(t, head(ed, "EdDSA", TypeVCJWT), with(map[string]any{"issuer": ed.DID, "exp": -1}), ed, "EdDSA"), "jwt-times", "not a NumericDate"},
		{"exp an RFC 3339 date passed", craftJWT(t, head(ed, "EdDSA", TypeVCJWT), with(map[string]any{"issuer": ed.DID, "exp": "2020-01-01T00:00:00Z"}), ed, "EdDSA"), "jwt-times", "expired at 2020-01-01T00:00:00Z"},
		{"no typ", craftJWT(t, head(ed, "EdDSA", nil), edVC, ed, "EdDSA"), "jose", `the header has no typ, want "vc+jwt"`},
		{"typ a number", craftJWT(t, head(ed, "EdDSA", 7), edVC, ed, "EdDSA"), "jose", `typ must be a string, want "vc+jwt"`},
		{"typ JWT", craftJWT(t, head(ed, "EdDSA", "JWT"), edVC, ed, "EdDSA"), "jose", `typ "JWT", want "vc+jwt"`},
		{"typ with its application/ prefix, in capitals", craftJWT(t, head(ed, "EdDSA", "Application/VC+JWT"), edVC, ed, "EdDSA"), "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, _ := e.VerifyCredentialJWT(context.Background(), c.token, r, nil, now)
			if c.check == "" {
				if !res.Verified {
					t.Fatalf("refused: %+v", res.Checks)
				}
				return
			}
			if res.Verified {
				t.Fatalf("verified: %+v", res)
			}
			for _, ch := range res.Checks {
				if ch.Name == c.check && !ch.OK {
					if !strings.Contains(ch.Reason, c.reason) || strings.Contains(ch.Reason, "%!") {
						t.Fatalf("%s failed with %q, want %q", c.check, ch.Reason, c.reason)
					}
					return
				}
			}
			t.Fatalf("no failing %s check: %+v", c.check, res.Checks)
		})
	}
}

// with2 is vc with one NumericDate claim set.
func with2(vc map[string]any, claim string, at time.Time) map[string]any {
	out := map[string]any{claim: at.Unix()}
	for k, v := range vc {
		if k != claim {
			out[k] = v
		}
	}
	return out
}
