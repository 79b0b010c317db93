package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/transfer"
)

// Client is the API of a running node, over its RI API.
type Client struct {
	Info  Info
	token string
	http  *http.Client
}

// Dial connects to the daemon serving h, or returns ErrNotRunning.
func Dial(ctx context.Context, h *home.Home) (*Client, error) {
	info := Running(h)
	if info == nil {
		return nil, ErrNotRunning
	}
	token, err := h.RIToken()
	if err != nil {
		return nil, err
	}
	c := &Client{Info: *info, token: token, http: &http.Client{}}
	hc, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	if err := c.do(hc, http.MethodGet, "/healthz", nil, nil); err != nil {
		return nil, fmt.Errorf("%w: pid %d does not answer on %s: %v", ErrNotRunning, info.PID, info.RI, err)
	}
	return c, nil
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.Info.RI+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("node RI API %s: %w", c.Info.RI, err)
	}
	defer resp.Body.Close()
	err = re.DecodeAnswer(resp, out)
	var p *re.Problem
	if errors.As(err, &p) && p.Detail != "" {
		// The in-process API returns the same text: print it the same way.
		return &remoteError{p: p}
	}
	return err
}

// remoteError is a problem from the daemon, shown as its detail.
type remoteError struct{ p *re.Problem }

func (e *remoteError) Error() string { return e.p.Detail }
func (e *remoteError) Unwrap() error { return e.p }

// Close does nothing: the daemon keeps running.
func (c *Client) Close() error { return nil }

// Status of the node.
func (c *Client) Status(ctx context.Context) (*Status, error) {
	var s Status
	return &s, c.do(ctx, http.MethodGet, "/ri/v1/node", nil, &s)
}

// Manifesto is the registered manifesto.
func (c *Client) Manifesto(ctx context.Context) (*manage.Signed, error) {
	var s manage.Signed
	return &s, c.do(ctx, http.MethodGet, "/ri/v1/manifesto", nil, &s)
}

// SetManifesto registers a manifesto.
func (c *Client) SetManifesto(ctx context.Context, m *manage.Manifesto) (*manage.Signed, error) {
	var s manage.Signed
	return &s, c.do(ctx, http.MethodPut, "/ri/v1/manifesto", m, &s)
}

// OpenChannel negotiates a channel.
func (c *Client) OpenChannel(ctx context.Context, target string, opts manage.OpenOptions) (*manage.Channel, error) {
	var ch manage.Channel
	return &ch, c.do(ctx, http.MethodPost, "/ri/v1/channels", OpenChannelRequest{Peer: target, Bridge: opts.Bridge, Require: opts.Require}, &ch)
}

// Channels lists the channels.
func (c *Client) Channels(ctx context.Context) ([]manage.Channel, error) {
	var out []manage.Channel
	return out, c.do(ctx, http.MethodGet, "/ri/v1/channels", nil, &out)
}

// Channel shows one channel.
func (c *Client) Channel(ctx context.Context, id string) (*manage.Channel, error) {
	var ch manage.Channel
	return &ch, c.do(ctx, http.MethodGet, "/ri/v1/channels/"+url.PathEscape(id), nil, &ch)
}

// Send sends a message over a channel.
func (c *Client) Send(ctx context.Context, id string, m manage.Message) (*manage.Receipt, error) {
	var r manage.Receipt
	return &r, c.do(ctx, http.MethodPost, "/ri/v1/channels/"+url.PathEscape(id)+"/messages", m, &r)
}

// AuditLog lists audit entries.
func (c *Client) AuditLog(ctx context.Context, q AuditQuery) ([]audit.Entry, error) {
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
	path := "/ri/v1/audit"
	if len(v) > 0 {
		path += "?" + v.Encode()
	}
	var out []audit.Entry
	return out, c.do(ctx, http.MethodGet, path, nil, &out)
}

// VerifyAudit recomputes the audit chain.
func (c *Client) VerifyAudit(ctx context.Context) (*audit.Report, error) {
	var r audit.Report
	return &r, c.do(ctx, http.MethodGet, "/ri/v1/audit/verify", nil, &r)
}

var (
	_ API = (*Client)(nil)
	_ API = (*Core)(nil)
)

// StartTransfer starts a transfer.
func (c *Client) StartTransfer(ctx context.Context, req transfer.Request) (*transfer.Record, error) {
	var r transfer.Record
	return &r, c.do(ctx, http.MethodPost, "/ri/v1/transfers", TransferRequest{
		Asset: req.Asset, Amount: req.Amount, From: req.From, ToPlatform: req.ToPlatform, To: req.To,
		Deadline: req.Deadline.String(), Rights: req.Rights, Visibility: req.Visibility,
	}, &r)
}

// TransferList lists transfers.
func (c *Client) TransferList(ctx context.Context) ([]transfer.Record, error) {
	var out []transfer.Record
	return out, c.do(ctx, http.MethodGet, "/ri/v1/transfers", nil, &out)
}

// TransferShow shows one transfer.
func (c *Client) TransferShow(ctx context.Context, id string) (*transfer.Record, error) {
	var r transfer.Record
	return &r, c.do(ctx, http.MethodGet, "/ri/v1/transfers/"+url.PathEscape(id), nil, &r)
}

// Quote asks for an exchange quote.
func (c *Client) Quote(ctx context.Context, q ExchangeRequest) (*transfer.Quote, error) {
	var out transfer.Quote
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/exchange/quote", q, &out)
}

// Swap fills a quote.
func (c *Client) Swap(ctx context.Context, q ExchangeRequest) (*transfer.Swap, error) {
	var out transfer.Swap
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/exchange/swap", q, &out)
}
