package cli_test

import (
	"encoding/json"
	"os"
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
		{[]string{"did", "resolve", "did:foo:1"}, "methodNotSupported: did:foo (mifm resolves did:ethr, did:key, did:pkh, did:web)"},
		{[]string{"did", "resolve", "nope"}, "invalidDid"},
		{[]string{"did", "resolve"}, "needs one DID"},
		{[]string{"--home", h, "did", "create", "--key-type", "rsa"}, "want ed25519, secp256k1"},
		{[]string{"--home", h, "did", "create", "--method", "web"}, "want key or ethr"},
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

// A did:ethr made, changed on the home's chain and used to issue credentials,
// as a user does it.
func TestDIDEthrCreateUpdateIssue(t *testing.T) {
	h := initHome(t)
	var made struct {
		DID string `json:"did"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create", "--method", "ethr")), &made)
	if !strings.HasPrefix(made.DID, "did:ethr:0x539:0x") {
		t.Fatalf("did create --method ethr = %+v", made)
	}
	var upd struct {
		Op       string `json:"op"`
		Key      string `json:"key"`
		GasUsed  uint64 `json:"gasUsed"`
		Document struct {
			VerificationMethod []struct {
				ID, Type string
			} `json:"verificationMethod"`
			Service []struct {
				Type            string `json:"type"`
				ServiceEndpoint string `json:"serviceEndpoint"`
			} `json:"service"`
		} `json:"document"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "update", "--add-key", "ed25519", made.DID)), &upd)
	if upd.Op != "setAttribute" || !strings.HasPrefix(upd.Key, "did:key:z6Mk") || upd.GasUsed == 0 ||
		len(upd.Document.VerificationMethod) != 2 || upd.Document.VerificationMethod[1].Type != "Ed25519VerificationKey2018" {
		t.Fatalf("--add-key ed25519 = %+v", upd)
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "update", "--add-service", "MifmNode=https://node-a.example/re", made.DID)), &upd)
	if len(upd.Document.Service) != 1 || upd.Document.Service[0].ServiceEndpoint != "https://node-a.example/re" {
		t.Fatalf("--add-service = %+v", upd)
	}
	var res struct {
		Meta struct {
			VersionID string `json:"versionId"`
		} `json:"didDocumentMetadata"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "resolve", made.DID)), &res)
	if res.Meta.VersionID == "" {
		t.Fatalf("resolve: no versionId")
	}

	// Both credential formats, signed by the did:ethr's two keys.
	dir := t.TempDir()
	claims := dir + "/claims.json"
	if err := os.WriteFile(claims, []byte(`{"memberOf": "did:web:platform-a.example"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	subject := "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
	for _, format := range []string{"ldp", "jwt"} {
		out := dir + "/vc." + format
		mustRun(t, "--home", h, "vc", "issue", "--format", format, "--issuer", made.DID, "--subject", subject, "--type", "MembershipCredential", "--claims", claims, "-o", out)
		text := mustRun(t, "--home", h, "vc", "verify", out)
		if !strings.Contains(text, "verified: issued by "+made.DID) {
			t.Fatalf("%s credential of a did:ethr:\n%s", format, text)
		}
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"did", "update", made.DID}, "give exactly one change"},
		{[]string{"did", "update", "--add-service", "A=https://a", "--deactivate", made.DID}, "give exactly one change"},
		{[]string{"did", "update", "--add-delegate", "0x12", made.DID}, "is not an Ethereum address"},
		{[]string{"did", "update", "--change-owner", "0x0000000000000000000000000000000000000000", made.DID}, "would deactivate the DID for good"},
		{[]string{"did", "update", "--add-service", "nourl", made.DID}, "want TYPE=URL"},
		{[]string{"did", "update", "--add-key", "p256", made.DID}, "Ed25519 or secp256k1"},
		{[]string{"did", "update", "--deactivate", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"}, "only did:ethr changes on chain"},
		{[]string{"did", "update", "--deactivate", "did:ethr:0x539:0xb9c5714089478a327f09197987f16f9e5d936e8a"}, "this home holds no key for it"},
		{[]string{"did", "update", "--deactivate", "did:ethr:0x1:0xb9c5714089478a327f09197987f16f9e5d936e8a"}, "lives on network 0x1"},
		{[]string{"did", "create", "--method", "ethr", "--key-type", "ed25519"}, "whose key is secp256k1"},
	} {
		code, _, stderr := run(t, append([]string{"--home", h}, tc.args...)...)
		if code == 0 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, %q; want %q", tc.args, code, stderr, tc.want)
		}
	}

	// Handed to another key, then deactivated: nothing changes it any more.
	mustRun(t, "--home", h, "did", "update", "--change-owner", "0xb9c5714089478a327f09197987f16f9e5d936e8a", made.DID)
	if code, _, stderr := run(t, "--home", h, "did", "update", "--deactivate", made.DID); code == 0 || !strings.Contains(stderr, "owned by 0xB9C5714089478a327F09197987f16f9E5d936E8a") {
		t.Fatalf("update after the owner changed: %d %s", code, stderr)
	}
	var other struct {
		DID string `json:"did"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create", "--method", "ethr")), &other)
	mustRun(t, "--home", h, "did", "update", "--deactivate", other.DID)
	if code, _, stderr := run(t, "--home", h, "did", "update", "--add-service", "A=https://a.example", other.DID); code == 0 || !strings.Contains(stderr, "is deactivated") {
		t.Fatalf("update of a deactivated DID: %d %s", code, stderr)
	}
	var gone struct {
		Meta struct {
			Deactivated bool `json:"deactivated"`
		} `json:"didDocumentMetadata"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "resolve", other.DID)), &gone)
	if !gone.Meta.Deactivated {
		t.Fatal("a deactivated did:ethr resolves as active")
	}
}
