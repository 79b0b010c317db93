package riclient

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/re"
)

// The content store (COSF, RI-3). Uploads and downloads are streamed; a
// download that fails after its first bytes ends with a Mifm-Error trailer,
// returned here as the error the operation gave in the node.

// ContentAdd streams a file's bytes or a folder's tar stream to the node.
func (c *Client) ContentAdd(ctx context.Context, up api.Upload, opts api.AddOptions) (*api.Added, error) {
	v := url.Values{}
	v.Set("cid-version", strconv.Itoa(opts.CIDVersion))
	if opts.RawLeaves != nil {
		v.Set("raw-leaves", strconv.FormatBool(*opts.RawLeaves))
	}
	if opts.Chunker != "" {
		v.Set("chunker", opts.Chunker)
	}
	v.Set("pin", strconv.FormatBool(opts.Pin))
	v.Set("hidden", strconv.FormatBool(opts.Hidden))
	v.Set("only-hash", strconv.FormatBool(opts.OnlyHash))
	if up.Name != "" {
		v.Set("name", up.Name)
	}
	ct := "application/octet-stream"
	if up.Folder {
		ct = "application/x-tar"
	}
	body := up.Body
	if opts.Progress != nil { // the bytes sent, as the node's chunker would count them
		body = &counting{r: body, report: opts.Progress}
	}
	var out api.Added
	return &out, c.send(ctx, withQuery("/ri/v1/content", v), ct, body, up.Size, &out)
}

// ContentCat opens a file's bytes (or a range of them) on the node.
func (c *Client) ContentCat(ctx context.Context, id cid.Cid, offset, length int64) (*api.ContentReader, error) {
	v := url.Values{}
	if offset != 0 {
		v.Set("offset", strconv.FormatInt(offset, 10))
	}
	if length >= 0 {
		v.Set("length", strconv.FormatInt(length, 10))
	}
	resp, err := c.request(ctx, http.MethodGet, withQuery("/ri/v1/content/"+id.String(), v), "", nil, nil)
	if err != nil {
		return nil, err
	}
	size, err := strconv.ParseUint(resp.Header.Get("Mifm-File-Size"), 10, 64)
	if err != nil {
		resp.Body.Close()
		return nil, fmt.Errorf("node RI API %s: the answer has no Mifm-File-Size", c.base)
	}
	return &api.ContentReader{ReadCloser: &trailed{resp: resp}, Size: size}, nil
}

// ContentLs lists a directory.
func (c *Client) ContentLs(ctx context.Context, id cid.Cid) ([]api.Entry, error) {
	var out []api.Entry
	return out, c.do(ctx, http.MethodGet, "/ri/v1/content/"+id.String()+"/ls", nil, &out)
}

// ContentStat describes a CID's DAG.
func (c *Client) ContentStat(ctx context.Context, id cid.Cid) (*api.Stat, error) {
	var out api.Stat
	return &out, c.do(ctx, http.MethodGet, "/ri/v1/content/"+id.String()+"/stat", nil, &out)
}

// ContentExport copies a CID's DAG as a CARv1 from the node to w.
func (c *Client) ContentExport(ctx context.Context, id cid.Cid, w io.Writer) (*api.Exported, error) {
	resp, err := c.request(ctx, http.MethodGet, "/ri/v1/content/"+id.String()+"/car", "", nil, nil)
	if err != nil {
		return nil, err
	}
	t := &trailed{resp: resp}
	defer t.Close()
	if _, err := io.Copy(w, t); err != nil {
		return nil, err
	}
	n, err := strconv.Atoi(resp.Trailer.Get("Mifm-Blocks"))
	if err != nil {
		return nil, fmt.Errorf("node RI API %s: the CAR stream ended without its Mifm-Blocks trailer", c.base)
	}
	return &api.Exported{CID: id.String(), Blocks: n}, nil
}

// ContentImport streams a CAR to the node.
func (c *Client) ContentImport(ctx context.Context, car io.Reader) (*api.Imported, error) {
	var out api.Imported
	return &out, c.send(ctx, "/ri/v1/content/car", "application/vnd.ipld.car", car, sizeOf(car), &out)
}

// PinAdd pins a CID.
func (c *Client) PinAdd(ctx context.Context, id cid.Cid) (*api.PinChange, error) {
	var out api.PinChange
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/content/pins/"+id.String(), nil, &out)
}

// PinRm unpins a CID.
func (c *Client) PinRm(ctx context.Context, id cid.Cid) (*api.PinChange, error) {
	var out api.PinChange
	return &out, c.do(ctx, http.MethodDelete, "/ri/v1/content/pins/"+id.String(), nil, &out)
}

// PinLs lists the pinned roots.
func (c *Client) PinLs(ctx context.Context) ([]string, error) {
	out := []string{}
	return out, c.do(ctx, http.MethodGet, "/ri/v1/content/pins", nil, &out)
}

// ContentGC collects unpinned blocks.
func (c *Client) ContentGC(ctx context.Context) (*api.GCResult, error) {
	var out api.GCResult
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/content/gc", nil, &out)
}

// ContentFetch has the node fetch a DAG from a gateway.
func (c *Client) ContentFetch(ctx context.Context, req api.FetchRequest) (*api.Fetched, error) {
	var out api.Fetched
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/content/fetch", req, &out)
}

// ContentMigrate has the node copy its embedded store's pins into a Kubo.
func (c *Client) ContentMigrate(ctx context.Context, req api.ContentMigrateRequest) (*api.Migrated, error) {
	var out api.Migrated
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/content/migrate", req, &out)
}

// send streams body (of size bytes when size > 0) and decodes the JSON
// answer into out. It asks for 100-continue, so a node that refuses the
// upload (too large, bad flags) answers before the body is sent.
func (c *Client) send(ctx context.Context, path, contentType string, body io.Reader, size int64, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, body)
	if err != nil {
		return err
	}
	if size > 0 {
		req.ContentLength = size
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Expect", "100-continue")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("node RI API %s: %w", c.base, err)
	}
	defer resp.Body.Close()
	return asError(re.DecodeAnswer(resp, out))
}

// sizeOf is the length of a regular file still to be read, or 0 when r is
// not one.
func sizeOf(r io.Reader) int64 {
	f, ok := r.(interface {
		io.Seeker
		Stat() (os.FileInfo, error)
	})
	if !ok {
		return 0
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return 0
	}
	pos, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0
	}
	return fi.Size() - pos
}

// trailed reads a streamed answer and, at its end, turns a Mifm-Error
// trailer into the error it reports.
type trailed struct {
	resp *http.Response
}

func (t *trailed) Read(p []byte) (int, error) {
	n, err := t.resp.Body.Read(p)
	if errors.Is(err, io.EOF) {
		if msg := t.resp.Trailer.Get("Mifm-Error"); msg != "" {
			return n, errors.New(msg)
		}
	}
	return n, err
}

func (t *trailed) Close() error { return t.resp.Body.Close() }

// counting reports the bytes read so far.
type counting struct {
	r      io.Reader
	n      int64
	report func(int64)
}

func (c *counting) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.n += int64(n)
		c.report(c.n)
	}
	return n, err
}
