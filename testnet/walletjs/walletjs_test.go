package walletjs_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/testnet/walletjs"
)

// transferTypedData is an eth_signTypedData_v4 request with nested structs
// (a Transfer holding an Asset and two Parties) and uint256, address,
// bytes32, string and uint64 fields; domain lists the domain's fields.
func transferTypedData(domain map[string]any) map[string]any {
	domainType := []map[string]string{}
	for _, f := range []struct{ name, typ string }{
		{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}, {"salt", "bytes32"},
	} {
		if _, ok := domain[f.name]; ok {
			domainType = append(domainType, map[string]string{"name": f.name, "type": f.typ})
		}
	}
	return map[string]any{
		"types": map[string]any{
			"EIP712Domain": domainType,
			"Transfer": []map[string]string{
				{"name": "asset", "type": "Asset"}, {"name": "from", "type": "Party"}, {"name": "to", "type": "Party"},
				{"name": "nonce", "type": "uint64"}, {"name": "deadline", "type": "uint64"}, {"name": "memo", "type": "string"},
			},
			"Asset": []map[string]string{
				{"name": "tokenId", "type": "uint256"}, {"name": "contract", "type": "address"},
				{"name": "digest", "type": "bytes32"}, {"name": "uri", "type": "string"},
			},
			"Party": []map[string]string{{"name": "wallet", "type": "address"}, {"name": "did", "type": "string"}},
		},
		"primaryType": "Transfer",
		"domain":      domain,
		"message": map[string]any{
			"asset": map[string]any{
				// Above 2^64: a JavaScript number could not hold it.
				"tokenId":  "115792089237316195423570985008687907853269984665640564039457584007913129639935",
				"contract": common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3").Hex(),
				"digest":   "0x" + strings.Repeat("ab", 32),
				"uri":      "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/sword.glb",
			},
			"from":     map[string]any{"wallet": common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8").Hex(), "did": "did:web:platform-a.example"},
			"to":       map[string]any{"wallet": common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC").Hex(), "did": "did:web:platform-b.example"},
			"nonce":    "18446744073709551615",
			"deadline": 1_767_225_600,
			"memo":     "transfer ⚔ to B",
		},
	}
}

// A typed-data signature an outside wallet (ethers 6) makes is the one
// go-ethereum makes over apitypes.TypedDataAndHash, and recovers to the
// wallet's address: what the node checks when a user signs with their own
// wallet.
func TestEthersTypedDataSignatureVerifiesInGoEthereum(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Node.js wallet process")
	}
	walletjs.Require(t)
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	keyHex := hexutil.Encode(crypto.FromECDSA(key))
	cases := []struct {
		name   string
		domain map[string]any
	}{
		{"full domain", map[string]any{
			"name": "mifm escrow", "version": "1", "chainId": "1337",
			"verifyingContract": common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512").Hex(),
		}},
		{"domain of name and chain id", map[string]any{"name": "mifm escrow", "chainId": "1337"}},
		{"domain with salt", map[string]any{"name": "mifm escrow", "salt": "0x" + strings.Repeat("01", 32)}},
	}
	// One process for every request, as a wallet session would be.
	requests := []map[string]any{{"op": "address", "key": keyHex}}
	for _, tc := range cases {
		requests = append(requests, map[string]any{"op": "signTypedData", "key": keyHex, "typedData": transferTypedData(tc.domain)})
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := walletjs.Run(ctx, map[string]any{"op": "batch", "requests": requests})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Results []struct {
			Address   common.Address `json:"address"`
			Signature hexutil.Bytes  `json:"signature"`
		} `json:"results"`
	}
	if err := json.Unmarshal(out, &res); err != nil || len(res.Results) != len(requests) {
		t.Fatalf("wallet.mjs answered %s (%v)", out, err)
	}
	if res.Results[0].Address != addr {
		t.Fatalf("ethers' address of the key = %s, want %s", res.Results[0].Address.Hex(), addr.Hex())
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			raw, _ := json.Marshal(transferTypedData(tc.domain))
			var td apitypes.TypedData
			if err := json.Unmarshal(raw, &td); err != nil {
				t.Fatal(err)
			}
			hash, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			sig := res.Results[i+1].Signature
			if len(sig) != crypto.SignatureLength || (sig[64] != 27 && sig[64] != 28) {
				t.Fatalf("ethers' signature %x is not 65 bytes ending in v = 27 or 28", sig)
			}
			// Wallets put v as 27/28 (Ethereum's convention); go-ethereum's
			// recovery wants the recovery id 0/1.
			rsv := bytes.Clone(sig)
			rsv[64] -= 27
			pub, err := crypto.SigToPub(hash, rsv)
			if err != nil {
				t.Fatal(err)
			}
			if got := crypto.PubkeyToAddress(*pub); got != addr {
				t.Fatalf("ethers' signature over %s recovers to %s in go-ethereum, want %s", tc.name, got.Hex(), addr.Hex())
			}
			goSig, err := crypto.Sign(hash, key)
			if err != nil {
				t.Fatal(err)
			}
			goPub, err := crypto.SigToPub(hash, goSig)
			if err != nil || crypto.PubkeyToAddress(*goPub) != addr {
				t.Fatalf("go-ethereum's own signature recovers to another address (%v)", err)
			}
			// Both sign with RFC 6979 nonces and low s: the same bytes.
			if !bytes.Equal(rsv, goSig) {
				t.Fatalf("ethers signed %x, go-ethereum %x", rsv, goSig)
			}
		})
	}
}

// revertNope is init code that reverts with Error("nope"): it copies the
// 100 bytes after its 12 bytes of code to memory and reverts with them.
var revertNope = hexutil.MustDecode("0x606460" + "0c" + "600039" + "60646000fd" +
	"08c379a0" +
	"0000000000000000000000000000000000000000000000000000000000000020" +
	"0000000000000000000000000000000000000000000000000000000000000004" +
	"6e6f706500000000000000000000000000000000000000000000000000000000")

// The outside wallet sends on the embedded chain with ethers' own nonces,
// gas and fees, and reports a revert, with its reason, as a failure.
func TestWalletSendsOnTheEmbeddedChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and a Node.js wallet process")
	}
	walletjs.Require(t)
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	keyHex := hexutil.Encode(crypto.FromECDSA(key))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: t.TempDir(), Prefund: []common.Address{from}, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rpc := c.Endpoint()
	to := common.HexToAddress("0x00000000000000000000000000000000000000ee")
	send := func(tx map[string]any) map[string]any {
		return map[string]any{"op": "send", "key": keyHex, "rpc": rpc, "tx": tx}
	}

	out, err := walletjs.Run(ctx, map[string]any{"op": "batch", "requests": []map[string]any{
		send(map[string]any{"to": to.Hex(), "value": "0x7"}),
		send(map[string]any{"to": to.Hex(), "value": "0x8", "data": "0x"}),
	}})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Results []struct {
			Hash        common.Hash `json:"hash"`
			Status      uint64      `json:"status"`
			BlockNumber uint64      `json:"blockNumber"`
		} `json:"results"`
	}
	if err := json.Unmarshal(out, &res); err != nil || len(res.Results) != 2 {
		t.Fatalf("wallet.mjs answered %s (%v)", out, err)
	}
	for i, r := range res.Results {
		rec, err := c.TransactionReceipt(ctx, r.Hash)
		if err != nil {
			t.Fatalf("send %d: receipt of %s: %v", i, r.Hash.Hex(), err)
		}
		if r.Status != 1 || rec.Status != 1 || rec.BlockNumber.Uint64() != r.BlockNumber {
			t.Fatalf("send %d: wallet says status %d in block %d, chain %d in %d", i, r.Status, r.BlockNumber, rec.Status, rec.BlockNumber)
		}
	}
	if bal, err := c.BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 15 {
		t.Fatalf("balance of %s = %v (%v), want 15 wei", to.Hex(), bal, err)
	}

	for _, tc := range []struct {
		name string
		tx   map[string]any
		want string
	}{
		// ethers estimates gas first, which replays the revert and its reason.
		{"refused at estimate", map[string]any{"data": hexutil.Encode(revertNope)}, "reason: nope"},
		// With gas given, the transaction is mined and fails there.
		{"reverted on chain", map[string]any{"data": hexutil.Encode(revertNope), "gas": "0x30000"}, "reverted"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := walletjs.Run(ctx, map[string]any{"op": "batch", "requests": []map[string]any{
				send(map[string]any{"to": to.Hex(), "value": "0x1"}),
				send(tc.tx),
			}})
			var werr *walletjs.Error
			if !errors.As(err, &werr) || !strings.Contains(werr.Stderr, tc.want) || !strings.Contains(werr.Stderr, "request 1 (send)") {
				t.Fatalf("batch with a reverting send: %v; want a failure of request 1 saying %q", err, tc.want)
			}
			var partial struct{ Results []json.RawMessage }
			if json.Unmarshal(out, &partial) != nil || len(partial.Results) != 1 {
				t.Fatalf("a failed batch printed %s, want the one result before the failure", out)
			}
		})
	}

	t.Run("refused request keeps the key out of the error", func(t *testing.T) {
		_, err := walletjs.Run(ctx, map[string]any{"op": "send", "key": keyHex, "tx": map[string]any{"to": to.Hex()}})
		if err == nil || !strings.Contains(err.Error(), `"rpc" is required`) {
			t.Fatalf("send without rpc: %v", err)
		}
		if strings.Contains(err.Error(), keyHex[2:]) {
			t.Fatal("the error carries the key")
		}
	})
}
