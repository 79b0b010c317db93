package riclient

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/notify"
)

// maxStreamLine caps one line of the event stream: an event's JSON is at
// most notify.MaxEventBytes.
const maxStreamLine = notify.MaxEventBytes + 1024

// EventList reads a page of the node's events (GET /ri/v1/events/poll).
func (c *Client) EventList(ctx context.Context, q api.EventQuery) (*api.EventPage, error) {
	v := url.Values{}
	v.Set("after", strconv.FormatUint(q.After, 10))
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if q.Wait > 0 {
		v.Set("wait", strconv.Itoa(int((q.Wait+time.Second-1)/time.Second)))
	}
	var p api.EventPage
	return &p, c.do(ctx, http.MethodGet, withQuery("/ri/v1/events/poll", v), nil, &p)
}

// SubscribeEvents reads the node's event stream (GET /ri/v1/events) and
// calls fn with each event after sequence after, in order. When the
// connection drops it reconnects with Last-Event-ID (after a pause that
// grows to 30 s), so no event is missed; it returns when ctx ends (nil),
// when fn fails, or when the node refuses the request (a problem other than
// 503).
func (c *Client) SubscribeEvents(ctx context.Context, after uint64, fn func(api.Event) error) error {
	pause := 500 * time.Millisecond
	for {
		got, err := c.stream(ctx, after, fn)
		if got != after { // on, or back to the oldest kept after a gap
			after, pause = got, 500*time.Millisecond
		}
		if ctx.Err() != nil {
			return nil
		}
		var fnErr *callbackError
		if errors.As(err, &fnErr) {
			return fnErr.err
		}
		var re *RemoteError
		if errors.As(err, &re) && re.Problem.Status != http.StatusServiceUnavailable {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(pause):
		}
		pause = min(pause*2, 30*time.Second)
	}
}

// callbackError is fn's error, which ends SubscribeEvents.
type callbackError struct{ err error }

func (e *callbackError) Error() string { return e.err.Error() }

// stream reads one connection of the event stream; it returns the seq of
// the last event fn took.
func (c *Client) stream(ctx context.Context, after uint64, fn func(api.Event) error) (uint64, error) {
	h := http.Header{}
	h.Set("Accept", "text/event-stream")
	h.Set("Last-Event-ID", strconv.FormatUint(after, 10))
	resp, err := c.request(ctx, http.MethodGet, "/ri/v1/events", "", nil, h)
	if err != nil {
		return after, err
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		return after, fmt.Errorf("node RI API %s: the event stream answered %q, not text/event-stream", c.base, ct)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 0, 4096), maxStreamLine)
	var typ string
	var data bytes.Buffer
	for sc.Scan() {
		line := sc.Bytes()
		switch {
		case len(line) == 0: // the end of an event
			if typ == "mifm.gap" {
				// Events were pruned (or the node's store is new): the
				// stream goes on from the oldest kept one.
				var gap struct{ First uint64 }
				if json.Unmarshal(data.Bytes(), &gap) == nil && gap.First > 0 {
					after = gap.First - 1
				}
			} else if data.Len() > 0 {
				var ev api.Event
				if err := json.Unmarshal(data.Bytes(), &ev); err != nil {
					return after, fmt.Errorf("node RI API %s: an event that is not JSON: %w", c.base, err)
				}
				if ev.Seq > after {
					if err := fn(ev); err != nil {
						return after, &callbackError{err}
					}
					after = ev.Seq
				}
			}
			typ = ""
			data.Reset()
		case line[0] == ':': // a heartbeat
		default:
			field, value, _ := bytes.Cut(line, []byte(":"))
			value = bytes.TrimPrefix(value, []byte(" "))
			switch string(field) {
			case "event":
				typ = string(value)
			case "data":
				if data.Len()+len(value) > maxStreamLine {
					return after, fmt.Errorf("node RI API %s: an event over %d bytes", c.base, maxStreamLine)
				}
				if data.Len() > 0 {
					data.WriteByte('\n')
				}
				data.Write(value)
			}
		}
	}
	if err := sc.Err(); err != nil && !errors.Is(err, io.EOF) {
		return after, fmt.Errorf("node RI API %s: event stream: %w", c.base, err)
	}
	return after, nil
}
