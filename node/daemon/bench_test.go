package daemon

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
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
			a, peer := benchNode(b, "platform-a.json", false), benchNode(b, "platform-b.json", false)
			partners(b, a, peer)
			ctx := context.Background()
			ch, err := a.Core.OpenChannel(ctx, api.OpenChannelRequest{Peer: peer.RE})
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
	a, peer, br := benchNode(b, "platform-a.json", false), benchNode(b, "platform-b.json", false), benchNode(b, "bridge.json", true)
	partners(b, a, peer, br)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		opts manage.OpenOptions
	}{{"direct", manage.OpenOptions{}}, {"bridged", manage.OpenOptions{Bridge: br.RE}}} {
		b.Run(tc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ch, err := a.Core.OpenChannel(ctx, api.OpenChannelRequest{Peer: peer.RE, Bridge: tc.opts.Bridge, Require: tc.opts.Require})
				if err != nil || ch.State != manage.StateEstablished {
					b.Fatal(ch, err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/channel")
		})
	}
}

// benchNode is startNode with rate limits out of the way: a benchmark is
// one partner sending as fast as it can, which the limits exist to stop.
func benchNode(b *testing.B, manifesto string, bridge bool) *InProcess {
	b.Helper()
	return startNodeWith(b, manifesto, bridge, func(c *home.Config) {
		c.Net.AllowPrivate = home.Loopback
		c.Net.RatePerIP, c.Net.BurstPerIP = 1e6, 1e6
		c.Net.RatePerSender, c.Net.BurstPerSender = 1e6, 1e6
	})
}
