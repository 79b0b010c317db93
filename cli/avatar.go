package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/avatar"
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/re"
)

// avatarCommand is avatar transfer, conversion and sync between platforms
// (FGMV-43 9.1: AVTF, AVCF, AVSF).
func avatarCommand(env Env) *ucli.Command {
	ownerFlag := &ucli.StringFlag{Name: "owner", Usage: "the avatar owner's `DID` (required)"}
	nameFlag := &ucli.StringFlag{Name: "name", Value: "home", Usage: "the avatar's `NAME` among the owner's avatars"}
	return &ucli.Command{
		Name:  "avatar",
		Usage: "inspect and convert avatars (VRM 0.x, VRM 1.0, glTF), move a user's home avatar to other platforms and keep it in sync (FGMV-43 9.1)",
		Subcommands: []*ucli.Command{
			avatarInspectCommand(env),
			avatarConvertCommand(env),
			{
				Name:      "export",
				Usage:     "make an avatar the owner's home avatar: its next version, anchored on chain (9.1 step 1)",
				ArgsUsage: "FILE|CID",
				Flags:     []ucli.Flag{ownerFlag, nameFlag},
				Action: func(c *ucli.Context) error {
					return withOwnedAvatar(c, env, "export", func(n api.Node, owner, id string) error {
						x, err := n.ExportAvatar(c.Context, api.ExportAvatarRequest{Owner: owner, Name: c.String("name"), CID: id})
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(x, func(w io.Writer) {
							fmt.Fprintf(w, "exported %s as %s\n", fileLine(x.File), x.Subject)
							printOutcome(w, &x.Version)
						})
					})
				},
			},
			{
				Name:  "migrate",
				Usage: "send the owner's home avatar to another platform, through the channel's bridge when they share no avatar format; the destination converts it to its constraints or refuses with a reason per rule and offers its default avatar (9.1 steps 2-3)",
				Flags: []ucli.Flag{
					ownerFlag, nameFlag,
					&ucli.StringFlag{Name: "to", Usage: "the destination platform's `DID` (required)"},
				},
				Action: func(c *ucli.Context) error {
					if err := noArgs(c, "migrate", "give the destination with --to DID"); err != nil {
						return err
					}
					owner, err := ownerOf(c, "migrate")
					if err != nil {
						return err
					}
					to, err := didFlag(c, "to", "migrate", "the destination platform's DID, e.g. --to did:web:b.example")
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						m, err := n.MigrateAvatar(c.Context, api.MigrateAvatarRequest{Owner: owner, Name: c.String("name"), To: to})
						if err != nil {
							return err
						}
						return printAvatarMigration(c, env, m)
					})
				},
			},
			{
				Name:      "import",
				Usage:     "on the destination: take an incoming avatar for the visitor's account, the converted one or, with --default, the platform's default avatar customized (9.1 step 4)",
				ArgsUsage: "MIGRATION",
				Flags: []ucli.Flag{
					&ucli.StringFlag{Name: "account", Usage: "the visitor's `ACCOUNT` on this platform"},
					&ucli.BoolFlag{Name: "default", Usage: "take the platform's default avatar instead of the converted one (the one offered on a refusal)"},
					&ucli.StringFlag{Name: "name-as", Usage: "with --default: the default avatar's `NAME` (at most 128 bytes)"},
					&ucli.StringFlag{Name: "outfit", Usage: "with --default: the default avatar's `OUTFIT` (at most 64 bytes)"},
				},
				Action: func(c *ucli.Context) error {
					id, err := migrationArg(c, "import")
					if err != nil {
						return err
					}
					req := api.ImportAvatarRequest{ID: id, Account: c.String("account"), Default: c.Bool("default"),
						Customize: avatar.Customization{Name: c.String("name-as"), Outfit: c.String("outfit")}}
					if !req.Default && (req.Customize.Name != "" || req.Customize.Outfit != "") {
						return errors.New("--name-as and --outfit customize the platform's default avatar: add --default")
					}
					return withAPI(c, env, func(n api.Node) error {
						m, err := n.ImportAvatar(c.Context, req)
						if err != nil {
							return err
						}
						return printAvatarMigration(c, env, m)
					})
				},
			},
			{
				Name:      "sync",
				Usage:     "on the platform visited: a change made there (an outfit swapped, an accessory added) becomes the next anchored version of the home avatar, converted back to the home's constraints, and the home is notified (9.1 steps 5-7)",
				ArgsUsage: "FILE|CID",
				Flags:     []ucli.Flag{ownerFlag, nameFlag},
				Action: func(c *ucli.Context) error {
					return withOwnedAvatar(c, env, "sync", func(n api.Node, owner, id string) error {
						s, err := n.SyncAvatar(c.Context, api.SyncAvatarRequest{Owner: owner, Name: c.String("name"), CID: id})
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(s, func(w io.Writer) {
							if len(s.Changes) == 0 {
								fmt.Fprintln(w, "no change")
							}
							for _, ch := range s.Changes {
								fmt.Fprintf(w, "change  %s\n", ch)
							}
							fmt.Fprintf(w, "kept    %s\n", fileLine(s.Kept))
							fmt.Fprintf(w, "home    %s\n", fileLine(s.Home))
							printReport(w, "  ", s.Report)
							printOutcome(w, &s.Version)
						})
					})
				},
			},
			{
				Name:  "history",
				Usage: "the versions of an owner's avatar: seq, CID, who it came from, standing, anchoring",
				Flags: []ucli.Flag{ownerFlag, nameFlag},
				Action: func(c *ucli.Context) error {
					if err := noArgs(c, "history", "give the owner with --owner DID"); err != nil {
						return err
					}
					owner, err := ownerOf(c, "history")
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						hist, err := n.AvatarHistory(c.Context, owner, c.String("name"))
						if err != nil {
							return err
						}
						if hist == nil {
							hist = []api.VersionRecord{}
						}
						return newPrinter(c, env).result(hist, func(w io.Writer) { printVersionHistory(w, hist) })
					})
				},
			},
			{
				Name:  "list",
				Usage: "avatar migrations, every role (outgoing, incoming, bridge), newest first",
				Flags: []ucli.Flag{&ucli.StringFlag{Name: "owner", Usage: "only this owner's `DID`"}},
				Action: func(c *ucli.Context) error {
					if err := noArgs(c, "list", "give an owner with --owner DID"); err != nil {
						return err
					}
					owner := c.String("owner")
					if owner != "" {
						if _, _, err := did.Method(owner); err != nil {
							return fmt.Errorf("--owner %q is not a DID: give the avatar owner's DID, e.g. --owner did:key:z6Mk…", owner)
						}
					}
					return withAPI(c, env, func(n api.Node) error {
						ms, err := n.AvatarMigrations(c.Context, owner)
						if err != nil {
							return err
						}
						if ms == nil {
							ms = []avatar.Migration{}
						}
						return newPrinter(c, env).result(ms, func(w io.Writer) {
							if len(ms) == 0 {
								fmt.Fprintln(w, "no avatar migration")
							}
							for _, m := range ms {
								fmt.Fprintf(w, "%s %-8s %-9s %s/%s %s\n", m.ID, m.Role, m.Status, m.Owner, m.Name, m.Peer)
							}
						})
					})
				},
			},
			{
				Name:      "show",
				Usage:     "one avatar migration: status, conversion report, bridge, failures with reasons, default offered",
				ArgsUsage: "MIGRATION",
				Flags:     []ucli.Flag{&ucli.StringFlag{Name: "role", Usage: "outgoing, incoming or bridge (default: any)"}},
				Action: func(c *ucli.Context) error {
					id, err := migrationArg(c, "show")
					if err != nil {
						return err
					}
					switch r := c.String("role"); r {
					case "", avatar.RoleOutgoing, avatar.RoleIncoming, avatar.RoleBridge:
					default:
						return fmt.Errorf("--role %q: want outgoing, incoming or bridge", r)
					}
					return withAPI(c, env, func(n api.Node) error {
						m, err := n.AvatarMigration(c.Context, id, c.String("role"))
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(m, func(w io.Writer) { printMigrationText(w, m) })
					})
				},
			},
		},
	}
}

func avatarInspectCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "inspect",
		Usage:     "describe an avatar: format, licence, triangles, textures, bones, expressions, features, parts (a FILE is added to the content store first)",
		ArgsUsage: "FILE|CID",
		Action: func(c *ucli.Context) error {
			return withAvatar(c, env, "inspect", func(n api.Node, id string) error {
				f, err := n.InspectAvatar(c.Context, id)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(f, func(w io.Writer) { printDescription(w, f) })
			})
		},
	}
}

func avatarConvertCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "convert",
		Usage:     "convert an avatar to a partner platform's constraints (--platform) or to given ones, store the result and report what changed; a conversion that cannot be made is refused with every rule's reason (exit 1)",
		ArgsUsage: "FILE|CID",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "platform", Usage: "convert to the constraints of this partner platform's manifesto (`DID`)"},
			&ucli.StringSliceFlag{Name: "format", Usage: "a `FORMAT` the target takes: vrm-1.0, vrm-0.x or gltf-2.0 (repeat)"},
			&ucli.IntFlag{Name: "max-polygons", Usage: "decimate to at most `N` triangles"},
			&ucli.IntFlag{Name: "max-texture", Usage: "downscale textures to at most `N` pixels wide and high"},
			&ucli.IntFlag{Name: "max-bones", Usage: "refuse an avatar whose skins use more than `N` bones"},
			&ucli.StringSliceFlag{Name: "feature", Usage: "a `FEATURE` the target supports: blend-shapes, spring-bones, mtoon, node-constraints (repeat), or none; when given, the avatar's other features are removed (without it, all are kept)"},
			&ucli.StringFlag{Name: "commercial", Usage: "the target's commercial `USE`, checked against the licence: personalNonProfit, personalProfit or corporation"},
			&ucli.BoolFlag{Name: "redistribute", Usage: "the converted avatar is handed on to a third party (checked against the licence)"},
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the converted avatar to `FILE` (whole or not at all)"},
		},
		Action: func(c *ucli.Context) error {
			src, err := avatarSource(c, env, "convert")
			if err != nil {
				return err
			}
			req, err := convertRequest(c)
			if err != nil {
				return err
			}
			return withAPI(c, env, func(n api.Node) error {
				if req.CID, err = src.cid(c, n); err != nil {
					return err
				}
				conv, err := n.ConvertAvatar(c.Context, req)
				if fails, ok := refusalOf(err); ok {
					return printRefusal(c, env, fails)
				}
				if err != nil {
					return err
				}
				out := c.String("output")
				if out != "" {
					id, err := ipfs.ParseCID(conv.File.CID)
					if err != nil {
						return fmt.Errorf("the converted avatar's CID: %w", err)
					}
					r, err := n.ContentCat(c.Context, id, 0, -1)
					if err != nil {
						return err
					}
					err = writeFileWhole(env.path(out), r)
					r.Close()
					if err != nil {
						return err
					}
				}
				return newPrinter(c, env).result(conv, func(w io.Writer) {
					o := conv.Outcome
					if len(o.Report.Changed)+len(o.Report.Dropped) == 0 {
						fmt.Fprintln(w, "unchanged: the avatar already meets the constraints")
					}
					printReport(w, "", o.Report)
					fmt.Fprintf(w, "format     %s → %s\n", o.Before.Format, o.After.Format)
					fmt.Fprintf(w, "triangles  %d → %d\n", o.Before.Triangles, o.After.Triangles)
					fmt.Fprintf(w, "textures   %d px → %d px\n", o.Before.MaxTextureSize, o.After.MaxTextureSize)
					fmt.Fprintf(w, "bytes      %d → %d\n", o.BytesBefore, o.BytesAfter)
					fmt.Fprintf(w, "stored     %s\n", conv.File.CID)
					if out != "" {
						fmt.Fprintf(w, "written to %s\n", out)
					}
				})
			})
		},
	}
}

// convertRequest reads convert's target: a platform, or constraints.
func convertRequest(c *ucli.Context) (api.ConvertAvatarRequest, error) {
	req := api.ConvertAvatarRequest{
		Platform: c.String("platform"),
		Constraints: avatar.Constraints{
			Formats: c.StringSlice("format"), MaxPolygons: c.Int("max-polygons"), MaxTextureSize: c.Int("max-texture"),
			MaxBones: c.Int("max-bones"), Features: c.StringSlice("feature"),
		},
		Use: avatar.Use{Commercial: c.String("commercial"), Redistribute: c.Bool("redistribute")},
	}
	constrained := false
	for _, f := range []string{"format", "max-polygons", "max-texture", "max-bones", "feature"} {
		constrained = constrained || c.IsSet(f)
	}
	switch {
	case req.Platform != "" && constrained:
		return req, errors.New("convert takes either --platform DID (its manifesto's constraints) or constraints (--format, --max-polygons, --max-texture, --max-bones, --feature), not both")
	case req.Platform == "" && !constrained:
		return req, errors.New("convert needs a target: --platform DID (a partner's manifesto), or constraints such as --format vrm-1.0 --max-polygons 20000 --max-texture 1024")
	case req.Platform != "":
		if _, _, err := did.Method(req.Platform); err != nil {
			return req, fmt.Errorf("--platform %q is not a DID: give a partner platform's DID, e.g. --platform did:web:b.example", req.Platform)
		}
	}
	for _, f := range req.Constraints.Formats {
		switch vrm.Format(f) {
		case vrm.FormatVRM0, vrm.FormatVRM1, vrm.FormatGLTF:
		default:
			return req, fmt.Errorf("--format %q: want vrm-1.0, vrm-0.x or gltf-2.0", f)
		}
	}
	for _, f := range []string{"max-polygons", "max-texture", "max-bones"} {
		if c.IsSet(f) && c.Int(f) <= 0 {
			return req, fmt.Errorf("--%s %d: want a positive number", f, c.Int(f))
		}
	}
	if fs := req.Constraints.Features; len(fs) == 1 && fs[0] == "none" {
		req.Constraints.Features = []string{}
	}
	for _, f := range req.Constraints.Features {
		switch f {
		case vrm.FeatureBlendShapes, vrm.FeatureSpringBones, vrm.FeatureMToon, vrm.FeatureNodeConstraints:
		default:
			return req, fmt.Errorf("--feature %q: want blend-shapes, spring-bones, mtoon or node-constraints, or none alone", f)
		}
	}
	switch u := req.Use.Commercial; u {
	case "", vrm.CommercialPersonalNonProfit, vrm.CommercialPersonalProfit, vrm.CommercialCorporation:
	default:
		return req, fmt.Errorf("--commercial %q: want personalNonProfit, personalProfit or corporation", u)
	}
	return req, nil
}

// avatarArg is the avatar a command works on: a local file, added to the
// content store when the node is open, or the CID of one already there.
type avatarArg struct {
	path, id string
}

// avatarSource reads the command's single FILE|CID argument.
func avatarSource(c *ucli.Context, env Env, what string) (avatarArg, error) {
	if err := flagsFirst(c); err != nil {
		return avatarArg{}, err
	}
	if c.NArg() != 1 {
		return avatarArg{}, fmt.Errorf("%s takes one avatar: a .vrm or .glb FILE, or the CID of one in the content store, e.g. `mifm avatar %s avatar.vrm`", what, what)
	}
	arg := c.Args().First()
	p := env.path(arg)
	fi, err := os.Stat(p)
	switch {
	case err == nil && fi.Mode().IsRegular():
		return avatarArg{path: p}, nil
	case err == nil:
		return avatarArg{}, fmt.Errorf("%s is not a file: give a .vrm or .glb FILE, or the CID of an avatar in the content store", arg)
	}
	if _, cerr := ipfs.ParseCID(arg); cerr == nil {
		return avatarArg{id: arg}, nil
	}
	if errors.Is(err, os.ErrNotExist) {
		return avatarArg{}, fmt.Errorf("%s: no such file, nor a CID: give a .vrm or .glb FILE, or the CID of an avatar in the content store (`mifm content add FILE` prints it)", arg)
	}
	return avatarArg{}, fmt.Errorf("%s: %w; give a .vrm or .glb FILE, or the CID of an avatar in the content store", arg, err)
}

// cid is the argument's CID, adding the file to the store first.
func (a avatarArg) cid(c *ucli.Context, n api.Node) (string, error) {
	if a.path == "" {
		return a.id, nil
	}
	f, err := os.Open(a.path)
	if err != nil {
		return "", fmt.Errorf("add %s: %w", a.path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", fmt.Errorf("add %s: %w", a.path, err)
	}
	added, err := n.ContentAdd(c.Context, api.Upload{Body: f, Size: fi.Size(), Name: filepath.Base(a.path)}, ipfs.AddOptions{CIDVersion: 1, Pin: true})
	if err != nil {
		return "", fmt.Errorf("add %s: %w", a.path, err)
	}
	return added.CID.String(), nil
}

// ownerOf reads the required --owner, a DID.
// withOwnedAvatar checks a command's FILE|CID and --owner, then runs fn
// with the node, the owner and the avatar's CID (a FILE added first).
func withOwnedAvatar(c *ucli.Context, env Env, what string, fn func(n api.Node, owner, id string) error) error {
	src, err := avatarSource(c, env, what)
	if err != nil {
		return err
	}
	owner, err := ownerOf(c, what)
	if err != nil {
		return err
	}
	return src.with(c, env, func(n api.Node, id string) error { return fn(n, owner, id) })
}

// withAvatar checks a command's FILE|CID, then runs fn with the node and
// the avatar's CID (a FILE added to the content store first).
func withAvatar(c *ucli.Context, env Env, what string, fn func(n api.Node, id string) error) error {
	src, err := avatarSource(c, env, what)
	if err != nil {
		return err
	}
	return src.with(c, env, fn)
}

// with runs fn with the node and the avatar's CID.
func (src avatarArg) with(c *ucli.Context, env Env, fn func(n api.Node, id string) error) error {
	return withAPI(c, env, func(n api.Node) error {
		id, err := src.cid(c, n)
		if err != nil {
			return err
		}
		return fn(n, id)
	})
}

func ownerOf(c *ucli.Context, what string) (string, error) {
	return didFlag(c, "owner", what, "the avatar owner's DID, e.g. --owner did:key:z6Mk…")
}

// didFlag reads a required flag whose value is a DID.
func didFlag(c *ucli.Context, flag, what, give string) (string, error) {
	v := c.String(flag)
	if v == "" {
		return "", fmt.Errorf("%s needs --%s: give %s", what, flag, give)
	}
	if _, _, err := did.Method(v); err != nil {
		return "", fmt.Errorf("--%s %q is not a DID: give %s", flag, v, give)
	}
	return v, nil
}

// noArgs refuses arguments to a command that takes flags only.
func noArgs(c *ucli.Context, what, give string) error {
	if c.NArg() != 0 {
		return fmt.Errorf("%s takes no arguments (%q): %s", what, c.Args().First(), give)
	}
	return nil
}

// migrationArg reads the command's single migration id.
func migrationArg(c *ucli.Context, what string) (string, error) {
	if err := flagsFirst(c); err != nil {
		return "", err
	}
	if c.NArg() != 1 {
		return "", fmt.Errorf("%s takes one MIGRATION id (see `mifm avatar list`)", what)
	}
	return c.Args().First(), nil
}

// refusalOf reads the failed rules of a refused conversion: an
// *avatar.Refusal in process, or its text in the problem a running node
// answered with.
func refusalOf(err error) ([]avatar.Failure, bool) {
	if err == nil {
		return nil, false
	}
	var ref *avatar.Refusal
	if errors.As(err, &ref) && len(ref.Failures) > 0 {
		return ref.Failures, true
	}
	text := err.Error()
	var p *re.Problem
	if errors.As(err, &p) {
		text = p.Detail
	} else if !errors.Is(err, avatar.ErrRefused) {
		return nil, false
	}
	const prefix = "avatar refused: "
	i := strings.Index(text, prefix)
	if i < 0 {
		return nil, false
	}
	fails := parseFailures(text[i+len(prefix):])
	if len(fails) == 0 {
		fails = []avatar.Failure{{Rule: "refused", Reason: text}}
	}
	return fails, true
}

// avatarRules are the rules a refusal names (node/avatar's Rule…).
var avatarRules = []string{
	avatar.RuleFile, avatar.RuleFormat, avatar.RuleModification, avatar.RuleRedistribute, avatar.RuleCommercial,
	avatar.RuleRequired, avatar.RulePolygons, avatar.RuleTextures, avatar.RuleBones,
}

// parseFailures splits a Refusal's text, "RULE: REASON; RULE: REASON",
// at known rule names only (a reason may hold "; ").
func parseFailures(s string) []avatar.Failure {
	ruleAt := func(i int) string {
		for _, r := range avatarRules {
			if strings.HasPrefix(s[i:], r+": ") {
				return r
			}
		}
		return ""
	}
	var starts []int
	for i := 0; i < len(s); i++ {
		if (i == 0 || strings.HasSuffix(s[:i], "; ")) && ruleAt(i) != "" {
			starts = append(starts, i)
		}
	}
	var out []avatar.Failure
	for k, i := range starts {
		end := len(s)
		if k+1 < len(starts) {
			end = starts[k+1] - len("; ")
		}
		r := ruleAt(i)
		out = append(out, avatar.Failure{Rule: r, Reason: s[i+len(r)+2 : end]})
	}
	return out
}

// printRefusal prints each failed rule with its reason and ends the
// command with an error naming them.
func printRefusal(c *ucli.Context, env Env, fails []avatar.Failure) error {
	res := struct {
		Refused  bool             `json:"refused"`
		Failures []avatar.Failure `json:"failures"`
	}{true, fails}
	if err := newPrinter(c, env).result(res, func(w io.Writer) {
		fmt.Fprintln(w, "refused: the avatar cannot be converted to these constraints")
		for _, f := range fails {
			fmt.Fprintf(w, "  FAIL %s: %s\n", f.Rule, f.Reason)
		}
	}); err != nil {
		return err
	}
	var rules []string
	for _, f := range fails {
		rules = append(rules, f.Rule)
	}
	return fmt.Errorf("%w on %s (each rule's reason is printed above)", avatar.ErrRefused, strings.Join(rules, ", "))
}

// printAvatarMigration prints a migration, and fails the command on a
// transport or conversion error.
func printAvatarMigration(c *ucli.Context, env Env, m *avatar.Migration) error {
	if err := newPrinter(c, env).result(m, func(w io.Writer) { printMigrationText(w, m) }); err != nil {
		return err
	}
	if m.Status == avatar.StatusFailed {
		return fmt.Errorf("avatar migration %s failed: %s (see `mifm avatar show %s`)", m.ID, m.Error, m.ID)
	}
	return nil
}

func printMigrationText(w io.Writer, m *avatar.Migration) {
	fmt.Fprintf(w, "avatar migration %s (%s) %s\n", m.ID, m.Role, m.Status)
	fmt.Fprintf(w, "  owner     %s, avatar %s\n", m.Owner, m.Name)
	if m.Home != "" {
		fmt.Fprintf(w, "  home      %s\n", m.Home)
	}
	if m.Peer != "" {
		peer := "to"
		if m.Role == avatar.RoleIncoming {
			peer = "from"
		}
		fmt.Fprintf(w, "  %-9s %s\n", peer, m.Peer)
	}
	if m.Subject != "" {
		fmt.Fprintf(w, "  subject   %s\n", m.Subject)
	}
	if m.Original != nil {
		fmt.Fprintf(w, "  original  %s\n", fileLine(*m.Original))
	}
	if v := m.Via; v != nil {
		fmt.Fprintf(w, "  via bridge %s, which received %s", v.Bridge, v.Original)
		if v.Before != nil {
			fmt.Fprintf(w, " (%s)", fileLine(*v.Before))
		}
		fmt.Fprintln(w)
		if len(v.Report.Changed)+len(v.Report.Dropped) == 0 {
			fmt.Fprintln(w, "    and changed nothing")
		}
		printReport(w, "    ", v.Report)
	}
	if m.Converted != nil {
		fmt.Fprintf(w, "  converted %s\n", fileLine(*m.Converted))
	}
	printReport(w, "    ", m.Report)
	for _, f := range m.Failures {
		fmt.Fprintf(w, "  FAIL %s: %s\n", f.Rule, f.Reason)
	}
	if m.Default != nil {
		fmt.Fprintf(w, "  default offered: %s\n", fileLine(*m.Default))
		if m.Status == avatar.StatusRefused && m.Role == avatar.RoleIncoming {
			fmt.Fprintf(w, "  take it with `mifm avatar import --default %s`\n", m.ID)
		}
	}
	if m.Kept != nil {
		fmt.Fprintf(w, "  kept      %s\n", fileLine(*m.Kept))
	}
	if m.Account != "" {
		fmt.Fprintf(w, "  account   %s\n", m.Account)
	}
	if m.Status == avatar.StatusConverted && m.Role == avatar.RoleIncoming {
		fmt.Fprintf(w, "  take it with `mifm avatar import --account ACCOUNT %s`\n", m.ID)
	}
	if m.Error != "" {
		fmt.Fprintf(w, "  error: %s\n", m.Error)
	}
}

// fileLine is an avatar file in one line.
func fileLine(f avatar.File) string {
	d := f.Description
	s := fmt.Sprintf("%s %s, %d triangles, %d bytes", f.CID, d.Format, d.Triangles, f.Bytes)
	if d.Name != "" {
		s += fmt.Sprintf(", %q", d.Name)
	}
	return s
}

func printReport(w io.Writer, indent string, r vrm.Report) {
	for _, s := range r.Changed {
		fmt.Fprintf(w, "%schanged  %s\n", indent, s)
	}
	for _, s := range r.Dropped {
		fmt.Fprintf(w, "%sdropped  %s\n", indent, s)
	}
}

func printDescription(w io.Writer, f *api.AvatarFile) {
	d := f.Description
	format := string(d.Format)
	if d.SpecVersion != "" {
		format += " (spec " + d.SpecVersion + ")"
	}
	fmt.Fprintf(w, "cid            %s (%d bytes)\n", f.CID, f.Bytes)
	fmt.Fprintf(w, "format         %s\n", format)
	fmt.Fprintf(w, "name           %s\n", d.Name)
	l := d.License
	redistribution := "prohibited"
	if l.AllowRedistribution {
		redistribution = "allowed"
	}
	fmt.Fprintf(w, "licence        modification %s, redistribution %s, commercial %s (from %s)\n", or(l.Modification, "-"), redistribution, or(l.CommercialUsage, "-"), l.Source)
	fmt.Fprintf(w, "triangles      %d\n", d.Triangles)
	fmt.Fprintf(w, "vertices       %d\n", d.Vertices)
	var tex []string
	for _, t := range d.Textures {
		tex = append(tex, fmt.Sprintf("%dx%d", t.Width, t.Height))
	}
	fmt.Fprintf(w, "textures       %d: %s\n", len(d.Textures), or(strings.Join(tex, ", "), "none"))
	fmt.Fprintf(w, "max texture    %d px\n", d.MaxTextureSize)
	fmt.Fprintf(w, "bones          %d\n", d.Bones)
	fmt.Fprintf(w, "human bones    %d\n", len(d.HumanBones))
	fmt.Fprintf(w, "expressions    %s\n", or(strings.Join(d.Expressions, ", "), "none"))
	fmt.Fprintf(w, "spring joints  %d\n", d.SpringJoints)
	fmt.Fprintf(w, "features       %s\n", or(strings.Join(d.Features, ", "), "none"))
	fmt.Fprintf(w, "parts          %d\n", len(d.Parts))
	parts := append([]vrm.Part(nil), d.Parts...)
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].Kind < parts[j].Kind })
	for _, p := range parts {
		fmt.Fprintf(w, "  %-10s %-20s %d triangles\n", p.Kind, p.Name, p.Triangles)
	}
}

// printVersionHistory prints a subject's versions as `mifm state history` does.
func printVersionHistory(w io.Writer, hist []api.VersionRecord) {
	if len(hist) == 0 {
		fmt.Fprintln(w, "no version")
	}
	for _, r := range hist {
		anchored := "queued"
		if r.Anchored != nil && r.Anchored.Block > 0 {
			anchored = fmt.Sprintf("anchored block %d", r.Anchored.Block)
		} else if r.Anchored != nil {
			anchored = fmt.Sprintf("batch %d", r.Anchored.Batch)
		}
		var seq uint64
		var author, at string
		if r.Version != nil {
			seq, author, at = r.Version.Seq, r.Version.Author, r.Version.Time
		}
		fmt.Fprintf(w, "v%-3d %-10s %s  by %s  from %s  %s  %s\n", seq, r.Standing, r.CID, author, or(r.From, "-"), at, anchored)
	}
}

func or(s, dflt string) string {
	if s == "" {
		return dflt
	}
	return s
}
