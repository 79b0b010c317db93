package did

import (
	"bytes"
	"crypto"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// KnownKey is an issuer's key a verifier holds out of band instead of
// resolving it from a DID: a verification method it was given (the
// VC-JOSE-COSE test suite hands its harness one per case), or a bare public
// JWK. Its key stands for Controller, which the issuer check compares with
// the credential's issuer; a bare JWK names no controller, so it proves a
// signature but binds it to no issuer or holder.
type KnownKey struct {
	ID         string `json:"id,omitempty"`
	Controller string `json:"controller,omitempty"`
	Public     crypto.PublicKey
	// names are what a JWS kid may say to name this key: the method's id
	// and fragment, the JWK's kid and its RFC 7638 thumbprint.
	names []string
}

// maxKnownKey bounds a key file: a verification method with a JWK is well
// under a kilobyte.
const maxKnownKey = 64 << 10

// ErrKnownKey is wrapped by every reason a key file is refused.
var ErrKnownKey = errors.New("key given out of band refused")

// ParseKnownKey reads a verification method ({id, type, controller,
// publicKeyJwk or publicKeyMultibase}) or a bare public JWK. A bare JWK
// holding a private key (d) is refused, so a secret handed over by mistake
// is not taken as the public key; a verification method's secretKeyJwk,
// which the VC-JOSE-COSE suite's files carry beside the public key, is
// never read.
func ParseKnownKey(data []byte) (*KnownKey, error) {
	if len(data) > maxKnownKey {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrKnownKey, maxKnownKey)
	}
	var raw map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil || raw == nil {
		return nil, fmt.Errorf("%w: not a JSON object (want a verification method or a public JWK)", ErrKnownKey)
	}
	k := &KnownKey{}
	jwk := raw
	if _, isJWK := raw["kty"]; !isJWK {
		var vm VerificationMethod
		if err := json.Unmarshal(data, &vm); err != nil {
			return nil, fmt.Errorf("%w: not a verification method ({id, type, controller, publicKeyJwk}) or a public JWK ({kty, crv, x, …}): %v", ErrKnownKey, err)
		}
		if vm.ID == "" || vm.Controller == "" {
			return nil, fmt.Errorf("%w: a verification method needs an id and a controller", ErrKnownKey)
		}
		pub, err := vm.PublicKey()
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrKnownKey, err)
		}
		if _, private := vm.PublicKeyJwk["d"]; private {
			return nil, fmt.Errorf("%w: the verification method's publicKeyJwk holds a private key (d); give its public part", ErrKnownKey)
		}
		k.ID, k.Controller, k.Public = vm.ID, vm.Controller, pub
		k.names = append(k.names, vm.ID)
		if _, frag, ok := strings.Cut(vm.ID, "#"); ok {
			k.names = append(k.names, frag, "#"+frag)
		}
		jwk = vm.PublicKeyJwk
	} else {
		if _, private := raw["d"]; private {
			return nil, fmt.Errorf("%w: the JWK holds a private key (d); give its public part", ErrKnownKey)
		}
		pub, err := JWKPublicKey(raw)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrKnownKey, err)
		}
		k.Public = pub
	}
	if jwk != nil {
		if kid, _ := jwk["kid"].(string); kid != "" {
			k.names = append(k.names, kid)
		}
		if tp, err := jwkThumbprint(jwk); err == nil {
			k.names = append(k.names, tp)
		}
	}
	if keyAlg(k.Public) == "" {
		return nil, fmt.Errorf("%w: not a key that signs JWS (Ed25519, secp256k1, P-256/384/521)", ErrKnownKey)
	}
	return k, nil
}

// Names says whether a JWS kid names this key. A JWS without kid names
// whichever key the verifier chose.
func (k *KnownKey) Names(kid string) bool {
	if kid == "" {
		return true
	}
	for _, n := range k.names {
		if n == kid {
			return true
		}
	}
	return false
}

// findKnownKey is the key of keys a kid names; with one key and no kid,
// that key.
func findKnownKey(keys []*KnownKey, kid string) (*KnownKey, error) {
	var found *KnownKey
	for _, k := range keys {
		if kid != "" && k.Names(kid) {
			if found != nil && found != k {
				// Holder and issuer keys may share a fragment (#key-1): a
				// kid that could mean either means neither.
				return nil, fmt.Errorf("%w: kid %q names more than one of the keys held out of band", ErrProofKey, kid)
			}
			found = k
		}
	}
	if found != nil {
		return found, nil
	}
	if kid == "" && len(keys) == 1 {
		return keys[0], nil
	}
	return nil, fmt.Errorf("%w: none of the keys held out of band names kid %q (by id, JWK kid or thumbprint)", ErrProofKey, kid)
}

// verify checks a JWS against the key, which its kid must name.
func (k *KnownKey) verify(j *JWS, kid string) error {
	if !k.Names(kid) {
		return fmt.Errorf("%w: kid %q does not name the key given (%s)", ErrProofKey, kid, strings.Join(k.names, ", "))
	}
	return j.VerifyWith(k.Public)
}

// noController is whom a bare JWK's signature stands for: no one, so an
// issuer or holder check against it fails and says why.
const noController = "a key held out of band that names no controller (give a verification method with its controller to bind it)"

// signer is whom a signature by the key stands for: its controller. A bare
// JWK names none, and the verifier having it does not make it any
// issuer's: it stands for no one.
func (k *KnownKey) signer(string) string {
	if k.Controller != "" {
		return k.Controller
	}
	return noController
}

// jwkThumbprint is the RFC 7638 SHA-256 thumbprint of a public JWK: its
// required members in lexicographic order, no whitespace, which is how
// encoding/json writes a map of strings.
func jwkThumbprint(jwk map[string]any) (string, error) {
	var members []string
	switch jwk["kty"] {
	case "OKP":
		members = []string{"crv", "kty", "x"}
	case "EC":
		members = []string{"crv", "kty", "x", "y"}
	default:
		return "", fmt.Errorf("JWK kty %v has no thumbprint here", jwk["kty"])
	}
	req := make(map[string]string, len(members))
	for _, m := range members {
		s, ok := jwk[m].(string)
		if !ok {
			return "", fmt.Errorf("JWK %s is missing", m)
		}
		req[m] = s
	}
	b, _ := json.Marshal(req)
	sum := sha256.Sum256(b)
	return base64.RawURLEncoding.EncodeToString(sum[:]), nil
}
