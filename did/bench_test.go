package did

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// BenchmarkResolve measures one resolution per method, from the cache and
// without it (did:web over TLS on loopback, a new connection each time).
func BenchmarkResolve(b *testing.B) {
	kp, _ := NewKeyPair(Ed25519, nil)
	var host string
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte(`{"@context":"https://www.w3.org/ns/did/v1","id":"did:web:` + host + `"}`))
	}))
	defer srv.Close()
	host = strings.ReplaceAll(strings.TrimPrefix(srv.URL, "https://"), ":", "%3A")
	for _, c := range []struct{ name, did string }{
		{"key", kp.DID}, {"pkh", "did:pkh:eip155:1:0xb9c5714089478a327f09197987f16f9e5d936e8a"}, {"web", "did:web:" + host},
	} {
		b.Run(c.name+"/uncached", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				client := srv.Client()
				client.Transport.(*http.Transport).DisableKeepAlives = true
				if _, err := NewResolver(Options{HTTP: client}).Resolve(context.Background(), c.did); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "resolutions/s")
		})
		b.Run(c.name+"/cached", func(b *testing.B) {
			r := NewResolver(Options{HTTP: srv.Client()})
			r.Resolve(context.Background(), c.did)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := r.Resolve(context.Background(), c.did); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "resolutions/s")
		})
	}
}

// BenchmarkVerifyEdDSA verifies the W3C EdDSA example credential
// (eddsa-rdfc-2022): two RDFC-1.0 canonicalizations, two SHA-256, one Ed25519
// verification; the issuer's did:key comes from the resolver's cache. Run
// with -cpu 1 for the per-core figure.
func BenchmarkVerifyEdDSA(b *testing.B) {
	e, err := NewEdDSA()
	if err != nil {
		b.Fatal(err)
	}
	doc := readJSON(b, "testdata/eddsa-rdfc-2022/signedDataInt.json")
	r := NewResolver(Options{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.Verify(context.Background(), doc, r, Expect{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
}

// BenchmarkVerifyJWT verifies a vc+jwt (EdDSA and ES256K): the JOSE header,
// the signature, the credential's data model (with JSON-LD expansion),
// issuer, validity and status. Run with -cpu 1 for the per-core figure.
func BenchmarkVerifyJWT(b *testing.B) {
	benchSecured(b, []KeyType{Ed25519, Secp256k1}, func(e *EdDSA, req IssueRequest) (func(*Resolver, time.Time) *Verification, error) {
		token, _, err := e.IssueCredentialJWT(req)
		return func(r *Resolver, now time.Time) *Verification {
			v, _ := e.VerifyCredentialJWT(context.Background(), token, r, nil, now)
			return v
		}, err
	})
}

// benchSecured issues one credential per key type with issue and measures
// the verification it returns.
func benchSecured(b *testing.B, kts []KeyType, issue func(*EdDSA, IssueRequest) (func(*Resolver, time.Time) *Verification, error)) {
	e, _ := NewEdDSA()
	holder, _ := NewKeyPair(Ed25519, nil)
	for _, kt := range kts {
		issuer, _ := NewKeyPair(kt, nil)
		verify, err := issue(e, IssueRequest{Issuer: issuer, Subject: holder.DID, Contexts: []string{ContextMifm},
			Claims: map[string]any{"membershipLevel": "gold"}})
		if err != nil {
			b.Fatal(err)
		}
		r := NewResolver(Options{})
		b.Run(string(kt), func(b *testing.B) {
			now := time.Now().Add(time.Minute)
			for b.Loop() {
				if v := verify(r, now); !v.Verified {
					b.Fatal(v.Checks)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
		})
	}
}

// BenchmarkVerifyCredentialShared verifies bench/vc/credential.json with every
// check (syntax, proof, issuer, validity, status): the input
// bench/vc-vs-digitalbazaar.sh gives the @digitalbazaar/vc stack too. Run
// with -cpu 1 for the per-core figure.
func BenchmarkVerifyCredentialShared(b *testing.B) {
	e, err := NewEdDSA()
	if err != nil {
		b.Fatal(err)
	}
	vc := readJSON(b, "../bench/vc/credential.json")
	r := NewResolver(Options{})
	now := time.Now()
	for b.Loop() {
		if v := e.VerifyCredential(context.Background(), vc, r, nil, now); !v.Verified {
			b.Fatalf("%+v", v.Checks)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
}

// BenchmarkVerifyPresentationShared verifies bench/vp/presentation.json (made
// by bench/mkvp) with every check of VerifyPresentationJWT: the holder's
// signature, challenge, domain and times, then the JWT-VC 1.1 credential
// inside (its issuer's signature, syntax, validity; it has no status, so no
// status lists). It is the input bench/vp-vs-did-jwt-vc.sh gives did-jwt-vc
// too. Run with -cpu 1 for the per-core figure.
func BenchmarkVerifyPresentationShared(b *testing.B) {
	e, err := NewEdDSA()
	if err != nil {
		b.Fatal(err)
	}
	raw, err := os.ReadFile("../bench/vp/presentation.json")
	if err != nil {
		b.Fatal(err)
	}
	var in struct{ JWT, Challenge, Domain string }
	if err := json.Unmarshal(raw, &in); err != nil {
		b.Fatal(err)
	}
	r := NewResolver(Options{})
	now := time.Now()
	for b.Loop() {
		if v, _ := e.VerifyPresentationJWT(context.Background(), in.JWT, r, nil, in.Challenge, in.Domain, now); !v.Verified {
			b.Fatalf("%+v", v.Checks)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
}

// BenchmarkVerifyProofSuites verifies each Data Integrity suite's W3C
// vector, and the four-proof chain of the EdDSA vectors, with the proof
// checks of Verify (the keys' did:key from the resolver's cache): what a
// suite costs beside eddsa-rdfc-2022. Run with -cpu 1 for the per-core
// figure.
func BenchmarkVerifyProofSuites(b *testing.B) {
	e, err := NewEdDSA()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, file string }{
		{"eddsa-rdfc-2022", "testdata/eddsa-rdfc-2022/signedDataInt.json"},
		{"eddsa-jcs-2022", "testdata/eddsa-jcs-2022/signedJCS.json"},
		{"ecdsa-rdfc-2019-p256", "testdata/vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json"},
		{"ecdsa-rdfc-2019-p384", "testdata/vc-di-ecdsa/ecdsa-rdfc-2019-p384/signedECDSAP384.json"},
		{"ecdsa-jcs-2019-p256", "testdata/vc-di-ecdsa/ecdsa-jcs-2019-p256/signedJCSECDSAP256.json"},
		{"ecdsa-jcs-2019-p384", "testdata/vc-di-ecdsa/ecdsa-jcs-2019-p384/signedJCSECDSAP384.json"},
		{"proof-chain-of-4", "testdata/proof-set-chain/signedProofChain2.json"},
	} {
		doc := readJSON(b, c.file)
		r := NewResolver(Options{})
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := e.Verify(context.Background(), doc, r, Expect{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
		})
	}
}

// BenchmarkVerifyCOSE verifies a COSE credential (application/vc+cose)
// with every check, as BenchmarkVerifyJWT does a vc+jwt.
func BenchmarkVerifyCOSE(b *testing.B) {
	benchSecured(b, []KeyType{Ed25519, P256}, func(e *EdDSA, req IssueRequest) (func(*Resolver, time.Time) *Verification, error) {
		msg, _, err := e.IssueCredentialCOSE(req)
		return func(r *Resolver, now time.Time) *Verification {
			v, _ := e.VerifyCredentialCOSE(context.Background(), msg, nil, r, nil, now)
			return v
		}, err
	})
}
