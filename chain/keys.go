package chain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrWrongPassphrase is returned when a passphrase does not decrypt a key.
var ErrWrongPassphrase = errors.New("wrong passphrase")

// ErrNoAccount is returned when the keystore holds no key for an address.
var ErrNoAccount = errors.New("no key for this account in the keystore")

// Keystore holds the node's keys encrypted at rest in go-ethereum's keystore
// format (scrypt + AES-128-CTR), readable by geth and every wallet that imports
// Web3 Secret Storage files.
type Keystore struct {
	ks *keystore.KeyStore
}

// KDFStrength picks scrypt's cost. Standard is geth's default (about a second
// per unlock on this class of machine); Light is for throwaway homes such as
// the demo's and tests'.
type KDFStrength int

const (
	KDFStandard KDFStrength = iota
	KDFLight
)

// OpenKeystore opens (creating if needed) the keystore in dir.
func OpenKeystore(dir string, strength KDFStrength) *Keystore {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if strength == KDFLight {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	return &Keystore{ks: keystore.NewKeyStore(dir, n, p)}
}

// Accounts lists the addresses of the keys in the keystore, in the order of
// their files (creation order).
func (k *Keystore) Accounts() []common.Address {
	var out []common.Address
	for _, a := range k.ks.Accounts() {
		out = append(out, a.Address)
	}
	return out
}

// NewAccount creates a key encrypted with passphrase.
func (k *Keystore) NewAccount(passphrase string) (common.Address, error) {
	if passphrase == "" {
		return common.Address{}, errors.New("refusing to create a key with an empty passphrase")
	}
	a, err := k.ks.NewAccount(passphrase)
	if err != nil {
		return common.Address{}, fmt.Errorf("create key: %w", err)
	}
	return a.Address, nil
}

// PrivateKey decrypts the key of addr for a signer that is not a transaction
// signer (the node's JWS signatures over RE requests and manifestos). Keep
// it in memory only.
func (k *Keystore) PrivateKey(addr common.Address, passphrase string) (*ecdsa.PrivateKey, error) {
	acct, err := k.ks.Find(accounts.Account{Address: addr})
	if err != nil {
		return nil, fmt.Errorf("find key %s: %w", addr.Hex(), ErrNoAccount)
	}
	data, err := os.ReadFile(acct.URL.Path)
	if err != nil {
		return nil, fmt.Errorf("read key %s: %w", addr.Hex(), err)
	}
	key, err := keystore.DecryptKey(data, passphrase)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("unlock %s: %w (check --passphrase-file or MIFM_PASSPHRASE)", addr.Hex(), ErrWrongPassphrase)
		}
		return nil, fmt.Errorf("unlock %s: %w", addr.Hex(), err)
	}
	return key.PrivateKey, nil
}

// Unlock decrypts the key of addr and returns a signer for it. The passphrase
// is used once and not kept.
func (k *Keystore) Unlock(addr common.Address, passphrase string) (*KeySigner, error) {
	acct := accounts.Account{Address: addr}
	if !k.ks.HasAddress(addr) {
		return nil, fmt.Errorf("unlock %s: %w", addr.Hex(), ErrNoAccount)
	}
	if err := k.ks.Unlock(acct, passphrase); err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("unlock %s: %w (check --passphrase-file or MIFM_PASSPHRASE)", addr.Hex(), ErrWrongPassphrase)
		}
		return nil, fmt.Errorf("unlock %s: %w", addr.Hex(), err)
	}
	return &KeySigner{ks: k.ks, acct: acct}, nil
}

// Signer signs transactions for one address.
type Signer interface {
	Address() common.Address
	SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}

// KeySigner signs with an unlocked keystore key.
type KeySigner struct {
	ks   *keystore.KeyStore
	acct accounts.Account
}

func (s *KeySigner) Address() common.Address { return s.acct.Address }

func (s *KeySigner) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return s.ks.SignTx(s.acct, tx, chainID)
}

// SignHash signs a 32-byte digest (an EIP-712 hash, for instance).
func (s *KeySigner) SignHash(hash []byte) ([]byte, error) {
	return s.ks.SignHash(s.acct, hash)
}

// Lock drops the decrypted key from memory.
func (s *KeySigner) Lock() error { return s.ks.Lock(s.acct.Address) }

// KeySignerOf signs with a key that PrivateKey has already decrypted, so a
// caller that needs both the key and a transaction signer runs scrypt (about
// a second at KDFStandard) once instead of twice.
func KeySignerOf(key *ecdsa.PrivateKey) Signer { return privateKeySigner{key} }

type privateKeySigner struct{ key *ecdsa.PrivateKey }

func (s privateKeySigner) Address() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }

// SignTx signs as go-ethereum's keystore does for an unlocked key.
func (s privateKeySigner) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// ReadPassphraseFile reads a passphrase from the first line of a file, the
// convention geth's --password follows. The file's content never reaches an
// error message.
func ReadPassphraseFile(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read passphrase file: %w", err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	line = strings.TrimRight(line, "\r")
	if line == "" {
		return "", fmt.Errorf("passphrase file %s is empty", path)
	}
	return line, nil
}
