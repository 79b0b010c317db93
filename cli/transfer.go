package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/transfer"
)

func assetTransferCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "transfer",
		Usage:     "give an asset to a user on another platform through the escrow (FGMV-43 9.2): the owner's wallet consents and locks it, the destination accepts (it is released to the user) or rejects (it comes back); after the deadline it comes back by itself",
		ArgsUsage: "CAIP19 (a token, or an erc20 currency with --amount)",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "to-platform", Usage: "the destination platform's `DID` (a channel with it must be established)", Required: true},
			&ucli.StringFlag{Name: "to", Usage: "the recipient's `ADDRESS` on the destination", Required: true},
			&ucli.DurationFlag{Name: "deadline", Value: time.Hour, Usage: "how long the destination has to accept (at most 720h)"},
			&ucli.StringFlag{Name: "amount", Usage: "editions (ERC-1155) or currency units (ERC-20, smallest unit)"},
			&ucli.StringFlag{Name: "from", Usage: "the depositor's `ADDRESS`, an account of this home's keystore (default: the token's owner)"},
			&ucli.StringSliceFlag{Name: "rights", Usage: "usage rights the recipient gets (ASIR-102), e.g. display,wield"},
			&ucli.StringFlag{Name: "visibility", Value: "public", Usage: "who sees the asset on the destination: public, unlisted or private"},
			&ucli.BoolFlag{Name: "user-wallet", Usage: "the user signs in their own wallet: print the consent's EIP-712 typed data and the unsigned lock instead of signing with the keystore (then `mifm transfer sign`)"},
			idempotencyKeyFlag(),
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("transfer needs one CAIP-19 asset id, e.g. `mifm asset transfer eip155:1337/erc721:0xContract/42 --to-platform did:web:b.example --to 0xRecipient`")
			}
			req := api.TransferRequest{
				Asset: c.Args().First(), Amount: c.String("amount"), From: c.String("from"), ToPlatform: c.String("to-platform"),
				To: c.String("to"), Deadline: c.Duration("deadline").String(), Rights: c.StringSlice("rights"), Visibility: c.String("visibility"),
			}
			if c.Bool("user-wallet") {
				return once(c, env, func(n api.Node, key string) error {
					req.IdempotencyKey = key
					p, err := n.PrepareTransfer(c.Context, req)
					if err != nil {
						return err
					}
					return newPrinter(c, env).result(p, func(w io.Writer) { printPrepared(w, p) })
				})
			}
			return once(c, env, func(n api.Node, key string) error {
				req.IdempotencyKey = key
				r, err := n.StartTransfer(c.Context, req)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(r, func(w io.Writer) { printTransfer(w, r, false) })
			})
		},
	}
}

func transferCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "transfer",
		Usage: "transfers this node takes part in (FGMV-43 ASTF): their state, history and receipts",
		Subcommands: append([]*ucli.Command{
			{
				Name:  "list",
				Usage: "every transfer, newest first",
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						recs, err := n.TransferList(c.Context)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(recs, func(w io.Writer) {
							if len(recs) == 0 {
								fmt.Fprintln(w, "no transfers (start one with `mifm asset transfer`)")
							}
							for _, r := range recs {
								fmt.Fprintf(w, "%s  %-8s %-9s %s  %s\n", r.ID.Hex(), r.Role, r.State, r.Peer, r.Asset)
							}
						})
					})
				},
			},
			{
				Name:      "show",
				Usage:     "one transfer: its on-chain terms, the destination's signed answer and every step",
				ArgsUsage: "ID",
				Action: func(c *ucli.Context) error {
					if c.NArg() != 1 {
						return errors.New("show takes one transfer ID (see `mifm transfer list`)")
					}
					return withAPI(c, env, func(n api.Node) error {
						r, err := n.TransferShow(c.Context, c.Args().First())
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(r, func(w io.Writer) { printTransfer(w, r, true) })
					})
				},
			},
		}, walletCommands(env)...),
	}
}

// walletCommands are the steps of a transfer signed in the user's own
// wallet (ASIR-106): the node prepares, the wallet signs and locks.
func walletCommands(env Env) []*ucli.Command {
	return []*ucli.Command{
		{
			Name:      "prepared",
			Usage:     "a transfer prepared for the user's wallet: the consent's EIP-712 typed data and the unsigned lock, again",
			ArgsUsage: "ID",
			Action: func(c *ucli.Context) error {
				if c.NArg() != 1 {
					return errors.New("prepared takes one transfer ID (see `mifm transfer list`)")
				}
				return withAPI(c, env, func(n api.Node) error {
					p, err := n.TransferPrepared(c.Context, c.Args().First())
					if err != nil {
						return err
					}
					return newPrinter(c, env).result(p, func(w io.Writer) { printPrepared(w, p) })
				})
			},
		},
		{
			Name:      "sign",
			Usage:     "give the user's wallet's consent signature (and the lock's transaction once sent): the transfer then runs as `asset transfer` does",
			ArgsUsage: "ID",
			Flags: []ucli.Flag{
				&ucli.StringFlag{Name: "consent", Usage: "the wallet's `SIGNATURE` (0x, 65 bytes) of the consent typed data (required)"},
				&ucli.StringFlag{Name: "second", Usage: "the second signer's `SIGNATURE` of the same typed data, above the platform's threshold"},
				&ucli.StringFlag{Name: "lock-tx", Usage: "the `HASH` of the lock transaction the wallet sent"},
			},
			Action: func(c *ucli.Context) error {
				if err := flagsFirst(c); err != nil {
					return err
				}
				if c.NArg() != 1 || c.String("consent") == "" {
					return errors.New("sign takes the wallet's signature and one transfer ID, e.g. `mifm transfer sign --consent 0xSIGNATURE 0xID`")
				}
				var sig api.TransferSignatures
				for _, f := range []struct {
					name string
					dst  *hexutil.Bytes
				}{{"consent", &sig.Consent}, {"second", &sig.SecondSignature}} {
					if v := c.String(f.name); v != "" {
						b, err := hexutil.Decode(v)
						if err != nil {
							return fmt.Errorf("--%s %q is not 0x hex: %v", f.name, v, err)
						}
						*f.dst = b
					}
				}
				if v := c.String("lock-tx"); v != "" {
					b, err := hexutil.Decode(v)
					if err != nil || len(b) != 32 {
						return fmt.Errorf("--lock-tx %q is not a transaction hash (0x and 64 hex digits)", v)
					}
					h := common.BytesToHash(b)
					sig.LockTx = &h
				}
				return withAPI(c, env, func(n api.Node) error {
					r, err := n.SignTransfer(c.Context, c.Args().First(), sig)
					if err != nil {
						return err
					}
					return newPrinter(c, env).result(r, func(w io.Writer) { printTransfer(w, r, false) })
				})
			},
		},
		{
			Name:      "cosign",
			Usage:     "the platform's co-signature of a prepared transfer, when [trust] second_signer is platform",
			ArgsUsage: "ID",
			Action: func(c *ucli.Context) error {
				if c.NArg() != 1 {
					return errors.New("cosign takes one transfer ID")
				}
				return withAPI(c, env, func(n api.Node) error {
					r, err := n.CosignTransfer(c.Context, c.Args().First())
					if err != nil {
						return err
					}
					return newPrinter(c, env).result(r, func(w io.Writer) { printTransfer(w, r, false) })
				})
			},
		},
		{
			Name:      "device",
			Usage:     "register the second device whose signature a wallet's consents above [trust] second_signature_above need",
			ArgsUsage: "WALLET DEVICE (0x0000000000000000000000000000000000000000 removes it)",
			Action: func(c *ucli.Context) error {
				if c.NArg() != 2 {
					return errors.New("device takes the wallet's address and its second device's, e.g. `mifm transfer device 0xWallet 0xDevice`")
				}
				return withAPI(c, env, func(n api.Node) error {
					if err := n.SetSecondDevice(c.Context, c.Args().Get(0), api.SecondDeviceRequest{Device: c.Args().Get(1)}); err != nil {
						return err
					}
					return newPrinter(c, env).result(map[string]string{"wallet": c.Args().Get(0), "device": c.Args().Get(1)}, func(w io.Writer) {
						fmt.Fprintf(w, "second device of %s: %s\n", c.Args().Get(0), c.Args().Get(1))
					})
				})
			},
		},
	}
}

func printPrepared(w io.Writer, p *api.PreparedTransfer) {
	printTransfer(w, p.Transfer, false)
	td, _ := json.MarshalIndent(p.Consent, "", "  ")
	fmt.Fprintf(w, "\nsign this EIP-712 typed data in the depositor's wallet (eth_signTypedData_v4):\n%s\n", td)
	if p.SecondSigner != nil {
		fmt.Fprintf(w, "and with %s, the second signer\n", p.SecondSigner.Hex())
	}
	if p.Approve != nil {
		fmt.Fprintf(w, "\nthen send the allowance: to %s data %s\n", p.Approve.To.Hex(), p.Approve.Data)
	}
	fmt.Fprintf(w, "\nthen send the lock from %s (chain %s): to %s data %s\n", p.Lock.From.Hex(), p.Lock.ChainID.ToInt(), p.Lock.To.Hex(), p.Lock.Data)
	fmt.Fprintf(w, "\nand give the signature: mifm transfer sign --consent 0xSIGNATURE [--lock-tx 0xHASH] %s\n", p.Transfer.ID.Hex())
}

func printTransfer(w io.Writer, r *transfer.Record, full bool) {
	if r.Replayed {
		fmt.Fprintf(w, "note       %s\n", replayedNote)
	}
	fmt.Fprintf(w, "transfer   %s (%s)\n", r.ID.Hex(), r.Role)
	fmt.Fprintf(w, "state      %s\n", r.State)
	fmt.Fprintf(w, "asset      %s", r.Asset)
	if r.Amount != "1" {
		fmt.Fprintf(w, " × %s", r.Amount)
	}
	fmt.Fprintln(w)
	if r.Role == transfer.Incoming {
		fmt.Fprintf(w, "from       %s on %s\n", r.Transfer.Depositor.Hex(), r.Peer)
		fmt.Fprintf(w, "to         %s here\n", r.Transfer.Recipient.Hex())
	} else {
		fmt.Fprintf(w, "from       %s\n", r.Transfer.Depositor.Hex())
		fmt.Fprintf(w, "to         %s on %s\n", r.Transfer.Recipient.Hex(), r.Peer)
	}
	fmt.Fprintf(w, "deadline   %s\n", r.Deadline().UTC().Format(time.RFC3339))
	fmt.Fprintf(w, "terms      visibility %s", r.Terms.Visibility)
	if len(r.Terms.Rights) > 0 {
		fmt.Fprintf(w, ", rights %s", strings.Join(r.Terms.Rights, ", "))
	}
	fmt.Fprintln(w)
	if r.Answer != nil {
		fmt.Fprintf(w, "answer     %s", r.Answer.Decision)
		if r.Answer.Decision == "rejected" {
			fmt.Fprintf(w, " (reason %d): %s", r.Answer.Reason, r.Answer.Explanation)
		}
		if r.Answer.Order != nil {
			fmt.Fprintf(w, ", converted: %s of %s", r.Answer.Order.SellAmount.ToInt(), r.Answer.Order.Sell.Hex())
		}
		fmt.Fprintln(w)
	}
	if r.Settled != nil {
		fmt.Fprintf(w, "settled    %s in %s (block %d)\n", r.Settled.Outcome, r.Settled.Tx.Hex(), r.Settled.Block)
	}
	if r.Error != "" {
		fmt.Fprintf(w, "error      %s\n", r.Error)
	}
	if !full {
		return
	}
	for _, s := range r.History {
		fmt.Fprintf(w, "  %s  %-9s %s", s.At, s.State, s.Detail)
		if s.Tx != "" {
			fmt.Fprintf(w, "  tx %s", s.Tx)
		}
		fmt.Fprintln(w)
	}
}

func exchangeCommand(env Env) *ucli.Command {
	flags := func(wallet bool) []ucli.Flag {
		return []ucli.Flag{
			&ucli.StringFlag{Name: "from", Usage: "the `CODE` of this platform's currency you pay with", Required: true},
			&ucli.StringFlag{Name: "to", Usage: "the `CODE` of the other platform's currency you get", Required: true},
			&ucli.StringFlag{Name: "amount", Usage: "what you pay, in the currency's smallest unit", Required: true},
			&ucli.StringFlag{Name: "wallet", Usage: "the paying `ADDRESS` (a keystore account); it also receives", Required: wallet},
		}
	}
	req := func(c *ucli.Context) api.ExchangeRequest {
		return api.ExchangeRequest{Pay: c.String("from"), Get: c.String("to"), Amount: c.String("amount"), Taker: c.String("wallet")}
	}
	return &ucli.Command{
		Name:  "exchange",
		Usage: "exchange currencies between platforms at the rate their manifestos agree (FGMV-43 ASEF, 7.2.2)",
		Subcommands: []*ucli.Command{
			{
				Name:  "quote",
				Usage: "ask the platform whose currency you want for a signed order (valid two minutes)",
				Flags: flags(false),
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						q, err := n.Quote(c.Context, req(c))
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(q, func(w io.Writer) { printQuote(w, q) })
					})
				},
			},
			{
				Name:  "swap",
				Usage: "get a quote and fill it from your wallet in one transaction: both sides move or neither",
				Flags: append(flags(true), idempotencyKeyFlag()),
				Action: func(c *ucli.Context) error {
					return once(c, env, func(n api.Node, key string) error {
						q := req(c)
						q.IdempotencyKey = key
						s, err := n.Swap(c.Context, q)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(s, func(w io.Writer) {
							if s.Replayed {
								fmt.Fprintf(w, "note       %s\n", replayedNote)
							}
							printQuote(w, &s.Quote)
							fmt.Fprintf(w, "filled     tx %s (%d gas)\n", s.Tx.Hex(), s.Gas)
						})
					})
				},
			},
		},
	}
}

func printQuote(w io.Writer, q *transfer.Quote) {
	fmt.Fprintf(w, "quote      %s from %s\n", q.Hash.Hex(), q.Platform)
	fmt.Fprintf(w, "pay        %s %s\n", q.Pays, q.Pay)
	fmt.Fprintf(w, "get        %s %s (rate %s)\n", q.Gets, q.Get, q.Rate)
	fmt.Fprintf(w, "expires    %s\n", time.Unix(int64(q.Order.Expiry), 0).UTC().Format(time.RFC3339))
}

func assetHistoryCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "history",
		Usage:     "an asset's whole life from the chain alone (mint, locks, releases, rejections, refunds, plain transfers) with its metadata checked against IPFS; with --chain URL it needs no home and no node",
		ArgsUsage: "CAIP19",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "gateway", Usage: "trustless IPFS gateway `URL` to check the metadata against (default: this home's store)"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("history needs one CAIP-19 asset id, e.g. `mifm asset history eip155:1337/erc721:0xContract/42`")
			}
			id := c.Args().First()
			report := func(h *asset.History, checked bool) error {
				err := newPrinter(c, env).result(h, func(w io.Writer) { printHistory(w, h) })
				if err == nil && checked && !h.Verified {
					return fmt.Errorf("the metadata of %s does not check out (see the checks above)", id)
				}
				return err
			}
			// An auditor's run: a JSON-RPC endpoint and a gateway, a
			// throwaway block store, no home and no node.
			if url := flagString(c, "chain"); url != "" && url != "embedded" {
				h, checked, err := auditHistory(c, url, id)
				if err != nil {
					return err
				}
				return report(h, checked)
			}
			return withAPI(c, env, func(n api.Node) error {
				h, err := n.AssetHistory(c.Context, id, c.String("gateway"))
				if err != nil {
					return err
				}
				return report(h, true)
			})
		},
	}
}

// auditHistory reads an asset's history from a chain endpoint alone, its
// metadata checked against --gateway when one is given.
func auditHistory(c *ucli.Context, url, id string) (*asset.History, bool, error) {
	client, err := chain.Dial(c.Context, url)
	if err != nil {
		return nil, false, err
	}
	defer client.Close()
	var store *ipfs.Store
	if c.String("gateway") != "" {
		dir, err := os.MkdirTemp("", "mifm-history-")
		if err != nil {
			return nil, false, err
		}
		defer os.RemoveAll(dir)
		// The operator named the gateway: no peer chose it.
		open := ipfs.FetchOptions{HTTP: egress.New(egress.Config{AllowPrivate: egress.Everywhere}).Client(egress.Limits{})}
		if store, err = ipfs.Open(c.Context, dir, ipfs.Options{Fetch: open}); err != nil {
			return nil, false, err
		}
		defer store.Close()
	}
	reader, err := asset.NewChainReader(c.Context, client, id)
	if err != nil {
		return nil, false, err
	}
	h, err := reader.History(c.Context, store, c.String("gateway"), id)
	return h, store != nil, err
}

func printHistory(w io.Writer, h *asset.History) {
	fmt.Fprintf(w, "asset      %s\n", h.Token.Asset)
	fmt.Fprintf(w, "origin     %s\n", h.Token.Platform)
	fmt.Fprintf(w, "metadata   %s", h.Token.MetadataCID)
	switch {
	case h.Verified:
		fmt.Fprint(w, " (hashes to the CID on chain)")
	case len(h.Checks) > 0:
		fmt.Fprint(w, " (NOT verified)")
	}
	fmt.Fprintln(w)
	for _, e := range h.Events {
		fmt.Fprintf(w, "block %-6d %s  %-11s", e.Block, e.Time, e.Kind)
		switch e.Kind {
		case "minted":
			fmt.Fprintf(w, " to %s", e.To.Hex())
		case "locked":
			fmt.Fprintf(w, " by %s for %s on %s", e.From.Hex(), e.Recipient.Hex(), e.Platform)
		case "released":
			fmt.Fprintf(w, " to %s on %s", e.To.Hex(), e.Platform)
		case "rejected":
			reason := "?"
			if e.Reason != nil {
				reason = fmt.Sprint(*e.Reason)
			}
			fmt.Fprintf(w, " by %s (reason %s), back to %s", e.Platform, reason, e.To.Hex())
		case "refunded":
			fmt.Fprintf(w, " after the deadline, back to %s", e.To.Hex())
		default:
			fmt.Fprintf(w, " %s → %s", e.From.Hex(), e.To.Hex())
		}
		if e.Amount != "1" {
			fmt.Fprintf(w, " × %s", e.Amount)
		}
		fmt.Fprintf(w, "  tx %s\n", e.Tx.Hex())
	}
	for _, ch := range h.Checks {
		if !ch.OK {
			fmt.Fprintf(w, "check      %s failed: %s\n", ch.Name, ch.Detail)
		}
	}
}
