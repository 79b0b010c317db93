package core

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
)

// ErrIdentityInput is a credential, presentation, policy or DID request
// that is malformed: the caller must change it (RI answers 400).
var ErrIdentityInput = errors.New("bad identity request")

// inputError is a caller's mistake: its text is the cause's alone, and it
// is ErrIdentityInput to errors.Is.
type inputError struct{ err error }

func (e inputError) Error() string        { return e.err.Error() }
func (e inputError) Unwrap() error        { return e.err }
func (e inputError) Is(target error) bool { return target == ErrIdentityInput }

func badInput(format string, a ...any) error { return inputError{fmt.Errorf(format, a...)} }

// listInput marks a status list store's refusal (not a URL, another
// issuer's list, an entry never given, no such list) as the caller's
// mistake; a failure to read or write the folder stays the node's.
func listInput(err error) error {
	var pe *fs.PathError
	if err == nil || errors.As(err, &pe) {
		return err
	}
	return inputError{err}
}

// Bounds of what a caller hands the identity operations (IDVF): each is
// parsed, canonicalized and checked, so each is capped.
const (
	// MaxCredentialBytes caps a credential or presentation (the RI body is
	// capped at 1 MiB anyway; the CLI reads files).
	MaxCredentialBytes = 1 << 20
	// MaxStatusLists caps the status list credentials given with a request.
	MaxStatusLists = 16
	// MaxPresented caps the credentials of one presentation made.
	MaxPresented = 64
	// MaxDIDLength caps a DID to resolve (did:web paths, did:ethr versions).
	MaxDIDLength = 2048
)

// idvfState is the core's IDVF state: the proof engine, made once (it loads
// the JSON-LD contexts), and the lock that makes each status list change
// (allocate or set a bit, then sign and write the list) whole.
type idvfState struct {
	once   sync.Once
	eddsa  *did.EdDSA
	err    error
	listMu sync.Mutex
}

func (c *Core) engine() (*did.EdDSA, error) {
	c.id.once.Do(func() { c.id.eddsa, c.id.err = did.NewEdDSA() })
	return c.id.eddsa, c.id.err
}

// verifier is the core's Verifier: its resolver, status lists through the
// egress guard, and the lists this home publishes.
func (c *Core) verifier() (*Verifier, error) {
	e, err := c.engine()
	if err != nil {
		return nil, err
	}
	return &Verifier{Resolver: c.Resolver, HTTP: PeerClient(c.Home.Config.Net), Now: c.cfg.Now,
		Published: c.Home.StatusLists(), eddsa: e}, nil
}

// ResolveDID resolves a DID with the node's resolver.
func (c *Core) ResolveDID(ctx context.Context, req api.ResolveRequest) (*api.Resolution, error) {
	v, err := c.verifier()
	if err != nil {
		return nil, err
	}
	return v.ResolveDID(ctx, req)
}

// VerifyCredential verifies a credential under an admission policy and
// tells the platform the verdict.
func (c *Core) VerifyCredential(ctx context.Context, req api.VerifyCredentialRequest) (*api.CredentialVerdict, error) {
	v, err := c.verifier()
	if err != nil {
		return nil, err
	}
	out, err := v.VerifyCredential(ctx, req)
	if err != nil {
		return nil, err
	}
	subject := out.Issuer
	if len(out.Subjects) > 0 {
		subject = out.Subjects[0]
	}
	c.publish("credential.verdict", subject, out)
	return out, nil
}

// VerifyPresentation verifies a presentation under an admission policy and
// tells the platform the verdict.
func (c *Core) VerifyPresentation(ctx context.Context, req api.VerifyPresentationRequest) (*api.PresentationVerdict, error) {
	v, err := c.verifier()
	if err != nil {
		return nil, err
	}
	out, err := v.VerifyPresentation(ctx, req)
	if err != nil {
		return nil, err
	}
	c.publish("credential.verdict", out.Holder, out)
	return out, nil
}

// DIDs are the DIDs whose keys the home keeps.
func (c *Core) DIDs(context.Context) ([]api.StoredDID, error) {
	keys, err := c.Home.DIDKeys().List()
	if err != nil {
		return nil, fmt.Errorf("list the home's DID keys: %w", err)
	}
	if keys == nil {
		keys = []did.StoredKey{}
	}
	return keys, nil
}

// CreateDID makes a DID whose key the home keeps, encrypted with the
// keystore passphrase. A did:ethr's document is the default one: a new
// key has no history in the registry, and creating it sends nothing.
func (c *Core) CreateDID(ctx context.Context, req api.CreateDIDRequest) (*api.CreatedDID, error) {
	kt := did.Ed25519
	if req.KeyType != "" {
		var err error
		if kt, err = did.ParseKeyType(req.KeyType); err != nil {
			return nil, badInput("key type: %w", err)
		}
	}
	switch req.Method {
	case "", "key":
	case "ethr":
		if req.KeyType == "" {
			kt = did.Secp256k1
		}
		if kt != did.Secp256k1 {
			return nil, badInput("method ethr: a did:ethr is an Ethereum account, whose key is secp256k1, not %s (a DID update adds other keys later)", kt)
		}
	default:
		return nil, badInput("method %q: want key or ethr", req.Method)
	}
	pass, err := c.passphrase()
	if err != nil {
		return nil, err
	}
	kp, err := did.NewKeyPair(kt, nil)
	if err != nil {
		return nil, err
	}
	id := kp.DID
	var doc *did.Document
	if req.Method == "ethr" {
		chainID, err := c.chainID(ctx)
		if err != nil {
			return nil, err
		}
		id = did.EthrDID(chainID, kp.Address())
		if doc, err = did.EthrDefaultDocument(id, chainID); err != nil {
			return nil, err
		}
	} else {
		// A did:key's document is its key: no resolver, no network.
		res, err := did.NewResolver(did.Options{}).Resolve(ctx, id)
		if err != nil {
			return nil, err
		}
		doc = res.Document
	}
	if err := c.Home.DIDKeys().SaveFor(id, kp, pass); err != nil {
		return nil, fmt.Errorf("keep the key of %s: %w", id, err)
	}
	return &api.CreatedDID{DID: id, KeyType: kt, Document: doc}, nil
}

// chainID is the node's chain id: the config's for the embedded chain
// (no chain opened), the endpoint's otherwise.
func (c *Core) chainID(ctx context.Context) (uint64, error) {
	backend := c.cfg.ChainOverride
	if backend == "" && c.cfg.Chain == nil {
		backend = c.Home.Config.Chain.Backend
	}
	if backend == home.EmbeddedChain {
		return c.Home.Config.Chain.ChainID, nil
	}
	n, err := c.Node(ctx)
	if err != nil {
		return 0, err
	}
	return n.Chain.ChainNumber().Uint64(), nil
}

// IssueCredential signs a credential with a DID key of the home (IDVF):
// a Data Integrity proof, a vc+jwt or an SD-JWT. With a status entry, the
// entry is allocated in the home's status list and the list is signed and
// written anew, for the operator to publish at its URL.
func (c *Core) IssueCredential(ctx context.Context, req api.IssueCredentialRequest) (*api.IssuedCredential, error) {
	format := req.Format
	if format == "" {
		format = api.FormatLDP
	}
	// No suite: the key picks its own (eddsa-rdfc-2022 for Ed25519,
	// ecdsa-rdfc-2019 for P-256 and P-384).
	suite := req.Suite
	var status api.StatusRequest
	if req.Status != nil {
		status = *req.Status
		if status.Purpose == "" {
			status.Purpose = did.StatusRevocation
		}
	}
	switch {
	case suite != "" && did.CheckSuite(suite) != nil:
		return nil, badInput("%v", did.CheckSuite(suite))
	case req.Suite != "" && format != api.FormatLDP:
		return nil, badInput("suite picks a Data Integrity suite: it goes with format ldp")
	case format != api.FormatLDP && format != api.FormatJWT && format != api.FormatSDJWT && format != api.FormatSDJWTVC:
		return nil, badInput("format %q: want ldp, jwt, sd-jwt or dc+sd-jwt", format)
	case format == api.FormatSDJWTVC && len(req.Types) != 1:
		return nil, badInput("a dc+sd-jwt credential has one type, its vct: give it with --type (\"types\" over RI), e.g. https://platform.example/vct/membership; got %d types", len(req.Types))
	case format == api.FormatSDJWTVC && (req.Status != nil || len(req.Contexts) > 0 || req.Version != 0):
		return nil, badInput("a dc+sd-jwt credential has no JSON-LD contexts, data model version or Bitstring Status List entry (SD-JWT VCs use the Token Status List, which mifm does not write)")
	case req.Status != nil && status.URL == "":
		return nil, badInput("a status entry needs the URL verifiers will fetch the status list credential at (e.g. https://platform.example/status/1)")
	case status.Purpose != "" && status.Purpose != did.StatusRevocation && status.Purpose != did.StatusSuspension:
		return nil, badInput("status purpose %q: want revocation or suspension", status.Purpose)
	case req.Issuer == "":
		return nil, badInput("no issuer: give the DID to sign with (make one with `mifm did create`)")
	case req.Subject == "":
		return nil, badInput("no subject: give the DID the credential is about")
	case req.Claims == nil:
		return nil, badInput("no claims: give the claims about the subject, e.g. {\"memberOf\": \"did:web:platform.example\"}")
	}
	e, err := c.engine()
	if err != nil {
		return nil, err
	}
	pass, err := c.passphrase()
	if err != nil {
		return nil, err
	}
	signer, err := c.signerFor(ctx, pass, req.Issuer, format == api.FormatLDP)
	if err != nil {
		return nil, err
	}
	ir := did.IssueRequest{
		Issuer: signer.Key, IssuerDID: signer.DID, VerificationMethod: signer.VerificationMethod,
		Subject: req.Subject, Types: req.Types, Claims: req.Claims,
		Contexts: append([]string{did.ContextMifm}, req.Contexts...), Version: req.Version, Suite: suite,
	}
	if ir.Version == 0 {
		ir.Version = 2
	}
	if req.ValidUntil != nil {
		ir.ValidUntil = *req.ValidUntil
	}
	out := &api.IssuedCredential{Format: format}
	if req.Status != nil {
		lister := signer
		if lister.Key.Type != did.Ed25519 {
			// The list is a Data Integrity credential: an Ed25519 key of
			// the same issuer signs it.
			if lister, err = c.signerFor(ctx, pass, signer.DID, true); err != nil {
				return nil, fmt.Errorf("status entry: %w", err)
			}
		}
		c.id.listMu.Lock()
		defer c.id.listMu.Unlock()
		index, err := c.Home.StatusLists().Allocate(status.URL, signer.DID, status.Purpose)
		if err != nil {
			return nil, listInput(err)
		}
		ir.Status = did.StatusEntry(status.URL, status.Purpose, index)
		if out.StatusList, out.StatusListFile, err = c.publishStatusList(e, lister, status.URL); err != nil {
			return nil, err
		}
	}
	switch format {
	case api.FormatJWT:
		out.Token, _, err = e.IssueCredentialJWT(ir)
	case api.FormatSDJWT:
		out.Token, _, err = e.IssueCredentialSDJWT(ir)
	case api.FormatSDJWTVC:
		vr := did.SDJWTVCRequest{Issuer: signer.Key, IssuerID: signer.DID, KID: signer.VerificationMethod,
			VCT: req.Types[0], Subject: req.Subject, Claims: req.Claims}
		if req.ValidUntil != nil {
			vr.Expires = *req.ValidUntil
		}
		if out.Token, err = did.IssueSDJWTVC(vr); err != nil {
			err = badInput("%v", err)
		}
	default:
		out.Credential, err = e.IssueCredential(ir)
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// RevokeCredential revokes (or suspends, or reinstates) a credential this
// home issued with a status entry, and signs the list anew.
// The new list goes at once to the platforms identities went to, so that
// what they admitted on the credential is checked again now.
func (c *Core) RevokeCredential(ctx context.Context, req api.RevokeCredentialRequest) (*api.Revocation, error) {
	r, err := c.setCredentialStatus(ctx, req)
	if err == nil && r.StatusListCredential != nil {
		c.pushStatusList(ctx, r.StatusListCredential)
	}
	return r, err
}

func (c *Core) setCredentialStatus(ctx context.Context, req api.RevokeCredentialRequest) (*api.Revocation, error) {
	vc, err := credentialClaims(req.Credential)
	if err != nil {
		return nil, err
	}
	entry, ok := vc["credentialStatus"].(map[string]any)
	if !ok {
		return nil, badInput("the credential has no credentialStatus: only credentials issued with a status entry can be revoked")
	}
	url, _ := entry["statusListCredential"].(string)
	index, err := strconv.Atoi(fmt.Sprint(entry["statusListIndex"]))
	if url == "" || err != nil {
		return nil, badInput("the credential's status entry lacks statusListCredential or statusListIndex")
	}
	e, err := c.engine()
	if err != nil {
		return nil, err
	}
	pass, err := c.passphrase()
	if err != nil {
		return nil, err
	}
	c.id.listMu.Lock()
	defer c.id.listMu.Unlock()
	// The key that signs the list is found before the bit changes, so a
	// wrong passphrase or a missing key leaves the list as it was.
	_, issuer, _, err := c.Home.StatusLists().List(url)
	if err != nil {
		return nil, listInput(err)
	}
	signer, err := c.signerFor(ctx, pass, issuer, true)
	if err != nil {
		return nil, err
	}
	_, purpose, err := c.Home.StatusLists().SetStatus(url, index, !req.Reinstate)
	if err != nil {
		return nil, listInput(err)
	}
	list, path, err := c.publishStatusList(e, signer, url)
	if err != nil {
		return nil, err
	}
	state := map[bool]string{true: "revoked", false: "suspended"}[purpose == did.StatusRevocation]
	if req.Reinstate {
		state = "reinstated"
	}
	return &api.Revocation{Credential: vc["id"], Status: state, StatusList: url, Index: index, Publish: path, StatusListCredential: list}, nil
}

// Present signs a presentation by a holder DID of the home.
func (c *Core) Present(ctx context.Context, req api.PresentRequest) (map[string]any, error) {
	switch {
	case req.Holder == "":
		return nil, badInput("no holder: give the DID that presents (its key must be in this home)")
	case req.Challenge == "":
		return nil, badInput("no challenge: give the nonce the verifier asked for")
	case len(req.Credentials) == 0:
		return nil, badInput("no credential to present")
	case len(req.Credentials) > MaxPresented:
		return nil, badInput("%d credentials: a presentation holds at most %d", len(req.Credentials), MaxPresented)
	}
	vcs := req.Credentials
	if len(req.Definition) > 0 {
		pd, err := did.ParsePresentationDefinition(req.Definition)
		if err != nil {
			return nil, badInput("definition: %w", err)
		}
		sub := pd.Match(vcs)
		if !sub.Satisfied {
			var missing []string
			for _, d := range sub.Descriptors {
				if len(d.Credentials) == 0 {
					missing = append(missing, d.ID+" ("+d.Reason+")")
				}
			}
			return nil, badInput("these credentials do not satisfy %s: %s", pd.ID, strings.Join(missing, "; "))
		}
		// The first credential that answers each descriptor, no more: the
		// verifier learns what it asked for.
		keep := map[int]bool{}
		for _, d := range sub.Descriptors {
			keep[d.Credentials[0]] = true
		}
		var chosen []map[string]any
		for i, vc := range vcs {
			if keep[i] {
				chosen = append(chosen, vc)
			}
		}
		vcs = chosen
	}
	e, err := c.engine()
	if err != nil {
		return nil, err
	}
	pass, err := c.passphrase()
	if err != nil {
		return nil, err
	}
	key, err := c.Home.DIDKeys().Load(req.Holder, pass)
	if err != nil {
		return nil, err
	}
	return e.Present(did.PresentRequest{Holder: key, Credentials: vcs, Challenge: req.Challenge, Domain: req.Domain})
}

// signerFor finds the key of this home that signs for DID id: a did:key's
// own key; for a did:ethr, the identity's secp256k1 key (#controller: vc+jwt
// with ES256K) or, when ed25519 is asked for (Data Integrity), an Ed25519
// key its document lists for assertions.
func (c *Core) signerFor(ctx context.Context, pass, id string, ed25519 bool) (did.Signer, error) {
	method, _, err := did.Method(id)
	if err != nil {
		return did.Signer{}, badInput("issuer: %w", err)
	}
	keys := c.Home.DIDKeys()
	if method != "ethr" {
		kp, err := keys.Load(id, pass)
		if err != nil {
			return did.Signer{}, err
		}
		return did.KeySigner(kp), nil
	}
	if !ed25519 {
		kp, err := keys.Load(id, pass)
		if err != nil {
			return did.Signer{}, err
		}
		return did.Signer{Key: kp, DID: id, VerificationMethod: id + "#controller"}, nil
	}
	res, err := c.Resolver.Resolve(ctx, id)
	if err != nil {
		return did.Signer{}, err
	}
	listed := map[string]string{} // did:key of an Ed25519 key -> its method in the document
	for _, vm := range res.Document.VerificationMethod {
		if pub, err := vm.Ed25519(); err == nil && slices.Contains(res.Document.AssertionMethod, vm.ID) {
			if k, err := did.KeyDID(did.Ed25519, pub); err == nil {
				listed[k] = vm.ID
			}
		}
	}
	kp, meta, err := keys.Find(func(k did.StoredKey) bool { return k.DID == id && listed[k.Key] != "" }, pass)
	if errors.Is(err, did.ErrNoKey) {
		return did.Signer{}, fmt.Errorf("%s lists %w", id, api.ErrNoProofKey)
	}
	if err != nil {
		return did.Signer{}, err
	}
	return did.Signer{Key: kp, DID: id, VerificationMethod: listed[meta.Key]}, nil
}

// publishStatusList signs the current state of a status list and writes it
// beside the list, for the operator to publish at its URL. The caller holds
// listMu.
func (c *Core) publishStatusList(e *did.EdDSA, issuer did.Signer, url string) (map[string]any, string, error) {
	l, _, purpose, err := c.Home.StatusLists().List(url)
	if err != nil {
		return nil, "", err
	}
	vc, err := e.IssueStatusList(issuer, url, purpose, l)
	if err != nil {
		return nil, "", err
	}
	data, _ := json.MarshalIndent(vc, "", "  ")
	path, err := c.Home.StatusLists().SavePublished(url, append(data, '\n'))
	if err != nil {
		return nil, "", err
	}
	return vc, path, nil
}

// Verifier is IDVF's verification: DID resolution, credential and
// presentation checks, admission policies. A Core verifies with its own; a
// command with no home uses one with a resolver of the methods that need no
// chain (did:key, did:pkh, did:web).
type Verifier struct {
	Resolver *did.Resolver
	// HTTP fetches status lists not given with the request; nil fetches
	// none.
	HTTP *http.Client
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Published are the status lists this home signs: they are read there
	// before fetching their URL. Nil: none.
	Published *did.StatusStore

	eddsa *did.EdDSA
}

// NewVerifier is a Verifier without a home.
func NewVerifier(r *did.Resolver, hc *http.Client) (*Verifier, error) {
	e, err := did.NewEdDSA()
	if err != nil {
		return nil, err
	}
	return &Verifier{Resolver: r, HTTP: hc, eddsa: e}, nil
}

func (v *Verifier) now(at *time.Time) time.Time {
	switch {
	case at != nil:
		return *at
	case v.Now != nil:
		return v.Now()
	}
	return time.Now()
}

// ResolveDID resolves a DID; on failure the resolution comes back too, its
// metadata naming the error.
func (v *Verifier) ResolveDID(ctx context.Context, req api.ResolveRequest) (*api.Resolution, error) {
	if len(req.DID) > MaxDIDLength {
		return nil, badInput("%w: the DID is %d characters, at most %d are resolved", did.ErrInvalidDID, len(req.DID), MaxDIDLength)
	}
	format, err := did.ParseKeyFormat(req.KeyFormat)
	if err != nil {
		return nil, badInput("%v", err)
	}
	r := v.Resolver
	if m, _, err := did.Method(strings.SplitN(req.DID, "?", 2)[0]); err == nil && m == "key" && format != did.FormatMultikey {
		// did:key documents are made, not fetched: a resolver of its own
		// writes them in the format asked; other methods still go to the
		// node's.
		r = did.NewResolver(did.Options{KeyFormat: format})
	}
	return r.Resolve(ctx, req.DID)
}

// statusLists are the lists given with a request, then the home's own
// published ones, then HTTPS through v.HTTP.
func (v *Verifier) statusLists(given []map[string]any) (did.StatusLists, error) {
	if len(given) > MaxStatusLists {
		return nil, badInput("%d status lists given, at most %d", len(given), MaxStatusLists)
	}
	local := &did.LocalStatusLists{}
	for i, vc := range given {
		if err := local.Add(vc); err != nil {
			return nil, badInput("status list %d: %w", i+1, err)
		}
	}
	return &statusSources{given: local, published: v.Published, fetch: &did.LocalStatusLists{HTTP: v.HTTP}}, nil
}

type statusSources struct {
	given, fetch *did.LocalStatusLists
	published    *did.StatusStore
}

func (s *statusSources) StatusList(ctx context.Context, url string) (map[string]any, error) {
	if vc, err := s.given.StatusList(ctx, url); err == nil {
		return vc, nil
	}
	if s.published != nil {
		// The list this home signed last: its proof is checked like any
		// other's.
		if vc, err := s.published.Published(url); err == nil {
			return vc, nil
		}
	}
	return s.fetch.StatusList(ctx, url)
}

// policy parses an admission policy given with a request.
func parsePolicy(raw json.RawMessage) (*did.Policy, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	p, err := did.ParsePolicy(raw)
	if err != nil {
		return nil, badInput("policy: %w", err)
	}
	return p, nil
}

// secured reads a credential as given: a JSON object (a credential with a
// Data Integrity proof) or a JSON string (a vc+jwt, or an SD-JWT with its
// disclosures).
func secured(raw json.RawMessage) (token string, vc map[string]any, err error) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0:
		return "", nil, badInput("no credential: give a JSON credential, or a vc+jwt or SD-JWT as a string")
	case len(raw) > MaxCredentialBytes:
		return "", nil, badInput("the credential is %d bytes, at most %d are verified", len(raw), MaxCredentialBytes)
	case raw[0] == '"':
		if err := json.Unmarshal(raw, &token); err != nil {
			return "", nil, badInput("credential: %w", err)
		}
		if token = strings.TrimSpace(token); !strings.HasPrefix(token, "ey") && !did.IsCOSE([]byte(token)) {
			return "", nil, badInput("the credential string is neither a vc+jwt, an SD-JWT (a compact JWS starts with \"ey\") nor a COSE credential in base64")
		}
		return token, nil, nil
	case raw[0] == '{':
		if err := json.Unmarshal(raw, &vc); err != nil {
			return "", nil, badInput("credential: %w", err)
		}
		return "", vc, nil
	}
	return "", nil, badInput("the credential is neither a JSON credential, a vc+jwt nor an SD-JWT")
}

// maxKnownKeys bounds the keys a request gives out of band.
const maxKnownKeys = 16

// knownKeys reads keys given out of band; nil when none are given.
func knownKeys(raws []json.RawMessage) ([]*did.KnownKey, error) {
	if raws == nil {
		return nil, nil
	}
	if len(raws) == 0 || len(raws) > maxKnownKeys {
		return nil, badInput("keys: give 1 to %d keys (verification methods or public JWKs), not %d", maxKnownKeys, len(raws))
	}
	out := make([]*did.KnownKey, len(raws))
	for i, raw := range raws {
		k, err := did.ParseKnownKey(raw)
		if err != nil {
			return nil, badInput("key %d: %w", i+1, err)
		}
		out[i] = k
	}
	return out, nil
}

// credentialClaims is a credential's JSON, or the claims of a vc+jwt or
// SD-JWT, without checking its proof (revoke: the home's own lists decide).
func credentialClaims(raw json.RawMessage) (map[string]any, error) {
	token, vc, err := secured(raw)
	if err != nil || vc != nil {
		return vc, err
	}
	typ := did.TypeVCJWT
	if did.IsSDJWT(token) {
		// The signed part of an SD-JWT holds everything but the subject's
		// claims, its status entry included.
		token, typ = strings.SplitN(token, "~", 2)[0], ""
	}
	j, err := did.ParseJWS(token, typ)
	if err != nil {
		return nil, badInput("%w", err)
	}
	return j.Claims, nil
}

// VerifyCredential runs every check of a credential and every rule of the
// policy, if any: a failed check is in the verdict, not an error.
func (v *Verifier) VerifyCredential(ctx context.Context, req api.VerifyCredentialRequest) (*api.CredentialVerdict, error) {
	token, vc, err := secured(req.Credential)
	if err != nil {
		return nil, err
	}
	if (req.Challenge != "" || req.Domain != "") && !did.IsSDJWT(token) {
		return nil, badInput("challenge and domain bind SD-JWT presentations; a presentation of other credentials is checked with presentation verify (`mifm vp verify`)")
	}
	policy, err := parsePolicy(req.Policy)
	if err != nil {
		return nil, err
	}
	lists, err := v.statusLists(req.StatusLists)
	if err != nil {
		return nil, err
	}
	if v.eddsa == nil {
		return nil, errors.New("verifier: made without NewVerifier")
	}
	keys, err := knownKeys(req.Keys)
	if err != nil {
		return nil, err
	}
	at := v.now(req.At)
	var res *did.Verification
	switch {
	case did.IsSDJWT(token) && keys != nil:
		res, vc = v.eddsa.VerifyCredentialSDJWTWith(ctx, token, keys, v.Resolver, lists, req.Challenge, req.Domain, at)
	case did.IsSDJWT(token):
		res, vc = v.eddsa.VerifyCredentialSDJWT(ctx, token, v.Resolver, lists, req.Challenge, req.Domain, at)
	case token != "" && !strings.HasPrefix(token, "ey"):
		msg, _ := did.DecodeCOSEText(token)
		res, vc = v.eddsa.VerifyCredentialCOSE(ctx, msg, keys, v.Resolver, lists, at)
	case token != "" && keys != nil:
		res, vc = v.eddsa.VerifyCredentialJWTWith(ctx, token, keys, v.Resolver, lists, at)
	case token != "":
		res, vc = v.eddsa.VerifyCredentialJWT(ctx, token, v.Resolver, lists, at)
	case keys != nil:
		return nil, badInput("keys given out of band check JWT, SD-JWT and COSE signatures; a Data Integrity proof names its key by a DID URL, which is resolved")
	default:
		res = v.eddsa.VerifyCredential(ctx, vc, v.Resolver, lists, at)
	}
	out := &api.CredentialVerdict{Verification: res}
	if policy != nil {
		holder := ""
		if len(res.Subjects) > 0 {
			holder = res.Subjects[0]
		}
		out.Policy = policy.Evaluate([]did.Presented{{Credential: vc, Verification: res}}, holder, at)
	}
	return out, nil
}

// VerifyPresentation checks a presentation for the verifier's challenge,
// each credential in it, the policy for the holder and the definition.
func (v *Verifier) VerifyPresentation(ctx context.Context, req api.VerifyPresentationRequest) (*api.PresentationVerdict, error) {
	secured := strings.TrimSpace(req.Secured)
	switch {
	case req.Presentation == nil && secured == "":
		return nil, badInput("no presentation: give a JSON presentation, or a vp+jwt, JWT-VC 1.1 JWT or base64 vp+cose as secured")
	case req.Presentation != nil && secured != "":
		return nil, badInput("give the presentation once: as JSON or as secured, not both")
	case len(secured) > MaxCredentialBytes:
		return nil, badInput("the presentation is %d bytes, at most %d are verified", len(secured), MaxCredentialBytes)
	case req.Record && (secured == "" || !did.IsCOSE([]byte(secured)) && did.JWSType(secured) != did.TypeVPJWT):
		return nil, badInput("record reads a stored VC-JOSE-COSE presentation (vp+jwt or vp+cose); other presentations answer a challenge")
	case req.Record && (len(req.Policy) > 0 && string(req.Policy) != "null" || req.Challenge != "" || len(req.Definition) > 0 && string(req.Definition) != "null"):
		return nil, badInput("a record admits no one: give no policy, definition or challenge with it")
	case req.Challenge == "" && !req.Record:
		return nil, badInput("no challenge: give the nonce you asked the holder to sign (without it a presentation can be replayed)")
	case req.Keys != nil && secured == "":
		return nil, badInput("keys given out of band check secured presentations; a Data Integrity proof names its key by a DID URL, which is resolved")
	}
	keys, err := knownKeys(req.Keys)
	if err != nil {
		return nil, err
	}
	policy, err := parsePolicy(req.Policy)
	if err != nil {
		return nil, err
	}
	var pd *did.PresentationDefinition
	if len(req.Definition) > 0 && string(req.Definition) != "null" {
		if pd, err = did.ParsePresentationDefinition(req.Definition); err != nil {
			return nil, badInput("definition: %w", err)
		}
	}
	lists, err := v.statusLists(req.StatusLists)
	if err != nil {
		return nil, err
	}
	if v.eddsa == nil {
		return nil, errors.New("verifier: made without NewVerifier")
	}
	now := v.now(req.At)
	var res *did.PresentationResult
	var presented []did.Presented
	switch {
	case secured == "":
		res, presented = v.eddsa.VerifyPresentation(ctx, req.Presentation, v.Resolver, lists, req.Challenge, req.Domain, now)
	case did.JWSType(secured) == did.TypeJWT || did.JWSType(secured) == "" && strings.HasPrefix(secured, "ey"):
		if keys != nil {
			return nil, badInput("a JWT-VC 1.1 presentation is checked against its holder's DID; keys given out of band are for VC-JOSE-COSE presentations")
		}
		res, presented = v.eddsa.VerifyPresentationJWT(ctx, secured, v.Resolver, lists, req.Challenge, req.Domain, now)
	default:
		res, presented = v.eddsa.VerifyPresentationEnveloped(ctx, []byte(secured), keys, v.Resolver, lists,
			did.PresentationCheck{Challenge: req.Challenge, Domain: req.Domain, Record: req.Record}, now)
	}
	out := &api.PresentationVerdict{PresentationResult: res, Record: req.Record}
	if policy != nil {
		out.Policy = policy.Evaluate(presented, res.Holder, now)
	}
	if pd != nil {
		// Only credentials that verified answer the verifier's request.
		var good []map[string]any
		for _, p := range presented {
			if p.Verification != nil && p.Verification.Verified {
				good = append(good, p.Credential)
			}
		}
		out.Submission = pd.Match(good)
	}
	return out, nil
}

// Registration is a platform's standing in the registry on the node's
// chain (this node's own platform when did is empty).
func (c *Core) Registration(ctx context.Context, id string) (*api.Registration, error) {
	if id == "" {
		id = c.Home.Config.Platform.DID
	}
	if _, _, err := did.Method(id); err != nil {
		return nil, badInput("platform DID: %w", err)
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	reg, err := n.Deployment(contracts.PlatformRegistry)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoChain, err)
	}
	r := platformregistry.NewPlatformRegistry()
	out, err := chain.CallView(ctx, n.Chain, reg, r.PackAttesterOf(contracts.PlatformID(id)), contracts.ErrorABIs()...)
	if err != nil {
		return nil, fmt.Errorf("read %s in the platform registry: %w", id, err)
	}
	attester, err := r.UnpackAttesterOf(out)
	if err != nil {
		return nil, fmt.Errorf("read %s in the platform registry: %w", id, err)
	}
	st := &api.Registration{DID: id, PlatformID: common.Hash(contracts.PlatformID(id)).Hex(), Registry: hexutil.Encode(reg[:]), Active: attester != (common.Address{})}
	if st.Active {
		st.Attester = hexutil.Encode(attester[:])
	}
	return st, nil
}

// RegisterPlatform admits another platform to the registry, sent from the
// platform key (the registrar's role is the deployer's).
func (c *Core) RegisterPlatform(ctx context.Context, req api.RegisterPlatformRequest) (*api.PlatformRegistration, error) {
	if _, _, err := did.Method(req.DID); err != nil {
		return nil, badInput("platform DID: %w", err)
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	account := func(name, s string) (common.Address, error) {
		if strings.Contains(s, ":") {
			a, err := chain.ParseAccountID(s)
			if err != nil {
				return common.Address{}, badInput("%s: %w", name, err)
			}
			if a.Chain != n.Chain.CAIP2() {
				return common.Address{}, badInput("%s %s is on %s, this node's chain is %s", name, s, a.Chain, n.Chain.CAIP2())
			}
			return a.EVMAddress()
		}
		if !common.IsHexAddress(s) {
			return common.Address{}, badInput("%s %q is not an address: want 0x followed by 40 hex digits, or a CAIP-10 id", name, s)
		}
		return common.HexToAddress(s), nil
	}
	admin, err := account("admin", req.Admin)
	if err != nil {
		return nil, err
	}
	attester := admin
	if req.Attester != "" {
		if attester, err = account("attester", req.Attester); err != nil {
			return nil, err
		}
	}
	if admin == (common.Address{}) || attester == (common.Address{}) {
		return nil, badInput("admin and attester must not be the zero address")
	}
	pass, err := c.passphrase()
	if err != nil {
		return nil, err
	}
	s, err := n.Sender(ctx, pass)
	if err != nil {
		return nil, err
	}
	r, err := n.RegisterPlatform(ctx, s, req.DID, admin, attester)
	if err != nil {
		return nil, err
	}
	return &api.PlatformRegistration{DID: r.DID, PlatformID: common.Hash(r.PlatformID).Hex(), Admin: hexutil.Encode(r.Admin[:]), Attester: hexutil.Encode(r.Attester[:]), Tx: r.Tx.Hex(), GasUsed: r.GasUsed}, nil
}
