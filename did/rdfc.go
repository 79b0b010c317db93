package did

import (
	"encoding/json"
	"regexp"
	"strconv"

	"github.com/gowebpki/jcs"

	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"slices"
	"strings"

	"github.com/piprate/json-gold/ld"
)

// RDFC-1.0 (W3C RDF Dataset Canonicalization, 2024) on mifm's own quads:
// the step Data Integrity's rdfc suites hash, written so that a JSON-LD
// expansion of its own can feed it without json-gold's per-quad IRI
// validation. It is checked against every case of the W3C rdf-canon test
// suite (testdata/rdf-canon).

// term is an RDF term: an IRI, a blank node (its label without "_:") or a
// literal with its datatype IRI or language tag.
type term struct {
	kind     termKind
	value    string
	datatype string
	language string
}

type termKind uint8

const (
	termNone termKind = iota // the default graph's name
	termIRI
	termBlank
	termLiteral
)

const (
	rdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
	xsdString     = "http://www.w3.org/2001/XMLSchema#string"
)

// quad is a subject, predicate, object and graph name (termNone for the
// default graph).
type quad struct{ s, p, o, g term }

// ErrCanonicalizationLimit is returned for datasets whose blank nodes would
// make RDFC-1.0 run for an unreasonable time (the suite's "poison" graphs):
// a stranger must not be able to pin a core with one credential.
var ErrCanonicalizationLimit = errors.New("RDFC-1.0: the dataset's blank nodes need more work than allowed")

// maxNDegreeCalls bounds Hash N-Degree Quads calls per canonicalization.
// Credentials need a handful; the suite's 10-node clique needs millions.
const maxNDegreeCalls = 4096

// canonicalize returns the canonical N-Quads of quads (RDFC-1.0 with
// SHA-256, or SHA-384 when sha384 is set) and the map from input blank
// node labels to canonical ones.
func canonicalize(quads []quad, sha384 bool) (string, map[string]string, error) {
	c := &canonicalizer{
		bnodeQuads: map[string][]*quad{},
		canonical:  newIssuer("c14n"),
		newHash:    sha256.New,
	}
	if sha384 {
		c.newHash = sha512.New384
	}
	// Duplicate quads are one statement (RDF datasets are sets).
	seen := make(map[string]bool, len(quads))
	unique := quads[:0:0]
	for _, q := range quads {
		k := serializeQuad(&q, "", "", nil)
		if !seen[k] {
			seen[k] = true
			unique = append(unique, q)
		}
	}
	var order []string // blank nodes as they first appear
	for i := range unique {
		q := &unique[i]
		for _, t := range []*term{&q.s, &q.o, &q.g} {
			if t.kind == termBlank {
				list := c.bnodeQuads[t.value]
				if len(list) == 0 {
					order = append(order, t.value)
				}
				if len(list) == 0 || list[len(list)-1] != q {
					c.bnodeQuads[t.value] = append(list, q)
				}
			}
		}
	}
	hashToNodes := map[string][]string{}
	for _, n := range order {
		h := c.hashFirstDegree(n)
		hashToNodes[h] = append(hashToNodes[h], n)
	}
	hashes := make([]string, 0, len(hashToNodes))
	for h := range hashToNodes {
		hashes = append(hashes, h)
	}
	slices.Sort(hashes)
	var shared []string
	for _, h := range hashes {
		if nodes := hashToNodes[h]; len(nodes) == 1 {
			c.canonical.issue(nodes[0])
		} else {
			shared = append(shared, h)
		}
	}
	for _, h := range shared {
		type pathResult struct {
			hash   string
			issuer *labelIssuer
		}
		var results []pathResult
		for _, n := range hashToNodes[h] {
			if c.canonical.has(n) {
				continue
			}
			tmp := newIssuer("b")
			tmp.issue(n)
			hh, iss, err := c.hashNDegree(n, tmp)
			if err != nil {
				return "", nil, err
			}
			results = append(results, pathResult{hh, iss})
		}
		slices.SortStableFunc(results, func(a, b pathResult) int { return strings.Compare(a.hash, b.hash) })
		for _, r := range results {
			for _, existing := range r.issuer.order {
				c.canonical.issue(existing)
			}
		}
	}
	lines := make([]string, len(unique))
	for i := range unique {
		lines[i] = serializeQuad(&unique[i], "", "", c.canonical.issued)
	}
	slices.Sort(lines)
	labels := make(map[string]string, len(c.canonical.issued))
	for k, v := range c.canonical.issued {
		labels[k] = v
	}
	return strings.Join(lines, ""), labels, nil
}

type canonicalizer struct {
	bnodeQuads map[string][]*quad
	canonical  *labelIssuer
	newHash    func() hash.Hash
	calls      int
}

// labelIssuer is RDFC-1.0's identifier issuer: labels in issue order.
type labelIssuer struct {
	prefix string
	issued map[string]string
	order  []string
}

func newIssuer(prefix string) *labelIssuer {
	return &labelIssuer{prefix: prefix, issued: map[string]string{}}
}

func (i *labelIssuer) has(id string) bool { _, ok := i.issued[id]; return ok }

func (i *labelIssuer) issue(id string) string {
	if v, ok := i.issued[id]; ok {
		return v
	}
	v := fmt.Sprintf("%s%d", i.prefix, len(i.order))
	i.issued[id] = v
	i.order = append(i.order, id)
	return v
}

func (i *labelIssuer) clone() *labelIssuer {
	out := &labelIssuer{prefix: i.prefix, issued: make(map[string]string, len(i.issued)), order: slices.Clone(i.order)}
	for k, v := range i.issued {
		out.issued[k] = v
	}
	return out
}

func (c *canonicalizer) sum(s string) string {
	h := c.newHash()
	h.Write([]byte(s))
	return hex.EncodeToString(h.Sum(nil))
}

// hashFirstDegree hashes the quads that mention blank node n, n written
// _:a and every other blank node _:z.
func (c *canonicalizer) hashFirstDegree(n string) string {
	qs := c.bnodeQuads[n]
	lines := make([]string, len(qs))
	for i, q := range qs {
		lines[i] = serializeQuad(q, n, "z", nil)
	}
	slices.Sort(lines)
	return c.sum(strings.Join(lines, ""))
}

// hashRelated hashes a blank node related to another through quad q at
// position (s, o or g).
func (c *canonicalizer) hashRelated(related string, q *quad, iss *labelIssuer, position string) string {
	var id string
	switch {
	case c.canonical.has(related):
		id = "_:" + c.canonical.issued[related]
	case iss.has(related):
		id = "_:" + iss.issued[related]
	default:
		id = c.hashFirstDegree(related)
	}
	input := position
	if position != "g" {
		input += "<" + q.p.value + ">"
	}
	return c.sum(input + id)
}

// hashNDegree is RDFC-1.0's Hash N-Degree Quads: the hash of the paths
// from id to its related blank nodes, choosing the least path over the
// permutations of nodes that hash alike.
func (c *canonicalizer) hashNDegree(id string, iss *labelIssuer) (string, *labelIssuer, error) {
	c.calls++
	if c.calls > maxNDegreeCalls {
		return "", nil, ErrCanonicalizationLimit
	}
	hashToRelated := map[string][]string{}
	for _, q := range c.bnodeQuads[id] {
		for _, pos := range []struct {
			t    *term
			name string
		}{{&q.s, "s"}, {&q.o, "o"}, {&q.g, "g"}} {
			if pos.t.kind == termBlank && pos.t.value != id {
				h := c.hashRelated(pos.t.value, q, iss, pos.name)
				hashToRelated[h] = append(hashToRelated[h], pos.t.value)
			}
		}
	}
	related := make([]string, 0, len(hashToRelated))
	for h := range hashToRelated {
		related = append(related, h)
	}
	slices.Sort(related)
	var data strings.Builder
	for _, rh := range related {
		data.WriteString(rh)
		chosenPath := ""
		var chosenIssuer *labelIssuer
		var failed error
		permute(hashToRelated[rh], func(perm []string) bool {
			issCopy := iss.clone()
			path := ""
			var recursion []string
			for _, r := range perm {
				if c.canonical.has(r) {
					path += "_:" + c.canonical.issued[r]
				} else {
					if !issCopy.has(r) {
						recursion = append(recursion, r)
					}
					path += "_:" + issCopy.issue(r)
				}
				if chosenPath != "" && len(path) >= len(chosenPath) && path > chosenPath {
					return true
				}
			}
			for _, r := range recursion {
				h, next, err := c.hashNDegree(r, issCopy)
				if err != nil {
					failed = err
					return false
				}
				path += "_:" + issCopy.issue(r) + "<" + h + ">"
				issCopy = next
				if chosenPath != "" && len(path) >= len(chosenPath) && path > chosenPath {
					return true
				}
			}
			if chosenPath == "" || path < chosenPath {
				chosenPath, chosenIssuer = path, issCopy
			}
			return true
		})
		if failed != nil {
			return "", nil, failed
		}
		data.WriteString(chosenPath)
		iss = chosenIssuer
	}
	return c.sum(data.String()), iss, nil
}

// permute calls f with every permutation of list (Heap's algorithm) until
// f returns false.
func permute(list []string, f func([]string) bool) {
	a := slices.Clone(list)
	n := len(a)
	idx := make([]int, n)
	if !f(a) {
		return
	}
	for i := 0; i < n; {
		if idx[i] < i {
			if i%2 == 0 {
				a[0], a[i] = a[i], a[0]
			} else {
				a[idx[i]], a[i] = a[i], a[idx[i]]
			}
			if !f(a) {
				return
			}
			idx[i]++
			i = 0
		} else {
			idx[i] = 0
			i++
		}
	}
}

// serializeQuad writes a quad as a canonical N-Quads line. With self set,
// blank node self is written _:a and others _:<other> (first degree
// hashing); with labels, blank nodes get their canonical labels.
func serializeQuad(q *quad, self, other string, labels map[string]string) string {
	var b strings.Builder
	writeTerm(&b, &q.s, self, other, labels)
	b.WriteByte(' ')
	writeTerm(&b, &q.p, self, other, labels)
	b.WriteByte(' ')
	writeTerm(&b, &q.o, self, other, labels)
	if q.g.kind != termNone {
		b.WriteByte(' ')
		writeTerm(&b, &q.g, self, other, labels)
	}
	b.WriteString(" .\n")
	return b.String()
}

func writeTerm(b *strings.Builder, t *term, self, other string, labels map[string]string) {
	switch t.kind {
	case termIRI:
		b.WriteByte('<')
		b.WriteString(t.value)
		b.WriteByte('>')
	case termBlank:
		b.WriteString("_:")
		switch {
		case self != "" && t.value == self:
			b.WriteString("a")
		case self != "":
			b.WriteString(other)
		case labels != nil:
			b.WriteString(labels[t.value])
		default:
			b.WriteString(t.value)
		}
	case termLiteral:
		b.WriteByte('"')
		escapeLiteral(b, t.value)
		b.WriteByte('"')
		switch {
		case t.language != "":
			b.WriteByte('@')
			b.WriteString(t.language)
		case t.datatype != "" && t.datatype != xsdString:
			b.WriteString("^^<")
			b.WriteString(t.datatype)
			b.WriteByte('>')
		}
	}
}

// escapeLiteral writes a literal's lexical form as canonical N-Quads does:
// \" \\ \n \r \b \t \f, other controls as \uXXXX, everything else as is.
func escapeLiteral(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\b':
			b.WriteString(`\b`)
		case '\t':
			b.WriteString(`\t`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
}

// toQuads is the JSON-LD Deserialize-to-RDF algorithm on an expanded
// document, as json-gold's ToRDF runs it (its node map, its blank node
// labels, the statements it drops), writing mifm's quads directly. The
// IRI check json-gold makes on every term of every quad (a URL regular
// expression, half the time of verifying a credential) is made once per
// IRI: valid answers whether an IRI is kept, and a Canonicalizer
// remembers its answers.
func toQuads(expanded []any, valid func(string) bool) ([]quad, error) {
	api := ld.NewJsonLdApi()
	issuer := ld.NewIdentifierIssuer("_:b")
	nodeMap := map[string]any{"@default": map[string]any{}}
	if _, err := api.GenerateNodeMap(expanded, nodeMap, "@default", issuer, "", "", nil); err != nil {
		return nil, err
	}
	var out []quad
	for _, graphName := range ld.GetKeys(nodeMap) {
		if ld.IsRelativeIri(graphName) {
			continue
		}
		var g term
		switch {
		case graphName == "@default":
		case strings.HasPrefix(graphName, "_:"):
			g = term{kind: termBlank, value: graphName[2:]}
		default:
			g = term{kind: termIRI, value: graphName}
		}
		graph, _ := nodeMap[graphName].(map[string]any)
		var triples []quad
		for _, id := range ld.GetKeys(graph) {
			if ld.IsRelativeIri(id) {
				continue
			}
			node, _ := graph[id].(map[string]any)
			for _, property := range ld.GetOrderedKeys(node) {
				var values []any
				switch {
				case property == "@type":
					values, _ = node["@type"].([]any)
					property = rdfType
				case ld.IsKeyword(property), strings.HasPrefix(property, "_:"), ld.IsRelativeIri(property):
					continue
				default:
					values, _ = node[property].([]any)
				}
				subject := nodeTerm(id)
				predicate := term{kind: termIRI, value: property}
				for _, item := range values {
					var object term
					var ok bool
					object, ok, triples = objectTerm(item, issuer, g, triples)
					if ok {
						triples = append(triples, quad{s: subject, p: predicate, o: object, g: g})
					}
				}
			}
		}
		for _, t := range triples {
			if termKept(t.s, valid) && termKept(t.p, valid) && termKept(t.o, valid) && termKept(t.g, valid) {
				out = append(out, t)
			}
		}
	}
	return out, nil
}

const (
	rdfType  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	rdfFirst = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
	rdfRest  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
	rdfNil   = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"
	rdfJSON  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"
	xsdBool  = "http://www.w3.org/2001/XMLSchema#boolean"
	xsdInt   = "http://www.w3.org/2001/XMLSchema#integer"
	xsdDbl   = "http://www.w3.org/2001/XMLSchema#double"
)

var validLanguage = regexp.MustCompile("^[a-zA-Z]+(-[a-zA-Z0-9]+)*$")

// termKept is json-gold's statement check: IRIs (and literal datatypes)
// must pass valid, language tags must be well formed.
func termKept(t term, valid func(string) bool) bool {
	switch t.kind {
	case termIRI:
		return valid(t.value)
	case termLiteral:
		if t.language != "" && !validLanguage.MatchString(t.language) {
			return false
		}
		return t.datatype == "" || valid(t.datatype)
	}
	return true
}

func nodeTerm(id string) term {
	if strings.HasPrefix(id, "_:") {
		return term{kind: termBlank, value: id[2:]}
	}
	return term{kind: termIRI, value: id}
}

// objectTerm converts a value, list or node reference to a term, adding
// the statements of a list to triples; ok is false for a relative IRI.
func objectTerm(item any, issuer *ld.IdentifierIssuer, g term, triples []quad) (term, bool, []quad) {
	switch {
	case ld.IsValue(item):
		m := item.(map[string]any)
		value := m["@value"]
		datatype, hasType := m["@type"].(string)
		if datatype == "@json" {
			b, err := json.Marshal(value)
			if err == nil {
				b, err = jcs.Transform(b)
			}
			if err != nil {
				return term{}, false, triples
			}
			return term{kind: termLiteral, value: string(b), datatype: rdfJSON}, true, triples
		}
		lit := func(v, dt string) term {
			if hasType {
				dt = datatype
			}
			return term{kind: termLiteral, value: v, datatype: dt}
		}
		f, isFloat := value.(float64)
		if n, isNumber := value.(json.Number); isNumber {
			var err error
			f, err = n.Float64()
			isFloat = err == nil
		}
		switch v := value.(type) {
		case bool:
			return lit(strconv.FormatBool(v), xsdBool), true, triples
		}
		if isFloat {
			if f != float64(int64(f)) || datatype == xsdDbl {
				return lit(ld.GetCanonicalDouble(f), xsdDbl), true, triples
			}
			return lit(strconv.FormatInt(int64(f), 10), xsdInt), true, triples
		}
		s, _ := value.(string)
		if lang, ok := m["@language"].(string); ok {
			t := lit(s, rdfLangString)
			t.language = lang
			return t, true, triples
		}
		return lit(s, xsdString), true, triples
	case ld.IsList(item):
		list, _ := item.(map[string]any)["@list"].([]any)
		if len(list) == 0 {
			return term{kind: termIRI, value: rdfNil}, true, triples
		}
		head := term{kind: termBlank, value: strings.TrimPrefix(issuer.GetId(""), "_:")}
		subj := head
		for i, x := range list {
			obj, ok, more := objectTerm(x, issuer, g, triples)
			triples = more
			next := term{kind: termIRI, value: rdfNil}
			if i < len(list)-1 {
				next = term{kind: termBlank, value: strings.TrimPrefix(issuer.GetId(""), "_:")}
			}
			if ok {
				triples = append(triples, quad{s: subj, p: term{kind: termIRI, value: rdfFirst}, o: obj, g: g})
			}
			triples = append(triples, quad{s: subj, p: term{kind: termIRI, value: rdfRest}, o: next, g: g})
			subj = next
		}
		return head, true, triples
	}
	var id string
	if m, isMap := item.(map[string]any); isMap {
		id, _ = m["@id"].(string)
		if ld.IsRelativeIri(id) {
			return term{}, false, triples
		}
	} else {
		id, _ = item.(string)
	}
	return nodeTerm(id), true, triples
}
