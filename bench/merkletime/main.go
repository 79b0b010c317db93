// Command merkletime is mifm's side of bench/merkle-vs-openzeppelin.sh. With
// -gen it writes a batch of seeded version leaves, the same on every machine,
// as a request of testnet/merkle-js's "time" op, which OpenZeppelin's library
// then times; with -in it times mifm on the same request: node/anchor/merkle's
// tree of the leaves with a proof of every one, then the check of every proof
// from its leaf's values, by its own clock, and prints the result as the
// script does.
//
// Usage:
//
//	merkletime -gen N -out FILE   (N leaves; -seed S for another set)
//	merkletime -in FILE
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/anchor/merkle"
)

// request is the "time" op of testnet/merkle-js/merkle.mjs.
type request struct {
	Op       string   `json:"op"`
	Encoding []string `json:"encoding"`
	Values   [][]any  `json:"values"`
}

// result is what both sides print.
type result struct {
	Root     common.Hash `json:"root"`
	Leaves   int         `json:"leaves"`
	BuildMs  float64     `json:"buildMs"`
	VerifyMs float64     `json:"verifyMs"`
}

func main() {
	gen := flag.Int("gen", 0, "write a request of this many version leaves")
	out := flag.String("out", "", "file the request goes to (with -gen)")
	seed := flag.Uint64("seed", 1, "seed of the leaves (with -gen)")
	in := flag.String("in", "", "request to time")
	flag.Parse()
	var err error
	switch {
	case *gen > 0 && *out != "":
		err = write(*out, *gen, *seed)
	case *in != "":
		err = timeRequest(*in)
	default:
		err = errors.New("want -gen N -out FILE, or -in FILE")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "merkletime:", err)
		os.Exit(1)
	}
}

// write writes n leaves as node/anchor queues them: the subjects of 1,024
// users (identity, home avatar, content item, audit log), sequence numbers
// up to 64, and the CIDs of distinct documents.
func write(path string, n int, seed uint64) error {
	var key [32]byte
	key[0] = byte(seed)
	r := rand.New(rand.NewChaCha8(key))
	users := make([]string, 1024)
	for i := range users {
		s := make([]byte, 32)
		for j := range s {
			s[j] = byte(r.Uint32())
		}
		kp, err := did.NewKeyPair(did.Ed25519, s)
		if err != nil {
			return err
		}
		users[i] = kp.DID
	}
	kinds := []string{"identity:%s", "avatar:%s/home", "content:%s/item-7", "audit:%s"}
	values := make([][]any, n)
	doc := make([]byte, 600)
	for i := range values {
		for j := range doc {
			doc[j] = byte(r.Uint32())
		}
		c, err := anchor.DocCID(doc)
		if err != nil {
			return err
		}
		subject := fmt.Sprintf(kinds[r.IntN(len(kinds))], users[r.IntN(len(users))])
		values[i] = anchor.Leaf(subject, 1+r.Uint64N(64), c)
	}
	b, err := json.Marshal(request{Op: "time", Encoding: anchor.LeafEncoding, Values: values})
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

func timeRequest(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var req request
	if err := json.Unmarshal(b, &req); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	res, err := measure(req.Encoding, req.Values)
	if err != nil {
		return err
	}
	out, err := json.Marshal(res)
	if err != nil {
		return err
	}
	fmt.Printf("%s\n", out)
	return nil
}

// measure times what the library's side does: the tree and a proof of every
// value, then the check of every proof from its value (the leaf hashed
// again, the path walked to the root).
func measure(encoding []string, values [][]any) (*result, error) {
	start := time.Now()
	tree, err := merkle.OfStandard(values, encoding, merkle.Options{})
	if err != nil {
		return nil, err
	}
	proofs := make([][]common.Hash, len(values))
	for i := range values {
		if proofs[i], err = tree.Proof(i); err != nil {
			return nil, err
		}
	}
	built := time.Now()
	root := tree.Root()
	for i, v := range values {
		leaf, err := merkle.StandardLeaf(encoding, v)
		if err != nil {
			return nil, fmt.Errorf("value %d: %w", i, err)
		}
		if !merkle.Verify(root, leaf, proofs[i]) {
			return nil, fmt.Errorf("the proof of value %d does not verify", i)
		}
	}
	verified := time.Now()
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return &result{Root: root, Leaves: len(values), BuildMs: ms(built.Sub(start)), VerifyMs: ms(verified.Sub(built))}, nil
}
