package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/cli"
	"github.com/mifm/mifm/testnet/kubo"
)

func TestContentAcrossTwoNodes(t *testing.T) {
	a, b := initHome(t), initHome(t)
	data := bytes.Repeat([]byte("mifm content "), 200_000) // 2.6 MB
	in := filepath.Join(t.TempDir(), "asset.bin")
	os.WriteFile(in, data, 0o644)

	var added struct {
		CID   string `json:"cid"`
		Bytes int64  `json:"bytes"`
	}
	out := mustRun(t, "--home", a, "--json", "content", "add", "--cid-version", "1", "--raw-leaves", "--chunker", "size-1048576", in)
	if err := json.Unmarshal([]byte(out), &added); err != nil || !strings.HasPrefix(added.CID, "bafybei") || added.Bytes != int64(len(data)) {
		t.Fatalf("add --json = %q (%v)", out, err)
	}
	if q := strings.TrimSpace(mustRun(t, "--home", a, "content", "add", "-Q", "--cid-version", "1", "--chunker", "size-1048576", in)); q != added.CID {
		t.Fatalf("-Q printed %q, want %s (raw leaves are the CIDv1 default)", q, added.CID)
	}

	// Node A serves its gateway; node B fetches through it and verifies.
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := l.Addr().String()
	l.Close()
	ctx, stop := context.WithCancel(context.Background())
	t.Cleanup(stop)
	served := make(chan int, 1)
	go func() {
		served <- cli.Main(ctx, []string{"mifm", "--home", a, "content", "serve", "--addr", addr}, cli.Env{
			Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" },
		})
	}()
	stopServing := func() {
		stop()
		if code := <-served; code != 0 {
			t.Errorf("serve exited %d", code)
		}
	}
	gw := "http://" + addr
	for i := 0; ; i++ {
		if resp, err := http.Get(gw + "/ipfs/" + added.CID + "?format=raw"); err == nil {
			resp.Body.Close()
			break
		}
		if i > 100 {
			t.Fatal("gateway did not come up")
		}
		time.Sleep(20 * time.Millisecond)
	}
	fetched := mustRun(t, "--home", b, "content", "fetch", "--from", gw, added.CID)
	if !strings.Contains(fetched, "verified and pinned") {
		t.Fatalf("fetch printed %q", fetched)
	}
	got := filepath.Join(t.TempDir(), "out.bin")
	mustRun(t, "--home", b, "content", "cat", "-o", got, added.CID)
	if g, _ := os.ReadFile(got); !bytes.Equal(g, data) {
		t.Fatal("node B's copy differs")
	}
	if pins := mustRun(t, "--home", b, "content", "pin", "ls"); !strings.Contains(pins, added.CID) {
		t.Fatalf("pin ls on B = %q", pins)
	}

	// While A serves, its store is the server's: other commands on A say so.
	if code, _, errs := run(t, "--home", a, "content", "pin", "ls"); code == 0 || !strings.Contains(errs, "in use by another mifm process") {
		t.Fatalf("pin ls on a serving home: exit %d, %q", code, errs)
	}
	stopServing()

	// CAR export from A, import into a third node.
	c := initHome(t)
	car := filepath.Join(t.TempDir(), "x.car")
	mustRun(t, "--home", a, "content", "export", "-o", car, added.CID)
	if imp := mustRun(t, "--home", c, "content", "import", car); !strings.Contains(imp, added.CID+" pinned") {
		t.Fatalf("import printed %q", imp)
	}
	var st struct {
		FileSize int64 `json:"fileSize"`
		Blocks   int   `json:"blocks"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", c, "--json", "content", "stat", added.CID)), &st)
	if st.FileSize != int64(len(data)) || st.Blocks != 4 {
		t.Fatalf("stat = %+v, want %d bytes in 4 blocks", st, len(data))
	}
	// Unpinned and collected.
	mustRun(t, "--home", c, "content", "pin", "rm", added.CID)
	if gc := mustRun(t, "--home", c, "content", "gc"); !strings.Contains(gc, "removed 4 blocks") {
		t.Fatalf("gc printed %q", gc)
	}
}

func TestContentBadInput(t *testing.T) {
	h := initHome(t)
	bad := filepath.Join(t.TempDir(), "bad.car")
	os.WriteFile(bad, []byte("definitely not a CAR"), 0o644)
	const absent = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"content", "cat", "QmNotACid"}, `"QmNotACid" is not a CID`},
		{[]string{"content", "cat", absent}, "content not in the store"},
		{[]string{"content", "cat", absent, "-o", "x"}, "put flags first"},
		{[]string{"content", "import", bad}, "corrupt or invalid CAR"},
		{[]string{"content", "add", "--cid-version", "2", bad}, "want 0 or 1"},
		{[]string{"content", "add", "--chunker", "size-x", bad}, "chunker"},
		{[]string{"content", "add", filepath.Join(h, "missing")}, "no such file"},
		{[]string{"content", "fetch", "--from", "ftp://x", absent}, "want http(s)"},
		{[]string{"content", "pin", "add", absent}, "content not in the store"},
	}
	for _, tc := range tests {
		code, _, errs := run(t, append([]string{"--home", h}, tc.args...)...)
		if code == 0 || !strings.HasPrefix(errs, "mifm: ") || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("mifm %v: exit %d, stderr %q; want one line saying %q", tc.args, code, errs, tc.want)
		}
	}
}

func TestContentPinRemote(t *testing.T) {
	d := kubo.StartDaemon(t)
	h := initHome(t)
	in := filepath.Join(t.TempDir(), "f")
	os.WriteFile(in, bytes.Repeat([]byte("remote "), 100_000), 0o644)
	id := strings.TrimSpace(mustRun(t, "--home", h, "content", "add", "-Q", in))

	if code, _, errs := run(t, "--home", h, "content", "pin", "remote", id); code == 0 || !strings.Contains(errs, "[[content.remote]]") {
		t.Fatalf("pin remote without a remote: exit %d, %q", code, errs)
	}
	cfg := filepath.Join(h, "config.toml")
	f, _ := os.OpenFile(cfg, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Fprintf(f, "\n[[content.remote]]\nname = \"lab\"\nkind = \"kubo\"\nurl = %q\n\n[[content.remote]]\nname = \"svc\"\nkind = \"psa\"\nurl = \"https://pins.example\"\ntoken_env = \"MIFM_TEST_PSA_TOKEN\"\n", d.API)
	f.Close()

	out := mustRun(t, "--home", h, "content", "pin", "remote", "--service", "lab", id)
	if !strings.Contains(out, "lab          pushing") || !strings.Contains(out, "lab          pinned") {
		t.Fatalf("pin remote printed:\n%s", out)
	}
	if got := d.Run(t, "pin", "ls", "--type=recursive", id); !strings.Contains(string(got), id) {
		t.Fatalf("Kubo does not list the pin: %s", got)
	}
	if code, _, errs := run(t, "--home", h, "content", "pin", "remote", "--service", "svc", id); code == 0 || !strings.Contains(errs, "set MIFM_TEST_PSA_TOKEN") {
		t.Fatalf("psa remote without its token: exit %d, %q", code, errs)
	}
}

// TestContentCommandsBothModes runs one table of content commands on a home
// in process and on another through its running node: every command prints
// the same, fails the same, and exits the same.
func TestContentCommandsBothModes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a node with an embedded chain")
	}
	in := t.TempDir()
	file := filepath.Join(in, "notes.txt")
	os.WriteFile(file, []byte("0123456789 the quick brown fox\n"), 0o644)
	dir := filepath.Join(in, "site")
	os.MkdirAll(filepath.Join(dir, "img"), 0o755)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<h1>hi</h1>\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "img", "big.bin"), bytes.Repeat([]byte("pixels "), 100_000), 0o644)
	os.WriteFile(filepath.Join(dir, ".env"), []byte("SECRET=1\n"), 0o644)
	os.Symlink("index.html", filepath.Join(dir, "home.html"))
	bad := filepath.Join(in, "bad.car")
	os.WriteFile(bad, []byte("definitely not a CAR"), 0o644)
	out := t.TempDir()
	car, copyOut := filepath.Join(out, "site.car"), filepath.Join(out, "copy.txt")
	const absent = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"

	// {F}, {D} and {D1} are the CIDs the capturing rows print.
	table := []struct {
		args    []string
		capture string
		file    string // a file the command writes, read back as its output
	}{
		{args: []string{"content", "add", "-Q", file}, capture: "F"},
		{args: []string{"--json", "content", "add", file}},
		{args: []string{"content", "add", dir}},
		{args: []string{"content", "add", "-Q", dir}, capture: "D"},
		{args: []string{"--json", "content", "add", "--cid-version", "1", "--hidden", dir}},
		{args: []string{"content", "add", "-Q", "--cid-version", "1", "--raw-leaves=false", "--chunker", "size-65536", "--pin=false", dir}, capture: "D1"},
		{args: []string{"content", "add", "--only-hash", filepath.Join(dir, "img", "big.bin")}},
		{args: []string{"content", "cat", "{F}"}},
		{args: []string{"content", "cat", "--offset", "3", "--length", "5", "{F}"}},
		{args: []string{"content", "cat", "--offset", "11", "{F}"}},
		{args: []string{"content", "cat", "--length", "0", "{F}"}},
		{args: []string{"content", "cat", "-o", copyOut, "--offset", "2", "{F}"}, file: copyOut},
		{args: []string{"content", "ls", "{D}"}},
		{args: []string{"--json", "content", "ls", "{D}"}},
		{args: []string{"content", "stat", "{F}"}},
		{args: []string{"--json", "content", "stat", "{D}"}},
		{args: []string{"content", "pin", "ls"}},
		{args: []string{"content", "pin", "add", "{D1}"}},
		{args: []string{"--json", "content", "pin", "rm", "{D1}"}},
		{args: []string{"content", "pin", "rm", "{D}"}},
		{args: []string{"--json", "content", "pin", "ls"}},
		{args: []string{"content", "export", "-o", car, "{D}"}, file: car},
		{args: []string{"content", "gc"}},
		{args: []string{"content", "stat", "{D}"}},
		{args: []string{"content", "import", car}},
		{args: []string{"--json", "content", "import", car}},
		{args: []string{"--json", "content", "gc"}},
		{args: []string{"content", "cat", "{D}/img"}}, // not a CID
		// Failures print the same line.
		{args: []string{"content", "cat", absent}},
		{args: []string{"content", "cat", "--offset", "1000", "{F}"}},
		{args: []string{"content", "cat", "--offset", "-1", "{F}"}},
		{args: []string{"content", "cat", "{D}"}},
		{args: []string{"content", "ls", "{F}"}},
		{args: []string{"content", "export", "-o", filepath.Join(out, "none.car"), absent}, file: filepath.Join(out, "none.car")},
		{args: []string{"content", "pin", "add", absent}},
		{args: []string{"content", "import", bad}},
		{args: []string{"content", "add", "--cid-version", "2", file}},
		{args: []string{"content", "add", "--chunker", "size-x", file}},
		{args: []string{"content", "add", filepath.Join(in, "missing")}},
		{args: []string{"content", "fetch", "--from", "ftp://x", absent}},
	}
	ms := regexp.MustCompile(`"ms":[0-9.e+-]+`)
	runTable := func(h string) []string {
		for _, row := range table {
			if row.file != "" {
				os.Remove(row.file)
			}
		}
		var outs []string
		got := map[string]string{}
		for _, row := range table {
			args := []string{"--home", h}
			for _, a := range row.args {
				for k, v := range got {
					a = strings.ReplaceAll(a, "{"+k+"}", v)
				}
				args = append(args, a)
			}
			code, stdout, stderr := run(t, args...)
			if row.capture != "" {
				if code != 0 {
					t.Fatalf("mifm %v: exit %d: %s", args, code, stderr)
				}
				got[row.capture] = strings.TrimSpace(stdout)
			}
			if row.file != "" {
				b, err := os.ReadFile(row.file)
				if len(b) > 200 {
					b = append(b[:200:200], "…"...)
				}
				stdout += fmt.Sprintf("[%s: %q %v]", filepath.Base(row.file), b, err)
			}
			outs = append(outs, fmt.Sprintf("exit %d\nstdout %s\nstderr %s", code, ms.ReplaceAllString(stdout, `"ms":0`), stderr))
		}
		return outs
	}
	inProcess := runTable(initHome(t))
	h := initHome(t)
	runNode(t, h)
	through := runTable(h)
	for i, row := range table {
		if inProcess[i] != through[i] {
			t.Errorf("mifm %s:\nin process:\n%s\nthrough the node:\n%s", strings.Join(row.args, " "), inProcess[i], through[i])
		}
	}
	// The table did what it says, not only the same twice.
	for _, want := range []string{"stdout 34567\n", "stdout removed ", "pinned\n", "[copy.txt: \"23456789 the quick brown fox\\n\" <nil>]", "[none.car: \"\" open "} {
		if !strings.Contains(strings.Join(inProcess, "\n"), want) {
			t.Errorf("no output says %q:\n%s", want, strings.Join(inProcess, "\n---\n"))
		}
	}
	if log := mustRun(t, "--home", h, "audit", "log"); !strings.Contains(log, " ri  content.import ") {
		t.Errorf("the import did not go through the node:\n%s", log)
	}
}

// `mifm content migrate` moves a stopped node's embedded store into Kubo
// and switches the home to it; bad input is refused with what to give.
func TestContentMigrateToKubo(t *testing.T) {
	h := initHome(t)
	file := filepath.Join(t.TempDir(), "model.glb")
	if err := os.WriteFile(file, bytes.Repeat([]byte("glTF mesh "), 100_000), 0o644); err != nil {
		t.Fatal(err)
	}
	root := strings.TrimSpace(mustRun(t, "--home", h, "content", "add", "-Q", file))
	d := kubo.StartDaemon(t)
	to := "kubo:" + d.API
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"content", "migrate"}, "needs --to kubo:http://HOST:PORT"},
		{[]string{"content", "migrate", "--to", "embedded"}, "moves content into a Kubo"},
		{[]string{"content", "migrate", "--to", d.API}, `use "embedded" or "kubo:http://HOST:PORT"`},
		{[]string{"content", "migrate", "--to", to, "extra"}, "takes no arguments"},
		{[]string{"--content", "embedded", "content", "migrate", "--to", to}, "leave out --content"},
		{[]string{"content", "migrate", "--to", "kubo:http://127.0.0.1:1"}, "is Kubo running at http://127.0.0.1:1"},
	} {
		code, _, errs := run(t, append([]string{"--home", h}, tc.args...)...)
		if code == 0 || !strings.Contains(errs, tc.want) {
			t.Errorf("mifm %v: exit %d, %q; want a refusal saying %q", tc.args, code, errs, tc.want)
		}
	}
	if out := mustRun(t, "--home", h, "content", "pin", "ls"); !strings.Contains(out, root) {
		t.Fatalf("a refused migrate changed the home: pins %q", out)
	}

	var res struct {
		Roots, Copied int
		Backend       string
		Switched      bool
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "content", "migrate", "--to", to)), &res); err != nil {
		t.Fatal(err)
	}
	if res.Roots != 1 || res.Copied != 1 || !res.Switched || res.Backend != to {
		t.Fatalf("migrate = %+v", res)
	}
	cfg, _ := os.ReadFile(filepath.Join(h, "config.toml"))
	if !strings.Contains(string(cfg), `backend = "`+to+`"`) {
		t.Fatalf("config.toml does not name the Kubo:\n%s", cfg)
	}
	// The home now reads from Kubo: the pin is Kubo's, the bytes are the file's.
	if pins := string(d.Run(t, "pin", "ls", "--type=recursive", "--names")); !strings.Contains(pins, root+" recursive mifm") {
		t.Fatalf("Kubo's pins: %s", pins)
	}
	got := mustRun(t, "--home", h, "content", "cat", root)
	if want, _ := os.ReadFile(file); got != string(want) {
		t.Fatal("content cat through Kubo returned other bytes")
	}
	status := mustRun(t, "--home", h, "node", "status")
	if !regexp.MustCompile(`content +kubo:http://127\.0\.0\.1:\d+: ok \(Kubo 0\.39\.0\)`).MatchString(status) {
		t.Fatalf("node status has no healthy content line:\n%s", status)
	}
	if code, _, errs := run(t, "--home", h, "content", "migrate", "--to", to); code == 0 || !strings.Contains(errs, "already") {
		t.Fatalf("migrate of a home on Kubo: exit %d, %q", code, errs)
	}
	d.Kill(t)
	status = mustRun(t, "--home", h, "node", "status")
	if !strings.Contains(status, "UNREACHABLE") {
		t.Fatalf("node status with Kubo down:\n%s", status)
	}
}

// A Kubo that asks for a credential: --content reaches it with the one in
// MIFM_KUBO_AUTH, and without it the refusal says which variable to set.
func TestContentFlagOnKuboWithCredential(t *testing.T) {
	h := initHome(t)
	d := kubo.StartDaemon(t, kubo.Setting{Key: "API.Authorizations", JSON: `{"mifm":{"AuthSecret":"bearer:s3cret","AllowedPaths":["/api/v0"]}}`})
	content := "kubo:" + d.API
	code, _, errs := run(t, "--home", h, "--content", content, "content", "pin", "ls")
	if code == 0 || !strings.Contains(errs, "set MIFM_KUBO_AUTH to its credential") {
		t.Fatalf("no credential: exit %d, %q", code, errs)
	}
	t.Setenv("MIFM_KUBO_AUTH", "bearer:s3cret")
	file := filepath.Join(t.TempDir(), "f.txt")
	os.WriteFile(file, []byte("on a guarded Kubo\n"), 0o644)
	root := strings.TrimSpace(mustRun(t, "--home", h, "--content", content, "content", "add", "-Q", file))
	if got := mustRun(t, "--home", h, "--content", content, "content", "cat", root); got != "on a guarded Kubo\n" {
		t.Fatalf("cat = %q", got)
	}
	t.Setenv("MIFM_KUBO_AUTH", "bearer:wrong")
	code, _, errs = run(t, "--home", h, "--content", content, "content", "pin", "ls")
	if code == 0 || !strings.Contains(errs, "check the credential in MIFM_KUBO_AUTH") || strings.Contains(errs, "wrong") {
		t.Fatalf("wrong credential: exit %d, %q", code, errs)
	}
	if out := mustRun(t, "--home", h, "--content", content, "node", "status"); !strings.Contains(out, "REFUSED") {
		t.Fatalf("node status with a refused credential:\n%s", out)
	}
}
