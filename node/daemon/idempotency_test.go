package daemon

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/riclient"
	"github.com/mifm/mifm/node/transfer"
)

// lostAnswers forwards requests to a node and drops the node's answer to
// the first n of them, as a connection cut while the node answers does:
// the node has done the work, the client hears nothing.
func lostAnswers(t *testing.T, upstream string, n int32) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var seen atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, _ := http.NewRequestWithContext(r.Context(), r.Method, upstream+r.URL.RequestURI(), r.Body)
		req.Header = r.Header.Clone()
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if seen.Add(1) <= n {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		for k, v := range resp.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(resp.StatusCode)
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv, &seen
}

// A transfer, a mint and their retries under an Idempotency-Key (issue 25,
// point 2): a request whose answer was lost, sent again, makes one
// transfer of the editions, not two; the same request again answers with
// the first one's transfer; another request under the key is refused.
func TestTransferOnceUnderAnIdempotencyKey(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes and a chain")
	}
	a, b, tok, userA, userB, n := editionsPair(t)
	ctx := context.Background()
	minted, err := tok.Tokenize(ctx, asset.Request{Files: []asset.File{{Name: "sword.glb", Data: bytes.NewReader([]byte("glTF\x02\x00\x00\x00 editions"))}}, Name: "sword", LocalID: "sword", To: userA,
		Standard: asset.ERC1155, Amount: big.NewInt(5)})
	if err != nil {
		t.Fatal(err)
	}
	id, _ := new(big.Int).SetString(minted.TokenID, 10)
	balance := func(who common.Address) int64 {
		t.Helper()
		e := asset1155.NewAsset1155()
		out, err := chain.CallView(ctx, n.Chain, minted.Contract, e.PackBalanceOf(who, id))
		if err != nil {
			t.Fatal(err)
		}
		v, _ := e.UnpackBalanceOf(out)
		return v.Int64()
	}
	req := api.TransferRequest{Asset: minted.Asset, Amount: "2", From: userA.Hex(), ToPlatform: b.Core.Home.Config.Platform.DID, To: userB.Hex(), Deadline: "10m", IdempotencyKey: "order-7731"}

	proxy, seen := lostAnswers(t, a.RI, 1)
	cl, err := riclient.New(proxy.URL, a.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	first, err := cl.StartTransfer(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if seen.Load() != 2 || !first.Replayed || first.State != transfer.Delivered {
		t.Fatalf("after a lost answer the client sent %d requests and got %s (replayed %v), want 2 and the first one's delivered transfer", seen.Load(), first.State, first.Replayed)
	}
	again, err := cl.StartTransfer(ctx, req)
	if err != nil || again.ID != first.ID || !again.Replayed {
		t.Fatalf("the same request again: %v %+v", err, again)
	}
	if got := balance(userB); got != 2 {
		t.Fatalf("the recipient holds %d editions, want 2: a retry moved more", got)
	}
	list, err := a.Core.TransferList(ctx)
	if err != nil || len(list) != 1 {
		t.Fatalf("A lists %d transfers, want 1 (%v)", len(list), err)
	}

	// Another request under the same key: refused, nothing moves.
	other := req
	other.Amount = "3"
	if _, err := cl.StartTransfer(ctx, other); !errors.Is(err, idempotency.ErrKeyReused) {
		t.Fatalf("another request under a used key: %v", err)
	}
	if got := balance(userA); got != 3 {
		t.Fatalf("the depositor holds %d editions, want 3", got)
	}
	// A key that cannot be one is refused before the body is read (this
	// one is no transfer request at all), empty included: a client that
	// sends the header means it to count.
	for i, key := range []string{strings.Repeat("k", 300), "two words", ""} {
		path := []string{"/ri/v1/transfers", "/ri/v1/exchange/swap", "/ri/v1/assets"}[i]
		hr, _ := http.NewRequest(http.MethodPost, a.RI+path, strings.NewReader(`{}`))
		hr.Header.Set("Authorization", "Bearer "+a.Token)
		hr.Header.Set(idempotency.Header, key)
		resp, err := http.DefaultClient.Do(hr)
		if err != nil {
			t.Fatal(err)
		}
		msg, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(msg), "invalid idempotency key") || !strings.Contains(string(msg), `"bad-idempotency-key"`) {
			t.Fatalf("%s with key %.20q: %d %s", path, key, resp.StatusCode, msg)
		}
	}

	// A mint whose answer was lost: sent again, the first answer.
	proxy, seen = lostAnswers(t, a.RI, 1)
	cl, _ = riclient.New(proxy.URL, a.Token, nil)
	mint := api.MintRequest{Metadata: api.MintMetadata{Name: "shield", LocalID: "shield"}, IdempotencyKey: "mint-shield",
		Files: []api.File{{Name: "shield.glb", Data: bytes.NewReader([]byte("glTF\x02\x00\x00\x00 shield"))}}}
	res, err := cl.AssetMint(ctx, mint)
	if err != nil {
		t.Fatal(err)
	}
	if seen.Load() != 2 || !res.Replayed || res.Existing || res.Tx == (common.Hash{}) {
		t.Fatalf("mint after a lost answer: %d requests, %+v", seen.Load(), res)
	}
	mint.Metadata.Name = "a shield by another name"
	mint.Files[0].Data = bytes.NewReader([]byte("glTF\x02\x00\x00\x00 shield"))
	if _, err := cl.AssetMint(ctx, mint); !errors.Is(err, idempotency.ErrKeyReused) {
		t.Fatalf("another mint under a used key: %v", err)
	}
}
