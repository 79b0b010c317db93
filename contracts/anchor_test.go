package contracts_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts/bindings/anchor"
	"github.com/mifm/mifm/node/anchor/merkle"
)

// anchorChain is the suite's chain with the Anchor's binding; key 1 anchors.
type anchorChain struct {
	*suiteChain
	anc   *anchor.Anchor
	batch uint64
}

func newAnchorChain(t testing.TB) *anchorChain {
	t.Helper()
	return &anchorChain{suiteChain: newSuiteChain(t, 4), anc: anchor.NewAnchor()}
}

// next is a fresh batch: its number, a root no one anchored (as random as
// a real one, so its calldata costs the same) and its manifest, the 36-byte
// CIDv1 (raw, sha2-256) of a stand-in tree dump.
func (g *anchorChain) next(t testing.TB) (batch uint64, root [32]byte, manifest []byte) {
	t.Helper()
	g.batch++
	root = crypto.Keccak256Hash([]byte(fmt.Sprint("root", g.batch)))
	mh, err := multihash.Sum([]byte(fmt.Sprint("dump", g.batch)), multihash.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	return g.batch, root, cid.NewCidV1(cid.Raw, mh).Bytes()
}

// versionTree is a batch of n version leaves (subject, seq, cid) as a node
// builds it, and the values it holds.
func versionTree(t testing.TB, n int) (*merkle.Tree, [][]any) {
	t.Helper()
	values := make([][]any, n)
	for i := range values {
		mh, err := multihash.Sum([]byte(fmt.Sprint("version", i)), multihash.SHA2_256, -1)
		if err != nil {
			t.Fatal(err)
		}
		values[i] = []any{fmt.Sprintf("did:web:platform-a.example:user:%d", i%97), fmt.Sprint(i/97 + 1), hexutil.Encode(cid.NewCidV1(cid.DagJSON, mh).Bytes())}
	}
	tree, err := merkle.OfStandard(values, []string{"string", "uint256", "bytes"}, merkle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tree, values
}

// versionArgs are verifyVersion's subject, seq and cid of a tree value.
func versionArgs(t testing.TB, v []any) (string, *big.Int, []byte) {
	t.Helper()
	seq, ok := new(big.Int).SetString(v[1].(string), 10)
	if !ok {
		t.Fatalf("seq %v", v[1])
	}
	return v[0].(string), seq, hexutil.MustDecode(v[2].(string))
}

func hashes(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// anchoredRecord reads the Anchor's record of root in anchorer's namespace.
func (g *anchorChain) anchoredRecord(t testing.TB, anchorer common.Address, root [32]byte) anchor.AnchoredOutput {
	t.Helper()
	rec, err := g.anc.UnpackAnchored(g.call(t, g.anchor, g.anc.PackAnchored(anchorer, root)))
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// anchoredEvent is the one Anchored event of a receipt.
func (g *anchorChain) anchoredEvent(t testing.TB, r *types.Receipt) *anchor.AnchorAnchored {
	t.Helper()
	var found *anchor.AnchorAnchored
	for _, l := range r.Logs {
		ev, err := g.anc.UnpackAnchoredEvent(l)
		if err != nil {
			continue
		}
		if found != nil {
			t.Fatal("two Anchored events in one anchor")
		}
		found = ev
	}
	if found == nil {
		t.Fatal("no Anchored event")
	}
	return found
}

// anchorSlot is where the Anchor keeps anchorer's record of root: the
// mapping of mappings is its first variable, slot 0.
func anchorSlot(anchorer common.Address, root [32]byte) common.Hash {
	inner := crypto.Keccak256(common.LeftPadBytes(anchorer[:], 32), make([]byte, 32))
	return crypto.Keccak256Hash(root[:], inner)
}

// An anchor writes one slot (block, time, leaves and batch packed), reads
// back through anchored, and emits Anchored with every field.
func TestAnchorStoresOneSlotAndEmits(t *testing.T) {
	g := newAnchorChain(t)
	ctx := context.Background()
	batch, root, manifest := g.next(t)
	const leaves = 2048
	r := g.mustSend(t, 1, g.anchor, g.anc.PackAnchor(root, batch, leaves, manifest))
	head, err := g.chain.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}

	rec := g.anchoredRecord(t, g.addrs[1], root)
	want := anchor.AnchoredOutput{BlockNumber: r.BlockNumber.Uint64(), Timestamp: head.Time, Leaves: leaves, Batch: batch}
	if rec != want {
		t.Fatalf("anchored = %+v, want %+v", rec, want)
	}

	slot := anchorSlot(g.addrs[1], root)
	word, err := g.chain.StorageAt(ctx, g.anchor, slot, nil)
	if err != nil {
		t.Fatal(err)
	}
	packed := new(big.Int).SetUint64(batch)
	packed.Lsh(packed, 32).Or(packed, big.NewInt(leaves))
	packed.Lsh(packed, 64).Or(packed, new(big.Int).SetUint64(head.Time))
	packed.Lsh(packed, 64).Or(packed, r.BlockNumber)
	if !bytes.Equal(word, common.LeftPadBytes(packed.Bytes(), 32)) {
		t.Fatalf("slot %s = %x, want block | time<<64 | leaves<<128 | batch<<160 = %x", slot, word, packed)
	}
	next := new(big.Int).Add(slot.Big(), big.NewInt(1))
	if word, err := g.chain.StorageAt(ctx, g.anchor, common.BigToHash(next), nil); err != nil || new(big.Int).SetBytes(word).Sign() != 0 {
		t.Fatalf("the slot after the record holds %x (%v): the record spills", word, err)
	}

	ev := g.anchoredEvent(t, r)
	if ev.Anchorer != g.addrs[1] || ev.Batch != batch || ev.Root != root || ev.Leaves != leaves || !bytes.Equal(ev.Manifest, manifest) {
		t.Fatalf("Anchored = %+v, want anchorer %s, batch %d, root %x, %d leaves, manifest %x", ev, g.addrs[1], batch, root, leaves, manifest)
	}
	// Indexed: a node finds its anchors, a batch or a root, by topic.
	l := r.Logs[0]
	if len(l.Topics) != 4 || common.BytesToAddress(l.Topics[1][:]) != g.addrs[1] || l.Topics[2].Big().Uint64() != batch || l.Topics[3] != root {
		t.Fatalf("topics = %v, want the event, the anchorer, the batch and the root", l.Topics)
	}

	if rec := g.anchoredRecord(t, g.addrs[1], crypto.Keccak256Hash([]byte("never anchored"))); rec != (anchor.AnchoredOutput{}) {
		t.Fatalf("a root never anchored reads %+v, want all zero", rec)
	}
}

// What anchor refuses, each with its custom error and nothing written.
func TestAnchorRefuses(t *testing.T) {
	g := newAnchorChain(t)
	_, done, manifest := g.next(t)
	g.mustSend(t, 1, g.anchor, g.anc.PackAnchor(done, 7, 10, manifest))
	before := g.anchoredRecord(t, g.addrs[1], done)
	fresh := crypto.Keccak256Hash([]byte("fresh root"))

	cases := []struct {
		name     string
		root     [32]byte
		leaves   uint32
		manifest []byte
		err      string
	}{
		{"zero root", [32]byte{}, 10, manifest, "ZeroRoot"},
		{"no leaves", fresh, 0, manifest, "NoLeaves"},
		{"empty manifest", fresh, 10, nil, "BadManifest"},
		{"manifest of 129 bytes", fresh, 10, bytes.Repeat([]byte{1}, 129), "BadManifest"},
		{"a root the anchorer anchored already", done, 10, manifest, "AlreadyAnchored"},
		{"the same root again, as another batch with other leaves", done, 99, bytes.Repeat([]byte{2}, 36), "AlreadyAnchored"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := g.send(t, 1, g.anchor, g.anc.PackAnchor(tc.root, 8, tc.leaves, tc.manifest))
			wantRevert(t, err, tc.err)
			var re *chain.RevertError
			errors.As(err, &re)
			decoded, err := g.anc.UnpackError(re.Data)
			if err != nil {
				t.Fatalf("the binding does not decode %x: %v", re.Data, err)
			}
			switch e := decoded.(type) {
			case *anchor.AnchorAlreadyAnchored:
				if e.Anchorer != g.addrs[1] || e.Root != tc.root {
					t.Fatalf("AlreadyAnchored%+v, want the anchorer %s and the root %x", e, g.addrs[1], tc.root)
				}
			case *anchor.AnchorBadManifest:
				if e.Length.Cmp(big.NewInt(int64(len(tc.manifest)))) != 0 {
					t.Fatalf("BadManifest(%s), want length %d", e.Length, len(tc.manifest))
				}
			}
			if rec := g.anchoredRecord(t, g.addrs[1], tc.root); tc.root != done && rec != (anchor.AnchoredOutput{}) {
				t.Fatalf("a refused anchor left %+v", rec)
			}
		})
	}
	if after := g.anchoredRecord(t, g.addrs[1], done); after != before {
		t.Fatalf("refused anchors changed the record: %+v, was %+v", after, before)
	}

	// The longest manifest allowed, and the shortest.
	for i, n := range []int{128, 1} {
		root := crypto.Keccak256Hash([]byte{byte(i)}, []byte("edge"))
		r := g.mustSend(t, 1, g.anchor, g.anc.PackAnchor(root, 9, 1, bytes.Repeat([]byte{3}, n)))
		if ev := g.anchoredEvent(t, r); len(ev.Manifest) != n {
			t.Fatalf("a manifest of %d bytes came out as %d", n, len(ev.Manifest))
		}
	}
}

// Each anchorer has its own namespace: another anchoring the same root gets
// its own record and leaves the first's as it was.
func TestAnchorNamespacePerAnchorer(t *testing.T) {
	g := newAnchorChain(t)
	batch, root, manifest := g.next(t)
	g.mustSend(t, 1, g.anchor, g.anc.PackAnchor(root, batch, 64, manifest))
	first := g.anchoredRecord(t, g.addrs[1], root)

	r := g.mustSend(t, 2, g.anchor, g.anc.PackAnchor(root, 1, 5, manifest))
	second := g.anchoredRecord(t, g.addrs[2], root)
	if second.BlockNumber != r.BlockNumber.Uint64() || second.Leaves != 5 || second.Batch != 1 {
		t.Fatalf("the second anchorer's record is %+v", second)
	}
	if ev := g.anchoredEvent(t, r); ev.Anchorer != g.addrs[2] {
		t.Fatalf("Anchored names %s, want the second anchorer %s", ev.Anchorer, g.addrs[2])
	}
	_, err := g.send(t, 2, g.anchor, g.anc.PackAnchor(root, 2, 6, manifest))
	wantRevert(t, err, "AlreadyAnchored")
	if got := g.anchoredRecord(t, g.addrs[1], root); got != first {
		t.Fatalf("the first anchorer's record is now %+v, was %+v", got, first)
	}
	if got := g.anchoredRecord(t, g.addrs[3], root); got != (anchor.AnchoredOutput{}) {
		t.Fatalf("a third account that anchored nothing has %+v", got)
	}
}

// anchoredTree anchors a version tree of n leaves from key 1.
func (g *anchorChain) anchoredTree(t testing.TB, n int) (*merkle.Tree, [][]any) {
	t.Helper()
	tree, values := versionTree(t, n)
	batch, _, manifest := g.next(t)
	g.mustSend(t, 1, g.anchor, g.anc.PackAnchor(tree.Root(), batch, uint32(n), manifest))
	return tree, values
}

func (g *anchorChain) verifies(t testing.TB, data []byte) bool {
	t.Helper()
	ok, err := g.anc.UnpackVerify(g.call(t, g.anchor, data))
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// verify accepts a leaf of an anchored tree with its proof (OpenZeppelin's,
// as node/anchor/merkle writes it) and nothing else.
func TestAnchorVerify(t *testing.T) {
	g := newAnchorChain(t)
	tree, _ := g.anchoredTree(t, 100)
	single, _ := g.anchoredTree(t, 1)
	unanchored, _ := versionTree(t, 7)
	const i = 42
	proof, err := tree.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	leaf, _ := tree.Leaf(i)
	other, _ := tree.Leaf(i + 1)
	tampered := append([]common.Hash(nil), proof...)
	tampered[2][31] ^= 1
	singleLeaf, _ := single.Leaf(0)
	uProof, _ := unanchored.Proof(3)
	uLeaf, _ := unanchored.Leaf(3)

	cases := []struct {
		name     string
		anchorer common.Address
		root     common.Hash
		proof    []common.Hash
		leaf     common.Hash
		want     bool
	}{
		{"a leaf and its proof", g.addrs[1], tree.Root(), proof, leaf, true},
		{"a batch of one: the root is the leaf, the proof empty", g.addrs[1], single.Root(), nil, singleLeaf, true},
		{"another leaf of the tree with this proof", g.addrs[1], tree.Root(), proof, other, false},
		{"a tampered proof element", g.addrs[1], tree.Root(), tampered, leaf, false},
		{"a proof one element short", g.addrs[1], tree.Root(), proof[:len(proof)-1], leaf, false},
		{"a sound proof under a root never anchored", g.addrs[1], unanchored.Root(), uProof, uLeaf, false},
		{"the right root under another anchorer", g.addrs[2], tree.Root(), proof, leaf, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !merkle.Verify(tc.root, tc.leaf, tc.proof) && tc.want {
				t.Fatal("node/anchor/merkle refuses the proof itself")
			}
			if got := g.verifies(t, g.anc.PackVerify(tc.anchorer, tc.root, hashes(tc.proof), tc.leaf)); got != tc.want {
				t.Fatalf("verify = %v, want %v", got, tc.want)
			}
		})
	}
}

// verifyVersion computes the leaf of [subject, seq, cid] as a
// StandardMerkleTree of ["string", "uint256", "bytes"] does.
func TestAnchorVerifyVersion(t *testing.T) {
	g := newAnchorChain(t)
	tree, values := g.anchoredTree(t, 300)
	const i = 123
	proof, err := tree.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	subject, seq, c := versionArgs(t, values[i])
	leaf, err := merkle.StandardLeaf([]string{"string", "uint256", "bytes"}, values[i])
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := tree.Leaf(i); leaf != want {
		t.Fatalf("StandardLeaf = %x, the tree's leaf %x", leaf, want)
	}
	otherCID := bytes.Clone(c)
	otherCID[len(otherCID)-1] ^= 1

	cases := []struct {
		name    string
		subject string
		seq     *big.Int
		cid     []byte
		root    common.Hash
		want    bool
	}{
		{"the version as anchored", subject, seq, c, tree.Root(), true},
		{"another subject", subject + "x", seq, c, tree.Root(), false},
		{"the next sequence number", subject, new(big.Int).Add(seq, big.NewInt(1)), c, tree.Root(), false},
		{"another CID", subject, seq, otherCID, tree.Root(), false},
		{"the CID truncated", subject, seq, c[:len(c)-1], tree.Root(), false},
		{"a root never anchored", subject, seq, c, crypto.Keccak256Hash(tree.Root().Bytes()), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := g.anc.UnpackVerifyVersion(g.call(t, g.anchor, g.anc.PackVerifyVersion(g.addrs[1], tc.root, hashes(proof), tc.subject, tc.seq, tc.cid)))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("verifyVersion = %v, want %v", got, tc.want)
			}
		})
	}
}

// multiVerify accepts OpenZeppelin's multiproofs of an anchored tree, and
// answers false, not a revert, to a malformed one.
func TestAnchorMultiVerify(t *testing.T) {
	g := newAnchorChain(t)
	tree, _ := g.anchoredTree(t, 50)
	mp, err := tree.MultiProof([]int{3, 17, 18, 40})
	if err != nil {
		t.Fatal(err)
	}
	tamperedLeaves := append([]common.Hash(nil), mp.Leaves...)
	tamperedLeaves[1][0] ^= 1
	flipped := append([]bool(nil), mp.ProofFlags...)
	flipped[0] = !flipped[0]

	cases := []struct {
		name     string
		anchorer common.Address
		root     common.Hash
		leaves   []common.Hash
		proof    []common.Hash
		flags    []bool
		want     bool
	}{
		{"four leaves and their multiproof", g.addrs[1], tree.Root(), mp.Leaves, mp.Proof, mp.ProofFlags, true},
		{"a tampered leaf", g.addrs[1], tree.Root(), tamperedLeaves, mp.Proof, mp.ProofFlags, false},
		{"another anchorer", g.addrs[2], tree.Root(), mp.Leaves, mp.Proof, mp.ProofFlags, false},
		{"no leaves, the root as the proof", g.addrs[1], tree.Root(), nil, []common.Hash{tree.Root()}, nil, false},
		{"a flag too few", g.addrs[1], tree.Root(), mp.Leaves, mp.Proof, mp.ProofFlags[1:], false},
		{"a flag flipped", g.addrs[1], tree.Root(), mp.Leaves, mp.Proof, flipped, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := g.anc.UnpackMultiVerify(g.call(t, g.anchor, g.anc.PackMultiVerify(tc.anchorer, tc.root, hashes(tc.proof), tc.flags, hashes(tc.leaves))))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("multiVerify = %v, want %v", got, tc.want)
			}
		})
	}
}

// The version leaf is a format other verifiers compute: this one is pinned
// as ethers 6.17 computes it (keccak256(keccak256(AbiCoder.encode(["string",
// "uint256", "bytes"], values))), the npm package of contracts/), and the
// contract and node/anchor/merkle must both give it. A batch of one has it as
// its root, proved by an empty proof.
func TestAnchorVersionLeafIsPinned(t *testing.T) {
	const (
		subject = "did:web:platform-a.example:user:alice"
		cidHex  = "0x01a9022012209c4b1b1c3e9f4d87b1c5b0b7d1f5c5b2e8f7a6d3c4b5a69788796a5b4c3d2e1f" // CIDv1 dag-json sha2-256
		pinned  = "0xeeeb52e33982057c134dae81915d26f10c6f6d9853621812e70e0e57220d4939"
	)
	leaf, err := merkle.StandardLeaf([]string{"string", "uint256", "bytes"}, []any{subject, "3", cidHex})
	if err != nil {
		t.Fatal(err)
	}
	if leaf.Hex() != pinned {
		t.Fatalf("merkle.StandardLeaf = %s, pinned %s", leaf.Hex(), pinned)
	}
	g := newAnchorChain(t)
	batch, _, manifest := g.next(t)
	g.mustSend(t, 1, g.anchor, g.anc.PackAnchor(leaf, batch, 1, manifest))
	ok, err := g.anc.UnpackVerifyVersion(g.call(t, g.anchor, g.anc.PackVerifyVersion(g.addrs[1], leaf, nil, subject, big.NewInt(3), hexutil.MustDecode(cidHex))))
	if err != nil || !ok {
		t.Fatalf("verifyVersion of the pinned leaf as a batch of one = %v, %v", ok, err)
	}
}
