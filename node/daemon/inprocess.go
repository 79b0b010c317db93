package daemon

import (
	"context"
	"net"
	"net/http"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/re"
)

// InProcess is a Core served on two loopback ports inside the calling
// process: the nodes of `mifm demo`, of tests and of benchmarks.
type InProcess struct {
	Core   *core.Core
	Server *Server
	// RI and RE are the servers' base URLs.
	RI, RE string
	// Token is the RI bearer token.
	Token string

	servers []*http.Server
	// stopEvents ends the webhook delivery; delivered is closed when it
	// has.
	stopEvents func()
	delivered  chan struct{}
}

// ServeInProcess starts RI and RE servers for c on 127.0.0.1. The node
// answers to its DID and its RE URL; its signer is unlocked now.
func ServeInProcess(c *core.Core, token string) (*InProcess, error) {
	if err := c.Unlock(); err != nil {
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
	p := &InProcess{Core: c, RI: "http://" + riLn.Addr().String(), RE: "http://" + reLn.Addr().String(), Token: token}
	c.SetPublicURL(p.RE)
	now := c.Clock()
	p.Server = NewServer(c, ServerOptions{
		Token: token, Log: c.Log(),
		DIDDocument: func() (*did.Document, error) {
			return node.WebDocument(c.Home, c.Home.Config.Chain.ChainID, p.RE)
		},
		Verifier: &re.Verifier{Audiences: []string{c.Home.Config.Platform.DID, p.RE}, Resolver: c.Resolver, Nonces: re.NewNonces(c.DB, now), Now: now},
	})
	for api, ln := range map[string]net.Listener{apiRI: riLn, apiRE: reLn} {
		s := newHTTPServer(p.Server.Handler(api), serverTimeouts(api, c.Home.Config.Net), c.Log())
		p.servers = append(p.servers, s)
		go func() { _ = serve(s, ln) }()
	}
	ctx, stop := context.WithCancel(context.Background())
	p.stopEvents, p.delivered = stop, make(chan struct{})
	go func() {
		defer close(p.delivered)
		if err := c.DeliverEvents(ctx); err != nil {
			c.Log().Error("webhook delivery stopped", "error", err)
		}
	}()
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
	p.stopEvents()
	<-p.delivered
}
