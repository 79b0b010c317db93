// Package vcjs runs testnet/vc-js, a verifiable-credentials stack outside
// mifm, as child processes, so that mifm's JWT presentations are tested
// against one it did not write: did-jwt-vc 4.0.16 over did-jwt 8.0.18,
// resolving did:key with did-resolver 4.1.0 and key-did-resolver 4.0.0
// (pinned in testnet/vc-js/package.json). present.mjs makes a presentation
// as a holder's wallet there would; verify.mjs verifies one as a verifier
// there would. sdjwt.mjs issues, presents and verifies SD-JWT VCs with the
// OpenWallet Foundation's @sd-jwt/sd-jwt-vc 0.19.0, cose.mjs signs and
// verifies COSE credentials with @transmute/cose 0.2.11, and jose.mjs
// VC-JOSE-COSE JWTs (vc+jwt, vp+jwt) with panva's jose 6.2.18. A request, key
// included, goes to the script on stdin, never on its command line; the
// answer comes back as JSON.
//
// The scripts need Node.js and the npm packages that `make vc-js-deps`
// installs (make test does it). Tests call Require, which skips without
// them, except in CI, where it fails.
package vcjs

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/mifm/mifm/testnet/jsrun"
)

// peer is testnet/vc-js to jsrun, which runs it.
var peer = jsrun.Peer{Folder: "vc-js", Name: "VC stack", Marker: "did-jwt-vc", MakeTarget: "vc-js-deps"}

// Error is a script that ran and failed, such as a presentation verify.mjs
// refused; Stderr holds the script's reason. It is jsrun's Error, which all
// the Node.js peers share.
type Error = jsrun.Error

// Dir is testnet/vc-js in the source tree this package was built from.
func Dir() (string, error) { return peer.Dir() }

// Available says why the scripts cannot run here, or nil when they can.
func Available() error { return peer.Available() }

// Require skips t when the scripts cannot run here, and fails it in CI
// (CI=true), where a missing install step must not pass for a skip.
func Require(t testing.TB) {
	t.Helper()
	peer.Require(t)
}

// PresentRequest is what present.mjs signs: a presentation of credentials
// (compact JWTs) by the did:key of HolderKey.
type PresentRequest struct {
	HolderKey   string   `json:"holderKey"` // hex: an Ed25519 seed or a secp256k1 scalar
	KeyType     string   `json:"keyType"`   // "ed25519" or "secp256k1"
	Credentials []string `json:"credentials"`
	Challenge   string   `json:"challenge"`
	Domain      string   `json:"domain"`
	KeyID       bool     `json:"kid,omitempty"` // put the key's id in the header (did-jwt-vc does not by default)
}

// Present has did-jwt-vc make a JWT presentation; it returns the JWT and
// the holder's DID.
func Present(ctx context.Context, req PresentRequest) (jwt, holder string, err error) {
	out, err := Run(ctx, "present.mjs", req)
	if err != nil {
		return "", "", err
	}
	var res struct{ JWT, Holder string }
	if err := json.Unmarshal(out, &res); err != nil || res.JWT == "" {
		return "", "", fmt.Errorf("present.mjs printed no presentation: %s", out)
	}
	return res.JWT, res.Holder, nil
}

// Verified is what verify.mjs reports of a presentation it accepts.
type Verified struct {
	Verified    bool   `json:"verified"`
	Holder      string `json:"holder"`
	Signer      string `json:"signer"`
	Credentials int    `json:"credentials"`
}

// Verify has did-jwt-vc verify a JWT presentation for challenge and domain;
// a refusal is an *Error whose Stderr is did-jwt-vc's reason.
func Verify(ctx context.Context, jwt, challenge, domain string) (*Verified, error) {
	out, err := Run(ctx, "verify.mjs", map[string]string{"jwt": jwt, "challenge": challenge, "domain": domain})
	if err != nil {
		return nil, err
	}
	var v Verified
	if err := json.Unmarshal(out, &v); err != nil {
		return nil, fmt.Errorf("verify.mjs printed %s: %w", out, err)
	}
	return &v, nil
}

// Run runs one script of testnet/vc-js with req as JSON on stdin and
// returns what it printed.
func Run(ctx context.Context, script string, req any) (json.RawMessage, error) {
	return peer.Run(ctx, script, req)
}

// SDJWTVerified is what sdjwt.mjs reports of an SD-JWT VC it accepts.
type SDJWTVerified struct {
	Verified bool           `json:"verified"`
	Claims   map[string]any `json:"claims"`
	KB       bool           `json:"kb"`
}

// VerifySDJWTVC has @sd-jwt/sd-jwt-vc verify an SD-JWT VC presentation
// with the issuer's public JWK, its Key Binding JWT for nonce and aud; a
// refusal is an *Error with the library's reason.
func VerifySDJWTVC(ctx context.Context, token string, issuerJWK map[string]any, nonce, aud string) (*SDJWTVerified, error) {
	out, err := Run(ctx, "sdjwt.mjs", map[string]any{"op": "verify", "token": token, "issuerJwk": issuerJWK, "nonce": nonce, "aud": aud})
	if err != nil {
		return nil, err
	}
	var v SDJWTVerified
	if err := json.Unmarshal(out, &v); err != nil {
		return nil, fmt.Errorf("sdjwt.mjs printed %s: %w", out, err)
	}
	return &v, nil
}

// SDJWTIssueRequest is what sdjwt.mjs issues: an SD-JWT VC whose claims
// are each disclosable, bound to the holder's key (cnf), then presented
// with the claims in Present and a Key Binding JWT for Nonce and Aud.
type SDJWTIssueRequest struct {
	IssuerKey string         `json:"issuerKey"` // hex Ed25519 seed
	Iss       string         `json:"iss"`
	KID       string         `json:"kid"`
	VCT       string         `json:"vct"`
	Claims    map[string]any `json:"claims"`
	HolderKey string         `json:"holderKey"` // hex Ed25519 seed
	Present   []string       `json:"present"`
	Nonce     string         `json:"nonce"`
	Aud       string         `json:"aud"`
}

// IssueSDJWTVC has @sd-jwt/sd-jwt-vc issue an SD-JWT VC and present it;
// it returns the credential and the presentation.
func IssueSDJWTVC(ctx context.Context, req SDJWTIssueRequest) (credential, presentation string, err error) {
	body := struct {
		Op string `json:"op"`
		SDJWTIssueRequest
	}{"issue", req}
	out, err := Run(ctx, "sdjwt.mjs", body)
	if err != nil {
		return "", "", err
	}
	var res struct{ Credential, Presentation string }
	if err := json.Unmarshal(out, &res); err != nil || res.Presentation == "" {
		return "", "", fmt.Errorf("sdjwt.mjs printed no presentation: %s", out)
	}
	return res.Credential, res.Presentation, nil
}

// COSEVerified is what cose.mjs reports of a COSE credential it accepts.
type COSEVerified struct {
	Verified   bool           `json:"verified"`
	Typ        string         `json:"typ"`
	Cty        string         `json:"cty"`
	Credential map[string]any `json:"credential"`
}

// VerifyCOSE has @transmute/cose verify a COSE_Sign1 (ES256) with the
// issuer's public JWK; a refusal is an *Error with the library's reason.
func VerifyCOSE(ctx context.Context, msg []byte, publicJWK map[string]any) (*COSEVerified, error) {
	out, err := Run(ctx, "cose.mjs", map[string]any{"op": "verify", "cose": base64.StdEncoding.EncodeToString(msg), "publicJwk": publicJWK})
	if err != nil {
		return nil, err
	}
	var v COSEVerified
	if err := json.Unmarshal(out, &v); err != nil {
		return nil, fmt.Errorf("cose.mjs printed %s: %w", out, err)
	}
	return &v, nil
}

// SignCOSE has @transmute/cose secure a credential as application/vc+cose
// with a P-256 private JWK, naming kid.
func SignCOSE(ctx context.Context, credential map[string]any, privateJWK map[string]any, kid string) ([]byte, error) {
	out, err := Run(ctx, "cose.mjs", map[string]any{"op": "sign", "credential": credential, "privateJwk": privateJWK, "kid": kid})
	if err != nil {
		return nil, err
	}
	var res struct{ COSE string }
	if err := json.Unmarshal(out, &res); err != nil || res.COSE == "" {
		return nil, fmt.Errorf("cose.mjs printed no message: %s", out)
	}
	return base64.StdEncoding.DecodeString(res.COSE)
}

// JOSEVerified is what jose.mjs reports of a JWT it accepts.
type JOSEVerified struct {
	Verified bool           `json:"verified"`
	Header   map[string]any `json:"header"`
	Claims   map[string]any `json:"claims"`
}

// VerifyJOSE has panva's jose verify a JWT (vc+jwt or vp+jwt, as typ says)
// with a public JWK; nonce and aud, when not empty, must be the claims'.
func VerifyJOSE(ctx context.Context, jwt string, publicJWK map[string]any, typ, nonce, aud string) (*JOSEVerified, error) {
	req := map[string]any{"op": "verify", "jwt": jwt, "publicJwk": publicJWK, "typ": typ}
	if nonce != "" {
		req["nonce"] = nonce
	}
	if aud != "" {
		req["aud"] = aud
	}
	out, err := Run(ctx, "jose.mjs", req)
	if err != nil {
		return nil, err
	}
	var v JOSEVerified
	if err := json.Unmarshal(out, &v); err != nil {
		return nil, fmt.Errorf("jose.mjs printed %s: %w", out, err)
	}
	return &v, nil
}

// SignJOSE has panva's jose sign claims as a JWT of typ with a private
// JWK, naming kid.
func SignJOSE(ctx context.Context, claims, privateJWK map[string]any, alg, kid, typ string) (string, error) {
	out, err := Run(ctx, "jose.mjs", map[string]any{"op": "sign", "claims": claims, "privateJwk": privateJWK, "alg": alg, "kid": kid, "typ": typ})
	if err != nil {
		return "", err
	}
	var res struct{ JWT string }
	if err := json.Unmarshal(out, &res); err != nil || res.JWT == "" {
		return "", fmt.Errorf("jose.mjs printed no JWT: %s", out)
	}
	return res.JWT, nil
}
