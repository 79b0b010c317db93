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

// JWT presentations as VC-JWT 1.1 makes them (what did-jwt-vc 4.x writes
// and reads): a JWS, header {alg, typ "JWT", kid?}, whose claims are
// {iss: the holder, aud: the verifier (domain), nonce: its challenge, jti,
// iat, nbf, exp, vp: {@context, type, holder?, verifiableCredential}}. The
// credentials inside are compact vc+jwt, SD-JWT presentations, JWT-VC 1.1
// or embedded Data Integrity credentials. Signing is split from building so
// that a wallet outside the node can sign (SignRequest).

const (
	// TypeJWT is the typ did-jwt puts on every JWT it makes, presentations
	// included.
	TypeJWT = "JWT"
	// ClockSkew is how far a JWT's iat, nbf and exp may be off the
	// verifier's clock: holders' clocks drift, and a presentation lives
	// minutes.
	ClockSkew = 60 * time.Second
	// PresentationLifetime is how long a JWT presentation is valid when
	// PresentationJWT.Expires is not set: long enough for a user to
	// confirm in a wallet, short enough that a leaked one is soon useless.
	PresentationLifetime = 5 * time.Minute
	// MaxPresentedCredentials bounds the credentials of one presentation,
	// each of which costs resolutions and signature checks.
	MaxPresentedCredentials = 32
)

// ErrJWTTime is wrapped when a JWT is used outside its iat/nbf/exp window.
var ErrJWTTime = errors.New("the JWT is not valid at this time")

// PresentationJWT is a JWT presentation to build for a holder to sign.
type PresentationJWT struct {
	Holder string // the holder's DID: iss and vp.holder
	KeyID  string // the holder's key (a DID URL of Holder); empty: a did:key's own
	Alg    string // JOSE alg; empty: the did:key's, when KeyID is a did:key
	// Credentials are compact JWTs (vc+jwt, SD-JWT presentations, JWT-VC
	// 1.1) as strings, or embedded credentials as map[string]any.
	Credentials []any
	Challenge   string    // the verifier's nonce
	Domain      string    // the verifier it is meant for (aud)
	IssuedAt    time.Time // zero: now
	Expires     time.Time // zero: IssuedAt + PresentationLifetime
}

// SigningInput is b64url(header) "." b64url(claims), what the holder's key
// signs (SignInput, or a wallet answering a SignRequest).
func (p PresentationJWT) SigningInput() (string, error) {
	if p.Challenge == "" || p.Domain == "" {
		return "", errors.New("a JWT presentation needs the verifier's challenge and domain, so that it answers one request of one verifier")
	}
	if _, _, err := Method(p.Holder); err != nil {
		return "", fmt.Errorf("holder: %w", err)
	}
	kid, alg, err := presentationKey(p.Holder, p.KeyID, p.Alg)
	if err != nil {
		return "", err
	}
	if len(p.Credentials) == 0 || len(p.Credentials) > MaxPresentedCredentials {
		return "", fmt.Errorf("a presentation holds 1 to %d credentials, not %d", MaxPresentedCredentials, len(p.Credentials))
	}
	for i, c := range p.Credentials {
		switch c.(type) {
		case string, map[string]any:
		default:
			return "", fmt.Errorf("credential %d is a %T: want a compact JWT (string) or an embedded credential (map[string]any)", i+1, c)
		}
	}
	iat := p.IssuedAt
	if iat.IsZero() {
		iat = time.Now()
	}
	exp := p.Expires
	if exp.IsZero() {
		exp = iat.Add(PresentationLifetime)
	}
	if !exp.After(iat) {
		return "", fmt.Errorf("the presentation expires (%s) before it is issued (%s)", exp.Format(time.RFC3339), iat.Format(time.RFC3339))
	}
	header := map[string]any{"alg": alg, "kid": kid, "typ": TypeJWT}
	claims := map[string]any{
		"iss": p.Holder, "aud": p.Domain, "nonce": p.Challenge, "jti": newUUIDURN(),
		"iat": iat.Unix(), "nbf": iat.Unix(), "exp": exp.Unix(),
		"vp": map[string]any{
			// VC-JWT 1.1's data model: did-jwt-vc refuses a presentation
			// without the 1.1 context.
			"@context": []any{ContextVCv1}, "type": []any{"VerifiablePresentation"},
			"holder": p.Holder, "verifiableCredential": p.Credentials,
		},
	}
	return EncodeSigningInput(header, claims)
}

// presentationKey checks (or, for a did:key, derives) the kid and alg of a
// holder's signature.
func presentationKey(holder, kid, alg string) (string, string, error) {
	if kid == "" {
		if _, _, err := ParseKeyDID(holder); err != nil {
			return "", "", errors.New("no key id: give the holder's verification method (only a did:key's is implied)")
		}
		kid = keyVM(holder)
	}
	if controller, _, _ := cutFragment(kid); controller != holder || !strings.Contains(kid, "#") {
		return "", "", fmt.Errorf("key id %q is not a verification method of the holder %s", kid, holder)
	}
	if kt, _, err := ParseKeyDID(holder); err == nil {
		want := jwsMethod(kt)
		if want == nil {
			return "", "", fmt.Errorf("no JOSE algorithm for %s keys", kt)
		}
		if alg == "" {
			alg = want.Alg()
		}
		if alg != want.Alg() {
			return "", "", fmt.Errorf("alg %s does not fit the %s key of %s (%s)", alg, kt, holder, want.Alg())
		}
	}
	if methodByAlg(alg) == nil {
		return "", "", fmt.Errorf("alg %q (accepted: EdDSA, ES256K, ES256, ES384, ES512)", alg)
	}
	return kid, alg, nil
}

// EncodeSigningInput is a JWS's signing input, base64url(header) "."
// base64url(claims): what a key outside the node (a holder's wallet) signs.
func EncodeSigningInput(header, claims map[string]any) (string, error) {
	h, err := json.Marshal(header)
	if err != nil {
		return "", fmt.Errorf("encode JOSE header: %w", err)
	}
	c, err := json.Marshal(claims)
	if err != nil {
		return "", fmt.Errorf("encode claims: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(h) + "." + base64.RawURLEncoding.EncodeToString(c), nil
}

// KeyAlg is the JOSE algorithm a key type signs with (EdDSA, ES256K,
// ES256, ES384, ES512).
func KeyAlg(kt KeyType) (string, bool) {
	m := jwsMethod(kt)
	if m == nil {
		return "", false
	}
	return m.Alg(), true
}

// SignInput is the base64url JWS signature of signingInput with kp, in the
// algorithm of kp's type. A header naming another alg is refused: the
// signature would not verify, or worse, verify as something else.
func SignInput(kp *KeyPair, signingInput string) (string, error) {
	method := jwsMethod(kp.Type)
	if method == nil {
		return "", fmt.Errorf("no JOSE algorithm for %s keys", kp.Type)
	}
	header, _, err := decodeSigningInput(signingInput)
	if err != nil {
		return "", err
	}
	if alg, _ := header["alg"].(string); alg != method.Alg() {
		return "", fmt.Errorf("the header's alg is %q, but a %s key signs %s", header["alg"], kp.Type, method.Alg())
	}
	key, err := kp.privateKey()
	if err != nil {
		return "", fmt.Errorf("read the %s key: %w", kp.Type, err)
	}
	sig, err := method.Sign(signingInput, key)
	if err != nil {
		return "", fmt.Errorf("sign as %s: %w", method.Alg(), err)
	}
	return sig, nil
}

// CompleteJWS is the compact JWS of a signing input and its signature.
func CompleteJWS(signingInput, signature string) string {
	return signingInput + "." + signature
}

// decodeSigningInput decodes b64url(header).b64url(claims).
func decodeSigningInput(signingInput string) (header, claims map[string]any, err error) {
	if len(signingInput) > maxJWT {
		return nil, nil, fmt.Errorf("%w: a signing input longer than %d bytes", ErrJOSE, maxJWT)
	}
	parts := strings.Split(signingInput, ".")
	if len(parts) != 2 {
		return nil, nil, fmt.Errorf("%w: a signing input is b64url(header).b64url(claims)", ErrJOSE)
	}
	for i, dst := range []*map[string]any{&header, &claims} {
		raw, err := base64.RawURLEncoding.DecodeString(parts[i])
		if err != nil {
			return nil, nil, fmt.Errorf("%w: part %d of the signing input is not base64url", ErrJOSE, i+1)
		}
		if err := json.Unmarshal(raw, dst); err != nil || *dst == nil {
			return nil, nil, fmt.Errorf("%w: part %d of the signing input is not a JSON object", ErrJOSE, i+1)
		}
	}
	return header, claims, nil
}

// IsJWTPresentation says whether s is a compact JWS whose claims hold a vp
// object; the signature is not checked.
func IsJWTPresentation(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxJWT || strings.Count(s, ".") != 2 || strings.Contains(s, "~") {
		return false
	}
	payload := strings.Split(s, ".")[1]
	raw, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return false
	}
	var claims struct {
		VP map[string]any `json:"vp"`
	}
	return json.Unmarshal(raw, &claims) == nil && claims.VP != nil
}

// VerifyPresentationJWT checks a JWT presentation with the checks, and
// their names, of VerifyPresentation: syntax (a JWS, typ JWT, with a vp
// claim), proof (the signature by a key the holder lists for
// authentication, of the type alg names, nonce the challenge, aud the
// domain, within iat/nbf/exp), holder (kid's DID, iss and vp.holder are one)
// and credentials (each verifies in its own form and is about the holder).
// An SD-JWT inside must carry a holder binding for the same challenge and
// domain, and is presented with only the claims disclosed.
func (e *EdDSA) VerifyPresentationJWT(ctx context.Context, token string, r *Resolver, lists StatusLists, challenge, domain string, now time.Time) (*PresentationResult, []Presented) {
	res := &PresentationResult{}
	add := res.add
	j, vp, items, err := parsePresentationJWT(token)
	iss, _ := claimString(j, "iss")
	if !add("syntax", err, "a JWT presentation (VC-JWT 1.1) held by "+iss) {
		return res, nil
	}
	res.Holder = iss
	if challenge == "" {
		add("proof", errors.New("no challenge given: a verifier must ask for a fresh one, or presentations can be replayed"), "")
		return res, nil
	}
	kid, _ := j.Header["kid"].(string)
	alg := j.headerAlg()
	var signer string
	vmID, err := verifyJWSBy(ctx, j, kid, iss, "authentication", r)
	if err == nil {
		signer, _, _ = cutFragment(vmID)
		err = checkPresentationClaims(j.Claims, challenge, domain, now)
	}
	if add("proof", err, alg+" signature by "+vmID+", challenge and domain as asked, valid at "+now.UTC().Format(time.RFC3339)) {
		var bindErr error
		holder, hasHolder := vp["holder"]
		switch {
		case signer != iss:
			bindErr = fmt.Errorf("signed by %s, but iss is %s", signer, iss)
		case hasHolder && holder != iss:
			bindErr = fmt.Errorf("vp.holder is %v, but iss (the signer) is %s", holder, iss)
		}
		add("holder", bindErr, "the holder signed it")
	}
	presented := res.credentials(items, iss, true, func(item any) (*Verification, map[string]any, error) {
		return e.verifyPresentedItem(ctx, item, r, lists, challenge, domain, now)
	})
	return res, presented
}

// parsePresentationJWT decodes a JWT presentation and checks its shape.
func parsePresentationJWT(token string) (*JWS, map[string]any, []any, error) {
	j, err := ParseJWS(token, TypeJWT)
	if err != nil {
		return nil, nil, nil, err
	}
	iss, _ := j.Claims["iss"].(string)
	if _, _, err := Method(iss); err != nil {
		return j, nil, nil, fmt.Errorf("%w: iss (the holder) %q is not a DID", ErrJOSE, j.Claims["iss"])
	}
	vp, ok := j.Claims["vp"].(map[string]any)
	if !ok {
		return j, nil, nil, fmt.Errorf("%w: no vp claim: not a JWT presentation", ErrJOSE)
	}
	if _, err := CredentialVersion(vp); err != nil {
		return j, vp, nil, fmt.Errorf("vp: %w", err)
	}
	if types, _ := stringList(vp["type"]); !contains(types, "VerifiablePresentation") {
		return j, vp, nil, errors.New("vp: type must include VerifiablePresentation")
	}
	var items []any
	switch v := vp["verifiableCredential"].(type) {
	case []any:
		items = v
	case nil:
	default:
		items = []any{v}
	}
	if len(items) > MaxPresentedCredentials {
		return j, vp, nil, fmt.Errorf("vp: %d credentials, more than the %d a presentation may hold", len(items), MaxPresentedCredentials)
	}
	return j, vp, items, nil
}

func claimString(j *JWS, name string) (string, bool) {
	if j == nil {
		return "", false
	}
	s, ok := j.Claims[name].(string)
	return s, ok
}

// checkPresentationClaims checks what makes a presentation answer this
// verifier's request now: nonce, aud, iat, nbf and exp.
func checkPresentationClaims(claims map[string]any, challenge, domain string, now time.Time) error {
	if nonce, _ := claims["nonce"].(string); nonce != challenge {
		if _, has := claims["nonce"]; !has {
			return fmt.Errorf("%w: the presentation has no nonce, want %q", ErrProofChallenge, challenge)
		}
		return fmt.Errorf("%w: nonce %v, want %q", ErrProofChallenge, claims["nonce"], challenge)
	}
	if domain != "" && !audienceHas(claims["aud"], domain) {
		return fmt.Errorf("%w: aud %v, want %q: the presentation is meant for another verifier", ErrProofChallenge, claims["aud"], domain)
	}
	return checkJWTTimes(claims, now)
}

// audienceHas says whether aud (a string or a list of them) names domain.
func audienceHas(aud any, domain string) bool {
	switch a := aud.(type) {
	case string:
		return a == domain
	case []any:
		for _, x := range a {
			if x == domain {
				return true
			}
		}
	}
	return false
}

// jwtTimesHold is the reason a passed jwt-times check gives.
var jwtTimesHold = fmt.Sprintf("iat, nbf and exp (where present) hold at the time of verification, %v skew allowed", ClockSkew)

// checkJWTTimes refuses a JWT before its iat or nbf or after its exp,
// ClockSkew allowed either way; absent claims are not required, and a
// claim that is not a date is refused.
func checkJWTTimes(claims map[string]any, now time.Time) error {
	at := func(name string) (time.Time, bool, error) {
		v, ok := claims[name]
		if !ok {
			return time.Time{}, false, nil
		}
		switch x := v.(type) {
		case float64:
			if x >= 0 && x <= 1<<40 {
				return time.Unix(int64(x), 0), true, nil
			}
		case string:
			// RFC 7519 wants a NumericDate; the VC-JOSE-COSE test suite's
			// own credentials write iat as an RFC 3339 date, which is read
			// as that date rather than let through unchecked.
			if t, err := time.Parse(time.RFC3339, x); err == nil {
				return t, true, nil
			}
		}
		return time.Time{}, false, fmt.Errorf("%w: %s %v is not a NumericDate (seconds since 1970)", ErrJWTTime, name, v)
	}
	for _, name := range []string{"iat", "nbf"} {
		t, ok, err := at(name)
		if err != nil {
			return err
		}
		if ok && t.After(now.Add(ClockSkew)) {
			return fmt.Errorf("%w: %s %s is in the future", ErrJWTTime, name, t.UTC().Format(time.RFC3339))
		}
	}
	exp, ok, err := at("exp")
	if err != nil {
		return err
	}
	if ok && !exp.After(now.Add(-ClockSkew)) {
		return fmt.Errorf("%w: expired at %s", ErrJWTTime, exp.UTC().Format(time.RFC3339))
	}
	return nil
}

// maxKeysTried bounds the keys tried for a JWS without kid.
const maxKeysTried = 8

// verifyJWSBy checks a JWS signed for did (its iss) and purpose: by the key
// kid names, which must be one of did's, or, without kid (did-jwt-vc sets
// none), by whichever key did lists for purpose signs it. It returns the
// key that did.
func verifyJWSBy(ctx context.Context, j *JWS, kid, did, purpose string, r *Resolver) (string, error) {
	if kid != "" {
		if controller, _, _ := cutFragment(kid); controller != did {
			return kid, fmt.Errorf("%w: kid %s is a key of %s, not of iss %s", ErrProofKey, kid, controller, did)
		}
		return kid, VerifyJWSKey(ctx, j, kid, purpose, r)
	}
	res, err := r.Resolve(ctx, did)
	if err != nil {
		return did, fmt.Errorf("%w: resolve %s: %v", ErrProofKey, did, err)
	}
	var ids []string
	switch purpose {
	case "authentication":
		ids = res.Document.Authentication
	case "assertionMethod":
		ids = res.Document.AssertionMethod
	}
	if len(ids) == 0 {
		return did, fmt.Errorf("%w: %s lists no key for %s", ErrProofKey, did, purpose)
	}
	lastErr := error(nil)
	for i, id := range ids {
		if i == maxKeysTried {
			break
		}
		if strings.HasPrefix(id, "#") {
			id = did + id
		}
		if lastErr = VerifyJWSKey(ctx, j, id, purpose, r); lastErr == nil {
			return id, nil
		}
	}
	return did, fmt.Errorf("no key of %s for %s signed it: %w", did, purpose, lastErr)
}

// verifyPresentedItem verifies one credential of a JWT presentation in its
// form; an error says the item is no credential mifm reads.
func (e *EdDSA) verifyPresentedItem(ctx context.Context, item any, r *Resolver, lists StatusLists, challenge, domain string, now time.Time) (*Verification, map[string]any, error) {
	switch c := item.(type) {
	case map[string]any:
		return e.VerifyCredential(ctx, c, r, lists, now), c, nil
	case string:
		if IsSDJWT(c) {
			v, vc := e.VerifyCredentialSDJWT(ctx, c, r, lists, challenge, domain, now)
			return v, vc, nil
		}
		switch typ := jwsType(c); typ {
		case TypeVCJWT:
			v, vc := e.VerifyCredentialJWT(ctx, c, r, lists, now)
			return v, vc, nil
		case TypeJWT, "":
			v, vc := e.verifyCredentialJWT11(ctx, c, r, lists, now)
			return v, vc, nil
		default:
			return nil, nil, fmt.Errorf("%w: a JWT of typ %q is no credential mifm reads (vc+jwt, JWT-VC 1.1, SD-JWT)", ErrJOSE, typ)
		}
	}
	return nil, nil, fmt.Errorf("a %T is neither a compact JWT nor an embedded credential", item)
}

// JWSType is the typ of a compact JWS's header, "" if none or unreadable,
// so a reader can tell a vp+jwt from a JWT-VC 1.1 before verifying.
func JWSType(token string) string { return jwsType(token) }

// jwsType is the typ of a compact JWS's header, "" if none or unreadable.
func jwsType(token string) string {
	head, _, _ := strings.Cut(strings.TrimSpace(token), ".")
	raw, err := base64.RawURLEncoding.DecodeString(head)
	if err != nil {
		return ""
	}
	var h struct {
		Typ string `json:"typ"`
	}
	_ = json.Unmarshal(raw, &h)
	return h.Typ
}
