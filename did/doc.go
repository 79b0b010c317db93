// Package did is the DID layer of FGMV-43's IDVF (7.4.2, 9.4 step 3): DID
// documents, the did:key, did:pkh and did:web methods, and one resolver for
// all of them that returns a W3C DID Resolution result, with a cache and
// per-method timeouts.
//
// Verifiable credentials, did:ethr and admission policies build on it (the
// identity issue); chain/ and did/ know nothing of the node.
package did

import (
	"errors"
	"fmt"
	"strings"
)

// Errors a resolution fails with; their names are the W3C DID Resolution
// error codes a Resolution's metadata carries.
var (
	ErrInvalidDID         = errors.New("invalidDid")
	ErrNotFound           = errors.New("notFound")
	ErrMethodNotSupported = errors.New("methodNotSupported")
)

// Contexts of the documents this package writes.
const (
	ContextDIDv1        = "https://www.w3.org/ns/did/v1"
	contextEd25519      = "https://w3id.org/security/suites/ed25519-2018/v1"
	contextX25519       = "https://w3id.org/security/suites/x25519-2019/v1"
	contextEd25519v2020 = "https://w3id.org/security/suites/ed25519-2020/v1"
	contextX25519v2020  = "https://w3id.org/security/suites/x25519-2020/v1"
	contextSecp256k1    = "https://w3id.org/security/suites/secp256k1-2019/v1"
	contextJWS2020      = "https://w3id.org/security/suites/jws-2020/v1"
	contextSecurityV2   = "https://w3id.org/security/v2"
	contextRecovery     = "https://w3id.org/security/suites/secp256k1recovery-2020/v2"
	contextMultikey     = "https://w3id.org/security/multikey/v1"
	contextDataIntegV2  = "https://w3id.org/security/data-integrity/v2"
)

// Document is a DID document (W3C DID Core 1.0), with the properties mifm
// writes and reads. Contexts are strings or, for did:pkh, inline objects.
type Document struct {
	Context              []any                `json:"@context"`
	ID                   string               `json:"id"`
	Controller           []string             `json:"controller,omitempty"`
	AlsoKnownAs          []string             `json:"alsoKnownAs,omitempty"`
	VerificationMethod   []VerificationMethod `json:"verificationMethod,omitempty"`
	Authentication       []string             `json:"authentication,omitempty"`
	AssertionMethod      []string             `json:"assertionMethod,omitempty"`
	CapabilityInvocation []string             `json:"capabilityInvocation,omitempty"`
	CapabilityDelegation []string             `json:"capabilityDelegation,omitempty"`
	KeyAgreement         []string             `json:"keyAgreement,omitempty"`
	Service              []Service            `json:"service,omitempty"`
}

// VerificationMethod is a key (or an account) of a DID.
type VerificationMethod struct {
	ID                 string         `json:"id"`
	Type               string         `json:"type"`
	Controller         string         `json:"controller"`
	PublicKeyBase58    string         `json:"publicKeyBase58,omitempty"`
	PublicKeyMultibase string         `json:"publicKeyMultibase,omitempty"`
	PublicKeyJwk       map[string]any `json:"publicKeyJwk,omitempty"`
	PublicKeyHex       string         `json:"publicKeyHex,omitempty"`
	PublicKeyBase64    string         `json:"publicKeyBase64,omitempty"`
	PublicKeyPem       string         `json:"publicKeyPem,omitempty"`
	// Value is a did:ethr key in an encoding the method does not name,
	// in hex, as ethr-did-resolver writes it.
	Value               string `json:"value,omitempty"`
	BlockchainAccountID string `json:"blockchainAccountId,omitempty"`
}

// Service is a service endpoint of a DID.
type Service struct {
	ID              string `json:"id"`
	Type            string `json:"type"`
	ServiceEndpoint any    `json:"serviceEndpoint"`
}

// Method returns a DID's method and method-specific id, checking the DID
// syntax of DID Core 3.1 (method name of lower-case letters and digits,
// an id of idchars and pct-encoded bytes, no path, query or fragment).
func Method(did string) (method, id string, err error) {
	rest, ok := strings.CutPrefix(did, "did:")
	if !ok {
		return "", "", fmt.Errorf("%w: %q does not start with \"did:\"", ErrInvalidDID, did)
	}
	method, id, ok = strings.Cut(rest, ":")
	if !ok || method == "" || id == "" {
		return "", "", fmt.Errorf("%w: %q: want did:<method>:<id>", ErrInvalidDID, did)
	}
	for _, c := range method {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return "", "", fmt.Errorf("%w: %q: method name %q must be lower-case letters and digits", ErrInvalidDID, did, method)
		}
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.', c == '-', c == '_', c == ':':
		case c == '%':
			if i+2 >= len(id) || !isHex(id[i+1]) || !isHex(id[i+2]) {
				return "", "", fmt.Errorf("%w: %q: bad percent-encoding at %d", ErrInvalidDID, did, i)
			}
			i += 2
		default:
			return "", "", fmt.Errorf("%w: %q: character %q is not allowed in a method-specific id; a DID URL's path, query or fragment is not part of the DID", ErrInvalidDID, did, c)
		}
	}
	if strings.HasSuffix(id, ":") {
		return "", "", fmt.Errorf("%w: %q ends with a colon", ErrInvalidDID, did)
	}
	return method, id, nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// VerificationMethodByID finds a verification method by its full id or by
// its fragment ("#key-1").
func (d *Document) VerificationMethodByID(id string) (*VerificationMethod, bool) {
	for i := range d.VerificationMethod {
		vm := &d.VerificationMethod[i]
		if vm.ID == id || (strings.HasPrefix(id, "#") && vm.ID == d.ID+id) {
			return vm, true
		}
	}
	return nil, false
}
