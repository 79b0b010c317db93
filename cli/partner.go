package cli

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	ucli "github.com/urfave/cli/v2"
)

// platformPartnerCommand edits the operator's allow-list of partners in
// config.toml ([trust] partners): peers trusted besides the platforms
// active in the registry (DESIGN.md, trust model). A running node reads it
// when it starts.
func platformPartnerCommand(env Env) *ucli.Command {
	edit := func(add bool) func(c *ucli.Context) error {
		return func(c *ucli.Context) error {
			if c.NArg() != 1 || !strings.HasPrefix(c.Args().First(), "did:") {
				return errors.New("give one partner DID, e.g. `mifm platform partner add did:web:b.example`")
			}
			h, err := openHome(c)
			if err != nil {
				return err
			}
			d := c.Args().First()
			if d == h.Config.Platform.DID {
				return fmt.Errorf("%s is this home's own platform", d)
			}
			list := slices.DeleteFunc(slices.Clone(h.Config.Trust.Partners), func(s string) bool { return s == d })
			if add {
				list = append(list, d)
			}
			h.Config.Trust.Partners = list
			if err := h.Save(); err != nil {
				return err
			}
			return newPrinter(c, env).result(list, func(w io.Writer) { printPartners(w, list) })
		}
	}
	return &ucli.Command{
		Name:  "partner",
		Usage: "the operator's partners besides the registry's active platforms ([trust] partners in config.toml; a node reads it at start)",
		Subcommands: []*ucli.Command{
			{Name: "add", Usage: "trust DID as a partner", ArgsUsage: "DID", Action: edit(true)},
			{Name: "remove", Usage: "stop trusting DID (the registry may still make it a partner)", ArgsUsage: "DID", Action: edit(false)},
			{Name: "list", Usage: "the operator's partners", Action: func(c *ucli.Context) error {
				h, err := openHome(c)
				if err != nil {
					return err
				}
				list := h.Config.Trust.Partners
				return newPrinter(c, env).result(list, func(w io.Writer) { printPartners(w, list) })
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
