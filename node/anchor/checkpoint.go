package anchor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/mifm/mifm/node/audit"
)

// AuditSubject is the subject of a node's audit checkpoints (LAF).
func AuditSubject(nodeDID string) string { return KindAudit + ":" + nodeDID }

// Checkpoint signs the audit log's head (entry count and hash) into a new
// version of the node's audit subject, queued for the next batch. When the
// last checkpoint holds the head already, it is returned as it is.
func (s *Service) Checkpoint(ctx context.Context) (Outcome, error) {
	if s.Signer == nil {
		return Outcome{}, errors.New("checkpoint the audit log: the platform key is locked")
	}
	seq, head := s.Audit.Head()
	subject := AuditSubject(s.Signer.DID)
	if sub, r, err := s.Head(subject); err == nil {
		if sub.Home != s.Signer.DID || r.Version.Author != s.Signer.DID {
			return Outcome{}, fmt.Errorf("%w: the audit subject %s is not this node's own", ErrNotAllowed, subject)
		}
		if r.Version.State["entries"] == strconv.FormatUint(seq, 10) {
			return Outcome{Subject: subject, CID: r.CID, Seq: r.Version.Seq, Status: "known", Head: r.CID}, nil
		}
	}
	if seq == 0 {
		return Outcome{}, errors.New("checkpoint the audit log: the log is empty")
	}
	return s.Propose(ctx, ProposeRequest{Subject: subject, State: map[string]string{"entries": strconv.FormatUint(seq, 10), "head": head}})
}

// LogExportType is the type of an exported audit log.
const LogExportType = "mifm-audit-export/1"

// LogExport is an audit log with the proof of its last anchored
// checkpoint: what `audit verify --anchored` checks with a chain endpoint
// alone.
type LogExport struct {
	Type    string        `json:"type"`
	Node    string        `json:"node"`
	Entries []audit.Entry `json:"entries"`
	// Checkpoint proves the log's head at some entry, its document
	// carried inside; nil when no checkpoint is anchored yet.
	Checkpoint *Proof `json:"checkpoint,omitempty"`
}

// ExportLog exports the audit log with its last anchored checkpoint.
func (s *Service) ExportLog(ctx context.Context) (*LogExport, error) {
	entries, err := s.Audit.List(0, time.Time{}, 0)
	if err != nil {
		return nil, err
	}
	p, err := s.LatestCheckpoint(ctx)
	if err != nil {
		return nil, err
	}
	return &LogExport{Type: LogExportType, Node: s.Signer.DID, Entries: entries, Checkpoint: p}, nil
}

// LatestCheckpoint is the proof of the newest anchored checkpoint of the
// node's audit log, its document carried inside; nil when none is
// anchored yet. It walks back from the audit subject's head (the head
// itself, unless its batch is still on its way to the chain) and keeps the
// last proof it made: the published audit log asks for it on every page.
func (s *Service) LatestCheckpoint(ctx context.Context) (*Proof, error) {
	if s.Signer == nil {
		return nil, errors.New("find the audit log's checkpoint: the platform key is locked")
	}
	_, r, err := s.Head(AuditSubject(s.Signer.DID))
	if errors.Is(err, ErrNoSubject) {
		return nil, nil
	}
	for err == nil && (r.Anchored == nil || r.Anchored.Block == 0 || r.Version.Author != s.Signer.DID) {
		if r.Version.Prev == "" {
			return nil, nil
		}
		r, err = s.Version(r.Version.Prev)
	}
	if err != nil {
		return nil, fmt.Errorf("find the audit log's checkpoint: %w", err)
	}
	key := r.CID + "@" + strconv.FormatUint(r.Anchored.Block, 10) + "/" + r.Anchored.Tx
	if c := s.checkpoint.Load(); c != nil && c.key == key {
		return c.proof, nil
	}
	p, err := s.Proof(ctx, r.CID)
	if err != nil {
		return nil, err
	}
	doc, err := r.Version.Encode()
	if err != nil {
		return nil, err
	}
	p.Document = string(doc)
	s.checkpoint.Store(&cachedProof{key: key, proof: p})
	return p, nil
}

// cachedProof is the last checkpoint proof made, by its version and
// anchoring.
type cachedProof struct {
	key   string
	proof *Proof
}

// MaxLogExport bounds an exported log read from outside.
const MaxLogExport = 512 << 20

// ReadLogExport reads an exported log.
func ReadLogExport(r io.Reader) (*LogExport, error) {
	var e LogExport
	dec := json.NewDecoder(io.LimitReader(r, MaxLogExport))
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("read audit export: %w", err)
	}
	if e.Type != LogExportType {
		return nil, fmt.Errorf("read audit export: type %q, want %q", e.Type, LogExportType)
	}
	return &e, nil
}

// LogVerification is the outcome of VerifyLog.
type LogVerification struct {
	OK bool `json:"ok"`
	// Entries is how many entries the export holds, Checkpointed how many
	// of them the anchored checkpoint covers.
	Entries      uint64 `json:"entries"`
	Checkpointed uint64 `json:"checkpointed"`
	// Failed names what failed: chain (the hash chain), checkpoint (the
	// entries do not end in the checkpointed head) or proof (the
	// checkpoint's proof; Proof says which check).
	Failed string        `json:"failed,omitempty"`
	Reason string        `json:"reason,omitempty"`
	Proof  *Verification `json:"proof,omitempty"`
}

// VerifyLog checks an exported log: its hash chain, that its first
// entries end in the head the anchored checkpoint signed, and the
// checkpoint's proof against the chain. An entry changed or dropped before
// the checkpoint fails, however the entries after it were rebuilt.
func VerifyLog(ctx context.Context, e *LogExport, vf *Verifier) *LogVerification {
	return checkedLog{
		what: "the export", node: e.Node, checkpoint: e.Checkpoint, count: uint64(len(e.Entries)),
		chain: audit.VerifyEntries(e.Entries), hashAt: func(n uint64) string { return e.Entries[n-1].Hash },
	}.verify(ctx, vf)
}

// checkedLog is what VerifyLog and VerifyPublishedLog share: a log of
// node's whose hash chain was walked (chain), with its anchored checkpoint.
type checkedLog struct {
	// what names the log in the reasons.
	what, node string
	checkpoint *Proof
	// count is how many entries the log holds, hashAt the hash the n-th
	// records (from 1).
	count  uint64
	chain  audit.Report
	hashAt func(n uint64) string
}

// verify checks that the log's chain holds, that the log holds what the
// checkpoint covers and ends there in the head it signed, and the
// checkpoint's proof with vf.
func (l checkedLog) verify(ctx context.Context, vf *Verifier) *LogVerification {
	out := &LogVerification{OK: true, Entries: l.count}
	fail := func(failed, format string, args ...any) *LogVerification {
		out.OK, out.Failed, out.Reason = false, failed, fmt.Sprintf(format, args...)
		return out
	}
	p := l.checkpoint
	if p == nil {
		return fail("checkpoint", "%s holds no anchored checkpoint: checkpoint the node's audit log and read it again once the next batch is anchored", l.what)
	}
	if p.Subject != AuditSubject(l.node) {
		return fail("checkpoint", "the checkpoint is of %s, not of %s's audit log", p.Subject, l.node)
	}
	doc, err := Decode([]byte(p.Document))
	if err != nil {
		return fail("checkpoint", "the checkpoint's document: %v", err)
	}
	if doc.Author != l.node {
		return fail("checkpoint", "the checkpoint is signed by %s, not by the node %s", doc.Author, l.node)
	}
	n, err := strconv.ParseUint(doc.State["entries"], 10, 64)
	if err != nil || n == 0 {
		return fail("checkpoint", "the checkpoint names no entry count")
	}
	out.Checkpointed = n
	// The chain first: a broken link names the entry, where a count
	// short of the checkpoint could only say that some were dropped.
	if !l.chain.OK {
		return fail("chain", "%s", l.chain.Reason)
	}
	if l.count < n {
		return fail("checkpoint", "the checkpoint covers %d entries and %s holds %d: entries were dropped", n, l.what, l.count)
	}
	if got := l.hashAt(n); got != doc.State["head"] {
		return fail("checkpoint", "entry %d hashes to %s, the anchored checkpoint signed %s: entries up to %d were changed after the checkpoint", n, got, doc.State["head"], n)
	}
	// The checkpoint is anchored by the node itself when its DID names
	// its account.
	if a, ok := Account(l.node); ok && vf.Anchorer == nil {
		own := *vf
		own.Anchorer = &a
		vf = &own
	}
	out.Proof = vf.Verify(ctx, p)
	if !out.Proof.OK {
		return fail("proof", "the checkpoint's proof fails its %s check", out.Proof.Failed)
	}
	return out
}
