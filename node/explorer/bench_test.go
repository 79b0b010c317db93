package explorer_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/mifm/mifm/node/explorer"
)

// benchWorld is one chain for every benchmark: the sword passed
// benchTransfers times (MIFM_BENCH_TRANSFERS, default 1,000), so its page
// lists that many events and more.
var (
	benchOnce  sync.Once
	benchW     *world
	benchDir   string
	benchMoves = 1000
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchW != nil {
		benchW.store.Close()
		benchW.chain.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

func sharedWorld(b *testing.B) *world {
	benchOnce.Do(func() {
		if n, err := strconv.Atoi(os.Getenv("MIFM_BENCH_TRANSFERS")); err == nil && n > 0 {
			benchMoves = n
		}
		var err error
		if benchDir, err = os.MkdirTemp("", "mifm-explorer-bench-"); err != nil {
			b.Fatal(err)
		}
		benchW = newWorld(b, benchDir)
		start := time.Now()
		benchW.pass(b, benchMoves)
		b.Logf("%d transfers made in %s", benchMoves, time.Since(start).Round(time.Millisecond))
	})
	return benchW
}

// BenchmarkIndex reads the whole chain into a new cache: events indexed
// per second on the embedded chain.
func BenchmarkIndex(b *testing.B) {
	w := sharedWorld(b)
	events := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		x := w.open(b, b.TempDir(), nil)
		b.StartTimer()
		r, err := x.Sync(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		events += r.Events
		b.StopTimer()
		x.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
}

// BenchmarkFirstPage is the time to the asset page of a token with
// benchMoves+2 events, from an indexed cache (warm) and from nothing
// (cold: index, then the page).
func BenchmarkFirstPage(b *testing.B) {
	w := sharedWorld(b)
	get := func(b *testing.B, srv *httptest.Server) {
		resp, err := http.Get(srv.URL + "/asset/" + w.sword)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || n < int64(benchMoves)*200 {
			b.Fatalf("the page answered %d with %d bytes", resp.StatusCode, n)
		}
	}
	b.Run("warm", func(b *testing.B) {
		x := w.open(b, b.TempDir(), nil)
		defer x.Close()
		if _, err := x.Sync(context.Background()); err != nil {
			b.Fatal(err)
		}
		srv := httptest.NewServer((&explorer.Server{X: x}).Handler())
		defer srv.Close()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			get(b, srv)
		}
		b.ReportMetric(float64(benchMoves+2), "events")
	})
	b.Run("cold", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			x := w.open(b, b.TempDir(), nil)
			srv := httptest.NewServer((&explorer.Server{X: x}).Handler())
			b.StartTimer()
			if _, err := x.Sync(context.Background()); err != nil {
				b.Fatal(err)
			}
			get(b, srv)
			b.StopTimer()
			srv.Close()
			x.Close()
			b.StartTimer()
		}
	})
}

// BenchmarkAccountPage is one page of 50 events deep in an account's
// activity: paging costs the page, not the history before it.
func BenchmarkAccountPage(b *testing.B) {
	w := sharedWorld(b)
	x := w.open(b, b.TempDir(), nil)
	defer x.Close()
	if _, err := x.Sync(context.Background()); err != nil {
		b.Fatal(err)
	}
	after := ""
	for i := 0; i < benchMoves/100; i++ { // about halfway in
		p, err := x.AccountActivity(w.addrs[1], after, 50)
		if err != nil || p.Next == "" {
			break
		}
		after = p.Next
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.AccountActivity(w.addrs[1], after, 50); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReport writes the sword's report (JSON and self-contained
// HTML) from an indexed cache.
func BenchmarkReport(b *testing.B) {
	w := sharedWorld(b)
	x := w.open(b, b.TempDir(), nil)
	defer x.Close()
	ctx := context.Background()
	if _, err := x.Sync(ctx); err != nil {
		b.Fatal(err)
	}
	var size int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := x.Report(ctx, explorer.ReportRequest{Target: w.sword})
		if err != nil {
			b.Fatal(err)
		}
		cw := &counter{}
		if err := x.WriteHTML(cw, r); err != nil {
			b.Fatal(err)
		}
		if err := r.WriteJSON(cw); err != nil {
			b.Fatal(err)
		}
		size = cw.n
	}
	b.ReportMetric(float64(size), "bytes")
}

type counter struct{ n int64 }

func (c *counter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }
