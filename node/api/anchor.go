package api

import (
	"context"

	"github.com/mifm/mifm/node/anchor"
)

// Anchors are versioned subjects anchored on chain (FGMV-43 7.4.3 IDSF,
// 7.1.3 AVSF, 7.3.3 COSF versions, 7.5.3 LAF): propose versions, read heads
// and histories, settle conflicts, sync with the other platforms that hold
// a subject, and get proofs anyone can check from the chain and IPFS.
type Anchors interface {
	// ProposeVersion authors and signs a new version as this node's
	// platform, queues it for the next batch and syncs it (to the home,
	// or from the home to the holders).
	ProposeVersion(ctx context.Context, req ProposeVersionRequest) (*VersionOutcome, error)
	Subjects(ctx context.Context) ([]Subject, error)
	SubjectHead(ctx context.Context, subject string) (*SubjectState, error)
	SubjectHistory(ctx context.Context, subject string) ([]VersionRecord, error)
	// ResolveConflict makes the chosen version the head of a subject with
	// an open conflict (the user's choice under the ask policy).
	ResolveConflict(ctx context.Context, req ChooseVersionRequest) (*VersionOutcome, error)
	// RevertVersion proposes a new version with an earlier one's content.
	RevertVersion(ctx context.Context, req ChooseVersionRequest) (*VersionOutcome, error)
	// ShareSubject sends a subject's versions to a partner platform, which
	// then holds it and gets its new heads.
	ShareSubject(ctx context.Context, req ShareRequest) (*SyncResult, error)
	// VersionProof is the proof of a version: ref is its CID, SUBJECT@SEQ
	// or SUBJECT (the head).
	VersionProof(ctx context.Context, ref string) (*AnchorProof, error)
	// AnchorFlush anchors what waits now instead of at the next interval.
	AnchorFlush(ctx context.Context) ([]AnchorBatch, error)
	AnchorBatches(ctx context.Context) ([]AnchorBatch, error)
	// AuditCheckpoint signs the audit log's head into the next batch.
	AuditCheckpoint(ctx context.Context) (*VersionOutcome, error)
	// AuditExport is the audit log with its last anchored checkpoint.
	AuditExport(ctx context.Context) (*AuditExport, error)
	// PublishedAudit is a page of the audit log as the node publishes it
	// to anyone (FGMV-43 7.5.3 LAF): at most limit entries after the entry
	// after (limit 0: anchor.DefaultPageLimit, at most
	// anchor.MaxPageLimit), redacted by [audit.publish], with the newest
	// anchored checkpoint, signed with the node's DID key. The body and
	// its signature are what GET /audit/v1/log answers on RE; an auditor
	// reads them with anchor.FetchPublishedLog. Errors:
	// anchor.ErrNotPublished, anchor.ErrKeyLocked,
	// anchor.ErrBadPageRequest.
	PublishedAudit(ctx context.Context, after uint64, limit int) (*PublishedAuditPage, error)
}

// Types of the anchoring operations, node/anchor's own.
type (
	ProposeVersionRequest = anchor.ProposeRequest
	Subject               = anchor.Subject
	VersionRecord         = anchor.Record
	AnchorProof           = anchor.Proof
	AnchorBatch           = anchor.Batch
	AuditExport           = anchor.LogExport
	PublishedAuditPage    = anchor.SignedPage
)

// VersionOutcome is what a proposal, resolution or revert did, and how its
// sync with the other platforms went.
type VersionOutcome struct {
	anchor.Outcome
	Synced []SyncResult `json:"synced,omitempty"`
}

// SyncResult is one platform's answer to a sync.
type SyncResult struct {
	Peer string `json:"peer"`
	// Status is the peer's outcome for the newest version sent (head,
	// conflict, branch, known), or "failed" with Error.
	Status string `json:"status"`
	Head   string `json:"head,omitempty"`
	Error  string `json:"error,omitempty"`
}

// SubjectState is a subject with its head version.
type SubjectState struct {
	Subject Subject       `json:"subject"`
	Head    VersionRecord `json:"head"`
}

// ChooseVersionRequest names a version of a subject.
type ChooseVersionRequest struct {
	Subject string `json:"subject"`
	CID     string `json:"cid"`
}

// ShareRequest names a subject and the partner to share it with.
type ShareRequest struct {
	Subject string `json:"subject"`
	Peer    string `json:"peer"` // the partner's DID or RE URL
}

// VersionsMessage is the RE body of POST /re/v1/versions: a subject's
// version documents, oldest first, and the sender's head when the sender
// is the subject's home.
type VersionsMessage struct {
	Subject   string   `json:"subject"`
	Documents []string `json:"documents"`
	Head      string   `json:"head,omitempty"`
}

// VersionsAnswer is the receiver's answer: what it did with each document,
// its head, and, from the home, the documents of its head the sender
// lacks.
type VersionsAnswer struct {
	Outcomes  []anchor.Outcome `json:"outcomes"`
	Head      string           `json:"head"`
	Documents []string         `json:"documents,omitempty"`
}
