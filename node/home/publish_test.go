package home_test

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/home"
)

// [audit.publish] reads as the operator writes it, says which item is
// wrong, and survives a save.
func TestAuditPublishConfig(t *testing.T) {
	const head = "[platform]\naddress = \"0x0000000000000000000000000000000000000001\"\n"
	cfg, err := home.ParseConfig([]byte(head))
	if err != nil {
		t.Fatal(err)
	}
	if p := cfg.Audit.Publish; p.Disabled || p.Withhold != nil || p.Redact != nil || p.Rate() != 20000 {
		t.Fatalf("default: %+v, want everything published", p)
	}
	cfg, err = home.ParseConfig([]byte(head + `
[audit.publish]
withhold = ["re.message", "transfer.*"]
redact = ["actor", "detail.reason"]
`))
	if err != nil {
		t.Fatal(err)
	}
	if p := cfg.Audit.Publish.Policy(); !slices.Equal(p.Withhold, []string{"re.message", "transfer.*"}) || !slices.Equal(p.Redact, []string{"actor", "detail.reason"}) {
		t.Fatalf("policy = %+v", p)
	}
	for _, tc := range []struct{ name, toml, want string }{
		{"disabled", "[audit.publish]\ndisabled = true\n", ""},
		{"bad pattern", "[audit.publish]\nwithhold = [\"re.*.x\"]\n", `audit.publish.withhold[0] "re.*.x": '*' may only end a prefix`},
		{"unknown field", "[audit.publish]\nredact = [\"actor\", \"password\"]\n", `audit.publish.redact[1] "password": want actor, subject, detail.KEY`},
		{"typo", "[audit.publish]\nwithold = [\"x\"]\n", "withold"},
		{"rate", "[audit.publish]\nentries_per_second = 500\n", ""},
		{"negative rate", "[audit.publish]\nentries_per_second = -5\n", "audit.publish.entries_per_second -5: want at least 100, so a reader waits at most seconds for a page (leave it out for the default, 20000)"},
		{"rate too low", "[audit.publish]\nentries_per_second = 99\n", "entries_per_second 99: want at least 100"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := home.ParseConfig([]byte(head + tc.toml))
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("ParseConfig = %v, want %q", err, tc.want)
			}
		})
	}
	h, err := home.Init(filepath.Join(t.TempDir(), "h"), home.InitOptions{Config: lightConfig(), Passphrase: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	h.Config.Audit.Publish = home.AuditPublishConfig{Withhold: []string{"re.*"}, Redact: []string{"detail.*"}, EntriesPerSecond: 500}
	if err := h.Save(); err != nil {
		t.Fatal(err)
	}
	got, err := home.Open(h.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Config, h.Config) {
		t.Fatalf("reopened [audit] = %+v, want %+v", got.Config.Audit, h.Config.Audit)
	}
}
