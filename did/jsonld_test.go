package did

import (
	"encoding/json"
	"errors"
	"os"
	"testing"
)

func readJSON(t testing.TB, file string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return jsonObject(t, data)
}

func jsonObject(t testing.TB, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// RDFC-1.0 of the EdDSA vector's credential and proof configuration, byte for
// byte.
func TestCanonicalizeVectors(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"testdata/eddsa-rdfc-2022/unsigned.json":           "testdata/eddsa-rdfc-2022/canonDocDataInt.txt",
		"testdata/eddsa-rdfc-2022/proofConfigDataInt.json": "testdata/eddsa-rdfc-2022/proofCanonDataInt.txt",
	} {
		got, err := c.Canonicalize(readJSON(t, in))
		if err != nil {
			t.Fatal(err)
		}
		wantBytes, _ := os.ReadFile(want)
		if string(got) != string(wantBytes) {
			t.Errorf("canonical form of %s:\n%s\nwant:\n%s", in, got, wantBytes)
		}
	}
}

func TestCanonicalizeRefusesUnknownContextsAndTerms(t *testing.T) {
	c, _ := NewCanonicalizer()
	doc := readJSON(t, "testdata/eddsa-rdfc-2022/unsigned.json")
	doc["@context"] = append(doc["@context"].([]any), "https://contexts.example/unknown/v1")
	if _, err := c.Canonicalize(doc); !errors.Is(err, ErrUnknownContext) {
		t.Fatalf("unknown context: %v, want ErrUnknownContext", err)
	}
	doc = readJSON(t, "testdata/eddsa-rdfc-2022/unsigned.json")
	doc["@context"] = []any{"https://www.w3.org/2018/credentials/v1"}
	doc["undefinedTerm"] = "signed by no one"
	doc = map[string]any{"@context": map[string]any{"name": "http://schema.org/name"}, "@id": "urn:x", "name": "n", "unsignable": "x"}
	if _, err := c.Canonicalize(doc); !errors.Is(err, ErrUndefinedTerm) {
		t.Fatalf("a term no context defines: %v, want ErrUndefinedTerm (it would go unsigned)", err)
	}
}
