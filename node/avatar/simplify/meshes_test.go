package simplify

import "math"

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
