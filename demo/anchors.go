package demo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/ipfs"
)

// demoAnchors is IDSF and AVSF between the demo's platforms: A, the home,
// anchors its user's identity profile and home avatar and shares them with
// B; B changes the profile from a version A has since replaced, and the
// home's rule settles the conflict on both nodes, keeping B's version as a
// branch; an auditor checks the proof of the head with the chain's JSON-RPC
// and A's gateway only, and A's audit log against its anchored checkpoint.
func demoAnchors(ctx context.Context, w *world, nodes map[string]*daemon.InProcess, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	t := time.Now()
	a, b := nodes[PlatformA], nodes[PlatformB]
	// B's node came back on new ports (the move steps): its did:web
	// document says so once A resolves it again.
	a.Core.Resolver.Forget(PlatformB)
	seed := sha256.Sum256([]byte("mifm demo user of platform A"))
	user, err := did.NewKeyPair(did.Ed25519, seed[:])
	if err != nil {
		_, err = fail("state-anchor", t, err)
		return err
	}
	content, err := a.Core.ContentStore(ctx)
	if err != nil {
		_, err = fail("state-anchor", t, err)
		return err
	}
	add := func(doc string) (string, error) {
		added, err := content.AddReader(ctx, strings.NewReader(doc), ipfs.AddOptions{CIDVersion: 1, Pin: true})
		return added.CID.String(), err
	}
	profile1, err := add(`{"name":"Ada","bio":"builder of swords"}`)
	// Minimal glTF 2.0 scenes stand in for the user's VRM: the home avatar,
	// A's new outfit for it, and the accessory B's user added meanwhile.
	gltf := func(outfit string) (string, error) {
		return add(`{"asset":{"version":"2.0","generator":"mifm demo"},"scene":0,"scenes":[{"nodes":[0]}],"nodes":[{"name":"avatar","extras":{"outfit":"` + outfit + `"}}]}`)
	}
	var avatar, avatar2, avatar3 string
	if err == nil {
		avatar, err = gltf("tunic")
	}
	if err == nil {
		avatar2, err = gltf("armour")
	}
	if err == nil {
		avatar3, err = gltf("tunic and hat")
	}
	if err != nil {
		_, err = fail("state-anchor", t, err)
		return err
	}
	identity, home := "identity:"+user.DID, "avatar:"+user.DID+"/home"
	w.subjects = []string{identity, home}
	v1, err := a.Core.ProposeVersion(ctx, api.ProposeVersionRequest{Subject: identity, Content: map[string]string{"profile": profile1}})
	var av *api.VersionOutcome
	if err == nil {
		av, err = a.Core.ProposeVersion(ctx, api.ProposeVersionRequest{Subject: home, Content: map[string]string{"avatar": avatar}})
	}
	if err == nil {
		// The identity goes to B only when its user migrates there (the
		// identity steps below); the home avatar is A's to share.
		_, err = a.Core.ShareSubject(ctx, api.ShareRequest{Subject: home, Peer: PlatformB})
	}
	if err != nil {
		_, err = fail("state-anchor", t, err)
		return err
	}
	report(Step{Step: "state-anchor", OK: true, Detail: "A signed its user's identity profile and home avatar as version 1 of each (JSON documents in IPFS), queued them for anchoring and shared the avatar with B", IDs: map[string]string{
		"identity": v1.CID, "avatar": av.CID, "user": user.DID,
	}, Ms: ms(t)})

	t = time.Now()
	v2a, err := a.Core.ProposeVersion(ctx, api.ProposeVersionRequest{Subject: home, Content: map[string]string{"avatar": avatar2}})
	var v2b *api.VersionOutcome
	if err == nil {
		// B's user changes the avatar as it was before A's change reached
		// them: both versions follow version 1.
		v2b, err = b.Core.ProposeVersion(ctx, api.ProposeVersionRequest{Subject: home, Content: map[string]string{"avatar": avatar3}, Prev: av.CID})
	}
	var headA, headB *api.SubjectState
	if err == nil {
		headA, err = a.Core.SubjectHead(ctx, home)
	}
	if err == nil {
		headB, err = b.Core.SubjectHead(ctx, home)
	}
	if err == nil && (headA.Head.CID != v2a.CID || headB.Head.CID != v2a.CID || len(v2b.Synced) != 1 || v2b.Synced[0].Status != anchor.StandingBranch) {
		err = fmt.Errorf("after the conflict, A's head is %s and B's %s (want A's %s); B's sync: %+v", headA.Head.CID, headB.Head.CID, v2a.CID, v2b.Synced)
	}
	if err != nil {
		_, err = fail("state-conflict", t, err)
		return err
	}
	report(Step{Step: "state-conflict", OK: true, Detail: "A and B both changed version 1 of the home avatar (an outfit on A, a hat on B); B sent its version home, where the home's rule kept A's as the head; both nodes hold A's version as head and B's as a branch", IDs: map[string]string{
		"head": v2a.CID, "branch": v2b.CID, "policy": headA.Subject.Policy,
	}, Ms: ms(t)})

	// The user's identity moves to B and syncs back (9.4); its versions
	// go into the batch below.
	if err := demoMigration(ctx, nodes, report, fail); err != nil {
		return err
	}
	// The user's avatar visits B through the bridge and syncs home (9.1).
	if err := demoAvatar(ctx, nodes, report, fail); err != nil {
		return err
	}

	t = time.Now()
	batches, err := a.Core.AnchorFlush(ctx)
	if err == nil && len(batches) == 0 {
		err = errors.New("nothing was anchored")
	}
	if err != nil {
		_, err = fail("anchor-batch", t, err)
		return err
	}
	last := batches[len(batches)-1]
	rcpt, err := w.n.Chain.TransactionReceipt(ctx, last.Anchored.Tx)
	if err != nil {
		_, err = fail("anchor-batch", t, err)
		return err
	}
	report(Step{Step: "anchor-batch", OK: true, Detail: fmt.Sprintf("A anchored %d leaves (the versions it holds, B's branch among them, and its audit checkpoint) as one Merkle root (OpenZeppelin StandardMerkleTree) in one storage write; the tree's dump is in IPFS", last.Leaves), IDs: map[string]string{
		"root": last.Root.Hex(), "manifest": last.Manifest, "block": fmt.Sprint(last.Anchored.Block),
	}, Tx: last.Anchored.Tx.Hex(), Gas: rcpt.GasUsed, Ms: ms(t)})

	// The auditor: a proof file, the chain's JSON-RPC, A's public gateway.
	t = time.Now()
	proof, err := a.Core.VersionProof(ctx, identity)
	var raw []byte
	if err == nil {
		raw, err = json.Marshal(proof)
	}
	var p *anchor.Proof
	if err == nil {
		p, err = anchor.ReadProof(bytes.NewReader(raw))
	}
	endpoint := w.n.Chain.Endpoint()
	if err == nil && endpoint == "" {
		err = errors.New("the demo chain serves no JSON-RPC")
	}
	var client *ethclient.Client
	if err == nil {
		client, err = ethclient.DialContext(ctx, endpoint)
	}
	if err != nil {
		_, err = fail("anchor-verify", t, err)
		return err
	}
	defer client.Close()
	// The author's did:web resolves through the demo's loopback resolver,
	// as it would over HTTPS from anywhere.
	vf := &anchor.Verifier{Chain: client, Gateway: a.RE, Resolver: a.Core.Resolver}
	v := vf.Verify(ctx, p)
	if !v.OK {
		_, err = fail("anchor-verify", t, fmt.Errorf("the %s check failed", v.Failed))
		return err
	}
	tampered := *p
	tampered.Path = append(tampered.Path[:0:0], p.Path...)
	if len(tampered.Path) > 0 {
		tampered.Path[0][0] ^= 1
	}
	if tv := vf.Verify(ctx, &tampered); tv.OK || tv.Failed != "path" {
		_, err = fail("anchor-verify", t, fmt.Errorf("a tampered proof was not refused at its path: %+v", tv))
		return err
	}
	names := make([]string, len(v.Checks))
	for i, c := range v.Checks {
		names[i] = c.Name
	}
	report(Step{Step: "anchor-verify", OK: true, Detail: fmt.Sprintf("an auditor with the chain's JSON-RPC, A's gateway and the author's DID document checked the head's proof (%s; %d bytes of path) and refused a tampered copy at its path", strings.Join(names, ", "), 32*len(p.Path)), IDs: map[string]string{
		"rpc": endpoint, "gateway": a.RE, "version": p.CID,
	}, Ms: ms(t)})

	t = time.Now()
	export, err := a.Core.AuditExport(ctx)
	if err != nil {
		_, err = fail("audit-anchored", t, err)
		return err
	}
	r := anchor.VerifyLog(ctx, export, vf)
	if !r.OK {
		_, err = fail("audit-anchored", t, fmt.Errorf("%s: %s", r.Failed, r.Reason))
		return err
	}
	edited := *export
	edited.Entries = append(edited.Entries[:0:0], export.Entries...)
	edited.Entries[0].Op = "edited"
	if er := anchor.VerifyLog(ctx, &edited, vf); er.OK {
		_, err = fail("audit-anchored", t, errors.New("an edited log passed"))
		return err
	}
	report(Step{Step: "audit-anchored", OK: true, Detail: fmt.Sprintf("A's exported audit log: its first %d of %d entries end in the head its anchored checkpoint signed; a copy with entry 1 edited fails", r.Checkpointed, r.Entries), IDs: map[string]string{
		"checkpoint": export.Checkpoint.CID,
	}, Ms: ms(t)})
	return nil
}
