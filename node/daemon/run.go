package daemon

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// Options shape a running node.
type Options struct {
	Home       *home.Home
	Passphrase string
	// ChainOverride replaces the config's chain backend for this run.
	ChainOverride string
	// Bridge runs the node as a metaverse bridge.
	Bridge bool
	// Ready is called once both servers listen, with their addresses.
	Ready func(Info)
	// CrashAt names a negotiation, transfer or anchoring point
	// (anchor.sealed, anchor.sent) where the process exits at once (fault
	// injection tests, MIFM_TEST_CRASH_AT).
	CrashAt string
	Log     *slog.Logger
	// Now is the clock of the RE checks (tests); nil means time.Now.
	Now func() time.Time
	// WaitForStores is how long a node that starts waits for a command
	// holding the home's stores (node store, chain, content) to finish
	// (default DefaultWaitForStores; negative: not at all).
	WaitForStores time.Duration
}

// DefaultWaitForStores is how long a starting node waits for a command
// that holds the home's stores: long enough for a migration or a
// transfer run from the command line, short enough for a supervisor to
// see a node that cannot start.
const DefaultWaitForStores = 2 * time.Minute

// Info is the API file a running node writes into its home.
type Info struct {
	PID       int    `json:"pid"`
	DID       string `json:"did"`
	RI        string `json:"ri"`
	RE        string `json:"re"`
	PublicURL string `json:"publicUrl"`
	ChainRPC  string `json:"chainRpc,omitempty"`
	Bridge    bool   `json:"bridge"`
	Started   string `json:"started"`
}

// startCore opens the chain and the content store's gateway, then unlocks
// the platform key: a node waiting for a store another process holds does
// not run the keystore's KDF at every try.
func startCore(ctx context.Context, c *core.Core) (*node.Node, http.Handler, error) {
	n, err := c.Node(ctx)
	if err != nil {
		return nil, nil, err
	}
	gateway, err := c.Gateway(ctx)
	if err != nil {
		return nil, nil, err
	}
	if err := c.Unlock(); err != nil {
		return nil, nil, err
	}
	return n, gateway, nil
}

// heldByAnother says whether err is one of the home's stores held by
// another process (a command run while the node was stopped).
func heldByAnother(err error) bool {
	return errors.Is(err, store.ErrInUse) || errors.Is(err, chain.ErrChainInUse) || errors.Is(err, ipfs.ErrInUse)
}

// waitForStores runs open until it succeeds, fails for another reason
// than a store another process holds, or wait has passed: a supervisor
// that restarts the node while a command holds the home sees it come up
// once the command ends.
func waitForStores(ctx context.Context, wait time.Duration, log *slog.Logger, open func() (*core.Core, *node.Node, http.Handler, error)) (*core.Core, *node.Node, http.Handler, error) {
	if wait == 0 {
		wait = DefaultWaitForStores
	}
	start := time.Now()
	logged := false
	for {
		c, n, gw, err := open()
		if err == nil || !heldByAnother(err) {
			return c, n, gw, err
		}
		if wait < 0 || time.Since(start) >= wait {
			return nil, nil, nil, fmt.Errorf("%w (waited %s for the process holding it to end: stop that process, or let the node wait longer)", err, time.Since(start).Round(time.Second))
		}
		if !logged {
			log.Warn("a command holds the home's stores: waiting for it to end", "err", err, "for at most", wait)
			logged = true
		}
		select {
		case <-ctx.Done():
			return nil, nil, nil, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// Run serves the node until ctx is done, then shuts down gracefully: the
// servers finish their requests (10 s at most), the stores are closed and
// the API file removed.
func Run(ctx context.Context, opts Options) error {
	h := opts.Home
	log := opts.Log
	if log == nil {
		log = slog.Default()
	}
	if info, err := ReadInfo(h); err == nil && alive(info.PID) {
		return fmt.Errorf("a node already runs for %s (pid %d, RI %s): stop it first", h.Dir, info.PID, info.RI)
	}
	var crash func(string)
	if opts.CrashAt != "" {
		crash = func(point string) {
			if point == opts.CrashAt {
				log.Warn("fault injection: exiting", "point", point)
				os.Exit(86)
			}
		}
	}
	// The embedded chain is served on loopback so the CLI (and wallets)
	// can use it while the daemon holds its database.
	open := func() (*core.Core, *node.Node, http.Handler, error) {
		c, err := core.Open(ctx, core.Config{
			Home: h, Passphrase: func() (string, error) { return opts.Passphrase, nil }, API: core.APIRI,
			Bridge: opts.Bridge, ChainOverride: opts.ChainOverride, ServeChainRPC: true, Log: log, Now: opts.Now, Crash: crash,
		})
		if err != nil {
			return nil, nil, nil, err
		}
		n, gateway, err := startCore(ctx, c)
		if err != nil {
			c.Close()
			return nil, nil, nil, err
		}
		return c, n, gateway, nil
	}
	c, n, gateway, err := waitForStores(ctx, opts.WaitForStores, log, open)
	if err != nil {
		return err
	}
	defer c.Close()
	token, err := h.RIToken()
	if err != nil {
		return err
	}
	riLn, err := net.Listen("tcp", h.Config.Node.RIListen)
	if err != nil {
		return fmt.Errorf("RI listen on %s: %w (another node, or choose --ri-listen)", h.Config.Node.RIListen, err)
	}
	reLn, err := net.Listen("tcp", h.Config.Node.REListen)
	if err != nil {
		riLn.Close()
		return fmt.Errorf("RE listen on %s: %w (another node, or choose --re-listen)", h.Config.Node.REListen, err)
	}
	// With port 0 the public URL follows the port the system chose.
	if h.Config.Node.PublicURL == "" {
		h.Config.Node.REListen = reLn.Addr().String()
	}
	publicURL := h.Config.Node.REBaseURL()
	c.SetPublicURL(publicURL)
	if err := republish(ctx, c, publicURL, log); err != nil {
		riLn.Close()
		reLn.Close()
		return err
	}
	verifier := &re.Verifier{
		Audiences: []string{h.Config.Platform.DID, publicURL}, Resolver: c.Resolver,
		Nonces: re.NewNonces(c.DB, opts.Now), MaxAge: h.Config.Node.MaxAgeDuration(), Now: opts.Now, Log: log,
	}
	chainID := n.Chain.ChainNumber().Uint64()
	srv := NewServer(c, ServerOptions{
		Verifier: verifier, Token: token, MaxBody: h.Config.Node.MaxBody, Gateway: gateway, Log: log,
		DIDDocument: func() (*did.Document, error) { return node.WebDocument(h, chainID, publicURL) },
	})
	info := Info{
		PID: os.Getpid(), DID: h.Config.Platform.DID, RI: "http://" + riLn.Addr().String(), RE: publicURL,
		PublicURL: publicURL, ChainRPC: n.Chain.Endpoint(), Bridge: c.Manage.Bridge, Started: time.Now().UTC().Format(time.RFC3339),
	}
	c.SetServing(api.Status{PID: info.PID, PublicURL: publicURL, RI: info.RI, RE: publicURL,
		Chain: n.Chain.CAIP2().String(), ChainRPC: info.ChainRPC, Gateway: publicURL + "/ipfs/", Started: info.Started})
	riSrv := newHTTPServer(srv.Handler(apiRI), serverTimeouts(apiRI, h.Config.Net), log)
	reSrv := newHTTPServer(srv.Handler(apiRE), serverTimeouts(apiRE, h.Config.Net), log)
	if c := h.Config.Node; c.TLSCert != "" {
		cert, err := tls.LoadX509KeyPair(homePath(h, c.TLSCert), homePath(h, c.TLSKey))
		if err != nil {
			riLn.Close()
			reLn.Close()
			return fmt.Errorf("node.tls_cert/tls_key: %w", err)
		}
		reSrv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		reLn = tls.NewListener(reLn, reSrv.TLSConfig)
	}
	if err := writeInfo(h, info); err != nil {
		riLn.Close()
		reLn.Close()
		return err
	}
	// Transfers need the suite on chain; on a fresh embedded chain it comes
	// with the first mint, so attaching is retried until it works.
	attach := func() bool {
		if c.TransferService() != nil {
			return true
		}
		if _, err := c.StartTransfers(ctx); err != nil {
			log.Debug("transfers wait for the contract suite", "error", err)
			return false
		}
		log.Info("transfers and exchange ready")
		return true
	}
	attach()
	defer os.Remove(filepath.Join(h.Dir, home.APIFile))
	errc := make(chan error, 2)
	go func() { errc <- serve(riSrv, riLn) }()
	go func() { errc <- serve(reSrv, reLn) }()
	log.Info("node running", "did", info.DID, "ri", info.RI, "re", info.RE, "chain", info.ChainRPC, "bridge", info.Bridge)
	if opts.Ready != nil {
		opts.Ready(info)
	}
	resumeCtx, stopResume := context.WithCancel(ctx)
	// The platform's events go to its webhook until the node stops.
	delivered := make(chan struct{})
	go func() {
		defer close(delivered)
		if err := c.DeliverEvents(resumeCtx); err != nil {
			log.Error("webhook delivery stopped", "error", err)
		}
	}()
	// Versions are anchored in batches, every [anchor] interval.
	anchoring := make(chan struct{})
	go func() {
		defer close(anchoring)
		c.RunAnchoring(resumeCtx)
	}()
	// Admitted identities are verified again every [identity] recheck.
	rechecking := make(chan struct{})
	go func() {
		defer close(rechecking)
		c.RunIdentityChecks(resumeCtx)
	}()
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			c.Manage.Resume(resumeCtx)
			if attach() {
				c.TransferService().Resume(resumeCtx, apiRI)
				if mv := c.MoveService(); mv != nil {
					mv.Resume(resumeCtx, apiRI)
				} else if len(c.Home.Config.Chains) > 0 {
					if _, err := c.StartMoves(resumeCtx); err != nil {
						log.Debug("cross-chain moves wait for the Bridge on every chain", "error", err)
					}
				}
			}
			select {
			case <-resumeCtx.Done():
				return
			case <-t.C:
			}
		}
	}()
	var runErr error
	select {
	case <-ctx.Done():
	case runErr = <-errc:
	}
	stopResume()
	<-done
	<-delivered
	<-anchoring
	<-rechecking
	log.Info("node stopping")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = riSrv.Shutdown(shutdown)
	_ = reSrv.Shutdown(shutdown)
	return runErr
}

func serve(s *http.Server, ln net.Listener) error {
	if err := s.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func homePath(h *home.Home, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(h.Dir, p)
}

// republish signs the manifesto again when the node's public URL changed,
// so peers always read where to reach it.
func republish(ctx context.Context, c *core.Core, publicURL string, log *slog.Logger) error {
	cur, err := c.Manage.Manifesto(ctx)
	if errors.Is(err, manage.ErrNoManifesto) {
		return nil
	}
	if err != nil {
		return err
	}
	if cur.Manifesto.Platform.Endpoints.RE == publicURL {
		return nil
	}
	m := *cur.Manifesto
	m.Platform.Endpoints.RE = publicURL
	signed, err := c.Manage.SetManifesto(ctx, "node", &m)
	if err != nil {
		return fmt.Errorf("republish the manifesto with the RE endpoint %s: %w", publicURL, err)
	}
	log.Info("manifesto republished for a new RE endpoint", "revision", signed.Manifesto.Revision, "re", publicURL)
	return nil
}

func writeInfo(h *home.Home, info Info) error {
	b, _ := json.MarshalIndent(info, "", "  ")
	path := filepath.Join(h.Dir, home.APIFile)
	if err := os.WriteFile(path+".tmp", b, 0o600); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return os.Rename(path+".tmp", path)
}

// ErrNotRunning is returned by ReadInfo and Dial when no daemon serves the
// home.
var ErrNotRunning = errors.New("no node running for this home")

// ReadInfo reads a home's API file.
func ReadInfo(h *home.Home) (*Info, error) {
	b, err := os.ReadFile(filepath.Join(h.Dir, home.APIFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNotRunning
	}
	if err != nil {
		return nil, err
	}
	info := new(Info)
	if err := json.Unmarshal(b, info); err != nil {
		return nil, fmt.Errorf("%s: %w", home.APIFile, err)
	}
	return info, nil
}

func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// Running returns the API file of a live daemon for the home, or nil.
func Running(h *home.Home) *Info {
	info, err := ReadInfo(h)
	if err != nil || !alive(info.PID) || !strings.HasPrefix(info.RI, "http") {
		return nil
	}
	return info
}
