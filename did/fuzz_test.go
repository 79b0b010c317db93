package did

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

func FuzzMethod(f *testing.F) {
	for _, s := range []string{"did:key:z6Mk", "did:web:example.com%3A3000:a", "did:pkh:eip155:1:0xab", "did:", "did:a:", "did:a:b:", "did:a:%zz", "did:A:b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, id, err := Method(s)
		if err != nil {
			return
		}
		if "did:"+m+":"+id != s || m == "" || id == "" || strings.ContainsAny(s, "/?#") {
			t.Fatalf("Method(%q) = %q, %q", s, m, id)
		}
	})
}

func FuzzParseKeyDID(f *testing.F) {
	for _, kt := range []KeyType{Ed25519, Secp256k1, P256, P384, P521} {
		kp, _ := NewKeyPair(kt, nil)
		f.Add(kp.DID)
	}
	f.Add("did:key:z")
	f.Fuzz(func(t *testing.T, s string) {
		kt, pub, err := ParseKeyDID(s)
		if err != nil {
			return
		}
		again, err := KeyDID(kt, pub)
		_, id, _ := Method(s)
		if err != nil || again != "did:key:"+id[strings.LastIndex(id, ":")+1:] {
			t.Fatalf("%s parsed to %s %x, which makes %s (%v)", s, kt, pub, again, err)
		}
		if _, err := resolveKey(s, FormatMultikey); err != nil {
			t.Fatalf("parsed %s but cannot resolve it: %v", s, err)
		}
	})
}

func FuzzParseDocument(f *testing.F) {
	f.Add([]byte(`{"@context":"https://www.w3.org/ns/did/v1","id":"did:web:a.example","verificationMethod":[{"id":"did:web:a.example#k","type":"JsonWebKey2020","controller":"did:web:a.example","publicKeyJwk":{"kty":"OKP"}}]}`))
	f.Add([]byte(`{"id":"x"}`))
	f.Add([]byte(`{"@context":5,"id":"did:a:b"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ParseDocument(data)
		if err != nil {
			return
		}
		if _, _, err := Method(doc.ID); err != nil {
			t.Fatalf("accepted a document whose id %q is no DID", doc.ID)
		}
	})
}

func FuzzWebURL(f *testing.F) {
	for _, s := range []string{"did:web:a.example", "did:web:a.example%3A8443:u:v", "did:web:a:..", "did:web:%2F"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := WebURL(s)
		if err != nil {
			return
		}
		if u.Scheme != "https" || !strings.HasSuffix(u.Path, "did.json") || strings.Contains(u.Path, "/../") || u.User != nil {
			t.Fatalf("WebURL(%q) = %s", s, u)
		}
	})
}

// FuzzVerifyEdDSA feeds credentials from outside to the verifier: nothing
// may panic, and whatever verifies must say what the vector says (the same
// canonical graph: JSON-LD allows other spellings of it).
func FuzzVerifyEdDSA(f *testing.F) {
	signed, _ := os.ReadFile("testdata/eddsa-rdfc-2022/signedDataInt.json")
	f.Add(signed)
	f.Add([]byte(`{"@context":["https://www.w3.org/ns/credentials/v2"],"proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-rdfc-2022","proofValue":"z1"}}`))
	f.Add([]byte(`{"proof":[]}`))
	e, err := NewEdDSA()
	if err != nil {
		f.Fatal(err)
	}
	r := NewResolver(Options{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var doc map[string]any
		if json.Unmarshal(data, &doc) != nil {
			return
		}
		if _, err := e.Verify(context.Background(), doc, r, Expect{}); err == nil {
			delete(doc, "proof")
			got, _ := e.canon.Canonicalize(doc)
			want, _ := os.ReadFile("testdata/eddsa-rdfc-2022/canonDocDataInt.txt")
			if string(got) != string(want) {
				t.Fatalf("a changed credential verified: %s", data)
			}
		}
	})
}

func FuzzParsePolicy(f *testing.F) {
	for _, file := range []string{"testdata/policies/platform-b.json", "testdata/policies/platform-b.yaml", "testdata/policies/reputation.json"} {
		data, _ := os.ReadFile(file)
		f.Add(data)
	}
	f.Add([]byte(`{"credentials":[{"type":"X","trustedIssuers":["*"],"claims":[{"claim":"a","atLeast":1}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePolicy(data)
		if err != nil {
			return
		}
		for _, r := range p.Credentials {
			if r.Type == "" || len(r.TrustedIssuers) == 0 {
				t.Fatalf("accepted a rule without type or issuers: %+v", r)
			}
		}
		p.Evaluate(nil, "did:key:z6Mk", time.Now()) // must not panic
	})
}

func FuzzParseJWS(f *testing.F) {
	for _, file := range []string{"testdata/vc-jose-cose/credential-jose-minimal.txt", "testdata/vc-jose-cose/credential-jose-bad-media-type.txt"} {
		data, _ := os.ReadFile(file)
		f.Add(string(data))
	}
	f.Add("a.b.c")
	f.Fuzz(func(t *testing.T, token string) {
		j, err := ParseJWS(token, TypeVCJWT)
		if err != nil {
			return
		}
		if j.Header["typ"] != TypeVCJWT || methodByAlg(j.Header["alg"].(string)) == nil {
			t.Fatalf("accepted header %v", j.Header)
		}
		kp, _ := NewKeyPair(Ed25519, make([]byte, 32))
		pub, _ := kp.privateKey()
		_ = j.VerifyWith(pub) // must not panic, whatever the key
	})
}

// FuzzSignRequest parses sign requests and responses from outside: nothing
// may panic, and a request Check passes holds what Check promises.
func FuzzSignRequest(f *testing.F) {
	f.Add([]byte(`{"type":"mifm-sign-request/1","id":"1","holder":"did:key:z6Mk","keyId":"did:key:z6Mk#z6Mk","alg":"EdDSA","expires":"2999-01-01T00:00:00Z","items":[{"name":"a","signingInput":"e30.e30","header":{},"claims":{}}]}`),
		[]byte(`{"type":"mifm-sign-response/1","id":"1","signatures":[{"name":"a","signature":"AA"}]}`))
	f.Add([]byte(`{"items":[{},{}]}`), []byte(`{}`))
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, reqJSON, respJSON []byte) {
		var req SignRequest
		var resp SignResponse
		if json.Unmarshal(reqJSON, &req) != nil {
			return
		}
		_ = json.Unmarshal(respJSON, &resp)
		if req.Check(now) == nil {
			names := map[string]bool{}
			for _, it := range req.Items {
				names[it.Name] = true
				if kid, _ := it.Header["kid"].(string); !strings.HasPrefix(kid, req.Holder+"#") {
					t.Fatalf("accepted an item signed by %q for %s", kid, req.Holder)
				}
			}
			if len(names) != len(req.Items) || len(req.Items) > MaxSignItems {
				t.Fatalf("accepted %d items, %d names", len(req.Items), len(names))
			}
		}
		if jws, err := req.Complete(&resp); err == nil && len(jws) != len(req.Items) {
			t.Fatalf("completed %d of %d items", len(jws), len(req.Items))
		}
	})
}

// FuzzVerifyPresentationJWT feeds JWT presentations from outside to the
// verifier: nothing may panic, and none verifies unsigned.
func FuzzVerifyPresentationJWT(f *testing.F) {
	f.Add("eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJkaWQ6a2V5Ono2TWsiLCJub25jZSI6Im4iLCJ2cCI6eyJAY29udGV4dCI6WyJodHRwczovL3d3dy53My5vcmcvMjAxOC9jcmVkZW50aWFscy92MSJdLCJ0eXBlIjpbIlZlcmlmaWFibGVQcmVzZW50YXRpb24iXSwidmVyaWZpYWJsZUNyZWRlbnRpYWwiOlsiYS5iLmMiLCJleX4iLHt9XX19.AA")
	f.Add("a.b.c")
	e, err := NewEdDSA()
	if err != nil {
		f.Fatal(err)
	}
	r := NewResolver(Options{})
	f.Fuzz(func(t *testing.T, token string) {
		_ = IsJWTPresentation(token)
		res, _ := e.VerifyPresentationJWT(context.Background(), token, r, nil, "n", "d", time.Now())
		if res.Verified {
			t.Fatalf("verified %q", token)
		}
	})
}
