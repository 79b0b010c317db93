package contracts_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/contracts/bindings/bridge"
)

// bridgeGas is what one cross-chain move of n ERC-721s costs: the send on
// X (each original pulled into custody by approval) and the delivery on Y
// (two of three attestations verified, n wrapped tokens minted with their
// URI, origin and royalty) to a fresh recipient.
type bridgeGas struct{ send, deliver uint64 }

// bridgeBench is a bridge pair whose user has approved the Bridge for the
// legacy collection and whose Bridge already holds some of it, so the
// figures are the steady state, not a first lock's.
type bridgeBench struct {
	*bridgePair
	seq int
}

func newBridgeBench(t testing.TB) *bridgeBench {
	t.Helper()
	g := &bridgeBench{bridgePair: newBridgePair(t)}
	g.x.mustSend(t, 2, g.x.legacy721, g.l7.PackSetApprovalForAll(g.x.bridge, true))
	g.move(t, 1)
	return g
}

// move mints n legacy tokens (66-byte ipfs:// URIs) to X's user, sends them
// to a fresh recipient on Y and delivers them.
func (g *bridgeBench) move(t testing.TB, n int) bridgeGas {
	t.Helper()
	items := make([]bridge.BridgeItem, n)
	for i := range items {
		items[i] = g.item721(t, g.mint721(t, g.x.user, ipfsURI(i)))
	}
	g.seq++
	to := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint("bridge-recipient", g.seq))))
	m := g.bridgePair.move(t, g.x, g.y, kind721, items, g.x.user, to, time.Hour, byte(g.seq))
	m.Salt[2] = byte(g.seq >> 8)
	r := g.x.mustSend(t, 2, g.x.bridge, g.br.PackSend(m))
	_, id := g.sent(t, r)
	d := g.y.mustSend(t, 3, g.y.bridge, g.br.PackDeliver(m, g.attest(t, g.y, false, id, g.attesters[0], g.attesters[2])))
	return bridgeGas{send: r.GasUsed, deliver: d.GasUsed}
}

// BenchmarkBridgeGas is the gas of a cross-chain transfer of n ERC-721s per
// asset, lock on X plus mint on Y, and of each part.
func BenchmarkBridgeGas(b *testing.B) {
	g := newBridgeBench(b)
	sizes := []int{1, 10, 100}
	if testing.Short() {
		// bench/disk_test.go runs every benchmark with -short: a move of
		// 100 writes what one of 10 does, only more, and took most of
		// that check's time. TestBridgeGasBudgets still delivers 100.
		sizes = sizes[:len(sizes)-1]
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("erc721-%d", n), func(b *testing.B) {
			var send, deliver uint64
			for i := 0; i < b.N; i++ {
				gas := g.move(b, n)
				send += gas.send
				deliver += gas.deliver
			}
			per := func(gas uint64) float64 { return float64(gas) / float64(b.N*n) }
			b.ReportMetric(per(send+deliver), "gas/asset")
			b.ReportMetric(per(send), "send-gas/asset")
			b.ReportMetric(per(deliver), "deliver-gas/asset")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// TestBridgeGasBudgets holds the figures of BenchmarkBridgeGas, and keeps a
// delivery of the most items a move may carry (MAX_ITEMS, 100) inside the
// gas one transaction may use since EIP-7825 with chain.Sender's 20% margin
// on its estimate: a move the destination could never deliver would only
// come back at its deadline.
func TestBridgeGasBudgets(t *testing.T) {
	g := newBridgeBench(t)
	const txCap = 1 << 24
	for _, tc := range []struct {
		n             int
		send, deliver uint64 // per asset
	}{
		{1, 140_000, 270_000},
		{10, 56_000, 130_000},
		{100, 48_000, 116_000},
	} {
		gas := g.move(t, tc.n)
		send, deliver := gas.send/uint64(tc.n), gas.deliver/uint64(tc.n)
		t.Logf("%3d ERC-721s: %7d gas/asset (send %6d, deliver %6d); deliver tx %d gas", tc.n, send+deliver, send, deliver, gas.deliver)
		if send > tc.send || deliver > tc.deliver {
			t.Errorf("%d ERC-721s: send %d, deliver %d gas/asset; budgets %d, %d", tc.n, send, deliver, tc.send, tc.deliver)
		}
		if gas.deliver*120/100 > txCap || gas.send*120/100 > txCap {
			t.Errorf("%d ERC-721s: send %d, deliver %d gas, with a 20%% margin above the %d a transaction may use", tc.n, gas.send, gas.deliver, txCap)
		}
	}
}
