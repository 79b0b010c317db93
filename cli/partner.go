package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/node/api"
)

// platformPartnerCommand edits the operator's allow-list of partners
// ([trust] partners of config.toml): peers trusted besides the platforms
// active in the registry (DESIGN.md, trust model). Through a running node
// the change holds at once; in process, from the node's next start.
func platformPartnerCommand(env Env) *ucli.Command {
	edit := func(trusted bool) func(c *ucli.Context) error {
		return func(c *ucli.Context) error {
			if c.NArg() != 1 || !strings.HasPrefix(c.Args().First(), "did:") {
				return errors.New("give one partner DID, e.g. `mifm platform partner add did:web:b.example`")
			}
			return withAPI(c, env, func(n api.Node) error {
				list, err := n.SetPartner(c.Context, c.Args().First(), trusted)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(list, func(w io.Writer) { printPartners(w, list) })
			})
		}
	}
	return &ucli.Command{
		Name:  "partner",
		Usage: "the operator's partners besides the registry's active platforms ([trust] partners in config.toml)",
		Subcommands: []*ucli.Command{
			{Name: "add", Usage: "trust DID as a partner", ArgsUsage: "DID", Action: edit(true)},
			{Name: "remove", Usage: "stop trusting DID (the registry may still make it a partner)", ArgsUsage: "DID", Action: edit(false)},
			{Name: "list", Usage: "the operator's partners", Action: func(c *ucli.Context) error {
				return withAPI(c, env, func(n api.Node) error {
					list, err := n.Partners(c.Context)
					if err != nil {
						return err
					}
					return newPrinter(c, env).result(list, func(w io.Writer) { printPartners(w, list) })
				})
			}},
		},
	}
}

func printPartners(w io.Writer, list []string) {
	if len(list) == 0 {
		fmt.Fprintln(w, "no partners but the registry's active platforms")
		return
	}
	for _, d := range list {
		fmt.Fprintln(w, d)
	}
}
