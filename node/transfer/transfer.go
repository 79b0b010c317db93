// Package transfer is FGMV-43's ASTF (asset transfer, 7.2.1 and 9.2) and
// ASEF (asset exchange, 7.2.2) in the node: a user's asset on platform A goes
// to a user on platform B through the on-chain Escrow, as a state machine
// both nodes persist, so a node killed at any step resumes and finishes or
// refunds, and nothing is done twice.
//
// The origin (A) makes a record, has the user's wallet sign an EIP-712
// consent (ASIR-106) and lock the asset, waits for confirmations and offers
// the lock to the destination (B) over RE. B checks the lock on chain, asks
// its platform's admission policy whether it can import the asset, and
// answers with a signed decision: accepted (B releases the asset to the
// recipient, imports its metadata and content, and the answer is the
// receipt) or rejected with a reason (A submits the rejection, which refunds
// at once). When B never answers, A refunds after the deadline by itself.
// Currency may arrive converted: B accepts A's currency together with its own
// treasury's exchange order at the rate the manifestos agree.
package transfer

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/collection"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/node/trust"
)

// State is where a transfer stands, on one side.
type State string

// The states of both sides. Terminal: delivered, imported, returned,
// refunded, failed.
const (
	// Prepared (A): the node prepared the consent and the lock for the
	// user's own wallet, which has not signed yet.
	Prepared State = "prepared"
	// Requested: A made the record and is locking the asset.
	Requested State = "requested"
	// Locked: the lock is on chain with enough confirmations.
	Locked State = "locked"
	// Offered: A sent the offer to B and waits for its answer.
	Offered State = "offered"
	// Accepted: B accepted; the release is not on chain yet.
	Accepted State = "accepted"
	// Released (B): the asset is with the recipient; B imports it next.
	Released State = "released"
	// Imported (B): B's platform has the asset (terminal).
	Imported State = "imported"
	// Delivered (A): released on chain and B's receipt received (terminal).
	Delivered State = "delivered"
	// Rejected: B refused; the rejection is not on chain yet (A) or was
	// given (B, terminal for B).
	Rejected State = "rejected"
	// Returned (A): the rejection is on chain and the asset is back (terminal).
	Returned State = "returned"
	// Refunded: the deadline passed and the asset is back (terminal).
	Refunded State = "refunded"
	// Failed (A): the lock never happened; nothing moved (terminal).
	Failed State = "failed"
)

// Terminal says whether a state is final.
func (s State) Terminal() bool {
	switch s {
	case Imported, Delivered, Returned, Refunded, Failed:
		return true
	}
	return false
}

// Roles of a record.
const (
	Outgoing = "outgoing" // this node is the origin (A)
	Incoming = "incoming" // this node is the destination (B)
)

// Rejection reasons, as carried on chain.
const (
	ReasonUnsupportedStandard uint16 = 1
	ReasonUnsupportedContent  uint16 = 2
	ReasonTooLarge            uint16 = 3
	ReasonUnverifiable        uint16 = 4
	ReasonBadTerms            uint16 = 5
	ReasonPolicy              uint16 = 6
	ReasonUnknownCurrency     uint16 = 7
)

// Errors callers branch on.
var (
	ErrBadRequest = errors.New("invalid transfer request")
	ErrNotFound   = errors.New("no such transfer")
	ErrNoChannel  = errors.New("no established channel with that platform")
	// ErrSourceDown leaves an offer undecided: no source of the asset's
	// content answers, which says nothing of the asset.
	ErrSourceDown = errors.New("the asset's sources are unreachable")
)

// Terms are what travels with the asset besides the token (FGMV-43 ASIR-102):
// the rights the recipient gets and who may see the asset on B. Their
// keccak256 is the escrow salt, so the lock commits to them.
type Terms struct {
	Rights     []string `json:"rights,omitempty"`
	Visibility string   `json:"visibility"`
	Nonce      string   `json:"nonce"`
}

// Salt is keccak256 of the terms' JSON.
func (t Terms) Salt() common.Hash {
	b, _ := json.Marshal(t)
	return crypto.Keccak256Hash(b)
}

// Visibilities of a transferred asset on the destination.
var Visibilities = []string{"public", "unlisted", "private"}

// Offer is what A sends B (RE POST /re/v1/transfers).
type Offer struct {
	ID       common.Hash    `json:"id"`
	Chain    string         `json:"chain"`
	Escrow   common.Address `json:"escrow"`
	Transfer OnChain        `json:"transfer"`
	LockTx   common.Hash    `json:"lockTx"`
	Asset    string         `json:"asset"`
	Terms    Terms          `json:"terms"`
	// Consent is the depositor's EIP-712 signature over ConsentTypedData.
	Consent hexutil.Bytes `json:"consent"`
	// SecondSignature is the consent's second factor, when A required one.
	SecondSignature hexutil.Bytes `json:"secondSignature,omitempty"`
	Channel         string        `json:"channel"`
}

// Answer is B's signed decision (JWS typ mifm-transfer+jwt): the receipt A
// keeps.
type Answer struct {
	ID          common.Hash   `json:"id"`
	From        string        `json:"from"` // B's platform DID
	Decision    string        `json:"decision"`
	Reason      uint16        `json:"reason,omitempty"`
	Explanation string        `json:"explanation,omitempty"`
	Signature   hexutil.Bytes `json:"signature"` // EIP-712 by B's attester
	// Order is set when B accepted currency converted.
	Order          *Order        `json:"order,omitempty"`
	OrderSignature hexutil.Bytes `json:"orderSignature,omitempty"`
	Released       *common.Hash  `json:"released,omitempty"` // B's release transaction
	Imported       bool          `json:"imported"`
	ImportedCIDs   []string      `json:"importedCids,omitempty"`
	At             string        `json:"at"`
}

// AnswerTyp is the JWS type of an Answer.
const AnswerTyp = "mifm-transfer+jwt"

// Step is one entry of a record's history.
type Step struct {
	State  State  `json:"state"`
	At     string `json:"at"`
	Tx     string `json:"tx,omitempty"`
	Detail string `json:"detail,omitempty"`
}

// Record is one transfer as this node keeps it.
type Record struct {
	ID       common.Hash    `json:"id"`
	Role     string         `json:"role"`
	State    State          `json:"state"`
	Asset    string         `json:"asset"`
	Amount   string         `json:"amount"`
	Peer     string         `json:"peer"` // the other platform's DID
	PeerURL  string         `json:"peerUrl,omitempty"`
	Channel  string         `json:"channel"`
	Escrow   common.Address `json:"escrow"`
	Transfer OnChain        `json:"transfer"`
	Terms    Terms          `json:"terms"`
	Consent  hexutil.Bytes  `json:"consent,omitempty"`
	// Wallet is WalletUser when the depositor signs and locks in their own
	// wallet; empty when this node's keystore holds the depositor's key.
	Wallet string `json:"wallet,omitempty"`
	// SecondSigner and SecondSignature are the second factor of a consent
	// above the platform's threshold (ASIR-106): the user's second device
	// or the platform's key, over the same typed data.
	SecondSigner    *common.Address `json:"secondSigner,omitempty"`
	SecondSignature hexutil.Bytes   `json:"secondSignature,omitempty"`
	// Content is the metadata CID and the content CIDs B verified when it
	// decided, what it imports.
	Content []string     `json:"content,omitempty"`
	LockTx  *common.Hash `json:"lockTx,omitempty"`
	LockBlk uint64       `json:"lockBlock,omitempty"`
	// WallDeadline is the deadline by the origin's wall clock (Unix
	// seconds), for chains whose clock moves only with blocks.
	WallDeadline int64 `json:"wallDeadline,omitempty"`
	// Answer is B's signed answer (JWS) and what it says.
	AnswerJWS string      `json:"answerJws,omitempty"`
	Answer    *Answer     `json:"answer,omitempty"`
	Settled   *Settlement `json:"settled,omitempty"`
	Error     string      `json:"error,omitempty"`
	History   []Step      `json:"history"`
	Created   string      `json:"created"`
	Updated   string      `json:"updated"`

	// Collection is what B read of a token outside the suite when it
	// admitted it: ERC-165 answers, metadata URI, royalty and the
	// collection's provenance (deployer, creation, code hash).
	Collection *collection.Token `json:"collection,omitempty"`

	// ContentSizes are the sizes the metadata declares for Content, in
	// order (for the metadata itself, asset.MaxMetadataBytes): a gateway
	// that sends more is refused.
	ContentSizes []int64 `json:"contentSizes,omitempty"`

	// Replayed is set on the answer to a request sent again under its
	// idempotency key: the record the first request made, as it stands
	// now. Never stored.
	Replayed bool `json:"replayed,omitempty"`
}

// Deadline is the transfer's deadline as a time.
func (r *Record) Deadline() time.Time { return time.Unix(int64(r.Transfer.Deadline), 0) }

// Keys gives the service the keys it signs and sends with.
type Keys interface {
	// Platform is the platform key: B's attester, and the relayer that
	// submits settlements.
	Platform(ctx context.Context) (*chain.Sender, *ecdsa.PrivateKey, error)
	// Wallet is a user's key held by this node's keystore.
	Wallet(ctx context.Context, addr common.Address) (*chain.Sender, *ecdsa.PrivateKey, error)
}

// Admission is B's platform policy: may this asset be imported? ok false
// comes with a reason code and an explanation for the user.
type Admission func(ctx context.Context, in *IncomingAsset) (ok bool, reason uint16, explanation string)

// IncomingAsset is what B's admission policy sees.
type IncomingAsset struct {
	Offer    *Offer
	Peer     string
	Standard string // erc721 | erc1155 | erc20
	// Media are the content types and sizes in the asset's metadata (NFTs).
	Media []Media
	// Currency is the code of the ERC-20 being sent, when B knows it.
	Currency string
}

// Media is one content file of an incoming asset.
type Media struct {
	Type string `json:"type"`
	Size int64  `json:"size"`
}

// Service runs transfers for one node.
type Service struct {
	DB        *store.DB
	Audit     *audit.Log
	Chain     chain.Backend
	Contracts Contracts
	Signer    *re.Signer
	Client    *re.Client
	Resolver  *did.Resolver
	Channels  *manage.Service
	Keys      Keys
	// Trust says which peers are partners and which of their currencies
	// this node takes; without it every peer is a stranger.
	Trust *trust.Boundary
	// Limits cap what the treasury sells through Exchange orders; a
	// currency without one is not sold.
	Limits []Limit
	// SecondFactor, when set, makes a user's consent to move more than its
	// threshold need a second signature (ASIR-106).
	SecondFactor *SecondFactor
	// Store is where B imports an accepted asset's metadata and content.
	Store *ipfs.Store
	// Admit is B's admission policy (the manifesto's when nil).
	Admit Admission
	// Outside, when set, decides an incoming token of a collection outside
	// the suite (the manifesto's collections policy) and keeps its
	// metadata; err leaves the decision open (A offers again).
	Outside func(ctx context.Context, r *Record, in *IncomingAsset) (ok bool, reason uint16, why string, err error)
	// AdmissionURL, when set, is the platform back end B's node asks about
	// each incoming asset the manifesto admits (POST AdmissionRequest,
	// bearer AdmissionToken); its refusal is final, its silence is not.
	AdmissionURL   string
	AdmissionToken string
	// DevChain is set on a chain that makes blocks only for transactions
	// (the embedded dev chain): a refund then goes by the wall clock and
	// makes the blocks that move the chain's clock past the deadline.
	DevChain bool
	// Confirmations a lock needs before A offers it (default 1).
	Confirmations uint64
	// Requests are the idempotency keys of Start, Prepare and SwapFor
	// (none kept when nil).
	Requests *idempotency.Keys
	// ReleaseMargin is the chain time B wants left between the next
	// block and the deadline before it accepts (DefaultReleaseMargin
	// when 0).
	ReleaseMargin time.Duration
	// Gateway fetches content from the peer's RE /ipfs/ when set; else the
	// peer's RE base URL is used.
	Now func() time.Time
	Log *slog.Logger
	// Crash, when set, is called at named points; fault injection tests
	// make it exit the process there.
	Crash func(point string)
	// Notify, when set, is told of each state a transfer reaches, after
	// it is committed (the platform's events, node/notify).
	Notify func(typ, subject string, data any)

	locks      store.Locks[common.Hash]
	treasuryMu sync.Mutex // one order at a time against the limits
	// waits are the incoming transfers B waits on, in memory: one whose
	// sources were all down (offers answered at once until then), one
	// whose import failed (tried again with a growing pause).
	waits waits
	// indexed is set once the store's live index is known to be built.
	indexed atomic.Bool
}

// partner refuses a stranger (DESIGN.md, trust model): value moves only
// between partners.
func (s *Service) partner(ctx context.Context, peer string) error {
	if s.Trust == nil {
		return re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s takes transfers and quotes from partners only, and has no partners configured", s.Signer.DID)
	}
	if err := s.Trust.Partner(ctx, peer); err != nil {
		if errors.Is(err, trust.ErrStranger) {
			return re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s takes transfers and quotes from partners only: a platform active in its registry or on its operator's list", s.Signer.DID)
		}
		return re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "cannot check whether %s is a partner now: try again", peer)
	}
	return nil
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) stamp() string { return s.now().UTC().Format(time.RFC3339Nano) }

func (s *Service) crash(point string) {
	if s.Crash != nil {
		s.Crash(point)
	}
}

func (s *Service) logger() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// lock serialises work on one transfer; the returned func releases it.
func (s *Service) lock(id common.Hash) func() { return s.locks.Lock(id) }

var prefix = []byte(store.TransferPrefix)

func key(role string, id common.Hash) []byte {
	return append(append(append([]byte(nil), prefix...), role+"/"...), id.Hex()...)
}

// liveKey is a transfer's entry in the index of live transfers.
func liveKey(role string, id common.Hash) []byte {
	return append(append([]byte(store.TransferLivePrefix), role+"/"...), id.Hex()...)
}

// live says whether the resume loop still has work on a record: it is not
// final, and not an incoming transfer B rejected (A settles that one).
func live(r *Record) bool {
	return !r.State.Terminal() && !(r.Role == Incoming && r.State == Rejected)
}

// indexLive puts r in the live index or takes it out, in the batch that
// writes r, so the index never disagrees with a record that was written.
func indexLive(b *store.Batch, r *Record) {
	if live(r) {
		b.Put(liveKey(r.Role, r.ID), nil)
	} else {
		b.Delete(liveKey(r.Role, r.ID))
	}
}

// save writes a record and its audit entry in one synced batch.
func (s *Service) save(api string, r *Record, step Step) error {
	return s.saveReplacing(api, r, step, nil)
}

// saveReplacing is save that also removes the record's old key (the
// transfer's id changed), in the same batch.
func (s *Service) saveReplacing(api string, r *Record, step Step, old *common.Hash) error {
	prev := r.State
	r.Updated = s.stamp()
	step.At = r.Updated
	r.State = step.State
	r.History = append(r.History, step)
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	detail := map[string]string{"state": string(step.State), "asset": r.Asset, "peer": r.Peer, "role": r.Role}
	if step.Tx != "" {
		detail["tx"] = step.Tx
	}
	if step.Detail != "" {
		detail["detail"] = step.Detail
	}
	_, err = s.Audit.Append(audit.Event{API: api, Op: "transfer." + string(step.State), Actor: s.Signer.DID, Subject: r.ID.Hex(), Outcome: "ok", Detail: detail}, func(b2 *store.Batch) {
		if old != nil {
			b2.Delete(key(r.Role, *old))
			b2.Delete(liveKey(r.Role, *old))
			b2.Put(append([]byte(store.TransferMovedPrefix), old.Bytes()...), r.ID.Bytes())
		}
		b2.Put(key(r.Role, r.ID), b)
		indexLive(b2, r)
	})
	if err != nil {
		return fmt.Errorf("record transfer %s as %s: %w", r.ID, step.State, err)
	}
	s.notify(prev, r, step)
	return nil
}

// Get returns one record; role "" tries outgoing, then incoming.
func (s *Service) Get(id common.Hash, role string) (*Record, error) {
	roles := []string{Outgoing, Incoming}
	if role != "" {
		roles = []string{role}
	}
	for _, ro := range roles {
		v, err := s.DB.Get(key(ro, id))
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		var r Record
		if err := json.Unmarshal(v, &r); err != nil {
			return nil, fmt.Errorf("decode transfer %s: %w", id, err)
		}
		return &r, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrNotFound, id)
}

// List returns every record, newest first.
func (s *Service) List() ([]Record, error) {
	var out []Record
	var derr error
	err := s.DB.Scan(prefix, nil, func(_, v []byte) bool {
		var r Record
		if derr = json.Unmarshal(v, &r); derr != nil {
			return false
		}
		out = append(out, r)
		return true
	})
	if err == nil {
		err = derr
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created > out[j].Created })
	return out, err
}

// Request is what a user asks for: give Asset (Amount of it) from From to To
// on platform ToPlatform, before Deadline.
type Request struct {
	Asset      string        `json:"asset"`
	Amount     string        `json:"amount,omitempty"`
	From       string        `json:"from,omitempty"`
	ToPlatform string        `json:"toPlatform"`
	To         string        `json:"to"`
	Deadline   time.Duration `json:"deadline"`
	Rights     []string      `json:"rights,omitempty"`
	Visibility string        `json:"visibility,omitempty"`
	// Wait bounds how long Start waits for B's answer before returning the
	// record as it stands (the node goes on in the background).
	Wait time.Duration `json:"-"`
	// Key is the client's idempotency key (empty: none): the same request
	// under the same key starts one transfer (node/idempotency).
	Key string `json:"-"`
}

// MaxDeadline is the escrow's longest wait.
const MaxDeadline = 30 * 24 * time.Hour

// channelTo finds an established channel with a platform.
func (s *Service) channelTo(peer string) (*manage.Channel, error) {
	chans, err := s.Channels.Channels()
	if err != nil {
		return nil, err
	}
	for i := range chans {
		c := &chans[i]
		if c.Peer == peer && c.State == manage.StateEstablished && c.Role != manage.RoleBridge && c.PeerURL != "" {
			return c, nil
		}
	}
	return nil, fmt.Errorf("%w %s", ErrNoChannel, peer)
}

func nonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func parseAddress(what, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: %s %q is not an 0x address", ErrBadRequest, what, s)
	}
	return common.HexToAddress(s), nil
}

// plan checks a request against the chain and builds the on-chain transfer.
func (s *Service) plan(ctx context.Context, req Request) (*Record, error) {
	if req.ToPlatform == "" || req.To == "" || req.Asset == "" {
		return nil, fmt.Errorf("%w: give the asset (CAIP-19), --to-platform DID and --to ADDRESS", ErrBadRequest)
	}
	if req.ToPlatform == s.Signer.DID {
		return nil, fmt.Errorf("%w: %s is this node's own platform; transfers go to another platform", ErrBadRequest, req.ToPlatform)
	}
	to, err := parseAddress("--to", req.To)
	if err != nil {
		return nil, err
	}
	if to == (common.Address{}) {
		return nil, fmt.Errorf("%w: --to is the zero address", ErrBadRequest)
	}
	if req.Deadline <= 0 || req.Deadline > MaxDeadline {
		return nil, fmt.Errorf("%w: --deadline %s: give a duration above 0 and at most 720h (30 days, the escrow's limit)", ErrBadRequest, req.Deadline)
	}
	vis := req.Visibility
	if vis == "" {
		vis = "public"
	}
	if !slices.Contains(Visibilities, vis) {
		return nil, fmt.Errorf("%w: --visibility %q: want one of %v", ErrBadRequest, vis, Visibilities)
	}
	a, err := chain.ParseAssetID(req.Asset)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadRequest, err)
	}
	if a.Chain != s.Chain.CAIP2() {
		return nil, fmt.Errorf("%w: %s is on %s; this node's chain is %s", ErrBadRequest, req.Asset, a.Chain, s.Chain.CAIP2())
	}
	token := common.HexToAddress(a.Reference)
	t := OnChain{Token: token, ID: (*hexutil.Big)(new(big.Int)), Recipient: to, Destination: platformID(req.ToPlatform)}
	amount := big.NewInt(1)
	if req.Amount != "" {
		v, ok := new(big.Int).SetString(req.Amount, 10)
		if !ok || v.Sign() <= 0 {
			return nil, fmt.Errorf("%w: --amount %q is not a positive whole number", ErrBadRequest, req.Amount)
		}
		amount = v
	}
	switch a.Namespace {
	case "erc721":
		if token != s.Contracts.Asset721 {
			if err := s.checkInterface(ctx, token, ifaceERC721, "ERC-721"); err != nil {
				return nil, err
			}
		}
		if amount.Cmp(big.NewInt(1)) != 0 {
			return nil, fmt.Errorf("%w: an ERC-721 token is one; drop --amount", ErrBadRequest)
		}
		t.Kind = KindERC721
	case "erc1155":
		if token != s.Contracts.Asset1155 {
			if err := s.checkInterface(ctx, token, ifaceERC1155, "ERC-1155"); err != nil {
				return nil, err
			}
		}
		t.Kind = KindERC1155
	case "erc20":
		if req.Amount == "" {
			return nil, fmt.Errorf("%w: give --amount for a currency (in its smallest unit)", ErrBadRequest)
		}
		t.Kind = KindERC20
	default:
		return nil, fmt.Errorf("%w: %s assets cannot go through the escrow (erc721, erc1155, erc20 can)", ErrBadRequest, a.Namespace)
	}
	if a.TokenID != "" {
		id, _ := new(big.Int).SetString(a.TokenID, 10)
		t.ID = (*hexutil.Big)(id)
	} else if t.Kind != KindERC20 {
		return nil, fmt.Errorf("%w: %s names a contract, not a token: add /TOKEN_ID", ErrBadRequest, req.Asset)
	}
	t.Amount = (*hexutil.Big)(amount)

	// The depositor: --from, or the token's owner.
	if req.From != "" {
		if t.Depositor, err = parseAddress("--from", req.From); err != nil {
			return nil, err
		}
	} else if t.Kind == KindERC721 {
		if t.Depositor, err = ownerOf(ctx, s.Chain, token, t.ID.ToInt()); err != nil {
			return nil, err
		}
	} else {
		return nil, fmt.Errorf("%w: give --from ADDRESS, the wallet the %s come from", ErrBadRequest, a.Namespace)
	}
	if err := s.checkHolding(ctx, t); err != nil {
		return nil, err
	}
	attester, err := attesterOf(ctx, s.Chain, s.Contracts.Registry, t.Destination)
	if err != nil {
		return nil, err
	}
	if attester == (common.Address{}) {
		return nil, fmt.Errorf("%w: %s is not an active platform in the registry", ErrBadRequest, req.ToPlatform)
	}
	t.Attester = attester
	head, err := s.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the chain head: %w", err)
	}
	// The deadline counts from the later of the chain's and the wall clock's
	// time, so a dev chain idle for a while does not shorten it.
	base := max(head.Time, uint64(s.now().Unix()))
	t.Deadline = base + uint64(req.Deadline.Seconds())
	terms := Terms{Rights: req.Rights, Visibility: vis, Nonce: nonce()}
	t.Salt = terms.Salt()
	return &Record{
		ID: t.Hash(), Role: Outgoing, Asset: req.Asset, Amount: amount.String(), Peer: req.ToPlatform, WallDeadline: s.now().Add(req.Deadline).Unix(),
		Escrow: s.Contracts.Escrow, Transfer: t, Terms: terms, Created: s.stamp(),
	}, nil
}

// planRoute is plan, then the way to B: an established channel, B a
// partner, and for currency the conversion the channel agrees.
func (s *Service) planRoute(ctx context.Context, req Request) (*Record, error) {
	r, err := s.plan(ctx, req)
	if err != nil {
		return nil, err
	}
	ch, err := s.channelTo(req.ToPlatform)
	if err != nil {
		return nil, err
	}
	if s.Trust == nil || s.Trust.Partner(ctx, req.ToPlatform) != nil {
		return nil, fmt.Errorf("%w: %s is not a partner of this node (active in the platform registry, or in [trust] partners of config.toml)", ErrBadRequest, req.ToPlatform)
	}
	r.Channel, r.PeerURL = ch.ID, ch.PeerURL
	if r.Transfer.Kind == KindERC20 {
		if err := s.planConversion(ctx, ch, r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// ERC-165 interface ids of the token standards the escrow takes.
var (
	ifaceERC721  = [4]byte{0x80, 0xac, 0x58, 0xcd}
	ifaceERC1155 = [4]byte{0xd9, 0xb6, 0x7a, 0x26}
)

// checkInterface refuses a token contract that does not say (ERC-165) it
// is the standard the asset id names: the escrow would take it, B could
// not read it, and the user would wait for the deadline.
func (s *Service) checkInterface(ctx context.Context, token common.Address, iface [4]byte, name string) error {
	a := asset721.NewAsset721()
	out, err := chain.CallView(ctx, s.Chain, token, a.PackSupportsInterface(iface))
	if err != nil {
		return fmt.Errorf("%w: %s does not answer ERC-165 (supportsInterface): not an %s contract", ErrBadRequest, token.Hex(), name)
	}
	if ok, err := a.UnpackSupportsInterface(out); err != nil || !ok {
		return fmt.Errorf("%w: %s says it is not an %s contract (ERC-165)", ErrBadRequest, token.Hex(), name)
	}
	return nil
}

// Start runs a transfer from this node (platform A) up to B's answer, or
// until req.Wait passes; the node's resume loop takes it on from there.
//
// With req.Key, the request is done once: sent again (its answer lost), it
// gets the transfer the first one started, as it stands; under a key used
// for another request it is refused (idempotency.ErrKeyReused).
func (s *Service) Start(ctx context.Context, api string, req Request) (*Record, error) {
	claim, err := s.Requests.Claim("transfer.start", req.Key, req)
	if err != nil {
		return nil, err
	}
	defer claim.Release()
	if r, err := s.startedBefore(claim); r != nil || err != nil {
		return r, err
	}
	r, err := s.planRoute(ctx, req)
	if err != nil {
		return nil, err
	}
	wallet, key, err := s.Keys.Wallet(ctx, r.Transfer.Depositor)
	if err != nil {
		return nil, fmt.Errorf("the depositor %s: %w", r.Transfer.Depositor.Hex(), err)
	}
	// ASIR-106: the user's own wallet consents to this very transfer.
	digest, err := r.consentDigest(s.Chain.ChainNumber())
	if err != nil {
		return nil, err
	}
	if r.Consent, err = sign(key, digest); err != nil {
		return nil, fmt.Errorf("sign consent: %w", err)
	}
	unlock := s.lock(r.ID)
	defer unlock()
	// The key names the transfer before anything of it exists: sent
	// again, a request finds it, or finds that it never was.
	if err := claim.Start(r.ID); err != nil {
		return nil, err
	}
	if err := s.save(api, r, Step{State: Requested, Detail: fmt.Sprintf("%s from %s to %s on %s", r.Asset, r.Transfer.Depositor.Hex(), r.Transfer.Recipient.Hex(), r.Peer)}); err != nil {
		return nil, err
	}
	s.crash("transfer-requested")
	if err := s.lockOnChain(ctx, api, r, wallet); err != nil {
		return r, err
	}
	wait := req.Wait
	if wait == 0 {
		wait = 30 * time.Second
	}
	octx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	if err := s.advance(octx, api, r); err != nil && ctx.Err() == nil && octx.Err() == nil {
		s.logger().Warn("transfer goes on in the background", "transfer", r.ID.Hex(), "error", err)
	}
	return r, nil
}

// startedBefore is the transfer an earlier request under claim's key
// started, as it stands (followed to its new id if the chain locked
// another amount), or nil when there was none or its record was never
// written: that request stopped before anything of it existed.
func (s *Service) startedBefore(claim *idempotency.Claim) (*Record, error) {
	var id common.Hash
	if !claim.Started(&id) {
		return nil, nil
	}
	for range 4 {
		r, err := s.Get(id, Outgoing)
		if err == nil {
			r.Replayed = true
			return r, nil
		}
		if !errors.Is(err, ErrNotFound) {
			return nil, fmt.Errorf("read the transfer this idempotency key started: %w", err)
		}
		next, err := s.DB.Get(append([]byte(store.TransferMovedPrefix), id.Bytes()...))
		if errors.Is(err, store.ErrNotFound) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read the transfer this idempotency key started: %w", err)
		}
		id = common.BytesToHash(next)
	}
	return nil, fmt.Errorf("the transfer this idempotency key started moved more than 4 times")
}

// lockOnChain sends the lock from the depositor's wallet and records it.
func (s *Service) lockOnChain(ctx context.Context, api string, r *Record, wallet *chain.Sender) error {
	call, err := lockCall(r.Transfer, s.Contracts.Escrow)
	if err != nil {
		return err
	}
	if r.Transfer.Kind == KindERC20 {
		if err := ensureAllowance(ctx, wallet, r.Transfer.Token, s.Contracts.Escrow, r.Transfer.Amount.ToInt()); err != nil {
			return err
		}
	}
	tx, err := wallet.Send(ctx, call)
	if err != nil {
		r.Error = err.Error()
		_ = s.save(api, r, Step{State: Failed, Detail: "lock refused: " + err.Error()})
		return fmt.Errorf("lock %s in escrow: %w", r.Asset, err)
	}
	h := tx.Hash()
	r.LockTx = &h
	if err := s.save(api, r, Step{State: Requested, Tx: h.Hex(), Detail: "lock sent"}); err != nil {
		return err
	}
	s.crash("transfer-lock-sent")
	rc, err := wallet.Wait(ctx, tx)
	if err != nil {
		// Mined and reverted, or not yet mined: the resume loop reads the
		// chain and decides.
		return fmt.Errorf("lock %s in escrow: %w", r.Asset, err)
	}
	if _, err := s.adoptLock(ctx, api, r, rc); err != nil {
		return err
	}
	return s.confirmLock(ctx, api, r, rc.BlockNumber.Uint64())
}

// adoptLock takes the transfer the escrow actually locked: a currency that
// charges a fee on transfer delivers less than was sent, and the escrow
// locks what arrived, under another id. The record moves to that id (in
// one batch) and the depositor's wallet consents to it anew. adopted is
// false when the lock is the planned one or not in the receipt.
func (s *Service) adoptLock(ctx context.Context, api string, r *Record, rc *types.Receipt) (adopted bool, err error) {
	for _, l := range rc.Logs {
		if l.Address != r.Escrow {
			continue
		}
		ev, err := escrowABI.UnpackLockedEvent(l)
		if err != nil {
			continue
		}
		got := ev.Transfer
		want := r.Transfer.binding()
		if common.Hash(ev.TransferId) == r.ID {
			return false, nil
		}
		if got.Kind != want.Kind || got.Token != want.Token || got.Depositor != want.Depositor || got.Salt != want.Salt || got.Recipient != want.Recipient {
			continue
		}
		old := r.ID
		t := r.Transfer
		t.Amount = (*hexutil.Big)(got.Amount)
		if t.Hash() != common.Hash(ev.TransferId) {
			return false, fmt.Errorf("the escrow locked %x, which is not the planned transfer with %s instead of %s", ev.TransferId, got.Amount, want.Amount)
		}
		r.Transfer, r.ID, r.Amount = t, t.Hash(), got.Amount.String()
		// A custodial wallet consents anew; a user's own wallet was asked
		// for the planned amount, so B refuses this lock and it comes back.
		if r.Wallet != WalletUser {
			_, key, err := s.Keys.Wallet(ctx, t.Depositor)
			if err != nil {
				return false, err
			}
			digest, err := r.consentDigest(s.Chain.ChainNumber())
			if err != nil {
				return false, err
			}
			if r.Consent, err = sign(key, digest); err != nil {
				return false, err
			}
		}
		detail := fmt.Sprintf("the token delivered %s of the %s sent (a fee on transfer): transfer %s is now %s", got.Amount, want.Amount, old.Hex(), r.ID.Hex())
		return true, s.saveReplacing(api, r, Step{State: Requested, Tx: rc.TxHash.Hex(), Detail: detail}, &old)
	}
	return false, nil
}

func (s *Service) confirmLock(ctx context.Context, api string, r *Record, block uint64) error {
	st, err := chainState(ctx, s.Chain, s.Contracts.Escrow, r.ID)
	if err != nil {
		return err
	}
	if st != chainLocked {
		return fmt.Errorf("the lock of %s was mined but the escrow holds no transfer %s", r.Asset, r.ID)
	}
	if err := s.confirmations(ctx, block); err != nil {
		return err
	}
	r.LockBlk = block
	tx := ""
	if r.LockTx != nil {
		tx = r.LockTx.Hex()
	}
	if err := s.save(api, r, Step{State: Locked, Tx: tx, Detail: fmt.Sprintf("in escrow at block %d", block)}); err != nil {
		return err
	}
	s.crash("transfer-locked")
	return nil
}

// confirmations waits until block has the configured confirmations.
func (s *Service) confirmations(ctx context.Context, block uint64) error {
	need := max(s.Confirmations, 1)
	for {
		head, err := s.Chain.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if head+1 >= block+need {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}
