package demo

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/explorer"
)

// Scene is the demo's world as an auditor reaches it from outside: chain
// endpoints with the suite's addresses, the nodes' public gateways and RE
// endpoints (where each publishes its audit log), and what to look up.
type Scene struct {
	Chains []SceneChain `json:"chains"`
	// Gateways are the nodes' trustless IPFS gateways.
	Gateways []string `json:"gateways"`
	// Nodes are the nodes' RE base URLs, by the platform DID each is
	// known to be (or by URL, for a node not paired with a DID).
	Nodes map[string]string `json:"nodes"`
	// Sword is platform A's ERC-721, moved to B's user through escrow;
	// Lantern the outside collection's token moved to chain Y and back.
	Sword   string `json:"sword"`
	Lantern string `json:"lantern"`
	// Holder is B's user, who holds the sword.
	Holder string `json:"holder"`
	// Subjects are the anchored subjects (A's user's identity and home
	// avatar).
	Subjects []string `json:"subjects"`
}

// SceneChain is one chain of the scene.
type SceneChain struct {
	RPC   string                    `json:"rpc"`
	Suite map[string]common.Address `json:"suite"`
	// From is the suite's first block.
	From uint64 `json:"from"`
	// Collections are outside collections whose tokens moved.
	Collections []common.Address `json:"collections,omitempty"`
}

// explore hands the scene to opts.Explore while the nodes serve.
func explore(ctx context.Context, w *world, res *DemoResult, nodes map[string]*daemon.InProcess, fn func(context.Context, Scene) error, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	t := time.Now()
	s := Scene{Nodes: map[string]string{}, Sword: w.sword, Lantern: w.lantern, Holder: res.Holder, Subjects: w.subjects}
	for _, id := range []string{PlatformA, PlatformB, Bridge} {
		if p := nodes[id]; p != nil {
			s.Nodes[id] = p.RE
			s.Gateways = append(s.Gateways, p.RE)
		}
	}
	deps, err := w.n.Home.Deployments()
	if err != nil {
		_, err = fail("explore", t, err)
		return err
	}
	backends := []chain.Backend{w.n.Chain}
	if w.y != nil {
		backends = append(backends, w.y)
	}
	for _, c := range backends {
		loaded, err := deps.Load(c.ChainNumber().Uint64())
		if err != nil {
			_, err = fail("explore", t, err)
			return err
		}
		sc := SceneChain{RPC: c.Endpoint(), Suite: map[string]common.Address{}}
		for name, d := range loaded {
			sc.Suite[name] = d.Address
			if sc.From == 0 || d.Block < sc.From {
				sc.From = d.Block
			}
		}
		if c == w.n.Chain && w.legacy != (common.Address{}) {
			sc.Collections = []common.Address{w.legacy}
		}
		s.Chains = append(s.Chains, sc)
	}
	if err := fn(ctx, s); err != nil {
		_, err = fail("explore", t, err)
		return err
	}
	report(Step{Step: "explore", OK: true, Detail: fmt.Sprintf("an auditor's explorer read %d chains, %d gateways and %d nodes' audit logs", len(s.Chains), len(s.Gateways), len(s.Nodes)), Ms: ms(t)})
	return nil
}

// OpenExplorer opens an auditor's explorer on the scene with its cache in
// dir, dialling each chain's JSON-RPC as an outsider does. close closes
// the explorer and the connections.
func (s Scene) OpenExplorer(ctx context.Context, dir string) (x *explorer.Explorer, close func(), err error) {
	var backends []chain.Backend
	closeAll := func() {
		for _, b := range backends {
			b.Close()
		}
	}
	cfg := explorer.Config{Gateways: s.Gateways, Cache: dir, NodeDIDs: map[string]string{}}
	// Nodes are keyed by the DID the auditor pairs them with, or by URL.
	for _, k := range slices.Sorted(maps.Keys(s.Nodes)) {
		u := s.Nodes[k]
		cfg.Nodes = append(cfg.Nodes, u)
		if strings.HasPrefix(k, "did:") {
			cfg.NodeDIDs[u] = k
		}
	}
	for _, sc := range s.Chains {
		b, err := chain.Dial(ctx, sc.RPC)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		backends = append(backends, b)
		suite := map[string]common.Address{}
		maps.Copy(suite, sc.Suite)
		cfg.Chains = append(cfg.Chains, &explorer.Chain{Backend: b, RPC: b.RPC(), URL: sc.RPC, Suite: suite, From: sc.From, Collections: sc.Collections})
	}
	x, err = explorer.Open(ctx, cfg)
	if err != nil {
		closeAll()
		return nil, nil, err
	}
	return x, func() { x.Close(); closeAll() }, nil
}
