package riclient

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"strings"
	"unicode"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/re"
)

// AssetMint uploads an asset's metadata and files (multipart/form-data,
// streamed: the files are read while they are sent) and mints its token.
func (c *Client) AssetMint(ctx context.Context, req api.MintRequest) (*api.Minted, error) {
	var out api.Minted
	return &out, c.uploadKeyed(ctx, "/ri/v1/assets", "metadata", req.IdempotencyKey, req.Metadata, req.Files, &out)
}

// AssetMintBatch uploads a batch's manifest and the files it names.
func (c *Client) AssetMintBatch(ctx context.Context, req api.MintBatchRequest) (*api.BatchMinted, error) {
	var out api.BatchMinted
	return &out, c.upload(ctx, "/ri/v1/assets/batches", "manifest", req.Manifest, req.Files, &out)
}

// AssetShow reads a token with its metadata checked.
func (c *Client) AssetShow(ctx context.Context, id, gateway string) (*api.AssetShown, error) {
	var out api.AssetShown
	return &out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/assets/"+url.PathEscape(id), gatewayQuery(gateway)), nil, &out)
}

// AssetList lists the tokens an account holds.
func (c *Client) AssetList(ctx context.Context, owner string) (*api.Holdings, error) {
	v := url.Values{}
	if owner != "" {
		v.Set("owner", owner)
	}
	var out api.Holdings
	return &out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/assets", v), nil, &out)
}

// AssetHistory rebuilds a token's life from the chain.
func (c *Client) AssetHistory(ctx context.Context, id, gateway string) (*api.AssetHistory, error) {
	var out api.AssetHistory
	return &out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/assets/history/"+url.PathEscape(id), gatewayQuery(gateway)), nil, &out)
}

func gatewayQuery(gateway string) url.Values {
	v := url.Values{}
	if gateway != "" {
		v.Set("gateway", gateway)
	}
	return v
}

// upload posts a JSON part named part and one `file` part per file as
// multipart/form-data, writing the body while the node reads it.
func (c *Client) upload(ctx context.Context, path, part string, doc any, files []api.File, out any) error {
	return c.uploadKeyed(ctx, path, part, "", doc, files, out)
}

// uploadKeyed is upload with an idempotency key; it is sent again when the
// node does not answer only if every file can be read again from its
// start (an io.Seeker, as files on disk are).
func (c *Client) uploadKeyed(ctx context.Context, path, part, key string, doc any, files []api.File, out any) error {
	for _, f := range files {
		// The name goes into a part's header: a line break would end it.
		if f.Name == "" || strings.IndexFunc(f.Name, unicode.IsControl) >= 0 {
			return fmt.Errorf("file name %q: want a name without control characters", f.Name)
		}
	}
	var header http.Header
	if key != "" {
		header = http.Header{idempotency.Header: {key}}
	}
	starts := make([]int64, len(files))
	for i, f := range files {
		sk, ok := f.Data.(io.Seeker)
		if !ok {
			key = "" // read once: no retry
			break
		}
		var err error
		if starts[i], err = sk.Seek(0, io.SeekCurrent); err != nil {
			key = ""
			break
		}
	}
	first := true
	return c.withRetries(ctx, key, func() error {
		if !first {
			for i, f := range files {
				if _, err := f.Data.(io.Seeker).Seek(starts[i], io.SeekStart); err != nil {
					return fmt.Errorf("read %s again: %w", f.Name, err)
				}
			}
		}
		first = false
		return c.sendUpload(ctx, path, part, header, doc, files, out)
	})
}

func (c *Client) sendUpload(ctx context.Context, path, part string, header http.Header, doc any, files []api.File, out any) error {
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	done := make(chan struct{})
	go func() {
		defer close(done)
		pw.CloseWithError(writeParts(mw, part, doc, files))
	}()
	resp, err := c.request(ctx, http.MethodPost, path, mw.FormDataContentType(), pr, header)
	// The node may answer before it read everything (a refusal): stop
	// writing, and leave the caller's files alone before returning.
	pr.Close()
	<-done
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return noAnswer(ctx, asError(re.DecodeAnswer(resp, out)))
}

var quoteEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`)

func writeParts(mw *multipart.Writer, part string, doc any, files []api.File) error {
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name=%q`, part))
	h.Set("Content-Type", "application/json")
	w, err := mw.CreatePart(h)
	if err != nil {
		return err
	}
	if err := json.NewEncoder(w).Encode(doc); err != nil {
		return err
	}
	for _, f := range files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="file"; filename="`+quoteEscaper.Replace(f.Name)+`"`)
		mt := f.MediaType
		if mt == "" {
			mt = "application/octet-stream"
		}
		h.Set("Content-Type", mt)
		w, err := mw.CreatePart(h)
		if err != nil {
			return err
		}
		if _, err := io.Copy(w, f.Data); err != nil {
			return fmt.Errorf("read %s: %w", f.Name, err)
		}
	}
	return mw.Close()
}
