package cli_test

import (
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/store"
)

// Without a daemon, the node commands work in process on the home.
func TestManifestoChannelAuditInProcess(t *testing.T) {
	h := initHome(t)
	code, _, errs := run(t, "--home", h, "platform", "manifesto", "show")
	if code != 1 || !strings.Contains(errs, "no manifesto registered") || !strings.Contains(errs, "platform manifesto set FILE") {
		t.Fatalf("show before set: %d %s", code, errs)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"type":"MIFMManifesto","version":"1.0","platform":{"name":"P"},"chains":["eip155:1337"],"tokenStandards":["erc777"]}`), 0o600)
	code, _, errs = run(t, "--home", h, "platform", "manifesto", "set", bad)
	if code != 1 || !strings.Contains(errs, "tokenStandards") || strings.Count(errs, "\n") != 1 {
		t.Fatalf("set of a bad manifesto: %d %q", code, errs)
	}
	out := mustRun(t, "--home", h, "platform", "manifesto", "set", "../demo/manifestos/platform-a.json")
	if !strings.Contains(out, "registered manifesto revision 1 of did:pkh:eip155:1337:") {
		t.Fatalf("set: %s", out)
	}
	out = mustRun(t, "--home", h, "platform", "manifesto", "show")
	for _, want := range []string{"revision   1", "RE         http://127.0.0.1:8651", "avatars    vrm-0.x, gltf-2.0", "rate       1 GEM = 2.5 ORB"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	if out := mustRun(t, "--home", h, "platform", "manifesto", "set", "../demo/manifestos/platform-a.json"); !strings.Contains(out, "revision 2") {
		t.Fatalf("second set: %s", out)
	}
	if out := mustRun(t, "--home", h, "channel", "list"); !strings.Contains(out, "no channels") {
		t.Fatalf("list: %s", out)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"channel", "open", "ftp://peer"}, "neither a DID nor an http(s) URL"},
		{[]string{"channel", "open", "--require", "smell:roses", "http://127.0.0.1:1"}, "required feature \"smell:roses\""},
		{[]string{"channel", "open", "http://127.0.0.1:1", "--bridge", "x"}, "put flags first"},
		{[]string{"channel", "show", "ch_none"}, "no such channel"},
		{[]string{"channel", "send", "ch_none", "ping", "{"}, "is not JSON"},
		{[]string{"audit", "log", "--since", "tuesday"}, "RFC 3339"},
	} {
		code, _, errs := run(t, append([]string{"--home", h}, tc.args...)...)
		if code != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("mifm %v: %d %q, want an error with %q", tc.args, code, errs, tc.want)
		}
	}
	var entries []struct {
		Seq uint64 `json:"seq"`
		API string `json:"api"`
		Op  string `json:"op"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "audit", "log")), &entries)
	if len(entries) != 2 || entries[0].API != "cli" || entries[0].Op != "manifesto.set" {
		t.Fatalf("audit log: %+v", entries)
	}
	if out := mustRun(t, "--home", h, "audit", "verify"); !strings.Contains(out, "audit log holds: 2 entries") {
		t.Fatalf("verify: %s", out)
	}
	// Change an entry behind the node's back: verify says where, exit 1.
	db, err := store.Open(filepath.Join(h, "node-store"))
	if err != nil {
		t.Fatal(err)
	}
	k := binary.BigEndian.AppendUint64([]byte("audit/"), 1)
	v, _ := db.Get(k)
	db.Put(k, []byte(strings.Replace(string(v), `"actor":"platform"`, `"actor":"mallory"`, 1)))
	db.Close()
	code, out, _ = run(t, "--home", h, "audit", "verify")
	if code != 1 || !strings.Contains(out, "FAIL audit log broken at entry 1: entry 1 was changed") {
		t.Fatalf("verify after tampering: %d %s", code, out)
	}
	var st struct {
		Running   bool   `json:"running"`
		Manifesto uint64 `json:"manifestoRevision"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "node", "status")), &st)
	if st.Running || st.Manifesto != 2 {
		t.Fatalf("status: %+v", st)
	}
}

// While `node run` holds a home, content commands go through its RI API and
// print what they print in process.
func TestContentCommandsThroughTheDaemon(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a node with an embedded chain")
	}
	h := initHome(t)
	file := filepath.Join(t.TempDir(), "hello.txt")
	os.WriteFile(file, []byte("hello from the client\n"), 0o600)
	stop := runNode(t, h)
	add := mustRun(t, "--home", h, "--json", "content", "add", file)
	var added struct {
		CID string `json:"cid"`
	}
	json.Unmarshal([]byte(add), &added)
	if added.CID == "" {
		t.Fatalf("add through the daemon: %s", add)
	}
	// The RI server logged the request: the add went through the node.
	if log := mustRun(t, "--home", h, "audit", "log"); !strings.Contains(log, " ri  content.add ") {
		t.Fatalf("the add did not go through the daemon:\n%s", log)
	}
	cmds := [][]string{{"content", "cat", added.CID}, {"content", "stat", added.CID}, {"content", "pin", "ls"}}
	var through []string
	for _, c := range cmds {
		through = append(through, mustRun(t, append([]string{"--home", h}, c...)...))
	}
	if through[0] != "hello from the client\n" {
		t.Fatalf("cat through the daemon: %q", through[0])
	}
	out := filepath.Join(t.TempDir(), "copy.txt")
	mustRun(t, "--home", h, "content", "cat", "-o", out, added.CID)
	if b, _ := os.ReadFile(out); string(b) != "hello from the client\n" {
		t.Fatalf("cat -o through the daemon wrote %q", b)
	}
	code, _, errs := run(t, "--home", h, "content", "cat", "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	if code != 1 || !strings.Contains(errs, "mifm: ") || strings.Count(errs, "\n") != 1 {
		t.Fatalf("a failing command through the daemon: %d %q", code, errs)
	}
	code, _, errs = run(t, "--home", h, "content", "serve")
	if code != 1 || !strings.Contains(errs, "already serves this store") {
		t.Fatalf("serve while the node runs: %d %q", code, errs)
	}
	stop()
	for i, c := range cmds {
		if got := mustRun(t, append([]string{"--home", h}, c...)...); got != through[i] {
			t.Errorf("mifm %v: through the daemon %q, in process %q", c, through[i], got)
		}
	}
}
