package demo

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/manage"
)

// Manifestos are the testnet's platform manifestos (A, B, the bridge).
//
//go:embed manifestos/*.json
var Manifestos embed.FS

// Bridge is the demo bridge's DID.
const Bridge = "did:web:bridge.example"

// demoChannels runs FGMV-43 9.5 between the demo's platforms, each node
// served in this process on its own loopback ports: manifestos registered,
// a direct channel A–B and one through a bridge for the avatar formats the
// two do not share, a signed message over it, and every audit log checked.
// The did:web names resolve to the nodes' own /.well-known/did.json over
// loopback (the demo has no DNS), so peers are found by DID.
func demoChannels(ctx context.Context, root string, res *DemoResult, w *world, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	t := time.Now()
	nodes := map[string]*daemon.InProcess{}
	backEnds := map[string]*backEnd{}
	resolver := did.NewResolver(did.Options{})
	resolver.Register("web", did.MethodFunc(func(ctx context.Context, id string) (*did.Document, did.DocumentMetadata, error) {
		p, ok := nodes[id]
		if !ok {
			return nil, did.DocumentMetadata{}, fmt.Errorf("%w: %s is not one of the demo's nodes", did.ErrNotFound, id)
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.RE+"/.well-known/did.json", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, did.DocumentMetadata{}, err
		}
		defer resp.Body.Close()
		doc := new(did.Document)
		if err := json.NewDecoder(resp.Body).Decode(doc); err != nil {
			return nil, did.DocumentMetadata{}, err
		}
		return doc, did.DocumentMetadata{}, nil
	}))
	for _, n := range []struct{ name, did, manifesto string }{
		{"platform-a", PlatformA, "platform-a.json"}, {"platform-b", PlatformB, "platform-b.json"}, {"bridge", Bridge, "bridge.json"},
	} {
		h, err := openHome(root, n.name, n.did, 0, res.Content)
		if err == nil {
			err = w.adopt(ctx, h)
		}
		if err != nil {
			_, err = fail("manifestos", t, err)
			return err
		}
		// The three are each other's partners by the operators' word: the
		// bridge is not in the registry, and negotiation needs no chain.
		var others []string
		for _, d := range []string{PlatformA, PlatformB, Bridge} {
			if d != n.did {
				others = append(others, d)
			}
		}
		if !slices.Equal(h.Config.Trust.Partners, others) {
			h.Config.Trust.Partners = others
			if err := h.Save(); err != nil {
				_, err = fail("manifestos", t, err)
				return err
			}
		}
		res.addHome(n.name, h.Dir)
		if n.did != Bridge {
			// A's and B's back ends hear of their transfers by webhook.
			be, err := startBackEnd(h)
			if err != nil {
				_, err = fail("manifestos", t, err)
				return err
			}
			defer be.close(h)
			backEnds[n.did] = be
		}
		// Every node works on the demo's one chain.
		c, err := core.Open(ctx, core.Config{
			Home: h, Passphrase: func() (string, error) { return h.Passphrase(home.PassphraseSources{}) },
			Resolver: resolver, Bridge: n.name == "bridge", API: core.APIRI, Chain: &node.Node{Home: h, Chain: w.n.Chain},
		})
		if err != nil {
			_, err = fail("manifestos", t, err)
			return err
		}
		token, err := h.RIToken()
		var p *daemon.InProcess
		if err == nil {
			p, err = daemon.ServeInProcess(c, token)
		}
		if err != nil {
			c.Close()
			_, err = fail("manifestos", t, err)
			return err
		}
		defer p.Close()
		nodes[n.did] = p
		data, err := Manifestos.ReadFile("manifestos/" + n.manifesto)
		var m *manage.Manifesto
		if err == nil {
			m, err = manage.ParseManifesto(data)
		}
		if err == nil {
			// The demo's currencies live on its chain.
			for i, c := range m.Currencies {
				if _, ok := w.tokens[c.Code]; ok {
					m.Currencies[i].Token = w.tokenID(c.Code)
				}
			}
		}
		var signed *manage.Signed
		if err == nil {
			signed, err = c.SetManifesto(ctx, m)
		}
		if err != nil {
			_, err = fail("manifestos", t, err)
			return err
		}
		report(Step{Step: "manifesto", OK: true, Detail: fmt.Sprintf("%s registered and signed its manifesto (revision %d); its node serves RI %s, RE %s", m.Platform.Name, signed.Manifesto.Revision, p.RI, p.RE), IDs: map[string]string{
			"platform": n.did, "manifesto": signed.Hash,
		}, Ms: ms(t)})
		t = time.Now()
	}
	// B's node may be served again on new ports by a later step; that
	// server stops before the cores close.
	firstB := nodes[PlatformB]
	defer func() {
		if b := nodes[PlatformB]; b != firstB {
			b.Stop()
		}
	}()
	a := nodes[PlatformA].Core
	t = time.Now()
	direct, err := a.OpenChannel(ctx, api.OpenChannelRequest{Peer: PlatformB})
	if err != nil {
		_, err = fail("channel-direct", t, err)
		return err
	}
	report(Step{Step: "channel-direct", OK: true, Detail: fmt.Sprintf("A found B's node by its DID, compared manifestos, offered, B answered: %d features direct, %d gaps", len(direct.Agreement.Direct), len(direct.Agreement.Gaps)), IDs: map[string]string{
		"channel": direct.ID, "direct": strings.Join(direct.Agreement.Direct[:4], ", ") + ", …", "answer": manage.Hash(direct.Answer),
	}, Ms: ms(t)})

	t = time.Now()
	bridged, err := a.OpenChannel(ctx, api.OpenChannelRequest{Peer: PlatformB, Bridge: Bridge, Require: []string{"avatar.format:vrm-0.x"}})
	if err != nil {
		_, err = fail("channel-bridged", t, err)
		return err
	}
	var conv []string
	for _, b := range bridged.Agreement.Bridged {
		if strings.HasPrefix(b.Feature, "avatar.") {
			conv = append(conv, strings.TrimPrefix(b.Feature, "avatar.format:")+" → "+strings.TrimPrefix(b.As, "avatar.format:"))
		}
	}
	report(Step{Step: "channel-bridged", OK: true, Detail: "the bridge made a virtual bridge for the gaps (manifesto V), A offered A and V, B joined the bridge and answered", IDs: map[string]string{
		"channel": bridged.ID, "bridge": bridged.Bridge.DID, "virtualBridge": bridged.Bridge.VirtualBridge, "avatars": strings.Join(conv, "; "),
	}, Ms: ms(t)})

	t = time.Now()
	rcpt, err := a.Send(ctx, bridged.ID, manage.Message{Kind: "hello", Body: json.RawMessage(`{"from":"platform A"}`)})
	if err != nil {
		_, err = fail("channel-message", t, err)
		return err
	}
	report(Step{Step: "channel-message", OK: true, Detail: fmt.Sprintf("a signed RE message over the channel; B logged it as entry %d", rcpt.Seq), IDs: map[string]string{"receipt": rcpt.Hash}, Ms: ms(t)})

	if err := demoTransfers(ctx, w, nodes, report, fail); err != nil {
		return err
	}
	if err := demoMoves(ctx, root, w, nodes, report, fail); err != nil {
		return err
	}
	if err := demoAnchors(ctx, w, nodes, report, fail); err != nil {
		return err
	}

	// What the platforms' back ends were told, without polling: every
	// transfer's outcome on A's side, the offers, decisions and imports on
	// B's, each event signed with the home's webhook secret.
	t = time.Now()
	want := map[string]map[string]int{
		PlatformA: {"transfer.delivered": 2, "transfer.returned": 1, "transfer.refunded": 1, "identity.admitted": 1, "identity.changed": 1, "avatar.converted": 1, "avatar.changed": 1},
		PlatformB: {"transfer.incoming": 3, "transfer.accepted": 2, "transfer.rejected": 1, "transfer.imported": 1, "identity.admitted": 1, "identity.imported": 1, "avatar.received": 1, "avatar.imported": 1},
	}
	for _, id := range []string{PlatformA, PlatformB} {
		be := backEnds[id]
		err := be.await(ctx, want[id], 15*time.Second)
		if err == nil && be.refused > 0 {
			err = errRefusedDelivery
		}
		if err != nil {
			_, err = fail("platform-events", t, fmt.Errorf("%s's back end: %w", id, err))
			return err
		}
	}
	report(Step{Step: "platform-events", OK: true, Detail: fmt.Sprintf("the nodes told their platforms by signed webhook (9.2 steps 6, 7, 9; 9.4 steps 4 and 7): A's back end got %s; B's %s; every signature checked", backEnds[PlatformA].summary(), backEnds[PlatformB].summary()), Ms: ms(t)})

	t = time.Now()
	var heads []string
	for _, id := range []string{PlatformA, PlatformB, Bridge} {
		r, err := nodes[id].Core.VerifyAudit(ctx)
		if err == nil && !r.OK {
			err = fmt.Errorf("%s's audit log is broken at %d: %s", id, r.BrokenAt, r.Reason)
		}
		if err != nil {
			_, err = fail("audit-verify", t, err)
			return err
		}
		heads = append(heads, fmt.Sprintf("%d entries", r.Entries))
	}
	report(Step{Step: "audit-verify", OK: true, Detail: "each node's hash-chained log holds (A, B, bridge: " + strings.Join(heads, ", ") + ")", Ms: ms(t)})
	if w.explore != nil {
		return explore(ctx, w, res, nodes, w.explore, report, fail)
	}
	return nil
}
