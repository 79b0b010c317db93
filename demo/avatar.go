package demo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/avatar"
	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/ipfs"
)

// demoAvatar is 9.1 end to end: A's platform exports a user's VRM 0.x
// avatar (about 65,000 triangles, a 2048-pixel texture, spring bones);
// A's node sends it through the bridge, which converts it to VRM 1.0 for
// B; B fits it to its own limits (50,000 triangles, 1024 pixels, no
// spring bones) and its platform imports it; the user swaps the outfit
// on B, and the change goes home as the next anchored version of the
// avatar, converted back to VRM 0.x, and A's platform is told.
func demoAvatar(ctx context.Context, nodes map[string]*daemon.InProcess, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	t := time.Now()
	a, b := nodes[PlatformA].Core, nodes[PlatformB].Core
	seed := sha256.Sum256([]byte("mifm demo avatar owner"))
	owner, err := did.NewKeyPair(did.Ed25519, seed[:])
	var file []byte
	if err == nil {
		file, err = sample.Humanoid(sample.Options{VRM0: true, Detail: 6, TextureSize: 2048, Name: "Ada's avatar"})
	}
	var added *api.Added
	if err == nil {
		added, err = a.ContentAdd(ctx, api.Upload{Name: "ada.vrm", Body: bytes.NewReader(file), Size: int64(len(file))}, ipfs.AddOptions{CIDVersion: 1, Pin: true})
	}
	var exp *api.AvatarExport
	if err == nil {
		exp, err = a.ExportAvatar(ctx, api.ExportAvatarRequest{Owner: owner.DID, CID: added.CID.String()})
	}
	if err != nil {
		_, err = fail("avatar-export", t, err)
		return err
	}
	d := exp.File.Description
	report(Step{Step: "avatar-export", OK: true, Detail: fmt.Sprintf("A's platform exported the user's %s avatar (%d triangles, %d-pixel texture, %d bones, expressions %s, features %s) as version %d of %s (9.1 step 1)",
		d.Format, d.Triangles, d.MaxTextureSize, d.Bones, strings.Join(d.Expressions, ", "), strings.Join(d.Features, ", "), exp.Version.Seq, exp.Subject), IDs: map[string]string{"avatar": exp.File.CID, "version": exp.Version.CID}, Ms: ms(t)})

	t = time.Now()
	m, err := a.MigrateAvatar(ctx, api.MigrateAvatarRequest{Owner: owner.DID, To: PlatformB})
	if err == nil && (m.Status != avatar.StatusConverted || m.Via == nil || m.Converted == nil) {
		err = fmt.Errorf("migration %s: status %s, via %v (want converted through the bridge): %s %v", m.ID, m.Status, m.Via != nil, m.Error, m.Failures)
	}
	var in *avatar.Migration
	if err == nil {
		in, err = b.AvatarMigration(ctx, m.ID, avatar.RoleIncoming)
	}
	if err == nil {
		c := in.Converted.Description
		if c.Format != vrm.FormatVRM1 || c.Triangles > 50000 || c.MaxTextureSize > 1024 || len(c.HumanBones) != len(d.HumanBones) {
			err = fmt.Errorf("platform B holds a %s avatar of %d triangles, %d pixels, %d bones", c.Format, c.Triangles, c.MaxTextureSize, len(c.HumanBones))
		}
	}
	if err != nil {
		_, err = fail("avatar-migrate", t, err)
		return err
	}
	c := in.Converted.Description
	report(Step{Step: "avatar-migrate", OK: true, Detail: fmt.Sprintf("A had no avatar format in common with B, so the bridge took the avatar from A's gateway, converted it to VRM 1.0 and forwarded it under its own signature with its report (%d changes, %d losses); B fetched it from the bridge, kept that report, and fitted the avatar to its own limits: %d → %d triangles, %d → %d pixels, features %s (dropped: %s) (9.1 steps 2-3, MBMF)",
		len(m.Via.Report.Changed), len(m.Via.Report.Dropped), d.Triangles, c.Triangles, d.MaxTextureSize, c.MaxTextureSize, strings.Join(c.Features, ", "), strings.Join(in.Report.Dropped, "; ")), IDs: map[string]string{
		"migration": m.ID, "bridge": m.Via.Bridge, "bridged": m.Via.Before.CID, "converted": m.Converted.CID,
	}, Ms: ms(t)})

	t = time.Now()
	imp, err := b.ImportAvatar(ctx, api.ImportAvatarRequest{ID: m.ID, Account: "ada@platform-b"})
	if err != nil {
		_, err = fail("avatar-import", t, err)
		return err
	}
	report(Step{Step: "avatar-import", OK: true, Detail: "B's platform imported the converted avatar for the visitor (9.1 step 4)", IDs: map[string]string{"avatar": imp.Kept.CID}, Ms: ms(t)})

	// On B the user swaps the jacket for a coat: B's platform edits its
	// copy and hands the node the new file.
	t = time.Now()
	var changed []byte
	changed, err = swapOutfit(ctx, b, imp.Kept.CID, "jacket", "coat")
	var addedB *api.Added
	if err == nil {
		addedB, err = b.ContentAdd(ctx, api.Upload{Name: "ada-coat.vrm", Body: bytes.NewReader(changed), Size: int64(len(changed))}, ipfs.AddOptions{CIDVersion: 1, Pin: true})
	}
	var sy *api.AvatarSync
	if err == nil {
		sy, err = b.SyncAvatar(ctx, api.SyncAvatarRequest{Owner: owner.DID, CID: addedB.CID.String()})
	}
	var head *api.SubjectState
	if err == nil {
		head, err = a.SubjectHead(ctx, exp.Subject)
	}
	var homeFile *avatar.File
	if err == nil {
		if head.Head.CID != sy.Version.CID {
			err = fmt.Errorf("platform A's head of %s is %s, want B's change %s", exp.Subject, head.Head.CID, sy.Version.CID)
		} else {
			// A holds the file itself: it fetched it from B with the version.
			homeFile, err = a.InspectAvatar(ctx, head.Head.Version.Content["avatar"])
		}
	}
	if err == nil && (homeFile.Description.Format != vrm.FormatVRM0 || !hasPart(homeFile.Description, vrm.PartOutfit, "coat")) {
		err = fmt.Errorf("platform A's home avatar is %s with parts %+v, want VRM 0.x with the coat", homeFile.Description.Format, homeFile.Description.Parts)
	}
	if err != nil {
		_, err = fail("avatar-sync", t, err)
		return err
	}
	report(Step{Step: "avatar-sync", OK: true, Detail: fmt.Sprintf("the user swapped the outfit on B (%s); B converted the change back to A's VRM 0.x and proposed it as version %d of the home avatar, which synced to A; A fetched the file from B and its platform was told (9.1 steps 5-7)",
		strings.Join(sy.Changes, ", "), head.Head.Version.Seq), IDs: map[string]string{"version": sy.Version.CID, "home": homeFile.CID, "kept": sy.Kept.CID}, Ms: ms(t)})

	// The user comes back to B: B gives back the avatar it kept, coat
	// and all, not a fresh conversion of the home's (AVIR-103).
	t = time.Now()
	again, err := a.MigrateAvatar(ctx, api.MigrateAvatarRequest{Owner: owner.DID, To: PlatformB})
	if err == nil && (again.Status != avatar.StatusRestored || again.Converted == nil || again.Converted.CID != sy.Kept.CID) {
		err = fmt.Errorf("revisit: status %s, want restored with the kept %s", again.Status, sy.Kept.CID)
	}
	if err != nil {
		_, err = fail("avatar-revisit", t, err)
		return err
	}
	report(Step{Step: "avatar-revisit", OK: true, Detail: "the user went to B again with the same home version: B restored the avatar it kept, outfit change included, instead of converting the home's again (AVIR-103)", IDs: map[string]string{"migration": again.ID, "restored": again.Converted.CID}, Ms: ms(t)})
	return nil
}

func hasPart(d vrm.Description, kind, name string) bool {
	for _, p := range d.Parts {
		if p.Kind == kind && p.Name == name {
			return true
		}
	}
	return false
}

// swapOutfit is B's platform editing the visitor's avatar: the outfit
// part named from becomes one named to.
func swapOutfit(ctx context.Context, n api.Node, ref, from, to string) ([]byte, error) {
	id, err := ipfs.ParseCID(ref)
	if err != nil {
		return nil, err
	}
	r, err := n.ContentCat(ctx, id, 0, -1)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	a, err := vrm.Decode(b, vrm.Limits{})
	if err != nil {
		return nil, err
	}
	swapped := false
	for _, node := range a.Doc.Nodes {
		if node.Name == from && node.Mesh != nil {
			node.Name, swapped = to, true
			a.Doc.Meshes[*node.Mesh].Name = to
		}
	}
	if !swapped {
		return nil, errors.New("the avatar has no outfit " + from)
	}
	return a.Encode()
}
