package vrm

import (
	"encoding/json"
	"sort"

	"github.com/qmuntal/gltf"
)

// Description is what a platform needs to know of an avatar before it
// takes it (AVIR-100..106): its format and licence, its humanoid, how heavy
// it is, which features it uses, and its parts.
type Description struct {
	Format      Format            `json:"format"`
	SpecVersion string            `json:"specVersion,omitempty"`
	Name        string            `json:"name,omitempty"`
	License     License           `json:"license"`
	HumanBones  map[string]string `json:"humanBones,omitempty"` // VRM 1.0 bone name → node name
	Triangles   int               `json:"triangles"`
	Vertices    int               `json:"vertices"`
	Meshes      int               `json:"meshes"`
	Materials   int               `json:"materials"`
	Textures    []Texture         `json:"textures,omitempty"`
	// MaxTextureSize is the largest width or height of any image.
	MaxTextureSize int      `json:"maxTextureSize"`
	Bones          int      `json:"bones"` // joints of all skins, each counted once
	Expressions    []string `json:"expressions,omitempty"`
	// SpringJoints counts the bones that sway: a VRM 1.0 spring's joints
	// but its tail, a VRM 0.x root bone and all its descendants.
	SpringJoints int      `json:"springJoints"`
	Features     []string `json:"features,omitempty"`
	Parts        []Part   `json:"parts,omitempty"`
}

// Texture is one image of the file.
type Texture struct {
	Image    int    `json:"image"`
	Name     string `json:"name,omitempty"`
	MimeType string `json:"mimeType"`
	Width    int    `json:"width"`
	Height   int    `json:"height"`
	Bytes    int    `json:"bytes"`
}

// Part is a node with a mesh: the body, or an outfit or an accessory that
// can be swapped separately (AVIR-104, AVIR-303). A node's kind is its
// extras' "mifmPart" ("body", "outfit" or "accessory"); without one it is
// "body".
type Part struct {
	Node      int    `json:"node"`
	Name      string `json:"name,omitempty"`
	Kind      string `json:"kind"`
	Triangles int    `json:"triangles"`
}

// Part kinds.
const (
	PartBody      = "body"
	PartOutfit    = "outfit"
	PartAccessory = "accessory"
)

// Feature names, as platform manifestos write them (avatar.features).
const (
	FeatureBlendShapes     = "blend-shapes"
	FeatureSpringBones     = "spring-bones"
	FeatureMToon           = "mtoon"
	FeatureNodeConstraints = "node-constraints"
)

// Describe reads the avatar's description. It needs no decoding of
// images beyond their headers.
func (a *Avatar) Describe() Description {
	d := a.Doc
	desc := Description{Format: a.Format, Meshes: len(d.Meshes), Materials: len(d.Materials), License: a.License()}
	switch {
	case a.VRM1 != nil:
		desc.SpecVersion = a.VRM1.SpecVersion
		desc.Name = a.VRM1.Meta.Name
	case a.VRM0 != nil:
		desc.SpecVersion = a.VRM0.SpecVersion
		if a.VRM0.Meta != nil {
			desc.Name = a.VRM0.Meta.Title
		}
	}
	if bones := a.HumanBones(); len(bones) > 0 {
		desc.HumanBones = map[string]string{}
		for name, n := range bones {
			desc.HumanBones[name] = d.Nodes[n].Name
		}
	}
	for i, n := range d.Nodes {
		if n.Mesh == nil {
			continue
		}
		tris := a.meshTriangles(*n.Mesh)
		desc.Triangles += tris
		desc.Parts = append(desc.Parts, Part{Node: i, Name: n.Name, Kind: partKind(n), Triangles: tris})
	}
	for _, m := range d.Meshes {
		for _, p := range m.Primitives {
			desc.Vertices += d.Accessors[p.Attributes[gltf.POSITION]].Count
		}
	}
	for i, im := range d.Images {
		cfg, err := a.imageConfig(i)
		if err != nil {
			continue // checked by Decode; a replaced image is checked when made
		}
		b, _ := a.imageBytes(i)
		desc.Textures = append(desc.Textures, Texture{Image: i, Name: im.Name, MimeType: im.MimeType, Width: cfg.Width, Height: cfg.Height, Bytes: len(b)})
		desc.MaxTextureSize = max(desc.MaxTextureSize, cfg.Width, cfg.Height)
	}
	joints := map[int]bool{}
	for _, s := range d.Skins {
		for _, j := range s.Joints {
			joints[j] = true
		}
	}
	desc.Bones = len(joints)
	desc.Expressions = a.Expressions()
	desc.SpringJoints = a.springJoints()
	desc.Features = a.Features()
	return desc
}

// partKind reads a node's part kind from its extras.
func partKind(n *gltf.Node) string {
	var extras struct {
		Part string `json:"mifmPart"`
	}
	if n.Extras != nil {
		if b, err := json.Marshal(n.Extras); err == nil {
			_ = json.Unmarshal(b, &extras)
		}
	}
	switch extras.Part {
	case PartOutfit, PartAccessory:
		return extras.Part
	}
	return PartBody
}

// meshTriangles counts the triangles of a mesh's triangle primitives.
func (a *Avatar) meshTriangles(mesh int) int {
	n := 0
	for _, p := range a.Doc.Meshes[mesh].Primitives {
		n += a.primitiveTriangles(p)
	}
	return n
}

func (a *Avatar) primitiveTriangles(p *gltf.Primitive) int {
	switch p.Mode {
	case gltf.PrimitiveTriangles:
		if p.Indices != nil {
			return a.Doc.Accessors[*p.Indices].Count / 3
		}
		return a.Doc.Accessors[p.Attributes[gltf.POSITION]].Count / 3
	case gltf.PrimitiveTriangleStrip, gltf.PrimitiveTriangleFan:
		n := a.Doc.Accessors[p.Attributes[gltf.POSITION]].Count
		if p.Indices != nil {
			n = a.Doc.Accessors[*p.Indices].Count
		}
		return max(n-2, 0)
	}
	return 0
}

// HumanBones maps VRM 1.0 human bone names to nodes, whichever version the
// file is (VRM 0.x's thumb names are translated).
func (a *Avatar) HumanBones() map[string]int {
	out := map[string]int{}
	switch {
	case a.VRM1 != nil:
		for name, b := range a.VRM1.Humanoid.HumanBones {
			out[name] = b.Node
		}
	case a.VRM0 != nil:
		for _, b := range a.VRM0.Humanoid.HumanBones {
			out[boneName0To1(b.Bone)] = b.Node
		}
	}
	return out
}

// Expressions lists the expression names, VRM 1.0 preset names for
// presets, sorted.
func (a *Avatar) Expressions() []string {
	var names []string
	switch {
	case a.VRM1 != nil && a.VRM1.Expressions != nil:
		for name := range a.VRM1.Expressions.Preset {
			names = append(names, name)
		}
		for name := range a.VRM1.Expressions.Custom {
			names = append(names, name)
		}
	case a.VRM0 != nil && a.VRM0.BlendShapeMaster != nil:
		for _, g := range a.VRM0.BlendShapeMaster.BlendShapeGroups {
			if p, ok := preset0To1(g.PresetName); ok {
				names = append(names, p)
			} else {
				names = append(names, g.Name)
			}
		}
	}
	sort.Strings(names)
	return names
}

func (a *Avatar) springJoints() int {
	n := 0
	if a.Spring != nil {
		// The last joint of a chain is its tail: it does not sway.
		for _, s := range a.Spring.Springs {
			n += max(len(s.Joints)-1, 0)
		}
	}
	if a.VRM0 != nil && a.VRM0.SecondaryAnimation != nil {
		// Each node sways once, however many roots name it or its
		// ancestors: a visited set keeps this linear in the nodes.
		seen := make([]bool, len(a.Doc.Nodes))
		var stack []int
		for _, g := range a.VRM0.SecondaryAnimation.BoneGroups {
			stack = append(stack[:0], g.Bones...)
			for len(stack) > 0 {
				x := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if seen[x] {
					continue
				}
				seen[x] = true
				n++
				stack = append(stack, a.Doc.Nodes[x].Children...)
			}
		}
	}
	return n
}

// Features lists the optional features the avatar uses, by the names
// platform manifestos use.
func (a *Avatar) Features() []string {
	var fs []string
	if a.usesBlendShapes() {
		fs = append(fs, FeatureBlendShapes)
	}
	if a.springJoints() > 0 {
		fs = append(fs, FeatureSpringBones)
	}
	if a.usesMToon() {
		fs = append(fs, FeatureMToon)
	}
	for _, n := range a.Doc.Nodes {
		if rawExt(n.Extensions, ExtConstraint) != nil {
			fs = append(fs, FeatureNodeConstraints)
			break
		}
	}
	sort.Strings(fs)
	return fs
}

func (a *Avatar) usesBlendShapes() bool {
	for _, m := range a.Doc.Meshes {
		for _, p := range m.Primitives {
			if len(p.Targets) > 0 {
				return true
			}
		}
	}
	return false
}

func (a *Avatar) usesMToon() bool {
	for _, m := range a.Doc.Materials {
		if rawExt(m.Extensions, ExtMToon) != nil {
			return true
		}
	}
	if a.VRM0 != nil {
		for _, p := range a.VRM0.MaterialProperties {
			if p.Shader == shaderMToon0 {
				return true
			}
		}
	}
	return false
}
