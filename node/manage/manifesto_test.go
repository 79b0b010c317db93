package manage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readManifesto(t testing.TB, name string) *Manifesto {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "demo", "manifestos", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseManifesto(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

func TestParseManifestoRefusesWithTheFieldNamed(t *testing.T) {
	base := `"type":"MIFMManifesto","version":"1.0","platform":{"name":"P"},"chains":["eip155:1337"],"tokenStandards":["erc721"]`
	cases := []struct{ name, doc, want string }{
		{"ok", `{` + base + `}`, ""},
		{"not JSON", `{`, "not JSON"},
		{"unknown field", `{` + base + `,"colour":"red"}`, "colour"},
		{"no chains", `{"type":"MIFMManifesto","version":"1.0","platform":{"name":"P"},"tokenStandards":["erc721"]}`, "chains"},
		{"bad token standard", `{"type":"MIFMManifesto","version":"1.0","platform":{"name":"P"},"chains":["eip155:1"],"tokenStandards":["erc777"]}`, "tokenStandards"},
		{"bad chain", `{"type":"MIFMManifesto","version":"1.0","platform":{"name":"P"},"chains":["eip155"],"tokenStandards":["erc721"]}`, "chains"},
		{"other version", `{"type":"MIFMManifesto","version":"2.0","platform":{"name":"P"},"chains":["eip155:1"],"tokenStandards":["erc721"]}`, "version"},
		{"rate of unknown currency", `{` + base + `,"currencies":[{"code":"GEM"}],"exchange":{"rates":[{"from":"ORB","to":"GEM","rate":"2"}]}}`, "ORB is not one of the platform's currencies"},
		{"zero rate", `{` + base + `,"currencies":[{"code":"GEM"}],"exchange":{"rates":[{"from":"GEM","to":"ORB","rate":"0"}]}}`, "not a positive decimal"},
		{"rate twice", `{` + base + `,"currencies":[{"code":"GEM"}],"exchange":{"rates":[{"from":"GEM","to":"ORB","rate":"2"},{"from":"GEM","to":"ORB","rate":"3"}]}}`, "listed twice"},
		{"bad DID", `{"type":"MIFMManifesto","version":"1.0","platform":{"name":"P","did":"did:X:1"},"chains":["eip155:1"],"tokenStandards":["erc721"]}`, "platform.did"},
		{"bad endpoint", `{"type":"MIFMManifesto","version":"1.0","platform":{"name":"P","endpoints":{"re":"http://"}},"chains":["eip155:1"],"tokenStandards":["erc721"]}`, "platform.endpoints.re"},
		{"content mirrors", `{` + base + `,"content":{"gateways":["https://pins.example","http://127.0.0.1:8080"]}}`, ""},
		{"content mirror not a URL", `{` + base + `,"content":{"gateways":["https://"]}}`, "content.gateways[0]"},
		{"content mirror with a password", `{` + base + `,"content":{"gateways":["https://u:p@pins.example"]}}`, "content.gateways[0]"},
		{"content mirror not http", `{` + base + `,"content":{"gateways":["ipfs://x"]}}`, "gateways"},
		{"nine content mirrors", `{` + base + `,"content":{"gateways":["http://a","http://b","http://c","http://d","http://e","http://f","http://g","http://h","http://i"]}}`, "gateways"},
		{"plain-HTTP policy", `{` + base + `,"policies":[{"kind":"code-of-conduct","url":"http://x.example/c"}]}`, "policies"},
		{"bridge conversion of unknown feature", `{` + base + `,"bridge":{"conversions":[{"feature":"smell","from":"a","to":"b"}]}}`, "feature"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseManifesto([]byte(tc.doc))
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), ErrInvalidManifesto.Error()) {
				t.Fatalf("err = %v, want one naming %q", err, tc.want)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	a, b, br := readManifesto(t, "platform-a.json"), readManifesto(t, "platform-b.json"), readManifesto(t, "bridge.json")
	a.Platform.DID, b.Platform.DID, br.Platform.DID = "did:key:zA", "did:key:zB", "did:key:zV"
	ag := Compare(a, b, []Feature{"avatar.format:vrm-0.x"})
	if len(ag.Clashes) != 1 || !strings.HasPrefix(ag.Clashes[0], "required avatar.format:vrm-0.x: did:key:zA has it, did:key:zB does not take it") {
		t.Fatalf("clashes before the bridge = %q", ag.Clashes)
	}
	if ag.Limits["did:key:zB"].MaxPolygons != 50000 || ag.Limits["did:key:zA"].MaxTextureSize != 2048 {
		t.Fatalf("limits = %+v", ag.Limits)
	}
	if len(ag.RequiredCredentials["did:key:zB"]) != 1 || len(ag.Policies) != 3 {
		t.Fatalf("credentials %v, policies %v", ag.RequiredCredentials, ag.Policies)
	}
	before := ag.Digest()
	ag.Cover(a, b, br)
	if len(ag.Clashes) != 0 || len(ag.Bridged) != 4 || ag.Digest() == before {
		t.Fatalf("after the bridge: clashes %q, bridged %+v", ag.Clashes, ag.Bridged)
	}
	for _, g := range ag.Gaps {
		if strings.HasPrefix(g.Feature, "avatar.format:") || strings.HasPrefix(g.Feature, "content.format:") {
			t.Errorf("gap %+v left although the bridge converts it", g)
		}
	}
	// The same manifestos compare the same way from either side's code.
	first := Compare(a, b, nil).Digest()
	if again := Compare(a, b, nil).Digest(); again != first {
		t.Fatal("Compare is not deterministic")
	}
	// Rates read either way round agree; a different one clashes.
	if len(ag.Rates) != 1 || ag.Rates[0].From != "GEM" || ag.Rates[0].Rate.Rate != "2.5" {
		t.Fatalf("rates = %+v", ag.Rates)
	}
	b.Exchange.Rates[0].Rate = "0.3"
	if c := Compare(a, b, nil).Clashes; len(c) != 1 || !strings.Contains(c[0], "GEM→ORB 2.5") || !strings.Contains(c[0], "ORB→GEM 0.3") {
		t.Fatalf("rate clash = %q", c)
	}
}

func FuzzParseManifesto(f *testing.F) {
	for _, name := range []string{"platform-a.json", "platform-b.json", "bridge.json"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "demo", "manifestos", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"type":"MIFMManifesto"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifesto(data)
		if err != nil {
			return
		}
		if len(m.Chains) == 0 || len(m.TokenStandards) == 0 || m.Platform.Name == "" {
			t.Fatalf("accepted a manifesto without chains, tokens or name: %s", data)
		}
		Compare(m, m, nil)
	})
}
