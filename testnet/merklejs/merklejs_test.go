package merklejs_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/testnet/merklejs"
)

// versionEncoding is the leaf of a mifm version batch: the subject, its
// version number and its state hash.
var versionEncoding = []string{"string", "uint256", "bytes"}

func versionValues() [][]any {
	return [][]any{
		{"did:web:platform-a.example:alice", "1", "0x01"},
		// Above 2^64: a JavaScript number could not hold it.
		{"did:web:platform-a.example:bob", "115792089237316195423570985008687907853269984665640564039457584007913129639935", "0x"},
		{"avatar ⚔", "3", "0x" + strings.Repeat("ab", 70)},
		{"", "0", "0xdeadbeef"},
		{"log", "18446744073709551616", "0x00"},
	}
}

func timeout(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// flip is h with its last bit turned.
func flip(h common.Hash) common.Hash {
	h[31] ^= 1
	return h
}

// The library accepts every proof and multiproof it made, sorted or not, of
// a standard and a simple tree, and refuses each with a leaf value, a proof
// element or the root changed.
func TestLibraryVerifiesItsOwnProofs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Node.js processes")
	}
	merklejs.Require(t)
	ctx := timeout(t)
	multi := [][]int{{}, {0}, {1, 3}, {4, 0, 2}, {0, 1, 2, 3, 4}}
	var simpleLeaves []common.Hash
	for i := range 5 {
		simpleLeaves = append(simpleLeaves, crypto.Keccak256Hash([]byte{byte(i)}))
	}
	var built [4]merklejs.Tree
	var b merklejs.Batch
	b.Add(merklejs.Of{Encoding: versionEncoding, Values: versionValues(), Multi: multi}, &built[0])
	b.Add(merklejs.Of{Encoding: versionEncoding, Values: versionValues(), Unsorted: true, Multi: multi}, &built[1])
	b.Add(merklejs.Simple{Values: simpleLeaves, Multi: multi}, &built[2])
	b.Add(merklejs.Simple{Values: simpleLeaves, Unsorted: true, Multi: multi}, &built[3])
	if err := b.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if built[0].Root == built[1].Root || built[2].Root == built[3].Root {
		t.Fatal("sorted and unsorted trees of the same values have one root")
	}

	// Each check is a verification and the verdict it must get.
	type check struct {
		what string
		req  any
		want bool
	}
	var checks []check
	for k, tree := range built {
		standard := k < 2
		name := []string{"sorted standard", "unsorted standard", "sorted simple", "unsorted simple"}[k]
		if len(tree.Proofs) != 5 || len(tree.MultiProofs) != len(multi) {
			t.Fatalf("%s: %d proofs and %d multiproofs, want 5 and %d", name, len(tree.Proofs), len(tree.MultiProofs), len(multi))
		}
		for _, p := range tree.Proofs {
			if standard {
				value := versionValues()[p.ValueIndex]
				tampered := versionValues()[p.ValueIndex]
				tampered[1] = "2"
				checks = append(checks,
					check{name + " proof", merklejs.Verify{Encoding: versionEncoding, Root: tree.Root, Value: value, Proof: p.Proof}, true},
					check{name + " proof of another value", merklejs.Verify{Encoding: versionEncoding, Root: tree.Root, Value: tampered, Proof: p.Proof}, false},
					check{name + " proof under another root", merklejs.Verify{Encoding: versionEncoding, Root: flip(tree.Root), Value: value, Proof: p.Proof}, false},
				)
				if len(p.Proof) > 0 {
					proof := append([]common.Hash(nil), p.Proof...)
					proof[0] = flip(proof[0])
					checks = append(checks, check{name + " tampered proof", merklejs.Verify{Encoding: versionEncoding, Root: tree.Root, Value: value, Proof: proof}, false})
				}
			} else {
				leaf := simpleLeaves[p.ValueIndex]
				if p.Leaf != leaf {
					t.Fatalf("%s: leaf of value %d = %s, want the value itself", name, p.ValueIndex, p.Leaf)
				}
				checks = append(checks,
					check{name + " proof", merklejs.VerifySimple{Root: tree.Root, Leaf: leaf, Proof: p.Proof}, true},
					check{name + " proof of another leaf", merklejs.VerifySimple{Root: tree.Root, Leaf: flip(leaf), Proof: p.Proof}, false},
				)
			}
		}
		for i, mp := range tree.MultiProofs {
			if len(mp.Leaves) != len(multi[i]) {
				t.Fatalf("%s: multiproof of %v has %d leaves", name, multi[i], len(mp.Leaves))
			}
			if standard {
				leaves := make([][]any, len(mp.Leaves))
				for j, l := range mp.Leaves {
					leaves[j], _ = l.([]any)
				}
				checks = append(checks, check{name + " multiproof", merklejs.VerifyMulti{Encoding: versionEncoding, Root: tree.Root, Leaves: leaves, Proof: mp.Proof, ProofFlags: mp.ProofFlags}, true})
				if len(mp.Proof) > 0 {
					proof := append([]common.Hash(nil), mp.Proof...)
					proof[len(proof)-1] = flip(proof[len(proof)-1])
					checks = append(checks, check{name + " tampered multiproof", merklejs.VerifyMulti{Encoding: versionEncoding, Root: tree.Root, Leaves: leaves, Proof: proof, ProofFlags: mp.ProofFlags}, false})
				}
			} else {
				leaves := make([]common.Hash, len(mp.Leaves))
				for j, l := range mp.Leaves {
					s, _ := l.(string)
					leaves[j] = common.HexToHash(s)
				}
				checks = append(checks, check{name + " multiproof", merklejs.VerifyMultiSimple{Root: tree.Root, Leaves: leaves, Proof: mp.Proof, ProofFlags: mp.ProofFlags}, true})
				if len(leaves) > 0 {
					leaves := slices.Clone(leaves)
					leaves[0] = flip(leaves[0])
					checks = append(checks, check{name + " multiproof of another leaf", merklejs.VerifyMultiSimple{Root: tree.Root, Leaves: leaves, Proof: mp.Proof, ProofFlags: mp.ProofFlags}, false})
				}
			}
		}
	}
	// A value the encoding does not take is refused, not a crash.
	checks = append(checks, check{"value of the wrong type", merklejs.Verify{
		Encoding: versionEncoding, Root: built[0].Root, Value: []any{"x", "not a number", "0x"}, Proof: built[0].Proofs[0].Proof,
	}, false})

	verdicts := make([]merklejs.Verdict, len(checks))
	b = merklejs.Batch{}
	for i, c := range checks {
		b.Add(c.req, &verdicts[i])
	}
	if err := b.Run(ctx); err != nil {
		t.Fatal(err)
	}
	for i, c := range checks {
		if verdicts[i].OK != c.want {
			t.Errorf("%s: verified %v (%s), want %v", c.what, verdicts[i].OK, verdicts[i].Error, c.want)
		}
	}
	if last := verdicts[len(verdicts)-1]; last.Error == "" {
		t.Error("a value of the wrong type was refused without a reason")
	}
}

// The library loads the four dumps of its own test suite, sorted and
// unsorted, standard and simple, with the root the dump holds, and refuses
// each with one node of its tree changed: an inner node, or a leaf.
func TestLibraryLoadsPublishedDumps(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Node.js process")
	}
	merklejs.Require(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*-v1.*.json"))
	if err != nil || len(files) != 4 {
		t.Fatalf("testdata holds %d dumps (%v), want 4", len(files), err)
	}
	type dump struct {
		Tree   []common.Hash `json:"tree"`
		Values []struct {
			TreeIndex int `json:"treeIndex"`
		} `json:"values"`
	}
	type tamper struct {
		name string
		node func(d dump) int
	}
	tampers := []tamper{
		{"inner node changed", func(dump) int { return 1 }},
		{"leaf changed", func(d dump) int { return d.Values[0].TreeIndex }},
	}
	type loadCase struct {
		name     string
		dump     dump
		tampered string // "" for the dump as published
		req      merklejs.Load
	}
	var cases []loadCase
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d dump
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, loadCase{filepath.Base(f), d, "", merklejs.Load{Dump: raw}})
		for _, tp := range tampers {
			var generic map[string]any
			if err := json.Unmarshal(raw, &generic); err != nil {
				t.Fatal(err)
			}
			tree := generic["tree"].([]any)
			i := tp.node(d)
			tree[i] = flip(d.Tree[i]).Hex()
			changed, _ := json.Marshal(generic)
			cases = append(cases, loadCase{filepath.Base(f), d, tp.name, merklejs.Load{Dump: changed}})
		}
	}
	loaded := make([]merklejs.Loaded, len(cases))
	var b merklejs.Batch
	for i, c := range cases {
		b.Add(c.req, &loaded[i])
	}
	if err := b.Run(timeout(t)); err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		t.Run(c.name+"/"+map[bool]string{true: "as published", false: c.tampered}[c.tampered == ""], func(t *testing.T) {
			got := loaded[i]
			if c.tampered != "" {
				if got.Error == "" {
					t.Fatalf("the library loaded the dump with its %s, root %s", c.tampered, got.Root)
				}
				return
			}
			if got.Error != "" {
				t.Fatalf("the library refused the dump: %s", got.Error)
			}
			if got.Root != c.dump.Tree[0] {
				t.Fatalf("root = %s, want tree[0] %s", got.Root, c.dump.Tree[0])
			}
			if len(got.Proofs) != len(c.dump.Values) {
				t.Fatalf("%d proofs of %d values", len(got.Proofs), len(c.dump.Values))
			}
		})
	}
}

// A request the library refuses (a tree of no values) fails the batch with
// the library's reason, naming the request, after decoding the answers
// before it; an op the script does not know fails alone.
func TestBatchStopsAtARefusedRequest(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Node.js processes")
	}
	merklejs.Require(t)
	ctx := timeout(t)
	one := crypto.Keccak256Hash([]byte("one"))
	var first merklejs.Tree
	var b merklejs.Batch
	b.Add(merklejs.Simple{Values: []common.Hash{one}, Multi: [][]int{nil}}, &first)
	b.Add(merklejs.Of{Encoding: []string{"string"}}, &merklejs.Tree{})
	err := b.Run(ctx)
	var jerr *merklejs.Error
	if !errors.As(err, &jerr) || !strings.Contains(jerr.Stderr, "request 1 (of)") || !strings.Contains(jerr.Stderr, "Expected non-zero number of leaves") {
		t.Fatalf("batch with a tree of no values: %v; want request 1 (of) refused by the library", err)
	}
	// A one-leaf tree: the leaf is the root, its proof empty, and a
	// multiproof of nothing is the root itself.
	if first.Root != one || len(first.Proofs) != 1 || len(first.Proofs[0].Proof) != 0 {
		t.Fatalf("the answer before the failure: root %s, proofs %+v; want root %s and one empty proof", first.Root, first.Proofs, one)
	}
	if mp := first.MultiProofs; len(mp) != 1 || len(mp[0].Leaves) != 0 || len(mp[0].Proof) != 1 || mp[0].Proof[0] != one {
		t.Fatalf("multiproof of no value = %+v, want the root alone", mp)
	}

	var out json.RawMessage
	if err := merklejs.Run(ctx, map[string]any{"op": "render"}, &out); !errors.As(err, &jerr) || !strings.Contains(jerr.Stderr, `unknown op "render"`) {
		t.Fatalf("unknown op: %v (printed %s)", err, out)
	}
}

// A request of more than one pipe buffer (64 KiB) whose strings are not
// ASCII reaches the library whole: read chunk by chunk, a character cut
// between two chunks became U+FFFD, and the library hashed another leaf.
func TestLongNonASCIIRequestArrivesWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Node.js processes")
	}
	merklejs.Require(t)
	ctx := timeout(t)
	stringType, _ := abi.NewType("string", "", nil)
	// One of three prefix lengths puts a chunk's end inside a 3-byte ⚔.
	for _, prefix := range []string{"", "a", "ab"} {
		s := prefix + strings.Repeat("⚔", 40_000)
		enc, err := abi.Arguments{{Type: stringType}}.Pack(s)
		if err != nil {
			t.Fatal(err)
		}
		want := crypto.Keccak256Hash(crypto.Keccak256(enc))
		var tree merklejs.Tree
		if err := merklejs.Run(ctx, merklejs.Of{Encoding: []string{"string"}, Values: [][]any{{s}}}, &tree); err != nil {
			t.Fatal(err)
		}
		if tree.Root != want {
			t.Fatalf("prefix %q: the library's leaf of the string is %s, want keccak256(keccak256(abi.encode(s))) %s", prefix, tree.Root, want)
		}
	}
}
