package did

import (
	"cmp"
	"context"
	"crypto"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/veraison/go-cose"
)

// COSE secures a credential as a COSE_Sign1 message (W3C VC-JOSE-COSE,
// section 3.3): the payload is the credential's JSON, the protected header
// names the algorithm, the key (kid), typ application/vc+cose and content
// type application/vc. veraison/go-cose does the COSE and the signatures.
const (
	MediaTypeVCCOSE = "application/vc+cose"
	MediaTypeVPCOSE = "application/vp+cose"
	maxCOSE         = 1 << 20
)

// ErrCOSE is wrapped by every reason a COSE message is refused.
var ErrCOSE = errors.New("COSE refused")

var coseAlgs = map[cose.Algorithm]string{cose.AlgorithmEdDSA: "EdDSA", cose.AlgorithmES256: "ES256", cose.AlgorithmES384: "ES384", cose.AlgorithmES512: "ES512"}

// DecodeCOSEText reads a COSE message written as text, as the VC-JOSE-COSE
// suite and data: URLs carry it: base64 or base64url, padded or not.
// Anything else (hex, raw bytes) is refused.
func DecodeCOSEText(text string) ([]byte, error) {
	text = strings.TrimSpace(text)
	if len(text) > 2*maxCOSE {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrCOSE, maxCOSE)
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(text); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("%w: not base64", ErrCOSE)
}

// COSEMessage is a decoded COSE_Sign1 whose signature is not checked yet.
type COSEMessage struct {
	msg    cose.Sign1Message
	Alg    string
	KeyID  string
	Claims map[string]any
}

// ParseCOSE decodes a COSE_Sign1 from outside, refusing before any
// signature check what VC-JOSE-COSE refuses: another typ, another content
// type, an algorithm mifm does not verify, critical headers, a payload
// that is not one JSON object.
func ParseCOSE(data []byte, typ string) (*COSEMessage, error) {
	if len(data) > maxCOSE {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrCOSE, maxCOSE)
	}
	m := &COSEMessage{}
	if err := m.msg.UnmarshalCBOR(data); err != nil {
		return nil, fmt.Errorf("%w: not a tagged COSE_Sign1: %v", ErrCOSE, err)
	}
	h := m.msg.Headers.Protected
	alg, err := h.Algorithm()
	if err != nil || coseAlgs[alg] == "" {
		return nil, fmt.Errorf("%w: protected alg %v (accepted: EdDSA, ES256, ES384, ES512)", ErrCOSE, h[cose.HeaderLabelAlgorithm])
	}
	m.Alg = coseAlgs[alg]
	if got, _ := h[cose.HeaderLabelType].(string); got != typ {
		return nil, fmt.Errorf("%w: typ %v, want %q", ErrCOSE, h[cose.HeaderLabelType], typ)
	}
	wantCty := strings.TrimSuffix(typ, "+cose")
	if got, _ := h[cose.HeaderLabelContentType].(string); got != wantCty {
		return nil, fmt.Errorf("%w: content type %v, want %q", ErrCOSE, h[cose.HeaderLabelContentType], wantCty)
	}
	if _, ok := h[cose.HeaderLabelCritical]; ok {
		return nil, fmt.Errorf("%w: critical headers are not understood", ErrCOSE)
	}
	switch kid := h[cose.HeaderLabelKeyID].(type) {
	case []byte:
		m.KeyID = string(kid)
	case nil:
	default:
		return nil, fmt.Errorf("%w: kid is not a byte string", ErrCOSE)
	}
	if err := json.Unmarshal(m.msg.Payload, &m.Claims); err != nil || m.Claims == nil {
		return nil, fmt.Errorf("%w: the payload is not a JSON object", ErrCOSE)
	}
	return m, nil
}

// VerifyWith checks the signature with pub, whose type must be the one the
// message's algorithm names.
func (m *COSEMessage) VerifyWith(pub crypto.PublicKey) error {
	if want := keyAlg(pub); want != m.Alg {
		return fmt.Errorf("%w: alg %s on a key that signs %s", ErrProofKey, m.Alg, want)
	}
	var alg cose.Algorithm
	for a, name := range coseAlgs {
		if name == m.Alg {
			alg = a
		}
	}
	v, err := cose.NewVerifier(alg, pub)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrProofKey, err)
	}
	if err := m.msg.Verify(nil, v); err != nil {
		return fmt.Errorf("%w: %v", ErrProofSignature, err)
	}
	return nil
}

// SignCOSE secures claims as a COSE_Sign1 of typ by kp, naming kid.
// secp256k1 keys are refused: COSE's ES256K is not in go-cose.
func SignCOSE(claims map[string]any, kp *KeyPair, kid, typ string) ([]byte, error) {
	var alg cose.Algorithm
	switch kp.Type {
	case Ed25519:
		alg = cose.AlgorithmEdDSA
	case P256:
		alg = cose.AlgorithmES256
	case P384:
		alg = cose.AlgorithmES384
	case P521:
		alg = cose.AlgorithmES512
	default:
		return nil, fmt.Errorf("no COSE algorithm here for %s keys: use Ed25519 or a P-curve", kp.Type)
	}
	priv, err := kp.privateKey()
	if err != nil {
		return nil, err
	}
	signer, ok := priv.(crypto.Signer)
	if !ok {
		return nil, fmt.Errorf("a %s key does not sign COSE", kp.Type)
	}
	s, err := cose.NewSigner(alg, signer)
	if err != nil {
		return nil, err
	}
	payload, err := json.Marshal(claims)
	if err != nil {
		return nil, fmt.Errorf("encode claims: %w", err)
	}
	msg := cose.NewSign1Message()
	msg.Headers.Protected.SetAlgorithm(alg)
	msg.Headers.Protected[cose.HeaderLabelType] = typ
	msg.Headers.Protected[cose.HeaderLabelContentType] = strings.TrimSuffix(typ, "+cose")
	msg.Headers.Protected[cose.HeaderLabelKeyID] = []byte(kid)
	msg.Payload = payload
	if err := msg.Sign(rand.Reader, nil, s); err != nil {
		return nil, err
	}
	return msg.MarshalCBOR()
}

// IssueCredentialCOSE builds and checks a credential like IssueCredential
// and secures it as application/vc+cose.
func (e *EdDSA) IssueCredentialCOSE(req IssueRequest) ([]byte, map[string]any, error) {
	if req.Issuer == nil {
		return nil, nil, errors.New("no issuer key")
	}
	vc, err := e.unsignedCredential(req)
	if err != nil {
		return nil, nil, err
	}
	msg, err := SignCOSE(vc, req.Issuer, req.signingMethod(), MediaTypeVCCOSE)
	return msg, vc, err
}

// VerifyCredentialCOSE runs the checks of VerifyCredentialJWT on an
// application/vc+cose credential: the COSE headers, the signature by the
// key its kid names (a DID URL resolved, or one of keys given out of
// band), the credential's data model (JSON processing), issuer, validity
// and status.
func (e *EdDSA) VerifyCredentialCOSE(ctx context.Context, data []byte, keys []*KnownKey, r *Resolver, lists StatusLists, now time.Time) (*Verification, map[string]any) {
	v := &Verification{}
	m, err := ParseCOSE(data, MediaTypeVCCOSE)
	if !v.add("cose", err, "a COSE_Sign1, typ application/vc+cose") {
		return v, nil
	}
	v.Checks[0].Reason += ", alg " + m.Alg
	signer, sigErr := m.verifyKey(ctx, keys, issuerID(m.Claims), "assertionMethod", r)
	v.add("proof", sigErr, m.Alg+" signature by "+cmp.Or(m.KeyID, "the key given for "+signer))
	e.finishSecured(ctx, v, m.Claims, signer, sigErr, r, lists, now)
	return v, m.Claims
}

// verifyKey checks the message against the key its kid names: one of keys
// when given, else the DID URL resolved and listed for purpose. It returns
// whom the key stands for.
func (m *COSEMessage) verifyKey(ctx context.Context, keys []*KnownKey, issuer, purpose string, r *Resolver) (string, error) {
	if keys == nil && purpose == "assertionMethod" {
		published, ok, err := publishedKeys(ctx, r, m.KeyID, issuer)
		if err != nil {
			return "", fmt.Errorf("%w: %v", ErrProofKey, err)
		}
		if ok {
			keys = published
		}
	}
	if keys != nil {
		k, err := findKnownKey(keys, m.KeyID)
		if err != nil {
			return "", err
		}
		return k.signer(issuer), m.VerifyWith(k.Public)
	}
	controller, _, _ := cutFragment(m.KeyID)
	if _, _, err := Method(controller); err != nil {
		return "", fmt.Errorf("%w: kid %q is not a DID URL, and no key was given for it (verify with the issuer's key held out of band)", ErrProofKey, m.KeyID)
	}
	res, err := r.Resolve(ctx, controller)
	if err != nil {
		return "", fmt.Errorf("%w: resolve %s: %v", ErrProofKey, controller, err)
	}
	vm, ok := res.Document.VerificationMethodByID(m.KeyID)
	if !ok || !res.Document.relates(purpose, vm.ID) {
		return "", fmt.Errorf("%w: %s lists no %s for %s", ErrProofKey, controller, m.KeyID, purpose)
	}
	pub, err := r.PublicKey(vm)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrProofKey, err)
	}
	return controller, m.VerifyWith(pub)
}

// IsCOSE says whether data looks like a COSE_Sign1 (CBOR tag 18), raw or as
// base64 text, so readers of credential files can tell it from JSON and
// JWTs.
func IsCOSE(data []byte) bool {
	if len(data) > 0 && data[0] == 0xd2 {
		return true
	}
	b, err := DecodeCOSEText(string(data))
	return err == nil && len(b) > 0 && b[0] == 0xd2
}
