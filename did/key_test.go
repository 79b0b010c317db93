package did

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// normalize turns any JSON value into maps and slices for comparison.
func normalize(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

type keyVector struct {
	Seed                string          `json:"seed"`
	DIDDocument         json.RawMessage `json:"didDocument"`
	VerificationKeyPair struct {
		PrivateKeyBase58 string `json:"privateKeyBase58"`
	} `json:"verificationKeyPair"`
	VerificationMethod struct {
		Type          string            `json:"type"`
		PrivateKeyJwk map[string]string `json:"privateKeyJwk"`
	} `json:"verificationMethod"`
}

// Every document of the did:key method's test vectors (testdata/SOURCES.md),
// and every DID made again from the vectors' seeds.
func TestKeyVectors(t *testing.T) {
	files := map[string]KeyType{
		"testdata/w3c-ccg-did-method-key_ed25519-x25519.json": Ed25519,
		"testdata/w3c-ccg-did-method-key_secp256k1.json":      Secp256k1,
		"testdata/w3c-ccg-did-method-key_nist-curves.json":    "",
	}
	checked := 0
	for file, kt := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var vectors map[string]keyVector
		if err := json.Unmarshal(data, &vectors); err != nil {
			t.Fatal(err)
		}
		for did, v := range vectors {
			if v.VerificationMethod.Type == "P256Key2021" {
				continue // a superseded representation of the same key, in the same file
			}
			var want any
			json.Unmarshal(v.DIDDocument, &want)
			format := FormatDefault
			var shape struct {
				VerificationMethod []struct {
					Type string `json:"type"`
				} `json:"verificationMethod"`
			}
			json.Unmarshal(v.DIDDocument, &shape)
			if shape.VerificationMethod[0].Type == "JsonWebKey2020" {
				format = FormatJWK
			}
			doc, err := resolveKey(did, format)
			if err != nil {
				t.Errorf("resolve %s: %v", did, err)
				continue
			}
			if got := normalize(t, doc); !reflect.DeepEqual(got, want) {
				g, _ := json.MarshalIndent(got, "", " ")
				t.Errorf("document of %s differs from the vector:\n%s", did, g)
			}
			checked++

			keyType := kt
			var seed []byte
			switch {
			case v.Seed != "":
				seed, _ = hex.DecodeString(v.Seed)
			case v.VerificationMethod.PrivateKeyJwk["d"] != "":
				seed, _ = base64.RawURLEncoding.DecodeString(v.VerificationMethod.PrivateKeyJwk["d"])
				keyType, _ = ParseKeyType(v.VerificationMethod.PrivateKeyJwk["crv"])
			}
			if seed == nil {
				continue
			}
			kp, err := NewKeyPair(keyType, seed)
			if err != nil || kp.DID != did {
				t.Errorf("key from the vector's seed = %v, %v; want %s", kp, err, did)
			}
		}
	}
	if checked < 17 {
		t.Fatalf("checked %d vector documents, want all 17", checked)
	}
}

func TestKeyDIDRoundTrip(t *testing.T) {
	for _, kt := range []KeyType{Ed25519, Secp256k1, P256, P384, P521} {
		kp, err := NewKeyPair(kt, nil)
		if err != nil {
			t.Fatal(err)
		}
		gotType, pub, err := ParseKeyDID(kp.DID)
		if err != nil || gotType != kt || string(pub) != string(kp.Public) {
			t.Fatalf("%s: parse %s = %s, %x, %v", kt, kp.DID, gotType, pub, err)
		}
		prefix := map[KeyType]string{Ed25519: "did:key:z6Mk", Secp256k1: "did:key:zQ3s", P256: "did:key:zDn", P384: "did:key:z82", P521: "did:key:z2J9"}[kt]
		if !strings.HasPrefix(kp.DID, prefix) {
			t.Fatalf("%s DID %s lacks the usual prefix %s", kt, kp.DID, prefix)
		}
	}
}

func TestKeyDIDRefusals(t *testing.T) {
	cases := []struct {
		did  string
		want error
	}{
		{"did:key:6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp", ErrInvalidDID},                                                                                                 // no multibase prefix
		{"did:key:" + multikey(codeEd25519, make([]byte, 31)), ErrInvalidDID},                                                                                                      // a byte short
		{"did:key:" + multikey(codeSecp256k1, make([]byte, 33)), ErrInvalidDID},                                                                                                    // not a point
		{"did:key:zUC7EK3ZakmukHhuncwkbySmomv3FmrkmS36E4Ks5rsb6VQSRpoCrx6Hb8e2Nk6UvJFSdyw9NK1scFXJp21gNNYFjVWNgaqyGnkyhtagagCpQb5B7tagJu3HDbjQ8h5ypoHjwBb", ErrMethodNotSupported}, // BLS12-381
		{"did:web:example.com", ErrInvalidDID},
		{"did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp#frag", ErrInvalidDID},
	}
	for _, c := range cases {
		if _, _, err := ParseKeyDID(c.did); err == nil || !strings.Contains(err.Error(), c.want.Error()) {
			t.Errorf("ParseKeyDID(%s) = %v, want %v", c.did, err, c.want)
		}
	}
}
