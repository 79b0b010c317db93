package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/identity"
	"github.com/mifm/mifm/wallet"
)

// signerFlags choose who signs for the holder.
func signerFlags() []ucli.Flag {
	return []ucli.Flag{
		walletFlag,
		&ucli.StringFlag{Name: "signer-cmd", Usage: "an outside wallet `COMMAND` that reads {\"request\": SIGN-REQUEST} on stdin and prints the sign response (instead of --wallet)"},
		&ucli.StringFlag{Name: "custody", Usage: "platform: the node signs with the holder key it keeps for the user (default: the user's wallet signs)"},
	}
}

func signerOf(c *ucli.Context, env Env) *signerChoice {
	return &signerChoice{env: env, dir: walletDir(c, env), cmd: c.String("signer-cmd")}
}

// identityCommand is identity migration and sync between platforms
// (FGMV-43 9.4: IDMF, IDVF, IDSF).
func identityCommand(env Env) *ucli.Command {
	idArg := func(c *ucli.Context, what string) (string, error) {
		if c.NArg() != 1 {
			return "", fmt.Errorf("%s takes one MIGRATION id (see `mifm identity list`)", what)
		}
		return c.Args().First(), nil
	}
	return &ucli.Command{
		Name:  "identity",
		Usage: "move a user's identity to another platform and keep it in sync, signed by the user's own wallet (FGMV-43 9.4)",
		Subcommands: []*ucli.Command{
			{
				Name:  "migrate",
				Usage: "migrate the holder's identity to a partner platform with the chosen scope: the destination's offer, the wallet's signatures, the destination's verdict with each rule's reason",
				Flags: append([]ucli.Flag{
					&ucli.StringFlag{Name: "to", Required: true, Usage: "the destination platform's `DID`"},
					&ucli.StringFlag{Name: "holder", Usage: "the holder's `DID` (default: the wallet's)"},
					&ucli.StringSliceFlag{Name: "credential", Usage: "a credential `FILE` to take along (repeat; default: every credential in the wallet); only those the destination asks for are presented"},
					&ucli.StringSliceFlag{Name: "claim", Usage: "an SD-JWT claim `NAME` you agree to disclose (repeat; default: whatever the destination asks)"},
					&ucli.StringSliceFlag{Name: "avatar", Usage: "an avatar `NAME` linked to the identity (repeat)"},
					&ucli.StringSliceFlag{Name: "asset", Usage: "a linked asset's `CAIP-19` id (repeat)"},
					&ucli.StringSliceFlag{Name: "permission", Usage: "a `PERMISSION` carried over (repeat)"},
				}, signerFlags()...),
				Action: func(c *ucli.Context) error {
					req, err := migrateRequest(c, env)
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						m, err := n.MigrateIdentity(c.Context, req)
						if err != nil {
							return err
						}
						if m, err = signMigration(c, env, n, m); err != nil {
							return err
						}
						if err := newPrinter(c, env).result(m, func(w io.Writer) { printMigration(w, m) }); err != nil {
							return err
						}
						switch {
						case m.Status == identity.StatusRefused:
							return errors.New("refused")
						case m.Error != "":
							return fmt.Errorf("migration %s is %s, but not finished: %s (carry on with `mifm identity resume %s`)", m.ID, m.Status, m.Error, m.ID)
						}
						return nil
					})
				},
			},
			{
				Name:      "resume",
				Usage:     "carry on a migration or unlink that stopped half-way (the command or the node was interrupted): sign what it waits for, or send again what did not arrive",
				ArgsUsage: "MIGRATION",
				Flags:     signerFlags(),
				Action: func(c *ucli.Context) error {
					if err := flagsFirst(c); err != nil {
						return err
					}
					id, err := idArg(c, "resume")
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						m, err := n.Migration(c.Context, id, identity.RoleOutgoing)
						if err != nil {
							return err
						}
						if _, err = signMigration(c, env, n, m); err != nil {
							return err
						}
						if m, err = n.CheckIdentity(c.Context, id); err != nil {
							return err
						}
						return newPrinter(c, env).result(m, func(w io.Writer) { printMigration(w, m) })
					})
				},
			},
			{
				Name:  "list",
				Usage: "migrations, outgoing and incoming, newest first",
				Flags: []ucli.Flag{&ucli.StringFlag{Name: "holder", Usage: "only this holder's `DID`"}, &ucli.StringFlag{Name: "role", Usage: "outgoing or incoming"}},
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						ms, err := n.Migrations(c.Context, api.MigrationQuery{Holder: c.String("holder"), Role: c.String("role")})
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(ms, func(w io.Writer) {
							for _, m := range ms {
								fmt.Fprintf(w, "%s %-8s %-9s %s %s\n", m.ID, m.Role, m.Status, m.Holder, m.Peer)
							}
						})
					})
				},
			},
			{
				Name:      "status",
				Usage:     "one migration: status, verdict with each rule's reason, account; --check brings it up to date (resends a presentation that did not arrive, verifies an admitted identity again)",
				ArgsUsage: "MIGRATION",
				Flags:     []ucli.Flag{&ucli.BoolFlag{Name: "check", Usage: "send again or verify again now"}},
				Action: func(c *ucli.Context) error {
					if err := flagsFirst(c); err != nil {
						return err
					}
					id, err := idArg(c, "status")
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						var m *identity.Migration
						if c.Bool("check") {
							m, err = n.CheckIdentity(c.Context, id)
						} else {
							m, err = n.Migration(c.Context, id, "")
						}
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(m, func(w io.Writer) { printMigration(w, m) })
					})
				},
			},
			{
				Name:      "link",
				Usage:     "on the destination: import an admitted identity as the holder's account here, which links it (9.4 step 4, IDIR-204)",
				ArgsUsage: "MIGRATION",
				// --account is not Required: urfave/cli would refuse `link
				// MIGRATION --account X` for a missing flag before
				// flagsFirst can say to put it first; the node refuses an
				// empty account with the reason.
				Flags: []ucli.Flag{&ucli.StringFlag{Name: "account", Usage: "the holder's `ACCOUNT` on this platform (required)"}},
				Action: func(c *ucli.Context) error {
					if err := flagsFirst(c); err != nil {
						return err
					}
					id, err := idArg(c, "link")
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						m, err := n.ImportIdentity(c.Context, api.ImportRequest{ID: id, Account: c.String("account")})
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(m, func(w io.Writer) { printMigration(w, m) })
					})
				},
			},
			{
				Name:      "links",
				Usage:     "a holder's links: the platforms their identity went to or came from",
				ArgsUsage: "HOLDER-DID",
				Action: func(c *ucli.Context) error {
					if c.NArg() != 1 {
						return errors.New("links takes the holder's DID")
					}
					return withAPI(c, env, func(n api.Node) error {
						ls, err := n.IdentityLinks(c.Context, c.Args().First())
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(ls, func(w io.Writer) {
							for _, l := range ls {
								fmt.Fprintf(w, "%-8s %-9s %s (migration %s, since %s)%s\n", l.Direction, l.Status, l.Platform, l.Migration, l.Since, map[bool]string{true: ", account " + l.Account, false: ""}[l.Account != ""])
							}
						})
					})
				},
			},
			{
				Name:      "unlink",
				Usage:     "on the origin: unlink the holder's identity from the platform a migration went to; the holder signs, the destination is told and its syncs are refused from then on",
				ArgsUsage: "MIGRATION",
				Flags:     signerFlags(),
				Action: func(c *ucli.Context) error {
					if err := flagsFirst(c); err != nil {
						return err
					}
					id, err := idArg(c, "unlink")
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						m, err := n.UnlinkIdentity(c.Context, api.UnlinkRequest{ID: id, Custody: c.String("custody")})
						if err != nil {
							return err
						}
						if m, err = signMigration(c, env, n, m); err != nil {
							return err
						}
						return newPrinter(c, env).result(m, func(w io.Writer) { printMigration(w, m) })
					})
				},
			},
			{
				Name:  "update",
				Usage: "on the platform the holder visits: change their identity (profile fields, avatar reference, permissions) as the next anchored version, signed by the holder and synced to the identity's home",
				Flags: append([]ucli.Flag{
					&ucli.StringFlag{Name: "holder", Usage: "the holder's `DID` (default: the wallet's)"},
					&ucli.StringSliceFlag{Name: "set", Usage: "`NAME=VALUE` a field to change (repeat; an empty VALUE removes it)"},
					&ucli.StringSliceFlag{Name: "cid", Usage: "`NAME=CID` content to change (repeat)"},
					&ucli.StringFlag{Name: "prev", Usage: "the version `CID` it follows (default: the head)"},
				}, signerFlags()...),
				Action: func(c *ucli.Context) error {
					holder, err := holderOf(c, env)
					if err != nil {
						return err
					}
					state, err := pairs(c.StringSlice("set"), "--set", "display-name=Ada")
					if err != nil {
						return err
					}
					content, err := pairs(c.StringSlice("cid"), "--cid", "profile=bafkrei…")
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						u, err := n.UpdateIdentity(c.Context, api.IdentityUpdateRequest{Holder: holder, State: state, Content: content, Prev: c.String("prev"), Custody: c.String("custody")})
						if err != nil {
							return err
						}
						o := u.Outcome
						if u.SignRequest != nil {
							resp, err := signerOf(c, env).sign(c.Context, u.SignRequest)
							if err != nil {
								return err
							}
							if o, err = n.SignIdentityUpdate(c.Context, u.ID, *resp); err != nil {
								return err
							}
						}
						return newPrinter(c, env).result(o, func(w io.Writer) { printOutcome(w, o) })
					})
				},
			},
			{
				Name:      "sync",
				Usage:     "send the holder's identity where it goes now (its home, or the platforms holding it) instead of waiting for the retry",
				ArgsUsage: "HOLDER-DID",
				Action: func(c *ucli.Context) error {
					if c.NArg() != 1 {
						return errors.New("sync takes the holder's DID")
					}
					return withAPI(c, env, func(n api.Node) error {
						rs, err := n.SyncIdentity(c.Context, c.Args().First())
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(rs, func(w io.Writer) {
							for _, r := range rs {
								if r.Error != "" {
									fmt.Fprintf(w, "%s: failed: %s\n", r.Peer, r.Error)
								} else {
									fmt.Fprintf(w, "%s: %s, its head %s\n", r.Peer, r.Status, r.Head)
								}
							}
						})
					})
				},
			},
		},
	}
}

// signMigration answers a migration's sign requests, round after round,
// with the signer the flags choose. An interruption leaves the migration
// where it was, for identity resume to carry on.
func signMigration(c *ucli.Context, env Env, n api.Node, m *identity.Migration) (*identity.Migration, error) {
	id := m.ID
	s := signerOf(c, env)
	for m.SignRequest != nil {
		resp, err := s.sign(c.Context, m.SignRequest)
		if err != nil {
			return nil, fmt.Errorf("migration %s waits for the holder's signature: %w (carry on with `mifm identity resume %s`)", id, err, id)
		}
		next, err := n.SignMigration(c.Context, id, *resp)
		if err != nil {
			return nil, fmt.Errorf("migration %s: %w (see `mifm identity status %s`; carry on with `mifm identity resume %s`)", id, err, id, id)
		}
		m = next
	}
	return m, nil
}

// holderOf is --holder, or the wallet's holder.
func holderOf(c *ucli.Context, env Env) (string, error) {
	if h := c.String("holder"); h != "" {
		return h, nil
	}
	if c.String("signer-cmd") != "" || c.String("custody") != "" {
		return "", errors.New("--holder: give the holder's DID (with --signer-cmd or --custody there is no wallet folder to read it from)")
	}
	return wallet.Open(walletDir(c, env), false).Holder()
}

func migrateRequest(c *ucli.Context, env Env) (api.MigrateRequest, error) {
	holder, err := holderOf(c, env)
	if err != nil {
		return api.MigrateRequest{}, err
	}
	req := api.MigrateRequest{Holder: holder, To: c.String("to"), Custody: c.String("custody"), Scope: identity.Scope{
		Claims: c.StringSlice("claim"), Avatars: c.StringSlice("avatar"), Assets: c.StringSlice("asset"), Permissions: c.StringSlice("permission"),
	}}
	files := c.StringSlice("credential")
	if len(files) == 0 && c.String("signer-cmd") == "" && c.String("custody") == "" {
		creds, err := wallet.Open(walletDir(c, env), false).Credentials()
		if err != nil {
			return req, err
		}
		for _, cr := range creds {
			req.Scope.Credentials = append(req.Scope.Credentials, cr.Raw)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(env.path(f))
		if err != nil {
			return req, err
		}
		b = []byte(strings.TrimSpace(string(b)))
		if len(b) > 0 && b[0] != '{' && b[0] != '"' {
			b, _ = json.Marshal(string(b))
		}
		req.Scope.Credentials = append(req.Scope.Credentials, b)
	}
	if len(req.Scope.Credentials) == 0 {
		return req, errors.New("no credential to present: give --credential FILE, or keep credentials in the wallet (`mifm wallet add FILE`)")
	}
	return req, nil
}

func printMigration(w io.Writer, m *identity.Migration) {
	fmt.Fprintf(w, "migration %s (%s) %s\n  holder %s\n  peer   %s\n", m.ID, m.Role, m.Status, m.Holder, m.Peer)
	if m.Account != "" {
		fmt.Fprintf(w, "  account %s\n", m.Account)
	}
	if v := m.Verdict; v != nil {
		fmt.Fprintf(w, "  verdict by %s: admitted %v\n", v.Platform, v.Admitted)
		for _, r := range v.Reasons {
			mark := "ok  "
			if !r.OK {
				mark = "FAIL"
			}
			fmt.Fprintf(w, "    %s %s: %s\n", mark, r.Rule, r.Detail)
		}
		for _, d := range v.Disclosed {
			fmt.Fprintf(w, "  disclosed %v from %s: %s\n", d.Types, d.Issuer, strings.Join(d.Claims, ", "))
		}
	}
	if m.SignRequest != nil {
		fmt.Fprintf(w, "  waits for the holder's signature: %s\n", m.SignRequest.Purpose)
	}
	if m.Error != "" {
		fmt.Fprintf(w, "  error: %s\n", m.Error)
	}
}
