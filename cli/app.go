// Package cli is the `mifm` command (urfave/cli/v2): a thin layer that parses
// flags, calls the node packages and prints their results, as text for people
// or as JSON (--json) for scripts. It holds no logic of its own that the node's
// APIs do not also offer.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	gethlog "github.com/ethereum/go-ethereum/log"
	ucli "github.com/urfave/cli/v2"
)

// Env carries what a run of the command may touch, so tests can run it in
// process with their own streams and environment.
type Env struct {
	Stdout, Stderr io.Writer
	// Getenv reads the environment (os.Getenv in the binary).
	Getenv func(string) string
	// Interactive is true when stdin is a terminal a passphrase can be asked on.
	Interactive bool
	// StderrTerminal is true when stderr is a terminal progress can be drawn on.
	StderrTerminal bool
	// Dir is the folder relative paths are read from ("": the process's).
	Dir string
}

// path makes a relative path from the command line relative to env.Dir.
func (env Env) path(p string) string {
	if p == "" || env.Dir == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(env.Dir, p)
}

// envOf is the Env the app was made with.
func envOf(c *ucli.Context) Env {
	env, _ := c.App.Metadata["env"].(Env)
	return env
}

// Main runs the command line args and returns the process exit code. Errors are
// printed as one line on stderr, never as a stack trace.
func Main(ctx context.Context, args []string, env Env) int {
	app := NewApp(env)
	if err := app.RunContext(ctx, args); err != nil {
		var code exitCode
		if errors.As(err, &code) {
			return int(code)
		}
		fmt.Fprintf(env.Stderr, "mifm: %s\n", oneLine(advise(err).Error()))
		return 1
	}
	return 0
}

// exitCode ends a command with a status and no message (the command printed
// its own result).
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// NewApp builds the urfave/cli application.
func NewApp(env Env) *ucli.App {
	defaultHome := "~/.mifm"
	if h, err := os.UserHomeDir(); err == nil {
		defaultHome = filepath.Join(h, ".mifm")
	}
	app := &ucli.App{
		Name:    "mifm",
		Usage:   "a metaverse interoperability node (ITU FGMV-43 MIFM) on a blockchain",
		Version: Version(),
		Writer:  env.Stdout, ErrWriter: env.Stderr,
		Flags:    globalFlags(defaultHome),
		Metadata: map[string]any{"env": env},
		Commands: []*ucli.Command{
			initCommand(env),
			chainCommand(env),
			contentCommand(env),
			assetCommand(env),
			didCommand(env),
			vcCommand(env),
			vpCommand(env),
			nodeCommand(env),
			platformCommand(env),
			channelCommand(env),
			auditCommand(env),
			stateCommand(env),
			identityCommand(env),
			avatarCommand(env),
			walletCommand(env),
			anchorCommand(env),
			transferCommand(env),
			moveCommand(env),
			exchangeCommand(env),
			explorerCommand(env),
			demoCommand(env),
			versionCommand(env),
		},
		HideHelpCommand: true,
		Suggest:         true,
		// Errors are printed once, by Main, as one line.
		ExitErrHandler: func(*ucli.Context, error) {},
		OnUsageError: func(c *ucli.Context, err error, _ bool) error {
			return fmt.Errorf("%v (see `mifm %s --help`)", err, c.Command.FullName())
		},
	}
	for _, cmd := range app.Commands {
		acceptGlobalFlags(cmd, env)
	}
	return app
}

// globalFlags are the flags every command takes. They are declared on the app
// and again on each command, so `mifm --home H init` and `mifm init --home H`
// both work; flagString and flagBool read whichever was given.
func globalFlags(defaultHome string) []ucli.Flag {
	return []ucli.Flag{
		&ucli.StringFlag{Name: "home", Value: defaultHome, EnvVars: []string{"MIFM_HOME"}, Usage: "node home `DIR`: config, keystore, chain data"},
		&ucli.StringFlag{Name: "chain", EnvVars: []string{"MIFM_CHAIN"}, Usage: "chain to use: \"embedded\" or a JSON-RPC `URL` (overrides the home's config)"},
		&ucli.StringFlag{Name: "content", EnvVars: []string{"MIFM_CONTENT"}, Usage: "content store to use: \"embedded\" or \"kubo:`URL`\", an external Kubo's RPC API (overrides the home's content.backend)"},
		&ucli.BoolFlag{Name: "json", Usage: "print machine-readable JSON"},
		&ucli.StringFlag{Name: "log-level", Value: "warn", EnvVars: []string{"MIFM_LOG_LEVEL"}, Usage: "debug, info, warn or error"},
		&ucli.StringFlag{Name: "passphrase-file", EnvVars: []string{"MIFM_PASSPHRASE_FILE"}, Usage: "read the keystore passphrase from the first line of `FILE` (or set MIFM_PASSPHRASE)"},
	}
}

// acceptGlobalFlags adds the global flags (without defaults or environment
// variables, which the app-level flags already supply) to cmd and its
// subcommands, and sets up logging before each command that runs.
func acceptGlobalFlags(cmd *ucli.Command, env Env) {
	for _, f := range globalFlags("") {
		switch f := f.(type) {
		case *ucli.StringFlag:
			f.Value, f.EnvVars, f.Category = "", nil, "GLOBAL (also accepted before the command)"
		case *ucli.BoolFlag:
			f.Category = "GLOBAL (also accepted before the command)"
		}
		cmd.Flags = append(cmd.Flags, f)
	}
	before := cmd.Before
	cmd.Before = func(c *ucli.Context) error {
		if err := setupLogging(c, env); err != nil {
			return err
		}
		if before != nil {
			return before(c)
		}
		return nil
	}
	for _, sub := range cmd.Subcommands {
		acceptGlobalFlags(sub, env)
	}
}

// flagString reads a global flag from the innermost command it was given on,
// falling back to the app-level value (its default or environment variable).
func flagString(c *ucli.Context, name string) string { return flagContext(c, name).String(name) }

// flagBool is flagString for boolean flags.
func flagBool(c *ucli.Context, name string) bool { return flagContext(c, name).Bool(name) }

func flagContext(c *ucli.Context, name string) *ucli.Context {
	lineage := c.Lineage()
	for _, x := range lineage {
		if isLocallySet(x, name) {
			return x
		}
	}
	return appContext(lineage)
}

// appContext is the outermost context of the run that belongs to the app
// (urfave/cli puts an empty one above it).
func appContext(lineage []*ucli.Context) *ucli.Context {
	for i := len(lineage) - 1; i > 0; i-- {
		if lineage[i].App != nil {
			return lineage[i]
		}
	}
	return lineage[0]
}

func isLocallySet(c *ucli.Context, name string) bool {
	for _, n := range c.LocalFlagNames() {
		if n == name {
			return true
		}
	}
	return false
}

func setupLogging(c *ucli.Context, env Env) error {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(flagString(c, "log-level"))); err != nil {
		return fmt.Errorf("--log-level %q: want debug, info, warn or error", flagString(c, "log-level"))
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: lvl})))
	// go-ethereum logs through its own root logger; one level quieter than
	// ours, since its info lines are about the chain's internals.
	gethlog.SetDefault(gethlog.NewLogger(gethlog.NewTerminalHandlerWithLevel(env.Stderr, lvl+4, false)))
	return nil
}
