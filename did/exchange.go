package did

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/PaesslerAG/jsonpath"
	"github.com/xeipuuv/gojsonschema"
)

// Presentation definitions: what a verifier asks a holder for, in DIF
// Presentation Exchange 2.0's terms (FGMV-43 IDVF, 9.4 step 3: the
// destination says which credentials it needs). Each input descriptor is
// one credential the verifier wants; its constraint fields name where a
// value lies (JSONPath) and what it must be (a JSON Schema filter). aries'
// presexch evaluates only VCDM 1.1 credentials, so the evaluation is here,
// on the JSONPath and JSON Schema libraries aries itself uses.

// PresentationDefinition is a verifier's request.
type PresentationDefinition struct {
	ID               string            `json:"id"`
	Name             string            `json:"name,omitempty"`
	Purpose          string            `json:"purpose,omitempty"`
	InputDescriptors []InputDescriptor `json:"input_descriptors"`
}

// InputDescriptor is one credential a verifier wants.
type InputDescriptor struct {
	ID          string      `json:"id"`
	Name        string      `json:"name,omitempty"`
	Purpose     string      `json:"purpose,omitempty"`
	Constraints Constraints `json:"constraints"`
}

// Constraints are what the credential must hold.
type Constraints struct {
	// LimitDisclosure "required" asks for no more than the fields named
	// (an SD-JWT disclosing only them).
	LimitDisclosure string  `json:"limit_disclosure,omitempty"`
	Fields          []Field `json:"fields"`
}

// Field is one value the credential must hold: at the first of its paths
// that resolves to a value its filter accepts.
type Field struct {
	ID       string         `json:"id,omitempty"`
	Path     []string       `json:"path"`
	Purpose  string         `json:"purpose,omitempty"`
	Filter   map[string]any `json:"filter,omitempty"`
	Optional bool           `json:"optional,omitempty"`

	filter *gojsonschema.Schema
}

// ParsePresentationDefinition decodes and checks a definition: unknown
// fields are refused, every path must be JSONPath and every filter a JSON
// Schema, descriptor ids unique.
func ParsePresentationDefinition(data []byte) (*PresentationDefinition, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var pd PresentationDefinition
	if err := dec.Decode(&pd); err != nil {
		// Accept the envelope verifiers send it in.
		var env struct {
			PD json.RawMessage `json:"presentation_definition"`
		}
		if json.Unmarshal(data, &env) == nil && len(env.PD) > 0 {
			return ParsePresentationDefinition(env.PD)
		}
		return nil, fmt.Errorf("presentation definition: %w", err)
	}
	if pd.ID == "" {
		return nil, errors.New("presentation definition: no id")
	}
	if len(pd.InputDescriptors) == 0 {
		return nil, errors.New("presentation definition: no input_descriptors: it asks for nothing")
	}
	seen := map[string]bool{}
	for i := range pd.InputDescriptors {
		d := &pd.InputDescriptors[i]
		if d.ID == "" || seen[d.ID] {
			return nil, fmt.Errorf("presentation definition: input descriptor %d has no id, or one used before", i+1)
		}
		seen[d.ID] = true
		switch d.Constraints.LimitDisclosure {
		case "", "required", "preferred":
		default:
			return nil, fmt.Errorf("presentation definition: %s: limit_disclosure %q: want required or preferred", d.ID, d.Constraints.LimitDisclosure)
		}
		for j := range d.Constraints.Fields {
			f := &d.Constraints.Fields[j]
			if len(f.Path) == 0 {
				return nil, fmt.Errorf("presentation definition: %s: field %d has no path", d.ID, j+1)
			}
			for _, p := range f.Path {
				if _, err := jsonpath.New(p); err != nil || !strings.HasPrefix(p, "$") {
					return nil, fmt.Errorf("presentation definition: %s: path %q is not JSONPath ($.credentialSubject.…)", d.ID, p)
				}
			}
			if f.Filter != nil {
				s, err := gojsonschema.NewSchema(gojsonschema.NewGoLoader(f.Filter))
				if err != nil {
					return nil, fmt.Errorf("presentation definition: %s: filter of %v is not a JSON Schema: %w", d.ID, f.Path, err)
				}
				f.filter = s
			}
		}
	}
	return &pd, nil
}

// DescriptorMatch says which credentials satisfy one input descriptor.
type DescriptorMatch struct {
	ID          string `json:"id"`
	Credentials []int  `json:"credentials"` // indexes into what was matched
	Reason      string `json:"reason"`
}

// Submission is how a set of credentials answers a definition.
type Submission struct {
	DefinitionID string            `json:"definitionId"`
	Satisfied    bool              `json:"satisfied"`
	Descriptors  []DescriptorMatch `json:"descriptors"`
}

// Match evaluates credentials (as verified or as held) against every input
// descriptor; the definition is satisfied when each has at least one.
func (pd *PresentationDefinition) Match(creds []map[string]any) *Submission {
	s := &Submission{DefinitionID: pd.ID, Satisfied: true}
	for _, d := range pd.InputDescriptors {
		m := DescriptorMatch{ID: d.ID, Credentials: []int{}}
		var why []string
		for i, vc := range creds {
			if err := d.accepts(vc); err != nil {
				why = append(why, fmt.Sprintf("credential %d: %v", i+1, err))
				continue
			}
			m.Credentials = append(m.Credentials, i)
		}
		switch {
		case len(m.Credentials) > 0:
			m.Reason = fmt.Sprintf("satisfied by %d credential(s)", len(m.Credentials))
		case len(creds) == 0:
			m.Reason = "no credential presented"
		default:
			m.Reason = strings.Join(why, "; ")
		}
		if len(m.Credentials) == 0 {
			s.Satisfied = false
		}
		s.Descriptors = append(s.Descriptors, m)
	}
	return s
}

// accepts checks one credential against a descriptor's fields.
func (d *InputDescriptor) accepts(vc map[string]any) error {
	for _, f := range d.Constraints.Fields {
		if err := f.accepts(vc); err != nil && !f.Optional {
			return err
		}
	}
	return nil
}

func (f *Field) accepts(vc map[string]any) error {
	var last, rejected error // a value the filter refused says more than a path with none
	for _, p := range f.Path {
		v, err := jsonpath.Get(p, vc)
		if err != nil {
			last = fmt.Errorf("no value at %s", strings.Join(f.Path, " or "))
			continue
		}
		if f.filter == nil {
			return nil
		}
		res, err := f.filter.Validate(gojsonschema.NewGoLoader(v))
		if err != nil {
			rejected = fmt.Errorf("%s: %v", p, err)
			continue
		}
		if res.Valid() {
			return nil
		}
		var msgs []string
		for _, e := range res.Errors() {
			msgs = append(msgs, e.Description())
		}
		rejected = fmt.Errorf("%s = %v: %s", p, v, strings.Join(msgs, ", "))
	}
	if rejected != nil {
		return rejected
	}
	return last
}
