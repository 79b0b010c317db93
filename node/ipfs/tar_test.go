package ipfs_test

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/ipfs"
)

// A folder sent as a tar gets the CID Add gives the folder on disk: what a
// node's RI API stores for a client is what `ipfs add -r` prints.
func testAddTarEqualsAdd(t *testing.T, open opener) {
	ctx := context.Background()
	root := kuboCases[6].make(t, t.TempDir()) // nested-dir, with a .hidden file
	os.MkdirAll(filepath.Join(root, "empty-dir"), 0o755)
	os.Symlink("readme.md", filepath.Join(root, "link"))
	for _, p := range kuboProfiles {
		for _, hidden := range []bool{false, true} {
			opts := p.opts
			opts.Hidden, opts.OnlyHash = hidden, true
			want, err := open(t).Add(ctx, root, opts)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := ipfs.TarFolder(ctx, &buf, root, hidden, nil); err != nil {
				t.Fatal(err)
			}
			got, err := open(t).AddTar(ctx, &buf, opts)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%s hidden=%v: AddTar %+v, Add %+v", p.name, hidden, got, want)
			}
		}
	}
	// Hidden entries a client sends anyway are left out as Add leaves them.
	var all bytes.Buffer
	ipfs.TarFolder(ctx, &all, root, true, nil)
	want, _ := open(t).Add(ctx, root, ipfs.AddOptions{OnlyHash: true})
	if got, err := open(t).AddTar(ctx, &all, ipfs.AddOptions{OnlyHash: true}); err != nil || got != want {
		t.Errorf("a tar with hidden entries, added without Hidden: %+v, %v; want %+v", got, err, want)
	}
}

func tarOf(t *testing.T, entries ...tar.Header) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, h := range entries {
		h := h
		if h.Typeflag == 0 {
			h.Typeflag = tar.TypeReg
		}
		if h.Typeflag == tar.TypeReg {
			h.Size = int64(len(h.Name))
		}
		if err := tw.WriteHeader(&h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			io.WriteString(tw, h.Name)
		}
	}
	tw.Close()
	return &buf
}

// A tar that would climb out of the folder, name a path twice or carry a
// device is refused, and the blocks it had written go again.
func testAddTarRefusesAndLeavesNothing(t *testing.T, open opener) {
	ctx := context.Background()
	s := open(t)
	tests := []struct {
		name string
		tar  io.Reader
		want string
	}{
		{"dotdot", tarOf(t, tar.Header{Name: "ok.txt"}, tar.Header{Name: "../escape"}), "climbs out"},
		{"absolute", tarOf(t, tar.Header{Name: "ok.txt"}, tar.Header{Name: "/etc/passwd"}), "relative"},
		{"twice", tarOf(t, tar.Header{Name: "a/x"}, tar.Header{Name: "a/x"}), "given twice"},
		{"file-then-dir", tarOf(t, tar.Header{Name: "a"}, tar.Header{Name: "a/x"}), "not a directory"},
		{"device", tarOf(t, tar.Header{Name: "ok.txt"}, tar.Header{Name: "dev", Typeflag: tar.TypeChar}), "neither a file"},
		{"long-name", tarOf(t, tar.Header{Name: strings.Repeat("n", 300)}), "at most 255"},
		// Each folder of a path is held until the end: depth costs memory.
		{"deep", tarOf(t, tar.Header{Name: strings.Repeat("a/", 300) + "x"}), "folders deep (at most 256)"},
		{"garbage", strings.NewReader(strings.Repeat("not a tar ", 100)), "invalid folder tar"},
		{"cut-short", io.LimitReader(tarOf(t, tar.Header{Name: "ok.txt"}, tar.Header{Name: strings.Repeat("b", 200)}), 1200), "invalid folder tar"},
	}
	for _, tc := range tests {
		_, err := s.AddTar(ctx, tc.tar, ipfs.AddOptions{Pin: true})
		if !errors.Is(err, ipfs.ErrBadTar) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want ErrBadTar saying %q", tc.name, err, tc.want)
		}
		if n := countBlocks(t, s); n != 0 {
			t.Errorf("%s: %d blocks left behind", tc.name, n)
		}
	}
}

// failingReader gives n bytes, then fails, as an upload cut off by its
// size limit does.
type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("request body too large")
	}
	k := min(len(p), f.n)
	for i := range p[:k] {
		p[i] = byte(f.n - i)
	}
	f.n -= k
	return k, nil
}

// An add cut short after blocks were written takes them out again, and
// leaves the blocks the store held before.
func testAddCutShortLeavesNothing(t *testing.T, open opener) {
	ctx := context.Background()
	s := open(t)
	kept, err := s.AddReader(ctx, strings.NewReader("kept"), ipfs.AddOptions{Pin: true})
	if err != nil {
		t.Fatal(err)
	}
	before := countBlocks(t, s)
	if _, err := s.AddReader(ctx, &failingReader{n: 3 << 20}, ipfs.AddOptions{Pin: true}); err == nil {
		t.Fatal("an add whose reader failed succeeded")
	}
	if n := countBlocks(t, s); n != before {
		t.Fatalf("%d blocks after a failed add, %d before", n, before)
	}
	if _, err := s.Stat(ctx, kept.CID); err != nil {
		t.Fatalf("the earlier add was taken out too: %v", err)
	}
}

func testCatOffsetPastTheEnd(t *testing.T, open opener) {
	ctx := context.Background()
	s := open(t)
	added, _ := s.AddReader(ctx, strings.NewReader("ten bytes!"), ipfs.AddOptions{})
	if _, err := s.Cat(ctx, added.CID, 11, -1); !errors.Is(err, ipfs.ErrBadRange) {
		t.Fatalf("cat past the end: %v, want ErrBadRange", err)
	}
}
