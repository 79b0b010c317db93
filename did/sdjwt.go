package did

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"sort"
	"strings"
	"time"

	josejwt "github.com/go-jose/go-jose/v3/jwt"
	"github.com/hyperledger/aries-framework-go/pkg/doc/jose"
	ariesjwk "github.com/hyperledger/aries-framework-go/pkg/doc/jose/jwk"
	"github.com/hyperledger/aries-framework-go/pkg/doc/sdjwt/common"
	"github.com/hyperledger/aries-framework-go/pkg/doc/sdjwt/holder"
	"github.com/hyperledger/aries-framework-go/pkg/doc/sdjwt/issuer"
	"github.com/hyperledger/aries-framework-go/pkg/doc/sdjwt/verifier"
)

// SD-JWT credentials: selective disclosure with aries-framework-go's SD-JWT
// (draft-ietf-oauth-selective-disclosure-jwt-02, the draft aries v0.3.2
// implements). The payload is the credential itself, as VC-JOSE-COSE
// secures it, with each claim of credentialSubject but id and type replaced
// by the digest of a disclosure the holder may withhold. aries' parser
// accepts no typ but "JWT", so the header carries none.

// ErrSDJWT is wrapped when an SD-JWT or its presentation is malformed.
var ErrSDJWT = errors.New("not a valid SD-JWT")

// IsSDJWT says whether s looks like an SD-JWT in combined format: a JWS
// followed by ~-separated disclosures.
func IsSDJWT(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "ey") && strings.Contains(s, "~")
}

// joseSigner signs aries JWS with a key pair.
type joseSigner struct {
	kp      *KeyPair
	headers jose.Headers
}

func newJOSESigner(kp *KeyPair, kid string) (*joseSigner, error) {
	method := jwsMethod(kp.Type)
	if method == nil {
		return nil, fmt.Errorf("no JOSE algorithm for %s keys", kp.Type)
	}
	h := jose.Headers{jose.HeaderAlgorithm: method.Alg()}
	if kid != "" {
		h[jose.HeaderKeyID] = kid
	}
	return &joseSigner{kp: kp, headers: h}, nil
}

func (s *joseSigner) Sign(data []byte) ([]byte, error) {
	key, err := s.kp.privateKey()
	if err != nil {
		return nil, err
	}
	sig, err := jwsMethod(s.kp.Type).Sign(string(data), key)
	if err != nil {
		return nil, err
	}
	return base64.RawURLEncoding.DecodeString(sig)
}

func (s *joseSigner) Headers() jose.Headers { return s.headers }

// holderJWK is the public JWK of a did:key subject, for the cnf claim that
// lets its holder bind presentations.
func holderJWK(subject string) (map[string]any, bool) {
	kt, pub, err := ParseKeyDID(subject)
	if err != nil || kt != Ed25519 {
		return nil, false
	}
	return map[string]any{"kty": "OKP", "crv": "Ed25519", "x": b64(pub)}, true
}

// IssueCredentialSDJWT builds and checks a credential like IssueCredential
// and secures it as an SD-JWT in combined format for issuance
// (JWT~disclosure~…~). A did:key (Ed25519) subject's key goes into cnf, so
// that only its holder can present it with a binding.
func (e *EdDSA) IssueCredentialSDJWT(req IssueRequest) (string, map[string]any, error) {
	if req.Issuer == nil {
		return "", nil, errors.New("no issuer key")
	}
	vc, err := e.unsignedCredential(req)
	if err != nil {
		return "", nil, err
	}
	signer, err := newJOSESigner(req.Issuer, req.signingMethod())
	if err != nil {
		return "", nil, err
	}
	// Everything but the subject's claims is signed in the clear: a verifier
	// always sees who issued what, when, and how to check its status.
	var clear []string
	var walk func(path string, v any)
	walk = func(path string, v any) {
		if m, ok := v.(map[string]any); ok && path != "credentialSubject" {
			for k, x := range m {
				walk(strings.TrimPrefix(path+"."+k, "."), x)
			}
			return
		}
		if path != "credentialSubject" {
			clear = append(clear, path)
		}
	}
	walk("", vc)
	clear = append(clear, "credentialSubject.id", "credentialSubject.type")
	opts := []issuer.NewOpt{issuer.WithStructuredClaims(true), issuer.WithNonSelectivelyDisclosableClaims(clear)}
	if jwk, ok := holderJWK(req.Subject); ok {
		raw, _ := json.Marshal(jwk)
		holderKey := &ariesjwk.JWK{}
		if err := holderKey.UnmarshalJSON(raw); err != nil {
			return "", nil, fmt.Errorf("holder key of %s: %w", req.Subject, err)
		}
		opts = append(opts, issuer.WithHolderPublicKey(holderKey))
	}
	if _, ok := vc["credentialSubject"].(map[string]any); !ok {
		return "", nil, errors.New("an SD-JWT credential has one credentialSubject object")
	}
	token, err := issuer.New("", vc, signer.Headers(), signer, opts...)
	if err != nil {
		return "", nil, fmt.Errorf("secure the credential as an SD-JWT: %w", err)
	}
	combined, err := token.Serialize(false)
	if err != nil {
		return "", nil, err
	}
	return combined, vc, nil
}

// SDJWTDisclosures lists the claims an SD-JWT's holder may disclose, by
// name, with their values; the signature is not checked.
func SDJWTDisclosures(combined string) (map[string]any, error) {
	combined = strings.TrimSpace(combined)
	if isSDJWTVCToken(combined) {
		out := map[string]any{}
		for _, d := range strings.Split(combined, "~")[1:] {
			if d == "" || strings.Contains(d, ".") {
				continue
			}
			parsed, err := parseDisclosure(d)
			if err != nil {
				return nil, err
			}
			if parsed.name != "" {
				out[parsed.name] = parsed.value
			}
		}
		return out, nil
	}
	claims, err := holder.Parse(combined)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSDJWT, err)
	}
	out := map[string]any{}
	for _, c := range claims {
		out[c.Name] = c.Value
	}
	return out, nil
}

// DiscloseSDJWT makes the presentation of an SD-JWT that reveals only the
// named claims. With holderKey set, it adds a holder binding JWT over the
// verifier's challenge (nonce) and domain (aud), signed with the key the
// credential's cnf names.
func DiscloseSDJWT(combined string, names []string, holderKey *KeyPair, challenge, domain string) (string, error) {
	combined = strings.TrimSpace(combined)
	if isSDJWTVCToken(combined) {
		return PresentSDJWTVC(combined, names, holderKey, challenge, domain, time.Now())
	}
	claims, err := holder.Parse(combined)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrSDJWT, err)
	}
	byName := map[string]string{}
	var all []string
	for _, c := range claims {
		byName[c.Name] = c.Disclosure
		all = append(all, c.Name)
	}
	sort.Strings(all)
	var chosen []string
	for _, n := range names {
		d, ok := byName[n]
		if !ok {
			return "", fmt.Errorf("the credential has no disclosable claim %q (it has %s)", n, strings.Join(all, ", "))
		}
		chosen = append(chosen, d)
	}
	var opts []holder.Option
	if holderKey != nil {
		signer, err := newJOSESigner(holderKey, "")
		if err != nil {
			return "", err
		}
		opts = append(opts, holder.WithHolderBinding(&holder.BindingInfo{
			Payload: holder.BindingPayload{Nonce: challenge, Audience: domain, IssuedAt: josejwt.NewNumericDate(time.Now())},
			Signer:  signer,
		}))
	}
	if len(chosen) == 0 {
		// aries refuses a presentation without disclosures; an SD-JWT alone
		// still proves the clear part.
		return strings.SplitN(combined, "~", 2)[0] + "~", nil
	}
	return holder.CreatePresentation(combined, chosen, opts...)
}

// VerifyCredentialSDJWT verifies an SD-JWT credential presentation (or the
// issuance form, every claim disclosed): the issuer's signature by the key
// its kid names, each disclosure against the digests signed, the holder
// binding when challenge is set (its nonce and aud), and then the checks of
// VerifyCredential on the credential as disclosed. The result's credential
// holds only the claims disclosed.
func (e *EdDSA) VerifyCredentialSDJWT(ctx context.Context, combined string, r *Resolver, lists StatusLists, challenge, domain string, now time.Time) (*Verification, map[string]any) {
	return e.verifyCredentialSDJWT(ctx, combined, nil, r, lists, challenge, domain, now)
}

// VerifyCredentialSDJWTWith is VerifyCredentialSDJWT with the issuer's key
// among keys given out of band, named by the kid, instead of resolved.
func (e *EdDSA) VerifyCredentialSDJWTWith(ctx context.Context, combined string, keys []*KnownKey, r *Resolver, lists StatusLists, challenge, domain string, now time.Time) (*Verification, map[string]any) {
	return e.verifyCredentialSDJWT(ctx, combined, keys, r, lists, challenge, domain, now)
}

func (e *EdDSA) verifyCredentialSDJWT(ctx context.Context, combined string, keys []*KnownKey, r *Resolver, lists StatusLists, challenge, domain string, now time.Time) (*Verification, map[string]any) {
	v := &Verification{}
	combined = strings.TrimSpace(combined)
	if n := strings.Count(combined, "~"); n > maxDisclosures+1 {
		// aries checks each disclosure against a map it rebuilds each
		// time: a stranger's thousands of disclosures would cost seconds.
		v.add("jose", fmt.Errorf("%w: %d disclosures, at most %d are read", ErrSDJWT, n-1, maxDisclosures), "")
		return v, nil
	}
	if len(combined) > maxJWT {
		v.add("jose", fmt.Errorf("%w: longer than %d bytes", ErrSDJWT, maxJWT), "")
		return v, nil
	}
	if segs := strings.Split(combined, "~"); len(segs) > 1 && segs[len(segs)-1] != "" && !strings.Contains(segs[len(segs)-1], ".") {
		// The issuance form ends with a disclosure; a presentation ends with
		// a holder binding JWT or an empty one.
		combined += "~"
	}
	first := strings.SplitN(combined, "~", 2)[0]
	j, err := ParseJWS(first, sdJWTType(first))
	if err == nil && isSDJWTVC(j) {
		return e.verifySDJWTVC(ctx, combined, j, keys, r, challenge, domain, now)
	}
	if !v.add("jose", err, "an SD-JWT, alg "+fmt.Sprint(j.headerAlg())) {
		return v, nil
	}
	v.add("jwt-times", checkJWTTimes(j.Claims, now), jwtTimesHold)
	kid, _ := j.Header["kid"].(string)
	controller, _, _ := cutFragment(kid)
	var keyErr error
	// aries-framework-go refuses any typ but JWT, reads iat, nbf and exp
	// as integers only (the VC-JOSE-COSE suite writes iat as a date) and
	// wants _sd_alg even where it is the default, so it is handed the
	// token without typ and those times, with _sd_alg, and the
	// signature is checked here over the token as it came (j), the times
	// by checkJWTTimes: aries then only checks disclosures against the
	// signed digests.
	forAries := combined
	_, hasTyp := j.Header["typ"]
	_, hasIat := j.Claims["iat"]
	_, hasNbf := j.Claims["nbf"]
	_, hasExp := j.Claims["exp"]
	_, hasAlg := j.Claims[common.SDAlgorithmKey]
	if hasTyp || hasIat || hasNbf || hasExp || !hasAlg {
		header, claims := maps.Clone(j.Header), maps.Clone(j.Claims)
		delete(header, "typ")
		for _, c := range []string{"iat", "nbf", "exp"} {
			delete(claims, c)
		}
		if !hasAlg {
			// Absent, _sd_alg is sha-256 (SD-JWT, 4.1.1); aries wants it said.
			claims[common.SDAlgorithmKey] = "sha-256"
		}
		hb, _ := json.Marshal(header)
		cb, err := json.Marshal(claims)
		if err != nil {
			v.add("proof", fmt.Errorf("%w: %v", ErrSDJWT, err), "")
			return v, nil
		}
		_, rest, _ := strings.Cut(combined, ".")
		_, rest, _ = strings.Cut(rest, ".")
		forAries = base64.RawURLEncoding.EncodeToString(hb) + "." + base64.RawURLEncoding.EncodeToString(cb) + "." + rest
	}
	// aries 0.3.2 resolves a disclosure only where an _sd array of the
	// signed payload names it: not an array element ({"...": digest}), not
	// inside another disclosure's value (SD-JWT's recursive disclosures).
	// Those are kept back from aries and resolved here.
	forAries, nested := splitNestedDisclosures(forAries, j.Claims)
	verify := jose.SignatureVerifierFunc(func(jose.Headers, []byte, []byte, []byte) error {
		sig := &JWS{Header: j.Header, signing: j.signing, sig: j.sig}
		if keys == nil {
			published, ok, err := publishedKeys(ctx, r, kid, issuerID(j.Claims))
			if err != nil {
				keyErr = fmt.Errorf("%w: %v", ErrProofKey, err)
				return keyErr
			}
			if !ok {
				keyErr = e.verifyJWSKey(ctx, sig, kid, r)
				return keyErr
			}
			keys = published
		}
		k, err := findKnownKey(keys, kid)
		if err == nil {
			controller = k.signer(issuerID(j.Claims))
			err = k.verify(sig, kid)
		}
		keyErr = err
		return keyErr
	})
	opts := []verifier.ParseOpt{
		verifier.WithSignatureVerifier(verify),
		verifier.WithIssuerSigningAlgorithms([]string{"EdDSA", "ES256K", "ES256", "ES384", "ES512"}),
		verifier.WithHolderSigningAlgorithms([]string{"EdDSA", "ES256"}),
	}
	if challenge != "" {
		opts = append(opts, verifier.WithHolderBindingRequired(true), verifier.WithExpectedNonceForHolderBinding(challenge))
		if domain != "" {
			opts = append(opts, verifier.WithExpectedAudienceForHolderBinding(domain))
		}
	}
	disclosed, err := verifier.Parse(forAries, opts...)
	proofErr := err
	if err != nil && keyErr == nil && !strings.Contains(err.Error(), "holder binding") {
		proofErr = fmt.Errorf("%w: %v", ErrProofSignature, err)
	}
	if keyErr != nil {
		proofErr = keyErr
	}
	if err != nil && strings.Contains(err.Error(), "holder binding") {
		proofErr = fmt.Errorf("%w: %v", ErrProofChallenge, err)
	}
	if proofErr == nil && len(nested) > 0 {
		// A disclosure no signed digest names, directly or through another
		// disclosure, was not signed: the document was changed.
		if err := resolveNestedDisclosures(disclosed, nested); err != nil {
			proofErr = fmt.Errorf("%w: %v", ErrProofSignature, err)
		}
	}
	reason := j.headerAlg() + " signature by " + kid + ", every disclosure signed"
	if challenge != "" {
		reason += ", holder binding for challenge " + challenge
	}
	if !v.add("proof", proofErr, reason) {
		return v, nil
	}
	// What decides whether the credential holds may not be left to the
	// holder to withhold: those claims must be signed in the clear.
	for _, name := range withheldNever {
		if _, clear := j.Claims[name]; !clear {
			if _, disclosed := disclosed[name]; disclosed {
				v.add("syntax", fmt.Errorf("%w: %s came as a disclosure; it must be signed in the clear, or a holder could withhold it", ErrSDJWT, name), "")
				return v, nil
			}
		}
	}
	vc := stripSD(disclosed).(map[string]any)
	version, syntaxErr := checkCredentialJSON(vc, true)
	if !v.add("syntax", syntaxErr, "a well-formed VCDM credential (JSON processing) with the disclosed claims") {
		return v, vc
	}
	v.Version, v.Issuer, v.Subjects = version, issuerID(vc), subjectIDs(vc)
	e.finish(ctx, v, vc, controller, r, lists, now)
	return v, vc
}

// maxDisclosures bounds the disclosures of an SD-JWT from outside.
const maxDisclosures = 256

// withheldNever are the claims an SD-JWT may not make disclosable: who
// issued it, when it holds, its status and its holder binding.
var withheldNever = []string{"@context", "type", "issuer", "iss", "validFrom", "validUntil", "issuanceDate", "expirationDate", "credentialStatus", "status", "exp", "nbf", "iat", "cnf"}

// sdJWTType is the typ an SD-JWT's header may carry: none (aries-framework-go
// writes none), vc+sd-jwt (VC-JOSE-COSE and the earlier SD-JWT VC drafts) or
// dc+sd-jwt (the current SD-JWT VC draft). Any other typ is returned as
// "vc+sd-jwt", so ParseJWS refuses it naming what was expected.
func sdJWTType(token string) string {
	switch t := jwsType(token); t {
	case "", TypeVCSDJWT, TypeDCSDJWT:
		return t
	}
	return TypeVCSDJWT
}

func (j *JWS) headerAlg() string {
	if j == nil {
		return ""
	}
	alg, _ := j.Header["alg"].(string)
	return alg
}

// stripSD removes the SD-JWT machinery (digests, their algorithm, the
// holder's key) from a disclosed payload, leaving the credential.
func stripSD(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, val := range x {
			if k == common.SDKey || k == common.SDAlgorithmKey || k == common.CNFKey {
				continue
			}
			out[k] = stripSD(val)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, val := range x {
			out[i] = stripSD(val)
		}
		return out
	}
	return v
}

// disclosureDigest is an SD-JWT disclosure's sha-256 digest, as the
// payload and other disclosures name it.
func disclosureDigest(disclosure string) string {
	sum := sha256.Sum256([]byte(disclosure))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

// collectDigests gathers the digests the _sd arrays of a JSON value name,
// at any depth: those aries resolves. Array elements ({"...": digest})
// are left out, as aries 0.3.2 does not know them.
func collectDigests(v any, into map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		if sd, ok := x[common.SDKey].([]any); ok {
			for _, d := range sd {
				if s, ok := d.(string); ok {
					into[s] = true
				}
			}
		}
		for _, val := range x {
			collectDigests(val, into)
		}
	case []any:
		for _, val := range x {
			collectDigests(val, into)
		}
	}
}

// splitNestedDisclosures takes out of an SD-JWT (issuer JWT, disclosures,
// holder binding) the sha-256 disclosures whose digest no _sd array of the
// signed payload names, returning the rest and those, by digest. With another
// _sd_alg nothing is taken out.
func splitNestedDisclosures(combined string, payload map[string]any) (string, map[string]string) {
	if alg, ok := payload[common.SDAlgorithmKey].(string); ok && alg != "sha-256" {
		return combined, nil
	}
	parts := strings.Split(combined, "~")
	if len(parts) < 3 {
		return combined, nil
	}
	signed := map[string]bool{}
	collectDigests(payload, signed)
	keep := []string{parts[0]}
	nested := map[string]string{}
	for _, d := range parts[1 : len(parts)-1] {
		if h := disclosureDigest(d); signed[h] {
			keep = append(keep, d)
		} else {
			nested[h] = d
		}
	}
	if len(nested) == 0 {
		return combined, nil
	}
	return strings.Join(append(keep, parts[len(parts)-1]), "~"), nested
}

// resolveNestedDisclosures puts each kept-back disclosure where a disclosed
// value names its digest, recursively; one that no disclosed value names
// is refused, as is one that would replace a claim.
func resolveNestedDisclosures(disclosed map[string]any, nested map[string]string) error {
	used := map[string]bool{}
	var walk func(v any) (any, error)
	decode := func(digest string) ([]any, error) {
		raw, err := base64.RawURLEncoding.DecodeString(nested[digest])
		if err != nil {
			return nil, fmt.Errorf("a disclosure is not base64url")
		}
		var arr []any
		if err := json.Unmarshal(raw, &arr); err != nil {
			return nil, fmt.Errorf("a disclosure is not a JSON array")
		}
		if used[digest] {
			return nil, fmt.Errorf("disclosure %s is named twice", digest)
		}
		used[digest] = true
		return arr, nil
	}
	walk = func(v any) (any, error) {
		switch x := v.(type) {
		case map[string]any:
			if sd, ok := x[common.SDKey].([]any); ok {
				for _, d := range sd {
					digest, _ := d.(string)
					if _, ok := nested[digest]; !ok {
						continue
					}
					arr, err := decode(digest)
					if err != nil {
						return nil, err
					}
					name, isName := arr[min(1, len(arr)-1)].(string)
					if len(arr) != 3 || !isName || name == common.SDKey || name == "..." {
						return nil, fmt.Errorf("disclosure %s is not an object property [salt, name, value]", digest)
					}
					if _, exists := x[name]; exists {
						return nil, fmt.Errorf("disclosure %s would replace the claim %q", digest, name)
					}
					x[name] = arr[2]
				}
			}
			for k, val := range x {
				out, err := walk(val)
				if err != nil {
					return nil, err
				}
				x[k] = out
			}
			return x, nil
		case []any:
			for i, val := range x {
				if m, ok := val.(map[string]any); ok && len(m) == 1 {
					if digest, ok := m["..."].(string); ok {
						if _, pending := nested[digest]; pending {
							arr, err := decode(digest)
							if err != nil {
								return nil, err
							}
							if len(arr) != 2 {
								return nil, fmt.Errorf("disclosure %s is not an array element [salt, value]", digest)
							}
							val = arr[1]
						}
					}
				}
				out, err := walk(val)
				if err != nil {
					return nil, err
				}
				x[i] = out
			}
			return x, nil
		}
		return v, nil
	}
	if _, err := walk(disclosed); err != nil {
		return err
	}
	for digest := range nested {
		if !used[digest] {
			return fmt.Errorf("disclosure %s is named by no claim of the credential", digest)
		}
	}
	return nil
}
