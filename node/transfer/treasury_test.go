package transfer

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/node/trust"
)

// A partner that mints its own currency without limit still buys no more
// of the treasury's than the caps allow, per channel and in all; a currency
// without a cap is not sold at all; sales older than the period stop
// counting.
func TestTreasuryLimits(t *testing.T) {
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Unix(1_700_000_000, 0)
	s := &Service{DB: db, Now: func() time.Time { return now }, Limits: []Limit{{Currency: "ORB", PerChannel: big.NewInt(500), PerPeriod: big.NewInt(800), Period: time.Hour}}}
	token := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	sell := func(channel string, n int64) error {
		record, err := s.reserveSale("ORB", channel, big.NewInt(n))
		if err != nil {
			return err
		}
		return record(uint64(now.Unix()+120), common.BigToHash(big.NewInt(now.UnixNano()+n)), token)
	}
	if _, err := s.reserveSale("GEM", "ch_1", big.NewInt(1)); !errors.Is(err, ErrOverLimit) {
		t.Fatalf("a currency without a limit: %v", err)
	}
	for _, step := range []struct {
		channel string
		n       int64
		ok      bool
	}{
		{"ch_1", 400, true}, {"ch_1", 101, false}, {"ch_1", 100, true}, {"ch_1", 1, false},
		{"ch_2", 300, true}, {"ch_2", 1, false}, // 800 sold in all
	} {
		err := sell(step.channel, step.n)
		if step.ok != (err == nil) || (!step.ok && !errors.Is(err, ErrOverLimit)) {
			t.Fatalf("sell %d on %s: err = %v, want ok %v", step.n, step.channel, err, step.ok)
		}
		now = now.Add(time.Second)
	}
	if open, err := s.outstanding("ORB", token, uint64(now.Unix())); err != nil || open.Int64() != 800 {
		t.Fatalf("outstanding = %v %v, want 800 (what the Exchange may take)", open, err)
	}
	if open, _ := s.outstanding("ORB", token, uint64(now.Unix()+300)); open.Sign() != 0 {
		t.Fatalf("expired orders still need an allowance of %s", open)
	}
	now = now.Add(2 * time.Hour)
	if err := sell("ch_1", 500); err != nil {
		t.Fatalf("a new period: %v", err)
	}
}

// A's check of B's order before relaying it: the lock's currency, B's key,
// and at least what the lock committed.
func TestCheckOrder(t *testing.T) {
	gem, orb, junk := common.Address{1}, common.Address{2}, common.Address{3}
	attester := common.Address{9}
	tr := OnChain{Kind: KindERC20, Token: gem, Amount: (*hexutil.Big)(big.NewInt(40)), ConvertTo: orb, MinReceived: (*hexutil.Big)(big.NewInt(100))}
	order := func(sell common.Address, sellAmount, buyAmount int64, maker common.Address) *Order {
		return &Order{Maker: maker, Sell: sell, SellAmount: (*hexutil.Big)(big.NewInt(sellAmount)), Buy: gem, BuyAmount: (*hexutil.Big)(big.NewInt(buyAmount))}
	}
	for _, tc := range []struct {
		name string
		o    *Order
		want string
	}{
		{"at the agreed rate", order(orb, 100, 40, attester), ""},
		{"junk for the currency", order(junk, 1_000_000, 40, attester), "the lock allows only"},
		{"below the committed minimum", order(orb, 99, 40, attester), "below the 100"},
		{"by another key", order(orb, 100, 40, common.Address{8}), "not its registered key"},
	} {
		err := checkOrder(tr, tc.o, attester)
		if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
	plain := tr
	plain.ConvertTo, plain.MinReceived = common.Address{}, nil
	if err := checkOrder(plain, order(orb, 100, 40, attester), attester); err == nil {
		t.Error("a lock that allows no conversion accepted an order")
	}
}

// A rate counts only when both manifestos name it: a stranger's (or a
// partner's) manifesto alone cannot set the price of this treasury.
func TestAgreedRateNeedsBothManifestos(t *testing.T) {
	ch := func(by ...string) *manage.Channel {
		return &manage.Channel{ID: "ch_1", Local: "did:web:b.example", Peer: "did:web:a.example", Agreement: &manage.Agreement{Rates: []manage.AgreedRate{
			{Rate: manage.Rate{From: "GEM", To: "ORB", Rate: "2.5"}, ProposedBy: by},
		}}}
	}
	if _, err := agreedRate(ch("did:web:a.example"), "GEM", "ORB"); err == nil {
		t.Fatal("a rate only the peer names counted as agreed")
	}
	if _, err := agreedRate(ch("did:web:b.example"), "GEM", "ORB"); err == nil {
		t.Fatal("a rate only this node names counted as agreed")
	}
	r, err := agreedRate(ch("did:web:a.example", "did:web:b.example"), "ORB", "GEM")
	if err != nil || r.FloatString(2) != "0.40" {
		t.Fatalf("ORB→GEM = %v %v, want 0.40", r, err)
	}
}

// A stranger's quote request and transfer offer are refused before any
// chain read, signature or record: it costs the node nothing.
func TestStrangerMovesNoValue(t *testing.T) {
	b, err := trust.New(trust.Config{Partners: []string{"did:web:a.example"}})
	if err != nil {
		t.Fatal(err)
	}
	s := &Service{Trust: b, Signer: &re.Signer{DID: "did:web:b.example"}}
	ctx := context.Background()
	const stranger = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
	if _, err := s.HandleQuote(ctx, stranger, &QuoteRequest{Channel: "ch_1", Pay: "GEM", Get: "ORB", Amount: "400"}); !re.IsCode(err, re.CodeNotPartner) {
		t.Fatalf("stranger's quote: %v", err)
	}
	if _, err := s.HandleOffer(ctx, "re", stranger, &Offer{}); !re.IsCode(err, re.CodeNotPartner) {
		t.Fatalf("stranger's transfer offer: %v", err)
	}
	s.Trust = nil
	if _, err := s.HandleQuote(ctx, "did:web:a.example", &QuoteRequest{}); !re.IsCode(err, re.CodeNotPartner) {
		t.Fatalf("without a trust boundary everyone is a stranger: %v", err)
	}
}
