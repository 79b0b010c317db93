package ipfs

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ipfs/go-cid"
)

// FetchFirst fetches root, verified block by block, from the first of
// gateways that serves it: a CID makes every source as good as another, so
// a peer's node that is down is replaced by its mirror or pinning
// service's gateway. When every source fails, the error says what each did
// and wraps
//   - the verdict on what a source served (ErrBadPeer, ErrTooLarge) when one
//     did: forged or oversized content is refused whoever else is down;
//   - else ErrUnreachable when a source could not be reached: worth trying
//     again, nothing is known about the content;
//   - else the first source's error (the DAG is nowhere).
func FetchFirst(ctx context.Context, s *Store, gateways []string, root cid.Cid, maxBytes int64) (Fetched, error) {
	if len(gateways) == 0 {
		return Fetched{}, fmt.Errorf("fetch %s: no gateway to fetch it from", root)
	}
	var errs []error
	for _, g := range gateways {
		f, err := s.FetchAtMost(ctx, g, root, maxBytes)
		if err == nil {
			return f, nil
		}
		if ctx.Err() != nil {
			return Fetched{}, err
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
			if lead == nil && errors.Is(err, sentinel) {
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
