package chain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// The moment inside go-ethereum's writeHeadBlock when a block's receipts are
// findable and the head has not moved yet lasts microseconds; laggingHead
// holds it open: a fake head one block behind the real chain, so go-ethereum's
// real receipt, for a real block, is asked for at that moment.
func TestReceiptIsNotServedBeforeItsBlockIsTheHead(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	ctx := context.Background()
	e, err := StartEmbedded(ctx, DevChainConfig{DataDir: t.TempDir(), Prefund: []common.Address{from}})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	to := common.Address{0xee}
	head, _ := e.HeaderByNumber(ctx, nil)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(e.ChainNumber()), &types.DynamicFeeTx{
		ChainID: e.ChainNumber(), Nonce: 0, Gas: 21_000, To: &to, Value: big.NewInt(1),
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	var mined *types.Receipt
	for deadline := time.Now().Add(30 * time.Second); mined == nil; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("transaction not mined in 30 s")
		}
		mined, _ = e.TransactionReceipt(ctx, tx.Hash())
	}
	block := mined.BlockNumber.Uint64()

	served, err := newHeadReceipts(e.eth)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		head  uint64
		found bool
	}{
		{"head one block behind the receipt", block - 1, false},
		{"head at the receipt's block", block, true},
		{"head past it", block + 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			laggingHead := *served
			laggingHead.head = func() uint64 { return tc.head }
			r, err := laggingHead.GetTransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if found := r != nil; found != tc.found {
				t.Fatalf("receipt of block %d with the head at %d: served %v, want %v", block, tc.head, found, tc.found)
			}
		})
	}
}
