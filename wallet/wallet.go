// Package wallet is a user's own identity wallet, kept in a folder apart
// from any node home (FGMV-43 9.4: the user holds the keys): the holder's
// DID key, encrypted in a keystore, and the user's credentials. It signs
// what a node asks (a did.SignRequest: a presentation, a consent to a
// migration's scope, an identity update, an unlink) and nothing else; the
// node never sees the key. A wallet outside mifm does the same over the
// same request and response (testnet/wallet-js/signer.mjs, with ethers).
//
// Like did/ and chain/, it knows nothing of the node.
package wallet

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/mifm/mifm/did"
)

// Errors callers branch on.
var (
	ErrNoWallet = errors.New("no wallet in this folder")
	ErrExists   = errors.New("the folder holds a wallet already")
)

// MaxCredential bounds a credential the wallet keeps.
const MaxCredential = 1 << 20

const (
	keysDir  = "keys"
	credsDir = "credentials"
	holderFn = "holder.json"
)

// Wallet is a wallet folder.
type Wallet struct {
	Dir  string
	keys *did.KeyStore
	// Light uses go-ethereum's light scrypt cost, for throwaway wallets.
	light bool
}

type holderFile struct {
	DID     string      `json:"did"`
	Type    did.KeyType `json:"type"`
	Created string      `json:"created"`
}

// Open uses the wallet in dir (Init makes one).
func Open(dir string, light bool) *Wallet {
	return &Wallet{Dir: dir, keys: did.OpenKeyStore(filepath.Join(dir, keysDir), light), light: light}
}

// Init makes the holder's key (a did:key of type kt), encrypted with
// passphrase; a folder with a wallet already is refused.
func (w *Wallet) Init(kt did.KeyType, passphrase string) (string, error) {
	if _, err := w.Holder(); err == nil {
		return "", fmt.Errorf("%w: %s", ErrExists, w.Dir)
	}
	if passphrase == "" {
		return "", errors.New("a wallet needs a passphrase (MIFM_WALLET_PASSPHRASE, or asked on a terminal)")
	}
	kp, err := did.NewKeyPair(kt, nil)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(w.Dir, 0o700); err != nil {
		return "", fmt.Errorf("make the wallet folder: %w", err)
	}
	if err := w.keys.Save(kp, passphrase); err != nil {
		return "", fmt.Errorf("save the holder key: %w", err)
	}
	b, _ := json.MarshalIndent(holderFile{DID: kp.DID, Type: kt, Created: time.Now().UTC().Format(time.RFC3339)}, "", "  ")
	if err := writeFile(filepath.Join(w.Dir, holderFn), b); err != nil {
		return "", err
	}
	return kp.DID, nil
}

// Holder is the wallet's DID.
func (w *Wallet) Holder() (string, error) {
	b, err := os.ReadFile(filepath.Join(w.Dir, holderFn))
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("%w %s (make one with `wallet init`)", ErrNoWallet, w.Dir)
	}
	if err != nil {
		return "", err
	}
	var h holderFile
	if err := json.Unmarshal(b, &h); err != nil || h.DID == "" {
		return "", fmt.Errorf("%s: not a wallet's holder file", filepath.Join(w.Dir, holderFn))
	}
	return h.DID, nil
}

// Sign answers a sign request with the holder key, after checking it is
// for this holder, well formed and not expired.
func (w *Wallet) Sign(req *did.SignRequest, passphrase string, now time.Time) (*did.SignResponse, error) {
	u, err := w.Unlock(passphrase)
	if err != nil {
		return nil, err
	}
	return u.Sign(req, now)
}

// Unlocked is a wallet whose key is decrypted for a session (one
// command's signing rounds), so the passphrase is asked once.
type Unlocked struct {
	holder string
	kp     *did.KeyPair
}

// Unlock decrypts the holder key.
func (w *Wallet) Unlock(passphrase string) (*Unlocked, error) {
	holder, err := w.Holder()
	if err != nil {
		return nil, err
	}
	kp, err := w.keys.Load(holder, passphrase)
	if err != nil {
		return nil, fmt.Errorf("unlock the holder key: %w", err)
	}
	return &Unlocked{holder: holder, kp: kp}, nil
}

// Sign answers a sign request for this holder.
func (u *Unlocked) Sign(req *did.SignRequest, now time.Time) (*did.SignResponse, error) {
	if req.Holder != u.holder {
		return nil, fmt.Errorf("the request is for %s; this wallet holds %s", req.Holder, u.holder)
	}
	return did.SignWith(u.kp, req, now)
}

// AddCredential keeps a credential (a JSON object, or a JSON string with a
// vc+jwt or SD-JWT; a bare token is taken as the string) and returns its
// file name.
func (w *Wallet) AddCredential(raw []byte) (string, error) {
	if _, err := w.Holder(); err != nil {
		return "", err
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || len(raw) > MaxCredential {
		return "", fmt.Errorf("a credential is 1 byte to %d bytes", MaxCredential)
	}
	if raw[0] != '{' && raw[0] != '"' {
		raw, _ = json.Marshal(string(raw))
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", fmt.Errorf("the credential is not JSON or a JWT: %w", err)
	}
	sum := sha256.Sum256(raw)
	name := hex.EncodeToString(sum[:8]) + ".json"
	dir := filepath.Join(w.Dir, credsDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	return name, writeFile(filepath.Join(dir, name), raw)
}

// Credential is a credential the wallet keeps.
type Credential struct {
	Name string          `json:"name"`
	Raw  json.RawMessage `json:"credential"`
}

// Credentials are the wallet's credentials, by name.
func (w *Wallet) Credentials() ([]Credential, error) {
	entries, err := os.ReadDir(filepath.Join(w.Dir, credsDir))
	if errors.Is(err, os.ErrNotExist) {
		return []Credential{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := []Credential{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(w.Dir, credsDir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, Credential{Name: e.Name(), Raw: b})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// writeFile writes through a temporary file, so a crash leaves the old
// file or the new one.
func writeFile(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return os.Rename(tmp, path)
}
