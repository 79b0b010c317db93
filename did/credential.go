package did

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Base contexts of the W3C Verifiable Credentials Data Model.
const (
	ContextVCv1 = "https://www.w3.org/2018/credentials/v1"
	ContextVCv2 = "https://www.w3.org/ns/credentials/v2"
	// ContextMifm defines the claims of mifm's own credentials: membership
	// (memberOf, membershipLevel, since, platform), age (birthDate, ageOver)
	// and reputation (reputationScore). It is embedded (contexts/); the
	// w3id.org identifier is where it is to be published.
	ContextMifm = "https://w3id.org/mifm/credentials/v1"
)

// ErrCredentialSyntax is wrapped by every reason a credential is not
// well-formed.
var ErrCredentialSyntax = errors.New("not a well-formed verifiable credential")

// vcTypeIRI is what "VerifiableCredential" must expand to, in both versions.
const vcTypeIRI = "https://www.w3.org/2018/credentials#VerifiableCredential"

func syntaxErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrCredentialSyntax, fmt.Sprintf(format, args...))
}

// isURL is the data model's URL: absolute, with a scheme (https:, did:,
// urn: …) and nothing a URL can't hold.
func isURL(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t\n<>\"{}|\\^`") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && u.Scheme != "" && (u.Opaque != "" || u.Host != "" || u.Path != "")
}

// CredentialVersion says which data model a credential follows: 2 (VCDM
// 2.0) or 1 (VCDM 1.1), from its first context.
func CredentialVersion(vc map[string]any) (int, error) {
	ctx, ok := vc["@context"].([]any)
	if !ok || len(ctx) == 0 {
		return 0, syntaxErr("@context must be a list whose first item is %s (or %s)", ContextVCv2, ContextVCv1)
	}
	switch ctx[0] {
	case ContextVCv2:
		return 2, nil
	case ContextVCv1:
		return 1, nil
	}
	return 0, syntaxErr("the first @context is %v, not %s (or %s)", ctx[0], ContextVCv2, ContextVCv1)
}

// CheckCredential checks a credential's data model rules: contexts, types
// mapped to URLs (by JSON-LD expansion in safe mode, so a term no context
// defines, or a protected one redefined, fails), identifiers, issuer,
// subjects, validity dates and the typed objects (status, schema, terms of
// use, evidence, refresh, proof). An issuance request may leave issuer and
// proof out; a credential to verify (issued true) must have an issuer.
func (c *Canonicalizer) CheckCredential(vc map[string]any, issued bool) (int, error) {
	version, err := checkCredentialJSON(vc, issued)
	if err != nil {
		return 0, err
	}
	if err := c.checkExpandedTypes(vc); err != nil {
		return 0, err
	}
	return version, nil
}

// checkCredentialJSON is CheckCredential without JSON-LD expansion: every
// rule a JSON processor can check. VC-JOSE-COSE lets a verifier of a vc+jwt
// process it as JSON.
func checkCredentialJSON(vc map[string]any, issued bool) (int, error) {
	version, err := CredentialVersion(vc)
	if err != nil {
		return 0, err
	}
	for i, item := range vc["@context"].([]any) {
		switch v := item.(type) {
		case string:
			if !isURL(v) {
				return 0, syntaxErr("@context item %d %q is not a URL", i+1, v)
			}
		case map[string]any:
		default:
			return 0, syntaxErr("@context item %d is neither a URL nor an object", i+1)
		}
	}
	types, err := stringList(vc["type"])
	if err != nil || len(types) == 0 {
		return 0, syntaxErr("type must be a string or a list of strings")
	}
	if !contains(types, "VerifiableCredential") {
		return 0, syntaxErr("type must include VerifiableCredential")
	}
	if v, ok := vc["id"]; ok {
		if s, isStr := v.(string); !isStr || !isURL(s) {
			return 0, syntaxErr("id must be one URL, got %v", v)
		}
	}
	if err := checkIssuer(vc, issued); err != nil {
		return 0, err
	}
	if err := checkSubjects(vc["credentialSubject"]); err != nil {
		return 0, err
	}
	if err := checkDates(vc, version, issued); err != nil {
		return 0, err
	}
	for _, prop := range []struct {
		name     string
		idNeeded bool
	}{{"credentialStatus", false}, {"credentialSchema", true}, {"termsOfUse", false}, {"evidence", false}, {"refreshService", false}, {"proof", false}} {
		if err := checkTyped(vc, prop.name, prop.idNeeded); err != nil {
			return 0, err
		}
	}
	return version, nil
}

func checkIssuer(vc map[string]any, issued bool) error {
	v, ok := vc["issuer"]
	if !ok {
		if issued {
			return syntaxErr("no issuer")
		}
		return nil
	}
	switch iss := v.(type) {
	case string:
		if !isURL(iss) {
			return syntaxErr("issuer %q is not a URL", iss)
		}
	case map[string]any:
		id, has := iss["id"]
		if !has {
			if issued {
				return syntaxErr("the issuer object has no id")
			}
			return nil
		}
		if s, isStr := id.(string); !isStr || !isURL(s) {
			return syntaxErr("issuer id must be a URL, got %v", id)
		}
	default:
		return syntaxErr("issuer must be a URL or an object with an id")
	}
	return nil
}

func checkSubjects(v any) error {
	var subjects []any
	switch s := v.(type) {
	case map[string]any:
		subjects = []any{s}
	case []any:
		subjects = s
	case nil:
		return syntaxErr("no credentialSubject")
	default:
		return syntaxErr("credentialSubject must be an object or a list of objects")
	}
	if len(subjects) == 0 {
		return syntaxErr("credentialSubject is an empty list")
	}
	for i, s := range subjects {
		m, ok := s.(map[string]any)
		if !ok || len(m) == 0 {
			return syntaxErr("credentialSubject %d makes no claim", i+1)
		}
		if id, has := m["id"]; has {
			if str, isStr := id.(string); !isStr || !isURL(str) {
				return syntaxErr("credentialSubject %d: id must be one URL, got %v", i+1, id)
			}
		}
	}
	return nil
}

// checkDates checks the validity period's syntax (xsd:dateTimeStamp: a
// time zone is required) and order; whether now is inside it is the
// verifier's check, not syntax.
func checkDates(vc map[string]any, version int, issued bool) error {
	from, until := "validFrom", "validUntil"
	if version == 1 {
		from, until = "issuanceDate", "expirationDate"
		if _, ok := vc[from]; !ok && issued {
			return syntaxErr("a VCDM 1.1 credential needs an issuanceDate")
		}
	}
	var times [2]*time.Time
	for i, name := range []string{from, until} {
		v, ok := vc[name]
		if !ok {
			continue
		}
		s, isStr := v.(string)
		t, err := time.Parse(time.RFC3339Nano, s)
		if !isStr || err != nil {
			return syntaxErr("%s %v is not a date-time with a time zone (e.g. 2026-01-01T00:00:00Z)", name, v)
		}
		times[i] = &t
	}
	if times[0] != nil && times[1] != nil && times[1].Before(*times[0]) {
		return syntaxErr("%s is before %s", until, from)
	}
	return nil
}

// checkTyped checks objects that must say their type: each has a type
// (strings), and an id that is one URL when present (or required).
func checkTyped(vc map[string]any, name string, idNeeded bool) error {
	v, ok := vc[name]
	if !ok {
		return nil
	}
	var items []any
	switch x := v.(type) {
	case map[string]any:
		items = []any{x}
	case []any:
		items = x
	default:
		return syntaxErr("%s must be an object or a list of objects", name)
	}
	for i, item := range items {
		m, ok := item.(map[string]any)
		if !ok {
			return syntaxErr("%s %d is not an object", name, i+1)
		}
		if t, err := stringList(m["type"]); err != nil || len(t) == 0 {
			return syntaxErr("%s %d has no type (a string or list of strings)", name, i+1)
		}
		id, has := m["id"]
		if !has {
			if idNeeded {
				return syntaxErr("%s %d has no id", name, i+1)
			}
			continue
		}
		if s, isStr := id.(string); !isStr || !isURL(s) {
			return syntaxErr("%s %d: id must be one URL, got %v", name, i+1, id)
		}
	}
	return nil
}

// checkExpandedTypes expands the credential and checks that every type is a
// URL and VerifiableCredential kept its meaning.
func (c *Canonicalizer) checkExpandedTypes(vc map[string]any) error {
	body := make(map[string]any, len(vc))
	for k, v := range vc {
		if k != "proof" { // a proof is a graph of its own; its terms come from its suite
			body[k] = v
		}
	}
	list, err := c.Expand(body)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrCredentialSyntax, err)
	}
	if len(list) != 1 {
		return syntaxErr("the credential expands to %d nodes, not one", len(list))
	}
	node, _ := list[0].(map[string]any)
	types, _ := node["@type"].([]any)
	found := false
	for _, t := range types {
		s, _ := t.(string)
		if !isURL(s) {
			return syntaxErr("type %q is not mapped to a URL by any context", s)
		}
		found = found || s == vcTypeIRI
	}
	if !found {
		return syntaxErr("VerifiableCredential does not mean %s here (a context redefines it)", vcTypeIRI)
	}
	return nil
}

func stringList(v any) ([]string, error) {
	switch x := v.(type) {
	case string:
		return []string{x}, nil
	case []any:
		out := make([]string, 0, len(x))
		for _, item := range x {
			s, ok := item.(string)
			if !ok {
				return nil, errors.New("not a string")
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, errors.New("not a string or list")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
