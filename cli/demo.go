package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/testnet"
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
			report := func(s testnet.Step) {
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
			res, err := testnet.Demo(c.Context, testnet.DemoOptions{KeepDir: keep, Report: report})
			if err != nil {
				return err
			}
			if res.Kept && !asJSON {
				fmt.Fprintf(env.Stdout, "\nhomes kept in %s; inspect them with:\n", keep)
				for _, name := range sortedKeys(res.Homes) {
					fmt.Fprintf(env.Stdout, "  mifm --home %s chain info\n", res.Homes[name])
				}
			}
			return nil
		},
	}
}
