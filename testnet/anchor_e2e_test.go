package testnet

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	anchorabi "github.com/mifm/mifm/contracts/bindings/anchor"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/home"
)

// anchorInterval is the [anchor] interval of the nodes below: short, so a
// test waits for batches in seconds.
const anchorInterval = "500ms"

// startAnchorNet is a chain process and platform nodes (the first deploys
// the suite, the others adopt it; each key is funded to anchor its own
// batches), every node anchoring every anchorInterval. With two nodes they
// are partners with a channel from the first to the second.
func startAnchorNet(t testing.TB, names ...string) *net3 {
	return startAnchorNetWith(t, nil, names...)
}

// startAnchorNetWith is startAnchorNet with beforeStart (when not nil) run
// on the initialised homes before any node starts: what a node reads only
// at its start (config.toml) is set there.
func startAnchorNetWith(t testing.TB, beforeStart func(*net3), names ...string) *net3 {
	bin := mifmBinary(t)
	n := &net3{t: t, bin: bin, dir: t.TempDir(), nodes: map[string]*proc{}}
	pass := filepath.Join(n.dir, "passphrase")
	if err := os.WriteFile(pass, []byte("e2e\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	n.chainURL = fmt.Sprintf("http://127.0.0.1:%d", port)
	n.mifm("chain", "init", "--kdf", "light", "--dev-accounts", "0")
	n.spawn(&proc{name: "chain", cmd: exec.Command(bin, "--home", filepath.Join(n.dir, "chain"), "--passphrase-file", pass, "chain", "serve", "--http", fmt.Sprintf("127.0.0.1:%d", port))})
	n.waitFor(func() bool { _, err := n.try("chain", "--chain", n.chainURL, "chain", "info"); return err == nil })
	dids := map[string]string{}
	for _, name := range names {
		p := &proc{name: name, home: filepath.Join(n.dir, name), ri: freePort(t), re: freePort(t)}
		n.nodes[name] = p
		n.mifm(name, "--chain", n.chainURL, "init", "--kdf", "light", "--dev-accounts", "0", "--allow-private", "127.0.0.0/8", "--allow-private", "::1/128")
		h, err := home.Open(p.home)
		if err != nil {
			t.Fatal(err)
		}
		h.Config.Anchor.Interval = anchorInterval
		if err := h.Save(); err != nil {
			t.Fatal(err)
		}
		dids[name] = n.did(name)
		var info node.ChainInfo
		if err := json.Unmarshal(n.mifm(name, "--json", "chain", "info"), &info); err != nil || len(info.Accounts) == 0 {
			t.Fatalf("chain info of %s: %v", name, err)
		}
		acct := info.Accounts[0].Account
		n.mifm("chain", "--chain", n.chainURL, "chain", "send", "--to", acct[strings.LastIndex(acct, ":")+1:], "--ether", "100")
	}
	n.mifm(names[0], "chain", "deploy")
	for _, name := range names[1:] {
		n.mifm(name, "chain", "adopt", n.nodes[names[0]].home)
	}
	for _, name := range names {
		for _, other := range names {
			if other != name {
				n.mifm(name, "platform", "partner", "add", dids[other])
			}
		}
	}
	if beforeStart != nil {
		beforeStart(n)
	}
	for _, name := range names {
		n.start(name, "")
		n.mifm(name, "platform", "manifesto", "set", filepath.Join("..", "demo", "manifestos", "platform-"+name+".json"))
	}
	if len(names) > 1 {
		if out := string(n.mifm(names[0], "channel", "open", n.reURL(names[1]))); !strings.Contains(out, "established") {
			t.Fatalf("channel %s–%s: %s", names[0], names[1], out)
		}
	}
	return n
}

// proposeOn is `mifm state propose` on a node; prev may be "".
func (n *net3) proposeOn(name, subject, prev string, fields ...string) (*api.VersionOutcome, error) {
	args := []string{"--json", "state", "propose"}
	if prev != "" {
		args = append(args, "--prev", prev)
	}
	args = append(args, fields...)
	out, err := n.try(name, append(args, subject)...)
	if err != nil {
		return nil, err
	}
	var o api.VersionOutcome
	if err := json.Unmarshal(out, &o); err != nil {
		return nil, fmt.Errorf("propose on %s: %v: %s", name, err, out)
	}
	return &o, nil
}

func (n *net3) history(name, subject string) []api.VersionRecord {
	n.t.Helper()
	var h []api.VersionRecord
	if err := json.Unmarshal(n.mifm(name, "--json", "state", "history", subject), &h); err != nil {
		n.t.Fatal(err)
	}
	return h
}

// heads are the versions of subject a node's history has standing as head.
func (n *net3) heads(name, subject string) []string {
	n.t.Helper()
	var out []string
	for _, r := range n.history(name, subject) {
		if r.Standing == anchor.StandingHead {
			out = append(out, r.CID)
		}
	}
	return out
}

func (n *net3) subjectHead(name, subject string) api.SubjectState {
	n.t.Helper()
	var st api.SubjectState
	if err := json.Unmarshal(n.mifm(name, "--json", "state", "head", subject), &st); err != nil {
		n.t.Fatal(err)
	}
	return st
}

func (n *net3) batches(name string) []api.AnchorBatch {
	n.t.Helper()
	var bs []api.AnchorBatch
	if err := json.Unmarshal(n.mifm(name, "--json", "anchor", "batches"), &bs); err != nil {
		n.t.Fatal(err)
	}
	return bs
}

// allAnchored says whether a node's batches are all on chain and every
// version of subject has its anchoring block.
func (n *net3) allAnchored(name, subject string) bool {
	bs := n.batches(name)
	if len(bs) == 0 {
		return false
	}
	for _, b := range bs {
		if b.State != anchor.BatchAnchored {
			return false
		}
	}
	for _, r := range n.history(name, subject) {
		if r.Anchored == nil || r.Anchored.Block == 0 {
			return false
		}
	}
	return true
}

// auditor runs mifm as someone with no node: a fresh HOME, no MIFM_*
// variables, no --home. It returns the output and the exit code.
func (n *net3) auditor(args ...string) (string, int) {
	n.t.Helper()
	cmd := exec.Command(n.bin, args...)
	cmd.Dir = n.t.TempDir()
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "MIFM_") && !strings.HasPrefix(kv, "HOME=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "HOME="+cmd.Dir)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return string(out), 0
	case errors.As(err, &ee):
		return string(out), ee.ExitCode()
	}
	n.t.Fatalf("mifm %v: %v", args, err)
	return "", -1
}

// IDSF between two node processes on one chain: A, the home of a user's
// identity profile, shares it with B; both change it at once, B from the
// version it last saw. The home keeps every version (the losers as
// branches), both nodes end on the home's one head, everything gets
// anchored, and an auditor with no node checks the head's proof and A's
// exported audit log from the chain and A's gateway alone, and sees a
// changed proof or log entry refused.
func TestAnchorAcrossProcesses(t *testing.T) {
	n := startAnchorNet(t, "a", "b")
	bDID := n.did("b")
	user, err := did.NewKeyPair(did.Ed25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	// A home avatar (AVSF): both platforms write it. An identity's
	// versions are its holder's (identity_e2e_test.go).
	subject := "avatar:" + user.DID + "/home"
	profile := filepath.Join(n.dir, "profile.json")
	if err := os.WriteFile(profile, []byte(`{"name":"Ada","avatar":"vrm"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	profileCID := strings.TrimSpace(string(n.mifm("a", "content", "add", "--quiet", "--cid-version", "1", profile)))
	v1, err := n.proposeOn("a", subject, "", "--cid", "profile="+profileCID, "--state", "round=a0")
	if err != nil || v1.Status != anchor.StandingHead || v1.Seq != 1 {
		t.Fatalf("first version: %+v %v", v1, err)
	}
	if out := string(n.mifm("a", "state", "share", subject, bDID)); !strings.Contains(out, "shared with "+bDID+": head") {
		t.Fatalf("share: %s", out)
	}
	if st := n.subjectHead("b", subject); st.Head.CID != v1.CID {
		t.Fatalf("after the share B's head is %s, want %s", st.Head.CID, v1.CID)
	}
	// B's edit of the head becomes the head on both; A's later edit of v1
	// wins over it by the home policy, on A and on B, and is recorded as
	// the one head of each.
	vb, err := n.proposeOn("b", subject, "", "--cid", "profile="+profileCID, "--state", "round=b0")
	if err != nil || vb.Status != anchor.StandingHead || len(vb.Synced) != 1 || vb.Synced[0].Head != vb.CID {
		t.Fatalf("B's edit of the head: %+v %v", vb, err)
	}
	va, err := n.proposeOn("a", subject, v1.CID, "--cid", "profile="+profileCID, "--state", "round=a0-again")
	if err != nil || va.Status != anchor.StandingHead || len(va.Synced) != 1 || va.Synced[0].Head != va.CID {
		t.Fatalf("A's edit of v1 over B's head: %+v %v", va, err)
	}
	for _, name := range []string{"a", "b"} {
		if heads := n.heads(name, subject); len(heads) != 1 || heads[0] != va.CID || n.subjectHead(name, subject).Head.CID != va.CID {
			t.Errorf("%s's history has the heads %v, want only the home's winner %s", name, heads, va.CID)
		}
	}

	// A and B change the profile at the same time; B from the head it
	// last heard of, which A has often moved on from by then.
	const rounds = 5
	var (
		mu       sync.Mutex
		proposed = map[string]string{v1.CID: "a", vb.CID: "b", va.CID: "a"}
		errs     []error
		wg       sync.WaitGroup
	)
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen := va.CID
			for i := 1; i <= rounds; i++ {
				prev := ""
				if name == "b" {
					prev = seen
				}
				o, err := n.proposeOn(name, subject, prev, "--cid", "profile="+profileCID, "--state", fmt.Sprintf("round=%s%d", name, i))
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else {
					proposed[o.CID] = name
					for _, s := range o.Synced {
						if s.Error != "" {
							errs = append(errs, fmt.Errorf("%s round %d: sync to %s: %s", name, i, s.Peer, s.Error))
						}
					}
				}
				mu.Unlock()
				if err == nil {
					// What B last saw: the home's head in its answer, else
					// its own head when it recorded the version.
					seen = o.Head
					for _, s := range o.Synced {
						if s.Head != "" {
							seen = s.Head
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	if len(proposed) != 2*rounds+3 {
		t.Fatalf("%d distinct versions proposed, want %d", len(proposed), 2*rounds+3)
	}

	// Every version is on the home, and each node has one head, the home's.
	var headA, headB api.SubjectState
	deadline := time.Now().Add(5 * time.Second)
	for {
		headA, headB = n.subjectHead("a", subject), n.subjectHead("b", subject)
		if headA.Head.CID == headB.Head.CID || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	histA := n.history("a", subject)
	onA := map[string]string{}
	for _, r := range histA {
		onA[r.CID] = r.Standing
	}
	branches := 0
	for c, by := range proposed {
		switch s, ok := onA[c]; {
		case !ok:
			t.Errorf("%s's version %s is not on the home A", by, c)
		case s == anchor.StandingBranch:
			branches++
		}
	}
	t.Logf("%d versions on A, %d of them branches; head v%d by %s", len(histA), branches, headA.Head.Version.Seq, proposed[headA.Head.CID])
	for name, st := range map[string]api.SubjectState{"a": headA, "b": headB} {
		if heads := n.heads(name, subject); len(heads) != 1 || heads[0] != st.Head.CID || len(st.Subject.Conflict) != 0 {
			t.Errorf("%s's history has the heads %v and the open conflict %v, want its head %s alone and none", name, heads, st.Subject.Conflict, st.Head.CID)
		}
	}
	if headB.Head.CID != headA.Head.CID {
		t.Errorf("B's head is v%d %s, the home's v%d %s", headB.Head.Version.Seq, headB.Head.CID, headA.Head.Version.Seq, headA.Head.CID)
	}

	// Everything gets anchored within a few intervals.
	n.waitFor(func() bool { return n.allAnchored("a", subject) })
	var cut []string
	for _, b := range n.batches("a") {
		cut = append(cut, fmt.Sprintf("%d:%d", b.Seq, b.Leaves))
	}
	t.Logf("A's batches (seq:leaves): %s", strings.Join(cut, " "))

	// An auditor checks the head's proof with the chain and A's gateway.
	proof := filepath.Join(n.dir, "p.json")
	if out := string(n.mifm("a", "anchor", "proof", "-o", proof, subject)); !strings.Contains(out, "written to") {
		t.Fatalf("anchor proof: %s", out)
	}
	out, code := n.auditor("anchor", "verify", "--chain", n.chainURL, "--gateway", n.reURL("a"), proof)
	if code != 0 || !strings.Contains(out, "is anchored on") {
		t.Fatalf("anchor verify (exit %d):\n%s", code, out)
	}
	bad := filepath.Join(n.dir, "p-bad.json")
	editJSON(t, proof, bad, func(doc map[string]json.RawMessage) {
		var path []common.Hash
		if err := json.Unmarshal(doc["proof"], &path); err != nil {
			t.Fatalf("the proof's path: %v", err)
		}
		t.Logf("the head's proof has a path of %d hashes", len(path))
		if len(path) == 0 {
			// A batch of one leaf (cut while the one before it was being
			// mined, with no audit checkpoint of its own): its root is
			// the leaf, so the forger adds a hash.
			path = append(path, common.Hash{1})
		} else {
			path[0][31] ^= 1
		}
		doc["proof"], _ = json.Marshal(path)
	})
	out, code = n.auditor("anchor", "verify", "--chain", n.chainURL, "--gateway", n.reURL("a"), bad)
	if code != 1 || !strings.Contains(out, "the path check failed") {
		t.Fatalf("anchor verify of a changed path (exit %d, want 1 naming path):\n%s", code, out)
	}

	// A's audit log, exported, checks against its anchored checkpoint; an
	// entry changed before the checkpoint is caught however the later
	// hashes were rebuilt.
	log := filepath.Join(n.dir, "log.json")
	if out := string(n.mifm("a", "audit", "export", "-o", log)); !strings.Contains(out, "checkpoint anchored in block") {
		t.Fatalf("audit export: %s", out)
	}
	out, code = n.auditor("audit", "verify", "--anchored", "--log", log, "--chain", n.chainURL)
	if code != 0 || !strings.Contains(out, "ok   audit log of") {
		t.Fatalf("audit verify --anchored (exit %d):\n%s", code, out)
	}
	forged := filepath.Join(n.dir, "log-forged.json")
	editJSON(t, log, forged, func(doc map[string]json.RawMessage) {
		var entries []audit.Entry
		if err := json.Unmarshal(doc["entries"], &entries); err != nil || len(entries) < 2 {
			t.Fatalf("exported entries: %v (%d)", err, len(entries))
		}
		entries[0].Actor = "did:web:mallory.example"
		for i := range entries {
			if i > 0 {
				entries[i].Prev = entries[i-1].Hash
			}
			entries[i].Hash = entryDigest(entries[i])
		}
		doc["entries"], _ = json.Marshal(entries)
	})
	out, code = n.auditor("audit", "verify", "--anchored", "--log", forged, "--chain", n.chainURL)
	if code != 1 || !strings.Contains(out, ": checkpoint: ") {
		t.Fatalf("audit verify --anchored of a changed entry (exit %d, want 1 naming checkpoint):\n%s", code, out)
	}
}

// entryDigest is an audit entry's hash as node/audit computes it: hex
// SHA-256 of its JSON without the hash.
func entryDigest(e audit.Entry) string {
	e.Hash = ""
	b, _ := json.Marshal(e)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// editJSON writes a copy of the JSON object in from to to, changed by
// edit; the fields edit leaves alone keep their bytes.
func editJSON(t *testing.T, from, to string, edit func(map[string]json.RawMessage)) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	edit(doc)
	if b, err = json.Marshal(doc); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// A node killed between sealing a batch and recording it on chain (before
// the transaction, and after it was mined) anchors the batch after its
// restart, and no root is anchored twice.
func TestAnchorSurvivesKill(t *testing.T) {
	n := startAnchorNet(t, "a")
	var info node.ChainInfo
	if err := json.Unmarshal(n.mifm("a", "--json", "chain", "info"), &info); err != nil {
		t.Fatal(err)
	}
	var contract, anchorer common.Address
	for _, c := range info.Contracts {
		if c.Name == "Anchor" {
			contract = c.Address
		}
	}
	acct := info.Accounts[0].Account
	anchorer = common.HexToAddress(acct[strings.LastIndex(acct, ":")+1:])
	if contract == (common.Address{}) {
		t.Fatalf("no Anchor contract in %+v", info.Contracts)
	}
	client, err := ethclient.Dial(n.chainURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	// events are the Anchored events of root (every root when zero).
	events := func(root common.Hash) []*anchorabi.AnchorAnchored {
		t.Helper()
		abi := anchorabi.NewAnchor()
		topics := [][]common.Hash{{abi.GetABI().Events[anchorabi.AnchorAnchoredEventName].ID}}
		if root != (common.Hash{}) {
			topics = append(topics, nil, nil, []common.Hash{root})
		}
		logs, err := client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{contract}, Topics: topics})
		if err != nil {
			t.Fatal(err)
		}
		var out []*anchorabi.AnchorAnchored
		for i := range logs {
			ev, err := abi.UnpackAnchoredEvent(&logs[i])
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, ev)
		}
		return out
	}
	// The node's audit checkpoint is the version whose batch it dies
	// with.
	subject := anchor.AuditSubject(n.did("a"))
	for _, tc := range []struct {
		point   string
		onChain bool // the root is on chain when the node dies
	}{
		{"anchor.sealed", false},
		{"anchor.sent", true},
	} {
		t.Run(tc.point, func(t *testing.T) {
			a := n.nodes["a"]
			_ = a.cmd.Process.Signal(os.Interrupt)
			<-a.done
			n.start("a", tc.point)
			before := len(n.batches("a"))
			var cp api.VersionOutcome
			if err := json.Unmarshal(n.mifm("a", "--json", "audit", "checkpoint"), &cp); err != nil || cp.Status != anchor.StandingHead {
				t.Fatalf("audit checkpoint: %+v %v", cp, err)
			}
			select {
			case <-a.done:
				if ee, ok := a.err.(*exec.ExitError); !ok || ee.ExitCode() != 86 {
					t.Fatalf("a ended with %v, want the fault injection's exit 86", a.err)
				}
			case <-time.After(20 * time.Second):
				t.Fatalf("a did not stop at %s", tc.point)
			}
			// Dead in the window: the batch is sealed, not recorded as
			// anchored, and its root is on chain only after the send.
			bs := n.batches("a")
			if len(bs) != before+1 || bs[len(bs)-1].State != anchor.BatchSealed {
				t.Fatalf("after the kill at %s the batches are %+v, want a new sealed one", tc.point, bs)
			}
			b := bs[len(bs)-1]
			if got := len(events(b.Root)); got != map[bool]int{false: 0, true: 1}[tc.onChain] {
				t.Fatalf("killed at %s, the chain holds %d Anchored events of the sealed root", tc.point, got)
			}
			n.start("a", "")
			n.waitFor(func() bool { return n.allAnchored("a", subject) })
			bs = n.batches("a")
			var again *api.AnchorBatch
			for i := range bs {
				if bs[i].Seq == b.Seq {
					again = &bs[i]
				}
			}
			if again == nil || again.Root != b.Root || again.Anchored == nil {
				t.Fatalf("after the restart batch %d is %+v", b.Seq, again)
			}
			if evs := events(b.Root); len(evs) != 1 || evs[0].Batch != b.Seq || evs[0].Anchorer != anchorer || evs[0].Raw.TxHash != again.Anchored.Tx {
				t.Fatalf("the chain holds %d Anchored events of batch %d's root, want one, from the transaction the node recorded (%s)", len(evs), b.Seq, again.Anchored.Tx.Hex())
			}
		})
	}
	// Nothing else was anchored twice: one event per batch, one batch per
	// root.
	bs := n.batches("a")
	roots := map[common.Hash]int{}
	for _, ev := range events(common.Hash{}) {
		roots[common.Hash(ev.Root)]++
	}
	for _, b := range bs {
		if roots[b.Root] != 1 {
			t.Errorf("batch %d's root %s has %d Anchored events", b.Seq, b.Root.Hex(), roots[b.Root])
		}
	}
	if len(roots) != len(bs) || slices.ContainsFunc(bs, func(b api.AnchorBatch) bool { return b.State != anchor.BatchAnchored }) {
		t.Errorf("%d roots on chain for %d batches: %+v", len(roots), len(bs), bs)
	}
}
