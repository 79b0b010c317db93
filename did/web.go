package did

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// maxWebDocument bounds a did.json fetched for did:web.
const maxWebDocument = 1 << 20

// WebURL is where a did:web's document lives (did:web method, "Read"): the
// first segment is the host (a port percent-encoded as %3A), the others a
// path; with no path, /.well-known/did.json.
func WebURL(did string) (*url.URL, error) {
	method, id, err := Method(did)
	if err != nil {
		return nil, err
	}
	if method != "web" {
		return nil, fmt.Errorf("%w: %s is not a did:web", ErrInvalidDID, did)
	}
	parts := strings.Split(id, ":")
	host, err := url.PathUnescape(parts[0])
	if err != nil || host == "" || strings.ContainsAny(host, "/?#@") {
		return nil, fmt.Errorf("%w: %s: %q is not a host", ErrInvalidDID, did, parts[0])
	}
	u := &url.URL{Scheme: "https", Host: host}
	if len(parts) == 1 {
		u.Path = "/.well-known/did.json"
		return u, nil
	}
	segs := make([]string, 0, len(parts)-1)
	for _, p := range parts[1:] {
		seg, err := url.PathUnescape(p)
		if err != nil || seg == "" || seg == "." || seg == ".." || strings.Contains(seg, "/") {
			return nil, fmt.Errorf("%w: %s: path segment %q", ErrInvalidDID, did, p)
		}
		segs = append(segs, seg)
	}
	u.Path = "/" + strings.Join(segs, "/") + "/did.json"
	return u, nil
}

// resolveWeb fetches a did:web's document over HTTPS and checks that it is
// the document of that DID.
func resolveWeb(ctx context.Context, client *http.Client, did string) (*Document, error) {
	u, err := WebURL(did)
	if err != nil {
		return nil, err
	}
	status, data, err := httpGet(ctx, client, u.String(), "application/did+json, application/json", maxWebDocument)
	switch {
	case err != nil:
		return nil, err
	case status == http.StatusNotFound || status == http.StatusGone:
		return nil, fmt.Errorf("%w: %s answers %d %s", ErrNotFound, u, status, http.StatusText(status))
	case status != http.StatusOK:
		return nil, fmt.Errorf("fetch %s: %d %s", u, status, http.StatusText(status))
	}
	doc, err := ParseDocument(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	if doc.ID != did {
		return nil, fmt.Errorf("%s holds the document of %q, not of %s", u, doc.ID, did)
	}
	return doc, nil
}

// httpGet fetches target over client, at most max bytes of it: the status,
// and the body when the status is 200. A larger body is an error.
func httpGet(ctx context.Context, client *http.Client, target, accept string, max int) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("fetch %s: %w", target, err)
	}
	req.Header.Set("Accept", accept)
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("fetch %s: %w", target, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, nil, nil
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, int64(max)+1))
	if err != nil {
		return 0, nil, fmt.Errorf("fetch %s: %w", target, err)
	}
	if len(data) > max {
		return 0, nil, fmt.Errorf("%s is larger than %d bytes", target, max)
	}
	return resp.StatusCode, data, nil
}

// ParseDocument decodes a DID document from outside and checks its shape:
// an id that is a DID, and verification methods and relationships that
// belong to it.
func ParseDocument(data []byte) (*Document, error) {
	var raw struct {
		Context any `json:"@context"`
		Document
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("not a DID document: %w", err)
	}
	doc := raw.Document
	switch c := raw.Context.(type) {
	case string:
		doc.Context = []any{c}
	case []any:
		doc.Context = c
	case nil:
	default:
		return nil, errors.New("not a DID document: @context is neither a string nor a list")
	}
	if _, _, err := Method(doc.ID); err != nil {
		return nil, fmt.Errorf("not a DID document: id: %w", err)
	}
	for _, vm := range doc.VerificationMethod {
		if vm.ID == "" || vm.Type == "" || vm.Controller == "" {
			return nil, fmt.Errorf("not a DID document: verification method %q lacks id, type or controller", vm.ID)
		}
	}
	return &doc, nil
}
