// Command mifm runs and drives a mifm node; see `mifm --help`.
package main

import (
	"context"
	"os"

	"github.com/mifm/mifm/cli"
)

func main() {
	fi, err := os.Stdin.Stat()
	interactive := err == nil && fi.Mode()&os.ModeCharDevice != 0
	os.Exit(cli.Main(context.Background(), os.Args, cli.Env{
		Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Interactive: interactive,
	}))
}
