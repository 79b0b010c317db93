package ipfs_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/mifm/mifm/node/ipfs"
)

// pinService is an IPFS Pinning Service API server (the spec's POST /pins and
// GET /pins/{requestid}) whose pins are real: it fetches the DAG from the
// origins' trustless gateways into its own mifm store, verifying every block.
// No hosted pinning service or ipfs-cluster is reachable from here, so this
// is the counterpart the PSA client is tested against.
type pinService struct {
	t     *testing.T
	store *ipfs.Store
	token string
	mu    sync.Mutex
	pins  map[string]map[string]any
	n     int
}

func (p *pinService) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+p.token {
		w.WriteHeader(http.StatusUnauthorized)
		json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"reason": "UNAUTHORIZED", "details": "bad token"}})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == http.MethodPost && r.URL.Path == "/pins":
		var req struct {
			CID     string   `json:"cid"`
			Name    string   `json:"name"`
			Origins []string `json:"origins"`
		}
		json.NewDecoder(r.Body).Decode(&req)
		p.mu.Lock()
		p.n++
		id := fmt.Sprintf("req-%d", p.n)
		st := map[string]any{
			"requestid": id, "status": "queued", "created": time.Now().UTC().Format(time.RFC3339),
			"pin":       map[string]any{"cid": req.CID, "name": req.Name, "origins": req.Origins},
			"delegates": []string{"/ip4/127.0.0.1/tcp/4001/p2p/QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N"},
		}
		p.pins[id] = st
		// Encoded under the lock: work changes st's status from 20 ms on, and
		// a handler slowed by a busy machine would otherwise read it as it does.
		body, _ := json.Marshal(st)
		p.mu.Unlock()
		go p.work(id, req.CID, req.Origins)
		w.WriteHeader(http.StatusAccepted)
		w.Write(body)
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/pins/"):
		p.mu.Lock()
		st, ok := p.pins[strings.TrimPrefix(r.URL.Path, "/pins/")]
		var body []byte
		if ok {
			body, _ = json.Marshal(st)
		}
		p.mu.Unlock()
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.Write(body)
	default:
		w.WriteHeader(http.StatusNotFound)
	}
}

func (p *pinService) set(id, status string) {
	p.mu.Lock()
	p.pins[id]["status"] = status
	p.mu.Unlock()
}

func (p *pinService) work(id, c string, origins []string) {
	time.Sleep(20 * time.Millisecond)
	p.set(id, "pinning")
	root, err := cid.Decode(c)
	if err != nil {
		p.set(id, "failed")
		return
	}
	for _, o := range origins {
		ma, err := multiaddr.NewMultiaddr(o)
		if err != nil {
			continue
		}
		addr, err := manet.ToNetAddr(ma.Decapsulate(multiaddr.StringCast("/http")))
		if err != nil {
			continue
		}
		if _, err := p.store.Fetch(context.Background(), "http://"+addr.String(), root); err == nil {
			p.set(id, "pinned")
			return
		}
	}
	p.set(id, "failed")
}

func newPinService(t *testing.T) (*pinService, *httptest.Server) {
	p := &pinService{t: t, store: openStore(t), token: "s3cret-token", pins: map[string]map[string]any{}}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv
}

func gatewayOrigin(t *testing.T, url string) multiaddr.Multiaddr {
	host := strings.TrimPrefix(url, "http://")
	i := strings.LastIndex(host, ":")
	return multiaddr.StringCast("/ip4/" + host[:i] + "/tcp/" + host[i+1:] + "/http")
}

func TestPinRemoteOnPinningService(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	root, data := addRandom(t, s, 2<<20+3, 31, ipfs.AddOptions{CIDVersion: 1})
	svc, srv := newPinService(t)
	origin := gatewayOrigin(t, serveGateway(t, s).URL)

	var steps []string
	final, err := s.PinRemote(ctx, ipfs.PSARemote{Name: "psa", URL: srv.URL, Token: svc.token, Origins: []multiaddr.Multiaddr{origin}, PollInterval: 10 * time.Millisecond},
		root, func(st ipfs.RemotePinStatus) { steps = append(steps, st.Status) })
	if err != nil {
		t.Fatal(err)
	}
	if final.Status != "pinned" || steps[0] != "queued" || steps[len(steps)-1] != "pinned" {
		t.Fatalf("statuses %v, final %+v: want queued … pinned", steps, final)
	}
	if got := catAll(t, svc.store, root); string(got) != string(data) {
		t.Fatal("the service's copy differs")
	}

	// A wrong token: refused, and the error says so without the token.
	_, err = s.PinRemote(ctx, ipfs.PSARemote{Name: "psa", URL: srv.URL, Token: "wrong-token", PollInterval: 10 * time.Millisecond}, root, nil)
	t.Logf("wrong token: %v", err)
	if !errors.Is(err, ipfs.ErrRemotePin) || strings.Contains(err.Error(), "wrong-token") {
		t.Fatalf("pin with a wrong token = %v", err)
	}
	// No origin the service can reach: followed until it fails.
	other, _ := addRandom(t, s, 1000, 32, ipfs.AddOptions{})
	final, err = s.PinRemote(ctx, ipfs.PSARemote{Name: "psa", URL: srv.URL, Token: svc.token, PollInterval: 10 * time.Millisecond}, other, nil)
	if !errors.Is(err, ipfs.ErrRemotePin) || final.Status != "failed" || !strings.Contains(err.Error(), "failed") {
		t.Fatalf("pin the service cannot fetch = %+v, %v; want failed", final, err)
	}
}
