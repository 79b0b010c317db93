package chain_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
)

func TestTxPolicy(t *testing.T) {
	ctx := context.Background()
	d := newDevChain(t, 2, chain.DevChainConfig{})
	to := common.HexToAddress("0x00000000000000000000000000000000000000ab")
	signer, err := d.ks.Unlock(d.addrs[0], testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	sender := func(edit func(*chain.TxConfig)) *chain.Sender {
		cfg := chain.DefaultTxConfig()
		cfg.PollInterval = 5 * time.Millisecond
		edit(&cfg)
		s, err := chain.NewSender(ctx, d.chain, signer, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}

	t.Run("fee cap below the base fee refuses to send", func(t *testing.T) {
		s := sender(func(c *chain.TxConfig) { c.MaxFeePerGas = big.NewInt(1) })
		_, err := s.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
		if !errors.Is(err, chain.ErrFeeCapExceeded) || !strings.Contains(err.Error(), "raise the fee cap") {
			t.Fatalf("Send = %v, want ErrFeeCapExceeded with advice", err)
		}
		if n, _ := d.chain.NonceAt(ctx, d.addrs[0], nil); n != 0 {
			t.Fatalf("nonce = %d after a refused send, want 0", n)
		}
	})

	t.Run("fees stay within the cap", func(t *testing.T) {
		head, _ := d.chain.HeaderByNumber(ctx, nil)
		limit := new(big.Int).Add(head.BaseFee, big.NewInt(1)) // just above the base fee
		s := sender(func(c *chain.TxConfig) { c.MaxFeePerGas = limit })
		tx, err := s.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		if tx.GasFeeCap().Cmp(limit) > 0 || tx.GasTipCap().Cmp(tx.GasFeeCap()) > 0 {
			t.Fatalf("fee cap %v tip %v, want fee cap <= %v and tip <= fee cap", tx.GasFeeCap(), tx.GasTipCap(), limit)
		}
		if _, err := s.Wait(ctx, tx); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("gas margin over the estimate", func(t *testing.T) {
		s := sender(func(c *chain.TxConfig) { c.GasMarginPercent = 50 })
		tx, err := s.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		if tx.Gas() != 21000*3/2 {
			t.Fatalf("gas limit %d, want 31500 (21000 + 50%%)", tx.Gas())
		}
		if _, err := s.Wait(ctx, tx); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("confirmations", func(t *testing.T) {
		s := sender(func(c *chain.TxConfig) { c.Confirmations = 3; c.ReceiptTimeout = 5 * time.Second })
		tx, err := s.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		type result struct {
			blockOfTx, headAtReturn uint64
			err                     error
		}
		done := make(chan result, 1)
		go func() {
			r, err := s.Wait(ctx, tx)
			head, _ := d.chain.BlockNumber(ctx)
			if err != nil {
				done <- result{err: err}
				return
			}
			done <- result{blockOfTx: r.BlockNumber.Uint64(), headAtReturn: head}
		}()
		// Add blocks until Wait is satisfied; it must not return before the
		// transaction's block has two blocks on top. The blocks come from
		// another account's transfers (one each): sealing beside the dev
		// chain's own sealing could leave a later transaction unmined.
		other, err := d.ks.Unlock(d.addrs[1], testPassphrase)
		if err != nil {
			t.Fatal(err)
		}
		bump, err := chain.NewSender(ctx, d.chain, other, chain.DefaultTxConfig())
		if err != nil {
			t.Fatal(err)
		}
		var res result
	seal:
		for i := 0; ; i++ {
			select {
			case res = <-done:
				break seal
			case <-time.After(20 * time.Millisecond):
				if i > 100 {
					t.Fatal("Wait did not return after 100 more blocks")
				}
				if _, err := bump.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)}); err != nil {
					t.Fatal(err)
				}
			}
		}
		if res.err != nil {
			t.Fatalf("Wait: %v", res.err)
		}
		if res.headAtReturn < res.blockOfTx+2 {
			t.Fatalf("Wait returned at head %d for a transaction in block %d: fewer than 3 confirmations", res.headAtReturn, res.blockOfTx)
		}
	})

	t.Run("receipt timeout", func(t *testing.T) {
		// The 50 confirmations never come, as nothing else is sent.
		// The transaction is seen mined first (by a sender content with one
		// confirmation), so the timeout is the confirmations' alone.
		s := sender(func(c *chain.TxConfig) { c.Confirmations = 50; c.ReceiptTimeout = 3 * time.Second })
		tx, err := s.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := sender(func(*chain.TxConfig) {}).Wait(ctx, tx); err != nil {
			t.Fatalf("the transaction was not mined: %v", err)
		}
		_, err = s.Wait(ctx, tx)
		if !errors.Is(err, chain.ErrReceiptTimeout) || !strings.Contains(err.Error(), "not 50 confirmations") {
			t.Fatalf("Transact = %v, want ErrReceiptTimeout naming the confirmations", err)
		}
	})

	t.Run("insufficient funds", func(t *testing.T) {
		s := sender(func(*chain.TxConfig) {})
		huge := new(big.Int).Mul(chain.DevBalance, big.NewInt(2))
		_, err := s.Send(ctx, chain.Call{To: &to, Value: huge})
		if !errors.Is(err, chain.ErrInsufficientFund) || !strings.Contains(err.Error(), d.addrs[0].Hex()) {
			t.Fatalf("Send = %v, want ErrInsufficientFund naming the key to fund", err)
		}
	})
}
