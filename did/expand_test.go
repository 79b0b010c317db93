package did

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
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

// What an attacker's review found, kept: each document expands as
// json-gold expands it (or is left to json-gold), and none changes what
// the next document sees.
func TestCompiledExpansionReviewCases(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range map[string]string{
		// A property-scoped context that redefines its term with a null
		// context: json-gold applies no property-scoped context on entry.
		"null scoped context": `{"@context":{"ex":"https://example.org/","a":{"@id":"https://example.org/a","@context":{"a":{"@id":"https://example.org/a","@context":null}}}},"@id":"https://example.org/s","a":{"ex:foo":"bar"}}`,
		// A protected term redefined by a dependency of a property-scoped
		// term: json-gold's verdict depends on its map order.
		"protected dependency": `{"@context":[{"@protected":true,"name":"https://schema.org/name"},{"p":{"@id":"https://example.org/p","@context":{"a":{"@id":"name"},"name":"https://evil.example/name"}}}],"@id":"urn:x","p":{"a":"x"}}`,
	} {
		var d map[string]any
		if err := json.Unmarshal([]byte(doc), &d); err != nil {
			t.Fatal(err)
		}
		got, err := c.expandCompiled(d)
		if errors.Is(err, errOffPath) {
			continue
		}
		want, _, wantErr := c.expandJSONGold(d)
		if err != nil || wantErr != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: compiled %v (%v), json-gold %v (%v)", name, got, err, want, wantErr)
		}
	}

	// json-gold's @import writes into the context it imports: a stranger's
	// document must not change the embedded v2 context for everyone after.
	credential := expansionCorpus(t)["../bench/vc/credential.json"]
	delete(credential, "proof")
	before, err := c.Canonicalize(credential)
	if err != nil {
		t.Fatal(err)
	}
	var poison map[string]any
	json.Unmarshal([]byte(`{"@context":[{"@import":"https://www.w3.org/ns/credentials/v2","role":{"@id":"@index"}}],"@id":"urn:x"}`), &poison)
	c.Canonicalize(poison)
	fresh, _ := NewCanonicalizer() // nothing cached: the contexts are read again
	fresh.loader = c.loader
	fresh.compiled.loader = c.loader
	for _, cz := range []*Canonicalizer{c, fresh} {
		after, err := cz.canonicalizeJSONGold(credential)
		if err != nil || string(after) != string(before) {
			t.Fatalf("after an @import document: %v\n%s\nwant\n%s", err, after, before)
		}
	}
}

// Nesting chooses which scoped contexts are derived, so the contexts kept
// under one top-level context are bounded, however deep documents nest.
func TestCompiledExpansionDerivedContextsAreBounded(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	ctx := map[string]any{"@vocab": "https://example.org/", "a": map[string]any{"@id": "https://example.org/a", "@context": map[string]any{}},
		"b": map[string]any{"@id": "https://example.org/b", "@context": map[string]any{}}}
	for seed := range 64 {
		body := any("leaf")
		for depth := range 12 {
			key := "a"
			if seed>>(depth%6)&1 == 1 {
				key = "b"
			}
			body = map[string]any{key: body}
		}
		doc := body.(map[string]any)
		doc["@context"] = ctx
		if _, err := c.expandCompiled(doc); err != nil {
			t.Fatal(err)
		}
	}
	key, _ := contextKey(ctx)
	top, ok := c.compiledTops.Get(key)
	if !ok {
		t.Fatal("the top-level context was not kept")
	}
	kept := 0
	var walk func(*compiledContext)
	walk = func(x *compiledContext) {
		for _, d := range x.derived {
			kept++
			walk(d)
		}
	}
	walk(top)
	if kept == 0 || kept > maxDerived {
		t.Fatalf("%d derived contexts kept, want 1 to %d", kept, maxDerived)
	}
}

// Verifiers share one Canonicalizer: its compiled contexts and their
// derived contexts are read and grown from many goroutines at once (run
// under -race in make test).
func TestCompiledExpansionConcurrent(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	docs := expansionCorpus(t)
	want := map[string][]byte{}
	for f, doc := range docs {
		if out, err := c.canonicalizeJSONGold(doc); err == nil {
			want[f] = out
		}
	}
	fresh, _ := NewCanonicalizer()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for f, w := range want {
				got, err := fresh.Canonicalize(docs[f])
				if err != nil || string(got) != string(w) {
					t.Errorf("%s: %v", f, err)
				}
			}
		})
	}
	wg.Wait()
}
