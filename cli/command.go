// What every command shares: the home and its passphrase, the node's API
// (a running node's RI client or the core in process), the chain and the
// content store for the commands that use them directly, flags, files and
// printing. Command files hold commands only.

package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/console/prompt"
	"github.com/ethereum/go-ethereum/params"
	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/store"
)

// openHome opens the --home folder.
func openHome(c *ucli.Context) (*home.Home, error) {
	h, err := home.Open(envOf(c).path(flagString(c, "home")))
	if err != nil {
		return nil, err
	}
	if v := flagString(c, "content"); v != "" {
		if _, err := ipfs.ParseBackend(v); err != nil {
			return nil, fmt.Errorf("--content: %w", err)
		}
		h.ContentOverride = v
	}
	return h, nil
}

// unlockHome opens the home and resolves its keystore passphrase, for a
// command that signs.
func unlockHome(c *ucli.Context, env Env) (*home.Home, string, error) {
	h, err := openHome(c)
	if err != nil {
		return nil, "", err
	}
	pass, err := passphrase(c, env, h)
	return h, pass, err
}

// passphrase resolves the keystore passphrase for h.
func passphrase(c *ucli.Context, env Env, h *home.Home) (string, error) {
	return h.Passphrase(passphraseSources(c, env))
}

func passphraseSources(c *ucli.Context, env Env) home.PassphraseSources {
	src := home.PassphraseSources{File: env.path(flagString(c, "passphrase-file")), Env: env.Getenv("MIFM_PASSPHRASE")}
	if env.Interactive {
		src.Prompt = func() (string, error) {
			p, err := prompt.Stdin.PromptPassword("Keystore passphrase: ")
			if err != nil {
				return "", fmt.Errorf("read passphrase: %w", err)
			}
			return p, nil
		}
	}
	return src
}

// printer writes a command's result as JSON or as text.
type printer struct {
	w    io.Writer
	json bool
}

func newPrinter(c *ucli.Context, env Env) printer {
	return printer{w: env.Stdout, json: flagBool(c, "json")}
}

// result prints v as one JSON document, or calls text to print it for people.
func (p printer) result(v any, text func(w io.Writer)) error {
	if p.json {
		enc := json.NewEncoder(p.w)
		return enc.Encode(v)
	}
	text(p.w)
	return nil
}

// okMark is how a check's outcome starts its line for people.
func okMark(ok bool) string {
	if ok {
		return "ok  "
	}
	return "FAIL"
}

// nodeAPI is the node's API for a command: the running node's RI API when
// one runs for the home, otherwise the same operations in process on the
// home (as Kubo's CLI does), so the output is the same either way.
func nodeAPI(c *ucli.Context, env Env) (api.Node, error) {
	h, err := openHome(c)
	if err != nil {
		return nil, err
	}
	cl, info, err := daemon.Dial(c.Context, h)
	switch {
	case err == nil:
		if b := flagString(c, "chain"); b != "" {
			return nil, fmt.Errorf("--chain %s: the node running for this home (pid %d) uses its own chain; stop it to use another", b, info.PID)
		}
		return cl, nil
	case !errors.Is(err, daemon.ErrNotRunning):
		return nil, err
	}
	n, err := core.Open(c.Context, core.Config{
		Home: h, API: core.APICLI, ChainOverride: flagString(c, "chain"),
		Passphrase: func() (string, error) { return passphrase(c, env, h) },
	})
	if errors.Is(err, store.ErrInUse) {
		// A node starting for this home holds its store before it writes
		// its API file: wait for it to answer rather than fail.
		for deadline := time.Now().Add(startWait); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if cl, _, derr := daemon.Dial(c.Context, h); derr == nil {
				return cl, nil
			}
		}
	}
	if err != nil {
		return nil, err
	}
	return n, nil
}

// withAPI runs fn on the node's API for the length of a command.
func withAPI(c *ucli.Context, env Env, fn func(api.Node) error) error {
	n, err := nodeAPI(c, env)
	if err != nil {
		return err
	}
	defer n.Close()
	return fn(n)
}

// startWait is how long a command waits for a node that holds the home's
// store but does not answer yet (it is starting).
const startWait = 15 * time.Second

// openNode opens the home's chain for a command: --chain, or the running
// daemon's JSON-RPC when the daemon holds the embedded chain, or the
// home's config.
func openNode(c *ucli.Context, h *home.Home) (*node.Node, error) {
	if b := flagString(c, "chain"); b != "" {
		return node.Open(c.Context, h, b)
	}
	if info := daemon.Running(h); info != nil && info.ChainRPC != "" && h.Config.Chain.Backend == home.EmbeddedChain {
		return node.OpenShared(c.Context, h, info.ChainRPC)
	}
	return node.Open(c.Context, h, "")
}

// openContent opens the home's content store; release closes it.
func openContent(c *ucli.Context, h *home.Home) (s *ipfs.Store, release func(), err error) {
	// A Kubo serves any number of processes; the embedded store, one.
	if kubo, _ := ipfs.ParseBackend(h.ContentBackend()); kubo == "" {
		if info := daemon.Running(h); info != nil {
			return nil, nil, fmt.Errorf("the node running for this home (pid %d) holds its content store", info.PID)
		}
	}
	s, err = node.OpenContent(c.Context, h)
	if err != nil {
		return nil, nil, err
	}
	return s, func() { s.Close() }, nil
}

// flagsFirst explains what urfave/cli would otherwise report confusingly: a
// flag after the arguments is taken as an argument.
func flagsFirst(c *ucli.Context) error {
	args := c.Args().Slice()
	for i, a := range args {
		if i > 0 && strings.HasPrefix(a, "-") && len(a) > 1 {
			return fmt.Errorf("flag %s comes after the arguments: put flags first, e.g. `%s %s %s`",
				a, c.Command.HelpName, strings.Join(args[i:], " "), strings.Join(args[:i], " "))
		}
	}
	return nil
}

// writeFileWhole writes r to path through a temporary file and a rename, so an
// interrupted or failed write leaves no partial file behind.
func writeFileWhole(path string, r io.Reader) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := io.Copy(tmp, r); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// address reads an account given as 0x… or as CAIP-10 on the node's chain.
func address(n *node.Node, flag, s string) (common.Address, error) {
	return core.ParseAddress(n.Chain.CAIP2(), "--"+flag, s)
}

// openContentFile opens a file of an asset, refusing folders.
func openContentFile(p string) (*os.File, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	if fi, err := f.Stat(); err != nil || fi.IsDir() {
		f.Close()
		if err == nil {
			err = fmt.Errorf("%s is a folder: give the asset's files one by one", p)
		}
		return nil, err
	}
	return f, nil
}

// platformSender unlocks the platform key for transactions.
func platformSender(c *ucli.Context, env Env, n *node.Node) (*chain.Sender, error) {
	pass, err := passphrase(c, env, n.Home)
	if err != nil {
		return nil, err
	}
	return n.Sender(c.Context, pass)
}

// withNode opens the home and its chain for the length of fn.
func withNode(c *ucli.Context, fn func(n *node.Node) error) error {
	h, err := openHome(c)
	if err != nil {
		return err
	}
	n, err := openNode(c, h)
	if err != nil {
		return err
	}
	defer n.Close()
	return fn(n)
}

func ether(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether))
	return f.Text('f', 6)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// verifier is what resolving and verifying need of the node's API.
type verifier interface {
	ResolveDID(ctx context.Context, req api.ResolveRequest) (*api.Resolution, error)
	VerifyCredential(ctx context.Context, req api.VerifyCredentialRequest) (*api.CredentialVerdict, error)
	VerifyPresentation(ctx context.Context, req api.VerifyPresentationRequest) (*api.PresentationVerdict, error)
}

// withVerifier runs fn on the node's API for the home (the running node's,
// or in process), so did:ethr resolves on the home's chain and the home's
// published status lists are known. A verifier needs no home, though: with
// none (the --home folder is not a mifm home), fn gets a verifier of the
// methods that need no chain, whose did:ethr says why it cannot resolve.
func withVerifier(c *ucli.Context, env Env, fn func(v verifier) error) error {
	_, err := openHome(c)
	if !errors.Is(err, home.ErrNotInitialised) {
		return withAPI(c, env, func(n api.Node) error { return fn(n) })
	}
	r := did.NewResolver(did.Options{})
	r.Register("ethr", did.MethodFunc(func(context.Context, string) (*did.Document, did.DocumentMetadata, error) {
		return nil, did.DocumentMetadata{}, fmt.Errorf("did:ethr is resolved on the home's chain: %w", err)
	}))
	v, verr := core.NewVerifier(r, &http.Client{})
	if verr != nil {
		return verr
	}
	return fn(v)
}
