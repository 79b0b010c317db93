// Package testnet runs mifm's end-to-end scenarios on one machine: today the
// demo that `mifm demo` prints, growing step by step into the cross-platform
// flows of FGMV-43 clause 9.
package testnet

import (
	"bytes"
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
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/ipfs"
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
}

// Demo platforms: their DIDs are what the registry keys them by.
const (
	PlatformA = "did:web:platform-a.example"
	PlatformB = "did:web:platform-b.example"
)

// DemoResult says where the demo's homes are.
type DemoResult struct {
	Homes map[string]string
	Kept  bool
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
	res = &DemoResult{Homes: map[string]string{}, Kept: opts.KeepDir != ""}
	fail := func(step string, t time.Time, e error) (*DemoResult, error) {
		report(Step{Step: step, OK: false, Error: e.Error(), Ms: ms(t)})
		return res, fmt.Errorf("demo step %s: %w", step, e)
	}

	t := time.Now()
	dir := filepath.Join(root, "platform-a")
	cfg := home.DefaultConfig()
	cfg.Platform.DID = PlatformA
	cfg.Keystore.KDF = "light" // a throwaway home: fast unlocks matter more than scrypt cost
	h, err := home.Init(dir, home.InitOptions{Config: cfg, DevAccounts: 2})
	if errors.Is(err, home.ErrAlreadyInitialised) {
		h, err = home.Open(dir)
	}
	if err != nil {
		return fail("init", t, err)
	}
	res.Homes["platform-a"] = dir
	report(Step{Step: "init", OK: true, Detail: "home for platform A with an encrypted keystore", IDs: map[string]string{
		"home": dir, "platform": PlatformA, "platformKey": h.PlatformAddress().Hex(),
	}, Ms: ms(t)})

	t = time.Now()
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
	if err := demoContent(ctx, root, h, res, report, fail); err != nil {
		return res, err
	}
	report(Step{Step: "done", OK: true, Detail: "main job complete", Ms: ms(start)})
	return res, nil
}

// demoContent stores an asset's metadata and model in platform A's content
// store, then has platform B's node fetch them through A's trustless gateway,
// verifying every block.
func demoContent(ctx context.Context, root string, a *home.Home, res *DemoResult, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	t := time.Now()
	storeA, err := node.OpenContent(ctx, a)
	if err != nil {
		_, err = fail("content-add", t, err)
		return err
	}
	defer storeA.Close()
	model := make([]byte, 3<<20+512) // a stand-in glTF buffer, the same on every run
	for i := range model {
		model[i] = byte(i * 7 % 251)
	}
	modern := ipfs.AddOptions{CIDVersion: 1, Chunker: "size-1048576", Pin: true}
	modelAdded, err := storeA.AddReader(ctx, bytes.NewReader(model), modern)
	if err != nil {
		_, err = fail("content-add", t, err)
		return err
	}
	meta := fmt.Sprintf(`{"name":"Demo avatar","description":"an asset of %s","animation_url":"ipfs://%s"}`, PlatformA, modelAdded.CID)
	metaAdded, err := storeA.AddReader(ctx, strings.NewReader(meta), modern)
	if err != nil {
		_, err = fail("content-add", t, err)
		return err
	}
	report(Step{Step: "content-add", OK: true, Detail: "asset model and metadata in platform A's IPFS store (CIDv1, Kubo's modern profile)", IDs: map[string]string{
		"model": modelAdded.CID.String(), "metadata": metaAdded.CID.String(),
	}, Ms: ms(t)})

	t = time.Now()
	dirB := filepath.Join(root, "platform-b")
	cfg := home.DefaultConfig()
	cfg.Platform.DID = PlatformB
	cfg.Keystore.KDF = "light"
	b, err := home.Init(dirB, home.InitOptions{Config: cfg})
	if errors.Is(err, home.ErrAlreadyInitialised) {
		b, err = home.Open(dirB)
	}
	if err != nil {
		_, err = fail("content-fetch", t, err)
		return err
	}
	res.Homes["platform-b"] = dirB
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
	for _, c := range []cid.Cid{metaAdded.CID, modelAdded.CID} {
		got, err := storeB.Fetch(ctx, url, c)
		if err != nil {
			_, err = fail("content-fetch", t, err)
			return err
		}
		blocks += got.Blocks
	}
	f, err := storeB.Cat(ctx, modelAdded.CID, 0, -1)
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
		"gateway": url, "home": dirB,
	}, Ms: ms(t)})
	return nil
}

// isAlreadyRegistered tells a rerun of the demo in a kept folder from a failure.
func isAlreadyRegistered(err error) bool {
	var rev *chain.RevertError
	return errors.As(err, &rev) && rev.Name == "PlatformAlreadyRegistered"
}

func ms(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }
