package re

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/store"
)

func keySigner(t testing.TB) *Signer {
	t.Helper()
	kp, err := did.NewKeyPair(did.Ed25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp}
}

func newVerifier(t testing.TB, aud string, now time.Time) *Verifier {
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	clock := func() time.Time { return now }
	return &Verifier{Audiences: []string{aud, "http://node.test"}, Resolver: did.NewResolver(did.Options{}), Nonces: NewNonces(db, clock), Now: clock}
}

func signed(t testing.TB, s *Signer, method, target, aud string, body []byte, at time.Time) *http.Request {
	t.Helper()
	r := httptest.NewRequest(method, target, bytes.NewReader(body))
	if err := s.Sign(r, body, aud, at); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestVerifyRefusesWithTheRightReason(t *testing.T) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	me := keySigner(t)
	sender, other := keySigner(t), keySigner(t)
	body := []byte(`{"offer":"x"}`)
	cases := []struct {
		name   string
		req    func() *http.Request
		status int
		code   string
	}{
		{"accepted", func() *http.Request { return signed(t, sender, "POST", "/re/v1/channels", me.DID, body, now) }, 0, ""},
		{"by URL audience", func() *http.Request {
			return signed(t, sender, "GET", "/re/v1/manifesto", "http://node.test", nil, now)
		}, 0, ""},
		{"unsigned", func() *http.Request { return httptest.NewRequest("POST", "/re/v1/channels", bytes.NewReader(body)) }, 401, CodeSignatureMissing},
		{"forged signature", func() *http.Request {
			r := signed(t, sender, "POST", "/re/v1/channels", me.DID, body, now)
			tok := r.Header.Get(SignatureHeader)
			i := strings.LastIndexByte(tok, '.')
			sig := []byte(tok[i+1:])
			sig[5] ^= 1
			r.Header.Set(SignatureHeader, tok[:i+1]+string(sig))
			return r
		}, 401, CodeSignatureInvalid},
		{"signed by another key for the same DID", func() *http.Request {
			forger := &Signer{DID: sender.DID, KeyID: sender.KeyID, Key: other.Key}
			return signed(t, forger, "POST", "/re/v1/channels", me.DID, body, now)
		}, 401, CodeSignatureInvalid},
		{"impersonated DID", func() *http.Request {
			forger := &Signer{DID: sender.DID, KeyID: other.KeyID, Key: other.Key}
			return signed(t, forger, "POST", "/re/v1/channels", me.DID, body, now)
		}, 401, CodeImpersonation},
		{"stale", func() *http.Request {
			return signed(t, sender, "POST", "/re/v1/channels", me.DID, body, now.Add(-3*time.Minute))
		}, 401, CodeStale},
		{"from the future", func() *http.Request {
			return signed(t, sender, "POST", "/re/v1/channels", me.DID, body, now.Add(time.Minute))
		}, 401, CodeStale},
		{"another node", func() *http.Request { return signed(t, sender, "POST", "/re/v1/channels", other.DID, body, now) }, 401, CodeWrongAudience},
		{"body changed", func() *http.Request {
			r := signed(t, sender, "POST", "/re/v1/channels", me.DID, body, now)
			r.Body = httptest.NewRequest("POST", "/", strings.NewReader(`{"offer":"y"}`)).Body
			return r
		}, 400, CodeDigestMismatch},
		{"other path", func() *http.Request {
			r := signed(t, sender, "POST", "/re/v1/channels", me.DID, body, now)
			r.URL.Path, r.RequestURI = "/re/v1/virtual-bridges", "/re/v1/virtual-bridges"
			return r
		}, 401, CodeSignatureInvalid},
		{"unresolvable DID", func() *http.Request {
			forger := &Signer{DID: "did:example:123", KeyID: "did:example:123#k", Key: other.Key}
			return signed(t, forger, "POST", "/re/v1/channels", me.DID, body, now)
		}, 401, CodeUnknownSender},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := newVerifier(t, me.DID, now)
			r := tc.req()
			data := readBody(r)
			snd, p := v.Verify(context.Background(), r, data)
			if tc.code == "" {
				if p != nil || snd == nil || snd.DID != sender.DID {
					t.Fatalf("refused: %v", p)
				}
				return
			}
			if p == nil || p.Status != tc.status || p.Code != tc.code {
				t.Fatalf("got %+v, want %d %s", p, tc.status, tc.code)
			}
		})
	}
}

func readBody(r *http.Request) []byte {
	var b bytes.Buffer
	_, _ = b.ReadFrom(r.Body)
	return b.Bytes()
}

func TestReplayRefusedAlsoAfterRestart(t *testing.T) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	me, sender := keySigner(t), keySigner(t)
	dir := t.TempDir()
	db, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	clock := func() time.Time { return now }
	v := &Verifier{Audiences: []string{me.DID}, Resolver: did.NewResolver(did.Options{}), Nonces: NewNonces(db, clock), Now: clock}
	r := signed(t, sender, "POST", "/re/v1/channels/c/messages", me.DID, []byte(`{}`), now)
	hdr := r.Header.Clone()
	snd, p := v.Verify(context.Background(), r, []byte(`{}`))
	if p != nil {
		t.Fatal(p)
	}
	b := db.NewBatch()
	snd.Persist(b)
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	again := httptest.NewRequest("POST", "/re/v1/channels/c/messages", strings.NewReader(`{}`))
	again.Header = hdr.Clone()
	if _, p := v.Verify(context.Background(), again, []byte(`{}`)); p == nil || p.Code != CodeReplay {
		t.Fatalf("replay: %+v", p)
	}
	db.Close()
	db, err = store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v.Nonces = NewNonces(db, clock)
	again.Header = hdr.Clone()
	if _, p := v.Verify(context.Background(), again, []byte(`{}`)); p == nil || p.Code != CodeReplay {
		t.Fatalf("replay after restart: %+v", p)
	}
}

func FuzzVerify(f *testing.F) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	me, sender := keySigner(f), keySigner(f)
	r := signed(f, sender, "POST", "/re/v1/channels", me.DID, []byte(`{}`), now)
	f.Add(r.Header.Get(SignatureHeader), r.Header.Get(DigestHeader), []byte(`{}`))
	f.Add("a.b.c", "sha-256=::", []byte{})
	f.Add("eyJhbGciOiJub25lIn0.e30.", "", []byte("x"))
	v := newVerifier(f, me.DID, now)
	f.Fuzz(func(t *testing.T, sig, digest string, body []byte) {
		r := httptest.NewRequest("POST", "/re/v1/channels", bytes.NewReader(body))
		r.Header.Set(SignatureHeader, sig)
		r.Header.Set(DigestHeader, digest)
		snd, p := v.Verify(context.Background(), r, body)
		if (snd == nil) == (p == nil) {
			t.Fatalf("Verify returned sender %v and problem %v", snd, p)
		}
		if p != nil && (p.Status < 400 || p.Code == "" || p.Type != ProblemBase+p.Code) {
			t.Fatalf("problem %+v", p)
		}
	})
}

func BenchmarkSignVerify(b *testing.B) {
	now := time.Now()
	me, sender := keySigner(b), keySigner(b)
	v := newVerifier(b, me.DID, now)
	v.Now = nil
	body := []byte(`{"kind":"ping","body":{"n":1}}`)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := signed(b, sender, "POST", "/re/v1/channels/c/messages", me.DID, body, now)
		if _, p := v.Verify(context.Background(), r, body); p != nil {
			b.Fatal(p)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "requests/s")
}

// A did:web sender costs the node a fetch from a host the sender chose, so
// it is resolved only after every check that needs no I/O passed and the
// nonce is fresh; and what the resolution met is not told to the sender.
func TestDIDWebResolvedOnlyAfterCheapChecks(t *testing.T) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	me := keySigner(t)
	kp, err := did.NewKeyPair(did.Ed25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	web := &Signer{DID: "did:web:10.0.0.7%3A6379", KeyID: "did:web:10.0.0.7%3A6379#key-1", Key: kp}
	body := []byte(`{}`)
	cases := []struct {
		name    string
		req     func(v *Verifier) *http.Request
		code    string
		fetches int
	}{
		{"another node", func(*Verifier) *http.Request {
			return signed(t, web, "POST", "/re/v1/channels", "did:key:other", body, now)
		}, CodeWrongAudience, 0},
		{"stale", func(*Verifier) *http.Request {
			return signed(t, web, "POST", "/re/v1/channels", me.DID, body, now.Add(-time.Hour))
		}, CodeStale, 0},
		{"body changed", func(*Verifier) *http.Request {
			r := signed(t, web, "POST", "/re/v1/channels", me.DID, body, now)
			r.Header.Set(DigestHeader, Digest([]byte("x")))
			return r
		}, CodeDigestMismatch, 0},
		{"other path", func(*Verifier) *http.Request {
			r := signed(t, web, "POST", "/re/v1/channels", me.DID, body, now)
			r.URL.Path, r.RequestURI = "/re/v1/quotes", "/re/v1/quotes"
			return r
		}, CodeSignatureInvalid, 0},
		{"replayed nonce", func(v *Verifier) *http.Request {
			r := signed(t, web, "POST", "/re/v1/channels", me.DID, body, now)
			j, _ := did.ParseJWS(r.Header.Get(SignatureHeader), Typ)
			if _, err := v.Nonces.Use(web.DID, j.Claims["jti"].(string), now.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			return r
		}, CodeReplay, 0},
		{"all cheap checks pass", func(*Verifier) *http.Request { return signed(t, web, "POST", "/re/v1/channels", me.DID, body, now) }, CodeUnknownSender, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := newVerifier(t, me.DID, now)
			fetches := 0
			v.Resolver.Register("web", did.MethodFunc(func(context.Context, string) (*did.Document, did.DocumentMetadata, error) {
				fetches++
				return nil, did.DocumentMetadata{}, errors.New("dial tcp 10.0.0.7:6379: connection refused")
			}))
			r := tc.req(v)
			_, p := v.Verify(context.Background(), r, readBody(r))
			if p == nil || p.Code != tc.code {
				t.Fatalf("got %+v, want %s", p, tc.code)
			}
			if fetches != tc.fetches {
				t.Fatalf("resolved the did:web %d times, want %d", fetches, tc.fetches)
			}
			if tc.fetches > 0 && (strings.Contains(p.Detail, "10.0.0.7") || strings.Contains(p.Detail, "6379") || strings.Contains(p.Detail, "refused")) {
				t.Fatalf("the problem tells the sender what the resolution met: %q", p.Detail)
			}
		})
	}
}
