package did

import (
	"context"
	"strings"
	"testing"
	"time"
)

const (
	testChallenge = "nonce-8c1f"
	testDomain    = "did:web:platform-b.example"
)

type vpjwtFixture struct {
	e                   *EdDSA
	r                   *Resolver
	issuer              *KeyPair
	holders             map[KeyType]*KeyPair
	other               *KeyPair
	vcJWT               map[KeyType]string // a vc+jwt about each holder
	sdjwt               string             // an SD-JWT about the Ed25519 holder
	aboutOther          string             // a vc+jwt about other
	diCredential        map[string]any     // a Data Integrity credential about the Ed25519 holder
	jwtVC11, jwtVC11Bad string             // a JWT-VC 1.1 about the Ed25519 holder; one with a broken signature
	now                 time.Time
}

func newVPJWTFixture(t testing.TB) *vpjwtFixture {
	t.Helper()
	e, err := NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	f := &vpjwtFixture{e: e, r: NewResolver(Options{}), holders: map[KeyType]*KeyPair{}, vcJWT: map[KeyType]string{}, now: time.Now()}
	f.issuer, _ = NewKeyPair(Ed25519, nil)
	f.other, _ = NewKeyPair(Ed25519, nil)
	issue := func(subject string) string {
		token, _, err := e.IssueCredentialJWT(IssueRequest{
			Issuer: f.issuer, Subject: subject, Types: []string{"MembershipCredential"}, Contexts: []string{ContextMifm},
			Claims: map[string]any{"memberOf": "did:web:platform-a.example"}, ValidUntil: f.now.Add(time.Hour),
		})
		if err != nil {
			t.Fatal(err)
		}
		return token
	}
	for _, kt := range []KeyType{Ed25519, Secp256k1, P256} {
		f.holders[kt], _ = NewKeyPair(kt, nil)
		f.vcJWT[kt] = issue(f.holders[kt].DID)
	}
	f.aboutOther = issue(f.other.DID)
	ed := f.holders[Ed25519]
	f.sdjwt, _, err = e.IssueCredentialSDJWT(IssueRequest{
		Issuer: f.issuer, Subject: ed.DID, Types: []string{"MembershipCredential"}, Contexts: []string{ContextMifm},
		Claims: map[string]any{"memberOf": "did:web:platform-a.example", "membershipLevel": "gold"}, ValidUntil: f.now.Add(time.Hour),
	})
	if err != nil {
		t.Fatal(err)
	}
	f.diCredential, err = e.IssueCredential(IssueRequest{
		Issuer: f.issuer, Subject: ed.DID, Types: []string{"MembershipCredential"}, Contexts: []string{ContextMifm},
		Claims: map[string]any{"memberOf": "did:web:platform-a.example"},
	})
	if err != nil {
		t.Fatal(err)
	}
	f.jwtVC11 = f.sign(t, f.issuer, map[string]any{"alg": "EdDSA", "typ": "JWT"}, map[string]any{
		"iss": f.issuer.DID, "sub": ed.DID, "nbf": f.now.Add(-time.Minute).Unix(), "exp": f.now.Add(time.Hour).Unix(),
		"vc": map[string]any{"@context": []any{ContextVCv1}, "type": []any{"VerifiableCredential"}, "credentialSubject": map[string]any{"memberOf": "did:web:platform-a.example"}},
	})
	f.jwtVC11Bad = f.jwtVC11[:len(f.jwtVC11)-4] + "AAAA"
	// Verified as of after every issuance: a credential's validFrom is
	// its issuance time in whole seconds, which can be later than a clock
	// read before it.
	f.now = time.Now()
	return f
}

// sign makes a JWS of any header and claims with kp, whatever they say.
func (f *vpjwtFixture) sign(t testing.TB, kp *KeyPair, header, claims map[string]any) string {
	t.Helper()
	in, err := EncodeSigningInput(header, claims)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := kp.privateKey()
	sig, err := jwsMethod(kp.Type).Sign(in, key)
	if err != nil {
		t.Fatal(err)
	}
	return CompleteJWS(in, sig)
}

// boundSDJWT is the fixture's SD-JWT disclosing memberOf, bound for nonce
// and aud with the two-step functions a wallet outside the node uses.
func (f *vpjwtFixture) boundSDJWT(t testing.TB, nonce, aud string) string {
	t.Helper()
	holder := f.holders[Ed25519]
	pres, err := DiscloseSDJWTUnbound(f.sdjwt, []string{"memberOf"})
	if err != nil {
		t.Fatal(err)
	}
	in, err := SDJWTBindingInput(pres, "EdDSA", keyVM(holder.DID), nonce, aud, f.now)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := SignInput(holder, in)
	if err != nil {
		t.Fatal(err)
	}
	return AttachSDJWTBinding(pres, in, sig)
}

// present makes a presentation with PresentationJWT and SignInput.
func (f *vpjwtFixture) present(t testing.TB, kp *KeyPair, p PresentationJWT) string {
	t.Helper()
	if p.Holder == "" {
		p.Holder = kp.DID
	}
	in, err := p.SigningInput()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := SignInput(kp, in)
	if err != nil {
		t.Fatal(err)
	}
	return CompleteJWS(in, sig)
}

// raw is a presentation's claims, for the cases PresentationJWT refuses to
// build.
func (f *vpjwtFixture) raw(holder string, items ...any) map[string]any {
	return map[string]any{
		"iss": holder, "aud": testDomain, "nonce": testChallenge, "iat": f.now.Unix(), "exp": f.now.Add(time.Minute).Unix(),
		"vp": map[string]any{"@context": []any{ContextVCv1}, "type": []any{"VerifiablePresentation"}, "verifiableCredential": items},
	}
}

func TestVerifyPresentationJWT(t *testing.T) {
	f := newVPJWTFixture(t)
	ed, k1 := f.holders[Ed25519], f.holders[Secp256k1]
	edHeader := map[string]any{"alg": "EdDSA", "typ": "JWT", "kid": keyVM(ed.DID)}
	std := func(kp *KeyPair, creds ...any) PresentationJWT {
		return PresentationJWT{Holder: kp.DID, Credentials: creds, Challenge: testChallenge, Domain: testDomain, IssuedAt: f.now}
	}
	withClaims := func(edit func(map[string]any)) string {
		c := f.raw(ed.DID, f.vcJWT[Ed25519])
		edit(c)
		return f.sign(t, ed, edHeader, c)
	}
	cases := []struct {
		name              string
		token             string
		challenge, domain string
		failed            string // the first check that fails; "" = verified
		reason            string
	}{
		{name: "accepted (Ed25519)", token: f.present(t, ed, std(ed, f.vcJWT[Ed25519]))},
		{name: "accepted (secp256k1, ES256K)", token: f.present(t, k1, std(k1, f.vcJWT[Secp256k1]))},
		{name: "accepted (P-256)", token: f.present(t, f.holders[P256], std(f.holders[P256], f.vcJWT[P256]))},
		{name: "accepted without kid (did-jwt-vc's default)", token: f.sign(t, ed, map[string]any{"alg": "EdDSA", "typ": "JWT"}, f.raw(ed.DID, f.vcJWT[Ed25519]))},
		{name: "every form of credential", token: f.present(t, ed, std(ed, f.vcJWT[Ed25519], f.boundSDJWT(t, testChallenge, testDomain), f.diCredential, f.jwtVC11))},
		{name: "aud array holding the domain", token: withClaims(func(c map[string]any) { c["aud"] = []any{"did:web:x.example", testDomain} })},
		{name: "no challenge given", token: f.present(t, ed, std(ed, f.vcJWT[Ed25519])), challenge: "-", failed: "proof", reason: "no challenge"},
		{name: "wrong challenge", token: f.present(t, ed, std(ed, f.vcJWT[Ed25519])), challenge: "another", failed: "proof", reason: "nonce"},
		{name: "meant for another platform", token: f.present(t, ed, std(ed, f.vcJWT[Ed25519])), domain: "did:web:platform-c.example", failed: "proof", reason: "another verifier"},
		{name: "aud array without the domain", token: withClaims(func(c map[string]any) { c["aud"] = []any{"did:web:x.example"} }), failed: "proof", reason: "aud"},
		{name: "expired", token: f.present(t, ed, PresentationJWT{Holder: ed.DID, Credentials: []any{f.vcJWT[Ed25519]}, Challenge: testChallenge, Domain: testDomain, IssuedAt: f.now.Add(-10 * time.Minute), Expires: f.now.Add(-2 * time.Minute)}), failed: "proof", reason: "expired"},
		{name: "expired within the clock skew is accepted", token: withClaims(func(c map[string]any) { c["exp"] = f.now.Add(-ClockSkew / 2).Unix() })},
		{name: "nbf in the future", token: f.present(t, ed, PresentationJWT{Holder: ed.DID, Credentials: []any{f.vcJWT[Ed25519]}, Challenge: testChallenge, Domain: testDomain, IssuedAt: f.now.Add(10 * time.Minute)}), failed: "proof", reason: "future"},
		{name: "ES256 header on a secp256k1 key", token: f.sign(t, k1, map[string]any{"alg": "ES256", "typ": "JWT", "kid": keyVM(k1.DID)}, f.raw(k1.DID, f.vcJWT[Secp256k1])), failed: "proof", reason: "alg ES256 on a key that signs ES256K"},
		{name: "kid of another DID than iss", token: f.sign(t, f.other, map[string]any{"alg": "EdDSA", "typ": "JWT", "kid": keyVM(f.other.DID)}, f.raw(ed.DID, f.vcJWT[Ed25519])), failed: "proof", reason: "not of iss"},
		{name: "signed by another key, no kid", token: f.sign(t, f.other, map[string]any{"alg": "EdDSA", "typ": "JWT"}, f.raw(ed.DID, f.vcJWT[Ed25519])), failed: "proof", reason: "signed it"},
		{name: "vp.holder another than iss", token: withClaims(func(c map[string]any) { c["vp"].(map[string]any)["holder"] = f.other.DID }), failed: "holder", reason: "vp.holder"},
		{name: "credential about someone else", token: f.present(t, ed, std(ed, f.aboutOther)), failed: "credentials", reason: "not the holder"},
		{name: "no credentials", token: f.sign(t, ed, edHeader, f.raw(ed.DID)), failed: "credentials", reason: "no credential"},
		{name: "SD-JWT bound for another nonce", token: f.present(t, ed, std(ed, f.boundSDJWT(t, "old-nonce", testDomain))), failed: "credentials", reason: "does not verify"},
		{name: "SD-JWT bound for another verifier", token: f.present(t, ed, std(ed, f.boundSDJWT(t, testChallenge, "did:web:platform-c.example"))), failed: "credentials", reason: "does not verify"},
		{name: "SD-JWT without binding", token: f.present(t, ed, std(ed, must(DiscloseSDJWTUnbound(f.sdjwt, []string{"memberOf"})))), failed: "credentials", reason: "does not verify"},
		{name: "JWT-VC 1.1 with a broken signature", token: f.present(t, ed, std(ed, f.jwtVC11Bad)), failed: "credentials", reason: "does not verify"},
		{name: "a JWT of another typ inside", token: f.present(t, ed, std(ed, f.sign(t, f.issuer, map[string]any{"alg": "EdDSA", "typ": "dpop+jwt"}, map[string]any{"iss": f.issuer.DID}))), failed: "credentials", reason: "typ"},
		{name: "tampered signature", token: tamper(f.present(t, ed, std(ed, f.vcJWT[Ed25519]))), failed: "proof", reason: "signature"},
		{name: "typ vp+jwt", token: f.sign(t, ed, map[string]any{"alg": "EdDSA", "typ": "vp+jwt", "kid": keyVM(ed.DID)}, f.raw(ed.DID, f.vcJWT[Ed25519])), failed: "syntax", reason: "typ"},
		{name: "no vp claim", token: withClaims(func(c map[string]any) { delete(c, "vp") }), failed: "syntax", reason: "no vp claim"},
		{name: "too many credentials", token: withClaims(func(c map[string]any) {
			c["vp"].(map[string]any)["verifiableCredential"] = make([]any, MaxPresentedCredentials+1)
		}), failed: "syntax", reason: "more than"},
	}
	ctx := context.Background()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			challenge, domain := testChallenge, testDomain
			if tc.challenge == "-" {
				challenge = ""
			} else if tc.challenge != "" {
				challenge = tc.challenge
			}
			if tc.domain != "" {
				domain = tc.domain
			}
			if !IsJWTPresentation(tc.token) && tc.failed != "syntax" {
				t.Fatalf("IsJWTPresentation = false")
			}
			res, presented := f.e.VerifyPresentationJWT(ctx, tc.token, f.r, nil, challenge, domain, f.now)
			if tc.failed == "" {
				if !res.Verified || len(presented) == 0 || len(res.Checks) != 4 {
					t.Fatalf("refused: %+v", res.Checks)
				}
				for _, p := range presented {
					if !p.Verification.Verified {
						t.Fatalf("a presented credential is not verified: %+v", p.Verification.Checks)
					}
				}
				return
			}
			if res.Verified {
				t.Fatalf("accepted: %+v", res.Checks)
			}
			for _, c := range res.Checks {
				if c.OK {
					continue
				}
				if c.Name != tc.failed || !strings.Contains(c.Reason, tc.reason) {
					t.Fatalf("first failed check %s (%s), want %s saying %q", c.Name, c.Reason, tc.failed, tc.reason)
				}
				return
			}
			t.Fatalf("not verified, but every check passed: %+v", res.Checks)
		})
	}
}

// The presented SD-JWT holds only what the holder disclosed.
func TestPresentationJWTDisclosesOnlyChosenClaims(t *testing.T) {
	f := newVPJWTFixture(t)
	ed := f.holders[Ed25519]
	token := f.present(t, ed, PresentationJWT{Holder: ed.DID, Credentials: []any{f.boundSDJWT(t, testChallenge, testDomain)}, Challenge: testChallenge, Domain: testDomain})
	res, presented := f.e.VerifyPresentationJWT(context.Background(), token, f.r, nil, testChallenge, testDomain, f.now)
	if !res.Verified || len(presented) != 1 {
		for _, c := range res.Credentials {
			t.Logf("credential: %+v", c.Checks)
		}
		t.Fatalf("%+v", res.Checks)
	}
	cs := presented[0].Credential["credentialSubject"].(map[string]any)
	if cs["memberOf"] == nil || cs["membershipLevel"] != nil {
		t.Fatalf("presented subject %v: want memberOf only", cs)
	}
}

// A binding made in two steps verifies as DiscloseSDJWT's own.
func TestSDJWTBindingInTwoSteps(t *testing.T) {
	f := newVPJWTFixture(t)
	ctx := context.Background()
	pres := f.boundSDJWT(t, testChallenge, testDomain)
	if v, _ := f.e.VerifyCredentialSDJWT(ctx, pres, f.r, nil, testChallenge, testDomain, f.now); !v.Verified {
		t.Fatalf("refused: %+v", v.Checks)
	}
	for _, tc := range []struct{ nonce, aud string }{{"other", testDomain}, {testChallenge, "did:web:platform-c.example"}} {
		if v, _ := f.e.VerifyCredentialSDJWT(ctx, pres, f.r, nil, tc.nonce, tc.aud, f.now); v.Verified {
			t.Fatalf("accepted for nonce %s aud %s", tc.nonce, tc.aud)
		}
	}
	// All claims withheld: the issuer JWT and a binding.
	none, err := DiscloseSDJWTUnbound(f.sdjwt, nil)
	if err != nil || !strings.HasSuffix(none, "~") {
		t.Fatalf("%q %v", none, err)
	}
	in, _ := SDJWTBindingInput(none, "EdDSA", "", testChallenge, testDomain, f.now)
	sig, _ := SignInput(f.holders[Ed25519], in)
	if v, _ := f.e.VerifyCredentialSDJWT(ctx, AttachSDJWTBinding(none, in, sig), f.r, nil, testChallenge, testDomain, f.now); !v.Verified {
		t.Fatalf("nothing disclosed, bound: %+v", v.Checks)
	}
	for _, bad := range []struct{ pres, nonce, aud string }{{strings.TrimSuffix(none, "~"), "n", "a"}, {none, "", "a"}, {none, "n", ""}} {
		if _, err := SDJWTBindingInput(bad.pres, "EdDSA", "", bad.nonce, bad.aud, f.now); err == nil {
			t.Fatalf("SDJWTBindingInput(%.20q…, %q, %q) accepted", bad.pres, bad.nonce, bad.aud)
		}
	}
}

func TestPresentationJWTRefusesToBuild(t *testing.T) {
	k1, _ := NewKeyPair(Secp256k1, nil)
	other, _ := NewKeyPair(Ed25519, nil)
	ok := PresentationJWT{Holder: k1.DID, Credentials: []any{"a.b.c"}, Challenge: "c", Domain: "d"}
	if _, err := ok.SigningInput(); err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func(*PresentationJWT){
		"no challenge":          func(p *PresentationJWT) { p.Challenge = "" },
		"no domain":             func(p *PresentationJWT) { p.Domain = "" },
		"no holder":             func(p *PresentationJWT) { p.Holder = "" },
		"ES256 on secp256k1":    func(p *PresentationJWT) { p.Alg = "ES256" },
		"kid of another DID":    func(p *PresentationJWT) { p.KeyID = keyVM(other.DID) },
		"kid that is the DID":   func(p *PresentationJWT) { p.KeyID = k1.DID },
		"no credentials":        func(p *PresentationJWT) { p.Credentials = nil },
		"a credential of 5":     func(p *PresentationJWT) { p.Credentials = []any{5} },
		"expires before issued": func(p *PresentationJWT) { p.IssuedAt = time.Now(); p.Expires = time.Now().Add(-time.Second) },
	} {
		p := ok
		edit(&p)
		if _, err := p.SigningInput(); err == nil {
			t.Errorf("%s: built", name)
		}
	}
	in, _ := ok.SigningInput()
	if _, err := SignInput(other, in); err == nil {
		t.Error("an Ed25519 key signed an ES256K header")
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// tamper changes the first byte of a JWS's signature.
func tamper(jws string) string {
	i := strings.LastIndex(jws, ".") + 1
	b := []byte(jws)
	if b[i] == 'A' {
		b[i] = 'B'
	} else {
		b[i] = 'A'
	}
	return string(b)
}
