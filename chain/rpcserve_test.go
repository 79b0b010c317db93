package chain_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/mifm/mifm/chain"
)

// curlRPC posts one JSON-RPC request with curl, a client that shares no code
// with ours, and returns the result field.
func curlRPC(t *testing.T, url, method string, params ...any) json.RawMessage {
	t.Helper()
	curl, err := exec.LookPath("curl")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("curl is needed for the JSON-RPC interoperability test: %v", err)
		}
		t.Skip("curl not installed")
	}
	if params == nil {
		params = []any{}
	}
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	out, err := exec.Command(curl, "-sS", "--fail", "-m", "10", "-H", "Content-Type: application/json", "--data", string(body), url).Output()
	if err != nil {
		t.Fatalf("curl %s %s: %v", url, method, err)
	}
	var resp struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(out, &resp); err != nil {
		t.Fatalf("curl %s: decode %q: %v", method, out, err)
	}
	if resp.Error != nil {
		t.Fatalf("curl %s: RPC error %s", method, resp.Error.Message)
	}
	return resp.Result
}

func TestEmbeddedChainServesJSONRPCToOtherClients(t *testing.T) {
	d := newDevChain(t, 1, chain.DevChainConfig{HTTPAddr: "127.0.0.1:0", WSAddr: "127.0.0.1:0"})
	url := d.chain.Endpoint()
	if !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Fatalf("Endpoint() = %q, want an http loopback URL", url)
	}
	var id string
	json.Unmarshal(curlRPC(t, url, "eth_chainId"), &id)
	if id != "0x539" {
		t.Fatalf("eth_chainId over curl = %q, want 0x539 (1337)", id)
	}

	addr := deployRegistry(t, d)
	var code hexutil.Bytes
	if err := json.Unmarshal(curlRPC(t, url, "eth_getCode", addr.Hex(), "latest"), &code); err != nil {
		t.Fatal(err)
	}
	onChain, err := d.chain.CodeAt(context.Background(), addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(code) == 0 || !bytes.Equal(code, onChain) {
		t.Fatalf("eth_getCode over curl returned %d bytes, chain has %d", len(code), len(onChain))
	}
	var empty hexutil.Bytes
	json.Unmarshal(curlRPC(t, url, "eth_getCode", common.Address{1}.Hex(), "latest"), &empty)
	if len(empty) != 0 {
		t.Fatalf("eth_getCode of an empty account = %x, want none", empty)
	}

	// Dev tools trace transactions over the same endpoint (debug namespace).
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	r, err := d.senders[0].Transact(context.Background(), chain.Call{To: &to, Value: big.NewInt(7)})
	if err != nil {
		t.Fatal(err)
	}
	var trace struct {
		Type  string `json:"type"`
		From  string `json:"from"`
		To    string `json:"to"`
		Value string `json:"value"`
	}
	if err := json.Unmarshal(curlRPC(t, url, "debug_traceTransaction", r.TxHash.Hex(), map[string]string{"tracer": "callTracer"}), &trace); err != nil {
		t.Fatal(err)
	}
	if trace.Type != "CALL" || !strings.EqualFold(trace.To, to.Hex()) || trace.Value != "0x7" {
		t.Fatalf("debug_traceTransaction = %+v, want the 7 wei CALL to %s", trace, to.Hex())
	}

	// The WebSocket endpoint serves the same chain to a separate client.
	ws := d.chain.WSEndpoint()
	if !strings.HasPrefix(ws, "ws://127.0.0.1:") {
		t.Fatalf("WSEndpoint() = %q, want a ws loopback URL", ws)
	}
	remote, err := chain.Dial(context.Background(), ws)
	if err != nil {
		t.Fatalf("dial %s: %v", ws, err)
	}
	defer remote.Close()
	if got := remote.CAIP2().String(); got != "eip155:1337" {
		t.Fatalf("chain over WebSocket = %s, want eip155:1337", got)
	}
}

func TestEmbeddedChainRefusesNonLoopbackRPC(t *testing.T) {
	_, err := chain.StartEmbedded(context.Background(), chain.DevChainConfig{DataDir: t.TempDir(), HTTPAddr: "0.0.0.0:8545"})
	if err == nil || !strings.Contains(err.Error(), "not a loopback address") {
		t.Fatalf("StartEmbedded on 0.0.0.0 = %v, want a loopback error", err)
	}
}

// On a new chain go-ethereum's transaction index has no tail until its first
// run after block 1, and it answers a receipt it does not find with
// "transaction indexing is in progress", which ethers 6 throws from
// tx.wait(). A transaction waiting in the pool is simply not mined yet: its
// receipt is null, over JSON-RPC to any client and to the node's own.
func TestServedReceiptOfAPooledTransactionIsNullOnANewChain(t *testing.T) {
	d := newDevChain(t, 1, chain.DevChainConfig{HTTPAddr: "127.0.0.1:0"})
	ctx := context.Background()
	signer, err := d.ks.Unlock(d.addrs[0], testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	// Nonce 1 before nonce 0: the pool holds it, and no block is sealed.
	to := common.HexToAddress("0x00000000000000000000000000000000000000ee")
	tx, err := signer.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: d.chain.ChainNumber(), Nonce: 1, Gas: 21_000, To: &to, Value: big.NewInt(1),
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
	}), d.chain.ChainNumber())
	if err != nil {
		t.Fatal(err)
	}
	if err := d.chain.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if got := string(curlRPC(t, d.chain.Endpoint(), "eth_getTransactionReceipt", tx.Hash().Hex())); got != "null" {
		t.Fatalf("receipt of a pooled transaction over curl = %s, want null", got)
	}
	if _, err := d.chain.TransactionReceipt(ctx, tx.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("receipt of a pooled transaction in process: %v, want not found", err)
	}
	if n, err := d.chain.BlockNumber(ctx); err != nil || n != 0 {
		t.Fatalf("head = %d (%v): a block was sealed, so the new chain's index was not what this test asks about", n, err)
	}
}
