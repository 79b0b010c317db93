package contracts_test

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
)

func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != name {
		t.Fatalf("error = %v, want the custom error %s", err, name)
	}
}

func cidOf(codec uint64, digest [32]byte) cid.Cid {
	mh, err := multihash.Encode(digest[:], multihash.SHA2_256)
	if err != nil {
		panic(err)
	}
	return cid.NewCidV1(codec, mh)
}

func logsOf(r *types.Receipt, topic common.Hash) []*types.Log {
	var out []*types.Log
	for _, l := range r.Logs {
		if len(l.Topics) > 0 && l.Topics[0] == topic {
			out = append(out, l)
		}
	}
	return out
}

func TestSupportsInterface(t *testing.T) {
	s := newSuiteChain(t, 4)
	cases := []struct {
		contract string
		addr     common.Address
		id       string
		want     bool
	}{
		{"Asset721", s.nft, "01ffc9a7", true}, // ERC-165
		{"Asset721", s.nft, "80ac58cd", true}, // ERC-721
		{"Asset721", s.nft, "5b5e139f", true}, // ERC-721 metadata
		{"Asset721", s.nft, "2a55205a", true}, // ERC-2981
		{"Asset721", s.nft, "49064906", true}, // ERC-4906
		{"Asset721", s.nft, "d9b67a26", false},
		{"Asset721", s.nft, "ffffffff", false},
		{"Asset1155", s.editions, "01ffc9a7", true},
		{"Asset1155", s.editions, "d9b67a26", true}, // ERC-1155
		{"Asset1155", s.editions, "0e89341c", true}, // ERC-1155 metadata URI
		{"Asset1155", s.editions, "2a55205a", true},
		{"Asset1155", s.editions, "49064906", true},
		{"Asset1155", s.editions, "80ac58cd", false},
	}
	for _, c := range cases {
		var id [4]byte
		copy(id[:], common.FromHex(c.id))
		got, err := s.a721.UnpackSupportsInterface(s.call(t, c.addr, s.a721.PackSupportsInterface(id)))
		if err != nil || got != c.want {
			t.Errorf("%s.supportsInterface(0x%s) = %v, %v; want %v", c.contract, c.id, got, err, c.want)
		}
	}
}

func TestMint721(t *testing.T) {
	s := newSuiteChain(t, 4)
	user, local, meta := s.addrs[2], localID("sword-0001"), digest(1)
	r := s.mustSend(t, 1, s.nft, s.a721.PackMint(s.platform, local, user, meta, 250, common.Address{}))
	id := tokenID(s.platform, local)

	transfers := logsOf(r, s.a721.GetABI().Events["Transfer"].ID)
	if len(transfers) != 1 {
		t.Fatalf("%d Transfer events, want 1", len(transfers))
	}
	tr, err := s.a721.UnpackTransferEvent(transfers[0])
	if err != nil || tr.From != (common.Address{}) || tr.To != user || tr.TokenId.Cmp(id) != 0 {
		t.Fatalf("Transfer = %+v, %v", tr, err)
	}
	tok, err := s.a721.UnpackTokenizedEvent(logsOf(r, s.a721.GetABI().Events["Tokenized"].ID)[0])
	if err != nil || tok.PlatformId != s.platform || tok.TokenId.Cmp(id) != 0 || tok.Minter != s.addrs[1] || tok.MetadataDigest != meta {
		t.Fatalf("Tokenized = %+v, %v: want who minted what for which platform with which metadata", tok, err)
	}

	got, _ := s.a721.UnpackTokenIdOf(s.call(t, s.nft, s.a721.PackTokenIdOf(s.platform, local)))
	if got.Cmp(id) != 0 {
		t.Fatalf("tokenIdOf = %x, want keccak256(abi.encode(platformId, localAssetId)) = %x", got, id)
	}
	if owner, _ := s.a721.UnpackOwnerOf(s.call(t, s.nft, s.a721.PackOwnerOf(id))); owner != user {
		t.Fatalf("ownerOf = %s, want %s", owner, user)
	}
	if n, _ := s.a721.UnpackBalanceOf(s.call(t, s.nft, s.a721.PackBalanceOf(user))); n.Int64() != 1 {
		t.Fatalf("balanceOf = %v, want 1", n)
	}
	uri, _ := s.a721.UnpackTokenURI(s.call(t, s.nft, s.a721.PackTokenURI(id)))
	if want := "ipfs://" + cidOf(cid.Raw, meta).String(); uri != want {
		t.Fatalf("tokenURI = %q, want %q", uri, want)
	}
	if origin, _ := s.a721.UnpackPlatformOf(s.call(t, s.nft, s.a721.PackPlatformOf(id))); origin != s.platform {
		t.Fatalf("platformOf = %x, want %x", origin, s.platform)
	}
	roy, err := s.a721.UnpackRoyaltyInfo(s.call(t, s.nft, s.a721.PackRoyaltyInfo(id, big.NewInt(1_000_000))))
	if err != nil || roy.Arg0 != s.addrs[3] || roy.Arg1.Int64() != 25_000 {
		t.Fatalf("royaltyInfo = %+v, %v; want the platform's default receiver and 2.5%%", roy, err)
	}

	// A receiver named at mint wins over the platform default.
	other := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	id2 := tokenID(s.platform, localID("sword-0002"))
	s.mustSend(t, 1, s.nft, s.a721.PackMint(s.platform, localID("sword-0002"), user, digest(2), 1000, other))
	roy, _ = s.a721.UnpackRoyaltyInfo(s.call(t, s.nft, s.a721.PackRoyaltyInfo(id2, big.NewInt(1000))))
	if roy.Arg0 != other || roy.Arg1.Int64() != 100 {
		t.Fatalf("royaltyInfo = %+v, want %s and 10%%", roy, other)
	}
	info, err := s.a721.UnpackAssetInfo(s.call(t, s.nft, s.a721.PackAssetInfo(id2)))
	if err != nil || info.PlatformId != s.platform || info.MetadataDigest != digest(2) || info.InBatchDirectory || info.RoyaltyBps != 1000 || info.RoyaltyReceiver != other {
		t.Fatalf("assetInfo = %+v, %v", info, err)
	}
}

func TestMintRefusals(t *testing.T) {
	s := newSuiteChain(t, 4)
	user := s.addrs[2]
	s.mustSend(t, 1, s.nft, s.a721.PackMint(s.platform, localID("taken"), user, digest(1), 0, common.Address{}))
	s.mustSend(t, 1, s.editions, s.a1155.PackMint(s.platform, localID("taken"), user, big.NewInt(3), digest(1), 0, common.Address{}))
	one := big.NewInt(1)
	cases := []struct {
		name string
		from int
		to   common.Address
		data []byte
		want string
	}{
		{"non-minter", 3, s.nft, s.a721.PackMint(s.platform, localID("x"), user, digest(2), 0, common.Address{}), "NotMinter"},
		{"non-minter 1155", 3, s.editions, s.a1155.PackMint(s.platform, localID("x"), user, one, digest(2), 0, common.Address{}), "NotMinter"},
		{"minter of another platform", 1, s.nft, s.a721.PackMint(contracts.PlatformID("did:web:other.example"), localID("x"), user, digest(2), 0, common.Address{}), "NotMinter"},
		{"duplicate", 1, s.nft, s.a721.PackMint(s.platform, localID("taken"), user, digest(2), 0, common.Address{}), "AlreadyTokenized"},
		{"duplicate 1155", 1, s.editions, s.a1155.PackMint(s.platform, localID("taken"), user, one, digest(2), 0, common.Address{}), "AlreadyTokenized"},
		{"duplicate in a batch", 1, s.nft, s.a721.PackMintBatch(s.platform, [][32]byte{localID("new"), localID("taken")}, user, digest(3), 0, common.Address{}), "AlreadyTokenized"},
		{"twice in one batch", 1, s.editions, s.a1155.PackMintBatch(s.platform, [][32]byte{localID("n"), localID("n")}, []*big.Int{one, one}, user, digest(3), 0, common.Address{}), "AlreadyTokenized"},
		{"no metadata", 1, s.nft, s.a721.PackMint(s.platform, localID("y"), user, [32]byte{}, 0, common.Address{}), "EmptyMetadata"},
		{"royalty above 100%", 1, s.nft, s.a721.PackMint(s.platform, localID("y"), user, digest(2), 10_001, common.Address{}), "RoyaltyTooHigh"},
		{"zero recipient", 1, s.nft, s.a721.PackMint(s.platform, localID("y"), common.Address{}, digest(2), 0, common.Address{}), "ERC721InvalidReceiver"},
		{"empty batch", 1, s.nft, s.a721.PackMintBatch(s.platform, nil, user, digest(3), 0, common.Address{}), "EmptyBatch"},
		{"zero amount", 1, s.editions, s.a1155.PackMint(s.platform, localID("y"), user, big.NewInt(0), digest(2), 0, common.Address{}), "ZeroAmount"},
		{"amount beyond 96 bits", 1, s.editions, s.a1155.PackMint(s.platform, localID("y"), user, new(big.Int).Lsh(one, 96), digest(2), 0, common.Address{}), "AmountTooLarge"},
		{"amounts of another length", 1, s.editions, s.a1155.PackMintBatch(s.platform, [][32]byte{localID("y")}, nil, user, digest(3), 0, common.Address{}), "ERC1155InvalidArrayLength"},
		{"user grants a minter", 2, s.nft, s.a721.PackSetMinter(s.platform, s.addrs[2], true), "NotPlatformAdmin"},
		{"unknown platform", 0, s.nft, s.a721.PackSetMinter(contracts.PlatformID("did:web:nobody.example"), s.addrs[2], true), "UnknownPlatform"},
		{"user updates metadata", 2, s.nft, s.a721.PackUpdateMetadata(tokenID(s.platform, localID("taken")), digest(9)), "NotMinter"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := s.send(t, c.from, c.to, c.data)
			wantRevert(t, err, c.want)
		})
	}
	// Nothing of the refused batches was minted.
	if ok, _ := s.a721.UnpackExists(s.call(t, s.nft, s.a721.PackExists(tokenID(s.platform, localID("new"))))); ok {
		t.Fatal("a refused batch left a token behind")
	}
}

func TestMinterGrantsAndRevocation(t *testing.T) {
	s := newSuiteChain(t, 4)
	// Platform B, administered by key 2; key 0 is the registry's registrar.
	didB := "did:web:platform-b.example"
	b := contracts.PlatformID(didB)
	s.mustSend(t, 0, s.registry, s.reg.PackRegister(b, didB, s.addrs[2], s.addrs[2]))
	s.mustSend(t, 2, s.nft, s.a721.PackSetMinter(b, s.addrs[3], true))
	s.mustSend(t, 3, s.nft, s.a721.PackMint(b, localID("b-1"), s.addrs[3], digest(1), 100, common.Address{}))
	// The platform's admin became its default royalty receiver.
	roy, _ := s.a721.UnpackRoyaltyInfo(s.call(t, s.nft, s.a721.PackRoyaltyInfo(tokenID(b, localID("b-1")), big.NewInt(100))))
	if roy.Arg0 != s.addrs[2] {
		t.Fatalf("default royalty receiver = %s, want platform B's admin %s", roy.Arg0, s.addrs[2])
	}
	// The registrar cannot grant for B, but can revoke.
	_, err := s.send(t, 0, s.nft, s.a721.PackSetMinter(b, s.addrs[0], true))
	wantRevert(t, err, "NotPlatformAdmin")
	r := s.mustSend(t, 0, s.nft, s.a721.PackSetMinter(b, s.addrs[3], false))
	ev, err := s.a721.UnpackMinterSetEvent(r.Logs[0])
	if err != nil || ev.Allowed || ev.By != s.addrs[0] || ev.Account != s.addrs[3] {
		t.Fatalf("MinterSet = %+v, %v", ev, err)
	}
	_, err = s.send(t, 3, s.nft, s.a721.PackMint(b, localID("b-2"), s.addrs[3], digest(2), 0, common.Address{}))
	wantRevert(t, err, "NotMinter")
	// A suspended platform's admin cannot grant.
	s.mustSend(t, 0, s.registry, s.reg.PackSetActive(b, false))
	_, err = s.send(t, 2, s.nft, s.a721.PackSetMinter(b, s.addrs[3], true))
	wantRevert(t, err, "PlatformInactive")
}

func TestBatchMint721(t *testing.T) {
	s := newSuiteChain(t, 4)
	user, dir := s.addrs[2], digest(7)
	locals := [][32]byte{localID("a"), localID("b"), localID("c")}
	royalty := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	r := s.mustSend(t, 1, s.nft, s.a721.PackMintBatch(s.platform, locals, user, dir, 500, royalty))
	transfers := logsOf(r, s.a721.GetABI().Events["Transfer"].ID)
	if len(transfers) != 3 {
		t.Fatalf("%d Transfer events, want 3", len(transfers))
	}
	bt, err := s.a721.UnpackBatchTokenizedEvent(logsOf(r, s.a721.GetABI().Events["BatchTokenized"].ID)[0])
	if err != nil || bt.PlatformId != s.platform || bt.Minter != s.addrs[1] || bt.DirectoryDigest != dir || bt.Count.Int64() != 3 || bt.BatchId.Int64() != 1 {
		t.Fatalf("BatchTokenized = %+v, %v", bt, err)
	}
	for i, l := range locals {
		id := tokenID(s.platform, l)
		tr, _ := s.a721.UnpackTransferEvent(transfers[i])
		if tr.TokenId.Cmp(id) != 0 || tr.To != user {
			t.Fatalf("Transfer %d = %+v, want token %x to %s", i, tr, id, user)
		}
		uri, _ := s.a721.UnpackTokenURI(s.call(t, s.nft, s.a721.PackTokenURI(id)))
		want := fmt.Sprintf("ipfs://%s/%064x.json", cidOf(cid.DagProtobuf, dir), id)
		if uri != want {
			t.Fatalf("tokenURI = %q, want %q", uri, want)
		}
		roy, _ := s.a721.UnpackRoyaltyInfo(s.call(t, s.nft, s.a721.PackRoyaltyInfo(id, big.NewInt(200))))
		if roy.Arg0 != royalty || roy.Arg1.Int64() != 10 {
			t.Fatalf("royaltyInfo = %+v, want the batch's receiver and 5%%", roy)
		}
	}
	if n, _ := s.a721.UnpackBalanceOf(s.call(t, s.nft, s.a721.PackBalanceOf(user))); n.Int64() != 3 {
		t.Fatalf("balanceOf = %v, want 3", n)
	}

	// ERC-4906: a batch token's metadata replaced by its own file.
	id := tokenID(s.platform, locals[1])
	r = s.mustSend(t, 1, s.nft, s.a721.PackUpdateMetadata(id, digest(8)))
	up, err := s.a721.UnpackMetadataUpdateEvent(logsOf(r, s.a721.GetABI().Events["MetadataUpdate"].ID)[0])
	if err != nil || up.TokenId.Cmp(id) != 0 {
		t.Fatalf("MetadataUpdate = %+v, %v", up, err)
	}
	ch, err := s.a721.UnpackMetadataChangedEvent(logsOf(r, s.a721.GetABI().Events["MetadataChanged"].ID)[0])
	if err != nil || ch.By != s.addrs[1] || ch.MetadataDigest != digest(8) {
		t.Fatalf("MetadataChanged = %+v, %v", ch, err)
	}
	uri, _ := s.a721.UnpackTokenURI(s.call(t, s.nft, s.a721.PackTokenURI(id)))
	if want := "ipfs://" + cidOf(cid.Raw, digest(8)).String(); uri != want {
		t.Fatalf("tokenURI after update = %q, want %q", uri, want)
	}
	roy, _ := s.a721.UnpackRoyaltyInfo(s.call(t, s.nft, s.a721.PackRoyaltyInfo(id, big.NewInt(200))))
	if roy.Arg0 != royalty {
		t.Fatalf("royalty receiver after a metadata update = %s, want the batch's %s", roy.Arg0, royalty)
	}
}

func TestTransfers721(t *testing.T) {
	s := newSuiteChain(t, 4)
	owner, spender, dest := s.addrs[2], s.addrs[3], common.HexToAddress("0x00000000000000000000000000000000000000d0")
	id := tokenID(s.platform, localID("t"))
	s.mustSend(t, 1, s.nft, s.a721.PackMint(s.platform, localID("t"), owner, digest(1), 0, common.Address{}))

	_, err := s.send(t, 3, s.nft, s.a721.PackTransferFrom(owner, dest, id))
	wantRevert(t, err, "ERC721InsufficientApproval")
	_, err = s.send(t, 2, s.nft, s.a721.PackTransferFrom(spender, dest, id))
	wantRevert(t, err, "ERC721IncorrectOwner")
	s.mustSend(t, 2, s.nft, s.a721.PackApprove(spender, id))
	if a, _ := s.a721.UnpackGetApproved(s.call(t, s.nft, s.a721.PackGetApproved(id))); a != spender {
		t.Fatalf("getApproved = %s", a)
	}
	s.mustSend(t, 3, s.nft, s.a721.PackSafeTransferFrom(owner, dest, id))
	if o, _ := s.a721.UnpackOwnerOf(s.call(t, s.nft, s.a721.PackOwnerOf(id))); o != dest {
		t.Fatalf("ownerOf after transfer = %s, want %s", o, dest)
	}
	if a, _ := s.a721.UnpackGetApproved(s.call(t, s.nft, s.a721.PackGetApproved(id))); a != (common.Address{}) {
		t.Fatalf("approval survived the transfer: %s", a)
	}
	for addr, want := range map[common.Address]int64{owner: 0, dest: 1} {
		if n, _ := s.a721.UnpackBalanceOf(s.call(t, s.nft, s.a721.PackBalanceOf(addr))); n.Int64() != want {
			t.Fatalf("balanceOf(%s) = %v, want %d", addr, n, want)
		}
	}
	// The record keeps the token's origin and metadata through transfers.
	if origin, _ := s.a721.UnpackPlatformOf(s.call(t, s.nft, s.a721.PackPlatformOf(id))); origin != s.platform {
		t.Fatalf("platformOf after transfer = %x", origin)
	}
	// Safe transfer to a contract that is no receiver is refused.
	_, err = s.send(t, 1, s.nft, s.a721.PackSafeTransferFrom(dest, s.registry, id))
	if err == nil {
		t.Fatal("transfer to a non-receiver contract went through")
	}
	_, err = chain.CallView(t.Context(), s.chain, s.nft, s.a721.PackOwnerOf(big.NewInt(1)), contracts.ErrorABIs()...)
	if err == nil || !strings.Contains(err.Error(), "ERC721NonexistentToken") {
		t.Fatalf("ownerOf(unknown) error = %v", err)
	}
}

func TestEditions1155(t *testing.T) {
	s := newSuiteChain(t, 4)
	holder, user := s.addrs[2], s.addrs[3]
	a1155 := s.a1155
	bal := func(acct common.Address, id *big.Int) int64 {
		t.Helper()
		n, err := a1155.UnpackBalanceOf(s.call(t, s.editions, a1155.PackBalanceOf(acct, id)))
		if err != nil {
			t.Fatal(err)
		}
		return n.Int64()
	}

	r := s.mustSend(t, 1, s.editions, a1155.PackMint(s.platform, localID("potion"), holder, big.NewInt(50), digest(1), 0, common.Address{}))
	single := tokenID(s.platform, localID("potion"))
	ts, err := a1155.UnpackTransferSingleEvent(logsOf(r, a1155.GetABI().Events["TransferSingle"].ID)[0])
	if err != nil || ts.Operator != s.addrs[1] || ts.To != holder || ts.Id.Cmp(single) != 0 || ts.Value.Int64() != 50 {
		t.Fatalf("TransferSingle = %+v, %v", ts, err)
	}
	if uri, _ := a1155.UnpackUri(s.call(t, s.editions, a1155.PackUri(single))); uri != "ipfs://"+cidOf(cid.Raw, digest(1)).String() {
		t.Fatalf("uri = %q", uri)
	}

	locals := [][32]byte{localID("arrow"), localID("shield")}
	r = s.mustSend(t, 1, s.editions, a1155.PackMintBatch(s.platform, locals, []*big.Int{big.NewInt(100), big.NewInt(1)}, holder, digest(5), 0, common.Address{}))
	tb, err := a1155.UnpackTransferBatchEvent(logsOf(r, a1155.GetABI().Events["TransferBatch"].ID)[0])
	arrow, shield := tokenID(s.platform, locals[0]), tokenID(s.platform, locals[1])
	if err != nil || len(tb.Ids) != 2 || tb.Ids[0].Cmp(arrow) != 0 || tb.Ids[1].Cmp(shield) != 0 || tb.Values[0].Int64() != 100 || tb.To != holder {
		t.Fatalf("TransferBatch = %+v, %v", tb, err)
	}
	if bal(holder, arrow) != 100 || bal(holder, shield) != 1 || bal(user, arrow) != 0 || bal(holder, single) != 50 {
		t.Fatal("balances after mint are wrong")
	}
	if uri, _ := a1155.UnpackUri(s.call(t, s.editions, a1155.PackUri(arrow))); uri != fmt.Sprintf("ipfs://%s/%064x.json", cidOf(cid.DagProtobuf, digest(5)), arrow) {
		t.Fatalf("batch uri = %q", uri)
	}

	// A zero move to the holder before it ever sent must not erase its balance.
	s.mustSend(t, 3, s.editions, a1155.PackSafeTransferFrom(user, holder, arrow, big.NewInt(0), nil))
	if bal(holder, arrow) != 100 {
		t.Fatalf("holder balance after a zero move = %d, want 100", bal(holder, arrow))
	}
	_, err = s.send(t, 3, s.editions, a1155.PackSafeTransferFrom(holder, user, arrow, big.NewInt(1), nil))
	wantRevert(t, err, "ERC1155MissingApprovalForAll")
	_, err = s.send(t, 2, s.editions, a1155.PackSafeTransferFrom(holder, user, arrow, big.NewInt(101), nil))
	wantRevert(t, err, "ERC1155InsufficientBalance")

	s.mustSend(t, 2, s.editions, a1155.PackSafeTransferFrom(holder, user, arrow, big.NewInt(30), nil))
	s.mustSend(t, 2, s.editions, a1155.PackSafeBatchTransferFrom(holder, user, []*big.Int{arrow, shield, single}, []*big.Int{big.NewInt(70), big.NewInt(1), big.NewInt(5)}, nil))
	want := map[common.Address][3]int64{holder: {0, 0, 45}, user: {100, 1, 5}}
	for acct, w := range want {
		if got := [3]int64{bal(acct, arrow), bal(acct, shield), bal(acct, single)}; got != w {
			t.Fatalf("balances of %s = %v, want %v", acct, got, w)
		}
	}
	// Back to the holder, through an operator.
	s.mustSend(t, 3, s.editions, a1155.PackSetApprovalForAll(s.addrs[1], true))
	s.mustSend(t, 1, s.editions, a1155.PackSafeTransferFrom(user, holder, arrow, big.NewInt(10), nil))
	if bal(holder, arrow) != 10 || bal(user, arrow) != 90 {
		t.Fatalf("after return: holder %d user %d, want 10 and 90", bal(holder, arrow), bal(user, arrow))
	}
	got, _ := a1155.UnpackBalanceOfBatch(s.call(t, s.editions, a1155.PackBalanceOfBatch([]common.Address{holder, user}, []*big.Int{arrow, shield})))
	if len(got) != 2 || got[0].Int64() != 10 || got[1].Int64() != 1 {
		t.Fatalf("balanceOfBatch = %v", got)
	}
	if m, _ := a1155.UnpackMintedAmount(s.call(t, s.editions, a1155.PackMintedAmount(arrow))); m.Int64() != 100 {
		t.Fatalf("mintedAmount = %v", m)
	}

	// A single mint beyond 40 bits writes its balance out; both kinds move alike.
	big41 := new(big.Int).Lsh(big.NewInt(1), 41)
	s.mustSend(t, 1, s.editions, a1155.PackMint(s.platform, localID("gold"), holder, big41, digest(4), 0, common.Address{}))
	gold := tokenID(s.platform, localID("gold"))
	s.mustSend(t, 2, s.editions, a1155.PackSafeTransferFrom(holder, user, gold, big.NewInt(1), nil))
	left, _ := a1155.UnpackBalanceOf(s.call(t, s.editions, a1155.PackBalanceOf(holder, gold)))
	if want := new(big.Int).Sub(big41, big.NewInt(1)); left.Cmp(want) != 0 || bal(user, gold) != 1 {
		t.Fatalf("after a transfer of 1 of 2^41: holder %v, user %d", left, bal(user, gold))
	}
	if m, _ := a1155.UnpackMintedAmount(s.call(t, s.editions, a1155.PackMintedAmount(gold))); m.Cmp(big41) != 0 {
		t.Fatalf("mintedAmount = %v, want 2^41", m)
	}
	if m, _ := a1155.UnpackMintedAmount(s.call(t, s.editions, a1155.PackMintedAmount(single))); m.Int64() != 50 {
		t.Fatalf("mintedAmount of a single mint = %v, want 50", m)
	}
	if info, _ := a1155.UnpackAssetInfo(s.call(t, s.editions, a1155.PackAssetInfo(single))); info.BatchId.Sign() != 0 || info.PlatformId != s.platform {
		t.Fatalf("assetInfo of a single mint = %+v, want no batch", info)
	}
	if bal(common.Address{}, single) != 0 {
		t.Fatal("the zero address holds a balance")
	}

	// Minting to a contract that is no ERC-1155 receiver is refused.
	_, err = s.send(t, 1, s.editions, a1155.PackMint(s.platform, localID("lost"), s.registry, big.NewInt(1), digest(3), 0, common.Address{}))
	wantRevert(t, err, "ERC1155InvalidReceiver")

	// Metadata update: ERC-4906 and ERC-1155's URI event.
	r = s.mustSend(t, 1, s.editions, a1155.PackUpdateMetadata(arrow, digest(6)))
	u, err := a1155.UnpackURIEvent(logsOf(r, a1155.GetABI().Events["URI"].ID)[0])
	if err != nil || u.Value != "ipfs://"+cidOf(cid.Raw, digest(6)).String() || u.Id.Cmp(arrow) != 0 {
		t.Fatalf("URI event = %+v, %v", u, err)
	}
	if len(logsOf(r, a1155.GetABI().Events["MetadataUpdate"].ID)) != 1 {
		t.Fatal("no MetadataUpdate event")
	}
	// The lazy holder balance survives the metadata update of a batch token.
	if bal(holder, arrow) != 10 || bal(holder, shield) != 0 {
		t.Fatal("balances changed with metadata")
	}
}
