package explorer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
)

func platformID(did string) [32]byte { return contracts.PlatformID(did) }

// Nodes are the nodes an auditor named by URL, and the DID documents
// they serve at /.well-known/did.json (did:web platforms), read once,
// bounded. It is safe for concurrent use.
type Nodes struct {
	URLs []string
	// HTTP reads the documents (nil: a 10 s timeout).
	HTTP *http.Client

	mu   sync.Mutex
	docs map[string]*did.Document // node URL → its document
}

// Document is the DID document the node at url serves.
func (n *Nodes) Document(ctx context.Context, url string) (*did.Document, error) {
	n.mu.Lock()
	doc, ok := n.docs[url]
	n.mu.Unlock()
	if ok {
		return doc, nil
	}
	client := n.HTTP
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(url, "/")+"/.well-known/did.json", nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s serves no DID document (%s)", url, resp.Status)
	}
	doc = new(did.Document)
	if err := json.NewDecoder(io.LimitReader(resp.Body, 256<<10)).Decode(doc); err != nil {
		return nil, fmt.Errorf("the DID document of %s: %w", url, err)
	}
	n.mu.Lock()
	if n.docs == nil {
		n.docs = map[string]*did.Document{}
	}
	n.docs[url] = doc
	n.mu.Unlock()
	return doc, nil
}

// Resolver resolves DIDs as an auditor does, with the did:web documents
// of the named nodes read from those nodes: a did:web platform on a
// machine without its DNS name (a test, a demo) is still checked against
// the key it serves. Other did:web DIDs resolve over HTTPS as usual.
func (n *Nodes) Resolver() *did.Resolver {
	r := did.NewResolver(did.Options{HTTP: n.HTTP})
	fallback := did.NewResolver(did.Options{HTTP: n.HTTP})
	r.Register("web", did.MethodFunc(func(ctx context.Context, id string) (*did.Document, did.DocumentMetadata, error) {
		for _, u := range n.URLs {
			if doc, err := n.Document(ctx, u); err == nil && doc.ID == id {
				return doc, did.DocumentMetadata{}, nil
			}
		}
		res, err := fallback.Resolve(ctx, id)
		if err != nil {
			return nil, did.DocumentMetadata{}, err
		}
		return res.Document, res.DocumentMetadata, nil
	}))
	return r
}

// nodeDID is the DID of a configured node: its did:web document's id, or
// the signer its published log names (checked when the log is read).
func (e *Explorer) nodeDID(ctx context.Context, node string) (string, error) {
	if doc, err := e.nodes.Document(ctx, node); err == nil && doc.ID != "" {
		return doc.ID, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(node, "/")+anchor.PublishedLogPath+"?limit=1", nil)
	if err != nil {
		return "", err
	}
	resp, err := e.cfg.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var page struct {
		Node string `json:"node"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&page); err != nil || !strings.HasPrefix(page.Node, "did:") {
		return "", fmt.Errorf("%s publishes no audit log", node)
	}
	return page.Node, nil
}

// AuditLog is a node's published audit log as the explorer read and
// checked it.
type AuditLog struct {
	URL          string                           `json:"url"`
	Log          *anchor.PublishedLog             `json:"log"`
	Verification *anchor.PublishedLogVerification `json:"verification"`
}

// ErrUnknownNode is a node the explorer was not told to read.
var ErrUnknownNode = errors.New("the explorer reads no node of this DID (give its RE URL with --node)")

// AuditLog reads the published audit log of the configured node with
// DID id, checks every page's signature, the hash chain and the anchored
// checkpoint against the chain it names.
func (e *Explorer) AuditLog(ctx context.Context, id string) (*AuditLog, error) {
	for _, n := range e.cfg.Nodes {
		if d, err := e.nodeDID(ctx, n); err == nil && d == id {
			return e.readAuditLog(ctx, n, id)
		}
	}
	return nil, fmt.Errorf("%w: %s", ErrUnknownNode, id)
}

func (e *Explorer) readAuditLog(ctx context.Context, node, id string) (*AuditLog, error) {
	l, err := anchor.FetchPublishedLog(ctx, e.cfg.HTTP, node, anchor.FetchOptions{Node: id, Resolver: e.resolver})
	if err != nil {
		return nil, err
	}
	vf := &anchor.Verifier{Resolver: e.resolver, HTTP: e.cfg.HTTP}
	if len(e.cfg.Gateways) > 0 {
		vf.Gateway = e.cfg.Gateways[0]
	}
	for _, c := range e.Chains() {
		if l.Checkpoint == nil || l.Checkpoint.Chain == fmt.Sprintf("eip155:%d", c.ID) {
			vf.Chain = c.Backend
			break
		}
	}
	out := &AuditLog{URL: node, Log: l}
	if vf.Chain == nil {
		out.Verification = &anchor.PublishedLogVerification{Node: l.Node}
		out.Verification.Failed, out.Verification.Reason = "checkpoint", fmt.Sprintf("the checkpoint is anchored on %s, which the explorer does not read", l.Checkpoint.Chain)
		return out, nil
	}
	out.Verification = anchor.VerifyPublishedLog(ctx, l, vf)
	return out, nil
}

func (s *Server) audits(w http.ResponseWriter, r *http.Request) {
	var ids []string
	for _, n := range s.X.cfg.Nodes {
		if d, err := s.X.nodeDID(r.Context(), n); err == nil {
			ids = append(ids, d)
		}
	}
	s.render(w, r, http.StatusOK, "audits", "Audit logs", ids)
}

// auditRow is an entry as the audit page lists it.
type auditRow struct {
	Seq                                 uint64
	Time, API, Op, Actor, Subject, Hash string
	Outcome, Short                      string
	Withheld                            bool
}

// maxAuditRows bounds the entries a page lists (the newest).
const maxAuditRows = 2000

func (s *Server) audit(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("node")
	if !strings.HasPrefix(id, "did:") {
		s.problem(w, r, http.StatusBadRequest, "Not a node", "an audit log is /audit/DID, the node's platform DID")
		return
	}
	a, err := s.X.AuditLog(r.Context(), id)
	if errors.Is(err, ErrUnknownNode) {
		s.problem(w, r, http.StatusNotFound, "Unknown node", "%v", err)
		return
	}
	if err != nil {
		s.problem(w, r, http.StatusBadGateway, "Audit log refused", "The published log of %s was refused: %v", id, err)
		return
	}
	v := a.Verification
	sum := fmt.Sprintf("%d entries, %d with their content rechecked, %d linked only (%d withheld, %d redacted by the operator's policy); the anchored checkpoint covers %d", v.Entries, v.ContentChecked, v.LinkOnly, v.Withheld, v.Redacted, v.Checkpointed)
	if !v.OK {
		sum = fmt.Sprintf("the %s check failed: %s", v.Failed, v.Reason)
	}
	view := struct {
		Node, URL, Summary string
		Pages              int
		V                  *anchor.PublishedLogVerification
		Checks             []anchor.Check
		Entries            []auditRow
		Truncated          bool
	}{Node: id, URL: a.URL, Summary: sum, Pages: a.Log.Pages, V: v}
	if v.Proof != nil {
		view.Checks = v.Proof.Checks
	}
	entries := a.Log.Entries
	if len(entries) > maxAuditRows {
		entries, view.Truncated = entries[len(entries)-maxAuditRows:], true
	}
	for _, en := range entries {
		view.Entries = append(view.Entries, auditRow{Seq: en.Seq, Time: en.Time, API: en.API, Op: en.Op, Actor: en.Actor, Subject: en.Subject,
			Outcome: en.Outcome, Hash: en.Hash, Short: short(en.Hash), Withheld: en.Withheld})
	}
	if r.URL.Query().Get("format") == "json" {
		s.render(w, r, http.StatusOK, "audit", "", a)
		return
	}
	s.render(w, r, http.StatusOK, "audit", "Audit log of "+id, view)
}

func short(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}
