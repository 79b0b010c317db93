package anchor

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	anchorabi "github.com/mifm/mifm/contracts/bindings/anchor"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignTx(tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(id), k.key)
}

// world is one embedded chain with the Anchor contract.
type world struct {
	chain  *chain.Embedded
	anchor common.Address
	keys   []*ecdsa.PrivateKey
}

func newWorld(t testing.TB, nodes int) *world {
	t.Helper()
	ctx := context.Background()
	w := &world{}
	var fund []common.Address
	for i := 0; i < nodes+1; i++ {
		k, _ := crypto.GenerateKey()
		w.keys = append(w.keys, k)
		fund = append(fund, crypto.PubkeyToAddress(k.PublicKey))
	}
	c, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(t.TempDir(), "chain"), ChainID: 1337, Prefund: fund})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	w.chain = c
	s := w.sender(t, w.keys[nodes])
	code, _ := hexutil.Decode(anchorabi.AnchorMetaData.Bin)
	w.anchor, _, err = s.Deploy(ctx, code, nil)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *world) sender(t testing.TB, k *ecdsa.PrivateKey) *chain.Sender {
	cfg := chain.DefaultTxConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	cfg.PollInterval = 2 * time.Millisecond
	s, err := chain.NewSender(context.Background(), w.chain, keySigner{k}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// node is one platform's anchoring service on its own stores.
type node struct {
	svc     *Service
	db      *store.DB
	content *ipfs.Store
	signer  *re.Signer
	key     *ecdsa.PrivateKey
}

func signerOf(t testing.TB) *re.Signer {
	kp, err := did.NewKeyPair(did.Ed25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &re.Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp}
}

func (w *world) node(t testing.TB, i int, policy string) *node {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	content, err := ipfs.Open(context.Background(), filepath.Join(dir, "ipfs"), ipfs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { content.Close() })
	n := &node{db: db, content: content, signer: signerOf(t), key: w.keys[i]}
	n.svc = w.service(t, n, policy)
	return n
}

// service opens a service on the node's stores, as a restarted node does.
func (w *world) service(t testing.TB, n *node, policy string) *Service {
	lg, err := audit.Open(n.db, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Policy: policy, MaxLeaves: 2048}
	if err := CheckConfig(&cfg); err != nil {
		t.Fatal(err)
	}
	s := w.sender(t, n.key)
	return &Service{
		DB: n.db, Audit: lg, Content: IPFS{n.content}, Resolver: did.NewResolver(did.Options{}), Signer: n.signer, Config: cfg,
		Ledger: &Contract{Client: w.chain, Address: w.anchor, Chain: w.chain.CAIP2().String(), Anchorer: s.From(), Sender: s},
	}
}

func (w *world) verifier(t testing.TB, n *node) *Verifier {
	h, err := n.content.Gateway()
	if err != nil {
		t.Fatal(err)
	}
	gw := httptest.NewServer(h)
	t.Cleanup(gw.Close)
	return &Verifier{Chain: w.chain, Gateway: gw.URL}
}

const profile = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"

func TestVersionDocuments(t *testing.T) {
	ctx := context.Background()
	s := signerOf(t)
	v := &Version{Type: DocType, Subject: "identity:" + s.DID, Seq: 1, Content: map[string]string{"profile": profile}, Home: s.DID, Time: "2026-11-30T12:00:00Z"}
	if err := v.Sign(s); err != nil {
		t.Fatal(err)
	}
	b, err := v.Encode()
	if err != nil {
		t.Fatal(err)
	}
	c1, _ := DocCID(b)
	again, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if c2, _ := again.CID(); !c2.Equals(c1) {
		t.Fatalf("the same state has two CIDs: %s %s", c1, c2)
	}
	if !strings.HasPrefix(c1.String(), "bagaaiera") {
		t.Fatalf("CID %s is not CIDv1 json sha2-256", c1)
	}
	if err := again.VerifySignature(ctx, did.NewResolver(did.Options{})); err != nil {
		t.Fatal(err)
	}
	other := signerOf(t)
	cases := []struct {
		name string
		doc  string
		want error
	}{
		{"spaces", strings.Replace(string(b), ",", ", ", 1), ErrNotCanonical},
		{"unknown field", strings.Replace(string(b), `{"type"`, `{"x":1,"type"`, 1), ErrBadVersion},
		{"trailing data", string(b) + "{}", ErrBadVersion},
		{"CID in another base", strings.Replace(string(b), profile, "zb2rhe5P4gXftAwvA4eXQ5HJwsER2owDyS9sKaQRRVQPn93bA", 1), ErrBadVersion},
		{"seq 2 without prev", strings.Replace(string(b), `"seq":1`, `"seq":2`, 1), ErrBadVersion},
		{"bad subject kind", strings.Replace(string(b), `"subject":"identity:`, `"subject":"wallet:`, 1), ErrBadVersion},
		{"too large", `{"type":"` + strings.Repeat("a", MaxDocument) + `"}`, ErrBadVersion},
	}
	for _, c := range cases {
		if _, err := Decode([]byte(c.doc)); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	// Signatures: changed content, another author named, another's key.
	tamper := func(f func(v *Version)) error {
		x, _ := Decode(b)
		f(x)
		return x.VerifySignature(ctx, did.NewResolver(did.Options{}))
	}
	for name, f := range map[string]func(v *Version){
		"content changed":   func(v *Version) { v.Content["profile"] = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy" },
		"author renamed":    func(v *Version) { v.Author = other.DID },
		"seq changed":       func(v *Version) { v.Time = "2026-11-30T12:00:01Z" },
		"signature dropped": func(v *Version) { v.Sig = "" },
		"signed by another": func(v *Version) { _ = v.Sign(other); v.Author = s.DID },
	} {
		if err := tamper(f); !errors.Is(err, ErrSignature) {
			t.Errorf("%s: %v, want ErrSignature", name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	s, _ := did.NewKeyPair(did.Ed25519, make([]byte, 32))
	signer := &re.Signer{DID: s.DID, KeyID: s.DID + "#" + strings.TrimPrefix(s.DID, "did:key:"), Key: s}
	v := &Version{Type: DocType, Subject: "avatar:" + s.DID + "/home", Seq: 1, Content: map[string]string{"vrm": profile}, Home: s.DID, Time: "2026-11-30T12:00:00Z"}
	_ = v.Sign(signer)
	b, _ := v.Encode()
	f.Add(b)
	f.Add([]byte(`{"type":"mifm-version/1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Decode(data)
		if err != nil {
			return
		}
		// What decodes is canonical: it encodes to the same bytes.
		again, err := v.Encode()
		if err != nil || string(again) != string(data) {
			t.Fatalf("decoded %q re-encodes to %q (%v)", data, again, err)
		}
	})
}

func TestProposeAnchorAndProve(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1)
	a := w.node(t, 0, PolicyHome)
	user := "avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/home"
	o1, err := a.svc.Propose(ctx, ProposeRequest{Subject: user, Content: map[string]string{"profile": profile}})
	if err != nil {
		t.Fatal(err)
	}
	o2, err := a.svc.Propose(ctx, ProposeRequest{Subject: "avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/home", Content: map[string]string{"vrm": profile}})
	if err != nil {
		t.Fatal(err)
	}
	if o1.Status != StandingHead || o1.Seq != 1 || o2.Status != StandingHead {
		t.Fatalf("outcomes %+v %+v", o1, o2)
	}
	if _, err := a.svc.Proof(ctx, o1.CID); !errors.Is(err, ErrNotBatched) {
		t.Fatalf("proof before the batch: %v, want ErrNotBatched", err)
	}
	done, err := a.svc.Flush(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Two versions and the audit log's checkpoint, in one batch, one tx.
	if len(done) != 1 || done[0].Leaves != 3 || done[0].State != BatchAnchored {
		t.Fatalf("batches %+v", done)
	}
	p, err := a.svc.Proof(ctx, o1.CID)
	if err != nil {
		t.Fatal(err)
	}
	vf := w.verifier(t, a)
	if v := vf.Verify(ctx, p); !v.OK {
		t.Fatalf("proof refused: %+v", v)
	} else if len(v.Checks) != 10 {
		t.Fatalf("ran %d checks, want 10: %+v", len(v.Checks), v.Checks)
	}
	// The proof survives a JSON round trip, as a file does.
	raw, _ := json.Marshal(p)
	if p2, err := ReadProof(strings.NewReader(string(raw))); err != nil || !vf.Verify(ctx, p2).OK {
		t.Fatalf("proof file: %v", err)
	}
	other, _ := a.svc.Proof(ctx, o2.CID)
	cases := []struct {
		name   string
		edit   func(p *Proof)
		failed string
	}{
		{"another version's CID", func(p *Proof) { p.CID = other.CID }, "fields"},
		{"unknown CID", func(p *Proof) { p.CID = profile }, "document"},
		{"leaf", func(p *Proof) { p.Leaf[0] ^= 1 }, "leaf"},
		{"path", func(p *Proof) { p.Path[0][0] ^= 1 }, "path"},
		{"root", func(p *Proof) { p.Root[0] ^= 1 }, "path"},
		{"chain", func(p *Proof) { p.Chain = "eip155:1" }, "chain"},
		{"tx", func(p *Proof) { p.Tx[0] ^= 1 }, "transaction"},
		{"block", func(p *Proof) { p.Block++ }, "transaction"},
		{"block hash", func(p *Proof) { p.BlockHash[0] ^= 1 }, "transaction"},
		{"anchorer", func(p *Proof) { p.Anchorer = common.Address{1} }, "event"},
		{"contract", func(p *Proof) { p.Contract = common.Address{2} }, "event"},
		{"document carried, changed", func(p *Proof) {
			d, _ := a.svc.Document(other.CID)
			p.Document = string(d)
		}, "document"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := *p
			q.Path = append(q.Path[:0:0], p.Path...)
			c.edit(&q)
			v := vf.Verify(ctx, &q)
			if v.OK || v.Failed != c.failed {
				t.Fatalf("failed %q, want %q: %+v", v.Failed, c.failed, v.Checks)
			}
		})
	}
	// The contract's own view accepts the proof and refuses a changed one.
	path := make([][32]byte, len(p.Path))
	for i, h := range p.Path {
		path[i] = h
	}
	abi := anchorabi.NewAnchor()
	for _, tc := range []struct {
		subject string
		want    bool
	}{{p.Subject, true}, {p.Subject + "x", false}} {
		out, err := w.chain.CallContract(ctx, ethereum.CallMsg{To: &w.anchor, Data: abi.PackVerifyVersion(p.Anchorer, p.Root, path, tc.subject, new(big.Int).SetUint64(p.Seq), mustCID(t, p.CID).Bytes())}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := abi.UnpackVerifyVersion(out); ok != tc.want {
			t.Fatalf("verifyVersion(%s) = %v", tc.subject, ok)
		}
	}
}

func TestConflicts(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 2)
	for _, policy := range []string{PolicyHome, PolicyAsk, PolicyAnchored} {
		t.Run(policy, func(t *testing.T) {
			a, b := w.node(t, 0, policy), w.node(t, 1, policy)
			subject := "avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/home"
			v1, err := a.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": profile}, Policy: policy})
			if err != nil {
				t.Fatal(err)
			}
			doc1, _ := a.svc.Document(v1.CID)
			// A stranger's copy cannot start the subject at B: it must come
			// from its home, as its author.
			if _, err := b.svc.Receive(ctx, doc1, b.signer.DID); !errors.Is(err, ErrNotAllowed) {
				t.Fatalf("subject from a non-home: %v", err)
			}
			if o, err := b.svc.Receive(ctx, doc1, a.signer.DID); err != nil || o.Status != StandingHead {
				t.Fatalf("B takes v1: %+v %v", o, err)
			}
			// Both change the profile from v1.
			va, err := a.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}})
			if err != nil {
				t.Fatal(err)
			}
			vb, err := b.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"}})
			if err != nil {
				t.Fatal(err)
			}
			docB, _ := b.svc.Document(vb.CID)
			// A partner the home did not share the subject with writes
			// nothing of it.
			if _, err := a.svc.Receive(ctx, docB, b.signer.DID); !errors.Is(err, ErrNotAllowed) {
				t.Fatalf("a version from a platform that does not hold the subject: %v", err)
			}
			if err := a.svc.AddHolder(subject, b.signer.DID); err != nil {
				t.Fatal(err)
			}
			// B syncs its version to the home: a conflict there.
			o, err := a.svc.Receive(ctx, docB, b.signer.DID)
			if err != nil {
				t.Fatal(err)
			}
			hist, _ := a.svc.History(subject)
			if len(hist) != 3 {
				t.Fatalf("A keeps %d versions, want 3 (v1 and both branches)", len(hist))
			}
			switch policy {
			case PolicyHome:
				if o.Status != StandingBranch || o.Head != va.CID {
					t.Fatalf("home policy: %+v, want B's a branch and A's the head", o)
				}
			case PolicyAsk:
				if o.Status != "conflict" {
					t.Fatalf("ask policy: %+v, want an open conflict", o)
				}
				sub, _ := a.svc.Subject(subject)
				if len(sub.Conflict) != 2 {
					t.Fatalf("conflict %v", sub.Conflict)
				}
				// A proposal on top of an open conflict waits for it.
				if _, err := a.svc.Revert(ctx, subject, v1.CID); err == nil {
					t.Fatal("revert during a conflict accepted")
				}
				if o, err = a.svc.Resolve(ctx, subject, vb.CID); err != nil || o.Head != vb.CID {
					t.Fatalf("resolve: %+v %v", o, err)
				}
			case PolicyAnchored:
				if o.Status != "conflict" {
					t.Fatalf("anchored policy before anchoring: %+v", o)
				}
				// B's version is anchored in a later batch than A's.
				if _, err := a.svc.Flush(ctx); err != nil {
					t.Fatal(err)
				}
				sub, _ := a.svc.Subject(subject)
				if len(sub.Conflict) != 0 {
					t.Fatalf("conflict still open after anchoring: %+v", sub)
				}
			}
			sub, head, err := a.svc.Head(subject)
			if err != nil {
				t.Fatal(err)
			}
			if len(sub.Conflict) != 0 || head.Standing != StandingHead {
				t.Fatalf("after resolution: %+v %+v", sub, head)
			}
			// The loser is kept as a branch, never lost.
			loser := va.CID
			if head.CID == va.CID {
				loser = vb.CID
			}
			if r, err := a.svc.Version(loser); err != nil || r.Standing != StandingBranch {
				t.Fatalf("loser %s: %+v %v", loser, r, err)
			}
			// B follows the home's head.
			docs, _ := a.svc.Line(head.CID, 64)
			for _, d := range docs {
				if _, err := b.svc.Receive(ctx, d, a.signer.DID); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := b.svc.Follow(ctx, subject, head.CID, b.signer.DID); !errors.Is(err, ErrNotAllowed) {
				t.Fatalf("a non-home announcing the head: %v", err)
			}
			if o, err := b.svc.Follow(ctx, subject, head.CID, a.signer.DID); err != nil || o.Head != head.CID {
				t.Fatalf("follow: %+v %v", o, err)
			}
			// Revert: a new version with v1's content, following the head.
			o, err = a.svc.Revert(ctx, subject, v1.CID)
			if err != nil {
				t.Fatal(err)
			}
			r, _ := a.svc.Version(o.CID)
			if r.Version.Prev != head.CID || r.Version.Content["profile"] != profile || o.Status != StandingHead {
				t.Fatalf("revert: %+v", r.Version)
			}
		})
	}
}

func mustCID(t testing.TB, s string) interface{ Bytes() []byte } {
	c, err := ipfs.ParseCID(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// anchoredEvents counts the Anchored events of a root.
func (w *world) anchoredEvents(t testing.TB, root common.Hash) int {
	id := anchorabi.NewAnchor().GetABI().Events["Anchored"].ID
	logs, err := w.chain.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{w.anchor}, Topics: [][]common.Hash{{id}, nil, nil, {root}}})
	if err != nil {
		t.Fatal(err)
	}
	return len(logs)
}

func TestRestartBetweenBatchedAndAnchored(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1)
	for _, point := range []string{"anchor.sealed", "anchor.sent"} {
		t.Run(point, func(t *testing.T) {
			n := w.node(t, 0, PolicyHome)
			n.svc.Crash = func(p string) {
				if p == point {
					panic(p)
				}
			}
			subject := "content:sword-" + point
			o, err := n.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"model": profile}})
			if err != nil {
				t.Fatal(err)
			}
			func() {
				defer func() { _ = recover() }()
				_, _ = n.svc.Flush(ctx)
				t.Fatal("no crash")
			}()
			// The process is gone; a new one opens the same stores.
			n.svc = w.service(t, n, PolicyHome)
			batches, _ := n.svc.Batches()
			if len(batches) != 1 || batches[0].State != BatchSealed {
				t.Fatalf("after the crash: %+v", batches)
			}
			done, err := n.svc.Flush(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(done) != 1 || done[0].Seq != batches[0].Seq {
				t.Fatalf("resumed %+v", done)
			}
			if got := w.anchoredEvents(t, batches[0].Root); got != 1 {
				t.Fatalf("root anchored %d times", got)
			}
			if p, err := n.svc.Proof(ctx, o.CID); err != nil || !w.verifier(t, n).Verify(ctx, p).OK {
				t.Fatalf("proof after restart: %v", err)
			}
			// Nothing left to do: a second flush sends nothing.
			if done, err := n.svc.Flush(ctx); err != nil || len(done) != 0 {
				t.Fatalf("second flush: %+v %v", done, err)
			}
		})
	}
}

func TestAuditLogAnchored(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1)
	n := w.node(t, 0, PolicyHome)
	for i := 0; i < 5; i++ {
		if _, err := n.svc.Audit.Append(audit.Event{API: "ri", Op: "asset.mint", Subject: "token", Detail: map[string]string{"i": string(rune('a' + i))}}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := n.svc.Propose(ctx, ProposeRequest{Subject: "content:x", Content: map[string]string{"model": profile}}); err != nil {
		t.Fatal(err)
	}
	if _, err := n.svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	// Entries after the checkpoint: the anchoring's own.
	if _, err := n.svc.Audit.Append(audit.Event{API: "ri", Op: "later"}, nil); err != nil {
		t.Fatal(err)
	}
	e, err := n.svc.ExportLog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	vf := &Verifier{Chain: w.chain}
	r := VerifyLog(ctx, e, vf)
	if !r.OK || r.Checkpointed < 6 || r.Entries <= r.Checkpointed {
		t.Fatalf("clean log: %+v", r)
	}
	rehash := func(entries []audit.Entry, from int) {
		// A forger who can write the store rebuilds a consistent chain.
		for i := from; i < len(entries); i++ {
			if i > 0 {
				entries[i].Prev = entries[i-1].Hash
			}
			entries[i].Hash = ""
			b, _ := json.Marshal(entries[i])
			entries[i].Hash = digest(b)
		}
	}
	clone := func() *LogExport {
		c := *e
		c.Entries = append([]audit.Entry(nil), e.Entries...)
		return &c
	}
	cases := []struct {
		name   string
		edit   func(x *LogExport)
		failed string
	}{
		{"entry changed", func(x *LogExport) { x.Entries[1].Op = "asset.burn" }, "chain"},
		{"entry changed, chain rebuilt", func(x *LogExport) { x.Entries[1].Op = "asset.burn"; rehash(x.Entries, 1) }, "checkpoint"},
		{"entry dropped, chain rebuilt", func(x *LogExport) {
			x.Entries = append(x.Entries[:2], x.Entries[3:]...)
			for i := range x.Entries {
				x.Entries[i].Seq = uint64(i + 1)
			}
			rehash(x.Entries, 2)
		}, "checkpoint"},
		{"log cut before the checkpoint", func(x *LogExport) { x.Entries = x.Entries[:3] }, "checkpoint"},
		{"checkpoint of another node", func(x *LogExport) { x.Node = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK" }, "checkpoint"},
		{"checkpoint proof tampered", func(x *LogExport) {
			p := *x.Checkpoint
			p.Root[0] ^= 1
			x.Checkpoint = &p
		}, "proof"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := clone()
			c.edit(x)
			r := VerifyLog(ctx, x, vf)
			if r.OK || r.Failed != c.failed {
				t.Fatalf("failed %q, want %q: %+v", r.Failed, c.failed, r)
			}
		})
	}
	// An entry after the checkpoint is not covered, and says so.
	x := clone()
	x.Entries[len(x.Entries)-1].Op = "edited"
	rehash(x.Entries, len(x.Entries)-1)
	if r := VerifyLog(ctx, x, vf); !r.OK || r.Checkpointed >= r.Entries {
		t.Fatalf("edit after the checkpoint: %+v", r)
	}
}

func TestConcurrentProposals(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1)
	n := w.node(t, 0, PolicyHome)
	subject := "content:shared"
	if _, err := n.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"model": profile}}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := n.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"model": profile}, State: map[string]string{"i": string(rune('a' + i))}}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	sub, _, _ := n.svc.Head(subject)
	hist, _ := n.svc.History(subject)
	if len(hist) != 9 || sub.HeadSeq < 2 {
		t.Fatalf("%d versions, head seq %d", len(hist), sub.HeadSeq)
	}
	heads := 0
	for _, r := range hist {
		if r.Standing == StandingHead {
			heads++
		}
	}
	if heads != 1 {
		t.Fatalf("%d heads", heads)
	}
}

// digest is an audit entry's hash as node/audit computes it.
func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
