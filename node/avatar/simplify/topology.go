package simplify

import "math"

// Markers in vertex-valued slices. validate keeps vertex indices below
// both.
const (
	none = ^uint32(0)     // no such vertex
	many = ^uint32(0) - 1 // more than one: the neighbourhood is not a simple loop
)

// vertexKind says how a vertex may move. The kind of a position is shared
// by all vertices at it.
type vertexKind uint8

const (
	// kindManifold: the surface around the position is a closed disc and
	// it has one vertex; it may collapse onto any neighbour.
	kindManifold vertexKind = iota
	// kindBorder: one vertex on a single open border loop; it collapses
	// only onto its neighbours along that loop, so the border keeps its
	// shape.
	kindBorder
	// kindSeam: two vertices at one position, the surface closed around it,
	// and the attribute discontinuity a single line through it; both
	// collapse together along the seam so it cannot crack open.
	kindSeam
	// kindLocked: anything else (non-manifold, a seam meeting a border or
	// another seam, three or more vertices at one position); never moves.
	kindLocked
)

// halfEdge is the directed edge from -> next of a triangle (from, next,
// prev), listed under from's bucket.
type halfEdge struct {
	from, next, prev uint32
}

// adjacency lists the half-edges leaving each bucket, in compressed rows.
// Buckets are vertices, or positions when built with a position remap so
// that the two sides of a seam count as one.
type adjacency struct {
	offsets []uint32
	edges   []halfEdge
}

// build rebuilds a from indices, reusing its memory. group maps a vertex
// to its bucket; nil means each vertex is its own.
func (a *adjacency) build(indices []uint32, n int, group []uint32) {
	a.offsets = resize(a.offsets, n+1)
	clear(a.offsets)
	for _, v := range indices {
		a.offsets[bucketOf(group, v)]++
	}
	var sum uint32
	for i := 0; i < n; i++ {
		c := a.offsets[i]
		a.offsets[i] = sum
		sum += c
	}
	a.offsets[n] = sum
	a.edges = resize(a.edges, len(indices))
	// offsets[b] serves as the write cursor of bucket b; afterwards it
	// holds the start of b+1, so shift everything back by one bucket.
	for t := 0; t+2 < len(indices); t += 3 {
		v0, v1, v2 := indices[t], indices[t+1], indices[t+2]
		a.put(bucketOf(group, v0), halfEdge{v0, v1, v2})
		a.put(bucketOf(group, v1), halfEdge{v1, v2, v0})
		a.put(bucketOf(group, v2), halfEdge{v2, v0, v1})
	}
	copy(a.offsets[1:n+1], a.offsets[:n])
	a.offsets[0] = 0
}

func (a *adjacency) put(b uint32, e halfEdge) {
	a.edges[a.offsets[b]] = e
	a.offsets[b]++
}

func (a *adjacency) bucket(b uint32) []halfEdge {
	return a.edges[a.offsets[b]:a.offsets[b+1]]
}

// hasEdge reports whether a half-edge runs from to to, comparing buckets.
func (a *adjacency) hasEdge(group []uint32, from, to uint32) bool {
	target := bucketOf(group, to)
	for _, e := range a.bucket(bucketOf(group, from)) {
		if bucketOf(group, e.next) == target {
			return true
		}
	}
	return false
}

func bucketOf(group []uint32, v uint32) uint32 {
	if group == nil {
		return v
	}
	return group[v]
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// positionRemap maps every vertex of indices to the first of them with a
// bit-identical position (-0 and +0 taken as equal): the vertices of a
// position are the two sides of a seam, or the corners of split normals.
// Vertices nothing refers to map to themselves and are nobody's
// representative, so a vertex buffer shared with other meshes does not
// turn every vertex into a seam.
func positionRemap(positions [][3]float32, indices []uint32) []uint32 {
	remap := make([]uint32, len(positions))
	for i := range remap {
		remap[i] = none
	}
	size := 1
	for size < 2*len(positions) {
		size <<= 1
	}
	table := make([]uint32, size)
	for i := range table {
		table[i] = none
	}
	mask := uint32(size - 1)
	for _, v := range indices {
		if remap[v] != none {
			continue
		}
		key := positionKey(positions[v])
		h := hashKey(key) & mask
		for {
			first := table[h]
			if first == none {
				table[h] = v
				remap[v] = v
				break
			}
			if positionKey(positions[first]) == key {
				remap[v] = first
				break
			}
			h = (h + 1) & mask
		}
	}
	for i, r := range remap {
		if r == none {
			remap[i] = uint32(i)
		}
	}
	return remap
}

func positionKey(p [3]float32) [3]uint32 {
	var k [3]uint32
	for i, x := range p {
		if x == 0 {
			x = 0 // folds -0 into +0
		}
		k[i] = math.Float32bits(x)
	}
	return k
}

func hashKey(k [3]uint32) uint32 {
	// Large odd multipliers spread grid-like coordinates, whose low bits
	// are often all zero, over the table.
	h := k[0]*73856093 ^ k[1]*19349663 ^ k[2]*83492791
	return h ^ h>>15
}

// wedgeRing links the vertices of each position into a cycle: wedge[v] is
// the next vertex at v's position, v itself when alone.
func wedgeRing(remap []uint32) []uint32 {
	wedge := make([]uint32, len(remap))
	for i := range wedge {
		wedge[i] = uint32(i)
	}
	for i, r := range remap {
		if v := uint32(i); r != v {
			wedge[v] = wedge[r]
			wedge[r] = v
		}
	}
	return wedge
}

// openEdges finds, per bucket, the half-edges that have no opposite
// half-edge: out[b] is the vertex an open edge leaving b goes to, in[b]
// the vertex an open edge entering b comes from; none when there is no
// such edge, many when there are several.
func openEdges(a *adjacency, group []uint32, n int) (out, in []uint32) {
	out = make([]uint32, n)
	in = make([]uint32, n)
	for i := range out {
		out[i], in[i] = none, none
	}
	for b := 0; b < n; b++ {
		for _, e := range a.bucket(uint32(b)) {
			if a.hasEdge(group, e.next, e.from) {
				continue
			}
			note(&out[b], e.next)
			note(&in[bucketOf(group, e.next)], e.from)
		}
	}
	return out, in
}

func note(slot *uint32, v uint32) {
	if *slot == none {
		*slot = v
	} else {
		*slot = many
	}
}

func single(v uint32) bool { return v != none && v != many }

// classify sets kind, loop and loopback for every vertex of indices.
// Openness is judged twice: over positions, which tells true borders
// (the surface ends) from closed surface; and over vertices, which finds
// the seam edges where the two sides use different vertices. loop[v] is
// the vertex after v along its border or seam, loopback[v] the one before.
func (s *simplifier) classify(indices []uint32) {
	n := len(s.pos)
	var byVertex, byPosition adjacency
	byVertex.build(indices, n, nil)
	byPosition.build(indices, n, s.remap)
	vOut, vIn := openEdges(&byVertex, nil, n)
	pOut, pIn := openEdges(&byPosition, s.remap, n)

	s.kind = make([]vertexKind, n)
	s.loop = make([]uint32, n)
	s.loopback = make([]uint32, n)
	for v := range n {
		s.kind[v] = kindLocked
		s.loop[v], s.loopback[v] = none, none
	}
	for v := range n {
		r := uint32(v)
		if s.remap[r] != r || byPosition.offsets[r] == byPosition.offsets[r+1] {
			continue
		}
		closed := pOut[r] == none && pIn[r] == none
		w := s.wedge[r]
		switch {
		case w == r && closed:
			s.kind[r] = kindManifold
		case w == r && single(pOut[r]) && single(pIn[r]):
			s.kind[r] = kindBorder
			if s.lockBorder {
				s.kind[r] = kindLocked
			}
			s.loop[r], s.loopback[r] = pOut[r], pIn[r]
		case s.wedge[w] == r && closed && s.isSeam(r, w, vOut, vIn):
			s.kind[r], s.kind[w] = kindSeam, kindSeam
			s.loop[r], s.loopback[r] = vOut[r], vIn[r]
			s.loop[w], s.loopback[w] = vOut[w], vIn[w]
		}
	}
}

// isSeam reports whether the two vertices a and b of one position each
// have exactly one open edge in and out, and the two sides mirror each
// other: what leaves a arrives at b from the same position, and the seam
// passes through rather than ending here.
func (s *simplifier) isSeam(a, b uint32, out, in []uint32) bool {
	if !single(out[a]) || !single(in[a]) || !single(out[b]) || !single(in[b]) {
		return false
	}
	rm := s.remap
	return rm[out[a]] == rm[in[b]] && rm[in[a]] == rm[out[b]] && rm[out[a]] != rm[in[a]]
}
