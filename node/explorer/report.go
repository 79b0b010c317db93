package explorer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node/anchor"
)

// ReportType is the type of a report's JSON export.
const ReportType = "mifm-audit-report/1"

// Report is what an auditor hands on: a target's provenance over a time
// range, each anchored version with its proof (document inside), so the
// file verifies later with `mifm anchor verify` or in a browser.
type Report struct {
	Type      string `json:"type"`
	Target    string `json:"target"`
	Kind      string `json:"kind"` // asset, account or did
	Generated string `json:"generated"`
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	// Chains are what the report was read from: id, endpoint, head.
	Chains []ReportChain `json:"chains"`
	// Timeline is an asset's life (kind asset); Events an account's or a
	// DID's activity.
	Timeline *Timeline `json:"timeline,omitempty"`
	Events   []Item    `json:"events,omitempty"`
	// Versions are the anchored versions of the subjects a DID names, or
	// of the subject asked for, each with its proof.
	Versions []ReportVersion `json:"versions,omitempty"`
	// Truncated says the report stopped at MaxReportEvents.
	Truncated bool `json:"truncated,omitempty"`
}

// ReportChain is one chain a report read.
type ReportChain struct {
	Chain string `json:"chain"`
	RPC   string `json:"rpc"`
	Head  uint64 `json:"head"`
}

// ReportVersion is an anchored version and its proof, with the
// explorer's check of its author's signature (which the page's script
// leaves to it); Error says why its proof or document could not be had
// (anyone may anchor a leaf naming a subject, with a CID nobody serves).
type ReportVersion struct {
	Leaf
	Proof       *anchor.Proof `json:"proof,omitempty"`
	SignatureOK bool          `json:"signatureOk"`
	Signature   string        `json:"signature,omitempty"`
	Error       string        `json:"error,omitempty"`
}

// MaxReportEvents bounds a report's events.
const MaxReportEvents = 100000

// ReportRequest names a report's target and range.
type ReportRequest struct {
	// Target is an asset (CAIP-19), an account (0x… or CAIP-10), a DID, or
	// an anchored subject.
	Target string
	// From and To bound the events' block times (zero: open).
	From, To time.Time
}

// ErrBadTarget is a report target that is none of the kinds.
var ErrBadTarget = errors.New("a report's target is an asset (CAIP-19), an address (0x… or CAIP-10), a DID, or an anchored subject")

// Report syncs the index and gathers the target's provenance.
func (e *Explorer) Report(ctx context.Context, req ReportRequest) (*Report, error) {
	if req.Target == "" || len(req.Target) > 2048 {
		return nil, ErrBadTarget
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.To.Before(req.From) {
		return nil, fmt.Errorf("the range ends (%s) before it starts (%s)", req.To.Format(time.RFC3339), req.From.Format(time.RFC3339))
	}
	if _, err := e.Sync(ctx); err != nil {
		return nil, err
	}
	r := &Report{Type: ReportType, Target: req.Target, Generated: time.Now().UTC().Format(time.RFC3339)}
	if !req.From.IsZero() {
		r.From = req.From.UTC().Format(time.RFC3339)
	}
	if !req.To.IsZero() {
		r.To = req.To.UTC().Format(time.RFC3339)
	}
	for _, c := range e.Chains() {
		rc := ReportChain{Chain: chain.EIP155(c.ID).String(), RPC: publicEndpoint(c.URL)}
		rc.Head, _ = c.Backend.BlockNumber(ctx)
		r.Chains = append(r.Chains, rc)
	}
	in := func(t uint64) bool {
		at := time.Unix(int64(t), 0)
		return (req.From.IsZero() || !at.Before(req.From)) && (req.To.IsZero() || !at.After(req.To))
	}
	keep := func(items []Item) []Item {
		out := items[:0:0]
		for _, it := range items {
			if in(it.Time) {
				out = append(out, it)
			}
		}
		return out
	}
	collect := func(list func(after string) (*Page, error)) error {
		after := ""
		for {
			p, err := list(after)
			if err != nil {
				return err
			}
			r.Events = append(r.Events, keep(p.Items)...)
			if len(r.Events) >= MaxReportEvents {
				r.Events, r.Truncated = r.Events[:MaxReportEvents], true
				return nil
			}
			if p.Next == "" {
				return nil
			}
			after = p.Next
		}
	}
	var subjects []string
	t := req.Target
	switch {
	case strings.Contains(t, "/erc721:") || strings.Contains(t, "/erc1155:"):
		r.Kind = "asset"
		tl, err := e.Timeline(ctx, t)
		if err != nil {
			return nil, err
		}
		tl.Events = keep(tl.Events)
		r.Timeline = tl
	case strings.HasPrefix(t, "did:"):
		r.Kind = "did"
		if e.PlatformDID(common.Hash(platformID(t))) != "" {
			if err := collect(func(after string) (*Page, error) { return e.PlatformActivity(t, after, MaxPage) }); err != nil {
				return nil, err
			}
		}
		if addr, ok := anchor.Account(t); ok {
			if err := collect(func(after string) (*Page, error) { return e.AccountActivity(addr, after, MaxPage) }); err != nil {
				return nil, err
			}
		}
		var err error
		if subjects, err = e.Subjects(t, 1000); err != nil {
			return nil, err
		}
	case common.IsHexAddress(t) || strings.HasPrefix(t, "eip155:"):
		r.Kind = "account"
		addr, err := parseAccount(t)
		if err != nil {
			return nil, err
		}
		if err := collect(func(after string) (*Page, error) { return e.AccountActivity(addr, after, MaxPage) }); err != nil {
			return nil, err
		}
	default:
		r.Kind = "subject"
		subjects = []string{t}
	}
	for _, s := range subjects {
		leaves, err := e.Versions(s)
		if err != nil {
			return nil, err
		}
		for _, l := range leaves {
			if !in(l.Time) {
				continue
			}
			rv := ReportVersion{Leaf: l}
			p, err := e.Proof(ctx, l.CID, l.Tx)
			var doc []byte
			if err == nil {
				doc, err = e.Document(ctx, l.CID)
			}
			if err != nil {
				rv.Error = fmt.Sprintf("version %d of %s: %v", l.Seq, s, err)
				r.Versions = append(r.Versions, rv)
				continue
			}
			p.Document = string(doc)
			rv.Proof = p
			rv.SignatureOK, rv.Signature = e.checkSignature(ctx, l.CID)
			r.Versions = append(r.Versions, rv)
		}
	}
	if r.Kind == "subject" && len(r.Versions) == 0 {
		return nil, fmt.Errorf("%w: %q names no anchored subject the explorer has read", ErrBadTarget, t)
	}
	return r, nil
}

// WriteJSON writes the report's JSON export.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r.public())
}

// public is the report with its endpoints cut to what may be handed on.
func (r *Report) public() *Report {
	out := *r
	out.Chains = make([]ReportChain, len(r.Chains))
	for i, c := range r.Chains {
		c.RPC = publicEndpoint(c.RPC)
		out.Chains[i] = c
	}
	return &out
}

type reportView struct {
	R        *Report
	Title    string
	Rows     []Row
	Asset    *assetView
	Versions []reportVersionView
	// Missing are the versions whose proof or document could not be had.
	Missing []string
}

type reportVersionView struct {
	V         versionView
	ProofJSON template.JS
	ProofID   string
}

// WriteHTML writes the report as one self-contained HTML file: the style,
// ethers and the verification script inline, every proof embedded, so it
// opens offline and verifies against any chain endpoint the reader trusts.
func (e *Explorer) WriteHTML(w io.Writer, r *Report) error {
	ethers, err := staticFiles.ReadFile("static/ethers.umd.min.js")
	if err != nil {
		return fmt.Errorf("write report: the bundled ethers is missing: %w", err)
	}
	verify, err := staticFiles.ReadFile("static/verify.js")
	if err != nil {
		return fmt.Errorf("write report: the verification script is missing: %w", err)
	}
	css, _ := staticFiles.ReadFile("static/style.css")
	r = r.public()
	rv := reportView{R: r, Title: "Audit report: " + r.Target, Rows: e.rows(r.Events)}
	if r.Timeline != nil {
		av := e.assetView(r.Timeline)
		rv.Asset, rv.Title = &av, "Audit report: "+av.Title
	}
	rpc := map[string]string{}
	for _, c := range r.Chains {
		rpc[c.Chain] = c.RPC
	}
	for i, v := range r.Versions {
		if v.Proof == nil {
			rv.Missing = append(rv.Missing, v.Error)
			continue
		}
		b, err := json.Marshal(v.Proof) // escapes <, > and &: safe inside a script element
		if err != nil {
			return err
		}
		id := fmt.Sprintf("proof-%d", i+1)
		vv := e.versionViews([]Leaf{v.Leaf})[0]
		vv.ProofURL, vv.ProofFile, vv.RPC, vv.Gateway, vv.TxURL = "#"+id, "", rpc[v.Chain], "", ""
		vv.SignatureOK, vv.Signature = v.SignatureOK, v.Signature
		if vv.Signature == "" {
			vv.Signature = "not checked"
		}
		rv.Versions = append(rv.Versions, reportVersionView{V: vv, ProofJSON: template.JS(b), ProofID: id})
	}
	view := view{Title: rv.Title, Data: rv, Inline: &inline{CSS: template.CSS(css), Ethers: template.JS(ethers), Verify: template.JS(verify)}}
	for _, c := range r.Chains {
		view.Chains = append(view.Chains, c.Chain)
	}
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, "report", view); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// MaxReportFile bounds a report read back.
const MaxReportFile = 256 << 20

var embeddedProof = regexp.MustCompile(`(?s)<script type="application/json" id="proof-\d+">(.*?)</script>`)

// ReadReportProofs reads the proofs a report carries, from its JSON export
// or its HTML file.
func ReadReportProofs(r io.Reader) ([]*anchor.Proof, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxReportFile+1))
	if err != nil {
		return nil, fmt.Errorf("read report: %w", err)
	}
	if len(b) > MaxReportFile {
		return nil, fmt.Errorf("read report: larger than %d bytes", MaxReportFile)
	}
	var raw [][]byte
	if trimmed := bytes.TrimSpace(b); len(trimmed) > 0 && trimmed[0] == '{' {
		var rep struct {
			Type     string `json:"type"`
			Versions []struct {
				Proof json.RawMessage `json:"proof"`
			} `json:"versions"`
		}
		if err := json.Unmarshal(trimmed, &rep); err != nil {
			return nil, fmt.Errorf("read report: %w", err)
		}
		if rep.Type != ReportType {
			return nil, fmt.Errorf("read report: type %q, want %q", rep.Type, ReportType)
		}
		for _, v := range rep.Versions {
			if len(v.Proof) > 0 && string(v.Proof) != "null" {
				raw = append(raw, v.Proof)
			}
		}
	} else {
		for _, m := range embeddedProof.FindAllSubmatch(b, -1) {
			raw = append(raw, m[1])
		}
		if !bytes.Contains(b, []byte(`<meta name="generator" content="`+ReportType+`">`)) {
			return nil, fmt.Errorf("read report: not a %s HTML file", ReportType)
		}
	}
	var out []*anchor.Proof
	for i, p := range raw {
		proof, err := anchor.ReadProof(bytes.NewReader(p))
		if err != nil {
			return nil, fmt.Errorf("read report: proof %d: %w", i+1, err)
		}
		out = append(out, proof)
	}
	return out, nil
}

// publicEndpoint is a chain endpoint as a report may show it: scheme and
// host only. Providers put API keys in the path, the query or the user
// part, and a report is handed on.
func publicEndpoint(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(an endpoint)"
	}
	out := u.Scheme + "://" + u.Host
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		out += "/…"
	}
	return out
}
