package ipfs_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"

	"github.com/mifm/mifm/node/ipfs"
)

func testCatLsStat(t *testing.T, open opener) {
	ctx := context.Background()
	s := open(t)
	root := kuboCases[6].make(t, t.TempDir()) // nested-dir
	big, _ := os.ReadFile(filepath.Join(root, "z", "big.bin"))
	added, err := s.Add(ctx, root, ipfs.AddOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if added.Files != 4 || added.Dirs != 4 || added.Bytes != int64(len(big))+8+7 {
		t.Fatalf("added %+v, want 4 files, 4 dirs, %d bytes (no hidden file)", added, len(big)+15)
	}

	entries, err := s.Ls(ctx, added.CID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name+":"+e.Type)
	}
	if got := names; len(got) != 3 || got[0] != "a:directory" || got[1] != "readme.md:file" || got[2] != "z:directory" {
		t.Fatalf("ls = %v, want a, readme.md, z (sorted, no .hidden)", got)
	}
	z, _ := s.Ls(ctx, entries[2].CID)
	if len(z) != 1 || z[0].Name != "big.bin" || z[0].Size != uint64(len(big)) {
		t.Fatalf("ls z = %+v, want big.bin of %d bytes", z, len(big))
	}

	// Byte ranges across chunk boundaries.
	tests := []struct{ off, n int64 }{{0, -1}, {0, 10}, {262140, 10}, {262144, 1}, {int64(len(big)) - 3, -1}, {int64(len(big)), -1}, {100, 0}}
	for _, tc := range tests {
		f, err := s.Cat(ctx, z[0].CID, tc.off, tc.n)
		if err != nil {
			t.Fatalf("cat %d+%d: %v", tc.off, tc.n, err)
		}
		got, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		end := int64(len(big))
		if tc.n >= 0 {
			end = tc.off + tc.n
		}
		if !bytes.Equal(got, big[tc.off:end]) || f.Size != uint64(len(big)) {
			t.Fatalf("cat %d+%d returned %d bytes that differ from the file", tc.off, tc.n, len(got))
		}
	}
	if _, err := s.Cat(ctx, z[0].CID, int64(len(big))+1, -1); err == nil {
		t.Fatal("cat past the end succeeded")
	}

	st, err := s.Stat(ctx, z[0].CID)
	if err != nil {
		t.Fatal(err)
	}
	// 300 KiB in 256 KiB chunks: two leaves and a root.
	if st.Type != "file" || st.FileSize != uint64(len(big)) || st.Blocks != 3 || st.Codec != "dag-pb" || st.CIDVersion != 0 {
		t.Fatalf("stat = %+v", st)
	}
	dst, _ := s.Stat(ctx, added.CID)
	if dst.Type != "directory" || dst.Blocks != 10 {
		t.Fatalf("stat of the tree = %+v, want a directory of 10 blocks", dst)
	}

	if _, err := s.Cat(ctx, added.CID, 0, -1); !errors.Is(err, ipfs.ErrNotAFile) {
		t.Fatalf("cat of a directory = %v, want ErrNotAFile", err)
	}
	if _, err := s.Ls(ctx, z[0].CID); !errors.Is(err, ipfs.ErrNotADirectory) {
		t.Fatalf("ls of a file = %v, want ErrNotADirectory", err)
	}
	missing, _ := ipfs.ParseCID("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	if _, err := s.Cat(ctx, missing, 0, -1); !errors.Is(err, ipfs.ErrNotFound) {
		t.Fatalf("cat of a missing CID = %v, want ErrNotFound", err)
	}
	if _, err := ipfs.ParseCID("QmNotACid"); err == nil {
		t.Fatal("ParseCID accepted QmNotACid")
	}
}

func addRandom(t testing.TB, s *ipfs.Store, n int, seed uint64, opts ipfs.AddOptions) (cid.Cid, []byte) {
	t.Helper()
	data := seeded(n, seed)
	added, err := s.AddReader(context.Background(), bytes.NewReader(data), opts)
	if err != nil {
		t.Fatal(err)
	}
	return added.CID, data
}

// kuboMFSRoot is the empty folder's block, which every Kubo repo holds from
// its init on (the root of its MFS): the counts leave it out, so a Kubo
// backend starts empty as the embedded store does.
var kuboMFSRoot = cid.MustParse("QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn")

// countBlocks counts the blocks in the store.
func countBlocks(t testing.TB, s *ipfs.Store) int {
	t.Helper()
	keys, err := s.Blockstore().AllKeysChan(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for c := range keys {
		if !(s.Backend() != "embedded" && bytes.Equal(c.Hash(), kuboMFSRoot.Hash())) {
			n++
		}
	}
	return n
}

func catAll(t testing.TB, s *ipfs.Store, c cid.Cid) []byte {
	t.Helper()
	f, err := s.Cat(context.Background(), c, 0, -1)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func testCARRoundTripBetweenHomes(t *testing.T, open opener) {
	ctx := context.Background()
	a, b := open(t), open(t)
	root, data := addRandom(t, a, 5<<20+123, 7, ipfs.AddOptions{CIDVersion: 1, Chunker: "size-1048576"})
	var car bytes.Buffer
	n, err := a.Export(ctx, root, &car)
	if err != nil || n != 7 {
		t.Fatalf("export = %d blocks, %v; want 7 (6 leaves and a root)", n, err)
	}
	imp, err := b.Import(ctx, bytes.NewReader(car.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if imp.Blocks != 7 || imp.New != 7 || len(imp.Pinned) != 1 || imp.Pinned[0] != root {
		t.Fatalf("import = %+v, want 7 new blocks and the root pinned", imp)
	}
	if !bytes.Equal(catAll(t, b, root), data) {
		t.Fatal("content differs after the CAR round trip")
	}
	sa, _ := a.Stat(ctx, root)
	sb, _ := b.Stat(ctx, root)
	if sa != sb {
		t.Fatalf("stat differs: %+v vs %+v", sa, sb)
	}
	// Importing again adds nothing new.
	if again, err := b.Import(ctx, bytes.NewReader(car.Bytes())); err != nil || again.New != 0 {
		t.Fatalf("second import = %+v, %v; want no new blocks", again, err)
	}

	// The same CAR wrapped as CARv2 imports into a third home.
	dir := t.TempDir()
	v1, v2 := filepath.Join(dir, "a.car"), filepath.Join(dir, "a.v2.car")
	os.WriteFile(v1, car.Bytes(), 0o644)
	if err := carv2.WrapV1File(v1, v2); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(v2)
	defer f.Close()
	c := open(t)
	if imp, err := c.Import(ctx, f); err != nil || len(imp.Pinned) != 1 {
		t.Fatalf("CARv2 import = %+v, %v", imp, err)
	}
	if !bytes.Equal(catAll(t, c, root), data) {
		t.Fatal("content differs after the CARv2 import")
	}
}

func testCorruptCARImportsNothing(t *testing.T, open opener) {
	ctx := context.Background()
	a := open(t)
	root, _ := addRandom(t, a, 3<<20, 8, ipfs.AddOptions{})
	var buf bytes.Buffer
	if _, err := a.Export(ctx, root, &buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	tests := []struct {
		name string
		car  []byte
	}{
		{"flipped byte in the last block", func() []byte { c := bytes.Clone(good); c[len(c)-10] ^= 1; return c }()},
		{"truncated", good[:len(good)-1000]},
		{"not a CAR", []byte("hello, world")},
		{"empty", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := open(t)
			_, err := b.Import(ctx, bytes.NewReader(tc.car))
			if !errors.Is(err, ipfs.ErrBadCAR) {
				t.Fatalf("import = %v, want ErrBadCAR", err)
			}
			if n := countBlocks(t, b); n != 0 {
				t.Fatalf("%d blocks left in the store after a failed import", n)
			}
			if pins, _ := b.Pins(ctx); len(pins) != 0 {
				t.Fatalf("pins after a failed import: %v", pins)
			}
		})
	}
}

func testGCKeepsPinnedRemovesUnpinned(t *testing.T, open opener) {
	ctx := context.Background()
	s := open(t)
	kept, keptData := addRandom(t, s, 1<<20, 9, ipfs.AddOptions{Pin: true})
	gone, _ := addRandom(t, s, 1<<20, 10, ipfs.AddOptions{})
	res, err := s.GC(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Removed != 5 || res.Kept != 5+kuboOwn(s) || res.Freed < 1<<20 {
		t.Fatalf("gc = %+v, want 5 blocks (1 MiB) removed and 5 kept", res)
	}
	if has, _ := s.Has(ctx, gone); has {
		t.Fatal("unpinned root survived gc")
	}
	if !bytes.Equal(catAll(t, s, kept), keptData) {
		t.Fatal("pinned content damaged by gc")
	}
	if err := s.Unpin(ctx, kept); err != nil {
		t.Fatal(err)
	}
	if res, _ := s.GC(ctx); res.Removed != 5 || countBlocks(t, s) != 0 {
		t.Fatalf("gc after unpin = %+v, %d blocks left", res, countBlocks(t, s))
	}
}

// kuboOwn is the number of blocks a Kubo backend keeps for itself.
func kuboOwn(s *ipfs.Store) int {
	if s.Backend() == "embedded" {
		return 0
	}
	return 1
}

func TestStoreSurvivesReopen(t *testing.T) {
	for _, fsync := range []bool{false, true} {
		t.Run(fmt.Sprintf("fsync=%v", fsync), func(t *testing.T) { testReopen(t, ipfs.Options{Fsync: fsync}) })
	}
}

func testReopen(t *testing.T, opts ipfs.Options) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := ipfs.Open(ctx, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	root, data := addRandom(t, s, 2<<20, 11, ipfs.AddOptions{Pin: true})
	if _, err := ipfs.Open(ctx, dir, opts); err == nil {
		t.Fatal("a second Open of a store in use succeeded")
	}
	s.Close()
	s, err = ipfs.Open(ctx, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if pins, _ := s.Pins(ctx); len(pins) != 1 || pins[0] != root {
		t.Fatalf("pins after reopen = %v", pins)
	}
	if !bytes.Equal(catAll(t, s, root), data) {
		t.Fatal("content differs after reopen")
	}
}
