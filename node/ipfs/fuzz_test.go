package ipfs_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/mifm/mifm/node/ipfs"
)

// FuzzImportCAR: CARs come from other nodes and users. Whatever the bytes,
// Import must not panic, and what it accepts must be whole, readable blocks.
func FuzzImportCAR(f *testing.F) {
	ctx := context.Background()
	src, err := ipfs.Open(ctx, f.TempDir(), ipfs.Options{Fetch: loopbackFetch()})
	if err != nil {
		f.Fatal(err)
	}
	defer src.Close()
	for i, n := range []int{0, 1, 300 << 10} {
		added, err := src.AddReader(ctx, bytes.NewReader(seeded(n, uint64(i))), ipfs.AddOptions{CIDVersion: i % 2})
		if err != nil {
			f.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := src.Export(ctx, added.CID, &buf); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
	}
	f.Add([]byte{0x0a, 0xa1, 0x67, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x02})
	dst, err := ipfs.Open(ctx, f.TempDir(), ipfs.Options{Fetch: loopbackFetch()})
	if err != nil {
		f.Fatal(err)
	}
	defer dst.Close()
	f.Fuzz(func(t *testing.T, car []byte) {
		imp, err := dst.Import(ctx, bytes.NewReader(car))
		if err != nil {
			return
		}
		for _, root := range imp.Pinned {
			if _, err := dst.Stat(ctx, root); err != nil {
				t.Fatalf("pinned root %s of an accepted CAR does not stat: %v", root, err)
			}
		}
	})
}

// FuzzParseCID: CIDs arrive on the command line, in URLs and in metadata.
func FuzzParseCID(f *testing.F) {
	for _, s := range []string{"QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "Qm", "b", "zdj7W", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ipfs.ParseCID(s)
		if err != nil {
			return
		}
		again, err := ipfs.ParseCID(c.String())
		if err != nil || !again.Equals(c) {
			t.Fatalf("%q parsed to %s, which does not parse back: %v", s, c, err)
		}
	})
}
