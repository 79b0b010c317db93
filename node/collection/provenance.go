package collection

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Provenance is where a collection's contract came from, read from the chain
// (ASIR-104, ASIR-107). A field the search could not establish is nil, and
// Unknown says why.
type Provenance struct {
	// CodeHash is keccak256 of the runtime code at the block Inspect read.
	CodeHash common.Hash `json:"codeHash"`
	// CreationBlock is the first block whose state holds the code.
	CreationBlock *uint64 `json:"creationBlock,omitempty"`
	// CreationTx is the transaction that created the contract.
	CreationTx *common.Hash `json:"creationTx,omitempty"`
	// Deployer is the account that signed CreationTx.
	Deployer *common.Address `json:"deployer,omitempty"`
	// Factory, when a contract created the collection, is the contract
	// CreationTx called (or deployed), which created it directly or through
	// others.
	Factory *common.Address `json:"factory,omitempty"`
	// Evidence says how CreationTx was told (Evidence* values).
	Evidence string `json:"evidence,omitempty"`
	// Unknown explains each part the search left unset.
	Unknown []string `json:"unknown,omitempty"`
}

// How the creation transaction was told.
const (
	// EvidenceReceipt: the transaction's receipt names the collection as
	// the contract it deployed.
	EvidenceReceipt = "receipt"
	// EvidenceOnlyTransaction: the transaction is the only successful one of
	// the creation block, and code appears only through a successful one.
	EvidenceOnlyTransaction = "only-transaction"
	// EvidenceFirstEvent: the transaction is the first of the creation
	// block in which the collection emitted an event. A contract created
	// silently and called by a later transaction of the same block would be
	// misattributed: this one is a heuristic, the others are proofs.
	EvidenceFirstEvent = "first-event"
	// EvidenceGenesis: the code is in the chain's genesis state.
	EvidenceGenesis = "genesis"
)

// findProvenance searches for the collection's creation. Code appears at an
// address once (since EIP-6780 a contract cannot destroy itself outside its
// creating transaction), so the creation block is found by binary search on
// whether the code is there, which needs an endpoint that keeps old state
// (an archive node; the embedded chain is one). In that block the creating
// transaction is found from the receipts, read one by one within a bound.
func findProvenance(ctx context.Context, c Reader, chainID *big.Int, token common.Address, head uint64, code []byte, o options) Provenance {
	p := Provenance{CodeHash: crypto.Keccak256Hash(code)}
	unknown := func(format string, args ...any) Provenance {
		p.Unknown = append(p.Unknown, fmt.Sprintf(format, args...))
		return p
	}
	calls := o.searchCalls
	codeAt := func(n uint64) ([]byte, error) {
		calls--
		return c.CodeAt(ctx, token, new(big.Int).SetUint64(n))
	}

	// Invariant: no code at lo, code at hi (hiCode).
	if calls == 0 {
		return unknown("creation block: the search may make no call")
	}
	genesis, err := codeAt(0)
	if err != nil {
		return unknown("creation block: the endpoint cannot say what block 0 held (it may not be an archive node): %v", err)
	}
	if len(genesis) > 0 {
		zero := uint64(0)
		p.CreationBlock, p.Evidence = &zero, EvidenceGenesis
		return unknown("creation transaction and deployer: the code is in the genesis state, which no transaction made")
	}
	lo, hi, hiCode := uint64(0), head, code
	for hi-lo > 1 {
		if calls == 0 {
			return unknown("creation block: not found within %d code reads; it is one of blocks %d-%d", o.searchCalls, lo+1, hi)
		}
		mid := lo + (hi-lo)/2
		got, err := codeAt(mid)
		if err != nil {
			return unknown("creation block: the endpoint cannot say what block %d held (it may not be an archive node): %v", mid, err)
		}
		if len(got) > 0 {
			hi, hiCode = mid, got
		} else {
			lo = mid
		}
	}
	p.CreationBlock = &hi
	if h := crypto.Keccak256Hash(hiCode); h != p.CodeHash {
		p.Unknown = append(p.Unknown, fmt.Sprintf("code: block %d held code of hash %s, not today's: the address was deployed again since", hi, h.Hex()))
	}

	blk, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(hi))
	if err != nil {
		return unknown("creation transaction: read block %d: %v", hi, err)
	}
	txs := blk.Transactions()
	signer := types.LatestSignerForChainID(chainID)
	receipts := o.receipts
	found := func(tx *types.Transaction, from *common.Address, factory *common.Address, evidence string) Provenance {
		h := tx.Hash()
		p.CreationTx, p.Deployer, p.Factory, p.Evidence = &h, from, factory, evidence
		if from == nil {
			p.Unknown = append(p.Unknown, fmt.Sprintf("deployer: the signer of %s cannot be recovered", h.Hex()))
		}
		return p
	}
	sender := func(tx *types.Transaction) *common.Address {
		from, err := types.Sender(signer, tx)
		if err != nil {
			return nil
		}
		return &from
	}

	// A direct deployment: a creation whose CREATE address is the
	// collection, confirmed by its receipt. Costs one receipt.
	for _, tx := range txs {
		if tx.To() != nil {
			continue
		}
		from := sender(tx)
		if from == nil || crypto.CreateAddress(*from, tx.Nonce()) != token {
			continue
		}
		if receipts == 0 {
			return unknown("creation transaction: no receipt may be read to confirm %s", tx.Hash().Hex())
		}
		receipts--
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return unknown("creation transaction: read the receipt of %s: %v", tx.Hash().Hex(), err)
		}
		if r.Status == types.ReceiptStatusSuccessful && r.ContractAddress == token {
			return found(tx, from, nil, EvidenceReceipt)
		}
	}

	// Created by a contract: read the block's receipts in order.
	var only, firstEvent *types.Transaction
	var onlyR, firstR *types.Receipt
	successful, complete := 0, true
	for _, tx := range txs {
		if receipts == 0 {
			complete = false
			break
		}
		receipts--
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return unknown("creation transaction: read the receipt of %s: %v", tx.Hash().Hex(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			continue
		}
		if r.ContractAddress == token {
			return found(tx, sender(tx), nil, EvidenceReceipt)
		}
		successful++
		only, onlyR = tx, r
		if firstEvent == nil && emitted(r, token) {
			firstEvent, firstR = tx, r
		}
	}
	switch {
	case complete && successful == 1:
		return found(only, sender(only), factoryOf(only, onlyR), EvidenceOnlyTransaction)
	case firstEvent != nil:
		return found(firstEvent, sender(firstEvent), factoryOf(firstEvent, firstR), EvidenceFirstEvent)
	case !complete:
		return unknown("creation transaction: block %d has %d transactions, more than the %d receipts the search may read", hi, len(txs), o.receipts)
	}
	return unknown("creation transaction: a contract created it in block %d, in one of its %d successful transactions, without an event that tells which", hi, successful)
}

// emitted says whether the collection logged anything in r.
func emitted(r *types.Receipt, token common.Address) bool {
	for _, l := range r.Logs {
		if l.Address == token {
			return true
		}
	}
	return false
}

// factoryOf is the contract a creating transaction called, or deployed when
// the collection was made in that contract's constructor.
func factoryOf(tx *types.Transaction, r *types.Receipt) *common.Address {
	if to := tx.To(); to != nil {
		return to
	}
	if r.ContractAddress != (common.Address{}) {
		a := r.ContractAddress
		return &a
	}
	return nil
}
