package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestDIDCreateResolveList(t *testing.T) {
	h := initHome(t)
	var made struct {
		DID      string `json:"did"`
		KeyType  string `json:"keyType"`
		Document struct {
			ID                 string `json:"id"`
			VerificationMethod []struct {
				Type string `json:"type"`
			} `json:"verificationMethod"`
		} `json:"document"`
	}
	for _, kt := range []string{"ed25519", "secp256k1", "p256"} {
		if err := json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create", "--key-type", kt)), &made); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(made.DID, "did:key:z") || made.Document.ID != made.DID || made.KeyType != kt {
			t.Fatalf("did create --key-type %s = %+v", kt, made)
		}
	}
	var res struct {
		Document struct {
			ID string `json:"id"`
		} `json:"didDocument"`
		Meta struct {
			ContentType string `json:"contentType"`
			Error       string `json:"error"`
		} `json:"didResolutionMetadata"`
	}
	json.Unmarshal([]byte(mustRun(t, "--json", "did", "resolve", made.DID)), &res)
	if res.Document.ID != made.DID || res.Meta.ContentType != "application/did+ld+json" {
		t.Fatalf("resolve = %+v", res)
	}
	out := mustRun(t, "did", "resolve", "--key-format", "JsonWebKey2020", made.DID)
	if !strings.Contains(out, "JsonWebKey2020") {
		t.Fatalf("resolve with JWK keys:\n%s", out)
	}
	var keys []struct {
		DID string `json:"did"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "list")), &keys)
	if len(keys) != 3 || keys[2].DID != made.DID {
		t.Fatalf("did list = %+v", keys)
	}

	// Errors: one line, what is wrong; --json still prints the resolution.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"did", "resolve", "did:foo:1"}, "methodNotSupported: did:foo (mifm resolves did:key, did:pkh, did:web)"},
		{[]string{"did", "resolve", "nope"}, "invalidDid"},
		{[]string{"did", "resolve"}, "needs one DID"},
		{[]string{"--home", h, "did", "create", "--key-type", "rsa"}, "want ed25519, secp256k1"},
		{[]string{"--home", h, "did", "create", "--method", "web"}, "want key"},
		{[]string{"--home", h, "did", "create", "--method", "ethr"}, "not in this release yet"},
	} {
		code, _, errs := run(t, tc.args...)
		if code == 0 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("mifm %v: exit %d, stderr %q; want one line saying %q", tc.args, code, errs, tc.want)
		}
	}
	code, stdout, _ := run(t, "--json", "did", "resolve", "did:foo:1")
	if code == 0 || !strings.Contains(stdout, `"error":"methodNotSupported"`) {
		t.Fatalf("--json resolve of an unsupported method printed %q", stdout)
	}
}
