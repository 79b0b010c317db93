package vrm_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/mifm/mifm/testnet/avatarjs"
)

// Every file mifm writes passes the Khronos glTF Validator with zero
// errors and loads in three-vrm, a platform's web client, with the human
// bones and expressions mifm says it has: the samples as written, each
// converted to the other version, round-tripped, decimated and
// downscaled, and the public vectors re-encoded.
func TestOutsideToolsReadWhatMifmWrites(t *testing.T) {
	avatarjs.Require(t)
	dir := t.TempDir()
	type file struct {
		name   string
		avatar *vrm.Avatar
	}
	var files []file
	for _, v0 := range []bool{true, false} {
		native := humanoid(t, sample.Options{VRM0: v0})
		files = append(files, file{"native-" + string(native.Format), native})
		converted := humanoid(t, sample.Options{VRM0: v0})
		other := vrm.FormatVRM1
		if !v0 {
			other = vrm.FormatVRM0
		}
		if _, err := converted.ConvertTo(other); err != nil {
			t.Fatal(err)
		}
		files = append(files, file{"converted-to-" + string(other), converted})
		back := reencode(t, converted)
		if _, err := back.ConvertTo(native.Format); err != nil {
			t.Fatal(err)
		}
		files = append(files, file{"round-trip-" + string(native.Format), back})
	}
	reduced := humanoid(t, sample.Options{VRM0: true, Detail: 4, TextureSize: 1024})
	if _, err := reduced.ConvertTo(vrm.FormatVRM1); err != nil {
		t.Fatal(err)
	}
	if _, err := reduced.Decimate(t.Context(), 3000); err != nil {
		t.Fatal(err)
	}
	if _, err := reduced.DownscaleTextures(t.Context(), 256); err != nil {
		t.Fatal(err)
	}
	files = append(files, file{"decimated-downscaled", reduced})
	for name, b := range vectors(t) {
		a, err := vrm.Decode(b, vrm.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, file{"vector-" + name, a})
	}
	for _, f := range files {
		b, err := f.avatar.Encode()
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		path := filepath.Join(dir, f.name+".vrm")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		rep, err := avatarjs.Validate(t.Context(), path)
		if err != nil {
			t.Fatalf("%s: validator: %v", f.name, err)
		}
		if rep.Errors != 0 {
			t.Errorf("%s: the glTF Validator finds %d errors: %+v", f.name, rep.Errors, rep.Messages)
		}
		loaded, err := avatarjs.LoadVRM(t.Context(), path)
		if err != nil {
			t.Fatalf("%s: three-vrm: %v", f.name, err)
		}
		back, err := vrm.Decode(b, vrm.Limits{})
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		d := back.Describe()
		wantVersion := "1"
		if d.Format == vrm.FormatVRM0 {
			wantVersion = "0"
		}
		if loaded.MetaVersion != wantVersion || !reflect.DeepEqual(loaded.HumanBones, d.HumanBones) {
			t.Errorf("%s: three-vrm loads meta %s with bones %v; mifm describes %s with %v", f.name, loaded.MetaVersion, loaded.HumanBones, d.Format, d.HumanBones)
		}
		got := slices.Clone(loaded.Expressions)
		slices.Sort(got)
		if !slices.Equal(got, d.Expressions) {
			t.Errorf("%s: three-vrm finds expressions %v, mifm %v", f.name, got, d.Expressions)
		}
		if loaded.SpringJoints != d.SpringJoints {
			t.Errorf("%s: three-vrm finds %d spring joints, mifm %d", f.name, loaded.SpringJoints, d.SpringJoints)
		}
	}
}
