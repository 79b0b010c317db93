package vcjs_test

import (
	"context"
	"crypto/ecdh"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/testnet/vcjs"
)

const (
	challenge = "nonce-77a0"
	domain    = "did:web:platform-b.example"
)

func issueTo(t *testing.T, e *did.EdDSA, subject string) string {
	t.Helper()
	issuer, _ := did.NewKeyPair(did.Ed25519, nil)
	vc, _, err := e.IssueCredentialJWT(did.IssueRequest{Issuer: issuer, Subject: subject, Types: []string{"MembershipCredential"},
		Contexts: []string{did.ContextMifm}, Claims: map[string]any{"memberOf": "did:web:platform-a.example"}})
	if err != nil {
		t.Fatal(err)
	}
	return vc
}

// did-jwt-vc's presentations of mifm's credentials verify in mifm, for the
// challenge and domain they were made for only.
func TestDidJwtVcPresentationVerifiesInMifm(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Node.js processes")
	}
	vcjs.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	e, err := did.NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	r := did.NewResolver(did.Options{})
	for _, tc := range []struct {
		kt    did.KeyType
		js    string
		keyID bool
	}{{did.Ed25519, "ed25519", false}, {did.Secp256k1, "secp256k1", false}, {did.Secp256k1, "secp256k1", true}} {
		t.Run(tc.js, func(t *testing.T) {
			kp, _ := did.NewKeyPair(tc.kt, nil)
			vc := issueTo(t, e, kp.DID)
			jwt, holder, err := vcjs.Present(ctx, vcjs.PresentRequest{HolderKey: hex.EncodeToString(kp.Private), KeyType: tc.js,
				Credentials: []string{vc}, Challenge: challenge, Domain: domain, KeyID: tc.keyID})
			if err != nil {
				t.Fatal(err)
			}
			if holder != kp.DID {
				t.Fatalf("did-jwt-vc's holder %s, mifm's did:key %s", holder, kp.DID)
			}
			if !did.IsJWTPresentation(jwt) {
				t.Fatal("IsJWTPresentation = false")
			}
			res, presented := e.VerifyPresentationJWT(ctx, jwt, r, nil, challenge, domain, time.Now())
			if !res.Verified || len(presented) != 1 || res.Holder != kp.DID {
				t.Fatalf("mifm refuses did-jwt-vc's presentation: %+v", res.Checks)
			}
			res, _ = e.VerifyPresentationJWT(ctx, jwt, r, nil, challenge, "did:web:platform-c.example", time.Now())
			if res.Verified {
				t.Fatal("accepted for another domain")
			}
			res, _ = e.VerifyPresentationJWT(ctx, jwt, r, nil, "another", domain, time.Now())
			if res.Verified {
				t.Fatal("accepted for another challenge")
			}
		})
	}
}

// jwtVC11 is a JWT-VC 1.1 about subject, signed with SignInput: did-jwt-vc
// checks the shape of the credentials in a presentation it verifies, and
// refuses VCDM 2.0 ones (a vc+jwt's v2 context is not its "default context"
// https://www.w3.org/2018/credentials/v1), so mifm's presentation to it
// carries the form it issues itself.
func jwtVC11(t *testing.T, subject string) string {
	t.Helper()
	issuer, _ := did.NewKeyPair(did.Ed25519, nil)
	enc := func(v any) string {
		b, _ := json.Marshal(v)
		return base64.RawURLEncoding.EncodeToString(b)
	}
	in := enc(map[string]any{"alg": "EdDSA", "typ": "JWT"}) + "." + enc(map[string]any{
		"iss": issuer.DID, "sub": subject, "nbf": time.Now().Add(-time.Minute).Unix(),
		"vc": map[string]any{"@context": []any{did.ContextVCv1}, "type": []any{"VerifiableCredential"}, "credentialSubject": map[string]any{"memberOf": "did:web:platform-a.example"}},
	})
	sig, err := did.SignInput(issuer, in)
	if err != nil {
		t.Fatal(err)
	}
	return did.CompleteJWS(in, sig)
}

// mifm's presentations (PresentationJWT and SignInput) verify in
// did-jwt-vc, and in mifm; a tampered one does not.
func TestMifmPresentationVerifiesInDidJwtVc(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Node.js processes")
	}
	vcjs.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	e, err := did.NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	for _, kt := range []did.KeyType{did.Ed25519, did.Secp256k1} {
		t.Run(string(kt), func(t *testing.T) {
			kp, _ := did.NewKeyPair(kt, nil)
			in, err := did.PresentationJWT{Holder: kp.DID, Credentials: []any{jwtVC11(t, kp.DID)}, Challenge: challenge, Domain: domain}.SigningInput()
			if err != nil {
				t.Fatal(err)
			}
			sig, err := did.SignInput(kp, in)
			if err != nil {
				t.Fatal(err)
			}
			jwt := did.CompleteJWS(in, sig)
			v, err := vcjs.Verify(ctx, jwt, challenge, domain)
			if err != nil {
				t.Fatal(err)
			}
			if !v.Verified || v.Holder != kp.DID || v.Credentials != 1 || !strings.HasPrefix(v.Signer, kp.DID+"#") {
				t.Fatalf("did-jwt-vc says %+v", v)
			}
			if res, _ := e.VerifyPresentationJWT(ctx, jwt, did.NewResolver(did.Options{}), nil, challenge, domain, time.Now()); !res.Verified {
				t.Fatalf("mifm refuses its own presentation of a JWT-VC 1.1: %+v", res.Checks)
			}
			for name, bad := range map[string][3]string{
				"tampered signature": {jwt[:len(jwt)-6] + "AAAAAA", challenge, domain},
				"another domain":     {jwt, challenge, "did:web:platform-c.example"},
				"another challenge":  {jwt, "another", domain},
			} {
				_, err := vcjs.Verify(ctx, bad[0], bad[1], bad[2])
				var verr *vcjs.Error
				if !errors.As(err, &verr) {
					t.Errorf("%s: did-jwt-vc: %v", name, err)
				}
			}
		})
	}
}

// SD-JWT VCs (typ dc+sd-jwt, the IETF draft) cross between mifm and the
// OpenWallet Foundation's @sd-jwt/sd-jwt-vc both ways: its verifier takes
// mifm's presentations with their Key Binding JWT, mifm takes its
// presentations, and each refuses the other's presentation for another
// nonce.
func TestSDJWTVCBothWays(t *testing.T) {
	ctx, e, r := outside(t)
	issuer, _ := did.NewKeyPair(did.Ed25519, nil)
	holder, _ := did.NewKeyPair(did.Ed25519, nil)
	_, pub, _ := did.ParseKeyDID(issuer.DID)
	issuerJWK := map[string]any{"kty": "OKP", "crv": "Ed25519", "x": base64.RawURLEncoding.EncodeToString(pub)}
	vct := "https://platform-a.example/vct/membership"

	t.Run("mifm issues, @sd-jwt verifies", func(t *testing.T) {
		vc, err := did.IssueSDJWTVC(did.SDJWTVCRequest{Issuer: issuer, VCT: vct, Subject: holder.DID,
			Claims: map[string]any{"memberOf": "did:web:platform-a.example", "level": "gold"}})
		if err != nil {
			t.Fatal(err)
		}
		pres, err := did.DiscloseSDJWT(vc, []string{"level"}, holder, challenge, domain)
		if err != nil {
			t.Fatal(err)
		}
		v, err := vcjs.VerifySDJWTVC(ctx, pres, issuerJWK, challenge, domain)
		if err != nil {
			t.Fatal(err)
		}
		if !v.Verified || !v.KB || v.Claims["level"] != "gold" || v.Claims["vct"] != vct {
			t.Fatalf("%+v", v)
		}
		if _, shown := v.Claims["memberOf"]; shown {
			t.Fatalf("a withheld claim shows: %v", v.Claims)
		}
		var jsErr *vcjs.Error
		if _, err := vcjs.VerifySDJWTVC(ctx, pres, issuerJWK, "another-nonce", domain); !errors.As(err, &jsErr) {
			t.Fatalf("@sd-jwt took the presentation for another nonce: %v", err)
		}
	})
	t.Run("@sd-jwt issues, mifm verifies", func(t *testing.T) {
		_, pres, err := vcjs.IssueSDJWTVC(ctx, vcjs.SDJWTIssueRequest{
			IssuerKey: hex.EncodeToString(issuer.Private), Iss: issuer.DID, KID: issuer.DID + "#" + strings.TrimPrefix(issuer.DID, "did:key:"),
			VCT: vct, Claims: map[string]any{"memberOf": "did:web:platform-a.example", "level": "gold"},
			HolderKey: hex.EncodeToString(holder.Private), Present: []string{"memberOf"}, Nonce: challenge, Aud: domain,
		})
		if err != nil {
			t.Fatal(err)
		}
		v, claims := e.VerifyCredentialSDJWT(ctx, pres, r, nil, challenge, domain, time.Now())
		if !v.Verified || v.Issuer != issuer.DID || claims["memberOf"] != "did:web:platform-a.example" {
			t.Fatalf("%+v %v", v.Checks, claims)
		}
		if _, shown := claims["level"]; shown {
			t.Fatalf("a withheld claim shows: %v", claims)
		}
		if v, _ := e.VerifyCredentialSDJWT(ctx, pres, r, nil, "another-nonce", domain, time.Now()); v.Verified {
			t.Fatal("mifm took the presentation for another nonce")
		}
	})
}

// COSE-secured credentials (application/vc+cose) cross between mifm and
// @transmute/cose both ways, P-256: its verifier takes mifm's, with the
// typ and content type VC-JOSE-COSE gives; mifm takes its, and refuses it
// once a byte of the payload changed.
func TestCOSEBothWays(t *testing.T) {
	ctx, e, r := outside(t)
	issuer, _ := did.NewKeyPair(did.P256, nil)
	priv, err := ecdh.P256().NewPrivateKey(issuer.Private)
	if err != nil {
		t.Fatal(err)
	}
	point := priv.PublicKey().Bytes() // 0x04 || x || y
	b64 := base64.RawURLEncoding.EncodeToString
	publicJWK := map[string]any{"kty": "EC", "crv": "P-256", "x": b64(point[1:33]), "y": b64(point[33:])}
	privateJWK := map[string]any{"kty": "EC", "crv": "P-256", "x": b64(point[1:33]), "y": b64(point[33:]), "d": b64(issuer.Private)}
	kid := issuer.DID + "#" + strings.TrimPrefix(issuer.DID, "did:key:")
	subject, _ := did.NewKeyPair(did.Ed25519, nil)

	t.Run("mifm secures, @transmute/cose verifies", func(t *testing.T) {
		msg, vc, err := e.IssueCredentialCOSE(did.IssueRequest{Issuer: issuer, Subject: subject.DID, Types: []string{"MembershipCredential"},
			Contexts: []string{did.ContextMifm}, Claims: map[string]any{"memberOf": "did:web:platform-a.example"}})
		if err != nil {
			t.Fatal(err)
		}
		v, err := vcjs.VerifyCOSE(ctx, msg, publicJWK)
		if err != nil {
			t.Fatal(err)
		}
		if !v.Verified || v.Typ != "application/vc+cose" || v.Cty != "application/vc" || v.Credential["id"] != vc["id"] {
			t.Fatalf("%+v", v)
		}
		tampered := append([]byte(nil), msg...)
		i := strings.Index(string(tampered), "platform-a")
		tampered[i] = 'P'
		var jsErr *vcjs.Error
		if _, err := vcjs.VerifyCOSE(ctx, tampered, publicJWK); !errors.As(err, &jsErr) {
			t.Fatalf("@transmute/cose took a changed credential: %v", err)
		}
	})
	t.Run("@transmute/cose secures, mifm verifies", func(t *testing.T) {
		credential := membership(issuer.DID, subject.DID)
		msg, err := vcjs.SignCOSE(ctx, credential, privateJWK, kid)
		if err != nil {
			t.Fatal(err)
		}
		v, got := e.VerifyCredentialCOSE(ctx, msg, nil, r, nil, time.Now())
		if !v.Verified || v.Issuer != issuer.DID || got["id"] != credential["id"] {
			t.Fatalf("%+v", v.Checks)
		}
		i := strings.Index(string(msg), "platform-a")
		msg[i] = 'P'
		if v, _ := e.VerifyCredentialCOSE(ctx, msg, nil, r, nil, time.Now()); v.Verified {
			t.Fatal("mifm took a changed credential")
		}
	})
}

// VC-JOSE-COSE JWTs cross between mifm and panva's jose both ways: jose
// verifies mifm's vc+jwt credentials and vp+jwt presentations (signature,
// typ, nonce, aud); mifm verifies jose's, a credential enveloped in a
// presentation included, and refuses one for another challenge.
func TestVCJOSEBothWays(t *testing.T) {
	ctx, e, r := outside(t)
	b64 := base64.RawURLEncoding.EncodeToString
	jwks := func(kp *did.KeyPair) (public, private map[string]any, kid string) {
		_, pub, _ := did.ParseKeyDID(kp.DID)
		public = map[string]any{"kty": "OKP", "crv": "Ed25519", "x": b64(pub)}
		private = map[string]any{"kty": "OKP", "crv": "Ed25519", "x": b64(pub), "d": b64(kp.Private)}
		return public, private, kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:")
	}
	issuer, _ := did.NewKeyPair(did.Ed25519, nil)
	holder, _ := did.NewKeyPair(did.Ed25519, nil)
	issuerPub, issuerPriv, issuerKID := jwks(issuer)
	holderPub, holderPriv, holderKID := jwks(holder)
	now := time.Now()

	t.Run("mifm secures, jose verifies", func(t *testing.T) {
		vc, cred, err := e.IssueCredentialJWT(did.IssueRequest{Issuer: issuer, Subject: holder.DID, Types: []string{"MembershipCredential"},
			Contexts: []string{did.ContextMifm}, Claims: map[string]any{"memberOf": "did:web:platform-a.example"}})
		if err != nil {
			t.Fatal(err)
		}
		v, err := vcjs.VerifyJOSE(ctx, vc, issuerPub, did.TypeVCJWT, "", "")
		if err != nil {
			t.Fatal(err)
		}
		if !v.Verified || v.Claims["id"] != cred["id"] || v.Header["kid"] != issuerKID {
			t.Fatalf("%+v", v)
		}
		vp, err := did.PresentEnveloped(holder, []string{vc}, challenge, domain, now)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := vcjs.VerifyJOSE(ctx, vp, holderPub, "vp+jwt", challenge, domain); err != nil || v.Claims["holder"] != holder.DID {
			t.Fatalf("jose on mifm's vp+jwt: %+v %v", v, err)
		}
		var jsErr *vcjs.Error
		if _, err := vcjs.VerifyJOSE(ctx, vc, issuerPub, "vp+jwt", "", ""); !errors.As(err, &jsErr) {
			t.Fatalf("jose took a vc+jwt as a vp+jwt: %v", err)
		}
	})
	t.Run("jose secures, mifm verifies", func(t *testing.T) {
		credential := membership(issuer.DID, holder.DID)
		vc, err := vcjs.SignJOSE(ctx, credential, issuerPriv, "EdDSA", issuerKID, did.TypeVCJWT)
		if err != nil {
			t.Fatal(err)
		}
		if v, got := e.VerifyCredentialJWT(ctx, vc, r, nil, now); !v.Verified || got["id"] != credential["id"] {
			t.Fatalf("mifm on jose's vc+jwt: %+v", v.Checks)
		}
		presentation := map[string]any{
			"@context": []any{"https://www.w3.org/ns/credentials/v2"}, "type": []any{"VerifiablePresentation"}, "holder": holder.DID,
			"verifiableCredential": []any{map[string]any{"@context": "https://www.w3.org/ns/credentials/v2", "type": "EnvelopedVerifiableCredential",
				"id": "data:application/vc+jwt," + vc}},
			"nonce": challenge, "aud": domain, "iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(),
		}
		vp, err := vcjs.SignJOSE(ctx, presentation, holderPriv, "EdDSA", holderKID, "vp+jwt")
		if err != nil {
			t.Fatal(err)
		}
		res, _ := e.VerifyPresentationEnveloped(ctx, []byte(vp), nil, r, nil, did.PresentationCheck{Challenge: challenge, Domain: domain}, now)
		if !res.Verified || res.Holder != holder.DID || len(res.Credentials) != 1 || !res.Credentials[0].Verified {
			t.Fatalf("mifm on jose's vp+jwt: %+v", res)
		}
		if res, _ := e.VerifyPresentationEnveloped(ctx, []byte(vp), nil, r, nil, did.PresentationCheck{Challenge: "another", Domain: domain}, now); res.Verified {
			t.Fatal("mifm took jose's presentation for another challenge")
		}
	})
}

// outside starts a test against the Node.js stack: skipped with -short,
// and without the npm packages (failed in CI), with a minute to run.
func outside(t *testing.T) (context.Context, *did.EdDSA, *did.Resolver) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts Node.js processes")
	}
	vcjs.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	e, err := did.NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	return ctx, e, did.NewResolver(did.Options{})
}

// membership is a VCDM 2.0 credential an outside issuer secures.
func membership(issuer, subject string) map[string]any {
	return map[string]any{
		"@context": []any{"https://www.w3.org/ns/credentials/v2", did.ContextMifm},
		"id":       "urn:uuid:0b5a7c2e-1f1e-4a43-9f38-6a8f1d2c3b4a", "type": []any{"VerifiableCredential", "MembershipCredential"},
		"issuer": issuer, "validFrom": "2026-01-01T00:00:00Z",
		"credentialSubject": map[string]any{"id": subject, "memberOf": "did:web:platform-a.example"},
	}
}
