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
	"github.com/mifm/mifm/contracts/bindings/bridge"
)

// flight is a move the model knows sent and not yet settled.
type flight struct {
	m        bridge.BridgeMove
	id       [32]byte
	from, to *bridgeSide
}

// attestation is a way of signing a move: two or three attesters in order
// (valid), or one of the ways a minority or a forger might try.
type attestation int

const (
	twoOfThree attestation = iota
	allThree
	oneAlone         // a single attester
	oneTwice         // a single attester's signature twice
	oneAndStranger   // an attester and a key outside the set
	oneAndStrangers  // an attester and two outside keys
	descending       // two attesters, in the wrong order
	otherChainDomain // two attesters, signed for the other chain's Bridge
	otherType        // two attesters, signed Deliver for Refund or back
	attestations
)

func (a attestation) valid() bool { return a == twoOfThree || a == allThree }

func (a attestation) String() string {
	return [...]string{"2-of-3", "3-of-3", "one", "one-twice", "one+stranger", "one+2-strangers", "descending", "other-domain", "other-type"}[a]
}

// Conservation across chains (FGMV-43 9.2, nothing stuck or duplicated):
// random sequences of locks (by approval or by callback, ERC-721 and
// ERC-1155) from X to Y, burns back from Y, deliveries and refunds under
// random attestation sets (valid, from a lone attester, duplicated, forged
// by outside keys, out of order, for the other chain or the other action),
// replays and waits past deadlines. After every step each original is held
// by a user on X or in X's custody exactly as a model says; each wrapped
// ERC-721 on Y exists exactly while its original is in custody and
// delivered; each original's custody equals its wrapped supply on Y plus
// what is in flight, so the wrapped supply never exceeds it; and no lone
// attester (M−1 of a 2-of-3 set), with or without forged help, ever settles
// a move. MIFM_PROPERTY_SEED replays a run; MIFM_PROPERTY_STEPS lengthens it.
func TestBridgeConservesAssets(t *testing.T) {
	if testing.Short() {
		t.Skip("a few hundred transactions on two chains")
	}
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("MIFM_PROPERTY_SEED"), 10, 64); err == nil {
		seed = s
	}
	steps := 150
	if n, err := strconv.Atoi(os.Getenv("MIFM_PROPERTY_STEPS")); err == nil {
		steps = n
	}
	t.Logf("seed %d (MIFM_PROPERTY_SEED=%d replays this run)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	p := newBridgePair(t)
	x, y := p.x, p.y
	users := []int{2, 3} // keys of the users on each chain

	// The model. Originals: ERC-721 owners on X (a user or the Bridge);
	// wrapped ERC-721 owners on Y (absent: none). Editions: one ERC-1155
	// id, balances on X and wrapped balances on Y per holder.
	var nfts []*big.Int
	owner := map[string]common.Address{}
	wrappedOwner := map[string]common.Address{}
	for i := range 6 {
		to := x.addrs[users[i%2]]
		id := p.mint721(t, to, ipfsURI(i))
		nfts = append(nfts, id)
		owner[id.String()] = to
	}
	edition := big.NewInt(42)
	const editions = 30
	ed := map[common.Address]int64{x.addrs[2]: 20, x.addrs[3]: 10}
	x.mustSend(t, 0, x.legacy1155, p.l15.PackMint(x.addrs[2], edition, big.NewInt(20)))
	x.mustSend(t, 0, x.legacy1155, p.l15.PackMint(x.addrs[3], edition, big.NewInt(10)))
	wrappedEd := map[common.Address]int64{}
	for _, u := range users {
		x.mustSend(t, u, x.legacy721, p.l7.PackSetApprovalForAll(x.bridge, true))
		x.mustSend(t, u, x.legacy1155, p.l15.PackSetApprovalForAll(x.bridge, true))
	}
	wEdition := wrappedID(chainX, x.legacy1155, edition)
	edItem := func(n int64) bridge.BridgeItem {
		return bridge.BridgeItem{HomeChain: big.NewInt(chainX), HomeToken: x.legacy1155, Id: edition, Amount: big.NewInt(n), Uri: "https://legacy.example/items/{id}.json", RoyaltyReceiver: x.addrs[3], RoyaltyBps: big.NewInt(royaltyBps)}
	}

	var inFlight []flight
	var delivered, refunded []flight
	strangers := []*ecdsa.PrivateKey{}
	for range 2 {
		k, _ := crypto.GenerateKey()
		strangers = append(strangers, k)
	}
	// sign makes an attestation of kind a for move f's delivery (refund:
	// its refund).
	sign := func(a attestation, f flight, refund bool) [][]byte {
		at := f.to
		if refund {
			at = f.from
		}
		keys := slices.Clone(p.attesters)
		rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		switch a {
		case twoOfThree:
			keys = keys[:2]
			sortKeys(keys)
		case allThree:
			sortKeys(keys)
		case oneAlone:
			keys = keys[:1]
		case oneTwice:
			keys = []*ecdsa.PrivateKey{keys[0], keys[0]}
		case oneAndStranger:
			keys = []*ecdsa.PrivateKey{keys[0], strangers[0]}
			sortKeys(keys)
		case oneAndStrangers:
			keys = []*ecdsa.PrivateKey{keys[0], strangers[0], strangers[1]}
			sortKeys(keys)
		case descending:
			keys = keys[:2]
			sortKeys(keys)
			keys[0], keys[1] = keys[1], keys[0]
		case otherChainDomain:
			keys = keys[:2]
			sortKeys(keys)
			if at == x {
				at = y
			} else {
				at = x
			}
		case otherType:
			keys = keys[:2]
			sortKeys(keys)
			refund = !refund
		}
		return p.attest(t, at, refund, f.id, keys...)
	}
	forbidden := []string{"NotEnoughAttestations", "SignersNotAscending", "NotAttester"}
	// refused checks a settlement that must not go through was refused
	// for one of the reasons given.
	refused := func(step int, op string, err error, names ...string) {
		t.Helper()
		var re *chain.RevertError
		if !errors.As(err, &re) || !slices.Contains(names, re.Name) {
			t.Fatalf("step %d (%s): err = %v, want a revert with one of %v", step, op, err, names)
		}
	}
	headTime := func(s *bridgeSide) uint64 {
		h, err := s.chain.HeaderByNumber(t.Context(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Time
	}
	take := func(i int, into *[]flight) flight {
		f := inFlight[i]
		inFlight = append(inFlight[:i], inFlight[i+1:]...)
		*into = append(*into, f)
		return f
	}
	// arrive applies a settled move's items reaching `to` on side s.
	arrive := func(f flight, s *bridgeSide, to common.Address) {
		for _, it := range f.m.Items {
			home := it.HomeChain.Uint64() == s.id
			switch {
			case f.m.Kind == kind721 && home:
				owner[it.Id.String()] = to
			case f.m.Kind == kind721:
				wrappedOwner[it.Id.String()] = to
			case home:
				ed[to] += it.Amount.Int64()
				ed[x.bridge] -= it.Amount.Int64()
			default:
				wrappedEd[to] += it.Amount.Int64()
			}
		}
	}
	// Each transaction seals a block a second later: deadlines are counted in
	// blocks, some passing within a few steps, some not for dozens.
	deadline := func() time.Duration { return time.Duration(5+rng.IntN(60)) * time.Second }
	// Half the attestations are valid, half one of the invalid kinds.
	attest := func() attestation {
		if rng.IntN(2) == 0 {
			return attestation(rng.IntN(int(oneAlone)))
		}
		return oneAlone + attestation(rng.IntN(int(attestations-oneAlone)))
	}

	ops := map[string]int{}
	for step := range steps {
		u := users[rng.IntN(2)]
		var op string
		switch k := rng.IntN(16); {
		case k <= 2: // lock an ERC-721 on X, by send or by callback
			op = "lock721"
			me := x.addrs[u]
			var mine []*big.Int
			for _, id := range nfts {
				if owner[id.String()] == me {
					mine = append(mine, id)
				}
			}
			if len(mine) == 0 {
				continue
			}
			rng.Shuffle(len(mine), func(i, j int) { mine[i], mine[j] = mine[j], mine[i] })
			byCallback := rng.IntN(2) == 0
			n := 1
			if !byCallback {
				n = 1 + rng.IntN(len(mine))
			}
			var items []bridge.BridgeItem
			for _, id := range mine[:n] {
				items = append(items, p.item721(t, id))
			}
			m := p.move(t, x, y, kind721, items, me, y.addrs[users[rng.IntN(2)]], deadline(), byte(step))
			m.Salt[2] = byte(step >> 8)
			call, to := p.br.PackSend(m), x.bridge
			if byCallback {
				op += "-callback"
				call, to = p.l7.PackSafeTransferFrom0(me, x.bridge, mine[0], p.moveData(m)), x.legacy721
			}
			_, id := p.sent(t, x.mustSend(t, u, to, call))
			for _, it := range items {
				owner[it.Id.String()] = x.bridge
			}
			inFlight = append(inFlight, flight{m, id, x, y})
		case k <= 4: // lock editions on X
			op = "lock1155"
			me := x.addrs[u]
			if ed[me] == 0 {
				continue
			}
			n := 1 + rng.Int64N(ed[me])
			m := p.move(t, x, y, kind1155, []bridge.BridgeItem{edItem(n)}, me, y.addrs[users[rng.IntN(2)]], deadline(), byte(step))
			m.Salt[2] = byte(step >> 8)
			call, to := p.br.PackSend(m), x.bridge
			if rng.IntN(2) == 0 {
				op += "-callback"
				call, to = p.l15.PackSafeTransferFrom(me, x.bridge, edition, big.NewInt(n), p.moveData(m)), x.legacy1155
			}
			_, id := p.sent(t, x.mustSend(t, u, to, call))
			ed[me] -= n
			ed[x.bridge] += n
			inFlight = append(inFlight, flight{m, id, x, y})
		case k == 5: // burn wrapped ERC-721s on Y back to X
			op = "burn721"
			me := y.addrs[u]
			var items []bridge.BridgeItem
			for _, id := range nfts {
				if wrappedOwner[id.String()] == me && rng.IntN(2) == 0 {
					items = append(items, p.item721(t, id))
				}
			}
			if len(items) == 0 {
				continue
			}
			m := p.move(t, y, x, kind721, items, me, x.addrs[users[rng.IntN(2)]], deadline(), byte(step))
			m.Salt[2] = byte(step >> 8)
			_, id := p.sent(t, y.mustSend(t, u, y.bridge, p.br.PackSend(m)))
			for _, it := range items {
				delete(wrappedOwner, it.Id.String())
			}
			inFlight = append(inFlight, flight{m, id, y, x})
		case k == 6: // burn wrapped editions on Y back to X
			op = "burn1155"
			me := y.addrs[u]
			if wrappedEd[me] == 0 {
				continue
			}
			n := 1 + rng.Int64N(wrappedEd[me])
			m := p.move(t, y, x, kind1155, []bridge.BridgeItem{edItem(n)}, me, x.addrs[users[rng.IntN(2)]], deadline(), byte(step))
			m.Salt[2] = byte(step >> 8)
			_, id := p.sent(t, y.mustSend(t, u, y.bridge, p.br.PackSend(m)))
			wrappedEd[me] -= n
			inFlight = append(inFlight, flight{m, id, y, x})
		case k <= 10 && len(inFlight) > 0: // deliver under a random attestation
			i := rng.IntN(len(inFlight))
			f := inFlight[i]
			a := attest()
			op = "deliver/" + a.String()
			_, err := f.to.send(t, 0, f.to.bridge, p.br.PackDeliver(f.m, sign(a, f, false)))
			switch {
			case !a.valid():
				refused(step, op, err, append(forbidden, "DeadlinePassed")...)
			case err == nil:
				take(i, &delivered)
				arrive(f, f.to, f.m.Recipient)
			default:
				refused(step, op, err, "DeadlinePassed")
			}
		case k <= 12 && len(inFlight) > 0: // refund: honest attesters sign only once the destination is past the deadline
			i := rng.IntN(len(inFlight))
			f := inFlight[i]
			honest := headTime(f.to) > f.m.Deadline
			a := attest()
			if !honest && a.valid() {
				a = oneAlone + attestation(rng.IntN(int(attestations-oneAlone)))
			}
			op = "refund/" + a.String()
			_, err := f.from.send(t, 0, f.from.bridge, p.br.PackRefund(f.m, sign(a, f, true)))
			switch {
			case !a.valid():
				refused(step, op, err, append(forbidden, "DeadlineNotReached")...)
			case err == nil:
				take(i, &refunded)
				arrive(f, f.from, f.m.Sender)
			default:
				refused(step, op, err, "DeadlineNotReached")
			}
		case k == 13 && len(delivered)+len(refunded) > 0: // settling again is refused
			op = "replay"
			if j := rng.IntN(len(delivered) + len(refunded)); j < len(delivered) {
				f := delivered[j]
				_, err := f.to.send(t, 0, f.to.bridge, p.br.PackDeliver(f.m, sign(twoOfThree, f, false)))
				refused(step, op, err, "MoveExists")
			} else {
				f := refunded[j-len(delivered)]
				_, err := f.from.send(t, 0, f.from.bridge, p.br.PackRefund(f.m, sign(allThree, f, true)))
				refused(step, op, err, "NotSent")
				_, err = f.to.send(t, 0, f.to.bridge, p.br.PackDeliver(f.m, sign(allThree, f, false)))
				refused(step, op, err, "DeadlinePassed")
			}
		default:
			op = "wait"
			n := 1 + rng.IntN(5)
			x.advance(t, n)
			y.advance(t, n)
		}
		ops[op]++
		checkBridgeModel(t, p, fmt.Sprintf("step %d (%s)", step, op), nfts, owner, wrappedOwner, edition, wEdition, ed, wrappedEd, editions, inFlight)
	}

	// Whatever is still in flight comes back on a valid refund once both
	// chains pass its deadline: nothing stays stuck.
	ended := len(inFlight)
	var last uint64
	for _, f := range inFlight {
		last = max(last, f.m.Deadline)
	}
	x.passDeadline(t, last)
	y.passDeadline(t, last)
	for len(inFlight) > 0 {
		f := take(0, &refunded)
		f.from.mustSend(t, 1, f.from.bridge, p.br.PackRefund(f.m, sign(twoOfThree, f, true)))
		arrive(f, f.from, f.m.Sender)
		checkBridgeModel(t, p, "final refunds", nfts, owner, wrappedOwner, edition, wEdition, ed, wrappedEd, editions, inFlight)
	}
	t.Logf("%d steps: %d moves delivered, %d refunded (%d at the end); ops %v", steps, len(delivered), len(refunded), ended, ops)
}

// checkBridgeModel compares both chains with the model and checks
// conservation: custody on X equals the wrapped supply on Y plus what is in
// flight, per original.
func checkBridgeModel(t *testing.T, p *bridgePair, at string, nfts []*big.Int, owner, wrappedOwner map[string]common.Address,
	edition, wEdition *big.Int, ed, wrappedEd map[common.Address]int64, editions int64, inFlight []flight) {
	t.Helper()
	x, y := p.x, p.y
	flying := map[string]int64{} // per original (721 id, or the edition), in flight either way
	for _, f := range inFlight {
		for _, it := range f.m.Items {
			flying[fmt.Sprint(f.m.Kind, it.Id)] += it.Amount.Int64()
		}
	}
	for _, id := range nfts {
		got, want := x.owner721(t, x.legacy721, id), owner[id.String()]
		if got != want {
			t.Fatalf("%s: original %s owned by %s, model says %s", at, id, got, want)
		}
		if got != x.bridge && !slices.Contains(x.addrs, got) {
			t.Fatalf("%s: original %s held by %s, neither a user nor the Bridge", at, id, got)
		}
		custody := x.custody(t, p.channel, x.legacy721, id)
		wOwner := y.owner721(t, y.w721, wrappedID(chainX, x.legacy721, id))
		if wOwner != wrappedOwner[id.String()] {
			t.Fatalf("%s: wrapped %s owned by %s on Y, model says %s", at, id, wOwner, wrappedOwner[id.String()])
		}
		var wrapped int64
		if wOwner != (common.Address{}) {
			wrapped = 1
		}
		if (custody == 1) != (got == x.bridge) || custody != wrapped+flying[fmt.Sprint(kind721, id)] || wrapped > custody {
			t.Fatalf("%s: original %s: custody %d, in the Bridge %v, wrapped %d, in flight %d", at, id, custody, got == x.bridge, wrapped, flying[fmt.Sprint(kind721, id)])
		}
	}
	var held, wrapped int64
	for _, h := range []common.Address{x.addrs[2], x.addrs[3], x.bridge} {
		got := x.balance1155(t, x.legacy1155, h, edition)
		if got != ed[h] {
			t.Fatalf("%s: %s holds %d editions on X, model says %d", at, h, got, ed[h])
		}
		held += got
	}
	for _, h := range []common.Address{y.addrs[2], y.addrs[3]} {
		got := y.balance1155(t, y.w1155, h, wEdition)
		if got != wrappedEd[h] {
			t.Fatalf("%s: %s holds %d wrapped editions on Y, model says %d", at, h, got, wrappedEd[h])
		}
		wrapped += got
	}
	custody := x.custody(t, p.channel, x.legacy1155, edition)
	if held != editions || custody != ed[x.bridge] || custody != wrapped+flying[fmt.Sprint(kind1155, edition)] || wrapped > custody {
		t.Fatalf("%s: editions: %d of %d on X, custody %d (Bridge holds %d), wrapped %d, in flight %d", at, held, editions, custody, ed[x.bridge], wrapped, flying[fmt.Sprint(kind1155, edition)])
	}
}
