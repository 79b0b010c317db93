package cli

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	ucli "github.com/urfave/cli/v2"
)

// Version is mifm's version: the module version when built from a tagged
// module, else "dev" with the VCS revision when known.
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "dev-" + s.Value[:12]
		}
	}
	return "dev"
}

type versionInfo struct {
	Version      string            `json:"version"`
	Go           string            `json:"go"`
	Dependencies map[string]string `json:"dependencies"`
}

func versionCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "version",
		Usage: "print mifm's version and the versions of the engines it links",
		Action: func(c *ucli.Context) error {
			v := versionInfo{Version: Version(), Go: runtime.Version(), Dependencies: map[string]string{}}
			if bi, ok := debug.ReadBuildInfo(); ok {
				for _, d := range bi.Deps {
					switch d.Path {
					case "github.com/ethereum/go-ethereum", "github.com/urfave/cli/v2", "github.com/ipfs/boxo", "github.com/multiformats/go-multihash":
						v.Dependencies[d.Path] = d.Version
					}
				}
			}
			return newPrinter(c, env).result(v, func(w io.Writer) {
				fmt.Fprintf(w, "mifm %s (%s)\n", v.Version, v.Go)
				for _, k := range []string{"github.com/ethereum/go-ethereum", "github.com/urfave/cli/v2", "github.com/ipfs/boxo", "github.com/multiformats/go-multihash"} {
					if ver, ok := v.Dependencies[k]; ok {
						fmt.Fprintf(w, "  %s %s\n", k, ver)
					}
				}
			})
		},
	}
}
