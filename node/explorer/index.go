package explorer

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/anchor"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/bridge"
	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node/store"
)

// Event kinds of the index, in the words an auditor reads on the page.
const (
	KindMinted      = "minted"      // an original's Transfer from the zero address
	KindTransferred = "transferred" // a plain Transfer
	KindBurned      = "burned"      // a Transfer to the zero address
	KindWrapped     = "wrapped"     // a wrapped token minted by a Bridge on another chain
	KindTokenized   = "tokenized"   // Tokenized: the platform and metadata digest of a mint
	KindMetadata    = "metadata"    // MetadataChanged: a new metadata version
	KindLocked      = "locked"      // Escrow Locked
	KindReleased    = "released"    // Escrow Released
	KindRejected    = "rejected"    // Escrow Rejected
	KindRefunded    = "refunded"    // Escrow Refunded
	KindSent        = "sent"        // Bridge Sent: a cross-chain move left
	KindDelivered   = "delivered"   // Bridge Delivered on the destination chain
	KindReturned    = "move-refunded"
	KindAnchored    = "anchored"   // Anchor Anchored: a Merkle root on chain
	KindRegistered  = "registered" // PlatformRegistered
)

// Item is one suite event as the index keeps it: where it is, what it
// moved, between whom, for which platform.
type Item struct {
	Chain    uint64         `json:"chain"`
	Block    uint64         `json:"block"`
	Index    uint           `json:"index"`
	Tx       common.Hash    `json:"tx"`
	Time     uint64         `json:"time"`
	Contract common.Address `json:"contract"`
	Kind     string         `json:"kind"`
	// Token and ID name the asset (the original's home chain in HomeChain
	// for a Bridge move), Amount how much of it.
	Token     common.Address `json:"token,omitempty"`
	ID        string         `json:"id,omitempty"`
	HomeChain uint64         `json:"homeChain,omitempty"`
	Amount    string         `json:"amount,omitempty"`
	From      common.Address `json:"from,omitempty"`
	To        common.Address `json:"to,omitempty"`
	// Platform is the platform id the event names (the destination of a
	// lock or move, the minting platform); Ref the transfer, move or root
	// id that ties later events to this one.
	Platform common.Hash `json:"platform,omitempty"`
	Ref      common.Hash `json:"ref,omitempty"`
	Detail   string      `json:"detail,omitempty"`
}

// Pos is an item's place in every index: time, chain, block, log index, so
// a listing across chains runs in time order.
func (it Item) pos() []byte {
	b := make([]byte, 0, 28)
	b = binary.BigEndian.AppendUint64(b, it.Time)
	b = binary.BigEndian.AppendUint64(b, it.Chain)
	b = binary.BigEndian.AppendUint64(b, it.Block)
	return binary.BigEndian.AppendUint32(b, uint32(it.Index))
}

// Key prefixes of the explorer's cache. Every key but the items themselves
// is an index pointing at an item's pos.
const (
	pItem     = "e/" // pos → Item
	pAsset    = "a/" // chain, token, id, pos
	pAccount  = "u/" // address, pos
	pPlatform = "p/" // platform id, pos
	pRef      = "r/" // ref, pos
	pTx       = "x/" // tx hash, pos
	pCursor   = "c/" // chain → cursor
	pDID      = "d/" // platform id → DID
	pLeaf     = "s/" // subject, 0, seq, CID, anchoring tx → Leaf
	pVersion  = "v/" // version CID, anchoring tx → leaf key
	pPending  = "m/" // Anchored item's pos → the item, until its manifest is read
	pFile     = "f/" // file CID → what checking it found, once it held
)

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func key(prefix string, parts ...[]byte) []byte {
	k := []byte(prefix)
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

func assetKey(chainID uint64, token common.Address, id *big.Int) []byte {
	return key(pAsset, u64(chainID), token.Bytes(), common.BigToHash(id).Bytes())
}

// cursor is how far a chain is indexed: the next block to read and the
// hash of the one before it, to notice a reorganisation.
type cursor struct {
	Next uint64      `json:"next"`
	Hash common.Hash `json:"hash"`
	// Events counts the items indexed on this chain.
	Events uint64 `json:"events"`
}

// Chain is one chain the explorer reads: its endpoint and the suite's
// addresses on it.
type Chain struct {
	Backend chain.Client
	// RPC batches block headers; nil reads them one by one.
	RPC *rpc.Client
	// URL is the endpoint the page's script reads through the relay.
	URL string
	ID  uint64
	// Suite is the suite's contracts by name (contracts.Asset721…), plus
	// Wrapped721 and Wrapped1155 read from the Bridge.
	Suite map[string]common.Address
	// From is the first block to read (the suite's deployment).
	From uint64
	// Collections are outside ERC-721 and ERC-1155 contracts whose
	// transfers the index reads too (tokens that moved through the
	// suite's escrow or Bridge).
	Collections []common.Address
}

func (c *Chain) addresses() []common.Address {
	var out []common.Address
	for _, a := range c.Suite {
		out = append(out, a)
	}
	return append(out, c.Collections...)
}

var (
	abi721      = asset721.NewAsset721()
	abi1155     = asset1155.NewAsset1155()
	abiEscrow   = escrow.NewEscrow()
	abiBridge   = bridge.NewBridge()
	abiAnchor   = anchor.NewAnchor()
	abiRegistry = platformregistry.NewPlatformRegistry()

	topicTransfer  = abi721.GetABI().Events["Transfer"].ID
	topicSingle    = abi1155.GetABI().Events["TransferSingle"].ID
	topicBatch     = abi1155.GetABI().Events["TransferBatch"].ID
	topicTokenized = abi721.GetABI().Events["Tokenized"].ID
	topicMetadata  = abi721.GetABI().Events["MetadataChanged"].ID
	topicLocked    = abiEscrow.GetABI().Events["Locked"].ID
	topicReleased  = abiEscrow.GetABI().Events["Released"].ID
	topicRejected  = abiEscrow.GetABI().Events["Rejected"].ID
	topicRefunded  = abiEscrow.GetABI().Events["Refunded"].ID
	topicSent      = abiBridge.GetABI().Events["Sent"].ID
	topicDelivered = abiBridge.GetABI().Events["Delivered"].ID
	// The Bridge's Refunded has the Escrow's signature: decode tells them by address.
	topicAnchored   = abiAnchor.GetABI().Events["Anchored"].ID
	topicRegistered = abiRegistry.GetABI().Events["PlatformRegistered"].ID
)

// Names of the wrapped contracts in a Chain's Suite.
const (
	Wrapped721  = "Wrapped721"
	Wrapped1155 = "Wrapped1155"
)

// decode turns a suite log into items (a batch transfer gives one per id);
// logs of no interest give none.
func (c *Chain) decode(l *types.Log, at uint64) []Item {
	base := Item{Chain: c.ID, Block: l.BlockNumber, Index: l.Index, Tx: l.TxHash, Time: at, Contract: l.Address}
	if len(l.Topics) == 0 {
		return nil
	}
	wrapped := l.Address == c.Suite[Wrapped721] || l.Address == c.Suite[Wrapped1155]
	move := func(it Item) Item {
		switch {
		case it.From == (common.Address{}) && wrapped:
			it.Kind = KindWrapped
		case it.From == (common.Address{}):
			it.Kind = KindMinted
		case it.To == (common.Address{}):
			it.Kind = KindBurned
		default:
			it.Kind = KindTransferred
		}
		return it
	}
	switch l.Topics[0] {
	case topicTransfer:
		e, err := abi721.UnpackTransferEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Token, it.ID, it.Amount, it.From, it.To = l.Address, e.TokenId.String(), "1", e.From, e.To
		return []Item{move(it)}
	case topicSingle:
		e, err := abi1155.UnpackTransferSingleEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Token, it.ID, it.Amount, it.From, it.To = l.Address, e.Id.String(), e.Value.String(), e.From, e.To
		return []Item{move(it)}
	case topicBatch:
		e, err := abi1155.UnpackTransferBatchEvent(l)
		if err != nil || len(e.Ids) != len(e.Values) {
			return nil
		}
		out := make([]Item, 0, len(e.Ids))
		for i := range e.Ids {
			it := base
			it.Token, it.ID, it.Amount, it.From, it.To = l.Address, e.Ids[i].String(), e.Values[i].String(), e.From, e.To
			it.Detail = fmt.Sprintf("item %d of a batch of %d", i+1, len(e.Ids))
			out = append(out, move(it))
		}
		return out
	case topicTokenized:
		e, err := abi721.UnpackTokenizedEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Kind, it.Token, it.ID, it.To, it.Platform = KindTokenized, l.Address, e.TokenId.String(), e.Minter, e.PlatformId
		it.Detail = "metadata digest " + common.Hash(e.MetadataDigest).Hex()
		return []Item{it}
	case topicMetadata:
		e, err := abi721.UnpackMetadataChangedEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Kind, it.Token, it.ID, it.From, it.Platform = KindMetadata, l.Address, e.TokenId.String(), e.By, e.PlatformId
		it.Detail = "metadata digest " + common.Hash(e.MetadataDigest).Hex()
		return []Item{it}
	case topicLocked:
		e, err := abiEscrow.UnpackLockedEvent(l)
		if err != nil {
			return nil
		}
		t := e.Transfer
		it := base
		it.Kind, it.Token, it.ID, it.Amount, it.From, it.To = KindLocked, t.Token, t.Id.String(), t.Amount.String(), t.Depositor, t.Recipient
		it.Platform, it.Ref = t.Destination, e.TransferId
		it.Detail = "deadline " + time.Unix(int64(t.Deadline), 0).UTC().Format(time.RFC3339) + ", attester " + t.Attester.Hex()
		return []Item{it}
	case topicReleased:
		e, err := abiEscrow.UnpackReleasedEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Kind, it.To, it.Ref, it.Detail = KindReleased, e.Recipient, e.TransferId, "submitted by "+e.Submitter.Hex()
		return []Item{it}
	case topicRejected:
		e, err := abiEscrow.UnpackRejectedEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Kind, it.To, it.Ref, it.Detail = KindRejected, e.Depositor, e.TransferId, fmt.Sprintf("reason code %d", e.Reason)
		return []Item{it}
	case topicRefunded:
		if l.Address == c.Suite["Bridge"] {
			e, err := abiBridge.UnpackRefundedEvent(l)
			if err != nil {
				return nil
			}
			it := base
			it.Kind, it.To, it.Ref = KindReturned, e.Sender, e.MoveId
			return []Item{it}
		}
		e, err := abiEscrow.UnpackRefundedEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Kind, it.To, it.Ref = KindRefunded, e.Depositor, e.TransferId
		return []Item{it}
	case topicSent:
		e, err := abiBridge.UnpackSentEvent(l)
		if err != nil {
			return nil
		}
		m := e.Move
		var out []Item
		for _, x := range m.Items {
			it := base
			it.Kind, it.Token, it.ID, it.Amount, it.From, it.To = KindSent, x.HomeToken, x.Id.String(), x.Amount.String(), m.Sender, m.Recipient
			it.HomeChain, it.Platform, it.Ref = x.HomeChain.Uint64(), m.Destination, e.MoveId
			it.Detail = fmt.Sprintf("to eip155:%s, deadline %s", m.ToChain, time.Unix(int64(m.Deadline), 0).UTC().Format(time.RFC3339))
			out = append(out, it)
		}
		return out
	case topicDelivered:
		e, err := abiBridge.UnpackDeliveredEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Kind, it.To, it.Ref, it.Detail = KindDelivered, e.Recipient, e.MoveId, "submitted by "+e.Submitter.Hex()
		return []Item{it}
	case topicAnchored:
		e, err := abiAnchor.UnpackAnchoredEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Kind, it.From, it.Ref = KindAnchored, e.Anchorer, e.Root
		it.Amount = fmt.Sprint(e.Leaves)
		it.ID = fmt.Sprint(e.Batch)
		if mc, err := cid.Cast(e.Manifest); err == nil {
			it.Detail = mc.String()
		}
		return []Item{it}
	case topicRegistered:
		e, err := abiRegistry.UnpackPlatformRegisteredEvent(l)
		if err != nil {
			return nil
		}
		it := base
		it.Kind, it.Platform, it.From, it.To, it.Detail = KindRegistered, e.PlatformId, e.Admin, e.Attester, e.Did
		return []Item{it}
	}
	return nil
}

// index writes an item and its index entries into b.
func (it Item) index(b *store.Batch) error {
	v, err := json.Marshal(it)
	if err != nil {
		return err
	}
	pos := it.pos()
	b.Put(key(pItem, pos), v)
	b.Put(key(pTx, it.Tx.Bytes(), pos), nil)
	if it.Token != (common.Address{}) && it.ID != "" && it.Kind != KindAnchored {
		id, _ := new(big.Int).SetString(it.ID, 10)
		home := it.Chain
		if it.HomeChain != 0 {
			home = it.HomeChain
		}
		if id != nil {
			b.Put(key(string(assetKey(home, it.Token, id)), pos), nil)
		}
	}
	for _, a := range []common.Address{it.From, it.To} {
		if a != (common.Address{}) {
			b.Put(key(pAccount, a.Bytes(), pos), nil)
		}
	}
	if it.Platform != (common.Hash{}) {
		b.Put(key(pPlatform, it.Platform.Bytes(), pos), nil)
	}
	if it.Ref != (common.Hash{}) && it.Kind != KindAnchored {
		b.Put(key(pRef, it.Ref.Bytes(), pos), nil)
	}
	if it.Kind == KindRegistered {
		b.Put(key(pDID, it.Platform.Bytes()), []byte(it.Detail))
	}
	return nil
}

// ErrTooManyResults is what endpoints answer for a log query over too
// wide a range; the indexer halves the range and asks again.
var errTooMany = []string{"too many", "limit exceeded", "query returned more than", "response size", "range"}

func tooMany(err error) bool {
	s := strings.ToLower(err.Error())
	for _, m := range errTooMany {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// blockTimes reads the times of blocks, in one JSON-RPC batch when the
// endpoint takes batches.
func (c *Chain) blockTimes(ctx context.Context, blocks []uint64) (map[uint64]uint64, error) {
	out := make(map[uint64]uint64, len(blocks))
	if c.RPC != nil {
		for start := 0; start < len(blocks); start += 200 {
			part := blocks[start:min(start+200, len(blocks))]
			heads := make([]struct {
				Time hexutil.Uint64 `json:"timestamp"`
			}, len(part))
			calls := make([]rpc.BatchElem, len(part))
			for i, n := range part {
				calls[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(n), false}, Result: &heads[i]}
			}
			if err := c.RPC.BatchCallContext(ctx, calls); err != nil {
				return nil, fmt.Errorf("read block times: %w", err)
			}
			for i, call := range calls {
				if call.Error != nil {
					return nil, fmt.Errorf("read block %d: %w", part[i], call.Error)
				}
				out[part[i]] = uint64(heads[i].Time)
			}
		}
		return out, nil
	}
	for _, n := range blocks {
		h, err := c.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("read block %d: %w", n, err)
		}
		out[n] = h.Time
	}
	return out, nil
}

// ErrReorg says the chain no longer holds a block the index was built on.
var ErrReorg = errors.New("the chain was reorganised under the index")
