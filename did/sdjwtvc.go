package did

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// SD-JWT VCs as the current IETF draft gives them
// (draft-ietf-oauth-sd-jwt-vc: typ dc+sd-jwt, the credential type in vct,
// claims at the top of the payload, no JSON-LD) on SD-JWT as RFC 9901
// gives it: disclosures of object properties and of array elements, nested
// to any depth, and a Key Binding JWT (typ kb+jwt) over the presentation's
// sd_hash. This path is mifm's own; the older VC-JOSE-COSE form (a VCDM
// credential as the payload) keeps aries-framework-go's draft-02 path
// (sdjwt.go).

// TypeKBJWT is the typ of an SD-JWT's Key Binding JWT (RFC 9901, 4.3).
const TypeKBJWT = "kb+jwt"

// MaxKeyBindingAge is how long after its iat a Key Binding JWT is taken;
// a verifier's challenge is fresh, so an old binding is a replay.
const MaxKeyBindingAge = 5 * time.Minute

// SDJWTVCRequest is what an issuer puts in an SD-JWT VC.
type SDJWTVCRequest struct {
	Issuer *KeyPair // signs; its DID is iss unless IssuerID says another
	// IssuerID is iss: the issuer's DID (the default) or an HTTPS URL whose
	// JWT VC issuer metadata publishes the key.
	IssuerID string
	KID      string // the header's kid; the issuer key's DID URL by default
	VCT      string // the credential type (vct), required
	Subject  string // sub, optional; a did:key subject's key goes into cnf
	// Claims are the credential's claims, at the top of the payload.
	Claims map[string]any
	// Disclosable names the top-level claims the holder may withhold; nil
	// makes every claim of Claims disclosable.
	Disclosable []string
	IssuedAt    time.Time // iat; now by default
	Expires     time.Time // exp, optional
}

// sdJWTVCNeverDisclosed are the claims the SD-JWT VC draft forbids making
// disclosable: who issued, when it holds, to whom it is bound, what it is
// and how to check its status.
var sdJWTVCNeverDisclosed = []string{"iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "status"}

// sdJWTVCReserved are the claims an issuer's Claims may not set: the
// registered ones this package writes, and SD-JWT's own.
var sdJWTVCReserved = []string{"iss", "iat", "nbf", "exp", "vct", "vct#integrity", "cnf", "sub", "status", "_sd", "_sd_alg", "..."}

// IssueSDJWTVC secures claims as an SD-JWT VC in issuance form
// (issuer-jwt~disclosure~…~).
func IssueSDJWTVC(req SDJWTVCRequest) (string, error) {
	if req.Issuer == nil {
		return "", errors.New("issue an SD-JWT VC: no issuer key")
	}
	if req.VCT == "" {
		return "", errors.New("issue an SD-JWT VC: vct (the credential type) is required")
	}
	method := jwsMethod(req.Issuer.Type)
	if method == nil {
		return "", fmt.Errorf("issue an SD-JWT VC: no JOSE algorithm for %s keys", req.Issuer.Type)
	}
	iss := req.IssuerID
	if iss == "" {
		iss = req.Issuer.DID
	}
	kid := req.KID
	if kid == "" {
		kid = keyVM(req.Issuer.DID)
	}
	iat := req.IssuedAt
	if iat.IsZero() {
		iat = time.Now()
	}
	payload := map[string]any{"iss": iss, "iat": iat.Unix(), "vct": req.VCT, "_sd_alg": "sha-256"}
	if !req.Expires.IsZero() {
		if !req.Expires.After(iat) {
			return "", fmt.Errorf("issue an SD-JWT VC: expiry %s is not after issuance %s", req.Expires.Format(time.RFC3339), iat.Format(time.RFC3339))
		}
		payload["exp"] = req.Expires.Unix()
	}
	if req.Subject != "" {
		payload["sub"] = req.Subject
		if jwk, ok := holderJWK(req.Subject); ok {
			payload["cnf"] = map[string]any{"jwk": jwk}
		}
	}
	disclosable := req.Disclosable
	if disclosable == nil {
		for name := range req.Claims {
			disclosable = append(disclosable, name)
		}
	}
	for _, name := range disclosable {
		if _, ok := req.Claims[name]; !ok {
			return "", fmt.Errorf("issue an SD-JWT VC: disclosable claim %q is not among the claims", name)
		}
	}
	var digests []any
	var disclosures []string
	for name, value := range req.Claims {
		if slices.Contains(sdJWTVCReserved, name) {
			return "", fmt.Errorf("issue an SD-JWT VC: claim %q is written by the issuer itself; leave it out of the claims", name)
		}
		if !slices.Contains(disclosable, name) {
			payload[name] = value
			continue
		}
		d, err := newDisclosure(name, value)
		if err != nil {
			return "", fmt.Errorf("issue an SD-JWT VC: disclose %s: %w", name, err)
		}
		disclosures = append(disclosures, d)
		digests = append(digests, disclosureDigest(d))
	}
	// Sorted, so the digests' order tells nothing of the claims' (RFC 9901, 4.2.4.1).
	slices.SortFunc(digests, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
	if len(digests) > 0 {
		payload["_sd"] = digests
	}
	input, err := EncodeSigningInput(map[string]any{"alg": method.Alg(), "typ": TypeDCSDJWT, "kid": kid}, payload)
	if err != nil {
		return "", fmt.Errorf("issue an SD-JWT VC: %w", err)
	}
	sig, err := SignInput(req.Issuer, input)
	if err != nil {
		return "", fmt.Errorf("issue an SD-JWT VC: sign: %w", err)
	}
	slices.Sort(disclosures)
	return CompleteJWS(input, sig) + "~" + strings.Join(disclosures, "~") + "~", nil
}

// newDisclosure is the disclosure of an object property: base64url of the
// JSON array [salt, name, value], with 128 bits of salt.
func newDisclosure(name string, value any) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	raw, err := json.Marshal([]any{b64(salt), name, value})
	if err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(raw), nil
}

// PresentSDJWTVC makes a presentation of an SD-JWT VC that reveals the
// named top-level claims, with a Key Binding JWT over the verifier's nonce
// and audience signed by holderKey (the key of the credential's cnf) when
// holderKey is set.
func PresentSDJWTVC(combined string, names []string, holderKey *KeyPair, nonce, aud string, now time.Time) (string, error) {
	combined = strings.TrimSpace(combined)
	segs := strings.Split(combined, "~")
	if len(segs) < 2 {
		return "", fmt.Errorf("%w: an SD-JWT in issuance form is issuer-jwt~disclosure~…~", ErrSDJWT)
	}
	byName := map[string]string{}
	var all []string
	for _, d := range segs[1:] {
		if d == "" {
			continue
		}
		parsed, err := parseDisclosure(d)
		if err != nil {
			return "", err
		}
		if parsed.name != "" {
			byName[parsed.name] = d
			all = append(all, parsed.name)
		}
	}
	slices.Sort(all)
	out := segs[0] + "~"
	for _, n := range names {
		d, ok := byName[n]
		if !ok {
			return "", fmt.Errorf("the credential has no disclosable claim %q (it has %s)", n, strings.Join(all, ", "))
		}
		out += d + "~"
	}
	if holderKey == nil {
		return out, nil
	}
	if nonce == "" || aud == "" {
		return "", errors.New("a key binding needs the verifier's nonce (challenge) and audience (domain)")
	}
	method := jwsMethod(holderKey.Type)
	if method == nil {
		return "", fmt.Errorf("no JOSE algorithm for %s keys", holderKey.Type)
	}
	if now.IsZero() {
		now = time.Now()
	}
	digest := sha256.Sum256([]byte(out))
	input, err := EncodeSigningInput(map[string]any{"alg": method.Alg(), "typ": TypeKBJWT}, map[string]any{
		"iat": now.Unix(), "aud": aud, "nonce": nonce,
		"sd_hash": base64.RawURLEncoding.EncodeToString(digest[:]),
	})
	if err != nil {
		return "", err
	}
	sig, err := SignInput(holderKey, input)
	if err != nil {
		return "", fmt.Errorf("sign the key binding: %w", err)
	}
	return out + CompleteJWS(input, sig), nil
}

// disclosure is one parsed disclosure.
type disclosure struct {
	name  string // "" for an array element
	value any
}

func parseDisclosure(d string) (*disclosure, error) {
	raw, err := base64.RawURLEncoding.DecodeString(d)
	if err != nil {
		return nil, fmt.Errorf("%w: a disclosure is not base64url", ErrSDJWT)
	}
	var arr []any
	if err := json.Unmarshal(raw, &arr); err != nil {
		return nil, fmt.Errorf("%w: a disclosure is not a JSON array", ErrSDJWT)
	}
	if len(arr) == 0 {
		return nil, fmt.Errorf("%w: a disclosure is an empty array", ErrSDJWT)
	}
	if _, ok := arr[0].(string); !ok {
		return nil, fmt.Errorf("%w: a disclosure's salt must be a string", ErrSDJWT)
	}
	switch len(arr) {
	case 2:
		return &disclosure{value: arr[1]}, nil
	case 3:
		name, ok := arr[1].(string)
		if !ok || name == "_sd" || name == "..." {
			return nil, fmt.Errorf("%w: a disclosure's claim name must be a string, and not _sd or \"...\"", ErrSDJWT)
		}
		return &disclosure{name: name, value: arr[2]}, nil
	}
	return nil, fmt.Errorf("%w: a disclosure has %d elements (want [salt, name, value] or [salt, value])", ErrSDJWT, len(arr))
}

// undisclose replaces, in v, each digest a disclosure answers by what it
// discloses (RFC 9901, 7.1 step 3), recursively, and removes _sd and the
// digests no disclosure answers (decoys and withheld claims). Each
// disclosure may be used once.
type undiscloser struct {
	byDigest map[string]*disclosure
	used     map[string]bool
	depth    int
}

func (u *undiscloser) value(v any) (any, error) {
	u.depth++
	defer func() { u.depth-- }()
	if u.depth > 64 {
		return nil, fmt.Errorf("%w: nested deeper than 64", ErrSDJWT)
	}
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			if k == "_sd" || k == "_sd_alg" && u.depth == 1 {
				continue
			}
			y, err := u.value(x)
			if err != nil {
				return nil, err
			}
			out[k] = y
		}
		if sd, ok := v["_sd"]; ok {
			digests, ok := sd.([]any)
			if !ok {
				return nil, fmt.Errorf("%w: _sd must be an array of digests", ErrSDJWT)
			}
			for _, d := range digests {
				s, ok := d.(string)
				if !ok {
					return nil, fmt.Errorf("%w: _sd must be an array of digests", ErrSDJWT)
				}
				disc, err := u.take(s)
				if err != nil || disc == nil {
					if err != nil {
						return nil, err
					}
					continue
				}
				if disc.name == "" {
					return nil, fmt.Errorf("%w: an array element's disclosure is named by an object's _sd", ErrSDJWT)
				}
				if _, clash := out[disc.name]; clash {
					return nil, fmt.Errorf("%w: claim %q is both in the clear and disclosed", ErrSDJWT, disc.name)
				}
				y, err := u.value(disc.value)
				if err != nil {
					return nil, err
				}
				out[disc.name] = y
			}
		}
		return out, nil
	case []any:
		out := make([]any, 0, len(v))
		for _, x := range v {
			if m, ok := x.(map[string]any); ok && len(m) == 1 {
				if d, ok := m["..."]; ok {
					s, ok := d.(string)
					if !ok {
						return nil, fmt.Errorf("%w: an array element's digest must be a string", ErrSDJWT)
					}
					disc, err := u.take(s)
					if err != nil {
						return nil, err
					}
					if disc == nil {
						continue // withheld, or a decoy
					}
					if disc.name != "" {
						return nil, fmt.Errorf("%w: an object property's disclosure is named by an array element", ErrSDJWT)
					}
					y, err := u.value(disc.value)
					if err != nil {
						return nil, err
					}
					out = append(out, y)
					continue
				}
			}
			y, err := u.value(x)
			if err != nil {
				return nil, err
			}
			out = append(out, y)
		}
		return out, nil
	}
	return v, nil
}

func (u *undiscloser) take(digest string) (*disclosure, error) {
	if u.used[digest] {
		return nil, fmt.Errorf("%w: digest %s is named twice", ErrSDJWT, digest)
	}
	u.used[digest] = true
	return u.byDigest[digest], nil
}

// isSDJWTVC says whether an SD-JWT's issuer JWT is an SD-JWT VC of the
// current draft: typ dc+sd-jwt, or a vct and no VCDM @context.
func isSDJWTVC(j *JWS) bool {
	if t, _ := j.Header["typ"].(string); sameMediaType(t, TypeDCSDJWT) {
		return true
	}
	_, vct := j.Claims["vct"]
	_, ld := j.Claims["@context"]
	return vct && !ld
}

// isSDJWTVCToken says whether combined (issuance or presentation form) is
// an SD-JWT VC of the current draft, by its issuer JWT.
func isSDJWTVCToken(combined string) bool {
	first := strings.SplitN(combined, "~", 2)[0]
	j, err := ParseJWS(first, sdJWTType(first))
	return err == nil && isSDJWTVC(j)
}

// verifySDJWTVC verifies an SD-JWT VC presentation (or its issuance form):
// the issuer's signature, every disclosure against a signed digest, the
// Key Binding JWT when there is one (and there must be when challenge is
// set: its nonce, aud, iat and sd_hash, signed by cnf's key), the times,
// and the data model (vct). Status lists of the Token Status List draft
// are not read, so a credential that carries one is refused, not taken
// as unrevoked.
func (e *EdDSA) verifySDJWTVC(ctx context.Context, combined string, j *JWS, keys []*KnownKey, r *Resolver, challenge, domain string, now time.Time) (*Verification, map[string]any) {
	v := &Verification{}
	if !strings.Contains(combined, "~") {
		v.add("jose", fmt.Errorf("%w: an SD-JWT is issuer-jwt~disclosure~…~, ending in ~ or a Key Binding JWT", ErrSDJWT), "")
		return v, nil
	}
	v.add("jose", nil, "an SD-JWT VC (draft-ietf-oauth-sd-jwt-vc), alg "+j.headerAlg())
	v.add("jwt-times", checkJWTTimes(j.Claims, now), jwtTimesHold)
	segs := strings.Split(combined, "~")
	kb := segs[len(segs)-1]
	presented := strings.TrimSuffix(combined, kb)
	kid, _ := j.Header["kid"].(string)
	iss, _ := j.Claims["iss"].(string)
	controller, _, _ := cutFragment(kid)
	var keyErr error
	if keys == nil {
		published, ok, err := publishedKeys(ctx, r, kid, iss)
		switch {
		case err != nil:
			keyErr = fmt.Errorf("%w: %v", ErrProofKey, err)
		case ok:
			keys = published
		default:
			keyErr = e.verifyJWSKey(ctx, j, kid, r)
		}
	}
	if keyErr == nil && keys != nil {
		k, err := findKnownKey(keys, kid)
		if err == nil {
			controller = k.signer(iss)
			err = k.verify(j, kid)
		}
		keyErr = err
	}
	if !v.add("proof", keyErr, j.headerAlg()+" signature by "+kid) {
		return v, nil
	}
	if alg, ok := j.Claims["_sd_alg"]; ok && alg != "sha-256" {
		v.add("disclosures", fmt.Errorf("%w: _sd_alg %v (only sha-256 is read)", ErrSDJWT, alg), "")
		return v, nil
	}
	u := &undiscloser{byDigest: map[string]*disclosure{}, used: map[string]bool{}}
	for _, d := range segs[1 : len(segs)-1] {
		if d == "" {
			v.add("disclosures", fmt.Errorf("%w: an empty disclosure", ErrSDJWT), "")
			return v, nil
		}
		parsed, err := parseDisclosure(d)
		if err != nil {
			v.add("disclosures", err, "")
			return v, nil
		}
		digest := disclosureDigest(d)
		if _, dup := u.byDigest[digest]; dup {
			v.add("disclosures", fmt.Errorf("%w: a disclosure is given twice", ErrSDJWT), "")
			return v, nil
		}
		u.byDigest[digest] = parsed
	}
	out, err := u.value(j.Claims)
	if err == nil {
		for digest := range u.byDigest {
			if !u.used[digest] {
				err = fmt.Errorf("%w: a disclosure no signed digest names (the presentation was changed)", ErrSDJWT)
				break
			}
		}
	}
	if !v.add("disclosures", err, fmt.Sprintf("%d disclosures, each named by a signed digest", len(u.byDigest))) {
		return v, nil
	}
	claims := out.(map[string]any)
	for _, name := range sdJWTVCNeverDisclosed {
		_, clear := j.Claims[name]
		if _, disclosed := claims[name]; disclosed && !clear {
			v.add("disclosures", fmt.Errorf("%w: %s came as a disclosure; the SD-JWT VC draft has it signed in the clear, or a holder could withhold or choose it", ErrSDJWT, name), "")
			return v, nil
		}
	}
	switch _, bound := claims["cnf"]; {
	case kb != "" || challenge != "":
		if !v.add("key-binding", checkKeyBinding(kb, presented, claims, challenge, domain, now), "a Key Binding JWT by cnf's key for nonce "+challenge) {
			return v, claims
		}
	case bound:
		// Said, so that a caller does not take a copy of the credential for
		// its holder's presentation.
		v.add("key-binding", nil, "none asked for (no challenge): this shows the credential, not that its holder presents it")
	}
	var modelErr error
	switch vct, ok := claims["vct"].(string); {
	case !ok || vct == "":
		modelErr = fmt.Errorf("%w: vct, the credential type, must be a non-empty string", ErrSDJWT)
	case iss == "" && keys == nil:
		modelErr = fmt.Errorf("%w: no iss, and no issuer key was given", ErrSDJWT)
	}
	if _, ok := claims["status"]; ok && modelErr == nil {
		modelErr = fmt.Errorf("%w: the credential has a status (Token Status List), which mifm does not read: it cannot say it is not revoked", ErrSDJWT)
	}
	if !v.add("syntax", modelErr, "an SD-JWT VC of type "+fmt.Sprint(claims["vct"])) {
		return v, claims
	}
	var issuerErr error
	if controller != iss {
		issuerErr = fmt.Errorf("signed by %s, but the issuer is %s", controller, iss)
	}
	v.add("issuer", issuerErr, "signed by the issuer "+iss)
	v.Issuer = iss
	if sub, ok := claims["sub"].(string); ok {
		v.Subjects = []string{sub}
	}
	v.Verified = true
	for _, c := range v.Checks {
		v.Verified = v.Verified && c.OK
	}
	return v, claims
}

// checkKeyBinding checks a Key Binding JWT (RFC 9901, 7.3): typ kb+jwt,
// signed by the key of the credential's cnf, sd_hash over the presentation
// it ends, the verifier's nonce and audience, issued within
// MaxKeyBindingAge.
func checkKeyBinding(kb, presented string, claims map[string]any, nonce, aud string, now time.Time) error {
	if kb == "" {
		return fmt.Errorf("%w: the presentation has no Key Binding JWT, and the verifier asked for one (a challenge)", ErrProofChallenge)
	}
	j, err := ParseJWS(kb, TypeKBJWT)
	if err != nil {
		return fmt.Errorf("the Key Binding JWT: %w", err)
	}
	cnf, _ := claims["cnf"].(map[string]any)
	jwk, _ := cnf["jwk"].(map[string]any)
	if jwk == nil {
		return fmt.Errorf("%w: the credential names no holder key (cnf.jwk) to check the Key Binding JWT with", ErrProofChallenge)
	}
	if _, private := jwk["d"]; private {
		return fmt.Errorf("%w: cnf.jwk holds a private key", ErrProofChallenge)
	}
	pub, err := JWKPublicKey(jwk)
	if err != nil {
		return fmt.Errorf("%w: cnf.jwk: %v", ErrProofChallenge, err)
	}
	if err := j.VerifyWith(pub); err != nil {
		return fmt.Errorf("the Key Binding JWT: %w", err)
	}
	digest := sha256.Sum256([]byte(presented))
	if h, _ := j.Claims["sd_hash"].(string); h != base64.RawURLEncoding.EncodeToString(digest[:]) {
		return fmt.Errorf("%w: the Key Binding JWT's sd_hash is not the presentation's (disclosures were added or removed)", ErrProofChallenge)
	}
	if nonce != "" {
		if got, _ := j.Claims["nonce"].(string); got != nonce {
			return fmt.Errorf("%w: the Key Binding JWT's nonce %q is not the challenge %q", ErrProofChallenge, got, nonce)
		}
	}
	got, _ := j.Claims["aud"].(string)
	switch {
	case got == "":
		return fmt.Errorf("%w: the Key Binding JWT has no aud (RFC 9901 requires the verifier it is meant for)", ErrProofChallenge)
	case aud != "" && got != aud:
		return fmt.Errorf("%w: the Key Binding JWT's aud %q is not the domain %q", ErrProofChallenge, got, aud)
	}
	iat, ok := j.Claims["iat"].(float64)
	if !ok {
		return fmt.Errorf("%w: the Key Binding JWT has no iat", ErrProofChallenge)
	}
	issued := time.Unix(int64(iat), 0)
	if issued.After(now.Add(ClockSkew)) || now.Sub(issued) > MaxKeyBindingAge+ClockSkew {
		return fmt.Errorf("%w: the Key Binding JWT was made at %s, not within %s of %s", ErrProofChallenge, issued.UTC().Format(time.RFC3339), MaxKeyBindingAge, now.UTC().Format(time.RFC3339))
	}
	return nil
}
