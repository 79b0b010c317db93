// Package re secures the RE reference points of FGMV-43 8.2, node to node:
// every request carries a compact JWS (header Mifm-Signature) by the sending
// platform's DID key over the request's method, path and query, body digest
// (RFC 9530 Content-Digest, SHA-256), time, a fresh nonce, the sender's DID
// and the receiving node (its DID or public URL). The receiver resolves the
// sender's DID, checks the key is the sender's, the signature, the digest,
// the time window and that the nonce was never used; refusals are RFC 9457
// problems. Every check that needs no I/O runs first, and a DID whose
// resolution goes out to the network (did:web) is resolved last (see the
// trust model in node/egress).
//
// Why a JWS in a header rather than RFC 9421 HTTP Message Signatures: the
// node already signs and verifies JWS against DID documents for verifiable
// credentials (EdDSA, ES256K with key recovery for did:pkh and did:ethr), so
// the same code checks both, and any JOSE library can produce one. The
// claims follow DPoP (RFC 9449: htm, htu, iat, jti) plus iss, aud and dig.
package re

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/store"
)

// Header names and the JWS type.
const (
	SignatureHeader = "Mifm-Signature"
	DigestHeader    = "Content-Digest"
	Typ             = "mifm-re+jwt"
)

// Signer signs as a platform: its DID, the DID URL of the key, the key.
type Signer struct {
	DID   string
	KeyID string
	Key   *did.KeyPair
}

// Digest is the RFC 9530 Content-Digest of body.
func Digest(body []byte) string {
	sum := sha256.Sum256(body)
	return "sha-256=:" + base64.StdEncoding.EncodeToString(sum[:]) + ":"
}

// Nonce returns 128 random bits, base64url.
func Nonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Sign sets the signature and digest headers of r, whose body is body,
// addressed to aud (the receiver's DID, or its public base URL when the DID
// is not known yet).
func (s *Signer) Sign(r *http.Request, body []byte, aud string, now time.Time) error {
	dig := Digest(body)
	claims := map[string]any{
		"iss": s.DID, "aud": aud, "htm": r.Method, "htu": r.URL.RequestURI(),
		"iat": now.Unix(), "jti": Nonce(), "dig": dig,
	}
	tok, err := did.SignJWTAs(claims, s.Key, s.KeyID, Typ)
	if err != nil {
		return fmt.Errorf("sign request: %w", err)
	}
	r.Header.Set(SignatureHeader, tok)
	r.Header.Set(DigestHeader, dig)
	return nil
}

// Sender is a verified request's origin.
type Sender struct {
	DID   string
	KeyID string
	Nonce string
	At    time.Time
	// Persist adds the nonce's record to the batch that logs the request,
	// so the request and its nonce land on disk together. Until then the
	// nonce is refused from memory.
	Persist func(*store.Batch)
}

// Verifier checks signed requests addressed to one node.
type Verifier struct {
	// Audiences are the values of aud this node answers to: its DID and
	// its public base URL(s).
	Audiences []string
	Resolver  *did.Resolver
	Nonces    *Nonces
	// MaxAge is how old a request may be (default 2 minutes); MaxAhead how
	// far in the future its time may be, for clock skew (default 30 s).
	MaxAge, MaxAhead time.Duration
	Now              func() time.Time
	// Log gets why a sender's DID did not resolve or its signature did not
	// verify (at debug level: strangers choose how often); nil: slog.Default.
	Log *slog.Logger
}

func (v *Verifier) logger() *slog.Logger {
	if v.Log != nil {
		return v.Log
	}
	return slog.Default()
}

func (v *Verifier) now() time.Time {
	if v.Now != nil {
		return v.Now()
	}
	return time.Now()
}

// Verify checks r (whose body was read into body) and returns its sender,
// or the problem to answer with.
func (v *Verifier) Verify(ctx context.Context, r *http.Request, body []byte) (*Sender, *Problem) {
	tok := r.Header.Get(SignatureHeader)
	if tok == "" {
		return nil, NewProblem(http.StatusUnauthorized, CodeSignatureMissing, "every RE request carries a %s header: a JWS by the sending platform's DID key", SignatureHeader)
	}
	j, err := did.ParseJWS(tok, Typ)
	if err != nil {
		return nil, NewProblem(http.StatusUnauthorized, CodeSignatureInvalid, "%s: %v", SignatureHeader, err)
	}
	str := func(k string) string { s, _ := j.Claims[k].(string); return s }
	iss, aud, jti := str("iss"), str("aud"), str("jti")
	kid, _ := j.Header["kid"].(string)
	for _, c := range []struct{ name, v string }{{"iss", iss}, {"aud", aud}, {"htm", str("htm")}, {"htu", str("htu")}, {"jti", jti}, {"dig", str("dig")}, {"kid", kid}} {
		if c.v == "" {
			return nil, NewProblem(http.StatusUnauthorized, CodeSignatureInvalid, "the signature's %s is missing", c.name)
		}
	}
	if len(jti) < 16 || len(jti) > 128 {
		return nil, NewProblem(http.StatusUnauthorized, CodeSignatureInvalid, "the nonce (jti) must be 16 to 128 characters")
	}
	if str("htm") != r.Method || str("htu") != r.URL.RequestURI() {
		return nil, NewProblem(http.StatusUnauthorized, CodeSignatureInvalid, "the signature covers %s %s, not this request (%s %s)", str("htm"), str("htu"), r.Method, r.URL.RequestURI())
	}
	if dig := Digest(body); str("dig") != dig || r.Header.Get(DigestHeader) != dig {
		return nil, NewProblem(http.StatusBadRequest, CodeDigestMismatch, "the body's %s is %s; the request says %q and its signature %q", DigestHeader, dig, r.Header.Get(DigestHeader), str("dig"))
	}
	if !contains(v.Audiences, aud) {
		return nil, NewProblem(http.StatusUnauthorized, CodeWrongAudience, "the request is addressed to %s; this node is %s", aud, strings.Join(v.Audiences, " or "))
	}
	iat, ok := j.Claims["iat"].(float64)
	if !ok {
		return nil, NewProblem(http.StatusUnauthorized, CodeSignatureInvalid, "the signature's iat is not a number of seconds")
	}
	at := time.Unix(int64(iat), 0)
	maxAge, maxAhead := v.MaxAge, v.MaxAhead
	if maxAge == 0 {
		maxAge = 2 * time.Minute
	}
	if maxAhead == 0 {
		maxAhead = 30 * time.Second
	}
	now := v.now()
	if at.Before(now.Add(-maxAge)) || at.After(now.Add(maxAhead)) {
		return nil, NewProblem(http.StatusUnauthorized, CodeStale, "signed at %s, the node's time is %s: requests are accepted from %s before to %s after (check the sender's clock)", at.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339), maxAge, maxAhead)
	}
	if controller, _, _ := strings.Cut(kid, "#"); controller != iss {
		return nil, NewProblem(http.StatusUnauthorized, CodeImpersonation, "the request claims to come from %s but is signed with %s, a key of %s", iss, kid, controller)
	}
	// Trust model: no outbound request before the signature is checked.
	// did:key and did:pkh carry their key and resolve without I/O; any
	// other method (did:web: a fetch from a host the sender chose) is
	// resolved only once every check above passed and the nonce is fresh,
	// and the resolver's client refuses private addresses.
	method, _, _ := did.Method(iss)
	if method != "key" && method != "pkh" && v.Nonces != nil {
		used, err := v.Nonces.Used(iss, jti)
		if err != nil {
			v.logger().Error("read nonce", "error", err)
			return nil, NewProblem(http.StatusInternalServerError, CodeInternal, "cannot check the nonce")
		}
		if used {
			return nil, NewProblem(http.StatusUnauthorized, CodeReplay, "nonce %s from %s was already used: sign every request anew", jti, iss)
		}
	}
	// What went wrong resolving or verifying stays in the node's log: told
	// to the sender, it would say what answers at a host and port of the
	// sender's choosing.
	res, err := v.Resolver.Resolve(ctx, iss)
	if err != nil || res.Document == nil {
		v.logger().Debug("RE sender DID not resolved", "did", iss, "error", err)
		return nil, NewProblem(http.StatusUnauthorized, CodeUnknownSender, "cannot resolve the sender's DID")
	}
	if err := did.VerifyJWSKey(ctx, j, kid, "authentication", v.Resolver); err != nil {
		v.logger().Debug("RE signature refused", "did", iss, "kid", kid, "error", err)
		if errors.Is(err, did.ErrProofKey) {
			return nil, NewProblem(http.StatusUnauthorized, CodeImpersonation, "%s is not an authentication key of the sender's DID document", kid)
		}
		return nil, NewProblem(http.StatusUnauthorized, CodeSignatureInvalid, "the signature does not verify with %s", kid)
	}
	snd := &Sender{DID: iss, KeyID: kid, Nonce: jti, At: at}
	if v.Nonces != nil {
		persist, err := v.Nonces.Use(iss, jti, at.Add(maxAge+maxAhead))
		if err != nil {
			if errors.Is(err, ErrReplay) {
				return nil, NewProblem(http.StatusUnauthorized, CodeReplay, "nonce %s from %s was already used: sign every request anew", jti, iss)
			}
			return nil, NewProblem(http.StatusInternalServerError, CodeInternal, "record nonce: %v", err)
		}
		snd.Persist = persist
	}
	return snd, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ErrReplay is returned by Nonces.Use for a nonce seen before.
var ErrReplay = errors.New("nonce already used")

// Nonces remembers the nonces of accepted requests until they could no
// longer pass the time check, in memory and in the node store, so a
// restarted node still refuses a replay.
type Nonces struct {
	db  *store.DB
	now func() time.Time

	mu   sync.Mutex
	seen map[string]time.Time
	used int
}

// NewNonces keeps nonces in db.
func NewNonces(db *store.DB, now func() time.Time) *Nonces {
	if now == nil {
		now = time.Now
	}
	return &Nonces{db: db, now: now, seen: map[string]time.Time{}}
}

func nonceID(sender, nonce string) string {
	sum := sha256.Sum256([]byte(sender + "\x00" + nonce))
	return hex.EncodeToString(sum[:16])
}

var (
	nonceByID   = []byte(store.NonceByIDPrefix)
	nonceByTime = []byte(store.NonceByExpiryPrefix)
)

// Use reserves a nonce of sender, refusing one already used, and returns
// the writes that record it on disk (kept until expires); the caller
// commits them with the request's audit entry.
func (n *Nonces) Use(sender, nonce string, expires time.Time) (func(*store.Batch), error) {
	id := nonceID(sender, nonce)
	n.mu.Lock()
	defer n.mu.Unlock()
	if _, ok := n.seen[id]; ok {
		return nil, ErrReplay
	}
	if _, err := n.db.Get(append(append([]byte{}, nonceByID...), id...)); err == nil {
		return nil, ErrReplay
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	n.seen[id] = expires
	if n.used++; n.used%1024 == 0 {
		n.pruneLocked()
	}
	exp := binary.BigEndian.AppendUint64(nil, uint64(expires.Unix()))
	return func(b *store.Batch) {
		b.Put(append(append([]byte{}, nonceByID...), id...), exp)
		b.Put(append(append(append([]byte{}, nonceByTime...), exp...), id...), nil)
	}, nil
}

// Used says whether a nonce of sender was used already, reserving nothing:
// the check before a costly resolution.
func (n *Nonces) Used(sender, nonce string) (bool, error) {
	id := nonceID(sender, nonce)
	n.mu.Lock()
	_, ok := n.seen[id]
	n.mu.Unlock()
	if ok {
		return true, nil
	}
	_, err := n.db.Get(append(append([]byte{}, nonceByID...), id...))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, store.ErrNotFound):
		return false, nil
	}
	return false, fmt.Errorf("read nonce: %w", err)
}

// pruneLocked forgets nonces whose requests are too old to pass anyway.
func (n *Nonces) pruneLocked() {
	now := n.now()
	for id, exp := range n.seen {
		if exp.Before(now) {
			delete(n.seen, id)
		}
	}
	b := n.db.NewBatch()
	limit := binary.BigEndian.AppendUint64(append([]byte{}, nonceByTime...), uint64(now.Unix()))
	_ = n.db.Scan(nonceByTime, nil, func(k, _ []byte) bool {
		if string(k) >= string(limit) {
			return false
		}
		b.Delete(append([]byte{}, k...))
		b.Delete(append(append([]byte{}, nonceByID...), k[len(nonceByTime)+8:]...))
		return true
	})
	_ = b.Commit()
}
