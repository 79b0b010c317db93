package did

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// A sign request is what a node hands a wallet outside mifm (a phone app, a
// browser extension, testnet/wallet-js/signer.mjs) to sign as a holder: JWS
// signing inputs, each with its header and claims decoded beside it so that
// the wallet can show the user what they sign and check it is what the
// request says. The wallet answers with a sign response of signatures; the
// node completes the JWS and verifies them against the holder's DID.
//
// Request (JSON):
//
//	{"type": "mifm-sign-request/1", "id": "…", "holder": "did:…",
//	 "keyId": "did:…#…", "alg": "ES256K", "purpose": "text for the user",
//	 "audience": "did:… of the platform that gets it", "expires": "RFC 3339",
//	 "items": [{"name": "…", "signingInput": "b64url(header).b64url(claims)",
//	            "header": {…}, "claims": {…}}]}
//
// Response (JSON):
//
//	{"type": "mifm-sign-response/1", "id": "<the request's>",
//	 "signatures": [{"name": "…", "signature": "b64url JWS signature"}]}
//
// A wallet must refuse a request for another holder or key than its own, an
// alg its key does not sign, an item whose header names another key or alg
// or whose header and claims are not those its signing input encodes, and
// an expired request.

const (
	SignRequestType  = "mifm-sign-request/1"
	SignResponseType = "mifm-sign-response/1"
	// MaxSignItems bounds a request: a wallet shows each item to its user.
	MaxSignItems = 16
	maxSignID    = 128
)

// ErrSignRequest is wrapped by every reason a sign request or response is
// refused.
var ErrSignRequest = errors.New("sign request refused")

// SignRequest asks a holder's wallet to sign JWS signing inputs.
type SignRequest struct {
	Type     string     `json:"type"`
	ID       string     `json:"id"`
	Holder   string     `json:"holder"`
	KeyID    string     `json:"keyId"`
	Alg      string     `json:"alg"`
	Purpose  string     `json:"purpose"`
	Audience string     `json:"audience,omitempty"`
	Expires  string     `json:"expires"`
	Items    []SignItem `json:"items"`
}

// SignItem is one JWS to sign; Header and Claims are what SigningInput
// encodes, decoded.
type SignItem struct {
	Name         string         `json:"name"`
	SigningInput string         `json:"signingInput"`
	Header       map[string]any `json:"header"`
	Claims       map[string]any `json:"claims"`
}

// SignResponse is a wallet's answer: one signature per item, by name.
type SignResponse struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Signatures []ItemSignature `json:"signatures"`
}

// ItemSignature is the base64url JWS signature of one item.
type ItemSignature struct {
	Name      string `json:"name"`
	Signature string `json:"signature"`
}

// NewSignItem decodes a signing input into an item.
func NewSignItem(name, signingInput string) (SignItem, error) {
	header, claims, err := decodeSigningInput(signingInput)
	if err != nil {
		return SignItem{}, fmt.Errorf("item %q: %w", name, err)
	}
	return SignItem{Name: name, SigningInput: signingInput, Header: header, Claims: claims}, nil
}

// Check refuses a request a wallet must not sign: another type, no id, a
// holder that is no DID, a key not the holder's, an unknown alg, an expired
// or undated request, no items or more than MaxSignItems, names not unique,
// an item whose header names another key or alg, whose claims' iss is not
// the holder, or whose header and claims are not what it encodes.
func (r *SignRequest) Check(now time.Time) error {
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrSignRequest}, a...)...)
	}
	if r.Type != SignRequestType {
		return fail("type %q, want %s", r.Type, SignRequestType)
	}
	if r.ID == "" || len(r.ID) > maxSignID {
		return fail("an id of 1 to %d characters is required", maxSignID)
	}
	if _, _, err := Method(r.Holder); err != nil {
		return fail("holder: %v", err)
	}
	if controller, _, _ := cutFragment(r.KeyID); controller != r.Holder || !strings.Contains(r.KeyID, "#") {
		return fail("keyId %q is not a verification method of %s", r.KeyID, r.Holder)
	}
	if methodByAlg(r.Alg) == nil {
		return fail("alg %q (accepted: EdDSA, ES256K, ES256, ES384, ES512)", r.Alg)
	}
	exp, err := time.Parse(time.RFC3339, r.Expires)
	if err != nil {
		return fail("expires %q is not an RFC 3339 time", r.Expires)
	}
	if !now.Before(exp) {
		return fail("expired at %s", r.Expires)
	}
	if len(r.Items) == 0 || len(r.Items) > MaxSignItems {
		return fail("1 to %d items, not %d", MaxSignItems, len(r.Items))
	}
	seen := map[string]bool{}
	for _, it := range r.Items {
		if it.Name == "" || seen[it.Name] {
			return fail("item names must be present and unique (%q)", it.Name)
		}
		seen[it.Name] = true
		if err := r.checkItem(it); err != nil {
			return fail("item %q: %v", it.Name, err)
		}
	}
	return nil
}

func (r *SignRequest) checkItem(it SignItem) error {
	header, claims, err := decodeSigningInput(it.SigningInput)
	if err != nil {
		return err
	}
	// What the wallet shows must be what it signs.
	if !sameJSON(header, it.Header) || !sameJSON(claims, it.Claims) {
		return errors.New("header or claims differ from what the signing input encodes")
	}
	kid, _ := header["kid"].(string)
	if controller, _, _ := cutFragment(kid); controller != r.Holder || kid == "" {
		return fmt.Errorf("header kid %q is not a key of %s", header["kid"], r.Holder)
	}
	if header["alg"] != r.Alg {
		return fmt.Errorf("header alg %v, the request's is %s", header["alg"], r.Alg)
	}
	if iss, ok := claims["iss"]; ok && iss != r.Holder {
		return fmt.Errorf("claims iss %v: the holder %s signs only as itself", iss, r.Holder)
	}
	return nil
}

// sameJSON compares two decoded JSON values by their encoding (map keys
// sorted), whatever Go number types they hold.
func sameJSON(a, b any) bool {
	x, errA := json.Marshal(a)
	y, errB := json.Marshal(b)
	return errA == nil && errB == nil && string(x) == string(y)
}

// SignWith answers a request with a key the node holds, after the checks a
// wallet makes: the request must be for kp's DID and pass Check.
func SignWith(kp *KeyPair, req *SignRequest, now time.Time) (*SignResponse, error) {
	if req.Holder != kp.DID {
		return nil, fmt.Errorf("%w: for %s, and this key is %s", ErrSignRequest, req.Holder, kp.DID)
	}
	if err := req.Check(now); err != nil {
		return nil, err
	}
	resp := &SignResponse{Type: SignResponseType, ID: req.ID}
	for _, it := range req.Items {
		sig, err := SignInput(kp, it.SigningInput)
		if err != nil {
			return nil, fmt.Errorf("sign item %q: %w", it.Name, err)
		}
		resp.Signatures = append(resp.Signatures, ItemSignature{Name: it.Name, Signature: sig})
	}
	return resp, nil
}

// Complete joins a response's signatures to the request's signing inputs:
// name → compact JWS. It checks the response answers this request, item for
// item; it does not verify the signatures (VerifySignedItem does, against
// the holder's DID).
func (r *SignRequest) Complete(resp *SignResponse) (map[string]string, error) {
	if resp == nil || resp.Type != SignResponseType {
		return nil, fmt.Errorf("%w: not a %s", ErrSignRequest, SignResponseType)
	}
	if resp.ID != r.ID {
		return nil, fmt.Errorf("%w: the response answers request %q, not %q", ErrSignRequest, resp.ID, r.ID)
	}
	inputs := make(map[string]string, len(r.Items))
	for _, it := range r.Items {
		inputs[it.Name] = it.SigningInput
	}
	out := make(map[string]string, len(inputs))
	for _, s := range resp.Signatures {
		in, ok := inputs[s.Name]
		if !ok {
			return nil, fmt.Errorf("%w: a signature of %q, which the request does not hold", ErrSignRequest, s.Name)
		}
		if _, dup := out[s.Name]; dup {
			return nil, fmt.Errorf("%w: two signatures of %q", ErrSignRequest, s.Name)
		}
		if _, err := base64.RawURLEncoding.DecodeString(s.Signature); err != nil || s.Signature == "" {
			return nil, fmt.Errorf("%w: the signature of %q is not base64url", ErrSignRequest, s.Name)
		}
		out[s.Name] = CompleteJWS(in, s.Signature)
	}
	for name := range inputs {
		if _, ok := out[name]; !ok {
			return nil, fmt.Errorf("%w: no signature of %q", ErrSignRequest, name)
		}
	}
	return out, nil
}

// VerifySignedItem checks a completed JWS: signed by a key holder lists for
// authentication, the one its kid names.
func VerifySignedItem(ctx context.Context, jws, holder string, r *Resolver) error {
	j, err := ParseJWS(jws, jwsType(jws))
	if err != nil {
		return err
	}
	kid, _ := j.Header["kid"].(string)
	if kid == "" {
		return fmt.Errorf("%w: no kid", ErrProofKey)
	}
	_, err = verifyJWSBy(ctx, j, kid, holder, "authentication", r)
	return err
}
