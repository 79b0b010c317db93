package identity

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

func openRecords(t *testing.T) *Records {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &Records{DB: db}
}

// A partner's open offers are counted without reading every migration:
// answered and expired ones stop counting, and its bound is its own.
func TestOpenOffersAreBoundedPerPartner(t *testing.T) {
	r := openRecords(t)
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	put := func(peer, id, status string, expires time.Time) {
		t.Helper()
		m := &Migration{ID: id, Role: RoleIncoming, Peer: peer, Holder: "did:key:z", Status: status, Offer: &Offer{ID: id, Expires: expires.Format(time.RFC3339)}}
		if err := r.Put(m, now); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 5 {
		put("did:web:a", fmt.Sprint("a", i), StatusOffered, now.Add(time.Minute))
	}
	put("did:web:a", "old", StatusOffered, now.Add(-time.Second))
	put("did:web:b", "b0", StatusOffered, now.Add(time.Minute))
	put("did:web:a", "a0", StatusAdmitted, now.Add(time.Minute)) // answered
	if n, err := r.OpenOffers("did:web:a", now); err != nil || n != 4 {
		t.Fatalf("A's open offers: %d %v, want 4", n, err)
	}
	if n, _ := r.OpenOffers("did:web:b", now); n != 1 {
		t.Fatalf("B's open offers: %d, want 1", n)
	}
	// The expired offer's index entry is gone; its record stays.
	left := 0
	_ = r.DB.Scan([]byte(store.IdentityOpenPrefix), nil, func(k, _ []byte) bool { left++; return true })
	if left != 5 {
		t.Fatalf("%d index entries, want 5", left)
	}
	if _, err := r.Get(RoleIncoming, "old"); err == nil {
		t.Fatal("the expired, never answered offer's record stays")
	}
	if m, err := r.Get(RoleIncoming, "a0"); err != nil || m.Status != StatusAdmitted {
		t.Fatalf("an answered offer's record: %+v %v", m, err)
	}
	if _, err := r.Get(RoleOutgoing, "a1"); err == nil {
		t.Fatal("an incoming record read as outgoing")
	}
}

// Updates never signed do not pile up.
func TestPendingUpdatesExpire(t *testing.T) {
	r := openRecords(t)
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	for i, at := range []time.Time{now.Add(-time.Hour), now.Add(-time.Minute)} {
		if err := r.PutUpdate(&Update{ID: fmt.Sprint("u", i), Created: at.Format(time.RFC3339)}, at); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.PutUpdate(&Update{ID: "u2", Created: now.Format(time.RFC3339)}, now); err != nil {
		t.Fatal(err)
	}
	if _, _, err := r.TakeUpdate("u0"); err == nil {
		t.Fatal("an hour-old unsigned update is still there")
	}
	for _, id := range []string{"u1", "u2"} {
		u, done, err := r.TakeUpdate(id)
		if err != nil || u.ID != id {
			t.Fatalf("%s: %v", id, err)
		}
		if err := done(); err != nil {
			t.Fatal(err)
		}
		if _, _, err := r.TakeUpdate(id); err == nil {
			t.Fatalf("%s was taken twice", id)
		}
	}
}

func TestDefinitionAsksWhatThePolicyReads(t *testing.T) {
	p, err := did.ParsePolicy([]byte(`{"minimumAge": 18, "credentials": [
		{"type": "MembershipCredential", "required": true, "trustedIssuers": ["*"], "claims": [{"claim": "memberOf", "equals": "did:web:a"}]},
		{"type": "ReputationCredential", "trustedIssuers": ["*"], "claims": [{"claim": "reputationScore", "atLeast": 3}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	pd, err := Definition("d1", []string{"KYCCredential", "MembershipCredential"}, p)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range pd.InputDescriptors {
		ids = append(ids, d.ID)
		if d.Constraints.LimitDisclosure != "required" {
			t.Errorf("%s: limit_disclosure %q", d.ID, d.Constraints.LimitDisclosure)
		}
	}
	// Required by the manifesto or the policy; an optional rule's type is
	// not asked for.
	if !slices.Equal(ids, []string{"KYCCredential", "MembershipCredential"}) {
		t.Fatalf("descriptors %v", ids)
	}
	for _, c := range []struct {
		types []string
		want  []string
		ok    bool
	}{
		{[]string{"VerifiableCredential", "MembershipCredential"}, []string{"ageOver", "birthDate", "memberOf"}, true},
		{[]string{"VerifiableCredential", "KYCCredential"}, nil, true},
		{[]string{"VerifiableCredential", "ReputationCredential"}, nil, false},
	} {
		got, ok := Asked(pd, c.types)
		if ok != c.ok || !slices.Equal(got, c.want) {
			t.Errorf("Asked(%v) = %v %v, want %v %v", c.types, got, ok, c.want, c.ok)
		}
	}
	if _, err := Definition("d2", nil, nil); err == nil {
		t.Fatal("a platform that requires nothing made a definition")
	}
}

// A verdict is the destination's: signed by its key, about the migration
// asked; anything else is refused.
func TestVerdictSignature(t *testing.T) {
	ctx := context.Background()
	b := newSigner(t)
	other := newSigner(t)
	v := &Verdict{Migration: "m1", Holder: "did:key:zH", Platform: b.DID, From: "did:web:a", Admitted: true, Time: "2026-11-30T12:00:00Z"}
	tok, err := SignVerdict(v, b)
	if err != nil {
		t.Fatal(err)
	}
	r := did.NewResolver(did.Options{})
	got, err := VerifyVerdict(ctx, tok, b.DID, "m1", r)
	if err != nil || !got.Admitted || got.Holder != v.Holder {
		t.Fatalf("verify: %+v %v", got, err)
	}
	forged, _ := SignVerdict(v, other)
	for name, c := range map[string]struct{ tok, platform, migration string }{
		"another platform's key": {forged, b.DID, "m1"},
		"another migration":      {tok, b.DID, "m2"},
		"said to be another's":   {tok, other.DID, "m1"},
		"tampered":               {tok[:len(tok)-4] + "AAAA", b.DID, "m1"},
		"not a JWS":              {"x.y", b.DID, "m1"},
	} {
		if _, err := VerifyVerdict(ctx, c.tok, c.platform, c.migration, r); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func newSigner(t *testing.T) *re.Signer {
	t.Helper()
	kp, err := did.NewKeyPair(did.Ed25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &re.Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp}
}

func TestScopeBounds(t *testing.T) {
	long := strings.Repeat("x", MaxScopeItem+1)
	many := make([]string, MaxScopeItems+1)
	for i := range many {
		many[i] = "p"
	}
	cred := []json.RawMessage{json.RawMessage(`{}`)}
	for name, s := range map[string]Scope{
		"no credential":    {},
		"too many":         {Credentials: make([]json.RawMessage, MaxCredentials+1)},
		"a long avatar":    {Credentials: cred, Avatars: []string{long}},
		"an empty claim":   {Credentials: cred, Claims: []string{""}},
		"many permissions": {Credentials: cred, Permissions: many},
	} {
		if err := s.Check(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := (&Scope{Credentials: cred, Avatars: []string{"home"}}).Check(); err != nil {
		t.Fatal(err)
	}
}

// FuzzReadHeld: credentials come from the platform's request as they are;
// reading one never panics, and a status URL is found only where a status
// entry names it.
func FuzzReadHeld(f *testing.F) {
	f.Add([]byte(`{"type":["VerifiableCredential"],"credentialStatus":{"statusListCredential":"https://a/1"}}`))
	f.Add([]byte(`"eyJhbGciOiJFZERTQSIsInR5cCI6InZjK2p3dCJ9.eyJ0eXBlIjoiVmVyaWZpYWJsZUNyZWRlbnRpYWwifQ.c2ln"`))
	f.Add([]byte(`"a.b.c~d~"`))
	f.Add([]byte(`42`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if h, err := ReadHeld(raw); err == nil && h == nil {
			t.Fatal("nil credential without an error")
		}
		if u := StatusURL(raw); u != "" && !strings.Contains(string(raw), "statusListCredential") && !strings.HasPrefix(string(raw), `"`) {
			t.Fatalf("a status URL %q from %q", u, raw)
		}
	})
}

// FuzzVerifyVerdict: a verdict comes from the destination over RE.
func FuzzVerifyVerdict(f *testing.F) {
	b := &re.Signer{}
	kp, _ := did.NewKeyPair(did.Ed25519, make([]byte, 32))
	b.DID, b.KeyID, b.Key = kp.DID, kp.DID+"#"+strings.TrimPrefix(kp.DID, "did:key:"), kp
	tok, _ := SignVerdict(&Verdict{Migration: "m1", Platform: kp.DID}, b)
	f.Add(tok)
	f.Add("e30.e30.")
	r := did.NewResolver(did.Options{})
	f.Fuzz(func(t *testing.T, tok string) {
		v, err := VerifyVerdict(context.Background(), tok, kp.DID, "m1", r)
		if err == nil && (v.Migration != "m1" || v.Platform != kp.DID) {
			t.Fatalf("accepted a verdict about %s of %s", v.Migration, v.Platform)
		}
	})
}
