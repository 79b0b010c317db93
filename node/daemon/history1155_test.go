package daemon

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/transfer"
)

// takeEditions makes p's platform take ERC-1155 editions too.
func takeEditions(t *testing.T, p *InProcess) {
	t.Helper()
	ctx := context.Background()
	mb, err := p.Core.Manifesto(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m := mb.Manifesto
	m.TokenStandards = append(m.TokenStandards, "erc1155")
	if _, err := p.Core.SetManifesto(ctx, m); err != nil {
		t.Fatal(err)
	}
}

// editionsPair is transferPair with B taking editions, A's tokenizer, and
// a user on each side.
func editionsPair(t *testing.T) (a, b *InProcess, tok *asset.Tokenizer, userA, userB common.Address, n *node.Node) {
	t.Helper()
	a, b, n, sender := transferPair(t, newBackend(t, 0), newBackend(t, 0))
	takeEditions(t, b)
	tok = pairTokenizer(t, a, n, sender)
	return a, b, tok, a.Core.Home.Keystore().Accounts()[1], b.Core.Home.Keystore().Accounts()[1], n
}

// The history of ERC-1155 editions moved through the escrow reads as it
// happened (issue 25, point 4): a TransferSingle's fourth topic is its
// recipient, not the token id, and history used to take it for the id, so
// an edition's lock showed as a plain transfer. Now each lock, release and
// rejection is recognised, with its amount.
func TestEditionHistoryThroughTheEscrow(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes and a chain")
	}
	a, b, tok, userA, userB, _ := editionsPair(t)
	ctx := context.Background()
	hB := b.Core.Home
	mint := func(name string, data []byte) string {
		m, err := tok.Tokenize(ctx, asset.Request{Files: []asset.File{{Name: name, Data: bytes.NewReader(data)}}, Name: name, LocalID: name, To: userA,
			Standard: asset.ERC1155, Amount: big.NewInt(5)})
		if err != nil {
			t.Fatal(err)
		}
		return m.Asset
	}
	sword := mint("sword.glb", []byte("glTF\x02\x00\x00\x00 an edition of swords"))
	shield := mint("shield.fbx", []byte("Kaydara FBX Binary  \x00 a model B does not take"))
	send := func(asset string, want transfer.State) {
		r, err := a.Core.StartTransfer(ctx, api.TransferRequest{Asset: asset, Amount: "2", From: userA.Hex(), ToPlatform: hB.Config.Platform.DID, To: userB.Hex(), Deadline: "10m", Rights: []string{"display"}})
		if err != nil {
			t.Fatal(err)
		}
		if r.State != want {
			t.Fatalf("transfer of %s ended %s, want %s: %+v", asset, r.State, want, r.History)
		}
	}
	send(sword, transfer.Delivered)
	send(shield, transfer.Returned)

	for _, tc := range []struct {
		asset string
		want  string
	}{
		{sword, "minted 5 to " + userA.Hex() + "; locked 2 from " + userA.Hex() + "; released 2 to " + userB.Hex()},
		{shield, "minted 5 to " + userA.Hex() + "; locked 2 from " + userA.Hex() + "; rejected 2 to " + userA.Hex()},
	} {
		for _, node := range []*InProcess{a, b} {
			h, err := node.Core.AssetHistory(ctx, tc.asset, "")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ev := range h.Events {
				switch ev.Kind {
				case "minted", "released", "rejected", "refunded":
					got = append(got, ev.Kind+" "+ev.Amount+" to "+ev.To.Hex())
				default:
					got = append(got, ev.Kind+" "+ev.Amount+" from "+ev.From.Hex())
				}
				if ev.Kind != "minted" && (ev.Escrow == nil || ev.Transfer == nil || ev.Platform != hB.Config.Platform.DID) {
					t.Errorf("%s: %s names no escrow, transfer or destination: %+v", tc.asset, ev.Kind, ev)
				}
			}
			if s := strings.Join(got, "; "); s != tc.want {
				t.Errorf("history of %s on %s:\n  %s\nwant\n  %s", tc.asset, node.Core.Home.Config.Platform.DID, s, tc.want)
			}
		}
	}
}
