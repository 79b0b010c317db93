package collection_test

import (
	"context"
	"crypto/sha256"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node/collection"
)

// chain.Client, what node modules hold, is what Inspect reads through.
var _ collection.Reader = chain.Client(nil)

func TestInspectFindsAsset721AndItsDirectDeployment(t *testing.T) {
	t.Parallel()
	w := setup(t)
	ctx := context.Background()
	tok, err := collection.Inspect(ctx, w.chain, w.own721, w.own721ID, collection.ERC721)
	if err != nil {
		t.Fatal(err)
	}
	if want := chain.EIP155Token(chain.DefaultDevChainID, "erc721", w.own721, w.own721ID).String(); tok.Asset != want {
		t.Errorf("asset %s, want %s", tok.Asset, want)
	}
	if tok.Chain != "eip155:1337" || tok.Standard != collection.ERC721 || tok.TokenID != w.own721ID.String() || tok.ID().Cmp(w.own721ID) != 0 {
		t.Errorf("token %+v: wrong chain, standard or id", tok)
	}
	if tok.Owner == nil || *tok.Owner != w.keys[1] {
		t.Errorf("owner %v, want %s", tok.Owner, w.keys[1].Hex())
	}
	if want := "ipfs://" + w.ownMetaCID.String(); tok.URI != want || tok.MetadataURI != want {
		t.Errorf("URI %q / %q, want %q (the store's CID of the metadata)", tok.URI, tok.MetadataURI, want)
	}
	if tok.Royalty == nil || tok.Royalty.Bps != 250 || tok.Royalty.Receiver != w.keys[2] {
		t.Errorf("royalty %+v, want 250 bps to %s", tok.Royalty, w.keys[2].Hex())
	}
	if tok.Name == "" || tok.Symbol == "" {
		t.Errorf("name %q, symbol %q: Asset721 answers both", tok.Name, tok.Symbol)
	}

	p := tok.Provenance
	code, err := w.chain.CodeAt(ctx, w.own721, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.CodeHash != crypto.Keccak256Hash(code) {
		t.Errorf("code hash %s, want keccak256 of the runtime code", p.CodeHash.Hex())
	}
	if p.CreationBlock == nil || *p.CreationBlock != w.own721Deploy.BlockNumber.Uint64() {
		t.Errorf("creation block %v, want %s", p.CreationBlock, w.own721Deploy.BlockNumber)
	}
	if p.CreationTx == nil || *p.CreationTx != w.own721Deploy.TxHash {
		t.Errorf("creation tx %v, want %s", p.CreationTx, w.own721Deploy.TxHash.Hex())
	}
	if p.Deployer == nil || *p.Deployer != w.keys[0] {
		t.Errorf("deployer %v, want the deploying key %s", p.Deployer, w.keys[0].Hex())
	}
	if p.Factory != nil || p.Evidence != collection.EvidenceReceipt || len(p.Unknown) != 0 {
		t.Errorf("provenance %+v: want a direct deployment told by its receipt, nothing unknown", p)
	}

	// Its metadata, through the node's IPFS store: the CID the chain names
	// is the one the store gave the bytes.
	m, err := tok.FetchMetadata(ctx, collection.Fetchers{IPFS: storeFetcher(w.store)})
	if err != nil {
		t.Fatal(err)
	}
	if m.Name != "Mjölnir" || m.CID != w.ownMetaCID.String() || m.SHA256 != sha256.Sum256(w.ownMeta) {
		t.Errorf("metadata %s, sha256 %s: want Mjölnir at %s", m, m.SHA256.Hex(), w.ownMetaCID)
	}
}

func TestInspectAsset1155(t *testing.T) {
	t.Parallel()
	w := setup(t)
	tok, err := collection.Inspect(context.Background(), w.chain, w.suite1155, w.suite1155ID, collection.ERC1155)
	if err != nil {
		t.Fatal(err)
	}
	if tok.Standard != collection.ERC1155 || tok.Owner != nil || tok.Name != "" {
		t.Errorf("token %+v: an ERC-1155 token has no owner view and no collection name", tok)
	}
	if want := "ipfs://" + w.ownMetaCID.String(); tok.MetadataURI != want {
		t.Errorf("metadata URI %q, want %q", tok.MetadataURI, want)
	}
	if tok.Royalty == nil || tok.Royalty.Bps != 0 {
		t.Errorf("royalty %+v: Asset1155 implements ERC-2981, this token has none", tok.Royalty)
	}
	if p := tok.Provenance; p.Deployer == nil || *p.Deployer != w.keys[0] || p.Evidence != collection.EvidenceReceipt {
		t.Errorf("provenance %+v: the suite's deployment is a direct one by key 0", p)
	}
}

func TestInspectSubstitutesERC1155ID(t *testing.T) {
	t.Parallel()
	w := setup(t)
	ctx := context.Background()
	tok, err := collection.Inspect(ctx, w.chain, w.oz1155, oz1155ID, collection.ERC1155, collection.WithoutProvenance())
	if err != nil {
		t.Fatal(err)
	}
	hexID := strings.Repeat("0", 62) + "2a"
	if tok.URI != w.https.URL+"/item/{id}.json" || tok.MetadataURI != w.https.URL+"/item/"+hexID+".json" {
		t.Fatalf("URI %q → %q: want {id} as 64 lowercase hex digits", tok.URI, tok.MetadataURI)
	}
	if tok.Royalty != nil || tok.Provenance.CreationBlock != nil || tok.Provenance.CodeHash == (common.Hash{}) {
		t.Errorf("token %+v: no ERC-2981, no provenance search, but a code hash", tok)
	}
	m, err := tok.FetchMetadata(ctx, collection.Fetchers{HTTP: w.httpsOK})
	if err != nil {
		t.Fatal(err)
	}
	// EIP-1155: {id} in any JSON value is substituted too.
	if want := "https://s3.amazonaws.com/your-bucket/images/" + hexID + ".png"; m.Image != want || len(m.Media) != 1 || m.Media[0].URI != want {
		t.Errorf("image %q, media %+v: want %s", m.Image, m.Media, want)
	}
	if m.Properties == nil {
		t.Error("properties lost")
	}
}

func TestExpandIDIsEIP1155s(t *testing.T) {
	t.Parallel()
	// The example of EIP-1155's "Metadata" section.
	id, _ := new(big.Int).SetString("780000000000001e000000000000000000000000000000000000000000000000", 16)
	got := collection.ExpandID("https://token-cdn-domain/{id}.json", id)
	if want := "https://token-cdn-domain/780000000000001e000000000000000000000000000000000000000000000000.json"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	if got := collection.ExpandID("{id}/{id}", big.NewInt(1)); got != strings.Repeat("0", 63)+"1/"+strings.Repeat("0", 63)+"1" {
		t.Fatalf("every {id} is substituted: got %s", got)
	}
}

func TestInspectRefuses(t *testing.T) {
	t.Parallel()
	w := setup(t)
	tests := []struct {
		name     string
		token    common.Address
		id       *big.Int
		kind     collection.Standard
		err      error
		contains string
	}{
		{"an ERC-20 is no collection", w.erc20, big.NewInt(1), collection.ERC721, collection.ErrNotERC165, "supportsInterface(0x01ffc9a7)"},
		{"the escrow answers ERC-165 but is no ERC-721", w.escrow, big.NewInt(1), collection.ERC721, collection.ErrWrongStandard, "IERC721"},
		{"the escrow is no ERC-1155", w.escrow, big.NewInt(1), collection.ERC1155, collection.ErrWrongStandard, "IERC1155"},
		{"an ERC-721 without the metadata extension", w.stub, big.NewInt(1), collection.ERC721, collection.ErrNoMetadataExtension, "ERC-721 Metadata"},
		{"an ERC-721 read as ERC-1155", w.own721, w.own721ID, collection.ERC1155, collection.ErrWrongStandard, "0xd9b67a26"},
		{"an account", w.keys[1], big.NewInt(1), collection.ERC721, collection.ErrNotContract, "no code"},
		{"a token never minted (mifm)", w.own721, big.NewInt(999), collection.ERC721, collection.ErrNoToken, "token 999"},
		{"a token never minted (OpenZeppelin)", w.oz721, big.NewInt(999), collection.ERC721, collection.ErrNoToken, "ownerOf"},
		{"an ERC-1155 id with an empty URI", w.oz1155, big.NewInt(7), collection.ERC1155, collection.ErrBadURI, "empty"},
		{"an ERC-1155 id whose uri reverts", w.suite1155, big.NewInt(999), collection.ERC1155, collection.ErrBadURI, "uri"},
		{"not a standard", w.own721, w.own721ID, "erc20", nil, `want "erc721" or "erc1155"`},
		{"a negative id", w.own721, big.NewInt(-1), collection.ERC721, nil, "not a uint256"},
		{"an id over 256 bits", w.own721, new(big.Int).Lsh(big.NewInt(1), 256), collection.ERC721, nil, "not a uint256"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := collection.Inspect(context.Background(), w.chain, tc.token, tc.id, tc.kind, collection.WithoutProvenance())
			wantErr(t, err, tc.err, tc.contains)
		})
	}
}

func TestInspectHonoursCancellation(t *testing.T) {
	t.Parallel()
	w := setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := collection.Inspect(ctx, w.chain, w.own721, w.own721ID, collection.ERC721); err == nil {
		t.Fatal("a cancelled inspection succeeded")
	}
}

func TestProvenanceOfGenesisCode(t *testing.T) {
	t.Parallel()
	w := setup(t)
	// EIP-4788's beacon roots contract is in the dev chain's genesis.
	p, err := collection.ReadProvenance(context.Background(), w.chain, params.BeaconRootsAddress)
	if err != nil {
		t.Fatal(err)
	}
	if p.CreationBlock == nil || *p.CreationBlock != 0 || p.Evidence != collection.EvidenceGenesis || p.Deployer != nil || p.CreationTx != nil {
		t.Fatalf("provenance %+v: want block 0, genesis, no transaction", p)
	}
	if len(p.Unknown) != 1 || !strings.Contains(p.Unknown[0], "genesis") {
		t.Fatalf("unknown %q: want the reason there is no deployer", p.Unknown)
	}
}

func TestProvenanceBoundsLeaveFieldsUnknown(t *testing.T) {
	t.Parallel()
	w := setup(t)
	ctx := context.Background()
	block := w.own721Deploy.BlockNumber.Uint64()

	p, err := collection.ReadProvenance(ctx, w.chain, w.own721, collection.WithProvenanceLimits(2, 500))
	if err != nil {
		t.Fatal(err)
	}
	if p.CreationBlock != nil || p.Deployer != nil || len(p.Unknown) != 1 || !strings.Contains(p.Unknown[0], "not found within 2 code reads") {
		t.Fatalf("provenance %+v: want the block unknown after 2 reads", p)
	}
	if p.CodeHash == (common.Hash{}) {
		t.Fatal("the code hash is always known")
	}

	p, err = collection.ReadProvenance(ctx, w.chain, w.own721, collection.WithProvenanceLimits(64, 0))
	if err != nil {
		t.Fatal(err)
	}
	if p.CreationBlock == nil || *p.CreationBlock != block || p.CreationTx != nil || p.Deployer != nil || len(p.Unknown) != 1 || !strings.Contains(p.Unknown[0], "no receipt") {
		t.Fatalf("provenance %+v: want block %d found, the transaction unknown without receipts", p, block)
	}

	if _, err := collection.ReadProvenance(ctx, w.chain, w.keys[1]); err == nil {
		t.Fatal("the provenance of an account was found")
	}
}

// TestProvenanceOfFactoryCollections runs on a chain of its own that seals a
// block a second, so that two transactions can share one.
func TestProvenanceOfFactoryCollections(t *testing.T) {
	if testing.Short() {
		t.Skip("seals a block a second")
	}
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	ks := chain.OpenKeystore(filepath.Join(dir, "keystore"), chain.KDFLight)
	var keys []common.Address
	for range 2 {
		a, err := ks.NewAccount("pass")
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, a)
	}
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(dir, "chain"), Prefund: keys, Period: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	s, err := newSender(ctx, ks, c, keys[0])
	if err != nil {
		t.Fatal(err)
	}
	child := []byte{0x00} // STOP: any code will do
	silent, _, err := s.Deploy(ctx, deployCode(nil, factoryRuntime(deployCode(nil, child))), nil)
	if err != nil {
		t.Fatal(err)
	}
	loud, _, err := s.Deploy(ctx, deployCode(nil, factoryRuntime(deployCode(logOnce, child))), nil)
	if err != nil {
		t.Fatal(err)
	}

	// A factory call alone in its block: the only successful transaction.
	r, err := s.Transact(ctx, chain.Call{To: &silent})
	if err != nil {
		t.Fatal(err)
	}
	made := crypto.CreateAddress(silent, 1) // a contract's first CREATE (EIP-161 nonce 1)
	p, err := collection.ReadProvenance(ctx, c, made)
	if err != nil {
		t.Fatal(err)
	}
	if p.Evidence != collection.EvidenceOnlyTransaction || p.CreationTx == nil || *p.CreationTx != r.TxHash ||
		p.Factory == nil || *p.Factory != silent || p.Deployer == nil || *p.Deployer != keys[0] || *p.CreationBlock != r.BlockNumber.Uint64() {
		t.Fatalf("provenance %+v: want tx %s to factory %s by %s", p, r.TxHash.Hex(), silent.Hex(), keys[0].Hex())
	}

	// A factory call beside another transaction: told by the event the
	// new contract emitted, or not at all when it emitted none.
	for _, tc := range []struct {
		name    string
		factory common.Address
		nonce   uint64
		want    string
	}{
		{"an event tells", loud, 1, collection.EvidenceFirstEvent},
		{"nothing tells", silent, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for attempt := 0; ; attempt++ {
				transfer, err := s.Send(ctx, chain.Call{To: &keys[1], Value: big.NewInt(1)})
				if err != nil {
					t.Fatal(err)
				}
				create, err := s.Send(ctx, chain.Call{To: &tc.factory})
				if err != nil {
					t.Fatal(err)
				}
				r1, err := s.Wait(ctx, transfer)
				if err != nil {
					t.Fatal(err)
				}
				r2, err := s.Wait(ctx, create)
				if err != nil {
					t.Fatal(err)
				}
				made := crypto.CreateAddress(tc.factory, tc.nonce)
				tc.nonce++
				if r1.BlockNumber.Cmp(r2.BlockNumber) != 0 {
					if attempt == 3 {
						t.Fatal("the two transactions never shared a block")
					}
					continue
				}
				p, err := collection.ReadProvenance(ctx, c, made)
				if err != nil {
					t.Fatal(err)
				}
				if p.CreationBlock == nil || *p.CreationBlock != r2.BlockNumber.Uint64() {
					t.Fatalf("creation block %v, want %s", p.CreationBlock, r2.BlockNumber)
				}
				if tc.want == "" {
					if p.CreationTx != nil || len(p.Unknown) != 1 || !strings.Contains(p.Unknown[0], "without an event") {
						t.Fatalf("provenance %+v: want the transaction unknown", p)
					}
					return
				}
				if p.Evidence != tc.want || p.CreationTx == nil || *p.CreationTx != r2.TxHash || *p.Factory != tc.factory || *p.Deployer != keys[0] {
					t.Fatalf("provenance %+v: want tx %s to factory %s, by %s", p, r2.TxHash.Hex(), tc.factory.Hex(), tc.want)
				}
				return
			}
		})
	}
}
