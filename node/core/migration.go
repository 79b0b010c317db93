package core

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/identity"
	"github.com/mifm/mifm/node/manage"
)

// The origin's side of FGMV-43 9.4 (IDMF): ask the destination for an
// offer, prepare the presentation the holder's wallet signs, send it and
// keep the destination's signed verdict; then the identity's links and
// its unlinking.

// Sign request items of a migration.
const (
	itemPresentation = "presentation"
	itemConsent      = "consent"
	itemUnlink       = "unlink"
	itemVersion      = "version"
	bindingPrefix    = "binding-"
)

// linkError starts the error of an admitted migration whose link is not
// made yet; CheckIdentity makes it again.
const linkError = "link: "

// offerID is what an offer id may be: it names records and URL paths.
var offerID = regexp.MustCompile(`^[A-Za-z0-9_-]{8,64}$`)

// statusSending: the holder signed; the presentation waits to reach the
// destination (CheckIdentity sends it again).
const statusSending = "sending"

type migrationState struct {
	once sync.Once
	rec  *identity.Records
}

func (c *Core) migrationRecords() *identity.Records {
	c.mig.once.Do(func() { c.mig.rec = &identity.Records{DB: c.DB} })
	return c.mig.rec
}

// holderKey is the key a holder signs with: a did:key's own.
func holderKey(holder string) (kid, alg string, err error) {
	kt, _, err := did.ParseKeyDID(holder)
	if err != nil {
		return "", "", badInput("holder %q: the holder signs with a did:key (make one with `wallet init`): %v", holder, err)
	}
	alg, ok := did.KeyAlg(kt)
	if !ok || kt == did.P521 {
		return "", "", badInput("holder %s: %s keys do not sign presentations here (use Ed25519, secp256k1, P-256 or P-384)", holder, kt)
	}
	return holder + "#" + strings.TrimPrefix(holder, "did:key:"), alg, nil
}

func checkCustody(c string) error {
	if c != "" && c != identity.CustodyWallet && c != identity.CustodyPlatform {
		return badInput("custody %q: want wallet (the holder's own wallet signs) or platform (the node signs with the holder key it keeps)", c)
	}
	return nil
}

// MigrateIdentity implements api.Migrations (9.4 steps 1-2).
func (c *Core) MigrateIdentity(ctx context.Context, req api.MigrateRequest) (*identity.Migration, error) {
	self := c.Home.Config.Platform.DID
	if err := checkCustody(req.Custody); err != nil {
		return nil, err
	}
	kid, alg, err := holderKey(req.Holder)
	if err != nil {
		return nil, err
	}
	switch {
	case !strings.HasPrefix(req.To, "did:"):
		return nil, badInput("to %q: give the destination platform's DID", req.To)
	case req.To == self:
		return nil, badInput("to: %s is this platform; an identity migrates to another one", req.To)
	}
	if err := req.Scope.Check(); err != nil {
		return nil, badInput("%v", err)
	}
	held := make([]*identity.Held, len(req.Scope.Credentials))
	for i, raw := range req.Scope.Credentials {
		if held[i], err = identity.ReadHeld(raw); err != nil {
			return nil, badInput("scope credential %d: %v", i+1, err)
		}
	}
	if err := c.Trust.Partner(ctx, req.To); err != nil {
		return nil, fmt.Errorf("migrate to %s: %w (open a channel, or add it to [trust] partners)", req.To, manage.ErrNotPartner)
	}
	if err := c.Unlock(); err != nil {
		return nil, err
	}
	// The link an admission makes is anchored: without the Anchor
	// contract the migration would stop half-way, so it does not start.
	if _, err := c.Anchors(ctx); err != nil {
		return nil, fmt.Errorf("migrate: the identity's link is anchored on chain, and %w", err)
	}
	var kp *did.KeyPair
	if req.Custody == identity.CustodyPlatform {
		// Checked before the destination is asked: an offer no one can
		// sign only costs it.
		if kp, err = c.custodyKey(req.Holder); err != nil {
			return nil, err
		}
	}
	offer, err := c.askOffer(ctx, req.To, req.Holder)
	if err != nil {
		return nil, err
	}
	now := c.now()
	m := &identity.Migration{
		ID: offer.ID, Role: identity.RoleOutgoing, Holder: req.Holder, Peer: req.To, Status: identity.StatusSigning,
		Custody: req.Custody, Scope: req.Scope.Consented(), Offer: offer,
		Pending: &identity.Pending{KeyID: kid, Alg: alg, IssuedAt: now.UTC().Format(time.RFC3339)},
	}
	if m.Custody == "" {
		m.Custody = identity.CustodyWallet
	}
	var binds []int
	for _, h := range held {
		asked, ok := identity.Asked(offer.Definition, h.Types)
		if !ok {
			continue // not asked for: it stays with the holder
		}
		if !h.SDJWT {
			// A whole credential shows every claim it holds: it goes only if
			// the user agreed to each.
			if len(req.Scope.Claims) > 0 {
				for _, n := range h.Subject {
					if !slices.Contains(req.Scope.Claims, n) {
						return nil, badInput("a %s credential is shown whole and holds %q, which the scope's claims leave out: add the claim, or present an SD-JWT of it", strings.Join(h.Types, "/"), n)
					}
				}
			}
			m.Pending.Credentials = append(m.Pending.Credentials, h.Raw)
			continue
		}
		var names []string
		for _, n := range asked {
			if _, disclosable := h.Claims[n]; disclosable && (len(req.Scope.Claims) == 0 || slices.Contains(req.Scope.Claims, n)) {
				names = append(names, n)
			}
		}
		pres, err := did.DiscloseSDJWTUnbound(h.Token, names)
		if err != nil {
			return nil, badInput("disclose %v: %v", names, err)
		}
		b, _ := json.Marshal(pres)
		binds = append(binds, len(m.Pending.Credentials))
		m.Pending.Credentials = append(m.Pending.Credentials, b)
	}
	if len(m.Pending.Credentials) == 0 {
		var asked []string
		for _, d := range offer.Definition.InputDescriptors {
			asked = append(asked, d.ID)
		}
		return nil, badInput("none of the %d credentials in scope is one %s asks for (it asks for %s): add one to the scope", len(held), req.To, strings.Join(asked, ", "))
	}
	if len(binds) > 0 {
		m.SignRequest, m.Pending.Bindings, err = c.bindingRequest(m, binds)
	} else {
		m.SignRequest, err = c.presentationRequest(m)
	}
	if err != nil {
		return nil, err
	}
	unlock := c.migrationRecords().Lock(m.Role, m.ID)
	defer unlock()
	// The id is the destination's: one it used before would overwrite a
	// migration this node keeps.
	if _, err := c.migrationRecords().Get(identity.RoleOutgoing, m.ID); err == nil {
		return nil, fmt.Errorf("%s's offer reuses the id of migration %s; refused", req.To, m.ID)
	}
	if err := c.migrationRecords().Put(m, now); err != nil {
		return nil, err
	}
	c.auditMigration("identity.migrate", m, nil)
	if kp != nil {
		return c.signWithCustody(ctx, m, kp)
	}
	return m, nil
}

// custodyKey is the holder key the platform keeps for a user.
func (c *Core) custodyKey(holder string) (*did.KeyPair, error) {
	pass, err := c.passphrase()
	if err != nil {
		return nil, err
	}
	kp, err := c.Home.DIDKeys().Load(holder, pass)
	if err != nil {
		return nil, badInput("custody platform: this node keeps no key of %s (%v); the holder's wallet signs instead", holder, err)
	}
	return kp, nil
}

// signWithCustody answers a migration's sign requests with the key the
// platform keeps, round after round.
func (c *Core) signWithCustody(ctx context.Context, m *identity.Migration, kp *did.KeyPair) (*identity.Migration, error) {
	for m.SignRequest != nil {
		resp, err := did.SignWith(kp, m.SignRequest, c.now())
		if err != nil {
			return nil, err
		}
		if m, err = c.applySignatures(ctx, m, *resp); err != nil {
			return m, err
		}
	}
	return m, nil
}

// askOffer asks the destination for its offer (RE POST
// /re/v1/identity/offers) and checks it.
func (c *Core) askOffer(ctx context.Context, to, holder string) (*identity.Offer, error) {
	base, want, err := c.peerEndpoint(ctx, to)
	if err != nil {
		return nil, fmt.Errorf("reach %s: %w", to, err)
	}
	if want != "" && want != to {
		return nil, fmt.Errorf("%s answers as %s", to, want)
	}
	var raw struct {
		identity.Offer
		Definition json.RawMessage `json:"definition"`
	}
	if err := c.Manage.Client.Do(ctx, http.MethodPost, base, "/re/v1/identity/offers", to, api.OfferRequest{Holder: holder}, &raw); err != nil {
		return nil, fmt.Errorf("ask %s for an offer: %w", to, err)
	}
	o := raw.Offer
	pd, err := did.ParsePresentationDefinition(raw.Definition)
	switch {
	case err != nil:
		return nil, fmt.Errorf("%s's offer: %w", to, err)
	case o.Platform != to || o.Domain != to:
		return nil, fmt.Errorf("%s's offer is for platform %s, domain %s", to, o.Platform, o.Domain)
	case o.Holder != holder:
		return nil, fmt.Errorf("%s's offer is for %s, not %s", to, o.Holder, holder)
	case !offerID.MatchString(o.ID) || o.Challenge == "" || len(o.Challenge) > 256:
		return nil, fmt.Errorf("%s's offer has no usable id or challenge", to)
	case o.Expired(c.now()):
		return nil, fmt.Errorf("%s's offer expired at %s (check both nodes' clocks)", to, o.Expires)
	}
	o.Definition = pd
	return &o, nil
}

// bindingRequest asks the holder to bind each disclosed SD-JWT to the
// offer (its key binding JWT), the first of two rounds.
func (c *Core) bindingRequest(m *identity.Migration, binds []int) (*did.SignRequest, map[string]int, error) {
	iat, _ := time.Parse(time.RFC3339, m.Pending.IssuedAt)
	names := map[string]int{}
	var items []did.SignItem
	for _, i := range binds {
		var pres string
		if err := json.Unmarshal(m.Pending.Credentials[i], &pres); err != nil {
			return nil, nil, err
		}
		in, err := did.SDJWTBindingInput(pres, m.Pending.Alg, m.Pending.KeyID, m.Offer.Challenge, m.Offer.Domain, iat)
		if err != nil {
			return nil, nil, fmt.Errorf("bind credential %d: %w", i+1, err)
		}
		name := fmt.Sprintf("%s%d", bindingPrefix, i)
		item, err := did.NewSignItem(name, in)
		if err != nil {
			return nil, nil, err
		}
		items = append(items, item)
		names[name] = i
	}
	return c.signRequest(m, "bind the disclosed credentials to "+m.Peer+"'s offer", items), names, nil
}

// presentationRequest asks the holder to sign the presentation and their
// consent to the scope.
func (c *Core) presentationRequest(m *identity.Migration) (*did.SignRequest, error) {
	iat, _ := time.Parse(time.RFC3339, m.Pending.IssuedAt)
	creds := make([]any, len(m.Pending.Credentials))
	for i, raw := range m.Pending.Credentials {
		if err := json.Unmarshal(raw, &creds[i]); err != nil {
			return nil, err
		}
	}
	exp, _ := time.Parse(time.RFC3339, m.Offer.Expires)
	vp := did.PresentationJWT{
		Holder: m.Holder, KeyID: m.Pending.KeyID, Alg: m.Pending.Alg, Credentials: creds,
		Challenge: m.Offer.Challenge, Domain: m.Offer.Domain, IssuedAt: iat, Expires: exp,
	}
	in, err := vp.SigningInput()
	if err != nil {
		return nil, fmt.Errorf("prepare the presentation: %w", err)
	}
	pres, err := did.NewSignItem(itemPresentation, in)
	if err != nil {
		return nil, err
	}
	claims := identity.ConsentClaims(m.Holder, m.Peer, c.Home.Config.Platform.DID, m.Offer.Challenge, m.Scope, iat)
	cin, err := identity.SigningInput(m.Pending.Alg, m.Pending.KeyID, identity.ConsentTyp, claims)
	if err != nil {
		return nil, err
	}
	consent, err := did.NewSignItem(itemConsent, cin)
	if err != nil {
		return nil, err
	}
	return c.signRequest(m, fmt.Sprintf("present %d credential(s) to %s and consent to move the identity there", len(creds), m.Peer), []did.SignItem{pres, consent}), nil
}

func (c *Core) signRequest(m *identity.Migration, purpose string, items []did.SignItem) *did.SignRequest {
	return &did.SignRequest{
		Type: "mifm-sign-request/1", ID: identity.NewID(), Holder: m.Holder, KeyID: m.Pending.KeyID, Alg: m.Pending.Alg,
		Purpose: purpose, Audience: m.Peer, Expires: m.Offer.Expires, Items: items,
	}
}

// SignMigration implements api.Migrations.
func (c *Core) SignMigration(ctx context.Context, id string, resp did.SignResponse) (*identity.Migration, error) {
	unlock := c.migrationRecords().Lock(identity.RoleOutgoing, id)
	defer unlock()
	m, err := c.migrationRecords().Get(identity.RoleOutgoing, id)
	if err != nil {
		return nil, err
	}
	if m.SignRequest == nil {
		return nil, badInput("migration %s waits for no signature (it is %s)", id, m.Status)
	}
	if err := c.Unlock(); err != nil {
		return nil, err
	}
	return c.applySignatures(ctx, m, resp)
}

// applySignatures takes one round of the holder's signatures; the caller
// holds the migration's lock.
func (c *Core) applySignatures(ctx context.Context, m *identity.Migration, resp did.SignResponse) (*identity.Migration, error) {
	req := m.SignRequest
	if err := req.Check(c.now()); err != nil {
		return nil, badInput("the sign request can no longer be answered: %v (start the migration again)", err)
	}
	signed, err := req.Complete(&resp)
	if err != nil {
		return nil, badInput("signatures: %v", err)
	}
	switch {
	case signed[itemUnlink] != "":
		return c.finishUnlink(ctx, m, signed[itemUnlink])
	case signed[itemPresentation] != "":
		for _, name := range []string{itemPresentation, itemConsent} {
			if err := did.VerifySignedItem(ctx, signed[name], m.Holder, c.Resolver); err != nil {
				return nil, badInput("the %s is not signed by %s: %v", name, m.Holder, err)
			}
		}
		m.Presentation, m.Consent = signed[itemPresentation], signed[itemConsent]
		m.StatusLists = c.publishedLists(m.Pending.Credentials)
		m.SignRequest, m.Status, m.Pending = nil, statusSending, nil
		if err := c.migrationRecords().Put(m, c.now()); err != nil {
			return nil, err
		}
		return c.sendPresentation(ctx, m)
	default:
		for name, jws := range signed {
			i, ok := m.Pending.Bindings[name]
			if !ok {
				return nil, badInput("signature %q answers nothing of this request", name)
			}
			var pres string
			if err := json.Unmarshal(m.Pending.Credentials[i], &pres); err != nil {
				return nil, err
			}
			b, _ := json.Marshal(pres + jws)
			m.Pending.Credentials[i] = b
		}
		m.Pending.Bindings = nil
		if m.SignRequest, err = c.presentationRequest(m); err != nil {
			return nil, err
		}
		if err := c.migrationRecords().Put(m, c.now()); err != nil {
			return nil, err
		}
		return m, nil
	}
}

// sendPresentation sends a signed presentation and records the verdict.
// A destination that does not answer leaves the migration "sending", and
// CheckIdentity sends it again: the destination answers a presentation it
// has judged with the same verdict.
func (c *Core) sendPresentation(ctx context.Context, m *identity.Migration) (*identity.Migration, error) {
	base, want, err := c.peerEndpoint(ctx, m.Peer)
	if err == nil && want != "" && want != m.Peer {
		err = fmt.Errorf("%s answers as %s", m.Peer, want)
	}
	var ans api.VerdictAnswer
	if err == nil {
		err = c.Manage.Client.Do(ctx, http.MethodPost, base, "/re/v1/identity/presentations", m.Peer,
			api.PresentationMessage{Migration: m.ID, Presentation: m.Presentation, Consent: m.Consent, StatusLists: m.StatusLists}, &ans)
	}
	var v *identity.Verdict
	if err == nil {
		v, err = identity.VerifyVerdict(ctx, ans.Verdict, m.Peer, m.ID, c.Resolver)
	}
	if err == nil && (v.Holder != m.Holder || v.From != c.Home.Config.Platform.DID) {
		err = fmt.Errorf("%s's verdict is about %s from %s, not this migration's %s from here", m.Peer, v.Holder, v.From, m.Holder)
	}
	if err != nil {
		m.Error = err.Error()
		if m.Offer.Expired(c.now()) {
			m.Status = identity.StatusFailed
		}
		if perr := c.migrationRecords().Put(m, c.now()); perr != nil {
			return nil, perr
		}
		return m, fmt.Errorf("send the presentation to %s: %w", m.Peer, err)
	}
	m.Verdict, m.VerdictJWS, m.Error = v, ans.Verdict, ""
	m.Status = identity.StatusRefused
	if v.Admitted {
		m.Status = identity.StatusAdmitted
	}
	if err := c.migrationRecords().Put(m, c.now()); err != nil {
		return nil, err
	}
	c.auditMigration("identity.verdict", m, map[string]string{"admitted": fmt.Sprint(v.Admitted)})
	c.publish("identity."+m.Status, m.Holder, m)
	if v.Admitted {
		if err := c.linkIdentity(ctx, m); err != nil {
			m.Error = linkError + err.Error()
			_ = c.migrationRecords().Put(m, c.now())
		}
	}
	return m, nil
}

// publishedLists are the status lists this home publishes for the
// presented credentials, as last signed: the destination needs no way to
// the issuer's URL to check them.
func (c *Core) publishedLists(creds []json.RawMessage) []json.RawMessage {
	var urls []string
	var out []json.RawMessage
	for _, raw := range creds {
		u := identity.StatusURL(raw)
		if u == "" || slices.Contains(urls, u) || len(out) == identity.MaxStatusLists {
			continue
		}
		urls = append(urls, u)
		if vc, err := c.Home.StatusLists().Published(u); err == nil {
			b, _ := json.Marshal(vc)
			out = append(out, b)
		}
	}
	return out
}

// linkKey names a link in the identity subject's content and state.
func linkKey(platform string) string {
	h := sha256.Sum256([]byte(platform))
	return "link-" + hex.EncodeToString(h[:8])
}

// linkIdentity records an admitted migration's link in the holder's
// identity subject, anchored: the consent the holder signed goes to IPFS,
// named in the version's content, and the destination in its state; then
// the destination holds the subject and syncs the holder's changes back.
func (c *Core) linkIdentity(ctx context.Context, m *identity.Migration) error {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return err
	}
	st, err := c.ContentStore(ctx)
	if err != nil {
		return err
	}
	consent, err := anchor.IPFS{Store: st}.AddFile(ctx, []byte(m.Consent))
	if err != nil {
		return fmt.Errorf("store the consent: %w", err)
	}
	subject := anchor.KindIdentity + ":" + m.Holder
	req := anchor.ProposeRequest{Subject: subject, Content: map[string]string{}, State: map[string]string{}}
	if _, head, err := svc.Head(subject); err == nil {
		for k, v := range head.Version.Content {
			req.Content[k] = v
		}
		for k, v := range head.Version.State {
			req.State[k] = v
		}
	}
	k := linkKey(m.Peer)
	req.Content[k], req.State[k] = consent.String(), m.Peer
	if _, err := svc.Propose(ctx, req); err != nil {
		return err
	}
	_, err = c.ShareSubject(ctx, api.ShareRequest{Subject: subject, Peer: m.Peer})
	return err
}

// UnlinkIdentity implements api.Migrations: the holder signs the unlink.
func (c *Core) UnlinkIdentity(ctx context.Context, req api.UnlinkRequest) (*identity.Migration, error) {
	if err := checkCustody(req.Custody); err != nil {
		return nil, err
	}
	unlock := c.migrationRecords().Lock(identity.RoleOutgoing, req.ID)
	defer unlock()
	m, err := c.migrationRecords().Get(identity.RoleOutgoing, req.ID)
	if err != nil {
		return nil, err
	}
	if m.Status != identity.StatusAdmitted {
		return nil, badInput("migration %s is %s: only an admitted identity is linked", m.ID, m.Status)
	}
	kid, alg, err := holderKey(m.Holder)
	if err != nil {
		return nil, err
	}
	var kp *did.KeyPair
	if req.Custody == identity.CustodyPlatform {
		if kp, err = c.custodyKey(m.Holder); err != nil {
			return nil, err
		}
	}
	now := c.now()
	in, err := identity.SigningInput(alg, kid, identity.UnlinkTyp, identity.UnlinkClaims(m.Holder, m.Peer, m.ID, now))
	if err != nil {
		return nil, err
	}
	item, err := did.NewSignItem(itemUnlink, in)
	if err != nil {
		return nil, err
	}
	m.SignRequest = &did.SignRequest{
		Type: "mifm-sign-request/1", ID: identity.NewID(), Holder: m.Holder, KeyID: kid, Alg: alg,
		Purpose: "unlink your identity from " + m.Peer + ": it stops syncing there", Audience: m.Peer,
		Expires: now.Add(identity.OfferLifetime).UTC().Format(time.RFC3339), Items: []did.SignItem{item},
	}
	if err := c.migrationRecords().Put(m, now); err != nil {
		return nil, err
	}
	if kp != nil {
		if err := c.Unlock(); err != nil {
			return nil, err
		}
		return c.signWithCustody(ctx, m, kp)
	}
	return m, nil
}

// finishUnlink takes the holder's signed unlink: the destination stops
// holding the identity subject (its syncs are refused from now), the link
// leaves the subject's next version, and the destination is told.
func (c *Core) finishUnlink(ctx context.Context, m *identity.Migration, statement string) (*identity.Migration, error) {
	if _, err := identity.VerifyHolderStatement(ctx, statement, identity.UnlinkTyp, m.Holder, m.Peer, c.Resolver); err != nil {
		return nil, badInput("the unlink statement: %v", err)
	}
	m.Unlink, m.SignRequest, m.Status = statement, nil, identity.StatusUnlinked
	if err := c.migrationRecords().Put(m, c.now()); err != nil {
		return nil, err
	}
	subject := anchor.KindIdentity + ":" + m.Holder
	if svc, err := c.Anchors(ctx); err == nil {
		if err := svc.RemoveHolder(subject, m.Peer); err != nil && !errors.Is(err, anchor.ErrNoSubject) {
			return nil, err
		}
		if _, head, err := svc.Head(subject); err == nil {
			k := linkKey(m.Peer)
			content, state := map[string]string{}, map[string]string{}
			for n, v := range head.Version.Content {
				if n != k {
					content[n] = v
				}
			}
			for n, v := range head.Version.State {
				if n != k {
					state[n] = v
				}
			}
			if _, err := svc.Propose(ctx, anchor.ProposeRequest{Subject: subject, Content: content, State: state}); err != nil {
				m.Error = "anchor the unlink: " + err.Error()
			}
		}
	}
	c.auditMigration("identity.unlink", m, nil)
	c.publish("identity.unlinked", m.Holder, m)
	base, want, err := c.peerEndpoint(ctx, m.Peer)
	if err == nil && want != "" && want != m.Peer {
		err = fmt.Errorf("%s answers as %s", m.Peer, want)
	}
	if err == nil {
		err = c.Manage.Client.Do(ctx, http.MethodPost, base, "/re/v1/identity/unlink", m.Peer, api.UnlinkMessage{Migration: m.ID, Statement: statement}, nil)
	}
	if err != nil {
		// The unlink stands: the destination's syncs are refused whether
		// or not it heard of it.
		m.Error = fmt.Sprintf("tell %s: %v", m.Peer, err)
	}
	if err := c.migrationRecords().Put(m, c.now()); err != nil {
		return nil, err
	}
	return m, nil
}

// Migrations implements api.Migrations.
func (c *Core) Migrations(ctx context.Context, q api.MigrationQuery) ([]identity.Migration, error) {
	if q.Role != "" && q.Role != identity.RoleOutgoing && q.Role != identity.RoleIncoming {
		return nil, badInput("role %q: want outgoing or incoming", q.Role)
	}
	out, err := c.migrationRecords().List(q.Role, q.Holder)
	if out == nil {
		out = []identity.Migration{}
	}
	return out, err
}

// Migration implements api.Migrations.
func (c *Core) Migration(ctx context.Context, id, role string) (*identity.Migration, error) {
	if role != "" {
		return c.migrationRecords().Get(role, id)
	}
	m, err := c.migrationRecords().Get(identity.RoleOutgoing, id)
	if errors.Is(err, identity.ErrNoMigration) {
		return c.migrationRecords().Get(identity.RoleIncoming, id)
	}
	return m, err
}

// IdentityLinks implements api.Migrations.
func (c *Core) IdentityLinks(ctx context.Context, holder string) ([]api.IdentityLink, error) {
	if _, _, err := did.Method(holder); err != nil {
		return nil, badInput("holder: %v", err)
	}
	ms, err := c.migrationRecords().List("", holder)
	if err != nil {
		return nil, err
	}
	out := []api.IdentityLink{}
	for _, m := range ms {
		if m.Verdict == nil || !m.Verdict.Admitted {
			continue
		}
		out = append(out, api.IdentityLink{Holder: m.Holder, Platform: m.Peer, Direction: m.Role, Migration: m.ID, Status: m.Status, Account: m.Account, Since: m.Verdict.Time})
	}
	return out, nil
}

func (c *Core) auditMigration(op string, m *identity.Migration, detail map[string]string) {
	if detail == nil {
		detail = map[string]string{}
	}
	detail["migration"], detail["peer"], detail["status"] = m.ID, m.Peer, m.Status
	if _, err := c.Audit.Append(audit.Event{API: c.cfg.API, Op: op, Actor: "platform", Subject: m.Holder, Outcome: "ok", Detail: detail}, nil); err != nil {
		c.log.Error("audit an identity migration", "op", op, "error", err)
	}
}

func (c *Core) now() time.Time {
	if c.cfg.Now != nil {
		return c.cfg.Now()
	}
	return time.Now()
}
