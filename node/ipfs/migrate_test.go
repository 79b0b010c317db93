package ipfs_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/testnet/kubo"
)

// An embedded store's pinned content moves into Kubo with the same CIDs,
// verified and pinned there; a run cut short by Kubo dying resumes.
func TestCopyToKubo(t *testing.T) {
	ctx := context.Background()
	src := openStore(t)
	roots := map[cid.Cid][]byte{}
	for i, n := range []int{10, 300 << 10, 24 << 20, 1 << 20} {
		c, data := addRandom(t, src, n, uint64(40+i), ipfs.AddOptions{Pin: true, CIDVersion: i % 2})
		roots[c] = data
	}
	addRandom(t, src, 5000, 49, ipfs.AddOptions{}) // unpinned: not moved
	block := []byte(`{"version":1}`)
	direct, err := cid.V1Builder{Codec: cid.Raw, MhType: 0x12}.Sum(block)
	if err != nil {
		t.Fatal(err)
	}
	if err := src.PutBlock(ctx, direct, block); err != nil {
		t.Fatal(err)
	}

	d := kubo.StartDaemon(t)
	dst, err := openKuboAt(t, d, "")
	if err != nil {
		t.Fatal(err)
	}
	// Kubo dies after the first root: the run fails, having pinned only
	// what arrived whole.
	copied := 0
	_, err = src.CopyTo(ctx, dst, func(cid.Cid, ipfs.Migrated) {
		if copied++; copied == 1 {
			d.Kill(t)
		}
	})
	if !errors.Is(err, ipfs.ErrKubo) {
		t.Fatalf("copy with Kubo killed: %v, want ErrKubo", err)
	}
	d.Restart(t)
	pinned, err := dst.Pins(ctx)
	if err != nil || len(pinned) > 1 {
		t.Fatalf("pins after the cut: %v, %v (at most the root that arrived)", pinned, err)
	}

	start := time.Now()
	m, err := src.CopyTo(ctx, dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Roots != 5 || m.Copied+m.Skipped != 5 || m.Skipped != len(pinned) {
		t.Fatalf("resumed copy = %+v, want 5 roots, %d skipped", m, len(pinned))
	}
	t.Logf("resumed: %d roots, %d blocks, %.1f MiB in %s (%.0f MiB/s)", m.Copied, m.Blocks, float64(m.Bytes)/(1<<20), time.Since(start), float64(m.Bytes)/(1<<20)/time.Since(start).Seconds())
	for c, data := range roots {
		if !bytes.Equal(catAll(t, dst, c), data) {
			t.Fatalf("%s differs in Kubo", c)
		}
	}
	if got, err := dst.GetBlock(ctx, direct); err != nil || !bytes.Equal(got, block) {
		t.Fatalf("direct block in Kubo: %q, %v", got, err)
	}
	srcPins, _ := src.Pins(ctx)
	dstPins, _ := dst.Pins(ctx)
	if len(dstPins) != len(srcPins) {
		t.Fatalf("Kubo pins %v, embedded %v", dstPins, srcPins)
	}
	// A third run has nothing left to copy.
	if m, err := src.CopyTo(ctx, dst, nil); err != nil || m.Skipped != 5 || m.Copied != 0 {
		t.Fatalf("third run = %+v, %v", m, err)
	}
}
