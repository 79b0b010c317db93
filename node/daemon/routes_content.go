package daemon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/re"
)

// Media types of the content routes.
const (
	mediaOctets = "application/octet-stream"
	mediaTar    = "application/x-tar"
	mediaCAR    = "application/vnd.ipld.car"
)

// Headers and trailers of the content streams. A stream that fails after
// its first bytes cannot change its status any more: it ends with the
// error in the Mifm-Error trailer, which riclient turns back into the
// error the operation returned in process.
const (
	headerFileSize = "Mifm-File-Size"
	trailerError   = "Mifm-Error"
	trailerBlocks  = "Mifm-Blocks"
)

// contentRoutes are the content store on RI (COSF, RI-3). Uploads (add,
// CAR import) are streamed into the store and bounded by content.max_upload;
// an upload over it is answered 413 and leaves nothing stored.
func (s *Server) contentRoutes() []route {
	m := s.core
	return []route{
		{api: apiRI, method: "POST", path: "/ri/v1/content", op: "content.add",
			summary: "Add a file (application/octet-stream: its bytes) or a folder (application/x-tar: a tar stream of its entries, paths relative to the folder) and answer with the CID `ipfs add [-r]` prints with the same flags. The body is streamed into the store and bounded by the home's content.max_upload (413 beyond it); a failed add stores nothing.",
			inMedia: mediaOctets, out: "Added", query: []param{
				{"name", "string", "the file's name, echoed in the answer"},
				{"cid-version", "integer", "0 (Qm…, the default) or 1 (bafy…)"},
				{"raw-leaves", "boolean", "file data in raw blocks (default: true with cid-version 1, false with 0)"},
				{"chunker", "string", "size-N (N ≤ 1048576), rabin[-min-avg-max] or buzhash (default size-262144)"},
				{"pin", "boolean", "pin the root so gc keeps it (default true)"},
				{"hidden", "boolean", "keep folder entries whose names start with a dot (default false)"},
				{"only-hash", "boolean", "compute the CID only; store nothing (default false)"},
			}, raw: http.HandlerFunc(s.contentAdd)},
		{api: apiRI, method: "GET", path: "/ri/v1/content/{id}", op: "content.cat",
			summary:  "A file's bytes, or a range of them: offset and length query parameters, or one `Range: bytes=` header answered 206 with Content-Range (416 for a range outside the file). Mifm-File-Size gives the whole file's size; an error after the first bytes ends the stream with a Mifm-Error trailer.",
			outMedia: mediaOctets, query: []param{
				{"offset", "integer", "first byte to read (default 0)"},
				{"length", "integer", "bytes to read (default -1: to the end)"},
			}, raw: http.HandlerFunc(s.contentCat)},
		{api: apiRI, method: "GET", path: "/ri/v1/content/{id}/ls", op: "content.ls", summary: "A directory's entries: name, CID, type, size.", out: "ContentEntries", h: onCID(m.ContentLs)},
		{api: apiRI, method: "GET", path: "/ri/v1/content/{id}/stat", op: "content.stat", summary: "Type, size, codec and block count of a CID's DAG (which must be complete in the store).", out: "ContentStat", h: onCID(m.ContentStat)},
		{api: apiRI, method: "GET", path: "/ri/v1/content/{id}/car", op: "content.export",
			summary:  "A CID's whole DAG as a CARv1 stream, blocks in depth-first order; the Mifm-Blocks trailer counts them, a Mifm-Error trailer reports a block missing half way.",
			outMedia: mediaCAR, raw: http.HandlerFunc(s.contentExport)},
		{api: apiRI, method: "POST", path: "/ri/v1/content/car", op: "content.import",
			summary: "Import a CARv1 or CARv2 stream, every block checked against its CID, and pin its complete roots. Bounded by content.max_upload (413); a corrupt or oversized CAR stores nothing.",
			inMedia: mediaCAR, out: "ContentImported", raw: http.HandlerFunc(s.contentImport)},
		{api: apiRI, method: "GET", path: "/ri/v1/content/pins", op: "content.pins", summary: "The pinned roots.", out: "ContentPins", h: func(ctx context.Context, c *call) (any, error) {
			pins, err := m.PinLs(ctx)
			return pins, contentProblem(err)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/content/pins/{id}", op: "content.pin", summary: "Pin a CID whose whole DAG is in the store (404 when it is not).", out: "PinChange", h: onCID(m.PinAdd)},
		{api: apiRI, method: "DELETE", path: "/ri/v1/content/pins/{id}", op: "content.unpin", summary: "Unpin a CID; its blocks go at the next gc unless another pin holds them.", out: "PinChange", h: onCID(m.PinRm)},
		{api: apiRI, method: "POST", path: "/ri/v1/content/gc", op: "content.gc", summary: "Remove every block no pin reaches.", out: "ContentGC", h: func(ctx context.Context, c *call) (any, error) {
			res, err := m.ContentGC(ctx)
			return res, contentProblem(err)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/content/migrate", op: "content.migrate", summary: "Copy every DAG pinned in the node's embedded store into the Kubo node `to` names (kubo:http://HOST:PORT; its credential from the environment variable content.auth_env names), each block checked on arrival and each root pinned in Kubo once whole. A root Kubo holds whole already is only pinned, so a run cut short resumes. Over RI the Kubo must be on the node's machine (loopback); the node keeps serving from its embedded store until content.backend names the Kubo and it restarts.", in: "ContentMigrate", out: "ContentMigrated", h: func(ctx context.Context, c *call) (any, error) {
			var req api.ContentMigrateRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			res, err := m.ContentMigrate(ctx, req)
			return res, contentProblem(err)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/content/fetch", op: "content.fetch", summary: "Fetch a CID's DAG from another node's trustless gateway (the platform names it), verify every block against its CID, store and pin it; bounded in size and time by the store's fetch limits.", in: "ContentFetch", out: "ContentFetched", h: func(ctx context.Context, c *call) (any, error) {
			var req api.FetchRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			if _, err := ipfs.ParseCID(req.CID); err != nil {
				return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%v", err)
			}
			if u, err := url.Parse(req.From); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "gateway URL %q: want http(s)://host[:port]", req.From)
			}
			res, err := m.ContentFetch(ctx, req)
			if err != nil && !errors.Is(err, ipfs.ErrNotFound) && !errors.Is(err, ipfs.ErrTooLarge) {
				// The gateway did not answer, or not with its blocks.
				return nil, re.NewProblem(http.StatusBadGateway, re.CodeUnavailable, "%s", err.Error())
			}
			return res, contentProblem(err)
		}},
	}
}

// contentProblem maps the content store's errors to problems; their detail
// is the error's text, so a command prints the same through a running node.
func contentProblem(err error) error {
	return knownCode(contentProblemOf(err), err)
}

func contentProblemOf(err error) error {
	if err == nil {
		return nil
	}
	var p *re.Problem
	switch {
	case errors.As(err, &p):
		return p
	case errors.Is(err, ipfs.ErrNotFound), errors.Is(err, ipfs.ErrNotPinned):
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error())
	case errors.Is(err, ipfs.ErrKubo):
		// The operator's Kubo is down or failing: not the caller's fault,
		// and worth a retry later.
		return re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "%s", err.Error())
	case errors.Is(err, ipfs.ErrBadRange):
		return re.NewProblem(http.StatusRequestedRangeNotSatisfiable, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, ipfs.ErrTooLarge):
		return re.NewProblem(http.StatusUnprocessableEntity, re.CodeBadRequest, "%s", err.Error())
	case errors.Is(err, ipfs.ErrNotAFile), errors.Is(err, ipfs.ErrNotADirectory),
		errors.Is(err, ipfs.ErrBadAddOptions), errors.Is(err, ipfs.ErrBadCAR), errors.Is(err, ipfs.ErrBadTar),
		errors.Is(err, ipfs.ErrBadBackend):
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	}
	return err
}

// pathCID reads the {id} of a content route.
// onCID is the handler of a route whose {id} is a CID the operation takes.
func onCID[T any](op func(context.Context, cid.Cid) (T, error)) func(context.Context, *call) (any, error) {
	return func(ctx context.Context, c *call) (any, error) {
		id, err := pathCID(c.r)
		if err != nil {
			return nil, err
		}
		out, err := op(ctx, id)
		if err != nil {
			return nil, contentProblem(err)
		}
		return out, nil
	}
}

func pathCID(r *http.Request) (cid.Cid, error) {
	id, err := ipfs.ParseCID(r.PathValue("id"))
	if err != nil {
		return cid.Undef, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%v", err)
	}
	return id, nil
}

// failContent answers a raw content route with err as a problem.
func failContent(w http.ResponseWriter, r *http.Request, err error) {
	re.WriteProblem(w, r, toProblem(contentProblem(err)))
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(v)
}

// upload bounds a streamed request body by the home's content.max_upload
// and remembers whether the client sent more, whatever the operation then
// made of the read error.
type upload struct {
	r       io.Reader
	limit   int64
	over    bool
	release func() // ends the upload's turn (uploadSlot)
}

func (s *Server) newUpload(w http.ResponseWriter, r *http.Request) (*upload, bool) {
	limit := s.core.Home.Config.Content.UploadLimit()
	if r.ContentLength > limit {
		re.WriteProblem(w, r, tooLarge(limit))
		return nil, false
	}
	release, ok := s.uploadSlot(r)
	if !ok {
		return nil, false // the client went away while waiting
	}
	allowUpload(w, limit)
	return &upload{r: http.MaxBytesReader(w, r.Body, limit), limit: limit, release: release}, true
}

func (u *upload) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		u.over = true
	}
	return n, err
}

func tooLarge(limit int64) *re.Problem {
	return re.NewProblem(http.StatusRequestEntityTooLarge, re.CodeBodyTooLarge, "the upload is larger than this node's content.max_upload (%d bytes): nothing was stored", limit)
}

// mediaType is the request's Content-Type without parameters; want lists
// the accepted ones, the first being the default when none is sent.
func mediaType(w http.ResponseWriter, r *http.Request, want ...string) (string, bool) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return want[0], true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err == nil {
		for _, m := range want {
			if mt == m {
				return mt, true
			}
		}
	}
	re.WriteProblem(w, r, re.NewProblem(http.StatusUnsupportedMediaType, re.CodeBadRequest, "Content-Type %q: send %s", ct, strings.Join(want, " or ")))
	return "", false
}

func (s *Server) contentAdd(w http.ResponseWriter, r *http.Request) {
	opts, err := addOptions(r.URL.Query())
	if err != nil {
		failContent(w, r, err)
		return
	}
	name := r.URL.Query().Get("name")
	if len(name) > 255 || strings.ContainsAny(name, "/\x00") {
		failContent(w, r, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "name %.40q: want a file name of at most 255 bytes, without /", name))
		return
	}
	mt, ok := mediaType(w, r, mediaOctets, mediaTar)
	if !ok {
		return
	}
	body, ok := s.newUpload(w, r)
	if !ok {
		return
	}
	defer body.release()
	added, err := s.core.ContentAdd(r.Context(), api.Upload{Body: body, Folder: mt == mediaTar, Size: r.ContentLength, Name: name}, opts)
	if body.over {
		re.WriteProblem(w, r, tooLarge(body.limit))
		return
	}
	if err != nil {
		failContent(w, r, err)
		return
	}
	writeJSON(w, added)
}

// addOptions reads Kubo's add flags from the query.
func addOptions(q url.Values) (api.AddOptions, error) {
	opts := api.AddOptions{Chunker: q.Get("chunker"), Pin: true}
	bad := func(name, want string) error {
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s=%.40q: want %s", name, q.Get(name), want)
	}
	if v := q.Get("cid-version"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return opts, bad("cid-version", "0 or 1")
		}
		opts.CIDVersion = n
	}
	flags := map[string]*bool{"pin": &opts.Pin, "hidden": &opts.Hidden, "only-hash": &opts.OnlyHash}
	for name, dst := range flags {
		if v := q.Get(name); v != "" {
			b, err := strconv.ParseBool(v)
			if err != nil {
				return opts, bad(name, "true or false")
			}
			*dst = b
		}
	}
	if v := q.Get("raw-leaves"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return opts, bad("raw-leaves", "true or false")
		}
		opts.RawLeaves = &b
	}
	if opts.OnlyHash {
		opts.Pin = false
	}
	return opts, nil
}

func (s *Server) contentImport(w http.ResponseWriter, r *http.Request) {
	if _, ok := mediaType(w, r, mediaCAR, mediaOctets); !ok {
		return
	}
	body, ok := s.newUpload(w, r)
	if !ok {
		return
	}
	defer body.release()
	imp, err := s.core.ContentImport(r.Context(), body)
	if body.over {
		re.WriteProblem(w, r, tooLarge(body.limit))
		return
	}
	if err != nil {
		failContent(w, r, err)
		return
	}
	writeJSON(w, imp)
}

func (s *Server) contentCat(w http.ResponseWriter, r *http.Request) {
	id, err := pathCID(r)
	if err != nil {
		failContent(w, r, err)
		return
	}
	offset, length, query, err := catQuery(r.URL.Query())
	if err != nil {
		failContent(w, r, err)
		return
	}
	rng := r.Header.Get("Range")
	if rng != "" && query {
		failContent(w, r, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "give offset and length or a Range header, not both"))
		return
	}
	// The whole file's size first: a range is checked against it.
	head, err := s.core.ContentCat(r.Context(), id, 0, 0)
	if err != nil {
		failContent(w, r, err)
		return
	}
	size := int64(head.Size)
	head.Close()
	unsatisfiable := func(err error) {
		w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", size))
		failContent(w, r, err)
	}
	partial := false
	if rng != "" {
		start, n, ok, err := parseRange(rng, size)
		if err != nil {
			unsatisfiable(err)
			return
		}
		if ok {
			offset, length, partial = start, n, true
		}
	}
	f, err := s.core.ContentCat(r.Context(), id, offset, length)
	if err != nil {
		if errors.Is(err, ipfs.ErrBadRange) {
			unsatisfiable(err)
			return
		}
		failContent(w, r, err)
		return
	}
	defer f.Close()
	h := w.Header()
	h.Set("Content-Type", mediaOctets)
	h.Set("Accept-Ranges", "bytes")
	h.Set(headerFileSize, strconv.FormatInt(size, 10))
	h.Set("Trailer", trailerError)
	status := http.StatusOK
	if partial {
		h.Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", offset, offset+length-1, size))
		status = http.StatusPartialContent
	}
	w.WriteHeader(status)
	if _, err := io.Copy(w, f); err != nil && r.Context().Err() == nil {
		h.Set(trailerError, oneLine(err.Error()))
	}
}

// catQuery reads offset and length; query says whether either was given.
func catQuery(q url.Values) (offset, length int64, query bool, err error) {
	length = -1
	if v := q.Get("offset"); v != "" {
		query = true
		if offset, err = strconv.ParseInt(v, 10, 64); err != nil || offset < 0 {
			return 0, 0, true, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "offset=%.40q: want a byte offset (0 or more)", v)
		}
	}
	if v := q.Get("length"); v != "" {
		query = true
		if length, err = strconv.ParseInt(v, 10, 64); err != nil || length < -1 {
			return 0, 0, true, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "length=%.40q: want a byte count (-1: to the end)", v)
		}
	}
	return offset, length, query, nil
}

// parseRange reads one RFC 9110 byte range of a file of size bytes: its
// first byte and length. A header in another unit is ignored (ok false),
// as RFC 9110 asks; a malformed range, several ranges, or one that starts
// past the end are refused with 416.
func parseRange(h string, size int64) (start, n int64, ok bool, err error) {
	unit, spec, found := strings.Cut(strings.TrimSpace(h), "=")
	if !found || !strings.EqualFold(strings.TrimSpace(unit), "bytes") {
		return 0, 0, false, nil
	}
	bad := func(why string) error {
		return re.NewProblem(http.StatusRequestedRangeNotSatisfiable, re.CodeBadRequest, "Range %.60q: %s (the file has %d bytes)", h, why, size)
	}
	spec = strings.TrimSpace(spec)
	if strings.Contains(spec, ",") {
		return 0, 0, false, bad("one range per request")
	}
	first, last, found := strings.Cut(spec, "-")
	if !found {
		return 0, 0, false, bad("want bytes=FIRST-LAST, bytes=FIRST- or bytes=-SUFFIX")
	}
	num := func(s string) (int64, bool) {
		v, err := strconv.ParseInt(s, 10, 64)
		return v, err == nil && v >= 0 && s[0] != '+'
	}
	if first == "" { // the last bytes
		k, valid := num(last)
		if !valid || k == 0 {
			return 0, 0, false, bad("want a suffix length of 1 or more")
		}
		if size == 0 {
			return 0, 0, false, bad("the file is empty")
		}
		k = min(k, size)
		return size - k, k, true, nil
	}
	start, valid := num(first)
	if !valid {
		return 0, 0, false, bad("want bytes=FIRST-LAST, bytes=FIRST- or bytes=-SUFFIX")
	}
	if start >= size {
		return 0, 0, false, bad("it starts past the end")
	}
	end := size - 1
	if last != "" {
		e, valid := num(last)
		if !valid || e < start {
			return 0, 0, false, bad("the last byte comes before the first")
		}
		end = min(e, size-1)
	}
	return start, end - start + 1, true, nil
}

func (s *Server) contentExport(w http.ResponseWriter, r *http.Request) {
	id, err := pathCID(r)
	if err != nil {
		failContent(w, r, err)
		return
	}
	pw := &pendingWriter{w: w, start: func() {
		h := w.Header()
		h.Set("Content-Type", mediaCAR)
		h.Set("Cache-Control", "no-store")
		h.Set("Trailer", trailerBlocks+", "+trailerError)
		w.WriteHeader(http.StatusOK)
	}}
	exp, err := s.core.ContentExport(r.Context(), id, pw)
	if err != nil {
		if !pw.started {
			failContent(w, r, err)
			return
		}
		w.Header().Set(trailerError, oneLine(err.Error()))
		return
	}
	if err := pw.flush(); err != nil {
		return // the client went away
	}
	w.Header().Set(trailerBlocks, strconv.Itoa(exp.Blocks))
}

// pendingWriter holds a stream's first bytes back, so an operation that
// fails before it has written much (a root not in the store) is answered
// with a problem rather than a 200 and a broken stream.
type pendingWriter struct {
	w       io.Writer
	start   func()
	buf     []byte
	started bool
}

const pendingMax = 64 << 10

func (p *pendingWriter) Write(b []byte) (int, error) {
	if !p.started && len(p.buf)+len(b) <= pendingMax {
		p.buf = append(p.buf, b...)
		return len(b), nil
	}
	if err := p.flush(); err != nil {
		return 0, err
	}
	return p.w.Write(b)
}

func (p *pendingWriter) flush() error {
	if !p.started {
		p.started = true
		p.start()
	}
	if len(p.buf) == 0 {
		return nil
	}
	_, err := p.w.Write(p.buf)
	p.buf = nil
	return err
}

func oneLine(s string) string {
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
}

// contentSchemas are the OpenAPI schemas contentRoutes name.
func contentSchemas() map[string]any {
	str := map[string]any{"type": "string"}
	integer := map[string]any{"type": "integer"}
	cidStr := map[string]any{"type": "string", "description": "a CID: Qm… (v0) or bafy…/bafk… (v1)"}
	return map[string]any{
		"Added": map[string]any{"type": "object", "required": []string{"cid", "bytes", "files", "dirs"}, "properties": map[string]any{
			"cid": cidStr, "name": str, "bytes": map[string]any{"type": "integer", "description": "file bytes read"},
			"files": integer, "dirs": integer,
		}},
		"ContentEntries": map[string]any{"type": "array", "items": map[string]any{"type": "object", "properties": map[string]any{
			"name": str, "cid": cidStr, "type": map[string]any{"type": "string", "enum": []string{"file", "directory", "hamt-directory", "symlink", "raw"}},
			"size": map[string]any{"type": "integer", "description": "file size for files, DAG size otherwise"},
		}}},
		"ContentStat": map[string]any{"type": "object", "properties": map[string]any{
			"cid": cidStr, "cidVersion": integer, "codec": str, "type": str,
			"fileSize": integer, "blocks": integer, "dagSize": integer,
		}},
		"ContentImported": map[string]any{"type": "object", "properties": map[string]any{
			"roots": map[string]any{"type": "array", "items": cidStr}, "blocks": integer,
			"new":    map[string]any{"type": "integer", "description": "blocks the store did not hold before"},
			"pinned": map[string]any{"type": "array", "items": cidStr, "description": "the roots whose DAG is complete, now pinned"},
		}},
		"ContentPins": map[string]any{"type": "array", "items": cidStr},
		"PinChange":   map[string]any{"type": "object", "properties": map[string]any{"action": map[string]any{"type": "string", "enum": []string{"add", "rm"}}, "cid": cidStr}},
		"ContentGC":   map[string]any{"type": "object", "properties": map[string]any{"removed": integer, "freedBytes": integer, "kept": integer}},
		"ContentFetch": map[string]any{"type": "object", "required": []string{"cid", "from"}, "properties": map[string]any{
			"cid": cidStr, "from": map[string]any{"type": "string", "format": "uri", "description": "the gateway's base URL, e.g. http://127.0.0.1:8080"},
		}},
		"ContentMigrate":  map[string]any{"type": "object", "required": []string{"to"}, "properties": map[string]any{"to": map[string]any{"type": "string", "example": "kubo:http://127.0.0.1:5001"}}},
		"ContentMigrated": map[string]any{"type": "object", "properties": map[string]any{"roots": integer, "copied": integer, "skipped": integer, "blocks": integer, "new": integer, "bytes": integer, "ms": map[string]any{"type": "number"}}},
		"ContentFetched":  map[string]any{"type": "object", "properties": map[string]any{"cid": cidStr, "blocks": integer, "new": integer, "bytes": integer}},
	}
}
