package riclient

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/re"
)

// ProposeVersion authors a new version of a subject on the node.
func (c *Client) ProposeVersion(ctx context.Context, req api.ProposeVersionRequest) (*api.VersionOutcome, error) {
	var out api.VersionOutcome
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/versions", req, &out)
}

// Subjects lists the node's versioned subjects.
func (c *Client) Subjects(ctx context.Context) ([]api.Subject, error) {
	var out []api.Subject
	return out, c.do(ctx, http.MethodGet, "/ri/v1/subjects", nil, &out)
}

func subjectQuery(subject string) url.Values { return url.Values{"subject": {subject}} }

// SubjectHead reads a subject and its head.
func (c *Client) SubjectHead(ctx context.Context, subject string) (*api.SubjectState, error) {
	var out api.SubjectState
	return &out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/subjects/head", subjectQuery(subject)), nil, &out)
}

// SubjectHistory lists a subject's versions.
func (c *Client) SubjectHistory(ctx context.Context, subject string) ([]api.VersionRecord, error) {
	var out []api.VersionRecord
	return out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/subjects/history", subjectQuery(subject)), nil, &out)
}

// ResolveConflict chooses the head of a subject in conflict.
func (c *Client) ResolveConflict(ctx context.Context, req api.ChooseVersionRequest) (*api.VersionOutcome, error) {
	var out api.VersionOutcome
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/subjects/resolve", req, &out)
}

// RevertVersion proposes an earlier version's content again.
func (c *Client) RevertVersion(ctx context.Context, req api.ChooseVersionRequest) (*api.VersionOutcome, error) {
	var out api.VersionOutcome
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/subjects/revert", req, &out)
}

// ShareSubject sends a subject to a partner platform.
func (c *Client) ShareSubject(ctx context.Context, req api.ShareRequest) (*api.SyncResult, error) {
	var out api.SyncResult
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/subjects/share", req, &out)
}

// VersionProof is an anchored version's proof.
func (c *Client) VersionProof(ctx context.Context, ref string) (*api.AnchorProof, error) {
	var out api.AnchorProof
	return &out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/proofs", url.Values{"ref": {ref}}), nil, &out)
}

// AnchorFlush anchors what waits now.
func (c *Client) AnchorFlush(ctx context.Context) ([]api.AnchorBatch, error) {
	var out []api.AnchorBatch
	return out, c.do(ctx, http.MethodPost, "/ri/v1/anchor/flush", nil, &out)
}

// AnchorBatches lists the node's batches.
func (c *Client) AnchorBatches(ctx context.Context) ([]api.AnchorBatch, error) {
	var out []api.AnchorBatch
	return out, c.do(ctx, http.MethodGet, "/ri/v1/anchor/batches", nil, &out)
}

// AuditCheckpoint signs the audit log's head into the next batch.
func (c *Client) AuditCheckpoint(ctx context.Context) (*api.VersionOutcome, error) {
	var out api.VersionOutcome
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/audit/checkpoint", nil, &out)
}

// AuditExport is the audit log with its last anchored checkpoint.
func (c *Client) AuditExport(ctx context.Context) (*api.AuditExport, error) {
	var out api.AuditExport
	return &out, c.do(ctx, http.MethodGet, "/ri/v1/audit/export", nil, &out)
}

// PublishedAudit is a signed page of the node's published audit log. The
// node serves it on its RE address only (GET /audit/v1/log, public): the
// client asks the node for its public URL and reads the page there, as any
// auditor would.
func (c *Client) PublishedAudit(ctx context.Context, after uint64, limit int) (*api.PublishedAuditPage, error) {
	st, err := c.Status(ctx)
	if err != nil {
		return nil, err
	}
	q := url.Values{"after": {strconv.FormatUint(after, 10)}}
	if limit != 0 {
		q.Set("limit", strconv.Itoa(limit))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(st.PublicURL, "/")+anchor.PublishedLogPath+"?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("node RE API %s: %w", st.PublicURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		if err := asError(re.DecodeAnswer(resp, nil)); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("node RE API %s answered %s", st.PublicURL, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, re.MaxResponse+1))
	if err != nil {
		return nil, fmt.Errorf("node RE API %s: %w", st.PublicURL, err)
	}
	if len(body) > re.MaxResponse {
		return nil, fmt.Errorf("node RE API %s: a page larger than %d bytes", st.PublicURL, re.MaxResponse)
	}
	return &api.PublishedAuditPage{Body: body, Signature: resp.Header.Get(re.SignatureHeader)}, nil
}
