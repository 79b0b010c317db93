// Package kubo runs a real Kubo (go-ipfs) next to mifm for the tests and
// benchmarks that compare with it or pin to it. `make test` builds the binary
// at a pinned version (build.sh) and names it in MIFM_KUBO.
package kubo

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/mifm/mifm/testnet/process"
)

// Binary is the Kubo named by MIFM_KUBO, or "" when there is none. In CI (CI
// set) a missing Kubo fails the test: the comparison must run there.
func Binary(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("MIFM_KUBO"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("MIFM_KUBO=%s: %v", p, err)
		}
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Kubo in CI: `make test` builds one (testnet/kubo/build.sh) and sets MIFM_KUBO")
	}
	return ""
}

// Daemon is a running `ipfs daemon --offline`.
type Daemon struct {
	Bin  string
	Repo string
	// API is the RPC API's URL, e.g. http://127.0.0.1:41234.
	API string
	// APIAddr is the same as a multiaddr, for `ipfs --api`.
	APIAddr string
}

// StartDaemon runs Kubo's daemon offline on loopback ports of a fresh repo and
// stops it by PID when the test ends. It skips the test when Kubo is not
// built (outside CI).
func StartDaemon(t testing.TB) *Daemon {
	t.Helper()
	bin := Binary(t)
	if bin == "" {
		t.Skip("Kubo not built (run through `make test`)")
	}
	repo := t.TempDir()
	env := append(os.Environ(), "IPFS_PATH="+repo)
	init := exec.Command(bin, "init", "--profile=test") // loopback, port 0, no bootstrap
	init.Env = env
	if out, err := init.CombinedOutput(); err != nil {
		t.Fatalf("ipfs init: %v\n%s", err, out)
	}
	d := exec.Command(bin, "daemon", "--offline")
	d.Env = env
	logPath := process.Start(t, d, repo)
	deadline := time.Now().Add(60 * time.Second)
	for {
		if b, err := os.ReadFile(filepath.Join(repo, "api")); err == nil {
			ma, err := multiaddr.NewMultiaddr(strings.TrimSpace(string(b)))
			if err != nil {
				t.Fatal(err)
			}
			addr, err := manet.ToNetAddr(ma)
			if err != nil {
				t.Fatal(err)
			}
			return &Daemon{Bin: bin, Repo: repo, API: "http://" + addr.String(), APIAddr: ma.String()}
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logPath)
			t.Fatalf("Kubo daemon did not start:\n%s", log)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Run runs the Kubo binary against the daemon's API and returns its output.
func (d *Daemon) Run(t testing.TB, args ...string) []byte {
	t.Helper()
	out, err := exec.Command(d.Bin, append([]string{"--api", d.APIAddr}, args...)...).Output()
	if err != nil {
		t.Fatalf("ipfs %v: %v", args, err)
	}
	return out
}
