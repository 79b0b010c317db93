// Package asset is FGMV-43's ASTKF (asset tokenization, 7.2.3 and 9.2 step 1):
// a platform asset's files go into IPFS, its metadata JSON (ERC-721 / ERC-1155
// schema plus origin, creator, licence and usage rights) goes into IPFS as one
// raw block, and the Asset721 or Asset1155 contract mints a token whose id is
// derived from the platform and the asset's local id. It also reads tokens
// back, from the chain alone: a token's record, its holders from the transfer
// events, and its metadata checked against the CID the chain holds.
package asset

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/node/ipfs"
)

// Standard is the token standard an asset is minted under.
type Standard string

const (
	ERC721  Standard = "erc721"
	ERC1155 Standard = "erc1155"
)

// ParseStandard accepts erc721 or erc1155 (case and a dash aside).
func ParseStandard(s string) (Standard, error) {
	switch strings.ReplaceAll(strings.ToLower(s), "-", "") {
	case "erc721", "721":
		return ERC721, nil
	case "erc1155", "1155":
		return ERC1155, nil
	}
	return "", fmt.Errorf("%w: standard %q: want erc721 or erc1155", ErrBadRequest, s)
}

// Errors callers branch on.
var (
	ErrBadRequest    = errors.New("invalid tokenization request")
	ErrUnknownToken  = errors.New("no such token")
	ErrMetadataCheck = errors.New("metadata does not match the chain")
	// ErrTokenizedElsewhere: the platform asset is a token of the other
	// standard already; one platform asset is one token (IDIR-109).
	ErrTokenizedElsewhere = errors.New("already tokenized in the other standard")
)

// other is the standard a request did not name.
func (s Standard) other() Standard {
	if s == ERC721 {
		return ERC1155
	}
	return ERC721
}

// notElsewhere refuses an asset already tokenized in the other standard: the
// two contracts derive the same token id from the same platform asset, and
// each would count it as its own.
func notElsewhere(ctx context.Context, reader *Reader, std Standard, id *big.Int, asset string) error {
	info, err := reader.info(ctx, std.other(), id)
	if errors.Is(err, ErrUnknownToken) {
		return nil
	}
	if err != nil {
		return err
	}
	return fmt.Errorf("%w: %s is already an %s token (%s); nothing was minted", ErrTokenizedElsewhere, asset, std.other(), info.URI)
}

// maxAmount is what Asset1155 accepts in one mint (96 bits).
var maxAmount = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// File is one content file of an asset.
type File struct {
	Name string
	// MediaType, when empty, comes from the name's extension or the content.
	MediaType string
	Data      io.Reader
}

// Request is a platform asset to tokenize.
type Request struct {
	Files       []File
	Name        string
	Description string
	Attributes  []Attribute
	Creator     string
	License     string
	UsageRights string
	// LocalID is the platform's id for the asset; empty means the content's
	// CIDs, so the same files give the same token.
	LocalID  string
	Standard Standard
	// Amount of editions (ERC-1155); nil means 1. ERC-721 takes only 1.
	Amount *big.Int
	// To receives the token; the zero address means the minting key.
	To              common.Address
	RoyaltyBps      uint16
	RoyaltyReceiver common.Address // zero: the platform's default receiver
}

// Result is a tokenized asset.
type Result struct {
	Asset        string         `json:"asset"` // CAIP-19
	Tx           common.Hash    `json:"tx"`
	MetadataCID  string         `json:"metadataCid"`
	MetadataURI  string         `json:"metadataUri"` // what tokenURI/uri return
	ContentCIDs  []string       `json:"contentCids"`
	GasUsed      uint64         `json:"gasUsed"`
	Block        uint64         `json:"block"`
	Standard     Standard       `json:"standard"`
	Contract     common.Address `json:"contract"`
	TokenID      string         `json:"tokenId"` // decimal
	LocalAssetID string         `json:"localAssetId"`
	Platform     string         `json:"platform"` // DID
	To           common.Address `json:"to"`
	Amount       string         `json:"amount"`
	// Existing is true when the asset was already a token: nothing was sent,
	// and Tx is the mint found in the chain's logs.
	Existing bool `json:"existing"`
	// Note says what differs when an existing token's metadata is not what
	// this request would have written.
	Note string `json:"note,omitempty"`
}

// Tokenizer mints one platform's assets.
type Tokenizer struct {
	Sender      *chain.Sender
	Store       *ipfs.Store
	PlatformDID string
	Asset721    common.Address
	Asset1155   common.Address
	// FromBlock is where log scans start (the contracts' deployment block).
	FromBlock uint64
}

func (t *Tokenizer) contract(std Standard) common.Address {
	if std == ERC1155 {
		return t.Asset1155
	}
	return t.Asset721
}

// Check refuses a request that could not be tokenized, before anything is
// stored or sent; it fills in the defaults (ERC-721, one edition).
func (r *Request) Check() error { return r.check() }

func (r *Request) check() error {
	if len(r.Files) == 0 {
		return fmt.Errorf("%w: no content file: give at least one", ErrBadRequest)
	}
	if strings.TrimSpace(r.Name) == "" {
		return fmt.Errorf("%w: the asset needs a name", ErrBadRequest)
	}
	switch r.Standard {
	case "":
		r.Standard = ERC721
	case ERC721, ERC1155:
	default:
		return fmt.Errorf("%w: standard %q: want erc721 or erc1155", ErrBadRequest, r.Standard)
	}
	if r.Amount == nil {
		r.Amount = big.NewInt(1)
	}
	if r.Standard == ERC721 && r.Amount.Cmp(big.NewInt(1)) != 0 {
		return fmt.Errorf("%w: an ERC-721 token is unique, amount must be 1 (use --standard erc1155 for editions)", ErrBadRequest)
	}
	if r.Amount.Sign() <= 0 || r.Amount.Cmp(maxAmount) > 0 {
		return fmt.Errorf("%w: amount %s: want 1 to 2^96-1", ErrBadRequest, r.Amount)
	}
	if r.RoyaltyBps > 10_000 {
		return fmt.Errorf("%w: royalty %d basis points is more than 100%% (10000)", ErrBadRequest, r.RoyaltyBps)
	}
	for _, a := range r.Attributes {
		if a.TraitType == "" {
			return fmt.Errorf("%w: an attribute has no name (want key=value)", ErrBadRequest)
		}
	}
	if r.LocalID != "" {
		if _, err := LocalAssetID(r.LocalID); err != nil {
			return fmt.Errorf("%w: %v", ErrBadRequest, err)
		}
	}
	return nil
}

// ContentOptions store content as Kubo's modern profile does (CIDv1, raw
// leaves, 1 MiB chunks, pinned), the layout a gateway serves and a CID that
// any Kubo, and any other node importing the same bytes, reproduces with
// `ipfs add --cid-version 1 --chunker size-1048576`.
func ContentOptions() ipfs.AddOptions {
	return ipfs.AddOptions{CIDVersion: 1, Chunker: "size-1048576", Pin: true}
}

// prepared is an asset whose files are in IPFS and whose metadata is built.
type prepared struct {
	res      *Result
	local    [32]byte
	id       *big.Int
	metaJSON []byte
	planned  cid.Cid // the metadata's CID, not yet stored
}

// prepare stores the asset's files in IPFS and builds its metadata and ids;
// req has been checked, and its recipient set.
func (t *Tokenizer) prepare(ctx context.Context, req *Request) (*prepared, error) {
	prov := Provenance{Version: MetadataVersion, OriginPlatform: t.PlatformDID, Creator: req.Creator, License: req.License, UsageRights: req.UsageRights}
	meta := Metadata{Name: req.Name, Description: req.Description, Attributes: req.Attributes}
	var cids []string
	for _, f := range req.Files {
		mediaType, r := f.MediaType, f.Data
		if mediaType == "" {
			mediaType, r = sniffMediaType(f.Name, r)
		}
		// Pinned once the request passed its checks (pinContent): a
		// refused mint leaves nothing pinned that GC could not take.
		opts := ContentOptions()
		opts.Pin = false
		added, err := t.Store.AddReader(ctx, r, opts)
		if err != nil {
			return nil, fmt.Errorf("store %s in IPFS: %w", f.Name, err)
		}
		c := added.CID.String()
		cids = append(cids, c)
		prov.Content = append(prov.Content, Content{Name: f.Name, CID: c, MediaType: mediaType, Size: added.Bytes})
		switch displayField(mediaType) {
		case "image":
			if meta.Image == "" {
				meta.Image = "ipfs://" + c
			}
		case "animation_url":
			if meta.AnimationURL == "" {
				meta.AnimationURL = "ipfs://" + c
			}
		}
	}
	if meta.Image == "" && meta.AnimationURL == "" {
		// Wallets show something for "image"; the first file is the best guess.
		meta.Image = "ipfs://" + cids[0]
	}
	prov.LocalAssetID = req.LocalID
	if prov.LocalAssetID == "" {
		prov.LocalAssetID = strings.Join(cids, "+")
	}
	meta.Mifm = prov

	local, err := LocalAssetID(prov.LocalAssetID)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadRequest, err)
	}
	platformID := contracts.PlatformID(t.PlatformDID)
	p := &prepared{local: local, id: TokenID(platformID, local)}
	addr := t.contract(req.Standard)
	p.res = &Result{
		Asset:    chain.EIP155Token(t.Sender.ChainID().Uint64(), string(req.Standard), addr, p.id).String(),
		Standard: req.Standard, Contract: addr, TokenID: p.id.String(), LocalAssetID: prov.LocalAssetID,
		Platform: t.PlatformDID, To: req.To, Amount: req.Amount.String(), ContentCIDs: cids,
	}
	if p.metaJSON, err = json.MarshalIndent(meta, "", "  "); err != nil {
		return nil, fmt.Errorf("encode metadata: %w", err)
	}
	if len(p.metaJSON) > MaxMetadataBytes {
		return nil, fmt.Errorf("%w: metadata is %d bytes, more than %d: shorten the description or attributes", ErrBadRequest, len(p.metaJSON), MaxMetadataBytes)
	}
	opts := ContentOptions()
	opts.OnlyHash = true
	planned, err := t.Store.AddReader(ctx, bytes.NewReader(p.metaJSON), opts)
	if err != nil {
		return nil, fmt.Errorf("hash metadata: %w", err)
	}
	p.planned = planned.CID
	return p, nil
}

// pinContent pins the asset's files once the request passed every check
// (not a token in the other standard, not refused): its token will name
// them. A GC between the add and this pin takes them, and the pin fails
// with nothing minted; a repeat of the request stores them again.
func (t *Tokenizer) pinContent(ctx context.Context, p *prepared) error {
	for _, s := range p.res.ContentCIDs {
		c, err := cid.Decode(s)
		if err == nil {
			err = t.Store.Pin(ctx, c)
		}
		if err != nil {
			return fmt.Errorf("pin content %s: %w", s, err)
		}
	}
	return nil
}

func (t *Tokenizer) reader() *Reader {
	return NewReader(t.Sender.Client(), t.Sender.ChainID().Uint64(), t.Asset721, t.Asset1155, t.FromBlock)
}

// Tokenize stores the asset's files and metadata in IPFS and mints its token;
// an asset already tokenized is returned as it is, with nothing sent.
func (t *Tokenizer) Tokenize(ctx context.Context, req Request) (*Result, error) {
	if err := req.check(); err != nil {
		return nil, err
	}
	if req.To == (common.Address{}) {
		req.To = t.Sender.From()
	}
	if err := t.checkRecipient(ctx, req.Standard, req.To); err != nil {
		return nil, err
	}
	p, err := t.prepare(ctx, &req)
	if err != nil {
		return nil, err
	}
	res := p.res
	reader := t.reader()
	if info, err := reader.info(ctx, req.Standard, p.id); err == nil {
		if err := t.pinContent(ctx, p); err != nil {
			return nil, err
		}
		return t.existing(ctx, reader, res, info, p.planned)
	} else if !errors.Is(err, ErrUnknownToken) {
		return nil, err
	}
	if err := notElsewhere(ctx, reader, req.Standard, p.id, res.LocalAssetID); err != nil {
		return nil, err
	}
	if err := t.pinContent(ctx, p); err != nil {
		return nil, err
	}

	metaAdded, err := t.Store.AddReader(ctx, bytes.NewReader(p.metaJSON), ContentOptions())
	if err != nil {
		return nil, fmt.Errorf("store metadata in IPFS: %w", err)
	}
	digest, err := rawDigest(metaAdded.CID)
	if err != nil {
		return nil, err
	}
	res.MetadataCID = metaAdded.CID.String()
	res.MetadataURI = "ipfs://" + res.MetadataCID

	platformID := contracts.PlatformID(t.PlatformDID)
	var data []byte
	if req.Standard == ERC721 {
		data = asset721.NewAsset721().PackMint(platformID, p.local, req.To, digest, req.RoyaltyBps, req.RoyaltyReceiver)
	} else {
		data = asset1155.NewAsset1155().PackMint(platformID, p.local, req.To, req.Amount, digest, req.RoyaltyBps, req.RoyaltyReceiver)
	}
	addr := res.Contract
	receipt, err := t.Sender.Transact(ctx, chain.Call{To: &addr, Data: data})
	if err != nil {
		return nil, fmt.Errorf("mint %s for %s: %w", res.Asset, t.PlatformDID, err)
	}
	if !hasTokenized(receipt, p.id) {
		return nil, fmt.Errorf("mint %s: the receipt of %s has no Tokenized event for the token", res.Asset, receipt.TxHash.Hex())
	}
	res.Tx, res.GasUsed, res.Block = receipt.TxHash, receipt.GasUsed, receipt.BlockNumber.Uint64()
	return res, nil
}

// existing fills res from a token already on chain. planned is the CID the
// request's metadata would have; a difference is noted, not fixed.
func (t *Tokenizer) existing(ctx context.Context, reader *Reader, res *Result, info *Token, planned cid.Cid) (*Result, error) {
	res.Existing = true
	res.MetadataCID, res.MetadataURI = info.MetadataCID, info.URI
	onChain := info.MetadataCID
	if info.InBatchDirectory {
		// The token's own metadata is <id>.json in the batch directory.
		if c, err := t.entryCID(ctx, info); err == nil {
			onChain = c.String()
		}
	}
	if onChain != planned.String() {
		res.Note = "the token exists with other metadata (" + info.URI + "); nothing was minted"
	}
	mint, err := reader.findMint(ctx, info.Standard, info.Contract, info.id)
	if err != nil {
		return nil, err
	}
	if mint != nil {
		res.Tx, res.Block, res.To = mint.TxHash, mint.BlockNumber, mint.to
		res.Amount = mint.amount.String()
		if r, err := t.Sender.Client().TransactionReceipt(ctx, mint.TxHash); err == nil {
			res.GasUsed = r.GasUsed
		}
	}
	return res, nil
}

// entryCID finds a batch token's metadata file in its directory, if this
// node's store holds the directory.
func (t *Tokenizer) entryCID(ctx context.Context, info *Token) (cid.Cid, error) {
	dir, err := cid.Decode(info.MetadataCID)
	if err != nil {
		return cid.Undef, err
	}
	entries, err := t.Store.Ls(ctx, dir)
	if err != nil {
		return cid.Undef, err
	}
	name := fmt.Sprintf("%064x.json", info.id)
	for _, e := range entries {
		if e.Name == name {
			return e.CID, nil
		}
	}
	return cid.Undef, fmt.Errorf("%s has no %s", dir, name)
}

// checkRecipient refuses to mint an ERC-721 token to a contract: Asset721's
// mint does not call onERC721Received, so a contract that can't handle the
// token would strand it. (Asset1155 asks the receiver itself, as ERC-1155
// requires.)
func (t *Tokenizer) checkRecipient(ctx context.Context, std Standard, to common.Address) error {
	if std != ERC721 {
		return nil
	}
	code, err := t.Sender.Client().CodeAt(ctx, to, nil)
	if err != nil {
		return fmt.Errorf("read code at %s: %w", to.Hex(), err)
	}
	if len(code) > 0 && !isDelegation(code) {
		return fmt.Errorf("%w: %s is a contract; a token minted to it may be stranded: mint to an account and send it with safeTransferFrom", ErrBadRequest, to.Hex())
	}
	return nil
}

// isDelegation reports an EIP-7702 delegated account: an account, not a contract.
func isDelegation(code []byte) bool {
	return len(code) == 23 && code[0] == 0xef && code[1] == 0x01 && code[2] == 0x00
}

// TokenID is the asset contracts' derivation: keccak256(abi.encode(platformId, localAssetId)).
func TokenID(platformID, localAssetID [32]byte) *big.Int {
	return new(big.Int).SetBytes(keccak(platformID[:], localAssetID[:]))
}

// rawDigest is the sha2-256 digest of a CIDv1 raw block, what the contracts
// store for a token's metadata.
func rawDigest(c cid.Cid) ([32]byte, error) {
	var out [32]byte
	if c.Version() != 1 || c.Type() != cid.Raw {
		return out, fmt.Errorf("metadata CID %s is not a CIDv1 raw block", c)
	}
	dec, err := multihash.Decode(c.Hash())
	if err != nil || dec.Code != multihash.SHA2_256 || len(dec.Digest) != 32 {
		return out, fmt.Errorf("metadata CID %s is not sha2-256", c)
	}
	copy(out[:], dec.Digest)
	return out, nil
}

// CIDFromDigest rebuilds a CIDv1 from what the contracts store.
func CIDFromDigest(codec uint64, digest [32]byte) cid.Cid {
	mh, _ := multihash.Encode(digest[:], multihash.SHA2_256)
	return cid.NewCidV1(codec, mh)
}

func hasTokenized(r *types.Receipt, tokenID *big.Int) bool {
	ev := asset721.NewAsset721().GetABI().Events["Tokenized"]
	for _, l := range r.Logs {
		if len(l.Topics) == 2 && l.Topics[0] == ev.ID && len(l.Data) >= 32 && new(big.Int).SetBytes(l.Data[:32]).Cmp(tokenID) == 0 {
			return true
		}
	}
	return false
}
