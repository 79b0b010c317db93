package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ipfs/boxo/gateway"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"

	"github.com/mifm/mifm/node/egress"
)

// Gateway is the store served as an IPFS trustless gateway (boxo/gateway):
// GET /ipfs/{cid} with ?format=raw or ?format=car (or the matching Accept
// types application/vnd.ipld.raw and application/vnd.ipld.car). Responses are
// verifiable blocks only, never deserialized files, so any IPFS tool or node
// can fetch content from it and check every byte against the CID.
func (s *Store) Gateway() (http.Handler, error) {
	backend, err := gateway.NewBlocksBackend(s.bserv)
	if err != nil {
		return nil, fmt.Errorf("gateway backend: %w", err)
	}
	h := gateway.NewHandler(gateway.Config{DeserializedResponses: false, NoDNSLink: true}, backend)
	if _, ok := s.back.(*kuboBackend); ok {
		h = kuboDownIs503(s, h)
	}
	mux := http.NewServeMux()
	mux.Handle("/ipfs/", h)
	return mux, nil
}

// kuboDownIs503 answers 503 (try again later) where the gateway would
// answer 500 because the Kubo behind the store is down, not the content
// wrong: a client or another node then retries instead of giving up. The
// backend's health is checked at most every couple of seconds, whatever
// the number of failing requests.
func kuboDownIs503(s *Store, h http.Handler) http.Handler {
	var mu sync.Mutex
	var last Health
	var at time.Time
	health := func(ctx context.Context) Health {
		mu.Lock()
		defer mu.Unlock()
		if time.Since(at) > 2*time.Second {
			last, at = s.Health(ctx), time.Now()
		}
		return last
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(&downWriter{ResponseWriter: w, health: health, ctx: r.Context()}, r)
	})
}

type downWriter struct {
	http.ResponseWriter
	health  func(context.Context) Health
	ctx     context.Context
	swallow bool
}

func (d *downWriter) WriteHeader(code int) {
	if code == http.StatusInternalServerError {
		if st := d.health(d.ctx); !st.OK {
			d.swallow = true
			hd := d.ResponseWriter.Header()
			// The gateway set an immutable content's headers already;
			// none may stick to a "try again later".
			for _, k := range []string{"Cache-Control", "Etag", "Last-Modified", "Content-Disposition", "X-Ipfs-Roots", "X-Ipfs-Path"} {
				hd.Del(k)
			}
			hd.Set("Cache-Control", "no-store")
			hd.Set("Retry-After", "5")
			http.Error(d.ResponseWriter, "the content backend is "+st.State+": "+st.Detail, http.StatusServiceUnavailable)
			return
		}
	}
	d.ResponseWriter.WriteHeader(code)
}

func (d *downWriter) Write(p []byte) (int, error) {
	if d.swallow {
		return len(p), nil
	}
	return d.ResponseWriter.Write(p)
}

// ErrBadPeer is returned when a gateway serves content that does not match
// what was asked for: a block that fails its hash, a block the DAG does not
// link, or a DAG cut short.
var ErrBadPeer = errors.New("gateway served content that does not verify")

// ErrNotGateway is returned (with ErrBadPeer) when the server answered
// with something other than a CAR: a web page, a CDN's error page. It says
// nothing of the content.
var ErrNotGateway = fmt.Errorf("%w: not a trustless gateway", ErrBadPeer)

// ErrNotOnPeer is returned when the gateway does not have the whole DAG.
var ErrNotOnPeer = errors.New("the gateway does not have the whole DAG")

// ErrUnreachable is returned when a gateway could not be reached, answered
// that it is unavailable (5xx, 429), or broke off its answer: a condition
// of the source, not of the content, so worth trying again or elsewhere.
var ErrUnreachable = errors.New("gateway unreachable")

// Unreachable says whether err is a source's failure (ErrUnreachable)
// rather than a verdict on the content.
func Unreachable(err error) bool { return errors.Is(err, ErrUnreachable) }

// Fetched is what a fetch stored.
type Fetched struct {
	Root   cid.Cid `json:"-"`
	Blocks int     `json:"blocks"`
	New    int     `json:"new"`
	Bytes  int64   `json:"bytes"`
}

// FetchTimeout bounds a whole fetch when the context has no deadline.
const FetchTimeout = 10 * time.Minute

// ErrTooLarge is returned when a gateway sends more bytes than the fetch
// allows.
var ErrTooLarge = errors.New("the DAG is larger than allowed")

// DAGBytes is the most a UnixFS DAG of a file of size bytes (the size a
// peer declares) may weigh in blocks: the data, plus the links and
// framing of its dag-pb nodes.
func DAGBytes(size int64) int64 {
	if size < 0 {
		size = 0
	}
	return size + size/32 + 64<<10
}

// Fetch retrieves root's whole DAG from another node's trustless gateway
// (any IPFS gateway that speaks application/vnd.ipld.car), verifies every
// block against its CID and against the DAG (each block must be linked from
// one already received, and none may be missing), then stores and pins it.
// Content that fails any check is refused and nothing of it stays stored.
// The DAG may weigh at most the store's FetchOptions.MaxBytes.
func (s *Store) Fetch(ctx context.Context, gatewayURL string, root cid.Cid) (Fetched, error) {
	return s.FetchAtMost(ctx, gatewayURL, root, 0)
}

// FetchAtMost is Fetch with the DAG capped at maxBytes of blocks (a peer's
// declared size through DAGBytes), or the store's cap when lower or when
// maxBytes is 0: a gateway that sends more is refused and nothing stored.
func (s *Store) FetchAtMost(ctx context.Context, gatewayURL string, root cid.Cid, maxBytes int64) (Fetched, error) {
	return s.fetchVia(ctx, s.fetch.HTTP, gatewayURL, root, maxBytes)
}

// FetchFrom is Fetch through client rather than the store's own: for a
// gateway the operator named (a command-line flag), which no peer chose.
func (s *Store) FetchFrom(ctx context.Context, client *http.Client, gatewayURL string, root cid.Cid) (Fetched, error) {
	return s.fetchVia(ctx, client, gatewayURL, root, 0)
}

func (s *Store) fetchVia(ctx context.Context, client *http.Client, gatewayURL string, root cid.Cid, maxBytes int64) (Fetched, error) {
	base, err := url.Parse(strings.TrimRight(gatewayURL, "/"))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return Fetched{}, fmt.Errorf("gateway URL %q: want http(s)://host[:port]", gatewayURL)
	}
	if maxBytes <= 0 || maxBytes > s.fetch.MaxBytes {
		maxBytes = s.fetch.MaxBytes
	}
	caller := ctx
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.fetch.Timeout)
		defer cancel()
	}
	u := base.JoinPath("ipfs", root.String())
	u.RawQuery = "format=car&dag-scope=all"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Fetched{}, err
	}
	req.Header.Set("Accept", "application/vnd.ipld.car;version=1;order=dfs;dups=y")
	resp, err := client.Do(req)
	if err != nil {
		if caller.Err() == nil && !errors.Is(err, egress.ErrForbidden) {
			// Refused, reset, unresolved or timed out: the source, not
			// the content. A forbidden address is the operator's rule.
			err = fmt.Errorf("%w: %v", ErrUnreachable, err)
		}
		return Fetched{}, fmt.Errorf("fetch %s from %s: %w", root, base.Host, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
			return Fetched{}, fmt.Errorf("fetch %s from %s: %w: %s: %s", root, base.Host, ErrUnreachable, resp.Status, strings.TrimSpace(string(msg)))
		}
		return Fetched{}, fmt.Errorf("fetch %s from %s: %s: %s", root, base.Host, resp.Status, strings.TrimSpace(string(msg)))
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "application/vnd.ipld.car" {
		return Fetched{}, fmt.Errorf("fetch %s from %s: %w: Content-Type %q, want application/vnd.ipld.car (is it a trustless gateway?)", root, base.Host, ErrNotGateway, mt)
	}
	if resp.ContentLength > maxBytes+carFraming(maxBytes) {
		return Fetched{}, fmt.Errorf("fetch %s from %s: %w: the gateway announces %d bytes, at most %d allowed (nothing stored)", root, base.Host, ErrTooLarge, resp.ContentLength, maxBytes)
	}
	// The stream may carry blocks twice (dups=y) and CAR framing: allow
	// for the framing, refuse the rest.
	body := &tailReader{r: &capReader{r: resp.Body, left: maxBytes + carFraming(maxBytes)}}
	res, err := s.importVerifiedDAG(ctx, body, root, maxBytes)
	if err != nil {
		// The CAR reader stops where the stream went wrong; read a little
		// further for the gateway's own account of it.
		_, _ = io.Copy(io.Discard, io.LimitReader(body, 1024))
	}
	switch {
	case err != nil && body.gatewayError() != "":
		// The gateway started a 200 response, then hit a block it does not
		// have, and said so in the stream.
		err = fmt.Errorf("%w: it said %q; nothing stored", ErrNotOnPeer, body.gatewayError())
	case err != nil && body.broken != nil && caller.Err() == nil:
		// The connection broke (the gateway's node went down mid-answer,
		// or our own time limit ran out): what arrived verified, so far.
		err = fmt.Errorf("%w: the answer broke off after %d bytes: %v; nothing stored", ErrUnreachable, body.read, body.broken)
	}
	if err != nil {
		return Fetched{}, fmt.Errorf("fetch %s from %s: %w", root, base.Host, err)
	}
	return res, nil
}

// importVerifiedDAG stores the CAR stream r, which must hold exactly root's
// DAG, and pins root; on any failure it removes what it stored.
func (s *Store) importVerifiedDAG(ctx context.Context, r io.Reader, root cid.Cid, maxBytes int64) (Fetched, error) {
	br, err := carv2.NewBlockReader(r, carv2.MaxAllowedSectionSize(MaxBlockSize+512))
	if err != nil {
		return Fetched{}, fmt.Errorf("%w: not a CAR: %v", ErrBadPeer, err)
	}
	if len(br.Roots) != 1 || !br.Roots[0].Equals(root) {
		return Fetched{}, fmt.Errorf("%w: CAR roots %v, want %s", ErrBadPeer, br.Roots, root)
	}
	defer s.blocks.PinLock(ctx).Unlock(ctx)
	tx := s.newPutTx()
	defer tx.done()
	fail := func(err error) (Fetched, error) {
		tx.rollback(ctx)
		return Fetched{}, err
	}
	// expected holds the CIDs linked from blocks received so far, not yet
	// received themselves; received, those already checked.
	expected := map[string]bool{root.KeyString(): true}
	received := map[string]bool{}
	res := Fetched{Root: root}
	for {
		b, err := br.Next() // checks the block's bytes against its CID
		if err == io.EOF {
			break
		}
		if errors.Is(err, ErrTooLarge) {
			return fail(fmt.Errorf("%w (nothing stored)", err))
		}
		if err != nil {
			return fail(fmt.Errorf("%w: block %d: %v (nothing stored)", ErrBadPeer, res.Blocks, err))
		}
		k := b.Cid().KeyString()
		if received[k] {
			continue // dups=y: a block the DAG links twice comes twice
		}
		if !expected[k] {
			return fail(fmt.Errorf("%w: block %s is not linked from the DAG received so far (nothing stored)", ErrBadPeer, b.Cid()))
		}
		links, err := blockLinks(b.Cid(), b.RawData())
		if err != nil {
			return fail(fmt.Errorf("%w: block %s: %v (nothing stored)", ErrBadPeer, b.Cid(), err))
		}
		delete(expected, k)
		received[k] = true
		for _, l := range links {
			if !received[l.KeyString()] {
				expected[l.KeyString()] = true
			}
		}
		if err := tx.put(ctx, b); err != nil {
			return fail(err)
		}
		res.Blocks++
		res.Bytes += int64(len(b.RawData()))
		if res.Bytes > maxBytes {
			return fail(fmt.Errorf("%w: more than %d bytes of blocks (nothing stored)", ErrTooLarge, maxBytes))
		}
	}
	for k := range expected {
		c, _ := cid.Cast([]byte(k))
		return fail(fmt.Errorf("%w: DAG incomplete: block %s missing (nothing stored)", ErrBadPeer, c))
	}
	if err := tx.commit(ctx); err != nil {
		return Fetched{}, err
	}
	res.New = len(tx.added)
	if err := s.pinLocked(ctx, root); err != nil {
		return res, err
	}
	return res, nil
}

// blockLinks decodes the links of a dag-pb block; raw blocks have none. Other
// codecs are not UnixFS and are refused.
func blockLinks(c cid.Cid, data []byte) ([]cid.Cid, error) {
	switch c.Type() {
	case cid.Raw:
		return nil, nil
	case cid.DagProtobuf:
		nd, err := merkledag.DecodeProtobuf(data)
		if err != nil {
			return nil, fmt.Errorf("not dag-pb: %v", err)
		}
		out := make([]cid.Cid, 0, len(nd.Links()))
		for _, l := range nd.Links() {
			out = append(out, l.Cid)
		}
		return out, nil
	}
	return nil, fmt.Errorf("codec %s is not supported (UnixFS uses dag-pb and raw)", codecName(c))
}

// carFraming is what a CAR stream of maxBytes of blocks may add: the
// header, a CID and a length before each block (at least 1 KiB apart with
// a fair chunker), and blocks a DAG links twice.
func carFraming(maxBytes int64) int64 { return maxBytes/8 + 64<<10 }

// capReader fails once more than left bytes were read.
type capReader struct {
	r    io.Reader
	left int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, ErrTooLarge
	}
	return n, err
}

// tailReader remembers the last bytes read, where a gateway that fails part
// way through a CAR stream writes its error.
type tailReader struct {
	r    io.Reader
	tail []byte
	read int64
	// broken is the transport's error, when the stream ended in one
	// rather than at its end or at the size cap.
	broken error
}

func (t *tailReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.read += int64(n)
	if err != nil && err != io.EOF && !errors.Is(err, ErrTooLarge) {
		t.broken = err
	}
	t.tail = append(t.tail, p[:n]...)
	if len(t.tail) > 512 {
		t.tail = t.tail[len(t.tail)-512:]
	}
	return n, err
}

// gatewayError is the "[Gateway Error: …]" text at the end of the stream.
func (t *tailReader) gatewayError() string {
	_, msg, ok := strings.Cut(string(t.tail), "[Gateway Error: ")
	if !ok {
		return ""
	}
	msg, _, _ = strings.Cut(msg, "]")
	return msg
}

func (d *downWriter) Flush() {
	if f, ok := d.ResponseWriter.(http.Flusher); ok && !d.swallow {
		f.Flush()
	}
}

func (d *downWriter) Unwrap() http.ResponseWriter { return d.ResponseWriter }
