package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/node/transfer"
	"github.com/mifm/mifm/node/trust"
)

// Core is the node state both the daemon and the in-process API work on.
type Core struct {
	Home   *home.Home
	DB     *store.DB
	Audit  *audit.Log
	Manage *manage.Service
	// Trust is the trust boundary: the operator's partners and currencies,
	// and the registry's active platforms once a chain is attached.
	Trust *trust.Boundary
	// xfer runs ASTF and ASEF once a chain is attached (AttachChain).
	xfer atomic.Pointer[transfer.Service]
	// gateway serves the content store AttachChain was given, on RE /ipfs/.
	gateway atomic.Pointer[http.Handler]
	// API is what this core's operations are logged as: ri (daemon) or
	// cli (in process).
	API string

	unlock func() (string, error)
	once   sync.Once
	err    error
	status Status
}

// CoreOptions shape a Core.
type CoreOptions struct {
	// Passphrase unlocks the platform key when an operation first signs.
	Passphrase func() (string, error)
	// Resolver resolves peers' DIDs; nil means NewResolver(home).
	Resolver *did.Resolver
	Bridge   bool
	API      string
	Log      *slog.Logger
}

// OpenCore opens the home's node store and audit log and the manifesto and
// channel service on them. It holds the store until Close.
func OpenCore(h *home.Home, opts CoreOptions) (*Core, error) {
	db, err := store.Open(filepath.Join(h.Dir, home.NodeStoreDir))
	if err != nil {
		return nil, err
	}
	log, err := audit.Open(db, nil)
	if err != nil {
		db.Close()
		return nil, err
	}
	boundary, err := trustBoundary(h.Config.Trust)
	if err != nil {
		db.Close()
		return nil, err
	}
	c := &Core{Home: h, DB: db, Audit: log, API: opts.API, unlock: opts.Passphrase, Trust: boundary}
	if opts.Resolver == nil {
		opts.Resolver = NewResolver(h)
	}
	c.Manage = &manage.Service{
		DB: db, Audit: log, Resolver: opts.Resolver, PublicURL: h.Config.Node.REBaseURL(),
		Bridge: opts.Bridge || h.Config.Node.Bridge, Log: opts.Log,
		Client: &re.Client{HTTP: PeerClient(h.Config.Net)}, Partners: boundary,
	}
	c.status = Status{DID: h.Config.Platform.DID, Bridge: c.Manage.Bridge, PublicURL: c.Manage.PublicURL}
	return c, nil
}

// trustBoundary builds the boundary config.toml's [trust] describes.
func trustBoundary(cfg home.TrustConfig) (*trust.Boundary, error) {
	b, err := trust.New(trustConfig(cfg))
	if err != nil {
		return nil, fmt.Errorf("config.toml [trust]: %w", err)
	}
	return b, nil
}

func trustConfig(cfg home.TrustConfig) trust.Config {
	tc := trust.Config{Partners: cfg.Partners}
	for _, c := range cfg.Currency {
		tc.Currencies = append(tc.Currencies, trust.Currency{Platform: c.Platform, Code: c.Code, Token: common.HexToAddress(c.Token)})
	}
	return tc
}

// treasuryLimits are config.toml's [[trust.limit]] (validated with the config).
func treasuryLimits(cfg home.TrustConfig) []transfer.Limit {
	var out []transfer.Limit
	for _, l := range cfg.Limit {
		perChannel, _ := l.Units("per_channel", l.PerChannel)
		perPeriod, _ := l.Units("per_period", l.PerPeriod)
		out = append(out, transfer.Limit{Currency: l.Currency, PerChannel: perChannel, PerPeriod: perPeriod, Period: l.PeriodDuration()})
	}
	return out
}

// Close releases the store.
func (c *Core) Close() error { return c.DB.Close() }

// signer unlocks the platform key on first use.
func (c *Core) signer() error {
	c.once.Do(func() {
		if c.unlock == nil {
			c.err = errors.New("no passphrase source to unlock the platform key")
			return
		}
		pass, err := c.unlock()
		if err != nil {
			c.err = err
			return
		}
		s, err := node.PlatformSigner(c.Home, pass)
		if err != nil {
			c.err = fmt.Errorf("platform key: %w", err)
			return
		}
		c.Manage.Signer, c.Manage.Client.Signer = s, s
	})
	return c.err
}

// Status reports the node's identity, endpoints and counts.
func (c *Core) Status(ctx context.Context) (*Status, error) {
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
	return &st, nil
}

// Manifesto is the registered manifesto.
func (c *Core) Manifesto(ctx context.Context) (*manage.Signed, error) { return c.Manage.Manifesto(ctx) }

// SetManifesto registers a manifesto (RI-5).
func (c *Core) SetManifesto(ctx context.Context, m *manage.Manifesto) (*manage.Signed, error) {
	if err := c.signer(); err != nil {
		return nil, err
	}
	return c.Manage.SetManifesto(ctx, c.API, m)
}

// OpenChannel negotiates a channel with a peer (9.5).
func (c *Core) OpenChannel(ctx context.Context, target string, opts manage.OpenOptions) (*manage.Channel, error) {
	if err := c.signer(); err != nil {
		return nil, err
	}
	return c.Manage.OpenChannel(ctx, c.API, target, opts)
}

// Channels lists the channels.
func (c *Core) Channels(context.Context) ([]manage.Channel, error) { return c.Manage.Channels() }

// Channel shows one channel.
func (c *Core) Channel(_ context.Context, id string) (*manage.Channel, error) {
	return c.Manage.Channel(id)
}

// Send sends a message over a channel.
func (c *Core) Send(ctx context.Context, id string, m manage.Message) (*manage.Receipt, error) {
	if err := c.signer(); err != nil {
		return nil, err
	}
	r, err := c.Manage.Send(ctx, id, m)
	if c.API == apiRI {
		return r, err // the RI server logs the request
	}
	outcome := "ok"
	if err != nil {
		outcome = "failed"
	}
	_, _ = c.Audit.Append(audit.Event{API: c.API, Op: "channel.send", Actor: "platform", Subject: id, Outcome: outcome, Detail: map[string]string{"kind": m.Kind}}, nil)
	return r, err
}

// AuditLog lists audit entries.
func (c *Core) AuditLog(_ context.Context, q AuditQuery) ([]audit.Entry, error) {
	return c.Audit.List(q.After, q.Since, q.Limit)
}

// VerifyAudit recomputes the audit chain.
func (c *Core) VerifyAudit(context.Context) (*audit.Report, error) {
	r, err := c.Audit.Verify()
	return &r, err
}
