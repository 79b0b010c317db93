package ipfs

import (
	"context"
	"errors"
	"time"

	"github.com/ipfs/go-cid"
)

// ErrNotPinned is returned when unpinning a CID the node has not pinned.
var ErrNotPinned = errors.New("not pinned by this node")

// backend is where a store's pins live and how its writes are made durable:
// the embedded store (block files and a pebble index in the node's home) or
// an external Kubo node reached through its RPC API. The store's operations
// (add, cat, ls, stat, CAR export and import, fetch, the gateway) run the
// same on either: they build and read the DAG through boxo over the
// backend's blockstore, so a CID and every answer are the same whichever
// backend holds the blocks.
type backend interface {
	// pin pins c: recursively (its whole DAG, which must be complete in the
	// store) or directly (its block alone).
	pin(ctx context.Context, c cid.Cid, recursive bool) error
	// unpin removes c's pin.
	unpin(ctx context.Context, c cid.Cid) error
	// roots lists the pinned roots, recursive and direct.
	roots(ctx context.Context) (recursive, direct []cid.Cid, err error)
	// deletable returns those of cids that a write cut short may take out
	// again: the ones no pin reaches.
	deletable(ctx context.Context, cids []cid.Cid) ([]cid.Cid, error)
	// gc removes every block no pin reaches.
	gc(ctx context.Context) (GCResult, error)
	// sync marks a durability point.
	sync(ctx context.Context) error
	close() error
}

// Backend names a store's backend: "embedded" or "kubo:<RPC API URL>".
func (s *Store) Backend() string { return s.backendName }

// Health is a content backend's state, as `mifm node status` shows it.
type Health struct {
	Backend string `json:"backend"`
	OK      bool   `json:"ok"`
	// State is "ok", "unreachable" (down, hung), "refused" (it answered,
	// and refused the credential) or "failing".
	State string `json:"state"`
	// Detail is the engine's version when OK, what failed when not.
	Detail string `json:"detail,omitempty"`
}

// HealthTimeout bounds a health check: a hung Kubo must not hang a status.
const HealthTimeout = 5 * time.Second

// Health checks that the backend answers: always for the embedded store,
// a version call for a Kubo.
func (s *Store) Health(ctx context.Context) Health {
	h := Health{Backend: s.backendName, OK: true, State: "ok", Detail: "blocks and pins in the node's home"}
	if k, ok := s.back.(*kuboBackend); ok {
		ctx, cancel := context.WithTimeout(ctx, HealthTimeout)
		defer cancel()
		v, err := k.api.version(ctx)
		if err != nil {
			return Health{Backend: s.backendName, State: HealthState(err), Detail: err.Error()}
		}
		h.Detail = "Kubo " + v.Version
	}
	return h
}

// HealthState names the state an error of the backend puts it in.
func HealthState(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrKuboRefused):
		return "refused"
	case unreachable(err), errors.Is(err, context.DeadlineExceeded):
		return "unreachable"
	}
	return "failing"
}
