// Command mifm runs and drives a mifm node; see `mifm --help`.
package main

import (
	"context"
	"os"

	"github.com/mattn/go-isatty"

	"github.com/mifm/mifm/cli"
)

func main() {
	// /dev/null is a character device too, so ask isatty, not the file mode.
	interactive := isatty.IsTerminal(os.Stdin.Fd())
	os.Exit(cli.Main(context.Background(), os.Args, cli.Env{
		Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Interactive: interactive,
	}))
}
