package testnet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// TestMain removes the mifm binary the tests built: it lives outside any
// t.TempDir (one build serves every test), and a run left 50 MiB behind in
// the temporary folder each time.
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// mifmBinary builds the mifm command once for the end-to-end tests.
func mifmBinary(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test with separate processes (not in -short)")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "mifm-e2e-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "mifm")
		out, err := exec.Command("go", "build", "-o", binPath, "../cli/mifm").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// handedOut are the ports freePort gave in this test process: the kernel
// may give a port it just freed to the next listener, and two nodes of one
// test then collide (CI saw "bind: address already in use").
var handedOut = struct {
	sync.Mutex
	ports map[int]bool
}{ports: map[int]bool{}}

// freePort is a loopback port no listener holds now, and none that this
// process handed out before.
func freePort(t testing.TB) int {
	t.Helper()
	for range 100 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		handedOut.Lock()
		fresh := !handedOut.ports[port]
		handedOut.ports[port] = true
		handedOut.Unlock()
		if fresh {
			return port
		}
	}
	t.Fatal("no fresh loopback port in 100 tries")
	return 0
}

// The testnet script brings up a chain, A, B and a bridge as separate
// processes, opens both channels and shows them.
func TestTestnetScript(t *testing.T) {
	bin := mifmBinary(t)
	dir := t.TempDir()
	base := 20000 + os.Getpid()%20000
	for p := base; p < base+7; p++ {
		if ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p)); err != nil {
			t.Skipf("port %d is taken: %v", p, err)
		} else {
			ln.Close()
		}
	}
	cmd := exec.Command("./run.sh", dir)
	cmd.Env = append(os.Environ(), "MIFM="+bin, fmt.Sprintf("MIFM_TESTNET_PORT=%d", base))
	out, err := cmd.CombinedOutput()
	if err != nil {
		for _, name := range []string{"chain", "a", "b", "bridge"} {
			if log, rerr := os.ReadFile(filepath.Join(dir, name+".log")); rerr == nil {
				t.Logf("%s.log:\n%s", name, log)
			}
		}
		t.Fatalf("run.sh: %v\n%s", err, out)
	}
	text := string(out)
	section := func(name string) string {
		_, rest, _ := strings.Cut(text, "== channels of "+name+"\n")
		lines, _, _ := strings.Cut(rest, "==")
		return lines
	}
	a, b, br := section("a"), section("b"), section("bridge")
	if strings.Count(a, " established initiator ") != 2 || strings.Count(a, " direct") != 1 || strings.Count(a, " via did:") != 1 {
		t.Errorf("A's channels:\n%s", a)
	}
	if strings.Count(b, " established responder ") != 2 {
		t.Errorf("B's channels:\n%s", b)
	}
	if strings.Count(br, " established bridge ") != 1 {
		t.Errorf("the bridge's channels:\n%s", br)
	}
	if !strings.Contains(text, "bridged    avatar.format:vrm-0.x → avatar.format:vrm-1.0 (here to peer)") {
		t.Errorf("the bridged channel does not carry vrm-0.x as vrm-1.0:\n%s", text)
	}
	if strings.Count(text, "audit log holds") != 3 {
		t.Errorf("audit logs:\n%s", text)
	}
	// Every process it started is gone.
	if out, _ := exec.Command("pgrep", "-f", dir).CombinedOutput(); len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("processes left running: %s", out)
	}
}

// proc is a mifm node process.
type proc struct {
	name, home string
	ri, re     int
	cmd        *exec.Cmd
	done       chan struct{} // closed when the process has ended, with err set
	err        error
	log        *bytes.Buffer
}

// net3 is a chain process and three node homes.
type net3 struct {
	t        testing.TB
	bin, dir string
	chainURL string
	nodes    map[string]*proc
}

func startNet(t testing.TB) *net3 {
	bin := mifmBinary(t)
	n := &net3{t: t, bin: bin, dir: t.TempDir(), nodes: map[string]*proc{}}
	pass := filepath.Join(n.dir, "passphrase")
	if err := os.WriteFile(pass, []byte("e2e\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	n.chainURL = fmt.Sprintf("http://127.0.0.1:%d", port)
	n.mifm("chain", "init", "--kdf", "light", "--dev-accounts", "0")
	chainCmd := exec.Command(bin, "--home", filepath.Join(n.dir, "chain"), "--passphrase-file", pass, "chain", "serve", "--http", fmt.Sprintf("127.0.0.1:%d", port))
	n.spawn(&proc{name: "chain", cmd: chainCmd})
	n.waitFor(func() bool { _, err := n.try("chain", "--chain", n.chainURL, "chain", "info"); return err == nil })
	names := []string{"a", "b", "bridge"}
	dids := map[string]string{}
	for _, name := range names {
		p := &proc{name: name, home: filepath.Join(n.dir, name), ri: freePort(t), re: freePort(t)}
		n.nodes[name] = p
		n.mifm(name, "--chain", n.chainURL, "init", "--kdf", "light", "--dev-accounts", "0", "--allow-private", "127.0.0.0/8", "--allow-private", "::1/128")
		dids[name] = n.did(name)
	}
	// The three operators trust each other (the registry knows none of
	// them yet): strangers may not negotiate.
	for _, name := range names {
		for _, other := range names {
			if other != name {
				n.mifm(name, "platform", "partner", "add", dids[other])
			}
		}
	}
	for _, name := range names {
		n.start(name, "")
		file := "platform-" + name + ".json"
		if name == "bridge" {
			file = "bridge.json"
		}
		n.mifm(name, "platform", "manifesto", "set", filepath.Join("..", "demo", "manifestos", file))
	}
	return n
}

func (n *net3) spawn(p *proc) {
	p.log = new(bytes.Buffer)
	p.cmd.Stdout, p.cmd.Stderr = p.log, p.log
	if err := p.cmd.Start(); err != nil {
		n.t.Fatal(err)
	}
	p.done = make(chan struct{})
	go func() { p.err = p.cmd.Wait(); close(p.done) }()
	n.t.Cleanup(func() {
		_ = p.cmd.Process.Signal(os.Interrupt)
		select {
		case <-p.done:
		case <-time.After(15 * time.Second):
			_ = p.cmd.Process.Kill()
		}
		if n.t.Failed() {
			n.t.Logf("%s log:\n%s", p.name, p.log)
		}
	})
}

// start runs a node's daemon (crashAt: a fault injection point, or "")
// and waits for it to answer.
func (n *net3) start(name, crashAt string) {
	n.startProcess(name, crashAt)
	n.waitFor(func() bool { return n.answers(name) })
}

// answers says whether a node's daemon is up: its RI answers and its API
// file is written.
func (n *net3) answers(name string) bool {
	p := n.nodes[name]
	resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/healthz", p.ri))
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == 200 && fileExists(filepath.Join(p.home, "node.json"))
}

// startProcess runs a node's daemon with its command line.
func (n *net3) startProcess(name, crashAt string) {
	p := n.nodes[name]
	args := []string{"--home", p.home, "--passphrase-file", filepath.Join(n.dir, "passphrase"), "node", "run",
		"--ri-listen", fmt.Sprintf("127.0.0.1:%d", p.ri), "--re-listen", fmt.Sprintf("127.0.0.1:%d", p.re)}
	if name == "bridge" {
		args = append(args, "--bridge")
	}
	p.cmd = exec.Command(n.bin, args...)
	p.cmd.Env = append(os.Environ(), "MIFM_TEST_CRASH_AT="+crashAt)
	n.spawn(p)
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func (n *net3) reURL(name string) string { return fmt.Sprintf("http://127.0.0.1:%d", n.nodes[name].re) }

func (n *net3) waitFor(ok func() bool) {
	n.t.Helper()
	for i := 0; i < 300; i++ {
		if ok() {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	n.t.Fatal("timed out")
}

func (n *net3) try(name string, args ...string) ([]byte, error) {
	all := append([]string{"--home", filepath.Join(n.dir, name), "--passphrase-file", filepath.Join(n.dir, "passphrase")}, args...)
	cmd := exec.Command(n.bin, all...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("mifm %s: %v: %s", strings.Join(args, " "), err, stderr.String())
	}
	return out, nil
}

func (n *net3) mifm(name string, args ...string) []byte {
	n.t.Helper()
	out, err := n.try(name, args...)
	if err != nil {
		n.t.Fatal(err)
	}
	return out
}

func (n *net3) channels(name string) []manage.Channel {
	n.t.Helper()
	var out []manage.Channel
	if err := json.Unmarshal(n.mifm(name, "channel", "list", "--json"), &out); err != nil {
		n.t.Fatal(err)
	}
	return out
}

func (n *net3) did(name string) string {
	var st struct {
		DID string `json:"did"`
	}
	_ = json.Unmarshal(n.mifm(name, "node", "status", "--json"), &st)
	return st.DID
}

// Requests to a node from another process that break the RE rules are
// refused with the status and problem code that say why.
func TestRERefusalsAcrossProcesses(t *testing.T) {
	n := startNet(t)
	var ch manage.Channel
	if err := json.Unmarshal(n.mifm("a", "channel", "open", "--json", n.reURL("b")), &ch); err != nil {
		t.Fatal(err)
	}
	if ch.State != manage.StateEstablished {
		t.Fatalf("channel A–B: %+v", ch)
	}
	bDID, aDID := n.did("b"), n.did("a")
	kp, _ := did.NewKeyPair(did.Ed25519, nil)
	me := &re.Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp}
	send := func(s *re.Signer, method, path string, body []byte, at time.Time, edit func(*http.Request)) (*http.Request, *re.Problem) {
		req, _ := http.NewRequest(method, n.reURL("b")+path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if s != nil {
			if err := s.Sign(req, body, bDID, at); err != nil {
				t.Fatal(err)
			}
		}
		if edit != nil {
			edit(req)
		}
		return req, do(t, req, body)
	}
	msg := []byte(`{"kind":"ping"}`)
	now := time.Now()
	cases := []struct {
		name   string
		run    func() *re.Problem
		status int
		code   string
	}{
		{"unsigned", func() *re.Problem { _, p := send(nil, "GET", "/re/v1/manifesto", nil, now, nil); return p }, 401, re.CodeSignatureMissing},
		{"forged signature", func() *re.Problem {
			_, p := send(me, "GET", "/re/v1/manifesto", nil, now, func(r *http.Request) {
				tok := r.Header.Get(re.SignatureHeader)
				r.Header.Set(re.SignatureHeader, tok[:len(tok)-4]+"AAAA")
			})
			return p
		}, 401, re.CodeSignatureInvalid},
		{"stale timestamp", func() *re.Problem {
			_, p := send(me, "GET", "/re/v1/manifesto", nil, now.Add(-10*time.Minute), nil)
			return p
		}, 401, re.CodeStale},
		{"impersonated DID", func() *re.Problem {
			_, p := send(&re.Signer{DID: aDID, KeyID: me.KeyID, Key: kp}, "POST", "/re/v1/channels/"+ch.ID+"/messages", msg, now, nil)
			return p
		}, 401, re.CodeImpersonation},
		{"unresolvable DID", func() *re.Problem {
			_, p := send(&re.Signer{DID: "did:web:nowhere.invalid", KeyID: "did:web:nowhere.invalid#k", Key: kp}, "GET", "/re/v1/manifesto", nil, now, nil)
			return p
		}, 401, re.CodeUnknownSender},
		{"oversized body", func() *re.Problem {
			big := append([]byte(`{"kind":"ping","body":"`), bytes.Repeat([]byte("x"), 2<<20)...)
			_, p := send(me, "POST", "/re/v1/channels/"+ch.ID+"/messages", append(big, '"', '}'), now, nil)
			return p
		}, 413, re.CodeBodyTooLarge},
		{"before a channel exists", func() *re.Problem {
			_, p := send(me, "POST", "/re/v1/channels/"+ch.ID+"/messages", msg, now, nil)
			return p
		}, 403, re.CodeNoChannel},
		{"replayed request", func() *re.Problem {
			req, p := send(me, "GET", "/re/v1/manifesto", nil, now, nil)
			if p != nil {
				t.Fatalf("first request refused: %v", p)
			}
			again, _ := http.NewRequest("GET", req.URL.String(), nil)
			again.Header = req.Header.Clone()
			return do(t, again, nil)
		}, 401, re.CodeReplay},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.run()
			if p == nil || p.Status != tc.status || p.Code != tc.code {
				t.Fatalf("got %+v, want %d %s", p, tc.status, tc.code)
			}
		})
	}
	// A message over the channel from its peer is taken. B counted every
	// refusal in its metrics, which only its platform can read, and logged
	// none of them: strangers choose how many there are.
	var rcpt manage.Receipt
	if err := json.Unmarshal(n.mifm("a", "channel", "send", "--json", ch.ID, "ping", `{"n":1}`), &rcpt); err != nil || rcpt.Seq == 0 {
		t.Fatalf("send over the channel: %+v %v", rcpt, err)
	}
	log := string(n.mifm("b", "audit", "log"))
	if strings.Contains(log, "refused") {
		t.Errorf("B's audit log has entries for refused requests:\n%s", log)
	}
	token, err := os.ReadFile(filepath.Join(n.nodes["b"].home, "ri-token"))
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", fmt.Sprintf("http://127.0.0.1:%d/metrics", n.nodes["b"].ri), nil)
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(token)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, code := range []string{"signature-missing", "signature-invalid", "stale-timestamp", "impersonated-did", "body-too-large", "no-channel", "replayed-nonce", "unknown-sender"} {
		if !strings.Contains(string(metrics), `mifm_re_refused_total{code="`+code+`"}`) {
			t.Errorf("B's metrics do not count the refusal %s:\n%s", code, metrics)
		}
	}
	if out := string(n.mifm("b", "audit", "verify")); !strings.Contains(out, "audit log holds") {
		t.Fatalf("audit verify: %s", out)
	}
	// The CLI prints the same through the daemon's RI API and in process.
	cmds := [][]string{{"channel", "list"}, {"channel", "show", ch.ID}, {"platform", "manifesto", "show"}, {"--json", "channel", "show", ch.ID}}
	var running []string
	for _, c := range cmds {
		running = append(running, string(n.mifm("b", c...)))
	}
	p := n.nodes["b"]
	_ = p.cmd.Process.Signal(os.Interrupt)
	<-p.done
	if fileExists(filepath.Join(p.home, "node.json")) {
		t.Fatal("the stopped node left its API file")
	}
	for i, c := range cmds {
		if got := string(n.mifm("b", c...)); got != running[i] {
			t.Errorf("mifm %v differs:\nthrough the daemon:\n%s\nin process:\n%s", c, running[i], got)
		}
	}
}

func do(t *testing.T, req *http.Request, body []byte) *re.Problem {
	t.Helper()
	if body != nil {
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.ContentLength = int64(len(body))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 400 {
		return nil
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("error answer of type %q", ct)
	}
	var p re.Problem
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		t.Fatal(err)
	}
	return &p
}

// A node killed in the middle of a negotiation and restarted finishes it:
// both sides end with the same established channel.
func TestNegotiationSurvivesAKilledNode(t *testing.T) {
	n := startNet(t)
	agree := func(id string) {
		t.Helper()
		var a, b *manage.Channel
		n.waitFor(func() bool {
			for _, c := range n.channels("a") {
				if c.ID == id && c.State == manage.StateEstablished {
					a = &c
				}
			}
			return a != nil
		})
		for _, c := range n.channels("b") {
			if c.ID == id {
				b = &c
			}
		}
		if b == nil || b.State != manage.StateEstablished || a.Answer != b.Answer || a.Offer != b.Offer {
			t.Fatalf("after the restart A has %+v, B has %+v", a, b)
		}
	}
	restart := func(name, crashAt string) {
		p := n.nodes[name]
		select {
		case <-p.done:
			if ee, ok := p.err.(*exec.ExitError); !ok || ee.ExitCode() != 86 {
				t.Fatalf("%s ended with %v, want the fault injection's exit 86", name, p.err)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s did not stop at the fault injection point", name)
		}
		n.start(name, crashAt)
	}

	t.Run("initiator killed after the answer, before recording it", func(t *testing.T) {
		p := n.nodes["a"]
		_ = p.cmd.Process.Signal(os.Interrupt)
		<-p.done
		n.start("a", "initiator-answered")
		if _, err := n.try("a", "channel", "open", n.reURL("b")); err == nil {
			t.Fatal("channel open returned although A died")
		}
		restart("a", "")
		chans := n.channels("b")
		if len(chans) != 1 {
			t.Fatalf("B has %d channels", len(chans))
		}
		agree(chans[0].ID)
	})
	t.Run("responder killed after recording, before answering", func(t *testing.T) {
		p := n.nodes["b"]
		_ = p.cmd.Process.Signal(os.Interrupt)
		<-p.done
		n.start("b", "responder-stored")
		out := n.mifm("a", "channel", "open", "--json", n.reURL("b"))
		var ch manage.Channel
		if err := json.Unmarshal(out, &ch); err != nil {
			t.Fatal(err)
		}
		if ch.State != manage.StateOffered || !strings.Contains(ch.Error, "retries") {
			t.Fatalf("while B is down A's channel is %s (%s)", ch.State, ch.Error)
		}
		restart("b", "")
		agree(ch.ID)
	})
}
