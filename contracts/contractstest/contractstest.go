// Package contractstest deploys the contract suite on an embedded
// go-ethereum chain for the tests of packages that use it: one funded key,
// which deployed the suite and is the registry's registrar.
package contractstest

import (
	"context"
	"crypto/ecdsa"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
)

// Suite is the deployed suite and the key that deployed it.
type Suite struct {
	Chain  *chain.Embedded
	Sender *chain.Sender
	Key    *ecdsa.PrivateKey
	// Addrs are the suite's addresses by contract name (contracts.Escrow, …).
	Addrs map[string]common.Address
}

// New starts the chain (closed when the test ends) and deploys the suite.
func New(t testing.TB) *Suite {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	ks := chain.OpenKeystore(dir+"/keystore", chain.KDFLight)
	a, err := ks.NewAccount("pass")
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: dir + "/chain", Prefund: []common.Address{a}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	signer, err := ks.Unlock(a, "pass")
	if err != nil {
		t.Fatal(err)
	}
	key, err := ks.PrivateKey(a, "pass")
	if err != nil {
		t.Fatal(err)
	}
	cfg := chain.DefaultTxConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	cfg.PollInterval = 2 * time.Millisecond
	s, err := chain.NewSender(ctx, c, signer, cfg)
	if err != nil {
		t.Fatal(err)
	}
	list, err := contracts.Suite(a)
	if err != nil {
		t.Fatal(err)
	}
	deps, err := chain.OpenDeployments(dir + "/deployments")
	if err != nil {
		t.Fatal(err)
	}
	res, err := deps.EnsureDeployed(ctx, s, list)
	if err != nil {
		t.Fatal(err)
	}
	out := &Suite{Chain: c, Sender: s, Key: key, Addrs: map[string]common.Address{}}
	for _, r := range res {
		out.Addrs[r.Name] = r.Address
	}
	return out
}
