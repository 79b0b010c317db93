// Package walletjs runs testnet/wallet-js, a user's own wallet written with
// ethers 6 and nothing of mifm, as a child process, so that tests of the
// user-wallet flows (FGMV-43 9.2: the holder signs and locks with a key the
// node never sees) and of the chain's JSON-RPC face a client that is not ours.
// A request, key included, goes to the script on stdin, never on its command
// line; the answer comes back as JSON. signer.mjs is the same wallet as a
// DID holder: it answers mifm sign requests (did.SignRequest) as its
// secp256k1 did:key, so that presentations a node prepares are signed where
// the key is.
//
// Its scripts need Node.js and the pinned npm packages that
// `make wallet-js-deps` installs (make test does it). Tests call Require,
// which skips without them, except in CI, where it fails.
package walletjs

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

// Error is a script that ran and failed: a revert, an RPC error, a request it
// refused. Stderr holds the script's reason.
type Error struct {
	Script string
	Stderr string
	Err    error
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %v: %s", e.Script, e.Err, strings.TrimSpace(e.Stderr))
}

func (e *Error) Unwrap() error { return e.Err }

// Dir is testnet/wallet-js in the source tree this package was built from.
func Dir() (string, error) {
	// The path of this file as the compiler saw it; module-relative under
	// -trimpath, and then the working directory's module is searched.
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		dir := filepath.Join(filepath.Dir(file), "..", "wallet-js")
		if _, err := os.Stat(filepath.Join(dir, "wallet.mjs")); err == nil {
			return filepath.Clean(dir), nil
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find testnet/wallet-js: %w", err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.HasPrefix(mod, []byte("module github.com/mifm/mifm\n")) {
			return filepath.Join(dir, "testnet", "wallet-js"), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("find testnet/wallet-js: no mifm go.mod above %s", wd)
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
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ethers", "package.json")); err != nil {
		return fmt.Errorf("%s has no node_modules/ethers: run make wallet-js-deps", dir)
	}
	return nil
}

// Require skips t when the scripts cannot run here, and fails it in CI
// (CI=true), where a missing install step must not pass for a skip.
func Require(t testing.TB) {
	t.Helper()
	if err := Available(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI needs the outside wallet (testnet/wallet-js): %v", err)
		}
		t.Skipf("no outside wallet here: %v", err)
	}
}

// Run sends req to wallet.mjs (its ops: address, signTypedData, send, batch)
// and returns its answer.
func Run(ctx context.Context, req any) (json.RawMessage, error) {
	return RunScript(ctx, "wallet.mjs", req)
}

// RunScript runs one script of testnet/wallet-js with req as JSON on stdin and
// returns what it printed. A script that fails returns an *Error, whose
// Stderr says why, and what it printed before.
func RunScript(ctx context.Context, script string, req any) (json.RawMessage, error) {
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

// KeyDID is the did:key signer.mjs derives from a secp256k1 private key
// (0x-prefixed hex): the DID an outside wallet signs sign requests as.
func KeyDID(ctx context.Context, key string) (string, error) {
	out, err := RunScript(ctx, "signer.mjs", map[string]any{"key": key, "did": true})
	if err != nil {
		return "", err
	}
	var res struct {
		DID string `json:"did"`
	}
	if err := json.Unmarshal(out, &res); err != nil || res.DID == "" {
		return "", fmt.Errorf("signer.mjs printed no DID: %s", out)
	}
	return res.DID, nil
}

// Sign has signer.mjs answer a sign request (a did.SignRequest, or its JSON)
// with the secp256k1 key (0x-prefixed hex): the did.SignResponse JSON, or an
// *Error whose Stderr says why the wallet refused.
func Sign(ctx context.Context, key string, req any) (json.RawMessage, error) {
	return RunScript(ctx, "signer.mjs", map[string]any{"key": key, "request": req})
}
