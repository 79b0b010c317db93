package notify_test

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/mifm/mifm/node/notify"
)

// A platform's back end receiving its node's webhooks: read the body
// (bounded), verify it with the home's webhook-secret, then handle each
// event id once and answer 2xx, or the node delivers it again.
func ExampleVerify() {
	secret := []byte("the text of the node home's webhook-secret file")
	handled := map[string]bool{} // a real back end keeps these in its database
	hook := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, notify.MaxEventBytes+1))
		if err != nil || notify.Verify(secret, r.Header, body, time.Now(), 0) != nil {
			http.Error(w, "not from our node", http.StatusUnauthorized)
			return
		}
		id := r.Header.Get(notify.HeaderID)
		if !handled[id] {
			handled[id] = true
			fmt.Fprintf(os.Stdout, "%s %s\n", r.Header.Get(notify.HeaderType), id)
		}
		w.WriteHeader(http.StatusNoContent)
	})

	// What the node sends, twice (a retry after a lost answer).
	body := []byte(`{"id":"c0ffee-7","seq":7,"type":"transfer.imported","time":"2026-01-01T00:00:00Z"}`)
	for range 2 {
		ts := time.Now().Unix()
		req, _ := http.NewRequest(http.MethodPost, "/hooks/mifm", strings.NewReader(string(body)))
		req.Header.Set(notify.HeaderID, "c0ffee-7")
		req.Header.Set(notify.HeaderType, "transfer.imported")
		req.Header.Set(notify.HeaderTimestamp, fmt.Sprint(ts))
		req.Header.Set(notify.HeaderSignature, notify.Sign(secret, ts, body))
		hook.ServeHTTP(discard{}, req)
	}
	// Output: transfer.imported c0ffee-7
}

type discard struct{}

func (discard) Header() http.Header         { return http.Header{} }
func (discard) Write(b []byte) (int, error) { return len(b), nil }
func (discard) WriteHeader(int)             {}
