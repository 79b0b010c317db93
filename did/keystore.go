package did

import (
	"cmp"
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
	StoredKey
	Crypto keystore.CryptoJSON `json:"crypto"`
}

// StoredKey describes a key in the store, without its secret.
type StoredKey struct {
	// DID is the DID the key belongs to: its own did:key, or a DID of
	// another method (did:ethr) that lists it.
	DID string `json:"did"`
	// Key is the key's own did:key when DID is another DID.
	Key  string  `json:"key,omitempty"`
	Type KeyType `json:"type"`
	// Address is a secp256k1 key's Ethereum address, which finds the key of
	// a did:ethr's owner without decrypting every key.
	Address string    `json:"address,omitempty"`
	Created time.Time `json:"created"`
}

func (k *KeyStore) path(did string) string {
	sum := sha256.Sum256([]byte(did))
	return filepath.Join(k.dir, fmt.Sprintf("%x.json", sum[:12]))
}

// Save encrypts and stores kp's private key as the key of its did:key; an
// existing key of that DID is never overwritten.
func (k *KeyStore) Save(kp *KeyPair, passphrase string) error {
	return k.SaveFor(kp.DID, kp, passphrase)
}

// SaveFor stores kp as a key of did. The first key saved for a DID is the
// one Load returns (a did:ethr's own secp256k1 key); later ones are found
// with Find.
func (k *KeyStore) SaveFor(did string, kp *KeyPair, passphrase string) error {
	if passphrase == "" {
		return errors.New("save DID key: an empty passphrase would leave it unencrypted")
	}
	enc, err := keystore.EncryptDataV3(kp.Private, []byte(passphrase), k.scryptN, k.scryptP)
	if err != nil {
		return fmt.Errorf("encrypt key of %s: %w", did, err)
	}
	meta := StoredKey{DID: did, Type: kp.Type, Created: time.Now().UTC()}
	if did != kp.DID {
		meta.Key = kp.DID
	}
	if kp.Type == Secp256k1 {
		meta.Address = kp.Address().Hex()
	}
	data, err := json.MarshalIndent(storedKey{StoredKey: meta, Crypto: enc}, "", "  ")
	if err != nil {
		return err
	}
	path := k.path(did)
	if _, err := os.Stat(path); err == nil && did != kp.DID {
		path = k.path(did + " " + kp.DID)
	}
	if err := writeFile(path, append(data, '\n'), false); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("the key store already holds this key for %s", did)
		}
		return fmt.Errorf("save key of %s: %w", did, err)
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
	return s.open(passphrase)
}

// open decrypts a stored key and checks it is the key the file says.
func (s *storedKey) open(passphrase string) (*KeyPair, error) {
	priv, err := keystore.DecryptDataV3(s.Crypto, passphrase)
	if err != nil {
		return nil, fmt.Errorf("unlock key of %s: %w", s.DID, err)
	}
	kp, err := NewKeyPair(s.Type, priv)
	if err != nil {
		return nil, fmt.Errorf("key of %s: %w", s.DID, err)
	}
	if want := cmp.Or(s.Key, s.DID); kp.DID != want {
		return nil, fmt.Errorf("key file of %s holds the key of %s, not %s", s.DID, kp.DID, want)
	}
	return kp, nil
}

// Find decrypts the oldest key for which match is true.
func (k *KeyStore) Find(match func(StoredKey) bool, passphrase string) (*KeyPair, StoredKey, error) {
	all, err := k.read()
	if err != nil {
		return nil, StoredKey{}, err
	}
	for _, s := range all {
		if match(s.StoredKey) {
			kp, err := s.open(passphrase)
			return kp, s.StoredKey, err
		}
	}
	return nil, StoredKey{}, ErrNoKey
}

// List describes every key in the store, oldest first.
func (k *KeyStore) List() ([]StoredKey, error) {
	all, err := k.read()
	if err != nil {
		return nil, err
	}
	var out []StoredKey
	for _, s := range all {
		out = append(out, s.StoredKey)
	}
	return out, nil
}

// read reads every key file, oldest first.
func (k *KeyStore) read() ([]storedKey, error) {
	entries, err := os.ReadDir(k.dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list DID keys: %w", err)
	}
	var out []storedKey
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
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, nil
}
