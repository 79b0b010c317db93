package ipfs_test

import (
	"bytes"
	"context"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mifm/mifm/node/ipfs"
)

// endless is a stream of pseudo-random bytes that never ends.
type endless struct{ r *rand.ChaCha8 }

func (e endless) Read(p []byte) (int, error) { return e.r.Read(p) }

// TestHelperAddForever is not a test: the crash test runs it in a child
// process, which it then kills mid-add.
func TestHelperAddForever(t *testing.T) {
	dir := os.Getenv("MIFM_IPFS_CRASH_DIR")
	if dir == "" {
		t.Skip("helper process for TestKillDuringAdd")
	}
	s, err := ipfs.Open(context.Background(), dir, ipfs.Options{Fetch: loopbackFetch()})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(dir+"/.started", nil, 0o644)
	_, err = s.AddReader(context.Background(), endless{rand.NewChaCha8([32]byte{42})}, ipfs.AddOptions{Pin: true, CIDVersion: 1})
	t.Fatalf("add of an endless stream returned: %v", err)
}

// A kill during add leaves a store whose every block reads back and matches
// its CID, with nothing pinned; it opens, collects and adds again.
func TestKillDuringAdd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process")
	}
	ctx := context.Background()
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperAddForever$", "-test.count=1")
	cmd.Env = append(os.Environ(), "MIFM_IPFS_CRASH_DIR="+dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(dir + "/.started"); err == nil {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("helper did not start")
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(700 * time.Millisecond) // well into the add: tens of MiB written
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	s, err := ipfs.Open(ctx, dir, ipfs.Options{Fetch: loopbackFetch()})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	keys, err := s.Blockstore().AllKeysChan(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for k := range keys {
		b, err := s.Blockstore().Get(ctx, k)
		if err != nil {
			t.Fatalf("block %s listed but unreadable: %v", k, err)
		}
		sum, err := k.Prefix().Sum(b.RawData())
		if err != nil || !bytes.Equal(sum.Hash(), k.Hash()) {
			t.Fatalf("block %s does not match its hash", k)
		}
		n++
	}
	t.Logf("%d whole blocks survived the kill", n)
	if pins, _ := s.Pins(ctx); len(pins) != 0 {
		t.Fatalf("pins after a killed add: %v", pins)
	}
	if _, err := s.GC(ctx); err != nil {
		t.Fatal(err)
	}
	if left := countBlocks(t, s); left != 0 {
		t.Fatalf("%d blocks left after gc", left)
	}
	root, data := addRandom(t, s, 3<<20, 12, ipfs.AddOptions{Pin: true})
	f, err := s.Cat(ctx, root, 0, -1)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := io.ReadAll(f); !bytes.Equal(got, data) {
		t.Fatal("add after the crash reads back wrong")
	}
}

// rssBytes reads the process's resident set size.
func rssBytes(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	t.Skip("no VmRSS")
	return 0
}

// An import streams: a 768 MiB input never makes the process hold it.
func TestAddStreamsLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 768 MiB")
	}
	const size = 768 << 20
	s := openStore(t)
	before := rssBytes(t)
	var peak atomic.Int64
	done := make(chan struct{})
	go func() {
		for {
			if r := rssBytes(t); r > peak.Load() {
				peak.Store(r)
			}
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	added, err := s.AddReader(context.Background(), io.LimitReader(endless{rand.NewChaCha8([32]byte{7})}, size), ipfs.AddOptions{CIDVersion: 1, Chunker: "size-1048576"})
	close(done)
	if err != nil {
		t.Fatal(err)
	}
	if added.Bytes != size {
		t.Fatalf("added %d bytes, want %d", added.Bytes, size)
	}
	growth := peak.Load() - before
	t.Logf("resident memory grew by %d MiB while importing %d MiB", growth>>20, size>>20)
	if growth > 400<<20 {
		t.Fatalf("resident memory grew by %d MiB importing %d MiB: the import is not streaming", growth>>20, size>>20)
	}
}
