package daemon

import (
	"context"
	"fmt"
	"time"

	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/riclient"
)

// Dial connects to the node running for h, or returns ErrNotRunning.
func Dial(ctx context.Context, h *home.Home) (*riclient.Client, *Info, error) {
	info := Running(h)
	if info == nil {
		return nil, nil, ErrNotRunning
	}
	token, err := h.RIToken()
	if err != nil {
		return nil, nil, err
	}
	c, err := riclient.New(info.RI, token, nil)
	if err != nil {
		return nil, nil, err
	}
	if err := c.Ping(ctx, 3*time.Second); err != nil {
		return nil, nil, fmt.Errorf("%w: pid %d does not answer on %s: %v", ErrNotRunning, info.PID, info.RI, err)
	}
	return c, info, nil
}
