package vrm

import "slices"

// StripFeatures removes optional features a platform does not support
// (AVIR-106: the avatar keeps only the intersection of both platforms'
// features). Unknown names are ignored.
func (a *Avatar) StripFeatures(features []string) Report {
	var r Report
	for _, f := range features {
		switch f {
		case FeatureBlendShapes:
			a.stripBlendShapes(&r)
		case FeatureSpringBones:
			n := a.springJoints()
			a.Spring = nil
			if a.VRM0 != nil {
				a.VRM0.SecondaryAnimation = nil
			}
			_ = setExt(&a.Doc.Extensions, ExtSpringBone, nil)
			r.drop("spring bones (%d swaying bones): the platform does not support them", n)
		case FeatureMToon:
			n := 0
			for _, m := range a.Doc.Materials {
				if rawExt(m.Extensions, ExtMToon) != nil {
					_ = setExt(&m.Extensions, ExtMToon, nil)
					_ = setExt(&m.Extensions, ExtUnlit, struct{}{})
					n++
				}
			}
			if a.VRM0 != nil {
				for i := range a.VRM0.MaterialProperties {
					if a.VRM0.MaterialProperties[i].Shader == shaderMToon0 {
						a.VRM0.MaterialProperties[i] = MaterialProperty0{Name: a.VRM0.MaterialProperties[i].Name, Shader: "VRM/UnlitTexture"}
						n++
					}
				}
			}
			r.drop("MToon shading of %d materials (kept as unlit with their base colour and texture): the platform does not support MToon", n)
		case FeatureNodeConstraints:
			n := 0
			for _, node := range a.Doc.Nodes {
				if rawExt(node.Extensions, ExtConstraint) != nil {
					_ = setExt(&node.Extensions, ExtConstraint, nil)
					n++
				}
			}
			r.drop("%d node constraints: the platform does not support them", n)
		}
	}
	a.Doc.ExtensionsRequired = slices.DeleteFunc(a.Doc.ExtensionsRequired, func(e string) bool {
		return e == ExtSpringBone && a.Spring == nil || e == ExtMToon && !a.usesMToon() || e == ExtConstraint && !slices.Contains(a.Features(), FeatureNodeConstraints)
	})
	return r
}

// stripBlendShapes removes morph targets, and the expressions that only
// moved them; expressions that also drive materials keep those binds.
func (a *Avatar) stripBlendShapes(r *Report) {
	targets := 0
	for _, m := range a.Doc.Meshes {
		for _, p := range m.Primitives {
			targets += len(p.Targets)
			p.Targets = nil
		}
		m.Weights = nil
		if ex, ok := m.Extras.(map[string]any); ok {
			delete(ex, "targetNames")
		}
	}
	var gone []string
	if v := a.VRM1; v != nil && v.Expressions != nil {
		for _, set := range []map[string]*Expression1{v.Expressions.Preset, v.Expressions.Custom} {
			for _, name := range sortedKeys(set) {
				x := set[name]
				x.MorphTargetBinds = nil
				if len(x.MaterialColorBinds) == 0 && len(x.TextureTransformBinds) == 0 {
					delete(set, name)
					gone = append(gone, name)
				}
			}
		}
	}
	if v := a.VRM0; v != nil && v.BlendShapeMaster != nil {
		kept := v.BlendShapeMaster.BlendShapeGroups[:0]
		for _, g := range v.BlendShapeMaster.BlendShapeGroups {
			g.Binds = nil
			if len(g.MaterialValues) == 0 {
				gone = append(gone, g.Name)
				continue
			}
			kept = append(kept, g)
		}
		v.BlendShapeMaster.BlendShapeGroups = kept
	}
	r.drop("blend shapes: %d morph targets and the expressions %v that only moved them; the platform does not support blend shapes", targets, gone)
}
