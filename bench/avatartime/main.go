// Command avatartime is mifm's side of bench/avatar-vs-gltf-transform.sh.
// With -gen it writes node/avatar/sample's humanoid, the same on every
// machine, which both sides then decimate; with -in it decimates that file
// to a share of its triangles with node/avatar/vrm's (*Avatar).Decimate,
// timed by its own clock around the decimation alone, as
// testnet/avatar-js/simplify.mjs times glTF Transform's simplify step
// alone (reading, encoding and measuring are not in it), and prints the
// result as simplify.mjs does, with the error the decimation made. With
// -hausdorff it prints that error between any two files, so that glTF
// Transform's output is measured the same way.
//
// The error is the symmetric Hausdorff distance between the two avatars'
// surfaces (node/avatar/simplify.Hausdorff: every vertex and -samples
// points spread over each side's triangles, against the nearest triangle
// of the other), as a percentage of the diagonal of the first file's
// bounding box. Each side's surface is every triangle primitive of every
// node with a mesh, merged: a skinned mesh as its vertices stand (its bind
// pose; the sample's meshes are all skinned), any other moved by its node's
// world transform. Morph targets are left at rest.
//
// Usage:
//
//	avatartime -gen -detail D -texture T -out FILE   (-vrm0 for VRM 0.x)
//	avatartime -in FILE -ratio R   (-out FILE writes the decimated avatar)
//	avatartime -hausdorff A.glb B.glb
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/qmuntal/gltf"
	"github.com/qmuntal/gltf/modeler"

	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/simplify"
	"github.com/mifm/mifm/node/avatar/vrm"
)

// result is what both sides print; Hausdorff is a percentage of the input's
// bounding box diagonal.
type result struct {
	TrianglesBefore int     `json:"trianglesBefore"`
	TrianglesAfter  int     `json:"trianglesAfter"`
	Ms              float64 `json:"ms"`
	BytesBefore     int     `json:"bytesBefore"`
	BytesAfter      int     `json:"bytesAfter"`
	Hausdorff       float64 `json:"hausdorff"`
}

func main() {
	gen := flag.Bool("gen", false, "write a sample humanoid to -out")
	detail := flag.Int("detail", 8, "the sample's detail, 1 to 40 (with -gen; 8 is 114,432 triangles)")
	texture := flag.Int("texture", 2048, "the sample's texture width and height (with -gen)")
	vrm0 := flag.Bool("vrm0", false, "write VRM 0.x instead of VRM 1.0 (with -gen)")
	out := flag.String("out", "", "file the sample, or the decimated avatar, goes to")
	in := flag.String("in", "", "avatar to decimate")
	ratio := flag.Float64("ratio", 0.5, "share of the triangles to keep (with -in)")
	haus := flag.Bool("hausdorff", false, "print the error between the two files named after the flags")
	samples := flag.Int("samples", 100_000, "points sampled on each surface for the Hausdorff distance, on top of every vertex")
	flag.Parse()
	var err error
	switch {
	case *gen && *out != "":
		err = write(*out, sample.Options{Detail: *detail, TextureSize: *texture, VRM0: *vrm0})
	case *in != "":
		err = decimate(*in, *out, *ratio, *samples)
	case *haus && flag.NArg() == 2:
		err = compare(flag.Arg(0), flag.Arg(1), *samples)
	default:
		err = errors.New("want -gen -out FILE, -in FILE -ratio R, or -hausdorff A B")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "avatartime:", err)
		os.Exit(1)
	}
}

func write(path string, o sample.Options) error {
	b, err := sample.Humanoid(o)
	if err != nil {
		return err
	}
	a, err := decode(b)
	if err != nil {
		return err
	}
	d := a.Describe()
	fmt.Fprintf(os.Stderr, "avatartime: %s, %s, %d triangles, %d vertices, %d bytes\n", path, d.Format, d.Triangles, d.Vertices, len(b))
	return os.WriteFile(path, b, 0o644)
}

// decode reads an avatar of any size a benchmark makes.
func decode(b []byte) (*vrm.Avatar, error) {
	return vrm.Decode(b, vrm.Limits{MaxBytes: max(64<<20, len(b))})
}

func decimate(path, out string, ratio float64, samples int) error {
	if !(ratio > 0 && ratio <= 1) {
		return fmt.Errorf("ratio %v: want a number over 0 and at most 1", ratio)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	a, err := decode(b)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	before, err := surface(a)
	if err != nil {
		return err
	}
	res := result{TrianglesBefore: a.Describe().Triangles, BytesBefore: len(b)}
	start := time.Now()
	_, err = a.Decimate(context.Background(), int(ratio*float64(res.TrianglesBefore)))
	elapsed := time.Since(start)
	if err != nil {
		return err
	}
	res.Ms = float64(elapsed.Microseconds()) / 1000
	res.TrianglesAfter = a.Describe().Triangles
	enc, err := a.Encode()
	if err != nil {
		return err
	}
	res.BytesAfter = len(enc)
	if out != "" {
		if err := os.WriteFile(out, enc, 0o644); err != nil {
			return err
		}
	}
	after, err := surface(a)
	if err != nil {
		return err
	}
	res.Hausdorff = hausdorff(before, after, samples)
	return emit(res)
}

func compare(pathA, pathB string, samples int) error {
	var ms [2]simplify.Mesh
	for i, path := range []string{pathA, pathB} {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		a, err := decode(b)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		if ms[i], err = surface(a); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return emit(struct {
		Hausdorff float64 `json:"hausdorff"`
	}{hausdorff(ms[0], ms[1], samples)})
}

func emit(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	fmt.Printf("%s\n", b)
	return nil
}

// hausdorff is the distance between a and b as a percentage of the
// diagonal of a's bounding box, rounded to a ten-thousandth of a percent
// (one part per million).
func hausdorff(a, b simplify.Mesh, samples int) float64 {
	lo, hi := simplify.Bounds(a)
	var diag float64
	for i := range 3 {
		diag += float64(hi[i]-lo[i]) * float64(hi[i]-lo[i])
	}
	h := 100 * float64(simplify.Hausdorff(a, b, samples)) / math.Sqrt(diag)
	return math.Round(h*10000) / 10000
}

// surface merges every triangle primitive of every node with a mesh into
// one mesh: a skinned one in its bind pose, as its vertices stand (a
// renderer ignores a skinned mesh node's own transform), any other moved
// by its node's world transform.
func surface(a *vrm.Avatar) (simplify.Mesh, error) {
	d := a.Doc
	parent := make([]int, len(d.Nodes))
	for i := range parent {
		parent[i] = -1
	}
	for i, n := range d.Nodes {
		for _, c := range n.Children {
			parent[c] = i
		}
	}
	world := make([]*[16]float64, len(d.Nodes))
	var worldOf func(i int) [16]float64
	worldOf = func(i int) [16]float64 {
		if world[i] == nil {
			m := local(d.Nodes[i])
			if parent[i] >= 0 {
				m = mul(worldOf(parent[i]), m)
			}
			world[i] = &m
		}
		return *world[i]
	}
	var m simplify.Mesh
	for ni, n := range d.Nodes {
		if n.Mesh == nil {
			continue
		}
		for pi, p := range d.Meshes[*n.Mesh].Primitives {
			if p.Mode != gltf.PrimitiveTriangles {
				continue
			}
			pos, err := modeler.ReadPosition(d, d.Accessors[p.Attributes[gltf.POSITION]], nil)
			if err != nil {
				return m, fmt.Errorf("mesh %d primitive %d: %w", *n.Mesh, pi, err)
			}
			var idx []uint32
			if p.Indices != nil {
				if idx, err = modeler.ReadIndices(d, d.Accessors[*p.Indices], nil); err != nil {
					return m, fmt.Errorf("mesh %d primitive %d: %w", *n.Mesh, pi, err)
				}
			} else {
				idx = make([]uint32, len(pos))
				for i := range idx {
					idx[i] = uint32(i)
				}
			}
			if n.Skin == nil {
				w := worldOf(ni)
				for i, v := range pos {
					pos[i] = transform(w, v)
				}
			}
			base := uint32(len(m.Positions))
			m.Positions = append(m.Positions, pos...)
			for _, v := range idx[:len(idx)/3*3] {
				m.Indices = append(m.Indices, base+v)
			}
		}
	}
	return m, nil
}

// local is a node's transform, column-major: its matrix, or translation ×
// rotation × scale.
func local(n *gltf.Node) [16]float64 {
	if m := n.MatrixOrDefault(); m != gltf.DefaultMatrix {
		return m
	}
	t, q, s := n.TranslationOrDefault(), n.RotationOrDefault(), n.ScaleOrDefault()
	x, y, z, w := q[0], q[1], q[2], q[3]
	r := [9]float64{ // column-major rotation
		1 - 2*(y*y+z*z), 2 * (x*y + z*w), 2 * (x*z - y*w),
		2 * (x*y - z*w), 1 - 2*(x*x+z*z), 2 * (y*z + x*w),
		2 * (x*z + y*w), 2 * (y*z - x*w), 1 - 2*(x*x+y*y),
	}
	var m [16]float64
	for c := range 3 {
		for row := range 3 {
			m[4*c+row] = r[3*c+row] * s[c]
		}
	}
	m[12], m[13], m[14], m[15] = t[0], t[1], t[2], 1
	return m
}

// mul multiplies column-major matrices: a × b.
func mul(a, b [16]float64) [16]float64 {
	var m [16]float64
	for c := range 4 {
		for row := range 4 {
			for k := range 4 {
				m[4*c+row] += a[4*k+row] * b[4*c+k]
			}
		}
	}
	return m
}

func transform(m [16]float64, v [3]float32) [3]float32 {
	x, y, z := float64(v[0]), float64(v[1]), float64(v[2])
	return [3]float32{
		float32(m[0]*x + m[4]*y + m[8]*z + m[12]),
		float32(m[1]*x + m[5]*y + m[9]*z + m[13]),
		float32(m[2]*x + m[6]*y + m[10]*z + m[14]),
	}
}
