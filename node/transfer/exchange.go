package transfer

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
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
func agreedRate(c *manage.Channel, pay, get string) (*big.Rat, error) {
	if c.Agreement != nil {
		for _, r := range c.Agreement.Rates {
			v, ok := new(big.Rat).SetString(r.Rate.Rate)
			if !ok || v.Sign() <= 0 {
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
	return nil, fmt.Errorf("%w: channel %s has no agreed %s/%s rate", ErrBadRequest, c.ID, pay, get)
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

// makeOrder is this platform's treasury (its platform key) selling `get`
// for amount of the taker's pay token, at the agreed rate rounded down.
func (s *Service) makeOrder(ctx context.Context, c *manage.Channel, pay string, payToken common.Address, get string, amount *big.Int, taker common.Address) (*Quote, error) {
	rate, err := agreedRate(c, pay, get)
	if err != nil {
		return nil, err
	}
	getToken, err := s.ownCurrency(ctx, get)
	if err != nil {
		return nil, err
	}
	pm, err := peerManifesto(c)
	if err != nil {
		return nil, fmt.Errorf("read %s's manifesto on channel %s: %w", c.Peer, c.ID, err)
	}
	if pc, ok := currencyOf(pm, pay); !ok || tokenAddress(pc.Token) != payToken {
		return nil, fmt.Errorf("%w: %s is not %s's %s token (its manifesto says %q)", ErrBadRequest, payToken.Hex(), c.Peer, pay, pc.Token)
	}
	gets := new(big.Int).Quo(new(big.Int).Mul(amount, rate.Num()), rate.Denom())
	if gets.Sign() <= 0 {
		return nil, fmt.Errorf("%w: %s %s buys nothing at %s", ErrBadRequest, amount, pay, rate.FloatString(6))
	}
	snd, key, err := s.Keys.Platform(ctx)
	if err != nil {
		return nil, err
	}
	// The treasury lets the Exchange take what it sells (once).
	if err := ensureAllowance(ctx, snd, getToken, s.Contracts.Exchange, math.MaxBig256); err != nil {
		return nil, err
	}
	now, err := s.chainNow(ctx)
	if err != nil {
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
	return &Quote{Platform: s.Signer.DID, Pay: pay, Get: get, Rate: rate.FloatString(6), Pays: amount.String(), Gets: gets.String(), Order: o, Signature: sig, Hash: h}, nil
}

// HandleQuote is B answering a quote request over RE.
func (s *Service) HandleQuote(ctx context.Context, sender string, q *QuoteRequest) (*Quote, error) {
	c, err := s.Channels.Established(q.Channel, sender)
	if err != nil {
		return nil, err
	}
	amount, ok := new(big.Int).SetString(q.Amount, 10)
	if !ok || amount.Sign() <= 0 {
		return nil, bad("amount %q is not a positive whole number", q.Amount)
	}
	quote, err := s.makeOrder(ctx, c, q.Pay, q.PayToken, q.Get, amount, q.Taker)
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
		gc, ok := currencyOf(pm, get)
		if !ok {
			continue
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
		if o.Buy != payToken || o.Sell != tokenAddress(gc.Token) || o.BuyAmount.ToInt().Cmp(n) != 0 || o.SellAmount.ToInt().Cmp(want) != 0 || (o.Taker != taker && o.Taker != (common.Address{})) {
			return nil, fmt.Errorf("%s's quote is not the agreed %s %s for %s %s", c.Peer, want, get, n, pay)
		}
		qt.Hash = h
		return &qt, nil
	}
	return nil, fmt.Errorf("%w: no established channel with a platform whose currency is %s", ErrNoChannel, get)
}

// SwapFor fills a fresh quote from the taker's wallet: one transaction pays
// the maker and delivers its currency, or neither.
func (s *Service) SwapFor(ctx context.Context, api, pay, get, amount string, taker common.Address) (*Swap, error) {
	wallet, _, err := s.Keys.Wallet(ctx, taker)
	if err != nil {
		return nil, fmt.Errorf("the taker %s: %w", taker.Hex(), err)
	}
	q, err := s.QuoteFor(ctx, pay, get, amount, taker)
	if err != nil {
		return nil, err
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
	if _, err := s.Audit.Append(auditEvent(api, "exchange.swap", s.Signer.DID, q.Hash.Hex(), map[string]string{
		"pays": q.Pays + " " + pay, "gets": q.Gets + " " + get, "maker": q.Platform, "tx": rc.TxHash.Hex(),
	}), nil); err != nil {
		return nil, err
	}
	return sw, nil
}

// conversion is B's plan to deliver A's currency as its own.
func (s *Service) conversion(ctx context.Context, r *Record) (*Quote, error) {
	c, err := s.Channels.Channel(r.Channel)
	if err != nil {
		return nil, err
	}
	pm, err := peerManifesto(c)
	if err != nil {
		return nil, err
	}
	sm, err := s.Channels.Manifesto(ctx)
	if err != nil {
		return nil, err
	}
	for _, pc := range pm.Currencies {
		if tokenAddress(pc.Token) != r.Transfer.Token {
			continue
		}
		for _, own := range sm.Manifesto.Currencies {
			if _, err := agreedRate(c, pc.Code, own.Code); err != nil || tokenAddress(own.Token) == (common.Address{}) {
				continue
			}
			return s.makeOrder(ctx, c, pc.Code, r.Transfer.Token, own.Code, r.Transfer.Amount.ToInt(), s.Contracts.Escrow)
		}
	}
	return nil, fmt.Errorf("%s is none of %s's currencies with an agreed rate to %s's", r.Transfer.Token.Hex(), r.Peer, s.Signer.DID)
}

// releaseCall is B's release: plain, or converted through its order.
func releaseCall(r *Record) []byte {
	if r.Answer.Order != nil {
		return escrowABI.PackReleaseConverted(r.Transfer.binding(), escrow.ExchangeOrder(r.Answer.Order.binding()), r.Answer.OrderSignature, r.Answer.Signature)
	}
	return escrowABI.PackRelease(r.Transfer.binding(), r.Answer.Signature)
}
