package did

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EthrChange is one update of a did:ethr identity in its registry.
type EthrChange struct {
	// Op is changeOwner, addDelegate, revokeDelegate, setAttribute or
	// revokeAttribute.
	Op           string
	NewOwner     common.Address // changeOwner; zero deactivates the DID for good
	DelegateType string         // addDelegate, revokeDelegate: veriKey or sigAuth
	Delegate     common.Address
	Name         string // setAttribute, revokeAttribute: at most 32 bytes
	Value        []byte
	Validity     time.Duration // addDelegate, setAttribute
}

// Ops of an EthrChange.
const (
	OpChangeOwner     = "changeOwner"
	OpAddDelegate     = "addDelegate"
	OpRevokeDelegate  = "revokeDelegate"
	OpSetAttribute    = "setAttribute"
	OpRevokeAttribute = "revokeAttribute"
)

// EthrKeyAttribute is the attribute that publishes kp's public key in a
// did:ethr document, with the encoding its verification method type
// expects: Ed25519 as base58 (Ed25519VerificationKey2018), secp256k1 as hex
// (EcdsaSecp256k1VerificationKey2019); purpose is veriKey (assertion),
// sigAuth (assertion and authentication) or enc (key agreement).
func EthrKeyAttribute(kp *KeyPair, purpose string, validity time.Duration) (EthrChange, error) {
	switch purpose {
	case "veriKey", "sigAuth":
	default:
		return EthrChange{}, fmt.Errorf("key purpose %q: want veriKey or sigAuth", purpose)
	}
	switch kp.Type {
	case Ed25519:
		return EthrChange{Op: OpSetAttribute, Name: "did/pub/Ed25519/" + purpose + "/base58", Value: kp.Public, Validity: validity}, nil
	case Secp256k1:
		return EthrChange{Op: OpSetAttribute, Name: "did/pub/Secp256k1/" + purpose + "/hex", Value: kp.Public, Validity: validity}, nil
	}
	return EthrChange{}, fmt.Errorf("a did:ethr document holds Ed25519 or secp256k1 keys, not %s", kp.Type)
}

// EthrServiceAttribute is the attribute that adds a service endpoint.
func EthrServiceAttribute(typ, endpoint string, validity time.Duration) (EthrChange, error) {
	if !ethrAttr.MatchString("did/svc/" + typ) {
		return EthrChange{}, fmt.Errorf("service type %q: letters, digits and _ only", typ)
	}
	if endpoint == "" {
		return EthrChange{}, errors.New("a service needs an endpoint")
	}
	return EthrChange{Op: OpSetAttribute, Name: "did/svc/" + typ, Value: []byte(endpoint), Validity: validity}, nil
}

func (c EthrChange) validate() error {
	switch c.Op {
	case OpChangeOwner:
	case OpAddDelegate, OpRevokeDelegate:
		if c.DelegateType != "veriKey" && c.DelegateType != "sigAuth" {
			return fmt.Errorf("delegate type %q: want veriKey or sigAuth", c.DelegateType)
		}
		if c.Delegate == (common.Address{}) {
			return errors.New("a delegate needs an address")
		}
	case OpSetAttribute, OpRevokeAttribute:
		if c.Name == "" || len(c.Name) > 32 {
			return fmt.Errorf("attribute name %q: 1 to 32 bytes", c.Name)
		}
	default:
		return fmt.Errorf("did:ethr update %q: want changeOwner, addDelegate, revokeDelegate, setAttribute or revokeAttribute", c.Op)
	}
	if (c.Op == OpAddDelegate || c.Op == OpSetAttribute) && c.Validity < time.Second {
		return fmt.Errorf("%s needs a validity of at least a second", c.Op)
	}
	return nil
}

func bytes32(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

// EthrSignedUpdate builds the call of a registry's signed variant of an
// update (changeOwnerSigned, setAttributeSigned…), signed by owner, the
// identity's current owner: anyone may then send it and pay for it, so a
// DID needs no ether of its own. It reads the owner's nonce from the
// registry; the call is valid for that nonce only.
func EthrSignedUpdate(ctx context.Context, c ethereum.ContractCaller, registry, identity common.Address, owner *KeyPair, ch EthrChange) ([]byte, error) {
	if err := ch.validate(); err != nil {
		return nil, err
	}
	if owner.Type != Secp256k1 {
		return nil, fmt.Errorf("the owner of a did:ethr signs with a secp256k1 key, not %s", owner.Type)
	}
	key, err := crypto.ToECDSA(owner.Private)
	if err != nil {
		return nil, err
	}
	signer := crypto.PubkeyToAddress(key.PublicKey)
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &registry, Data: registryABI.PackIdentityOwner(identity)}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the owner of %s: %w", identity.Hex(), err)
	}
	current, err := registryABI.UnpackIdentityOwner(out)
	if err != nil {
		return nil, fmt.Errorf("read the owner of %s: %w", identity.Hex(), err)
	}
	if current == (common.Address{}) {
		return nil, fmt.Errorf("%s is deactivated: its registry entry can no longer change", identity.Hex())
	}
	if current != signer {
		return nil, fmt.Errorf("%s is owned by %s, not by the key given (%s)", identity.Hex(), current.Hex(), signer.Hex())
	}
	out, err = c.CallContract(ctx, ethereum.CallMsg{To: &registry, Data: registryABI.PackNonce(signer)}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the registry nonce of %s: %w", signer.Hex(), err)
	}
	nonce, err := registryABI.UnpackNonce(out)
	if err != nil {
		return nil, err
	}
	validity := big.NewInt(int64(ch.Validity / time.Second))
	name, dtype := bytes32(ch.Name), bytes32(ch.DelegateType)
	// ERC-1056's signed hash: 0x19 0x00, the registry, the owner's nonce, the
	// identity, the function's name and its arguments, tightly packed.
	msg := append([]byte{0x19, 0x00}, registry.Bytes()...)
	msg = append(msg, common.LeftPadBytes(nonce.Bytes(), 32)...)
	msg = append(msg, identity.Bytes()...)
	msg = append(msg, ch.Op...)
	switch ch.Op {
	case OpChangeOwner:
		msg = append(msg, ch.NewOwner.Bytes()...)
	case OpAddDelegate:
		msg = append(append(append(msg, dtype[:]...), ch.Delegate.Bytes()...), common.LeftPadBytes(validity.Bytes(), 32)...)
	case OpRevokeDelegate:
		msg = append(append(msg, dtype[:]...), ch.Delegate.Bytes()...)
	case OpSetAttribute:
		msg = append(append(append(msg, name[:]...), ch.Value...), common.LeftPadBytes(validity.Bytes(), 32)...)
	case OpRevokeAttribute:
		msg = append(append(msg, name[:]...), ch.Value...)
	}
	sig, err := crypto.Sign(crypto.Keccak256(msg), key)
	if err != nil {
		return nil, fmt.Errorf("sign %s of %s: %w", ch.Op, identity.Hex(), err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	v := sig[64] + 27
	switch ch.Op {
	case OpChangeOwner:
		return registryABI.PackChangeOwnerSigned(identity, v, r, s, ch.NewOwner), nil
	case OpAddDelegate:
		return registryABI.PackAddDelegateSigned(identity, v, r, s, dtype, ch.Delegate, validity), nil
	case OpRevokeDelegate:
		return registryABI.PackRevokeDelegateSigned(identity, v, r, s, dtype, ch.Delegate), nil
	case OpSetAttribute:
		return registryABI.PackSetAttributeSigned(identity, v, r, s, name, ch.Value, validity), nil
	default:
		return registryABI.PackRevokeAttributeSigned(identity, v, r, s, name, ch.Value), nil
	}
}

// EthrUpdate builds the plain call of an update, for the owner to send from
// its own account.
func EthrUpdate(identity common.Address, ch EthrChange) ([]byte, error) {
	if err := ch.validate(); err != nil {
		return nil, err
	}
	validity := big.NewInt(int64(ch.Validity / time.Second))
	name, dtype := bytes32(ch.Name), bytes32(ch.DelegateType)
	switch ch.Op {
	case OpChangeOwner:
		return registryABI.PackChangeOwner(identity, ch.NewOwner), nil
	case OpAddDelegate:
		return registryABI.PackAddDelegate(identity, dtype, ch.Delegate, validity), nil
	case OpRevokeDelegate:
		return registryABI.PackRevokeDelegate(identity, dtype, ch.Delegate), nil
	case OpSetAttribute:
		return registryABI.PackSetAttribute(identity, name, ch.Value, validity), nil
	default:
		return registryABI.PackRevokeAttribute(identity, name, ch.Value), nil
	}
}
