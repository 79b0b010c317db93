package simplify

import (
	"context"
	"fmt"
	"math"
)

// Edge quadric weights: borders are held ten times harder than seams. A
// seam can only slide along itself anyway, so its quadric merely steers
// which collapses come first; a border that moves changes the silhouette.
const (
	borderWeight = 10
	seamWeight   = 1
)

// ctxEvery is how many candidate collapses pass between two looks at the
// context: rare enough to cost nothing, often enough to stop within
// milliseconds.
const ctxEvery = 4096

// simplifier holds the state of one Simplify call. Most slices are
// indexed by vertex; quadrics and passLocked belong to a position and are
// indexed by its representative vertex (remap), so that the two sides of
// a seam share them.
type simplifier struct {
	positions  [][3]float32
	pos        []vec3
	lockBorder bool

	remap, wedge   []uint32
	kind           []vertexKind
	loop, loopback []uint32
	quadrics       []quadric

	// Scratch reused by every pass.
	adj           adjacency
	candidates    []collapse
	order         []uint32
	buckets       []uint32
	collapseRemap []uint32
	passLocked    []bool
}

// collapse moves v0 onto v1; when bidi, v1 onto v0 is allowed as well and
// rank picks the cheaper direction.
type collapse struct {
	v0, v1 uint32
	bidi   bool
	err    float32
}

func newSimplifier(m Mesh, lockBorder bool) *simplifier {
	return &simplifier{
		positions:  m.Positions,
		pos:        normalise(m),
		lockBorder: lockBorder,
	}
}

// normalise maps the referenced vertices' bounding box to the unit cube,
// keeping proportions: errors become fractions of the mesh's extent, and
// the quadrics' sums stay in a range where float64 loses nothing.
func normalise(m Mesh) []vec3 {
	lo, hi := Bounds(m)
	extent := 0.0
	for i := range 3 {
		extent = max(extent, float64(hi[i])-float64(lo[i]))
	}
	scale := 1.0
	if extent > 0 {
		scale = 1 / extent
	}
	pos := make([]vec3, len(m.Positions))
	for v, p := range m.Positions {
		for i := range 3 {
			pos[v][i] = (float64(p[i]) - float64(lo[i])) * scale
		}
	}
	return pos
}

// dropDegenerate copies the triangles of indices that have three distinct
// positions; the others cover no area, and a zero-length edge would
// confuse classification.
func (s *simplifier) dropDegenerate(indices []uint32) []uint32 {
	out := make([]uint32, 0, len(indices))
	for t := 0; t < len(indices); t += 3 {
		a, b, c := indices[t], indices[t+1], indices[t+2]
		ka, kb, kc := positionKey(s.positions[a]), positionKey(s.positions[b]), positionKey(s.positions[c])
		if ka != kb && kb != kc && ka != kc {
			out = append(out, a, b, c)
		}
	}
	return out
}

// prepare classifies the vertices of indices and accumulates their
// quadrics.
func (s *simplifier) prepare(indices []uint32) {
	n := len(s.pos)
	s.remap = positionRemap(s.positions, indices)
	s.wedge = wedgeRing(s.remap)
	s.classify(indices)
	s.quadrics = make([]quadric, n)
	s.addFaceQuadrics(indices)
	s.addEdgeQuadrics(indices)
	s.collapseRemap = make([]uint32, n)
	s.passLocked = make([]bool, n)
}

func (s *simplifier) addFaceQuadrics(indices []uint32) {
	for t := 0; t < len(indices); t += 3 {
		v0, v1, v2 := indices[t], indices[t+1], indices[t+2]
		q := triangleQuadric(s.pos[v0], s.pos[v1], s.pos[v2])
		s.quadrics[s.remap[v0]].add(&q)
		s.quadrics[s.remap[v1]].add(&q)
		s.quadrics[s.remap[v2]].add(&q)
	}
}

// addEdgeQuadrics holds borders and seams in place: the face quadrics of a
// flat mesh cost nothing for a border vertex sliding off the border into
// the void, these do.
func (s *simplifier) addEdgeQuadrics(indices []uint32) {
	for t := 0; t < len(indices); t += 3 {
		for e := range 3 {
			i0, i1, i2 := indices[t+e], indices[t+(e+1)%3], indices[t+(e+2)%3]
			if !s.isLoopEdge(i0, i1) {
				continue
			}
			k0, k1 := s.kind[i0], s.kind[i1]
			// A seam edge appears once on each side; count it once.
			if (k0 == kindSeam || k1 == kindSeam) && s.remap[i0] > s.remap[i1] {
				continue
			}
			weight := float64(seamWeight)
			if k0 == kindBorder || k1 == kindBorder {
				weight = borderWeight
			}
			q := edgeQuadric(s.pos[i0], s.pos[i1], s.pos[i2], weight)
			s.quadrics[s.remap[i0]].add(&q)
			s.quadrics[s.remap[i1]].add(&q)
		}
	}
}

// isLoopEdge reports whether i0 -> i1 is a border or seam edge for
// whichever of its ends is a border or seam vertex. Edges from such a
// vertex to a locked corner count too, or the corner would not resist
// the border vertex next to it sliding past.
func (s *simplifier) isLoopEdge(i0, i1 uint32) bool {
	k0, k1 := s.kind[i0], s.kind[i1]
	loop0 := k0 == kindBorder || k0 == kindSeam
	loop1 := k1 == kindBorder || k1 == kindSeam
	if !loop0 && !loop1 {
		return false
	}
	if loop0 && s.loop[i0] != i1 {
		return false
	}
	return !loop1 || s.loopback[i1] == i0
}

// run collapses edges of indices in passes until the target count,
// the error limit or topology stops it. Each pass ranks every allowed
// collapse once and performs the cheapest that do not touch each other:
// cheaper than keeping a priority queue up to date, and the order is
// nearly the same.
func (s *simplifier) run(ctx context.Context, indices []uint32, target int, limit float64) ([]uint32, float64, error) {
	maxErr := 0.0
	for len(indices)/3 > target {
		if err := ctx.Err(); err != nil {
			return nil, 0, fmt.Errorf("simplify: %w", err)
		}
		s.adj.build(indices, len(s.pos), s.remap)
		s.pickCollapses(indices)
		if len(s.candidates) == 0 {
			break
		}
		s.rankCollapses()
		s.sortCollapses()
		done, passErr, err := s.performCollapses(ctx, len(indices)/3-target, limit)
		if err != nil {
			return nil, 0, err
		}
		if done == 0 {
			break
		}
		maxErr = max(maxErr, passErr)
		remapLoop(s.loop, s.collapseRemap)
		remapLoop(s.loopback, s.collapseRemap)
		indices = s.remapIndices(indices)
	}
	return indices, maxErr, nil
}

// pickCollapses lists the edges of indices that may collapse in at least
// one direction.
func (s *simplifier) pickCollapses(indices []uint32) {
	s.candidates = s.candidates[:0]
	for t := 0; t < len(indices); t += 3 {
		for e := range 3 {
			i0, i1 := indices[t+e], indices[t+(e+1)%3]
			r0, r1 := s.remap[i0], s.remap[i1]
			fwd, back := s.canCollapse(i0, i1), s.canCollapse(i1, i0)
			if !fwd && !back {
				continue
			}
			// Every allowed edge but a border edge also appears in the
			// opposite direction in a neighbouring triangle (for a seam, on
			// the other side); list it once.
			border := s.kind[i0] == kindBorder && s.kind[i1] == kindBorder
			if !border && r0 > r1 {
				continue
			}
			c := collapse{v0: i0, v1: i1, bidi: fwd && back}
			if !fwd {
				c.v0, c.v1 = i1, i0
			}
			s.candidates = append(s.candidates, c)
		}
	}
}

// canCollapse reports whether a may move onto its neighbour b.
func (s *simplifier) canCollapse(a, b uint32) bool {
	switch s.kind[a] {
	case kindManifold:
		return s.remap[a] != s.remap[b]
	case kindBorder:
		return s.kind[b] == kindBorder && (s.loop[a] == b || s.loopback[a] == b)
	case kindSeam:
		return s.kind[b] == kindSeam && s.seamAligned(a, b)
	default:
		return false
	}
}

// seamAligned reports whether a -> b runs along the seam on a's side and
// the other side has the mirrored edge, so that both sides can collapse
// together.
func (s *simplifier) seamAligned(a, b uint32) bool {
	wa, wb := s.wedge[a], s.wedge[b]
	return (s.loop[a] == b && s.loopback[wa] == wb) || (s.loopback[a] == b && s.loop[wa] == wb)
}

// rankCollapses sets the error of each candidate: the quadric of the
// vertex that goes, at the position it goes to.
func (s *simplifier) rankCollapses() {
	for i := range s.candidates {
		c := &s.candidates[i]
		e := s.quadrics[s.remap[c.v0]].eval(s.pos[c.v1])
		if c.bidi {
			if back := s.quadrics[s.remap[c.v1]].eval(s.pos[c.v0]); back < e {
				c.v0, c.v1, e = c.v1, c.v0, back
			}
		}
		c.err = float32(e)
	}
}

// sortBits is the number of high bits of the float32 error used as sort
// key: the order only needs to be about right, and a counting sort over
// 2^15 buckets is far cheaper than a comparison sort.
const sortBits = 15

// sortCollapses fills order with candidate indices by increasing error.
// The sort is stable, which keeps the output deterministic.
func (s *simplifier) sortCollapses() {
	s.buckets = resize(s.buckets, 1<<sortBits)
	clear(s.buckets)
	for _, c := range s.candidates {
		s.buckets[sortKey(c.err)]++
	}
	var sum uint32
	for i, n := range s.buckets {
		s.buckets[i] = sum
		sum += n
	}
	s.order = resize(s.order, len(s.candidates))
	for i, c := range s.candidates {
		k := sortKey(c.err)
		s.order[s.buckets[k]] = uint32(i)
		s.buckets[k]++
	}
}

// sortKey relies on errors being non-negative: their float32 bit patterns
// then order like the numbers, and the sign bit is always 0.
func sortKey(err float32) uint32 {
	return math.Float32bits(err) >> (31 - sortBits)
}

// performCollapses applies the cheapest candidates of the pass until
// triGoal triangles are gone, the error limit is reached, or errors rise
// well above those expected for the pass. Returns how many collapses it
// made and the largest error among them.
func (s *simplifier) performCollapses(ctx context.Context, triGoal int, limit float64) (int, float64, error) {
	for i := range s.collapseRemap {
		s.collapseRemap[i] = uint32(i)
	}
	clear(s.passLocked)
	// Most collapses remove two triangles; the error of the collapse that
	// would meet the goal if none were blocked bounds the pass. Blocked
	// ones make it 1.5 times that, and the pass continues past it only
	// while too few collapses succeeded, which keeps passes on meshes with
	// odd topology from stalling.
	edgeGoal := triGoal / 2
	removed, done := 0, 0
	passErr := 0.0
	for i, ci := range s.order {
		if i%ctxEvery == ctxEvery-1 {
			if err := ctx.Err(); err != nil {
				return 0, 0, fmt.Errorf("simplify: %w", err)
			}
		}
		c := s.candidates[ci]
		if float64(c.err) > limit || removed >= triGoal {
			break
		}
		if edgeGoal < len(s.order) {
			goal := 1.5 * s.candidates[s.order[edgeGoal]].err
			if c.err > goal && removed > triGoal/6 {
				break
			}
		}
		r0, r1 := s.remap[c.v0], s.remap[c.v1]
		// A vertex moves at most once per pass, and nothing moves onto a
		// vertex that moved: the ranking assumed the positions at the
		// start of the pass.
		if s.passLocked[r0] || s.passLocked[r1] {
			continue
		}
		if s.flips(c.v0, c.v1) {
			// This one does not count towards the error estimate.
			edgeGoal++
			continue
		}
		s.apply(c)
		s.passLocked[r0], s.passLocked[r1] = true, true
		removed += 2
		if s.kind[c.v0] == kindBorder {
			removed-- // a border edge has one triangle
		}
		done++
		passErr = max(passErr, float64(c.err))
	}
	return done, passErr, nil
}

// apply records the collapse of c.v0 onto c.v1; for a seam, the vertex on
// the other side follows onto the other side's vertex of c.v1.
func (s *simplifier) apply(c collapse) {
	s.quadrics[s.remap[c.v1]].add(&s.quadrics[s.remap[c.v0]])
	s.collapseRemap[c.v0] = c.v1
	if s.kind[c.v0] == kindSeam {
		s.collapseRemap[s.wedge[c.v0]] = s.wedge[c.v1]
	}
}

// flips reports whether moving v0 onto v1 would turn a surviving triangle
// around v0's position over (or make it degenerate), given the collapses
// made so far in this pass.
func (s *simplifier) flips(v0, v1 uint32) bool {
	r0, r1 := s.remap[v0], s.remap[v1]
	p0, p1 := s.pos[v0], s.pos[v1]
	for _, e := range s.adj.bucket(r0) {
		a, b := s.collapseRemap[e.next], s.collapseRemap[e.prev]
		ra, rb := s.remap[a], s.remap[b]
		if ra == r1 || rb == r1 || ra == rb {
			continue // the triangle disappears
		}
		if triangleFlips(s.pos[a], s.pos[b], p0, p1) {
			return true
		}
	}
	return false
}

// triangleFlips reports whether the triangle (a, b, from) points the other
// way, or not at all, once from is replaced by to.
func triangleFlips(a, b, from, to vec3) bool {
	ab := b.sub(a)
	before := ab.cross(from.sub(a))
	after := ab.cross(to.sub(a))
	return before.dot(after) <= 0
}

// remapIndices applies the pass's collapses to indices in place and drops
// the triangles that lost their area.
func (s *simplifier) remapIndices(indices []uint32) []uint32 {
	w := 0
	for t := 0; t < len(indices); t += 3 {
		a, b, c := s.collapseRemap[indices[t]], s.collapseRemap[indices[t+1]], s.collapseRemap[indices[t+2]]
		ra, rb, rc := s.remap[a], s.remap[b], s.remap[c]
		if ra == rb || rb == rc || ra == rc {
			continue
		}
		indices[w], indices[w+1], indices[w+2] = a, b, c
		w += 3
	}
	return indices[:w]
}

// remapLoop keeps border and seam loops pointing at live vertices after a
// pass. When the next vertex along the loop collapsed back onto the vertex
// itself, the loop skips over it to the one after.
func remapLoop(loop, collapseRemap []uint32) {
	for i, l := range loop {
		if l == none {
			continue
		}
		r := collapseRemap[l]
		if r != uint32(i) {
			loop[i] = r
			continue
		}
		// Entries already rewritten stay valid: collapse targets never
		// move in the same pass, so remapping twice changes nothing.
		if next := loop[l]; next != none {
			loop[i] = collapseRemap[next]
		} else {
			loop[i] = none
		}
	}
}
