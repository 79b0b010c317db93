package node

import (
	"errors"
	"fmt"
	"strings"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/re"
)

// PlatformKeyFragment names the platform key in a did:web document the node
// serves.
const PlatformKeyFragment = "#platform-key"

// PlatformSigner is how the node signs as its platform (RE requests,
// manifestos, offers and answers): the platform key for a did:pkh, did:ethr
// or did:web of that key (ES256K, checked by key recovery against the
// account the DID document lists), or the did:key's own key from the home's
// DID key store.
func PlatformSigner(h *home.Home, passphrase string) (*re.Signer, error) {
	id := h.Config.Platform.DID
	method, msid, err := did.Method(id)
	if err != nil {
		return nil, fmt.Errorf("platform.did: %w", err)
	}
	platformKey := func(kid string) (*re.Signer, error) {
		k, err := h.Keystore().PrivateKey(h.PlatformAddress(), passphrase)
		if err != nil {
			return nil, err
		}
		kp, err := did.NewKeyPair(did.Secp256k1, ethcrypto.FromECDSA(k))
		if err != nil {
			return nil, err
		}
		return &re.Signer{DID: id, KeyID: kid, Key: kp}, nil
	}
	addr := strings.ToLower(h.PlatformAddress().Hex())
	switch method {
	case "pkh":
		acct, err := chain.ParseAccountID(msid)
		if err != nil {
			return nil, fmt.Errorf("platform.did %s: %w", id, err)
		}
		if a, err := acct.EVMAddress(); err != nil || strings.ToLower(a.Hex()) != addr {
			return nil, fmt.Errorf("platform.did %s is not the platform key's account %s: the node signs as its platform with that key", id, h.PlatformAddress().Hex())
		}
		return platformKey(id + "#blockchainAccountId")
	case "ethr":
		if !strings.HasSuffix(strings.ToLower(msid), addr) {
			return nil, fmt.Errorf("platform.did %s is not the platform key's did:ethr (%s)", id, h.PlatformAddress().Hex())
		}
		return platformKey(id + "#controller")
	case "web":
		return platformKey(id + PlatformKeyFragment)
	case "key":
		kp, err := h.DIDKeys().Load(id, passphrase)
		if errors.Is(err, did.ErrNoKey) {
			return nil, fmt.Errorf("platform.did %s: its key is not in %s", id, home.DIDKeysDir)
		}
		if err != nil {
			return nil, err
		}
		return &re.Signer{DID: id, KeyID: id + "#" + msid, Key: kp}, nil
	}
	return nil, fmt.Errorf("platform.did %s: the node signs as did:pkh, did:ethr, did:web or did:key platforms, not did:%s", id, method)
}

// WebDocument is the did:web document a node serves at
// /.well-known/did.json: the platform key (as its account, which signs by
// key recovery) and the node's RE endpoint as a MIFMNode service.
func WebDocument(h *home.Home, chainID uint64, reURL string) (*did.Document, error) {
	id := h.Config.Platform.DID
	if !strings.HasPrefix(id, "did:web:") {
		return nil, fmt.Errorf("this node's platform DID is %s; it serves a did:web document only for a did:web platform", id)
	}
	vm := id + PlatformKeyFragment
	rel := []string{vm}
	return &did.Document{
		Context: []any{did.ContextDIDv1, "https://w3id.org/security/suites/secp256k1recovery-2020/v2"},
		ID:      id,
		VerificationMethod: []did.VerificationMethod{{
			ID: vm, Type: "EcdsaSecp256k1RecoveryMethod2020", Controller: id,
			BlockchainAccountID: chain.EIP155Account(chainID, h.PlatformAddress()).String(),
		}},
		Authentication: rel, AssertionMethod: rel,
		Service: []did.Service{{ID: id + "#mifm", Type: "MIFMNode", ServiceEndpoint: reURL}},
	}, nil
}
