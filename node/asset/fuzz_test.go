package asset_test

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/asset"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/sword-metadata.json from a fresh tokenization")

// The metadata JSON is part of the token's identity (its CID is on chain):
// the same request must give the same bytes in every release.
func TestMetadataIsStable(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	res, err := f.tok.Tokenize(ctx, sword())
	if err != nil {
		t.Fatal(err)
	}
	file, err := f.store.Cat(ctx, cid.MustParse(res.MetadataCID), 0, -1)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(file)
	file.Close()
	if *updateGolden {
		if err := os.WriteFile("testdata/sword-metadata.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/sword-metadata.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("metadata changed (its CID would too); got:\n%s\nwant:\n%s", got, want)
	}
	if _, err := asset.ParseMetadata(want); err != nil {
		t.Fatal(err)
	}
}

func FuzzParseMetadata(f *testing.F) {
	if golden, err := os.ReadFile("testdata/sword-metadata.json"); err == nil {
		f.Add(golden)
	}
	f.Add([]byte(`{"name":"x","mifm":{"originPlatform":"did:web:a","localAssetId":"1","content":[]}}`))
	f.Add([]byte(`{"name":""}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := asset.ParseMetadata(data)
		if err != nil {
			return
		}
		if m.Name == "" || m.Mifm.OriginPlatform == "" || m.Mifm.LocalAssetID == "" {
			t.Fatalf("accepted metadata without name or origin: %q", data)
		}
	})
}

func FuzzLocalAssetID(f *testing.F) {
	for _, s := range []string{"sword-0001", "", strings.Repeat("x", 32), strings.Repeat("y", 33), "a\x00b", "\xff", "bafkreieqby3bm62kdfhbunyyeoa33qlab4e2ygcppjhzfzntjhhyoj3kgi"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := asset.LocalAssetID(s)
		valid := s != "" && utf8.ValidString(s) && !strings.ContainsRune(s, 0) && len(s) <= 1024
		if (err == nil) != valid {
			t.Fatalf("LocalAssetID(%q) error = %v, want valid=%v", s, err, valid)
		}
		if err != nil {
			return
		}
		if len(s) <= 32 && string(bytes.TrimRight(id[:], "\x00")) != s {
			t.Fatalf("short id %q not stored as its bytes: %x", s, id)
		}
		if again, _ := asset.LocalAssetID(s); again != id {
			t.Fatal("LocalAssetID is not deterministic")
		}
	})
}

func FuzzParseStandard(f *testing.F) {
	for _, s := range []string{"erc721", "ERC-1155", "1155", "erc20", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		std, err := asset.ParseStandard(s)
		if err == nil && std != asset.ERC721 && std != asset.ERC1155 {
			t.Fatalf("ParseStandard(%q) = %q", s, std)
		}
	})
}

func FuzzParseManifest(f *testing.F) {
	f.Add([]byte(`{"assets":[{"localId":"a-1","name":"A","files":["a.glb"],"amount":"3","attributes":[{"trait_type":"k","value":"v"}]}]}`))
	f.Add([]byte(`{"assets":[]}`))
	f.Add([]byte(`{"assets":[{"localId":"a","name":"A","files":["/abs/a.glb"],"colour":"red"}]}`))
	f.Add([]byte(`{"assets":[{"localId":"a","name":"A","files":[""]}]} {}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := asset.ParseManifest(data, "/base")
		if err != nil {
			return
		}
		for _, a := range m.Assets {
			if a.Name == "" || a.LocalID == "" || len(a.Files) == 0 {
				t.Fatalf("accepted an incomplete asset: %+v", a)
			}
			for _, p := range a.Files {
				if !strings.HasPrefix(p, "/") {
					t.Fatalf("file path %q not resolved", p)
				}
			}
			if r := a.Request(nil); a.Amount != "" && (r.Amount == nil || r.Amount.Sign() <= 0) {
				t.Fatalf("amount %q became %v", a.Amount, r.Amount)
			}
		}
	})
}
