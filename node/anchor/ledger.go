package anchor

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/chain"
	anchorabi "github.com/mifm/mifm/contracts/bindings/anchor"
)

// Contract is the Anchor contract reached through a chain client: the
// node's Ledger (with a Sender) and the auditor's reader (without).
type Contract struct {
	Client   ChainReader
	Address  common.Address
	Chain    string // CAIP-2
	Anchorer common.Address
	// Sender writes roots; nil for a reader.
	Sender *chain.Sender
}

var anchorABI = anchorabi.NewAnchor()

// ChainReader is what reading the contract needs of a chain.
type ChainReader interface {
	ethereum.ContractCaller
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Anchor implements Ledger.
func (c *Contract) Anchor(ctx context.Context, root common.Hash, batch uint64, leaves uint32, manifest cid.Cid) (*Anchoring, error) {
	if c.Sender == nil {
		return nil, errors.New("anchor: read-only contract handle")
	}
	to := c.Address
	r, err := c.Sender.Transact(ctx, chain.Call{To: &to, Data: anchorABI.PackAnchor(root, batch, leaves, manifest.Bytes())})
	if err != nil {
		var rev *chain.RevertError
		if errors.As(err, &rev) && rev.Name == "AlreadyAnchored" {
			return nil, ErrAlreadyAnchored
		}
		return nil, err
	}
	for _, l := range r.Logs {
		ev, err := anchorABI.UnpackAnchoredEvent(l)
		if err == nil && l.Address == c.Address && common.Hash(ev.Root) == root {
			return c.anchoring(ctx, l.TxHash, l.BlockNumber, l.BlockHash)
		}
	}
	return nil, fmt.Errorf("anchor: transaction %s emitted no Anchored event", r.TxHash.Hex())
}

func (c *Contract) anchoring(ctx context.Context, tx common.Hash, block uint64, hash common.Hash) (*Anchoring, error) {
	h, err := c.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return nil, fmt.Errorf("read block %d: %w", block, err)
	}
	return &Anchoring{Chain: c.Chain, Contract: c.Address, Anchorer: c.Anchorer, Tx: tx, Block: block, BlockHash: hash, Time: h.Time}, nil
}

// Record is what the contract stores for a root.
func (c *Contract) Record(ctx context.Context, anchorer common.Address, root common.Hash) (anchorabi.AnchoredOutput, error) {
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &c.Address, Data: anchorABI.PackAnchored(anchorer, root)}, nil)
	if err != nil {
		return anchorabi.AnchoredOutput{}, fmt.Errorf("read the Anchor contract at %s: %w", c.Address.Hex(), err)
	}
	rec, err := anchorABI.UnpackAnchored(out)
	if err != nil {
		return rec, fmt.Errorf("read the Anchor contract at %s: %w (is it the Anchor contract?)", c.Address.Hex(), err)
	}
	return rec, nil
}

// Find implements Ledger: the root's record in the contract, then its
// Anchored event in that block.
func (c *Contract) Find(ctx context.Context, root common.Hash) (*Anchoring, error) {
	rec, err := c.Record(ctx, c.Anchorer, root)
	if err != nil || rec.BlockNumber == 0 {
		return nil, err
	}
	ev, err := c.Event(ctx, c.Anchorer, root, rec.BlockNumber)
	if err != nil {
		return nil, err
	}
	return c.anchoring(ctx, ev.Raw.TxHash, ev.Raw.BlockNumber, ev.Raw.BlockHash)
}

// Event finds the Anchored event of root by anchorer in block.
func (c *Contract) Event(ctx context.Context, anchorer common.Address, root common.Hash, block uint64) (*anchorabi.AnchorAnchored, error) {
	id := anchorABI.GetABI().Events[anchorabi.AnchorAnchoredEventName].ID
	logs, err := c.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(block), ToBlock: new(big.Int).SetUint64(block),
		Addresses: []common.Address{c.Address},
		Topics:    [][]common.Hash{{id}, {common.BytesToHash(anchorer.Bytes())}, nil, {root}},
	})
	if err != nil {
		return nil, fmt.Errorf("read Anchored events of block %d: %w", block, err)
	}
	for i := range logs {
		if ev, err := anchorABI.UnpackAnchoredEvent(&logs[i]); err == nil && !logs[i].Removed {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("block %d holds no Anchored event of root %s by %s", block, root.Hex(), anchorer.Hex())
}
