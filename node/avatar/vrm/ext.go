package vrm

import (
	"encoding/json"
	"errors"
	"fmt"
)

// The VRM extensions as Go values. Field names follow the schemas of
// vrm-c/vrm-specification: specification/0.0/schema (the `VRM` extension)
// and specification/VRMC_vrm-1.0, VRMC_springBone-1.0. Fields this package
// does not interpret still travel: each object keeps its extensions and
// extras as raw JSON.

// Vec3 is a VRM 0.x vector, written as an object.
type Vec3 struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	Z float64 `json:"z"`
}

// VRM0 is the VRM 0.x extension.
type VRM0 struct {
	ExporterVersion    string              `json:"exporterVersion,omitempty"`
	SpecVersion        string              `json:"specVersion,omitempty"`
	Meta               *Meta0              `json:"meta,omitempty"`
	Humanoid           *Humanoid0          `json:"humanoid,omitempty"`
	FirstPerson        *FirstPerson0       `json:"firstPerson,omitempty"`
	BlendShapeMaster   *BlendShapeMaster0  `json:"blendShapeMaster,omitempty"`
	SecondaryAnimation *Secondary0         `json:"secondaryAnimation,omitempty"`
	MaterialProperties []MaterialProperty0 `json:"materialProperties,omitempty"`
}

// Meta0 is VRM 0.x's licence and credit block.
type Meta0 struct {
	Title                string `json:"title,omitempty"`
	Version              string `json:"version,omitempty"`
	Author               string `json:"author,omitempty"`
	ContactInformation   string `json:"contactInformation,omitempty"`
	Reference            string `json:"reference,omitempty"`
	Texture              *int   `json:"texture,omitempty"`
	AllowedUserName      string `json:"allowedUserName,omitempty"`      // OnlyAuthor | ExplicitlyLicensedPerson | Everyone
	ViolentUssageName    string `json:"violentUssageName,omitempty"`    // Disallow | Allow (the schema's spelling)
	SexualUssageName     string `json:"sexualUssageName,omitempty"`     // Disallow | Allow
	CommercialUssageName string `json:"commercialUssageName,omitempty"` // Disallow | Allow
	OtherPermissionURL   string `json:"otherPermissionUrl,omitempty"`
	LicenseName          string `json:"licenseName,omitempty"` // Redistribution_Prohibited | CC0 | CC_BY | CC_BY_NC | CC_BY_SA | CC_BY_NC_SA | CC_BY_ND | CC_BY_NC_ND | Other
	OtherLicenseURL      string `json:"otherLicenseUrl,omitempty"`
}

// Humanoid0 maps bone names to nodes as a list.
type Humanoid0 struct {
	HumanBones     []HumanBone0 `json:"humanBones"`
	ArmStretch     *float64     `json:"armStretch,omitempty"`
	LegStretch     *float64     `json:"legStretch,omitempty"`
	UpperArmTwist  *float64     `json:"upperArmTwist,omitempty"`
	LowerArmTwist  *float64     `json:"lowerArmTwist,omitempty"`
	UpperLegTwist  *float64     `json:"upperLegTwist,omitempty"`
	LowerLegTwist  *float64     `json:"lowerLegTwist,omitempty"`
	FeetSpacing    *float64     `json:"feetSpacing,omitempty"`
	HasTranslation *bool        `json:"hasTranslationDoF,omitempty"`
}

// HumanBone0 is one bone of a VRM 0.x humanoid.
type HumanBone0 struct {
	Bone             string          `json:"bone"`
	Node             int             `json:"node"`
	UseDefaultValues *bool           `json:"useDefaultValues,omitempty"`
	Min              json.RawMessage `json:"min,omitempty"`
	Max              json.RawMessage `json:"max,omitempty"`
	Center           json.RawMessage `json:"center,omitempty"`
	AxisLength       *float64        `json:"axisLength,omitempty"`
}

// FirstPerson0 is VRM 0.x's first-person and look-at settings.
type FirstPerson0 struct {
	FirstPersonBone       *int              `json:"firstPersonBone,omitempty"`
	FirstPersonBoneOffset *Vec3             `json:"firstPersonBoneOffset,omitempty"`
	MeshAnnotations       []MeshAnnotation0 `json:"meshAnnotations,omitempty"`
	LookAtTypeName        string            `json:"lookAtTypeName,omitempty"` // Bone | BlendShape
	LookAtHorizontalInner *DegreeMap0       `json:"lookAtHorizontalInner,omitempty"`
	LookAtHorizontalOuter *DegreeMap0       `json:"lookAtHorizontalOuter,omitempty"`
	LookAtVerticalDown    *DegreeMap0       `json:"lookAtVerticalDown,omitempty"`
	LookAtVerticalUp      *DegreeMap0       `json:"lookAtVerticalUp,omitempty"`
}

// MeshAnnotation0 says where a mesh shows in first person, by mesh index.
type MeshAnnotation0 struct {
	Mesh            int    `json:"mesh"`
	FirstPersonFlag string `json:"firstPersonFlag"` // Auto | Both | ThirdPersonOnly | FirstPersonOnly
}

// DegreeMap0 is a look-at curve; mifm keeps its range only.
type DegreeMap0 struct {
	Curve  []float64 `json:"curve,omitempty"`
	XRange float64   `json:"xRange"`
	YRange float64   `json:"yRange"`
}

// BlendShapeMaster0 holds VRM 0.x's expressions.
type BlendShapeMaster0 struct {
	BlendShapeGroups []BlendShapeGroup0 `json:"blendShapeGroups"`
}

// BlendShapeGroup0 is one expression: morph target binds weighted 0-100.
type BlendShapeGroup0 struct {
	Name           string               `json:"name"`
	PresetName     string               `json:"presetName"`
	Binds          []BlendShapeBind0    `json:"binds,omitempty"`
	MaterialValues []MaterialValueBind0 `json:"materialValues,omitempty"`
	IsBinary       bool                 `json:"isBinary,omitempty"`
}

// BlendShapeBind0 binds a morph target by mesh index.
type BlendShapeBind0 struct {
	Mesh   int     `json:"mesh"`
	Index  int     `json:"index"`
	Weight float64 `json:"weight"` // 0-100
}

// MaterialValueBind0 drives a material property by material name.
type MaterialValueBind0 struct {
	MaterialName string    `json:"materialName"`
	PropertyName string    `json:"propertyName"`
	TargetValue  []float64 `json:"targetValue"`
}

// Secondary0 is VRM 0.x's spring bones.
type Secondary0 struct {
	BoneGroups     []BoneGroup0     `json:"boneGroups,omitempty"`
	ColliderGroups []ColliderGroup0 `json:"colliderGroups,omitempty"`
}

// BoneGroup0 is a spring: each root bone and its descendants sway.
type BoneGroup0 struct {
	Comment        string  `json:"comment,omitempty"`
	Stiffiness     float64 `json:"stiffiness"` // the schema's spelling
	GravityPower   float64 `json:"gravityPower"`
	GravityDir     Vec3    `json:"gravityDir"`
	DragForce      float64 `json:"dragForce"`
	Center         int     `json:"center"` // -1: none
	HitRadius      float64 `json:"hitRadius"`
	Bones          []int   `json:"bones"`
	ColliderGroups []int   `json:"colliderGroups,omitempty"`
}

// ColliderGroup0 is a set of spheres on one node.
type ColliderGroup0 struct {
	Node      int         `json:"node"`
	Colliders []Collider0 `json:"colliders"`
}

// Collider0 is a sphere.
type Collider0 struct {
	Offset Vec3    `json:"offset"`
	Radius float64 `json:"radius"`
}

// MaterialProperty0 is a material's Unity shader settings.
type MaterialProperty0 struct {
	Name              string               `json:"name"`
	Shader            string               `json:"shader"` // VRM/MToon, VRM/UnlitTexture, ..., VRM_USE_GLTFSHADER
	RenderQueue       int                  `json:"renderQueue,omitempty"`
	FloatProperties   map[string]float64   `json:"floatProperties,omitempty"`
	VectorProperties  map[string][]float64 `json:"vectorProperties,omitempty"`
	TextureProperties map[string]int       `json:"textureProperties,omitempty"`
	KeywordMap        map[string]bool      `json:"keywordMap,omitempty"`
	TagMap            map[string]string    `json:"tagMap,omitempty"`
}

// VRM1 is the VRMC_vrm extension.
type VRM1 struct {
	SpecVersion string          `json:"specVersion"`
	Meta        *Meta1          `json:"meta"`
	Humanoid    *Humanoid1      `json:"humanoid"`
	FirstPerson *FirstPerson1   `json:"firstPerson,omitempty"`
	LookAt      *LookAt1        `json:"lookAt,omitempty"`
	Expressions *Expressions1   `json:"expressions,omitempty"`
	Extensions  json.RawMessage `json:"extensions,omitempty"`
	Extras      json.RawMessage `json:"extras,omitempty"`
}

// Meta1 is VRM 1.0's licence and credit block (VRM Public License 1.0
// terms as fields).
type Meta1 struct {
	Name                           string   `json:"name"`
	Version                        string   `json:"version,omitempty"`
	Authors                        []string `json:"authors"`
	CopyrightInformation           string   `json:"copyrightInformation,omitempty"`
	ContactInformation             string   `json:"contactInformation,omitempty"`
	References                     []string `json:"references,omitempty"`
	ThirdPartyLicenses             string   `json:"thirdPartyLicenses,omitempty"`
	ThumbnailImage                 *int     `json:"thumbnailImage,omitempty"`
	LicenseURL                     string   `json:"licenseUrl"`
	AvatarPermission               string   `json:"avatarPermission,omitempty"` // onlyAuthor | onlySeparatelyLicensedPerson | everyone
	AllowExcessivelyViolentUsage   *bool    `json:"allowExcessivelyViolentUsage,omitempty"`
	AllowExcessivelySexualUsage    *bool    `json:"allowExcessivelySexualUsage,omitempty"`
	CommercialUsage                string   `json:"commercialUsage,omitempty"` // personalNonProfit | personalProfit | corporation
	AllowPoliticalOrReligiousUsage *bool    `json:"allowPoliticalOrReligiousUsage,omitempty"`
	AllowAntisocialOrHateUsage     *bool    `json:"allowAntisocialOrHateUsage,omitempty"`
	CreditNotation                 string   `json:"creditNotation,omitempty"` // required | unnecessary
	AllowRedistribution            *bool    `json:"allowRedistribution,omitempty"`
	Modification                   string   `json:"modification,omitempty"` // prohibited | allowModification | allowModificationRedistribution
	OtherLicenseURL                string   `json:"otherLicenseUrl,omitempty"`
}

// Humanoid1 maps bone names to nodes as an object.
type Humanoid1 struct {
	HumanBones map[string]HumanBone1 `json:"humanBones"`
}

// HumanBone1 is one bone of a VRM 1.0 humanoid.
type HumanBone1 struct {
	Node int `json:"node"`
}

// FirstPerson1 says where meshes show in first person, by node.
type FirstPerson1 struct {
	MeshAnnotations []MeshAnnotation1 `json:"meshAnnotations,omitempty"`
}

// MeshAnnotation1 is one node's first-person flag.
type MeshAnnotation1 struct {
	Node int    `json:"node"`
	Type string `json:"type"` // auto | both | thirdPersonOnly | firstPersonOnly
}

// LookAt1 is VRM 1.0's eye movement.
type LookAt1 struct {
	OffsetFromHeadBone      []float64 `json:"offsetFromHeadBone,omitempty"`
	Type                    string    `json:"type,omitempty"` // bone | expression
	RangeMapHorizontalInner *RangeMap `json:"rangeMapHorizontalInner,omitempty"`
	RangeMapHorizontalOuter *RangeMap `json:"rangeMapHorizontalOuter,omitempty"`
	RangeMapVerticalDown    *RangeMap `json:"rangeMapVerticalDown,omitempty"`
	RangeMapVerticalUp      *RangeMap `json:"rangeMapVerticalUp,omitempty"`
}

// RangeMap maps a look angle to an output.
type RangeMap struct {
	InputMaxValue float64 `json:"inputMaxValue"`
	OutputScale   float64 `json:"outputScale"`
}

// Expressions1 are VRM 1.0's expressions, preset and custom.
type Expressions1 struct {
	Preset map[string]*Expression1 `json:"preset,omitempty"`
	Custom map[string]*Expression1 `json:"custom,omitempty"`
}

// Expression1 is one expression: morph target binds weighted 0-1.
type Expression1 struct {
	MorphTargetBinds      []MorphTargetBind1 `json:"morphTargetBinds,omitempty"`
	MaterialColorBinds    json.RawMessage    `json:"materialColorBinds,omitempty"`
	TextureTransformBinds json.RawMessage    `json:"textureTransformBinds,omitempty"`
	IsBinary              bool               `json:"isBinary,omitempty"`
	OverrideBlink         string             `json:"overrideBlink,omitempty"`
	OverrideLookAt        string             `json:"overrideLookAt,omitempty"`
	OverrideMouth         string             `json:"overrideMouth,omitempty"`
}

// MorphTargetBind1 binds a morph target by node.
type MorphTargetBind1 struct {
	Node   int     `json:"node"`
	Index  int     `json:"index"`
	Weight float64 `json:"weight"` // 0-1
}

// Spring is the VRMC_springBone extension.
type Spring struct {
	SpecVersion    string           `json:"specVersion"`
	Colliders      []SpringCollider `json:"colliders,omitempty"`
	ColliderGroups []ColliderGroup1 `json:"colliderGroups,omitempty"`
	Springs        []Spring1        `json:"springs,omitempty"`
}

// SpringCollider is a sphere or capsule on a node.
type SpringCollider struct {
	Node  int           `json:"node"`
	Shape ColliderShape `json:"shape"`
}

// ColliderShape is one of sphere or capsule.
type ColliderShape struct {
	Sphere  *Sphere  `json:"sphere,omitempty"`
	Capsule *Capsule `json:"capsule,omitempty"`
}

// Sphere collider.
type Sphere struct {
	Offset []float64 `json:"offset"`
	Radius float64   `json:"radius"`
}

// Capsule collider.
type Capsule struct {
	Offset []float64 `json:"offset"`
	Radius float64   `json:"radius"`
	Tail   []float64 `json:"tail"`
}

// ColliderGroup1 names a set of colliders.
type ColliderGroup1 struct {
	Name      string `json:"name,omitempty"`
	Colliders []int  `json:"colliders"`
}

// Spring1 is one chain of joints.
type Spring1 struct {
	Name           string        `json:"name,omitempty"`
	Joints         []SpringJoint `json:"joints"`
	ColliderGroups []int         `json:"colliderGroups,omitempty"`
	Center         *int          `json:"center,omitempty"`
}

// SpringJoint is one node of a spring.
type SpringJoint struct {
	Node         int       `json:"node"`
	HitRadius    float64   `json:"hitRadius"`
	Stiffness    float64   `json:"stiffness"`
	GravityPower float64   `json:"gravityPower"`
	GravityDir   []float64 `json:"gravityDir"`
	DragForce    float64   `json:"dragForce"`
}

// parseExtensions reads the VRM extensions and checks every node, mesh
// and material index they hold.
func (a *Avatar) parseExtensions() error {
	d := a.Doc
	raw0, raw1 := rawExt(d.Extensions, ExtVRM0), rawExt(d.Extensions, ExtVRM1)
	switch {
	case raw0 != nil && raw1 != nil:
		return fmt.Errorf("%w: the file holds both VRM 0.x and VRM 1.0 extensions", ErrMalformed)
	case raw1 != nil:
		a.Format, a.VRM1 = FormatVRM1, new(VRM1)
		if err := json.Unmarshal(raw1, a.VRM1); err != nil {
			return fmt.Errorf("%w: VRMC_vrm: %v", ErrMalformed, err)
		}
	case raw0 != nil:
		a.Format, a.VRM0 = FormatVRM0, new(VRM0)
		if err := json.Unmarshal(raw0, a.VRM0); err != nil {
			return fmt.Errorf("%w: VRM: %v", ErrMalformed, err)
		}
	default:
		a.Format = FormatGLTF
	}
	if raw := rawExt(d.Extensions, ExtSpringBone); raw != nil {
		a.Spring = new(Spring)
		if err := json.Unmarshal(raw, a.Spring); err != nil {
			return fmt.Errorf("%w: VRMC_springBone: %v", ErrMalformed, err)
		}
	}
	return a.checkExtensions()
}

// checkExtensions bounds the indices the extensions hold, so later code
// can follow them.
func (a *Avatar) checkExtensions() error {
	d := a.Doc
	nodes, meshes := len(d.Nodes), len(d.Meshes)
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)
	}
	if err := a.checkCounts(); err != nil {
		return err
	}
	if v := a.VRM0; v != nil {
		if v.Humanoid == nil || len(v.Humanoid.HumanBones) == 0 {
			return bad("VRM 0.x without humanoid bones")
		}
		for _, b := range v.Humanoid.HumanBones {
			if !in(b.Node, nodes) {
				return bad("VRM humanoid bone %s: node %d does not exist", b.Bone, b.Node)
			}
		}
		if bm := v.BlendShapeMaster; bm != nil {
			for _, g := range bm.BlendShapeGroups {
				for _, b := range g.Binds {
					if !in(b.Mesh, meshes) || !a.hasTarget(b.Mesh, b.Index) {
						return bad("VRM blend shape %q binds mesh %d target %d, which does not exist", g.Name, b.Mesh, b.Index)
					}
				}
			}
		}
		if fp := v.FirstPerson; fp != nil {
			if fp.FirstPersonBone != nil && *fp.FirstPersonBone >= 0 && !in(*fp.FirstPersonBone, nodes) {
				return bad("VRM firstPersonBone %d does not exist", *fp.FirstPersonBone)
			}
			for _, m := range fp.MeshAnnotations {
				if !in(m.Mesh, meshes) {
					return bad("VRM first-person mesh %d does not exist", m.Mesh)
				}
			}
		}
		if s := v.SecondaryAnimation; s != nil {
			for _, g := range s.ColliderGroups {
				if !in(g.Node, nodes) {
					return bad("VRM collider group node %d does not exist", g.Node)
				}
			}
			for _, g := range s.BoneGroups {
				for _, b := range g.Bones {
					if !in(b, nodes) {
						return bad("VRM spring bone node %d does not exist", b)
					}
				}
				for _, c := range g.ColliderGroups {
					if !in(c, len(s.ColliderGroups)) {
						return bad("VRM spring collider group %d does not exist", c)
					}
				}
				if g.Center >= 0 && !in(g.Center, nodes) {
					return bad("VRM spring center %d does not exist", g.Center)
				}
			}
		}
		for _, p := range v.MaterialProperties {
			for _, t := range p.TextureProperties {
				if !in(t, len(d.Textures)) {
					return bad("VRM material %q: texture %d does not exist", p.Name, t)
				}
			}
		}
	}
	if v := a.VRM1; v != nil {
		if v.Meta == nil {
			return bad("VRMC_vrm without meta")
		}
		if v.Humanoid == nil || len(v.Humanoid.HumanBones) == 0 {
			return bad("VRMC_vrm without humanoid bones")
		}
		for name, b := range v.Humanoid.HumanBones {
			if !in(b.Node, nodes) {
				return bad("VRMC_vrm humanoid bone %s: node %d does not exist", name, b.Node)
			}
		}
		if fp := v.FirstPerson; fp != nil {
			for _, m := range fp.MeshAnnotations {
				if !in(m.Node, nodes) {
					return bad("VRMC_vrm first-person node %d does not exist", m.Node)
				}
			}
		}
		if e := v.Expressions; e != nil {
			for _, set := range []map[string]*Expression1{e.Preset, e.Custom} {
				for name, x := range set {
					if x == nil {
						return bad("VRMC_vrm expression %q is null", name)
					}
					for _, b := range x.MorphTargetBinds {
						if !in(b.Node, nodes) || d.Nodes[b.Node].Mesh == nil || !a.hasTarget(*d.Nodes[b.Node].Mesh, b.Index) {
							return bad("VRMC_vrm expression %q binds node %d target %d, which does not exist", name, b.Node, b.Index)
						}
					}
				}
			}
		}
	}
	if s := a.Spring; s != nil {
		for _, c := range s.Colliders {
			if !in(c.Node, nodes) {
				return bad("VRMC_springBone collider node %d does not exist", c.Node)
			}
		}
		for _, g := range s.ColliderGroups {
			for _, c := range g.Colliders {
				if !in(c, len(s.Colliders)) {
					return bad("VRMC_springBone collider %d does not exist", c)
				}
			}
		}
		for _, sp := range s.Springs {
			for _, j := range sp.Joints {
				if !in(j.Node, nodes) {
					return bad("VRMC_springBone joint node %d does not exist", j.Node)
				}
			}
			for _, g := range sp.ColliderGroups {
				if !in(g, len(s.ColliderGroups)) {
					return bad("VRMC_springBone collider group %d does not exist", g)
				}
			}
			if sp.Center != nil && !in(*sp.Center, nodes) {
				return bad("VRMC_springBone center %d does not exist", *sp.Center)
			}
		}
	}
	return nil
}

// hasTarget says whether every primitive of a mesh has morph target i.
func (a *Avatar) hasTarget(mesh, i int) bool {
	if i < 0 {
		return false
	}
	for _, p := range a.Doc.Meshes[mesh].Primitives {
		if i >= len(p.Targets) {
			return false
		}
	}
	return true
}

// storeExtensions writes the parsed extensions back into the document.
func (a *Avatar) storeExtensions() error {
	d := a.Doc
	var v0, v1, sp any
	if a.VRM0 != nil {
		v0 = a.VRM0
	}
	if a.VRM1 != nil {
		v1 = a.VRM1
	}
	if a.Spring != nil {
		sp = a.Spring
	}
	for _, e := range []struct {
		name string
		v    any
	}{{ExtVRM0, v0}, {ExtVRM1, v1}, {ExtSpringBone, sp}} {
		if err := setExt(&d.Extensions, e.name, e.v); err != nil {
			return err
		}
	}
	return nil
}

// Bounds on the extensions' lists: far above any real avatar's (VRM
// defines 55 human bones and 18 expression presets), low enough that
// what is derived from them (a bind per node that shows a mesh, a joint
// per bone) stays small.
const (
	maxExtList  = 1024
	maxExtItems = 4096
)

// checkCounts refuses extensions whose lists exceed the bounds.
func (a *Avatar) checkCounts() error {
	over := func(what string, n, limit int) error {
		if n > limit {
			return fmt.Errorf("%w: %d %s, the limit is %d", ErrTooLarge, n, what, limit)
		}
		return nil
	}
	var errs []error
	if v := a.VRM0; v != nil {
		if v.Humanoid != nil {
			errs = append(errs, over("human bones", len(v.Humanoid.HumanBones), 128))
		}
		if bm := v.BlendShapeMaster; bm != nil {
			errs = append(errs, over("blend shape groups", len(bm.BlendShapeGroups), 256))
			for _, g := range bm.BlendShapeGroups {
				errs = append(errs, over("binds in a blend shape group", len(g.Binds), maxExtList), over("material values in a blend shape group", len(g.MaterialValues), maxExtList))
			}
		}
		if fp := v.FirstPerson; fp != nil {
			errs = append(errs, over("first-person mesh annotations", len(fp.MeshAnnotations), maxExtList))
		}
		if s := v.SecondaryAnimation; s != nil {
			errs = append(errs, over("spring bone groups", len(s.BoneGroups), 256), over("collider groups", len(s.ColliderGroups), maxExtList))
			for _, g := range s.BoneGroups {
				errs = append(errs, over("root bones in a spring bone group", len(g.Bones), maxExtList), over("collider groups of a spring", len(g.ColliderGroups), maxExtList))
			}
			for _, g := range s.ColliderGroups {
				errs = append(errs, over("colliders in a group", len(g.Colliders), 256))
			}
		}
		errs = append(errs, over("material properties", len(v.MaterialProperties), maxExtList))
	}
	if v := a.VRM1; v != nil {
		if v.Humanoid != nil {
			errs = append(errs, over("human bones", len(v.Humanoid.HumanBones), 128))
		}
		if fp := v.FirstPerson; fp != nil {
			errs = append(errs, over("first-person mesh annotations", len(fp.MeshAnnotations), maxExtItems))
		}
		if e := v.Expressions; e != nil {
			errs = append(errs, over("expressions", len(e.Preset)+len(e.Custom), 256))
			for _, set := range []map[string]*Expression1{e.Preset, e.Custom} {
				for _, x := range set {
					if x != nil {
						errs = append(errs, over("binds of an expression", len(x.MorphTargetBinds), maxExtItems))
					}
				}
			}
		}
	}
	if s := a.Spring; s != nil {
		errs = append(errs, over("spring colliders", len(s.Colliders), maxExtItems), over("spring collider groups", len(s.ColliderGroups), maxExtList), over("springs", len(s.Springs), maxExtList))
		for _, sp := range s.Springs {
			errs = append(errs, over("joints of a spring", len(sp.Joints), maxExtList), over("collider groups of a spring", len(sp.ColliderGroups), maxExtList))
		}
		for _, g := range s.ColliderGroups {
			errs = append(errs, over("colliders of a group", len(g.Colliders), maxExtItems))
		}
	}
	return errors.Join(errs...)
}
