package did

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// IssueRequest is a credential to issue with an eddsa-rdfc-2022 proof.
type IssueRequest struct {
	Issuer *KeyPair // the key the node signs with
	// IssuerDID and VerificationMethod name the issuer when it is not the
	// key's own did:key: a did:ethr and the id its document gives the key
	// (#controller for the identity's own secp256k1 key).
	IssuerDID          string
	VerificationMethod string
	Subject            string   // the subject's DID
	Types              []string // besides VerifiableCredential
	Claims             map[string]any
	// Contexts are added after the data model's own; each must be one mifm
	// holds. VCDM 2.0's context maps undefined claims to an issuer-dependent
	// vocabulary, VCDM 1.1's does not: 1.1 claims need a context.
	Contexts []string
	Version  int // 2 (default) or 1
	// Suite of a Data Integrity proof (Suites); by default the key's own:
	// eddsa-rdfc-2022 for Ed25519, ecdsa-rdfc-2019 for P-256 and P-384.
	// Ed25519Signature2020 adds its context.
	Suite      string
	ID         string
	ValidFrom  time.Time // zero: now
	ValidUntil time.Time // zero: no end
	// Status, when set, is the credential's BitstringStatusListEntry
	// (StatusEntry).
	Status map[string]any
}

// Signer is a key and whom it signs for: its own did:key, or a DID whose
// document lists it under VerificationMethod.
type Signer struct {
	Key                *KeyPair
	DID                string
	VerificationMethod string
}

// KeySigner signs as the key's own did:key.
func KeySigner(kp *KeyPair) Signer {
	return Signer{Key: kp, DID: kp.DID, VerificationMethod: keyVM(kp.DID)}
}

// IssueCredential builds, checks and signs a credential.
func (e *EdDSA) IssueCredential(req IssueRequest) (map[string]any, error) {
	if req.Issuer == nil || !slices.Contains([]KeyType{Ed25519, P256, P384}, req.Issuer.Type) {
		return nil, errors.New("a Data Integrity credential is signed with an Ed25519 key (EdDSA suites) or a P-256 or P-384 key (ECDSA suites): give one, or issue a vc+jwt (vc issue --format jwt)")
	}
	vc, err := e.unsignedCredential(req)
	if err != nil {
		return nil, err
	}
	return e.Sign(vc, req.Issuer, ProofOptions{VerificationMethod: req.signingMethod(), Purpose: "assertionMethod", Suite: req.Suite})
}

// issuer is the credential's issuer: the key's did:key unless another DID
// was named.
func (req IssueRequest) issuer() string {
	if req.IssuerDID != "" {
		return req.IssuerDID
	}
	return req.Issuer.DID
}

// signingMethod is the verification method that signs.
func (req IssueRequest) signingMethod() string {
	if req.VerificationMethod != "" {
		return req.VerificationMethod
	}
	return keyVM(req.Issuer.DID)
}

// unsignedCredential builds a credential and checks its data model.
func (e *EdDSA) unsignedCredential(req IssueRequest) (map[string]any, error) {
	if _, _, err := Method(req.Subject); err != nil {
		return nil, fmt.Errorf("subject: %w", err)
	}
	if req.Version == 0 {
		req.Version = 2
	}
	base, from, until := ContextVCv2, "validFrom", "validUntil"
	switch req.Version {
	case 2:
	case 1:
		base, from, until = ContextVCv1, "issuanceDate", "expirationDate"
	default:
		return nil, fmt.Errorf("data model version %d: want 1 or 2", req.Version)
	}
	if req.ID == "" {
		req.ID = newUUIDURN()
	}
	if req.ValidFrom.IsZero() {
		req.ValidFrom = time.Now()
	}
	contexts := []any{base}
	for _, c := range req.Contexts {
		contexts = append(contexts, c)
	}
	switch {
	case req.Suite == ProofTypeEd25519Signature2020:
		contexts = append(contexts, ContextEd25519Signature2020)
	case req.Version == 1 && req.Issuer.Type != Secp256k1:
		// VCDM 1.1's context does not define Data Integrity proofs' terms.
		contexts = append(contexts, contextDataIntegV2)
	}
	// Claims go through JSON so that they hold what a credential from
	// outside holds (float64 numbers, []any lists), whatever Go types the
	// caller used.
	subject := map[string]any{}
	if req.Claims != nil {
		raw, err := json.Marshal(req.Claims)
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		if err := json.Unmarshal(raw, &subject); err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
	}
	if id, ok := subject["id"]; ok && id != req.Subject {
		return nil, fmt.Errorf("the claims name subject %v, the request %s", id, req.Subject)
	}
	subject["id"] = req.Subject
	types := []any{"VerifiableCredential"}
	for _, t := range req.Types {
		if t != "VerifiableCredential" {
			types = append(types, t)
		}
	}
	vc := map[string]any{
		"@context": contexts, "id": req.ID, "type": types, "issuer": req.issuer(),
		from: req.ValidFrom.UTC().Format(time.RFC3339), "credentialSubject": subject,
	}
	if !req.ValidUntil.IsZero() {
		vc[until] = req.ValidUntil.UTC().Format(time.RFC3339)
	}
	if req.Status != nil {
		vc["credentialStatus"] = req.Status
	}
	if _, err := e.canon.CheckCredential(vc, true); err != nil {
		return nil, err
	}
	return vc, nil
}

// keyVM is a did:key's verification method.
func keyVM(did string) string { return did + "#" + strings.TrimPrefix(did, "did:key:") }

func newUUIDURN() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// Check is one verification step with its outcome.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Reason string `json:"reason"`
}

// Verification is the structured result of verifying a credential.
type Verification struct {
	Verified bool     `json:"verified"`
	Version  int      `json:"version,omitempty"`
	Issuer   string   `json:"issuer,omitempty"`
	Subjects []string `json:"subjects,omitempty"`
	Checks   []Check  `json:"checks"`
}

func (v *Verification) add(name string, err error, ok string) bool {
	c := Check{Name: name, OK: err == nil, Reason: ok}
	if err != nil {
		c.Reason = err.Error()
	}
	v.Checks = append(v.Checks, c)
	return err == nil
}

// VerifyCredential runs every check on a credential and says which passed:
// syntax (the data model), proof (eddsa-rdfc-2022 over the canonical form,
// the key resolved from the proof's DID), issuer (the key belongs to the
// credential's issuer), validity (now within the validity period) and
// status. Verified is true only when all pass.
func (e *EdDSA) VerifyCredential(ctx context.Context, vc map[string]any, r *Resolver, lists StatusLists, now time.Time) *Verification {
	return e.verify(ctx, vc, r, lists, now)
}

func (e *EdDSA) verify(ctx context.Context, vc map[string]any, r *Resolver, lists StatusLists, now time.Time) *Verification {
	v := &Verification{}
	version, err := e.canon.CheckCredential(vc, true)
	if !v.add("syntax", err, fmt.Sprintf("a well-formed VCDM %d.%d credential", max(version, 1), map[int]int{1: 1, 2: 0}[version])) {
		return v
	}
	v.Version = version
	v.Issuer = issuerID(vc)
	v.Subjects = subjectIDs(vc)
	proof, err := e.Verify(ctx, vc, r, Expect{Purpose: "assertionMethod"})
	signer := ""
	if v.add("proof", err, "") {
		v.Checks[len(v.Checks)-1].Reason = proof.Describe()
		signer = proof.Controller
		if proof.SignedBy(v.Issuer) {
			// In a proof set, the issuer's proof need not come first.
			signer = v.Issuer
		}
	}
	e.finish(ctx, v, vc, signer, r, lists, now)
	return v
}

// finish adds the checks every credential format shares once its proof is
// checked (signer is the proof key's controller, "" when the proof failed):
// issuer, validity and status; then sets Verified.
func (e *EdDSA) finish(ctx context.Context, v *Verification, vc map[string]any, signer string, r *Resolver, lists StatusLists, now time.Time) {
	if signer != "" {
		var issuerErr error
		if signer != v.Issuer {
			issuerErr = fmt.Errorf("signed by %s, but the issuer is %s", signer, v.Issuer)
		}
		v.add("issuer", issuerErr, "the signing key belongs to the issuer "+v.Issuer)
	}
	v.add("validity", validity(vc, v.Version, now), "valid at "+now.UTC().Format(time.RFC3339))
	if _, ok := vc["credentialStatus"]; ok {
		detail, err := e.checkStatus(ctx, vc, r, lists)
		v.add("status", err, detail)
	} else {
		v.add("status", nil, "no status to check")
	}
	v.Verified = true
	for _, c := range v.Checks {
		v.Verified = v.Verified && c.OK
	}
}

func issuerID(vc map[string]any) string {
	switch iss := vc["issuer"].(type) {
	case string:
		return iss
	case map[string]any:
		s, _ := iss["id"].(string)
		return s
	}
	return ""
}

func subjectIDs(vc map[string]any) []string {
	var out []string
	add := func(s any) {
		if m, ok := s.(map[string]any); ok {
			if id, ok := m["id"].(string); ok {
				out = append(out, id)
			}
		}
	}
	switch s := vc["credentialSubject"].(type) {
	case []any:
		for _, x := range s {
			add(x)
		}
	default:
		add(s)
	}
	return out
}

// validity checks now against the validity period (CheckCredential has
// checked the dates' syntax).
func validity(vc map[string]any, version int, now time.Time) error {
	from, until := "validFrom", "validUntil"
	if version == 1 {
		from, until = "issuanceDate", "expirationDate"
	}
	if s, ok := vc[from].(string); ok {
		t, _ := time.Parse(time.RFC3339Nano, s)
		if now.Before(t) {
			return fmt.Errorf("not valid before %s", s)
		}
	}
	if s, ok := vc[until].(string); ok {
		t, _ := time.Parse(time.RFC3339Nano, s)
		if now.After(t) {
			return fmt.Errorf("expired at %s", s)
		}
	}
	return nil
}
