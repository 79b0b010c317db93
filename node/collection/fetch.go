package collection

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/ipfs/go-cid"
)

// MaxMetadataBytes is the most metadata JSON FetchMetadata reads: a token's
// metadata is a small JSON file (mifm's own fit in one IPFS block), and
// inline data: images make the large ones.
const MaxMetadataBytes = 256 << 10

// Errors FetchMetadata returns (wrapped).
var (
	// ErrUnsupportedScheme: the URI's scheme is not one the node fetches
	// metadata from, or the fetcher for it was not given.
	ErrUnsupportedScheme = errors.New("metadata URI scheme not supported")
	// ErrTooLarge: the metadata is larger than allowed.
	ErrTooLarge = errors.New("metadata too large")
	// ErrFetch: the metadata's host answered, but not with the metadata.
	ErrFetch = errors.New("metadata not fetched")
)

// Fetchers are the ways to metadata a caller gives FetchMetadata: a
// collection's metadata URI is a stranger's choice, so every request goes
// through the node's own guarded clients.
type Fetchers struct {
	// IPFS returns the bytes of the file at path below c ("" for c
	// itself), at most max bytes (more is an error), every block checked
	// against its CID. Nil refuses ipfs:// URIs.
	IPFS func(ctx context.Context, c cid.Cid, path string, max int64) ([]byte, error)
	// HTTP fetches https:// URIs: the node's egress client, which refuses
	// private addresses. Nil refuses https:// URIs.
	HTTP *http.Client
	// AllowHTTP lets http:// URIs through HTTP too: for tests and private
	// networks, never for the public internet, where anyone on the path
	// could change the metadata.
	AllowHTTP bool
	// MaxBytes caps the metadata; 0 or more than MaxMetadataBytes means
	// MaxMetadataBytes. A policy's Rules.MaxMetadataBytes goes here.
	MaxBytes int64
}

func (f Fetchers) max() int64 {
	if f.MaxBytes <= 0 || f.MaxBytes > MaxMetadataBytes {
		return MaxMetadataBytes
	}
	return f.MaxBytes
}

// FetchMetadata reads the metadata JSON at uri and parses it (ParseMetadata):
// data: URIs are decoded in place, ipfs:// URIs go through f.IPFS, https://
// (and, when allowed, http://) URIs through f.HTTP. Every other scheme is
// refused, and so is anything over f's size bound; ctx bounds the time.
func FetchMetadata(ctx context.Context, uri string, f Fetchers) (*Metadata, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	max := f.max()
	if len(uri) > MaxURIBytes {
		return nil, fmt.Errorf("%w: the URI is %d bytes, more than %d", ErrBadURI, len(uri), MaxURIBytes)
	}
	scheme, err := uriScheme(uri)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %s", ErrBadURI, clip(uri), err)
	}
	if scheme != "data" && len(uri) > maxLinkURIBytes {
		return nil, fmt.Errorf("%w: the URI is %d bytes, more than %d for a link", ErrBadURI, len(uri), maxLinkURIBytes)
	}
	var data []byte
	switch scheme {
	case "data":
		d, err := ParseDataURI(uri, max)
		if err != nil {
			return nil, fmt.Errorf("metadata %q: %w", clip(uri), err)
		}
		switch d.MediaType {
		case "", "application/json", "text/plain":
		default:
			return nil, fmt.Errorf("%w: data: URI of %s, not application/json", ErrBadMetadata, d.MediaType)
		}
		if cs, ok := d.Params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii") {
			return nil, fmt.Errorf("%w: data: URI in charset %q; metadata JSON is UTF-8", ErrBadMetadata, cs)
		}
		data = d.Data
	case "ipfs":
		p, err := ParseIPFSURI(uri)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadURI, err)
		}
		if f.IPFS == nil {
			return nil, fmt.Errorf("%w: %s: this node was given no IPFS fetcher", ErrUnsupportedScheme, clip(uri))
		}
		if data, err = f.IPFS(ctx, p.CID, p.Path, max); err != nil {
			return nil, fmt.Errorf("fetch metadata %s: %w", p, err)
		}
		if int64(len(data)) > max {
			return nil, fmt.Errorf("%w: %s is more than %d bytes", ErrTooLarge, p, max)
		}
		// A raw block is its own file: its hash must be its CID, whatever
		// the fetcher checked.
		if p.Path == "" && p.CID.Type() == cid.Raw {
			if sum, err := p.CID.Prefix().Sum(data); err != nil || !sum.Equals(p.CID) {
				return nil, fmt.Errorf("%w: the bytes fetched for %s hash to %s", ErrFetch, p.CID, sum)
			}
		}
	case "https", "http":
		if data, err = fetchHTTP(ctx, uri, scheme, f, max); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: %s", ErrUnsupportedScheme, schemeRefusal(scheme))
	}
	m, err := ParseMetadata(data)
	if err != nil {
		return nil, fmt.Errorf("metadata at %s: %w", clip(uri), err)
	}
	m.URI = uri
	return m, nil
}

// schemeRefusal says why a scheme is refused, in the terms of what it is.
func schemeRefusal(scheme string) string {
	switch scheme {
	case "ar":
		return "ar:// (Arweave) URIs are not fetched by this node; ask the collection for ipfs://, https:// or data: metadata"
	case "file":
		return "file:// URIs name a file on the minter's own machine, which no one else can read"
	case "javascript", "vbscript":
		return scheme + ": URIs are code, not metadata"
	}
	return fmt.Sprintf("%s: URIs are not one of ipfs://, https:// or data:", scheme)
}

// fetchHTTP GETs uri through f.HTTP: 2xx only, at most max bytes, and no
// redirect to another scheme (nor from https to http).
func fetchHTTP(ctx context.Context, uri, scheme string, f Fetchers, max int64) ([]byte, error) {
	if f.HTTP == nil {
		return nil, fmt.Errorf("%w: %s: this node was given no HTTP client", ErrUnsupportedScheme, clip(uri))
	}
	if scheme == "http" && !f.AllowHTTP {
		return nil, fmt.Errorf("%w: http:// metadata could be changed by anyone on the way; ask for https://", ErrUnsupportedScheme)
	}
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return nil, fmt.Errorf("%w: %q is not an http(s)://host/path URL", ErrBadURI, clip(uri))
	}
	if u.User != nil {
		return nil, fmt.Errorf("%w: %s carries credentials", ErrBadURI, u.Redacted())
	}
	u.Fragment, u.RawFragment = "", ""
	client := *f.HTTP
	next := client.CheckRedirect
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		switch s := req.URL.Scheme; {
		case s == "https", s == "http" && f.AllowHTTP && via[0].URL.Scheme == "http":
		default:
			return fmt.Errorf("%w: redirect from %s to %s:// refused", ErrFetch, via[len(via)-1].URL.Redacted(), s)
		}
		if next != nil {
			return next(req, via)
		}
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadURI, err)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch metadata %s: %w", u.Redacted(), err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%w: %s answered %s", ErrFetch, u.Redacted(), resp.Status)
	}
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%w: %s declares %d bytes, more than %d", ErrTooLarge, u.Redacted(), resp.ContentLength, max)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("fetch metadata %s: %w", u.Redacted(), err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: %s sent more than %d bytes", ErrTooLarge, u.Redacted(), max)
	}
	return data, nil
}
