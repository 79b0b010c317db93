package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/explorer"
)

// stateCommand is versioned subjects (IDSF, AVSF, COSF versions): a user's
// identity profile, a home avatar, a content item, each a chain of signed
// versions in IPFS whose hashes are anchored on chain.
func stateCommand(env Env) *ucli.Command {
	subjectArg := func(c *ucli.Context, what string) (string, error) {
		if c.NArg() != 1 {
			return "", fmt.Errorf("%s takes one SUBJECT, e.g. identity:did:key:z6Mk… (see `mifm state list`)", what)
		}
		return c.Args().First(), nil
	}
	return &ucli.Command{
		Name:  "state",
		Usage: "versioned state anchored on chain: identity profiles, home avatars, content items (FGMV-43 IDSF, AVSF, COSF)",
		Subcommands: []*ucli.Command{
			{
				Name:      "propose",
				Usage:     "author and sign a new version of a subject, queue it for anchoring and sync it with the platforms that hold it; content and state it leaves out carry over from the version it follows",
				ArgsUsage: "SUBJECT (identity:DID, avatar:OWNER-DID/NAME, content:ID)",
				Flags: []ucli.Flag{
					&ucli.StringSliceFlag{Name: "cid", Usage: "`NAME=CID` of this version's content (repeat)"},
					&ucli.StringSliceFlag{Name: "state", Usage: "`NAME=VALUE` small state fields (repeat)"},
					&ucli.StringFlag{Name: "prev", Usage: "the version `CID` this one follows (default: the head)"},
					&ucli.StringFlag{Name: "home-platform", Usage: "a new subject's home platform `DID` (default: this node's)"},
					&ucli.StringFlag{Name: "policy", Usage: "a new subject's conflict policy: home, anchored or ask (default: [anchor] policy)"},
				},
				Action: func(c *ucli.Context) error {
					if err := flagsFirst(c); err != nil {
						return err
					}
					subject, err := subjectArg(c, "propose")
					if err != nil {
						return err
					}
					content, err := pairs(c.StringSlice("cid"), "--cid", "profile=bafkrei…")
					if err != nil {
						return err
					}
					state, err := pairs(c.StringSlice("state"), "--state", "display-name=Ada")
					if err != nil {
						return err
					}
					req := api.ProposeVersionRequest{Subject: subject, Content: content, State: state, Prev: c.String("prev"), Home: c.String("home-platform"), Policy: c.String("policy")}
					return withAPI(c, env, func(n api.Node) error {
						o, err := n.ProposeVersion(c.Context, req)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(o, func(w io.Writer) { printOutcome(w, o) })
					})
				},
			},
			{
				Name:  "list",
				Usage: "the subjects this node holds",
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						subs, err := n.Subjects(c.Context)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(subs, func(w io.Writer) {
							for _, s := range subs {
								conflict := ""
								if len(s.Conflict) > 0 {
									conflict = fmt.Sprintf("  CONFLICT between %d versions", len(s.Conflict))
								}
								fmt.Fprintf(w, "%s  v%d %s  home %s  policy %s%s\n", s.Subject, s.HeadSeq, s.Head, s.Home, s.Policy, conflict)
							}
						})
					})
				},
			},
			{
				Name:      "history",
				Usage:     "every version of a subject, branches included, with its standing and anchoring",
				ArgsUsage: "SUBJECT",
				Action: func(c *ucli.Context) error {
					subject, err := subjectArg(c, "history")
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						hist, err := n.SubjectHistory(c.Context, subject)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(hist, func(w io.Writer) { printVersionHistory(w, hist) })
					})
				},
			},
			{
				Name:      "head",
				Usage:     "a subject's head version",
				ArgsUsage: "SUBJECT",
				Action: func(c *ucli.Context) error {
					subject, err := subjectArg(c, "head")
					if err != nil {
						return err
					}
					return withAPI(c, env, func(n api.Node) error {
						st, err := n.SubjectHead(c.Context, subject)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(st, func(w io.Writer) {
							v := st.Head.Version
							fmt.Fprintf(w, "subject  %s\nhead     v%d %s\nauthor   %s\nhome     %s\n", v.Subject, v.Seq, st.Head.CID, v.Author, v.Home)
							for _, k := range sortedKeys(v.Content) {
								fmt.Fprintf(w, "content  %s=%s\n", k, v.Content[k])
							}
							for _, k := range sortedKeys(v.State) {
								fmt.Fprintf(w, "state    %s=%s\n", k, v.State[k])
							}
							if len(st.Subject.Conflict) > 0 {
								fmt.Fprintf(w, "conflict %s (choose with `mifm state resolve %s CID`)\n", strings.Join(st.Subject.Conflict, " "), v.Subject)
							}
						})
					})
				},
			},
			chooseCommand(env, "resolve", "close an open conflict with the chosen version as the head (the others stay as branches)", func(n api.Node, c *ucli.Context, req api.ChooseVersionRequest) (*api.VersionOutcome, error) {
				return n.ResolveConflict(c.Context, req)
			}),
			chooseCommand(env, "revert", "propose a new version with an earlier version's content, following the head", func(n api.Node, c *ucli.Context, req api.ChooseVersionRequest) (*api.VersionOutcome, error) {
				return n.RevertVersion(c.Context, req)
			}),
			{
				Name:      "share",
				Usage:     "send a subject this node is the home of to a partner platform, which then holds it and syncs its changes back",
				ArgsUsage: "SUBJECT PEER (the partner's DID or RE URL)",
				Action: func(c *ucli.Context) error {
					if c.NArg() != 2 {
						return errors.New("share takes SUBJECT and PEER, e.g. `mifm state share identity:did:key:z6Mk… did:web:b.example`")
					}
					return withAPI(c, env, func(n api.Node) error {
						r, err := n.ShareSubject(c.Context, api.ShareRequest{Subject: c.Args().Get(0), Peer: c.Args().Get(1)})
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(r, func(w io.Writer) {
							fmt.Fprintf(w, "shared with %s: %s, its head %s\n", r.Peer, r.Status, r.Head)
						})
					})
				},
			},
		},
	}
}

func chooseCommand(env Env, name, usage string, op func(api.Node, *ucli.Context, api.ChooseVersionRequest) (*api.VersionOutcome, error)) *ucli.Command {
	return &ucli.Command{
		Name:      name,
		Usage:     usage,
		ArgsUsage: "SUBJECT CID",
		Action: func(c *ucli.Context) error {
			if c.NArg() != 2 {
				return fmt.Errorf("%s takes SUBJECT and a version CID (see `mifm state history SUBJECT`)", name)
			}
			return withAPI(c, env, func(n api.Node) error {
				o, err := op(n, c, api.ChooseVersionRequest{Subject: c.Args().Get(0), CID: c.Args().Get(1)})
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(o, func(w io.Writer) { printOutcome(w, o) })
			})
		},
	}
}

func printOutcome(w io.Writer, o *api.VersionOutcome) {
	fmt.Fprintf(w, "%s v%d %s: %s (head %s)\n", o.Subject, o.Seq, o.CID, o.Status, o.Head)
	for _, s := range o.Synced {
		if s.Error != "" {
			fmt.Fprintf(w, "  sync %s: failed: %s\n", s.Peer, s.Error)
			continue
		}
		fmt.Fprintf(w, "  sync %s: %s, its head %s\n", s.Peer, s.Status, s.Head)
	}
}

// pairs reads NAME=VALUE flags.
func pairs(list []string, flag, example string) (map[string]string, error) {
	if len(list) == 0 {
		return nil, nil
	}
	out := map[string]string{}
	for _, p := range list {
		k, v, ok := strings.Cut(p, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("%s %q: want NAME=VALUE, e.g. %s %s", flag, p, flag, example)
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("%s %s is given twice", flag, k)
		}
		out[k] = v
	}
	return out, nil
}

// anchorCommand is the batches on chain and the proofs from them; verify
// needs no home and no node.
func anchorCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "anchor",
		Usage: "Merkle batches of version hashes on chain, and proofs anyone can check from the chain and IPFS alone",
		Subcommands: []*ucli.Command{
			{
				Name:      "proof",
				Usage:     "write the inclusion proof of an anchored version",
				ArgsUsage: "CID | SUBJECT@SEQ | SUBJECT",
				Flags: []ucli.Flag{
					&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (default: stdout)"},
				},
				Action: func(c *ucli.Context) error {
					if err := flagsFirst(c); err != nil {
						return err
					}
					if c.NArg() != 1 {
						return errors.New("proof takes one version: its CID, SUBJECT@SEQ or SUBJECT (the head)")
					}
					return withAPI(c, env, func(n api.Node) error {
						p, err := n.VersionProof(c.Context, c.Args().First())
						if err != nil {
							return err
						}
						b, err := json.MarshalIndent(p, "", "  ")
						if err != nil {
							return err
						}
						b = append(b, '\n')
						if out := c.String("output"); out != "" {
							if err := writeFileWhole(env.path(out), bytes.NewReader(b)); err != nil {
								return err
							}
							fmt.Fprintf(env.Stdout, "proof of %s v%d (batch %d, block %d) written to %s\n", p.Subject, p.Seq, p.Batch, p.Block, out)
							return nil
						}
						_, err = env.Stdout.Write(b)
						return err
					})
				},
			},
			{
				Name:      "verify",
				Usage:     "check a proof file with a chain endpoint (--chain URL, the global flag) and an IPFS gateway only (no home, no node); exit 1 naming the check that failed",
				ArgsUsage: "PROOF.json",
				Flags: []ucli.Flag{
					&ucli.StringFlag{Name: "gateway", Usage: "an IPFS gateway `URL` (trustless: application/vnd.ipld.raw), unless the proof carries its document"},
					&ucli.Uint64Flag{Name: "confirmations", Value: 1, Usage: "how deep the anchoring block must be"},
					&ucli.StringFlag{Name: "anchorer", Usage: "require the root to be anchored by this `ADDRESS` (the platform's key); without it the proof's anchorer is reported"},
					&ucli.StringSliceFlag{Name: "node", Usage: "`DID=URL`: take that did:web author's document from the node at this RE base URL (repeat), when its domain does not resolve from here"},
				},
				Action: func(c *ucli.Context) error {
					if err := flagsFirst(c); err != nil {
						return err
					}
					if c.NArg() != 1 {
						return errors.New("verify takes one proof file (from `mifm anchor proof -o FILE`) or an audit report (from `mifm audit report -o FILE`)")
					}
					raw, err := os.ReadFile(env.path(c.Args().First()))
					if err != nil {
						return err
					}
					p, err := anchor.ReadProof(bytes.NewReader(raw))
					var fromReport []*anchor.Proof
					if err != nil {
						// An auditor's report (HTML or JSON) carries proofs too.
						var rerr error
						if fromReport, rerr = explorer.ReadReportProofs(bytes.NewReader(raw)); rerr != nil {
							return fmt.Errorf("%s is neither a proof file (%v) nor an audit report (%v)", c.Args().First(), err, rerr)
						}
					}
					vf, closeChain, err := offlineVerifier(c)
					if err != nil {
						return err
					}
					defer closeChain()
					ctx, cancel := context.WithTimeout(c.Context, verifyTimeout)
					defer cancel()
					if p == nil {
						return verifyReportProofs(ctx, c, env, vf, fromReport)
					}
					v := vf.Verify(ctx, p)
					if err := newPrinter(c, env).result(v, func(w io.Writer) {
						for _, ch := range v.Checks {
							fmt.Fprintf(w, "%s %-11s %s\n", okMark(ch.OK), ch.Name, ch.Detail)
						}
						if v.OK {
							fmt.Fprintf(w, "version %d of %s is anchored on %s (block %d)\n", p.Seq, p.Subject, p.Chain, p.Block)
						} else {
							fmt.Fprintf(w, "proof refused: the %s check failed\n", v.Failed)
						}
					}); err != nil {
						return err
					}
					if !v.OK {
						return exitCode(1)
					}
					return nil
				},
			},
			{
				Name:  "flush",
				Usage: "anchor what waits now instead of at the next interval",
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						bs, err := n.AnchorFlush(c.Context)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(bs, func(w io.Writer) { printBatches(w, bs) })
					})
				},
			},
			{
				Name:  "batches",
				Usage: "every batch: root, leaves, manifest, state and anchoring",
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						bs, err := n.AnchorBatches(c.Context)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(bs, func(w io.Writer) { printBatches(w, bs) })
					})
				},
			},
		},
	}
}

func printBatches(w io.Writer, bs []api.AnchorBatch) {
	if len(bs) == 0 {
		fmt.Fprintln(w, "no batch")
	}
	for _, b := range bs {
		where := "not on chain yet"
		if b.Anchored != nil {
			where = fmt.Sprintf("block %d tx %s", b.Anchored.Block, b.Anchored.Tx.Hex())
		}
		fmt.Fprintf(w, "batch %d  %s  %d leaves  root %s  manifest %s  %s\n", b.Seq, b.State, b.Leaves, b.Root.Hex(), b.Manifest, where)
	}
}

// verifyTimeout bounds a verification's calls to the chain endpoint, the
// gateway and DID resolution, which an auditor may point anywhere.
const verifyTimeout = 2 * time.Minute

// offlineVerifier is a verifier on --chain and --gateway alone.
func offlineVerifier(c *ucli.Context) (*anchor.Verifier, func(), error) {
	u := flagString(c, "chain")
	if u == "" {
		return nil, nil, errors.New("--chain: give a JSON-RPC URL of the chain the proof names, e.g. --chain http://127.0.0.1:8545")
	}
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "ws://") && !strings.HasPrefix(u, "wss://") {
		return nil, nil, fmt.Errorf("--chain %q: want a JSON-RPC URL, e.g. http://127.0.0.1:8545", u)
	}
	dial, cancel := context.WithTimeout(c.Context, 30*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(dial, u)
	if err != nil {
		return nil, nil, fmt.Errorf("--chain %s: %w", u, err)
	}
	vf := &anchor.Verifier{
		Chain: client, Gateway: c.String("gateway"), MinConfirmations: c.Uint64("confirmations"),
		Resolver: did.NewResolver(did.Options{}),
	}
	if nodes := c.StringSlice("node"); len(nodes) > 0 {
		n := &explorer.Nodes{DIDs: map[string]string{}}
		for _, s := range nodes {
			id, u, err := explorer.ParseNode(s)
			if err != nil {
				client.Close()
				return nil, nil, fmt.Errorf("--node %w", err)
			}
			n.URLs = append(n.URLs, u)
			if id != "" {
				n.DIDs[u] = id
			}
		}
		vf.Resolver = n.Resolver()
	}
	if a := c.String("anchorer"); a != "" {
		if !common.IsHexAddress(a) {
			client.Close()
			return nil, nil, fmt.Errorf("--anchorer %q is not an address (0x and 40 hex digits)", a)
		}
		addr := common.HexToAddress(a)
		vf.Anchorer = &addr
	}
	return vf, client.Close, nil
}

// verifyAnchored is `audit verify --anchored`: an exported log (--log) or
// the node's own, checked against its anchored checkpoint on --chain.
func verifyAnchored(c *ucli.Context, env Env) error {
	var e *anchor.LogExport
	if f := c.String("log"); f != "" {
		file, err := os.Open(env.path(f))
		if err != nil {
			return err
		}
		defer file.Close()
		if e, err = anchor.ReadLogExport(file); err != nil {
			return err
		}
	} else if err := withAPI(c, env, func(n api.Node) error {
		var err error
		e, err = n.AuditExport(c.Context)
		return err
	}); err != nil {
		return err
	}
	if flagString(c, "chain") == "" {
		if e.Checkpoint == nil {
			return errors.New("the log has no anchored checkpoint yet: run `mifm audit checkpoint` and `mifm anchor flush`")
		}
		return fmt.Errorf("--chain: give a JSON-RPC URL of %s, where the checkpoint is anchored", e.Checkpoint.Chain)
	}
	vf, closeChain, err := offlineVerifier(c)
	if err != nil {
		return err
	}
	defer closeChain()
	ctx, cancel := context.WithTimeout(c.Context, verifyTimeout)
	defer cancel()
	r := anchor.VerifyLog(ctx, e, vf)
	if err := newPrinter(c, env).result(r, func(w io.Writer) {
		if r.OK {
			fmt.Fprintf(w, "%s audit log of %s: %d entries; the first %d end in the head anchored in block %d of %s\n", okMark(true), e.Node, r.Entries, r.Checkpointed, e.Checkpoint.Block, e.Checkpoint.Chain)
			return
		}
		fmt.Fprintf(w, "%s audit log of %s: %s: %s\n", okMark(false), e.Node, r.Failed, r.Reason)
	}); err != nil {
		return err
	}
	if !r.OK {
		return exitCode(1)
	}
	return nil
}

// exportLog is `audit export`.
func exportLog(c *ucli.Context, env Env) error {
	return withAPI(c, env, func(n api.Node) error {
		e, err := n.AuditExport(c.Context)
		if err != nil {
			return err
		}
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		b = append(b, '\n')
		out := c.String("output")
		if out == "" {
			_, err = env.Stdout.Write(b)
			return err
		}
		if err := writeFileWhole(env.path(out), bytes.NewReader(b)); err != nil {
			return err
		}
		cp := "no anchored checkpoint yet"
		if e.Checkpoint != nil {
			cp = fmt.Sprintf("checkpoint anchored in block %d", e.Checkpoint.Block)
		}
		fmt.Fprintf(env.Stdout, "%d entries (%s) written to %s at %s\n", len(e.Entries), cp, out, time.Now().UTC().Format(time.RFC3339))
		return nil
	})
}

// verifyReportProofs checks every proof an audit report carries and exits
// 1 when any fails.
func verifyReportProofs(ctx context.Context, c *ucli.Context, env Env, vf *anchor.Verifier, proofs []*anchor.Proof) error {
	if len(proofs) == 0 {
		return errors.New("the report carries no anchored version to verify")
	}
	type result struct {
		Subject string               `json:"subject"`
		Seq     uint64               `json:"seq"`
		CID     string               `json:"cid"`
		Result  *anchor.Verification `json:"verification"`
	}
	var out []result
	failed := 0
	for _, p := range proofs {
		v := vf.Verify(ctx, p)
		if !v.OK {
			failed++
		}
		out = append(out, result{p.Subject, p.Seq, p.CID, v})
	}
	if err := newPrinter(c, env).result(out, func(w io.Writer) {
		for _, r := range out {
			if r.Result.OK {
				fmt.Fprintf(w, "%s version %d of %s: every check holds\n", okMark(true), r.Seq, r.Subject)
			} else {
				last := r.Result.Checks[len(r.Result.Checks)-1]
				fmt.Fprintf(w, "%s version %d of %s: the %s check failed: %s\n", okMark(false), r.Seq, r.Subject, last.Name, last.Detail)
			}
		}
		fmt.Fprintf(w, "%d of %d proofs in the report verify\n", len(out)-failed, len(out))
	}); err != nil {
		return err
	}
	if failed > 0 {
		return exitCode(1)
	}
	return nil
}
