package jsrun

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestDirFindsEachPeer(t *testing.T) {
	for _, folder := range []string{"wallet-js", "merkle-js", "vc-js", "avatar-js"} {
		dir, err := Peer{Folder: folder}.Dir()
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(dir) != folder {
			t.Errorf("Dir of %s = %s", folder, dir)
		}
		if _, err := os.Stat(filepath.Join(dir, "package.json")); err != nil {
			t.Errorf("%s: %v", folder, err)
		}
	}
}

// A peer whose packages are not installed says which make target installs
// them, pinned or not.
func TestAvailableNamesTheMakeTarget(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("no node on PATH: Available stops there")
	}
	for _, pinned := range []bool{false, true} {
		p := Peer{Folder: "merkle-js", Marker: "no-such-package", Pinned: pinned, MakeTarget: "merkle-js-deps"}
		if err := p.Available(); err == nil || !strings.Contains(err.Error(), "has no node_modules/no-such-package: run make merkle-js-deps") {
			t.Errorf("pinned %v: Available = %v", pinned, err)
		}
	}
}
