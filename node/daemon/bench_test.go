package daemon

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/mifm/mifm/node/manage"
)

// Signed RE requests between two nodes on loopback: A signs, B verifies
// (DID resolution cached), records the nonce and logs the message; A logs
// the send. Every write is synced.
func BenchmarkREMessage(b *testing.B) {
	for _, par := range []struct {
		name string
		n    int
	}{{"serial", 0}, {"parallel-8", 8}} {
		b.Run(par.name, func(b *testing.B) {
			a, peer := startNode(b, "platform-a.json", false), startNode(b, "platform-b.json", false)
			ctx := context.Background()
			ch, err := a.Core.OpenChannel(ctx, peer.RE, manage.OpenOptions{})
			if err != nil {
				b.Fatal(err)
			}
			msg := manage.Message{Kind: "ping", Body: json.RawMessage(`{"n":1}`)}
			b.ResetTimer()
			if par.n == 0 {
				for i := 0; i < b.N; i++ {
					if _, err := a.Core.Send(ctx, ch.ID, msg); err != nil {
						b.Fatal(err)
					}
				}
			} else {
				b.SetParallelism(par.n)
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						if _, err := a.Core.Send(ctx, ch.ID, msg); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "requests/s")
		})
	}
}

// Channel establishment, 9.5 end to end on loopback: direct (fetch B's
// manifesto, compare, offer, answer) and through a bridge (also fetch its
// manifesto, manifesto V, and B's join).
func BenchmarkChannelOpen(b *testing.B) {
	a, peer, br := startNode(b, "platform-a.json", false), startNode(b, "platform-b.json", false), startNode(b, "bridge.json", true)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		opts manage.OpenOptions
	}{{"direct", manage.OpenOptions{}}, {"bridged", manage.OpenOptions{Bridge: br.RE}}} {
		b.Run(tc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ch, err := a.Core.OpenChannel(ctx, peer.RE, tc.opts)
				if err != nil || ch.State != manage.StateEstablished {
					b.Fatal(ch, err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/channel")
		})
	}
}
