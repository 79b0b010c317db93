package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/contracts/bindings/exchange"
)

// The attacks of the trust-boundary review, as an attacker would try them
// on chain: each must be refused and move nothing.

// B's attester (or whoever holds its key) signs an order selling junk, or
// selling B's currency far below the agreed rate, and an acceptance naming
// it: the lock committed the currency and the least the recipient gets, so
// the escrow refuses both and the currency stays locked.
func TestEscrowConversionKeepsTheLocksPromise(t *testing.T) {
	x := newExchangeChain(t)
	r := x.mustSend(t, 2, x.escrow, x.esc.PackLockERC20(x.gemA, big.NewInt(300), x.convTerms(t, time.Hour, 1, 600)))
	tr, tid := x.locked(t, r)
	start := x.balances(t)
	try := func(o exchange.ExchangeOrder, key int) error {
		o.Taker = x.escrow
		h := common.BytesToHash(x.call(t, x.exchange, x.ex.PackOrderHash(o)))
		_, err := x.send(t, 3, x.escrow, x.esc.PackReleaseConverted(tr, escrow.ExchangeOrder(o), x.signOrder(t, key, o), x.sign(t, x.attester, x.esc.PackAcceptConvertedDigest(tid, h))))
		return err
	}

	// Junk: the thief (key 2 here holds GEMA, standing in for any token
	// it minted) sells its own token for the locked currency.
	junk := x.order(t, 1_000_000, 300, time.Hour, 20)
	junk.Maker, junk.Sell = x.user, x.gemA
	wantRevert(t, try(junk, 2), "NotConvertible")
	// B's own currency at half the committed rate.
	wantRevert(t, try(x.order(t, 300, 300, time.Hour, 21), 1), "ConversionBelowMinimum")
	if x.balances(t) != start || x.call(t, x.escrow, x.esc.PackStateOf(tid))[31] != 1 {
		t.Fatal("a refused conversion moved currency or settled the transfer")
	}
	// At the committed rate it goes through.
	if err := try(x.order(t, 2000, 1000, time.Hour, 22), 1); err != nil {
		t.Fatal(err)
	}
	if got := x.balance(t, x.gemB, x.to) - start[5]; got != 600 {
		t.Fatalf("the recipient got %d GEMB, want 600", got)
	}

	// A lock that named no conversion can't be converted, and a lock can't
	// name a conversion without a minimum, or into the locked currency.
	r = x.mustSend(t, 2, x.escrow, x.esc.PackLockERC20(x.gemA, big.NewInt(300), x.terms(time.Hour, 2)))
	tr, tid = x.locked(t, r)
	wantRevert(t, try(x.order(t, 2000, 1000, time.Hour, 23), 1), "NotConvertible")
	bad := x.terms(time.Hour, 3)
	bad.ConvertTo = x.gemB
	_, err := x.send(t, 2, x.escrow, x.esc.PackLockERC20(x.gemA, big.NewInt(300), bad))
	wantRevert(t, err, "BadConversion")
	bad.ConvertTo, bad.MinReceived = x.gemA, big.NewInt(1)
	_, err = x.send(t, 2, x.escrow, x.esc.PackLockERC20(x.gemA, big.NewInt(300), bad))
	wantRevert(t, err, "BadConversion")
}

// A release needs the attester the registry names at settlement: one
// rotated out (a leaked key) or a suspended platform's can't deliver, the
// current one can, and a rejection by either sends the asset back.
func TestEscrowHonoursRegistryChanges(t *testing.T) {
	x := newExchangeChain(t)
	old := x.attester
	lockNFT := func(name string) (escrow.EscrowTransfer, [32]byte, *big.Int) {
		id := x.mint721(t, name)
		r := x.mustSend(t, 2, x.nft, x.a721.PackSafeTransferFrom0(x.user, x.escrow, id, x.termsData(x.terms(time.Hour, byte(len(name))))))
		tr, tid := x.locked(t, r)
		return tr, tid, id
	}
	tr, tid, id := lockNFT("rotated")
	tr2, tid2, id2 := lockNFT("rotated-2")
	fresh, _ := crypto.GenerateKey()
	x.mustSend(t, 0, x.registry, x.reg.PackSetAttester(x.dest, crypto.PubkeyToAddress(fresh.PublicKey)))
	_, err := x.send(t, 3, x.escrow, x.esc.PackRelease(tr, x.sign(t, old, x.esc.PackAcceptDigest(tid))))
	wantRevert(t, err, "NotAttester")
	x.mustSend(t, 3, x.escrow, x.esc.PackRelease(tr, x.sign(t, fresh, x.esc.PackAcceptDigest(tid))))
	if x.owner(t, id) != x.to {
		t.Fatal("the current attester's acceptance did not deliver")
	}
	// The old key may still give the second one back.
	x.mustSend(t, 3, x.escrow, x.esc.PackReject(tr2, 1, x.sign(t, old, x.esc.PackRejectDigest(tid2, 1))))
	if x.owner(t, id2) != x.user {
		t.Fatal("the lock-time attester's rejection did not return the token")
	}

	// Suspended: nothing is delivered, and no new lock is taken; a
	// rejection or the deadline returns what is locked.
	tr3, tid3, id3 := lockNFT("suspended")
	x.mustSend(t, 0, x.registry, x.reg.PackSetActive(x.dest, false))
	_, err = x.send(t, 3, x.escrow, x.esc.PackRelease(tr3, x.sign(t, fresh, x.esc.PackAcceptDigest(tid3))))
	wantRevert(t, err, "InactiveDestination")
	id4 := x.mint721(t, "while-suspended")
	_, err = x.send(t, 2, x.nft, x.a721.PackSafeTransferFrom0(x.user, x.escrow, id4, x.termsData(x.terms(time.Hour, 9))))
	wantRevert(t, err, "InactiveDestination")
	// Its attester at lock time (rotated in above) may still give it back.
	x.mustSend(t, 3, x.escrow, x.esc.PackReject(tr3, 2, x.sign(t, fresh, x.esc.PackRejectDigest(tid3, 2))))
	if x.owner(t, id3) != x.user {
		t.Fatal("a suspended platform's transfer did not come back on rejection")
	}
}

// An ERC-721 passed to lockERC20 would be locked as "1 unit of currency"
// and could never be sent back (an ERC-721 has no transfer(to, amount)).
func TestEscrowLockERC20RefusesNFTs(t *testing.T) {
	e := newEscrowChain(t)
	id := e.mint721(t, "not-money")
	e.mustSend(t, 2, e.nft, e.a721.PackApprove(e.escrow, id))
	_, err := e.send(t, 2, e.escrow, e.esc.PackLockERC20(e.nft, id, e.terms(time.Hour, 1)))
	wantRevert(t, err, "NotCurrency")
	_, err = e.send(t, 2, e.escrow, e.esc.PackLockERC20(e.editions, big.NewInt(1), e.terms(time.Hour, 1)))
	wantRevert(t, err, "NotCurrency")
	if e.owner(t, id) != e.user {
		t.Fatal("the refused lock moved the token")
	}
}

// A contract recipient that does not say it takes the asset's kind is
// refused at lock, not discovered at release.
func TestEscrowRefusesRecipientsThatCannotReceive(t *testing.T) {
	e := newEscrowChain(t)
	id := e.mint721(t, "to-a-contract")
	for _, to := range []common.Address{e.exchange, e.escrow, e.nft} {
		terms := e.terms(time.Hour, 1)
		terms.Recipient = to
		_, err := e.send(t, 2, e.nft, e.a721.PackSafeTransferFrom0(e.user, e.escrow, id, e.termsData(terms)))
		wantRevert(t, err, "CannotReceive")
	}
	e.mustSend(t, 1, e.editions, e.a1155.PackMint(e.platform, localID("arrows-c"), e.user, big.NewInt(5), digest(3), 0, common.Address{}))
	terms := e.terms(time.Hour, 2)
	terms.Recipient = e.exchange
	_, err := e.send(t, 2, e.editions, e.a1155.PackSafeTransferFrom(e.user, e.escrow, tokenID(e.platform, localID("arrows-c")), big.NewInt(1), e.termsData(terms)))
	wantRevert(t, err, "CannotReceive")
	if e.owner(t, id) != e.user {
		t.Fatal("a refused lock moved the token")
	}
}

// A platform the registrar suspended mints nothing and changes no metadata
// on either asset contract until reinstated.
func TestSuspendedPlatformCannotMint(t *testing.T) {
	s := newSuiteChain(t, 4)
	s.mustSend(t, 1, s.nft, s.a721.PackMint(s.platform, localID("before"), s.addrs[2], digest(1), 0, common.Address{}))
	s.mustSend(t, 0, s.registry, s.reg.PackSetActive(s.platform, false))
	_, err := s.send(t, 1, s.nft, s.a721.PackMint(s.platform, localID("after"), s.addrs[2], digest(2), 0, common.Address{}))
	wantRevert(t, err, "PlatformInactive")
	_, err = s.send(t, 1, s.nft, s.a721.PackMintBatch(s.platform, [][32]byte{localID("b1")}, s.addrs[2], digest(3), 0, common.Address{}))
	wantRevert(t, err, "PlatformInactive")
	_, err = s.send(t, 1, s.editions, s.a1155.PackMint(s.platform, localID("after"), s.addrs[2], big.NewInt(3), digest(2), 0, common.Address{}))
	wantRevert(t, err, "PlatformInactive")
	_, err = s.send(t, 1, s.nft, s.a721.PackUpdateMetadata(tokenID(s.platform, localID("before")), digest(4)))
	wantRevert(t, err, "PlatformInactive")
	s.mustSend(t, 0, s.registry, s.reg.PackSetActive(s.platform, true))
	s.mustSend(t, 1, s.nft, s.a721.PackMint(s.platform, localID("after"), s.addrs[2], digest(2), 0, common.Address{}))
}
