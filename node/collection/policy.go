package collection

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mifm/mifm/chain"
)

// PolicySchema is the JSON Schema (draft-07) of a Policy, for the manifesto
// schema's "collections" member. ParsePolicy checks more than it can say:
// EIP-55 checksums, duplicate listings, the hash of empty code.
//
//go:embed policy.schema.json
var PolicySchema []byte

// PolicyVersion is the version of the policy format this node reads and
// writes.
const PolicyVersion = 1

// Bounds on a policy.
const (
	maxPolicyBytes = 1 << 20
	maxListings    = 10_000
)

// ErrInvalidPolicy is wrapped by every ParsePolicy and Validate error.
var ErrInvalidPolicy = errors.New("invalid collections policy")

// Policy says which outside collections a destination platform admits: the
// "collections" member of its manifesto. A zero Policy (with its version)
// admits none.
//
//	{
//	  "version": 1,
//	  "allow": [
//	    {"chain": "eip155:1", "contract": "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D",
//	     "standard": "erc721", "codeHash": "0x…", "deployer": "0x…", "note": "…"}
//	  ],
//	  "anyWithMetadata": false,
//	  "requireRoyalty": true,
//	  "metadataSchemes": ["ipfs", "data", "https"],
//	  "mediaSchemes": ["ipfs", "https"],
//	  "maxMetadataBytes": 65536
//	}
type Policy struct {
	Version int `json:"version"`
	// Allow lists the collections admitted by name.
	Allow []Listing `json:"allow,omitempty"`
	Rules
}

// Listing is one collection of the allow-list.
type Listing struct {
	// Chain is the collection's CAIP-2 chain (eip155:…).
	Chain string `json:"chain"`
	// Contract is its address (EIP-55 checksum, or all one case).
	Contract string `json:"contract"`
	// Standard, when set, is the standard it must be read as.
	Standard Standard `json:"standard,omitempty"`
	// CodeHash, when set, pins the collection's runtime code: keccak256,
	// 0x-hex, as Inspect reports it. A proxy whose implementation is
	// upgraded keeps its code hash, so this pins the proxy only.
	CodeHash string `json:"codeHash,omitempty"`
	// Deployer, when set, is the account that must have signed the
	// collection's creation transaction.
	Deployer string `json:"deployer,omitempty"`
	// Note is for people: the collection's name, why it is listed.
	Note string `json:"note,omitempty"`
}

// Rules apply to every collection admitted, listed or not.
type Rules struct {
	// AnyWithMetadata admits a collection that is not listed, as long as
	// it implements its standard's metadata extension (which Inspect
	// checks) and passes the other rules.
	AnyWithMetadata bool `json:"anyWithMetadata,omitempty"`
	// RequireRoyalty admits only tokens that implement ERC-2981 and name a
	// royalty receiver and a non-zero royalty.
	RequireRoyalty bool `json:"requireRoyalty,omitempty"`
	// MetadataSchemes are the URI schemes metadata may be read from: ipfs,
	// data, https, http. Left out, DefaultSchemes.
	MetadataSchemes []string `json:"metadataSchemes,omitempty"`
	// MediaSchemes are the URI schemes of the image and animation_url the
	// platform will fetch: ipfs, data, https, http, ar. Left out,
	// DefaultSchemes.
	MediaSchemes []string `json:"mediaSchemes,omitempty"`
	// MaxMetadataBytes caps the metadata (at most MaxMetadataBytes, the
	// default). Give it to FetchMetadata as Fetchers.MaxBytes.
	MaxMetadataBytes int64 `json:"maxMetadataBytes,omitempty"`
}

// DefaultSchemes are the schemes a policy accepts when it names none: content
// addressed or inline, and TLS.
func DefaultSchemes() []string { return []string{"ipfs", "data", "https"} }

var (
	hashRE     = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)
	noCodeHash = types.EmptyCodeHash.Hex()
)

// ParsePolicy reads a policy from JSON, strictly (an unknown member is a
// typo, not an extension), and validates it.
func ParsePolicy(data []byte) (Policy, error) {
	if len(data) > maxPolicyBytes {
		return Policy{}, fmt.Errorf("%w: %d bytes, more than %d", ErrInvalidPolicy, len(data), maxPolicyBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p Policy
	if err := dec.Decode(&p); err != nil {
		return Policy{}, fmt.Errorf("%w: %s", ErrInvalidPolicy, jsonHint(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return Policy{}, fmt.Errorf("%w: there is more after the policy object", ErrInvalidPolicy)
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	return p, nil
}

// jsonHint rewords encoding/json's errors for someone editing the file.
func jsonHint(err error) string {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch msg := err.Error(); {
	case strings.HasPrefix(msg, "json: unknown field "):
		return fmt.Sprintf("unknown member %s: a policy has version, allow (chain, contract, standard, codeHash, deployer, note), anyWithMetadata, requireRoyalty, metadataSchemes, mediaSchemes and maxMetadataBytes",
			strings.TrimPrefix(msg, "json: unknown field "))
	case errors.As(err, &typeErr):
		return fmt.Sprintf("%s must be a JSON %s, not %s", strings.TrimPrefix(typeErr.Field, "Rules."), jsonKind(typeErr.Type.Kind().String()), typeErr.Value)
	case errors.As(err, &syntaxErr):
		return fmt.Sprintf("not JSON at byte %d: %v", syntaxErr.Offset, err)
	}
	return err.Error()
}

func jsonKind(goKind string) string {
	switch goKind {
	case "int", "int64":
		return "number"
	case "bool":
		return "boolean (true or false)"
	case "slice":
		return "array"
	case "struct":
		return "object"
	}
	return goKind
}

// Validate checks a policy (one decoded as part of a manifesto, say) and
// says what to change when it is wrong.
func (p Policy) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrInvalidPolicy}, args...)...)
	}
	switch {
	case p.Version == 0:
		return bad(`version is missing: set "version": %d`, PolicyVersion)
	case p.Version != PolicyVersion:
		return bad("version %d is not one this node reads: it reads version %d", p.Version, PolicyVersion)
	case len(p.Allow) > maxListings:
		return bad("allow lists %d collections, more than %d", len(p.Allow), maxListings)
	}
	seen := map[string]int{}
	for i, l := range p.Allow {
		at := fmt.Sprintf("allow[%d]", i)
		if l.Chain == "" {
			return bad(`%s.chain is missing: the collection's CAIP-2 chain, such as "eip155:1"`, at)
		}
		c, err := chain.ParseChainID(l.Chain)
		if err != nil {
			return bad("%s.chain: %v", at, err)
		}
		if c.Namespace != "eip155" {
			return bad("%s.chain %q is not an EVM chain: ERC-721 and ERC-1155 collections live on eip155:… chains", at, l.Chain)
		}
		if l.Contract == "" {
			return bad("%s.contract is missing: the collection's 0x address", at)
		}
		if _, err := chain.ParseAccountID(l.Chain + ":" + l.Contract); err != nil {
			return bad("%s.contract: %v", at, err)
		}
		addr := common.HexToAddress(l.Contract)
		if addr == (common.Address{}) {
			return bad("%s.contract is the zero address, where no collection lives", at)
		}
		key := c.String() + ":" + strings.ToLower(addr.Hex())
		if j, dup := seen[key]; dup {
			return bad("%s lists %s on %s again (first at allow[%d]): keep one entry", at, addr.Hex(), c, j)
		}
		seen[key] = i
		if l.Standard != "" && l.Standard != ERC721 && l.Standard != ERC1155 {
			return bad(`%s.standard %q: want "erc721" or "erc1155", or leave it out`, at, l.Standard)
		}
		if l.CodeHash != "" {
			if !hashRE.MatchString(l.CodeHash) {
				return bad("%s.codeHash %q: want 0x and 64 hex digits, keccak256 of the runtime code as Inspect reports it", at, l.CodeHash)
			}
			if strings.EqualFold(l.CodeHash, noCodeHash) {
				return bad("%s.codeHash is the hash of empty code, which no collection has: take the code hash Inspect reports", at)
			}
		}
		if l.Deployer != "" {
			if _, err := chain.ParseAccountID(l.Chain + ":" + l.Deployer); err != nil {
				return bad("%s.deployer: %v", at, err)
			}
			if common.HexToAddress(l.Deployer) == (common.Address{}) {
				return bad("%s.deployer is the zero address, which signs nothing: leave it out to accept any deployer", at)
			}
		}
	}
	if err := checkSchemes("metadataSchemes", p.MetadataSchemes, []string{"ipfs", "data", "https", "http"}); err != nil {
		return bad("%v", err)
	}
	if err := checkSchemes("mediaSchemes", p.MediaSchemes, []string{"ipfs", "data", "https", "http", "ar"}); err != nil {
		return bad("%v", err)
	}
	switch {
	case p.MaxMetadataBytes < 0:
		return bad("maxMetadataBytes %d is negative: leave it out for %d", p.MaxMetadataBytes, MaxMetadataBytes)
	case p.MaxMetadataBytes > MaxMetadataBytes:
		return bad("maxMetadataBytes %d is above this node's ceiling of %d", p.MaxMetadataBytes, MaxMetadataBytes)
	}
	return nil
}

func checkSchemes(field string, got, known []string) error {
	if got == nil {
		return nil
	}
	if len(got) == 0 {
		return fmt.Errorf("%s is empty, which would admit nothing: leave it out for %v, or list some of %v", field, DefaultSchemes(), known)
	}
	for i, s := range got {
		if !slices.Contains(known, s) {
			hint := ""
			if strings.HasSuffix(s, "://") || strings.HasSuffix(s, ":") || strings.ToLower(s) != s {
				hint = fmt.Sprintf(" (write %q)", strings.ToLower(strings.TrimRight(s, ":/")))
			}
			return fmt.Errorf("%s[%d] %q is not one of %v%s", field, i, s, known, hint)
		}
		if slices.Index(got, s) != i {
			return fmt.Errorf("%s lists %q twice", field, s)
		}
	}
	return nil
}

func (r Rules) metadataSchemes() []string {
	if r.MetadataSchemes == nil {
		return DefaultSchemes()
	}
	return r.MetadataSchemes
}

func (r Rules) mediaSchemes() []string {
	if r.MediaSchemes == nil {
		return DefaultSchemes()
	}
	return r.MediaSchemes
}

// MaxBytes is the most metadata the rules admit: give it to FetchMetadata
// as Fetchers.MaxBytes.
func (r Rules) MaxBytes() int64 {
	if r.MaxMetadataBytes <= 0 || r.MaxMetadataBytes > MaxMetadataBytes {
		return MaxMetadataBytes
	}
	return r.MaxMetadataBytes
}

// listing finds the allow-list entry of a collection.
func (p Policy) listing(chainID string, contract common.Address) (Listing, bool) {
	for _, l := range p.Allow {
		if l.Chain == chainID && common.HexToAddress(l.Contract) == contract {
			return l, true
		}
	}
	return Listing{}, false
}

// Admit applies the policy to a token Inspect read and the metadata read from
// its URI. The reason says why, in words a user can act on: what was
// refused, and what the platform wanted instead.
func (p Policy) Admit(t *Token, m *Metadata) (ok bool, reason string) {
	if err := p.Validate(); err != nil {
		return false, "the platform's collections policy is invalid: " + err.Error()
	}
	if t == nil || m == nil {
		return false, "no token or no metadata to judge"
	}
	what := fmt.Sprintf("collection %s on %s", t.Contract.Hex(), t.Chain)
	l, listed := p.listing(t.Chain, t.Contract)
	switch {
	case listed:
		if l.Standard != "" && l.Standard != t.Standard {
			return false, fmt.Sprintf("%s is listed as %s, but the token was read as %s", what, l.Standard, t.Standard)
		}
		if l.CodeHash != "" && common.HexToHash(l.CodeHash) != t.Provenance.CodeHash {
			return false, fmt.Sprintf("%s: its code hash changed since it was listed (%s ≠ %s listed)", what, t.Provenance.CodeHash.Hex(), common.HexToHash(l.CodeHash).Hex())
		}
		if l.Deployer != "" {
			want := common.HexToAddress(l.Deployer)
			switch d := t.Provenance.Deployer; {
			case d == nil:
				why := "not searched"
				if len(t.Provenance.Unknown) > 0 {
					why = strings.Join(t.Provenance.Unknown, "; ")
				}
				return false, fmt.Sprintf("%s: its deployer could not be established (%s), and the allow-list wants %s", what, why, want.Hex())
			case *d != want:
				return false, fmt.Sprintf("%s was deployed by %s, not by %s as the allow-list wants", what, d.Hex(), want.Hex())
			}
		}
	case !p.AnyWithMetadata:
		return false, what + " is not in the platform's allow-list"
	}
	if m.URI != t.MetadataURI {
		return false, fmt.Sprintf("the metadata given was read from %s, not from the token's URI %s", clip(m.URI), clip(t.MetadataURI))
	}
	if scheme, _ := uriScheme(m.URI); !slices.Contains(p.metadataSchemes(), scheme) {
		return false, fmt.Sprintf("token %s's metadata URI has scheme %s; the platform reads metadata only from %s", t.Asset, scheme, strings.Join(p.metadataSchemes(), ", "))
	}
	if max := p.MaxBytes(); int64(m.Size) > max {
		return false, fmt.Sprintf("token %s's metadata is %d bytes, more than the platform's %d", t.Asset, m.Size, max)
	}
	if strings.TrimSpace(m.Name) == "" {
		return false, fmt.Sprintf("token %s's metadata has no name", t.Asset)
	}
	for _, media := range m.Media {
		if !slices.Contains(p.mediaSchemes(), media.Scheme) {
			return false, fmt.Sprintf("token %s's %s URI has scheme %s; the platform fetches media only from %s", t.Asset, media.Field, media.Scheme, strings.Join(p.mediaSchemes(), ", "))
		}
	}
	if p.RequireRoyalty {
		switch r := t.Royalty; {
		case r == nil:
			return false, fmt.Sprintf("%s does not implement ERC-2981 royalties, which the platform requires", what)
		case r.Receiver == (common.Address{}) || r.Bps == 0:
			return false, fmt.Sprintf("%s names no royalty for token %s, which the platform requires", what, t.TokenID)
		}
	}
	if listed {
		return true, what + " is in the platform's allow-list"
	}
	return true, fmt.Sprintf("%s implements its metadata extension, and the platform admits any such collection", what)
}
