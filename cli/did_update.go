package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/node/api"
)

func didUpdateCommand(env Env) *ucli.Command {
	actions := []string{"add-key", "add-service", "add-delegate", "revoke-delegate", "change-owner", "deactivate"}
	return &ucli.Command{
		Name:  "update",
		Usage: "change a did:ethr in the DID registry on the home's chain (ERC-1056): one change per call, signed by the DID's owner key from this home and sent by the platform key",
		Description: "Examples:\n" +
			"   mifm did update did:ethr:0x539:0xab… --add-key ed25519              # a new Ed25519 key, kept here, to sign Data Integrity credentials\n" +
			"   mifm did update did:ethr:0x539:0xab… --add-service MifmNode=https://node.example/re\n" +
			"   mifm did update did:ethr:0x539:0xab… --add-delegate 0xDe… --delegate-type sigAuth\n" +
			"   mifm did update did:ethr:0x539:0xab… --revoke-delegate 0xDe…\n" +
			"   mifm did update did:ethr:0x539:0xab… --change-owner 0xNe…          # the new owner's key signs from then on\n" +
			"   mifm did update did:ethr:0x539:0xab… --deactivate                  # for good",
		ArgsUsage: "DID",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "add-key", Usage: "make a new `TYPE` key (ed25519 or secp256k1), keep it in this home and publish it"},
			&ucli.StringFlag{Name: "purpose", Value: "veriKey", Usage: "what an added key or delegate is for: veriKey (assertions) or sigAuth (assertions and authentication)"},
			&ucli.StringFlag{Name: "add-service", Usage: "publish a service endpoint, `TYPE=URL`"},
			&ucli.StringFlag{Name: "add-delegate", Usage: "let `ADDRESS` sign for the DID (--purpose)"},
			&ucli.StringFlag{Name: "revoke-delegate", Usage: "end the delegation to `ADDRESS` (--purpose)"},
			&ucli.StringFlag{Name: "change-owner", Usage: "hand the DID to the key of `ADDRESS`"},
			&ucli.BoolFlag{Name: "deactivate", Usage: "deactivate the DID for good: no key will ever change it again"},
			&ucli.DurationFlag{Name: "valid-for", Value: 365 * 24 * time.Hour, Usage: "how long an added key, service or delegate stays valid"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("update needs one did:ethr, e.g. `mifm did update did:ethr:0x539:0xab… --add-service MifmNode=https://node.example`")
			}
			var set []string
			for _, a := range actions {
				if c.IsSet(a) {
					set = append(set, "--"+a)
				}
			}
			if len(set) != 1 {
				return fmt.Errorf("give exactly one change (--%s), got %d: %v", strings.Join(actions, ", --"), len(set), set)
			}
			req := api.UpdateDIDRequest{
				DID: c.Args().First(), AddKey: c.String("add-key"), AddService: c.String("add-service"),
				AddDelegate: c.String("add-delegate"), RevokeDelegate: c.String("revoke-delegate"), ChangeOwner: c.String("change-owner"),
				Deactivate: c.Bool("deactivate"), Purpose: c.String("purpose"), ValidFor: c.Duration("valid-for").String(),
			}
			h, err := openHome(c)
			if err != nil {
				return err
			}
			return withAPI(c, env, func(n api.Node) error {
				out, err := n.UpdateDID(c.Context, req)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(out, func(w io.Writer) {
					fmt.Fprintf(w, "did       %s\n", out.DID)
					fmt.Fprintf(w, "update    %s in block %d, tx %s, %d gas (paid by %s)\n", out.Op, out.Block, out.Tx.Hex(), out.GasUsed, out.SentBy)
					if out.Key != "" {
						fmt.Fprintf(w, "key       %s, encrypted in %s/did-keys\n", out.Key, h.Dir)
					}
					printDocument(w, out.Document)
				})
			})
		},
	}
}
