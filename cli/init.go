package cli

import (
	"fmt"
	"io"
	"path/filepath"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/node/home"
)

type initResult struct {
	Home            string   `json:"home"`
	Platform        string   `json:"platform"`
	DID             string   `json:"did,omitempty"`
	DevAccounts     []string `json:"devAccounts"`
	Chain           string   `json:"chain"`
	PassphraseFile  string   `json:"passphraseFile,omitempty"`
	PassphraseNotes string   `json:"-"`
}

func initCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "init",
		Usage: "create a node home: config.toml and a keystore with the platform key",
		Description: `The passphrase that encrypts the keystore comes from --passphrase-file, then
MIFM_PASSPHRASE, then a prompt on a terminal. With none of them (a script, CI),
init generates one into HOME/passphrase (mode 0600) and says so: move it
somewhere safe, or re-init with your own.`,
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "did", Usage: "the platform's `DID` (did:web:example.com in production)"},
			&ucli.Uint64Flag{Name: "chain-id", Value: 1337, Usage: "chain id of the embedded chain"},
			&ucli.IntFlag{Name: "dev-accounts", Value: 2, Usage: "user keys to create beside the platform key (prefunded on the embedded chain)"},
			&ucli.StringFlag{Name: "kdf", Value: "standard", Usage: "keystore scrypt cost: standard, or light for throwaway homes"},
			&ucli.StringFlag{Name: "rpc-http", Usage: "serve the embedded chain's JSON-RPC on this loopback `HOST:PORT`"},
			&ucli.StringSliceFlag{Name: "allow-private", Usage: "let peers' URLs lead to this private or loopback address `RANGE` (CIDR, repeatable; 127.0.0.0/8 and ::1/128 for peers on this machine); none by default"},
		},
		Action: func(c *ucli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("init takes no arguments, got %q (use --home DIR to choose the folder)", c.Args().First())
			}
			cfg := home.DefaultConfig()
			cfg.Platform.DID = c.String("did")
			cfg.Chain.ChainID = c.Uint64("chain-id")
			cfg.Chain.RPCHTTP = c.String("rpc-http")
			cfg.Keystore.KDF = c.String("kdf")
			cfg.Net.AllowPrivate = c.StringSlice("allow-private")
			if b := flagString(c, "chain"); b != "" {
				cfg.Chain.Backend = b
			}
			if err := cfg.Validate(); err != nil {
				return err
			}
			pass := ""
			src := passphraseSources(c, env)
			switch {
			case src.File != "" || src.Env != "":
				p, err := (&home.Home{}).Passphrase(src)
				if err != nil {
					return err
				}
				pass = p
			case src.Prompt != nil:
				p, err := src.Prompt()
				if err != nil {
					return err
				}
				again, err := src.Prompt()
				if err != nil {
					return err
				}
				if p != again {
					return fmt.Errorf("the two passphrases differ: run init again")
				}
				if p == "" {
					return fmt.Errorf("empty passphrase: choose one, or give --passphrase-file")
				}
				pass = p
			}
			h, err := home.Init(flagString(c, "home"), home.InitOptions{Config: cfg, Passphrase: pass, DevAccounts: c.Int("dev-accounts")})
			if err != nil {
				return err
			}
			res := initResult{Home: h.Dir, Platform: h.Config.Platform.Address, DID: h.Config.Platform.DID, Chain: h.Config.Chain.Backend, DevAccounts: []string{}}
			for _, a := range h.Keystore().Accounts()[1:] {
				res.DevAccounts = append(res.DevAccounts, a.Hex())
			}
			if pass == "" {
				res.PassphraseFile = filepath.Join(h.Dir, home.PassphraseFile)
				fmt.Fprintf(env.Stderr, "mifm: no passphrase given and no terminal: generated one into %s (mode 0600); move it somewhere safe or use --passphrase-file\n", res.PassphraseFile)
			}
			return newPrinter(c, env).result(res, func(w io.Writer) {
				fmt.Fprintf(w, "initialised %s\n", res.Home)
				fmt.Fprintf(w, "platform key  %s\n", res.Platform)
				for i, a := range res.DevAccounts {
					fmt.Fprintf(w, "dev account %d %s\n", i+1, a)
				}
				fmt.Fprintf(w, "chain         %s\n", res.Chain)
			})
		},
	}
}
