package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type mintOut struct {
	Asset       string   `json:"asset"`
	Tx          string   `json:"tx"`
	MetadataCID string   `json:"metadataCid"`
	ContentCIDs []string `json:"contentCids"`
	GasUsed     uint64   `json:"gasUsed"`
	Existing    bool     `json:"existing"`
	To          string   `json:"to"`
	Prepared    []string `json:"prepared"`
}

// TokenID is the token id at the end of the asset's CAIP-19 id.
func (m mintOut) TokenID() string { return m.Asset[strings.LastIndex(m.Asset, "/")+1:] }

func TestAssetMintShowList(t *testing.T) {
	h := initHome(t)
	dir := t.TempDir()
	model := filepath.Join(dir, "model.glb")
	os.WriteFile(model, []byte("glTF\x02\x00\x00\x00 a sword"), 0o644)

	// The command on a fresh home, text first.
	out := mustRun(t, "--home", h, "asset", "mint", "--file", model, "--name", "Sword")
	if !strings.Contains(out, "asset        eip155:1337/erc721:0x") || !strings.Contains(out, "prepared     deployed Asset721") {
		t.Fatalf("mint output:\n%s", out)
	}

	var m mintOut
	if err := json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "asset", "mint", "--file", model, "--name", "Sword")), &m); err != nil {
		t.Fatal(err)
	}
	if !m.Existing || !strings.HasPrefix(m.Asset, "eip155:1337/erc721:0x") || len(m.Tx) != 66 || !strings.HasPrefix(m.MetadataCID, "bafkrei") ||
		len(m.ContentCIDs) != 1 || m.GasUsed == 0 || len(m.Prepared) != 0 {
		t.Fatalf("second mint of the same file = %+v, want the existing token and nothing prepared", m)
	}

	var shown struct {
		Owner    string `json:"owner"`
		URI      string `json:"uri"`
		Verified bool   `json:"verified"`
		Platform string `json:"platform"`
		Metadata struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "asset", "show", m.Asset)), &shown); err != nil {
		t.Fatal(err)
	}
	if !shown.Verified || !strings.EqualFold(shown.Owner, m.To) || shown.URI != "ipfs://"+m.MetadataCID || shown.Metadata.Name != "Sword" || !strings.HasPrefix(shown.Platform, "did:pkh:eip155:1337:") {
		t.Fatalf("show = %+v", shown)
	}

	// Editions to a dev account, listed from the chain's events.
	var info chainInfo
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "chain", "info")), &info)
	user := info.Accounts[1].Account // CAIP-10
	mustRun(t, "--home", h, "asset", "mint", "--file", model, "--name", "Arrows", "--standard", "erc1155", "--amount", "12",
		"--local-id", "arrows", "--to", user, "--attr", "damage=4", "--royalty-bps", "300")
	var list struct {
		Tokens []struct {
			Asset   string `json:"asset"`
			Balance string `json:"balance"`
		} `json:"tokens"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "asset", "list", "--owner", user)), &list)
	if len(list.Tokens) != 1 || !strings.HasPrefix(list.Tokens[0].Asset, "eip155:1337/erc1155:") || list.Tokens[0].Balance != "12" {
		t.Fatalf("list --owner %s = %+v", user, list)
	}
	out = mustRun(t, "--home", h, "asset", "show", list.Tokens[0].Asset)
	for _, want := range []string{"holder       0x", "  12\n", "royalty      3.00% to 0x", "attribute    damage = 4", "check ok   metadata-cid"} {
		if !strings.Contains(out, want) {
			t.Fatalf("show output lacks %q:\n%s", want, out)
		}
	}
}

func TestAssetBadInput(t *testing.T) {
	h := initHome(t)
	model := filepath.Join(t.TempDir(), "model.glb")
	os.WriteFile(model, []byte("glTF"), 0o644)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"asset", "mint", "--name", "x"}, "no --file"},
		{[]string{"asset", "mint", "--file", model}, "no --name"},
		{[]string{"asset", "mint", "--file", filepath.Join(h, "absent.glb"), "--name", "x"}, "no such file"},
		{[]string{"asset", "mint", "--file", h, "--name", "x"}, "is a folder"},
		{[]string{"asset", "mint", "--file", model, "--name", "x", "--standard", "erc20"}, "want erc721 or erc1155"},
		{[]string{"asset", "mint", "--file", model, "--name", "x", "--amount", "ten"}, "not a whole number"},
		{[]string{"asset", "mint", "--file", model, "--name", "x", "--amount", "2"}, "amount must be 1"},
		{[]string{"asset", "mint", "--file", model, "--name", "x", "--attr", "novalue"}, "want KEY=VALUE"},
		{[]string{"asset", "mint", "--file", model, "--name", "x", "--royalty-bps", "10001"}, "more than 100%"},
		{[]string{"asset", "mint", "--file", model, "--name", "x", "--to", "0x123"}, "not an address"},
		{[]string{"asset", "mint", "--file", model, "--name", "x", "--to", "eip155:1:0x0000000000000000000000000000000000000001"}, "this node's chain is eip155:1337"},
		{[]string{"asset", "mint", "--file", model, "--name", "x", "--royalty-to", "nobody"}, "not an address"},
		{[]string{"asset", "show"}, "needs one CAIP-19 asset id"},
		{[]string{"asset", "show", "eip155:1337/erc721:0x0000000000000000000000000000000000000001/1"}, "asset contracts are not deployed"},
		{[]string{"asset", "list", "--owner", "nobody"}, "not an address"},
		{[]string{"asset", "list"}, "asset contracts are not deployed"},
	}
	check := func(args []string, want string) {
		t.Helper()
		code, _, errs := run(t, append([]string{"--home", h}, args...)...)
		if code == 0 || !strings.HasPrefix(errs, "mifm: ") || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, want) {
			t.Errorf("mifm %v: exit %d, stderr %q; want one line saying %q", args, code, errs, want)
		}
	}
	for _, tc := range tests {
		check(tc.args, tc.want)
	}
	// A refused mint is refused before anything is sent: the chain is as
	// init left it.
	var info chainInfo
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "chain", "info")), &info)
	if len(info.Contracts) != 0 {
		t.Fatalf("refused mints deployed %+v", info.Contracts)
	}
	mustRun(t, "--home", h, "chain", "deploy")
	check([]string{"asset", "show", "eip155:1337/erc721:0x0000000000000000000000000000000000000001/1"}, "not mifm's erc721 contract")
	check([]string{"asset", "show", "--gateway", "ftp://gw", "eip155:1337/erc721:0x0000000000000000000000000000000000000001/1"}, "not an http(s) URL")
}

func TestAssetMintBatch(t *testing.T) {
	h := initHome(t)
	dir := t.TempDir()
	for _, n := range []string{"a", "b", "c"} {
		os.WriteFile(filepath.Join(dir, n+".glb"), []byte("glTF arrow "+n), 0o644)
	}
	manifest := filepath.Join(dir, "assets.json")
	os.WriteFile(manifest, []byte(`{"assets": [
		{"localId": "arrow-a", "name": "Arrow A", "files": ["a.glb"], "amount": "5", "attributes": [{"trait_type": "damage", "value": "4"}]},
		{"localId": "arrow-b", "name": "Arrow B", "files": ["b.glb"], "amount": "6"},
		{"localId": "arrow-c", "name": "Arrow C", "files": ["c.glb"], "amount": "7", "license": "CC0-1.0"}
	]}`), 0o644)
	var res struct {
		Minted       int    `json:"minted"`
		DirectoryCID string `json:"directoryCid"`
		GasUsed      uint64 `json:"gasUsed"`
		Assets       []struct {
			Asset       string `json:"asset"`
			Existing    bool   `json:"existing"`
			MetadataURI string `json:"metadataUri"`
		} `json:"assets"`
	}
	out := mustRun(t, "--home", h, "--json", "asset", "mint-batch", "--manifest", manifest, "--standard", "erc1155")
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Minted != 3 || !strings.HasPrefix(res.DirectoryCID, "bafybei") || len(res.Assets) != 3 || res.GasUsed == 0 {
		t.Fatalf("mint-batch = %s", out)
	}
	if !strings.HasPrefix(res.Assets[0].MetadataURI, "ipfs://"+res.DirectoryCID+"/") {
		t.Fatalf("metadata URI %s is not in the batch directory", res.Assets[0].MetadataURI)
	}
	shown := mustRun(t, "--home", h, "asset", "show", res.Assets[1].Asset)
	if !strings.Contains(shown, "name         Arrow B") || !strings.Contains(shown, "  6\n") || !strings.Contains(shown, "check ok   token-id") {
		t.Fatalf("show of a batch token:\n%s", shown)
	}
	out = mustRun(t, "--home", h, "asset", "mint-batch", "--manifest", manifest, "--standard", "erc1155")
	if !strings.Contains(out, "nothing was sent") || strings.Count(out, "existing") != 3 {
		t.Fatalf("second mint-batch:\n%s", out)
	}

	bad := filepath.Join(dir, "bad.json")
	for _, tc := range []struct{ manifest, want string }{
		{`{"assets": [{"localId": "x", "name": "X", "files": ["a.glb"], "colour": "red"}]}`, `unknown field "colour"`},
		{`{"assets": [{"localId": "x", "name": "X", "files": ["absent.glb"]}]}`, "no such file"},
		{`{"assets": [{"localId": "x", "files": ["a.glb"]}]}`, "has no name"},
		{`{"assets": []}`, "lists no assets"},
		{`[`, "manifest"},
	} {
		os.WriteFile(bad, []byte(tc.manifest), 0o644)
		code, _, errs := run(t, "--home", h, "asset", "mint-batch", "--manifest", bad)
		if code == 0 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("manifest %s: exit %d, stderr %q; want one line saying %q", tc.manifest, code, errs, tc.want)
		}
	}
}

// The asset commands print the same, byte for byte, whether they run in
// process on the home or through the node running for it: one table, both
// modes, errors included.
func TestAssetCommandsSameThroughTheDaemon(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a node with an embedded chain")
	}
	h := initHome(t)
	dir := t.TempDir()
	model := filepath.Join(dir, "sword.glb")
	os.WriteFile(model, []byte("glTF\x02\x00\x00\x00 a sword"), 0o644)
	shield := filepath.Join(dir, "shield.png")
	os.WriteFile(shield, []byte("\x89PNG\r\n\x1a\n a shield"), 0o644)
	os.MkdirAll(filepath.Join(dir, "models"), 0o755)
	os.WriteFile(filepath.Join(dir, "models", "arrow.glb"), []byte("glTF an arrow"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.png"), []byte("\x89PNG\r\n\x1a\n arrow b"), 0o644)
	manifest := filepath.Join(dir, "assets.json")
	os.WriteFile(manifest, []byte(`{"assets": [
		{"localId": "arrow-a", "name": "Arrow A", "files": ["models/arrow.glb"], "amount": "5"},
		{"localId": "arrow-b", "name": "Arrow B", "files": ["models/arrow.glb", "b.png"], "amount": "6", "license": "CC0-1.0"}
	]}`), 0o644)

	// In process, the first mint deploys the suite; the batch mints.
	if out := mustRun(t, "--home", h, "asset", "mint", "--file", model, "--name", "Sword", "--attr", "damage=7"); !strings.Contains(out, "prepared     deployed Asset721") {
		t.Fatalf("first mint:\n%s", out)
	}
	var sword mintOut
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "asset", "mint", "--file", model, "--name", "Sword", "--attr", "damage=7")), &sword)
	var info chainInfo
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "chain", "info")), &info)
	user, other := info.Accounts[1].Account, info.Accounts[2].Account
	var batch struct {
		Assets []struct {
			Asset string `json:"asset"`
		} `json:"assets"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "asset", "mint-batch", "--manifest", manifest, "--standard", "erc1155", "--to", user)), &batch)
	if sword.Asset == "" || len(batch.Assets) != 2 {
		t.Fatalf("sword %+v, batch %+v", sword, batch)
	}

	table := [][]string{
		{"asset", "mint", "--file", model, "--name", "Sword", "--attr", "damage=7"},
		{"--json", "asset", "mint", "--file", model, "--name", "Sword", "--attr", "damage=7"},
		{"asset", "mint-batch", "--manifest", manifest, "--standard", "erc1155"},
		{"--json", "asset", "mint-batch", "--manifest", manifest, "--standard", "erc1155"},
		{"asset", "show", sword.Asset},
		{"--json", "asset", "show", sword.Asset},
		{"asset", "show", batch.Assets[1].Asset},
		{"--json", "asset", "show", batch.Assets[1].Asset},
		{"asset", "list"},
		{"--json", "asset", "list"},
		{"asset", "list", "--owner", user},
		{"--json", "asset", "list", "--owner", user},
		{"asset", "history", sword.Asset},
		{"--json", "asset", "history", batch.Assets[0].Asset},
		// Refusals print the same line.
		{"asset", "mint", "--file", model, "--name", "x", "--to", "0x123"},
		{"asset", "mint", "--file", model, "--name", "x", "--amount", "2"},
		{"asset", "mint", "--file", model, "--name", "x", "--standard", "erc20"},
		{"asset", "show", "eip155:1337/erc721:0x0000000000000000000000000000000000000001/1"},
		{"asset", "show", strings.TrimSuffix(sword.Asset, sword.TokenID()) + "42"},
		{"asset", "list", "--owner", "nobody"},
		{"asset", "history", "eip155:1/erc721:0x0000000000000000000000000000000000000001/1"},
	}
	type outcome struct {
		code           int
		stdout, stderr string
	}
	runTable := func() []outcome {
		var out []outcome
		for _, args := range table {
			code, stdout, stderr := run(t, append([]string{"--home", h}, args...)...)
			out = append(out, outcome{code, stdout, stderr})
		}
		return out
	}
	shieldArgs := []string{"--home", h, "asset", "mint", "--file", shield, "--name", "Shield", "--standard", "erc1155", "--amount", "3", "--to", other, "--royalty-bps", "100"}

	stop := runNode(t, h)
	through := runTable()
	// A fresh mint through the node: the node prepares nothing (the suite
	// is there), and the asset is then a token in either mode.
	if out := mustRun(t, shieldArgs...); strings.Contains(out, "prepared") || strings.Contains(out, "already a token") {
		t.Fatalf("fresh mint through the node:\n%s", out)
	}
	shieldThrough := mustRun(t, shieldArgs...)
	if log := mustRun(t, "--home", h, "audit", "log"); !strings.Contains(log, "ri  asset.mint") || !strings.Contains(log, "ri  asset.show") {
		t.Fatalf("the commands did not go through the node:\n%s", log)
	}
	stop()

	inProcess := runTable()
	for i, args := range table {
		if through[i] != inProcess[i] {
			t.Errorf("mifm %s\nthrough the node: %d %q %q\nin process:       %d %q %q", strings.Join(args, " "),
				through[i].code, through[i].stdout, through[i].stderr, inProcess[i].code, inProcess[i].stdout, inProcess[i].stderr)
		}
	}
	// The metadata the node wrote is what the command writes in process.
	if got := mustRun(t, shieldArgs...); got != shieldThrough || strings.Contains(got, "note") {
		t.Errorf("the shield in process:\n%s\nthrough the node:\n%s", got, shieldThrough)
	}
	for i, want := range map[int]string{
		0: "already a token: nothing was sent", 4: "check ok   metadata-cid", 6: "license      CC0-1.0", 8: sword.Asset + "  1\n", 10: "  6\n", 12: "minted",
		17: "not mifm's erc721 contract", 18: "no such token", 20: "the chain endpoint serves eip155:1337",
	} {
		if !strings.Contains(inProcess[i].stdout+inProcess[i].stderr, want) {
			t.Errorf("mifm %v printed %q %q, want %q", table[i], inProcess[i].stdout, inProcess[i].stderr, want)
		}
	}
	// The refusals are refusals in both modes.
	for i, o := range inProcess {
		if refusal := i >= 14; refusal != (o.code != 0) {
			t.Errorf("mifm %v: exit %d, stderr %q", table[i], o.code, o.stderr)
		}
	}
}
