package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/manage"
)

func nodeCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "node",
		Usage: "run the node: RI API for the own platform, RE API for other nodes (FGMV-43 8.1, 8.2)",
		Subcommands: []*ucli.Command{
			nodeRunCommand(env),
			nodeStatusCommand(env),
		},
	}
}

func nodeRunCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "run",
		Usage: "serve the node until interrupted (Ctrl-C or SIGTERM stop it gracefully)",
		Description: `Runs the home's chain (the embedded one is also served as JSON-RPC on loopback,
so other commands and wallets can use it meanwhile), the IPFS store with its
trustless gateway (/ipfs/ on RE), the node store, and two HTTP servers:
RI (the own platform's back end; bearer token in HOME/ri-token) and RE
(other nodes; every request signed by the sender's platform DID).
While it runs, mifm commands for this home go through its RI API.`,
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "ri-listen", Usage: "RI API `HOST:PORT` (default: the home's node.ri_listen, 127.0.0.1:8650)"},
			&ucli.StringFlag{Name: "re-listen", Usage: "RE API `HOST:PORT` (default: the home's node.re_listen, 127.0.0.1:8651)"},
			&ucli.StringFlag{Name: "public-url", Usage: "base `URL` other nodes reach the RE API at (default http(s)://RE-LISTEN)"},
			&ucli.BoolFlag{Name: "bridge", Usage: "run as a metaverse bridge: offer conversions, manage virtual bridges (MBMF)"},
			&ucli.StringFlag{Name: "tls-cert", Usage: "serve RE over TLS with this PEM certificate `FILE` (and --tls-key)"},
			&ucli.StringFlag{Name: "tls-key", Usage: "PEM private key `FILE` of --tls-cert"},
			&ucli.DurationFlag{Name: "wait", Value: daemon.DefaultWaitForStores, Usage: "how long to wait for a command that holds the home's stores to end before giving up (0s: not at all)"},
		},
		Action: func(c *ucli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("run takes flags only, got %q", c.Args().First())
			}
			h, pass, err := unlockHome(c, env)
			if err != nil {
				return err
			}
			cfg := h.Config
			for flag, dst := range map[string]*string{"ri-listen": &cfg.Node.RIListen, "re-listen": &cfg.Node.REListen, "public-url": &cfg.Node.PublicURL, "tls-cert": &cfg.Node.TLSCert, "tls-key": &cfg.Node.TLSKey} {
				if c.IsSet(flag) {
					*dst = c.String(flag)
				}
			}
			if err := cfg.Validate(); err != nil {
				return fmt.Errorf("node run: %w", err)
			}
			h.Config = cfg
			return daemon.Run(c.Context, daemon.Options{
				Home: h, Passphrase: pass, ChainOverride: flagString(c, "chain"), Bridge: c.Bool("bridge"), WaitForStores: waitFlag(c.Duration("wait")),
				CrashAt: env.Getenv("MIFM_TEST_CRASH_AT"),
				Ready: func(info daemon.Info) {
					if flagBool(c, "json") {
						_ = newPrinter(c, env).result(info, nil)
						return
					}
					fmt.Fprintf(env.Stdout, "node %s running (pid %d)\nRI  %s\nRE  %s\n", info.DID, info.PID, info.RI, info.RE)
					if info.ChainRPC != "" {
						fmt.Fprintf(env.Stdout, "chain JSON-RPC %s\n", info.ChainRPC)
					}
					if info.Bridge {
						fmt.Fprintln(env.Stdout, "bridge mode")
					}
				},
			})
		},
	}
}

func nodeStatusCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "status",
		Usage: "the node's DID, endpoints, manifesto revision, channels and audit head (running or not)",
		Action: func(c *ucli.Context) error {
			return withAPI(c, env, func(n api.Node) error {
				st, err := n.Status(c.Context)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(st, func(w io.Writer) {
					fmt.Fprintf(w, "did        %s\n", st.DID)
					if st.Running {
						fmt.Fprintf(w, "running    pid %d since %s\nRI         %s\nRE         %s\n", st.PID, st.Started, st.RI, st.RE)
						if st.ChainRPC != "" {
							fmt.Fprintf(w, "chain RPC  %s\n", st.ChainRPC)
						}
						if st.Gateway != "" {
							fmt.Fprintf(w, "gateway    %s\n", st.Gateway)
						}
					} else {
						fmt.Fprintf(w, "running    no (start it with `mifm node run`)\n")
					}
					transfers := "waiting for the contract suite on the chain"
					if st.Transfers {
						transfers = "ready"
					}
					fmt.Fprintf(w, "public URL %s\nbridge     %v\nmanifesto  revision %d\nchannels   %d\ntransfers  %s\naudit      %d entries, head %s\n", st.PublicURL, st.Bridge, st.Manifesto, st.Channels, transfers, st.AuditSeq, st.AuditHead)
					if h := st.Content; h != nil {
						state := h.State
						if !h.OK {
							state = strings.ToUpper(state)
						}
						fmt.Fprintf(w, "content    %s: %s (%s)\n", h.Backend, state, h.Detail)
					}
				})
			})
		},
	}
}

// waitFlag maps --wait 0s (not at all) to daemon.Options' negative value.
func waitFlag(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}

func platformCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "platform",
		Usage: "the own platform: its manifesto (FGMV-43 MPMF, RI-5); the registrar registers others",
		Subcommands: []*ucli.Command{platformRegisterCommand(env), platformAttestersCommand(env), platformPartnerCommand(env), {
			Name:  "manifesto",
			Usage: "show or register the platform's manifesto",
			Subcommands: []*ucli.Command{
				{
					Name:  "show",
					Usage: "print the registered, signed manifesto",
					Action: func(c *ucli.Context) error {
						return withAPI(c, env, func(n api.Node) error {
							m, err := n.Manifesto(c.Context)
							if err != nil {
								return err
							}
							return newPrinter(c, env).result(m, func(w io.Writer) { printManifesto(w, m) })
						})
					},
				},
				{
					Name:      "set",
					Usage:     "register FILE (JSON, schema in node/manage/manifesto.schema.json) as the platform's manifesto; the node signs it",
					ArgsUsage: "FILE",
					Action: func(c *ucli.Context) error {
						if c.NArg() != 1 {
							return fmt.Errorf("set takes one manifesto FILE (see demo/manifestos/ for examples)")
						}
						data, err := os.ReadFile(env.path(c.Args().First()))
						if err != nil {
							return fmt.Errorf("read manifesto: %w", err)
						}
						m, err := manage.ParseManifesto(data)
						if err != nil {
							return fmt.Errorf("%s: %w", c.Args().First(), err)
						}
						return withAPI(c, env, func(n api.Node) error {
							s, err := n.SetManifesto(c.Context, m)
							if err != nil {
								return err
							}
							return newPrinter(c, env).result(s, func(w io.Writer) {
								fmt.Fprintf(w, "registered manifesto revision %d of %s (hash %s)\n", s.Manifesto.Revision, s.Manifesto.Platform.DID, s.Hash)
							})
						})
					},
				},
			},
		}},
	}
}

func printManifesto(w io.Writer, s *manage.Signed) {
	m := s.Manifesto
	fmt.Fprintf(w, "platform   %s (%s)\nrevision   %d, signed %s\nhash       %s\nRE         %s\n", m.Platform.DID, m.Platform.Name, m.Revision, m.Issued, s.Hash, m.Platform.Endpoints.RE)
	fmt.Fprintf(w, "chains     %s\ntokens     %s\n", strings.Join(m.Chains, ", "), strings.Join(m.TokenStandards, ", "))
	if len(m.Currencies) > 0 {
		var cs []string
		for _, c := range m.Currencies {
			cs = append(cs, c.Code)
		}
		fmt.Fprintf(w, "currencies %s\n", strings.Join(cs, ", "))
	}
	if m.Exchange != nil {
		for _, r := range m.Exchange.Rates {
			fmt.Fprintf(w, "rate       1 %s = %s %s\n", r.From, r.Rate, r.To)
		}
	}
	if a := m.Avatar; a != nil {
		fmt.Fprintf(w, "avatars    %s (polygons ≤ %d, textures ≤ %d, features %s)\n", strings.Join(a.Formats, ", "), a.MaxPolygons, a.MaxTextureSize, strings.Join(a.Features, ", "))
	}
	if m.Content != nil {
		fmt.Fprintf(w, "content    %s\n", strings.Join(m.Content.Formats, ", "))
	}
	if m.Identity != nil {
		fmt.Fprintf(w, "identity   did:%s; requires %s\n", strings.Join(m.Identity.DIDMethods, ", did:"), strings.Join(m.Identity.RequiredCredentials, ", "))
	}
	for _, p := range m.Policies {
		fmt.Fprintf(w, "policy     %s %s\n", p.Kind, p.URL)
	}
	if m.Bridge != nil {
		for _, c := range m.Bridge.Conversions {
			fmt.Fprintf(w, "converts   %s: %s → %s\n", c.Feature, c.From, c.To)
		}
	}
}

func channelCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "channel",
		Usage: "interoperable channels with other platforms' nodes (FGMV-43 9.5)",
		Subcommands: []*ucli.Command{
			{
				Name:      "open",
				Usage:     "negotiate a channel with a node: fetch its manifesto, compare, bridge the gaps (--bridge), offer and record the answer",
				ArgsUsage: "PEER_URL_OR_DID",
				Flags: []ucli.Flag{
					&ucli.StringFlag{Name: "bridge", Usage: "a bridge node's RE `URL` (or DID) to cover what the platforms cannot exchange directly"},
					&ucli.StringSliceFlag{Name: "require", Usage: "a `FEATURE` (kind:value, e.g. avatar.format:vrm-0.x) the channel must carry; repeatable"},
				},
				Action: func(c *ucli.Context) error {
					if err := flagsFirst(c); err != nil {
						return err
					}
					if c.NArg() != 1 {
						return fmt.Errorf("open takes one peer: its RE URL (http://127.0.0.1:8651) or its platform DID")
					}
					return withAPI(c, env, func(n api.Node) error {
						ch, err := n.OpenChannel(c.Context, api.OpenChannelRequest{Peer: c.Args().First(), Bridge: c.String("bridge"), Require: c.StringSlice("require")})
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(ch, func(w io.Writer) { printChannel(w, ch, false) })
					})
				},
			},
			{
				Name:  "list",
				Usage: "the node's channels, newest first",
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						chans, err := n.Channels(c.Context)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(chans, func(w io.Writer) {
							if len(chans) == 0 {
								fmt.Fprintln(w, "no channels (open one with `mifm channel open PEER`)")
							}
							for _, ch := range chans {
								via := "direct"
								if ch.Bridge != nil {
									via = "via " + ch.Bridge.DID
								}
								fmt.Fprintf(w, "%s  %-11s %-9s %s  %s\n", ch.ID, ch.State, ch.Role, ch.Peer, via)
							}
						})
					})
				},
			},
			{
				Name:      "show",
				Usage:     "one channel: its agreement and the signed documents of its negotiation",
				ArgsUsage: "ID",
				Action: func(c *ucli.Context) error {
					if c.NArg() != 1 {
						return fmt.Errorf("show takes one channel ID (see `mifm channel list`)")
					}
					return withAPI(c, env, func(n api.Node) error {
						ch, err := n.Channel(c.Context, c.Args().First())
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(ch, func(w io.Writer) { printChannel(w, ch, true) })
					})
				},
			},
			{
				Name:      "send",
				Usage:     "send a message to the peer over an established channel and print its receipt",
				ArgsUsage: "ID KIND [JSON]",
				Action: func(c *ucli.Context) error {
					if c.NArg() < 2 || c.NArg() > 3 {
						return fmt.Errorf("send takes a channel ID, a message KIND and optionally a JSON body")
					}
					msg := manage.Message{Kind: c.Args().Get(1)}
					if c.NArg() == 3 {
						msg.Body = []byte(c.Args().Get(2))
						if !json.Valid(msg.Body) {
							return fmt.Errorf("the message body %q is not JSON", c.Args().Get(2))
						}
					}
					return withAPI(c, env, func(n api.Node) error {
						r, err := n.Send(c.Context, c.Args().First(), msg)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(r, func(w io.Writer) {
							fmt.Fprintf(w, "delivered over %s: the peer logged it as entry %d (%s)\n", r.Channel, r.Seq, r.Hash)
						})
					})
				},
			},
		},
	}
}

func printChannel(w io.Writer, ch *manage.Channel, full bool) {
	fmt.Fprintf(w, "channel    %s\nstate      %s (%s)\n", ch.ID, ch.State, ch.Role)
	if len(ch.Parties) > 0 {
		fmt.Fprintf(w, "parties    %s\n", strings.Join(ch.Parties, " ⇄ "))
	} else {
		fmt.Fprintf(w, "peer       %s %s\n", ch.Peer, ch.PeerURL)
	}
	if b := ch.Bridge; b != nil {
		fmt.Fprintf(w, "bridge     %s %s (virtual bridge %s, joined %v)\n", b.DID, b.URL, b.VirtualBridge, b.Joined)
	}
	if ch.Error != "" {
		fmt.Fprintf(w, "error      %s\n", ch.Error)
	}
	for _, c := range ch.Clashes {
		fmt.Fprintf(w, "clash      %s\n", c)
	}
	a := ch.Agreement
	if a == nil {
		return
	}
	who := func(d string) string {
		switch d {
		case ch.Local:
			return "here"
		case a.Initiator:
			return "initiator"
		case a.Responder:
			if ch.Role == manage.RoleBridge {
				return "responder"
			}
			return "peer"
		}
		return d
	}
	fmt.Fprintf(w, "direct     %s\n", strings.Join(a.Direct, ", "))
	for _, b := range a.Bridged {
		fmt.Fprintf(w, "bridged    %s → %s (%s to %s)\n", b.Feature, b.As, who(b.From), who(b.To))
	}
	for _, g := range a.Gaps {
		fmt.Fprintf(w, "gap        %s (%s to %s: not taken)\n", g.Feature, who(g.From), who(g.To))
	}
	for _, r := range a.Rates {
		fmt.Fprintf(w, "rate       1 %s = %s %s\n", r.From, r.Rate.Rate, r.To)
	}
	if full {
		for _, d := range sortedKeys(a.Limits) {
			l := a.Limits[d]
			fmt.Fprintf(w, "limits     %s: polygons ≤ %d, textures ≤ %d, content ≤ %d bytes\n", d, l.MaxPolygons, l.MaxTextureSize, l.MaxContentBytes)
		}
		for _, p := range a.Policies {
			fmt.Fprintf(w, "policy     %s %s\n", p.Kind, p.URL)
		}
		fmt.Fprintf(w, "created    %s\nupdated    %s\n", ch.Created, ch.Updated)
		if ch.Offer != "" {
			fmt.Fprintf(w, "offer      %s\n", manage.Hash(ch.Offer))
		}
		if ch.Answer != "" {
			fmt.Fprintf(w, "answer     %s\n", manage.Hash(ch.Answer))
		}
	}
}

func auditCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "audit",
		Usage: "the node's hash-chained operation log (FGMV-43 LAF)",
		Subcommands: []*ucli.Command{
			auditReportCommand(env),
			{
				Name:  "log",
				Usage: "print log entries",
				Flags: []ucli.Flag{
					&ucli.StringFlag{Name: "since", Usage: "entries at or after `TIME` (RFC 3339) or this long ago (1h, 30m)"},
					&ucli.Uint64Flag{Name: "after", Usage: "entries after sequence number `N`"},
					&ucli.IntFlag{Name: "limit", Usage: "at most `N` entries"},
				},
				Action: func(c *ucli.Context) error {
					q := api.AuditQuery{After: c.Uint64("after"), Limit: c.Int("limit")}
					if s := c.String("since"); s != "" {
						if d, err := time.ParseDuration(s); err == nil && d > 0 {
							q.Since = time.Now().Add(-d)
						} else if t, err := time.Parse(time.RFC3339, s); err == nil {
							q.Since = t
						} else {
							return fmt.Errorf("--since %q: want an RFC 3339 time (2026-11-25T08:00:00Z) or a duration (1h)", s)
						}
					}
					if c.Int("limit") < 0 {
						return fmt.Errorf("--limit %d: want a positive count", c.Int("limit"))
					}
					return withAPI(c, env, func(n api.Node) error {
						entries, err := n.AuditLog(c.Context, q)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(entries, func(w io.Writer) {
							for _, e := range entries {
								printEntry(w, e)
							}
						})
					})
				},
			},
			{
				Name:  "checkpoint",
				Usage: "sign the log's head into the next anchored batch (every batch with versions carries one anyway)",
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						o, err := n.AuditCheckpoint(c.Context)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(o, func(w io.Writer) {
							fmt.Fprintf(w, "checkpoint v%d %s: %s; anchored with the next batch (`mifm anchor flush` to anchor now)\n", o.Seq, o.CID, o.Status)
						})
					})
				},
			},
			{
				Name:  "export",
				Usage: "write the log with the proof of its last anchored checkpoint, for `audit verify --anchored`",
				Flags: []ucli.Flag{
					&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (default: stdout)"},
				},
				Action: func(c *ucli.Context) error { return exportLog(c, env) },
			},
			{
				Name:  "verify",
				Usage: "recompute the hash chain and report the first broken link (exit 1 when broken); with --anchored, check an exported log against its checkpoint anchored on chain",
				Flags: []ucli.Flag{
					&ucli.BoolFlag{Name: "anchored", Usage: "prove that no entry up to the last anchored checkpoint was changed or dropped, from the exported log and the chain alone"},
					&ucli.StringFlag{Name: "log", Usage: "the exported log `FILE` (from `mifm audit export -o FILE`); --chain URL (the global flag) names the chain the checkpoint is anchored on"},
				},
				Action: func(c *ucli.Context) error {
					if c.Bool("anchored") {
						if c.String("log") == "" || flagString(c, "chain") == "" {
							return errors.New("--anchored checks an exported log against the chain: `mifm audit export -o log.json`, then `mifm audit verify --anchored --log log.json --chain http://127.0.0.1:8545`")
						}
						return verifyAnchored(c, env)
					}
					if c.String("log") != "" {
						return errors.New("--log goes with --anchored")
					}
					return withAPI(c, env, func(n api.Node) error {
						r, err := n.VerifyAudit(c.Context)
						if err != nil {
							return err
						}
						if err := newPrinter(c, env).result(r, func(w io.Writer) {
							if r.OK {
								fmt.Fprintf(w, "%s audit log holds: %d entries, head %s\n", okMark(true), r.Entries, r.Head)
							} else {
								fmt.Fprintf(w, "%s audit log broken at entry %d: %s\n", okMark(false), r.BrokenAt, r.Reason)
							}
						}); err != nil {
							return err
						}
						if !r.OK {
							return exitCode(1)
						}
						return nil
					})
				},
			},
		},
	}
}

func printEntry(w io.Writer, e audit.Entry) {
	actor := e.Actor
	if actor == "" {
		actor = "-"
	}
	fmt.Fprintf(w, "%6d %s %-3s %-20s %-8s %s %s", e.Seq, e.Time, e.API, e.Op, e.Outcome, actor, e.Subject)
	for _, k := range sortedKeys(e.Detail) {
		fmt.Fprintf(w, " %s=%s", k, e.Detail[k])
	}
	fmt.Fprintln(w)
}
