package ipfs

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/multiformats/go-multicodec"
	"github.com/multiformats/go-multihash"
	"golang.org/x/sync/errgroup"
)

// An external Kubo as the store's backend (FGMV-43 COSF on the IPFS engine a
// platform already runs). Blocks and pins live in Kubo, reached through its
// RPC API (/api/v0); mifm still builds and reads every DAG itself, so CIDs,
// answers and limits are those of the embedded store. Nothing of the content
// is kept in the node's home: a pin is Kubo's, so the node never records a
// pin for content Kubo does not hold.
//
// Calls to Kubo are idempotent (blocks are content-addressed, pinning a
// pinned root changes nothing, an unpin that finds the pin gone is done),
// so a call that fails for a reason that may pass (Kubo restarting, a
// dropped connection, 502/503/504) is retried a bounded number of times; a
// refusal from Kubo, or a Kubo that took the whole timeout, is not.

// ErrKubo is returned when the Kubo backend cannot be reached or fails a call.
var ErrKubo = errors.New("kubo backend")

// ErrKuboRefused is returned (with ErrKubo) when Kubo refuses the
// credential, or the lack of one.
var ErrKuboRefused = errors.New("kubo refused the credential")

// ErrBadBackend is returned for a content backend value that names no
// backend mifm can use.
var ErrBadBackend = errors.New("bad content backend")

// KuboPrefix starts a backend value naming an external Kubo:
// "kubo:http://127.0.0.1:5001".
const KuboPrefix = "kubo:"

// KuboOptions reach an external Kubo node's RPC API.
type KuboOptions struct {
	// API is the RPC API's base URL, e.g. http://127.0.0.1:5001.
	API string
	// Auth is the API credential in Kubo's API.Authorizations form:
	// "bearer:TOKEN" or "basic:USER:PASSWORD" (or an Authorization header
	// value, "Bearer …" or "Basic …"). Empty: no credential.
	Auth string
	// HTTP reaches the API; nil: a client of its own. The API is the
	// operator's choice, not a peer's, so it needs no egress guard.
	HTTP *http.Client
	// Retries of a call that failed for a reason that may pass (default
	// KuboRetries); the waits between them double from KuboRetryWait.
	Retries int
	// CallTimeout bounds one call that moves at most a batch of blocks
	// (default KuboCallTimeout). A call that times out is not retried: a
	// hung Kubo stays hung.
	CallTimeout time.Duration
	// IdleTimeout ends a streamed call (pinning, listing, gc, a CAR) when
	// Kubo sent nothing for that long (default KuboIdleTimeout).
	IdleTimeout time.Duration
	// Owner names the node in the pins it makes, so that several nodes
	// and other users can share one Kubo.
	Owner string
	// AuthEnv names the variable Auth came from, for the message when
	// Kubo refuses it.
	AuthEnv string
}

// Defaults of KuboOptions: with them a call gives up about 4 s after Kubo
// went away, long enough to ride out a Kubo restart, short enough that a
// user waiting on a command learns that Kubo is down.
const (
	KuboRetries     = 4
	KuboRetryWait   = 250 * time.Millisecond
	KuboCallTimeout = 30 * time.Second
	KuboIdleTimeout = 2 * time.Minute
	// kuboVersionTimeout bounds the check at open: a hung Kubo fails a
	// command (and node status) in seconds.
	kuboVersionTimeout = 5 * time.Second
)

// kubo is the RPC client the backend and its blockstore share.
type kubo struct {
	base    *url.URL
	auth    string // Authorization header value
	authEnv string // where it came from
	http    *http.Client
	retries int
	timeout time.Duration
	idle    time.Duration
}

// OpenKubo opens a store whose blocks and pins are in the Kubo node at
// k.API. A misconfigured backend (no Kubo RPC API there, a refused
// credential) fails at once; a Kubo that is down does not.
func OpenKubo(ctx context.Context, k KuboOptions, opts Options) (*Store, error) {
	api, err := newKubo(k)
	if err != nil {
		return nil, err
	}
	// A Kubo that answers wrongly (no Kubo API there, a refused
	// credential, hung) fails the open. One that is down does not: a node
	// may start before its Kubo, and every call says Kubo is down until
	// it is up.
	vctx, cancel := context.WithTimeout(ctx, min(api.timeout, kuboVersionTimeout))
	defer cancel()
	if _, err := api.version(vctx); err != nil && !unreachable(err) {
		return nil, err
	}
	blocks := &kuboBlocks{api: api}
	back := &kuboBackend{api: api, blocks: blocks, owner: kuboOwner(k.Owner)}
	bs := blockstore.NewGCBlockstore(blocks, blockstore.NewGCLocker())
	// Write-through: Kubo's block/put keeps a block it has already, so
	// asking first would only add a round trip per block.
	bserv := &kuboBlockService{BlockService: blockservice.New(bs, nil, blockservice.WriteThrough(true)), blocks: blocks}
	return newStore(back, KuboPrefix+api.base.String(), bs, opts, bserv), nil
}

// ParseBackend reads a backend value: "" or "embedded" (kuboAPI "") or
// "kubo:URL" (kuboAPI the URL).
func ParseBackend(v string) (kuboAPI string, err error) {
	switch {
	case v == "" || v == "embedded":
		return "", nil
	case strings.HasPrefix(v, KuboPrefix):
		u := strings.TrimPrefix(v, KuboPrefix)
		if _, err := parseKuboURL(u); err != nil {
			return "", err
		}
		return u, nil
	}
	return "", fmt.Errorf("%w %q: use \"embedded\" or \"kubo:http://HOST:PORT\" (a Kubo node's RPC API)", ErrBadBackend, v)
}

func parseKuboURL(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		hint := ""
		switch {
		case err == nil && u.User != nil:
			s, hint = u.Redacted(), " (no credential in it: it goes in the variable [content] auth_env names)"
		case strings.Contains(s, "@"):
			s = "(not shown: it may hold a credential)"
		case !strings.Contains(s, "://"):
			hint = fmt.Sprintf(" (did you mean http://%s?)", strings.TrimSpace(s))
		}
		return nil, fmt.Errorf("%w: kubo RPC API %q: give its base URL, e.g. http://127.0.0.1:5001%s", ErrBadBackend, s, hint)
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u, nil
}

func newKubo(k KuboOptions) (*kubo, error) {
	base, err := parseKuboURL(k.API)
	if err != nil {
		return nil, err
	}
	auth, err := kuboAuthorization(k.Auth)
	if err != nil {
		return nil, err
	}
	c := k.HTTP
	if c == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 32 // batches are written side by side
		c = &http.Client{Transport: t, CheckRedirect: func(*http.Request, []*http.Request) error {
			// The credential goes to the Kubo named, nowhere else.
			return http.ErrUseLastResponse
		}}
	}
	api := &kubo{base: base, auth: auth, authEnv: cmp.Or(k.AuthEnv, "the variable content.auth_env names"), http: c, retries: k.Retries, timeout: k.CallTimeout, idle: k.IdleTimeout}
	if api.retries <= 0 {
		api.retries = KuboRetries
	}
	if api.timeout <= 0 {
		api.timeout = KuboCallTimeout
	}
	if api.idle <= 0 {
		api.idle = KuboIdleTimeout
	}
	return api, nil
}

// kuboAuthorization turns a credential in Kubo's API.Authorizations form
// into the Authorization header Kubo checks.
func kuboAuthorization(secret string) (string, error) {
	secret = strings.TrimSpace(secret)
	switch {
	case secret == "":
		return "", nil
	case strings.HasPrefix(secret, "bearer:"):
		return "Bearer " + strings.TrimPrefix(secret, "bearer:"), nil
	case strings.HasPrefix(secret, "basic:"):
		return "Basic " + base64.StdEncoding.EncodeToString([]byte(strings.TrimPrefix(secret, "basic:"))), nil
	case strings.HasPrefix(secret, "Bearer ") || strings.HasPrefix(secret, "Basic "):
		return secret, nil
	}
	return "", fmt.Errorf("%w: kubo credential: use Kubo's API.Authorizations form, bearer:TOKEN or basic:USER:PASSWORD", ErrBadBackend)
}

// kuboCall is one RPC call.
type kuboCall struct {
	cmd  string
	args url.Values
	// body makes the request body afresh for each attempt (nil: none).
	body func() (io.Reader, string)
	// stream: the answer is read as it comes, bounded by ctx only.
	stream bool
}

// do runs c, retrying what may pass, and returns Kubo's answer (status 200);
// the caller closes its body. A Kubo refusal is an error carrying Kubo's
// message.
func (k *kubo) do(ctx context.Context, c kuboCall) (*http.Response, context.CancelFunc, error) {
	u := k.base.JoinPath("api", "v0", c.cmd)
	u.RawQuery = c.args.Encode()
	wait := KuboRetryWait
	for attempt := 0; ; attempt++ {
		var cctx context.Context
		var cancel context.CancelFunc
		var idle *time.Timer
		if c.stream {
			// A stream may run long, but not silently: it ends when no
			// byte came for the idle timeout.
			cctx, cancel = context.WithCancel(ctx)
			idle = time.AfterFunc(k.idle, cancel)
		} else {
			cctx, cancel = context.WithTimeout(ctx, k.timeout)
		}
		resp, err := k.send(cctx, u, c)
		if err == nil && resp.StatusCode == http.StatusOK {
			if idle != nil {
				resp.Body = &idleBody{ReadCloser: resp.Body, idle: idle, after: k.idle}
			}
			return resp, func() {
				if idle != nil {
					idle.Stop()
				}
				cancel()
			}, nil
		}
		if idle != nil {
			idle.Stop()
		}
		var ferr error
		if err != nil {
			switch {
			case errors.Is(err, context.Canceled) && ctx.Err() == nil:
				err = fmt.Errorf("no answer for %s (is Kubo hung?)", k.idle) // the idle timer fired
			case errors.Is(err, context.DeadlineExceeded):
				err = fmt.Errorf("no answer in time (is Kubo hung or overloaded?): %w", err)
			}
			ferr = fmt.Errorf("%w: %s: %v", ErrKubo, c.cmd, err)
		} else {
			ferr = k.refusal(c.cmd, resp)
			resp.Body.Close()
		}
		cancel()
		if ctx.Err() != nil || attempt+1 >= k.retries || !transient(err, resp) {
			// Unreachable however often tried: refused, reset, no route, no
			// such host, or a proxy in front of it that cannot reach it.
			if ctx.Err() == nil && transient(err, resp) {
				ferr = kuboDown{fmt.Errorf("%w (is Kubo running at %s? tried %s)", ferr, k.base.Redacted(), times(attempt+1))}
			}
			return nil, nil, ferr
		}
		select {
		case <-ctx.Done():
			return nil, nil, ferr
		case <-time.After(wait):
		}
		wait *= 2
	}
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}

// idleBody restarts a stream's idle timer at every byte read.
type idleBody struct {
	io.ReadCloser
	idle  *time.Timer
	after time.Duration
}

func (b *idleBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if n > 0 {
		b.idle.Reset(b.after)
	}
	return n, err
}

func (k *kubo) send(ctx context.Context, u *url.URL, c kuboCall) (*http.Response, error) {
	var body io.Reader
	ctype := ""
	if c.body != nil {
		body, ctype = c.body()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), body)
	if err != nil {
		return nil, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if k.auth != "" {
		req.Header.Set("Authorization", k.auth)
	}
	return k.http.Do(req)
}

// transient says whether a failed call may succeed if tried again: Kubo
// unreachable or restarting, a connection dropped, a proxy in front of it
// that could not reach it.
func transient(err error, resp *http.Response) bool {
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return false
		}
		// A Kubo that took the whole timeout to answer nothing is hung,
		// not restarting: trying again would only double the wait.
		var dns *net.DNSError
		return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
			errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH) ||
			errors.As(err, &dns) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
			// A kept-alive connection Kubo closed as it went down; net/http
			// retries that itself only for idempotent requests, and Kubo's
			// RPC is all POST. Its error is unexported, so it is matched by
			// text.
			strings.Contains(err.Error(), "server closed idle connection")
	}
	switch resp.StatusCode {
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// refusal reads Kubo's error answer, and says what to fix for a refused
// credential or an address that is no Kubo RPC API.
func (k *kubo) refusal(cmd string, resp *http.Response) error {
	var body struct{ Message string }
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	msg := strings.TrimSpace(string(raw))
	if json.Unmarshal(raw, &body) == nil && body.Message != "" {
		msg = body.Message
	}
	switch resp.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden:
		err := fmt.Errorf("%w: %w: %s: %s", ErrKubo, ErrKuboRefused, cmd, resp.Status)
		if k.auth == "" {
			return fmt.Errorf("%w: it asks for one: set %s to its credential (bearer:TOKEN or basic:USER:PASSWORD), or name another variable in [content] auth_env", err, k.authEnv)
		}
		return fmt.Errorf("%w: check the credential in %s", err, k.authEnv)
	case http.StatusNotFound:
		return fmt.Errorf("%w: %s: %s: is this Kubo's RPC API (Addresses.API, port 5001 by default), not its gateway? Give its base URL, without /api/v0", ErrKubo, cmd, resp.Status)
	}
	return &kuboRefused{cmd: cmd, status: resp.Status, msg: msg}
}

// kuboRefused is a call Kubo answered with a refusal.
type kuboRefused struct{ cmd, status, msg string }

func (e *kuboRefused) Error() string {
	return fmt.Sprintf("%s: %s: %s: %s", ErrKubo, e.cmd, e.status, e.msg)
}
func (e *kuboRefused) Unwrap() error { return ErrKubo }

// kuboDown is a call that could not reach Kubo at all, however often tried.
type kuboDown struct{ error }

func (d kuboDown) Unwrap() error { return d.error }

// IsKuboDown says whether err is a Kubo backend that could not be reached,
// however often tried (as opposed to one that refused, or answered wrong):
// trying again later may succeed.
func IsKuboDown(err error) bool { return unreachable(err) }

// unreachable says whether err is a backend that could not be reached (as
// opposed to one that answered with a refusal, or took too long).
func unreachable(err error) bool {
	var d kuboDown
	return errors.As(err, &d)
}

// kuboNotFound says whether err is Kubo reporting a block it does not have
// (offline calls answer at once instead of searching the network).
func kuboNotFound(err error) bool {
	var ke *kuboRefused
	return errors.As(err, &ke) && (strings.Contains(ke.msg, "not found locally") || strings.Contains(ke.msg, "ipld: could not find"))
}

// streamError is an error Kubo reported after its answer started
// (X-Stream-Error trailer).
func streamError(cmd string, resp *http.Response) error {
	if msg := resp.Trailer.Get("X-Stream-Error"); msg != "" {
		return &kuboRefused{cmd: cmd, status: "stream", msg: msg}
	}
	return nil
}

// maxKuboLine bounds one value of a streamed answer: a pin, a ref or a
// removed block each take well under a KiB.
const maxKuboLine = 1 << 20

// jsonLines calls fn for each JSON value of a streamed answer (one a line).
func jsonLines(cmd string, resp *http.Response, fn func(json.RawMessage) error) error {
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 0, 64<<10), maxKuboLine)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if !json.Valid(line) {
			return fmt.Errorf("%w: %s: an answer line is not JSON", ErrKubo, cmd)
		}
		if err := fn(json.RawMessage(line)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: %s: read answer: %v", ErrKubo, cmd, err)
	}
	return streamError(cmd, resp)
}

// KuboVersion is what Kubo's version call answers.
type KuboVersion struct {
	Version string
	Commit  string
	Repo    string
}

func (k *kubo) version(ctx context.Context) (KuboVersion, error) {
	var v KuboVersion
	resp, cancel, err := k.do(ctx, kuboCall{cmd: "version"})
	if err != nil {
		return v, err
	}
	defer cancel()
	defer resp.Body.Close()
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&v); err != nil {
		return v, fmt.Errorf("%w: version: %v (is %s a Kubo RPC API?)", ErrKubo, err, k.base)
	}
	return v, nil
}

// offline makes a call answer from Kubo's own blocks: a missing block is
// reported at once instead of being searched for on the network.
func offline(args url.Values) url.Values {
	if args == nil {
		args = url.Values{}
	}
	args.Set("offline", "true")
	return args
}

// kuboBlocks is Kubo's block store, through block/get, block/put,
// block/stat, block/rm and refs/local. Every block read is checked
// against its CID: Kubo is another process behind a socket.
type kuboBlocks struct{ api *kubo }

var _ blockstore.Blockstore = (*kuboBlocks)(nil)

func (b *kuboBlocks) stat(ctx context.Context, c cid.Cid) (int, error) {
	resp, cancel, err := b.api.do(ctx, kuboCall{cmd: "block/stat", args: offline(url.Values{"arg": {c.String()}})})
	if err != nil {
		if kuboNotFound(err) {
			return -1, ipld.ErrNotFound{Cid: c}
		}
		return -1, err
	}
	defer cancel()
	defer resp.Body.Close()
	var st struct{ Size int }
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&st); err != nil {
		return -1, fmt.Errorf("%w: block/stat: %v", ErrKubo, err)
	}
	return st.Size, nil
}

func (b *kuboBlocks) Has(ctx context.Context, c cid.Cid) (bool, error) {
	_, err := b.stat(ctx, c)
	if ipld.IsNotFound(err) {
		return false, nil
	}
	return err == nil, err
}

// kuboBlockService fetches the blocks a DAG reader (a cat, an export, the
// gateway) asks for ahead side by side: one round trip to Kubo per block,
// each block checked against its CID, but kuboParallel of them at once.
type kuboBlockService struct {
	blockservice.BlockService
	blocks *kuboBlocks
}

func (s *kuboBlockService) GetBlocks(ctx context.Context, ks []cid.Cid) <-chan blocks.Block {
	out := make(chan blocks.Block)
	go func() {
		defer close(out)
		var g errgroup.Group
		g.SetLimit(kuboParallel)
		for _, c := range ks {
			g.Go(func() error {
				// A block Kubo lacks is left out, as an offline block
				// service does: the reader reports it missing.
				if b, err := s.blocks.Get(ctx, c); err == nil {
					select {
					case out <- b:
					case <-ctx.Done():
					}
				}
				return nil
			})
		}
		_ = g.Wait()
	}()
	return out
}

// kuboParallel is how many calls to Kubo one operation makes side by side.
const kuboParallel = 16

// hasMany asks about cids side by side.
func (b *kuboBlocks) hasMany(ctx context.Context, cids []cid.Cid) ([]bool, error) {
	has := make([]bool, len(cids))
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(kuboParallel)
	for i, c := range cids {
		g.Go(func() error {
			ok, err := b.Has(ctx, c)
			has[i] = ok
			return err
		})
	}
	return has, g.Wait()
}

func (b *kuboBlocks) GetSize(ctx context.Context, c cid.Cid) (int, error) { return b.stat(ctx, c) }

func (b *kuboBlocks) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	resp, cancel, err := b.api.do(ctx, kuboCall{cmd: "block/get", args: offline(url.Values{"arg": {c.String()}})})
	if err != nil {
		if kuboNotFound(err) {
			return nil, ipld.ErrNotFound{Cid: c}
		}
		return nil, err
	}
	defer cancel()
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxBlockSize+1))
	if err == nil {
		err = streamError("block/get", resp)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: block/get %s: %v", ErrKubo, c, err)
	}
	if len(data) > MaxBlockSize {
		return nil, fmt.Errorf("%w: block/get %s: a block over %d bytes", ErrKubo, c, MaxBlockSize)
	}
	got, err := c.Prefix().Sum(data)
	if err != nil || !bytes.Equal(got.Hash(), c.Hash()) {
		return nil, fmt.Errorf("%w: block/get %s: %w", ErrKubo, c, ErrBlockHash)
	}
	return blocks.NewBlockWithCid(data, c)
}

func (b *kuboBlocks) Put(ctx context.Context, blk blocks.Block) error {
	return b.PutMany(ctx, []blocks.Block{blk})
}

// PutMany writes blocks in one block/put per kind of CID (Kubo takes one
// codec and hash function per call), and checks that Kubo computed the
// same hash for each.
func (b *kuboBlocks) PutMany(ctx context.Context, blks []blocks.Block) error {
	type kind struct {
		codec, mh uint64
		mhLen     int
	}
	var order []kind
	groups := map[kind][]blocks.Block{}
	for _, blk := range blks {
		p := blk.Cid().Prefix()
		k := kind{p.Codec, p.MhType, p.MhLength}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], blk)
	}
	for _, k := range order {
		codec := multicodec.Code(k.codec).String()
		mh, ok := multihash.Codes[k.mh]
		if !ok {
			return fmt.Errorf("%w: block/put: hash function 0x%x has no name", ErrKubo, k.mh)
		}
		args := url.Values{"cid-codec": {codec}, "mhtype": {mh}, "mhlen": {strconv.Itoa(k.mhLen)}, "pin": {"false"}}
		if err := b.put(ctx, args, groups[k]); err != nil {
			return err
		}
	}
	return nil
}

func (b *kuboBlocks) put(ctx context.Context, args url.Values, blks []blocks.Block) error {
	body := func() (io.Reader, string) {
		pr, pw := io.Pipe()
		mw := multipart.NewWriter(pw)
		go func() {
			var err error
			for _, blk := range blks {
				var part io.Writer
				if part, err = mw.CreateFormFile("file", "block"); err != nil {
					break
				}
				if _, err = part.Write(blk.RawData()); err != nil {
					break
				}
			}
			if err == nil {
				err = mw.Close()
			}
			pw.CloseWithError(err)
		}()
		return pr, mw.FormDataContentType()
	}
	resp, cancel, err := b.api.do(ctx, kuboCall{cmd: "block/put", args: args, body: body})
	if err != nil {
		return err
	}
	defer cancel()
	defer resp.Body.Close()
	i := 0
	err = jsonLines("block/put", resp, func(raw json.RawMessage) error {
		var line struct{ Key string }
		if err := json.Unmarshal(raw, &line); err != nil {
			return fmt.Errorf("%w: block/put: %v", ErrKubo, err)
		}
		got, err := cid.Decode(line.Key)
		if err != nil || i >= len(blks) || !bytes.Equal(got.Hash(), blks[i].Cid().Hash()) {
			return fmt.Errorf("%w: block/put: Kubo stored %q where %s was sent", ErrKubo, line.Key, blks[min(i, len(blks)-1)].Cid())
		}
		i++
		return nil
	})
	if err == nil && i != len(blks) {
		err = fmt.Errorf("%w: block/put: Kubo stored %d of %d blocks", ErrKubo, i, len(blks))
	}
	return err
}

func (b *kuboBlocks) DeleteBlock(ctx context.Context, c cid.Cid) error {
	// force: a block already gone is no error; a pinned one still is.
	resp, cancel, err := b.api.do(ctx, kuboCall{cmd: "block/rm", args: url.Values{"arg": {c.String()}, "force": {"true"}}})
	if err != nil {
		return err
	}
	defer cancel()
	defer resp.Body.Close()
	return jsonLines("block/rm", resp, func(raw json.RawMessage) error {
		var line struct{ Error string }
		if json.Unmarshal(raw, &line) == nil && line.Error != "" {
			return &kuboRefused{cmd: "block/rm", status: "refused", msg: line.Error}
		}
		return nil
	})
}

func (b *kuboBlocks) AllKeysChan(ctx context.Context) (<-chan cid.Cid, error) {
	resp, cancel, err := b.api.do(ctx, kuboCall{cmd: "refs/local", stream: true})
	if err != nil {
		return nil, err
	}
	out := make(chan cid.Cid, 64)
	go func() {
		defer close(out)
		defer cancel()
		defer resp.Body.Close()
		_ = jsonLines("refs/local", resp, func(raw json.RawMessage) error {
			var line struct{ Ref, Err string }
			if err := json.Unmarshal(raw, &line); err != nil || line.Err != "" {
				return errors.New("refs/local failed")
			}
			c, err := cid.Decode(line.Ref)
			if err != nil {
				return err
			}
			select {
			case out <- c:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	return out, nil
}

func (b *kuboBlocks) HashOnRead(bool) {} // every read is checked already

// kuboBackend keeps the store's pins in Kubo and leaves durability to it.
type kuboBackend struct {
	api    *kubo
	blocks *kuboBlocks
	owner  string // this node's owner token in pin names
}

// Pins in a shared Kubo. Kubo keeps one pin per CID, with one name, and
// any number of nodes (and other users) may want the same CID kept. So a
// pin's name lists its owners: the owner token of each node that pinned it
// ("mifm:" and 16 hex digits of its platform DID's SHA-256), after the name
// another user gave it, if any. A node lists the pins naming it, adds its
// token to a pin that exists, and on unpin takes its token out, removing
// the pin only when no owner is left. Two nodes changing one pin's name at
// the same moment can lose one's token (Kubo has no compare-and-swap on
// names): the content stays pinned, and the node's pin list no longer
// names it until it pins it again.

// unnamedPin stands, in a pin's name, for the user who made it without a
// name before a node added itself.
const unnamedPin = "(unnamed)"

// kuboOwner is the owner token a store opened with owner puts in pin names.
func kuboOwner(owner string) string {
	if owner == "" {
		return "mifm"
	}
	sum := sha256.Sum256([]byte(owner))
	return "mifm:" + hex.EncodeToString(sum[:8])
}

// pinOwners splits a pin's name into the nodes' owner tokens and the name
// another user gave it.
func pinOwners(name string) (owners []string, other string) {
	var rest []string
	for _, f := range strings.Split(name, " ") {
		if f == "mifm" || strings.HasPrefix(f, "mifm:") {
			owners = append(owners, f)
		} else if f != "" {
			rest = append(rest, f)
		}
	}
	return owners, strings.Join(rest, " ")
}

// pinName is the name a pin with these owners and other user's name takes.
func pinName(owners []string, other string) string {
	slices.Sort(owners)
	return strings.TrimSpace(other + " " + strings.Join(slices.Compact(owners), " "))
}

func (k *kuboBackend) pin(ctx context.Context, c cid.Cid, recursive bool) error {
	name, typ, err := k.pinOf(ctx, c)
	if err != nil && !errors.Is(err, ErrNotPinned) {
		return err
	}
	owners, other := pinOwners(name)
	if slices.Contains(owners, k.owner) && (typ == "recursive" || !recursive) {
		return nil
	}
	if typ != "" && len(owners) == 0 && other == "" {
		// A pin someone made without a name (Kubo's default) is theirs:
		// it must outlive this node's unpin.
		other = unnamedPin
	}
	// Offline: Kubo pins only a DAG it holds whole, and says at once when
	// it does not. A recursive pin of someone else stays recursive.
	recursive = recursive || typ == "recursive"
	args := offline(url.Values{"arg": {c.String()}, "recursive": {strconv.FormatBool(recursive)},
		"name": {pinName(append(owners, k.owner), other)}, "progress": {"true"}})
	resp, cancel, err := k.api.do(ctx, kuboCall{cmd: "pin/add", args: args, stream: true})
	if err != nil {
		if kuboNotFound(err) {
			return ipld.ErrNotFound{Cid: c}
		}
		return err
	}
	defer cancel()
	defer resp.Body.Close()
	err = jsonLines("pin/add", resp, func(json.RawMessage) error { return nil })
	if kuboNotFound(err) {
		return ipld.ErrNotFound{Cid: c}
	}
	return err
}

func (k *kuboBackend) unpin(ctx context.Context, c cid.Cid) error {
	name, typ, err := k.pinOf(ctx, c)
	if err != nil {
		return err
	}
	owners, other := pinOwners(name)
	if !slices.Contains(owners, k.owner) {
		return fmt.Errorf("%w: %s is pinned in Kubo by others (pin name %q), not by this node", ErrNotPinned, c, name)
	}
	owners = slices.DeleteFunc(owners, func(o string) bool { return o == k.owner })
	if len(owners) > 0 || other != "" {
		// Others still want it: the pin stays, without this node's token.
		args := offline(url.Values{"arg": {c.String()}, "recursive": {strconv.FormatBool(typ == "recursive")}, "name": {pinName(owners, other)}})
		resp, cancel, err := k.api.do(ctx, kuboCall{cmd: "pin/add", args: args, stream: true})
		if err != nil {
			return err
		}
		defer cancel()
		defer resp.Body.Close()
		return jsonLines("pin/add", resp, func(json.RawMessage) error { return nil })
	}
	resp, cancel, err := k.api.do(ctx, kuboCall{cmd: "pin/rm", args: url.Values{"arg": {c.String()}, "recursive": {"true"}}})
	var ke *kuboRefused
	if errors.As(err, &ke) && strings.Contains(ke.msg, "not pinned") {
		return nil // gone already: a retry after Kubo did the first try
	}
	if err != nil {
		return err
	}
	defer cancel()
	resp.Body.Close()
	return nil
}

// pinOf is the name and type (recursive or direct) of c's pin in Kubo;
// ErrNotPinned when it has none.
func (k *kuboBackend) pinOf(ctx context.Context, c cid.Cid) (name, typ string, err error) {
	for _, typ := range []string{"recursive", "direct"} {
		resp, cancel, err := k.api.do(ctx, kuboCall{cmd: "pin/ls", args: url.Values{"arg": {c.String()}, "type": {typ}, "names": {"true"}}})
		var ke *kuboRefused
		if errors.As(err, &ke) && strings.Contains(ke.msg, "not pinned") {
			continue
		}
		if err != nil {
			return "", "", err
		}
		var body struct {
			Keys map[string]struct{ Name string }
		}
		err = json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&body)
		resp.Body.Close()
		cancel()
		if err != nil {
			return "", "", fmt.Errorf("%w: pin/ls: %v", ErrKubo, err)
		}
		for _, v := range body.Keys {
			return v.Name, typ, nil
		}
	}
	return "", "", fmt.Errorf("%w: %s", ErrNotPinned, c)
}

func (k *kuboBackend) roots(ctx context.Context) (recursive, direct []cid.Cid, err error) {
	for _, typ := range []string{"recursive", "direct"} {
		resp, cancel, err := k.api.do(ctx, kuboCall{cmd: "pin/ls", args: url.Values{"type": {typ}, "stream": {"true"}, "names": {"true"}}, stream: true})
		if err != nil {
			return nil, nil, err
		}
		err = jsonLines("pin/ls", resp, func(raw json.RawMessage) error {
			var line struct{ Cid, Name string }
			if err := json.Unmarshal(raw, &line); err != nil {
				return fmt.Errorf("%w: pin/ls: %v", ErrKubo, err)
			}
			if owners, _ := pinOwners(line.Name); !slices.Contains(owners, k.owner) {
				return nil // Kubo's own, another node's, another user's
			}
			c, err := cid.Decode(line.Cid)
			if err != nil {
				return fmt.Errorf("%w: pin/ls: %v", ErrKubo, err)
			}
			if typ == "recursive" {
				recursive = append(recursive, c)
			} else {
				direct = append(direct, c)
			}
			return nil
		})
		resp.Body.Close()
		cancel()
		if err != nil {
			return nil, nil, err
		}
	}
	return recursive, direct, nil
}

// deletable offers all of a failed write's fresh blocks: Kubo's block/rm
// itself refuses a block any pin reaches (its own check covers pins that
// other users of a shared Kubo made), and what a rollback cannot remove
// while Kubo is down is unpinned, so Kubo's gc takes it.
func (k *kuboBackend) deletable(_ context.Context, cids []cid.Cid) ([]cid.Cid, error) {
	return cids, nil
}

// gc runs Kubo's repo gc, which removes every block none of Kubo's pins
// reaches (mifm's and any other user's of the same Kubo).
func (k *kuboBackend) gc(ctx context.Context) (GCResult, error) {
	before, err := k.repoStat(ctx)
	if err != nil {
		return GCResult{}, fmt.Errorf("gc: %w", err)
	}
	resp, cancel, err := k.api.do(ctx, kuboCall{cmd: "repo/gc", stream: true})
	if err != nil {
		return GCResult{}, fmt.Errorf("gc: %w", err)
	}
	defer cancel()
	defer resp.Body.Close()
	var res GCResult
	err = jsonLines("repo/gc", resp, func(raw json.RawMessage) error {
		var line struct{ Error string }
		if json.Unmarshal(raw, &line) == nil && line.Error != "" {
			return &kuboRefused{cmd: "repo/gc", status: "failed", msg: line.Error}
		}
		res.Removed++
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("gc: %w", err)
	}
	after, err := k.repoStat(ctx)
	if err != nil {
		return res, fmt.Errorf("gc: %w", err)
	}
	res.Kept = int(after.NumObjects)
	if before.RepoSize > after.RepoSize {
		res.Freed = before.RepoSize - after.RepoSize
	}
	return res, nil
}

type repoStat struct {
	RepoSize   uint64
	NumObjects uint64
}

func (k *kuboBackend) repoStat(ctx context.Context) (repoStat, error) {
	var st repoStat
	resp, cancel, err := k.api.do(ctx, kuboCall{cmd: "repo/stat", stream: true})
	if err != nil {
		return st, err
	}
	defer cancel()
	defer resp.Body.Close()
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&st); err != nil {
		return st, fmt.Errorf("%w: repo/stat: %v", ErrKubo, err)
	}
	return st, nil
}

func (k *kuboBackend) sync(ctx context.Context) error { return ctx.Err() } // Kubo's own durability

func (k *kuboBackend) close() error {
	k.api.http.CloseIdleConnections()
	return nil
}
