package core

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/manage"
)

// Status reports the node's identity, endpoints and counts.
func (c *Core) Status(ctx context.Context) (*api.Status, error) {
	st := c.status
	if m, err := c.Manage.Manifesto(ctx); err == nil {
		st.Manifesto = m.Manifesto.Revision
	}
	chans, err := c.Manage.Channels()
	if err != nil {
		return nil, err
	}
	st.Channels = len(chans)
	st.Transfers = c.xfer.Load() != nil
	st.AuditSeq, st.AuditHead = c.Audit.Head()
	if store, err := c.ContentStore(ctx); err != nil {
		st.Content = &ipfs.Health{Backend: cmp.Or(c.Home.ContentBackend(), "embedded"), State: ipfs.HealthState(err), Detail: err.Error()}
	} else {
		h := store.Health(ctx)
		st.Content = &h
	}
	return &st, nil
}

// Manifesto is the registered manifesto.
func (c *Core) Manifesto(ctx context.Context) (*api.SignedManifesto, error) {
	return c.Manage.Manifesto(ctx)
}

// SetManifesto registers a manifesto (RI-5).
func (c *Core) SetManifesto(ctx context.Context, m *api.Manifesto) (*api.SignedManifesto, error) {
	if err := c.Unlock(); err != nil {
		return nil, err
	}
	return c.Manage.SetManifesto(ctx, c.cfg.API, m)
}

// OpenChannel negotiates a channel with a peer (9.5).
func (c *Core) OpenChannel(ctx context.Context, req api.OpenChannelRequest) (*api.Channel, error) {
	if err := c.Unlock(); err != nil {
		return nil, err
	}
	return c.Manage.OpenChannel(ctx, c.cfg.API, req.Peer, openOptions(req))
}

// Channels lists the channels.
func (c *Core) Channels(context.Context) ([]api.Channel, error) { return c.Manage.Channels() }

// Channel shows one channel.
func (c *Core) Channel(_ context.Context, id string) (*api.Channel, error) {
	return c.Manage.Channel(id)
}

// Send sends a message over a channel.
func (c *Core) Send(ctx context.Context, id string, m api.Message) (*api.Receipt, error) {
	if err := c.Unlock(); err != nil {
		return nil, err
	}
	r, err := c.Manage.Send(ctx, id, m)
	if c.cfg.API == APIRI {
		return r, err // the RI server logs the request
	}
	outcome := "ok"
	if err != nil {
		outcome = "failed"
	}
	_, _ = c.Audit.Append(audit.Event{API: c.cfg.API, Op: "channel.send", Actor: "platform", Subject: id, Outcome: outcome, Detail: map[string]string{"kind": m.Kind}}, nil)
	return r, err
}

// AuditLog lists audit entries.
func (c *Core) AuditLog(_ context.Context, q api.AuditQuery) ([]api.AuditEntry, error) {
	return c.Audit.List(q.After, q.Since, q.Limit)
}

// VerifyAudit recomputes the audit chain.
func (c *Core) VerifyAudit(context.Context) (*api.AuditReport, error) {
	r, err := c.Audit.Verify()
	return &r, err
}

func openOptions(req api.OpenChannelRequest) manage.OpenOptions {
	return manage.OpenOptions{Bridge: req.Bridge, Require: req.Require}
}

// ErrOwnPlatform is returned for a partner that is the node's own platform.
var ErrOwnPlatform = errors.New("is this node's own platform")

// Partners are the operator's partners ([trust] partners of config.toml).
func (c *Core) Partners(context.Context) ([]string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string{}, c.Home.Config.Trust.Partners...), nil
}

// SetPartner trusts a DID as a partner or stops trusting it: the trust
// boundary changes at once, and config.toml keeps it for the next start.
func (c *Core) SetPartner(_ context.Context, id string, trusted bool) ([]string, error) {
	if _, _, err := did.Method(id); err != nil {
		return nil, fmt.Errorf("partner: %w", err)
	}
	if id == c.Home.Config.Platform.DID {
		return nil, fmt.Errorf("partner %s %w", id, ErrOwnPlatform)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// Only [trust] partners changes, under c.mu: the rest of the config is
	// read by others meanwhile.
	prev := c.Home.Config.Trust.Partners
	list := slices.DeleteFunc(slices.Clone(prev), func(s string) bool { return s == id })
	if trusted {
		list = append(list, id)
	}
	tc := c.Home.Config.Trust
	tc.Partners = list
	if err := c.Trust.Configure(trustConfig(tc)); err != nil {
		return nil, fmt.Errorf("config.toml [trust]: %w", err)
	}
	c.Home.Config.Trust.Partners = list
	if err := c.Home.Save(); err != nil {
		c.Home.Config.Trust.Partners = prev
		tc.Partners = prev
		_ = c.Trust.Configure(trustConfig(tc))
		return nil, fmt.Errorf("save the partners in config.toml: %w", err)
	}
	if c.cfg.API != APIRI {
		verb := "partner.add"
		if !trusted {
			verb = "partner.remove"
		}
		_, _ = c.Audit.Append(audit.Event{API: c.cfg.API, Op: verb, Actor: "platform", Subject: id, Outcome: "ok"}, nil)
	}
	return append([]string{}, list...), nil
}
