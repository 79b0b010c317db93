package daemon

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/identity"
	"github.com/mifm/mifm/node/re"
)

// Security review of FGMV-43 9.4 (identity migration): attacks by a third
// partner C, a destination B gone bad, and an origin A gone bad. A test
// that fails names a real problem; a passing one documents a defense.

// TestIdentityAttacks runs the attacks on one set of nodes (A, B and a
// third partner C), each with a holder and wallet of its own; the offer
// flood goes last, as it spends A's budget of open offers at B.
func TestIdentityAttacks(t *testing.T) {
	// Its own nodes and chains: it runs beside the other long ones.
	t.Parallel()
	f := newMigrationFixture(t)
	f.c = f.thirdPartner(t)
	for _, a := range []struct {
		name string
		run  func(*testing.T, *migrationFixture)
	}{
		{"ThirdPartnerCannotSteerAnotherPartnersMigration", attackThirdPartnerCannotSteerAnotherPartnersMigration},
		{"HolderPlatformAuthorsIdentityVersion", attackHolderPlatformAuthorsIdentityVersion},
		{"PartnerSquatsIdentitySubject", attackPartnerSquatsIdentitySubject},
		{"StatusPushFromUnrelatedPartner", attackStatusPushFromUnrelatedPartner},
		{"DestinationReusesOfferID", attackDestinationReusesOfferID},
		{"VerdictForAnotherMigration", attackVerdictForAnotherMigration},
		{"ClaimsScopeIgnoredForWholeCredentials", attackClaimsScopeIgnoredForWholeCredentials},
		{"OpenOffersBounded", attackOpenOffersBounded},
	} {
		t.Run(a.name, func(t *testing.T) { a.run(t, f.freshHolder(t)) })
	}
}

// thirdPartner starts C, a partner of both A and B, with a channel to B.
func (f *migrationFixture) thirdPartner(t *testing.T) *InProcess {
	t.Helper()
	if f.c != nil {
		return f.c
	}
	c := startNodeWith(t, "platform-a.json", false, func(c *home.Config) {
		c.Net.AllowPrivate = home.Loopback
		c.Net.RatePerSender, c.Net.BurstPerSender = 500, 500
		c.Net.RatePerIP, c.Net.BurstPerIP = 1000, 1000
	})
	partners(t, f.a, f.b, c)
	if code, p := ri(t, c, "POST", "/ri/v1/channels", api.OpenChannelRequest{Peer: f.b.RE}, nil); code != 200 {
		t.Fatalf("C opens a channel to B: %d %v", code, p)
	}
	return c
}

func (f *migrationFixture) admitted(t *testing.T) (*identity.Migration, json.RawMessage) {
	t.Helper()
	member := f.issue(t, f.issuer, api.FormatSDJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 30})
	m := f.migrate(t, identity.Scope{Credentials: []json.RawMessage{member}})
	if m.Status != identity.StatusAdmitted {
		t.Fatalf("migration: %s %v", m.Status, failed(m.Verdict))
	}
	return m, member
}

// rewriter lets a test play a destination gone bad: it edits the JSON
// answers of one RE path on their way back to A.
type rewriter struct {
	base http.RoundTripper
	path string
	edit func(map[string]any)
}

func (r *rewriter) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := r.base.RoundTrip(req)
	if err != nil || req.URL.Path != r.path || resp.StatusCode != http.StatusOK {
		return resp, err
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	r.edit(m)
	b, _ = json.Marshal(m)
	resp.Body = io.NopCloser(bytes.NewReader(b))
	resp.ContentLength = int64(len(b))
	resp.Header.Set("Content-Length", strconv.Itoa(len(b)))
	return resp, nil
}

// badDestination has A's RE client see B's answers of path edited.
func badDestination(t *testing.T, a *InProcess, path string, edit func(map[string]any)) {
	t.Helper()
	cl := a.Core.Manage.Client
	old := cl.HTTP
	hc := &http.Client{}
	base := http.DefaultTransport
	if old != nil {
		*hc = *old
		if old.Transport != nil {
			base = old.Transport
		}
	}
	hc.Transport = &rewriter{base: base, path: path, edit: edit}
	cl.HTTP = hc
	t.Cleanup(func() { cl.HTTP = old })
}

// attackThirdPartnerCannotSteerAnotherPartnersMigration: C, a partner
// of B, cannot answer an offer B made to A, nor unlink what A's holder
// migrated, nor read it (defense holds).
func attackThirdPartnerCannotSteerAnotherPartnersMigration(t *testing.T, f *migrationFixture) {
	ctx := t.Context()
	c := f.thirdPartner(t)
	member := f.issue(t, f.issuer, api.FormatSDJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 30})
	open, err := f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{member}}})
	if err != nil {
		t.Fatal(err)
	}
	// C answers the offer B made to A with A's own (signed) presentation.
	signedM := f.sign(t, open)
	if signedM.Status != identity.StatusAdmitted {
		t.Fatalf("migration: %s", signedM.Status)
	}
	var ans api.VerdictAnswer
	err = c.Core.Manage.Client.Do(ctx, http.MethodPost, f.b.RE, "/re/v1/identity/presentations", f.bDID,
		api.PresentationMessage{Migration: signedM.ID, Presentation: signedM.Presentation, Consent: signedM.Consent}, &ans)
	if !re.IsCode(err, re.CodeNotFound) || ans.Verdict != "" {
		t.Errorf("C replayed A's presentation of offer %s: %v, verdict %q", signedM.ID, err, ans.Verdict)
	}
	// C relays a (here: the origin's real) unlink shape for A's migration.
	err = c.Core.Manage.Client.Do(ctx, http.MethodPost, f.b.RE, "/re/v1/identity/unlink", f.bDID, api.UnlinkMessage{Migration: signedM.ID, Statement: "x.y.z"}, nil)
	if !re.IsCode(err, re.CodeNotFound) {
		t.Errorf("C unlinked A's migration: %v", err)
	}
	if in, _ := f.cb.Migration(ctx, signedM.ID, identity.RoleIncoming); in.Status != identity.StatusAdmitted {
		t.Errorf("B's record after C's attempts: %s", in.Status)
	}
}

// attackOpenOffersBounded: a partner gets at most MaxOpenOffers
// offers waiting at once; the next is refused with 429 (defense holds).
func attackOpenOffersBounded(t *testing.T, f *migrationFixture) {
	ctx := t.Context()
	c := f.thirdPartner(t)
	for i := 0; i < identity.MaxOpenOffers; i++ {
		var o identity.Offer
		if err := c.Core.Manage.Client.Do(ctx, http.MethodPost, f.b.RE, "/re/v1/identity/offers", f.bDID, api.OfferRequest{Holder: f.holder}, &o); err != nil {
			t.Fatalf("offer %d: %v", i+1, err)
		}
	}
	err := c.Core.Manage.Client.Do(ctx, http.MethodPost, f.b.RE, "/re/v1/identity/offers", f.bDID, api.OfferRequest{Holder: f.holder}, nil)
	var p *re.Problem
	if !errors.As(err, &p) || p.Status != http.StatusTooManyRequests {
		t.Fatalf("offer %d: %v, want 429", identity.MaxOpenOffers+1, err)
	}
	// Another partner's budget is its own.
	if err := f.a.Core.Manage.Client.Do(ctx, http.MethodPost, f.b.RE, "/re/v1/identity/offers", f.bDID, api.OfferRequest{Holder: f.holder}, nil); err != nil {
		t.Fatalf("A's offer while C's budget is spent: %v", err)
	}
	// A holder that is no DID, or a huge one, gets no offer.
	for _, h := range []string{"bob", "did:key:" + strings.Repeat("z", 64<<10)} {
		if err := f.a.Core.Manage.Client.Do(ctx, http.MethodPost, f.b.RE, "/re/v1/identity/offers", f.bDID, api.OfferRequest{Holder: h}, nil); err == nil {
			t.Errorf("offer for holder %.20q…", h)
		}
	}
}

// attackHolderPlatformAuthorsIdentityVersion: B, which holds the
// holder's identity subject after the migration, writes a version of it
// as itself (no holder signature); the home A takes it as the head. An
// identity's versions should be the home's or the holder's own
// (anchor.SelfAuthored), never a holder platform's.
// Was: node/anchor/state.go Receive accepts from == v.Author.
func attackHolderPlatformAuthorsIdentityVersion(t *testing.T, f *migrationFixture) {
	ctx := t.Context()
	f.admitted(t)
	subject := "identity:" + f.holder
	o, err := f.cb.ProposeVersion(ctx, api.ProposeVersionRequest{Subject: subject, State: map[string]string{"display-name": "owned by B"}})
	t.Logf("B proposes a version of the holder's identity as itself: %+v %v", o, err)
	headA, err := f.ca.SubjectHead(ctx, subject)
	if err != nil {
		t.Fatal(err)
	}
	if headA.Head.Version.Author == f.bDID || headA.Head.Version.State["display-name"] == "owned by B" {
		t.Errorf("A's head of %s is authored by B without the holder's signature: %+v", subject, headA.Head.Version)
	}
	// Straight over RE too, not through B's sync.
	svc, err := f.b.Core.Anchors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v, err := svc.Draft(anchor.ProposeRequest{Subject: subject, State: map[string]string{"display-name": "again B"}}, f.aDID)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Sign(f.b.Core.Manage.Signer); err != nil {
		t.Fatal(err)
	}
	doc, _ := v.Encode()
	err = f.b.Core.Manage.Client.Do(ctx, http.MethodPost, f.a.RE, "/re/v1/versions", f.aDID, api.VersionsMessage{Subject: subject, Documents: []string{string(doc)}}, nil)
	if err == nil {
		t.Errorf("A took a version of %s authored by the holder platform B", subject)
	}
}

// attackPartnerSquatsIdentitySubject: C makes itself the home of the
// holder's identity subject on B before the holder migrates there from A.
// B takes any identity:<DID> subject from any partner that says it is its
// home; afterwards A cannot share the real identity with B, and the
// holder's updates made on B are signed for, and synced to, C.
// Was: node/anchor/state.go Receive (new subject) trusts from == home.
func attackPartnerSquatsIdentitySubject(t *testing.T, f *migrationFixture) {
	ctx := t.Context()
	c := f.thirdPartner(t)
	cDID := c.Core.Home.Config.Platform.DID
	subject := "identity:" + f.holder
	cc := client(t, c)
	if _, err := cc.ProposeVersion(ctx, api.ProposeVersionRequest{Subject: subject, State: map[string]string{"display-name": "C's"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := cc.ShareSubject(ctx, api.ShareRequest{Subject: subject, Peer: f.bDID}); err != nil {
		t.Logf("C shares the holder's identity with B: %v", err)
	}
	m, _ := f.admitted(t)
	t.Logf("A's migration after C's squat: %s error %q", m.Status, m.Error)
	head, err := f.cb.SubjectHead(ctx, subject)
	if err != nil {
		t.Fatal(err)
	}
	if head.Subject.Home != f.aDID {
		t.Errorf("on B the home of %s is %s (C is %s), not A %s where it came from", subject, head.Subject.Home, cDID, f.aDID)
	}
	u, err := f.cb.UpdateIdentity(ctx, api.IdentityUpdateRequest{Holder: f.holder, State: map[string]string{"display-name": "x"}})
	if err == nil && u.SignRequest != nil && u.SignRequest.Audience != f.aDID {
		t.Errorf("the holder's update on B is for %s, not their identity's home %s", u.SignRequest.Audience, f.aDID)
	}
}

// attackStatusPushFromUnrelatedPartner: any partner C pushes status
// lists to B. (1) A list that no admitted credential uses still has B
// verify every admitted identity again (work per push grows with all of
// B's admissions, not with the list). (2) A list C signed with the id of
// A's issuer's list replaces, in B's record, the list A sent: later checks
// find a list the credential's issuer did not sign and cannot see its
// revocation.
// Was: node/core/migration_peer.go ReceiveStatus and recheck.
func attackStatusPushFromUnrelatedPartner(t *testing.T, f *migrationFixture) {
	ctx := t.Context()
	m, member := f.admitted(t)
	c := f.thirdPartner(t)
	cc := client(t, c)
	in, err := f.cb.Migration(ctx, m.ID, identity.RoleIncoming)
	if err != nil || len(in.StatusLists) == 0 {
		t.Fatalf("B's record keeps no status list from A: %v", err)
	}
	var aList map[string]any
	_ = json.Unmarshal(in.StatusLists[0], &aList)
	aURL, _ := aList["id"].(string)
	_ = member

	cIss, err := cc.CreateDID(ctx, api.CreateDIDRequest{})
	if err != nil {
		t.Fatal(err)
	}
	push := func(url string) (*api.StatusAnswer, error) {
		t.Helper()
		if _, err := cc.IssueCredential(ctx, api.IssueCredentialRequest{Issuer: cIss.DID, Subject: cIss.DID, Types: []string{"ReputationCredential"}, Claims: map[string]any{"reputationScore": 1},
			Format: api.FormatJWT, Status: &api.StatusRequest{URL: url}}); err != nil {
			t.Fatal(err)
		}
		list, err := c.Core.Home.StatusLists().Published(url)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(list)
		var ans api.StatusAnswer
		err = c.Core.Manage.Client.Do(ctx, http.MethodPost, f.b.RE, "/re/v1/identity/status", f.bDID, api.StatusMessage{StatusList: b}, &ans)
		return &ans, err
	}
	// (1) an unrelated list.
	ans, err := push("https://platform-c.example/status/notes")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Checked != 0 {
		t.Errorf("a list of C's, used by no admitted credential, had B verify %d admitted identities again", ans.Checked)
	}
	// (2) C's list under the id of A's issuer's list.
	if _, err := push(aURL); err != nil {
		t.Logf("push C's list as %s: %v", aURL, err)
	}
	in, _ = f.cb.Migration(ctx, m.ID, identity.RoleIncoming)
	for _, raw := range in.StatusLists {
		var l map[string]any
		_ = json.Unmarshal(raw, &l)
		if l["id"] == aURL && l["issuer"] != f.issuer {
			t.Errorf("B's record now keeps C's list (issuer %v) as %s, in place of the issuer %s's", l["issuer"], aURL, f.issuer)
		}
	}
	t.Logf("B's record after the pushes: %s %q", in.Status, in.Error)
}

// attackDestinationReusesOfferID: B gone bad answers A's next offer
// request with the id of a migration A has already (here the admitted
// one): A overwrites its record, losing the verdict and the means to
// unlink.
// Was: node/core/migration.go askOffer/MigrateIdentity (no check that
// the id is new).
func attackDestinationReusesOfferID(t *testing.T, f *migrationFixture) {
	ctx := t.Context()
	m, member := f.admitted(t)
	badDestination(t, f.a, "/re/v1/identity/offers", func(o map[string]any) { o["id"] = m.ID })
	_, err := f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{member}}})
	t.Logf("a migration offered under a reused id: %v", err)
	after, err := f.ca.Migration(ctx, m.ID, identity.RoleOutgoing)
	if err != nil {
		t.Fatal(err)
	}
	if after.Status != identity.StatusAdmitted || after.VerdictJWS != m.VerdictJWS {
		t.Errorf("A's admitted migration %s was overwritten by B's reused offer id: now %s", m.ID, after.Status)
	}
}

// attackVerdictForAnotherMigration: B gone bad answers a presentation
// with the verdict it signed for an earlier migration: A refuses it
// (defense holds: VerifyVerdict checks the migration).
func attackVerdictForAnotherMigration(t *testing.T, f *migrationFixture) {
	ctx := t.Context()
	m, member := f.admitted(t)
	// Refused at B this time (too young), but B says "admitted" with the
	// earlier verdict.
	young := f.issue(t, f.issuer, api.FormatSDJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 16})
	_ = member
	badDestination(t, f.a, "/re/v1/identity/presentations", func(a map[string]any) { a["verdict"] = m.VerdictJWS })
	m2, err := f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{young}}})
	if err != nil {
		t.Fatal(err)
	}
	id := m2.ID
	for m2 != nil && m2.SignRequest != nil {
		resp, err := f.u.Sign(m2.SignRequest, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if m2, err = f.ca.SignMigration(ctx, id, *resp); err != nil {
			t.Logf("sign: %v", err)
		}
	}
	got, err := f.ca.Migration(ctx, id, identity.RoleOutgoing)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status == identity.StatusAdmitted || (got.Verdict != nil && got.Verdict.Admitted) {
		t.Errorf("A took B's verdict of %s for %s: %s", m.ID, id, got.Status)
	}
	if links, _ := f.ca.IdentityLinks(ctx, f.holder); len(links) != 1 {
		t.Errorf("A's links: %+v", links)
	}
}

// attackClaimsScopeIgnoredForWholeCredentials: the user limits the
// claims they disclose (scope.claims) and signs that scope in the
// consent; a credential that is not an SD-JWT (vc+jwt, Data Integrity)
// would show every claim, so A refuses to present it, naming the claim,
// and B receives nothing.
func attackClaimsScopeIgnoredForWholeCredentials(t *testing.T, f *migrationFixture) {
	ctx := t.Context()
	member := f.issue(t, f.issuer, api.FormatJWT, "MembershipCredential", map[string]any{"memberOf": f.aDID, "ageOver": 30, "membershipLevel": "gold-secret"})
	_, err := f.ca.MigrateIdentity(ctx, api.MigrateRequest{Holder: f.holder, To: f.bDID, Scope: identity.Scope{Credentials: []json.RawMessage{member}, Claims: []string{"memberOf", "ageOver"}}})
	if err == nil || !strings.Contains(err.Error(), "membershipLevel") {
		t.Fatalf("a whole credential with a claim the user kept back: %v", err)
	}
	ms, _ := f.cb.Migrations(ctx, api.MigrationQuery{Role: identity.RoleIncoming, Holder: f.holder})
	for _, m := range ms {
		if m.Presentation != "" {
			t.Fatalf("B received a presentation: %s", m.Status)
		}
	}
	// With the claim in scope, the same credential goes.
	m := f.migrate(t, identity.Scope{Credentials: []json.RawMessage{member}, Claims: []string{"memberOf", "ageOver", "membershipLevel"}})
	if m.Status != identity.StatusAdmitted {
		t.Fatalf("with every claim in scope: %s %v", m.Status, failed(m.Verdict))
	}
}
