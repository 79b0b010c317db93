package did

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/didregistry"
)

// ethrChain is an embedded chain with a DIDRegistry and a funded relayer
// that sends the signed updates identities make.
type ethrChain struct {
	chain    *chain.Embedded
	relayer  *chain.Sender
	registry common.Address
	block    uint64 // the registry's deployment block
}

func newEthrChain(t testing.TB) *ethrChain { return startEthrChain(t, "") }

// startEthrChain serves JSON-RPC on httpAddr when it is set.
func startEthrChain(t testing.TB, httpAddr string) *ethrChain {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	// A key in memory, not in a keystore: the keystore's scrypt is slow
	// under the race detector, and key storage is chain's to test.
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: dir + "/chain", Prefund: []common.Address{addr}, HTTPAddr: httpAddr})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	cfg := chain.DefaultTxConfig()
	reg := didregistry.NewDIDRegistry().GetABI()
	cfg.ErrorABIs = append(cfg.ErrorABIs, &reg)
	cfg.PollInterval = 2 * time.Millisecond
	s, err := chain.NewSender(ctx, c, keySigner{key}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	code, _ := hexutil.Decode(didregistry.DIDRegistryMetaData.Bin)
	at, receipt, err := s.Deploy(ctx, code, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &ethrChain{chain: c, relayer: s, registry: at, block: receipt.BlockNumber.Uint64()}
}

// keySigner signs transactions with a key held in memory.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignTx(tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(id), k.key)
}

func (e *ethrChain) resolver(t testing.TB, client EthrClient) *EthrResolver {
	return e.resolverAt(t, client, e.chainClock)
}

func (e *ethrChain) resolverAt(t testing.TB, client EthrClient, now func() time.Time) *EthrResolver {
	t.Helper()
	if client == nil {
		client = e.chain
	}
	r, err := NewEthrResolver(now,
		EthrNetwork{ChainID: chain.DefaultDevChainID, Registry: e.registry, FromBlock: e.block, Client: client},
		EthrNetwork{Name: "mainnet", ChainID: 1, Registry: e.registry, FromBlock: e.block, Client: client},
	)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// update has owner sign a change of identity and the relayer send it.
func (e *ethrChain) update(t testing.TB, owner *KeyPair, identity common.Address, ch EthrChange) *types.Receipt {
	t.Helper()
	r, err := e.tryUpdate(owner, identity, ch)
	if err != nil {
		t.Fatalf("%s: %v", ch.Op, err)
	}
	return r
}

func (e *ethrChain) tryUpdate(owner *KeyPair, identity common.Address, ch EthrChange) (*types.Receipt, error) {
	ctx := context.Background()
	data, err := EthrSignedUpdate(ctx, e.chain, e.registry, identity, owner, ch)
	if err != nil {
		return nil, err
	}
	return e.relayer.Transact(ctx, chain.Call{To: &e.registry, Data: data})
}

// withEthr is a resolver of every method with did:ethr from e.
func withEthr(e *EthrResolver) *Resolver {
	r := NewResolver(Options{})
	r.Register("ethr", e)
	return r
}

// chainClock is a clock a second past the chain's head. did:ethr validity
// is judged by the clock, and the dev chain seals a block per transaction,
// one second apart, so it runs ahead of the wall clock.
func (e *ethrChain) chainClock() time.Time {
	h, err := e.chain.HeaderByNumber(context.Background(), nil)
	if err != nil {
		panic(err)
	}
	return time.Unix(int64(h.Time)+1, 0)
}

func newIdentity(t testing.TB) (*KeyPair, common.Address, string) {
	t.Helper()
	kp, err := NewKeyPair(Secp256k1, nil)
	if err != nil {
		t.Fatal(err)
	}
	addr := kp.Address()
	return kp, addr, EthrDID(chain.DefaultDevChainID, addr)
}

func TestEthrDefaultDocuments(t *testing.T) {
	e := newEthrChain(t)
	r := e.resolver(t, nil)
	var want []map[string]any
	data, err := os.ReadFile("testdata/did-ethr/default-documents.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		doc, meta, err := r.Resolve(context.Background(), w["id"].(string))
		if err != nil {
			t.Fatal(err)
		}
		if got := asJSON(t, doc); !reflect.DeepEqual(got, w) {
			t.Errorf("%s:\n got %v\nwant %v", w["id"], got, w)
		}
		if meta.VersionID != "" || meta.Updated != nil || meta.Deactivated {
			t.Errorf("%s: metadata %+v for an identity that never changed", w["id"], meta)
		}
	}
}

func asJSON(t testing.TB, v any) map[string]any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return jsonObject(t, data)
}

// The specification's and the reference resolver's attribute examples,
// each written to a fresh identity and read back.
func TestEthrAttributeVectors(t *testing.T) {
	e := newEthrChain(t)
	r := e.resolver(t, nil)
	var vectors struct {
		Cases []struct {
			From      string         `json:"from"`
			Name      string         `json:"name"`
			Value     string         `json:"value"`
			Method    map[string]any `json:"method"`
			Service   map[string]any `json:"service"`
			Relations []string       `json:"relations"`
		} `json:"cases"`
	}
	data, _ := os.ReadFile("testdata/did-ethr/attributes.json")
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors.Cases) < 10 {
		t.Fatalf("%d vectors", len(vectors.Cases))
	}
	for _, c := range vectors.Cases {
		t.Run(c.From, func(t *testing.T) {
			kp, addr, did := newIdentity(t)
			e.update(t, kp, addr, EthrChange{Op: OpSetAttribute, Name: c.Name, Value: hexutil.MustDecode(c.Value), Validity: time.Hour})
			doc, _, err := r.Resolve(context.Background(), did)
			if err != nil {
				t.Fatal(err)
			}
			got := asJSON(t, doc)
			if c.Method != nil {
				want := map[string]any{"id": did + "#delegate-1", "controller": did}
				for k, v := range c.Method {
					want[k] = v
				}
				vms := got["verificationMethod"].([]any)
				if len(vms) != 2 || !reflect.DeepEqual(vms[1], want) {
					t.Fatalf("methods %v\nwant second %v", vms, want)
				}
				for _, rel := range []string{"authentication", "assertionMethod", "keyAgreement"} {
					list, _ := got[rel].([]any)
					has := false
					for _, id := range list {
						has = has || id == did+"#delegate-1"
					}
					if has != slices.Contains(c.Relations, rel) {
						t.Errorf("%s lists the key: %v, want %v", rel, has, slices.Contains(c.Relations, rel))
					}
				}
			}
			if c.Service != nil {
				want := map[string]any{"id": did + "#service-1"}
				for k, v := range c.Service {
					want[k] = v
				}
				svcs, _ := got["service"].([]any)
				if len(svcs) != 1 || !reflect.DeepEqual(svcs[0], want) {
					t.Fatalf("services %v, want %v", svcs, want)
				}
			}
		})
	}
}

func TestEthrLifecycle(t *testing.T) {
	ctx := context.Background()
	e := newEthrChain(t)
	r := e.resolver(t, nil)
	kp, addr, did := newIdentity(t)
	_, delegateA, _ := newIdentity(t)
	_, delegateB, _ := newIdentity(t)
	edKey, _ := NewKeyPair(Ed25519, nil)

	e.update(t, kp, addr, EthrChange{Op: OpAddDelegate, DelegateType: "veriKey", Delegate: delegateA, Validity: time.Hour})
	e.update(t, kp, addr, EthrChange{Op: OpAddDelegate, DelegateType: "sigAuth", Delegate: delegateB, Validity: time.Hour})
	attr, err := EthrKeyAttribute(edKey, "veriKey", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	first := e.update(t, kp, addr, attr)
	svc, _ := EthrServiceAttribute("MifmNode", "https://node-a.example/re", time.Hour)
	e.update(t, kp, addr, svc)

	doc, meta, err := r.Resolve(ctx, did)
	if err != nil {
		t.Fatal(err)
	}
	ids := func(d *Document) (out []string) {
		for _, vm := range d.VerificationMethod {
			out = append(out, strings.TrimPrefix(vm.ID, did))
		}
		return out
	}
	if got := ids(doc); !reflect.DeepEqual(got, []string{"#controller", "#delegate-1", "#delegate-2", "#delegate-3"}) {
		t.Fatalf("methods %v", got)
	}
	if !doc.relates("authentication", did+"#delegate-2") || doc.relates("authentication", did+"#delegate-1") {
		t.Fatalf("sigAuth delegate must authenticate, veriKey must not: %v", doc.Authentication)
	}
	vm, _ := doc.VerificationMethodByID("#delegate-3")
	if pub, err := vm.Ed25519(); err != nil || !reflect.DeepEqual([]byte(pub), edKey.Public) {
		t.Fatalf("Ed25519 key in the document: %v %v", pub, err)
	}
	if len(doc.Service) != 1 || doc.Service[0].ServiceEndpoint != "https://node-a.example/re" || doc.Service[0].Type != "MifmNode" {
		t.Fatalf("services %+v", doc.Service)
	}
	if meta.VersionID == "" || meta.Updated == nil {
		t.Fatalf("metadata %+v", meta)
	}

	// Revoking the first delegate keeps the others' ids.
	e.update(t, kp, addr, EthrChange{Op: OpRevokeDelegate, DelegateType: "veriKey", Delegate: delegateA})
	doc, _, _ = r.Resolve(ctx, did)
	if got := ids(doc); !reflect.DeepEqual(got, []string{"#controller", "#delegate-2", "#delegate-3"}) {
		t.Fatalf("after revoking delegate-1: %v", got)
	}
	out, _ := e.chain.CallContract(ctx, ethereum.CallMsg{To: &e.registry, Data: registryABI.PackValidDelegate(addr, bytes32("veriKey"), delegateA)}, nil)
	if ok, _ := registryABI.UnpackValidDelegate(out); ok {
		t.Fatal("the registry still holds the revoked delegate valid")
	}

	// A new owner takes over; the old key can no longer change anything.
	newOwner, newAddr, _ := newIdentity(t)
	e.update(t, kp, addr, EthrChange{Op: OpChangeOwner, NewOwner: newAddr})
	doc, _, _ = r.Resolve(ctx, did)
	if want := "eip155:1337:" + newAddr.Hex(); doc.VerificationMethod[0].BlockchainAccountID != want {
		t.Fatalf("controller %s, want %s", doc.VerificationMethod[0].BlockchainAccountID, want)
	}
	if _, err := e.tryUpdate(kp, addr, svc); err == nil || !strings.Contains(err.Error(), "is owned by "+newAddr.Hex()) {
		t.Fatalf("old owner's update: %v", err)
	}
	// Sent past the client-side check, the registry refuses it too.
	data, _ := EthrUpdate(addr, svc)
	if _, err := e.relayer.Transact(ctx, chain.Call{To: &e.registry, Data: data}); err == nil || !strings.Contains(err.Error(), "NotOwner") {
		t.Fatalf("a stranger's plain update: %v", err)
	}
	e.update(t, newOwner, addr, EthrChange{Op: OpRevokeAttribute, Name: svc.Name, Value: svc.Value})

	// The version before the key attribute: two delegates, nothing else.
	old, oldMeta, err := r.ResolveVersion(ctx, did, first.BlockNumber.Uint64()-1)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(old); !reflect.DeepEqual(got, []string{"#controller", "#delegate-1", "#delegate-2"}) {
		t.Fatalf("old version: %v", got)
	}
	if oldMeta.NextVersionID != first.BlockNumber.String() || oldMeta.NextUpdate == nil {
		t.Fatalf("old version's metadata %+v, want next %s", oldMeta, first.BlockNumber)
	}
	viaURL, err := withEthr(r).Resolve(ctx, did+"?versionId="+oldMeta.VersionID)
	if err != nil || !reflect.DeepEqual(ids(viaURL.Document), []string{"#controller", "#delegate-1", "#delegate-2"}) {
		t.Fatalf("resolve with versionId: %v %+v", err, viaURL)
	}

	// Deactivation is for good.
	e.update(t, newOwner, addr, EthrChange{Op: OpChangeOwner})
	doc, meta, _ = r.Resolve(ctx, did)
	if !meta.Deactivated || len(doc.VerificationMethod) != 0 || len(doc.Authentication) != 0 {
		t.Fatalf("deactivated: %+v %+v", meta, doc)
	}
	if _, err := e.tryUpdate(newOwner, addr, svc); err == nil || !strings.Contains(err.Error(), "deactivated") {
		t.Fatalf("update of a deactivated DID: %v", err)
	}
	data, _ = EthrUpdate(addr, svc)
	if _, err := e.relayer.Transact(ctx, chain.Call{To: &e.registry, Data: data}); err == nil || !strings.Contains(err.Error(), "Deactivated") {
		t.Fatalf("the identity's own key after deactivation: %v", err)
	}
}

// A signed update is good once: replayed, it recovers another signer
// (the nonce moved), and a malleable twin of the signature is refused.
func TestEthrSignedUpdateReplayAndMalleability(t *testing.T) {
	ctx := context.Background()
	e := newEthrChain(t)
	kp, addr, _ := newIdentity(t)
	svc, _ := EthrServiceAttribute("Hub", "https://hub.example", time.Hour)
	data, err := EthrSignedUpdate(ctx, e.chain, e.registry, addr, kp, svc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.relayer.Transact(ctx, chain.Call{To: &e.registry, Data: data}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.relayer.Transact(ctx, chain.Call{To: &e.registry, Data: data}); err == nil || !strings.Contains(err.Error(), "NotOwner") {
		t.Fatalf("replayed signed update: %v", err)
	}
	data, _ = EthrSignedUpdate(ctx, e.chain, e.registry, addr, kp, svc)
	args, err := registryABI.GetABI().Methods["setAttributeSigned"].Inputs.Unpack(data[4:])
	if err != nil {
		t.Fatal(err)
	}
	sigS := args[3].([32]byte)
	s := new(big.Int).SetBytes(sigS[:])
	var twinS [32]byte
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(twinS[:])
	v := args[1].(uint8) ^ 1 // 27 <-> 28
	twin := registryABI.PackSetAttributeSigned(addr, v, args[2].([32]byte), twinS, args[4].([32]byte), args[5].([]byte), args[6].(*big.Int))
	if _, err := e.relayer.Transact(ctx, chain.Call{To: &e.registry, Data: twin}); err == nil || !strings.Contains(err.Error(), "ECDSAInvalidSignatureS") {
		t.Fatalf("malleable signature: %v", err)
	}
}

// countingClient counts the JSON-RPC work of a resolution; with maxRange
// set it refuses log queries over more blocks, as public endpoints do, and
// with drop it loses one log of a wide query.
type countingClient struct {
	EthrClient
	calls, logs, headers atomic.Int32
	maxRange             uint64
	drop                 bool
}

func (c *countingClient) CallContract(ctx context.Context, msg ethereum.CallMsg, b *big.Int) ([]byte, error) {
	c.calls.Add(1)
	return c.EthrClient.CallContract(ctx, msg, b)
}

func (c *countingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.logs.Add(1)
	span := q.ToBlock.Uint64() - q.FromBlock.Uint64()
	if c.maxRange > 0 && span >= c.maxRange {
		return nil, errors.New("query exceeds the allowed block range")
	}
	logs, err := c.EthrClient.FilterLogs(ctx, q)
	if c.drop && span > 0 && len(logs) > 2 {
		logs = append(logs[:1], logs[2:]...)
	}
	return logs, err
}

func (c *countingClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.headers.Add(1)
	return c.EthrClient.HeaderByNumber(ctx, n)
}

func TestEthrResolvesHistoryWithOneLogQuery(t *testing.T) {
	ctx := context.Background()
	e := newEthrChain(t)
	kp, addr, did := newIdentity(t)
	const changes = 12
	for i := range changes {
		svc, _ := EthrServiceAttribute("Hub", "https://hub.example/"+string(rune('a'+i)), time.Hour)
		e.update(t, kp, addr, svc)
	}
	want, _, err := e.resolver(t, nil).Resolve(ctx, did)
	if err != nil || len(want.Service) != changes {
		t.Fatalf("%v, %d services", err, len(want.Service))
	}
	for _, tc := range []struct {
		name                 string
		client               *countingClient
		calls, logs, headers int32
	}{
		{"one range query", &countingClient{EthrClient: e.chain}, 1, 1, 1},
		{"endpoint limits ranges: walk", &countingClient{EthrClient: e.chain, maxRange: 1}, 1, 1 + changes, 2},
		{"a log missing from the range: walk", &countingClient{EthrClient: e.chain, drop: true}, 1, 1 + changes, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := e.resolver(t, tc.client).Resolve(ctx, did)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("document differs:\n%+v\n%+v", got, want)
			}
			if c, l, h := tc.client.calls.Load(), tc.client.logs.Load(), tc.client.headers.Load(); c != tc.calls || l != tc.logs || h != tc.headers {
				t.Fatalf("%d calls, %d log queries, %d headers; want %d, %d, %d", c, l, h, tc.calls, tc.logs, tc.headers)
			}
		})
	}
}

func TestEthrErrors(t *testing.T) {
	e := newEthrChain(t)
	r := withEthr(e.resolver(t, nil))
	for _, tc := range []struct {
		did  string
		want error
	}{
		{"did:ethr:0x123", ErrInvalidDID},
		{"did:ethr:0x539:0xzz5714089478a327f09197987f16f9e5d936e8a", ErrInvalidDID},
		{"did:ethr:0x020000000000000000000000000000000000000000000000000000000000000000", ErrInvalidDID}, // x = 0 is not on the curve
		{"did:ethr:sepolia:0xb9c5714089478a327f09197987f16f9e5d936e8a", ErrNotFound},
		{"did:ethr:0x539:0xb9c5714089478a327f09197987f16f9e5d936e8a?versionId=abc", ErrInvalidDID},
		{"did:ethr:0x539:0xb9c5714089478a327f09197987f16f9e5d936e8a?service=x", ErrInvalidDID},
		{"did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK?versionId=1", ErrInvalidDID},
	} {
		res, err := r.Resolve(context.Background(), tc.did)
		if !errors.Is(err, tc.want) || res.ResolutionMetadata.Error == "" {
			t.Errorf("%s: %v (%s), want %v", tc.did, err, res.ResolutionMetadata.Error, tc.want)
		}
	}
	if _, err := NewEthrResolver(nil, EthrNetwork{ChainID: 1}); err == nil {
		t.Fatal("a network without a client or registry was accepted")
	}
}

func TestEthrUpdateValidation(t *testing.T) {
	kp, addr, _ := newIdentity(t)
	ed, _ := NewKeyPair(Ed25519, nil)
	for _, ch := range []EthrChange{
		{Op: "burn"},
		{Op: OpAddDelegate, DelegateType: "admin", Delegate: addr, Validity: time.Hour},
		{Op: OpAddDelegate, DelegateType: "veriKey", Validity: time.Hour},
		{Op: OpAddDelegate, DelegateType: "veriKey", Delegate: addr},
		{Op: OpSetAttribute, Name: strings.Repeat("x", 33), Validity: time.Hour},
		{Op: OpSetAttribute, Validity: time.Hour},
	} {
		if _, err := EthrUpdate(addr, ch); err == nil {
			t.Errorf("%+v accepted", ch)
		}
	}
	if _, err := EthrSignedUpdate(context.Background(), nil, common.Address{}, addr, ed, EthrChange{Op: OpChangeOwner}); err == nil {
		t.Error("an Ed25519 key signed an ERC-1056 update")
	}
	if _, err := EthrServiceAttribute("bad type", "https://x", time.Hour); err == nil {
		t.Error("service type with a space accepted")
	}
	_ = kp
}

func FuzzParseEthrDID(f *testing.F) {
	for _, s := range []string{
		"did:ethr:0xb9c5714089478a327f09197987f16f9e5d936e8a",
		"did:ethr:0x539:0xb9c5714089478a327f09197987f16f9e5d936e8a",
		"did:ethr:mainnet:0x03fdd57adec3d438ea237fe46b33ee1e016eda6b585c3e27ea66686c2ea5358479",
		"did:ethr:a:b:0x0000000000000000000000000000000000000000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		network, addr, pub, err := ParseEthrDID(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidDID) {
				t.Fatalf("%q: %v is not invalidDid", s, err)
			}
			return
		}
		if network == "" {
			t.Fatalf("%q: no network", s)
		}
		if pub != nil {
			k, err := crypto.DecompressPubkey(pub)
			if err != nil || crypto.PubkeyToAddress(*k) != addr {
				t.Fatalf("%q: key and address disagree", s)
			}
		}
	})
}

// A did:ethr issues credentials: a vc+jwt signed by the identity's own key
// (#controller, verified by recovering its address), and a Data Integrity
// credential signed by an Ed25519 key its document publishes.
func TestEthrIssuerCredentials(t *testing.T) {
	ctx := context.Background()
	e := newEthrChain(t)
	r := withEthr(e.resolver(t, nil))
	kp, addr, issuer := newIdentity(t)
	ed, _ := NewKeyPair(Ed25519, nil)
	attr, _ := EthrKeyAttribute(ed, "veriKey", time.Hour)
	e.update(t, kp, addr, attr)
	eddsa, err := NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	holder, _ := NewKeyPair(Ed25519, nil)
	req := IssueRequest{Issuer: kp, IssuerDID: issuer, VerificationMethod: issuer + "#controller", Subject: holder.DID,
		Types: []string{"MembershipCredential"}, Claims: map[string]any{"memberOf": "did:web:platform-a.example"}, Contexts: []string{ContextMifm}}
	token, _, err := eddsa.IssueCredentialJWT(req)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(time.Minute)
	if v, _ := eddsa.VerifyCredentialJWT(ctx, token, r, nil, at); !v.Verified || v.Issuer != issuer {
		t.Fatalf("did:ethr vc+jwt: %+v", v)
	}
	// Another secp256k1 key claiming the identity's #controller is refused.
	other, _ := NewKeyPair(Secp256k1, nil)
	req.Issuer = other
	forged, _, _ := eddsa.IssueCredentialJWT(req)
	if v, _ := eddsa.VerifyCredentialJWT(ctx, forged, r, nil, at); v.Verified || !strings.Contains(v.Checks[2].Reason, "not signed by the key of eip155:1337:"+addr.Hex()) {
		t.Fatalf("forged did:ethr vc+jwt: %+v", v.Checks)
	}
	req.Issuer, req.VerificationMethod = ed, issuer+"#delegate-1"
	vc, err := eddsa.IssueCredential(req)
	if err != nil {
		t.Fatal(err)
	}
	if v := eddsa.VerifyCredential(ctx, vc, r, nil, at); !v.Verified {
		t.Fatalf("did:ethr Data Integrity credential: %+v", v.Checks)
	}
	// Once the key attribute is revoked, the credential no longer verifies.
	e.update(t, kp, addr, EthrChange{Op: OpRevokeAttribute, Name: attr.Name, Value: attr.Value})
	r = withEthr(e.resolver(t, nil))
	if v := eddsa.VerifyCredential(ctx, vc, r, nil, at); v.Verified {
		t.Fatal("a credential signed by a revoked did:ethr key verified")
	}
}
