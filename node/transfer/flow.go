package transfer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// DefaultReleaseMargin is Service.ReleaseMargin when unset: how close to
// the deadline B still accepts. A release mined after the deadline
// reverts, so B rejects instead.
const DefaultReleaseMargin = 5 * time.Second

// refundGas bounds a refund sent without estimation (an ERC-1155 refund
// uses about 60k).
const refundGas = 200_000

func platformID(did string) common.Hash { return common.Hash(contracts.PlatformID(did)) }

func ownerOf(ctx context.Context, c chain.Client, token common.Address, id *big.Int) (common.Address, error) {
	a := asset721.NewAsset721()
	out, err := chain.CallView(ctx, c, token, a.PackOwnerOf(id), contracts.ErrorABIs()...)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: owner of token %s: %v", ErrBadRequest, id, err)
	}
	return a.UnpackOwnerOf(out)
}

func attesterOf(ctx context.Context, c chain.Client, registry common.Address, platform common.Hash) (common.Address, error) {
	reg := platformregistry.NewPlatformRegistry()
	out, err := chain.CallView(ctx, c, registry, reg.PackAttesterOf(platform), contracts.ErrorABIs()...)
	if err != nil {
		return common.Address{}, fmt.Errorf("read the destination's attester: %w", err)
	}
	return reg.UnpackAttesterOf(out)
}

// checkHolding refuses a transfer of something the depositor does not hold.
func (s *Service) checkHolding(ctx context.Context, t OnChain) error {
	switch t.Kind {
	case KindERC721:
		owner, err := ownerOf(ctx, s.Chain, t.Token, t.ID.ToInt())
		if err != nil {
			return err
		}
		if owner != t.Depositor {
			return fmt.Errorf("%w: token %s belongs to %s, not %s", ErrBadRequest, t.ID.ToInt(), owner.Hex(), t.Depositor.Hex())
		}
	case KindERC1155:
		e := asset1155.NewAsset1155()
		out, err := chain.CallView(ctx, s.Chain, t.Token, e.PackBalanceOf(t.Depositor, t.ID.ToInt()))
		if err != nil {
			return err
		}
		if bal, _ := e.UnpackBalanceOf(out); bal == nil || bal.Cmp(t.Amount.ToInt()) < 0 {
			return fmt.Errorf("%w: %s holds %v of token %s, fewer than %s", ErrBadRequest, t.Depositor.Hex(), bal, t.ID.ToInt(), t.Amount.ToInt())
		}
	case KindERC20:
		c := currency.NewCurrency()
		out, err := chain.CallView(ctx, s.Chain, t.Token, c.PackBalanceOf(t.Depositor))
		if err != nil {
			return fmt.Errorf("%w: %s does not answer as an ERC-20: %v", ErrBadRequest, t.Token.Hex(), err)
		}
		if bal, _ := c.UnpackBalanceOf(out); bal == nil || bal.Cmp(t.Amount.ToInt()) < 0 {
			return fmt.Errorf("%w: %s holds %v of %s, less than %s", ErrBadRequest, t.Depositor.Hex(), bal, t.Token.Hex(), t.Amount.ToInt())
		}
	}
	return nil
}

// lockCall is the depositor's one transaction: safeTransferFrom to the
// escrow with the terms as data for NFTs, lockERC20 for currency.
func lockCall(t OnChain, escrowAddr common.Address) (chain.Call, error) {
	b := t.binding()
	terms := escrow.EscrowTerms{Recipient: b.Recipient, Destination: b.Destination, Deadline: b.Deadline, Salt: b.Salt, ConvertTo: b.ConvertTo, MinReceived: b.MinReceived}
	data := escrowABI.PackLockERC20(common.Address{}, new(big.Int), terms)[4+64:]
	switch t.Kind {
	case KindERC721:
		return chain.Call{To: &t.Token, Data: asset721.NewAsset721().PackSafeTransferFrom0(t.Depositor, escrowAddr, b.Id, data)}, nil
	case KindERC1155:
		return chain.Call{To: &t.Token, Data: asset1155.NewAsset1155().PackSafeTransferFrom(t.Depositor, escrowAddr, b.Id, b.Amount, data)}, nil
	case KindERC20:
		return chain.Call{To: &escrowAddr, Data: escrowABI.PackLockERC20(t.Token, b.Amount, terms)}, nil
	}
	return chain.Call{}, fmt.Errorf("%w: unknown kind %d", ErrBadRequest, t.Kind)
}

// ensureAllowance approves spender for at least amount of token.
func ensureAllowance(ctx context.Context, s *chain.Sender, token, spender common.Address, amount *big.Int) error {
	return approve(ctx, s, token, spender, amount, func(have *big.Int) bool { return have.Cmp(amount) >= 0 })
}

// chainNow is the later of the chain head's time and the wall clock: the
// next block is stamped no earlier than either.
func (s *Service) chainNow(ctx context.Context) (uint64, error) {
	head, err := s.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return max(head.Time, uint64(s.now().Unix())), nil
}

// nextBlockTime is the earliest timestamp the next block can carry, the
// clock the escrow judges a deadline by: a block is stamped after its
// parent and, on a dev chain sealing on demand, no earlier than the wall
// clock. A chain that sealed a burst of blocks runs ahead of the wall
// clock, and a deadline passes by its time, not the wall's.
func (s *Service) nextBlockTime(ctx context.Context) (uint64, error) {
	head, err := s.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return max(head.Time+1, uint64(s.now().Unix())), nil
}

// releaseRoom says whether a release sent now would be mined by the
// deadline with the configured margin to spare, and if not, why.
func (s *Service) releaseRoom(ctx context.Context, deadline uint64) (ok bool, why string, err error) {
	next, err := s.nextBlockTime(ctx)
	if err != nil {
		return false, "", err
	}
	margin := s.ReleaseMargin
	if margin <= 0 {
		margin = DefaultReleaseMargin
	}
	if next+uint64(margin.Seconds()) <= deadline {
		return true, "", nil
	}
	left := int64(deadline) - int64(next)
	wall := int64(deadline) - s.now().Unix()
	return false, fmt.Sprintf("the deadline leaves no time to release: the next block is stamped %ds before it (%ds by this node's wall clock), and this node releases with at least %s to spare (transfer.release_margin)", left, wall, margin), nil
}

// advance drives an outgoing transfer from its state until it ends or a
// step must wait (an unreachable peer, a deadline not reached yet).
func (s *Service) advance(ctx context.Context, api string, r *Record) error {
	for !r.State.Terminal() {
		before := len(r.History)
		var err error
		switch r.State {
		case Prepared:
			err = s.awaitWallet(ctx, api, r)
		case Requested:
			err = s.resolveLock(ctx, api, r)
		case Locked, Offered:
			err = s.offerOrRefund(ctx, api, r)
		case Accepted:
			err = s.finishAccepted(ctx, api, r)
		case Rejected:
			err = s.submitRejection(ctx, api, r)
		default:
			return fmt.Errorf("transfer %s: unknown state %s", r.ID, r.State)
		}
		if err != nil {
			return err
		}
		if len(r.History) == before {
			return nil // nothing changed: wait for the next round
		}
	}
	return nil
}

// refundDue says whether a locked transfer's deadline has passed: by the
// chain's clock, or on a dev chain (whose clock moves only with blocks) by
// the wall clock's measure of the time the user gave.
func (s *Service) refundDue(ctx context.Context, r *Record) (bool, error) {
	now, err := s.chainNow(ctx)
	if err != nil {
		return false, err
	}
	if now > r.Transfer.Deadline {
		return true, nil
	}
	return s.DevChain && r.WallDeadline != 0 && s.now().Unix() > r.WallDeadline, nil
}

// settledOutcome records how the chain settled a transfer.
func (s *Service) settledOutcome(ctx context.Context, api string, r *Record) error {
	set, err := findSettlement(ctx, s.Chain, s.Contracts.Escrow, r.ID, r.LockBlk)
	if err != nil {
		return err
	}
	r.Settled = set
	st := map[string]State{"released": Delivered, "rejected": Returned, "refunded": Refunded}[set.Outcome]
	if r.Role == Incoming {
		st = map[string]State{"released": Released, "rejected": Rejected, "refunded": Refunded}[set.Outcome]
	}
	return s.save(api, r, Step{State: st, Tx: set.Tx.Hex(), Detail: "settled on chain: " + set.Outcome})
}

// resolveLock finds out whether a requested transfer's lock happened.
func (s *Service) resolveLock(ctx context.Context, api string, r *Record) error {
	st, err := chainState(ctx, s.Chain, s.Contracts.Escrow, r.ID)
	if err != nil {
		return err
	}
	switch st {
	case chainLocked:
		block := uint64(0)
		if r.LockTx != nil {
			if rc, err := s.Chain.TransactionReceipt(ctx, *r.LockTx); err == nil {
				block = rc.BlockNumber.Uint64()
			}
		}
		if block == 0 {
			if block, err = s.Chain.BlockNumber(ctx); err != nil {
				return err
			}
		}
		return s.confirmLock(ctx, api, r, block)
	case chainSettled:
		return s.settledOutcome(ctx, api, r)
	}
	now, err := s.chainNow(ctx)
	if err != nil {
		return err
	}
	if r.LockTx != nil {
		rc, err := s.Chain.TransactionReceipt(ctx, *r.LockTx)
		if err == nil && rc.Status == 0 {
			r.Error = "the lock transaction reverted"
			return s.save(api, r, Step{State: Failed, Tx: r.LockTx.Hex(), Detail: "lock reverted; nothing moved"})
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return err
		}
		if err == nil {
			if adopted, aerr := s.adoptLock(ctx, api, r, rc); aerr != nil || adopted {
				if aerr != nil {
					return aerr
				}
				return s.confirmLock(ctx, api, r, rc.BlockNumber.Uint64())
			}
			return fmt.Errorf("lock %s mined but the escrow does not hold %s", r.LockTx.Hex(), r.ID)
		}
	}
	if r.Wallet == WalletUser {
		// The user's wallet locks, not this node: wait for it until the
		// deadline.
		if now+5 >= r.Transfer.Deadline {
			r.Error = "the user's wallet did not lock before the deadline"
			return s.save(api, r, Step{State: Failed, Detail: "not locked before the deadline; nothing moved"})
		}
		return nil
	}
	// Not locked. A lock can no longer succeed once the deadline is reached
	// (the escrow refuses it), so the transfer has failed; before that the
	// lock is sent (again): the escrow refuses a duplicate, and a token
	// that already moved cannot be sent twice.
	if now+5 >= r.Transfer.Deadline {
		r.Error = "the lock did not happen before the deadline"
		return s.save(api, r, Step{State: Failed, Detail: "not locked before the deadline; nothing moved"})
	}
	wallet, _, err := s.Keys.Wallet(ctx, r.Transfer.Depositor)
	if err != nil {
		return err
	}
	if err := s.checkHolding(ctx, r.Transfer); err != nil {
		r.Error = err.Error()
		return s.save(api, r, Step{State: Failed, Detail: "the depositor no longer holds the asset; nothing moved"})
	}
	return s.lockOnChain(ctx, api, r, wallet)
}

// offerOrRefund offers a locked transfer to B, or refunds it after the deadline.
func (s *Service) offerOrRefund(ctx context.Context, api string, r *Record) error {
	if done, err := s.settledOrRefunded(ctx, api, r); done || err != nil {
		return err
	}
	if r.State == Locked {
		if err := s.save(api, r, Step{State: Offered, Detail: "offered to " + r.Peer}); err != nil {
			return err
		}
		s.crash("transfer-offered")
	}
	offer := Offer{ID: r.ID, Chain: s.Chain.CAIP2().String(), Escrow: r.Escrow, Transfer: r.Transfer, Asset: r.Asset, Terms: r.Terms, Consent: r.Consent, SecondSignature: r.SecondSignature, Channel: r.Channel}
	if r.LockTx != nil {
		offer.LockTx = *r.LockTx
	}
	var resp struct {
		Answer string `json:"answer"`
	}
	if err := s.Client.Do(ctx, http.MethodPost, r.PeerURL, "/re/v1/transfers", r.Peer, offer, &resp); err != nil {
		return fmt.Errorf("offer transfer %s to %s: %w", r.ID, r.Peer, err)
	}
	s.crash("transfer-answered")
	return s.takeAnswer(ctx, api, r, resp.Answer)
}

// takeAnswer checks B's signed answer and moves the record on.
func (s *Service) takeAnswer(ctx context.Context, api string, r *Record, jws string) error {
	var a Answer
	if _, err := manage.VerifyJSON(ctx, s.Resolver, jws, AnswerTyp, r.Peer, &a); err != nil {
		return fmt.Errorf("answer to transfer %s: %w", r.ID, err)
	}
	if a.ID != r.ID || a.From != r.Peer {
		return fmt.Errorf("answer to transfer %s is about %s from %s", r.ID, a.ID, a.From)
	}
	chainID := s.Chain.ChainNumber()
	var digest common.Hash
	var err error
	switch {
	case a.Decision == "accepted" && a.Order != nil:
		oh, herr := OrderHash(chainID, s.Contracts.Exchange, *a.Order)
		if herr != nil {
			return herr
		}
		digest, err = AcceptConvertedDigest(chainID, r.Escrow, r.ID, oh)
	case a.Decision == "accepted":
		digest, err = AcceptDigest(chainID, r.Escrow, r.ID)
	case a.Decision == "rejected":
		digest, err = RejectDigest(chainID, r.Escrow, r.ID, a.Reason)
	default:
		return fmt.Errorf("answer to transfer %s: unknown decision %q", r.ID, a.Decision)
	}
	if err != nil {
		return err
	}
	// The escrow takes a release from B's attester as the registry names
	// it now (a rotated-out key no longer delivers), a rejection also from
	// the one recorded at lock time.
	current, err := attesterOf(ctx, s.Chain, s.Contracts.Registry, r.Transfer.Destination)
	if err != nil {
		return err
	}
	signer, err := recoverSigner(digest, a.Signature)
	if err != nil || (signer != current && (a.Decision != "rejected" || signer != r.Transfer.Attester)) {
		return fmt.Errorf("answer to transfer %s: the %s signature is not by B's attester %s", r.ID, a.Decision, current.Hex())
	}
	if a.Decision == "accepted" && a.Order != nil {
		if err := checkOrder(r.Transfer, a.Order, current); err != nil {
			return fmt.Errorf("answer to transfer %s: %w; not relayed (the escrow would refuse it too), the asset comes back at the deadline", r.ID, err)
		}
	}
	r.AnswerJWS, r.Answer = jws, &a
	if a.Decision == "rejected" {
		if err := s.save(api, r, Step{State: Rejected, Detail: fmt.Sprintf("B refused (reason %d): %s", a.Reason, a.Explanation)}); err != nil {
			return err
		}
		return s.submitRejection(ctx, api, r)
	}
	if err := s.save(api, r, Step{State: Accepted, Detail: "B accepted"}); err != nil {
		return err
	}
	return s.finishAccepted(ctx, api, r)
}

// settledOrRefunded ends a locked transfer the chain has settled, or
// refunds one whose deadline has passed; done says the caller has nothing
// left to do this round.
func (s *Service) settledOrRefunded(ctx context.Context, api string, r *Record) (done bool, err error) {
	st, err := chainState(ctx, s.Chain, s.Contracts.Escrow, r.ID)
	if err != nil {
		return true, err
	}
	if st == chainSettled {
		return true, s.settledOutcome(ctx, api, r)
	}
	due, err := s.refundDue(ctx, r)
	if err != nil || !due {
		return err != nil, err
	}
	return true, s.refund(ctx, api, r)
}

// settle sends one of the escrow's settling calls from the platform key and
// records the outcome. Whoever settled first, the chain's settlement is what
// is recorded: a call that lost the race (or ran twice after a crash) is not
// an error.
func (s *Service) settle(ctx context.Context, api string, r *Record, doing string, call chain.Call) error {
	snd, _, err := s.Keys.Platform(ctx)
	if err != nil {
		return err
	}
	_, err = snd.Transact(ctx, call)
	var early *chain.RevertError
	if errors.As(err, &early) && early.Name == "DeadlineNotReached" && s.DevChain {
		// A dev chain makes blocks only for transactions, so its clock
		// stands still while nothing happens (and runs ahead when much
		// does): sent without estimation, the refund makes the block that
		// moves the clock on, and succeeds once it is past the deadline.
		call.Gas = refundGas
		_, err = snd.Transact(ctx, call)
	}
	if err != nil {
		if st, serr := chainState(ctx, s.Chain, s.Contracts.Escrow, r.ID); serr == nil && st == chainSettled {
			return s.settledOutcome(ctx, api, r)
		}
		if errors.As(err, &early) && early.Name == "DeadlineNotReached" {
			return nil // the chain's clock is behind: next round
		}
		return fmt.Errorf("%s %s: %w", doing, r.ID, err)
	}
	return s.settledOutcome(ctx, api, r)
}

// finishAccepted waits for B's release; A relays it itself if B has not,
// and refunds when the deadline passed without one.
func (s *Service) finishAccepted(ctx context.Context, api string, r *Record) error {
	if done, err := s.settledOrRefunded(ctx, api, r); done || err != nil || r.Answer == nil {
		return err
	}
	return s.settle(ctx, api, r, "relay B's acceptance of", chain.Call{To: &r.Escrow, Data: releaseCall(r)})
}

// submitRejection puts B's rejection on chain: the asset comes back at once.
func (s *Service) submitRejection(ctx context.Context, api string, r *Record) error {
	st, err := chainState(ctx, s.Chain, s.Contracts.Escrow, r.ID)
	if err != nil {
		return err
	}
	if st == chainSettled {
		return s.settledOutcome(ctx, api, r)
	}
	s.crash("transfer-rejecting")
	return s.settle(ctx, api, r, "submit B's rejection of", chain.Call{To: &r.Escrow, Data: escrowABI.PackReject(r.Transfer.binding(), r.Answer.Reason, r.Answer.Signature)})
}

// refund sends a transfer back after its deadline; it needs no one.
func (s *Service) refund(ctx context.Context, api string, r *Record) error {
	s.crash("transfer-refunding")
	return s.settle(ctx, api, r, "refund", chain.Call{To: &r.Escrow, Data: escrowABI.PackRefund(r.Transfer.binding())})
}

// Resume takes every unfinished transfer one step further: the daemon calls
// it every few seconds, and after a restart it finishes what a crash cut.
// It reads the index of live transfers, not every record the node ever
// kept, so a round costs what is in flight.
func (s *Service) Resume(ctx context.Context, api string) {
	refs, err := s.liveTransfers()
	if err != nil {
		s.logger().Error("list live transfers", "error", err)
		return
	}
	for _, ref := range refs {
		func() {
			unlock := s.lock(ref.id)
			defer unlock()
			cur, err := s.Get(ref.id, ref.role)
			if errors.Is(err, ErrNotFound) || (err == nil && !live(cur)) {
				// An entry the one-time build wrote while the record
				// moved on: drop it.
				s.unindex(ref.role, ref.id)
				return
			}
			if err != nil {
				s.logger().Error("read live transfer", "transfer", ref.id.Hex(), "error", err)
				return
			}
			if cur.Role == Outgoing {
				err = s.advance(ctx, api, cur)
			} else {
				_, err = s.finishIncoming(ctx, api, cur, importRound)
			}
			if err != nil && ctx.Err() == nil {
				s.logger().Debug("transfer waits", "transfer", cur.ID.Hex(), "state", cur.State, "error", err)
			}
		}()
	}
}

func bad(format string, args ...any) error {
	return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, format, args...)
}

// HandleOffer is B's side of 9.2 steps 4-8: check the lock on chain and the
// terms, ask the platform's admission policy, decide, release or reject,
// import, and answer with a signed decision. A repeated offer gets the same
// decision; a node that crashed half-way finishes the job first.
func (s *Service) HandleOffer(ctx context.Context, api, sender string, o *Offer) (string, error) {
	if err := s.partner(ctx, sender); err != nil {
		return "", err
	}
	if _, err := s.Channels.Established(o.Channel, sender); err != nil {
		return "", err
	}
	if o.Transfer.ID == nil || o.Transfer.Amount == nil {
		return "", bad("the offer's transfer lacks id or amount")
	}
	if got := o.Transfer.Hash(); got != o.ID {
		return "", bad("the offer's transfer hashes to %s, not %s", got, o.ID)
	}
	if o.Escrow != s.Contracts.Escrow || o.Chain != s.Chain.CAIP2().String() {
		return "", bad("the transfer is in escrow %s on %s; this node trusts %s on %s", o.Escrow.Hex(), o.Chain, s.Contracts.Escrow.Hex(), s.Chain.CAIP2())
	}
	if o.Transfer.Destination != platformID(s.Signer.DID) {
		return "", bad("the transfer is for platform id %s, not %s (%s)", o.Transfer.Destination, platformID(s.Signer.DID), s.Signer.DID)
	}
	_, key, err := s.Keys.Platform(ctx)
	if err != nil {
		return "", err
	}
	// B's answers count on chain only if its key is the attester the
	// registry names for it now.
	current, err := attesterOf(ctx, s.Chain, s.Contracts.Registry, platformID(s.Signer.DID))
	if err != nil {
		return "", err
	}
	if mine := crypto.PubkeyToAddress(key.PublicKey); current != mine {
		s.logger().Error("this node's platform key is not its platform's attester in the registry: it cannot accept transfers", "key", mine.Hex(), "attester", current.Hex())
		return "", re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "%s cannot answer transfers now: its key is not its registered attester", s.Signer.DID)
	}
	if o.Transfer.Attester != current {
		return "", bad("the transfer names attester %s; %s's attester is %s", o.Transfer.Attester.Hex(), s.Signer.DID, current.Hex())
	}
	unlock := s.lock(o.ID)
	defer unlock()
	if r, err := s.Get(o.ID, Incoming); err == nil {
		return s.finishIncoming(ctx, api, r, importInOffer)
	}
	st, err := chainState(ctx, s.Chain, s.Contracts.Escrow, o.ID)
	if err != nil {
		return "", err
	}
	if st != chainLocked {
		return "", re.NewProblem(http.StatusConflict, re.CodeBadRequest, "the escrow holds no locked transfer %s (state %d): wait for the lock's confirmation and offer again", o.ID, st)
	}
	r := &Record{ID: o.ID, Role: Incoming, Asset: o.Asset, Amount: o.Transfer.Amount.ToInt().String(), Peer: sender, Channel: o.Channel,
		Escrow: o.Escrow, Transfer: o.Transfer, Terms: o.Terms, Consent: o.Consent, Created: s.stamp()}
	if o.LockTx != (common.Hash{}) {
		h := o.LockTx
		r.LockTx = &h
	}
	if c, err := s.Channels.Channel(o.Channel); err == nil {
		r.PeerURL = c.PeerURL
	}
	ok, reason, why, conv, undecided := s.decide(ctx, r, o)
	if ok {
		// The fetch and the admission took time: the release must still
		// make the deadline.
		if room, rwhy, err := s.releaseRoom(ctx, o.Transfer.Deadline); err != nil {
			undecided = fmt.Errorf("read the chain's clock: %w", err)
		} else if !room {
			ok, reason, why, conv = false, ReasonBadTerms, rwhy, nil
		}
	}
	if undecided != nil {
		// Nothing recorded: A offers again and B asks again. What B's
		// sources or platform said stays here: the peer chose those
		// sources, and an answer read back is no business of its own.
		s.logger().Info("offer left open", "transfer", o.ID.Hex(), "peer", sender, "why", undecided)
		msg := "cannot decide on this transfer now (its platform's back end or the chain did not answer)"
		if errors.Is(undecided, ErrSourceDown) {
			msg = "no source of the asset's metadata answers now"
		}
		return "", re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "%s %s: offer again within the deadline", s.Signer.DID, msg)
	}
	a := &Answer{ID: r.ID, From: s.Signer.DID}
	chainID := s.Chain.ChainNumber()
	if !ok {
		digest, err := RejectDigest(chainID, r.Escrow, r.ID, reason)
		if err != nil {
			return "", err
		}
		a.Decision, a.Reason, a.Explanation = "rejected", reason, why
		if a.Signature, err = sign(key, digest); err != nil {
			return "", err
		}
		r.Answer = a
		if err := s.save(api, r, Step{State: Rejected, Detail: fmt.Sprintf("refused (reason %d): %s", reason, why)}); err != nil {
			return "", err
		}
		return s.signAnswer(a)
	}
	digest, err := AcceptDigest(chainID, r.Escrow, r.ID)
	if conv != nil {
		a.Order, a.OrderSignature = &conv.Order, conv.Signature
		digest, err = AcceptConvertedDigest(chainID, r.Escrow, r.ID, conv.Hash)
	}
	if err != nil {
		return "", err
	}
	a.Decision = "accepted"
	if a.Signature, err = sign(key, digest); err != nil {
		return "", err
	}
	r.Answer = a
	if err := s.save(api, r, Step{State: Accepted, Detail: "admitted by the platform's policy"}); err != nil {
		return "", err
	}
	s.crash("transfer-accepted")
	return s.finishIncoming(ctx, api, r, importInOffer)
}

// decide runs the checks and the admission policy. A decision reached
// while the request was cut off (A killed mid-offer) is no decision: any
// check may have failed for that alone, so nothing is recorded and A
// offers again.
func (s *Service) decide(ctx context.Context, r *Record, o *Offer) (ok bool, reason uint16, why string, conv *Quote, undecided error) {
	ok, reason, why = s.check(ctx, r, o, &conv, &undecided)
	if undecided == nil && ctx.Err() != nil {
		undecided = fmt.Errorf("the offer's request ended before B decided: %w", ctx.Err())
	}
	return ok, reason, why, conv, undecided
}

// assetVerdict says whether an error reading an offered token is about the
// token (no such token, not mifm's, metadata that does not match) rather
// than about reading it (the chain, the request).
func assetVerdict(err error) bool {
	return errors.Is(err, asset.ErrBadRequest) || errors.Is(err, asset.ErrUnknownToken) || errors.Is(err, asset.ErrMetadataCheck)
}

func (s *Service) check(ctx context.Context, r *Record, o *Offer, conv **Quote, undecided *error) (bool, uint16, string) {
	t := o.Transfer
	if t.Attester == (common.Address{}) {
		return false, ReasonBadTerms, "no attester in the transfer"
	}
	if t.Salt != o.Terms.Salt() {
		return false, ReasonBadTerms, "the rights and visibility sent are not those the lock commits to (salt mismatch)"
	}
	if !slices.Contains(Visibilities, o.Terms.Visibility) {
		return false, ReasonBadTerms, fmt.Sprintf("visibility %q is not one of %v", o.Terms.Visibility, Visibilities)
	}
	// The asset the wallet showed in words must be the token locked.
	if a, err := chain.ParseAssetID(o.Asset); err != nil || a.Chain != s.Chain.CAIP2() || !strings.EqualFold(a.Reference, t.Token.Hex()) ||
		(t.Kind != KindERC20 && (t.ID == nil || a.TokenID != t.ID.ToInt().String())) {
		return false, ReasonBadTerms, fmt.Sprintf("the asset the consent names (%q) is not the token locked", o.Asset)
	}
	// The consent names this chain, this node's escrow and platform: one
	// given for another chain, escrow or destination does not recover to
	// the depositor.
	digest, err := ConsentDigest(s.Chain.ChainNumber(), s.Contracts.Escrow, o.Asset, s.Signer.DID, t, o.Terms)
	if err != nil {
		return false, ReasonBadTerms, err.Error()
	}
	if signer, err := recoverSigner(digest, o.Consent); err != nil || signer != t.Depositor {
		return false, ReasonBadTerms, "the depositor's consent signature is missing or not by " + t.Depositor.Hex()
	}
	if len(o.SecondSignature) > 0 {
		second, err := recoverSigner(digest, o.SecondSignature)
		if err != nil {
			return false, ReasonBadTerms, "the consent's second signature does not recover: " + err.Error()
		}
		r.SecondSigner, r.SecondSignature = &second, o.SecondSignature
	}
	if ok, why, err := s.releaseRoom(ctx, t.Deadline); err != nil {
		*undecided = fmt.Errorf("read the chain's clock: %w", err)
		return false, 0, err.Error()
	} else if !ok {
		return false, ReasonBadTerms, why
	}
	in := &IncomingAsset{Offer: o, Peer: r.Peer}
	switch t.Kind {
	case KindERC721, KindERC1155:
		in.Standard = map[uint8]string{KindERC721: "erc721", KindERC1155: "erc1155"}[t.Kind]
		if t.Token != map[uint8]common.Address{KindERC721: s.Contracts.Asset721, KindERC1155: s.Contracts.Asset1155}[t.Kind] {
			// A collection mifm did not deploy: the platform's collections
			// policy decides, on what the chain and the metadata say.
			if s.Outside == nil {
				return false, ReasonUnverifiable, "the token is not one of mifm's asset contracts"
			}
			r.Asset = chain.EIP155Token(s.Chain.ChainNumber().Uint64(), in.Standard, t.Token, t.ID.ToInt()).String()
			ok, reason, why, err := s.Outside(ctx, r, in)
			if err != nil {
				*undecided = err
				return false, 0, err.Error()
			}
			if !ok {
				return false, reason, why
			}
			break
		}
		std := asset.Standard(in.Standard)
		id := chain.EIP155Token(s.Chain.ChainNumber().Uint64(), string(std), t.Token, t.ID.ToInt()).String()
		r.Asset = id
		if s.Store == nil {
			return false, ReasonPolicy, "this node has no content store to import assets into"
		}
		if until, down := s.waits.sourcesDown(r.ID, s.now()); down {
			// Found down a moment ago: not asked again until then.
			*undecided = fmt.Errorf("%w: found down, not asked again before %s", ErrSourceDown, until.Format(time.RFC3339))
			return false, 0, ""
		}
		reader := asset.NewReader(s.Chain, s.Chain.ChainNumber().Uint64(), s.Contracts.Asset721, s.Contracts.Asset1155, 0)
		shown, err := s.showAsset(ctx, reader, r, id)
		if ipfs.Unreachable(err) {
			// A's node (and every other source) is down or restarting: no
			// verdict on the asset, A offers again within the deadline.
			s.waits.markSourcesDown(r.ID, s.now().Add(sourcesDownFor))
			*undecided = fmt.Errorf("%w: %v", ErrSourceDown, err)
			return false, 0, ""
		}
		if err != nil && !assetVerdict(err) {
			// A chain read that failed, a request cut: nothing is known
			// of the asset yet.
			*undecided = fmt.Errorf("read the asset: %w", err)
			return false, 0, ""
		}
		if err != nil {
			return false, ReasonUnverifiable, "read the asset: " + err.Error()
		}
		if !shown.Verified || shown.Metadata == nil {
			why := "its metadata does not match the chain"
			for _, c := range shown.Checks {
				if !c.OK {
					why = c.Name + ": " + c.Detail
					if c.Name == "metadata-cid" {
						// What the sources answered stays here (they are
						// the peer's choice); the peer gets the verdict.
						s.logger().Info("offered asset's metadata unreadable", "transfer", r.ID.Hex(), "detail", c.Detail)
						why = "metadata-cid: no source served the metadata the chain names whole and verified (forged, oversized or missing)"
					}
				}
			}
			return false, ReasonUnverifiable, why
		}
		r.Content, r.ContentSizes = []string{shown.MetadataCID}, []int64{asset.MaxMetadataBytes}
		for _, c := range shown.Metadata.Mifm.Content {
			in.Media = append(in.Media, Media{Type: c.MediaType, Size: c.Size})
			r.Content, r.ContentSizes = append(r.Content, c.CID), append(r.ContentSizes, c.Size)
		}
	case KindERC20:
		in.Standard = "erc20"
		in.Currency = s.currencyCode(ctx, t.Token)
		if in.Currency == "" {
			// A's currency: delivered as B's own at the agreed rate (9.2
			// steps 3 and 5), when the channel agrees one.
			q, err := s.conversion(ctx, r)
			if err != nil {
				return false, ReasonUnknownCurrency, err.Error()
			}
			*conv = q
			in.Currency = q.Pay + "→" + q.Get
		}
	}
	admit := s.Admit
	if admit == nil {
		admit = s.manifestoAdmission
	}
	ok, reason, why := admit(ctx, in)
	if !ok || s.AdmissionURL == "" {
		return ok, reason, why
	}
	a, err := s.askPlatform(ctx, in)
	if err != nil {
		*undecided = err
		return false, 0, err.Error()
	}
	return a.Admit, a.Reason, a.Explanation
}

// currencyCode names one of this platform's currencies by its token.
func (s *Service) currencyCode(ctx context.Context, token common.Address) string {
	sm, err := s.Channels.Manifesto(ctx)
	if err != nil {
		return ""
	}
	for _, c := range sm.Manifesto.Currencies {
		if tokenAddress(c.Token) == token {
			return c.Code
		}
	}
	return ""
}

// tokenAddress reads a manifesto currency's token: an address or a CAIP-19 erc20.
func tokenAddress(s string) common.Address {
	if a, err := chain.ParseAssetID(s); err == nil {
		return common.HexToAddress(a.Reference)
	}
	if common.IsHexAddress(s) {
		return common.HexToAddress(s)
	}
	return common.Address{}
}

// manifestoAdmission is the default policy: what the platform's registered
// manifesto says it takes.
func (s *Service) manifestoAdmission(ctx context.Context, in *IncomingAsset) (bool, uint16, string) {
	sm, err := s.Channels.Manifesto(ctx)
	if err != nil {
		return false, ReasonPolicy, "the platform has registered no manifesto"
	}
	m := sm.Manifesto
	if !slices.Contains(m.TokenStandards, in.Standard) {
		return false, ReasonUnsupportedStandard, fmt.Sprintf("%s takes %s tokens, not %s", s.Signer.DID, strings.Join(m.TokenStandards, ", "), in.Standard)
	}
	if in.Standard == "erc20" && in.Currency == "" {
		return false, ReasonUnknownCurrency, fmt.Sprintf("%s is not one of %s's currencies", in.Offer.Transfer.Token.Hex(), s.Signer.DID)
	}
	if m.Content != nil {
		for _, md := range in.Media {
			if len(m.Content.Formats) > 0 && !slices.Contains(m.Content.Formats, md.Type) {
				return false, ReasonUnsupportedContent, fmt.Sprintf("%s is not a content format %s takes (%s)", md.Type, s.Signer.DID, strings.Join(m.Content.Formats, ", "))
			}
			if m.Content.MaxBytes > 0 && md.Size > m.Content.MaxBytes {
				return false, ReasonTooLarge, fmt.Sprintf("a %s file of %d bytes is over %s's %d", md.Type, md.Size, s.Signer.DID, m.Content.MaxBytes)
			}
		}
	}
	return true, 0, ""
}

func (s *Service) signAnswer(a *Answer) (string, error) {
	a.At = s.stamp()
	return manage.SignJSON(a, s.Signer.Key, s.Signer.KeyID, AnswerTyp)
}

// finishIncoming takes an accepted incoming transfer through release and
// import, and answers with where it stands.
//
// An import gets importWithin; one that fails is tried again after a pause
// that doubles (importPause to importPauseMax), not every round.
func (s *Service) finishIncoming(ctx context.Context, api string, r *Record, importWithin time.Duration) (string, error) {
	if r.State == Accepted {
		st, err := chainState(ctx, s.Chain, s.Contracts.Escrow, r.ID)
		if err != nil {
			return "", err
		}
		if st == chainLocked {
			snd, _, err := s.Keys.Platform(ctx)
			if err != nil {
				return "", err
			}
			s.crash("transfer-releasing")
			if _, err := snd.Transact(ctx, chain.Call{To: &r.Escrow, Data: releaseCall(r)}); err != nil {
				s.logger().Warn("release failed", "transfer", r.ID.Hex(), "error", err)
			}
		}
		if st, err = chainState(ctx, s.Chain, s.Contracts.Escrow, r.ID); err != nil {
			return "", err
		}
		if st == chainSettled {
			if err := s.settledOutcome(ctx, api, r); err != nil {
				return "", err
			}
			s.crash("transfer-released")
		}
	}
	if r.State == Released && s.waits.importDue(r.ID, s.now()) {
		ictx, cancel := context.WithTimeout(ctx, importWithin)
		cids, err := s.importAsset(ictx, r)
		cancel()
		if err != nil {
			next := s.waits.importFailed(r.ID, s.now())
			s.logger().Warn("import failed", "transfer", r.ID.Hex(), "next", next.Format(time.RFC3339), "error", err)
		} else {
			s.waits.importDone(r.ID)
			r.Answer.Imported, r.Answer.ImportedCIDs = true, cids
			if err := s.save(api, r, Step{State: Imported, Detail: fmt.Sprintf("imported %d files, %s", len(cids), r.Terms.Visibility)}); err != nil {
				return "", err
			}
		}
	}
	if r.Settled != nil && r.Settled.Outcome == "released" {
		tx := r.Settled.Tx
		r.Answer.Released = &tx
	}
	if r.Answer == nil {
		return "", fmt.Errorf("transfer %s has no decision yet", r.ID)
	}
	return s.signAnswer(r.Answer)
}

// importAsset brings an NFT's metadata and content into B's store: the
// CIDs read from the verified metadata when B decided, each missing one
// fetched through A's trustless gateway (or another source of A's) and
// hashed block by block. A failure leaves the transfer Released, and the
// next round tries again.
func (s *Service) importAsset(ctx context.Context, r *Record) ([]string, error) {
	if r.Transfer.Kind == KindERC20 {
		return nil, nil
	}
	if s.Store == nil {
		return nil, errors.New("no content store")
	}
	var sources []string // read from the channel once, when a file is missing
	for i, c := range r.Content {
		id, err := cid.Decode(c)
		if err != nil {
			return nil, fmt.Errorf("content %s: %w", c, err)
		}
		// The peer declared the size in the metadata B verified: a
		// gateway that sends more is refused (0: the store's own cap).
		var max int64
		if i < len(r.ContentSizes) {
			max = ipfs.DAGBytes(r.ContentSizes[i])
		}
		if ok, _ := s.Store.Has(ctx, id); !ok {
			if sources == nil {
				sources = s.Sources(r)
			}
			if _, err := ipfs.FetchFirst(ctx, s.Store, sources, id, max); err != nil {
				return nil, fmt.Errorf("import %s: %w", c, err)
			}
		}
	}
	return r.Content, nil
}

// sourceTries and sourcePause bound how long B waits, within one offer,
// for a source that is down: a node restarting comes back in a second or
// two; a longer outage is A's to ride out by offering again.
const (
	sourceTries = 3
	sourcePause = time.Second
	// sourceBudget bounds the whole read of an offer's metadata, so an
	// offer from a peer whose gateway hangs is answered before A gives up.
	sourceBudget = 20 * time.Second
)

// showAsset reads and checks the offered token's metadata from A's
// sources, trying again for a short while when none answers.
func (s *Service) showAsset(ctx context.Context, reader *asset.Reader, r *Record, id string) (*asset.Shown, error) {
	ctx, cancel := context.WithTimeout(ctx, sourceBudget)
	defer cancel()
	sources := s.Sources(r)
	for try := 1; ; try++ {
		shown, err := reader.ShowFrom(ctx, s.Store, sources, id)
		if !ipfs.Unreachable(err) || try == sourceTries {
			return shown, err
		}
		select {
		case <-ctx.Done():
			return shown, err
		case <-time.After(sourcePause * time.Duration(try)):
		}
	}
}

// Sources are where B fetches an incoming asset's content from, in order:
// A's node (the channel's URL, whose /ipfs/ is A's gateway), the gateway
// A's manifesto names if it is elsewhere, then the mirrors and pinning
// gateways it lists under content.gateways. Every block is checked against
// its CID, so any of them will do.
func (s *Service) Sources(r *Record) []string {
	var out []string
	add := func(u string) {
		u = strings.TrimRight(u, "/")
		if u != "" && !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	add(r.PeerURL)
	if s.Channels == nil || r.Channel == "" {
		return out
	}
	c, err := s.Channels.Channel(r.Channel)
	if err != nil {
		return out
	}
	m, err := manage.PeerManifesto(c)
	if err != nil {
		return out
	}
	add(m.Platform.Endpoints.Gateway)
	if m.Content != nil {
		for _, g := range m.Content.Gateways[:min(len(m.Content.Gateways), manage.MaxContentGateways)] {
			add(g)
		}
	}
	return out
}

func auditEvent(api, op, actor, subject string, detail map[string]string) audit.Event {
	return audit.Event{API: api, Op: op, Actor: actor, Subject: subject, Outcome: "ok", Detail: detail}
}

// liveRef names a live transfer in the index.
type liveRef struct {
	role string
	id   common.Hash
}

// liveTransfers reads the live index, built first on a store written
// before it existed.
func (s *Service) liveTransfers() ([]liveRef, error) {
	if !s.indexed.Load() {
		if err := s.buildLiveIndex(); err != nil {
			return nil, err
		}
		s.indexed.Store(true)
	}
	var out []liveRef
	pfx := []byte(store.TransferLivePrefix)
	err := s.DB.Scan(pfx, nil, func(k, _ []byte) bool {
		rest := string(k[len(pfx):])
		i := strings.LastIndexByte(rest, '/')
		if i < 0 {
			s.logger().Error("malformed live transfer key", "key", string(k))
			return true
		}
		out = append(out, liveRef{role: rest[:i], id: common.HexToHash(rest[i+1:])})
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("read the live transfer index: %w", err)
	}
	return out, nil
}

// buildLiveIndex indexes every live record once, on a store whose records
// were written before the index existed. It only adds entries: one written
// for a record that meanwhile reached its end is dropped by Resume.
func (s *Service) buildLiveIndex() error {
	if _, err := s.DB.Get([]byte(store.TransferLiveIndexedKey)); err == nil {
		return nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("read the live transfer index's marker: %w", err)
	}
	b := s.DB.NewBatch()
	n := 0
	var derr error
	err := s.DB.Scan(prefix, nil, func(k, v []byte) bool {
		var r Record
		if derr = json.Unmarshal(v, &r); derr != nil {
			derr = fmt.Errorf("decode %s: %w", k, derr)
			return false
		}
		if live(&r) {
			b.Put(liveKey(r.Role, r.ID), nil)
			n++
		}
		return true
	})
	if err == nil {
		err = derr
	}
	if err != nil {
		b.Discard()
		return fmt.Errorf("build the live transfer index: %w", err)
	}
	b.Put([]byte(store.TransferLiveIndexedKey), []byte("1"))
	if err := b.Commit(); err != nil {
		return fmt.Errorf("build the live transfer index: %w", err)
	}
	if n > 0 {
		s.logger().Info("indexed live transfers", "count", n)
	}
	return nil
}

// unindex drops a stale entry of the live index.
func (s *Service) unindex(role string, id common.Hash) {
	b := s.DB.NewBatch()
	b.Delete(liveKey(role, id))
	if err := b.Commit(); err != nil {
		s.logger().Error("drop a stale live transfer entry", "transfer", id.Hex(), "error", err)
	}
}
