package did

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"filippo.io/edwards25519"
	"github.com/ethereum/go-ethereum/crypto"
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
			format := FormatLegacy
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
	var x25519 struct {
		DIDDocument map[string]json.RawMessage `json:"didDocument"`
	}
	data, _ := os.ReadFile("testdata/w3c-ccg-did-method-key_x25519.json")
	if err := json.Unmarshal(data, &x25519); err != nil {
		t.Fatal(err)
	}
	for did, raw := range x25519.DIDDocument {
		var want any
		json.Unmarshal(raw, &want)
		format := FormatLegacy
		if strings.Contains(string(raw), "JsonWebKey2020") {
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
	}
	if checked < 21 {
		t.Fatalf("checked %d vector documents, want all 21", checked)
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

// Every refusal of the did:key method's algorithms comes back with the
// error code the method names, through ParseKeyDID and through a resolver.
func TestKeyDIDRefusals(t *testing.T) {
	ed, _ := NewKeyPair(Ed25519, nil)
	k1, _ := NewKeyPair(Secp256k1, nil)
	uncompressed, _ := crypto.DecompressPubkey(k1.Public)
	offCurve := func(kt KeyType, size int) []byte {
		for i := byte(1); ; i++ {
			b := make([]byte, size)
			b[0], b[size-1] = 2, i
			if _, _, err := nistPoint(kt, b); err != nil {
				return b
			}
		}
	}
	var notEdwards []byte
	for i := byte(2); notEdwards == nil; i++ {
		b := make([]byte, 32)
		b[0] = i
		if _, err := new(edwards25519.Point).SetBytes(b); err != nil {
			notEdwards = b
		}
	}
	_, edID, _ := Method(ed.DID)
	cases := []struct {
		name, did, code string
	}{
		{"no multibase prefix", "did:key:" + edID[1:], "invalidDid"},
		{"another multibase", "did:key:m" + edID[1:], "invalidDid"},
		{"not base58", "did:key:z0OIl", "invalidDid"},
		{"version zero", "did:key:0:" + edID, "invalidDid"},
		{"version not a number", "did:key:one:" + edID, "invalidDid"},
		{"two versions", "did:key:1:1:" + edID, "invalidDid"},
		{"a DID URL", ed.DID + "#" + edID, "invalidDid"},
		{"a version and no key", "did:key:1:", "invalidDid"},
		{"Ed25519 a byte short", "did:key:" + multikey(codeEd25519, ed.Public[:31]), "invalidPublicKeyLength"},
		{"Ed25519 a byte long", "did:key:" + multikey(codeEd25519, append(append([]byte{}, ed.Public...), 0)), "invalidPublicKeyLength"},
		{"secp256k1 uncompressed", "did:key:" + multikey(codeSecp256k1, crypto.FromECDSAPub(uncompressed)), "invalidPublicKeyLength"},
		{"P-256 uncompressed", "did:key:" + multikey(codeP256, make([]byte, 65)), "invalidPublicKeyLength"},
		{"P-521 short", "did:key:" + multikey(codeP521, make([]byte, 66)), "invalidPublicKeyLength"},
		{"Ed25519 not a point", "did:key:" + multikey(codeEd25519, notEdwards), "invalidPublicKey"},
		{"secp256k1 not a point", "did:key:" + multikey(codeSecp256k1, make([]byte, 33)), "invalidPublicKey"},
		{"P-256 x off the curve", "did:key:" + multikey(codeP256, offCurve(P256, 33)), "invalidPublicKey"},
		{"P-384 x off the curve", "did:key:" + multikey(codeP384, offCurve(P384, 49)), "invalidPublicKey"},
		{"BLS12-381", "did:key:zUC7EK3ZakmukHhuncwkbySmomv3FmrkmS36E4Ks5rsb6VQSRpoCrx6Hb8e2Nk6UvJFSdyw9NK1scFXJp21gNNYFjVWNgaqyGnkyhtagagCpQb5B7tagJu3HDbjQ8h5ypoHjwBb", "unsupportedPublicKeyType"},
	}
	r := NewResolver(Options{})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, _, err := ParseKeyDID(c.did); err == nil || !strings.HasPrefix(err.Error(), "invalidDid") || !strings.Contains(err.Error(), c.code) {
				t.Errorf("ParseKeyDID(%s) = %v, want %s", c.did, err, c.code)
			}
			res, err := r.Resolve(context.Background(), c.did)
			if err == nil || res.ResolutionMetadata.Error != c.code || res.Document != nil {
				t.Errorf("Resolve(%s) = %+v, %v; want error %s", c.did, res.ResolutionMetadata, err, c.code)
			}
		})
	}
	jwk := NewResolver(Options{KeyFormat: FormatEd25519VerificationKey2020})
	if res, _ := jwk.Resolve(context.Background(), k1.DID); res.ResolutionMetadata.Error != "invalidPublicKeyType" {
		t.Errorf("secp256k1 as Ed25519VerificationKey2020: %+v", res.ResolutionMetadata)
	}
	if _, err := ParseKeyFormat("Bls12381G2Key2020"); !errors.Is(err, ErrUnsupportedPublicKeyType) {
		t.Errorf("an unknown key format: %v", err)
	}
}

// The default document is Multikey, the shape the @digitalbazaar/did-method-key
// driver gives (testdata/did-key-multikey, made by it: SOURCES.md); the
// version segment resolves to the same key; the resolution result carries
// the DID Resolution metadata.
func TestKeyMultikeyDocuments(t *testing.T) {
	r := NewResolver(Options{})
	for _, name := range []string{"ed25519", "p256"} {
		want := readJSON(t, "testdata/did-key-multikey/"+name+".json")
		res, err := r.Resolve(context.Background(), want["id"].(string))
		if err != nil {
			t.Fatal(err)
		}
		if got := normalize(t, res.Document); !reflect.DeepEqual(got, any(want)) {
			g, _ := json.MarshalIndent(got, "", " ")
			t.Errorf("%s: document differs from the driver's:\n%s", name, g)
		}
		if res.ResolutionMetadata.ContentType != "application/did+ld+json" || res.ResolutionMetadata.Error != "" || res.Context != "https://w3id.org/did-resolution/v1" {
			t.Errorf("%s: resolution metadata %+v", name, res.ResolutionMetadata)
		}
	}
	for _, kt := range []KeyType{Ed25519, Secp256k1, P256, P384, P521} {
		kp, _ := NewKeyPair(kt, nil)
		_, id, _ := Method(kp.DID)
		versioned := "did:key:1:" + id
		res, err := r.Resolve(context.Background(), versioned)
		if err != nil {
			t.Fatalf("%s: %v", versioned, err)
		}
		vm, ok := res.Document.VerificationMethodByID(versioned + "#" + id)
		if !ok || res.Document.ID != versioned || vm.Type != "Multikey" || !res.Document.relates("assertionMethod", vm.ID) {
			t.Fatalf("%s: %+v", versioned, res.Document)
		}
		pub, err := vm.PublicKey()
		if err != nil || keyAlg(pub) == "" {
			t.Fatalf("%s: the Multikey reads as %v, %v", kt, pub, err)
		}
		if kt == Ed25519 {
			if got, _ := vm.Ed25519(); !bytes.Equal(got, kp.Public) {
				t.Fatalf("Ed25519 Multikey %x, want %x", got, kp.Public)
			}
		}
	}
	for _, f := range []KeyFormat{FormatMultikey, FormatEd25519VerificationKey2020, FormatJWK, FormatLegacy} {
		ed, _ := NewKeyPair(Ed25519, nil)
		doc, err := resolveKey(ed.DID, f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		vm, _ := doc.VerificationMethodByID(doc.AssertionMethod[0])
		if pub, err := vm.Ed25519(); err != nil || !bytes.Equal(pub, ed.Public) {
			t.Fatalf("%s: %v", f, err)
		}
		if wantAgreement := f != FormatMultikey; (len(doc.KeyAgreement) == 1) != wantAgreement {
			t.Fatalf("%s: keyAgreement %v", f, doc.KeyAgreement)
		}
	}
}
