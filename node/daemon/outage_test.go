package daemon

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/transfer"
)

// serveAgain brings back a node whose servers Stop took down, on the same
// addresses: the node restarted.
func serveAgain(t *testing.T, p *InProcess) {
	t.Helper()
	for api, base := range map[string]string{apiRI: p.RI, apiRE: p.RE} {
		// The port is free since the node stopped, but the kernel may
		// have lent it meanwhile as the local end of some outgoing
		// connection (it is in the ephemeral range): such a loan is
		// short, so listening is tried again for a while.
		var ln net.Listener
		var err error
		for end := time.Now().Add(15 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			if ln, err = net.Listen("tcp", strings.TrimPrefix(base, "http://")); err == nil || time.Now().After(end) {
				break
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		s := newHTTPServer(p.Server.Handler(api), serverTimeouts(api, p.Core.Home.Config.Net), p.Core.Log())
		// Counted among the node's servers, so its next Stop stops these.
		p.servers = append(p.servers, s)
		go func() { _ = serve(s, ln) }()
		t.Cleanup(func() { s.Close() })
	}
}

// A transfer whose origin's node is down when B must read the asset is
// not refused for it (issue 25, point 1): B finds no source, leaves the
// offer open, and A offers again once its node is back; with a mirror in
// A's manifesto, B reads the asset there and the transfer goes through
// while A's node is still down.
func TestTransferRidesOutTheOriginsOutage(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes and a chain")
	}
	backB := newBackend(t, 0)
	a, b, n, sender := transferPair(t, newBackend(t, 0), backB)
	ctx := context.Background()
	tok := pairTokenizer(t, a, n, sender)
	hB := b.Core.Home
	userA, userB := a.Core.Home.Keystore().Accounts()[1], hB.Keystore().Accounts()[1]
	mint := func(name string) string {
		m, err := tok.Tokenize(ctx, asset.Request{Files: []asset.File{{Name: name, Data: bytes.NewReader([]byte("glTF\x02\x00\x00\x00 " + name))}}, Name: name, LocalID: name, To: userA})
		if err != nil {
			t.Fatal(err)
		}
		return m.Asset
	}
	send := func(asset string) *api.Transfer {
		r, err := a.Core.StartTransfer(ctx, api.TransferRequest{Asset: asset, ToPlatform: hB.Config.Platform.DID, To: userB.Hex(), Deadline: "10m", Rights: []string{"display"}})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	// A's node goes down; the transfer runs in its place (as the CLI
	// does), and B cannot reach A's gateway.
	a.Stop()
	r := send(mint("sword.glb"))
	if r.State != transfer.Offered {
		t.Fatalf("with A's gateway down the transfer is %s, want offered and open: %+v", r.State, r.History)
	}
	if _, err := b.Core.TransferService().Get(r.ID, transfer.Incoming); !errors.Is(err, transfer.ErrNotFound) {
		t.Fatalf("B decided on an asset it could not read: %v", err)
	}
	// Offered again at once, B answers without asking the sources again
	// for a few seconds.
	serveAgain(t, a)
	a.Core.TransferService().Resume(ctx, apiRI)
	got, err := a.Core.TransferService().Get(r.ID, transfer.Outgoing)
	if err != nil || got.State != transfer.Offered {
		t.Fatalf("offered again at once: %v %+v", err, got)
	}
	// A's node is back: its rounds offer again and B takes it.
	for end := time.Now().Add(30 * time.Second); got.State == transfer.Offered && time.Now().Before(end); time.Sleep(500 * time.Millisecond) {
		a.Core.TransferService().Resume(ctx, apiRI)
		if got, err = a.Core.TransferService().Get(r.ID, transfer.Outgoing); err != nil {
			t.Fatal(err)
		}
	}
	if got.State != transfer.Delivered {
		t.Fatalf("after A's restart: %+v", got)
	}
	in, err := b.Core.TransferService().Get(r.ID, transfer.Incoming)
	if err != nil || in.State != transfer.Imported {
		t.Fatalf("B's record after A's restart: %v %+v", err, in)
	}

	// A names a mirror of its content in its manifesto (a pinning
	// service's gateway): with A's node down again, B reads and imports
	// the asset there.
	store, err := a.Core.ContentStore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gw, err := store.Gateway()
	if err != nil {
		t.Fatal(err)
	}
	mirror := httptest.NewServer(gw)
	defer mirror.Close()
	ma, err := a.Core.Manifesto(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m := ma.Manifesto
	m.Content.Gateways = []string{mirror.URL}
	if _, err := a.Core.SetManifesto(ctx, m); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Core.OpenChannel(ctx, api.OpenChannelRequest{Peer: b.RE}); err != nil {
		t.Fatal(err)
	}
	a.Stop()
	if resp, err := http.Get(a.RE); err == nil {
		resp.Body.Close()
		t.Fatal("A's node still answers after its second Stop: the mirror case would prove nothing")
	}
	r = send(mint("shield.glb"))
	if r.State != transfer.Delivered {
		t.Fatalf("with a mirror and A's node down: %s, want delivered: %+v", r.State, r.History)
	}
	if in, err := b.Core.TransferService().Get(r.ID, transfer.Incoming); err != nil || in.State != transfer.Imported {
		t.Fatalf("B's record of the mirrored asset: %v %+v", err, in)
	}
	for _, ev := range backB.waitFor(1) {
		if ev.Type == "transfer.rejected" {
			t.Errorf("B refused a transfer over A's downtime: %s", ev.Data)
		}
	}
}
