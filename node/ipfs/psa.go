package ipfs

import (
	"context"
	"fmt"
	"time"

	psa "github.com/ipfs/boxo/pinning/remote/client"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multiaddr"
)

// PSARemote is an IPFS Pinning Service API endpoint (boxo's client). The
// service fetches the content itself; Origins tell it where, e.g. this
// node's gateway as /ip4/203.0.113.7/tcp/8080/http.
type PSARemote struct {
	Name string
	URL  string
	// Token is the service's bearer token (from the environment, never from
	// the config file).
	Token   string
	Origins []multiaddr.Multiaddr
	// PollInterval between status checks (default 2 s).
	PollInterval time.Duration
}

// ServiceName is the remote's configured name.
func (r PSARemote) ServiceName() string { return r.Name }

func (r PSARemote) pin(ctx context.Context, _ *Store, root cid.Cid, status func(st, detail string)) error {
	if r.PollInterval == 0 {
		r.PollInterval = 2 * time.Second
	}
	c := psa.NewClient(r.URL, r.Token)
	opts := []psa.AddOption{psa.PinOpts.WithName("mifm " + root.String())}
	if len(r.Origins) > 0 {
		opts = append(opts, psa.PinOpts.WithOrigins(r.Origins...))
	}
	st, err := c.Add(ctx, root, opts...)
	if err != nil {
		return fmt.Errorf("request pin: %w", err)
	}
	id := st.GetRequestId()
	tick := time.NewTicker(r.PollInterval)
	defer tick.Stop()
	for {
		switch st.GetStatus() {
		case psa.StatusPinned:
			return nil
		case psa.StatusFailed:
			return fmt.Errorf("the service reports the pin failed (request %s)", id)
		default:
			status(string(st.GetStatus()), "request "+id)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("still %s (request %s) at the deadline: %w", st.GetStatus(), id, ctx.Err())
		case <-tick.C:
		}
		if st, err = c.GetStatusByID(ctx, id); err != nil {
			return fmt.Errorf("read status of request %s: %w", id, err)
		}
	}
}
