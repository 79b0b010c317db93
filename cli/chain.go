package cli

import (
	"fmt"
	"io"
	"os/signal"
	"syscall"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/home"
)

func chainCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "chain",
		Usage: "the chain the node runs on: info, deploy, account, serve",
		Subcommands: []*ucli.Command{
			chainInfoCommand(env),
			chainDeployCommand(env),
			chainAdoptCommand(env),
			chainSendCommand(env),
			chainAccountCommand(env),
			chainServeCommand(env),
		},
	}
}

func chainInfoCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "info",
		Usage: "chain id, head block, the keystore's accounts and balances, deployed contracts",
		Action: func(c *ucli.Context) error {
			return withNode(c, func(n *node.Node) error {
				info, err := n.Info(c.Context)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(info, func(w io.Writer) {
					fmt.Fprintf(w, "chain     %s (%s)\n", info.Chain, info.Backend)
					if info.Endpoint != "" {
						fmt.Fprintf(w, "endpoint  %s\n", info.Endpoint)
					}
					fmt.Fprintf(w, "head      block %d %s\n", info.HeadBlock, info.HeadHash.Hex())
					fmt.Fprintf(w, "accounts\n")
					for _, a := range info.Accounts {
						fmt.Fprintf(w, "  %-8s %s  %s ETH  nonce %d\n", a.Role, a.Address, ether(a.Balance.Int), a.Nonce)
					}
					if len(info.Contracts) == 0 {
						fmt.Fprintf(w, "contracts none deployed on this chain (run `mifm chain deploy`)\n")
						return
					}
					fmt.Fprintf(w, "contracts\n")
					for _, d := range info.Contracts {
						state := "code present"
						if !d.CodePresent {
							state = "NO CODE (the chain was reset? run `mifm chain deploy`)"
						}
						fmt.Fprintf(w, "  %-18s %s  block %d  %s\n", d.Name, d.Address.Hex(), d.Block, state)
					}
				})
			})
		},
	}
}

type deployOutput struct {
	Chain     string              `json:"chain"`
	Contracts []deployOutputEntry `json:"contracts"`
}

type deployOutputEntry struct {
	chain.Deployment
	Status string  `json:"status"` // deployed or existing
	Ms     float64 `json:"ms"`
}

func chainDeployCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "deploy",
		Usage: "deploy the contract suite from the platform key (contracts already deployed here are reported, not redeployed)",
		Action: func(c *ucli.Context) error {
			return withNode(c, func(n *node.Node) error {
				s, err := platformSender(c, env, n)
				if err != nil {
					return err
				}
				res, err := n.DeploySuite(c.Context, s)
				if err != nil {
					return err
				}
				out := deployOutput{Chain: n.Chain.CAIP2().String()}
				for _, r := range res {
					st := "deployed"
					if r.Existing {
						st = "existing"
					}
					out.Contracts = append(out.Contracts, deployOutputEntry{Deployment: r.Deployment, Status: st, Ms: float64(r.Took.Microseconds()) / 1000})
				}
				return newPrinter(c, env).result(out, func(w io.Writer) {
					for _, e := range out.Contracts {
						if e.Status == "existing" {
							fmt.Fprintf(w, "%-18s %s  already deployed on %s (block %d, tx %s); not sent again\n", e.Name, e.Address.Hex(), out.Chain, e.Block, e.Tx.Hex())
							continue
						}
						fmt.Fprintf(w, "%-18s %s  deployed on %s in block %d, tx %s, %d gas, %.0f ms\n", e.Name, e.Address.Hex(), out.Chain, e.Block, e.Tx.Hex(), e.GasUsed, e.Ms)
					}
				})
			})
		},
	}
}

type accountOutput struct {
	Account  string   `json:"account"`
	Balance  node.Wei `json:"balanceWei"`
	Nonce    uint64   `json:"nonce"`
	CodeSize int      `json:"codeSize"`
}

func chainAccountCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "account",
		Usage:     "balance, nonce and code size of an account given as a CAIP-10 id",
		ArgsUsage: "CAIP10 (e.g. eip155:1337:0xAb58…)",
		Action: func(c *ucli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("account needs one CAIP-10 account id, e.g. eip155:1337:0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B")
			}
			id, err := chain.ParseAccountID(c.Args().First())
			if err != nil {
				return err
			}
			addr, err := id.EVMAddress()
			if err != nil {
				return err
			}
			return withNode(c, func(n *node.Node) error {
				if id.Chain != n.Chain.CAIP2() {
					return fmt.Errorf("account %s is on %s, but the node's chain is %s", id, id.Chain, n.Chain.CAIP2())
				}
				bal, err := n.Chain.BalanceAt(c.Context, addr, nil)
				if err != nil {
					return err
				}
				nonce, err := n.Chain.NonceAt(c.Context, addr, nil)
				if err != nil {
					return err
				}
				code, err := n.Chain.CodeAt(c.Context, addr, nil)
				if err != nil {
					return err
				}
				out := accountOutput{Account: chain.EIP155Account(n.Chain.ChainNumber().Uint64(), addr).String(), Balance: node.NewWei(bal), Nonce: nonce, CodeSize: len(code)}
				return newPrinter(c, env).result(out, func(w io.Writer) {
					fmt.Fprintf(w, "%s\n  balance %s ETH\n  nonce   %d\n  code    %d bytes\n", out.Account, ether(bal), nonce, len(code))
				})
			})
		},
	}
}

func chainServeCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "serve",
		Usage: "run the home's embedded chain and serve its JSON-RPC on loopback until interrupted",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "http", Value: "127.0.0.1:8545", Usage: "HTTP JSON-RPC on this loopback `HOST:PORT`"},
			&ucli.StringFlag{Name: "ws", Usage: "WebSocket JSON-RPC on this loopback `HOST:PORT`"},
		},
		Action: func(c *ucli.Context) error {
			h, err := openHome(c)
			if err != nil {
				return err
			}
			if flagString(c, "chain") != "" && flagString(c, "chain") != home.EmbeddedChain {
				return fmt.Errorf("chain serve runs the embedded chain; --chain %s names another one", flagString(c, "chain"))
			}
			if info := daemon.Running(h); info != nil {
				return fmt.Errorf("the node running for this home (pid %d) already runs its chain and serves its JSON-RPC at %s", info.PID, info.ChainRPC)
			}
			h.Config.Chain.RPCHTTP = c.String("http")
			h.Config.Chain.RPCWS = c.String("ws")
			ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			b, err := h.OpenChain(ctx, home.EmbeddedChain)
			if err != nil {
				return err
			}
			defer b.Close()
			out := map[string]string{"chain": b.CAIP2().String(), "http": b.Endpoint()}
			if e, ok := b.(interface{ WSEndpoint() string }); ok && c.String("ws") != "" {
				out["ws"] = e.WSEndpoint()
			}
			if err := newPrinter(c, env).result(out, func(w io.Writer) {
				fmt.Fprintf(w, "serving %s on %s (Ctrl-C to stop)\n", out["chain"], out["http"])
				if out["ws"] != "" {
					fmt.Fprintf(w, "websocket %s\n", out["ws"])
				}
			}); err != nil {
				return err
			}
			<-ctx.Done()
			return nil
		},
	}
}
