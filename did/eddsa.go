package did

import (
	"bytes"
	"cmp"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/gowebpki/jcs"

	"github.com/mr-tron/base58"
	"github.com/multiformats/go-multibase"
	"github.com/multiformats/go-varint"
)

// The W3C Data Integrity EdDSA cryptosuites this file implements
// (vc-di-eddsa: eddsa-rdfc-2022, RDFC-1.0 and SHA-256; eddsa-jcs-2022, JCS
// (RFC 8785) and SHA-256; both Ed25519), alone, in proof sets and in proof
// chains (VC Data Integrity 1.0, 4.2: previousProof).
const (
	ProofTypeDataIntegrity = "DataIntegrityProof"
	CryptosuiteEdDSARDFC   = "eddsa-rdfc-2022"
	CryptosuiteEdDSAJCS    = "eddsa-jcs-2022"
	// The W3C Data Integrity ECDSA cryptosuites (vc-di-ecdsa): the same
	// two transformations, with P-256 (SHA-256) or P-384 (SHA-384) keys.
	CryptosuiteECDSARDFC = "ecdsa-rdfc-2019"
	CryptosuiteECDSAJCS  = "ecdsa-jcs-2019"
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
	ErrProofSuite     = errors.New("the proof's type or cryptosuite is not one mifm verifies (eddsa-rdfc-2022, eddsa-jcs-2022, Ed25519Signature2020, ecdsa-rdfc-2019, ecdsa-jcs-2019)")
	ErrProofPurpose   = errors.New("the proof's purpose is not the one asked for")
	ErrProofKey       = errors.New("the proof's verification method is not a key of its controller for that purpose")
	ErrProofSignature = errors.New("the signature does not match the document")
	ErrProofChallenge = errors.New("the proof's challenge or domain is not the one asked for")
	ErrProofChain     = errors.New("the proof chain is broken")
	ErrProofPolicy    = errors.New("the proofs do not satisfy the policy")
)

// maxProofs bounds a proof set: each proof costs a canonicalization and a
// key resolution, so a stranger's document may not ask for hundreds.
const maxProofs = 16

// ProofOptions are what a new proof says besides its signature.
type ProofOptions struct {
	VerificationMethod string    // DID URL of the signing key
	Purpose            string    // assertionMethod (credentials) or authentication (presentations)
	Created            time.Time // zero: now
	Challenge, Domain  string    // presentations
	// Suite is eddsa-rdfc-2022 (default), eddsa-jcs-2022 or
	// Ed25519Signature2020.
	Suite string
	// ID names the proof (a URL, e.g. urn:uuid:…), so a later proof can
	// chain to it.
	ID string
	// Append adds the proof to the document's existing proofs (a proof
	// set) instead of refusing a document that already has one.
	Append bool
	// PreviousProof chains the proof to earlier ones, by their ids: they
	// are signed with the document, so none can be removed unnoticed.
	PreviousProof []string
}

// Suites are the names ProofOptions.Suite takes, the default first.
var Suites = []string{CryptosuiteEdDSARDFC, CryptosuiteEdDSAJCS, ProofTypeEd25519Signature2020, CryptosuiteECDSARDFC, CryptosuiteECDSAJCS}

// jcsSuite says whether a suite signs the JCS form (RFC 8785) of the JSON
// rather than the RDFC-1.0 form of its graph.
func jcsSuite(suite string) bool {
	return suite == CryptosuiteEdDSAJCS || suite == CryptosuiteECDSAJCS
}

// suiteKeys says whether a suite signs with keys of type kt.
func suiteKeys(suite string, kt KeyType) bool {
	if suite == CryptosuiteECDSARDFC || suite == CryptosuiteECDSAJCS {
		return kt == P256 || kt == P384
	}
	return kt == Ed25519
}

// CheckSuite refuses a suite name Sign does not make, listing those it does.
func CheckSuite(name string) error {
	if !slices.Contains(Suites, name) {
		return fmt.Errorf("suite %q: want %s", name, strings.Join(Suites, ", "))
	}
	return nil
}

// SuiteName is how a check names the suite of a proof: its cryptosuite, or
// the proof type for the suites named by type.
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

// EdDSA signs and verifies Data Integrity proofs.
type EdDSA struct {
	canon *Canonicalizer
}

// NewEdDSA loads what the suites need (the embedded JSON-LD contexts).
func NewEdDSA() (*EdDSA, error) {
	c, err := NewCanonicalizer()
	if err != nil {
		return nil, err
	}
	return &EdDSA{canon: c}, nil
}

// transform is a suite's canonical form of a document: RDFC-1.0 N-Quads,
// or the JCS serialization for the -jcs- suites.
func (e *EdDSA) transform(suite string, doc map[string]any) ([]byte, error) {
	if jcsSuite(suite) {
		b, err := json.Marshal(doc)
		if err != nil {
			return nil, err
		}
		return jcs.Transform(b)
	}
	return e.canon.Canonicalize(doc)
}

// hashData is SHA-256 of the canonical proof configuration followed by
// SHA-256 of the canonical document: what Ed25519 signs. P-384 keys hash
// with SHA-384 instead (vc-di-ecdsa).
func (e *EdDSA) hashData(suite string, unsecured, proofConfig map[string]any) ([]byte, error) {
	return e.hashDataWith(suite, sha256Sum, unsecured, proofConfig)
}

func sha256Sum(b []byte) []byte { h := sha256.Sum256(b); return h[:] }
func sha384Sum(b []byte) []byte { h := sha512.Sum384(b); return h[:] }

func (e *EdDSA) hashDataWith(suite string, sum func([]byte) []byte, unsecured, proofConfig map[string]any) ([]byte, error) {
	pc, err := e.transform(suite, proofConfig)
	if err != nil {
		return nil, fmt.Errorf("proof configuration: %w", err)
	}
	doc, err := e.transform(suite, unsecured)
	if err != nil {
		return nil, fmt.Errorf("document: %w", err)
	}
	return append(sum(pc), sum(doc)...), nil
}

// proofsOf lists a document's proofs: none, one object, or a set (array).
func proofsOf(doc map[string]any) ([]map[string]any, error) {
	switch p := doc["proof"].(type) {
	case nil:
		return nil, nil
	case map[string]any:
		return []map[string]any{p}, nil
	case []any:
		if len(p) > maxProofs {
			return nil, fmt.Errorf("%w: %d proofs, at most %d are checked", ErrProofMalformed, len(p), maxProofs)
		}
		out := make([]map[string]any, 0, len(p))
		for i, x := range p {
			m, ok := x.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%w: proof %d is not an object", ErrProofMalformed, i+1)
			}
			out = append(out, m)
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: proof is neither an object nor a set of them", ErrProofMalformed)
}

// previousProofIDs reads a proof's previousProof: one id or several.
func previousProofIDs(proof map[string]any) ([]string, error) {
	switch p := proof["previousProof"].(type) {
	case nil:
		return nil, nil
	case string:
		return []string{p}, nil
	case []any:
		out := make([]string, 0, len(p))
		for _, x := range p {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("%w: previousProof holds a non-string", ErrProofMalformed)
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: previousProof is neither an id nor a list of ids", ErrProofMalformed)
}

// checkProofIDs refuses a proof set whose ids repeat, and a previousProof
// that names a proof twice, names its own proof, or names more proofs
// than the set holds: each would make one proof's document many times the
// size of what was sent.
func checkProofIDs(all []map[string]any) error {
	ids := map[string]bool{}
	for _, p := range all {
		if id, _ := p["id"].(string); id != "" {
			if ids[id] {
				return fmt.Errorf("%w: two proofs have the id %q", ErrProofMalformed, id)
			}
			ids[id] = true
		}
	}
	for _, p := range all {
		prev, err := previousProofIDs(p)
		if err != nil {
			return err
		}
		if len(prev) >= len(all) && len(prev) > 0 {
			return fmt.Errorf("%w: previousProof names %d proofs of a set of %d", ErrProofChain, len(prev), len(all))
		}
		seen := map[string]bool{}
		for _, id := range prev {
			if seen[id] {
				return fmt.Errorf("%w: previousProof names %q twice", ErrProofChain, id)
			}
			if own, _ := p["id"].(string); own == id {
				return fmt.Errorf("%w: a proof names itself as its previous proof", ErrProofChain)
			}
			seen[id] = true
		}
	}
	return nil
}

// chained is the document a proof signs: doc without its proofs, or, for a
// proof chained to earlier ones, with exactly those (VC Data Integrity,
// Add Proof Set/Chain): a proof it names that is not in the set breaks the
// chain.
func chained(doc map[string]any, all []map[string]any, previous []string) (map[string]any, error) {
	unsecured := maps.Clone(doc)
	delete(unsecured, "proof")
	if len(previous) == 0 {
		return unsecured, nil
	}
	matching := make([]any, 0, len(previous))
	for _, id := range previous {
		found := false
		for _, p := range all {
			if pid, _ := p["id"].(string); pid == id && id != "" {
				matching = append(matching, p)
				found = true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("%w: previousProof %q is not in the document's proofs", ErrProofChain, id)
		}
	}
	unsecured["proof"] = matching
	return unsecured, nil
}

// Sign returns a copy of doc (a credential or presentation) with a proof
// by kp in the suite opts names (by default eddsa-rdfc-2022 for an Ed25519
// key, ecdsa-rdfc-2019 for a P-256 or P-384 key). With opts.Append the
// proof joins the document's proofs (a proof set), chained to the ones
// opts.PreviousProof names.
func (e *EdDSA) Sign(doc map[string]any, kp *KeyPair, opts ProofOptions) (map[string]any, error) {
	if opts.Suite == "" && (kp.Type == P256 || kp.Type == P384) {
		opts.Suite = CryptosuiteECDSARDFC
	}
	if opts.Suite != "" && CheckSuite(opts.Suite) != nil {
		return nil, CheckSuite(opts.Suite)
	}
	if suite := cmp.Or(opts.Suite, CryptosuiteEdDSARDFC); !suiteKeys(suite, kp.Type) {
		return nil, fmt.Errorf("%s does not sign with %s keys (the EdDSA suites take Ed25519, the ECDSA suites P-256 and P-384)", suite, kp.Type)
	}
	existing, err := proofsOf(doc)
	if err != nil {
		return nil, err
	}
	if len(existing) > 0 && !opts.Append {
		return nil, errors.New("the document already has a proof; add another with Append (a proof set)")
	}
	if len(existing) >= maxProofs {
		return nil, fmt.Errorf("the document has %d proofs, the most a verifier here checks", len(existing))
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
	suite := CryptosuiteEdDSARDFC
	switch opts.Suite {
	case "", CryptosuiteEdDSARDFC:
	case CryptosuiteEdDSAJCS, CryptosuiteECDSAJCS:
		suite = opts.Suite
		proof["cryptosuite"] = suite
		if c, ok := doc["@context"]; ok {
			proof["@context"] = c
		}
	case CryptosuiteECDSARDFC:
		suite = opts.Suite
		proof["cryptosuite"] = suite
	case ProofTypeEd25519Signature2020:
		if !hasContext(doc, ContextEd25519Signature2020) {
			return nil, fmt.Errorf("an Ed25519Signature2020 proof needs the document to carry the context %s", ContextEd25519Signature2020)
		}
		proof["type"] = ProofTypeEd25519Signature2020
		delete(proof, "cryptosuite")
	default:
		return nil, CheckSuite(opts.Suite)
	}
	if opts.ID != "" {
		for _, p := range existing {
			if p["id"] == opts.ID {
				return nil, fmt.Errorf("the document already has a proof %s", opts.ID)
			}
		}
		proof["id"] = opts.ID
	}
	switch len(opts.PreviousProof) {
	case 0:
	case 1:
		proof["previousProof"] = opts.PreviousProof[0]
	default:
		proof["previousProof"] = toAny(opts.PreviousProof)
	}
	if opts.Challenge != "" {
		proof["challenge"] = opts.Challenge
	}
	if opts.Domain != "" {
		proof["domain"] = opts.Domain
	}
	unsecured, err := chained(doc, existing, opts.PreviousProof)
	if err != nil {
		return nil, err
	}
	config := maps.Clone(proof)
	if !jcsSuite(suite) {
		config["@context"] = doc["@context"]
	}
	sum := sha256Sum
	if kp.Type == P384 {
		sum = sha384Sum
	}
	data, err := e.hashDataWith(suite, sum, unsecured, config)
	if err != nil {
		return nil, err
	}
	var sig []byte
	if kp.Type == Ed25519 {
		sig = ed25519.Sign(ed25519.NewKeyFromSeed(kp.Private), data)
	} else if sig, err = signP1363(kp, sum(data)); err != nil {
		return nil, err
	}
	proof["proofValue"], _ = multibase.Encode(multibase.Base58BTC, sig)
	out := maps.Clone(doc)
	if len(existing) == 0 {
		out["proof"] = proof
		return out, nil
	}
	set := make([]any, 0, len(existing)+1)
	for _, p := range existing {
		set = append(set, p)
	}
	out["proof"] = append(set, proof)
	return out, nil
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// Expect is what a verifier asks of a document's proofs.
type Expect struct {
	Purpose           string // default assertionMethod
	Challenge, Domain string // checked when set
	// Policy says which proofs of a proof set must hold; the zero policy
	// wants every one.
	Policy ProofPolicy
}

// ProofPolicy says which proofs of a proof set must hold (VC Data
// Integrity leaves it to the verifier).
type ProofPolicy struct {
	// Any accepts the document when at least one proof holds; the default
	// wants every proof to hold.
	Any bool `json:"any,omitempty" yaml:"any,omitempty"`
	// Signers are controllers (DIDs) each of which must have made a proof
	// that holds, whatever Any says.
	Signers []string `json:"signers,omitempty" yaml:"signers,omitempty"`
}

// ProofResult says which key made a valid proof, and when. For a proof
// set, it is the first proof that holds, and Set lists every proof with
// its outcome.
type ProofResult struct {
	VerificationMethod string       `json:"verificationMethod"`
	Controller         string       `json:"controller"`
	Created            time.Time    `json:"created"`
	Suite              string       `json:"suite"` // eddsa-rdfc-2022, eddsa-jcs-2022 or Ed25519Signature2020
	ID                 string       `json:"id,omitempty"`
	PreviousProof      []string     `json:"previousProof,omitempty"`
	Set                []ProofCheck `json:"set,omitempty"`
}

// ProofCheck is one proof of a set and its outcome.
type ProofCheck struct {
	ProofResult
	OK     bool   `json:"ok"`
	Reason string `json:"reason,omitempty"`
}

// SignedBy says whether a proof that holds was made by a key of controller.
func (p *ProofResult) SignedBy(controller string) bool {
	if p.Controller == controller {
		return true
	}
	for _, c := range p.Set {
		if c.OK && c.Controller == controller {
			return true
		}
	}
	return false
}

// Describe says in one line what the proofs are, for a check's reason.
func (p *ProofResult) Describe() string {
	if len(p.Set) < 2 {
		return p.Suite + " signature by " + p.VerificationMethod
	}
	parts := make([]string, len(p.Set))
	for i, c := range p.Set {
		parts[i] = c.Suite + " by " + c.VerificationMethod
		if len(c.PreviousProof) > 0 {
			parts[i] += " (chained)"
		}
		if !c.OK {
			parts[i] += ": " + c.Reason
		}
	}
	return fmt.Sprintf("%d proofs: %s", len(p.Set), strings.Join(parts, "; "))
}

// Verify checks doc's proofs: for each, the suite, the purpose (and
// challenge and domain when asked), that the key is one its controller's
// DID document lists for that purpose, and the signature over the
// canonical document (with the proofs it chains to); then want.Policy.
// Errors wrap the ErrProof* reasons.
func (e *EdDSA) Verify(ctx context.Context, doc map[string]any, r *Resolver, want Expect) (*ProofResult, error) {
	proofs, err := proofsOf(doc)
	if err != nil {
		return nil, err
	}
	if len(proofs) == 0 {
		return nil, ErrProofMissing
	}
	if err := checkProofIDs(proofs); err != nil {
		return nil, err
	}
	if want.Purpose == "" {
		want.Purpose = "assertionMethod"
	}
	if len(proofs) == 1 {
		res, err := e.verifyOne(ctx, doc, proofs, proofs[0], r, want)
		if err != nil {
			return nil, err
		}
		if err := want.Policy.check([]ProofCheck{{ProofResult: *res, OK: true}}); err != nil {
			return nil, err
		}
		return res, nil
	}
	checks := make([]ProofCheck, len(proofs))
	var first *ProofResult
	var firstErr error
	for i, p := range proofs {
		res, err := e.verifyOne(ctx, doc, proofs, p, r, want)
		if err != nil {
			checks[i] = ProofCheck{ProofResult: describeProof(p), Reason: err.Error()}
			if firstErr == nil {
				firstErr = fmt.Errorf("proof %d of %d: %w", i+1, len(proofs), err)
			}
			if !want.Policy.Any {
				return nil, firstErr // every proof must hold: no need to try the rest
			}
			continue
		}
		checks[i] = ProofCheck{ProofResult: *res, OK: true}
		if first == nil {
			first = res
		}
	}
	if first == nil || (!want.Policy.Any && firstErr != nil) {
		return nil, firstErr
	}
	if err := want.Policy.check(checks); err != nil {
		return nil, err
	}
	out := *first
	out.Set = checks
	return &out, nil
}

func (p ProofPolicy) check(checks []ProofCheck) error {
	for _, s := range p.Signers {
		ok := false
		for _, c := range checks {
			ok = ok || c.OK && c.Controller == s
		}
		if !ok {
			return fmt.Errorf("%w: no proof that holds by %s", ErrProofPolicy, s)
		}
	}
	return nil
}

// describeProof is what a proof says of itself, for the report of one
// that does not hold.
func describeProof(p map[string]any) ProofResult {
	str := func(k string) string { s, _ := p[k].(string); return s }
	vm := str("verificationMethod")
	controller, _, _ := cutFragment(vm)
	prev, _ := previousProofIDs(p)
	suite := str("cryptosuite")
	if suite == "" {
		suite = str("type")
	}
	return ProofResult{VerificationMethod: vm, Controller: controller, Suite: suite, ID: str("id"), PreviousProof: prev}
}

// verifyOne checks one proof of doc, whose proofs are all.
func (e *EdDSA) verifyOne(ctx context.Context, doc map[string]any, all []map[string]any, proof map[string]any, r *Resolver, want Expect) (*ProofResult, error) {
	str := func(k string) string { s, _ := proof[k].(string); return s }
	suite := ""
	switch {
	case str("type") == ProofTypeDataIntegrity && slices.Contains(Suites, str("cryptosuite")):
		suite = str("cryptosuite")
	case str("type") == ProofTypeEd25519Signature2020 && proof["cryptosuite"] == nil:
		if !hasContext(doc, ContextEd25519Signature2020) {
			return nil, fmt.Errorf("%w: Ed25519Signature2020 without its context %s", ErrProofSuite, ContextEd25519Signature2020)
		}
		suite = ProofTypeEd25519Signature2020
	default:
		return nil, fmt.Errorf("%w: %s / %s", ErrProofSuite, str("type"), str("cryptosuite"))
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
	if len(str("proofValue")) > 200 {
		// base58 decoding is quadratic; no suite's signature is this long.
		return nil, fmt.Errorf("%w: proofValue is %d characters, longer than any signature", ErrProofMalformed, len(str("proofValue")))
	}
	if c, ok := proof["created"]; ok {
		if _, isString := c.(string); !isString {
			return nil, fmt.Errorf("%w: created is not a date-time string", ErrProofMalformed)
		}
	}
	enc, sig, err := multibase.Decode(str("proofValue"))
	if err != nil || enc != multibase.Base58BTC {
		return nil, fmt.Errorf("%w: proofValue is not base58btc multibase", ErrProofMalformed)
	}
	previous, err := previousProofIDs(proof)
	if err != nil {
		return nil, err
	}
	config := maps.Clone(proof)
	delete(config, "proofValue")
	if jcsSuite(suite) {
		// The proof carries the document's @context (vc-di-eddsa, 3.3.2):
		// the document must start with it, so a context swapped after
		// signing is caught.
		if pc, ok := proof["@context"]; ok && !contextPrefix(pc, doc["@context"]) {
			return nil, fmt.Errorf("%w: the proof's @context is not the document's", ErrProofMalformed)
		}
	} else {
		config["@context"] = doc["@context"]
	}
	vmID := str("verificationMethod")
	pub, controller, err := e.key(ctx, r, vmID, want.Purpose)
	if err != nil {
		return nil, err
	}
	sum, err := checkSuiteKey(suite, pub, sig)
	if err != nil {
		return nil, err
	}
	unsecured, err := chained(doc, all, previous)
	if err != nil {
		return nil, err
	}
	data, err := e.hashDataWith(suite, sum, unsecured, config)
	if err != nil {
		return nil, err
	}
	if !verifySignature(pub, data, sum, sig) {
		return nil, ErrProofSignature
	}
	return &ProofResult{VerificationMethod: vmID, Controller: controller, Created: created, Suite: suite, ID: str("id"), PreviousProof: previous}, nil
}

// contextPrefix says whether a document's @context begins with the
// proof's: the same URLs and objects, in the same order.
func contextPrefix(proofCtx, docCtx any) bool {
	list := func(v any) []any {
		if l, ok := v.([]any); ok {
			return l
		}
		return []any{v}
	}
	p, d := list(proofCtx), list(docCtx)
	if len(p) > len(d) {
		return false
	}
	for i := range p {
		a, _ := json.Marshal(p[i])
		b, _ := json.Marshal(d[i])
		if !bytes.Equal(a, b) {
			return false
		}
	}
	return true
}

// key resolves a verification method's controller and returns its key, if
// the controller lists it for purpose.
func (e *EdDSA) key(ctx context.Context, r *Resolver, vmID, purpose string) (crypto.PublicKey, string, error) {
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
	pub, err := r.PublicKey(vm)
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
	pub, err := vm.ed25519()
	if err == nil {
		if err := checkEd25519Point(pub); err != nil {
			return nil, fmt.Errorf("%s: %v", vm.ID, err)
		}
	}
	return pub, err
}

func (vm *VerificationMethod) ed25519() (ed25519.PublicKey, error) {
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

// ParsePrivateKeyMultibase reads a secret key written as multibase, as the
// Data Integrity test vectors give them: Ed25519 (multicodec ed25519-priv,
// 0x1300), P-256 (p256-priv, 0x1306) or P-384 (p384-priv, 0x1307).
func ParsePrivateKeyMultibase(s string) (*KeyPair, error) {
	enc, data, err := multibase.Decode(s)
	if err != nil || enc != multibase.Base58BTC {
		return nil, errors.New("the secret key is not base58btc multibase")
	}
	code, n, err := varint.FromUvarint(data)
	if err != nil {
		return nil, errors.New("the secret key has no multicodec header")
	}
	switch code {
	case 0x1300:
		return NewKeyPair(Ed25519, data[n:])
	case 0x1306:
		return NewKeyPair(P256, data[n:])
	case 0x1307:
		return NewKeyPair(P384, data[n:])
	}
	return nil, fmt.Errorf("multicodec 0x%x is not an Ed25519, P-256 or P-384 secret key", code)
}

// checkSuiteKey refuses a key the suite does not sign with (an ECDSA
// signature checked against an Ed25519 key, a P-521 key in an ECDSA suite)
// and a signature of the wrong length for it, and returns the hash the
// suite uses with that key.
func checkSuiteKey(suite string, pub crypto.PublicKey, sig []byte) (func([]byte) []byte, error) {
	var kt KeyType
	size := 0
	switch k := pub.(type) {
	case ed25519.PublicKey:
		kt, size = Ed25519, ed25519.SignatureSize
	case *ecdsa.PublicKey:
		switch k.Curve {
		case elliptic.P256():
			kt, size = P256, 64
		case elliptic.P384():
			kt, size = P384, 96
		}
	}
	if kt == "" || !suiteKeys(suite, kt) {
		return nil, fmt.Errorf("%w: %s does not sign with this key's type (%s)", ErrProofKey, suite, cmp.Or(string(kt), keyAlg(pub), "unknown"))
	}
	if len(sig) != size {
		return nil, fmt.Errorf("%w: proofValue is %d bytes, a %s signature is %d", ErrProofMalformed, len(sig), kt, size)
	}
	if kt == P384 {
		return sha384Sum, nil
	}
	return sha256Sum, nil
}

// verifySignature checks an Ed25519 signature over data, or an ECDSA one
// (r||s, as vc-di-ecdsa writes it) over data hashed with sum.
func verifySignature(pub crypto.PublicKey, data []byte, sum func([]byte) []byte, sig []byte) bool {
	switch k := pub.(type) {
	case ed25519.PublicKey:
		return ed25519.Verify(k, data, sig)
	case *ecdsa.PublicKey:
		half := len(sig) / 2
		r, s := new(big.Int).SetBytes(sig[:half]), new(big.Int).SetBytes(sig[half:])
		return ecdsa.Verify(k, sum(data), r, s)
	}
	return false
}

// signP1363 signs a digest with a P-256 or P-384 key and writes r||s, each
// the curve's size, as vc-di-ecdsa wants.
func signP1363(kp *KeyPair, digest []byte) ([]byte, error) {
	priv, err := kp.privateKey()
	if err != nil {
		return nil, err
	}
	k, ok := priv.(*ecdsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("a %s key does not sign ECDSA", kp.Type)
	}
	r, s, err := ecdsa.Sign(rand.Reader, k, digest)
	if err != nil {
		return nil, err
	}
	size := (k.Curve.Params().BitSize + 7) / 8
	out := make([]byte, 2*size)
	r.FillBytes(out[:size])
	s.FillBytes(out[size:])
	return out, nil
}
