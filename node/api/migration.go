package api

import (
	"context"
	"encoding/json"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/identity"
)

// Migrations carry a user's identity to another platform and keep it in
// sync (FGMV-43 9.4: IDMF, IDVF, IDSF; RI-4, RE-4). The holder signs with
// their own wallet: an operation that needs the holder's signature answers
// with a did.SignRequest, and the wallet's did.SignResponse goes back
// through SignMigration or SignIdentityUpdate. A platform that keeps its
// users' keys asks for custody "platform" and the node signs.
type Migrations interface {
	// MigrateIdentity starts a migration (9.4 steps 1-2): the destination
	// makes an offer (its challenge and presentation definition), and the
	// node prepares the presentation of the credentials in scope that
	// answer it, disclosing only what the destination asks.
	MigrateIdentity(ctx context.Context, req MigrateRequest) (*identity.Migration, error)
	// SignMigration takes the holder's signatures for a migration's sign
	// request; once the presentation is signed the node sends it and
	// records the destination's verdict (9.4 steps 2-4).
	SignMigration(ctx context.Context, id string, resp did.SignResponse) (*identity.Migration, error)
	// Migrations lists migrations, both roles, of one holder when set.
	Migrations(ctx context.Context, q MigrationQuery) ([]identity.Migration, error)
	// Migration reads one (role outgoing or incoming; empty: either).
	Migration(ctx context.Context, id, role string) (*identity.Migration, error)
	// ImportIdentity is the destination's platform taking an admitted
	// identity in (9.4 step 4): the account it made for the holder, which
	// links the identity to it.
	ImportIdentity(ctx context.Context, req ImportRequest) (*identity.Migration, error)
	// CheckIdentity verifies an admitted identity's presentation again now
	// (status lists fetched anew): a revoked credential ends the admission.
	CheckIdentity(ctx context.Context, id string) (*identity.Migration, error)
	// UnlinkIdentity unlinks a holder's identity from the platform a
	// migration went to (IDIR-204); the holder signs the statement.
	UnlinkIdentity(ctx context.Context, req UnlinkRequest) (*identity.Migration, error)
	// IdentityLinks are a holder's links: the platforms their identity went
	// to or came from, and their standing.
	IdentityLinks(ctx context.Context, holder string) ([]IdentityLink, error)
	// UpdateIdentity prepares a change of a visiting holder's identity
	// (profile, avatar reference, permissions; 9.4 steps 5-7) as the next
	// version of their identity subject, for the holder to sign.
	UpdateIdentity(ctx context.Context, req IdentityUpdateRequest) (*IdentityUpdate, error)
	// SignIdentityUpdate takes the holder's signature of an update; the
	// version is stored, anchored and synced to the identity's home.
	SignIdentityUpdate(ctx context.Context, id string, resp did.SignResponse) (*VersionOutcome, error)
	// SyncIdentity sends a holder's identity subject to where it must go
	// now (the home, or the holders) instead of waiting for the retry.
	SyncIdentity(ctx context.Context, holder string) ([]SyncResult, error)
}

// MigrateRequest is the body of POST /ri/v1/identity/migrations.
type MigrateRequest struct {
	Holder string `json:"holder"`
	// To is the destination platform's DID (a partner).
	To    string         `json:"to"`
	Scope identity.Scope `json:"scope"`
	// Custody "platform" has the node sign with the holder key it keeps;
	// the default, "wallet", asks the holder's wallet.
	Custody string `json:"custody,omitempty"`
}

// MigrationQuery filters Migrations.
type MigrationQuery struct {
	Holder string `json:"holder,omitempty"`
	Role   string `json:"role,omitempty"`
}

// ImportRequest is the body of POST /ri/v1/identity/migrations/{id}/import.
type ImportRequest struct {
	ID      string `json:"id"`
	Account string `json:"account"`
}

// UnlinkRequest is the body of POST /ri/v1/identity/migrations/{id}/unlink.
type UnlinkRequest struct {
	ID      string `json:"id"`
	Custody string `json:"custody,omitempty"`
}

// IdentityLink is one link of a holder's identity.
type IdentityLink struct {
	Holder    string `json:"holder"`
	Platform  string `json:"platform"`
	Direction string `json:"direction"` // outgoing: went there; incoming: came here
	Migration string `json:"migration"`
	Status    string `json:"status"`
	Account   string `json:"account,omitempty"`
	Since     string `json:"since"`
}

// IdentityUpdateRequest is the body of POST /ri/v1/identity/updates.
type IdentityUpdateRequest struct {
	Holder string `json:"holder"`
	// State holds the changed fields (profile fields, avatar reference,
	// permissions); Content names new content by CID. What is left out
	// carries over from the head.
	State   map[string]string `json:"state,omitempty"`
	Content map[string]string `json:"content,omitempty"`
	// Prev is the version it follows (default: the head).
	Prev    string `json:"prev,omitempty"`
	Custody string `json:"custody,omitempty"`
}

// IdentityUpdate is an update waiting for the holder's signature, or done
// (custody platform).
type IdentityUpdate struct {
	ID          string           `json:"id"`
	Subject     string           `json:"subject"`
	SignRequest *did.SignRequest `json:"signRequest,omitempty"`
	Outcome     *VersionOutcome  `json:"outcome,omitempty"`
}

// OfferRequest is the body of RE POST /re/v1/identity/offers.
type OfferRequest struct {
	Holder string `json:"holder"`
}

// PresentationMessage is the body of RE POST /re/v1/identity/presentations.
type PresentationMessage struct {
	Migration    string `json:"migration"`
	Presentation string `json:"presentation"`
	Consent      string `json:"consent"`
	// StatusLists are the status list credentials of the presented
	// credentials that the origin publishes, signed by their issuer.
	StatusLists []json.RawMessage `json:"statusLists,omitempty"`
}

// VerdictAnswer is the destination's answer to a presentation.
type VerdictAnswer struct {
	Verdict string `json:"verdict"`
}

// UnlinkMessage is the body of RE POST /re/v1/identity/unlink.
type UnlinkMessage struct {
	Migration string `json:"migration"`
	Statement string `json:"statement"`
}

// StatusMessage is the body of RE POST /re/v1/identity/status: a status
// list credential the origin signed anew (a credential revoked or
// suspended), for the destination to check what it admitted.
type StatusMessage struct {
	StatusList json.RawMessage `json:"statusList"`
}

// StatusAnswer says which admissions the list ended.
type StatusAnswer struct {
	Checked int      `json:"checked"`
	Revoked []string `json:"revoked"`
}
