package asset_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/mifm/mifm/node/asset"
)

// BenchmarkTokenize is the whole of `mifm asset mint` but the process start:
// a 64 KiB model into IPFS, metadata built and stored, the mint sent and
// waited for on the embedded chain.
func BenchmarkTokenize(b *testing.B) {
	f := newFixture(b)
	model := bytes.Repeat([]byte("glTF model bytes "), 64<<10/17)
	var gas uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := f.tok.Tokenize(context.Background(), asset.Request{
			Files: []asset.File{{Name: "m.glb", Data: bytes.NewReader(append(model, fmt.Sprint(i)...))}},
			Name:  "Bench", LocalID: fmt.Sprintf("bench-%d", i),
		})
		if err != nil {
			b.Fatal(err)
		}
		gas += res.GasUsed
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "mints/s")
	b.ReportMetric(float64(gas)/float64(b.N), "gas/mint")
}

// BenchmarkShow reads a token from the chain and checks its metadata in IPFS.
func BenchmarkShow(b *testing.B) {
	f := newFixture(b)
	res, err := f.tok.Tokenize(context.Background(), sword())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if s, err := f.reader.Show(context.Background(), f.store, "", res.Asset); err != nil || !s.Verified {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "shows/s")
}
