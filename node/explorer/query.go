package explorer

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/wrapped721"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/crosschain"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/store"
)

func bigU(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// MaxTimeline bounds the events of one asset a page or report lists.
const MaxTimeline = 20000

// ErrNotFollowed is an id on a chain the explorer does not read.
var ErrNotFollowed = errors.New("the explorer does not follow this chain")

// Timeline is an asset's life across platforms and chains.
type Timeline struct {
	// Asset is the original's CAIP-19 id; Asked the one asked for (a
	// wrapped token's id leads to its original).
	Asset string `json:"asset"`
	Asked string `json:"asked"`
	// Token and metadata as the original's chain and IPFS hold them, with
	// the checks made (CIDs hashed, origin platform, token id).
	Shown *asset.Shown `json:"token,omitempty"`
	// ShowError says why the metadata could not be read; Unchecked why
	// it was not checked at all.
	ShowError string `json:"showError,omitempty"`
	Unchecked string `json:"unchecked,omitempty"`
	// Files are the checks of the files the metadata names (image,
	// animation_url): fetched from the gateways, every block hashed.
	Files     []asset.Check `json:"files,omitempty"`
	Events    []Item        `json:"events"`
	Truncated bool          `json:"truncated,omitempty"`
}

// Timeline reads an asset's events from the index: its mint, transfers,
// escrow locks and how they settled, Bridge moves and the wrapped tokens
// they made on other chains, burns, returns and metadata versions, in time
// order. assetID is a CAIP-19 id of the original or of a wrapped token.
func (e *Explorer) Timeline(ctx context.Context, assetID string) (*Timeline, error) {
	a, err := chain.ParseAssetID(assetID)
	if err != nil {
		return nil, err
	}
	chainID, err := a.Chain.EVMChainID()
	if err != nil {
		return nil, err
	}
	c, ok := e.chains[chainID]
	if !ok {
		return nil, fmt.Errorf("%w: %s (follow it with --rpc URL --suite FILE)", ErrNotFollowed, a.Chain)
	}
	token, id, err := a.Token()
	if err != nil {
		return nil, err
	}
	homeChain, homeToken, homeID := chainID, token, id
	kind := uint8(1)
	if a.Namespace == "erc1155" {
		kind = 2
	}
	if token == c.Suite[Wrapped721] || token == c.Suite[Wrapped1155] {
		w := wrapped721.NewWrapped721() // one origin ABI in both
		out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &token, Data: w.PackOrigin(id)}, nil)
		if err == nil {
			if o, err := w.UnpackOrigin(out); err == nil && o.HomeChain.Sign() > 0 {
				homeChain, homeToken, homeID = o.HomeChain.Uint64(), o.HomeToken, o.HomeId
			}
		}
	}
	std := "erc721"
	if kind == 2 {
		std = "erc1155"
	}
	t := &Timeline{Asked: assetID, Asset: chain.EIP155Token(homeChain, std, homeToken, homeID).String()}
	keys := [][]byte{assetKey(homeChain, homeToken, homeID)}
	for _, other := range e.Chains() {
		w := other.Suite[Wrapped721]
		if kind == 2 {
			w = other.Suite[Wrapped1155]
		}
		if w != (common.Address{}) {
			keys = append(keys, assetKey(other.ID, w, crosschain.WrappedID(homeChain, homeToken, homeID)))
		}
	}
	seen := map[string]bool{}
	var items []Item
	add := func(prefix []byte) error {
		return e.db.Scan(prefix, nil, func(k, _ []byte) bool {
			pos := k[len(prefix):]
			if seen[string(pos)] {
				return true
			}
			seen[string(pos)] = true
			it, err := e.item(pos)
			if err == nil {
				items = append(items, it)
			}
			if len(items) >= MaxTimeline {
				t.Truncated = true
				return false
			}
			return true
		})
	}
	for _, k := range keys {
		if err := add(k); err != nil {
			return nil, err
		}
	}
	refs := map[common.Hash]bool{}
	for _, it := range items {
		if it.Ref != (common.Hash{}) && !refs[it.Ref] {
			refs[it.Ref] = true
		}
	}
	for r := range refs {
		if err := add(key(pRef, r.Bytes())); err != nil {
			return nil, err
		}
	}
	sort.Slice(items, func(i, j int) bool { return string(items[i].pos()) < string(items[j].pos()) })
	t.Events = causal(e.merge(items))
	if hc, ok := e.chains[homeChain]; ok {
		r := asset.NewReader(hc.Backend, homeChain, hc.Suite[contracts.Asset721], hc.Suite[contracts.Asset1155], hc.From)
		if !t.Truncated {
			// The index has every transfer of the token: its holders
			// come from them, not from a scan of the contract's history.
			held := holders(items, homeChain, homeToken)
			r.Holders = func(context.Context, *big.Int) ([]asset.Holder, error) { return held, nil }
		}
		shown, err := r.ShowFrom(ctx, e.content, e.cfg.Gateways, t.Asset)
		if err != nil {
			t.ShowError = err.Error()
		} else {
			t.Shown = shown
			t.Files = e.checkFiles(ctx, shown.Metadata)
		}
		if len(e.cfg.Gateways) == 0 && (t.Shown == nil || !t.Shown.Verified) {
			// Not a refusal: nothing was fetched.
			t.Unchecked = "no IPFS gateway was given (--gateway URL), so the metadata was not fetched"
		}
	}
	return t, nil
}

// merge drops the plain transfers into and out of an escrow or a Bridge
// when the same transaction has the escrow's or Bridge's own event, which
// says more (the lock, the release, the move).
func (e *Explorer) merge(items []Item) []Item {
	custodian := map[common.Address]bool{}
	for _, c := range e.chains {
		for _, n := range []string{contracts.Escrow, contracts.Bridge} {
			if a, ok := c.Suite[n]; ok {
				custodian[a] = true
			}
		}
	}
	semantic := map[common.Hash]bool{}
	for _, it := range items {
		switch it.Kind {
		case KindLocked, KindReleased, KindRejected, KindRefunded, KindSent, KindDelivered, KindReturned:
			semantic[it.Tx] = true
		}
	}
	out := items[:0:0]
	for _, it := range items {
		if it.Kind == KindTransferred && semantic[it.Tx] && (custodian[it.From] || custodian[it.To]) {
			continue
		}
		out = append(out, it)
	}
	return out
}

func (e *Explorer) item(pos []byte) (Item, error) {
	var it Item
	v, err := e.db.Get(key(pItem, pos))
	if err != nil {
		return it, err
	}
	err = json.Unmarshal(v, &it)
	return it, err
}

// Page is one page of an activity listing, oldest first.
type Page struct {
	Items []Item `json:"items"`
	// Next is the cursor of the next page ("" on the last).
	Next string `json:"next,omitempty"`
}

// MaxPage bounds a page.
const MaxPage = 500

// AccountActivity lists the events an address took part in across every
// followed chain: from, to, depositor, recipient, anchorer.
func (e *Explorer) AccountActivity(addr common.Address, after string, limit int) (*Page, error) {
	return e.page(key(pAccount, addr.Bytes()), after, limit)
}

// PlatformActivity lists the events that name a platform: its mints,
// metadata versions, transfers locked or moved to it, its registration.
func (e *Explorer) PlatformActivity(did string, after string, limit int) (*Page, error) {
	id := contracts.PlatformID(did)
	return e.page(key(pPlatform, id[:]), after, limit)
}

// PlatformDID is the DID a platform id was registered with, or "".
func (e *Explorer) PlatformDID(id common.Hash) string {
	v, err := e.db.Get(key(pDID, id.Bytes()))
	if err != nil {
		return ""
	}
	return string(v)
}

// TxItems lists the suite events of one transaction.
func (e *Explorer) TxItems(tx common.Hash) ([]Item, error) {
	p, err := e.page(key(pTx, tx.Bytes()), "", MaxPage)
	if err != nil {
		return nil, err
	}
	return p.Items, nil
}

// ErrBadCursor is a page cursor the explorer did not make.
var ErrBadCursor = errors.New("the page cursor is not one this explorer gave")

func (e *Explorer) page(prefix []byte, after string, limit int) (*Page, error) {
	if limit <= 0 || limit > MaxPage {
		limit = MaxPage
	}
	var start []byte
	if after != "" {
		pos, err := hex.DecodeString(after)
		if err != nil || len(pos) != 28 {
			return nil, ErrBadCursor
		}
		// The first key after pos: pos with one more byte.
		start = append(append(append([]byte{}, prefix...), pos...), 0)
	}
	p := &Page{Items: []Item{}}
	var derr error
	err := e.db.Scan(prefix, start, func(k, _ []byte) bool {
		if len(p.Items) == limit {
			p.Next = hex.EncodeToString(p.Items[len(p.Items)-1].pos())
			return false
		}
		it, err := e.item(k[len(prefix):])
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			derr = err
			return false
		}
		if err == nil {
			p.Items = append(p.Items, it)
		}
		return true
	})
	if err == nil {
		err = derr
	}
	return p, err
}

// causal orders events across chains by cause as well as time: each
// chain's events stay in block order, and a transaction that settles a
// lock or a move (a release, a delivery, a refund) comes after the
// transaction that made it, whatever the chains' clocks say (two chains'
// block times need not agree: a dev chain's clock can be moved on). Among
// the transactions free to come next, the earliest comes first.
func causal(items []Item) []Item {
	type unit struct {
		items []Item
		needs []common.Hash // refs made elsewhere
	}
	queues := map[uint64][]*unit{}
	var chains []uint64
	origin := map[common.Hash]*unit{}
	for _, it := range items {
		q := queues[it.Chain]
		if len(q) == 0 {
			chains = append(chains, it.Chain)
		}
		if len(q) == 0 || q[len(q)-1].items[0].Tx != it.Tx {
			q = append(q, &unit{})
			queues[it.Chain] = q
		}
		u := q[len(q)-1]
		u.items = append(u.items, it)
		if it.Ref != (common.Hash{}) {
			if it.Kind == KindSent || it.Kind == KindLocked {
				origin[it.Ref] = u
			} else {
				u.needs = append(u.needs, it.Ref)
			}
		}
	}
	sort.Slice(chains, func(i, j int) bool { return chains[i] < chains[j] })
	done := map[*unit]bool{}
	ready := func(u *unit) bool {
		for _, r := range u.needs {
			if o, ok := origin[r]; ok && o != u && !done[o] {
				return false
			}
		}
		return true
	}
	out := make([]Item, 0, len(items))
	for len(out) < len(items) {
		var best *unit
		var bestChain uint64
		for _, pass := range []bool{true, false} {
			for _, c := range chains {
				q := queues[c]
				if len(q) == 0 || (pass && !ready(q[0])) {
					continue
				}
				if best == nil || string(q[0].items[0].pos()) < string(best.items[0].pos()) {
					best, bestChain = q[0], c
				}
			}
			if best != nil {
				break
			}
		}
		queues[bestChain] = queues[bestChain][1:]
		done[best] = true
		out = append(out, best.items...)
	}
	return out
}

// MaxFile bounds a file of an asset the explorer fetches to check.
const MaxFile = 256 << 20

// checkFiles fetches the files an asset's metadata names by ipfs:// URI
// from the gateways, every block checked against the CID.
func (e *Explorer) checkFiles(ctx context.Context, m *asset.Metadata) []asset.Check {
	if m == nil {
		return nil
	}
	var out []asset.Check
	for _, f := range []struct{ name, uri string }{{"image", m.Image}, {"animation_url", m.AnimationURL}} {
		ref, ok := strings.CutPrefix(f.uri, "ipfs://")
		if !ok {
			continue
		}
		root, _, _ := strings.Cut(ref, "/")
		c, err := cid.Decode(root)
		if err != nil {
			out = append(out, asset.Check{Name: f.name, Detail: fmt.Sprintf("%s: not a CID: %v", f.uri, err)})
			continue
		}
		// A file checked once is not fetched again on every view.
		if done, err := e.db.Get(key(pFile, []byte(c.String()))); err == nil {
			out = append(out, asset.Check{Name: f.name, OK: true, Detail: string(done)})
			continue
		}
		fctx, cancel := context.WithTimeout(ctx, time.Minute)
		got, err := ipfs.FetchFirst(fctx, e.content, e.cfg.Gateways, c, MaxFile)
		cancel()
		if err != nil {
			out = append(out, asset.Check{Name: f.name, Detail: err.Error()})
			continue
		}
		detail := fmt.Sprintf("%s: %d blocks fetched, each hashing to its CID", c, got.Blocks)
		_ = e.db.Put(key(pFile, []byte(c.String())), []byte(detail))
		out = append(out, asset.Check{Name: f.name, OK: true, Detail: detail})
	}
	return out
}

// holders sums a token's transfers on its own contract into balances.
func holders(items []Item, chainID uint64, token common.Address) []asset.Holder {
	bal := map[common.Address]*big.Int{}
	add := func(a common.Address, v *big.Int) {
		if a == (common.Address{}) {
			return
		}
		if bal[a] == nil {
			bal[a] = new(big.Int)
		}
		bal[a].Add(bal[a], v)
	}
	for _, it := range items {
		if it.Chain != chainID || it.Token != token || it.Contract != token {
			continue
		}
		switch it.Kind {
		case KindMinted, KindTransferred, KindBurned:
			v, ok := new(big.Int).SetString(it.Amount, 10)
			if !ok {
				continue
			}
			add(it.To, v)
			add(it.From, new(big.Int).Neg(v))
		}
	}
	out := []asset.Holder{}
	for a, v := range bal {
		if v.Sign() > 0 {
			out = append(out, asset.Holder{Address: a, Balance: v.String()})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address.Hex() < out[j].Address.Hex() })
	return out
}
