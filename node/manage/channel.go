package manage

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// Channel states.
const (
	StateNegotiating = "negotiating" // initiator: peer's manifesto fetched, bridge asked
	StateOffered     = "offered"     // initiator: offer signed and sent, no answer yet
	StateEstablished = "established"
	StateFailed      = "failed"
	StateAborted     = "aborted"
)

// Channel roles.
const (
	RoleInitiator = "initiator"
	RoleResponder = "responder"
	RoleBridge    = "bridge"
)

// ErrNoManifesto is returned when the node has no registered manifesto.
var ErrNoManifesto = errors.New("no manifesto registered")

// ErrBadPeer is returned when a peer named to open a channel with cannot
// be used: not a URL or DID, no node endpoint in its DID document.
var ErrBadPeer = errors.New("cannot use this peer")

// ErrNotPartner is returned (with ErrBadPeer) for a channel asked of a
// platform that is not a partner of this node.
var ErrNotPartner = errors.New("not a partner of this node")

// ErrNotFound is returned for an unknown channel.
var ErrNotFound = errors.New("no such channel")

// NegotiationError is a failed negotiation and the features that clashed.
type NegotiationError struct {
	Channel string
	Reason  string
	Clashes []string
}

func (e *NegotiationError) Error() string {
	if len(e.Clashes) == 0 {
		return fmt.Sprintf("negotiation of %s failed: %s", e.Channel, e.Reason)
	}
	return fmt.Sprintf("negotiation of %s failed: %s: %s", e.Channel, e.Reason, strings.Join(e.Clashes, "; "))
}

// Channel is an interoperable channel as one node records it.
type Channel struct {
	ID    string `json:"id"`
	Role  string `json:"role"`
	State string `json:"state"`
	Local string `json:"local"`
	// Peer is the other platform (for a bridge: the initiator).
	Peer      string     `json:"peer"`
	PeerURL   string     `json:"peerUrl,omitempty"`
	Parties   []string   `json:"parties,omitempty"`
	Bridge    *BridgeRef `json:"bridge,omitempty"`
	Require   []Feature  `json:"require,omitempty"`
	Agreement *Agreement `json:"agreement,omitempty"`
	// The signed documents of the negotiation, as they were exchanged.
	LocalManifesto string `json:"localManifesto,omitempty"`
	PeerManifesto  string `json:"peerManifesto,omitempty"`
	// ResponderManifesto is, on a bridge, the responder's manifesto as
	// the initiator presented it (verified against the responder's DID).
	ResponderManifesto string   `json:"responderManifesto,omitempty"`
	Offer              string   `json:"offer,omitempty"`
	Answer             string   `json:"answer,omitempty"`
	Error              string   `json:"error,omitempty"`
	Clashes            []string `json:"clashes,omitempty"`
	Attempts           int      `json:"attempts,omitempty"`
	Created            string   `json:"created"`
	Updated            string   `json:"updated"`
}

// BridgeRef is the virtual bridge a channel passes through.
type BridgeRef struct {
	DID           string `json:"did"`
	URL           string `json:"url"`
	VirtualBridge string `json:"virtualBridge,omitempty"` // its id
	Manifesto     string `json:"manifesto,omitempty"`     // manifesto V (JWS)
	Joined        bool   `json:"joined,omitempty"`
}

// Offer is step 8: the initiator's signed offer of manifestos A and V.
type Offer struct {
	Type            string     `json:"type"` // MIFMOffer
	Channel         string     `json:"channel"`
	Initiator       string     `json:"initiator"`
	Responder       string     `json:"responder"`
	Manifesto       string     `json:"manifesto"`     // A's signed manifesto
	PeerManifesto   string     `json:"peerManifesto"` // hash of B's, as A read it
	VirtualBridge   string     `json:"virtualBridge,omitempty"`
	Agreement       *Agreement `json:"agreement"`
	AgreementDigest string     `json:"agreementDigest"`
	Issued          string     `json:"issued"`
}

// Answer is step 10: the responder's signed answer manifesto.
type Answer struct {
	Type            string     `json:"type"` // MIFMAnswer
	Channel         string     `json:"channel"`
	Initiator       string     `json:"initiator"`
	Responder       string     `json:"responder"`
	Offer           string     `json:"offer"` // hash of the offer JWS
	Agreement       *Agreement `json:"agreement"`
	AgreementDigest string     `json:"agreementDigest"`
	Issued          string     `json:"issued"`
}

// VirtualBridge is manifesto V (step 6): what a bridge converts for one
// channel, signed by the bridge.
type VirtualBridge struct {
	Type        string    `json:"type"` // MIFMVirtualBridge
	ID          string    `json:"id"`
	Channel     string    `json:"channel"`
	Bridge      string    `json:"bridge"`
	Endpoint    string    `json:"endpoint"`
	Initiator   string    `json:"initiator"`
	Responder   string    `json:"responder"`
	Manifestos  []string  `json:"manifestos"` // hashes of A's and B's
	Conversions []Bridged `json:"conversions"`
	Issued      string    `json:"issued"`
}

// BridgeRequest is step 5's request to a bridge.
type BridgeRequest struct {
	Channel       string `json:"channel"`
	Manifesto     string `json:"manifesto"`     // the initiator's
	PeerManifesto string `json:"peerManifesto"` // the responder's
}

// JoinRequest is step 9: the responder connects to the virtual bridge.
type JoinRequest struct {
	Channel string `json:"channel"`
}

// OfferResponse carries the answer JWS.
type OfferResponse struct {
	Answer string `json:"answer"`
}

// BridgeResponse carries manifesto V.
type BridgeResponse struct {
	VirtualBridge string `json:"virtualBridge"`
}

// Message is something one platform sends the other over a channel.
type Message struct {
	Kind string          `json:"kind"`
	Body json.RawMessage `json:"body,omitempty"`
}

// Receipt acknowledges a message: where it sits in the receiver's log.
type Receipt struct {
	Channel string `json:"channel"`
	Seq     uint64 `json:"seq"`
	Hash    string `json:"hash"`
}

// Partners decides whether a peer is a partner: nil, or an error saying
// why not (node/trust implements it).
type Partners interface {
	Partner(ctx context.Context, did string) error
}

// partner refuses a stranger before anything of it is stored or fetched.
func (s *Service) partner(ctx context.Context, peer string) error {
	if s.Partners == nil {
		return re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s negotiates with partners only, and has none configured", s.Signer.DID)
	}
	if err := s.Partners.Partner(ctx, peer); err != nil {
		s.logger().Info("refused a peer that is not a partner", "peer", peer, "why", err)
		return re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s negotiates with partners only: platforms active in its registry or on its operator's list", s.Signer.DID)
	}
	return nil
}

// Service is a node's MPMF and MBMF: its manifesto, its channels and (in
// bridge mode) the virtual bridges it runs.
type Service struct {
	DB       *store.DB
	Audit    *audit.Log
	Signer   *re.Signer
	Client   *re.Client
	Resolver *did.Resolver
	// PublicURL is the base URL other nodes reach this node's RE API at.
	PublicURL string
	// Bridge is set on a node started with --bridge.
	Bridge bool
	// Partners says which peers may negotiate channels and virtual bridges
	// with this node (DESIGN.md, trust model); without it, none may.
	Partners Partners
	// NegotiationTimeout bounds how long an initiator keeps retrying an
	// unreachable peer before it gives up (default 2 minutes).
	NegotiationTimeout time.Duration
	Now                func() time.Time
	Log                *slog.Logger
	// Crash, when set, is called at named points of a negotiation; fault
	// injection tests make it exit the process there.
	Crash func(point string)
	// Notify, when set, is told of each state a channel reaches, after it
	// is stored (the platform's events, node/notify).
	Notify func(typ, subject string, data any)

	mu    sync.Mutex          // serialises channel record updates
	locks store.Locks[string] // one negotiation at a time per channel
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) stamp() string { return s.now().UTC().Format(time.RFC3339) }

func (s *Service) crash(point string) {
	if s.Crash != nil {
		s.Crash(point)
	}
}

func (s *Service) logger() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func (s *Service) record(api, op, actor, subject, outcome string, detail map[string]string) {
	if _, err := s.Audit.Append(audit.Event{API: api, Op: op, Actor: actor, Subject: subject, Outcome: outcome, Detail: detail}, nil); err != nil {
		s.logger().Error("audit log", "op", op, "error", err)
	}
}

var (
	keyManifesto = []byte(store.ManifestoKey)
	prefixCh     = []byte(store.ChannelPrefix)
)

// SetManifesto is RI-5 registration (9.5 step 1): the node fills in its DID
// and RE endpoint, numbers the revision, signs and keeps it.
func (s *Service) SetManifesto(ctx context.Context, api string, m *Manifesto) (*Signed, error) {
	if m.Platform.DID != "" && m.Platform.DID != s.Signer.DID {
		return nil, fmt.Errorf("%w: platform.did is %s but this node is %s (leave it out and the node fills it in)", ErrInvalidManifesto, m.Platform.DID, s.Signer.DID)
	}
	if m.Bridge != nil && !s.Bridge {
		return nil, fmt.Errorf("%w: a bridge section needs a node run with --bridge", ErrInvalidManifesto)
	}
	m.Platform.DID = s.Signer.DID
	if m.Platform.Endpoints.RE == "" {
		m.Platform.Endpoints.RE = s.PublicURL
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m.Revision = 1
	if cur, err := s.manifesto(ctx); err == nil {
		m.Revision = cur.Manifesto.Revision + 1
	}
	m.Issued = s.stamp()
	if err := m.check(); err != nil {
		return nil, err
	}
	// Through the schema once more: what is signed must parse for peers.
	raw, _ := json.Marshal(m)
	if _, err := ParseManifesto(raw); err != nil {
		return nil, err
	}
	jws, err := SignJSON(m, s.Signer.Key, s.Signer.KeyID, ManifestoTyp)
	if err != nil {
		return nil, fmt.Errorf("sign manifesto: %w", err)
	}
	if err := s.DB.Put(keyManifesto, []byte(jws)); err != nil {
		return nil, fmt.Errorf("store manifesto: %w", err)
	}
	signed := &Signed{Manifesto: m, JWS: jws, Hash: Hash(jws)}
	s.record(api, "manifesto.set", "platform", fmt.Sprintf("revision %d", m.Revision), "ok", map[string]string{"hash": signed.Hash})
	return signed, nil
}

// Manifesto is the registered manifesto (RE-5 serves it to peers).
func (s *Service) Manifesto(ctx context.Context) (*Signed, error) { return s.manifesto(ctx) }

func (s *Service) manifesto(ctx context.Context) (*Signed, error) {
	v, err := s.DB.Get(keyManifesto)
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrNoManifesto
	}
	if err != nil {
		return nil, err
	}
	j, err := did.ParseJWS(string(v), ManifestoTyp)
	if err != nil {
		return nil, fmt.Errorf("stored manifesto: %w", err)
	}
	payload, _ := json.Marshal(j.Claims)
	m := new(Manifesto)
	if err := json.Unmarshal(payload, m); err != nil {
		return nil, fmt.Errorf("stored manifesto: %w", err)
	}
	return &Signed{Manifesto: m, JWS: string(v), Hash: Hash(string(v))}, nil
}

// Channels lists the node's channels, newest first.
func (s *Service) Channels() ([]Channel, error) {
	out := []Channel{}
	var derr error
	err := s.DB.Scan(prefixCh, nil, func(_, v []byte) bool {
		var c Channel
		if derr = json.Unmarshal(v, &c); derr != nil {
			return false
		}
		out = append(out, c)
		return true
	})
	if err == nil {
		err = derr
	}
	if err != nil {
		return nil, fmt.Errorf("list channels: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created > out[j].Created })
	return out, nil
}

// Channel returns one channel.
func (s *Service) Channel(id string) (*Channel, error) {
	v, err := s.DB.Get(append(append([]byte{}, prefixCh...), id...))
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("%w %q", ErrNotFound, id)
	}
	if err != nil {
		return nil, err
	}
	c := new(Channel)
	if err := json.Unmarshal(v, c); err != nil {
		return nil, fmt.Errorf("channel %s: %w", id, err)
	}
	return c, nil
}

func (s *Service) save(c *Channel) error {
	prev := s.stateOf(c.ID)
	c.Updated = s.stamp()
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	if err := s.DB.Put(append(append([]byte{}, prefixCh...), c.ID...), b); err != nil {
		return fmt.Errorf("store channel %s: %w", c.ID, err)
	}
	s.notify(prev, c)
	return nil
}

// lock serialises negotiation on one channel; the returned func releases it.
func (s *Service) lock(id string) func() { return s.locks.Lock(id) }

func newID(prefix string) string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

// OpenOptions shape a channel negotiation.
type OpenOptions struct {
	// Bridge is the base URL (or DID) of a bridge node to cover the gaps.
	Bridge string
	// Require lists features (kind:value) the channel must carry.
	Require []Feature
}

// PeerURL finds a node's RE base URL: target itself when it is a URL, else
// the MIFMNode service of the DID's document.
func (s *Service) PeerURL(ctx context.Context, target string) (baseURL, wantDID string, err error) {
	if strings.HasPrefix(target, "did:") {
		res, err := s.Resolver.Resolve(ctx, target)
		if err != nil {
			return "", "", fmt.Errorf("%w: resolve %s: %v", ErrBadPeer, target, err)
		}
		for _, svc := range res.Document.Service {
			if svc.Type == ServiceType {
				if u, ok := svc.ServiceEndpoint.(string); ok {
					return strings.TrimSuffix(u, "/"), target, nil
				}
			}
		}
		return "", "", fmt.Errorf("%w: %s lists no %s service: give the node's URL instead (e.g. http://127.0.0.1:8651)", ErrBadPeer, target, ServiceType)
	}
	u, err := url.Parse(target)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", "", fmt.Errorf("%w: %q is neither a DID nor an http(s) URL of a node", ErrBadPeer, target)
	}
	return strings.TrimSuffix(u.String(), "/"), "", nil
}

// ServiceType is the DID document service type of a node's RE endpoint.
const ServiceType = "MIFMNode"

// FetchManifesto is 9.5 steps 3–4: ask a node for its signed manifesto and
// verify it.
func (s *Service) FetchManifesto(ctx context.Context, target string) (*Signed, string, error) {
	base, want, err := s.PeerURL(ctx, target)
	if err != nil {
		return nil, "", err
	}
	aud := want
	if aud == "" {
		aud = base
	}
	var out struct {
		JWS string `json:"jws"`
	}
	if err := s.Client.Do(ctx, http.MethodGet, base, "/re/v1/manifesto", aud, nil, &out); err != nil {
		return nil, base, fmt.Errorf("fetch the manifesto of %s: %w", target, err)
	}
	signed, err := VerifyManifesto(ctx, s.Resolver, out.JWS, want)
	if err != nil {
		return nil, base, fmt.Errorf("manifesto of %s: %w", target, err)
	}
	return signed, base, nil
}

// OpenChannel runs 9.5 steps 2–10 as the initiator: fetch the peer's
// manifesto, compare, ask the bridge for a virtual bridge when asked to,
// offer, and record the answer. A peer that cannot be reached leaves the
// channel offered; Resume retries it.
func (s *Service) OpenChannel(ctx context.Context, api, target string, opts OpenOptions) (*Channel, error) {
	own, err := s.manifesto(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range opts.Require {
		kind, v, ok := strings.Cut(f, ":")
		if !ok || v == "" || !contains(featureKinds, kind) {
			return nil, fmt.Errorf("required feature %q: want kind:value with kind one of %s", f, strings.Join(featureKinds, ", "))
		}
	}
	peer, base, err := s.FetchManifesto(ctx, target)
	if err != nil {
		return nil, err
	}
	if peer.Manifesto.Platform.DID == s.Signer.DID {
		return nil, fmt.Errorf("%w: %s is this node itself", ErrBadPeer, target)
	}
	if s.Partners == nil || s.Partners.Partner(ctx, peer.Manifesto.Platform.DID) != nil {
		return nil, fmt.Errorf("%w: %s is %w: neither active in the platform registry nor in [trust] partners of config.toml", ErrBadPeer, peer.Manifesto.Platform.DID, ErrNotPartner)
	}
	c := &Channel{
		ID: newID("ch_"), Role: RoleInitiator, State: StateNegotiating, Local: s.Signer.DID,
		Peer: peer.Manifesto.Platform.DID, PeerURL: base, Require: opts.Require,
		LocalManifesto: own.JWS, PeerManifesto: peer.JWS, Created: s.stamp(),
	}
	unlock := s.lock(c.ID)
	defer unlock()
	ag := Compare(own.Manifesto, peer.Manifesto, opts.Require)
	c.Agreement = ag
	if err := s.save(c); err != nil {
		return nil, err
	}
	if opts.Bridge != "" && len(ag.Gaps) > 0 {
		if err := s.askBridge(ctx, c, opts.Bridge, own, peer); err != nil {
			return s.fail(api, c, err)
		}
	}
	if len(c.Agreement.Clashes) > 0 {
		return s.fail(api, c, &NegotiationError{Channel: c.ID, Reason: "the manifestos clash", Clashes: c.Agreement.Clashes})
	}
	offer := Offer{
		Type: "MIFMOffer", Channel: c.ID, Initiator: c.Local, Responder: c.Peer, Manifesto: own.JWS,
		PeerManifesto: peer.Hash, Agreement: c.Agreement, AgreementDigest: c.Agreement.Digest(), Issued: s.stamp(),
	}
	if c.Bridge != nil {
		offer.VirtualBridge = c.Bridge.Manifesto
	}
	if c.Offer, err = SignJSON(offer, s.Signer.Key, s.Signer.KeyID, OfferTyp); err != nil {
		return nil, fmt.Errorf("sign offer: %w", err)
	}
	c.State = StateOffered
	if err := s.save(c); err != nil {
		return nil, err
	}
	s.record(api, "channel.offer", "platform", c.ID, "ok", map[string]string{"peer": c.Peer})
	return s.sendOffer(ctx, api, c)
}

// askBridge is 9.5 steps 5–7: the bridge prepares a virtual bridge for the
// gaps and answers with manifesto V.
func (s *Service) askBridge(ctx context.Context, c *Channel, target string, own, peer *Signed) error {
	bm, base, err := s.FetchManifesto(ctx, target)
	if err != nil {
		return err
	}
	if bm.Manifesto.Bridge == nil {
		return &NegotiationError{Channel: c.ID, Reason: fmt.Sprintf("%s is not a bridge (its manifesto offers no conversions)", bm.Manifesto.Platform.DID)}
	}
	var resp BridgeResponse
	req := BridgeRequest{Channel: c.ID, Manifesto: own.JWS, PeerManifesto: peer.JWS}
	if err := s.Client.Do(ctx, http.MethodPost, base, "/re/v1/virtual-bridges", bm.Manifesto.Platform.DID, req, &resp); err != nil {
		var p *re.Problem
		if errors.As(err, &p) && p.Code == re.CodeNegotiation {
			return &NegotiationError{Channel: c.ID, Reason: "the bridge " + bm.Manifesto.Platform.DID + " refused: " + p.Detail, Clashes: p.Clashes}
		}
		return fmt.Errorf("ask bridge %s: %w", target, err)
	}
	var v VirtualBridge
	if _, err := VerifyJSON(ctx, s.Resolver, resp.VirtualBridge, VirtualBridgeTyp, bm.Manifesto.Platform.DID, &v); err != nil {
		return fmt.Errorf("manifesto V of %s: %w", target, err)
	}
	if v.Channel != c.ID || v.Initiator != c.Local || v.Responder != c.Peer {
		return fmt.Errorf("manifesto V of %s is for channel %s between %s and %s, not this one", target, v.Channel, v.Initiator, v.Responder)
	}
	c.Agreement.Cover(own.Manifesto, peer.Manifesto, bm.Manifesto)
	if !sameBridged(c.Agreement.Bridged, v.Conversions) {
		return fmt.Errorf("manifesto V of %s covers other gaps than its manifesto's conversions do", target)
	}
	c.Bridge = &BridgeRef{DID: bm.Manifesto.Platform.DID, URL: base, VirtualBridge: v.ID, Manifesto: resp.VirtualBridge}
	return nil
}

func sameBridged(a, b []Bridged) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// sendOffer is 9.5 step 8 and the initiator's half of step 10.
func (s *Service) sendOffer(ctx context.Context, api string, c *Channel) (*Channel, error) {
	var resp OfferResponse
	c.Attempts++
	err := s.Client.Do(ctx, http.MethodPost, c.PeerURL, "/re/v1/channels", c.Peer, map[string]string{"offer": c.Offer}, &resp)
	if err != nil {
		var p *re.Problem
		if errors.As(err, &p) && (p.Code == re.CodeUnavailable || p.Status >= 500) {
			c.Error = "peer unreachable, the node retries: " + p.Detail
			_ = s.save(c)
			return c, nil
		}
		if errors.As(err, &p) {
			return s.fail(api, c, &NegotiationError{Channel: c.ID, Reason: c.Peer + " refused the offer: " + p.Detail, Clashes: p.Clashes})
		}
		return s.fail(api, c, err)
	}
	s.crash("initiator-answered")
	var ans Answer
	if _, err := VerifyJSON(ctx, s.Resolver, resp.Answer, AnswerTyp, c.Peer, &ans); err != nil {
		return s.fail(api, c, fmt.Errorf("answer of %s: %w", c.Peer, err))
	}
	if ans.Channel != c.ID || ans.Offer != Hash(c.Offer) || ans.AgreementDigest != c.Agreement.Digest() {
		return s.fail(api, c, &NegotiationError{Channel: c.ID, Reason: "the answer does not accept this offer as it was made"})
	}
	c.Answer, c.State, c.Error = resp.Answer, StateEstablished, ""
	if c.Bridge != nil {
		c.Bridge.Joined = true
	}
	if err := s.save(c); err != nil {
		return nil, err
	}
	s.record(api, "channel.established", "platform", c.ID, "ok", map[string]string{"peer": c.Peer, "role": c.Role})
	return c, nil
}

// fail records a failed negotiation and returns its error.
func (s *Service) fail(api string, c *Channel, err error) (*Channel, error) {
	c.State, c.Error = StateFailed, err.Error()
	var ne *NegotiationError
	if errors.As(err, &ne) {
		c.Clashes = ne.Clashes
	}
	if serr := s.save(c); serr != nil {
		return nil, errors.Join(err, serr)
	}
	s.record(api, "channel.failed", "platform", c.ID, "failed", map[string]string{"peer": c.Peer, "reason": err.Error()})
	return c, err
}

// Resume retries the offers of channels this node initiated that have no
// answer yet, and gives up on those older than the negotiation timeout
// (telling the peer and the bridge). A restarted node calls it.
func (s *Service) Resume(ctx context.Context) {
	chans, err := s.Channels()
	if err != nil {
		s.logger().Error("resume negotiations", "error", err)
		return
	}
	timeout := s.NegotiationTimeout
	if timeout == 0 {
		timeout = 2 * time.Minute
	}
	for _, c := range chans {
		if c.Role != RoleInitiator || (c.State != StateOffered && c.State != StateNegotiating) {
			continue
		}
		c := c
		unlock := s.lock(c.ID)
		created, _ := time.Parse(time.RFC3339, c.Created)
		switch {
		case c.State == StateNegotiating || s.now().Sub(created) > timeout:
			// Never offered (stopped before), or too old: give up cleanly.
			_, ferr := s.fail("node", &c, &NegotiationError{Channel: c.ID, Reason: "gave up: no answer from " + c.Peer + " in " + timeout.String()})
			s.logger().Warn("negotiation abandoned", "channel", c.ID, "reason", ferr)
			s.abort(ctx, &c)
		default:
			if _, err := s.sendOffer(ctx, "node", &c); err != nil {
				s.logger().Warn("negotiation failed on retry", "channel", c.ID, "error", err)
			}
		}
		unlock()
	}
}

// abort tells the peer (and the bridge) that the initiator gave up.
func (s *Service) abort(ctx context.Context, c *Channel) {
	_ = s.Client.Do(ctx, http.MethodPost, c.PeerURL, "/re/v1/channels/"+c.ID+"/abort", c.Peer, nil, nil)
	if c.Bridge != nil {
		_ = s.Client.Do(ctx, http.MethodPost, c.Bridge.URL, "/re/v1/channels/"+c.ID+"/abort", c.Bridge.DID, nil, nil)
	}
}
