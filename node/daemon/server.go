package daemon

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/home"
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
	status  int    // success status (200 when 0)
	h       func(ctx context.Context, c *call) (any, error)
	raw     http.Handler
	// token makes a public route ask for the RI bearer token all the same
	// (still without an audit entry per request).
	token bool
}

// Server serves a Core over RI and RE.
type Server struct {
	core     *Core
	verifier *re.Verifier
	token    string
	maxBody  int64
	gateway  http.Handler
	didDoc   func() (*did.Document, error)
	log      *slog.Logger
	routes   []route
	commands CommandRunner
	host     Host

	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	refused  *prometheus.CounterVec

	// Trust model: strangers are limited per client IP before any work,
	// verified senders per DID; their refusals are counted, not logged
	// one by one.
	byIP, bySender *limiters
	refusals       *refusals
	now            func() time.Time
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
	// Commands runs CLI invocations for loopback clients, with Host.
	Commands CommandRunner
	Host     Host
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
func NewServer(core *Core, opts ServerOptions) *Server {
	s := &Server{core: core, verifier: opts.Verifier, token: opts.Token, maxBody: opts.MaxBody, gateway: opts.Gateway, didDoc: opts.DIDDocument, log: opts.Log, commands: opts.Commands, host: opts.Host, now: opts.Now}
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
		n = core.Home.Config.Net
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
			seq, _ := core.Audit.Head()
			return float64(seq)
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mifm_channels", Help: "Channels the node records, in any state."}, func() float64 {
			chans, _ := core.Manage.Channels()
			return float64(len(chans))
		}),
	)
	s.routes = s.table()
	return s
}

// table is every route of both APIs; the OpenAPI document is made from it.
func (s *Server) table() []route {
	m := s.core
	return []route{
		{api: apiPublic, method: "GET", path: "/healthz", op: "health", summary: "Liveness: 200 while the node serves.", out: "Health", h: func(ctx context.Context, c *call) (any, error) {
			return map[string]string{"status": "ok"}, nil
		}},
		{api: apiPublic, method: "GET", path: "/openapi.json", op: "openapi", summary: "This OpenAPI 3.1 document.", raw: http.HandlerFunc(s.serveOpenAPI)},
		{api: apiPublic, on: apiRI, method: "GET", path: "/metrics", op: "metrics", summary: "Prometheus metrics (text exposition format); on the RI server only, with the RI bearer token (a page in a browser cannot read it through DNS rebinding).", token: true, raw: promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{})},
		{api: apiPublic, on: apiRE, method: "GET", path: "/.well-known/did.json", op: "didDocument", summary: "The platform's did:web document: its key and its MIFMNode service (404 for other DID methods).", out: "DIDDocument", h: func(ctx context.Context, c *call) (any, error) {
			if s.didDoc == nil {
				return nil, re.NewProblem(http.StatusNotFound, re.CodeNotFound, "no DID document here")
			}
			doc, err := s.didDoc()
			if err != nil {
				return nil, re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%v", err)
			}
			return doc, nil
		}},
		{api: apiPublic, on: apiRE, method: "GET", path: "/ipfs/{cid...}", op: "gateway", summary: "Trustless IPFS gateway (application/vnd.ipld.raw and application/vnd.ipld.car responses only).", raw: s.gatewayOrNone()},

		{api: apiRI, method: "GET", path: "/ri/v1/node", op: "node.status", summary: "The node's DID, endpoints, manifesto revision, channel count and audit head.", out: "Status", h: func(ctx context.Context, c *call) (any, error) {
			return m.Status(ctx)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/manifesto", op: "manifesto.show", summary: "The registered, signed manifesto (RI-5).", out: "SignedManifesto", h: func(ctx context.Context, c *call) (any, error) {
			return m.Manifesto(ctx)
		}},
		{api: apiRI, method: "PUT", path: "/ri/v1/manifesto", op: "manifesto.set", summary: "Register the platform's manifesto (RI-5, FGMV-43 9.5 step 1); the node fills in its DID and RE endpoint, numbers and signs it.", in: "Manifesto", out: "SignedManifesto", h: func(ctx context.Context, c *call) (any, error) {
			mf, err := manage.ParseManifesto(c.body)
			if err != nil {
				return nil, err
			}
			return m.SetManifesto(ctx, mf)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/channels", op: "channel.list", summary: "The node's channels, newest first.", out: "Channels", h: func(ctx context.Context, c *call) (any, error) {
			return m.Channels(ctx)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/channels", op: "channel.open", summary: "Negotiate a channel with another node (FGMV-43 9.5 steps 2-10), through a bridge for the gaps when one is named.", in: "OpenChannel", out: "Channel", h: func(ctx context.Context, c *call) (any, error) {
			var req OpenChannelRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			if req.Peer == "" {
				return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "peer is required: the other node's RE URL or its platform DID")
			}
			return m.OpenChannel(ctx, req.Peer, manage.OpenOptions{Bridge: req.Bridge, Require: req.Require})
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/channels/{id}", op: "channel.show", summary: "One channel: state, agreement, the signed offer and answer.", out: "Channel", h: func(ctx context.Context, c *call) (any, error) {
			return m.Channel(ctx, c.r.PathValue("id"))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/channels/{id}/messages", op: "channel.send", summary: "Send a message to the peer over an established channel; answers with the peer's receipt.", in: "Message", out: "Receipt", h: func(ctx context.Context, c *call) (any, error) {
			var msg manage.Message
			if err := c.decode(&msg); err != nil {
				return nil, err
			}
			if msg.Kind == "" {
				return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "kind is required")
			}
			return m.Send(ctx, c.r.PathValue("id"), msg)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/commands", op: "cli.command", summary: "Loopback clients only: run a mifm content or asset command inside the daemon, which holds the home's content store (the CLI does this itself when the daemon runs). The body streams the command's stdout; trailers Mifm-Exit-Code and Mifm-Stderr (base64) end it.", in: "Command", raw: http.HandlerFunc(s.serveCommand)},
		{api: apiRI, method: "GET", path: "/ri/v1/audit", op: "audit.log", summary: "Audit log entries (LAF); query: after (sequence number), since (RFC 3339 time), limit.", out: "AuditEntries", h: func(ctx context.Context, c *call) (any, error) {
			q, err := parseAuditQuery(c.r)
			if err != nil {
				return nil, err
			}
			return m.AuditLog(ctx, q)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/audit/verify", op: "audit.verify", summary: "Recompute the audit log's hash chain and report the first broken link.", out: "AuditReport", h: func(ctx context.Context, c *call) (any, error) {
			return m.VerifyAudit(ctx)
		}},

		{api: apiRI, method: "GET", path: "/ri/v1/transfers", op: "transfer.list", summary: "Transfers this node takes part in (ASTF), newest first.", out: "Transfers", h: func(ctx context.Context, c *call) (any, error) {
			return m.TransferList(ctx)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/transfers", op: "transfer.start", summary: "Give an asset to a user on another platform through the escrow (FGMV-43 9.2): the user's wallet consents and locks, the destination is offered the lock; answers when the destination has answered (or after 30 s, the node going on in the background).", in: "TransferRequest", out: "Transfer", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req TransferRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			tr, err := req.parse()
			if err != nil {
				return nil, err
			}
			return m.StartTransfer(ctx, tr)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/transfers/{id}", op: "transfer.show", summary: "One transfer: its state and history, the on-chain terms, the destination's signed answer (the receipt).", out: "Transfer", h: func(ctx context.Context, c *call) (any, error) {
			return m.TransferShow(ctx, c.r.PathValue("id"))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/exchange/quote", op: "exchange.quote", summary: "Ask the platform whose currency is wanted for a signed order at the rate the manifestos agree (ASEF, 7.2.2).", in: "ExchangeRequest", out: "Quote", h: func(ctx context.Context, c *call) (any, error) {
			var req ExchangeRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.Quote(ctx, req)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/exchange/swap", op: "exchange.swap", summary: "Get a quote and fill it from the taker's wallet in one transaction.", in: "ExchangeRequest", out: "Swap", h: func(ctx context.Context, c *call) (any, error) {
			var req ExchangeRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.Swap(ctx, req)
		}},

		{api: apiRE, method: "GET", path: "/re/v1/manifesto", op: "re.manifesto", summary: "This platform's signed manifesto (RE-5, FGMV-43 9.5 step 4).", out: "ManifestoJWS", h: func(ctx context.Context, c *call) (any, error) {
			sm, err := m.Manifesto(ctx)
			if err != nil {
				return nil, err
			}
			return map[string]string{"jws": sm.JWS}, nil
		}},
		{api: apiRE, method: "POST", path: "/re/v1/channels", op: "re.offer", summary: "Offer manifestos A and V (9.5 step 8); answers with the signed answer manifesto (step 10).", in: "OfferRequest", out: "OfferResponse", h: func(ctx context.Context, c *call) (any, error) {
			var req struct {
				Offer string `json:"offer"`
			}
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.Manage.HandleOffer(ctx, c.sender.DID, req.Offer)
		}},
		{api: apiRE, method: "POST", path: "/re/v1/channels/{id}/abort", op: "re.abort", summary: "The initiator gave up a negotiation.", out: "Empty", h: func(ctx context.Context, c *call) (any, error) {
			return struct{}{}, m.Manage.HandleAbort(ctx, c.sender.DID, c.r.PathValue("id"))
		}},
		{api: apiRE, method: "POST", path: "/re/v1/channels/{id}/messages", op: "re.message", summary: "A message from the peer over an established channel; it is logged and acknowledged with its place in the log.", in: "Message", out: "Receipt", h: s.message},
		{api: apiRE, method: "POST", path: "/re/v1/transfers", op: "re.transfer", summary: "A locked transfer offered by the origin (9.2 steps 4-8); answers with the signed decision: accepted (then released and imported) or rejected with a reason.", in: "TransferOffer", out: "TransferAnswer", h: func(ctx context.Context, c *call) (any, error) {
			t, err := m.transfers()
			if err != nil {
				return nil, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "%v", err)
			}
			var o transfer.Offer
			if err := c.decode(&o); err != nil {
				return nil, err
			}
			jws, err := t.HandleOffer(ctx, "re", c.sender.DID, &o)
			if err != nil {
				return nil, err
			}
			return map[string]string{"answer": jws}, nil
		}},
		{api: apiRE, method: "POST", path: "/re/v1/quotes", op: "re.quote", summary: "A signed exchange order from this platform's treasury at the rate the channel agrees (ASEF).", in: "QuoteRequest", out: "Quote", h: func(ctx context.Context, c *call) (any, error) {
			t, err := m.transfers()
			if err != nil {
				return nil, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "%v", err)
			}
			var q transfer.QuoteRequest
			if err := c.decode(&q); err != nil {
				return nil, err
			}
			return t.HandleQuote(ctx, c.sender.DID, &q)
		}},
		{api: apiRE, method: "POST", path: "/re/v1/virtual-bridges", op: "re.vbridge", summary: "Bridge only: prepare a virtual bridge for the gaps between two manifestos (9.5 steps 5-6); answers with manifesto V.", in: "BridgeRequest", out: "BridgeResponse", h: func(ctx context.Context, c *call) (any, error) {
			var req manage.BridgeRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.Manage.HandleVirtualBridge(ctx, c.sender.DID, req)
		}},
		{api: apiRE, method: "POST", path: "/re/v1/virtual-bridges/{id}/join", op: "re.vbridge.join", summary: "Bridge only: the responding platform connects to the virtual bridge (9.5 step 9).", in: "JoinRequest", out: "Empty", h: func(ctx context.Context, c *call) (any, error) {
			var req manage.JoinRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return struct{}{}, m.Manage.HandleJoin(ctx, c.sender.DID, c.r.PathValue("id"), req)
		}},
	}
}

func (s *Server) gatewayOrNone() http.Handler {
	if s.gateway != nil {
		return s.gateway
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A core given a content store after the server started serves it.
		if gw := s.core.gateway.Load(); gw != nil {
			(*gw).ServeHTTP(w, r)
			return
		}
		re.WriteProblem(w, r, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "this node serves no content store"))
	})
}

// TransferRequest is the body of POST /ri/v1/transfers.
type TransferRequest struct {
	Asset      string   `json:"asset"`
	Amount     string   `json:"amount,omitempty"`
	From       string   `json:"from,omitempty"`
	ToPlatform string   `json:"toPlatform"`
	To         string   `json:"to"`
	Deadline   string   `json:"deadline"`
	Rights     []string `json:"rights,omitempty"`
	Visibility string   `json:"visibility,omitempty"`
}

func (t TransferRequest) parse() (transfer.Request, error) {
	d, err := time.ParseDuration(t.Deadline)
	if err != nil {
		return transfer.Request{}, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "deadline %q is not a duration such as 10m or 1h", t.Deadline)
	}
	return transfer.Request{Asset: t.Asset, Amount: t.Amount, From: t.From, ToPlatform: t.ToPlatform, To: t.To, Deadline: d, Rights: t.Rights, Visibility: t.Visibility}, nil
}

// OpenChannelRequest is the body of POST /ri/v1/channels.
type OpenChannelRequest struct {
	Peer    string   `json:"peer"`
	Bridge  string   `json:"bridge,omitempty"`
	Require []string `json:"require,omitempty"`
}

func parseAuditQuery(r *http.Request) (AuditQuery, error) {
	var q AuditQuery
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
			secs := int(retry.Seconds() + 0.999)
			sw.Header().Set("Retry-After", strconv.Itoa(max(secs, 1)))
			fail(re.NewProblem(http.StatusTooManyRequests, re.CodeRateLimited, "too many requests from this %s: retry after %d s", who, max(secs, 1)))
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
			p := toProblem(err)
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
	case errors.Is(err, transfer.ErrBadRequest):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, transfer.ErrNotFound):
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error())
	case errors.Is(err, transfer.ErrNoChannel), errors.Is(err, ErrNoChain):
		return re.NewProblem(http.StatusConflict, re.CodeConflict, "%s", err.Error())
	case errors.Is(err, manage.ErrNotFound):
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error())
	case errors.Is(err, manage.ErrInvalidManifesto):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, manage.ErrBadPeer):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, manage.ErrNoManifesto):
		return re.NewProblem(http.StatusConflict, re.CodeConflict, "%s", err.Error())
	}
	return re.NewProblem(http.StatusInternalServerError, re.CodeInternal, "%s", err.Error())
}
