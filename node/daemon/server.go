package daemon

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/crosschain"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/identity"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/node/transfer"
)

// Which server a route is on.
const (
	apiRI = "ri"
	apiRE = "re"
	// Public routes answer on both servers (or the one named in on) without
	// authentication and are not logged.
	apiPublic = "public"
)

// call is one request as a handler sees it.
type call struct {
	r      *http.Request
	body   []byte
	sender *re.Sender // the verified sender of an RE request
	// logged is set by a handler whose own audit entry (with the nonce)
	// records the request.
	logged bool
}

func (c *call) decode(v any) error {
	dec := json.NewDecoder(bytes.NewReader(c.body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "request body: %v", err)
	}
	return nil
}

type route struct {
	api     string
	on      string // for public routes: ri, re or "" (both)
	method  string
	path    string
	op      string
	summary string
	in, out string // schema names in the OpenAPI document
	// inMedia and outMedia are the request's and the answer's media types
	// when they are not JSON (uploads, file downloads, event streams).
	inMedia, outMedia string
	// query and header document the route's query and header parameters.
	query  []param
	header []param
	status int // success status (200 when 0)
	h      func(ctx context.Context, c *call) (any, error)
	raw    http.Handler
	// token makes a public route ask for the RI bearer token all the same
	// (still without an audit entry per request).
	token bool
}

// param is a query or header parameter of a route, for the OpenAPI
// document.
type param struct {
	name, typ, desc string
}

// idempotencyKey is the header of the operations that move value.
var idempotencyKey = param{idempotency.Header, "string", "makes the request happen once however often it is sent (1 to 255 printable ASCII characters without spaces, e.g. a UUID; remembered 24 h): sent again after a lost answer, it answers with the first request's outcome (replayed: true); sent with another request, it is refused (422 idempotency-key-reused); an empty or malformed key is refused (400 bad-idempotency-key) before the body is read"}

// keyOf is a request's Idempotency-Key header, checked: none is "", an
// empty, repeated or malformed one an error (a client that sent a header
// meant it to count).
func keyOf(r *http.Request) (string, error) {
	vals := r.Header.Values(idempotency.Header)
	switch len(vals) {
	case 0:
		return "", nil
	case 1:
		if err := idempotency.CheckKey(vals[0]); err != nil {
			return "", fmt.Errorf("%s header: %w", idempotency.Header, err)
		}
		return vals[0], nil
	}
	return "", fmt.Errorf("%w: %d %s headers; send one", idempotency.ErrBadKey, len(vals), idempotency.Header)
}

// keyed refuses a request whose Idempotency-Key is malformed before next
// reads its body (an upload).
func keyed(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := keyOf(r); err != nil {
			re.WriteProblem(w, r, toProblem(knownCode(err, err)))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Server serves a Core over RI and RE.
type Server struct {
	core     *core.Core
	verifier *re.Verifier
	token    string
	maxBody  int64
	gateway  http.Handler
	didDoc   func() (*did.Document, error)
	log      *slog.Logger
	routes   []route

	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	refused  *prometheus.CounterVec

	// Trust model: strangers are limited per client IP before any work,
	// verified senders per DID; their refusals are counted, not logged
	// one by one.
	byIP, bySender *limiters
	// uploads are the turns of uploads under way (uploadSlot).
	uploads  chan struct{}
	refusals *refusals
	now      func() time.Time
}

// ServerOptions shape a Server.
type ServerOptions struct {
	Verifier *re.Verifier
	// Token is the RI bearer token.
	Token   string
	MaxBody int64
	// Gateway serves /ipfs/ on RE; nil leaves it out.
	Gateway http.Handler
	// DIDDocument serves /.well-known/did.json on RE.
	DIDDocument func() (*did.Document, error)
	Log         *slog.Logger
	// Net holds the RE rate limits (rate_per_ip, burst_per_ip,
	// rate_per_sender, burst_per_sender); zero means the core's home's.
	Net home.NetConfig
	// RefusalLog is how often refused RE requests are logged, as counts
	// per problem code (default one minute).
	RefusalLog time.Duration
	// Now is the rate limiters' clock (tests); nil means time.Now.
	Now func() time.Time
}

// NewServer builds the RI and RE handlers.
func NewServer(c *core.Core, opts ServerOptions) *Server {
	s := &Server{core: c, verifier: opts.Verifier, token: opts.Token, maxBody: opts.MaxBody, gateway: opts.Gateway, didDoc: opts.DIDDocument, log: opts.Log, now: opts.Now}
	if s.maxBody == 0 {
		s.maxBody = 1 << 20
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	n := opts.Net
	if n.RatePerIP == 0 {
		n = c.Home.Config.Net
	}
	s.byIP = newLimiters(n.RatePerIP, n.BurstPerIP, maxLimiters)
	s.bySender = newLimiters(n.RatePerSender, n.BurstPerSender, maxLimiters)
	if opts.RefusalLog <= 0 {
		opts.RefusalLog = time.Minute
	}
	s.refusals = &refusals{log: s.log, every: opts.RefusalLog}
	s.reg = prometheus.NewRegistry()
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mifm_requests_total", Help: "RI and RE requests by API, operation and status code."}, []string{"api", "op", "code"})
	s.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "mifm_request_seconds", Help: "Time to answer RI and RE requests.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}, []string{"api", "op"})
	s.refused = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mifm_re_refused_total", Help: "RE requests refused before an operation ran (signature, rate limit, channel…), by problem code."}, []string{"code"})
	s.reg.MustRegister(s.requests, s.latency, s.refused,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mifm_audit_entries", Help: "Entries in the audit log."}, func() float64 {
			seq, _ := c.Audit.Head()
			return float64(seq)
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mifm_channels", Help: "Channels the node records, in any state."}, func() float64 {
			chans, _ := c.Manage.Channels()
			return float64(len(chans))
		}),
	)
	s.uploads = make(chan struct{}, maxUploads)
	s.routes = s.table()
	return s
}

func (s *Server) gatewayOrNone() http.Handler {
	if s.gateway != nil {
		return s.gateway
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gw, err := s.core.Gateway(r.Context())
		if err != nil {
			s.log.Error("open the content store for the gateway", "error", err)
			re.WriteProblem(w, r, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "this node's content store is not available"))
			return
		}
		gw.ServeHTTP(w, r)
	})
}

func parseAuditQuery(r *http.Request) (api.AuditQuery, error) {
	var q api.AuditQuery
	v := r.URL.Query()
	if s := v.Get("after"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return q, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "after=%q is not a sequence number", s)
		}
		q.After = n
	}
	if s := v.Get("since"); s != "" {
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return q, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "since=%q is not an RFC 3339 time", s)
		}
		q.Since = t
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return q, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "limit=%q is not a count", s)
		}
		q.Limit = n
	}
	return q, nil
}

// Handler returns the mux of one server: "ri" or "re".
func (s *Server) Handler(api string) http.Handler {
	mux := http.NewServeMux()
	for _, rt := range s.routes {
		if rt.api != api && !(rt.api == apiPublic && (rt.on == "" || rt.on == api)) {
			continue
		}
		mux.Handle(rt.method+" "+rt.path, s.wrap(api, rt))
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		re.WriteProblem(w, r, re.NewProblem(http.StatusNotFound, re.CodeNotFound, "no route %s %s (see /openapi.json)", r.Method, r.URL.Path))
	})
	return mux
}

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// wrap adds what every route of api gets: body limit, authentication
// (bearer token on RI, signature on RE), problem answers, metrics and an
// audit entry.
func (s *Server) wrap(api string, rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		var problem *re.Problem
		var sender *re.Sender
		var c *call
		defer func() {
			code := sw.status
			if code == 0 {
				code = http.StatusOK
			}
			s.requests.WithLabelValues(api, rt.op, strconv.Itoa(code)).Inc()
			s.latency.WithLabelValues(api, rt.op).Observe(time.Since(start).Seconds())
			if api == apiRE && problem != nil && (c == nil || !c.logged) {
				// Refused RE requests are counted and logged in aggregate;
				// an audit entry each would let anyone grow the log.
				s.refused.WithLabelValues(problem.Code).Inc()
				s.refusals.add(problem.Code, s.now())
				if sender != nil && sender.Persist != nil {
					// The nonce is spent all the same, also after a restart.
					b := s.core.DB.NewBatch()
					sender.Persist(b)
					if err := b.Commit(); err != nil {
						s.log.Error("record nonce", "op", rt.op, "error", err)
					}
				}
				return
			}
			if rt.api == apiPublic {
				return
			}
			ev := audit.Event{API: api, Op: rt.op, Subject: r.PathValue("id"), Outcome: "ok", Detail: map[string]string{"status": strconv.Itoa(code)}}
			if api == apiRI {
				ev.Actor = "platform"
			}
			if sender != nil {
				ev.Actor = sender.DID
			}
			if problem != nil {
				ev.Outcome = "failed"
				if code < 500 {
					ev.Outcome = "refused"
				}
				ev.Detail["code"] = problem.Code
			} else if code >= 400 {
				// A raw route answered its own problem (a stream, an upload).
				ev.Outcome = "failed"
				if code < 500 {
					ev.Outcome = "refused"
				}
			}
			if c != nil && c.logged {
				return
			}
			var persist func(*store.Batch)
			if sender != nil {
				persist = sender.Persist
			}
			if _, err := s.core.Audit.Append(ev, persist); err != nil {
				s.log.Error("audit log", "op", rt.op, "error", err)
			}
		}()
		fail := func(p *re.Problem) {
			problem = p
			re.WriteProblem(sw, r, p)
		}
		limited := func(retry time.Duration, who string) {
			secs := setRetryAfter(sw, retry)
			fail(re.NewProblem(http.StatusTooManyRequests, re.CodeRateLimited, "too many requests from this %s: retry after %d s", who, secs))
		}
		if api == apiRE {
			// Before any work, so a flood costs a map lookup per request.
			if ok, retry := s.byIP.allow(clientIP(r), s.now()); !ok {
				limited(retry, "address")
				return
			}
		}
		if (rt.api == apiRI || rt.token) && !s.authorized(r) {
			sw.Header().Set("WWW-Authenticate", `Bearer realm="mifm RI"`)
			fail(re.NewProblem(http.StatusUnauthorized, re.CodeUnauthorized, "send Authorization: Bearer <the token in the home's %s>", "ri-token"))
			return
		}
		if rt.raw != nil {
			rt.raw.ServeHTTP(sw, r)
			return
		}
		if r.ContentLength > s.maxBody {
			fail(re.NewProblem(http.StatusRequestEntityTooLarge, re.CodeBodyTooLarge, "the body is %d bytes; this node takes at most %d", r.ContentLength, s.maxBody))
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, s.maxBody+1))
		if err != nil {
			fail(re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "read body: %v", err))
			return
		}
		if int64(len(body)) > s.maxBody {
			fail(re.NewProblem(http.StatusRequestEntityTooLarge, re.CodeBodyTooLarge, "the body is larger than %d bytes, the most this node takes", s.maxBody))
			return
		}
		c = &call{r: r, body: body}
		switch rt.api {
		case apiRE:
			snd, p := s.verifier.Verify(r.Context(), r, body)
			if p != nil {
				fail(p)
				return
			}
			sender, c.sender = snd, snd
			if ok, retry := s.bySender.allow(snd.DID, s.now()); !ok {
				limited(retry, "sender")
				return
			}
		}
		out, err := rt.h(r.Context(), c)
		if err != nil {
			p := toProblem(knownCode(err, err))
			if api == apiRE && p.Status >= 500 && p.Code != re.CodeUnavailable {
				// What failed inside (a chain endpoint with its key, a
				// path) is the operator's to read, not a peer's.
				s.log.Error("RE request failed", "op", rt.op, "error", p.Detail)
				p = re.NewProblem(p.Status, p.Code, "this node could not complete the request; its operator has the details")
			}
			if api == apiRE && p.Code == re.CodeUnavailable {
				// A peer this node was to call for the request (a bridge, a
				// gateway) did not answer: what the call met stays here, or
				// the caller could probe hosts through the node.
				s.log.Info("RE request: a peer did not answer", "op", rt.op, "error", p.Detail)
				p = re.NewProblem(p.Status, p.Code, "a peer this request depends on could not be reached")
			}
			fail(p)
			return
		}
		sw.Header().Set("Content-Type", "application/json")
		sw.Header().Set("Cache-Control", "no-store")
		if rt.status != 0 {
			sw.WriteHeader(rt.status)
		}
		_ = json.NewEncoder(sw).Encode(out)
	})
}

// authorized checks the RI bearer token in constant time.
func (s *Server) authorized(r *http.Request) bool {
	got := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	return s.token != "" && subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) == 1
}

// message receives a message over an established channel: its audit entry
// is its receipt.
func (s *Server) message(ctx context.Context, c *call) (any, error) {
	id := c.r.PathValue("id")
	if _, err := s.core.Manage.Established(id, c.sender.DID); err != nil {
		return nil, err
	}
	var msg manage.Message
	if err := c.decode(&msg); err != nil {
		return nil, err
	}
	if msg.Kind == "" || len(msg.Kind) > 100 {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "kind must be 1 to 100 characters")
	}
	e, err := s.core.Audit.Append(audit.Event{API: apiRE, Op: "re.message", Actor: c.sender.DID, Subject: id, Detail: map[string]string{"status": "200", "kind": msg.Kind, "digest": re.Digest(msg.Body)}}, c.sender.Persist)
	if err != nil {
		return nil, err
	}
	c.logged = true
	return &manage.Receipt{Channel: id, Seq: e.Seq, Hash: e.Hash}, nil
}

// knownCode gives the problem out stands for the code of the known error
// in cause's chain (api.ErrorCode), so clients branch on the same sentinel
// as callers in process. The areas map their errors to problems first.
func knownCode(out, cause error) error {
	code := api.ErrorCode(cause)
	if code == "" {
		return out
	}
	var p *re.Problem
	if errors.As(out, &p) {
		p.Code = code
		return out
	}
	p = toProblem(out)
	p.Code = code
	return p
}

// toProblem maps an operation's error to the problem it answers with.
func toProblem(err error) *re.Problem {
	var p *re.Problem
	var ne *manage.NegotiationError
	switch {
	case errors.As(err, &p):
		return p
	case errors.As(err, &ne):
		p = re.NewProblem(http.StatusUnprocessableEntity, re.CodeNegotiation, "%s", err.Error())
		p.Clashes = ne.Clashes
		return p
	case errors.Is(err, transfer.ErrBadRequest), errors.Is(err, idempotency.ErrBadKey):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, idempotency.ErrKeyReused):
		return re.NewProblem(http.StatusUnprocessableEntity, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, transfer.ErrNotFound):
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error())
	case errors.Is(err, transfer.ErrNoChannel), errors.Is(err, core.ErrNoChain):
		return re.NewProblem(http.StatusConflict, re.CodeConflict, "%s", err.Error())
	case errors.Is(err, manage.ErrNotFound):
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error())
	case errors.Is(err, manage.ErrInvalidManifesto):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, did.ErrInvalidDID), errors.Is(err, core.ErrOwnPlatform):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, manage.ErrBadPeer):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, manage.ErrNoManifesto):
		return re.NewProblem(http.StatusConflict, re.CodeConflict, "%s", err.Error())
	case errors.Is(err, crosschain.ErrBadMove), errors.Is(err, crosschain.ErrUnknownLink):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, crosschain.ErrNotFound):
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error())
	case errors.Is(err, anchor.ErrBadVersion), errors.Is(err, anchor.ErrNotCanonical), errors.Is(err, anchor.ErrSignature), errors.Is(err, anchor.ErrBadPolicy):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, anchor.ErrNoSubject), errors.Is(err, anchor.ErrNoVersion):
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error())
	case errors.Is(err, anchor.ErrNotAllowed):
		return re.NewProblem(http.StatusForbidden, re.CodeForbidden, "%s", err.Error())
	case errors.Is(err, anchor.ErrUnknownPrev), errors.Is(err, anchor.ErrNotBatched), errors.Is(err, anchor.ErrNotAnchored):
		return re.NewProblem(http.StatusConflict, re.CodeConflict, "%s", err.Error())
	case errors.Is(err, identity.ErrNoMigration):
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error())
	case errors.Is(err, manage.ErrNotPartner):
		return re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s", err.Error())
	case errors.Is(err, core.ErrNoBridge):
		return re.NewProblem(http.StatusConflict, re.CodeConflict, "%s", err.Error())
	}
	return re.NewProblem(http.StatusInternalServerError, re.CodeInternal, "%s", err.Error())
}
