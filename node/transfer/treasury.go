package transfer

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/node/store"
)

// Limit caps what the platform's treasury sells of one of its currencies
// through Exchange orders (FGMV-43 ASEF): per channel and over all channels
// within each Period. A currency with no Limit is not sold at all, so a
// treasury never signs away more than its operator chose.
type Limit struct {
	Currency   string
	PerChannel *big.Int // smallest units per Period and channel
	PerPeriod  *big.Int // smallest units per Period, all channels
	Period     time.Duration
}

// ErrOverLimit is returned when an order would sell more than a Limit allows.
var ErrOverLimit = errors.New("over the treasury's limit")

// sale is one order the treasury signed, kept for the period it counts in.
type sale struct {
	Channel string         `json:"channel"`
	Amount  *big.Int       `json:"amount"`
	At      int64          `json:"at"`     // unix seconds
	Expiry  uint64         `json:"expiry"` // the order's, chain time
	Order   common.Hash    `json:"order"`
	Token   common.Address `json:"token"`
}

var salesPrefix = []byte(store.TreasurySalesPrefix)

func saleKey(code string, at time.Time, order common.Hash) []byte {
	k := append(append([]byte(nil), salesPrefix...), code+"/"...)
	k = binary.BigEndian.AppendUint64(k, uint64(at.UnixNano()))
	return append(k, order[:]...)
}

// limit is the configured cap of a currency, or nil.
func (s *Service) limit(code string) *Limit {
	for i := range s.Limits {
		if s.Limits[i].Currency == code {
			return &s.Limits[i]
		}
	}
	return nil
}

// reserveSale checks that selling amount of code on channel stays within
// its Limit and records the sale; it runs under s.treasuryMu with the
// approval that follows, so concurrent quotes can't both pass the cap.
func (s *Service) reserveSale(code, channel string, amount *big.Int) (func(expiry uint64, order common.Hash, token common.Address) error, error) {
	l := s.limit(code)
	if l == nil {
		return nil, fmt.Errorf("%w: this node sells no %s until the operator sets a [[trust.limit]] for it in config.toml", ErrOverLimit, code)
	}
	period := l.Period
	if period <= 0 {
		period = 24 * time.Hour
	}
	now := s.now()
	since := now.Add(-period)
	onChannel, total := new(big.Int), new(big.Int)
	var stale [][]byte
	err := s.sales(code, func(k []byte, x sale) {
		if time.Unix(x.At, 0).Before(since) {
			stale = append(stale, append([]byte(nil), k...))
			return
		}
		total.Add(total, x.Amount)
		if x.Channel == channel {
			onChannel.Add(onChannel, x.Amount)
		}
	})
	if err != nil {
		return nil, err
	}
	if l.PerChannel != nil && new(big.Int).Add(onChannel, amount).Cmp(l.PerChannel) > 0 {
		return nil, fmt.Errorf("%w: channel %s may buy %s %s per %s; %s sold already, %s asked", ErrOverLimit, channel, l.PerChannel, code, period, onChannel, amount)
	}
	if l.PerPeriod != nil && new(big.Int).Add(total, amount).Cmp(l.PerPeriod) > 0 {
		return nil, fmt.Errorf("%w: the treasury sells at most %s %s per %s; %s sold already, %s asked", ErrOverLimit, l.PerPeriod, code, period, total, amount)
	}
	return func(expiry uint64, order common.Hash, token common.Address) error {
		b := s.DB.NewBatch()
		for _, k := range stale {
			b.Delete(k)
		}
		v, _ := json.Marshal(sale{Channel: channel, Amount: amount, At: now.Unix(), Expiry: expiry, Order: order, Token: token})
		b.Put(saleKey(code, now, order), v)
		if err := b.Commit(); err != nil {
			return fmt.Errorf("record the treasury's sale of %s %s: %w", amount, code, err)
		}
		return nil
	}, nil
}

// outstanding is what the treasury's unexpired orders of token may still
// take: the allowance the Exchange needs, and no more.
func (s *Service) outstanding(code string, token common.Address, chainNow uint64) (*big.Int, error) {
	sum := new(big.Int)
	err := s.sales(code, func(_ []byte, x sale) {
		if x.Token == token && x.Expiry >= chainNow {
			sum.Add(sum, x.Amount)
		}
	})
	return sum, err
}

// sales calls fn with every recorded sale of code, oldest first.
func (s *Service) sales(code string, fn func(key []byte, x sale)) error {
	var derr error
	err := s.DB.Scan(append(append([]byte(nil), salesPrefix...), code+"/"...), nil, func(k, v []byte) bool {
		var x sale
		if derr = json.Unmarshal(v, &x); derr != nil {
			return false
		}
		fn(k, x)
		return true
	})
	if err == nil {
		err = derr
	}
	if err != nil {
		return fmt.Errorf("read the treasury's sales of %s: %w", code, err)
	}
	return nil
}

// approveExactly sets the treasury's allowance to the Exchange to amount
// (approve, not increase: what expired orders no longer need is taken back).
func approveExactly(ctx context.Context, snd *chain.Sender, token, spender common.Address, amount *big.Int) error {
	return approve(ctx, snd, token, spender, amount, func(have *big.Int) bool { return have.Cmp(amount) == 0 })
}

// approve sets snd's allowance of token for spender to amount unless
// enough(the allowance now) says it may stay.
func approve(ctx context.Context, snd *chain.Sender, token, spender common.Address, amount *big.Int, enough func(have *big.Int) bool) error {
	c := currency.NewCurrency()
	out, err := chain.CallView(ctx, snd.Client(), token, c.PackAllowance(snd.From(), spender))
	if err != nil {
		return fmt.Errorf("read allowance of %s: %w", token.Hex(), err)
	}
	if have, _ := c.UnpackAllowance(out); have != nil && enough(have) {
		return nil
	}
	if _, err := snd.Transact(ctx, chain.Call{To: &token, Data: c.PackApprove(spender, amount)}); err != nil {
		return fmt.Errorf("approve %s to take %s of %s: %w", spender.Hex(), amount, token.Hex(), err)
	}
	return nil
}
