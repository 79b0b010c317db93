package daemon

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/riclient"
)

// The same operation in process (the core) and over RI (the client on
// loopback, the route, the audit entry): what the HTTP layer costs a
// platform's back end.
func benchBothWays(b *testing.B, run func(b *testing.B, n api.Node)) {
	p := benchNode(b, "", false)
	cl, err := riclient.New(p.RI, p.Token, nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, way := range []struct {
		name string
		n    api.Node
	}{{"core", p.Core}, {"ri", cl}} {
		b.Run(way.name, func(b *testing.B) { run(b, way.n) })
	}
}

// Adding a 16 MiB file (chunked, hashed, stored, pinned; the same bytes
// each time, so the store does not grow).
func BenchmarkContentAdd(b *testing.B) {
	data := bytes.Repeat([]byte("sixteen mebibytes of a model file "), (16<<20)/34)
	benchBothWays(b, func(b *testing.B, n api.Node) {
		ctx := context.Background()
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			if _, err := n.ContentAdd(ctx, api.Upload{Body: bytes.NewReader(data), Size: int64(len(data)), Name: "model.glb"}, api.AddOptions{Pin: true, CIDVersion: 1}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// Tokenizing an asset (one 64 KiB file and its metadata into IPFS, one
// ERC-721 mint on the embedded chain), a new asset each time.
func BenchmarkAssetMint(b *testing.B) {
	file := bytes.Repeat([]byte("g"), 64<<10)
	benchBothWays(b, func(b *testing.B, n api.Node) {
		ctx := context.Background()
		mint := func(local string) uint64 {
			f := append([]byte(local), file...)
			res, err := n.AssetMint(ctx, api.MintRequest{
				Metadata: api.MintMetadata{Name: local, LocalID: local},
				Files:    []api.File{{Name: "model.glb", Data: bytes.NewReader(f)}},
			})
			if err != nil {
				b.Fatal(err)
			}
			return res.GasUsed
		}
		// The node's first mint deploys the suite: not what is measured.
		mint(b.Name() + "-warm")
		b.ResetTimer()
		var gas uint64
		for i := 0; i < b.N; i++ {
			gas = mint(fmt.Sprintf("%s-%d", b.Name(), i))
		}
		b.ReportMetric(float64(gas), "gas/mint")
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "mints/s")
	})
}
