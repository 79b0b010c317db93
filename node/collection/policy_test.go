package collection_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/xeipuuv/gojsonschema"

	"github.com/mifm/mifm/node/collection"
)

const (
	bayc     = "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D"
	deployer = "0xaBA7161A7fb69c88e16ED9f455CE62B791EE4D03"
	codeHash = "0x1e2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708"
)

func TestParsePolicy(t *testing.T) {
	t.Parallel()
	p, err := collection.ParsePolicy([]byte(`{
		"version": 1,
		"allow": [
			{"chain": "eip155:1", "contract": "` + bayc + `", "standard": "erc721", "codeHash": "` + codeHash + `", "deployer": "` + deployer + `", "note": "BAYC"},
			{"chain": "eip155:1337", "contract": "` + strings.ToLower(bayc) + `"}
		],
		"anyWithMetadata": true,
		"requireRoyalty": true,
		"metadataSchemes": ["ipfs", "data"],
		"mediaSchemes": ["ipfs", "ar"],
		"maxMetadataBytes": 65536
	}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Allow) != 2 || p.Allow[0].Note != "BAYC" || !p.AnyWithMetadata || !p.RequireRoyalty || p.MaxBytes() != 65536 {
		t.Fatalf("got %+v", p)
	}
	// It writes back as it reads.
	out, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	again, err := collection.ParsePolicy(out)
	if err != nil {
		t.Fatalf("%s: %v", out, err)
	}
	if a, b := mustJSON(t, again), string(out); a != b {
		t.Fatalf("round trip changed the policy:\n%s\n%s", a, b)
	}
	if p, err := collection.ParsePolicy([]byte(`{"version":1}`)); err != nil || p.MaxBytes() != collection.MaxMetadataBytes {
		t.Fatalf("the smallest policy: %+v, %v", p, err)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestParsePolicyErrorsSayHowToFix(t *testing.T) {
	t.Parallel()
	entry := func(fields string) string { return `{"version":1,"allow":[{` + fields + `}]}` }
	tests := []struct {
		name, json, contains string
	}{
		{"not JSON", `{"version":1,}`, "not JSON at byte"},
		{"no version", `{}`, `set "version": 1`},
		{"a future version", `{"version":2}`, "version 2 is not one this node reads"},
		{"a typo", `{"version":1,"anyWithMetdata":true}`, `unknown member "anyWithMetdata"`},
		{"a string for a boolean", `{"version":1,"requireRoyalty":"yes"}`, "invalid collections policy: requireRoyalty must be a JSON boolean"},
		{"an object for a list", `{"version":1,"allow":{}}`, "allow must be a JSON array"},
		{"more after the object", `{"version":1} {}`, "more after the policy"},
		{"no chain", entry(`"contract":"` + bayc + `"`), `allow[0].chain is missing: the collection's CAIP-2 chain, such as "eip155:1"`},
		{"a chain without namespace", entry(`"chain":"1","contract":"` + bayc + `"`), "want namespace:reference"},
		{"a chain that is no EVM chain", entry(`"chain":"solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp","contract":"` + bayc + `"`), "not an EVM chain"},
		{"no contract", entry(`"chain":"eip155:1"`), "allow[0].contract is missing"},
		{"a short contract", entry(`"chain":"eip155:1","contract":"0xBC4C"`), `allow[0].contract: malformed CAIP identifier: account id "eip155:1:0xBC4C": address "0xBC4C" is not 0x followed by 40 hex digits`},
		{"a checksum typo", entry(`"chain":"eip155:1","contract":"0xbC4CA0EdA7647A8aB7C2061c2E118A18a936f13D"`), "did you mean " + bayc},
		{"the zero contract", entry(`"chain":"eip155:1","contract":"0x0000000000000000000000000000000000000000"`), "zero address"},
		{"a listing twice", `{"version":1,"allow":[{"chain":"eip155:1","contract":"` + bayc + `"},{"chain":"eip155:1","contract":"` + strings.ToLower(bayc) + `"}]}`, "allow[1] lists " + bayc + " on eip155:1 again (first at allow[0])"},
		{"a standard unknown", entry(`"chain":"eip155:1","contract":"` + bayc + `","standard":"erc20"`), `want "erc721" or "erc1155"`},
		{"a code hash too short", entry(`"chain":"eip155:1","contract":"` + bayc + `","codeHash":"0x1234"`), "64 hex digits"},
		{"the hash of no code", entry(`"chain":"eip155:1","contract":"` + bayc + `","codeHash":"0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"`), "hash of empty code"},
		{"a deployer that is no address", entry(`"chain":"eip155:1","contract":"` + bayc + `","deployer":"alice"`), "allow[0].deployer"},
		{"the zero deployer", entry(`"chain":"eip155:1","contract":"` + bayc + `","deployer":"0x0000000000000000000000000000000000000000"`), "leave it out to accept any deployer"},
		{"no metadata scheme", `{"version":1,"metadataSchemes":[]}`, "leave it out for [ipfs data https]"},
		{"a scheme written as a prefix", `{"version":1,"metadataSchemes":["ipfs://"]}`, `(write "ipfs")`},
		{"a scheme this node does not fetch", `{"version":1,"metadataSchemes":["ar"]}`, `metadataSchemes[0] "ar" is not one of [ipfs data https http]`},
		{"a media scheme twice", `{"version":1,"mediaSchemes":["ar","ar"]}`, `lists "ar" twice`},
		{"a negative size", `{"version":1,"maxMetadataBytes":-1}`, "negative"},
		{"a size over the ceiling", `{"version":1,"maxMetadataBytes":1048576}`, "above this node's ceiling of 262144"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := collection.ParsePolicy([]byte(tc.json))
			wantErr(t, err, collection.ErrInvalidPolicy, tc.contains)
		})
	}
}

func TestPolicyAdmit(t *testing.T) {
	t.Parallel()
	contract := common.HexToAddress(bayc)
	dep := common.HexToAddress(deployer)
	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	token := func(edit func(*collection.Token)) *collection.Token {
		tok := &collection.Token{
			Asset: "eip155:1/erc721:" + bayc + "/7", Chain: "eip155:1", Standard: collection.ERC721, Contract: contract, TokenID: "7",
			URI: "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", Royalty: &collection.Royalty{Receiver: dep, Bps: 500},
			Provenance: collection.Provenance{CodeHash: common.HexToHash(codeHash), Deployer: &dep},
		}
		tok.MetadataURI = tok.URI
		if edit != nil {
			edit(tok)
		}
		return tok
	}
	meta := func(uri string, json string) *collection.Metadata {
		m, err := collection.ParseMetadata([]byte(json))
		if err != nil {
			t.Fatal(err)
		}
		m.URI = uri
		return m
	}
	good := meta(token(nil).URI, `{"name":"#7","image":"ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"}`)
	listed := collection.Policy{Version: 1, Allow: []collection.Listing{{Chain: "eip155:1", Contract: bayc, Standard: collection.ERC721, CodeHash: codeHash, Deployer: deployer}}}
	open := collection.Policy{Version: 1, Rules: collection.Rules{AnyWithMetadata: true}}
	withRules := func(p collection.Policy, r collection.Rules) collection.Policy { p.Rules = r; return p }

	tests := []struct {
		name   string
		policy collection.Policy
		token  *collection.Token
		meta   *collection.Metadata
		ok     bool
		reason string
	}{
		{"listed", listed, token(nil), good, true, "is in the platform's allow-list"},
		{"listed in another case", collection.Policy{Version: 1, Allow: []collection.Listing{{Chain: "eip155:1", Contract: strings.ToLower(bayc)}}}, token(nil), good, true, "allow-list"},
		{"any with metadata", open, token(nil), good, true, "admits any such collection"},
		{"not listed", collection.Policy{Version: 1}, token(nil), good, false, "collection " + bayc + " on eip155:1 is not in the platform's allow-list"},
		{"listed on another chain", listed, token(func(t *collection.Token) { t.Chain = "eip155:137" }), good, false, "on eip155:137 is not in the platform's allow-list"},
		{"another standard", listed, token(func(t *collection.Token) { t.Standard = collection.ERC1155 }), good, false, "is listed as erc721, but the token was read as erc1155"},
		{"a code hash changed", listed, token(func(t *collection.Token) { t.Provenance.CodeHash = common.Hash{1} }), good, false,
			"its code hash changed since it was listed (0x0100000000000000000000000000000000000000000000000000000000000000 ≠ " + codeHash + " listed)"},
		{"another deployer", listed, token(func(t *collection.Token) { t.Provenance.Deployer = &other }), good, false, "was deployed by " + other.Hex() + ", not by " + dep.Hex()},
		{"a deployer unknown", listed, token(func(t *collection.Token) {
			t.Provenance.Deployer = nil
			t.Provenance.Unknown = []string{"creation block: not found within 64 code reads"}
		}), good, false, "its deployer could not be established (creation block: not found within 64 code reads)"},
		{"a deployer not searched", listed, token(func(t *collection.Token) { t.Provenance.Deployer = nil }), good, false, "(not searched)"},
		{"metadata from elsewhere", open, token(nil), meta("ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku/x", `{"name":"x"}`), false, "the metadata given was read from"},
		{"metadata over https, refused", withRules(open, collection.Rules{AnyWithMetadata: true, MetadataSchemes: []string{"ipfs", "data"}}),
			token(func(t *collection.Token) { t.MetadataURI = "https://example.com/7.json" }), meta("https://example.com/7.json", `{"name":"x"}`), false,
			"metadata URI has scheme https; the platform reads metadata only from ipfs, data"},
		{"https admitted by default", open, token(func(t *collection.Token) { t.MetadataURI = "https://example.com/7.json" }), meta("https://example.com/7.json", `{"name":"x"}`), true, ""},
		{"metadata over the platform's size", withRules(open, collection.Rules{AnyWithMetadata: true, MaxMetadataBytes: 10}), token(nil), good, false, "bytes, more than the platform's 10"},
		{"metadata without a name", open, token(nil), meta(token(nil).URI, `{"description":"x"}`), false, "metadata has no name"},
		{"an Arweave image by default", open, token(nil), meta(token(nil).URI, `{"name":"x","image":"ar://bNbA3TEQVL60xlgCcqdz4ZPHFZ711cZ3hmkpGttDt_U"}`), false,
			"image URI has scheme ar; the platform fetches media only from ipfs, data, https"},
		{"an Arweave image allowed", withRules(open, collection.Rules{AnyWithMetadata: true, MediaSchemes: []string{"ar"}}), token(nil),
			meta(token(nil).URI, `{"name":"x","image":"ar://bNbA3TEQVL60xlgCcqdz4ZPHFZ711cZ3hmkpGttDt_U"}`), true, ""},
		{"no ERC-2981", withRules(listed, collection.Rules{RequireRoyalty: true}), token(func(t *collection.Token) { t.Royalty = nil }), good, false, "does not implement ERC-2981 royalties, which the platform requires"},
		{"a zero royalty", withRules(listed, collection.Rules{RequireRoyalty: true}), token(func(t *collection.Token) { t.Royalty.Bps = 0 }), good, false, "names no royalty for token 7"},
		{"a royalty", withRules(listed, collection.Rules{RequireRoyalty: true}), token(nil), good, true, ""},
		{"an invalid policy", collection.Policy{}, token(nil), good, false, "the platform's collections policy is invalid"},
		{"no token", open, nil, good, false, "no token"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ok, reason := tc.policy.Admit(tc.token, tc.meta)
			if ok != tc.ok || !strings.Contains(reason, tc.reason) {
				t.Fatalf("Admit = %v, %q; want %v, %q", ok, reason, tc.ok, tc.reason)
			}
			t.Log(reason)
		})
	}
}

func TestPolicyAdmitsWhatInspectAndFetchRead(t *testing.T) {
	t.Parallel()
	w := setup(t)
	tok := inspectOZ(t, w, ozDataBase64)
	m, err := tok.FetchMetadata(t.Context(), collection.Fetchers{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := collection.ParsePolicy([]byte(`{"version":1,"allow":[{"chain":"eip155:1337","contract":"` + w.oz721.Hex() + `","codeHash":"` + tok.Provenance.CodeHash.Hex() + `"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if ok, reason := p.Admit(tok, m); !ok {
		t.Fatal(reason)
	}
	// The OpenZeppelin collection has no ERC-2981.
	p.RequireRoyalty = true
	if ok, reason := p.Admit(tok, m); ok || !strings.Contains(reason, "ERC-2981") {
		t.Fatalf("admitted without royalties: %s", reason)
	}
}

// The schema a manifesto embeds agrees with ParsePolicy on what it can say.
func TestPolicySchemaAgreesWithParsePolicy(t *testing.T) {
	t.Parallel()
	schema, err := gojsonschema.NewSchema(gojsonschema.NewBytesLoader(collection.PolicySchema))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		json string
		ok   bool
	}{
		{`{"version":1}`, true},
		{`{"version":1,"allow":[{"chain":"eip155:1","contract":"` + bayc + `","standard":"erc1155","codeHash":"` + codeHash + `","deployer":"` + deployer + `","note":"x"}],"anyWithMetadata":true,"requireRoyalty":false,"metadataSchemes":["ipfs","data","https","http"],"mediaSchemes":["ar"],"maxMetadataBytes":262144}`, true},
		{`{}`, false},
		{`{"version":2}`, false},
		{`{"version":1,"anyWithMetdata":true}`, false},
		{`{"version":1,"allow":[{"chain":"eip155:1"}]}`, false},
		{`{"version":1,"allow":[{"chain":"solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp","contract":"` + bayc + `"}]}`, false},
		{`{"version":1,"allow":[{"chain":"eip155:1","contract":"` + bayc + `","codeHash":"0x12"}]}`, false},
		{`{"version":1,"metadataSchemes":[]}`, false},
		{`{"version":1,"metadataSchemes":["ar"]}`, false},
		{`{"version":1,"mediaSchemes":["ar","ar"]}`, false},
		{`{"version":1,"maxMetadataBytes":262145}`, false},
		{`{"version":1,"maxMetadataBytes":-1}`, false},
	} {
		res, err := schema.Validate(gojsonschema.NewStringLoader(tc.json))
		if err != nil {
			t.Fatal(err)
		}
		_, perr := collection.ParsePolicy([]byte(tc.json))
		if res.Valid() != tc.ok || (perr == nil) != tc.ok {
			t.Errorf("%s: schema says %v %v, ParsePolicy %v; want %v", tc.json, res.Valid(), res.Errors(), perr, tc.ok)
		}
	}
}
