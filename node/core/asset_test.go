package core_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/home"
)

// A daemon's core unlocks the platform key and prepares minting on its
// first mint only: later mints neither ask for the passphrase (a slow KDF
// each time) nor check the registry and minters again.
func TestMintPreparesOncePerCore(t *testing.T) {
	const pass = "test passphrase"
	cfg := home.DefaultConfig()
	cfg.Keystore.KDF = "light"
	h, err := home.Init(filepath.Join(t.TempDir(), "home"), home.InitOptions{Config: cfg, Passphrase: pass})
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	ctx := context.Background()
	c, err := core.Open(ctx, core.Config{Home: h, API: core.APIRI, Passphrase: func() (string, error) { asked++; return pass, nil }})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	mint := func(name string) *api.Minted {
		t.Helper()
		m, err := c.AssetMint(ctx, api.MintRequest{Metadata: api.MintMetadata{Name: name}, Files: []api.File{{Name: name + ".glb", Data: bytes.NewReader([]byte("glTF " + name))}}})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	if first := mint("sword"); len(first.Prepared) == 0 || first.Existing {
		t.Fatalf("first mint = %+v, want the suite deployed first", first)
	}
	for _, name := range []string{"shield", "bow"} {
		if m := mint(name); len(m.Prepared) != 0 || m.Existing {
			t.Fatalf("mint of %s = %+v, want a fresh token and nothing prepared", name, m)
		}
	}
	if asked != 1 {
		t.Fatalf("the passphrase was asked %d times for three mints, want once", asked)
	}
	// A refused request costs no passphrase either.
	if _, err := c.AssetMint(ctx, api.MintRequest{Metadata: api.MintMetadata{Name: "x", Amount: "2"}, Files: []api.File{{Name: "x", Data: bytes.NewReader(nil)}}}); err == nil {
		t.Fatal("two editions of an ERC-721 token were accepted")
	}
}
