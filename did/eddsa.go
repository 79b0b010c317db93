package did

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"time"

	"github.com/mr-tron/base58"
	"github.com/multiformats/go-multibase"
	"github.com/multiformats/go-varint"
)

// The W3C Data Integrity EdDSA cryptosuite this file implements
// (vc-di-eddsa, eddsa-rdfc-2022: RDFC-1.0, SHA-256, Ed25519).
const (
	ProofTypeDataIntegrity = "DataIntegrityProof"
	CryptosuiteEdDSARDFC   = "eddsa-rdfc-2022"
	// ProofTypeEd25519Signature2020 is the older Ed25519 suite (W3C CCG,
	// vc-di-eddsa's Ed25519Signature2020 vectors): the same RDFC-1.0 and
	// SHA-256 hashing, named by the proof's type, its terms defined by a
	// context the document must carry.
	ProofTypeEd25519Signature2020 = "Ed25519Signature2020"
	ContextEd25519Signature2020   = "https://w3id.org/security/suites/ed25519-2020/v1"
)

// Reasons a proof fails, for callers that explain a refusal.
var (
	ErrProofMissing   = errors.New("the document has no proof")
	ErrProofMalformed = errors.New("the proof is malformed")
	ErrProofSuite     = errors.New("the proof's type or cryptosuite is not eddsa-rdfc-2022 or Ed25519Signature2020")
	ErrProofPurpose   = errors.New("the proof's purpose is not the one asked for")
	ErrProofKey       = errors.New("the proof's verification method is not a key of its controller for that purpose")
	ErrProofSignature = errors.New("the signature does not match the document")
	ErrProofChallenge = errors.New("the proof's challenge or domain is not the one asked for")
)

// ProofOptions are what a new proof says besides its signature.
type ProofOptions struct {
	VerificationMethod string    // DID URL of the signing key
	Purpose            string    // assertionMethod (credentials) or authentication (presentations)
	Created            time.Time // zero: now
	Challenge, Domain  string    // presentations
	// Suite is eddsa-rdfc-2022 (default) or Ed25519Signature2020.
	Suite string
}

// SuiteName is how a check names the suite of a proof type.
func SuiteName(proofType string) string {
	if proofType == ProofTypeEd25519Signature2020 {
		return ProofTypeEd25519Signature2020
	}
	return CryptosuiteEdDSARDFC
}

// hasContext says whether a document's @context lists url.
func hasContext(doc map[string]any, url string) bool {
	switch c := doc["@context"].(type) {
	case string:
		return c == url
	case []any:
		for _, x := range c {
			if x == url {
				return true
			}
		}
	}
	return false
}

// EdDSA signs and verifies eddsa-rdfc-2022 proofs.
type EdDSA struct {
	canon *Canonicalizer
}

// NewEdDSA loads what the suite needs (the embedded JSON-LD contexts).
func NewEdDSA() (*EdDSA, error) {
	c, err := NewCanonicalizer()
	if err != nil {
		return nil, err
	}
	return &EdDSA{canon: c}, nil
}

// hashData is SHA-256 of the canonical proof configuration followed by
// SHA-256 of the canonical document: what Ed25519 signs.
func (e *EdDSA) hashData(unsecured, proofConfig map[string]any) ([]byte, error) {
	pc, err := e.canon.Canonicalize(proofConfig)
	if err != nil {
		return nil, fmt.Errorf("proof configuration: %w", err)
	}
	doc, err := e.canon.Canonicalize(unsecured)
	if err != nil {
		return nil, fmt.Errorf("document: %w", err)
	}
	ph, dh := sha256.Sum256(pc), sha256.Sum256(doc)
	return append(ph[:], dh[:]...), nil
}

// Sign returns a copy of doc (a credential or presentation) with an
// eddsa-rdfc-2022 proof by kp, an Ed25519 key.
func (e *EdDSA) Sign(doc map[string]any, kp *KeyPair, opts ProofOptions) (map[string]any, error) {
	if kp.Type != Ed25519 {
		return nil, fmt.Errorf("eddsa-rdfc-2022 signs with Ed25519 keys, not %s", kp.Type)
	}
	if _, ok := doc["proof"]; ok {
		return nil, errors.New("the document already has a proof")
	}
	if opts.Purpose == "" {
		opts.Purpose = "assertionMethod"
	}
	if opts.Created.IsZero() {
		opts.Created = time.Now()
	}
	proof := map[string]any{
		"type": ProofTypeDataIntegrity, "cryptosuite": CryptosuiteEdDSARDFC,
		"created":            opts.Created.UTC().Format(time.RFC3339),
		"verificationMethod": opts.VerificationMethod, "proofPurpose": opts.Purpose,
	}
	switch opts.Suite {
	case "", CryptosuiteEdDSARDFC:
	case ProofTypeEd25519Signature2020:
		if !hasContext(doc, ContextEd25519Signature2020) {
			return nil, fmt.Errorf("an Ed25519Signature2020 proof needs the document to carry the context %s", ContextEd25519Signature2020)
		}
		proof["type"] = ProofTypeEd25519Signature2020
		delete(proof, "cryptosuite")
	default:
		return nil, fmt.Errorf("suite %q: want eddsa-rdfc-2022 or Ed25519Signature2020", opts.Suite)
	}
	if opts.Challenge != "" {
		proof["challenge"] = opts.Challenge
	}
	if opts.Domain != "" {
		proof["domain"] = opts.Domain
	}
	config := maps.Clone(proof)
	config["@context"] = doc["@context"]
	data, err := e.hashData(doc, config)
	if err != nil {
		return nil, err
	}
	sig := ed25519.Sign(ed25519.NewKeyFromSeed(kp.Private), data)
	proof["proofValue"], _ = multibase.Encode(multibase.Base58BTC, sig)
	out := maps.Clone(doc)
	out["proof"] = proof
	return out, nil
}

// Expect is what a verifier asks of a proof.
type Expect struct {
	Purpose           string // default assertionMethod
	Challenge, Domain string // checked when set
}

// ProofResult says which key made a valid proof, and when.
type ProofResult struct {
	VerificationMethod string    `json:"verificationMethod"`
	Controller         string    `json:"controller"`
	Created            time.Time `json:"created"`
	Suite              string    `json:"suite"` // eddsa-rdfc-2022 or Ed25519Signature2020
}

// Verify checks doc's eddsa-rdfc-2022 proof: the suite, the purpose (and
// challenge and domain when asked), that the key is one its controller's DID
// document lists for that purpose, and the signature over the canonical
// document. Errors wrap the ErrProof* reasons.
func (e *EdDSA) Verify(ctx context.Context, doc map[string]any, r *Resolver, want Expect) (*ProofResult, error) {
	raw, ok := doc["proof"]
	if !ok {
		return nil, ErrProofMissing
	}
	proof, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: one proof object expected (proof sets are not supported)", ErrProofMalformed)
	}
	str := func(k string) string { s, _ := proof[k].(string); return s }
	switch {
	case str("type") == ProofTypeDataIntegrity && str("cryptosuite") == CryptosuiteEdDSARDFC:
	case str("type") == ProofTypeEd25519Signature2020 && proof["cryptosuite"] == nil:
		if !hasContext(doc, ContextEd25519Signature2020) {
			return nil, fmt.Errorf("%w: Ed25519Signature2020 without its context %s", ErrProofSuite, ContextEd25519Signature2020)
		}
	default:
		return nil, fmt.Errorf("%w: %s / %s", ErrProofSuite, str("type"), str("cryptosuite"))
	}
	if want.Purpose == "" {
		want.Purpose = "assertionMethod"
	}
	if str("proofPurpose") != want.Purpose {
		return nil, fmt.Errorf("%w: %q, want %q", ErrProofPurpose, str("proofPurpose"), want.Purpose)
	}
	if (want.Challenge != "" && str("challenge") != want.Challenge) || (want.Domain != "" && str("domain") != want.Domain) {
		return nil, fmt.Errorf("%w: challenge %q, domain %q", ErrProofChallenge, str("challenge"), str("domain"))
	}
	created, err := time.Parse(time.RFC3339, str("created"))
	if str("created") != "" && err != nil {
		return nil, fmt.Errorf("%w: created %q is not a date-time", ErrProofMalformed, str("created"))
	}
	enc, sig, err := multibase.Decode(str("proofValue"))
	if err != nil || enc != multibase.Base58BTC || len(sig) != ed25519.SignatureSize {
		return nil, fmt.Errorf("%w: proofValue is not a base58btc Ed25519 signature", ErrProofMalformed)
	}
	vmID := str("verificationMethod")
	pub, controller, err := e.key(ctx, r, vmID, want.Purpose)
	if err != nil {
		return nil, err
	}
	unsecured := maps.Clone(doc)
	delete(unsecured, "proof")
	config := maps.Clone(proof)
	delete(config, "proofValue")
	config["@context"] = doc["@context"]
	data, err := e.hashData(unsecured, config)
	if err != nil {
		return nil, err
	}
	if !ed25519.Verify(pub, data, sig) {
		return nil, ErrProofSignature
	}
	return &ProofResult{VerificationMethod: vmID, Controller: controller, Created: created, Suite: SuiteName(str("type"))}, nil
}

// key resolves a verification method's controller and returns its Ed25519
// key, if the controller lists it for purpose.
func (e *EdDSA) key(ctx context.Context, r *Resolver, vmID, purpose string) (ed25519.PublicKey, string, error) {
	controller, _, _ := cutFragment(vmID)
	if _, _, err := Method(controller); err != nil {
		return nil, "", fmt.Errorf("%w: %q is not a DID URL", ErrProofKey, vmID)
	}
	res, err := r.Resolve(ctx, controller)
	if err != nil {
		return nil, "", fmt.Errorf("%w: resolve %s: %v", ErrProofKey, controller, err)
	}
	doc := res.Document
	vm, ok := doc.VerificationMethodByID(vmID)
	if !ok {
		return nil, "", fmt.Errorf("%w: %s lists no %s", ErrProofKey, controller, vmID)
	}
	if !doc.relates(purpose, vm.ID) {
		return nil, "", fmt.Errorf("%w: %s does not list %s for %s", ErrProofKey, controller, vmID, purpose)
	}
	pub, err := vm.Ed25519()
	if err != nil {
		return nil, "", fmt.Errorf("%w: %v", ErrProofKey, err)
	}
	return pub, controller, nil
}

func cutFragment(s string) (before, fragment string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// relates says whether a verification method is listed for a purpose.
func (d *Document) relates(purpose, vmID string) bool {
	var list []string
	switch purpose {
	case "assertionMethod":
		list = d.AssertionMethod
	case "authentication":
		list = d.Authentication
	case "capabilityInvocation":
		list = d.CapabilityInvocation
	case "capabilityDelegation":
		list = d.CapabilityDelegation
	case "keyAgreement":
		list = d.KeyAgreement
	}
	for _, id := range list {
		if id == vmID || (len(id) > 0 && id[0] == '#' && d.ID+id == vmID) {
			return true
		}
	}
	return false
}

// Ed25519 returns the key of an Ed25519 verification method, whichever way
// it is written (Multikey, Ed25519VerificationKey2018/2020, JsonWebKey2020).
func (vm *VerificationMethod) Ed25519() (ed25519.PublicKey, error) {
	switch {
	case vm.PublicKeyMultibase != "":
		enc, data, err := multibase.Decode(vm.PublicKeyMultibase)
		if err != nil || enc != multibase.Base58BTC {
			return nil, fmt.Errorf("%s: publicKeyMultibase is not base58btc", vm.ID)
		}
		code, n, err := varint.FromUvarint(data)
		if err != nil || code != codeEd25519 || len(data)-n != ed25519.PublicKeySize {
			return nil, fmt.Errorf("%s: publicKeyMultibase is not an Ed25519 key", vm.ID)
		}
		return ed25519.PublicKey(data[n:]), nil
	case vm.PublicKeyBase58 != "" && (vm.Type == "Ed25519VerificationKey2018" || vm.Type == "Ed25519VerificationKey2020"):
		b, err := base58.Decode(vm.PublicKeyBase58)
		if err != nil || len(b) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("%s: publicKeyBase58 is not an Ed25519 key", vm.ID)
		}
		return ed25519.PublicKey(b), nil
	case vm.PublicKeyJwk != nil && vm.PublicKeyJwk["crv"] == "Ed25519":
		x, _ := vm.PublicKeyJwk["x"].(string)
		b, err := decodeB64(x)
		if err != nil || len(b) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("%s: publicKeyJwk is not an Ed25519 key", vm.ID)
		}
		return ed25519.PublicKey(b), nil
	}
	return nil, fmt.Errorf("%s (%s) is not an Ed25519 key", vm.ID, vm.Type)
}

// ParsePrivateKeyMultibase reads an Ed25519 secret key written as multibase
// (multicodec ed25519-priv, 0x1300), as the EdDSA test vectors give it.
func ParsePrivateKeyMultibase(s string) (*KeyPair, error) {
	enc, data, err := multibase.Decode(s)
	if err != nil || enc != multibase.Base58BTC {
		return nil, errors.New("privateKeyMultibase is not base58btc")
	}
	code, n, err := varint.FromUvarint(data)
	if err != nil || code != 0x1300 {
		return nil, errors.New("privateKeyMultibase is not an Ed25519 secret key")
	}
	return NewKeyPair(Ed25519, data[n:])
}
