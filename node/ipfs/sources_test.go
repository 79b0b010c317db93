package ipfs_test

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/ipfs"
)

// TestFetchFirst: a fetch goes on to the next source when one is down, and
// tells a source that is down (worth trying again) from one that served
// forged content (a verdict) or lacks the DAG.
func TestFetchFirst(t *testing.T) {
	ctx := context.Background()
	a := openStore(t)
	root, data := addRandom(t, a, 600<<10, 31, ipfs.AddOptions{})
	good := serveGateway(t, a).URL
	closed := httptest.NewServer(http.NotFoundHandler())
	down := closed.URL
	closed.Close()
	status := func(code int) string {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, http.StatusText(code), code)
		}))
		t.Cleanup(srv.Close)
		return srv.URL
	}
	// cut starts the real answer, then the connection drops, as when the
	// node serving it is killed.
	h, _ := a.Gateway()
	cutSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		w.Header().Set("Content-Type", rec.Header().Get("Content-Type"))
		w.WriteHeader(http.StatusOK)
		w.Write(rec.Body.Bytes()[:rec.Body.Len()/2])
		w.(http.Flusher).Flush()
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
	}))
	t.Cleanup(cutSrv.Close)
	forged := tamper(t, a, func(b []byte) []byte { b = bytes.Clone(b); b[len(b)/2] ^= 0x40; return b }).URL
	// hang takes the request and never answers; drip answers a CAR a few
	// bytes at a time, forever: neither may use up the others' time.
	stop := make(chan struct{})
	hangSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	dripSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		w.Header().Set("Content-Type", rec.Header().Get("Content-Type"))
		w.WriteHeader(http.StatusOK)
		for _, c := range rec.Body.Bytes() {
			if _, err := w.Write([]byte{c}); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}))
	t.Cleanup(func() { close(stop); hangSrv.Close(); dripSrv.Close() })
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html>502 from the CDN</html>"))
	}))
	t.Cleanup(page.Close)

	tests := []struct {
		name        string
		sources     []string
		budget      time.Duration // the caller's deadline, when set
		unreachable bool
		verdict     error // wrapped when the content was refused
		want        string
	}{
		{"down, then a good gateway", []string{down, good}, 0, false, nil, ""},
		{"down only", []string{down}, 0, true, nil, "connection refused"},
		{"unavailable and cut off", []string{status(503), cutSrv.URL}, 0, true, nil, "broke off after"},
		{"too many requests", []string{status(429)}, 0, true, nil, "429"},
		{"down, and forged bytes elsewhere", []string{down, forged}, 0, false, ipfs.ErrBadPeer, "2 gateways"},
		{"not found", []string{status(404)}, 0, false, nil, "404"},
		{"not found here, down there", []string{status(404), down}, 0, true, nil, "2 gateways"},
		{"a hung source, then a good one", []string{hangSrv.URL, good}, 4 * time.Second, false, nil, ""},
		{"a dripping source, then a good one", []string{dripSrv.URL, good}, 4 * time.Second, false, nil, ""},
		{"a dripping source only", []string{dripSrv.URL}, time.Second, true, nil, "did not answer within"},
		{"a web page, and the node down", []string{page.URL, down}, 0, true, nil, "trustless gateway"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := openStore(t)
			ctx := ctx
			if tc.budget > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tc.budget)
				defer cancel()
			}
			_, err := ipfs.FetchFirst(ctx, b, tc.sources, root, 0)
			if tc.want == "" && tc.verdict == nil && !tc.unreachable {
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(catAll(t, b, root), data) {
					t.Fatal("fetched content differs")
				}
				return
			}
			if err == nil {
				t.Fatal("fetch succeeded")
			}
			if ipfs.Unreachable(err) != tc.unreachable || (tc.verdict != nil && !errors.Is(err, tc.verdict)) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("fetch = %v; want unreachable %v, verdict %v, saying %q", err, tc.unreachable, tc.verdict, tc.want)
			}
			if n := countBlocks(t, b); n != 0 {
				t.Fatalf("%d blocks stored after a failed fetch", n)
			}
		})
	}
}
