package did

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
)

// ErrNoKey is returned when the key store holds no key for a DID.
var ErrNoKey = errors.New("no key for this DID in the key store")

// KeyStore keeps the private keys of DIDs a node controls, one file per DID,
// encrypted with a passphrase in the Web3 Secret Storage format that
// go-ethereum's keystore uses (scrypt, AES-128-CTR, keccak MAC).
type KeyStore struct {
	dir              string
	scryptN, scryptP int
}

// OpenKeyStore uses dir (created on first save); light picks go-ethereum's
// light scrypt cost, for throwaway homes.
func OpenKeyStore(dir string, light bool) *KeyStore {
	k := &KeyStore{dir: dir, scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP}
	if light {
		k.scryptN, k.scryptP = keystore.LightScryptN, keystore.LightScryptP
	}
	return k
}

// storedKey is a key file.
type storedKey struct {
	DID     string              `json:"did"`
	Type    KeyType             `json:"type"`
	Created time.Time           `json:"created"`
	Crypto  keystore.CryptoJSON `json:"crypto"`
}

// StoredKey describes a key in the store, without its secret.
type StoredKey struct {
	DID     string    `json:"did"`
	Type    KeyType   `json:"type"`
	Created time.Time `json:"created"`
}

func (k *KeyStore) path(did string) string {
	sum := sha256.Sum256([]byte(did))
	return filepath.Join(k.dir, fmt.Sprintf("%x.json", sum[:12]))
}

// Save encrypts and stores kp's private key; an existing key of that DID is
// never overwritten.
func (k *KeyStore) Save(kp *KeyPair, passphrase string) error {
	if passphrase == "" {
		return errors.New("save DID key: an empty passphrase would leave it unencrypted")
	}
	enc, err := keystore.EncryptDataV3(kp.Private, []byte(passphrase), k.scryptN, k.scryptP)
	if err != nil {
		return fmt.Errorf("encrypt key of %s: %w", kp.DID, err)
	}
	data, err := json.MarshalIndent(storedKey{DID: kp.DID, Type: kp.Type, Created: time.Now().UTC(), Crypto: enc}, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFile(k.path(kp.DID), append(data, '\n'), false); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("the key store already holds a key for %s", kp.DID)
		}
		return fmt.Errorf("save key of %s: %w", kp.DID, err)
	}
	return nil
}

// Load decrypts the key of a DID.
func (k *KeyStore) Load(did, passphrase string) (*KeyPair, error) {
	data, err := os.ReadFile(k.path(did))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoKey, did)
	}
	if err != nil {
		return nil, fmt.Errorf("read key of %s: %w", did, err)
	}
	var s storedKey
	if err := json.Unmarshal(data, &s); err != nil || s.DID != did {
		return nil, fmt.Errorf("key file %s is corrupt or not the key of %s", k.path(did), did)
	}
	priv, err := keystore.DecryptDataV3(s.Crypto, passphrase)
	if err != nil {
		return nil, fmt.Errorf("unlock key of %s: %w", did, err)
	}
	kp, err := NewKeyPair(s.Type, priv)
	if err != nil {
		return nil, fmt.Errorf("key of %s: %w", did, err)
	}
	if kp.DID != did {
		return nil, fmt.Errorf("key file of %s holds the key of %s", did, kp.DID)
	}
	return kp, nil
}

// List describes every key in the store, oldest first.
func (k *KeyStore) List() ([]StoredKey, error) {
	entries, err := os.ReadDir(k.dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list DID keys: %w", err)
	}
	var out []StoredKey
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(k.dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("list DID keys: %w", err)
		}
		var s storedKey
		if err := json.Unmarshal(data, &s); err != nil {
			return nil, fmt.Errorf("key file %s is corrupt: %w", e.Name(), err)
		}
		out = append(out, StoredKey{DID: s.DID, Type: s.Type, Created: s.Created})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, nil
}
