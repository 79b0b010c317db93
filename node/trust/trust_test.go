package trust

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/contracts/contractstest"
)

// registryChain is an embedded chain with the suite deployed; its key is
// the registrar.
func registryChain(t *testing.T) (*chain.Embedded, *chain.Sender, common.Address) {
	t.Helper()
	d := contractstest.New(t)
	return d.Chain, d.Sender, d.Addrs[contracts.PlatformRegistry]
}

// A partner is an active platform of the registry or one the operator
// lists; a suspension makes it a stranger within the TTL; nothing else is.
func TestPartners(t *testing.T) {
	ctx := context.Background()
	c, s, registry := registryChain(t)
	reg := platformregistry.NewPlatformRegistry()
	const member, listed, stranger = "did:web:member.example", "did:web:listed.example", "did:key:z6MkStranger"
	if _, err := s.Transact(ctx, chain.Call{To: &registry, Data: reg.PackRegister(contracts.PlatformID(member), member, s.From(), s.From())}); err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_700_000_000, 0)
	b, err := New(Config{Partners: []string{listed}, TTL: time.Minute, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	// Before a registry is known only the list counts.
	if err := b.Partner(ctx, member); !errors.Is(err, ErrStranger) {
		t.Fatalf("member without a registry: %v", err)
	}
	b.UseRegistry(c, registry)
	for _, tc := range []struct {
		did     string
		partner bool
	}{{member, true}, {listed, true}, {stranger, false}, {"did:web:unknown.example", false}} {
		err := b.Partner(ctx, tc.did)
		if tc.partner != (err == nil) || (!tc.partner && !errors.Is(err, ErrStranger)) {
			t.Errorf("%s: err = %v, want partner %v", tc.did, err, tc.partner)
		}
	}
	if _, err := s.Transact(ctx, chain.Call{To: &registry, Data: reg.PackSetActive(contracts.PlatformID(member), false)}); err != nil {
		t.Fatal(err)
	}
	if err := b.Partner(ctx, member); err != nil {
		t.Fatalf("within the TTL the cached answer stands: %v", err)
	}
	now = now.Add(2 * time.Minute)
	if err := b.Partner(ctx, member); !errors.Is(err, ErrStranger) {
		t.Fatalf("a suspended platform is a stranger after the TTL: %v", err)
	}
}

// The registry answers cached for strangers are bounded: a flood of
// distinct DIDs does not grow the cache past its size.
func TestPartnerCacheIsBounded(t *testing.T) {
	ctx := context.Background()
	c, _, registry := registryChain(t)
	b, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	b.UseRegistry(c, registry)
	for i := range cacheSize + 500 {
		if err := b.Partner(ctx, fmt.Sprintf("did:web:s%d.example", i)); !errors.Is(err, ErrStranger) {
			t.Fatal(err)
		}
	}
	if n := b.answers.Len(); n > cacheSize {
		t.Fatalf("cache holds %d answers, bound %d", n, cacheSize)
	}
}

// A peer's currency is the token the operator approved, never another.
func TestCurrencies(t *testing.T) {
	gem := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	b, err := New(Config{Currencies: []Currency{{Platform: "did:web:a.example", Code: "GEM", Token: gem}}})
	if err != nil {
		t.Fatal(err)
	}
	if tok, ok := b.Currency("did:web:a.example", "GEM"); !ok || tok != gem {
		t.Fatalf("GEM of A = %s %v", tok.Hex(), ok)
	}
	if _, ok := b.Currency("did:web:stranger.example", "GEM"); ok {
		t.Fatal("another platform's GEM was approved")
	}
	if code, ok := b.CurrencyCode("did:web:a.example", gem); !ok || code != "GEM" {
		t.Fatalf("code of %s = %q", gem.Hex(), code)
	}
	for _, cfg := range []Config{
		{Partners: []string{"example.com"}},
		{Currencies: []Currency{{Platform: "did:web:a.example", Code: "GEM"}}},
		{Currencies: []Currency{{Platform: "did:web:a.example", Code: "GEM", Token: gem}, {Platform: "did:web:a.example", Code: "GEM", Token: common.Address{1}}}},
	} {
		if _, err := New(cfg); err == nil {
			t.Errorf("config %+v accepted", cfg)
		}
	}
}
