package did

import (
	"os"
	"strings"
	"testing"
)

func TestPresentationDefinitionMatch(t *testing.T) {
	data, err := os.ReadFile("testdata/exchange/platform-b-definition.json")
	if err != nil {
		t.Fatal(err)
	}
	pd, err := ParsePresentationDefinition(data)
	if err != nil {
		t.Fatal(err)
	}
	member := map[string]any{"type": []any{"VerifiableCredential", "MembershipCredential"},
		"credentialSubject": map[string]any{"id": "did:key:z6Mk1", "memberOf": "did:web:platform-a.example"}}
	otherPlatform := map[string]any{"type": []any{"VerifiableCredential", "MembershipCredential"},
		"credentialSubject": map[string]any{"memberOf": "did:web:platform-z.example"}}
	adult := map[string]any{"type": []any{"VerifiableCredential", "AgeCredential"}, "credentialSubject": map[string]any{"ageOver": 21.0}}
	minor := map[string]any{"type": []any{"VerifiableCredential", "AgeCredential"}, "credentialSubject": map[string]any{"ageOver": 16.0}}

	for _, tc := range []struct {
		name      string
		creds     []map[string]any
		satisfied bool
		reasons   []string
	}{
		{"member and adult", []map[string]any{member, adult}, true, []string{"satisfied by 1", "satisfied by 1"}},
		{"another platform's member", []map[string]any{otherPlatform, adult}, false, []string{`does not match: "did:web:platform-a.example"`, "satisfied"}},
		{"a minor", []map[string]any{member, minor}, false, []string{"satisfied", "greater than or equal to 18"}},
		{"nothing", nil, false, []string{"no credential presented", "no credential presented"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := pd.Match(tc.creds)
			if s.Satisfied != tc.satisfied || len(s.Descriptors) != 2 {
				t.Fatalf("%+v", s)
			}
			for i, want := range tc.reasons {
				if !strings.Contains(s.Descriptors[i].Reason, want) {
					t.Errorf("descriptor %s: %q, want %q", s.Descriptors[i].ID, s.Descriptors[i].Reason, want)
				}
			}
		})
	}

	for _, c := range []struct{ def, want string }{
		{`{"input_descriptors":[{"id":"a","constraints":{"fields":[{"path":["$.x"]}]}}]}`, "no id"},
		{`{"id":"d","input_descriptors":[]}`, "asks for nothing"},
		{`{"id":"d","input_descriptors":[{"id":"a","constraints":{"fields":[{"path":["x["]}]}}]}`, "not JSONPath"},
		{`{"id":"d","input_descriptors":[{"id":"a","constraints":{"fields":[{"path":["$.x"],"filter":{"type":"nonsense"}}]}}]}`, "not a JSON Schema"},
		{`{"id":"d","input_descriptors":[{"id":"a","constraints":{"fields":[]}},{"id":"a","constraints":{"fields":[]}}]}`, "used before"},
		{`{"id":"d","input_descriptor":[]}`, `unknown field "input_descriptor"`},
	} {
		if _, err := ParsePresentationDefinition([]byte(c.def)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParsePresentationDefinition(%s) = %v, want %q", c.def, err, c.want)
		}
	}
	// The envelope verifiers send it in is read too.
	if _, err := ParsePresentationDefinition([]byte(`{"presentation_definition":` + string(data) + `}`)); err != nil {
		t.Fatal(err)
	}
}

func FuzzParsePresentationDefinition(f *testing.F) {
	data, _ := os.ReadFile("testdata/exchange/platform-b-definition.json")
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		pd, err := ParsePresentationDefinition(data)
		if err != nil {
			return
		}
		pd.Match([]map[string]any{{"type": []any{"VerifiableCredential"}, "credentialSubject": map[string]any{"ageOver": 30.0}}}) // must not panic
	})
}
