package notify

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/mifm/mifm/node/store"
)

// Events from the outbox to a back end that verifies each signature: one
// append (synced) and one signed POST on loopback, acknowledged, per event.
func BenchmarkWebhookDelivery(b *testing.B) {
	acked := make(chan struct{}, 1024)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(req.Body, MaxEventBytes+1))
		if err := Verify(secret, req.Header, body, time.Now(), 0); err != nil {
			b.Error(err)
		}
		w.WriteHeader(http.StatusNoContent)
		acked <- struct{}{}
	}))
	defer srv.Close()
	db, err := store.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	o, err := Open(db, Config{})
	if err != nil {
		b.Fatal(err)
	}
	w, err := NewWebhook(WebhookConfig{URL: srv.URL, Secret: secret, Outbox: o})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = w.Run(ctx) }()
	data := map[string]string{"transfer": "0xabc", "state": "delivered"}
	// At most 1000 events wait: the outbox keeps 10,000, and one the
	// appender pushed out would never arrive.
	room := make(chan struct{}, 1000)
	b.ResetTimer()
	go func() {
		for i := 0; i < b.N; i++ {
			room <- struct{}{}
			if _, err := o.Append("transfer.delivered", "0xabc", data); err != nil {
				b.Error(err)
				return
			}
		}
	}()
	for i := 0; i < b.N; i++ {
		<-acked
		<-room
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	cancel()
	<-done
}
