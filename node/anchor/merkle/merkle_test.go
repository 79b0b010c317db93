package merkle

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// vectors are OpenZeppelin's own dumps (merkle-tree 1.0.6), from
// ../shared/vectors/merkle/oz-merkle-tree-dumps.
const vectors = "../../../../shared/vectors/merkle/oz-merkle-tree-dumps"

func TestOpenZeppelinDumps(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(vectors, "*.json"))
	if len(files) != 4 {
		t.Fatalf("want the 4 public dumps in %s, found %d", vectors, len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var raw struct {
				Tree []common.Hash `json:"tree"`
			}
			_ = json.Unmarshal(data, &raw)
			tree, err := Load(data)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if tree.Root() != raw.Tree[0] {
				t.Fatalf("root %s, the dump's is %s", tree.Root(), raw.Tree[0])
			}
			for i := range tree.Values {
				p, _ := tree.Proof(i)
				leaf, _ := tree.Leaf(i)
				if !Verify(tree.Root(), leaf, p) {
					t.Fatalf("proof of value %d does not verify", i)
				}
			}
			// Rebuilding from the values in the dump's order gives the
			// same tree byte for byte: sorted dumps are sorted, the
			// others keep their order.
			unsorted := filepath.Base(f)[len(tree.Format)+1:] == "unsorted.1_0_6.json"
			var again *Tree
			if tree.Format == FormatStandard {
				vals := make([][]any, len(tree.Values))
				for i, v := range tree.Values {
					vals[i] = v.Value.([]any)
				}
				again, err = OfStandard(vals, tree.Encoding, Options{Unsorted: unsorted})
			} else {
				leaves := make([]common.Hash, len(tree.Values))
				for i, v := range tree.Values {
					leaves[i] = common.HexToHash(v.Value.(string))
				}
				again, err = OfSimple(leaves, Options{Unsorted: unsorted})
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(again.Nodes) != fmt.Sprint(tree.Nodes) {
				t.Fatalf("rebuilt tree differs:\n got %v\nwant %v", again.Nodes, tree.Nodes)
			}
			for i := range again.Values {
				if again.Values[i].TreeIndex != tree.Values[i].TreeIndex {
					t.Fatalf("value %d at %d, the dump has it at %d", i, again.Values[i].TreeIndex, tree.Values[i].TreeIndex)
				}
			}
			dumped, err := again.Dump()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Load(dumped); err != nil {
				t.Fatalf("Load(Dump()): %v", err)
			}
		})
	}
}

func TestLoadRefusesTamperedDumps(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(vectors, "standard-v1.sorted.1_0_6.json"))
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		_ = json.Unmarshal(data, &m)
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	cases := []struct {
		name string
		dump []byte
		want error
	}{
		{"inner node changed", edit(func(m map[string]any) { m["tree"].([]any)[1] = common.Hash{1}.Hex() }), ErrInvalidTree},
		{"root changed", edit(func(m map[string]any) { m["tree"].([]any)[0] = common.Hash{2}.Hex() }), ErrInvalidTree},
		{"value changed", edit(func(m map[string]any) { m["values"].([]any)[0].(map[string]any)["value"] = []any{"z"} }), ErrInvalidTree},
		{"value moved", edit(func(m map[string]any) { m["values"].([]any)[0].(map[string]any)["treeIndex"] = 0 }), ErrInvalidTree},
		{"two values on one leaf", edit(func(m map[string]any) {
			v := m["values"].([]any)
			v[1].(map[string]any)["treeIndex"] = v[0].(map[string]any)["treeIndex"]
		}), ErrInvalidTree},
		{"node missing", edit(func(m map[string]any) { m["tree"] = m["tree"].([]any)[1:] }), ErrInvalidTree},
		{"unknown format", edit(func(m map[string]any) { m["format"] = "standard-v9" }), ErrFormat},
		{"no encoding", edit(func(m map[string]any) { delete(m, "leafEncoding") }), ErrFormat},
		{"wrong encoding", edit(func(m map[string]any) { m["leafEncoding"] = []string{"uint256"} }), ErrBadEncoding},
		{"no values", edit(func(m map[string]any) { m["values"] = []any{}; m["tree"] = []any{} }), ErrEmpty},
		{"not JSON", []byte("{"), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(c.dump)
			if err == nil {
				t.Fatal("accepted")
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("error %v, want %v", err, c.want)
			}
		})
	}
}

// versionValues are mifm's version leaves: subject, sequence, CID bytes.
func versionValues(n int, r *rand.Rand) [][]any {
	out := make([][]any, n)
	for i := range out {
		cid := make([]byte, 36)
		for j := range cid {
			cid[j] = byte(r.IntN(256))
		}
		out[i] = []any{fmt.Sprintf("identity:did:key:z%d", r.IntN(1000)), fmt.Sprint(r.Uint64()), "0x" + common.Bytes2Hex(cid)}
	}
	return out
}

func TestProofsAndMultiProofs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	enc := []string{"string", "uint256", "bytes"}
	for _, n := range []int{1, 2, 3, 5, 8, 13, 64, 100} {
		for _, unsorted := range []bool{false, true} {
			tree, err := OfStandard(versionValues(n, r), enc, Options{Unsorted: unsorted})
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < n; i++ {
				p, _ := tree.Proof(i)
				leaf, _ := tree.Leaf(i)
				if !Verify(tree.Root(), leaf, p) {
					t.Fatalf("n=%d: proof %d fails", n, i)
				}
				if want, _ := StandardLeaf(enc, tree.Values[i].Value.([]any)); want != leaf {
					t.Fatalf("n=%d: leaf %d is not its value's", n, i)
				}
				if j, ok := tree.IndexOf(leaf); !ok || j != i {
					t.Fatalf("IndexOf(leaf %d) = %d, %v", i, j, ok)
				}
				bad := append([]common.Hash(nil), p...)
				if len(bad) > 0 {
					bad[0][0] ^= 1
					if Verify(tree.Root(), leaf, bad) {
						t.Fatalf("n=%d: tampered proof %d verifies", n, i)
					}
				}
				other := leaf
				other[31] ^= 1
				if Verify(tree.Root(), other, p) {
					t.Fatalf("n=%d: tampered leaf %d verifies", n, i)
				}
			}
			for k := 0; k < 10; k++ {
				idx := r.Perm(n)[:r.IntN(n+1)]
				mp, err := tree.MultiProof(idx)
				if err != nil {
					t.Fatal(err)
				}
				if len(mp.Leaves) != len(idx) {
					t.Fatalf("multiproof of %d leaves has %d", len(idx), len(mp.Leaves))
				}
				if !VerifyMulti(tree.Root(), mp.Leaves, mp.Proof, mp.ProofFlags) {
					t.Fatalf("n=%d: multiproof of %v fails", n, idx)
				}
				if len(mp.Leaves) > 0 {
					bad := append([]common.Hash(nil), mp.Leaves...)
					bad[0][5] ^= 1
					if VerifyMulti(tree.Root(), bad, mp.Proof, mp.ProofFlags) {
						t.Fatalf("n=%d: tampered multiproof verifies", n)
					}
				}
			}
		}
	}
	tree, _ := OfStandard(versionValues(4, r), enc, Options{})
	if _, err := tree.MultiProof([]int{1, 1}); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("duplicate index: %v", err)
	}
	if _, err := tree.Proof(4); !errors.Is(err, ErrIndex) {
		t.Fatalf("index out of range: %v", err)
	}
	if _, err := OfStandard(nil, enc, Options{}); !errors.Is(err, ErrEmpty) {
		t.Fatalf("empty tree: %v", err)
	}
}

func TestEncodingErrors(t *testing.T) {
	cases := []struct {
		enc []string
		val []any
	}{
		{[]string{"uint8"}, []any{"256"}},
		{[]string{"uint256"}, []any{"-1"}},
		{[]string{"int8"}, []any{"128"}},
		{[]string{"bytes32"}, []any{"0x01"}},
		{[]string{"bytes"}, []any{"zz"}},
		{[]string{"address"}, []any{"0x52908400098527886E0F7030069857D2E4169EE8"[:41]}},
		{[]string{"address"}, []any{"0x52908400098527886e0F7030069857D2E4169EE7"}}, // bad checksum
		{[]string{"string", "uint256"}, []any{"a"}},
		{[]string{"bool"}, []any{"true"}},
		{[]string{"uint256[2]"}, []any{[]any{"1"}}},
		{[]string{"nonsense"}, []any{"1"}},
		{[]string{"uint256"}, []any{1.5}},
		{[]string{"uint8[1000000000000000000][100]"}, []any{[]any{}}},
		{[]string{"uint8[][][]"}, []any{[]any{}}},
		{[]string{"uint256"}, []any{strings.Repeat("9", 81)}},
	}
	for _, c := range cases {
		if _, err := StandardLeaf(c.enc, c.val); !errors.Is(err, ErrBadEncoding) {
			t.Errorf("%v %v: %v, want ErrBadEncoding", c.enc, c.val, err)
		}
	}
	// The forms ethers accepts for one value give one leaf.
	a, _ := StandardLeaf([]string{"uint256", "address"}, []any{"255", "0x52908400098527886E0F7030069857D2E4169EE7"})
	b, _ := StandardLeaf([]string{"uint256", "address"}, []any{json.Number("255"), "0x52908400098527886e0f7030069857d2e4169ee7"})
	c, _ := StandardLeaf([]string{"uint256", "address"}, []any{"0xff", "0x52908400098527886E0F7030069857D2E4169EE7"})
	if a != b || a != c || a == (common.Hash{}) {
		t.Fatalf("equal values give different leaves: %s %s %s", a, b, c)
	}
	if _, err := StandardLeaf([]string{"uint256[]", "bytes32[2]", "bool", "int256"}, []any{[]any{"1", 2.0}, []any{common.Hash{1}.Hex(), common.Hash{2}.Hex()}, true, "-5"}); err != nil {
		t.Fatalf("arrays: %v", err)
	}
}

func FuzzLoad(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(vectors, "*.json"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"format":"standard-v1","leafEncoding":["uint256[]"],"tree":["0x"],"values":[{"value":[["1"]],"treeIndex":0}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tree, err := Load(data)
		if err != nil {
			return
		}
		// Whatever loads proves every value and dumps to a tree that loads
		// the same.
		for i := range tree.Values {
			p, _ := tree.Proof(i)
			leaf, _ := tree.Leaf(i)
			if !Verify(tree.Root(), leaf, p) {
				t.Fatalf("value %d of a loaded tree does not verify", i)
			}
		}
		d, err := tree.Dump()
		if err != nil {
			t.Fatal(err)
		}
		again, err := Load(d)
		if err != nil || again.Root() != tree.Root() {
			t.Fatalf("dump of a loaded tree does not load back: %v", err)
		}
	})
}

func BenchmarkBuild(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range benchSizes(64, 2048, 65536) {
		vals := versionValues(n, r)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := OfStandard(vals, []string{"string", "uint256", "bytes"}, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "leaves/s")
		})
	}
}

func BenchmarkVerify(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range benchSizes(64, 2048, 65536) {
		tree, _ := OfStandard(versionValues(n, r), []string{"string", "uint256", "bytes"}, Options{})
		p, _ := tree.Proof(n / 2)
		leaf, _ := tree.Leaf(n / 2)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if !Verify(tree.Root(), leaf, p) {
					b.Fatal("proof fails")
				}
			}
			b.ReportMetric(float64(len(p)*32), "proof-bytes")
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifies/s")
		})
	}
}

// benchSizes are a benchmark's tree sizes; -short leaves out the largest
// (bench/disk_test.go runs every benchmark that way).
func benchSizes(sizes ...int) []int {
	if testing.Short() {
		return sizes[:len(sizes)-1]
	}
	return sizes
}
