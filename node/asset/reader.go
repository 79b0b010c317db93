package asset

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node/ipfs"
)

func keccak(parts ...[]byte) []byte { return crypto.Keccak256(parts...) }

// Reader reads tokens from the chain alone: contract views and event logs.
type Reader struct {
	client    chain.Client
	chainID   uint64
	asset721  common.Address
	asset1155 common.Address
	fromBlock uint64
	// LogRange bounds one eth_getLogs query, for endpoints that cap ranges.
	LogRange uint64
	// Holders, when set, gives an ERC-1155 token's holders instead of a
	// scan of the contract's every transfer: a reader with an index of
	// them (node/explorer) answers in milliseconds what the scan takes
	// seconds for on a long history.
	Holders func(ctx context.Context, id *big.Int) ([]Holder, error)
}

// NewReader reads the asset contracts at these addresses; log scans start at
// fromBlock.
func NewReader(client chain.Client, chainID uint64, nft, editions common.Address, fromBlock uint64) *Reader {
	return &Reader{client: client, chainID: chainID, asset721: nft, asset1155: editions, fromBlock: fromBlock, LogRange: 50_000}
}

// Token is what the chain holds about a token.
type Token struct {
	Asset            string          `json:"asset"` // CAIP-19
	Standard         Standard        `json:"standard"`
	Contract         common.Address  `json:"contract"`
	TokenID          string          `json:"tokenId"`
	PlatformID       common.Hash     `json:"platformId"`
	Platform         string          `json:"platform,omitempty"` // DID, from the registry's events
	URI              string          `json:"uri"`
	MetadataCID      string          `json:"metadataCid"`
	InBatchDirectory bool            `json:"inBatchDirectory"`
	RoyaltyBps       uint16          `json:"royaltyBps"`
	RoyaltyReceiver  common.Address  `json:"royaltyReceiver"`
	Owner            *common.Address `json:"owner,omitempty"`   // ERC-721
	Holders          []Holder        `json:"holders,omitempty"` // ERC-1155
	MintedAmount     string          `json:"mintedAmount"`
	id               *big.Int
}

// Holder is an account's balance of an ERC-1155 token.
type Holder struct {
	Address common.Address `json:"address"`
	Balance string         `json:"balance"`
}

func (r *Reader) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return chain.CallView(ctx, r.client, to, data, contracts.ErrorABIs()...)
}

// info reads a token's record; ErrUnknownToken when there is none.
func (r *Reader) info(ctx context.Context, std Standard, id *big.Int) (*Token, error) {
	addr := r.asset721
	if std == ERC1155 {
		addr = r.asset1155
	}
	a := asset721.NewAsset721() // the shared views have the same ABI in both contracts
	out, err := r.call(ctx, addr, a.PackExists(id))
	if err != nil {
		return nil, fmt.Errorf("read token %s: %w", id, err)
	}
	if ok, err := a.UnpackExists(out); err != nil || !ok {
		return nil, fmt.Errorf("%w: %s token %s on %s", ErrUnknownToken, std, id, addr.Hex())
	}
	out, err = r.call(ctx, addr, a.PackAssetInfo(id))
	if err != nil {
		return nil, fmt.Errorf("read token %s: %w", id, err)
	}
	info, err := a.UnpackAssetInfo(out)
	if err != nil {
		return nil, fmt.Errorf("decode token %s: %w", id, err)
	}
	codec := uint64(cid.Raw)
	if info.InBatchDirectory {
		codec = cid.DagProtobuf
	}
	t := &Token{
		Asset: chain.EIP155Token(r.chainID, string(std), addr, id).String(), Standard: std, Contract: addr,
		TokenID: id.String(), PlatformID: info.PlatformId, URI: info.Uri,
		MetadataCID: CIDFromDigest(codec, info.MetadataDigest).String(), InBatchDirectory: info.InBatchDirectory,
		RoyaltyBps: info.RoyaltyBps, RoyaltyReceiver: info.RoyaltyReceiver, MintedAmount: "1", id: id,
	}
	if std == ERC1155 {
		e := asset1155.NewAsset1155()
		if out, err = r.call(ctx, addr, e.PackMintedAmount(id)); err == nil {
			if n, err := e.UnpackMintedAmount(out); err == nil {
				t.MintedAmount = n.String()
			}
		}
	}
	return t, nil
}

// Token reads a token by its CAIP-19 id, with its owner (ERC-721) or holders
// (ERC-1155, from the transfer events, each balance confirmed by a call) and
// its origin platform's DID.
func (r *Reader) Token(ctx context.Context, assetID string) (*Token, error) {
	std, id, err := r.parse(assetID)
	if err != nil {
		return nil, err
	}
	t, err := r.info(ctx, std, id)
	if err != nil {
		return nil, err
	}
	if std == ERC721 {
		a := asset721.NewAsset721()
		out, err := r.call(ctx, t.Contract, a.PackOwnerOf(id))
		if err != nil {
			return nil, fmt.Errorf("read owner of %s: %w", assetID, err)
		}
		owner, err := a.UnpackOwnerOf(out)
		if err != nil {
			return nil, err
		}
		t.Owner = &owner
	} else if r.Holders != nil {
		if t.Holders, err = r.Holders(ctx, id); err != nil {
			return nil, err
		}
	} else if t.Holders, err = r.holders1155(ctx, id); err != nil {
		return nil, err
	}
	if t.Platform, err = r.platformDID(ctx, t.Contract, t.PlatformID); err != nil {
		return nil, err
	}
	return t, nil
}

// parse checks a CAIP-19 id names one of this chain's asset contracts.
func (r *Reader) parse(assetID string) (Standard, *big.Int, error) {
	a, err := chain.ParseAssetID(assetID)
	if err != nil {
		return "", nil, fmt.Errorf("%w: %v", ErrBadRequest, err)
	}
	if a.Chain != chain.EIP155(r.chainID) {
		return "", nil, fmt.Errorf("%w: %s is on %s, this node's chain is %s", ErrBadRequest, assetID, a.Chain, chain.EIP155(r.chainID))
	}
	contract, id, err := a.Token()
	if err != nil {
		return "", nil, fmt.Errorf("%w: %v", ErrBadRequest, err)
	}
	std := Standard(a.Namespace)
	switch {
	case std == ERC721 && contract == r.asset721, std == ERC1155 && contract == r.asset1155:
		return std, id, nil
	case std != ERC721 && std != ERC1155:
		return "", nil, fmt.Errorf("%w: %s is an %s asset; mifm tokens are erc721 or erc1155", ErrBadRequest, assetID, a.Namespace)
	}
	return "", nil, fmt.Errorf("%w: %s is not mifm's %s contract on this chain (that is %s)", ErrBadRequest, contract.Hex(), std, map[Standard]common.Address{ERC721: r.asset721, ERC1155: r.asset1155}[std].Hex())
}

// scan runs a log query from the contracts' deployment block to the head in
// ranges of LogRange blocks.
func (r *Reader) scan(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	head, err := r.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	var out []types.Log
	for from := r.fromBlock; from <= head; from += r.LogRange {
		to := min(from+r.LogRange-1, head)
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
		logs, err := r.client.FilterLogs(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("read logs of blocks %d-%d: %w", from, to, err)
		}
		out = append(out, logs...)
	}
	return out, nil
}

func addressTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

// mint is where a token was created.
type mint struct {
	TxHash      common.Hash
	BlockNumber uint64
	to          common.Address
	amount      *big.Int
}

// findMint finds the transfer from the zero address that created a token.
func (r *Reader) findMint(ctx context.Context, std Standard, contract common.Address, id *big.Int) (*mint, error) {
	zero := common.Hash{}
	if std == ERC721 {
		a := asset721.NewAsset721()
		logs, err := r.scan(ctx, ethereum.FilterQuery{Addresses: []common.Address{contract}, Topics: [][]common.Hash{
			{a.GetABI().Events["Transfer"].ID}, {zero}, nil, {common.BigToHash(id)},
		}})
		if err != nil || len(logs) == 0 {
			return nil, err
		}
		return &mint{TxHash: logs[0].TxHash, BlockNumber: logs[0].BlockNumber, to: common.BytesToAddress(logs[0].Topics[2][:]), amount: big.NewInt(1)}, nil
	}
	moves, err := r.moves1155(ctx, [][]common.Hash{nil, {zero}})
	if err != nil {
		return nil, err
	}
	for _, m := range moves {
		if m.id.Cmp(id) == 0 {
			return &mint{TxHash: m.log.TxHash, BlockNumber: m.log.BlockNumber, to: m.to, amount: m.value}, nil
		}
	}
	return nil, nil
}

// move is one ERC-1155 balance change from a TransferSingle or TransferBatch.
type move struct {
	from, to  common.Address
	id, value *big.Int
	log       types.Log
}

// moves1155 reads TransferSingle and TransferBatch events of Asset1155 whose
// topics after the signature match (operator, from, to).
func (r *Reader) moves1155(ctx context.Context, topics [][]common.Hash) ([]move, error) {
	e := asset1155.NewAsset1155()
	single, batch := e.GetABI().Events["TransferSingle"].ID, e.GetABI().Events["TransferBatch"].ID
	logs, err := r.scan(ctx, ethereum.FilterQuery{Addresses: []common.Address{r.asset1155}, Topics: append([][]common.Hash{{single, batch}}, topics...)})
	if err != nil {
		return nil, err
	}
	var out []move
	for _, l := range logs {
		switch l.Topics[0] {
		case single:
			ev, err := e.UnpackTransferSingleEvent(&l)
			if err != nil {
				return nil, fmt.Errorf("decode TransferSingle in %s: %w", l.TxHash.Hex(), err)
			}
			out = append(out, move{from: ev.From, to: ev.To, id: ev.Id, value: ev.Value, log: l})
		case batch:
			ev, err := e.UnpackTransferBatchEvent(&l)
			if err != nil || len(ev.Ids) != len(ev.Values) {
				return nil, fmt.Errorf("decode TransferBatch in %s: %v", l.TxHash.Hex(), err)
			}
			for i := range ev.Ids {
				out = append(out, move{from: ev.From, to: ev.To, id: ev.Ids[i], value: ev.Values[i], log: l})
			}
		}
	}
	return out, nil
}

// holders1155 lists every account that ever received the token and still
// holds some, each balance read from the contract.
func (r *Reader) holders1155(ctx context.Context, id *big.Int) ([]Holder, error) {
	moves, err := r.moves1155(ctx, nil)
	if err != nil {
		return nil, err
	}
	var candidates []common.Address
	for _, m := range moves {
		if m.id.Cmp(id) == 0 && !slices.Contains(candidates, m.to) {
			candidates = append(candidates, m.to)
		}
	}
	return r.balances1155(ctx, candidates, id)
}

func (r *Reader) balances1155(ctx context.Context, accounts []common.Address, id *big.Int) ([]Holder, error) {
	if len(accounts) == 0 {
		return nil, nil
	}
	e := asset1155.NewAsset1155()
	ids := make([]*big.Int, len(accounts))
	for i := range ids {
		ids[i] = id
	}
	out, err := r.call(ctx, r.asset1155, e.PackBalanceOfBatch(accounts, ids))
	if err != nil {
		return nil, fmt.Errorf("read balances of token %s: %w", id, err)
	}
	bals, err := e.UnpackBalanceOfBatch(out)
	if err != nil {
		return nil, err
	}
	var holders []Holder
	for i, b := range bals {
		if b.Sign() > 0 {
			holders = append(holders, Holder{Address: accounts[i], Balance: b.String()})
		}
	}
	return holders, nil
}

// platformDID finds the DID a platform id was registered with, from the
// registry's PlatformRegistered event, and checks it hashes to the id.
func (r *Reader) platformDID(ctx context.Context, contract common.Address, platformID common.Hash) (string, error) {
	a := asset721.NewAsset721()
	out, err := r.call(ctx, contract, a.PackRegistry())
	if err != nil {
		return "", fmt.Errorf("read the registry of %s: %w", contract.Hex(), err)
	}
	reg, err := a.UnpackRegistry(out)
	if err != nil {
		return "", err
	}
	p := platformregistry.NewPlatformRegistry()
	logs, err := r.scan(ctx, ethereum.FilterQuery{Addresses: []common.Address{reg}, Topics: [][]common.Hash{
		{p.GetABI().Events["PlatformRegistered"].ID}, {platformID},
	}})
	if err != nil {
		return "", err
	}
	for _, l := range logs {
		ev, err := p.UnpackPlatformRegisteredEvent(&l)
		if err == nil && contracts.PlatformID(ev.Did) == platformID {
			return ev.Did, nil
		}
	}
	return "", nil
}

// Held is a token an account holds.
type Held struct {
	Asset    string   `json:"asset"`
	Standard Standard `json:"standard"`
	TokenID  string   `json:"tokenId"`
	Balance  string   `json:"balance"`
}

// Holdings lists the mifm tokens an account holds: candidates from the
// transfer events that name it as recipient, each confirmed by a call.
func (r *Reader) Holdings(ctx context.Context, owner common.Address) ([]Held, error) {
	var out []Held
	a := asset721.NewAsset721()
	logs, err := r.scan(ctx, ethereum.FilterQuery{Addresses: []common.Address{r.asset721}, Topics: [][]common.Hash{
		{a.GetABI().Events["Transfer"].ID}, nil, {addressTopic(owner)},
	}})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, l := range logs {
		id := new(big.Int).SetBytes(l.Topics[3][:])
		if seen[id.String()] {
			continue
		}
		seen[id.String()] = true
		res, err := r.call(ctx, r.asset721, a.PackOwnerOf(id))
		if err != nil {
			return nil, fmt.Errorf("read owner of token %s: %w", id, err)
		}
		if cur, err := a.UnpackOwnerOf(res); err == nil && cur == owner {
			out = append(out, Held{Asset: chain.EIP155Token(r.chainID, string(ERC721), r.asset721, id).String(), Standard: ERC721, TokenID: id.String(), Balance: "1"})
		}
	}
	moves, err := r.moves1155(ctx, [][]common.Hash{nil, nil, {addressTopic(owner)}})
	if err != nil {
		return nil, err
	}
	seen = map[string]bool{}
	for _, m := range moves {
		if seen[m.id.String()] {
			continue
		}
		seen[m.id.String()] = true
		h, err := r.balances1155(ctx, []common.Address{owner}, m.id)
		if err != nil {
			return nil, err
		}
		if len(h) == 1 {
			out = append(out, Held{Asset: chain.EIP155Token(r.chainID, string(ERC1155), r.asset1155, m.id).String(), Standard: ERC1155, TokenID: m.id.String(), Balance: h[0].Balance})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Asset < out[j].Asset })
	return out, nil
}

// Check is one verification of a token's metadata against the chain.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// Shown is a token with its metadata, read from IPFS and checked.
type Shown struct {
	Token
	Metadata *Metadata `json:"metadata,omitempty"`
	Verified bool      `json:"verified"`
	Checks   []Check   `json:"checks"`
}

// Show reads a token and its metadata. The metadata comes from store, or,
// when the store lacks it and gateway is set, from that trustless gateway;
// every block is hashed against its CID, and the metadata's origin platform
// and local id must give back the token's id.
func (r *Reader) Show(ctx context.Context, store *ipfs.Store, gateway, assetID string) (*Shown, error) {
	var sources []string
	if gateway != "" {
		sources = []string{gateway}
	}
	return r.ShowFrom(ctx, store, sources, assetID)
}

// ShowFrom is Show with the metadata fetched from the first of gateways
// that serves it: the CID makes any of them as good as another. When none
// could be reached (each failed with ipfs.ErrUnreachable, or some did and
// the others lack the DAG), the error wraps ipfs.ErrUnreachable and there
// is no verdict on the content; a source that served bad bytes or refused
// counts as a failed check.
func (r *Reader) ShowFrom(ctx context.Context, store *ipfs.Store, gateways []string, assetID string) (*Shown, error) {
	t, err := r.Token(ctx, assetID)
	if err != nil {
		return nil, err
	}
	s := &Shown{Token: *t}
	fail := func(name, detail string) (*Shown, error) {
		s.Checks = append(s.Checks, Check{Name: name, OK: false, Detail: detail})
		return s, nil
	}
	root, err := cid.Decode(t.MetadataCID)
	if err != nil {
		return nil, fmt.Errorf("metadata CID of %s: %w", assetID, err)
	}
	data, c, err := r.readMetadata(ctx, store, gateways, root, t.id, t.InBatchDirectory)
	if ipfs.Unreachable(err) {
		return nil, fmt.Errorf("read the metadata of %s: %w", assetID, err)
	}
	if err != nil {
		return fail("metadata-cid", err.Error())
	}
	s.Checks = append(s.Checks, Check{Name: "metadata-cid", OK: true, Detail: fmt.Sprintf("%d bytes hash to %s, the CID the chain holds", len(data), c)})
	m, err := ParseMetadata(data)
	if err != nil {
		return fail("metadata-json", err.Error())
	}
	s.Metadata = m
	if got := contracts.PlatformID(m.Mifm.OriginPlatform); got != t.PlatformID {
		return fail("origin-platform", fmt.Sprintf("metadata names %s, whose id %x is not the token's platform %x", m.Mifm.OriginPlatform, got, t.PlatformID))
	}
	s.Checks = append(s.Checks, Check{Name: "origin-platform", OK: true, Detail: m.Mifm.OriginPlatform + " hashes to the token's platform id"})
	local, err := LocalAssetID(m.Mifm.LocalAssetID)
	if err != nil {
		return fail("token-id", err.Error())
	}
	if TokenID(t.PlatformID, local).Cmp(t.id) != 0 {
		return fail("token-id", fmt.Sprintf("local asset id %q does not derive token %s", m.Mifm.LocalAssetID, t.TokenID))
	}
	s.Checks = append(s.Checks, Check{Name: "token-id", OK: true, Detail: fmt.Sprintf("keccak256(platform id, %q) is the token id", m.Mifm.LocalAssetID)})
	s.Verified = true
	return s, nil
}

// readMetadata returns the metadata file's bytes with every block verified:
// the file itself, or <id>.json in a batch directory.
func (r *Reader) readMetadata(ctx context.Context, store *ipfs.Store, gateways []string, root cid.Cid, id *big.Int, inDir bool) ([]byte, cid.Cid, error) {
	if store == nil {
		return nil, root, errors.New("no IPFS store to read the metadata from")
	}
	// A metadata file is one block of at most MaxMetadataBytes; a batch
	// directory is bounded by the store's fetch cap.
	var max int64
	if !inDir {
		max = ipfs.DAGBytes(MaxMetadataBytes)
	}
	if err := ensureLocal(ctx, store, gateways, root, max); err != nil {
		return nil, root, err
	}
	c := root
	if inDir {
		if err := verifyDAG(ctx, store, root, false); err != nil {
			return nil, root, err
		}
		entries, err := store.Ls(ctx, root)
		if err != nil {
			return nil, root, err
		}
		name := fmt.Sprintf("%064x.json", id)
		i := slices.IndexFunc(entries, func(e ipfs.Entry) bool { return e.Name == name })
		if i < 0 {
			return nil, root, fmt.Errorf("batch directory %s has no %s", root, name)
		}
		c = entries[i].CID
	}
	if err := verifyDAG(ctx, store, c, true); err != nil {
		return nil, c, err
	}
	f, err := store.Cat(ctx, c, 0, MaxMetadataBytes+1)
	if err != nil {
		return nil, c, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, c, fmt.Errorf("read metadata %s: %w", c, err)
	}
	return data, c, nil
}

// ensureLocal fetches c from the first trustless gateway that serves it
// when the store lacks it.
func ensureLocal(ctx context.Context, store *ipfs.Store, gateways []string, c cid.Cid, max int64) error {
	ok, err := store.Has(ctx, c)
	if err != nil || ok {
		return err
	}
	if len(gateways) == 0 {
		return fmt.Errorf("metadata %s is not in this node's IPFS store: give --gateway URL to fetch it", c)
	}
	_, err = ipfs.FetchFirst(ctx, store, gateways, c, max)
	return err
}

// verifyDAG rehashes c's block (and, with deep, every block below it) and
// compares it with its CID.
func verifyDAG(ctx context.Context, store *ipfs.Store, c cid.Cid, deep bool) error {
	blk, err := store.Blockstore().Get(ctx, c)
	if err != nil {
		return fmt.Errorf("read block %s: %w", c, err)
	}
	sum, err := c.Prefix().Sum(blk.RawData())
	if err != nil || !sum.Equals(c) {
		return fmt.Errorf("%w: block %s hashes to %s", ErrMetadataCheck, c, sum)
	}
	if !deep || c.Type() != cid.DagProtobuf {
		return nil
	}
	nd, err := merkledag.DecodeProtobuf(blk.RawData())
	if err != nil {
		return fmt.Errorf("decode block %s: %w", c, err)
	}
	for _, l := range nd.Links() {
		if err := verifyDAG(ctx, store, l.Cid, true); err != nil {
			return err
		}
	}
	return nil
}
