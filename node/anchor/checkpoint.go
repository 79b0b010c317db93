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
	e := &LogExport{Type: LogExportType, Node: s.Signer.DID, Entries: entries}
	hist, err := s.History(AuditSubject(s.Signer.DID))
	if errors.Is(err, ErrNoSubject) {
		return e, nil
	}
	if err != nil {
		return nil, err
	}
	for i := len(hist) - 1; i >= 0; i-- {
		r := hist[i]
		if r.Anchored == nil || r.Anchored.Block == 0 || r.Version.Author != s.Signer.DID {
			continue
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
		e.Checkpoint = p
		break
	}
	return e, nil
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
	out := &LogVerification{OK: true, Entries: uint64(len(e.Entries))}
	fail := func(what, format string, args ...any) *LogVerification {
		out.OK, out.Failed, out.Reason = false, what, fmt.Sprintf(format, args...)
		return out
	}
	if e.Checkpoint == nil {
		return fail("checkpoint", "the export holds no anchored checkpoint: checkpoint the node's audit log and export it again once the next batch is anchored")
	}
	p := e.Checkpoint
	if p.Subject != AuditSubject(e.Node) {
		return fail("checkpoint", "the checkpoint is of %s, not of %s's audit log", p.Subject, e.Node)
	}
	doc, err := Decode([]byte(p.Document))
	if err != nil {
		return fail("checkpoint", "the checkpoint's document: %v", err)
	}
	if doc.Author != e.Node {
		return fail("checkpoint", "the checkpoint is signed by %s, not by the node %s", doc.Author, e.Node)
	}
	n, err := strconv.ParseUint(doc.State["entries"], 10, 64)
	if err != nil || n == 0 {
		return fail("checkpoint", "the checkpoint names no entry count")
	}
	out.Checkpointed = n
	if uint64(len(e.Entries)) < n {
		return fail("checkpoint", "the checkpoint covers %d entries and the export holds %d: entries were dropped", n, len(e.Entries))
	}
	if r := audit.VerifyEntries(e.Entries); !r.OK {
		return fail("chain", "%s", r.Reason)
	}
	if got := e.Entries[n-1].Hash; got != doc.State["head"] {
		return fail("checkpoint", "entry %d hashes to %s, the anchored checkpoint signed %s: entries up to %d were changed after the checkpoint", n, got, doc.State["head"], n)
	}
	// The checkpoint is anchored by the node itself when its DID names
	// its account.
	if a, ok := Account(e.Node); ok && vf.Anchorer == nil {
		node := *vf
		node.Anchorer = &a
		vf = &node
	}
	out.Proof = vf.Verify(ctx, p)
	if !out.Proof.OK {
		return fail("proof", "the checkpoint's proof fails its %s check", out.Proof.Failed)
	}
	return out
}
