package did

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/golang-jwt/jwt/v4"
	"github.com/mr-tron/base58"

	"github.com/mifm/mifm/chain"
)

// JOSE secures credentials as JWTs (W3C VC-JOSE-COSE: the credential is the
// JWT's claims set, typ "vc+jwt"), signed with EdDSA, ES256K, ES256, ES384 or
// ES512 by a DID's key.
const (
	TypeVCJWT = "vc+jwt"
	// TypeVCSDJWT and TypeDCSDJWT are the typ of an SD-JWT credential:
	// VC-JOSE-COSE's (and the earlier SD-JWT VC drafts') and the current
	// SD-JWT VC draft's.
	TypeVCSDJWT = "vc+sd-jwt"
	TypeDCSDJWT = "dc+sd-jwt"
	maxJWT      = 1 << 20
)

// ErrJOSE is wrapped by every reason a JWT is refused.
var ErrJOSE = errors.New("JWT refused")

// es256K is JOSE's ES256K (RFC 8812): ECDSA over secp256k1 with SHA-256,
// R||S; golang-jwt has no secp256k1, go-ethereum has.
type es256K struct{}

func (es256K) Alg() string { return "ES256K" }

func (es256K) Sign(signingString string, key any) (string, error) {
	k, ok := key.(*ecdsa.PrivateKey)
	if !ok {
		return "", errors.New("ES256K signs with a secp256k1 *ecdsa.PrivateKey")
	}
	h := sha256.Sum256([]byte(signingString))
	sig, err := ethcrypto.Sign(h[:], k)
	if err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(sig[:64]), nil
}

var secp256k1N, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)

func (es256K) Verify(signingString, signature string, key any) error {
	pub, ok := key.(*ecdsa.PublicKey)
	if !ok {
		return errors.New("ES256K verifies with a secp256k1 public key")
	}
	sig, err := base64.RawURLEncoding.DecodeString(signature)
	if err != nil || len(sig) != 64 {
		return errors.New("an ES256K signature is 64 bytes of R||S")
	}
	// go-ethereum accepts only low-S signatures; RFC 8812 allows both, and
	// (r, s) and (r, N-s) verify alike.
	s := new(big.Int).SetBytes(sig[32:])
	if s.Cmp(new(big.Int).Rsh(secp256k1N, 1)) > 0 {
		s.Sub(secp256k1N, s)
		s.FillBytes(sig[32:])
	}
	h := sha256.Sum256([]byte(signingString))
	if !ethcrypto.VerifySignature(ethcrypto.CompressPubkey(pub), h[:], sig) {
		return jwt.ErrSignatureInvalid
	}
	return nil
}

// jwsMethod is the JOSE algorithm for a key type.
func jwsMethod(kt KeyType) jwt.SigningMethod {
	switch kt {
	case Ed25519:
		return jwt.SigningMethodEdDSA
	case Secp256k1:
		return es256K{}
	case P256:
		return jwt.SigningMethodES256
	case P384:
		return jwt.SigningMethodES384
	case P521:
		return jwt.SigningMethodES512
	}
	return nil
}

func methodByAlg(alg string) jwt.SigningMethod {
	switch alg {
	case "EdDSA":
		return jwt.SigningMethodEdDSA
	case "ES256K":
		return es256K{}
	case "ES256":
		return jwt.SigningMethodES256
	case "ES384":
		return jwt.SigningMethodES384
	case "ES512":
		return jwt.SigningMethodES512
	}
	return nil
}

// privateKey is kp's key as the crypto package takes it.
func (kp *KeyPair) privateKey() (any, error) {
	switch kp.Type {
	case Ed25519:
		return ed25519.NewKeyFromSeed(kp.Private), nil
	case Secp256k1:
		return ethcrypto.ToECDSA(kp.Private)
	default:
		curve, _, _ := nistCurve(kp.Type)
		return ecdsa.ParseRawPrivateKey(curve, kp.Private)
	}
}

// SignJWT secures claims (a credential) as a compact JWS whose kid is the
// did:key's verification method.
func SignJWT(claims map[string]any, kp *KeyPair, typ string) (string, error) {
	return SignJWTAs(claims, kp, keyVM(kp.DID), typ)
}

// SignJWTAs is SignJWT with the kid given: the key's verification method in
// another DID's document.
func SignJWTAs(claims map[string]any, kp *KeyPair, kid, typ string) (string, error) {
	method := jwsMethod(kp.Type)
	if method == nil {
		return "", fmt.Errorf("no JOSE algorithm for %s keys", kp.Type)
	}
	key, err := kp.privateKey()
	if err != nil {
		return "", err
	}
	header, _ := json.Marshal(map[string]any{"alg": method.Alg(), "kid": kid, "typ": typ, "cty": strings.TrimSuffix(typ, "+jwt")})
	payload, err := json.Marshal(claims)
	if err != nil {
		return "", fmt.Errorf("encode claims: %w", err)
	}
	signing := base64.RawURLEncoding.EncodeToString(header) + "." + base64.RawURLEncoding.EncodeToString(payload)
	sig, err := method.Sign(signing, key)
	if err != nil {
		return "", err
	}
	return signing + "." + sig, nil
}

// JWS is a decoded compact JWS whose signature is not checked yet.
type JWS struct {
	Header  map[string]any
	Claims  map[string]any
	signing string
	sig     string
}

// ParseJWS decodes a compact JWS from outside, refusing what VC-JOSE-COSE
// refuses before any signature check: another typ, "none", unknown
// critical extensions, a payload that is not one JSON object.
func ParseJWS(token, typ string) (*JWS, error) {
	token = strings.TrimSpace(token)
	if len(token) > maxJWT {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrJOSE, maxJWT)
	}
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return nil, fmt.Errorf("%w: not a compact JWS (header.payload.signature)", ErrJOSE)
	}
	j := &JWS{signing: parts[0] + "." + parts[1], sig: parts[2]}
	for i, dst := range []*map[string]any{&j.Header, &j.Claims} {
		raw, err := base64.RawURLEncoding.DecodeString(parts[i])
		if err != nil {
			return nil, fmt.Errorf("%w: part %d is not base64url", ErrJOSE, i+1)
		}
		if err := json.Unmarshal(raw, dst); err != nil || *dst == nil {
			return nil, fmt.Errorf("%w: part %d is not a JSON object", ErrJOSE, i+1)
		}
	}
	if err := checkTyp(j.Header, typ); err != nil {
		return nil, err
	}
	if alg, _ := j.Header["alg"].(string); methodByAlg(alg) == nil {
		return nil, fmt.Errorf("%w: alg %q (accepted: EdDSA, ES256K, ES256, ES384, ES512)", ErrJOSE, j.Header["alg"])
	}
	if _, ok := j.Header["crit"]; ok {
		return nil, fmt.Errorf("%w: critical header extensions %v are not understood", ErrJOSE, j.Header["crit"])
	}
	return j, nil
}

// checkTyp refuses a header whose typ is not want ("" wants none), saying
// what the header has: no typ, a typ that is not a string, or another one.
func checkTyp(header map[string]any, want string) error {
	raw, present := header["typ"]
	t, isString := raw.(string)
	switch {
	case !present && want == "":
		return nil
	case !present:
		return fmt.Errorf("%w: the header has no typ, want %q", ErrJOSE, want)
	case !isString:
		return fmt.Errorf("%w: typ must be a string, want %q", ErrJOSE, want)
	case sameMediaType(t, want):
	case want == "":
		return fmt.Errorf("%w: typ %q, want none", ErrJOSE, t)
	default:
		return fmt.Errorf("%w: typ %q, want %q", ErrJOSE, t, want)
	}
	return nil
}

// sameMediaType compares typ values as RFC 7515 4.1.9 does: without case,
// and "application/" may be left out.
func sameMediaType(a, b string) bool {
	trim := func(s string) string { return strings.TrimPrefix(strings.ToLower(s), "application/") }
	return trim(a) == trim(b)
}

// VerifyWithAccount checks an ES256K signature against an Ethereum account
// (a CAIP-10 eip155 blockchainAccountId, as EcdsaSecp256k1RecoveryMethod2020
// names its key): the key the signature recovers must hash to the address.
func (j *JWS) VerifyWithAccount(account string) error {
	if alg, _ := j.Header["alg"].(string); alg != "ES256K" {
		return fmt.Errorf("%w: %s is an Ethereum account, which signs with ES256K, not %s", ErrProofKey, account, alg)
	}
	acct, err := chain.ParseAccountID(account)
	if err != nil {
		return fmt.Errorf("%w: blockchainAccountId: %v", ErrProofKey, err)
	}
	addr, err := acct.EVMAddress()
	if err != nil {
		return fmt.Errorf("%w: blockchainAccountId: %v", ErrProofKey, err)
	}
	sig, err := base64.RawURLEncoding.DecodeString(j.sig)
	if err != nil || len(sig) != 64 {
		return fmt.Errorf("%w: an ES256K signature is 64 bytes of base64url", ErrProofSignature)
	}
	digest := sha256.Sum256([]byte(j.signing))
	for v := byte(0); v < 2; v++ {
		pub, err := ethcrypto.SigToPub(digest[:], append(sig[:64:64], v))
		if err == nil && ethcrypto.PubkeyToAddress(*pub) == addr {
			return j.VerifyWith(pub)
		}
	}
	return fmt.Errorf("%w: not signed by the key of %s", ErrProofSignature, account)
}

// VerifyWith checks the signature with a public key of the type alg names:
// ES256 and ES256K both sign SHA-256 digests as 64 bytes of R||S, so an
// alg the key was not made for must be refused, not tried.
func (j *JWS) VerifyWith(pub crypto.PublicKey) error {
	alg, _ := j.Header["alg"].(string)
	if want := keyAlg(pub); want != alg {
		return fmt.Errorf("%w: alg %s on a key that signs %s", ErrProofKey, alg, want)
	}
	key := pub
	if k, ok := pub.(ed25519.PublicKey); ok && alg == "EdDSA" {
		key = k
	}
	if err := methodByAlg(alg).Verify(j.signing, j.sig, key); err != nil {
		return fmt.Errorf("%w: %v", ErrProofSignature, err)
	}
	return nil
}

// keyAlg is the JOSE algorithm a public key signs with, or "" for a key
// mifm does not sign JWS with.
func keyAlg(pub crypto.PublicKey) string {
	switch k := pub.(type) {
	case ed25519.PublicKey:
		return "EdDSA"
	case *ecdsa.PublicKey:
		switch {
		case k.Curve == elliptic.P256():
			return "ES256"
		case k.Curve == elliptic.P384():
			return "ES384"
		case k.Curve == elliptic.P521():
			return "ES512"
		case k.Curve != nil && k.Curve.Params().N.Cmp(secp256k1N) == 0:
			return "ES256K"
		}
	}
	return ""
}

// PublicKey returns a verification method's key, whichever way it is
// written: Ed25519 (Multikey, 2018/2020, JWK), secp256k1 (base58, hex, JWK)
// or a NIST curve (JWK).
func (vm *VerificationMethod) PublicKey() (crypto.PublicKey, error) {
	if pub, err := vm.Ed25519(); err == nil {
		return pub, nil
	}
	switch {
	case vm.PublicKeyJwk != nil:
		return JWKPublicKey(vm.PublicKeyJwk)
	case vm.PublicKeyMultibase != "" && vm.Type == "Multikey":
		return multikeyPublicKey(vm.ID, vm.PublicKeyMultibase)
	case vm.PublicKeyBase58 != "" && vm.Type == "EcdsaSecp256k1VerificationKey2019":
		b, err := base58.Decode(vm.PublicKeyBase58)
		if err != nil {
			return nil, fmt.Errorf("%s: publicKeyBase58: %w", vm.ID, err)
		}
		return secp256k1Key(b)
	case vm.PublicKeyHex != "" && vm.Type == "EcdsaSecp256k1VerificationKey2019":
		b, err := hex.DecodeString(vm.PublicKeyHex)
		if err != nil {
			return nil, fmt.Errorf("%s: publicKeyHex: %w", vm.ID, err)
		}
		return secp256k1Key(b)
	}
	return nil, fmt.Errorf("%s (%s) holds no key mifm reads", vm.ID, vm.Type)
}

// multikeyPublicKey reads a Multikey's publicKeyMultibase (Controlled
// Identifiers 1.0: base58btc of a multicodec header and the key, compressed
// for the elliptic curves) with did:key's checks of length and curve.
func multikeyPublicKey(id, mb string) (crypto.PublicKey, error) {
	k, err := parseKeyDID("did:key:" + mb)
	if err != nil {
		return nil, fmt.Errorf("%s: publicKeyMultibase: %w", id, err)
	}
	switch k.kt {
	case "":
		return nil, fmt.Errorf("%s: publicKeyMultibase is an X25519 key, which does not sign", id)
	case Ed25519:
		return ed25519.PublicKey(k.pub), nil
	case Secp256k1:
		return ethcrypto.DecompressPubkey(k.pub)
	}
	x, y, err := nistPoint(k.kt, k.pub)
	if err != nil {
		return nil, err
	}
	curve, _, _ := nistCurve(k.kt)
	size := (curve.Params().BitSize + 7) / 8
	raw := make([]byte, 1+2*size)
	raw[0] = 4
	x.FillBytes(raw[1 : 1+size])
	y.FillBytes(raw[1+size:])
	return ecdsa.ParseUncompressedPublicKey(curve, raw)
}

// JWKPublicKey reads a public JWK: OKP Ed25519, EC secp256k1/P-256/384/521.
func JWKPublicKey(jwk map[string]any) (crypto.PublicKey, error) {
	str := func(k string) string { s, _ := jwk[k].(string); return s }
	x, errX := base64.RawURLEncoding.DecodeString(str("x"))
	if errX != nil {
		return nil, errors.New("JWK x is not base64url")
	}
	switch {
	case str("kty") == "OKP" && str("crv") == "Ed25519":
		if len(x) != ed25519.PublicKeySize {
			return nil, errors.New("JWK Ed25519 x is not 32 bytes")
		}
		if err := checkEd25519Point(x); err != nil {
			return nil, fmt.Errorf("JWK Ed25519 x: %v", err)
		}
		return ed25519.PublicKey(x), nil
	case str("kty") == "EC":
		y, err := base64.RawURLEncoding.DecodeString(str("y"))
		if err != nil {
			return nil, errors.New("JWK y is not base64url")
		}
		raw := append(append([]byte{4}, x...), y...)
		if str("crv") == "secp256k1" {
			return ethcrypto.UnmarshalPubkey(raw)
		}
		kt, err := ParseKeyType(str("crv"))
		curve, _, ok := nistCurve(kt)
		if err != nil || !ok {
			return nil, fmt.Errorf("JWK curve %q is not P-256, P-384, P-521 or secp256k1", str("crv"))
		}
		return ecdsa.ParseUncompressedPublicKey(curve, raw)
	}
	return nil, fmt.Errorf("JWK kty %q crv %q is not a key mifm reads", str("kty"), str("crv"))
}

// CheckJWTClaims refuses claims sets VC-JOSE-COSE does not allow for a
// vc+jwt: the vc and vp claims of JWT-VC 1.1, and an embedded proof.
func CheckJWTClaims(claims map[string]any) error {
	if _, ok := claims["vc"]; ok {
		return fmt.Errorf("%w: the claims hold a vc claim (JWT-VC 1.1's shape): VC-JOSE-COSE puts the credential itself in the claims", ErrCredentialSyntax)
	}
	if _, ok := claims["vp"]; ok {
		return fmt.Errorf("%w: the claims hold a vp claim", ErrCredentialSyntax)
	}
	if _, ok := claims["proof"]; ok {
		return fmt.Errorf("%w: a vc+jwt credential carries no embedded proof", ErrCredentialSyntax)
	}
	return nil
}

// IssueCredentialJWT builds and checks a credential like IssueCredential and
// secures it as a vc+jwt instead of with a Data Integrity proof.
func (e *EdDSA) IssueCredentialJWT(req IssueRequest) (string, map[string]any, error) {
	if req.Issuer == nil {
		return "", nil, errors.New("no issuer key")
	}
	vc, err := e.unsignedCredential(req)
	if err != nil {
		return "", nil, err
	}
	token, err := SignJWTAs(vc, req.Issuer, req.signingMethod(), TypeVCJWT)
	return token, vc, err
}

// VerifyCredentialJWT runs the checks of VerifyCredential on a vc+jwt: the
// JOSE header, the signature by the key its kid names (resolved from the
// DID), the credential's data model (no vc or vp claims: those are JWT-VC
// 1.1's shape, not VC-JOSE-COSE's), the issuer, validity and status.
func (e *EdDSA) VerifyCredentialJWT(ctx context.Context, token string, r *Resolver, lists StatusLists, now time.Time) (*Verification, map[string]any) {
	return e.verifyCredentialJWT(ctx, token, nil, r, lists, now)
}

// VerifyCredentialJWTWith is VerifyCredentialJWT with the issuer's key among
// keys given out of band instead of resolved from the kid's DID: the kid
// must name one of them (with one key, a token without kid may use it),
// and the issuer must be the key's controller. r is still used for status
// lists.
func (e *EdDSA) VerifyCredentialJWTWith(ctx context.Context, token string, keys []*KnownKey, r *Resolver, lists StatusLists, now time.Time) (*Verification, map[string]any) {
	if keys == nil {
		keys = []*KnownKey{}
	}
	return e.verifyCredentialJWT(ctx, token, keys, r, lists, now)
}

func (e *EdDSA) verifyCredentialJWT(ctx context.Context, token string, keys []*KnownKey, r *Resolver, lists StatusLists, now time.Time) (*Verification, map[string]any) {
	v := &Verification{}
	j, err := ParseJWS(token, TypeVCJWT)
	if !v.add("jose", err, "a compact JWS, typ vc+jwt") {
		return v, nil
	}
	alg := j.Header["alg"].(string)
	v.Checks[0].Reason = "a compact JWS, typ vc+jwt, alg " + alg
	v.add("jwt-times", checkJWTTimes(j.Claims, now), jwtTimesHold)
	kid, _ := j.Header["kid"].(string)
	signer, _, _ := cutFragment(kid)
	var sigErr error
	if keys == nil {
		published, ok, err := publishedKeys(ctx, r, kid, issuerID(j.Claims))
		switch {
		case err != nil:
			keys, sigErr = []*KnownKey{}, fmt.Errorf("%w: %v", ErrProofKey, err)
		case ok:
			keys = published
		}
	}
	if keys != nil && sigErr != nil {
		v.add("proof", sigErr, "")
	} else if keys != nil {
		key, err := findKnownKey(keys, kid)
		if err == nil {
			signer = key.signer(issuerID(j.Claims))
			err = key.verify(j, kid)
		}
		sigErr = err
		v.add("proof", sigErr, alg+" signature by a key held for "+signer+" (given, or published by the issuer)")
	} else {
		sigErr = e.verifyJWSKey(ctx, j, kid, r)
		v.add("proof", sigErr, alg+" signature by "+kid)
	}
	e.finishSecured(ctx, v, j.Claims, signer, sigErr, r, lists, now)
	return v, j.Claims
}

// finishSecured runs what a credential secured as bytes (JOSE, COSE) gets
// after its signature: the data model with JSON processing, as
// VC-JOSE-COSE allows (the signature covers the bytes, not an RDF graph,
// so no term can go unsigned), then issuer, validity and status.
func (e *EdDSA) finishSecured(ctx context.Context, v *Verification, vc map[string]any, signer string, sigErr error, r *Resolver, lists StatusLists, now time.Time) {
	syntaxErr := CheckJWTClaims(vc)
	version := 0
	if syntaxErr == nil {
		version, syntaxErr = checkCredentialJSON(vc, true)
	}
	if !v.add("syntax", syntaxErr, "a well-formed VCDM credential (JSON processing)") {
		return
	}
	v.Version, v.Issuer, v.Subjects = version, issuerID(vc), subjectIDs(vc)
	if sigErr != nil {
		signer = ""
	}
	e.finish(ctx, v, vc, signer, r, lists, now)
}

// verifyJWSKey checks a JWS against the key kid names, resolved from its
// DID and listed for assertions.
func (e *EdDSA) verifyJWSKey(ctx context.Context, j *JWS, kid string, r *Resolver) error {
	return VerifyJWSKey(ctx, j, kid, "assertionMethod", r)
}

// VerifyJWSKey checks a JWS against the key kid (a DID URL) names: the DID
// is resolved, and its document must list the key for purpose
// (assertionMethod, authentication, …).
func VerifyJWSKey(ctx context.Context, j *JWS, kid, purpose string, r *Resolver) error {
	controller, _, _ := cutFragment(kid)
	if _, _, err := Method(controller); err != nil {
		return fmt.Errorf("%w: kid %q is not a DID URL, and no key was given for it (verify with the issuer's key held out of band)", ErrProofKey, kid)
	}
	res, err := r.Resolve(ctx, controller)
	if err != nil {
		return fmt.Errorf("%w: resolve %s: %v", ErrProofKey, controller, err)
	}
	vm, ok := res.Document.VerificationMethodByID(kid)
	if !ok || !res.Document.relates(purpose, vm.ID) {
		return fmt.Errorf("%w: %s lists no %s for %s", ErrProofKey, controller, kid, purpose)
	}
	if vm.BlockchainAccountID != "" {
		return j.VerifyWithAccount(vm.BlockchainAccountID)
	}
	pub, err := r.PublicKey(vm)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrProofKey, err)
	}
	return j.VerifyWith(pub)
}
