package asset_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/ipfs"
)

const platform = "did:web:platform-a.example"

type fixture struct {
	chain    *chain.Embedded
	senders  []*chain.Sender
	store    *ipfs.Store
	storeDir string
	tok      *asset.Tokenizer
	reader   *asset.Reader
	nft, ed  common.Address
	registry common.Address
	addrs    []common.Address
}

// newFixture: an embedded chain with the suite, platform A registered with
// key 0 as admin and minter, key 1 a user, and a real IPFS store.
func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	f := &fixture{storeDir: filepath.Join(dir, "ipfs")}
	// Keys in memory, not in a keystore: the keystore's scrypt (two runs
	// per key) is slow under the race detector, and key storage is chain's
	// to test.
	var keys []*ecdsa.PrivateKey
	for range 2 {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, key)
		f.addrs = append(f.addrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(dir, "chain"), Prefund: f.addrs, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	f.chain = c
	for _, key := range keys {
		cfg := chain.DefaultTxConfig()
		cfg.ErrorABIs, cfg.PollInterval = contracts.ErrorABIs(), 2*time.Millisecond
		s, err := chain.NewSender(ctx, c, keySigner{key}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		f.senders = append(f.senders, s)
	}
	suite, _ := contracts.Suite(f.addrs[0])
	deps, _ := chain.OpenDeployments(filepath.Join(dir, "deployments"))
	res, err := deps.EnsureDeployed(ctx, f.senders[0], suite)
	if err != nil {
		t.Fatal(err)
	}
	f.registry, f.nft, f.ed = res[0].Address, res[1].Address, res[2].Address
	id := contracts.PlatformID(platform)
	f.send(t, 0, f.registry, platformregistry.NewPlatformRegistry().PackRegister(id, platform, f.addrs[0], f.addrs[0]))
	f.send(t, 0, f.nft, asset721.NewAsset721().PackSetMinter(id, f.addrs[0], true))
	f.send(t, 0, f.ed, asset1155.NewAsset1155().PackSetMinter(id, f.addrs[0], true))
	if f.store, err = ipfs.Open(ctx, f.storeDir, ipfs.Options{Fetch: loopbackFetch()}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.store.Close() })
	f.tok = &asset.Tokenizer{Sender: f.senders[0], Store: f.store, PlatformDID: platform, Asset721: f.nft, Asset1155: f.ed, FromBlock: res[0].Block}
	f.reader = asset.NewReader(c, 1337, f.nft, f.ed, res[0].Block)
	return f
}

// keySigner signs transactions with a key held in memory.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignTx(tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(id), k.key)
}

func (f *fixture) send(t testing.TB, from int, to common.Address, data []byte) {
	t.Helper()
	if _, err := f.senders[from].Transact(context.Background(), chain.Call{To: &to, Data: data}); err != nil {
		t.Fatal(err)
	}
}

func sword() asset.Request {
	return asset.Request{
		Files: []asset.File{
			{Name: "sword.glb", Data: strings.NewReader("glTF\x02\x00\x00\x00 a sword")},
			{Name: "sword.png", Data: bytes.NewReader([]byte("\x89PNG\r\n\x1a\n a picture"))},
		},
		Name: "Sword", Description: "a sharp one", Attributes: []asset.Attribute{{TraitType: "rarity", Value: "epic"}},
		Creator: "did:web:smith.example", License: "CC-BY-4.0", UsageRights: "display and wield in any metaverse",
		LocalID: "sword-0001", RoyaltyBps: 250,
	}
}

func TestTokenizeERC721(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	res, err := f.tok.Tokenize(ctx, sword())
	if err != nil {
		t.Fatal(err)
	}
	if res.Existing || res.GasUsed == 0 || res.Tx == (common.Hash{}) || len(res.ContentCIDs) != 2 || res.To != f.addrs[0] {
		t.Fatalf("result = %+v", res)
	}
	local, _ := asset.LocalAssetID("sword-0001")
	id := asset.TokenID(contracts.PlatformID(platform), local)
	if want := chain.EIP155Token(1337, "erc721", f.nft, id).String(); res.Asset != want {
		t.Fatalf("asset = %s, want %s", res.Asset, want)
	}

	// tokenURI decodes to the CID the IPFS store holds, and its bytes hash to it.
	a := asset721.NewAsset721()
	out, err := chain.CallView(ctx, f.chain, f.nft, a.PackTokenURI(id))
	if err != nil {
		t.Fatal(err)
	}
	uri, _ := a.UnpackTokenURI(out)
	c, err := cid.Decode(strings.TrimPrefix(uri, "ipfs://"))
	if err != nil || c.String() != res.MetadataCID || c.Type() != cid.Raw {
		t.Fatalf("tokenURI %q: CID %v (%v), want the raw metadata CID %s", uri, c, err, res.MetadataCID)
	}
	file, err := f.store.Cat(ctx, c, 0, -1)
	if err != nil {
		t.Fatalf("the store lacks the metadata the chain points to: %v", err)
	}
	data, _ := io.ReadAll(file)
	file.Close()
	sum := sha256.Sum256(data)
	if dec, _ := multihash.Decode(c.Hash()); !bytes.Equal(dec.Digest, sum[:]) {
		t.Fatal("metadata bytes do not hash to the CID on chain")
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	mifm := m["mifm"].(map[string]any)
	content := mifm["content"].([]any)
	if m["name"] != "Sword" || m["animation_url"] != "ipfs://"+res.ContentCIDs[0] || m["image"] != "ipfs://"+res.ContentCIDs[1] ||
		mifm["originPlatform"] != platform || mifm["localAssetId"] != "sword-0001" || mifm["license"] != "CC-BY-4.0" ||
		mifm["creator"] != "did:web:smith.example" || content[0].(map[string]any)["mediaType"] != "model/gltf-binary" ||
		content[1].(map[string]any)["mediaType"] != "image/png" {
		t.Fatalf("metadata = %s", data)
	}

	shown, err := f.reader.Show(ctx, f.store, "", res.Asset)
	if err != nil {
		t.Fatal(err)
	}
	if !shown.Verified || shown.Owner == nil || *shown.Owner != f.addrs[0] || shown.Platform != platform || shown.RoyaltyBps != 250 ||
		shown.RoyaltyReceiver != f.addrs[0] || shown.Metadata.Name != "Sword" || len(shown.Checks) != 3 {
		t.Fatalf("show = %+v", shown)
	}

	// The same call again returns the token, sends nothing.
	nonce, _ := f.chain.NonceAt(ctx, f.addrs[0], nil)
	again, err := f.tok.Tokenize(ctx, sword())
	if err != nil {
		t.Fatal(err)
	}
	if after, _ := f.chain.NonceAt(ctx, f.addrs[0], nil); after != nonce {
		t.Fatalf("a repeated tokenization sent %d transactions", after-nonce)
	}
	if !again.Existing || again.Asset != res.Asset || again.Tx != res.Tx || again.MetadataCID != res.MetadataCID || again.Note != "" || again.GasUsed != res.GasUsed {
		t.Fatalf("repeat = %+v, want the existing token %+v", again, res)
	}
	changed := sword()
	changed.Description = "blunt now"
	again, err = f.tok.Tokenize(ctx, changed)
	if err != nil || !again.Existing || again.Note == "" || again.MetadataCID != res.MetadataCID {
		t.Fatalf("repeat with other metadata = %+v, %v; want the existing token and a note", again, err)
	}

	held, err := f.reader.Holdings(ctx, f.addrs[0])
	if err != nil || len(held) != 1 || held[0].Asset != res.Asset {
		t.Fatalf("holdings = %+v, %v", held, err)
	}
	// After a transfer the chain's events move it to the user.
	f.send(t, 0, f.nft, a.PackTransferFrom(f.addrs[0], f.addrs[1], id))
	if held, _ := f.reader.Holdings(ctx, f.addrs[0]); len(held) != 0 {
		t.Fatalf("old owner still holds %+v", held)
	}
	if held, _ := f.reader.Holdings(ctx, f.addrs[1]); len(held) != 1 || held[0].Asset != res.Asset {
		t.Fatalf("new owner holds %+v", held)
	}
}

func TestTokenizeERC1155Editions(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	req := asset.Request{Files: []asset.File{{Name: "potion.bin", Data: strings.NewReader("a potion")}}, Name: "Potion",
		Standard: asset.ERC1155, Amount: big.NewInt(40), To: f.addrs[1]}
	res, err := f.tok.Tokenize(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if res.LocalAssetID != res.ContentCIDs[0] {
		t.Fatalf("default local id = %q, want the content CID %s", res.LocalAssetID, res.ContentCIDs[0])
	}
	shown, err := f.reader.Show(ctx, f.store, "", res.Asset)
	if err != nil || !shown.Verified || len(shown.Holders) != 1 || shown.Holders[0].Address != f.addrs[1] || shown.Holders[0].Balance != "40" || shown.MintedAmount != "40" {
		t.Fatalf("show = %+v, %v", shown, err)
	}
	e := asset1155.NewAsset1155()
	id, _ := new(big.Int).SetString(res.TokenID, 10)
	f.send(t, 1, f.ed, e.PackSafeTransferFrom(f.addrs[1], f.addrs[0], id, big.NewInt(15), nil))
	shown, _ = f.reader.Show(ctx, f.store, "", res.Asset)
	if len(shown.Holders) != 2 {
		t.Fatalf("holders after a transfer = %+v", shown.Holders)
	}
	for _, h := range shown.Holders {
		if want := map[common.Address]string{f.addrs[0]: "15", f.addrs[1]: "25"}[h.Address]; h.Balance != want {
			t.Fatalf("holder %s has %s, want %s", h.Address, h.Balance, want)
		}
	}
	if held, _ := f.reader.Holdings(ctx, f.addrs[0]); len(held) != 1 || held[0].Balance != "15" {
		t.Fatalf("holdings = %+v", held)
	}
	again, err := f.tok.Tokenize(ctx, asset.Request{Files: []asset.File{{Name: "potion.bin", Data: strings.NewReader("a potion")}}, Name: "Potion",
		Standard: asset.ERC1155, Amount: big.NewInt(40), To: f.addrs[1]})
	if err != nil || !again.Existing || again.Tx != res.Tx || again.Amount != "40" || again.To != f.addrs[1] {
		t.Fatalf("repeat = %+v, %v", again, err)
	}
}

// One platform asset is one token: tokenized as an ERC-721, it can't be
// minted again as ERC-1155 editions (the same derived id in the other
// contract), alone or in a batch.
func TestTokenizeOnceAcrossStandards(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	file := func() []asset.File { return []asset.File{{Name: "lance.bin", Data: strings.NewReader("a lance")}} }
	if _, err := f.tok.Tokenize(ctx, asset.Request{Files: file(), Name: "Lance", LocalID: "lance-1", Standard: asset.ERC721}); err != nil {
		t.Fatal(err)
	}
	_, err := f.tok.Tokenize(ctx, asset.Request{Files: file(), Name: "Lance", LocalID: "lance-1", Standard: asset.ERC1155, Amount: big.NewInt(3)})
	if !errors.Is(err, asset.ErrTokenizedElsewhere) {
		t.Fatalf("the same asset as ERC-1155: %v", err)
	}
	_, err = f.tok.TokenizeBatch(ctx, asset.BatchRequest{Standard: asset.ERC1155, Assets: []asset.Request{{Files: file(), Name: "Lance", LocalID: "lance-1", Amount: big.NewInt(3)}}})
	if !errors.Is(err, asset.ErrTokenizedElsewhere) {
		t.Fatalf("the same asset in an ERC-1155 batch: %v", err)
	}
	// A refused mint pins nothing: its file is gone at the next GC.
	refused := func() []asset.File {
		return []asset.File{{Name: "lance.bin", Data: strings.NewReader("another lance, refused")}}
	}
	_, err = f.tok.Tokenize(ctx, asset.Request{Files: refused(), Name: "Lance", LocalID: "lance-1", Standard: asset.ERC1155, Amount: big.NewInt(3)})
	if !errors.Is(err, asset.ErrTokenizedElsewhere) {
		t.Fatalf("the same asset as ERC-1155 again: %v", err)
	}
	added, err := f.store.AddReader(ctx, refused()[0].Data, ipfs.AddOptions{CIDVersion: 1, Chunker: "size-1048576", OnlyHash: true})
	if err != nil {
		t.Fatal(err)
	}
	pins, err := f.store.Pins(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(pins, added.CID.Equals) {
		t.Fatalf("the refused mint's file %s is pinned", added.CID)
	}
	if _, err := f.store.GC(ctx); err != nil {
		t.Fatal(err)
	}
	if has, _ := f.store.Has(ctx, added.CID); has {
		t.Fatalf("the refused mint's file %s survived GC", added.CID)
	}
}

func TestTokenizeRefusesBadRequests(t *testing.T) {
	f := newFixture(t)
	file := func() []asset.File { return []asset.File{{Name: "a.glb", Data: strings.NewReader("x")}} }
	cases := []struct {
		name string
		req  asset.Request
		want string
	}{
		{"no file", asset.Request{Name: "x"}, "no content file"},
		{"no name", asset.Request{Files: file()}, "needs a name"},
		{"721 editions", asset.Request{Files: file(), Name: "x", Amount: big.NewInt(2)}, "amount must be 1"},
		{"zero editions", asset.Request{Files: file(), Name: "x", Standard: asset.ERC1155, Amount: big.NewInt(0)}, "want 1 to 2^96-1"},
		{"royalty", asset.Request{Files: file(), Name: "x", RoyaltyBps: 10_001}, "more than 100%"},
		{"standard", asset.Request{Files: file(), Name: "x", Standard: "erc20"}, "want erc721 or erc1155"},
		{"local id with NUL", asset.Request{Files: file(), Name: "x", LocalID: "a\x00b"}, "NUL"},
		{"attribute without name", asset.Request{Files: file(), Name: "x", Attributes: []asset.Attribute{{Value: "v"}}}, "no name"},
		{"contract recipient", asset.Request{Files: file(), Name: "x", To: f.registry}, "is a contract"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := f.tok.Tokenize(context.Background(), c.req)
			if !errors.Is(err, asset.ErrBadRequest) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want ErrBadRequest saying %q", err, c.want)
			}
		})
	}
	if pins, _ := f.store.Pins(context.Background()); len(pins) != 0 {
		t.Fatalf("refused requests pinned %d CIDs", len(pins))
	}
}

// A metadata block altered on disk is caught: its bytes no longer hash to
// the CID the chain holds.
func TestShowCatchesTamperedMetadata(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	res, err := f.tok.Tokenize(ctx, sword())
	if err != nil {
		t.Fatal(err)
	}
	file, _ := f.store.Cat(ctx, cid.MustParse(res.MetadataCID), 0, -1)
	orig, _ := io.ReadAll(file)
	file.Close()
	tampered := 0
	filepath.WalkDir(f.storeDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, _ := os.ReadFile(p); bytes.Equal(b, orig) {
				tampered++
				return os.WriteFile(p, bytes.Replace(orig, []byte("Sword"), []byte("Spoon"), 1), 0o600)
			}
		}
		return nil
	})
	if tampered != 1 {
		t.Fatalf("found %d copies of the metadata block on disk", tampered)
	}
	shown, err := f.reader.Show(ctx, f.store, "", res.Asset)
	if err != nil {
		t.Fatal(err)
	}
	if shown.Verified || shown.Checks[0].OK || !strings.Contains(shown.Checks[0].Detail, "hashes to") {
		t.Fatalf("tampered metadata passed: %+v", shown.Checks)
	}
}

func TestShowRefusesForeignIDs(t *testing.T) {
	f := newFixture(t)
	for _, id := range []string{
		"eip155:1/erc721:" + f.nft.Hex() + "/1",
		"eip155:1337/erc721:0x0000000000000000000000000000000000000001/1",
		"eip155:1337/erc20:" + f.nft.Hex(),
		"not-an-id",
	} {
		if _, err := f.reader.Show(context.Background(), f.store, "", id); !errors.Is(err, asset.ErrBadRequest) {
			t.Errorf("show %s: error = %v, want ErrBadRequest", id, err)
		}
	}
	if _, err := f.reader.Show(context.Background(), f.store, "", "eip155:1337/erc721:"+f.nft.Hex()+"/42"); !errors.Is(err, asset.ErrUnknownToken) {
		t.Errorf("show of an unminted id: %v, want ErrUnknownToken", err)
	}
}

// loopbackFetch lets a test's stores fetch from gateways on loopback, which
// the egress guard refuses by default.
func loopbackFetch() ipfs.FetchOptions {
	return ipfs.FetchOptions{HTTP: egress.New(egress.Config{AllowPrivate: egress.Loopback}).Client(egress.Limits{})}
}
