package explorer_test

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/node/asset"
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

// BenchmarkIndexLarge is a history of MIFM_BENCH_LARGE events (say
// 1000000), made cheaply: 250 ERC-1155 editions minted in one batch and
// passed between two keys 250 at a time (one TransferBatch log, 250
// events, per transaction). It reports the indexing rate and how long
// the pages take on that index: an account's first page, a page deep in
// its history, and one edition's whole timeline.
func BenchmarkIndexLarge(b *testing.B) {
	target, _ := strconv.Atoi(os.Getenv("MIFM_BENCH_LARGE"))
	if target <= 0 {
		b.Skip("set MIFM_BENCH_LARGE=1000000 to make and index that many events")
	}
	ctx := context.Background()
	w := newWorld(b, b.TempDir())
	defer func() { w.store.Close(); w.chain.Close() }()
	w.send(b, 0, w.suite[contracts.Asset1155], asset1155.NewAsset1155().PackSetMinter(contracts.PlatformID(platform), w.addrs[0], true))
	tok := &asset.Tokenizer{Sender: w.senders[0], Store: w.store, PlatformDID: platform, Asset721: w.suite[contracts.Asset721], Asset1155: w.suite[contracts.Asset1155], FromBlock: w.from}
	req := asset.BatchRequest{Standard: asset.ERC1155, To: w.addrs[0]}
	for i := range 250 {
		req.Assets = append(req.Assets, asset.Request{Name: fmt.Sprintf("coin %d", i), LocalID: fmt.Sprintf("coin-%04d", i), Amount: big.NewInt(1),
			Files: []asset.File{{Name: "coin.png", Data: strings.NewReader(fmt.Sprintf("\x89PNG coin %d", i))}}})
	}
	minted, err := tok.TokenizeBatch(ctx, req)
	if err != nil {
		b.Fatal(err)
	}
	var ids, ones []*big.Int
	for _, a := range minted.Assets {
		id, _ := chain.ParseAssetID(a.Asset)
		_, n, _ := id.Token()
		ids, ones = append(ids, n), append(ones, big.NewInt(1))
	}
	start := time.Now()
	made := 0
	ed := asset1155.NewAsset1155()
	for i := 0; made < target; i++ {
		from := i % 2
		w.send(b, from, w.suite[contracts.Asset1155], ed.PackSafeBatchTransferFrom(w.addrs[from], w.addrs[1-from], ids, ones, nil))
		made += len(ids)
	}
	b.Logf("%d events in %d transactions made in %s", made, made/len(ids), time.Since(start).Round(time.Second))
	x := w.open(b, b.TempDir(), nil)
	defer x.Close()
	b.ResetTimer()
	r, err := x.Sync(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(r.Events)/r.Took.Seconds(), "events/s")
	b.ReportMetric(float64(r.Events), "events")
	timed := func(name string, fn func() error) {
		start := time.Now()
		if err := fn(); err != nil {
			b.Fatal(err)
		}
		b.Logf("%s: %s", name, time.Since(start).Round(time.Microsecond))
	}
	after := ""
	timed("account, first page of 50", func() error {
		p, err := x.AccountActivity(w.addrs[1], "", 50)
		if err == nil {
			after = p.Next
		}
		return err
	})
	for range 2000 { // 100,000 events in
		p, err := x.AccountActivity(w.addrs[1], after, 50)
		if err != nil || p.Next == "" {
			break
		}
		after = p.Next
	}
	timed("account, a page 100,000 events in", func() error { _, err := x.AccountActivity(w.addrs[1], after, 50); return err })
	timed("one edition's whole timeline", func() error {
		tl, err := x.Timeline(ctx, minted.Assets[0].Asset)
		if err == nil && (tl.Shown == nil || len(tl.Shown.Holders) != 1) {
			err = fmt.Errorf("the edition's holders from the index: %+v (%s)", tl.Shown, tl.ShowError)
		}
		return err
	})
}
