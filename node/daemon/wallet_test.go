package daemon

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/baseline721"
	"github.com/mifm/mifm/contracts/bindings/legacycollection721"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/riclient"
	"github.com/mifm/mifm/node/transfer"
	"github.com/mifm/mifm/testnet/walletjs"
)

// userWallet is a wallet holder's own wallet: an outside ethers 6 process
// (testnet/wallet-js) holding a key the nodes never see.
type userWallet struct {
	t    *testing.T
	key  *ecdsa.PrivateKey
	addr common.Address
	c    chain.Client
	rpc  string
}

func newUserWallet(t *testing.T, b chain.Backend) *userWallet {
	walletjs.Require(t)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	w := &userWallet{t: t, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	if b != nil {
		w.c, w.rpc = b, b.Endpoint()
	}
	return w
}

func (w *userWallet) hexKey() string { return hexutil.Encode(crypto.FromECDSA(w.key)) }

// signTypedData has the wallet sign eth_signTypedData_v4 JSON.
func (w *userWallet) signTypedData(td transfer.TypedData) hexutil.Bytes {
	w.t.Helper()
	out, err := walletjs.Run(context.Background(), map[string]any{"op": "signTypedData", "key": w.hexKey(), "typedData": td})
	if err != nil {
		w.t.Fatalf("the wallet's signature: %v", err)
	}
	var res struct {
		Signature hexutil.Bytes `json:"signature"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		w.t.Fatal(err)
	}
	return res.Signature
}

// send has the wallet sign and send an unsigned transaction the node
// prepared, and wait for it.
func (w *userWallet) send(ctx context.Context, u transfer.UnsignedTx) common.Hash {
	w.t.Helper()
	if w.rpc == "" {
		w.t.Fatal("the wallet has no chain endpoint")
	}
	value := "0x0"
	if u.Value != nil {
		value = u.Value.String()
	}
	out, err := walletjs.Run(ctx, map[string]any{"op": "send", "key": w.hexKey(), "rpc": w.rpc,
		"tx": map[string]string{"to": u.To.Hex(), "data": hexutil.Encode(u.Data), "value": value}})
	if err != nil {
		w.t.Fatalf("the wallet's transaction: %v", err)
	}
	var res struct {
		Hash   common.Hash `json:"hash"`
		Status int         `json:"status"`
	}
	if err := json.Unmarshal(out, &res); err != nil || res.Status != 1 {
		w.t.Fatalf("the wallet's transaction: %s %v", out, err)
	}
	return res.Hash
}

// edited is a copy of td, edited.
func edited(td transfer.TypedData, edit func(msg, dom map[string]any)) transfer.TypedData {
	data, _ := json.Marshal(td)
	var out transfer.TypedData
	_ = json.Unmarshal(data, &out)
	edit(out.Message, out.Domain)
	return out
}

// A wallet holder moves an NFT signing only in their own wallet (FGMV-43
// ASIR-106): the node prepares the consent's typed data and the unsigned
// lock, never holds the key, and refuses a tampered field, a consent for
// another chain or escrow, a replayed consent and a foreign lock
// transaction, keeping nothing of them.
func TestUserWalletSignsAndLocks(t *testing.T) {
	// Its own nodes and chains: it runs beside the other long ones.
	t.Parallel()
	if testing.Short() {
		t.Skip("two nodes and a chain")
	}
	a, b, n, sender := transferPair(t, newBackend(t, 0), newBackend(t, 0))
	ctx := context.Background()
	user := newUserWallet(t, n.Chain)
	if _, err := sender.Transact(ctx, chain.Call{To: &user.addr, Value: big.NewInt(params.Ether)}); err != nil {
		t.Fatal(err)
	}
	tok := pairTokenizer(t, a, n, sender)
	mint := func(name string) string {
		m, err := tok.Tokenize(ctx, asset.Request{Files: []asset.File{{Name: name + ".glb", Data: bytes.NewReader([]byte("glTF\x02\x00\x00\x00 " + name))}}, Name: name, LocalID: name, To: user.addr})
		if err != nil {
			t.Fatal(err)
		}
		return m.Asset
	}
	sword, shield := mint("sword"), mint("shield")
	ri, err := riclient.New(a.RI, a.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	userB := b.Core.Home.Keystore().Accounts()[1]
	prepare := func(asset string) *api.PreparedTransfer {
		p, err := ri.PrepareTransfer(ctx, api.TransferRequest{Asset: asset, ToPlatform: b.Core.Home.Config.Platform.DID, To: userB.Hex(), Deadline: "10m", Rights: []string{"display"}})
		if err != nil {
			t.Fatal(err)
		}
		if p.Transfer.State != transfer.Prepared || p.Transfer.Wallet != transfer.WalletUser || p.Lock.From != user.addr || p.Consent.PrimaryType != "Consent" {
			t.Fatalf("prepared: %+v", p)
		}
		return p
	}
	p := prepare(sword)
	other := prepare(shield)

	// What a wallet must not get through: each is refused and the
	// transfer stays prepared.
	for _, tc := range []struct {
		name string
		sig  api.TransferSignatures
		want string
	}{
		{"a tampered recipient", api.TransferSignatures{Consent: user.signTypedData(edited(p.Consent, func(m, _ map[string]any) {
			m["transfer"].(map[string]any)["recipient"] = user.addr.Hex()
		}))}, "not the depositor"},
		{"a tampered deadline", api.TransferSignatures{Consent: user.signTypedData(edited(p.Consent, func(m, _ map[string]any) {
			m["transfer"].(map[string]any)["deadline"] = "99999999999"
		}))}, "not the depositor"},
		{"tampered rights", api.TransferSignatures{Consent: user.signTypedData(edited(p.Consent, func(m, _ map[string]any) {
			m["rights"] = "display, resell"
		}))}, "not the depositor"},
		{"another chain", api.TransferSignatures{Consent: user.signTypedData(edited(p.Consent, func(_, d map[string]any) {
			d["chainId"] = 1
		}))}, "not the depositor"},
		{"another escrow", api.TransferSignatures{Consent: user.signTypedData(edited(p.Consent, func(_, d map[string]any) {
			d["verifyingContract"] = user.addr.Hex()
		}))}, "not the depositor"},
		{"the consent to another transfer", api.TransferSignatures{Consent: user.signTypedData(other.Consent)}, "not the depositor"},
		{"no signature", api.TransferSignatures{}, "not the depositor"},
		{"a lock transaction that is not the lock", api.TransferSignatures{Consent: user.signTypedData(p.Consent), LockTx: ptr(user.send(ctx, transfer.UnsignedTx{To: userB, Value: (*hexutil.Big)(big.NewInt(1))}))}, "not the prepared lock"},
	} {
		_, err := ri.SignTransfer(ctx, p.Transfer.ID.Hex(), tc.sig)
		if !badRequest(err) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want a bad request saying %q", tc.name, err, tc.want)
		}
		if r, _ := ri.TransferShow(ctx, p.Transfer.ID.Hex()); r.State != transfer.Prepared || len(r.Consent) != 0 {
			t.Errorf("%s: the transfer is %s with consent %x, want prepared and nothing kept", tc.name, r.State, r.Consent)
		}
	}

	// The wallet signs, sends the lock itself, and hands both over.
	consent := user.signTypedData(p.Consent)
	lockTx := user.send(ctx, p.Lock)
	r, err := ri.SignTransfer(ctx, p.Transfer.ID.Hex(), api.TransferSignatures{Consent: consent, LockTx: &lockTx})
	if err != nil {
		t.Fatal(err)
	}
	resume := func() { a.Core.TransferService().Resume(ctx, "ri") }
	r = waitState(t, ri, r.ID.Hex(), transfer.Delivered, resume)
	if r.LockTx == nil || *r.LockTx != lockTx {
		t.Errorf("the record's lock is %v, want the wallet's %s", r.LockTx, lockTx)
	}
	nft := asset721.NewAsset721()
	parsed, _ := chain.ParseAssetID(sword)
	id, _ := new(big.Int).SetString(parsed.TokenID, 10)
	token := common.HexToAddress(parsed.Reference)
	out, err := chain.CallView(ctx, n.Chain, token, nft.PackOwnerOf(id))
	if err != nil {
		t.Fatal(err)
	}
	if owner, _ := nft.UnpackOwnerOf(out); owner != userB {
		t.Errorf("after delivery the token belongs to %s, want %s", owner.Hex(), userB.Hex())
	}
	// Replayed: the same consent again is refused; the transfer is done.
	if _, err := ri.SignTransfer(ctx, p.Transfer.ID.Hex(), api.TransferSignatures{Consent: consent}); !badRequest(err) {
		t.Errorf("the consent replayed: %v", err)
	}
	in, err := b.Core.TransferShow(ctx, r.ID.Hex())
	if err != nil || in.State != transfer.Imported || !bytes.Equal(in.Consent, consent) {
		t.Errorf("B's record: %+v %v", in, err)
	}

	// Signed without the lock: the node finds the lock in the escrow when
	// the wallet sends it.
	r2, err := ri.SignTransfer(ctx, other.Transfer.ID.Hex(), api.TransferSignatures{Consent: user.signTypedData(other.Consent)})
	if err != nil || r2.State != transfer.Requested {
		t.Fatalf("signed without the lock: %+v %v", r2, err)
	}
	user.send(ctx, other.Lock)
	waitState(t, ri, other.Transfer.ID.Hex(), transfer.Delivered, resume)
}

func ptr[T any](v T) *T { return &v }

// badRequest says whether err is the node's 400 over RI.
func badRequest(err error) bool {
	var p *re.Problem
	return errors.As(err, &p) && p.Status == http.StatusBadRequest
}

// waitState polls a transfer until it reaches want or a final state; resume
// is the daemon's resume loop, which in-process nodes run by hand.
func waitState(t *testing.T, ri *riclient.Client, id string, want transfer.State, resume func()) *api.Transfer {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		r, err := ri.TransferShow(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if r.State == want {
			return r
		}
		if r.State.Terminal() || time.Now().After(deadline) {
			t.Fatalf("transfer %s is %s, want %s: %+v", id, r.State, want, r.History)
		}
		resume()
		time.Sleep(200 * time.Millisecond)
	}
}

// Above the platform's threshold a consent needs its second factor
// (ASIR-106): the user's registered second device, or the platform's own
// co-signature; a prepared transfer the wallet never signs fails at the
// deadline, and one it locked without consenting comes back: nothing is
// stuck in the escrow.
func TestSecondFactorAndUnsignedDeadlines(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes and a chain")
	}
	a, b, n, sender := transferPair(t, newBackend(t, 0), newBackend(t, 0))
	ctx := context.Background()
	user, device := newUserWallet(t, n.Chain), newUserWallet(t, n.Chain)
	if _, err := sender.Transact(ctx, chain.Call{To: &user.addr, Value: big.NewInt(params.Ether)}); err != nil {
		t.Fatal(err)
	}
	tok := pairTokenizer(t, a, n, sender)
	mint := func(name string) string {
		m, err := tok.Tokenize(ctx, asset.Request{Files: []asset.File{{Name: name + ".glb", Data: bytes.NewReader([]byte("glTF\x02\x00\x00\x00 " + name))}}, Name: name, LocalID: name, To: user.addr})
		if err != nil {
			t.Fatal(err)
		}
		return m.Asset
	}
	svc := a.Core.TransferService()
	userB := b.Core.Home.Keystore().Accounts()[1]
	req := func(asset, deadline string) api.TransferRequest {
		return api.TransferRequest{Asset: asset, ToPlatform: b.Core.Home.Config.Platform.DID, To: userB.Hex(), Deadline: deadline}
	}

	svc.SecondFactor = &transfer.SecondFactor{Above: new(big.Int), Signer: transfer.SecondDevice}
	crown := mint("crown")
	if _, err := a.Core.PrepareTransfer(ctx, req(crown, "10m")); !errors.Is(err, transfer.ErrSecondSignature) || !strings.Contains(err.Error(), "none is registered") {
		t.Fatalf("no second device registered: %v", err)
	}
	if err := a.Core.SetSecondDevice(ctx, user.addr.Hex(), api.SecondDeviceRequest{Device: device.addr.Hex()}); err != nil {
		t.Fatal(err)
	}
	p, err := a.Core.PrepareTransfer(ctx, req(crown, "10m"))
	if err != nil {
		t.Fatal(err)
	}
	if p.SecondSigner == nil || *p.SecondSigner != device.addr {
		t.Fatalf("second signer %v, want the device %s", p.SecondSigner, device.addr.Hex())
	}
	consent := user.signTypedData(p.Consent)
	for name, second := range map[string]hexutil.Bytes{"none": nil, "the user's key twice": consent, "another key": newUserWallet(t, n.Chain).signTypedData(p.Consent)} {
		if _, err := a.Core.SignTransfer(ctx, p.Transfer.ID.Hex(), api.TransferSignatures{Consent: consent, SecondSignature: second}); !errors.Is(err, transfer.ErrSecondSignature) {
			t.Errorf("second signature %s: %v", name, err)
		}
	}
	r, err := a.Core.SignTransfer(ctx, p.Transfer.ID.Hex(), api.TransferSignatures{Consent: consent, SecondSignature: device.signTypedData(p.Consent)})
	if err != nil || r.State != transfer.Requested || r.SecondSigner == nil || *r.SecondSigner != device.addr {
		t.Fatalf("signed by the wallet and its device: %+v %v", r, err)
	}

	// The platform as the second factor: its back end co-signs.
	svc.SecondFactor = &transfer.SecondFactor{Above: new(big.Int), Signer: transfer.SecondPlatform}
	orb := mint("orb")
	p, err = a.Core.PrepareTransfer(ctx, req(orb, "10m"))
	if err != nil {
		t.Fatal(err)
	}
	if p.SecondSigner == nil || *p.SecondSigner != a.Core.Home.PlatformAddress() {
		t.Fatalf("second signer %v, want the platform key", p.SecondSigner)
	}
	consent = user.signTypedData(p.Consent)
	if _, err := a.Core.SignTransfer(ctx, p.Transfer.ID.Hex(), api.TransferSignatures{Consent: consent}); !errors.Is(err, transfer.ErrSecondSignature) {
		t.Errorf("before the platform co-signed: %v", err)
	}
	if _, err := a.Core.CosignTransfer(ctx, p.Transfer.ID.Hex()); err != nil {
		t.Fatal(err)
	}
	if r, err := a.Core.SignTransfer(ctx, p.Transfer.ID.Hex(), api.TransferSignatures{Consent: consent}); err != nil || r.State != transfer.Requested {
		t.Fatalf("after the platform co-signed: %+v %v", r, err)
	}

	// Never signed: failed at the deadline, nothing moved. Locked without
	// a consent: refunded.
	svc.SecondFactor = nil
	ri, err := riclient.New(a.RI, a.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	resume := func() { svc.Resume(ctx, "ri") }
	idle, err := a.Core.PrepareTransfer(ctx, req(mint("idle"), "3s"))
	if err != nil {
		t.Fatal(err)
	}
	silent, err := a.Core.PrepareTransfer(ctx, req(mint("silent"), "4s"))
	if err != nil {
		t.Fatal(err)
	}
	user.send(ctx, silent.Lock)
	if r := waitState(t, ri, idle.Transfer.ID.Hex(), transfer.Failed, resume); !strings.Contains(r.Error, "did not sign") {
		t.Errorf("the unsigned transfer failed with %q", r.Error)
	}
	waitState(t, ri, silent.Transfer.ID.Hex(), transfer.Refunded, resume)
	nft := asset721.NewAsset721()
	for _, asset := range []string{idle.Transfer.Asset, silent.Transfer.Asset} {
		parsed, _ := chain.ParseAssetID(asset)
		id, _ := new(big.Int).SetString(parsed.TokenID, 10)
		out, err := chain.CallView(ctx, n.Chain, common.HexToAddress(parsed.Reference), nft.PackOwnerOf(id))
		if err != nil {
			t.Fatal(err)
		}
		if owner, _ := nft.UnpackOwnerOf(out); owner != user.addr {
			t.Errorf("%s belongs to %s after the deadline, want the user %s", asset, owner.Hex(), user.addr.Hex())
		}
	}
}

// A wallet holder gives a token of a collection mifm never deployed to a
// user of B through the escrow (same chain): B reads the collection from
// the chain (ERC-165, royalty, who deployed it) and its on-chain metadata,
// admits it by its manifesto's collections policy, pins the metadata and
// records the provenance. A collection the policy refuses (no ERC-2981
// royalty, which B requires) comes back at once.
func TestOutsideCollectionThroughTheEscrow(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes and a chain")
	}
	a, b, n, sender := transferPair(t, newBackend(t, 0), newBackend(t, 0))
	ctx := context.Background()
	user := newUserWallet(t, n.Chain)
	if _, err := sender.Transact(ctx, chain.Call{To: &user.addr, Value: big.NewInt(params.Ether)}); err != nil {
		t.Fatal(err)
	}
	l := legacycollection721.NewLegacyCollection721()
	code, _ := hexutil.Decode(legacycollection721.LegacyCollection721MetaData.Bin)
	legacy, _, err := sender.Deploy(ctx, code, l.PackConstructor(sender.From(), common.HexToAddress("0x00000000000000000000000000000000000000aa"), big.NewInt(400)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := sender.Transact(ctx, chain.Call{To: &legacy, Data: l.PackSafeMint(user.addr, `data:application/json,{"name":"Compass","description":"an outside NFT"}`)})
	if err != nil {
		t.Fatal(err)
	}
	ev, _ := l.UnpackTransferEvent(rc.Logs[0])
	bl := baseline721.NewBaseline721()
	code, _ = hexutil.Decode(baseline721.Baseline721MetaData.Bin)
	plain, _, err := sender.Deploy(ctx, code, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sender.Transact(ctx, chain.Call{To: &plain, Data: bl.PackMintWithURI(user.addr, big.NewInt(7), `data:application/json,{"name":"Plain"}`)}); err != nil {
		t.Fatal(err)
	}
	ri, _ := riclient.New(a.RI, a.Token, nil)
	userB := b.Core.Home.Keystore().Accounts()[1]
	resume := func() { a.Core.TransferService().Resume(ctx, "ri") }
	give := func(asset string, want transfer.State) *api.Transfer {
		p, err := ri.PrepareTransfer(ctx, api.TransferRequest{Asset: asset, From: user.addr.Hex(), ToPlatform: b.Core.Home.Config.Platform.DID, To: userB.Hex(), Deadline: "10m"})
		if err != nil {
			t.Fatal(err)
		}
		lock := user.send(ctx, p.Lock)
		if _, err := ri.SignTransfer(ctx, p.Transfer.ID.Hex(), api.TransferSignatures{Consent: user.signTypedData(p.Consent), LockTx: &lock}); err != nil {
			t.Fatal(err)
		}
		return waitState(t, ri, p.Transfer.ID.Hex(), want, resume)
	}
	compass := chain.EIP155Token(1337, "erc721", legacy, ev.TokenId).String()
	give(compass, transfer.Delivered)
	in, err := b.Core.TransferShow(ctx, transfer0x(t, ri, compass))
	if err != nil || in.State != transfer.Imported || in.Collection == nil {
		t.Fatalf("B's record: %+v %v", in, err)
	}
	if d := in.Collection.Provenance.Deployer; d == nil || *d != sender.From() || in.Collection.Royalty == nil || in.Collection.Royalty.Bps != 400 {
		t.Errorf("B recorded the collection as %+v", in.Collection)
	}
	entries, err := b.Core.AuditLog(ctx, api.AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	admitted := false
	for _, e := range entries {
		admitted = admitted || (e.Op == "collection.admitted" && e.Subject == compass && e.Detail["deployer"] == sender.From().Hex())
	}
	if !admitted {
		t.Error("B's audit log does not record the collection it admitted")
	}
	r := give(chain.EIP155Token(1337, "erc721", plain, big.NewInt(7)).String(), transfer.Returned)
	if r.Answer == nil || !strings.Contains(r.Answer.Explanation, "royalt") {
		t.Errorf("the refusal: %+v", r.Answer)
	}
	// A contract that is not an NFT is refused before anything is signed.
	if _, err := ri.PrepareTransfer(ctx, api.TransferRequest{Asset: chain.EIP155Token(1337, "erc721", user.addr, big.NewInt(1)).String(), From: user.addr.Hex(), ToPlatform: b.Core.Home.Config.Platform.DID, To: userB.Hex(), Deadline: "10m"}); !badRequest(err) {
		t.Errorf("an account as an ERC-721: %v", err)
	}
}

// transfer0x is the id of the newest transfer of asset on A.
func transfer0x(t *testing.T, ri *riclient.Client, asset string) string {
	t.Helper()
	list, err := ri.TransferList(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range list {
		if r.Asset == asset {
			return r.ID.Hex()
		}
	}
	t.Fatalf("no transfer of %s", asset)
	return ""
}
