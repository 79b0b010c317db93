package walletjs_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/testnet/walletjs"
)

// A presentation a node prepares is signed by the holder's own wallet
// outside mifm (signer.mjs, ethers 6, ES256K) and verifies in mifm; the
// wallet refuses a request that is not for its DID.
func TestOutsideWalletSignsPresentation(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Node.js wallet processes")
	}
	walletjs.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	key, _ := crypto.GenerateKey()
	keyHex := hexutil.Encode(crypto.FromECDSA(key))
	holder, err := walletjs.KeyDID(ctx, keyHex)
	if err != nil {
		t.Fatal(err)
	}
	want, err := did.KeyDID(did.Secp256k1, crypto.CompressPubkey(&key.PublicKey))
	if err != nil || holder != want {
		t.Fatalf("signer.mjs's DID %s, mifm's %s (%v)", holder, want, err)
	}

	e, err := did.NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	issuer, _ := did.NewKeyPair(did.Ed25519, nil)
	vc, _, err := e.IssueCredentialJWT(did.IssueRequest{Issuer: issuer, Subject: holder, Types: []string{"MembershipCredential"},
		Contexts: []string{did.ContextMifm}, Claims: map[string]any{"memberOf": "did:web:platform-a.example"}})
	if err != nil {
		t.Fatal(err)
	}
	const challenge, domain = "nonce-5e2", "did:web:platform-b.example"
	now := time.Now()
	kid := holder + "#" + strings.TrimPrefix(holder, "did:key:")
	input, err := did.PresentationJWT{Holder: holder, KeyID: kid, Alg: "ES256K", Credentials: []any{vc}, Challenge: challenge, Domain: domain}.SigningInput()
	if err != nil {
		t.Fatal(err)
	}
	item, err := did.NewSignItem("presentation", input)
	if err != nil {
		t.Fatal(err)
	}
	req := &did.SignRequest{Type: did.SignRequestType, ID: "req-7", Holder: holder, KeyID: kid, Alg: "ES256K",
		Purpose: "Show your membership to platform B", Audience: domain, Expires: now.Add(time.Minute).Format(time.RFC3339), Items: []did.SignItem{item}}
	if err := req.Check(now); err != nil {
		t.Fatal(err)
	}
	out, err := walletjs.Sign(ctx, keyHex, req)
	if err != nil {
		t.Fatal(err)
	}
	var resp did.SignResponse
	if err := json.Unmarshal(out, &resp); err != nil {
		t.Fatalf("signer.mjs answered %s: %v", out, err)
	}
	jws, err := req.Complete(&resp)
	if err != nil {
		t.Fatal(err)
	}
	r := did.NewResolver(did.Options{})
	if err := did.VerifySignedItem(ctx, jws["presentation"], holder, r); err != nil {
		t.Fatal(err)
	}
	res, presented := e.VerifyPresentationJWT(ctx, jws["presentation"], r, nil, challenge, domain, time.Now())
	if !res.Verified || len(presented) != 1 {
		t.Fatalf("mifm refuses the outside wallet's presentation: %+v", res.Checks)
	}

	other, _ := did.NewKeyPair(did.Secp256k1, nil)
	for name, edit := range map[string]func(*did.SignRequest){
		"for another DID": func(r *did.SignRequest) { r.Holder = other.DID },
		"expired":         func(r *did.SignRequest) { r.Expires = now.Add(-time.Minute).Format(time.RFC3339) },
		"ES256":           func(r *did.SignRequest) { r.Alg = "ES256" },
		"claims shown are not signed": func(r *did.SignRequest) {
			r.Items = []did.SignItem{{Name: "presentation", SigningInput: item.SigningInput, Header: item.Header, Claims: map[string]any{"aud": "x"}}}
		},
	} {
		bad := *req
		edit(&bad)
		_, err := walletjs.Sign(ctx, keyHex, &bad)
		var werr *walletjs.Error
		if !errors.As(err, &werr) || !strings.Contains(werr.Stderr, "refused") {
			t.Errorf("%s: signer.mjs: %v", name, err)
		}
		if err != nil && strings.Contains(err.Error(), keyHex[2:]) {
			t.Errorf("%s: the error carries the key", name)
		}
	}
}
