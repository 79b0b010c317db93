package did

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/mr-tron/base58"
	"golang.org/x/sync/errgroup"

	"github.com/mifm/mifm/contracts/bindings/didregistry"
)

// did:ethr (the ethr DID method specification) resolves a DID from the
// events of an ERC-1056 registry: the identity's owner, its delegates and
// its attributes (keys and services), each with a validity. The documents
// this resolver builds are the ones ethr-did-resolver builds, field for
// field, so a verifier using either sees the same keys.

// Contexts of a did:ethr document, in ethr-did-resolver's order.
var ethrContexts = []any{ContextDIDv1, contextRecovery, "https://w3id.org/security/v3-unstable"}

// EthrClient is what resolving did:ethr needs of a chain endpoint.
type EthrClient interface {
	ethereum.ContractCaller
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// EthrNetwork is a chain with a did:ethr registry.
type EthrNetwork struct {
	// Name is an alias DIDs may use for the chain ("mainnet", "sepolia");
	// the hex chain id ("0x539") always names it too.
	Name     string
	ChainID  uint64
	Registry common.Address
	// FromBlock is the block the registry was deployed in: no identity's
	// history starts before it.
	FromBlock uint64
	Client    EthrClient
}

// EthrResolver resolves did:ethr DIDs on the networks it was given.
type EthrResolver struct {
	networks map[string]*EthrNetwork
	now      func() time.Time
}

// NewEthrResolver resolves on networks; now is the clock that decides which
// delegates and attributes are still valid (nil: time.Now), as
// ethr-did-resolver uses the wall clock.
func NewEthrResolver(now func() time.Time, networks ...EthrNetwork) (*EthrResolver, error) {
	if now == nil {
		now = time.Now
	}
	e := &EthrResolver{networks: map[string]*EthrNetwork{}, now: now}
	for i := range networks {
		n := &networks[i]
		if n.Client == nil || n.ChainID == 0 || n.Registry == (common.Address{}) {
			return nil, fmt.Errorf("did:ethr network %q: a client, a chain id and a registry address are required", n.Name)
		}
		e.networks[EthrNetworkID(n.ChainID)] = n
		if n.Name != "" {
			e.networks[n.Name] = n
		}
	}
	return e, nil
}

// EthrNetworkID is how a did:ethr names a chain by its id: "0x" and the id
// in lower-case hex.
func EthrNetworkID(chainID uint64) string { return "0x" + strconv.FormatUint(chainID, 16) }

// EthrDID is the did:ethr of an address on a chain.
func EthrDID(chainID uint64, addr common.Address) string {
	return "did:ethr:" + EthrNetworkID(chainID) + ":" + strings.ToLower(addr.Hex())
}

// Address is the Ethereum address of a secp256k1 key pair (the zero
// address for other key types).
func (kp *KeyPair) Address() common.Address {
	if kp.Type != Secp256k1 {
		return common.Address{}
	}
	k, err := crypto.DecompressPubkey(kp.Public)
	if err != nil {
		return common.Address{}
	}
	return crypto.PubkeyToAddress(*k)
}

var ethrID = regexp.MustCompile(`^(?:(.+):)?(0x[0-9a-fA-F]{40}|0x[0-9a-fA-F]{66})$`)

// ParseEthrDID splits a did:ethr into its network ("mainnet" when it names
// none), the identity's address and, for a DID made of a public key, that
// compressed secp256k1 key.
func ParseEthrDID(did string) (network string, addr common.Address, pub []byte, err error) {
	method, id, err := Method(did)
	if err != nil {
		return "", addr, nil, err
	}
	if method != "ethr" {
		return "", addr, nil, fmt.Errorf("%w: %s is not a did:ethr", ErrInvalidDID, did)
	}
	m := ethrID.FindStringSubmatch(id)
	if m == nil {
		return "", addr, nil, fmt.Errorf("%w: %s: want did:ethr:[network:]0x<40 hex digits of an address or 66 of a compressed public key>", ErrInvalidDID, did)
	}
	network = m[1]
	if network == "" {
		network = "mainnet"
	}
	raw, _ := hex.DecodeString(m[2][2:])
	if len(raw) == common.AddressLength {
		return network, common.BytesToAddress(raw), nil, nil
	}
	key, err := crypto.DecompressPubkey(raw)
	if err != nil {
		return "", addr, nil, fmt.Errorf("%w: %s: not a compressed secp256k1 public key: %v", ErrInvalidDID, did, err)
	}
	return network, crypto.PubkeyToAddress(*key), raw, nil
}

// EthrDefaultDocument is the document of a did:ethr with no change in its
// registry: what a newly made one resolves to.
func EthrDefaultDocument(did string, chainID uint64) (*Document, error) {
	_, addr, pub, err := ParseEthrDID(did)
	if err != nil {
		return nil, err
	}
	var pubHex string
	if pub != nil {
		pubHex = did[strings.LastIndex(did, ":")+3:]
	}
	doc, _, _, _ := buildEthrDocument(did, chainID, addr, pubHex, nil, nil, time.Time{})
	return doc, nil
}

// ethrEvent is one registry event of an identity, decoded.
type ethrEvent struct {
	block          uint64
	previousChange uint64
	kind           string // DIDOwnerChanged, DIDDelegateChanged, DIDAttributeChanged
	owner          common.Address
	delegateType   string
	delegate       common.Address
	name           string
	value          []byte
	validTo        *big.Int
	skip           bool // a bytes32 that is not UTF-8: not a DID event
}

var registryABI = didregistry.NewDIDRegistry()

// Resolve resolves a did:ethr as of the chain's latest block.
func (e *EthrResolver) Resolve(ctx context.Context, did string) (*Document, DocumentMetadata, error) {
	return e.resolve(ctx, did, nil)
}

// ResolveVersion resolves a did:ethr as it was at block versionID (the
// versionId of DID resolution): the changes made after it are left out and
// validity is judged at that block's time.
func (e *EthrResolver) ResolveVersion(ctx context.Context, did string, versionID uint64) (*Document, DocumentMetadata, error) {
	return e.resolve(ctx, did, &versionID)
}

func (e *EthrResolver) resolve(ctx context.Context, did string, at *uint64) (*Document, DocumentMetadata, error) {
	network, addr, pub, err := ParseEthrDID(did)
	if err != nil {
		return nil, DocumentMetadata{}, err
	}
	net, ok := e.networks[network]
	if !ok {
		return nil, DocumentMetadata{}, fmt.Errorf("%w: no did:ethr registry is configured for network %q", ErrNotFound, network)
	}
	now := e.now()
	if at != nil {
		h, err := net.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(*at))
		if err != nil {
			return nil, DocumentMetadata{}, fmt.Errorf("%w: read block %d: %v", ErrNotFound, *at, err)
		}
		now = time.Unix(int64(h.Time), 0)
	}
	events, last, lastHeader, err := net.history(ctx, addr)
	if err != nil {
		return nil, DocumentMetadata{}, fmt.Errorf("%w: %s: %v", ErrNotFound, did, err)
	}
	var pubHex string
	if pub != nil {
		pubHex = did[strings.LastIndex(did, ":")+3:] // as the DID writes it
	}
	doc, deactivated, version, next := buildEthrDocument(did, net.ChainID, addr, pubHex, events, at, now)
	var meta DocumentMetadata
	meta.Deactivated = deactivated
	stamp := func(block uint64) (*time.Time, error) {
		if block == last && lastHeader != nil {
			t := time.Unix(int64(lastHeader.Time), 0).UTC()
			return &t, nil
		}
		h, err := net.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
		if err != nil {
			return nil, fmt.Errorf("%w: read block %d: %v", ErrNotFound, block, err)
		}
		t := time.Unix(int64(h.Time), 0).UTC()
		return &t, nil
	}
	if version != 0 {
		if meta.Updated, err = stamp(version); err != nil {
			return nil, DocumentMetadata{}, err
		}
		meta.VersionID = strconv.FormatUint(version, 10)
	}
	if next != 0 {
		if meta.NextUpdate, err = stamp(next); err != nil {
			return nil, DocumentMetadata{}, err
		}
		meta.NextVersionID = strconv.FormatUint(next, 10)
	}
	return doc, meta, nil
}

// history reads every registry event of an identity. The registry links
// each event to the block of the identity's previous change, and
// `changed` gives the last; ethr-did-resolver follows the links with one
// eth_getLogs per block. Here one query covers the whole range from the
// registry's deployment to the last change, and the links are checked
// against what it returned; only when the endpoint refuses the range, or
// returns a history with a gap, does the resolver walk block by block.
func (n *EthrNetwork) history(ctx context.Context, addr common.Address) ([]ethrEvent, uint64, *types.Header, error) {
	out, err := n.Client.CallContract(ctx, ethereum.CallMsg{To: &n.Registry, Data: registryABI.PackChanged(addr)}, nil)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("read the registry's last change of %s: %w", addr.Hex(), err)
	}
	lastBig, err := registryABI.UnpackChanged(out)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("read the registry's last change of %s: %w (is %s a did:ethr registry?)", addr.Hex(), err, n.Registry.Hex())
	}
	if lastBig.Sign() == 0 {
		return nil, 0, nil, nil
	}
	if !lastBig.IsUint64() {
		return nil, 0, nil, fmt.Errorf("registry reports change block %s", lastBig)
	}
	last := lastBig.Uint64()
	var logs []types.Log
	var header *types.Header
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		var err error
		logs, err = n.logs(gctx, addr, min(n.FromBlock, last), last)
		return err
	})
	g.Go(func() error {
		var err error
		header, err = n.Client.HeaderByNumber(gctx, lastBig)
		return err
	})
	err = g.Wait()
	var events []ethrEvent
	if err == nil {
		events, err = decodeEthrLogs(logs, last)
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, 0, nil, ctx.Err()
		}
		// The endpoint limits ranges, or the answer has a gap: walk back
		// one block at a time, as the method specification describes.
		if events, err = n.walk(ctx, addr, last); err != nil {
			return nil, 0, nil, err
		}
		header = nil
	}
	return events, last, header, nil
}

func (n *EthrNetwork) logs(ctx context.Context, addr common.Address, from, to uint64) ([]types.Log, error) {
	abi := registryABI.GetABI()
	return n.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{n.Registry},
		Topics: [][]common.Hash{
			{abi.Events["DIDOwnerChanged"].ID, abi.Events["DIDDelegateChanged"].ID, abi.Events["DIDAttributeChanged"].ID},
			{common.BytesToHash(addr.Bytes())},
		},
	})
}

// walk follows the previousChange links back from block last, one log
// query per block.
func (n *EthrNetwork) walk(ctx context.Context, addr common.Address, last uint64) ([]ethrEvent, error) {
	var blocks [][]ethrEvent
	for b := last; b != 0; {
		logs, err := n.logs(ctx, addr, b, b)
		if err != nil {
			return nil, fmt.Errorf("read registry events of %s in block %d: %w", addr.Hex(), b, err)
		}
		if len(logs) == 0 {
			return nil, fmt.Errorf("the registry points at block %d for %s but the endpoint returns no event there (an archive node may be needed)", b, addr.Hex())
		}
		var evs []ethrEvent
		prev := uint64(0)
		for _, l := range logs {
			ev, err := decodeEthrLog(l)
			if err != nil {
				return nil, err
			}
			if ev.previousChange < b && (prev == 0 || ev.previousChange < prev) {
				prev = ev.previousChange
			}
			evs = append(evs, ev)
		}
		blocks = append(blocks, evs)
		b = prev
	}
	var events []ethrEvent
	for i := len(blocks) - 1; i >= 0; i-- {
		events = append(events, blocks[i]...)
	}
	return events, nil
}

// decodeEthrLogs decodes an identity's whole history and checks that the
// events form the registry's chain of changes ending at block last.
func decodeEthrLogs(logs []types.Log, last uint64) ([]ethrEvent, error) {
	events := make([]ethrEvent, 0, len(logs))
	cur := uint64(0)
	for _, l := range logs {
		if l.Removed {
			continue
		}
		ev, err := decodeEthrLog(l)
		if err != nil {
			return nil, err
		}
		want := ev.block
		if ev.block != cur {
			want, cur = cur, ev.block
		}
		if ev.previousChange != want {
			return nil, fmt.Errorf("history has a gap: the event in block %d follows a change in block %d, not %d", ev.block, ev.previousChange, want)
		}
		events = append(events, ev)
	}
	if cur != last {
		return nil, fmt.Errorf("history ends at block %d, but the registry's last change is in block %d", cur, last)
	}
	return events, nil
}

func decodeEthrLog(l types.Log) (ethrEvent, error) {
	abi := registryABI.GetABI()
	if len(l.Topics) == 0 {
		return ethrEvent{}, errors.New("registry log without topics")
	}
	ev := ethrEvent{block: l.BlockNumber}
	var prev *big.Int
	switch l.Topics[0] {
	case abi.Events["DIDOwnerChanged"].ID:
		e, err := registryABI.UnpackDIDOwnerChangedEvent(&l)
		if err != nil {
			return ev, fmt.Errorf("decode DIDOwnerChanged in block %d: %w", l.BlockNumber, err)
		}
		ev.kind, ev.owner, prev = "DIDOwnerChanged", e.Owner, e.PreviousChange
	case abi.Events["DIDDelegateChanged"].ID:
		e, err := registryABI.UnpackDIDDelegateChangedEvent(&l)
		if err != nil {
			return ev, fmt.Errorf("decode DIDDelegateChanged in block %d: %w", l.BlockNumber, err)
		}
		ev.kind, ev.delegate, ev.validTo, prev = "DIDDelegateChanged", e.Delegate, e.ValidTo, e.PreviousChange
		ev.delegateType, ev.skip = bytes32String(e.DelegateType)
	case abi.Events["DIDAttributeChanged"].ID:
		e, err := registryABI.UnpackDIDAttributeChangedEvent(&l)
		if err != nil {
			return ev, fmt.Errorf("decode DIDAttributeChanged in block %d: %w", l.BlockNumber, err)
		}
		ev.kind, ev.value, ev.validTo, prev = "DIDAttributeChanged", e.Value, e.ValidTo, e.PreviousChange
		ev.name, ev.skip = bytes32String(e.Name)
	default:
		return ev, fmt.Errorf("unknown registry event %s in block %d", l.Topics[0].Hex(), l.BlockNumber)
	}
	if !prev.IsUint64() {
		return ev, fmt.Errorf("event in block %d points at block %s", l.BlockNumber, prev)
	}
	ev.previousChange = prev.Uint64()
	return ev, nil
}

// bytes32String reads a bytes32 name as UTF-8 without its trailing zeros;
// skip is true when it is not UTF-8 (someone else's use of the registry).
func bytes32String(b [32]byte) (s string, skip bool) {
	s = strings.TrimRight(string(b[:]), "\x00")
	return s, !utf8.ValidString(s)
}

// ethrAttr is a did/pub or did/svc attribute name.
var ethrAttr = regexp.MustCompile(`^did/(pub|svc)/(\w+)(/(\w+))?(/(\w+))?$`)

var ethrPurposeTypes = map[string]string{
	"sigAuth": "SignatureAuthentication2018",
	"veriKey": "VerificationKey2018",
	"enc":     "KeyAgreementKey2019",
}

var ethrKeyTypes = map[string]string{
	"Secp256k1VerificationKey2018":         "EcdsaSecp256k1VerificationKey2019",
	"Ed25519SignatureAuthentication2018":   "Ed25519VerificationKey2018",
	"Secp256k1SignatureAuthentication2018": "EcdsaSecp256k1VerificationKey2019",
	"RSAVerificationKey2018":               "RSAVerificationKey2018",
	"Ed25519VerificationKey2018":           "Ed25519VerificationKey2018",
	"X25519KeyAgreementKey2019":            "X25519KeyAgreementKey2019",
}

// ordered is a map that keeps the order keys were first set in, as a
// JavaScript object does: the document lists keys and services in the
// order ethr-did-resolver does.
type ordered[T any] struct {
	keys []string
	m    map[string]T
}

func (o *ordered[T]) set(k string, v T) {
	if o.m == nil {
		o.m = map[string]T{}
	}
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *ordered[T]) del(k string) {
	if _, ok := o.m[k]; !ok {
		return
	}
	delete(o.m, k)
	for i, key := range o.keys {
		if key == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			break
		}
	}
}

func (o *ordered[T]) values() []T {
	out := make([]T, 0, len(o.keys))
	for _, k := range o.keys {
		out = append(out, o.m[k])
	}
	return out
}

// buildEthrDocument applies an identity's events to its default document,
// the way the did:ethr specification and ethr-did-resolver do: delegates
// and attributes count while valid at now, an owner change moves the
// controller, the zero owner deactivates. With at set, events after that
// block are left out; next is the first of them.
func buildEthrDocument(did string, chainID uint64, addr common.Address, pubHex string, events []ethrEvent, at *uint64, now time.Time) (doc *Document, deactivated bool, version, next uint64) {
	controller := addr
	var delegateCount, serviceCount int
	var auth, signing, agreement ordered[string]
	var keys ordered[VerificationMethod]
	var services ordered[Service]
	nowUnix := big.NewInt(now.Unix())
	account := func(a common.Address) string { return fmt.Sprintf("eip155:%d:%s", chainID, a.Hex()) }
	for _, ev := range events {
		if at != nil && ev.block > *at {
			if next == 0 || ev.block < next {
				next = ev.block
			}
			continue
		}
		if ev.skip {
			continue
		}
		version = max(version, ev.block)
		var index string
		switch ev.kind {
		case "DIDDelegateChanged":
			index = ev.kind + "-" + ev.delegateType + "-" + ev.delegate.Hex()
		case "DIDAttributeChanged":
			index = ev.kind + "-" + ev.name + "-0x" + hex.EncodeToString(ev.value)
		}
		valid := ev.validTo != nil && ev.validTo.Sign() > 0 && ev.validTo.Cmp(nowUnix) >= 0
		switch {
		case valid && ev.kind == "DIDDelegateChanged":
			delegateCount++
			id := fmt.Sprintf("%s#delegate-%d", did, delegateCount)
			switch ev.delegateType {
			case "sigAuth":
				auth.set(index, id)
				fallthrough
			case "veriKey":
				keys.set(index, VerificationMethod{ID: id, Type: "EcdsaSecp256k1RecoveryMethod2020", Controller: did, BlockchainAccountID: account(ev.delegate)})
				signing.set(index, id)
			}
		case valid && ev.kind == "DIDAttributeChanged":
			m := ethrAttr.FindStringSubmatch(ev.name)
			if m == nil {
				continue
			}
			switch m[1] {
			case "pub":
				delegateCount++
				id := fmt.Sprintf("%s#delegate-%d", did, delegateCount)
				purpose := ethrPurposeTypes[m[4]]
				if purpose == "" {
					purpose = m[4]
				}
				if m[3] == "" {
					purpose = "undefined" // what the JavaScript resolver's concatenation yields
				}
				typ := ethrKeyTypes[m[2]+purpose]
				if typ == "" {
					typ = m[2]
				}
				vm := VerificationMethod{ID: id, Type: typ, Controller: did}
				switch m[6] {
				case "", "hex":
					vm.PublicKeyHex = hex.EncodeToString(ev.value)
				case "base64":
					vm.PublicKeyBase64 = base64.StdEncoding.EncodeToString(ev.value)
				case "base58":
					vm.PublicKeyBase58 = base58.Encode(ev.value)
				case "pem":
					if !utf8.Valid(ev.value) {
						continue
					}
					vm.PublicKeyPem = string(ev.value)
				default:
					vm.Value = hex.EncodeToString(ev.value)
				}
				keys.set(index, vm)
				switch m[4] {
				case "sigAuth":
					auth.set(index, id)
					signing.set(index, id)
				case "enc":
					agreement.set(index, id)
				default:
					signing.set(index, id)
				}
			case "svc":
				serviceCount++
				if !utf8.Valid(ev.value) {
					continue
				}
				var endpoint any = string(ev.value)
				var parsed any
				if json.Unmarshal(ev.value, &parsed) == nil {
					endpoint = parsed
				}
				services.set(index, Service{ID: fmt.Sprintf("%s#service-%d", did, serviceCount), Type: m[2], ServiceEndpoint: endpoint})
			}
		case ev.kind == "DIDOwnerChanged":
			controller = ev.owner
			if ev.owner == (common.Address{}) {
				deactivated = true
			}
		default:
			// Expired or revoked: it still takes its number, so the ids of
			// the others do not move.
			if ev.kind == "DIDDelegateChanged" || strings.HasPrefix(ev.name, "did/pub/") {
				delegateCount++
			} else if strings.HasPrefix(ev.name, "did/svc/") {
				serviceCount++
			}
			auth.del(index)
			signing.del(index)
			keys.del(index)
			services.del(index)
		}
		if deactivated {
			break
		}
	}
	if deactivated {
		return &Document{Context: slices.Clone(ethrContexts), ID: did}, true, version, next
	}
	vms := []VerificationMethod{{ID: did + "#controller", Type: "EcdsaSecp256k1RecoveryMethod2020", Controller: did, BlockchainAccountID: account(controller)}}
	authn := []string{did + "#controller"}
	assert := []string{did + "#controller"}
	if pubHex != "" && controller == addr {
		vms = append(vms, VerificationMethod{ID: did + "#controllerKey", Type: "EcdsaSecp256k1VerificationKey2019", Controller: did, PublicKeyHex: pubHex})
		authn = append(authn, did+"#controllerKey")
		assert = append(assert, did+"#controllerKey")
	}
	doc = &Document{
		Context:            slices.Clone(ethrContexts),
		ID:                 did,
		VerificationMethod: append(vms, keys.values()...),
		Authentication:     append(authn, auth.values()...),
		AssertionMethod:    append(assert, signing.values()...),
		KeyAgreement:       agreement.values(),
		Service:            services.values(),
	}
	return doc, false, version, next
}
