package re

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/mifm/mifm/node/egress"
)

// MaxResponse caps what a peer's answer may weigh.
const MaxResponse = 4 << 20

// DefaultTimeout bounds a request of a Client without its own HTTP client.
const DefaultTimeout = time.Minute

// Client sends signed requests to other nodes.
type Client struct {
	Signer *Signer
	// HTTP sends the requests; nil means a node/egress client that refuses
	// private addresses and gives up after DefaultTimeout.
	HTTP *http.Client
	Now  func() time.Time

	once sync.Once
	def  *http.Client
}

// Do sends a signed request to baseURL+path addressed to aud, with in as
// the JSON body (nil: none), and decodes the answer into out (nil: drop
// it). An error answer comes back as a *Problem; a peer that cannot be
// reached as a *Problem with CodeUnavailable.
func (c *Client) Do(ctx context.Context, method, baseURL, path, aud string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return fmt.Errorf("encode %s %s: %w", method, path, err)
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimSuffix(baseURL, "/")+path, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json, application/problem+json")
	now := time.Now()
	if c.Now != nil {
		now = c.Now()
	}
	if err := c.Signer.Sign(req, body, aud, now); err != nil {
		return err
	}
	hc := c.HTTP
	if hc == nil {
		c.once.Do(func() { c.def = egress.New(egress.Config{}).Client(egress.Limits{Timeout: DefaultTimeout}) })
		hc = c.def
	}
	resp, err := hc.Do(req)
	if err != nil {
		return NewProblem(http.StatusServiceUnavailable, CodeUnavailable, "%s %s: %v", method, req.URL.Redacted(), err)
	}
	defer resp.Body.Close()
	return DecodeAnswer(resp, out)
}

// DecodeAnswer reads a JSON answer into out, or its problem as an error.
func DecodeAnswer(resp *http.Response, out any) error {
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponse+1))
	if err != nil {
		return NewProblem(http.StatusServiceUnavailable, CodeUnavailable, "read answer of %s: %v", resp.Request.URL.Redacted(), err)
	}
	if len(data) > MaxResponse {
		return NewProblem(http.StatusBadGateway, CodeBadRequest, "the answer of %s is larger than %d bytes", resp.Request.URL.Redacted(), MaxResponse)
	}
	if resp.StatusCode >= 400 {
		p := new(Problem)
		if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt == "application/problem+json" && json.Unmarshal(data, p) == nil && p.Status != 0 {
			return p
		}
		return NewProblem(resp.StatusCode, CodeInternal, "%s answered %s: %s", resp.Request.URL.Redacted(), resp.Status, strings.TrimSpace(string(data[:min(len(data), 200)])))
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("decode answer of %s: %w", resp.Request.URL.Redacted(), err)
	}
	return nil
}
