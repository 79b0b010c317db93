package cli_test

import (
	"strings"
	"testing"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/cli"
)

// Every command takes the global flags (--home, --chain, --json, ...) too,
// so a command that declares a flag of the same name cannot run at all:
// urfave/cli panics building its flag set ("flag redefined").
func TestNoCommandDeclaresAFlagTwice(t *testing.T) {
	var walk func(path string, cmds []*ucli.Command)
	walk = func(path string, cmds []*ucli.Command) {
		for _, c := range cmds {
			name := strings.TrimSpace(path + " " + c.Name)
			seen := map[string]bool{}
			for _, f := range c.Flags {
				for _, n := range f.Names() {
					if seen[n] {
						t.Errorf("mifm %s declares --%s twice", name, n)
					}
					seen[n] = true
				}
			}
			walk(name, c.Subcommands)
		}
	}
	walk("", cli.NewApp(cli.Env{}).Commands)
}
