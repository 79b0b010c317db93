package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/demo"
	"github.com/mifm/mifm/node/ipfs"
)

func demoCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "demo",
		Usage: "run the main job on embedded defaults: a fresh home and chain, the contract suite deployed, platforms registered, an asset tokenized and verified by the other platform",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "keep", Usage: "keep the homes the demo makes in `DIR` instead of removing them"},
		},
		Action: func(c *ucli.Context) error {
			asJSON := flagBool(c, "json")
			enc := json.NewEncoder(env.Stdout)
			report := func(s demo.Step) {
				if asJSON {
					_ = enc.Encode(s)
					return
				}
				fmt.Fprintf(env.Stdout, "%s %-18s %8.1f ms  %s\n", okMark(s.OK), s.Step, s.Ms, s.Detail)
				for _, k := range sortedKeys(s.IDs) {
					fmt.Fprintf(env.Stdout, "     %-12s %s\n", k, s.IDs[k])
				}
				if s.Tx != "" {
					fmt.Fprintf(env.Stdout, "     %-12s %s (%d gas)\n", "tx", s.Tx, s.Gas)
				}
				if s.Error != "" {
					fmt.Fprintf(env.Stdout, "     %-12s %s\n", "error", s.Error)
				}
			}
			keep := c.String("keep")
			if keep != "" {
				abs, err := filepath.Abs(keep)
				if err != nil {
					return fmt.Errorf("--keep %s: %w", keep, err)
				}
				keep = abs
			}
			content := flagString(c, "content")
			if _, err := ipfs.ParseBackend(content); err != nil {
				return fmt.Errorf("--content: %w", err)
			}
			res, err := demo.Demo(c.Context, demo.DemoOptions{KeepDir: keep, Report: report, Content: content})
			if err != nil {
				return err
			}
			if res.Kept && !asJSON {
				printKept(env, res)
			}
			return nil
		},
	}
}

// printKept says how to inspect the homes `demo --keep` left: they share the
// chain in res.Chain, so each answers the same.
func printKept(env Env, res *demo.DemoResult) {
	fmt.Fprintf(env.Stdout, "\nhomes kept in %s, all on the one chain in %s (one mifm at a time opens it); inspect each with:\n", filepath.Dir(res.Chain), res.Chain)
	for _, name := range res.Names {
		h := res.Homes[name]
		fmt.Fprintf(env.Stdout, "  mifm --home %s chain info\n", h)
		fmt.Fprintf(env.Stdout, "  mifm --home %s asset list --owner %s\n", h, res.Holder)
		fmt.Fprintf(env.Stdout, "  mifm --home %s asset history %s\n", h, res.Sword)
	}
}
