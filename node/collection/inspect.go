package collection

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
)

// Standard is a collection's token standard, as CAIP-19 names it.
type Standard string

// The standards Inspect reads.
const (
	ERC721  Standard = "erc721"
	ERC1155 Standard = "erc1155"
)

// Errors Inspect returns (wrapped) when a contract is not a collection a
// platform can admit. An error that wraps none of them is the endpoint's
// failure, not the collection's: try again later.
var (
	// ErrNotContract: the address holds no code (an account, a contract
	// not deployed on this chain) or only an EIP-7702 delegation.
	ErrNotContract = errors.New("no contract at that address")
	// ErrNotERC165: the contract does not answer ERC-165 interface queries
	// as EIP-165 requires.
	ErrNotERC165 = errors.New("contract does not implement ERC-165")
	// ErrWrongStandard: the contract does not claim IERC721 (or IERC1155)
	// as the kind asked for says.
	ErrWrongStandard = errors.New("contract does not implement the token standard")
	// ErrNoMetadataExtension: the collection does not claim ERC-721
	// Metadata (or ERC-1155 Metadata URI), so its tokens have no metadata a
	// destination could check.
	ErrNoMetadataExtension = errors.New("collection does not implement the metadata extension")
	// ErrNoToken: the token does not exist (ownerOf reverts or is zero).
	ErrNoToken = errors.New("token does not exist")
	// ErrBadURI: the metadata URI is missing, oversized or unusable.
	ErrBadURI = errors.New("unusable metadata URI")
	// ErrBadRoyalty: the collection claims ERC-2981 but royaltyInfo fails or
	// asks for more than the whole price.
	ErrBadRoyalty = errors.New("malformed ERC-2981 royalty")
)

// ERC-165 interface ids Inspect asks for.
const (
	idERC165             uint32 = 0x01ffc9a7 // EIP-165
	idInvalid            uint32 = 0xffffffff // EIP-165: must answer false
	idERC721             uint32 = 0x80ac58cd // EIP-721
	idERC721Metadata     uint32 = 0x5b5e139f // EIP-721 metadata extension
	idERC1155            uint32 = 0xd9b67a26 // EIP-1155
	idERC1155MetadataURI uint32 = 0x0e89341c // EIP-1155 metadata URI extension
	idERC2981            uint32 = 0x2a55205a // EIP-2981 royalties
)

// erc165Gas is the gas EIP-165 gives a supportsInterface query: a contract
// that needs more is treated as not supporting the interface.
const erc165Gas = 30_000

// royaltyBase is the sale price royaltyInfo is asked about: the royalty then
// comes back in basis points.
const royaltyBase = 10_000

// Bounds on what a contract's views may return.
const (
	// MaxURIBytes bounds a token URI: a data: URI of MaxMetadataBytes of
	// metadata, percent-encoded, with room for its header.
	MaxURIBytes = 3*MaxMetadataBytes + 1024
	// maxLinkURIBytes bounds a URI that names a place (ipfs://, https://).
	maxLinkURIBytes = 8 << 10
	// maxNameBytes bounds an ERC-721 collection's name and symbol.
	maxNameBytes = 1 << 10
)

// ercABI is the part of the standards' interfaces Inspect calls, as the EIPs
// give them, and the ERC-6093 error their views revert with.
const ercABI = `[
{"type":"function","name":"supportsInterface","stateMutability":"view","inputs":[{"name":"interfaceId","type":"bytes4"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"ownerOf","stateMutability":"view","inputs":[{"name":"tokenId","type":"uint256"}],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"tokenURI","stateMutability":"view","inputs":[{"name":"tokenId","type":"uint256"}],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"name","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"symbol","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"uri","stateMutability":"view","inputs":[{"name":"id","type":"uint256"}],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"royaltyInfo","stateMutability":"view","inputs":[{"name":"tokenId","type":"uint256"},{"name":"salePrice","type":"uint256"}],"outputs":[{"name":"receiver","type":"address"},{"name":"royaltyAmount","type":"uint256"}]},
{"type":"error","name":"ERC721NonexistentToken","inputs":[{"name":"tokenId","type":"uint256"}]}
]`

// Reader is what Inspect needs from a chain: calls and code at a block, and,
// for provenance, blocks and receipts. chain.Client (and so chain.Backend)
// has it.
type Reader interface {
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.ContractCaller
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Royalty is a token's ERC-2981 royalty.
type Royalty struct {
	Receiver common.Address `json:"receiver"`
	// Bps is the royalty in basis points of the sale price (0-10000).
	Bps uint16 `json:"bps"`
}

// Token is what the chain says about one token of an outside collection.
type Token struct {
	// Asset is the token's CAIP-19 id.
	Asset string `json:"asset"`
	// Chain is the CAIP-2 id of the chain it lives on.
	Chain    string         `json:"chain"`
	Standard Standard       `json:"standard"`
	Contract common.Address `json:"contract"`
	// TokenID in decimal.
	TokenID string `json:"tokenId"`
	// Block is the block every read was made at, so they agree.
	Block uint64 `json:"block"`
	// Name and Symbol of an ERC-721 collection, when it answers them.
	Name   string `json:"name,omitempty"`
	Symbol string `json:"symbol,omitempty"`
	// Owner of an ERC-721 token. ERC-1155 has no owner view: a caller
	// checks the balance of whom it expects (the escrow).
	Owner *common.Address `json:"owner,omitempty"`
	// URI is what tokenURI (ERC-721) or uri (ERC-1155) returned.
	URI string `json:"uri"`
	// MetadataURI is URI with ERC-1155's {id} substituted: where the
	// metadata is.
	MetadataURI string `json:"metadataUri"`
	// Royalty is set when the collection implements ERC-2981.
	Royalty    *Royalty   `json:"royalty,omitempty"`
	Provenance Provenance `json:"provenance"`
}

// ID returns the token id.
func (t *Token) ID() *big.Int {
	id, _ := new(big.Int).SetString(t.TokenID, 10)
	return id
}

// Option tunes Inspect and ReadProvenance.
type Option func(*options)

type options struct {
	provenance  bool
	searchCalls int
	receipts    int
}

// Default bounds on the provenance search.
const (
	// DefaultSearchCalls bounds the code reads of the creation-block
	// search: 64 covers any chain of up to 2^63 blocks.
	DefaultSearchCalls = 64
	// DefaultReceipts bounds the receipts read in the creation block.
	DefaultReceipts = 500
)

func defaults() options {
	return options{provenance: true, searchCalls: DefaultSearchCalls, receipts: DefaultReceipts}
}

// WithProvenanceLimits bounds the provenance search: calls code reads to find
// the creation block, receipts read in it. A search that hits a bound leaves
// the fields it could not fill unknown.
func WithProvenanceLimits(calls, receipts int) Option {
	return func(o *options) { o.searchCalls, o.receipts = max(calls, 0), max(receipts, 0) }
}

// WithoutProvenance skips the provenance search; the code hash is still
// read. For a caller that keeps a collection's provenance from an earlier
// Inspect or ReadProvenance.
func WithoutProvenance() Option {
	return func(o *options) { o.provenance = false }
}

// Inspect reads token id of the collection at token from the chain alone and
// checks it is a collection a platform can admit: ERC-165 per EIP-165, the
// interface kind names and its metadata extension, the token's existence
// (ERC-721), its metadata URI and, when the collection claims ERC-2981, its
// royalty. Every read is made at the same block. Refusals wrap one of the
// Err* values; other errors are the endpoint's.
func Inspect(ctx context.Context, c Reader, token common.Address, id *big.Int, kind Standard, opts ...Option) (*Token, error) {
	o := defaults()
	for _, opt := range opts {
		opt(&o)
	}
	ifaceStd, ifaceMeta, uriMethod := idERC721, idERC721Metadata, "tokenURI"
	switch kind {
	case ERC721:
	case ERC1155:
		ifaceStd, ifaceMeta, uriMethod = idERC1155, idERC1155MetadataURI, "uri"
	default:
		return nil, fmt.Errorf("token standard %q: want %q or %q", kind, ERC721, ERC1155)
	}
	if id == nil || id.Sign() < 0 || id.BitLen() > 256 {
		return nil, fmt.Errorf("token id %v is not a uint256", id)
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	caip2 := chain.EIP155(chainID.Uint64()).String()
	t := &Token{
		Asset: chain.EIP155Token(chainID.Uint64(), string(kind), token, id).String(),
		Chain: caip2, Standard: kind, Contract: token, TokenID: id.String(), Block: head,
	}
	k, err := newCaller(c, token, head)
	if err != nil {
		return nil, err
	}
	code, err := k.code(ctx)
	if err != nil {
		return nil, err
	}
	where := fmt.Sprintf("%s on %s", token.Hex(), caip2)
	t.Provenance.CodeHash = crypto.Keccak256Hash(code)

	// EIP-165 "How to detect whether a contract implements ERC-165".
	if ok, err := k.supports(ctx, idERC165); err != nil || !ok {
		return nil, orRefusal(err, "%w: %s does not answer supportsInterface(0x01ffc9a7) with true", ErrNotERC165, where)
	}
	if ok, err := k.supports(ctx, idInvalid); err != nil || ok {
		return nil, orRefusal(err, "%w: %s answers supportsInterface(0xffffffff) with true, which EIP-165 forbids", ErrNotERC165, where)
	}
	if ok, err := k.supports(ctx, ifaceStd); err != nil || !ok {
		return nil, orRefusal(err, "%w: %s does not claim %s (interface 0x%08x)", ErrWrongStandard, where, kindName(kind), ifaceStd)
	}
	if ok, err := k.supports(ctx, ifaceMeta); err != nil || !ok {
		return nil, orRefusal(err, "%w: %s does not claim %s (interface 0x%08x), so its tokens have no metadata a platform can check",
			ErrNoMetadataExtension, where, map[Standard]string{ERC721: "ERC-721 Metadata", ERC1155: "ERC-1155 Metadata URI"}[kind], ifaceMeta)
	}

	if kind == ERC721 {
		out, err := k.call(ctx, 0, "ownerOf", id)
		if err != nil {
			return nil, orRefusal(err, "%w: token %s of %s: ownerOf %v", ErrNoToken, id, where, err)
		}
		owner := out[0].(common.Address)
		if owner == (common.Address{}) {
			return nil, fmt.Errorf("%w: token %s of %s: ownerOf is the zero address", ErrNoToken, id, where)
		}
		t.Owner = &owner
		t.Name, t.Symbol = k.text(ctx, "name"), k.text(ctx, "symbol")
	}
	out, err := k.call(ctx, 0, uriMethod, id)
	if err != nil {
		return nil, orRefusal(err, "%w: token %s of %s: %s %v", ErrBadURI, id, where, uriMethod, err)
	}
	t.URI = out[0].(string)
	t.MetadataURI = t.URI
	if kind == ERC1155 {
		t.MetadataURI = ExpandID(t.URI, id)
	}
	if err := checkTokenURI(t.MetadataURI); err != nil {
		return nil, fmt.Errorf("%w: token %s of %s: %s", ErrBadURI, id, where, err)
	}

	if ok, err := k.supports(ctx, idERC2981); err != nil {
		return nil, err
	} else if ok {
		out, err := k.call(ctx, 0, "royaltyInfo", id, big.NewInt(royaltyBase))
		if err != nil {
			return nil, orRefusal(err, "%w: %s claims ERC-2981 but royaltyInfo(%s, %d) %v", ErrBadRoyalty, where, id, royaltyBase, err)
		}
		receiver, amount := out[0].(common.Address), out[1].(*big.Int)
		if amount.Cmp(big.NewInt(royaltyBase)) > 0 {
			return nil, fmt.Errorf("%w: %s asks %s of a sale price of %d, more than the whole price", ErrBadRoyalty, where, amount, royaltyBase)
		}
		t.Royalty = &Royalty{Receiver: receiver, Bps: uint16(amount.Uint64())}
	}

	if o.provenance {
		t.Provenance = findProvenance(ctx, c, chainID, token, head, code, o)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// ReadProvenance finds where the contract at token came from: its code hash,
// the block and transaction that created it, who sent that transaction and,
// when a contract created it, which. What a bound or the endpoint keeps from
// being known is left unset and explained in Unknown; only an address with no
// code, or an endpoint that cannot say where its head is, is an error.
func ReadProvenance(ctx context.Context, c Reader, token common.Address, opts ...Option) (Provenance, error) {
	o := defaults()
	for _, opt := range opts {
		opt(&o)
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return Provenance{}, fmt.Errorf("read chain id: %w", err)
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return Provenance{}, fmt.Errorf("read head block: %w", err)
	}
	k, err := newCaller(c, token, head)
	if err != nil {
		return Provenance{}, err
	}
	code, err := k.code(ctx)
	if err != nil {
		return Provenance{}, err
	}
	p := findProvenance(ctx, c, chainID, token, head, code, o)
	return p, ctx.Err()
}

// ExpandID substitutes every {id} in an ERC-1155 URI or metadata value with
// the token id as EIP-1155 says: lowercase hex, no 0x, zero-padded to 64
// characters.
func ExpandID(s string, id *big.Int) string {
	if !strings.Contains(s, "{id}") {
		return s
	}
	return strings.ReplaceAll(s, "{id}", fmt.Sprintf("%064x", id))
}

func kindName(k Standard) string {
	if k == ERC1155 {
		return "IERC1155"
	}
	return "IERC721"
}

// caller makes a collection's view calls at one block.
type caller struct {
	c   Reader
	abi abi.ABI
	to  common.Address
	at  *big.Int
}

func newCaller(c Reader, to common.Address, block uint64) (*caller, error) {
	a, err := abi.JSON(strings.NewReader(ercABI))
	if err != nil {
		return nil, fmt.Errorf("parse the token standards' ABI: %w", err)
	}
	return &caller{c: c, abi: a, to: to, at: new(big.Int).SetUint64(block)}, nil
}

// code reads the contract's runtime code, refusing an address without any.
func (k *caller) code(ctx context.Context) ([]byte, error) {
	code, err := k.c.CodeAt(ctx, k.to, k.at)
	if err != nil {
		return nil, fmt.Errorf("read code of %s: %w", k.to.Hex(), err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: %s has no code at block %s: an account, or a contract not deployed on this chain", ErrNotContract, k.to.Hex(), k.at)
	}
	if target, ok := types.ParseDelegation(code); ok {
		return nil, fmt.Errorf("%w: %s is an account delegating to %s (EIP-7702), whose code its key can change at will", ErrNotContract, k.to.Hex(), target.Hex())
	}
	return code, nil
}

// errCallFailed marks a call that ran and failed: it reverted, ran out of
// gas or returned data of the wrong shape. That is the contract's answer,
// not the endpoint's fault.
var errCallFailed = errors.New("call failed")

// call runs a view; gas 0 leaves the endpoint's cap.
func (k *caller) call(ctx context.Context, gas uint64, method string, args ...any) ([]any, error) {
	data, err := k.abi.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", method, err)
	}
	out, err := k.c.CallContract(ctx, ethereum.CallMsg{To: &k.to, Data: data, Gas: gas}, k.at)
	if err != nil {
		// mifm's own errors too: its collections are read through here.
		if err := chain.AsRevert(err, append(contracts.ErrorABIs(), &k.abi)...); errors.Is(err, chain.ErrReverted) {
			return nil, fmt.Errorf("%w: %v", errCallFailed, err)
		}
		if vmFailure(err) {
			return nil, fmt.Errorf("%w: %v", errCallFailed, err)
		}
		return nil, fmt.Errorf("call %s on %s: %w", method, k.to.Hex(), err)
	}
	vals, err := k.abi.Unpack(method, out)
	if err != nil {
		return nil, fmt.Errorf("%w: returned %d bytes that are not the ABI's answer: %v", errCallFailed, len(out), err)
	}
	return vals, nil
}

// supports asks supportsInterface with EIP-165's gas; a failed call is "no".
func (k *caller) supports(ctx context.Context, id uint32) (bool, error) {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], id)
	out, err := k.call(ctx, erc165Gas, "supportsInterface", b)
	if errors.Is(err, errCallFailed) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return out[0].(bool), nil
}

// text reads an optional string view, "" when it fails or is too long.
func (k *caller) text(ctx context.Context, method string) string {
	out, err := k.call(ctx, 0, method)
	if err != nil {
		return ""
	}
	s := out[0].(string)
	if len(s) > maxNameBytes {
		return ""
	}
	return s
}

// orRefusal returns err when it is the endpoint's failure, and the refusal
// built from format otherwise (the call ran and said no, or failed).
func orRefusal(err error, format string, args ...any) error {
	if err != nil && !errors.Is(err, errCallFailed) {
		return err
	}
	return fmt.Errorf(format, args...)
}

// vmFailure says whether err is one geth gives for a call that ran and
// failed without reverting (core/vm's errors), as its JSON-RPC passes them on.
func vmFailure(err error) bool {
	msg := err.Error()
	for _, m := range []string{
		"out of gas", "invalid opcode", "invalid jump destination", "stack underflow",
		"stack limit reached", "write protection", "return data out of bounds",
		"max call depth exceeded", "gas uint64 overflow", "invalid code",
	} {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// checkTokenURI bounds a token URI as read from the chain; FetchMetadata
// checks the rest.
func checkTokenURI(uri string) error {
	switch {
	case uri == "":
		return errors.New("the URI is empty")
	case len(uri) > MaxURIBytes:
		return fmt.Errorf("the URI is %d bytes, more than %d", len(uri), MaxURIBytes)
	}
	if scheme, _ := uriScheme(uri); scheme != "data" && len(uri) > maxLinkURIBytes {
		return fmt.Errorf("the URI is %d bytes, more than %d for a link", len(uri), maxLinkURIBytes)
	}
	return nil
}
