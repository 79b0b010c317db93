package testnet

import (
	"bytes"
	"encoding/json"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/avatar"
	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
)

// avatarNet is A and B on one chain, anchoring (startAnchorNet, with the
// direct channel A–B it opens), and a bridge process, the three partners
// of each other. B's manifesto is the demo's with small limits (3,000
// triangles, 256-pixel textures), so every VRM 0.x avatar from A needs
// the bridge's format conversion and B's own decimation. A opens a
// channel to B through the bridge for vrm-0.x, as `testnet/run.sh` does.
func avatarNet(t *testing.T) (n *net3, bridged manage.Channel) {
	n = startAnchorNetWith(t, func(n *net3) {
		p := &proc{name: "bridge", home: filepath.Join(n.dir, "bridge"), ri: freePort(t), re: freePort(t)}
		n.nodes["bridge"] = p
		n.mifm("bridge", "--chain", n.chainURL, "init", "--kdf", "light", "--dev-accounts", "0", "--allow-private", "127.0.0.0/8", "--allow-private", "::1/128")
		br := n.did("bridge")
		for _, name := range []string{"a", "b"} {
			n.mifm(name, "platform", "partner", "add", br)
			n.mifm("bridge", "platform", "partner", "add", n.did(name))
		}
	}, "a", "b")
	n.start("bridge", "") // startProcess runs a node named bridge with --bridge
	n.mifm("bridge", "platform", "manifesto", "set", filepath.Join("..", "demo", "manifestos", "bridge.json"))
	n.setManifesto("b", func(m map[string]any) { avatarLimits(m, 0) })
	bridged = decode[manage.Channel](t, "channel open --bridge", n.mifm("a", "--json", "channel", "open",
		"--bridge", n.reURL("bridge"), "--require", "avatar.format:vrm-0.x", n.reURL("b")))
	if bridged.State != manage.StateEstablished || bridged.Bridge == nil {
		t.Fatalf("the bridged channel A–B: %+v", bridged)
	}
	return n, bridged
}

// avatarLimits sets B's avatar block: VRM 1.0 and glTF, 3,000 triangles,
// 256-pixel textures, blend shapes and MToon, and maxBones when not 0.
func avatarLimits(m map[string]any, maxBones int) {
	av := map[string]any{"formats": []string{"vrm-1.0", "gltf-2.0"}, "maxPolygons": 3000, "maxTextureSize": 256, "features": []string{"blend-shapes", "mtoon"}}
	if maxBones > 0 {
		av["maxBones"] = maxBones
	}
	m["avatar"] = av
}

// TestAvatarAcrossProcesses is FGMV-43 9.1 between node processes, driven
// through the CLI as platform operators would: A (VRM 0.x worlds) exports
// a user's avatar and migrates it to B (VRM 1.0, small limits) through the
// bridge, which converts the format; B fits it to its limits and imports
// it; the user swaps the outfit on B, and the change goes home to A as the
// next version, in A's format, with A holding the file (and the same for
// a VRM 1.0 avatar B takes without the bridge). Then every kind of
// refusal, each with the reason a user is shown: a licence that forbids
// the changes needed (refused by the bridge, and by B, which offers its
// default avatar), a required glTF extension mifm cannot convert, more
// bones than B takes; and offers B must refuse before it fetches anything:
// from a stranger, from a partner claiming another platform's avatar,
// declaring a gigabyte, or replayed.
func TestAvatarAcrossProcesses(t *testing.T) {
	mifmBinary(t) // skips in -short
	start := time.Now()
	n, bridged := avatarNet(t)
	aDID, bDID, brDID := n.did("a"), n.did("b"), n.did("bridge")
	if bridged.Bridge.DID != brDID {
		t.Fatalf("the channel's bridge is %s, want %s", bridged.Bridge.DID, brDID)
	}
	t.Logf("net up in %s", time.Since(start).Round(time.Millisecond))
	// Each step is a subtest with its own view of the net, whose helpers
	// fail the step (a failed step does not stop the independent ones).
	whole := n
	step := func(name string, run func(t *testing.T)) {
		t.Helper()
		t.Logf("step: %s (at %s)", name, time.Since(start).Round(time.Millisecond))
		t.Run(name, func(t *testing.T) {
			view := *whole
			view.t, n = t, &view
			defer func() { n = whole }()
			run(t)
		})
	}

	// write writes an avatar file for the CLI.
	write := func(t *testing.T, name string, b []byte) string {
		t.Helper()
		p := filepath.Join(n.dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	humanoid := func(t *testing.T, o sample.Options) []byte {
		t.Helper()
		b, err := sample.Humanoid(o)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	owner := func(t *testing.T) string {
		t.Helper()
		kp, err := did.NewKeyPair(did.Ed25519, nil)
		if err != nil {
			t.Fatal(err)
		}
		return kp.DID
	}
	export := func(t *testing.T, who, file string) api.AvatarExport {
		t.Helper()
		x := decode[api.AvatarExport](t, "avatar export", n.mifm("a", "--json", "avatar", "export", "--owner", who, file))
		if x.Subject != anchor.KindAvatar+":"+who+"/home" || x.Version.Status != anchor.StandingHead || x.File.CID == "" {
			t.Fatalf("export: subject %s, version %+v, file %s", x.Subject, x.Version.Outcome, x.File.CID)
		}
		return x
	}
	migrate := func(t *testing.T, who string) avatar.Migration {
		t.Helper()
		out, stderr, code := n.on(nil, "a", "--json", "avatar", "migrate", "--owner", who, "--to", bDID)
		if code != 0 {
			t.Fatalf("avatar migrate: exit %d: %s%s", code, out, stderr)
		}
		return decode[avatar.Migration](t, "avatar migrate", []byte(out))
	}
	show := func(t *testing.T, name, role, id string) avatar.Migration {
		t.Helper()
		return decode[avatar.Migration](t, "avatar show on "+name, n.mifm(name, "--json", "avatar", "show", "--role", role, id))
	}
	// refusedOn checks a migration was refused on rule alone, with a
	// reason.
	refusedOn := func(t *testing.T, m avatar.Migration, rule string) {
		t.Helper()
		var rules []string
		for _, f := range m.Failures {
			rules = append(rules, f.Rule)
			if f.Reason == "" {
				t.Errorf("rule %s failed without a reason", f.Rule)
			}
		}
		if m.Status != avatar.StatusRefused || !slices.Contains(rules, rule) || m.Converted != nil {
			t.Fatalf("migration %s (%s): status %s, failed rules %v, converted %v; want refused on %s", m.ID, m.Role, m.Status, rules, m.Converted != nil, rule)
		}
		for _, r := range rules {
			if r != rule {
				t.Errorf("migration %s also failed rule %s: %+v", m.ID, r, m.Failures)
			}
		}
	}
	// notOnB says B holds no incoming record of a migration.
	notOnB := func(t *testing.T, id string) {
		t.Helper()
		if out, err := n.try("b", "--json", "avatar", "show", "--role", "incoming", id); err == nil {
			t.Errorf("B holds migration %s it should never have received: %s", id, out)
		}
	}
	hasPart := func(d vrm.Description, kind, name string) bool {
		return slices.ContainsFunc(d.Parts, func(p vrm.Part) bool { return p.Kind == kind && p.Name == name })
	}
	// withinB checks an avatar B keeps is within its manifesto.
	withinB := func(t *testing.T, what string, d vrm.Description) {
		t.Helper()
		if d.Format != vrm.FormatVRM1 || d.Triangles == 0 || d.Triangles > 3000 || d.MaxTextureSize > 256 || slices.Contains(d.Features, vrm.FeatureSpringBones) {
			t.Errorf("%s on B: %s, %d triangles, %d-pixel textures, features %v; want vrm-1.0, ≤ 3000, ≤ 256, no spring-bones", what, d.Format, d.Triangles, d.MaxTextureSize, d.Features)
		}
	}

	// visit is 9.1 steps 4-7 for a migration B converted: B's platform
	// imports it, the user swaps the jacket for a coat there, B syncs the
	// change home; A then holds the second version, by B, naming a file in
	// A's format (VRM 0.x) that A holds itself.
	visit := func(t *testing.T, who string, m avatar.Migration, orig vrm.Description) {
		t.Helper()
		imp := decode[avatar.Migration](t, "avatar import", n.mifm("b", "--json", "avatar", "import", "--account", "visitor@b", m.ID))
		if imp.Status != avatar.StatusImported || imp.Account != "visitor@b" || imp.Kept == nil || imp.Kept.CID != m.Converted.CID {
			t.Fatalf("import on B: status %s, account %q, kept %v", imp.Status, imp.Account, imp.Kept)
		}
		// B's platform edits its copy: the jacket becomes a coat.
		kept := filepath.Join(n.dir, m.ID+"-kept.vrm")
		n.mifm("b", "content", "cat", "-o", kept, imp.Kept.CID)
		b, err := os.ReadFile(kept)
		if err != nil {
			t.Fatal(err)
		}
		a, err := vrm.Decode(b, vrm.Limits{})
		if err != nil {
			t.Fatalf("the kept avatar does not decode: %v", err)
		}
		swapped := false
		for _, nd := range a.Doc.Nodes {
			if nd.Name == "jacket" && nd.Mesh != nil {
				nd.Name, swapped = "coat", true
				a.Doc.Meshes[*nd.Mesh].Name = "coat"
			}
		}
		if !swapped {
			t.Fatal("the kept avatar has no jacket")
		}
		changed, err := a.Encode()
		if err != nil {
			t.Fatal(err)
		}
		s := decode[api.AvatarSync](t, "avatar sync", n.mifm("b", "--json", "avatar", "sync", "--owner", who, write(t, m.ID+"-coat.vrm", changed)))
		if !slices.Contains(s.Changes, `outfit "coat" added`) || !slices.Contains(s.Changes, `outfit "jacket" removed`) {
			t.Errorf("the sync's changes: %v", s.Changes)
		}
		if !hasPart(s.Kept.Description, vrm.PartOutfit, "coat") || s.Kept.Description.Format != vrm.FormatVRM1 {
			t.Errorf("the avatar B keeps: %s, parts %+v", s.Kept.Description.Format, s.Kept.Description.Parts)
		}
		if s.Home.Description.Format != vrm.FormatVRM0 || !hasPart(s.Home.Description, vrm.PartOutfit, "coat") {
			t.Errorf("the change as converted for A: %s, parts %+v", s.Home.Description.Format, s.Home.Description.Parts)
		}
		if len(s.Version.Synced) != 1 || s.Version.Synced[0].Peer != aDID || s.Version.Synced[0].Status != anchor.StandingHead {
			t.Fatalf("the version's sync to A: %+v", s.Version.Synced)
		}
		hist := decode[[]api.VersionRecord](t, "avatar history", n.mifm("a", "--json", "avatar", "history", "--owner", who))
		if len(hist) != 2 {
			t.Fatalf("A's history of the avatar has %d versions: %+v", len(hist), hist)
		}
		var head *api.VersionRecord
		for i := range hist {
			if hist[i].Standing == anchor.StandingHead {
				head = &hist[i]
			}
		}
		if head == nil || head.CID != s.Version.CID || head.Version.Author != bDID || head.Version.Home != aDID || head.Version.Seq != 2 || head.From != bDID {
			t.Fatalf("A's head: %+v, want B's version %s", head, s.Version.CID)
		}
		ref := head.Version.Content["avatar"]
		if ref != s.Home.CID {
			t.Fatalf("A's head names avatar %s, B converted the change to %s", ref, s.Home.CID)
		}
		// A fetches the file from B when the version arrives: inspect on A
		// reads A's own store.
		var f avatar.File
		n.waitFor(func() bool {
			out, err := n.try("a", "--json", "avatar", "inspect", ref)
			if err == nil {
				f = decode[avatar.File](t, "avatar inspect", out)
			}
			return err == nil
		})
		d := f.Description
		if d.Format != vrm.FormatVRM0 || !hasPart(d, vrm.PartOutfit, "coat") || hasPart(d, vrm.PartOutfit, "jacket") || d.Triangles > 70000 || d.MaxTextureSize > 2048 {
			t.Fatalf("A's home avatar: %s, %d triangles, parts %+v; want VRM 0.x with the coat", d.Format, d.Triangles, d.Parts)
		}
		if got, want := slices.Sorted(maps.Keys(d.HumanBones)), slices.Sorted(maps.Keys(orig.HumanBones)); !slices.Equal(got, want) {
			t.Errorf("human bones at home after the trip: %v, before %v", got, want)
		}
	}

	ada := owner(t)
	var adaMig avatar.Migration
	var adaOrig vrm.Description

	step("bridged: export on A, migrate to B through the bridge", func(t *testing.T) {
		file := write(t, "ada.vrm", humanoid(t, sample.Options{VRM0: true, Detail: 2, TextureSize: 512, Name: "Ada"}))
		x := export(t, ada, file)
		adaOrig = x.File.Description
		if adaOrig.Format != vrm.FormatVRM0 || adaOrig.Triangles < 7000 || adaOrig.MaxTextureSize != 512 || !slices.Contains(adaOrig.Features, vrm.FeatureSpringBones) || !hasPart(adaOrig, vrm.PartOutfit, "jacket") {
			t.Fatalf("the exported avatar: %s, %d triangles, %d px, features %v, parts %+v", adaOrig.Format, adaOrig.Triangles, adaOrig.MaxTextureSize, adaOrig.Features, adaOrig.Parts)
		}
		m := migrate(t, ada)
		if m.Status != avatar.StatusConverted || m.Role != avatar.RoleOutgoing || m.Peer != bDID || m.Error != "" {
			t.Fatalf("A's record: status %s, role %s, peer %s, error %q, failures %+v", m.Status, m.Role, m.Peer, m.Error, m.Failures)
		}
		if m.Via == nil || m.Via.Bridge != brDID || m.Via.Original != x.File.CID {
			t.Fatalf("A's record of the bridge: %+v, want bridge %s having received %s", m.Via, brDID, x.File.CID)
		}
		if b := m.Via.Before; b == nil || b.CID != x.File.CID || b.Description.Format != vrm.FormatVRM0 {
			t.Errorf("what the bridge says it received (via.before): %+v; want A's VRM 0.x file %s", b, x.File.CID)
		}
		if len(m.Via.Report.Changed) == 0 {
			t.Errorf("the bridge reports no change for a VRM 0.x → 1.0 conversion")
		}
		in := show(t, "b", avatar.RoleIncoming, m.ID)
		if in.Status != avatar.StatusConverted || in.Home != aDID || in.Owner != ada || in.Converted == nil || in.Via == nil || in.Via.Bridge != brDID {
			t.Fatalf("B's record: status %s, home %s, owner %s, via %+v", in.Status, in.Home, in.Owner, in.Via)
		}
		if m.Converted == nil || m.Converted.CID != in.Converted.CID {
			t.Errorf("A is told of %v, B holds %s", m.Converted, in.Converted.CID)
		}
		c := in.Converted.Description
		withinB(t, "the converted avatar", c)
		if got, want := slices.Sorted(maps.Keys(c.HumanBones)), slices.Sorted(maps.Keys(adaOrig.HumanBones)); !slices.Equal(got, want) {
			t.Errorf("human bones: converted %v, original %v", got, want)
		}
		if len(in.Report.Changed) == 0 || len(in.Report.Dropped) == 0 {
			t.Errorf("B's report does not say what it changed and dropped: %+v", in.Report)
		}
		// The bridge kept its own record: it converted the format only (all
		// the triangles), and B took that file from it.
		br := show(t, "bridge", avatar.RoleBridge, m.ID)
		if br.Status != avatar.StatusConverted || br.Peer != bDID || br.Home != aDID || br.Converted == nil || in.Original == nil || br.Converted.CID != in.Original.CID {
			t.Fatalf("the bridge's record: status %s, peer %s, home %s, converted %v; B received %v", br.Status, br.Peer, br.Home, br.Converted, in.Original)
		}
		if d := br.Converted.Description; d.Format != vrm.FormatVRM1 || d.Triangles != adaOrig.Triangles || d.MaxTextureSize != adaOrig.MaxTextureSize {
			t.Errorf("the bridge's conversion: %s, %d triangles, %d px; want VRM 1.0 with all %d triangles and %d px", d.Format, d.Triangles, d.MaxTextureSize, adaOrig.Triangles, adaOrig.MaxTextureSize)
		}
		adaMig = m
	})

	step("bridged: import on B, swap the outfit there, sync home to A", func(t *testing.T) {
		if adaMig.ID == "" {
			t.Skip("needs the migration through the bridge")
		}
		visit(t, ada, adaMig, adaOrig)
	})

	step("direct: a VRM 1.0 avatar fitted by B, imported, changed there, synced home", func(t *testing.T) {
		hal := owner(t)
		x := export(t, hal, write(t, "hal.vrm", humanoid(t, sample.Options{Detail: 2, TextureSize: 512, Name: "Hal"})))
		m := migrate(t, hal)
		if m.Status != avatar.StatusConverted || m.Via != nil || m.Converted == nil || m.Error != "" {
			t.Fatalf("A's record: status %s, via %+v, error %q, failures %+v", m.Status, m.Via, m.Error, m.Failures)
		}
		in := show(t, "b", avatar.RoleIncoming, m.ID)
		if in.Status != avatar.StatusConverted || in.Converted == nil || in.Converted.CID != m.Converted.CID || in.Original == nil || in.Original.CID != x.File.CID {
			t.Fatalf("B's record: %+v", in)
		}
		withinB(t, "the converted avatar", in.Converted.Description)
		visit(t, hal, m, x.File.Description)
	})

	step("a licence forbidding modification: the bridge refuses to convert", func(t *testing.T) {
		bob := owner(t)
		export(t, bob, write(t, "bob.vrm", humanoid(t, sample.Options{VRM0: true, Detail: 2, Modification: vrm.ModificationProhibited})))
		m := migrate(t, bob)
		refusedOn(t, m, avatar.RuleModification)
		if r := m.Failures[0].Reason; !strings.Contains(r, "vrm-1.0") {
			t.Errorf("the reason does not name the conversion needed: %q", r)
		}
		br := show(t, "bridge", avatar.RoleBridge, m.ID)
		refusedOn(t, br, avatar.RuleModification)
		notOnB(t, m.ID)
	})

	step("a licence forbidding modification: B refuses and offers its default avatar", func(t *testing.T) {
		cy := owner(t)
		export(t, cy, write(t, "cy.vrm", humanoid(t, sample.Options{Detail: 2, Modification: vrm.ModificationProhibited, Name: "Cy"})))
		m := migrate(t, cy)
		refusedOn(t, m, avatar.RuleModification)
		if m.Via != nil {
			t.Errorf("a VRM 1.0 avatar went through the bridge: %+v", m.Via)
		}
		if m.Default == nil {
			t.Fatal("B refused without offering its default avatar")
		}
		withinB(t, "the default avatar offered", m.Default.Description)
		in := show(t, "b", avatar.RoleIncoming, m.ID)
		refusedOn(t, in, avatar.RuleModification)
		imp := decode[avatar.Migration](t, "avatar import --default", n.mifm("b", "--json", "avatar", "import", "--default", "--outfit", "coat", "--account", "cy@b", m.ID))
		if imp.Status != avatar.StatusDefault || imp.Kept == nil || imp.Account != "cy@b" {
			t.Fatalf("import --default: status %s, kept %v", imp.Status, imp.Kept)
		}
		withinB(t, "the default avatar taken", imp.Kept.Description)
		if !hasPart(imp.Kept.Description, vrm.PartOutfit, "coat") {
			t.Errorf("the default avatar's outfit: %+v, want coat", imp.Kept.Description.Parts)
		}
		// The refused avatar did not become a holding of B's: A shared
		// nothing, so it has no version to sync.
		if out, err := n.try("b", "--json", "avatar", "sync", "--owner", cy, imp.Kept.CID); err == nil {
			t.Errorf("sync of a default avatar was taken: %s", out)
		}
	})

	// draco is a sample avatar whose glTF requires an extension mifm
	// cannot convert or remove.
	draco := func(t *testing.T, o sample.Options) []byte {
		t.Helper()
		a, err := vrm.Decode(humanoid(t, o), vrm.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		a.Doc.ExtensionsUsed = append(a.Doc.ExtensionsUsed, "KHR_draco_mesh_compression")
		a.Doc.ExtensionsRequired = append(a.Doc.ExtensionsRequired, "KHR_draco_mesh_compression")
		b, err := a.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	step("an unsupported required extension: B refuses", func(t *testing.T) {
		eve := owner(t)
		export(t, eve, write(t, "eve.vrm", draco(t, sample.Options{})))
		m := migrate(t, eve)
		refusedOn(t, m, avatar.RuleRequired)
		if r := m.Failures[0].Reason; !strings.Contains(r, "KHR_draco_mesh_compression") {
			t.Errorf("the reason does not name the extension: %q", r)
		}
		if m.Default == nil {
			t.Error("B refused without offering its default avatar")
		}
		refusedOn(t, show(t, "b", avatar.RoleIncoming, m.ID), avatar.RuleRequired)
	})

	step("an unsupported required extension: the bridge refuses", func(t *testing.T) {
		dee := owner(t)
		export(t, dee, write(t, "dee.vrm", draco(t, sample.Options{VRM0: true})))
		m := migrate(t, dee)
		refusedOn(t, m, avatar.RuleRequired)
		refusedOn(t, show(t, "bridge", avatar.RoleBridge, m.ID), avatar.RuleRequired)
		notOnB(t, m.ID)
	})

	step("more bones than B takes: refused by B, directly and through the bridge", func(t *testing.T) {
		n.setManifesto("b", func(m map[string]any) { avatarLimits(m, 20) })
		defer n.setManifesto("b", func(m map[string]any) { avatarLimits(m, 0) })
		fay := owner(t)
		x := export(t, fay, write(t, "fay.vrm", humanoid(t, sample.Options{Detail: 2})))
		if x.File.Description.Bones <= 20 {
			t.Fatalf("the sample has %d bones", x.File.Description.Bones)
		}
		m := migrate(t, fay)
		refusedOn(t, m, avatar.RuleBones)
		if m.Default == nil {
			t.Error("B refused without offering its default avatar")
		}
		refusedOn(t, show(t, "b", avatar.RoleIncoming, m.ID), avatar.RuleBones)
		// B's platform gives the visitor its default avatar instead, within
		// B's limits, bones included.
		if out, err := n.try("b", "--json", "avatar", "import", "--default", m.ID); err != nil {
			t.Errorf("import --default on a B that takes 20 bones: %v", err)
		} else if imp := decode[avatar.Migration](t, "avatar import --default", out); imp.Status != avatar.StatusDefault || imp.Kept == nil || imp.Kept.Description.Bones > 20 {
			t.Errorf("import --default: status %s, kept %+v", imp.Status, imp.Kept)
		}

		gil := owner(t)
		export(t, gil, write(t, "gil.vrm", humanoid(t, sample.Options{VRM0: true, Detail: 2})))
		m = migrate(t, gil)
		refusedOn(t, m, avatar.RuleBones)
		if m.Via == nil || m.Via.Bridge != brDID {
			t.Errorf("B's refusal did not come through the bridge: via %+v", m.Via)
		}
		if m.Default == nil {
			t.Error("B refused without offering its default avatar")
		}
		refusedOn(t, show(t, "b", avatar.RoleIncoming, m.ID), avatar.RuleBones)
	})

	// Offers sent by hand, signed as their senders, to B's RE endpoint. The
	// file offered is one A holds and B does not, at A's gateway: B would
	// find it there if it fetched anything.
	gus := owner(t)
	held := export(t, gus, write(t, "gus.vrm", humanoid(t, sample.Options{VRM0: true, Detail: 1, TextureSize: 64}))).File
	offer := func(home string, bytes int64) []byte {
		b, _ := json.Marshal(api.AvatarOffer{
			Migration: avatar.NewID(), Owner: gus, Name: "home", Home: home, Subject: anchor.KindAvatar + ":" + gus + "/home",
			CID: held.CID, Bytes: bytes, Description: held.Description,
		})
		return b
	}
	post := func(t *testing.T, s *re.Signer, body []byte) (*http.Request, *re.Problem) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, n.reURL("b")+"/re/v1/avatars", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if err := s.Sign(req, body, bDID, time.Now()); err != nil {
			t.Fatal(err)
		}
		return req, do(t, req, body)
	}
	want := func(t *testing.T, p *re.Problem, status int, code string) {
		t.Helper()
		if p == nil || p.Status != status || p.Code != code {
			t.Fatalf("B answered %+v, want %d %s", p, status, code)
		}
	}
	nothingFetched := func(t *testing.T) {
		t.Helper()
		n.mifm("a", "content", "stat", held.CID) // the check below can tell
		if out, err := n.try("b", "content", "stat", held.CID); err == nil {
			t.Errorf("B fetched the offered file: %s", out)
		}
	}

	step("a stranger's offer is refused before anything is fetched", func(t *testing.T) {
		kp, err := did.NewKeyPair(did.Ed25519, nil)
		if err != nil {
			t.Fatal(err)
		}
		stranger := &re.Signer{DID: kp.DID, KeyID: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Key: kp}
		_, p := post(t, stranger, offer(aDID, held.Bytes))
		want(t, p, http.StatusForbidden, re.CodeNotPartner)
		nothingFetched(t)
	})

	step("a partner gone bad: impersonation, a gigabyte, a replay", func(t *testing.T) {
		h, err := home.Open(n.nodes["a"].home)
		if err != nil {
			t.Fatal(err)
		}
		asA, err := node.PlatformSigner(h, "e2e")
		if err != nil {
			t.Fatal(err)
		}
		if asA.DID != aDID {
			t.Fatalf("A's signer is %s, A is %s", asA.DID, aDID)
		}
		claim := offer(brDID, held.Bytes)
		req, p := post(t, asA, claim)
		want(t, p, http.StatusForbidden, re.CodeImpersonation)
		nothingFetched(t)

		_, p = post(t, asA, offer(aDID, 1<<30))
		want(t, p, http.StatusBadRequest, re.CodeBadRequest)
		nothingFetched(t)

		again, _ := http.NewRequest(http.MethodPost, req.URL.String(), nil)
		again.Header = req.Header.Clone()
		want(t, do(t, again, claim), http.StatusUnauthorized, re.CodeReplay)
	})

	t.Logf("whole test %s", time.Since(start).Round(time.Millisecond))
}
