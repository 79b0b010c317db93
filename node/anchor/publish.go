package anchor

import (
	"bytes"
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/re"
)

// The published audit log (FGMV-43 7.5.3 LAF, ASIR-104/107): a node serves
// its audit log to anyone, page by page, on a public read-only RE route
// (GET /audit/v1/log). Each page is signed with the node's DID key (a
// compact JWS in the Mifm-Signature header over the exact body bytes, as
// node/re signs requests) and carries the proof of the newest anchored
// checkpoint, so an auditor checks the log without the RI token and
// without trusting the node: FetchPublishedLog reads and checks the pages,
// VerifyPublishedLog the hash chain up to the anchored head.

// Formats of the published log.
const (
	// PublishedPageType is the type of a page's body.
	PublishedPageType = "mifm-audit-page/1"
	// PageTyp is the JWS type of a page's signature.
	PageTyp = "mifm-audit-page+jwt"
	// PublishedLogPath is the route of the published log on a node's RE
	// base URL.
	PublishedLogPath = "/audit/v1/log"
)

// Page sizes: a page is a bounded store scan and one signature.
const (
	DefaultPageLimit = 500
	MaxPageLimit     = 1000
)

// Errors of the node's side, which the route answers as problems.
var (
	// ErrNotPublished: the operator does not publish the audit log
	// ([audit.publish] disabled).
	ErrNotPublished = errors.New("this node's operator does not publish its audit log")
	// ErrKeyLocked: the node has no key to sign pages with.
	ErrKeyLocked = errors.New("the node's signing key is locked")
	// ErrBadPageRequest: after or limit out of range.
	ErrBadPageRequest = errors.New("bad audit log page request")
	// ErrPublisherBusy: the pages asked for in the last moments used the
	// entries a second the node puts into pages it has not kept; a
	// *BusyError says when to ask again.
	ErrPublisherBusy = errors.New("this node is making as many audit log pages as it allows")
)

// BusyError is ErrPublisherBusy with the wait before the page can be made.
type BusyError struct {
	Retry time.Duration
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("%v: ask again in %s", ErrPublisherBusy, e.Retry.Round(time.Millisecond))
}

func (e *BusyError) Unwrap() error { return ErrPublisherBusy }

// PublishedEntry is an audit entry as the node publishes it: whole, or with
// the fields its policy redacts removed and named in Redacted, or withheld
// (only seq, api, op, prev and hash: the op is what the policy withholds
// by, so an auditor can tell that the policy allows it).
//
// The entry's hash covers the whole entry, so an auditor rechecks the
// content of whole entries only. Of a withheld or redacted entry only its
// place in the chain (seq, prev, hash) is checked: every field it still
// shows (op, subject, outcome, time, the details left) is the node's word,
// which it could have rewritten without breaking the chain. Readers mark
// them so (PublishedLogVerification.CheckedContent, LinkOnlySeqs).
type PublishedEntry struct {
	audit.Entry
	Withheld bool     `json:"withheld,omitempty"`
	Redacted []string `json:"redacted,omitempty"`
}

// MarshalJSON writes a withheld entry as {seq, api, op, prev, hash,
// withheld}.
func (e PublishedEntry) MarshalJSON() ([]byte, error) {
	if e.Withheld {
		return json.Marshal(struct {
			Seq      uint64 `json:"seq"`
			API      string `json:"api"`
			Op       string `json:"op"`
			Prev     string `json:"prev"`
			Hash     string `json:"hash"`
			Withheld bool   `json:"withheld"`
		}{e.Seq, e.API, e.Op, e.Prev, e.Hash, true})
	}
	type plain PublishedEntry
	return json.Marshal(plain(e))
}

// Whole says whether the entry is all there, its hash recomputable.
func (e PublishedEntry) Whole() bool { return !e.Withheld && len(e.Redacted) == 0 }

// LogHead is an audit log's head: its entry count and last hash.
type LogHead struct {
	Entries uint64 `json:"entries"`
	Hash    string `json:"hash"`
}

// PublishedPage is a page of the published log: the entries after After,
// the log's head when the page was made, the newest anchored checkpoint's
// proof (its document inside, as ExportLog gives it; null when none is
// anchored yet) and the policy that redacted the page.
type PublishedPage struct {
	Type       string              `json:"type"`
	Node       string              `json:"node"`
	After      uint64              `json:"after"`
	Entries    []PublishedEntry    `json:"entries"`
	More       bool                `json:"more"`
	Head       LogHead             `json:"head"`
	Checkpoint *Proof              `json:"checkpoint"`
	Policy     audit.PublishPolicy `json:"policy"`
	Issued     string              `json:"issued"` // RFC 3339, the signature's iat
}

// SignedPage is a page as the node serves it: the exact body bytes and the
// compact JWS (typ mifm-audit-page+jwt) whose claims are iss (the node's
// DID), iat, dig (re.Digest of Body), after, count and head (the head's
// hash).
type SignedPage struct {
	Body      []byte `json:"body"`
	Signature string `json:"signature"`
}

// Write answers with the page: its body, its signature in Mifm-Signature
// and the body's Content-Digest.
func (p *SignedPage) Write(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Set(re.SignatureHeader, p.Signature)
	h.Set(re.DigestHeader, re.Digest(p.Body))
	_, _ = w.Write(p.Body)
}

// ParsePageQuery reads the route's after and limit (defaults 0 and
// DefaultPageLimit), saying what is wrong and how to ask.
func ParsePageQuery(q url.Values) (after uint64, limit int, err error) {
	limit = DefaultPageLimit
	if s := q.Get("after"); s != "" {
		if after, err = strconv.ParseUint(s, 10, 64); err != nil {
			return 0, 0, fmt.Errorf("%w: after=%q: want the sequence number of the last entry you have, 0 or more (0, the default, reads from the first entry)", ErrBadPageRequest, s)
		}
	}
	if s := q.Get("limit"); s != "" {
		if limit, err = strconv.Atoi(s); err != nil || limit < 1 || limit > MaxPageLimit {
			return 0, 0, fmt.Errorf("%w: limit=%q: want 1 to %d entries a page (default %d); read on with after= the last entry's seq", ErrBadPageRequest, s, MaxPageLimit, DefaultPageLimit)
		}
	}
	return after, limit, nil
}

// AuditReader is what a Publisher reads of the audit log (*audit.Log).
type AuditReader interface {
	Head() (uint64, string)
	List(afterSeq uint64, since time.Time, limit int) ([]audit.Entry, error)
}

// CheckpointReader finds the proof of the newest anchored checkpoint of
// the node's audit log, nil when there is none (*Service).
type CheckpointReader interface {
	LatestCheckpoint(ctx context.Context) (*Proof, error)
}

// PublisherConfig shapes a Publisher.
type PublisherConfig struct {
	Log         AuditReader
	Checkpoints CheckpointReader
	// Signer is the node's key, which signs its RE requests too.
	Signer *re.Signer
	Policy audit.PublishPolicy
	// CacheFor is how long a signed page is served again for the same
	// after and limit while the log's head and checkpoint stay: a stranger
	// asking again costs a map lookup. Default 30 s, at most MaxCacheFor
	// (a page's iat must stay well within an auditor's MaxAge); negative:
	// no cache.
	CacheFor time.Duration
	// EntriesPerSecond bounds the entries put into pages not kept, for
	// every asker together (default DefaultEntriesPerSecond; a second's
	// worth may come at once). Kept pages cost nothing; past the bound a
	// page is refused with a *BusyError. The route's per-address limit
	// alone lets a few addresses keep the node's cores busy making pages
	// of distinct after= and limit=.
	EntriesPerSecond int
	Now              func() time.Time
}

// DefaultEntriesPerSecond is PublisherConfig.EntriesPerSecond when unset,
// MinEntriesPerSecond its least: a full page then waits at most about
// 10 s for its budget, well within the 30 s a reader waits.
const (
	DefaultEntriesPerSecond = audit.DefaultPublishRate
	MinEntriesPerSecond     = audit.MinPublishRate
)

// MaxCacheFor bounds PublisherConfig.CacheFor.
const MaxCacheFor = 2 * time.Minute

// The signed pages kept (64 in all). The pages of the read every auditor
// makes, from the first entry on in pages of the default limit (after a
// multiple of DefaultPageLimit, within the log), are kept apart from the
// others: a stranger spreading after= and limit= over many values evicts
// only pages of its own kind, not the ones honest auditors share.
const (
	sharedPageCache = 48
	otherPageCache  = 16
)

// Publisher makes the signed pages of the node's published audit log. It
// is safe for concurrent use.
type Publisher struct {
	cfg PublisherConfig

	mu            sync.Mutex
	shared, other pageCache
	// making bounds the entries of pages not kept (EntriesPerSecond), at
	// times never earlier than charged.
	making  *rate.Limiter
	charged time.Time
}

// pageKey is what a page is asked by.
type pageKey struct {
	after uint64
	limit int
}

// pageState is what a page was made from: the log's head and the
// checkpoint. A page kept is served again only while they stay.
type pageState struct {
	seq        uint64
	head       string
	checkpoint string
}

// pageCache keeps up to size signed pages, one per key (the newest made),
// and evicts the least recently used.
type pageCache struct {
	size  int
	order list.List // of *cachedPage, the most recently used first
	byKey map[pageKey]*list.Element
}

type cachedPage struct {
	key     pageKey
	state   pageState
	page    *SignedPage
	expires time.Time
	// entries are the page's, kept past its state and expiry when the
	// page is full (its entries then never change).
	entries pageEntries
	full    bool
}

func newPageCache(size int) pageCache {
	return pageCache{size: size, byKey: make(map[pageKey]*list.Element, size)}
}

// get is the page kept for key, made from state and not expired at now.
func (c *pageCache) get(key pageKey, state pageState, now time.Time) *SignedPage {
	el, ok := c.byKey[key]
	if !ok {
		return nil
	}
	cp := el.Value.(*cachedPage)
	if cp.state != state || !now.Before(cp.expires) {
		return nil
	}
	c.order.MoveToFront(el)
	return cp.page
}

// full is the kept entries of the full page for key, if any.
func (c *pageCache) full(key pageKey) (pageEntries, bool) {
	el, ok := c.byKey[key]
	if !ok || !el.Value.(*cachedPage).full {
		return pageEntries{}, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*cachedPage).entries, true
}

// put keeps page for key, in place of the one kept before, evicting the
// least recently used page when full.
func (c *pageCache) put(key pageKey, state pageState, page *SignedPage, entries pageEntries, full bool, expires time.Time) {
	cp := &cachedPage{key: key, state: state, page: page, expires: expires, entries: entries, full: full}
	if el, ok := c.byKey[key]; ok {
		el.Value = cp
		c.order.MoveToFront(el)
		return
	}
	if c.order.Len() >= c.size {
		last := c.order.Back()
		delete(c.byKey, last.Value.(*cachedPage).key)
		c.order.Remove(last)
	}
	c.byKey[key] = c.order.PushFront(cp)
}

// NewPublisher checks cfg and names what is missing or wrong.
func NewPublisher(cfg PublisherConfig) (*Publisher, error) {
	switch {
	case cfg.Log == nil:
		return nil, errors.New("audit log publisher: Log is required")
	case cfg.Checkpoints == nil:
		return nil, errors.New("audit log publisher: Checkpoints is required")
	case cfg.Signer == nil || cfg.Signer.Key == nil:
		return nil, fmt.Errorf("audit log publisher: %w", ErrKeyLocked)
	case cfg.CacheFor > MaxCacheFor:
		return nil, fmt.Errorf("audit log publisher: CacheFor %s: at most %s", cfg.CacheFor, MaxCacheFor)
	case cfg.EntriesPerSecond != 0 && cfg.EntriesPerSecond < MinEntriesPerSecond:
		return nil, fmt.Errorf("audit log publisher: EntriesPerSecond %d: want at least %d, so a full page waits at most %s (0: the default, %d)", cfg.EntriesPerSecond, MinEntriesPerSecond, (MaxPageLimit+pageOverhead)*time.Second/MinEntriesPerSecond, DefaultEntriesPerSecond)
	}
	if err := cfg.Policy.Check(); err != nil {
		return nil, fmt.Errorf("audit log publisher: policy: %w", err)
	}
	if cfg.CacheFor == 0 {
		cfg.CacheFor = 30 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.EntriesPerSecond == 0 {
		cfg.EntriesPerSecond = DefaultEntriesPerSecond
	}
	// A burst of a second's worth, and at least one page of the largest
	// size, so every page the route allows can be made.
	making := rate.NewLimiter(rate.Limit(cfg.EntriesPerSecond), max(cfg.EntriesPerSecond, MaxPageLimit+pageOverhead))
	return &Publisher{cfg: cfg, shared: newPageCache(sharedPageCache), other: newPageCache(otherPageCache), making: making}, nil
}

// Page is the signed page of at most limit entries after the entry after
// (limit 0: DefaultPageLimit).
func (p *Publisher) Page(ctx context.Context, after uint64, limit int) (*SignedPage, error) {
	if limit == 0 {
		limit = DefaultPageLimit
	}
	if limit < 0 || limit > MaxPageLimit {
		return nil, fmt.Errorf("%w: limit %d: 1 to %d entries a page", ErrBadPageRequest, limit, MaxPageLimit)
	}
	// The checkpoint before the head: the head read next is at or past
	// every entry the checkpoint covers, so the page never names a
	// checkpoint beyond its own head.
	cp, err := p.cfg.Checkpoints.LatestCheckpoint(ctx)
	if err != nil {
		return nil, fmt.Errorf("publish the audit log: %w", err)
	}
	seq, head := p.cfg.Log.Head()
	key, state := pageKey{after: after, limit: limit}, pageState{seq: seq, head: head}
	if cp != nil {
		state.checkpoint = cp.CID + "/" + cp.Tx.Hex()
	}
	now := p.cfg.Now()
	if sp := p.cached(key, state, now); sp != nil {
		return sp, nil
	}
	// A full page's entries never change as the log grows (it is append
	// only, and the policy is the publisher's): kept, they are signed
	// again under the new head for the page's own cost, so strangers who
	// make the log grow do not make every auditor's page cost its size.
	kept, ok := p.keptEntries(key, seq)
	cost := pageOverhead
	if !ok && after < seq {
		cost += int(min(seq-after, uint64(limit)))
	}
	if err := p.charge(cost); err != nil {
		return nil, err
	}
	if !ok {
		if kept, err = p.entries(after, limit, seq); err != nil {
			return nil, err
		}
	}
	body, err := json.Marshal(pageBody{
		Type: PublishedPageType, Node: p.cfg.Signer.DID, After: after, Entries: kept.raw,
		More: kept.count > 0 && kept.last < seq, Head: LogHead{Entries: seq, Hash: head},
		Checkpoint: cp, Policy: p.cfg.Policy, Issued: now.UTC().Format(time.RFC3339),
	})
	if err != nil {
		return nil, fmt.Errorf("encode audit log page: %w", err)
	}
	// The body holds the entries verbatim: keep them as a part of it, not
	// as a second copy, for the page kept.
	if i := bytes.Index(body, entriesField); i >= 0 && bytes.HasPrefix(body[i+len(entriesField):], kept.raw) {
		i += len(entriesField)
		kept.raw = body[i : i+len(kept.raw) : i+len(kept.raw)]
	}
	claims := map[string]any{
		"iss": p.cfg.Signer.DID, "iat": now.Unix(), "dig": re.Digest(body),
		"after": after, "count": kept.count, "head": head,
	}
	tok, err := did.SignJWTAs(claims, p.cfg.Signer.Key, p.cfg.Signer.KeyID, PageTyp)
	if err != nil {
		return nil, fmt.Errorf("sign audit log page: %w", err)
	}
	sp := &SignedPage{Body: body, Signature: tok}
	p.keep(key, state, sp, kept, kept.count == limit, now)
	return sp, nil
}

// pageBody is a PublishedPage with its entries encoded already.
type pageBody struct {
	Type       string              `json:"type"`
	Node       string              `json:"node"`
	After      uint64              `json:"after"`
	Entries    json.RawMessage     `json:"entries"`
	More       bool                `json:"more"`
	Head       LogHead             `json:"head"`
	Checkpoint *Proof              `json:"checkpoint"`
	Policy     audit.PublishPolicy `json:"policy"`
	Issued     string              `json:"issued"`
}

// entriesField is where a page's body gives its entries: the first one,
// as type, node (a DID, without quotes) and after come before it.
var entriesField = []byte(`"entries":`)

// pageEntries are a page's entries as published and encoded: how many,
// and the last one's seq.
type pageEntries struct {
	raw   json.RawMessage
	count int
	last  uint64
}

// entries reads and encodes the page's entries, up to the head seq.
func (p *Publisher) entries(after uint64, limit int, seq uint64) (pageEntries, error) {
	entries := []audit.Entry{}
	if after < seq { // nothing to read past the head
		var err error
		if entries, err = p.cfg.Log.List(after, time.Time{}, limit); err != nil {
			return pageEntries{}, fmt.Errorf("publish the audit log: %w", err)
		}
	}
	// Entries written since the head was read wait for the next page.
	for len(entries) > 0 && entries[len(entries)-1].Seq > seq {
		entries = entries[:len(entries)-1]
	}
	out := make([]PublishedEntry, len(entries))
	for i, e := range entries {
		v, withheld, redacted := p.cfg.Policy.Apply(e)
		out[i] = PublishedEntry{Entry: v, Withheld: withheld, Redacted: redacted}
	}
	raw, err := json.Marshal(out)
	if err != nil {
		return pageEntries{}, fmt.Errorf("encode audit log page: %w", err)
	}
	pe := pageEntries{raw: raw, count: len(out)}
	if len(out) > 0 {
		pe.last = out[len(out)-1].Seq
	}
	return pe, nil
}

// pageOverhead is what a page costs besides its entries, in entries'
// worth: its signature, its encoding and the checkpoint (about 90 µs, an
// entry about 15 µs).
const pageOverhead = 8

// charge takes cost from the budget of pages not kept, or says how long
// until it is there. The clock is read under the lock and never goes
// back, so concurrent askers cannot mint tokens by handing the limiter
// times out of order, and a refusal takes nothing (AllowN reserves only
// what it grants).
func (p *Publisher) charge(cost int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	t := p.cfg.Now()
	if t.Before(p.charged) {
		t = p.charged
	}
	p.charged = t
	if p.making.AllowN(t, cost) {
		return nil
	}
	short := float64(cost) - p.making.TokensAt(t)
	return &BusyError{Retry: time.Duration(short / float64(p.making.Limit()) * float64(time.Second))}
}

// cache is where the page for key is kept: with the pages of the read
// every auditor makes, or with the others.
func (p *Publisher) cache(key pageKey, state pageState) *pageCache {
	if key.limit == DefaultPageLimit && key.after%DefaultPageLimit == 0 && key.after <= state.seq {
		return &p.shared
	}
	return &p.other
}

func (p *Publisher) cached(key pageKey, state pageState, now time.Time) *SignedPage {
	if p.cfg.CacheFor < 0 {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cache(key, state).get(key, state, now)
}

// keptEntries is the kept entries of the full page for key made under a
// head at or before seq.
func (p *Publisher) keptEntries(key pageKey, seq uint64) (pageEntries, bool) {
	if p.cfg.CacheFor < 0 {
		return pageEntries{}, false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	pe, ok := p.cache(key, pageState{seq: seq}).full(key)
	return pe, ok && pe.last <= seq
}

func (p *Publisher) keep(key pageKey, state pageState, sp *SignedPage, entries pageEntries, full bool, now time.Time) {
	if p.cfg.CacheFor < 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cache(key, state).put(key, state, sp, entries, full, now.Add(p.cfg.CacheFor))
}
