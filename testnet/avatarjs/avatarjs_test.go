package avatarjs_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/testnet/avatarjs"
)

// vectors are three VRM 1.0 samples of the VRM consortium's specification
// repository, from ../shared/vectors/vrm (its README says which).
const vectors = "../../../shared/vectors/vrm"

func vectorFiles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(vectors, "*.vrm"))
	if len(files) != 3 {
		t.Fatalf("want the 3 VRM samples in %s, found %d", vectors, len(files))
	}
	return files
}

func setup(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("starts Node.js processes")
	}
	avatarjs.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// glb is a GLB file taken apart: its JSON, decoded, and its BIN chunk.
type glb struct {
	JSON map[string]any
	Bin  []byte
}

func readGLB(t *testing.T, file string) glb {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 20 || binary.LittleEndian.Uint32(b) != 0x46546c67 {
		t.Fatalf("%s is not a GLB", file)
	}
	n := binary.LittleEndian.Uint32(b[12:])
	var g glb
	if err := json.Unmarshal(b[20:20+n], &g.JSON); err != nil {
		t.Fatalf("%s: JSON chunk: %v", file, err)
	}
	if rest := b[20+n:]; len(rest) >= 8 {
		g.Bin = bytes.Clone(rest[8 : 8+binary.LittleEndian.Uint32(rest)])
	}
	return g
}

func (g glb) bytes(t *testing.T) []byte {
	t.Helper()
	js, err := json.Marshal(g.JSON)
	if err != nil {
		t.Fatal(err)
	}
	for len(js)%4 != 0 {
		js = append(js, ' ')
	}
	bin := g.Bin
	for len(bin)%4 != 0 {
		bin = append(bin, 0)
	}
	var b []byte
	b = binary.LittleEndian.AppendUint32(b, 0x46546c67)
	b = binary.LittleEndian.AppendUint32(b, 2)
	b = binary.LittleEndian.AppendUint32(b, uint32(12+8+len(js)+8+len(bin)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(js)))
	b = binary.LittleEndian.AppendUint32(b, 0x4e4f534a) // JSON
	b = append(b, js...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(bin)))
	b = binary.LittleEndian.AppendUint32(b, 0x004e4942) // BIN
	return append(b, bin...)
}

func (g glb) write(t *testing.T, name string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, g.bytes(t), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

func list(v any) []any            { l, _ := v.([]any); return l }
func object(v any) map[string]any { m, _ := v.(map[string]any); return m }

// index is a glTF index, as decoded (float64) or as set by a test (int).
func index(v any) int {
	switch v := v.(type) {
	case float64:
		return int(v)
	case int:
		return v
	}
	return -1
}

// declared is what a VRM 1.0 file's VRMC_vrm says, to hold three-vrm's
// answer against: its human bones with their nodes' names, its
// expressions, its meta's name, and the triangles of the meshes its scene
// uses.
type declared struct {
	Bones       map[string]string
	Expressions []string
	Name        string
	Triangles   int
}

func declaredIn(t *testing.T, g glb) declared {
	t.Helper()
	vrm := object(object(g.JSON["extensions"])["VRMC_vrm"])
	if vrm == nil {
		t.Fatal("no VRMC_vrm extension")
	}
	nodes := list(g.JSON["nodes"])
	d := declared{Bones: map[string]string{}, Name: object(vrm["meta"])["name"].(string)}
	for bone, b := range object(object(vrm["humanoid"])["humanBones"]) {
		d.Bones[bone] = object(nodes[index(object(b)["node"])])["name"].(string)
	}
	for _, kind := range []string{"preset", "custom"} {
		for name := range object(object(vrm["expressions"])[kind]) {
			d.Expressions = append(d.Expressions, name)
		}
	}
	slices.Sort(d.Expressions)
	meshes := map[int]bool{}
	for _, n := range nodes {
		if m, ok := object(n)["mesh"]; ok {
			meshes[index(m)] = true
		}
	}
	accessors := list(g.JSON["accessors"])
	for m := range meshes {
		for _, p := range list(object(list(g.JSON["meshes"])[m])["primitives"]) {
			p := object(p)
			a := p["indices"]
			if a == nil {
				a = object(p["attributes"])["POSITION"]
			}
			d.Triangles += index(object(accessors[index(a)])["count"]) / 3
		}
	}
	return d
}

// The Khronos validator finds no error in the samples; it does not know
// VRMC_vrm, and says so.
func TestValidateVectors(t *testing.T) {
	ctx := setup(t)
	for _, f := range vectorFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, err := avatarjs.Validate(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("gltf-validator %s: %d errors, %d warnings, %d infos, %d hints; unsupported %v",
				r.ValidatorVersion, r.Errors, r.Warnings, r.Infos, r.Hints, r.UnsupportedExtensions)
			if r.Errors != 0 {
				t.Fatalf("%d errors: %+v", r.Errors, r.Messages)
			}
			if !slices.Contains(r.UnsupportedExtensions, "VRMC_vrm") {
				t.Errorf("unsupported extensions %v, want VRMC_vrm among them", r.UnsupportedExtensions)
			}
		})
	}
}

// three-vrm loads each sample as VRM 1.0 with the bones, expressions, meta
// and triangles its VRMC_vrm declares, and decodes its textures.
func TestLoadVRMVectors(t *testing.T) {
	ctx := setup(t)
	for _, f := range vectorFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			want := declaredIn(t, readGLB(t, f))
			l, err := avatarjs.LoadVRM(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("VRM %s: %d bones, expressions %v, %d spring joints, %d meshes, %d primitives, %d triangles, %d textures",
				l.MetaVersion, len(l.HumanBones), l.Expressions, l.SpringJoints, l.Meshes, l.Primitives, l.Triangles, l.Textures)
			if l.MetaVersion != "1" {
				t.Errorf("metaVersion %q, want 1", l.MetaVersion)
			}
			if l.HumanBones["hips"] == "" {
				t.Errorf("no hips bone in %v", l.HumanBones)
			}
			if !mapsEqual(l.HumanBones, want.Bones) {
				t.Errorf("human bones %v, VRMC_vrm declares %v", l.HumanBones, want.Bones)
			}
			got := slices.Sorted(slices.Values(l.Expressions))
			if !slices.Equal(got, want.Expressions) {
				t.Errorf("expressions %v, VRMC_vrm declares %v", got, want.Expressions)
			}
			// VRMC_materials_mtoon_UV_Animation_Test declares none.
			if len(want.Expressions) > 0 && len(l.Expressions) == 0 {
				t.Error("no expression")
			}
			if l.Triangles != want.Triangles || l.Triangles == 0 {
				t.Errorf("%d triangles, the file's meshes have %d", l.Triangles, want.Triangles)
			}
			if l.Textures == 0 {
				t.Error("no texture decoded")
			}
			if l.Meta["name"] != want.Name || l.Meta["metaVersion"] != "1" {
				t.Errorf("meta %v, want name %q", l.Meta, want.Name)
			}
		})
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// A sample cut in half is invalid to the validator and does not load in
// three-vrm; so is a sample whose first image has damaged bytes, which only
// the loader sees (the validator reads an image's header, not its pixels).
// One byte short, only the validator sees it: the byte is padding, which
// three.js does not check.
func TestBrokenFiles(t *testing.T) {
	ctx := setup(t)
	for _, f := range vectorFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			half := filepath.Join(dir, "half.vrm")
			short := filepath.Join(dir, "short.vrm")
			_ = os.WriteFile(half, b[:len(b)/2], 0o644)
			_ = os.WriteFile(short, b[:len(b)-1], 0o644)

			for _, file := range []string{half, short} {
				r, err := avatarjs.Validate(ctx, file)
				if err != nil {
					t.Fatal(err)
				}
				if r.Errors == 0 {
					t.Errorf("%s: validator found no error", filepath.Base(file))
				} else {
					t.Logf("%s: %d errors, first %s", filepath.Base(file), r.Errors, r.Messages[0].Code)
				}
			}
			_, err = avatarjs.LoadVRM(ctx, half)
			var e *avatarjs.Error
			if !errors.As(err, &e) {
				t.Fatalf("half a file loads: %v", err)
			}
			t.Logf("half: %s", strings.TrimSpace(e.Stderr))

			g := readGLB(t, f)
			img := object(list(g.JSON["images"])[0])
			bv := object(list(g.JSON["bufferViews"])[index(img["bufferView"])])
			mid := index(bv["byteOffset"]) + index(bv["byteLength"])/2
			for i := mid; i < mid+16; i++ {
				g.Bin[i] ^= 0xff
			}
			_, err = avatarjs.LoadVRM(ctx, g.write(t, "damaged.vrm"))
			if !errors.As(err, &e) || !strings.Contains(e.Stderr, "do not decode") {
				t.Fatalf("a damaged image loads: %v", err)
			}
		})
	}
}

// A glTF without a VRM extension is valid, and not a VRM to three-vrm.
func TestNotAVRM(t *testing.T) {
	ctx := setup(t)
	g := readGLB(t, vectorFiles(t)[0])
	delete(object(g.JSON["extensions"]), "VRMC_vrm")
	g.JSON["extensionsUsed"] = slices.DeleteFunc(list(g.JSON["extensionsUsed"]), func(e any) bool { return e == "VRMC_vrm" })
	file := g.write(t, "plain.glb")
	if r, err := avatarjs.Validate(ctx, file); err != nil || r.Errors != 0 {
		t.Fatalf("Validate: %+v, %v", r, err)
	}
	_, err := avatarjs.LoadVRM(ctx, file)
	var e *avatarjs.Error
	if !errors.As(err, &e) || !strings.Contains(e.Stderr, "not a VRM") {
		t.Fatalf("LoadVRM of a plain glTF: %v", err)
	}
}

// vrm0 rewrites a VRM 1.0 sample as VRM 0.x: the VRM extension with the
// same bones (VRM 0.x's thumb names), joy and blink blend shapes, and one
// spring bone group from the hips.
func vrm0(t *testing.T, g glb) glb {
	t.Helper()
	exts := object(g.JSON["extensions"])
	v1 := object(exts["VRMC_vrm"])
	delete(exts, "VRMC_vrm")
	used := slices.DeleteFunc(list(g.JSON["extensionsUsed"]), func(e any) bool { return e == "VRMC_vrm" })
	g.JSON["extensionsUsed"] = append(used, "VRM")
	rename := map[string]string{
		"leftThumbMetacarpal": "leftThumbProximal", "leftThumbProximal": "leftThumbIntermediate",
		"rightThumbMetacarpal": "rightThumbProximal", "rightThumbProximal": "rightThumbIntermediate",
	}
	var bones []any
	humanBones := object(object(v1["humanoid"])["humanBones"])
	for bone, b := range humanBones {
		if r, ok := rename[bone]; ok {
			bone = r
		}
		bones = append(bones, map[string]any{"bone": bone, "node": object(b)["node"], "useDefaultValues": true})
	}
	group := func(name, preset string) map[string]any {
		return map[string]any{"name": name, "presetName": preset, "binds": []any{}, "materialValues": []any{}}
	}
	exts["VRM"] = map[string]any{
		"exporterVersion": "mifm-avatarjs-test",
		"specVersion":     "0.0",
		"meta": map[string]any{
			"title": "converted", "version": "1", "author": "mifm", "licenseName": "CC0",
			"allowedUserName": "Everyone", "violentUssageName": "Disallow", "sexualUssageName": "Disallow", "commercialUssageName": "Allow",
		},
		"humanoid":         map[string]any{"humanBones": bones},
		"blendShapeMaster": map[string]any{"blendShapeGroups": []any{group("Joy", "joy"), group("Blink", "blink")}},
		"secondaryAnimation": map[string]any{
			"boneGroups": []any{map[string]any{
				"stiffiness": 1, "gravityPower": 0, "gravityDir": map[string]any{"x": 0, "y": -1, "z": 0},
				"dragForce": 0.4, "center": -1, "hitRadius": 0.02, "colliderGroups": []any{},
				"bones": []any{object(humanBones["hips"])["node"]},
			}},
			"colliderGroups": []any{},
		},
		"materialProperties": []any{},
	}
	return g
}

// three-vrm loads VRM 0.x too, renaming its bones and presets to VRM 1.0's.
func TestLoadVRM0(t *testing.T) {
	ctx := setup(t)
	for _, f := range vectorFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			g := readGLB(t, f)
			want := declaredIn(t, g)
			file := vrm0(t, g).write(t, "vrm0.vrm")
			r, err := avatarjs.Validate(ctx, file)
			if err != nil || r.Errors != 0 {
				t.Fatalf("Validate: %+v, %v", r, err)
			}
			l, err := avatarjs.LoadVRM(ctx, file)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("VRM %s: %d bones, expressions %v, %d spring joints", l.MetaVersion, len(l.HumanBones), l.Expressions, l.SpringJoints)
			if l.MetaVersion != "0" || l.Meta["title"] != "converted" || l.Meta["licenseName"] != "CC0" {
				t.Errorf("metaVersion %q, meta %v", l.MetaVersion, l.Meta)
			}
			if !mapsEqual(l.HumanBones, want.Bones) {
				t.Errorf("human bones %v, want %v", l.HumanBones, want.Bones)
			}
			if !slices.Contains(l.Expressions, "happy") || !slices.Contains(l.Expressions, "blink") {
				t.Errorf("expressions %v, want happy (joy) and blink", l.Expressions)
			}
			if l.SpringJoints == 0 {
				t.Error("no spring joint")
			}
		})
	}
}

// withSphere adds a UV sphere of segments × rings to a sample, as a node of
// its scene: the samples' meshes are quads, which nothing simplifies.
func withSphere(t *testing.T, g glb, segments, rings int) (glb, int) {
	t.Helper()
	const radius = 0.25
	var pos, nrm []float32
	add := func(x, y, z float64) {
		pos = append(pos, float32(radius*x), float32(radius*y), float32(radius*z))
		nrm = append(nrm, float32(x), float32(y), float32(z))
	}
	add(0, 1, 0)
	for r := 1; r < rings; r++ {
		phi := math.Pi * float64(r) / float64(rings)
		for s := range segments {
			theta := 2 * math.Pi * float64(s) / float64(segments)
			add(math.Sin(phi)*math.Cos(theta), math.Cos(phi), math.Sin(phi)*math.Sin(theta))
		}
	}
	add(0, -1, 0)
	south := len(pos)/3 - 1
	ring := func(r, s int) int { return 1 + (r-1)*segments + s%segments }
	var idx []uint16
	tri := func(a, b, c int) { idx = append(idx, uint16(a), uint16(b), uint16(c)) }
	for s := range segments {
		tri(0, ring(1, s+1), ring(1, s))
		tri(south, ring(rings-1, s), ring(rings-1, s+1))
		for r := 1; r < rings-1; r++ {
			tri(ring(r, s), ring(r, s+1), ring(r+1, s))
			tri(ring(r, s+1), ring(r+1, s+1), ring(r+1, s))
		}
	}
	views := list(g.JSON["bufferViews"])
	accessors := list(g.JSON["accessors"])
	view := func(data any, target int) int {
		for len(g.Bin)%4 != 0 {
			g.Bin = append(g.Bin, 0)
		}
		off := len(g.Bin)
		g.Bin, _ = binary.Append(g.Bin, binary.LittleEndian, data)
		views = append(views, map[string]any{"buffer": 0, "byteOffset": off, "byteLength": len(g.Bin) - off, "target": target})
		return len(views) - 1
	}
	accessor := func(a map[string]any) int {
		accessors = append(accessors, a)
		return len(accessors) - 1
	}
	vertices := len(pos) / 3
	p := accessor(map[string]any{"bufferView": view(pos, 34962), "componentType": 5126, "count": vertices, "type": "VEC3",
		"min": []float64{-radius, -radius, -radius}, "max": []float64{radius, radius, radius}})
	n := accessor(map[string]any{"bufferView": view(nrm, 34962), "componentType": 5126, "count": vertices, "type": "VEC3"})
	i := accessor(map[string]any{"bufferView": view(idx, 34963), "componentType": 5123, "count": len(idx), "type": "SCALAR"})
	g.JSON["bufferViews"], g.JSON["accessors"] = views, accessors
	object(list(g.JSON["buffers"])[0])["byteLength"] = len(g.Bin)
	meshes := append(list(g.JSON["meshes"]), map[string]any{"name": "Sphere", "primitives": []any{map[string]any{
		"attributes": map[string]any{"POSITION": p, "NORMAL": n}, "indices": i}}})
	g.JSON["meshes"] = meshes
	nodes := append(list(g.JSON["nodes"]), map[string]any{"name": "Sphere", "mesh": len(meshes) - 1, "translation": []float64{0, 1.5, 0}})
	g.JSON["nodes"] = nodes
	scene := object(list(g.JSON["scenes"])[index(g.JSON["scene"])])
	scene["nodes"] = append(list(scene["nodes"]), len(nodes)-1)
	return g, len(idx) / 3
}

// The samples' meshes are single quads: simplify runs on them and keeps
// them. A sample with a dense sphere added is still a valid VRM, and
// simplify at ratio 0.5 takes triangles off it, into a valid GLB.
func TestSimplify(t *testing.T) {
	ctx := setup(t)
	for _, f := range vectorFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			s, err := avatarjs.Simplify(ctx, avatarjs.SimplifyRequest{File: f, Ratio: 0.5, Error: 0.01})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("sample: %d -> %d triangles in %v, %d -> %d bytes", s.TrianglesBefore, s.TrianglesAfter, s.Duration(), s.BytesBefore, s.BytesAfter)
			if s.TrianglesBefore == 0 || s.TrianglesAfter > s.TrianglesBefore || s.BytesBefore == 0 || s.BytesAfter == 0 {
				t.Errorf("%+v", s)
			}

			g, sphere := withSphere(t, readGLB(t, f), 64, 32)
			dense := g.write(t, "dense.vrm")
			r, err := avatarjs.Validate(ctx, dense)
			if err != nil || r.Errors != 0 {
				t.Fatalf("Validate: %+v, %v", r, err)
			}
			l, err := avatarjs.LoadVRM(ctx, dense)
			if err != nil {
				t.Fatal(err)
			}
			if want := declaredIn(t, g).Triangles; l.Triangles != want || l.Triangles < sphere {
				t.Fatalf("three-vrm counts %d triangles, want %d", l.Triangles, want)
			}
			out := filepath.Join(t.TempDir(), "simplified.glb")
			s, err = avatarjs.Simplify(ctx, avatarjs.SimplifyRequest{File: dense, Ratio: 0.5, Error: 0.01, Out: out})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("with a %d-triangle sphere: %d -> %d triangles in %v, %d -> %d bytes", sphere, s.TrianglesBefore, s.TrianglesAfter, s.Duration(), s.BytesBefore, s.BytesAfter)
			if s.TrianglesBefore != l.Triangles || s.TrianglesAfter >= s.TrianglesBefore || s.MS <= 0 {
				t.Errorf("%+v, three-vrm counted %d triangles", s, l.Triangles)
			}
			if fi, err := os.Stat(out); err != nil || fi.Size() != s.BytesAfter {
				t.Fatalf("out: %v, %v, want %d bytes", fi, err, s.BytesAfter)
			}
			if r, err := avatarjs.Validate(ctx, out); err != nil || r.Errors != 0 {
				t.Fatalf("Validate of the output: %+v, %v", r, err)
			}
		})
	}
}
