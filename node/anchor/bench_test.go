package anchor

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/anchor/merkle"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/store"
)

// BenchmarkPropose is the node authoring versions one after another: each
// signed, encoded, put in IPFS, recorded with the subject's new head and
// queued for the next batch, every commit synced (IDSF, AVSF, COSF). One
// subject's chain (each version follows the last) and many subjects (each
// version the first of its subject).
func BenchmarkPropose(b *testing.B) {
	w := newWorld(b, 1)
	ctx := context.Background()
	content := map[string]string{"profile": profile}
	b.Run("one-subject", func(b *testing.B) {
		n := w.node(b, 0, PolicyHome)
		subject := "identity:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			o, err := n.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: content})
			if err != nil || o.Status != StandingHead || o.Seq != uint64(i+1) {
				b.Fatalf("version %d: %+v %v", i+1, o, err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "versions/s")
	})
	b.Run("many-subjects", func(b *testing.B) {
		n := w.node(b, 0, PolicyHome)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			o, err := n.svc.Propose(ctx, ProposeRequest{Subject: fmt.Sprintf("content:item-%d", i), Content: content})
			if err != nil || o.Status != StandingHead || o.Seq != 1 {
				b.Fatalf("subject %d: %+v %v", i, o, err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "versions/s")
	})
}

// latencySamples is how many versions BenchmarkAnchorLatency proposes at
// least: enough for a 95th percentile, few enough to end in seconds.
const latencySamples = 60

// BenchmarkAnchorLatency is the time from a proposal to its version's
// record saying it is anchored, with the service's Run loop cutting a batch
// every 200 ms on the embedded chain (which mines a block as soon as the
// root's transaction arrives). Versions arrive as a Poisson stream, four per
// interval on average, so their wait for the next tick is spread over the
// whole interval. Reports the p50, p95 and largest latency beside the
// interval, to be read against "the batch interval plus two blocks".
func BenchmarkAnchorLatency(b *testing.B) {
	const interval = 200 * time.Millisecond
	w := newWorld(b, 1)
	n := w.node(b, 0, PolicyHome)
	n.svc.Config.Interval = interval
	if err := CheckConfig(&n.svc.Config); err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ran, proposing := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(ran)
		n.svc.Run(ctx)
	}()
	// Before the stores close (cleanups run last registered first).
	b.Cleanup(func() { cancel(); <-ran; <-proposing })

	samples := max(b.N, latencySamples)
	if testing.Short() {
		samples = max(b.N, latencySamples/3)
	}
	type proposal struct {
		cid   string
		start time.Time
		err   error
	}
	proposed := make(chan proposal, samples)
	r := rand.New(rand.NewPCG(7, 8))
	b.ResetTimer()
	go func() {
		defer close(proposing)
		defer close(proposed)
		for i := 0; i < samples; i++ {
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Duration(r.ExpFloat64() * float64(interval/4))):
			}
			start := time.Now()
			o, err := n.svc.Propose(ctx, ProposeRequest{Subject: fmt.Sprintf("avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/home-%d", i%8), Content: map[string]string{"vrm": profile}})
			proposed <- proposal{cid: o.CID, start: start, err: err}
			if err != nil {
				return
			}
		}
	}()
	var waiting []proposal
	var took []time.Duration
	limit := time.Duration(samples)*interval + 30*time.Second
	for open, began := true, time.Now(); open || len(waiting) > 0; time.Sleep(time.Millisecond) {
		for more := true; open && more; {
			select {
			case p, ok := <-proposed:
				switch {
				case !ok:
					open = false
				case p.err != nil:
					b.Fatal(p.err)
				default:
					waiting = append(waiting, p)
				}
			default:
				more = false
			}
		}
		waiting = slices.DeleteFunc(waiting, func(p proposal) bool {
			rec, err := n.svc.Version(p.cid)
			if err != nil {
				b.Fatal(err)
			}
			if rec.Anchored == nil {
				return false
			}
			took = append(took, time.Since(p.start))
			return true
		})
		if time.Since(began) > limit {
			b.Fatalf("%d of %d versions not anchored after %s", samples-len(took), samples, limit)
		}
	}
	b.StopTimer()
	slices.Sort(took)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(took[len(took)/2]), "p50-ms")
	b.ReportMetric(ms(took[len(took)*95/100]), "p95-ms")
	b.ReportMetric(ms(took[len(took)-1]), "max-ms")
	b.ReportMetric(ms(interval), "interval-ms")
	// The time per iteration is the gap between arrivals, and at least
	// latencySamples versions are timed whatever b.N is: ns/op would
	// mean nothing.
	b.ReportMetric(0, "ns/op")
}

// versionLeaves are n leaves as a node queues them: subjects of every kind,
// sequence numbers, and the CIDs of distinct documents; salt makes another
// set of the same shape.
func versionLeaves(n int, salt uint64) []Pending {
	kinds := []string{"identity:did:key:z6Mk%08d", "avatar:did:key:z6Mk%08d/home", "content:item-%d", "audit:did:key:z6Mk%08d"}
	out := make([]Pending, n)
	doc := make([]byte, 512)
	for i := range out {
		binary.BigEndian.PutUint64(doc, salt)
		binary.BigEndian.PutUint64(doc[8:], uint64(i))
		c, _ := DocCID(doc)
		out[i] = Pending{Subject: fmt.Sprintf(kinds[i%len(kinds)], i/len(kinds)), Seq: salt + uint64(i%97) + 1, CID: c.String()}
	}
	return out
}

// BenchmarkProofVerify is a proof's offline verification. merkle/N is its
// Merkle part alone, the path from the version's leaf to the root of an
// N-leaf batch, with the path's size. full is anchor.Verifier.Verify, all
// ten checks: the document from an IPFS gateway (httptest over the node's
// store), its signature, the leaf and path, then the chain, the receipt,
// the event, the block and the contract's own verifyVersion on the
// embedded chain.
func BenchmarkProofVerify(b *testing.B) {
	b.Run("merkle", func(b *testing.B) {
		for _, size := range benchSizes(64, 2048, 65536) {
			values := make([][]any, size)
			for i, p := range versionLeaves(size, 0) {
				c, _ := cid.Decode(p.CID)
				values[i] = Leaf(p.Subject, p.Seq, c)
			}
			tree, err := merkle.OfStandard(values, LeafEncoding, merkle.Options{})
			if err != nil {
				b.Fatal(err)
			}
			// A few hundred proofs spread over the batch, taken in turn.
			var leaves []common.Hash
			var paths [][]common.Hash
			for i := 0; i < size; i += max(1, size/256) {
				leaf, _ := tree.Leaf(i)
				p, _ := tree.Proof(i)
				leaves, paths = append(leaves, leaf), append(paths, p)
			}
			root := tree.Root()
			b.Run(fmt.Sprint(size), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					k := i % len(paths)
					if merkle.ProcessProof(leaves[k], paths[k]) != root {
						b.Fatalf("proof %d does not lead to the root", k)
					}
				}
				b.ReportMetric(float64(32*len(paths[0])), "proof-bytes")
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifies/s")
			})
		}
	})
	b.Run("full", func(b *testing.B) {
		ctx := context.Background()
		w := newWorld(b, 1)
		n := w.node(b, 0, PolicyHome)
		o, err := n.svc.Propose(ctx, ProposeRequest{Subject: "identity:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", Content: map[string]string{"profile": profile}})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := n.svc.Flush(ctx); err != nil {
			b.Fatal(err)
		}
		p, err := n.svc.Proof(ctx, o.CID)
		if err != nil {
			b.Fatal(err)
		}
		vf := w.verifier(b, n)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if v := vf.Verify(ctx, p); !v.OK || len(v.Checks) != 10 {
				b.Fatalf("verification: %+v", v)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/verify")
	})
}

// BenchmarkSeal is the cut of one batch from a queue of N leaves: the queue
// read, the tree, its OpenZeppelin dump added to IPFS as the manifest, and
// the commit of the batch, the placements and the queue's removal. Each
// iteration seals other leaves in stores of its own, removed after it, so
// that a 65,536-leaf run holds one 25 MB manifest on disk at a time. A
// 65,536-leaf seal takes longer than the default benchtime: it then runs
// once.
func BenchmarkSeal(b *testing.B) {
	ctx := context.Background()
	for _, size := range benchSizes(2048, 65536) {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			root := b.TempDir()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				dir := filepath.Join(root, fmt.Sprint(i))
				s, closeStores := sealService(b, dir, size)
				queueLeaves(b, s.DB, versionLeaves(size, uint64(i)*1000))
				b.StartTimer()
				batch, err := s.seal(ctx)
				b.StopTimer()
				if err != nil || batch == nil || batch.Leaves != size {
					b.Fatalf("sealed %+v: %v", batch, err)
				}
				closeStores()
				if err := os.RemoveAll(dir); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(size)*float64(b.N)/b.Elapsed().Seconds(), "leaves/s")
		})
	}
}

// sealService is a service on fresh stores in dir with only what sealing
// needs: no chain, no signer, no audit log.
func sealService(b *testing.B, dir string, maxLeaves int) (*Service, func()) {
	db, err := store.Open(filepath.Join(dir, "db"))
	if err != nil {
		b.Fatal(err)
	}
	content, err := ipfs.Open(context.Background(), filepath.Join(dir, "ipfs"), ipfs.Options{})
	if err != nil {
		db.Close()
		b.Fatal(err)
	}
	cfg := Config{MaxLeaves: maxLeaves}
	if err := CheckConfig(&cfg); err != nil {
		b.Fatal(err)
	}
	return &Service{DB: db, Content: IPFS{content}, Config: cfg}, func() {
		if err := errors.Join(content.Close(), db.Close()); err != nil {
			b.Fatal(err)
		}
	}
}

// queueLeaves writes leaves into the anchoring queue as queue does, in one
// commit: 65,536 proposals would take minutes, none of it sealing.
func queueLeaves(tb testing.TB, db *store.DB, leaves []Pending) {
	var n uint64
	if v, err := db.Get([]byte(store.AnchorQueueKey)); err == nil && len(v) == 8 {
		n = binary.BigEndian.Uint64(v)
	}
	batch := db.NewBatch()
	for _, p := range leaves {
		n++
		putJSON(batch, pendingKey(n), p)
	}
	batch.Put([]byte(store.AnchorQueueKey), binary.BigEndian.AppendUint64(nil, n))
	if err := batch.Commit(); err != nil {
		tb.Fatal(err)
	}
}

// benchSizes are a benchmark's batch sizes; -short leaves out the largest
// (bench/disk_test.go runs every benchmark that way).
func benchSizes(sizes ...int) []int {
	if testing.Short() {
		return sizes[:len(sizes)-1]
	}
	return sizes
}
