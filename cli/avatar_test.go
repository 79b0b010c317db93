package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/vrm"
)

// writeSample writes a sample humanoid to a temporary file and returns its
// path and description.
func writeSample(t *testing.T, o sample.Options) (string, vrm.Description) {
	t.Helper()
	b, err := sample.Humanoid(o)
	if err != nil {
		t.Fatal(err)
	}
	a, err := vrm.Decode(b, vrm.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "avatar.vrm")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, a.Describe()
}

// field is the first value printed on the line that starts with label.
func field(out, label string) string {
	for _, l := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(l, label+" "); ok {
			return strings.Fields(rest)[0]
		}
	}
	return ""
}

func TestAvatarInspectAndConvert(t *testing.T) {
	h := initHome(t)
	path, d := writeSample(t, sample.Options{VRM0: true})

	out := mustRun(t, "--home", h, "avatar", "inspect", path)
	if got := field(out, "format"); got != string(vrm.FormatVRM0) {
		t.Errorf("inspect format %q, want %s:\n%s", got, vrm.FormatVRM0, out)
	}
	if got := field(out, "triangles"); got != strconv.Itoa(d.Triangles) {
		t.Errorf("inspect triangles %q, want %d:\n%s", got, d.Triangles, out)
	}
	if len(d.Parts) < 2 {
		t.Fatalf("the sample has %d parts", len(d.Parts))
	}
	for _, p := range d.Parts {
		if !strings.Contains(out, p.Kind) || !strings.Contains(out, p.Name) {
			t.Errorf("inspect does not list part %s %s:\n%s", p.Kind, p.Name, out)
		}
	}
	for _, want := range []string{"licence", "modification", "expressions", "spring joints", "human bones"} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect does not print %s:\n%s", want, out)
		}
	}

	// --json: the file, its CID, its description.
	var f struct {
		CID         string          `json:"cid"`
		Description vrm.Description `json:"description"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "avatar", "inspect", path)), &f); err != nil {
		t.Fatal(err)
	}
	if f.CID == "" || f.Description.Triangles != d.Triangles || len(f.Description.Parts) != len(d.Parts) {
		t.Errorf("inspect --json: %+v", f)
	}
	// The same avatar by its CID, now in the store.
	if out := mustRun(t, "--home", h, "avatar", "inspect", f.CID); field(out, "triangles") != strconv.Itoa(d.Triangles) {
		t.Errorf("inspect CID:\n%s", out)
	}

	dst := filepath.Join(t.TempDir(), "converted.vrm")
	out = mustRun(t, "--home", h, "avatar", "convert", "--format", "vrm-1.0", "--max-polygons", "2000", "--max-texture", "128", "-o", dst, path)
	for _, want := range []string{"changed", "→", "written to " + dst} {
		if !strings.Contains(out, want) {
			t.Errorf("convert does not print %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	a, err := vrm.Decode(b, vrm.Limits{})
	if err != nil {
		t.Fatalf("the converted file does not read: %v", err)
	}
	got := a.Describe()
	if got.Format != vrm.FormatVRM1 || got.Triangles > 2000 || got.MaxTextureSize > 128 {
		t.Errorf("converted: %s, %d triangles, textures %d px", got.Format, got.Triangles, got.MaxTextureSize)
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(dst), ".*")); len(m) != 0 {
		t.Errorf("temporary files left behind: %v", m)
	}
}

func TestAvatarConvertRefused(t *testing.T) {
	h := initHome(t)
	path, _ := writeSample(t, sample.Options{VRM0: true, Modification: vrm.ModificationProhibited})
	dst := filepath.Join(t.TempDir(), "never.vrm")
	code, out, errs := run(t, "--home", h, "avatar", "convert", "--format", "vrm-1.0", "-o", dst, path)
	if code == 0 {
		t.Fatalf("a licence forbidding modification converted:\n%s", out)
	}
	if !strings.Contains(out, "FAIL license.modification: ") || !strings.Contains(out, "prohibited") {
		t.Errorf("the refusal does not print the rule and its reason:\n%s", out)
	}
	if !strings.Contains(errs, "license.modification") || strings.Count(errs, "\n") != 1 {
		t.Errorf("stderr %q: want one line naming license.modification", errs)
	}
	if _, err := os.Stat(dst); !os.IsNotExist(err) {
		t.Errorf("a refused conversion wrote %s", dst)
	}
	// --json: the failures as data.
	code, out, _ = run(t, "--home", h, "--json", "avatar", "convert", "--format", "vrm-1.0", path)
	var res struct {
		Refused  bool `json:"refused"`
		Failures []struct{ Rule, Reason string }
	}
	if err := json.Unmarshal([]byte(out), &res); code == 0 || err != nil || !res.Refused || len(res.Failures) != 1 || res.Failures[0].Rule != "license.modification" || res.Failures[0].Reason == "" {
		t.Errorf("convert --json refused: exit %d, %v, %q", code, err, out)
	}
}

func TestAvatarBadInput(t *testing.T) {
	h := initHome(t)
	path, _ := writeSample(t, sample.Options{})
	const owner = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"inspect", filepath.Join(h, "missing.vrm")}, "no such file, nor a CID: give a .vrm or .glb FILE"},
		{[]string{"inspect"}, "inspect takes one avatar"},
		{[]string{"inspect", h}, "is not a file"},
		{[]string{"convert", path}, "convert needs a target: --platform DID"},
		{[]string{"convert", "--platform", "did:web:b.example", "--max-polygons", "10", path}, "either --platform DID"},
		{[]string{"convert", "--format", "fbx", path}, "want vrm-1.0, vrm-0.x or gltf-2.0"},
		{[]string{"convert", "--max-polygons", "-5", path}, "want a positive number"},
		{[]string{"convert", "--feature", "wings", path}, "--feature \"wings\""},
		{[]string{"convert", "--feature", "none", "--feature", "mtoon", path}, "or none alone"},
		{[]string{"convert", path, "--format", "vrm-1.0"}, "put flags first"},
		{[]string{"migrate", "--owner", owner}, "migrate needs --to: give the destination platform's DID"},
		{[]string{"migrate", "--owner", owner, "--to", "b.example"}, "--to \"b.example\" is not a DID"},
		{[]string{"migrate", "--to", "did:web:b.example"}, "migrate needs --owner: give the avatar owner's DID"},
		{[]string{"export", "--owner", "alice", path}, "--owner \"alice\" is not a DID: give the avatar owner's DID"},
		{[]string{"sync", path}, "sync needs --owner"},
		{[]string{"history", "--owner", "bob"}, "is not a DID"},
		{[]string{"list", "--owner", "bob"}, "is not a DID"},
		{[]string{"import"}, "import takes one MIGRATION id"},
		{[]string{"import", "--outfit", "coat", "abc"}, "add --default"},
		{[]string{"show", "--role", "sideways", "abc"}, "want outgoing, incoming or bridge"},
	}
	for _, tc := range tests {
		code, _, errs := run(t, append([]string{"--home", h, "avatar"}, tc.args...)...)
		if code == 0 || !strings.HasPrefix(errs, "mifm: ") || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("mifm avatar %v: exit %d, stderr %q; want one line saying %q", tc.args, code, errs, tc.want)
		}
	}
}
