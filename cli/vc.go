package cli

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
)

func vcCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "vc",
		Usage: "W3C verifiable credentials (FGMV-43 IDVF): issue, verify, revoke, disclose (SD-JWT)",
		Subcommands: []*ucli.Command{
			vcIssueCommand(env),
			vcVerifyCommand(env),
			vcRevokeCommand(env),
			vcDiscloseCommand(env),
		},
	}
}

func vcIssueCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "issue",
		Usage: "issue a credential signed by a DID of this home: a Data Integrity proof (eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019, ecdsa-jcs-2019, Ed25519Signature2020), a vc+jwt or an SD-JWT",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "issuer", Usage: "the issuer's `DID`, made by `mifm did create` (Ed25519, P-256 or P-384 for --format ldp; any key type for jwt)"},
			&ucli.StringFlag{Name: "subject", Usage: "the subject's `DID`"},
			&ucli.StringSliceFlag{Name: "type", Usage: "a credential `TYPE` besides VerifiableCredential (repeat for several)"},
			&ucli.StringFlag{Name: "claims", Usage: "a JSON `FILE` with the claims about the subject"},
			&ucli.StringSliceFlag{Name: "context", Usage: "a JSON-LD context `URL` that defines the claims (mifm's own is always added)"},
			&ucli.IntFlag{Name: "vcdm", Value: 2, Usage: "data model version: 2 or 1 (1.1)"},
			&ucli.DurationFlag{Name: "valid-for", Usage: "validity from now, e.g. 8760h; default: no end"},
			&ucli.StringFlag{Name: "format", Value: "ldp", Usage: "ldp (a Data Integrity proof: eddsa-rdfc-2022 for Ed25519 keys, ecdsa-rdfc-2019 for P-256 and P-384 keys), jwt (a vc+jwt; any key type) sd-jwt (an SD-JWT whose subject claims the holder discloses one by one) or dc+sd-jwt (an SD-JWT VC of the IETF draft: --type is its vct, the claims are disclosable one by one, no JSON-LD)"},
			&ucli.StringFlag{Name: "suite", Usage: "with --format ldp, the key's own suite by default: eddsa-rdfc-2022 or ecdsa-rdfc-2019 (the W3C Recommendations, over the RDF graph), eddsa-jcs-2022 or ecdsa-jcs-2019 (over the JSON bytes), or Ed25519Signature2020 (for verifiers that know only the older suite)"},
			&ucli.BoolFlag{Name: "status", Usage: "give the credential an entry in a Bitstring Status List, so that it can be revoked"},
			&ucli.StringFlag{Name: "status-url", Usage: "with --status: the `URL` the status list credential is published at"},
			&ucli.StringFlag{Name: "status-purpose", Value: did.StatusRevocation, Usage: "with --status: revocation or suspension"},
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the credential to `FILE` instead of stdout"},
		},
		Action: func(c *ucli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("issue takes flags only, got %q", c.Args().First())
			}
			switch {
			case c.IsSet("suite") && did.CheckSuite(c.String("suite")) != nil:
				return fmt.Errorf("--%w", did.CheckSuite(c.String("suite")))
			case c.IsSet("suite") && c.String("format") != "ldp":
				return errors.New("--suite picks a Data Integrity suite: it goes with --format ldp")
			case c.String("format") != "ldp" && c.String("format") != "jwt" && c.String("format") != "sd-jwt" && c.String("format") != "dc+sd-jwt":
				return fmt.Errorf("--format %q: want ldp, jwt, sd-jwt or dc+sd-jwt", c.String("format"))
			case c.Bool("status") && c.String("status-url") == "":
				return errors.New("--status needs --status-url: where verifiers will fetch the status list credential (e.g. https://platform.example/status/1)")
			case c.String("status-purpose") != did.StatusRevocation && c.String("status-purpose") != did.StatusSuspension:
				return fmt.Errorf("--status-purpose %q: want revocation or suspension", c.String("status-purpose"))
			case c.String("issuer") == "":
				return errors.New("no --issuer: give the DID to sign with (make one with `mifm did create`)")
			case c.String("subject") == "":
				return errors.New("no --subject: give the DID the credential is about")
			case c.String("claims") == "":
				return errors.New("no --claims: give a JSON file with the claims, e.g. {\"memberOf\": \"did:web:platform.example\"}")
			}
			data, err := os.ReadFile(c.String("claims"))
			if err != nil {
				return fmt.Errorf("--claims: %w", err)
			}
			var claims map[string]any
			if err := json.Unmarshal(data, &claims); err != nil {
				return fmt.Errorf("--claims %s is not a JSON object: %w", c.String("claims"), err)
			}
			req := api.IssueCredentialRequest{
				Issuer: c.String("issuer"), Subject: c.String("subject"), Types: c.StringSlice("type"), Claims: claims,
				Contexts: c.StringSlice("context"), Version: c.Int("vcdm"), Format: c.String("format"),
			}
			if req.Format == api.FormatSDJWTVC && !c.IsSet("vcdm") {
				req.Version = 0 // an SD-JWT VC has no VCDM version
			}
			if c.IsSet("suite") {
				req.Suite = c.String("suite")
			}
			if d := c.Duration("valid-for"); d > 0 {
				until := time.Now().Add(d)
				req.ValidUntil = &until
			}
			if c.Bool("status") {
				req.Status = &api.StatusRequest{URL: c.String("status-url"), Purpose: c.String("status-purpose")}
			}
			return withAPI(c, env, func(n api.Node) error {
				vc, err := n.IssueCredential(c.Context, req)
				if err != nil {
					return err
				}
				out := []byte(vc.Token + "\n")
				if vc.Format == api.FormatLDP {
					out, _ = json.MarshalIndent(vc.Credential, "", "  ")
					out = append(out, '\n')
				}
				if vc.StatusListFile != "" {
					fmt.Fprintf(env.Stderr, "mifm: publish %s at %s for verifiers to check the status\n", vc.StatusListFile, c.String("status-url"))
				}
				if path := c.String("output"); path != "" {
					return writeFileWhole(path, bytes.NewReader(out))
				}
				_, err = env.Stdout.Write(out)
				return err
			})
		},
	}
}

// readCredentialFile reads a credential file as the API takes it: a JSON
// credential as it is, a compact token (vc+jwt, SD-JWT) as a JSON string.
// What it holds is checked by the node.
func readCredentialFile(path string) (json.RawMessage, error) {
	data, err := readBounded(path, core.MaxCredentialBytes)
	if err != nil {
		return nil, err
	}
	if token := strings.TrimSpace(string(data)); strings.HasPrefix(token, "ey") {
		return json.Marshal(token)
	}
	if len(data) > 0 && data[0] == 0xd2 {
		// A COSE_Sign1 as bytes goes to the API as base64.
		return json.Marshal(base64.StdEncoding.EncodeToString(data))
	}
	if did.IsCOSE(data) {
		return json.Marshal(strings.TrimSpace(string(data)))
	}
	var vc map[string]any
	if err := json.Unmarshal(data, &vc); err != nil {
		return nil, fmt.Errorf("%s is neither a JSON credential, a vc+jwt, an SD-JWT nor a COSE credential: %w", path, err)
	}
	return data, nil
}

// keyFlag is --key: issuer (or holder) keys the verifier holds out of band.
func keyFlag() ucli.Flag {
	return &ucli.StringSliceFlag{Name: "key", Usage: "a `FILE` with a key held out of band, a verification method or a public JWK (repeat for several): the JWT's, SD-JWT's or COSE message's kid must name one, and no DID is resolved for it"}
}

// readKeys reads the --key files, each checked here so that a bad one is
// named by its file.
func readKeys(c *ucli.Context) ([]json.RawMessage, error) {
	files := c.StringSlice("key")
	if len(files) == 0 {
		return nil, nil
	}
	out := make([]json.RawMessage, len(files))
	for i, f := range files {
		data, err := readBounded(f, 64<<10)
		if err != nil {
			return nil, fmt.Errorf("--key: %w", err)
		}
		if _, err := did.ParseKnownKey(data); err != nil {
			return nil, fmt.Errorf("--key %s: %w", f, err)
		}
		out[i] = data
	}
	return out, nil
}

// readBounded reads a file of at most max bytes.
func readBounded(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s is larger than %d bytes, the most mifm reads as a credential", path, max)
	}
	return data, nil
}

func vcRevokeCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "revoke",
		Usage:     "revoke (or suspend) a credential this home issued with --status, and sign the list anew",
		ArgsUsage: "CREDENTIAL.json",
		Flags: []ucli.Flag{
			&ucli.BoolFlag{Name: "reinstate", Usage: "clear the entry instead (lift a suspension)"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("revoke needs one credential file, e.g. `mifm vc revoke vc.json`")
			}
			vc, err := readCredentialFile(c.Args().First())
			if err != nil {
				return err
			}
			return withAPI(c, env, func(n api.Node) error {
				r, err := n.RevokeCredential(c.Context, api.RevokeCredentialRequest{Credential: vc, Reinstate: c.Bool("reinstate")})
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(r, func(w io.Writer) {
					fmt.Fprintf(w, "%s %v (entry %d of %s)\npublish %s at %s\n", r.Status, r.Credential, r.Index, r.StatusList, r.Publish, r.StatusList)
				})
			})
		},
	}
}

func vcVerifyCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "verify",
		Usage:     "verify a credential (JSON with a Data Integrity proof, a vc+jwt, an SD-JWT and its disclosures, or a COSE credential, as bytes or base64): exit 0 when every check passes, 1 when one fails (--json prints them all)",
		ArgsUsage: "FILE",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "at", Usage: "verify as of this `TIME` (RFC 3339) instead of now"},
			&ucli.StringFlag{Name: "challenge", Usage: "SD-JWT: require a holder binding over this `NONCE`"},
			&ucli.StringFlag{Name: "domain", Usage: "SD-JWT: and for this audience"},
			policyFlag("the credential's subject"),
			statusListFlag(),
			keyFlag(),
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("verify needs one credential file, e.g. `mifm vc verify vc.json`")
			}
			vc, err := readCredentialFile(c.Args().First())
			if err != nil {
				return err
			}
			req := api.VerifyCredentialRequest{Credential: vc, Challenge: c.String("challenge"), Domain: c.String("domain")}
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
			if req.StatusLists, err = readStatusLists(c); err != nil {
				return err
			}
			if req.Keys, err = readKeys(c); err != nil {
				return err
			}
			var token string
			_ = json.Unmarshal(vc, &token)
			if (req.Challenge != "" || req.Domain != "") && !did.IsSDJWT(token) {
				return errors.New("--challenge and --domain bind SD-JWT presentations; a presentation of other credentials is checked with `mifm vp verify`")
			}
			return withVerifier(c, env, func(v verifier) error {
				out, err := v.VerifyCredential(c.Context, req)
				if err != nil {
					return err
				}
				err = newPrinter(c, env).result(out, func(w io.Writer) {
					for _, ch := range out.Checks {
						fmt.Fprintf(w, "%s %-9s %s\n", okMark(ch.OK), ch.Name, ch.Reason)
					}
					if out.Verified {
						fmt.Fprintf(w, "verified: issued by %s about %v\n", out.Issuer, out.Subjects)
					} else {
						fmt.Fprintf(w, "NOT verified\n")
					}
					printPolicy(w, out.Policy)
				})
				if err != nil {
					return err
				}
				if !out.Accepted() {
					return exitCode(1)
				}
				return nil
			})
		},
	}
}

// vcDiscloseCommand stays on this side of the API: it cuts disclosures out
// of an SD-JWT file, which needs no node state; with --holder it reads the
// holder's key from the home's DID key store (files, which a running node
// does not hold) to sign the binding for the verifier.
func vcDiscloseCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "disclose",
		Usage:     "present an SD-JWT credential revealing only the claims named; with --holder, bound to the verifier's challenge",
		ArgsUsage: "SD-JWT-FILE",
		Flags: []ucli.Flag{
			&ucli.StringSliceFlag{Name: "claim", Usage: "a subject claim `NAME` to reveal (repeat; none lists what the credential holds)"},
			&ucli.StringFlag{Name: "holder", Usage: "the holder's `DID` (the credential's subject, a did:key of this home) to sign a binding"},
			&ucli.StringFlag{Name: "challenge", Usage: "the verifier's `NONCE`, with --holder"},
			&ucli.StringFlag{Name: "domain", Usage: "the verifier the presentation is meant for, with --holder"},
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the presentation to `FILE` instead of stdout"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("disclose needs one SD-JWT file, e.g. `mifm vc disclose --claim memberOf vc.sd-jwt`")
			}
			data, err := os.ReadFile(c.Args().First())
			if err != nil {
				return err
			}
			token := strings.TrimSpace(string(data))
			if !did.IsSDJWT(token) {
				return fmt.Errorf("%s is not an SD-JWT (issue one with `mifm vc issue --format sd-jwt`)", c.Args().First())
			}
			claims, err := did.SDJWTDisclosures(token)
			if err != nil {
				return err
			}
			if len(c.StringSlice("claim")) == 0 {
				names := make([]string, 0, len(claims))
				for n := range claims {
					names = append(names, n)
				}
				slices.Sort(names)
				return newPrinter(c, env).result(claims, func(w io.Writer) {
					for _, n := range names {
						fmt.Fprintf(w, "%-20s %v\n", n, claims[n])
					}
				})
			}
			if (c.String("challenge") != "" || c.String("domain") != "") && c.String("holder") == "" {
				return errors.New("--challenge and --domain go into a holder binding: give --holder too")
			}
			var holderKey *did.KeyPair
			if c.String("holder") != "" {
				h, pass, err := unlockHome(c, env)
				if err != nil {
					return err
				}
				if holderKey, err = h.DIDKeys().Load(c.String("holder"), pass); err != nil {
					return err
				}
			}
			pres, err := did.DiscloseSDJWT(token, c.StringSlice("claim"), holderKey, c.String("challenge"), c.String("domain"))
			if err != nil {
				return err
			}
			if path := c.String("output"); path != "" {
				return writeFileWhole(path, strings.NewReader(pres+"\n"))
			}
			_, err = fmt.Fprintln(env.Stdout, pres)
			return err
		},
	}
}

// readStatusLists reads the --status-list files: status list credentials
// the node checks status against before fetching others.
func readStatusLists(c *ucli.Context) ([]map[string]any, error) {
	var out []map[string]any
	for _, p := range c.StringSlice("status-list") {
		vc, err := readJSONObject(p)
		if err != nil {
			return nil, fmt.Errorf("--status-list: %w", err)
		}
		if id, _ := vc["id"].(string); id == "" {
			return nil, fmt.Errorf("--status-list %s: the status list credential has no id", p)
		}
		out = append(out, vc)
	}
	if len(out) > core.MaxStatusLists {
		return nil, fmt.Errorf("--status-list: %d lists, at most %d", len(out), core.MaxStatusLists)
	}
	return out, nil
}

// statusListFlag and policyFlag are what vc verify and vp verify share.
// (Functions, not shared values: a flag holds its parsed state.)
func statusListFlag() ucli.Flag {
	return &ucli.StringSliceFlag{Name: "status-list", Usage: "a status list credential `FILE` to check status against (else it is fetched over HTTPS)"}
}

func policyFlag(whom string) ucli.Flag {
	return &ucli.StringFlag{Name: "policy", Usage: "also evaluate the admission policy in `FILE` (JSON or YAML) for " + whom}
}

// readPolicy reads the --policy file, if any (JSON or YAML), and gives it
// as the JSON the API takes.
func readPolicy(c *ucli.Context) (json.RawMessage, error) {
	p := c.String("policy")
	if p == "" {
		return nil, nil
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("--policy: %w", err)
	}
	policy, err := did.ParsePolicy(data)
	if err != nil {
		return nil, fmt.Errorf("--policy %s: %w", p, err)
	}
	if json.Valid(data) {
		return data, nil
	}
	return json.Marshal(policy) // YAML
}

// printPolicy prints a policy's verdict, rule by rule.
func printPolicy(w io.Writer, d *did.Decision) {
	if d == nil {
		return
	}
	for _, r := range d.Reasons {
		fmt.Fprintf(w, "%s policy %-20s %s\n", okMark(r.OK), r.Rule, r.Detail)
	}
	if d.Allowed {
		fmt.Fprintf(w, "admitted by the policy\n")
	} else {
		fmt.Fprintf(w, "NOT admitted by the policy\n")
	}
}
