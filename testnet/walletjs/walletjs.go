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
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/mifm/mifm/testnet/jsrun"
)

// peer is testnet/wallet-js to jsrun, which runs it.
var peer = jsrun.Peer{Folder: "wallet-js", Name: "wallet", Marker: "ethers", MakeTarget: "wallet-js-deps"}

// Error is a script that ran and failed: a revert, an RPC error, a request it
// refused. Stderr holds the script's reason. It is jsrun's Error, which all
// the Node.js peers share.
type Error = jsrun.Error

// Dir is testnet/wallet-js in the source tree this package was built from.
func Dir() (string, error) { return peer.Dir() }

// Available says why the scripts cannot run here, or nil when they can.
func Available() error { return peer.Available() }

// Require skips t when the scripts cannot run here, and fails it in CI
// (CI=true), where a missing install step must not pass for a skip.
func Require(t testing.TB) {
	t.Helper()
	peer.Require(t)
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
	return peer.Run(ctx, script, req)
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
