package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ipfs/go-cid"
	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/ipfs"
)

func contentCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "content",
		Usage: "the node's IPFS content store (COSF): add, cat, ls, stat, export, import, pin, gc, fetch; through the running node when there is one",
		Subcommands: []*ucli.Command{
			contentAddCommand(env),
			contentCatCommand(env),
			contentLsCommand(env),
			contentStatCommand(env),
			contentExportCommand(env),
			contentImportCommand(env),
			contentPinCommand(env),
			contentGCCommand(env),
			contentServeCommand(env),
			contentFetchCommand(env),
			contentMigrateCommand(env),
		},
	}
}

// withContent opens the home's content store in this process for the
// length of fn: for serve and remote pins, which a running node does not
// offer over RI.
func withContent(c *ucli.Context, fn func(s *ipfs.Store) error) error {
	h, err := openHome(c)
	if err != nil {
		return err
	}
	s, release, err := openContent(c, h)
	if err != nil {
		return err
	}
	defer release()
	return fn(s)
}

// withCID reads the command's single CID argument and runs fn on the node's
// API: in process, or through the node running for the home.
func withCID(c *ucli.Context, env Env, what string, fn func(n api.Node, id cid.Cid) error) error {
	id, err := oneCID(c, what)
	if err != nil {
		return err
	}
	return withAPI(c, env, func(n api.Node) error { return fn(n, id) })
}

// oneCID reads the command's single CID argument.
func oneCID(c *ucli.Context, what string) (cid.Cid, error) {
	if err := flagsFirst(c); err != nil {
		return cid.Undef, err
	}
	if c.NArg() != 1 {
		return cid.Undef, fmt.Errorf("%s needs one CID, e.g. `mifm content %s bafybei…`", what, what)
	}
	return ipfs.ParseCID(c.Args().First())
}

type addOutput struct {
	CID   string  `json:"cid"`
	Path  string  `json:"path"`
	Bytes int64   `json:"bytes"`
	Files int     `json:"files"`
	Dirs  int     `json:"dirs"`
	Ms    float64 `json:"ms"`
}

func contentAddCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "add",
		Usage:     "add a file or a directory (recursively) and print its CID: the one `ipfs add` prints with the same flags",
		ArgsUsage: "PATH",
		Flags: []ucli.Flag{
			&ucli.IntFlag{Name: "cid-version", Usage: "CID version: 0 (Qm…) or 1 (bafy…)"},
			&ucli.BoolFlag{Name: "raw-leaves", Usage: "store file data in raw blocks (default: on with --cid-version 1, off with 0)"},
			&ucli.StringFlag{Name: "chunker", Value: ipfs.DefaultChunker, Usage: "chunking: size-N (N ≤ 1048576), rabin[-min-avg-max] or buzhash"},
			&ucli.BoolFlag{Name: "pin", Value: true, Usage: "pin the root so gc keeps it (--pin=false to skip)"},
			&ucli.BoolFlag{Name: "hidden", Aliases: []string{"H"}, Usage: "include files and folders whose names start with a dot"},
			&ucli.BoolFlag{Name: "only-hash", Aliases: []string{"n"}, Usage: "compute the CID only; store nothing"},
			&ucli.BoolFlag{Name: "quiet", Aliases: []string{"Q"}, Usage: "print the CID only"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return fmt.Errorf("add needs one PATH (a file or a directory)")
			}
			path := c.Args().First()
			opts := ipfs.AddOptions{
				CIDVersion: c.Int("cid-version"), Chunker: c.String("chunker"),
				Pin: c.Bool("pin") && !c.Bool("only-hash"), Hidden: c.Bool("hidden"), OnlyHash: c.Bool("only-hash"),
			}
			if c.IsSet("raw-leaves") {
				v := c.Bool("raw-leaves")
				opts.RawLeaves = &v
			}
			var progress func(int64)
			if env.StderrTerminal && !flagBool(c, "json") {
				bar := newProgress(env.Stderr, path)
				progress = bar.update
				defer bar.done()
			}
			return withAPI(c, env, func(n api.Node) error {
				start := time.Now()
				added, err := addPath(c.Context, n, env.path(path), opts, progress)
				if err != nil {
					return err
				}
				out := addOutput{
					CID: added.CID.String(), Path: path, Bytes: added.Bytes, Files: added.Files, Dirs: added.Dirs,
					Ms: float64(time.Since(start).Microseconds()) / 1000,
				}
				return newPrinter(c, env).result(out, func(w io.Writer) {
					if c.Bool("quiet") {
						fmt.Fprintln(w, out.CID)
						return
					}
					fmt.Fprintf(w, "added %s %s\n", out.CID, filepath.Base(path))
				})
			})
		},
	}
}

// addPath sends a file as its bytes and a folder (or a symlink) as a tar
// stream, the same way in process and to a running node, so both store
// the same blocks and print the same.
func addPath(ctx context.Context, n api.Node, path string, opts ipfs.AddOptions, progress func(int64)) (*api.Added, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, fmt.Errorf("add %s: %w", path, err)
	}
	if fi.Mode().IsRegular() {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", path, err)
		}
		defer f.Close()
		opts.Progress = progress
		added, err := n.ContentAdd(ctx, api.Upload{Body: f, Size: fi.Size(), Name: filepath.Base(path)}, opts)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", path, err)
		}
		return added, nil
	}
	if !fi.IsDir() && fi.Mode()&fs.ModeSymlink == 0 {
		return nil, fmt.Errorf("add %s: %s is neither a file, a directory nor a symlink", path, fi.Mode().Type())
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pr, pw := io.Pipe()
	tarred := make(chan error, 1)
	go func() {
		err := ipfs.TarFolder(ctx, pw, path, opts.Hidden, progress)
		pw.CloseWithError(err)
		tarred <- err
	}()
	added, err := n.ContentAdd(ctx, api.Upload{Body: pr, Folder: true, Name: filepath.Base(path)}, opts)
	pr.CloseWithError(errors.New("the add ended"))
	cancel()
	// What went wrong reading the folder says more than what the store
	// made of the cut stream.
	if terr := <-tarred; terr != nil && !errors.Is(terr, context.Canceled) && !errors.Is(terr, io.ErrClosedPipe) {
		return nil, terr
	}
	if err != nil {
		return nil, fmt.Errorf("add %s: %w", path, err)
	}
	return added, nil
}

func contentCatCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "cat",
		Usage:     "write a file's bytes (or a range of them) to stdout or to -o FILE",
		ArgsUsage: "CID",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (whole or not at all) instead of stdout"},
			&ucli.Int64Flag{Name: "offset", Usage: "first byte to read"},
			&ucli.Int64Flag{Name: "length", Value: -1, Usage: "bytes to read (-1: to the end)"},
		},
		Action: func(c *ucli.Context) error {
			offset, length := c.Int64("offset"), c.Int64("length")
			if offset < 0 {
				return fmt.Errorf("--offset %d: want the first byte to read, 0 or more", offset)
			}
			if length < -1 {
				return fmt.Errorf("--length %d: want a byte count, or -1 to read to the end", length)
			}
			return withCID(c, env, "cat", func(n api.Node, id cid.Cid) error {
				f, err := n.ContentCat(c.Context, id, offset, length)
				if err != nil {
					return err
				}
				defer f.Close()
				out := c.String("output")
				if out == "" {
					_, err := io.Copy(env.Stdout, f)
					return err
				}
				return writeFileWhole(env.path(out), f)
			})
		},
	}
}

func contentLsCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "ls",
		Usage:     "list a directory: name, CID, type, size",
		ArgsUsage: "CID",
		Action: func(c *ucli.Context) error {
			return withCID(c, env, "ls", func(n api.Node, id cid.Cid) error {
				entries, err := n.ContentLs(c.Context, id)
				if err != nil {
					return err
				}
				if entries == nil {
					entries = []api.Entry{}
				}
				return newPrinter(c, env).result(entries, func(w io.Writer) {
					for _, e := range entries {
						name := e.Name
						if e.Type == "directory" || e.Type == "hamt-directory" {
							name += "/"
						}
						fmt.Fprintf(w, "%s %12d %s\n", e.CID, e.Size, name)
					}
				})
			})
		},
	}
}

func contentStatCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "stat",
		Usage:     "type, size, codec and block count of a CID's DAG",
		ArgsUsage: "CID",
		Action: func(c *ucli.Context) error {
			return withCID(c, env, "stat", func(n api.Node, id cid.Cid) error {
				st, err := n.ContentStat(c.Context, id)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(st, func(w io.Writer) {
					fmt.Fprintf(w, "%s\n  type     %s\n  codec    %s (CIDv%d)\n", st.CID, st.Type, st.Codec, st.CIDVersion)
					if st.Type == "file" || st.Type == "raw" {
						fmt.Fprintf(w, "  size     %d bytes\n", st.FileSize)
					}
					fmt.Fprintf(w, "  blocks   %d (%d bytes)\n", st.Blocks, st.DAGSize)
				})
			})
		},
	}
}

func contentExportCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "export",
		Usage:     "write a CID's whole DAG as a CARv1 file",
		ArgsUsage: "CID",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Required: true, Usage: "the CAR `FILE` to write"},
		},
		Action: func(c *ucli.Context) error {
			return withCID(c, env, "export", func(n api.Node, id cid.Cid) error {
				pr, pw := io.Pipe()
				exported := make(chan error, 1)
				var exp *api.Exported
				go func() {
					var err error
					exp, err = n.ContentExport(c.Context, id, pw)
					pw.CloseWithError(err)
					exported <- err
				}()
				out := c.String("output")
				werr := writeFileWhole(env.path(out), pr)
				pr.CloseWithError(errors.New("the CAR file could not be written"))
				if err := <-exported; err != nil {
					return err // the export's own error, not the file's
				}
				if werr != nil {
					return werr
				}
				res := map[string]any{"cid": id.String(), "car": out, "blocks": exp.Blocks}
				return newPrinter(c, env).result(res, func(w io.Writer) {
					fmt.Fprintf(w, "exported %s (%d blocks) to %s\n", id, exp.Blocks, out)
				})
			})
		},
	}
}

func contentImportCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "import",
		Usage:     "import a CARv1 or CARv2 file, checking every block against its CID, and pin its complete roots",
		ArgsUsage: "FILE.car",
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return fmt.Errorf("import needs one CAR file")
			}
			f, err := os.Open(env.path(c.Args().First()))
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			defer f.Close()
			return withAPI(c, env, func(n api.Node) error {
				imp, err := n.ContentImport(c.Context, f)
				if err != nil {
					return fmt.Errorf("import %s: %w", c.Args().First(), err)
				}
				return newPrinter(c, env).result(imp, func(w io.Writer) {
					fmt.Fprintf(w, "imported %d blocks (%d new)\n", imp.Blocks, imp.New)
					for _, r := range imp.Roots {
						state := "incomplete in this CAR and the store: not pinned"
						for _, p := range imp.Pinned {
							if p.Equals(r) {
								state = "pinned"
							}
						}
						fmt.Fprintf(w, "root %s %s\n", r, state)
					}
				})
			})
		},
	}
}

func contentPinCommand(env Env) *ucli.Command {
	pinOne := func(name, usage string, do func(*ucli.Context, api.Node, cid.Cid) (*api.PinChange, error)) *ucli.Command {
		return &ucli.Command{
			Name: name, Usage: usage, ArgsUsage: "CID",
			Action: func(c *ucli.Context) error {
				return withCID(c, env, "pin "+name, func(n api.Node, id cid.Cid) error {
					p, err := do(c, n, id)
					if err != nil {
						return err
					}
					return newPrinter(c, env).result(p, func(w io.Writer) {
						fmt.Fprintf(w, "%s %s\n", p.Action, p.CID)
					})
				})
			},
		}
	}
	return &ucli.Command{
		Name:  "pin",
		Usage: "list, add and remove pins (pinned DAGs survive gc)",
		Subcommands: []*ucli.Command{
			{
				Name: "ls", Usage: "list pinned roots",
				Action: func(c *ucli.Context) error {
					return withAPI(c, env, func(n api.Node) error {
						ids, err := n.PinLs(c.Context)
						if err != nil {
							return err
						}
						return newPrinter(c, env).result(ids, func(w io.Writer) {
							for _, id := range ids {
								fmt.Fprintln(w, id)
							}
						})
					})
				},
			},
			pinOne("add", "pin a CID whose whole DAG is in the store", func(c *ucli.Context, n api.Node, id cid.Cid) (*api.PinChange, error) {
				return n.PinAdd(c.Context, id)
			}),
			pinOne("rm", "unpin a CID (its blocks go at the next gc)", func(c *ucli.Context, n api.Node, id cid.Cid) (*api.PinChange, error) {
				return n.PinRm(c.Context, id)
			}),
			contentPinRemoteCommand(env),
		},
	}
}

func contentGCCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "gc",
		Usage: "remove every block no pin reaches",
		Action: func(c *ucli.Context) error {
			return withAPI(c, env, func(n api.Node) error {
				res, err := n.ContentGC(c.Context)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(res, func(w io.Writer) {
					fmt.Fprintf(w, "removed %d blocks (%d bytes), kept %d\n", res.Removed, res.Freed, res.Kept)
				})
			})
		},
	}
}

func contentMigrateCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "migrate",
		Usage: "move the embedded store's pinned content into an external Kubo (streamed, verified on arrival, resumable) and switch content.backend to it",
		Description: "With the node stopped, copies every pinned DAG into the Kubo and then sets content.backend in the home's config: the next `mifm node run` serves from Kubo. " +
			"With the node running, copies through it and leaves the config alone (the node keeps writing to its embedded store): stop the node and run migrate again to copy what came since and switch. " +
			"A run cut short (Kubo down, Ctrl-C) resumes where it stopped. The embedded store is left as it was; remove the home's content folder once the node serves from Kubo.",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "to", Usage: "the Kubo RPC API, `kubo:URL` (e.g. kubo:http://127.0.0.1:5001); its credential comes from the variable content.auth_env names"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 0 {
				return fmt.Errorf("migrate takes no arguments: give the Kubo with --to kubo:http://HOST:PORT")
			}
			to := c.String("to")
			if to == "" {
				return fmt.Errorf("migrate needs --to kubo:http://HOST:PORT, the Kubo RPC API to move the content to")
			}
			if api, err := ipfs.ParseBackend(to); err != nil {
				return err
			} else if api == "" {
				return fmt.Errorf("--to %s: migrate moves content into a Kubo: give kubo:http://HOST:PORT", to)
			}
			h, err := openHome(c)
			if err != nil {
				return err
			}
			if h.ContentOverride != "" {
				return fmt.Errorf("migrate moves the home's embedded store: leave out --content (MIFM_CONTENT)")
			}
			running := daemon.Running(h) != nil
			var res *api.Migrated
			err = withAPI(c, env, func(n api.Node) error {
				res, err = n.ContentMigrate(c.Context, api.ContentMigrateRequest{To: to})
				return err
			})
			if ipfs.IsKuboDown(err) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
				return fmt.Errorf("%w\nthe migration stopped: run the same command again to resume (what arrived whole in Kubo stays; content.backend is unchanged)", err)
			}
			if err != nil {
				return err
			}
			switched := false
			if !running {
				h.Config.Content.Backend = to
				if err := h.Save(); err != nil {
					return fmt.Errorf("content copied; switch content.backend: %w", err)
				}
				switched = true
			}
			out := struct {
				*api.Migrated
				Backend  string `json:"backend"`
				Switched bool   `json:"switched"`
			}{res, h.Config.Content.Backend, switched}
			return newPrinter(c, env).result(out, func(w io.Writer) {
				mib := float64(res.Bytes) / (1 << 20)
				fmt.Fprintf(w, "copied %d of %d pinned roots (%d skipped, already in Kubo): %d blocks, %.1f MiB in %.1f s; unpinned blocks stay behind (gc would remove them)\n", res.Copied, res.Roots, res.Skipped, res.Blocks, mib, res.Ms/1000)
				if switched {
					fmt.Fprintf(w, "content.backend is now %s: the node serves from Kubo when it next starts\n", to)
				} else {
					fmt.Fprintf(w, "the running node still writes to its embedded store: stop it, run this again to copy what came since and switch, then start it\n")
				}
			})
		},
	}
}

func contentServeCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "serve",
		Usage: "serve the store as a trustless IPFS gateway (GET /ipfs/CID?format=car|raw) until interrupted",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "listen on `HOST:PORT` (0.0.0.0:PORT to serve other machines)"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			h, err := openHome(c)
			if err != nil {
				return err
			}
			if info := daemon.Running(h); info != nil {
				url := info.PublicURL
				if url == "" {
					url = info.RE
				}
				return fmt.Errorf("the node running for this home (pid %d) already serves this store as a trustless gateway: GET %s/ipfs/CID?format=car", info.PID, url)
			}
			return withContent(c, func(s *ipfs.Store) error {
				h, err := s.Gateway()
				if err != nil {
					return err
				}
				ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
				defer stop()
				ln, err := net.Listen("tcp", c.String("addr"))
				if err != nil {
					return fmt.Errorf("serve gateway: %w (choose another --addr)", err)
				}
				srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
				go func() {
					<-ctx.Done()
					shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
					defer cancel()
					srv.Shutdown(shutdown)
				}()
				url := "http://" + ln.Addr().String()
				if err := newPrinter(c, env).result(map[string]string{"gateway": url}, func(w io.Writer) {
					fmt.Fprintf(w, "gateway %s (GET %s/ipfs/CID?format=car); Ctrl-C to stop\n", url, url)
				}); err != nil {
					return err
				}
				if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
					return fmt.Errorf("serve gateway: %w", err)
				}
				return nil
			})
		},
	}
}

func contentFetchCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "fetch",
		Usage:     "fetch a CID's DAG from another node's trustless gateway, verify every block, store and pin it",
		ArgsUsage: "CID",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "from", Required: true, Usage: "the gateway's `URL`, e.g. http://127.0.0.1:8080"},
		},
		Action: func(c *ucli.Context) error {
			return withCID(c, env, "fetch", func(n api.Node, id cid.Cid) error {
				start := time.Now()
				res, err := n.ContentFetch(c.Context, api.FetchRequest{CID: id.String(), From: c.String("from")})
				if err != nil {
					return err
				}
				out := map[string]any{"cid": id.String(), "blocks": res.Blocks, "new": res.New, "bytes": res.Bytes, "ms": float64(time.Since(start).Microseconds()) / 1000}
				return newPrinter(c, env).result(out, func(w io.Writer) {
					fmt.Fprintf(w, "fetched %s: %d blocks (%d new, %d bytes), verified and pinned\n", id, res.Blocks, res.New, res.Bytes)
				})
			})
		},
	}
}

func contentPinRemoteCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "remote",
		Usage:     "pin a CID on the home's remote pinning services ([[content.remote]] in config.toml) and follow each pin until pinned or failed",
		ArgsUsage: "CID",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "service", Usage: "only the remote with this `NAME`"},
			&ucli.DurationFlag{Name: "timeout", Value: 10 * time.Minute, Usage: "give up following a pin after this long"},
		},
		Action: func(c *ucli.Context) error {
			id, err := oneCID(c, "pin remote")
			if err != nil {
				return err
			}
			h, err := openHome(c)
			if err != nil {
				return err
			}
			remotes, err := node.ContentRemotes(h, c.String("service"), env.Getenv)
			if err != nil {
				return err
			}
			return withContent(c, func(s *ipfs.Store) error {
				p := newPrinter(c, env)
				report := func(st ipfs.RemotePinStatus) {
					_ = p.result(st, func(w io.Writer) {
						fmt.Fprintf(w, "%-12s %-8s %8.0f ms  %s\n", st.Service, st.Status, st.Ms, st.Detail)
					})
				}
				var failed []string
				for _, r := range remotes {
					ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
					_, err := s.PinRemote(ctx, r, id, report)
					cancel()
					if err != nil {
						failed = append(failed, r.ServiceName())
					}
				}
				if len(failed) > 0 {
					return fmt.Errorf("remote pin of %s failed on %s (see the lines above)", id, strings.Join(failed, ", "))
				}
				return nil
			})
		},
	}
}
