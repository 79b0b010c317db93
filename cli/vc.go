package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/home"
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
		Usage: "issue a credential signed by a DID of this home: a Data Integrity proof (eddsa-rdfc-2022), a vc+jwt or an SD-JWT",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "issuer", Usage: "the issuer's `DID` (an Ed25519 did:key made by `mifm did create`)"},
			&ucli.StringFlag{Name: "subject", Usage: "the subject's `DID`"},
			&ucli.StringSliceFlag{Name: "type", Usage: "a credential `TYPE` besides VerifiableCredential (repeat for several)"},
			&ucli.StringFlag{Name: "claims", Usage: "a JSON `FILE` with the claims about the subject"},
			&ucli.StringSliceFlag{Name: "context", Usage: "a JSON-LD context `URL` that defines the claims (mifm's own is always added)"},
			&ucli.IntFlag{Name: "vcdm", Value: 2, Usage: "data model version: 2 or 1 (1.1)"},
			&ucli.DurationFlag{Name: "valid-for", Usage: "validity from now, e.g. 8760h; default: no end"},
			&ucli.StringFlag{Name: "format", Value: "ldp", Usage: "ldp (a Data Integrity eddsa-rdfc-2022 proof; Ed25519 keys), jwt (a vc+jwt; any key type) or sd-jwt (an SD-JWT whose subject claims the holder discloses one by one)"},
			&ucli.StringFlag{Name: "suite", Value: did.CryptosuiteEdDSARDFC, Usage: "with --format ldp: eddsa-rdfc-2022 (the W3C Recommendation) or Ed25519Signature2020 (for verifiers that know only the older suite)"},
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
			case c.String("suite") != did.CryptosuiteEdDSARDFC && c.String("suite") != did.ProofTypeEd25519Signature2020:
				return fmt.Errorf("--suite %q: want eddsa-rdfc-2022 or Ed25519Signature2020", c.String("suite"))
			case c.IsSet("suite") && c.String("format") != "ldp":
				return errors.New("--suite picks a Data Integrity suite: it goes with --format ldp")
			case c.String("format") != "ldp" && c.String("format") != "jwt" && c.String("format") != "sd-jwt":
				return fmt.Errorf("--format %q: want ldp, jwt or sd-jwt", c.String("format"))
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
			h, pass, err := unlockHome(c, env)
			if err != nil {
				return err
			}
			signer, err := signerFor(c, h, pass, c.String("issuer"), c.String("format") == "ldp")
			if err != nil {
				return err
			}
			e, err := did.NewEdDSA()
			if err != nil {
				return err
			}
			req := did.IssueRequest{
				Issuer: signer.Key, IssuerDID: signer.DID, VerificationMethod: signer.VerificationMethod, Subject: c.String("subject"), Types: c.StringSlice("type"), Claims: claims,
				Contexts: append([]string{did.ContextMifm}, c.StringSlice("context")...), Version: c.Int("vcdm"),
				Suite: c.String("suite"),
			}
			if d := c.Duration("valid-for"); d > 0 {
				req.ValidUntil = time.Now().Add(d)
			}
			var listFile string
			if c.Bool("status") {
				url, purpose := c.String("status-url"), c.String("status-purpose")
				lister := signer
				if lister.Key.Type != did.Ed25519 {
					// The list is a Data Integrity credential: an Ed25519 key
					// of the same issuer signs it.
					if lister, err = signerFor(c, h, pass, signer.DID, true); err != nil {
						return fmt.Errorf("--status: %w", err)
					}
				}
				index, err := h.StatusLists().Allocate(url, signer.DID, purpose)
				if err != nil {
					return err
				}
				req.Status = did.StatusEntry(url, purpose, index)
				if listFile, err = publishStatusList(h, e, lister, url); err != nil {
					return err
				}
			}
			var out []byte
			switch c.String("format") {
			case "jwt":
				token, _, err := e.IssueCredentialJWT(req)
				if err != nil {
					return err
				}
				out = []byte(token + "\n")
			case "sd-jwt":
				token, _, err := e.IssueCredentialSDJWT(req)
				if err != nil {
					return err
				}
				out = []byte(token + "\n")
			default:
				vc, err := e.IssueCredential(req)
				if err != nil {
					return err
				}
				out, _ = json.MarshalIndent(vc, "", "  ")
				out = append(out, '\n')
			}
			if listFile != "" {
				fmt.Fprintf(env.Stderr, "mifm: publish %s at %s for verifiers to check the status\n", listFile, c.String("status-url"))
			}
			if path := c.String("output"); path != "" {
				return writeFileWhole(path, bytes.NewReader(out))
			}
			_, err = env.Stdout.Write(out)
			return err
		},
	}
}

// readCredential reads a JSON credential or the claims of a vc+jwt,
// without checking its proof.
func readCredential(path string) (map[string]any, error) {
	token, vc, err := readSecured(path)
	if err != nil || vc != nil {
		return vc, err
	}
	typ := did.TypeVCJWT
	if did.IsSDJWT(token) {
		// The signed part of an SD-JWT holds everything but the subject's
		// claims, its status entry included.
		token, typ = strings.SplitN(token, "~", 2)[0], ""
	}
	j, err := did.ParseJWS(token, typ)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return j.Claims, nil
}

// readSecured reads a credential file: a compact token (vc+jwt, SD-JWT),
// returned as text, or a JSON credential, returned decoded.
func readSecured(path string) (token string, vc map[string]any, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", nil, err
	}
	if token = strings.TrimSpace(string(data)); strings.HasPrefix(token, "ey") {
		return token, nil, nil
	}
	if err := json.Unmarshal(data, &vc); err != nil {
		return "", nil, fmt.Errorf("%s is neither a JSON credential, a vc+jwt nor an SD-JWT: %w", path, err)
	}
	return "", vc, nil
}

// signerFor finds the key of this home that signs for DID id: a did:key's
// own key; for a did:ethr, the identity's secp256k1 key (#controller: vc+jwt
// with ES256K) or, when ed25519 is asked for (Data Integrity), an Ed25519
// key its document lists for assertions.
func signerFor(c *ucli.Context, h *home.Home, pass, id string, ed25519 bool) (did.Signer, error) {
	method, _, err := did.Method(id)
	if err != nil {
		return did.Signer{}, err
	}
	if method != "ethr" {
		kp, err := h.DIDKeys().Load(id, pass)
		if err != nil {
			return did.Signer{}, err
		}
		return did.KeySigner(kp), nil
	}
	if !ed25519 {
		kp, err := h.DIDKeys().Load(id, pass)
		if err != nil {
			return did.Signer{}, err
		}
		return did.Signer{Key: kp, DID: id, VerificationMethod: id + "#controller"}, nil
	}
	resolver, done := newResolver(c, did.Options{})
	defer done()
	res, err := resolver.Resolve(c.Context, id)
	if err != nil {
		return did.Signer{}, err
	}
	listed := map[string]string{} // did:key of an Ed25519 key -> its method in the document
	for _, vm := range res.Document.VerificationMethod {
		if pub, err := vm.Ed25519(); err == nil && slices.Contains(res.Document.AssertionMethod, vm.ID) {
			if k, err := did.KeyDID(did.Ed25519, pub); err == nil {
				listed[k] = vm.ID
			}
		}
	}
	kp, meta, err := h.DIDKeys().Find(func(k did.StoredKey) bool { return k.DID == id && listed[k.Key] != "" }, pass)
	if errors.Is(err, did.ErrNoKey) {
		return did.Signer{}, fmt.Errorf("%s lists no Ed25519 key this home holds, which a Data Integrity proof needs: add one with `mifm did update --add-key ed25519 %s`, or issue a vc+jwt (--format jwt)", id, id)
	}
	if err != nil {
		return did.Signer{}, err
	}
	return did.Signer{Key: kp, DID: id, VerificationMethod: listed[meta.Key]}, nil
}

// publishStatusList signs the current state of a status list and writes it
// beside the list, for the operator to publish at its URL.
func publishStatusList(h *home.Home, e *did.EdDSA, issuer did.Signer, url string) (string, error) {
	l, _, purpose, err := h.StatusLists().List(url)
	if err != nil {
		return "", err
	}
	vc, err := e.IssueStatusList(issuer, url, purpose, l)
	if err != nil {
		return "", err
	}
	data, _ := json.MarshalIndent(vc, "", "  ")
	sum := sha256.Sum256([]byte(url))
	path := filepath.Join(h.Dir, home.StatusListsDir, fmt.Sprintf("%x.credential.json", sum[:12]))
	return path, writeFileWhole(path, bytes.NewReader(append(data, '\n')))
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
			vc, err := readCredential(c.Args().First())
			if err != nil {
				return err
			}
			entry, ok := vc["credentialStatus"].(map[string]any)
			if !ok {
				return errors.New("the credential has no credentialStatus: only credentials issued with --status can be revoked")
			}
			url, _ := entry["statusListCredential"].(string)
			index, err := strconv.Atoi(fmt.Sprint(entry["statusListIndex"]))
			if url == "" || err != nil {
				return errors.New("the credential's status entry lacks statusListCredential or statusListIndex")
			}
			h, pass, err := unlockHome(c, env)
			if err != nil {
				return err
			}
			// The key that signs the list is found before the bit changes, so
			// a wrong passphrase or a missing key leaves the list as it was.
			_, issuer, _, err := h.StatusLists().List(url)
			if err != nil {
				return err
			}
			signer, err := signerFor(c, h, pass, issuer, true)
			if err != nil {
				return err
			}
			_, purpose, err := h.StatusLists().SetStatus(url, index, !c.Bool("reinstate"))
			if err != nil {
				return err
			}
			e, err := did.NewEdDSA()
			if err != nil {
				return err
			}
			path, err := publishStatusList(h, e, signer, url)
			if err != nil {
				return err
			}
			state := map[bool]string{true: "revoked", false: "suspended"}[purpose == did.StatusRevocation]
			if c.Bool("reinstate") {
				state = "reinstated"
			}
			out := map[string]any{"credential": vc["id"], "status": state, "statusList": url, "index": index, "publish": path}
			return newPrinter(c, env).result(out, func(w io.Writer) {
				fmt.Fprintf(w, "%s %v (entry %d of %s)\npublish %s at %s\n", state, vc["id"], index, url, path, url)
			})
		},
	}
}

type verifyOutput struct {
	*did.Verification
	Policy *did.Decision `json:"policy,omitempty"`
}

func vcVerifyCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "verify",
		Usage:     "verify a credential (JSON with a Data Integrity proof, a vc+jwt, or an SD-JWT and its disclosures): exit 0 when every check passes, 1 when one fails (--json prints them all)",
		ArgsUsage: "FILE",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "at", Usage: "verify as of this `TIME` (RFC 3339) instead of now"},
			&ucli.StringFlag{Name: "challenge", Usage: "SD-JWT: require a holder binding over this `NONCE`"},
			&ucli.StringFlag{Name: "domain", Usage: "SD-JWT: and for this audience"},
			policyFlag("the credential's subject"),
			statusListFlag(),
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("verify needs one credential file, e.g. `mifm vc verify vc.json`")
			}
			token, vc, err := readSecured(c.Args().First())
			if err != nil {
				return err
			}
			isJWT := vc == nil
			at := time.Now()
			if s := c.String("at"); s != "" {
				if at, err = time.Parse(time.RFC3339, s); err != nil {
					return fmt.Errorf("--at %q: want an RFC 3339 time such as 2026-01-01T00:00:00Z", s)
				}
			}
			policy, err := readPolicy(c)
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
			if (c.String("challenge") != "" || c.String("domain") != "") && !did.IsSDJWT(token) {
				return errors.New("--challenge and --domain bind SD-JWT presentations; a presentation of other credentials is checked with `mifm vp verify`")
			}
			var res *did.Verification
			switch {
			case did.IsSDJWT(token):
				res, vc = e.VerifyCredentialSDJWT(c.Context, token, resolver, lists, c.String("challenge"), c.String("domain"), at)
			case isJWT:
				res, vc = e.VerifyCredentialJWT(c.Context, token, resolver, lists, at)
			default:
				res = e.VerifyCredential(c.Context, vc, resolver, lists, at)
			}
			out := verifyOutput{Verification: res}
			if policy != nil {
				holder := ""
				if len(res.Subjects) > 0 {
					holder = res.Subjects[0]
				}
				out.Policy = policy.Evaluate([]did.Presented{{Credential: vc, Verification: res}}, holder, at)
			}
			err = newPrinter(c, env).result(out, func(w io.Writer) {
				for _, ch := range res.Checks {
					fmt.Fprintf(w, "%s %-9s %s\n", okMark(ch.OK), ch.Name, ch.Reason)
				}
				if res.Verified {
					fmt.Fprintf(w, "verified: issued by %s about %v\n", res.Issuer, res.Subjects)
				} else {
					fmt.Fprintf(w, "NOT verified\n")
				}
				printPolicy(w, out.Policy)
			})
			if err != nil {
				return err
			}
			if !res.Verified || (out.Policy != nil && !out.Policy.Allowed) {
				return exitCode(1)
			}
			return nil
		},
	}
}

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

// statusLists are the --status-list files, then HTTPS.
func statusLists(c *ucli.Context) (did.StatusLists, error) {
	lists := &did.LocalStatusLists{HTTP: &http.Client{}}
	for _, p := range c.StringSlice("status-list") {
		vc, err := readJSONObject(p)
		if err != nil {
			return nil, fmt.Errorf("--status-list: %w", err)
		}
		if err := lists.Add(vc); err != nil {
			return nil, fmt.Errorf("--status-list %s: %w", p, err)
		}
	}
	return lists, nil
}

// statusListFlag and policyFlag are what vc verify and vp verify share.
// (Functions, not shared values: a flag holds its parsed state.)
func statusListFlag() ucli.Flag {
	return &ucli.StringSliceFlag{Name: "status-list", Usage: "a status list credential `FILE` to check status against (else it is fetched over HTTPS)"}
}

func policyFlag(whom string) ucli.Flag {
	return &ucli.StringFlag{Name: "policy", Usage: "also evaluate the admission policy in `FILE` (JSON or YAML) for " + whom}
}

// readPolicy reads the --policy file, if any.
func readPolicy(c *ucli.Context) (*did.Policy, error) {
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
	return policy, nil
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
