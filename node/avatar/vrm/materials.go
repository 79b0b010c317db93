package vrm

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"

	"github.com/qmuntal/gltf"
)

// MToon between VRM 0.x's Unity material properties and
// VRMC_materials_mtoon, after UniVRM's migration (Packages/VRM10/Runtime/
// Migration/Materials/MigrationMToonMaterial.cs, MToon10Migrator.cs): 0.x
// colours are sRGB and become linear factors, widths are centimetres and
// become metres, and the shading shift and toony pair goes through the
// migrator's range formula. The reverse uses the exact inverses.

const (
	shaderMToon0 = "VRM/MToon"
	shaderGLTF0  = "VRM_USE_GLTFSHADER"
)

// MToon1 is VRMC_materials_mtoon: the fields this package maps; the rest
// of a 1.0 material's MToon travels untouched when no conversion happens.
type MToon1 struct {
	SpecVersion                     string          `json:"specVersion"`
	TransparentWithZWrite           bool            `json:"transparentWithZWrite,omitempty"`
	RenderQueueOffsetNumber         int             `json:"renderQueueOffsetNumber,omitempty"`
	ShadeColorFactor                []float64       `json:"shadeColorFactor,omitempty"`
	ShadeMultiplyTexture            *TexRef         `json:"shadeMultiplyTexture,omitempty"`
	ShadingShiftFactor              *float64        `json:"shadingShiftFactor,omitempty"`
	ShadingToonyFactor              *float64        `json:"shadingToonyFactor,omitempty"`
	GIEqualizationFactor            *float64        `json:"giEqualizationFactor,omitempty"`
	MatcapFactor                    []float64       `json:"matcapFactor,omitempty"`
	MatcapTexture                   *TexRef         `json:"matcapTexture,omitempty"`
	ParametricRimColorFactor        []float64       `json:"parametricRimColorFactor,omitempty"`
	RimMultiplyTexture              *TexRef         `json:"rimMultiplyTexture,omitempty"`
	RimLightingMixFactor            *float64        `json:"rimLightingMixFactor,omitempty"`
	ParametricRimFresnelPowerFactor *float64        `json:"parametricRimFresnelPowerFactor,omitempty"`
	ParametricRimLiftFactor         *float64        `json:"parametricRimLiftFactor,omitempty"`
	OutlineWidthMode                string          `json:"outlineWidthMode,omitempty"`
	OutlineWidthFactor              *float64        `json:"outlineWidthFactor,omitempty"`
	OutlineWidthMultiplyTexture     *TexRef         `json:"outlineWidthMultiplyTexture,omitempty"`
	OutlineColorFactor              []float64       `json:"outlineColorFactor,omitempty"`
	OutlineLightingMixFactor        *float64        `json:"outlineLightingMixFactor,omitempty"`
	UVAnimationMaskTexture          *TexRef         `json:"uvAnimationMaskTexture,omitempty"`
	UVAnimationScrollXSpeedFactor   *float64        `json:"uvAnimationScrollXSpeedFactor,omitempty"`
	UVAnimationScrollYSpeedFactor   *float64        `json:"uvAnimationScrollYSpeedFactor,omitempty"`
	UVAnimationRotationSpeedFactor  *float64        `json:"uvAnimationRotationSpeedFactor,omitempty"`
	Extensions                      json.RawMessage `json:"extensions,omitempty"`
	Extras                          json.RawMessage `json:"extras,omitempty"`
}

// TexRef is a glTF textureInfo inside an extension.
type TexRef struct {
	Index      int             `json:"index"`
	TexCoord   int             `json:"texCoord,omitempty"`
	Scale      *float64        `json:"scale,omitempty"`
	Extensions json.RawMessage `json:"extensions,omitempty"`
}

func srgbToLinear(c float64) float64 {
	if c <= 0.04045 {
		return c / 12.92
	}
	return math.Pow((c+0.055)/1.055, 2.4)
}

func linearToSRGB(c float64) float64 {
	if c <= 0.0031308 {
		return c * 12.92
	}
	return 1.055*math.Pow(c, 1/2.4) - 0.055
}

func rgb(v []float64, conv func(float64) float64) []float64 {
	if len(v) < 3 {
		return nil
	}
	return []float64{conv(v[0]), conv(v[1]), conv(v[2])}
}

func fp(v float64) *float64 { return &v }

// toonyShift0To1 is MToon10Migrator's range formula.
func toonyShift0To1(shift, toony float64) (toony1, shift1 float64) {
	lo := shift
	hi := 1 + (shift-1)*toony
	return clamp01((2 - (hi - lo)) / 2), max(-1, min(1, -(hi+lo)/2))
}

// toonyShift1To0 inverts it (exact where the forward formula did not clamp).
func toonyShift1To0(toony1, shift1 float64) (shift, toony float64) {
	shift = toony1 - shift1 - 1
	den := 2 - toony1 + shift1
	if den == 0 {
		return shift, 1
	}
	return shift, clamp01((toony1 + shift1) / den)
}

func (a *Avatar) texRef(t int) *TexRef {
	if !in(t, len(a.Doc.Textures)) {
		return nil
	}
	return &TexRef{Index: t}
}

// materials0To1 moves VRM 0.x material properties into the glTF materials:
// MToon becomes VRMC_materials_mtoon with KHR_materials_unlit as the
// fallback; the legacy unlit shaders become KHR_materials_unlit.
func (a *Avatar) materials0To1(props []MaterialProperty0, r *Report) {
	byName := map[string]MaterialProperty0{}
	for _, p := range props {
		byName[p.Name] = p
	}
	mtoon, unlit := 0, 0
	for _, m := range a.Doc.Materials {
		p, ok := byName[m.Name]
		if !ok {
			continue
		}
		switch p.Shader {
		case shaderMToon0, "VRM/UnlitTransparentZWrite":
			a.mtoon0To1(m, p)
			mtoon++
		case "VRM/UnlitTexture", "VRM/UnlitCutout", "VRM/UnlitTransparent", "Unlit/Texture", "Unlit/Color", "Unlit/Transparent", "Unlit/Transparent Cutout":
			_ = setExt(&m.Extensions, ExtUnlit, struct{}{})
			unlit++
		}
	}
	if mtoon > 0 {
		r.change("%d MToon materials moved from VRM 0.x material properties to VRMC_materials_mtoon (colours to linear, outline widths to metres, shading shift and toony by UniVRM's formula)", mtoon)
		r.drop("MToon properties without a VRM 1.0 counterpart (_ReceiveShadowRate, _ShadingGradeRate, _LightColorAttenuation, _OutlineScaledMaxDistance)")
	}
	if unlit > 0 {
		r.change("%d legacy unlit materials became KHR_materials_unlit", unlit)
	}
}

func (a *Avatar) mtoon0To1(m *gltf.Material, p MaterialProperty0) {
	f, v, t := p.FloatProperties, p.VectorProperties, p.TextureProperties
	out := &MToon1{SpecVersion: "1.0"}
	if pbr := m.PBRMetallicRoughness; pbr == nil {
		m.PBRMetallicRoughness = &gltf.PBRMetallicRoughness{}
	}
	pbr := m.PBRMetallicRoughness
	if c, ok := v["_Color"]; ok && len(c) == 4 {
		pbr.BaseColorFactor = &[4]float64{srgbToLinear(c[0]), srgbToLinear(c[1]), srgbToLinear(c[2]), c[3]}
	}
	if i, ok := t["_MainTex"]; ok && in(i, len(a.Doc.Textures)) {
		pbr.BaseColorTexture = &gltf.TextureInfo{Index: i}
	}
	pbr.MetallicFactor, pbr.RoughnessFactor = fp(0), fp(1)
	switch f["_BlendMode"] {
	case 1:
		m.AlphaMode = gltf.AlphaMask
		if c, ok := f["_Cutoff"]; ok {
			m.AlphaCutoff = fp(c)
		}
	case 2:
		m.AlphaMode = gltf.AlphaBlend
	case 3:
		m.AlphaMode, out.TransparentWithZWrite = gltf.AlphaBlend, true
	}
	if cull, ok := f["_CullMode"]; ok {
		m.DoubleSided = cull != 2
	}
	if c, ok := v["_ShadeColor"]; ok {
		out.ShadeColorFactor = rgb(c, srgbToLinear)
	}
	if i, ok := t["_ShadeTexture"]; ok {
		out.ShadeMultiplyTexture = a.texRef(i)
	}
	if i, ok := t["_BumpMap"]; ok && in(i, len(a.Doc.Textures)) {
		m.NormalTexture = &gltf.NormalTexture{Index: gltf.Index(i)}
		if s, ok := f["_BumpScale"]; ok {
			m.NormalTexture.Scale = fp(s)
		}
	}
	toony, shift := toonyShift0To1(f["_ShadeShift"], valueOr(f, "_ShadeToony", 0.9))
	out.ShadingToonyFactor, out.ShadingShiftFactor = fp(toony), fp(shift)
	if g, ok := f["_IndirectLightIntensity"]; ok {
		out.GIEqualizationFactor = fp(clamp01(1 - g))
	}
	if c, ok := v["_EmissionColor"]; ok && len(c) >= 3 {
		m.EmissiveFactor = [3]float64{c[0], c[1], c[2]}
	}
	if i, ok := t["_EmissionMap"]; ok && in(i, len(a.Doc.Textures)) {
		m.EmissiveTexture = &gltf.TextureInfo{Index: i}
	}
	if i, ok := t["_SphereAdd"]; ok {
		out.MatcapTexture, out.MatcapFactor = a.texRef(i), []float64{1, 1, 1}
	}
	if c, ok := v["_RimColor"]; ok {
		out.ParametricRimColorFactor = rgb(c, srgbToLinear)
	}
	if i, ok := t["_RimTexture"]; ok {
		out.RimMultiplyTexture = a.texRef(i)
	}
	if x, ok := f["_RimFresnelPower"]; ok {
		out.ParametricRimFresnelPowerFactor = fp(x)
	}
	if x, ok := f["_RimLift"]; ok {
		out.ParametricRimLiftFactor = fp(x)
	}
	out.RimLightingMixFactor = fp(valueOr(f, "_RimLightingMix", 1))
	switch f["_OutlineWidthMode"] {
	case 1:
		out.OutlineWidthMode, out.OutlineWidthFactor = "worldCoordinates", fp(f["_OutlineWidth"]*0.01)
	case 2:
		out.OutlineWidthMode, out.OutlineWidthFactor = "screenCoordinates", fp(f["_OutlineWidth"]*0.005)
	default:
		out.OutlineWidthMode = "none"
	}
	if i, ok := t["_OutlineWidthTexture"]; ok {
		out.OutlineWidthMultiplyTexture = a.texRef(i)
	}
	if c, ok := v["_OutlineColor"]; ok {
		out.OutlineColorFactor = rgb(c, srgbToLinear)
	}
	if f["_OutlineColorMode"] == 1 {
		out.OutlineLightingMixFactor = fp(f["_OutlineLightingMix"])
	} else {
		out.OutlineLightingMixFactor = fp(0)
	}
	if i, ok := t["_UvAnimMaskTexture"]; ok {
		out.UVAnimationMaskTexture = a.texRef(i)
	}
	if x, ok := f["_UvAnimScrollX"]; ok {
		out.UVAnimationScrollXSpeedFactor = fp(x)
	}
	if x, ok := f["_UvAnimScrollY"]; ok {
		out.UVAnimationScrollYSpeedFactor = fp(-x)
	}
	if x, ok := f["_UvAnimRotation"]; ok {
		out.UVAnimationRotationSpeedFactor = fp(x * 2 * math.Pi)
	}
	if base := 3000; m.AlphaMode == gltf.AlphaBlend && p.RenderQueue != 0 {
		if out.TransparentWithZWrite {
			base = 2501
			out.RenderQueueOffsetNumber = max(0, min(9, p.RenderQueue-base))
		} else {
			out.RenderQueueOffsetNumber = max(-9, min(0, p.RenderQueue-base))
		}
	}
	_ = setExt(&m.Extensions, ExtUnlit, struct{}{})
	_ = setExt(&m.Extensions, ExtMToon, out)
}

func valueOr(m map[string]float64, k string, def float64) float64 {
	if v, ok := m[k]; ok {
		return v
	}
	return def
}

// materials1To0 writes VRM 0.x material properties for every material:
// MToon ones from VRMC_materials_mtoon, the others as glTF shaders.
func (a *Avatar) materials1To0(r *Report) []MaterialProperty0 {
	out := make([]MaterialProperty0, 0, len(a.Doc.Materials))
	mtoon := 0
	for _, m := range a.Doc.Materials {
		raw := rawExt(m.Extensions, ExtMToon)
		if raw == nil {
			out = append(out, MaterialProperty0{Name: m.Name, Shader: shaderGLTF0, FloatProperties: map[string]float64{}, VectorProperties: map[string][]float64{}, TextureProperties: map[string]int{}, KeywordMap: map[string]bool{}, TagMap: map[string]string{}})
			continue
		}
		var mt MToon1
		if err := json.Unmarshal(raw, &mt); err != nil {
			r.drop("material %q: its MToon settings do not parse (%v); written as a glTF material", m.Name, err)
			out = append(out, MaterialProperty0{Name: m.Name, Shader: shaderGLTF0})
			continue
		}
		out = append(out, a.mtoon1To0(m, mt))
		_ = setExt(&m.Extensions, ExtMToon, nil)
		mtoon++
	}
	if mtoon > 0 {
		r.change("%d VRMC_materials_mtoon materials written as VRM 0.x MToon properties", mtoon)
		r.drop("MToon settings VRM 0.x cannot hold (matcapFactor colour, per-texture transforms of MToon textures)")
	}
	return out
}

func (a *Avatar) mtoon1To0(m *gltf.Material, mt MToon1) MaterialProperty0 {
	f, v, t := map[string]float64{}, map[string][]float64{}, map[string]int{}
	kw, tags := map[string]bool{}, map[string]string{"RenderType": "Opaque"}
	p := MaterialProperty0{Name: m.Name, Shader: shaderMToon0, RenderQueue: 2000}
	if pbr := m.PBRMetallicRoughness; pbr != nil {
		c := pbr.BaseColorFactorOrDefault()
		v["_Color"] = []float64{linearToSRGB(c[0]), linearToSRGB(c[1]), linearToSRGB(c[2]), c[3]}
		if pbr.BaseColorTexture != nil {
			t["_MainTex"] = pbr.BaseColorTexture.Index
		}
	}
	v["_MainTex"] = []float64{0, 0, 1, 1}
	switch m.AlphaMode {
	case gltf.AlphaMask:
		f["_BlendMode"], f["_Cutoff"] = 1, m.AlphaCutoffOrDefault()
		kw["_ALPHATEST_ON"], tags["RenderType"], p.RenderQueue = true, "TransparentCutout", 2450
	case gltf.AlphaBlend:
		if mt.TransparentWithZWrite {
			f["_BlendMode"], p.RenderQueue = 3, 2501+mt.RenderQueueOffsetNumber
		} else {
			f["_BlendMode"], p.RenderQueue = 2, 3000+mt.RenderQueueOffsetNumber
		}
		kw["_ALPHABLEND_ON"], tags["RenderType"] = true, "Transparent"
	}
	f["_CullMode"] = 2
	if m.DoubleSided {
		f["_CullMode"] = 0
	}
	if c := mt.ShadeColorFactor; len(c) == 3 {
		v["_ShadeColor"] = append(rgb(c, linearToSRGB), 1)
	}
	if mt.ShadeMultiplyTexture != nil {
		t["_ShadeTexture"] = mt.ShadeMultiplyTexture.Index
	}
	if m.NormalTexture != nil && m.NormalTexture.Index != nil {
		t["_BumpMap"], f["_BumpScale"] = *m.NormalTexture.Index, m.NormalTexture.ScaleOrDefault()
		kw["_NORMALMAP"] = true
	}
	toony, shift := 0.9, 0.0
	if mt.ShadingToonyFactor != nil {
		toony = *mt.ShadingToonyFactor
	}
	if mt.ShadingShiftFactor != nil {
		shift = *mt.ShadingShiftFactor
	}
	f["_ShadeShift"], f["_ShadeToony"] = toonyShift1To0(toony, shift)
	if g := mt.GIEqualizationFactor; g != nil {
		f["_IndirectLightIntensity"] = 1 - *g
	}
	e := m.EmissiveFactor
	v["_EmissionColor"] = []float64{e[0], e[1], e[2], 1}
	if m.EmissiveTexture != nil {
		t["_EmissionMap"] = m.EmissiveTexture.Index
	}
	if mt.MatcapTexture != nil {
		t["_SphereAdd"] = mt.MatcapTexture.Index
	}
	if c := mt.ParametricRimColorFactor; len(c) == 3 {
		v["_RimColor"] = append(rgb(c, linearToSRGB), 1)
	}
	if mt.RimMultiplyTexture != nil {
		t["_RimTexture"] = mt.RimMultiplyTexture.Index
	}
	setF := func(k string, p *float64, scale float64) {
		if p != nil {
			f[k] = *p * scale
		}
	}
	setF("_RimFresnelPower", mt.ParametricRimFresnelPowerFactor, 1)
	setF("_RimLift", mt.ParametricRimLiftFactor, 1)
	setF("_RimLightingMix", mt.RimLightingMixFactor, 1)
	switch mt.OutlineWidthMode {
	case "worldCoordinates":
		f["_OutlineWidthMode"] = 1
		setF("_OutlineWidth", mt.OutlineWidthFactor, 100)
		kw["MTOON_OUTLINE_WIDTH_WORLD"] = true
	case "screenCoordinates":
		f["_OutlineWidthMode"] = 2
		setF("_OutlineWidth", mt.OutlineWidthFactor, 200)
		kw["MTOON_OUTLINE_WIDTH_SCREEN"] = true
	default:
		f["_OutlineWidthMode"] = 0
	}
	if mt.OutlineWidthMultiplyTexture != nil {
		t["_OutlineWidthTexture"] = mt.OutlineWidthMultiplyTexture.Index
	}
	if c := mt.OutlineColorFactor; len(c) == 3 {
		v["_OutlineColor"] = append(rgb(c, linearToSRGB), 1)
	}
	if mix := mt.OutlineLightingMixFactor; mix != nil && *mix > 0 {
		f["_OutlineColorMode"], f["_OutlineLightingMix"] = 1, *mix
	}
	if mt.UVAnimationMaskTexture != nil {
		t["_UvAnimMaskTexture"] = mt.UVAnimationMaskTexture.Index
	}
	setF("_UvAnimScrollX", mt.UVAnimationScrollXSpeedFactor, 1)
	setF("_UvAnimScrollY", mt.UVAnimationScrollYSpeedFactor, -1)
	setF("_UvAnimRotation", mt.UVAnimationRotationSpeedFactor, 1/(2*math.Pi))
	p.FloatProperties, p.VectorProperties, p.TextureProperties, p.KeywordMap, p.TagMap = f, v, t, kw, tags
	return p
}

// materialValues0To1 maps a VRM 0.x expression's material values to VRM
// 1.0 binds, and names what has no counterpart.
func materialValues0To1(vals []MaterialValueBind0, matIndex map[string]int) (colors, transforms json.RawMessage, lost []string) {
	type colorBind struct {
		Material    int       `json:"material"`
		Type        string    `json:"type"`
		TargetValue []float64 `json:"targetValue"`
	}
	type transformBind struct {
		Material int       `json:"material"`
		Scale    []float64 `json:"scale"`
		Offset   []float64 `json:"offset"`
	}
	colorTypes := map[string]string{"_Color": "color", "_EmissionColor": "emissionColor", "_RimColor": "rimColor", "_ShadeColor": "shadeColor", "_OutlineColor": "outlineColor"}
	var cs []colorBind
	var ts []transformBind
	seenTransform := map[int]bool{}
	for _, v := range vals {
		mi, ok := matIndex[v.MaterialName]
		if !ok {
			lost = append(lost, fmt.Sprintf("%s of material %q, which does not exist", v.PropertyName, v.MaterialName))
			continue
		}
		if ct, ok := colorTypes[v.PropertyName]; ok && len(v.TargetValue) == 4 {
			cs = append(cs, colorBind{Material: mi, Type: ct, TargetValue: v.TargetValue})
			continue
		}
		if v.PropertyName == "_MainTex_ST" && len(v.TargetValue) == 4 && !seenTransform[mi] {
			seenTransform[mi] = true
			sx, sy, ox, oy := v.TargetValue[0], v.TargetValue[1], v.TargetValue[2], v.TargetValue[3]
			ts = append(ts, transformBind{Material: mi, Scale: []float64{sx, sy}, Offset: []float64{ox, 1 - oy - sy}})
			continue
		}
		lost = append(lost, fmt.Sprintf("%s of material %q (no VRM 1.0 counterpart)", v.PropertyName, v.MaterialName))
	}
	if len(cs) > 0 {
		colors, _ = json.Marshal(cs)
	}
	if len(ts) > 0 {
		transforms, _ = json.Marshal(ts)
	}
	return colors, transforms, lost
}

// materialValues1To0 is the reverse.
func (a *Avatar) materialValues1To0(x *Expression1) ([]MaterialValueBind0, []string) {
	var out []MaterialValueBind0
	var lost []string
	name := func(i int) (string, bool) {
		if !in(i, len(a.Doc.Materials)) {
			return "", false
		}
		return a.Doc.Materials[i].Name, true
	}
	props := map[string]string{"color": "_Color", "emissionColor": "_EmissionColor", "rimColor": "_RimColor", "shadeColor": "_ShadeColor", "outlineColor": "_OutlineColor"}
	if len(x.MaterialColorBinds) > 0 {
		var cs []struct {
			Material    int       `json:"material"`
			Type        string    `json:"type"`
			TargetValue []float64 `json:"targetValue"`
		}
		if err := json.Unmarshal(x.MaterialColorBinds, &cs); err != nil {
			lost = append(lost, "material colour binds that do not parse")
		}
		for _, c := range cs {
			n, ok := name(c.Material)
			p, known := props[c.Type]
			if !ok || !known {
				lost = append(lost, fmt.Sprintf("material colour bind %s of material %d", c.Type, c.Material))
				continue
			}
			out = append(out, MaterialValueBind0{MaterialName: n, PropertyName: p, TargetValue: c.TargetValue})
		}
	}
	if len(x.TextureTransformBinds) > 0 {
		var ts []struct {
			Material int       `json:"material"`
			Scale    []float64 `json:"scale"`
			Offset   []float64 `json:"offset"`
		}
		if err := json.Unmarshal(x.TextureTransformBinds, &ts); err != nil {
			lost = append(lost, "texture transform binds that do not parse")
		}
		for _, t := range ts {
			n, ok := name(t.Material)
			if !ok {
				lost = append(lost, fmt.Sprintf("texture transform bind of material %d", t.Material))
				continue
			}
			s, o := []float64{1, 1}, []float64{0, 0}
			if len(t.Scale) == 2 {
				s = t.Scale
			}
			if len(t.Offset) == 2 {
				o = t.Offset
			}
			out = append(out, MaterialValueBind0{MaterialName: n, PropertyName: "_MainTex_ST", TargetValue: []float64{s[0], s[1], o[0], 1 - o[1] - s[1]}})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].MaterialName < out[j].MaterialName })
	return out, lost
}
