package asset_test

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/asset"
)

// readTokenScript is ethers.js reading a token over JSON-RPC, installed by
// `npm ci` in contracts/ (make test does it).
func readTokenScript(t *testing.T) (node, script string) {
	t.Helper()
	script, _ = filepath.Abs("../../contracts/clients/read-token.js")
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat("../../contracts/node_modules/ethers/package.json")
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI needs Node.js and ethers (run `make contracts-deps`): %v", err)
		}
		t.Skipf("no Node.js or ethers here (run `make contracts-deps`): %v", err)
	}
	return node, script
}

// An Ethereum client mifm did not write reads what tokenization wrote.
func TestEthersReadsToken(t *testing.T) {
	node, script := readTokenScript(t)
	ctx := context.Background()
	f := newFixture(t)
	req := sword()
	req.To = f.addrs[1]
	nft, err := f.tok.Tokenize(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	editions, err := f.tok.Tokenize(ctx, asset.Request{Files: []asset.File{{Name: "arrow.glb", Data: strings.NewReader("glTF arrow")}},
		Name: "Arrow", Standard: asset.ERC1155, Amount: big.NewInt(7), To: f.addrs[1], LocalID: "arrow"})
	if err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) map[string]any {
		t.Helper()
		out, err := exec.CommandContext(ctx, node, append([]string{script, f.chain.Endpoint()}, args...)...).Output()
		if err != nil {
			var stderr string
			if ee, ok := err.(*exec.ExitError); ok {
				stderr = string(ee.Stderr)
			}
			t.Fatalf("read-token.js %v: %v: %s", args, err, stderr)
		}
		var m map[string]any
		if err := json.Unmarshal(out, &m); err != nil {
			t.Fatalf("read-token.js printed %q", out)
		}
		return m
	}
	got := run("erc721", f.nft.Hex(), nft.TokenID)
	if got["chainId"] != "1337" || got["erc721"] != true || got["ownerOf"] != f.addrs[1].Hex() || got["tokenURI"] != "ipfs://"+nft.MetadataCID {
		t.Fatalf("ethers read %v; want owner %s and ipfs://%s", got, f.addrs[1].Hex(), nft.MetadataCID)
	}
	if roy := got["royalty"].(map[string]any); roy["amount"] != "250" || roy["receiver"] != f.addrs[0].Hex() {
		t.Fatalf("ethers read royalty %v", roy)
	}
	got = run("erc1155", f.ed.Hex(), editions.TokenID, f.addrs[1].Hex())
	if got["erc1155"] != true || got["uri"] != "ipfs://"+editions.MetadataCID || got["balance"] != "7" {
		t.Fatalf("ethers read %v", got)
	}
}
