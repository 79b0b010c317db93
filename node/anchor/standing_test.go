package anchor

import (
	"context"
	"testing"
)

// A version that wins its conflict the moment it is recorded (the home
// policy: the home's version beats a holder's head) is the head in the
// history too, not a branch: a subject has exactly one record standing as
// head, the one its Head names.
func TestVersionWinningOnArrivalIsRecordedAsHead(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 2)
	subject := "avatar:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/home"
	cases := []struct {
		name string
		// run makes the home A's version win over the holder B's head on
		// one node, which it returns with the winner.
		run   func(t *testing.T, a, b *node, v1 string) (check *node, winner string)
		check string // the node's name in messages
	}{
		{"holder takes the home's version over its own head", func(t *testing.T, a, b *node, v1 string) (*node, string) {
			if _, err := b.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"}}); err != nil {
				t.Fatal(err)
			}
			va, err := a.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}})
			if err != nil {
				t.Fatal(err)
			}
			doc, _ := a.svc.Document(va.CID)
			if o, err := b.svc.Receive(ctx, doc, a.signer.DID); err != nil || o.Status != StandingHead || o.Head != va.CID {
				t.Fatalf("B takes A's version: %+v %v, want it the head", o, err)
			}
			return b, va.CID
		}, "b"},
		{"home edits an older version than the holder's head", func(t *testing.T, a, b *node, v1 string) (*node, string) {
			vb, err := b.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"}})
			if err != nil {
				t.Fatal(err)
			}
			doc, _ := b.svc.Document(vb.CID)
			if o, err := a.svc.Receive(ctx, doc, b.signer.DID); err != nil || o.Status != StandingHead {
				t.Fatalf("A takes B's version: %+v %v", o, err)
			}
			va, err := a.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}, Prev: v1})
			if err != nil || va.Status != StandingHead || va.Head != va.CID {
				t.Fatalf("A's edit of v1: %+v %v, want it the head", va, err)
			}
			return a, va.CID
		}, "a"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, b := w.node(t, 0, PolicyHome), w.node(t, 1, PolicyHome)
			v1, err := a.svc.Propose(ctx, ProposeRequest{Subject: subject, Content: map[string]string{"profile": profile}})
			if err != nil {
				t.Fatal(err)
			}
			doc1, _ := a.svc.Document(v1.CID)
			if _, err := b.svc.Receive(ctx, doc1, a.signer.DID); err != nil {
				t.Fatal(err)
			}
			if err := a.svc.AddHolder(subject, b.signer.DID); err != nil {
				t.Fatal(err)
			}
			n, winner := tc.run(t, a, b, v1.CID)
			sub, err := n.svc.Subject(subject)
			if err != nil || sub.Head != winner || len(sub.Conflict) != 0 {
				t.Fatalf("%s's subject: %+v %v, want the head %s and no conflict", tc.check, sub, err, winner)
			}
			hist, _ := n.svc.History(subject)
			var heads []string
			for _, r := range hist {
				if r.Standing == StandingHead {
					heads = append(heads, r.CID)
				}
				if r.CID == winner && r.Standing != StandingHead {
					t.Errorf("%s records the head %s as %s", tc.check, winner, r.Standing)
				}
			}
			if len(heads) != 1 {
				t.Errorf("%s's history has %d versions standing as head (%v), want one", tc.check, len(heads), heads)
			}
		})
	}
}
