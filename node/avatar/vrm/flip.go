package vrm

import (
	"fmt"

	"github.com/qmuntal/gltf"
	"github.com/qmuntal/gltf/modeler"
)

// VRM 0.x avatars face -Z in glTF space and VRM 1.0 avatars face +Z
// (VRMC_vrm-1.0 specification, "Coordinate system"; three-vrm rotates a
// 0.x scene with VRMUtils.rotateVRM0 for the same reason). Converting
// between them turns everything half a turn about Y, R = diag(-1, 1, -1),
// as UniVRM's migration does: vertex data becomes R·v, and every local
// transform T becomes R·T·R⁻¹, so world transforms and skinning
// (joint matrix × inverse bind matrix) turn with it and stay consistent.
// R is its own inverse: the same turn goes both ways.

// turnVec turns a vector half a turn about Y.
func turnVec(v [3]float32) [3]float32 { return [3]float32{-v[0], v[1], -v[2]} }

// turnMatrix conjugates a 4×4 matrix by R: element (r, c) changes sign
// when exactly one of r and c is an X or Z row or column.
func turnMatrix(m *[16]float64) {
	sign := [4]float64{-1, 1, -1, 1}
	for c := 0; c < 4; c++ {
		for r := 0; r < 4; r++ {
			m[c*4+r] *= sign[r] * sign[c]
		}
	}
}

// turn turns the whole avatar half a turn about Y. Animations are not
// carried through a version conversion (the caller drops them), so only
// nodes, skins and mesh data turn here; the VRM extensions turn their own
// vectors when they are translated.
func (a *Avatar) turn() error {
	d := a.Doc
	for _, n := range d.Nodes {
		if n.Matrix != [16]float64{} && n.Matrix != gltf.DefaultMatrix {
			turnMatrix(&n.Matrix)
		}
		n.Translation = [3]float64{-n.Translation[0], n.Translation[1], -n.Translation[2]}
		if n.Rotation != [4]float64{} {
			n.Rotation = [4]float64{-n.Rotation[0], n.Rotation[1], -n.Rotation[2], n.Rotation[3]}
		}
	}
	done := map[int]int{}
	rewrite := func(i int, kind string) (int, error) {
		if j, ok := done[i]; ok {
			return j, nil
		}
		j, err := a.turnAccessor(i, kind)
		if err != nil {
			return 0, fmt.Errorf("turn accessor %d (%s): %w", i, kind, err)
		}
		done[i] = j
		return j, nil
	}
	for _, s := range d.Skins {
		if s.InverseBindMatrices == nil {
			continue
		}
		j, err := rewrite(*s.InverseBindMatrices, "IBM")
		if err != nil {
			return err
		}
		s.InverseBindMatrices = gltf.Index(j)
	}
	for _, m := range d.Meshes {
		for _, p := range m.Primitives {
			for si, sets := range append([]gltf.PrimitiveAttributes{p.Attributes}, p.Targets...) {
				for _, name := range []string{gltf.POSITION, gltf.NORMAL, gltf.TANGENT} {
					i, ok := sets[name]
					if !ok {
						continue
					}
					kind := name
					if si > 0 && name == gltf.TANGENT {
						kind = gltf.NORMAL // a morph target's tangent delta is a VEC3
					}
					j, err := rewrite(i, kind)
					if err != nil {
						return err
					}
					sets[name] = j
				}
			}
		}
	}
	return nil
}

// turnAccessor writes a turned copy of an accessor and returns its index;
// the original stays for anything else that shares it and is dropped by
// repack when nothing does.
func (a *Avatar) turnAccessor(i int, kind string) (int, error) {
	d := a.Doc
	acc := d.Accessors[i]
	switch kind {
	case "IBM":
		ms, err := modeler.ReadInverseBindMatrices(d, acc, nil)
		if err != nil {
			return 0, err
		}
		for k := range ms {
			var m [16]float64
			for c := 0; c < 4; c++ {
				for r := 0; r < 4; r++ {
					m[c*4+r] = float64(ms[k][c][r])
				}
			}
			turnMatrix(&m)
			for c := 0; c < 4; c++ {
				for r := 0; r < 4; r++ {
					ms[k][c][r] = float32(m[c*4+r])
				}
			}
		}
		return modeler.WriteInverseBindMatrices(d, ms), nil
	case gltf.TANGENT:
		ts, err := modeler.ReadTangent(d, acc, nil)
		if err != nil {
			return 0, err
		}
		for k, t := range ts {
			ts[k] = [4]float32{-t[0], t[1], -t[2], t[3]}
		}
		return modeler.WriteTangent(d, ts), nil
	default:
		if acc.Type != gltf.AccessorVec3 || acc.ComponentType != gltf.ComponentFloat {
			return 0, fmt.Errorf("%w: %s must be float VEC3", ErrUnsupported, kind)
		}
		vs, err := modeler.ReadPosition(d, acc, nil)
		if err != nil {
			return 0, err
		}
		for k, v := range vs {
			vs[k] = turnVec(v)
		}
		if kind == gltf.NORMAL {
			return modeler.WriteNormal(d, vs), nil
		}
		return modeler.WritePosition(d, vs), nil
	}
}
