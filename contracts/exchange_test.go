package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/contracts/bindings/exchange"
)

// exchangeChain is the escrow fixture with two platform currencies: A's
// (minted to the user, key 2) and B's (held by B's treasury, key 1, which
// makes orders).
type exchangeChain struct {
	*escrowChain
	ex         *exchange.Exchange
	cur        *currency.Currency
	gemA, gemB common.Address
	treasury   common.Address
}

func newExchangeChain(t testing.TB) *exchangeChain {
	t.Helper()
	x := &exchangeChain{escrowChain: newEscrowChain(t), ex: exchange.NewExchange(), cur: currency.NewCurrency()}
	x.treasury = x.addrs[1]
	deploy := func(name string, owner int) common.Address {
		a, _, err := x.senders[owner].Deploy(t.Context(), mustHex(t, currency.CurrencyMetaData.Bin), x.cur.PackConstructor(name, name, x.addrs[owner]))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	x.gemA, x.gemB = deploy("GEMA", 0), deploy("GEMB", 1)
	x.mustSend(t, 0, x.gemA, x.cur.PackMint(x.user, big.NewInt(1_000_000)))
	x.mustSend(t, 1, x.gemB, x.cur.PackMint(x.treasury, big.NewInt(1_000_000)))
	x.mustSend(t, 2, x.gemA, x.cur.PackApprove(x.exchange, math.MaxBig256))
	x.mustSend(t, 2, x.gemA, x.cur.PackApprove(x.escrow, math.MaxBig256))
	x.mustSend(t, 1, x.gemB, x.cur.PackApprove(x.exchange, math.MaxBig256))
	return x
}

// order is B's treasury selling sell GEMB for buy GEMA (one GEMA buys
// sell/buy GEMB), open to anyone for d.
func (x *exchangeChain) order(t testing.TB, sell, buy int64, d time.Duration, salt int64) exchange.ExchangeOrder {
	head, err := x.chain.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return exchange.ExchangeOrder{
		Maker: x.treasury, Sell: x.gemB, SellAmount: big.NewInt(sell), Buy: x.gemA, BuyAmount: big.NewInt(buy),
		Expiry: head.Time + uint64(d.Seconds()), Salt: big.NewInt(salt),
	}
}

// convTerms are B's recipient, who may be paid in GEMB instead, at least min.
func (x *exchangeChain) convTerms(t testing.TB, d time.Duration, salt byte, min int64) escrow.EscrowTerms {
	t.Helper()
	terms := x.terms(d, salt)
	terms.ConvertTo, terms.MinReceived = x.gemB, big.NewInt(min)
	return terms
}

func (x *exchangeChain) signOrder(t testing.TB, key int, o exchange.ExchangeOrder) []byte {
	t.Helper()
	return signDigest(t, x.keys[key], x.call(t, x.exchange, x.ex.PackOrderHash(o))[:32])
}

func (x *exchangeChain) balance(t testing.TB, token, who common.Address) int64 {
	t.Helper()
	b, err := x.cur.UnpackBalanceOf(x.call(t, token, x.cur.PackBalanceOf(who)))
	if err != nil {
		t.Fatal(err)
	}
	return b.Int64()
}

// balances are GEMA and GEMB of the user, the treasury and the recipient.
func (x *exchangeChain) balances(t testing.TB) [6]int64 {
	t.Helper()
	return [6]int64{
		x.balance(t, x.gemA, x.user), x.balance(t, x.gemB, x.user),
		x.balance(t, x.gemA, x.treasury), x.balance(t, x.gemB, x.treasury),
		x.balance(t, x.gemA, x.to), x.balance(t, x.gemB, x.to),
	}
}

// The order digest is standard EIP-712, so any wallet can sign an order.
func TestExchangeOrderDigestIsEIP712(t *testing.T) {
	x := newExchangeChain(t)
	o := x.order(t, 2000, 1000, time.Hour, 7)
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Order": {
				{Name: "maker", Type: "address"}, {Name: "sell", Type: "address"}, {Name: "sellAmount", Type: "uint256"},
				{Name: "buy", Type: "address"}, {Name: "buyAmount", Type: "uint256"}, {Name: "taker", Type: "address"},
				{Name: "expiry", Type: "uint64"}, {Name: "salt", Type: "uint256"},
			},
		},
		PrimaryType: "Order",
		Domain:      apitypes.TypedDataDomain{Name: "mifm Exchange", Version: "1", ChainId: math.NewHexOrDecimal256(1337), VerifyingContract: x.exchange.Hex()},
		Message: apitypes.TypedDataMessage{
			"maker": o.Maker.Hex(), "sell": o.Sell.Hex(), "sellAmount": o.SellAmount.String(), "buy": o.Buy.Hex(),
			"buyAmount": o.BuyAmount.String(), "taker": o.Taker.Hex(), "expiry": new(big.Int).SetUint64(o.Expiry).String(), "salt": o.Salt.String(),
		},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := x.call(t, x.exchange, x.ex.PackOrderHash(o)); common.BytesToHash(got) != common.BytesToHash(want) {
		t.Fatalf("orderHash = %x, EIP-712 says %x", got, want)
	}
}

func TestExchangeFill(t *testing.T) {
	x := newExchangeChain(t)
	o := x.order(t, 2000, 1000, time.Hour, 1) // 1 GEMA buys 2 GEMB
	sig := x.signOrder(t, 1, o)
	start := x.balances(t)
	remaining := func() int64 {
		r, err := x.ex.UnpackRemaining(x.call(t, x.exchange, x.ex.PackRemaining(o)))
		if err != nil {
			t.Fatal(err)
		}
		return r.Int64()
	}

	// A partial fill pays the maker and sends the recipient twice as much.
	r := x.mustSend(t, 2, x.exchange, x.ex.PackFill(o, sig, big.NewInt(400), x.to))
	var ev *exchange.ExchangeFilled
	for _, l := range r.Logs {
		if e, err := x.ex.UnpackFilledEvent(l); err == nil {
			ev = e
		}
	}
	if ev == nil || ev.Given.Int64() != 800 || ev.Paid.Int64() != 400 || ev.Taker != x.user || ev.Recipient != x.to {
		t.Fatalf("Filled event = %+v", ev)
	}
	got := x.balances(t)
	want := [6]int64{start[0] - 400, start[1], start[2] + 400, start[3] - 800, start[4], start[5] + 800}
	if got != want || remaining() != 600 {
		t.Fatalf("after a fill of 400: balances %v, want %v; remaining %d", got, want, remaining())
	}

	// More than is left is refused and moves nothing.
	_, err := x.send(t, 2, x.exchange, x.ex.PackFill(o, sig, big.NewInt(601), x.to))
	wantRevert(t, err, "Overfill")
	if x.balances(t) != want {
		t.Fatal("a refused fill moved currency")
	}
	x.mustSend(t, 2, x.exchange, x.ex.PackFill(o, sig, big.NewInt(600), x.to))
	if remaining() != 0 || x.balance(t, x.gemB, x.to) != start[5]+2000 {
		t.Fatalf("after filling the rest: remaining %d, recipient has %d GEMB", remaining(), x.balance(t, x.gemB, x.to))
	}
	_, err = x.send(t, 2, x.exchange, x.ex.PackFill(o, sig, big.NewInt(1), x.to))
	wantRevert(t, err, "Overfill")
}

func TestExchangeRefusals(t *testing.T) {
	x := newExchangeChain(t)
	start := x.balances(t)
	for _, tc := range []struct {
		name  string
		order func() exchange.ExchangeOrder
		key   int // who signs
		from  int // who fills
		fill  int64
		want  string
	}{
		{"signed by someone else", func() exchange.ExchangeOrder { return x.order(t, 2000, 1000, time.Hour, 2) }, 2, 2, 10, "BadSignature"},
		{"for another taker", func() exchange.ExchangeOrder {
			o := x.order(t, 2000, 1000, time.Hour, 3)
			o.Taker = x.to
			return o
		}, 1, 2, 10, "NotTaker"},
		{"rounds to nothing", func() exchange.ExchangeOrder { return x.order(t, 1000, 2000, time.Hour, 4) }, 1, 2, 1, "NothingToFill"},
		{"zero amounts", func() exchange.ExchangeOrder { return x.order(t, 0, 1000, time.Hour, 5) }, 1, 2, 1, "BadOrder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.order()
			_, err := x.send(t, tc.from, x.exchange, x.ex.PackFill(o, x.signOrder(t, tc.key, o), big.NewInt(tc.fill), x.user))
			wantRevert(t, err, tc.want)
		})
	}

	t.Run("expired", func(t *testing.T) {
		o := x.order(t, 2000, 1000, 2*time.Second, 6)
		sig := x.signOrder(t, 1, o)
		x.advance(t, 3)
		_, err := x.send(t, 2, x.exchange, x.ex.PackFill(o, sig, big.NewInt(10), x.user))
		wantRevert(t, err, "Expired")
	})

	t.Run("cancelled", func(t *testing.T) {
		o := x.order(t, 2000, 1000, time.Hour, 7)
		sig := x.signOrder(t, 1, o)
		_, err := x.send(t, 2, x.exchange, x.ex.PackCancel(o))
		wantRevert(t, err, "NotMaker")
		x.mustSend(t, 1, x.exchange, x.ex.PackCancel(o))
		_, err = x.send(t, 2, x.exchange, x.ex.PackFill(o, sig, big.NewInt(10), x.user))
		wantRevert(t, err, "Overfill")
	})

	// The maker cannot pay: the taker's payment is undone with it.
	t.Run("maker short", func(t *testing.T) {
		o := x.order(t, 2_000_000, 1_000_000, time.Hour, 8)
		_, err := x.send(t, 2, x.exchange, x.ex.PackFill(o, x.signOrder(t, 1, o), big.NewInt(999_000), x.user))
		wantRevert(t, err, "ERC20InsufficientBalance")
	})
	if x.balances(t) != start {
		t.Fatalf("refused fills moved currency: %v, started with %v", x.balances(t), start)
	}
}

// Currency locked on A arrives in B's currency (FGMV-43 9.2 steps 3 and 5):
// B accepts the transfer together with its treasury's order, and one
// transaction pays the recipient in GEMB and the treasury in GEMA.
func TestEscrowReleaseConverted(t *testing.T) {
	x := newExchangeChain(t)
	start := x.balances(t)
	r := x.mustSend(t, 2, x.escrow, x.esc.PackLockERC20(x.gemA, big.NewInt(300), x.convTerms(t, time.Hour, 1, 600)))
	tr, tid := x.locked(t, r)
	o := x.order(t, 2000, 1000, time.Hour, 9)
	o.Taker = x.escrow
	sig := x.signOrder(t, 1, o)
	orderHash := common.BytesToHash(x.call(t, x.exchange, x.ex.PackOrderHash(o)))
	accept := x.sign(t, x.attester, x.esc.PackAcceptConvertedDigest(tid, orderHash))

	// An acceptance names its order: another order is refused.
	other := x.order(t, 3000, 1000, time.Hour, 10)
	other.Taker = x.escrow
	_, err := x.send(t, 3, x.escrow, x.esc.PackReleaseConverted(tr, escrow.ExchangeOrder(other), x.signOrder(t, 1, other), accept))
	wantRevert(t, err, "NotAttester")
	// An order that buys something else than the locked currency is refused.
	wrong := x.order(t, 2000, 1000, time.Hour, 11)
	wrong.Buy = x.gemB
	wrong.Sell = x.gemA
	_, err = x.send(t, 3, x.escrow, x.esc.PackReleaseConverted(tr, escrow.ExchangeOrder(wrong), x.signOrder(t, 1, wrong), accept))
	wantRevert(t, err, "NotConvertible")
	// A plain acceptance key that is not B's attester is refused.
	stranger, _ := crypto.GenerateKey()
	_, err = x.send(t, 3, x.escrow, x.esc.PackReleaseConverted(tr, escrow.ExchangeOrder(o), sig, x.sign(t, stranger, x.esc.PackAcceptConvertedDigest(tid, orderHash))))
	wantRevert(t, err, "NotAttester")

	x.mustSend(t, 3, x.escrow, x.esc.PackReleaseConverted(tr, escrow.ExchangeOrder(o), sig, accept))
	got := x.balances(t)
	want := [6]int64{start[0] - 300, start[1], start[2] + 300, start[3] - 600, start[4], start[5] + 600}
	if got != want || x.balance(t, x.gemA, x.escrow) != 0 {
		t.Fatalf("after a converted release: %v, want %v; escrow holds %d GEMA", got, want, x.balance(t, x.gemA, x.escrow))
	}
	allowance, _ := x.cur.UnpackAllowance(x.call(t, x.gemA, x.cur.PackAllowance(x.escrow, x.exchange)))
	if allowance.Sign() != 0 {
		t.Fatalf("escrow left an allowance of %s to the exchange", allowance)
	}
	_, err = x.send(t, 3, x.escrow, x.esc.PackRelease(tr, x.sign(t, x.attester, x.esc.PackAcceptDigest(tid))))
	wantRevert(t, err, "NotLocked")

	// NFTs cannot be converted.
	id := x.mint721(t, "sword-c")
	r = x.mustSend(t, 2, x.nft, x.a721.PackSafeTransferFrom0(x.user, x.escrow, id, x.termsData(x.terms(time.Hour, 2))))
	tr, tid = x.locked(t, r)
	_, err = x.send(t, 3, x.escrow, x.esc.PackReleaseConverted(tr, escrow.ExchangeOrder(o), sig, x.sign(t, x.attester, x.esc.PackAcceptConvertedDigest(tid, orderHash))))
	wantRevert(t, err, "NotConvertible")
}

func BenchmarkExchangeGas(b *testing.B) {
	x := newExchangeChain(b)
	x.mustSend(b, 0, x.gemA, x.cur.PackMint(x.to, big.NewInt(1))) // the recipient already holds some
	x.mustSend(b, 0, x.gemA, x.cur.PackMint(x.treasury, big.NewInt(1)))
	var gas, lockGas, convGas uint64
	for i := 0; i < b.N; i++ {
		o := x.order(b, 2_000, 1_000, time.Hour, int64(100+i))
		r := x.mustSend(b, 2, x.exchange, x.ex.PackFill(o, x.signOrder(b, 1, o), big.NewInt(500), x.to))
		gas = r.GasUsed
		// Currency sent through the escrow and delivered converted.
		lock := x.mustSend(b, 2, x.escrow, x.esc.PackLockERC20(x.gemA, big.NewInt(300), x.convTerms(b, time.Hour, byte(i), 600)))
		tr, tid := x.locked(b, lock)
		co := x.order(b, 600, 300, time.Hour, int64(10_000+i))
		co.Taker = x.escrow
		h := common.BytesToHash(x.call(b, x.exchange, x.ex.PackOrderHash(co)))
		rel := x.mustSend(b, 3, x.escrow, x.esc.PackReleaseConverted(tr, escrow.ExchangeOrder(co), x.signOrder(b, 1, co), x.sign(b, x.attester, x.esc.PackAcceptConvertedDigest(tid, h))))
		lockGas, convGas = lock.GasUsed, rel.GasUsed
	}
	b.ReportMetric(float64(gas), "fill-gas")
	b.ReportMetric(float64(lockGas), "lock20-gas")
	b.ReportMetric(float64(convGas), "release-converted-gas")
}
