// Package anchor keeps versioned state provable from the chain and IPFS
// alone: FGMV-43 7.4.3 IDSF (identity sync), 7.1.3 AVSF (home-avatar sync),
// 7.3.3 COSF (content versions) and 7.5.3 LAF (the audit log's checkpoints),
// IDIR-201/202 and AVIR-301..304.
//
// A subject (a user's identity profile, a home avatar, a content item, a
// node's audit log) has a chain of versions. Each version is a small JSON
// document in IPFS (Version) naming the subject, its sequence number, the
// previous version's CID, the content CIDs, the home platform, the author's
// DID and the author's signature. The node queues each version's leaf, cuts
// batches into OpenZeppelin-compatible Merkle trees (node/anchor/merkle),
// puts the tree's dump in IPFS as the batch manifest and writes the root on
// chain in the Anchor contract. A Proof ties one version to its anchoring
// transaction, and VerifyProof checks it with a chain endpoint and an IPFS
// gateway only.
//
// A node also publishes its audit log to anyone (LAF, ASIR-104/107), page
// by page, each page signed with its DID key and carrying the newest
// anchored checkpoint (Publisher); FetchPublishedLog and
// VerifyPublishedLog are the auditor's side, which trusts neither the node
// nor the way between.
package anchor

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multicodec"
	"github.com/multiformats/go-multihash"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor/merkle"
	"github.com/mifm/mifm/node/re"
)

// DocType is the type of version documents this package writes and reads.
const DocType = "mifm-version/1"

// SigTyp is the JWS type of a version's signature.
const SigTyp = "mifm-version+jwt"

// LeafEncoding is the ABI encoding of a version's leaf: subject, sequence
// number, the document's CID in binary. The Anchor contract's verifyVersion
// computes the same leaf.
var LeafEncoding = []string{"string", "uint256", "bytes"}

// Limits on a version document, which may come from another node.
const (
	MaxDocument    = 16 << 10
	MaxSubject     = 512
	MaxContent     = 64
	MaxStateFields = 32
	MaxSeq         = 1 << 53
)

// Subject kinds.
const (
	KindIdentity = "identity"
	KindAvatar   = "avatar"
	KindContent  = "content"
	KindAudit    = "audit"
)

// Errors callers branch on.
var (
	ErrBadVersion   = errors.New("invalid version document")
	ErrSignature    = errors.New("version signature does not verify")
	ErrNotCanonical = errors.New("version document is not in canonical form")
)

// Version is one version of a subject's state, as stored in IPFS. Its JSON
// form, fields in this order without spaces, is canonical: the same state
// always has the same bytes and so the same CID (codec json, SHA-256).
type Version struct {
	Type    string `json:"type"`
	Subject string `json:"subject"`
	Seq     uint64 `json:"seq"`
	// Prev is the CID of the version this one follows; empty for the first.
	Prev string `json:"prev,omitempty"`
	// Content names the content of this version by CID (the profile, the
	// avatar's VRM, the content item's files).
	Content map[string]string `json:"content,omitempty"`
	// State holds small facts that are not content: an audit checkpoint's
	// head hash and entry count.
	State map[string]string `json:"state,omitempty"`
	// Home is the DID of the subject's home platform.
	Home string `json:"home"`
	// Author is the DID whose key signed the version.
	Author string `json:"author"`
	Time   string `json:"time"`
	// Sig is a compact JWS by one of the author's assertion keys whose
	// claims bind the author, subject, sequence number and the digest of
	// the document without Sig.
	Sig string `json:"sig,omitempty"`
}

var (
	contentName = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)
	kinds       = map[string]bool{KindIdentity: true, KindAvatar: true, KindContent: true, KindAudit: true}
)

// ParseSubject splits a subject id, kind ":" id, and checks it.
func ParseSubject(s string) (kind, id string, err error) {
	kind, id, ok := strings.Cut(s, ":")
	switch {
	case len(s) > MaxSubject:
		return "", "", fmt.Errorf("%w: subject is %d bytes, at most %d", ErrBadVersion, len(s), MaxSubject)
	case !ok || id == "":
		return "", "", fmt.Errorf("%w: subject %q is not kind:id (identity:did:…, avatar:…, content:…, audit:did:…)", ErrBadVersion, s)
	case !kinds[kind]:
		return "", "", fmt.Errorf("%w: subject kind %q: want identity, avatar, content or audit", ErrBadVersion, kind)
	}
	for _, r := range s {
		if r > unicode.MaxASCII || unicode.IsControl(r) || unicode.IsSpace(r) {
			return "", "", fmt.Errorf("%w: subject %q holds a space, a control or a non-ASCII character (an ellipsis copied from an example?)", ErrBadVersion, s)
		}
	}
	owner := id
	if kind == KindAvatar {
		var name string
		var ok bool
		if owner, name, ok = strings.Cut(id, "/"); !ok || name == "" {
			return "", "", fmt.Errorf("%w: avatar subject %q: want avatar:OWNER-DID/NAME, e.g. avatar:did:key:z6Mk…/home", ErrBadVersion, s)
		}
	}
	if kind != KindContent {
		if _, msid, err := did.Method(owner); err != nil || len(msid) < 4 {
			return "", "", fmt.Errorf("%w: subject %q: %s names a DID (%s:did:method:id)", ErrBadVersion, s, kind, kind)
		}
	}
	return kind, id, nil
}

// Check validates the document's fields, not its signature.
func (v *Version) Check() error {
	if v.Type != DocType {
		return fmt.Errorf("%w: type %q, want %q", ErrBadVersion, v.Type, DocType)
	}
	if _, _, err := ParseSubject(v.Subject); err != nil {
		return err
	}
	if v.Seq == 0 || v.Seq > MaxSeq {
		return fmt.Errorf("%w: seq %d: 1 to 2^53 (a JSON number every tool reads exactly)", ErrBadVersion, v.Seq)
	}
	if (v.Seq == 1) != (v.Prev == "") {
		return fmt.Errorf("%w: version 1 and only version 1 has no prev", ErrBadVersion)
	}
	if v.Prev != "" {
		if err := canonicalCID(v.Prev); err != nil {
			return fmt.Errorf("%w: prev: %v", ErrBadVersion, err)
		}
	}
	if len(v.Content) > MaxContent || len(v.State) > MaxStateFields {
		return fmt.Errorf("%w: at most %d content entries and %d state fields", ErrBadVersion, MaxContent, MaxStateFields)
	}
	for name, c := range v.Content {
		if !contentName.MatchString(name) {
			return fmt.Errorf("%w: content name %q: lower-case letters, digits, '.', '_', '-', at most 64", ErrBadVersion, name)
		}
		if err := canonicalCID(c); err != nil {
			return fmt.Errorf("%w: content %q is not a CID (%v): give the CID of content added to IPFS", ErrBadVersion, name, err)
		}
	}
	for name, s := range v.State {
		if !contentName.MatchString(name) || len(s) > 256 {
			return fmt.Errorf("%w: state field %q: a lower-case name and at most 256 bytes", ErrBadVersion, name)
		}
	}
	for _, d := range []struct{ name, v string }{{"home", v.Home}, {"author", v.Author}} {
		if _, _, err := did.Method(d.v); err != nil {
			return fmt.Errorf("%w: %s %q is not a DID", ErrBadVersion, d.name, d.v)
		}
	}
	if _, err := time.Parse(time.RFC3339, v.Time); err != nil {
		return fmt.Errorf("%w: time %q is not RFC 3339", ErrBadVersion, v.Time)
	}
	return nil
}

// canonicalCID accepts a CID only in the string form go-cid writes, so one
// state cannot be written two ways.
func canonicalCID(s string) error {
	c, err := cid.Decode(s)
	if err != nil {
		return err
	}
	if c.String() != s {
		return fmt.Errorf("%s is written %s in canonical form", s, c)
	}
	return nil
}

// unsigned is the document without its signature, the bytes the signature's
// digest covers.
func (v *Version) unsigned() ([]byte, error) {
	u := *v
	u.Sig = ""
	return json.Marshal(u)
}

// Encode is the document's canonical bytes.
func (v *Version) Encode() ([]byte, error) {
	if err := v.Check(); err != nil {
		return nil, err
	}
	return json.Marshal(v)
}

// CID is the document's content identifier: CIDv1, codec json, SHA-256.
func (v *Version) CID() (cid.Cid, error) {
	b, err := v.Encode()
	if err != nil {
		return cid.Undef, err
	}
	return DocCID(b)
}

// DocCID is the CID of a document's bytes.
func DocCID(b []byte) (cid.Cid, error) {
	mh, err := multihash.Sum(b, multihash.SHA2_256, -1)
	if err != nil {
		return cid.Undef, err
	}
	return cid.NewCidV1(uint64(multicodec.Json), mh), nil
}

// Decode reads a document from outside: bounded, strict, and only in its
// canonical form.
func Decode(b []byte) (*Version, error) {
	if len(b) > MaxDocument {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrBadVersion, len(b), MaxDocument)
	}
	var v Version
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadVersion, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrBadVersion)
	}
	again, err := v.Encode()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(again, b) {
		return nil, ErrNotCanonical
	}
	return &v, nil
}

// Sign sets Author and Sig with s's key.
func (v *Version) Sign(s *re.Signer) error {
	v.Author, v.Sig = s.DID, ""
	if err := v.Check(); err != nil {
		return err
	}
	u, err := v.unsigned()
	if err != nil {
		return err
	}
	claims := map[string]any{"iss": v.Author, "sub": v.Subject, "seq": v.Seq, "dig": re.Digest(u)}
	tok, err := did.SignJWTAs(claims, s.Key, s.KeyID, SigTyp)
	if err != nil {
		return fmt.Errorf("sign version %d of %s: %w", v.Seq, v.Subject, err)
	}
	v.Sig = tok
	return nil
}

// SigningInput sets Author to the controller of kid and returns the
// signing input of the version's signature, for a key outside the node (the
// holder's wallet) to sign with alg; Attach adds the signature.
func (v *Version) SigningInput(kid, alg string) (string, error) {
	author, _, _ := strings.Cut(kid, "#")
	v.Author, v.Sig = author, ""
	if err := v.Check(); err != nil {
		return "", err
	}
	u, err := v.unsigned()
	if err != nil {
		return "", err
	}
	return did.EncodeSigningInput(map[string]any{"alg": alg, "kid": kid, "typ": SigTyp},
		map[string]any{"iss": v.Author, "sub": v.Subject, "seq": v.Seq, "dig": re.Digest(u)})
}

// Attach sets Sig to the JWS made of signingInput and its signature.
func (v *Version) Attach(signingInput, signature string) { v.Sig = signingInput + "." + signature }

// VerifySignature checks Sig: made by an assertion key of Author (resolved
// with r) over this document.
func (v *Version) VerifySignature(ctx context.Context, r *did.Resolver) error {
	if v.Sig == "" {
		return fmt.Errorf("%w: the version is not signed", ErrSignature)
	}
	j, err := did.ParseJWS(v.Sig, SigTyp)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrSignature, err)
	}
	u, err := v.unsigned()
	if err != nil {
		return err
	}
	kid, _ := j.Header["kid"].(string)
	controller, _, _ := strings.Cut(kid, "#")
	seq, _ := j.Claims["seq"].(float64)
	switch {
	case controller != v.Author:
		return fmt.Errorf("%w: signed with %q, not a key of the author %s", ErrSignature, kid, v.Author)
	case j.Claims["iss"] != v.Author || j.Claims["sub"] != v.Subject || seq != float64(v.Seq):
		return fmt.Errorf("%w: the signature is for another author, subject or version", ErrSignature)
	case j.Claims["dig"] != re.Digest(u):
		return fmt.Errorf("%w: the document changed after it was signed", ErrSignature)
	}
	if err := did.VerifyJWSKey(ctx, j, kid, "assertionMethod", r); err != nil {
		return fmt.Errorf("%w: %v", ErrSignature, err)
	}
	return nil
}

// Leaf is the version's values in its batch tree: subject, seq, CID bytes.
func Leaf(subject string, seq uint64, c cid.Cid) []any {
	return []any{subject, fmt.Sprint(seq), "0x" + common.Bytes2Hex(c.Bytes())}
}

// LeafHash is the version's leaf hash.
func LeafHash(subject string, seq uint64, c cid.Cid) (common.Hash, error) {
	return merkle.StandardLeaf(LeafEncoding, Leaf(subject, seq, c))
}
