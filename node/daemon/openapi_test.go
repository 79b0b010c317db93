package daemon

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// platformJS is the outside platform client (testnet/platform-js), with its
// npm packages installed by `make test`.
func platformJS(t *testing.T) (node, dir string) {
	t.Helper()
	dir, _ = filepath.Abs("../../testnet/platform-js")
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

// The OpenAPI document the node serves passes a validator that is not
// ours (swagger-parser: schema, references, operation ids, parameters).
func TestOpenAPIPassesSwaggerParser(t *testing.T) {
	node, dir := platformJS(t)
	a := startNode(t, "", false)
	resp, err := http.Get(a.RE + "/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	file := filepath.Join(t.TempDir(), "openapi.json")
	if err := os.WriteFile(file, doc, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, filepath.Join(dir, "validate.mjs"), file).CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "valid: ") {
		t.Fatalf("swagger-parser: %v\n%s", err, out)
	}
	t.Log(strings.TrimSpace(string(out)))
}
