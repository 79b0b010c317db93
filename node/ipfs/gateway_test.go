package ipfs_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/mifm/mifm/node/ipfs"
)

func serveGateway(t *testing.T, s *ipfs.Store) *httptest.Server {
	t.Helper()
	h, err := s.Gateway()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func testFetchFromGateway(t *testing.T, open opener) {
	ctx := context.Background()
	a, b := open(t), open(t)
	for _, p := range kuboProfiles {
		t.Run(p.name, func(t *testing.T) {
			root, data := addRandom(t, a, 4<<20+17, 20, p.opts)
			srv := serveGateway(t, a)
			got, err := b.Fetch(ctx, srv.URL, root)
			if err != nil {
				t.Fatal(err)
			}
			st, _ := a.Stat(ctx, root)
			if got.Blocks != st.Blocks || got.New != st.Blocks {
				t.Fatalf("fetched %+v, want %d new blocks", got, st.Blocks)
			}
			if !bytes.Equal(catAll(t, b, root), data) {
				t.Fatal("fetched content differs")
			}
			if pins, _ := b.Pins(ctx); !containsCID(pins, root) {
				t.Fatal("fetched root not pinned")
			}
		})
	}
	// A directory tree, with its HAMT-free directories and shared blocks.
	tree := kuboCases[6].make(t, t.TempDir())
	added, err := a.Add(ctx, tree, ipfs.AddOptions{CIDVersion: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Fetch(ctx, serveGateway(t, a).URL, added.CID); err != nil {
		t.Fatal(err)
	}
	if entries, err := b.Ls(ctx, added.CID); err != nil || len(entries) != 3 {
		t.Fatalf("ls of the fetched tree = %v, %v", entries, err)
	}
}

func containsCID(cs []cid.Cid, c cid.Cid) bool {
	for _, x := range cs {
		if x.Equals(c) {
			return true
		}
	}
	return false
}

// Any HTTP client can fetch a raw block and check it against the CID itself.
func testGatewayServesVerifiableBlocks(t *testing.T, open opener) {
	a := open(t)
	root, _ := addRandom(t, a, 100, 21, ipfs.AddOptions{CIDVersion: 1})
	srv := serveGateway(t, a)
	for _, q := range []struct{ query, accept, want string }{
		{"?format=raw", "", "application/vnd.ipld.raw"},
		{"", "application/vnd.ipld.raw", "application/vnd.ipld.raw"},
		{"?format=car", "", "application/vnd.ipld.car"},
		{"", "application/vnd.ipld.car", "application/vnd.ipld.car"},
	} {
		req, _ := http.NewRequest("GET", srv.URL+"/ipfs/"+root.String()+q.query, nil)
		if q.accept != "" {
			req.Header.Set("Accept", q.accept)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), q.want) {
			t.Fatalf("%s %s: %s %s", q.query, q.accept, resp.Status, resp.Header.Get("Content-Type"))
		}
		if q.want == "application/vnd.ipld.raw" {
			sum := sha256.Sum256(body)
			mh, _ := multihash.Encode(sum[:], multihash.SHA2_256)
			if !bytes.Equal(mh, root.Hash()) {
				t.Fatal("raw block does not hash to its CID")
			}
		}
	}
	// Deserialized responses are off: this is a trustless gateway.
	resp, err := http.Get(srv.URL + "/ipfs/" + root.String())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode == 200 && !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/vnd.ipld") {
		t.Fatalf("plain GET served %s: deserialized responses should be off", resp.Header.Get("Content-Type"))
	}
}

// tamper serves the real gateway's response with edit applied to its body.
func tamper(t *testing.T, s *ipfs.Store, edit func([]byte) []byte) *httptest.Server {
	t.Helper()
	h, err := s.Gateway()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		w.WriteHeader(rec.Code)
		w.Write(edit(rec.Body.Bytes()))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func testFetchRefusesBadPeers(t *testing.T, open opener) {
	ctx := context.Background()
	a := open(t)
	root, _ := addRandom(t, a, 2<<20, 22, ipfs.AddOptions{})
	other, _ := addRandom(t, a, 1000, 23, ipfs.AddOptions{})
	var otherCAR bytes.Buffer
	if _, err := a.Export(ctx, other, &otherCAR); err != nil {
		t.Fatal(err)
	}
	var rootCAR bytes.Buffer
	a.Export(ctx, root, &rootCAR)
	headerLen := bytes.Index(rootCAR.Bytes(), root.Bytes()) + len(root.Bytes())

	tests := []struct {
		name string
		edit func([]byte) []byte
		want string
	}{
		{"flipped byte in a block", func(b []byte) []byte { b = bytes.Clone(b); b[len(b)/2] ^= 0x40; return b }, "mismatch"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-5000] }, ""},
		{"a block the DAG does not link", func(b []byte) []byte {
			// The real header (roots = root), then the other DAG's blocks.
			otherHeaderLen := bytes.Index(otherCAR.Bytes(), other.Bytes()) + len(other.Bytes())
			return append(bytes.Clone(b[:headerLen]), otherCAR.Bytes()[otherHeaderLen:]...)
		}, "not linked"},
		{"only the root block", func(b []byte) []byte {
			blk, _ := a.Blockstore().Get(ctx, root)
			end := bytes.Index(b, blk.RawData()) + len(blk.RawData())
			return b[:end]
		}, "DAG incomplete"},
		{"not a CAR", func([]byte) []byte { return []byte("<html>hello</html>") }, "not a CAR"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := open(t)
			_, err := b.Fetch(ctx, tamper(t, a, tc.edit).URL, root)
			if !errors.Is(err, ipfs.ErrBadPeer) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("fetch = %v, want ErrBadPeer saying %q", err, tc.want)
			}
			if n := countBlocks(t, b); n != 0 {
				t.Fatalf("%d blocks stored from a bad peer", n)
			}
			if pins, _ := b.Pins(ctx); len(pins) != 0 {
				t.Fatalf("pins after a refused fetch: %v", pins)
			}
		})
	}

	// A server that is not a gateway at all.
	html := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<html></html>")
	}))
	defer html.Close()
	if _, err := open(t).Fetch(ctx, html.URL, root); !errors.Is(err, ipfs.ErrBadPeer) || !strings.Contains(err.Error(), "trustless gateway") {
		t.Fatalf("fetch from a web page = %v", err)
	}
	if _, err := open(t).Fetch(ctx, "ftp://x", root); err == nil || !strings.Contains(err.Error(), "want http(s)") {
		t.Fatalf("fetch from ftp = %v", err)
	}
}

// Kubo, a client that shares no code path with ours, imports the CAR our
// gateway serves and reads back the same bytes.
func testKuboReadsFromOurGateway(t *testing.T, open opener) {
	bin := kuboBinary(t)
	if bin == "" {
		t.Skip("Kubo not built (run through `make test`)")
	}
	a := open(t)
	root, data := addRandom(t, a, 3<<20+5, 24, ipfs.AddOptions{CIDVersion: 1})
	resp, err := http.Get(serveGateway(t, a).URL + "/ipfs/" + root.String() + "?format=car")
	if err != nil {
		t.Fatal(err)
	}
	car, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	dir := t.TempDir()
	carPath := filepath.Join(dir, "x.car")
	os.WriteFile(carPath, car, 0o644)
	repo := filepath.Join(dir, "repo")
	run := func(args ...string) []byte {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "IPFS_PATH="+repo)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("ipfs %v: %v", args, err)
		}
		return out
	}
	run("init", "--empty-repo", "--profile=test")
	run("dag", "import", carPath)
	if got := run("cat", root.String()); !bytes.Equal(got, data) {
		t.Fatal("Kubo reads different bytes from our CAR")
	}
}

func testFetchOfContentTheGatewayLacks(t *testing.T, open opener) {
	a := open(t)
	missing, _ := ipfs.ParseCID("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	b := open(t)
	_, err := b.Fetch(context.Background(), serveGateway(t, a).URL, missing)
	if !errors.Is(err, ipfs.ErrNotOnPeer) {
		t.Fatalf("fetch of content the gateway lacks = %v, want ErrNotOnPeer", err)
	}
	if countBlocks(t, b) != 0 {
		t.Fatal("blocks stored")
	}
}

// A peer declares a file's size in its metadata; its gateway then sends a
// bigger DAG. The fetch is refused and nothing of it is stored, whether the
// cap is the declared size or the store's own.
func testFetchRefusesAnOversizedDAG(t *testing.T, open opener) {
	ctx := context.Background()
	a := open(t)
	modern := kuboProfiles[1].opts
	root, data := addRandom(t, a, 3<<20+5, 31, modern)
	url := serveGateway(t, a).URL
	for _, p := range kuboProfiles {
		small, _ := addRandom(t, a, 2<<20+9, 32, p.opts)
		b := open(t)
		if _, err := b.FetchAtMost(ctx, url, small, ipfs.DAGBytes(2<<20+9)); err != nil {
			t.Fatalf("%s: a DAG of its declared size refused: %v", p.name, err)
		}
	}

	b := open(t)
	_, err := b.FetchAtMost(ctx, url, root, ipfs.DAGBytes(1<<20))
	if !errors.Is(err, ipfs.ErrTooLarge) || !strings.Contains(err.Error(), "nothing stored") {
		t.Fatalf("a 3 MiB DAG declared as 1 MiB: %v", err)
	}
	if n := countBlocks(t, b); n != 0 {
		t.Fatalf("%d blocks stored of a refused DAG", n)
	}
	if pins, _ := b.Pins(ctx); containsCID(pins, root) {
		t.Fatal("refused root pinned")
	}

	capped, err := ipfs.Open(ctx, t.TempDir(), ipfs.Options{Fetch: ipfs.FetchOptions{HTTP: loopbackFetch().HTTP, MaxBytes: 1 << 20}})
	if err != nil {
		t.Fatal(err)
	}
	defer capped.Close()
	if _, err := capped.FetchAtMost(ctx, url, root, ipfs.DAGBytes(int64(len(data)))); !errors.Is(err, ipfs.ErrTooLarge) {
		t.Fatalf("a DAG over the store's cap: %v", err)
	}
	if n := countBlocks(t, capped); n != 0 {
		t.Fatalf("%d blocks stored over the store's cap", n)
	}
}

// A gateway that streams the same block again and again (dups=y allows a
// block twice, not without end) is cut off at the cap.
func testFetchCutsOffAnEndlessStream(t *testing.T, open opener) {
	ctx := context.Background()
	a := open(t)
	root, _ := addRandom(t, a, 100<<10, 33, kuboProfiles[1].opts) // one raw block
	resp, err := http.Get(serveGateway(t, a).URL + "/ipfs/" + root.String() + "?format=car")
	if err != nil {
		t.Fatal(err)
	}
	car, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	hlen, n := binary.Uvarint(car)
	header, section := car[:n+int(hlen)], car[n+int(hlen):]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/vnd.ipld.car")
		if _, err := w.Write(header); err != nil {
			return
		}
		for i := 0; i < 10000; i++ {
			if _, err := w.Write(section); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	b, err := ipfs.Open(ctx, t.TempDir(), ipfs.Options{Fetch: ipfs.FetchOptions{HTTP: loopbackFetch().HTTP, MaxBytes: 1 << 20}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Fetch(ctx, srv.URL, root); !errors.Is(err, ipfs.ErrTooLarge) {
		t.Fatalf("endless stream: %v", err)
	}
	if n := countBlocks(t, b); n != 0 {
		t.Fatalf("%d blocks stored of a refused stream", n)
	}
}
