package crosschain

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/wrapped721"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/node/trust"
)

// States of a move as a node records it.
const (
	// Prepared: the node built the move; the sender's wallet sends it.
	Prepared = "prepared"
	// Sent: the move is on the origin chain with its confirmations.
	Sent = "sent"
	// Accepted (destination): this node attested the delivery.
	Accepted = "accepted"
	// Delivered: on the destination chain, with the recipient (terminal).
	Delivered = "delivered"
	// Refunded: back with the sender on the origin chain (terminal).
	Refunded = "refunded"
	// Failed: never sent before the deadline; nothing moved (terminal).
	Failed = "failed"
)

func terminal(s string) bool { return s == Delivered || s == Refunded || s == Failed }

// Roles of a record.
const (
	Outgoing = "outgoing"
	Incoming = "incoming"
)

// Step is one entry of a record's history.
type Step struct {
	State  string `json:"state"`
	At     string `json:"at"`
	Chain  uint64 `json:"chain,omitempty"`
	Tx     string `json:"tx,omitempty"`
	Detail string `json:"detail,omitempty"`
}

// Record is one cross-chain move as this node keeps it.
type Record struct {
	ID     common.Hash `json:"id"`
	Role   string      `json:"role"`
	State  string      `json:"state"`
	Move   Move        `json:"move"`
	Assets []string    `json:"assets"`
	Peer   string      `json:"peer"` // the other platform's DID
	Rights []string    `json:"rights,omitempty"`
	// Terms are the rights and visibility the move's salt commits to: the
	// origin keeps them and sends them to the destination, which checks
	// them against the salt.
	Terms   *Terms `json:"terms,omitempty"`
	Error   string `json:"error,omitempty"`
	History []Step `json:"history"`
	Created string `json:"created"`
	Updated string `json:"updated"`
}

// Peer is another attester node this one asks, over RE.
type Peer struct {
	DID string `json:"did"`
	URL string `json:"url"`
}

// Service runs the cross-chain moves of one node.
type Service struct {
	DB       *store.DB
	Audit    *audit.Log
	Links    Links
	Attester *Attester
	// DID is this node's platform DID.
	DID string
	// Senders is the platform key's sender on a followed chain: it
	// submits deliveries and refunds (anyone may).
	Senders func(ctx context.Context, chainID uint64) (*chain.Sender, error)
	// Peers are the attester nodes to ask for a move to platform dest
	// besides this one, in order: the destination's node first, then the
	// bridge nodes.
	Peers func(ctx context.Context, dest string) ([]Source, error)
	Trust *trust.Boundary
	// Import, when set, keeps an accepted incoming move's metadata (B pins
	// what it admitted).
	Import func(ctx context.Context, m Move) error
	// Platform, when set, asks the platform's back end whether it admits
	// an incoming move (node.admission_url), after its policy did; its
	// error refuses, ErrUndecided leaves the question open.
	Platform func(ctx context.Context, from string, m Move, t Terms) error
	Now      func() time.Time
	Log      *slog.Logger

	locks store.Locks[common.Hash]
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) logger() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func key(role string, id common.Hash) []byte {
	return []byte(store.CrossChainPrefix + role + "/" + id.Hex())
}

func (s *Service) save(api string, r *Record, step Step) error {
	r.Updated = s.now().UTC().Format(time.RFC3339Nano)
	step.At = r.Updated
	r.State = step.State
	r.History = append(r.History, step)
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	detail := map[string]string{"state": step.State, "role": r.Role, "peer": r.Peer}
	if step.Tx != "" {
		detail["tx"] = step.Tx
		detail["chain"] = fmt.Sprintf("eip155:%d", step.Chain)
	}
	if step.Detail != "" {
		detail["detail"] = step.Detail
	}
	_, err = s.Audit.Append(audit.Event{API: api, Op: "move." + step.State, Actor: s.DID, Subject: r.ID.Hex(), Outcome: "ok", Detail: detail}, func(b2 *store.Batch) {
		b2.Put(key(r.Role, r.ID), b)
	})
	if err != nil {
		return fmt.Errorf("record move %s as %s: %w", r.ID, step.State, err)
	}
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
			return nil, fmt.Errorf("decode move %s: %w", id, err)
		}
		return &r, nil
	}
	return nil, fmt.Errorf("%w: no move %s", ErrNotFound, id)
}

// ErrNotFound is a move this node has no record of.
var ErrNotFound = errors.New("no such move")

// List returns every record, newest first.
func (s *Service) List() ([]Record, error) {
	var out []Record
	var derr error
	err := s.DB.Scan([]byte(store.CrossChainPrefix), nil, func(_, v []byte) bool {
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

// Request is a user's cross-chain move: Assets (CAIP-19 NFTs on one chain
// this node follows, one standard) from the wallet From to To, a user of
// ToPlatform on ToChain, before Deadline.
type Request struct {
	Assets []string `json:"assets"`
	// Amounts are the editions of each ERC-1155 asset, in order (default
	// 1 each); ERC-721s are one.
	Amounts    []string      `json:"amounts,omitempty"`
	From       string        `json:"from"`
	ToPlatform string        `json:"toPlatform"`
	ToChain    string        `json:"toChain"`
	To         string        `json:"to"`
	Deadline   time.Duration `json:"deadline"`
	Rights     []string      `json:"rights,omitempty"`
	Visibility string        `json:"visibility,omitempty"`
}

// UnsignedTx is a transaction for the sender's wallet, as
// eth_sendTransaction takes it; the wallet sets nonce and fees.
type UnsignedTx struct {
	ChainID *hexutil.Big   `json:"chainId"`
	From    common.Address `json:"from"`
	To      common.Address `json:"to"`
	Data    hexutil.Bytes  `json:"data"`
	Value   *hexutil.Big   `json:"value"`
}

// PreparedMove is what the sender's wallet sends: Approvals first (an
// operator approval of the Bridge per collection whose originals it
// pulls), then Send. The wallet's own transaction is its consent on chain:
// the Bridge takes a move from its sender only.
type PreparedMove struct {
	Move      *Record      `json:"move"`
	Approvals []UnsignedTx `json:"approvals,omitempty"`
	Send      UnsignedTx   `json:"send"`
}

// Terms are the rights and visibility the move commits to in its salt.
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

// Prepare builds a move for the sender's wallet and records it.
func (s *Service) Prepare(ctx context.Context, api string, req Request) (*PreparedMove, error) {
	if len(req.Assets) == 0 || len(req.Assets) > MaxItems {
		return nil, fmt.Errorf("%w: give 1 to %d assets", ErrBadMove, MaxItems)
	}
	if req.ToPlatform == "" || req.ToChain == "" || !common.IsHexAddress(req.To) || !common.IsHexAddress(req.From) {
		return nil, fmt.Errorf("%w: give --from ADDRESS (the wallet), --to-platform DID, --to-chain CAIP-2 and --to ADDRESS", ErrBadMove)
	}
	if req.Deadline <= 0 || req.Deadline > MaxWait*time.Second {
		return nil, fmt.Errorf("%w: deadline %s: above 0 and at most 720h", ErrBadMove, req.Deadline)
	}
	toID, err := chain.ParseChainID(req.ToChain)
	if err != nil || toID.Namespace != "eip155" {
		return nil, fmt.Errorf("%w: --to-chain %q is not an eip155 CAIP-2 id", ErrBadMove, req.ToChain)
	}
	toNum, _ := new(big.Int).SetString(toID.Reference, 10)
	to, err := s.Links.get(toNum.Uint64())
	if err != nil {
		return nil, err
	}
	if s.Trust == nil || s.Trust.Partner(ctx, req.ToPlatform) != nil {
		return nil, fmt.Errorf("%w: %s is not a partner of this node", ErrBadMove, req.ToPlatform)
	}
	vis := req.Visibility
	if vis == "" {
		vis = "public"
	}
	terms := Terms{Rights: req.Rights, Visibility: vis, Nonce: nonce()}
	m := Move{ToChain: to.ID(), ToBridge: to.Bridge, Sender: common.HexToAddress(req.From), Recipient: common.HexToAddress(req.To),
		Origin: contracts.PlatformID(s.DID), Destination: contracts.PlatformID(req.ToPlatform), Salt: terms.Salt()}
	var from *Link
	if len(req.Amounts) > len(req.Assets) {
		return nil, fmt.Errorf("%w: %d amounts for %d assets", ErrBadMove, len(req.Amounts), len(req.Assets))
	}
	for i, a := range req.Assets {
		id, err := chain.ParseAssetID(a)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadMove, err)
		}
		kind := map[string]uint8{"erc721": KindERC721, "erc1155": KindERC1155}[id.Namespace]
		if kind == 0 || id.TokenID == "" || id.Chain.Namespace != "eip155" {
			return nil, fmt.Errorf("%w: %s is not an ERC-721 or ERC-1155 token", ErrBadMove, a)
		}
		amount := big.NewInt(1)
		if i < len(req.Amounts) && req.Amounts[i] != "" {
			v, ok := new(big.Int).SetString(req.Amounts[i], 10)
			if !ok || v.Sign() <= 0 || (kind == KindERC721 && v.Cmp(big.NewInt(1)) != 0) {
				return nil, fmt.Errorf("%w: amount %q of %s: a whole number above 0 (1 for an ERC-721)", ErrBadMove, req.Amounts[i], a)
			}
			amount = v
		}
		num, _ := new(big.Int).SetString(id.Chain.Reference, 10)
		l, err := s.Links.get(num.Uint64())
		if err != nil {
			return nil, err
		}
		if from == nil {
			from, m.FromChain, m.FromBridge, m.Kind = l, l.ID(), l.Bridge, kind
		} else if l != from || kind != m.Kind {
			return nil, fmt.Errorf("%w: every asset of a move is on one chain and of one standard", ErrBadMove)
		}
		token := common.HexToAddress(id.Reference)
		tokenID, _ := new(big.Int).SetString(id.TokenID, 10)
		it, err := s.item(ctx, l, kind, token, tokenID)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a, err)
		}
		it.Amount = (*hexutil.Big)(amount)
		if err := holds(ctx, l, kind, token, tokenID, m.Sender, amount); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrBadMove, a, err)
		}
		m.Items = append(m.Items, it)
	}
	if m.FromChain == m.ToChain {
		return nil, fmt.Errorf("%w: the assets are on %s already", ErrBadMove, req.ToChain)
	}
	for _, l := range []*Link{from, to} {
		if _, threshold, err := l.Attesters(ctx, m.Channel()); err != nil || threshold == 0 {
			return nil, fmt.Errorf("%w %w: eip155:%d", ErrBadMove, ErrNoAttesters, l.ID())
		}
	}
	head, err := to.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	m.Deadline = max(head.Time, uint64(s.now().Unix())) + uint64(req.Deadline.Seconds())
	if err := m.Check(); err != nil {
		return nil, err
	}
	r := &Record{ID: m.ID(), Role: Outgoing, Move: m, Assets: req.Assets, Peer: req.ToPlatform, Rights: req.Rights, Terms: &terms, Created: s.now().UTC().Format(time.RFC3339Nano)}
	unlock := s.locks.Lock(r.ID)
	defer unlock()
	if err := s.save(api, r, Step{State: Prepared, Detail: fmt.Sprintf("%d item(s) from eip155:%d to %s on eip155:%d: waiting for the wallet", len(m.Items), m.FromChain, m.Recipient.Hex(), m.ToChain)}); err != nil {
		return nil, err
	}
	return s.prepared(ctx, r)
}

func (s *Service) prepared(ctx context.Context, r *Record) (*PreparedMove, error) {
	m := r.Move
	p := &PreparedMove{Move: r, Send: UnsignedTx{ChainID: (*hexutil.Big)(new(big.Int).SetUint64(m.FromChain)), From: m.Sender, To: m.FromBridge,
		Data: bridgeABI.PackSend(m.binding()), Value: (*hexutil.Big)(new(big.Int))}}
	if m.Kind == KindERC721 && len(m.Items) == 1 && m.Items[0].HomeChain == m.FromChain {
		// One original: safeTransferFrom with the move as data locks it in
		// one transaction, no approval needed.
		data, err := bridgeABI.GetABI().Methods["moveId"].Inputs.Pack(m.binding())
		if err != nil {
			return nil, err
		}
		it := m.Items[0]
		p.Send = UnsignedTx{ChainID: p.Send.ChainID, From: m.Sender, To: it.HomeToken,
			Data: asset721.NewAsset721().PackSafeTransferFrom0(m.Sender, m.FromBridge, it.ID.ToInt(), data), Value: p.Send.Value}
		return p, nil
	}
	from, err := s.Links.get(m.FromChain)
	if err != nil {
		return nil, err
	}
	approved := map[common.Address]bool{}
	for _, it := range m.Items {
		if it.HomeChain != m.FromChain || approved[it.HomeToken] {
			continue
		}
		approved[it.HomeToken] = true
		if ok, err := approvedForAll(ctx, from, it.HomeToken, m.Sender, m.FromBridge); err != nil || !ok {
			p.Approvals = append(p.Approvals, UnsignedTx{ChainID: p.Send.ChainID, From: m.Sender, To: it.HomeToken,
				Data: asset721.NewAsset721().PackSetApprovalForAll(m.FromBridge, true), Value: p.Send.Value})
		}
	}
	return p, nil
}

// item reads what an NFT's item in a move carries: where its original
// lives (a wrapped token names its origin) and its metadata URI and
// royalty.
func (s *Service) item(ctx context.Context, l *Link, kind uint8, token common.Address, id *big.Int) (Item, error) {
	w, err := l.wrapped(ctx, kind)
	if err != nil {
		return Item{}, err
	}
	it := Item{HomeChain: l.ID(), HomeToken: token, ID: (*hexutil.Big)(id), Amount: (*hexutil.Big)(big.NewInt(1))}
	if token == w {
		homeChain, homeToken, homeID, err := origin(ctx, l, kind, w, id)
		if err != nil {
			return Item{}, err
		}
		it.HomeChain, it.HomeToken, it.ID = homeChain, homeToken, (*hexutil.Big)(homeID)
	}
	if it.URI, err = TokenURI(ctx, l, nil, kind, token, id); err != nil {
		return Item{}, fmt.Errorf("%w: read its metadata URI: %v", ErrBadMove, err)
	}
	if token == w && kind == KindERC1155 {
		// A wrapped edition's record holds its URI as stored, {id} and all.
		if it.URI, err = rawURI1155(ctx, l, w, id); err != nil {
			return Item{}, err
		}
	}
	if it.HomeChain == l.ID() && s.Attester.Metadata != nil && !isIPFS(it.URI) {
		// An https: or data: URI travels as the CID of what it points to,
		// pinned here: the wrapped token's metadata can't change under it.
		if it.URI, err = s.Attester.Metadata(ctx, it.URI); err != nil {
			return Item{}, fmt.Errorf("%w: pin its metadata: %v", ErrBadMove, err)
		}
	}
	it.RoyaltyReceiver, it.RoyaltyBps = Royalty(ctx, l, nil, token, id)
	return it, nil
}

func isIPFS(uri string) bool { return len(uri) > 7 && uri[:7] == "ipfs://" }

// Prepared returns a prepared move's transactions again.
func (s *Service) Prepared(ctx context.Context, id common.Hash) (*PreparedMove, error) {
	r, err := s.Get(id, Outgoing)
	if err != nil {
		return nil, err
	}
	return s.prepared(ctx, r)
}

// Advance takes one outgoing move as far as it goes now: sent once the
// origin chain has it, delivered with the attesters' signatures, refunded
// once the destination chain is past the deadline without it.
func (s *Service) Advance(ctx context.Context, api string, id common.Hash) (*Record, error) {
	unlock := s.locks.Lock(id)
	defer unlock()
	r, err := s.Get(id, "")
	if err != nil {
		return nil, err
	}
	for !terminal(r.State) {
		before := len(r.History)
		if r.Role == Incoming {
			err = s.followIncoming(ctx, api, r)
		} else {
			err = s.step(ctx, api, r)
		}
		if err != nil {
			return r, err
		}
		if len(r.History) == before {
			break
		}
	}
	return r, nil
}

func (s *Service) step(ctx context.Context, api string, r *Record) error {
	m := r.Move
	from, err := s.Links.get(m.FromChain)
	if err != nil {
		return err
	}
	to, err := s.Links.get(m.ToChain)
	if err != nil {
		return err
	}
	switch r.State {
	case Prepared:
		at, _, err := from.confirmed(ctx)
		if err != nil {
			return err
		}
		st, err := from.State(ctx, r.ID, at)
		if err != nil {
			return err
		}
		if st != StateNone {
			tx := findEvent(ctx, from, "Sent", r.ID)
			return s.save(api, r, Step{State: Sent, Chain: m.FromChain, Tx: tx, Detail: fmt.Sprintf("sent on eip155:%d by %s", m.FromChain, m.Sender.Hex())})
		}
		head, err := from.Backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		if max(head.Time, uint64(s.now().Unix())) > m.Deadline {
			if st, err := from.State(ctx, r.ID, nil); err != nil || st != StateNone {
				// Sent, not yet confirmed: it is refunded, not failed.
				return err
			}
			r.Error = "the wallet did not send the move before the deadline"
			return s.save(api, r, Step{State: Failed, Detail: "not sent before the deadline; nothing moved"})
		}
		return nil
	case Sent:
		if st, err := to.State(ctx, r.ID, nil); err != nil {
			return err
		} else if st == StateDelivered {
			return s.save(api, r, Step{State: Delivered, Chain: m.ToChain, Tx: findEvent(ctx, to, "Delivered", r.ID), Detail: "delivered on eip155:" + fmt.Sprint(m.ToChain)})
		}
		if st, err := from.State(ctx, r.ID, nil); err != nil {
			return err
		} else if st == StateRefunded {
			return s.save(api, r, Step{State: Refunded, Chain: m.FromChain, Tx: findEvent(ctx, from, "Refunded", r.ID), Detail: "refunded on eip155:" + fmt.Sprint(m.FromChain)})
		}
		_, t, err := to.confirmed(ctx)
		if err != nil {
			return err
		}
		if t > m.Deadline {
			return s.submit(ctx, api, r, from, Refund)
		}
		return s.submit(ctx, api, r, to, Deliver)
	}
	return nil
}

// submit gathers kind's attestations and puts them on the verifying chain.
func (s *Service) submit(ctx context.Context, api string, r *Record, on *Link, kind string) error {
	ctx = withTerms(ctx, r.Terms)
	sigs, _, err := Gather(ctx, on, kind, r.Move, s.sources(ctx, r))
	if err != nil {
		return fmt.Errorf("%s move %s: %w", kind, r.ID, err)
	}
	snd, err := s.Senders(ctx, on.ID())
	if err != nil {
		return err
	}
	raw := make([][]byte, len(sigs))
	for i, sg := range sigs {
		raw[i] = sg
	}
	data := bridgeABI.PackDeliver(r.Move.binding(), raw)
	if kind == Refund {
		data = bridgeABI.PackRefund(r.Move.binding(), raw)
	}
	call := chain.Call{To: &on.Bridge, Data: data}
	if kind == Refund {
		// The Bridge refunds once its own chain's clock is past the
		// deadline too. A dev chain's clock moves only with blocks: sent
		// without estimation, the refund makes the block that moves it.
		if head, err := on.Backend.HeaderByNumber(ctx, nil); err == nil && head.Time <= r.Move.Deadline {
			if uint64(s.now().Unix()) <= r.Move.Deadline {
				return nil // not yet: next round
			}
			call.Gas = 150_000 + 60_000*uint64(len(r.Move.Items))
		}
	}
	rc, err := snd.Transact(ctx, call)
	if err != nil {
		// Someone else may have settled it first: the next round reads
		// the chain.
		return fmt.Errorf("submit %s of move %s on eip155:%d: %w", kind, r.ID, on.ID(), err)
	}
	st := map[string]string{Deliver: Delivered, Refund: Refunded}[kind]
	return s.save(api, r, Step{State: st, Chain: on.ID(), Tx: rc.TxHash.Hex(), Detail: fmt.Sprintf("%d attestations verified on eip155:%d", len(sigs), on.ID())})
}

// sources are this node's own attester, then the peers.
func (s *Service) sources(ctx context.Context, r *Record) []Source {
	out := []Source{{Name: s.DID, Attest: s.Attester.Attest}}
	if s.Peers == nil {
		return out
	}
	peers, err := s.Peers(ctx, r.Peer)
	if err != nil {
		s.logger().Warn("list the move's attesters", "move", r.ID.Hex(), "error", err)
		return out
	}
	return append(out, peers...)
}

// RemoteAttester asks a peer node over RE.
func RemoteAttester(c *re.Client, p Peer) Source {
	return Source{Name: p.DID, Attest: func(ctx context.Context, kind string, m Move, with []hexutil.Bytes) (hexutil.Bytes, error) {
		var resp AttestAnswer
		if err := c.Do(ctx, http.MethodPost, p.URL, "/re/v1/moves/attest", p.DID, AttestRequest{Kind: kind, Move: m, With: with, Terms: termsOf(ctx)}, &resp); err != nil {
			return nil, err
		}
		return resp.Signature, nil
	}}
}

// AttestRequest is RE POST /re/v1/moves/attest: sign kind for the move.
type AttestRequest struct {
	Kind string `json:"kind"`
	Move Move   `json:"move"`
	// With are the attestations gathered so far (at most the channel's
	// 16 attesters).
	With []hexutil.Bytes `json:"with,omitempty"`
	// Terms are the move's rights and visibility, for the destination.
	Terms *Terms `json:"terms,omitempty"`
}

// termsKey carries a move's terms to the remote attesters Gather asks.
type termsKey struct{}

func withTerms(ctx context.Context, t *Terms) context.Context {
	return context.WithValue(ctx, termsKey{}, t)
}

func termsOf(ctx context.Context) *Terms {
	t, _ := ctx.Value(termsKey{}).(*Terms)
	return t
}

// ErrUndecided is a platform back end that could not be asked.
var ErrUndecided = errors.New("the platform's admission service did not answer")

// AttestAnswer is the attester's signature.
type AttestAnswer struct {
	Signature hexutil.Bytes `json:"signature"`
}

// HandleAttest answers a partner's request for this node's attestation.
// Only partners may ask (a stranger's request costs no chain read), and
// the node checks both chains itself before it signs. When this node's
// platform is the destination, its admission policy decides a delivery and
// it records the incoming move.
func (s *Service) HandleAttest(ctx context.Context, api, sender string, req *AttestRequest) (*AttestAnswer, error) {
	if s.Trust == nil || s.Trust.Partner(ctx, sender) != nil {
		return nil, re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s attests moves for partners only", s.DID)
	}
	m := req.Move
	if err := m.Check(); err != nil {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%v", err)
	}
	if len(req.With) > 16 {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%d attestations sent along; a channel has at most 16 attesters", len(req.With))
	}
	id := m.ID()
	if m.Origin == s.Attester.Platform {
		// This node's platform is the origin: it vouches only for moves
		// its own users prepared here, never one a peer made up in its
		// name.
		if _, err := s.Get(id, Outgoing); err != nil {
			return nil, re.NewProblem(http.StatusUnprocessableEntity, re.CodeBadRequest, "%s prepared no move %s", s.DID, id)
		}
	}
	att := s.Attester
	admitted := false
	if req.Kind == Deliver && m.Destination == s.Attester.Platform {
		_, err := s.Get(id, Incoming)
		admitted = err == nil
		if !admitted {
			t := req.Terms
			if t == nil || t.Salt() != m.Salt || (t.Visibility != "public" && t.Visibility != "unlisted" && t.Visibility != "private") {
				return nil, re.NewProblem(http.StatusUnprocessableEntity, re.CodeBadRequest, "the rights and visibility sent are not those move %s commits to (its salt)", id)
			}
		}
		if admitted {
			// Admitted before: the chains are checked again, the
			// collections and metadata not (a partner asking again costs
			// reads, not fetches, pins and audit entries).
			again := *s.Attester
			again.Admit = nil
			att = &again
		}
	}
	sig, err := att.Attest(ctx, req.Kind, m, req.With)
	if err == nil && req.Kind == Deliver && m.Destination == s.Attester.Platform && !admitted && s.Platform != nil {
		// The chains and the policy agree: the platform's back end has
		// the last word, before anything is signed away.
		if perr := s.Platform(ctx, sender, m, *req.Terms); perr != nil {
			if errors.Is(perr, ErrUndecided) {
				return nil, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "%v", perr)
			}
			err = fmt.Errorf("%w: %v", ErrRefused, perr)
		}
	}
	if err != nil {
		status := http.StatusConflict
		if errors.Is(err, ErrBadMove) || errors.Is(err, ErrRefused) || errors.Is(err, ErrUnknownLink) {
			status = http.StatusUnprocessableEntity
		}
		return nil, re.NewProblem(status, re.CodeBadRequest, "%v", err)
	}
	if req.Kind == Deliver && m.Destination == s.Attester.Platform {
		unlock := s.locks.Lock(id)
		defer unlock()
		if _, err := s.Get(id, Incoming); errors.Is(err, ErrNotFound) {
			if s.Import != nil {
				if err := s.Import(ctx, m); err != nil {
					return nil, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "keep the move's metadata: %v", err)
				}
			}
			r := &Record{ID: id, Role: Incoming, Move: m, Peer: sender, Terms: req.Terms, Created: s.now().UTC().Format(time.RFC3339Nano)}
			if req.Terms != nil {
				r.Rights = req.Terms.Rights
			}
			if err := s.save(api, r, Step{State: Accepted, Detail: fmt.Sprintf("%d item(s) for %s admitted and attested", len(m.Items), m.Recipient.Hex())}); err != nil {
				return nil, err
			}
		}
	}
	return &AttestAnswer{Signature: sig}, nil
}

// followIncoming records how an accepted incoming move ended.
func (s *Service) followIncoming(ctx context.Context, api string, r *Record) error {
	m := r.Move
	to, err := s.Links.get(m.ToChain)
	if err != nil {
		return err
	}
	if st, err := to.State(ctx, r.ID, nil); err != nil {
		return err
	} else if st == StateDelivered {
		return s.save(api, r, Step{State: Delivered, Chain: m.ToChain, Tx: findEvent(ctx, to, "Delivered", r.ID), Detail: "delivered to " + m.Recipient.Hex()})
	}
	if from, err := s.Links.get(m.FromChain); err == nil {
		if st, err := from.State(ctx, r.ID, nil); err == nil && st == StateRefunded {
			return s.save(api, r, Step{State: Refunded, Chain: m.FromChain, Tx: findEvent(ctx, from, "Refunded", r.ID), Detail: "refunded to the sender"})
		}
	}
	return nil
}

// Resume advances every unfinished move; the daemon calls it each round.
func (s *Service) Resume(ctx context.Context, api string) {
	recs, err := s.List()
	if err != nil {
		s.logger().Error("list moves", "error", err)
		return
	}
	for _, r := range recs {
		if terminal(r.State) {
			continue
		}
		if _, err := s.Advance(ctx, api, r.ID); err != nil && ctx.Err() == nil {
			s.logger().Debug("move waits", "move", r.ID.Hex(), "state", r.State, "error", err)
		}
	}
}

// findEvent is the transaction of a Bridge event about a move, or "".
func findEvent(ctx context.Context, l *Link, event string, id common.Hash) string {
	logs, err := l.Backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int), Addresses: []common.Address{l.Bridge},
		Topics: [][]common.Hash{{bridgeABI.GetABI().Events[event].ID}, {id}},
	})
	if err != nil || len(logs) == 0 {
		return ""
	}
	return logs[len(logs)-1].TxHash.Hex()
}

func ownerOf(ctx context.Context, l *Link, token common.Address, id *big.Int) (common.Address, error) {
	n := asset721.NewAsset721()
	out, err := l.call(ctx, token, n.PackOwnerOf(id), nil)
	if err != nil {
		return common.Address{}, err
	}
	return n.UnpackOwnerOf(out)
}

func approvedForAll(ctx context.Context, l *Link, token, owner, operator common.Address) (bool, error) {
	n := asset721.NewAsset721()
	out, err := l.call(ctx, token, n.PackIsApprovedForAll(owner, operator), nil)
	if err != nil {
		return false, err
	}
	return n.UnpackIsApprovedForAll(out)
}

func origin(ctx context.Context, l *Link, kind uint8, wrapped common.Address, id *big.Int) (uint64, common.Address, *big.Int, error) {
	w := wrapped721.NewWrapped721() // origin has one ABI in both wrapped contracts
	out, err := l.call(ctx, wrapped, w.PackOrigin(id), nil)
	if err != nil {
		return 0, common.Address{}, nil, err
	}
	o, err := w.UnpackOrigin(out)
	if err != nil {
		return 0, common.Address{}, nil, err
	}
	return o.HomeChain.Uint64(), o.HomeToken, o.HomeId, nil
}

// rawURI1155 is a wrapped edition's stored URI.
func rawURI1155(ctx context.Context, l *Link, wrapped common.Address, id *big.Int) (string, error) {
	e := asset1155.NewAsset1155()
	out, err := l.call(ctx, wrapped, e.PackUri(id), nil)
	if err != nil {
		return "", err
	}
	return e.UnpackUri(out)
}

// holds refuses a sender without the token (ERC-721) or the editions
// (ERC-1155).
func holds(ctx context.Context, l *Link, kind uint8, token common.Address, id *big.Int, who common.Address, amount *big.Int) error {
	if kind == KindERC721 {
		owner, err := ownerOf(ctx, l, token, id)
		if err != nil {
			return err
		}
		if owner != who {
			return fmt.Errorf("it belongs to %s, not %s", owner.Hex(), who.Hex())
		}
		return nil
	}
	e := asset1155.NewAsset1155()
	out, err := l.call(ctx, token, e.PackBalanceOf(who, id), nil)
	if err != nil {
		return err
	}
	if bal, _ := e.UnpackBalanceOf(out); bal == nil || bal.Cmp(amount) < 0 {
		return fmt.Errorf("%s holds %v of it, fewer than %s", who.Hex(), bal, amount)
	}
	return nil
}

func nonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
