// Package sample builds humanoid avatars for the demo, the tests and the
// benchmarks: a skinned body of tubes on a VRM humanoid skeleton, a head
// with morph targets bound to expressions, a spring-bone ponytail with a
// collider, an MToon material with a texture, an outfit and an accessory
// as separate parts. It writes VRM 1.0 or VRM 0.x natively (0.x faces -Z
// and keeps Unity's vectors in its JSON, as UniVRM exports), so a converter
// is tested against files it did not write. Detail scales the triangle
// count: 1,744 × Detail² + 352 × Detail triangles (Detail 8: 114,432).
package sample

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"

	"github.com/qmuntal/gltf"
	"github.com/qmuntal/gltf/modeler"
)

// Options choose what Humanoid builds. Zero values take the defaults.
type Options struct {
	// VRM0 writes VRM 0.x instead of VRM 1.0.
	VRM0 bool
	// Detail is the tessellation level, 1 to 40; default 2.
	Detail int
	// TextureSize is the body texture's width and height; default 512.
	TextureSize int
	// Name is the avatar's title; default "mifm sample avatar".
	Name string
	// Modification is VRM 1.0's term (prohibited, allowModification,
	// allowModificationRedistribution); default allowModificationRedistribution.
	Modification string
	// NoRedistribution forbids redistribution.
	NoRedistribution bool
	// Outfit is the outfit part's name; default "jacket".
	Outfit string
	// Minimal keeps only the bones VRM 0.x and 1.0 both require (17): no
	// thumbs, no spring-bone ponytail, for platforms with a low maxBones.
	Minimal bool
}

// bone is one joint of the skeleton, in VRM 1.0 space (facing +Z; the
// avatar's left is +X).
type bone struct {
	name, human string
	parent      int
	offset      [3]float64 // from the parent
	radius      float64    // of the tube from this bone to its first child
}

func skeleton() []bone {
	return []bone{
		{"Hips", "hips", -1, [3]float64{0, 0.95, 0}, 0.12},
		{"Spine", "spine", 0, [3]float64{0, 0.1, 0}, 0.12},
		{"Chest", "chest", 1, [3]float64{0, 0.15, 0}, 0.13},
		{"Neck", "neck", 2, [3]float64{0, 0.22, 0}, 0.05},
		{"Head", "head", 3, [3]float64{0, 0.08, 0}, 0},
		{"LeftUpperArm", "leftUpperArm", 2, [3]float64{0.18, 0.17, 0}, 0.045},
		{"LeftLowerArm", "leftLowerArm", 5, [3]float64{0.27, 0, 0}, 0.04},
		{"LeftHand", "leftHand", 6, [3]float64{0.24, 0, 0}, 0.035},
		{"LeftThumbMetacarpal", "leftThumbMetacarpal", 7, [3]float64{0.02, 0, 0.03}, 0.012},
		{"LeftThumbProximal", "leftThumbProximal", 8, [3]float64{0.02, 0, 0.02}, 0.01},
		{"LeftThumbDistal", "leftThumbDistal", 9, [3]float64{0.02, 0, 0.015}, 0.008},
		{"RightUpperArm", "rightUpperArm", 2, [3]float64{-0.18, 0.17, 0}, 0.045},
		{"RightLowerArm", "rightLowerArm", 11, [3]float64{-0.27, 0, 0}, 0.04},
		{"RightHand", "rightHand", 12, [3]float64{-0.24, 0, 0}, 0.035},
		{"LeftUpperLeg", "leftUpperLeg", 0, [3]float64{0.09, -0.05, 0}, 0.07},
		{"LeftLowerLeg", "leftLowerLeg", 14, [3]float64{0, -0.42, 0}, 0.055},
		{"LeftFoot", "leftFoot", 15, [3]float64{0, -0.42, 0}, 0.045},
		{"RightUpperLeg", "rightUpperLeg", 0, [3]float64{-0.09, -0.05, 0}, 0.07},
		{"RightLowerLeg", "rightLowerLeg", 17, [3]float64{0, -0.42, 0}, 0.055},
		{"RightFoot", "rightFoot", 18, [3]float64{0, -0.42, 0}, 0.045},
		{"Hair1", "", 4, [3]float64{0, 0.12, -0.1}, 0.03},
		{"Hair2", "", 20, [3]float64{0, -0.1, -0.03}, 0.025},
		{"Hair3", "", 21, [3]float64{0, -0.1, -0.01}, 0.02},
	}
}

// leafTip is where a leaf bone's tube ends, from the leaf.
func leafTip(b bone) [3]float64 {
	l := math.Sqrt(b.offset[0]*b.offset[0] + b.offset[1]*b.offset[1] + b.offset[2]*b.offset[2])
	s := 0.6 * 0.1 / l
	if b.human == "leftFoot" || b.human == "rightFoot" {
		return [3]float64{0, -0.05, 0.12}
	}
	return [3]float64{b.offset[0] * s, b.offset[1] * s, b.offset[2] * s}
}

// Humanoid builds an avatar and returns it as a GLB (.vrm).
func Humanoid(o Options) ([]byte, error) {
	if o.Detail == 0 {
		o.Detail = 2
	}
	if o.Detail < 1 || o.Detail > 40 {
		return nil, fmt.Errorf("sample avatar: detail %d out of 1..40", o.Detail)
	}
	if o.TextureSize == 0 {
		o.TextureSize = 512
	}
	if o.TextureSize < 4 || o.TextureSize > 8192 {
		return nil, fmt.Errorf("sample avatar: texture size %d out of 4..8192", o.TextureSize)
	}
	if o.Name == "" {
		o.Name = "mifm sample avatar"
	}
	if o.Modification == "" {
		o.Modification = "allowModificationRedistribution"
	}
	if o.Outfit == "" {
		o.Outfit = "jacket"
	}
	// s turns VRM 1.0 space into the file's: a half turn about Y for 0.x.
	s := [3]float64{1, 1, 1}
	if o.VRM0 {
		s = [3]float64{-1, 1, -1}
	}
	sv := func(v [3]float64) [3]float32 {
		return [3]float32{float32(v[0] * s[0]), float32(v[1] * s[1]), float32(v[2] * s[2])}
	}
	bones := skeleton()
	if o.Minimal {
		bones = minimal(bones)
	}
	world := make([][3]float64, len(bones))
	children := make([][]int, len(bones))
	for i, b := range bones {
		world[i] = b.offset
		if b.parent >= 0 {
			world[i] = add(world[b.parent], b.offset)
			children[b.parent] = append(children[b.parent], i)
		}
	}

	doc := gltf.NewDocument()
	doc.Asset.Generator = "mifm sample"
	// Node 0 is the root; bone i is node i+1; then the mesh nodes.
	doc.Nodes = append(doc.Nodes, &gltf.Node{Name: "Root", Children: []int{1}})
	for i, b := range bones {
		n := &gltf.Node{Name: b.name}
		t := sv(b.offset)
		n.Translation = [3]float64{float64(t[0]), float64(t[1]), float64(t[2])}
		for _, c := range children[i] {
			n.Children = append(n.Children, c+1)
		}
		doc.Nodes = append(doc.Nodes, n)
	}
	joints := make([]int, len(bones))
	ibm := make([][4][4]float32, len(bones))
	for i := range bones {
		joints[i] = i + 1
		w := sv(world[i])
		// modeler's matrices are [row][column]; it writes them column-major.
		ibm[i] = [4][4]float32{{1, 0, 0, -w[0]}, {0, 1, 0, -w[1]}, {0, 0, 1, -w[2]}, {0, 0, 0, 1}}
	}
	ibmAcc := modeler.WriteInverseBindMatrices(doc, ibm)
	// Inverse bind matrices are no vertex buffer: their view has no target.
	doc.BufferViews[*doc.Accessors[ibmAcc].BufferView].Target = gltf.TargetNone
	doc.Skins = []*gltf.Skin{{Name: "skin", Joints: joints, InverseBindMatrices: gltf.Index(ibmAcc)}}

	tex, err := texture(o.TextureSize)
	if err != nil {
		return nil, err
	}
	img, err := modeler.WriteImage(doc, "body", "image/png", bytes.NewReader(tex))
	if err != nil {
		return nil, err
	}
	doc.Samplers = []*gltf.Sampler{{MagFilter: gltf.MagLinear, MinFilter: gltf.MinLinearMipMapLinear, WrapS: gltf.WrapRepeat, WrapT: gltf.WrapRepeat}}
	doc.Textures = []*gltf.Texture{{Source: gltf.Index(img), Sampler: gltf.Index(0)}}
	doc.Materials = []*gltf.Material{
		{Name: "Body", PBRMetallicRoughness: &gltf.PBRMetallicRoughness{BaseColorTexture: &gltf.TextureInfo{Index: 0}, MetallicFactor: gltf.Float(0), RoughnessFactor: gltf.Float(1)}},
		{Name: "Cloth", PBRMetallicRoughness: &gltf.PBRMetallicRoughness{BaseColorFactor: &[4]float64{0.2, 0.3, 0.8, 1}, MetallicFactor: gltf.Float(0), RoughnessFactor: gltf.Float(0.8)}},
	}

	// The body: one tube per bone to its first child (or tip), skinned.
	var body meshData
	d := o.Detail
	for i, b := range bones {
		if b.human == "head" {
			continue
		}
		end := leafTip(b)
		child := -1
		if len(children[i]) > 0 {
			child = children[i][0]
			end = bones[child].offset
		}
		r := b.radius
		if r == 0 {
			continue
		}
		body.tube(world[i], add(world[i], end), r, 8*d, 4*d, i, child)
	}
	// The head: a sphere with three morph targets.
	head := 4
	hc := add(world[head], [3]float64{0, 0.1, 0})
	body.sphere(hc, 0.11, 16*d, 8*d, head)
	targets := body.headTargets(hc)

	bodyMesh, err := body.write(doc, sv, 0, targets)
	if err != nil {
		return nil, err
	}
	// The outfit: a shorter, wider tube around the chest; the accessory a
	// hat. Both are separate nodes, so they can be swapped on their own.
	var jacket, hat meshData
	jacket.tube(world[1], add(world[2], [3]float64{0, 0.18, 0}), 0.145, 8*d, 3*d, 2, -1)
	hat.tube(add(hc, [3]float64{0, 0.06, 0}), add(hc, [3]float64{0, 0.2, 0}), 0.1, 8*d, 2*d, head, -1)
	jacketMesh, err := jacket.write(doc, sv, 1, nil)
	if err != nil {
		return nil, err
	}
	hatMesh, err := hat.write(doc, sv, 1, nil)
	if err != nil {
		return nil, err
	}
	doc.Meshes[bodyMesh].Name, doc.Meshes[jacketMesh].Name, doc.Meshes[hatMesh].Name = "Body", o.Outfit, "Hat"
	meshNode := func(name string, mesh int, part string) int {
		doc.Nodes = append(doc.Nodes, &gltf.Node{Name: name, Mesh: gltf.Index(mesh), Skin: gltf.Index(0), Extras: map[string]any{"mifmPart": part}})
		return len(doc.Nodes) - 1
	}
	bodyNode := meshNode("Body", bodyMesh, "body")
	meshNode(o.Outfit, jacketMesh, "outfit")
	meshNode("Hat", hatMesh, "accessory")
	var roots []int
	roots = append(roots, 0)
	for i := bodyNode; i < len(doc.Nodes); i++ {
		roots = append(roots, i)
	}
	doc.Scenes[0].Nodes = roots

	if o.VRM0 {
		err = writeVRM0(doc, o, bones, bodyMesh)
	} else {
		err = writeVRM1(doc, o, bones, bodyNode)
	}
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := gltf.NewEncoder(&buf)
	enc.AsBinary = true
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("sample avatar: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// minimal keeps the required bones, renumbering parents.
func minimal(bones []bone) []bone {
	renum := make([]int, len(bones))
	var out []bone
	for i, b := range bones {
		if b.human == "" || strings.Contains(b.human, "Thumb") {
			renum[i] = -1
			continue
		}
		renum[i] = len(out)
		if b.parent >= 0 {
			b.parent = renum[b.parent]
		}
		out = append(out, b)
	}
	return out
}

func add(a, b [3]float64) [3]float64 { return [3]float64{a[0] + b[0], a[1] + b[1], a[2] + b[2]} }

// texture draws a checker with a gradient, so a downscale has detail to
// lose and a test can see the image changed.
func texture(size int) ([]byte, error) {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	cell := max(1, size/16)
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			c := uint8(60)
			if (x/cell+y/cell)%2 == 0 {
				c = 200
			}
			img.SetNRGBA(x, y, color.NRGBA{c, uint8(x * 255 / size), uint8(y * 255 / size), 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// meshData is one mesh's vertices and triangles in VRM 1.0 space.
type meshData struct {
	pos, nrm [][3]float64
	uv       [][2]float32
	joints   [][4]uint16
	weights  [][4]float32
	idx      []uint32
}

// tube adds a capped cylinder from a to b skinned to bone, blending into
// child over its last fifth.
func (m *meshData) tube(a, b [3]float64, r float64, radial, rings, bone, child int) {
	axis := [3]float64{b[0] - a[0], b[1] - a[1], b[2] - a[2]}
	u, v := basis(axis)
	base := uint32(len(m.pos))
	for ring := 0; ring <= rings; ring++ {
		t := float64(ring) / float64(rings)
		c := [3]float64{a[0] + axis[0]*t, a[1] + axis[1]*t, a[2] + axis[2]*t}
		for k := 0; k <= radial; k++ { // k == radial duplicates k == 0: the UV seam
			ang := 2 * math.Pi * float64(k) / float64(radial)
			n := [3]float64{u[0]*math.Cos(ang) + v[0]*math.Sin(ang), u[1]*math.Cos(ang) + v[1]*math.Sin(ang), u[2]*math.Cos(ang) + v[2]*math.Sin(ang)}
			m.pos = append(m.pos, [3]float64{c[0] + n[0]*r, c[1] + n[1]*r, c[2] + n[2]*r})
			m.nrm = append(m.nrm, n)
			m.uv = append(m.uv, [2]float32{float32(k) / float32(radial), float32(t)})
			w := float32(0)
			if child >= 0 && t > 0.8 {
				w = float32((t - 0.8) / 0.2 * 0.5)
			}
			if child < 0 {
				m.joints = append(m.joints, [4]uint16{uint16(bone), 0, 0, 0})
				m.weights = append(m.weights, [4]float32{1, 0, 0, 0})
			} else {
				m.joints = append(m.joints, [4]uint16{uint16(bone), uint16(child), 0, 0})
				m.weights = append(m.weights, [4]float32{1 - w, w, 0, 0})
			}
		}
	}
	row := uint32(radial + 1)
	for ring := uint32(0); ring < uint32(rings); ring++ {
		for k := uint32(0); k < uint32(radial); k++ {
			i0 := base + ring*row + k
			i1, i2, i3 := i0+1, i0+row, i0+row+1
			m.idx = append(m.idx, i0, i2, i1, i1, i2, i3)
		}
	}
	// Caps: a fan around a centre vertex at each end.
	for _, end := range []struct {
		ring uint32
		c    [3]float64
		sign float64
	}{{0, a, -1}, {uint32(rings), b, 1}} {
		ci := uint32(len(m.pos))
		ax := norm(axis)
		m.pos = append(m.pos, end.c)
		m.nrm = append(m.nrm, [3]float64{ax[0] * end.sign, ax[1] * end.sign, ax[2] * end.sign})
		m.uv = append(m.uv, [2]float32{0.5, float32(end.ring) / float32(rings)})
		m.joints = append(m.joints, m.joints[base+end.ring*row])
		m.weights = append(m.weights, m.weights[base+end.ring*row])
		for k := uint32(0); k < uint32(radial); k++ {
			p, q := base+end.ring*row+k, base+end.ring*row+k+1
			if end.sign < 0 {
				m.idx = append(m.idx, ci, p, q)
			} else {
				m.idx = append(m.idx, ci, q, p)
			}
		}
	}
}

// sphere adds a UV sphere skinned to one bone.
func (m *meshData) sphere(c [3]float64, r float64, radial, rings, bone int) {
	base := uint32(len(m.pos))
	for ring := 0; ring <= rings; ring++ {
		phi := math.Pi * float64(ring) / float64(rings)
		for k := 0; k <= radial; k++ {
			th := 2 * math.Pi * float64(k) / float64(radial)
			n := [3]float64{math.Sin(phi) * math.Sin(th), math.Cos(phi), math.Sin(phi) * math.Cos(th)}
			m.pos = append(m.pos, [3]float64{c[0] + n[0]*r, c[1] + n[1]*r, c[2] + n[2]*r})
			m.nrm = append(m.nrm, n)
			m.uv = append(m.uv, [2]float32{float32(k) / float32(radial), float32(ring) / float32(rings)})
			m.joints = append(m.joints, [4]uint16{uint16(bone), 0, 0, 0})
			m.weights = append(m.weights, [4]float32{1, 0, 0, 0})
		}
	}
	row := uint32(radial + 1)
	for ring := uint32(0); ring < uint32(rings); ring++ {
		for k := uint32(0); k < uint32(radial); k++ {
			i0 := base + ring*row + k
			i1, i2, i3 := i0+1, i0+row, i0+row+1
			if ring != 0 {
				m.idx = append(m.idx, i0, i2, i1)
			}
			if ring != uint32(rings)-1 {
				m.idx = append(m.idx, i1, i2, i3)
			}
		}
	}
}

// headTargets makes three morph targets on the head's front: the mouth
// opens (aa), the eyes close (blink), the cheeks lift (happy).
func (m *meshData) headTargets(hc [3]float64) [][][3]float64 {
	t := make([][][3]float64, 3)
	for i := range t {
		t[i] = make([][3]float64, len(m.pos))
	}
	for i, p := range m.pos {
		rel := [3]float64{p[0] - hc[0], p[1] - hc[1], p[2] - hc[2]}
		if rel[2] < 0.05 || math.Abs(rel[1]) > 0.12 || math.Abs(rel[0]) > 0.12 {
			continue
		}
		if rel[1] < -0.02 {
			t[0][i] = [3]float64{0, -0.02, 0}
		}
		if rel[1] > 0.02 && rel[1] < 0.05 {
			t[1][i] = [3]float64{0, -0.01, 0}
		}
		if rel[1] > -0.02 && rel[1] < 0.02 && math.Abs(rel[0]) > 0.03 {
			t[2][i] = [3]float64{0, 0.008, 0}
		}
	}
	return t
}

// write adds the mesh to the document and returns its index.
func (m *meshData) write(doc *gltf.Document, sv func([3]float64) [3]float32, material int, targets [][][3]float64) (int, error) {
	conv := func(vs [][3]float64) [][3]float32 {
		out := make([][3]float32, len(vs))
		for i, v := range vs {
			out[i] = sv(v)
		}
		return out
	}
	p := &gltf.Primitive{
		Attributes: gltf.PrimitiveAttributes{
			gltf.POSITION:   modeler.WritePosition(doc, conv(m.pos)),
			gltf.NORMAL:     modeler.WriteNormal(doc, conv(m.nrm)),
			gltf.TEXCOORD_0: modeler.WriteTextureCoord(doc, m.uv),
			gltf.JOINTS_0:   modeler.WriteJoints(doc, m.joints),
			gltf.WEIGHTS_0:  modeler.WriteWeights(doc, m.weights),
		},
		Indices:  gltf.Index(modeler.WriteIndices(doc, m.idx)),
		Material: gltf.Index(material),
	}
	for _, t := range targets {
		p.Targets = append(p.Targets, gltf.PrimitiveAttributes{gltf.POSITION: modeler.WritePosition(doc, conv(t))})
	}
	mesh := &gltf.Mesh{Primitives: []*gltf.Primitive{p}}
	if len(targets) > 0 {
		mesh.Weights = make([]float64, len(targets))
		mesh.Extras = map[string]any{"targetNames": []string{"aa", "blink", "happy"}}
	}
	doc.Meshes = append(doc.Meshes, mesh)
	return len(doc.Meshes) - 1, nil
}

func basis(axis [3]float64) (u, v [3]float64) {
	a := norm(axis)
	ref := [3]float64{0, 0, 1}
	if math.Abs(a[2]) > 0.9 {
		ref = [3]float64{1, 0, 0}
	}
	u = norm(cross(a, ref))
	v = cross(a, u)
	return u, v
}

func cross(a, b [3]float64) [3]float64 {
	return [3]float64{a[1]*b[2] - a[2]*b[1], a[2]*b[0] - a[0]*b[2], a[0]*b[1] - a[1]*b[0]}
}

func norm(a [3]float64) [3]float64 {
	l := math.Sqrt(a[0]*a[0] + a[1]*a[1] + a[2]*a[2])
	return [3]float64{a[0] / l, a[1] / l, a[2] / l}
}

func rawJSON(v any) (json.RawMessage, error) {
	b, err := json.Marshal(v)
	return json.RawMessage(b), err
}
