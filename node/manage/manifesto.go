// Package manage is the Interoperability Management component of FGMV-43
// 7.5: the platform's manifesto (MPMF), the negotiation of interoperable
// channels between nodes (9.5), and the virtual bridges a bridge node runs
// for channels whose platforms cannot exchange everything directly (MBMF).
package manage

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"sort"
	"strings"

	"github.com/xeipuuv/gojsonschema"

	"github.com/mifm/mifm/node/collection"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/did"
)

// Schema is the JSON Schema (draft-07) of a manifesto.
//
//go:embed manifesto.schema.json
var Schema []byte

// JWS types of the signed documents of a negotiation.
const (
	ManifestoTyp     = "mifm-manifesto+jwt"
	VirtualBridgeTyp = "mifm-vbridge+jwt"
	OfferTyp         = "mifm-offer+jwt"
	AnswerTyp        = "mifm-answer+jwt"
)

// ErrInvalidManifesto is returned for a manifesto that breaks the schema or
// says something impossible.
var ErrInvalidManifesto = errors.New("invalid manifesto")

// Manifesto is what a platform offers and accepts (FGMV-43 7.5.1).
type Manifesto struct {
	Type           string     `json:"type"`
	Version        string     `json:"version"`
	Revision       uint64     `json:"revision"`
	Issued         string     `json:"issued,omitempty"`
	Platform       Platform   `json:"platform"`
	Chains         []string   `json:"chains"`
	TokenStandards []string   `json:"tokenStandards"`
	Currencies     []Currency `json:"currencies,omitempty"`
	Exchange       *Exchange  `json:"exchange,omitempty"`
	Avatar         *Avatar    `json:"avatar,omitempty"`
	Content        *Content   `json:"content,omitempty"`
	Identity       *Identity  `json:"identity,omitempty"`
	Policies       []Policy   `json:"policies,omitempty"`
	// Collections are the outside ERC-721/1155 collections the platform
	// admits as a destination (nil: mifm's own assets only).
	Collections *collection.Policy `json:"collections,omitempty"`
	Bridge      *Bridge            `json:"bridge,omitempty"`
}

// Platform names the platform and where its node answers.
type Platform struct {
	DID       string    `json:"did,omitempty"`
	Name      string    `json:"name"`
	Endpoints Endpoints `json:"endpoints,omitempty"`
}

// Endpoints of a node.
type Endpoints struct {
	RE      string `json:"re,omitempty"`
	Gateway string `json:"gateway,omitempty"`
}

// Currency is a platform currency.
type Currency struct {
	Code     string `json:"code"`
	Token    string `json:"token,omitempty"`
	Decimals int    `json:"decimals,omitempty"`
}

// Exchange is the platform's exchange policy (FGMV-43 7.2.2).
type Exchange struct {
	Rates          []Rate `json:"rates,omitempty"`
	MaxSlippageBps int    `json:"maxSlippageBps,omitempty"`
}

// Rate is how many units of To one unit of From buys.
type Rate struct {
	From string `json:"from"`
	To   string `json:"to"`
	Rate string `json:"rate"`
}

// Avatar constraints of a platform.
type Avatar struct {
	Formats        []string `json:"formats,omitempty"`
	MaxPolygons    int      `json:"maxPolygons,omitempty"`
	MaxTextureSize int      `json:"maxTextureSize,omitempty"`
	MaxBones       int      `json:"maxBones,omitempty"`
	Features       []string `json:"features,omitempty"`
	// CommercialUse is the platform's use of visiting avatars
	// (personalNonProfit, personalProfit, corporation), checked against
	// each avatar's licence.
	CommercialUse string `json:"commercialUse,omitempty"`
}

// Content formats a platform takes, and where else its content is served.
type Content struct {
	Formats  []string `json:"formats,omitempty"`
	MaxBytes int64    `json:"maxBytes,omitempty"`
	// Gateways are trustless gateways besides the node's own that serve
	// the platform's content (a mirror, its remote pinning service's
	// gateway): peers fetch from them when its node is unreachable. The
	// CIDs make any of them as trustworthy as the node.
	Gateways []string `json:"gateways,omitempty"`
}

// MaxContentGateways caps content.gateways.
const MaxContentGateways = 8

// Identity is a platform's admission policy in brief.
type Identity struct {
	DIDMethods          []string `json:"didMethods,omitempty"`
	RequiredCredentials []string `json:"requiredCredentials,omitempty"`
}

// Policy is a code of conduct or other policy, by reference.
type Policy struct {
	Kind   string `json:"kind"`
	URL    string `json:"url"`
	Digest string `json:"digest,omitempty"`
}

// Bridge lists what a bridge node converts.
type Bridge struct {
	Conversions []Conversion `json:"conversions"`
}

// Conversion turns a feature's value From into To.
type Conversion struct {
	Feature string `json:"feature"`
	From    string `json:"from"`
	To      string `json:"to"`
}

var manifestoSchema = func() *gojsonschema.Schema {
	s, err := gojsonschema.NewSchema(gojsonschema.NewBytesLoader(Schema))
	if err != nil {
		panic(fmt.Sprintf("manifesto schema: %v", err))
	}
	return s
}()

// ParseManifesto reads a manifesto from outside: it must follow the schema
// (no unknown fields), and its chains, currencies, rates and URLs must make
// sense.
func ParseManifesto(data []byte) (*Manifesto, error) {
	if len(data) > 256<<10 {
		return nil, fmt.Errorf("%w: larger than 256 KiB", ErrInvalidManifesto)
	}
	res, err := manifestoSchema.Validate(gojsonschema.NewBytesLoader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: not JSON: %v", ErrInvalidManifesto, err)
	}
	if !res.Valid() {
		var msgs []string
		for _, e := range res.Errors() {
			msgs = append(msgs, e.String())
		}
		return nil, fmt.Errorf("%w: %s", ErrInvalidManifesto, strings.Join(msgs, "; "))
	}
	m := new(Manifesto)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidManifesto, err)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Manifesto) check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidManifesto, fmt.Sprintf(format, args...))
	}
	if m.Collections != nil {
		if err := m.Collections.Validate(); err != nil {
			return bad("collections: %v", err)
		}
	}
	if m.Platform.DID != "" {
		if _, _, err := did.Method(m.Platform.DID); err != nil {
			return bad("platform.did: %v", err)
		}
	}
	for _, u := range []struct{ name, v string }{{"platform.endpoints.re", m.Platform.Endpoints.RE}, {"platform.endpoints.gateway", m.Platform.Endpoints.Gateway}} {
		if u.v == "" {
			continue
		}
		if p, err := url.Parse(u.v); err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") || p.RawQuery != "" || p.Fragment != "" {
			return bad("%s %q is not an http(s) base URL", u.name, u.v)
		}
	}
	if m.Content != nil {
		if len(m.Content.Gateways) > MaxContentGateways {
			return bad("content.gateways lists %d gateways, at most %d", len(m.Content.Gateways), MaxContentGateways)
		}
		for i, g := range m.Content.Gateways {
			if p, err := url.Parse(g); err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") || p.User != nil || p.RawQuery != "" || p.Fragment != "" {
				return bad("content.gateways[%d] %q is not an http(s) base URL", i, g)
			}
		}
	}
	for _, c := range m.Chains {
		if _, err := chain.ParseChainID(c); err != nil {
			return bad("chains: %v", err)
		}
	}
	codes := map[string]bool{}
	for _, c := range m.Currencies {
		if codes[c.Code] {
			return bad("currency %s is listed twice", c.Code)
		}
		codes[c.Code] = true
		if c.Token != "" {
			if _, err := chain.ParseAssetID(c.Token); err != nil {
				return bad("currency %s token: %v", c.Code, err)
			}
		}
	}
	if m.Exchange != nil {
		pairs := map[string]bool{}
		for _, r := range m.Exchange.Rates {
			if !codes[r.From] {
				return bad("exchange rate %s→%s: %s is not one of the platform's currencies", r.From, r.To, r.From)
			}
			if r.From == r.To {
				return bad("exchange rate %s→%s converts a currency into itself", r.From, r.To)
			}
			if pairs[r.From+">"+r.To] {
				return bad("exchange rate %s→%s is listed twice", r.From, r.To)
			}
			pairs[r.From+">"+r.To] = true
			if v, ok := new(big.Rat).SetString(r.Rate); !ok || v.Sign() <= 0 {
				return bad("exchange rate %s→%s: %q is not a positive decimal", r.From, r.To, r.Rate)
			}
		}
	}
	return nil
}

// Signed is a manifesto (or another negotiation document) with its JWS.
type Signed struct {
	Manifesto *Manifesto `json:"manifesto"`
	JWS       string     `json:"jws"`
	// Hash is the hex SHA-256 of the JWS: what offers and answers commit to.
	Hash string `json:"hash"`
}

// Hash is the hex SHA-256 of a compact JWS.
func Hash(jws string) string {
	sum := sha256.Sum256([]byte(jws))
	return hex.EncodeToString(sum[:])
}

// SignJSON signs v (a struct) as a compact JWS of typ, with the key kid names.
func SignJSON(v any, key *did.KeyPair, kid, typ string) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	var claims map[string]any
	if err := json.Unmarshal(b, &claims); err != nil {
		return "", err
	}
	return did.SignJWTAs(claims, key, kid, typ)
}

// VerifyJSON checks a compact JWS of typ signed by signer's DID (listing the
// key for assertions) and decodes its payload into v. signer "" accepts any
// DID and returns it.
func VerifyJSON(ctx context.Context, r *did.Resolver, token, typ, signer string, v any) (string, error) {
	j, err := did.ParseJWS(token, typ)
	if err != nil {
		return "", err
	}
	kid, _ := j.Header["kid"].(string)
	controller, _, _ := strings.Cut(kid, "#")
	if signer != "" && controller != signer {
		return "", fmt.Errorf("%s is signed by %s, not by %s", typ, controller, signer)
	}
	if err := did.VerifyJWSKey(ctx, j, kid, "assertionMethod", r); err != nil {
		return "", fmt.Errorf("%s: %w", typ, err)
	}
	payload, _ := json.Marshal(j.Claims)
	dec := json.NewDecoder(bytes.NewReader(payload))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return "", fmt.Errorf("%s: %w", typ, err)
	}
	return controller, nil
}

// VerifyManifesto checks a signed manifesto: signature by the DID it
// names (which must be want, when given), schema and sense.
func VerifyManifesto(ctx context.Context, r *did.Resolver, jws, want string) (*Signed, error) {
	j, err := did.ParseJWS(jws, ManifestoTyp)
	if err != nil {
		return nil, fmt.Errorf("manifesto: %w", err)
	}
	payload, _ := json.Marshal(j.Claims)
	m, err := ParseManifesto(payload)
	if err != nil {
		return nil, err
	}
	if m.Platform.DID == "" {
		return nil, fmt.Errorf("%w: a signed manifesto names its platform's DID", ErrInvalidManifesto)
	}
	if want != "" && m.Platform.DID != want {
		return nil, fmt.Errorf("the manifesto is of %s, not of %s", m.Platform.DID, want)
	}
	var check Manifesto
	if _, err := VerifyJSON(ctx, r, jws, ManifestoTyp, m.Platform.DID, &check); err != nil {
		return nil, err
	}
	return &Signed{Manifesto: m, JWS: jws, Hash: Hash(jws)}, nil
}

// PeerManifesto is the manifesto the peer of c signed, as c stored it when
// it was established (and verified then).
func PeerManifesto(c *Channel) (*Manifesto, error) {
	return storedManifesto(c, c.PeerManifesto, c.Peer)
}

// ResponderManifesto is, on a bridge, the manifesto of the channel's
// responder, verified when the virtual bridge was made: where the bridge
// reaches it and what it takes.
func ResponderManifesto(c *Channel) (*Manifesto, error) {
	responder := ""
	if len(c.Parties) == 2 {
		responder = c.Parties[1]
	}
	return storedManifesto(c, c.ResponderManifesto, responder)
}

func storedManifesto(c *Channel, jws, who string) (*Manifesto, error) {
	if jws == "" {
		return nil, fmt.Errorf("channel %s keeps no manifesto of %s", c.ID, who)
	}
	j, err := did.ParseJWS(jws, ManifestoTyp)
	if err != nil {
		return nil, fmt.Errorf("channel %s: the peer's manifesto: %w", c.ID, err)
	}
	payload, _ := json.Marshal(j.Claims)
	return ParseManifesto(payload)
}

// Feature is one capability, written kind:value ("avatar.format:vrm-1.0").
type Feature = string

// features lists a manifesto's capabilities by kind, sorted.
func (m *Manifesto) features() map[string][]string {
	f := map[string][]string{"chain": m.Chains, "token": m.TokenStandards}
	for _, c := range m.Currencies {
		f["currency"] = append(f["currency"], c.Code)
	}
	if m.Avatar != nil {
		f["avatar.format"], f["avatar.feature"] = m.Avatar.Formats, m.Avatar.Features
	}
	if m.Content != nil {
		f["content.format"] = m.Content.Formats
	}
	if m.Identity != nil {
		f["did.method"] = m.Identity.DIDMethods
	}
	for k, v := range f {
		v = append([]string(nil), v...)
		sort.Strings(v)
		f[k] = v
	}
	return f
}

// featureKinds in the order agreements list them.
var featureKinds = []string{"chain", "token", "currency", "avatar.format", "avatar.feature", "content.format", "did.method"}
