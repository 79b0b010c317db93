// Package merklejs runs testnet/merkle-js, OpenZeppelin's own JavaScript
// Merkle tree library (@openzeppelin/merkle-tree, pinned) and nothing of
// mifm, as a child process, so that the Merkle batches a node anchors (the
// state hashes of IDSF identity versions, AVSF avatars and the LAF log, whose
// roots go on chain and whose proofs anyone checks offline) are tested
// against the implementation other parties verify them with, not against our
// own reading of it. A request goes to the script as JSON on stdin; the
// answer comes back as JSON.
//
// Its script needs Node.js and the pinned npm package that
// `make merkle-js-deps` installs (make test does it). Tests call Require,
// which skips without them, except in CI, where it fails.
package merklejs

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/testnet/jsrun"
)

// script is the one script of testnet/merkle-js.
const script = "merkle.mjs"

// peer is testnet/merkle-js to jsrun, which runs it. An installed library
// other than the version package.json pins does not count: the tests would
// pass against a peer nobody chose.
var peer = jsrun.Peer{
	Folder:     "merkle-js",
	Name:       "Merkle tree library",
	Marker:     "@openzeppelin/merkle-tree", // the library the script runs
	Pinned:     true,
	MakeTarget: "merkle-js-deps",
}

// Error is a script that ran and failed: a request it refused, a tree the
// library would not build. Stderr holds the script's reason. It is jsrun's
// Error, which all the Node.js peers share.
type Error = jsrun.Error

// Dir is testnet/merkle-js in the source tree this package was built from.
func Dir() (string, error) { return peer.Dir() }

// Available says why the script cannot run here, or nil when it can. An
// installed library other than the pinned version is a reason: the tests
// would pass against a peer nobody chose.
func Available() error { return peer.Available() }

// Require skips t when the script cannot run here, and fails it in CI
// (CI=true), where a missing install step must not pass for a skip.
func Require(t testing.TB) {
	t.Helper()
	peer.Require(t)
}

// Of asks for StandardMerkleTree.of(Values, Encoding, {sortLeaves: !Unsorted}):
// its root, its dump, a proof of every value and a multiproof of each set of
// value indices in Multi. Its answer is a Tree. Values are as the library
// takes them in JSON: uints as decimal strings, bytes and bytesN as 0x hex
// strings, addresses as 0x hex, bools as bools.
type Of struct {
	Encoding []string
	Values   [][]any
	Unsorted bool
	Multi    [][]int
}

// MarshalJSON is the script's "of" request.
func (r Of) MarshalJSON() ([]byte, error) {
	values := r.Values
	if values == nil {
		values = [][]any{}
	}
	return json.Marshal(struct {
		Op         string   `json:"op"`
		Encoding   []string `json:"encoding"`
		Values     [][]any  `json:"values"`
		SortLeaves bool     `json:"sortLeaves"`
		Multi      [][]int  `json:"multi"`
	}{"of", r.Encoding, values, !r.Unsorted, indexSets(r.Multi)})
}

// Simple asks for SimpleMerkleTree.of(Values, {sortLeaves: !Unsorted}), whose
// leaves are the values themselves. Its answer is a Tree.
type Simple struct {
	Values   []common.Hash
	Unsorted bool
	Multi    [][]int
}

// MarshalJSON is the script's "simple" request.
func (r Simple) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Op         string        `json:"op"`
		Values     []common.Hash `json:"values"`
		SortLeaves bool          `json:"sortLeaves"`
		Multi      [][]int       `json:"multi"`
	}{"simple", hashes(r.Values), !r.Unsorted, indexSets(r.Multi)})
}

// Verify asks StandardMerkleTree.verify whether Proof proves Value under
// Root. Its answer is a Verdict.
type Verify struct {
	Encoding []string
	Root     common.Hash
	Value    []any
	Proof    []common.Hash
}

// MarshalJSON is the script's "verify" request.
func (r Verify) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Op       string        `json:"op"`
		Encoding []string      `json:"encoding"`
		Root     common.Hash   `json:"root"`
		Value    []any         `json:"value"`
		Proof    []common.Hash `json:"proof"`
	}{"verify", r.Encoding, r.Root, r.Value, hashes(r.Proof)})
}

// VerifySimple asks SimpleMerkleTree.verify whether Proof proves Leaf under
// Root. Its answer is a Verdict.
type VerifySimple struct {
	Root  common.Hash
	Leaf  common.Hash
	Proof []common.Hash
}

// MarshalJSON is the script's "verify" request without an encoding.
func (r VerifySimple) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Op    string        `json:"op"`
		Root  common.Hash   `json:"root"`
		Leaf  common.Hash   `json:"leaf"`
		Proof []common.Hash `json:"proof"`
	}{"verify", r.Root, r.Leaf, hashes(r.Proof)})
}

// VerifyMulti asks StandardMerkleTree.verifyMultiProof whether Proof and
// ProofFlags prove the values Leaves under Root. Its answer is a Verdict.
type VerifyMulti struct {
	Encoding   []string
	Root       common.Hash
	Leaves     [][]any
	Proof      []common.Hash
	ProofFlags []bool
}

// MarshalJSON is the script's "verifyMulti" request.
func (r VerifyMulti) MarshalJSON() ([]byte, error) {
	leaves := r.Leaves
	if leaves == nil {
		leaves = [][]any{}
	}
	return json.Marshal(struct {
		Op         string        `json:"op"`
		Encoding   []string      `json:"encoding"`
		Root       common.Hash   `json:"root"`
		Leaves     [][]any       `json:"leaves"`
		Proof      []common.Hash `json:"proof"`
		ProofFlags []bool        `json:"proofFlags"`
	}{"verifyMulti", r.Encoding, r.Root, leaves, hashes(r.Proof), flags(r.ProofFlags)})
}

// VerifyMultiSimple asks SimpleMerkleTree.verifyMultiProof whether Proof and
// ProofFlags prove Leaves under Root. Its answer is a Verdict.
type VerifyMultiSimple struct {
	Root       common.Hash
	Leaves     []common.Hash
	Proof      []common.Hash
	ProofFlags []bool
}

// MarshalJSON is the script's "verifyMulti" request without an encoding.
func (r VerifyMultiSimple) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Op         string        `json:"op"`
		Root       common.Hash   `json:"root"`
		Leaves     []common.Hash `json:"leaves"`
		Proof      []common.Hash `json:"proof"`
		ProofFlags []bool        `json:"proofFlags"`
	}{"verifyMulti", r.Root, hashes(r.Leaves), hashes(r.Proof), flags(r.ProofFlags)})
}

// Load asks the library to load Dump (StandardMerkleTree.load, or
// SimpleMerkleTree.load for the format simple-v1) and validate it. Its answer
// is a Loaded.
type Load struct {
	Dump json.RawMessage
}

// MarshalJSON is the script's "load" request.
func (r Load) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Op   string          `json:"op"`
		Dump json.RawMessage `json:"dump"`
	}{"load", r.Dump})
}

// Tree is the answer to Of and Simple.
type Tree struct {
	Root common.Hash `json:"root"`
	// Dump is the library's tree.dump(), as it printed it.
	Dump        json.RawMessage `json:"dump"`
	Proofs      []Proof         `json:"proofs"`
	MultiProofs []MultiProof    `json:"multiproofs"`
}

// Proof is the library's proof of the value at ValueIndex in the values as
// given (not the tree's leaf order).
type Proof struct {
	ValueIndex int `json:"valueIndex"`
	// Leaf is tree.leafHash of the value; zero in a Loaded.
	Leaf  common.Hash   `json:"leaf"`
	Proof []common.Hash `json:"proof"`
}

// MultiProof is tree.getMultiProof of a set of value indices.
type MultiProof struct {
	// Leaves are the proven values in the order the library put them: each
	// a []any of a StandardMerkleTree, a hex string of a SimpleMerkleTree.
	Leaves     []any         `json:"leaves"`
	Proof      []common.Hash `json:"proof"`
	ProofFlags []bool        `json:"proofFlags"`
}

// Verdict is the answer to a verification. A verification the library threw
// on (a value the encoding does not take) is a no, with Error saying why.
type Verdict struct {
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
}

// Loaded is the answer to Load: the dump's root and a proof of every value,
// or, when the library refused the dump, Error saying why.
type Loaded struct {
	Root   common.Hash `json:"root"`
	Proofs []Proof     `json:"proofs"`
	Error  string      `json:"error,omitempty"`
}

// Run sends req (an Of, Simple, Verify, VerifySimple, VerifyMulti,
// VerifyMultiSimple, Load, or anything else that marshals to a request of
// merkle.mjs) to the script and decodes its answer into out, a pointer to the
// request's answer type or a *json.RawMessage.
func Run(ctx context.Context, req, out any) error {
	answer, err := run(ctx, req)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(answer, out); err != nil {
		return fmt.Errorf("decode the answer of %s: %w", script, err)
	}
	return nil
}

// Batch is several requests run in one process: starting node and loading
// the library takes about 200 ms, more than most requests.
type Batch struct {
	reqs []any
	outs []any
}

// Add queues req, whose answer Run decodes into out (nil to drop it).
func (b *Batch) Add(req, out any) {
	b.reqs = append(b.reqs, req)
	b.outs = append(b.outs, out)
}

// Len is the number of requests queued.
func (b *Batch) Len() int { return len(b.reqs) }

// Run sends the queued requests as one batch and decodes each answer. A
// request that fails stops the batch: the answers before it are decoded and
// the *Error names it ("request 3 (of)").
func (b *Batch) Run(ctx context.Context) error {
	answer, runErr := run(ctx, map[string]any{"op": "batch", "requests": b.reqs})
	var res struct {
		Answers []json.RawMessage `json:"answers"`
	}
	if err := json.Unmarshal(answer, &res); err != nil {
		if runErr != nil {
			return runErr
		}
		return fmt.Errorf("decode the answers of %s: %w", script, err)
	}
	if runErr == nil && len(res.Answers) != len(b.reqs) {
		return fmt.Errorf("%s answered %d of %d requests", script, len(res.Answers), len(b.reqs))
	}
	for i, a := range res.Answers {
		if i >= len(b.outs) || b.outs[i] == nil {
			continue
		}
		if err := json.Unmarshal(a, b.outs[i]); err != nil {
			return fmt.Errorf("decode answer %d of %s: %w", i, script, err)
		}
	}
	return runErr
}

// run runs merkle.mjs with req as JSON on stdin and returns what it printed.
// A script that fails returns an *Error, whose Stderr says why, and what it
// printed before.
func run(ctx context.Context, req any) (json.RawMessage, error) {
	return peer.Run(ctx, script, req)
}

// hashes is h, or an empty list where h is nil: the script takes null for a
// missing field, and the proof of a one-leaf tree is empty, not missing.
func hashes(h []common.Hash) []common.Hash {
	if h == nil {
		return []common.Hash{}
	}
	return h
}

func flags(f []bool) []bool {
	if f == nil {
		return []bool{}
	}
	return f
}

// indexSets is sets with each nil set empty: a multiproof of no value is a
// question too.
func indexSets(sets [][]int) [][]int {
	out := make([][]int, len(sets))
	for i, s := range sets {
		if s == nil {
			s = []int{}
		}
		out[i] = s
	}
	return out
}
