// Package core is the one place a mifm node is wired: the home's node store
// and audit log (LAF), the chain, the content store (COSF), the DID
// resolver, the manifesto and channel service (MPMF, MBMF), the transfer
// and exchange service (ASTF, ASEF), tokenizing (ASTKF) and credential
// verification (IDVF). A Core implements api.Node in process; the daemon
// serves the same Core over RI and RE, and the CLI uses it directly when no
// node runs for the home.
package core

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/crosschain"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/notify"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/node/transfer"
	"github.com/mifm/mifm/node/trust"
)

// What a core's operations are logged as in the audit log.
const (
	// APIRI is a core served by a daemon: the RI server logs each request.
	APIRI = "ri"
	// APICLI is a core a command opened in process.
	APICLI = "cli"
)

// Config shapes a Core. Home is required; everything else has a default.
type Config struct {
	// Home is the node's home: config, keystore, stores.
	Home *home.Home
	// Passphrase unlocks the platform key when an operation first signs;
	// nil leaves the core read-only (signing operations fail and say so).
	Passphrase func() (string, error)
	// API is what operations are logged as: APIRI or APICLI.
	API string
	// Bridge runs the node as a metaverse bridge (MBMF), besides the
	// home's node.bridge.
	Bridge bool
	// ChainOverride replaces the home's chain backend: "embedded" or a
	// JSON-RPC URL (the CLI's --chain).
	ChainOverride string
	// ServeChainRPC serves the embedded chain's JSON-RPC on a loopback
	// port, so commands and wallets can reach it while the core holds it.
	ServeChainRPC bool
	// Chain is an opened chain to use instead of opening the home's; the
	// core does not close it.
	Chain *node.Node
	// Content is an opened content store to use instead of opening the
	// home's; the core does not close it.
	Content *ipfs.Store
	// Resolver resolves peers' DIDs; nil means the home's, with did:ethr
	// resolved on the node's chain.
	Resolver *did.Resolver
	Log      *slog.Logger
	// Now is the clock of RE checks and deadlines (tests); nil: time.Now.
	Now func() time.Time
	// Crash, when set, is called at named points of negotiations and
	// transfers (fault injection tests).
	Crash func(point string)
}

// Validate names the first thing wrong with the config.
func (c *Config) Validate() error {
	if c.Home == nil {
		return errors.New("core config: Home is required")
	}
	switch c.API {
	case APIRI, APICLI:
	case "":
		return errors.New("core config: API is required (ri or cli)")
	default:
		return fmt.Errorf("core config: API %q: want ri or cli", c.API)
	}
	if c.Chain != nil && c.ChainOverride != "" {
		return errors.New("core config: Chain and ChainOverride both set: give an opened chain or a backend to open, not both")
	}
	if err := c.Home.Config.Validate(); err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(c.Home.Dir, home.ConfigFile), err)
	}
	if _, err := trust.New(trustConfig(c.Home.Config.Trust)); err != nil {
		return fmt.Errorf("config.toml [trust]: %w", err)
	}
	return nil
}

// Core is an opened node. Its methods are api.Node's.
type Core struct {
	Home   *home.Home
	DB     *store.DB
	Audit  *audit.Log
	Manage *manage.Service
	// Trust is the trust boundary: the operator's partners and currencies,
	// and the registry's active platforms once a chain is attached.
	Trust *trust.Boundary
	// Resolver resolves DIDs for every service of the node.
	Resolver *did.Resolver

	cfg Config
	log *slog.Logger

	// The chain and the content store are opened on first use, so a
	// command that reads the audit log starts no chain.
	mu      sync.Mutex
	chain   *node.Node
	content *ipfs.Store
	closers []func() error

	// xfer runs ASTF and ASEF once the suite is on the chain.
	xfer atomic.Pointer[transfer.Service]
	// moves runs cross-chain moves once StartMoves found the Bridge.
	moves atomic.Pointer[crosschain.Service]
	// movesErr is the last StartMoves failure, remembered (under mu) so a
	// node whose other chain is down does not retry on every request.
	movesErr   error
	movesErrAt time.Time
	// events is the platform's event outbox (node/notify).
	events *notify.Outbox
	// requests are the idempotency keys of the operations that move
	// value: transfers, swaps, mints.
	requests *idempotency.Keys

	// assets is the tokenizer (ASTKF), prepared on the first mint.
	assets assetState

	// id is IDVF's state (identity.go).
	id idvfState

	// mig is IDMF's state (migration.go).
	mig migrationState
	// avatars keeps avatar migrations (9.1).
	avatars avatarState

	// anchor is the anchoring service (anchor.go).
	anchor anchoring

	once   sync.Once
	err    error
	status api.Status
}

var _ api.Node = (*Core)(nil)

// Open validates cfg and opens the home's node store and audit log, and the
// manifesto and channel service on them. It holds the store until Close.
func Open(ctx context.Context, cfg Config) (*Core, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	h := cfg.Home
	log := cfg.Log
	if log == nil {
		log = slog.Default()
	}
	boundary, err := trust.New(trustConfig(h.Config.Trust))
	if err != nil {
		return nil, fmt.Errorf("config.toml [trust]: %w", err)
	}
	db, err := store.Open(filepath.Join(h.Dir, home.NodeStoreDir))
	if err != nil {
		return nil, fmt.Errorf("open the node store of %s: %w", h.Dir, err)
	}
	lg, err := audit.Open(db, nil)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open the audit log: %w", err)
	}
	c := &Core{Home: h, DB: db, Audit: lg, Trust: boundary, cfg: cfg, log: log, chain: cfg.Chain, content: cfg.Content}
	c.requests = &idempotency.Keys{DB: db, Now: cfg.Now}
	if err := c.openEvents(); err != nil {
		db.Close()
		return nil, err
	}
	c.Resolver = cfg.Resolver
	if c.Resolver == nil {
		c.Resolver = did.NewResolver(did.Options{HTTP: PeerClient(h.Config.Net)})
		c.Resolver.Register("ethr", &chainEthr{core: c})
	}
	c.Manage = &manage.Service{
		DB: db, Audit: lg, Resolver: c.Resolver, PublicURL: h.Config.Node.REBaseURL(),
		Bridge: cfg.Bridge || h.Config.Node.Bridge, Log: log,
		Client: &re.Client{HTTP: PeerClient(h.Config.Net), Now: cfg.Now}, Partners: boundary,
		Now: cfg.Now, Crash: cfg.Crash, Notify: c.publish,
	}
	c.status = api.Status{DID: h.Config.Platform.DID, Bridge: c.Manage.Bridge, PublicURL: c.Manage.PublicURL}
	c.closers = append(c.closers, db.Close)
	return c, nil
}

// Close releases what the core opened: content store, chain, node store.
func (c *Core) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var first error
	for i := len(c.closers) - 1; i >= 0; i-- {
		if err := c.closers[i](); err != nil && first == nil {
			first = err
		}
	}
	c.closers = nil
	return first
}

// API is what the core's operations are logged as.
func (c *Core) API() string { return c.cfg.API }

// Log is the core's logger.
func (c *Core) Log() *slog.Logger { return c.log }

// SetPublicURL is where peers reach the node's RE API, once its listener
// is bound.
func (c *Core) SetPublicURL(u string) {
	c.Manage.PublicURL, c.status.PublicURL = u, u
}

// SetServing records the daemon's listeners for Status.
func (c *Core) SetServing(st api.Status) {
	st.DID, st.Bridge, st.Running = c.status.DID, c.status.Bridge, true
	c.status = st
}

// Node is the node's chain, opened on first use.
func (c *Core) Node(ctx context.Context) (*node.Node, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.chain != nil {
		return c.chain, nil
	}
	h := c.Home
	if c.cfg.ServeChainRPC && h.Config.Chain.Backend == home.EmbeddedChain && c.cfg.ChainOverride == "" && h.Config.Chain.RPCHTTP == "" {
		h.Config.Chain.RPCHTTP = "127.0.0.1:0"
	}
	n, err := node.Open(ctx, h, c.cfg.ChainOverride)
	if err != nil {
		return nil, err
	}
	c.chain = n
	c.closers = append(c.closers, n.Close)
	return n, nil
}

// ContentStore is the node's content store, opened on first use.
func (c *Core) ContentStore(ctx context.Context) (*ipfs.Store, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.content != nil {
		return c.content, nil
	}
	s, err := node.OpenContent(ctx, c.Home)
	if err != nil {
		return nil, err
	}
	c.content = s
	c.closers = append(c.closers, s.Close)
	return s, nil
}

// Unlock unlocks the platform key (once; the outcome is kept).
func (c *Core) Unlock() error {
	c.once.Do(func() {
		if c.cfg.Passphrase == nil {
			c.err = errors.New("the platform key stays locked: no keystore passphrase was given")
			return
		}
		pass, err := c.cfg.Passphrase()
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

// passphrase is the keystore passphrase, for operations that unlock a
// keystore account themselves.
func (c *Core) passphrase() (string, error) {
	if c.cfg.Passphrase == nil {
		return "", errors.New("no keystore passphrase was given")
	}
	return c.cfg.Passphrase()
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

// PeerClient is the HTTP client of every request to a peer: through the
// egress guard, bounded by the peer timeout.
func PeerClient(n home.NetConfig) *http.Client {
	return n.Guard().Client(egress.Limits{Timeout: n.PeerTimeoutDuration()})
}

// chainEthr resolves did:ethr on the node's chain, opened when a did:ethr
// first comes up; a failure (no registry on the chain yet) is not kept.
type chainEthr struct {
	core *Core
	mu   sync.Mutex
	r    *did.EthrResolver
}

func (e *chainEthr) open(ctx context.Context) (*did.EthrResolver, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.r != nil {
		return e.r, nil
	}
	n, err := e.core.Node(ctx)
	if err != nil {
		return nil, fmt.Errorf("did:ethr is resolved on the node's chain: %w", err)
	}
	r, err := n.EthrResolver()
	if err != nil {
		return nil, err
	}
	e.r = r
	return r, nil
}

func (e *chainEthr) Resolve(ctx context.Context, id string) (*did.Document, did.DocumentMetadata, error) {
	r, err := e.open(ctx)
	if err != nil {
		return nil, did.DocumentMetadata{}, err
	}
	return r.Resolve(ctx, id)
}

func (e *chainEthr) ResolveVersion(ctx context.Context, id string, version uint64) (*did.Document, did.DocumentMetadata, error) {
	r, err := e.open(ctx)
	if err != nil {
		return nil, did.DocumentMetadata{}, err
	}
	return r.ResolveVersion(ctx, id, version)
}

// Clock is the core's clock (nil: time.Now).
func (c *Core) Clock() func() time.Time { return c.cfg.Now }
