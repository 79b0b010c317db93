package home_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/mifm/mifm/node/home"
)

func TestChainDataDir(t *testing.T) {
	root := t.TempDir()
	abs := filepath.Join(root, "elsewhere")
	for _, tc := range []struct{ name, datadir, want string }{
		{"default is the home's own", "", filepath.Join(root, "h", home.ChainDir)},
		{"relative to the home", filepath.Join("..", "shared"), filepath.Join(root, "shared")},
		{"absolute", abs, abs},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := &home.Home{Dir: filepath.Join(root, "h"), Config: home.DefaultConfig()}
			h.Config.Chain.DataDir = tc.datadir
			if got := h.ChainDataDir(); got != tc.want {
				t.Fatalf("ChainDataDir() = %s, want %s", got, tc.want)
			}
		})
	}
}

// Two homes whose chain.datadir names one folder open one chain, one after
// the other: what `mifm demo --keep` leaves (issue 16).
func TestHomesNamingOneDataDirShareTheChain(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	cfg := lightConfig()
	cfg.Chain.DataDir = filepath.Join("..", "chain")
	a, err := home.Init(filepath.Join(root, "a"), home.InitOptions{Config: cfg, Passphrase: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := home.Init(filepath.Join(root, "b"), home.InitOptions{Config: cfg, Passphrase: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	ca, err := a.OpenChain(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	genesis, err := ca.HeaderByNumber(ctx, nil)
	ca.Close()
	if err != nil {
		t.Fatal(err)
	}
	cb, err := b.OpenChain(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	defer cb.Close()
	got, err := cb.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash() != genesis.Hash() {
		t.Fatalf("B opened a chain with head %s, A's is %s", got.Hash(), genesis.Hash())
	}
	// A made the chain, so A's platform key is the one prefunded.
	if bal, err := cb.BalanceAt(ctx, a.PlatformAddress(), nil); err != nil || bal.Sign() == 0 {
		t.Fatalf("A's platform key holds %v on the chain B opened (%v): not the chain A made", bal, err)
	}
}
