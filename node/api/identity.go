package api

import (
	"context"
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/did"
)

// Identity is DIDs and credentials (IDVF, RI-4): DIDs resolved with the
// node's resolver (did:ethr on the node's chain), credentials and
// presentations verified under the platform's admission policy, credentials
// issued with the home's DID keys and revoked in its status lists.
type Identity interface {
	// ResolveDID resolves a DID (with ?versionId=N for did:ethr). On
	// failure the resolution still comes back, with its metadata's error
	// code, beside the error.
	ResolveDID(ctx context.Context, req ResolveRequest) (*Resolution, error)
	// DIDs are the DIDs whose keys the home keeps.
	DIDs(ctx context.Context) ([]StoredDID, error)
	// CreateDID makes a DID whose key the home keeps.
	CreateDID(ctx context.Context, req CreateDIDRequest) (*CreatedDID, error)
	// UpdateDID makes one change to a did:ethr in the DID registry on the
	// node's chain (ERC-1056), signed by the DID's owner key from the home
	// and sent by the platform key.
	UpdateDID(ctx context.Context, req UpdateDIDRequest) (*DIDUpdate, error)
	// VerifyCredential runs every check of a credential and, with a
	// policy, every rule: the verdict says which passed and which failed.
	VerifyCredential(ctx context.Context, req VerifyCredentialRequest) (*CredentialVerdict, error)
	// VerifyPresentation checks a presentation for the verifier's challenge,
	// each credential in it, and the policy and definition when given.
	VerifyPresentation(ctx context.Context, req VerifyPresentationRequest) (*PresentationVerdict, error)
	// IssueCredential signs a credential with a DID key of the home.
	IssueCredential(ctx context.Context, req IssueCredentialRequest) (*IssuedCredential, error)
	// RevokeCredential sets (or clears) a credential's entry in the home's
	// status list and signs the list anew.
	RevokeCredential(ctx context.Context, req RevokeCredentialRequest) (*Revocation, error)
	// Present signs a presentation of credentials by a holder DID of the
	// home, for one verifier's challenge.
	Present(ctx context.Context, req PresentRequest) (map[string]any, error)
	PlatformRegistry
}

// The identity wire types that are the did package's own: their JSON is
// what RI sends (a W3C DID Resolution result, a DID document).
type (
	Resolution = did.Resolution
	Document   = did.Document
	StoredDID  = did.StoredKey
)

// ResolveRequest is GET /ri/v1/dids/{did}.
type ResolveRequest struct {
	// DID to resolve, with ?versionId=N for a version of a did:ethr.
	DID string `json:"did"`
	// KeyFormat is how did:key documents write keys: "" or Multikey (the
	// default), Ed25519VerificationKey2020, JsonWebKey2020, or
	// Ed25519VerificationKey2018 (the 2018/2019 types of the method's test
	// vectors).
	KeyFormat string `json:"keyFormat,omitempty"`
}

// UpdateDIDRequest is the body of POST /ri/v1/dids/{did}/updates: exactly
// one of AddKey, AddService, AddDelegate, RevokeDelegate, ChangeOwner and
// Deactivate.
type UpdateDIDRequest struct {
	DID string `json:"did"`
	// AddKey makes a new key of this type (ed25519 or secp256k1), keeps it
	// in the home and publishes it.
	AddKey string `json:"addKey,omitempty"`
	// AddService publishes a service endpoint, TYPE=URL.
	AddService string `json:"addService,omitempty"`
	// AddDelegate and RevokeDelegate let an address sign for the DID, or
	// end that.
	AddDelegate    string `json:"addDelegate,omitempty"`
	RevokeDelegate string `json:"revokeDelegate,omitempty"`
	// ChangeOwner hands the DID to the key of an address.
	ChangeOwner string `json:"changeOwner,omitempty"`
	// Deactivate ends the DID for good.
	Deactivate bool `json:"deactivate,omitempty"`
	// Purpose of an added key or delegate: veriKey (default) or sigAuth.
	Purpose string `json:"purpose,omitempty"`
	// ValidFor is how long an added key, service or delegate stays valid
	// (a Go duration; default a year).
	ValidFor string `json:"validFor,omitempty"`
}

// DIDUpdate is a change made to a did:ethr: its transaction and the
// document after it.
type DIDUpdate struct {
	DID string `json:"did"`
	Op  string `json:"op"`
	// Key is the did:key of a key added (kept in the home).
	Key      string        `json:"key,omitempty"`
	Tx       common.Hash   `json:"tx"`
	Block    uint64        `json:"block"`
	GasUsed  uint64        `json:"gasUsed"`
	SentBy   string        `json:"sentBy"`
	Document *did.Document `json:"document"`
}

// CreateDIDRequest is the body of POST /ri/v1/dids.
type CreateDIDRequest struct {
	// Method is key (default) or ethr (an account on the node's chain).
	Method string `json:"method,omitempty"`
	// KeyType is ed25519 (did:key's default), secp256k1 (did:ethr's only),
	// p256, p384 or p521.
	KeyType string `json:"keyType,omitempty"`
}

// CreatedDID is a DID just made.
type CreatedDID struct {
	DID      string        `json:"did"`
	KeyType  did.KeyType   `json:"keyType"`
	Document *did.Document `json:"document"`
}

// VerifyCredentialRequest is the body of POST /ri/v1/credentials/verify.
type VerifyCredentialRequest struct {
	// Credential is a JSON-LD credential (an object), or a string: a vc+jwt
	// or JWT-VC 1.1 JWT, an SD-JWT with its disclosures, or a COSE-secured
	// credential (application/vc+cose) as base64.
	Credential json.RawMessage `json:"credential"`
	// Keys are issuer keys the verifier holds out of band (verification
	// methods or public JWKs, at most 16): the credential's kid must name
	// one of them, and no DID is resolved for its signature.
	Keys []json.RawMessage `json:"keys,omitempty"`
	// Policy is an admission policy (did.Policy's JSON) to evaluate for
	// the credential's subject.
	Policy json.RawMessage `json:"policy,omitempty"`
	// StatusLists are status list credentials to check status against;
	// others are fetched over HTTPS through the node's egress guard.
	StatusLists []map[string]any `json:"statusLists,omitempty"`
	// Challenge and Domain require an SD-JWT's holder binding over them.
	Challenge string `json:"challenge,omitempty"`
	Domain    string `json:"domain,omitempty"`
	// At verifies as of this time instead of now.
	At *time.Time `json:"at,omitempty"`
}

// CredentialVerdict is a credential's verification, check by check, and
// the policy's decision, rule by rule.
type CredentialVerdict struct {
	*did.Verification
	Policy *did.Decision `json:"policy,omitempty"`
}

// Accepted is whether every check passed and the policy, if any, admits.
func (v *CredentialVerdict) Accepted() bool {
	return v.Verified && (v.Policy == nil || v.Policy.Allowed)
}

// VerifyPresentationRequest is the body of POST /ri/v1/presentations/verify.
type VerifyPresentationRequest struct {
	// Presentation is a JSON-LD verifiable presentation with a Data
	// Integrity proof; or give Secured.
	Presentation map[string]any `json:"presentation,omitempty"`
	// Secured is a presentation secured as a whole: a vp+jwt (VC-JOSE-COSE)
	// or JWT-VC 1.1 JWT, or a vp+cose as base64.
	Secured string `json:"secured,omitempty"`
	// Keys are keys the verifier holds out of band for the holder's and
	// the enveloped credentials' signatures (VC-JOSE-COSE presentations).
	Keys []json.RawMessage `json:"keys,omitempty"`
	// Challenge is the nonce the verifier gave the holder (required: without
	// it a presentation can be replayed, unless Record); Domain the
	// verifier's, when the presentation must name it.
	Challenge string `json:"challenge"`
	// Record reads a stored VC-JOSE-COSE presentation as a record: its
	// signatures and times, no challenge, credentials not bound to the
	// holder. A record admits no one: a policy cannot be given with it.
	Record bool   `json:"record,omitempty"`
	Domain string `json:"domain,omitempty"`
	// Policy is an admission policy to evaluate for the holder.
	Policy json.RawMessage `json:"policy,omitempty"`
	// Definition is a DIF Presentation Exchange 2.0 definition the verified
	// credentials must answer.
	Definition  json.RawMessage  `json:"definition,omitempty"`
	StatusLists []map[string]any `json:"statusLists,omitempty"`
	At          *time.Time       `json:"at,omitempty"`
}

// PresentationVerdict is a presentation's verification with each
// credential's, the policy's decision and the definition's submission.
type PresentationVerdict struct {
	*did.PresentationResult
	Policy     *did.Decision   `json:"policy,omitempty"`
	Submission *did.Submission `json:"submission,omitempty"`
	// Record is set when the presentation was read as a stored record: its
	// signatures and times hold or not, but it answered no challenge and
	// admits no one.
	Record bool `json:"record,omitempty"`
}

// Accepted is whether everything verified, the policy admits and the
// definition is satisfied; a record is never accepted.
func (v *PresentationVerdict) Accepted() bool {
	return !v.Record && v.Verified && (v.Policy == nil || v.Policy.Allowed) && (v.Submission == nil || v.Submission.Satisfied)
}

// Credential formats IssueCredential makes.
const (
	FormatLDP   = "ldp"    // a Data Integrity proof (Ed25519 keys)
	FormatJWT   = "jwt"    // a vc+jwt (any key type)
	FormatSDJWT = "sd-jwt" // an SD-JWT whose subject claims are disclosed one by one
	// FormatSDJWTVC is an SD-JWT VC of the current IETF draft (typ
	// dc+sd-jwt): vct is the request's one type, the claims sit at the top
	// of the payload, each disclosable, and no JSON-LD.
	FormatSDJWTVC = "dc+sd-jwt"
)

// IssueCredentialRequest is the body of POST /ri/v1/credentials.
type IssueCredentialRequest struct {
	// Issuer is a DID whose key the home keeps.
	Issuer  string   `json:"issuer"`
	Subject string   `json:"subject"`
	Types   []string `json:"types,omitempty"`
	// Claims about the subject.
	Claims map[string]any `json:"claims"`
	// Contexts are JSON-LD contexts defining the claims besides mifm's own
	// (always added).
	Contexts []string `json:"contexts,omitempty"`
	// Version of the data model: 2 (default) or 1 (1.1).
	Version int `json:"version,omitempty"`
	// Format is ldp (default), jwt, sd-jwt or dc+sd-jwt.
	Format string `json:"format,omitempty"`
	// Suite, with ldp: eddsa-rdfc-2022 (default), eddsa-jcs-2022 or
	// Ed25519Signature2020.
	Suite      string     `json:"suite,omitempty"`
	ValidUntil *time.Time `json:"validUntil,omitempty"`
	// Status gives the credential an entry in a Bitstring Status List of
	// the home, so it can be revoked.
	Status *StatusRequest `json:"status,omitempty"`
}

// StatusRequest is where a credential's status entry lives.
type StatusRequest struct {
	// URL the status list credential is published at.
	URL string `json:"url"`
	// Purpose is revocation (default) or suspension.
	Purpose string `json:"purpose,omitempty"`
}

// IssuedCredential is a credential just signed.
type IssuedCredential struct {
	Format string `json:"format"`
	// Credential is the JSON-LD credential (format ldp); Token the vc+jwt
	// or SD-JWT (formats jwt, sd-jwt, dc+sd-jwt).
	Credential map[string]any `json:"credential,omitempty"`
	Token      string         `json:"token,omitempty"`
	// StatusList, for a credential with a status entry, is the signed
	// status list credential to publish at its URL; StatusListFile is
	// where the node wrote it.
	StatusList     map[string]any `json:"statusList,omitempty"`
	StatusListFile string         `json:"statusListFile,omitempty"`
}

// RevokeCredentialRequest is the body of POST /ri/v1/credentials/revoke.
type RevokeCredentialRequest struct {
	// Credential is the credential as issued: a JSON object or a vc+jwt or
	// SD-JWT string. Its status entry names the list and the index.
	Credential json.RawMessage `json:"credential"`
	// Reinstate clears the entry instead (lifts a suspension).
	Reinstate bool `json:"reinstate,omitempty"`
}

// Revocation is a status list entry changed.
type Revocation struct {
	Credential any `json:"credential"` // the credential's id
	// Status is revoked, suspended or reinstated.
	Status string `json:"status"`
	// StatusList is the list's URL, Index the credential's entry in it.
	StatusList string `json:"statusList"`
	Index      int    `json:"index"`
	// Publish is the file of the list signed anew, to publish at its URL;
	// StatusListCredential is the same credential.
	Publish              string         `json:"publish"`
	StatusListCredential map[string]any `json:"statusListCredential,omitempty"`
}

// PresentRequest is the body of POST /ri/v1/presentations.
type PresentRequest struct {
	// Holder is an Ed25519 did:key of the home.
	Holder      string           `json:"holder"`
	Credentials []map[string]any `json:"credentials"`
	Challenge   string           `json:"challenge"`
	Domain      string           `json:"domain,omitempty"`
	// Definition, when given, picks the credentials it asks for (the first
	// answering each descriptor) and fails when they cannot satisfy it.
	Definition json.RawMessage `json:"definition,omitempty"`
}

// PlatformRegistry is the platform registry (FGMV-43 MPMF: which platforms
// a node deals with): a platform's standing in it, and registering another
// platform when this node's key is the registrar (it deployed the suite).
type PlatformRegistry interface {
	// Registration is a platform's standing in the registry on the node's
	// chain; an empty DID means this node's own platform.
	Registration(ctx context.Context, did string) (*Registration, error)
	// RegisterPlatform admits another platform, sent from the node's
	// platform key (the registrar's only).
	RegisterPlatform(ctx context.Context, req RegisterPlatformRequest) (*PlatformRegistration, error)
}

// Registration is a platform's standing in the registry.
type Registration struct {
	DID        string `json:"did"`
	PlatformID string `json:"platformId"`
	Registry   string `json:"registry"`
	// Active is whether the platform is registered and not deactivated;
	// Attester is the key that signs its transfer decisions.
	Active   bool   `json:"active"`
	Attester string `json:"attester,omitempty"`
}

// RegisterPlatformRequest is the body of POST /ri/v1/platforms.
type RegisterPlatformRequest struct {
	DID string `json:"did"`
	// Admin is the platform admin's address (0x… or CAIP-10 on the node's
	// chain); Attester the key that signs its transfer decisions (default:
	// the admin).
	Admin    string `json:"admin"`
	Attester string `json:"attester,omitempty"`
}

// PlatformRegistration is a platform just registered.
type PlatformRegistration struct {
	DID        string `json:"did"`
	PlatformID string `json:"platformId"`
	Admin      string `json:"admin"`
	Attester   string `json:"attester"`
	Tx         string `json:"tx"`
	GasUsed    uint64 `json:"gasUsed"`
}
