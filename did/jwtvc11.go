package did

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// JWT-VC 1.1 (VC Data Model 1.1, section 6.3.1): the credential sits in a
// vc claim and some of its properties are JWT claims instead (iss the
// issuer, sub the subject's id, jti the id, nbf and exp the validity). It is
// what did-jwt-vc issues; mifm reads it inside JWT presentations, turned
// back into the credential it encodes as did-jwt-vc's normalizer does.

// verifyCredentialJWT11 runs the checks of VerifyCredentialJWT on a JWT-VC
// 1.1: the signature by a key the issuer (iss) lists for assertions, then
// the credential rebuilt from vc and the registered claims.
func (e *EdDSA) verifyCredentialJWT11(ctx context.Context, token string, r *Resolver, lists StatusLists, now time.Time) (*Verification, map[string]any) {
	v := &Verification{}
	j, err := ParseJWS(token, jwsType(token))
	if err == nil && j.Header["typ"] != nil && j.Header["typ"] != TypeJWT {
		err = fmt.Errorf("%w: typ %q, want JWT or none", ErrJOSE, j.Header["typ"])
	}
	if !v.add("jose", err, "a compact JWS (JWT-VC 1.1), alg "+j.headerAlg()) {
		return v, nil
	}
	iss, _ := j.Claims["iss"].(string)
	kid, _ := j.Header["kid"].(string)
	vmID, sigErr := verifyJWSBy(ctx, j, kid, iss, "assertionMethod", r)
	v.add("proof", sigErr, j.headerAlg()+" signature by "+vmID)
	vc, syntaxErr := credentialFromJWT11(j.Claims)
	version := 0
	if syntaxErr == nil {
		version, syntaxErr = checkCredentialJSON(vc, true)
	}
	if !v.add("syntax", syntaxErr, "a well-formed VCDM credential (JWT-VC 1.1, JSON processing)") {
		return v, vc
	}
	v.Version, v.Issuer, v.Subjects = version, issuerID(vc), subjectIDs(vc)
	signer := ""
	if sigErr == nil {
		signer, _, _ = cutFragment(vmID)
	}
	e.finish(ctx, v, vc, signer, r, lists, now)
	return v, vc
}

// credentialFromJWT11 is the credential a JWT-VC 1.1 claims set encodes.
// A registered claim that disagrees with the vc claim's own property is
// refused rather than one of them picked.
func credentialFromJWT11(claims map[string]any) (map[string]any, error) {
	inner, ok := claims["vc"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: no vc claim: neither a vc+jwt nor a JWT-VC 1.1", ErrCredentialSyntax)
	}
	vc := make(map[string]any, len(inner)+4)
	for k, x := range inner {
		vc[k] = x
	}
	version, err := CredentialVersion(vc)
	if err != nil {
		return nil, err
	}
	set := func(name string, value any) error {
		if old, ok := vc[name]; ok && fmt.Sprint(old) != fmt.Sprint(value) {
			return fmt.Errorf("%w: vc.%s %v disagrees with the JWT's %v", ErrCredentialSyntax, name, old, value)
		}
		vc[name] = value
		return nil
	}
	if iss, ok := claims["iss"].(string); ok {
		if id := issuerID(vc); id != "" && id != iss {
			return nil, fmt.Errorf("%w: vc.issuer %s disagrees with iss %s", ErrCredentialSyntax, id, iss)
		}
		if _, has := vc["issuer"]; !has {
			vc["issuer"] = iss
		}
	}
	if jti, ok := claims["jti"].(string); ok {
		if err := set("id", jti); err != nil {
			return nil, err
		}
	}
	if sub, ok := claims["sub"].(string); ok {
		cs, isObj := vc["credentialSubject"].(map[string]any)
		if !isObj {
			return nil, errors.New("a JWT-VC 1.1 with sub has one credentialSubject object")
		}
		cs = copyMap(cs)
		if id, has := cs["id"]; has && id != sub {
			return nil, fmt.Errorf("%w: credentialSubject.id %v disagrees with sub %s", ErrCredentialSyntax, id, sub)
		}
		cs["id"] = sub
		vc["credentialSubject"] = cs
	}
	from, until := "validFrom", "validUntil"
	if version == 1 {
		from, until = "issuanceDate", "expirationDate"
	}
	for _, d := range []struct{ claim, prop string }{{"nbf", from}, {"exp", until}} {
		n, ok := claims[d.claim].(float64)
		if !ok {
			continue
		}
		if _, has := vc[d.prop]; !has {
			vc[d.prop] = time.Unix(int64(n), 0).UTC().Format(time.RFC3339)
		}
	}
	return vc, nil
}

func copyMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
