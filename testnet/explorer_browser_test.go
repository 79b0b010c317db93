package testnet

import (
	"context"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/demo"
	"github.com/mifm/mifm/node/explorer"
	"github.com/mifm/mifm/testnet/explorerjs"
)

var updateStructure = flag.Bool("update-structure", false, "rewrite testdata/explorer/*.structure with what the browser saw")

// variable parts of a page's text: hashes, addresses, CIDs, DIDs with
// keys, times, numbers.
var variable = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z`), "TIME"},
	{regexp.MustCompile(`0x[0-9a-fA-F]{6,}…?`), "0xHEX"},
	{regexp.MustCompile(`\bba[a-z2-7]{20,}\b`), "CID"},
	{regexp.MustCompile(`did:key:z[1-9A-HJ-NP-Za-km-z]+`), "did:key:KEY"},
	{regexp.MustCompile(`\b\d+\b`), "N"},
}

// structureOf is a page's headings, events and verdicts in document
// order, variable parts replaced: what a person sees, compared across
// runs without comparing pixels.
func structureOf(p *explorerjs.PageResult) string {
	var b strings.Builder
	for _, e := range p.Structure {
		text := e.Text
		for _, v := range variable {
			text = v.re.ReplaceAllString(text, v.with)
		}
		b.WriteString(e.Tag)
		for _, k := range []string{"data-kind", "data-verdict", "data-check", "data-ok"} {
			if v, ok := e.Attrs[k]; ok {
				b.WriteString(" " + k + "=" + v)
			}
		}
		b.WriteString(": " + text + "\n")
	}
	return b.String()
}

// matchStructure compares a page's structure with its golden file.
func matchStructure(t *testing.T, p *explorerjs.PageResult) {
	t.Helper()
	got := structureOf(p)
	path := filepath.Join("testdata", "explorer", p.Name+".structure")
	if *updateStructure {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update-structure to make it)", err)
	}
	if got != string(want) {
		t.Errorf("page %s shows another structure than %s (run with -update-structure if the change is meant):\n--- got\n%s--- want\n%s", p.Name, path, got, want)
	}
}

// explorerInTheBrowser opens the explorer in headless Chromium as an
// auditor does: the sword's timeline in order, with JavaScript and
// without; an anchored version verified by the page's own script against
// the chain; a tampered proof refused, in the browser and, without
// JavaScript, by the explorer; a node's audit log verified; every page
// through axe-core.
func explorerInTheBrowser(ctx context.Context, t *testing.T, s demo.Scene, x *explorer.Explorer, base string) {
	versions, err := x.Versions(s.Subjects[0])
	if err != nil || len(versions) == 0 {
		t.Fatalf("no anchored version of %s: %v", s.Subjects[0], err)
	}
	p, err := x.Proof(ctx, versions[len(versions)-1].CID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Document == "" {
		doc, err := x.Document(ctx, p.CID)
		if err != nil {
			t.Fatal(err)
		}
		p.Document = string(doc)
	}
	p.Path[0][31] ^= 1
	tampered, _ := json.Marshal(p)

	shots := os.Getenv("MIFM_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	verified := `output.verdict[data-verdict="verified"], output.verdict[data-verdict="refused"]`
	req := explorerjs.Request{Screenshots: shots, Pages: []explorerjs.Page{
		{Name: "sword", URL: base + "/asset/" + s.Sword, JavaScript: true, Axe: true},
		{Name: "sword-nojs", URL: base + "/asset/" + s.Sword, Axe: true},
		{Name: "versions", URL: base + "/versions/" + url.PathEscape(s.Subjects[0]), JavaScript: true, Axe: true, Actions: []explorerjs.Action{
			{Click: "section.version:last-of-type button.verify"},
			{WaitFor: "section.version:last-of-type " + strings.ReplaceAll(verified, ", ", ", section.version:last-of-type "), TimeoutMs: 60000},
		}},
		{Name: "versions-nojs", URL: base + "/versions/" + url.PathEscape(s.Subjects[0])},
		{Name: "tampered", URL: base + "/verify", JavaScript: true, Actions: []explorerjs.Action{
			{Fill: "#proof-input", Value: string(tampered)},
			{Submit: "#verify-form"},
			{WaitFor: `#paste-verdict[data-verdict="refused"], #paste-verdict[data-verdict="verified"]`, TimeoutMs: 60000},
		}},
		{Name: "tampered-nojs", URL: base + "/verify", Actions: []explorerjs.Action{
			{Fill: "#proof-input", Value: string(tampered)},
			{Submit: "#verify-form"},
		}},
		{Name: "audit", URL: base + "/audit/" + demo.PlatformA, Axe: true},
		{Name: "verify-form", URL: base + "/verify", Axe: true},
	}}
	bctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	ans, err := explorerjs.Browse(bctx, req)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots and structures in %s (%s, axe %s)", shots, ans.Browser, ans.Axe)
	page := func(name string) *explorerjs.PageResult {
		p := ans.Page(name)
		if p == nil {
			t.Fatalf("no answer for page %s", name)
		}
		if p.Error != "" {
			t.Errorf("page %s: %s", name, p.Error)
		}
		if p.Status != 200 {
			t.Errorf("page %s answered %d", name, p.Status)
		}
		for _, v := range p.Violations {
			t.Errorf("page %s: axe %s (%s, %d nodes: %v): %s", name, v.ID, v.Impact, v.Nodes, v.Targets, v.Help)
		}
		if p.JavaScript && len(p.ConsoleErrors) > 0 {
			t.Errorf("page %s: console errors %v", name, p.ConsoleErrors)
		}
		return p
	}

	// The sword's timeline, in order, the same with JavaScript and without.
	for _, name := range []string{"sword", "sword-nojs"} {
		p := page(name)
		var kinds []string
		for _, e := range p.Structure {
			if k := e.Attrs["data-kind"]; k != "" {
				kinds = append(kinds, k)
			}
		}
		if got := strings.Join(kinds, " "); !strings.HasPrefix(got, "minted tokenized locked released") {
			t.Errorf("%s: the timeline reads %q", name, got)
		}
		if h := p.Texts("h1"); len(h) != 1 || !strings.Contains(h[0], "Sword") {
			t.Errorf("%s: heading %v", name, h)
		}
		if v := verdicts(p); !contains(v, "verified") {
			t.Errorf("%s: the metadata is not shown verified: %v", name, v)
		}
		matchStructure(t, p)
	}

	// The anchored version, verified by the page's own script.
	v := page("versions")
	if got := verdicts(v); !contains(got, "verified") {
		t.Errorf("the version was not verified in the browser: %v %v", got, v.Texts("[data-check]"))
	}
	checks := map[string]string{}
	for _, e := range v.Structure {
		if c := e.Attrs["data-check"]; c != "" {
			checks[c] = e.Attrs["data-ok"]
		}
	}
	for _, c := range []string{"document", "leaf", "path", "chain", "transaction", "event", "block", "contract"} {
		if checks[c] != "true" {
			t.Errorf("in-browser check %s: %q", c, checks[c])
		}
	}
	matchStructure(t, v)
	if nojs := page("versions-nojs"); contains(verdicts(nojs), "verified") {
		t.Error("a version shows verified without JavaScript: the verdict must come from the browser")
	}

	// A tampered proof, refused by the page's script and, without
	// JavaScript, by the explorer.
	for _, name := range []string{"tampered", "tampered-nojs"} {
		p := page(name)
		got := verdicts(p)
		if !contains(got, "refused") {
			t.Errorf("%s: a tampered proof is not shown refused: %v", name, got)
		}
		var out string
		for _, e := range p.Structure {
			if e.Attrs["data-verdict"] == "refused" {
				out = e.Text
			}
		}
		if !strings.Contains(out, "path") {
			t.Errorf("%s: the refusal %q does not name the path check", name, out)
		}
	}

	// A's published audit log, checked against its anchored checkpoint.
	if got := verdicts(page("audit")); !contains(got, "verified") {
		t.Errorf("A's audit log is not shown verified: %v", got)
	}
	page("verify-form")
}

func verdicts(p *explorerjs.PageResult) []string {
	var out []string
	for _, e := range p.Structure {
		if v, ok := e.Attrs["data-verdict"]; ok && v != "" {
			out = append(out, v)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
