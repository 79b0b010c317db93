package ipfs

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
)

// Remote pinning (FGMV-43 CNTF content availability): a node that is not
// always online asks another IPFS node to keep its content. A Kubo node is
// reached through its RPC API as a migration into a Kubo backend reaches
// it: mifm pushes the DAG's blocks (so the remote needs no route back to
// this node), each checked against its CID on arrival, and pins the root
// there once whole, reporting it pinned only when Kubo lists the pin.

// ErrRemotePin is returned when a remote refuses or fails a pin.
var ErrRemotePin = errors.New("remote pin failed")

// KuboRemote is a Kubo node's RPC API, e.g. http://127.0.0.1:5001.
type KuboRemote struct {
	Name string
	URL  string
	// Client reaches it; nil: a client of its own.
	Client *http.Client
	// Owner names this node in the remote's pin names (KuboOptions.Owner).
	Owner string
}

// RemotePinStatus is one step of a remote pin, as it is followed.
type RemotePinStatus struct {
	Service string  `json:"service"`
	CID     string  `json:"cid"`
	Status  string  `json:"status"` // pushing, pinning, pinned, failed
	Detail  string  `json:"detail,omitempty"`
	Ms      float64 `json:"ms"`
}

// Remote is a service that keeps pins for this node: a Kubo node
// (KuboRemote) or an IPFS Pinning Service API endpoint (PSARemote).
type Remote interface {
	// ServiceName names the remote in statuses and errors.
	ServiceName() string
	// pin asks the remote to pin root and follows it, calling status at each
	// change, until it is pinned (nil) or not (an error).
	pin(ctx context.Context, s *Store, root cid.Cid, status func(st, detail string)) error
}

// PinRemote asks r to pin root, which must be in this store, and follows the
// pin until the remote reports it pinned or failed (or ctx ends), calling
// progress at each status change. It returns the final status.
func (s *Store) PinRemote(ctx context.Context, r Remote, root cid.Cid, progress func(RemotePinStatus)) (RemotePinStatus, error) {
	if progress == nil {
		progress = func(RemotePinStatus) {}
	}
	has, err := s.Has(ctx, root)
	if err != nil {
		return RemotePinStatus{}, fmt.Errorf("pin %s remotely: %w", root, err)
	}
	if !has {
		return RemotePinStatus{}, fmt.Errorf("pin %s remotely: %w: add or fetch it first", root, ErrNotFound)
	}
	start := time.Now()
	var last RemotePinStatus
	status := func(st, detail string) {
		if st == last.Status && detail == last.Detail {
			return
		}
		last = RemotePinStatus{Service: r.ServiceName(), CID: root.String(), Status: st, Detail: detail, Ms: float64(time.Since(start).Microseconds()) / 1000}
		progress(last)
	}
	if err := r.pin(ctx, s, root, status); err != nil {
		status("failed", err.Error())
		return last, fmt.Errorf("%w: %s on %s: %v", ErrRemotePin, root, r.ServiceName(), err)
	}
	status("pinned", "")
	return last, nil
}

// ServiceName is the remote's configured name.
func (r KuboRemote) ServiceName() string { return r.Name }

func (r KuboRemote) pin(ctx context.Context, s *Store, root cid.Cid, status func(st, detail string)) error {
	if _, err := parseKuboURL(r.URL); err != nil {
		return fmt.Errorf("remote %s: url %q: want the http(s)://host:port of Kubo's Addresses.API", r.Name, r.URL)
	}
	remote, err := OpenKubo(ctx, KuboOptions{API: r.URL, HTTP: r.Client, Owner: r.Owner}, Options{})
	if err != nil {
		return err
	}
	defer remote.Close()
	status("pushing", "the DAG as a CAR, every block checked on arrival")
	// The same path as a migration into Kubo: a DAG the remote holds whole
	// already only needs the pin.
	if err := remote.back.pin(ctx, root, true); err == nil {
		status("pinning", "")
		return nil
	} else if !ipld.IsNotFound(err) {
		return err
	}
	if _, _, err := s.streamDAG(ctx, root, remote); err != nil {
		return err
	}
	// streamDAG's import pinned the root offline in Kubo: it is whole there.
	status("pinning", "")
	return nil
}
