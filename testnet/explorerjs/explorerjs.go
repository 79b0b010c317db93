// Package explorerjs runs testnet/explorer-js, a browser toolchain outside
// mifm, as a child process, so that mifm's explorer pages are tested in the
// browser an auditor uses rather than by reading their HTML: browse.mjs
// drives Debian's headless Chromium with puppeteer-core 25.16.0, runs a
// few user actions on each page (click, wait for, fill, submit), and
// reports what the page shows, in document order, with its console errors,
// failed requests and the WCAG 2 A and AA violations that axe-core 4.14.1
// finds (Browse). The explorer's own pages take ethers 6.17.0's browser
// bundle from the same folder (make explorer-bundle).
//
// Browse launches one Chromium per call, whatever the number of pages; a
// test batches its pages into one Request. The script needs Node.js, the npm
// packages that `make explorer-js-deps` installs (make test does it) and a
// Chromium: MIFM_CHROMIUM, or Debian's /usr/bin/chromium (apt-get install
// chromium; .ci/run installs it). Tests call Require, which skips without
// them, except in CI, where it fails.
package explorerjs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/mifm/mifm/testnet/jsrun"
)

// peer is testnet/explorer-js to jsrun, which runs it.
var peer = jsrun.Peer{Folder: "explorer-js", Name: "browser toolchain", Marker: "puppeteer-core", Pinned: true, MakeTarget: "explorer-js-deps"}

// DefaultChromium is the browser launched when neither Request.Chromium nor
// MIFM_CHROMIUM names one: Debian's chromium package.
const DefaultChromium = "/usr/bin/chromium"

// Error is a script that ran and failed: a Request it refused, or a browser
// that would not start; Stderr holds the script's reason, after Chromium's
// own output. It is jsrun's Error, which all the Node.js peers share. A
// page that fails is not an Error: it is a PageResult with Error set.
type Error = jsrun.Error

// Dir is testnet/explorer-js in the source tree this package was built from.
func Dir() (string, error) { return peer.Dir() }

// Chromium is the browser Browse launches when Request.Chromium is empty:
// MIFM_CHROMIUM, or DefaultChromium; an error when it is not an executable
// file.
func Chromium() (string, error) {
	path := os.Getenv("MIFM_CHROMIUM")
	if path == "" {
		path = DefaultChromium
	}
	fi, err := os.Stat(path)
	if err != nil {
		return path, fmt.Errorf("no Chromium at %s (apt-get install chromium, or set MIFM_CHROMIUM): %w", path, err)
	}
	if fi.IsDir() || fi.Mode().Perm()&0o111 == 0 {
		return path, fmt.Errorf("%s is not an executable (apt-get install chromium, or set MIFM_CHROMIUM)", path)
	}
	return path, nil
}

// Available says why Browse cannot run here, or nil when it can: Node.js,
// the pinned npm packages and a Chromium.
func Available() error {
	if err := peer.Available(); err != nil {
		return err
	}
	_, err := Chromium()
	return err
}

// Require skips t when Browse cannot run here, and fails it in CI (CI
// set), where a missing install step must not pass for a skip.
func Require(t testing.TB) {
	t.Helper()
	peer.Require(t)
	if _, err := Chromium(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI needs the outside browser toolchain's Chromium: %v", err)
		}
		t.Skipf("no Chromium here: %v", err)
	}
}

// Request is what browse.mjs opens: Pages, in order, in one browser.
type Request struct {
	// Chromium is the browser's executable; empty for Chromium().
	Chromium string `json:"chromium,omitempty"`
	// Screenshots, when not empty, is a folder (made if missing) where each
	// page leaves NAME.png, the whole page, and NAME.structure.json, its
	// Structure as JSON: for a person to look at when a test fails. Tests
	// compare Structure, not pixels. Browse makes it absolute.
	Screenshots string `json:"screenshots,omitempty"`
	Pages       []Page `json:"pages"`
}

// Page is one page to open, in a browser context of its own (no cookie or
// storage of another page).
type Page struct {
	// Name names the page in its PageResult, its errors and its screenshot
	// files: letters, digits, '.', '_' or '-', unique in the Request.
	Name string `json:"name"`
	// URL is opened, and waited for until its load event and then until no
	// request has been in flight for 250 ms (5 s at most: a page that polls
	// is taken as it is then).
	URL string `json:"url"`
	// JavaScript runs the page's scripts; false opens it as a browser with
	// JavaScript turned off, which must show the page all the same.
	JavaScript bool `json:"javascript"`
	// Actions run in order after the page loaded; the first that fails
	// ends the page's actions, and is its Error.
	Actions []Action `json:"actions,omitempty"`
	// Structure lists the CSS selectors whose elements are reported; nil
	// for DefaultStructure.
	Structure []string `json:"structure,omitempty"`
	// Axe runs axe-core over the page after the actions, with the WCAG 2.0
	// A and AA rules (color-contrast among them). axe runs as script: on a
	// page opened with JavaScript off, script is turned on for axe's run
	// alone, after Structure and the screenshot were taken; the page's own
	// scripts, skipped when it was parsed, do not run then, and axe checks
	// the document a browser without JavaScript shows.
	Axe bool `json:"axe"`
	// TimeoutMs bounds each navigation, the first and those an action
	// starts; 0 for 30 s.
	TimeoutMs int `json:"timeoutMs,omitempty"`
}

// DefaultStructure is what a Page with no Structure reports.
var DefaultStructure = []string{"h1", "h2", "h3", "[data-kind]", "[data-verdict]", "[data-check]", "table caption", "label", "a[data-tx]"}

// Action is one thing a user does on a page: exactly one of Click,
// WaitFor, Fill and Submit, a CSS selector, is set. Each first waits for
// its selector to be in the document, TimeoutMs at most, and fails the
// page when it is not, naming the page, the action and the selector.
type Action struct {
	// Click clicks the element, as a mouse does, at its centre; a
	// navigation it starts (a link, a submit button, a script) is waited
	// for until its load, and the page's requests until they end.
	Click string `json:"click,omitempty"`
	// WaitFor only waits for the element (30 s by default): content a
	// script adds after a fetch.
	WaitFor string `json:"waitFor,omitempty"`
	// Fill empties an input or textarea and types Value into it key by
	// key, or chooses the option whose value is Value in a select.
	Fill  string `json:"fill,omitempty"`
	Value string `json:"value,omitempty"`
	// Submit submits the form (or the form of the control) it selects as
	// its submit button does, validation and submit event first, and waits
	// for the navigation as Click does.
	Submit string `json:"submit,omitempty"`
	// TimeoutMs bounds the wait for the selector: 0 for 10 s, or 30 s for
	// WaitFor.
	TimeoutMs int `json:"timeoutMs,omitempty"`
}

// Answer is what browse.mjs found.
type Answer struct {
	// Browser is the browser's product and version, such as
	// "Chrome/148.0.7778.167"; Axe is axe-core's version.
	Browser string `json:"browser"`
	Axe     string `json:"axe"`
	// Pages are the Request's pages, in its order.
	Pages []PageResult `json:"pages"`
}

// Page is the result of the page named name, or nil.
func (a *Answer) Page(name string) *PageResult {
	for i := range a.Pages {
		if a.Pages[i].Name == name {
			return &a.Pages[i]
		}
	}
	return nil
}

// PageResult is what one page showed after its actions, or as far as it
// got when it failed.
type PageResult struct {
	Name string `json:"name"`
	// URL is the page's URL after its actions (a submitted form's result).
	URL        string `json:"url"`
	JavaScript bool   `json:"javascript"`
	Title      string `json:"title"`
	// Status is the HTTP status of the main document last loaded, the end
	// of its redirects; 0 when none was (a URL that did not answer).
	Status int `json:"status"`
	// Structure is every element matching one of the Page's Structure
	// selectors, once, in document order.
	Structure []Element `json:"structure"`
	// ConsoleErrors are the console's error messages and the page's
	// uncaught exceptions, in order; a resource that failed to load is
	// followed by its URL in parentheses.
	ConsoleErrors []string `json:"consoleErrors"`
	// FailedRequests are the requests that failed or were answered with a
	// status of 400 or more, the page's own document included. The
	// browser's request for /favicon.ico is not the page's, and is left
	// out, as is its console message.
	FailedRequests []FailedRequest `json:"failedRequests"`
	// AxeRan says axe ran; Violations is then what it found, empty for
	// none. AxeSkipped says why axe, asked for, did not run: a page that
	// failed before it is not checked.
	AxeRan     bool        `json:"axeRan,omitempty"`
	Violations []Violation `json:"violations,omitempty"`
	AxeSkipped string      `json:"axeSkipped,omitempty"`
	// Screenshot is the PNG written, when Request.Screenshots was set.
	Screenshot string `json:"screenshot,omitempty"`
	// Error says why the page failed, naming it: a URL that did not load,
	// an action whose selector never appeared, a structure selector that
	// is not CSS. What the page showed then is in the fields above.
	Error string `json:"error,omitempty"`
}

// Texts are the texts of the page's Structure elements that selector
// matched first, in order.
func (p *PageResult) Texts(selector string) []string {
	var texts []string
	for _, e := range p.Structure {
		if e.Selector == selector {
			texts = append(texts, e.Text)
		}
	}
	return texts
}

// Violation is the violated rule id (such as "color-contrast") if the page
// broke it, or nil.
func (p *PageResult) Violation(id string) *Violation {
	for i := range p.Violations {
		if p.Violations[i].ID == id {
			return &p.Violations[i]
		}
	}
	return nil
}

// Element is one element of a page's structure.
type Element struct {
	// Selector is the first of the Page's Structure selectors it matches.
	Selector string `json:"selector"`
	// Tag is its tag name, lower case: "h1", "li", "output".
	Tag string `json:"tag"`
	// Text is its innerText, the text a reader sees, white space collapsed
	// to one space and trimmed, 500 characters at most.
	Text string `json:"text"`
	// Attrs holds its data-* attributes and id, and a link's href as
	// written.
	Attrs map[string]string `json:"attrs"`
}

// FailedRequest is a request that failed (Status 0 and the network's
// Error, such as "net::ERR_CONNECTION_REFUSED") or was answered with Status
// 400 or more.
type FailedRequest struct {
	URL    string `json:"url"`
	Method string `json:"method"`
	Status int    `json:"status"`
	Error  string `json:"error"`
}

// Violation is one axe-core rule a page broke.
type Violation struct {
	// ID is axe's rule, such as "color-contrast" or "label".
	ID string `json:"id"`
	// Impact is "minor", "moderate", "serious" or "critical".
	Impact string `json:"impact"`
	Help   string `json:"help"`
	// Nodes counts the elements that break it; Targets are the CSS
	// selectors of the first 5.
	Nodes   int      `json:"nodes"`
	Targets []string `json:"targets"`
}

// Browse opens req's pages in one headless Chromium and returns what each
// showed. A page that failed is a PageResult with Error set; the error is
// for a Request the script refused or a browser that would not start (an
// *Error), or a ctx that ended, which stops the browser.
func Browse(ctx context.Context, req Request) (*Answer, error) {
	if len(req.Pages) == 0 {
		return nil, errors.New("browse: no page")
	}
	if req.Screenshots != "" {
		abs, err := filepath.Abs(req.Screenshots)
		if err != nil {
			return nil, fmt.Errorf("browse: screenshots: %w", err)
		}
		req.Screenshots = abs
	}
	out, err := peer.Run(ctx, "browse.mjs", req)
	if err != nil {
		return nil, err
	}
	var a Answer
	if err := json.Unmarshal(out, &a); err != nil {
		return nil, fmt.Errorf("browse.mjs printed %.200s: %w", out, err)
	}
	if len(a.Pages) != len(req.Pages) {
		return nil, fmt.Errorf("browse.mjs answered %d pages for %d", len(a.Pages), len(req.Pages))
	}
	return &a, nil
}
