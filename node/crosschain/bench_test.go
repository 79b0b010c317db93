package crosschain

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/mifm/mifm/chain"
)

// BenchmarkMoveLatency is one ERC-721 of an outside collection moved from
// chain X to chain Y between two embedded chains, from the wallet's send to
// the wrapped token minted on Y: confirmation read on X, the origin's and
// the destination's attestations (each reading both chains), the delivery
// with 2 of 3 signatures verified on Y. Reports the p50 and p95 latency.
func BenchmarkMoveLatency(b *testing.B) {
	p := newPair(b)
	ctx := context.Background()
	a, dest := p.node(b, didA, didB, didBridge), p.node(b, didB, didA, didBridge)
	a.Peers = func(context.Context, string) ([]Source, error) { return []Source{local(dest, didA)}, nil }
	wallet := p.x.sender(b, p.user)
	var took []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		id := p.mintLegacy(b, "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
		pm, err := a.Prepare(ctx, "ri", Request{Assets: []string{caip(chainX, p.legacy, id)}, From: addr(p.user).Hex(), ToPlatform: didB,
			ToChain: "eip155:31337", To: addr(p.userB).Hex(), Deadline: time.Hour})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		if _, err := wallet.Transact(ctx, chain.Call{To: &pm.Send.To, Data: pm.Send.Data}); err != nil {
			b.Fatal(err)
		}
		r, err := a.Advance(ctx, "ri", pm.Move.ID)
		if err != nil || r.State != Delivered {
			b.Fatalf("move %d: %s %v", i, r.State, err)
		}
		took = append(took, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95-ms")
}
