package chain_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
)

// faultyProxy forwards JSON-RPC to upstream, but mangles the first
// eth_sendRawTransaction as fault says.
type faultyProxy struct {
	upstream string
	fault    string // "lost-answer-502", "dropped-connection", "refused-503"
	hits     atomic.Int32
}

func (p *faultyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req struct {
		Method string `json:"method"`
	}
	json.Unmarshal(body, &req)
	faulty := req.Method == "eth_sendRawTransaction" && p.hits.Add(1) == 1
	if faulty && p.fault == "refused-503" {
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	resp, err := http.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if faulty {
		// The node accepted the transaction; the answer never arrives.
		switch p.fault {
		case "lost-answer-502":
			http.Error(w, "bad gateway", http.StatusBadGateway)
		case "dropped-connection":
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
		}
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

// A transient fault on broadcast is retried with the same signed bytes, so a
// transaction whose answer was lost is never sent twice.
func TestSendRetriesTransientFaultsWithoutDoubleSend(t *testing.T) {
	for _, fault := range []string{"lost-answer-502", "dropped-connection", "refused-503"} {
		t.Run(fault, func(t *testing.T) {
			ctx := context.Background()
			d := newDevChain(t, 1, chain.DevChainConfig{HTTPAddr: "127.0.0.1:0"})
			proxy := &faultyProxy{upstream: d.chain.Endpoint(), fault: fault}
			srv := httptest.NewServer(proxy)
			defer srv.Close()
			remote, err := chain.Dial(ctx, srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			defer remote.Close()
			signer, err := d.ks.Unlock(d.addrs[0], testPassphrase)
			if err != nil {
				t.Fatal(err)
			}
			cfg := chain.DefaultTxConfig()
			cfg.PollInterval = 5 * time.Millisecond
			s, err := chain.NewSender(ctx, remote, signer, cfg)
			if err != nil {
				t.Fatal(err)
			}
			to := common.HexToAddress("0x00000000000000000000000000000000000000ee")
			r, err := s.Transact(ctx, chain.Call{To: &to, Value: big.NewInt(7)})
			if err != nil {
				t.Fatalf("send through a %s fault: %v", fault, err)
			}
			if proxy.hits.Load() < 2 {
				t.Fatalf("broadcast was not retried (%d attempts)", proxy.hits.Load())
			}
			if r.Status != 1 {
				t.Fatalf("receipt status %d", r.Status)
			}
			// One more send: the nonce after a retried broadcast is right.
			if _, err := s.Transact(ctx, chain.Call{To: &to, Value: big.NewInt(7)}); err != nil {
				t.Fatalf("send after the retried one: %v", err)
			}
			if bal, _ := d.chain.BalanceAt(ctx, to, nil); bal.Int64() != 14 {
				t.Fatalf("recipient has %v wei, want 14: a transaction was sent twice or lost", bal)
			}
			if n, _ := d.chain.NonceAt(ctx, d.addrs[0], nil); n != 2 {
				t.Fatalf("sender nonce = %d, want 2", n)
			}
		})
	}
}
