package did

import (
	"encoding/json"
	"errors"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/piprate/json-gold/ld"
)

// The compiled expansion path: JSON-LD 1.1 expansion (the W3C JSON-LD 1.1
// Processing Algorithms, 4.1 and 5.1) for the part of JSON-LD that
// credentials use, over active contexts compiled once into Go structures
// and derived contexts (type-scoped, property-scoped, remote) remembered,
// where json-gold copies and re-parses a context each time a type or a
// property scopes one. It gives json-gold's expansion, value for value
// (TestCompiledExpansionAgreesWithJSONGold, FuzzCompiledExpansion); every
// document or context it does not take (a feature outside the subset, or
// anything json-gold would refuse) goes to json-gold, which expands it or
// gives the error. So the path never decides a refusal; it only makes the
// common case fast.

// errOffPath says the compiled path does not take a document.
var errOffPath = errors.New("JSON-LD outside the compiled expansion path")

// compiledTerm is a term definition.
type compiledTerm struct {
	null      bool   // mapped to null: the term expands to nothing
	id        string // IRI or keyword
	typ       string // type mapping: "@id", "@vocab", "@json", "@none" or an IRI
	graph     bool   // @container includes @graph
	list      bool   // @container is @list
	container []any  // @container as written, for comparing redefinitions
	scoped    any    // a scoped @context, when hasScoped
	hasScoped bool
	protected bool
	prefix    bool // usable as the prefix of a compact IRI
	prefixSet bool // json-gold decided prefix (it fails on a term it did not)
	hasColon  bool
}

func (t *compiledTerm) sameAs(o *compiledTerm) bool {
	return t.null == o.null && t.id == o.id && t.typ == o.typ &&
		t.prefix == o.prefix && t.prefixSet == o.prefixSet && t.hasColon == o.hasColon &&
		reflect.DeepEqual(t.container, o.container) &&
		t.hasScoped == o.hasScoped && reflect.DeepEqual(t.scoped, o.scoped)
}

// compiledContext is an active context; never changed once made.
type compiledContext struct {
	terms     map[string]*compiledTerm
	vocab     string
	hasVocab  bool
	protected bool // a term was ever protected in it (json-gold's rule for nulling)
	previous  *compiledContext
	// budget counts the derived contexts remembered under one top-level
	// context, shared by all of them: nesting chooses the derivations, so
	// a document could otherwise grow the tree without end.
	budget *atomic.Int32

	mu      sync.Mutex
	derived map[derivation]*compiledContext
}

// derivation names a context derived from another: a scoped context of a
// compiled term, applied with the flags json-gold applies it with.
type derivation struct {
	term      *compiledTerm
	propagate bool
	override  bool
}

// maxDerived bounds the contexts remembered under one top-level context;
// a credential's derive a dozen or so.
const maxDerived = 64

func (c *compiledContext) clone() *compiledContext {
	return &compiledContext{
		terms: maps.Clone(c.terms), vocab: c.vocab, hasVocab: c.hasVocab,
		protected: c.protected, previous: c.previous, budget: c.budget,
	}
}

// compiler compiles contexts from the embedded context documents.
type compiler struct {
	loader *contextLoader

	// absolutes remembers json-gold's IsAbsoluteIri (a URL parse) for the
	// IRIs documents repeat.
	absolutes iriVerdicts
}

func (k *compiler) absolute(iri string) bool { return k.absolutes.check(iri, ld.IsAbsoluteIri) }

// isKeyword is json-gold's IsKeyword on a string, without its interface
// comparisons.
func isKeyword(s string) bool {
	if len(s) < 3 || s[0] != '@' {
		return false
	}
	switch s {
	case "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit",
		"@json", "@id", "@included", "@index", "@first", "@graph", "@import", "@language",
		"@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve", "@propagate",
		"@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab":
		return true
	}
	return false
}

// derive applies a term's scoped context to ctx, remembered.
func (k *compiler) derive(ctx *compiledContext, t *compiledTerm, propagate, override bool) (*compiledContext, error) {
	key := derivation{t, propagate, override}
	ctx.mu.Lock()
	d, ok := ctx.derived[key]
	ctx.mu.Unlock()
	if ok {
		return d, nil
	}
	d, err := k.parse(ctx, t.scoped, propagate, override, nil)
	if err != nil {
		return nil, err
	}
	if ctx.budget == nil || ctx.budget.Add(1) > maxDerived {
		return d, nil // not remembered: parsed again next time
	}
	ctx.mu.Lock()
	if ctx.derived == nil {
		ctx.derived = map[derivation]*compiledContext{}
	}
	ctx.derived[key] = d
	ctx.mu.Unlock()
	return d, nil
}

// parse is the context processing algorithm (json-gold's Context.parse).
func (k *compiler) parse(ctx *compiledContext, local any, propagate, override bool, remote []string) (*compiledContext, error) {
	contexts := arrayify(local)
	if len(contexts) == 0 {
		return ctx, nil
	}
	if first, ok := contexts[0].(map[string]any); ok {
		if _, ok := first["@propagate"]; ok {
			return nil, errOffPath
		}
	}
	result := ctx.clone()
	if !propagate && result.previous == nil {
		result.previous = ctx
	}
	for _, c := range contexts {
		switch c := c.(type) {
		case nil:
			if !override && result.protected {
				return nil, errOffPath
			}
			empty := &compiledContext{terms: map[string]*compiledTerm{}, budget: result.budget}
			if !propagate {
				empty.previous = result
			}
			result = empty
		case string:
			// json-gold refuses a URL twice in one @context array, and
			// hands a remote context's own @context an empty list.
			if slices.Contains(remote, c) || len(remote) > 16 {
				return nil, errOffPath
			}
			remote = append(remote, c)
			doc, ok := k.loader.docs[c].(map[string]any)
			if !ok {
				return nil, errOffPath
			}
			inner, ok := doc["@context"]
			if !ok {
				return nil, errOffPath
			}
			var err error
			if result, err = k.parse(result, inner, true, override, nil); err != nil {
				return nil, err
			}
		case map[string]any:
			if err := k.define(result, c, override); err != nil {
				return nil, err
			}
		default:
			return nil, errOffPath
		}
	}
	return result, nil
}

// define processes one context object into result (steps 5.5 to 5.13).
func (k *compiler) define(result *compiledContext, local map[string]any, override bool) error {
	if _, nested := local["@context"]; nested {
		return errOffPath
	}
	protectedDefault := false
	for key, v := range local {
		switch key {
		case "@version":
			if v != 1.1 {
				return errOffPath
			}
		case "@vocab":
			switch v := v.(type) {
			case nil:
				result.vocab, result.hasVocab = "", false
			case string:
				iri, err := k.expandIRI(result, v, true, true, nil, nil)
				if err != nil || !strings.Contains(iri, ":") {
					return errOffPath
				}
				result.vocab, result.hasVocab = iri, true
			default:
				return errOffPath
			}
		case "@protected":
			b, ok := v.(bool)
			if !ok {
				return errOffPath
			}
			protectedDefault = b
		default:
			if strings.HasPrefix(key, "@") {
				return errOffPath // @base, @language, @direction, @import, @propagate, …
			}
		}
	}
	d := &definer{k: k, ctx: result, local: local, defined: map[string]bool{}, protectedDefault: protectedDefault}
	for key := range local {
		if strings.HasPrefix(key, "@") {
			continue
		}
		if err := d.term(key, override); err != nil {
			return err
		}
	}
	return nil
}

// definer creates the term definitions of one context object (the create
// term definition algorithm, 4.2), recursing into the terms a definition
// uses as prefixes.
type definer struct {
	k                *compiler
	ctx              *compiledContext
	local            map[string]any
	defined          map[string]bool // false: being defined
	protectedDefault bool
}

// term defines term. override is whether a protected term may be
// redefined: true for a property-scoped context's own terms, false for a
// term defined because another uses it (json-gold's IRI expansion defines
// those without override).
func (d *definer) term(term string, override bool) error {
	if done, seen := d.defined[term]; seen {
		if done {
			return nil
		}
		return errOffPath // a cycle: json-gold's error
	}
	d.defined[term] = false
	value := d.local[term]
	m, isMap := value.(map[string]any)
	if idv, hasID := m["@id"]; value == nil || (isMap && hasID && idv == nil) {
		if prev := d.ctx.terms[term]; prev != nil && prev.protected && !override {
			return errOffPath
		}
		d.ctx.terms[term] = &compiledTerm{null: true}
		d.defined[term] = true
		return nil
	}
	s, simple := value.(string)
	if simple {
		m = map[string]any{"@id": s}
	} else if !isMap {
		return errOffPath
	}
	prev := d.ctx.terms[term]
	delete(d.ctx.terms, term)
	for key := range m {
		switch key {
		case "@id", "@type", "@container", "@context", "@protected":
		default:
			return errOffPath // @reverse, @language, @index, @nest, @prefix, @direction
		}
	}
	def := &compiledTerm{hasColon: strings.Index(term, ":") > 0}
	if idv, hasID := m["@id"]; hasID {
		id, ok := idv.(string)
		if !ok {
			return errOffPath
		}
		if term != id {
			if !isKeyword(id) && ignoredKeyword(id) {
				return errOffPath
			}
			res, err := d.k.expandIRI(d.ctx, id, false, true, d.local, d)
			if err != nil {
				return err
			}
			if !isKeyword(res) && !d.k.absolute(res) || res == "@context" {
				return errOffPath
			}
			if iriLikeTerm(term) {
				return errOffPath
			}
			def.id = res
			def.prefix = !def.hasColon && simple && res != "" && strings.ContainsRune(":/?#[]@", rune(res[len(res)-1]))
			def.prefixSet = true
		}
	}
	if def.id == "" {
		if def.hasColon || !d.ctx.hasVocab {
			return errOffPath
		}
		def.id = d.ctx.vocab + term
	}
	pv, found := m["@protected"]
	p, isBool := pv.(bool)
	if found && !isBool {
		return errOffPath
	}
	def.protected = found && p || d.protectedDefault && !(found && !p)
	d.defined[term] = true
	if tv, ok := m["@type"]; ok {
		t, ok := tv.(string)
		if !ok {
			return errOffPath
		}
		switch t {
		case "@id", "@vocab", "@json", "@none":
		default:
			var err error
			if t, err = d.k.expandIRI(d.ctx, t, false, true, d.local, d); err != nil {
				return err
			}
			if !d.k.absolute(t) || strings.HasPrefix(t, "_:") {
				return errOffPath
			}
		}
		def.typ = t
	}
	if cv, ok := m["@container"]; ok {
		var names []string
		switch cv := cv.(type) {
		case string:
			names = []string{cv}
			def.container = []any{cv}
		case []any:
			for _, n := range cv {
				s, ok := n.(string)
				if !ok {
					return errOffPath
				}
				names = append(names, s)
			}
			def.container = slices.Clone(cv)
		default:
			return errOffPath
		}
		slices.Sort(names)
		switch strings.Join(names, " ") {
		case "@set":
		case "@graph", "@graph @set":
			def.graph = true
		case "@list":
			def.list = true
		default:
			return errOffPath // @index, @language, @id and @type maps
		}
	}
	if sv, ok := m["@context"]; ok {
		def.scoped, def.hasScoped = sv, true
	}
	if prev != nil && prev.protected {
		if !override {
			def.protected = true
		}
		if !prev.sameAs(def) {
			// Redefining a protected term is json-gold's error without
			// override; with it, whether json-gold meets the term with or
			// without override depends on its map order: json-gold decides.
			return errOffPath
		}
	}
	d.ctx.terms[term] = def
	if def.protected {
		d.ctx.protected = true
	}
	return nil
}

// expandIRI is IRI expansion (5.2 of the JSON-LD 1.1 API), as json-gold's
// Context.ExpandIri with an empty base.
func (k *compiler) expandIRI(ctx *compiledContext, value string, relative, vocab bool, local map[string]any, d *definer) (string, error) {
	if isKeyword(value) {
		return value, nil
	}
	if ignoredKeyword(value) {
		return "", errOffPath
	}
	if d != nil {
		if _, ok := local[value]; ok && !d.defined[value] {
			if err := d.term(value, false); err != nil {
				return "", err
			}
		}
	}
	if t, ok := ctx.terms[value]; vocab && ok {
		if t.null {
			return "", errOffPath // dropped: an error in safe mode
		}
		return t.id, nil
	}
	if i := strings.IndexByte(value, ':'); i > 0 {
		prefix, suffix := value[:i], value[i+1:]
		if prefix == "_" || strings.HasPrefix(suffix, "//") {
			return value, nil
		}
		if d != nil {
			if _, ok := local[prefix]; ok && !d.defined[prefix] {
				if err := d.term(prefix, false); err != nil {
					return "", err
				}
			}
		}
		if t, ok := ctx.terms[prefix]; ok {
			if t.null || !t.prefixSet {
				return "", errOffPath
			}
			if t.prefix {
				return t.id + suffix, nil
			}
		}
		if k.absolute(value) {
			return value, nil
		}
	}
	if vocab && ctx.hasVocab {
		return ctx.vocab + value, nil
	}
	if relative {
		return value, nil
	}
	if d != nil && ld.IsRelativeIri(value) {
		return "", errOffPath
	}
	return value, nil
}

func ignoredKeyword(s string) bool {
	if len(s) < 2 || s[0] != '@' {
		return false
	}
	for _, r := range s[1:] {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// iriLikeTerm is json-gold's `(?::[^:])|/` on a term.
func iriLikeTerm(term string) bool {
	if strings.Contains(term, "/") {
		return true
	}
	for i := 0; i+1 < len(term); i++ {
		if term[i] == ':' && term[i+1] != ':' {
			return true
		}
	}
	return false
}

func arrayify(v any) []any {
	if a, ok := v.([]any); ok {
		return a
	}
	return []any{v}
}

// expand is the expansion algorithm (5.1), as json-gold's JsonLdApi.Expand
// runs it (not framing, not inside an index map).
func (k *compiler) expand(active *compiledContext, prop string, element any, typeScoped *compiledContext) (any, error) {
	switch elem := element.(type) {
	case nil:
		return nil, nil
	case []any:
		if prop == "@list" || active.terms[prop] != nil && active.terms[prop].list {
			return nil, errOffPath
		}
		out := make([]any, 0, len(elem))
		for _, item := range elem {
			v, err := k.expand(active, prop, item, typeScoped)
			if err != nil {
				return nil, err
			}
			if vs, ok := v.([]any); ok {
				out = append(out, vs...)
			} else if v != nil {
				out = append(out, v)
			}
		}
		return out, nil
	case map[string]any:
		return k.expandMap(active, prop, elem, typeScoped)
	case string, float64, bool:
		if prop == "" || prop == "@graph" {
			return nil, nil
		}
		return k.expandValue(active, prop, elem)
	default:
		return nil, errOffPath // Go values JSON does not decode to
	}
}

func (k *compiler) expandMap(active *compiledContext, prop string, elem map[string]any, typeScoped *compiledContext) (any, error) {
	expandedProp, err := k.expandIRI(active, prop, false, true, nil, nil)
	if err != nil {
		return nil, err
	}
	propTerm := active.terms[prop]
	if typeScoped == nil && active.previous != nil {
		typeScoped = active
	}
	keys := sortedKeys(elem)
	mustRevert := true
	elemCtx, hasContext := elem["@context"]
	if typeScoped != nil && len(keys) <= 2 && !hasContext {
		for _, key := range keys {
			ek, err := k.expandIRI(typeScoped, key, false, true, nil, nil)
			if err != nil {
				return nil, err
			}
			if ek == "@value" {
				mustRevert = false
				active = typeScoped
				break
			}
			if ek == "@id" && len(keys) == 1 {
				mustRevert = false
				break
			}
		}
	}
	if mustRevert && active.previous != nil {
		active = active.previous
	}
	// json-gold applies a property-scoped context here only when it is not
	// null (it does apply a null one to the property's value below).
	if propTerm != nil && propTerm.hasScoped && propTerm.scoped != nil {
		if active, err = k.derive(active, propTerm, true, true); err != nil {
			return nil, err
		}
	}
	if hasContext {
		if active, err = k.parse(active, elemCtx, true, false, nil); err != nil {
			return nil, err
		}
	}
	typeScoped = active
	typeKey := ""
	for _, key := range keys {
		ek, err := k.expandIRI(active, key, false, true, nil, nil)
		if err != nil {
			return nil, err
		}
		if ek != "@type" {
			continue
		}
		var types []string
		switch v := elem[key].(type) {
		case string:
			types = []string{v}
		case []any:
			for _, t := range v {
				s, ok := t.(string)
				if !ok {
					return nil, errOffPath
				}
				types = append(types, s)
			}
			slices.Sort(types)
		default:
			return nil, errOffPath
		}
		for _, t := range types {
			if td := typeScoped.terms[t]; td != nil && td.hasScoped {
				if active, err = k.derive(active, td, false, false); err != nil {
					return nil, err
				}
			}
		}
		typeKey = key
	}
	result := make(map[string]any, len(elem))
	if err := k.expandObject(active, prop, expandedProp, elem, keys, result, typeKey, typeScoped); err != nil {
		return nil, err
	}
	if rval, hasValue := result["@value"]; hasValue {
		for key := range result {
			if key != "@value" && key != "@type" {
				return nil, errOffPath // @language, @index, @direction, or not allowed
			}
		}
		typ, hasType := result["@type"]
		if rval == nil && typ != "@json" {
			return nil, nil
		}
		if hasType {
			types := arrayify(typ)
			if !(len(types) == 1 && types[0] == "@json") {
				for _, t := range types {
					s, ok := t.(string)
					if !ok || !k.absolute(s) || strings.HasPrefix(s, "_:") {
						return nil, errOffPath
					}
				}
			}
		}
	} else if typ, hasType := result["@type"]; hasType {
		if _, isList := typ.([]any); !isList {
			result["@type"] = []any{typ}
		}
	}
	if prop == "" || prop == "@graph" {
		_, hasValue := result["@value"]
		_, hasID := result["@id"]
		if len(result) == 0 || hasValue || hasID && len(result) == 1 {
			return nil, nil
		}
	}
	return result, nil
}

func (k *compiler) expandObject(active *compiledContext, prop, expandedProp string, elem map[string]any, keys []string, result map[string]any, typeKey string, typeScoped *compiledContext) error {
	// json-gold reads elem[typeKey] even when no key expanded to @type
	// (typeKey ""), and so does this path, to refuse alike.
	var inputType string
	it := elem[typeKey]
	if a, ok := it.([]any); ok {
		it = nil
		if len(a) > 0 {
			it = a[len(a)-1]
		}
	}
	switch t := it.(type) {
	case nil:
	case string:
		var err error
		if inputType, err = k.expandIRI(active, t, false, true, nil, nil); err != nil {
			return err
		}
	default:
		return errOffPath
	}
	for _, key := range keys {
		if key == "@context" {
			continue
		}
		value := elem[key]
		ek, err := k.expandIRI(active, key, false, true, nil, nil)
		if err != nil {
			return err
		}
		if isKeyword(ek) {
			if expandedProp == "@reverse" {
				return errOffPath
			}
			_, seen := result[ek]
			if seen && ek != "@type" {
				return errOffPath
			}
			var ev any
			switch ek {
			case "@id":
				s, ok := value.(string)
				if !ok {
					return errOffPath
				}
				if ev, err = k.expandIRI(active, s, true, false, nil, nil); err != nil {
					return err
				}
			case "@type":
				switch v := value.(type) {
				case string:
					t, err := k.expandIRI(typeScoped, v, true, true, nil, nil)
					if err != nil {
						return err
					}
					ev = t
					if seen {
						ev = append(arrayify(result[ek]), t)
					}
				case []any:
					var ts []any // nil for [], as json-gold leaves it
					for _, item := range v {
						s, ok := item.(string)
						if !ok {
							return errOffPath
						}
						t, err := k.expandIRI(typeScoped, s, true, true, nil, nil)
						if err != nil {
							return err
						}
						ts = append(ts, t)
					}
					ev = ts
				default:
					return errOffPath
				}
			case "@graph":
				g, err := k.expand(active, "@graph", value, nil)
				if err != nil {
					return err
				}
				ev = arrayify(g)
			case "@value":
				switch value.(type) {
				case map[string]any, []any:
					if inputType != "@json" {
						return errOffPath
					}
				}
				if value == nil {
					result["@value"] = nil
					continue
				}
				ev = value
			default:
				return errOffPath // @language, @list, @set, @reverse, @nest, @included, @index, …
			}
			if ev != nil {
				result[ek] = ev
			}
			continue
		}
		if ek == "" || !strings.Contains(ek, ":") {
			return errOffPath // dropped: an error in safe mode
		}
		termCtx := active
		td := active.terms[key]
		if td != nil && td.hasScoped {
			if termCtx, err = k.derive(active, td, true, true); err != nil {
				return err
			}
		}
		var ev any
		if td != nil && td.typ == "@json" {
			ev = map[string]any{"@type": "@json", "@value": value}
		} else if ev, err = k.expand(termCtx, key, value, nil); err != nil {
			return err
		}
		if ev == nil {
			continue
		}
		if tc := termCtx.terms[key]; tc != nil {
			if tc.list {
				return errOffPath
			}
			if tc.graph {
				items := arrayify(ev)
				graphs := make([]any, len(items))
				for i, item := range items {
					graphs[i] = map[string]any{"@graph": arrayify(item)}
				}
				ev = graphs
			}
		}
		list, _ := result[ek].([]any)
		if evs, ok := ev.([]any); ok {
			list = append(list, evs...)
		} else {
			list = append(list, ev)
		}
		if list == nil {
			list = []any{}
		}
		result[ek] = list
	}
	return nil
}

// expandValue is value expansion (5.3), as json-gold's Context.ExpandValue.
func (k *compiler) expandValue(ctx *compiledContext, prop string, value any) (any, error) {
	td := ctx.terms[prop]
	if td != nil && td.null {
		td = nil
	}
	if td != nil && (td.typ == "@id" || td.typ == "@vocab") {
		if s, ok := value.(string); ok {
			iri, err := k.expandIRI(ctx, s, true, td.typ == "@vocab", nil, nil)
			if err != nil {
				return nil, err
			}
			return map[string]any{"@id": iri}, nil
		}
		return map[string]any{"@value": value}, nil
	}
	if td != nil && td.typ != "" && td.typ != "@none" {
		return map[string]any{"@value": value, "@type": td.typ}, nil
	}
	return map[string]any{"@value": value}, nil
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// contextKey is the key a document's top-level @context is remembered by.
func contextKey(local any) (string, error) {
	b, err := json.Marshal(local)
	return string(b), err
}
