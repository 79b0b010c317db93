// Package jsrun runs the Node.js peers of the tests: the folders under
// testnet (wallet-js, merkle-js, vc-js) whose scripts use outside libraries
// and nothing of mifm, each run as a child process with a JSON request on
// stdin and a JSON answer on stdout. A request, key included, goes on stdin,
// never on a command line.
//
// walletjs, merklejs and vcjs are the typed faces of the peers; the plumbing
// they share is here once (finding the folder, checking that node and the
// npm packages are installed, the skip-or-fail rule of CI, running a script
// and its Error), so that a fix to it is made for all of them, not in three
// copies that drift.
package jsrun

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Error is a script that ran and failed: a request it refused, a revert, a
// presentation it would not verify. Stderr holds the script's reason. Every
// peer's Error is this type; Script says whose it is.
type Error struct {
	Script string
	Stderr string
	Err    error
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %v: %s", e.Script, e.Err, strings.TrimSpace(e.Stderr))
}

func (e *Error) Unwrap() error { return e.Err }

// Peer is one folder of Node.js scripts under testnet.
type Peer struct {
	// Folder is the peer's folder under testnet, such as "wallet-js".
	Folder string
	// Name is what the peer is, in a skip or a failure: "no outside <Name>
	// here".
	Name string
	// Marker is the npm package whose node_modules/<Marker>/package.json
	// proves `npm ci` ran.
	Marker string
	// Pinned also requires the installed Marker to be the version
	// package.json pins: a test must not pass against a peer nobody chose.
	Pinned bool
	// MakeTarget is the make target that installs the packages.
	MakeTarget string
}

// Dir is testnet/<Folder> in the source tree this package was built from.
func (p Peer) Dir() (string, error) {
	// The path of this file as the compiler saw it; module-relative under
	// -trimpath, and then the working directory's module is searched.
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		dir := filepath.Join(filepath.Dir(file), "..", p.Folder)
		if _, err := os.Stat(filepath.Join(dir, "package.json")); err == nil {
			return filepath.Clean(dir), nil
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find testnet/%s: %w", p.Folder, err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.HasPrefix(mod, []byte("module github.com/mifm/mifm\n")) {
			return filepath.Join(dir, "testnet", p.Folder), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("find testnet/%s: no mifm go.mod above %s", p.Folder, wd)
		}
	}
}

// Available says why the peer's scripts cannot run here, or nil when they
// can.
func (p Peer) Available() error {
	if _, err := exec.LookPath("node"); err != nil {
		return fmt.Errorf("no node on PATH (install Node.js 20 or later): %w", err)
	}
	dir, err := p.Dir()
	if err != nil {
		return err
	}
	missing := fmt.Errorf("%s has no node_modules/%s: run make %s", dir, p.Marker, p.MakeTarget)
	marker := filepath.Join(dir, "node_modules", p.Marker, "package.json")
	if !p.Pinned {
		if _, err := os.Stat(marker); err != nil {
			return missing
		}
		return nil
	}
	var pkg struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	if err := readJSON(filepath.Join(dir, "package.json"), &pkg); err != nil {
		return err
	}
	var installed struct {
		Version string `json:"version"`
	}
	if err := readJSON(marker, &installed); err != nil {
		return missing
	}
	if want := pkg.Dependencies[p.Marker]; installed.Version != want {
		return fmt.Errorf("%s has %s %s installed, package.json pins %s: run make %s", dir, p.Marker, installed.Version, want, p.MakeTarget)
	}
	return nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// Require skips t when the peer's scripts cannot run here, and fails it in
// CI (CI set), where a missing install step must not pass for a skip.
func (p Peer) Require(t testing.TB) {
	t.Helper()
	if err := p.Available(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI needs the outside %s (testnet/%s): %v", p.Name, p.Folder, err)
		}
		t.Skipf("no outside %s here: %v", p.Name, err)
	}
}

// Run runs script, one script of the peer's folder, with req as JSON on
// stdin, and returns what it printed, which must be JSON. A script that
// fails returns an *Error, whose Stderr says why, and what it printed
// before. The script is killed when ctx ends, and its output abandoned 5 s
// later if a child of it holds the pipes.
func (p Peer) Run(ctx context.Context, script string, req any) (json.RawMessage, error) {
	if err := p.Available(); err != nil {
		return nil, err
	}
	dir, err := p.Dir()
	if err != nil {
		return nil, err
	}
	in, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("encode request for %s: %w", script, err)
	}
	node, _ := exec.LookPath("node")
	cmd := exec.CommandContext(ctx, node, filepath.Join(dir, script))
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("%w (%v)", ctx.Err(), err)
		}
		return bytes.TrimSpace(stdout.Bytes()), &Error{Script: script, Stderr: stderr.String(), Err: err}
	}
	out := bytes.TrimSpace(stdout.Bytes())
	if !json.Valid(out) {
		return nil, &Error{Script: script, Stderr: stderr.String(), Err: errors.New("printed no JSON: " + string(out))}
	}
	return out, nil
}
