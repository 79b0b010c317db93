// Package identity carries a user's identity from one platform to another
// (FGMV-43 7.4.1 IDMF, 7.4.2 IDVF in the node, 9.4; IDIR-101..109,
// 201..204, 301..306): the destination's offer (its challenge and the
// presentation definition built from its manifesto and admission policy),
// the migration records both nodes keep, the verdict the destination signs,
// and the links between a user's identity and their accounts elsewhere.
// The identity's later versions (IDSF) are node/anchor's identity subjects.
//
// The user holds the keys: every presentation, consent and identity update
// is signed by the holder's own wallet through a did.SignRequest, unless the
// platform keeps the holder's key for them (custody "platform").
package identity

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/mifm/mifm/did"
)

// Roles of a migration record: the origin's (A) and the destination's (B).
const (
	RoleOutgoing = "outgoing"
	RoleIncoming = "incoming"
)

// Statuses of a migration.
const (
	// StatusSigning: the origin waits for the holder's signatures (its
	// SignRequest).
	StatusSigning = "signing"
	// StatusOffered: the destination made an offer and waits for the
	// presentation.
	StatusOffered = "offered"
	// StatusAdmitted and StatusRefused are the destination's verdict.
	StatusAdmitted = "admitted"
	StatusRefused  = "refused"
	// StatusImported: the destination's platform made the account.
	StatusImported = "imported"
	// StatusRevoked: a credential the admission rested on no longer
	// verifies (revoked or suspended by its issuer).
	StatusRevoked = "revoked"
	// StatusUnlinked: the user unlinked the identity from the destination.
	StatusUnlinked = "unlinked"
	// StatusFailed: the origin could not finish (the destination
	// unreachable, the offer expired); nothing was admitted.
	StatusFailed = "failed"
)

// Custody says who signs for the holder.
const (
	// CustodyWallet: the user's own wallet, outside the node.
	CustodyWallet = "wallet"
	// CustodyPlatform: a key the platform keeps for the user in its node's
	// keystore, for platforms that manage keys for their users.
	CustodyPlatform = "platform"
)

// JWS types of what the holder and the destination sign.
const (
	ConsentTyp = "mifm-identity-consent+jwt"
	UnlinkTyp  = "mifm-identity-unlink+jwt"
	VerdictTyp = "mifm-identity-verdict+jwt"
)

// Bounds of what a migration carries.
const (
	MaxCredentials = 32
	MaxScopeItems  = 64
	MaxScopeItem   = 256
	// MaxStatusLists bounds the status lists sent with a presentation.
	MaxStatusLists = 8
	// MaxOpenOffers is how many offers a partner may have waiting at once.
	MaxOpenOffers = 64
	// OfferLifetime is how long a holder has to answer an offer.
	OfferLifetime = 10 * time.Minute
)

// Errors callers branch on.
var (
	ErrNoMigration = errors.New("no such migration")
	ErrBadScope    = errors.New("invalid migration scope")
	ErrOffer       = errors.New("offer refused")
	ErrReplayed    = errors.New("presentation replayed")
	ErrLink        = errors.New("no link")
)

// Scope is what the user chose to take along (IDIR-102, 106): the
// credentials, the claims of them they agree to disclose (empty: whatever
// the destination asks), and the avatars, assets and permissions linked
// to the identity.
type Scope struct {
	// Credentials are the user's credentials as held: Data Integrity
	// objects, vc+jwt strings or SD-JWTs with every disclosure.
	Credentials []json.RawMessage `json:"credentials"`
	Claims      []string          `json:"claims,omitempty"`
	Avatars     []string          `json:"avatars,omitempty"`
	Assets      []string          `json:"assets,omitempty"`
	Permissions []string          `json:"permissions,omitempty"`
}

// Consented is the part of the scope the holder signs and the destination
// keeps: everything but the credentials, which the presentation carries.
type Consented struct {
	Claims      []string `json:"claims,omitempty"`
	Avatars     []string `json:"avatars,omitempty"`
	Assets      []string `json:"assets,omitempty"`
	Permissions []string `json:"permissions,omitempty"`
}

// Check bounds a scope.
func (s *Scope) Check() error {
	if len(s.Credentials) == 0 {
		return fmt.Errorf("%w: no credential chosen (give the user's credentials to present)", ErrBadScope)
	}
	if len(s.Credentials) > MaxCredentials {
		return fmt.Errorf("%w: %d credentials, at most %d", ErrBadScope, len(s.Credentials), MaxCredentials)
	}
	return s.Consented().Check()
}

// Consented is the scope without its credentials.
func (s *Scope) Consented() Consented {
	return Consented{Claims: s.Claims, Avatars: s.Avatars, Assets: s.Assets, Permissions: s.Permissions}
}

// Check bounds the consented scope.
func (c Consented) Check() error {
	for name, list := range map[string][]string{"claims": c.Claims, "avatars": c.Avatars, "assets": c.Assets, "permissions": c.Permissions} {
		if len(list) > MaxScopeItems {
			return fmt.Errorf("%w: %d %s, at most %d", ErrBadScope, len(list), name, MaxScopeItems)
		}
		for _, v := range list {
			if v == "" || len(v) > MaxScopeItem {
				return fmt.Errorf("%w: a %s entry must be 1 to %d bytes", ErrBadScope, name, MaxScopeItem)
			}
		}
	}
	return nil
}

// Offer is the destination's answer to a migration request: the challenge
// and domain the presentation must be bound to, and what it must hold.
type Offer struct {
	ID         string                      `json:"id"`
	Platform   string                      `json:"platform"`
	Holder     string                      `json:"holder"`
	Challenge  string                      `json:"challenge"`
	Domain     string                      `json:"domain"`
	Definition *did.PresentationDefinition `json:"definition"`
	Expires    string                      `json:"expires"`
}

// Expired says whether the offer can no longer be answered.
func (o *Offer) Expired(now time.Time) bool {
	t, err := time.Parse(time.RFC3339, o.Expires)
	return err != nil || !now.Before(t)
}

// Reason is one rule of a verdict.
type Reason struct {
	Rule   string `json:"rule"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// DisclosedCredential is what the destination learnt of one credential.
type DisclosedCredential struct {
	Types  []string `json:"types"`
	Issuer string   `json:"issuer"`
	Claims []string `json:"claims"`
}

// Verdict is the destination's decision on a presentation, with each
// rule's reason (9.4 step 4), signed by its platform key.
type Verdict struct {
	Migration string                `json:"migration"`
	Holder    string                `json:"holder"`
	Platform  string                `json:"platform"`
	From      string                `json:"from"`
	Admitted  bool                  `json:"admitted"`
	Reasons   []Reason              `json:"reasons"`
	Disclosed []DisclosedCredential `json:"disclosed,omitempty"`
	Scope     Consented             `json:"scope"`
	Time      string                `json:"time"`
}

// Failed lists the rules that did not hold.
func (v *Verdict) Failed() []Reason {
	var out []Reason
	for _, r := range v.Reasons {
		if !r.OK {
			out = append(out, r)
		}
	}
	return out
}

// Migration is one migration as a node keeps it.
type Migration struct {
	ID      string `json:"id"`
	Role    string `json:"role"`
	Holder  string `json:"holder"`
	Peer    string `json:"peer"`
	Status  string `json:"status"`
	Custody string `json:"custody,omitempty"`
	// Scope is the consented scope (the credentials are in the
	// presentation).
	Scope Consented `json:"scope"`
	Offer *Offer    `json:"offer,omitempty"`
	// Pending holds the origin's work while the holder signs: the
	// credentials to present and the bound SD-JWTs made so far.
	Pending *Pending `json:"pending,omitempty"`
	// SignRequest is what the holder's wallet must sign next.
	SignRequest  *did.SignRequest `json:"signRequest,omitempty"`
	Presentation string           `json:"presentation,omitempty"`
	Consent      string           `json:"consent,omitempty"`
	// StatusLists are the issuers' status list credentials the origin
	// sent with the presentation (its own, as last signed); the
	// destination checks them like fetched ones and keeps the newest.
	StatusLists []json.RawMessage `json:"statusLists,omitempty"`
	Verdict     *Verdict          `json:"verdict,omitempty"`
	// VerdictJWS is the verdict as the destination signed it.
	VerdictJWS string `json:"verdictJws,omitempty"`
	// Account is the holder's account on the destination, once imported.
	Account string `json:"account,omitempty"`
	// Unlink is the holder's signed unlink statement.
	Unlink  string `json:"unlink,omitempty"`
	Error   string `json:"error,omitempty"`
	Created string `json:"created"`
	Updated string `json:"updated"`
}

// Pending is an outgoing migration's state between signing rounds.
type Pending struct {
	// Credentials are the items the presentation will hold, in order;
	// SD-JWTs as disclosed, bound once their binding is signed.
	Credentials []json.RawMessage `json:"credentials"`
	// Bindings maps a sign item's name to the credential it binds.
	Bindings map[string]int `json:"bindings,omitempty"`
	KeyID    string         `json:"keyId"`
	Alg      string         `json:"alg"`
	IssuedAt string         `json:"issuedAt"`
}

// NewID is a random identifier (128 bits, hex).
func NewID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b[:])
}
