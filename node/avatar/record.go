package avatar

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/mifm/mifm/node/store"
)

// Roles of a migration record.
const (
	RoleOutgoing = "outgoing" // the home platform sent it
	RoleIncoming = "incoming" // the visited platform received it
	RoleBridge   = "bridge"   // a bridge converted and forwarded it
)

// Statuses of a migration.
const (
	StatusSending   = "sending"   // the home sent it, no answer yet
	StatusConverted = "converted" // the destination converted it; its platform may import it
	StatusRestored  = "restored"  // a revisit: the destination gave back the avatar it kept
	StatusRefused   = "refused"   // the destination cannot take it; Failures say why, Default is offered
	StatusImported  = "imported"  // the destination's platform took the avatar
	StatusDefault   = "default"   // the destination's platform took its default avatar instead
	StatusFailed    = "failed"    // a transport or conversion error; Error says which
)

// ErrNoMigration is a migration the node does not hold.
var ErrNoMigration = errors.New("no such avatar migration")

// ErrBadRequest is an avatar request that cannot be carried out as given:
// a file not in the store, an owner that is not a DID, a bad name.
var ErrBadRequest = errors.New("bad avatar request")

// File is one avatar file in IPFS with its description.
type File struct {
	CID         string          `json:"cid"`
	Bytes       int64           `json:"bytes"`
	Description vrm.Description `json:"description"`
}

// Via is what a bridge did on the way: the avatar it received, its report
// of the conversion, and who it was (AVTF through MBMF's virtual bridge).
type Via struct {
	Bridge   string     `json:"bridge"`
	Original string     `json:"original"` // the home's CID, as the bridge received it
	Report   vrm.Report `json:"report"`
	Before   *File      `json:"before,omitempty"`
}

// Migration is one avatar's trip from its home platform to another, as
// each node involved keeps it.
type Migration struct {
	ID      string `json:"id"`
	Role    string `json:"role"`
	Owner   string `json:"owner"`
	Name    string `json:"name"`
	Home    string `json:"home"`
	Peer    string `json:"peer"` // the destination (outgoing, bridge) or the home (incoming)
	Subject string `json:"subject"`
	Status  string `json:"status"`
	// Original is the home avatar as sent.
	Original *File `json:"original,omitempty"`
	// Converted is the avatar the destination made of it.
	Converted *File      `json:"converted,omitempty"`
	Report    vrm.Report `json:"report"`
	Via       *Via       `json:"via,omitempty"`
	Failures  []Failure  `json:"failures,omitempty"`
	// Default is the destination's default avatar, offered on refusal.
	Default *File `json:"default,omitempty"`
	// Kept is the avatar the destination keeps for the visitor, with
	// the changes made while visiting; a revisit restores it (AVIR-103).
	Kept    *File  `json:"kept,omitempty"`
	Account string `json:"account,omitempty"`
	Error   string `json:"error,omitempty"`
	Created string `json:"created"`
	Updated string `json:"updated"`
}

// NewID is a random migration identifier (128 bits, hex).
func NewID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b[:])
}

// Records keeps avatar migrations in the node store.
type Records struct {
	DB    *store.DB
	locks store.Locks[string]
}

func recordKey(role, id string) []byte {
	return []byte(store.AvatarMigrationPrefix + role + "/" + id)
}

// Lock serialises one migration's changes.
func (r *Records) Lock(role, id string) func() { return r.locks.Lock(role + "/" + id) }

// Get reads one migration.
func (r *Records) Get(role, id string) (*Migration, error) {
	b, err := r.DB.Get(recordKey(role, id))
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("%w: %s (%s)", ErrNoMigration, id, role)
	}
	if err != nil {
		return nil, err
	}
	var m Migration
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("read avatar migration %s: %w", id, err)
	}
	return &m, nil
}

// Put writes a migration, stamping its times.
func (r *Records) Put(m *Migration, now time.Time) error {
	m.Updated = now.UTC().Format(time.RFC3339)
	if m.Created == "" {
		m.Created = m.Updated
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return r.DB.Put(recordKey(m.Role, m.ID), b)
}

// List reads the migrations of a role (all roles when empty), of one
// owner when set, newest first.
func (r *Records) List(role, owner string) ([]Migration, error) {
	var out []Migration
	var bad error
	err := r.DB.Scan([]byte(store.AvatarMigrationPrefix+role), nil, func(_, v []byte) bool {
		var m Migration
		if err := json.Unmarshal(v, &m); err != nil {
			bad = err
			return false
		}
		if owner == "" || m.Owner == owner {
			out = append(out, m)
		}
		return true
	})
	if err == nil {
		err = bad
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Updated > out[j].Updated })
	return out, err
}
