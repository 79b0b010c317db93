package asset_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/asset"
)

func arrows(ids ...string) []asset.Request {
	var out []asset.Request
	for _, id := range ids {
		out = append(out, asset.Request{
			Files: []asset.File{{Name: id + ".glb", Data: strings.NewReader("glTF " + id)}},
			Name:  "Arrow " + id, LocalID: id, Amount: big.NewInt(int64(len(id))),
			Attributes: []asset.Attribute{{TraitType: "id", Value: id}},
		})
	}
	return out
}

func TestTokenizeBatch(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	for _, std := range []asset.Standard{asset.ERC721, asset.ERC1155} {
		t.Run(string(std), func(t *testing.T) {
			prefix := string(std) + "-"
			batch := func(ids ...string) []asset.Request {
				reqs := arrows(ids...)
				for i := range reqs {
					if std == asset.ERC721 {
						reqs[i].Amount = nil
					}
				}
				return reqs
			}
			res, err := f.tok.TokenizeBatch(ctx, asset.BatchRequest{Assets: batch(prefix+"a", prefix+"bb", prefix+"ccc"), Standard: std, To: f.addrs[1], RoyaltyBps: 100})
			if err != nil {
				t.Fatal(err)
			}
			dir, err := cid.Decode(res.DirectoryCID)
			if err != nil || dir.Type() != cid.DagProtobuf || res.Minted != 3 || res.BatchID == "" || len(res.Assets) != 3 {
				t.Fatalf("batch = %+v", res)
			}
			for _, a := range res.Assets {
				if a.Existing || a.Tx != res.Tx || a.MetadataURI != fmt.Sprintf("ipfs://%s/%064s.json", dir, hexID(a.TokenID)) {
					t.Fatalf("asset = %+v", a)
				}
				shown, err := f.reader.Show(ctx, f.store, "", a.Asset)
				if err != nil || !shown.Verified || shown.URI != a.MetadataURI || !shown.InBatchDirectory || shown.Metadata.Name != "Arrow "+a.LocalAssetID {
					t.Fatalf("show %s = %+v, %v", a.Asset, shown, err)
				}
				if std == asset.ERC1155 && (len(shown.Holders) != 1 || shown.Holders[0].Balance != fmt.Sprint(len(a.LocalAssetID)) || shown.Holders[0].Address != f.addrs[1]) {
					t.Fatalf("holders of %s = %+v", a.LocalAssetID, shown.Holders)
				}
				if std == asset.ERC721 && *shown.Owner != f.addrs[1] {
					t.Fatalf("owner of %s = %s", a.LocalAssetID, shown.Owner)
				}
			}

			// Again with one more: the three are returned as they are, one is minted.
			again, err := f.tok.TokenizeBatch(ctx, asset.BatchRequest{Assets: batch(prefix+"a", prefix+"bb", prefix+"ccc", prefix+"dddd"), Standard: std, To: f.addrs[1], RoyaltyBps: 100})
			if err != nil {
				t.Fatal(err)
			}
			if again.Minted != 1 || again.Tx == res.Tx {
				t.Fatalf("second batch = %+v, want one new token", again)
			}
			for i, a := range again.Assets {
				if a.Existing != (i < 3) || (i < 3 && (a.Tx != res.Tx || a.Note != "")) {
					t.Fatalf("asset %d of the second batch = %+v", i, a)
				}
			}
			// Nothing new: nothing sent.
			idle, err := f.tok.TokenizeBatch(ctx, asset.BatchRequest{Assets: batch(prefix + "a"), Standard: std, To: f.addrs[1], RoyaltyBps: 100})
			if err != nil || idle.Minted != 0 || idle.Tx != ([32]byte{}) || !idle.Assets[0].Existing {
				t.Fatalf("batch of a known asset = %+v, %v", idle, err)
			}
		})
	}
	held, err := f.reader.Holdings(ctx, f.addrs[1])
	if err != nil || len(held) != 8 {
		t.Fatalf("holdings = %d, %v; want the 8 tokens of both batches", len(held), err)
	}
}

func TestTokenizeBatchRefusals(t *testing.T) {
	f := newFixture(t)
	cases := []struct {
		name string
		req  asset.BatchRequest
		want string
	}{
		{"empty", asset.BatchRequest{}, "empty"},
		{"too big", asset.BatchRequest{Assets: make([]asset.Request, asset.MaxBatch+1)}, "split it"},
		{"same local id twice", asset.BatchRequest{Assets: arrows("x", "x")}, "same local id"},
		{"an asset without name", asset.BatchRequest{Assets: append(arrows("y"), asset.Request{Files: arrows("z")[0].Files})}, "asset 2"},
		{"editions in ERC-721", asset.BatchRequest{Assets: arrows("ww")}, "amount must be 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := f.tok.TokenizeBatch(context.Background(), c.req)
			if !errors.Is(err, asset.ErrBadRequest) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want ErrBadRequest saying %q", err, c.want)
			}
		})
	}
}

func hexID(decimal string) string {
	n, _ := new(big.Int).SetString(decimal, 10)
	return fmt.Sprintf("%x", n)
}
