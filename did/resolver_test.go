package did

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestPKHVectors(t *testing.T) {
	files, _ := filepath.Glob("testdata/did-pkh/*.jsonld")
	if len(files) != 3 {
		t.Fatalf("found %d did:pkh vectors, want 3", len(files))
	}
	r := NewResolver(Options{})
	for _, f := range files {
		data, _ := os.ReadFile(f)
		var want map[string]any
		json.Unmarshal(data, &want)
		res, err := r.Resolve(context.Background(), want["id"].(string))
		if err != nil {
			t.Fatal(err)
		}
		if got := normalize(t, res.Document); !reflect.DeepEqual(got, normalize(t, want)) {
			t.Errorf("%s: document differs:\n%v", f, got)
		}
	}
}

func TestResolveErrors(t *testing.T) {
	r := NewResolver(Options{})
	cases := []struct {
		did  string
		code string
		want error
	}{
		{"not-a-did", "invalidDid", ErrInvalidDID},
		{"did:Key:z6Mk", "invalidDid", ErrInvalidDID},
		{"did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp/path", "invalidDid", ErrInvalidDID},
		{"did:example:123", "methodNotSupported", ErrMethodNotSupported},
		{"did:pkh:solana:4sGjMW1sUnHzSxGspuhpqLDx6wiyjNtZ:CKg5d12Jhpej1JqtmxLJgaFqqeYjxgPqToJ4LBdvG9Ev", "methodNotSupported", ErrMethodNotSupported},
		{"did:pkh:eip155:1:0x1234", "invalidDid", ErrInvalidDID},
		{"did:pkh:eip155:1:0xB9c5714089478a327f09197987f16f9e5d936e8a", "invalidDid", ErrInvalidDID}, // bad EIP-55 checksum
		{"did:web:example.com:..:x", "invalidDid", ErrInvalidDID},
	}
	for _, c := range cases {
		res, err := r.Resolve(context.Background(), c.did)
		if !errors.Is(err, c.want) || res.ResolutionMetadata.Error != c.code || res.Document != nil || res.ResolutionMetadata.Message == "" {
			t.Errorf("resolve %q: %v, metadata %+v; want %s", c.did, err, res.ResolutionMetadata, c.code)
		}
	}
}

// The did:web method's own examples of DIDs and where their documents live.
func TestWebURL(t *testing.T) {
	for did, want := range map[string]string{
		"did:web:w3c-ccg.github.io":                  "https://w3c-ccg.github.io/.well-known/did.json",
		"did:web:w3c-ccg.github.io:user:alice":       "https://w3c-ccg.github.io/user/alice/did.json",
		"did:web:example.com%3A3000:user:alice":      "https://example.com:3000/user/alice/did.json",
		"did:web:platform-a.example":                 "https://platform-a.example/.well-known/did.json",
		"did:web:localhost%3A8443:platforms:b:node1": "https://localhost:8443/platforms/b/node1/did.json",
	} {
		u, err := WebURL(did)
		if err != nil || u.String() != want {
			t.Errorf("WebURL(%s) = %v, %v; want %s", did, u, err, want)
		}
	}
	for _, bad := range []string{"did:web:", "did:web:%2Fetc", "did:web:a.example:%2E%2E", "did:web:a.example:b%2Fc", "did:key:z6Mk"} {
		if _, err := WebURL(bad); !errors.Is(err, ErrInvalidDID) {
			t.Errorf("WebURL(%s) error = %v, want invalidDid", bad, err)
		}
	}
}

func TestResolveWebOverTLS(t *testing.T) {
	var hits atomic.Int32
	var host string
	docs := map[string]string{}
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		hits.Add(1)
		switch req.URL.Path {
		case "/slow/did.json":
			// Longer than the resolver waits, and never a document: a
			// slow answer that still arrived would hide a lost timeout.
			select {
			case <-time.After(30 * time.Second):
			case <-req.Context().Done():
			}
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		case "/big/did.json":
			w.Write([]byte(`{"id":"` + strings.Repeat("x", maxWebDocument) + `"}`))
			return
		}
		body, ok := docs[req.URL.Path]
		if !ok {
			http.NotFound(w, req)
			return
		}
		w.Header().Set("Content-Type", "application/did+json")
		w.Write([]byte(body))
	}))
	defer srv.Close()
	host = strings.ReplaceAll(strings.TrimPrefix(srv.URL, "https://"), ":", "%3A")
	alice := "did:web:" + host + ":user:alice"
	kp, _ := NewKeyPair(Ed25519, nil)
	keyDoc, _ := resolveKey(kp.DID, FormatLegacy)
	docs["/user/alice/did.json"] = `{"@context":"https://www.w3.org/ns/did/v1","id":"` + alice + `","verificationMethod":[{"id":"` + alice + `#key-1","type":"Ed25519VerificationKey2018","controller":"` + alice + `","publicKeyBase58":"` + keyDoc.VerificationMethod[0].PublicKeyBase58 + `"}],"assertionMethod":["` + alice + `#key-1"],"service":[{"id":"` + alice + `#node","type":"MifmNode","serviceEndpoint":"https://node.example"}]}`
	docs["/.well-known/did.json"] = `{"id":"did:web:someone-else.example"}`

	now := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	r := NewResolver(Options{HTTP: srv.Client(), TTL: time.Minute, Now: func() time.Time { return now },
		// Long enough for the big document to arrive over TLS on a loaded
		// machine under the race detector, short for the slow one.
		Timeouts: map[string]time.Duration{"web": time.Second}})
	ctx := context.Background()
	res, err := r.Resolve(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	vm, ok := res.Document.VerificationMethodByID("#key-1")
	if !ok || vm.PublicKeyBase58 == "" || res.Document.Service[0].ServiceEndpoint != "https://node.example" || res.Document.Context[0] != ContextDIDv1 || res.ResolutionMetadata.Cached {
		t.Fatalf("resolution = %+v", res)
	}
	if res, _ = r.Resolve(ctx, alice); !res.ResolutionMetadata.Cached || hits.Load() != 1 {
		t.Fatalf("second resolution within the TTL: cached=%v, %d fetches", res.ResolutionMetadata.Cached, hits.Load())
	}
	now = now.Add(2 * time.Minute)
	if res, _ = r.Resolve(ctx, alice); res.ResolutionMetadata.Cached || hits.Load() != 2 {
		t.Fatalf("resolution after the TTL: cached=%v, %d fetches", res.ResolutionMetadata.Cached, hits.Load())
	}

	for _, c := range []struct {
		did, code, msg string
	}{
		{"did:web:" + host + ":nobody", "notFound", "404"},
		{"did:web:" + host, "internalError", "not of did:web:"},
		{"did:web:" + host + ":slow", "internalError", "no answer within 1s"},
		{"did:web:" + host + ":big", "internalError", "larger than"},
	} {
		res, err := r.Resolve(ctx, c.did)
		if err == nil || res.ResolutionMetadata.Error != c.code || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("resolve %s = %v (%s); want %s saying %q", c.did, err, res.ResolutionMetadata.Error, c.code, c.msg)
		}
	}

	// A plain-HTTP server is never asked: did:web is HTTPS only.
	plain := httptest.NewServer(http.NotFoundHandler())
	defer plain.Close()
	plainDID := "did:web:" + strings.ReplaceAll(strings.TrimPrefix(plain.URL, "http://"), ":", "%3A")
	if _, err := NewResolver(Options{}).Resolve(ctx, plainDID); err == nil {
		t.Fatal("resolved a did:web from a plain-HTTP server")
	}
}

// Anyone can make the node resolve any did:key: a stranger signing each
// request with a fresh key must not grow the cache past its size.
func TestResolverCacheNeverExceedsItsSize(t *testing.T) {
	const size = 64
	r := NewResolver(Options{CacheSize: size})
	ctx := context.Background()
	var first string
	for i := 0; i < 10*size; i++ {
		kp, err := NewKeyPair(Ed25519, nil)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = kp.DID
		}
		if _, err := r.Resolve(ctx, kp.DID); err != nil {
			t.Fatal(err)
		}
		if n := r.CacheLen(); n > size {
			t.Fatalf("after %d DIDs the cache holds %d, more than its %d", i+1, n, size)
		}
	}
	if res, err := r.Resolve(ctx, first); err != nil || res.ResolutionMetadata.Cached {
		t.Fatalf("the least recently used DID is still cached: %v %v", res, err)
	}
	if NewResolver(Options{}).opts.CacheSize != DefaultCacheSize {
		t.Fatal("the default cache is not bounded")
	}
}

func TestKeyResolutionsAreCachedForEver(t *testing.T) {
	now := time.Now()
	r := NewResolver(Options{TTL: time.Second, Now: func() time.Time { return now }})
	kp, _ := NewKeyPair(P256, nil)
	if res, err := r.Resolve(context.Background(), kp.DID); err != nil || res.ResolutionMetadata.Cached {
		t.Fatal(res, err)
	}
	now = now.Add(24 * time.Hour)
	if res, _ := r.Resolve(context.Background(), kp.DID); !res.ResolutionMetadata.Cached {
		t.Fatal("a did:key resolution expired from the cache")
	}
}

func TestRegisterMethod(t *testing.T) {
	r := NewResolver(Options{})
	r.Register("example", MethodFunc(func(_ context.Context, did string) (*Document, DocumentMetadata, error) {
		if did == "did:example:gone" {
			return nil, DocumentMetadata{}, ErrNotFound
		}
		return &Document{ID: did}, DocumentMetadata{VersionID: "7"}, nil
	}))
	res, err := r.Resolve(context.Background(), "did:example:123")
	if err != nil || res.Document.ID != "did:example:123" || res.DocumentMetadata.VersionID != "7" {
		t.Fatal(res, err)
	}
	if res, err := r.Resolve(context.Background(), "did:example:gone"); !errors.Is(err, ErrNotFound) || res.ResolutionMetadata.Error != "notFound" {
		t.Fatal(res, err)
	}
}

// The resolver's decoded keys are remembered by a method's id and key
// material: a document that rotates its key under the same id gets the
// new key, never the old one from the cache.
func TestResolverKeyCacheFollowsKeyMaterial(t *testing.T) {
	r := NewResolver(Options{})
	a, _ := NewKeyPair(Secp256k1, nil)
	b, _ := NewKeyPair(Secp256k1, nil)
	vmOf := func(kp *KeyPair) *VerificationMethod {
		doc, err := resolveKey(kp.DID, "")
		if err != nil {
			t.Fatal(err)
		}
		vm := doc.VerificationMethod[0]
		vm.ID = "did:web:platform.example#key-1" // one id, two keys in turn
		return &vm
	}
	for _, kp := range []*KeyPair{a, b, a} {
		vm := vmOf(kp)
		want, err := vm.PublicKey()
		if err != nil {
			t.Fatal(err)
		}
		for range 2 {
			got, err := r.PublicKey(vm)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Fatalf("key of %s: %v (%v), want %v", kp.DID, got, err, want)
			}
		}
	}
}
