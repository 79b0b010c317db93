package core

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/store"
)

// goodConfig is a default home's config, valid as it is.
func goodConfig() home.Config {
	c := home.DefaultConfig()
	c.Keystore.KDF = "light"
	c.Platform.DID = "did:web:platform.example"
	c.Platform.Address = "0x00000000000000000000000000000000000000a1"
	return c
}

// Every config a core refuses is refused with the thing to fix named: the
// Config field for a caller's mistake, the config.toml key (and the file)
// for an operator's.
func TestValidateNamesTheKey(t *testing.T) {
	dir := t.TempDir()
	withHome := func(edit func(*home.Config)) Config {
		c := goodConfig()
		if edit != nil {
			edit(&c)
		}
		return Config{Home: &home.Home{Dir: dir, Config: c}, API: APICLI}
	}
	const gem = "0x00000000000000000000000000000000000000e2"
	for _, tc := range []struct {
		name string
		cfg  Config
		want []string // all in the message
	}{
		{"no home", Config{API: APICLI}, []string{"Home is required"}},
		{"no API", Config{Home: withHome(nil).Home}, []string{"API is required", "ri or cli"}},
		{"unknown API", Config{Home: withHome(nil).Home, API: "grpc"}, []string{`API "grpc"`, "ri or cli"}},
		{"chain and override", func() Config {
			c := withHome(nil)
			c.Chain, c.ChainOverride = &node.Node{}, "embedded"
			return c
		}(), []string{"Chain and ChainOverride"}},
		{"partner not a DID", withHome(func(c *home.Config) { c.Trust.Partners = []string{"platform-b.example"} }),
			[]string{home.ConfigFile, "trust.partners", "platform-b.example"}},
		{"currency token not an address", withHome(func(c *home.Config) {
			c.Trust.Currency = []home.CurrencyApproval{{Platform: "did:web:b.example", Code: "GEM", Token: "GEM-token"}}
		}), []string{home.ConfigFile, "trust.currency", "GEM", "token"}},
		{"currency without platform", withHome(func(c *home.Config) {
			c.Trust.Currency = []home.CurrencyApproval{{Code: "GEM", Token: gem}}
		}), []string{home.ConfigFile, "trust.currency", "platform"}},
		{"currency at two tokens", withHome(func(c *home.Config) {
			c.Trust.Currency = []home.CurrencyApproval{
				{Platform: "did:web:b.example", Code: "GEM", Token: gem},
				{Platform: "did:web:b.example", Code: "GEM", Token: "0x00000000000000000000000000000000000000e3"},
			}
		}), []string{home.ConfigFile, "[trust]", "GEM", "two tokens"}},
		{"limit without currency", withHome(func(c *home.Config) { c.Trust.Limit = []home.TreasuryLimit{{PerChannel: "10"}} }),
			[]string{home.ConfigFile, "trust.limit", "currency"}},
		{"peer timeout too short", withHome(func(c *home.Config) { c.Net.PeerTimeout = "5ms" }),
			[]string{home.ConfigFile, "net.peer_timeout", "5ms"}},
		{"fetch timeout not a duration", withHome(func(c *home.Config) { c.Net.FetchTimeout = "soon" }),
			[]string{home.ConfigFile, "net.fetch_timeout", "soon"}},
		{"fetch cap too small", withHome(func(c *home.Config) { c.Net.MaxFetchBytes = 10 }),
			[]string{home.ConfigFile, "net.max_fetch_bytes"}},
		{"rate zero", withHome(func(c *home.Config) { c.Net.RatePerIP = 0 }),
			[]string{home.ConfigFile, "net.rate_per_ip"}},
		{"allow_private not a prefix", withHome(func(c *home.Config) { c.Net.AllowPrivate = []string{"loopback"} }),
			[]string{home.ConfigFile, "net.allow_private"}},
		{"platform DID", withHome(func(c *home.Config) { c.Platform.DID = "platform.example" }),
			[]string{home.ConfigFile, "platform.did"}},
		{"RI listener", withHome(func(c *home.Config) { c.Node.RIListen = "8650" }),
			[]string{home.ConfigFile, "node.ri_listen"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%q does not name %q", err, w)
				}
			}
			if _, oerr := Open(context.Background(), tc.cfg); oerr == nil || oerr.Error() != err.Error() {
				t.Errorf("Open: %v, want the validation error %v", oerr, err)
			}
		})
	}
	if good := withHome(nil); good.Validate() != nil {
		t.Fatalf("a default home's config: %v", good.Validate())
	}
}

// A core opens on a fresh home, holds its node store until Close, and
// releases it then: the next Open of the same home succeeds, as the CLI
// does after a command and the daemon after a restart.
func TestOpenThenCloseReleasesTheStore(t *testing.T) {
	h, err := home.Init(filepath.Join(t.TempDir(), "home"), home.InitOptions{Config: goodConfig(), Passphrase: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c, err := Open(ctx, Config{Home: h, API: APICLI})
	if err != nil {
		t.Fatalf("open a fresh home: %v", err)
	}
	if st := c.status; st.DID != h.Config.Platform.DID {
		t.Errorf("status DID %q, want %q", st.DID, h.Config.Platform.DID)
	}
	if seq, _ := c.Audit.Head(); seq != 0 {
		t.Errorf("a fresh home's audit log has %d entries", seq)
	}
	if err := c.DB.Put([]byte(store.ChannelPrefix+"kept"), []byte("{}")); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := c.Close(); err != nil {
		t.Errorf("a second close: %v", err)
	}
	again, err := Open(ctx, Config{Home: h, API: APIRI})
	if err != nil {
		t.Fatalf("open again after close: %v", err)
	}
	defer again.Close()
	if v, err := again.DB.Get([]byte(store.ChannelPrefix + "kept")); err != nil || string(v) != "{}" {
		t.Errorf("what the first core wrote: %q %v", v, err)
	}
	if again.API() != APIRI {
		t.Errorf("API %q, want ri", again.API())
	}
}
