package explorerjs_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/testnet/explorerjs"
)

// sword is an explorer-like page: a heading, a list of data-kind events, a
// button whose inline script sets the verdict (a note says so to a browser
// without JavaScript), and a paragraph in the colour given: #bbbbbb on
// white is 1.9:1, under WCAG AA's 4.5:1; #333333 is 12.6:1.
var sword = template.Must(template.New("sword").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sword</title></head>
<body><main>
<h1>Sword   of
 Ages</h1>
<h2>Transfers</h2>
<ul>
<li data-kind="lock">Locked on chain A</li>
<li data-kind="mint" id="m1">Minted on <em>chain B</em></li>
<li data-kind="release">Released</li>
</ul>
<button type="button" id="check">Check</button>
<output id="verdict" data-verdict=""></output>
<noscript><p data-check="script">Checking needs JavaScript.</p></noscript>
<p id="faint" style="color:{{.}};background:#ffffff">Anchored in batch 7</p>
</main>
<script>
document.getElementById("check").addEventListener("click", () => {
  const o = document.getElementById("verdict");
  o.textContent = "valid";
  o.dataset.verdict = "valid";
});
</script>
</body></html>`))

const search = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search</title></head>
<body><main><h1>Search</h1>
<form id="search" method="post" action="/search">
<label for="q">Asset</label> <input id="q" name="q">
<button>Find</button>
</form></main></body></html>`

const results = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Results</title></head>
<body><main><h1>Results</h1><ul><li data-kind="result">%s</li></ul></main></body></html>`

const broken = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
<body><main><h1>Broken</h1><img src="/missing.png" alt="">
<script>console.error("boom")</script></main></body></html>`

// serve is the explorer of the test: /sword (faint text), /fixed (the
// same, readable), /search, whose form is posted and redirected (303) to
// /results?q=…, and /broken, with a missing image and a console error.
func serve(t *testing.T) string {
	t.Helper()
	mux := http.NewServeMux()
	page := func(colour string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_ = sword.Execute(w, colour)
		}
	}
	html := func(w http.ResponseWriter, body string) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(body))
	}
	mux.Handle("GET /sword", page("#bbbbbb"))
	mux.Handle("GET /fixed", page("#333333"))
	mux.HandleFunc("GET /search", func(w http.ResponseWriter, r *http.Request) { html(w, search) })
	mux.HandleFunc("POST /search", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/results?q="+template.URLQueryEscaper(r.FormValue("q")), http.StatusSeeOther)
	})
	mux.HandleFunc("GET /results", func(w http.ResponseWriter, r *http.Request) {
		html(w, fmt.Sprintf(results, template.HTMLEscapeString(r.URL.Query().Get("q"))))
	})
	mux.HandleFunc("GET /broken", func(w http.ResponseWriter, r *http.Request) { html(w, broken) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

func setup(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	explorerjs.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// One browser opens every page; each case checks its own.
func TestBrowse(t *testing.T) {
	ctx := setup(t)
	base := serve(t)
	shots := t.TempDir()
	swordStructure := func(verdict string, javascript bool) []explorerjs.Element {
		s := []explorerjs.Element{
			{Selector: "h1", Tag: "h1", Text: "Sword of Ages", Attrs: map[string]string{}},
			{Selector: "h2", Tag: "h2", Text: "Transfers", Attrs: map[string]string{}},
			{Selector: "[data-kind]", Tag: "li", Text: "Locked on chain A", Attrs: map[string]string{"data-kind": "lock"}},
			{Selector: "[data-kind]", Tag: "li", Text: "Minted on chain B", Attrs: map[string]string{"data-kind": "mint", "id": "m1"}},
			{Selector: "[data-kind]", Tag: "li", Text: "Released", Attrs: map[string]string{"data-kind": "release"}},
			{Selector: "[data-verdict]", Tag: "output", Text: verdict, Attrs: map[string]string{"data-verdict": verdict, "id": "verdict"}},
		}
		if !javascript {
			s = append(s, explorerjs.Element{Selector: "[data-check]", Tag: "p", Text: "Checking needs JavaScript.", Attrs: map[string]string{"data-check": "script"}})
		}
		return s
	}
	cases := []struct {
		page      explorerjs.Page
		title     string
		path      string // of the page's URL at the end
		structure []explorerjs.Element
		violation string   // the one rule axe must find, of #faint; "" for none
		error     []string // what the page's error must say; nil for none
		check     func(t *testing.T, p *explorerjs.PageResult)
	}{{
		page:  explorerjs.Page{Name: "sword-js", URL: base + "/sword", JavaScript: true, Axe: true, Actions: []explorerjs.Action{{Click: "#check"}}},
		title: "Sword", path: "/sword", structure: swordStructure("valid", true), violation: "color-contrast",
	}, {
		// The button's script does not run: the verdict stays empty, and
		// the noscript note shows; axe, which needs script, checks the page
		// all the same.
		page:  explorerjs.Page{Name: "sword-nojs", URL: base + "/sword", JavaScript: false, Axe: true, Actions: []explorerjs.Action{{Click: "#check"}}},
		title: "Sword", path: "/sword", structure: swordStructure("", false), violation: "color-contrast",
	}, {
		page:  explorerjs.Page{Name: "fixed", URL: base + "/fixed", JavaScript: true, Axe: true},
		title: "Sword", path: "/fixed", structure: swordStructure("", true),
	}, {
		// Typed, posted without script, redirected (303) and loaded.
		page: explorerjs.Page{Name: "search-nojs", URL: base + "/search", JavaScript: false, Structure: []string{"h1", "li[data-kind]"},
			Actions: []explorerjs.Action{{Fill: "#q", Value: "sword <7>"}, {Submit: "form#search"}}},
		title: "Results", path: "/results?q=sword+%3C7%3E", structure: []explorerjs.Element{
			{Selector: "h1", Tag: "h1", Text: "Results", Attrs: map[string]string{}},
			{Selector: "li[data-kind]", Tag: "li", Text: "sword <7>", Attrs: map[string]string{"data-kind": "result"}},
		},
	}, {
		page:  explorerjs.Page{Name: "broken", URL: base + "/broken", JavaScript: true, Axe: true, Actions: []explorerjs.Action{{Click: "#nope", TimeoutMs: 500}}},
		title: "Broken", path: "/broken",
		structure: []explorerjs.Element{{Selector: "h1", Tag: "h1", Text: "Broken", Attrs: map[string]string{}}},
		error:     []string{`page "broken"`, `action 1`, `selector "#nope" did not appear within 500 ms`},
		check: func(t *testing.T, p *explorerjs.PageResult) {
			if p.AxeRan || p.AxeSkipped == "" {
				t.Errorf("axe on a failed page: ran %v, skipped %q", p.AxeRan, p.AxeSkipped)
			}
			if len(p.ConsoleErrors) != 2 || !slices.Contains(p.ConsoleErrors, "boom") ||
				!strings.Contains(strings.Join(p.ConsoleErrors, "\n"), "("+base+"/missing.png)") {
				t.Errorf("console errors %q, want boom and the missing image's", p.ConsoleErrors)
			}
			if len(p.FailedRequests) != 1 || p.FailedRequests[0].URL != base+"/missing.png" || p.FailedRequests[0].Status != 404 {
				t.Errorf("failed requests %+v, want /missing.png's 404 alone (not the favicon's)", p.FailedRequests)
			}
		},
	}}
	req := explorerjs.Request{Screenshots: shots}
	for _, tc := range cases {
		req.Pages = append(req.Pages, tc.page)
	}
	start := time.Now()
	a, err := explorerjs.Browse(ctx, req)
	if err != nil {
		var e *explorerjs.Error
		if errors.As(err, &e) {
			t.Fatalf("%v\n%s", err, e.Stderr)
		}
		t.Fatal(err)
	}
	t.Logf("%s, axe-core %s: %d pages in %v", a.Browser, a.Axe, len(a.Pages), time.Since(start).Round(time.Millisecond))

	for _, tc := range cases {
		t.Run(tc.page.Name, func(t *testing.T) {
			p := a.Page(tc.page.Name)
			if p == nil {
				t.Fatalf("no page %s in the answer", tc.page.Name)
			}
			if tc.error == nil && p.Error != "" {
				t.Fatalf("page error: %s", p.Error)
			}
			for _, want := range tc.error {
				if !strings.Contains(p.Error, want) {
					t.Errorf("error %q, want it to say %q", p.Error, want)
				}
			}
			if p.Title != tc.title || p.URL != base+tc.path || p.Status != http.StatusOK || p.JavaScript != tc.page.JavaScript {
				t.Errorf("title %q, URL %s, status %d, javascript %v; want %q, %s, 200, %v", p.Title, p.URL, p.Status, p.JavaScript, tc.title, base+tc.path, tc.page.JavaScript)
			}
			if !reflect.DeepEqual(p.Structure, tc.structure) {
				got, _ := json.MarshalIndent(p.Structure, "", "  ")
				t.Errorf("structure\n%s\nwant %+v", got, tc.structure)
			}
			if tc.check != nil {
				tc.check(t, p)
			} else if len(p.ConsoleErrors) != 0 || len(p.FailedRequests) != 0 {
				t.Errorf("console errors %q, failed requests %+v", p.ConsoleErrors, p.FailedRequests)
			}
			if !tc.page.Axe || tc.error != nil {
				return
			}
			if !p.AxeRan {
				t.Fatalf("axe did not run: %s", p.AxeSkipped)
			}
			if tc.violation == "" {
				if len(p.Violations) != 0 {
					t.Errorf("violations %+v, want none", p.Violations)
				}
				return
			}
			if v := p.Violation(tc.violation); len(p.Violations) != 1 || v == nil || v.Nodes != 1 || !slices.Equal(v.Targets, []string{"#faint"}) {
				t.Errorf("violations %+v, want %s of #faint alone", p.Violations, tc.violation)
			}
		})
	}

	// The screenshot, and its structure beside it.
	p := a.Page("sword-js")
	png, err := os.ReadFile(filepath.Join(shots, "sword-js.png"))
	if err != nil || p.Screenshot != filepath.Join(shots, "sword-js.png") || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("screenshot %q: %d bytes, %v", p.Screenshot, len(png), err)
	}
	var saved []explorerjs.Element
	if b, err := os.ReadFile(filepath.Join(shots, "sword-js.structure.json")); err != nil || json.Unmarshal(b, &saved) != nil || !reflect.DeepEqual(saved, p.Structure) {
		t.Errorf("sword-js.structure.json: %v, %+v", err, saved)
	}
}

// A request browse.mjs cannot carry out fails whole, before or at the
// browser's start, and says why.
func TestBrowseRefuses(t *testing.T) {
	ctx := setup(t)
	page := explorerjs.Page{Name: "a", URL: "about:blank"}
	for _, tc := range []struct {
		name string
		req  explorerjs.Request
		want string
	}{
		{"no chromium", explorerjs.Request{Chromium: "/nonexistent/chromium", Pages: []explorerjs.Page{page}}, "no Chromium at /nonexistent/chromium (ENOENT): install Debian's chromium (apt-get install chromium)"},
		{"not a browser", explorerjs.Request{Chromium: "/bin/false", Pages: []explorerjs.Page{page}}, "launch /bin/false:"},
		{"same name twice", explorerjs.Request{Pages: []explorerjs.Page{page, page}}, `pages[1].name "a": two pages have it`},
		{"two actions in one", explorerjs.Request{Pages: []explorerjs.Page{{Name: "a", URL: "about:blank", Actions: []explorerjs.Action{{Click: "a", Submit: "form"}}}}}, "pages[0].actions[0]: want exactly one of click, waitFor, fill, submit, found 2"},
		{"no URL", explorerjs.Request{Pages: []explorerjs.Page{{Name: "a"}}}, `pages[0].url "": not a URL`},
		{"a value to click", explorerjs.Request{Pages: []explorerjs.Page{{Name: "a", URL: "about:blank", Actions: []explorerjs.Action{{Click: "a", Value: "x"}}}}}, `pages[0].actions[0]: unknown field "value"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := explorerjs.Browse(ctx, tc.req)
			var e *explorerjs.Error
			if !errors.As(err, &e) || !strings.Contains(e.Stderr, tc.want) {
				t.Fatalf("Browse = %v, want an *Error saying %q", err, tc.want)
			}
		})
	}
}

// A test opens its explorer's pages in one call, and checks what each shows.
func ExampleBrowse() {
	ctx := context.Background()
	a, err := explorerjs.Browse(ctx, explorerjs.Request{Pages: []explorerjs.Page{{
		Name:       "asset",
		URL:        "http://127.0.0.1:8545/explorer/asset/7",
		JavaScript: true,
		Actions:    []explorerjs.Action{{Click: "button#verify"}, {WaitFor: "[data-verdict]:not(:empty)"}},
		Axe:        true,
	}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := a.Page("asset")
	fmt.Println(p.Error, p.Texts("[data-verdict]"), len(p.Violations))
}
