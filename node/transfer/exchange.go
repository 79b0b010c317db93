package transfer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/ethereum/go-ethereum"
	"math/big"
	"net/http"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/contracts/bindings/exchange"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
)

// Order is an Exchange order (FGMV-43 ASEF): Maker gives up to SellAmount of
// Sell for BuyAmount of Buy, pro rata, until Expiry.
type Order struct {
	Maker      common.Address `json:"maker"`
	Sell       common.Address `json:"sell"`
	SellAmount *hexutil.Big   `json:"sellAmount"`
	Buy        common.Address `json:"buy"`
	BuyAmount  *hexutil.Big   `json:"buyAmount"`
	Taker      common.Address `json:"taker"`
	Expiry     uint64         `json:"expiry"`
	Salt       *hexutil.Big   `json:"salt"`
}

func (o Order) binding() exchange.ExchangeOrder {
	return exchange.ExchangeOrder{Maker: o.Maker, Sell: o.Sell, SellAmount: o.SellAmount.ToInt(), Buy: o.Buy, BuyAmount: o.BuyAmount.ToInt(), Taker: o.Taker, Expiry: o.Expiry, Salt: o.Salt.ToInt()}
}

// OrderHash is the EIP-712 digest a maker signs, as the Exchange computes it.
func OrderHash(chainID *big.Int, exchangeAddr common.Address, o Order) (common.Hash, error) {
	if o.SellAmount == nil || o.BuyAmount == nil || o.Salt == nil {
		return common.Hash{}, fmt.Errorf("%w: an order needs sellAmount, buyAmount and salt", ErrBadRequest)
	}
	return eip712(chainID, "mifm Exchange", exchangeAddr, "Order", []apitypes.Type{
		{Name: "maker", Type: "address"}, {Name: "sell", Type: "address"}, {Name: "sellAmount", Type: "uint256"},
		{Name: "buy", Type: "address"}, {Name: "buyAmount", Type: "uint256"}, {Name: "taker", Type: "address"},
		{Name: "expiry", Type: "uint64"}, {Name: "salt", Type: "uint256"},
	}, apitypes.TypedDataMessage{
		"maker": o.Maker.Hex(), "sell": o.Sell.Hex(), "sellAmount": o.SellAmount.ToInt().String(), "buy": o.Buy.Hex(),
		"buyAmount": o.BuyAmount.ToInt().String(), "taker": o.Taker.Hex(), "expiry": fmt.Sprint(o.Expiry), "salt": o.Salt.ToInt().String(),
	})
}

// QuoteRequest asks a peer for an order: the taker pays Amount of Pay (this
// platform's currency, at PayToken) and gets the peer's Get.
type QuoteRequest struct {
	Channel  string         `json:"channel"`
	Pay      string         `json:"pay"`
	PayToken common.Address `json:"payToken"`
	Get      string         `json:"get"`
	Amount   string         `json:"amount"`
	Taker    common.Address `json:"taker"`
}

// Quote is a peer's signed order at the rate the two manifestos agree.
type Quote struct {
	Platform  string        `json:"platform"`
	Pay       string        `json:"pay"`
	Get       string        `json:"get"`
	Rate      string        `json:"rate"` // units of Get one unit of Pay buys
	Pays      string        `json:"pays"`
	Gets      string        `json:"gets"`
	Order     Order         `json:"order"`
	Signature hexutil.Bytes `json:"signature"`
	Hash      common.Hash   `json:"hash"`
}

// Swap is a filled quote.
type Swap struct {
	Quote Quote       `json:"quote"`
	Tx    common.Hash `json:"tx"`
	Gas   uint64      `json:"gas"`
	// Replayed is set on the answer to a swap sent again under its
	// idempotency key: the first one's outcome.
	Replayed bool `json:"replayed,omitempty"`
}

// swapStarted is what a swap under an idempotency key records before its
// fill is sent: the order, and the block to look for its fill from.
type swapStarted struct {
	Quote Quote  `json:"quote"`
	From  uint64 `json:"from"`
}

// swapRequest is what a swap's idempotency key fingerprints.
type swapRequest struct {
	Pay, Get, Amount string
	Taker            common.Address
}

// quoteTTL is how long a quote's order may be filled.
const quoteTTL = 2 * time.Minute

// peerManifesto decodes the manifesto a channel's peer signed.
func peerManifesto(c *manage.Channel) (*manage.Manifesto, error) {
	j, err := did.ParseJWS(c.PeerManifesto, manage.ManifestoTyp)
	if err != nil {
		return nil, err
	}
	b, _ := json.Marshal(j.Claims)
	return manage.ParseManifesto(b)
}

// agreedRate is how many units of get one unit of pay buys on a channel.
// A rate counts only when both platforms' manifestos name it: one that only
// this node's (or only the peer's) manifesto proposes is not agreed.
func agreedRate(c *manage.Channel, pay, get string) (*big.Rat, error) {
	if c.Agreement != nil {
		for _, r := range c.Agreement.Rates {
			v, ok := new(big.Rat).SetString(r.Rate.Rate)
			if !ok || v.Sign() <= 0 || !slices.Contains(r.ProposedBy, c.Local) || !slices.Contains(r.ProposedBy, c.Peer) {
				continue
			}
			switch {
			case r.From == pay && r.To == get:
				return v, nil
			case r.From == get && r.To == pay:
				return new(big.Rat).Inv(v), nil
			}
		}
	}
	return nil, fmt.Errorf("%w: channel %s has no %s/%s rate that both manifestos name", ErrBadRequest, c.ID, pay, get)
}

func currencyOf(m *manage.Manifesto, code string) (manage.Currency, bool) {
	for _, c := range m.Currencies {
		if c.Code == code {
			return c, true
		}
	}
	return manage.Currency{}, false
}

// ownCurrency is one of this platform's currencies with a token on chain.
func (s *Service) ownCurrency(ctx context.Context, code string) (common.Address, error) {
	sm, err := s.Channels.Manifesto(ctx)
	if err != nil {
		return common.Address{}, err
	}
	c, ok := currencyOf(sm.Manifesto, code)
	if !ok || tokenAddress(c.Token) == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%w: %s is not a currency of %s with a token on chain (its manifesto's currencies[].token)", ErrBadRequest, code, s.Signer.DID)
	}
	return tokenAddress(c.Token), nil
}

// approvedCurrency is the token the operator approved for a peer's
// currency code; the peer's manifesto alone never binds one.
func (s *Service) approvedCurrency(peer, code string) (common.Address, error) {
	if s.Trust != nil {
		if t, ok := s.Trust.Currency(peer, code); ok {
			return t, nil
		}
	}
	return common.Address{}, fmt.Errorf("%w: %s's %s is not a currency this node takes: the operator approves it with a [[trust.currency]] entry (platform, code, token) in config.toml", ErrBadRequest, peer, code)
}

// makeOrder is this platform's treasury (its platform key) selling `get`
// for amount of the taker's pay token, at the agreed rate rounded down,
// within the treasury's limits, with the Exchange allowed exactly what the
// treasury's open orders need.
func (s *Service) makeOrder(ctx context.Context, c *manage.Channel, pay string, payToken common.Address, get string, amount *big.Int, taker common.Address) (*Quote, error) {
	rate, err := agreedRate(c, pay, get)
	if err != nil {
		return nil, err
	}
	getToken, err := s.ownCurrency(ctx, get)
	if err != nil {
		return nil, err
	}
	approved, err := s.approvedCurrency(c.Peer, pay)
	if err != nil {
		return nil, err
	}
	if approved != payToken {
		return nil, fmt.Errorf("%w: %s is not %s's %s token (the operator approved %s)", ErrBadRequest, payToken.Hex(), c.Peer, pay, approved.Hex())
	}
	gets := new(big.Int).Quo(new(big.Int).Mul(amount, rate.Num()), rate.Denom())
	if gets.Sign() <= 0 {
		return nil, fmt.Errorf("%w: %s %s buys nothing at %s", ErrBadRequest, amount, pay, rate.FloatString(6))
	}
	snd, key, err := s.Keys.Platform(ctx)
	if err != nil {
		return nil, err
	}
	s.treasuryMu.Lock()
	defer s.treasuryMu.Unlock()
	record, err := s.reserveSale(get, c.ID, gets)
	if err != nil {
		return nil, err
	}
	now, err := s.chainNow(ctx)
	if err != nil {
		return nil, err
	}
	open, err := s.outstanding(get, getToken, now)
	if err != nil {
		return nil, err
	}
	if err := approveExactly(ctx, snd, getToken, s.Contracts.Exchange, open.Add(open, gets)); err != nil {
		return nil, err
	}
	salt, _ := new(big.Int).SetString(nonce(), 16)
	o := Order{Maker: snd.From(), Sell: getToken, SellAmount: (*hexutil.Big)(gets), Buy: payToken, BuyAmount: (*hexutil.Big)(amount),
		Taker: taker, Expiry: now + uint64(quoteTTL.Seconds()), Salt: (*hexutil.Big)(salt)}
	h, err := OrderHash(s.Chain.ChainNumber(), s.Contracts.Exchange, o)
	if err != nil {
		return nil, err
	}
	sig, err := sign(key, h)
	if err != nil {
		return nil, err
	}
	if err := record(o.Expiry, h, getToken); err != nil {
		return nil, err
	}
	return &Quote{Platform: s.Signer.DID, Pay: pay, Get: get, Rate: rate.FloatString(6), Pays: amount.String(), Gets: gets.String(), Order: o, Signature: sig, Hash: h}, nil
}

// HandleQuote is B answering a quote request over RE: only a partner, on
// an established channel, within the treasury's limits.
func (s *Service) HandleQuote(ctx context.Context, sender string, q *QuoteRequest) (*Quote, error) {
	if err := s.partner(ctx, sender); err != nil {
		return nil, err
	}
	c, err := s.Channels.Established(q.Channel, sender)
	if err != nil {
		return nil, err
	}
	amount, ok := new(big.Int).SetString(q.Amount, 10)
	if !ok || amount.Sign() <= 0 {
		return nil, bad("amount %q is not a positive whole number", q.Amount)
	}
	quote, err := s.makeOrder(ctx, c, q.Pay, q.PayToken, q.Get, amount, q.Taker)
	if errors.Is(err, ErrOverLimit) {
		return nil, re.NewProblem(http.StatusTooManyRequests, re.CodeBadRequest, "%v", err)
	}
	if err != nil {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%v", err)
	}
	return quote, nil
}

// QuoteFor asks the platform whose currency `get` is for a signed order:
// the taker pays amount of this platform's `pay`.
func (s *Service) QuoteFor(ctx context.Context, pay, get, amount string, taker common.Address) (*Quote, error) {
	n, ok := new(big.Int).SetString(amount, 10)
	if !ok || n.Sign() <= 0 {
		return nil, fmt.Errorf("%w: --amount %q is not a positive whole number (in the currency's smallest unit)", ErrBadRequest, amount)
	}
	payToken, err := s.ownCurrency(ctx, pay)
	if err != nil {
		return nil, err
	}
	chans, err := s.Channels.Channels()
	if err != nil {
		return nil, err
	}
	for i := range chans {
		c := &chans[i]
		if c.State != manage.StateEstablished || c.Role == manage.RoleBridge || c.PeerURL == "" {
			continue
		}
		pm, err := peerManifesto(c)
		if err != nil {
			continue
		}
		if _, ok := currencyOf(pm, get); !ok {
			continue
		}
		getToken, err := s.approvedCurrency(c.Peer, get)
		if err != nil {
			return nil, err
		}
		rate, err := agreedRate(c, pay, get)
		if err != nil {
			return nil, err
		}
		var qt Quote
		req := QuoteRequest{Channel: c.ID, Pay: pay, PayToken: payToken, Get: get, Amount: n.String(), Taker: taker}
		if err := s.Client.Do(ctx, http.MethodPost, c.PeerURL, "/re/v1/quotes", c.Peer, req, &qt); err != nil {
			return nil, fmt.Errorf("ask %s for a quote: %w", c.Peer, err)
		}
		// Check what came back: the peer's attester signed it, it sells
		// the peer's token, at the agreed rate, for exactly this payment.
		o := qt.Order
		h, err := OrderHash(s.Chain.ChainNumber(), s.Contracts.Exchange, o)
		if err != nil {
			return nil, err
		}
		attester, err := attesterOf(ctx, s.Chain, s.Contracts.Registry, platformID(c.Peer))
		if err != nil {
			return nil, err
		}
		if signer, err := recoverSigner(h, qt.Signature); err != nil || signer != o.Maker || o.Maker != attester {
			return nil, fmt.Errorf("%s's quote is not signed by its registered key %s", c.Peer, attester.Hex())
		}
		want := new(big.Int).Quo(new(big.Int).Mul(n, rate.Num()), rate.Denom())
		if o.Buy != payToken || o.Sell != getToken || o.BuyAmount.ToInt().Cmp(n) != 0 || o.SellAmount.ToInt().Cmp(want) != 0 || (o.Taker != taker && o.Taker != (common.Address{})) {
			return nil, fmt.Errorf("%s's quote is not the agreed %s %s for %s %s", c.Peer, want, get, n, pay)
		}
		qt.Hash = h
		return &qt, nil
	}
	return nil, fmt.Errorf("%w: no established channel with a platform whose currency is %s", ErrNoChannel, get)
}

// SwapFor fills a fresh quote from the taker's wallet: one transaction pays
// the maker and delivers its currency, or neither.
//
// With key, the swap is done once: sent again (its answer lost), it
// answers with the first one's fill, found on chain if the node stopped
// before recording it, or fills the same order (which the exchange fills
// once at most) if the first never got its fill mined.
func (s *Service) SwapFor(ctx context.Context, api, pay, get, amount string, taker common.Address, key string) (*Swap, error) {
	claim, err := s.Requests.Claim("exchange.swap", key, swapRequest{pay, get, amount, taker})
	if err != nil {
		return nil, err
	}
	defer claim.Release()
	var done Swap
	if claim.Result(&done) {
		done.Replayed = true
		return &done, nil
	}
	wallet, _, err := s.Keys.Wallet(ctx, taker)
	if err != nil {
		return nil, fmt.Errorf("the taker %s: %w", taker.Hex(), err)
	}
	var started swapStarted
	var q *Quote
	if claim.Started(&started) {
		if sw, err := s.findFill(ctx, started); err != nil || sw != nil {
			if sw != nil {
				err = claim.Finish(sw)
			}
			return sw, err
		}
		// Never filled: fill the same order, which the exchange fills
		// once at most. Only an order the chain's own clock has passed
		// can no longer be filled by anyone (a first fill still pending
		// would revert), so only then is a fresh quote safe; the wall
		// clock may run ahead of the chain's.
		head, err := s.Chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		if head.Time < started.Quote.Order.Expiry {
			q = &started.Quote
		}
	}
	if q == nil {
		if q, err = s.QuoteFor(ctx, pay, get, amount, taker); err != nil {
			return nil, err
		}
		head, err := s.Chain.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		if err := claim.Start(swapStarted{Quote: *q, From: head}); err != nil {
			return nil, err
		}
	}
	if err := ensureAllowance(ctx, wallet, q.Order.Buy, s.Contracts.Exchange, q.Order.BuyAmount.ToInt()); err != nil {
		return nil, err
	}
	ex := exchange.NewExchange()
	rc, err := wallet.Transact(ctx, chain.Call{To: &s.Contracts.Exchange, Data: ex.PackFill(q.Order.binding(), q.Signature, q.Order.BuyAmount.ToInt(), taker)})
	if err != nil {
		return nil, fmt.Errorf("fill %s's quote: %w", q.Platform, err)
	}
	sw := &Swap{Quote: *q, Tx: rc.TxHash, Gas: rc.GasUsed}
	if err := claim.Finish(sw); err != nil {
		// The fill is mined: a request sent again finds it on chain.
		s.logger().Warn("record the swap's outcome", "order", q.Hash.Hex(), "error", err)
	}
	if _, err := s.Audit.Append(auditEvent(api, "exchange.swap", s.Signer.DID, q.Hash.Hex(), map[string]string{
		"pays": q.Pays + " " + pay, "gets": q.Gets + " " + get, "maker": q.Platform, "tx": rc.TxHash.Hex(),
	}), nil); err != nil {
		return nil, err
	}
	return sw, nil
}

// findFill is the fill of a swap's order on chain, or nil when it has none.
func (s *Service) findFill(ctx context.Context, st swapStarted) (*Swap, error) {
	logs, err := s.Chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(st.From), Addresses: []common.Address{s.Contracts.Exchange},
		Topics: [][]common.Hash{{topicFilled}, {st.Quote.Hash}},
	})
	if err != nil {
		return nil, fmt.Errorf("look for the fill of order %s: %w", st.Quote.Hash, err)
	}
	for _, l := range logs {
		if l.Removed {
			continue
		}
		rc, err := s.Chain.TransactionReceipt(ctx, l.TxHash)
		if err != nil {
			return nil, fmt.Errorf("read the fill of order %s: %w", st.Quote.Hash, err)
		}
		return &Swap{Quote: st.Quote, Tx: l.TxHash, Gas: rc.GasUsed, Replayed: true}, nil
	}
	return nil, nil
}

var topicFilled = exchange.NewExchange().GetABI().Events["Filled"].ID

// conversion is B's plan to deliver A's currency as its own: the lock
// names which of B's currencies and the least the recipient must get, the
// token must be a currency of A's that B's operator approved, and B's
// order at the agreed rate must pay at least that least.
func (s *Service) conversion(ctx context.Context, r *Record) (*Quote, error) {
	t := r.Transfer
	if t.ConvertTo == (common.Address{}) {
		return nil, fmt.Errorf("the lock allows no conversion of %s into a currency of %s", t.Token.Hex(), s.Signer.DID)
	}
	c, err := s.Channels.Channel(r.Channel)
	if err != nil {
		return nil, err
	}
	pay, ok := "", false
	if s.Trust != nil {
		pay, ok = s.Trust.CurrencyCode(r.Peer, t.Token)
	}
	if !ok {
		return nil, fmt.Errorf("%s is not a currency of %s that this node's operator approved ([[trust.currency]])", t.Token.Hex(), r.Peer)
	}
	get := s.currencyCode(ctx, t.ConvertTo)
	if get == "" {
		return nil, fmt.Errorf("the lock converts into %s, which is not a currency of %s", t.ConvertTo.Hex(), s.Signer.DID)
	}
	// Before the treasury signs anything: the agreed rate must pay what
	// the lock asks, or the escrow would refuse the release.
	rate, err := agreedRate(c, pay, get)
	if err != nil {
		return nil, err
	}
	gives := new(big.Int).Quo(new(big.Int).Mul(t.Amount.ToInt(), rate.Num()), rate.Denom())
	if t.MinReceived == nil || gives.Cmp(t.MinReceived.ToInt()) < 0 {
		return nil, fmt.Errorf("the lock asks at least %v %s for %s %s; the agreed rate gives %s", t.MinReceived, get, t.Amount.ToInt(), pay, gives)
	}
	return s.makeOrder(ctx, c, pay, t.Token, get, t.Amount.ToInt(), s.Contracts.Escrow)
}

// checkOrder is A's check of the order B's acceptance names, before it is
// relayed or the transfer counted delivered: it sells the currency the lock
// names, buys the locked one, from B's registered key, and pays the
// recipient at least what the lock committed (the escrow refuses anything
// less; this says why before a transaction is spent on it).
func checkOrder(t OnChain, o *Order, attester common.Address) error {
	if o.SellAmount == nil || o.BuyAmount == nil || o.BuyAmount.ToInt().Sign() <= 0 {
		return errors.New("the destination's order lacks its amounts")
	}
	if t.ConvertTo == (common.Address{}) || o.Sell != t.ConvertTo || o.Buy != t.Token {
		return fmt.Errorf("the destination's order sells %s for %s; the lock allows only %s for %s", o.Sell.Hex(), o.Buy.Hex(), t.ConvertTo.Hex(), t.Token.Hex())
	}
	if o.Maker != attester {
		return fmt.Errorf("the destination's order is made by %s, not its registered key %s", o.Maker.Hex(), attester.Hex())
	}
	if t.MinReceived == nil {
		return errors.New("the lock commits no minimum for a conversion")
	}
	pays := new(big.Int).Quo(new(big.Int).Mul(t.Amount.ToInt(), o.SellAmount.ToInt()), o.BuyAmount.ToInt())
	if pays.Cmp(t.MinReceived.ToInt()) < 0 {
		return fmt.Errorf("the destination's order pays the recipient %s, below the %s the lock committed", pays, t.MinReceived.ToInt())
	}
	return nil
}

// planConversion lets currency A sends arrive in B's currency: when the
// locked token is one of this platform's currencies and the channel agrees
// a rate to an approved currency of B, the lock names that currency and the
// least the recipient must get at the agreed rate.
func (s *Service) planConversion(ctx context.Context, c *manage.Channel, r *Record) error {
	t := &r.Transfer
	pay := s.currencyCode(ctx, t.Token)
	if pay == "" || s.Trust == nil {
		return nil
	}
	pm, err := peerManifesto(c)
	if err != nil {
		return nil
	}
	for _, pc := range pm.Currencies {
		rate, err := agreedRate(c, pay, pc.Code)
		if err != nil {
			continue
		}
		token, ok := s.Trust.Currency(c.Peer, pc.Code)
		if !ok {
			continue
		}
		least := new(big.Int).Quo(new(big.Int).Mul(t.Amount.ToInt(), rate.Num()), rate.Denom())
		if least.Sign() <= 0 {
			continue
		}
		t.ConvertTo, t.MinReceived = token, (*hexutil.Big)(least)
		r.ID = t.Hash()
		return nil
	}
	return nil
}

// releaseCall is B's release: plain, or converted through its order.
func releaseCall(r *Record) []byte {
	if r.Answer.Order != nil {
		return escrowABI.PackReleaseConverted(r.Transfer.binding(), escrow.ExchangeOrder(r.Answer.Order.binding()), r.Answer.OrderSignature, r.Answer.Signature)
	}
	return escrowABI.PackRelease(r.Transfer.binding(), r.Answer.Signature)
}
