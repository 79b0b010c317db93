package asset

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/node/ipfs"
)

// Event is one step of an asset's life as the chain records it.
type Event struct {
	// Kind is minted, transferred, locked, released, rejected or refunded.
	Kind   string         `json:"kind"`
	Block  uint64         `json:"block"`
	Time   string         `json:"time"`
	Tx     common.Hash    `json:"tx"`
	From   common.Address `json:"from"`
	To     common.Address `json:"to"`
	Amount string         `json:"amount"`
	// Escrow events: the transfer, its recipient, the destination platform
	// (DID from the registry) and, for a rejection, the reason code.
	Escrow    *common.Address `json:"escrow,omitempty"`
	Transfer  *common.Hash    `json:"transfer,omitempty"`
	Recipient *common.Address `json:"recipient,omitempty"`
	Platform  string          `json:"platform,omitempty"`
	Attester  *common.Address `json:"attester,omitempty"`
	Deadline  string          `json:"deadline,omitempty"`
	Reason    *uint16         `json:"reason,omitempty"`
	// Chain is the event's CAIP-2 chain, Move the cross-chain move it
	// belongs to (node/crosschain: sent, delivered, refunded; wrapped and
	// burned on the other chain), Detail what a reader needs besides.
	Chain  string       `json:"chain,omitempty"`
	Move   *common.Hash `json:"move,omitempty"`
	Detail string       `json:"detail,omitempty"`
}

// History is an asset's provenance (FGMV-43 ASIR-103/105).
type History struct {
	Token    Token   `json:"token"`
	Events   []Event `json:"events"`
	Verified bool    `json:"metadataVerified"`
	Checks   []Check `json:"checks,omitempty"`
}

var (
	escrowEvents  = escrow.NewEscrow()
	lockedTopic   = escrowEvents.GetABI().Events["Locked"].ID
	releasedTopic = escrowEvents.GetABI().Events["Released"].ID
	rejectedTopic = escrowEvents.GetABI().Events["Rejected"].ID
	refundedTopic = escrowEvents.GetABI().Events["Refunded"].ID
)

// NewChainReader reads the asset contract a CAIP-19 id names, with no
// deployment record: what an auditor with only a JSON-RPC endpoint has.
func NewChainReader(ctx context.Context, client chain.Client, assetID string) (*Reader, error) {
	a, err := chain.ParseAssetID(assetID)
	if err != nil {
		return nil, err
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the chain id: %w", err)
	}
	if a.Chain != chain.EIP155(id.Uint64()) {
		return nil, fmt.Errorf("%s is on %s; the chain endpoint serves %s (give --chain URL of %s)", assetID, a.Chain, chain.EIP155(id.Uint64()), a.Chain)
	}
	contract := common.HexToAddress(a.Reference)
	return NewReader(client, id.Uint64(), contract, contract, 0), nil
}

// History rebuilds an asset's whole life from the chain alone: its mint,
// every plain transfer, and every escrow lock with how it settled, each
// with its block, time, transaction and the platforms involved. The escrow
// is recognised by its own events in the transaction that moved the token;
// its Locked event carries the whole transfer. With store (and gateway when
// the store lacks the blocks) the metadata is checked against the chain.
func (r *Reader) History(ctx context.Context, store *ipfs.Store, gateway, assetID string) (*History, error) {
	t, err := r.Token(ctx, assetID)
	if err != nil {
		return nil, err
	}
	h := &History{Token: *t}
	type mv struct {
		from, to common.Address
		amount   *big.Int
		log      types.Log
	}
	var moves []mv
	if t.Standard == ERC721 {
		a := asset721.NewAsset721()
		logs, err := r.scan(ctx, ethereum.FilterQuery{Addresses: []common.Address{t.Contract}, Topics: [][]common.Hash{
			{a.GetABI().Events["Transfer"].ID}, nil, nil, {common.BigToHash(t.id)},
		}})
		if err != nil {
			return nil, err
		}
		for _, l := range logs {
			moves = append(moves, mv{common.BytesToAddress(l.Topics[1][:]), common.BytesToAddress(l.Topics[2][:]), big.NewInt(1), l})
		}
	} else {
		all, err := r.moves1155(ctx, nil)
		if err != nil {
			return nil, err
		}
		for _, m := range all {
			if m.id.Cmp(t.id) == 0 {
				moves = append(moves, mv{m.from, m.to, m.value, m.log})
			}
		}
	}
	sort.SliceStable(moves, func(i, j int) bool {
		if moves[i].log.BlockNumber != moves[j].log.BlockNumber {
			return moves[i].log.BlockNumber < moves[j].log.BlockNumber
		}
		return moves[i].log.Index < moves[j].log.Index
	})
	times := map[uint64]string{}
	platforms := map[common.Hash]string{}
	for _, m := range moves {
		ev := Event{Kind: "transferred", Block: m.log.BlockNumber, Tx: m.log.TxHash, From: m.from, To: m.to, Amount: m.amount.String()}
		if m.from == (common.Address{}) {
			ev.Kind = "minted"
		}
		if ts, ok := times[ev.Block]; ok {
			ev.Time = ts
		} else if hd, err := r.client.HeaderByNumber(ctx, new(big.Int).SetUint64(ev.Block)); err == nil {
			ev.Time = time.Unix(int64(hd.Time), 0).UTC().Format(time.RFC3339)
			times[ev.Block] = ev.Time
		}
		if err := r.escrowStep(ctx, &ev, m.log, platforms, t.Contract, t.id); err != nil {
			return nil, err
		}
		h.Events = append(h.Events, ev)
	}
	if store != nil {
		shown, err := r.Show(ctx, store, gateway, assetID)
		if err != nil {
			h.Checks = append(h.Checks, Check{Name: "metadata", OK: false, Detail: err.Error()})
		} else {
			h.Verified, h.Checks = shown.Verified, shown.Checks
		}
	}
	return h, nil
}

// escrowStep reads the escrow events of the transaction that moved the token:
// a Locked event from the receiving address makes the move a lock; a
// settlement event from the sending address makes it a release, rejection
// or refund.
func (r *Reader) escrowStep(ctx context.Context, ev *Event, l types.Log, platforms map[common.Hash]string, contract common.Address, id *big.Int) error {
	rc, err := r.client.TransactionReceipt(ctx, l.TxHash)
	if err != nil {
		return fmt.Errorf("read receipt %s: %w", l.TxHash, err)
	}
	for _, el := range rc.Logs {
		if len(el.Topics) < 2 {
			continue
		}
		switch {
		case el.Topics[0] == lockedTopic && el.Address == ev.To:
			locked, err := escrowEvents.UnpackLockedEvent(el)
			if err != nil || locked.Transfer.Token != contract || locked.Transfer.Id.Cmp(id) != 0 {
				continue
			}
			ev.Kind = "locked"
			tr, tid := locked.Transfer, common.Hash(locked.TransferId)
			ev.Escrow, ev.Transfer, ev.Recipient, ev.Attester = &el.Address, &tid, &tr.Recipient, &tr.Attester
			ev.Deadline = time.Unix(int64(tr.Deadline), 0).UTC().Format(time.RFC3339)
			ev.Platform = r.platformName(ctx, contract, tr.Destination, platforms)
		case el.Address == ev.From && (el.Topics[0] == releasedTopic || el.Topics[0] == rejectedTopic || el.Topics[0] == refundedTopic):
			id := el.Topics[1]
			ev.Escrow, ev.Transfer = &el.Address, &id
			switch el.Topics[0] {
			case releasedTopic:
				ev.Kind = "released"
			case rejectedTopic:
				ev.Kind = "rejected"
				if rej, err := escrowEvents.UnpackRejectedEvent(el); err == nil {
					ev.Reason = &rej.Reason
				}
			case refundedTopic:
				ev.Kind = "refunded"
			}
			// The destination named at the lock.
			if lock, err := r.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(l.BlockNumber), Addresses: []common.Address{el.Address}, Topics: [][]common.Hash{{lockedTopic}, {id}}}); err == nil && len(lock) > 0 {
				if locked, err := escrowEvents.UnpackLockedEvent(&lock[0]); err == nil {
					ev.Platform = r.platformName(ctx, contract, locked.Transfer.Destination, platforms)
					ev.Recipient = &locked.Transfer.Recipient
				}
			}
		}
	}
	return nil
}

func (r *Reader) platformName(ctx context.Context, contract common.Address, id common.Hash, cache map[common.Hash]string) string {
	if d, ok := cache[id]; ok {
		return d
	}
	d, err := r.platformDID(ctx, contract, id)
	if err != nil || d == "" {
		d = id.Hex()
	}
	cache[id] = d
	return d
}
