package vrm_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/qmuntal/gltf"
)

// The attacker's files: each is small, valid enough to pass a naive
// reader, and built to make the node spend memory or time out of
// proportion to its size.

// Many nodes showing one mesh and a blend shape group binding it many
// times: converted naively, binds × nodes would run into millions.
func TestBindsTimesNodesStayBounded(t *testing.T) {
	a := humanoid(t, sample.Options{VRM0: true, Detail: 1, TextureSize: 8})
	for i := 0; i < 2000; i++ {
		a.Doc.Nodes = append(a.Doc.Nodes, &gltf.Node{Mesh: gltf.Index(0)})
	}
	g := &a.VRM0.BlendShapeMaster.BlendShapeGroups[0]
	for i := 0; i < 1000; i++ {
		g.Binds = append(g.Binds, vrm.BlendShapeBind0{Mesh: 0, Index: 0, Weight: 100})
	}
	a = reencode(t, a)
	start := time.Now()
	r, err := a.ConvertTo(vrm.FormatVRM1)
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("conversion took %v", time.Since(start))
	}
	for _, x := range a.VRM1.Expressions.Preset {
		if len(x.MorphTargetBinds) > 4096 {
			t.Fatalf("an expression holds %d binds", len(x.MorphTargetBinds))
		}
	}
	if !strings.Contains(strings.Join(r.Dropped, "\n"), "exceed") {
		t.Errorf("the dropped expression is not reported: %v", r.Dropped)
	}
}

// A spring bone group naming its root thousands of times: counting
// each root's subtree again would be quadratic.
func TestSpringRootsBounded(t *testing.T) {
	a := humanoid(t, sample.Options{VRM0: true, Detail: 1, TextureSize: 8})
	g := &a.VRM0.SecondaryAnimation.BoneGroups[0]
	for len(g.Bones) < 2000 {
		g.Bones = append(g.Bones, g.Bones[0])
	}
	b, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vrm.Decode(b, vrm.Limits{}); !errors.Is(err, vrm.ErrTooLarge) {
		t.Errorf("2000 root bones in one group: %v, want ErrTooLarge", err)
	}
	g.Bones = g.Bones[:500]
	b, _ = a.Encode()
	a, err = vrm.Decode(b, vrm.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if n := a.Describe().SpringJoints; n != 3 {
		t.Errorf("500 mentions of one 3-bone chain sway %d bones, want 3", n)
	}
}

// Index accessors without a buffer view are zeros of any count: a few
// hundred bytes asking for gigabytes.
func TestZeroAccessorsBounded(t *testing.T) {
	bin := make([]byte, 36)
	prim := `{"attributes":{"POSITION":0},"indices":1}`
	doc := `{"asset":{"version":"2.0"},"buffers":[{"byteLength":36}],"bufferViews":[{"buffer":0,"byteLength":36}],` +
		`"accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3"},{"componentType":5121,"count":67108864,"type":"SCALAR"}],` +
		`"meshes":[{"primitives":[` + strings.Repeat(prim+",", 7) + prim + `]}]}`
	start := time.Now()
	if _, err := vrm.Decode(glb(doc, bin), vrm.Limits{}); !errors.Is(err, vrm.ErrMalformed) && !errors.Is(err, vrm.ErrTooLarge) {
		t.Errorf("indices of 64 Mi zeros: %v, want a refusal", err)
	}
	// Many accessors over one view materialise its bytes many times.
	acc := `{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3"}`
	many := `{"asset":{"version":"2.0"},"buffers":[{"byteLength":36}],"bufferViews":[{"buffer":0,"byteLength":36}],"accessors":[` +
		strings.Repeat(acc+",", 999) + acc + `]}`
	if _, err := vrm.Decode(glb(many, bin), vrm.Limits{MaxBytes: 4096}); !errors.Is(err, vrm.ErrTooLarge) {
		t.Errorf("1000 accessors over one view: %v, want ErrTooLarge", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("refusing took %v", time.Since(start))
	}
}

// A signed-byte scalar attribute: no glTF attribute is one, and the
// glTF library writes one past its end.
func TestByteScalarAttributeRefused(t *testing.T) {
	doc := `{"asset":{"version":"2.0"},"buffers":[{"byteLength":48}],"bufferViews":[{"buffer":0,"byteLength":36},{"buffer":0,"byteOffset":36,"byteLength":12}],` +
		`"accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3"},{"bufferView":1,"componentType":5120,"count":3,"type":"SCALAR"}],` +
		`"meshes":[{"primitives":[{"attributes":{"POSITION":0,"_X":1}}]}]}`
	if _, err := vrm.Decode(glb(doc, make([]byte, 48)), vrm.Limits{}); !errors.Is(err, vrm.ErrMalformed) {
		t.Errorf("BYTE scalar attribute: %v, want ErrMalformed", err)
	}
}
