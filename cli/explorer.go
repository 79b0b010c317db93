package cli

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/demo"
	"github.com/mifm/mifm/node/explorer"
)

// explorerFlags say what an explorer reads: no home, only endpoints.
func explorerFlags() []ucli.Flag {
	return []ucli.Flag{
		&ucli.StringSliceFlag{Name: "rpc", Usage: "a chain's JSON-RPC `URL` (repeat for each chain; give its --suite in the same order)"},
		&ucli.StringSliceFlag{Name: "suite", Usage: "the suite's addresses on that chain: a deployments `FILE` (a home's deployments/CHAINID.json) or a JSON object {\"Asset721\": \"0x…\", …}"},
		&ucli.StringFlag{Name: "scene", Usage: "read chains, suites, gateways and nodes from a scene `FILE` (what `mifm demo --explore` writes)"},
		&ucli.StringSliceFlag{Name: "gateway", Usage: "a trustless IPFS gateway `URL` (repeat; every block is checked against its CID)"},
		&ucli.StringSliceFlag{Name: "node", Usage: "a node's RE base `URL` whose published audit log to read, or DID=URL to take that did:web DID's document from the node (repeat)"},
		&ucli.StringFlag{Name: "cache", Usage: "index cache `DIR` (default: in the user's cache folder, one per set of chains)"},
	}
}

// readSuite reads a suite file: a deployments list or a name → address
// object.
func readSuite(path string) (map[string]common.Address, uint64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, fmt.Errorf("--suite: %w", err)
	}
	var list []chain.Deployment
	if json.Unmarshal(b, &list) == nil && len(list) > 0 {
		out := map[string]common.Address{}
		var from uint64
		for _, d := range list {
			out[d.Name] = d.Address
			if from == 0 || d.Block < from {
				from = d.Block
			}
		}
		return out, from, nil
	}
	var named map[string]string
	if err := json.Unmarshal(b, &named); err != nil || len(named) == 0 {
		return nil, 0, fmt.Errorf("--suite %s: neither a deployments list nor an object of contract names and addresses", path)
	}
	out := map[string]common.Address{}
	for name, a := range named {
		if !common.IsHexAddress(a) {
			return nil, 0, fmt.Errorf("--suite %s: %s is %q, not an address", path, name, a)
		}
		out[name] = common.HexToAddress(a)
	}
	return out, 0, nil
}

// explorerScene is the scene the flags describe.
func explorerScene(c *ucli.Context, env Env) (demo.Scene, error) {
	var s demo.Scene
	if f := c.String("scene"); f != "" {
		b, err := os.ReadFile(env.path(f))
		if err != nil {
			return s, fmt.Errorf("--scene: %w", err)
		}
		if err := json.Unmarshal(b, &s); err != nil {
			return s, fmt.Errorf("--scene %s: %w", f, err)
		}
	}
	rpcs, suites := c.StringSlice("rpc"), c.StringSlice("suite")
	if len(rpcs) != len(suites) {
		return s, fmt.Errorf("give one --suite FILE for each --rpc URL (%d --rpc, %d --suite)", len(rpcs), len(suites))
	}
	for i, u := range rpcs {
		if _, err := chain.ParseEndpoint(u); err != nil {
			return s, fmt.Errorf("--rpc %q: %w", u, err)
		}
		suite, from, err := readSuite(env.path(suites[i]))
		if err != nil {
			return s, err
		}
		s.Chains = append(s.Chains, demo.SceneChain{RPC: u, Suite: suite, From: from})
	}
	s.Gateways = append(s.Gateways, c.StringSlice("gateway")...)
	for _, n := range c.StringSlice("node") {
		id, u, err := explorer.ParseNode(n)
		if err != nil {
			return s, fmt.Errorf("--node %w", err)
		}
		if s.Nodes == nil {
			s.Nodes = map[string]string{}
		}
		s.Nodes[cmp.Or(id, u)] = u
	}
	if len(s.Chains) == 0 {
		return s, errors.New("no chain to read: give --rpc URL --suite FILE (repeat for each chain) or --scene FILE")
	}
	return s, nil
}

// openExplorer opens the explorer the flags describe, its cache in --cache
// or in a folder of the user's cache named after the chains and suites.
func openExplorer(c *ucli.Context, env Env) (*explorer.Explorer, demo.Scene, func(), error) {
	s, err := explorerScene(c, env)
	if err != nil {
		return nil, s, nil, err
	}
	dir := c.String("cache")
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return nil, s, nil, fmt.Errorf("no cache folder: give --cache DIR (%w)", err)
		}
		key, _ := json.Marshal(s.Chains)
		sum := sha256.Sum256(key)
		dir = filepath.Join(base, "mifm", "explorer", hex.EncodeToString(sum[:8]))
	} else {
		dir = env.path(dir)
	}
	ctx, cancel := context.WithTimeout(c.Context, time.Minute)
	defer cancel()
	x, closeX, err := s.OpenExplorer(ctx, dir)
	if err != nil {
		return nil, s, nil, err
	}
	return x, s, closeX, nil
}

func explorerCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "explorer",
		Usage: "serve the auditor's explorer on loopback: assets' lives across platforms and chains, accounts' and platforms' activity, anchored versions verified in the browser, nodes' published audit logs (no home needed)",
		Flags: append(explorerFlags(),
			&ucli.StringFlag{Name: "listen", Value: "127.0.0.1:8546", Usage: "serve on this loopback `HOST:PORT`"},
			&ucli.DurationFlag{Name: "interval", Value: 2 * time.Second, Usage: "read new blocks this often"},
		),
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 0 {
				return fmt.Errorf("explorer takes flags only, not %q", c.Args().First())
			}
			if c.Duration("interval") < 100*time.Millisecond {
				return fmt.Errorf("--interval %s: at least 100ms", c.Duration("interval"))
			}
			ln, err := listenLoopback(c.String("listen"))
			if err != nil {
				return err
			}
			x, s, closeX, err := openExplorer(c, env)
			if err != nil {
				ln.Close()
				return err
			}
			defer closeX()
			return serveExplorer(c.Context, env, x, s, ln, c.Duration("interval"))
		},
	}
}

// listenLoopback listens on addr, which must be a loopback address: the
// explorer has no authentication.
func listenLoopback(addr string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--listen %q: want HOST:PORT, e.g. 127.0.0.1:8546", addr)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("--listen %q: the explorer serves on loopback only (127.0.0.1 or [::1])", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--listen %s: %w", addr, err)
	}
	return ln, nil
}

// serveExplorer indexes, serves and prints where to look until ctx ends.
func serveExplorer(ctx context.Context, env Env, x *explorer.Explorer, s demo.Scene, ln net.Listener, every time.Duration) error {
	start := time.Now()
	r, err := x.Sync(ctx)
	if err != nil {
		ln.Close()
		return err
	}
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(env.Stdout, "explorer at %s: %d events of %d blocks indexed in %s\n", base, r.Events, r.Blocks, time.Since(start).Round(time.Millisecond))
	if s.Sword != "" {
		fmt.Fprintf(env.Stdout, "  the sword      %s/asset/%s\n", base, s.Sword)
	}
	if s.Lantern != "" {
		fmt.Fprintf(env.Stdout, "  the lantern    %s/asset/%s\n", base, s.Lantern)
	}
	for _, sub := range s.Subjects {
		fmt.Fprintf(env.Stdout, "  anchored       %s/versions/%s\n", base, sub)
	}
	if len(s.Nodes) > 0 {
		fmt.Fprintf(env.Stdout, "  audit logs     %s/audit\n", base)
	}
	fmt.Fprintf(env.Stdout, "press Ctrl-C to stop\n")
	srv := &http.Server{Handler: (&explorer.Server{X: x}).Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, WriteTimeout: 5 * time.Minute}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(shut)
		case err := <-done:
			return err
		case <-tick.C:
			if _, err := x.Sync(ctx); err != nil && ctx.Err() == nil {
				fmt.Fprintf(env.Stderr, "explorer: %v (trying again)\n", err)
			}
		}
	}
}

func auditReportCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "report",
		Usage:     "write an auditor's report of an asset, an account, a DID or an anchored subject: self-contained HTML with the proofs embedded (verify later with `mifm anchor verify FILE`), or its JSON export",
		ArgsUsage: "ASSET|ADDRESS|DID|SUBJECT",
		Flags: append(explorerFlags(),
			&ucli.StringFlag{Name: "from", Usage: "events from `WHEN` on (a date 2026-12-01 or RFC 3339 time)"},
			&ucli.StringFlag{Name: "to", Usage: "events up to `WHEN` (a date, meaning its end, or RFC 3339 time)"},
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (.html, .json or .pdf; default: stdout, HTML)", Value: "-"},
			&ucli.StringFlag{Name: "format", Usage: "html, json or pdf (default: from the file's extension); pdf prints the HTML with headless Chromium (MIFM_CHROMIUM or /usr/bin/chromium)"},
		),
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("report takes one target: an asset (CAIP-19), an address (0x… or CAIP-10), a DID or an anchored subject")
			}
			from, err := explorer.ParseWhen(c.String("from"), false)
			if err != nil {
				return fmt.Errorf("--from: %w", err)
			}
			to, err := explorer.ParseWhen(c.String("to"), true)
			if err != nil {
				return fmt.Errorf("--to: %w", err)
			}
			out := c.String("output")
			format := c.String("format")
			if format == "" {
				format = "html"
				switch strings.ToLower(filepath.Ext(out)) {
				case ".json":
					format = "json"
				case ".pdf":
					format = "pdf"
				}
			}
			if format != "html" && format != "json" && format != "pdf" {
				return fmt.Errorf("--format %q: html, json or pdf", format)
			}
			if format == "pdf" && out == "-" {
				return errors.New("a PDF report goes to a file: give -o FILE.pdf")
			}
			x, _, closeX, err := openExplorer(c, env)
			if err != nil {
				return err
			}
			defer closeX()
			start := time.Now()
			rep, err := x.Report(c.Context, explorer.ReportRequest{Target: c.Args().First(), From: from, To: to})
			if err != nil {
				return err
			}
			write := func(w io.Writer) error {
				if format == "json" {
					return rep.WriteJSON(w)
				}
				return x.WriteHTML(w, rep)
			}
			if out == "-" {
				return write(env.Stdout)
			}
			path := env.path(out)
			if format == "pdf" {
				write = nil
			}
			// Written beside and renamed: an interrupted report leaves no
			// half file under the name asked for.
			tmp, err := os.CreateTemp(filepath.Dir(path), ".report-*")
			if err != nil {
				return err
			}
			defer os.Remove(tmp.Name())
			if write == nil {
				tmp.Close()
				if err := x.WritePDF(c.Context, rep, env.Getenv("MIFM_CHROMIUM"), tmp.Name()); err != nil {
					return err
				}
			} else if err := write(tmp); err != nil {
				tmp.Close()
				return err
			} else if err := tmp.Close(); err != nil {
				return err
			}
			if err := os.Rename(tmp.Name(), path); err != nil {
				return err
			}
			events := len(rep.Events)
			if rep.Timeline != nil {
				events = len(rep.Timeline.Events)
			}
			fmt.Fprintf(env.Stderr, "wrote %s: %s report of %s, %d events, %d anchored versions with proofs, in %s\n", out, rep.Kind, rep.Target, events, len(rep.Versions), time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
}
