// Package simplify decimates the triangle meshes of avatars for FGMV-43
// AVCF, the avatar conversion function, so that a converted avatar meets a
// destination platform's maxPolygons limit.
//
// The algorithm is the one of meshoptimizer's meshopt_simplify (Arseny
// Kapoulkine), written anew: quadric error metrics, and edge collapses that
// only ever move a vertex onto a neighbouring vertex that already exists.
// No vertex is created and none is moved, so the output is nothing but a
// new index buffer over the caller's vertex buffer: skin weights, joints,
// UVs, normals and morph targets (blend shapes) stay valid without being
// touched. Compact then drops the vertices nothing refers to any more.
//
// Avatars are seldom clean manifolds. Vertices that share a position but
// differ in their attributes (UV seams, split normals) are collapsed in
// pairs along the seam so that it does not crack open; vertices on open
// borders move only along the border; vertices whose neighbourhood is more
// complex than that never move.
package simplify

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
)

// ErrInvalidMesh is wrapped by the errors Simplify and Compact return for
// input they refuse.
var ErrInvalidMesh = errors.New("simplify: invalid mesh")

// Mesh is an indexed triangle list: Positions per vertex, Indices three per
// triangle.
type Mesh struct {
	Positions [][3]float32
	Indices   []uint32
}

// Options tune Simplify. The zero value simplifies down to the target
// triangle count whatever the error, with borders free to move along
// themselves.
type Options struct {
	// TargetError bounds the error of every collapse, as a fraction of the
	// largest side of the mesh's bounding box (0.01 keeps the surface
	// within about 1% of it). Simplification stops early when the next
	// collapse would exceed it. 0 means no bound: only the target count
	// stops it. To ask for nearly lossless output use a tiny positive
	// value such as 1e-6.
	TargetError float32
	// LockBorder keeps vertices on open borders in place, for meshes whose
	// borders meet other meshes (a head and its neck) and must keep
	// matching them.
	LockBorder bool
}

// Result is what Simplify reached.
type Result struct {
	// Indices is the new index buffer, three per triangle, over the
	// vertices of the input mesh.
	Indices []uint32
	// Error is the largest error of the collapses performed, as a fraction
	// of the largest side of the mesh's bounding box.
	Error float32
	// Triangles is len(Indices)/3.
	Triangles int
	// Reached says whether Triangles is at or under the target. It is false
	// when topology (locked vertices, borders, seams), triangle flips or
	// TargetError stopped the collapses first; Indices then hold the
	// smallest mesh reached.
	Reached bool
}

// maxVertices leaves the top two uint32 values free as markers.
const maxVertices = math.MaxUint32 - 2

// Simplify returns indices of at most targetTriangles triangles over the
// vertices of m, best effort: when m cannot be reduced that far without
// breaking its topology or exceeding opts.TargetError, it returns the
// smallest mesh it reached and says so in Result.Reached.
//
// Triangles that are degenerate in the input (a repeated index, or two
// corners at the same position) are dropped even when m already meets the
// target, so the output never holds a degenerate triangle.
func Simplify(ctx context.Context, m Mesh, targetTriangles int, opts Options) (Result, error) {
	if err := validate(m, targetTriangles, opts); err != nil {
		return Result{}, err
	}
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("simplify: %w", err)
	}
	s := newSimplifier(m, opts.LockBorder)
	indices := s.dropDegenerate(m.Indices)
	limit := math.Inf(1)
	if opts.TargetError > 0 {
		limit = float64(opts.TargetError) * float64(opts.TargetError)
	}
	var maxErr float64
	if len(indices)/3 > targetTriangles {
		s.prepare(indices)
		var err error
		indices, maxErr, err = s.run(ctx, indices, targetTriangles, limit)
		if err != nil {
			return Result{}, err
		}
	}
	tris := len(indices) / 3
	return Result{
		// A copy: the working buffer is as large as the input.
		Indices:   slices.Clone(indices),
		Error:     float32(math.Sqrt(maxErr)),
		Triangles: tris,
		Reached:   tris <= targetTriangles,
	}, nil
}

// validate refuses what would make the simplifier read out of bounds or
// compute with NaN.
func validate(m Mesh, target int, opts Options) error {
	if target < 0 {
		return fmt.Errorf("%w: target of %d triangles is negative", ErrInvalidMesh, target)
	}
	if t := opts.TargetError; t < 0 || math.IsNaN(float64(t)) || math.IsInf(float64(t), 0) {
		return fmt.Errorf("%w: target error %v is not a finite non-negative number", ErrInvalidMesh, t)
	}
	if len(m.Indices)%3 != 0 {
		return fmt.Errorf("%w: %d indices are not a whole number of triangles", ErrInvalidMesh, len(m.Indices))
	}
	if len(m.Positions) > maxVertices {
		return fmt.Errorf("%w: %d vertices, the limit is %d", ErrInvalidMesh, len(m.Positions), maxVertices)
	}
	for i, p := range m.Positions {
		for axis, x := range p {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return fmt.Errorf("%w: vertex %d coordinate %d is %v", ErrInvalidMesh, i, axis, x)
			}
		}
	}
	for i, v := range m.Indices {
		if int(v) >= len(m.Positions) {
			return fmt.Errorf("%w: index %d is %d, there are %d vertices", ErrInvalidMesh, i, v, len(m.Positions))
		}
	}
	return nil
}
