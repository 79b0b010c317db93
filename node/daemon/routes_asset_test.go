package daemon

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/riclient"
)

// part is one part of a multipart upload.
type part struct {
	name, filename, ctype string
	data                  []byte
}

func multipartBody(t testing.TB, parts ...part) (string, []byte) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, p := range parts {
		h := textproto.MIMEHeader{}
		disp := fmt.Sprintf(`form-data; name=%q`, p.name)
		if p.filename != "" {
			disp += fmt.Sprintf(`; filename=%q`, p.filename)
		}
		h.Set("Content-Disposition", disp)
		if p.ctype != "" {
			h.Set("Content-Type", p.ctype)
		}
		w, err := mw.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(p.data)
	}
	mw.Close()
	return mw.FormDataContentType(), b.Bytes()
}

// postRI sends a raw body to a node's RI API as its platform.
func postRI(t testing.TB, p *InProcess, path, ctype string, body []byte, out any) (int, *re.Problem) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, p.RI+path, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+p.Token)
	req.Header.Set("Content-Type", ctype)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	err = re.DecodeAnswer(resp, out)
	var prob *re.Problem
	errors.As(err, &prob)
	if err != nil && prob == nil {
		t.Fatal(err)
	}
	return resp.StatusCode, prob
}

func metadataPart(doc string) part {
	return part{name: "metadata", ctype: "application/json", data: []byte(doc)}
}

func filePart(name string, data []byte) part { return part{name: "file", filename: name, data: data} }

// A platform's upload that is malformed, oversized or names a stranger's
// account is refused with a problem saying what to fix, and leaves the
// chain and the store as they were.
func TestAssetUploadsRefused(t *testing.T) {
	const maxFiles = 1 << 20
	p := startNodeWith(t, "", false, func(c *home.Config) {
		c.Net.AllowPrivate = home.Loopback
		c.Net.MaxFetchBytes = maxFiles // the smallest a node takes
	})
	model := filePart("sword.glb", []byte("glTF a sword"))
	many := []part{metadataPart(`{"name": "Arrows"}`)}
	for i := range api.MaxMintFiles + 1 {
		many = append(many, filePart(fmt.Sprintf("arrow-%d.glb", i), []byte{byte(i)}))
	}
	manifest := func(doc string) part { return part{name: "manifest", data: []byte(doc)} }
	tests := []struct {
		name   string
		path   string
		parts  []part
		ctype  string // instead of the multipart one
		status int
		want   string
	}{
		{"bad address", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword", "to": "0x123"}`), model}, "", 400, `to "0x123" is not an address`},
		{"account on another chain", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword", "royaltyTo": "eip155:1:0x0000000000000000000000000000000000000001"}`), model}, "", 400, "this node's chain is eip155:1337"},
		{"unknown field", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword", "colour": "red"}`), model}, "", 400, `unknown field "colour"`},
		{"missing name", "/ri/v1/assets", []part{metadataPart(`{"description": "nameless"}`), model}, "", 400, "needs a name"},
		{"no file", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword"}`)}, "", 400, "no content file"},
		{"bad standard", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword", "standard": "erc20"}`), model}, "", 400, "want erc721 or erc1155"},
		{"two editions of a unique token", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword", "amount": "2"}`), model}, "", 400, "amount must be 1"},
		{"royalty over 100%", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword", "royaltyBps": 10001}`), model}, "", 400, "more than 100%"},
		{"no metadata part", "/ri/v1/assets", []part{model}, "", 400, "no metadata part"},
		{"two metadata parts", "/ri/v1/assets", []part{metadataPart(`{"name": "A"}`), metadataPart(`{"name": "B"}`), model}, "", 400, "two metadata parts"},
		{"stray part", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword"}`), {name: "evil", data: []byte("x")}, model}, "", 400, `unexpected part "evil"`},
		{"file without a name", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword"}`), {name: "file", data: []byte("x")}}, "", 400, "has no filename"},
		{"two JSON documents", "/ri/v1/assets", []part{metadataPart(`{"name": "A"} {"name": "B"}`), model}, "", 400, "more than one JSON document"},
		{"not multipart", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword"}`)}, "application/json", 415, "multipart/form-data"},
		{"too many files", "/ri/v1/assets", many, "", 413, "more than 64 files"},
		{"too large a file", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword"}`), filePart("big.glb", make([]byte, maxFiles+1))}, "", 413, "larger than"},
		{"files too large together", "/ri/v1/assets", []part{metadataPart(`{"name": "Sword"}`), filePart("a.glb", make([]byte, maxFiles/2+1)), filePart("b.glb", make([]byte, maxFiles/2+1))}, "", 413, "larger than"},
		{"metadata too large", "/ri/v1/assets", []part{metadataPart(`{"name": "` + strings.Repeat("x", 1<<20) + `"}`), model}, "", 413, "larger than"},
		{"batch names a file not sent", "/ri/v1/assets/batches", []part{manifest(`{"assets": [{"localId": "a", "name": "A", "files": ["a.glb"]}]}`), filePart("b.glb", []byte("b"))}, "", 400, `names file "a.glb", which was not sent`},
		{"batch file sent twice", "/ri/v1/assets/batches", []part{manifest(`{"assets": [{"localId": "a", "name": "A", "files": ["a.glb"]}]}`), filePart("a.glb", []byte("a")), filePart("a.glb", []byte("a"))}, "", 400, "sent twice"},
		{"batch with a misspelt field", "/ri/v1/assets/batches", []part{manifest(`{"assets": [{"localId": "a", "name": "A", "files": ["a.glb"], "colour": "red"}]}`), filePart("a.glb", []byte("a"))}, "", 400, `unknown field "colour"`},
		{"batch bad recipient", "/ri/v1/assets/batches", []part{manifest(`{"to": "bob", "assets": [{"localId": "a", "name": "A", "files": ["a.glb"]}]}`), filePart("a.glb", []byte("a"))}, "", 400, `to "bob" is not an address`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctype, body := multipartBody(t, tc.parts...)
			if tc.ctype != "" {
				ctype = tc.ctype
			}
			status, prob := postRI(t, p, tc.path, ctype, body, nil)
			if status != tc.status || prob == nil || !strings.Contains(prob.Detail, tc.want) {
				t.Fatalf("status %d, problem %+v; want %d saying %q", status, prob, tc.status, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		path   string
		status int
		want   string
	}{
		{"/ri/v1/assets?owner=nobody", 400, `owner "nobody" is not an address`},
		{"/ri/v1/assets", 409, "asset contracts are not deployed"},
		{"/ri/v1/assets/eip155:1337%2Ferc721:0x0000000000000000000000000000000000000001%2F1", 409, "asset contracts are not deployed"},
		{"/ri/v1/assets/history/not-an-asset", 400, "CAIP"},
		{"/ri/v1/assets/history/eip155:1/erc721:0x0000000000000000000000000000000000000001/1", 400, "the chain endpoint serves eip155:1337"},
		{"/ri/v1/assets/history/eip155:1337/erc721:0x0000000000000000000000000000000000000001/1?gateway=file:///etc", 400, "not an http(s) URL"},
	} {
		status, prob := ri(t, p, http.MethodGet, tc.path, nil, nil)
		if status != tc.status || prob == nil || !strings.Contains(prob.Detail, tc.want) {
			t.Errorf("GET %s: %d %+v; want %d saying %q", tc.path, status, prob, tc.status, tc.want)
		}
	}
	// The Go client streams its upload: refused halfway, it returns the
	// node's problem, not a broken pipe.
	cl, err := riclient.New(p.RI, p.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, files := range [][]api.File{
		{{Name: "big.glb", Data: io.LimitReader(zeros{}, 4*maxFiles)}},
		func() (fs []api.File) {
			for i := range api.MaxMintFiles + 1 {
				fs = append(fs, api.File{Name: fmt.Sprintf("%d.glb", i), Data: bytes.NewReader([]byte{byte(i)})})
			}
			return fs
		}(),
	} {
		_, err := cl.AssetMint(context.Background(), api.MintRequest{Metadata: api.MintMetadata{Name: "Big"}, Files: files})
		var remote *riclient.RemoteError
		if !errors.As(err, &remote) || remote.Problem.Status != http.StatusRequestEntityTooLarge {
			t.Errorf("client upload of %d files over the limits: %v", len(files), err)
		}
	}
	// Nothing of the refused mints happened: no contract was deployed.
	n, err := p.Core.Node(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if a, err := n.Deployment(contracts.Asset721); err == nil {
		t.Fatalf("a refused mint deployed Asset721 at %s", a.Hex())
	}
}

// A platform tokenizes an asset over RI alone: the files and metadata go
// into the node's IPFS store, the token is on chain, and the node reads it
// back with its provenance.
func TestAssetMintOverRI(t *testing.T) {
	p := startNode(t, "", false)
	ctx := context.Background()
	glb := []byte("glTF\x02\x00\x00\x00 a sword")
	ctype, body := multipartBody(t,
		metadataPart(`{"name": "Sword", "description": "sharp", "attributes": [{"trait_type": "damage", "value": "7"}], "license": "CC0-1.0", "localId": "sword-1", "royaltyBps": 250}`),
		filePart("sword.glb", glb),
	)
	var minted api.Minted
	if status, prob := postRI(t, p, "/ri/v1/assets", ctype, body, &minted); status != http.StatusCreated {
		t.Fatalf("mint: %d %+v", status, prob)
	}
	platform := p.Core.Home.PlatformAddress()
	if minted.Existing || minted.To != platform || len(minted.Prepared) == 0 || !strings.HasPrefix(minted.Asset, "eip155:1337/erc721:0x") || minted.GasUsed == 0 {
		t.Fatalf("minted = %+v", minted)
	}

	// The metadata bytes are in the node's store and hash to the CID the
	// chain holds.
	store, err := p.Core.ContentStore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mc, err := cid.Decode(minted.MetadataCID)
	if err != nil {
		t.Fatal(err)
	}
	f, err := store.Cat(ctx, mc, 0, asset.MaxMetadataBytes)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(f)
	f.Close()
	md, err := asset.ParseMetadata(data)
	if err != nil {
		t.Fatal(err)
	}
	if md.Name != "Sword" || md.Mifm.LocalAssetID != "sword-1" || len(md.Mifm.Content) != 1 || md.Mifm.Content[0].Name != "sword.glb" ||
		md.Mifm.Content[0].MediaType != "model/gltf-binary" || md.Mifm.Content[0].CID != minted.ContentCIDs[0] || md.Mifm.Content[0].Size != int64(len(glb)) {
		t.Fatalf("metadata in IPFS = %s", data)
	}

	// The same asset again, through the Go client: the existing token,
	// nothing prepared (the core prepared minting once).
	cl, err := riclient.New(p.RI, p.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	again, err := cl.AssetMint(ctx, api.MintRequest{
		Metadata: api.MintMetadata{Name: "Sword", Description: "sharp", Attributes: []api.Attribute{{TraitType: "damage", Value: "7"}}, License: "CC0-1.0", LocalID: "sword-1", RoyaltyBps: 250},
		Files:    []api.File{{Name: "sword.glb", Data: bytes.NewReader(glb)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !again.Existing || again.Note != "" || again.Asset != minted.Asset || again.Tx != minted.Tx || len(again.Prepared) != 0 {
		t.Fatalf("second mint = %+v; want the existing token with the same metadata", again)
	}

	// Read back: on chain, owned by the platform key, metadata verified.
	var shown api.AssetShown
	if status, prob := ri(t, p, http.MethodGet, "/ri/v1/assets/"+minted.Asset, nil, &shown); status != http.StatusOK {
		t.Fatalf("show: %d %+v", status, prob)
	}
	if !shown.Verified || shown.Owner == nil || *shown.Owner != platform || shown.RoyaltyBps != 250 || shown.Metadata == nil || shown.Metadata.Name != "Sword" {
		t.Fatalf("show = %+v", shown)
	}
	escaped, err := cl.AssetShow(ctx, minted.Asset, "")
	if err != nil || escaped.Asset != minted.Asset || !escaped.Verified {
		t.Fatalf("show with the id escaped: %+v %v", escaped, err)
	}
	held, err := cl.AssetList(ctx, "eip155:1337:"+platform.Hex())
	if err != nil || held.Owner != platform || len(held.Tokens) != 1 || held.Tokens[0].Asset != minted.Asset {
		t.Fatalf("list = %+v %v", held, err)
	}
	hist, err := cl.AssetHistory(ctx, minted.Asset, "")
	if err != nil || !hist.Verified || len(hist.Events) != 1 || hist.Events[0].Kind != "minted" || hist.Events[0].Tx != minted.Tx {
		t.Fatalf("history = %+v %v", hist, err)
	}
	if _, err := cl.AssetShow(ctx, strings.TrimSuffix(minted.Asset, minted.TokenID)+"42", ""); err == nil || !strings.Contains(err.Error(), "no such token") {
		t.Fatalf("show of an unminted token: %v", err)
	}

	// A batch over RI: a file two assets share is sent once.
	bctype, bbody := multipartBody(t,
		part{name: "manifest", data: []byte(`{"standard": "erc1155", "to": "` + common.Address{0xb0}.Hex() + `", "assets": [
			{"localId": "arrow-a", "name": "Arrow A", "files": ["models/arrow.glb"], "amount": "5"},
			{"localId": "arrow-b", "name": "Arrow B", "files": ["models/arrow.glb", "b.png"], "amount": "6"}]}`)},
		filePart("models/arrow.glb", []byte("glTF an arrow")),
		filePart("b.png", []byte("\x89PNG\r\n\x1a\n")),
	)
	var batch api.BatchMinted
	if status, prob := postRI(t, p, "/ri/v1/assets/batches", bctype, bbody, &batch); status != http.StatusCreated {
		t.Fatalf("mint-batch: %d %+v", status, prob)
	}
	if batch.Minted != 2 || len(batch.Assets) != 2 || batch.Assets[0].ContentCIDs[0] != batch.Assets[1].ContentCIDs[0] || len(batch.Prepared) != 0 {
		t.Fatalf("batch = %+v", batch)
	}
	b, err := cl.AssetShow(ctx, batch.Assets[1].Asset, "")
	if err != nil || !b.Verified || len(b.Holders) != 1 || b.Holders[0].Balance != "6" || b.Metadata.Mifm.Content[0].Name != "arrow.glb" || b.Metadata.Mifm.Content[1].MediaType != "image/png" {
		t.Fatalf("batch token = %+v %v", b, err)
	}
	// The RI server logged each request.
	entries, err := p.Core.Audit.List(0, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	ops := map[string]int{}
	for _, e := range entries {
		ops[e.Op]++
	}
	if ops["asset.mint"] != 2 || ops["asset.mintBatch"] != 1 || ops["asset.show"] < 1 {
		t.Fatalf("audit ops = %v", ops)
	}
}

// zeros reads as many zero bytes as asked.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}
