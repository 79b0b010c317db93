package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Errors callers branch on.
var (
	ErrFeeCapExceeded   = errors.New("base fee above the configured fee cap")
	ErrReceiptTimeout   = errors.New("transaction not confirmed in time")
	ErrInsufficientFund = errors.New("insufficient funds for gas * price + value")
)

// TxConfig tunes how a Sender prices, sends and waits for transactions.
type TxConfig struct {
	// MaxFeePerGas caps what a transaction may pay per gas (base fee + tip);
	// a send when the base fee is above it fails with ErrFeeCapExceeded.
	MaxFeePerGas *big.Int
	// TipCap caps the priority fee; the node's suggestion is used below it.
	TipCap *big.Int
	// GasMarginPercent is added to estimates, for state that changes between
	// estimation and inclusion.
	GasMarginPercent uint64
	// Confirmations a receipt needs before Wait returns: 1 means mined.
	Confirmations uint64
	// ReceiptTimeout bounds Wait.
	ReceiptTimeout time.Duration
	// PollInterval between receipt queries.
	PollInterval time.Duration
	// SendRetries is how many times a transient RPC fault is retried; the same
	// signed bytes are resent, so a retry can never send twice.
	SendRetries int
	// ErrorABIs decode custom errors in reverts.
	ErrorABIs []*abi.ABI
}

// DefaultTxConfig suits a dev chain and most L2s: a 500 gwei fee cap, a 20%
// gas margin, one confirmation within two minutes.
func DefaultTxConfig() TxConfig {
	return TxConfig{
		MaxFeePerGas:     big.NewInt(500 * params.GWei),
		TipCap:           big.NewInt(2 * params.GWei),
		GasMarginPercent: 20,
		Confirmations:    1,
		ReceiptTimeout:   2 * time.Minute,
		PollInterval:     50 * time.Millisecond,
		SendRetries:      3,
	}
}

// Call is a transaction to send: a contract call, a transfer, or a deployment
// when To is nil.
type Call struct {
	To    *common.Address
	Data  []byte
	Value *big.Int
	// Gas, when non-zero, skips estimation.
	Gas uint64
}

// Sender sends transactions from one key. It is safe for concurrent use: nonces
// are assigned under a lock, so many goroutines sending at once leave no gap
// and no duplicate.
type Sender struct {
	client  Client
	signer  Signer
	chainID *big.Int
	cfg     TxConfig

	mu         sync.Mutex
	nonce      uint64
	nonceKnown bool
}

// NewSender returns a Sender for signer on the chain client talks to.
func NewSender(ctx context.Context, client Client, signer Signer, cfg TxConfig) (*Sender, error) {
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	def := DefaultTxConfig()
	if cfg.MaxFeePerGas == nil {
		cfg.MaxFeePerGas = def.MaxFeePerGas
	}
	if cfg.TipCap == nil {
		cfg.TipCap = def.TipCap
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = def.Confirmations
	}
	if cfg.ReceiptTimeout == 0 {
		cfg.ReceiptTimeout = def.ReceiptTimeout
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = def.PollInterval
	}
	if cfg.SendRetries < 0 {
		return nil, fmt.Errorf("SendRetries %d is negative", cfg.SendRetries)
	}
	return &Sender{client: client, signer: signer, chainID: id, cfg: cfg}, nil
}

// From is the sending address.
func (s *Sender) From() common.Address { return s.signer.Address() }

// Client is the chain the sender talks to.
func (s *Sender) Client() Client { return s.client }

// ChainID is the chain's numeric id.
func (s *Sender) ChainID() *big.Int { return new(big.Int).Set(s.chainID) }

// Send estimates, prices, signs and broadcasts call, and returns the signed
// transaction without waiting for it to be mined.
func (s *Sender) Send(ctx context.Context, call Call) (*types.Transaction, error) {
	value := call.Value
	if value == nil {
		value = new(big.Int)
	}
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return nil, err
	}
	gas := call.Gas
	if gas == 0 {
		est, err := s.client.EstimateGas(ctx, ethereum.CallMsg{
			From: s.From(), To: call.To, Data: call.Data, Value: value, GasFeeCap: feeCap, GasTipCap: tip,
		})
		if err != nil {
			return nil, s.explain("estimate gas", err)
		}
		gas = est + est*s.cfg.GasMarginPercent/100
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if !s.nonceKnown {
			n, err := s.client.PendingNonceAt(ctx, s.From())
			if err != nil {
				return nil, fmt.Errorf("read nonce of %s: %w", s.From().Hex(), err)
			}
			s.nonce, s.nonceKnown = n, true
		}
		tx, err := s.signer.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID: s.chainID, Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: call.To, Value: value, Data: call.Data,
		}), s.chainID)
		if err != nil {
			return nil, fmt.Errorf("sign transaction: %w", err)
		}
		if err := s.broadcast(ctx, tx); err != nil {
			// The node refused it: our idea of the nonce may be stale
			// (another sender uses the key), so read it again. A nonce
			// the chain already used means nothing was sent: sign again
			// with the next one.
			s.nonceKnown = false
			if attempt < 3 && strings.Contains(err.Error(), "nonce too low") {
				continue
			}
			return nil, s.explain("send transaction", err)
		}
		s.nonce++
		return tx, nil
	}
}

// broadcast sends the signed bytes, retrying transient faults with the same
// bytes: a resend of an accepted transaction is "already known" or finds it by
// hash, never a second transaction.
func (s *Sender) broadcast(ctx context.Context, tx *types.Transaction) error {
	var err error
	for attempt := 0; attempt <= s.cfg.SendRetries; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Duration(attempt*attempt) * 200 * time.Millisecond):
			}
		}
		err = s.client.SendTransaction(ctx, tx)
		if err == nil || strings.Contains(err.Error(), "already known") {
			return nil
		}
		if attempt > 0 && strings.Contains(err.Error(), "nonce too low") {
			// An earlier attempt may have gone through before its answer was lost.
			if _, _, lookErr := s.client.TransactionByHash(ctx, tx.Hash()); lookErr == nil {
				return nil
			}
		}
		if !isTransient(err) {
			return err
		}
	}
	return err
}

func isTransient(err error) bool {
	if errors.Is(err, context.Canceled) {
		return false
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.StatusCode == 429 || httpErr.StatusCode >= 500
	}
	msg := err.Error()
	return strings.Contains(msg, "connection reset") || strings.Contains(msg, "connection refused")
}

// fees returns an EIP-1559 tip and fee cap: twice the base fee plus the tip,
// so a transaction survives a few full blocks, bounded by MaxFeePerGas.
func (s *Sender) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read head block: %w", err)
	}
	if head.BaseFee == nil {
		return nil, nil, errors.New("chain has no EIP-1559 base fee (pre-London): not supported")
	}
	if head.BaseFee.Cmp(s.cfg.MaxFeePerGas) > 0 {
		return nil, nil, fmt.Errorf("%w: base fee %s wei > cap %s wei (raise the fee cap or wait)", ErrFeeCapExceeded, head.BaseFee, s.cfg.MaxFeePerGas)
	}
	tip, err = s.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("read suggested tip: %w", err)
	}
	if tip.Cmp(s.cfg.TipCap) > 0 {
		tip = new(big.Int).Set(s.cfg.TipCap)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	if feeCap.Cmp(s.cfg.MaxFeePerGas) > 0 {
		feeCap = new(big.Int).Set(s.cfg.MaxFeePerGas)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, nil
}

func (s *Sender) explain(doing string, err error) error {
	if dec := AsRevert(err, s.cfg.ErrorABIs...); dec != err {
		return fmt.Errorf("%s: %w", doing, dec)
	}
	if strings.Contains(err.Error(), "insufficient funds") {
		return fmt.Errorf("%s: %w: fund %s on this chain", doing, ErrInsufficientFund, s.From().Hex())
	}
	return fmt.Errorf("%s: %w", doing, err)
}

// Wait blocks until tx has the configured confirmations and returns its
// receipt. A transaction that reverted returns its receipt and a *RevertError
// decoded by replaying the call at its block.
func (s *Sender) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ReceiptTimeout)
	defer cancel()
	ticker := time.NewTicker(s.cfg.PollInterval)
	defer ticker.Stop()
	var last *types.Receipt
	for {
		r, err := s.client.TransactionReceipt(ctx, tx.Hash())
		switch {
		case err == nil:
			last = r
			head, herr := s.client.BlockNumber(ctx)
			if herr == nil && head+1 >= r.BlockNumber.Uint64()+s.cfg.Confirmations {
				if r.Status == types.ReceiptStatusFailed {
					return r, fmt.Errorf("transaction %s: %w", tx.Hash().Hex(), s.replayRevert(ctx, tx, r))
				}
				return r, nil
			}
		case errors.Is(err, ethereum.NotFound), strings.Contains(err.Error(), "indexing is in progress"):
			// Not mined yet, or mined but the node's index is still catching up.
		case ctx.Err() == nil && !isTransient(err):
			return nil, fmt.Errorf("read receipt of %s: %w", tx.Hash().Hex(), err)
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return nil, fmt.Errorf("%w: %s mined in block %d but not %d confirmations after %s", ErrReceiptTimeout, tx.Hash().Hex(), last.BlockNumber, s.cfg.Confirmations, s.cfg.ReceiptTimeout)
			}
			return nil, fmt.Errorf("%w: %s not mined after %s", ErrReceiptTimeout, tx.Hash().Hex(), s.cfg.ReceiptTimeout)
		case <-ticker.C:
		}
	}
}

func (s *Sender) replayRevert(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	_, err := s.client.CallContract(ctx, ethereum.CallMsg{
		From: s.From(), To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas(),
	}, r.BlockNumber)
	if err == nil {
		if r.GasUsed == tx.Gas() {
			return fmt.Errorf("%w: out of gas (used all %d)", ErrReverted, r.GasUsed)
		}
		return &RevertError{}
	}
	return AsRevert(err, s.cfg.ErrorABIs...)
}

// Transact sends call and waits for its receipt.
func (s *Sender) Transact(ctx context.Context, call Call) (*types.Receipt, error) {
	tx, err := s.Send(ctx, call)
	if err != nil {
		return nil, err
	}
	return s.Wait(ctx, tx)
}

// Deploy sends a contract creation and waits for it; the address is where the
// code now lives.
func (s *Sender) Deploy(ctx context.Context, bytecode, constructorArgs []byte) (common.Address, *types.Receipt, error) {
	data := append(append([]byte{}, bytecode...), constructorArgs...)
	r, err := s.Transact(ctx, Call{Data: data})
	if err != nil {
		return common.Address{}, r, err
	}
	if r.ContractAddress == (common.Address{}) {
		return common.Address{}, r, errors.New("deployment receipt has no contract address")
	}
	return r.ContractAddress, r, nil
}

// CallView runs a read-only call against the latest block, decoding reverts.
func CallView(ctx context.Context, c ethereum.ContractCaller, to common.Address, data []byte, abis ...*abi.ABI) ([]byte, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, AsRevert(err, abis...)
	}
	return out, nil
}
