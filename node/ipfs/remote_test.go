package ipfs_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/mifm/mifm/node/ipfs"
)

// startKuboDaemon runs a real `ipfs daemon --offline` on loopback ports and
// stops it by PID when the test ends; it returns the RPC API URL.
func startKuboDaemon(t *testing.T) string {
	t.Helper()
	kubo := kuboBinary(t)
	if kubo == "" {
		t.Skip("Kubo not built (run through `make test`)")
	}
	repo := t.TempDir()
	env := append(os.Environ(), "IPFS_PATH="+repo)
	init := exec.Command(kubo, "init", "--profile=test") // loopback, port 0, no bootstrap
	init.Env = env
	if out, err := init.CombinedOutput(); err != nil {
		t.Fatalf("ipfs init: %v\n%s", err, out)
	}
	d := exec.Command(kubo, "daemon", "--offline")
	d.Env = env
	logf, _ := os.Create(filepath.Join(repo, "daemon.log"))
	d.Stdout, d.Stderr = logf, logf
	if err := d.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		d.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { d.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			d.Process.Kill()
			<-done
		}
		logf.Close()
	})
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
			return "http://" + addr.String()
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logf.Name())
			t.Fatalf("Kubo daemon did not start:\n%s", log)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestPinRemoteOnKubo(t *testing.T) {
	ctx := context.Background()
	api := startKuboDaemon(t)
	s := openStore(t)
	root, _ := addRandom(t, s, 3<<20+1, 30, ipfs.AddOptions{CIDVersion: 1})
	var steps []string
	final, err := s.PinRemote(ctx, ipfs.KuboRemote{Name: "kubo", URL: api}, root, func(st ipfs.RemotePinStatus) {
		steps = append(steps, st.Status)
	})
	if err != nil {
		t.Fatal(err)
	}
	if final.Status != "pinned" || strings.Join(steps, ",") != "pushing,pinning,pinned" {
		t.Fatalf("final %+v after %v, want pushing, pinning, pinned", final, steps)
	}
	// Kubo itself says so, and serves the same bytes.
	kubo := kuboBinary(t)
	out, err := exec.Command(kubo, "--api", apiMultiaddr(t, api), "pin", "ls", "--type=recursive", root.String()).Output()
	if err != nil || !strings.Contains(string(out), root.String()) {
		t.Fatalf("ipfs pin ls on the remote: %q, %v", out, err)
	}

	missing, _ := ipfs.ParseCID("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	if _, err := s.PinRemote(ctx, ipfs.KuboRemote{Name: "kubo", URL: api}, missing, nil); !errors.Is(err, ipfs.ErrNotFound) {
		t.Fatalf("remote pin of absent content = %v, want ErrNotFound", err)
	}
	if _, err := s.PinRemote(ctx, ipfs.KuboRemote{Name: "down", URL: "http://127.0.0.1:1"}, root, nil); !errors.Is(err, ipfs.ErrRemotePin) {
		t.Fatalf("remote pin on a dead endpoint = %v, want ErrRemotePin", err)
	}
}

func apiMultiaddr(t *testing.T, api string) string {
	host := strings.TrimPrefix(api, "http://")
	i := strings.LastIndex(host, ":")
	return "/ip4/" + host[:i] + "/tcp/" + host[i+1:]
}
