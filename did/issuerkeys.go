package did

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// An issuer that is not a DID but an HTTPS URL publishes its keys as JWT
// VC issuer metadata (SD-JWT VC, "JWT VC Issuer Metadata"): a JSON object
// at https://host/.well-known/jwt-vc-issuer/path whose issuer is the
// issuer's URL and whose jwks (or the JWKS at jwks_uri) lists its keys. A
// credential's kid names one of them (its kid or RFC 7638 thumbprint).

const (
	maxIssuerMetadata = 64 << 10
	maxIssuerKeys     = 16
)

// ErrIssuerKeys is wrapped by every reason an issuer's published keys
// could not be read.
var ErrIssuerKeys = errors.New("the issuer's published keys could not be read")

// IssuerMetadataURL is where an HTTPS issuer's JWT VC issuer metadata is:
// the well-known segment between the host and the issuer's path.
func IssuerMetadataURL(issuer string) (*url.URL, error) {
	u, err := url.Parse(issuer)
	if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("%w: issuer %q is not an https URL without query or fragment", ErrIssuerKeys, issuer)
	}
	out := *u
	out.Path = "/.well-known/jwt-vc-issuer" + strings.TrimSuffix(u.Path, "/")
	out.RawPath = ""
	return &out, nil
}

type cachedKeys struct {
	keys    []*KnownKey
	expires time.Time
}

// IssuerKeys reads the keys an HTTPS issuer publishes, over the resolver's
// HTTP client (HTTPS only, bounded in size and time like did:web), kept for
// the resolver's TTL. Each key stands for the issuer.
func (r *Resolver) IssuerKeys(ctx context.Context, issuer string) ([]*KnownKey, error) {
	meta, err := IssuerMetadataURL(issuer)
	if err != nil {
		return nil, err
	}
	now := r.opts.Now()
	if c, ok := r.issuerKeys.Get(issuer); ok && now.Before(c.expires) {
		return c.keys, nil
	}
	timeout := 10 * time.Second
	if t, ok := r.opts.Timeouts["web"]; ok {
		timeout = t
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var doc struct {
		Issuer  string          `json:"issuer"`
		JWKS    json.RawMessage `json:"jwks"`
		JWKSURI string          `json:"jwks_uri"`
	}
	if err := r.getJSON(ctx, meta.String(), &doc); err != nil {
		return nil, err
	}
	if doc.Issuer != issuer {
		return nil, fmt.Errorf("%w: %s names issuer %q, not %s", ErrIssuerKeys, meta, doc.Issuer, issuer)
	}
	jwks := doc.JWKS
	switch {
	case jwks != nil && doc.JWKSURI != "":
		return nil, fmt.Errorf("%w: %s gives both jwks and jwks_uri", ErrIssuerKeys, meta)
	case jwks == nil:
		u, err := url.Parse(doc.JWKSURI)
		if err != nil || u.Scheme != "https" {
			return nil, fmt.Errorf("%w: %s gives no jwks and no https jwks_uri", ErrIssuerKeys, meta)
		}
		if err := r.getJSON(ctx, u.String(), &jwks); err != nil {
			return nil, err
		}
	}
	var set struct {
		Keys []json.RawMessage `json:"keys"`
	}
	if err := json.Unmarshal(jwks, &set); err != nil || len(set.Keys) == 0 || len(set.Keys) > maxIssuerKeys {
		return nil, fmt.Errorf("%w: the JWKS of %s holds no keys, or more than %d", ErrIssuerKeys, issuer, maxIssuerKeys)
	}
	keys := make([]*KnownKey, 0, len(set.Keys))
	for i, raw := range set.Keys {
		k, err := ParseKnownKey(raw)
		if err != nil {
			return nil, fmt.Errorf("%w: key %d of %s: %v", ErrIssuerKeys, i+1, issuer, err)
		}
		k.Controller = issuer
		keys = append(keys, k)
	}
	if r.opts.TTL >= 0 {
		r.issuerKeys.Add(issuer, cachedKeys{keys: keys, expires: now.Add(r.opts.TTL)})
	}
	return keys, nil
}

// getJSON fetches a JSON document of at most maxIssuerMetadata bytes.
func (r *Resolver) getJSON(ctx context.Context, target string, v any) error {
	status, data, err := httpGet(ctx, r.opts.HTTP, target, "application/json", maxIssuerMetadata)
	switch {
	case err != nil:
		return fmt.Errorf("%w: %v", ErrIssuerKeys, err)
	case status != http.StatusOK:
		return fmt.Errorf("%w: %s answers %d %s", ErrIssuerKeys, target, status, http.StatusText(status))
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: %s is not JSON: %v", ErrIssuerKeys, target, err)
	}
	return nil
}

// publishedKeys are the keys to check a token by when its kid is no DID
// URL: those an HTTPS issuer publishes. ok is false when the issuer is no
// HTTPS URL, so the caller reports the kid it cannot resolve.
func publishedKeys(ctx context.Context, r *Resolver, kid, issuer string) (keys []*KnownKey, ok bool, err error) {
	controller, _, _ := cutFragment(kid)
	if _, _, derr := Method(controller); derr == nil || !strings.HasPrefix(issuer, "https://") || r == nil {
		return nil, false, nil
	}
	keys, err = r.IssuerKeys(ctx, issuer)
	return keys, true, err
}
