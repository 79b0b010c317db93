package did

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"path"

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

func (l *contextLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	doc, ok := l.docs[u]
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
}

// NewCanonicalizer loads the embedded contexts.
func NewCanonicalizer() (*Canonicalizer, error) {
	l, err := newContextLoader()
	if err != nil {
		return nil, err
	}
	return &Canonicalizer{loader: l}, nil
}

// Canonicalize returns doc's canonical N-Quads.
func (c *Canonicalizer) Canonicalize(doc map[string]any) ([]byte, error) {
	// json-gold's Normalize builds its own toRDF options and loses SafeMode,
	// so the two halves are called here with safe mode on the first.
	toRDF := ld.NewJsonLdOptions("")
	toRDF.DocumentLoader = c.loader
	toRDF.SafeMode = true
	dataset, err := ld.NewJsonLdProcessor().ToRDF(doc, toRDF)
	if err != nil {
		return nil, canonError(err)
	}
	ds, ok := dataset.(*ld.RDFDataset)
	if !ok {
		return nil, fmt.Errorf("canonicalize: json-gold returned %T", dataset)
	}
	opts := ld.NewJsonLdOptions("")
	opts.Algorithm = ld.AlgorithmURDNA2015
	opts.Format = "application/n-quads"
	out, err := ld.NewJsonLdApi().Normalize(ds, opts)
	if err != nil {
		return nil, canonError(err)
	}
	s, ok := out.(string)
	if !ok {
		return nil, fmt.Errorf("canonicalize: json-gold returned %T", out)
	}
	return []byte(s), nil
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
