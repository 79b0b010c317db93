package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
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
			if pd != nil {
				sub := pd.Match(vcs)
				if !sub.Satisfied {
					var missing []string
					for _, d := range sub.Descriptors {
						if len(d.Credentials) == 0 {
							missing = append(missing, d.ID+" ("+d.Reason+")")
						}
					}
					return fmt.Errorf("these credentials do not satisfy %s: %s", pd.ID, strings.Join(missing, "; "))
				}
				// The first credential that answers each descriptor, no more:
				// the verifier learns what it asked for.
				keep := map[int]bool{}
				for _, d := range sub.Descriptors {
					keep[d.Credentials[0]] = true
				}
				var chosen []map[string]any
				for i, vc := range vcs {
					if keep[i] {
						chosen = append(chosen, vc)
					}
				}
				vcs = chosen
			}
			h, pass, err := unlockHome(c, env)
			if err != nil {
				return err
			}
			key, err := h.DIDKeys().Load(c.String("holder"), pass)
			if err != nil {
				return err
			}
			e, err := did.NewEdDSA()
			if err != nil {
				return err
			}
			vp, err := e.Present(did.PresentRequest{Holder: key, Credentials: vcs, Challenge: c.String("challenge"), Domain: c.String("domain")})
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
		},
	}
}

type vpVerifyOutput struct {
	*did.PresentationResult
	Policy     *did.Decision   `json:"policy,omitempty"`
	Submission *did.Submission `json:"submission,omitempty"`
}

func definitionFlag(what string) ucli.Flag {
	return &ucli.StringFlag{Name: "definition", Usage: "a presentation definition `FILE` (DIF Presentation Exchange 2.0): " + what}
}

// readDefinition reads the --definition file, if any.
func readDefinition(c *ucli.Context) (*did.PresentationDefinition, error) {
	p := c.String("definition")
	if p == "" {
		return nil, nil
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("--definition: %w", err)
	}
	pd, err := did.ParsePresentationDefinition(data)
	if err != nil {
		return nil, fmt.Errorf("--definition %s: %w", p, err)
	}
	return pd, nil
}

func vpVerifyCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "verify",
		Usage:     "verify a presentation for your challenge (and domain): exit 0 when everything passes, 1 otherwise",
		ArgsUsage: "FILE",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "challenge", Usage: "the `NONCE` you gave the holder"},
			&ucli.StringFlag{Name: "domain", Usage: "your domain, when the presentation must name it"},
			policyFlag("the holder"),
			definitionFlag("check that the verified credentials answer each of its input descriptors"),
			statusListFlag(),
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("verify needs one presentation file, e.g. `mifm vp verify --challenge N vp.json`")
			}
			if c.String("challenge") == "" {
				return errors.New("no --challenge: give the nonce you asked the holder to sign (without it a presentation can be replayed)")
			}
			vp, err := readJSONObject(c.Args().First())
			if err != nil {
				return err
			}
			policy, err := readPolicy(c)
			if err != nil {
				return err
			}
			pd, err := readDefinition(c)
			if err != nil {
				return err
			}
			e, err := did.NewEdDSA()
			if err != nil {
				return err
			}
			lists, err := statusLists(c)
			resolver, done := newResolver(c, did.Options{})
			defer done()
			if err != nil {
				return err
			}
			now := time.Now()
			res, presented := e.VerifyPresentation(c.Context, vp, resolver, lists, c.String("challenge"), c.String("domain"), now)
			out := vpVerifyOutput{PresentationResult: res}
			if policy != nil {
				out.Policy = policy.Evaluate(presented, res.Holder, now)
			}
			if pd != nil {
				// Only credentials that verified answer the verifier's request.
				var good []map[string]any
				for _, p := range presented {
					if p.Verification != nil && p.Verification.Verified {
						good = append(good, p.Credential)
					}
				}
				out.Submission = pd.Match(good)
			}
			err = newPrinter(c, env).result(out, func(w io.Writer) {
				for _, ch := range res.Checks {
					fmt.Fprintf(w, "%s %-11s %s\n", okMark(ch.OK), ch.Name, ch.Reason)
				}
				for i, v := range res.Credentials {
					for _, ch := range v.Checks {
						fmt.Fprintf(w, "%s vc %d %-9s %s\n", okMark(ch.OK), i+1, ch.Name, ch.Reason)
					}
				}
				if res.Verified {
					fmt.Fprintf(w, "verified: presented by %s\n", res.Holder)
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
			if !res.Verified || (out.Policy != nil && !out.Policy.Allowed) || (out.Submission != nil && !out.Submission.Satisfied) {
				return exitCode(1)
			}
			return nil
		},
	}
}
