package did

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// An HTTPS issuer without a DID publishes its keys as JWT VC issuer
// metadata: vc+jwt, SD-JWT and COSE credentials whose kid is a key's
// thumbprint verify against them, fetched once per TTL; metadata naming
// another issuer, a key the issuer did not publish, a JWKS too big and a
// plain-HTTP jwks_uri are refused.
func TestIssuerPublishedKeys(t *testing.T) {
	e, _ := NewEdDSA()
	issuerKey, _ := NewKeyPair(P256, nil)
	otherKey, _ := NewKeyPair(P256, nil)
	holder, _ := NewKeyPair(Ed25519, nil)
	jwkOf := func(kp *KeyPair) map[string]any {
		doc, _ := resolveKey(kp.DID, FormatJWK)
		return doc.VerificationMethod[0].PublicKeyJwk
	}
	var hits atomic.Int32
	var base string
	bodies := map[string]string{}
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		hits.Add(1)
		body, ok := bodies[req.URL.Path]
		if !ok {
			http.NotFound(w, req)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(strings.ReplaceAll(body, "BASE", base)))
	}))
	defer srv.Close()
	base = srv.URL
	jwks, _ := json.Marshal(map[string]any{"keys": []any{jwkOf(issuerKey)}})
	bodies["/.well-known/jwt-vc-issuer/issuers/a"] = `{"issuer":"BASE/issuers/a","jwks":` + string(jwks) + `}`
	bodies["/.well-known/jwt-vc-issuer/issuers/b"] = `{"issuer":"BASE/issuers/b","jwks_uri":"BASE/b/jwks.json"}`
	bodies["/b/jwks.json"] = string(jwks)
	bodies["/.well-known/jwt-vc-issuer/issuers/liar"] = `{"issuer":"BASE/issuers/a","jwks":` + string(jwks) + `}`
	bodies["/.well-known/jwt-vc-issuer/issuers/big"] = `{"issuer":"BASE/issuers/big","jwks":{"keys":[` + strings.Repeat(" ", maxIssuerMetadata) + `]}}`
	bodies["/.well-known/jwt-vc-issuer/issuers/plain"] = `{"issuer":"BASE/issuers/plain","jwks_uri":"http://example.com/jwks.json"}`

	r := NewResolver(Options{HTTP: srv.Client(), TTL: time.Minute, Timeouts: map[string]time.Duration{"web": 2 * time.Second}})
	ctx := context.Background()
	now := time.Now().Add(time.Minute)
	thumb, _ := jwkThumbprint(jwkOf(issuerKey))
	issue := func(issuer string, kp *KeyPair) (string, []byte, string) {
		t.Helper()
		vc, err := e.unsignedCredential(IssueRequest{Issuer: kp, IssuerDID: issuer, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
		if err != nil {
			t.Fatal(err)
		}
		token, err := SignJWTAs(vc, kp, thumb, TypeVCJWT)
		if err != nil {
			t.Fatal(err)
		}
		msg, err := SignCOSE(vc, kp, thumb, MediaTypeVCCOSE)
		if err != nil {
			t.Fatal(err)
		}
		sd, _, err := e.IssueCredentialSDJWT(IssueRequest{Issuer: kp, IssuerDID: issuer, VerificationMethod: thumb, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
		if err != nil {
			t.Fatal(err)
		}
		return token, msg, sd
	}
	for _, path := range []string{"/issuers/a", "/issuers/b"} {
		token, msg, sd := issue(base+path, issuerKey)
		v, _ := e.VerifyCredentialJWT(ctx, token, r, nil, now)
		vc, _ := e.VerifyCredentialCOSE(ctx, msg, nil, r, nil, now)
		vs, _ := e.VerifyCredentialSDJWT(ctx, sd, r, nil, "", "", now)
		if !v.Verified || !vc.Verified || !vs.Verified || v.Issuer != base+path {
			t.Fatalf("%s: jwt %+v\ncose %+v\nsd-jwt %+v", path, v.Checks, vc.Checks, vs.Checks)
		}
	}
	before := hits.Load()
	token, _, _ := issue(base+"/issuers/a", issuerKey)
	if v, _ := e.VerifyCredentialJWT(ctx, token, r, nil, now); !v.Verified || hits.Load() != before {
		t.Fatalf("a second verification within the TTL fetched again (%d fetches)", hits.Load()-before)
	}
	for _, c := range []struct {
		name, path string
		kp         *KeyPair
		want       string
	}{
		{"a key the issuer did not publish", "/issuers/a", otherKey, "signature"},
		{"metadata naming another issuer", "/issuers/liar", issuerKey, "names issuer"},
		{"metadata too big", "/issuers/big", issuerKey, "larger than"},
		{"a plain-HTTP jwks_uri", "/issuers/plain", issuerKey, "no https jwks_uri"},
		{"no metadata", "/issuers/none", issuerKey, "404"},
	} {
		token, _, _ := issue(base+c.path, c.kp)
		v, _ := e.VerifyCredentialJWT(ctx, token, r, nil, now)
		if v.Verified || !strings.Contains(v.Checks[2].Reason, c.want) {
			t.Errorf("%s: %+v", c.name, v.Checks)
		}
	}
	if _, err := r.IssuerKeys(ctx, "http://issuer.example"); !errors.Is(err, ErrIssuerKeys) {
		t.Fatalf("a plain-HTTP issuer: %v", err)
	}
	if u, _ := IssuerMetadataURL("https://issuer.example/tenants/7/"); u.String() != "https://issuer.example/.well-known/jwt-vc-issuer/tenants/7" {
		t.Fatalf("metadata URL %s", u)
	}
}
