package identity

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
)

// Security review of the holder's statements and the destination's
// verdict: what a partner relaying them could swap or forge.

func holderStatement(t *testing.T, kp *did.KeyPair, kid, typ string, claims map[string]any) string {
	t.Helper()
	in, err := SigningInput("EdDSA", kid, typ, claims)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := did.SignInput(kp, in)
	if err != nil {
		t.Fatal(err)
	}
	return did.CompleteJWS(in, sig)
}

// TestAttackHolderStatementConfusion: a consent cannot pass for an unlink
// (nor the other way), a statement for another platform or by another
// key is refused, and a platform's verdict is no holder statement
// (defenses hold).
func TestAttackHolderStatementConfusion(t *testing.T) {
	ctx := context.Background()
	r := did.NewResolver(did.Options{})
	holder, _ := did.NewKeyPair(did.Ed25519, nil)
	mallory, _ := did.NewKeyPair(did.Ed25519, nil)
	kid := holder.DID + "#" + strings.TrimPrefix(holder.DID, "did:key:")
	now := time.Now()
	consent := holderStatement(t, holder, kid, ConsentTyp, ConsentClaims(holder.DID, "did:web:b", "did:web:a", "n1", Consented{}, now))
	unlink := holderStatement(t, holder, kid, UnlinkTyp, UnlinkClaims(holder.DID, "did:web:b", "m1", now))
	if _, err := VerifyHolderStatement(ctx, consent, ConsentTyp, holder.DID, "did:web:b", r); err != nil {
		t.Fatalf("the good consent: %v", err)
	}
	// Mallory signs with her key but names the holder's.
	forged := holderStatement(t, mallory, kid, UnlinkTyp, UnlinkClaims(holder.DID, "did:web:b", "m1", now))
	// Mallory's own key, claiming to be the holder.
	own := holderStatement(t, mallory, mallory.DID+"#"+strings.TrimPrefix(mallory.DID, "did:key:"), UnlinkTyp, UnlinkClaims(holder.DID, "did:web:b", "m1", now))
	verdict, _ := SignVerdict(&Verdict{Migration: "m1", Holder: holder.DID, Platform: mallory.DID, From: "did:web:a"}, newSigner(t))
	for name, c := range map[string]struct{ tok, typ, aud string }{
		"a consent as an unlink":    {consent, UnlinkTyp, "did:web:b"},
		"an unlink as a consent":    {unlink, ConsentTyp, "did:web:b"},
		"an unlink for another":     {unlink, UnlinkTyp, "did:web:c"},
		"a forged signature":        {forged, UnlinkTyp, "did:web:b"},
		"another key than holder's": {own, UnlinkTyp, "did:web:b"},
		"a verdict as an unlink":    {verdict, UnlinkTyp, "did:web:b"},
		"alg none":                  {strings.Join(append(strings.Split(unlink, ".")[:2], ""), "."), UnlinkTyp, "did:web:b"},
	} {
		if _, err := VerifyHolderStatement(ctx, c.tok, c.typ, holder.DID, c.aud, r); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestAttackVerdictSignedByHolderKey: a verdict must be signed by the
// platform, not by a holder statement's key (defense holds).
func TestAttackVerdictSignedByHolderKey(t *testing.T) {
	ctx := context.Background()
	r := did.NewResolver(did.Options{})
	b := newSigner(t)
	v := &Verdict{Migration: "m1", Holder: "did:key:zH", Platform: b.DID, From: "did:web:a", Admitted: true}
	// A consent-typed JWS with the verdict's claims.
	in, _ := SigningInput("EdDSA", b.KeyID, ConsentTyp, map[string]any{"iss": b.DID, "verdict": v})
	sig, _ := did.SignInput(b.Key, in)
	if _, err := VerifyVerdict(ctx, did.CompleteJWS(in, sig), b.DID, "m1", r); err == nil {
		t.Error("a verdict of another JWS type was accepted")
	}
}
