package contracts_test

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/escrow"
)

// pending is a lock the model expects the escrow to hold.
type pending struct {
	t        escrow.EscrowTransfer
	id       [32]byte
	deadline uint64
}

// Conservation (FGMV-43 9.2: nothing is ever stuck or lost): random
// sequences of locks, releases (plain, and converted through random orders),
// rejections, refunds, swaps and registry changes (the destination suspended,
// reinstated, its attester rotated), some of them invalid on purpose, and after every step each holder owns exactly what a
// model of the rules says, and users plus escrow hold exactly what was
// minted; a converted release never pays the recipient less than its lock
// committed. MIFM_PROPERTY_SEED replays a run; MIFM_PROPERTY_STEPS lengthens it.
func TestEscrowAndExchangeConserveAssets(t *testing.T) {
	if testing.Short() {
		t.Skip("a few hundred transactions")
	}
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("MIFM_PROPERTY_SEED"), 10, 64); err == nil {
		seed = s
	}
	steps := 120
	if n, err := strconv.Atoi(os.Getenv("MIFM_PROPERTY_STEPS")); err == nil {
		steps = n
	}
	t.Logf("seed %d (MIFM_PROPERTY_SEED=%d replays this run)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 0))

	x := newExchangeChain(t)
	users := []int{2, 3}
	holders := []common.Address{x.addrs[2], x.addrs[3], x.treasury, x.escrow, x.exchange}

	// The model: ERC-721 owners, ERC-1155 and currency balances per holder.
	owners := map[string]common.Address{}
	var nfts []*big.Int
	for i := range 4 {
		local := localID(fmt.Sprint("prop-sword-", i))
		owner := x.addrs[users[i%2]]
		x.mustSend(t, 1, x.nft, x.a721.PackMint(x.platform, local, owner, digest(i), 0, common.Address{}))
		id := tokenID(x.platform, local)
		nfts = append(nfts, id)
		owners[id.String()] = owner
	}
	edition := tokenID(x.platform, localID("prop-arrows"))
	editions := map[common.Address]int64{}
	x.mustSend(t, 1, x.editions, x.a1155.PackMint(x.platform, localID("prop-arrows"), x.addrs[2], big.NewInt(100), digest(9), 0, common.Address{}))
	x.mustSend(t, 2, x.editions, x.a1155.PackSafeTransferFrom(x.addrs[2], x.addrs[3], edition, big.NewInt(50), nil))
	editions[x.addrs[2]], editions[x.addrs[3]] = 50, 50
	x.mustSend(t, 0, x.gemA, x.cur.PackMint(x.to, big.NewInt(1_000_000)))
	x.mustSend(t, 3, x.gemA, x.cur.PackApprove(x.escrow, new(big.Int).Lsh(big.NewInt(1), 200)))
	x.mustSend(t, 3, x.gemA, x.cur.PackApprove(x.exchange, new(big.Int).Lsh(big.NewInt(1), 200)))
	x.mustSend(t, 1, x.gemB, x.cur.PackMint(x.treasury, big.NewInt(3_000_000)))
	gems := map[common.Address]map[common.Address]int64{x.gemA: {}, x.gemB: {}}
	for _, h := range holders {
		gems[x.gemA][h] = x.balance(t, x.gemA, h)
		gems[x.gemB][h] = x.balance(t, x.gemB, h)
	}
	mintedA, mintedB := sum(gems[x.gemA]), sum(gems[x.gemB])
	o := x.order(t, 3_000_000, 1_000_000, 24*time.Hour, 1) // 1 GEMA buys 3 GEMB, partial fills
	orderSig := x.signOrder(t, 1, o)
	var orderPaid int64

	// The registry's view of B, changed at random: suspended or active, and
	// its attester rotated; every key it ever had may sign.
	active, current := true, x.attester
	keys := map[common.Address]*ecdsa.PrivateKey{crypto.PubkeyToAddress(x.attester.PublicKey): x.attester}
	someKey := func() *ecdsa.PrivateKey {
		if rng.IntN(3) > 0 {
			return current
		}
		for _, k := range keys {
			return k
		}
		return current
	}
	// refused checks a settlement the rules forbid was refused, with one of
	// the errors the rules allow; a passed deadline may always come first.
	refused := func(step int, op string, err error, names ...string) {
		t.Helper()
		var re *chain.RevertError
		if !errors.As(err, &re) {
			t.Fatalf("step %d (%s): err = %v, want a revert (%v)", step, op, err, names)
		}
		if re.Name != "DeadlinePassed" && !slices.Contains(names, re.Name) {
			t.Fatalf("step %d (%s): reverted with %s, want one of %v", step, op, re.Name, names)
		}
	}
	// lock sends a lock, which a suspended destination refuses.
	lock := func(step int, op string, u int, to common.Address, data []byte) (escrow.EscrowTransfer, [32]byte, bool) {
		t.Helper()
		r, err := x.send(t, u, to, data)
		if !active {
			refused(step, op, err, "InactiveDestination")
			return escrow.EscrowTransfer{}, [32]byte{}, false
		}
		if err != nil {
			t.Fatalf("step %d (%s): %v", step, op, err)
		}
		tr, tid := x.locked(t, r)
		return tr, tid, true
	}

	var locks []pending
	var settled []pending
	move := func(tr escrow.EscrowTransfer, from, to common.Address) {
		switch tr.Kind {
		case 1:
			owners[tr.Id.String()] = to
		case 2:
			editions[from] -= tr.Amount.Int64()
			editions[to] += tr.Amount.Int64()
		case 3:
			gems[tr.Token][from] -= tr.Amount.Int64()
			gems[tr.Token][to] += tr.Amount.Int64()
		}
	}
	// The next block is stamped with the later of the wall clock and the
	// head's time plus one, so deadlines count from there.
	now := func() uint64 {
		h, err := x.chain.HeaderByNumber(t.Context(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return max(h.Time+1, uint64(time.Now().Unix())+1)
	}
	take := func(i int) pending {
		p := locks[i]
		locks = append(locks[:i], locks[i+1:]...)
		settled = append(settled, p)
		return p
	}

	for step := range steps {
		u := users[rng.IntN(2)]
		me, other := x.addrs[u], x.addrs[5-u]
		terms := escrow.EscrowTerms{Recipient: other, Destination: x.dest, Deadline: now() + uint64(2+rng.IntN(6)), Salt: [32]byte{byte(step), byte(step >> 8), 0xaa}, MinReceived: new(big.Int)}
		var op string
		switch k := rng.IntN(10); {
		case k == 0: // lock an NFT this user owns
			op = "lock721"
			for _, id := range nfts {
				if owners[id.String()] == me {
					if tr, tid, ok := lock(step, op, u, x.nft, x.a721.PackSafeTransferFrom0(me, x.escrow, id, x.termsData(terms))); ok {
						move(tr, me, x.escrow)
						locks = append(locks, pending{tr, tid, tr.Deadline})
					}
					break
				}
			}
		case k == 1:
			op = "lock1155"
			if n := editions[me]; n > 0 {
				amt := 1 + rng.Int64N(n)
				if tr, tid, ok := lock(step, op, u, x.editions, x.a1155.PackSafeTransferFrom(me, x.escrow, edition, big.NewInt(amt), x.termsData(terms))); ok {
					move(tr, me, x.escrow)
					locks = append(locks, pending{tr, tid, tr.Deadline})
				}
			}
		case k == 2:
			op = "lock20"
			if n := gems[x.gemA][me]; n > 0 {
				amt := 1 + rng.Int64N(min(n, 5000))
				// The lock commits the conversion: GEMB, at least 1 to 3 per GEMA.
				terms.ConvertTo, terms.MinReceived = x.gemB, big.NewInt(amt*(1+rng.Int64N(3)))
				if tr, tid, ok := lock(step, op, u, x.escrow, x.esc.PackLockERC20(x.gemA, big.NewInt(amt), terms)); ok {
					move(tr, me, x.escrow)
					locks = append(locks, pending{tr, tid, tr.Deadline})
				}
			}
		case k == 3 && len(locks) > 0: // release: succeeds only before the deadline
			op = "release"
			i := rng.IntN(len(locks))
			p := locks[i]
			k := someKey()
			_, err := x.send(t, 0, x.escrow, x.esc.PackRelease(p.t, x.sign(t, k, x.esc.PackAcceptDigest(p.id))))
			switch {
			case !active:
				refused(step, op, err, "InactiveDestination")
			case k != current:
				refused(step, op, err, "NotAttester")
			case err == nil:
				take(i)
				move(p.t, x.escrow, p.t.Recipient)
			default:
				wantRevert(t, err, "DeadlinePassed")
			}
		case k == 4 && len(locks) > 0:
			op = "reject"
			i := rng.IntN(len(locks))
			p := locks[i]
			reason := uint16(rng.IntN(5))
			// The attester at lock time or the current one may give the
			// asset back; a stranger may not.
			k := someKey()
			if rng.IntN(5) == 0 {
				k, _ = crypto.GenerateKey()
			}
			signer := crypto.PubkeyToAddress(k.PublicKey)
			_, err := x.send(t, 3, x.escrow, x.esc.PackReject(p.t, reason, x.sign(t, k, x.esc.PackRejectDigest(p.id, reason))))
			if signer == p.t.Attester || (active && k == current) {
				if err != nil {
					t.Fatalf("step %d (%s): %v", step, op, err)
				}
				take(i)
				move(p.t, x.escrow, p.t.Depositor)
			} else {
				wantRevert(t, err, "NotAttester")
			}
		case k == 5 && len(locks) > 0: // refund: succeeds only after the deadline
			op = "refund"
			i := rng.IntN(len(locks))
			p := locks[i]
			_, err := x.send(t, u, x.escrow, x.esc.PackRefund(p.t))
			if err == nil {
				take(i)
				move(p.t, x.escrow, p.t.Depositor)
			} else {
				wantRevert(t, err, "DeadlineNotReached")
			}
		case k == 6 && len(settled) > 0: // settling twice is refused
			op = "settle-again"
			p := settled[rng.IntN(len(settled))]
			_, err := x.send(t, u, x.escrow, x.esc.PackRelease(p.t, x.sign(t, x.attester, x.esc.PackAcceptDigest(p.id))))
			wantRevert(t, err, "NotLocked")
			_, err = x.send(t, u, x.escrow, x.esc.PackRefund(p.t))
			wantRevert(t, err, "NotLocked")
		case k == 7: // a partial swap fill, or one too large
			op = "swap"
			amt := 1 + rng.Int64N(400_000)
			_, err := x.send(t, u, x.exchange, x.ex.PackFill(o, orderSig, big.NewInt(amt), me))
			switch {
			case amt > 1_000_000-orderPaid:
				wantRevert(t, err, "Overfill")
			case amt > gems[x.gemA][me]:
				wantRevert(t, err, "ERC20InsufficientBalance")
			case err != nil:
				t.Fatalf("step %d: fill %d: %v", step, amt, err)
			default:
				orderPaid += amt
				gems[x.gemA][me] -= amt
				gems[x.gemA][x.treasury] += amt
				gems[x.gemB][x.treasury] -= 3 * amt
				gems[x.gemB][me] += 3 * amt
			}
		case k == 8 && len(locks) > 0 && locks[0].t.Kind == 3: // currency delivered converted
			op = "release-converted"
			p := locks[0]
			// A random order: 1 to 4 GEMB per GEMA, now and then selling
			// something else than the committed currency.
			rate := 1 + rng.Int64N(4)
			amt := p.t.Amount.Int64()
			conv := x.order(t, rate*amt, amt, time.Hour, int64(1000+step))
			junk := rng.IntN(6) == 0
			if junk {
				conv.Sell = x.gemA
			}
			conv.Taker = x.escrow
			h := common.BytesToHash(x.call(t, x.exchange, x.ex.PackOrderHash(conv)))
			k := someKey()
			before := x.balance(t, x.gemB, p.t.Recipient)
			_, err := x.send(t, 0, x.escrow, x.esc.PackReleaseConverted(p.t, escrow.ExchangeOrder(conv), x.signOrder(t, 1, conv), x.sign(t, k, x.esc.PackAcceptConvertedDigest(p.id, h))))
			switch {
			case junk:
				refused(step, op, err, "NotConvertible")
			case !active:
				refused(step, op, err, "InactiveDestination")
			case k != current:
				refused(step, op, err, "NotAttester")
			case rate*amt < p.t.MinReceived.Int64():
				refused(step, op, err, "ConversionBelowMinimum")
			case err == nil:
				take(0)
				if got := x.balance(t, x.gemB, p.t.Recipient) - before; got < p.t.MinReceived.Int64() {
					t.Fatalf("step %d (%s): the recipient got %d GEMB, the lock committed at least %s", step, op, got, p.t.MinReceived)
				}
				gems[x.gemA][x.escrow] -= amt
				gems[x.gemA][x.treasury] += amt
				gems[x.gemB][x.treasury] -= rate * amt
				gems[x.gemB][p.t.Recipient] += rate * amt
			default:
				wantRevert(t, err, "DeadlinePassed")
			}
		case k == 9 && rng.IntN(2) == 0: // the registrar suspends or reinstates B
			op = "set-active"
			active = !active
			x.mustSend(t, 0, x.registry, x.reg.PackSetActive(x.dest, active))
		case k == 9: // B's admin rotates its attester
			op = "rotate-attester"
			current, _ = crypto.GenerateKey()
			keys[crypto.PubkeyToAddress(current.PublicKey)] = current
			x.mustSend(t, 0, x.registry, x.reg.PackSetAttester(x.dest, crypto.PubkeyToAddress(current.PublicKey)))
		default:
			op = "wait"
			x.advance(t, 1+rng.IntN(3))
		}

		for _, id := range nfts {
			if got := x.owner(t, id); got != owners[id.String()] {
				t.Fatalf("step %d (%s): token %s owned by %s, model says %s", step, op, id, got, owners[id.String()])
			}
		}
		var held1155 int64
		for _, h := range holders {
			got := x.balance1155(t, h, edition)
			if got != editions[h] {
				t.Fatalf("step %d (%s): %s holds %d editions, model says %d", step, op, h, got, editions[h])
			}
			held1155 += got
			for _, g := range []common.Address{x.gemA, x.gemB} {
				if got := x.balance(t, g, h); got != gems[g][h] {
					t.Fatalf("step %d (%s): %s holds %d of %s, model says %d", step, op, h, got, g, gems[g][h])
				}
			}
		}
		if held1155 != 100 || sum(gems[x.gemA]) != mintedA || sum(gems[x.gemB]) != mintedB || gems[x.gemA][x.exchange] != 0 || gems[x.gemB][x.exchange] != 0 {
			t.Fatalf("step %d (%s): totals changed: editions %d/100, GEMA %d/%d, GEMB %d/%d", step, op, held1155, sum(gems[x.gemA]), mintedA, sum(gems[x.gemB]), mintedB)
		}
		// What the escrow holds is exactly what is locked.
		var locked1155, lockedA int64
		for _, p := range locks {
			switch p.t.Kind {
			case 2:
				locked1155 += p.t.Amount.Int64()
			case 3:
				lockedA += p.t.Amount.Int64()
			}
			if st := x.call(t, x.escrow, x.esc.PackStateOf(p.id)); st[31] != 1 {
				t.Fatalf("step %d (%s): pending transfer %x in state %d", step, op, p.id, st[31])
			}
		}
		if locked1155 != editions[x.escrow] || lockedA != gems[x.gemA][x.escrow] {
			t.Fatalf("step %d (%s): escrow holds %d editions and %d GEMA, locks say %d and %d", step, op, editions[x.escrow], gems[x.gemA][x.escrow], locked1155, lockedA)
		}
	}
	// Everything still locked can be refunded: nothing stays stuck.
	x.advance(t, 8)
	for _, p := range locks {
		x.mustSend(t, 2, x.escrow, x.esc.PackRefund(p.t))
		move(p.t, x.escrow, p.t.Depositor)
	}
	if n := x.balance1155(t, x.escrow, edition); n != 0 || x.balance(t, x.gemA, x.escrow) != 0 {
		t.Fatalf("after refunding every lock the escrow still holds %d editions, %d GEMA", n, x.balance(t, x.gemA, x.escrow))
	}
	// Registry changes never strand an asset either.
	t.Logf("%d steps, %d transfers settled, %d refunded at the end", steps, len(settled), len(locks))
}

func sum(m map[common.Address]int64) int64 {
	var s int64
	for _, v := range m {
		s += v
	}
	return s
}
