package did

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"
)

// An SD-JWT presentation's holder binding made in two steps, so that a
// wallet outside the node can sign it: the node prepares the binding JWT's
// signing input (SDJWTBindingInput), the holder signs it (SignInput or a
// SignRequest), the node appends it (AttachSDJWTBinding).
//
// The binding is what aries-framework-go v0.3.2's verifier (draft-02 of
// SD-JWT) checks: a JWT signed by the key of the credential's cnf, with
// nonce and aud. Its header's typ is "JWT", not RFC 9901's "kb+jwt", which
// that verifier refuses; the claims also carry RFC 9901's sd_hash of the
// presentation, which it ignores and later verifiers check.

// DiscloseSDJWTUnbound is the presentation of an SD-JWT revealing only the
// named claims, without holder binding: issuer-jwt~d1~…~, ready for
// AttachSDJWTBinding.
func DiscloseSDJWTUnbound(combined string, names []string) (string, error) {
	p, err := DiscloseSDJWT(combined, names, nil, "", "")
	if err != nil {
		return "", err
	}
	if !strings.HasSuffix(p, "~") {
		p += "~"
	}
	return p, nil
}

// SDJWTBindingInput is the signing input of a holder binding JWT over
// presentation (issuer-jwt~d1~…~, ending in ~) for the verifier's challenge
// (nonce) and domain (aud). kid may be empty: the verifier takes the key
// from the credential's cnf.
func SDJWTBindingInput(presentation, alg, kid, nonce, aud string, iat time.Time) (string, error) {
	if !strings.HasSuffix(presentation, "~") || strings.Count(presentation, "~") < 1 {
		return "", fmt.Errorf("%w: a presentation to bind is issuer-jwt~disclosures~, ending in ~", ErrSDJWT)
	}
	if len(presentation) > maxJWT {
		return "", fmt.Errorf("%w: longer than %d bytes", ErrSDJWT, maxJWT)
	}
	first := strings.SplitN(presentation, "~", 2)[0]
	j, err := ParseJWS(first, sdJWTType(first))
	if err != nil {
		return "", fmt.Errorf("the presentation's issuer JWT: %w", err)
	}
	if methodByAlg(alg) == nil {
		return "", fmt.Errorf("alg %q (accepted: EdDSA, ES256K, ES256, ES384, ES512)", alg)
	}
	if nonce == "" || aud == "" {
		return "", errors.New("a holder binding needs the verifier's challenge (nonce) and domain (aud)")
	}
	if iat.IsZero() {
		iat = time.Now()
	}
	// An SD-JWT VC's binding is RFC 9901's kb+jwt; the older form's is
	// what aries' draft-02 verifier reads.
	typ := TypeJWT
	if isSDJWTVC(j) {
		typ = TypeKBJWT
	}
	header := map[string]any{"alg": alg, "typ": typ}
	if kid != "" {
		header["kid"] = kid
	}
	digest := sha256.Sum256([]byte(presentation))
	claims := map[string]any{
		"nonce": nonce, "aud": aud, "iat": iat.Unix(),
		"sd_hash": base64.RawURLEncoding.EncodeToString(digest[:]),
	}
	return EncodeSigningInput(header, claims)
}

// AttachSDJWTBinding appends the signed binding JWT to the presentation it
// was made for.
func AttachSDJWTBinding(presentation, signingInput, signature string) string {
	return presentation + CompleteJWS(signingInput, signature)
}
