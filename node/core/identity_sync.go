package core

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/identity"
)

// FGMV-43 9.4 steps 5-7 (IDSF): a holder visiting this platform changes
// their identity here; the change is the next version of their identity
// subject, signed by the holder's own key, anchored here and synced to the
// identity's home, whose platform is told.

// visiting is the incoming migration under which a holder visits this
// platform: admitted or imported, not unlinked or revoked.
func (c *Core) visiting(holder string) (*identity.Migration, error) {
	ms, err := c.migrationRecords().List(identity.RoleIncoming, holder)
	if err != nil {
		return nil, err
	}
	last := ""
	for _, m := range ms {
		switch m.Status {
		case identity.StatusAdmitted, identity.StatusImported:
			return &m, nil
		case identity.StatusUnlinked, identity.StatusRevoked:
			if last == "" {
				last = m.Status
			}
		}
	}
	if last != "" {
		return nil, badInput("%s's identity is %s here: its changes no longer sync to its home", holder, last)
	}
	return nil, badInput("%s's identity was not admitted here (migrate it first)", holder)
}

// cameFrom says whether the holder's identity was admitted here from
// platform, and is still linked.
func (c *Core) cameFrom(holder, platform string) bool {
	ms, err := c.migrationRecords().List(identity.RoleIncoming, holder)
	if err != nil {
		return false
	}
	for _, m := range ms {
		if m.Peer == platform && (m.Status == identity.StatusAdmitted || m.Status == identity.StatusImported) {
			return true
		}
	}
	return false
}

// visitingFrom is visiting, and the identity's home here must be the
// platform the holder came from.
func (c *Core) visitingFrom(holder, home string) error {
	m, err := c.visiting(holder)
	if err != nil {
		return err
	}
	if m.Peer != home && !c.cameFrom(holder, home) {
		return badInput("%s's identity came here from %s, but its subject's home is %s", holder, m.Peer, home)
	}
	return nil
}

// UpdateIdentity implements api.Migrations.
func (c *Core) UpdateIdentity(ctx context.Context, req api.IdentityUpdateRequest) (*api.IdentityUpdate, error) {
	if err := checkCustody(req.Custody); err != nil {
		return nil, err
	}
	kid, alg, err := holderKey(req.Holder)
	if err != nil {
		return nil, err
	}
	if req.State == nil && req.Content == nil {
		return nil, badInput("nothing to change: give state fields (profile, avatar reference, permissions) or content CIDs")
	}
	subject := anchor.KindIdentity + ":" + req.Holder
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	sub, err := svc.Subject(subject)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (its home shares it once the identity is admitted)", subject, err)
	}
	if sub.Home != c.Home.Config.Platform.DID {
		if err := c.visitingFrom(req.Holder, sub.Home); err != nil {
			return nil, err
		}
	}
	var kp *did.KeyPair
	if req.Custody == identity.CustodyPlatform {
		if kp, err = c.custodyKey(req.Holder); err != nil {
			return nil, err
		}
	}
	pr := anchor.ProposeRequest{Subject: subject, Content: req.Content, State: req.State, Prev: req.Prev}
	if req.State != nil || req.Content != nil {
		// A change names the fields it changes; the others carry over.
		if _, head, err := svc.Head(subject); err == nil {
			pr.State, pr.Content = merged(head.Version.State, req.State), merged(head.Version.Content, req.Content)
		}
	}
	v, err := svc.Draft(pr, sub.Home)
	if err != nil {
		return nil, badInput("%v", err)
	}
	in, err := v.SigningInput(kid, alg)
	if err != nil {
		return nil, badInput("%v", err)
	}
	item, err := did.NewSignItem(itemVersion, in)
	if err != nil {
		return nil, err
	}
	now := c.now()
	sr := &did.SignRequest{
		Type: "mifm-sign-request/1", ID: identity.NewID(), Holder: req.Holder, KeyID: kid, Alg: alg,
		Purpose: fmt.Sprintf("version %d of your identity, synced to its home %s", v.Seq, sub.Home), Audience: sub.Home,
		Expires: now.Add(identity.OfferLifetime).UTC().Format(time.RFC3339), Items: []did.SignItem{item},
	}
	doc, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	u := &identity.Update{ID: sr.ID, Holder: req.Holder, Subject: subject, Document: doc, SignRequest: sr, Created: now.UTC().Format(time.RFC3339)}
	if err := c.migrationRecords().PutUpdate(u, now); err != nil {
		return nil, err
	}
	out := &api.IdentityUpdate{ID: u.ID, Subject: subject, SignRequest: sr}
	if kp != nil {
		resp, err := did.SignWith(kp, sr, now)
		if err != nil {
			return nil, err
		}
		if out.Outcome, err = c.SignIdentityUpdate(ctx, u.ID, *resp); err != nil {
			return nil, err
		}
		out.SignRequest = nil
	}
	return out, nil
}

// merged is base with changes over it; an empty value removes a field.
func merged(base, changes map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range changes {
		if v == "" {
			delete(out, k)
		} else {
			out[k] = v
		}
	}
	return out
}

// SignIdentityUpdate implements api.Migrations.
func (c *Core) SignIdentityUpdate(ctx context.Context, id string, resp did.SignResponse) (*api.VersionOutcome, error) {
	u, done, err := c.migrationRecords().TakeUpdate(id)
	if err != nil {
		return nil, err
	}
	b, _ := json.Marshal(u.SignRequest)
	var sr did.SignRequest
	if err := json.Unmarshal(b, &sr); err != nil {
		return nil, err
	}
	if err := sr.Check(c.now()); err != nil {
		return nil, badInput("the update can no longer be signed: %v (make it again)", err)
	}
	signed, err := sr.Complete(&resp)
	if err != nil {
		return nil, badInput("signatures: %v", err)
	}
	var v anchor.Version
	if err := json.Unmarshal(u.Document, &v); err != nil {
		return nil, err
	}
	v.Sig = signed[itemVersion]
	doc, err := v.Encode()
	if err != nil {
		return nil, err
	}
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	// Signed after an unlink or a revocation: the holder's link is what
	// lets the change through, then as now.
	if v.Home != c.Home.Config.Platform.DID {
		if err := c.visitingFrom(u.Holder, v.Home); err != nil {
			return nil, err
		}
	}
	ctx, l := withSync(ctx)
	o, err := svc.Submit(ctx, doc)
	if err != nil {
		return nil, badInput("the signed version: %v", err)
	}
	if err := done(); err != nil {
		return nil, err
	}
	return outcome(o, l), nil
}

// SyncIdentity implements api.Migrations.
func (c *Core) SyncIdentity(ctx context.Context, holder string) ([]api.SyncResult, error) {
	if _, _, err := did.Method(holder); err != nil {
		return nil, badInput("holder: %v", err)
	}
	subject := anchor.KindIdentity + ":" + holder
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	sub, err := svc.Subject(subject)
	if err != nil {
		return nil, err
	}
	peers := sub.Holders
	if sub.Home != c.Home.Config.Platform.DID {
		if err := c.visitingFrom(holder, sub.Home); err != nil {
			return nil, err
		}
		peers = []string{sub.Home}
	}
	out := []api.SyncResult{}
	for _, p := range peers {
		out = append(out, c.pushSubject(ctx, svc, subject, sub.Head, p))
	}
	return out, nil
}
