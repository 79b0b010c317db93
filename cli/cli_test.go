package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mifm/mifm/cli"
)

// run executes the mifm command line in process, as the binary would.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = cli.Main(context.Background(), append([]string{"mifm"}, args...), cli.Env{
		Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
	})
	return code, out.String(), errb.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := run(t, args...)
	if code != 0 {
		t.Fatalf("mifm %s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

func initHome(t *testing.T) string {
	t.Helper()
	h := filepath.Join(t.TempDir(), "home")
	// --home after the command, as the users type it.
	out := mustRun(t, "init", "--home", h, "--kdf", "light")
	if !strings.Contains(out, "platform key  0x") {
		t.Fatalf("init output lacks the platform key:\n%s", out)
	}
	return h
}

type chainInfo struct {
	Chain    string `json:"chain"`
	ChainID  uint64 `json:"chainId"`
	Accounts []struct {
		Account    string `json:"account"`
		Role       string `json:"role"`
		BalanceWei string `json:"balanceWei"`
	} `json:"accounts"`
	Contracts []struct {
		Name        string `json:"name"`
		Address     string `json:"address"`
		CodePresent bool   `json:"codePresent"`
	} `json:"contracts"`
}

type deployOut struct {
	Chain     string `json:"chain"`
	Contracts []struct {
		Name    string `json:"name"`
		Address string `json:"address"`
		Status  string `json:"status"`
		GasUsed uint64 `json:"gasUsed"`
	} `json:"contracts"`
}

func TestInitInfoDeploy(t *testing.T) {
	h := initHome(t)
	if _, err := os.Stat(filepath.Join(h, "passphrase")); err != nil {
		t.Fatalf("init without a passphrase source did not generate one: %v", err)
	}

	var info chainInfo
	if err := json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "chain", "info")), &info); err != nil {
		t.Fatal(err)
	}
	if info.ChainID != 1337 || info.Chain != "eip155:1337" {
		t.Fatalf("chain info = %+v, want chain id 1337", info)
	}
	if len(info.Accounts) != 3 || info.Accounts[0].Role != "platform" || info.Accounts[0].BalanceWei != "1000000000000000000000000" {
		t.Fatalf("accounts = %+v, want the funded platform key and two dev keys", info.Accounts)
	}
	if len(info.Contracts) != 0 {
		t.Fatalf("contracts before deploy = %+v", info.Contracts)
	}

	var first, second deployOut
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "chain", "deploy")), &first)
	json.Unmarshal([]byte(mustRun(t, "chain", "deploy", "--home", h, "--json")), &second)
	if len(first.Contracts) == 0 || first.Contracts[0].Status != "deployed" || first.Contracts[0].GasUsed == 0 {
		t.Fatalf("first deploy = %+v", first)
	}
	if second.Contracts[0].Status != "existing" || second.Contracts[0].Address != first.Contracts[0].Address {
		t.Fatalf("second deploy = %+v, want the existing deployment at %s", second, first.Contracts[0].Address)
	}
	text := mustRun(t, "--home", h, "chain", "deploy")
	if !strings.Contains(text, "already deployed") || !strings.Contains(text, "not sent again") {
		t.Fatalf("third deploy, text output:\n%s", text)
	}

	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "chain", "info")), &info)
	if len(info.Contracts) != 8 || info.Contracts[0].Name != "PlatformRegistry" || info.Contracts[1].Name != "Asset721" || info.Contracts[2].Name != "Asset1155" || info.Contracts[3].Name != "DIDRegistry" || info.Contracts[4].Name != "Exchange" || info.Contracts[5].Name != "Escrow" || info.Contracts[6].Name != "Bridge" || info.Contracts[7].Name != "Anchor" || !info.Contracts[7].CodePresent {
		t.Fatalf("contracts after deploy = %+v", info.Contracts)
	}
	// The deployed contract's account, read by CAIP-10 id.
	var acct struct {
		CodeSize int `json:"codeSize"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "chain", "account", "eip155:1337:"+info.Contracts[0].Address)), &acct)
	if acct.CodeSize == 0 {
		t.Fatalf("chain account of the registry shows no code")
	}
}

func TestBadInputGetsOneLineError(t *testing.T) {
	h := initHome(t)
	wrong := filepath.Join(t.TempDir(), "wrong")
	os.WriteFile(wrong, []byte("not the passphrase\n"), 0o600)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"malformed URL", []string{"--home", h, "--chain", "http//127.0.0.1:8545", "chain", "info"}, "is not a URL"},
		{"misspelt scheme", []string{"--home", h, "--chain", "htp://127.0.0.1:8545", "chain", "info"}, `scheme "htp" not supported`},
		{"unsupported scheme", []string{"--home", h, "--chain", "ftp://127.0.0.1:8545", "chain", "info"}, `scheme "ftp" not supported`},
		{"unreachable endpoint", []string{"--home", h, "--chain", "http://127.0.0.1:1", "chain", "info"}, "chain endpoint unreachable: http://127.0.0.1:1"},
		{"credentials stay out of errors", []string{"--home", h, "--chain", "http://user:s3cret@127.0.0.1:1/?key=s3cret", "chain", "info"}, "unreachable"},
		{"wrong passphrase", []string{"--home", h, "--passphrase-file", wrong, "chain", "deploy"}, "wrong passphrase (check --passphrase-file or MIFM_PASSPHRASE)"},
		{"missing passphrase file", []string{"--home", h, "--passphrase-file", wrong + ".missing", "chain", "deploy"}, "read passphrase file"},
		{"malformed CAIP-10", []string{"--home", h, "chain", "account", "eip155:13x7:0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B"}, "CAIP"},
		{"CAIP-10 on another chain", []string{"--home", h, "chain", "account", "eip155:1:0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B"}, "but the node's chain is eip155:1337"},
		{"not a home", []string{"--home", filepath.Join(h, "nope"), "chain", "info"}, "not a mifm home"},
		{"home already initialised", []string{"init", "--home", h}, "already a mifm home"},
		{"bad log level", []string{"--log-level", "loud", "version"}, "--log-level \"loud\""},
		{"bad DID", []string{"init", "--home", filepath.Join(t.TempDir(), "x"), "--did", "web:example.com"}, "is not a DID"},
		{"unknown command", []string{"chian"}, "chian"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, tc.args...)
			if code == 0 {
				t.Fatalf("exit 0, want an error; stdout %q", out)
			}
			if !strings.HasPrefix(errs, "mifm: ") || strings.Count(errs, "\n") != 1 {
				t.Fatalf("stderr is not one line starting with \"mifm: \": %q", errs)
			}
			if !strings.Contains(errs, tc.want) {
				t.Fatalf("stderr %q does not say %q", errs, tc.want)
			}
			if strings.Contains(errs, "s3cret") || strings.Contains(errs, "not the passphrase") || strings.Contains(errs, "goroutine") {
				t.Fatalf("stderr leaks a secret or a stack: %q", errs)
			}
		})
	}
}

func TestVersionJSON(t *testing.T) {
	var v struct {
		Version      string            `json:"version"`
		Dependencies map[string]string `json:"dependencies"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "version", "--json")), &v); err != nil {
		t.Fatal(err)
	}
	if v.Version == "" {
		t.Fatal("empty version")
	}
}
