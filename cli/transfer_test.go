package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every transfer, exchange, history and shared-suite command refuses bad input with one
// line that says what to do, and moves nothing.
func TestTransferBadInput(t *testing.T) {
	h := initHome(t)
	model := filepath.Join(t.TempDir(), "sword.glb")
	os.WriteFile(model, []byte("glTF a sword"), 0o644)
	var m struct {
		Asset string `json:"asset"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "asset", "mint", "--file", model, "--name", "Sword", "--local-id", "sword")), &m)
	if m.Asset == "" {
		t.Fatal("mint printed no asset")
	}
	erc20 := "eip155:1337/erc20:0x0000000000000000000000000000000000000001"
	to := []string{"--to-platform", "did:web:b.example", "--to", "0x00000000000000000000000000000000000000b0"}
	transferArgs := func(extra ...string) []string {
		return append([]string{"asset", "transfer"}, append(append([]string(nil), to...), extra...)...)
	}
	tests := []struct {
		args []string
		want string
	}{
		{transferArgs(), "needs one CAIP-19 asset id"},
		{append(transferArgs("--to", "0x123"), m.Asset), "is not an 0x address"},
		{append(transferArgs("--deadline", "1000h"), m.Asset), "at most 720h"},
		{append(transferArgs("--deadline", "0s"), m.Asset), "above 0"},
		{append(transferArgs("--visibility", "secret"), m.Asset), "want one of"},
		{append(transferArgs(), strings.Replace(m.Asset, "eip155:1337", "eip155:1", 1)), "this node's chain is eip155:1337"},
		{append(transferArgs(), erc20), "give --amount"},
		{append(transferArgs("--amount", "-3"), erc20), "not a positive whole number"},
		{append(transferArgs("--amount", "2"), m.Asset), "an ERC-721 token is one"},
		{append(transferArgs("--from", "0x00000000000000000000000000000000000000a0"), m.Asset), "belongs to"},
		{append(transferArgs(), m.Asset), "not an active platform"},
		{[]string{"asset", "transfer", "--to", "0x00000000000000000000000000000000000000b0", m.Asset}, `"to-platform" not set`},
		{[]string{"transfer", "show"}, "takes one transfer ID"},
		{[]string{"transfer", "show", "42"}, "not a transfer id"},
		{[]string{"transfer", "show", "0x" + strings.Repeat("ab", 32)}, "no such transfer"},
		{[]string{"exchange", "quote", "--from", "GEM", "--to", "ORB", "--amount", "5"}, "no manifesto registered"},
		{[]string{"exchange", "quote", "--from", "GEM", "--to", "ORB", "--amount", "five"}, "not a positive whole number"},
		{[]string{"exchange", "swap", "--from", "GEM", "--to", "ORB", "--amount", "5"}, `"wallet" not set`},
		{append(transferArgs("--idempotency-key", ""), m.Asset), "--idempotency-key: invalid idempotency key: want 1 to 255"},
		{append(transferArgs("--idempotency-key", "order 7"), m.Asset), "character 6 is 0x20"},
		{[]string{"exchange", "swap", "--from", "GEM", "--to", "ORB", "--amount", "5", "--wallet", "0x00000000000000000000000000000000000000a0", "--idempotency-key", ""}, "--idempotency-key: invalid"},
		{[]string{"asset", "history"}, "needs one CAIP-19 asset id"},
		{[]string{"chain", "send", "--to", "0x12"}, `--to "0x12" is not an address`},
		{[]string{"chain", "send", "--to", "0x00000000000000000000000000000000000000b0", "--ether", "-1"}, "not a positive amount"},
		{[]string{"chain", "adopt"}, "the folder of the home whose suite to use"},
		{[]string{"chain", "adopt", filepath.Join(h, "absent")}, "not a mifm home"},
		{[]string{"platform", "register", "--admin", "0x00000000000000000000000000000000000000b0"}, "takes the platform's DID"},
		{[]string{"platform", "register", "--admin", "0x12", "did:web:b.example"}, `--admin "0x12" is not an address`},
		{[]string{"platform", "register", "--admin", "0x0000000000000000000000000000000000000000", "did:web:b.example"}, "must not be the zero address"},
		{[]string{"asset", "history", "eip155:1/erc721:0x0000000000000000000000000000000000000001/1"}, "the chain endpoint serves eip155:1337"},
	}
	for _, tc := range tests {
		code, _, errs := run(t, append([]string{"--home", h}, tc.args...)...)
		if code == 0 || !strings.HasPrefix(errs, "mifm: ") || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("mifm %v: exit %d, stderr %q; want one line saying %q", tc.args, code, errs, tc.want)
		}
	}
	// Nothing moved, nothing recorded.
	if out := mustRun(t, "--home", h, "transfer", "list"); !strings.Contains(out, "no transfers") {
		t.Errorf("transfer list after refusals:\n%s", out)
	}
	var shown struct {
		Owner string `json:"owner"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "asset", "show", m.Asset)), &shown)
	var info chainInfo
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "chain", "info")), &info)
	if !strings.HasSuffix(strings.ToLower(info.Accounts[0].Account), strings.ToLower(shown.Owner)) {
		t.Errorf("the sword moved to %s", shown.Owner)
	}
}
