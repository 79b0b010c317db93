// Package vcjs runs testnet/vc-js, a verifiable-credentials stack outside
// mifm, as child processes, so that mifm's JWT presentations are tested
// against one it did not write: did-jwt-vc 4.0.16 over did-jwt 8.0.18,
// resolving did:key with did-resolver 4.1.0 and key-did-resolver 4.0.0
// (pinned in testnet/vc-js/package.json). present.mjs makes a presentation
// as a holder's wallet there would; verify.mjs verifies one as a verifier
// there would. A request, key included, goes to the script on stdin, never
// on its command line; the answer comes back as JSON.
//
// The scripts need Node.js and the npm packages that `make vc-js-deps`
// installs (make test does it). Tests call Require, which skips without
// them, except in CI, where it fails.
package vcjs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Error is a script that ran and failed, such as a presentation verify.mjs
// refused; Stderr holds the script's reason.
type Error struct {
	Script string
	Stderr string
	Err    error
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %v: %s", e.Script, e.Err, strings.TrimSpace(e.Stderr))
}

func (e *Error) Unwrap() error { return e.Err }

// Dir is testnet/vc-js in the source tree this package was built from.
func Dir() (string, error) {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		dir := filepath.Join(filepath.Dir(file), "..", "vc-js")
		if _, err := os.Stat(filepath.Join(dir, "present.mjs")); err == nil {
			return filepath.Clean(dir), nil
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find testnet/vc-js: %w", err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.HasPrefix(mod, []byte("module github.com/mifm/mifm\n")) {
			return filepath.Join(dir, "testnet", "vc-js"), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("find testnet/vc-js: no mifm go.mod above %s", wd)
		}
	}
}

// Available says why the scripts cannot run here, or nil when they can.
func Available() error {
	if _, err := exec.LookPath("node"); err != nil {
		return fmt.Errorf("no node on PATH (install Node.js 20 or later): %w", err)
	}
	dir, err := Dir()
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "did-jwt-vc", "package.json")); err != nil {
		return fmt.Errorf("%s has no node_modules/did-jwt-vc: run make vc-js-deps", dir)
	}
	return nil
}

// Require skips t when the scripts cannot run here, and fails it in CI
// (CI=true), where a missing install step must not pass for a skip.
func Require(t testing.TB) {
	t.Helper()
	if err := Available(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI needs the outside VC stack (testnet/vc-js): %v", err)
		}
		t.Skipf("no outside VC stack here: %v", err)
	}
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
	if err := Available(); err != nil {
		return nil, err
	}
	dir, err := Dir()
	if err != nil {
		return nil, err
	}
	in, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("encode request for %s: %w", script, err)
	}
	node, _ := exec.LookPath("node")
	cmd := exec.CommandContext(ctx, node, filepath.Join(dir, script))
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("%w (%v)", ctx.Err(), err)
		}
		return bytes.TrimSpace(stdout.Bytes()), &Error{Script: script, Stderr: stderr.String(), Err: err}
	}
	out := bytes.TrimSpace(stdout.Bytes())
	if !json.Valid(out) {
		return nil, &Error{Script: script, Stderr: stderr.String(), Err: errors.New("printed no JSON: " + string(out))}
	}
	return out, nil
}
