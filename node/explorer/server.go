package explorer

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node/anchor"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static/verify.js static/ethers.umd.min.js static/style.css
var staticFiles embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"minus1": func(v uint64) uint64 { return v - 1 },
}).ParseFS(templateFiles, "templates/*.html"))

// Row is an item as the timeline shows it.
type Row struct {
	Kind, Label          string
	Time                 string
	Chain                string
	Asset, AssetShort    string
	Amount               string
	From, FromID         string
	To, ToID             string
	Platform             string
	PlatformDID          string
	Detail               string
	Tx, TxShort          string
	Block                uint64
	ChainID, ContractHex string
}

var labels = map[string]string{
	KindMinted: "Minted", KindTransferred: "Transferred", KindBurned: "Burned", KindWrapped: "Wrapped token minted",
	KindTokenized: "Tokenized", KindMetadata: "Metadata version", KindLocked: "Locked in escrow", KindReleased: "Released",
	KindRejected: "Rejected and returned", KindRefunded: "Refunded", KindSent: "Sent across chains", KindDelivered: "Delivered across chains",
	KindReturned: "Move refunded", KindAnchored: "Root anchored", KindRegistered: "Platform registered",
}

func (e *Explorer) rows(items []Item) []Row {
	out := make([]Row, 0, len(items))
	for _, it := range items {
		r := Row{Kind: it.Kind, Label: labels[it.Kind], Time: time.Unix(int64(it.Time), 0).UTC().Format(time.RFC3339), Chain: chain.EIP155(it.Chain).String(),
			Amount: it.Amount, Detail: it.Detail, Tx: it.Tx.Hex(), TxShort: it.Tx.Hex()[:10] + "…", Block: it.Block}
		if it.Kind == KindAnchored {
			r.Amount = ""
			r.Detail = fmt.Sprintf("batch %s of %s leaves, root %s, manifest %s", it.ID, it.Amount, it.Ref.Hex(), it.Detail)
		}
		if it.Token != (common.Address{}) && it.ID != "" && it.Kind != KindAnchored {
			home := it.Chain
			if it.HomeChain != 0 {
				home = it.HomeChain
			}
			std := "erc721"
			if c := e.chains[it.Chain]; c != nil && (it.Token == c.Suite["Asset1155"] || it.Token == c.Suite[Wrapped1155]) {
				std = "erc1155"
			}
			r.Asset = fmt.Sprintf("eip155:%d/%s:%s/%s", home, std, it.Token.Hex(), it.ID)
			r.AssetShort = fmt.Sprintf("%s…/%s", it.Token.Hex()[:8], shortID(it.ID))
		}
		if it.From != (common.Address{}) {
			r.From, r.FromID = it.From.Hex(), chain.EIP155Account(it.Chain, it.From).String()
		}
		if it.To != (common.Address{}) {
			r.To, r.ToID = it.To.Hex(), chain.EIP155Account(it.Chain, it.To).String()
		}
		if it.Platform != (common.Hash{}) {
			r.Platform, r.PlatformDID = it.Platform.Hex()[:12]+"…", e.PlatformDID(it.Platform)
		}
		out = append(out, r)
	}
	return out
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:6] + "…" + id[len(id)-4:]
	}
	return id
}

// view is what every page template gets.
type view struct {
	Title  string
	Query  string
	Chains []string
	Data   any
	// Inline, in a report, carries the style and scripts into the file.
	Inline *inline
}

type inline struct {
	CSS    template.CSS
	Ethers template.JS
	Verify template.JS
}

// Server serves the explorer's pages on loopback.
type Server struct {
	X *Explorer
	// Log gets errors; nil: slog.Default.
	Log *slog.Logger
}

// Handler is the explorer's routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /asset/{id...}", s.asset)
	mux.HandleFunc("GET /account/{id}", s.account)
	mux.HandleFunc("GET /did/{did...}", s.did)
	mux.HandleFunc("GET /versions/{subject...}", s.versions)
	mux.HandleFunc("GET /proof/{file}", s.proof)
	mux.HandleFunc("GET /ipfs/{cid}", s.block)
	mux.HandleFunc("GET /tx/{chain}/{hash}", s.tx)
	mux.HandleFunc("GET /verify", s.verifyForm)
	mux.HandleFunc("POST /verify", s.verifyPost)
	mux.HandleFunc("POST /rpc/{chain}", s.rpc)
	mux.HandleFunc("GET /report", s.report)
	mux.HandleFunc("GET /audit", s.audits)
	mux.HandleFunc("GET /audit/{node...}", s.audit)
	mux.Handle("GET /static/", http.FileServerFS(staticFiles))
	return s.guard(mux)
}

// guard answers only requests addressed to a loopback host: a page of
// another site cannot reach the explorer through DNS rebinding. It sets a
// policy that lets the page's scripts talk only to this origin.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			host = r.Host
		}
		if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			http.Error(w, "the explorer answers on loopback only (Host "+r.Host+")", http.StatusMisdirectedRequest)
			return
		}
		// A page of another site may still POST here (a form, a no-cors
		// fetch): /verify would resolve DIDs it chose and /rpc spend the
		// auditor's endpoint. Browsers say where a request comes from.
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			site := r.Header.Get("Sec-Fetch-Site")
			origin := r.Header.Get("Origin")
			if (site != "" && site != "same-origin" && site != "none") || (origin != "" && origin != "http://"+r.Host) {
				http.Error(w, "the explorer takes no requests from other sites", http.StatusForbidden)
				return
			}
		}
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin") // no-referrer would make a same-origin form post say Origin: null
		next.ServeHTTP(w, r)
	})
}

func (s *Server) logger() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	if r.URL.Query().Get("format") == "json" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(data)
		return
	}
	var buf bytes.Buffer
	v := view{Title: title, Query: r.URL.Query().Get("q"), Data: data}
	for _, c := range s.X.Chains() {
		v.Chains = append(v.Chains, chain.EIP155(c.ID).String())
	}
	if err := pages.ExecuteTemplate(&buf, name, v); err != nil {
		s.logger().Error("render page", "page", name, "error", err)
		http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

type problemView struct{ Heading, Message string }

func (s *Server) problem(w http.ResponseWriter, r *http.Request, status int, heading, format string, args ...any) {
	s.render(w, r, status, "problem", heading, problemView{Heading: heading, Message: fmt.Sprintf(format, args...)})
}

type homeView struct {
	Progress  []Progress
	Platforms []struct{ DID string }
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	v := homeView{Progress: s.X.Status(r.Context())}
	_ = s.X.db.Scan([]byte(pDID), nil, func(_, val []byte) bool {
		v.Platforms = append(v.Platforms, struct{ DID string }{string(val)})
		return len(v.Platforms) < 200
	})
	s.render(w, r, http.StatusOK, "home", "Chains", v)
}

// search sends a query to the page of what it names.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	switch {
	case q == "":
		s.problem(w, r, http.StatusBadRequest, "Nothing to look up", "Type an asset's CAIP-19 id, an address (0x… or CAIP-10), a DID or an anchored subject.")
		return
	case strings.HasPrefix(q, "did:"):
		http.Redirect(w, r, "/did/"+q, http.StatusSeeOther)
	case strings.Contains(q, "/erc721:") || strings.Contains(q, "/erc1155:"):
		http.Redirect(w, r, "/asset/"+q, http.StatusSeeOther)
	case common.IsHexAddress(q) || strings.HasPrefix(q, "eip155:"):
		http.Redirect(w, r, "/account/"+url.PathEscape(q), http.StatusSeeOther)
	default:
		http.Redirect(w, r, "/versions/"+q, http.StatusSeeOther)
	}
}

type assetView struct {
	Title   string
	T       *Timeline
	Rows    []Row
	OwnerID string
}

func (s *Server) asset(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	t, err := s.X.Timeline(r.Context(), id)
	if err != nil {
		status := http.StatusBadRequest
		if errors.Is(err, ErrNotFollowed) {
			status = http.StatusNotFound
		}
		s.problem(w, r, status, "No such asset here", "%s: %v", id, err)
		return
	}
	s.render(w, r, http.StatusOK, "asset", assetTitle(t), s.X.assetView(t))
}

func assetTitle(t *Timeline) string {
	if t.Shown != nil && t.Shown.Metadata != nil && t.Shown.Metadata.Name != "" {
		return "Asset: " + t.Shown.Metadata.Name
	}
	return "Asset " + t.Asset
}

func (e *Explorer) assetView(t *Timeline) assetView {
	v := assetView{Title: assetTitle(t), T: t, Rows: e.rows(t.Events)}
	if t.Shown != nil && t.Shown.Owner != nil {
		if a, err := chain.ParseAssetID(t.Asset); err == nil {
			v.OwnerID = a.Chain.String() + ":" + t.Shown.Owner.Hex()
		}
	}
	return v
}

type section struct {
	ID, Heading, Empty, Next string
	Rows                     []Row
}

type activityView struct {
	Title, Intro string
	Sections     []section
	Subjects     []string
	Nodes        []string
}

// account parses an address, bare or CAIP-10.
func parseAccount(s string) (common.Address, error) {
	if common.IsHexAddress(s) && strings.HasPrefix(s, "0x") {
		return common.HexToAddress(s), nil
	}
	a, err := chain.ParseAccountID(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%q is neither an address (0x…) nor a CAIP-10 account id", s)
	}
	return a.EVMAddress()
}

func (s *Server) account(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	addr, err := parseAccount(id)
	if err != nil {
		s.problem(w, r, http.StatusBadRequest, "Not an account", "%v", err)
		return
	}
	sec, err := s.X.accountSection(addr, r.URL.Query().Get("after"), "/account/"+id)
	if err != nil {
		s.problem(w, r, http.StatusBadRequest, "Bad page", "%v", err)
		return
	}
	s.render(w, r, http.StatusOK, "activity", "Account "+addr.Hex(), activityView{Title: "Account " + addr.Hex(), Intro: "Every suite event this address took part in, on every chain the explorer reads, oldest first.", Sections: []section{sec}})
}

// pageSize is how many events an activity page lists.
const pageSize = 50

func (e *Explorer) accountSection(addr common.Address, after, base string) (section, error) {
	p, err := e.AccountActivity(addr, after, pageSize)
	if err != nil {
		return section{}, err
	}
	sec := section{ID: "activity", Heading: "Activity", Empty: "No suite event names this address.", Rows: e.rows(p.Items)}
	if p.Next != "" {
		sec.Next = base + "?after=" + p.Next
	}
	return sec, nil
}

func (s *Server) did(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("did")
	if !strings.HasPrefix(id, "did:") || len(id) > 2048 {
		s.problem(w, r, http.StatusBadRequest, "Not a DID", "%q is not a DID (did:method:…)", id)
		return
	}
	v := activityView{Title: id}
	after := r.URL.Query().Get("after")
	if e := s.X; e.PlatformDID(common.Hash(platformID(id))) != "" {
		p, err := e.PlatformActivity(id, after, pageSize)
		if err != nil {
			s.problem(w, r, http.StatusBadRequest, "Bad page", "%v", err)
			return
		}
		sec := section{ID: "platform", Heading: "Platform activity", Empty: "No event names this platform.", Rows: e.rows(p.Items)}
		if p.Next != "" {
			sec.Next = "/did/" + id + "?after=" + p.Next
		}
		v.Intro = "A platform registered on chain: its mints, metadata versions, and the transfers and moves sent to it."
		v.Sections = append(v.Sections, sec)
	}
	if addr, ok := anchor.Account(id); ok {
		sec, err := s.X.accountSection(addr, after, "/did/"+id)
		if err != nil {
			s.problem(w, r, http.StatusBadRequest, "Bad page", "%v", err)
			return
		}
		sec.Heading = "Activity of its account " + addr.Hex()
		v.Sections = append(v.Sections, sec)
	}
	subjects, err := s.X.Subjects(id, 100)
	if err != nil {
		s.problem(w, r, http.StatusInternalServerError, "Index unreadable", "%v", err)
		return
	}
	v.Subjects = subjects
	for _, n := range s.X.cfg.Nodes {
		if d, _ := s.X.nodeDID(r.Context(), n); d == id {
			v.Nodes = append(v.Nodes, id)
			break
		}
	}
	if len(v.Sections) == 0 && len(v.Subjects) == 0 {
		v.Intro = "No platform registration, account activity or anchored subject names this DID in what the explorer has read."
	}
	s.render(w, r, http.StatusOK, "activity", id, v)
}

// versionView is one anchored version as its section shows it.
type versionView struct {
	Leaf
	ProofURL, ProofFile, RPC, Gateway string
	TxURL, TxShort                    string
	When                              string
	// Signature is the explorer's check of the document's signature,
	// which the page's script leaves to it.
	Signature   string
	SignatureOK bool
}

func (e *Explorer) versionViews(leaves []Leaf) []versionView {
	out := make([]versionView, 0, len(leaves))
	for _, l := range leaves {
		proof := "/proof/" + l.CID + ".json?tx=" + l.Tx.Hex()
		out = append(out, versionView{Leaf: l, ProofURL: proof, ProofFile: proof,
			RPC: "/rpc/" + l.Chain, TxURL: "/tx/" + l.Chain + "/" + l.Tx.Hex(), TxShort: l.Tx.Hex()[:10] + "…",
			When: time.Unix(int64(l.Time), 0).UTC().Format(time.RFC3339)})
	}
	return out
}

func (s *Server) versions(w http.ResponseWriter, r *http.Request) {
	subject := r.PathValue("subject")
	if subject == "" || len(subject) > maxSubject {
		s.problem(w, r, http.StatusBadRequest, "Not a subject", "an anchored subject is a name such as identity:did:… or avatar:did:…/NAME, at most %d bytes", maxSubject)
		return
	}
	leaves, err := s.X.Versions(subject)
	if err != nil {
		s.problem(w, r, http.StatusInternalServerError, "Index unreadable", "%v", err)
		return
	}
	views := s.X.versionViews(leaves)
	for i := range views {
		views[i].SignatureOK, views[i].Signature = s.X.checkSignature(r.Context(), views[i].CID)
	}
	s.render(w, r, http.StatusOK, "versions", "Anchored versions of "+subject, struct {
		Subject  string
		Versions []versionView
	}{subject, views})
}

// proof serves an anchored version's proof file, its document carried
// inside (the page's script hashes it to the CID: carrying it costs the
// auditor no trust).
func (s *Server) proof(w http.ResponseWriter, r *http.Request) {
	c, ok := strings.CutSuffix(r.PathValue("file"), ".json")
	if !ok {
		http.Error(w, "a proof is /proof/CID.json", http.StatusNotFound)
		return
	}
	var tx []common.Hash
	if t := r.URL.Query().Get("tx"); t != "" {
		if len(t) != 66 || !strings.HasPrefix(t, "0x") {
			writeJSONError(w, http.StatusBadRequest, errors.New("tx is the anchoring transaction's hash, 0x and 64 hex digits"))
			return
		}
		tx = append(tx, common.HexToHash(t))
	}
	p, err := s.X.Proof(r.Context(), c, tx...)
	if errors.Is(err, ErrUnknownVersion) {
		writeJSONError(w, http.StatusNotFound, err)
		return
	}
	if err == nil {
		var doc []byte
		if doc, err = s.X.Document(r.Context(), c); err == nil {
			p.Document = string(doc)
		}
	}
	if err != nil {
		writeJSONError(w, http.StatusBadGateway, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(p)
}

func writeJSONError(w http.ResponseWriter, status int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

// block serves one verified block (a version document) to the page's
// script, as a trustless gateway does: raw bytes the script hashes itself.
func (s *Server) block(w http.ResponseWriter, r *http.Request) {
	c, err := cid.Decode(r.PathValue("cid"))
	if err != nil {
		http.Error(w, "not a CID", http.StatusBadRequest)
		return
	}
	b, err := s.X.Document(r.Context(), c.String())
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/vnd.ipld.raw")
	_, _ = w.Write(b)
}

func (s *Server) tx(w http.ResponseWriter, r *http.Request) {
	hash := r.PathValue("hash")
	cid, err := chain.ParseChainID(r.PathValue("chain"))
	if err != nil || len(hash) != 66 || !strings.HasPrefix(hash, "0x") {
		s.problem(w, r, http.StatusBadRequest, "Not a transaction", "a transaction is /tx/CAIP-2/0x… (64 hex digits)")
		return
	}
	id, _ := cid.EVMChainID()
	c, ok := s.X.chains[id]
	if !ok {
		s.problem(w, r, http.StatusNotFound, "Chain not followed", "%v: %s", ErrNotFollowed, cid)
		return
	}
	h := common.HexToHash(hash)
	items, err := s.X.TxItems(h)
	if err != nil {
		s.problem(w, r, http.StatusInternalServerError, "Index unreadable", "%v", err)
		return
	}
	v := struct {
		Tx, Chain, Status string
		Block             uint64
		Rows              []Row
	}{Tx: h.Hex(), Chain: cid.String(), Rows: s.X.rows(items)}
	if rc, err := c.Backend.TransactionReceipt(r.Context(), h); err == nil {
		v.Block = rc.BlockNumber.Uint64()
		v.Status = "succeeded"
		if rc.Status != 1 {
			v.Status = "reverted"
		}
	}
	s.render(w, r, http.StatusOK, "tx", "Transaction "+h.Hex(), v)
}

type verifyView struct {
	Proof, RPC, Gateway string
	Verdict, Message    string
	Checks              []anchor.Check
}

func (s *Server) verifyForm(w http.ResponseWriter, r *http.Request) {
	v := verifyView{}
	if cs := s.X.Chains(); len(cs) > 0 {
		v.RPC = "/rpc/" + chain.EIP155(cs[0].ID).String()
	}
	s.render(w, r, http.StatusOK, "verify", "Check a proof", v)
}

// verifyPost checks a pasted proof in Go: what a browser without
// JavaScript gets. The chain is the one the proof names, read through the
// explorer's own endpoint for it.
func (s *Server) verifyPost(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, anchor.MaxProofFile+4096)
	if err := r.ParseForm(); err != nil {
		s.problem(w, r, http.StatusRequestEntityTooLarge, "Proof too large", "a proof file is at most %d bytes", anchor.MaxProofFile)
		return
	}
	v := verifyView{Proof: r.PostForm.Get("proof"), RPC: r.PostForm.Get("rpc"), Gateway: r.PostForm.Get("gateway")}
	res := s.X.VerifyProof(r.Context(), []byte(v.Proof))
	v.Checks = res.Checks
	if res.OK {
		v.Verdict, v.Message = "verified", "Verified by this explorer: every check holds."
	} else {
		v.Verdict, v.Message = "refused", "Refused by this explorer: "+res.Reason
	}
	s.render(w, r, http.StatusOK, "verify", "Check a proof", v)
}

// ProofResult is VerifyProof's outcome.
type ProofResult struct {
	OK     bool           `json:"ok"`
	Reason string         `json:"reason,omitempty"`
	Checks []anchor.Check `json:"checks,omitempty"`
}

// VerifyProof checks a proof file against the chain it names.
func (e *Explorer) VerifyProof(ctx context.Context, raw []byte) ProofResult {
	p, err := anchor.ReadProof(bytes.NewReader(raw))
	if err != nil {
		return ProofResult{Reason: err.Error()}
	}
	cid, err := chain.ParseChainID(p.Chain)
	if err != nil {
		return ProofResult{Reason: fmt.Sprintf("the proof's chain %q: %v", p.Chain, err)}
	}
	id, _ := cid.EVMChainID()
	c, ok := e.chains[id]
	if !ok {
		return ProofResult{Reason: fmt.Sprintf("the proof is anchored on %s, which this explorer does not read", p.Chain)}
	}
	gw := ""
	if len(e.cfg.Gateways) > 0 {
		gw = e.cfg.Gateways[0]
	}
	vf := &anchor.Verifier{Chain: c.Backend, Gateway: gw, HTTP: e.cfg.HTTP, Resolver: e.resolver}
	res := vf.Verify(ctx, p)
	out := ProofResult{OK: res.OK, Checks: res.Checks}
	if !res.OK {
		last := res.Checks[len(res.Checks)-1]
		out.Reason = fmt.Sprintf("the %s check failed: %s", last.Name, last.Detail)
	}
	return out
}

// relayed are the JSON-RPC methods the page's script may read through
// the explorer: reads only, nothing that sends or signs.
var relayed = map[string]bool{
	"eth_chainId": true, "eth_blockNumber": true, "eth_getBlockByNumber": true, "eth_getBlockByHash": true,
	"eth_getTransactionReceipt": true, "eth_getTransactionByHash": true, "eth_call": true, "eth_getCode": true, "net_version": true,
}

// rpc relays the page script's read-only JSON-RPC calls to the chain's
// endpoint, so a browser reaches an endpoint that sends no CORS headers.
func (s *Server) rpc(w http.ResponseWriter, r *http.Request) {
	cid, err := chain.ParseChainID(r.PathValue("chain"))
	if err != nil {
		http.Error(w, "not a CAIP-2 chain id", http.StatusBadRequest)
		return
	}
	id, _ := cid.EVMChainID()
	c, ok := s.X.chains[id]
	if !ok || c.RPC == nil {
		http.Error(w, "the explorer does not read "+cid.String(), http.StatusNotFound)
		return
	}
	// application/json makes a cross-site fetch ask first (CORS
	// preflight), which the explorer never allows.
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		http.Error(w, "a JSON-RPC request is Content-Type: application/json", http.StatusUnsupportedMediaType)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10+1))
	if err != nil || len(body) > 64<<10 {
		http.Error(w, "a JSON-RPC request is at most 64 KiB", http.StatusRequestEntityTooLarge)
		return
	}
	var req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, "one JSON-RPC request object (no batches): "+err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	answer := func(result any, rpcErr error) {
		out := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if rpcErr != nil {
			out["error"] = map[string]any{"code": -32000, "message": rpcErr.Error()}
		} else {
			out["result"] = result
		}
		_ = json.NewEncoder(w).Encode(out)
	}
	if !relayed[req.Method] {
		answer(nil, fmt.Errorf("the explorer relays only reads (%s is not one)", req.Method))
		return
	}
	params := make([]any, len(req.Params))
	for i, p := range req.Params {
		params[i] = p
	}
	ctx, cancel := context.WithTimeout(r.Context(), 15*time.Second)
	defer cancel()
	var result json.RawMessage
	answer(&result, c.RPC.CallContext(ctx, &result, req.Method, params...))
}

// report serves Report for ?target= and an optional ?from= and ?to=
// (RFC 3339 or YYYY-MM-DD), as HTML to save or, with ?format=json, as the
// JSON export: what `mifm audit report` writes.
func (s *Server) report(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, err := ParseWhen(q.Get("from"), false)
	if err == nil {
		var to time.Time
		if to, err = ParseWhen(q.Get("to"), true); err == nil {
			var rep *Report
			if rep, err = s.X.Report(r.Context(), ReportRequest{Target: q.Get("target"), From: from, To: to}); err == nil {
				if q.Get("format") == "json" {
					w.Header().Set("Content-Type", "application/json")
					_ = rep.WriteJSON(w)
					return
				}
				var buf bytes.Buffer
				if err = s.X.WriteHTML(&buf, rep); err == nil {
					w.Header().Set("Content-Type", "text/html; charset=utf-8")
					w.Header().Set("Content-Disposition", `attachment; filename="mifm-report.html"`)
					_, _ = w.Write(buf.Bytes())
					return
				}
			}
		}
	}
	s.problem(w, r, http.StatusBadRequest, "No report", "%v", err)
}

// ParseWhen reads a range bound: RFC 3339, or a date (YYYY-MM-DD, UTC),
// which as an end bound means the end of that day; "" is open.
func ParseWhen(v string, end bool) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	d, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither a date (2026-12-01) nor a time (2026-12-01T10:00:00Z)", v)
	}
	if end {
		d = d.Add(24*time.Hour - time.Second)
	}
	return d, nil
}

// checkSignature reads a version document and checks its author's
// signature against the author's DID document.
func (e *Explorer) checkSignature(ctx context.Context, version string) (bool, string) {
	doc, err := e.Document(ctx, version)
	if err != nil {
		return false, err.Error()
	}
	v, err := anchor.Decode(doc)
	if err != nil {
		return false, err.Error()
	}
	if err := v.VerifySignature(ctx, e.resolver); err != nil {
		return false, err.Error()
	}
	return true, "signed by " + v.Author
}
