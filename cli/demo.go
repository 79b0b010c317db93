package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

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
			&ucli.StringFlag{Name: "explore", Usage: "after the last step, serve the auditor's explorer on this loopback `HOST:PORT` (e.g. 127.0.0.1:8546) on the demo's chains and nodes, until Ctrl-C"},
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
			opts := demo.DemoOptions{KeepDir: keep, Report: report, Content: content}
			if addr := c.String("explore"); addr != "" {
				ln, err := listenLoopback(addr)
				if err != nil {
					return fmt.Errorf("--explore: %w", err)
				}
				defer ln.Close()
				opts.Explore = func(ctx context.Context, s demo.Scene) error {
					return exploreScene(ctx, env, s, ln)
				}
			}
			res, err := demo.Demo(c.Context, opts)
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

// exploreScene serves the explorer on the demo's world until ctx ends
// (Ctrl-C), its cache in a temporary folder.
func exploreScene(ctx context.Context, env Env, s demo.Scene, ln net.Listener) error {
	dir, err := os.MkdirTemp("", "mifm-explorer-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	x, closeX, err := s.OpenExplorer(ctx, dir)
	if err != nil {
		return err
	}
	defer closeX()
	err = serveExplorer(ctx, env, x, s, ln, 2*time.Second)
	if ctx.Err() != nil {
		return nil // Ctrl-C: the demo ends as it would have
	}
	return err
}
