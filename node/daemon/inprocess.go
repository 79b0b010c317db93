package daemon

import (
	"context"
	"net"
	"net/http"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/re"
)

// InProcess is a Core served on two loopback ports inside the calling
// process: the nodes of `mifm demo`, of tests and of benchmarks.
type InProcess struct {
	Core   *Core
	Server *Server
	// RI and RE are the servers' base URLs.
	RI, RE string
	// Token is the RI bearer token.
	Token string

	servers []*http.Server
}

// ServeInProcess starts RI and RE servers for core on 127.0.0.1. The node
// answers to its DID and its RE URL; its signer is unlocked now.
func ServeInProcess(core *Core, token string, now func() time.Time) (*InProcess, error) {
	if err := core.signer(); err != nil {
		return nil, err
	}
	riLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	reLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		riLn.Close()
		return nil, err
	}
	p := &InProcess{Core: core, RI: "http://" + riLn.Addr().String(), RE: "http://" + reLn.Addr().String(), Token: token}
	core.Manage.PublicURL, core.status.PublicURL = p.RE, p.RE
	core.Manage.Now, core.Manage.Client.Now = now, now
	p.Server = NewServer(core, ServerOptions{
		Token: token, Log: core.Manage.Log,
		DIDDocument: func() (*did.Document, error) {
			return node.WebDocument(core.Home, core.Home.Config.Chain.ChainID, p.RE)
		},
		Verifier: &re.Verifier{Audiences: []string{core.Home.Config.Platform.DID, p.RE}, Resolver: core.Manage.Resolver, Nonces: re.NewNonces(core.DB, now), Now: now},
	})
	for api, ln := range map[string]net.Listener{apiRI: riLn, apiRE: reLn} {
		s := newHTTPServer(p.Server.Handler(api), serverTimeouts(api, core.Home.Config.Net), core.Manage.Log)
		p.servers = append(p.servers, s)
		go func() { _ = serve(s, ln) }()
	}
	return p, nil
}

// Close stops the servers and closes the core.
func (p *InProcess) Close() error {
	p.Stop()
	return p.Core.Close()
}

// Stop stops serving RI and RE but keeps the core open: to peers the node
// is gone (its ports refuse connections), its state stays readable.
func (p *InProcess) Stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, s := range p.servers {
		_ = s.Shutdown(ctx)
	}
}

// NewResolver is the node's DID resolver for did:key, did:pkh and did:web,
// did:web documents fetched through the egress guard of the home's [net]
// config, within its peer timeout.
func NewResolver(h *home.Home) *did.Resolver {
	return did.NewResolver(did.Options{HTTP: PeerClient(h.Config.Net)})
}

// PeerClient is the HTTP client of every request to a peer: through the
// egress guard, bounded by the peer timeout.
func PeerClient(n home.NetConfig) *http.Client {
	return n.Guard().Client(egress.Limits{Timeout: n.PeerTimeoutDuration()})
}
