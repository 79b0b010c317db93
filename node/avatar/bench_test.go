package avatar_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/mifm/mifm/node/avatar"
	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/vrm"
)

// benchPlatformB is the demo's VRM 1.0 world (demo/manifestos/platform-b.json).
var benchPlatformB = avatar.Constraints{Formats: []string{"vrm-1.0", "gltf-2.0"}, MaxPolygons: 50000, MaxTextureSize: 1024, Features: []string{"blend-shapes", "mtoon"}}

// benchDetail makes node/avatar/sample's large avatar: 114,432 triangles,
// the nearest level to 100,000 (detail 7 is 87,920).
const benchDetail = 8

// benchLarge is the large sample, built once and only when a benchmark
// asks for it: VRM 1.0, a 2048-pixel texture.
var benchLarge = sync.OnceValues(func() ([]byte, error) {
	return sample.Humanoid(sample.Options{Detail: benchDetail, TextureSize: 2048})
})

// BenchmarkConvert converts avatars to platform B's constraints, as a
// visit there does: the three VRM 1.0 vectors of vrm-c/vrm-specification
// (within the limits already; a spring-bone or texture change at most),
// node/avatar/sample's VRM 0.x humanoid at detail 2 (to VRM 1.0, its
// spring bones dropped), and its VRM 1.0 humanoid of 114,432 triangles with
// a 2048-pixel texture (spring bones dropped, decimated to 50,000
// triangles, the texture downscaled to 1024 pixels). The large one is also
// decimated to 50%, 25% and 10% of its triangles, with B's limits but no
// texture limit, so that those measure decimation rather than the PNG
// resampling and encoding. Each operation decodes, changes, encodes and
// reads the result back, as Convert does.
//
// tris/s counts input triangles per second and MB/s input bytes; tris-in,
// tris-out and bytes-out describe one conversion.
func BenchmarkConvert(b *testing.B) {
	files, err := filepath.Glob("../../../shared/vectors/vrm/*.vrm")
	if err != nil || len(files) == 0 {
		b.Fatalf("no VRM vectors: %v", err)
	}
	for _, f := range files {
		b.Run("vector/"+strings.TrimSuffix(filepath.Base(f), ".vrm"), func(b *testing.B) {
			in, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			benchConvert(b, in, benchPlatformB)
		})
	}
	b.Run("sample/vrm0-detail2", func(b *testing.B) {
		in, err := sample.Humanoid(sample.Options{VRM0: true, Detail: 2})
		if err != nil {
			b.Fatal(err)
		}
		benchConvert(b, in, benchPlatformB)
	})
	b.Run(fmt.Sprintf("sample/detail%d-tex2048/platformB", benchDetail), func(b *testing.B) {
		in, err := benchLarge()
		if err != nil {
			b.Fatal(err)
		}
		benchConvert(b, in, benchPlatformB)
	})
	for _, share := range []float64{0.5, 0.25, 0.1} {
		b.Run(fmt.Sprintf("sample/detail%d-tex2048/decimate-%.0f%%", benchDetail, share*100), func(b *testing.B) {
			in, err := benchLarge()
			if err != nil {
				b.Fatal(err)
			}
			a, err := vrm.Decode(in, vrm.Limits{})
			if err != nil {
				b.Fatal(err)
			}
			c := benchPlatformB
			c.MaxPolygons = int(share * float64(a.Describe().Triangles))
			c.MaxTextureSize = 0
			benchConvert(b, in, c)
		})
	}
}

func benchConvert(b *testing.B, in []byte, c avatar.Constraints) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	var out []byte
	var o avatar.Outcome
	for b.Loop() {
		var err error
		out, o, err = avatar.Convert(b.Context(), in, c, avatar.Use{}, vrm.Limits{})
		if err != nil {
			b.Fatal(err)
		}
	}
	if c.MaxPolygons > 0 && o.After.Triangles > c.MaxPolygons {
		b.Fatalf("%d triangles after, the limit is %d", o.After.Triangles, c.MaxPolygons)
	}
	b.ReportMetric(float64(o.Before.Triangles)*float64(b.N)/b.Elapsed().Seconds(), "tris/s")
	b.ReportMetric(float64(o.Before.Triangles), "tris-in")
	b.ReportMetric(float64(o.After.Triangles), "tris-out")
	b.ReportMetric(float64(len(out)), "bytes-out")
}
