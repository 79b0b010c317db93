package cli

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
)

func vpCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "vp",
		Usage: "W3C verifiable presentations: create (a holder answers a verifier's challenge), verify",
		Subcommands: []*ucli.Command{
			vpCreateCommand(env),
			vpVerifyCommand(env),
		},
	}
}

func readJSONObject(path string) (map[string]any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s is not a JSON object: %w", path, err)
	}
	return m, nil
}

func vpCreateCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "create",
		Usage:     "present credentials, signed by the holder's did:key for one verifier's challenge",
		ArgsUsage: "CREDENTIAL.json...",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "holder", Usage: "the holder's `DID` (an Ed25519 did:key of this home)"},
			&ucli.StringFlag{Name: "challenge", Usage: "the verifier's `NONCE`"},
			&ucli.StringFlag{Name: "domain", Usage: "the verifier the presentation is meant for"},
			definitionFlag("present only the credentials it asks for (and fail when they cannot satisfy it)"),
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the presentation to `FILE` instead of stdout"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			switch {
			case c.String("holder") == "":
				return errors.New("no --holder: give the DID that presents (its key must be in this home)")
			case c.String("challenge") == "":
				return errors.New("no --challenge: give the nonce the verifier asked for")
			case c.NArg() == 0:
				return errors.New("no credential: give one or more credential files")
			}
			var vcs []map[string]any
			for _, p := range c.Args().Slice() {
				vc, err := readJSONObject(p)
				if err != nil {
					return err
				}
				vcs = append(vcs, vc)
			}
			pd, err := readDefinition(c)
			if err != nil {
				return err
			}
			return withAPI(c, env, func(n api.Node) error {
				vp, err := n.Present(c.Context, api.PresentRequest{Holder: c.String("holder"), Credentials: vcs, Challenge: c.String("challenge"), Domain: c.String("domain"), Definition: pd})
				if err != nil {
					return err
				}
				out, _ := json.MarshalIndent(vp, "", "  ")
				out = append(out, '\n')
				if path := c.String("output"); path != "" {
					return writeFileWhole(path, bytes.NewReader(out))
				}
				_, err = env.Stdout.Write(out)
				return err
			})
		},
	}
}

func definitionFlag(what string) ucli.Flag {
	return &ucli.StringFlag{Name: "definition", Usage: "a presentation definition `FILE` (DIF Presentation Exchange 2.0): " + what}
}

// readDefinition reads the --definition file, if any, checked here so its
// error names the file.
func readDefinition(c *ucli.Context) (json.RawMessage, error) {
	p := c.String("definition")
	if p == "" {
		return nil, nil
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("--definition: %w", err)
	}
	if _, err := did.ParsePresentationDefinition(data); err != nil {
		return nil, fmt.Errorf("--definition %s: %w", p, err)
	}
	return data, nil
}

func vpVerifyCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "verify",
		Usage:     "verify a presentation (JSON with a Data Integrity proof, a vp+jwt or JWT-VC 1.1 JWT, or a vp+cose) for your challenge (and domain), or a stored one with --record: exit 0 when everything passes, 1 otherwise",
		ArgsUsage: "FILE",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "challenge", Usage: "the `NONCE` you gave the holder"},
			&ucli.StringFlag{Name: "domain", Usage: "your domain, when the presentation must name it"},
			policyFlag("the holder"),
			definitionFlag("check that the verified credentials answer each of its input descriptors"),
			statusListFlag(),
			keyFlag(),
			&ucli.StringFlag{Name: "at", Usage: "verify as of this `TIME` (RFC 3339) instead of now"},
			&ucli.BoolFlag{Name: "record", Usage: "read a stored vp+jwt or vp+cose as a record: its signatures and times, no challenge, credentials not bound to the holder (admits no one)"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("verify needs one presentation file, e.g. `mifm vp verify --challenge N vp.json`")
			}
			if c.String("challenge") == "" && !c.Bool("record") {
				return errors.New("no --challenge: give the nonce you asked the holder to sign (without it a presentation can be replayed), or --record to read a stored presentation")
			}
			req := api.VerifyPresentationRequest{Challenge: c.String("challenge"), Domain: c.String("domain"), Record: c.Bool("record")}
			data, err := readBounded(c.Args().First(), core.MaxCredentialBytes)
			if err != nil {
				return err
			}
			switch text := strings.TrimSpace(string(data)); {
			case strings.HasPrefix(text, "ey") || did.IsCOSE(data) && data[0] != 0xd2:
				req.Secured = text
			case len(data) > 0 && data[0] == 0xd2:
				req.Secured = base64.StdEncoding.EncodeToString(data)
			default:
				if req.Presentation, err = readJSONObject(c.Args().First()); err != nil {
					return err
				}
			}
			if req.Keys, err = readKeys(c); err != nil {
				return err
			}
			if s := c.String("at"); s != "" {
				at, err := time.Parse(time.RFC3339, s)
				if err != nil {
					return fmt.Errorf("--at %q: want an RFC 3339 time such as 2026-01-01T00:00:00Z", s)
				}
				req.At = &at
			}
			if req.Policy, err = readPolicy(c); err != nil {
				return err
			}
			if req.Definition, err = readDefinition(c); err != nil {
				return err
			}
			if req.StatusLists, err = readStatusLists(c); err != nil {
				return err
			}
			return withVerifier(c, env, func(v verifier) error {
				out, err := v.VerifyPresentation(c.Context, req)
				if err != nil {
					return err
				}
				err = newPrinter(c, env).result(out, func(w io.Writer) {
					for _, ch := range out.Checks {
						fmt.Fprintf(w, "%s %-11s %s\n", okMark(ch.OK), ch.Name, ch.Reason)
					}
					for i, v := range out.Credentials {
						for _, ch := range v.Checks {
							fmt.Fprintf(w, "%s vc %d %-9s %s\n", okMark(ch.OK), i+1, ch.Name, ch.Reason)
						}
					}
					if out.Verified && out.Record {
						fmt.Fprintf(w, "the record holds: signed by %s, read as a stored record (it answered no challenge and admits no one)\n", out.Holder)
					} else if out.Verified {
						fmt.Fprintf(w, "verified: presented by %s\n", out.Holder)
					} else {
						fmt.Fprintf(w, "NOT verified\n")
					}
					printPolicy(w, out.Policy)
					if s := out.Submission; s != nil {
						for _, d := range s.Descriptors {
							fmt.Fprintf(w, "%s asked    %s: %s\n", okMark(len(d.Credentials) > 0), d.ID, d.Reason)
						}
						fmt.Fprintf(w, "definition %s %s\n", s.DefinitionID, map[bool]string{true: "satisfied", false: "NOT satisfied"}[s.Satisfied])
					}
				})
				if err != nil {
					return err
				}
				if out.Record && out.Verified {
					return nil // the record holds; it is not an admission
				}
				if !out.Accepted() {
					return exitCode(1)
				}
				return nil
			})
		},
	}
}
