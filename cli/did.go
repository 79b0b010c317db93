package cli

import (
	"errors"
	"fmt"
	"io"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
)

func didCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "did",
		Usage: "decentralized identifiers (FGMV-43 IDVF): create, resolve, update (did:ethr), list",
		Subcommands: []*ucli.Command{
			didCreateCommand(env),
			didResolveCommand(env),
			didUpdateCommand(env),
			didListCommand(env),
		},
	}
}

func didCreateCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "create",
		Usage: "make a DID whose private key the home keeps, encrypted with the keystore passphrase",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "method", Value: "key", Usage: "DID method: key, or ethr (an Ethereum account on the home's chain, updatable in its DID registry)"},
			&ucli.StringFlag{Name: "key-type", Value: "ed25519", Usage: "ed25519, secp256k1, p256, p384 or p521 (did:ethr: secp256k1)"},
		},
		Action: func(c *ucli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("create takes flags only, got %q", c.Args().First())
			}
			kt, err := did.ParseKeyType(c.String("key-type"))
			if err != nil {
				return fmt.Errorf("--key-type: %w", err)
			}
			switch c.String("method") {
			case "key":
			case "ethr":
				if !c.IsSet("key-type") {
					kt = did.Secp256k1
				}
				if kt != did.Secp256k1 {
					return fmt.Errorf("--method ethr: a did:ethr is an Ethereum account, whose key is secp256k1, not %s (add other keys later with `mifm did update DID --add-key %s`)", kt, kt)
				}
			default:
				return fmt.Errorf("--method %q: want key or ethr", c.String("method"))
			}
			h, err := openHome(c)
			if err != nil {
				return err
			}
			return withAPI(c, env, func(n api.Node) error {
				out, err := n.CreateDID(c.Context, api.CreateDIDRequest{Method: c.String("method"), KeyType: string(kt)})
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(out, func(w io.Writer) {
					fmt.Fprintf(w, "did       %s\n", out.DID)
					fmt.Fprintf(w, "key       %s, encrypted in %s/%s\n", out.KeyType, h.Dir, home.DIDKeysDir)
					printDocument(w, out.Document)
				})
			})
		},
	}
}

func printDocument(w io.Writer, d *did.Document) {
	for _, vm := range d.VerificationMethod {
		fmt.Fprintf(w, "method    %s  %s\n", vm.ID, vm.Type)
	}
	for _, rel := range []struct {
		name string
		ids  []string
	}{
		{"authentication", d.Authentication}, {"assertionMethod", d.AssertionMethod},
		{"keyAgreement", d.KeyAgreement}, {"capabilityInvocation", d.CapabilityInvocation}, {"capabilityDelegation", d.CapabilityDelegation},
	} {
		for _, id := range rel.ids {
			fmt.Fprintf(w, "%-9s %s\n", shortRel(rel.name), id)
		}
	}
	for _, s := range d.Service {
		fmt.Fprintf(w, "service   %s  %s  %v\n", s.ID, s.Type, s.ServiceEndpoint)
	}
}

func shortRel(name string) string {
	return map[string]string{
		"authentication": "authn", "assertionMethod": "assert", "keyAgreement": "agree",
		"capabilityInvocation": "invoke", "capabilityDelegation": "delegate",
	}[name]
}

func didResolveCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "resolve",
		Usage:     "resolve a DID (did:key, did:pkh, did:web, did:ethr on the home's chain) into its document; --json prints the W3C DID Resolution result",
		ArgsUsage: "DID[?versionId=BLOCK]",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "key-format", Value: "Multikey", Usage: "how did:key documents write keys: Multikey, Ed25519VerificationKey2020, JsonWebKey2020, or Ed25519VerificationKey2018 (the 2018/2019 types of the method's test vectors)"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("resolve needs one DID, e.g. `mifm did resolve did:key:z6Mk…`")
			}
			req := api.ResolveRequest{DID: c.Args().First()}
			format, err := did.ParseKeyFormat(c.String("key-format"))
			if err != nil {
				return fmt.Errorf("--key-format: %w", err)
			}
			req.KeyFormat = string(format)
			return withVerifier(c, env, func(v verifier) error {
				res, err := v.ResolveDID(c.Context, req)
				if err != nil {
					if res != nil && flagBool(c, "json") {
						_ = newPrinter(c, env).result(res, nil)
					}
					return fmt.Errorf("resolve %s: %w", req.DID, err)
				}
				return newPrinter(c, env).result(res, func(w io.Writer) {
					fmt.Fprintf(w, "did       %s\n", res.Document.ID)
					printDocument(w, res.Document)
					if m := res.DocumentMetadata; m.VersionID != "" {
						fmt.Fprintf(w, "version   %s (%s)\n", m.VersionID, m.Updated.Format(time.RFC3339))
						if m.NextVersionID != "" {
							fmt.Fprintf(w, "next      %s (%s)\n", m.NextVersionID, m.NextUpdate.Format(time.RFC3339))
						}
					}
					if res.DocumentMetadata.Deactivated {
						fmt.Fprintln(w, "status    deactivated")
					}
				})
			})
		},
	}
}

func didListCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "list",
		Usage: "the DIDs whose keys this home keeps",
		Action: func(c *ucli.Context) error {
			return withAPI(c, env, func(n api.Node) error {
				keys, err := n.DIDs(c.Context)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(keys, func(w io.Writer) {
					if len(keys) == 0 {
						fmt.Fprintln(w, "no DIDs yet: make one with `mifm did create`")
					}
					for _, k := range keys {
						fmt.Fprintf(w, "%s  %s  %s\n", k.DID, k.Type, k.Created.Format("2006-01-02 15:04"))
					}
				})
			})
		},
	}
}
