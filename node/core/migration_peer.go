package core

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/identity"
	"github.com/mifm/mifm/node/re"
)

// The destination's side of FGMV-43 9.4 (IDVF in the node): offers, the
// verification of what arrives, the signed verdict, the import by the
// platform, and the checks that follow (revocation, unlinking).

// MaxStatusList bounds a status list credential pushed by an origin.
const MaxStatusList = 256 << 10

// admissionPolicy is the home's [identity] policy file, if any.
func (c *Core) admissionPolicy() (*did.Policy, error) {
	f := c.Home.Config.Identity.Policy
	if f == "" {
		return nil, nil
	}
	if !filepath.IsAbs(f) {
		f = filepath.Join(c.Home.Dir, f)
	}
	b, err := os.ReadFile(f)
	if err != nil {
		return nil, fmt.Errorf("config.toml [identity] policy: %w", err)
	}
	p, err := did.ParsePolicy(b)
	if err != nil {
		return nil, fmt.Errorf("config.toml [identity] policy %s: %w", f, err)
	}
	return p, nil
}

// requiredCredentials are the types the platform's manifesto requires.
func (c *Core) requiredCredentials(ctx context.Context) []string {
	m, err := c.Manage.Manifesto(ctx)
	if err != nil || m.Manifesto == nil || m.Manifesto.Identity == nil {
		return nil
	}
	return m.Manifesto.Identity.RequiredCredentials
}

// ReceiveOfferRequest is RE POST /re/v1/identity/offers from a verified
// partner: an offer the holder's presentation must answer.
func (c *Core) ReceiveOfferRequest(ctx context.Context, from string, req api.OfferRequest) (*identity.Offer, error) {
	if _, _, err := did.Method(req.Holder); err != nil || len(req.Holder) > MaxDIDLength {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "holder %q is not a DID", req.Holder)
	}
	now := c.now()
	n, err := c.migrationRecords().OpenOffers(from, now)
	if err != nil {
		return nil, err
	}
	if n >= identity.MaxOpenOffers {
		return nil, re.NewProblem(http.StatusTooManyRequests, re.CodeBadRequest, "%d offers to %s wait for a presentation already; answer them or let them expire (%s)", n, from, identity.OfferLifetime)
	}
	p, err := c.admissionPolicy()
	if err != nil {
		return nil, err
	}
	self := c.Home.Config.Platform.DID
	id := identity.NewID()
	pd, err := identity.Definition(id, c.requiredCredentials(ctx), p)
	if err != nil {
		return nil, re.NewProblem(http.StatusConflict, re.CodeBadRequest, "%v", err)
	}
	o := &identity.Offer{ID: id, Platform: self, Holder: req.Holder, Challenge: identity.NewID(), Domain: self, Definition: pd,
		Expires: now.Add(identity.OfferLifetime).UTC().Format(time.RFC3339)}
	m := &identity.Migration{ID: id, Role: identity.RoleIncoming, Holder: req.Holder, Peer: from, Status: identity.StatusOffered, Offer: o}
	if err := c.migrationRecords().Put(m, now); err != nil {
		return nil, err
	}
	return o, nil
}

// ReceivePresentation is RE POST /re/v1/identity/presentations from a
// verified partner (9.4 step 3): the presentation is checked for the
// offer's challenge and this platform's domain, every credential (status
// lists too), the holder's consent, the definition and the admission
// policy; the signed verdict says which rule held and which did not.
func (c *Core) ReceivePresentation(ctx context.Context, from string, msg api.PresentationMessage) (*api.VerdictAnswer, error) {
	if len(msg.Migration) > 64 || len(msg.Presentation) > 1<<20 || len(msg.Consent) > 16<<10 {
		return nil, re.NewProblem(http.StatusRequestEntityTooLarge, re.CodeBadRequest, "presentation message too large")
	}
	unlock := c.migrationRecords().Lock(identity.RoleIncoming, msg.Migration)
	defer unlock()
	m, err := c.migrationRecords().Get(identity.RoleIncoming, msg.Migration)
	if err != nil || m.Peer != from {
		return nil, re.NewProblem(http.StatusNotFound, re.CodeNotFound, "no offer %s was made to %s", msg.Migration, from)
	}
	if m.Status != identity.StatusOffered {
		if m.Presentation == msg.Presentation && m.VerdictJWS != "" {
			// The origin lost the answer and asks again: same verdict.
			return &api.VerdictAnswer{Verdict: m.VerdictJWS}, nil
		}
		return nil, re.NewProblem(http.StatusConflict, re.CodeBadRequest, "%v: offer %s was answered already; ask for a new offer", identity.ErrReplayed, m.ID)
	}
	now := c.now()
	if m.Offer.Expired(now) {
		return nil, re.NewProblem(http.StatusGone, re.CodeBadRequest, "offer %s expired at %s; ask for a new one", m.ID, m.Offer.Expires)
	}
	if len(msg.StatusLists) > identity.MaxStatusLists {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%d status lists, at most %d", len(msg.StatusLists), identity.MaxStatusLists)
	}
	for i, raw := range msg.StatusLists {
		var vc map[string]any
		if len(raw) > MaxStatusList || json.Unmarshal(raw, &vc) != nil || vc == nil {
			return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "status list %d: a status list credential (JSON, at most %d bytes) is expected", i+1, MaxStatusList)
		}
	}
	m.StatusLists = msg.StatusLists
	v, err := c.judge(ctx, m, msg.Presentation, msg.Consent, now, nil)
	if err != nil {
		return nil, err
	}
	jws, err := identity.SignVerdict(v, c.Manage.Signer)
	if err != nil {
		return nil, err
	}
	m.Presentation, m.Consent, m.Verdict, m.VerdictJWS, m.Scope = msg.Presentation, msg.Consent, v, jws, v.Scope
	m.Status = identity.StatusRefused
	if v.Admitted {
		m.Status = identity.StatusAdmitted
	}
	if err := c.migrationRecords().Put(m, now); err != nil {
		return nil, err
	}
	c.auditMigration("identity.verdict", m, map[string]string{"admitted": fmt.Sprint(v.Admitted)})
	c.publish("identity."+m.Status, m.Holder, m)
	return &api.VerdictAnswer{Verdict: jws}, nil
}

// judge verifies a presentation and consent for an incoming migration,
// with the status lists the origin sent and fresh, a newer list pushed
// since (nil: none).
func (c *Core) judge(ctx context.Context, m *identity.Migration, presentation, consent string, now time.Time, fresh map[string]any) (*identity.Verdict, error) {
	self := c.Home.Config.Platform.DID
	v := &identity.Verdict{Migration: m.ID, Holder: m.Holder, Platform: self, From: m.Peer, Time: now.UTC().Format(time.RFC3339)}
	add := func(rule string, ok bool, detail string) {
		v.Reasons = append(v.Reasons, identity.Reason{Rule: rule, OK: ok, Detail: detail})
	}
	ver, err := c.verifier()
	if err != nil {
		return nil, err
	}
	given := &did.LocalStatusLists{}
	for _, raw := range m.StatusLists {
		var vc map[string]any
		if json.Unmarshal(raw, &vc) == nil {
			_ = given.Add(vc)
		}
	}
	if fresh != nil {
		_ = given.Add(fresh)
	}
	// The lists' proofs are checked like fetched ones': a list counts for
	// a credential only when the credential's issuer signed it.
	sources := &statusSources{given: given, published: ver.Published, fetch: &did.LocalStatusLists{HTTP: ver.HTTP}}
	e, err := c.engine()
	if err != nil {
		return nil, err
	}
	res, presented := e.VerifyPresentationJWT(ctx, presentation, c.Resolver, sources, m.Offer.Challenge, m.Offer.Domain, now)
	for _, ch := range res.Checks {
		add("presentation."+ch.Name, ch.OK, ch.Reason)
	}
	for i, cv := range res.Credentials {
		for _, ch := range cv.Checks {
			if !ch.OK {
				add(fmt.Sprintf("credential.%d.%s", i+1, ch.Name), false, ch.Reason)
			}
		}
	}
	if res.Holder != "" && res.Holder != m.Holder {
		add("holder", false, fmt.Sprintf("the presentation is %s's; the offer was for %s", res.Holder, m.Holder))
	}
	claims, err := identity.VerifyHolderStatement(ctx, consent, identity.ConsentTyp, m.Holder, self, c.Resolver)
	switch {
	case err != nil:
		add("consent", false, err.Error())
	case claims["nonce"] != m.Offer.Challenge || claims["from"] != m.Peer || claims["act"] != "migrate":
		add("consent", false, "the consent is for another offer or origin")
	default:
		b, _ := json.Marshal(claims["scope"])
		var scope identity.Consented
		if err := json.Unmarshal(b, &scope); err != nil || scope.Check() != nil {
			add("consent", false, "the consented scope is malformed")
		} else {
			v.Scope = scope
			add("consent", true, "the holder signed the migration and its scope")
		}
	}
	creds := make([]map[string]any, 0, len(presented))
	for _, p := range presented {
		creds = append(creds, p.Credential)
		issuer := ""
		if p.Verification != nil {
			issuer = p.Verification.Issuer
		}
		if p.Credential != nil {
			v.Disclosed = append(v.Disclosed, identity.Summarise(p.Credential, issuer))
		}
	}
	sub := m.Offer.Definition.Match(creds)
	for _, d := range sub.Descriptors {
		add("definition."+d.ID, len(d.Credentials) > 0, d.Reason)
	}
	p, err := c.admissionPolicy()
	if err != nil {
		return nil, err
	}
	if p != nil {
		for _, r := range p.Evaluate(presented, m.Holder, now).Reasons {
			add("policy."+r.Rule, r.OK, r.Detail)
		}
	}
	v.Admitted = res.Verified
	for _, r := range v.Reasons {
		v.Admitted = v.Admitted && r.OK
	}
	return v, nil
}

// ImportIdentity implements api.Migrations (9.4 step 4).
func (c *Core) ImportIdentity(ctx context.Context, req api.ImportRequest) (*identity.Migration, error) {
	if req.Account == "" || len(req.Account) > identity.MaxScopeItem {
		return nil, badInput("account: give the holder's account on this platform (1 to %d bytes)", identity.MaxScopeItem)
	}
	unlock := c.migrationRecords().Lock(identity.RoleIncoming, req.ID)
	defer unlock()
	m, err := c.migrationRecords().Get(identity.RoleIncoming, req.ID)
	if err != nil {
		return nil, err
	}
	switch m.Status {
	case identity.StatusAdmitted:
	case identity.StatusImported:
		if m.Account == req.Account {
			return m, nil
		}
		return nil, badInput("migration %s was imported as account %s already", m.ID, m.Account)
	default:
		return nil, badInput("migration %s is %s: only an admitted identity is imported", m.ID, m.Status)
	}
	m.Status, m.Account = identity.StatusImported, req.Account
	if err := c.migrationRecords().Put(m, c.now()); err != nil {
		return nil, err
	}
	c.auditMigration("identity.import", m, map[string]string{"account": m.Account})
	c.publish("identity.imported", m.Holder, m)
	return m, nil
}

// CheckIdentity implements api.Migrations: an outgoing presentation that
// did not reach its destination is sent again; an admitted incoming
// identity is verified again with status lists fetched anew.
func (c *Core) CheckIdentity(ctx context.Context, id string) (*identity.Migration, error) {
	if _, err := c.migrationRecords().Get(identity.RoleOutgoing, id); err == nil {
		unlock := c.migrationRecords().Lock(identity.RoleOutgoing, id)
		defer unlock()
		m, err := c.migrationRecords().Get(identity.RoleOutgoing, id)
		if err != nil {
			return nil, err
		}
		switch {
		case m.Status == statusSending:
			if err := c.Unlock(); err != nil {
				return nil, err
			}
			return c.sendPresentation(ctx, m)
		case m.Status == identity.StatusAdmitted && strings.HasPrefix(m.Error, linkError):
			// Admitted, but the link did not reach the chain or the
			// destination: make it again.
			if err := c.Unlock(); err != nil {
				return nil, err
			}
			m.Error = ""
			if err := c.linkIdentity(ctx, m); err != nil {
				m.Error = linkError + err.Error()
			}
			if err := c.migrationRecords().Put(m, c.now()); err != nil {
				return nil, err
			}
		}
		return m, nil
	}
	return c.recheck(ctx, id, nil)
}

// recheck verifies an admitted incoming identity again, as of its
// admission but with current status lists (fresh: a list just pushed).
// Only a credential its issuer revoked or suspended ends the admission: a
// list that cannot be fetched now is noted, not held against the holder.
func (c *Core) recheck(ctx context.Context, id string, fresh map[string]any) (*identity.Migration, error) {
	unlock := c.migrationRecords().Lock(identity.RoleIncoming, id)
	defer unlock()
	m, err := c.migrationRecords().Get(identity.RoleIncoming, id)
	if err != nil {
		return nil, err
	}
	if m.Status != identity.StatusAdmitted && m.Status != identity.StatusImported {
		return m, nil
	}
	at, err := time.Parse(time.RFC3339, m.Verdict.Time)
	if err != nil {
		return nil, err
	}
	v, err := c.judge(ctx, m, m.Presentation, m.Consent, at, fresh)
	if err != nil {
		return nil, err
	}
	if fresh != nil {
		// Keep the newest list, for the checks after a restart: the same
		// issuer's, signed later (a list someone else signed under its id,
		// or an older one, replaces nothing).
		id, _ := fresh["id"].(string)
		for i, raw := range m.StatusLists {
			var old map[string]any
			if json.Unmarshal(raw, &old) == nil && old["id"] == id && issuerOf(old) == issuerOf(fresh) && issuedAt(fresh) >= issuedAt(old) {
				m.StatusLists[i], _ = json.Marshal(fresh)
			}
		}
	}
	var ended, unsure []string
	for _, r := range v.Failed() {
		if revokedBit(r) {
			ended = append(ended, r.Rule+": "+r.Detail)
		} else if strings.HasPrefix(r.Rule, "credential.") {
			unsure = append(unsure, r.Rule+": "+r.Detail)
		}
	}
	m.Error = ""
	if len(unsure) > 0 {
		m.Error = "last check incomplete: " + strings.Join(unsure, "; ")
	}
	if len(ended) > 0 {
		m.Status, m.Error = identity.StatusRevoked, strings.Join(ended, "; ")
	}
	if err := c.migrationRecords().Put(m, c.now()); err != nil {
		return nil, err
	}
	if len(ended) > 0 {
		c.auditMigration("identity.revoked", m, nil)
		c.publish("identity.revoked", m.Holder, m)
	}
	return m, nil
}

// revokedBit says whether a failed rule is a credential's status bit set
// by its issuer: the status check's own words, not any reason naming
// "revoked" (a DID can).
func revokedBit(r identity.Reason) bool {
	if !strings.HasPrefix(r.Rule, "credential.") || !strings.HasSuffix(r.Rule, ".status") {
		return false
	}
	for _, what := range []string{"revoked", "suspended"} {
		if strings.HasPrefix(r.Detail, did.ErrStatus.Error()+": "+what+" (entry ") {
			return true
		}
	}
	return false
}

func issuerOf(vc map[string]any) string {
	switch i := vc["issuer"].(type) {
	case string:
		return i
	case map[string]any:
		id, _ := i["id"].(string)
		return id
	}
	return ""
}

// issuedAt is a credential's validFrom (VCDM 2.0) or issuanceDate (1.1),
// RFC 3339 in UTC as issuers write them, so they compare as strings.
func issuedAt(vc map[string]any) string {
	if t, ok := vc["validFrom"].(string); ok {
		return t
	}
	t, _ := vc["issuanceDate"].(string)
	return t
}

// ReceiveUnlink is RE POST /re/v1/identity/unlink from the origin.
func (c *Core) ReceiveUnlink(ctx context.Context, from string, msg api.UnlinkMessage) (*identity.Migration, error) {
	unlock := c.migrationRecords().Lock(identity.RoleIncoming, msg.Migration)
	defer unlock()
	m, err := c.migrationRecords().Get(identity.RoleIncoming, msg.Migration)
	if err != nil || m.Peer != from {
		return nil, re.NewProblem(http.StatusNotFound, re.CodeNotFound, "no migration %s came from %s", msg.Migration, from)
	}
	claims, err := identity.VerifyHolderStatement(ctx, msg.Statement, identity.UnlinkTyp, m.Holder, c.Home.Config.Platform.DID, c.Resolver)
	if err == nil && claims["migration"] != m.ID {
		err = errors.New("the statement unlinks another migration")
	}
	if err != nil {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "unlink statement: %v", err)
	}
	if m.Status == identity.StatusUnlinked {
		return m, nil
	}
	m.Status, m.Unlink = identity.StatusUnlinked, msg.Statement
	if err := c.migrationRecords().Put(m, c.now()); err != nil {
		return nil, err
	}
	c.auditMigration("identity.unlink", m, nil)
	c.publish("identity.unlinked", m.Holder, m)
	return m, nil
}

// ReceiveStatus is RE POST /re/v1/identity/status: a status list its
// issuer signed anew. Its proof is what counts, not who sent it; every
// admitted identity is checked against it.
func (c *Core) ReceiveStatus(ctx context.Context, from string, msg api.StatusMessage) (*api.StatusAnswer, error) {
	if len(msg.StatusList) > MaxStatusList {
		return nil, re.NewProblem(http.StatusRequestEntityTooLarge, re.CodeBadRequest, "status list larger than %d bytes", MaxStatusList)
	}
	var vc map[string]any
	if err := json.Unmarshal(msg.StatusList, &vc); err != nil || vc == nil {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "statusList: a status list credential (JSON) is expected")
	}
	e, err := c.engine()
	if err != nil {
		return nil, err
	}
	if v := e.VerifyCredential(ctx, vc, c.Resolver, &did.LocalStatusLists{}, c.now()); !v.Verified {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "the status list does not verify")
	}
	if id, _ := vc["id"].(string); id == "" {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "statusList: the status list credential has no id")
	}
	ms, err := c.migrationRecords().List(identity.RoleIncoming, "")
	if err != nil {
		return nil, err
	}
	// Only the identities whose credentials name the list are checked: a
	// partner's push costs B the verifications it concerns, not one per
	// identity B ever admitted.
	listID, _ := vc["id"].(string)
	ans := &api.StatusAnswer{Revoked: []string{}}
	for _, m := range ms {
		if m.Status != identity.StatusAdmitted && m.Status != identity.StatusImported {
			continue
		}
		if !slices.Contains(identity.PresentationStatusURLs(m.Presentation), listID) {
			continue
		}
		ans.Checked++
		after, err := c.recheck(ctx, m.ID, vc)
		if err != nil {
			c.log.Warn("recheck an admitted identity", "migration", m.ID, "error", err)
			continue
		}
		if after.Status == identity.StatusRevoked {
			ans.Revoked = append(ans.Revoked, m.ID)
		}
	}
	return ans, nil
}

// pushStatusList sends a status list this home signed anew to every
// platform an identity went to, so a revocation reaches them now rather
// than at their next check.
func (c *Core) pushStatusList(ctx context.Context, list map[string]any) {
	ms, err := c.migrationRecords().List(identity.RoleOutgoing, "")
	if err != nil {
		return
	}
	b, err := json.Marshal(list)
	if err != nil {
		return
	}
	var peers []string
	for _, m := range ms {
		if m.Status == identity.StatusAdmitted && !slices.Contains(peers, m.Peer) {
			peers = append(peers, m.Peer)
		}
	}
	if len(peers) == 0 {
		return
	}
	if err := c.Unlock(); err != nil {
		c.log.Warn("push a status list", "error", err)
		return
	}
	for _, p := range peers {
		base, _, err := c.peerEndpoint(ctx, p)
		if err == nil {
			var ans api.StatusAnswer
			err = c.Manage.Client.Do(ctx, http.MethodPost, base, "/re/v1/identity/status", p, api.StatusMessage{StatusList: b}, &ans)
		}
		if err != nil {
			c.log.Warn("push a status list", "peer", p, "error", err)
		}
	}
}

// RunIdentityChecks verifies the admitted identities again every
// [identity] recheck until ctx is done.
func (c *Core) RunIdentityChecks(ctx context.Context) {
	every := c.Home.Config.Identity.RecheckDuration()
	if every <= 0 {
		return
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		ms, err := c.migrationRecords().List(identity.RoleIncoming, "")
		if err != nil {
			continue
		}
		for _, m := range ms {
			if ctx.Err() != nil {
				return
			}
			if m.Status == identity.StatusAdmitted || m.Status == identity.StatusImported {
				if _, err := c.recheck(ctx, m.ID, nil); err != nil {
					c.log.Warn("recheck an admitted identity", "migration", m.ID, "error", err)
				}
			}
		}
	}
}
