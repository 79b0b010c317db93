package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mifm/mifm/chain"
)

// KeySignerOf signs exactly as the keystore's unlocked key does (secp256k1
// signatures are deterministic), for the same address.
func TestKeySignerOfSignsAsTheKeystore(t *testing.T) {
	ks := chain.OpenKeystore(t.TempDir(), chain.KDFLight)
	a, err := ks.NewAccount(testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	unlocked, err := ks.Unlock(a, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	key, err := ks.PrivateKey(a, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	of := chain.KeySignerOf(key)
	if of.Address() != a {
		t.Fatalf("KeySignerOf's address is %s, want %s", of.Address().Hex(), a.Hex())
	}
	to := common.HexToAddress("0xb0")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: 3, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to, Value: big.NewInt(5)})
	want, err := unlocked.SignTx(tx, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	got, err := of.SignTx(tx, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash() != want.Hash() {
		t.Fatalf("KeySignerOf signed %s, the keystore %s", got.Hash().Hex(), want.Hash().Hex())
	}
}
