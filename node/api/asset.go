package api

import (
	"context"
	"errors"
	"io"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/node/asset"
)

// Assets is tokenizing (ASTKF, RI-2): a platform asset's files and metadata
// go into IPFS and its ERC-721 or ERC-1155 token is minted for the platform;
// tokens are read back from the chain alone, with their provenance
// (ASIR-103, ASIR-105).
type Assets interface {
	// AssetMint stores an asset's files and metadata and mints its token;
	// an asset that is a token already comes back with Existing set and
	// nothing sent.
	AssetMint(ctx context.Context, req MintRequest) (*Minted, error)
	// AssetMintBatch tokenizes the assets of a manifest in one transaction.
	AssetMintBatch(ctx context.Context, req MintBatchRequest) (*BatchMinted, error)
	// AssetShow reads a token (CAIP-19) and checks its metadata against
	// the CID on chain; gateway is a trustless gateway to fetch the
	// metadata from when the node's store lacks it ("": none).
	AssetShow(ctx context.Context, id, gateway string) (*AssetShown, error)
	// AssetList lists the mifm tokens owner holds (0x… or CAIP-10; "":
	// the platform key).
	AssetList(ctx context.Context, owner string) (*Holdings, error)
	// AssetHistory rebuilds a token's life from the chain's events, with
	// its metadata checked (gateway as for AssetShow).
	AssetHistory(ctx context.Context, id, gateway string) (*AssetHistory, error)
}

// Limits of one tokenization request: a platform sends at most this many
// files (each at most the node's net.max_fetch_bytes, what a peer node
// fetches of one DAG, so every asset minted here can move to a node with
// the same settings).
const (
	MaxMintFiles  = 64
	MaxBatchFiles = 2000
)

// ErrTooLarge is an upload over the node's limits: too many files or too
// many bytes.
var ErrTooLarge = errors.New("upload over the node's limits")

// The tokenizer's wire types are the asset package's own.
type (
	Attribute     = asset.Attribute
	ManifestAsset = asset.ManifestAsset
	AssetShown    = asset.Shown
	AssetHistory  = asset.History
	Held          = asset.Held
)

// MintMetadata describes the asset to tokenize: the `metadata` part of POST
// /ri/v1/assets (multipart/form-data, one `file` part per content file).
type MintMetadata struct {
	Name        string      `json:"name"`
	Description string      `json:"description,omitempty"`
	Attributes  []Attribute `json:"attributes,omitempty"`
	// License of the content: an SPDX id or a URL.
	License string `json:"license,omitempty"`
	// Usage are the usage rights granted to holders (COIR-103).
	Usage string `json:"usage,omitempty"`
	// Creator is who made the asset: a DID, an address or a name.
	Creator string `json:"creator,omitempty"`
	// Standard is erc721 (the default) or erc1155.
	Standard string `json:"standard,omitempty"`
	// Amount of editions, decimal (erc1155; default 1).
	Amount string `json:"amount,omitempty"`
	// To receives the token: 0x… or CAIP-10 on the node's chain; default
	// the platform key.
	To string `json:"to,omitempty"`
	// RoyaltyBps is the ERC-2981 royalty in basis points (0 to 10000).
	RoyaltyBps int `json:"royaltyBps,omitempty"`
	// RoyaltyTo receives the royalty (0x… or CAIP-10); default the
	// platform's default receiver.
	RoyaltyTo string `json:"royaltyTo,omitempty"`
	// LocalID is the platform's own id for the asset; default the content's
	// CIDs, so the same files give the same token (IDIR-109).
	LocalID string `json:"localId,omitempty"`
}

// File is one content file of an upload, read once, in order.
type File struct {
	// Name is the file's name (a mint) or the manifest entry it is (a
	// batch).
	Name string
	// MediaType, when empty, comes from the name's extension or the
	// content.
	MediaType string
	Data      io.Reader
}

// MintRequest is one asset to tokenize.
type MintRequest struct {
	Metadata MintMetadata
	Files    []File
	// IdempotencyKey: as TransferRequest's. A mint is one already (the
	// same asset answers with its existing token); under a key it also
	// answers as the first time did.
	IdempotencyKey string
}

// Minted is a tokenized asset, and what the node did first to be allowed
// to mint (deploy, register, grant), once per node.
type Minted struct {
	asset.Result
	Prepared []string `json:"prepared,omitempty"`
	// Replayed is set on the answer to a mint sent again under its
	// idempotency key: the first one's answer.
	Replayed bool `json:"replayed,omitempty"`
}

// BatchManifest is the `manifest` part of POST /ri/v1/assets/batches: the
// batch's terms and its assets, each naming its files by the names of the
// upload's `file` parts.
type BatchManifest struct {
	Standard   string `json:"standard,omitempty"`
	To         string `json:"to,omitempty"`
	RoyaltyBps int    `json:"royaltyBps,omitempty"`
	RoyaltyTo  string `json:"royaltyTo,omitempty"`
	asset.Manifest
}

// MintBatchRequest is a batch to tokenize; Files are the distinct files the
// manifest names, each once (a file two assets name is read twice, so it
// must be an io.ReadSeeker).
type MintBatchRequest struct {
	Manifest BatchManifest
	Files    []File
}

// BatchMinted is a tokenized batch.
type BatchMinted struct {
	asset.BatchResult
	Prepared []string `json:"prepared,omitempty"`
}

// Holdings are the tokens an account holds.
type Holdings struct {
	Owner  common.Address `json:"owner"`
	Tokens []Held         `json:"tokens"`
}
