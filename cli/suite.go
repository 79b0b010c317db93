package cli

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
)

// chainSendCommand pays ether from the platform key: what a dev or test
// chain needs before another home's key can send transactions.
func chainSendCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "send",
		Usage: "send ether from the platform key (on a dev chain, to let another home's keys pay for gas)",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "to", Usage: "recipient `ADDRESS` (0x… or CAIP-10)", Required: true},
			&ucli.StringFlag{Name: "ether", Value: "1", Usage: "how much, in ether (decimals allowed)"},
		},
		Action: func(c *ucli.Context) error {
			amount, ok := new(big.Rat).SetString(c.String("ether"))
			if !ok || amount.Sign() <= 0 {
				return fmt.Errorf("--ether %q is not a positive amount", c.String("ether"))
			}
			wei := new(big.Int).Quo(new(big.Int).Mul(amount.Num(), big.NewInt(params.Ether)), amount.Denom())
			return withNode(c, func(n *node.Node) error {
				to, err := address(n, "to", c.String("to"))
				if err != nil {
					return err
				}
				s, err := platformSender(c, env, n)
				if err != nil {
					return err
				}
				r, err := s.Transact(c.Context, chain.Call{To: &to, Value: wei})
				if err != nil {
					return fmt.Errorf("send %s ether to %s: %w", c.String("ether"), to.Hex(), err)
				}
				out := map[string]string{"to": to.Hex(), "wei": wei.String(), "tx": r.TxHash.Hex()}
				return newPrinter(c, env).result(out, func(w io.Writer) {
					fmt.Fprintf(w, "sent %s ETH to %s in tx %s\n", ether(wei), to.Hex(), r.TxHash.Hex())
				})
			})
		},
	}
}

// chainAdoptCommand records another home's suite as this home's: the
// platforms of one chain share its registry, asset contracts and escrow.
func chainAdoptCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "adopt",
		Usage:     "use the contract suite another home deployed on this chain (platforms of one chain share one registry and one escrow)",
		ArgsUsage: "HOME (the other home's folder)",
		Action: func(c *ucli.Context) error {
			if c.NArg() != 1 {
				return errors.New("adopt takes the folder of the home whose suite to use, e.g. `mifm chain adopt ../platform-a`")
			}
			other, err := home.Open(filepath.Clean(c.Args().First()))
			if err != nil {
				return fmt.Errorf("open the home to adopt from: %w", err)
			}
			from, err := other.Deployments()
			if err != nil {
				return err
			}
			return withNode(c, func(n *node.Node) error {
				to, err := n.Home.Deployments()
				if err != nil {
					return err
				}
				if err := to.Adopt(c.Context, n.Chain, n.Chain.ChainNumber().Uint64(), from); err != nil {
					return err
				}
				recs, err := to.Load(n.Chain.ChainNumber().Uint64())
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(recs, func(w io.Writer) {
					for name, d := range recs {
						fmt.Fprintf(w, "%-18s %s\n", name, d.Address.Hex())
					}
				})
			})
		},
	}
}

// platformRegisterCommand is the registrar adding another platform,
// through the node's API (RI POST /ri/v1/platforms while a node runs).
func platformRegisterCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "register",
		Usage:     "register another platform in the registry (the registrar's key only): its admin and the attester key that signs its transfer decisions",
		ArgsUsage: "DID",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "admin", Usage: "the platform admin's `ADDRESS`", Required: true},
			&ucli.StringFlag{Name: "attester", Usage: "the attester key's `ADDRESS` (default: the admin)"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("register takes the platform's DID after the flags, e.g. `mifm platform register --admin 0xAdmin did:web:b.example`")
			}
			for _, f := range []string{"admin", "attester"} {
				a := c.String(f)
				if a == "" || strings.Contains(a, ":") {
					continue // none, or CAIP-10: the node checks it names its chain
				}
				if !common.IsHexAddress(a) {
					return fmt.Errorf("--%s %q is not an address: want 0x followed by 40 hex digits, or a CAIP-10 id", f, a)
				}
				if common.HexToAddress(a) == (common.Address{}) {
					return errors.New("--admin and --attester must not be the zero address")
				}
			}
			return withAPI(c, env, func(n api.Node) error {
				reg, err := n.RegisterPlatform(c.Context, api.RegisterPlatformRequest{DID: c.Args().First(), Admin: c.String("admin"), Attester: c.String("attester")})
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(reg, func(w io.Writer) {
					fmt.Fprintf(w, "registered %s (id %s): admin %s, attester %s, tx %s\n", reg.DID, reg.PlatformID, common.HexToAddress(reg.Admin).Hex(), common.HexToAddress(reg.Attester).Hex(), reg.Tx)
				})
			})
		},
	}
}
