package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The shipped binary links no test scaffolding: package testnet builds
// binaries and spawns and kills processes for the end-to-end tests, while
// the scenario `mifm demo` runs lives in package demo (issue 16).
func TestBinaryLinksNoTestnet(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command here to list the binary's packages")
	}
	out, err := exec.Command(gobin, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := strings.Fields(string(out))
	var linksDemo bool
	for _, p := range deps {
		if p == "github.com/mifm/mifm/testnet" || strings.HasPrefix(p, "github.com/mifm/mifm/testnet/") {
			t.Errorf("the mifm binary links %s", p)
		}
		linksDemo = linksDemo || p == "github.com/mifm/mifm/demo"
	}
	// Without the demo in the list, the test is looking at the wrong thing.
	if !linksDemo {
		t.Fatalf("go list -deps . names no github.com/mifm/mifm/demo among %d packages", len(deps))
	}
}
