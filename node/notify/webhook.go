package notify

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// The headers of a webhook delivery.
//
// The signature is HMAC-SHA256, keyed with the webhook secret (the text of
// the home's webhook-secret file, surrounding white space trimmed), over
// the timestamp header's value, a full stop, and the raw body:
//
//	Mifm-Signature: v1=hex(HMAC-SHA256(secret, timestamp + "." + body))
//
// The timestamp is the delivery attempt's Unix time in seconds, so a
// receiver refuses a delivery whose timestamp is far from its own clock (a
// replay); it remembers Mifm-Event-Id to drop a redelivered event it has
// already handled. The signature header may carry several comma-separated
// v1= values; one that verifies suffices.
const (
	HeaderID        = "Mifm-Event-Id"
	HeaderType      = "Mifm-Event-Type"
	HeaderTimestamp = "Mifm-Timestamp"
	HeaderSignature = "Mifm-Signature"
	// DefaultTolerance is how far Verify lets a timestamp be from now.
	DefaultTolerance = 5 * time.Minute
)

// Errors of Verify.
var (
	ErrBadSignature = errors.New("webhook signature does not verify")
	ErrStale        = errors.New("webhook timestamp out of tolerance")
)

// Sign is the Mifm-Signature value of body sent at Unix time ts.
func Sign(secret []byte, ts int64, body []byte) string {
	return "v1=" + hex.EncodeToString(mac(secret, strconv.FormatInt(ts, 10), body))
}

func mac(secret []byte, ts string, body []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(ts))
	m.Write([]byte{'.'})
	m.Write(body)
	return m.Sum(nil)
}

// Verify checks a webhook delivery as a Go receiver gets it: the signature
// over the timestamp and the raw body, and the timestamp within tolerance
// of now (0: DefaultTolerance). Read the body whole (bounded: a node sends
// at most MaxEventBytes) before calling it, and decode it only if Verify
// returns nil.
func Verify(secret []byte, h http.Header, body []byte, now time.Time, tolerance time.Duration) error {
	if len(secret) == 0 {
		return fmt.Errorf("%w: no secret to verify with", ErrBadSignature)
	}
	if tolerance <= 0 {
		tolerance = DefaultTolerance
	}
	tsText := h.Get(HeaderTimestamp)
	ts, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: %s %q is not Unix seconds", ErrStale, HeaderTimestamp, tsText)
	}
	if d := now.Sub(time.Unix(ts, 0)); d > tolerance || d < -tolerance {
		return fmt.Errorf("%w: sent at %s, %s from now (tolerance %s)", ErrStale, time.Unix(ts, 0).UTC().Format(time.RFC3339), d.Round(time.Second), tolerance)
	}
	want := mac(secret, tsText, body)
	for _, v := range strings.Split(h.Get(HeaderSignature), ",") {
		got, ok := strings.CutPrefix(strings.TrimSpace(v), "v1=")
		if !ok {
			continue
		}
		if b, err := hex.DecodeString(got); err == nil && hmac.Equal(b, want) {
			return nil
		}
	}
	return ErrBadSignature
}

// CheckURL accepts a webhook URL: https, or http on loopback (the signed
// events of a transfer should not cross a network in clear).
func CheckURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil || (u.Scheme != "https" && !(u.Scheme == "http" && loopback(u.Hostname()))) {
		shown := "(not a URL)"
		if err == nil {
			shown = u.Redacted() // a password in the URL stays out of the error
		}
		return fmt.Errorf("webhook URL %s: want https://host/path, or http:// on loopback (127.0.0.1, ::1, localhost), without user info", shown)
	}
	return nil
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// WebhookConfig shapes a Webhook.
type WebhookConfig struct {
	// URL is the platform back end's endpoint (CheckURL).
	URL string
	// Secret keys the HMAC; at least 16 bytes.
	Secret []byte
	Outbox *Outbox
	// Timeout bounds one delivery attempt, answer included (10 s).
	Timeout time.Duration
	// MinBackoff and MaxBackoff bound the wait before a retry (1 s, 5
	// min); it doubles per failed attempt, with jitter.
	MinBackoff, MaxBackoff time.Duration
	// Client sends the deliveries; nil: a client that follows no
	// redirects (a signed event goes to the configured URL only).
	Client *http.Client
	Now    func() time.Time
	Log    *slog.Logger
}

// Webhook delivers the outbox's events to the platform's back end, one at
// a time in order, each until a 2xx answer acknowledges it.
type Webhook struct {
	cfg WebhookConfig
}

// NewWebhook validates cfg and fills in its defaults.
func NewWebhook(cfg WebhookConfig) (*Webhook, error) {
	if err := CheckURL(cfg.URL); err != nil {
		return nil, err
	}
	if len(cfg.Secret) < 16 {
		return nil, fmt.Errorf("webhook secret of %d bytes: want at least 16", len(cfg.Secret))
	}
	if cfg.Outbox == nil {
		return nil, errors.New("webhook config: Outbox is required")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.MinBackoff <= 0 {
		cfg.MinBackoff = time.Second
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 5 * time.Minute
	}
	if cfg.MaxBackoff < cfg.MinBackoff {
		return nil, fmt.Errorf("webhook config: MaxBackoff %s is below MinBackoff %s", cfg.MaxBackoff, cfg.MinBackoff)
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	return &Webhook{cfg: cfg}, nil
}

// Run delivers events until ctx is done, from the first the back end has
// not acknowledged (after a restart too). It returns ctx's error.
func (w *Webhook) Run(ctx context.Context) error {
	o := w.cfg.Outbox
	failures := 0
	for {
		changed := o.Changed()
		evs, err := o.List(o.Acked(), 1)
		if err != nil {
			w.cfg.Log.Error("webhook: read the event outbox", "error", err)
		}
		if err != nil || len(evs) == 0 {
			wait := w.backoff(failures)
			if err == nil {
				wait = time.Hour // until the next event
			}
			if !sleep(ctx, wait, changed) {
				return ctx.Err()
			}
			continue
		}
		ev := evs[0]
		if err := w.deliver(ctx, ev); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failures++
			wait := w.backoff(failures)
			w.cfg.Log.Warn("webhook delivery failed; retrying", "event", ev.ID, "type", ev.Type, "attempt", failures, "retry_in", wait.Round(time.Millisecond), "error", err)
			if !sleep(ctx, wait, nil) {
				return ctx.Err()
			}
			continue
		}
		failures = 0
		if err := o.Ack(ev.Seq); err != nil {
			// Delivered but not recorded: it goes again (at least once).
			w.cfg.Log.Error("webhook: record an acknowledgement", "event", ev.ID, "error", err)
		}
	}
}

// backoff is MinBackoff doubled per failure up to MaxBackoff, scaled by a
// random factor in [0.5, 1) so many nodes do not retry in step.
func (w *Webhook) backoff(failures int) time.Duration {
	d := w.cfg.MinBackoff
	for i := 1; i < failures && d < w.cfg.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, w.cfg.MaxBackoff)
	return time.Duration(float64(d) * (0.5 + rand.Float64()/2))
}

func sleep(ctx context.Context, d time.Duration, wake <-chan struct{}) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
	case <-wake:
	}
	return true
}

// deliver POSTs one event, signed, and wants a 2xx.
func (w *Webhook) deliver(ctx context.Context, ev Event) error {
	body, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, w.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.cfg.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	ts := w.cfg.Now().Unix()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "mifm-webhook/1")
	req.Header.Set(HeaderID, ev.ID)
	req.Header.Set(HeaderType, ev.Type)
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
	req.Header.Set(HeaderSignature, Sign(w.cfg.Secret, ts, body))
	resp, err := w.cfg.Client.Do(req)
	if err != nil {
		// Not the URL: an operator may have put a credential in it.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("POST to the webhook: %w", err)
	}
	defer resp.Body.Close()
	// Read a little of the answer so the connection can be reused; the
	// back end's words are not the node's business.
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("the webhook answered %s", resp.Status)
	}
	return nil
}
