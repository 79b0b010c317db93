package core

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net/url"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/crosschain"
)

// assetState is the core's tokenizer (ASTKF), made on the first mint: the
// platform key is unlocked from the keystore (a slow KDF) and the chain
// prepared for minting (deploy, register, grant) once per core, not on
// every mint a daemon serves. A failure is not kept, so a mint after the
// operator fixed the cause goes through.
type assetState struct {
	mu  sync.Mutex
	tok *asset.Tokenizer
}

// tokenizer is the core's tokenizer, and what preparing it did (only on the
// call that prepared it).
func (c *Core) tokenizer(ctx context.Context) (*asset.Tokenizer, []string, error) {
	c.assets.mu.Lock()
	defer c.assets.mu.Unlock()
	if c.assets.tok != nil {
		return c.assets.tok, nil, nil
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, nil, err
	}
	pass, err := c.passphrase()
	if err != nil {
		return nil, nil, fmt.Errorf("minting signs with the platform key: %w", err)
	}
	sender, err := n.Sender(ctx, pass)
	if err != nil {
		return nil, nil, err
	}
	prepared, err := n.PrepareMinting(ctx, sender)
	if err != nil {
		return nil, nil, err
	}
	store, err := c.ContentStore(ctx)
	if err != nil {
		return nil, nil, err
	}
	tok, err := n.Tokenizer(sender, store)
	if err != nil {
		return nil, nil, err
	}
	c.assets.tok = tok
	return tok, prepared, nil
}

// invalid is a request error whose text is its message alone; callers that
// branch on asset.ErrBadRequest (the RI server: 400) find it.
type invalid string

func (e invalid) Error() string        { return string(e) }
func (e invalid) Is(target error) bool { return target == asset.ErrBadRequest }

func invalidf(format string, args ...any) error { return invalid(fmt.Sprintf(format, args...)) }

// TooManyFiles is the error of an upload with more than limit files, the
// same whether the node counted them in process or while reading an RI
// upload.
func TooManyFiles(limit int) error {
	return fmt.Errorf("%w: more than %d files in one request: split it", api.ErrTooLarge, limit)
}

// ParseAddress reads an account given as 0x… or as CAIP-10 on the chain
// on; field names it in errors.
func ParseAddress(on chain.ChainID, field, s string) (common.Address, error) {
	if strings.Contains(s, ":") {
		a, err := chain.ParseAccountID(s)
		if err != nil {
			return common.Address{}, invalidf("%s: %v", field, err)
		}
		if a.Chain != on {
			return common.Address{}, invalidf("%s %s is on %s, this node's chain is %s", field, s, a.Chain, on)
		}
		addr, err := a.EVMAddress()
		if err != nil {
			return common.Address{}, invalidf("%s: %v", field, err)
		}
		return addr, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, invalidf("%s %q is not an address: want 0x followed by 40 hex digits, or a CAIP-10 id", field, s)
	}
	return common.HexToAddress(s), nil
}

// optionalAccount is ParseAddress on the node's chain, or the zero address
// for "".
func optionalAccount(n *node.Node, field, s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, nil
	}
	return ParseAddress(n.Chain.CAIP2(), field, s)
}

// mintTerms reads what a mint and a batch share: standard and royalty.
func mintTerms(standard string, royaltyBps int) (asset.Standard, uint16, error) {
	std := asset.ERC721
	if standard != "" {
		var err error
		if std, err = asset.ParseStandard(standard); err != nil {
			return "", 0, err
		}
	}
	switch {
	case royaltyBps < 0:
		return "", 0, invalidf("royaltyBps %d is negative: want 0 to 10000 basis points", royaltyBps)
	case royaltyBps > 10_000:
		return "", 0, invalidf("royaltyBps %d is more than 100%% (10000)", royaltyBps)
	}
	return std, uint16(royaltyBps), nil
}

// assetRequest turns the wire's metadata and files into a checked request,
// before any chain or store is touched.
func assetRequest(m api.MintMetadata, files []api.File) (asset.Request, error) {
	var req asset.Request
	if len(files) > api.MaxMintFiles {
		return req, TooManyFiles(api.MaxMintFiles)
	}
	std, bps, err := mintTerms(m.Standard, m.RoyaltyBps)
	if err != nil {
		return req, err
	}
	req = asset.Request{
		Name: m.Name, Description: m.Description, Attributes: m.Attributes, License: m.License,
		UsageRights: m.Usage, Creator: m.Creator, LocalID: m.LocalID, Standard: std, RoyaltyBps: bps,
	}
	if m.Amount != "" {
		amount, ok := new(big.Int).SetString(m.Amount, 10)
		if !ok {
			return req, invalidf("amount %q is not a whole number", m.Amount)
		}
		req.Amount = amount
	}
	for _, f := range files {
		req.Files = append(req.Files, asset.File{Name: f.Name, MediaType: f.MediaType, Data: f.Data})
	}
	return req, req.Check()
}

// AssetMint stores an asset's files and metadata in IPFS and mints its token
// for the home's platform (FGMV-43 9.2 step 1).
func (c *Core) AssetMint(ctx context.Context, req api.MintRequest) (*api.Minted, error) {
	r, err := assetRequest(req.Metadata, req.Files)
	if err != nil {
		return nil, err
	}
	names, err := fileFingerprints(req.Files, req.IdempotencyKey != "")
	if err != nil {
		return nil, err
	}
	claim, err := c.requests.Claim("asset.mint", req.IdempotencyKey, struct {
		Metadata api.MintMetadata
		Files    []string
	}{req.Metadata, names})
	if err != nil {
		return nil, err
	}
	defer claim.Release()
	var done api.Minted
	if claim.Result(&done) {
		done.Replayed = true
		return &done, nil
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	if r.To, err = optionalAccount(n, "to", req.Metadata.To); err != nil {
		return nil, err
	}
	if r.RoyaltyReceiver, err = optionalAccount(n, "royaltyTo", req.Metadata.RoyaltyTo); err != nil {
		return nil, err
	}
	tok, prepared, err := c.tokenizer(ctx)
	if err != nil {
		return nil, err
	}
	res, err := tok.Tokenize(ctx, r)
	if err != nil {
		c.logAsset("asset.mint", "", err)
		return nil, err
	}
	c.logAsset("asset.mint", res.Asset, nil)
	if !res.Existing {
		c.publish("asset.minted", res.Asset, res)
	}
	out := &api.Minted{Result: *res, Prepared: prepared}
	if err := claim.Finish(out); err != nil {
		// Minted all the same: sent again, the mint answers with the
		// existing token.
		c.log.Warn("record the mint's outcome", "asset", res.Asset, "error", err)
	}
	return out, nil
}

// fileFingerprints name a mint's files for its idempotency key: name, media
// type and, with hash and a file that can be read again (an upload's
// temporary file, a file on disk), the SHA-256 of its bytes, so the same
// metadata with other files is another request.
func fileFingerprints(files []api.File, hash bool) ([]string, error) {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.Name + " " + f.MediaType
		rs, ok := f.Data.(io.ReadSeeker)
		if !hash || !ok {
			continue
		}
		at, err := rs.Seek(0, io.SeekCurrent)
		if err != nil {
			continue
		}
		h := sha256.New()
		if _, err := io.Copy(h, rs); err != nil {
			return nil, fmt.Errorf("read %s: %w", f.Name, err)
		}
		if _, err := rs.Seek(at, io.SeekStart); err != nil {
			return nil, fmt.Errorf("read %s again: %w", f.Name, err)
		}
		out[i] += " sha256:" + hex.EncodeToString(h.Sum(nil))
	}
	return out, nil
}

// AssetMintBatch tokenizes a manifest's assets in one transaction, their
// metadata in one IPFS directory.
func (c *Core) AssetMintBatch(ctx context.Context, req api.MintBatchRequest) (*api.BatchMinted, error) {
	m := req.Manifest
	if err := m.Manifest.Check(); err != nil {
		return nil, err
	}
	if len(req.Files) > api.MaxBatchFiles {
		return nil, TooManyFiles(api.MaxBatchFiles)
	}
	std, bps, err := mintTerms(m.Standard, m.RoyaltyBps)
	if err != nil {
		return nil, err
	}
	// Every file sent is named by the manifest and every name is sent, so
	// a typo is an error, not a token without its model.
	sent := map[string]api.File{}
	for _, f := range req.Files {
		if _, dup := sent[f.Name]; dup {
			return nil, invalidf("file %q is sent twice: send each file the manifest names once", f.Name)
		}
		sent[f.Name] = f
	}
	uses := map[string]int{}
	for _, a := range m.Assets {
		for _, name := range a.Files {
			if _, ok := sent[name]; !ok {
				return nil, invalidf("manifest asset %s names file %q, which was not sent", a.LocalID, name)
			}
			uses[name]++
		}
	}
	for name := range sent {
		if uses[name] == 0 {
			return nil, invalidf("file %q was sent but no asset of the manifest names it", name)
		}
	}
	b := asset.BatchRequest{Standard: std, RoyaltyBps: bps}
	for _, a := range m.Assets {
		var files []asset.File
		for _, name := range a.Files {
			f := sent[name]
			data := f.Data
			if uses[name] > 1 {
				rs, ok := f.Data.(io.ReadSeeker)
				if !ok {
					return nil, invalidf("file %q is named by %d assets: it is read once per asset, so it must be seekable", name, uses[name])
				}
				data = &rewind{rs: rs}
			}
			files = append(files, asset.File{Name: filepath.Base(name), MediaType: f.MediaType, Data: data})
		}
		b.Assets = append(b.Assets, a.Request(files))
	}
	if err := b.Check(); err != nil {
		return nil, err
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	if b.To, err = optionalAccount(n, "to", m.To); err != nil {
		return nil, err
	}
	if b.RoyaltyReceiver, err = optionalAccount(n, "royaltyTo", m.RoyaltyTo); err != nil {
		return nil, err
	}
	tok, prepared, err := c.tokenizer(ctx)
	if err != nil {
		return nil, err
	}
	res, err := tok.TokenizeBatch(ctx, b)
	if err != nil {
		c.logAsset("asset.mint-batch", "", err)
		return nil, err
	}
	c.logAsset("asset.mint-batch", res.BatchID, nil)
	for _, a := range res.Assets {
		if !a.Existing {
			c.publish("asset.minted", a.Asset, a)
		}
	}
	return &api.BatchMinted{BatchResult: *res, Prepared: prepared}, nil
}

// rewind reads a file from its start, however often it was read before.
type rewind struct {
	rs      io.ReadSeeker
	started bool
}

func (r *rewind) Read(p []byte) (int, error) {
	if !r.started {
		r.started = true
		if _, err := r.rs.Seek(0, io.SeekStart); err != nil {
			return 0, err
		}
	}
	return r.rs.Read(p)
}

// logAsset records a tokenization run in process; the RI server records
// its requests itself.
func (c *Core) logAsset(op, subject string, err error) {
	if c.cfg.API == APIRI {
		return
	}
	outcome := "ok"
	if err != nil {
		outcome = "failed"
	}
	if _, aerr := c.Audit.Append(audit.Event{API: c.cfg.API, Op: op, Actor: "platform", Subject: subject, Outcome: outcome}, nil); aerr != nil {
		c.log.Error("audit log", "op", op, "error", aerr)
	}
}

// checkGateway refuses a gateway that is not an http(s) URL before any
// request is made to it.
func checkGateway(gateway string) error {
	if gateway == "" {
		return nil
	}
	u, err := url.Parse(gateway)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return invalidf("gateway %q is not an http(s) URL of a trustless IPFS gateway", gateway)
	}
	return nil
}

// AssetShow reads a token and checks its metadata against the chain
// (ASIR-103).
func (c *Core) AssetShow(ctx context.Context, id, gateway string) (*api.AssetShown, error) {
	if err := checkGateway(gateway); err != nil {
		return nil, err
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	reader, err := n.AssetReader()
	if err != nil {
		return nil, err
	}
	store, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	return reader.Show(ctx, store, gateway, id)
}

// AssetList lists the mifm tokens an account holds, from the chain's
// transfer events.
func (c *Core) AssetList(ctx context.Context, owner string) (*api.Holdings, error) {
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	who := c.Home.PlatformAddress()
	if owner != "" {
		if who, err = ParseAddress(n.Chain.CAIP2(), "owner", owner); err != nil {
			return nil, err
		}
	}
	reader, err := n.AssetReader()
	if err != nil {
		return nil, err
	}
	held, err := reader.Holdings(ctx, who)
	if err != nil {
		return nil, err
	}
	if held == nil {
		held = []api.Held{}
	}
	return &api.Holdings{Owner: who, Tokens: held}, nil
}

// AssetHistory rebuilds a token's life from the chain alone (ASIR-105),
// with its metadata checked against IPFS.
func (c *Core) AssetHistory(ctx context.Context, id, gateway string) (*api.AssetHistory, error) {
	if err := checkGateway(gateway); err != nil {
		return nil, err
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	cross := c.crossChainHistory(ctx, id)
	reader, err := asset.NewChainReader(ctx, n.Chain, id)
	if err != nil {
		if cross != nil {
			// A token of a collection mifm did not deploy, or a wrapped
			// one: the chains' events are its whole story.
			return cross, nil
		}
		if a, perr := chain.ParseAssetID(id); perr != nil || a.Chain != n.Chain.CAIP2() {
			return nil, invalid(err.Error())
		}
		return nil, err
	}
	store, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	h, err := reader.History(ctx, store, gateway, id)
	if err != nil && cross != nil {
		return cross, nil // not one of mifm's tokens: the chains' story
	}
	if err != nil || cross == nil {
		return h, err
	}
	for _, e := range cross.Events {
		if e.Move != nil {
			// It went to other chains: the story across them, with the
			// metadata checks of this chain's reader.
			cross.Token, cross.Verified, cross.Checks = h.Token, h.Verified, h.Checks
			return cross, nil
		}
	}
	return h, nil
}

// crossChainHistory is a token's history across the chains the node
// follows, or nil when it follows one chain or cannot read it.
func (c *Core) crossChainHistory(ctx context.Context, id string) *api.AssetHistory {
	if len(c.Home.Config.Chains) == 0 {
		return nil
	}
	s, err := c.StartMoves(ctx)
	if err != nil {
		c.log.Debug("cross-chain history unavailable", "error", err)
		return nil
	}
	h, err := crosschain.History(ctx, s.Links, id)
	if err != nil {
		c.log.Debug("cross-chain history", "asset", id, "error", err)
		return nil
	}
	return h
}
