package vrm

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // the two image formats glTF 2.0 core allows
	_ "image/png"
	"math"
	"strings"

	"github.com/qmuntal/gltf"
	"github.com/qmuntal/gltf/modeler"
)

// check verifies every reference of the document against what it holds,
// so that reading any accessor afterwards cannot run past a buffer,
// allocate more than the file's size, or panic. binLen is the GLB BIN
// chunk's length, -1 without one.
func (a *Avatar) check(binLen int) error {
	d, lim := a.Doc, a.limits
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)
	}
	if !strings.HasPrefix(d.Asset.Version, "2.") {
		return bad("asset.version %q (only glTF 2.0 is read)", d.Asset.Version)
	}
	if len(d.Nodes) > lim.MaxNodes {
		return fmt.Errorf("%w: %d nodes, the limit is %d", ErrTooLarge, len(d.Nodes), lim.MaxNodes)
	}
	if len(d.Accessors) > lim.MaxAccessors {
		return fmt.Errorf("%w: %d accessors, the limit is %d", ErrTooLarge, len(d.Accessors), lim.MaxAccessors)
	}
	for i, b := range d.Buffers {
		switch {
		case b.URI == "" && (i != 0 || binLen < 0):
			return bad("buffer %d has no uri and is not the GLB's BIN chunk", i)
		case b.URI != "" && !strings.HasPrefix(b.URI, "data:"):
			return fmt.Errorf("%w: buffer %d points outside the file (%.40q); an avatar must travel as one file (GLB or data: URIs)", ErrUnsupported, i, b.URI)
		case b.ByteLength <= 0 || len(b.Data) < b.ByteLength:
			return bad("buffer %d: byteLength %d, %d bytes present", i, b.ByteLength, len(b.Data))
		}
	}
	for i, v := range d.BufferViews {
		if v.Buffer < 0 || v.Buffer >= len(d.Buffers) {
			return bad("bufferView %d: buffer %d does not exist", i, v.Buffer)
		}
		if v.ByteOffset < 0 || v.ByteLength <= 0 || v.ByteOffset > d.Buffers[v.Buffer].ByteLength-v.ByteLength {
			return bad("bufferView %d: bytes %d+%d outside buffer %d", i, v.ByteOffset, v.ByteLength, v.Buffer)
		}
		if v.ByteStride != 0 && (v.ByteStride < 4 || v.ByteStride > 252 || v.ByteStride%4 != 0) {
			return bad("bufferView %d: byteStride %d", i, v.ByteStride)
		}
	}
	// Accessors may overlap one view, or have none and be zeros: what
	// reading them all would materialise is bounded as a whole, not one
	// by one, so a few hundred bytes of JSON cannot ask for gigabytes.
	var materialised int64
	for i, acc := range d.Accessors {
		if err := a.checkAccessor(i); err != nil {
			return err
		}
		materialised += int64(acc.Count) * int64(gltf.SizeOfElement(acc.ComponentType, acc.Type))
		if materialised > 4*int64(lim.MaxBytes) {
			return fmt.Errorf("%w: the accessors would take more than %d bytes to read", ErrTooLarge, 4*int64(lim.MaxBytes))
		}
	}
	if len(d.Images) > lim.MaxImages {
		return fmt.Errorf("%w: %d images, the limit is %d", ErrTooLarge, len(d.Images), lim.MaxImages)
	}
	if err := a.checkMeshes(); err != nil {
		return err
	}
	if err := a.checkNodes(); err != nil {
		return err
	}
	for i, s := range d.Skins {
		if len(s.Joints) == 0 {
			return bad("skin %d has no joints", i)
		}
		for _, j := range s.Joints {
			if !in(j, len(d.Nodes)) {
				return bad("skin %d: joint node %d does not exist", i, j)
			}
		}
		if s.Skeleton != nil && !in(*s.Skeleton, len(d.Nodes)) {
			return bad("skin %d: skeleton node %d does not exist", i, *s.Skeleton)
		}
		if m := s.InverseBindMatrices; m != nil {
			if !in(*m, len(d.Accessors)) {
				return bad("skin %d: accessor %d does not exist", i, *m)
			}
			acc := d.Accessors[*m]
			if acc.Type != gltf.AccessorMat4 || acc.ComponentType != gltf.ComponentFloat || acc.Count < len(s.Joints) {
				return bad("skin %d: inverseBindMatrices must be %d float MAT4", i, len(s.Joints))
			}
		}
	}
	if d.Scene != nil && !in(*d.Scene, len(d.Scenes)) {
		return bad("scene %d does not exist", *d.Scene)
	}
	for i, s := range d.Scenes {
		for _, n := range s.Nodes {
			if !in(n, len(d.Nodes)) {
				return bad("scene %d: node %d does not exist", i, n)
			}
		}
	}
	for i, t := range d.Textures {
		if t.Source != nil && !in(*t.Source, len(d.Images)) {
			return bad("texture %d: image %d does not exist", i, *t.Source)
		}
		if t.Sampler != nil && !in(*t.Sampler, len(d.Samplers)) {
			return bad("texture %d: sampler %d does not exist", i, *t.Sampler)
		}
	}
	var pixels int64
	for i := range d.Images {
		cfg, err := a.imageConfig(i)
		if err != nil {
			return err
		}
		if pixels += int64(cfg.Width) * int64(cfg.Height); pixels > lim.MaxPixels {
			return fmt.Errorf("%w: the images hold more than %d pixels", ErrTooLarge, lim.MaxPixels)
		}
	}
	for i, m := range d.Materials {
		for _, t := range materialTextures(m) {
			if !in(t, len(d.Textures)) {
				return bad("material %d: texture %d does not exist", i, t)
			}
		}
	}
	for i, an := range d.Animations {
		for _, s := range an.Samplers {
			if !in(s.Input, len(d.Accessors)) || !in(s.Output, len(d.Accessors)) {
				return bad("animation %d: sampler accessor out of range", i)
			}
		}
		for _, c := range an.Channels {
			if !in(c.Sampler, len(an.Samplers)) || (c.Target.Node != nil && !in(*c.Target.Node, len(d.Nodes))) {
				return bad("animation %d: channel out of range", i)
			}
		}
	}
	return nil
}

func in(i, n int) bool { return i >= 0 && i < n }

// checkAccessor bounds one accessor by its buffer view, or by the file's
// size when it has none (a sparse morph target), and checks its sparse
// indices.
func (a *Avatar) checkAccessor(i int) error {
	d := a.Doc
	acc := d.Accessors[i]
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: accessor %d: "+format, append([]any{ErrMalformed, i}, args...)...)
	}
	if acc.Type.Components() == 0 || acc.ComponentType.ByteSize() == 0 {
		return bad("bad type or componentType")
	}
	if acc.Count < 1 {
		return bad("count %d", acc.Count)
	}
	elem := gltf.SizeOfElement(acc.ComponentType, acc.Type)
	if acc.BufferView == nil {
		if int64(acc.Count)*int64(elem) > int64(a.limits.MaxBytes) {
			return fmt.Errorf("%w: accessor %d would take %d×%d bytes", ErrTooLarge, i, acc.Count, elem)
		}
	} else {
		if !in(*acc.BufferView, len(d.BufferViews)) {
			return bad("bufferView %d does not exist", *acc.BufferView)
		}
		v := d.BufferViews[*acc.BufferView]
		stride := elem
		if v.ByteStride != 0 {
			if v.ByteStride < elem {
				return bad("byteStride %d under the element size %d", v.ByteStride, elem)
			}
			stride = v.ByteStride
		}
		if acc.ByteOffset < 0 || int64(acc.ByteOffset)+int64(stride)*int64(acc.Count-1)+int64(elem) > int64(v.ByteLength) {
			return bad("%d elements from byte %d run past bufferView %d (%d bytes)", acc.Count, acc.ByteOffset, *acc.BufferView, v.ByteLength)
		}
	}
	s := acc.Sparse
	if s == nil {
		return nil
	}
	if s.Count < 1 || s.Count > acc.Count {
		return bad("sparse count %d of %d", s.Count, acc.Count)
	}
	for _, r := range []struct {
		view, off, size int
	}{{s.Indices.BufferView, s.Indices.ByteOffset, s.Indices.ComponentType.ByteSize()}, {s.Values.BufferView, s.Values.ByteOffset, elem}} {
		if !in(r.view, len(d.BufferViews)) || r.size == 0 || r.off < 0 || int64(r.off)+int64(r.size)*int64(s.Count) > int64(d.BufferViews[r.view].ByteLength) {
			return bad("sparse data outside its bufferView")
		}
	}
	switch s.Indices.ComponentType {
	case gltf.ComponentUbyte, gltf.ComponentUshort, gltf.ComponentUint:
	default:
		return bad("sparse indices of component type %v", s.Indices.ComponentType)
	}
	idx, err := modeler.ReadIndices(d, &gltf.Accessor{ComponentType: s.Indices.ComponentType, Count: s.Count, Type: gltf.AccessorScalar, BufferView: gltf.Index(s.Indices.BufferView), ByteOffset: s.Indices.ByteOffset}, nil)
	if err != nil {
		return bad("sparse indices: %v", err)
	}
	for _, x := range idx {
		if int(x) >= acc.Count {
			return bad("sparse index %d of %d elements", x, acc.Count)
		}
	}
	return nil
}

func (a *Avatar) checkMeshes() error {
	d := a.Doc
	prims := 0
	for _, m := range d.Meshes {
		prims += len(m.Primitives)
	}
	if prims > a.limits.MaxPrimitives {
		return fmt.Errorf("%w: %d primitives, the limit is %d", ErrTooLarge, prims, a.limits.MaxPrimitives)
	}
	// Index accessors are read once each, however many primitives share
	// them.
	checked := map[int]int{} // accessor → vertex count it was checked against
	for mi, m := range d.Meshes {
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%w: mesh %d: "+format, append([]any{ErrMalformed, mi}, args...)...)
		}
		if len(m.Primitives) == 0 {
			return bad("no primitives")
		}
		for pi, p := range m.Primitives {
			pos, ok := p.Attributes[gltf.POSITION]
			if !ok || !in(pos, len(d.Accessors)) {
				return bad("primitive %d has no POSITION", pi)
			}
			if acc := d.Accessors[pos]; acc.Type != gltf.AccessorVec3 || acc.ComponentType != gltf.ComponentFloat {
				return bad("primitive %d: POSITION must be float VEC3", pi)
			}
			n := d.Accessors[pos].Count
			for name, ai := range p.Attributes {
				if !in(ai, len(d.Accessors)) || d.Accessors[ai].Count != n {
					return bad("primitive %d: attribute %s does not match POSITION's %d vertices", pi, name, n)
				}
				if d.Accessors[ai].ComponentType == gltf.ComponentByte && d.Accessors[ai].Type == gltf.AccessorScalar {
					// No glTF attribute is a signed byte scalar, and
					// qmuntal/gltf v0.28.0 writes one past its end.
					return bad("primitive %d: attribute %s is a BYTE scalar, which no glTF attribute is", pi, name)
				}
			}
			for ti, t := range p.Targets {
				for name, ai := range t {
					if !in(ai, len(d.Accessors)) || d.Accessors[ai].Count != n {
						return bad("primitive %d: target %d %s does not match POSITION's %d vertices", pi, ti, name, n)
					}
				}
			}
			if p.Material != nil && !in(*p.Material, len(d.Materials)) {
				return bad("primitive %d: material %d does not exist", pi, *p.Material)
			}
			if p.Indices == nil {
				continue
			}
			if !in(*p.Indices, len(d.Accessors)) || d.Accessors[*p.Indices].Type != gltf.AccessorScalar || d.Accessors[*p.Indices].BufferView == nil {
				return bad("primitive %d: indices must be a scalar accessor with a bufferView", pi)
			}
			if prev, ok := checked[*p.Indices]; ok && prev <= n {
				continue
			}
			checked[*p.Indices] = n
			idx, err := modeler.ReadIndices(d, d.Accessors[*p.Indices], nil)
			if err != nil {
				return bad("primitive %d: indices: %v", pi, err)
			}
			for _, x := range idx {
				if int(x) >= n {
					return bad("primitive %d: index %d of %d vertices", pi, x, n)
				}
			}
		}
	}
	return nil
}

// checkNodes checks references and that the nodes form a forest: no node
// with two parents, no cycle, so walking the hierarchy ends.
func (a *Avatar) checkNodes() error {
	d := a.Doc
	parent := make([]int, len(d.Nodes))
	for i := range parent {
		parent[i] = -1
	}
	for i, n := range d.Nodes {
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%w: node %d: "+format, append([]any{ErrMalformed, i}, args...)...)
		}
		if n.Mesh != nil && !in(*n.Mesh, len(d.Meshes)) {
			return bad("mesh %d does not exist", *n.Mesh)
		}
		if n.Skin != nil && !in(*n.Skin, len(d.Skins)) {
			return bad("skin %d does not exist", *n.Skin)
		}
		if n.Camera != nil && !in(*n.Camera, len(d.Cameras)) {
			return bad("camera %d does not exist", *n.Camera)
		}
		for _, f := range append(append(append(n.Matrix[:], n.Rotation[:]...), n.Scale[:]...), n.Translation[:]...) {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return bad("transform is not finite")
			}
		}
		for _, c := range n.Children {
			if !in(c, len(d.Nodes)) || c == i {
				return bad("child %d", c)
			}
			if parent[c] >= 0 {
				return bad("child %d already has parent %d", c, parent[c])
			}
			parent[c] = i
		}
	}
	for i := range d.Nodes {
		steps := 0
		for p := parent[i]; p >= 0; p = parent[p] {
			if steps++; steps > len(d.Nodes) {
				return fmt.Errorf("%w: the node hierarchy has a cycle through node %d", ErrMalformed, i)
			}
		}
	}
	return nil
}

// materialTextures lists the texture indices a material's core fields use.
func materialTextures(m *gltf.Material) []int {
	var ts []int
	if p := m.PBRMetallicRoughness; p != nil {
		if p.BaseColorTexture != nil {
			ts = append(ts, p.BaseColorTexture.Index)
		}
		if p.MetallicRoughnessTexture != nil {
			ts = append(ts, p.MetallicRoughnessTexture.Index)
		}
	}
	if m.NormalTexture != nil && m.NormalTexture.Index != nil {
		ts = append(ts, *m.NormalTexture.Index)
	}
	if m.OcclusionTexture != nil && m.OcclusionTexture.Index != nil {
		ts = append(ts, *m.OcclusionTexture.Index)
	}
	if m.EmissiveTexture != nil {
		ts = append(ts, m.EmissiveTexture.Index)
	}
	return ts
}

// imageBytes returns an image's encoded bytes.
func (a *Avatar) imageBytes(i int) ([]byte, error) {
	im := a.Doc.Images[i]
	switch {
	case im.BufferView != nil:
		if !in(*im.BufferView, len(a.Doc.BufferViews)) {
			return nil, fmt.Errorf("%w: image %d: bufferView %d does not exist", ErrMalformed, i, *im.BufferView)
		}
		return modeler.ReadBufferView(a.Doc, a.Doc.BufferViews[*im.BufferView])
	case im.IsEmbeddedResource():
		b, err := im.MarshalData()
		if err != nil {
			return nil, fmt.Errorf("%w: image %d: %v", ErrMalformed, i, err)
		}
		return b, nil
	default:
		return nil, fmt.Errorf("%w: image %d points outside the file; an avatar must travel as one file", ErrUnsupported, i)
	}
}

// imageConfig reads an image's header only, and refuses one whose pixel
// count would make decoding it a memory bomb.
func (a *Avatar) imageConfig(i int) (image.Config, error) {
	b, err := a.imageBytes(i)
	if err != nil {
		return image.Config{}, err
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return image.Config{}, fmt.Errorf("%w: image %d is not a PNG or JPEG: %v", ErrMalformed, i, err)
	}
	if want := a.Doc.Images[i].MimeType; want != "" && want != "image/"+format {
		return image.Config{}, fmt.Errorf("%w: image %d says %s but holds %s", ErrMalformed, i, want, format)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || int64(cfg.Width)*int64(cfg.Height) > a.limits.MaxImagePixels {
		return image.Config{}, fmt.Errorf("%w: image %d is %d×%d pixels, the limit is %d pixels", ErrTooLarge, i, cfg.Width, cfg.Height, a.limits.MaxImagePixels)
	}
	return cfg, nil
}
