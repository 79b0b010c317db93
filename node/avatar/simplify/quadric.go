package simplify

import "math"

// vec3 is a position in the simplifier's normalised space: the mesh's
// bounding box moved to the origin and scaled so its largest side is 1,
// which makes errors relative to the mesh's extent whatever its units.
type vec3 [3]float64

func (a vec3) sub(b vec3) vec3 { return vec3{a[0] - b[0], a[1] - b[1], a[2] - b[2]} }
func (a vec3) add(b vec3) vec3 { return vec3{a[0] + b[0], a[1] + b[1], a[2] + b[2]} }
func (a vec3) scale(s float64) vec3 {
	return vec3{a[0] * s, a[1] * s, a[2] * s}
}
func (a vec3) dot(b vec3) float64 { return a[0]*b[0] + a[1]*b[1] + a[2]*b[2] }
func (a vec3) cross(b vec3) vec3 {
	return vec3{a[1]*b[2] - a[2]*b[1], a[2]*b[0] - a[0]*b[2], a[0]*b[1] - a[1]*b[0]}
}
func (a vec3) length() float64 { return math.Sqrt(a.dot(a)) }

// quadric is the symmetric form sum w·(n·p + d)² over a set of weighted
// planes, kept with the sum of the weights so that its value is a weighted
// mean squared distance: an error in the same units wherever it was
// accumulated, comparable with TargetError².
type quadric struct {
	a00, a11, a22, a10, a20, a21 float64
	b0, b1, b2, c                float64
	w                            float64
}

// planeQuadric is the quadric of the plane n·p + d = 0 (n of unit length)
// with weight w.
func planeQuadric(n vec3, d, w float64) quadric {
	return quadric{
		a00: w * n[0] * n[0], a11: w * n[1] * n[1], a22: w * n[2] * n[2],
		a10: w * n[1] * n[0], a20: w * n[2] * n[0], a21: w * n[2] * n[1],
		b0: w * n[0] * d, b1: w * n[1] * d, b2: w * n[2] * d,
		c: w * d * d,
		w: w,
	}
}

// triangleQuadric is the plane of a triangle. It is weighted by the square
// root of the area, not the area, so that it grows linearly with the
// triangle's size like the edge quadrics do and the two stay comparable
// (meshoptimizer's choice; it also favours silhouettes).
func triangleQuadric(p0, p1, p2 vec3) quadric {
	n := p1.sub(p0).cross(p2.sub(p0))
	l := n.length()
	if l == 0 {
		return quadric{}
	}
	n = n.scale(1 / l)
	return planeQuadric(n, -n.dot(p0), math.Sqrt(l/2))
}

// edgeQuadric is the plane through the edge p0-p1 perpendicular to its
// triangle (p0, p1, p2): a vertex of a border or seam that slides along the
// edge's line costs nothing, one that leaves it - pulling the border in or
// out - costs its squared distance. Weighted by the edge's length times
// weight.
func edgeQuadric(p0, p1, p2 vec3, weight float64) quadric {
	e := p1.sub(p0)
	l := e.length()
	if l == 0 {
		return quadric{}
	}
	e = e.scale(1 / l)
	toApex := p2.sub(p0)
	n := toApex.sub(e.scale(toApex.dot(e))) // the triangle's altitude from p2
	nl := n.length()
	if nl == 0 {
		return quadric{}
	}
	n = n.scale(1 / nl)
	return planeQuadric(n, -n.dot(p0), l*weight)
}

func (q *quadric) add(o *quadric) {
	q.a00 += o.a00
	q.a11 += o.a11
	q.a22 += o.a22
	q.a10 += o.a10
	q.a20 += o.a20
	q.a21 += o.a21
	q.b0 += o.b0
	q.b1 += o.b1
	q.b2 += o.b2
	q.c += o.c
	q.w += o.w
}

// eval is the weighted mean squared distance of p to the quadric's planes.
func (q *quadric) eval(p vec3) float64 {
	if q.w == 0 {
		return 0
	}
	x, y, z := p[0], p[1], p[2]
	r := q.a00*x*x + q.a11*y*y + q.a22*z*z +
		2*(q.a10*x*y+q.a20*x*z+q.a21*y*z) +
		2*(q.b0*x+q.b1*y+q.b2*z) + q.c
	// r is a sum of squares; only rounding makes it negative.
	return math.Abs(r) / q.w
}
