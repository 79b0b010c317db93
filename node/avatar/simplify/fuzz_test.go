package simplify

import (
	"context"
	"encoding/binary"
	"math"
	"testing"
)

// fuzzMaxVertices bounds the meshes the fuzzer builds, so that one input
// stays within milliseconds.
const fuzzMaxVertices = 4096

// meshFromBytes builds a valid mesh, a target and options from fuzz
// input. Layout: vertex count (2 bytes), target per 256 of the triangles,
// flags, then 3 bytes per vertex (coordinates on a 16-step grid, so that
// vertices often coincide and make seams, pinches and folds), then 2 bytes
// per index. The vertices the bytes do not cover are generated, so that
// short inputs still make large meshes: flag 4 triangulates them as an open
// grid, flag 8 as a closed torus with a UV seam (its last column duplicates
// the first).
func meshFromBytes(data []byte) (Mesh, int, Options) {
	header := make([]byte, 4)
	copy(header, data)
	data = data[min(len(data), 4):]
	n := 3 + int(binary.LittleEndian.Uint16(header))%(fuzzMaxVertices-2)
	fraction, flags := int(header[2]), header[3]

	m := Mesh{Positions: make([][3]float32, n)}
	rows := n / fuzzGridWidth
	for v := range m.Positions {
		if len(data) >= 3 {
			m.Positions[v] = [3]float32{float32(data[0] & 15), float32(data[1] & 15), float32(data[2] & 15)}
			data = data[3:]
			continue
		}
		m.Positions[v] = generatedPosition(v, rows, flags&8 != 0)
	}
	for len(data) >= 2 {
		m.Indices = append(m.Indices, uint32(binary.LittleEndian.Uint16(data))%uint32(n))
		data = data[2:]
	}
	m.Indices = m.Indices[:len(m.Indices)/3*3]
	switch {
	case flags&8 != 0 && rows >= 3:
		m.Indices = append(m.Indices, gridIndices(fuzzGridWidth-1, rows, func(x, y int) uint32 {
			return uint32(y%rows*fuzzGridWidth + x)
		})...)
	case flags&4 != 0 && rows >= 2:
		m.Indices = append(m.Indices, gridIndices(fuzzGridWidth-1, rows-1, func(x, y int) uint32 {
			return uint32(y*fuzzGridWidth + x)
		})...)
	}
	opts := Options{LockBorder: flags&1 != 0}
	if flags&2 != 0 {
		opts.TargetError = float32(flags>>4) / 64
	}
	return m, fraction * len(m.Indices) / 3 / 256, opts
}

const fuzzGridWidth = 64

// generatedPosition places vertex v of a grid fuzzGridWidth wide on a wavy
// plane, or on a torus whose last column repeats the first bit for bit.
func generatedPosition(v, rows int, torus bool) [3]float32 {
	x, y := v%fuzzGridWidth, v/fuzzGridWidth
	if !torus || rows < 3 {
		return [3]float32{float32(x), float32(y), float32(x % 3)}
	}
	a := 2 * math.Pi * float64(x%(fuzzGridWidth-1)) / float64(fuzzGridWidth-1)
	b := 2 * math.Pi * float64(y%rows) / float64(rows)
	r := 1 + 0.4*math.Cos(b)
	return [3]float32{float32(r * math.Cos(a)), float32(0.4 * math.Sin(b)), float32(r * math.Sin(a))}
}

func FuzzSimplify(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{8, 0, 64, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 2, 0, 0, 0, 2, 0, 3, 0})
	f.Add([]byte{0xfd, 0x0f, 128, 4})   // open grid of 4096 vertices, to half
	f.Add([]byte{0xfd, 0x0f, 10, 4})    // the same to 4%
	f.Add([]byte{0xfd, 0x0f, 10, 5})    // with locked borders
	f.Add([]byte{0xfd, 0x0f, 10, 0x36}) // with an error bound
	f.Add([]byte{0xfd, 0x0f, 10, 8})    // seamed torus to 4%
	f.Add([]byte{0x00, 0x08, 40, 9})    // smaller seamed torus, locked borders
	f.Fuzz(func(t *testing.T, data []byte) {
		m, target, opts := meshFromBytes(data)
		res, err := Simplify(context.Background(), m, target, opts)
		if err != nil {
			t.Fatalf("valid mesh refused: %v", err)
		}
		if res.Triangles != len(res.Indices)/3 || len(res.Indices)%3 != 0 {
			t.Fatalf("%d triangles in %d indices", res.Triangles, len(res.Indices))
		}
		if res.Triangles > len(m.Indices)/3 {
			t.Fatalf("%d triangles from %d", res.Triangles, len(m.Indices)/3)
		}
		if res.Reached != (res.Triangles <= target) {
			t.Fatalf("reached %v with %d triangles for %d", res.Reached, res.Triangles, target)
		}
		if opts.TargetError > 0 && res.Error > opts.TargetError {
			t.Fatalf("error %v over the limit %v", res.Error, opts.TargetError)
		}
		out := Mesh{Positions: m.Positions, Indices: res.Indices}
		checkTriangles(t, out)
		// Collapses move every vertex of a position together, which keeps
		// each edge used as often in one direction as in the other: a
		// closed surface stays closed.
		if len(edgeBalance(m)) == 0 && len(edgeBalance(out)) != 0 {
			t.Fatalf("a closed mesh came out open")
		}
	})
}
