package ipfs_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/testnet/kubo"
)

func openKuboAt(t testing.TB, d *kubo.Daemon, auth string) (*ipfs.Store, error) {
	t.Helper()
	s, err := ipfs.OpenKubo(context.Background(), ipfs.KuboOptions{API: d.API, Auth: auth}, ipfs.Options{Fetch: loopbackFetch()})
	if err == nil {
		t.Cleanup(func() { s.Close() })
	}
	return s, err
}

// A Kubo whose API asks for a credential is reached with it, and a wrong
// or missing one fails at open with a message that says what to fix.
func TestKuboBackendCredential(t *testing.T) {
	d := kubo.StartDaemon(t, kubo.Setting{Key: "API.Authorizations", JSON: `{"mifm":{"AuthSecret":"bearer:s3cret","AllowedPaths":["/api/v0"]}}`})
	for _, bad := range []string{"", "bearer:wrong", "basic:mifm:s3cret"} {
		_, err := openKuboAt(t, d, bad)
		if !errors.Is(err, ipfs.ErrKuboRefused) || !strings.Contains(err.Error(), "auth_env") {
			t.Fatalf("credential %q: %v, want a refusal naming auth_env", bad, err)
		}
		if strings.Contains(err.Error(), "s3cret") {
			t.Fatalf("the error shows the credential: %v", err)
		}
	}
	s, err := openKuboAt(t, d, "bearer:s3cret")
	if err != nil {
		t.Fatal(err)
	}
	root, data := addRandom(t, s, 300<<10, 21, ipfs.AddOptions{Pin: true})
	if !bytes.Equal(catAll(t, s, root), data) {
		t.Fatal("content read back differs")
	}
	if _, err := ipfs.OpenKubo(context.Background(), ipfs.KuboOptions{API: d.API, Auth: "token s3cret"}, ipfs.Options{}); err == nil || !strings.Contains(err.Error(), "bearer:TOKEN") {
		t.Fatalf("a credential in no known form: %v", err)
	}
}

// A Kubo that is down is reported as such, within the retry bound, and a
// restart inside that bound goes unnoticed.
func TestKuboBackendOutage(t *testing.T) {
	ctx := context.Background()
	d := kubo.StartDaemon(t)
	s, err := openKuboAt(t, d, "")
	if err != nil {
		t.Fatal(err)
	}
	root, data := addRandom(t, s, 2<<20, 22, ipfs.AddOptions{Pin: true})

	d.Kill(t)
	start := time.Now()
	_, err = s.Stat(ctx, root)
	if !errors.Is(err, ipfs.ErrKubo) || !strings.Contains(err.Error(), "is Kubo running") {
		t.Fatalf("stat with Kubo down: %v, want ErrKubo asking whether Kubo runs", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("giving up took %s", took)
	}
	// The gateway says "try again later", not "broken".
	gw, err := s.Gateway()
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	gw.ServeHTTP(rec, httptest.NewRequest("GET", "/ipfs/"+root.String()+"?format=raw", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "unreachable") {
		t.Fatalf("gateway with Kubo down: %d %q, want 503 saying the backend is unreachable", rec.Code, rec.Body.String())
	}
	if cc, etag := rec.Header().Get("Cache-Control"), rec.Header().Get("Etag"); cc != "no-store" || etag != "" {
		t.Fatalf("the 503 carries Cache-Control %q, Etag %q: a cache could keep it", cc, etag)
	}
	// A store opens while Kubo is down (a node may start before its Kubo);
	// its calls say Kubo is down, and its health says so.
	down, err := ipfs.OpenKubo(ctx, ipfs.KuboOptions{API: d.API}, ipfs.Options{})
	if err != nil {
		t.Fatalf("open with Kubo down: %v", err)
	}
	if h := down.Health(ctx); h.OK || h.State != "unreachable" {
		t.Fatalf("health with Kubo down: %+v", h)
	}
	if _, err := down.Pins(ctx); !errors.Is(err, ipfs.ErrKubo) || !strings.Contains(err.Error(), "is Kubo running") {
		t.Fatalf("pin ls with Kubo down: %v", err)
	}

	// Kubo comes back while a read is retrying. The restart is waited for
	// before the test goes on: it registers cleanups on t, which must not
	// happen after the test ended, and a read that won quickly would end it.
	restarted := make(chan struct{})
	defer func() { <-restarted }() // also when the read fails the test
	go func() {
		defer close(restarted)
		time.Sleep(300 * time.Millisecond)
		d.Restart(t)
	}()
	got := catAll(t, s, root)
	<-restarted
	if !bytes.Equal(got, data) {
		t.Fatal("content read across a Kubo restart differs")
	}
	if h := down.Health(ctx); !h.OK || h.State != "ok" || !strings.Contains(h.Detail, "Kubo 0.39") {
		t.Fatalf("health of the store opened while Kubo was down, once it is up: %+v", h)
	}
}

// slowReader yields size bytes in small reads, calling tick after each,
// so a test can act while an add is under way.
type slowReader struct {
	left int
	tick func(read int)
	read int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), r.left, 64<<10)
	for i := range p[:n] {
		p[i] = byte(r.read + i*7)
	}
	r.left -= n
	r.read += n
	r.tick(r.read)
	return n, nil
}

// Kubo killed during an add or a pin: the operation fails with ErrKubo, and
// once Kubo is back no pin names content Kubo does not hold whole.
func TestKuboBackendKilled(t *testing.T) {
	ctx := context.Background()
	d := kubo.StartDaemon(t)
	s, err := openKuboAt(t, d, "")
	if err != nil {
		t.Fatal(err)
	}
	killed := false
	r := &slowReader{left: 64 << 20, tick: func(read int) {
		if read >= 16<<20 && !killed {
			killed = true
			d.Kill(t)
		}
	}}
	if _, err := s.AddReader(ctx, r, ipfs.AddOptions{Pin: true}); !errors.Is(err, ipfs.ErrKubo) {
		t.Fatalf("add with Kubo killed: %v, want ErrKubo", err)
	}
	d.Restart(t)
	if pins, err := s.Pins(ctx); err != nil || len(pins) != 0 {
		t.Fatalf("pins after a killed add: %v, %v", pins, err)
	}

	// Kill during a pin of a DAG of some size: pinned whole, or not at all.
	root, data := addRandom(t, s, 48<<20, 23, ipfs.AddOptions{})
	done := make(chan error, 1)
	go func() { done <- s.Pin(ctx, root) }()
	time.Sleep(5 * time.Millisecond)
	d.Kill(t)
	<-done
	d.Restart(t)
	pins, err := s.Pins(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pins {
		if _, err := s.Stat(ctx, p); err != nil {
			t.Fatalf("pinned %s is not whole in Kubo: %v", p, err)
		}
	}
	if err := s.Pin(ctx, root); err != nil {
		t.Fatalf("pin again after the restart: %v", err)
	}
	if !bytes.Equal(catAll(t, s, root), data) {
		t.Fatal("content differs after the restart")
	}
}

// Nodes and other users sharing one Kubo each keep what they pinned: a pin
// lists its owners, a node lists and removes only its own share, and the
// pin goes when its last owner lets it go.
func TestKuboBackendSharedPins(t *testing.T) {
	ctx := context.Background()
	d := kubo.StartDaemon(t)
	open := func(owner string) *ipfs.Store {
		s, err := ipfs.OpenKubo(ctx, ipfs.KuboOptions{API: d.API, Owner: owner}, ipfs.Options{Fetch: loopbackFetch()})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	a, b := open("did:web:platform-a.example"), open("did:web:platform-b.example")
	kuboPin := func(c cid.Cid) string {
		out, err := exec.Command(d.Bin, "--api", d.APIAddr, "pin", "ls", "--names", c.String()).CombinedOutput()
		if err != nil {
			return ""
		}
		return strings.TrimSpace(string(out))
	}

	// Another user's pin: a node that pins it too adds itself, and taking
	// itself out leaves the user's pin as it was.
	theirs, _ := addRandom(t, a, 1000, 24, ipfs.AddOptions{})
	d.Run(t, "pin", "add", "--name", "someone-else", theirs.String())
	if err := a.Pin(ctx, theirs); err != nil {
		t.Fatal(err)
	}
	if got := kuboPin(theirs); !strings.Contains(got, "someone-else mifm:") {
		t.Fatalf("pin after A pinned the user's CID: %q", got)
	}
	if err := b.Unpin(ctx, theirs); !errors.Is(err, ipfs.ErrNotPinned) || !strings.Contains(err.Error(), "someone-else") {
		t.Fatalf("B unpins what A and the user pinned: %v", err)
	}
	if err := a.Unpin(ctx, theirs); err != nil {
		t.Fatal(err)
	}
	if got := kuboPin(theirs); !strings.HasSuffix(got, "recursive someone-else") {
		t.Fatalf("the user's pin after A let go: %q", got)
	}

	// A pin made without a name (Kubo's default) outlives the node's unpin.
	unnamed, _ := addRandom(t, a, 1500, 27, ipfs.AddOptions{})
	d.Run(t, "pin", "add", unnamed.String())
	if err := a.Pin(ctx, unnamed); err != nil {
		t.Fatal(err)
	}
	if err := a.Unpin(ctx, unnamed); err != nil {
		t.Fatal(err)
	}
	if got := kuboPin(unnamed); !strings.Contains(got, "recursive") {
		t.Fatalf("the unnamed pin after A pinned and unpinned it: %q, want it kept", got)
	}

	// A CID both nodes pinned stays until both let go.
	shared, _ := addRandom(t, a, 3000, 25, ipfs.AddOptions{Pin: true})
	if err := b.Pin(ctx, shared); err != nil {
		t.Fatal(err)
	}
	onlyA, _ := addRandom(t, a, 2000, 26, ipfs.AddOptions{Pin: true})
	pins := func(s *ipfs.Store) []string {
		ps, err := s.Pins(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range ps {
			out = append(out, p.String())
		}
		slices.Sort(out)
		return out
	}
	if got, want := pins(b), []string{shared.String()}; !slices.Equal(got, want) {
		t.Fatalf("B's pins %v, want only %v (not A's %s, not the user's)", got, want, onlyA)
	}
	if got := pins(a); len(got) != 2 {
		t.Fatalf("A's pins %v, want the shared one and its own", got)
	}
	if err := a.Unpin(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if got := pins(b); len(got) != 1 || kuboPin(shared) == "" {
		t.Fatalf("A's unpin took B's pin: B lists %v, Kubo %q", got, kuboPin(shared))
	}
	if err := a.Unpin(ctx, shared); !errors.Is(err, ipfs.ErrNotPinned) {
		t.Fatalf("A unpins twice: %v, want ErrNotPinned", err)
	}
	if err := b.Unpin(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if kuboPin(shared) != "" {
		t.Fatalf("pin left after its last owner let go: %q", kuboPin(shared))
	}
	if res, err := b.GC(ctx); err != nil || res.Removed != 1 {
		t.Fatalf("gc = %+v, %v; want the shared block (no owner left) removed", res, err)
	}
	for _, c := range []cid.Cid{theirs, onlyA} {
		if has, _ := a.Has(ctx, c); !has {
			t.Fatalf("gc removed %s, which is still pinned", c)
		}
	}
}

// A Kubo that accepts connections but never answers (hung, or swapped out)
// costs a bounded wait: each call gives up at its timeout, retries are
// bounded, and the error says what happened.
func TestKuboBackendSlow(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var mu sync.Mutex
	var held []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			held = append(held, c) // read nothing, answer nothing
			mu.Unlock()
		}
	}()
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, c := range held {
			c.Close()
		}
	}()
	start := time.Now()
	_, err = ipfs.OpenKubo(context.Background(), ipfs.KuboOptions{API: "http://" + l.Addr().String(), CallTimeout: 200 * time.Millisecond, Retries: 2}, ipfs.Options{})
	took := time.Since(start)
	if !errors.Is(err, ipfs.ErrKubo) || !strings.Contains(err.Error(), "no answer in time") {
		t.Fatalf("open on a Kubo that never answers: %v", err)
	}
	if took > time.Second {
		t.Fatalf("giving up took %s (one try of 200 ms: a hung Kubo is not tried again)", took)
	}
}

// A Kubo that answers its version but then hangs: a call ends at its
// timeout, a stream when nothing came for the idle timeout.
func TestKuboBackendHung(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v0/version" {
			w.Write([]byte(`{"Version":"0.39.0"}`))
			return
		}
		<-r.Context().Done()
	}))
	defer srv.Close()
	s, err := ipfs.OpenKubo(context.Background(), ipfs.KuboOptions{API: srv.URL, CallTimeout: 200 * time.Millisecond, IdleTimeout: 300 * time.Millisecond}, ipfs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	if _, err := s.Pins(context.Background()); !errors.Is(err, ipfs.ErrKubo) || !strings.Contains(err.Error(), "no answer for 300ms") {
		t.Fatalf("pin ls on a hung Kubo: %v", err)
	}
	c, _ := cid.Decode("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	if _, err := s.Has(context.Background(), c); !errors.Is(err, ipfs.ErrKubo) || !strings.Contains(err.Error(), "no answer in time") {
		t.Fatalf("block stat on a hung Kubo: %v", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("giving up took %s", took)
	}
}

func FuzzParseBackend(f *testing.F) {
	for _, s := range []string{"", "embedded", "kubo:http://127.0.0.1:5001", "kubo:https://kubo.example/base/", "kubo:", "kubo:ftp://x", "kubo:http://u:p@h", "s3://b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		api, err := ipfs.ParseBackend(v)
		if err != nil {
			if !errors.Is(err, ipfs.ErrBadBackend) {
				t.Fatalf("%q: error %v is not ErrBadBackend", v, err)
			}
			return
		}
		if api == "" {
			if v != "" && v != "embedded" {
				t.Fatalf("%q taken as the embedded store", v)
			}
			return
		}
		u, err := url.Parse(api)
		if !strings.HasPrefix(v, ipfs.KuboPrefix) || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.User != nil || u.Host == "" {
			t.Fatalf("%q accepted as Kubo API %q", v, api)
		}
	})
}
