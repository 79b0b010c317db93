package explorer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/explorer"
	"github.com/mifm/mifm/node/re"
)

// webDocFor is a did:web document for id whose only key is kp's: what any
// node can serve at its own /.well-known/did.json.
func webDocFor(t *testing.T, id string, kp *did.KeyPair) []byte {
	t.Helper()
	res, err := did.NewResolver(did.Options{}).Resolve(context.Background(), kp.DID)
	if err != nil {
		t.Fatal(err)
	}
	vm := res.Document.VerificationMethod[0]
	vm.ID, vm.Controller = id+"#key-1", id
	doc := did.Document{Context: []any{did.ContextDIDv1}, ID: id, VerificationMethod: []did.VerificationMethod{vm},
		Authentication: []string{vm.ID}, AssertionMethod: []string{vm.ID}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A node the auditor lists (--node URL, a scene's nodes) serves at its own
// /.well-known/did.json a document whose id is ANOTHER platform's did:web
// DID with the attacker's key. Nodes.Resolver takes the first listed
// node's document whose id matches, with no tie between the node's URL and
// the DID's domain: the attacker's key becomes the victim's. Everything the
// explorer and `mifm anchor verify --node` check with that resolver —
// version signatures, anchored checkpoints, published audit-log pages —
// then accepts the attacker's signature as the victim's.
func TestAttackListedNodeImpersonatesAnotherDidWeb(t *testing.T) {
	const victim = "did:web:platform-a.example"
	kp, err := did.NewKeyPair(did.Ed25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/.well-known/did.json" {
			w.Header().Set("Content-Type", "application/did+json")
			_, _ = w.Write(webDocFor(t, victim, kp))
			return
		}
		http.NotFound(w, r)
	}))
	defer evil.Close()

	// A version of the victim's identity "by" the victim, signed by the
	// attacker.
	v := &anchor.Version{Type: anchor.DocType, Subject: "identity:" + victim, Seq: 1, Home: victim, Time: "2026-12-01T00:00:00Z",
		Content: map[string]string{"profile": "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"}}
	if err := v.Sign(&re.Signer{DID: victim, KeyID: victim + "#key-1", Key: kp}); err != nil {
		t.Fatal(err)
	}
	r := (&explorer.Nodes{URLs: []string{evil.URL}, HTTP: evil.Client()}).Resolver()
	if err := v.VerifySignature(context.Background(), r); err == nil {
		t.Errorf("node %s (the attacker's) made the explorer's resolver accept the attacker's key as %s's: a forged version of %s verifies", evil.URL, victim, v.Subject)
	}
}

// The explorer's HTTP client (explorer.Open: &http.Client{Timeout: 30s})
// and Nodes' resolver refuse no private address: a did:web author named in
// a document a stranger anchored, or in a proof a web page posts to
// /verify (no CSRF check), makes the auditor's machine connect to any
// host:port on its loopback or LAN. DESIGN.md: "every outbound request goes
// through a client that refuses private addresses unless configured
// otherwise".
func TestAttackResolverDialsPrivateAddresses(t *testing.T) {
	ln, accepted := countingListener(t)
	port := ln.Addr().(*net.TCPAddr).Port
	internal := fmt.Sprintf("did:web:127.0.0.1%%3A%d", port)
	kp, _ := did.NewKeyPair(did.Ed25519, nil)
	v := &anchor.Version{Type: anchor.DocType, Subject: "identity:" + internal, Seq: 1, Home: internal, Time: "2026-12-01T00:00:00Z"}
	if err := v.Sign(&re.Signer{DID: internal, KeyID: internal + "#k", Key: kp}); err != nil {
		t.Fatal(err)
	}
	// What explorer.Open builds: Nodes{HTTP: cfg.HTTP} with the default
	// client it sets.
	r := (&explorer.Nodes{HTTP: &http.Client{Timeout: 5 * time.Second}}).Resolver()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := v.VerifySignature(ctx, r)
	time.Sleep(50 * time.Millisecond)
	if accepted.Load() > 0 {
		t.Errorf("resolving the author %s connected to 127.0.0.1:%d (%d connections; %v); the node's egress client would have refused: %v",
			internal, port, accepted.Load(), err, egressRefuses(port))
	}
}

func egressRefuses(port int) error {
	c := egress.New(egress.Config{}).Client(egress.Limits{Timeout: time.Second})
	_, err := c.Get(fmt.Sprintf("https://127.0.0.1:%d/.well-known/did.json", port))
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s", strings.TrimSpace(err.Error()))
}

// countingListener listens on loopback and counts the connections made
// to it: what a request that must not go out would reach.
func countingListener(t *testing.T) (net.Listener, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	var accepted atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			c.Close()
		}
	}()
	return ln, &accepted
}
