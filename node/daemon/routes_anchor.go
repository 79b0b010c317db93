package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/re"
)

// anchorRoutes are versioned subjects anchored on chain (IDSF, AVSF, COSF
// versions, LAF checkpoints; FGMV-43 7.1.3, 7.3.3, 7.4.3, 7.5.3) on RI, and
// their sync between platforms on RE.
func (s *Server) anchorRoutes() []route {
	m := s.core
	subject := param{"subject", "string", "the subject: identity:DID, avatar:OWNER-DID/NAME, content:ID or audit:NODE-DID"}
	return []route{
		{api: apiRI, method: "POST", path: "/ri/v1/versions", op: "version.propose", summary: "Author, sign and store a new version of a subject (its content CIDs and small state fields), queue its hash for the next anchored batch, and sync it: to the subject's home, or from the home to every platform holding it. A version that does not follow the head opens a conflict, settled by the subject's policy (home, anchored, ask).", in: "ProposeVersionRequest", out: "VersionOutcome", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.ProposeVersionRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.ProposeVersion(ctx, req)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/subjects", op: "subject.list", summary: "The versioned subjects this node holds: home, head, policy, holders, open conflict.", out: "Subjects", h: func(ctx context.Context, c *call) (any, error) {
			return m.Subjects(ctx)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/subjects/head", op: "subject.head", summary: "A subject and its head version.", out: "SubjectState", query: []param{subject}, h: func(ctx context.Context, c *call) (any, error) {
			return m.SubjectHead(ctx, c.r.URL.Query().Get("subject"))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/subjects/history", op: "subject.history", summary: "Every version of a subject in sequence order, branches included, each with its standing (head, superseded, branch) and anchoring.", out: "VersionRecords", query: []param{subject}, h: func(ctx context.Context, c *call) (any, error) {
			return m.SubjectHistory(ctx, c.r.URL.Query().Get("subject"))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/subjects/resolve", op: "subject.resolve", summary: "Close a subject's open conflict with the chosen version as its head (the user's choice); the other branches are kept.", in: "ChooseVersionRequest", out: "VersionOutcome", h: func(ctx context.Context, c *call) (any, error) {
			var req api.ChooseVersionRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.ResolveConflict(ctx, req)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/subjects/revert", op: "subject.revert", summary: "Propose a new version with an earlier version's content and state, following the head (history is never rewritten; COIR-104).", in: "ChooseVersionRequest", out: "VersionOutcome", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.ChooseVersionRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.RevertVersion(ctx, req)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/subjects/share", op: "subject.share", summary: "Send a subject this node is the home of to a partner platform, which then holds it, gets its new heads and syncs its own changes back.", in: "ShareRequest", out: "SyncResult", h: func(ctx context.Context, c *call) (any, error) {
			var req api.ShareRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.ShareSubject(ctx, req)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/proofs", op: "version.proof", summary: "A self-contained inclusion proof of an anchored version: document CID, leaf, path, root, batch manifest, chain, contract, anchorer, transaction and block. `mifm anchor verify` checks it with a chain endpoint and a gateway only.", out: "AnchorProof", query: []param{{"ref", "string", "the version: its CID, SUBJECT@SEQ, or SUBJECT for the head"}}, h: func(ctx context.Context, c *call) (any, error) {
			return m.VersionProof(ctx, c.r.URL.Query().Get("ref"))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/anchor/flush", op: "anchor.flush", summary: "Anchor what waits now (sealed batches first, then the queue) instead of at the next interval.", out: "AnchorBatches", h: func(ctx context.Context, c *call) (any, error) {
			return m.AnchorFlush(ctx)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/anchor/batches", op: "anchor.batches", summary: "Every batch, oldest first: root, leaves, manifest CID, state (sealed, anchored) and anchoring.", out: "AnchorBatches", h: func(ctx context.Context, c *call) (any, error) {
			return m.AnchorBatches(ctx)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/audit/checkpoint", op: "audit.checkpoint", summary: "Sign the audit log's head (entry count and hash) into a version of the node's audit subject, anchored with the next batch.", out: "VersionOutcome", h: func(ctx context.Context, c *call) (any, error) {
			return m.AuditCheckpoint(ctx)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/audit/export", op: "audit.export", summary: "The audit log with the proof of its last anchored checkpoint (the checkpoint document inside): `mifm audit verify --anchored --log FILE --chain URL` checks it without the node.", out: "AuditExport", h: func(ctx context.Context, c *call) (any, error) {
			return m.AuditExport(ctx)
		}},
		{api: apiPublic, on: apiRE, method: "GET", path: anchor.PublishedLogPath, op: "audit.published", summary: "The audit log as this node publishes it to anyone (LAF, FGMV-43 7.5.3; ASIR-104/107), a page at a time, oldest first: entries whole, redacted or withheld as config.toml [audit.publish] says (the page names its policy), the log's head and the proof of the newest anchored checkpoint. Each page is signed with the node's DID key: header Mifm-Signature carries a compact JWS (typ mifm-audit-page+jwt; claims iss, iat, dig = the body's Content-Digest, after, count, head), so `anchor.FetchPublishedLog` checks it without the RI token and without trusting the node. 404 when the operator does not publish, 503 while the node's key is locked, 429 with Retry-After when pages not kept would take more than [audit.publish] entries_per_second (default 20,000, for every asker together).", out: "PublishedAuditPage", query: []param{
			{"after", "integer", "entries after this sequence number (default 0: from the first)"},
			{"limit", "integer", fmt.Sprintf("at most this many entries, 1 to %d (default %d); read on with after= the last entry's seq while more is true", anchor.MaxPageLimit, anchor.DefaultPageLimit)},
		}, raw: s.publishedAudit(time.Minute)},
		{api: apiRE, method: "POST", path: "/re/v1/versions", op: "re.versions", summary: "A partner sends versions of a subject (its documents, oldest first; the home adds its head): each is checked against its author's DID and its home, stored and queued for anchoring. The answer is this node's head and, from the home, the documents of its head.", in: "VersionsMessage", out: "VersionsAnswer", h: func(ctx context.Context, c *call) (any, error) {
			// A stranger costs nothing: no key unlocked, no chain dialled.
			if err := m.Trust.Partner(ctx, c.sender.DID); err != nil {
				return nil, re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s syncs versions with partners only", m.Home.Config.Platform.DID)
			}
			var msg api.VersionsMessage
			if err := c.decode(&msg); err != nil {
				return nil, err
			}
			return m.ReceiveVersions(ctx, c.sender.DID, msg)
		}},
	}
}

// publishedAudit answers a page of the published audit log: its exact
// body with its signature, or a problem that says what to do. A failure of
// the node's own is logged at most once per period, with how many
// requests it failed since: strangers choose how often they ask.
func (s *Server) publishedAudit(every time.Duration) http.HandlerFunc {
	failures := &failureLog{log: s.log, every: every, msg: "publish the audit log"}
	return func(w http.ResponseWriter, r *http.Request) {
		after, limit, err := anchor.ParsePageQuery(r.URL.Query())
		if err == nil {
			var page *api.PublishedAuditPage
			if page, err = s.core.PublishedAudit(r.Context(), after, limit); err == nil {
				page.Write(w)
				return
			}
		}
		var p *re.Problem
		var busy *anchor.BusyError
		switch {
		case errors.As(err, &busy):
			secs := setRetryAfter(w, busy.Retry)
			p = re.NewProblem(http.StatusTooManyRequests, re.CodeRateLimited, "this node makes at most %d entries a second of audit log pages it has not kept, for everyone together: retry after %d s; the pages every auditor reads (after=0 and multiples of %d, default limit) are kept, and cost little to sign again as the log grows", s.core.Home.Config.Audit.Publish.Rate(), secs, anchor.DefaultPageLimit)
		case errors.Is(err, anchor.ErrBadPageRequest):
			p = re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%v", err)
		case errors.Is(err, anchor.ErrNotPublished):
			p = re.NewProblem(http.StatusNotFound, api.ErrorCode(err), "this node's operator does not publish its audit log")
		case errors.Is(err, anchor.ErrKeyLocked):
			// Why the key is locked stays with the operator, who learnt it
			// when the node started (a line per stranger's request would let
			// strangers fill the node's log).
			p = re.NewProblem(http.StatusServiceUnavailable, api.ErrorCode(err), "this node cannot sign the pages of its audit log now: its key is locked until its operator unlocks it; try again later")
		default:
			failures.add(err, s.now())
			p = re.NewProblem(http.StatusInternalServerError, re.CodeInternal, "this node could not make the page; its operator has the details")
		}
		re.WriteProblem(w, r, p)
	}
}

// failureLog logs the failures of a public route at most once per period:
// the first at once, then the latest with how many requests failed since
// the line before (this one included).
type failureLog struct {
	log   *slog.Logger
	every time.Duration
	msg   string

	mu      sync.Mutex
	last    time.Time // of the last line; zero before the first
	skipped int
}

func (f *failureLog) add(err error, now time.Time) {
	f.mu.Lock()
	if !f.last.IsZero() && now.Sub(f.last) < f.every {
		f.skipped++
		f.mu.Unlock()
		return
	}
	skipped, since := f.skipped, f.last
	f.last, f.skipped = now, 0
	f.mu.Unlock()
	if since.IsZero() {
		f.log.Error(f.msg, "error", err)
		return
	}
	f.log.Error(f.msg, "error", err, "failures", skipped+1, "since", since.UTC().Format(time.RFC3339))
}

func anchorSchemas() map[string]any {
	obj := func(desc string) map[string]any { return map[string]any{"type": "object", "description": desc} }
	str := func(desc string) map[string]any { return map[string]any{"type": "string", "description": desc} }
	strMap := func(desc string, max int) map[string]any {
		return map[string]any{"type": "object", "description": desc, "maxProperties": max, "additionalProperties": map[string]any{"type": "string"}}
	}
	return map[string]any{
		"ProposeVersionRequest": map[string]any{"type": "object", "required": []string{"subject"}, "properties": map[string]any{
			"subject": map[string]any{"type": "string", "maxLength": anchor.MaxSubject, "description": "identity:DID, avatar:OWNER-DID/NAME, content:ID or audit:NODE-DID"},
			"content": strMap("name (lower case) → CID of this version's content", anchor.MaxContent),
			"state":   strMap("name → small value (at most 256 bytes)", anchor.MaxStateFields),
			"prev":    str("the version this one follows (default: the head)"),
			"home":    str("a new subject's home platform DID (default: this node)"),
			"policy":  map[string]any{"type": "string", "enum": []string{anchor.PolicyHome, anchor.PolicyAnchored, anchor.PolicyAsk}, "description": "a new subject's conflict policy"},
		}},
		"VersionOutcome":       obj("subject, cid, seq, status (head, conflict, branch, known), head, synced (peer, status, head, error per platform synced)"),
		"Subjects":             map[string]any{"type": "array", "items": ref("Subject")},
		"Subject":              obj("subject, home, head, headSeq, policy, holders, conflict (the versions competing, while open)"),
		"SubjectState":         obj("subject (Subject) and head (VersionRecord)"),
		"VersionRecords":       map[string]any{"type": "array", "items": ref("VersionRecord")},
		"VersionRecord":        obj("cid, version (the document: type, subject, seq, prev, content, state, home, author, time, sig), standing (head, superseded, branch), from, received, anchored (batch, index, block, tx)"),
		"ChooseVersionRequest": map[string]any{"type": "object", "required": []string{"subject", "cid"}, "properties": map[string]any{"subject": str("the subject"), "cid": str("a version's CID")}},
		"ShareRequest":         map[string]any{"type": "object", "required": []string{"subject", "peer"}, "properties": map[string]any{"subject": str("a subject this node is the home of"), "peer": str("the partner's DID or RE URL")}},
		"SyncResult":           obj("peer, status, head, error"),
		"AnchorProof":          obj("type (mifm-anchor-proof/1), subject, seq, cid, document (optional), leafEncoding, leafValue, leaf, proof (sibling hashes), root, batch, batchLeaves, manifest, chain (CAIP-2), contract, anchorer, tx, block, blockHash, time"),
		"AnchorBatches":        map[string]any{"type": "array", "items": obj("seq, root, leaves, manifest (CID of the OpenZeppelin StandardMerkleTree dump), state (sealed, anchored), sealed, anchoring, versions")},
		"AuditExport":          obj("type (mifm-audit-export/1), node, entries, checkpoint (AnchorProof with its document)"),
		"PublishedAuditPage": map[string]any{"type": "object", "description": "a page of the published audit log; its signature is in the Mifm-Signature header", "required": []string{"type", "node", "after", "entries", "more", "head", "checkpoint", "policy", "issued"}, "properties": map[string]any{
			"type":       str(anchor.PublishedPageType),
			"node":       str("the node's DID, the signature's iss"),
			"after":      map[string]any{"type": "integer", "description": "the page holds the entries after this one"},
			"entries":    map[string]any{"type": "array", "maxItems": anchor.MaxPageLimit, "items": obj("an audit entry (seq, time, api, op, actor, subject, outcome, detail, prev, hash); with redacted (the fields removed) when the policy redacts some, or only seq, api, op (what the policy withholds by), prev, hash and withheld: true when it withholds the entry; only whole entries can be checked against their hash, the others for their place in the chain")},
			"more":       map[string]any{"type": "boolean", "description": "entries follow: ask again with after = the last entry's seq"},
			"head":       obj("entries, hash: the log's head when the page was made"),
			"checkpoint": map[string]any{"description": "the newest anchored checkpoint (AnchorProof with its document), or null", "oneOf": []any{ref("AnchorProof"), map[string]any{"type": "null"}}},
			"policy":     obj("withhold (operations, exact or a prefix ending in *), redact (actor, subject, detail.KEY, detail.*)"),
			"issued":     str("RFC 3339: the signature's iat"),
		}},
		"VersionsMessage": map[string]any{"type": "object", "required": []string{"subject", "documents"}, "properties": map[string]any{
			"subject":   str("the subject"),
			"documents": map[string]any{"type": "array", "minItems": 1, "maxItems": 64, "items": map[string]any{"type": "string", "maxLength": anchor.MaxDocument, "description": "a version document's canonical JSON"}},
			"head":      str("the home's head CID (from the home only)"),
		}},
		"VersionsAnswer": obj("outcomes (per document), head, documents (the home's head line, when the sender is behind)"),
	}
}
