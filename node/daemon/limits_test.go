package daemon

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/re"
)

// The per-address limit keys an IPv6 peer by its /64, which one host is
// usually given whole: spreading requests over its addresses gains
// nothing. IPv4, mapped IPv4 and zones come out as one key each.
func TestClientIPKeysIPv6ByItsSlash64(t *testing.T) {
	for _, tc := range []struct{ remote, want string }{
		{"192.0.2.7:4000", "192.0.2.7"},
		{"[::ffff:192.0.2.7]:4000", "192.0.2.7"},
		{"[2001:db8:1:2:3:4:5:6]:4000", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:ffff:ffff:ffff:ffff]:1", "2001:db8:1:2::/64"},
		{"[2001:db8:1:3::1]:1", "2001:db8:1:3::/64"},
		{"[fe80::1%eth0]:1", "fe80::/64"},
		{"not an address", "not an address"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tc.remote
		if got := clientIP(r); got != tc.want {
			t.Errorf("clientIP(%s) = %q, want %q", tc.remote, got, tc.want)
		}
	}
}

// A client over its limit gets 429 with Retry-After, as a problem, before
// the node verifies anything; another address is not affected; a verified
// sender is limited by its DID whatever address it uses.
func TestRateLimitsPerAddressAndPerSender(t *testing.T) {
	p := startNodeWith(t, "platform-b.json", false, func(c *home.Config) {
		c.Net.AllowPrivate = home.Loopback
		c.Net.RatePerIP, c.Net.BurstPerIP = 0.01, 3
		c.Net.RatePerSender, c.Net.BurstPerSender = 0.01, 2
	})
	h := p.Server.Handler(apiRE)
	send := func(ip string, s *re.Signer) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", "/re/v1/manifesto", nil)
		r.RemoteAddr = ip + ":40000"
		if s != nil {
			if err := s.Sign(r, nil, p.Core.Home.Config.Platform.DID, time.Now()); err != nil {
				t.Fatal(err)
			}
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	for i := 0; i < 3; i++ {
		if w := send("192.0.2.1", nil); w.Code != http.StatusUnauthorized {
			t.Fatalf("request %d within the burst: %d", i, w.Code)
		}
	}
	w := send("192.0.2.1", nil)
	var prob re.Problem
	_ = json.Unmarshal(w.Body.Bytes(), &prob)
	if w.Code != http.StatusTooManyRequests || prob.Code != re.CodeRateLimited || w.Header().Get("Content-Type") != "application/problem+json" {
		t.Fatalf("over the limit: %d %s %+v", w.Code, w.Header().Get("Content-Type"), prob)
	}
	if s, err := strconv.Atoi(w.Header().Get("Retry-After")); err != nil || s < 1 {
		t.Fatalf("Retry-After %q", w.Header().Get("Retry-After"))
	}
	if w := send("192.0.2.2", nil); w.Code != http.StatusUnauthorized {
		t.Fatalf("another address: %d", w.Code)
	}
	peer := stranger(t, "")
	for i, ip := range []string{"198.51.100.1", "198.51.100.2"} {
		if w := send(ip, peer); w.Code != http.StatusOK {
			t.Fatalf("verified request %d: %d %s", i, w.Code, w.Body)
		}
	}
	if w := send("198.51.100.3", peer); w.Code != http.StatusTooManyRequests {
		t.Fatalf("third request of one sender from a third address: %d", w.Code)
	}
}

// 100,000 requests from strangers, each signed as a new did:key with a key
// that is not that DID's, from as many addresses: the heap and the audit
// log must not grow with them.
//
// The bound: what the node keeps per stranger is bounded by its caches, the
// resolver's (did.DefaultCacheSize documents of ~1 KB) and the two limiter
// tables (maxLimiters entries of ~300 B with their keys): about 16 MB in
// all. Before these bounds, 100,000 strangers cost about 93 MB of cached
// documents and 100,000 audit entries.
func TestStrangersFloodBoundsMemoryAndAudit(t *testing.T) {
	n := 100000
	if testing.Short() {
		n = 20000
	}
	p := startNodeWith(t, "platform-b.json", false, func(c *home.Config) {
		c.Net.AllowPrivate = home.Loopback
	})
	h := p.Server.Handler(apiRE)
	aud := p.Core.Home.Config.Platform.DID
	seq0, _ := p.Core.Audit.Head()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	errs := make(chan string, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				// A new did:key each time, and a signature made by no
				// key: what costs a stranger nothing.
				pub, _, _ := ed25519.GenerateKey(nil)
				iss, err := did.KeyDID(did.Ed25519, pub)
				if err != nil {
					errs <- err.Error()
					return
				}
				r := httptest.NewRequest("GET", "/re/v1/manifesto", nil)
				r.RemoteAddr = fmt.Sprintf("10.%d.%d.%d:5000", i>>16&255, i>>8&255, i&255)
				r.Header.Set(re.SignatureHeader, forged(iss, aud, r))
				r.Header.Set(re.DigestHeader, re.Digest(nil))
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, r)
				if rec.Code != http.StatusUnauthorized {
					errs <- fmt.Sprintf("request %d: %d %s", i, rec.Code, rec.Body)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	growth := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("%d forged requests: heap %+.1f MB, resolver cache %d, address limiters %d", n, float64(growth)/(1<<20), p.Core.Manage.Resolver.CacheLen(), p.Server.byIP.len())
	if growth > 24<<20 {
		t.Errorf("heap grew %.1f MB over %d strangers, more than the 24 MB the caches allow", float64(growth)/(1<<20), n)
	}
	if c := p.Core.Manage.Resolver.CacheLen(); c > did.DefaultCacheSize {
		t.Errorf("resolver cache holds %d documents, more than %d", c, did.DefaultCacheSize)
	}
	if l := p.Server.byIP.len(); l > maxLimiters {
		t.Errorf("%d address limiters, more than %d", l, maxLimiters)
	}
	if seq, _ := p.Core.Audit.Head(); seq-seq0 > 2 {
		t.Errorf("the audit log grew by %d entries for %d refused requests", seq-seq0, n)
	}
}

// forged is a compact JWS with the claims of a request to r from iss and a
// signature of random bytes.
func forged(iss, aud string, r *http.Request) string {
	enc := func(v any) string {
		b, _ := json.Marshal(v)
		return base64.RawURLEncoding.EncodeToString(b)
	}
	sig := make([]byte, 64)
	_, _ = rand.Read(sig)
	kid := iss + "#" + strings.TrimPrefix(iss, "did:key:")
	return enc(map[string]any{"alg": "EdDSA", "typ": re.Typ, "kid": kid}) + "." +
		enc(map[string]any{"iss": iss, "aud": aud, "htm": r.Method, "htu": r.URL.RequestURI(), "iat": time.Now().Unix(), "jti": re.Nonce(), "dig": re.Digest(nil)}) + "." +
		base64.RawURLEncoding.EncodeToString(sig)
}
