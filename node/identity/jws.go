package identity

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/re"
)

func decodeSegment(s string) ([]byte, error) { return base64.RawURLEncoding.DecodeString(s) }

// SigningInput is a JWS's signing input for a holder's key: what a
// wallet signs.
func SigningInput(alg, kid, typ string, claims map[string]any) (string, error) {
	return did.EncodeSigningInput(map[string]any{"alg": alg, "kid": kid, "typ": typ}, claims)
}

// ConsentClaims are the claims of the holder's consent to a migration: to
// which platform, from which, for which offer, with which scope.
func ConsentClaims(holder, to, from, challenge string, scope Consented, now time.Time) map[string]any {
	return map[string]any{"iss": holder, "aud": to, "nonce": challenge, "act": "migrate", "from": from, "scope": scope, "iat": now.Unix()}
}

// UnlinkClaims are the claims of the holder's statement unlinking their
// identity from a platform (IDIR-204).
func UnlinkClaims(holder, platform, migration string, now time.Time) map[string]any {
	return map[string]any{"iss": holder, "aud": platform, "act": "unlink", "migration": migration, "iat": now.Unix()}
}

// VerifyHolderStatement checks a statement the holder signed (a consent,
// an unlink): its typ, a key of the holder's DID listed for
// authentication, and that it is the holder's (iss) for aud; it returns
// the claims.
func VerifyHolderStatement(ctx context.Context, token, typ, holder, aud string, r *did.Resolver) (map[string]any, error) {
	j, err := did.ParseJWS(token, typ)
	if err != nil {
		return nil, err
	}
	kid, _ := j.Header["kid"].(string)
	controller, _, _ := strings.Cut(kid, "#")
	switch {
	case controller != holder:
		return nil, fmt.Errorf("signed with %q, not a key of the holder %s", kid, holder)
	case j.Claims["iss"] != holder:
		return nil, fmt.Errorf("the statement is %v's, not the holder %s's", j.Claims["iss"], holder)
	case j.Claims["aud"] != aud:
		return nil, fmt.Errorf("the statement is meant for %v, not %s", j.Claims["aud"], aud)
	}
	if err := did.VerifyJWSKey(ctx, j, kid, "authentication", r); err != nil {
		return nil, err
	}
	return j.Claims, nil
}

// SignVerdict signs a verdict with the destination's platform key.
func SignVerdict(v *Verdict, s *re.Signer) (string, error) {
	claims := map[string]any{"iss": s.DID, "sub": v.Holder, "aud": v.From, "verdict": v}
	b, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return "", err
	}
	return did.SignJWTAs(m, s.Key, s.KeyID, VerdictTyp)
}

// VerifyVerdict checks a verdict signed by platform (an assertion key of
// its DID) about migration, and returns it.
func VerifyVerdict(ctx context.Context, token, platform, migration string, r *did.Resolver) (*Verdict, error) {
	j, err := did.ParseJWS(token, VerdictTyp)
	if err != nil {
		return nil, fmt.Errorf("verdict: %w", err)
	}
	kid, _ := j.Header["kid"].(string)
	controller, _, _ := strings.Cut(kid, "#")
	if controller != platform || j.Claims["iss"] != platform {
		return nil, fmt.Errorf("verdict: signed by %q, not by %s", kid, platform)
	}
	if err := did.VerifyJWSKey(ctx, j, kid, "assertionMethod", r); err != nil {
		return nil, fmt.Errorf("verdict of %s: %w", platform, err)
	}
	b, err := json.Marshal(j.Claims["verdict"])
	if err != nil {
		return nil, err
	}
	var v Verdict
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("verdict: %w", err)
	}
	if v.Migration != migration || v.Platform != platform {
		return nil, fmt.Errorf("verdict: for migration %s of %s, not %s of %s", v.Migration, v.Platform, migration, platform)
	}
	return &v, nil
}
