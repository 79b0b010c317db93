// Command mifm runs and drives a mifm node; see `mifm --help`.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/mattn/go-isatty"

	"github.com/mifm/mifm/cli"
)

func main() {
	// Ctrl-C cancels the running operation, which then cleans up after itself
	// (a half-written output file, an add not yet pinned) instead of dying.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	// /dev/null is a character device too, so ask isatty, not the file mode.
	code := cli.Main(ctx, os.Args, cli.Env{
		Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Interactive:    isatty.IsTerminal(os.Stdin.Fd()),
		StderrTerminal: isatty.IsTerminal(os.Stderr.Fd()),
	})
	stop()
	os.Exit(code)
}
