package identity

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/mifm/mifm/did"
)

// Definition is what a destination asks a migrating holder for: one input
// descriptor per credential type its manifesto requires or its admission
// policy requires, each naming the claims the policy's predicates read
// (and ageOver or birthDate for a minimum age, reputationScore for a
// minimum reputation), with limit_disclosure "required": an SD-JWT
// discloses those claims and no more.
func Definition(id string, required []string, p *did.Policy) (*did.PresentationDefinition, error) {
	claims := map[string][]string{}
	var types []string
	add := func(t string) {
		if !slices.Contains(types, t) {
			types = append(types, t)
		}
	}
	for _, t := range required {
		add(t)
	}
	if p != nil {
		for _, r := range p.Credentials {
			if r.Required {
				add(r.Type)
			}
			for _, c := range r.Claims {
				if !slices.Contains(claims[r.Type], c.Claim) {
					claims[r.Type] = append(claims[r.Type], c.Claim)
				}
			}
		}
	}
	pd := map[string]any{"id": id, "purpose": "admission of a migrating identity (FGMV-43 9.4)"}
	var descs []any
	for _, t := range types {
		fields := []any{map[string]any{"path": []string{"$.type"}, "filter": map[string]any{"type": "array", "contains": map[string]any{"const": t}}}}
		for _, c := range claims[t] {
			fields = append(fields, map[string]any{"path": []string{"$.credentialSubject." + c}})
		}
		if p != nil && p.MinimumAge > 0 && ruleTrusts(p, t) {
			fields = append(fields, map[string]any{"path": []string{"$.credentialSubject.ageOver", "$.credentialSubject.birthDate"}, "optional": true})
		}
		if p != nil && p.MinimumReputation > 0 && ruleTrusts(p, t) {
			fields = append(fields, map[string]any{"path": []string{"$.credentialSubject.reputationScore"}, "optional": true})
		}
		descs = append(descs, map[string]any{"id": t, "constraints": map[string]any{"limit_disclosure": "required", "fields": fields}})
	}
	if len(descs) == 0 {
		return nil, fmt.Errorf("%w: this platform requires no credential (its manifesto's requiredCredentials and its admission policy name none), so there is nothing to present", ErrOffer)
	}
	pd["input_descriptors"] = descs
	b, _ := json.Marshal(pd)
	return did.ParsePresentationDefinition(b)
}

func ruleTrusts(p *did.Policy, t string) bool {
	for _, r := range p.Credentials {
		if r.Type == t {
			return true
		}
	}
	return false
}

// Asked is what a definition asks of credentials of the given types: the
// claims its descriptors read, by the last segment of their paths; ok is
// false when no descriptor asks for any of the types.
func Asked(pd *did.PresentationDefinition, types []string) (claims []string, ok bool) {
	for _, d := range pd.InputDescriptors {
		wanted := false
		for _, f := range d.Constraints.Fields {
			if len(f.Path) == 1 && f.Path[0] == "$.type" {
				if c, _ := f.Filter["contains"].(map[string]any); c != nil {
					if t, _ := c["const"].(string); slices.Contains(types, t) {
						wanted = true
					}
				}
			}
		}
		if !wanted {
			continue
		}
		ok = true
		for _, f := range d.Constraints.Fields {
			for _, p := range f.Path {
				if name, found := strings.CutPrefix(p, "$.credentialSubject."); found && !slices.Contains(claims, name) {
					claims = append(claims, name)
				}
			}
		}
	}
	sort.Strings(claims)
	return claims, ok
}

// Held is one of the holder's credentials as the origin reads it before
// presenting: its form, types and, for an SD-JWT, its disclosable claims.
type Held struct {
	Raw    json.RawMessage
	Token  string // vc+jwt or SD-JWT; empty for a Data Integrity object
	SDJWT  bool
	Types  []string
	Claims map[string]any // SD-JWT: the disclosable claims
	// Subject names the claims about the subject a credential shows
	// whole (not an SD-JWT's: those are disclosed one by one).
	Subject []string
}

func subjectNames(vc map[string]any) []string {
	var out []string
	if s, ok := vc["credentialSubject"].(map[string]any); ok {
		for k := range s {
			if k != "id" {
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

// ReadHeld reads a credential as held: a JSON object, or a JSON string
// holding a vc+jwt or an SD-JWT.
func ReadHeld(raw json.RawMessage) (*Held, error) {
	raw = bytes.TrimSpace(raw)
	h := &Held{Raw: raw}
	if len(raw) > 0 && raw[0] == '"' {
		if err := json.Unmarshal(raw, &h.Token); err != nil {
			return nil, err
		}
		h.SDJWT = did.IsSDJWT(h.Token)
		j, err := did.ParseJWS(strings.SplitN(h.Token, "~", 2)[0], jwsTyp(h.Token))
		if err != nil {
			return nil, fmt.Errorf("read the credential: %w", err)
		}
		h.Types, _ = stringList(j.Claims["type"])
		if !h.SDJWT {
			h.Subject = subjectNames(j.Claims)
		}
		if h.SDJWT {
			if h.Claims, err = did.SDJWTDisclosures(h.Token); err != nil {
				return nil, err
			}
		}
		return h, nil
	}
	var vc map[string]any
	if err := json.Unmarshal(raw, &vc); err != nil || vc == nil {
		return nil, fmt.Errorf("a credential is a JSON object (Data Integrity) or a JSON string (vc+jwt, SD-JWT)")
	}
	h.Types, _ = stringList(vc["type"])
	h.Subject = subjectNames(vc)
	return h, nil
}

// jwsTyp is the typ a held token's first JWS carries.
func jwsTyp(token string) string {
	first := strings.SplitN(token, "~", 2)[0]
	head, _, _ := strings.Cut(first, ".")
	var h struct {
		Typ string `json:"typ"`
	}
	if b, err := decodeSegment(head); err == nil {
		_ = json.Unmarshal(b, &h)
	}
	return h.Typ
}

func stringList(v any) ([]string, error) {
	switch t := v.(type) {
	case string:
		return []string{t}, nil
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("not a list of strings")
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("not a string or a list of strings")
}

// Summarise is what a verified, disclosed credential told the destination.
func Summarise(vc map[string]any, issuer string) DisclosedCredential {
	types, _ := stringList(vc["type"])
	d := DisclosedCredential{Types: types, Issuer: issuer, Claims: []string{}}
	if s, ok := vc["credentialSubject"].(map[string]any); ok {
		for k := range s {
			if k != "id" {
				d.Claims = append(d.Claims, k)
			}
		}
	}
	sort.Strings(d.Claims)
	return d
}

// StatusURL is the status list URL a credential's status entry names
// (a Data Integrity object, a vc+jwt, or an SD-JWT's clear part), or "".
func StatusURL(raw json.RawMessage) string {
	var vc map[string]any
	var token string
	if json.Unmarshal(raw, &token) == nil {
		parts := strings.Split(strings.SplitN(token, "~", 2)[0], ".")
		if len(parts) != 3 {
			return ""
		}
		b, err := decodeSegment(parts[1])
		if err != nil || json.Unmarshal(b, &vc) != nil {
			return ""
		}
	} else if json.Unmarshal(raw, &vc) != nil {
		return ""
	}
	entry, _ := vc["credentialStatus"].(map[string]any)
	u, _ := entry["statusListCredential"].(string)
	return u
}

// PresentationStatusURLs are the status list URLs of the credentials a
// JWT presentation carries (its signature is not checked here).
func PresentationStatusURLs(token string) []string {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return nil
	}
	b, err := decodeSegment(parts[1])
	if err != nil {
		return nil
	}
	var claims struct {
		VP struct {
			Credentials []json.RawMessage `json:"verifiableCredential"`
		} `json:"vp"`
	}
	if json.Unmarshal(b, &claims) != nil {
		return nil
	}
	var out []string
	for _, c := range claims.VP.Credentials {
		if u := StatusURL(c); u != "" && !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}
