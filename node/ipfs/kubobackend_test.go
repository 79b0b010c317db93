package ipfs_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/testnet/kubo"
)

func openKuboAt(t testing.TB, d *kubo.Daemon, auth string) (*ipfs.Store, error) {
	t.Helper()
	s, err := ipfs.OpenKubo(context.Background(), ipfs.KuboOptions{API: d.API, Auth: auth}, ipfs.Options{Fetch: loopbackFetch()})
	if err == nil {
		t.Cleanup(func() { s.Close() })
	}
	return s, err
}

// A Kubo whose API asks for a credential is reached with it, and a wrong
// or missing one fails at open with a message that says what to fix.
func TestKuboBackendCredential(t *testing.T) {
	d := kubo.StartDaemon(t, kubo.Setting{Key: "API.Authorizations", JSON: `{"mifm":{"AuthSecret":"bearer:s3cret","AllowedPaths":["/api/v0"]}}`})
	for _, bad := range []string{"", "bearer:wrong", "basic:mifm:s3cret"} {
		_, err := openKuboAt(t, d, bad)
		if !errors.Is(err, ipfs.ErrKubo) || !strings.Contains(err.Error(), "auth_env") {
			t.Fatalf("credential %q: %v, want a refusal naming auth_env", bad, err)
		}
		if strings.Contains(err.Error(), "s3cret") {
			t.Fatalf("the error shows the credential: %v", err)
		}
	}
	s, err := openKuboAt(t, d, "bearer:s3cret")
	if err != nil {
		t.Fatal(err)
	}
	root, data := addRandom(t, s, 300<<10, 21, ipfs.AddOptions{Pin: true})
	if !bytes.Equal(catAll(t, s, root), data) {
		t.Fatal("content read back differs")
	}
	if _, err := ipfs.OpenKubo(context.Background(), ipfs.KuboOptions{API: d.API, Auth: "token s3cret"}, ipfs.Options{}); err == nil || !strings.Contains(err.Error(), "bearer:TOKEN") {
		t.Fatalf("a credential in no known form: %v", err)
	}
}

// A Kubo that is down is reported as such, within the retry bound, and a
// restart inside that bound goes unnoticed.
func TestKuboBackendOutage(t *testing.T) {
	ctx := context.Background()
	d := kubo.StartDaemon(t)
	s, err := openKuboAt(t, d, "")
	if err != nil {
		t.Fatal(err)
	}
	root, data := addRandom(t, s, 2<<20, 22, ipfs.AddOptions{Pin: true})

	d.Kill(t)
	start := time.Now()
	_, err = s.Stat(ctx, root)
	if !errors.Is(err, ipfs.ErrKubo) || !strings.Contains(err.Error(), "is Kubo running") {
		t.Fatalf("stat with Kubo down: %v, want ErrKubo asking whether Kubo runs", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("giving up took %s", took)
	}
	if _, err := ipfs.OpenKubo(ctx, ipfs.KuboOptions{API: d.API}, ipfs.Options{}); !errors.Is(err, ipfs.ErrKubo) {
		t.Fatalf("open with Kubo down: %v", err)
	}

	// Kubo comes back while a read is retrying.
	go func() {
		time.Sleep(300 * time.Millisecond)
		d.Restart(t)
	}()
	if !bytes.Equal(catAll(t, s, root), data) {
		t.Fatal("content read across a Kubo restart differs")
	}
}

// slowReader yields size bytes in small reads, calling tick after each,
// so a test can act while an add is under way.
type slowReader struct {
	left int
	tick func(read int)
	read int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), r.left, 64<<10)
	for i := range p[:n] {
		p[i] = byte(r.read + i*7)
	}
	r.left -= n
	r.read += n
	r.tick(r.read)
	return n, nil
}

// Kubo killed during an add or a pin: the operation fails with ErrKubo, and
// once Kubo is back no pin names content Kubo does not hold whole.
func TestKuboBackendKilled(t *testing.T) {
	ctx := context.Background()
	d := kubo.StartDaemon(t)
	s, err := openKuboAt(t, d, "")
	if err != nil {
		t.Fatal(err)
	}
	killed := false
	r := &slowReader{left: 64 << 20, tick: func(read int) {
		if read >= 16<<20 && !killed {
			killed = true
			d.Kill(t)
		}
	}}
	if _, err := s.AddReader(ctx, r, ipfs.AddOptions{Pin: true}); !errors.Is(err, ipfs.ErrKubo) {
		t.Fatalf("add with Kubo killed: %v, want ErrKubo", err)
	}
	d.Restart(t)
	if pins, err := s.Pins(ctx); err != nil || len(pins) != 0 {
		t.Fatalf("pins after a killed add: %v, %v", pins, err)
	}

	// Kill during a pin of a DAG of some size: pinned whole, or not at all.
	root, data := addRandom(t, s, 48<<20, 23, ipfs.AddOptions{})
	done := make(chan error, 1)
	go func() { done <- s.Pin(ctx, root) }()
	time.Sleep(5 * time.Millisecond)
	d.Kill(t)
	<-done
	d.Restart(t)
	pins, err := s.Pins(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pins {
		if _, err := s.Stat(ctx, p); err != nil {
			t.Fatalf("pinned %s is not whole in Kubo: %v", p, err)
		}
	}
	if err := s.Pin(ctx, root); err != nil {
		t.Fatalf("pin again after the restart: %v", err)
	}
	if !bytes.Equal(catAll(t, s, root), data) {
		t.Fatal("content differs after the restart")
	}
}

// A pin another user of a shared Kubo made is neither listed nor removed.
func TestKuboBackendSharedPins(t *testing.T) {
	ctx := context.Background()
	d := kubo.StartDaemon(t)
	s, err := openKuboAt(t, d, "")
	if err != nil {
		t.Fatal(err)
	}
	theirs, _ := addRandom(t, s, 1000, 24, ipfs.AddOptions{})
	d.Run(t, "pin", "add", "--name", "someone-else", theirs.String())
	ours, _ := addRandom(t, s, 1000, 25, ipfs.AddOptions{Pin: true})
	pins, err := s.Pins(ctx)
	if err != nil || len(pins) != 1 || !pins[0].Equals(ours) {
		t.Fatalf("pins = %v, %v; want only the node's own %s", pins, err, ours)
	}
	if err := s.Unpin(ctx, theirs); !errors.Is(err, ipfs.ErrNotPinned) || !strings.Contains(err.Error(), "someone-else") {
		t.Fatalf("unpin of another user's pin: %v", err)
	}
	if err := s.Unpin(ctx, ours); err != nil {
		t.Fatal(err)
	}
	if err := s.Unpin(ctx, ours); !errors.Is(err, ipfs.ErrNotPinned) {
		t.Fatalf("unpin twice: %v, want ErrNotPinned", err)
	}
	if res, err := s.GC(ctx); err != nil || res.Removed != 1 {
		t.Fatalf("gc = %+v, %v; want our unpinned block removed, theirs kept", res, err)
	}
	if has, _ := s.Has(ctx, theirs); !has {
		t.Fatal("gc removed a block another user pinned")
	}
}
