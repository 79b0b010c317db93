package merkle_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/node/anchor/merkle"
	"github.com/mifm/mifm/testnet/merklejs"
)

// A leaf kind is a leaf encoding and how to draw random values of it, in the
// JSON form both sides take.
type leafKind struct {
	name     string
	encoding []string // nil for a simple tree, whose values are 32-byte leaves
	value    func(r *rand.Rand) []any
}

var leafKinds = []leafKind{
	{"version", []string{"string", "uint256", "bytes"}, func(r *rand.Rand) []any {
		return []any{randString(r), randUint(r), randBytes(r, r.IntN(100))}
	}},
	{"address amount", []string{"address", "uint256"}, func(r *rand.Rand) []any {
		var a common.Address
		fill(r, a[:])
		return []any{a.Hex(), randUint(r)} // checksummed, as wallets write them
	}},
	{"bytes32", []string{"bytes32"}, func(r *rand.Rand) []any { return []any{randHash(r).Hex()} }},
	{"string", []string{"string"}, func(r *rand.Rand) []any { return []any{randString(r)} }},
	{"array", []string{"uint256", "bool", "bytes32[]"}, func(r *rand.Rand) []any {
		list := []any{}
		for range r.IntN(5) {
			list = append(list, randHash(r).Hex())
		}
		return []any{randUint(r), r.IntN(2) == 1, list}
	}},
	{"simple", nil, func(r *rand.Rand) []any { return []any{randHash(r).Hex()} }},
}

func fill(r *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(r.Uint32())
	}
}

func randHash(r *rand.Rand) (h common.Hash) {
	fill(r, h[:])
	return h
}

func randBytes(r *rand.Rand, n int) string {
	b := make([]byte, n)
	fill(r, b)
	return "0x" + common.Bytes2Hex(b)
}

// randUint is a uint256 as a decimal string: the extremes, small numbers,
// numbers past 2^53 (where a JavaScript number loses digits) and past 2^64.
func randUint(r *rand.Rand) string {
	switch r.IntN(5) {
	case 0:
		return []string{"0", "1", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)).String()}[r.IntN(3)]
	case 1:
		return fmt.Sprint(r.IntN(1000))
	case 2:
		return fmt.Sprint(r.Uint64())
	default:
		var b [32]byte
		fill(r, b[:r.IntN(33)])
		return new(big.Int).SetBytes(b[:]).String()
	}
}

// randString mixes ASCII, JSON's and HTML's special characters, several
// UTF-8 lengths and the empty string, up to two ABI words and beyond.
func randString(r *rand.Rand) string {
	alphabet := []rune("abcXYZ019 :/<>&\"\\\n\tée⚔世界🗡\u2028")
	var s strings.Builder
	for range r.IntN(80) {
		s.WriteRune(alphabet[r.IntN(len(alphabet))])
	}
	return s.String()
}

// changed is v with its first element changed to another value of its type.
func changed(v []any) []any {
	out := slices.Clone(v)
	switch x := v[0].(type) {
	case string:
		switch {
		case len(x) == 66 && strings.HasPrefix(x, "0x"): // bytes32
			h := common.HexToHash(x)
			h[31] ^= 1
			out[0] = h.Hex()
		case len(x) == 42 && strings.HasPrefix(x, "0x"): // address
			a := common.HexToAddress(x)
			a[19] ^= 1
			out[0] = a.Hex()
		default:
			if n, ok := new(big.Int).SetString(x, 10); ok { // uint256
				out[0] = n.Xor(n, big.NewInt(1)).String()
			} else {
				out[0] = x + "!"
			}
		}
	default:
		panic(fmt.Sprintf("no change for %T", x))
	}
	return out
}

func flip(h common.Hash) common.Hash {
	h[31] ^= 1
	return h
}

// flipAt is hs with element i flipped.
func flipAt(hs []common.Hash, i int) []common.Hash {
	out := slices.Clone(hs)
	out[i] = flip(out[i])
	return out
}

// indexSets are the multiproofs of a case: none, all, one, and a few
// random sets of up to 32 values (the library hashes each value of a
// multiproof again, in JavaScript).
func indexSets(r *rand.Rand, n int) [][]int {
	sets := [][]int{{}, r.Perm(n), {r.IntN(n)}}
	for range 3 {
		sets = append(sets, r.Perm(n)[:1+r.IntN(min(n, 32))])
	}
	return sets
}

// verdict is a question put to the library and the answer it must give.
type verdict struct {
	what string
	want bool
	got  merklejs.Verdict
}

// interopCase is one tree built by both sides, and everything asked of the
// library about it in one batch.
type interopCase struct {
	kind     leafKind
	unsorted bool
	values   [][]any
	sets     [][]int

	goTree *merkle.Tree
	goDump []byte
	js     merklejs.Tree
	jsLoad merklejs.Loaded // Go's dump, loaded by the library
	jsBad  []merklejs.Loaded
	batch  *merklejs.Batch // shared by the cases of a leaf kind
	checks []*verdict
}

func (c *interopCase) simple() bool { return c.kind.encoding == nil }

func (c *interopCase) leaf(t *testing.T, v []any) common.Hash {
	t.Helper()
	if c.simple() {
		return common.HexToHash(v[0].(string))
	}
	h, err := merkle.StandardLeaf(c.kind.encoding, v)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// ask queues a question whose answer must be want.
func (c *interopCase) ask(what string, want bool, req any) {
	v := &verdict{what: what, want: want}
	c.checks = append(c.checks, v)
	c.batch.Add(req, &v.got)
}

// askVerify asks the library whether proof proves v under root.
func (c *interopCase) askVerify(what string, want bool, root common.Hash, v []any, proof []common.Hash) {
	if c.simple() {
		c.ask(what, want, merklejs.VerifySimple{Root: root, Leaf: common.HexToHash(v[0].(string)), Proof: proof})
		return
	}
	c.ask(what, want, merklejs.Verify{Encoding: c.kind.encoding, Root: root, Value: v, Proof: proof})
}

// askVerifyMulti asks the library whether a multiproof proves values under
// root.
func (c *interopCase) askVerifyMulti(what string, want bool, root common.Hash, values [][]any, proof []common.Hash, flags []bool) {
	if c.simple() {
		leaves := make([]common.Hash, len(values))
		for i, v := range values {
			leaves[i] = common.HexToHash(v[0].(string))
		}
		c.ask(what, want, merklejs.VerifyMultiSimple{Root: root, Leaves: leaves, Proof: proof, ProofFlags: flags})
		return
	}
	c.ask(what, want, merklejs.VerifyMulti{Encoding: c.kind.encoding, Root: root, Leaves: values, Proof: proof, ProofFlags: flags})
}

// value is a value as the multiproofs hold it: the list of a standard
// tree, the hex string of a simple one, as a list either way.
func (c *interopCase) value(v any) []any {
	if c.simple() {
		return []any{v}
	}
	return v.([]any)
}

// tamperDump is dump (in either side's JSON) with its first value changed,
// or with one of its tree's nodes flipped.
func tamperDump(t *testing.T, dump []byte, what string) []byte {
	t.Helper()
	var d map[string]any
	dec := json.NewDecoder(bytes.NewReader(dump))
	dec.UseNumber()
	if err := dec.Decode(&d); err != nil {
		t.Fatal(err)
	}
	tree := d["tree"].([]any)
	values := d["values"].([]any)
	first := values[0].(map[string]any)
	switch what {
	case "value":
		if v, ok := first["value"].([]any); ok {
			first["value"] = changed(v)
		} else {
			first["value"] = changed([]any{first["value"]})[0]
		}
	case "leaf":
		i, _ := first["treeIndex"].(json.Number).Int64()
		tree[i] = flip(common.HexToHash(tree[i].(string))).Hex()
	case "root":
		tree[0] = flip(common.HexToHash(tree[0].(string))).Hex()
	}
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// build makes the Go tree and queues every question about it.
func (c *interopCase) build(t *testing.T, r *rand.Rand) {
	var err error
	if c.simple() {
		leaves := make([]common.Hash, len(c.values))
		for i, v := range c.values {
			leaves[i] = common.HexToHash(v[0].(string))
		}
		c.goTree, err = merkle.OfSimple(leaves, merkle.Options{Unsorted: c.unsorted})
		if err != nil {
			t.Fatal(err)
		}
		c.batch.Add(merklejs.Simple{Values: leaves, Unsorted: c.unsorted, Multi: c.sets}, &c.js)
	} else {
		c.goTree, err = merkle.OfStandard(c.values, c.kind.encoding, merkle.Options{Unsorted: c.unsorted})
		if err != nil {
			t.Fatal(err)
		}
		c.batch.Add(merklejs.Of{Encoding: c.kind.encoding, Values: c.values, Unsorted: c.unsorted, Multi: c.sets}, &c.js)
	}
	if c.goDump, err = c.goTree.Dump(); err != nil {
		t.Fatal(err)
	}
	c.batch.Add(merklejs.Load{Dump: c.goDump}, &c.jsLoad)
	// The library checks a dump's values before its inner nodes, so a
	// changed root costs it a hash of every value: merklejs' own tests give
	// it changed inner nodes, and here the Go side alone gets the root.
	c.jsBad = make([]merklejs.Loaded, 2)
	for i, what := range []string{"value", "leaf"} {
		c.batch.Add(merklejs.Load{Dump: tamperDump(t, c.goDump, what)}, &c.jsBad[i])
	}

	root := c.goTree.Root()
	// (b) every Go proof, and (f) a few changed, refused.
	tampered := map[int]bool{0: true, len(c.values) - 1: true, r.IntN(len(c.values)): true}
	for i, v := range c.values {
		proof, err := c.goTree.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		c.askVerify(fmt.Sprintf("Go's proof of value %d", i), true, root, v, proof)
		if !tampered[i] {
			continue
		}
		c.askVerify(fmt.Sprintf("Go's proof of value %d for another value", i), false, root, changed(v), proof)
		c.askVerify(fmt.Sprintf("Go's proof of value %d under another root", i), false, flip(root), v, proof)
		for j := range proof {
			c.askVerify(fmt.Sprintf("Go's proof of value %d with element %d changed", i, j), false, root, v, flipAt(proof, j))
		}
	}
	// (d) Go's multiproofs, and changed ones.
	for _, set := range c.sets {
		mp, err := c.goTree.MultiProof(set)
		if err != nil {
			t.Fatal(err)
		}
		values := make([][]any, len(mp.Values))
		for i, v := range mp.Values {
			values[i] = c.value(v)
		}
		what := fmt.Sprintf("Go's multiproof of %d values", len(set))
		c.askVerifyMulti(what, true, root, values, mp.Proof, mp.ProofFlags)
		// The library hashes each leaf of a multiproof in JavaScript:
		// changed copies of the large ones would take seconds.
		if len(set) > 64 {
			continue
		}
		c.askVerifyMulti(what+" under another root", false, flip(root), values, mp.Proof, mp.ProofFlags)
		if len(values) > 0 {
			other := slices.Clone(values)
			other[len(other)-1] = changed(other[len(other)-1])
			c.askVerifyMulti(what+" with a value changed", false, root, other, mp.Proof, mp.ProofFlags)
		}
		if len(mp.Proof) > 0 {
			c.askVerifyMulti(what+" with a proof element changed", false, root, values, flipAt(mp.Proof, r.IntN(len(mp.Proof))), mp.ProofFlags)
		}
	}
}

// check compares the library's answers with the Go tree and puts the
// library's proofs and dump to the Go side.
func (c *interopCase) check(t *testing.T) {
	root := c.goTree.Root()
	// (a)
	if c.js.Root != root {
		t.Fatalf("roots differ: the library's %s, Go's %s", c.js.Root, root)
	}
	// (b), (d), (f) on the library's side.
	for _, v := range c.checks {
		if v.got.OK != v.want {
			t.Errorf("the library verified %s: %v (%s), want %v", v.what, v.got.OK, v.got.Error, v.want)
		}
	}
	// (c) every proof of the library, and its leaf, on the Go side.
	if len(c.js.Proofs) != len(c.values) {
		t.Fatalf("the library proved %d of %d values", len(c.js.Proofs), len(c.values))
	}
	for _, p := range c.js.Proofs {
		v := c.values[p.ValueIndex]
		if leaf := c.leaf(t, v); leaf != p.Leaf {
			t.Fatalf("leaf of value %d %v: the library's %s, Go's %s", p.ValueIndex, v, p.Leaf, leaf)
		}
		if !merkle.Verify(c.js.Root, p.Leaf, p.Proof) {
			t.Errorf("merkle.Verify refuses the library's proof of value %d", p.ValueIndex)
		}
		goProof, _ := c.goTree.Proof(p.ValueIndex)
		if !slices.Equal(goProof, p.Proof) {
			t.Errorf("proof of value %d: the library's %v, Go's %v", p.ValueIndex, p.Proof, goProof)
		}
		if p.ValueIndex%97 != 0 {
			continue
		}
		// (f) on the Go side.
		if merkle.Verify(c.js.Root, c.leaf(t, changed(v)), p.Proof) {
			t.Errorf("merkle.Verify takes the library's proof of value %d for another value", p.ValueIndex)
		}
		if merkle.Verify(flip(c.js.Root), p.Leaf, p.Proof) {
			t.Errorf("merkle.Verify takes the library's proof of value %d under another root", p.ValueIndex)
		}
		for j := range p.Proof {
			if merkle.Verify(c.js.Root, p.Leaf, flipAt(p.Proof, j)) {
				t.Errorf("merkle.Verify takes the library's proof of value %d with element %d changed", p.ValueIndex, j)
			}
		}
	}
	// (d) the library's multiproofs on the Go side.
	if len(c.js.MultiProofs) != len(c.sets) {
		t.Fatalf("the library made %d of %d multiproofs", len(c.js.MultiProofs), len(c.sets))
	}
	for k, mp := range c.js.MultiProofs {
		what := fmt.Sprintf("the library's multiproof of %d values", len(c.sets[k]))
		// Its leaves are values; their hashes are Go's, which (c) found
		// equal to the library's for every value.
		leaves := make([]common.Hash, len(mp.Leaves))
		for i, v := range mp.Leaves {
			leaves[i] = c.leaf(t, c.value(v))
		}
		if !merkle.VerifyMulti(c.js.Root, leaves, mp.Proof, mp.ProofFlags) {
			t.Errorf("merkle.VerifyMulti refuses %s", what)
		}
		if merkle.VerifyMulti(flip(c.js.Root), leaves, mp.Proof, mp.ProofFlags) {
			t.Errorf("merkle.VerifyMulti takes %s under another root", what)
		}
		if len(leaves) > 0 && merkle.VerifyMulti(c.js.Root, flipAt(leaves, 0), mp.Proof, mp.ProofFlags) {
			t.Errorf("merkle.VerifyMulti takes %s with a leaf changed", what)
		}
		if len(mp.Proof) > 0 && merkle.VerifyMulti(c.js.Root, leaves, flipAt(mp.Proof, len(mp.Proof)-1), mp.ProofFlags) {
			t.Errorf("merkle.VerifyMulti takes %s with a proof element changed", what)
		}
		goMP, _ := c.goTree.MultiProof(c.sets[k])
		if !slices.Equal(goMP.Leaves, leaves) || !slices.Equal(goMP.Proof, mp.Proof) || !slices.Equal(goMP.ProofFlags, mp.ProofFlags) {
			t.Errorf("%s differs from Go's: leaves %v proof %v flags %v, Go's %v %v %v", what, leaves, mp.Proof, mp.ProofFlags, goMP.Leaves, goMP.Proof, goMP.ProofFlags)
		}
	}
	// (e) each side loads the other's dump, and both dumps say the same.
	if c.jsLoad.Error != "" || c.jsLoad.Root != root || len(c.jsLoad.Proofs) != len(c.values) {
		t.Errorf("the library loads Go's dump: root %s, %d proofs, error %q; want root %s and %d proofs", c.jsLoad.Root, len(c.jsLoad.Proofs), c.jsLoad.Error, root, len(c.values))
	}
	for _, p := range c.jsLoad.Proofs {
		if goProof, _ := c.goTree.Proof(p.ValueIndex); !slices.Equal(goProof, p.Proof) {
			t.Errorf("the library's proof of value %d from Go's dump is %v, Go's %v", p.ValueIndex, p.Proof, goProof)
		}
	}
	for i, what := range []string{"value", "leaf"} {
		if c.jsBad[i].Error == "" {
			t.Errorf("the library loads Go's dump with its %s changed", what)
		}
	}
	loaded, err := merkle.Load(c.js.Dump)
	if err != nil {
		t.Fatalf("merkle.Load refuses the library's dump: %v", err)
	}
	if loaded.Root() != c.js.Root {
		t.Errorf("merkle.Load of the library's dump: root %s, want %s", loaded.Root(), c.js.Root)
	}
	for _, what := range []string{"value", "leaf", "root"} {
		if _, err := merkle.Load(tamperDump(t, c.js.Dump, what)); err == nil {
			t.Errorf("merkle.Load takes the library's dump with its %s changed", what)
		}
	}
	if !sameJSON(t, c.goDump, c.js.Dump) {
		t.Errorf("dumps differ:\nGo's          %.400s\nthe library's %.400s", c.goDump, c.js.Dump)
	}
}

func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	for _, p := range []struct {
		raw []byte
		v   *any
	}{{a, &x}, {b, &y}} {
		dec := json.NewDecoder(bytes.NewReader(p.raw))
		dec.UseNumber()
		if err := dec.Decode(p.v); err != nil {
			t.Fatal(err)
		}
	}
	return reflect.DeepEqual(x, y)
}

// Trees, proofs, multiproofs and dumps made by mifm are OpenZeppelin's own:
// for each leaf kind (mifm's version leaf, an address and amount, bytes32,
// string, an array, and simple trees), size and order, the pinned
// @openzeppelin/merkle-tree builds the same root (a), verifies every Go
// proof (b) and multiproof (d) and loads Go's dump (e); mifm verifies the
// library's proofs (c) and multiproofs (d) and loads its dump (e); and each
// side refuses a value, a proof element or a root changed (f).
func TestInteropWithOpenZeppelinMerkleTree(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Node.js processes")
	}
	merklejs.Require(t)
	// Cleanup, not defer: the subtests run in parallel after this returns.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	const seed = 43
	for k, kind := range leafKinds {
		t.Run(kind.name, func(t *testing.T) {
			t.Parallel()
			// One process for the kind's cases: a node start costs more
			// than a small case.
			batch := new(merklejs.Batch)
			var cases []*interopCase
			for _, n := range []int{1, 2, 3, 7, 64, 257} {
				for _, unsorted := range []bool{false, true} {
					r := rand.New(rand.NewPCG(seed, uint64(k<<32|n<<1)|map[bool]uint64{true: 1}[unsorted]))
					c := &interopCase{kind: kind, unsorted: unsorted, batch: batch}
					for range n {
						c.values = append(c.values, kind.value(r))
					}
					c.sets = indexSets(r, n)
					c.build(t, r)
					cases = append(cases, c)
				}
			}
			if err := batch.Run(ctx); err != nil {
				t.Fatal(err)
			}
			for _, c := range cases {
				order := map[bool]string{false: "sorted", true: "unsorted"}[c.unsorted]
				t.Run(fmt.Sprintf("%d %s", len(c.values), order), c.check)
			}
		})
	}
}

// Every integer string mifm takes in a leaf, the library takes too, and as
// the same number: a verifier rebuilding an anchored leaf from its JSON
// value with the library must get mifm's leaf. (The library takes more
// than mifm does — " 1", "", "08" — which only means mifm refuses some of
// its dumps.)
func TestIntegerStringsReadAsTheLibraryReadsThem(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Node.js process")
	}
	merklejs.Require(t)
	cases := []struct{ typ, value string }{
		{"uint256", "10"},
		{"uint256", "0"},
		{"uint256", "0x10"},
		{"uint256", "0X1F"},
		{"uint256", "0b11"},
		{"uint256", "0o17"},
		{"uint256", "+5"},
		{"uint256", "00"},
		{"int256", "-5"},
		// A decimal with a leading zero: the library (JavaScript's BigInt)
		// reads 10, math/big's base 0 reads octal 8.
		{"uint256", "010"},
		{"uint256", "0777"},
		// Digit separators: math/big's base 0 takes them, BigInt does not.
		{"uint256", "1_000"},
		{"uint256", "0x_1"},
		{"uint8", "0b1_1"},
		// A negative hex number: math/big takes it, BigInt does not.
		{"int256", "-0x5"},
	}
	type asked struct {
		leaf common.Hash
		got  merklejs.Verdict
	}
	answers := make([]asked, len(cases))
	var b merklejs.Batch
	for i, c := range cases {
		leaf, err := merkle.StandardLeaf([]string{c.typ}, []any{c.value})
		if err != nil {
			continue // mifm refuses it: nothing to disagree on
		}
		answers[i].leaf = leaf
		// The proof of a one-leaf tree is empty: the leaf is the root.
		b.Add(merklejs.Verify{Encoding: []string{c.typ}, Root: leaf, Value: []any{c.value}}, &answers[i].got)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := b.Run(ctx); err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		a := answers[i]
		switch {
		case a.leaf == common.Hash{}:
		case a.got.Error != "":
			t.Errorf("%s %q: mifm's leaf is %s, the library refuses the value: %s", c.typ, c.value, a.leaf, a.got.Error)
		case !a.got.OK:
			t.Errorf("%s %q: mifm's leaf is %s, the library hashes the value to another leaf", c.typ, c.value, a.leaf)
		}
	}
}
