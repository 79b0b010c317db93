package collection_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/baseline1155"
	"github.com/mifm/mifm/contracts/bindings/baseline721"
	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/ipfs"
)

// world is one embedded chain, IPFS store and HTTPS metadata host that the
// tests share: starting a chain and deploying the suite takes seconds, and
// the tests only read what setup left there.
type world struct {
	chain *chain.Embedded
	keys  []common.Address // 0 deploys and administers platform A; 1 holds tokens; 2 receives royalties
	send  []*chain.Sender

	// Compliant collections: mifm's own Asset721 (one deployed by the
	// suite, one by hand so its creation is known) and Asset1155, and plain
	// OpenZeppelin ERC721URIStorage / ERC1155URIStorage (Baseline721/1155).
	suite721, suite1155, own721, oz721, oz1155 common.Address
	own721Deploy                               *types.Receipt
	// Not collections: an ERC-20, the escrow (ERC-165 but no token), and
	// a stub that claims IERC721 without the metadata extension.
	erc20, escrow, stub common.Address

	// Tokens minted.
	own721ID, suite1155ID *big.Int
	ownMeta               []byte // the metadata own721ID's URI names, in the store
	ownMetaCID            cid.Cid

	store   *ipfs.Store
	dirCID  cid.Cid // a directory holding 1.json (traits.json)
	https   *httptest.Server
	httpsOK *http.Client // the node's egress client, allowed loopback, trusting the test CA
}

// Token ids of the OpenZeppelin collections, one per way to name metadata.
var (
	ozDataBase64  = big.NewInt(1)
	ozDataPercent = big.NewInt(2)
	ozHTTPS       = big.NewInt(3)
	ozIPFSDir     = big.NewInt(4)
	ozIPFSLegacy  = big.NewInt(5)
	oz1155ID      = big.NewInt(0x2a)
)

const platformDID = "did:web:platform-a.example"

var (
	worldOnce sync.Once
	theWorld  *world
	worldErr  error
	worldDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if theWorld != nil {
		theWorld.https.Close()
		theWorld.store.Close()
		theWorld.chain.Close()
	}
	if worldDir != "" {
		os.RemoveAll(worldDir)
	}
	os.Exit(code)
}

// setup returns the shared world, building it on first use.
func setup(tb testing.TB) *world {
	tb.Helper()
	worldOnce.Do(func() {
		theWorld, worldErr = newWorld()
	})
	if worldErr != nil {
		tb.Fatalf("set up the test chain: %v", worldErr)
	}
	return theWorld
}

func fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func newWorld() (w *world, err error) {
	ctx := context.Background()
	worldDir, err = os.MkdirTemp("", "mifm-collection-test-")
	if err != nil {
		return nil, err
	}
	w = &world{}
	defer func() {
		if err != nil {
			if w.https != nil {
				w.https.Close()
			}
			if w.store != nil {
				w.store.Close()
			}
			if w.chain != nil {
				w.chain.Close()
			}
		}
	}()
	ks := chain.OpenKeystore(filepath.Join(worldDir, "keystore"), chain.KDFLight)
	for range 3 {
		a, err := ks.NewAccount("pass")
		if err != nil {
			return nil, err
		}
		w.keys = append(w.keys, a)
	}
	if w.chain, err = chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(worldDir, "chain"), Prefund: w.keys}); err != nil {
		return nil, err
	}
	for _, a := range w.keys {
		s, err := newSender(ctx, ks, w.chain, a)
		if err != nil {
			return nil, err
		}
		w.send = append(w.send, s)
	}
	if err := w.deploy(ctx); err != nil {
		return nil, err
	}
	if err := w.content(ctx); err != nil {
		return nil, err
	}
	if err := w.mint(ctx); err != nil {
		return nil, err
	}
	return w, nil
}

func newSender(ctx context.Context, ks *chain.Keystore, c chain.Client, a common.Address) (*chain.Sender, error) {
	signer, err := ks.Unlock(a, "pass")
	if err != nil {
		return nil, err
	}
	cfg := chain.DefaultTxConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	cfg.PollInterval = 2 * time.Millisecond
	return chain.NewSender(ctx, c, signer, cfg)
}

// transact sends from key 0.
func (w *world) transact(ctx context.Context, to common.Address, data []byte) error {
	_, err := w.send[0].Transact(ctx, chain.Call{To: &to, Data: data})
	return err
}

func (w *world) deploy(ctx context.Context) error {
	suite, err := contracts.Suite(w.keys[0])
	if err != nil {
		return err
	}
	deps, err := chain.OpenDeployments(filepath.Join(worldDir, "deployments"))
	if err != nil {
		return err
	}
	res, err := deps.EnsureDeployed(ctx, w.send[0], suite)
	if err != nil {
		return fmt.Errorf("deploy suite: %w", err)
	}
	byName := map[string]common.Address{}
	for _, r := range res {
		byName[r.Name] = r.Address
	}
	registry := byName[contracts.PlatformRegistry]
	w.suite721, w.suite1155, w.escrow = byName[contracts.Asset721], byName[contracts.Asset1155], byName[contracts.Escrow]

	code := func(hexCode string) []byte { return common.FromHex(hexCode) }
	if w.own721, w.own721Deploy, err = w.send[0].Deploy(ctx, code(asset721.Asset721MetaData.Bin), asset721.NewAsset721().PackConstructor(registry)); err != nil {
		return fmt.Errorf("deploy Asset721: %w", err)
	}
	if w.erc20, _, err = w.send[0].Deploy(ctx, code(currency.CurrencyMetaData.Bin), currency.NewCurrency().PackConstructor("Gold", "GLD", w.keys[0])); err != nil {
		return fmt.Errorf("deploy Currency: %w", err)
	}
	if w.oz721, _, err = w.send[0].Deploy(ctx, code(baseline721.Baseline721MetaData.Bin), nil); err != nil {
		return fmt.Errorf("deploy Baseline721: %w", err)
	}
	if w.oz1155, _, err = w.send[0].Deploy(ctx, code(baseline1155.Baseline1155MetaData.Bin), nil); err != nil {
		return fmt.Errorf("deploy Baseline1155: %w", err)
	}
	if w.stub, _, err = w.send[0].Deploy(ctx, deployCode(nil, stub721Runtime()), nil); err != nil {
		return fmt.Errorf("deploy the stub: %w", err)
	}

	platform := contracts.PlatformID(platformDID)
	reg, a721, a1155 := platformregistry.NewPlatformRegistry(), asset721.NewAsset721(), asset1155.NewAsset1155()
	for _, step := range []struct {
		to   common.Address
		data []byte
	}{
		{registry, reg.PackRegister(platform, platformDID, w.keys[0], w.keys[0])},
		{w.own721, a721.PackSetMinter(platform, w.keys[0], true)},
		{w.own721, a721.PackSetDefaultRoyaltyReceiver(platform, w.keys[2])},
		{w.suite1155, a1155.PackSetMinter(platform, w.keys[0], true)},
		{w.suite1155, a1155.PackSetDefaultRoyaltyReceiver(platform, w.keys[2])},
	} {
		if err := w.transact(ctx, step.to, step.data); err != nil {
			return err
		}
	}
	return nil
}

// content fills the IPFS store and starts the HTTPS metadata host.
func (w *world) content(ctx context.Context) (err error) {
	if w.store, err = ipfs.Open(ctx, filepath.Join(worldDir, "ipfs"), ipfs.Options{}); err != nil {
		return err
	}
	// As node/asset pins content: CIDv1, raw leaves, 1 MiB chunks.
	opts := ipfs.AddOptions{CIDVersion: 1, Chunker: "size-1048576", Pin: true}
	w.ownMeta = []byte(`{"name":"Mjölnir","description":"A platform's hammer, bridged.","image":"ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"}`)
	added, err := w.store.AddReader(ctx, bytes.NewReader(w.ownMeta), opts)
	if err != nil {
		return err
	}
	w.ownMetaCID = added.CID
	dir := filepath.Join(worldDir, "collection")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	traits, err := os.ReadFile(filepath.Join("testdata", "traits.json"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "1.json"), traits, 0o600); err != nil {
		return err
	}
	if added, err = w.store.Add(ctx, dir, opts); err != nil {
		return err
	}
	w.dirCID = added.CID

	eip1155, err := os.ReadFile(filepath.Join("testdata", "eip1155-example.json"))
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/item/{file}", func(rw http.ResponseWriter, r *http.Request) {
		if r.PathValue("file") != fmt.Sprintf("%064x.json", oz1155ID) {
			http.NotFound(rw, r)
			return
		}
		rw.Header().Set("Content-Type", "application/json")
		rw.Write(eip1155)
	})
	mux.HandleFunc("/hammer.json", func(rw http.ResponseWriter, r *http.Request) {
		rw.Write(fixtureBytes("oz-erc721-thors-hammer.json"))
	})
	mux.HandleFunc("/big.json", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Length", fmt.Sprint(300<<10))
		rw.Write(bytes.Repeat([]byte(" "), 300<<10))
	})
	mux.HandleFunc("/big-chunked.json", func(rw http.ResponseWriter, r *http.Request) {
		// No Content-Length: only counting the bytes finds it too big.
		for range 300 {
			rw.Write(bytes.Repeat([]byte(" "), 1<<10))
			rw.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/to-file", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/to-http", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "http://"+r.Host+"/hammer.json", http.StatusFound)
	})
	mux.HandleFunc("/hang.json", func(rw http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/moved", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "/hammer.json", http.StatusMovedPermanently)
	})
	w.https = httptest.NewTLSServer(mux)
	w.httpsOK = trusting(egress.New(egress.Config{AllowPrivate: egress.Loopback}).Client(egress.Limits{Timeout: 10 * time.Second}), w.https)
	return nil
}

// fixtureBytes reads a fixture for a handler, which has no testing.TB.
func fixtureBytes(name string) []byte {
	data, _ := os.ReadFile(filepath.Join("testdata", name))
	return data
}

// trusting makes an egress client trust the test server's certificate, as a
// node trusts the public CAs.
func trusting(c *http.Client, srv *httptest.Server) *http.Client {
	tr := c.Transport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{RootCAs: srv.Client().Transport.(*http.Transport).TLSClientConfig.RootCAs, MinVersion: tls.VersionTLS12}
	out := *c
	out.Transport = tr
	return &out
}

func (w *world) mint(ctx context.Context) error {
	platform := contracts.PlatformID(platformDID)
	a721, a1155 := asset721.NewAsset721(), asset1155.NewAsset1155()
	digest := sha256.Sum256(w.ownMeta)
	local := [32]byte{'h', 'a', 'm', 'm', 'e', 'r'}
	if err := w.transact(ctx, w.own721, a721.PackMint(platform, local, w.keys[1], digest, 250, common.Address{})); err != nil {
		return fmt.Errorf("mint Asset721: %w", err)
	}
	out, err := chain.CallView(ctx, w.chain, w.own721, a721.PackTokenIdOf(platform, local))
	if err != nil {
		return err
	}
	if w.own721ID, err = a721.UnpackTokenIdOf(out); err != nil {
		return err
	}
	edition := [32]byte{'s', 'a', 'i', 'l'}
	if err := w.transact(ctx, w.suite1155, a1155.PackMint(platform, edition, w.keys[1], big.NewInt(5), digest, 0, common.Address{})); err != nil {
		return fmt.Errorf("mint Asset1155: %w", err)
	}
	if out, err = chain.CallView(ctx, w.chain, w.suite1155, a1155.PackTokenIdOf(platform, edition)); err != nil {
		return err
	}
	if w.suite1155ID, err = a1155.UnpackTokenIdOf(out); err != nil {
		return err
	}

	hammer := fixtureBytes("oz-erc721-thors-hammer.json")
	oz := baseline721.NewBaseline721()
	for id, uri := range map[*big.Int]string{
		ozDataBase64:  "data:application/json;base64," + base64.StdEncoding.EncodeToString(hammer),
		ozDataPercent: "data:application/json;charset=utf-8," + percentEncode(hammer),
		ozHTTPS:       w.https.URL + "/hammer.json",
		ozIPFSDir:     "ipfs://" + w.dirCID.String() + "/1.json",
		ozIPFSLegacy:  "ipfs://ipfs/" + w.ownMetaCID.String(),
	} {
		if err := w.transact(ctx, w.oz721, oz.PackMintWithURI(w.keys[1], id, uri)); err != nil {
			return fmt.Errorf("mint Baseline721 %s: %w", id, err)
		}
	}
	oz1155 := baseline1155.NewBaseline1155()
	return w.transact(ctx, w.oz1155, oz1155.PackMintWithURI(w.keys[1], oz1155ID, big.NewInt(10), w.https.URL+"/item/{id}.json"))
}

// percentEncode escapes what a URI path segment may not hold raw.
func percentEncode(data []byte) string { return url.PathEscape(string(data)) }

// storeFetcher reads ipfs:// URIs from a node's IPFS store, resolving the
// path one directory at a time: what a node gives Fetchers.IPFS once the
// content is local (fetched from a trustless gateway, every block checked).
func storeFetcher(s *ipfs.Store) func(ctx context.Context, c cid.Cid, path string, max int64) ([]byte, error) {
	return func(ctx context.Context, c cid.Cid, path string, max int64) ([]byte, error) {
		if path != "" {
			for _, name := range strings.Split(path, "/") {
				entries, err := s.Ls(ctx, c)
				if err != nil {
					return nil, err
				}
				found := false
				for _, e := range entries {
					if e.Name == name {
						c, found = e.CID, true
						break
					}
				}
				if !found {
					return nil, fmt.Errorf("%s has no %q", c, name)
				}
			}
		}
		f, err := s.Cat(ctx, c, 0, max+1)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return io.ReadAll(f)
	}
}

// deployCode is creation code that runs pre, then returns runtime as the
// contract's code:
//
//	PUSH1 len(runtime) DUP1 PUSH1 offset PUSH1 0 CODECOPY PUSH1 0 RETURN
func deployCode(pre, runtime []byte) []byte {
	offset := len(pre) + 11
	code := append(append([]byte{}, pre...), 0x60, byte(len(runtime)), 0x80, 0x60, byte(offset), 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3)
	return append(code, runtime...)
}

// stub721Runtime answers every call with an ABI bool: true for interface ids
// 0x01ffc9a7 (ERC-165) and 0x80ac58cd (ERC-721), false for everything else,
// the metadata extension included. A contract that claims ERC-721 without
// metadata, in 47 bytes of hand-assembled EVM:
//
//	PUSH1 4 CALLDATALOAD PUSH1 0xe0 SHR
//	DUP1 PUSH4 0x01ffc9a7 EQ PUSH1 yes JUMPI
//	DUP1 PUSH4 0x80ac58cd EQ PUSH1 yes JUMPI
//	PUSH1 0 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
//	yes: JUMPDEST PUSH1 1 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
func stub721Runtime() []byte {
	return hexutil.MustDecode("0x60043560e01c806301ffc9a71460245780" + "6380ac58cd146024576000600052602060" + "00f35b600160005260206000f3")
}

// factoryRuntime creates a new contract from child (creation code) on every
// call, and stops:
//
//	PUSH1 len(child) PUSH1 16 PUSH1 0 CODECOPY
//	PUSH1 len(child) PUSH1 0 PUSH1 0 CREATE POP STOP
func factoryRuntime(child []byte) []byte {
	n := byte(len(child))
	code := []byte{0x60, n, 0x60, 16, 0x60, 0, 0x39, 0x60, n, 0x60, 0, 0x60, 0, 0xf0, 0x50, 0x00}
	return append(code, child...)
}

// logOnce is creation code that emits an empty LOG0, as a constructor that
// emits an event (OwnershipTransferred, say) does.
var logOnce = []byte{0x60, 0, 0x60, 0, 0xa0}

func wantErr(tb testing.TB, err, target error, contains string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("got no error, want %v", target)
	}
	if target != nil && !errors.Is(err, target) {
		tb.Fatalf("error %q does not wrap %q", err, target)
	}
	if !strings.Contains(err.Error(), contains) {
		tb.Fatalf("error %q does not say %q", err, contains)
	}
	tb.Log(err)
}
