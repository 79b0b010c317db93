package did

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

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

// did:key's own resolution errors (the method's Signature Method Creation
// Algorithm), reported as the resolution metadata's error code. Each wraps
// ErrInvalidDID too, so callers that only ask "is the DID bad?" still can.
var (
	ErrInvalidPublicKeyLength   = errors.New("invalidPublicKeyLength")
	ErrInvalidPublicKey         = errors.New("invalidPublicKey")
	ErrUnsupportedPublicKeyType = errors.New("unsupportedPublicKeyType")
	ErrInvalidPublicKeyType     = errors.New("invalidPublicKeyType")
)

// keyLengths are the raw public key lengths the did:key method gives per
// multicodec: compressed points for the elliptic curves.
var keyLengths = map[uint64]int{codeEd25519: 32, codeX25519: 32, codeSecp256k1: 33, codeP256: 33, codeP384: 49, codeP521: 67}

// keyDID is a did:key taken apart: its multibase value (the DID without
// the version segment did:key:1: may carry) and the key it encodes.
type keyDID struct {
	multibase string
	code      uint64
	pub       []byte
	kt        KeyType // "" for an X25519 key, which only agrees keys
}

// parseKeyDID checks a did:key as the method's Document Creation and
// Signature Method Creation algorithms do: did:key:[version:]z…, a version
// that is a positive integer, base58btc, a known multicodec, the key length
// the method gives for it and a key that is a point of its curve.
func parseKeyDID(did string) (*keyDID, error) {
	method, id, err := Method(did)
	if err != nil {
		return nil, err
	}
	if method != "key" {
		return nil, fmt.Errorf("%w: %s is not a did:key", ErrInvalidDID, did)
	}
	mb := id
	if version, rest, ok := strings.Cut(id, ":"); ok {
		n, err := strconv.ParseUint(version, 10, 31)
		if err != nil || n == 0 || version[0] == '0' || strings.Contains(rest, ":") {
			return nil, fmt.Errorf("%w: %s: want did:key:z… or did:key:VERSION:z… with a positive integer version", ErrInvalidDID, did)
		}
		mb = rest
	}
	if !strings.HasPrefix(mb, "z") {
		return nil, fmt.Errorf("%w: %s: the id must be multibase base58btc (z…)", ErrInvalidDID, did)
	}
	data, err := base58.Decode(mb[1:])
	if err != nil {
		return nil, fmt.Errorf("%w: %s: the id is not base58btc", ErrInvalidDID, did)
	}
	code, n, err := varint.FromUvarint(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: bad multicodec prefix", ErrInvalidDID, did)
	}
	k := &keyDID{multibase: mb, code: code, pub: data[n:]}
	want, known := keyLengths[code]
	if !known {
		return nil, fmt.Errorf("%w: %w: %s: multicodec 0x%x is not a key type mifm resolves (Ed25519, X25519, secp256k1, P-256/384/521)", ErrInvalidDID, ErrUnsupportedPublicKeyType, did, code)
	}
	if len(k.pub) != want {
		return nil, fmt.Errorf("%w: %w: %s: the key is %d bytes, multicodec 0x%x keys are %d", ErrInvalidDID, ErrInvalidPublicKeyLength, did, len(k.pub), code, want)
	}
	for kt, c := range keyCodes {
		if c == code {
			k.kt = kt
		}
	}
	switch {
	case code == codeX25519:
	case k.kt == Ed25519:
		if err := checkEd25519Point(k.pub); err != nil {
			return nil, fmt.Errorf("%w: %w: %s: %v", ErrInvalidDID, ErrInvalidPublicKey, did, err)
		}
	default:
		if _, err := KeyDID(k.kt, k.pub); err != nil {
			return nil, fmt.Errorf("%w: %w: %s: %v", ErrInvalidDID, ErrInvalidPublicKey, did, err)
		}
	}
	return k, nil
}

// checkEd25519Point refuses bytes that are no Ed25519 point, and points of
// small order (the identity, for one), for which anyone can make a
// signature that verifies.
func checkEd25519Point(pub []byte) error {
	p, err := new(edwards25519.Point).SetBytes(pub)
	if err != nil {
		return errors.New("not an Ed25519 point")
	}
	if new(edwards25519.Point).MultByCofactor(p).Equal(edwards25519.NewIdentityPoint()) == 1 {
		return errors.New("an Ed25519 point of small order, which anyone can sign for")
	}
	return nil
}

// ParseKeyDID returns the key a did:key names, for the key types that sign.
func ParseKeyDID(did string) (KeyType, []byte, error) {
	k, err := parseKeyDID(did)
	if err != nil {
		return "", nil, err
	}
	if k.kt == "" {
		return "", nil, fmt.Errorf("%w: %w: %s is an X25519 key, which agrees keys and does not sign", ErrInvalidDID, ErrInvalidPublicKeyType, did)
	}
	return k.kt, k.pub, nil
}

// KeyFormat is how a did:key document writes its keys (the did:key method's
// publicKeyFormat resolution option).
type KeyFormat string

const (
	// FormatMultikey, the default: every key as Multikey (publicKeyMultibase
	// is the DID's own multibase value), in the shape the did:key spec's
	// current algorithm and the @digitalbazaar/did-method-key driver give;
	// no key agreement key is derived.
	FormatMultikey KeyFormat = "Multikey"
	// FormatEd25519VerificationKey2020: Ed25519 keys as
	// Ed25519VerificationKey2020, with an X25519KeyAgreementKey2020 derived
	// for key agreement (Ed25519 DIDs only).
	FormatEd25519VerificationKey2020 KeyFormat = "Ed25519VerificationKey2020"
	// FormatJWK writes every key as JsonWebKey2020, with the key agreement
	// entries of the method's published test vectors.
	FormatJWK KeyFormat = "JsonWebKey2020"
	// FormatLegacy is the shape of the method's published test vectors and
	// of mifm before the Multikey default: Ed25519VerificationKey2018 with
	// an X25519KeyAgreementKey2019, EcdsaSecp256k1VerificationKey2019, and
	// JsonWebKey2020 for the NIST curves.
	FormatLegacy KeyFormat = "Ed25519VerificationKey2018"
)

// ParseKeyFormat reads the names the CLI and the RI accept: "" or
// "default" (Multikey), or a KeyFormat's own name.
func ParseKeyFormat(s string) (KeyFormat, error) {
	switch KeyFormat(s) {
	case "", "default", FormatMultikey:
		return FormatMultikey, nil
	case "jwk", FormatJWK:
		return FormatJWK, nil
	case FormatEd25519VerificationKey2020, FormatLegacy:
		return KeyFormat(s), nil
	}
	return "", fmt.Errorf("%w: key format %q: want Multikey (the default), Ed25519VerificationKey2020, JsonWebKey2020 or Ed25519VerificationKey2018", ErrUnsupportedPublicKeyType, s)
}

// resolveKey expands a did:key into its document in the given format.
func resolveKey(did string, format KeyFormat) (*Document, error) {
	if format == "" {
		format = FormatMultikey
	}
	k, err := parseKeyDID(did)
	if err != nil {
		return nil, err
	}
	vmID := did + "#" + k.multibase
	doc := &Document{ID: did}
	rels := []string{vmID}
	if k.code == codeX25519 {
		return x25519KeyDocument(doc, k, vmID, format)
	}
	doc.AssertionMethod, doc.Authentication, doc.CapabilityInvocation, doc.CapabilityDelegation = rels, rels, rels, rels
	switch format {
	case FormatMultikey:
		doc.Context = []any{ContextDIDv1, contextMultikey}
		doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "Multikey", Controller: did, PublicKeyMultibase: k.multibase}}
		return doc, nil
	case FormatEd25519VerificationKey2020:
		if k.kt != Ed25519 {
			return nil, fmt.Errorf("%w: %s is a %s key; Ed25519VerificationKey2020 holds Ed25519 keys only", ErrInvalidPublicKeyType, did, k.kt)
		}
		p, _ := new(edwards25519.Point).SetBytes(k.pub)
		x := multikey(codeX25519, p.BytesMontgomery())
		doc.Context = []any{ContextDIDv1, contextEd25519v2020, contextX25519v2020}
		doc.VerificationMethod = []VerificationMethod{
			{ID: vmID, Type: "Ed25519VerificationKey2020", Controller: did, PublicKeyMultibase: k.multibase},
			{ID: did + "#" + x, Type: "X25519KeyAgreementKey2020", Controller: did, PublicKeyMultibase: x},
		}
		doc.KeyAgreement = []string{did + "#" + x}
		return doc, nil
	case FormatJWK, FormatLegacy:
		return legacyKeyDocument(doc, k, vmID, format), nil
	}
	return nil, fmt.Errorf("%w: key format %q", ErrUnsupportedPublicKeyType, format)
}

// x25519KeyDocument is the document of an X25519 did:key: one key, for key
// agreement only.
func x25519KeyDocument(doc *Document, k *keyDID, vmID string, format KeyFormat) (*Document, error) {
	doc.KeyAgreement = []string{vmID}
	switch format {
	case FormatMultikey:
		doc.Context = []any{ContextDIDv1, contextMultikey}
		doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "Multikey", Controller: doc.ID, PublicKeyMultibase: k.multibase}}
	case FormatEd25519VerificationKey2020:
		doc.Context = []any{ContextDIDv1, contextX25519v2020}
		doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "X25519KeyAgreementKey2020", Controller: doc.ID, PublicKeyMultibase: k.multibase}}
	case FormatJWK:
		doc.Context = []any{ContextDIDv1, contextJWS2020}
		doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "JsonWebKey2020", Controller: doc.ID, PublicKeyJwk: map[string]any{"kty": "OKP", "crv": "X25519", "x": b64(k.pub)}}}
	case FormatLegacy:
		doc.Context = []any{ContextDIDv1, contextX25519}
		doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "X25519KeyAgreementKey2019", Controller: doc.ID, PublicKeyBase58: base58.Encode(k.pub)}}
	default:
		return nil, fmt.Errorf("%w: key format %q", ErrUnsupportedPublicKeyType, format)
	}
	return doc, nil
}

// legacyKeyDocument writes the shapes of the did:key method's published
// test vectors: the 2018/2019 key types, or JsonWebKey2020 throughout.
func legacyKeyDocument(doc *Document, k *keyDID, vmID string, format KeyFormat) *Document {
	did, pub, rels := doc.ID, k.pub, []string{vmID}
	switch k.kt {
	case Ed25519:
		p, _ := new(edwards25519.Point).SetBytes(pub)
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
			key, _ := crypto.DecompressPubkey(pub)
			raw := crypto.FromECDSAPub(key) // 0x04 || x || y
			doc.Context = []any{ContextDIDv1, contextJWS2020}
			doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "JsonWebKey2020", Controller: did, PublicKeyJwk: map[string]any{
				"kty": "EC", "crv": "secp256k1", "x": b64(raw[1:33]), "y": b64(raw[33:]),
			}}}
			break
		}
		doc.Context = []any{ContextDIDv1, contextSecp256k1}
		doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "EcdsaSecp256k1VerificationKey2019", Controller: did, PublicKeyBase58: base58.Encode(pub)}}
	default:
		x, y, _ := nistPoint(k.kt, pub)
		curve, name, _ := nistCurve(k.kt)
		size := (curve.Params().BitSize + 7) / 8
		doc.Context = []any{ContextDIDv1, contextJWS2020}
		doc.VerificationMethod = []VerificationMethod{{ID: vmID, Type: "JsonWebKey2020", Controller: did, PublicKeyJwk: map[string]any{
			"kty": "EC", "crv": name,
			"x": b64(x.FillBytes(make([]byte, size))), "y": b64(y.FillBytes(make([]byte, size))),
		}}}
		doc.KeyAgreement = rels
	}
	return doc
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
