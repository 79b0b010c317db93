package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/trust"
)

const testPass = "test passphrase"

// startNode makes a home and serves it in process with the manifesto in
// demo/manifestos/<manifesto> registered.
func startNode(t testing.TB, manifesto string, bridge bool) *InProcess {
	t.Helper()
	return startNodeWith(t, manifesto, bridge, func(c *home.Config) { c.Net.AllowPrivate = home.Loopback })
}

// startNodeWith is startNode with the config edited first.
func startNodeWith(t testing.TB, manifesto string, bridge bool, edit func(*home.Config)) *InProcess {
	t.Helper()
	cfg := home.DefaultConfig()
	edit(&cfg)
	cfg.Keystore.KDF = "light"
	h, err := home.Init(filepath.Join(t.TempDir(), "home"), home.InitOptions{Config: cfg, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	c, err := core.Open(context.Background(), core.Config{Home: h, Passphrase: func() (string, error) { return testPass, nil }, Bridge: bridge, API: core.APIRI})
	if err != nil {
		t.Fatal(err)
	}
	token, err := h.RIToken()
	if err != nil {
		t.Fatal(err)
	}
	p, err := ServeInProcess(c, token)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	if manifesto != "" {
		data, err := os.ReadFile(filepath.Join("..", "..", "demo", "manifestos", manifesto))
		if err != nil {
			t.Fatal(err)
		}
		m, err := manage.ParseManifesto(data)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.SetManifesto(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// partners makes the nodes each other's partners by their operators' word.
func partners(t testing.TB, nodes ...*InProcess) {
	t.Helper()
	for _, n := range nodes {
		var others []string
		for _, o := range nodes {
			if o != n {
				others = append(others, o.Core.Home.Config.Platform.DID)
			}
		}
		if err := n.Core.Trust.Configure(trust.Config{Partners: others}); err != nil {
			t.Fatal(err)
		}
	}
}

// ri calls a node's RI API as its platform.
func ri(t testing.TB, p *InProcess, method, path string, in, out any) (int, *re.Problem) {
	t.Helper()
	var body io.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, p.RI+path, body)
	req.Header.Set("Authorization", "Bearer "+p.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	err = re.DecodeAnswer(resp, out)
	var prob *re.Problem
	errors.As(err, &prob)
	if err != nil && prob == nil {
		t.Fatal(err)
	}
	return resp.StatusCode, prob
}

func TestChannelsDirectAndThroughABridge(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	b := startNode(t, "platform-b.json", false)
	br := startNode(t, "bridge.json", true)
	partners(t, a, b, br)
	ctx := context.Background()
	aDID, bDID, brDID := a.Core.Home.Config.Platform.DID, b.Core.Home.Config.Platform.DID, br.Core.Home.Config.Platform.DID

	var direct manage.Channel
	if code, p := ri(t, a, "POST", "/ri/v1/channels", api.OpenChannelRequest{Peer: b.RE}, &direct); code != 200 {
		t.Fatalf("open direct: %d %v", code, p)
	}
	if direct.State != manage.StateEstablished || direct.Peer != bDID || direct.Bridge != nil {
		t.Fatalf("direct channel = %+v", direct)
	}
	for _, f := range []string{"chain:eip155:1337", "token:erc721", "avatar.format:gltf-2.0", "did.method:web"} {
		if !contains(direct.Agreement.Direct, f) {
			t.Errorf("direct features %v lack %s", direct.Agreement.Direct, f)
		}
	}
	if len(direct.Agreement.Rates) != 1 || direct.Agreement.Rates[0].Rate.Rate != "2.5" || len(direct.Agreement.Rates[0].ProposedBy) != 2 {
		t.Errorf("agreed rates = %+v, want GEM/ORB 2.5 named by both", direct.Agreement.Rates)
	}
	theirs, err := b.Core.Channel(ctx, direct.ID)
	if err != nil || theirs.State != manage.StateEstablished || theirs.Role != manage.RoleResponder || theirs.Answer != direct.Answer || theirs.Offer != direct.Offer {
		t.Fatalf("B's record of %s = %+v, %v", direct.ID, theirs, err)
	}

	var bridged manage.Channel
	if code, p := ri(t, a, "POST", "/ri/v1/channels", api.OpenChannelRequest{Peer: bDID, Bridge: br.RE, Require: []string{"avatar.format:vrm-0.x"}}, &bridged); code != 400 {
		// B is a did:pkh: it names no endpoint, so a DID alone cannot be reached.
		t.Fatalf("open by did:pkh: %d %v", code, p)
	}
	if code, p := ri(t, a, "POST", "/ri/v1/channels", api.OpenChannelRequest{Peer: b.RE, Bridge: br.RE, Require: []string{"avatar.format:vrm-0.x"}}, &bridged); code != 200 {
		t.Fatalf("open through the bridge: %d %v", code, p)
	}
	if bridged.Bridge == nil || bridged.Bridge.DID != brDID || !bridged.Bridge.Joined {
		t.Fatalf("bridged channel's bridge = %+v", bridged.Bridge)
	}
	want := map[string]string{"avatar.format:vrm-0.x": "avatar.format:vrm-1.0", "avatar.format:vrm-1.0": "avatar.format:vrm-0.x"}
	for _, x := range bridged.Agreement.Bridged {
		if to, ok := want[x.Feature]; ok && to == x.As {
			delete(want, x.Feature)
		}
	}
	if len(want) > 0 {
		t.Fatalf("bridged features %+v lack %v", bridged.Agreement.Bridged, want)
	}
	vb, err := br.Core.Channel(ctx, bridged.ID)
	if err != nil || vb.Role != manage.RoleBridge || vb.State != manage.StateEstablished || len(vb.Parties) != 2 || vb.Parties[0] != aDID || vb.Parties[1] != bDID {
		t.Fatalf("bridge's record = %+v, %v", vb, err)
	}
	bs, _ := b.Core.Channel(ctx, bridged.ID)
	if bs == nil || bs.Bridge == nil || !bs.Bridge.Joined || bs.Agreement.Digest() != bridged.Agreement.Digest() {
		t.Fatalf("B's record of the bridged channel = %+v", bs)
	}

	// A message over the channel lands in B's log; B's receipt says where.
	var r manage.Receipt
	if code, p := ri(t, a, "POST", "/ri/v1/channels/"+direct.ID+"/messages", manage.Message{Kind: "ping", Body: json.RawMessage(`{"n":1}`)}, &r); code != 200 {
		t.Fatalf("send: %d %v", code, p)
	}
	entries, _ := b.Core.AuditLog(ctx, api.AuditQuery{After: r.Seq - 1, Limit: 1})
	if len(entries) != 1 || entries[0].Op != "re.message" || entries[0].Actor != aDID || entries[0].Hash != r.Hash {
		t.Fatalf("B's log at the receipt = %+v, receipt %+v", entries, r)
	}
	// Every node's log holds.
	for _, n := range []*InProcess{a, b, br} {
		rep, err := n.Core.VerifyAudit(ctx)
		if err != nil || !rep.OK || rep.Entries < 3 {
			t.Fatalf("audit of %s = %+v, %v", n.Core.Home.Config.Platform.DID, rep, err)
		}
	}
}

func TestNegotiationFailuresNameTheClash(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	b := startNode(t, "platform-b.json", false)
	br := startNode(t, "bridge.json", true)
	partners(t, a, b, br)
	ctx := context.Background()
	set := func(p *InProcess, edit func(m *manage.Manifesto)) {
		cur, err := p.Core.Manifesto(ctx)
		if err != nil {
			t.Fatal(err)
		}
		m := *cur.Manifesto
		edit(&m)
		if _, err := p.Core.SetManifesto(ctx, &m); err != nil {
			t.Fatal(err)
		}
	}
	open := func(req api.OpenChannelRequest) *re.Problem {
		var ch manage.Channel
		code, p := ri(t, a, "POST", "/ri/v1/channels", req, &ch)
		if code != http.StatusUnprocessableEntity || p == nil || p.Code != re.CodeNegotiation {
			t.Fatalf("open %+v = %d %+v, want 422 negotiation-failed", req, code, p)
		}
		return p
	}
	// A feature only a bridge could carry, without a bridge.
	p := open(api.OpenChannelRequest{Peer: b.RE, Require: []string{"avatar.format:vrm-0.x"}})
	if len(p.Clashes) != 1 || !strings.Contains(p.Clashes[0], "required avatar.format:vrm-0.x") || !strings.Contains(p.Clashes[0], "no bridge converts it") {
		t.Fatalf("clashes = %q", p.Clashes)
	}
	// A feature the bridge cannot convert either.
	p = open(api.OpenChannelRequest{Peer: b.RE, Bridge: br.RE, Require: []string{"did.method:ethr"}})
	if len(p.Clashes) != 1 || !strings.Contains(p.Clashes[0], "did.method:ethr") {
		t.Fatalf("clashes = %q", p.Clashes)
	}
	// Exchange rates that disagree.
	set(b, func(m *manage.Manifesto) { m.Exchange.Rates[0].Rate = "0.5" })
	p = open(api.OpenChannelRequest{Peer: b.RE})
	if len(p.Clashes) != 1 || !strings.Contains(p.Clashes[0], "exchange rate GEM/ORB") || !strings.Contains(p.Clashes[0], "ORB→GEM 0.5") {
		t.Fatalf("clashes = %q", p.Clashes)
	}
	// No chain in common.
	set(b, func(m *manage.Manifesto) { m.Chains = []string{"eip155:5"}; m.Exchange = nil })
	p = open(api.OpenChannelRequest{Peer: b.RE})
	if len(p.Clashes) != 1 || !strings.HasPrefix(p.Clashes[0], "chain: nothing in common") {
		t.Fatalf("clashes = %q", p.Clashes)
	}
	// A's records say failed, with the clashes; B recorded nothing.
	chans, _ := a.Core.Channels(ctx)
	if len(chans) != 4 {
		t.Fatalf("A has %d channels, want 4 failed", len(chans))
	}
	for _, c := range chans {
		if c.State != manage.StateFailed || len(c.Clashes) == 0 {
			t.Errorf("A's channel %s: %s, clashes %v", c.ID, c.State, c.Clashes)
		}
	}
	if bc, _ := b.Core.Channels(ctx); len(bc) != 0 {
		t.Fatalf("B recorded %d channels for failed negotiations", len(bc))
	}
}

func TestRIAndPublicRoutes(t *testing.T) {
	a := startNode(t, "", false)
	get := func(url, token string) (*http.Response, []byte) {
		req, _ := http.NewRequest("GET", url, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	for _, tc := range []struct {
		url, token string
		status     int
		ctype      string
		contains   string
	}{
		{a.RI + "/ri/v1/node", "", 401, "application/problem+json", `"code":"unauthorized"`},
		{a.RI + "/ri/v1/node", "wrong", 401, "application/problem+json", `"code":"unauthorized"`},
		{a.RI + "/ri/v1/node", a.Token, 200, "application/json", `"did":"did:pkh:eip155:1337:`},
		{a.RI + "/ri/v1/manifesto", a.Token, 409, "application/problem+json", "no manifesto registered"},
		{a.RI + "/ri/v1/channels/ch_nope", a.Token, 404, "application/problem+json", "no such channel"},
		{a.RI + "/ri/v1/audit?since=yesterday", a.Token, 400, "application/problem+json", "RFC 3339"},
		{a.RI + "/healthz", "", 200, "application/json", `"status":"ok"`},
		{a.RE + "/healthz", "", 200, "application/json", `"status":"ok"`},
		{a.RI + "/metrics", "", 401, "application/problem+json", `"code":"unauthorized"`},
		{a.RI + "/metrics", "wrong", 401, "application/problem+json", `"code":"unauthorized"`},
		{a.RI + "/metrics", a.Token, 200, "text/plain", "mifm_requests_total"},
		{a.RE + "/metrics", "", 404, "application/problem+json", "no route"},
		{a.RE + "/re/v1/manifesto", "", 401, "application/problem+json", `"code":"signature-missing"`},
		{a.RE + "/.well-known/did.json", "", 404, "application/problem+json", "only for a did:web platform"},
		{a.RI + "/nowhere", a.Token, 404, "application/problem+json", "see /openapi.json"},
	} {
		resp, body := get(tc.url, tc.token)
		if resp.StatusCode != tc.status || !strings.HasPrefix(resp.Header.Get("Content-Type"), tc.ctype) || !strings.Contains(string(body), tc.contains) {
			t.Errorf("GET %s = %d %s %s; want %d %s containing %q", tc.url, resp.StatusCode, resp.Header.Get("Content-Type"), body, tc.status, tc.ctype, tc.contains)
		}
	}
}

// Every route the servers answer is in /openapi.json, and every documented
// operation is answered by a handler (not the fallback "no route").
func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	resp, err := http.Get(a.RE + "/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi = %q", doc.OpenAPI)
	}
	documented := 0
	for path, ops := range doc.Paths {
		for method, op := range ops {
			documented++
			if s, _ := op["summary"].(string); s == "" {
				t.Errorf("%s %s has no summary", method, path)
			}
			if _, ok := op["responses"]; !ok {
				t.Errorf("%s %s has no responses", method, path)
			}
			url := strings.NewReplacer("{id}", "x", "{cid}", "bafkqaaa").Replace(path)
			answered := false
			for _, base := range []string{a.RI, a.RE} {
				req, _ := http.NewRequest(strings.ToUpper(method), base+url, nil)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				answered = answered || !strings.Contains(string(b), "(see /openapi.json)")
			}
			if !answered {
				t.Errorf("documented %s %s is answered by no handler", method, path)
			}
		}
	}
	// The other way round: the route table is what the servers are built
	// from; each of its routes must be in the document.
	for _, rt := range a.Server.routes {
		p := strings.ReplaceAll(rt.path, "...}", "}")
		if _, ok := doc.Paths[p][strings.ToLower(rt.method)]; !ok {
			t.Errorf("route %s %s is not documented", rt.method, rt.path)
		}
	}
	if documented != len(a.Server.routes) {
		t.Errorf("%d operations documented, %d routes", documented, len(a.Server.routes))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// An initiator whose peer never comes back gives up after the negotiation
// timeout: the channel ends failed, not pending for ever.
func TestNegotiationGivesUpCleanly(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	b := startNode(t, "platform-b.json", false)
	partners(t, a, b)
	ctx := context.Background()
	// B answers the manifesto request, then goes away before the offer.
	bm, err := b.Core.Manifesto(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var once bool
	down := http.NewServeMux()
	down.HandleFunc("GET /re/v1/manifesto", func(w http.ResponseWriter, r *http.Request) {
		once = true
		_ = json.NewEncoder(w).Encode(map[string]string{"jws": bm.JWS})
	})
	down.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		hj, _ := w.(http.Hijacker)
		conn, _, _ := hj.Hijack()
		conn.Close()
	})
	srv := &http.Server{Handler: down}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go srv.Serve(ln)
	defer srv.Close()
	ch, err := a.Core.OpenChannel(ctx, api.OpenChannelRequest{Peer: "http://" + ln.Addr().String()})
	if err != nil || !once {
		t.Fatal(err)
	}
	if ch.State != manage.StateOffered || !strings.Contains(ch.Error, "retries") {
		t.Fatalf("with B unreachable: %+v", ch)
	}
	a.Core.Manage.Resume(ctx) // within the timeout: still offered
	if c, _ := a.Core.Channel(ctx, ch.ID); c.State != manage.StateOffered || c.Attempts != 2 {
		t.Fatalf("after one retry: %s, %d attempts", c.State, c.Attempts)
	}
	a.Core.Manage.NegotiationTimeout = time.Nanosecond
	a.Core.Manage.Resume(ctx)
	c, _ := a.Core.Channel(ctx, ch.ID)
	if c.State != manage.StateFailed || !strings.Contains(c.Error, "gave up") {
		t.Fatalf("after the timeout: %s (%s)", c.State, c.Error)
	}
	if entries, _ := a.Core.AuditLog(ctx, api.AuditQuery{}); entries[len(entries)-1].Op != "channel.failed" {
		t.Fatalf("last audit entry %+v", entries[len(entries)-1])
	}
}

// A peer's offer that is signed but malformed is refused with a reason, not
// a crash.
func TestMalformedOfferRefused(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	b := startNode(t, "platform-b.json", false)
	partners(t, a, b)
	s := a.Core.Manage.Signer
	for _, claims := range []map[string]any{
		{"type": "MIFMOffer", "channel": "ch_1", "initiator": s.DID, "responder": b.Core.Home.Config.Platform.DID},
		{"type": "MIFMOffer", "initiator": s.DID, "responder": b.Core.Home.Config.Platform.DID, "agreement": map[string]any{}},
		{"type": "MIFMOffer", "channel": "ch_1", "surprise": true},
	} {
		tok, err := did.SignJWTAs(claims, s.Key, s.KeyID, manage.OfferTyp)
		if err != nil {
			t.Fatal(err)
		}
		err = a.Core.Manage.Client.Do(context.Background(), "POST", b.RE, "/re/v1/channels", b.Core.Home.Config.Platform.DID, map[string]string{"offer": tok}, nil)
		if !re.IsCode(err, re.CodeBadRequest) {
			t.Errorf("offer %v: %v, want bad-request", claims, err)
		}
	}
}

// A stranger (a throwaway DID no registry knows and no operator listed)
// signs its requests correctly and is still refused channels and virtual
// bridges, before anything of it is stored or fetched.
func TestStrangerCannotNegotiate(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	b := startNode(t, "platform-b.json", false)
	br := startNode(t, "bridge.json", true)
	partners(t, b, br) // A is neither's partner
	ctx := context.Background()
	// A opening a channel to B: B refuses the offer, and A learns why.
	_, err := a.Core.OpenChannel(ctx, api.OpenChannelRequest{Peer: b.RE})
	if err == nil {
		t.Fatal("a channel was opened with a node that is not a partner")
	}
	s := a.Core.Manage.Signer
	tok, err := did.SignJWTAs(map[string]any{"type": "MIFMOffer", "channel": "ch_x", "initiator": s.DID, "responder": b.Core.Home.Config.Platform.DID}, s.Key, s.KeyID, manage.OfferTyp)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		node *InProcess
		path string
		body any
	}{
		{b, "/re/v1/channels", map[string]string{"offer": tok}},
		{br, "/re/v1/virtual-bridges", manage.BridgeRequest{Channel: "ch_x"}},
		{br, "/re/v1/virtual-bridges/vb_1/join", manage.JoinRequest{Channel: "ch_x"}},
	} {
		err := a.Core.Manage.Client.Do(ctx, "POST", c.node.RE, c.path, c.node.Core.Home.Config.Platform.DID, c.body, nil)
		if !re.IsCode(err, re.CodeNotPartner) {
			t.Errorf("%s: %v, want %s", c.path, err, re.CodeNotPartner)
		}
	}
	for _, n := range []*InProcess{b, br} {
		if chans, _ := n.Core.Channels(ctx); len(chans) != 0 {
			t.Errorf("%s stored %d channel records of a stranger", n.Core.Home.Config.Platform.DID, len(chans))
		}
	}
}
