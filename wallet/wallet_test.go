package wallet

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
)

func TestWalletKeepsTheKeyAndSignsOnlyItsOwn(t *testing.T) {
	dir := t.TempDir()
	w := Open(dir, true)
	if _, err := w.Holder(); !errors.Is(err, ErrNoWallet) {
		t.Fatalf("an empty folder: %v", err)
	}
	holder, err := w.Init(did.Ed25519, "pass")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Init(did.Ed25519, "pass"); !errors.Is(err, ErrExists) {
		t.Fatalf("a second init: %v", err)
	}
	// The key is encrypted on disk: no file holds it in the clear.
	kp, err := did.OpenKeyStore(filepath.Join(dir, "keys"), true).Load(holder, "pass")
	if err != nil {
		t.Fatal(err)
	}
	_ = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			b, _ := os.ReadFile(p)
			if strings.Contains(string(b), string(kp.Private)) {
				t.Errorf("%s holds the key in the clear", p)
			}
		}
		return nil
	})
	if _, err := w.Unlock("wrong"); err == nil {
		t.Fatal("unlocked with a wrong passphrase")
	}
	// Its own request is signed, and the signature verifies against the
	// holder's DID.
	in, err := did.PresentationJWT{Holder: holder, Credentials: []any{"a.b.c"}, Challenge: "n", Domain: "did:web:b", IssuedAt: time.Now()}.SigningInput()
	if err != nil {
		t.Fatal(err)
	}
	item, err := did.NewSignItem("presentation", in)
	if err != nil {
		t.Fatal(err)
	}
	kid := holder + "#" + strings.TrimPrefix(holder, "did:key:")
	own := &did.SignRequest{Type: did.SignRequestType, ID: "r0", Holder: holder, KeyID: kid, Alg: "EdDSA", Purpose: "x", Expires: time.Now().Add(time.Minute).UTC().Format(time.RFC3339), Items: []did.SignItem{item}}
	resp, err := w.Sign(own, "pass", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	signed, err := own.Complete(resp)
	if err != nil {
		t.Fatal(err)
	}
	if err := did.VerifySignedItem(t.Context(), signed["presentation"], holder, did.NewResolver(did.Options{})); err != nil {
		t.Fatalf("the wallet's signature: %v", err)
	}
	other, _ := did.NewKeyPair(did.Ed25519, nil)
	req := &did.SignRequest{Type: did.SignRequestType, ID: "r1", Holder: other.DID, KeyID: other.DID + "#" + strings.TrimPrefix(other.DID, "did:key:"), Alg: "EdDSA", Purpose: "x", Expires: time.Now().Add(time.Minute).UTC().Format(time.RFC3339)}
	if _, err := w.Sign(req, "pass", time.Now()); err == nil || !strings.Contains(err.Error(), "this wallet holds") {
		t.Fatalf("signed another holder's request: %v", err)
	}

	// Credentials: JSON objects, JSON strings and bare tokens.
	for _, c := range []string{`{"type":["VerifiableCredential"]}`, `"a.b.c"`, "a.b.c~d~\n"} {
		if _, err := w.AddCredential([]byte(c)); err != nil {
			t.Fatalf("add %q: %v", c, err)
		}
	}
	if _, err := w.AddCredential(nil); err == nil {
		t.Fatal("an empty credential was kept")
	}
	creds, err := w.Credentials()
	if err != nil || len(creds) != 3 {
		t.Fatalf("credentials: %d %v", len(creds), err)
	}
}
