// Package demo is mifm's main job on one machine, the scenario `mifm demo`
// runs and prints: three nodes (platforms A and B and a bridge) on one
// embedded go-ethereum chain, each served in this process on its own
// loopback ports, walking through FGMV-43 clause by clause:
//
//   - ASTKF (asset tokenize): the contract suite deployed, the platforms
//     registered, a sword minted as an ERC-721 with its content in A's IPFS
//     store, fetched by B through A's trustless gateway (COTF) and checked
//     against the CID on chain;
//   - IDVF (identity verify): A issues a membership and age credential, B
//     verifies it under its admission policy;
//   - 9.5 (MPMF, MBMF): manifestos registered, a direct channel A–B and one
//     through a virtual bridge, a signed RE message over it;
//   - 9.2 (ASTF, ASEF): the sword transferred and imported, currency
//     exchanged and converted, a rejection and a timeout refunded;
//   - 9.2 across chains: a second embedded chain, an outside ERC-721
//     collection on the first, a token moved by its holder's own wallet to
//     a user of B on the second (2 of 3 attestations) and back, its life
//     read from both chains;
//   - IDSF, AVSF (identity and avatar sync): A's user's identity profile
//     and home avatar versioned, shared with B, a conflict between the two
//     settled by the home's rule, the versions anchored as one Merkle root,
//     and the head's proof checked with the chain's JSON-RPC and a gateway;
//   - LAF (log and audit): the sword's history from chain events, every
//     node's hash-chained audit log verified, and A's against the
//     checkpoint anchored on chain.
//
// With DemoOptions.KeepDir the homes stay, and they all name one chain data
// folder beside them (home.ChainConfig.DataDir), so each of them inspects the
// same chain afterwards.
package demo

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/home"
)

// Step is one line of the demo's report.
type Step struct {
	Step   string            `json:"step"`
	OK     bool              `json:"ok"`
	Detail string            `json:"detail,omitempty"`
	IDs    map[string]string `json:"ids,omitempty"`
	Tx     string            `json:"tx,omitempty"`
	Gas    uint64            `json:"gas,omitempty"`
	Ms     float64           `json:"ms"`
	Error  string            `json:"error,omitempty"`
}

// DemoOptions shape a demo run.
type DemoOptions struct {
	// KeepDir, when set, receives the homes the demo makes instead of a
	// temporary folder that is removed at the end.
	KeepDir string
	// Report receives each step as it completes.
	Report func(Step)
	// Content is the homes' content backend: "" or "embedded" (each home's
	// own store) or "kubo:URL" (one external Kubo for all of them).
	Content string
	// Explore, when set, is called after the last step while the demo's
	// chains and nodes still serve, with what an auditor's explorer needs
	// to read them; the demo ends when it returns.
	Explore func(ctx context.Context, s Scene) error
}

// Demo platforms: their DIDs are what the registry keys them by.
const (
	PlatformA = "did:web:platform-a.example"
	PlatformB = "did:web:platform-b.example"
)

// DemoResult says where the demo's homes are and what to look up in them.
type DemoResult struct {
	// Homes by name (platform-a, platform-b, bridge), and the names in the
	// order the demo made them.
	Homes map[string]string
	Names []string
	// Chain is the embedded chain's data folder every home names.
	Chain string
	Kept  bool
	// Content is the content backend the homes use.
	Content string
	// Sword is the CAIP-19 id of the asset the demo minted and moved to
	// Holder, B's user.
	Sword  string
	Holder string
}

func (r *DemoResult) addHome(name, dir string) {
	if _, ok := r.Homes[name]; !ok {
		r.Names = append(r.Names, name)
	}
	r.Homes[name] = dir
}

// ChainDir is the demo's one embedded chain, beside its homes: every home
// names it as its chain.datadir, so after `mifm demo --keep DIR` the homes
// all read the chain the demo ran on (one process at a time), each with A's
// contract suite adopted into its deployments.
const ChainDir = "chain"

// openHome opens the home in root/name, or makes one for platform on the
// demo's chain with devAccounts user accounts.
func openHome(root, name, platform string, devAccounts int, content string) (*home.Home, error) {
	dir := filepath.Join(root, name)
	cfg := home.DefaultConfig()
	cfg.Platform.DID = platform
	cfg.Keystore.KDF = "light"                        // a throwaway home: fast unlocks matter more than scrypt cost
	cfg.Net.AllowPrivate = home.Loopback              // its peers run on this machine
	cfg.Chain.DataDir = filepath.Join("..", ChainDir) // relative, so a kept folder can move
	if content != "" {
		cfg.Content.Backend = content
	}
	h, err := home.Init(dir, home.InitOptions{Config: cfg, DevAccounts: devAccounts})
	if errors.Is(err, home.ErrAlreadyInitialised) {
		h, err = home.Open(dir)
	}
	return h, err
}

// Demo makes a fresh home for platform A on the embedded chain, deploys the
// contract suite and registers platforms A and B in the registry.
func Demo(ctx context.Context, opts DemoOptions) (res *DemoResult, err error) {
	report := opts.Report
	if report == nil {
		report = func(Step) {}
	}
	start := time.Now()
	root := opts.KeepDir
	if root == "" {
		if root, err = os.MkdirTemp("", "mifm-demo-"); err != nil {
			return nil, fmt.Errorf("make demo folder: %w", err)
		}
		defer os.RemoveAll(root)
	} else if err := os.MkdirAll(root, 0o700); err != nil {
		return nil, fmt.Errorf("make demo folder %s: %w", root, err)
	}
	res = &DemoResult{Homes: map[string]string{}, Chain: filepath.Join(root, ChainDir), Kept: opts.KeepDir != "", Content: cmp.Or(opts.Content, "embedded")}
	fail := func(step string, t time.Time, e error) (*DemoResult, error) {
		report(Step{Step: step, OK: false, Error: e.Error(), Ms: ms(t)})
		return res, fmt.Errorf("demo step %s: %w", step, e)
	}

	t := time.Now()
	h, err := openHome(root, "platform-a", PlatformA, 2, opts.Content)
	if err != nil {
		return fail("init", t, err)
	}
	res.addHome("platform-a", h.Dir)
	report(Step{Step: "init", OK: true, Detail: "home for platform A with an encrypted keystore", IDs: map[string]string{
		"home": h.Dir, "platform": PlatformA, "platformKey": h.PlatformAddress().Hex(), "content": res.Content,
	}, Ms: ms(t)})

	t = time.Now()
	// The chain serves JSON-RPC on loopback, as an auditor reaches it.
	h.Config.Chain.RPCHTTP = "127.0.0.1:0"
	n, err := node.Open(ctx, h, home.EmbeddedChain)
	if err != nil {
		return fail("chain", t, err)
	}
	defer n.Close()
	head, _ := n.Chain.BlockNumber(ctx)
	report(Step{Step: "chain", OK: true, Detail: fmt.Sprintf("embedded go-ethereum dev chain at block %d", head), IDs: map[string]string{
		"chain": n.Chain.CAIP2().String(),
	}, Ms: ms(t)})

	pass, err := h.Passphrase(home.PassphraseSources{})
	if err != nil {
		return fail("deploy", t, err)
	}
	sender, err := n.Sender(ctx, pass)
	if err != nil {
		return fail("deploy", t, err)
	}
	t = time.Now()
	deployed, err := n.DeploySuite(ctx, sender)
	if err != nil {
		return fail("deploy", t, err)
	}
	for _, d := range deployed {
		detail := "deployed"
		if d.Existing {
			detail = "already deployed, not sent again"
		}
		report(Step{Step: "deploy", OK: true, Detail: detail, IDs: map[string]string{
			"contract": d.Name, "address": d.Address.Hex(),
		}, Tx: d.Tx.Hex(), Gas: d.GasUsed, Ms: float64(d.Took.Microseconds()) / 1000})
	}

	accounts := h.Keystore().Accounts()
	platformsToRegister := []struct{ did, admin string }{{PlatformA, "platform key"}, {PlatformB, "dev account 1"}}
	for i, p := range platformsToRegister {
		t = time.Now()
		admin := accounts[0]
		if i > 0 && len(accounts) > i {
			admin = accounts[i]
		}
		reg, err := n.RegisterPlatform(ctx, sender, p.did, admin, admin)
		if err != nil {
			if !isAlreadyRegistered(err) {
				return fail("register-platform", t, err)
			}
			report(Step{Step: "register-platform", OK: true, Detail: "already registered", IDs: map[string]string{"platform": p.did}, Ms: ms(t)})
			continue
		}
		report(Step{Step: "register-platform", OK: true, Detail: "admin and attester: " + p.admin, IDs: map[string]string{
			"platform": p.did, "platformId": reg.PlatformID.Hex(), "admin": reg.Admin.Hex(),
		}, Tx: reg.Tx.Hex(), Gas: reg.GasUsed, Ms: ms(t)})
	}
	w := &world{n: n, sender: sender, explore: opts.Explore}
	defer func() {
		if w.y != nil {
			w.y.Close()
		}
	}()
	if err := demoAsset(ctx, root, w, res, report, fail); err != nil {
		return res, err
	}
	if err := demoIdentity(ctx, h, pass, report, fail); err != nil {
		return res, err
	}
	t = time.Now()
	hB, err := home.Open(filepath.Join(root, "platform-b"))
	if err == nil {
		err = demoMarket(ctx, w, hB.PlatformAddress())
	}
	if err != nil {
		return fail("currencies", t, err)
	}
	report(Step{Step: "currencies", OK: true, Detail: "GEM (platform A) and ORB (platform B) as ERC-20s; 1000 GEM to A's user, 1000 ORB to B's treasury", IDs: map[string]string{
		"GEM": w.tokenID("GEM"), "ORB": w.tokenID("ORB"),
	}, Ms: ms(t)})
	if err := demoChannels(ctx, root, res, w, report, fail); err != nil {
		return res, err
	}
	report(Step{Step: "done", OK: true, Detail: "main job complete", Ms: ms(start)})
	return res, nil
}

// demoAsset tokenizes a sword of platform A (model and picture into A's IPFS
// store, metadata JSON beside them, an ERC-721 token for a user of A), has
// platform B's node fetch the metadata and model through A's trustless
// gateway, verifying every block, and then check the token from the chain
// alone: its metadata must hash to the CID the chain holds.
func demoAsset(ctx context.Context, root string, w *world, res *DemoResult, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	n, sender := w.n, w.sender
	a := n.Home
	t := time.Now()
	storeA, err := node.OpenContent(ctx, a)
	if err != nil {
		_, err = fail("asset-mint", t, err)
		return err
	}
	defer storeA.Close()
	model := make([]byte, 3<<20+512) // a stand-in glTF buffer, the same on every run
	copy(model, "glTF\x02\x00\x00\x00")
	for i := 8; i < len(model); i++ {
		model[i] = byte(i * 7 % 251)
	}
	picture := []byte("\x89PNG\r\n\x1a\n a stand-in thumbnail")
	if _, err := n.PrepareMinting(ctx, sender); err != nil {
		_, err = fail("asset-mint", t, err)
		return err
	}
	tok, err := n.Tokenizer(sender, storeA)
	if err != nil {
		_, err = fail("asset-mint", t, err)
		return err
	}
	user := a.Keystore().Accounts()[1]
	minted, err := tok.Tokenize(ctx, asset.Request{
		Files: []asset.File{{Name: "sword.glb", Data: bytes.NewReader(model)}, {Name: "sword.png", Data: bytes.NewReader(picture)}},
		Name:  "Sword", Description: "a sword of platform A", Attributes: []asset.Attribute{{TraitType: "damage", Value: "12"}},
		Creator: PlatformA, License: "CC-BY-4.0", UsageRights: "display and wield on any platform with a channel to A",
		LocalID: "sword-0001", To: user, RoyaltyBps: 250,
	})
	if err != nil {
		_, err = fail("asset-mint", t, err)
		return err
	}
	detail := "ERC-721 for a user of A; model, picture and metadata in A's IPFS store"
	if minted.Existing {
		detail = "already a token, nothing sent"
	}
	report(Step{Step: "asset-mint", OK: true, Detail: detail, IDs: map[string]string{
		"asset": minted.Asset, "metadata": minted.MetadataCID, "model": minted.ContentCIDs[0], "owner": user.Hex(),
	}, Tx: minted.Tx.Hex(), Gas: minted.GasUsed, Ms: ms(t)})
	metaCID, modelCID := cid.MustParse(minted.MetadataCID), cid.MustParse(minted.ContentCIDs[0])
	w.sword, w.userA = minted.Asset, user
	res.Sword = minted.Asset

	t = time.Now()
	b, err := openHome(root, "platform-b", PlatformB, 1, res.Content)
	if err == nil {
		err = w.adopt(ctx, b)
	}
	if err != nil {
		_, err = fail("content-fetch", t, err)
		return err
	}
	res.addHome("platform-b", b.Dir)
	if accts := b.Keystore().Accounts(); len(accts) > 1 {
		w.userB = accts[1]
		res.Holder = w.userB.Hex()
	} else {
		_, err = fail("content-fetch", t, errors.New("platform B's home has no user account: run the demo in a fresh folder"))
		return err
	}
	storeB, err := node.OpenContent(ctx, b)
	if err != nil {
		_, err = fail("content-fetch", t, err)
		return err
	}
	defer storeB.Close()
	gw, err := storeA.Gateway()
	if err != nil {
		_, err = fail("content-fetch", t, err)
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		_, err = fail("content-fetch", t, err)
		return err
	}
	srv := &http.Server{Handler: gw, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String()
	var blocks int
	for _, c := range []cid.Cid{metaCID, modelCID} {
		got, err := storeB.Fetch(ctx, url, c)
		if err != nil {
			_, err = fail("content-fetch", t, err)
			return err
		}
		blocks += got.Blocks
	}
	f, err := storeB.Cat(ctx, modelCID, 0, -1)
	if err != nil {
		_, err = fail("content-fetch", t, err)
		return err
	}
	copyB, err := io.ReadAll(f)
	f.Close()
	if err != nil || !bytes.Equal(copyB, model) {
		_, err = fail("content-fetch", t, fmt.Errorf("platform B's copy of the model differs: %v", err))
		return err
	}
	report(Step{Step: "content-fetch", OK: true, Detail: fmt.Sprintf("platform B fetched %d blocks through A's trustless gateway, every block verified, and pinned them", blocks), IDs: map[string]string{
		"gateway": url, "home": b.Dir,
	}, Ms: ms(t)})

	t = time.Now()
	reader, err := n.AssetReader()
	if err != nil {
		_, err = fail("asset-show", t, err)
		return err
	}
	shown, err := reader.Show(ctx, storeB, url, minted.Asset)
	if err == nil && !shown.Verified {
		err = fmt.Errorf("the token's metadata does not check out: %+v", shown.Checks)
	}
	if err != nil {
		_, err = fail("asset-show", t, err)
		return err
	}
	report(Step{Step: "asset-show", OK: true, Detail: fmt.Sprintf("platform B read the token from the chain: owner, origin %s, metadata hashed to the CID on chain", shown.Platform), IDs: map[string]string{
		"owner": shown.Owner.Hex(), "uri": shown.URI,
	}, Ms: ms(t)})
	return nil
}

// isAlreadyRegistered tells a rerun of the demo in a kept folder from a failure.
func isAlreadyRegistered(err error) bool {
	var rev *chain.RevertError
	return errors.As(err, &rev) && rev.Name == "PlatformAlreadyRegistered"
}

func ms(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }

// demoIdentity has platform A issue a membership and age credential to a
// user's DID (the issuer key kept encrypted in A's home) and platform B
// verify it under its admission policy: trusted issuer, membership of A,
// age at least 18.
func demoIdentity(ctx context.Context, a *home.Home, pass string, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	t := time.Now()
	issuer, err := did.NewKeyPair(did.Ed25519, nil)
	if err == nil {
		err = a.DIDKeys().Save(issuer, pass)
	}
	if err != nil {
		_, err = fail("vc-issue", t, err)
		return err
	}
	user, err := did.NewKeyPair(did.Ed25519, nil)
	if err != nil {
		_, err = fail("vc-issue", t, err)
		return err
	}
	suite, err := did.NewEdDSA()
	if err != nil {
		_, err = fail("vc-issue", t, err)
		return err
	}
	vc, err := suite.IssueCredential(did.IssueRequest{
		Issuer: issuer, Subject: user.DID, Types: []string{"MembershipCredential", "AgeCredential"}, Contexts: []string{did.ContextMifm},
		Claims:     map[string]any{"memberOf": PlatformA, "membershipLevel": "gold", "ageOver": 18},
		ValidUntil: time.Now().AddDate(1, 0, 0),
	})
	if err != nil {
		_, err = fail("vc-issue", t, err)
		return err
	}
	report(Step{Step: "vc-issue", OK: true, Detail: "platform A issued a membership + age credential (VCDM 2.0, eddsa-rdfc-2022)", IDs: map[string]string{
		"issuer": issuer.DID, "subject": user.DID, "credential": vc["id"].(string),
	}, Ms: ms(t)})

	t = time.Now()
	policy, err := did.ParsePolicy([]byte(`{"acceptedDidMethods": ["key", "web", "pkh"], "minimumAge": 18, "credentials": [
		{"type": "MembershipCredential", "required": true, "trustedIssuers": ["` + issuer.DID + `"],
		 "claims": [{"claim": "memberOf", "equals": "` + PlatformA + `"}]}]}`))
	if err != nil {
		_, err = fail("vc-verify", t, err)
		return err
	}
	check := suite.VerifyCredential(ctx, vc, did.NewResolver(did.Options{}), nil, time.Now())
	decision := policy.Evaluate([]did.Presented{{Credential: vc, Verification: check}}, user.DID, time.Now())
	if !check.Verified || !decision.Allowed {
		_, err = fail("vc-verify", t, fmt.Errorf("verified %v, admitted %v: %+v %+v", check.Verified, decision.Allowed, check.Checks, decision.Reasons))
		return err
	}
	var rules []string
	for _, r := range decision.Reasons {
		rules = append(rules, r.Rule)
	}
	report(Step{Step: "vc-verify", OK: true, Detail: fmt.Sprintf("platform B verified it (%d checks) and admitted the user under its policy (%s)", len(check.Checks), strings.Join(rules, ", ")), Ms: ms(t)})
	return nil
}
