package did

import (
	"context"
	"crypto"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
)

// Resolution is a W3C DID Resolution result.
type Resolution struct {
	Context            string             `json:"@context"`
	Document           *Document          `json:"didDocument"`
	ResolutionMetadata ResolutionMetadata `json:"didResolutionMetadata"`
	DocumentMetadata   DocumentMetadata   `json:"didDocumentMetadata"`
}

// ResolutionMetadata says how a resolution went.
type ResolutionMetadata struct {
	ContentType string `json:"contentType,omitempty"`
	// Error is a DID Resolution error code (invalidDid, notFound,
	// methodNotSupported, internalError); Message says more.
	Error    string    `json:"error,omitempty"`
	Message  string    `json:"message,omitempty"`
	Method   string    `json:"method,omitempty"`
	Resolved time.Time `json:"resolved"`
	Cached   bool      `json:"cached"`
}

// DocumentMetadata is what a method knows about the document itself.
type DocumentMetadata struct {
	Created     *time.Time `json:"created,omitempty"`
	Updated     *time.Time `json:"updated,omitempty"`
	Deactivated bool       `json:"deactivated,omitempty"`
	VersionID   string     `json:"versionId,omitempty"`
	// NextUpdate and NextVersionID name the version after the one
	// resolved, when an older version was asked for.
	NextUpdate    *time.Time `json:"nextUpdate,omitempty"`
	NextVersionID string     `json:"nextVersionId,omitempty"`
}

// MethodResolver resolves the DIDs of one method.
type MethodResolver interface {
	Resolve(ctx context.Context, did string) (*Document, DocumentMetadata, error)
}

// VersionResolver is a method resolver that also resolves a DID as it was at
// an earlier version: the DID URL parameter versionId (did:ethr: a block).
type VersionResolver interface {
	ResolveVersion(ctx context.Context, did string, versionID uint64) (*Document, DocumentMetadata, error)
}

// MethodFunc adapts a function to MethodResolver.
type MethodFunc func(ctx context.Context, did string) (*Document, DocumentMetadata, error)

func (f MethodFunc) Resolve(ctx context.Context, did string) (*Document, DocumentMetadata, error) {
	return f(ctx, did)
}

// Options shape a Resolver.
type Options struct {
	// HTTP fetches did:web documents; nil means a client that follows no
	// redirect to plain HTTP and gives up after the method's timeout.
	HTTP *http.Client
	// TTL is how long a resolved document of a method that can change
	// (did:web, did:ethr) is served from the cache; 0 means one minute, a
	// negative value no caching. did:key and did:pkh never change and are
	// kept until the cache needs the room.
	TTL time.Duration
	// CacheSize bounds the cache, in documents, least recently used out
	// first: anyone can make the node resolve any did:key (~1 KB each);
	// 0 means DefaultCacheSize.
	CacheSize int
	// Timeouts bound one resolution per method; missing methods get 10 s.
	Timeouts map[string]time.Duration
	// KeyFormat is how did:key documents write their keys.
	KeyFormat KeyFormat
	// Now is the clock (tests); nil means time.Now.
	Now func() time.Time
}

// DefaultCacheSize is the resolver cache's size when Options leave it 0:
// about 10 MB of did:key documents.
const DefaultCacheSize = 10000

// Resolver resolves DIDs of every method it has, with a bounded cache. It
// is safe for concurrent use.
type Resolver struct {
	opts     Options
	immortal map[string]bool
	cache    *lru.Cache[string, cached]
	// issuerKeys are HTTPS issuers' published keys (IssuerKeys).
	issuerKeys *lru.Cache[string, cachedKeys]
	// keys are verification methods' public keys, decoded: a base58
	// decode, and for secp256k1 a point decompression, per signature
	// otherwise. Keyed by the method's id and key material, so a document
	// that changes its key gets the new one.
	keys *lru.Cache[keyMaterial, crypto.PublicKey]

	mu      sync.Mutex
	methods map[string]MethodResolver
}

type cached struct {
	res     Resolution
	expires time.Time // zero: never
}

// NewResolver returns a resolver for did:key, did:pkh and did:web; Register
// adds more methods.
func NewResolver(opts Options) *Resolver {
	if opts.TTL == 0 {
		opts.TTL = time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.CacheSize <= 0 {
		opts.CacheSize = DefaultCacheSize
	}
	if opts.HTTP == nil {
		opts.HTTP = &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if req.URL.Scheme != "https" {
				return fmt.Errorf("did:web redirect to %s refused: documents are fetched over HTTPS only", req.URL.Scheme)
			}
			if len(via) >= 5 {
				return errors.New("did:web: more than 5 redirects")
			}
			return nil
		}}
	}
	cache, _ := lru.New[string, cached](opts.CacheSize) // errs only for a size <= 0
	issuerKeys, _ := lru.New[string, cachedKeys](max(opts.CacheSize/8, 16))
	keys, _ := lru.New[keyMaterial, crypto.PublicKey](opts.CacheSize)
	r := &Resolver{opts: opts, methods: map[string]MethodResolver{}, immortal: map[string]bool{}, cache: cache, issuerKeys: issuerKeys, keys: keys}
	static := func(resolve func(string) (*Document, error)) MethodFunc {
		return func(_ context.Context, did string) (*Document, DocumentMetadata, error) {
			doc, err := resolve(did)
			return doc, DocumentMetadata{}, err
		}
	}
	r.methods["key"] = static(func(did string) (*Document, error) { return resolveKey(did, opts.KeyFormat) })
	r.methods["pkh"] = static(resolvePKH)
	r.methods["web"] = MethodFunc(func(ctx context.Context, did string) (*Document, DocumentMetadata, error) {
		doc, err := resolveWeb(ctx, opts.HTTP, did)
		return doc, DocumentMetadata{}, err
	})
	r.immortal["key"], r.immortal["pkh"] = true, true
	return r
}

// Register adds (or replaces) the resolver of a method.
func (r *Resolver) Register(method string, m MethodResolver) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.methods[method] = m
	for _, k := range r.cache.Keys() {
		if m, _, _ := Method(k); m == method {
			r.cache.Remove(k)
		}
	}
}

// CacheLen is how many documents the cache holds.
func (r *Resolver) CacheLen() int { return r.cache.Len() }

// Forget drops a DID's cached resolution: its document changed (a did:ethr
// update this node sent), and the next resolution reads it anew.
func (r *Resolver) Forget(did string) { r.cache.Remove(did) }

// Methods lists the methods the resolver knows.
func (r *Resolver) Methods() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, 0, len(r.methods))
	for m := range r.methods {
		out = append(out, m)
	}
	sort.Strings(out)
	return out
}

// Resolve resolves a DID, or a DID with the versionId parameter
// (did:ethr:…?versionId=N) for a method that keeps versions. On failure the
// Resolution still comes back, with its metadata's error code, beside an
// error wrapping ErrInvalidDID, ErrNotFound or ErrMethodNotSupported (or
// another cause: internalError).
func (r *Resolver) Resolve(ctx context.Context, did string) (*Resolution, error) {
	now := r.opts.Now()
	res := &Resolution{Context: "https://w3id.org/did-resolution/v1", ResolutionMetadata: ResolutionMetadata{Resolved: now.UTC()}}
	base, query, versioned := strings.Cut(did, "?")
	method, _, err := Method(base)
	if err != nil {
		return r.failed(res, err)
	}
	var version uint64
	if versioned {
		q, err := url.ParseQuery(query)
		v := q.Get("versionId")
		if err == nil && len(q) == 1 && len(q["versionId"]) == 1 {
			version, err = strconv.ParseUint(v, 10, 64)
		}
		if err != nil || len(q) != 1 || len(q["versionId"]) != 1 {
			return r.failed(res, fmt.Errorf("%w: %q: the only DID parameter mifm resolves is versionId=<number>", ErrInvalidDID, did))
		}
	}
	res.ResolutionMetadata.Method = method
	if c, ok := r.cache.Get(did); ok && (c.expires.IsZero() || now.Before(c.expires)) {
		out := c.res
		out.ResolutionMetadata.Cached = true
		return &out, nil
	}
	r.mu.Lock()
	m, ok := r.methods[method]
	r.mu.Unlock()
	if !ok {
		return r.failed(res, fmt.Errorf("%w: did:%s (mifm resolves did:%s)", ErrMethodNotSupported, method, strings.Join(r.Methods(), ", did:")))
	}
	timeout := 10 * time.Second
	if t, ok := r.opts.Timeouts[method]; ok {
		timeout = t
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var doc *Document
	var meta DocumentMetadata
	if versioned {
		vr, ok := m.(VersionResolver)
		if !ok {
			return r.failed(res, fmt.Errorf("%w: did:%s keeps no versions, so versionId does not apply", ErrInvalidDID, method))
		}
		doc, meta, err = vr.ResolveVersion(ctx, base, version)
	} else {
		doc, meta, err = m.Resolve(ctx, did)
	}
	if err != nil {
		if ctx.Err() != nil && !errors.Is(err, ErrNotFound) {
			err = fmt.Errorf("resolve %s: no answer within %s: %w", did, timeout, err)
		}
		return r.failed(res, err)
	}
	res.Document, res.DocumentMetadata = doc, meta
	res.ResolutionMetadata.ContentType = "application/did+ld+json"
	entry := cached{res: *res}
	switch {
	case r.immortal[method]:
	case r.opts.TTL < 0:
		return res, nil
	default:
		entry.expires = now.Add(r.opts.TTL)
	}
	r.cache.Add(did, entry)
	return res, nil
}

func (r *Resolver) failed(res *Resolution, err error) (*Resolution, error) {
	switch {
	case errors.Is(err, ErrInvalidPublicKeyLength):
		res.ResolutionMetadata.Error = "invalidPublicKeyLength"
	case errors.Is(err, ErrInvalidPublicKey):
		res.ResolutionMetadata.Error = "invalidPublicKey"
	case errors.Is(err, ErrUnsupportedPublicKeyType):
		res.ResolutionMetadata.Error = "unsupportedPublicKeyType"
	case errors.Is(err, ErrInvalidPublicKeyType):
		res.ResolutionMetadata.Error = "invalidPublicKeyType"
	case errors.Is(err, ErrInvalidDID):
		res.ResolutionMetadata.Error = "invalidDid"
	case errors.Is(err, ErrNotFound):
		res.ResolutionMetadata.Error = "notFound"
	case errors.Is(err, ErrMethodNotSupported):
		res.ResolutionMetadata.Error = "methodNotSupported"
	default:
		res.ResolutionMetadata.Error = "internalError"
	}
	res.ResolutionMetadata.Message = err.Error()
	return res, err
}

// keyMaterial is what a verification method's key is decoded from; a
// method with a JWK is not cached (a map is no key, and a JWK's decoding
// is light).
type keyMaterial struct {
	id, typ, multibase, base58, hex string
}

// PublicKey is vm.PublicKey, remembered by the method's id and material.
func (r *Resolver) PublicKey(vm *VerificationMethod) (crypto.PublicKey, error) {
	if vm.PublicKeyJwk != nil {
		return vm.PublicKey()
	}
	k := keyMaterial{vm.ID, vm.Type, vm.PublicKeyMultibase, vm.PublicKeyBase58, vm.PublicKeyHex}
	if pub, ok := r.keys.Get(k); ok {
		return pub, nil
	}
	pub, err := vm.PublicKey()
	if err == nil {
		r.keys.Add(k, pub)
	}
	return pub, err
}
