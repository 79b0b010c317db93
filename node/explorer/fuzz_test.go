package explorer

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// FuzzDecode feeds the indexer logs as any endpoint could serve them: a
// suite event's topic with whatever topics and data follow must give items
// or nothing, never a panic.
func FuzzDecode(f *testing.F) {
	for _, topic := range []common.Hash{topicTransfer, topicSingle, topicBatch, topicTokenized, topicMetadata, topicLocked, topicReleased, topicRejected, topicRefunded, topicSent, topicDelivered, topicAnchored, topicRegistered} {
		f.Add(topic.Bytes(), []byte{}, []byte{}, uint8(3))
		f.Add(topic.Bytes(), bytes.Repeat([]byte{0xff}, 96), common.LeftPadBytes([]byte{0x20}, 32), uint8(4))
	}
	c := &Chain{ID: 1337, Suite: map[string]common.Address{"Bridge": common.HexToAddress("0xb"), Wrapped721: common.HexToAddress("0xc")}}
	f.Fuzz(func(t *testing.T, topic, extra, data []byte, n uint8) {
		l := &types.Log{Address: common.HexToAddress("0xb"), Data: data, BlockNumber: 7, Index: 1}
		l.Topics = append(l.Topics, common.BytesToHash(topic))
		for i := 0; i < int(n%5); i++ {
			var h common.Hash
			if len(extra) > i*32 {
				copy(h[:], extra[i*32:])
			}
			l.Topics = append(l.Topics, h)
		}
		for _, it := range c.decode(l, 1) {
			if it.Chain != 1337 || it.Block != 7 || it.Kind == "" {
				t.Fatalf("an item out of a log: %+v", it)
			}
		}
	})
}

// FuzzReadReportProofs reads report files as anyone could hand them over.
func FuzzReadReportProofs(f *testing.F) {
	f.Add([]byte(`{"type":"mifm-audit-report/1","versions":[{"proof":{"type":"mifm-anchor-proof/1","proof":[]}}]}`))
	f.Add([]byte(`<meta name="generator" content="mifm-audit-report/1"><script type="application/json" id="proof-1">{"type":"mifm-anchor-proof/1"}</script>`))
	f.Add([]byte(`{"type":"mifm-audit-report/1","versions":[{"proof":null}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		proofs, err := ReadReportProofs(bytes.NewReader(b))
		if err == nil {
			for _, p := range proofs {
				if p == nil || len(p.Path) > 64 {
					t.Fatalf("a proof out of a report: %+v", p)
				}
			}
		}
	})
}
