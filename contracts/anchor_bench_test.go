package contracts_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mifm/mifm/contracts/bindings/baselineeventanchor"
)

// anchorBench anchors batch roots on the suite's Anchor and on the
// event-only baseline, side by side on one chain, from key 1.
type anchorBench struct {
	*anchorChain
	baseline common.Address
	base     *baselineeventanchor.BaselineEventAnchor
}

func newAnchorBench(t testing.TB) *anchorBench {
	t.Helper()
	g := &anchorBench{anchorChain: newAnchorChain(t), base: baselineeventanchor.NewBaselineEventAnchor()}
	code, err := hexutil.Decode(baselineeventanchor.BaselineEventAnchorMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	if g.baseline, _, err = g.senders[1].Deploy(context.Background(), code, nil); err != nil {
		t.Fatal(err)
	}
	return g
}

// anchorGas anchors a fresh batch of n leaves on both contracts and returns
// the gas of each transaction.
func (g *anchorBench) anchorGas(t testing.TB, n int) (mifm, baseline uint64) {
	t.Helper()
	batch, root, manifest := g.next(t)
	mifm = g.mustSend(t, 1, g.anchor, g.anc.PackAnchor(root, batch, uint32(n), manifest)).GasUsed
	baseline = g.mustSend(t, 1, g.baseline, g.base.PackAnchor(root, manifest)).GasUsed
	return mifm, baseline
}

// anchorBatchSizes are the batch sizes the benchmark and the budgets use:
// one version, a small batch, a node's usual batch, a full one.
var anchorBatchSizes = []int{1, 64, 2048, 65536}

// BenchmarkAnchorGas anchors a batch root on the Anchor (one slot and the
// Anchored event) and on the event-only baseline, Ceramic's way. A batch
// costs the same whatever its size, so gas/hash is gas/batch over the
// leaves.
func BenchmarkAnchorGas(b *testing.B) {
	g := newAnchorBench(b)
	for _, n := range anchorBatchSizes {
		b.Run(fmt.Sprintf("leaves-%d", n), func(b *testing.B) {
			var mifm, base uint64
			for i := 0; i < b.N; i++ {
				m, bl := g.anchorGas(b, n)
				mifm += m
				base += bl
			}
			perBatch, basePerBatch := float64(mifm)/float64(b.N), float64(base)/float64(b.N)
			b.ReportMetric(perBatch, "gas/batch")
			b.ReportMetric(perBatch/float64(n), "gas/hash")
			b.ReportMetric(basePerBatch, "baseline-gas/batch")
			b.ReportMetric(basePerBatch/float64(n), "baseline-gas/hash")
			b.ReportMetric(perBatch/basePerBatch, "ratio")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// verifyCalls are the verify and verifyVersion calls for one leaf of an
// anchored batch of n version leaves, its proof log2(n) siblings.
func (g *anchorChain) verifyCalls(t testing.TB, n int) (verify, version []byte) {
	t.Helper()
	tree, values := versionTree(t, n)
	batch, _, manifest := g.next(t)
	root := tree.Root()
	g.mustSend(t, 1, g.anchor, g.anc.PackAnchor(root, batch, uint32(n), manifest))
	i := n / 3
	proof, err := tree.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := tree.Leaf(i)
	if err != nil {
		t.Fatal(err)
	}
	subject, seq, c := versionArgs(t, values[i])
	verify = g.anc.PackVerify(g.addrs[1], root, hashes(proof), leaf)
	version = g.anc.PackVerifyVersion(g.addrs[1], root, hashes(proof), subject, seq, c)
	for _, data := range [][]byte{verify, version} {
		if ok, err := g.anc.UnpackVerify(g.call(t, g.anchor, data)); err != nil || !ok {
			t.Fatalf("the proof of leaf %d of %d does not verify: %v", i, n, err)
		}
	}
	return verify, version
}

// BenchmarkAnchorVerifyGas checks one leaf of an anchored batch of 2,048
// (a proof of 11 siblings) with verify (the leaf hash given) and
// verifyVersion (the leaf computed from subject, seq and cid), each sent as
// a transaction for its exact gas (eth_estimateGas says the same within its
// 1.5% search tolerance): the 21,000 base and the calldata, the proof,
// included.
func BenchmarkAnchorVerifyGas(b *testing.B) {
	g := newAnchorBench(b)
	const n = 2048
	verify, version := g.verifyCalls(b, n)
	for _, c := range []struct {
		name string
		data []byte
	}{{"verify", verify}, {"verifyVersion", version}} {
		b.Run(fmt.Sprintf("%s-%d", c.name, n), func(b *testing.B) {
			var total uint64
			for i := 0; i < b.N; i++ {
				total += g.mustSend(b, 0, g.anchor, c.data).GasUsed
			}
			b.ReportMetric(float64(total)/float64(b.N), "verify-gas")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// TestAnchorGasBudgets holds the figures of BenchmarkAnchorGas and
// BenchmarkAnchorVerifyGas: at most 25 gas per hash for a batch of 2,048 and
// at most 1 for a batch of 65,536 (the anchoring targets), and the
// measured costs with a little room, so that a change that makes anchoring
// or verifying dearer fails here.
func TestAnchorGasBudgets(t *testing.T) {
	g := newAnchorBench(t)
	perHashBudget := map[int]float64{2048: 25, 65536: 1}
	const batchBudget = 50_000 // measured: 49,559 with a 36-byte manifest
	for _, n := range anchorBatchSizes {
		mifm, base := g.anchorGas(t, n)
		perHash := float64(mifm) / float64(n)
		if budget, ok := perHashBudget[n]; ok && perHash > budget {
			t.Errorf("batch of %d: %d gas, %.2f gas/hash, budget %.0f", n, mifm, perHash, budget)
		}
		if mifm > batchBudget {
			t.Errorf("batch of %d: %d gas, budget %d", n, mifm, batchBudget)
		}
		t.Logf("batch of %5d: %6d gas (%8.2f gas/hash), event-only baseline %6d (ratio %.2f)", n, mifm, perHash, base, float64(mifm)/float64(base))
	}
	verifyCall, versionCall := g.verifyCalls(t, 2048)
	verify, version := g.mustSend(t, 0, g.anchor, verifyCall).GasUsed, g.mustSend(t, 0, g.anchor, versionCall).GasUsed
	if verify > 40_000 || version > 44_000 { // measured: 39,390 and 43,300
		t.Errorf("one leaf of 2,048: verify %d gas (budget 40,000), verifyVersion %d (budget 44,000)", verify, version)
	}
	t.Logf("one leaf of 2,048 (11 siblings): verify %d gas, verifyVersion %d, as transactions", verify, version)
}
