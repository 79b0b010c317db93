package cli_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/store"
)

// What two homes print differently though they did the same: times,
// hashes (of signed documents, audit entries) and loopback ports.
var (
	stamps = regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)`)
	hashes = regexp.MustCompile(`\b(0x)?[0-9a-f]{64}\b`)
	// The RE URL a running node publishes is on the port it was given.
	loopbacks = regexp.MustCompile(`http://127\.0\.0\.1:\d+`)
)

// runNode runs `mifm node run` for home h in this process (daemon.Run on
// loopback ports), so commands on h go through its RI API; stop ends it,
// and so does the test's end.
func runNode(t *testing.T, h string) (stop func()) {
	t.Helper()
	hh, err := home.Open(h)
	if err != nil {
		t.Fatal(err)
	}
	hh.Config.Node.RIListen, hh.Config.Node.REListen = "127.0.0.1:0", "127.0.0.1:0"
	pass, err := hh.Passphrase(home.PassphraseSources{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready, done := make(chan struct{}), make(chan error, 1)
	go func() {
		done <- daemon.Run(ctx, daemon.Options{Home: hh, Passphrase: pass, Ready: func(daemon.Info) { close(ready) }})
	}()
	select {
	case <-ready:
	case err := <-done:
		cancel()
		t.Fatal(err)
	}
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	t.Cleanup(stop)
	return stop
}

// The node, platform, channel, audit and transfer commands print the same
// in process and through a running node (one table, both modes), refusals
// and the CLI's advice included: a known error crosses RI as its problem
// code and comes back as the same sentinel.
func TestPlatformCommandsBothModes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a node with an embedded chain")
	}
	manifesto := filepath.Join("..", "demo", "manifestos", "platform-a.json")
	const stranger = "did:web:stranger.example"
	table := [][]string{
		{"platform", "manifesto", "show"},
		{"channel", "open", "http://127.0.0.1:9"},
		{"platform", "manifesto", "set", manifesto},
		{"platform", "manifesto", "show"},
		{"channel", "list"},
		{"--json", "channel", "list"},
		{"channel", "show", "ch_nope"},
		{"channel", "send", "ch_nope", "hello"},
		{"transfer", "list"},
		{"--json", "transfer", "list"},
		{"transfer", "show", "0x" + strings.Repeat("ab", 32)},
		{"transfer", "show", "42"},
		{"asset", "transfer", "--to-platform", stranger, "--to", "0x0000000000000000000000000000000000000001", "eip155:1337/erc721:0x0000000000000000000000000000000000000001/1"},
		{"exchange", "quote", "--from", "GEM", "--to", "ORB", "--amount", "1"},
		{"platform", "partner", "add", "did:web:b.example"},
		{"--json", "platform", "partner", "list"},
		{"platform", "partner", "remove", "did:web:b.example"},
		{"platform", "partner", "list"},
		{"platform", "partner", "add", "did:Web:x"},
		{"move", "list"},
		{"--json", "move", "list"},
		{"move", "show", "0x" + strings.Repeat("cd", 32)},
		{"move", "advance", "nope"},
		{"move", "prepare", "--from", "0x0000000000000000000000000000000000000002", "--to-platform", stranger, "--to-chain", "eip155:31337", "--to", "0x0000000000000000000000000000000000000001", "eip155:1337/erc721:0x0000000000000000000000000000000000000001/1"},
		{"asset", "transfer", "--user-wallet", "--from", "0x0000000000000000000000000000000000000002", "--to-platform", stranger, "--to", "0x0000000000000000000000000000000000000001", "eip155:1337/erc721:0x0000000000000000000000000000000000000001/1"},
		{"transfer", "sign", "--consent", "0x00", "0x" + strings.Repeat("ab", 32)},
		{"transfer", "sign", "--consent", "zz", "0x" + strings.Repeat("ab", 32)},
		{"transfer", "device", "0x0000000000000000000000000000000000000002", "0x0000000000000000000000000000000000000003"},
		{"platform", "attesters", "--threshold", "3", "did:web:a.example", "did:web:b.example", "0x0000000000000000000000000000000000000002"},
		{"transfer", "sign", "0x" + strings.Repeat("ab", 32), "--consent", "0x00"},
	}
	// The audit commands are not in the table: through the node the RI
	// server logs every request, in process only what changes the home.
	runAll := func(h string) []string {
		var out []string
		for _, args := range table {
			code, stdout, stderr := run(t, append([]string{"--home", h}, args...)...)
			out = append(out, fmt.Sprintf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr))
		}
		return out
	}
	// Two fresh homes, each with its own keys: what differs between them
	// is masked, the DID and address of each platform and the times.
	mask := func(h string, outs []string) []string {
		did := strings.TrimSpace(mustRun(t, "--home", h, "--json", "node", "status"))
		did = did[strings.Index(did, `"did":"`)+7:]
		did = did[:strings.Index(did, `"`)]
		addr := did[strings.LastIndex(did, ":")+1:]
		var masked []string
		for _, o := range outs {
			o = strings.ReplaceAll(o, did, "DID")
			o = strings.ReplaceAll(o, addr, "ADDR")
			masked = append(masked, loopbacks.ReplaceAllString(stamps.ReplaceAllString(hashes.ReplaceAllString(o, "HASH"), "TIME"), "URL"))
		}
		return masked
	}
	a := initHome(t)
	inProcess := mask(a, runAll(a))
	b := initHome(t)
	runNode(t, b)
	through := mask(b, runAll(b))
	for i, args := range table {
		if inProcess[i] != through[i] {
			t.Errorf("mifm %s\nin process:\n%s\nthrough the node:\n%s", strings.Join(args, " "), inProcess[i], through[i])
		}
	}
	for i, want := range map[int]string{
		0:  "no manifesto registered: write one",
		1:  "no manifesto registered: write one",
		2:  "registered manifesto revision 1",
		4:  "no channels",
		6:  "no such channel",
		8:  "no transfers",
		11: "is not a transfer id",
		12: "the contract suite is not on this node's chain",
		13: "the contract suite is not on this node's chain",
		14: "did:web:b.example",
		15: `["did:web:b.example"]`,
		17: "no partners",
		18: "method name \"Web\" must be lower-case",
		19: "no moves",
		21: "no such move",
		22: "is not a move id",
		23: "the contract suite is not on this node's chain",
		24: "the contract suite is not on this node's chain",
		25: "the contract suite is not on this node's chain",
		26: "--consent \"zz\" is not 0x hex",
		27: "the contract suite is not on this node's chain",
		28: "threshold 3 of 1 attesters",
		29: "put flags first",
	} {
		if !strings.Contains(inProcess[i], want) {
			t.Errorf("mifm %v:\n%s\nwant %q", table[i], inProcess[i], want)
		}
	}
	if log := mustRun(t, "--home", b, "audit", "log"); !strings.Contains(log, " ri  manifesto.set ") || !strings.Contains(log, " ri  transfer.list ") {
		t.Errorf("the commands did not go through the node:\n%s", log)
	}
}

// A command run while a node is starting (it holds the home's store but
// does not answer yet) waits for it and goes through it, instead of failing
// on the store's lock.
func TestCommandWaitsForAStartingNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a node with an embedded chain")
	}
	h := initHome(t)
	held, err := store.Open(filepath.Join(h, home.NodeStoreDir))
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, stdout, stderr := run(t, "--home", h, "--json", "node", "status")
		done <- result{code, stdout, stderr}
	}()
	time.Sleep(500 * time.Millisecond)
	held.Close()
	runNode(t, h)
	r := <-done
	if r.code != 0 || !strings.Contains(r.stdout, `"running":true`) {
		t.Fatalf("status while the node started: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
}

// A did:ethr changes on the node's chain through a running node as in
// process: refusals print the same, and the node's resolver answers with
// the document after the change, not a cached one from before.
func TestDIDUpdateBothModes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a node with an embedded chain")
	}
	h := initHome(t)
	var made struct {
		DID string `json:"did"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create", "--method", "ethr")), &made); err != nil {
		t.Fatal(err)
	}
	refusals := [][]string{
		{"did", "update", made.DID},
		{"did", "update", "--add-delegate", "0x12", made.DID},
		{"did", "update", "--add-service", "nourl", made.DID},
		{"did", "update", "--add-key", "p256", made.DID},
		{"did", "update", "--deactivate", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"},
		{"did", "update", "--deactivate", "did:ethr:0x539:0xb9c5714089478a327f09197987f16f9e5d936e8a"},
	}
	runAll := func() []string {
		var out []string
		for _, args := range refusals {
			code, stdout, stderr := run(t, append([]string{"--home", h}, args...)...)
			out = append(out, fmt.Sprintf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr))
		}
		return out
	}
	inProcess := runAll()
	runNode(t, h)
	// The node resolves the DID once (cached), then changes it.
	mustRun(t, "--home", h, "did", "resolve", made.DID)
	out := mustRun(t, "--home", h, "did", "update", "--add-service", "MifmNode=https://node-a.example/re", made.DID)
	if !strings.Contains(out, "update    setAttribute in block") {
		t.Fatalf("update through the node:\n%s", out)
	}
	if res := mustRun(t, "--home", h, "--json", "did", "resolve", made.DID); !strings.Contains(res, "https://node-a.example/re") {
		t.Fatalf("the node resolved the document from before the change:\n%s", res)
	}
	through := runAll()
	for i, args := range refusals {
		if inProcess[i] != through[i] {
			t.Errorf("mifm %s\nin process:\n%s\nthrough the node:\n%s", strings.Join(args, " "), inProcess[i], through[i])
		}
		if !strings.HasPrefix(inProcess[i], "exit 1") {
			t.Errorf("mifm %s was not refused:\n%s", strings.Join(args, " "), inProcess[i])
		}
	}
	if log := mustRun(t, "--home", h, "audit", "log"); !strings.Contains(log, " ri  did.update ") {
		t.Errorf("the update did not go through the node:\n%s", log)
	}
}
