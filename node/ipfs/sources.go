package ipfs

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/ipfs/go-cid"
)

// hostOf is a gateway URL's host, for messages.
func hostOf(gateway string) string {
	if u, err := url.Parse(gateway); err == nil && u.Host != "" {
		return u.Host
	}
	return gateway
}

// FetchFirst fetches root, verified block by block, from the first of
// gateways that serves it: a CID makes every source as good as another, so
// a peer's node that is down is replaced by its mirror or pinning
// service's gateway. When ctx has a deadline, each source gets an equal
// share of the time left, so one that hangs does not use up the others'.
// When every source fails, the error says what each did and wraps
//   - the verdict on what a source served (ErrBadPeer, ErrTooLarge) when one
//     did: forged or oversized content is refused whoever else is down;
//   - else ErrUnreachable when a source could not be reached or did not
//     finish in its share: worth trying again, nothing is known about the
//     content;
//   - else the first source's error (the DAG is nowhere).
func FetchFirst(ctx context.Context, s *Store, gateways []string, root cid.Cid, maxBytes int64) (Fetched, error) {
	if len(gateways) == 0 {
		return Fetched{}, fmt.Errorf("fetch %s: no gateway to fetch it from", root)
	}
	var errs []error
	for i, g := range gateways {
		sctx, cancel := ctx, context.CancelFunc(func() {})
		var share time.Duration
		if dl, ok := ctx.Deadline(); ok {
			// A little is kept back so that a source cut off by its
			// share is told from the caller's own deadline.
			share = max(time.Until(dl)-100*time.Millisecond, 0) / time.Duration(len(gateways)-i)
			sctx, cancel = context.WithTimeout(ctx, share)
		}
		f, err := s.FetchAtMost(sctx, g, root, maxBytes)
		late := sctx.Err() != nil
		cancel()
		if err == nil {
			return f, nil
		}
		if ctx.Err() != nil {
			return Fetched{}, err
		}
		if late {
			// Our own limit, not the source's verdict: whatever it said
			// when cut off (a CAR broken mid-block) is not about the
			// content.
			err = fmt.Errorf("%w: %s did not answer within its %s: %v", ErrUnreachable, hostOf(g), share.Round(time.Millisecond), err)
		}
		errs = append(errs, err)
	}
	if len(errs) == 1 {
		return Fetched{}, errs[0]
	}
	// One sentinel for the callers to branch on, every source's account
	// for the person reading it.
	var lead error
	for _, sentinel := range []error{ErrBadPeer, ErrTooLarge, ErrUnreachable} {
		for _, err := range errs {
			if lead == nil && errors.Is(err, sentinel) && !errors.Is(err, ErrNotGateway) {
				lead = sentinel
			}
		}
	}
	msgs := make([]string, len(errs))
	for i, err := range errs {
		msgs[i] = err.Error()
	}
	if lead == nil {
		return Fetched{}, fmt.Errorf("fetch %s from %d gateways: %w; %s", root, len(errs), errs[0], strings.Join(msgs[1:], "; "))
	}
	return Fetched{}, fmt.Errorf("fetch %s from %d gateways: %w: %s", root, len(errs), lead, strings.Join(msgs, "; "))
}
