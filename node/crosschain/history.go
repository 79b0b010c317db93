package crosschain

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/wrapped721"
	"github.com/mifm/mifm/node/asset"
)

var transferTopic = wrapped721.NewWrapped721().GetABI().Events["Transfer"].ID

// WrappedID is the id of an original's wrapped token on any chain's
// Bridge: keccak256(abi.encode(homeChain, homeToken, homeId)).
func WrappedID(homeChain uint64, homeToken common.Address, homeID *big.Int) *big.Int {
	return new(big.Int).SetBytes(crypto.Keccak256(
		common.BigToHash(new(big.Int).SetUint64(homeChain)).Bytes(), common.LeftPadBytes(homeToken.Bytes(), 32), common.BigToHash(homeID).Bytes()))
}

// History rebuilds an ERC-721's life across the chains a node follows,
// from their events alone (ASIR-103, 105): the original's transfers on its
// home chain (minted, locked in the Bridge, released), every Bridge's
// moves that carry it (sent, delivered, refunded), and its wrapped token's
// transfers on the other chains (wrapped, transferred, burned). assetID may
// name the original or a wrapped token.
func History(ctx context.Context, links Links, assetID string) (*asset.History, error) {
	a, err := chain.ParseAssetID(assetID)
	if err != nil || a.Namespace != "erc721" || a.TokenID == "" || a.Chain.Namespace != "eip155" {
		return nil, fmt.Errorf("%w: %s is not an ERC-721 token id", ErrBadMove, assetID)
	}
	num, _ := new(big.Int).SetString(a.Chain.Reference, 10)
	l, err := links.get(num.Uint64())
	if err != nil {
		return nil, err
	}
	token := common.HexToAddress(a.Reference)
	id, _ := new(big.Int).SetString(a.TokenID, 10)
	homeChain, homeToken, homeID := l.ID(), token, id
	if w, err := l.Wrapped721(ctx); err == nil && w == token {
		if homeChain, homeToken, homeID, err = origin(ctx, l, KindERC721, w, id); err != nil {
			// Burned: the Bridge's moves on this chain still name it.
			if homeChain, homeToken, homeID, err = originFromMoves(ctx, l, id); err != nil {
				return nil, fmt.Errorf("read the origin of %s: %w", assetID, err)
			}
		}
	}
	home, err := links.get(homeChain)
	if err != nil {
		return nil, err
	}
	original := chain.EIP155Token(homeChain, "erc721", homeToken, homeID).String()
	h := &asset.History{Token: asset.Token{Asset: original, Standard: asset.ERC721, Contract: homeToken, TokenID: homeID.String(), MintedAmount: "1"}}
	h.Token.URI, _ = TokenURI(ctx, home, nil, KindERC721, homeToken, homeID)
	recv, bps := Royalty(ctx, home, nil, homeToken, homeID)
	h.Token.RoyaltyReceiver, h.Token.RoyaltyBps = recv, uint16(bps)
	if o, err := ownerOf(ctx, home, homeToken, homeID); err == nil {
		h.Token.Owner = &o
	}
	type stamped struct {
		ev    asset.Event
		time  uint64
		chain uint64
		index uint
	}
	var all []stamped
	times := map[[2]uint64]uint64{}
	stamp := func(l *Link, block uint64) uint64 {
		k := [2]uint64{l.ID(), block}
		if t, ok := times[k]; ok {
			return t
		}
		hd, err := l.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
		if err != nil {
			return 0
		}
		times[k] = hd.Time
		return hd.Time
	}
	add := func(l *Link, ev asset.Event, lg types.Log) {
		t := stamp(l, lg.BlockNumber)
		ev.Chain, ev.Block, ev.Tx = fmt.Sprintf("eip155:%d", l.ID()), lg.BlockNumber, lg.TxHash
		ev.Time = time.Unix(int64(t), 0).UTC().Format(time.RFC3339)
		all = append(all, stamped{ev, t, l.ID(), lg.Index})
	}
	ids := make([]uint64, 0, len(links))
	for cid := range links {
		ids = append(ids, cid)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, cid := range ids {
		l := links[cid]
		contract, tid := homeToken, homeID
		if cid != homeChain {
			if contract, err = l.Wrapped721(ctx); err != nil {
				return nil, err
			}
			tid = WrappedID(homeChain, homeToken, homeID)
		}
		logs, err := l.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{contract},
			Topics: [][]common.Hash{{transferTopic}, nil, nil, {common.BigToHash(tid)}}})
		if err != nil {
			return nil, fmt.Errorf("read the transfers of %s on eip155:%d: %w", original, cid, err)
		}
		for _, lg := range logs {
			from, to := common.BytesToAddress(lg.Topics[1][:]), common.BytesToAddress(lg.Topics[2][:])
			ev := asset.Event{Kind: "transferred", From: from, To: to, Amount: "1"}
			switch {
			case from == (common.Address{}) && cid == homeChain:
				ev.Kind = "minted"
			case from == (common.Address{}):
				ev.Kind = "wrapped"
			case to == (common.Address{}):
				ev.Kind = "burned"
			case to == l.Bridge:
				ev.Kind = "locked"
			case from == l.Bridge:
				ev.Kind = "released"
			}
			add(l, ev, lg)
		}
		// The Bridge's moves that carry this original: Sent holds the whole
		// move; Delivered and Refunded name it by id.
		sent, err := l.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{l.Bridge},
			Topics: [][]common.Hash{{bridgeABI.GetABI().Events["Sent"].ID}}})
		if err != nil {
			return nil, fmt.Errorf("read the Bridge's moves on eip155:%d: %w", cid, err)
		}
		for _, lg := range sent {
			ev, err := bridgeABI.UnpackSentEvent(&lg)
			if err != nil {
				continue
			}
			m := fromBinding(ev.Move)
			if !carries(m, homeChain, homeToken, homeID) {
				continue
			}
			mid := common.Hash(ev.MoveId)
			add(l, asset.Event{Kind: "sent", From: m.Sender, To: m.Recipient, Amount: "1", Move: &mid, Detail: fmt.Sprintf("to eip155:%d", m.ToChain)}, lg)
			for _, other := range []struct {
				l     *Link
				event string
				kind  string
			}{{links[m.ToChain], "Delivered", "delivered"}, {l, "Refunded", "refunded"}} {
				if other.l == nil {
					continue
				}
				logs, err := other.l.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{other.l.Bridge},
					Topics: [][]common.Hash{{bridgeABI.GetABI().Events[other.event].ID}, {mid}}})
				if err != nil {
					return nil, err
				}
				for _, s := range logs {
					to := m.Recipient
					if other.kind == "refunded" {
						to = m.Sender
					}
					add(other.l, asset.Event{Kind: other.kind, To: to, Amount: "1", Move: &mid}, s)
				}
			}
		}
	}
	// Each chain's events in its own order; the chains merged by time,
	// except that a move is delivered (and what follows on that chain
	// happens) only after it was sent: blocks of two chains stamped in the
	// same second, or clocks apart, keep the causal order.
	queues := map[uint64][]stamped{}
	for _, e := range all {
		queues[e.chain] = append(queues[e.chain], e)
	}
	for _, q := range queues {
		sort.SliceStable(q, func(i, j int) bool {
			if q[i].ev.Block != q[j].ev.Block {
				return q[i].ev.Block < q[j].ev.Block
			}
			return q[i].index < q[j].index
		})
	}
	sentSeen := map[common.Hash]bool{}
	blocked := func(e stamped) bool {
		return (e.ev.Kind == "delivered") && e.ev.Move != nil && !sentSeen[*e.ev.Move]
	}
	all = all[:0]
	var last *stamped
	for {
		// The rest of a transaction's events follow at once.
		if last != nil {
			if q := queues[last.chain]; len(q) > 0 && q[0].ev.Tx == last.ev.Tx {
				e := q[0]
				queues[last.chain] = q[1:]
				all = append(all, e)
				if e.ev.Kind == "sent" && e.ev.Move != nil {
					sentSeen[*e.ev.Move] = true
				}
				last = &all[len(all)-1]
				continue
			}
		}
		best := -1
		var bestKey [2]uint64
		var bestFree bool
		for _, cid := range ids {
			q := queues[cid]
			if len(q) == 0 {
				continue
			}
			free := !blocked(q[0])
			key := [2]uint64{q[0].time, cid}
			if best < 0 || (free && !bestFree) || (free == bestFree && (key[0] < bestKey[0] || key[0] == bestKey[0] && key[1] < bestKey[1])) {
				best, bestKey, bestFree = int(cid), key, free
			}
		}
		if best < 0 {
			break
		}
		e := queues[uint64(best)][0]
		queues[uint64(best)] = queues[uint64(best)][1:]
		if e.ev.Kind == "sent" && e.ev.Move != nil {
			sentSeen[*e.ev.Move] = true
		}
		all = append(all, e)
		last = &all[len(all)-1]
	}
	for _, s := range all {
		h.Events = append(h.Events, s.ev)
	}
	return h, nil
}

// originFromMoves finds a wrapped token's original among the items of the
// moves sent from this chain (a burned token has no stored origin left).
func originFromMoves(ctx context.Context, l *Link, id *big.Int) (uint64, common.Address, *big.Int, error) {
	logs, err := l.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{l.Bridge},
		Topics: [][]common.Hash{{bridgeABI.GetABI().Events["Sent"].ID}}})
	if err != nil {
		return 0, common.Address{}, nil, err
	}
	for _, lg := range logs {
		ev, err := bridgeABI.UnpackSentEvent(&lg)
		if err != nil {
			continue
		}
		for _, it := range fromBinding(ev.Move).Items {
			if it.HomeChain != l.ID() && WrappedID(it.HomeChain, it.HomeToken, it.ID.ToInt()).Cmp(id) == 0 {
				return it.HomeChain, it.HomeToken, it.ID.ToInt(), nil
			}
		}
	}
	return 0, common.Address{}, nil, fmt.Errorf("no wrapped token %s on eip155:%d", id, l.ID())
}

func carries(m Move, homeChain uint64, homeToken common.Address, id *big.Int) bool {
	for _, it := range m.Items {
		if it.HomeChain == homeChain && it.HomeToken == homeToken && it.ID != nil && it.ID.ToInt().Cmp(id) == 0 {
			return true
		}
	}
	return false
}
