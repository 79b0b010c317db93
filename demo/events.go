package demo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/notify"
)

// backEnd is a platform's back end as the demo plays it: a loopback server
// the node's webhooks go to (FGMV-43 9.2 steps 6, 7 and 9), checking each
// delivery's signature and age and keeping each event once.
type backEnd struct {
	srv    *http.Server
	secret []byte

	mu      sync.Mutex
	events  []notify.Event
	seen    map[string]bool
	refused int
	changed chan struct{}
}

// startBackEnd serves a back end for h and points h's webhooks at it.
func startBackEnd(h *home.Home) (*backEnd, error) {
	secret, err := h.WebhookSecret()
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	b := &backEnd{secret: []byte(secret), seen: map[string]bool{}, changed: make(chan struct{}, 1)}
	b.srv = &http.Server{Handler: http.HandlerFunc(b.receive), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = b.srv.Serve(ln) }()
	h.Config.Node.WebhookURL = "http://" + ln.Addr().String() + "/mifm/events"
	if err := h.Save(); err != nil {
		b.srv.Close()
		return nil, err
	}
	return b, nil
}

func (b *backEnd) receive(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, notify.MaxEventBytes+1))
	var ev notify.Event
	if err == nil {
		err = notify.Verify(b.secret, r.Header, body, time.Now(), 0)
	}
	if err == nil {
		err = json.Unmarshal(body, &ev)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if err != nil {
		b.refused++
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if !b.seen[ev.ID] { // a redelivery is acknowledged, not counted again
		b.seen[ev.ID] = true
		b.events = append(b.events, ev)
	}
	w.WriteHeader(http.StatusNoContent)
	select {
	case b.changed <- struct{}{}:
	default:
	}
}

// count is how many events of each type arrived.
func (b *backEnd) count() map[string]int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := map[string]int{}
	for _, ev := range b.events {
		n[ev.Type]++
	}
	return n
}

// await waits until at least want of each type arrived.
func (b *backEnd) await(ctx context.Context, want map[string]int, d time.Duration) error {
	deadline := time.NewTimer(d)
	defer deadline.Stop()
	for {
		got := b.count()
		missing := []string{}
		for typ, n := range want {
			if got[typ] < n {
				missing = append(missing, fmt.Sprintf("%s (%d of %d)", typ, got[typ], n))
			}
		}
		if len(missing) == 0 {
			return nil
		}
		sort.Strings(missing)
		select {
		case <-b.changed:
		case <-ctx.Done():
			return ctx.Err()
		case <-deadline.C:
			return fmt.Errorf("no webhook for %s within %s", strings.Join(missing, ", "), d)
		}
	}
}

// close stops the back end and points h's webhooks nowhere again, so a
// kept home's node does not post to a server that is gone.
func (b *backEnd) close(h *home.Home) error {
	b.srv.Close()
	h.Config.Node.WebhookURL = ""
	return h.Save()
}

// summary is "N signed events: type×n, …".
func (b *backEnd) summary() string {
	got := b.count()
	var types []string
	total := 0
	for typ, n := range got {
		types = append(types, fmt.Sprintf("%s×%d", strings.TrimPrefix(typ, "transfer."), n))
		total += n
	}
	sort.Strings(types)
	return fmt.Sprintf("%d signed events (%s)", total, strings.Join(types, ", "))
}

var errRefusedDelivery = errors.New("a webhook delivery did not verify")
