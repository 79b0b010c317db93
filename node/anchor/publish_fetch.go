package anchor

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/re"
)

// Errors of the auditor's side: why a page of a published log was refused.
var (
	// ErrPageSignature: the page is not signed, or not by a key of the
	// DID it names, or its body is not what was signed (changed on its
	// way).
	ErrPageSignature = errors.New("the audit log page's signature does not hold")
	// ErrStalePage: the page was signed longer ago than the reader takes
	// (a replay), or ahead of the reader's clock.
	ErrStalePage = errors.New("the audit log page is stale")
	// ErrWrongNode: the page is of another node than the one expected, or
	// than the pages before it.
	ErrWrongNode = errors.New("the audit log page is of another node")
	// ErrBadPage: the signed page contradicts itself, its signature's
	// claims or the pages before it.
	ErrBadPage = errors.New("malformed audit log page")
	// ErrLogTooLarge: the log is larger than the reader's bounds.
	ErrLogTooLarge = errors.New("the published audit log is larger than the reader takes")
	// ErrReadTimeout: the whole read took longer than the reader gives it.
	ErrReadTimeout = errors.New("the published audit log was not read in time")
)

// FetchOptions bound and steer FetchPublishedLog; zero values take the
// defaults.
type FetchOptions struct {
	// Node is the DID the auditor expects the log to be of; empty: the
	// first page's signer, whom every other page must match.
	Node string
	// Resolver resolves the node's DID to check the signatures; nil: one
	// for did:key, did:pkh and did:web through the fetch's client.
	Resolver *did.Resolver
	// PageSize is the limit asked per page (default DefaultPageLimit, at
	// most MaxPageLimit).
	PageSize int
	// MaxPages (default 10,000), MaxEntries (default 1,048,576) and
	// MaxBytes (default 256 MiB, the page bodies added up) bound the whole
	// read, MaxPageBytes (default 16 MiB) one page's body: whoever answers
	// at the URL chooses how much it sends, the reader how much it keeps.
	MaxPages     int
	MaxEntries   int
	MaxBytes     int64
	MaxPageBytes int64
	// Timeout bounds the whole read (default 5 minutes), PageTimeout the
	// read of one page (default 30 s).
	Timeout, PageTimeout time.Duration
	// MaxAge is how long ago a page may have been signed (default 10
	// minutes), MaxAhead how far ahead of the reader's clock (default 1
	// minute): an older page is a replay, refused as stale.
	MaxAge, MaxAhead time.Duration
	// MaxSpread is how far apart the pages of one read may have been
	// signed (default 2 minutes; the node's own times, so clocks that are
	// off do not count): a relay cannot splice pages of an older snapshot
	// of the log, each fresh enough on its own, with newer ones. An honest
	// node signs a page when it is asked, or serves it from its cache for
	// at most MaxCacheFor, so a read that takes longer than MaxSpread
	// (a very long log, a slow link) is refused too: raise MaxSpread with
	// Timeout, or PageSize.
	MaxSpread time.Duration
	// Now is the reader's clock (nil: time.Now).
	Now func() time.Time
}

// DefaultMaxLogBytes is FetchOptions.MaxBytes when unset: the page
// bodies of one read, added up.
const DefaultMaxLogBytes = 256 << 20

func (o *FetchOptions) defaults() error {
	if o.PageSize == 0 {
		o.PageSize = DefaultPageLimit
	}
	if o.PageSize < 1 || o.PageSize > MaxPageLimit {
		return fmt.Errorf("page size %d: 1 to %d", o.PageSize, MaxPageLimit)
	}
	if o.MaxPages <= 0 {
		o.MaxPages = 10000
	}
	if o.MaxEntries <= 0 {
		o.MaxEntries = 1 << 20
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxLogBytes
	}
	if o.MaxPageBytes <= 0 {
		o.MaxPageBytes = 16 << 20
	}
	if o.Timeout <= 0 {
		o.Timeout = 5 * time.Minute
	}
	if o.PageTimeout <= 0 {
		o.PageTimeout = 30 * time.Second
	}
	if o.MaxSpread <= 0 {
		o.MaxSpread = 2 * time.Minute
	}
	if o.MaxAge <= 0 {
		o.MaxAge = 10 * time.Minute
	}
	if o.MaxAhead <= 0 {
		o.MaxAhead = time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return nil
}

// PublishedLog is a node's published audit log as an auditor read it, every
// page's signature checked.
type PublishedLog struct {
	Node    string           `json:"node"`
	Entries []PublishedEntry `json:"entries"`
	// Head is the log's head as the last page gave it.
	Head LogHead `json:"head"`
	// Checkpoint is the newest anchored checkpoint the pages carried.
	Checkpoint *Proof              `json:"checkpoint"`
	Policy     audit.PublishPolicy `json:"policy"`
	Pages      int                 `json:"pages"`

	// heads are the heads the pages gave whose entry is not read yet,
	// oldest first: each must be the entry read at its place.
	heads []LogHead
}

// FetchPublishedLog reads the published audit log of the node at baseURL
// (its RE base URL) from the first entry, page by page, with client (nil:
// a client that refuses private addresses). Each page's signature is
// checked before anything of the page is used: its type, that its key is
// the signer's (iss) and an assertion key of the signer's DID document,
// that it covers the body received, that it is fresh; then that every page
// is of the same node (opts.Node when given), follows the one before, has
// the same policy, was signed within opts.MaxSpread of the others and
// gives a head that agrees with the pages before (never behind, the same
// hash as the entry read at its place). The read is bounded in pages,
// entries, bytes (ErrLogTooLarge) and time (ErrReadTimeout). The hash
// chain and the checkpoint are VerifyPublishedLog's to check.
func FetchPublishedLog(ctx context.Context, client *http.Client, baseURL string, opts FetchOptions) (*PublishedLog, error) {
	if err := opts.defaults(); err != nil {
		return nil, fmt.Errorf("read the audit log of %s: %w", baseURL, err)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, opts.Timeout, fmt.Errorf("%w: the read took longer than %s (raise Timeout, or read a smaller log)", ErrReadTimeout, opts.Timeout))
	defer cancel()
	if client == nil {
		client = egress.New(egress.Config{}).Client(egress.Limits{Timeout: opts.PageTimeout})
	}
	if opts.Resolver == nil {
		opts.Resolver = did.NewResolver(did.Options{HTTP: client})
	}
	r := &logReader{client: client, base: strings.TrimSuffix(baseURL, "/"), opts: opts, node: opts.Node}
	log := &PublishedLog{Entries: []PublishedEntry{}}
	var after uint64
	for {
		if log.Pages == opts.MaxPages {
			return nil, fmt.Errorf("read the audit log of %s: %w: more than %d pages (raise MaxPages)", baseURL, ErrLogTooLarge, opts.MaxPages)
		}
		page, err := r.page(ctx, after)
		if err == nil {
			err = log.add(page, opts.MaxEntries)
		}
		if err != nil {
			// Past the read's deadline every page fails: say why.
			if cause := context.Cause(ctx); errors.Is(cause, ErrReadTimeout) {
				err = cause
			}
			return nil, fmt.Errorf("read the audit log of %s, page %d (after entry %d): %w", baseURL, log.Pages+1, after, err)
		}
		if !page.More {
			return log, nil
		}
		after = page.Entries[len(page.Entries)-1].Seq
	}
}

// add takes the next page, checked on its own, into the log.
func (l *PublishedLog) add(page *PublishedPage, maxEntries int) error {
	if l.Pages == 0 {
		l.Node, l.Policy = page.Node, page.Policy
	}
	switch {
	case !slices.Equal(page.Policy.Withhold, l.Policy.Withhold) || !slices.Equal(page.Policy.Redact, l.Policy.Redact):
		return fmt.Errorf("%w: the node's publishing policy changed while its log was read (%+v, then %+v): read it again", ErrBadPage, l.Policy, page.Policy)
	case page.Head.Entries < l.Head.Entries:
		return fmt.Errorf("%w: the log shrank from %d to %d entries while it was read (pages of an older snapshot mixed in, or entries removed): read it again", ErrBadPage, l.Head.Entries, page.Head.Entries)
	case l.Pages > 0 && page.Head.Entries == l.Head.Entries && page.Head.Hash != l.Head.Hash:
		return fmt.Errorf("%w: the log's head at entry %d was %s, and is now %s: pages of two different logs were mixed (the node rewrote its log, or a relay spliced pages)", ErrBadPage, page.Head.Entries, l.Head.Hash, page.Head.Hash)
	case page.More && len(page.Entries) == 0:
		return fmt.Errorf("%w: the page says more entries follow but holds none", ErrBadPage)
	case len(l.Entries)+len(page.Entries) > maxEntries:
		return fmt.Errorf("%w: more than %d entries (raise MaxEntries)", ErrLogTooLarge, maxEntries)
	}
	l.Entries = append(l.Entries, page.Entries...)
	if page.Head != l.Head && page.Head.Entries > 0 {
		l.heads = append(l.heads, page.Head)
	}
	l.Head = page.Head
	// Each head a page gave must be the entry read at its place: a later
	// page of another snapshot, or of a log rewritten since, is not.
	last := uint64(0)
	if n := len(l.Entries); n > 0 {
		last = l.Entries[n-1].Seq
	}
	for len(l.heads) > 0 && l.heads[0].Entries <= last {
		h := l.heads[0]
		l.heads = l.heads[1:]
		i, found := slices.BinarySearchFunc(l.Entries, h.Entries, func(e PublishedEntry, seq uint64) int { return cmp.Compare(e.Seq, seq) })
		if found && l.Entries[i].Hash != h.Hash {
			return fmt.Errorf("%w: a page gave the log's head as entry %d with hash %s, but entry %d as read hashes to %s: pages of two different logs were mixed (the node rewrote its log, or a relay spliced pages)", ErrBadPage, h.Entries, h.Hash, h.Entries, l.Entries[i].Hash)
		}
		// Not found: a gap, which the chain names.
	}
	if c := page.Checkpoint; c != nil && (l.Checkpoint == nil || c.Seq > l.Checkpoint.Seq) {
		l.Checkpoint = c
	}
	l.Pages++
	return nil
}

// logReader reads the pages of one node's log.
type logReader struct {
	client *http.Client
	base   string
	opts   FetchOptions
	// node is the DID every page must be of, once known.
	node string
	// bytes counts the page bodies read; first and last are the earliest
	// and latest times the pages taken were signed at.
	bytes       int64
	first, last time.Time
	// waited adds up the waits for a busy node.
	waited time.Duration
}

// Asking again for a page the node is too busy to make (429): at most
// this many times a page, and only when the node asks for a wait no
// longer than maxBusyWait that the read's deadline leaves room for. The
// waits of a read add up to at most half its MaxSpread, so pages taken
// before a wait are not refused as stale after it.
const (
	maxBusyRetries = 5
	maxBusyWait    = 30 * time.Second
)

// page reads and checks the page after the entry after, asking again when
// the node says it is busy and when to come back.
func (r *logReader) page(ctx context.Context, after uint64) (*PublishedPage, error) {
	for try := 0; ; try++ {
		page, err := r.fetchPage(ctx, after)
		var answer *busyAnswer
		if !errors.As(err, &answer) {
			return page, err
		}
		wait := answer.wait
		busy := fmt.Errorf("%w (the node is busy making pages for others: read again later)", answer.err)
		if try == maxBusyRetries || r.waited+wait > r.opts.MaxSpread/2 {
			return nil, busy
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return nil, busy
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("waiting %s for the busy node: %w", wait, context.Cause(ctx))
		case <-t.C:
		}
		r.waited += wait
	}
}

// busyAnswer is fetchPage's error for a 429 whose Retry-After is at most
// maxBusyWait: the node's answer and the wait it asked for.
type busyAnswer struct {
	wait time.Duration
	err  error
}

func (b *busyAnswer) Error() string { return b.err.Error() }

// fetchPage asks for the page once and checks it.
func (r *logReader) fetchPage(ctx context.Context, after uint64) (*PublishedPage, error) {
	ctx, cancel := context.WithTimeout(ctx, r.opts.PageTimeout)
	defer cancel()
	q := url.Values{"after": {strconv.FormatUint(after, 10)}, "limit": {strconv.Itoa(r.opts.PageSize)}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.base+PublishedLogPath+"?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json, application/problem+json")
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		if err := re.DecodeAnswer(resp, nil); err != nil {
			// Seconds only (not an HTTP date), compared before they become a
			// Duration so a huge number cannot wrap into a short wait.
			secs, perr := strconv.Atoi(resp.Header.Get("Retry-After"))
			if resp.StatusCode == http.StatusTooManyRequests && perr == nil && secs > 0 && secs <= int(maxBusyWait/time.Second) {
				return nil, &busyAnswer{wait: time.Duration(secs) * time.Second, err: err}
			}
			return nil, err
		}
		return nil, fmt.Errorf("the node answered %s, not a page", resp.Status)
	}
	// Never more than the read has left.
	left := r.opts.MaxBytes - r.bytes
	body, err := io.ReadAll(io.LimitReader(resp.Body, min(r.opts.MaxPageBytes, left)+1))
	if err != nil {
		return nil, fmt.Errorf("read the page: %w", err)
	}
	switch n := int64(len(body)); {
	case n > r.opts.MaxPageBytes:
		return nil, fmt.Errorf("%w: larger than %d bytes (raise MaxPageBytes)", ErrBadPage, r.opts.MaxPageBytes)
	case n > left:
		return nil, fmt.Errorf("%w: more than %d bytes in all (raise MaxBytes)", ErrLogTooLarge, r.opts.MaxBytes)
	}
	r.bytes += int64(len(body))
	j, err := r.checkSignature(ctx, body, resp.Header.Get(re.SignatureHeader))
	if err != nil {
		return nil, err
	}
	return r.checkPage(j, body, after)
}

// checkSignature checks the page's JWS over body, the checks that need no
// I/O first, and returns it.
func (r *logReader) checkSignature(ctx context.Context, body []byte, tok string) (*did.JWS, error) {
	if tok == "" {
		return nil, fmt.Errorf("%w: the page carries no %s header", ErrPageSignature, re.SignatureHeader)
	}
	j, err := did.ParseJWS(tok, PageTyp)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPageSignature, err)
	}
	iss, _ := j.Claims["iss"].(string)
	dig, _ := j.Claims["dig"].(string)
	kid, _ := j.Header["kid"].(string)
	if iss == "" || dig == "" || kid == "" {
		return nil, fmt.Errorf("%w: the signature names no signer (iss), key (kid) or body digest (dig)", ErrPageSignature)
	}
	if controller, _, _ := strings.Cut(kid, "#"); controller != iss {
		return nil, fmt.Errorf("%w: the page says it is signed by %s, but with %s, a key of %s", ErrPageSignature, iss, kid, controller)
	}
	if r.node != "" && iss != r.node {
		return nil, fmt.Errorf("%w: the page is signed by %s, not by %s", ErrWrongNode, iss, r.node)
	}
	if got := re.Digest(body); dig != got {
		return nil, fmt.Errorf("%w: the body received is not the body signed (digest %s, signed %s): it was changed on its way", ErrPageSignature, got, dig)
	}
	iat, ok := j.Claims["iat"].(float64)
	if !ok {
		return nil, fmt.Errorf("%w: the signature's iat is not a time", ErrPageSignature)
	}
	at, now := time.Unix(int64(iat), 0), r.opts.Now()
	if at.Before(now.Add(-r.opts.MaxAge)) || at.After(now.Add(r.opts.MaxAhead)) {
		return nil, fmt.Errorf("%w: signed at %s, the reader's time is %s: pages are taken from %s before to %s after (a replayed page, or a clock that is off)", ErrStalePage, at.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339), r.opts.MaxAge, r.opts.MaxAhead)
	}
	// The node signs its pages as it signs its versions and manifestos:
	// with an assertion key of its DID (it signs RE requests with the same
	// key, listed for authentication too).
	if err := did.VerifyJWSKey(ctx, j, kid, "assertionMethod", r.opts.Resolver); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPageSignature, err)
	}
	return j, nil
}

// checkPage decodes a page whose signature holds and checks it against its
// claims and the request.
func (r *logReader) checkPage(j *did.JWS, body []byte, after uint64) (*PublishedPage, error) {
	var page PublishedPage
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&page); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadPage, err)
	}
	iss := j.Claims["iss"].(string) // checkSignature made sure
	if page.Type != PublishedPageType {
		return nil, fmt.Errorf("%w: type %q, want %q", ErrBadPage, page.Type, PublishedPageType)
	}
	if page.Node != iss {
		return nil, fmt.Errorf("%w: the page says it is %s's log, but %s signed it", ErrWrongNode, page.Node, iss)
	}
	claimAfter, _ := j.Claims["after"].(float64)
	count, _ := j.Claims["count"].(float64)
	head, _ := j.Claims["head"].(string)
	issued, err := time.Parse(time.RFC3339, page.Issued)
	switch {
	case claimAfter != float64(page.After) || count != float64(len(page.Entries)) || head != page.Head.Hash:
		return nil, fmt.Errorf("%w: the signature's after, count and head (%v, %v, %s) are not the page's (%d, %d, %s)", ErrBadPage, claimAfter, count, head, page.After, len(page.Entries), page.Head.Hash)
	case err != nil || float64(issued.Unix()) != j.Claims["iat"]:
		return nil, fmt.Errorf("%w: issued %q is not the signature's time", ErrBadPage, page.Issued)
	case page.After != after:
		return nil, fmt.Errorf("%w: asked for the entries after %d, the page holds those after %d", ErrBadPage, after, page.After)
	case len(page.Entries) > r.opts.PageSize:
		return nil, fmt.Errorf("%w: %d entries, %d were asked for", ErrBadPage, len(page.Entries), r.opts.PageSize)
	}
	last := after
	for _, e := range page.Entries {
		// Gaps are the chain's to name (VerifyPublishedLog); the order is
		// what keeps the reading going forward.
		if e.Seq <= last {
			return nil, fmt.Errorf("%w: entry %d comes after entry %d", ErrBadPage, e.Seq, last)
		}
		last = e.Seq
	}
	if last > page.Head.Entries {
		return nil, fmt.Errorf("%w: the page holds entry %d, past its head %d", ErrBadPage, last, page.Head.Entries)
	}
	if page.Checkpoint != nil {
		if err := page.Checkpoint.checkShape(); err != nil {
			return nil, fmt.Errorf("%w: checkpoint: %v", ErrBadPage, err)
		}
	}
	// The node's own times, compared with each other: a relay that mixes
	// pages of an older snapshot in shows pages signed far apart.
	lo, hi := issued, issued
	if !r.first.IsZero() {
		lo, hi = minTime(r.first, issued), maxTime(r.last, issued)
	}
	if spread := hi.Sub(lo); spread > r.opts.MaxSpread {
		return nil, fmt.Errorf("%w: the pages of this read were signed from %s to %s, %s apart, more than the %s the reader takes (MaxSpread): pages of an older snapshot of the log were mixed in, or the read took that long (then raise MaxSpread and Timeout, or PageSize)", ErrStalePage, lo.UTC().Format(time.RFC3339), hi.UTC().Format(time.RFC3339), spread, r.opts.MaxSpread)
	}
	r.node, r.first, r.last = iss, lo, hi
	return &page, nil
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// PublishedLogVerification is the outcome of VerifyPublishedLog: the
// checks VerifyLog makes, with what the policy left checkable.
type PublishedLogVerification struct {
	LogVerification
	Node string `json:"node"`
	// ContentChecked counts the entries whose hash was recomputed from
	// their content; LinkOnly those withheld or redacted, whose place in
	// the chain (seq, prev, hash) is checked but not what they say: the
	// fields a redacted entry still shows, and the op of a withheld one,
	// are the node's word, which it could rewrite without breaking the
	// chain (the hash covers what the auditor is not shown). Withheld and
	// Redacted split LinkOnly.
	ContentChecked uint64 `json:"contentChecked"`
	LinkOnly       uint64 `json:"linkOnly"`
	Withheld       uint64 `json:"withheld"`
	Redacted       uint64 `json:"redacted"`
	// LinkOnlySeqs are the seqs of the link-only entries, ascending, for
	// a reader to mark them "content not checked": the newest
	// MaxLinkOnlySeqs of them (when LinkOnly is larger, the older ones
	// are left out; CheckedContent tells of any entry).
	LinkOnlySeqs []uint64 `json:"linkOnlySeqs,omitempty"`
	// Policy is what the node says it withholds.
	Policy audit.PublishPolicy `json:"policy"`
}

// MaxLinkOnlySeqs bounds PublishedLogVerification.LinkOnlySeqs.
const MaxLinkOnlySeqs = 10000

// CheckedContent says whether e, an entry of the log v verified, had its
// content rechecked against its hash: it was published whole and the
// chain held up to it. Every other entry shows only the node's word: one
// withheld or redacted (its place in the chain checked, not what it
// says), or one past the entry where the chain broke (nothing checked).
func (v *PublishedLogVerification) CheckedContent(e PublishedEntry) bool {
	// The chain takes entries 1, 2, … in turn and stops at the first that
	// does not hold: the entries it took are those up to the count.
	return e.Whole() && e.Seq <= v.ContentChecked+v.LinkOnly
}

// VerifyPublishedLog checks a published log read by FetchPublishedLog: its
// hash chain from Genesis (whole entries rehashed, withheld and redacted
// ones linked only), that it holds the entries the anchored checkpoint
// covers and ends there in the head the checkpoint signed, the
// checkpoint's proof with vf, that it ends in the head its last page gave,
// and that nothing was held back that the policy does not say: a withheld
// entry's op is one the policy withholds, each field a redacted entry
// names is one the policy redacts and is gone from the entry.
//
// The policy bounds what the node may hold back, not what it shows of
// the entries it holds back: the op of a withheld entry and the fields
// left in a redacted one cannot be checked against the entry's hash
// (only its place in the chain can), so a node could rewrite them. They
// are counted in LinkOnly and listed in LinkOnlySeqs for a reader to mark
// as not checked.
//
// Failed names the first check that failed: chain, checkpoint, proof (as
// VerifyLog), head or policy.
func VerifyPublishedLog(ctx context.Context, l *PublishedLog, vf *Verifier) *PublishedLogVerification {
	out := &PublishedLogVerification{Node: l.Node, Policy: l.Policy}
	chain := audit.NewChain()
	policy := ""
	for _, e := range l.Entries {
		if !chain.Add(e.Entry, e.Whole()) {
			break
		}
		if !e.Whole() {
			out.LinkOnlySeqs = append(out.LinkOnlySeqs, e.Seq)
			if len(out.LinkOnlySeqs) >= 2*MaxLinkOnlySeqs {
				out.LinkOnlySeqs = append(out.LinkOnlySeqs[:0], out.LinkOnlySeqs[len(out.LinkOnlySeqs)-MaxLinkOnlySeqs:]...)
			}
		}
		switch {
		case e.Withheld:
			out.Withheld++
			if policy == "" {
				policy = withheldAgainst(l.Policy, e)
			}
		case len(e.Redacted) > 0:
			out.Redacted++
			if policy == "" {
				policy = redactedAgainst(l.Policy, e)
			}
		}
	}
	if n := len(out.LinkOnlySeqs); n > MaxLinkOnlySeqs {
		out.LinkOnlySeqs = append(out.LinkOnlySeqs[:0], out.LinkOnlySeqs[n-MaxLinkOnlySeqs:]...)
	}
	out.ContentChecked, out.LinkOnly = chain.ContentChecked, chain.LinkOnly
	out.LogVerification = *checkedLog{
		what: "the published log", node: l.Node, checkpoint: l.Checkpoint, count: uint64(len(l.Entries)),
		chain: chain.Report, hashAt: func(n uint64) string { return l.Entries[n-1].Hash },
	}.verify(ctx, vf)
	if !out.OK {
		return out
	}
	fail := func(failed, format string, args ...any) *PublishedLogVerification {
		out.OK, out.Failed, out.Reason = false, failed, fmt.Sprintf(format, args...)
		return out
	}
	if chain.Entries != l.Head.Entries || chain.Head != l.Head.Hash {
		return fail("head", "the log ends at entry %d (%s), but its last page says the head is entry %d (%s): the node left entries out", chain.Entries, chain.Head, l.Head.Entries, l.Head.Hash)
	}
	if policy != "" {
		return fail("policy", "%s", policy)
	}
	return out
}

// withheldAgainst says what is wrong with the withheld entry e under
// policy p, "" when nothing is.
func withheldAgainst(p audit.PublishPolicy, e PublishedEntry) string {
	switch {
	case len(p.Withhold) == 0:
		return fmt.Sprintf("entry %d is withheld, and the node's policy withholds nothing", e.Seq)
	case p.Withholds(e.Op):
		return ""
	case e.Op == "":
		return fmt.Sprintf("entry %d is withheld without its operation, and the node's policy withholds only %q: a withheld entry names its op, for the auditor to check that the policy withholds it", e.Seq, p.Withhold)
	}
	return fmt.Sprintf("entry %d (%s) is withheld, and the node's policy withholds only %q", e.Seq, e.Op, p.Withhold)
}

// redactedAgainst says what is wrong with the redacted entry e under
// policy p, "" when nothing is.
func redactedAgainst(p audit.PublishPolicy, e PublishedEntry) string {
	for _, f := range e.Redacted {
		switch {
		case !p.Redacts(f):
			return fmt.Sprintf("entry %d has its %s redacted, which the node's policy does not redact", e.Seq, f)
		case e.Shows(f):
			return fmt.Sprintf("entry %d says its %s is redacted, yet shows it", e.Seq, f)
		}
	}
	return ""
}
