package did

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"math/big"

	"filippo.io/edwards25519"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/mr-tron/base58"
	"github.com/multiformats/go-multibase"
	"github.com/multiformats/go-varint"
)

// KeyType is a key algorithm did:key can name.
type KeyType string

const (
	Ed25519   KeyType = "ed25519"
	Secp256k1 KeyType = "secp256k1"
	P256      KeyType = "p256"
	P384      KeyType = "p384"
	P521      KeyType = "p521"
)

// Multicodec codes of public keys (multiformats table).
const (
	codeEd25519   = 0xed
	codeX25519    = 0xec
	codeSecp256k1 = 0xe7
	codeP256      = 0x1200
	codeP384      = 0x1201
	codeP521      = 0x1202
)

var keyCodes = map[KeyType]uint64{Ed25519: codeEd25519, Secp256k1: codeSecp256k1, P256: codeP256, P384: codeP384, P521: codeP521}

// ParseKeyType accepts the names the CLI takes (ed25519, secp256k1, p256,
// p-256, …).
func ParseKeyType(s string) (KeyType, error) {
	switch s {
	case "ed25519", "Ed25519":
		return Ed25519, nil
	case "secp256k1":
		return Secp256k1, nil
	case "p256", "p-256", "P-256":
		return P256, nil
	case "p384", "p-384", "P-384":
		return P384, nil
	case "p521", "p-521", "P-521":
		return P521, nil
	}
	return "", fmt.Errorf("key type %q: want ed25519, secp256k1, p256, p384 or p521", s)
}

func nistCurve(kt KeyType) (elliptic.Curve, string, bool) {
	switch kt {
	case P256:
		return elliptic.P256(), "P-256", true
	case P384:
		return elliptic.P384(), "P-384", true
	case P521:
		return elliptic.P521(), "P-521", true
	}
	return nil, "", false
}

// multikey encodes a public key as did:key does: multibase base58btc of the
// multicodec varint and the key bytes.
func multikey(code uint64, pub []byte) string {
	s, _ := multibase.Encode(multibase.Base58BTC, append(varint.ToUvarint(code), pub...))
	return s
}

// KeyDID is the did:key of a public key: 32 bytes for Ed25519, a compressed
// or uncompressed SEC1 point for the ECDSA curves (stored compressed).
func KeyDID(kt KeyType, pub []byte) (string, error) {
	code, ok := keyCodes[kt]
	if !ok {
		return "", fmt.Errorf("key type %q: want ed25519, secp256k1, p256, p384 or p521", kt)
	}
	switch kt {
	case Ed25519:
		if len(pub) != ed25519.PublicKeySize {
			return "", fmt.Errorf("an Ed25519 public key is 32 bytes, not %d", len(pub))
		}
		if _, err := new(edwards25519.Point).SetBytes(pub); err != nil {
			return "", fmt.Errorf("not an Ed25519 public key: %w", err)
		}
	case Secp256k1:
		k, err := secp256k1Key(pub)
		if err != nil {
			return "", err
		}
		pub = crypto.CompressPubkey(k)
	default:
		x, y, err := nistPoint(kt, pub)
		if err != nil {
			return "", err
		}
		pub = compress(kt, x, y)
	}
	return "did:key:" + multikey(code, pub), nil
}

func secp256k1Key(pub []byte) (*ecdsa.PublicKey, error) {
	switch len(pub) {
	case 33:
		return crypto.DecompressPubkey(pub)
	case 65:
		return crypto.UnmarshalPubkey(pub)
	}
	return nil, fmt.Errorf("a secp256k1 public key is 33 (compressed) or 65 bytes, not %d", len(pub))
}

// nistPoint decodes a compressed or uncompressed point of a NIST curve and
// checks it is on the curve.
func nistPoint(kt KeyType, pub []byte) (x, y *big.Int, err error) {
	curve, name, _ := nistCurve(kt)
	size := (curve.Params().BitSize + 7) / 8
	switch {
	case len(pub) == 1+2*size && pub[0] == 4:
		x, y = new(big.Int).SetBytes(pub[1:1+size]), new(big.Int).SetBytes(pub[1+size:])
	case len(pub) == 1+size && (pub[0] == 2 || pub[0] == 3):
		x = new(big.Int).SetBytes(pub[1:])
		p := curve.Params().P
		// y² = x³ - 3x + b (mod p); p ≡ 3 (mod 4) for these curves, so ModSqrt is exact.
		rhs := new(big.Int).Exp(x, big.NewInt(3), p)
		rhs.Sub(rhs, new(big.Int).Mul(x, big.NewInt(3)))
		rhs.Add(rhs, curve.Params().B)
		rhs.Mod(rhs, p)
		y = new(big.Int).ModSqrt(rhs, p)
		if y == nil {
			return nil, nil, fmt.Errorf("not a %s public key: x has no point", name)
		}
		if y.Bit(0) != uint(pub[0]&1) {
			y.Sub(p, y)
		}
	default:
		return nil, nil, fmt.Errorf("a %s public key is %d (compressed) or %d bytes, not %d", name, 1+size, 1+2*size, len(pub))
	}
	raw := make([]byte, 1+2*size)
	raw[0] = 4
	x.FillBytes(raw[1 : 1+size])
	y.FillBytes(raw[1+size:])
	if _, err := ecdsa.ParseUncompressedPublicKey(curve, raw); err != nil {
		return nil, nil, fmt.Errorf("not a %s public key: %w", name, err)
	}
	return x, y, nil
}

func compress(kt KeyType, x, y *big.Int) []byte {
	curve, _, _ := nistCurve(kt)
	size := (curve.Params().BitSize + 7) / 8
	out := make([]byte, 1+size)
	out[0] = 2 | byte(y.Bit(0))
	x.FillBytes(out[1:])
	return out
}

// ParseKeyDID returns the key a did:key names.
func ParseKeyDID(did string) (KeyType, []byte, error) {
	method, id, err := Method(did)
	if err != nil {
		return "", nil, err
	}
	if method != "key" {
		return "", nil, fmt.Errorf("%w: %s is not a did:key", ErrInvalidDID, did)
	}
	enc, data, err := multibase.Decode(id)
	if err != nil || enc != multibase.Base58BTC {
		return "", nil, fmt.Errorf("%w: %s: the id must be multibase base58btc (z…)", ErrInvalidDID, did)
	}
	code, n, err := varint.FromUvarint(data)
	if err != nil {
		return "", nil, fmt.Errorf("%w: %s: bad multicodec prefix", ErrInvalidDID, did)
	}
	pub := data[n:]
	for kt, c := range keyCodes {
		if c != code {
			continue
		}
		if _, err := KeyDID(kt, pub); err != nil {
			return "", nil, fmt.Errorf("%w: %s: %v", ErrInvalidDID, did, err)
		}
		if kt != Ed25519 && len(pub) > 0 && pub[0] == 4 {
			return "", nil, fmt.Errorf("%w: %s: did:key holds compressed points", ErrInvalidDID, did)
		}
		return kt, pub, nil
	}
	return "", nil, fmt.Errorf("%w: %s: multicodec 0x%x is not a key type mifm resolves (Ed25519, secp256k1, P-256/384/521)", ErrMethodNotSupported, did, code)
}

// KeyFormat is how a did:key document writes its keys (the did:key method's
// publicKeyFormat resolution option).
type KeyFormat string

const (
	// FormatDefault: Ed25519VerificationKey2018 (with an X25519 key agreement
	// key derived from it), EcdsaSecp256k1VerificationKey2019, and
	// JsonWebKey2020 for the NIST curves.
	FormatDefault KeyFormat = ""
	// FormatJWK writes every key as JsonWebKey2020.
	FormatJWK KeyFormat = "JsonWebKey2020"
)

// resolveKey expands a did:key into its document, in the shapes of the did:key
// method's published test vectors.
func resolveKey(did string, format KeyFormat) (*Document, error) {
	kt, pub, err := ParseKeyDID(did)
	if err != nil {
		return nil, err
	}
	_, id, _ := Method(did)
	vmID := did + "#" + id
	doc := &Document{ID: did}
	rels := []string{vmID}
	doc.AssertionMethod, doc.Authentication, doc.CapabilityInvocation, doc.CapabilityDelegation = rels, rels, rels, rels
	switch kt {
	case Ed25519:
		p, err := new(edwards25519.Point).SetBytes(pub)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrInvalidDID, did, err)
		}
		x := p.BytesMontgomery()
		xID := did + "#" + multikey(codeX25519, x)
		doc.KeyAgreement = []string{xID}
		if format == FormatJWK {
			doc.Context = []any{ContextDIDv1, contextJWS2020}
			doc.VerificationMethod = []VerificationMethod{
				{ID: vmID, Type: "JsonWebKey2020", Controller: did, PublicKeyJwk: map[string]any{"kty": "OKP", "crv": "Ed25519", "x": b64(pub)}},
				{ID: xID, Type: "JsonWebKey2020", Controller: did, PublicKeyJwk: map[string]any{"kty": "OKP", "crv": "X25519", "x": b64(x)}},
			}
			break
		}
		doc.Context = []any{ContextDIDv1, contextEd25519, contextX25519}
		doc.VerificationMethod = []VerificationMethod{
			{ID: vmID, Type: "Ed25519VerificationKey2018", Controller: did, PublicKeyBase58: base58.Encode(pub)},
			{ID: xID, Type: "X25519KeyAgreementKey2019", Controller: did, PublicKeyBase58: base58.Encode(x)},
		}
	case Secp256k1:
		doc.KeyAgreement = rels
		if format == FormatJWK {
			k, _ := crypto.DecompressPubkey(pub)
			raw := crypto.FromECDSAPub(k) // 0x04 || x || y
			doc.Context = []any{ContextDIDv1, contextJWS2020}
			doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "JsonWebKey2020", Controller: did, PublicKeyJwk: map[string]any{
				"kty": "EC", "crv": "secp256k1", "x": b64(raw[1:33]), "y": b64(raw[33:]),
			}}}
			break
		}
		doc.Context = []any{ContextDIDv1, contextSecp256k1}
		doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "EcdsaSecp256k1VerificationKey2019", Controller: did, PublicKeyBase58: base58.Encode(pub)}}
	default:
		x, y, _ := nistPoint(kt, pub)
		curve, name, _ := nistCurve(kt)
		size := (curve.Params().BitSize + 7) / 8
		doc.Context = []any{ContextDIDv1, contextJWS2020}
		doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "JsonWebKey2020", Controller: did, PublicKeyJwk: map[string]any{
			"kty": "EC", "crv": name,
			"x": b64(x.FillBytes(make([]byte, size))), "y": b64(y.FillBytes(make([]byte, size))),
		}}}
		doc.KeyAgreement = rels
	}
	return doc, nil
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func decodeB64(s string) ([]byte, error) { return base64.RawURLEncoding.DecodeString(s) }

// KeyPair is a private key with its did:key.
type KeyPair struct {
	Type    KeyType
	DID     string
	Private []byte // Ed25519: the 32-byte seed; ECDSA: the scalar, big-endian
	Public  []byte // as did:key holds it
}

// NewKeyPair makes a key of type kt from seed, or from crypto/rand when
// seed is nil.
func NewKeyPair(kt KeyType, seed []byte) (*KeyPair, error) {
	var priv, pub []byte
	switch kt {
	case Ed25519:
		if seed == nil {
			seed = make([]byte, ed25519.SeedSize)
			if _, err := rand.Read(seed); err != nil {
				return nil, err
			}
		}
		if len(seed) != ed25519.SeedSize {
			return nil, fmt.Errorf("an Ed25519 seed is 32 bytes, not %d", len(seed))
		}
		priv, pub = seed, ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)
	case Secp256k1:
		var k *ecdsa.PrivateKey
		var err error
		if seed == nil {
			k, err = crypto.GenerateKey()
		} else {
			k, err = crypto.ToECDSA(seed)
		}
		if err != nil {
			return nil, fmt.Errorf("secp256k1 key: %w", err)
		}
		priv, pub = crypto.FromECDSA(k), crypto.CompressPubkey(&k.PublicKey)
	case P256, P384, P521:
		curve, name, _ := nistCurve(kt)
		var k *ecdsa.PrivateKey
		var err error
		if seed == nil {
			k, err = ecdsa.GenerateKey(curve, rand.Reader)
		} else {
			k, err = ecdsa.ParseRawPrivateKey(curve, seed)
		}
		if err != nil {
			return nil, fmt.Errorf("%s key: %w", name, err)
		}
		if priv, err = k.Bytes(); err != nil {
			return nil, err
		}
		raw, err := k.PublicKey.Bytes()
		if err != nil {
			return nil, err
		}
		x, y, err := nistPoint(kt, raw)
		if err != nil {
			return nil, err
		}
		pub = compress(kt, x, y)
	default:
		return nil, fmt.Errorf("key type %q: want ed25519, secp256k1, p256, p384 or p521", kt)
	}
	did, err := KeyDID(kt, pub)
	if err != nil {
		return nil, err
	}
	return &KeyPair{Type: kt, DID: did, Private: priv, Public: pub}, nil
}
