package api

import (
	"context"

	"github.com/mifm/mifm/node/avatar"
	"github.com/mifm/mifm/node/avatar/vrm"
)

// Avatars move a user's avatar to other platforms and keep its home copy
// in sync (FGMV-43 9.1: AVTF transfers, AVCF converts, AVSF syncs; RI-1,
// RE-1). Files travel through IPFS: an operation names an avatar by the
// CID of a file already in the node's content store (ContentAdd puts it
// there), and the signed messages between nodes carry CIDs, descriptions
// and licences.
type Avatars interface {
	// InspectAvatar describes a stored avatar file: format, licence,
	// humanoid, triangles, textures, bones, expressions, features, parts.
	InspectAvatar(ctx context.Context, cid string) (*AvatarFile, error)
	// ConvertAvatar converts a stored avatar to constraints, given or
	// those of a partner platform's manifesto, and stores the result; a
	// conversion that cannot be made is a refusal with every reason.
	ConvertAvatar(ctx context.Context, req ConvertAvatarRequest) (*AvatarConversion, error)
	// ExportAvatar is 9.1 step 1: the platform hands its user's avatar to
	// the node, which makes it the next anchored version of the home
	// avatar avatar:OWNER/NAME.
	ExportAvatar(ctx context.Context, req ExportAvatarRequest) (*AvatarExport, error)
	// MigrateAvatar is steps 2-3: the home avatar goes to another
	// platform, through the channel's bridge when the two have no avatar
	// format in common; the destination converts it to its constraints,
	// or refuses with a reason per rule and offers its default avatar.
	MigrateAvatar(ctx context.Context, req MigrateAvatarRequest) (*avatar.Migration, error)
	// ImportAvatar is step 4, on the destination: its platform takes the
	// converted avatar, or its default avatar customized.
	ImportAvatar(ctx context.Context, req ImportAvatarRequest) (*avatar.Migration, error)
	// SyncAvatar is steps 5-7, on the destination: a change made while
	// visiting (an outfit swapped, an accessory added) becomes the next
	// anchored version of the home avatar, converted back to the home's
	// constraints, and the home's platform is notified.
	SyncAvatar(ctx context.Context, req SyncAvatarRequest) (*AvatarSync, error)
	// AvatarMigrations lists migrations, all roles, of one owner when set.
	AvatarMigrations(ctx context.Context, owner string) ([]avatar.Migration, error)
	// AvatarMigration reads one (role outgoing, incoming or bridge; empty:
	// any).
	AvatarMigration(ctx context.Context, id, role string) (*avatar.Migration, error)
	// AvatarHistory is the anchored versions of an owner's avatar.
	AvatarHistory(ctx context.Context, owner, name string) ([]VersionRecord, error)
}

// AvatarFile is a stored avatar file and its description.
type AvatarFile = avatar.File

// ConvertAvatarRequest names a stored avatar and what to convert it to:
// the constraints of Platform's manifesto (a partner), or Constraints.
type ConvertAvatarRequest struct {
	CID         string             `json:"cid"`
	Platform    string             `json:"platform,omitempty"`
	Constraints avatar.Constraints `json:"constraints,omitzero"`
	Use         avatar.Use         `json:"use,omitzero"`
}

// AvatarConversion is a conversion's result: the stored file and what
// changed.
type AvatarConversion struct {
	File    avatar.File    `json:"file"`
	Outcome avatar.Outcome `json:"outcome"`
}

// ExportAvatarRequest makes a stored file the owner's home avatar NAME
// (default "home").
type ExportAvatarRequest struct {
	Owner string `json:"owner"`
	Name  string `json:"name,omitempty"`
	CID   string `json:"cid"`
}

// AvatarExport is the exported file and its anchored version.
type AvatarExport struct {
	File    avatar.File    `json:"file"`
	Subject string         `json:"subject"`
	Version VersionOutcome `json:"version"`
}

// MigrateAvatarRequest sends an owner's home avatar NAME to platform To.
type MigrateAvatarRequest struct {
	Owner string `json:"owner"`
	Name  string `json:"name,omitempty"`
	To    string `json:"to"`
}

// ImportAvatarRequest takes an incoming avatar: the converted one, or with
// Default the platform's default avatar customized.
type ImportAvatarRequest struct {
	ID        string               `json:"id"`
	Account   string               `json:"account,omitempty"`
	Default   bool                 `json:"default,omitempty"`
	Customize avatar.Customization `json:"customize,omitzero"`
}

// SyncAvatarRequest is a change made while visiting: the owner's avatar
// NAME is now the stored file CID.
type SyncAvatarRequest struct {
	Owner string `json:"owner"`
	Name  string `json:"name,omitempty"`
	CID   string `json:"cid"`
}

// AvatarSync is a synced change: what changed, the version for the home
// and its sync.
type AvatarSync struct {
	Changes []string       `json:"changes"`
	Kept    avatar.File    `json:"kept"`
	Home    avatar.File    `json:"home"`
	Report  vrm.Report     `json:"report"`
	Version VersionOutcome `json:"version"`
}

// AvatarOffer is the body of RE POST /re/v1/avatars: the home (or a
// bridge on its behalf) offers an avatar to a destination. The file is in
// IPFS at the sender's gateway; Bytes bounds the fetch.
type AvatarOffer struct {
	Migration   string          `json:"migration"`
	Owner       string          `json:"owner"`
	Name        string          `json:"name"`
	Home        string          `json:"home"`
	Subject     string          `json:"subject"`
	CID         string          `json:"cid"`
	Bytes       int64           `json:"bytes"`
	Description vrm.Description `json:"description"`
	// Via is set by a bridge: what it received and what it changed.
	Via *avatar.Via `json:"via,omitempty"`
	// Destination is the platform a bridge is to forward to (RE POST
	// /re/v1/avatars/forward only).
	Destination string `json:"destination,omitempty"`
}

// AvatarAnswer is the destination's answer to an offer.
type AvatarAnswer struct {
	Status    string           `json:"status"`
	Converted *avatar.File     `json:"converted,omitempty"`
	Report    vrm.Report       `json:"report"`
	Failures  []avatar.Failure `json:"failures,omitempty"`
	Default   *avatar.File     `json:"default,omitempty"`
	Via       *avatar.Via      `json:"via,omitempty"`
}
