// Package merkle builds and checks the Merkle trees of anchored batches
// (FGMV-43 7.4.3 IDSF, 7.1.3 AVSF, 7.5.3 LAF: state hashes anchored on chain)
// exactly as OpenZeppelin does, so that a proof mifm writes is accepted by
// MerkleProof.verify in a contract and by @openzeppelin/merkle-tree in
// JavaScript, and theirs by mifm.
//
// The layout is OpenZeppelin's: a standard tree's leaf is the keccak256 of the
// keccak256 of its ABI-encoded values (hashed twice so a leaf can never be
// taken for an inner node), an inner node the keccak256 of its two children in
// ascending order (so a proof needs no left/right bits), and the tree an array
// of 2n-1 nodes, root first, leaves last in reverse order, sorted by hash
// unless asked otherwise. Dumps use their JSON formats, standard-v1 and
// simple-v1.
package merkle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Dump formats, as OpenZeppelin's library writes them.
const (
	FormatStandard = "standard-v1"
	FormatSimple   = "simple-v1"
)

// Errors callers branch on.
var (
	ErrEmpty       = errors.New("a Merkle tree needs at least one leaf")
	ErrIndex       = errors.New("no such value in the tree")
	ErrInvalidTree = errors.New("the tree does not hash to itself")
	ErrDuplicate   = errors.New("a value is asked twice in one multiproof")
	ErrBadEncoding = errors.New("a value does not match the leaf encoding")
	ErrFormat      = errors.New("unknown tree dump format")
)

// Options are how a tree is built.
type Options struct {
	// Unsorted keeps the leaves in the order given instead of sorting them
	// by hash (OpenZeppelin's sortLeaves: false). Sorted trees make
	// multiproofs smaller.
	Unsorted bool
}

// Value is a leaf's values and where its leaf sits in the tree.
type Value struct {
	// Value is the leaf's values in JSON form (standard trees), or its
	// 32-byte hex hash (simple trees).
	Value     any `json:"value"`
	TreeIndex int `json:"treeIndex"`
}

// Tree is a complete binary Merkle tree in OpenZeppelin's array layout.
type Tree struct {
	Format string
	// Encoding is the ABI types of a standard tree's leaf values.
	Encoding []string
	Nodes    []common.Hash
	Values   []Value

	lookup map[common.Hash]int // leaf hash → value index
}

// HashPair is the hash of an inner node: keccak256 of the two children,
// the smaller first.
func HashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// StandardLeaf is the leaf of value under encoding:
// keccak256(keccak256(abi.encode(value))).
func StandardLeaf(encoding []string, value []any) (common.Hash, error) {
	types, err := parseEncoding(encoding)
	if err != nil {
		return common.Hash{}, err
	}
	return standardLeaf(types, value)
}

func standardLeaf(types []abi.Type, value []any) (common.Hash, error) {
	enc, err := encode(types, value)
	if err != nil {
		return common.Hash{}, err
	}
	inner := crypto.Keccak256(enc)
	return crypto.Keccak256Hash(inner), nil
}

// OfStandard builds a standard tree of values, each a list of values in JSON
// form matching encoding.
func OfStandard(values [][]any, encoding []string, opts Options) (*Tree, error) {
	types, err := parseEncoding(encoding)
	if err != nil {
		return nil, err
	}
	leaves := make([]common.Hash, len(values))
	for i, v := range values {
		h, err := standardLeaf(types, v)
		if err != nil {
			return nil, fmt.Errorf("value %d: %w", i, err)
		}
		leaves[i] = h
	}
	vals := make([]any, len(values))
	for i, v := range values {
		vals[i] = v
	}
	return build(FormatStandard, append([]string(nil), encoding...), vals, leaves, opts)
}

// OfSimple builds a simple tree whose leaves are the given hashes
// themselves.
func OfSimple(leaves []common.Hash, opts Options) (*Tree, error) {
	vals := make([]any, len(leaves))
	for i, l := range leaves {
		vals[i] = l.Hex()
	}
	return build(FormatSimple, nil, vals, append([]common.Hash(nil), leaves...), opts)
}

func build(format string, encoding []string, values []any, leaves []common.Hash, opts Options) (*Tree, error) {
	n := len(leaves)
	if n == 0 {
		return nil, ErrEmpty
	}
	order := make([]int, n) // leaf position → value index
	for i := range order {
		order[i] = i
	}
	if !opts.Unsorted {
		sort.SliceStable(order, func(a, b int) bool {
			return bytes.Compare(leaves[order[a]][:], leaves[order[b]][:]) < 0
		})
	}
	nodes := make([]common.Hash, 2*n-1)
	for pos, vi := range order {
		nodes[len(nodes)-1-pos] = leaves[vi]
	}
	for i := len(nodes) - 1 - n; i >= 0; i-- {
		nodes[i] = HashPair(nodes[2*i+1], nodes[2*i+2])
	}
	t := &Tree{Format: format, Encoding: encoding, Nodes: nodes, Values: make([]Value, n)}
	for pos, vi := range order {
		t.Values[vi] = Value{Value: values[vi], TreeIndex: len(nodes) - 1 - pos}
	}
	t.index()
	return t, nil
}

func (t *Tree) index() {
	t.lookup = make(map[common.Hash]int, len(t.Values))
	for i, v := range t.Values {
		t.lookup[t.Nodes[v.TreeIndex]] = i
	}
}

// Root is the tree's root.
func (t *Tree) Root() common.Hash { return t.Nodes[0] }

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.Values) }

// Leaf is the hash of value i's leaf.
func (t *Tree) Leaf(i int) (common.Hash, error) {
	if i < 0 || i >= len(t.Values) {
		return common.Hash{}, fmt.Errorf("%w: index %d of %d", ErrIndex, i, len(t.Values))
	}
	return t.Nodes[t.Values[i].TreeIndex], nil
}

// IndexOf finds the value whose leaf is leaf.
func (t *Tree) IndexOf(leaf common.Hash) (int, bool) {
	i, ok := t.lookup[leaf]
	return i, ok
}

func sibling(i int) int {
	if i%2 == 1 {
		return i + 1
	}
	return i - 1
}

func parent(i int) int { return (i - 1) / 2 }

// Proof is the inclusion proof of value i: the siblings from its leaf up.
func (t *Tree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= len(t.Values) {
		return nil, fmt.Errorf("%w: index %d of %d", ErrIndex, i, len(t.Values))
	}
	proof := []common.Hash{}
	for j := t.Values[i].TreeIndex; j > 0; j = parent(j) {
		proof = append(proof, t.Nodes[sibling(j)])
	}
	return proof, nil
}

// MultiProof proves several leaves at once, in OpenZeppelin's form: the
// leaves (in descending tree order, the order MerkleProof.multiProofVerify
// wants), the hashes they need and a flag per step saying whether it takes
// the next leaf-or-computed hash (true) or the next proof hash (false).
type MultiProof struct {
	Leaves     []common.Hash `json:"-"`
	Values     []any         `json:"leaves"`
	Proof      []common.Hash `json:"proof"`
	ProofFlags []bool        `json:"proofFlags"`
}

// MultiProof proves the values at the given indices.
func (t *Tree) MultiProof(indices []int) (*MultiProof, error) {
	treeIdx := make([]int, len(indices))
	seen := make(map[int]bool, len(indices))
	for k, i := range indices {
		if i < 0 || i >= len(t.Values) {
			return nil, fmt.Errorf("%w: index %d of %d", ErrIndex, i, len(t.Values))
		}
		if seen[i] {
			return nil, fmt.Errorf("%w: index %d", ErrDuplicate, i)
		}
		seen[i] = true
		treeIdx[k] = t.Values[i].TreeIndex
	}
	sort.Sort(sort.Reverse(sort.IntSlice(treeIdx)))
	mp := &MultiProof{Leaves: []common.Hash{}, Values: []any{}, Proof: []common.Hash{}, ProofFlags: []bool{}}
	for _, j := range treeIdx {
		mp.Leaves = append(mp.Leaves, t.Nodes[j])
		mp.Values = append(mp.Values, t.Values[t.lookup[t.Nodes[j]]].Value)
	}
	stack := append([]int(nil), treeIdx...)
	for len(stack) > 0 && stack[0] > 0 {
		j := stack[0]
		stack = stack[1:]
		s, p := sibling(j), parent(j)
		if len(stack) > 0 && s == stack[0] {
			mp.ProofFlags = append(mp.ProofFlags, true)
			stack = stack[1:]
		} else {
			mp.ProofFlags = append(mp.ProofFlags, false)
			mp.Proof = append(mp.Proof, t.Nodes[s])
		}
		stack = append(stack, p)
	}
	if len(indices) == 0 {
		mp.Proof = append(mp.Proof, t.Nodes[0])
	}
	return mp, nil
}

// ProcessProof is the root that leaf and proof hash to.
func ProcessProof(leaf common.Hash, proof []common.Hash) common.Hash {
	h := leaf
	for _, p := range proof {
		h = HashPair(h, p)
	}
	return h
}

// Verify reports whether proof proves leaf under root.
func Verify(root, leaf common.Hash, proof []common.Hash) bool {
	return ProcessProof(leaf, proof) == root
}

// ProcessMultiProof is the root a multiproof hashes to; false when the
// proof is malformed (its flags ask for more hashes than it has, or leave
// some unused), as MerkleProof.processMultiProof reverts then.
func ProcessMultiProof(leaves, proof []common.Hash, flags []bool) (common.Hash, bool) {
	if len(leaves)+len(proof) != len(flags)+1 {
		return common.Hash{}, false
	}
	stack := append([]common.Hash(nil), leaves...)
	rest := append([]common.Hash(nil), proof...)
	pop := func(from *[]common.Hash) (common.Hash, bool) {
		if len(*from) == 0 {
			return common.Hash{}, false
		}
		h := (*from)[0]
		*from = (*from)[1:]
		return h, true
	}
	for _, f := range flags {
		a, ok := pop(&stack)
		if !ok {
			return common.Hash{}, false
		}
		var b common.Hash
		if f {
			b, ok = pop(&stack)
		} else {
			b, ok = pop(&rest)
		}
		if !ok {
			return common.Hash{}, false
		}
		stack = append(stack, HashPair(a, b))
	}
	switch {
	case len(flags) > 0:
		if len(rest) != 0 {
			return common.Hash{}, false
		}
		return stack[len(stack)-1], true
	case len(leaves) > 0:
		return leaves[0], true
	default:
		return proof[0], true
	}
}

// VerifyMulti reports whether a multiproof proves leaves under root.
func VerifyMulti(root common.Hash, leaves, proof []common.Hash, flags []bool) bool {
	r, ok := ProcessMultiProof(leaves, proof, flags)
	return ok && r == root
}

// Dump is the tree in OpenZeppelin's dump format, which
// StandardMerkleTree.load (or SimpleMerkleTree.load) reads.
func (t *Tree) Dump() ([]byte, error) {
	d := struct {
		Format       string        `json:"format"`
		LeafEncoding []string      `json:"leafEncoding,omitempty"`
		Tree         []common.Hash `json:"tree"`
		Values       []Value       `json:"values"`
	}{t.Format, t.Encoding, t.Nodes, t.Values}
	if t.Format == FormatStandard && d.LeafEncoding == nil {
		d.LeafEncoding = []string{}
	}
	return json.Marshal(d)
}
