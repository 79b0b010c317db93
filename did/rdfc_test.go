package did

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// parseNQuads reads the suite's N-Quads in input order, unescaping UCHAR
// and ECHAR as N-Quads says (json-gold's reader leaves \u escapes as they
// are, which the suite's escaping case catches).
func parseNQuads(t testing.TB, text string) []quad {
	t.Helper()
	var out []quad
	for n, line := range strings.Split(text, "\n") {
		rest := strings.TrimSpace(line)
		if rest == "" || rest[0] == '#' {
			continue
		}
		var terms []term
		for rest != "" && rest[0] != '.' {
			var tm term
			var err error
			tm, rest, err = readTerm(rest)
			if err != nil {
				t.Fatalf("line %d: %v", n+1, err)
			}
			terms = append(terms, tm)
			rest = strings.TrimLeft(rest, " \t")
		}
		if len(terms) < 3 || len(terms) > 4 {
			t.Fatalf("line %d: %d terms", n+1, len(terms))
		}
		q := quad{s: terms[0], p: terms[1], o: terms[2]}
		if len(terms) == 4 {
			q.g = terms[3]
		}
		out = append(out, q)
	}
	return out
}

func readTerm(s string) (term, string, error) {
	switch {
	case s[0] == '<':
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return term{}, "", errors.New("unterminated IRI")
		}
		v, err := unescapeNQuads(s[1:end])
		return term{kind: termIRI, value: v}, s[end+1:], err
	case strings.HasPrefix(s, "_:"):
		end := strings.IndexAny(s, " \t")
		if end < 0 {
			end = len(s)
		}
		return term{kind: termBlank, value: s[2:end]}, s[end:], nil
	case s[0] == '"':
		i := 1
		for ; i < len(s) && s[i] != '"'; i++ {
			if s[i] == '\\' {
				i++
			}
		}
		if i >= len(s) {
			return term{}, "", errors.New("unterminated literal")
		}
		v, err := unescapeNQuads(s[1:i])
		t := term{kind: termLiteral, value: v, datatype: xsdString}
		rest := s[i+1:]
		switch {
		case strings.HasPrefix(rest, "@"):
			end := strings.IndexAny(rest, " \t")
			t.language, t.datatype, rest = rest[1:end], rdfLangString, rest[end:]
		case strings.HasPrefix(rest, "^^<"):
			end := strings.IndexByte(rest, '>')
			dt, derr := unescapeNQuads(rest[3:end])
			if err == nil {
				err = derr
			}
			t.datatype, rest = dt, rest[end+1:]
		}
		return t, rest, err
	}
	return term{}, "", fmt.Errorf("unexpected %.10q", s)
}

func unescapeNQuads(s string) (string, error) {
	if !strings.Contains(s, "\\") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		if i >= len(s) {
			return "", errors.New("a trailing backslash")
		}
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'b':
			b.WriteByte('\b')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'f':
			b.WriteByte('\f')
		case '"', '\'', '\\':
			b.WriteByte(s[i])
		case 'u', 'U':
			size := 4
			if s[i] == 'U' {
				size = 8
			}
			if i+size >= len(s) {
				return "", errors.New("a short \\u escape")
			}
			r, err := strconv.ParseUint(s[i+1:i+1+size], 16, 32)
			if err != nil {
				return "", err
			}
			b.WriteRune(rune(r))
			i += size
		default:
			return "", fmt.Errorf("escape \\%c", s[i])
		}
	}
	return b.String(), nil
}

// Every case of the W3C RDF Dataset Canonicalization test suite
// (testdata/rdf-canon: its manifest's evaluation, map and negative tests).
func TestRDFCanonSuite(t *testing.T) {
	var manifest struct {
		Entries []struct {
			ID, Type, Name, Action, Result string
			HashAlgorithm                  string `json:"hashAlgorithm"`
		} `json:"entries"`
	}
	data, err := os.ReadFile("testdata/rdf-canon/manifest.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &manifest); err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, e := range manifest.Entries {
		t.Run(strings.TrimPrefix(e.ID, "#")+" "+e.Name, func(t *testing.T) {
			in, err := os.ReadFile("testdata/rdf-canon/" + e.Action)
			if err != nil {
				t.Fatal(err)
			}
			got, labels, err := canonicalize(parseNQuads(t, string(in)), e.HashAlgorithm == "SHA384")
			switch e.Type {
			case "rdfc:RDFC10NegativeEvalTest":
				if !errors.Is(err, ErrCanonicalizationLimit) {
					t.Fatalf("a poison graph canonicalized: %v", err)
				}
			case "rdfc:RDFC10EvalTest":
				want, _ := os.ReadFile("testdata/rdf-canon/" + e.Result)
				if err != nil || got != string(want) {
					t.Fatalf("got (%v)\n%s\nwant\n%s", err, got, want)
				}
			case "rdfc:RDFC10MapTest":
				var want map[string]string
				raw, _ := os.ReadFile("testdata/rdf-canon/" + e.Result)
				json.Unmarshal(raw, &want)
				if err != nil || !reflect.DeepEqual(labels, want) {
					t.Fatalf("labels %v (%v), want %v", labels, err, want)
				}
			default:
				t.Fatalf("test type %s", e.Type)
			}
			ran++
		})
	}
	if ran != len(manifest.Entries) || ran < 86 {
		t.Fatalf("%d of %d cases passed", ran, len(manifest.Entries))
	}
}

// mifm's RDFC-1.0 and json-gold's URDNA2015 give the same bytes for every
// signed document of the vectors and every credential of the VCDM 2.0
// suite that canonicalizes.
func TestRDFCAgreesWithJSONGold(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*/*.json")
	more, _ := filepath.Glob("testdata/*/*/*.json")
	compared := 0
	for _, f := range append(files, more...) {
		data, _ := os.ReadFile(f)
		var doc map[string]any
		if json.Unmarshal(data, &doc) != nil || doc["@context"] == nil {
			continue
		}
		want, err := c.canonicalizeJSONGold(doc)
		if err != nil {
			continue // not JSON-LD the embedded contexts expand
		}
		got, err := c.Canonicalize(doc)
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: mifm's RDFC-1.0 differs from json-gold's (%v):\n%s\nwant\n%s", f, err, got, want)
		}
		compared++
	}
	if compared < 40 {
		t.Fatalf("compared %d documents", compared)
	}
	t.Logf("%d documents canonicalize alike", compared)
}

// A presentation's credentials are graphs of their own (the @graph
// container the credentials contexts give verifiableCredential), as
// jsonld.js makes them: json-gold's expansion alone put them among the
// presentation's own statements, so no other stack verified mifm's
// presentations.
func TestPresentedCredentialsAreGraphs(t *testing.T) {
	e, _ := NewEdDSA()
	holder, _ := NewKeyPair(Ed25519, nil)
	vc, err := e.IssueCredential(IssueRequest{Issuer: holder, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
	if err != nil {
		t.Fatal(err)
	}
	vp := map[string]any{"@context": []any{ContextVCv2, ContextMifm}, "type": []any{"VerifiablePresentation"}, "holder": holder.DID, "verifiableCredential": []any{vc}}
	nq, err := e.canon.Canonicalize(vp)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(nq)), "\n") {
		if strings.Contains(line, "credentials#membershipLevel") && !strings.Contains(line, `"gold" _:c14n`) {
			t.Fatalf("the credential's claim is not in a graph of its own:\n%s", nq)
		}
	}
	if !strings.Contains(string(nq), "credentials#verifiableCredential> _:c14n") {
		t.Fatalf("the presentation does not point at the credential's graph:\n%s", nq)
	}
}
