package testnet

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/home"
)

// platformJS is the outside platform back end (testnet/platform-js), with
// its npm packages installed by `make test`.
func platformJS(t *testing.T) (node, dir string) {
	t.Helper()
	dir, _ = filepath.Abs("platform-js")
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(dir, "node_modules", "@apidevtools", "swagger-parser", "package.json"))
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI needs Node.js and testnet/platform-js's packages (run `make platform-js-deps`): %v", err)
		}
		t.Skipf("no Node.js or testnet/platform-js packages here (run `make platform-js-deps`): %v", err)
	}
	return node, dir
}

// A platform back end that is not ours, written in JavaScript from the
// node's /openapi.json alone, drives platform A over RI: it mints an asset
// (multipart upload), lists and shows it, transfers it to a user on B
// (FGMV-43 9.2), learns the outcome from A's signed webhooks, and verifies a
// credential under an admission policy. Nothing of it goes through the CLI.
func TestOutsidePlatformDrivesTheNodeOverRI(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and three node processes")
	}
	node, dir := platformJS(t)
	n, _, keyB := transferNet(t)
	// A's operator points the node's webhooks at the platform's back end.
	hookPort := freePort(t)
	a := n.nodes["a"]
	h, err := home.Open(a.home)
	if err != nil {
		t.Fatal(err)
	}
	h.Config.Node.WebhookURL = fmt.Sprintf("http://127.0.0.1:%d/mifm/events", hookPort)
	if err := h.Save(); err != nil {
		t.Fatal(err)
	}
	secret, err := h.WebhookSecret()
	if err != nil {
		t.Fatal(err)
	}
	token, err := h.RIToken()
	if err != nil {
		t.Fatal(err)
	}
	_ = a.cmd.Process.Signal(os.Interrupt)
	<-a.done
	n.start("a", "")
	info, err := daemon.ReadInfo(h)
	if err != nil {
		t.Fatal(err)
	}

	// The document the client is made from passes a validator that is not
	// ours (swagger-parser: schema, references, operation ids, parameters).
	if out, err := exec.Command(node, filepath.Join(dir, "validate.mjs"), info.RI+"/openapi.json").CombinedOutput(); err != nil || !strings.HasPrefix(string(out), "valid: ") {
		t.Fatalf("swagger-parser on %s/openapi.json: %v\n%s", info.RI, err, out)
	}

	cmd := exec.Command(node, filepath.Join(dir, "platform.mjs"))
	cmd.Env = append(os.Environ(),
		"MIFM_RI="+info.RI, "MIFM_RI_TOKEN="+token,
		fmt.Sprintf("MIFM_WEBHOOK_PORT=%d", hookPort), "MIFM_WEBHOOK_SECRET="+secret,
		"MIFM_TO_PLATFORM="+n.did("b"), "MIFM_TO="+keyB,
	)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	done := make(chan struct{})
	var out []byte
	go func() { out, err = cmd.Output(); close(done) }()
	select {
	case <-done:
	case <-time.After(3 * time.Minute):
		_ = cmd.Process.Kill()
		<-done
	}
	if err != nil {
		t.Fatalf("platform.mjs: %v\n%s\n%s", err, out, stderr.String())
	}
	var res struct {
		Operations int    `json:"operations"`
		Asset      string `json:"asset"`
		Metadata   string `json:"metadataCID"`
		Listed     bool   `json:"listed"`
		Verified   bool   `json:"verified"`
		Transfer   string `json:"transfer"`
		State      string `json:"state"`
		Delivered  string `json:"delivered"`
		Verdict    struct {
			Accepted bool `json:"accepted"`
		} `json:"verdict"`
		Refusal struct {
			Allowed bool     `json:"allowed"`
			Rules   []string `json:"rules"`
		} `json:"refusal"`
		Refused  []string `json:"refused"`
		Received []struct {
			ID, Type, Subject string
		} `json:"events"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("platform.mjs printed %s: %v", out, err)
	}
	t.Logf("%s", out)
	if res.Operations < 40 || !strings.HasPrefix(res.Asset, "eip155:") || !strings.HasPrefix(res.Metadata, "baf") || !res.Listed || !res.Verified {
		t.Fatalf("mint, list, show over RI: %+v", res)
	}
	if res.State != "delivered" || res.Delivered == "" {
		t.Fatalf("transfer over RI: %+v", res)
	}
	if !res.Verdict.Accepted || res.Refusal.Allowed || len(res.Refusal.Rules) != 1 || res.Refusal.Rules[0] != "MembershipCredential" {
		t.Fatalf("credential verdicts over RI: %s", out)
	}
	if len(res.Refused) != 0 {
		t.Fatalf("the back end refused deliveries whose signature did not verify: %v", res.Refused)
	}
	// The transfer's events arrived once each, in the documented order.
	var types []string
	seen := map[string]bool{}
	for _, e := range res.Received {
		if seen[e.ID] {
			t.Fatalf("event %s delivered twice to the receiver's list", e.ID)
		}
		seen[e.ID] = true
		if e.Subject == res.Transfer {
			types = append(types, e.Type)
		}
	}
	if want := "transfer.requested transfer.locked transfer.offered transfer.accepted transfer.delivered"; strings.Join(types, " ") != want {
		t.Fatalf("A's webhooks for the transfer: %v, want %s", types, want)
	}
}
