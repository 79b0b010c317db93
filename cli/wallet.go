package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/console/prompt"
	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/wallet"
)

// walletFlag names the user's wallet folder, apart from any node home.
var walletFlag = &ucli.StringFlag{Name: "wallet", EnvVars: []string{"MIFM_WALLET"}, Usage: "the user's wallet `DIR` (apart from any node home; default ~/.mifm-wallet)"}

func walletDir(c *ucli.Context, env Env) string {
	if d := c.String("wallet"); d != "" {
		return env.path(d)
	}
	h, err := os.UserHomeDir()
	if err != nil {
		return ".mifm-wallet"
	}
	return filepath.Join(h, ".mifm-wallet")
}

// walletPassphrase is the wallet's own passphrase: MIFM_WALLET_PASSPHRASE,
// or asked on a terminal.
func walletPassphrase(env Env) (string, error) {
	if p := env.Getenv("MIFM_WALLET_PASSPHRASE"); p != "" {
		return p, nil
	}
	if env.Interactive {
		p, err := prompt.Stdin.PromptPassword("Wallet passphrase: ")
		if err != nil {
			return "", fmt.Errorf("read the wallet passphrase: %w", err)
		}
		return p, nil
	}
	return "", errors.New("the wallet's passphrase: set MIFM_WALLET_PASSPHRASE or run on a terminal")
}

// walletCommand is the user's own wallet (FGMV-43 9.4: the user holds the
// keys): the holder key and credentials, and signing what a node asks.
func walletCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "wallet",
		Usage: "the user's own identity wallet, in a folder apart from any node home: holder key, credentials, signing what a node asks",
		Subcommands: []*ucli.Command{
			{
				Name:  "init",
				Usage: "make the holder's key (a did:key) in a new wallet folder, encrypted with the wallet's passphrase",
				Flags: []ucli.Flag{walletFlag, &ucli.StringFlag{Name: "key-type", Value: "ed25519", Usage: "ed25519, secp256k1, p256 or p384"}},
				Action: func(c *ucli.Context) error {
					kt, err := did.ParseKeyType(c.String("key-type"))
					if err != nil {
						return err
					}
					pass, err := walletPassphrase(env)
					if err != nil {
						return err
					}
					dir := walletDir(c, env)
					id, err := wallet.Open(dir, false).Init(kt, pass)
					if err != nil {
						return err
					}
					return newPrinter(c, env).result(map[string]string{"holder": id, "wallet": dir}, func(w io.Writer) {
						fmt.Fprintf(w, "holder %s\nwallet %s\n", id, dir)
					})
				},
			},
			{
				Name:  "show",
				Usage: "the wallet's holder DID and credentials",
				Flags: []ucli.Flag{walletFlag},
				Action: func(c *ucli.Context) error {
					w := wallet.Open(walletDir(c, env), false)
					id, err := w.Holder()
					if err != nil {
						return err
					}
					creds, err := w.Credentials()
					if err != nil {
						return err
					}
					return newPrinter(c, env).result(map[string]any{"holder": id, "credentials": creds}, func(out io.Writer) {
						fmt.Fprintf(out, "holder %s\n", id)
						for _, cr := range creds {
							fmt.Fprintf(out, "credential %s (%d bytes)\n", cr.Name, len(cr.Raw))
						}
					})
				},
			},
			{
				Name:      "add",
				Usage:     "keep a credential in the wallet (a Data Integrity JSON file, a vc+jwt or an SD-JWT)",
				ArgsUsage: "FILE",
				Flags:     []ucli.Flag{walletFlag},
				Action: func(c *ucli.Context) error {
					if c.NArg() != 1 {
						return errors.New("add takes one credential FILE")
					}
					b, err := os.ReadFile(env.path(c.Args().First()))
					if err != nil {
						return err
					}
					name, err := wallet.Open(walletDir(c, env), false).AddCredential(b)
					if err != nil {
						return err
					}
					return newPrinter(c, env).result(map[string]string{"credential": name}, func(w io.Writer) { fmt.Fprintf(w, "kept %s\n", name) })
				},
			},
			{
				Name:      "sign",
				Usage:     "sign a node's sign request (mifm-sign-request/1) after showing what it asks; prints the sign response",
				ArgsUsage: "REQUEST-FILE (- for stdin)",
				Flags:     []ucli.Flag{walletFlag},
				Action: func(c *ucli.Context) error {
					if c.NArg() != 1 {
						return errors.New("sign takes one REQUEST-FILE (- for stdin)")
					}
					var b []byte
					var err error
					if c.Args().First() == "-" {
						b, err = io.ReadAll(io.LimitReader(os.Stdin, 4<<20))
					} else {
						b, err = os.ReadFile(env.path(c.Args().First()))
					}
					if err != nil {
						return err
					}
					var req did.SignRequest
					if err := json.Unmarshal(b, &req); err != nil {
						return fmt.Errorf("the sign request is not JSON: %w", err)
					}
					var u *wallet.Unlocked
					resp, err := signWithWallet(env, walletDir(c, env), &req, &u)
					if err != nil {
						return err
					}
					enc := json.NewEncoder(env.Stdout)
					enc.SetIndent("", "  ")
					return enc.Encode(resp)
				},
			},
		},
	}
}

// signWithWallet shows a request's purpose and items on stderr and signs
// it with the wallet's key, unlocked once per command.
func signWithWallet(env Env, dir string, req *did.SignRequest, unlocked **wallet.Unlocked) (*did.SignResponse, error) {
	fmt.Fprintf(env.Stderr, "wallet: %s\n", req.Purpose)
	for _, it := range req.Items {
		fmt.Fprintf(env.Stderr, "  sign %s (%v)\n", it.Name, it.Header["typ"])
	}
	if *unlocked == nil {
		pass, err := walletPassphrase(env)
		if err != nil {
			return nil, err
		}
		if *unlocked, err = wallet.Open(dir, false).Unlock(pass); err != nil {
			return nil, err
		}
	}
	return (*unlocked).Sign(req, time.Now())
}

// signerChoice is who answers a node's sign requests for a command: the
// wallet folder, or an outside signer command.
type signerChoice struct {
	env      Env
	dir      string
	cmd      string
	unlocked *wallet.Unlocked
}

func (s *signerChoice) sign(ctx context.Context, req *did.SignRequest) (*did.SignResponse, error) {
	if s.cmd == "" {
		return signWithWallet(s.env, s.dir, req, &s.unlocked)
	}
	// An outside wallet: the request on stdin, the response on stdout
	// (testnet/wallet-js/signer.mjs speaks it).
	in, _ := json.Marshal(map[string]any{"request": req})
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	f := strings.Fields(s.cmd)
	cmd := exec.CommandContext(ctx, f[0], f[1:]...)
	cmd.Stdin = bytes.NewReader(in)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("signer %s: %v: %s", f[0], err, strings.TrimSpace(errb.String()))
	}
	var resp did.SignResponse
	if err := json.Unmarshal(out.Bytes(), &resp); err != nil {
		return nil, fmt.Errorf("signer %s answered no sign response: %w", f[0], err)
	}
	return &resp, nil
}
