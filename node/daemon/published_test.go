package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/riclient"
)

// get asks url without any credential, as a stranger does.
func get(t *testing.T, url string) (*http.Response, *re.Problem) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode == http.StatusOK {
		return resp, nil
	}
	defer resp.Body.Close()
	p := new(re.Problem)
	if err := json.NewDecoder(resp.Body).Decode(p); err != nil {
		t.Fatalf("%s: %s, not a problem: %v", url, resp.Status, err)
	}
	return resp, p
}

// TestPublishedAuditLogRoute: a node's audit log, read by a stranger on
// the public RE route without the RI token, verifies against the anchored
// checkpoint; bad queries say what to fix; reading costs the node no audit
// entry; the route is in the OpenAPI document and on RE only.
func TestPublishedAuditLogRoute(t *testing.T) {
	ctx := context.Background()
	a := startNode(t, "platform-a.json", false)
	aDID := a.Core.Home.Config.Platform.DID
	var o api.VersionOutcome
	if code, p := ri(t, a, "POST", "/ri/v1/audit/checkpoint", nil, &o); code != 200 {
		t.Fatalf("checkpoint: %d %v", code, p)
	}
	if code, p := ri(t, a, "POST", "/ri/v1/anchor/flush", nil, nil); code != 200 {
		t.Fatalf("flush: %d %v", code, p)
	}
	ri(t, a, "GET", "/ri/v1/node", nil, nil) // an entry after the checkpoint

	log, err := anchor.FetchPublishedLog(ctx, http.DefaultClient, a.RE, anchor.FetchOptions{Node: aDID, PageSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	n, err := a.Core.Node(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v := anchor.VerifyPublishedLog(ctx, log, &anchor.Verifier{Chain: n.Chain})
	if !v.OK || v.Checkpointed == 0 || v.Entries <= v.Checkpointed || v.ContentChecked != v.Entries || log.Pages < 2 {
		t.Fatalf("the published log of %s: %d pages, %+v", aDID, log.Pages, v)
	}
	// Strangers reading cost no audit entry.
	seq, _ := a.Core.Audit.Head()
	resp, p := get(t, a.RE+anchor.PublishedLogPath+"?limit=1")
	if p != nil || resp.Header.Get(re.SignatureHeader) == "" || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("a stranger's read: %s %v %v", resp.Status, p, resp.Header)
	}
	resp.Body.Close()
	if after, _ := a.Core.Audit.Head(); after != seq {
		t.Fatalf("reading the published log wrote %d audit entries", after-seq)
	}
	for _, tc := range []struct{ query, want string }{
		{"limit=100000", `limit="100000": want 1 to 1000`},
		{"after=-1", `after="-1": want the sequence number`},
		{"after=abc", `after="abc"`},
	} {
		resp, p := get(t, a.RE+anchor.PublishedLogPath+"?"+tc.query)
		if resp.StatusCode != http.StatusBadRequest || p == nil || p.Code != re.CodeBadRequest || !strings.Contains(p.Detail, tc.want) {
			t.Errorf("%s: %s %+v, want 400 saying %q", tc.query, resp.Status, p, tc.want)
		}
	}
	if resp, _ := get(t, a.RI+anchor.PublishedLogPath); resp.StatusCode != http.StatusNotFound {
		t.Errorf("the route on RI: %s, want 404 (it is served on RE)", resp.Status)
	}
	// The node's platform reads it through its RI client as well.
	rc, err := riclient.New(a.RI, a.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	if page, err := rc.PublishedAudit(ctx, 0, 1); err != nil || page.Signature == "" || !strings.Contains(string(page.Body), anchor.PublishedPageType) {
		t.Fatalf("riclient: %+v %v", page, err)
	}
	doc := a.Server.OpenAPI()
	op, _ := doc["paths"].(map[string]map[string]any)[anchor.PublishedLogPath]["get"].(map[string]any)
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	if op == nil || op["operationId"] != "audit.published" || len(op["security"].([]any)) != 0 || schemas["PublishedAuditPage"] == nil {
		t.Fatalf("OpenAPI: %v", op)
	}
}

// TestPublishedAuditLogRefusals: a node whose operator does not publish
// says so (404), one whose key is locked cannot sign (503), and the RE
// rate limit holds strangers back on the route.
func TestPublishedAuditLogRefusals(t *testing.T) {
	off := startNodeWith(t, "", false, func(c *home.Config) { c.Audit.Publish.Disabled = true })
	resp, p := get(t, off.RE+anchor.PublishedLogPath)
	if resp.StatusCode != http.StatusNotFound || p == nil || p.Code != "audit-not-published" || !strings.Contains(p.Detail, "does not publish its audit log") {
		t.Fatalf("disabled: %s %+v", resp.Status, p)
	}

	cfg := home.DefaultConfig()
	cfg.Keystore.KDF = "light"
	h, err := home.Init(filepath.Join(t.TempDir(), "home"), home.InitOptions{Config: cfg, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	c, err := core.Open(context.Background(), core.Config{Home: h, API: core.APIRI}) // no passphrase: locked
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	net := cfg.Net
	net.RatePerIP, net.BurstPerIP = 0.01, 2
	srv := httptest.NewServer(NewServer(c, ServerOptions{Net: net}).Handler(apiRE))
	t.Cleanup(srv.Close)
	resp, p = get(t, srv.URL+anchor.PublishedLogPath)
	if resp.StatusCode != http.StatusServiceUnavailable || p == nil || p.Code != "key-locked" || !strings.Contains(p.Detail, "key is locked") || strings.Contains(p.Detail, "passphrase was given") {
		t.Fatalf("locked: %s %+v", resp.Status, p)
	}
	get(t, srv.URL+anchor.PublishedLogPath)
	if resp, p = get(t, srv.URL+anchor.PublishedLogPath); resp.StatusCode != http.StatusTooManyRequests || p.Code != re.CodeRateLimited {
		t.Fatalf("the third request of a burst of 2: %s %+v", resp.Status, p)
	}
}

// TestPublishedAuditLogBusy: strangers asking from many addresses for
// pages nobody else reads meet the node's bound on the entries it puts
// into pages a second ([audit.publish] entries_per_second), answered 429
// with the wait and what to read instead, while the kept pages every
// auditor reads are still served.
func TestPublishedAuditLogBusy(t *testing.T) {
	a := startNodeWith(t, "", false, func(c *home.Config) {
		c.Audit.Publish.EntriesPerSecond = 100
		c.Net.RatePerIP, c.Net.BurstPerIP = 10000, 10000 // as if from many addresses
	})
	for range 20 {
		ri(t, a, "GET", "/ri/v1/node", nil, nil)
	}
	resp, p := get(t, a.RE+anchor.PublishedLogPath) // an auditor's page, kept
	if p != nil {
		t.Fatalf("the first page: %s %+v", resp.Status, p)
	}
	resp.Body.Close()
	refused := 0
	for i := range 300 {
		resp, p := get(t, fmt.Sprintf("%s%s?after=%d&limit=%d", a.RE, anchor.PublishedLogPath, i%10, 100+i))
		if p == nil {
			resp.Body.Close()
			continue
		}
		if resp.StatusCode != http.StatusTooManyRequests || p.Code != re.CodeRateLimited || resp.Header.Get("Retry-After") == "" ||
			!strings.Contains(p.Detail, "at most 100 entries a second of audit log pages it has not kept") || !strings.Contains(p.Detail, "after=0 and multiples of 500") {
			t.Fatalf("a page past the bound: %s %+v %v", resp.Status, p, resp.Header)
		}
		refused++
	}
	if refused == 0 {
		t.Fatal("300 pages of distinct queries were all made, at 1 entry a second")
	}
	if resp, p := get(t, a.RE+anchor.PublishedLogPath); p != nil {
		t.Fatalf("the kept page while the node is busy: %s %+v", resp.Status, p)
	} else {
		resp.Body.Close()
	}
}

// TestPublishedAuditLogFailuresLogOncePerPeriod: a failure of the node's
// own on the public route is answered 500 each time, but logged at most
// once a minute, with how many requests failed since: strangers choose
// how often they ask, and must not fill the node's log.
func TestPublishedAuditLogFailuresLogOncePerPeriod(t *testing.T) {
	cfg := home.DefaultConfig()
	cfg.Keystore.KDF = "light"
	h, err := home.Init(filepath.Join(t.TempDir(), "home"), home.InitOptions{Config: cfg, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	c, err := core.Open(context.Background(), core.Config{Home: h, Passphrase: func() (string, error) { return testPass, nil }, API: core.APIRI})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	// A policy the publisher refuses: every page fails the same way.
	c.Home.Config.Audit.Publish.Redact = []string{"time"}
	var (
		mu    sync.Mutex
		now   = time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
		lines bytes.Buffer
	)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	logger := slog.New(slog.NewJSONHandler(&lockedWriter{mu: &mu, w: &lines}, nil))
	net := cfg.Net
	net.RatePerIP, net.BurstPerIP = 1000, 1000
	srv := httptest.NewServer(NewServer(c, ServerOptions{Net: net, Log: logger, Now: clock}).Handler(apiRE))
	t.Cleanup(srv.Close)
	ask := func(n int) {
		t.Helper()
		for range n {
			resp, p := get(t, srv.URL+anchor.PublishedLogPath)
			if resp.StatusCode != http.StatusInternalServerError || p == nil || !strings.Contains(p.Detail, "its operator has the details") {
				t.Fatalf("a failing page: %s %+v", resp.Status, p)
			}
		}
	}
	logged := func() []map[string]any {
		mu.Lock()
		defer mu.Unlock()
		var out []map[string]any
		for _, line := range strings.Split(strings.TrimSpace(lines.String()), "\n") {
			var m map[string]any
			if json.Unmarshal([]byte(line), &m) == nil && m["msg"] == "publish the audit log" {
				out = append(out, m)
			}
		}
		return out
	}
	ask(5)
	if l := logged(); len(l) != 1 || !strings.Contains(fmt.Sprint(l[0]["error"]), `redact[0] "time"`) {
		t.Fatalf("5 failures logged as %v, want the first only, with its error", l)
	}
	mu.Lock()
	now = now.Add(61 * time.Second)
	mu.Unlock()
	ask(1)
	ask(3)
	l := logged()
	if len(l) != 2 || l[1]["failures"] != float64(5) || l[1]["since"] != "2026-05-01T12:00:00Z" {
		t.Fatalf("after a minute: %v, want a second line counting the 5 failures since the first", l)
	}
}

// lockedWriter writes to w under mu.
type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}
