package home_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node/home"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*home.Config)
		want string // "" means valid
	}{
		{"defaults", func(*home.Config) {}, ""},
		{"external chain", func(c *home.Config) { c.Chain.Backend = "https://rpc.example:8545" }, ""},
		{"websocket chain", func(c *home.Config) { c.Chain.Backend = "ws://127.0.0.1:8546" }, ""},
		{"DID without scheme", func(c *home.Config) { c.Platform.DID = "web:example.com" }, "platform.did"},
		{"bad address", func(c *home.Config) { c.Platform.Address = "0x12" }, "platform.address"},
		{"backend not a URL", func(c *home.Config) { c.Chain.Backend = "localhost" }, "chain.backend"},
		{"backend scheme", func(c *home.Config) { c.Chain.Backend = "ipc:///tmp/geth.ipc" }, `scheme "ipc" not supported`},
		{"chain id zero", func(c *home.Config) { c.Chain.ChainID = 0 }, "chain.chain_id"},
		{"negative block period", func(c *home.Config) { c.Chain.BlockPeriod = "-1s" }, "chain.block_period"},
		{"block period not a duration", func(c *home.Config) { c.Chain.BlockPeriod = "2" }, "chain.block_period"},
		{"receipt timeout zero", func(c *home.Config) { c.Chain.ReceiptTimeout = "0s" }, "chain.receipt_timeout"},
		{"no confirmations", func(c *home.Config) { c.Chain.Confirmations = 0 }, "chain.confirmations"},
		{"no fee cap", func(c *home.Config) { c.Chain.MaxFeeGwei = 0 }, "chain.max_fee_gwei"},
		{"unknown kdf", func(c *home.Config) { c.Keystore.KDF = "none" }, "keystore.kdf"},
		{"loopback peers", func(c *home.Config) { c.Net.AllowPrivate = home.Loopback }, ""},
		{"private network peers", func(c *home.Config) { c.Net.AllowPrivate = []string{"10.0.0.0/8", "fd00::1"} }, ""},
		{"allow_private a name", func(c *home.Config) { c.Net.AllowPrivate = []string{"localhost"} }, "net.allow_private"},
		{"peer timeout", func(c *home.Config) { c.Net.PeerTimeout = "forever" }, "net.peer_timeout"},
		{"fetch timeout zero", func(c *home.Config) { c.Net.FetchTimeout = "0s" }, "net.fetch_timeout"},
		{"fetch cap tiny", func(c *home.Config) { c.Net.MaxFetchBytes = 10 }, "net.max_fetch_bytes"},
		{"no rate", func(c *home.Config) { c.Net.RatePerIP = 0 }, "net.rate_per_ip"},
		{"no burst", func(c *home.Config) { c.Net.BurstPerSender = 0 }, "burst_per_sender"},
		{"remotes", func(c *home.Config) {
			c.Content.Remotes = []home.RemoteConfig{{Name: "lab", Kind: "kubo", URL: "http://127.0.0.1:5001"}, {Name: "svc", Kind: "psa", URL: "https://pins.example/psa", TokenEnv: "PSA_TOKEN", Origins: []string{"/dns4/node.example/tcp/443/https"}}}
		}, ""},
		{"remote kind", func(c *home.Config) {
			c.Content.Remotes = []home.RemoteConfig{{Name: "x", Kind: "pinata", URL: "https://x"}}
		}, `kind "pinata"`},
		{"remote url", func(c *home.Config) {
			c.Content.Remotes = []home.RemoteConfig{{Name: "x", Kind: "kubo", URL: "127.0.0.1:5001"}}
		}, "must be http(s)"},
		{"remote name twice", func(c *home.Config) {
			c.Content.Remotes = []home.RemoteConfig{{Name: "x", Kind: "kubo", URL: "http://a"}, {Name: "x", Kind: "kubo", URL: "http://b"}}
		}, "used twice"},
		{"content on kubo", func(c *home.Config) {
			c.Content.Backend, c.Content.AuthEnv = "kubo:http://127.0.0.1:5001", "MIFM_KUBO_AUTH"
		}, ""},
		{"content embedded", func(c *home.Config) { c.Content.Backend = "embedded" }, ""},
		{"release margin", func(c *home.Config) { c.Transfer.ReleaseMargin = "30s" }, ""},
		{"release margin not a duration", func(c *home.Config) { c.Transfer.ReleaseMargin = "5" }, "transfer.release_margin"},
		{"release margin negative", func(c *home.Config) { c.Transfer.ReleaseMargin = "-1s" }, "transfer.release_margin"},
		{"release margin zero", func(c *home.Config) { c.Transfer.ReleaseMargin = "0s" }, "from 1s to 1h"},
		{"content backend unknown", func(c *home.Config) { c.Content.Backend = "s3://bucket" }, "content.backend"},
		{"content kubo no scheme", func(c *home.Config) { c.Content.Backend = "kubo:127.0.0.1:5001" }, "give its base URL"},
		{"content kubo credential in URL", func(c *home.Config) { c.Content.Backend = "kubo:http://u:p@127.0.0.1:5001" }, "auth_env"},
		{"content auth_env not a name", func(c *home.Config) { c.Content.AuthEnv = "bearer:abc" }, "content.auth_env"},
		{"remote origin", func(c *home.Config) {
			c.Content.Remotes = []home.RemoteConfig{{Name: "x", Kind: "psa", URL: "http://a", Origins: []string{"http://node"}}}
		}, "not a multiaddr"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := home.DefaultConfig()
			tc.edit(&c)
			err := c.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("Validate() = %v, want valid", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("Validate() = %v, want an error naming %q", err, tc.want)
			}
		})
	}
}

func lightConfig() home.Config {
	c := home.DefaultConfig()
	c.Keystore.KDF = "light"
	c.Platform.DID = "did:web:platform.example"
	return c
}

func TestInitThenOpen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "h")
	h, err := home.Init(dir, home.InitOptions{Config: lightConfig(), Passphrase: "pw-1", DevAccounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	accts := h.Keystore().Accounts()
	if len(accts) != 3 || accts[0] != h.PlatformAddress() {
		t.Fatalf("keystore = %v, want the platform key %s first and 2 dev keys", accts, h.PlatformAddress())
	}
	if _, err := os.Stat(filepath.Join(dir, home.PassphraseFile)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a passphrase file was written though one was given: %v", err)
	}
	if fi, err := os.Stat(filepath.Join(dir, home.ConfigFile)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("config.toml mode = %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".init-*")); len(m) != 0 {
		t.Fatalf("init left its staging folder: %v", m)
	}

	got, err := home.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Config, h.Config) {
		t.Fatalf("reopened config = %+v, want %+v", got.Config, h.Config)
	}
	if _, err := got.Keystore().Unlock(got.PlatformAddress(), "pw-1"); err != nil {
		t.Fatalf("unlock platform key: %v", err)
	}
	if _, err := got.Keystore().Unlock(got.PlatformAddress(), "pw-2"); !errors.Is(err, chain.ErrWrongPassphrase) {
		t.Fatalf("unlock with the wrong passphrase = %v, want ErrWrongPassphrase", err)
	}

	if _, err := home.Init(dir, home.InitOptions{Config: lightConfig(), Passphrase: "x"}); !errors.Is(err, home.ErrAlreadyInitialised) {
		t.Fatalf("second Init = %v, want ErrAlreadyInitialised", err)
	}
	if _, err := home.Open(filepath.Join(dir, "nope")); !errors.Is(err, home.ErrNotInitialised) {
		t.Fatalf("Open of an empty folder = %v, want ErrNotInitialised", err)
	}
}

func TestInitGeneratesPassphraseAndResolvesSources(t *testing.T) {
	dir := t.TempDir()
	h, err := home.Init(dir, home.InitOptions{Config: lightConfig()})
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, home.PassphraseFile))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("generated passphrase file: %v, %v; want mode 0600", fi, err)
	}
	generated, err := h.Passphrase(home.PassphraseSources{})
	if err != nil || len(generated) != 48 {
		t.Fatalf("passphrase from the home's file = %q, %v", generated, err)
	}
	if _, err := h.Keystore().Unlock(h.PlatformAddress(), generated); err != nil {
		t.Fatalf("generated passphrase does not unlock the key: %v", err)
	}
	other := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(other, []byte("from-file\n"), 0o600)
	prompt := func() (string, error) { return "from-prompt", nil }
	tests := []struct {
		name string
		src  home.PassphraseSources
		want string
	}{
		{"flag file first", home.PassphraseSources{File: other, Env: "from-env", Prompt: prompt}, "from-file"},
		{"then environment", home.PassphraseSources{Env: "from-env", Prompt: prompt}, "from-env"},
		{"then the home's file", home.PassphraseSources{Prompt: prompt}, generated},
	}
	for _, tc := range tests {
		if got, err := h.Passphrase(tc.src); err != nil || got != tc.want {
			t.Errorf("%s: Passphrase = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
	h.Config.Keystore.PassphraseFile = ""
	if got, _ := h.Passphrase(home.PassphraseSources{Prompt: prompt}); got != "from-prompt" {
		t.Errorf("prompt last: got %q", got)
	}
	_, err = h.Passphrase(home.PassphraseSources{})
	if err == nil || !strings.Contains(err.Error(), "--passphrase-file") {
		t.Errorf("no source: %v, want advice naming --passphrase-file", err)
	}
}

func TestInterruptedInitLeavesNoHome(t *testing.T) {
	dir := t.TempDir()
	// What a kill during Init leaves: a staging folder with fresh keys.
	stale := filepath.Join(dir, ".init-123")
	if _, err := chain.OpenKeystore(filepath.Join(stale, home.KeystoreDir), chain.KDFLight).NewAccount("pw"); err != nil {
		t.Fatal(err)
	}
	if _, err := home.Open(dir); !errors.Is(err, home.ErrNotInitialised) {
		t.Fatalf("Open after an interrupted init = %v, want ErrNotInitialised", err)
	}
	h, err := home.Init(dir, home.InitOptions{Config: lightConfig(), Passphrase: "pw"})
	if err != nil {
		t.Fatalf("Init after an interrupted init: %v", err)
	}
	if n := len(h.Keystore().Accounts()); n != 1 {
		t.Fatalf("keystore has %d keys, want only the new platform key", n)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("stale staging folder still there: %v", err)
	}
}

func TestInitRefusesForeignKeystore(t *testing.T) {
	dir := t.TempDir()
	ks := chain.OpenKeystore(filepath.Join(dir, home.KeystoreDir), chain.KDFLight)
	a, err := ks.NewAccount("theirs")
	if err != nil {
		t.Fatal(err)
	}
	_, err = home.Init(dir, home.InitOptions{Config: lightConfig(), Passphrase: "pw"})
	if err == nil || !strings.Contains(err.Error(), "holds a keystore") {
		t.Fatalf("Init over a foreign keystore = %v, want a refusal", err)
	}
	if accts := ks.Accounts(); len(accts) != 1 || accts[0] != a {
		t.Fatalf("foreign keystore changed: %v", accts)
	}
}

func TestParseConfigErrors(t *testing.T) {
	const addr = "address = \"0x0000000000000000000000000000000000000001\"\n"
	tests := []struct {
		name, toml, want string
	}{
		{"ok", "[platform]\n" + addr, ""},
		{"typo in a key", "[platform]\n" + addr + "[chain]\nchain_idd = 5\n", "chain_idd"},
		{"negative chain id", "[platform]\n" + addr + "[chain]\nchain_id = -1\n", "line 4"},
		{"broken TOML", "[platform\n", "line"},
		{"no platform key", "[chain]\nchain_id = 5\n", "platform.address is missing"},
		{"bad backend", "[platform]\n" + addr + "[chain]\nbackend = \"htp:/x\"\n", "chain.backend"},
		{"allow loopback", "[platform]\n" + addr + "[net]\nallow_private = [\"127.0.0.0/8\", \"::1/128\"]\n", ""},
		{"remote pins", "[platform]\n" + addr + "[[content.remote]]\nname = \"lab\"\nkind = \"kubo\"\nurl = \"http://127.0.0.1:5001\"\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := home.ParseConfig([]byte(tc.toml))
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("ParseConfig = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// FuzzParseConfig: config.toml is edited by hand; whatever it holds, parsing
// must not panic, and what parses must validate.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte("[platform]\ndid = \"did:web:a.example\"\naddress = \"0x0000000000000000000000000000000000000001\"\n[chain]\nbackend = \"embedded\"\nchain_id = 1337\nblock_period = \"0s\"\n"))
	f.Add([]byte("[chain]\nbackend = \"http://127.0.0.1:8545\"\nreceipt_timeout = \"2m\"\n[keystore]\nkdf = \"light\"\n"))
	f.Add([]byte("[platform\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := home.ParseConfig(data)
		if err != nil {
			return
		}
		if err := cfg.Validate(); err != nil {
			t.Fatalf("ParseConfig accepted a config Validate rejects: %v", err)
		}
	})
}

// The admission back end receives a bearer token: only over https, or
// plain http on loopback.
func TestAdmissionURLMustBeSafe(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"https://backend.example/admit", true},
		{"http://127.0.0.1:9000/admit", true},
		{"http://localhost:9000/admit", true},
		{"http://[::1]:9000/admit", true},
		{"http://backend.example/admit", false},
		{"http://10.0.0.5/admit", false},
		{"ftp://backend.example/", false},
	} {
		cfg := home.DefaultConfig()
		cfg.Keystore.KDF = "light"
		cfg.Node.AdmissionURL = tc.url
		if err := cfg.Validate(); (err == nil) != tc.ok {
			t.Errorf("%s: err = %v, want ok %v", tc.url, err, tc.ok)
		}
	}
}

// The webhook carries the platform's signed events: only over https, or
// plain http on loopback, and no credential in the URL's user info.
func TestWebhookURLMustBeSafe(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"https://backend.example/hooks/mifm", true},
		{"http://127.0.0.1:9000/hook", true},
		{"http://[::1]:9000/hook", true},
		{"http://backend.example/hook", false},
		{"http://192.168.1.5/hook", false},
		{"https://user:secret@backend.example/hook", false},
		{"backend.example/hook", false},
	} {
		cfg := home.DefaultConfig()
		cfg.Keystore.KDF = "light"
		cfg.Node.WebhookURL = tc.url
		err := cfg.Validate()
		if (err == nil) != tc.ok {
			t.Errorf("%s: err = %v, want ok %v", tc.url, err, tc.ok)
		}
		if err != nil && (!strings.Contains(err.Error(), "node.webhook_url") || strings.Contains(err.Error(), "secret@")) {
			t.Errorf("%s: the error does not name the key, or shows the password: %v", tc.url, err)
		}
	}
}
