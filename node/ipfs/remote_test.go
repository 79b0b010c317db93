package ipfs_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/testnet/kubo"
)

func testPinRemoteOnKubo(t *testing.T, open opener) {
	ctx := context.Background()
	d := kubo.StartDaemon(t)
	api := d.API
	s := open(t)
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
	if out := d.Run(t, "pin", "ls", "--type=recursive", root.String()); !strings.Contains(string(out), root.String()) {
		t.Fatalf("ipfs pin ls on the remote: %q", out)
	}

	missing, _ := ipfs.ParseCID("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	if _, err := s.PinRemote(ctx, ipfs.KuboRemote{Name: "kubo", URL: api}, missing, nil); !errors.Is(err, ipfs.ErrNotFound) {
		t.Fatalf("remote pin of absent content = %v, want ErrNotFound", err)
	}
	if _, err := s.PinRemote(ctx, ipfs.KuboRemote{Name: "down", URL: "http://127.0.0.1:1"}, root, nil); !errors.Is(err, ipfs.ErrRemotePin) {
		t.Fatalf("remote pin on a dead endpoint = %v, want ErrRemotePin", err)
	}
}
