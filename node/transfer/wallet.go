package transfer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/store"
)

// WalletUser marks a transfer whose depositor signs the consent and sends
// the lock in their own wallet (ethers, a hardware wallet, MetaMask): the
// node prepares both and never holds the key.
const WalletUser = "user"

// Who gives the second signature of a consent above the threshold.
const (
	// SecondDevice is the wallet holder's second device, registered with
	// SetSecondDevice by the platform.
	SecondDevice = "device"
	// SecondPlatform is the platform's own key, given by Cosign when the
	// platform's back end approves the transfer.
	SecondPlatform = "platform"
)

// ErrSecondSignature is a consent above the platform's threshold without
// its second factor.
var ErrSecondSignature = fmt.Errorf("%w: this transfer needs a second signature", ErrBadRequest)

// SecondFactor is a platform's multi-factor consent rule (FGMV-43 ASIR-106):
// moving more than Above of an asset (in its smallest unit; an NFT counts
// 1, so 0 means every transfer) needs the consent signed twice.
type SecondFactor struct {
	Above  *big.Int
	Signer string // SecondDevice or SecondPlatform
}

// UnsignedTx is a transaction for the user's wallet to sign and send, in
// the fields eth_sendTransaction takes; the wallet sets nonce and fees.
type UnsignedTx struct {
	ChainID *hexutil.Big   `json:"chainId"`
	From    common.Address `json:"from"`
	To      common.Address `json:"to"`
	Data    hexutil.Bytes  `json:"data"`
	Value   *hexutil.Big   `json:"value"`
}

// PreparedTransfer is what the user's wallet signs and sends for a
// transfer: the consent as EIP-712 typed data (eth_signTypedData_v4, or
// ethers' signTypedData with the types minus EIP712Domain), then Approve
// (currency whose allowance is short) and Lock, the escrow's
// safeTransferFrom or lockERC20 with the terms as calldata.
type PreparedTransfer struct {
	Transfer      *Record     `json:"transfer"`
	Consent       TypedData   `json:"consent"`
	ConsentDigest common.Hash `json:"consentDigest"`
	Approve       *UnsignedTx `json:"approve,omitempty"`
	Lock          UnsignedTx  `json:"lock"`
	// SecondSigner is the address whose signature of the same typed data
	// the consent also needs (the user's second device or the platform's
	// key), when the transfer is above the platform's threshold.
	SecondSigner *common.Address `json:"secondSigner,omitempty"`
}

// TypedData is EIP-712 typed data as eth_signTypedData_v4 takes it: the
// domain holds only the fields its EIP712Domain type lists (a wallet
// refuses an empty salt), the chain id a JSON number.
type TypedData struct {
	Types       apitypes.Types `json:"types"`
	PrimaryType string         `json:"primaryType"`
	Domain      map[string]any `json:"domain"`
	Message     map[string]any `json:"message"`
}

func walletTypedData(td apitypes.TypedData) TypedData {
	chainID := (*big.Int)(td.Domain.ChainId)
	return TypedData{Types: td.Types, PrimaryType: td.PrimaryType, Message: td.Message, Domain: map[string]any{
		"name": td.Domain.Name, "version": td.Domain.Version, "chainId": chainID.Uint64(), "verifyingContract": td.Domain.VerifyingContract,
	}}
}

// Hash is the EIP-712 digest of the typed data, as a wallet signs it.
func (td TypedData) Hash() (common.Hash, error) {
	data, err := json.Marshal(td)
	if err != nil {
		return common.Hash{}, err
	}
	var t apitypes.TypedData
	if err := json.Unmarshal(data, &t); err != nil {
		return common.Hash{}, fmt.Errorf("typed data: %w", err)
	}
	h, _, err := apitypes.TypedDataAndHash(t)
	if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(h), nil
}

// Signatures are what the user's wallet gives back.
type Signatures struct {
	Consent         hexutil.Bytes `json:"consent"`
	SecondSignature hexutil.Bytes `json:"secondSignature,omitempty"`
	// LockTx is the lock the wallet sent, when it has; without it the node
	// finds the lock in the escrow by the transfer's id.
	LockTx *common.Hash `json:"lockTx,omitempty"`
}

// Prepare plans a transfer whose depositor signs in their own wallet and
// records it as prepared: nothing is signed or sent yet. The user has until
// the deadline to sign (Sign) and lock; after it the record fails, or, if
// the wallet locked without consenting, the asset is refunded.
func (s *Service) Prepare(ctx context.Context, api string, req Request) (*PreparedTransfer, error) {
	if req.From == "" {
		// The owner read now may have moved the token by the time the
		// user signs; the wallet names itself.
		if !strings.Contains(req.Asset, "/erc721:") {
			return nil, fmt.Errorf("%w: give --from ADDRESS, the user's wallet", ErrBadRequest)
		}
	}
	claim, err := s.Requests.Claim("transfer.prepare", req.Key, req)
	if err != nil {
		return nil, err
	}
	defer claim.Release()
	if r, err := s.startedBefore(claim); err != nil {
		return nil, err
	} else if r != nil {
		return s.prepared(ctx, r)
	}
	r, err := s.planRoute(ctx, req)
	if err != nil {
		return nil, err
	}
	r.Wallet = WalletUser
	if r.SecondSigner, err = s.secondSigner(ctx, r); err != nil {
		return nil, err
	}
	unlock := s.lock(r.ID)
	defer unlock()
	detail := fmt.Sprintf("%s from %s to %s on %s: waiting for the user's wallet", r.Asset, r.Transfer.Depositor.Hex(), r.Transfer.Recipient.Hex(), r.Peer)
	if err := claim.Start(r.ID); err != nil {
		return nil, err
	}
	if err := s.save(api, r, Step{State: Prepared, Detail: detail}); err != nil {
		return nil, err
	}
	return s.prepared(ctx, r)
}

// Prepared is a prepared transfer again, for a wallet that lost it.
func (s *Service) Prepared(ctx context.Context, id common.Hash) (*PreparedTransfer, error) {
	r, err := s.Get(id, Outgoing)
	if err != nil {
		return nil, err
	}
	if r.Wallet != WalletUser {
		return nil, fmt.Errorf("%w: transfer %s is signed by this node's keystore, not a user's wallet", ErrBadRequest, id)
	}
	return s.prepared(ctx, r)
}

func (s *Service) prepared(ctx context.Context, r *Record) (*PreparedTransfer, error) {
	chainID := s.Chain.ChainNumber()
	td := walletTypedData(ConsentTypedData(chainID, r.Escrow, r.Asset, r.Peer, r.Transfer, r.Terms))
	digest, err := r.consentDigest(chainID)
	if err != nil {
		return nil, err
	}
	call, err := lockCall(r.Transfer, r.Escrow)
	if err != nil {
		return nil, err
	}
	zero := (*hexutil.Big)(new(big.Int))
	p := &PreparedTransfer{Transfer: r, Consent: td, ConsentDigest: digest, SecondSigner: r.SecondSigner,
		Lock: UnsignedTx{ChainID: (*hexutil.Big)(chainID), From: r.Transfer.Depositor, To: *call.To, Data: call.Data, Value: zero}}
	if r.Transfer.Kind == KindERC20 {
		c := currency.NewCurrency()
		out, err := chain.CallView(ctx, s.Chain, r.Transfer.Token, c.PackAllowance(r.Transfer.Depositor, r.Escrow))
		if err != nil {
			return nil, fmt.Errorf("read the wallet's allowance to the escrow: %w", err)
		}
		if have, _ := c.UnpackAllowance(out); have == nil || have.Cmp(r.Transfer.Amount.ToInt()) < 0 {
			p.Approve = &UnsignedTx{ChainID: (*hexutil.Big)(chainID), From: r.Transfer.Depositor, To: r.Transfer.Token,
				Data: c.PackApprove(r.Escrow, r.Transfer.Amount.ToInt()), Value: zero}
		}
	}
	return p, nil
}

// secondSigner is who must co-sign r's consent, or nil.
func (s *Service) secondSigner(ctx context.Context, r *Record) (*common.Address, error) {
	f := s.SecondFactor
	if f == nil || f.Above == nil || r.Transfer.Amount.ToInt().Cmp(f.Above) <= 0 {
		return nil, nil
	}
	switch f.Signer {
	case SecondPlatform:
		snd, _, err := s.Keys.Platform(ctx)
		if err != nil {
			return nil, err
		}
		a := snd.From()
		return &a, nil
	default:
		dev, err := s.SecondDeviceOf(r.Transfer.Depositor)
		if err != nil {
			return nil, err
		}
		if dev == nil {
			return nil, fmt.Errorf("%w: moving more than %s needs the consent signed by %s's second device too, and none is registered: register one first (transfer device set)", ErrSecondSignature, f.Above, r.Transfer.Depositor.Hex())
		}
		return dev, nil
	}
}

// Sign takes the user's signed consent (and, when the wallet sent it, the
// lock's transaction) for a prepared transfer, and runs it from there like
// Start. Signatures are checked before anything is kept: a consent over
// other typed data (another field, chain or escrow) is refused.
func (s *Service) Sign(ctx context.Context, api string, id common.Hash, sig Signatures) (*Record, error) {
	unlock := s.lock(id)
	defer unlock()
	r, err := s.Get(id, Outgoing)
	if err != nil {
		return nil, err
	}
	if r.Wallet != WalletUser {
		return nil, fmt.Errorf("%w: transfer %s is signed by this node's keystore, not a user's wallet", ErrBadRequest, id)
	}
	if r.State != Prepared {
		return nil, fmt.Errorf("%w: transfer %s is %s, not waiting for a signature", ErrBadRequest, id, r.State)
	}
	digest, err := r.consentDigest(s.Chain.ChainNumber())
	if err != nil {
		return nil, err
	}
	if signer, err := recoverSigner(digest, sig.Consent); err != nil || signer != r.Transfer.Depositor {
		return nil, fmt.Errorf("%w: the consent is not the depositor %s's signature of this transfer's typed data (every field, the chain and the escrow must be as prepared)", ErrBadRequest, r.Transfer.Depositor.Hex())
	}
	second := r.SecondSignature
	if len(sig.SecondSignature) > 0 {
		second = sig.SecondSignature
	}
	if r.SecondSigner != nil {
		if signer, err := recoverSigner(digest, second); err != nil || signer != *r.SecondSigner {
			return nil, fmt.Errorf("%w: the consent is above the platform's threshold and needs %s's signature of the same typed data too", ErrSecondSignature, r.SecondSigner.Hex())
		}
	}
	if sig.LockTx != nil {
		if err := s.checkLockTx(ctx, r, *sig.LockTx); err != nil {
			return nil, err
		}
		h := *sig.LockTx
		r.LockTx = &h
	}
	r.Consent, r.SecondSignature = sig.Consent, second
	tx := ""
	if r.LockTx != nil {
		tx = r.LockTx.Hex()
	}
	if err := s.save(api, r, Step{State: Requested, Tx: tx, Detail: "consent signed in the user's wallet"}); err != nil {
		return nil, err
	}
	octx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := s.advance(octx, api, r); err != nil && ctx.Err() == nil && octx.Err() == nil {
		s.logger().Warn("transfer goes on in the background", "transfer", r.ID.Hex(), "error", err)
	}
	return r, nil
}

// checkLockTx refuses a transaction that is not the prepared lock sent by
// the depositor: the node would otherwise wait on something else.
func (s *Service) checkLockTx(ctx context.Context, r *Record, h common.Hash) error {
	tx, _, err := s.Chain.TransactionByHash(ctx, h)
	if errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("%w: the chain does not know transaction %s: send the lock first, or sign without lockTx and the node finds the lock in the escrow", ErrBadRequest, h.Hex())
	}
	if err != nil {
		return fmt.Errorf("read the lock transaction %s: %w", h.Hex(), err)
	}
	call, err := lockCall(r.Transfer, r.Escrow)
	if err != nil {
		return err
	}
	from, err := types.Sender(types.LatestSignerForChainID(s.Chain.ChainNumber()), tx)
	if err != nil || from != r.Transfer.Depositor || tx.To() == nil || *tx.To() != *call.To || !bytes.Equal(tx.Data(), call.Data) {
		return fmt.Errorf("%w: transaction %s is not the prepared lock sent by %s", ErrBadRequest, h.Hex(), r.Transfer.Depositor.Hex())
	}
	return nil
}

// Cosign gives the platform's co-signature of a prepared transfer's
// consent, when the platform's rule names its own key as the second factor:
// the back end calls it once its own checks approve the transfer.
func (s *Service) Cosign(ctx context.Context, api string, id common.Hash) (*Record, error) {
	unlock := s.lock(id)
	defer unlock()
	r, err := s.Get(id, Outgoing)
	if err != nil {
		return nil, err
	}
	if r.Wallet != WalletUser || r.State != Prepared {
		return nil, fmt.Errorf("%w: transfer %s is not a prepared transfer waiting for signatures", ErrBadRequest, id)
	}
	snd, key, err := s.Keys.Platform(ctx)
	if err != nil {
		return nil, err
	}
	if r.SecondSigner == nil || *r.SecondSigner != snd.From() {
		return nil, fmt.Errorf("%w: transfer %s does not need the platform's co-signature", ErrBadRequest, id)
	}
	digest, err := r.consentDigest(s.Chain.ChainNumber())
	if err != nil {
		return nil, err
	}
	if r.SecondSignature, err = sign(key, digest); err != nil {
		return nil, err
	}
	return r, s.save(api, r, Step{State: Prepared, Detail: "co-signed by the platform"})
}

// awaitWallet handles a prepared transfer the user has not signed: at the
// deadline it fails, or, when the wallet locked without consenting (B
// would refuse such a lock), the node refunds it.
func (s *Service) awaitWallet(ctx context.Context, api string, r *Record) error {
	due, err := s.refundDue(ctx, r)
	if err != nil || !due {
		return err
	}
	st, err := chainState(ctx, s.Chain, s.Contracts.Escrow, r.ID)
	if err != nil {
		return err
	}
	switch st {
	case chainLocked:
		return s.refund(ctx, api, r)
	case chainSettled:
		return s.settledOutcome(ctx, api, r)
	}
	r.Error = "the user's wallet did not sign before the deadline"
	return s.save(api, r, Step{State: Failed, Detail: "not signed before the deadline; nothing moved"})
}

func secondDeviceKey(wallet common.Address) []byte {
	return []byte(store.SecondDevicePrefix + wallet.Hex())
}

// SecondDeviceOf is the second device registered for a wallet, or nil.
func (s *Service) SecondDeviceOf(wallet common.Address) (*common.Address, error) {
	v, err := s.DB.Get(secondDeviceKey(wallet))
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var a common.Address
	if err := json.Unmarshal(v, &a); err != nil {
		return nil, fmt.Errorf("decode the second device of %s: %w", wallet.Hex(), err)
	}
	return &a, nil
}

// SetSecondDevice registers (or, with the zero address, removes) the
// second device whose signature a wallet's consents above the threshold
// need. The platform registers it (RI), never the wallet's first key
// alone: a stolen key must not be able to name its own second factor.
func (s *Service) SetSecondDevice(api string, wallet, device common.Address) error {
	if wallet == (common.Address{}) {
		return fmt.Errorf("%w: the wallet is the zero address", ErrBadRequest)
	}
	if device == wallet {
		return fmt.Errorf("%w: the second device must be another key than the wallet's", ErrBadRequest)
	}
	b, _ := json.Marshal(device)
	op := "wallet.second-device.set"
	if device == (common.Address{}) {
		op = "wallet.second-device.remove"
	}
	_, err := s.Audit.Append(audit.Event{API: api, Op: op, Actor: s.Signer.DID, Subject: wallet.Hex(), Outcome: "ok", Detail: map[string]string{"device": device.Hex()}}, func(b2 *store.Batch) {
		if device == (common.Address{}) {
			b2.Delete(secondDeviceKey(wallet))
		} else {
			b2.Put(secondDeviceKey(wallet), b)
		}
	})
	if err != nil {
		return fmt.Errorf("register the second device of %s: %w", wallet.Hex(), err)
	}
	return nil
}
