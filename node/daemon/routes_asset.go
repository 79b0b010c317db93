package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"

	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/re"
)

// assetRoutes are tokenizing on RI (ASTKF, RI-2): mint and batches as
// multipart uploads, tokens read back with their provenance (ASIR-103/105).
func (s *Server) assetRoutes() []route {
	m := s.core
	gateway := param{"gateway", "string", "a trustless IPFS gateway URL to fetch the metadata from when this node's store lacks it"}
	return []route{
		{api: apiRI, method: "POST", path: "/ri/v1/assets", op: "asset.mint", summary: "Tokenize a platform asset (FGMV-43 9.2 step 1): its files and metadata into IPFS, its ERC-721 or ERC-1155 token minted for the platform; the token id is keccak256(platform id, local id), so minting the same asset again answers with the existing token and sends nothing. multipart/form-data: one `metadata` part (JSON, MintMetadata) and one `file` part per content file, each with its filename; files at most net.max_fetch_bytes together.", in: "MintUpload", inMedia: "multipart/form-data", out: "Minted", status: http.StatusCreated,
			header: []param{idempotencyKey},
			raw: keyed(s.upload("metadata", api.MaxMintFiles, func(ctx context.Context, r *http.Request, doc []byte, files []api.File) (any, error) {
				var md api.MintMetadata
				if err := strictJSON(doc, &md, "metadata"); err != nil {
					return nil, err
				}
				key, _ := keyOf(r) // checked before the upload was read
				return m.AssetMint(ctx, api.MintRequest{Metadata: md, Files: files, IdempotencyKey: key})
			}))},
		{api: apiRI, method: "POST", path: "/ri/v1/assets/batches", op: "asset.mintBatch", summary: "Tokenize the assets a manifest lists in one transaction, their metadata in one IPFS directory; assets that are tokens already are reported and left out. multipart/form-data: one `manifest` part (JSON, BatchManifest) and one `file` part per file the manifest names, its filename the name the manifest gives.", in: "MintBatchUpload", inMedia: "multipart/form-data", out: "BatchMinted", status: http.StatusCreated,
			raw: s.upload("manifest", api.MaxBatchFiles, func(ctx context.Context, _ *http.Request, doc []byte, files []api.File) (any, error) {
				var bm api.BatchManifest
				if err := strictJSON(doc, &bm, "manifest"); err != nil {
					return nil, err
				}
				return m.AssetMintBatch(ctx, api.MintBatchRequest{Manifest: bm, Files: files})
			})},
		{api: apiRI, method: "GET", path: "/ri/v1/assets", op: "asset.list", summary: "The mifm tokens an account holds, from the chain's transfer events, each confirmed by a call.", out: "Holdings", query: []param{
			{"owner", "string", "the holder: 0x… or CAIP-10 on the node's chain (default: the platform key)"},
		}, h: func(ctx context.Context, c *call) (any, error) {
			return assetResult(m.AssetList(ctx, c.r.URL.Query().Get("owner")))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/assets/{id...}", op: "asset.show", summary: "A token (CAIP-19 in the path, its slashes as they are or as %2F): owner(s), URI, royalty, origin platform, and its metadata checked against the CID on chain (verified, checks).", out: "AssetShown", query: []param{gateway}, h: func(ctx context.Context, c *call) (any, error) {
			return assetResult(m.AssetShow(ctx, c.r.PathValue("id"), c.r.URL.Query().Get("gateway")))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/assets/history/{id...}", op: "asset.history", summary: "A token's whole life from the chain alone (ASIR-105): mint, escrow locks, releases, rejections, refunds and plain transfers, with the platforms involved, and its metadata checked against IPFS.", out: "AssetHistory", query: []param{gateway}, h: func(ctx context.Context, c *call) (any, error) {
			return assetResult(m.AssetHistory(ctx, c.r.PathValue("id"), c.r.URL.Query().Get("gateway")))
		}},
	}
}

// assetResult gives the asset errors callers branch on their status.
func assetResult[T any](v *T, err error) (any, error) {
	if err != nil {
		return nil, assetProblem(err)
	}
	return v, nil
}

// assetProblem maps the tokenizer's errors to problems; others are left to
// toProblem.
func assetProblem(err error) error {
	return knownCode(assetProblemOf(err), err)
}

func assetProblemOf(err error) error {
	status, code := 0, ""
	switch {
	case errors.Is(err, api.ErrTooLarge):
		status, code = http.StatusRequestEntityTooLarge, re.CodeBodyTooLarge
	case errors.Is(err, asset.ErrBadRequest):
		status, code = http.StatusBadRequest, re.CodeBadRequest
	case errors.Is(err, asset.ErrUnknownToken):
		status, code = http.StatusNotFound, re.CodeNotFound
	case errors.Is(err, asset.ErrTokenizedElsewhere), errors.Is(err, node.ErrNoAssetContracts):
		status, code = http.StatusConflict, re.CodeConflict
	default:
		return err
	}
	return re.NewProblem(status, code, "%s", err.Error())
}

// strictJSON decodes the JSON part of an upload, refusing unknown fields
// (a misspelt one would be silently lost) and trailing data.
func strictJSON(doc []byte, v any, part string) error {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "the %s part: %v", part, err)
	}
	if dec.More() {
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "the %s part holds more than one JSON document", part)
	}
	return nil
}

// upload serves a multipart/form-data upload of one JSON part named part
// and at most maxFiles `file` parts. The files are streamed to temporary
// files (never held in memory), at most net.max_fetch_bytes together, the
// JSON part at most node.max_body; run gets them and the answer is 201.
// Nothing of the upload is left behind when it is refused.
func (s *Server) upload(part string, maxFiles int, run func(ctx context.Context, r *http.Request, doc []byte, files []api.File) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		out, err := s.readUpload(w, r, part, maxFiles, run)
		if err != nil {
			re.WriteProblem(w, r, toProblem(assetProblem(err)))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(out)
	})
}

func (s *Server) readUpload(w http.ResponseWriter, r *http.Request, part string, maxFiles int, run func(ctx context.Context, r *http.Request, doc []byte, files []api.File) (any, error)) (any, error) {
	maxBytes := s.core.Home.Config.Net.MaxFetchBytes
	// The JSON part and the multipart framing fit in node.max_body.
	limit := maxBytes + s.maxBody
	if r.ContentLength > limit {
		return nil, re.NewProblem(http.StatusRequestEntityTooLarge, re.CodeBodyTooLarge, "the upload is %d bytes; this node takes files of at most %d bytes together (net.max_fetch_bytes)", r.ContentLength, maxBytes)
	}
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" || params["boundary"] == "" {
		return nil, re.NewProblem(http.StatusUnsupportedMediaType, re.CodeBadRequest, "send multipart/form-data with a boundary: a %s part (JSON) and one file part per file", part)
	}
	tooLarge := func(err error) error {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return re.NewProblem(http.StatusRequestEntityTooLarge, re.CodeBodyTooLarge, "the upload is larger than %d bytes, the most this node takes (net.max_fetch_bytes of files)", limit)
		}
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "read the multipart body: %v", err)
	}
	release, ok := s.uploadSlot(r)
	if !ok {
		return nil, r.Context().Err()
	}
	defer release()
	allowUpload(w, limit)
	mr := multipart.NewReader(http.MaxBytesReader(w, r.Body, limit), params["boundary"])
	dir, err := os.MkdirTemp("", "mifm-upload-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	var (
		doc   []byte
		files []api.File
		total int64
	)
	defer func() {
		for _, f := range files {
			f.Data.(*os.File).Close()
		}
	}()
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, tooLarge(err)
		}
		switch p.FormName() {
		case part:
			if doc != nil {
				return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "two %s parts: send one", part)
			}
			if doc, err = io.ReadAll(io.LimitReader(p, s.maxBody+1)); err != nil {
				return nil, tooLarge(err)
			}
			if int64(len(doc)) > s.maxBody {
				return nil, re.NewProblem(http.StatusRequestEntityTooLarge, re.CodeBodyTooLarge, "the %s part is larger than %d bytes (node.max_body)", part, s.maxBody)
			}
		case "file":
			if len(files) == maxFiles {
				return nil, core.TooManyFiles(maxFiles)
			}
			// The raw filename: a batch's names may hold folders, which
			// Part.FileName would strip.
			_, disp, _ := mime.ParseMediaType(p.Header.Get("Content-Disposition"))
			name := disp["filename"]
			if name == "" {
				return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "file part %d has no filename: give each file's name", len(files)+1)
			}
			mediaType := ""
			if ct := p.Header.Get("Content-Type"); ct != "" {
				t, _, err := mime.ParseMediaType(ct)
				if err != nil {
					return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "file %q: Content-Type %q is not a media type", name, ct)
				}
				// Octet-stream is what a client sends when it does not
				// know: the node names the type itself, as in process.
				if t != "application/octet-stream" {
					mediaType = t
				}
			}
			f, err := os.CreateTemp(dir, "file-")
			if err != nil {
				return nil, err
			}
			files = append(files, api.File{Name: name, MediaType: mediaType, Data: f})
			n, err := io.Copy(f, io.LimitReader(p, maxBytes-total+1))
			total += n
			if err != nil {
				return nil, tooLarge(err)
			}
			if total > maxBytes {
				return nil, re.NewProblem(http.StatusRequestEntityTooLarge, re.CodeBodyTooLarge, "the files are larger than %d bytes together, the most this node takes (net.max_fetch_bytes)", maxBytes)
			}
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return nil, err
			}
		default:
			return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "unexpected part %q: send one %s part (JSON) and file parts", p.FormName(), part)
		}
	}
	if doc == nil {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "no %s part: send the JSON as a form field named %s", part, part)
	}
	return run(r.Context(), r, doc, files)
}

// assetSchemas are the OpenAPI schemas assetRoutes name.
func assetSchemas() map[string]any {
	str := func(desc string) map[string]any { return map[string]any{"type": "string", "description": desc} }
	obj := func(desc string) map[string]any { return map[string]any{"type": "object", "description": desc} }
	binaries := map[string]any{"type": "array", "items": map[string]any{"type": "string", "format": "binary"}}
	attributes := map[string]any{"type": "array", "items": map[string]any{"type": "object", "required": []string{"trait_type", "value"}, "properties": map[string]any{
		"trait_type": map[string]any{"type": "string"}, "value": map[string]any{"type": "string"},
	}}}
	terms := map[string]any{
		"standard":   map[string]any{"type": "string", "enum": []string{"erc721", "erc1155"}, "description": "erc721 (unique, the default) or erc1155 (editions)"},
		"to":         str("recipient: 0x… or CAIP-10 on the node's chain (default: the platform key)"),
		"royaltyBps": map[string]any{"type": "integer", "minimum": 0, "maximum": 10000, "description": "ERC-2981 royalty in basis points (250 = 2.5%)"},
		"royaltyTo":  str("royalty receiver: 0x… or CAIP-10 (default: the platform's default receiver)"),
	}
	with := func(base map[string]any, more map[string]any) map[string]any {
		out := map[string]any{}
		for k, v := range base {
			out[k] = v
		}
		for k, v := range more {
			out[k] = v
		}
		return out
	}
	return map[string]any{
		"MintMetadata": map[string]any{"type": "object", "additionalProperties": false, "required": []string{"name"}, "properties": with(terms, map[string]any{
			"name": str("the asset's name"), "description": str("what the asset is"), "attributes": attributes,
			"license": str("licence of the content: an SPDX id or a URL"), "usage": str("usage rights granted to holders (COIR-103)"),
			"creator": str("who made the asset: a DID, an address or a name"), "amount": str("editions to mint, decimal (erc1155; default 1)"),
			"localId": str("the platform's own id for the asset (default: the content's CIDs)"),
		})},
		"MintUpload": map[string]any{"type": "object", "required": []string{"metadata", "file"}, "properties": map[string]any{
			"metadata": ref("MintMetadata"),
			"file":     with(binaries, map[string]any{"description": "the asset's content files, each with its filename (the first model or video is animation_url, the first image is image); at most 64"}),
		}},
		"BatchManifest": map[string]any{"type": "object", "additionalProperties": false, "required": []string{"assets"}, "properties": with(terms, map[string]any{
			"assets": map[string]any{"type": "array", "maxItems": asset.MaxBatch, "items": map[string]any{"type": "object", "additionalProperties": false, "required": []string{"localId", "name", "files"}, "properties": map[string]any{
				"localId": str("the platform's own id for the asset"), "name": str("the asset's name"), "description": str("what the asset is"),
				"files":      map[string]any{"type": "array", "items": map[string]any{"type": "string"}, "description": "the filenames of the upload's file parts that are this asset's content"},
				"attributes": attributes, "license": str("SPDX id or URL"), "usage": str("usage rights"), "creator": str("DID, address or name"),
				"amount": str("editions, decimal (erc1155)"),
			}}},
		})},
		"MintBatchUpload": map[string]any{"type": "object", "required": []string{"manifest", "file"}, "properties": map[string]any{
			"manifest": ref("BatchManifest"),
			"file":     with(binaries, map[string]any{"description": "each file the manifest names, once, its filename the manifest's name for it; at most 2000"}),
		}},
		"Minted":       obj("asset (CAIP-19), tx, metadataCid, metadataUri, contentCids, gasUsed, block, standard, contract, tokenId, localAssetId, platform (DID), to, amount, existing (the asset was a token already: nothing was sent), note, prepared (what the node did first to be allowed to mint), replayed (the answer to a mint sent again under its Idempotency-Key: the first one's)"),
		"BatchMinted":  obj("tx, block, gasUsed, batchId, directoryCid, minted, assets (each as in Minted), prepared"),
		"Holdings":     map[string]any{"type": "object", "properties": map[string]any{"owner": str("the holder's address"), "tokens": map[string]any{"type": "array", "items": obj("asset (CAIP-19), standard, tokenId, balance")}}},
		"AssetShown":   obj("asset, standard, contract, tokenId, platformId, platform (DID), uri, metadataCid, inBatchDirectory, royaltyBps, royaltyReceiver, owner (erc721) or holders (erc1155), mintedAmount, metadata, verified, checks (name, ok, detail)"),
		"AssetHistory": obj("token (as in AssetShown, without metadata), events (kind: minted, transfer, locked, released, rejected, refunded; block, time, tx, from, to, amount, escrow, transfer, recipient, platform, reason), metadataVerified, checks"),
	}
}
