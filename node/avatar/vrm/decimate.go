package vrm

import (
	"context"
	"fmt"
	"math"
	"reflect"

	"github.com/mifm/mifm/node/avatar/simplify"
	"github.com/qmuntal/gltf"
	"github.com/qmuntal/gltf/modeler"
)

// Decimate reduces the avatar to at most maxTriangles triangles (counted
// over the nodes that show each mesh, as a renderer draws them), for a
// platform's maxPolygons (AVIR-105). Every triangle primitive keeps the
// same share of its triangles. The simplifier only moves vertices onto
// existing neighbours, so skin weights, UV seams and morph targets (the
// expressions' blend shapes) stay valid; vertices nothing uses afterwards
// are dropped from every attribute. It returns ErrUnreachable when the
// meshes cannot get that small without tearing.
func (a *Avatar) Decimate(ctx context.Context, maxTriangles int) (Report, error) {
	var r Report
	if maxTriangles <= 0 {
		return r, fmt.Errorf("decimate: maxTriangles %d must be positive", maxTriangles)
	}
	before := a.Describe().Triangles
	if before <= maxTriangles {
		return r, nil
	}
	instances := map[int]int{}
	for _, n := range a.Doc.Nodes {
		if n.Mesh != nil {
			instances[*n.Mesh]++
		}
	}
	// What cannot be decimated (strips, fans) still counts against the
	// budget; the rest shares what is left in proportion.
	fixed, free := 0, 0
	for mi, m := range a.Doc.Meshes {
		for _, p := range m.Primitives {
			if p.Mode == gltf.PrimitiveTriangles {
				free += a.primitiveTriangles(p) * instances[mi]
			} else {
				fixed += a.primitiveTriangles(p) * instances[mi]
			}
		}
	}
	if fixed >= maxTriangles {
		return r, fmt.Errorf("%w: %d triangles are in strips or fans, which are not decimated, over the limit of %d", ErrUnreachable, fixed, maxTriangles)
	}
	ratio := float64(maxTriangles-fixed) / float64(free)
	var worst float32
	for mi, m := range a.Doc.Meshes {
		if instances[mi] == 0 {
			continue
		}
		for pi, p := range m.Primitives {
			if p.Mode != gltf.PrimitiveTriangles {
				continue
			}
			tris := a.primitiveTriangles(p)
			target := int(math.Floor(float64(tris) * ratio))
			e, err := a.decimatePrimitive(ctx, p, target)
			if err != nil {
				return r, fmt.Errorf("decimate mesh %d primitive %d: %w", mi, pi, err)
			}
			worst = max(worst, e)
		}
	}
	after := a.Describe().Triangles
	if after > maxTriangles {
		return r, fmt.Errorf("%w: decimation stopped at %d triangles without tearing the mesh, over the limit of %d", ErrUnreachable, after, maxTriangles)
	}
	r.change("decimated %d → %d triangles (limit %d; largest error %.2f%% of the mesh's size)", before, after, maxTriangles, worst*100)
	return r, nil
}

// decimatePrimitive simplifies one primitive to about target triangles
// and rewrites its indices and attributes; it returns the simplifier's
// error.
func (a *Avatar) decimatePrimitive(ctx context.Context, p *gltf.Primitive, target int) (float32, error) {
	d := a.Doc
	pos, err := modeler.ReadPosition(d, d.Accessors[p.Attributes[gltf.POSITION]], nil)
	if err != nil {
		return 0, err
	}
	var idx []uint32
	if p.Indices != nil {
		if idx, err = modeler.ReadIndices(d, d.Accessors[*p.Indices], nil); err != nil {
			return 0, err
		}
	} else {
		idx = make([]uint32, len(pos))
		for i := range idx {
			idx[i] = uint32(i)
		}
	}
	idx = idx[:len(idx)/3*3]
	res, err := simplify.Simplify(ctx, simplify.Mesh{Positions: pos, Indices: idx}, target, simplify.Options{})
	if err != nil {
		return 0, err
	}
	remap, newIdx, err := simplify.Compact(res.Indices, len(pos))
	if err != nil {
		return 0, err
	}
	rewrite := func(set gltf.PrimitiveAttributes) error {
		for _, name := range sortedKeys(set) {
			j, err := a.remapAccessor(set[name], remap, name == gltf.POSITION)
			if err != nil {
				return fmt.Errorf("attribute %s: %w", name, err)
			}
			set[name] = j
		}
		return nil
	}
	if err := rewrite(p.Attributes); err != nil {
		return 0, err
	}
	for _, t := range p.Targets {
		if err := rewrite(t); err != nil {
			return 0, err
		}
	}
	p.Indices = gltf.Index(modeler.WriteIndices(d, newIdx))
	return res.Error, nil
}

// remapAccessor writes a copy of a per-vertex accessor holding only the
// kept vertices, in their new order, and returns its index.
func (a *Avatar) remapAccessor(i int, remap []int32, bounds bool) (int, error) {
	d := a.Doc
	acc := d.Accessors[i]
	data, err := modeler.ReadAccessor(d, acc, nil)
	if err != nil {
		return 0, err
	}
	src := reflect.ValueOf(data)
	if src.Kind() != reflect.Slice || src.Len() != len(remap) {
		return 0, fmt.Errorf("%w: accessor %d has %d values for %d vertices", ErrMalformed, i, src.Len(), len(remap))
	}
	n := 0
	for _, r := range remap {
		if r >= 0 {
			n++
		}
	}
	dst := reflect.MakeSlice(src.Type(), n, n)
	for v, r := range remap {
		if r >= 0 {
			dst.Index(int(r)).Set(src.Index(v))
		}
	}
	j := modeler.WriteAccessor(d, gltf.TargetArrayBuffer, dst.Interface())
	out := d.Accessors[j]
	out.Normalized, out.Name = acc.Normalized, acc.Name
	if bounds {
		// POSITION accessors must carry their bounds (glTF 2.0 §3.7.2.1).
		vs := dst.Interface().([][3]float32)
		lo, hi := [3]float64{math.Inf(1), math.Inf(1), math.Inf(1)}, [3]float64{math.Inf(-1), math.Inf(-1), math.Inf(-1)}
		for _, v := range vs {
			for k := 0; k < 3; k++ {
				lo[k], hi[k] = math.Min(lo[k], float64(v[k])), math.Max(hi[k], float64(v[k]))
			}
		}
		out.Min, out.Max = lo[:], hi[:]
	}
	return j, nil
}
