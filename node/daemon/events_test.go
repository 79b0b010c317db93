package daemon

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/notify"
	"github.com/mifm/mifm/node/riclient"
	"github.com/mifm/mifm/node/transfer"
)

// backend is a platform's back end receiving its node's webhooks: it
// verifies each delivery as notify documents, refuses the first refuse
// attempts with 500, and keeps what it acknowledged.
type backend struct {
	t      *testing.T
	srv    *httptest.Server
	mu     sync.Mutex
	secret []byte
	refuse int
	tries  []string // Mifm-Event-Id of every attempt
	got    []api.Event
}

func newBackend(t *testing.T, refuse int) *backend {
	b := &backend{t: t, refuse: refuse}
	b.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, notify.MaxEventBytes+1))
		b.mu.Lock()
		defer b.mu.Unlock()
		if err == nil {
			err = notify.Verify(b.secret, r.Header, body, time.Now(), 0)
		}
		if err != nil {
			t.Errorf("a delivery that does not verify: %v", err)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		b.tries = append(b.tries, r.Header.Get(notify.HeaderID))
		if len(b.tries) <= b.refuse {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		var ev api.Event
		if err := json.Unmarshal(body, &ev); err != nil || ev.ID != r.Header.Get(notify.HeaderID) || ev.Type != r.Header.Get(notify.HeaderType) {
			t.Errorf("delivery %s (%s): body %+v, %v", r.Header.Get(notify.HeaderID), r.Header.Get(notify.HeaderType), ev, err)
		}
		for _, seen := range b.got {
			if seen.ID == ev.ID {
				w.WriteHeader(http.StatusOK) // a redelivery: acknowledged, not handled twice
				return
			}
		}
		b.got = append(b.got, ev)
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(b.srv.Close)
	return b
}

// waitTypes waits until the back end holds n events and returns them.
func (b *backend) waitFor(n int) []api.Event {
	b.t.Helper()
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		b.mu.Lock()
		got := append([]api.Event(nil), b.got...)
		b.mu.Unlock()
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
	}
}

func types(evs []api.Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Type)
	}
	return strings.Join(out, " ")
}

// transferPair is two in-process nodes on one embedded chain with the
// suite deployed, both platforms registered (B's node key its attester),
// partners, a channel A–B, and each node's webhook going to its back end.
func transferPair(t *testing.T, backA, backB *backend) (a, b *InProcess, n *node.Node, sender *chain.Sender) {
	t.Helper()
	ctx := context.Background()
	mkHome := func(name, hook string, dev int) *home.Home {
		cfg := home.DefaultConfig()
		cfg.Keystore.KDF = "light"
		cfg.Net.AllowPrivate = home.Loopback
		cfg.Node.WebhookURL = hook
		cfg.Chain.RPCHTTP = "127.0.0.1:0" // for the user's own wallet (wallet_test.go)
		h, err := home.Init(filepath.Join(t.TempDir(), name), home.InitOptions{Config: cfg, Passphrase: testPass, DevAccounts: dev})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	hA, hB := mkHome("a", backA.srv.URL+"/hooks/mifm", 1), mkHome("b", backB.srv.URL, 1)
	for _, p := range []struct {
		b *backend
		h *home.Home
	}{{backA, hA}, {backB, hB}} {
		s, err := p.h.WebhookSecret()
		if err != nil {
			t.Fatal(err)
		}
		p.b.secret = []byte(s)
	}
	n, err := node.Open(ctx, hA, home.EmbeddedChain)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	if sender, err = n.Sender(ctx, testPass); err != nil {
		t.Fatal(err)
	}
	if _, err := n.PrepareMinting(ctx, sender); err != nil {
		t.Fatal(err)
	}
	keyB := hB.PlatformAddress()
	if _, err := n.RegisterPlatform(ctx, sender, hB.Config.Platform.DID, keyB, keyB); err != nil {
		t.Fatal(err)
	}
	if _, err := sender.Transact(ctx, chain.Call{To: &keyB, Value: new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))}); err != nil {
		t.Fatal(err)
	}
	depsA, err := hA.Deployments()
	if err != nil {
		t.Fatal(err)
	}
	depsB, err := hB.Deployments()
	if err != nil {
		t.Fatal(err)
	}
	if err := depsB.Adopt(ctx, n.Chain, n.Chain.ChainNumber().Uint64(), depsA); err != nil {
		t.Fatal(err)
	}
	serve := func(h *home.Home, chainOf *node.Node, manifesto string) *InProcess {
		c, err := core.Open(ctx, core.Config{Home: h, Passphrase: func() (string, error) { return testPass, nil }, API: core.APIRI, Chain: chainOf})
		if err != nil {
			t.Fatal(err)
		}
		token, _ := h.RIToken()
		p, err := ServeInProcess(c, token)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { p.Close() })
		data, err := os.ReadFile(filepath.Join("..", "..", "demo", "manifestos", manifesto))
		if err != nil {
			t.Fatal(err)
		}
		m, err := manage.ParseManifesto(data)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.SetManifesto(ctx, m); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a = serve(hA, n, "platform-a.json")
	b = serve(hB, &node.Node{Home: hB, Chain: n.Chain}, "platform-b.json")
	partners(t, a, b)
	for _, p := range []*InProcess{a, b} {
		if _, err := p.Core.StartTransfers(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := a.Core.OpenChannel(ctx, api.OpenChannelRequest{Peer: b.RE}); err != nil {
		t.Fatal(err)
	}
	return a, b, n, sender
}

// pairTokenizer mints on A's chain into A's content store.
func pairTokenizer(t *testing.T, a *InProcess, n *node.Node, sender *chain.Sender) *asset.Tokenizer {
	t.Helper()
	store, err := a.Core.ContentStore(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tok, err := n.Tokenizer(sender, store)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// FGMV-43 9.2 steps 6, 7 and 9 as the platforms' back ends see them: a
// real transfer between two nodes (accepted, released, imported, receipt)
// and one B refuses (rejected, returned) reach each back end as signed
// webhooks, in order, each type with its documented data, every id unique;
// B's back end fails the first delivery and gets the same id again.
func TestTransferEventsReachThePlatforms(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes and a chain")
	}
	backA, backB := newBackend(t, 0), newBackend(t, 1)
	a, b, n, sender := transferPair(t, backA, backB)
	ctx := context.Background()
	tok := pairTokenizer(t, a, n, sender)
	hA, hB := a.Core.Home, b.Core.Home
	userA, userB := hA.Keystore().Accounts()[1], hB.Keystore().Accounts()[1]
	mint := func(name string, data []byte) string {
		m, err := tok.Tokenize(ctx, asset.Request{Files: []asset.File{{Name: name, Data: bytes.NewReader(data)}}, Name: name, LocalID: name, To: userA})
		if err != nil {
			t.Fatal(err)
		}
		return m.Asset
	}
	sword := mint("sword.glb", []byte("glTF\x02\x00\x00\x00 a stand-in model"))
	shield := mint("shield.fbx", []byte("Kaydara FBX Binary  \x00 a model B does not take"))
	send := func(asset string, want transfer.State) *api.Transfer {
		r, err := a.Core.StartTransfer(ctx, api.TransferRequest{Asset: asset, ToPlatform: hB.Config.Platform.DID, To: userB.Hex(), Deadline: "10m", Rights: []string{"display"}})
		if err != nil {
			t.Fatal(err)
		}
		if r.State != want {
			t.Fatalf("transfer of %s ended %s, want %s: %+v", asset, r.State, want, r.History)
		}
		return r
	}
	ok := send(sword, transfer.Delivered)
	refused := send(shield, transfer.Returned)

	wantA := "channel.changed channel.changed channel.opened " +
		"transfer.requested transfer.locked transfer.offered transfer.accepted transfer.delivered " +
		"transfer.requested transfer.locked transfer.offered transfer.rejected transfer.returned"
	wantB := "channel.opened transfer.incoming transfer.accepted transfer.released transfer.imported transfer.incoming transfer.rejected"
	gotA, gotB := backA.waitFor(13), backB.waitFor(7)
	if types(gotA) != wantA {
		t.Errorf("A's back end got\n  %s\nwant\n  %s", types(gotA), wantA)
	}
	if types(gotB) != wantB {
		t.Errorf("B's back end got\n  %s\nwant\n  %s", types(gotB), wantB)
	}
	backB.mu.Lock()
	if len(backB.tries) < 2 || backB.tries[0] != backB.tries[1] || backB.tries[0] != gotB[0].ID {
		t.Errorf("B's back end refused the first delivery; the retry should carry the same id: %v", backB.tries)
	}
	backB.mu.Unlock()

	ids := map[string]bool{}
	for _, evs := range [][]api.Event{gotA, gotB} {
		for i, ev := range evs {
			if ids[ev.ID] {
				t.Errorf("event id %s twice", ev.ID)
			}
			ids[ev.ID] = true
			if i > 0 && ev.Seq <= evs[i-1].Seq {
				t.Errorf("%s (seq %d) after seq %d: out of order", ev.Type, ev.Seq, evs[i-1].Seq)
			}
			if _, err := time.Parse(time.RFC3339Nano, ev.Time); err != nil {
				t.Errorf("%s: time %q", ev.Type, ev.Time)
			}
		}
	}
	notice := func(ev api.Event) api.TransferNotice {
		var n api.TransferNotice
		if err := json.Unmarshal(ev.Data, &n); err != nil {
			t.Fatalf("%s data: %v", ev.Type, err)
		}
		if n.Transfer != ev.Subject {
			t.Errorf("%s: subject %s, data about %s", ev.Type, ev.Subject, n.Transfer)
		}
		return n
	}
	for i, ev := range gotA[3:] {
		n := notice(ev)
		want := ok
		if i >= 5 {
			want = refused
		}
		if n.Transfer != want.ID.Hex() || n.Role != transfer.Outgoing || n.Peer != hB.Config.Platform.DID || n.Asset != want.Asset ||
			common.HexToAddress(n.Recipient) != userB || common.HexToAddress(n.Depositor) != userA || n.Deadline != want.Transfer.Deadline {
			t.Errorf("A's %s: %+v", ev.Type, n)
		}
		if ev.Type == "transfer.rejected" && (n.Reason == 0 || n.Explanation == "") {
			t.Errorf("A's transfer.rejected gives no reason: %+v", n)
		}
		if ev.Type == "transfer.delivered" && n.Tx == "" {
			t.Errorf("transfer.delivered names no release transaction: %+v", n)
		}
	}
	for _, ev := range gotB[1:] {
		n := notice(ev)
		if n.Role != transfer.Incoming || n.Peer != hA.Config.Platform.DID || common.HexToAddress(n.Recipient) != userB {
			t.Errorf("B's %s: %+v", ev.Type, n)
		}
		switch ev.Type {
		case "transfer.incoming":
			if n.State != transfer.Offered {
				t.Errorf("transfer.incoming in state %s", n.State)
			}
		case "transfer.imported":
			if n.Transfer != ok.ID.Hex() || len(n.Content) != 2 {
				t.Errorf("transfer.imported: %+v, want the metadata and the model", n)
			}
		case "transfer.rejected":
			if n.Transfer != refused.ID.Hex() || n.Reason != transfer.ReasonUnsupportedContent {
				t.Errorf("B's transfer.rejected: %+v", n)
			}
		}
	}
	var ch api.ChannelNotice
	if err := json.Unmarshal(gotB[0].Data, &ch); err != nil || ch.State != manage.StateEstablished || ch.Role != manage.RoleResponder || ch.Peer != hA.Config.Platform.DID {
		t.Errorf("B's channel.opened: %+v (%v)", ch, err)
	}

	// The same events on RI, for platforms that read rather than receive.
	page, err := b.Core.EventList(ctx, api.EventQuery{})
	if err != nil || types(page.Events) != wantB || page.Last != page.Events[len(page.Events)-1].Seq {
		t.Errorf("B's event page: %+v (%v)", page, err)
	}
}

// The RI event stream and its polling form, read with the RI client and as
// raw server-sent events: a stream resumed with Last-Event-ID gets exactly
// the events after that one, a long poll wakes up when an event comes.
func TestEventStreamResumes(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	b := startNode(t, "platform-b.json", false)
	partners(t, a, b)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cl, err := riclient.New(a.RI, a.Token, nil)
	if err != nil {
		t.Fatal(err)
	}

	// A long poll that waits for the first event.
	polled := make(chan *api.EventPage, 1)
	go func() {
		p, err := cl.EventList(ctx, api.EventQuery{Wait: 20 * time.Second})
		if err != nil {
			t.Error(err)
		}
		polled <- p
	}()
	time.Sleep(100 * time.Millisecond)
	if _, err := a.Core.OpenChannel(ctx, api.OpenChannelRequest{Peer: b.RE}); err != nil {
		t.Fatal(err)
	}
	if p := <-polled; p == nil || len(p.Events) == 0 || p.Events[0].Type != "channel.changed" {
		t.Fatalf("the long poll: %+v", p)
	}
	page, err := cl.EventList(ctx, api.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if got := types(page.Events); got != "channel.changed channel.changed channel.opened" {
		t.Fatalf("A's events: %s", got)
	}

	// Subscribed from the start: every event, in order.
	var seen []api.Event
	sctx, stop := context.WithCancel(ctx)
	err = cl.SubscribeEvents(sctx, 0, func(ev api.Event) error {
		seen = append(seen, ev)
		if len(seen) == 3 {
			stop()
		}
		return nil
	})
	if err != nil || types(seen) != types(page.Events) || seen[0].ID != page.Events[0].ID {
		t.Fatalf("subscribed: %s (%v)", types(seen), err)
	}

	// Raw SSE resumed after the first event: the second and third, with
	// their seqs as ids, then a new one as it happens.
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, a.RI+"/ri/v1/events", nil)
	req.Header.Set("Authorization", "Bearer "+a.Token)
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("Last-Event-ID", page.Events[0].ID)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != http.StatusOK || ct != "text/event-stream" {
		t.Fatalf("stream: %s %s", resp.Status, ct)
	}
	sc := bufio.NewScanner(resp.Body)
	next := func() (id, typ string, ev api.Event) {
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "id: "):
				id = line[4:]
			case strings.HasPrefix(line, "event: "):
				typ = line[7:]
			case strings.HasPrefix(line, "data: "):
				if err := json.Unmarshal([]byte(line[6:]), &ev); err != nil {
					t.Fatalf("data line %q: %v", line, err)
				}
			case line == "" && typ != "":
				return id, typ, ev
			}
		}
		t.Fatalf("the stream ended: %v", sc.Err())
		return
	}
	for _, want := range page.Events[1:] {
		id, typ, ev := next()
		if ev.ID != want.ID || typ != want.Type || id != strconv.FormatUint(want.Seq, 10) {
			t.Fatalf("resumed stream: id %s event %s %+v, want %+v", id, typ, ev, want)
		}
	}
	a.Core.Manage.Notify("channel.changed", "ch_test", map[string]string{"state": "test"})
	if _, typ, ev := next(); typ != "channel.changed" || ev.Subject != "ch_test" {
		t.Fatalf("live event: %s %+v", typ, ev)
	}

	// A resume point past the newest event (a client of a node whose
	// store was made anew): a gap notice, then every kept event.
	req, _ = http.NewRequestWithContext(ctx, http.MethodGet, a.RI+"/ri/v1/events", nil)
	req.Header.Set("Authorization", "Bearer "+a.Token)
	req.Header.Set("Last-Event-ID", "999999")
	resp3, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp3.Body.Close()
	sc = bufio.NewScanner(resp3.Body)
	if _, typ, _ := next(); typ != "mifm.gap" {
		t.Fatalf("resumed past the newest event: %s first, want mifm.gap", typ)
	}
	if _, _, ev := next(); ev.ID != page.Events[0].ID {
		t.Fatalf("after the gap: %+v, want the oldest kept event", ev)
	}

	// The attacker's resume points.
	for _, bad := range []string{"x", strings.Repeat("9", 200)} {
		req, _ := http.NewRequest(http.MethodGet, a.RI+"/ri/v1/events", nil)
		req.Header.Set("Authorization", "Bearer "+a.Token)
		req.Header.Set("Last-Event-ID", bad)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("Last-Event-ID %.20q: %s, want 400", bad, resp.Status)
		}
	}
	if code, _ := ri(t, a, "GET", "/ri/v1/events/poll?limit=100000", nil, nil); code != http.StatusBadRequest {
		t.Errorf("limit=100000: %d, want 400", code)
	}
	if code, _ := ri(t, a, "GET", "/ri/v1/events/poll?wait=3600", nil, nil); code != http.StatusBadRequest {
		t.Errorf("wait=3600: %d, want 400", code)
	}
	// Without the token nothing streams.
	resp2, err := http.Get(a.RI + "/ri/v1/events")
	if err != nil {
		t.Fatal(err)
	}
	resp2.Body.Close()
	if resp2.StatusCode != http.StatusUnauthorized {
		t.Errorf("a stream without the token: %s", resp2.Status)
	}
}
