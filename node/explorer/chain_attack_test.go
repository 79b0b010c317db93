package explorer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	anchorabi "github.com/mifm/mifm/contracts/bindings/anchor"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/anchor/merkle"
	"github.com/mifm/mifm/node/explorer"
	"github.com/mifm/mifm/node/re"
)

// rpcCounter is a JSON-RPC proxy in front of the world's chain that
// counts the methods asked (batches too).
type rpcCounter struct {
	mu    sync.Mutex
	calls map[string]int
}

func (c *rpcCounter) count(body []byte) {
	var one struct{ Method string }
	var many []struct{ Method string }
	c.mu.Lock()
	defer c.mu.Unlock()
	if json.Unmarshal(body, &many) == nil {
		for _, m := range many {
			c.calls[m.Method]++
		}
	} else if json.Unmarshal(body, &one) == nil {
		c.calls[one.Method]++
	}
}

func (c *rpcCounter) get(m string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls[m]
}

func (c *rpcCounter) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls = map[string]int{}
}

func proxyRPC(t *testing.T, target string) (string, *rpcCounter) {
	c := &rpcCounter{calls: map[string]int{}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		c.count(body)
		resp, err := http.Post(target, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(resp.StatusCode)
		_, _ = io.Copy(w, resp.Body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, c
}

// strangerManifest adds to the world's IPFS a batch manifest of n version
// leaves and returns the tree and its CID.
func strangerManifest(t *testing.T, w *world, tag string, n int, subject func(i int) string) (*merkle.Tree, []byte, []string) {
	t.Helper()
	var values [][]any
	var cids []string
	for i := range n {
		c, _ := anchor.DocCID([]byte(fmt.Sprintf("%s version %d", tag, i)))
		values = append(values, anchor.Leaf(subject(i), 1, c))
		cids = append(cids, c.String())
	}
	tree, err := merkle.OfStandard(values, anchor.LeafEncoding, merkle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dump, err := tree.Dump()
	if err != nil {
		t.Fatal(err)
	}
	mc, err := anchor.IPFS{Store: w.store}.AddFile(context.Background(), dump)
	if err != nil {
		t.Fatal(err)
	}
	return tree, mc.Bytes(), cids
}

func TestAttackExplorerFromChainAndBrowser(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, t.TempDir())
	endpoint, counter := proxyRPC(t, w.chain.Endpoint())
	raw, err := rpc.DialContext(ctx, endpoint)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	b, err := chain.Dial(ctx, endpoint)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	suite := map[string]common.Address{}
	for k, v := range w.suite {
		suite[k] = v
	}
	x, err := explorer.Open(ctx, explorer.Config{Chains: []*explorer.Chain{{Backend: b, RPC: raw, URL: endpoint, Suite: suite, From: w.from}}, Gateways: []string{w.gateway}, Cache: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if _, err := x.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	ab := anchorabi.NewAnchor()

	// Anchor takes roots from anyone. versions.go:106-110 asks the chain
	// for the anchoring block's header once per LEAF of a manifest, the
	// same block every time: one stranger's anchor transaction (a manifest
	// of up to ~160k leaves fits MaxManifest) costs the explorer that many
	// JSON-RPC round trips under syncMu, on every Sync until it is done.
	t.Run("a stranger's manifest costs one header request per leaf", func(t *testing.T) {
		const leaves = 3000
		tree, manifest, _ := strangerManifest(t, w, "junk", leaves, func(i int) string { return fmt.Sprintf("content:junk-%d", i) })
		w.send(t, 1, w.suite[contracts.Anchor], ab.PackAnchor(tree.Root(), 1, leaves, manifest))
		counter.reset()
		start := time.Now()
		if _, err := x.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if got := counter.get("eth_getBlockByNumber"); got > 100 {
			t.Errorf("one stranger's anchor of %d leaves made the explorer send %d eth_getBlockByNumber requests (one sync, %s)", leaves, got, time.Since(start).Round(time.Millisecond))
		}
	})

	// fetchManifests' pending list is keyed by manifest CID
	// (explorer.go:317): a stranger who anchors the same root and manifest
	// as a platform (mempool, or any time before the explorer read the
	// first) replaces the platform's anchoring with its own. Every version
	// of the batch is then shown, proved and reported as anchored by the
	// stranger; with --anchorer the platform's own proofs fail.
	t.Run("a stranger's re-anchoring replaces the platform's", func(t *testing.T) {
		tree, manifest, cids := strangerManifest(t, w, "platform", 2, func(i int) string { return fmt.Sprintf("identity:%s", platform) })
		w.send(t, 0, w.suite[contracts.Anchor], ab.PackAnchor(tree.Root(), 7, 2, manifest)) // the platform
		w.send(t, 1, w.suite[contracts.Anchor], ab.PackAnchor(tree.Root(), 7, 2, manifest)) // the stranger, a block later
		if _, err := x.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		p, err := x.Proof(ctx, cids[0])
		if err != nil {
			t.Fatal(err)
		}
		if p.Anchorer != w.addrs[0] {
			t.Errorf("the platform %s anchored the batch first; the explorer names %s (the stranger) as its anchorer, block %d", w.addrs[0].Hex(), p.Anchorer.Hex(), p.Block)
		}
	})

	// pVersion is keyed by CID alone and the first anchoring wins
	// (versions.go:113-118): a stranger who learns a platform's version CID
	// before the platform's batch is read (it is queued for the next batch,
	// sent to partners, served by the gateway, in the mempool) anchors it
	// first under a junk subject. The platform's leaf is then never
	// indexed: its version is missing from the subject's page and report,
	// and /proof/CID answers the junk leaf, whose proof fails.
	t.Run("a stranger's earlier leaf with the same CID hides a platform's version", func(t *testing.T) {
		subject := "identity:" + platform
		c, _ := anchor.DocCID([]byte("the platform's next version"))
		junk, err := merkle.OfStandard([][]any{anchor.Leaf("content:squatted", 1, c)}, anchor.LeafEncoding, merkle.Options{})
		if err != nil {
			t.Fatal(err)
		}
		dump, _ := junk.Dump()
		mc, _ := anchor.IPFS{Store: w.store}.AddFile(ctx, dump)
		w.send(t, 1, w.suite[contracts.Anchor], ab.PackAnchor(junk.Root(), 1, 1, mc.Bytes())) // the stranger, first
		if _, err := x.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		real, err := merkle.OfStandard([][]any{anchor.Leaf(subject, 9, c)}, anchor.LeafEncoding, merkle.Options{})
		if err != nil {
			t.Fatal(err)
		}
		dump, _ = real.Dump()
		mc, _ = anchor.IPFS{Store: w.store}.AddFile(ctx, dump)
		w.send(t, 0, w.suite[contracts.Anchor], ab.PackAnchor(real.Root(), 9, 1, mc.Bytes())) // the platform
		if _, err := x.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		vs, err := x.Versions(subject)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, v := range vs {
			found = found || v.CID == c.String()
		}
		p, _ := x.Proof(ctx, c.String())
		if !found {
			t.Errorf("the platform anchored version 9 of %s (%s); the explorer lists %d versions of it without that one, and its proof names subject %q", subject, c, len(vs), p.Subject)
		}
	})

	// A stranger anchors a version of a platform's subject whose document
	// says the platform wrote it, with a signature that does not hold.
	// Report takes every leaf of the subject, and WriteHTML shows no
	// signature verdict (versionViews leaves Signature empty); verify.js
	// skips the signature and says "Verified in this browser", so the
	// report's button vouches for the forgery. Only `mifm anchor verify`
	// would catch it.
	t.Run("a report carries a stranger's forged version without a signature verdict", func(t *testing.T) {
		subject := "avatar:" + platform + "/home"
		kp, _ := did.NewKeyPair(did.Ed25519, nil)
		v := &anchor.Version{Type: anchor.DocType, Subject: subject, Seq: 1, Home: platform, Time: "2026-12-01T00:00:00Z",
			Content: map[string]string{"vrm": "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"}}
		if err := v.Sign(&re.Signer{DID: platform, KeyID: platform + "#key-1", Key: kp}); err != nil {
			t.Fatal(err)
		}
		doc, _ := v.Encode()
		c, _ := anchor.DocCID(doc)
		if err := w.store.PutBlock(ctx, c, doc); err != nil {
			t.Fatal(err)
		}
		tree, err := merkle.OfStandard([][]any{anchor.Leaf(subject, 1, c)}, anchor.LeafEncoding, merkle.Options{})
		if err != nil {
			t.Fatal(err)
		}
		dump, _ := tree.Dump()
		mc, err := anchor.IPFS{Store: w.store}.AddFile(ctx, dump)
		if err != nil {
			t.Fatal(err)
		}
		w.send(t, 1, w.suite[contracts.Anchor], ab.PackAnchor(tree.Root(), 1, 1, mc.Bytes()))
		rep, err := x.Report(ctx, explorer.ReportRequest{Target: subject})
		if err != nil {
			t.Fatal(err)
		}
		var html bytes.Buffer
		if err := x.WriteHTML(&html, rep); err != nil {
			t.Fatal(err)
		}
		if len(rep.Versions) > 0 && !strings.Contains(html.String(), "data-signature") {
			t.Errorf("the report of %s carries %d version(s), one a stranger's forgery signed by a key that is not %s's, and shows no signature verdict; verify.js would say %q",
				subject, len(rep.Versions), platform, "Verified in this browser")
		}
	})

	// Report stops at the first version whose proof or document it cannot
	// get (report.go:178-185). A stranger anchors one leaf naming a
	// platform's subject with a CID no gateway serves: from then on no
	// report of the platform's DID (or of any DID its subjects' names
	// contain) can be written.
	t.Run("a stranger's leaf without a document blocks every report of a DID", func(t *testing.T) {
		// The leaves of the re-anchoring case above name identity:PLATFORM
		// with CIDs whose documents exist nowhere.
		rep, err := x.Report(ctx, explorer.ReportRequest{Target: platform})
		if err != nil {
			t.Errorf("no report of %s can be written: %v", platform, err)
		} else {
			t.Logf("report of %s: %d versions", platform, len(rep.Versions))
		}
	})

	// The explorer answers any request whose Host is loopback: a page of
	// any site can POST to it (a form, or fetch with mode no-cors and a
	// text/plain body). /verify then resolves the author of a proof the
	// page chose: the explorer's plain HTTP client connects to a host:port
	// the page chose on the auditor's network. /rpc relays its calls to
	// the auditor's endpoint (blind).
	t.Run("a web page's cross-site POSTs reach the relay and /verify", func(t *testing.T) {
		srv := httptest.NewServer((&explorer.Server{X: x}).Handler())
		defer srv.Close()
		ln, accepted := countingListener(t)
		internal := fmt.Sprintf("did:web:127.0.0.1%%3A%d", ln.Addr().(*net.TCPAddr).Port)
		kp, _ := did.NewKeyPair(did.Ed25519, nil)
		v := &anchor.Version{Type: anchor.DocType, Subject: "identity:" + internal, Seq: 1, Home: internal, Time: "2026-12-01T00:00:00Z"}
		if err := v.Sign(&re.Signer{DID: internal, KeyID: internal + "#k", Key: kp}); err != nil {
			t.Fatal(err)
		}
		doc, _ := v.Encode()
		c, _ := anchor.DocCID(doc)
		proof, _ := json.Marshal(anchor.Proof{Type: anchor.ProofType, Subject: v.Subject, Seq: 1, CID: c.String(), Document: string(doc),
			Anchoring: anchor.Anchoring{Chain: "eip155:1337"}})
		form := url.Values{"proof": {string(proof)}}.Encode()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/verify", strings.NewReader(form))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", "https://attacker.example")
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		time.Sleep(50 * time.Millisecond)
		if resp.StatusCode == http.StatusOK || accepted.Load() > 0 {
			t.Errorf("a cross-site POST /verify from https://attacker.example answered %d and made the explorer connect %d times to %s", resp.StatusCode, accepted.Load(), ln.Addr())
		}
		req, _ = http.NewRequest(http.MethodPost, srv.URL+"/rpc/eip155:1337", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
		req.Header.Set("Content-Type", "text/plain")
		req.Header.Set("Origin", "https://attacker.example")
		counter.reset()
		resp, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if counter.get("eth_blockNumber") > 0 {
			t.Errorf("a cross-site text/plain POST to /rpc was relayed to the auditor's endpoint: %s", strings.TrimSpace(string(body)))
		}
	})
}
