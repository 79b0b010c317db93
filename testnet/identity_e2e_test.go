package testnet

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/identity"
	"github.com/mifm/mifm/testnet/walletjs"
)

// run is one mifm command with extra environment (a wallet's passphrase,
// an outside signer's key): its stdout, stderr and exit code.
func (n *net3) run(env []string, args ...string) (stdout, stderr string, code int) {
	n.t.Helper()
	cmd := exec.Command(n.bin, args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return out.String(), errb.String(), 0
	case errors.As(err, &ee):
		return out.String(), errb.String(), ee.ExitCode()
	}
	n.t.Fatalf("mifm %v: %v", args, err)
	return "", "", -1
}

// on is run on a node's home.
func (n *net3) on(env []string, name string, args ...string) (stdout, stderr string, code int) {
	n.t.Helper()
	return n.run(env, append([]string{"--home", filepath.Join(n.dir, name), "--passphrase-file", filepath.Join(n.dir, "passphrase")}, args...)...)
}

// kill ends a node's process at once (SIGKILL: no shutdown of its own);
// n.start brings it back with the same command line.
func (n *net3) kill(name string) {
	n.t.Helper()
	p := n.nodes[name]
	if err := p.cmd.Process.Kill(); err != nil {
		n.t.Fatalf("kill %s: %v", name, err)
	}
	<-p.done
}

func decode[T any](t testing.TB, what string, out []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("%s: %v: %s", what, err, out)
	}
	return v
}

func (n *net3) migrations(name string, args ...string) []identity.Migration {
	n.t.Helper()
	return decode[[]identity.Migration](n.t, "identity list on "+name, n.mifm(name, append([]string{"--json", "identity", "list"}, args...)...))
}

// checkAdmitted fails unless m is admitted with every rule of its verdict
// holding.
func checkAdmitted(t *testing.T, m identity.Migration) {
	t.Helper()
	if m.Status != identity.StatusAdmitted || m.Verdict == nil || !m.Verdict.Admitted || len(m.Verdict.Reasons) == 0 {
		t.Fatalf("migration %s is %s (%s), verdict %+v", m.ID, m.Status, m.Error, m.Verdict)
	}
	for _, r := range m.Verdict.Reasons {
		if !r.OK {
			t.Errorf("rule %s failed: %s", r.Rule, r.Detail)
		}
	}
}

// TestIdentityMigrationAcrossProcesses is FGMV-43 9.4 between node
// processes on one chain, driven through the CLI as an operator and a user
// would: A issues membership credentials; B admits A's members aged 18 or
// more on A's issuer's word ([identity] policy); the user's wallet is a
// third party, either the Go wallet folder (`mifm wallet`, an Ed25519
// holder presenting an SD-JWT) or an ethers wallet outside mifm
// (signer.mjs as --signer-cmd, a secp256k1 holder presenting a vc+jwt).
// Nodes are killed along the way (B before a migration, A after one and
// while B syncs a change to it); each failure leaves nothing admitted or
// imported on either side, and every refusal reaches the user with its
// reason.
func TestIdentityMigrationAcrossProcesses(t *testing.T) {
	mifmBinary(t) // skips in -short before the wallet check can fail in CI
	walletjs.Require(t)
	js, err := walletjs.Dir()
	if err != nil {
		t.Fatal(err)
	}
	signerCmd := "node " + filepath.Join(js, "signer.mjs")
	start := time.Now()

	// B's admission policy is in its home before it starts: members of A
	// (memberOf is A's DID) aged 18 or more, on the word of A's issuer.
	var issuer string
	n := startAnchorNetWith(t, func(n *net3) {
		issuer = decode[struct{ DID string }](t, "did create", n.mifm("a", "--json", "did", "create")).DID
		policy, _ := json.Marshal(map[string]any{
			"minimumAge": 18,
			"credentials": []any{map[string]any{"type": "MembershipCredential", "required": true, "trustedIssuers": []string{issuer},
				"claims": []any{map[string]any{"claim": "memberOf", "equals": n.did("a")}}}},
		})
		b := n.nodes["b"].home
		if err := os.WriteFile(filepath.Join(b, "admission.json"), policy, 0o600); err != nil {
			t.Fatal(err)
		}
		h, err := home.Open(b)
		if err != nil {
			t.Fatal(err)
		}
		h.Config.Identity.Policy = "admission.json"
		if err := h.Save(); err != nil {
			t.Fatal(err)
		}
	}, "a", "b")
	aDID, bDID := n.did("a"), n.did("b")
	t.Logf("net up in %s", time.Since(start).Round(time.Millisecond))

	// The user's two wallets, apart from both homes.
	walletDir := filepath.Join(n.dir, "wallet")
	walletEnv := []string{"MIFM_WALLET_PASSPHRASE=the user's own"}
	out, stderr, code := n.run(walletEnv, "--json", "wallet", "init", "--wallet", walletDir)
	if code != 0 {
		t.Fatalf("wallet init: %s", stderr)
	}
	ada := decode[struct{ Holder string }](t, "wallet init", []byte(out)).Holder
	key, _ := crypto.GenerateKey()
	signerEnv := []string{"MIFM_SIGNER_KEY=" + hexutil.Encode(crypto.FromECDSA(key))}
	grace, err := did.KeyDID(did.Secp256k1, crypto.CompressPubkey(&key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	// signer.mjs takes its key from the environment when stdin has none.
	cmd := exec.Command("node", filepath.Join(js, "signer.mjs"))
	cmd.Env, cmd.Stdin = append(os.Environ(), signerEnv...), strings.NewReader(`{"did":true}`)
	if b, err := cmd.Output(); err != nil || decode[struct{ DID string }](t, "signer.mjs", b).DID != grace {
		t.Fatalf("signer.mjs with MIFM_SIGNER_KEY: %s %v, want %s", b, err, grace)
	}

	// A's issuer makes the credentials: an SD-JWT for the Go wallet (kept
	// in it), a vc+jwt for the ethers one (an SD-JWT binds Ed25519 holders
	// only).
	claims := filepath.Join(n.dir, "claims.json")
	if err := os.WriteFile(claims, []byte(`{"memberOf":"`+aDID+`","ageOver":21,"membershipLevel":"gold"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	issue := func(holder, format, file string) string {
		t.Helper()
		p := filepath.Join(n.dir, file)
		n.mifm("a", "vc", "issue", "--issuer", issuer, "--subject", holder, "--type", "MembershipCredential", "--claims", claims,
			"--format", format, "--status", "--status-url", "https://platform-a.example/status/members", "-o", p)
		return p
	}
	if _, stderr, code := n.run(walletEnv, "wallet", "add", "--wallet", walletDir, issue(ada, "sd-jwt", "ada.sd-jwt")); code != 0 {
		t.Fatalf("wallet add: %s", stderr)
	}
	graceVC := issue(grace, "jwt", "grace.jwt")

	// consistent: no migration is admitted or imported on B that A does
	// not hold admitted, and none A reports failed or refused is admitted
	// or imported on B (nothing half-imported).
	consistent := func(t *testing.T) {
		t.Helper()
		onA := map[string]string{}
		for _, m := range n.migrations("a", "--role", "outgoing") {
			onA[m.ID] = m.Status
		}
		for _, m := range n.migrations("b", "--role", "incoming") {
			if (m.Status == identity.StatusAdmitted || m.Status == identity.StatusImported) && onA[m.ID] != identity.StatusAdmitted {
				t.Errorf("B holds migration %s %s, A holds it %q", m.ID, m.Status, onA[m.ID])
			}
		}
	}
	migrate := func(t *testing.T, env []string, args ...string) (identity.Migration, string, int) {
		t.Helper()
		out, stderr, code := n.on(env, "a", append([]string{"--json", "identity", "migrate", "--to", bDID}, args...)...)
		var m identity.Migration
		if out != "" {
			m = decode[identity.Migration](t, "identity migrate", []byte(out))
		}
		return m, stderr, code
	}
	// The steps build on each other and share the net, so they run in
	// order on t (not as subtests: the net's helpers fail t itself).
	step := func(name string, run func(t *testing.T)) {
		t.Helper()
		t.Logf("step: %s (at %s)", name, time.Since(start).Round(time.Millisecond))
		run(t)
	}
	var adaMig, graceMig string

	step("migrate to a B that is down fails and leaves nothing", func(t *testing.T) {
		n.kill("b")
		_, stderr, code := migrate(t, walletEnv, "--wallet", walletDir)
		if code == 0 || !strings.Contains(stderr, bDID) {
			t.Fatalf("migrate while B is down: exit %d, %q; want a failure naming %s", code, stderr, bDID)
		}
		t.Logf("while B is down: %s", strings.TrimSpace(stderr))
		for _, m := range n.migrations("a") {
			if m.Status == identity.StatusAdmitted {
				t.Errorf("A admitted %s without B", m.ID)
			}
		}
		n.start("b", "")
		if ms := n.migrations("b", "--role", "incoming"); len(ms) != 0 {
			t.Errorf("B holds %+v from a migration it never heard of", ms)
		}
		consistent(t)
	})

	step("migrate with the Go wallet is admitted", func(t *testing.T) {
		m, stderr, code := migrate(t, walletEnv, "--wallet", walletDir)
		if code != 0 {
			t.Fatalf("migrate: exit %d: %s", code, stderr)
		}
		checkAdmitted(t, m)
		if m.Holder != ada || m.Role != identity.RoleOutgoing || m.Error != "" {
			t.Fatalf("A's record: %+v", m)
		}
		// B learnt what it asked for and not the membership level.
		if d := m.Verdict.Disclosed; len(d) != 1 || !slices.Equal(d[0].Claims, []string{"ageOver", "memberOf"}) || d[0].Issuer != issuer {
			t.Errorf("disclosed to B: %+v", d)
		}
		adaMig = m.ID
		i := slices.IndexFunc(n.migrations("b", "--role", "incoming"), func(x identity.Migration) bool { return x.ID == m.ID })
		if i < 0 {
			t.Fatalf("B has no incoming record of %s", m.ID)
		}
		in := n.migrations("b", "--role", "incoming")[i]
		if in.Status != identity.StatusAdmitted || in.Holder != ada || in.Peer != aDID || in.Verdict == nil || !in.Verdict.Admitted {
			t.Fatalf("B's record: %+v", in)
		}
		consistent(t)
	})

	step("B links it to an account; both list the link", func(t *testing.T) {
		if _, stderr, code := n.on(nil, "b", "identity", "link", adaMig, "--account", "ada"); code == 0 || !strings.Contains(stderr, "put flags first") {
			t.Fatalf("link with the flag after the id: exit %d, %q", code, stderr)
		}
		m := decode[identity.Migration](t, "identity link", n.mifm("b", "--json", "identity", "link", "--account", "ada", adaMig))
		if m.Status != identity.StatusImported || m.Account != "ada" {
			t.Fatalf("link on B: %+v", m)
		}
		la := decode[[]api.IdentityLink](t, "links on A", n.mifm("a", "--json", "identity", "links", ada))
		if len(la) != 1 || la[0].Platform != bDID || la[0].Direction != identity.RoleOutgoing || la[0].Status != identity.StatusAdmitted || la[0].Migration != adaMig {
			t.Errorf("A's links: %+v", la)
		}
		lb := decode[[]api.IdentityLink](t, "links on B", n.mifm("b", "--json", "identity", "links", ada))
		if len(lb) != 1 || lb[0].Platform != aDID || lb[0].Direction != identity.RoleIncoming || lb[0].Status != identity.StatusImported || lb[0].Account != "ada" {
			t.Errorf("B's links: %+v", lb)
		}
	})

	step("migrate with the ethers wallet as --signer-cmd is admitted", func(t *testing.T) {
		m, stderr, code := migrate(t, signerEnv, "--holder", grace, "--credential", graceVC, "--signer-cmd", signerCmd)
		if code != 0 {
			t.Fatalf("migrate: exit %d: %s", code, stderr)
		}
		checkAdmitted(t, m)
		if m.Holder != grace || m.Error != "" {
			t.Fatalf("A's record: %+v", m)
		}
		graceMig = m.ID
		consistent(t)
	})

	// update is `identity update` on B; it returns the outcome.
	update := func(t *testing.T, env []string, value string, signer ...string) (*api.VersionOutcome, string, int) {
		t.Helper()
		out, stderr, code := n.on(env, "b", append([]string{"--json", "identity", "update", "--set", "display-name=" + value}, signer...)...)
		if code != 0 {
			return nil, stderr, code
		}
		o := decode[api.VersionOutcome](t, "identity update", []byte(out))
		return &o, stderr, code
	}
	headOnA := func(t *testing.T, holder string) api.SubjectState {
		t.Helper()
		return decode[api.SubjectState](t, "state head", n.mifm("a", "--json", "state", "head", "identity:"+holder))
	}
	synced := func(t *testing.T, holder string, o *api.VersionOutcome, value string) {
		t.Helper()
		if len(o.Synced) != 1 || o.Synced[0].Peer != aDID || o.Synced[0].Status != anchor.StandingHead {
			t.Fatalf("the update's sync to A: %+v", o.Synced)
		}
		h := headOnA(t, holder)
		if h.Head.CID != o.CID || h.Head.Version.State["display-name"] != value || h.Head.Version.Author != holder {
			t.Fatalf("A's head %s by %s, display-name %q; want %s by %s, %q", h.Head.CID, h.Head.Version.Author, h.Head.Version.State["display-name"], o.CID, holder, value)
		}
	}

	step("updates on B sync to A as the holder's versions", func(t *testing.T) {
		o, stderr, code := update(t, walletEnv, "Ada on B", "--wallet", walletDir)
		if code != 0 {
			t.Fatalf("update: exit %d: %s", code, stderr)
		}
		synced(t, ada, o, "Ada on B")
		o, stderr, code = update(t, signerEnv, "Grace on B", "--holder", grace, "--signer-cmd", signerCmd)
		if code != 0 {
			t.Fatalf("update with the ethers wallet: exit %d: %s", code, stderr)
		}
		synced(t, grace, o, "Grace on B")
	})

	step("A killed after the admission keeps it; B's update reaches A after its restart", func(t *testing.T) {
		n.kill("a")
		o, stderr, code := update(t, walletEnv, "Ada while A was down", "--wallet", walletDir)
		if code != 0 {
			t.Fatalf("update while A is down: exit %d: %s", code, stderr)
		}
		if len(o.Synced) != 1 || o.Synced[0].Error == "" {
			t.Fatalf("the sync to a dead A: %+v", o.Synced)
		}
		n.start("a", "")
		m := decode[identity.Migration](t, "identity status", n.mifm("a", "--json", "identity", "status", adaMig))
		checkAdmitted(t, m)
		began := time.Now()
		n.waitFor(func() bool { return headOnA(t, ada).Head.CID == o.CID })
		t.Logf("B's retry reached A %s after its restart", time.Since(began).Round(100*time.Millisecond))
		if h := headOnA(t, ada); h.Head.Version.Author != ada || h.Head.Version.State["display-name"] != "Ada while A was down" {
			t.Fatalf("A's head: %+v", h.Head)
		}
		consistent(t)
	})

	step("unlink on A reaches B, whose updates stop", func(t *testing.T) {
		out, stderr, code := n.on(walletEnv, "a", "--json", "identity", "unlink", "--wallet", walletDir, adaMig)
		if code != 0 {
			t.Fatalf("unlink: exit %d: %s", code, stderr)
		}
		if m := decode[identity.Migration](t, "identity unlink", []byte(out)); m.Status != identity.StatusUnlinked || m.Error != "" {
			t.Fatalf("unlink on A: %s %q", m.Status, m.Error)
		}
		if m := decode[identity.Migration](t, "identity status", n.mifm("b", "--json", "identity", "status", adaMig)); m.Status != identity.StatusUnlinked {
			t.Fatalf("B's record after the unlink: %s", m.Status)
		}
		if _, stderr, code := update(t, walletEnv, "Ada after", "--wallet", walletDir); code == 0 || !strings.Contains(stderr, "unlinked") {
			t.Fatalf("update on B after the unlink: exit %d, %q; want a refusal naming unlinked", code, stderr)
		}
		// The other holder's link stands.
		if m := decode[identity.Migration](t, "identity status", n.mifm("b", "--json", "identity", "status", graceMig)); m.Status != identity.StatusAdmitted {
			t.Fatalf("B's record of %s: %s", grace, m.Status)
		}
	})

	step("a revoked credential is refused with the status rule", func(t *testing.T) {
		revoked := issue(grace, "jwt", "grace-revoked.jwt")
		if r := decode[struct{ Status string }](t, "vc revoke", n.mifm("a", "--json", "vc", "revoke", revoked)); r.Status != "revoked" {
			t.Fatalf("revoke: %+v", r)
		}
		// The new list reached B, which keeps the admission it does not
		// touch.
		if m := decode[identity.Migration](t, "identity status", n.mifm("b", "--json", "identity", "status", graceMig)); m.Status != identity.StatusAdmitted {
			t.Fatalf("B's record of %s after another credential's revocation: %s %q", grace, m.Status, m.Error)
		}
		out, stderr, code := n.on(signerEnv, "a", "identity", "migrate", "--to", bDID, "--holder", grace, "--credential", revoked, "--signer-cmd", signerCmd)
		if code == 0 || !regexp.MustCompile(`(?m)^\s+FAIL credential\.1\.status: `).MatchString(out) {
			t.Fatalf("migrate with a revoked credential: exit %d\n%s%s", code, out, stderr)
		}
		var refused identity.Migration
		for _, m := range n.migrations("a", "--holder", grace) {
			if m.Status == identity.StatusRefused {
				refused = m
			}
		}
		if refused.Verdict == nil || !slices.ContainsFunc(refused.Verdict.Failed(), func(r identity.Reason) bool { return r.Rule == "credential.1.status" }) {
			t.Fatalf("A's refused record: %+v", refused)
		}
		if m := decode[identity.Migration](t, "identity status", n.mifm("b", "--json", "identity", "status", refused.ID)); m.Status != identity.StatusRefused {
			t.Fatalf("B's record of the refused migration: %s", m.Status)
		}
		consistent(t)
	})

	step("a platform that is not B's partner is refused", func(t *testing.T) {
		// C knows B (a partner of its own, with a channel it opened while
		// B trusted it); B has stopped trusting C.
		c := &proc{name: "c", home: filepath.Join(n.dir, "c"), ri: freePort(t), re: freePort(t)}
		n.nodes["c"] = c
		n.mifm("c", "--chain", n.chainURL, "init", "--kdf", "light", "--dev-accounts", "0", "--allow-private", "127.0.0.0/8", "--allow-private", "::1/128")
		cDID := n.did("c")
		n.mifm("c", "platform", "partner", "add", bDID)
		// The suite A deployed: a migration starts only where its link
		// can be anchored.
		n.mifm("c", "chain", "adopt", n.nodes["a"].home)
		n.start("c", "")
		n.mifm("c", "platform", "manifesto", "set", filepath.Join("..", "demo", "manifestos", "platform-a.json"))
		n.mifm("b", "platform", "partner", "add", cDID)
		if out := string(n.mifm("c", "channel", "open", n.reURL("b"))); !strings.Contains(out, "established") {
			t.Fatalf("channel C–B: %s", out)
		}
		n.mifm("b", "platform", "partner", "remove", cDID)
		before := len(n.migrations("b"))
		_, stderr, code := n.on(walletEnv, "c", "--json", "identity", "migrate", "--to", bDID, "--wallet", walletDir)
		if code == 0 || !strings.Contains(stderr, "partners") {
			t.Fatalf("migrate from C: exit %d, %q; want a refusal naming partners", code, stderr)
		}
		t.Logf("C is told: %s", strings.TrimSpace(stderr))
		if after := len(n.migrations("b")); after != before {
			t.Errorf("B recorded %d migrations for a stranger", after-before)
		}
	})

	t.Logf("whole test %s", time.Since(start).Round(time.Millisecond))
}
