package did

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeyStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "did-keys")
	ks := OpenKeyStore(dir, true)
	var made []*KeyPair
	for _, kt := range []KeyType{Ed25519, Secp256k1, P256} {
		kp, err := NewKeyPair(kt, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := ks.Save(kp, "pass"); err != nil {
			t.Fatal(err)
		}
		made = append(made, kp)
	}
	if err := ks.Save(made[0], "pass"); err == nil || !strings.Contains(err.Error(), "already holds") {
		t.Fatalf("second save of one DID: %v", err)
	}
	for _, kp := range made {
		got, err := ks.Load(kp.DID, "pass")
		if err != nil || string(got.Private) != string(kp.Private) || got.Type != kp.Type {
			t.Fatalf("load %s: %v", kp.DID, err)
		}
		if _, err := ks.Load(kp.DID, "wrong"); err == nil {
			t.Fatal("a wrong passphrase unlocked a key")
		}
	}
	if _, err := ks.Load("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp", "pass"); !errors.Is(err, ErrNoKey) {
		t.Fatalf("load of an unknown DID: %v", err)
	}
	list, err := ks.List()
	if err != nil || len(list) != 3 {
		t.Fatalf("list = %v, %v", list, err)
	}
	// No secret on disk in the clear.
	files, _ := os.ReadDir(dir)
	for _, f := range files {
		data, _ := os.ReadFile(filepath.Join(dir, f.Name()))
		for _, kp := range made {
			if strings.Contains(string(data), string(kp.Private)) {
				t.Fatal("a private key is stored in the clear")
			}
		}
		if info, _ := f.Info(); info.Mode().Perm()&0o077 != 0 {
			t.Fatalf("%s is readable by others: %v", f.Name(), info.Mode())
		}
	}
	if err := ks.Save(made[0], ""); err == nil {
		t.Fatal("saved a key with an empty passphrase")
	}
}

// A did:ethr keeps several keys: its own secp256k1 key (what Load gives) and
// keys its document publishes, found by type or by address.
func TestKeyStoreKeysOfAnotherDID(t *testing.T) {
	ks := OpenKeyStore(t.TempDir(), true)
	own, _ := NewKeyPair(Secp256k1, nil)
	ed, _ := NewKeyPair(Ed25519, nil)
	ethr := EthrDID(1337, own.Address())
	if err := ks.SaveFor(ethr, own, "pw"); err != nil {
		t.Fatal(err)
	}
	if err := ks.SaveFor(ethr, ed, "pw"); err != nil {
		t.Fatal(err)
	}
	if err := ks.SaveFor(ethr, ed, "pw"); err == nil {
		t.Fatal("the same key saved twice for a DID")
	}
	got, err := ks.Load(ethr, "pw")
	if err != nil || got.DID != own.DID {
		t.Fatalf("Load(%s) = %v, %v; want its own key", ethr, got, err)
	}
	got, meta, err := ks.Find(func(s StoredKey) bool { return s.DID == ethr && s.Type == Ed25519 }, "pw")
	if err != nil || got.DID != ed.DID || meta.Key != ed.DID {
		t.Fatalf("Find Ed25519 key of %s = %v %+v %v", ethr, got, meta, err)
	}
	got, _, err = ks.Find(func(s StoredKey) bool { return s.Address == own.Address().Hex() }, "pw")
	if err != nil || got.DID != own.DID {
		t.Fatalf("Find by address = %v, %v", got, err)
	}
	if _, _, err := ks.Find(func(s StoredKey) bool { return false }, "pw"); !errors.Is(err, ErrNoKey) {
		t.Fatalf("Find nothing: %v", err)
	}
	list, _ := ks.List()
	if len(list) != 2 || list[0].DID != ethr || list[1].Key != ed.DID {
		t.Fatalf("List = %+v", list)
	}
}
