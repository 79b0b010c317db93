package did

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// VC-JOSE-COSE presentations: the presentation itself is the payload of a
// vp+jwt JWS or a vp+cose COSE_Sign1, and each credential in it is an
// EnvelopedVerifiableCredential whose id is a data: URL holding the
// secured credential (application/vc+jwt, vc+sd-jwt, vc+cose).
const (
	TypeVPJWT                   = "vp+jwt"
	typeEnvelopedCredential     = "EnvelopedVerifiableCredential"
	mediaTypeVCJWT              = "application/vc+jwt"
	mediaTypeVCSDJWT            = "application/vc+sd-jwt"
	errNoChallengeForEnveloping = "no challenge given: a verifier must ask for a fresh one (the presentation's nonce), or presentations can be replayed; verify a stored presentation as a record instead"
)

// PresentationCheck is what a verifier asks of a presentation: the
// challenge and domain of its request, or, with Record, that it be read as
// a stored record (an auditor's view: no freshness, no holder binding of
// the credentials' subjects), which never admits anyone.
type PresentationCheck struct {
	Challenge, Domain string
	Record            bool
}

// PresentEnveloped wraps secured credentials (vc+jwt, SD-JWT or COSE, as
// their compact or base64 text) in a VCDM 2.0 presentation of the holder,
// secured as a vp+jwt whose nonce is the challenge and aud the domain.
func PresentEnveloped(holder *KeyPair, credentials []string, challenge, domain string, now time.Time) (string, error) {
	if holder == nil {
		return "", errors.New("no holder key")
	}
	if challenge == "" {
		return "", errors.New("a presentation needs the verifier's challenge, so that it cannot be replayed")
	}
	if len(credentials) > MaxPresentedCredentials {
		return "", fmt.Errorf("%d credentials, at most %d go in one presentation", len(credentials), MaxPresentedCredentials)
	}
	items := make([]any, len(credentials))
	for i, c := range credentials {
		id, err := envelope(c)
		if err != nil {
			return "", fmt.Errorf("credential %d: %w", i+1, err)
		}
		items[i] = map[string]any{"@context": ContextVCv2, "id": id, "type": typeEnvelopedCredential}
	}
	claims := map[string]any{
		"@context": []any{ContextVCv2}, "type": []any{"VerifiablePresentation"},
		"id": newUUIDURN(), "holder": holder.DID, "verifiableCredential": items,
		"nonce": challenge, "iat": now.Unix(), "exp": now.Add(10 * time.Minute).Unix(),
	}
	if domain != "" {
		claims["aud"] = domain
	}
	return SignJWT(claims, holder, TypeVPJWT)
}

// envelope is the data: URL of a secured credential.
func envelope(secured string) (string, error) {
	secured = strings.TrimSpace(secured)
	switch {
	case IsSDJWT(secured):
		return "data:" + mediaTypeVCSDJWT + "," + secured, nil
	case jwsType(secured) == TypeVCJWT:
		return "data:" + mediaTypeVCJWT + "," + secured, nil
	case IsCOSE([]byte(secured)):
		return "data:" + MediaTypeVCCOSE + ";base64," + secured, nil
	}
	return "", errors.New("not a vc+jwt, SD-JWT or COSE credential")
}

// unenvelope reads an EnvelopedVerifiableCredential: its media type and the
// secured credential its data: URL holds.
func unenvelope(item any) (mediaType string, secured []byte, err error) {
	m, ok := item.(map[string]any)
	if !ok {
		return "", nil, fmt.Errorf("a %T is not an EnvelopedVerifiableCredential", item)
	}
	if types, _ := stringList(m["type"]); !contains(types, typeEnvelopedCredential) {
		return "", nil, fmt.Errorf("type %v: a VC-JOSE-COSE presentation holds EnvelopedVerifiableCredential entries", m["type"])
	}
	id, _ := m["id"].(string)
	rest, ok := strings.CutPrefix(id, "data:")
	if !ok {
		return "", nil, fmt.Errorf("id %.40q is not a data: URL", id)
	}
	meta, data, ok := strings.Cut(rest, ",")
	if !ok {
		return "", nil, errors.New("the data: URL has no data")
	}
	mediaType, base64, _ := strings.Cut(meta, ";")
	switch {
	case base64 == "base64":
		b, err := DecodeCOSEText(data)
		if err != nil {
			return "", nil, fmt.Errorf("the data: URL's base64: %w", err)
		}
		return mediaType, b, nil
	case base64 != "":
		return "", nil, fmt.Errorf("the data: URL's parameter %q is not understood", base64)
	}
	text, err := url.PathUnescape(data)
	if err != nil {
		return "", nil, fmt.Errorf("the data: URL: %w", err)
	}
	if mediaType == MediaTypeVCCOSE {
		b, err := DecodeCOSEText(text)
		return mediaType, b, err
	}
	return mediaType, []byte(text), nil
}

// VerifyPresentationEnveloped checks a VC-JOSE-COSE presentation, a vp+jwt
// (compact JWS text) or a vp+cose (COSE_Sign1 bytes), with the checks of
// VerifyPresentation: syntax (a VCDM presentation, JSON processing),
// proof (the holder's signature: its kid a DID URL of the holder resolved
// for authentication, or one of keys given out of band; nonce the
// challenge, aud the domain, within iat/nbf/exp), holder (the signer is
// the presentation's holder) and credentials (each enveloped credential
// verified in its own form and about the holder). With check.Record no
// challenge is asked and the credentials need not be about the holder.
func (e *EdDSA) VerifyPresentationEnveloped(ctx context.Context, secured []byte, keys []*KnownKey, r *Resolver, lists StatusLists, check PresentationCheck, now time.Time) (*PresentationResult, []Presented) {
	res := &PresentationResult{}
	add := res.add
	vp, alg, kid, verifySig, err := parseEnvelopedPresentation(secured)
	holder, _ := vp["holder"].(string)
	if !add("syntax", err, "a VC-JOSE-COSE presentation held by "+holder) {
		return res, nil
	}
	res.Holder = holder
	if check.Challenge == "" && !check.Record {
		add("proof", errors.New(errNoChallengeForEnveloping), "")
		return res, nil
	}
	signer, err := verifySig(ctx, keys, holder, r)
	if err == nil {
		if check.Record {
			err = checkJWTTimes(vp, now)
		} else {
			err = checkPresentationClaims(vp, check.Challenge, check.Domain, now)
		}
	}
	reason := alg + " signature by " + kid
	if !check.Record {
		reason += ", challenge and domain as asked"
	}
	if add("proof", err, reason+", valid at "+now.UTC().Format(time.RFC3339)) {
		var bindErr error
		if signer != holder {
			bindErr = fmt.Errorf("signed by %s, but the holder is %q", signer, holder)
		}
		add("holder", bindErr, "the holder signed it")
	}
	items, _ := vp["verifiableCredential"].([]any)
	if m, ok := vp["verifiableCredential"].(map[string]any); ok {
		items = []any{m}
	}
	verify := func(item any) (*Verification, map[string]any, error) {
		mediaType, data, err := unenvelope(item)
		if err != nil {
			return nil, nil, err
		}
		switch mediaType {
		case mediaTypeVCJWT:
			v, vc := e.verifyCredentialJWT(ctx, string(data), keys, r, lists, now)
			return v, vc, nil
		case mediaTypeVCSDJWT:
			challenge, domain := check.Challenge, check.Domain
			if check.Record {
				challenge, domain = "", ""
			}
			v, vc := e.verifyCredentialSDJWT(ctx, string(data), keys, r, lists, challenge, domain, now)
			return v, vc, nil
		case MediaTypeVCCOSE:
			v, vc := e.VerifyCredentialCOSE(ctx, data, keys, r, lists, now)
			return v, vc, nil
		}
		return nil, nil, fmt.Errorf("media type %q is no credential mifm reads (application/vc+jwt, vc+sd-jwt, vc+cose)", mediaType)
	}
	// A record's credentials need only verify; whom they are about is the
	// auditor's business.
	return res, res.credentials(items, holder, !check.Record, verify)
}

// sigCheck verifies a presentation's signature and returns whom the key
// stands for.
type sigCheck func(ctx context.Context, keys []*KnownKey, holder string, r *Resolver) (string, error)

// parseEnvelopedPresentation decodes a vp+jwt or vp+cose and checks its
// shape; the returned function checks its signature.
func parseEnvelopedPresentation(secured []byte) (map[string]any, string, string, sigCheck, error) {
	var vp map[string]any
	var alg, kid string
	var check sigCheck
	text := strings.TrimSpace(string(secured))
	if strings.Count(text, ".") == 2 && !IsCOSE(secured) {
		j, err := ParseJWS(text, TypeVPJWT)
		if err != nil {
			return nil, "", "", nil, err
		}
		vp, alg = j.Claims, j.headerAlg()
		kid, _ = j.Header["kid"].(string)
		check = func(ctx context.Context, keys []*KnownKey, holder string, r *Resolver) (string, error) {
			if keys != nil {
				k, err := findKnownKey(keys, kid)
				if err != nil {
					return "", err
				}
				return k.signer(holder), k.verify(j, kid)
			}
			signer, _, _ := cutFragment(kid)
			return signer, VerifyJWSKey(ctx, j, kid, "authentication", r)
		}
	} else {
		data := secured
		if len(data) == 0 || data[0] != 0xd2 {
			b, err := DecodeCOSEText(text)
			if err != nil {
				return nil, "", "", nil, err
			}
			data = b
		}
		m, err := ParseCOSE(data, MediaTypeVPCOSE)
		if err != nil {
			return nil, "", "", nil, err
		}
		vp, alg, kid = m.Claims, m.Alg, m.KeyID
		check = func(ctx context.Context, keys []*KnownKey, holder string, r *Resolver) (string, error) {
			return m.verifyKey(ctx, keys, holder, "authentication", r)
		}
	}
	if _, err := CredentialVersion(vp); err != nil {
		return vp, alg, kid, nil, err
	}
	if types, _ := stringList(vp["type"]); !contains(types, "VerifiablePresentation") {
		return vp, alg, kid, nil, errors.New("type must include VerifiablePresentation")
	}
	if _, ok := vp["proof"]; ok {
		return vp, alg, kid, nil, errors.New("a secured presentation carries no embedded proof")
	}
	if items, ok := vp["verifiableCredential"].([]any); ok && len(items) > MaxPresentedCredentials {
		return vp, alg, kid, nil, fmt.Errorf("%d credentials, more than the %d a presentation may hold", len(items), MaxPresentedCredentials)
	}
	return vp, alg, kid, check, nil
}
