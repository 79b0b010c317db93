package riclient

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/re"
)

// ResolveDID resolves a DID with the node's resolver. The node answers a
// failed resolution with the W3C DID Resolution result and an error status
// (the DID Resolution HTTP binding); it comes back here as the resolution
// beside an error that wraps the did package's sentinel for its code.
func (c *Client) ResolveDID(ctx context.Context, req api.ResolveRequest) (*api.Resolution, error) {
	base, query, _ := strings.Cut(req.DID, "?")
	v := url.Values{}
	if query != "" {
		q, err := url.ParseQuery(query)
		if err != nil || len(q["versionId"]) != 1 || len(q) != 1 {
			return nil, fmt.Errorf("%w: %q: the only DID parameter mifm resolves is versionId=<number>", did.ErrInvalidDID, req.DID)
		}
		v.Set("versionId", q.Get("versionId"))
	}
	if req.KeyFormat != "" {
		v.Set("keyFormat", req.KeyFormat)
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+withQuery("/ri/v1/dids/"+url.PathEscape(base), v), nil)
	if err != nil {
		return nil, err
	}
	hr.Header.Set("Authorization", "Bearer "+c.token)
	hr.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("node RI API %s: %w", c.base, err)
	}
	defer resp.Body.Close()
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt == "application/problem+json" || resp.StatusCode/100 == 2 {
		var res api.Resolution
		if err := asError(re.DecodeAnswer(resp, &res)); err != nil {
			return nil, err
		}
		return &res, nil
	}
	var res api.Resolution
	data, err := io.ReadAll(io.LimitReader(resp.Body, re.MaxResponse))
	if err != nil {
		return nil, fmt.Errorf("read the node's answer: %w", err)
	}
	if err := json.Unmarshal(data, &res); err != nil || res.ResolutionMetadata.Error == "" {
		return nil, fmt.Errorf("node RI API %s answered %s to a DID resolution without a resolution result", c.base, resp.Status)
	}
	return &res, &ResolutionError{Code: res.ResolutionMetadata.Error, Message: res.ResolutionMetadata.Message}
}

// ResolutionError is a failed resolution the node reported: Message is the
// node's error text, Code the DID Resolution error code.
type ResolutionError struct{ Code, Message string }

func (e *ResolutionError) Error() string { return e.Message }

// Is matches the did package's sentinel of the code, so callers branch the
// same on a remote resolution as on a local one.
func (e *ResolutionError) Is(target error) bool {
	switch e.Code {
	case "invalidDid":
		return target == did.ErrInvalidDID
	case "invalidPublicKeyLength":
		return target == did.ErrInvalidDID || target == did.ErrInvalidPublicKeyLength
	case "invalidPublicKey":
		return target == did.ErrInvalidDID || target == did.ErrInvalidPublicKey
	case "invalidPublicKeyType":
		return target == did.ErrInvalidDID || target == did.ErrInvalidPublicKeyType
	case "unsupportedPublicKeyType":
		return target == did.ErrInvalidDID || target == did.ErrUnsupportedPublicKeyType
	case "notFound":
		return target == did.ErrNotFound
	case "methodNotSupported":
		return target == did.ErrMethodNotSupported
	}
	return false
}

var _ error = (*ResolutionError)(nil)

// DIDs are the DIDs whose keys the node's home keeps.
func (c *Client) DIDs(ctx context.Context) ([]api.StoredDID, error) {
	out := []api.StoredDID{}
	return out, c.do(ctx, http.MethodGet, "/ri/v1/dids", nil, &out)
}

// CreateDID makes a DID whose key the node's home keeps.
func (c *Client) CreateDID(ctx context.Context, req api.CreateDIDRequest) (*api.CreatedDID, error) {
	var out api.CreatedDID
	if err := c.do(ctx, http.MethodPost, "/ri/v1/dids", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// VerifyCredential verifies a credential under a policy.
func (c *Client) VerifyCredential(ctx context.Context, req api.VerifyCredentialRequest) (*api.CredentialVerdict, error) {
	var out api.CredentialVerdict
	if err := c.do(ctx, http.MethodPost, "/ri/v1/credentials/verify", req, &out); err != nil {
		return nil, err
	}
	if out.Verification == nil {
		return nil, errors.New("the node answered a credential verification without a verdict")
	}
	return &out, nil
}

// VerifyPresentation verifies a presentation under a policy.
func (c *Client) VerifyPresentation(ctx context.Context, req api.VerifyPresentationRequest) (*api.PresentationVerdict, error) {
	var out api.PresentationVerdict
	if err := c.do(ctx, http.MethodPost, "/ri/v1/presentations/verify", req, &out); err != nil {
		return nil, err
	}
	if out.PresentationResult == nil {
		return nil, errors.New("the node answered a presentation verification without a verdict")
	}
	return &out, nil
}

// IssueCredential signs a credential with a DID key of the node's home.
func (c *Client) IssueCredential(ctx context.Context, req api.IssueCredentialRequest) (*api.IssuedCredential, error) {
	var out api.IssuedCredential
	if err := c.do(ctx, http.MethodPost, "/ri/v1/credentials", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeCredential changes a credential's status list entry.
func (c *Client) RevokeCredential(ctx context.Context, req api.RevokeCredentialRequest) (*api.Revocation, error) {
	var out api.Revocation
	if err := c.do(ctx, http.MethodPost, "/ri/v1/credentials/revoke", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Present signs a presentation by a holder DID of the node's home.
func (c *Client) Present(ctx context.Context, req api.PresentRequest) (map[string]any, error) {
	var out map[string]any
	if err := c.do(ctx, http.MethodPost, "/ri/v1/presentations", req, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Registration is a platform's standing in the registry (the node's own
// platform when did is empty).
func (c *Client) Registration(ctx context.Context, id string) (*api.Registration, error) {
	v := url.Values{}
	if id != "" {
		v.Set("did", id)
	}
	var out api.Registration
	if err := c.do(ctx, http.MethodGet, withQuery("/ri/v1/platforms/registration", v), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// RegisterPlatform admits another platform to the registry.
func (c *Client) RegisterPlatform(ctx context.Context, req api.RegisterPlatformRequest) (*api.PlatformRegistration, error) {
	var out api.PlatformRegistration
	if err := c.do(ctx, http.MethodPost, "/ri/v1/platforms", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// UpdateDID makes one change to a did:ethr on the node's chain.
func (c *Client) UpdateDID(ctx context.Context, req api.UpdateDIDRequest) (*api.DIDUpdate, error) {
	var out api.DIDUpdate
	if err := c.do(ctx, http.MethodPost, "/ri/v1/dids/"+url.PathEscape(req.DID)+"/updates", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
