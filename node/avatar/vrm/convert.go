package vrm

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/qmuntal/gltf"
)

// Report says what a change to an avatar did: what it changed and what
// it could not carry, each in a sentence a person can read (AVIR-202: a
// platform says what it dropped, not just that it did).
type Report struct {
	Changed []string `json:"changed,omitempty"`
	Dropped []string `json:"dropped,omitempty"`
}

func (r *Report) change(format string, args ...any) {
	r.Changed = append(r.Changed, fmt.Sprintf(format, args...))
}

func (r *Report) drop(format string, args ...any) {
	r.Dropped = append(r.Dropped, fmt.Sprintf(format, args...))
}

// Merge appends another report.
func (r *Report) Merge(o Report) {
	r.Changed = append(r.Changed, o.Changed...)
	r.Dropped = append(r.Dropped, o.Dropped...)
}

// ErrUnreachable is a conversion the avatar cannot make: a bone the
// target version requires is missing, say.
var ErrUnreachable = errors.New("conversion not possible")

// ConvertTo converts the avatar to another VRM version in place, keeping
// the humanoid mapping, expressions (blend shapes), spring bones and MToon
// materials where they map, and reports what changed and what was lost. A
// plain glTF cannot become a VRM (it has no humanoid), and a VRM becomes
// plain glTF by dropping its extensions.
func (a *Avatar) ConvertTo(to Format) (Report, error) {
	var r Report
	switch to {
	case FormatVRM0, FormatVRM1, FormatGLTF:
	default:
		return r, fmt.Errorf("%w: unknown avatar format %q (want %s, %s or %s)", ErrUnsupported, to, FormatVRM0, FormatVRM1, FormatGLTF)
	}
	if to == a.Format {
		return r, nil
	}
	switch {
	case a.Format == FormatVRM0 && to == FormatVRM1:
		return a.vrm0To1()
	case a.Format == FormatVRM1 && to == FormatVRM0:
		return a.vrm1To0()
	case to == FormatGLTF:
		return a.toGLTF(), nil
	case a.Format == FormatGLTF:
		return r, fmt.Errorf("%w: a plain glTF has no humanoid bone mapping to make a %s avatar from", ErrUnreachable, to)
	}
	return r, fmt.Errorf("%w: %s to %s", ErrUnsupported, a.Format, to)
}

func (a *Avatar) toGLTF() Report {
	var r Report
	r.drop("the VRM extensions (humanoid, licence meta, expressions, spring bones, first person, look-at): plain glTF 2.0 has none")
	a.VRM0, a.VRM1, a.Spring = nil, nil, nil
	for _, k := range []string{ExtVRM0, ExtVRM1, ExtSpringBone} {
		_ = setExt(&a.Doc.Extensions, k, nil)
	}
	for _, n := range a.Doc.Nodes {
		_ = setExt(&n.Extensions, ExtConstraint, nil)
	}
	for _, m := range a.Doc.Materials {
		_ = setExt(&m.Extensions, ExtMToon, nil)
	}
	a.Format = FormatGLTF
	return r
}

// dropAnimations removes animations, which a version conversion does not
// carry (VRM avatars hold none by the specification; VRMA files carry
// animations separately).
func (a *Avatar) dropAnimations(r *Report) {
	if n := len(a.Doc.Animations); n > 0 {
		r.drop("%d glTF animations (VRM avatars carry none; use VRM Animation files)", n)
		a.Doc.Animations = nil
	}
}

// meshNodes lists the nodes that show a mesh, by mesh, in node order.
func (a *Avatar) meshNodes() map[int][]int {
	out := map[int][]int{}
	for i, n := range a.Doc.Nodes {
		if n.Mesh != nil {
			out[*n.Mesh] = append(out[*n.Mesh], i)
		}
	}
	return out
}

func (a *Avatar) vrm0To1() (Report, error) {
	var r Report
	v := a.VRM0
	bones := map[string]HumanBone1{}
	for _, b := range v.Humanoid.HumanBones {
		if b.Bone == "" {
			continue
		}
		bones[boneName0To1(b.Bone)] = HumanBone1{Node: b.Node}
	}
	if missing := missingBones(bones, requiredBones1); len(missing) > 0 {
		return r, fmt.Errorf("%w: VRM 1.0 requires human bones %s", ErrUnreachable, strings.Join(missing, ", "))
	}
	if err := a.turn(); err != nil {
		return r, err
	}
	r.change("turned the avatar half a turn about Y: VRM 0.x faces -Z, VRM 1.0 faces +Z")
	a.dropAnimations(&r)
	meta := &Meta1{Name: "untitled", Authors: []string{"unknown"}, LicenseURL: "https://vrm.dev/licenses/1.0/", Modification: ModificationProhibited}
	if v.Meta != nil {
		meta = meta0To1(v.Meta)
		if t := v.Meta.Texture; t != nil && in(*t, len(a.Doc.Textures)) && a.Doc.Textures[*t].Source != nil {
			meta.ThumbnailImage = gltf.Index(*a.Doc.Textures[*t].Source)
		}
		r.change("licence %q translated to VRM 1.0 terms: modification %s, redistribution %v, commercial use %s", v.Meta.LicenseName, meta.Modification, *meta.AllowRedistribution, meta.CommercialUsage)
	} else {
		r.drop("no VRM 0.x meta: the VRM 1.0 meta grants nothing (modification prohibited)")
	}
	out := &VRM1{SpecVersion: "1.0", Meta: meta, Humanoid: &Humanoid1{HumanBones: bones}}
	if h := v.Humanoid; h.ArmStretch != nil || h.LegStretch != nil || h.UpperArmTwist != nil || h.FeetSpacing != nil {
		r.drop("humanoid muscle settings (armStretch, legStretch, twists, feetSpacing): Unity-only, VRM 1.0 has none")
	}
	meshNodes := a.meshNodes()
	if fp := v.FirstPerson; fp != nil {
		out.FirstPerson = &FirstPerson1{}
		for _, m := range fp.MeshAnnotations {
			for _, n := range meshNodes[m.Mesh] {
				if len(out.FirstPerson.MeshAnnotations) == maxExtItems {
					r.drop("first-person annotations past %d", maxExtItems)
					break
				}
				out.FirstPerson.MeshAnnotations = append(out.FirstPerson.MeshAnnotations, MeshAnnotation1{Node: n, Type: firstPersonFlag0To1(m.FirstPersonFlag)})
			}
		}
		out.LookAt = lookAt0To1(fp)
		if fp.FirstPersonBone != nil && *fp.FirstPersonBone >= 0 {
			if head, ok := bones["head"]; ok && head.Node != *fp.FirstPersonBone {
				r.drop("firstPersonBone %d (VRM 1.0 always uses the head bone)", *fp.FirstPersonBone)
			}
		}
	}
	if bm := v.BlendShapeMaster; bm != nil && len(bm.BlendShapeGroups) > 0 {
		out.Expressions = a.expressions0To1(bm, meshNodes, &r)
	}
	out.Extensions, out.Extras = nil, nil
	a.Spring = a.spring0To1(v.SecondaryAnimation, &r)
	a.materials0To1(v.MaterialProperties, &r)
	a.VRM0, a.VRM1, a.Format = nil, out, FormatVRM1
	_ = setExt(&a.Doc.Extensions, ExtVRM0, nil)
	return r, nil
}

func missingBones(have map[string]HumanBone1, required []string) []string {
	var missing []string
	for _, b := range required {
		if _, ok := have[b]; !ok {
			missing = append(missing, b)
		}
	}
	return missing
}

func firstPersonFlag0To1(f string) string {
	switch f {
	case "Both":
		return "both"
	case "ThirdPersonOnly":
		return "thirdPersonOnly"
	case "FirstPersonOnly":
		return "firstPersonOnly"
	}
	return "auto"
}

func firstPersonFlag1To0(f string) string {
	switch f {
	case "both":
		return "Both"
	case "thirdPersonOnly":
		return "ThirdPersonOnly"
	case "firstPersonOnly":
		return "FirstPersonOnly"
	}
	return "Auto"
}

// lookAt0To1 keeps the range of each curve (VRM 1.0 has no curve shape):
// xRange is the input's maximum angle, yRange the output's scale.
func lookAt0To1(fp *FirstPerson0) *LookAt1 {
	out := &LookAt1{Type: "bone"}
	if fp.LookAtTypeName == "BlendShape" {
		out.Type = "expression"
	}
	if o := fp.FirstPersonBoneOffset; o != nil {
		out.OffsetFromHeadBone = []float64{-o.X, o.Y, o.Z}
	}
	rm := func(m *DegreeMap0) *RangeMap {
		if m == nil {
			return nil
		}
		return &RangeMap{InputMaxValue: m.XRange, OutputScale: m.YRange}
	}
	out.RangeMapHorizontalInner = rm(fp.LookAtHorizontalInner)
	out.RangeMapHorizontalOuter = rm(fp.LookAtHorizontalOuter)
	out.RangeMapVerticalDown = rm(fp.LookAtVerticalDown)
	out.RangeMapVerticalUp = rm(fp.LookAtVerticalUp)
	return out
}

func lookAt1To0(l *LookAt1, fp *FirstPerson0) {
	fp.LookAtTypeName = "Bone"
	if l.Type == "expression" {
		fp.LookAtTypeName = "BlendShape"
	}
	if o := l.OffsetFromHeadBone; len(o) == 3 {
		fp.FirstPersonBoneOffset = &Vec3{X: -o[0], Y: o[1], Z: o[2]}
	}
	dm := func(m *RangeMap) *DegreeMap0 {
		if m == nil {
			return nil
		}
		// A straight curve, as UniVRM writes by default.
		return &DegreeMap0{Curve: []float64{0, 0, 0, 1, 1, 1, 1, 0}, XRange: m.InputMaxValue, YRange: m.OutputScale}
	}
	fp.LookAtHorizontalInner = dm(l.RangeMapHorizontalInner)
	fp.LookAtHorizontalOuter = dm(l.RangeMapHorizontalOuter)
	fp.LookAtVerticalDown = dm(l.RangeMapVerticalDown)
	fp.LookAtVerticalUp = dm(l.RangeMapVerticalUp)
}

func (a *Avatar) expressions0To1(bm *BlendShapeMaster0, meshNodes map[int][]int, r *Report) *Expressions1 {
	out := &Expressions1{Preset: map[string]*Expression1{}, Custom: map[string]*Expression1{}}
	matIndex := map[string]int{}
	for i, m := range a.Doc.Materials {
		matIndex[m.Name] = i
	}
	for _, g := range bm.BlendShapeGroups {
		// A bind per node that shows the mesh: bounded, so a file of many
		// nodes sharing one mesh cannot multiply into millions of binds.
		n := 0
		for _, b := range g.Binds {
			n += len(meshNodes[b.Mesh])
		}
		if n > maxExtItems {
			r.drop("expression %q: its %d binds over the nodes that show its meshes exceed %d", g.Name, n, maxExtItems)
			continue
		}
		x := &Expression1{IsBinary: g.IsBinary}
		for _, b := range g.Binds {
			for _, n := range meshNodes[b.Mesh] {
				x.MorphTargetBinds = append(x.MorphTargetBinds, MorphTargetBind1{Node: n, Index: b.Index, Weight: clamp01(b.Weight / 100)})
			}
		}
		colors, transforms, lost := materialValues0To1(g.MaterialValues, matIndex)
		x.MaterialColorBinds, x.TextureTransformBinds = colors, transforms
		for _, l := range lost {
			r.drop("expression %q: material value %s", g.Name, l)
		}
		p, ok := preset0To1(g.PresetName)
		if !ok && (g.PresetName == "unknown" || g.PresetName == "") {
			// UniVRM's migration tries the name as a 1.0 preset, so a
			// group named "Surprised" becomes the surprised preset.
			p, ok = presetByName1(g.Name)
		}
		if ok {
			if out.Preset[p] != nil {
				r.drop("expression %q: a second %s preset", g.Name, p)
				continue
			}
			out.Preset[p] = x
			continue
		}
		name := g.Name
		if name == "" {
			name = g.PresetName
		}
		if _, clash := presetByName1(name); clash || out.Custom[name] != nil || name == "" {
			r.drop("expression %q: its name clashes with another expression", g.Name)
			continue
		}
		out.Custom[name] = x
	}
	if len(out.Custom) == 0 {
		out.Custom = nil
	}
	return out
}

func clamp01(f float64) float64 { return max(0, min(1, f)) }

// Spring bones, 0.x → 1.0. A VRM 0.x bone group names root bones, and
// each root sways with all its descendants; a VRM 1.0 spring is one chain
// of joints. Each root becomes a chain following first children; a branch
// off the chain becomes a chain of its own, so every joint belongs to one
// spring as VRMC_springBone requires.
func (a *Avatar) spring0To1(s *Secondary0, r *Report) *Spring {
	if s == nil || (len(s.BoneGroups) == 0 && len(s.ColliderGroups) == 0) {
		return nil
	}
	out := &Spring{SpecVersion: "1.0"}
	for gi, g := range s.ColliderGroups {
		var idx []int
		for _, c := range g.Colliders {
			idx = append(idx, len(out.Colliders))
			out.Colliders = append(out.Colliders, SpringCollider{Node: g.Node, Shape: ColliderShape{Sphere: &Sphere{
				Offset: unityVec(c.Offset), Radius: c.Radius,
			}}})
		}
		out.ColliderGroups = append(out.ColliderGroups, ColliderGroup1{Name: fmt.Sprintf("colliderGroup%d", gi), Colliders: idx})
	}
	used := map[int]bool{}
	for _, g := range s.BoneGroups {
		joint := func(n int) SpringJoint {
			return SpringJoint{Node: n, HitRadius: g.HitRadius, Stiffness: g.Stiffiness, GravityPower: g.GravityPower,
				GravityDir: unityVec(g.GravityDir), DragForce: g.DragForce}
		}
		var chains [][]int
		starts := append([]int(nil), g.Bones...)
		for len(starts) > 0 {
			var chain []int
			n := starts[0]
			starts = starts[1:]
			for !used[n] {
				used[n] = true
				chain = append(chain, n)
				kids := a.Doc.Nodes[n].Children
				if len(kids) == 0 {
					// VRM 0.x sways a leaf towards a virtual end 7 cm past
					// it; VRM 1.0 needs that end as a node (UniVRM adds
					// the same "_end" node).
					chain = append(chain, a.addTail(n))
					break
				}
				starts = append(starts, kids[1:]...)
				n = kids[0]
			}
			if len(chain) > 1 {
				chains = append(chains, chain)
			}
		}
		for ci, chain := range chains {
			sp := Spring1{Name: g.Comment, ColliderGroups: g.ColliderGroups}
			if len(chains) > 1 {
				sp.Name = fmt.Sprintf("%s.%d", g.Comment, ci)
			}
			if g.Center >= 0 {
				sp.Center = gltf.Index(g.Center)
			}
			for _, n := range chain {
				sp.Joints = append(sp.Joints, joint(n))
			}
			out.Springs = append(out.Springs, sp)
		}
	}
	r.change("spring bones: %d VRM 0.x bone groups became %d VRM 1.0 springs; each chain ends in a new _end node 7 cm past its last bone, where VRM 0.x imagined one", len(s.BoneGroups), len(out.Springs))
	return out
}

// addTail adds a child 7 cm past a leaf, along the leaf's direction from
// its parent, and returns its index.
func (a *Avatar) addTail(leaf int) int {
	n := a.Doc.Nodes[leaf]
	t := n.Translation
	l := math.Sqrt(t[0]*t[0] + t[1]*t[1] + t[2]*t[2])
	dir := [3]float64{0, 1, 0}
	if l > 0 {
		dir = [3]float64{t[0] / l, t[1] / l, t[2] / l}
	}
	i := len(a.Doc.Nodes)
	a.Doc.Nodes = append(a.Doc.Nodes, &gltf.Node{
		Name: n.Name + "_end", Matrix: gltf.DefaultMatrix, Rotation: gltf.DefaultRotation, Scale: gltf.DefaultScale,
		Translation: [3]float64{dir[0] * 0.07, dir[1] * 0.07, dir[2] * 0.07},
	})
	n.Children = append(n.Children, i)
	return i
}

// spring1To0 makes one bone group per spring, rooted at its first joint,
// with the first joint's settings; colliders become sphere collider groups
// per node.
func (a *Avatar) spring1To0(s *Spring, r *Report) *Secondary0 {
	if s == nil {
		return nil
	}
	out := &Secondary0{}
	// VRM 0.x collider groups belong to a node: one per collider node,
	// and a 1.0 collider group maps to the 0.x groups of its colliders.
	groupOfNode := map[int]int{}
	colliderGroup0 := make([]int, len(s.Colliders))
	capsules := 0
	for ci, c := range s.Colliders {
		g, ok := groupOfNode[c.Node]
		if !ok {
			g = len(out.ColliderGroups)
			groupOfNode[c.Node] = g
			out.ColliderGroups = append(out.ColliderGroups, ColliderGroup0{Node: c.Node})
		}
		colliderGroup0[ci] = g
		switch {
		case c.Shape.Sphere != nil:
			o := c.Shape.Sphere.Offset
			out.ColliderGroups[g].Colliders = append(out.ColliderGroups[g].Colliders, sphere0(o, c.Shape.Sphere.Radius))
		case c.Shape.Capsule != nil:
			capsules++
			cp := c.Shape.Capsule
			out.ColliderGroups[g].Colliders = append(out.ColliderGroups[g].Colliders, sphere0(cp.Offset, cp.Radius), sphere0(cp.Tail, cp.Radius))
		}
	}
	if capsules > 0 {
		r.drop("%d capsule colliders: VRM 0.x has spheres only, each capsule became a sphere at each end", capsules)
	}
	varied := 0
	for _, sp := range s.Springs {
		if len(sp.Joints) == 0 {
			continue
		}
		j := sp.Joints[0]
		g := BoneGroup0{Comment: sp.Name, Stiffiness: j.Stiffness, GravityPower: j.GravityPower, DragForce: j.DragForce, HitRadius: j.HitRadius, Center: -1, Bones: []int{j.Node}}
		if len(j.GravityDir) == 3 {
			g.GravityDir = Vec3{X: -j.GravityDir[0], Y: j.GravityDir[1], Z: j.GravityDir[2]}
		}
		if sp.Center != nil {
			g.Center = *sp.Center
		}
		seen := map[int]bool{}
		for _, cg := range sp.ColliderGroups {
			for _, c := range s.ColliderGroups[cg].Colliders {
				if g0 := colliderGroup0[c]; !seen[g0] {
					seen[g0] = true
					g.ColliderGroups = append(g.ColliderGroups, g0)
				}
			}
		}
		sort.Ints(g.ColliderGroups)
		for _, o := range sp.Joints[1:] {
			if o.Stiffness != j.Stiffness || o.DragForce != j.DragForce || o.GravityPower != j.GravityPower || o.HitRadius != j.HitRadius {
				varied++
				break
			}
		}
		out.BoneGroups = append(out.BoneGroups, g)
	}
	if varied > 0 {
		r.drop("per-joint spring settings of %d springs: a VRM 0.x bone group has one setting, the first joint's was kept", varied)
	}
	return out
}

// unityVec converts a vector of the VRM 0.x extension's JSON, which holds
// Unity's left-handed values (UniVRM wrote them raw), to VRM 1.0: Unity to
// glTF flips Z and the half turn flips X and Z, so only X changes sign.
// The same holds the other way.
func unityVec(v Vec3) []float64 { return []float64{-v.X, v.Y, v.Z} }

func sphere0(o []float64, radius float64) Collider0 {
	c := Collider0{Radius: radius}
	if len(o) == 3 {
		c.Offset = Vec3{X: -o[0], Y: o[1], Z: o[2]}
	}
	return c
}

func (a *Avatar) vrm1To0() (Report, error) {
	var r Report
	v := a.VRM1
	bones := map[string]HumanBone1{}
	for name, b := range v.Humanoid.HumanBones {
		bones[name] = b
	}
	if missing := missingBones(bones, requiredBones0); len(missing) > 0 {
		return r, fmt.Errorf("%w: VRM 0.x requires human bones %s", ErrUnreachable, strings.Join(missing, ", "))
	}
	if err := a.turn(); err != nil {
		return r, err
	}
	r.change("turned the avatar half a turn about Y: VRM 1.0 faces +Z, VRM 0.x faces -Z")
	a.dropAnimations(&r)
	meta, lost := meta1To0(v.Meta)
	if t := v.Meta.ThumbnailImage; t != nil {
		for i, tx := range a.Doc.Textures {
			if tx.Source != nil && *tx.Source == *t {
				meta.Texture = gltf.Index(i)
				break
			}
		}
	}
	for _, l := range lost {
		r.drop("%s", l)
	}
	r.change("licence written as VRM 0.x %s", meta.LicenseName)
	out := &VRM0{ExporterVersion: "mifm", SpecVersion: "0.0", Meta: meta, Humanoid: &Humanoid0{}}
	for _, name := range sortedKeys(bones) {
		out.Humanoid.HumanBones = append(out.Humanoid.HumanBones, HumanBone0{Bone: boneName1To0(name), Node: bones[name].Node, UseDefaultValues: ptr(true)})
	}
	fp := &FirstPerson0{FirstPersonBone: gltf.Index(bones["head"].Node)}
	if v.FirstPerson != nil {
		byMesh := map[int]string{}
		for _, m := range v.FirstPerson.MeshAnnotations {
			if mesh := a.Doc.Nodes[m.Node].Mesh; mesh != nil {
				if prev, ok := byMesh[*mesh]; ok && prev != m.Type {
					r.drop("first-person flag %s of node %d: its mesh is shared with a node flagged %s", m.Type, m.Node, prev)
					continue
				}
				byMesh[*mesh] = m.Type
			}
		}
		for _, mesh := range sortedIntKeys(byMesh) {
			fp.MeshAnnotations = append(fp.MeshAnnotations, MeshAnnotation0{Mesh: mesh, FirstPersonFlag: firstPersonFlag1To0(byMesh[mesh])})
		}
	}
	if v.LookAt != nil {
		lookAt1To0(v.LookAt, fp)
	}
	out.FirstPerson = fp
	if e := v.Expressions; e != nil {
		out.BlendShapeMaster = a.expressions1To0(e, &r)
	}
	out.SecondaryAnimation = a.spring1To0(a.Spring, &r)
	if a.Spring != nil {
		r.change("spring bones: %d VRM 1.0 springs became %d VRM 0.x bone groups", len(a.Spring.Springs), len(out.SecondaryAnimation.BoneGroups))
	}
	out.MaterialProperties = a.materials1To0(&r)
	constraints := 0
	for _, n := range a.Doc.Nodes {
		if rawExt(n.Extensions, ExtConstraint) != nil {
			constraints++
			_ = setExt(&n.Extensions, ExtConstraint, nil)
		}
	}
	if constraints > 0 {
		r.drop("%d node constraints (VRMC_node_constraint): VRM 0.x has none", constraints)
	}
	a.VRM0, a.VRM1, a.Spring, a.Format = out, nil, nil, FormatVRM0
	_ = setExt(&a.Doc.Extensions, ExtVRM1, nil)
	_ = setExt(&a.Doc.Extensions, ExtSpringBone, nil)
	return r, nil
}

func ptr[T any](v T) *T { return &v }

func sortedIntKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

func (a *Avatar) expressions1To0(e *Expressions1, r *Report) *BlendShapeMaster0 {
	out := &BlendShapeMaster0{}
	add := func(name, preset string, x *Expression1) {
		g := BlendShapeGroup0{Name: name, PresetName: preset, IsBinary: x.IsBinary}
		for _, b := range x.MorphTargetBinds {
			if mesh := a.Doc.Nodes[b.Node].Mesh; mesh != nil {
				g.Binds = append(g.Binds, BlendShapeBind0{Mesh: *mesh, Index: b.Index, Weight: b.Weight * 100})
			}
		}
		vals, lost := a.materialValues1To0(x)
		g.MaterialValues = vals
		for _, l := range lost {
			r.drop("expression %q: %s", name, l)
		}
		if x.OverrideBlink != "" || x.OverrideLookAt != "" || x.OverrideMouth != "" {
			if x.OverrideBlink != "none" && x.OverrideBlink != "" || x.OverrideLookAt != "none" && x.OverrideLookAt != "" || x.OverrideMouth != "none" && x.OverrideMouth != "" {
				r.drop("expression %q: override settings (VRM 0.x has none)", name)
			}
		}
		out.BlendShapeGroups = append(out.BlendShapeGroups, g)
	}
	for _, name := range sortedKeys(e.Preset) {
		if p, ok := preset1To0(name); ok {
			add(name, p, e.Preset[name])
		} else {
			add(name, "unknown", e.Preset[name])
			r.change("expression %s has no VRM 0.x preset: kept as a custom group", name)
		}
	}
	for _, name := range sortedKeys(e.Custom) {
		add(name, "unknown", e.Custom[name])
	}
	return out
}
