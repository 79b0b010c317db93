package riclient

import (
	"context"
	"net/http"
	"net/url"

	"github.com/mifm/mifm/node/api"
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
