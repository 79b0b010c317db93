package did

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Policy is a destination platform's admission policy (FGMV-43 IDVF: a
// credential can be valid and still not acceptable, IDIR-102/301/303/305),
// evaluated against verified credentials. It is JSON (or the same in YAML):
//
//	{
//	  "acceptedDidMethods": ["key", "web", "pkh"],
//	  "minimumAge": 18,
//	  "minimumReputation": 0.6,
//	  "credentials": [
//	    {"type": "MembershipCredential", "required": true,
//	     "trustedIssuers": ["did:key:z6Mk…"],
//	     "claims": [{"claim": "memberOf", "equals": "did:web:platform-a.example"}]},
//	    {"type": "AgeCredential", "trustedIssuers": ["did:key:z6Mk…"]}
//	  ]
//	}
//
// A credential counts only if it verified and its type has a rule whose
// trusted issuers include its issuer ("*" trusts any). minimumAge is met by
// a counted credential with ageOver at least that age, or a birthDate at
// least that many years ago; minimumReputation by a counted credential's
// reputationScore.
type Policy struct {
	AcceptedDIDMethods []string     `json:"acceptedDidMethods,omitempty"`
	MinimumAge         int          `json:"minimumAge,omitempty"`
	MinimumReputation  float64      `json:"minimumReputation,omitempty"`
	Credentials        []PolicyRule `json:"credentials"`
}

// PolicyRule says which issuers are trusted for a credential type, whether
// one is required, and what its claims must say.
type PolicyRule struct {
	Type           string           `json:"type"`
	Required       bool             `json:"required,omitempty"`
	TrustedIssuers []string         `json:"trustedIssuers"`
	Claims         []ClaimPredicate `json:"claims,omitempty"`
}

// ClaimPredicate constrains one claim of the subject.
type ClaimPredicate struct {
	Claim   string   `json:"claim"`
	Equals  any      `json:"equals,omitempty"`
	OneOf   []any    `json:"oneOf,omitempty"`
	AtLeast *float64 `json:"atLeast,omitempty"`
	AtMost  *float64 `json:"atMost,omitempty"`
}

// ParsePolicy decodes and checks a policy written in JSON or YAML; unknown
// fields are refused, so a misspelt rule is never silently ignored.
func ParsePolicy(data []byte) (*Policy, error) {
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] != '{' {
		// YAML: read as a plain tree, then decoded by the same strict rules
		// as JSON.
		var tree any
		if err := yaml.Unmarshal(data, &tree); err != nil {
			return nil, fmt.Errorf("admission policy (YAML): %w", err)
		}
		if _, ok := tree.(map[string]any); !ok {
			return nil, errors.New("admission policy: the YAML document is not a mapping of rules")
		}
		var err error
		if data, err = json.Marshal(tree); err != nil {
			return nil, fmt.Errorf("admission policy (YAML): %w", err)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p Policy
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("admission policy: %w", err)
	}
	if dec.More() {
		return nil, errors.New("admission policy: more than one JSON document")
	}
	if p.MinimumAge < 0 || p.MinimumAge > 150 {
		return nil, fmt.Errorf("admission policy: minimumAge %d is not an age", p.MinimumAge)
	}
	for i, r := range p.Credentials {
		if r.Type == "" {
			return nil, fmt.Errorf("admission policy: credential rule %d has no type", i+1)
		}
		if len(r.TrustedIssuers) == 0 {
			return nil, fmt.Errorf("admission policy: rule for %s trusts no issuer (list DIDs, or \"*\")", r.Type)
		}
		for _, c := range r.Claims {
			if c.Claim == "" {
				return nil, fmt.Errorf("admission policy: rule for %s has a claim predicate without a claim", r.Type)
			}
			if c.Equals == nil && c.OneOf == nil && c.AtLeast == nil && c.AtMost == nil {
				return nil, fmt.Errorf("admission policy: predicate on %s.%s says nothing (equals, oneOf, atLeast or atMost)", r.Type, c.Claim)
			}
		}
	}
	return &p, nil
}

// Decision is a policy's verdict with every reason.
type Decision struct {
	Allowed bool     `json:"allowed"`
	Reasons []Reason `json:"reasons"`
}

// Reason is one rule's outcome.
type Reason struct {
	Rule   string `json:"rule"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// Presented is a credential with its verification, as a policy sees it.
type Presented struct {
	Credential   map[string]any
	Verification *Verification
}

// Evaluate applies the policy to the credentials of one holder.
func (p *Policy) Evaluate(creds []Presented, holder string, now time.Time) *Decision {
	d := &Decision{Allowed: true}
	add := func(rule string, ok bool, detail string) {
		d.Reasons = append(d.Reasons, Reason{Rule: rule, OK: ok, Detail: detail})
		d.Allowed = d.Allowed && ok
	}
	if len(p.AcceptedDIDMethods) > 0 {
		method, _, err := Method(holder)
		ok := err == nil && slices.Contains(p.AcceptedDIDMethods, method)
		add("acceptedDidMethods", ok, fmt.Sprintf("holder %s uses did:%s; accepted: %s", holder, method, strings.Join(p.AcceptedDIDMethods, ", ")))
	}
	var counted []Presented
	for _, r := range p.Credentials {
		var matched, trusted int
		var why []string
		for _, c := range creds {
			types, _ := stringList(c.Credential["type"])
			if !slices.Contains(types, r.Type) {
				continue
			}
			matched++
			switch {
			case c.Verification == nil || !c.Verification.Verified:
				why = append(why, "a "+r.Type+" did not verify")
			case !slices.Contains(r.TrustedIssuers, "*") && !slices.Contains(r.TrustedIssuers, c.Verification.Issuer):
				why = append(why, c.Verification.Issuer+" is not a trusted issuer of "+r.Type)
			case !slices.Contains(c.Verification.Subjects, holder):
				why = append(why, "a "+r.Type+" is about someone else")
			default:
				if err := checkClaims(r, c.Credential, holder); err != nil {
					why = append(why, err.Error())
					continue
				}
				trusted++
				counted = append(counted, c)
			}
		}
		switch {
		case trusted > 0:
			add(r.Type, true, fmt.Sprintf("%d trusted %s", trusted, r.Type))
		case r.Required && matched == 0:
			add(r.Type, false, "required and not presented")
		case r.Required:
			add(r.Type, false, strings.Join(why, "; "))
		case matched > 0:
			add(r.Type, true, "optional, not counted: "+strings.Join(why, "; "))
		}
	}
	if p.MinimumAge > 0 {
		ok, detail := ageAtLeast(counted, holder, p.MinimumAge, now)
		add("minimumAge", ok, detail)
	}
	if p.MinimumReputation > 0 {
		best, found := -1.0, false
		for _, c := range counted {
			if v, ok := subjectClaim(c.Credential, holder, "reputationScore").(float64); ok && v > best {
				best, found = v, true
			}
		}
		add("minimumReputation", found && best >= p.MinimumReputation,
			fmt.Sprintf("best trusted reputationScore %v, at least %v needed", map[bool]any{true: best, false: "none"}[found], p.MinimumReputation))
	}
	return d
}

// subjectClaim is the holder's claim in a credential (the subject whose id
// is the holder).
func subjectClaim(vc map[string]any, holder, claim string) any {
	var subjects []any
	switch s := vc["credentialSubject"].(type) {
	case []any:
		subjects = s
	default:
		subjects = []any{s}
	}
	for _, s := range subjects {
		if m, ok := s.(map[string]any); ok && m["id"] == holder {
			return m[claim]
		}
	}
	return nil
}

func checkClaims(r PolicyRule, vc map[string]any, holder string) error {
	for _, c := range r.Claims {
		v := subjectClaim(vc, holder, c.Claim)
		if v == nil {
			return fmt.Errorf("%s has no %s", r.Type, c.Claim)
		}
		if c.Equals != nil && fmt.Sprint(v) != fmt.Sprint(c.Equals) {
			return fmt.Errorf("%s.%s is %v, not %v", r.Type, c.Claim, v, c.Equals)
		}
		if c.OneOf != nil && !slices.ContainsFunc(c.OneOf, func(x any) bool { return fmt.Sprint(x) == fmt.Sprint(v) }) {
			return fmt.Errorf("%s.%s is %v, none of %v", r.Type, c.Claim, v, c.OneOf)
		}
		if c.AtLeast != nil || c.AtMost != nil {
			n, ok := v.(float64)
			if !ok {
				return fmt.Errorf("%s.%s is %v, not a number", r.Type, c.Claim, v)
			}
			if c.AtLeast != nil && n < *c.AtLeast {
				return fmt.Errorf("%s.%s is %v, less than %v", r.Type, c.Claim, n, *c.AtLeast)
			}
			if c.AtMost != nil && n > *c.AtMost {
				return fmt.Errorf("%s.%s is %v, more than %v", r.Type, c.Claim, n, *c.AtMost)
			}
		}
	}
	return nil
}

// ageAtLeast looks for proof of age among counted credentials: ageOver, or
// a birthDate (xsd:date) at least age years before now.
func ageAtLeast(counted []Presented, holder string, age int, now time.Time) (bool, string) {
	for _, c := range counted {
		if v, ok := subjectClaim(c.Credential, holder, "ageOver").(float64); ok && v >= float64(age) {
			return true, fmt.Sprintf("ageOver %v from %s", v, c.Verification.Issuer)
		}
		if s, ok := subjectClaim(c.Credential, holder, "birthDate").(string); ok {
			born, err := time.Parse("2006-01-02", s)
			if err == nil && !born.AddDate(age, 0, 0).After(now) {
				return true, fmt.Sprintf("born %s (at least %d) per %s", s, age, c.Verification.Issuer)
			}
		}
	}
	return false, fmt.Sprintf("no trusted credential shows an age of at least %d", age)
}
