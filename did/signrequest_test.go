package did

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// signRequestFor is a request for holder to sign a presentation and an
// SD-JWT binding, as a node prepares it for an outside wallet.
func signRequestFor(t testing.TB, f *vpjwtFixture, holder *KeyPair, now time.Time) *SignRequest {
	t.Helper()
	vp, err := PresentationJWT{Holder: holder.DID, Credentials: []any{f.vcJWT[holder.Type]}, Challenge: testChallenge, Domain: testDomain, IssuedAt: now}.SigningInput()
	if err != nil {
		t.Fatal(err)
	}
	alg := jwsMethod(holder.Type).Alg()
	req := &SignRequest{Type: SignRequestType, ID: "req-1", Holder: holder.DID, KeyID: keyVM(holder.DID), Alg: alg,
		Purpose: "Show your membership to platform B", Audience: testDomain, Expires: now.Add(time.Minute).Format(time.RFC3339)}
	item, err := NewSignItem("presentation", vp)
	if err != nil {
		t.Fatal(err)
	}
	req.Items = append(req.Items, item)
	pres, _ := DiscloseSDJWTUnbound(f.sdjwt, []string{"memberOf"})
	kb, err := SDJWTBindingInput(pres, alg, keyVM(holder.DID), testChallenge, testDomain, now)
	if err != nil {
		t.Fatal(err)
	}
	item, err = NewSignItem("binding", kb)
	if err != nil {
		t.Fatal(err)
	}
	return &SignRequest{Type: req.Type, ID: req.ID, Holder: req.Holder, KeyID: req.KeyID, Alg: req.Alg, Purpose: req.Purpose, Audience: req.Audience, Expires: req.Expires, Items: append(req.Items, item)}
}

func TestSignRequestRoundTrip(t *testing.T) {
	f := newVPJWTFixture(t)
	ctx := context.Background()
	for _, kt := range []KeyType{Ed25519, Secp256k1} {
		holder := f.holders[kt]
		req := signRequestFor(t, f, holder, f.now)
		// Through JSON, as a wallet outside gets and answers it.
		raw, _ := json.Marshal(req)
		var got SignRequest
		if err := json.Unmarshal(raw, &got); err != nil || got.Check(f.now) != nil {
			t.Fatalf("%s: the request does not survive JSON: %v %v", kt, err, got.Check(f.now))
		}
		resp, err := SignWith(holder, &got, f.now)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ = json.Marshal(resp)
		var back SignResponse
		_ = json.Unmarshal(raw, &back)
		jws, err := req.Complete(&back)
		if err != nil || len(jws) != 2 {
			t.Fatalf("%s: complete: %v %v", kt, jws, err)
		}
		for name, token := range jws {
			if err := VerifySignedItem(ctx, token, holder.DID, f.r); err != nil {
				t.Fatalf("%s %s: %v", kt, name, err)
			}
			if err := VerifySignedItem(ctx, token, f.other.DID, f.r); err == nil {
				t.Fatalf("%s %s verified as signed by another DID", kt, name)
			}
		}
		if res, _ := f.e.VerifyPresentationJWT(ctx, jws["presentation"], f.r, nil, testChallenge, testDomain, f.now); !res.Verified {
			t.Fatalf("%s: the completed presentation: %+v", kt, res.Checks)
		}
	}
}

func TestSignRequestRefused(t *testing.T) {
	f := newVPJWTFixture(t)
	holder := f.holders[Secp256k1]
	otherItem := func(r *SignRequest) {
		vp, _ := PresentationJWT{Holder: f.other.DID, Credentials: []any{"a.b.c"}, Challenge: "c", Domain: "d"}.SigningInput()
		it, _ := NewSignItem("other", vp)
		r.Items = append(r.Items, it)
	}
	cases := map[string]func(*SignRequest){
		"another type":            func(r *SignRequest) { r.Type = "x" },
		"no id":                   func(r *SignRequest) { r.ID = "" },
		"holder no DID":           func(r *SignRequest) { r.Holder = "alice" },
		"key of another DID":      func(r *SignRequest) { r.KeyID = keyVM(f.other.DID) },
		"unknown alg":             func(r *SignRequest) { r.Alg = "HS256" },
		"alg other than items'":   func(r *SignRequest) { r.Alg = "ES256" },
		"expired":                 func(r *SignRequest) { r.Expires = f.now.Add(-time.Second).Format(time.RFC3339) },
		"undated":                 func(r *SignRequest) { r.Expires = "" },
		"no items":                func(r *SignRequest) { r.Items = nil },
		"too many items":          func(r *SignRequest) { r.Items = make([]SignItem, MaxSignItems+1) },
		"names not unique":        func(r *SignRequest) { r.Items[1].Name = r.Items[0].Name },
		"shown claims not signed": func(r *SignRequest) { r.Items[0].Claims["aud"] = "did:web:elsewhere.example" },
		"item kid of another DID": otherItem,
	}
	for name, edit := range cases {
		req := signRequestFor(t, f, holder, f.now)
		edit(req)
		if err := req.Check(f.now); !errors.Is(err, ErrSignRequest) {
			t.Errorf("%s: Check = %v", name, err)
		}
		if _, err := SignWith(holder, req, f.now); err == nil {
			t.Errorf("%s: signed", name)
		}
	}
	req := signRequestFor(t, f, holder, f.now)
	if _, err := SignWith(f.holders[Ed25519], req, f.now); err == nil || !strings.Contains(err.Error(), "this key is") {
		t.Errorf("signed a request for another DID: %v", err)
	}
	resp, err := SignWith(holder, req, f.now)
	if err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func(*SignResponse){
		"wrong id":        func(r *SignResponse) { r.ID = "req-2" },
		"wrong type":      func(r *SignResponse) { r.Type = SignRequestType },
		"missing item":    func(r *SignResponse) { r.Signatures = r.Signatures[:1] },
		"extra item":      func(r *SignResponse) { r.Signatures = append(r.Signatures, ItemSignature{Name: "x", Signature: "AA"}) },
		"twice one item":  func(r *SignResponse) { r.Signatures[1].Name = r.Signatures[0].Name },
		"not base64url":   func(r *SignResponse) { r.Signatures[0].Signature = "a+b/" },
		"empty signature": func(r *SignResponse) { r.Signatures[0].Signature = "" },
	} {
		bad := *resp
		bad.Signatures = append([]ItemSignature(nil), resp.Signatures...)
		edit(&bad)
		if _, err := req.Complete(&bad); !errors.Is(err, ErrSignRequest) {
			t.Errorf("%s: Complete = %v", name, err)
		}
	}
	if _, err := NewSignItem("x", "not.a.jws"); err == nil {
		t.Error("NewSignItem accepted three parts")
	}
}
