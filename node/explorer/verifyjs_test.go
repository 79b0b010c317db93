package explorer_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	anchorabi "github.com/mifm/mifm/contracts/bindings/anchor"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/ipfs"
)

// The browser verifier, static/verify.js, is tested by Node's test runner
// (static/verify_test.mjs): its pure parts against node/anchor's fixtures,
// the page's wiring on a fake DOM, and here real proofs on a real chain
// served over HTTP JSON-RPC, each also verified by node/anchor's Verifier
// so that the two must agree check for check.

// ethersBundle is where the tests find ethers' UMD bundle, in the order
// verify_test.mjs looks.
func ethersBundle() (string, error) {
	for _, f := range []string{
		filepath.Join("static", "ethers.umd.min.js"),
		filepath.Join("..", "..", "testnet", "explorer-js", "node_modules", "ethers", "dist", "ethers.umd.min.js"),
		filepath.Join("..", "..", "testnet", "wallet-js", "node_modules", "ethers", "dist", "ethers.umd.min.js"),
	} {
		if _, err := os.Stat(f); err == nil {
			return f, nil
		}
	}
	return "", errors.New("no ethers.umd.min.js: run make wallet-js-deps")
}

// requireNode skips t without node and ethers, and fails it in CI.
func requireNode(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = ethersBundle()
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI needs node and ethers for verify.js: %v", err)
		}
		t.Skipf("verify.js cannot run here: %v", err)
	}
	return node
}

func TestVerifyJSAnchorCodeHash(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("static", "verify.js"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`ANCHOR_CODE_HASH = "(0x[0-9a-f]{64})"`).FindSubmatch(src)
	if m == nil {
		t.Fatal("verify.js names no ANCHOR_CODE_HASH")
	}
	want, err := contracts.AnchorCodeHash()
	if err != nil {
		t.Fatal(err)
	}
	if string(m[1]) != strings.ToLower(want.Hex()) {
		t.Fatalf("verify.js's ANCHOR_CODE_HASH is %s, the Anchor contract's runtime code hashes to %s: update verify.js", m[1], want.Hex())
	}
}

// jsCase is one proof verify_test.mjs verifies; Want is the check that
// must fail ("" for none).
type jsCase struct {
	Name    string        `json:"name"`
	Proof   *anchor.Proof `json:"proof"`
	Gateway *string       `json:"gateway,omitempty"`
	// Anchorer is the account the auditor expects to have anchored the
	// root (Verifier.Anchorer; verifyProof's anchorer).
	Anchorer *common.Address `json:"anchorer,omitempty"`
	// CodeHash replaces the Anchor code hash verify.js expects: a case of
	// verify.js only, as Go's is built in.
	CodeHash string `json:"anchorCodeHash,omitempty"`
	Want     string `json:"want"`
}

type jsOutcome struct {
	OK     bool   `json:"ok"`
	Failed string `json:"failed"`
	Checks []struct {
		Name   string `json:"name"`
		OK     *bool  `json:"ok"`
		Detail string `json:"detail"`
	} `json:"checks"`
	MS int `json:"ms"`
}

// anchored is a chain served over HTTP JSON-RPC with the Anchor contract,
// an IPFS gateway, and two versions anchored in one batch.
type anchored struct {
	chain    *chain.Embedded
	gateway  string
	deployTx common.Hash // another transaction, in another block
	// p and other are the two versions' proofs, doc and otherDoc their
	// documents.
	p, other      *anchor.Proof
	doc, otherDoc []byte
}

func newAnchored(t *testing.T) *anchored {
	t.Helper()
	ctx := context.Background()

	// A chain served over HTTP JSON-RPC, with the Anchor contract.
	key, _ := crypto.GenerateKey()
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(t.TempDir(), "chain"), ChainID: 1337,
		Prefund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	cfg := chain.DefaultTxConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	cfg.PollInterval = 2 * time.Millisecond
	sender, err := chain.NewSender(ctx, c, chain.KeySignerOf(key), cfg)
	if err != nil {
		t.Fatal(err)
	}
	code, _ := hexutil.Decode(anchorabi.AnchorMetaData.Bin)
	addr, deployed, err := sender.Deploy(ctx, code, nil)
	if err != nil {
		t.Fatal(err)
	}

	// A node's anchoring service: two versions and its audit checkpoint in
	// one batch, one transaction.
	content, err := ipfs.Open(ctx, filepath.Join(t.TempDir(), "ipfs"), ipfs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { content.Close() })
	svc := anchorService(t, content, &anchor.Contract{Client: c, Address: addr, Chain: c.CAIP2().String(), Anchorer: sender.From(), Sender: sender})
	const profile = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	subject := "avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/home"
	o1, err := svc.Propose(ctx, anchor.ProposeRequest{Subject: subject, Content: map[string]string{"profile": profile}})
	if err != nil {
		t.Fatal(err)
	}
	o2, err := svc.Propose(ctx, anchor.ProposeRequest{Subject: "content:verifyjs", Content: map[string]string{"model": profile}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	p, err := svc.Proof(ctx, o1.CID)
	if err != nil {
		t.Fatal(err)
	}
	other, err := svc.Proof(ctx, o2.CID)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := svc.Document(o1.CID)
	if err != nil {
		t.Fatal(err)
	}
	otherDoc, err := svc.Document(o2.CID)
	if err != nil {
		t.Fatal(err)
	}
	h, err := content.Gateway()
	if err != nil {
		t.Fatal(err)
	}
	gw := httptest.NewServer(h)
	t.Cleanup(gw.Close)
	return &anchored{chain: c, gateway: gw.URL, deployTx: deployed.TxHash, p: p, other: other, doc: doc, otherDoc: otherDoc}
}

func TestVerifyJSOnChain(t *testing.T) {
	node := requireNode(t)
	ctx := context.Background()
	start := time.Now()
	a := newAnchored(t)
	p, other, doc, otherDoc := a.p, a.other, a.doc, a.otherDoc
	t.Logf("chain, contract, batch and proofs made in %s", time.Since(start).Round(time.Millisecond))

	edit := func(f func(q *anchor.Proof)) *anchor.Proof {
		q := *p
		q.Path = append([]common.Hash(nil), p.Path...)
		f(&q)
		return &q
	}
	noGateway := ""
	cases := []jsCase{
		{Name: "genuine, fetched from the gateway", Proof: p},
		{Name: "genuine, document carried", Proof: edit(func(q *anchor.Proof) { q.Document = string(doc) }), Gateway: &noGateway},
		{Name: "path hash flipped", Proof: edit(func(q *anchor.Proof) { q.Path[0][0] ^= 1 }), Want: "path"},
		{Name: "document changed", Proof: edit(func(q *anchor.Proof) { q.Document = string(otherDoc) }), Want: "document"},
		{Name: "wrong root", Proof: edit(func(q *anchor.Proof) { q.Root[31] ^= 1 }), Want: "path"},
		{Name: "another transaction", Proof: edit(func(q *anchor.Proof) { q.Tx = a.deployTx }), Want: "transaction"},
		{Name: "wrong chain id", Proof: edit(func(q *anchor.Proof) { q.Chain = "eip155:1" }), Want: "chain"},
		{Name: "another version's CID", Proof: edit(func(q *anchor.Proof) { q.CID = other.CID }), Want: "fields"},
		{Name: "leaf", Proof: edit(func(q *anchor.Proof) { q.Leaf[0] ^= 1 }), Want: "leaf"},
		{Name: "block hash", Proof: edit(func(q *anchor.Proof) { q.BlockHash[0] ^= 1 }), Want: "transaction"},
		{Name: "anchorer", Proof: edit(func(q *anchor.Proof) { q.Anchorer = common.Address{1} }), Want: "event"},
		{Name: "contract", Proof: edit(func(q *anchor.Proof) { q.Contract = common.Address{2} }), Want: "event"},
		{Name: "batch", Proof: edit(func(q *anchor.Proof) { q.Batch++ }), Want: "event"},
		{Name: "time", Proof: edit(func(q *anchor.Proof) { q.Time++ }), Want: "block"},
		{Name: "the expected anchorer", Proof: p, Anchorer: &p.Anchorer},
		{Name: "another anchorer expected", Proof: p, Anchorer: &common.Address{3}, Want: "event"},
		{Name: "not the Anchor contract's code", Proof: p, CodeHash: common.Hash{1}.Hex(), Want: "contract"},
	}

	// node/anchor's Verifier first: the JavaScript must agree with it.
	vf := &anchor.Verifier{Chain: a.chain, Gateway: a.gateway}
	goFailed := map[string]string{}
	for _, tc := range cases {
		if tc.CodeHash != "" {
			goFailed[tc.Name] = tc.Want
			continue
		}
		vf := *vf
		vf.Anchorer = tc.Anchorer
		v := vf.Verify(ctx, tc.Proof)
		if v.Failed != tc.Want {
			t.Fatalf("%s: Go's Verifier failed %q, want %q: %+v", tc.Name, v.Failed, tc.Want, v.Checks)
		}
		goFailed[tc.Name] = v.Failed
	}

	tmp := t.TempDir()
	spec, _ := json.Marshal(map[string]any{"rpc": a.chain.Endpoint(), "gateway": a.gateway, "cases": cases})
	casesFile, outFile := filepath.Join(tmp, "cases.json"), filepath.Join(tmp, "out.json")
	if err := os.WriteFile(casesFile, spec, 0o600); err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(rctx, node, "--test", filepath.Join("static", "verify_test.mjs"))
	cmd.Env = append(os.Environ(), "MIFM_VERIFYJS_CASES="+casesFile, "MIFM_VERIFYJS_OUT="+outFile)
	cmd.WaitDelay = 5 * time.Second
	ran := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test static/verify_test.mjs: %v\n%s", err, out)
	}
	if m := regexp.MustCompile(`(?m)^# (pass|fail|skipped) (\d+)$`).FindAllSubmatch(out, -1); len(m) == 3 {
		t.Logf("node --test verify_test.mjs: %s passed, %s failed, %s skipped in %s", m[0][2], m[1][2], m[2][2], time.Since(ran).Round(time.Millisecond))
		if string(m[1][2]) != "0" || string(m[2][2]) != "0" {
			t.Fatalf("verify_test.mjs skipped or failed tests:\n%s", out)
		}
	} else {
		t.Fatalf("node --test printed no summary:\n%s", out)
	}

	raw, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	var outcomes map[string]jsOutcome
	if err := json.Unmarshal(raw, &outcomes); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		o, ok := outcomes[tc.Name]
		switch {
		case !ok:
			t.Errorf("%s: verify.js reported nothing", tc.Name)
		case o.Failed != goFailed[tc.Name] || o.OK != (tc.Want == ""):
			t.Errorf("%s: verify.js failed %q (ok %v), Go's Verifier %q", tc.Name, o.Failed, o.OK, goFailed[tc.Name])
		case o.OK:
			t.Logf("%s: verified in %d ms", tc.Name, o.MS)
			if tc.Name == cases[0].Name {
				for _, c := range o.Checks {
					t.Logf("    %s: %s", c.Name, c.Detail)
				}
			}
		default:
			last := o.Checks[len(o.Checks)-1]
			t.Logf("%s: refused at %s in %d ms (%s)", tc.Name, last.Name, o.MS, last.Detail)
		}
	}
}
