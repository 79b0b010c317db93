package collection_test

import (
	"context"
	"encoding/base64"
	"testing"
	"time"

	"github.com/mifm/mifm/node/collection"
)

// BenchmarkInspect reads a token of mifm's Asset721 from the embedded chain,
// in process: ERC-165 checks, owner, URI, royalty, and the provenance search
// (a binary search over the chain's blocks, then the creation block's
// receipts) or not.
func BenchmarkInspect(b *testing.B) {
	w := setup(b)
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		opts []collection.Option
	}{
		{"with-provenance", nil},
		{"provenance-cached", []collection.Option{collection.WithoutProvenance()}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			start := time.Now()
			for b.Loop() {
				if _, err := collection.Inspect(ctx, w.chain, w.own721, w.own721ID, collection.ERC721, bc.opts...); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "ops/s")
		})
	}
}

// BenchmarkFetchMetadataData decodes and parses on-chain metadata: a base64
// data: URI of the traits fixture.
func BenchmarkFetchMetadataData(b *testing.B) {
	data := fixture(b, "traits.json")
	uri := "data:application/json;base64," + base64.StdEncoding.EncodeToString(data)
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	start := time.Now()
	for b.Loop() {
		if _, err := collection.FetchMetadata(ctx, uri, collection.Fetchers{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "ops/s")
}
