// Package vrm reads, describes and writes avatars: VRM 1.0 (glTF 2.0
// binary with VRMC_vrm, VRMC_springBone, VRMC_node_constraint and
// VRMC_materials_mtoon), VRM 0.x (the `VRM` extension) and plain glTF 2.0,
// and converts between the two VRM versions. It is the file layer of
// FGMV-43's avatar functions (9.1: AVTF transfers, AVCF converts, AVSF
// syncs): node/avatar decides what to change, this package changes it.
//
// Avatars come from strangers, so Decode checks every index, offset and
// count of the document against the bytes it actually holds before any
// accessor is read: a malformed file is refused with what is wrong, and the
// memory a file can make the node spend is bounded by its size.
package vrm

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/qmuntal/gltf"
)

// Format of an avatar file, written as platform manifestos name them
// (avatar.formats).
type Format string

const (
	FormatVRM0 Format = "vrm-0.x"
	FormatVRM1 Format = "vrm-1.0"
	FormatGLTF Format = "gltf-2.0"
)

// Extension names.
const (
	ExtVRM0       = "VRM"
	ExtVRM1       = "VRMC_vrm"
	ExtSpringBone = "VRMC_springBone"
	ExtConstraint = "VRMC_node_constraint"
	ExtMToon      = "VRMC_materials_mtoon"
	ExtUnlit      = "KHR_materials_unlit"
)

var (
	// ErrMalformed is a file that is not a glTF 2.0 document this package
	// can read safely: a bad chunk, an index out of range, an accessor
	// reaching past its buffer.
	ErrMalformed = errors.New("malformed avatar file")
	// ErrTooLarge is a file or a part of it over Limits.
	ErrTooLarge = errors.New("avatar file over the limits")
	// ErrUnsupported is a valid file this package does not handle, such
	// as one with external buffers.
	ErrUnsupported = errors.New("unsupported avatar file")
)

// Limits bound what Decode accepts. Zero fields take the defaults.
type Limits struct {
	MaxBytes       int   // whole file; default 64 MiB
	MaxNodes       int   // default 10,000
	MaxAccessors   int   // default 20,000
	MaxPrimitives  int   // over all meshes; default 4,096
	MaxImages      int   // default 64
	MaxImagePixels int64 // per image, width × height; default 4096 × 4096
	MaxPixels      int64 // over all images; default 32 Mpx
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = 64 << 20
	}
	if l.MaxNodes <= 0 {
		l.MaxNodes = 10_000
	}
	if l.MaxAccessors <= 0 {
		l.MaxAccessors = 20_000
	}
	if l.MaxPrimitives <= 0 {
		l.MaxPrimitives = 4096
	}
	if l.MaxImages <= 0 {
		l.MaxImages = 64
	}
	if l.MaxImagePixels <= 0 {
		l.MaxImagePixels = 4096 * 4096
	}
	if l.MaxPixels <= 0 {
		l.MaxPixels = 32 << 20
	}
	return l
}

// Avatar is an avatar file held in memory: the glTF document with its
// binary buffer, and its VRM extensions parsed. Methods that change it
// (conversion, decimation, downscaling) keep the two in step.
type Avatar struct {
	Doc    *gltf.Document
	Format Format
	VRM0   *VRM0   // set when Format is FormatVRM0
	VRM1   *VRM1   // set when Format is FormatVRM1
	Spring *Spring // VRMC_springBone, when present
	limits Limits
}

const (
	glbMagic     = 0x46546C67 // "glTF"
	glbChunkJSON = 0x4E4F534A
	glbChunkBIN  = 0x004E4942
)

// Decode reads a GLB (.vrm, .glb) or a self-contained .gltf (buffers as
// data: URIs) and checks it completely.
func Decode(data []byte, lim Limits) (*Avatar, error) {
	lim = lim.withDefaults()
	if len(data) > lim.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(data), lim.MaxBytes)
	}
	binLen := -1
	if len(data) >= 4 && binary.LittleEndian.Uint32(data) == glbMagic {
		n, err := checkGLB(data)
		if err != nil {
			return nil, err
		}
		binLen = n
	}
	doc := new(gltf.Document)
	if err := gltf.NewDecoder(bytes.NewReader(data)).Decode(doc); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	a := &Avatar{Doc: doc, limits: lim}
	if err := a.check(binLen); err != nil {
		return nil, err
	}
	if err := a.parseExtensions(); err != nil {
		return nil, err
	}
	return a, nil
}

// checkGLB checks the GLB container before the decoder trusts its lengths
// (it allocates the BIN chunk at the length the header claims), and
// returns the BIN chunk's length, or -1 when there is none.
func checkGLB(data []byte) (int, error) {
	if len(data) < 20 {
		return 0, fmt.Errorf("%w: GLB shorter than its 20-byte header", ErrMalformed)
	}
	if v := binary.LittleEndian.Uint32(data[4:]); v != 2 {
		return 0, fmt.Errorf("%w: GLB version %d (only glTF 2.0 is read)", ErrMalformed, v)
	}
	if total := binary.LittleEndian.Uint32(data[8:]); int64(total) != int64(len(data)) {
		return 0, fmt.Errorf("%w: GLB header says %d bytes, the file has %d", ErrMalformed, total, len(data))
	}
	jsonLen := int64(binary.LittleEndian.Uint32(data[12:]))
	if binary.LittleEndian.Uint32(data[16:]) != glbChunkJSON {
		return 0, fmt.Errorf("%w: GLB's first chunk is not JSON", ErrMalformed)
	}
	rest := int64(len(data)) - 20
	if jsonLen > rest {
		return 0, fmt.Errorf("%w: GLB JSON chunk of %d bytes past the end of the file", ErrMalformed, jsonLen)
	}
	rest -= jsonLen
	if rest == 0 {
		return -1, nil
	}
	if rest < 8 {
		return 0, fmt.Errorf("%w: %d stray bytes after the JSON chunk", ErrMalformed, rest)
	}
	off := 20 + jsonLen
	binLen := int64(binary.LittleEndian.Uint32(data[off:]))
	if binary.LittleEndian.Uint32(data[off+4:]) != glbChunkBIN {
		return 0, fmt.Errorf("%w: GLB's second chunk is not BIN", ErrMalformed)
	}
	if binLen > rest-8 {
		return 0, fmt.Errorf("%w: GLB BIN chunk of %d bytes past the end of the file", ErrMalformed, binLen)
	}
	return int(binLen), nil
}

// Encode writes the avatar as GLB, with its extensions as they stand and
// its buffer repacked so that nothing unreferenced is carried along.
func (a *Avatar) Encode() ([]byte, error) {
	if err := a.storeExtensions(); err != nil {
		return nil, err
	}
	if err := a.repack(); err != nil {
		return nil, fmt.Errorf("repack buffers: %w", err)
	}
	a.Doc.ExtensionsUsed = a.extensionsUsed()
	var buf bytes.Buffer
	enc := gltf.NewEncoder(&buf)
	enc.AsBinary = true
	if err := enc.Encode(a.Doc); err != nil {
		return nil, fmt.Errorf("encode GLB: %w", err)
	}
	return buf.Bytes(), nil
}

// rawExt returns an extension of an object as raw JSON, or nil.
func rawExt(ext gltf.Extensions, name string) json.RawMessage {
	if ext == nil {
		return nil
	}
	switch v := ext[name].(type) {
	case json.RawMessage:
		return v
	case []byte:
		return v
	case nil:
		return nil
	default:
		b, err := json.Marshal(v)
		if err != nil {
			return nil
		}
		return b
	}
}

// setExt sets (or with nil, deletes) an extension of an object.
func setExt(ext *gltf.Extensions, name string, v any) error {
	if v == nil {
		if *ext != nil {
			delete(*ext, name)
			if len(*ext) == 0 {
				*ext = nil
			}
		}
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", name, err)
	}
	if *ext == nil {
		*ext = gltf.Extensions{}
	}
	(*ext)[name] = json.RawMessage(b)
	return nil
}

// extensionsUsed lists the extensions the document actually uses, so a
// stripped feature does not linger in extensionsUsed (the validator flags
// a declared, unused extension).
func (a *Avatar) extensionsUsed() []string {
	seen := map[string]bool{}
	add := func(ext gltf.Extensions) {
		for k := range ext {
			seen[k] = true
		}
	}
	d := a.Doc
	add(d.Extensions)
	for _, n := range d.Nodes {
		add(n.Extensions)
	}
	for _, m := range d.Materials {
		add(m.Extensions)
		if p := m.PBRMetallicRoughness; p != nil {
			if p.BaseColorTexture != nil {
				add(p.BaseColorTexture.Extensions)
			}
			if p.MetallicRoughnessTexture != nil {
				add(p.MetallicRoughnessTexture.Extensions)
			}
		}
		if m.NormalTexture != nil {
			add(m.NormalTexture.Extensions)
		}
		if m.OcclusionTexture != nil {
			add(m.OcclusionTexture.Extensions)
		}
		if m.EmissiveTexture != nil {
			add(m.EmissiveTexture.Extensions)
		}
	}
	for _, m := range d.Meshes {
		add(m.Extensions)
		for _, p := range m.Primitives {
			add(p.Extensions)
		}
	}
	for _, t := range d.Textures {
		add(t.Extensions)
	}
	var out []string
	for _, k := range d.ExtensionsUsed {
		// An extension this package manages is declared only where it is
		// seen; any other may sit inside an extension's own JSON
		// (KHR_texture_transform inside MToon's textures), so it stays.
		if seen[k] || !managed(k) {
			out = append(out, k)
			delete(seen, k)
		}
	}
	return append(out, sortedKeys(seen)...)
}

// managed says whether an extension appears only on the objects
// extensionsUsed walks.
func managed(ext string) bool {
	switch ext {
	case ExtVRM0, ExtVRM1, ExtSpringBone, ExtConstraint, ExtMToon, ExtUnlit:
		return true
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
