package simplify

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"
)

// hausdorffSamples per direction, on top of every vertex: enough that the
// estimate is stable to well under the bounds below, cheap enough that the
// whole table runs in about a second under -race.
const hausdorffSamples = 4000

// maxBoundsDrift is the largest move of any bounding box face, as a
// fraction of the diagonal. Corners are locked or held by border/seam
// quadrics, and sphere and torus extremes lie on vertices, so boxes barely
// move; 2% leaves room for the coarsest torus.
const maxBoundsDrift = 0.02

// Hausdorff bounds as a fraction of the bounding box diagonal, per
// fraction of triangles kept. An ideally even triangulation of a sphere
// into n triangles sags between vertices by r·(1-cos(s/√3)), s the side of
// a triangle of area 4π/n: 0.13%, 0.25% and 0.64% of the diagonal for the
// 2208-triangle sphere kept at 50%, 25% and 10%. Simplification cannot be
// that even (poles are locked, seams only slide along their meridian,
// collapses go onto existing vertices): the sphere measures 0.33%, 0.65%
// and 1.46%, the torus, more curved, 0.41%, 0.84% and 1.78%. The bounds
// leave about twice that, so they catch a collapse that goes wrong - a
// fold, a pulled-in border, an opened seam is tens of percent - without
// failing on a change of ranking.
var hausdorffBound = map[float64]float64{0.5: 0.01, 0.25: 0.02, 0.1: 0.04}

type testMesh struct {
	name   string
	mesh   Mesh
	closed bool // every edge has two sides: simplification must keep it so
	flat   bool // all faces planar: any error is a bug
}

func testMeshes() []testMesh {
	return []testMesh{
		{name: "seamed sphere", mesh: uvSphere(24, 48), closed: true},
		{name: "plane", mesh: plane(32), flat: true},
		{name: "split-normal cube", mesh: cube(8), closed: true, flat: true},
		{name: "torus", mesh: torus(1, 0.4, 48, 24), closed: true},
	}
}

func TestSimplifyTable(t *testing.T) {
	for _, tm := range testMeshes() {
		for _, ratio := range []float64{0.5, 0.25, 0.1} {
			t.Run(tm.name+"/"+ratioName(ratio), func(t *testing.T) {
				t.Parallel()
				in := tm.mesh
				target := int(ratio * float64(len(in.Indices)/3))
				res, err := Simplify(context.Background(), in, target, Options{})
				if err != nil {
					t.Fatal(err)
				}
				out := Mesh{Positions: in.Positions, Indices: res.Indices}
				if res.Triangles > target || !res.Reached || res.Triangles != len(res.Indices)/3 {
					t.Fatalf("%d triangles (reached %v), target %d", res.Triangles, res.Reached, target)
				}
				checkTriangles(t, out)
				diag := diagonal(in)
				if drift := boundsDrift(in, out) / diag; drift > maxBoundsDrift {
					t.Errorf("bounding box moved by %.4f of the diagonal, limit %v", drift, maxBoundsDrift)
				}
				h := float64(Hausdorff(in, out, hausdorffSamples)) / diag
				bound := hausdorffBound[ratio]
				if tm.flat {
					bound = 1e-5
				}
				if h > bound {
					t.Errorf("Hausdorff distance %.5f of the diagonal, limit %v", h, bound)
				}
				if tm.closed {
					checkClosed(t, out)
				}
				if tm.name == "plane" {
					checkSquareBorder(t, out)
				}
				t.Logf("%d -> %d triangles, error %.5f, hausdorff %.5f of diagonal", len(in.Indices)/3, res.Triangles, res.Error, h)
			})
		}
	}
}

func ratioName(r float64) string {
	return map[float64]string{0.5: "50%", 0.25: "25%", 0.1: "10%"}[r]
}

// checkTriangles fails on an index out of range or a triangle with two
// corners at one vertex or one position.
func checkTriangles(t *testing.T, m Mesh) {
	t.Helper()
	if len(m.Indices)%3 != 0 {
		t.Fatalf("%d indices", len(m.Indices))
	}
	for i, v := range m.Indices {
		if int(v) >= len(m.Positions) {
			t.Fatalf("index %d is %d, %d vertices", i, v, len(m.Positions))
		}
	}
	for i := 0; i < len(m.Indices); i += 3 {
		a, b, c := m.Positions[m.Indices[i]], m.Positions[m.Indices[i+1]], m.Positions[m.Indices[i+2]]
		if a == b || b == c || a == c {
			t.Fatalf("triangle %d is degenerate: %v %v %v", i/3, a, b, c)
		}
	}
}

// checkClosed fails when some edge, taken by positions, is used more
// often in one direction than in the other: on a closed input that is a
// crack, typically a seam whose two sides moved apart.
func checkClosed(t *testing.T, m Mesh) {
	t.Helper()
	for e, n := range edgeBalance(m) {
		if n != 0 {
			t.Fatalf("edge %v - %v is open (balance %d): the surface cracked", e[0], e[1], n)
		}
	}
}

// edgeBalance counts, per undirected edge by position, the half-edges one
// way minus the half-edges the other way.
func edgeBalance(m Mesh) map[[2][3]float32]int {
	balance := map[[2][3]float32]int{}
	for i := 0; i < len(m.Indices); i += 3 {
		for e := range 3 {
			a, b := m.Positions[m.Indices[i+e]], m.Positions[m.Indices[i+(e+1)%3]]
			if lessPos(a, b) {
				balance[[2][3]float32{a, b}]++
			} else {
				balance[[2][3]float32{b, a}]--
			}
		}
	}
	for e, n := range balance {
		if n == 0 {
			delete(balance, e)
		}
	}
	return balance
}

func lessPos(a, b [3]float32) bool { return slices.Compare(a[:], b[:]) < 0 }

// checkSquareBorder fails unless the open edges of a simplified unit
// square still run along its sides and add up to its perimeter.
func checkSquareBorder(t *testing.T, m Mesh) {
	t.Helper()
	length := 0.0
	for e := range edgeBalance(m) {
		a, b := e[0], e[1]
		if !(a[0] == b[0] && (a[0] == 0 || a[0] == 1)) && !(a[1] == b[1] && (a[1] == 0 || a[1] == 1)) {
			t.Fatalf("open edge %v - %v is not on the square's border", a, b)
		}
		length += math.Hypot(float64(a[0]-b[0]), float64(a[1]-b[1]))
	}
	if math.Abs(length-4) > 1e-5 {
		t.Fatalf("border length %v, want 4", length)
	}
}

func diagonal(m Mesh) float64 {
	lo, hi := Bounds(m)
	return math.Sqrt(dist2(vec3{float64(lo[0]), float64(lo[1]), float64(lo[2])}, vec3{float64(hi[0]), float64(hi[1]), float64(hi[2])}))
}

func boundsDrift(a, b Mesh) float64 {
	alo, ahi := Bounds(a)
	blo, bhi := Bounds(b)
	d := 0.0
	for i := range 3 {
		d = max(d, math.Abs(float64(alo[i]-blo[i])), math.Abs(float64(ahi[i]-bhi[i])))
	}
	return d
}

// TestSeamStaysShut looks at the sphere's seam itself: wherever one side
// of the seam still has a vertex, the other side must have one at the same
// position, and the seam's edges on both sides must join the same
// positions.
func TestSeamStaysShut(t *testing.T) {
	const rings, segments = 24, 48
	in := uvSphere(rings, segments)
	for _, ratio := range []float64{0.5, 0.25, 0.1} {
		target := int(ratio * float64(len(in.Indices)/3))
		res, err := Simplify(context.Background(), in, target, Options{})
		if err != nil {
			t.Fatal(err)
		}
		// Columns 0 and segments are the two sides of the seam.
		sideEdges := func(col int) map[[2][3]float32]bool {
			edges := map[[2][3]float32]bool{}
			for i := 0; i < len(res.Indices); i += 3 {
				for e := range 3 {
					a, b := res.Indices[i+e], res.Indices[i+(e+1)%3]
					if int(a)%(segments+1) == col && int(b)%(segments+1) == col {
						pa, pb := in.Positions[a], in.Positions[b]
						if lessPos(pb, pa) {
							pa, pb = pb, pa
						}
						edges[[2][3]float32{pa, pb}] = true
					}
				}
			}
			return edges
		}
		first, last := sideEdges(0), sideEdges(segments)
		if len(first) == 0 || len(first) != len(last) {
			t.Fatalf("%v: %d seam edges on one side, %d on the other", ratio, len(first), len(last))
		}
		for e := range first {
			if !last[e] {
				t.Fatalf("%v: seam edge %v - %v has no counterpart", ratio, e[0], e[1])
			}
		}
	}
}

func TestLockBorderKeepsBorderVertices(t *testing.T) {
	in := plane(16)
	res, err := Simplify(context.Background(), in, len(in.Indices)/30, Options{LockBorder: true})
	if err != nil {
		t.Fatal(err)
	}
	used := map[uint32]bool{}
	for _, v := range res.Indices {
		used[v] = true
	}
	for v, p := range in.Positions {
		onBorder := p[0] == 0 || p[0] == 1 || p[1] == 0 || p[1] == 1
		if onBorder && !used[uint32(v)] {
			t.Fatalf("border vertex %d at %v was collapsed", v, p)
		}
	}
	// 64 border vertices must stay, and a fan needs one triangle per
	// border edge at least, less the corners' two: 62.
	if res.Triangles < 62 || res.Reached {
		t.Fatalf("%d triangles, reached %v: the locked border cannot go below 62", res.Triangles, res.Reached)
	}
}

func TestTargetErrorStopsEarly(t *testing.T) {
	in := uvSphere(24, 48)
	const limit = 0.002
	res, err := Simplify(context.Background(), in, 0, Options{TargetError: limit})
	if err != nil {
		t.Fatal(err)
	}
	if res.Reached || res.Error > limit {
		t.Fatalf("reached %v with error %v, limit %v", res.Reached, res.Error, limit)
	}
	if res.Triangles >= len(in.Indices)/3 {
		t.Fatalf("nothing simplified within error %v", limit)
	}
	checkTriangles(t, Mesh{Positions: in.Positions, Indices: res.Indices})
}

func TestPlainCubeCannotShrink(t *testing.T) {
	in := cube(1)
	res, err := Simplify(context.Background(), in, 6, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// All eight corners have three vertices (split normals), so all are
	// locked; a cube has no redundant triangle anyway.
	if res.Reached || res.Triangles != 12 || !slices.Equal(res.Indices, in.Indices) {
		t.Fatalf("reached %v with %d triangles", res.Reached, res.Triangles)
	}
}

func TestTargetAboveCountKeepsMesh(t *testing.T) {
	in := torus(1, 0.4, 12, 8)
	res, err := Simplify(context.Background(), in, len(in.Indices), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Reached || !slices.Equal(res.Indices, in.Indices) || res.Error != 0 {
		t.Fatalf("mesh changed: %d triangles, error %v", res.Triangles, res.Error)
	}
}

func TestDropsDegenerateInput(t *testing.T) {
	m := Mesh{
		Positions: [][3]float32{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {1, 0, 0}},
		// a good triangle, a repeated index, and two corners at one position
		Indices: []uint32{0, 1, 2, 0, 0, 1, 0, 1, 3},
	}
	res, err := Simplify(context.Background(), m, 10, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Indices, []uint32{0, 1, 2}) {
		t.Fatalf("indices %v", res.Indices)
	}
}

func TestDeterministicAndInputUntouched(t *testing.T) {
	in := uvSphere(16, 32)
	indices, positions := slices.Clone(in.Indices), slices.Clone(in.Positions)
	a, err := Simplify(context.Background(), in, 100, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Simplify(context.Background(), in, 100, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Indices, b.Indices) {
		t.Fatal("two runs differ")
	}
	if !slices.Equal(in.Indices, indices) || !slices.Equal(in.Positions, positions) {
		t.Fatal("the input mesh changed")
	}
}

func TestRefusesInvalidInput(t *testing.T) {
	good := plane(2)
	nan := plane(2)
	nan.Positions = slices.Clone(nan.Positions)
	nan.Positions[4][1] = float32(math.NaN())
	inf := plane(2)
	inf.Positions = slices.Clone(inf.Positions)
	inf.Positions[0][2] = float32(math.Inf(-1))
	for _, tc := range []struct {
		name   string
		mesh   Mesh
		target int
		opts   Options
	}{
		{"index out of range", Mesh{Positions: good.Positions, Indices: []uint32{0, 1, 9}}, 1, Options{}},
		{"not a multiple of 3", Mesh{Positions: good.Positions, Indices: []uint32{0, 1, 2, 3}}, 1, Options{}},
		{"NaN position", nan, 1, Options{}},
		{"infinite position", inf, 1, Options{}},
		{"negative target", good, -1, Options{}},
		{"negative target error", good, 1, Options{TargetError: -1}},
		{"NaN target error", good, 1, Options{TargetError: float32(math.NaN())}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Simplify(context.Background(), tc.mesh, tc.target, tc.opts)
			if !errors.Is(err, ErrInvalidMesh) {
				t.Fatalf("error %v, want ErrInvalidMesh", err)
			}
			t.Log(err)
		})
	}
}

func TestHonoursCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Simplify(ctx, uvSphere(8, 16), 10, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

// cancelAfter is a context that reports cancellation from its calls'
// count on, to stop Simplify in the middle of its work.
type cancelAfter struct {
	context.Context
	calls int
}

func (c *cancelAfter) Err() error {
	if c.calls--; c.calls < 0 {
		return context.Canceled
	}
	return nil
}

func TestHonoursCancellationMidway(t *testing.T) {
	// 5952 triangles make about 9000 candidate collapses in the first pass,
	// so the checks are: before pass 1, after 4096 and 8192 candidates,
	// before pass 2.
	m := uvSphere(32, 96)
	for calls := 1; calls <= 4; calls++ {
		ctx := &cancelAfter{Context: context.Background(), calls: calls}
		res, err := Simplify(ctx, m, 100, Options{})
		if !errors.Is(err, context.Canceled) || res.Indices != nil {
			t.Fatalf("cancelled after %d checks: error %v, %d triangles", calls, err, res.Triangles)
		}
	}
}

func TestCompact(t *testing.T) {
	in := uvSphere(16, 32)
	res, err := Simplify(context.Background(), in, 60, Options{})
	if err != nil {
		t.Fatal(err)
	}
	remap, indices, err := Compact(res.Indices, len(in.Positions))
	if err != nil {
		t.Fatal(err)
	}
	positions, err := RemapVertices(in.Positions, remap)
	if err != nil {
		t.Fatal(err)
	}
	used := map[uint32]bool{}
	for _, v := range res.Indices {
		used[v] = true
	}
	if len(positions) != len(used) {
		t.Fatalf("%d vertices kept, %d used", len(positions), len(used))
	}
	for i, v := range res.Indices {
		if positions[indices[i]] != in.Positions[v] {
			t.Fatalf("index %d: vertex %d moved", i, v)
		}
	}
	for v, r := range remap {
		if (r >= 0) != used[uint32(v)] {
			t.Fatalf("vertex %d remapped to %d, used %v", v, r, used[uint32(v)])
		}
	}
	if _, _, err := Compact([]uint32{0, 1, 5}, 3); !errors.Is(err, ErrInvalidMesh) {
		t.Fatalf("out-of-range index: error %v", err)
	}
	if _, err := RemapVertices([]int{1}, remap); !errors.Is(err, ErrInvalidMesh) {
		t.Fatalf("short attribute: error %v", err)
	}
}

func TestHausdorff(t *testing.T) {
	a := plane(8)
	if d := Hausdorff(a, a, 1000); d > 1e-6 {
		t.Fatalf("a mesh is %v from itself", d)
	}
	// The same square lifted by 0.25: every point is 0.25 from the other.
	b := plane(3)
	for i := range b.Positions {
		b.Positions[i][2] = 0.25
	}
	if d := Hausdorff(a, b, 1000); math.Abs(float64(d)-0.25) > 1e-6 {
		t.Fatalf("lifted square at %v, want 0.25", d)
	}
	// A quarter square: the far corner of the full one is √2/2 away.
	q := Mesh{Positions: [][3]float32{{0, 0, 0}, {0.5, 0, 0}, {0.5, 0.5, 0}, {0, 0.5, 0}}, Indices: []uint32{0, 1, 2, 0, 2, 3}}
	if d := Hausdorff(a, q, 1000); math.Abs(float64(d)-math.Sqrt2/2) > 1e-6 {
		t.Fatalf("quarter square at %v, want %v", d, math.Sqrt2/2)
	}
	if d := Hausdorff(a, Mesh{}, 10); !math.IsInf(float64(d), 1) {
		t.Fatalf("empty mesh at %v", d)
	}
}

func TestBoundsIgnoresUnreferenced(t *testing.T) {
	m := Mesh{Positions: [][3]float32{{0, 0, 0}, {1, 2, 3}, {-1, 5, 0}, {100, 100, 100}}, Indices: []uint32{0, 1, 2}}
	lo, hi := Bounds(m)
	if lo != [3]float32{-1, 0, 0} || hi != [3]float32{1, 5, 3} {
		t.Fatalf("bounds %v %v", lo, hi)
	}
}

// Generated test meshes, each built the way exporters build them.

// uvSphere is a unit sphere of rings × segments quads as most DCC tools
// export it: one column of vertices more than segments, the last
// duplicating the first at u=1 (a UV seam along a meridian), and one pole
// vertex per column (each with its own u), so that the poles have many
// vertices at one position.
func uvSphere(rings, segments int) Mesh {
	var m Mesh
	vertex := func(r, c int) uint32 { return uint32(r*(segments+1) + c) }
	for r := 0; r <= rings; r++ {
		theta := math.Pi * float64(r) / float64(rings)
		for c := 0; c <= segments; c++ {
			phi := 2 * math.Pi * float64(c%segments) / float64(segments)
			p := [3]float32{
				float32(math.Sin(theta) * math.Cos(phi)),
				float32(math.Cos(theta)),
				float32(math.Sin(theta) * math.Sin(phi)),
			}
			switch r {
			case 0: // sin(π) is not 0 in floating point; poles must coincide exactly
				p = [3]float32{0, 1, 0}
			case rings:
				p = [3]float32{0, -1, 0}
			}
			m.Positions = append(m.Positions, p)
		}
	}
	for r := 0; r < rings; r++ {
		for c := 0; c < segments; c++ {
			a, b, cc, d := vertex(r, c), vertex(r+1, c), vertex(r+1, c+1), vertex(r, c+1)
			if r != rings-1 {
				m.Indices = append(m.Indices, a, b, cc)
			}
			if r != 0 {
				m.Indices = append(m.Indices, a, cc, d)
			}
		}
	}
	return m
}

// plane is a unit square in z=0 of n × n quads, with open borders.
func plane(n int) Mesh {
	var m Mesh
	for y := 0; y <= n; y++ {
		for x := 0; x <= n; x++ {
			m.Positions = append(m.Positions, [3]float32{float32(x) / float32(n), float32(y) / float32(n), 0})
		}
	}
	m.Indices = gridIndices(n, n, func(x, y int) uint32 { return uint32(y*(n+1) + x) })
	return m
}

// gridIndices triangulates nx × ny quads over the vertex numbering v.
func gridIndices(nx, ny int, v func(x, y int) uint32) []uint32 {
	var out []uint32
	for y := 0; y < ny; y++ {
		for x := 0; x < nx; x++ {
			a, b, c, d := v(x, y), v(x+1, y), v(x+1, y+1), v(x, y+1)
			out = append(out, a, b, c, a, c, d)
		}
	}
	return out
}

// cube is the cube [-1,1]³ with split normals: every face has its own
// n × n grid of vertices, so the twelve edges are seams and the eight
// corners have three vertices each. cube(1) is the classic 24-vertex cube.
func cube(n int) Mesh {
	var m Mesh
	coord := func(i int) float32 { return -1 + 2*float32(i)/float32(n) }
	for axis := range 3 {
		u, v := (axis+1)%3, (axis+2)%3
		for _, sign := range []float32{1, -1} {
			base := uint32(len(m.Positions))
			for j := 0; j <= n; j++ {
				for i := 0; i <= n; i++ {
					var p [3]float32
					p[axis], p[u], p[v] = sign, coord(i), coord(j)
					m.Positions = append(m.Positions, p)
				}
			}
			face := gridIndices(n, n, func(i, j int) uint32 { return base + uint32(j*(n+1)+i) })
			if sign < 0 { // keep the winding pointing outwards
				for t := 0; t < len(face); t += 3 {
					face[t+1], face[t+2] = face[t+2], face[t+1]
				}
			}
			m.Indices = append(m.Indices, face...)
		}
	}
	return m
}

// torus is a closed torus of nu × nv quads whose indices wrap around, with
// no duplicated vertices.
func torus(major, minor float64, nu, nv int) Mesh {
	var m Mesh
	for j := 0; j < nv; j++ {
		for i := 0; i < nu; i++ {
			a := 2 * math.Pi * float64(i) / float64(nu)
			b := 2 * math.Pi * float64(j) / float64(nv)
			r := major + minor*math.Cos(b)
			m.Positions = append(m.Positions, [3]float32{
				float32(r * math.Cos(a)), float32(minor * math.Sin(b)), float32(r * math.Sin(a)),
			})
		}
	}
	m.Indices = gridIndices(nu, nv, func(i, j int) uint32 { return uint32((j%nv)*nu + i%nu) })
	return m
}
