package did

import (
	"context"
	"encoding/base64"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

// suiteKeys are every key of the VC-JOSE-COSE suite, given out of band.
func suiteKnownKeys(t *testing.T) []*KnownKey {
	t.Helper()
	var keys []*KnownKey
	for _, f := range []string{"vm-ed25519.json", "vm-p256.json", "vm-p384.json", "vm-p521.json"} {
		data, _ := os.ReadFile("testdata/vc-jose-cose/" + f)
		k, err := ParseKnownKey(data)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	return keys
}

// suiteCase is one case of the VC-JOSE-COSE suite's mapping: an input,
// the key it names, and whether it must verify.
type suiteCase struct {
	number  int
	input   string
	key     string
	success bool
}

// runSuiteCases verifies each case's input with its key given out of band
// and checks the outcome; verify says whether the input holds.
func runSuiteCases(t *testing.T, cases []suiteCase, verify func(c suiteCase, text string, key *KnownKey) (bool, []Check)) {
	t.Helper()
	for _, c := range cases {
		text, _ := os.ReadFile("testdata/vc-jose-cose/" + c.input)
		data, _ := os.ReadFile("testdata/vc-jose-cose/" + c.key)
		key, err := ParseKnownKey(data)
		if err != nil {
			t.Fatal(err)
		}
		if ok, checks := verify(c, string(text), key); ok != c.success {
			t.Errorf("case %d (%s): verified %v, want %v: %+v", c.number, c.input, ok, c.success, checks)
		}
	}
}

// The VC-JOSE-COSE suite's COSE credential cases, with the key each names.
func TestVCJOSECOSESuiteCOSE(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	now := time.Date(2024, 12, 16, 0, 0, 0, 0, time.UTC)
	runSuiteCases(t, []suiteCase{
		{29, "credential-cose-minimal.txt", "vm-p256.json", true},
		{30, "credential-cose-minimal-not-base64.txt", "vm-p256.json", false},
		{32, "credential-cose-bad-signature.txt", "vm-ed25519.json", false},
		{33, "credential-cose-bad-media-type.txt", "vm-p384.json", false},
	}, func(_ suiteCase, text string, key *KnownKey) (bool, []Check) {
		msg, err := DecodeCOSEText(text)
		if err != nil {
			return false, nil
		}
		v, _ := e.VerifyCredentialCOSE(context.Background(), msg, []*KnownKey{key}, r, nil, now)
		return v.Verified, v.Checks
	})
}

// mifm's own COSE credentials: every key type COSE has, the kid a DID URL
// resolved; refused when changed, under another typ, by another key.
func TestCredentialCOSE(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	ctx := context.Background()
	holder, _ := NewKeyPair(Ed25519, nil)
	now := time.Now().Add(time.Minute)
	for _, kt := range []KeyType{Ed25519, P256, P384, P521} {
		issuer, _ := NewKeyPair(kt, nil)
		msg, vc, err := e.IssueCredentialCOSE(IssueRequest{Issuer: issuer, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
		if err != nil {
			t.Fatalf("%s: %v", kt, err)
		}
		if !IsCOSE(msg) {
			t.Fatalf("%s: not recognised as COSE", kt)
		}
		v, got := e.VerifyCredentialCOSE(ctx, msg, nil, r, nil, now)
		if !v.Verified || got["issuer"] != vc["issuer"] || v.Issuer != issuer.DID {
			t.Fatalf("%s: %+v", kt, v.Checks)
		}
	}
	k1, _ := NewKeyPair(Secp256k1, nil)
	if _, _, err := e.IssueCredentialCOSE(IssueRequest{Issuer: k1, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}}); err == nil {
		t.Fatal("a secp256k1 COSE credential")
	}

	issuer, _ := NewKeyPair(P256, nil)
	other, _ := NewKeyPair(P256, nil)
	msg, vc, _ := e.IssueCredentialCOSE(IssueRequest{Issuer: issuer, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
	asVP, _ := SignCOSE(vc, issuer, keyVM(issuer.DID), MediaTypeVPCOSE)
	forged, _ := SignCOSE(vc, other, keyVM(issuer.DID), MediaTypeVCCOSE)
	flipped := append([]byte{}, msg...)
	flipped[len(flipped)/2] ^= 1
	for _, c := range []struct {
		name, check string
		msg         []byte
		err         error
	}{
		{"a byte changed", "", flipped, nil},
		{"typ vp+cose", "cose", asVP, ErrCOSE},
		{"signed by another key under the issuer's kid", "proof", forged, ErrProofSignature},
		{"not CBOR", "cose", []byte("{}"), ErrCOSE},
		{"truncated", "cose", msg[:len(msg)-10], ErrCOSE},
	} {
		v, _ := e.VerifyCredentialCOSE(ctx, c.msg, nil, r, nil, now)
		if v.Verified {
			t.Errorf("%s: verified", c.name)
			continue
		}
		if c.check == "" {
			continue
		}
		for _, ch := range v.Checks {
			if ch.Name == c.check && !ch.OK && !strings.Contains(ch.Reason, c.err.Error()) {
				t.Errorf("%s: %s failed with %q", c.name, c.check, ch.Reason)
			}
		}
	}
	keys := suiteKnownKeys(t)
	if v, _ := e.VerifyCredentialCOSE(ctx, msg, keys, r, nil, now); v.Verified || !strings.Contains(v.Checks[1].Reason, "none of the keys held out of band names kid") {
		t.Fatalf("a DID kid against keys given out of band: %+v", v.Checks)
	}
	if _, err := DecodeCOSEText(strings.Repeat("A", 2*maxCOSE+1)); !errors.Is(err, ErrCOSE) {
		t.Fatalf("an oversized text: %v", err)
	}
}

func FuzzVerifyCredentialCOSE(f *testing.F) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	issuer, _ := NewKeyPair(Ed25519, nil)
	msg, _, _ := e.IssueCredentialCOSE(IssueRequest{Issuer: issuer, Subject: issuer.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}})
	f.Add(msg)
	f.Add([]byte{0xd2, 0x84, 0x40, 0xa0, 0x40, 0x40})
	f.Fuzz(func(t *testing.T, data []byte) {
		v, vc := e.VerifyCredentialCOSE(context.Background(), data, nil, r, nil, time.Now())
		if len(v.Checks) == 0 || v.Verified && vc == nil {
			t.Fatalf("%+v", v)
		}
	})
}

// The VC-JOSE-COSE suite's SD-JWT credential cases, with the key each
// names given out of band.
func TestVCJOSECOSESuiteSDJWT(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	now := time.Date(2024, 12, 16, 0, 0, 0, 0, time.UTC)
	runSuiteCases(t, []suiteCase{
		{20, "credential-sdjwt-selective.txt", "vm-p384.json", true},
		// Disclosures inside disclosed values, resolved by mifm since
		// aries-framework-go 0.3.2 does not.
		{21, "credential-sdjwt-nested.txt", "vm-p521.json", true},
		{23, "credential-sdjwt-bad-signature.txt", "vm-p384.json", false},
		{24, "credential-sdjwt-bad-media-type.txt", "vm-ed25519.json", false},
	}, func(c suiteCase, text string, key *KnownKey) (bool, []Check) {
		v, _ := e.VerifyCredentialSDJWTWith(context.Background(), text, []*KnownKey{key}, r, nil, "", "", now)
		return v.Verified, v.Checks
	})
}

// Suite case 21's SD-JWT resolves its array-element disclosure into the
// credential; a forged disclosure, or one that no claim names, is refused
// as a change of the signed document.
func TestSDJWTArrayElementDisclosures(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	now := time.Date(2024, 12, 16, 0, 0, 0, 0, time.UTC)
	text, _ := os.ReadFile("testdata/vc-jose-cose/credential-sdjwt-nested.txt")
	data, _ := os.ReadFile("testdata/vc-jose-cose/vm-p521.json")
	key, _ := ParseKnownKey(data)
	token := strings.TrimSpace(string(text))
	v, vc := e.VerifyCredentialSDJWTWith(context.Background(), token, []*KnownKey{key}, r, nil, "", "", now)
	subject, _ := vc["credentialSubject"].(map[string]any)
	phones, _ := subject["phoneNumbers"].([]any)
	address, _ := subject["address"].(map[string]any)
	if !v.Verified || len(phones) != 2 || phones[0].(map[string]any)["number"] != "+1-555-123-4567" || address["street"] != "123 Main St" {
		t.Fatalf("%+v\n%v", v.Checks, subject)
	}
	forged := base64.RawURLEncoding.EncodeToString([]byte(`["6JtDFS6QlFD3w1vJYJsJng",{"number":"+1-555-000-0000","type":"work"}]`))
	parts := strings.Split(token, "~")
	for name, bad := range map[string]string{
		"a forged element":          strings.Replace(token, parts[3], forged, 1),
		"an element no claim names": strings.TrimSuffix(token, "~") + "~" + forged + "~",
	} {
		v, _ := e.VerifyCredentialSDJWTWith(context.Background(), bad, []*KnownKey{key}, r, nil, "", "", now)
		if v.Verified || !strings.Contains(v.Checks[2].Reason, ErrProofSignature.Error()) {
			t.Errorf("%s: %+v", name, v.Checks)
		}
	}
}
