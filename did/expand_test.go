package did

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// expansionCorpus is every JSON-LD document of the test data: the W3C and
// CCG vectors, the VCDM suites' credentials, mifm's own fixtures.
func expansionCorpus(t testing.TB) map[string]map[string]any {
	var files []string
	for _, pattern := range []string{"testdata/*/*.json", "testdata/*/*/*.json", "testdata/*/*.jsonld", "../bench/*/*.json"} {
		more, _ := filepath.Glob(pattern)
		files = append(files, more...)
	}
	docs := map[string]map[string]any{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if json.Unmarshal(data, &doc) != nil || doc["@context"] == nil {
			continue
		}
		docs[f] = doc
	}
	return docs
}

// The compiled path gives json-gold's expansion value for value, or leaves
// the document to json-gold; and it takes the credentials mifm meets: every
// document json-gold expands without error under the contexts the VCDM and
// Data Integrity vectors use.
func TestCompiledExpansionAgreesWithJSONGold(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	compared, taken := 0, 0
	var left []string
	for f, doc := range expansionCorpus(t) {
		want, _, wantErr := c.expandJSONGold(doc)
		got, err := c.expandCompiled(doc)
		if errors.Is(err, errOffPath) {
			if wantErr == nil {
				left = append(left, f)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: the compiled path failed with %v; it must only say errOffPath", f, err)
			continue
		}
		if wantErr != nil {
			t.Errorf("%s: the compiled path expanded what json-gold refuses (%v)", f, wantErr)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			g, _ := json.MarshalIndent(got, "", " ")
			w, _ := json.MarshalIndent(want, "", " ")
			t.Errorf("%s: expansions differ:\n%s\nwant\n%s", f, g, w)
		}
		compared++
		taken++
	}
	t.Logf("%d documents expand alike on the compiled path; %d json-gold expands are left to it: %s", taken, len(left), strings.Join(left, " "))
	if compared < 60 {
		t.Fatalf("only %d documents took the compiled path", compared)
	}
	if len(left)*10 > compared {
		t.Fatalf("the compiled path leaves %d of %d documents to json-gold: %v", len(left), compared+len(left), left)
	}
}

// FuzzCompiledExpansion mutates documents: whatever the compiled path
// expands, json-gold expands the same; it never expands what json-gold
// refuses.
func FuzzCompiledExpansion(f *testing.F) {
	c, err := NewCanonicalizer()
	if err != nil {
		f.Fatal(err)
	}
	for _, doc := range expansionCorpus(f) {
		data, _ := json.Marshal(doc)
		f.Add(data)
	}
	f.Add([]byte(`{"@context":["https://www.w3.org/ns/credentials/v2",{"@protected":true,"name":"https://schema.org/other"}],"name":"x"}`))
	f.Add([]byte(`{"@context":"https://www.w3.org/ns/credentials/v2","type":"VerifiableCredential","credentialSubject":{"@context":null,"x":1}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		var doc map[string]any
		if json.Unmarshal(data, &doc) != nil {
			return
		}
		got, err := c.expandCompiled(doc)
		if err != nil {
			if !errors.Is(err, errOffPath) {
				t.Fatalf("compiled path: %v", err)
			}
			return
		}
		want, wantErr := func() (list []any, err error) {
			defer func() {
				if p := recover(); p != nil {
					err = errors.New("json-gold panicked")
				}
			}()
			list, _, err = c.expandJSONGold(doc)
			return list, err
		}()
		if wantErr != nil {
			t.Fatalf("the compiled path expanded what json-gold refuses: %v", wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			t.Fatalf("expansions differ:\n%s\nwant\n%s", g, w)
		}
	})
}
