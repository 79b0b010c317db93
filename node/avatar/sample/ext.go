package sample

import (
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/qmuntal/gltf"
)

// The sample's hair chain and head, as bone indices (node = index + 1).
const (
	headBone = 4
	hairBone = 20
)

func ptr[T any](v T) *T { return &v }

func setExt(ext *gltf.Extensions, name string, v any) error {
	raw, err := rawJSON(v)
	if err != nil {
		return err
	}
	if *ext == nil {
		*ext = gltf.Extensions{}
	}
	(*ext)[name] = raw
	return nil
}

func writeVRM1(doc *gltf.Document, o Options, bones []bone, bodyNode int) error {
	meta := &vrm.Meta1{
		Name: o.Name, Version: "1", Authors: []string{"mifm"},
		LicenseURL:       "https://vrm.dev/licenses/1.0/",
		AvatarPermission: "everyone", CommercialUsage: vrm.CommercialCorporation, CreditNotation: "required",
		AllowRedistribution: ptr(!o.NoRedistribution), Modification: o.Modification,
		AllowExcessivelyViolentUsage: ptr(false), AllowExcessivelySexualUsage: ptr(false),
		AllowPoliticalOrReligiousUsage: ptr(false), AllowAntisocialOrHateUsage: ptr(false),
	}
	hb := map[string]vrm.HumanBone1{}
	for i, b := range bones {
		if b.human != "" {
			hb[b.human] = vrm.HumanBone1{Node: i + 1}
		}
	}
	bind := func(target int) *vrm.Expression1 {
		return &vrm.Expression1{MorphTargetBinds: []vrm.MorphTargetBind1{{Node: bodyNode, Index: target, Weight: 1}}}
	}
	ext := &vrm.VRM1{
		SpecVersion: "1.0", Meta: meta, Humanoid: &vrm.Humanoid1{HumanBones: hb},
		FirstPerson: &vrm.FirstPerson1{MeshAnnotations: []vrm.MeshAnnotation1{{Node: bodyNode, Type: "auto"}}},
		LookAt: &vrm.LookAt1{Type: "bone", OffsetFromHeadBone: []float64{0, 0.06, 0.1},
			RangeMapHorizontalInner: &vrm.RangeMap{InputMaxValue: 90, OutputScale: 10},
			RangeMapHorizontalOuter: &vrm.RangeMap{InputMaxValue: 90, OutputScale: 10},
			RangeMapVerticalDown:    &vrm.RangeMap{InputMaxValue: 90, OutputScale: 10},
			RangeMapVerticalUp:      &vrm.RangeMap{InputMaxValue: 90, OutputScale: 10}},
		Expressions: &vrm.Expressions1{Preset: map[string]*vrm.Expression1{"aa": bind(0), "blink": bind(1), "happy": bind(2)}},
	}
	joint := func(b int) vrm.SpringJoint {
		return vrm.SpringJoint{Node: b + 1, HitRadius: 0.02, Stiffness: 1, GravityPower: 0, GravityDir: []float64{0, -1, 0}, DragForce: 0.4}
	}
	spring := &vrm.Spring{
		SpecVersion:    "1.0",
		Colliders:      []vrm.SpringCollider{{Node: headBone + 1, Shape: vrm.ColliderShape{Sphere: &vrm.Sphere{Offset: []float64{0, 0.1, 0}, Radius: 0.12}}}},
		ColliderGroups: []vrm.ColliderGroup1{{Name: "head", Colliders: []int{0}}},
		Springs:        []vrm.Spring1{{Name: "hair", Joints: []vrm.SpringJoint{joint(hairBone), joint(hairBone + 1), joint(hairBone + 2)}, ColliderGroups: []int{0}}},
	}
	mtoon := &vrm.MToon1{
		SpecVersion: "1.0", ShadeColorFactor: []float64{0.6, 0.45, 0.45}, ShadeMultiplyTexture: &vrm.TexRef{Index: 0},
		ShadingToonyFactor: ptr(0.95), ShadingShiftFactor: ptr(-0.05),
		OutlineWidthMode: "worldCoordinates", OutlineWidthFactor: ptr(0.002), OutlineColorFactor: []float64{0, 0, 0}, OutlineLightingMixFactor: ptr(1.0),
	}
	var springExt any = spring
	if o.Minimal {
		springExt = nil
	}
	for _, e := range []struct {
		ext  *gltf.Extensions
		name string
		v    any
	}{
		{&doc.Extensions, vrm.ExtVRM1, ext},
		{&doc.Extensions, vrm.ExtSpringBone, springExt},
		{&doc.Materials[0].Extensions, vrm.ExtMToon, mtoon},
		{&doc.Materials[0].Extensions, vrm.ExtUnlit, struct{}{}},
	} {
		if e.v == nil {
			continue
		}
		if err := setExt(e.ext, e.name, e.v); err != nil {
			return err
		}
	}
	doc.ExtensionsUsed = []string{vrm.ExtUnlit, vrm.ExtMToon, vrm.ExtSpringBone, vrm.ExtVRM1}
	if o.Minimal {
		doc.ExtensionsUsed = []string{vrm.ExtUnlit, vrm.ExtMToon, vrm.ExtVRM1}
	}
	return nil
}

// writeVRM0 writes what UniVRM 0.x exports: bone names with 0.x thumbs,
// mesh-indexed blend shapes weighted 0-100, bone groups by root, and
// Unity's vectors in the JSON.
func writeVRM0(doc *gltf.Document, o Options, bones []bone, bodyMesh int) error {
	license := "CC_BY"
	switch {
	case o.NoRedistribution:
		license = "Redistribution_Prohibited"
	case o.Modification == vrm.ModificationProhibited:
		license = "CC_BY_ND"
	}
	meta := &vrm.Meta0{
		Title: o.Name, Version: "1", Author: "mifm", AllowedUserName: "Everyone",
		ViolentUssageName: "Disallow", SexualUssageName: "Disallow", CommercialUssageName: "Allow", LicenseName: license,
	}
	zero := []string{"leftThumbProximal", "leftThumbIntermediate", "leftThumbDistal"}
	var hb []vrm.HumanBone0
	for i, b := range bones {
		name := b.human
		switch name {
		case "":
			continue
		case "leftThumbMetacarpal":
			name = zero[0]
		case "leftThumbProximal":
			name = zero[1]
		case "leftThumbDistal":
			name = zero[2]
		}
		hb = append(hb, vrm.HumanBone0{Bone: name, Node: i + 1, UseDefaultValues: ptr(true)})
	}
	group := func(name, preset string, target int) vrm.BlendShapeGroup0 {
		return vrm.BlendShapeGroup0{Name: name, PresetName: preset, Binds: []vrm.BlendShapeBind0{{Mesh: bodyMesh, Index: target, Weight: 100}}}
	}
	ext := &vrm.VRM0{
		ExporterVersion: "mifm-sample", SpecVersion: "0.0", Meta: meta,
		Humanoid: &vrm.Humanoid0{HumanBones: hb},
		FirstPerson: &vrm.FirstPerson0{
			FirstPersonBone: ptr(headBone + 1), FirstPersonBoneOffset: &vrm.Vec3{X: 0, Y: 0.06, Z: 0.1},
			MeshAnnotations:       []vrm.MeshAnnotation0{{Mesh: bodyMesh, FirstPersonFlag: "Auto"}},
			LookAtTypeName:        "Bone",
			LookAtHorizontalInner: &vrm.DegreeMap0{Curve: []float64{0, 0, 0, 1, 1, 1, 1, 0}, XRange: 90, YRange: 10},
			LookAtHorizontalOuter: &vrm.DegreeMap0{Curve: []float64{0, 0, 0, 1, 1, 1, 1, 0}, XRange: 90, YRange: 10},
			LookAtVerticalDown:    &vrm.DegreeMap0{Curve: []float64{0, 0, 0, 1, 1, 1, 1, 0}, XRange: 90, YRange: 10},
			LookAtVerticalUp:      &vrm.DegreeMap0{Curve: []float64{0, 0, 0, 1, 1, 1, 1, 0}, XRange: 90, YRange: 10},
		},
		BlendShapeMaster: &vrm.BlendShapeMaster0{BlendShapeGroups: []vrm.BlendShapeGroup0{group("A", "a", 0), group("Blink", "blink", 1), group("Joy", "joy", 2)}},
		SecondaryAnimation: &vrm.Secondary0{
			BoneGroups:     []vrm.BoneGroup0{{Comment: "hair", Stiffiness: 1, GravityPower: 0, GravityDir: vrm.Vec3{Y: -1}, DragForce: 0.4, Center: -1, HitRadius: 0.02, Bones: []int{hairBone + 1}, ColliderGroups: []int{0}}},
			ColliderGroups: []vrm.ColliderGroup0{{Node: headBone + 1, Colliders: []vrm.Collider0{{Offset: vrm.Vec3{Y: 0.1}, Radius: 0.12}}}},
		},
		MaterialProperties: []vrm.MaterialProperty0{
			{Name: "Body", Shader: "VRM/MToon", RenderQueue: 2000,
				FloatProperties:   map[string]float64{"_BlendMode": 0, "_CullMode": 2, "_ShadeToony": 0.9, "_ShadeShift": 0, "_OutlineWidthMode": 1, "_OutlineWidth": 0.2, "_OutlineColorMode": 1, "_OutlineLightingMix": 1},
				VectorProperties:  map[string][]float64{"_Color": {1, 1, 1, 1}, "_ShadeColor": {0.8, 0.7, 0.7, 1}, "_OutlineColor": {0, 0, 0, 1}, "_MainTex": {0, 0, 1, 1}},
				TextureProperties: map[string]int{"_MainTex": 0, "_ShadeTexture": 0},
				KeywordMap:        map[string]bool{"MTOON_OUTLINE_WIDTH_WORLD": true}, TagMap: map[string]string{"RenderType": "Opaque"}},
			{Name: "Cloth", Shader: "VRM_USE_GLTFSHADER"},
		},
	}
	if o.Minimal {
		ext.SecondaryAnimation = nil
	}
	if err := setExt(&doc.Extensions, vrm.ExtVRM0, ext); err != nil {
		return err
	}
	if err := setExt(&doc.Materials[0].Extensions, vrm.ExtUnlit, struct{}{}); err != nil {
		return err
	}
	doc.ExtensionsUsed = []string{vrm.ExtUnlit, vrm.ExtVRM0}
	return nil
}
