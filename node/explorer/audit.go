package explorer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/egress"
)

func platformID(did string) [32]byte { return contracts.PlatformID(did) }

// Nodes are the nodes an auditor named by URL, some paired with the DID
// the auditor knows each serves (DIDs: URL → DID). A paired node's
// /.well-known/did.json is its did:web document, read once, bounded: a
// did:web platform on a machine without its DNS name (a test, a demo, a
// private network) is checked against the key it serves. A node is never
// believed about a DID it was not paired with: any node can serve a
// document naming another platform's DID with its own key. It is safe
// for concurrent use.
type Nodes struct {
	URLs []string
	// DIDs pairs a URL with the DID its node is known to be.
	DIDs map[string]string
	// HTTP reads the paired nodes' documents (nil: a 10 s timeout): the
	// auditor chose those URLs. Every other DID resolves through a client
	// that refuses private addresses.
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

// Resolver resolves DIDs as an auditor does: a did:web paired with a node
// from the document that node serves (its id must be that DID), every
// other DID as its method says, through a client that refuses private
// addresses (a stranger's document or a pasted proof names the DID).
func (n *Nodes) Resolver() *did.Resolver {
	out := egress.New(egress.Config{}).Client(egress.Limits{Timeout: 30 * time.Second})
	r := did.NewResolver(did.Options{HTTP: out})
	fallback := did.NewResolver(did.Options{HTTP: out})
	r.Register("web", did.MethodFunc(func(ctx context.Context, id string) (*did.Document, did.DocumentMetadata, error) {
		for _, u := range n.URLs {
			if n.DIDs[u] != id {
				continue
			}
			doc, err := n.Document(ctx, u)
			if err != nil {
				return nil, did.DocumentMetadata{}, fmt.Errorf("resolve %s from its node %s: %w", id, u, err)
			}
			if doc.ID != id {
				return nil, did.DocumentMetadata{}, fmt.Errorf("%w: the node %s, paired with %s, serves the document of %s", did.ErrNotFound, u, id, doc.ID)
			}
			return doc, did.DocumentMetadata{}, nil
		}
		res, err := fallback.Resolve(ctx, id)
		if err != nil {
			return nil, did.DocumentMetadata{}, err
		}
		return res.Document, res.DocumentMetadata, nil
	}))
	return r
}

// ParseNode reads a node as the auditor names it: URL, or DID=URL to pair
// it with the DID it is known to be.
func ParseNode(s string) (id, url string, err error) {
	if i := strings.Index(s, "=http"); i > 0 && strings.HasPrefix(s, "did:") {
		id, s = s[:i], s[i+1:]
	}
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
		return "", "", fmt.Errorf("%q: want a node's RE base URL (http:// or https://), or DID=URL", s)
	}
	return id, s, nil
}

// nodeDID is the DID of a configured node: the one the auditor paired it
// with, or the signer its published log names (every page's signature is
// then checked against that DID, resolved as its method says).
func (e *Explorer) nodeDID(ctx context.Context, node string) (string, error) {
	if d := e.nodes.DIDs[node]; d != "" {
		return d, nil
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
	if a := e.audits.get(node); a != nil {
		return a, nil
	}
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
	if out.Verification.OK {
		e.CheckNewest(ctx, out)
	}
	e.audits.put(node, out)
	return out, nil
}

// CheckNewest holds a log the pages of which verified against the newest
// checkpoint of the node the chain holds, not only the one its pages
// carry: a node that serves its log cut at an older checkpoint (rolled
// back) is refused. AuditLog does it for the logs it reads; a caller with
// a log read some other way calls it after VerifyPublishedLog.
func (e *Explorer) CheckNewest(ctx context.Context, a *AuditLog) {
	leaves, err := e.Versions(anchor.AuditSubject(a.Log.Node))
	if err != nil {
		return
	}
	v := a.Verification
	for i := len(leaves) - 1; i >= 0; i-- {
		l := leaves[i]
		doc, err := e.Document(ctx, l.CID)
		if err != nil {
			continue
		}
		ver, err := anchor.Decode(doc)
		if err != nil || ver.Author != a.Log.Node || ver.VerifySignature(ctx, e.resolver) != nil {
			continue // not the node's: anyone may anchor a leaf of any name
		}
		n, err := strconv.ParseUint(ver.State["entries"], 10, 64)
		if err != nil || n == 0 {
			continue
		}
		switch {
		case n > uint64(len(a.Log.Entries)):
			v.OK, v.Failed = false, "checkpoint"
			v.Reason = fmt.Sprintf("the chain holds the node's checkpoint of %d entries (version %d, anchored in block %d); the published log holds %d: it was cut back", n, ver.Seq, l.Block, len(a.Log.Entries))
		case a.Log.Entries[n-1].Hash != ver.State["head"]:
			v.OK, v.Failed = false, "checkpoint"
			v.Reason = fmt.Sprintf("entry %d hashes to %s; the node's newest anchored checkpoint (version %d) signed %s", n, a.Log.Entries[n-1].Hash, ver.Seq, ver.State["head"])
		}
		return // the newest of the node's own checkpoints decides
	}
}

// auditCache keeps logs read in the last 30 seconds: a page view must not
// make the explorer read a whole log again.
type auditCache struct {
	mu   sync.Mutex
	logs map[string]*AuditLog
	at   map[string]time.Time
}

func (c *auditCache) get(node string) *AuditLog {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.at[node]) < 30*time.Second {
		return c.logs[node]
	}
	return nil
}

func (c *auditCache) put(node string, a *AuditLog) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.logs == nil {
		c.logs, c.at = map[string]*AuditLog{}, map[string]time.Time{}
	}
	c.logs[node], c.at[node] = a, time.Now()
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
	// Redacted names the fields the operator's policy removed: the
	// entry's place in the chain is checked, what is left of it is not.
	Redacted string
	// Unchecked is an entry whose content was not checked (after a break
	// in the chain).
	Unchecked bool
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
		view.Entries = append(view.Entries, auditRow{Unchecked: !v.CheckedContent(en) && !en.Withheld && len(en.Redacted) == 0, Seq: en.Seq, Time: en.Time, API: en.API, Op: en.Op, Actor: en.Actor, Subject: en.Subject,
			Outcome: en.Outcome, Hash: en.Hash, Short: short(en.Hash), Withheld: en.Withheld, Redacted: strings.Join(en.Redacted, ", ")})
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
