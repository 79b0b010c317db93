// Package dijs runs testnet/di-js, a Data Integrity stack outside mifm, as
// child processes, so that mifm's credentials are checked by one it did
// not write and mifm checks that one's: @digitalbazaar/vc 7.3.0 with
// data-integrity 2.5.0 and the W3C suites' cryptosuites (eddsa-rdfc-2022,
// eddsa-jcs-2022, ecdsa-rdfc-2019, ecdsa-jcs-2019), resolving did:key with
// @digitalbazaar/did-method-key 5.3.0, loading only the contexts mifm
// embeds (pinned in testnet/di-js/package.json). issue.mjs signs a
// credential with a new key, as an issuer there would; verify.mjs verifies
// one, as a verifier there would.
//
// The scripts need Node.js and the npm packages that `make di-js-deps`
// installs (make test does it). Tests call Require, which skips without
// them, except in CI, where it fails.
package dijs

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/mifm/mifm/testnet/jsrun"
)

var peer = jsrun.Peer{Folder: "di-js", Name: "Data Integrity stack", Marker: "@digitalbazaar/vc", MakeTarget: "di-js-deps"}

// Error is a script that ran and failed; Stderr holds its reason.
type Error = jsrun.Error

// Require skips t when the scripts cannot run here, and fails it in CI
// (CI=true), where a missing install step must not pass for a skip.
func Require(t testing.TB) {
	t.Helper()
	peer.Require(t)
}

// Issue has the stack sign credential in suite with a new key, whose
// did:key it makes the issuer; it returns the signed credential.
func Issue(ctx context.Context, credential map[string]any, suite string) (signed map[string]any, issuer string, err error) {
	out, err := peer.Run(ctx, "issue.mjs", map[string]any{"credential": credential, "suite": suite})
	if err != nil {
		return nil, "", err
	}
	var res struct {
		Credential map[string]any `json:"credential"`
		Issuer     string         `json:"issuer"`
	}
	if err := json.Unmarshal(out, &res); err != nil || res.Credential == nil {
		return nil, "", fmt.Errorf("issue.mjs printed no credential: %s", out)
	}
	return res.Credential, res.Issuer, nil
}

// Verified is what verify.mjs says of a credential: whether it holds, each
// proof's outcome, and the stack's reasons when it does not.
type Verified struct {
	Verified bool   `json:"verified"`
	Proofs   []bool `json:"proofs"`
	Error    string `json:"error"`
}

// VerifyPresentation has the stack verify a presentation (its holder's
// proof for challenge and domain) and each credential in it.
func VerifyPresentation(ctx context.Context, presentation map[string]any, challenge, domain string) (*Verified, error) {
	return verify(ctx, map[string]any{"presentation": presentation, "challenge": challenge, "domain": domain})
}

// Verify has the stack verify a credential with every suite it has.
func Verify(ctx context.Context, credential map[string]any) (*Verified, error) {
	return verify(ctx, map[string]any{"credential": credential})
}

func verify(ctx context.Context, req map[string]any) (*Verified, error) {
	out, err := peer.Run(ctx, "verify.mjs", req)
	if err != nil {
		return nil, err
	}
	var v Verified
	if err := json.Unmarshal(out, &v); err != nil {
		return nil, fmt.Errorf("verify.mjs printed %s: %w", out, err)
	}
	return &v, nil
}
