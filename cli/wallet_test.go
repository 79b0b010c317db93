package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/cli"
	"github.com/mifm/mifm/did"
)

// runWallet runs the command line with a wallet passphrase in the
// environment (or none).
func runWallet(t *testing.T, pass string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Main(context.Background(), append([]string{"mifm"}, args...), cli.Env{
		Stdout: &out, Stderr: &errb, Getenv: func(k string) string {
			if k == "MIFM_WALLET_PASSPHRASE" {
				return pass
			}
			return ""
		},
	})
	return code, out.String(), errb.String()
}

// The user's wallet: made once, in a folder of its own, with its own
// passphrase; it signs its holder's requests only, and says what is wrong.
func TestWalletCommands(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "wallet")
	if code, _, errs := runWallet(t, "", "wallet", "init", "--wallet", dir); code == 0 || !strings.Contains(errs, "MIFM_WALLET_PASSPHRASE") {
		t.Fatalf("init without a passphrase: %d %s", code, errs)
	}
	code, out, errs := runWallet(t, "pw", "--json", "wallet", "init", "--wallet", dir, "--key-type", "secp256k1")
	if code != 0 {
		t.Fatalf("init: %s", errs)
	}
	var made struct{ Holder, Wallet string }
	if err := json.Unmarshal([]byte(out), &made); err != nil || !strings.HasPrefix(made.Holder, "did:key:zQ3s") {
		t.Fatalf("init printed %s", out)
	}
	if code, _, errs := runWallet(t, "pw", "wallet", "init", "--wallet", dir); code == 0 || !strings.Contains(errs, "already") {
		t.Fatalf("a second init: %d %s", code, errs)
	}
	cred := filepath.Join(t.TempDir(), "member.jwt")
	if err := os.WriteFile(cred, []byte("eyJhbGciOiJFUzI1NksifQ.e30.c2ln\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runWallet(t, "pw", "wallet", "add", "--wallet", dir, cred); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	if code, _, errs := runWallet(t, "pw", "wallet", "add", "--wallet", dir, cred+".missing"); code == 0 || !strings.Contains(errs, "no such file") {
		t.Fatalf("add a missing file: %d %s", code, errs)
	}
	if _, out, _ := runWallet(t, "pw", "wallet", "show", "--wallet", dir); !strings.Contains(out, made.Holder) || !strings.Contains(out, "credential ") {
		t.Fatalf("show: %s", out)
	}
	// A request for another holder is refused; its own is signed.
	other, _ := did.NewKeyPair(did.Ed25519, nil)
	sign := func(holder string) (int, string, string) {
		in, err := did.PresentationJWT{Holder: holder, Credentials: []any{"a.b.c"}, Challenge: "n", Domain: "did:web:b", IssuedAt: time.Now()}.SigningInput()
		if err != nil {
			t.Fatal(err)
		}
		item, _ := did.NewSignItem("presentation", in)
		kt, _, _ := did.ParseKeyDID(holder)
		alg := map[did.KeyType]string{did.Ed25519: "EdDSA", did.Secp256k1: "ES256K"}[kt]
		req, _ := json.Marshal(did.SignRequest{Type: did.SignRequestType, ID: "r", Holder: holder, KeyID: holder + "#" + strings.TrimPrefix(holder, "did:key:"), Alg: alg,
			Purpose: "test", Expires: time.Now().Add(time.Minute).UTC().Format(time.RFC3339), Items: []did.SignItem{item}})
		f := filepath.Join(t.TempDir(), "req.json")
		_ = os.WriteFile(f, req, 0o600)
		return runWallet(t, "pw", "wallet", "sign", "--wallet", dir, f)
	}
	if code, _, errs := sign(other.DID); code == 0 || !strings.Contains(errs, "this wallet holds") {
		t.Fatalf("signed another holder's request: %d %s", code, errs)
	}
	code, out, errs = sign(made.Holder)
	var resp did.SignResponse
	if code != 0 || json.Unmarshal([]byte(out), &resp) != nil || len(resp.Signatures) != 1 || !strings.Contains(errs, "wallet: test") {
		t.Fatalf("sign: %d %s %s", code, out, errs)
	}
	if code, _, errs := runWallet(t, "wrong", "wallet", "sign", "--wallet", dir, "-"); code == 0 || errs == "" {
		t.Fatalf("sign from an empty stdin: %d", code)
	}
}

func TestIdentityCommandsSayWhatIsWrong(t *testing.T) {
	h := initHome(t)
	empty := filepath.Join(t.TempDir(), "wallet")
	if code, _, errs := runWallet(t, "pw", "wallet", "init", "--wallet", empty); code != 0 {
		t.Fatal(errs)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"identity", "migrate", "--wallet", empty}, `"to"`},
		{[]string{"identity", "migrate", "--wallet", empty, "--to", "did:web:b.example"}, "no credential to present"},
		{[]string{"identity", "migrate", "--signer-cmd", "true", "--to", "did:web:b.example"}, "--holder"},
		{[]string{"identity", "status"}, "MIGRATION"},
		{[]string{"identity", "status", "nope"}, "no such migration"},
		{[]string{"identity", "links"}, "holder's DID"},
		{[]string{"identity", "links", "bob"}, "holder"},
		{[]string{"identity", "list", "--role", "sideways"}, "outgoing or incoming"},
		{[]string{"identity", "update", "--holder", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "--set", "name"}, "NAME=VALUE"},
	} {
		code, _, errs := runWallet(t, "pw", append([]string{"--home", h}, c.args...)...)
		if code == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("mifm %s: exit %d, %q; want an error naming %q", strings.Join(c.args, " "), code, errs, c.want)
		}
	}
}
