package did

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/piprate/json-gold/ld"
)

// contexts are the JSON-LD contexts mifm holds (sources in
// testdata/SOURCES.md). Nothing else is ever fetched: a credential that
// needs another context is refused.
//
//go:embed contexts
var contexts embed.FS

// ErrUnknownContext is returned for a JSON-LD context mifm does not hold.
var ErrUnknownContext = errors.New("unknown JSON-LD context")

// contextLoader serves the embedded contexts to json-gold.
type contextLoader struct {
	docs map[string]any
}

func newContextLoader() (*contextLoader, error) {
	data, err := contexts.ReadFile("contexts/context-map.json")
	if err != nil {
		return nil, err
	}
	var files map[string]string
	if err := json.Unmarshal(data, &files); err != nil {
		return nil, fmt.Errorf("context map: %w", err)
	}
	l := &contextLoader{docs: map[string]any{}}
	for url, file := range files {
		raw, err := contexts.ReadFile(path.Join("contexts", file))
		if err != nil {
			return nil, fmt.Errorf("context %s: %w", url, err)
		}
		var doc any
		if err := json.Unmarshal(raw, &doc); err != nil {
			return nil, fmt.Errorf("context %s: %w", url, err)
		}
		l.docs[url] = doc
	}
	return l, nil
}

// LoadDocument hands json-gold a copy of a context: its @import writes the
// importing context's terms into the imported document, which would
// otherwise change the embedded context for every document after (and
// race with their readers).
func (l *contextLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	doc, ok := l.docs[u]
	if ok {
		doc = deepCopyJSON(doc)
	}
	if !ok {
		return nil, fmt.Errorf("%w: %s (mifm loads contexts only from its own copies and never fetches one)", ErrUnknownContext, u)
	}
	return &ld.RemoteDocument{DocumentURL: u, Document: doc}, nil
}

// Canonicalizer turns JSON-LD documents into their RDF Dataset
// Canonicalization (RDFC-1.0, which URDNA2015 implements) N-Quads, in safe
// mode: a term no context defines is an error, never silently dropped.
type Canonicalizer struct {
	loader *contextLoader

	// Parsing a context is most of the work of expanding a credential, and
	// credentials share a handful of contexts: parsed contexts are kept by
	// the JSON of the @context that made them. A parsed context is not
	// changed by expansion (json-gold copies on every change).
	parsed *lru.Cache[string, *ld.Context]
	// compiled is the compiled expansion path (expand.go), with the
	// top-level contexts it has compiled, by the JSON of the @context.
	compiled     compiler
	compiledTops *lru.Cache[string, *compiledContext]
	// iris remembers which IRIs json-gold's URL check keeps: vocabularies
	// repeat from credential to credential, the check is a long regular
	// expression. Bounded: beyond maxRememberedIRIs, IRIs are checked each
	// time.
	iris iriVerdicts
}

const maxRememberedIRIs = 1 << 14

// validIRI is json-gold's check of an IRI in a statement (an http or https
// IRI must be a URL), remembered.
func (c *Canonicalizer) validIRI(iri string) bool {
	if !strings.HasPrefix(iri, "http://") && !strings.HasPrefix(iri, "https://") {
		return true
	}
	return c.iris.check(iri, ld.IsURL)
}

// iriVerdicts remembers a check's verdict on IRIs: vocabularies repeat
// from credential to credential, and the checks are URL parses and regular
// expressions. Bounded: beyond maxRememberedIRIs, IRIs are checked each
// time.
type iriVerdicts struct {
	mu       sync.Mutex
	verdicts map[string]bool
}

func (r *iriVerdicts) check(iri string, check func(string) bool) bool {
	r.mu.Lock()
	ok, seen := r.verdicts[iri]
	r.mu.Unlock()
	if seen {
		return ok
	}
	ok = check(iri)
	r.mu.Lock()
	if r.verdicts == nil {
		r.verdicts = map[string]bool{}
	}
	if len(r.verdicts) < maxRememberedIRIs {
		r.verdicts[iri] = ok
	}
	r.mu.Unlock()
	return ok
}

// NewCanonicalizer loads the embedded contexts.
func NewCanonicalizer() (*Canonicalizer, error) {
	l, err := newContextLoader()
	if err != nil {
		return nil, err
	}
	parsed, _ := lru.New[string, *ld.Context](maxCachedContexts)
	tops, _ := lru.New[string, *compiledContext](maxCachedContexts)
	return &Canonicalizer{loader: l, parsed: parsed, compiled: compiler{loader: l}, compiledTops: tops}, nil
}

// Documents choose their contexts, so the contexts kept are bounded: the
// last maxCachedContexts used, each named by at most maxContextKey bytes of
// JSON (credentials name their contexts by URL; a longer inline context is
// parsed each time).
const (
	maxCachedContexts = 128
	maxContextKey     = 4 << 10
)

func cacheable(key string) bool { return len(key) <= maxContextKey }

// Canonicalize returns doc's canonical N-Quads.
func (c *Canonicalizer) Canonicalize(doc map[string]any) (out []byte, err error) {
	// json-gold panics on some inputs (Go ints, for one); a document from
	// outside must never bring the node down.
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("canonicalize: the JSON-LD processor failed on this document: %v", p)
		}
	}()
	list, _, err := c.expand(doc)
	if err != nil {
		return nil, err
	}
	// The RDF and RDFC-1.0 run on mifm's own code (rdfc.go, checked against
	// the W3C rdf-canon suite and byte for byte against json-gold), bounded
	// against poison graphs.
	quads, err := toQuads(list, c.validIRI)
	if err != nil {
		return nil, canonError(err)
	}
	s, _, err := canonicalize(quads, false)
	if err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// canonicalizeJSONGold is Canonicalize with json-gold's URDNA2015, kept so
// tests can check the two agree byte for byte.
func (c *Canonicalizer) canonicalizeJSONGold(doc map[string]any) ([]byte, error) {
	list, opts, err := c.expandJSONGold(doc)
	if err != nil {
		return nil, err
	}
	api := ld.NewJsonLdApi()
	dataset, err := api.ToRDF(list, opts)
	if err != nil {
		return nil, canonError(err)
	}
	opts.Algorithm = ld.AlgorithmURDNA2015
	opts.Format = "application/n-quads"
	normalized, err := api.Normalize(dataset, opts)
	if err != nil {
		return nil, canonError(err)
	}
	s, ok := normalized.(string)
	if !ok {
		return nil, fmt.Errorf("canonicalize: json-gold returned %T", normalized)
	}
	return []byte(s), nil
}

// Expand returns doc's JSON-LD expansion (safe mode, embedded contexts).
func (c *Canonicalizer) Expand(doc map[string]any) (list []any, err error) {
	defer func() {
		if p := recover(); p != nil {
			list, err = nil, fmt.Errorf("expand: the JSON-LD processor failed on this document: %v", p)
		}
	}()
	list, _, err = c.expand(doc)
	return list, err
}

// expand runs the JSON-LD expansion algorithm: on the compiled path when
// it takes the document, else json-gold's.
func (c *Canonicalizer) expand(doc map[string]any) ([]any, *ld.JsonLdOptions, error) {
	if list, err := c.expandCompiled(doc); err == nil {
		return list, nil, nil
	}
	return c.expandJSONGold(doc)
}

// expandCompiled runs the compiled path (expand.go); errOffPath when it
// does not take the document.
func (c *Canonicalizer) expandCompiled(doc map[string]any) ([]any, error) {
	local := doc["@context"]
	key, err := contextKey(local)
	if err != nil {
		return nil, errOffPath
	}
	active, ok := c.compiledTops.Get(key)
	if !ok {
		root := &compiledContext{terms: map[string]*compiledTerm{}, budget: new(atomic.Int32)}
		if active, err = c.compiled.parse(root, local, true, false, nil); err != nil {
			return nil, err
		}
		if cacheable(key) {
			c.compiledTops.Add(key, active)
		}
	}
	body := make(map[string]any, len(doc))
	for k, v := range doc {
		if k != "@context" {
			body[k] = v
		}
	}
	expanded, err := c.compiled.expand(active, "", body, nil)
	if err != nil {
		return nil, err
	}
	list := expandedList(expanded)
	wrapPresentedGraphs(list)
	return list, nil
}

// expandJSONGold runs json-gold's expansion with a cached active context.
// json-gold's Normalize builds its own toRDF options and loses SafeMode, so
// Canonicalize calls expansion, toRDF and normalization one by one.
func (c *Canonicalizer) expandJSONGold(doc map[string]any) ([]any, *ld.JsonLdOptions, error) {
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = c.loader
	opts.SafeMode = true
	active, err := c.context(doc["@context"], opts)
	if err != nil {
		return nil, nil, canonError(err)
	}
	body := make(map[string]any, len(doc))
	for k, v := range doc {
		if k != "@context" {
			body[k] = v
		}
	}
	expanded, err := ld.NewJsonLdApi().Expand(active, "", body, opts, false, nil)
	if err != nil {
		return nil, nil, canonError(err)
	}
	list := expandedList(expanded)
	wrapPresentedGraphs(list)
	return list, opts, nil
}

// expandedList takes the last steps of the expansion algorithm, as
// json-gold's JsonLdProcessor.Expand takes them.
func expandedList(expanded any) []any {
	var list []any
	switch e := expanded.(type) {
	case nil:
	case []any:
		list = e
	case map[string]any:
		if g, ok := e["@graph"]; ok && len(e) == 1 {
			if gl, ok := g.([]any); ok {
				list = gl
			} else {
				list = []any{g}
			}
		} else if len(e) > 0 {
			list = []any{e}
		}
	default:
		list = []any{e}
	}
	return list
}

// context returns the parsed active context of a document's @context.
func (c *Canonicalizer) context(local any, opts *ld.JsonLdOptions) (*ld.Context, error) {
	key, err := json.Marshal(local)
	if err != nil {
		return nil, fmt.Errorf("@context: %w", err)
	}
	if active, ok := c.parsed.Get(string(key)); ok {
		return active, nil
	}
	active := ld.NewContext(nil, opts)
	if local != nil {
		if active, err = active.Parse(local); err != nil {
			return nil, err
		}
	}
	if cacheable(string(key)) {
		c.parsed.Add(string(key), active)
	}
	return active, nil
}

// ErrUndefinedTerm is returned for a property no context defines: it would
// be dropped from what is signed, so it is refused instead.
var ErrUndefinedTerm = errors.New("a property is defined by no JSON-LD context")

func canonError(err error) error {
	if errors.Is(err, ErrUnknownContext) {
		return err
	}
	var ldErr *ld.JsonLdError
	if errors.As(err, &ldErr) {
		if inner, ok := ldErr.Details.(error); ok && errors.Is(inner, ErrUnknownContext) {
			return inner
		}
		if ldErr.Code == ld.InvalidProperty {
			return fmt.Errorf("%w (JSON-LD safe mode): %v", ErrUndefinedTerm, ldErr.Details)
		}
	}
	return fmt.Errorf("canonicalize: %w", err)
}

// The credentials contexts (1.1 and 2.0) scope verifiableCredential to
// VerifiablePresentation as a @graph container with a null scoped context,
// and json-gold's expansion loses the container there: each credential of
// a presentation must be a graph of its own (as jsonld.js, and so the
// @digitalbazaar stack, expand it), not the presentation's triples.
const (
	iriVerifiablePresentation = "https://www.w3.org/2018/credentials#VerifiablePresentation"
	iriVerifiableCredential   = "https://www.w3.org/2018/credentials#verifiableCredential"
)

// wrapPresentedGraphs wraps each credential of an expanded presentation in
// a graph object, as the @graph container asks.
func wrapPresentedGraphs(list []any) {
	for _, n := range list {
		node, ok := n.(map[string]any)
		if !ok {
			continue
		}
		types, _ := node["@type"].([]any)
		if !slices.Contains(types, any(iriVerifiablePresentation)) {
			continue
		}
		values, _ := node[iriVerifiableCredential].([]any)
		for i, v := range values {
			if m, isMap := v.(map[string]any); isMap {
				if _, isGraph := m["@graph"]; isGraph {
					continue
				}
			}
			values[i] = map[string]any{"@graph": []any{v}}
		}
	}
}

// deepCopyJSON copies decoded JSON: maps, arrays and scalars.
func deepCopyJSON(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = deepCopyJSON(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = deepCopyJSON(x)
		}
		return out
	}
	return v
}
