package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/riclient"
)

const testMaxUpload = 64 << 10

// startContentNode serves a node whose uploads are capped at 64 KiB.
func startContentNode(t *testing.T) (*InProcess, *riclient.Client) {
	t.Helper()
	p := startNodeWith(t, "", false, func(c *home.Config) {
		c.Net.AllowPrivate = home.Loopback
		c.Content.MaxUpload = testMaxUpload
	})
	cl, err := riclient.New(p.RI, p.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p, cl
}

// blocks counts the blocks in the node's store.
func blocks(t *testing.T, p *InProcess) int {
	t.Helper()
	s, err := p.Core.ContentStore(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	keys, err := s.Blockstore().AllKeysChan(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range keys {
		n++
	}
	return n
}

// riDo sends one RI request; header holds extra headers, token "" sends none.
func riDo(t *testing.T, p *InProcess, token, method, path, contentType string, body io.Reader, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, p.RI+path, body)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

func problemOf(t *testing.T, b []byte) re.Problem {
	t.Helper()
	var p re.Problem
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatalf("not a problem: %s", b)
	}
	return p
}

// The attacker's requests first: no token, a bad CID, an upload over the
// limit (declared or not), a corrupt CAR. Each is refused with a clear
// problem and leaves the store as it was.
func TestContentRoutesRefuse(t *testing.T) {
	p, _ := startContentNode(t)
	const absent = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	big := bytes.Repeat([]byte("x"), testMaxUpload+1)
	before := blocks(t, p)

	for _, tc := range []struct {
		method, path string
	}{{"POST", "/ri/v1/content"}, {"GET", "/ri/v1/content/" + absent}, {"GET", "/ri/v1/content/pins"}, {"POST", "/ri/v1/content/car"}, {"POST", "/ri/v1/content/gc"}} {
		resp, b := riDo(t, p, "", tc.method, tc.path, "", strings.NewReader("data"), nil)
		if resp.StatusCode != http.StatusUnauthorized || problemOf(t, b).Code != re.CodeUnauthorized {
			t.Errorf("%s %s without a token: %d %s", tc.method, tc.path, resp.StatusCode, b)
		}
	}
	tests := []struct {
		name         string
		method, path string
		ct           string
		body         io.Reader
		status       int
		detail       string
	}{
		{"bad CID cat", "GET", "/ri/v1/content/QmNotACid", "", nil, 400, `"QmNotACid" is not a CID`},
		{"bad CID ls", "GET", "/ri/v1/content/QmNotACid/ls", "", nil, 400, "is not a CID"},
		{"bad CID pin", "POST", "/ri/v1/content/pins/QmNotACid", "", nil, 400, "is not a CID"},
		{"absent", "GET", "/ri/v1/content/" + absent + "/stat", "", nil, 404, "content not in the store"},
		{"absent export", "GET", "/ri/v1/content/" + absent + "/car", "", nil, 404, "content not in the store"},
		{"absent pin", "POST", "/ri/v1/content/pins/" + absent, "", nil, 404, "content not in the store"},
		{"bad flag", "POST", "/ri/v1/content?cid-version=2", "", strings.NewReader("x"), 400, "want 0 or 1"},
		{"bad chunker", "POST", "/ri/v1/content?chunker=size-x", "", strings.NewReader("x"), 400, "chunker"},
		{"bad bool", "POST", "/ri/v1/content?pin=maybe", "", strings.NewReader("x"), 400, "true or false"},
		{"bad name", "POST", "/ri/v1/content?name=a/b", "", strings.NewReader("x"), 400, "without /"},
		{"bad media", "POST", "/ri/v1/content", "text/plain", strings.NewReader("x"), 415, "application/octet-stream or application/x-tar"},
		{"bad tar", "POST", "/ri/v1/content", "application/x-tar", strings.NewReader(strings.Repeat("not a tar", 100)), 400, "invalid folder tar"},
		{"declared too large", "POST", "/ri/v1/content", "", bytes.NewReader(big), 413, "content.max_upload"},
		// Sent chunked: the node finds out while it stores the blocks.
		{"too large", "POST", "/ri/v1/content", "", io.MultiReader(bytes.NewReader(big)), 413, "nothing was stored"},
		{"folder too large", "POST", "/ri/v1/content", "application/x-tar", io.MultiReader(tarOf(t, "a.bin", big)), 413, "nothing was stored"},
		{"CAR too large", "POST", "/ri/v1/content/car", "", io.MultiReader(carOf(t, noise(testMaxUpload))), 413, "nothing was stored"},
		{"corrupt CAR", "POST", "/ri/v1/content/car", "application/vnd.ipld.car", strings.NewReader("definitely not a CAR"), 400, "corrupt or invalid CAR"},
		{"bad fetch URL", "POST", "/ri/v1/content/fetch", "application/json", strings.NewReader(`{"cid":"` + absent + `","from":"ftp://x"}`), 400, "want http(s)"},
	}
	for _, tc := range tests {
		resp, b := riDo(t, p, p.Token, tc.method, tc.path, tc.ct, tc.body, nil)
		if resp.StatusCode != tc.status || !strings.Contains(problemOf(t, b).Detail, tc.detail) {
			t.Errorf("%s: %d %s; want %d saying %q", tc.name, resp.StatusCode, b, tc.status, tc.detail)
		}
	}
	if n := blocks(t, p); n != before {
		t.Fatalf("%d blocks after the refused requests, %d before", n, before)
	}
	entries, err := p.Core.AuditLog(context.Background(), api.AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	refused := 0
	for _, e := range entries {
		if (e.Op == "content.add" || e.Op == "content.import") && e.Outcome == "refused" {
			refused++
		}
	}
	if refused < 8 {
		t.Errorf("%d refused uploads in the audit log, want each one:\n%v", refused, entries)
	}
}

// noise is n bytes that do not repeat, so no two blocks are the same.
func noise(n int) []byte {
	b := make([]byte, n)
	x := uint32(1)
	for i := range b {
		x = x*1664525 + 1013904223
		b[i] = byte(x >> 24)
	}
	return b
}

// carOf is a valid CAR of data, from a store of its own.
func carOf(t *testing.T, data []byte) *bytes.Buffer {
	t.Helper()
	ctx := context.Background()
	s, err := ipfs.Open(ctx, t.TempDir(), ipfs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	added, err := s.AddReader(ctx, bytes.NewReader(data), ipfs.AddOptions{Chunker: "size-1024"})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := s.Export(ctx, added.CID, &buf); err != nil {
		t.Fatal(err)
	}
	return &buf
}

func tarOf(t *testing.T, name string, data []byte) *bytes.Buffer {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, name), data, 0o644)
	var buf bytes.Buffer
	if err := ipfs.TarFolder(context.Background(), &buf, dir, false, nil); err != nil {
		t.Fatal(err)
	}
	return &buf
}

func TestContentCatRanges(t *testing.T) {
	p, cl := startContentNode(t)
	ctx := context.Background()
	data := []byte("0123456789abcdefghij") // 20 bytes
	added, err := cl.ContentAdd(ctx, api.Upload{Body: bytes.NewReader(data), Size: int64(len(data)), Name: "digits.txt"}, api.AddOptions{CIDVersion: 1, Pin: true})
	if err != nil {
		t.Fatal(err)
	}
	if added.Name != "digits.txt" || added.Bytes != 20 || !strings.HasPrefix(added.CID.String(), "bafk") {
		t.Fatalf("added %+v", added)
	}
	path := "/ri/v1/content/" + added.CID.String()
	tests := []struct {
		query, rng   string
		status       int
		body, crange string
	}{
		{"", "", 200, string(data), ""},
		{"?offset=5&length=3", "", 200, "567", ""},
		{"?offset=18", "", 200, "ij", ""},
		{"?offset=20", "", 200, "", ""},
		{"?length=0", "", 200, "", ""},
		{"", "bytes=2-5", 206, "2345", "bytes 2-5/20"},
		{"", "bytes=15-", 206, "fghij", "bytes 15-19/20"},
		{"", "bytes=-3", 206, "hij", "bytes 17-19/20"},
		{"", "bytes=10-400", 206, "abcdefghij", "bytes 10-19/20"},
		{"", "bytes=-400", 206, string(data), "bytes 0-19/20"},
		{"", "items=1-2", 200, string(data), ""}, // another unit: ignored
		{"", "bytes=20-", 416, "", "bytes */20"},
		{"", "bytes=5-2", 416, "", "bytes */20"},
		{"", "bytes=-0", 416, "", "bytes */20"},
		{"", "bytes=1-2,4-5", 416, "", "bytes */20"},
		{"", "bytes=x-y", 416, "", "bytes */20"},
		{"?offset=21", "", 416, "", "bytes */20"},
		{"?offset=-1", "", 400, "", ""},
		{"?length=-2", "", 400, "", ""},
		{"?offset=1", "bytes=1-2", 400, "", ""},
	}
	for _, tc := range tests {
		h := map[string]string{}
		if tc.rng != "" {
			h["Range"] = tc.rng
		}
		resp, b := riDo(t, p, p.Token, "GET", path+tc.query, "", nil, h)
		if resp.StatusCode != tc.status || resp.Header.Get("Content-Range") != tc.crange {
			t.Errorf("%s %s: %d Content-Range %q %s; want %d %q", tc.query, tc.rng, resp.StatusCode, resp.Header.Get("Content-Range"), b, tc.status, tc.crange)
			continue
		}
		if tc.status < 300 && (string(b) != tc.body || resp.Header.Get("Mifm-File-Size") != "20") {
			t.Errorf("%s %s: body %q size %q, want %q of 20", tc.query, tc.rng, b, resp.Header.Get("Mifm-File-Size"), tc.body)
		}
	}

	// The client reads the same range and the same errors as the core.
	f, err := cl.ContentCat(ctx, added.CID, 5, 3)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(f)
	f.Close()
	if string(got) != "567" || f.Size != 20 {
		t.Fatalf("client cat 5+3 = %q (size %d), %v", got, f.Size, err)
	}
	_, rerr := cl.ContentCat(ctx, added.CID, 21, -1)
	_, cerr := p.Core.ContentCat(ctx, added.CID, 21, -1)
	if rerr == nil || cerr == nil || rerr.Error() != cerr.Error() {
		t.Fatalf("cat past the end: client %v, core %v", rerr, cerr)
	}
}

// A folder, a CAR round trip to a second node, pins and gc, all through
// the client.
func TestContentThroughTheClient(t *testing.T) {
	a, ca := startContentNode(t)
	b, cb := startContentNode(t)
	ctx := context.Background()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("alpha\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), bytes.Repeat([]byte("beta "), 10_000), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte("no"), 0o644)
	want, err := ipfsAddOnlyHash(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(ipfs.TarFolder(ctx, pw, dir, false, nil)) }()
	added, err := ca.ContentAdd(ctx, api.Upload{Body: pr, Folder: true}, api.AddOptions{Pin: true})
	if err != nil {
		t.Fatal(err)
	}
	if added.CID != want || added.Files != 2 || added.Dirs != 2 {
		t.Fatalf("folder added as %+v, want %s, 2 files, 2 dirs", added, want)
	}
	entries, err := ca.ContentLs(ctx, added.CID)
	if err != nil || len(entries) != 2 || entries[0].Name != "a.txt" || entries[1].Name != "sub" || entries[1].Type != "directory" {
		t.Fatalf("ls = %+v, %v", entries, err)
	}
	st, err := ca.ContentStat(ctx, added.CID)
	if err != nil || st.Type != "directory" || st.CID != added.CID {
		t.Fatalf("stat = %+v, %v", st, err)
	}

	var car bytes.Buffer
	exp, err := ca.ContentExport(ctx, added.CID, &car)
	if err != nil || exp.Blocks != st.Blocks {
		t.Fatalf("export = %+v, %v; want %d blocks", exp, err, st.Blocks)
	}
	imp, err := cb.ContentImport(ctx, &car)
	if err != nil || imp.Blocks != st.Blocks || len(imp.Pinned) != 1 || imp.Pinned[0] != added.CID {
		t.Fatalf("import = %+v, %v", imp, err)
	}
	pins, err := cb.PinLs(ctx)
	if err != nil || len(pins) != 1 || pins[0] != added.CID.String() {
		t.Fatalf("pins on b = %v, %v", pins, err)
	}
	if _, err := cb.PinRm(ctx, added.CID); err != nil {
		t.Fatal(err)
	}
	gc, err := cb.ContentGC(ctx)
	if err != nil || gc.Removed != st.Blocks || blocks(t, b) != 0 {
		t.Fatalf("gc = %+v, %v; want %d removed", gc, err, st.Blocks)
	}
	if _, err := cb.PinAdd(ctx, added.CID); err == nil || !strings.Contains(err.Error(), "content not in the store") {
		t.Fatalf("pin of collected content: %v", err)
	}
	_ = a // a's store holds the original
}

func ipfsAddOnlyHash(t *testing.T, dir string) (cid.Cid, error) {
	s, err := ipfs.Open(context.Background(), t.TempDir(), ipfs.Options{})
	if err != nil {
		return cid.Undef, err
	}
	defer s.Close()
	added, err := s.Add(context.Background(), dir, ipfs.AddOptions{OnlyHash: true})
	return added.CID, err
}

// The RI audit entry of an add is content.add.
func TestContentAddAudited(t *testing.T) {
	p, cl := startContentNode(t)
	if _, err := cl.ContentAdd(context.Background(), api.Upload{Body: strings.NewReader("hello")}, api.AddOptions{Pin: true}); err != nil {
		t.Fatal(err)
	}
	entries, _ := p.Core.AuditLog(context.Background(), api.AuditQuery{})
	var last audit.Entry
	for _, e := range entries {
		if e.Op == "content.add" {
			last = e
		}
	}
	if last.Outcome != "ok" || last.API != "ri" {
		t.Fatalf("no ok content.add in the audit log: %+v", entries)
	}
}

// content.migrate names where the node sends its content, with its Kubo
// credential: a stranger without the RI token is refused before anything
// is read, and the platform itself may name only a Kubo on the node's
// machine over RI, refused before any request leaves the node.
func TestContentMigrateOverRIStaysOnTheMachine(t *testing.T) {
	p, _ := startContentNode(t)
	resp, err := http.Post(p.RI+"/ri/v1/content/migrate", "application/json", strings.NewReader(`{"to":"kubo:http://127.0.0.1:1"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("migrate without the RI token: %d, want 401", resp.StatusCode)
	}
	for _, tc := range []struct{ to, want string }{
		{"kubo:http://203.0.113.5:5001", "only to a Kubo on this machine"},
		{"s3://bucket", "bad content backend"},
		{"", "migrate moves content into a Kubo"},
	} {
		code, prob := ri(t, p, "POST", "/ri/v1/content/migrate", map[string]string{"to": tc.to}, nil)
		if code != http.StatusBadRequest || prob == nil || !strings.Contains(prob.Detail, tc.want) {
			t.Errorf("migrate to %q: %d %+v, want 400 saying %q", tc.to, code, prob, tc.want)
		}
	}
}
