package daemon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/notify"
	"github.com/mifm/mifm/node/re"
)

// Bounds of the RI event stream.
const (
	// streamHeartbeat is how often an idle stream sends a comment, so
	// proxies and the client see the connection alive.
	streamHeartbeat = 15 * time.Second
	// streamLifetime ends a stream after a while: the client reconnects
	// with Last-Event-ID and loses nothing, and no connection is held
	// for ever.
	streamLifetime = time.Hour
	// streamWriteWait bounds one write to a stream's client.
	streamWriteWait = 30 * time.Second
	// streamRetryMs is the reconnection delay the stream asks clients for.
	streamRetryMs = 3000
)

// eventRoutes are the platform's notifications on RI (FGMV-43 9.2 steps 6,
// 7, 9): a server-sent-events stream and its polling form, both reading
// the node's event outbox.
func (s *Server) eventRoutes() []route {
	m := s.core
	return []route{
		{api: apiRI, method: "GET", path: "/ri/v1/events", op: "event.stream", outMedia: "text/event-stream", out: "EventStream",
			summary: "The node's events as server-sent events (text/event-stream): per event `id:` its seq, `event:` its type, `data:` the Event JSON; a `: ping` comment every 15 s when idle. Resume with the Last-Event-ID header (the last seq received) or ?after=SEQ (0: every kept event); without either the stream starts after the newest event. When events were pruned before the resume point (or the resume point is past the newest event: a node store made anew), an `event: mifm.gap` with data {\"after\",\"first\"} comes first and the stream goes on from the oldest kept event. A stream ends after an hour (reconnect with Last-Event-ID); at most 16 streams at once (503 beyond). With Accept: application/json and no text/event-stream, answers as GET /ri/v1/events/poll.",
			query:   []param{{"after", "integer", "stream the events after this seq (Last-Event-ID wins when both are given)"}},
			raw:     http.HandlerFunc(s.eventStream)},
		{api: apiRI, method: "GET", path: "/ri/v1/events/poll", op: "event.list", out: "EventPage",
			summary: "A page of the node's events after a seq, oldest first, for platforms that poll; waits up to `wait` seconds for a first event when there is none yet (long polling). Next page: after = the last event's seq.",
			query: []param{
				{"after", "integer", "events after this seq (0: from the oldest kept)"},
				{"limit", "integer", "at most this many events (default 100, at most 1000)"},
				{"wait", "integer", "seconds to wait for an event when none is there yet (0 to 60)"},
			},
			h: func(ctx context.Context, c *call) (any, error) {
				q, err := parseEventQuery(c.r)
				if err != nil {
					return nil, err
				}
				return m.EventList(ctx, q)
			}},
	}
}

func parseEventQuery(r *http.Request) (api.EventQuery, error) {
	var q api.EventQuery
	v := r.URL.Query()
	if s := v.Get("after"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return q, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "after=%.40q is not an event seq", s)
		}
		q.After = n
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > notify.MaxPage {
			return q, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "limit=%.40q: want 1 to %d", s, notify.MaxPage)
		}
		q.Limit = n
	}
	if s := v.Get("wait"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || time.Duration(n)*time.Second > core.MaxEventWait {
			return q, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "wait=%.40q: want 0 to %d seconds", s, int(core.MaxEventWait.Seconds()))
		}
		q.Wait = time.Duration(n) * time.Second
	}
	return q, nil
}

// streamStart is where a stream resumes: after the seq of Last-Event-ID
// (a seq, or an event id whose last part is one), else ?after, else the
// newest event.
func streamStart(r *http.Request, o *notify.Outbox) (uint64, *re.Problem) {
	if id := r.Header.Get("Last-Event-ID"); id != "" {
		seq := id[strings.LastIndexByte(id, '-')+1:]
		n, err := strconv.ParseUint(seq, 10, 64)
		if err != nil || len(id) > 100 {
			return 0, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "Last-Event-ID %.40q is not an event seq", id)
		}
		return n, nil
	}
	if s := r.URL.Query().Get("after"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return 0, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "after=%.40q is not an event seq", s)
		}
		return n, nil
	}
	_, last := o.Bounds()
	return last, nil
}

func wantsJSON(r *http.Request) bool {
	a := r.Header.Get("Accept")
	return strings.Contains(a, "application/json") && !strings.Contains(a, "text/event-stream")
}

// eventStream serves the outbox as server-sent events.
func (s *Server) eventStream(w http.ResponseWriter, r *http.Request) {
	if wantsJSON(r) {
		q, err := parseEventQuery(r)
		var page *api.EventPage
		if err == nil {
			page, err = s.core.EventList(r.Context(), q)
		}
		if err != nil {
			re.WriteProblem(w, r, toProblem(err))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(page)
		return
	}
	o := s.core.Outbox()
	after, p := streamStart(r, o)
	if p != nil {
		re.WriteProblem(w, r, p)
		return
	}
	release, err := o.Subscribe()
	if err != nil {
		w.Header().Set("Retry-After", "30")
		re.WriteProblem(w, r, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "%v: try again later", err))
		return
	}
	defer release()

	// The RI server's timeouts are made for requests that end: a stream
	// sets its own deadlines, per write and for its lifetime.
	rc := http.NewResponseController(w)
	end := time.Now().Add(streamLifetime)
	_ = rc.SetReadDeadline(end.Add(time.Minute))
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // a proxy in front must not hold events back
	w.WriteHeader(http.StatusOK)
	var buf []byte
	flush := func() bool {
		if err := rc.SetWriteDeadline(time.Now().Add(streamWriteWait)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return false
		}
		if _, err := w.Write(buf); err != nil {
			return false
		}
		buf = buf[:0]
		return rc.Flush() == nil
	}
	buf = fmt.Appendf(buf, "retry: %d\n\n", streamRetryMs)
	// Events pruned before the resume point, or a resume point this
	// outbox never reached (a node store made anew): the client hears of
	// the gap and gets what is kept.
	if first, last := o.Bounds(); after+1 < first || after > last {
		buf = fmt.Appendf(buf, "event: mifm.gap\ndata: {\"after\":%d,\"first\":%d}\n\n", after, first)
		after = first - 1
	}
	if !flush() {
		return
	}
	heartbeat := time.NewTicker(streamHeartbeat)
	defer heartbeat.Stop()
	lifetime := time.NewTimer(time.Until(end))
	defer lifetime.Stop()
	for {
		changed := o.Changed()
		evs, err := o.List(after, 100)
		if err != nil {
			s.log.Error("event stream: read the outbox", "error", err)
			return
		}
		for _, ev := range evs {
			data, _ := json.Marshal(ev) // one line: JSON escapes newlines
			buf = fmt.Appendf(buf, "id: %d\nevent: %s\ndata: %s\n\n", ev.Seq, ev.Type, data)
			after = ev.Seq
		}
		if len(evs) > 0 {
			if !flush() {
				return
			}
			continue
		}
		select {
		case <-r.Context().Done():
			return
		case <-lifetime.C:
			return
		case <-heartbeat.C:
			buf = append(buf, ": ping\n\n"...)
			if !flush() {
				return
			}
		case <-changed:
		}
	}
}

// Unwrap lets http.ResponseController reach the connection under a
// route's status recorder: the event stream flushes and sets deadlines.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// eventSchemas are the OpenAPI schemas eventRoutes name.
func eventSchemas() map[string]any {
	str := func(desc string) map[string]any { return map[string]any{"type": "string", "description": desc} }
	integer := func(desc string) map[string]any { return map[string]any{"type": "integer", "description": desc} }
	strs := map[string]any{"type": "array", "items": map[string]any{"type": "string"}}
	return map[string]any{
		"Event": map[string]any{
			"type": "object", "required": []string{"id", "seq", "type", "time"},
			"description": "One notification to the platform. The body of a webhook delivery (POST to node.webhook_url with headers Mifm-Event-Id, Mifm-Event-Type, Mifm-Timestamp (Unix seconds) and Mifm-Signature: v1=hex(HMAC-SHA256(the home's webhook-secret, timestamp + \".\" + body))), and the data of a stream event. data is a TransferNotice for transfer.* types, a ChannelNotice for channel.* types, the verify operation's verdict for credential.verdict.",
			"properties": map[string]any{
				"id":   str("unique per event, the same on every delivery: the idempotency key"),
				"seq":  integer("the node's event order (1, 2, …); a gap means events were pruned undelivered"),
				"type": map[string]any{"type": "string", "enum": eventTypes()},
				"time": map[string]any{"type": "string", "format": "date-time"}, "subject": str("a transfer id, a channel id, a DID"),
				"data": map[string]any{"description": "by type: TransferNotice, ChannelNotice, or a credential verdict"},
			},
		},
		"EventPage": map[string]any{"type": "object", "required": []string{"events", "first", "last"}, "properties": map[string]any{
			"events": map[string]any{"type": "array", "items": ref("Event")},
			"first":  integer("the oldest kept seq: after below first - 1 has missed pruned events"),
			"last":   integer("the newest seq (0: none yet)"),
		}},
		"EventStream": str("text/event-stream: `retry: 3000`, then per event `id: <seq>`, `event: <type>`, `data: <Event JSON>` and a blank line; `: ping` comments while idle; `event: mifm.gap` with data {\"after\": n, \"first\": n} when the resume point was pruned"),
		"TransferNotice": map[string]any{"type": "object", "required": []string{"transfer", "role", "state", "asset", "amount", "peer"}, "properties": map[string]any{
			"transfer": str("the transfer id (0x and 64 hex digits)"), "role": map[string]any{"type": "string", "enum": []string{"outgoing", "incoming"}},
			"state": map[string]any{"type": "string", "enum": []string{"requested", "locked", "offered", "accepted", "released", "imported", "delivered", "rejected", "returned", "refunded", "failed"}},
			"asset": str("CAIP-19"), "amount": str("decimal"), "peer": str("the other platform's DID"), "channel": str("the channel id"),
			"depositor": str("A's wallet (0x)"), "recipient": str("B's user (0x)"), "deadline": integer("Unix seconds: the escrow refunds after it"),
			"rights": strs, "visibility": str("public, unlisted or private"), "tx": str("the transaction of this step"),
			"reason": integer("B's refusal code (transfer.rejected)"), "explanation": str("B's refusal in words"),
			"content": map[string]any{"type": "array", "items": map[string]any{"type": "string"}, "description": "CIDs B imported (transfer.imported)"},
			"detail":  str("the step as the transfer's history words it"), "error": str("what went wrong (transfer.failed)"),
		}},
		"ChannelNotice": map[string]any{"type": "object", "required": []string{"channel", "role", "state", "peer"}, "properties": map[string]any{
			"channel": str("the channel id"), "role": map[string]any{"type": "string", "enum": []string{"initiator", "responder", "bridge"}},
			"state":    map[string]any{"type": "string", "enum": []string{"negotiating", "offered", "established", "failed", "aborted"}},
			"previous": str("the state before (absent for a new channel)"), "peer": str("the other platform's DID"), "bridge": str("the bridge's DID"),
			"error": str("why the negotiation failed"), "clashes": strs,
		}},
	}
}

// eventTypes are the event types the node emits (README, "Platform
// events", documents each).
func eventTypes() []string {
	return []string{
		"transfer.prepared", "transfer.requested", "transfer.locked", "transfer.offered", "transfer.incoming", "transfer.accepted", "transfer.rejected",
		"transfer.released", "transfer.imported", "transfer.delivered", "transfer.returned", "transfer.refunded", "transfer.failed",
		"channel.opened", "channel.changed", "credential.verdict", "asset.minted",
	}
}
