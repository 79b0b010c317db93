package simplify

import (
	"context"
	"testing"
)

// BenchmarkSimplify decimates a seamed UV sphere of 99,852 triangles (the
// size of a detailed avatar body) to 10% and 50%. tris/s counts input
// triangles per second.
func BenchmarkSimplify(b *testing.B) {
	m := uvSphere(158, 318)
	in := len(m.Indices) / 3
	for _, bc := range []struct {
		name     string
		fraction float64
	}{{"10%", 0.1}, {"50%", 0.5}} {
		b.Run(bc.name, func(b *testing.B) {
			target := int(bc.fraction * float64(in))
			b.ReportAllocs()
			for b.Loop() {
				res, err := Simplify(context.Background(), m, target, Options{})
				if err != nil || !res.Reached {
					b.Fatalf("reached %v: %v", res.Reached, err)
				}
			}
			b.ReportMetric(float64(in)*float64(b.N)/b.Elapsed().Seconds(), "tris/s")
		})
	}
}
