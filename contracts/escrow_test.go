package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/contracts/bindings/reentrantnft"
)

const platformBDID = "did:web:platform-b.example"

// escrowChain is the suite with platform B registered as the destination:
// its attester key signs acceptances and rejections.
type escrowChain struct {
	*suiteChain
	esc      *escrow.Escrow
	dest     [32]byte
	attester *ecdsa.PrivateKey
	user     common.Address // key 2, the depositor
	to       common.Address // key 3, the recipient on B
}

func newEscrowChain(t testing.TB) *escrowChain {
	s := newSuiteChain(t, 4)
	key, _ := crypto.GenerateKey()
	e := &escrowChain{suiteChain: s, esc: escrow.NewEscrow(), dest: contracts.PlatformID(platformBDID), attester: key, user: s.addrs[2], to: s.addrs[3]}
	s.mustSend(t, 0, s.registry, s.reg.PackRegister(e.dest, platformBDID, s.addrs[0], crypto.PubkeyToAddress(key.PublicKey)))
	return e
}

// terms are B's recipient with a deadline d after the chain's time.
func (e *escrowChain) terms(d time.Duration, salt byte) escrow.EscrowTerms {
	head, err := e.chain.HeaderByNumber(context.Background(), nil)
	if err != nil {
		panic(err)
	}
	// The next block is stamped with the later of the wall clock and the
	// head's time plus one: count from there, as the escrow will.
	base := max(head.Time+1, uint64(time.Now().Unix())+1)
	return escrow.EscrowTerms{Recipient: e.to, Destination: e.dest, Deadline: base + uint64(d.Seconds()), Salt: [32]byte{salt}, MinReceived: new(big.Int)}
}

// advance moves the dev chain's time at least n seconds: n plain transfers,
// a block each. (Sealing blocks from the test instead races the dev chain's
// own sealing of the transaction just sent, and can stall it.)
func (e *escrowChain) advance(t testing.TB, n int) {
	t.Helper()
	for range n {
		if _, err := e.senders[0].Transact(context.Background(), chain.Call{To: &e.addrs[0]}); err != nil {
			t.Fatal(err)
		}
	}
}

// termsData is abi.encode(Terms), the data of a safeTransferFrom lock.
func (e *escrowChain) termsData(t escrow.EscrowTerms) []byte {
	return e.esc.PackLockERC20(common.Address{}, new(big.Int), t)[4+64:]
}

func (e *escrowChain) locked(t testing.TB, r *types.Receipt) (escrow.EscrowTransfer, [32]byte) {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := e.esc.UnpackLockedEvent(l); err == nil {
			return ev.Transfer, ev.TransferId
		}
	}
	t.Fatal("no Locked event")
	return escrow.EscrowTransfer{}, [32]byte{}
}

// sign signs an EIP-712 digest the suite's escrow computes.
func (e *escrowChain) sign(t testing.TB, key *ecdsa.PrivateKey, digestCall []byte) []byte {
	t.Helper()
	return signDigest(t, key, e.call(t, e.escrow, digestCall)[:32])
}

// signDigest makes the 65-byte r‖s‖v signature ECDSA.recover takes.
func signDigest(t testing.TB, key *ecdsa.PrivateKey, digest []byte) []byte {
	t.Helper()
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

func (e *escrowChain) mint721(t testing.TB, name string) *big.Int {
	local := localID(name)
	e.mustSend(t, 1, e.nft, e.a721.PackMint(e.platform, local, e.user, digest(1), 0, common.Address{}))
	return tokenID(e.platform, local)
}

func (e *escrowChain) owner(t testing.TB, id *big.Int) common.Address {
	out, err := e.a721.UnpackOwnerOf(e.call(t, e.nft, e.a721.PackOwnerOf(id)))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// acceptHash is go-ethereum's EIP-712 hash of Accept(transfer) for an escrow
// on a chain, made without the contract.
func acceptHash(t testing.TB, chainID int64, contract common.Address, id [32]byte) []byte {
	t.Helper()
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Accept":       {{Name: "transfer", Type: "bytes32"}},
		},
		PrimaryType: "Accept",
		Domain:      apitypes.TypedDataDomain{Name: "mifm Escrow", Version: "1", ChainId: math.NewHexOrDecimal256(chainID), VerifyingContract: contract.Hex()},
		Message:     apitypes.TypedDataMessage{"transfer": id[:]},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// The acceptance digest is standard EIP-712: go-ethereum's typed-data
// hashing of the same message gives the same bytes, so any wallet can sign it.
func TestEscrowDigestIsEIP712(t *testing.T) {
	e := newEscrowChain(t)
	id := [32]byte{1, 2, 3}
	want := acceptHash(t, 1337, e.escrow, id)
	if got := e.call(t, e.escrow, e.esc.PackAcceptDigest(id)); common.BytesToHash(got) != common.BytesToHash(want) {
		t.Fatalf("acceptDigest = %x, EIP-712 says %x", got, want)
	}
}

func TestEscrowERC721(t *testing.T) {
	e := newEscrowChain(t)
	lock := func(name string, salt byte) (escrow.EscrowTransfer, [32]byte, *big.Int) {
		id := e.mint721(t, name)
		r := e.mustSend(t, 2, e.nft, e.a721.PackSafeTransferFrom0(e.user, e.escrow, id, e.termsData(e.terms(time.Hour, salt))))
		tr, tid := e.locked(t, r)
		if e.owner(t, id) != e.escrow || tr.Depositor != e.user || tr.Recipient != e.to || tr.Attester != crypto.PubkeyToAddress(e.attester.PublicKey) {
			t.Fatalf("after lock: owner %s, transfer %+v", e.owner(t, id), tr)
		}
		return tr, tid, id
	}

	t.Run("release on acceptance, once", func(t *testing.T) {
		tr, tid, id := lock("sword-1", 1)
		other, _ := crypto.GenerateKey()
		_, err := e.send(t, 3, e.escrow, e.esc.PackRelease(tr, e.sign(t, other, e.esc.PackAcceptDigest(tid))))
		wantRevert(t, err, "NotAttester")
		// A's own attester (the source platform) cannot accept for B either.
		forged := tr
		forged.Recipient = e.addrs[1]
		_, err = e.send(t, 3, e.escrow, e.esc.PackRelease(forged, e.sign(t, e.attester, e.esc.PackAcceptDigest(tid))))
		wantRevert(t, err, "NotLocked")
		acc := e.sign(t, e.attester, e.esc.PackAcceptDigest(tid))
		r := e.mustSend(t, 1, e.escrow, e.esc.PackRelease(tr, acc)) // a relayer submits it
		if e.owner(t, id) != e.to {
			t.Fatalf("after release the owner is %s", e.owner(t, id))
		}
		if len(r.Logs) == 0 {
			t.Fatal("no events")
		}
		_, err = e.send(t, 1, e.escrow, e.esc.PackRelease(tr, acc))
		wantRevert(t, err, "NotLocked")
		_, err = e.send(t, 2, e.escrow, e.esc.PackRefund(tr))
		wantRevert(t, err, "NotLocked")
	})
	t.Run("rejection refunds at once", func(t *testing.T) {
		tr, tid, id := lock("sword-2", 2)
		_, err := e.send(t, 2, e.escrow, e.esc.PackReject(tr, 7, e.sign(t, e.attester, e.esc.PackRejectDigest(tid, 8))))
		wantRevert(t, err, "NotAttester") // signed another reason
		e.mustSend(t, 3, e.escrow, e.esc.PackReject(tr, 7, e.sign(t, e.attester, e.esc.PackRejectDigest(tid, 7))))
		if e.owner(t, id) != e.user {
			t.Fatalf("after rejection the owner is %s", e.owner(t, id))
		}
	})
	t.Run("refund only after the deadline, then no release", func(t *testing.T) {
		id := e.mint721(t, "sword-3")
		// Ten seconds: a loaded machine must not pass the deadline between
		// the lock and the early refund.
		r := e.mustSend(t, 2, e.nft, e.a721.PackSafeTransferFrom0(e.user, e.escrow, id, e.termsData(e.terms(10*time.Second, 3))))
		tr, tid := e.locked(t, r)
		_, err := e.send(t, 3, e.escrow, e.esc.PackRefund(tr))
		wantRevert(t, err, "DeadlineNotReached")
		acc := e.sign(t, e.attester, e.esc.PackAcceptDigest(tid))
		e.advance(t, 11)
		_, err = e.send(t, 3, e.escrow, e.esc.PackRelease(tr, acc))
		wantRevert(t, err, "DeadlinePassed")
		e.mustSend(t, 3, e.escrow, e.esc.PackRefund(tr)) // anyone may
		if e.owner(t, id) != e.user {
			t.Fatalf("after refund the owner is %s", e.owner(t, id))
		}
	})
	t.Run("bad terms", func(t *testing.T) {
		id := e.mint721(t, "sword-4")
		bad := e.terms(time.Hour, 4)
		bad.Destination = contracts.PlatformID("did:web:nowhere.example")
		_, err := e.send(t, 2, e.nft, e.a721.PackSafeTransferFrom0(e.user, e.escrow, id, e.termsData(bad)))
		wantRevert(t, err, "InactiveDestination")
		late := e.terms(40*24*time.Hour, 4)
		_, err = e.send(t, 2, e.nft, e.a721.PackSafeTransferFrom0(e.user, e.escrow, id, e.termsData(late)))
		wantRevert(t, err, "BadDeadline")
		if e.owner(t, id) != e.user {
			t.Fatal("a refused lock moved the token")
		}
	})
}

// A signature made for this escrow does not work on another escrow or chain:
// the EIP-712 domain binds both.
func TestEscrowSignatureBoundToDomain(t *testing.T) {
	e := newEscrowChain(t)
	second, _, err := e.senders[0].Deploy(t.Context(), mustHex(t, escrow.EscrowMetaData.Bin), e.esc.PackConstructor(e.registry, e.exchange))
	if err != nil {
		t.Fatal(err)
	}
	id := e.mint721(t, "sword-x")
	r := e.mustSend(t, 2, e.nft, e.a721.PackSafeTransferFrom0(e.user, second, id, e.termsData(e.terms(time.Hour, 9))))
	tr, tid := e.locked(t, r)
	// Signed for the suite's escrow, presented to the second one.
	_, err = e.send(t, 3, second, e.esc.PackRelease(tr, e.sign(t, e.attester, e.esc.PackAcceptDigest(tid))))
	wantRevert(t, err, "NotAttester")
	// The same message hashed with another chain id.
	_, err = e.send(t, 3, second, e.esc.PackRelease(tr, signDigest(t, e.attester, acceptHash(t, 1, second, tid))))
	wantRevert(t, err, "NotAttester")
	// Signed for the second escrow, it works there.
	e.mustSend(t, 3, second, e.esc.PackRelease(tr, signDigest(t, e.attester, e.call(t, second, e.esc.PackAcceptDigest(tid))[:32])))
	if e.owner(t, id) != e.to {
		t.Fatal("release on the second escrow did not deliver")
	}
}

func (e *escrowChain) balance1155(t testing.TB, who common.Address, id *big.Int) int64 {
	out, err := e.a1155.UnpackBalanceOf(e.call(t, e.editions, e.a1155.PackBalanceOf(who, id)))
	if err != nil {
		t.Fatal(err)
	}
	return out.Int64()
}

func TestEscrowERC1155(t *testing.T) {
	e := newEscrowChain(t)
	local := localID("arrows")
	e.mustSend(t, 1, e.editions, e.a1155.PackMint(e.platform, local, e.user, big.NewInt(10), digest(3), 0, common.Address{}))
	id := tokenID(e.platform, local)
	r := e.mustSend(t, 2, e.editions, e.a1155.PackSafeTransferFrom(e.user, e.escrow, id, big.NewInt(4), e.termsData(e.terms(time.Hour, 1))))
	tr, tid := e.locked(t, r)
	if tr.Amount.Int64() != 4 || e.balance1155(t, e.escrow, id) != 4 {
		t.Fatalf("locked %v, escrow holds %d", tr.Amount, e.balance1155(t, e.escrow, id))
	}
	e.mustSend(t, 3, e.escrow, e.esc.PackRelease(tr, e.sign(t, e.attester, e.esc.PackAcceptDigest(tid))))
	r = e.mustSend(t, 2, e.editions, e.a1155.PackSafeTransferFrom(e.user, e.escrow, id, big.NewInt(3), e.termsData(e.terms(time.Hour, 2))))
	tr, tid = e.locked(t, r)
	e.mustSend(t, 3, e.escrow, e.esc.PackReject(tr, 1, e.sign(t, e.attester, e.esc.PackRejectDigest(tid, 1))))
	if e.balance1155(t, e.to, id) != 4 || e.balance1155(t, e.user, id) != 6 || e.balance1155(t, e.escrow, id) != 0 {
		t.Fatalf("balances: to %d, user %d, escrow %d", e.balance1155(t, e.to, id), e.balance1155(t, e.user, id), e.balance1155(t, e.escrow, id))
	}
	_, err := e.send(t, 2, e.editions, e.a1155.PackSafeBatchTransferFrom(e.user, e.escrow, []*big.Int{id}, []*big.Int{big.NewInt(1)}, e.termsData(e.terms(time.Hour, 3))))
	wantRevert(t, err, "BatchNotSupported")
}

func TestEscrowERC20(t *testing.T) {
	e := newEscrowChain(t)
	cur := currency.NewCurrency()
	gem, _, err := e.senders[0].Deploy(t.Context(), mustHex(t, currency.CurrencyMetaData.Bin), cur.PackConstructor("Gem", "GEM", e.addrs[0]))
	if err != nil {
		t.Fatal(err)
	}
	balance := func(who common.Address) int64 {
		out, err := cur.UnpackBalanceOf(e.call(t, gem, cur.PackBalanceOf(who)))
		if err != nil {
			t.Fatal(err)
		}
		return out.Int64()
	}
	e.mustSend(t, 0, gem, cur.PackMint(e.user, big.NewInt(1000)))
	e.mustSend(t, 2, gem, cur.PackApprove(e.escrow, big.NewInt(1000)))
	_, err = e.send(t, 2, e.escrow, e.esc.PackLockERC20(gem, big.NewInt(0), e.terms(time.Hour, 1)))
	wantRevert(t, err, "NothingToLock")
	terms := e.terms(time.Hour, 1)
	r := e.mustSend(t, 2, e.escrow, e.esc.PackLockERC20(gem, big.NewInt(250), terms))
	tr, tid := e.locked(t, r)
	e.mustSend(t, 3, e.escrow, e.esc.PackRelease(tr, e.sign(t, e.attester, e.esc.PackAcceptDigest(tid))))
	// The same terms again would be the same transfer: refused, it settled.
	_, err = e.send(t, 2, e.escrow, e.esc.PackLockERC20(gem, big.NewInt(250), terms))
	wantRevert(t, err, "AlreadyLocked")
	r = e.mustSend(t, 2, e.escrow, e.esc.PackLockERC20(gem, big.NewInt(100), e.terms(3*time.Second, 5)))
	tr, _ = e.locked(t, r)
	e.advance(t, 6)
	e.mustSend(t, 3, e.escrow, e.esc.PackRefund(tr))
	if balance(e.user) != 750 || balance(e.to) != 250 || balance(e.escrow) != 0 {
		t.Fatalf("user %d, recipient %d, escrow %d", balance(e.user), balance(e.to), balance(e.escrow))
	}
}

// A token that calls the escrow again while it is being paid out is refused
// by the guard, and the transfer still settles once.
func TestEscrowRefusesReentry(t *testing.T) {
	e := newEscrowChain(t)
	rnft := reentrantnft.NewReentrantNFT()
	tok, _, err := e.senders[0].Deploy(t.Context(), mustHex(t, reentrantnft.ReentrantNFTMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	e.mustSend(t, 0, tok, rnft.PackMint(e.user, big.NewInt(1)))
	r := e.mustSend(t, 2, tok, rnft.PackSafeTransferFrom0(e.user, e.escrow, big.NewInt(1), e.termsData(e.terms(time.Hour, 1))))
	tr, tid := e.locked(t, r)
	e.mustSend(t, 0, tok, rnft.PackArm(reentrantnft.EscrowTransfer(tr)))
	e.mustSend(t, 3, e.escrow, e.esc.PackRelease(tr, e.sign(t, e.attester, e.esc.PackAcceptDigest(tid))))
	reentered, _ := rnft.UnpackReentered(e.call(t, tok, rnft.PackReentered()))
	refusal, _ := rnft.UnpackRefusal(e.call(t, tok, rnft.PackRefusal()))
	owner, _ := rnft.UnpackOwnerOf(e.call(t, tok, rnft.PackOwnerOf(big.NewInt(1))))
	guard := crypto.Keccak256([]byte("ReentrancyGuardReentrantCall()"))[:4]
	if reentered || len(refusal) < 4 || string(refusal[:4]) != string(guard) || owner != e.to {
		t.Fatalf("reentered %v, refusal %x, owner %s", reentered, refusal, owner)
	}
}

func mustHex(t testing.TB, s string) []byte {
	b := common.FromHex(s)
	if len(b) == 0 {
		t.Fatal("empty bytecode")
	}
	return b
}

// Gas of a transfer through the escrow: lock plus release, each kind. The
// issue's target for an ERC-721 is at most 150k together (Seaport's basic
// order fill is about 152k).
func BenchmarkEscrowGas(b *testing.B) {
	e := newEscrowChain(b)
	cur := currency.NewCurrency()
	gem, _, err := e.senders[0].Deploy(b.Context(), mustHex(b, currency.CurrencyMetaData.Bin), cur.PackConstructor("Gem", "GEM", e.addrs[0]))
	if err != nil {
		b.Fatal(err)
	}
	e.mustSend(b, 0, gem, cur.PackMint(e.user, big.NewInt(1e18)))
	e.mustSend(b, 2, gem, cur.PackApprove(e.escrow, big.NewInt(1e18)))
	e.mustSend(b, 0, gem, cur.PackMint(e.to, big.NewInt(1))) // the recipient already holds some
	local := localID("arrows")
	e.mustSend(b, 1, e.editions, e.a1155.PackMint(e.platform, local, e.user, big.NewInt(1e9), digest(3), 0, common.Address{}))
	edition := tokenID(e.platform, local)
	salt := byte(0)
	run := func(b *testing.B, lock func() *types.Receipt) {
		var lockGas, releaseGas uint64
		for i := 0; i < b.N; i++ {
			r := lock()
			tr, tid := e.locked(b, r)
			rel := e.mustSend(b, 3, e.escrow, e.esc.PackRelease(tr, e.sign(b, e.attester, e.esc.PackAcceptDigest(tid))))
			lockGas, releaseGas = r.GasUsed, rel.GasUsed
		}
		b.ReportMetric(float64(lockGas), "lock-gas")
		b.ReportMetric(float64(releaseGas), "release-gas")
		b.ReportMetric(float64(lockGas+releaseGas), "gas")
	}
	lock721 := func() *types.Receipt {
		salt++
		id := e.mint721(b, fmt.Sprint("sword-", salt))
		return e.mustSend(b, 2, e.nft, e.a721.PackSafeTransferFrom0(e.user, e.escrow, id, e.termsData(e.terms(time.Hour, salt))))
	}
	// The escrow's first token of the collection: its balance slot goes 0→1
	// at the lock (22,100 gas) and back to 0 at the release.
	b.Run("erc721-first", func(b *testing.B) { run(b, lock721) })
	// A working escrow already holds tokens of the collection (other
	// transfers waiting), so its balance slot is warm with a value.
	lock721()
	b.Run("erc721", func(b *testing.B) { run(b, lock721) })
	b.Run("erc1155", func(b *testing.B) {
		run(b, func() *types.Receipt {
			salt++
			return e.mustSend(b, 2, e.editions, e.a1155.PackSafeTransferFrom(e.user, e.escrow, edition, big.NewInt(2), e.termsData(e.terms(time.Hour, salt))))
		})
	})
	b.Run("erc20", func(b *testing.B) {
		run(b, func() *types.Receipt {
			salt++
			return e.mustSend(b, 2, e.escrow, e.esc.PackLockERC20(gem, big.NewInt(1000), e.terms(time.Hour, salt)))
		})
	})
}
