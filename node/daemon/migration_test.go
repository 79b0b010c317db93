package daemon

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/identity"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/riclient"
	"github.com/mifm/mifm/node/trust"
	"github.com/mifm/mifm/wallet"
)

// migrationFixture is two platforms, A (the identity's home, its issuer)
// and B (the destination, with an admission policy), and a user's wallet
// apart from both.
type migrationFixture struct {
	a, b           *InProcess
	ca, cb         *riclient.Client
	aDID, bDID     string
	issuer, holder string
	w              *wallet.Wallet
	// u is the wallet unlocked for the test: a user's session.
	u *wallet.Unlocked
	// c is a third partner, when a test started one.
	c *InProcess
}

// freshHolder is the fixture with a holder and wallet of its own, on the
// same nodes.
func (f *migrationFixture) freshHolder(t testing.TB) *migrationFixture {
	t.Helper()
	g := *f
	g.w = wallet.Open(t.TempDir(), true)
	var err error
	if g.holder, err = g.w.Init(did.Ed25519, walletPass); err != nil {
		t.Fatal(err)
	}
	if g.u, err = g.w.Unlock(walletPass); err != nil {
		t.Fatal(err)
	}
	return &g
}

const walletPass = "wallet passphrase"

func newMigrationFixture(t testing.TB) *migrationFixture {
	t.Helper()
	// B takes migrations in bulk (the benchmark runs them back to back):
	// each is 3 RE requests from A, more than the default per-sender rate.
	bulk := func(c *home.Config) {
		c.Net.AllowPrivate = home.Loopback
		c.Net.RatePerSender, c.Net.BurstPerSender = 500, 500
		c.Net.RatePerIP, c.Net.BurstPerIP = 1000, 1000
	}
	f := &migrationFixture{a: startNodeWith(t, "platform-a.json", false, bulk), b: startNodeWith(t, "platform-b.json", false, bulk)}
	partners(t, f.a, f.b)
	f.ca, f.cb = client(t, f.a), client(t, f.b)
	f.aDID, f.bDID = f.a.Core.Home.Config.Platform.DID, f.b.Core.Home.Config.Platform.DID
	if code, p := ri(t, f.a, "POST", "/ri/v1/channels", api.OpenChannelRequest{Peer: f.b.RE}, nil); code != 200 {
		t.Fatalf("open channel: %d %v", code, p)
	}
	ctx := t.Context()
	iss, err := f.ca.CreateDID(ctx, api.CreateDIDRequest{})
	if err != nil {
		t.Fatal(err)
	}
	f.issuer = iss.DID
	f.w = wallet.Open(t.TempDir(), true)
	if f.holder, err = f.w.Init(did.Ed25519, walletPass); err != nil {
		t.Fatal(err)
	}
	if f.u, err = f.w.Unlock(walletPass); err != nil {
		t.Fatal(err)
	}
	// B admits members of A aged 18 or more, on A's issuer's word.
	policy := map[string]any{
		"minimumAge": 18,
		"credentials": []any{map[string]any{"type": "MembershipCredential", "required": true, "trustedIssuers": []string{f.issuer},
			"claims": []any{map[string]any{"claim": "memberOf", "equals": f.aDID}}}},
	}
	b, _ := json.Marshal(policy)
	if err := os.WriteFile(filepath.Join(f.b.Core.Home.Dir, "admission.json"), b, 0o600); err != nil {
		t.Fatal(err)
	}
	f.b.Core.Home.Config.Identity.Policy = "admission.json"
	return f
}

// issue has A's issuer sign a credential for the holder.
func (f *migrationFixture) issue(t testing.TB, issuer, format, typ string, claims map[string]any) json.RawMessage {
	t.Helper()
	vc, err := f.ca.IssueCredential(t.Context(), api.IssueCredentialRequest{Issuer: issuer, Subject: f.holder, Types: []string{typ}, Claims: claims,
		Format: format, Status: &api.StatusRequest{URL: "https://platform-a.example/status/" + issuer[len(issuer)-8:]}})
	if err != nil {
		t.Fatalf("issue %s: %v", typ, err)
	}
	if format == api.FormatLDP {
		b, _ := json.Marshal(vc.Credential)
		return b
	}
	b, _ := json.Marshal(vc.Token)
	return b
}

// sign answers every sign request of a migration with the wallet.
func (f *migrationFixture) sign(t testing.TB, m *identity.Migration) *identity.Migration {
	t.Helper()
	for m.SignRequest != nil {
		resp, err := f.u.Sign(m.SignRequest, time.Now())
		if err != nil {
			t.Fatalf("wallet: %v", err)
		}
		if m, err = f.ca.SignMigration(t.Context(), m.ID, *resp); err != nil {
			t.Fatalf("sign migration: %v", err)
		}
	}
	return m
}

func (f *migrationFixture) migrate(t testing.TB, scope identity.Scope) *identity.Migration {
	t.Helper()
	m, err := f.ca.MigrateIdentity(t.Context(), api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: scope})
	if err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if m.Status != identity.StatusSigning || m.SignRequest == nil {
		t.Fatalf("a new migration waits for the wallet: %+v", m)
	}
	return f.sign(t, m)
}

func events(t *testing.T, n *InProcess, typ string) int {
	t.Helper()
	evs, err := n.Core.Outbox().List(0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	for _, e := range evs {
		if e.Type == typ {
			count++
		}
	}
	return count
}

func failed(v *identity.Verdict) []string {
	var out []string
	for _, r := range v.Failed() {
		out = append(out, r.Rule+": "+r.Detail)
	}
	return out
}

// TestIdentityMigrationAcrossNodes is FGMV-43 9.4, every step, between two
// nodes with the user's wallet apart from both: offer, selective
// disclosure, the wallet's signatures, B's verification and signed
// verdict, B's import, the anchored link, a change made on B synced to A
// as the holder's own version, a concurrent change settled by the home,
// the unlink, and a revocation reaching B.
func TestIdentityMigrationAcrossNodes(t *testing.T) {
	// Its own nodes and chains: it runs beside the other long ones.
	t.Parallel()
	f := newMigrationFixture(t)
	ctx := t.Context()
	member := f.issue(t, f.issuer, api.FormatSDJWT, "MembershipCredential", map[string]any{
		"memberOf": f.aDID, "membershipLevel": "gold", "since": "2024-01-01", "ageOver": 21,
	})
	reputation := f.issue(t, f.issuer, api.FormatJWT, "ReputationCredential", map[string]any{"reputationScore": 4.5})
	scope := identity.Scope{Credentials: []json.RawMessage{member, reputation}, Avatars: []string{"home"}, Permissions: []string{"chat"}}

	m := f.migrate(t, scope)
	if m.Status != identity.StatusAdmitted || m.Verdict == nil || !m.Verdict.Admitted {
		t.Fatalf("migration: %s %+v", m.Status, m.Verdict)
	}
	for _, r := range m.Verdict.Reasons {
		if !r.OK {
			t.Errorf("rule %s failed: %s", r.Rule, r.Detail)
		}
	}
	// B never receives a claim it did not ask for: only memberOf and
	// ageOver of the membership, and not the reputation credential at all.
	in, err := f.cb.Migration(ctx, m.ID, identity.RoleIncoming)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Verdict.Disclosed) != 1 || !slices.Equal(in.Verdict.Disclosed[0].Claims, []string{"ageOver", "memberOf"}) {
		t.Fatalf("B learnt %+v, want only ageOver and memberOf of the membership", in.Verdict.Disclosed)
	}
	for _, secret := range []string{"membershipLevel", "gold", "2024-01-01", "reputationScore"} {
		if strings.Contains(decodedPresentation(t, in.Presentation), secret) {
			t.Errorf("the presentation B received discloses %q", secret)
		}
	}
	if !slices.Equal(in.Scope.Avatars, []string{"home"}) || !slices.Equal(in.Scope.Permissions, []string{"chat"}) {
		t.Errorf("B's record of the consented scope: %+v", in.Scope)
	}
	t.Logf("disclosed %d bytes of presentation for a %d-byte credential and a %d-byte one kept back", len(in.Presentation), len(member), len(reputation))
	// Both platforms were told.
	if events(t, f.a, "identity.admitted") != 1 || events(t, f.b, "identity.admitted") != 1 {
		t.Errorf("identity.admitted events: A %d, B %d", events(t, f.a, "identity.admitted"), events(t, f.b, "identity.admitted"))
	}
	// 9.4 step 4: B's platform imports the identity as an account.
	if in, err = f.cb.ImportIdentity(ctx, api.ImportRequest{ID: m.ID, Account: "ada@platform-b"}); err != nil || in.Status != identity.StatusImported {
		t.Fatalf("import: %+v %v", in, err)
	}
	if links, err := f.ca.IdentityLinks(ctx, f.holder); err != nil || len(links) != 1 || links[0].Platform != f.bDID || links[0].Status != identity.StatusAdmitted {
		t.Fatalf("A's links: %+v %v", links, err)
	}
	if links, err := f.cb.IdentityLinks(ctx, f.holder); err != nil || len(links) != 1 || links[0].Account != "ada@platform-b" {
		t.Fatalf("B's links: %+v %v", links, err)
	}
	// The link is anchored in the identity's version on A, and B holds it.
	subject := "identity:" + f.holder
	headA, err := f.ca.SubjectHead(ctx, subject)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(mapValues(headA.Head.Version.State), f.bDID) || !slices.Contains(headA.Subject.Holders, f.bDID) {
		t.Fatalf("A's identity subject: %+v", headA)
	}
	if headB, err := f.cb.SubjectHead(ctx, subject); err != nil || headB.Head.CID != headA.Head.CID {
		t.Fatalf("B's copy of the identity: %+v %v", headB, err)
	}

	// 9.4 steps 5-7: the user changes their profile on B; the holder signs;
	// A gets it as an anchored version and its platform is told.
	u, err := f.cb.UpdateIdentity(ctx, api.IdentityUpdateRequest{Holder: f.holder, State: map[string]string{"display-name": "Ada on B"}})
	if err != nil || u.SignRequest == nil {
		t.Fatalf("update: %+v %v", u, err)
	}
	resp, err := f.w.Sign(u.SignRequest, walletPass, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	o, err := f.cb.SignIdentityUpdate(ctx, u.ID, *resp)
	if err != nil {
		t.Fatalf("sign update: %v", err)
	}
	if len(o.Synced) != 1 || o.Synced[0].Peer != f.aDID || o.Synced[0].Status != anchor.StandingHead {
		t.Fatalf("the update's sync to A: %+v", o)
	}
	headA, _ = f.ca.SubjectHead(ctx, subject)
	if headA.Head.CID != o.CID || headA.Head.Version.Author != f.holder || headA.Head.Version.State["display-name"] != "Ada on B" {
		t.Fatalf("A's head after B's update: %+v", headA.Head)
	}
	if events(t, f.a, "identity.changed") != 1 {
		t.Errorf("A's platform got %d identity.changed events, want 1", events(t, f.a, "identity.changed"))
	}
	// The same update signed again is refused: it was used.
	if _, err := f.cb.SignIdentityUpdate(ctx, u.ID, *resp); err == nil {
		t.Error("an update was applied twice")
	}

	// Conflict: A's platform and B's user change the same field from the
	// same version. The home's rule keeps A's; B's stays as a branch the
	// user can pick by reverting to it.
	base := headA.Head.CID
	ua, err := f.ca.ProposeVersion(ctx, api.ProposeVersionRequest{Subject: subject, State: merge(headA.Head.Version.State, "display-name", "Ada (A)"), Prev: base})
	if err != nil {
		t.Fatal(err)
	}
	u, err = f.cb.UpdateIdentity(ctx, api.IdentityUpdateRequest{Holder: f.holder, State: map[string]string{"display-name": "Ada (B)"}, Prev: base})
	if err != nil {
		t.Fatal(err)
	}
	resp, _ = f.w.Sign(u.SignRequest, walletPass, time.Now())
	ob, err := f.cb.SignIdentityUpdate(ctx, u.ID, *resp)
	if err != nil {
		t.Fatal(err)
	}
	headA, _ = f.ca.SubjectHead(ctx, subject)
	if headA.Head.CID != ua.CID {
		t.Fatalf("the home's version should win: head %s, A's %s, B's %s", headA.Head.CID, ua.CID, ob.CID)
	}
	hist, _ := f.ca.SubjectHistory(ctx, subject)
	kept := false
	for _, r := range hist {
		kept = kept || (r.CID == ob.CID && r.Standing == anchor.StandingBranch)
	}
	if !kept {
		t.Fatalf("B's version is not kept as a branch on A")
	}
	picked, err := f.ca.RevertVersion(ctx, api.ChooseVersionRequest{Subject: subject, CID: ob.CID})
	if err != nil || picked.Status != anchor.StandingHead {
		t.Fatalf("the user picks B's version: %+v %v", picked, err)
	}
	if h, _ := f.ca.SubjectHead(ctx, subject); h.Head.Version.State["display-name"] != "Ada (B)" {
		t.Fatalf("after picking: %+v", h.Head.Version.State)
	}

	// A revocation reaches B: A revokes the membership, B's admission ends
	// and B's platform is told.
	r, err := f.ca.RevokeCredential(ctx, api.RevokeCredentialRequest{Credential: member})
	if err != nil || r.Status != "revoked" {
		t.Fatalf("revoke: %+v %v", r, err)
	}
	in, _ = f.cb.Migration(ctx, m.ID, identity.RoleIncoming)
	if in.Status != identity.StatusRevoked || !strings.Contains(in.Error, "status") {
		t.Fatalf("B after the revocation: %s %q", in.Status, in.Error)
	}
	if events(t, f.b, "identity.revoked") != 1 {
		t.Errorf("B's platform got %d identity.revoked events", events(t, f.b, "identity.revoked"))
	}
	if _, err := f.cb.UpdateIdentity(ctx, api.IdentityUpdateRequest{Holder: f.holder, State: map[string]string{"display-name": "x"}}); err == nil || !strings.Contains(err.Error(), "revoked") {
		t.Errorf("an update of a revoked identity on B: %v", err)
	}
}

// identityUnlink: after the holder unlinks, B is told, B's platform
// cannot change the identity any more, and A refuses B's versions.
func identityUnlink(t *testing.T, f *migrationFixture) {
	ctx := t.Context()
	member := f.issue(t, f.issuer, api.FormatSDJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 30})
	m := f.migrate(t, identity.Scope{Credentials: []json.RawMessage{member}})
	if m.Status != identity.StatusAdmitted {
		t.Fatalf("migration: %s %v", m.Status, failed(m.Verdict))
	}
	un, err := f.ca.UnlinkIdentity(ctx, api.UnlinkRequest{ID: m.ID})
	if err != nil || un.SignRequest == nil {
		t.Fatalf("unlink: %+v %v", un, err)
	}
	un = f.sign(t, un)
	if un.Status != identity.StatusUnlinked || un.Error != "" {
		t.Fatalf("unlinked on A: %s %q", un.Status, un.Error)
	}
	in, _ := f.cb.Migration(ctx, m.ID, identity.RoleIncoming)
	if in.Status != identity.StatusUnlinked || events(t, f.b, "identity.unlinked") != 1 {
		t.Fatalf("B was not told: %s", in.Status)
	}
	if _, err := f.cb.UpdateIdentity(ctx, api.IdentityUpdateRequest{Holder: f.holder, State: map[string]string{"display-name": "x"}}); err == nil || !strings.Contains(err.Error(), "unlinked") {
		t.Fatalf("B changed an unlinked identity: %v", err)
	}
	subject := "identity:" + f.holder
	head, _ := f.ca.SubjectHead(ctx, subject)
	if slices.Contains(head.Subject.Holders, f.bDID) || slices.Contains(mapValues(head.Head.Version.State), f.bDID) {
		t.Fatalf("A still shares with B: %+v", head)
	}
	// B's node sends a version the holder signed anyway: A refuses it.
	svc, err := f.b.Core.Anchors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v, err := svc.Draft(anchor.ProposeRequest{Subject: subject, State: map[string]string{"display-name": "sneaky"}}, f.aDID)
	if err != nil {
		t.Fatal(err)
	}
	kid := f.holder + "#" + strings.TrimPrefix(f.holder, "did:key:")
	in2, _ := v.SigningInput(kid, "EdDSA")
	item, _ := did.NewSignItem("version", in2)
	resp, err := f.w.Sign(&did.SignRequest{Type: did.SignRequestType, ID: "x", Holder: f.holder, KeyID: kid, Alg: "EdDSA", Purpose: "test", Expires: time.Now().Add(time.Minute).UTC().Format(time.RFC3339), Items: []did.SignItem{item}}, walletPass, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	v.Attach(in2, resp.Signatures[0].Signature)
	doc, _ := v.Encode()
	err = f.b.Core.Manage.Client.Do(ctx, http.MethodPost, f.a.RE, "/re/v1/versions", f.aDID, api.VersionsMessage{Subject: subject, Documents: []string{string(doc)}}, nil)
	if !re.IsCode(err, re.CodeForbidden) {
		t.Fatalf("A took a version from the unlinked B: %v", err)
	}
}

// TestIdentityMigrationRefusals: each refusal comes back to A, and to the
// user, with the rule that failed and why; nothing is admitted.
// The unlink runs on the same nodes, with a holder of its own.
func TestIdentityMigrationRefusals(t *testing.T) {
	// Its own nodes and chains: it runs beside the other long ones.
	t.Parallel()
	f := newMigrationFixture(t)
	t.Run("unlink", func(t *testing.T) { identityUnlink(t, f.freshHolder(t)) })
	ctx := t.Context()
	other, err := f.ca.CreateDID(ctx, api.CreateDIDRequest{})
	if err != nil {
		t.Fatal(err)
	}
	good := f.issue(t, f.issuer, api.FormatSDJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 30})
	revoked := f.issue(t, f.issuer, api.FormatJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 30})
	if _, err := f.ca.RevokeCredential(ctx, api.RevokeCredentialRequest{Credential: revoked}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		scope identity.Scope
		rule  string
	}{
		{"an untrusted issuer", identity.Scope{Credentials: []json.RawMessage{f.issue(t, other.DID, api.FormatSDJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 30})}}, "policy.MembershipCredential"},
		{"a revoked credential", identity.Scope{Credentials: []json.RawMessage{revoked}}, "credential.1.status"},
		{"a claim the user keeps back", identity.Scope{Credentials: []json.RawMessage{good}, Claims: []string{"ageOver"}}, "policy.MembershipCredential"},
		{"too young", identity.Scope{Credentials: []json.RawMessage{f.issue(t, f.issuer, api.FormatSDJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 16})}}, "policy.minimumAge"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := f.migrate(t, c.scope)
			if m.Status != identity.StatusRefused || m.Verdict.Admitted {
				t.Fatalf("%s: %s", c.name, m.Status)
			}
			fails := failed(m.Verdict)
			if !slices.ContainsFunc(fails, func(s string) bool { return strings.HasPrefix(s, c.rule+":") }) {
				t.Fatalf("refused for %v, want %s among them", fails, c.rule)
			}
			if in, _ := f.cb.Migration(ctx, m.ID, identity.RoleIncoming); in.Status != identity.StatusRefused {
				t.Fatalf("B recorded %s", in.Status)
			}
		})
	}

	// A scope without the credential B requires: the user is told what B
	// asks for, and nothing is presented.
	_, err = f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{f.issue(t, f.issuer, api.FormatJWT, "ReputationCredential", map[string]any{"reputationScore": 3})}}})
	if err == nil || !strings.Contains(err.Error(), "asks for MembershipCredential") {
		t.Fatalf("a scope without the required credential: %v", err)
	}

	// A replayed presentation: the admitted one, sent for a new offer.
	admitted := f.migrate(t, identity.Scope{Credentials: []json.RawMessage{good}})
	if admitted.Status != identity.StatusAdmitted {
		t.Fatalf("the good migration: %v", failed(admitted.Verdict))
	}
	fresh, err := f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{good}}})
	if err != nil {
		t.Fatal(err)
	}
	send := func(id, presentation, consent string) (*identity.Verdict, error) {
		var ans api.VerdictAnswer
		err := f.a.Core.Manage.Client.Do(ctx, http.MethodPost, f.b.RE, "/re/v1/identity/presentations", f.bDID, api.PresentationMessage{Migration: id, Presentation: presentation, Consent: consent}, &ans)
		if err != nil {
			return nil, err
		}
		return identity.VerifyVerdict(ctx, ans.Verdict, f.bDID, id, f.a.Core.Resolver)
	}
	v, err := send(fresh.ID, admitted.Presentation, admitted.Consent)
	if err != nil || v.Admitted || !slices.ContainsFunc(failed(v), func(s string) bool { return strings.HasPrefix(s, "presentation.proof:") }) {
		t.Fatalf("a replayed presentation: %+v %v", v, err)
	}
	// The same offer answered again with something else: refused.
	if _, err := send(admitted.ID, fresh.Presentation+"x", admitted.Consent); err == nil || !strings.Contains(err.Error(), "replayed") {
		t.Fatalf("a second answer to an offer: %v", err)
	}
	// The same presentation again (its answer was lost): the same verdict.
	if v, err := send(admitted.ID, admitted.Presentation, admitted.Consent); err != nil || !v.Admitted {
		t.Fatalf("resending the admitted presentation: %+v %v", v, err)
	}

	// A presentation meant for another platform: signed for another domain.
	third, err := f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{good}}})
	if err != nil {
		t.Fatal(err)
	}
	kp := f.holderKey(t)
	var token string
	_ = json.Unmarshal(revoked, &token)
	vp := did.PresentationJWT{Holder: f.holder, Credentials: []any{token}, Challenge: third.Offer.Challenge, Domain: "did:web:platform-c.example", IssuedAt: time.Now()}
	in, err := vp.SigningInput()
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := did.SignInput(kp, in)
	if v, err := send(third.ID, did.CompleteJWS(in, sig), admitted.Consent); err != nil || v.Admitted || !slices.ContainsFunc(failed(v), func(s string) bool { return strings.HasPrefix(s, "presentation.proof:") }) {
		t.Fatalf("a presentation for another platform: %+v %v", v, err)
	}

	// A stranger gets nothing from B, and A will not migrate to one.
	stranger := startNode(t, "bridge.json", true)
	err = stranger.Core.Manage.Client.Do(ctx, http.MethodPost, f.b.RE, "/re/v1/identity/offers", f.bDID, api.OfferRequest{Holder: f.holder}, nil)
	if !re.IsCode(err, re.CodeNotPartner) {
		t.Fatalf("a stranger asked B for an offer: %v", err)
	}
	if code, p := ri(t, f.a, "POST", "/ri/v1/identity/migrations", api.MigrateRequest{Holder: f.holder, To: stranger.Core.Home.Config.Platform.DID, Scope: identity.Scope{Credentials: []json.RawMessage{good}}}, nil); code != http.StatusForbidden {
		t.Fatalf("migrate to a stranger: %d %v", code, p)
	}
	// Bad input says what is wrong.
	for _, c := range []struct {
		req  api.MigrateRequest
		want string
	}{
		{api.MigrateRequest{Holder: "bob", To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{good}}}, "did:key"},
		{api.MigrateRequest{Holder: f.holder, To: "platform-b", Scope: identity.Scope{Credentials: []json.RawMessage{good}}}, "DID"},
		{api.MigrateRequest{Holder: f.holder, To: f.aDID, Scope: identity.Scope{Credentials: []json.RawMessage{good}}}, "this platform"},
		{api.MigrateRequest{Holder: f.holder, To: f.bDID}, "no credential"},
		{api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{json.RawMessage(`42`)}}}, "credential 1"},
		{api.MigrateRequest{Holder: f.holder, To: f.bDID, Custody: "bank", Scope: identity.Scope{Credentials: []json.RawMessage{good}}}, "custody"},
	} {
		code, p := ri(t, f.a, "POST", "/ri/v1/identity/migrations", c.req, nil)
		if code != http.StatusBadRequest || p == nil || !strings.Contains(p.Detail, c.want) {
			t.Errorf("%+v: %d %v, want 400 naming %q", c.req, code, p, c.want)
		}
	}
	// A wallet will not sign for another holder, nor a tampered request.
	other2 := wallet.Open(t.TempDir(), true)
	if _, err := other2.Init(did.Ed25519, walletPass); err != nil {
		t.Fatal(err)
	}
	if _, err := other2.Sign(fresh.SignRequest, walletPass, time.Now()); err == nil {
		t.Error("another wallet signed the holder's request")
	}
}

func (f *migrationFixture) holderKey(t *testing.T) *did.KeyPair {
	t.Helper()
	kp, err := did.OpenKeyStore(filepath.Join(f.w.Dir, "keys"), true).Load(f.holder, walletPass)
	if err != nil {
		t.Fatal(err)
	}
	return kp
}

// decodedPresentation is a JWT presentation with every base64url run (of
// the presentation, its credentials and their disclosures) decoded, so a
// test can look for a claim in what a verifier received.
func decodedPresentation(t *testing.T, token string) string {
	t.Helper()
	run := regexp.MustCompile(`[A-Za-z0-9_-]{8,}`)
	var b strings.Builder
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		b.WriteString(s)
		if depth > 4 {
			return
		}
		for _, part := range run.FindAllString(s, -1) {
			if d, err := base64.RawURLEncoding.DecodeString(part); err == nil && utf8.Valid(d) {
				walk(string(d), depth+1)
			}
		}
	}
	walk(token, 0)
	return b.String()
}

func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func merge(m map[string]string, k, v string) map[string]string {
	out := map[string]string{k: v}
	for a, b := range m {
		if a != k {
			out[a] = b
		}
	}
	return out
}

// TestIdentityMigrationCustodyAndResend: a platform that keeps its users'
// keys migrates without a wallet round; a presentation B did not take (B
// refused A for a while) waits as "sending" and goes again on check,
// without a second offer.
func TestIdentityMigrationCustodyAndResend(t *testing.T) {
	// Its own nodes and chains: it runs beside the other long ones.
	t.Parallel()
	f := newMigrationFixture(t)
	ctx := t.Context()
	kept, err := f.ca.CreateDID(ctx, api.CreateDIDRequest{})
	if err != nil {
		t.Fatal(err)
	}
	vc, err := f.ca.IssueCredential(ctx, api.IssueCredentialRequest{Issuer: f.issuer, Subject: kept.DID, Types: []string{"MembershipCredential"}, Format: api.FormatSDJWT,
		Claims: map[string]any{"memberOf": f.aDID, "ageOver": 40}})
	if err != nil {
		t.Fatal(err)
	}
	cred, _ := json.Marshal(vc.Token)
	m, err := f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: kept.DID, To: f.bDID, Custody: identity.CustodyPlatform, Scope: identity.Scope{Credentials: []json.RawMessage{cred}}})
	if err != nil || m.Status != identity.StatusAdmitted || m.Custody != identity.CustodyPlatform || m.SignRequest != nil {
		t.Fatalf("custody platform: %+v %v", m, err)
	}
	// Custody of a key the node does not keep: refused before B is asked.
	if _, err := f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: f.holder, To: f.bDID, Custody: identity.CustodyPlatform, Scope: identity.Scope{Credentials: []json.RawMessage{cred}}}); err == nil || !strings.Contains(err.Error(), "keeps no key") {
		t.Fatalf("custody without the key: %v", err)
	}

	member := f.issue(t, f.issuer, api.FormatSDJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 30})
	m, err = f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{member}}})
	if err != nil {
		t.Fatal(err)
	}
	resp, _ := f.u.Sign(m.SignRequest, time.Now())
	if m, err = f.ca.SignMigration(ctx, m.ID, *resp); err != nil {
		t.Fatal(err)
	}
	// B stops taking A's messages; the holder signs; nothing arrives.
	if err := f.b.Core.Trust.Configure(trust.Config{}); err != nil {
		t.Fatal(err)
	}
	resp, _ = f.u.Sign(m.SignRequest, time.Now())
	if _, err := f.ca.SignMigration(ctx, m.ID, *resp); err == nil {
		t.Fatal("the presentation went to a B that refuses A")
	}
	m, _ = f.ca.Migration(ctx, m.ID, identity.RoleOutgoing)
	if m.Status != "sending" || m.Error == "" || m.Verdict != nil {
		t.Fatalf("after the failed send: %s %q", m.Status, m.Error)
	}
	if in, _ := f.cb.Migration(ctx, m.ID, identity.RoleIncoming); in.Status != identity.StatusOffered {
		t.Fatalf("B's side: %s", in.Status)
	}
	partners(t, f.a, f.b)
	if m, err = f.ca.CheckIdentity(ctx, m.ID); err != nil || m.Status != identity.StatusAdmitted || m.Error != "" {
		t.Fatalf("resent: %+v %v", m, err)
	}
}
