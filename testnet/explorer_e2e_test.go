package testnet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/cli"
	"github.com/mifm/mifm/demo"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/explorer"
	"github.com/mifm/mifm/testnet/explorerjs"
)

// exploreDemo runs the demo and, while its chains and nodes still serve,
// opens an auditor's explorer on what the demo left and hands it to fn with
// the scene and the explorer's loopback URL.
func exploreDemo(t *testing.T, fn func(ctx context.Context, s demo.Scene, x *explorer.Explorer, base string)) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the whole demo")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	ran := false
	_, err := demo.Demo(ctx, demo.DemoOptions{Explore: func(ctx context.Context, s demo.Scene) error {
		x, closeX, err := s.OpenExplorer(ctx, t.TempDir())
		if err != nil {
			return err
		}
		defer closeX()
		if _, err := x.Sync(ctx); err != nil {
			return err
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		srv := &http.Server{Handler: (&explorer.Server{X: x}).Handler(), ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()
		fn(ctx, s, x, "http://"+ln.Addr().String())
		ran = true
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !ran {
		t.Fatal("the demo never reached its explore step")
	}
}

func kindsOf(items []explorer.Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Kind
	}
	return out
}

// TestExplorerOnTheDemosWorld is the auditor with chain endpoints,
// gateways and nodes' public URLs only, on the world the demo leaves: what
// the explorer reads (Go), then what a person sees in Chromium.
func TestExplorerOnTheDemosWorld(t *testing.T) {
	exploreDemo(t, func(ctx context.Context, s demo.Scene, x *explorer.Explorer, base string) {
		t.Run("reads", func(t *testing.T) { explorerReads(ctx, t, s, x) })
		t.Run("browser", func(t *testing.T) {
			explorerjs.Require(t) // skips without Chromium, but not in CI
			explorerInTheBrowser(ctx, t, s, x, base)
		})
		t.Run("cli", func(t *testing.T) { auditReportFromTheCommandLine(ctx, t, s) })
	})
}

// explorerReads: the sword's life in order with its metadata checked, the
// lantern's trip to chain Y and back, the anchored identity's proof, a
// node's published audit log, and a report that verifies offline.
func explorerReads(ctx context.Context, t *testing.T, s demo.Scene, x *explorer.Explorer) {
	{
		sword, err := x.Timeline(ctx, s.Sword)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(kindsOf(sword.Events), " ")
		if !strings.HasPrefix(got, "minted tokenized locked released") {
			t.Errorf("the sword's life reads %q, want it to start minted, tokenized, locked, released", got)
		}
		if sword.Shown == nil || !sword.Shown.Verified || sword.Shown.Metadata.Name != "Sword" {
			t.Errorf("the sword's metadata was not fetched and checked: %+v %s", sword.Shown, sword.ShowError)
		}
		for i := 1; i < len(sword.Events); i++ {
			if sword.Events[i].Time < sword.Events[i-1].Time {
				t.Errorf("event %d is older than event %d", i, i-1)
			}
		}

		lantern, err := x.Timeline(ctx, s.Lantern)
		if err != nil {
			t.Fatal(err)
		}
		got = strings.Join(kindsOf(lantern.Events), " ")
		for _, want := range []string{"minted", "sent", "delivered", "wrapped", "burned"} {
			if !strings.Contains(got, want) {
				t.Errorf("the lantern's life %q lacks %s", got, want)
			}
		}
		chains := map[uint64]bool{}
		for _, it := range lantern.Events {
			chains[it.Chain] = true
		}
		if len(chains) != 2 {
			t.Errorf("the lantern's life spans %d chains, want 2", len(chains))
		}

		if len(s.Subjects) == 0 {
			t.Fatal("the demo anchored no subject")
		}
		versions, err := x.Versions(s.Subjects[0])
		if err != nil || len(versions) == 0 {
			t.Fatalf("no anchored version of %s: %v", s.Subjects[0], err)
		}
		p, err := x.Proof(ctx, versions[0].CID)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := json.Marshal(p)
		if res := x.VerifyProof(ctx, raw); !res.OK {
			t.Errorf("the explorer's own proof does not verify: %s", res.Reason)
		}
		p.Path[0][0] ^= 1
		raw, _ = json.Marshal(p)
		if res := x.VerifyProof(ctx, raw); res.OK || !strings.Contains(res.Reason, "path") {
			t.Errorf("a tampered proof was not refused at its path: %+v", res)
		}

		rep, err := x.Report(ctx, explorer.ReportRequest{Target: s.Subjects[0][strings.Index(s.Subjects[0], ":")+1:]})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Versions) == 0 {
			t.Fatalf("the report of %s carries no anchored version", rep.Target)
		}
		var html bytes.Buffer
		if err := x.WriteHTML(&html, rep); err != nil {
			t.Fatal(err)
		}
		proofs, err := explorer.ReadReportProofs(&html)
		if err != nil || len(proofs) != len(rep.Versions) {
			t.Fatalf("the HTML report carries %d proofs (%v), want %d", len(proofs), err, len(rep.Versions))
		}
		for _, p := range proofs {
			raw, _ := json.Marshal(p)
			if res := x.VerifyProof(ctx, raw); !res.OK {
				t.Errorf("a report's proof of %s does not verify: %s", p.Subject, res.Reason)
			}
			if _, err := anchor.Decode([]byte(p.Document)); err != nil {
				t.Errorf("a report's proof carries no document: %v", err)
			}
		}

		a, err := x.AuditLog(ctx, demo.PlatformA)
		if err != nil {
			t.Fatal(err)
		}
		if v := a.Verification; !v.OK || v.Checkpointed == 0 || v.ContentChecked != v.Entries {
			t.Errorf("A's published audit log: %+v", v)
		}
	}
}

// mifmCLI runs the command line in process, as the binary would.
func mifmCLI(ctx context.Context, dir string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := cli.Main(ctx, append([]string{"mifm"}, args...), cli.Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Dir: dir})
	return code, out.String(), errb.String()
}

// auditReportFromTheCommandLine is the auditor's command line with no
// home: a report of platform A written from the chains, gateways and
// nodes, checked by anchor verify from the chain alone; a tampered copy
// refused.
func auditReportFromTheCommandLine(ctx context.Context, t *testing.T, s demo.Scene) {
	dir := t.TempDir()
	args := []string{"audit", "report", "--cache", filepath.Join(dir, "cache")}
	for i, c := range s.Chains {
		f := filepath.Join(dir, fmt.Sprintf("suite-%d.json", i))
		b, _ := json.Marshal(c.Suite)
		if err := os.WriteFile(f, b, 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--rpc", c.RPC, "--suite", f)
	}
	for _, g := range s.Gateways {
		args = append(args, "--gateway", g)
	}
	// A did:web platform on loopback: its node is paired with its DID.
	node := demo.PlatformA + "=" + s.Nodes[demo.PlatformA]
	args = append(args, "--node", node, "-o", "a.html", demo.PlatformA)
	code, _, errs := mifmCLI(ctx, dir, args...)
	if code != 0 || !strings.Contains(errs, "anchored versions with proofs") {
		t.Fatalf("audit report: exit %d: %s", code, errs)
	}
	code, out, errs := mifmCLI(ctx, dir, "anchor", "verify", "--chain", s.Chains[0].RPC, "--node", node, "a.html")
	if code != 0 || !strings.Contains(out, "proofs in the report verify") || strings.Contains(out, "✗") {
		t.Fatalf("anchor verify of the report: exit %d: %s%s", code, out, errs)
	}
	html, err := os.ReadFile(filepath.Join(dir, "a.html"))
	if err != nil {
		t.Fatal(err)
	}
	// One hash of the first proof's path changed.
	i := bytes.Index(html, []byte(`"proof":["0x`))
	if i < 0 {
		t.Fatal("the report carries no proof path")
	}
	j := i + len(`"proof":["0x`)
	if html[j] == '0' {
		html[j] = '1'
	} else {
		html[j] = '0'
	}
	if err := os.WriteFile(filepath.Join(dir, "tampered.html"), html, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, _ = mifmCLI(ctx, dir, "anchor", "verify", "--chain", s.Chains[0].RPC, "--node", node, "tampered.html")
	if code != 1 || !strings.Contains(out, "the path check failed") {
		t.Errorf("a tampered report: exit %d: %s", code, out)
	}
	// The JSON export carries the same proofs.
	args[len(args)-2] = "a.json"
	if code, _, errs := mifmCLI(ctx, dir, args...); code != 0 {
		t.Fatalf("audit report -o a.json: exit %d: %s", code, errs)
	}
	if code, out, errs := mifmCLI(ctx, dir, "anchor", "verify", "--chain", s.Chains[0].RPC, "--node", node, "a.json"); code != 0 {
		t.Errorf("anchor verify of the JSON export: exit %d: %s%s", code, out, errs)
	}
	// The same report printed to PDF by headless Chromium.
	explorerjs.Require(t)
	args[len(args)-2] = "a.pdf"
	if code, _, errs := mifmCLI(ctx, dir, args...); code != 0 {
		t.Fatalf("audit report -o a.pdf: exit %d: %s", code, errs)
	}
	if pdf, err := os.ReadFile(filepath.Join(dir, "a.pdf")); err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) || len(pdf) < 10000 {
		t.Errorf("a.pdf is not a PDF of the report (%d bytes, %v)", len(pdf), err)
	}
}
