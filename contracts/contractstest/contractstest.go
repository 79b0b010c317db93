// Package contractstest deploys the contract suite on an embedded
// go-ethereum chain for the tests of packages that use it: one funded key,
// which deployed the suite and is the registry's registrar.
package contractstest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

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
	// A key in memory, not in a keystore: a keystore's three scrypt runs
	// cost more than the rest of the set-up (far more under the race
	// detector), and the tests using this are about the contracts' callers,
	// not key storage, which chain's own tests cover.
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	a := crypto.PubkeyToAddress(key.PublicKey)
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: dir + "/chain", Prefund: []common.Address{a}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	cfg := chain.DefaultTxConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	cfg.PollInterval = 2 * time.Millisecond
	s, err := chain.NewSender(ctx, c, keySigner{key}, cfg)
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

// keySigner signs transactions with a key held in memory.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignTx(tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(id), k.key)
}
