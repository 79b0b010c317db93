// Package kubo runs a real Kubo (go-ipfs) next to mifm for the tests and
// benchmarks that compare with it or pin to it. `make test` builds the binary
// at a pinned version (build.sh) and names it in MIFM_KUBO.
package kubo

import (
	"fmt"
	"net"
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

	env []string
	cmd *exec.Cmd
}

// Setting is a Kubo config value set before the daemon starts, as
// `ipfs config --json KEY JSON` does.
type Setting struct{ Key, JSON string }

// StartDaemon runs Kubo's daemon offline on loopback ports of a fresh, empty
// repo and stops it by PID when the test ends. Its RPC API keeps its port
// across Restart. It skips the test when Kubo is not built (outside CI).
func StartDaemon(t testing.TB, settings ...Setting) *Daemon {
	t.Helper()
	bin := Binary(t)
	if bin == "" {
		t.Skip("Kubo not built (run through `make test`)")
	}
	repo := t.TempDir()
	d := &Daemon{Bin: bin, Repo: repo, env: append(os.Environ(), "IPFS_PATH="+repo)}
	d.ipfs(t, "init", "--empty-repo", "--profile=test") // loopback, no bootstrap, no sample files pinned
	// A fixed API port, so a restarted daemon is where the store left it.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	d.ipfs(t, "config", "Addresses.API", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port))
	for _, st := range settings {
		d.ipfs(t, "config", "--json", st.Key, st.JSON)
	}
	d.Restart(t)
	return d
}

func (d *Daemon) ipfs(t testing.TB, args ...string) {
	t.Helper()
	c := exec.Command(d.Bin, args...)
	c.Env = d.env
	if out, err := c.CombinedOutput(); err != nil {
		t.Fatalf("ipfs %v: %v\n%s", args, err, out)
	}
}

// Kill stops the daemon at once (SIGKILL), as a crash would.
func (d *Daemon) Kill(t testing.TB) {
	t.Helper()
	if d.cmd == nil {
		return
	}
	_ = d.cmd.Process.Kill()
	_ = d.cmd.Wait()
	d.cmd = nil
}

// Restart starts the daemon (again) on its repo and waits until its API
// answers.
func (d *Daemon) Restart(t testing.TB) {
	t.Helper()
	d.Kill(t)
	_ = os.Remove(filepath.Join(d.Repo, "api")) // a killed daemon leaves it
	cmd := exec.Command(d.Bin, "daemon", "--offline")
	cmd.Env = d.env
	logPath := process.Start(t, cmd, d.Repo)
	d.cmd = cmd
	deadline := time.Now().Add(60 * time.Second)
	for {
		if b, err := os.ReadFile(filepath.Join(d.Repo, "api")); err == nil {
			ma, err := multiaddr.NewMultiaddr(strings.TrimSpace(string(b)))
			if err != nil {
				t.Fatal(err)
			}
			addr, err := manet.ToNetAddr(ma)
			if err != nil {
				t.Fatal(err)
			}
			d.API, d.APIAddr = "http://"+addr.String(), ma.String()
			return
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
