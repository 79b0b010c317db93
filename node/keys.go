package node

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
)

// HomeKeys are the keys of a home's keystore as the node signs and sends
// with them: the platform key and the wallets of the users it holds keys for.
// Each key is unlocked once, on first use, and gets one Sender, so the
// node's transactions from one account never race for a nonce.
type HomeKeys struct {
	Node       *Node
	Passphrase func() (string, error)

	mu      sync.Mutex
	senders map[common.Address]*chain.Sender
	keys    map[common.Address]*ecdsa.PrivateKey
}

// Platform is the platform key (admin and attester).
func (k *HomeKeys) Platform(ctx context.Context) (*chain.Sender, *ecdsa.PrivateKey, error) {
	return k.Wallet(ctx, k.Node.Home.PlatformAddress())
}

// Wallet is one keystore account.
func (k *HomeKeys) Wallet(ctx context.Context, addr common.Address) (*chain.Sender, *ecdsa.PrivateKey, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if s, ok := k.senders[addr]; ok {
		return s, k.keys[addr], nil
	}
	ks := k.Node.Home.Keystore()
	if !slices.Contains(ks.Accounts(), addr) {
		return nil, nil, fmt.Errorf("%w: %s is not an account of this home's keystore", chain.ErrNoAccount, addr.Hex())
	}
	pass, err := k.Passphrase()
	if err != nil {
		return nil, nil, err
	}
	key, err := ks.PrivateKey(addr, pass)
	if err != nil {
		return nil, nil, err
	}
	cfg := k.Node.Home.TxConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	// The key just decrypted signs too: unlocking it in the keystore as
	// well would run scrypt a second time.
	s, err := chain.NewSender(ctx, k.Node.Chain, chain.KeySignerOf(key), cfg)
	if err != nil {
		return nil, nil, err
	}
	if k.senders == nil {
		k.senders, k.keys = map[common.Address]*chain.Sender{}, map[common.Address]*ecdsa.PrivateKey{}
	}
	k.senders[addr], k.keys[addr] = s, key
	return s, key, nil
}
