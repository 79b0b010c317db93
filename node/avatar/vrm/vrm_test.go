package vrm_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/simplify"
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/qmuntal/gltf"
	"github.com/qmuntal/gltf/modeler"
)

// vectors reads the VRM 1.0 samples of vrm-c/vrm-specification (see
// shared/vectors/vrm/README.md).
func vectors(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("../../../../shared/vectors/vrm/*.vrm")
	if err != nil || len(files) == 0 {
		t.Fatalf("no VRM vectors: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = b
	}
	return out
}

func humanoid(t testing.TB, o sample.Options) *vrm.Avatar {
	t.Helper()
	b, err := sample.Humanoid(o)
	if err != nil {
		t.Fatal(err)
	}
	a, err := vrm.Decode(b, vrm.Limits{})
	if err != nil {
		t.Fatalf("decode the sample: %v", err)
	}
	return a
}

// reencode writes and reads back an avatar, so a test sees what a
// receiver of the file would.
func reencode(t testing.TB, a *vrm.Avatar) *vrm.Avatar {
	t.Helper()
	b, err := a.Encode()
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	back, err := vrm.Decode(b, vrm.Limits{})
	if err != nil {
		t.Fatalf("decode what Encode wrote: %v", err)
	}
	return back
}

func TestDecodeVectors(t *testing.T) {
	want := map[string]struct {
		triangles, bones int
		expressions      []string
		features         []string
	}{
		"VRMC_materials_mtoon_UV_Animation_Test.vrm":   {6, 53, nil, []string{"mtoon"}},
		"VRMC_vrm_expressions_isBinary_Overridden.vrm": {8, 22, []string{"blink", "happy"}, nil},
		"VRMC_vrm_expressions_isBinary_Overrides.vrm":  {8, 22, []string{"blink", "happy"}, nil},
	}
	for name, b := range vectors(t) {
		a, err := vrm.Decode(b, vrm.Limits{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		d := a.Describe()
		w := want[name]
		if d.Format != vrm.FormatVRM1 || d.Triangles != w.triangles || len(d.HumanBones) != w.bones ||
			!slices.Equal(d.Expressions, w.expressions) || !slices.Equal(d.Features, w.features) {
			t.Errorf("%s: got %s, %d triangles, %d bones, expressions %v, features %v; want %+v", name, d.Format, d.Triangles, len(d.HumanBones), d.Expressions, d.Features, w)
		}
		if d.HumanBones["hips"] == "" || d.License.Modification != vrm.ModificationRedistributed || !d.License.AllowRedistribution {
			t.Errorf("%s: hips %q, licence %+v", name, d.HumanBones["hips"], d.License)
		}
		// A file mifm did not write survives a write and read unchanged
		// in what it describes.
		if got := reencode(t, a).Describe(); !reflect.DeepEqual(withoutBytes(got), withoutBytes(d)) {
			t.Errorf("%s: re-encoded description differs:\n got %+v\nwant %+v", name, got, d)
		}
	}
}

func withoutBytes(d vrm.Description) vrm.Description {
	d.Textures = nil
	return d
}

func positions(t testing.TB, a *vrm.Avatar, mesh int) [][3]float32 {
	t.Helper()
	p := a.Doc.Meshes[mesh].Primitives[0]
	pos, err := modeler.ReadPosition(a.Doc, a.Doc.Accessors[p.Attributes[gltf.POSITION]], nil)
	if err != nil {
		t.Fatal(err)
	}
	return pos
}

func nodeByName(a *vrm.Avatar, name string) *gltf.Node {
	for _, n := range a.Doc.Nodes {
		if n.Name == name {
			return n
		}
	}
	return nil
}

func near(a, b [3]float32) bool {
	for i := range a {
		if math.Abs(float64(a[i]-b[i])) > 1e-6 {
			return false
		}
	}
	return true
}

// The sample writes 0.x and 1.0 natively, each facing its own way, so a
// conversion must give exactly what the other writer gives: same vertex
// positions, bone positions and bind matrices, same bones and expressions.
func TestConvertMatchesNativeWriter(t *testing.T) {
	for _, tc := range []struct {
		from, to bool // VRM0?
		format   vrm.Format
	}{{true, false, vrm.FormatVRM1}, {false, true, vrm.FormatVRM0}} {
		got := humanoid(t, sample.Options{VRM0: tc.from})
		want := humanoid(t, sample.Options{VRM0: tc.to})
		report, err := got.ConvertTo(tc.format)
		if err != nil {
			t.Fatalf("convert to %s: %v", tc.format, err)
		}
		if len(report.Changed) == 0 {
			t.Errorf("convert to %s reported no change", tc.format)
		}
		got = reencode(t, got)
		if got.Format != tc.format {
			t.Fatalf("format %s, want %s", got.Format, tc.format)
		}
		gp, wp := positions(t, got, 0), positions(t, want, 0)
		if len(gp) != len(wp) {
			t.Fatalf("%d vertices, want %d", len(gp), len(wp))
		}
		for i := range gp {
			if !near(gp[i], wp[i]) {
				t.Fatalf("to %s: vertex %d at %v, the native writer puts it at %v", tc.format, i, gp[i], wp[i])
			}
		}
		for _, name := range []string{"Hips", "LeftUpperArm", "LeftThumbProximal", "Hair2"} {
			g, w := nodeByName(got, name), nodeByName(want, name)
			if g.Translation != w.Translation {
				t.Errorf("to %s: node %s at %v, want %v", tc.format, name, g.Translation, w.Translation)
			}
		}
		gd, wd := got.Describe(), want.Describe()
		if !reflect.DeepEqual(gd.HumanBones, wd.HumanBones) || !slices.Equal(gd.Expressions, wd.Expressions) || !slices.Equal(gd.Features, wd.Features) {
			t.Errorf("to %s: bones %v expressions %v features %v; want %v %v %v", tc.format, gd.HumanBones, gd.Expressions, gd.Features, wd.HumanBones, wd.Expressions, wd.Features)
		}
		if gd.License.Modification != wd.License.Modification || gd.License.AllowRedistribution != wd.License.AllowRedistribution || gd.License.CommercialUsage != wd.License.CommercialUsage {
			t.Errorf("to %s: licence %+v, want %+v", tc.format, gd.License, wd.License)
		}
		ibm := func(a *vrm.Avatar) [][4][4]float32 {
			m, err := modeler.ReadInverseBindMatrices(a.Doc, a.Doc.Accessors[*a.Doc.Skins[0].InverseBindMatrices], nil)
			if err != nil {
				t.Fatal(err)
			}
			return m
		}
		if g, w := ibm(got), ibm(want); !reflect.DeepEqual(g, w) {
			t.Errorf("to %s: inverse bind matrices differ: %v, want %v", tc.format, g[1], w[1])
		}
	}
}

func TestConvertSpringBones(t *testing.T) {
	a := humanoid(t, sample.Options{VRM0: true})
	if _, err := a.ConvertTo(vrm.FormatVRM1); err != nil {
		t.Fatal(err)
	}
	a = reencode(t, a)
	if a.Spring == nil || len(a.Spring.Springs) != 1 {
		t.Fatalf("springs: %+v", a.Spring)
	}
	var names []string
	for _, j := range a.Spring.Springs[0].Joints {
		names = append(names, a.Doc.Nodes[j.Node].Name)
		if !slices.Equal(j.GravityDir, []float64{0, -1, 0}) || j.Stiffness != 1 || j.DragForce != 0.4 {
			t.Errorf("joint %s: %+v", a.Doc.Nodes[j.Node].Name, j)
		}
	}
	// The 0.x chain's virtual end becomes a node, as UniVRM's migration
	// makes it.
	if want := []string{"Hair1", "Hair2", "Hair3", "Hair3_end"}; !slices.Equal(names, want) {
		t.Errorf("joints %v, want %v", names, want)
	}
	c := a.Spring.Colliders[0]
	if c.Shape.Sphere == nil || !slices.Equal(c.Shape.Sphere.Offset, []float64{-0, 0.1, 0}) || c.Shape.Sphere.Radius != 0.12 {
		t.Errorf("collider %+v", c.Shape.Sphere)
	}
}

// 0.x → 1.0 → 0.x gives back the same bone mapping (0.x thumb names
// included) and, as half a turn twice is exact, the same vertices.
func TestRoundTripKeepsBoneMapping(t *testing.T) {
	orig := humanoid(t, sample.Options{VRM0: true})
	a := humanoid(t, sample.Options{VRM0: true})
	for _, f := range []vrm.Format{vrm.FormatVRM1, vrm.FormatVRM0} {
		if _, err := a.ConvertTo(f); err != nil {
			t.Fatalf("convert to %s: %v", f, err)
		}
		a = reencode(t, a)
	}
	bones := func(a *vrm.Avatar) map[string]string {
		m := map[string]string{}
		for _, b := range a.VRM0.Humanoid.HumanBones {
			m[b.Bone] = a.Doc.Nodes[b.Node].Name
		}
		return m
	}
	if g, w := bones(a), bones(orig); !reflect.DeepEqual(g, w) {
		t.Errorf("bones after a round trip: %v, want %v", g, w)
	}
	if bones(a)["leftThumbIntermediate"] != "LeftThumbProximal" {
		t.Errorf("0.x thumb naming lost: %v", bones(a))
	}
	if !reflect.DeepEqual(positions(t, a, 0), positions(t, orig, 0)) {
		t.Error("vertices moved in a round trip")
	}
	var groups []string
	for _, g := range a.VRM0.BlendShapeMaster.BlendShapeGroups {
		groups = append(groups, g.PresetName)
		if len(g.Binds) != 1 || g.Binds[0].Weight != 100 {
			t.Errorf("group %s binds %+v", g.PresetName, g.Binds)
		}
	}
	slices.Sort(groups)
	if want := []string{"a", "blink", "joy"}; !slices.Equal(groups, want) {
		t.Errorf("blend shape groups %v, want %v", groups, want)
	}
	if got := a.VRM0.Meta.LicenseName; got != "CC_BY" {
		t.Errorf("licence %q after a round trip, want CC_BY", got)
	}
}

func TestConvertRefusals(t *testing.T) {
	a := humanoid(t, sample.Options{})
	delete(a.VRM1.Humanoid.HumanBones, "chest")
	_, err := a.ConvertTo(vrm.FormatVRM0)
	if !errors.Is(err, vrm.ErrUnreachable) || !strings.Contains(err.Error(), "chest") {
		t.Errorf("1.0 without chest to 0.x: %v, want ErrUnreachable naming chest", err)
	}
	if a.Format != vrm.FormatVRM1 {
		t.Error("a refused conversion changed the avatar")
	}
	g := humanoid(t, sample.Options{})
	g.ConvertTo(vrm.FormatGLTF)
	if _, err := g.ConvertTo(vrm.FormatVRM1); !errors.Is(err, vrm.ErrUnreachable) {
		t.Errorf("plain glTF to VRM 1.0: %v, want ErrUnreachable", err)
	}
	if _, err := g.ConvertTo("fbx"); !errors.Is(err, vrm.ErrUnsupported) {
		t.Errorf("to fbx: %v, want ErrUnsupported", err)
	}
}

// Decimation to 50%, 25% and 10% stays at or under the limit, keeps skin
// weights valid and morph targets whole, and keeps the shape: bounding
// box within 2% and a sampled Hausdorff distance within 2% of its
// diagonal.
func TestDecimate(t *testing.T) {
	orig := humanoid(t, sample.Options{Detail: 4})
	before := orig.Describe().Triangles
	origMesh := meshOf(t, orig, 0)
	lo0, hi0 := simplify.Bounds(origMesh)
	diag := dist(lo0, hi0)
	for _, share := range []float64{0.5, 0.25, 0.1} {
		a := humanoid(t, sample.Options{Detail: 4})
		limit := int(float64(before) * share)
		r, err := a.Decimate(t.Context(), limit)
		if err != nil {
			t.Fatalf("%.0f%%: %v", share*100, err)
		}
		a = reencode(t, a)
		d := a.Describe()
		if d.Triangles > limit || d.Triangles < limit*9/10 {
			t.Errorf("%.0f%%: %d triangles for a limit of %d", share*100, d.Triangles, limit)
		}
		if len(r.Changed) != 1 {
			t.Errorf("%.0f%%: report %+v", share*100, r)
		}
		p := a.Doc.Meshes[0].Primitives[0]
		if len(p.Targets) != 3 || !slices.Equal(d.Expressions, []string{"aa", "blink", "happy"}) {
			t.Errorf("%.0f%%: %d morph targets, expressions %v", share*100, len(p.Targets), d.Expressions)
		}
		joints, err := modeler.ReadJoints(a.Doc, a.Doc.Accessors[p.Attributes[gltf.JOINTS_0]], nil)
		if err != nil {
			t.Fatal(err)
		}
		weights, err := modeler.ReadWeights(a.Doc, a.Doc.Accessors[p.Attributes[gltf.WEIGHTS_0]], nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range weights {
			if s := w[0] + w[1] + w[2] + w[3]; math.Abs(float64(s)-1) > 1e-3 {
				t.Fatalf("%.0f%%: vertex %d weights sum to %v", share*100, i, s)
			}
			for _, j := range joints[i] {
				if int(j) >= len(a.Doc.Skins[0].Joints) {
					t.Fatalf("%.0f%%: vertex %d uses joint %d of %d", share*100, i, j, len(a.Doc.Skins[0].Joints))
				}
			}
		}
		m := meshOf(t, a, 0)
		lo, hi := simplify.Bounds(m)
		if dist(lo, lo0) > 0.02*diag || dist(hi, hi0) > 0.02*diag {
			t.Errorf("%.0f%%: bounds %v..%v, were %v..%v", share*100, lo, hi, lo0, hi0)
		}
		h := simplify.Hausdorff(origMesh, m, 2000)
		t.Logf("%.0f%%: %d → %d triangles, Hausdorff %.3f%% of the diagonal", share*100, before, d.Triangles, 100*h/diag)
		if h > 0.02*diag {
			t.Errorf("%.0f%%: Hausdorff distance %.4f is over 2%% of the diagonal %.4f", share*100, h, diag)
		}
	}
}

func meshOf(t testing.TB, a *vrm.Avatar, mesh int) simplify.Mesh {
	t.Helper()
	p := a.Doc.Meshes[mesh].Primitives[0]
	idx, err := modeler.ReadIndices(a.Doc, a.Doc.Accessors[*p.Indices], nil)
	if err != nil {
		t.Fatal(err)
	}
	return simplify.Mesh{Positions: positions(t, a, mesh), Indices: idx}
}

func dist(a, b [3]float32) float32 {
	var s float64
	for i := range a {
		s += float64(a[i]-b[i]) * float64(a[i]-b[i])
	}
	return float32(math.Sqrt(s))
}

func TestDecimateUnreachable(t *testing.T) {
	a := humanoid(t, sample.Options{})
	_, err := a.Decimate(t.Context(), 10)
	if !errors.Is(err, vrm.ErrUnreachable) {
		t.Errorf("decimate to 10 triangles: %v, want ErrUnreachable", err)
	}
}

func TestDownscaleTextures(t *testing.T) {
	a := humanoid(t, sample.Options{TextureSize: 1024})
	r, err := a.DownscaleTextures(t.Context(), 256)
	if err != nil || len(r.Changed) != 1 {
		t.Fatalf("downscale: %v %+v", err, r)
	}
	d := reencode(t, a).Describe()
	if d.MaxTextureSize != 256 || d.Textures[0].Width != 256 || d.Textures[0].Height != 256 {
		t.Errorf("textures after downscaling to 256: %+v", d.Textures)
	}
	// Aspect ratio is kept: the vectors' 256×128 text image becomes 64×32.
	v, err := vrm.Decode(vectors(t)["VRMC_vrm_expressions_isBinary_Overrides.vrm"], vrm.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.DownscaleTextures(t.Context(), 64); err != nil {
		t.Fatal(err)
	}
	got := reencode(t, v).Describe().Textures
	if got[1].Width != 64 || got[1].Height != 32 || got[2].Width != 64 || got[2].Height != 1 {
		t.Errorf("downscaled textures %+v", got)
	}
}

// glb assembles a GLB from a JSON chunk and a BIN chunk.
func glb(json string, bin []byte) []byte {
	for len(json)%4 != 0 {
		json += " "
	}
	var b bytes.Buffer
	total := 12 + 8 + len(json)
	if bin != nil {
		total += 8 + len(bin)
	}
	binary.Write(&b, binary.LittleEndian, []uint32{0x46546C67, 2, uint32(total), uint32(len(json)), 0x4E4F534A})
	b.WriteString(json)
	if bin != nil {
		binary.Write(&b, binary.LittleEndian, []uint32{uint32(len(bin)), 0x004E4942})
		b.Write(bin)
	}
	return b.Bytes()
}

func TestDecodeRefuses(t *testing.T) {
	tri := `"meshes":[{"primitives":[{"attributes":{"POSITION":0}%s}]}]`
	pos := `{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3"}`
	doc := func(meshExtra, accessors, views string) string {
		return `{"asset":{"version":"2.0"},"buffers":[{"byteLength":36}],"bufferViews":[` + views + `],"accessors":[` + accessors + `],` +
			strings.Replace(tri, "%s", meshExtra, 1) + `}`
	}
	good := doc("", pos, `{"buffer":0,"byteLength":36}`)
	bin := make([]byte, 36)
	if _, err := vrm.Decode(glb(good, bin), vrm.Limits{}); err != nil {
		t.Fatalf("the well-formed base case: %v", err)
	}
	big := make([]byte, 1<<10)
	copy(big, glb(good, bin))
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, vrm.ErrMalformed},
		{"not glTF", []byte("hello"), vrm.ErrMalformed},
		{"truncated", glb(good, bin)[:40], vrm.ErrMalformed},
		{"header says longer", big, vrm.ErrMalformed},
		{"BIN chunk claims 4 GiB", func() []byte {
			b := glb(good, bin)
			binary.LittleEndian.PutUint32(b[len(b)-44:], 0xFFFFFFF0)
			return b
		}(), vrm.ErrMalformed},
		{"glTF 1.0", glb(strings.Replace(good, `"2.0"`, `"1.0"`, 1), bin), vrm.ErrMalformed},
		{"accessor past its view", glb(doc("", strings.Replace(pos, `"count":3`, `"count":4000000`, 1), `{"buffer":0,"byteLength":36}`), bin), vrm.ErrMalformed},
		{"view past its buffer", glb(doc("", pos, `{"buffer":0,"byteLength":3600}`), bin), vrm.ErrMalformed},
		{"missing view", glb(doc("", pos, ``), bin), vrm.ErrMalformed},
		{"index out of range", glb(doc(`,"indices":1`, pos+`,{"bufferView":1,"componentType":5125,"count":3,"type":"SCALAR"}`, `{"buffer":0,"byteLength":24},{"buffer":0,"byteOffset":24,"byteLength":12}`), func() []byte {
			b := make([]byte, 36)
			binary.LittleEndian.PutUint32(b[32:], 7)
			return b
		}()), vrm.ErrMalformed},
		{"node cycle", glb(strings.Replace(good, `"meshes"`, `"nodes":[{"children":[1]},{"children":[0]}],"meshes"`, 1), bin), vrm.ErrMalformed},
		{"external buffer", []byte(`{"asset":{"version":"2.0"},"buffers":[{"byteLength":4,"uri":"secret.bin"}]}`), vrm.ErrUnsupported},
		{"sparse index out of range", glb(doc("", `{"componentType":5126,"count":3,"type":"VEC3","sparse":{"count":1,"indices":{"bufferView":0,"componentType":5125},"values":{"bufferView":0,"byteOffset":4}}}`, `{"buffer":0,"byteLength":36}`), func() []byte {
			b := make([]byte, 36)
			binary.LittleEndian.PutUint32(b, 99)
			return b
		}()), vrm.ErrMalformed},
		{"both VRM versions", glb(strings.Replace(good, `"meshes"`, `"extensions":{"VRM":{},"VRMC_vrm":{}},"meshes"`, 1), bin), vrm.ErrMalformed},
		{"VRM bone to a missing node", glb(strings.Replace(good, `"meshes"`, `"extensions":{"VRMC_vrm":{"specVersion":"1.0","meta":{"name":"x","authors":["x"],"licenseUrl":"u"},"humanoid":{"humanBones":{"hips":{"node":5}}}}},"meshes"`, 1), bin), vrm.ErrMalformed},
	} {
		_, err := vrm.Decode(tc.data, vrm.Limits{})
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	if _, err := vrm.Decode(glb(good, bin), vrm.Limits{MaxBytes: 64}); !errors.Is(err, vrm.ErrTooLarge) {
		t.Errorf("over MaxBytes: %v, want ErrTooLarge", err)
	}
	a := humanoid(t, sample.Options{TextureSize: 512})
	b, _ := a.Encode()
	if _, err := vrm.Decode(b, vrm.Limits{MaxImagePixels: 256 * 256}); !errors.Is(err, vrm.ErrTooLarge) {
		t.Errorf("image over MaxImagePixels: %v, want ErrTooLarge", err)
	}
}

// FuzzDecode feeds the reader malformed files: it must refuse them with
// an error, never panic, and what it accepts must write and read back.
func FuzzDecode(f *testing.F) {
	// Small seeds: the fuzzer mutates every byte of a seed, and the
	// vectors' 20-60 KB (mostly PNG) would spend its time in images.
	f.Add(glb(`{"asset":{"version":"2.0"},"buffers":[{"byteLength":36}],"bufferViews":[{"buffer":0,"byteLength":36}],"accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3"}],"meshes":[{"primitives":[{"attributes":{"POSITION":0}}]}],"nodes":[{"mesh":0}]}`, make([]byte, 36)))
	small, err := sample.Humanoid(sample.Options{Detail: 1, TextureSize: 8})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := vrm.Decode(data, vrm.Limits{MaxBytes: 1 << 20, MaxImagePixels: 1 << 16})
		if err != nil {
			if !errors.Is(err, vrm.ErrMalformed) && !errors.Is(err, vrm.ErrTooLarge) && !errors.Is(err, vrm.ErrUnsupported) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		_ = a.Describe()
		out, err := a.Encode()
		if err != nil {
			return
		}
		if _, err := vrm.Decode(out, vrm.Limits{MaxBytes: 4 << 20, MaxImagePixels: 1 << 16}); err != nil {
			t.Fatalf("Decode refuses what Encode wrote: %v", err)
		}
	})
}
