package did

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

const testVCT = "https://platform-a.example/vct/membership"

func sdjwtvcFixture(t testing.TB) (e *EdDSA, issuerKey, holderKey *KeyPair, combined string) {
	t.Helper()
	e, err := NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	issuerKey, _ = NewKeyPair(Ed25519, nil)
	holderKey, _ = NewKeyPair(Ed25519, nil)
	combined, err = IssueSDJWTVC(SDJWTVCRequest{
		Issuer: issuerKey, VCT: testVCT, Subject: holderKey.DID,
		Claims: map[string]any{
			"memberOf": "did:web:platform-a.example", "level": "gold", "birthdate": "1990-04-01",
			"nationalities": []any{"FR", "DE"},
		},
		Expires: time.Now().Add(time.Hour),
	})
	if err != nil {
		t.Fatal(err)
	}
	return e, issuerKey, holderKey, combined
}

func TestSDJWTVCIssueDiscloseVerify(t *testing.T) {
	ctx := context.Background()
	e, issuerKey, holderKey, combined := sdjwtvcFixture(t)
	r := NewResolver(Options{})
	now := time.Now()
	header, _ := base64.RawURLEncoding.DecodeString(strings.Split(combined, ".")[0])
	payload, _ := base64.RawURLEncoding.DecodeString(strings.Split(combined, ".")[1])
	if !strings.Contains(string(header), `"typ":"dc+sd-jwt"`) || !strings.Contains(string(payload), `"vct":"`+testVCT) {
		t.Fatalf("header %s payload %s: want typ dc+sd-jwt and the vct in the clear", header, payload)
	}
	for _, secret := range []string{"1990-04-01", "gold", "platform-a.example\""} {
		if strings.Contains(string(payload), secret) {
			t.Fatalf("the signed payload shows %q: %s", secret, payload)
		}
	}
	names, err := SDJWTDisclosures(combined)
	if err != nil || len(names) != 4 || names["level"] != "gold" {
		t.Fatalf("disclosures %v %v", names, err)
	}
	v, claims := e.VerifyCredentialSDJWT(ctx, combined, r, nil, "", "", now)
	if !v.Verified || v.Issuer != issuerKey.DID || claims["birthdate"] != "1990-04-01" || claims["vct"] != testVCT {
		t.Fatalf("issuance form: %+v %v", v.Checks, claims)
	}
	if _, ok := claims["_sd"]; ok {
		t.Fatalf("_sd left in the verified claims: %v", claims)
	}

	pres, err := DiscloseSDJWT(combined, []string{"memberOf"}, holderKey, "nonce-123", "did:web:platform-b.example")
	if err != nil {
		t.Fatal(err)
	}
	v, claims = e.VerifyCredentialSDJWT(ctx, pres, r, nil, "nonce-123", "did:web:platform-b.example", now)
	if !v.Verified || claims["memberOf"] != "did:web:platform-a.example" {
		t.Fatalf("presentation: %+v %v", v.Checks, claims)
	}
	for _, withheld := range []string{"level", "birthdate", "nationalities"} {
		if _, ok := claims[withheld]; ok {
			t.Fatalf("%s was withheld but shows: %v", withheld, claims)
		}
	}
	if len(v.Subjects) != 1 || v.Subjects[0] != holderKey.DID {
		t.Fatalf("subjects %v", v.Subjects)
	}
}

// The attacker's tests: what a holder, a verifier's eavesdropper or a
// stranger could change in an SD-JWT VC, each refused with its reason.
func TestSDJWTVCRefusals(t *testing.T) {
	ctx := context.Background()
	e, issuerKey, holderKey, combined := sdjwtvcFixture(t)
	_, _, _, other := sdjwtvcFixture(t)
	r := NewResolver(Options{})
	now := time.Now()
	nonce, aud := "nonce-123", "did:web:platform-b.example"
	pres, err := DiscloseSDJWT(combined, []string{"memberOf"}, holderKey, nonce, aud)
	if err != nil {
		t.Fatal(err)
	}
	segs := strings.Split(combined, "~")
	jwt, disclosures := segs[0], segs[1:len(segs)-1]
	kb := pres[strings.LastIndex(pres, "~")+1:]
	stranger, _ := NewKeyPair(Ed25519, nil)
	mkKB := func(key *KeyPair, typ, presented string, claims map[string]any) string {
		d := sha256.Sum256([]byte(presented))
		c := map[string]any{"iat": now.Unix(), "nonce": nonce, "aud": aud, "sd_hash": base64.RawURLEncoding.EncodeToString(d[:])}
		for k, v := range claims {
			c[k] = v
		}
		in, _ := EncodeSigningInput(map[string]any{"alg": "EdDSA", "typ": typ}, c)
		sig, _ := SignInput(key, in)
		return presented + CompleteJWS(in, sig)
	}
	// A disclosure whose value the holder changed: its digest is signed nowhere.
	var forged, level string
	for _, d := range disclosures {
		p, _ := parseDisclosure(d)
		if p.name == "level" {
			level = d
			raw, _ := base64.RawURLEncoding.DecodeString(d)
			forged = base64.RawURLEncoding.EncodeToString([]byte(strings.Replace(string(raw), "gold", "platinum", 1)))
		}
	}
	otherDisclosure := strings.Split(other, "~")[1]
	resign := func(edit func(h, c map[string]any)) string {
		j, _ := ParseJWS(jwt, TypeDCSDJWT)
		edit(j.Header, j.Claims)
		in, _ := EncodeSigningInput(j.Header, j.Claims)
		sig, _ := SignInput(issuerKey, in)
		return CompleteJWS(in, sig) + "~" + strings.Join(disclosures, "~") + "~"
	}
	cases := []struct {
		name, token, nonce, aud, check, reason string
		at                                     time.Time
	}{
		{"changed disclosure", jwt + "~" + forged + "~", "", "", "disclosures", "no signed digest names", now},
		{"another credential's disclosure", jwt + "~" + otherDisclosure + "~", "", "", "disclosures", "no signed digest names", now},
		{"a disclosure given twice", jwt + "~" + disclosures[0] + "~" + disclosures[0] + "~", "", "", "disclosures", "given twice", now},
		{"wrong nonce", pres, "nonce-456", aud, "key-binding", "is not the challenge", now},
		{"wrong audience", pres, nonce, "did:web:evil.example", "key-binding", "is not the domain", now},
		{"no binding when asked", strings.TrimSuffix(pres, kb), nonce, aud, "key-binding", "no Key Binding JWT", now},
		{"a disclosure added after binding", strings.TrimSuffix(pres, kb) + level + "~" + kb, nonce, aud, "key-binding", "sd_hash", now},
		{"binding by a stranger's key", mkKB(stranger, TypeKBJWT, strings.TrimSuffix(pres, kb), nil), nonce, aud, "key-binding", "signature", now},
		{"binding typ JWT", mkKB(holderKey, "JWT", strings.TrimSuffix(pres, kb), nil), nonce, aud, "key-binding", "typ", now},
		{"replayed binding", pres, nonce, aud, "key-binding", "not within", now.Add(MaxKeyBindingAge + 2*ClockSkew)},
		{"expired", combined, "", "", "jwt-times", "exp", now.Add(2 * time.Hour)},
		{"another digest algorithm", resign(func(_, c map[string]any) { c["_sd_alg"] = "sha-512" }), "", "", "disclosures", "sha-512", now},
		{"no vct", resign(func(_, c map[string]any) { delete(c, "vct") }), "", "", "syntax", "vct", now},
		{"a status it cannot read", resign(func(_, c map[string]any) {
			c["status"] = map[string]any{"status_list": map[string]any{"idx": 1, "uri": "https://x.example/sl"}}
		}), "", "", "syntax", "Token Status List", now},
		{"iss another DID", resign(func(_, c map[string]any) { c["iss"] = stranger.DID }), "", "", "issuer", "but the issuer is", now},
		{"a claim both clear and disclosed", resign(func(_, c map[string]any) {
			for _, d := range disclosures {
				if p, _ := parseDisclosure(d); p.name == "level" {
					c["level"] = "bronze"
				}
			}
		}), "", "", "disclosures", "both in the clear and disclosed", now},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v, _ := e.VerifyCredentialSDJWT(ctx, tc.token, r, nil, tc.nonce, tc.aud, tc.at)
			if v.Verified {
				t.Fatalf("verified: %+v", v.Checks)
			}
			for _, c := range v.Checks {
				if c.Name == tc.check {
					if c.OK || !strings.Contains(c.Reason, tc.reason) {
						t.Fatalf("check %s: %+v, want refused with %q", tc.check, c, tc.reason)
					}
					return
				}
			}
			t.Fatalf("no %s check: %+v", tc.check, v.Checks)
		})
	}
}

// Array elements and nested objects disclosed one by one (RFC 9901, 4.2.2
// and 4.2.6): the verifier rebuilds exactly what was disclosed.
func TestSDJWTVCArrayAndNestedDisclosures(t *testing.T) {
	e, issuerKey, _, _ := sdjwtvcFixture(t)
	fr, _ := json.Marshal([]any{"c2FsdDE", "FR"})
	de, _ := json.Marshal([]any{"c2FsdDI", "DE"})
	street, _ := json.Marshal([]any{"c2FsdDM", "street", "1 Rue de l'Exemple"})
	dFR, dDE, dStreet := base64.RawURLEncoding.EncodeToString(fr), base64.RawURLEncoding.EncodeToString(de), base64.RawURLEncoding.EncodeToString(street)
	address, _ := json.Marshal([]any{"c2FsdDQ", "address", map[string]any{"_sd": []any{disclosureDigest(dStreet)}, "country": "FR"}})
	dAddress := base64.RawURLEncoding.EncodeToString(address)
	claims := map[string]any{
		"iss": issuerKey.DID, "iat": time.Now().Unix(), "vct": testVCT, "_sd_alg": "sha-256",
		"nationalities": []any{map[string]any{"...": disclosureDigest(dFR)}, map[string]any{"...": disclosureDigest(dDE)}, "IT"},
		"_sd":           []any{disclosureDigest(dAddress)},
	}
	in, _ := EncodeSigningInput(map[string]any{"alg": "EdDSA", "typ": TypeDCSDJWT, "kid": keyVM(issuerKey.DID)}, claims)
	sig, _ := SignInput(issuerKey, in)
	jwt := CompleteJWS(in, sig)
	r := NewResolver(Options{})
	v, got := e.VerifyCredentialSDJWT(context.Background(), jwt+"~"+dFR+"~"+dAddress+"~"+dStreet+"~", r, nil, "", "", time.Now())
	if !v.Verified {
		t.Fatalf("%+v", v.Checks)
	}
	nat, _ := json.Marshal(got["nationalities"])
	addr, _ := json.Marshal(got["address"])
	if string(nat) != `["FR","IT"]` || string(addr) != `{"country":"FR","street":"1 Rue de l'Exemple"}` {
		t.Fatalf("nationalities %s address %s", nat, addr)
	}
	// The street's disclosure without its parent's: named by no digest the
	// verifier can reach.
	v, _ = e.VerifyCredentialSDJWT(context.Background(), jwt+"~"+dStreet+"~", r, nil, "", "", time.Now())
	if v.Verified {
		t.Fatal("a disclosure nested in a withheld one verified")
	}
}

// What an attacker's review found, kept: claims the draft keeps in the
// clear refused when disclosed, a token without ~ refused without a panic,
// the absence of a binding said, and the two-step binding of a wallet
// outside the node giving a kb+jwt.
func TestSDJWTVCReviewCases(t *testing.T) {
	ctx := context.Background()
	e, issuerKey, holderKey, combined := sdjwtvcFixture(t)
	r := NewResolver(Options{})
	now := time.Now()
	signWith := func(disclosed map[string]any) string {
		claims := map[string]any{"iss": issuerKey.DID, "iat": now.Unix(), "vct": testVCT}
		for name := range disclosed {
			delete(claims, name)
		}
		var digests []any
		var ds []string
		for name, value := range disclosed {
			d, _ := newDisclosure(name, value)
			ds = append(ds, d)
			digests = append(digests, disclosureDigest(d))
		}
		claims["_sd"] = digests
		in, _ := EncodeSigningInput(map[string]any{"alg": "EdDSA", "typ": TypeDCSDJWT, "kid": keyVM(issuerKey.DID)}, claims)
		sig, _ := SignInput(issuerKey, in)
		return CompleteJWS(in, sig) + "~" + strings.Join(ds, "~") + "~"
	}
	for _, name := range []string{"exp", "status", "cnf", "vct"} {
		var value any = now.Add(-time.Hour).Unix()
		if name != "exp" {
			value = map[string]any{"x": 1}
		}
		v, _ := e.VerifyCredentialSDJWT(ctx, signWith(map[string]any{name: value}), r, nil, "", "", now)
		if v.Verified || !strings.Contains(fmt.Sprint(v.Checks), name+" came as a disclosure") {
			t.Errorf("%s disclosed: %+v", name, v.Checks)
		}
	}
	jwt := strings.Split(combined, "~")[0]
	if v, _ := e.VerifyCredentialSDJWTWith(ctx, jwt, nil, r, nil, "", "", now); v.Verified {
		t.Fatalf("a bare JWT verified as an SD-JWT: %+v", v.Checks)
	}
	v, _ := e.VerifyCredentialSDJWT(ctx, combined, r, nil, "", "", now)
	if c := findCheck(v.Checks, "key-binding"); !v.Verified || c == nil || !strings.Contains(c.Reason, "none asked for") {
		t.Fatalf("unbound issuance form: %+v", v.Checks)
	}
	pres, _ := PresentSDJWTVC(combined, []string{"level"}, nil, "", "", now)
	in, err := SDJWTBindingInput(pres, "EdDSA", "", "nonce-9", "did:web:platform-b.example", now)
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := SignInput(holderKey, in)
	if v, _ := e.VerifyCredentialSDJWT(ctx, AttachSDJWTBinding(pres, in, sig), r, nil, "nonce-9", "did:web:platform-b.example", now); !v.Verified {
		t.Fatalf("a binding made in two steps: %+v", v.Checks)
	}
}

func findCheck(checks []Check, name string) *Check {
	for i := range checks {
		if checks[i].Name == name {
			return &checks[i]
		}
	}
	return nil
}

// FuzzVerifySDJWTVC mutates SD-JWT VC presentations: verification answers
// with checks, never a panic, and what verifies was signed by the issuer
// (keys from fixed seeds, as fuzzing runs the setup in each worker).
func FuzzVerifySDJWTVC(f *testing.F) {
	e, err := NewEdDSA()
	if err != nil {
		f.Fatal(err)
	}
	issuerKey, _ := NewKeyPair(Ed25519, make([]byte, 32))
	holderKey, _ := NewKeyPair(Ed25519, append(make([]byte, 31), 1))
	combined, err := IssueSDJWTVC(SDJWTVCRequest{Issuer: issuerKey, VCT: testVCT, Subject: holderKey.DID,
		Claims: map[string]any{"level": "gold", "nationalities": []any{"FR", "DE"}}})
	if err != nil {
		f.Fatal(err)
	}
	pres, _ := DiscloseSDJWT(combined, []string{"level"}, holderKey, "n", "d")
	f.Add(combined)
	f.Add(pres)
	f.Add(strings.Split(combined, "~")[0])
	r := NewResolver(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		v, _ := e.VerifyCredentialSDJWT(context.Background(), s, r, nil, "n", "d", time.Now())
		if len(v.Checks) == 0 {
			t.Fatalf("%q: no checks", s)
		}
		if v.Verified && v.Issuer != issuerKey.DID {
			t.Fatalf("verified, issued by %s: %q", v.Issuer, s)
		}
	})
}
