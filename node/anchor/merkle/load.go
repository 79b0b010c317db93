package merkle

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// MaxLeaves bounds the trees Load accepts: a dump comes from outside (a
// manifest fetched from IPFS), and a batch never holds more.
const MaxLeaves = 1 << 20

// Load reads a dump in OpenZeppelin's format and checks it as
// StandardMerkleTree.load followed by validate does: every inner node hashes
// its children and every value hashes to the leaf it claims.
func Load(data []byte) (*Tree, error) {
	var d struct {
		Format       string   `json:"format"`
		LeafEncoding []string `json:"leafEncoding"`
		Tree         []string `json:"tree"`
		Values       []struct {
			Value     json.RawMessage `json:"value"`
			TreeIndex *int            `json:"treeIndex"`
		} `json:"values"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("read tree dump: %w", err)
	}
	switch d.Format {
	case FormatStandard:
		if len(d.LeafEncoding) == 0 {
			return nil, fmt.Errorf("%w: a %s dump names its leafEncoding", ErrFormat, FormatStandard)
		}
	case FormatSimple:
		if len(d.LeafEncoding) != 0 {
			return nil, fmt.Errorf("%w: a %s dump has no leafEncoding", ErrFormat, FormatSimple)
		}
	default:
		return nil, fmt.Errorf("%w: %q (want %s or %s)", ErrFormat, d.Format, FormatStandard, FormatSimple)
	}
	n := len(d.Values)
	if n == 0 {
		return nil, ErrEmpty
	}
	if n > MaxLeaves {
		return nil, fmt.Errorf("read tree dump: %d values, at most %d", n, MaxLeaves)
	}
	if len(d.Tree) != 2*n-1 {
		return nil, fmt.Errorf("%w: %d values need %d nodes, the dump has %d", ErrInvalidTree, n, 2*n-1, len(d.Tree))
	}
	var types []abi.Type
	if d.Format == FormatStandard {
		var err error
		if types, err = parseEncoding(d.LeafEncoding); err != nil {
			return nil, err
		}
	}
	t := &Tree{Format: d.Format, Encoding: d.LeafEncoding, Nodes: make([]common.Hash, len(d.Tree)), Values: make([]Value, n)}
	for i, h := range d.Tree {
		b, err := decodeHex(h)
		if err != nil || len(b) != 32 {
			return nil, fmt.Errorf("%w: node %d is not a 32-byte hex hash", ErrInvalidTree, i)
		}
		t.Nodes[i] = common.BytesToHash(b)
	}
	used := make(map[int]bool, n)
	for i, v := range d.Values {
		if v.TreeIndex == nil {
			return nil, fmt.Errorf("%w: value %d has no treeIndex", ErrInvalidTree, i)
		}
		ti := *v.TreeIndex
		if ti < n-1 || ti >= len(t.Nodes) || used[ti] {
			return nil, fmt.Errorf("%w: value %d sits at %d, which is not a free leaf of a %d-node tree", ErrInvalidTree, i, ti, len(t.Nodes))
		}
		used[ti] = true
		var leaf common.Hash
		var val any
		dv := json.NewDecoder(bytes.NewReader(v.Value))
		dv.UseNumber()
		if err := dv.Decode(&val); err != nil {
			return nil, fmt.Errorf("%w: value %d: %v", ErrBadEncoding, i, err)
		}
		if t.Format == FormatStandard {
			list, ok := val.([]any)
			if !ok {
				return nil, fmt.Errorf("%w: value %d is not a list", ErrBadEncoding, i)
			}
			h, err := standardLeaf(types, list)
			if err != nil {
				return nil, fmt.Errorf("value %d: %w", i, err)
			}
			leaf = h
		} else {
			s, ok := val.(string)
			b, err := decodeHex(s)
			if !ok || err != nil || len(b) != 32 {
				return nil, fmt.Errorf("%w: value %d of a simple tree is not a 32-byte hex hash", ErrBadEncoding, i)
			}
			leaf = common.BytesToHash(b)
		}
		if leaf != t.Nodes[ti] {
			return nil, fmt.Errorf("%w: value %d hashes to %s, its leaf %d is %s", ErrInvalidTree, i, leaf.Hex(), ti, t.Nodes[ti].Hex())
		}
		t.Values[i] = Value{Value: val, TreeIndex: ti}
	}
	for i := len(t.Nodes) - 1 - n; i >= 0; i-- {
		if HashPair(t.Nodes[2*i+1], t.Nodes[2*i+2]) != t.Nodes[i] {
			return nil, fmt.Errorf("%w: node %d is not the hash of its children", ErrInvalidTree, i)
		}
	}
	t.index()
	return t, nil
}
