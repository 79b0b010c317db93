package testnet

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/testnet/walletjs"
)

// The served chain (chain/receipts.go) as an outside wallet sees it; here,
// not in chain's race-tested suite, because the wallet is another process
// and 200 rounds under the race detector cost a minute of CI.
//
// An outside wallet (ethers 6, default nonce handling) runs the loop every
// wallet runs against the served chain: send, wait for the receipt, send the
// next. Once a receipt is served, the chain must already show its block as
// the head and the sender's pending nonce past it, or the next send reuses a
// nonce; and the first wait on a new chain must not fail because the chain's
// transaction index has not started yet.
func TestServedReceiptKeepsAWalletsSendWaitLoopInStep(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Node.js wallet process")
	}
	walletjs.Require(t)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	c, err := chain.StartEmbedded(context.Background(), chain.DevChainConfig{DataDir: t.TempDir(), Prefund: []common.Address{from}, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	const count = 200
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out, err := walletjs.RunScript(ctx, "sendwait.mjs", map[string]any{
		"rpc": c.Endpoint(), "chainId": chain.DefaultDevChainID, "key": hexutil.Encode(crypto.FromECDSA(key)),
		"to": "0x00000000000000000000000000000000000000ee", "count": count, "timeoutMs": 120_000,
	})
	if err != nil {
		t.Fatalf("sendwait.mjs: %v", err)
	}
	var res struct {
		Sent          int               `json:"sent"`
		Errors        []json.RawMessage `json:"errors"`
		StaleHead     []json.RawMessage `json:"staleHead"`
		StalePending  []json.RawMessage `json:"stalePending"`
		Ms            int               `json:"ms"`
		SlowestWaitMs int               `json:"slowestWaitMs"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("sendwait.mjs printed %s: %v", out, err)
	}
	t.Logf("%d send-wait rounds in %d ms (slowest wait %d ms)", res.Sent, res.Ms, res.SlowestWaitMs)
	if len(res.Errors) != 0 || len(res.StaleHead) != 0 || len(res.StalePending) != 0 || res.Sent != count {
		t.Fatalf("the wallet's loop went out of step with the chain: %s", out)
	}
	nonce, err := c.NonceAt(context.Background(), from, nil)
	if err != nil {
		t.Fatal(err)
	}
	if nonce != count {
		t.Fatalf("nonce after the loop = %d, want %d", nonce, count)
	}
}
