package contracts_test

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
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
)

// keySigner signs transactions with a key held in memory.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignTx(tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(id), k.key)
}

// suiteChain is an embedded chain with the suite deployed, platform A
// registered (admin and default royalty receiver: key 0) and key 1 granted minting for it on both asset
// contracts. Key 2 is a user; key 3 mints for no one.
type suiteChain struct {
	chain    *chain.Embedded
	addrs    []common.Address
	senders  []*chain.Sender
	keys     []*ecdsa.PrivateKey
	registry common.Address
	nft      common.Address
	editions common.Address
	escrow   common.Address
	exchange common.Address
	bridge   common.Address
	anchor   common.Address
	platform [32]byte
	reg      *platformregistry.PlatformRegistry
	a721     *asset721.Asset721
	a1155    *asset1155.Asset1155
}

const platformDID = "did:web:platform-a.example"

func newSuiteChain(t testing.TB, keys int) *suiteChain {
	t.Helper()
	return newSuiteChainID(t, keys, 0)
}

// newSuiteChainID is newSuiteChain on a chain with the given id (0: the
// default, 1337).
func newSuiteChainID(t testing.TB, keys int, chainID uint64) *suiteChain {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	s := &suiteChain{
		platform: contracts.PlatformID(platformDID),
		reg:      platformregistry.NewPlatformRegistry(), a721: asset721.NewAsset721(), a1155: asset1155.NewAsset1155(),
	}
	// Keys in memory, not in a keystore: these tests are about the
	// contracts, and a keystore's scrypt (three runs per key) was half of
	// each test's time. chain's own tests cover the keystore.
	for range keys {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		s.keys = append(s.keys, key)
		s.addrs = append(s.addrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: dir + "/chain", ChainID: chainID, Prefund: s.addrs})
	if err != nil {
		t.Fatalf("start embedded chain: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	s.chain = c
	for _, key := range s.keys {
		cfg := chain.DefaultTxConfig()
		cfg.ErrorABIs = contracts.ErrorABIs()
		cfg.PollInterval = 2 * time.Millisecond
		snd, err := chain.NewSender(ctx, c, keySigner{key}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		s.senders = append(s.senders, snd)
	}
	suite, err := contracts.Suite(s.addrs[0])
	if err != nil {
		t.Fatal(err)
	}
	deps, err := chain.OpenDeployments(dir + "/deployments")
	if err != nil {
		t.Fatal(err)
	}
	res, err := deps.EnsureDeployed(ctx, s.senders[0], suite)
	if err != nil {
		t.Fatalf("deploy suite: %v", err)
	}
	s.registry, s.nft, s.editions, s.exchange, s.escrow, s.bridge, s.anchor = res[0].Address, res[1].Address, res[2].Address, res[4].Address, res[5].Address, res[6].Address, res[7].Address
	s.mustSend(t, 0, s.registry, s.reg.PackRegister(s.platform, platformDID, s.addrs[0], s.addrs[0]))
	s.mustSend(t, 0, s.nft, s.a721.PackSetMinter(s.platform, s.addrs[1], true))
	s.mustSend(t, 0, s.editions, s.a1155.PackSetMinter(s.platform, s.addrs[1], true))
	s.mustSend(t, 0, s.nft, s.a721.PackSetDefaultRoyaltyReceiver(s.platform, s.addrs[3]))
	s.mustSend(t, 0, s.editions, s.a1155.PackSetDefaultRoyaltyReceiver(s.platform, s.addrs[3]))
	return s
}

func (s *suiteChain) send(t testing.TB, from int, to common.Address, data []byte) (*types.Receipt, error) {
	t.Helper()
	return s.senders[from].Transact(context.Background(), chain.Call{To: &to, Data: data})
}

func (s *suiteChain) mustSend(t testing.TB, from int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	r, err := s.send(t, from, to, data)
	if err != nil {
		t.Fatalf("send from key %d to %s: %v", from, to.Hex(), err)
	}
	return r
}

func (s *suiteChain) call(t testing.TB, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := chain.CallView(context.Background(), s.chain, to, data, contracts.ErrorABIs()...)
	if err != nil {
		t.Fatalf("call %s: %v", to.Hex(), err)
	}
	return out
}

// digest is a stand-in sha2-256 digest of metadata number i.
func digest(i int) [32]byte {
	return crypto.Keccak256Hash(big.NewInt(int64(i)).Bytes())
}

func localID(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func tokenID(platform, local [32]byte) *big.Int {
	return new(big.Int).SetBytes(crypto.Keccak256(platform[:], local[:]))
}
