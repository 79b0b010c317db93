package asset

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
)

// MaxBatch bounds one batch: 500 ERC-721 mints take about 12.6M gas, under
// the 16.7M per-transaction cap that Osaka chains enforce.
const MaxBatch = 500

// BatchRequest is several assets of the platform tokenized in one
// transaction, for one recipient on the same royalty terms; only each asset's
// content, descriptive fields, local id and (ERC-1155) amount are its own.
type BatchRequest struct {
	Assets          []Request
	Standard        Standard
	To              common.Address
	RoyaltyBps      uint16
	RoyaltyReceiver common.Address
}

// BatchResult is a tokenized batch: the new tokens share one metadata
// directory and one transaction; assets that were tokens already are listed
// with Existing set and are not part of the batch.
type BatchResult struct {
	Tx           common.Hash `json:"tx"`
	Block        uint64      `json:"block"`
	GasUsed      uint64      `json:"gasUsed"`
	BatchID      string      `json:"batchId,omitempty"`
	DirectoryCID string      `json:"directoryCid,omitempty"`
	Minted       int         `json:"minted"`
	Assets       []*Result   `json:"assets"`
}

// TokenizeBatch stores every asset's files in IPFS, writes their metadata as
// <id>.json files of one UnixFS directory and mints the new ones with one
// mintBatch call, which stores the directory's digest once for all of them.
func (t *Tokenizer) TokenizeBatch(ctx context.Context, b BatchRequest) (*BatchResult, error) {
	if b.To == (common.Address{}) {
		b.To = t.Sender.From()
	}
	reqs, err := b.requests()
	if err != nil {
		return nil, err
	}
	if err := t.checkRecipient(ctx, b.Standard, b.To); err != nil {
		return nil, err
	}

	out := &BatchResult{}
	reader := t.reader()
	var fresh []*prepared
	seen := map[string]int{}
	for i := range reqs {
		p, err := t.prepare(ctx, &reqs[i])
		if err != nil {
			return nil, fmt.Errorf("asset %d (%s): %w", i+1, reqs[i].Name, err)
		}
		if j, dup := seen[p.res.TokenID]; dup {
			return nil, fmt.Errorf("%w: assets %d and %d have the same local id %q", ErrBadRequest, j+1, i+1, p.res.LocalAssetID)
		}
		seen[p.res.TokenID] = i
		out.Assets = append(out.Assets, p.res)
		info, err := reader.info(ctx, b.Standard, p.id)
		switch {
		case err == nil:
			if err := t.pinContent(ctx, p); err != nil {
				return nil, err
			}
			if _, err := t.existing(ctx, reader, p.res, info, p.planned); err != nil {
				return nil, err
			}
		case errors.Is(err, ErrUnknownToken):
			if err := notElsewhere(ctx, reader, b.Standard, p.id, p.res.LocalAssetID); err != nil {
				return nil, fmt.Errorf("asset %d (%s): %w", i+1, reqs[i].Name, err)
			}
			fresh = append(fresh, p)
		default:
			return nil, err
		}
	}
	if len(fresh) == 0 {
		return out, nil
	}
	for _, p := range fresh {
		if err := t.pinContent(ctx, p); err != nil {
			return nil, err
		}
	}

	dir, err := t.addDirectory(ctx, fresh)
	if err != nil {
		return nil, err
	}
	out.DirectoryCID = dir.String()
	digest, err := dagPBDigest(dir)
	if err != nil {
		return nil, err
	}
	locals := make([][32]byte, len(fresh))
	amounts := make([]*big.Int, len(fresh))
	for i, p := range fresh {
		locals[i] = p.local
		amounts[i] = reqs[seen[p.res.TokenID]].Amount
	}
	platformID := contracts.PlatformID(t.PlatformDID)
	addr := t.contract(b.Standard)
	var data []byte
	if b.Standard == ERC721 {
		data = asset721.NewAsset721().PackMintBatch(platformID, locals, b.To, digest, b.RoyaltyBps, b.RoyaltyReceiver)
	} else {
		data = asset1155.NewAsset1155().PackMintBatch(platformID, locals, amounts, b.To, digest, b.RoyaltyBps, b.RoyaltyReceiver)
	}
	receipt, err := t.Sender.Transact(ctx, chain.Call{To: &addr, Data: data})
	if err != nil {
		return nil, fmt.Errorf("mint a batch of %d for %s: %w", len(fresh), t.PlatformDID, err)
	}
	ev := asset721.NewAsset721().GetABI().Events["BatchTokenized"].ID
	for _, l := range receipt.Logs {
		if len(l.Topics) == 3 && l.Topics[0] == ev {
			out.BatchID = new(big.Int).SetBytes(l.Topics[2][:]).String()
		}
	}
	if out.BatchID == "" {
		return nil, fmt.Errorf("mint a batch: the receipt of %s has no BatchTokenized event", receipt.TxHash.Hex())
	}
	out.Tx, out.Block, out.GasUsed, out.Minted = receipt.TxHash, receipt.BlockNumber.Uint64(), receipt.GasUsed, len(fresh)
	for _, p := range fresh {
		p.res.Tx, p.res.Block = receipt.TxHash, out.Block
		p.res.GasUsed = receipt.GasUsed / uint64(len(fresh))
		p.res.MetadataCID = p.planned.String()
		p.res.MetadataURI = fmt.Sprintf("ipfs://%s/%064x.json", dir, p.id)
	}
	return out, nil
}

// Check refuses a batch that could not be tokenized, before anything is
// stored or sent.
func (b *BatchRequest) Check() error {
	_, err := b.requests()
	return err
}

// requests are the batch's assets on the batch's terms, each checked.
func (b *BatchRequest) requests() ([]Request, error) {
	switch n := len(b.Assets); {
	case n == 0:
		return nil, fmt.Errorf("%w: the batch is empty", ErrBadRequest)
	case n > MaxBatch:
		return nil, fmt.Errorf("%w: %d assets in one batch, at most %d (a transaction's gas is capped): split it", ErrBadRequest, n, MaxBatch)
	}
	if b.Standard == "" {
		b.Standard = ERC721
	}
	reqs := make([]Request, len(b.Assets))
	for i, r := range b.Assets {
		r.Standard, r.To, r.RoyaltyBps, r.RoyaltyReceiver = b.Standard, b.To, b.RoyaltyBps, b.RoyaltyReceiver
		if err := r.check(); err != nil {
			return nil, fmt.Errorf("asset %d (%s): %w", i+1, r.Name, err)
		}
		reqs[i] = r
	}
	return reqs, nil
}

// addDirectory stores the batch's metadata as <id>.json files of one UnixFS
// directory, pinned, the way `ipfs add -r --cid-version 1` would.
func (t *Tokenizer) addDirectory(ctx context.Context, batch []*prepared) (cid.Cid, error) {
	tmp, err := os.MkdirTemp("", "mifm-batch-")
	if err != nil {
		return cid.Undef, fmt.Errorf("stage batch metadata: %w", err)
	}
	defer os.RemoveAll(tmp)
	for _, p := range batch {
		name := filepath.Join(tmp, fmt.Sprintf("%064x.json", p.id))
		if err := os.WriteFile(name, p.metaJSON, 0o600); err != nil {
			return cid.Undef, fmt.Errorf("stage batch metadata: %w", err)
		}
	}
	added, err := t.Store.Add(ctx, tmp, ContentOptions())
	if err != nil {
		return cid.Undef, fmt.Errorf("store batch metadata in IPFS: %w", err)
	}
	return added.CID, nil
}

// dagPBDigest is the sha2-256 digest of a CIDv1 dag-pb node, what the
// contracts store for a batch directory.
func dagPBDigest(c cid.Cid) ([32]byte, error) {
	var out [32]byte
	dec, err := multihash.Decode(c.Hash())
	if c.Version() != 1 || c.Type() != cid.DagProtobuf || err != nil || dec.Code != multihash.SHA2_256 || len(dec.Digest) != 32 {
		return out, fmt.Errorf("batch directory CID %s is not a CIDv1 dag-pb sha2-256 node", c)
	}
	copy(out[:], dec.Digest)
	return out, nil
}
