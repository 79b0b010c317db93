package cli

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/crosschain"
)

// moveCommand is cross-chain moves (ASTF across chains): the node prepares,
// the sender's wallet sends, M of N attesters sign the delivery.
func moveCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "move",
		Usage: "move ERC-721s between chains through the Bridge (lock or burn on one chain, wrapped mint or release on the other, on M of N attestations)",
		Subcommands: []*ucli.Command{
			{
				Name:      "prepare",
				Usage:     "prepare a move for the sender's own wallet: print the transactions it sends (approvals, then the send); then `mifm move advance ID`",
				ArgsUsage: "CAIP19... (ERC-721s or ERC-1155s on one chain this node follows: originals, or wrapped tokens going home)",
				Flags: []ucli.Flag{
					&ucli.StringFlag{Name: "from", Usage: "the sender's wallet `ADDRESS`", Required: true},
					&ucli.StringSliceFlag{Name: "amounts", Usage: "editions of each ERC-1155 asset, in order, e.g. 3,1 (default 1 each)"},
					&ucli.StringFlag{Name: "to-platform", Usage: "the destination platform's `DID`", Required: true},
					&ucli.StringFlag{Name: "to-chain", Usage: "the destination chain's CAIP-2 `ID`, e.g. eip155:31337", Required: true},
					&ucli.StringFlag{Name: "to", Usage: "the recipient's `ADDRESS` there", Required: true},
					&ucli.DurationFlag{Name: "deadline", Value: time.Hour, Usage: "how long the destination chain has to deliver (at most 720h); refunded after"},
					&ucli.StringSliceFlag{Name: "rights", Usage: "usage rights the recipient gets (ASIR-102)"},
					&ucli.StringFlag{Name: "visibility", Value: "public", Usage: "public, unlisted or private"},
				},
				Action: func(c *ucli.Context) error {
					if err := flagsFirst(c); err != nil {
						return err
					}
					if c.NArg() == 0 {
						return errors.New("prepare takes the CAIP-19 ids of the tokens to move, e.g. `mifm move prepare eip155:1337/erc721:0xContract/7 --from 0xWallet --to-platform did:web:b.example --to-chain eip155:31337 --to 0xRecipient`")
					}
					req := api.MoveRequest{Assets: c.Args().Slice(), Amounts: c.StringSlice("amounts"), From: c.String("from"), ToPlatform: c.String("to-platform"), ToChain: c.String("to-chain"),
						To: c.String("to"), Deadline: c.Duration("deadline").String(), Rights: c.StringSlice("rights"), Visibility: c.String("visibility")}
					return withAPI(c, env, func(n api.Node) error {
						p, err := n.PrepareMove(c.Context, req)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(p, func(w io.Writer) { printPreparedMove(w, p) })
					})
				},
			},
			{
				Name:      "prepared",
				Usage:     "a prepared move's transactions, again",
				ArgsUsage: "ID",
				Action: func(c *ucli.Context) error {
					if c.NArg() != 1 {
						return errors.New("prepared takes one move ID (see `mifm move list`)")
					}
					return withAPI(c, env, func(n api.Node) error {
						p, err := n.MovePrepared(c.Context, c.Args().First())
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(p, func(w io.Writer) { printPreparedMove(w, p) })
					})
				},
			},
			{
				Name:      "advance",
				Usage:     "take a move as far as it goes now: sent, attested and delivered, or refunded after the deadline (a running node does it every few seconds)",
				ArgsUsage: "ID",
				Action: func(c *ucli.Context) error {
					if c.NArg() != 1 {
						return errors.New("advance takes one move ID (see `mifm move list`)")
					}
					return withAPI(c, env, func(n api.Node) error {
						r, err := n.AdvanceMove(c.Context, c.Args().First())
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(r, func(w io.Writer) { printMove(w, r, true) })
					})
				},
			},
			{
				Name:  "list",
				Usage: "every move, newest first",
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						rs, err := n.MoveList(c.Context)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(rs, func(w io.Writer) {
							if len(rs) == 0 {
								fmt.Fprintln(w, "no moves (prepare one with `mifm move prepare`)")
							}
							for _, r := range rs {
								fmt.Fprintf(w, "%s  %-8s %-9s eip155:%d → eip155:%d  %d item(s)  %s\n", r.ID.Hex(), r.Role, r.State, r.Move.FromChain, r.Move.ToChain, len(r.Move.Items), r.Peer)
							}
						})
					})
				},
			},
			{
				Name:      "show",
				Usage:     "one move: the Bridge's terms, its items and every step on both chains",
				ArgsUsage: "ID",
				Action: func(c *ucli.Context) error {
					if c.NArg() != 1 {
						return errors.New("show takes one move ID (see `mifm move list`)")
					}
					return withAPI(c, env, func(n api.Node) error {
						r, err := n.MoveShow(c.Context, c.Args().First())
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(r, func(w io.Writer) { printMove(w, r, true) })
					})
				},
			},
		},
	}
}

func printMove(w io.Writer, r *api.Move, full bool) {
	m := r.Move
	fmt.Fprintf(w, "move       %s (%s)\n", r.ID.Hex(), r.Role)
	fmt.Fprintf(w, "state      %s\n", r.State)
	fmt.Fprintf(w, "from       %s on eip155:%d\n", m.Sender.Hex(), m.FromChain)
	fmt.Fprintf(w, "to         %s on eip155:%d (%s)\n", m.Recipient.Hex(), m.ToChain, r.Peer)
	fmt.Fprintf(w, "deadline   %s\n", time.Unix(int64(m.Deadline), 0).UTC().Format(time.RFC3339))
	for _, it := range m.Items {
		std := "erc721"
		if m.Kind == crosschain.KindERC1155 {
			std = "erc1155"
		}
		fmt.Fprintf(w, "item       eip155:%d/%s:%s/%s", it.HomeChain, std, it.HomeToken.Hex(), it.ID.ToInt())
		if a := it.Amount.ToInt(); a.Cmp(big.NewInt(1)) != 0 {
			fmt.Fprintf(w, " × %s", a)
		}
		fmt.Fprintf(w, "  %s", it.URI)
		if it.RoyaltyBps > 0 {
			fmt.Fprintf(w, "  royalty %s bps to %s", strconv.FormatUint(it.RoyaltyBps, 10), it.RoyaltyReceiver.Hex())
		}
		fmt.Fprintln(w)
	}
	if r.Error != "" {
		fmt.Fprintf(w, "waiting    %s\n", r.Error)
	}
	if !full {
		return
	}
	for _, s := range r.History {
		fmt.Fprintf(w, "  %s  %-9s %s", s.At, s.State, s.Detail)
		if s.Tx != "" {
			fmt.Fprintf(w, "  tx %s on eip155:%d", s.Tx, s.Chain)
		}
		fmt.Fprintln(w)
	}
}

func printPreparedMove(w io.Writer, p *api.PreparedMove) {
	printMove(w, p.Move, false)
	fmt.Fprintln(w, "\nsend from the sender's wallet, in order:")
	for _, tx := range append(p.Approvals, p.Send) {
		fmt.Fprintf(w, "  chain %s: to %s data %s\n", tx.ChainID.ToInt(), tx.To.Hex(), tx.Data)
	}
	fmt.Fprintf(w, "\nthen: mifm move advance %s\n", p.Move.ID.Hex())
}

// platformAttestersCommand lists a channel's attesters in the registry of
// the node's chain (or --chain's): the registrar's job, on both chains of a
// move.
func platformAttestersCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "attesters",
		Usage:     "list the attesters of the channel between two platforms in the registry (the registrar's key only): M of them must sign each cross-chain delivery or refund",
		ArgsUsage: "DID_A DID_B ATTESTER...",
		Flags: []ucli.Flag{
			&ucli.IntFlag{Name: "threshold", Value: 2, Usage: "how many attesters must sign"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() < 3 {
				return errors.New("attesters takes two platform DIDs and the attesters' addresses, e.g. `mifm platform attesters --threshold 2 did:web:a.example did:web:b.example 0xA 0xB 0xBridge`")
			}
			args := c.Args().Slice()
			return withAPI(c, env, func(n api.Node) error {
				res, err := n.SetChannelAttesters(c.Context, api.ChannelAttestersRequest{PlatformA: args[0], PlatformB: args[1], Attesters: args[2:], Threshold: c.Int("threshold")})
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(res, func(w io.Writer) {
					fmt.Fprintf(w, "channel %s on %s: %d of %v, tx %s\n", res.Channel, res.Chain, res.Threshold, res.Attesters, res.Tx)
				})
			})
		},
	}
}
