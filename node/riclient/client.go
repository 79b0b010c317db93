// Package riclient is api.Node over HTTP: a client of a running node's RI
// API (FGMV-43 8.1), for the CLI while a daemon holds the home and for any
// Go back end of a platform.
package riclient

import (
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
	"syscall"
	"time"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/re"
)

// Client calls a node's RI API.
type Client struct {
	base  string
	token string
	http  *http.Client
}

var _ api.Node = (*Client)(nil)

// New is a client of the RI API at base (http://127.0.0.1:8650) with the
// node's RI bearer token; nil hc means a client without a timeout (uploads
// and event streams last).
func New(base, token string, hc *http.Client) (*Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("RI URL %q: want http(s)://HOST:PORT", base)
	}
	if token == "" {
		return nil, errors.New("RI token is empty: it is in the node home's ri-token file")
	}
	if hc == nil {
		hc = &http.Client{}
	}
	return &Client{base: strings.TrimRight(base, "/"), token: token, http: hc}, nil
}

// Base is the RI base URL.
func (c *Client) Base() string { return c.base }

// Ping checks that the node answers within d.
func (c *Client) Ping(ctx context.Context, d time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	return c.do(ctx, http.MethodGet, "/healthz", nil, nil)
}

// request sends a request with the bearer token and returns the response
// of a 2xx status, or the node's problem as an error.
func (c *Client) request(ctx context.Context, method, path, contentType string, body io.Reader, header http.Header) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() == nil {
			// Refused, reset or cut: the request may or may not have
			// reached the node.
			err = fmt.Errorf("%w: %v", ErrNoAnswer, err)
		}
		return nil, fmt.Errorf("node RI API %s: %w", c.base, err)
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		return nil, asError(re.DecodeAnswer(resp, nil))
	}
	return resp, nil
}

// ErrNoAnswer is a request the node did not answer: the connection was
// refused, reset or cut before a whole answer came (the node stopped or
// was killed). The request may have been carried out; sent again under the
// same idempotency key, it is answered with its outcome.
var ErrNoAnswer = errors.New("no answer from the node")

// Retries is how a request under an idempotency key is sent again when
// the node does not answer: the pauses before each try, about 15 s in
// all, the time a supervisor takes to restart a node.
var retries = []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second}

// do sends in as JSON and decodes the answer into out.
func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	return c.doKeyed(ctx, method, path, "", in, out)
}

// doKeyed is do with an idempotency key: sent with the Idempotency-Key
// header and, when the node does not answer, sent again with the same key
// (so it is carried out once) until it answers or retries run out.
func (c *Client) doKeyed(ctx context.Context, method, path, key string, in, out any) error {
	var b []byte
	ct := ""
	if in != nil {
		var err error
		if b, err = json.Marshal(in); err != nil {
			return err
		}
		ct = "application/json"
	}
	var header http.Header
	if key != "" {
		header = http.Header{idempotency.Header: {key}}
	}
	return c.withRetries(ctx, key, func() error {
		var body io.Reader
		if b != nil {
			body = bytes.NewReader(b)
		}
		resp, err := c.request(ctx, method, path, ct, body, header)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return noAnswer(ctx, asError(re.DecodeAnswer(resp, out)))
	})
}

// withRetries runs send once, or, with a key, again after each pause of
// retries while the node does not answer.
func (c *Client) withRetries(ctx context.Context, key string, send func() error) error {
	err := send()
	if key == "" {
		return err
	}
	for _, pause := range retries {
		if !errors.Is(err, ErrNoAnswer) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(pause):
		}
		err = send()
	}
	return err
}

// noAnswer marks an answer cut off in its body as no answer.
func noAnswer(ctx context.Context, err error) error {
	if err == nil || ctx.Err() != nil || errors.Is(err, ErrNoAnswer) {
		return err
	}
	var remote *RemoteError
	var p *re.Problem
	if errors.As(err, &remote) || errors.As(err, &p) {
		return err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET) {
		return fmt.Errorf("%w: the answer broke off: %v", ErrNoAnswer, err)
	}
	return err
}

// asError shows a problem from the node as its detail: the in-process API
// returns the same text, so the CLI prints the same either way.
func asError(err error) error {
	var p *re.Problem
	if errors.As(err, &p) && p.Detail != "" {
		return &RemoteError{Problem: p, known: api.KnownError(p.Code)}
	}
	return err
}

// RemoteError is a problem the node answered with. It also wraps the known
// error its code stands for (api.KnownError), so errors.Is works on a
// running node's answers as on the core's.
type RemoteError struct {
	Problem *re.Problem
	known   error
}

func (e *RemoteError) Error() string { return e.Problem.Detail }
func (e *RemoteError) Unwrap() []error {
	if e.known != nil {
		return []error{e.Problem, e.known}
	}
	return []error{e.Problem}
}

// Close does nothing: the node keeps running.
func (c *Client) Close() error { return nil }

// Status of the node.
func (c *Client) Status(ctx context.Context) (*api.Status, error) {
	var s api.Status
	return &s, c.do(ctx, http.MethodGet, "/ri/v1/node", nil, &s)
}

// Manifesto is the registered manifesto.
func (c *Client) Manifesto(ctx context.Context) (*api.SignedManifesto, error) {
	var s api.SignedManifesto
	return &s, c.do(ctx, http.MethodGet, "/ri/v1/manifesto", nil, &s)
}

// SetManifesto registers a manifesto.
func (c *Client) SetManifesto(ctx context.Context, m *api.Manifesto) (*api.SignedManifesto, error) {
	var s api.SignedManifesto
	return &s, c.do(ctx, http.MethodPut, "/ri/v1/manifesto", m, &s)
}

// OpenChannel negotiates a channel.
func (c *Client) OpenChannel(ctx context.Context, req api.OpenChannelRequest) (*api.Channel, error) {
	var ch api.Channel
	return &ch, c.do(ctx, http.MethodPost, "/ri/v1/channels", req, &ch)
}

// Channels lists the channels.
func (c *Client) Channels(ctx context.Context) ([]api.Channel, error) {
	var out []api.Channel
	return out, c.do(ctx, http.MethodGet, "/ri/v1/channels", nil, &out)
}

// Channel shows one channel.
func (c *Client) Channel(ctx context.Context, id string) (*api.Channel, error) {
	var ch api.Channel
	return &ch, c.do(ctx, http.MethodGet, "/ri/v1/channels/"+url.PathEscape(id), nil, &ch)
}

// Send sends a message over a channel.
func (c *Client) Send(ctx context.Context, id string, m api.Message) (*api.Receipt, error) {
	var r api.Receipt
	return &r, c.do(ctx, http.MethodPost, "/ri/v1/channels/"+url.PathEscape(id)+"/messages", m, &r)
}

// AuditLog lists audit entries.
func (c *Client) AuditLog(ctx context.Context, q api.AuditQuery) ([]api.AuditEntry, error) {
	v := url.Values{}
	if q.After > 0 {
		v.Set("after", strconv.FormatUint(q.After, 10))
	}
	if !q.Since.IsZero() {
		v.Set("since", q.Since.UTC().Format(time.RFC3339Nano))
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	var out []api.AuditEntry
	return out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/audit", v), nil, &out)
}

func withQuery(path string, v url.Values) string {
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

// VerifyAudit recomputes the audit chain.
func (c *Client) VerifyAudit(ctx context.Context) (*api.AuditReport, error) {
	var r api.AuditReport
	return &r, c.do(ctx, http.MethodGet, "/ri/v1/audit/verify", nil, &r)
}

// StartTransfer starts a transfer.
func (c *Client) StartTransfer(ctx context.Context, req api.TransferRequest) (*api.Transfer, error) {
	var r api.Transfer
	return &r, c.doKeyed(ctx, http.MethodPost, "/ri/v1/transfers", req.IdempotencyKey, req, &r)
}

// TransferList lists transfers.
func (c *Client) TransferList(ctx context.Context) ([]api.Transfer, error) {
	var out []api.Transfer
	return out, c.do(ctx, http.MethodGet, "/ri/v1/transfers", nil, &out)
}

// TransferShow shows one transfer.
func (c *Client) TransferShow(ctx context.Context, id string) (*api.Transfer, error) {
	var r api.Transfer
	return &r, c.do(ctx, http.MethodGet, "/ri/v1/transfers/"+url.PathEscape(id), nil, &r)
}

// PrepareTransfer plans a transfer for the user's own wallet.
func (c *Client) PrepareTransfer(ctx context.Context, req api.TransferRequest) (*api.PreparedTransfer, error) {
	var r api.PreparedTransfer
	return &r, c.doKeyed(ctx, http.MethodPost, "/ri/v1/transfers/prepare", req.IdempotencyKey, req, &r)
}

// TransferPrepared reads a prepared transfer again.
func (c *Client) TransferPrepared(ctx context.Context, id string) (*api.PreparedTransfer, error) {
	var r api.PreparedTransfer
	return &r, c.do(ctx, http.MethodGet, "/ri/v1/transfers/"+url.PathEscape(id)+"/prepared", nil, &r)
}

// SignTransfer gives the wallet's signatures.
func (c *Client) SignTransfer(ctx context.Context, id string, sig api.TransferSignatures) (*api.Transfer, error) {
	var r api.Transfer
	return &r, c.do(ctx, http.MethodPost, "/ri/v1/transfers/"+url.PathEscape(id)+"/signatures", sig, &r)
}

// CosignTransfer gives the platform's co-signature.
func (c *Client) CosignTransfer(ctx context.Context, id string) (*api.Transfer, error) {
	var r api.Transfer
	return &r, c.do(ctx, http.MethodPost, "/ri/v1/transfers/"+url.PathEscape(id)+"/cosign", nil, &r)
}

// SetSecondDevice registers a wallet's second device.
func (c *Client) SetSecondDevice(ctx context.Context, wallet string, req api.SecondDeviceRequest) error {
	return c.do(ctx, http.MethodPut, "/ri/v1/wallets/"+url.PathEscape(wallet)+"/second-device", req, nil)
}

// PrepareMove builds a cross-chain move for the sender's wallet.
func (c *Client) PrepareMove(ctx context.Context, req api.MoveRequest) (*api.PreparedMove, error) {
	var r api.PreparedMove
	return &r, c.do(ctx, http.MethodPost, "/ri/v1/moves/prepare", req, &r)
}

// MovePrepared reads a prepared move again.
func (c *Client) MovePrepared(ctx context.Context, id string) (*api.PreparedMove, error) {
	var r api.PreparedMove
	return &r, c.do(ctx, http.MethodGet, "/ri/v1/moves/"+url.PathEscape(id)+"/prepared", nil, &r)
}

// AdvanceMove takes a move as far as it goes now.
func (c *Client) AdvanceMove(ctx context.Context, id string) (*api.Move, error) {
	var r api.Move
	return &r, c.do(ctx, http.MethodPost, "/ri/v1/moves/"+url.PathEscape(id)+"/advance", nil, &r)
}

// MoveList lists moves.
func (c *Client) MoveList(ctx context.Context) ([]api.Move, error) {
	var out []api.Move
	return out, c.do(ctx, http.MethodGet, "/ri/v1/moves", nil, &out)
}

// MoveShow shows one move.
func (c *Client) MoveShow(ctx context.Context, id string) (*api.Move, error) {
	var r api.Move
	return &r, c.do(ctx, http.MethodGet, "/ri/v1/moves/"+url.PathEscape(id), nil, &r)
}

// SetChannelAttesters lists a channel's attesters in the registry.
func (c *Client) SetChannelAttesters(ctx context.Context, req api.ChannelAttestersRequest) (*api.ChannelAttesters, error) {
	var r api.ChannelAttesters
	return &r, c.do(ctx, http.MethodPut, "/ri/v1/channel-attesters", req, &r)
}

// Quote asks for an exchange quote.
func (c *Client) Quote(ctx context.Context, q api.ExchangeRequest) (*api.Quote, error) {
	var out api.Quote
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/exchange/quote", q, &out)
}

// Swap fills a quote.
func (c *Client) Swap(ctx context.Context, q api.ExchangeRequest) (*api.Swap, error) {
	var out api.Swap
	return &out, c.doKeyed(ctx, http.MethodPost, "/ri/v1/exchange/swap", q.IdempotencyKey, q, &out)
}

// Partners are the operator's partners.
func (c *Client) Partners(ctx context.Context) ([]string, error) {
	var out []string
	return out, c.do(ctx, http.MethodGet, "/ri/v1/partners", nil, &out)
}

// SetPartner trusts a DID as a partner, or stops trusting it.
func (c *Client) SetPartner(ctx context.Context, did string, trusted bool) ([]string, error) {
	method := http.MethodPut
	if !trusted {
		method = http.MethodDelete
	}
	var out []string
	return out, c.do(ctx, method, "/ri/v1/partners/"+url.PathEscape(did), nil, &out)
}
