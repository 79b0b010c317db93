package avatar_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/avatar"
	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/mifm/mifm/testnet/avatarjs"
)

// platformB is the demo's VRM 1.0 world (demo/manifestos/platform-b.json).
var platformB = avatar.Constraints{Formats: []string{"vrm-1.0", "gltf-2.0"}, MaxPolygons: 50000, MaxTextureSize: 1024, Features: []string{"blend-shapes", "mtoon"}}

func build(t *testing.T, o sample.Options) []byte {
	t.Helper()
	b, err := sample.Humanoid(o)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestConvertToPlatformB(t *testing.T) {
	in := build(t, sample.Options{VRM0: true, Detail: 8, TextureSize: 2048})
	out, o, err := avatar.Convert(t.Context(), in, platformB, avatar.Use{Commercial: vrm.CommercialCorporation}, vrm.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	a := o.After
	if a.Format != vrm.FormatVRM1 || a.Triangles > 50000 || a.MaxTextureSize > 1024 || slices.Contains(a.Features, "spring-bones") {
		t.Errorf("after: %s, %d triangles, textures %d px, features %v", a.Format, a.Triangles, a.MaxTextureSize, a.Features)
	}
	if o.Before.Triangles <= 50000 || o.BytesAfter >= o.BytesBefore {
		t.Errorf("before %d triangles %d bytes, after %d bytes", o.Before.Triangles, o.BytesBefore, o.BytesAfter)
	}
	if !slices.Equal(a.Expressions, []string{"aa", "blink", "happy"}) || len(a.HumanBones) != len(o.Before.HumanBones) {
		t.Errorf("expressions %v, %d bones (had %d)", a.Expressions, len(a.HumanBones), len(o.Before.HumanBones))
	}
	report := strings.Join(append(o.Report.Changed, o.Report.Dropped...), "\n")
	for _, want := range []string{"half a turn", "decimated", "image 0", "spring bones"} {
		if !strings.Contains(report, want) {
			t.Errorf("report does not mention %q:\n%s", want, report)
		}
	}
	if avatarjs.Available() == nil || os.Getenv("CI") == "true" {
		path := filepath.Join(t.TempDir(), "b.vrm")
		if err := os.WriteFile(path, out, 0o600); err != nil {
			t.Fatal(err)
		}
		rep, err := avatarjs.Validate(t.Context(), path)
		if err != nil || rep.Errors != 0 {
			t.Errorf("validator: %v %+v", err, rep.Messages)
		}
	}
}

func TestWithinConstraintsUnchanged(t *testing.T) {
	in := build(t, sample.Options{Detail: 2})
	out, o, err := avatar.Convert(t.Context(), in, platformB, avatar.Use{}, vrm.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	// Spring bones are not in B's features: strip them, and nothing else.
	if bytes.Equal(out, in) || len(o.Report.Dropped) != 1 {
		t.Errorf("report %+v", o.Report)
	}
	c := platformB
	c.Features = append(c.Features, "spring-bones")
	out, o, err = avatar.Convert(t.Context(), in, c, avatar.Use{}, vrm.Limits{})
	if err != nil || !bytes.Equal(out, in) || len(o.Report.Changed)+len(o.Report.Dropped) != 0 {
		t.Errorf("an avatar within the constraints changed: %v %+v", err, o.Report)
	}
}

// Every refusal names its rule and reason, and several failed rules are
// all named at once.
func TestRefusals(t *testing.T) {
	ok := build(t, sample.Options{VRM0: true})
	for _, tc := range []struct {
		name  string
		in    []byte
		c     avatar.Constraints
		use   avatar.Use
		rules []string
	}{
		{"licence forbids modification", build(t, sample.Options{VRM0: true, Modification: vrm.ModificationProhibited}), platformB, avatar.Use{}, []string{avatar.RuleModification}},
		{"no format in common", ok, avatar.Constraints{Formats: []string{"fbx"}}, avatar.Use{}, []string{avatar.RuleFormat}},
		{"too many bones", ok, avatar.Constraints{MaxBones: 8}, avatar.Use{}, []string{avatar.RuleBones}},
		{"polygon limit unreachable", ok, avatar.Constraints{MaxPolygons: 10}, avatar.Use{}, []string{avatar.RulePolygons}},
		{"redistribution forbidden", build(t, sample.Options{NoRedistribution: true}), avatar.Constraints{}, avatar.Use{Redistribute: true}, []string{avatar.RuleRedistribute}},
		{"several at once", build(t, sample.Options{VRM0: true, Modification: vrm.ModificationProhibited}), avatar.Constraints{Formats: []string{"vrm-1.0"}, MaxBones: 8}, avatar.Use{}, []string{avatar.RuleBones, avatar.RuleModification}},
		{"not an avatar", []byte("not a glTF file"), platformB, avatar.Use{}, []string{avatar.RuleFile}},
	} {
		_, _, err := avatar.Convert(t.Context(), tc.in, tc.c, tc.use, vrm.Limits{})
		var ref *avatar.Refusal
		if !errors.Is(err, avatar.ErrRefused) || !errors.As(err, &ref) {
			t.Errorf("%s: %v, want a refusal", tc.name, err)
			continue
		}
		var rules []string
		for _, f := range ref.Failures {
			rules = append(rules, f.Rule)
			if f.Reason == "" {
				t.Errorf("%s: rule %s without a reason", tc.name, f.Rule)
			}
		}
		if !slices.Equal(rules, tc.rules) {
			t.Errorf("%s: failed rules %v, want %v (%v)", tc.name, rules, tc.rules, err)
		}
	}
	// The refusal on licence grounds says what the platform would have
	// had to change.
	_, _, err := avatar.Convert(t.Context(), build(t, sample.Options{VRM0: true, Modification: vrm.ModificationProhibited}), platformB, avatar.Use{}, vrm.Limits{})
	if !strings.Contains(err.Error(), "convert to vrm-1.0") || !strings.Contains(err.Error(), "remove spring-bones") {
		t.Errorf("licence refusal: %v", err)
	}
}

func TestDefaultAvatar(t *testing.T) {
	for _, c := range []avatar.Constraints{platformB, {Formats: []string{"vrm-0.x"}, MaxPolygons: 5000, MaxTextureSize: 256, Features: []string{"spring-bones"}}} {
		b, o, err := avatar.Default(t.Context(), c, avatar.Customization{Name: "Visitor", Outfit: "coat"})
		if err != nil {
			t.Fatal(err)
		}
		a := o.After
		if !slices.Contains(c.Formats, string(a.Format)) || a.Triangles > c.MaxPolygons || a.MaxTextureSize > c.MaxTextureSize || a.Name != "Visitor" {
			t.Errorf("default for %v: %s %d triangles %d px %q", c.Formats, a.Format, a.Triangles, a.MaxTextureSize, a.Name)
		}
		var outfit bool
		for _, p := range a.Parts {
			outfit = outfit || p.Kind == vrm.PartOutfit && p.Name == "coat"
		}
		for _, f := range a.Features {
			if !slices.Contains(c.Features, f) {
				t.Errorf("default for %v keeps feature %s", c.Formats, f)
			}
		}
		if !outfit || len(b) == 0 {
			t.Errorf("default for %v: parts %+v", c.Formats, a.Parts)
		}
	}
	if _, _, err := avatar.Default(t.Context(), platformB, avatar.Customization{Name: strings.Repeat("x", 500)}); err == nil {
		t.Error("a 500-byte name was taken")
	}
}

// A platform with few bones still has a default avatar: the minimal
// humanoid (the 17 bones both VRM versions require).
func TestDefaultAvatarFewBones(t *testing.T) {
	c := avatar.Constraints{Formats: []string{"vrm-1.0"}, MaxBones: 20, MaxPolygons: 3000}
	_, o, err := avatar.Default(t.Context(), c, avatar.Customization{})
	if err != nil {
		t.Fatal(err)
	}
	if o.After.Bones != 17 || o.After.Triangles > 3000 || len(o.After.HumanBones) != 17 {
		t.Errorf("default with maxBones 20: %d bones, %d human bones, %d triangles", o.After.Bones, len(o.After.HumanBones), o.After.Triangles)
	}
	if _, _, err := avatar.Default(t.Context(), avatar.Constraints{MaxBones: 10}, avatar.Customization{}); !errors.Is(err, avatar.ErrRefused) {
		t.Errorf("default with maxBones 10: %v, want a refusal naming maxBones", err)
	}
}
