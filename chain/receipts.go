package chain

import (
	"context"
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/eth"
)

// receiptAPI is go-ethereum's own eth_getTransactionReceipt.
type receiptAPI interface {
	GetTransactionReceipt(ctx context.Context, hash common.Hash) (map[string]any, error)
}

// headReceipts serves eth_getTransactionReceipt on the embedded chain in
// place of go-ethereum's, so that a wallet that has a receipt finds the chain
// already past it. A client's next step after a receipt is to read the head
// (for confirmations) and the account's nonce (for its next transaction), and
// go-ethereum can answer those one block behind the receipt:
//
//   - BlockChain.writeHeadBlock writes the block's transaction lookups, which
//     make its receipts findable, in one batch with the head marker, and only
//     then moves the in-memory head that eth_blockNumber and the "latest" state
//     (eth_getTransactionCount "latest") read. In between, a receipt is served
//     for a block above the head. A receipt whose block is above the head is
//     therefore reported as not found (null), the answer for a transaction not
//     yet mined, until the head has moved; that takes microseconds, and every
//     client polls for receipts. The pending nonce needs no such wait: the pool
//     counts a transaction from the moment it makes it executable, before any
//     block can hold it, and recounts from the new head's state on reset.
//     Waiting in the beacon's Commit would not help: the receipt is visible
//     inside SetCanonical, before Commit returns.
//   - On a new chain the transaction indexer has no tail until its first run
//     after block 1, and until then go-ethereum answers a hash it does not find
//     with "transaction indexing is in progress", an error wallets (ethers 6)
//     throw from tx.wait() on the chain's first transaction. A transaction the
//     pool holds is not in any block, indexed or not (its nonce would be
//     spent), so for it the answer is null.
type headReceipts struct {
	geth   receiptAPI
	head   func() uint64
	inPool func(common.Hash) bool
}

// newHeadReceipts wraps the eth_getTransactionReceipt that eth.New registered
// for backend. It takes a second instance of go-ethereum's transaction API
// from backend.APIs(), since the registered one cannot be reached from
// outside the node; both read the same chain through backend, and only this
// one's receipt method is served.
func newHeadReceipts(backend *eth.Ethereum) (*headReceipts, error) {
	for _, api := range backend.APIs() {
		if r, ok := api.Service.(receiptAPI); ok && api.Namespace == "eth" {
			return &headReceipts{
				geth:   r,
				head:   func() uint64 { return backend.BlockChain().CurrentBlock().Number.Uint64() },
				inPool: backend.TxPool().Has,
			}, nil
		}
	}
	return nil, errors.New("go-ethereum's eth API has no GetTransactionReceipt to serve")
}

// GetTransactionReceipt is eth_getTransactionReceipt: go-ethereum's answer,
// or null while the receipt's block is not yet the head or while the
// transaction waits in the pool.
func (h *headReceipts) GetTransactionReceipt(ctx context.Context, hash common.Hash) (map[string]any, error) {
	r, err := h.geth.GetTransactionReceipt(ctx, hash)
	if err != nil {
		if strings.Contains(err.Error(), "indexing is in progress") && h.inPool(hash) {
			return nil, nil
		}
		return nil, err
	}
	if r == nil {
		return nil, nil
	}
	// Read after the lookup: if the head is at the block now, every later
	// read of the head is too.
	if n, ok := r["blockNumber"].(hexutil.Uint64); ok && uint64(n) > h.head() {
		return nil, nil
	}
	return r, nil
}
