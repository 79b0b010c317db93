package simplify

import (
	"fmt"
	"math"
)

// Compact renumbers the vertices indices refer to as 0, 1, 2, ... in the
// order of first use, which also keeps vertex fetches close together for
// the GPU. remap[v] is v's new index, -1 for a vertex nothing refers to
// any more; apply it to every attribute array with RemapVertices.
func Compact(indices []uint32, vertexCount int) (remap []int32, newIndices []uint32, err error) {
	if vertexCount < 0 || vertexCount > math.MaxInt32 {
		return nil, nil, fmt.Errorf("%w: vertex count %d out of range", ErrInvalidMesh, vertexCount)
	}
	remap = make([]int32, vertexCount)
	for i := range remap {
		remap[i] = -1
	}
	newIndices = make([]uint32, len(indices))
	next := int32(0)
	for i, v := range indices {
		if int(v) >= vertexCount {
			return nil, nil, fmt.Errorf("%w: index %d is %d, there are %d vertices", ErrInvalidMesh, i, v, vertexCount)
		}
		if remap[v] < 0 {
			remap[v] = next
			next++
		}
		newIndices[i] = uint32(remap[v])
	}
	return remap, newIndices, nil
}

// RemapVertices returns the values of one per-vertex attribute (positions,
// normals, UVs, joints, weights, a morph target's deltas) reordered by a
// remap from Compact, dropping the vertices it maps to -1.
func RemapVertices[T any](values []T, remap []int32) ([]T, error) {
	if len(values) != len(remap) {
		return nil, fmt.Errorf("%w: %d values for %d vertices", ErrInvalidMesh, len(values), len(remap))
	}
	n := 0
	for _, r := range remap {
		if r >= 0 {
			n++
		}
	}
	out := make([]T, n)
	for v, r := range remap {
		if r < 0 {
			continue
		}
		if int(r) >= n {
			return nil, fmt.Errorf("%w: vertex %d maps to %d, beyond the %d kept", ErrInvalidMesh, v, r, n)
		}
		out[r] = values[v]
	}
	return out, nil
}

// Bounds returns the bounding box of the vertices m's indices refer to;
// indices out of range are ignored. Both corners are zero when there are
// none.
func Bounds(m Mesh) (lo, hi [3]float32) {
	first := true
	for _, v := range m.Indices {
		if int(v) >= len(m.Positions) {
			continue
		}
		p := m.Positions[v]
		if first {
			lo, hi, first = p, p, false
			continue
		}
		for i := range 3 {
			lo[i] = min(lo[i], p[i])
			hi[i] = max(hi[i], p[i])
		}
	}
	return lo, hi
}
