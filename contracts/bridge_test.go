package contracts_test

import (
	"crypto/ecdsa"
	"encoding/base64"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/bridge"
)

// wantRevertOneOf is wantRevert for a call that may fail in more than one
// allowed way (a signature for another domain recovers to a random address).
func wantRevertOneOf(t testing.TB, err error, names ...string) {
	t.Helper()
	var re *chain.RevertError
	if !errors.As(err, &re) || !slices.Contains(names, re.Name) {
		t.Fatalf("error = %v, want one of the custom errors %v", err, names)
	}
}

// bridgeHash is go-ethereum's EIP-712 hash of Deliver(move) or Refund(move)
// for a Bridge on a chain, made without the contract.
func bridgeHash(t testing.TB, primary string, chainID int64, contract common.Address, id [32]byte) []byte {
	t.Helper()
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			primary:        {{Name: "move", Type: "bytes32"}},
		},
		PrimaryType: primary,
		Domain:      apitypes.TypedDataDomain{Name: "mifm Bridge", Version: "1", ChainId: math.NewHexOrDecimal256(chainID), VerifyingContract: contract.Hex()},
		Message:     apitypes.TypedDataMessage{"move": id[:]},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// dataURI is on-chain metadata, as some outside collections keep it.
func dataURI(name string) string {
	return "data:application/json;base64," + base64.StdEncoding.EncodeToString([]byte(`{"name":"`+name+`","image":"ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"}`))
}

// ipfsURI is off-chain metadata, a 66-byte ipfs:// URI.
func ipfsURI(i int) string {
	return "ipfs://bafkreie" + strings.Repeat(string(rune('a'+i%26)), 51)
}

// The digests attesters sign are standard EIP-712 in the Bridge's domain
// (name "mifm Bridge", version 1, the chain, the Bridge): any wallet can
// sign them, and a signature for one chain's Bridge is worthless on another.
func TestBridgeDigestsAreEIP712(t *testing.T) {
	p := newBridgePair(t)
	id := [32]byte{7, 7, 7}
	for _, s := range []*bridgeSide{p.x, p.y} {
		if got, want := s.call(t, s.bridge, p.br.PackDeliverDigest(id)), bridgeHash(t, "Deliver", int64(s.id), s.bridge, id); common.BytesToHash(got) != common.BytesToHash(want) {
			t.Fatalf("chain %d: deliverDigest = %x, EIP-712 says %x", s.id, got, want)
		}
		if got, want := s.call(t, s.bridge, p.br.PackRefundDigest(id)), bridgeHash(t, "Refund", int64(s.id), s.bridge, id); common.BytesToHash(got) != common.BytesToHash(want) {
			t.Fatalf("chain %d: refundDigest = %x, EIP-712 says %x", s.id, got, want)
		}
	}
}

// contracts.MoveID computes what the contract does, for a move of one item
// and one of the most items a move may carry.
func TestBridgeMoveIDMatchesContract(t *testing.T) {
	p := newBridgePair(t)
	for _, n := range []int{1, 100} {
		items := make([]bridge.BridgeItem, n)
		for i := range items {
			items[i] = bridge.BridgeItem{
				HomeChain: big.NewInt(chainX), HomeToken: common.BigToAddress(big.NewInt(int64(0xc0ffee + i))),
				Id: new(big.Int).Lsh(big.NewInt(int64(i+1)), 200), Amount: big.NewInt(1),
				Uri: ipfsURI(i), RoyaltyReceiver: p.x.another, RoyaltyBps: big.NewInt(int64(i)),
			}
		}
		m := p.move(t, p.x, p.y, kind721, items, p.x.user, p.y.user, time.Hour, byte(n))
		got, err := contracts.MoveID(m)
		if err != nil {
			t.Fatal(err)
		}
		if want := common.BytesToHash(p.x.call(t, p.x.bridge, p.br.PackMoveId(m))); got != want {
			t.Fatalf("%d items: MoveID = %s, the contract says %s", n, got, want)
		}
	}
	if got := common.BytesToHash(p.x.call(t, p.x.bridge, p.br.PackMoveId(pinnedMove()))).Hex(); got != pinnedMoveID {
		t.Fatalf("the contract's id of the pinned move is %s, ExampleMoveID pins %s", got, pinnedMoveID)
	}
}

func TestBridgeERC721(t *testing.T) {
	p := newBridgePair(t)
	x, y, a := p.x, p.y, p.attesters
	var first, second *big.Int // the originals delivered to Y by the first two subtests

	// deliverTo checks a wrapped token on Y for original id.
	checkWrapped := func(t *testing.T, id *big.Int, owner common.Address, uri string) {
		t.Helper()
		w := wrappedID(chainX, x.legacy721, id)
		if got := y.owner721(t, y.w721, w); got != owner {
			t.Fatalf("wrapped %s owned by %s, want %s", w, got, owner)
		}
		if got, _ := p.w7.UnpackTokenURI(y.call(t, y.w721, p.w7.PackTokenURI(w))); got != uri {
			t.Fatalf("tokenURI = %q, want %q", got, uri)
		}
		want := chain.EIP155Token(chainX, "erc721", x.legacy721, id).String()
		if got, _ := p.w7.UnpackCaip19(y.call(t, y.w721, p.w7.PackCaip19(w))); got != want {
			t.Fatalf("caip19 = %s, want %s", got, want)
		}
		roy, err := p.w7.UnpackRoyaltyInfo(y.call(t, y.w721, p.w7.PackRoyaltyInfo(w, big.NewInt(10_000))))
		if err != nil || roy.Receiver != x.addrs[3] || roy.Amount.Int64() != royaltyBps {
			t.Fatalf("royaltyInfo = %+v, %v; want %s and %d bps", roy, err, x.addrs[3], royaltyBps)
		}
		o, err := p.w7.UnpackOrigin(y.call(t, y.w721, p.w7.PackOrigin(w)))
		if err != nil || o.HomeChain.Int64() != chainX || o.HomeToken != x.legacy721 || o.HomeId.Cmp(id) != 0 {
			t.Fatalf("origin = %+v, %v", o, err)
		}
		if wid := new(big.Int).SetBytes(y.call(t, y.w721, p.w7.PackWrappedId(big.NewInt(chainX), x.legacy721, id))); wid.Cmp(w) != 0 {
			t.Fatalf("wrappedId = %s, want %s", wid, w)
		}
	}

	t.Run("lock by approve and send, deliver on two of three attestations", func(t *testing.T) {
		uri := dataURI("Sword #0")
		id := p.mint721(t, x.user, uri)
		x.mustSend(t, 2, x.legacy721, p.l7.PackApprove(x.bridge, id))
		m := p.move(t, x, y, kind721, []bridge.BridgeItem{p.item721(t, id)}, x.user, y.user, time.Hour, 1)
		got, mid := p.sent(t, x.mustSend(t, 2, x.bridge, p.br.PackSend(m)))
		if want, _ := contracts.MoveID(m); mid != want {
			t.Fatalf("Sent moveId %x, MoveID says %x", mid, want)
		}
		if again, _ := contracts.MoveID(got); again != mid {
			t.Fatal("the Sent event's move hashes to another id")
		}
		if x.owner721(t, x.legacy721, id) != x.bridge || x.custody(t, p.channel, x.legacy721, id) != 1 || x.state(t, mid) != 1 {
			t.Fatalf("after send: owner %s, custody %d, state %d", x.owner721(t, x.legacy721, id), x.custody(t, p.channel, x.legacy721, id), x.state(t, mid))
		}
		// A relayer (Y's key 3) submits attesters 0 and 2's signatures.
		r := y.mustSend(t, 3, y.bridge, p.br.PackDeliver(m, p.attest(t, y, false, mid, a[0], a[2])))
		checkWrapped(t, id, y.user, uri)
		if y.state(t, mid) != 2 || x.state(t, mid) != 1 {
			t.Fatalf("states: Y %d, X %d", y.state(t, mid), x.state(t, mid))
		}
		var delivered bool
		for _, l := range r.Logs {
			if ev, err := p.br.UnpackDeliveredEvent(l); err == nil {
				delivered = ev.MoveId == mid && ev.Recipient == y.user && ev.Submitter == y.addrs[3]
			}
		}
		if !delivered {
			t.Fatal("no Delivered event naming the move, its recipient and its submitter")
		}
		first = id
	})

	t.Run("lock by safeTransferFrom with the move as data", func(t *testing.T) {
		uri := ipfsURI(1)
		id := p.mint721(t, x.user, uri)
		m := p.move(t, x, y, kind721, []bridge.BridgeItem{p.item721(t, id)}, x.user, y.user, time.Hour, 2)
		// No approval: the transfer and the lock are one transaction.
		_, mid := p.sent(t, x.mustSend(t, 2, x.legacy721, p.l7.PackSafeTransferFrom0(x.user, x.bridge, id, p.moveData(m))))
		if x.owner721(t, x.legacy721, id) != x.bridge || x.custody(t, p.channel, x.legacy721, id) != 1 {
			t.Fatal("the token is not in custody")
		}
		y.mustSend(t, 0, y.bridge, p.br.PackDeliver(m, p.attest(t, y, false, mid, a[1], a[2])))
		checkWrapped(t, id, y.user, uri)
		second = id
	})

	t.Run("burn on Y, release on X to another recipient", func(t *testing.T) {
		if first == nil {
			t.Skip("needs the first delivery")
		}
		items := []bridge.BridgeItem{p.item721(t, first)}
		m := p.move(t, y, x, kind721, items, y.user, x.another, time.Hour, 3)
		_, err := y.send(t, 3, y.bridge, p.br.PackSend(m))
		wantRevert(t, err, "NotSender")
		forged := m
		forged.Sender = y.another
		_, err = y.send(t, 3, y.bridge, p.br.PackSend(forged)) // key 3 holds no wrapped token
		wantRevert(t, err, "ERC721IncorrectOwner")
		_, mid := p.sent(t, y.mustSend(t, 2, y.bridge, p.br.PackSend(m)))
		w := wrappedID(chainX, x.legacy721, first)
		if y.owner721(t, y.w721, w) != (common.Address{}) {
			t.Fatal("the wrapped token survived its burn")
		}
		_, err = chain.CallView(t.Context(), y.chain, y.w721, p.w7.PackTokenURI(w), contracts.ErrorABIs()...)
		wantRevert(t, err, "ERC721NonexistentToken")
		x.mustSend(t, 3, x.bridge, p.br.PackDeliver(m, p.attest(t, x, false, mid, a[0], a[1])))
		if x.owner721(t, x.legacy721, first) != x.another || x.custody(t, p.channel, x.legacy721, first) != 0 {
			t.Fatalf("after return: owner %s, custody %d", x.owner721(t, x.legacy721, first), x.custody(t, p.channel, x.legacy721, first))
		}
	})

	t.Run("refused attestations", func(t *testing.T) {
		id := p.mint721(t, x.user, ipfsURI(4))
		m := p.move(t, x, y, kind721, []bridge.BridgeItem{p.item721(t, id)}, x.user, y.user, time.Hour, 4)
		_, mid := p.sent(t, x.mustSend(t, 2, x.legacy721, p.l7.PackSafeTransferFrom0(x.user, x.bridge, id, p.moveData(m))))
		stranger, _ := crypto.GenerateKey()
		ok := p.attest(t, y, false, mid, a[0], a[1])
		pair := func(k *ecdsa.PrivateKey) [][]byte { // k and attester 1, ascending
			keys := []*ecdsa.PrivateKey{k, a[1]}
			sortKeys(keys)
			return p.attest(t, y, false, mid, keys...)
		}
		for _, tc := range []struct {
			name string
			sigs [][]byte
			want []string
		}{
			{"none", nil, []string{"NotEnoughAttestations"}},
			{"one of the two needed", ok[:1], []string{"NotEnoughAttestations"}},
			{"one signature twice", [][]byte{ok[0], ok[0]}, []string{"SignersNotAscending"}},
			{"descending signers", [][]byte{ok[1], ok[0]}, []string{"SignersNotAscending"}},
			{"a stranger's signature", pair(stranger), []string{"NotAttester"}},
			{"signed for X's Bridge", p.attest(t, x, false, mid, a[0], a[1]), []string{"NotAttester", "SignersNotAscending"}},
			{"signed Refund, not Deliver", p.attest(t, y, true, mid, a[0], a[1]), []string{"NotAttester", "SignersNotAscending"}},
			{"a malformed signature", [][]byte{ok[0][:64], ok[1]}, []string{"ECDSAInvalidSignatureLength"}},
		} {
			_, err := y.send(t, 3, y.bridge, p.br.PackDeliver(m, tc.sigs))
			wantRevertOneOf(t, err, tc.want...)
			if y.state(t, mid) != 0 {
				t.Fatalf("%s: the move settled", tc.name)
			}
		}
		// A move other than the one signed.
		other := m
		other.Recipient = y.another
		_, err := y.send(t, 3, y.bridge, p.br.PackDeliver(other, ok))
		wantRevertOneOf(t, err, "NotAttester", "SignersNotAscending")
		// The delivery on the wrong chain.
		_, err = x.send(t, 3, x.bridge, p.br.PackDeliver(m, p.attest(t, x, false, mid, a[0], a[1])))
		wantRevert(t, err, "WrongBridge")

		y.mustSend(t, 3, y.bridge, p.br.PackDeliver(m, ok))
		_, err = y.send(t, 3, y.bridge, p.br.PackDeliver(m, ok))
		wantRevert(t, err, "MoveExists")
		_, err = y.send(t, 3, y.bridge, p.br.PackDeliver(m, p.attest(t, y, false, mid, a[1], a[2])))
		wantRevert(t, err, "MoveExists")
		if y.owner721(t, y.w721, wrappedID(chainX, x.legacy721, id)) != y.user {
			t.Fatal("the delivery did not mint")
		}
	})

	t.Run("refund after the deadline, never a late delivery", func(t *testing.T) {
		if second == nil {
			t.Skip("needs the second delivery")
		}
		// An original locked on X and a wrapped token burnt on Y, both due
		// in ten seconds (long enough for a loaded machine to send them).
		id := p.mint721(t, x.user, ipfsURI(5))
		out := p.move(t, x, y, kind721, []bridge.BridgeItem{p.item721(t, id)}, x.user, y.user, 10*time.Second, 5)
		_, outID := p.sent(t, x.mustSend(t, 2, x.legacy721, p.l7.PackSafeTransferFrom0(x.user, x.bridge, id, p.moveData(out))))
		back := p.move(t, y, x, kind721, []bridge.BridgeItem{p.item721(t, second)}, y.user, x.user, 10*time.Second, 6)
		back.Items[0].Uri = ipfsURI(1) // what the wrapped token carries, not what X's collection says now
		_, backID := p.sent(t, y.mustSend(t, 2, y.bridge, p.br.PackSend(back)))

		_, err := x.send(t, 3, x.bridge, p.br.PackRefund(out, p.attest(t, x, true, outID, a[0], a[1])))
		wantRevert(t, err, "DeadlineNotReached")
		x.passDeadline(t, max(out.Deadline, back.Deadline))
		y.passDeadline(t, max(out.Deadline, back.Deadline))
		_, err = y.send(t, 3, y.bridge, p.br.PackDeliver(out, p.attest(t, y, false, outID, a[0], a[1])))
		wantRevert(t, err, "DeadlinePassed")
		_, err = x.send(t, 3, x.bridge, p.br.PackDeliver(back, p.attest(t, x, false, backID, a[0], a[1])))
		wantRevert(t, err, "DeadlinePassed")

		_, err = x.send(t, 3, x.bridge, p.br.PackRefund(out, p.attest(t, x, true, outID, a[2])))
		wantRevert(t, err, "NotEnoughAttestations")
		_, err = x.send(t, 3, x.bridge, p.br.PackRefund(out, p.attest(t, x, false, outID, a[0], a[1])))
		wantRevertOneOf(t, err, "NotAttester", "SignersNotAscending")
		x.mustSend(t, 3, x.bridge, p.br.PackRefund(out, p.attest(t, x, true, outID, a[0], a[2])))
		if x.owner721(t, x.legacy721, id) != x.user || x.custody(t, p.channel, x.legacy721, id) != 0 || x.state(t, outID) != 3 {
			t.Fatal("the refund did not give the original back")
		}
		_, err = x.send(t, 3, x.bridge, p.br.PackRefund(out, p.attest(t, x, true, outID, a[0], a[2])))
		wantRevert(t, err, "NotSent")
		// Y never saw the move sent: nothing to refund there.
		_, err = y.send(t, 3, y.bridge, p.br.PackRefund(out, p.attest(t, y, true, outID, a[0], a[2])))
		wantRevert(t, err, "NotSent")

		// The burnt wrapped token comes back as it was.
		y.mustSend(t, 3, y.bridge, p.br.PackRefund(back, p.attest(t, y, true, backID, a[1], a[2])))
		checkWrapped(t, second, y.user, ipfsURI(1))
		if x.custody(t, p.channel, x.legacy721, second) != 1 {
			t.Fatal("the original left custody")
		}
	})

	t.Run("a suspended platform closes the channel", func(t *testing.T) {
		id := p.mint721(t, x.user, ipfsURI(7))
		m := p.move(t, x, y, kind721, []bridge.BridgeItem{p.item721(t, id)}, x.user, y.user, time.Hour, 7)
		_, mid := p.sent(t, x.mustSend(t, 2, x.legacy721, p.l7.PackSafeTransferFrom0(x.user, x.bridge, id, p.moveData(m))))
		sigs := p.attest(t, y, false, mid, a[0], a[1])
		y.mustSend(t, 0, y.registry, y.reg.PackSetActive(p.dest, false))
		_, err := y.send(t, 3, y.bridge, p.br.PackDeliver(m, sigs))
		wantRevert(t, err, "NoAttesters")
		x.mustSend(t, 0, x.registry, x.reg.PackSetActive(p.origin, false))
		id2 := p.mint721(t, x.user, ipfsURI(8))
		m2 := p.move(t, x, y, kind721, []bridge.BridgeItem{p.item721(t, id2)}, x.user, y.user, time.Hour, 8)
		_, err = x.send(t, 2, x.legacy721, p.l7.PackSafeTransferFrom0(x.user, x.bridge, id2, p.moveData(m2)))
		wantRevert(t, err, "NoAttesters")
		x.mustSend(t, 0, x.registry, x.reg.PackSetActive(p.origin, true))
		y.mustSend(t, 0, y.registry, y.reg.PackSetActive(p.dest, true))
		y.mustSend(t, 3, y.bridge, p.br.PackDeliver(m, sigs))
	})
}

func TestBridgeERC1155(t *testing.T) {
	p := newBridgePair(t)
	x, y, a := p.x, p.y, p.attesters
	const template = "https://legacy.example/items/{id}.json"
	sword, shield := big.NewInt(7), big.NewInt(8)
	x.mustSend(t, 0, x.legacy1155, p.l15.PackMint(x.user, sword, big.NewInt(10)))
	x.mustSend(t, 0, x.legacy1155, p.l15.PackMint(x.user, shield, big.NewInt(5)))
	item := func(id *big.Int, n int64) bridge.BridgeItem {
		return bridge.BridgeItem{HomeChain: big.NewInt(chainX), HomeToken: x.legacy1155, Id: id, Amount: big.NewInt(n), Uri: template, RoyaltyReceiver: x.addrs[3], RoyaltyBps: big.NewInt(royaltyBps)}
	}
	wSword, wShield := wrappedID(chainX, x.legacy1155, sword), wrappedID(chainX, x.legacy1155, shield)
	deliver := func(m bridge.BridgeMove, mid [32]byte, to *bridgeSide) *types.Receipt {
		t.Helper()
		return to.mustSend(t, 3, to.bridge, p.br.PackDeliver(m, p.attest(t, to, false, mid, a[0], a[2])))
	}
	uriEvents := func(r *types.Receipt) int {
		n := 0
		for _, l := range r.Logs {
			if _, err := p.w15.UnpackURIEvent(l); err == nil {
				n++
			}
		}
		return n
	}

	// Refused callbacks: no move, or a move naming something else.
	_, err := x.send(t, 2, x.legacy1155, p.l15.PackSafeTransferFrom(x.user, x.bridge, sword, big.NewInt(1), nil))
	wantRevert(t, err, "Unsolicited")
	wrong := p.move(t, x, y, kind1155, []bridge.BridgeItem{item(sword, 2)}, x.user, y.user, time.Hour, 1)
	_, err = x.send(t, 2, x.legacy1155, p.l15.PackSafeTransferFrom(x.user, x.bridge, sword, big.NewInt(1), p.moveData(wrong)))
	wantRevert(t, err, "ItemsMismatch")
	wrong.Items = []bridge.BridgeItem{item(shield, 5), item(sword, 4)}
	_, err = x.send(t, 2, x.legacy1155, p.l15.PackSafeBatchTransferFrom(x.user, x.bridge, []*big.Int{sword, shield}, []*big.Int{big.NewInt(4), big.NewInt(5)}, p.moveData(wrong)))
	wantRevert(t, err, "ItemsMismatch")

	// A batch in one transaction.
	m := p.move(t, x, y, kind1155, []bridge.BridgeItem{item(sword, 4), item(shield, 5)}, x.user, y.user, time.Hour, 2)
	_, mid := p.sent(t, x.mustSend(t, 2, x.legacy1155, p.l15.PackSafeBatchTransferFrom(x.user, x.bridge, []*big.Int{sword, shield}, []*big.Int{big.NewInt(4), big.NewInt(5)}, p.moveData(m))))
	if n := uriEvents(deliver(m, mid, y)); n != 2 {
		t.Fatalf("the first delivery emitted %d URI events, want one per id", n)
	}
	if y.balance1155(t, y.w1155, y.user, wSword) != 4 || y.balance1155(t, y.w1155, y.user, wShield) != 5 {
		t.Fatal("the batch did not arrive wrapped")
	}
	if got, _ := p.w15.UnpackUri(y.call(t, y.w1155, p.w15.PackUri(wSword))); got != template {
		t.Fatalf("uri = %q", got)
	}
	if got, _ := p.w15.UnpackCaip19(y.call(t, y.w1155, p.w15.PackCaip19(wShield))); got != chain.EIP155Token(chainX, "erc1155", x.legacy1155, shield).String() {
		t.Fatalf("caip19 = %s", got)
	}
	roy, err := p.w15.UnpackRoyaltyInfo(y.call(t, y.w1155, p.w15.PackRoyaltyInfo(wSword, big.NewInt(10_000))))
	if err != nil || roy.Receiver != x.addrs[3] || roy.Amount.Int64() != royaltyBps {
		t.Fatalf("royaltyInfo = %+v, %v", roy, err)
	}

	// By approval and send: the Bridge's own pull calls back into it.
	x.mustSend(t, 2, x.legacy1155, p.l15.PackSetApprovalForAll(x.bridge, true))
	m = p.move(t, x, y, kind1155, []bridge.BridgeItem{item(sword, 3)}, x.user, y.user, time.Hour, 3)
	_, mid = p.sent(t, x.mustSend(t, 2, x.bridge, p.br.PackSend(m)))
	if n := uriEvents(deliver(m, mid, y)); n != 0 {
		t.Fatalf("a delivery with the same URI emitted %d URI events", n)
	}
	// And one edition by safeTransferFrom, under another URI.
	const moved = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/{id}.json"
	m = p.move(t, x, y, kind1155, []bridge.BridgeItem{item(sword, 1)}, x.user, y.user, time.Hour, 4)
	m.Items[0].Uri = moved
	_, mid = p.sent(t, x.mustSend(t, 2, x.legacy1155, p.l15.PackSafeTransferFrom(x.user, x.bridge, sword, big.NewInt(1), p.moveData(m))))
	if n := uriEvents(deliver(m, mid, y)); n != 1 {
		t.Fatalf("a delivery under a new URI emitted %d URI events", n)
	}
	if got, _ := p.w15.UnpackUri(y.call(t, y.w1155, p.w15.PackUri(wSword))); got != moved {
		t.Fatalf("uri = %q after a move under another, want %q", got, moved)
	}
	if got := y.balance1155(t, y.w1155, y.user, wSword); got != 8 || x.custody(t, p.channel, x.legacy1155, sword) != 8 || x.balance1155(t, x.legacy1155, x.bridge, sword) != 8 {
		t.Fatalf("wrapped %d, custody %d, held %d: want 8 each", got, x.custody(t, p.channel, x.legacy1155, sword), x.balance1155(t, x.legacy1155, x.bridge, sword))
	}

	// Five swords home to another recipient; three stay wrapped. They
	// leave under the URI the id's record holds now.
	m = p.move(t, y, x, kind1155, []bridge.BridgeItem{item(sword, 5)}, y.user, x.another, time.Hour, 5)
	m.Items[0].Uri = moved
	over := m
	over.Items = []bridge.BridgeItem{item(sword, 9)}
	over.Items[0].Uri = moved
	_, err = y.send(t, 2, y.bridge, p.br.PackSend(over))
	wantRevert(t, err, "ERC1155InsufficientBalance")
	_, mid = p.sent(t, y.mustSend(t, 2, y.bridge, p.br.PackSend(m)))
	deliver(m, mid, x)
	if x.balance1155(t, x.legacy1155, x.another, sword) != 5 || x.custody(t, p.channel, x.legacy1155, sword) != 3 || y.balance1155(t, y.w1155, y.user, wSword) != 3 {
		t.Fatal("the return did not balance")
	}
	// The release from custody can't take more than is held, whatever the attesters sign.
	m = p.move(t, y, x, kind1155, []bridge.BridgeItem{item(sword, 4)}, y.user, x.another, time.Hour, 6)
	mid, _ = contracts.MoveID(m)
	_, err = x.send(t, 3, x.bridge, p.br.PackDeliver(m, p.attest(t, x, false, mid, a[0], a[1])))
	wantRevert(t, err, "InsufficientCustody")
}

// Every way a move can be malformed is refused at send, before anything moves.
func TestBridgeRefusesBadMoves(t *testing.T) {
	p := newBridgePair(t)
	x, y := p.x, p.y
	id := p.mint721(t, x.user, ipfsURI(0))
	x.mustSend(t, 2, x.legacy721, p.l7.PackApprove(x.bridge, id))
	base := func() bridge.BridgeMove {
		return p.move(t, x, y, kind721, []bridge.BridgeItem{p.item721(t, id)}, x.user, y.user, time.Hour, 1)
	}
	many := make([]bridge.BridgeItem, 101)
	for i := range many {
		many[i] = p.item721(t, id)
	}
	for _, tc := range []struct {
		name   string
		from   int
		change func(m *bridge.BridgeMove)
		want   string
	}{
		{"not the sender", 3, func(*bridge.BridgeMove) {}, "NotSender"},
		{"from another chain", 2, func(m *bridge.BridgeMove) { m.FromChain = big.NewInt(chainY) }, "WrongBridge"},
		{"from another bridge", 2, func(m *bridge.BridgeMove) { m.FromBridge = y.bridge }, "WrongBridge"},
		{"to this chain", 2, func(m *bridge.BridgeMove) { m.ToChain = big.NewInt(chainX) }, "SameChain"},
		{"to no bridge", 2, func(m *bridge.BridgeMove) { m.ToBridge = common.Address{} }, "ZeroAddress"},
		{"to no one", 2, func(m *bridge.BridgeMove) { m.Recipient = common.Address{} }, "BadRecipient"},
		{"to the bridge itself", 2, func(m *bridge.BridgeMove) { m.Recipient = m.ToBridge }, "BadRecipient"},
		{"unknown kind", 2, func(m *bridge.BridgeMove) { m.Kind = 3 }, "BadKind"},
		{"no items", 2, func(m *bridge.BridgeMove) { m.Items = nil }, "BadItemCount"},
		{"101 items", 2, func(m *bridge.BridgeMove) { m.Items = many }, "BadItemCount"},
		{"two of an ERC-721", 2, func(m *bridge.BridgeMove) { m.Items[0].Amount = big.NewInt(2) }, "BadAmount"},
		{"none of an edition", 2, func(m *bridge.BridgeMove) { m.Kind, m.Items[0].Amount = kind1155, new(big.Int) }, "BadAmount"},
		{"royalty above 100%", 2, func(m *bridge.BridgeMove) { m.Items[0].RoyaltyBps = big.NewInt(10_001) }, "BadRoyalty"},
		{"royalty to no one", 2, func(m *bridge.BridgeMove) { m.Items[0].RoyaltyReceiver = common.Address{} }, "BadRoyalty"},
		{"deadline passed", 2, func(m *bridge.BridgeMove) { m.Deadline = x.now(t) - 5 }, "BadDeadline"},
		{"deadline beyond 30 days", 2, func(m *bridge.BridgeMove) { m.Deadline = x.now(t) + 31*24*3600 }, "BadDeadline"},
		{"no attesters for the channel", 2, func(m *bridge.BridgeMove) { m.Destination = contracts.PlatformID("did:web:nobody.example") }, "NoAttesters"},
		{"a wrapped token the sender lacks", 2, func(m *bridge.BridgeMove) { m.Items[0].HomeChain = big.NewInt(chainY) }, "ERC721NonexistentToken"},
		{"a URI no record can hold", 2, func(m *bridge.BridgeMove) { m.Items[0].Uri = strings.Repeat("x", 24_001) }, "URITooLong"},
		{"a wrapped token as an original", 2, func(m *bridge.BridgeMove) { m.Items[0].HomeToken = x.w721 }, "NotAnOriginal"},
		{"an original the bridge may not take", 2, func(m *bridge.BridgeMove) { m.Items[0].Id = big.NewInt(999) }, "ERC721NonexistentToken"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := base()
			tc.change(&m)
			_, err := x.send(t, tc.from, x.bridge, p.br.PackSend(m))
			wantRevert(t, err, tc.want)
		})
	}
	t.Run("a callback for another token or sender", func(t *testing.T) {
		other := p.mint721(t, x.user, ipfsURI(1))
		_, err := x.send(t, 2, x.legacy721, p.l7.PackSafeTransferFrom0(x.user, x.bridge, other, p.moveData(base())))
		wantRevert(t, err, "ItemsMismatch")
		m := p.move(t, x, y, kind721, []bridge.BridgeItem{p.item721(t, other)}, x.another, y.user, time.Hour, 2)
		_, err = x.send(t, 2, x.legacy721, p.l7.PackSafeTransferFrom0(x.user, x.bridge, other, p.moveData(m)))
		wantRevert(t, err, "ItemsMismatch")
		_, err = x.send(t, 2, x.legacy721, p.l7.PackSafeTransferFrom(x.user, x.bridge, other))
		wantRevert(t, err, "Unsolicited")
	})
	t.Run("a move sent twice", func(t *testing.T) {
		m := base()
		x.mustSend(t, 2, x.bridge, p.br.PackSend(m))
		_, err := x.send(t, 2, x.bridge, p.br.PackSend(m))
		wantRevert(t, err, "MoveExists")
	})
	t.Run("only the bridge mints and burns", func(t *testing.T) {
		_, err := y.send(t, 2, y.w721, p.w7.PackMint(y.user, big.NewInt(chainX), x.legacy721, id, big.NewInt(1), "ipfs://x", common.Address{}, new(big.Int)))
		wantRevert(t, err, "NotBridge")
		_, err = y.send(t, 2, y.w1155, p.w15.PackMint(y.user, big.NewInt(chainX), x.legacy1155, id, big.NewInt(1), "ipfs://x", common.Address{}, new(big.Int)))
		wantRevert(t, err, "NotBridge")
		_, err = y.send(t, 2, y.w1155, p.w15.PackBurn(y.user, id, big.NewInt(1)))
		wantRevert(t, err, "NotBridge")
	})
}

// A delivery's records share data contracts as far as EIP-170 lets them:
// three 9,000-byte URIs take two, and each token still reads its own.
func TestBridgeRecordsSpanDataContracts(t *testing.T) {
	p := newBridgePair(t)
	x, y := p.x, p.y
	x.mustSend(t, 2, x.legacy721, p.l7.PackSetApprovalForAll(x.bridge, true))
	var items []bridge.BridgeItem
	for i := range 3 {
		it := p.item721(t, p.mint721(t, x.user, ipfsURI(i)))
		it.Uri = dataURI(strings.Repeat(string(rune('a'+i)), 9000))
		items = append(items, it)
	}
	m := p.move(t, x, y, kind721, items, x.user, y.user, time.Hour, 1)
	_, mid := p.sent(t, x.mustSend(t, 2, x.bridge, p.br.PackSend(m)))
	y.mustSend(t, 3, y.bridge, p.br.PackDeliver(m, p.attest(t, y, false, mid, p.attesters[1], p.attesters[2])))
	for _, it := range items {
		w := wrappedID(chainX, x.legacy721, it.Id)
		if got, _ := p.w7.UnpackTokenURI(y.call(t, y.w721, p.w7.PackTokenURI(w))); got != it.Uri {
			t.Fatalf("token %s: tokenURI has %d bytes, want the %d committed", it.Id, len(got), len(it.Uri))
		}
		o, err := p.w7.UnpackOrigin(y.call(t, y.w721, p.w7.PackOrigin(w)))
		if err != nil || o.HomeId.Cmp(it.Id) != 0 || o.HomeToken != x.legacy721 {
			t.Fatalf("token %s: origin %+v, %v", it.Id, o, err)
		}
	}
}

// Wallets and marketplaces find the wrapped tokens' standards and royalties
// by ERC-165.
func TestWrappedTokensSupportInterfaces(t *testing.T) {
	p := newBridgePair(t)
	for _, tc := range []struct {
		name     string
		contract common.Address
		id       [4]byte
		want     bool
	}{
		{"Wrapped721 ERC-721", p.y.w721, [4]byte{0x80, 0xac, 0x58, 0xcd}, true},
		{"Wrapped721 ERC-721 metadata", p.y.w721, [4]byte{0x5b, 0x5e, 0x13, 0x9f}, true},
		{"Wrapped721 ERC-2981", p.y.w721, [4]byte{0x2a, 0x55, 0x20, 0x5a}, true},
		{"Wrapped721 not ERC-1155", p.y.w721, [4]byte{0xd9, 0xb6, 0x7a, 0x26}, false},
		{"Wrapped1155 ERC-1155", p.y.w1155, [4]byte{0xd9, 0xb6, 0x7a, 0x26}, true},
		{"Wrapped1155 ERC-1155 metadata URI", p.y.w1155, [4]byte{0x0e, 0x89, 0x34, 0x1c}, true},
		{"Wrapped1155 ERC-2981", p.y.w1155, [4]byte{0x2a, 0x55, 0x20, 0x5a}, true},
		{"Bridge ERC-1155 receiver", p.y.bridge, [4]byte{0x4e, 0x23, 0x12, 0xe0}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := p.y.call(t, tc.contract, p.w7.PackSupportsInterface(tc.id))[31] == 1; got != tc.want {
				t.Fatalf("supportsInterface(%x) = %v", tc.id, got)
			}
		})
	}
}

// Custody is kept per channel: the attesters of another channel between
// the same chains (platforms C and D, colluding) cannot release an original
// a move of A–B locked by delivering a move that was never sent, while
// A–B's own return of it still works.
func TestBridgeOtherChannelCannotReleaseCustody(t *testing.T) {
	p := newBridgePair(t)
	x, y, a := p.x, p.y, p.attesters
	c, d := contracts.PlatformID("did:web:platform-c.example"), contracts.PlatformID("did:web:platform-d.example")
	colluder, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []*bridgeSide{x, y} {
		s.mustSend(t, 0, s.registry, s.reg.PackRegister(c, "did:web:platform-c.example", s.addrs[0], s.addrs[0]))
		s.mustSend(t, 0, s.registry, s.reg.PackRegister(d, "did:web:platform-d.example", s.addrs[0], s.addrs[0]))
		s.mustSend(t, 0, s.registry, s.reg.PackSetChannelAttesters(c, d, []common.Address{crypto.PubkeyToAddress(colluder.PublicKey)}, 1))
	}
	cd := contracts.ChannelID(c, d)

	id := p.mint721(t, x.user, ipfsURI(0))
	out := p.move(t, x, y, kind721, []bridge.BridgeItem{p.item721(t, id)}, x.user, y.user, time.Hour, 1)
	_, outID := p.sent(t, x.mustSend(t, 2, x.legacy721, p.l7.PackSafeTransferFrom0(x.user, x.bridge, id, p.moveData(out))))
	y.mustSend(t, 3, y.bridge, p.br.PackDeliver(out, p.attest(t, y, false, outID, a[0], a[1])))
	if x.custody(t, p.channel, x.legacy721, id) != 1 || x.custody(t, cd, x.legacy721, id) != 0 {
		t.Fatalf("custody: A–B %d, C–D %d; want 1, 0", x.custody(t, p.channel, x.legacy721, id), x.custody(t, cd, x.legacy721, id))
	}

	// C–D's attester signs a return to itself of a move Y never sent.
	forged := p.move(t, y, x, kind721, []bridge.BridgeItem{p.item721(t, id)}, y.another, x.another, time.Hour, 2)
	forged.Origin, forged.Destination = c, d
	forgedID, err := contracts.MoveID(forged)
	if err != nil {
		t.Fatal(err)
	}
	_, err = x.send(t, 3, x.bridge, p.br.PackDeliver(forged, p.attest(t, x, false, forgedID, colluder)))
	wantRevert(t, err, "InsufficientCustody")
	if x.owner721(t, x.legacy721, id) != x.bridge {
		t.Fatal("the original left custody")
	}

	back := p.move(t, y, x, kind721, []bridge.BridgeItem{p.item721(t, id)}, y.user, x.another, time.Hour, 3)
	_, backID := p.sent(t, y.mustSend(t, 2, y.bridge, p.br.PackSend(back)))
	x.mustSend(t, 3, x.bridge, p.br.PackDeliver(back, p.attest(t, x, false, backID, a[1], a[2])))
	if x.owner721(t, x.legacy721, id) != x.another || x.custody(t, p.channel, x.legacy721, id) != 0 {
		t.Fatal("A–B's return did not release the original")
	}
}

// A wrapped token leaves with the URI and royalty its record holds: a
// refund mints it again, and a delivery to a third chain wraps it, with
// the move's values, so a burn naming others is refused.
func TestBridgeBurnKeepsWrappedRecord(t *testing.T) {
	p := newBridgePair(t)
	x, y, a := p.x, p.y, p.attesters
	id := p.mint721(t, x.user, ipfsURI(0))
	edition := big.NewInt(7)
	x.mustSend(t, 0, x.legacy1155, p.l15.PackMint(x.user, edition, big.NewInt(3)))
	x.mustSend(t, 2, x.legacy1155, p.l15.PackSetApprovalForAll(x.bridge, true))
	x.mustSend(t, 2, x.legacy721, p.l7.PackApprove(x.bridge, id))
	items := map[uint8]bridge.BridgeItem{
		kind721: p.item721(t, id),
		kind1155: {HomeChain: big.NewInt(chainX), HomeToken: x.legacy1155, Id: edition, Amount: big.NewInt(3),
			Uri: "https://legacy.example/items/{id}.json", RoyaltyReceiver: x.addrs[3], RoyaltyBps: big.NewInt(royaltyBps)},
	}
	for _, kind := range []uint8{kind721, kind1155} {
		m := p.move(t, x, y, kind, []bridge.BridgeItem{items[kind]}, x.user, y.user, time.Hour, kind)
		_, mid := p.sent(t, x.mustSend(t, 2, x.bridge, p.br.PackSend(m)))
		y.mustSend(t, 3, y.bridge, p.br.PackDeliver(m, p.attest(t, y, false, mid, a[0], a[1])))
	}

	for _, kind := range []uint8{kind721, kind1155} {
		for _, tc := range []struct {
			name   string
			change func(it *bridge.BridgeItem)
		}{
			{"another URI", func(it *bridge.BridgeItem) { it.Uri = ipfsURI(9) }},
			{"another royalty receiver", func(it *bridge.BridgeItem) { it.RoyaltyReceiver = y.another }},
			{"another royalty rate", func(it *bridge.BridgeItem) { it.RoyaltyBps = big.NewInt(royaltyBps + 1) }},
			{"no royalty", func(it *bridge.BridgeItem) { it.RoyaltyReceiver, it.RoyaltyBps = common.Address{}, new(big.Int) }},
		} {
			t.Run(fmt.Sprintf("kind %d, %s", kind, tc.name), func(t *testing.T) {
				it := items[kind]
				tc.change(&it)
				m := p.move(t, y, x, kind, []bridge.BridgeItem{it}, y.user, x.user, time.Hour, 10+kind)
				_, err := y.send(t, 2, y.bridge, p.br.PackSend(m))
				wantRevert(t, err, "WrappedRecordMismatch")
			})
		}
		t.Run(fmt.Sprintf("kind %d, the record's values", kind), func(t *testing.T) {
			m := p.move(t, y, x, kind, []bridge.BridgeItem{items[kind]}, y.user, x.user, time.Hour, 20+kind)
			_, mid := p.sent(t, y.mustSend(t, 2, y.bridge, p.br.PackSend(m)))
			x.mustSend(t, 3, x.bridge, p.br.PackDeliver(m, p.attest(t, x, false, mid, a[0], a[2])))
		})
	}
	if x.owner721(t, x.legacy721, id) != x.user || x.balance1155(t, x.legacy1155, x.user, edition) != 3 {
		t.Fatal("the honest returns did not release the originals")
	}
}
