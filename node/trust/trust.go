// Package trust is the node's trust boundary (DESIGN.md, "Trust model";
// FGMV-43 7.5.1 MPMF registration, 8.2 RE, 7.2.2 ASEF): it says which peers
// are partners and which currencies of theirs this node will take.
//
// A partner is a platform registered and active in the PlatformRegistry of
// the node's chain, or one the operator lists in config.toml
// ([trust] partners). Every other peer is a stranger: its signed requests
// are answered, but it cannot open a channel, ask for a quote, offer a
// transfer or join a virtual bridge, so it costs the node no gas, no
// signature over value and no stored record. A partner's currency counts
// only at a token address the operator approved ([[trust.currency]]); its
// manifesto alone never binds a code to a token.
package trust

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
)

// ErrStranger is returned for a peer that is not a partner.
var ErrStranger = errors.New("not a partner of this node")

// Currency is a peer's currency the operator approved: its code, as the
// peer's manifesto names it, bound to one token on the node's chain.
type Currency struct {
	Platform string         // the peer's DID
	Code     string         // e.g. GEM
	Token    common.Address // the ERC-20
}

// Config is what the operator decides.
type Config struct {
	// Partners are DIDs the operator trusts whether or not the registry
	// knows them.
	Partners []string
	// Currencies are the peers' currencies this node takes.
	Currencies []Currency
	// TTL is how long a registry answer is reused (default 30 s): a
	// suspension takes effect within it.
	TTL time.Duration
	Now func() time.Time
}

// registryView reads the PlatformRegistry of one chain.
type registryView struct {
	client  chain.Client
	address common.Address
}

type answer struct {
	partner bool
	at      time.Time
}

// rules are the operator's decisions, swapped whole by Configure.
type rules struct {
	allow      map[string]bool
	currencies map[string]common.Address // platform + " " + code
}

// Boundary decides partners and currencies. It is safe for concurrent use.
type Boundary struct {
	rules    atomic.Pointer[rules]
	ttl      time.Duration
	now      func() time.Time
	registry atomic.Pointer[registryView]
	// answers caches the registry's verdicts; bounded, so a flood of
	// distinct DIDs cannot grow it.
	answers *lru.Cache[string, answer]
}

// cacheSize bounds the registry answers kept.
const cacheSize = 4096

// New validates cfg and makes a boundary that knows only the operator's
// allow-list until UseRegistry gives it a chain.
func New(cfg Config) (*Boundary, error) {
	b := &Boundary{ttl: cfg.TTL, now: cfg.Now}
	if b.ttl <= 0 {
		b.ttl = 30 * time.Second
	}
	if b.now == nil {
		b.now = time.Now
	}
	b.answers, _ = lru.New[string, answer](cacheSize)
	if err := b.Configure(cfg); err != nil {
		return nil, err
	}
	return b, nil
}

// Configure replaces the operator's partners and currencies (the TTL and
// clock stay): a node applies an edited config.toml without a restart.
func (b *Boundary) Configure(cfg Config) error {
	r := &rules{allow: map[string]bool{}, currencies: map[string]common.Address{}}
	for _, d := range cfg.Partners {
		if !strings.HasPrefix(d, "did:") {
			return fmt.Errorf("trust: partner %q is not a DID (did:web:…, did:key:…)", d)
		}
		r.allow[d] = true
	}
	for _, c := range cfg.Currencies {
		if !strings.HasPrefix(c.Platform, "did:") || c.Code == "" || c.Token == (common.Address{}) {
			return fmt.Errorf("trust: currency %q of %q: give platform (a DID), code and token (0x address)", c.Code, c.Platform)
		}
		k := c.Platform + " " + c.Code
		if prev, ok := r.currencies[k]; ok && prev != c.Token {
			return fmt.Errorf("trust: %s of %s is approved at two tokens, %s and %s", c.Code, c.Platform, prev.Hex(), c.Token.Hex())
		}
		r.currencies[k] = c.Token
	}
	b.rules.Store(r)
	return nil
}

// UseRegistry makes platforms active in the registry at address on c
// partners too.
func (b *Boundary) UseRegistry(c chain.Client, address common.Address) {
	b.registry.Store(&registryView{client: c, address: address})
	b.answers.Purge()
}

// Partner returns nil for a partner and an error wrapping ErrStranger,
// saying how to make it one, for anyone else.
func (b *Boundary) Partner(ctx context.Context, did string) error {
	if b.rules.Load().allow[did] {
		return nil
	}
	reg := b.registry.Load()
	if reg == nil {
		return fmt.Errorf("%w: %s is not in [trust] partners of config.toml and this node reads no registry", ErrStranger, did)
	}
	if a, ok := b.answers.Get(did); ok && b.now().Sub(a.at) < b.ttl {
		if a.partner {
			return nil
		}
		return b.stranger(did)
	}
	active, err := Active(ctx, reg.client, reg.address, did)
	if err != nil {
		return fmt.Errorf("check %s in the platform registry: %w", did, err)
	}
	b.answers.Add(did, answer{partner: active, at: b.now()})
	if !active {
		return b.stranger(did)
	}
	return nil
}

func (b *Boundary) stranger(did string) error {
	return fmt.Errorf("%w: %s is neither active in the platform registry nor in [trust] partners of config.toml", ErrStranger, did)
}

// Active says whether a platform is registered and active in the registry.
func Active(ctx context.Context, c chain.Client, registry common.Address, did string) (bool, error) {
	reg := platformregistry.NewPlatformRegistry()
	out, err := chain.CallView(ctx, c, registry, reg.PackAttesterOf(contracts.PlatformID(did)), contracts.ErrorABIs()...)
	if err != nil {
		return false, err
	}
	attester, err := reg.UnpackAttesterOf(out)
	if err != nil {
		return false, err
	}
	return attester != (common.Address{}), nil
}

// Currency is the token the operator approved for a peer's currency code.
func (b *Boundary) Currency(platform, code string) (common.Address, bool) {
	t, ok := b.rules.Load().currencies[platform+" "+code]
	return t, ok
}

// CurrencyCode names an approved currency of a peer by its token.
func (b *Boundary) CurrencyCode(platform string, token common.Address) (string, bool) {
	for k, t := range b.rules.Load().currencies {
		if t == token && strings.HasPrefix(k, platform+" ") {
			return strings.TrimPrefix(k, platform+" "), true
		}
	}
	return "", false
}
