package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/testnet/kubo"
)

// `mifm --json demo --keep DIR` prints every step as JSON and leaves homes
// for platforms A and B and the bridge that all read the chain the demo ran
// on: chain info, asset list and asset history answer alike in each (issue
// 16: B's and the bridge's homes used to open empty chains of their own and
// said "NO CODE").
func TestDemoKeepLeavesHomesOnOneChain(t *testing.T) {
	keep := t.TempDir()
	out := mustRun(t, "--json", "demo", "--keep", keep)
	steps := map[string]map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var s struct {
			Step string            `json:"step"`
			OK   bool              `json:"ok"`
			IDs  map[string]string `json:"ids"`
			Tx   string            `json:"tx"`
			Ms   float64           `json:"ms"`
		}
		if err := json.Unmarshal([]byte(line), &s); err != nil {
			t.Fatalf("demo line is not JSON: %q", line)
		}
		if !s.OK {
			t.Fatalf("demo step %s failed: %s", s.Step, line)
		}
		if steps[s.Step] == nil {
			steps[s.Step] = map[string]string{}
		}
		for k, v := range s.IDs {
			steps[s.Step][k] = v
		}
		if s.Tx != "" {
			steps[s.Step]["tx"] = s.Tx
		}
	}
	for _, want := range []string{"init", "chain", "deploy", "register-platform", "asset-mint", "content-fetch", "asset-show", "vc-issue", "vc-verify", "manifesto", "channel-direct", "channel-bridged", "channel-message", "transfer-sword", "asset-history", "state-anchor", "state-conflict", "anchor-batch", "anchor-verify", "audit-anchored", "platform-events", "audit-verify", "done"} {
		if steps[want] == nil {
			t.Fatalf("demo printed no %q step:\n%s", want, out)
		}
	}
	sword, holder := steps["asset-mint"]["asset"], steps["transfer-sword"]["owner"]
	if sword == "" || holder == "" {
		t.Fatalf("the demo named no sword (%q) or holder on B (%q)", sword, holder)
	}

	type view struct{ info, list, history string }
	views := map[string]view{}
	for _, name := range []string{"platform-a", "platform-b", "bridge"} {
		h := filepath.Join(keep, name)
		if _, err := os.Stat(h); err != nil {
			t.Fatalf("demo --keep left no %s home: %v", name, err)
		}
		var info chainInfo
		if err := json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "chain", "info")), &info); err != nil {
			t.Fatalf("%s: chain info: %v", name, err)
		}
		if len(info.Contracts) == 0 {
			t.Fatalf("%s: chain info lists no contracts", name)
		}
		for _, c := range info.Contracts {
			if !c.CodePresent {
				t.Errorf("%s: %s at %s has no code on the chain the home opens", name, c.Name, c.Address)
			}
		}
		contracts, _ := json.Marshal(info.Contracts) // the accounts are each home's own
		list := mustRun(t, "--home", h, "--json", "asset", "list", "--owner", holder)
		if !strings.Contains(list, sword) {
			t.Errorf("%s: asset list --owner %s does not name the sword %s:\n%s", name, holder, sword, list)
		}
		history := mustRun(t, "--home", h, "--json", "asset", "history", sword)
		var hist struct {
			Verified bool              `json:"metadataVerified"`
			Events   []json.RawMessage `json:"events"`
		}
		if err := json.Unmarshal([]byte(history), &hist); err != nil {
			t.Fatalf("%s: asset history: %v", name, err)
		}
		if !hist.Verified || len(hist.Events) != 3 { // minted, locked, released
			t.Errorf("%s: asset history: verified %v, %d events, want verified and 3:\n%s", name, hist.Verified, len(hist.Events), history)
		}
		views[name] = view{info: info.Chain + " " + string(contracts), list: compact(t, list), history: compact(t, history)}
	}
	swapSentAgainAfterACrash(t, filepath.Join(keep, "platform-a"), steps["exchange"])

	a := views["platform-a"]
	for _, name := range []string{"platform-b", "bridge"} {
		v := views[name]
		if v.info != a.info {
			t.Errorf("%s's chain info differs from A's:\n%s\n%s", name, v.info, a.info)
		}
		if v.list != a.list {
			t.Errorf("%s's asset list differs from A's:\n%s\n%s", name, v.list, a.list)
		}
		if v.history != a.history {
			t.Errorf("%s's asset history differs from A's:\n%s\n%s", name, v.history, a.history)
		}
	}
}

// swapSentAgainAfterACrash: A's node stopped after its swap's fill was
// mined and before it recorded the outcome (the key's entry keeps the
// order, not the answer). The same command under the same key, run with
// B gone, finds the fill on chain and answers with it: nothing is paid
// twice.
func swapSentAgainAfterACrash(t *testing.T, homeA string, ex map[string]string) {
	t.Helper()
	if ex["key"] == "" || ex["tx"] == "" {
		t.Fatalf("the demo's exchange step names no key or fill: %v", ex)
	}
	db, err := store.Open(filepath.Join(homeA, home.NodeStoreDir))
	if err != nil {
		t.Fatal(err)
	}
	k := []byte(store.IdempotencyPrefix + "exchange.swap\x00" + ex["key"])
	v, err := db.Get(k)
	if err != nil {
		db.Close()
		t.Fatalf("A's store keeps no entry for the swap's key: %v", err)
	}
	var e idempotency.Entry
	if err := json.Unmarshal(v, &e); err != nil || e.Started == nil || e.Result == nil {
		db.Close()
		t.Fatalf("the swap's entry: %v %+v", err, e)
	}
	e.Result = nil
	v, _ = json.Marshal(e)
	err = db.Put(k, v)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "--home", homeA, "--json", "exchange", "swap", "--from", "GEM", "--to", "ORB", "--amount", ex["pays"], "--wallet", ex["taker"], "--idempotency-key", ex["key"])
	var sw struct {
		Tx       string `json:"tx"`
		Replayed bool   `json:"replayed"`
	}
	if err := json.Unmarshal([]byte(out), &sw); err != nil || sw.Tx != ex["tx"] || !sw.Replayed {
		t.Fatalf("the swap sent again after the crash: %v\n%s\nwant the demo's fill %s, replayed", err, out, ex["tx"])
	}
	// Another swap under the key is refused, and says so.
	if code, _, stderr := run(t, "--home", homeA, "exchange", "swap", "--from", "GEM", "--to", "ORB", "--amount", "1", "--wallet", ex["taker"], "--idempotency-key", ex["key"]); code == 0 || !strings.Contains(stderr, "already used for a different request") {
		t.Fatalf("another swap under the demo's key: exit %d, %s", code, stderr)
	}
}

func compact(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(s)); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	return b.String()
}

// `mifm demo --content kubo:URL` runs every step with the homes' content in
// one external Kubo: nothing in the homes' own stores, the sword's metadata
// pinned in Kubo under the node's pin name, and a kept home reads it back
// from Kubo through its config.
func TestDemoOnKubo(t *testing.T) {
	d := kubo.StartDaemon(t)
	keep := t.TempDir()
	out := mustRun(t, "--json", "demo", "--content", "kubo:"+d.API, "--keep", keep)
	var metadata string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var s struct {
			Step string            `json:"step"`
			OK   bool              `json:"ok"`
			IDs  map[string]string `json:"ids"`
		}
		if err := json.Unmarshal([]byte(line), &s); err != nil || !s.OK {
			t.Fatalf("demo step failed or not JSON: %s", line)
		}
		if s.Step == "init" && s.IDs["content"] != "kubo:"+d.API {
			t.Fatalf("init reports content %q", s.IDs["content"])
		}
		if s.Step == "asset-mint" {
			metadata = s.IDs["metadata"]
		}
	}
	if !strings.Contains(out, `"step":"done"`) || metadata == "" {
		t.Fatalf("the demo did not finish or named no metadata CID:\n%s", out)
	}
	for _, name := range []string{"platform-a", "platform-b", "bridge"} {
		if _, err := os.Stat(filepath.Join(keep, name, "content")); !os.IsNotExist(err) {
			t.Fatalf("%s has an embedded content store (%v): its content belongs in Kubo", name, err)
		}
	}
	pins := string(d.Run(t, "pin", "ls", "--type=recursive", "--names"))
	if !strings.Contains(pins, metadata+" recursive mifm") {
		t.Fatalf("Kubo's pins do not hold the sword's metadata %s as the node's:\n%s", metadata, pins)
	}
	got := mustRun(t, "--home", filepath.Join(keep, "platform-a"), "content", "cat", metadata)
	if !strings.Contains(got, `"name"`) {
		t.Fatalf("content cat of the metadata through the kept home: %q", got)
	}
}
