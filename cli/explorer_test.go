package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The auditor's commands say what is wrong with their input and how to
// fix it, before they dial anything.
func TestExplorerAndReportRefuseBadInput(t *testing.T) {
	dir := t.TempDir()
	suite := filepath.Join(dir, "suite.json")
	os.WriteFile(suite, []byte(`{"Asset721": "0x0000000000000000000000000000000000000001"}`), 0o600)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"Asset721": "nope"}`), 0o600)
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"explorer"}, "no chain to read: give --rpc URL --suite FILE"},
		{[]string{"explorer", "--rpc", "http://127.0.0.1:1"}, "give one --suite FILE for each --rpc URL"},
		{[]string{"explorer", "--rpc", "ftp://x", "--suite", suite}, "--rpc"},
		{[]string{"explorer", "--rpc", "http://127.0.0.1:1", "--suite", bad}, `Asset721 is "nope", not an address`},
		{[]string{"explorer", "--rpc", "http://127.0.0.1:1", "--suite", filepath.Join(dir, "missing.json")}, "--suite"},
		{[]string{"explorer", "--listen", "0.0.0.0:8546", "--rpc", "http://127.0.0.1:1", "--suite", suite}, "loopback only"},
		{[]string{"explorer", "--listen", "nonsense", "--rpc", "http://127.0.0.1:1", "--suite", suite}, "want HOST:PORT"},
		{[]string{"explorer", "--node", "mifm.example", "--rpc", "http://127.0.0.1:1", "--suite", suite}, "want a node's RE base URL"},
		{[]string{"explorer", "--interval", "1ms", "--rpc", "http://127.0.0.1:1", "--suite", suite}, "at least 100ms"},
		{[]string{"audit", "report"}, "report takes one target"},
		{[]string{"audit", "report", "--from", "tuesday", "did:key:z6Mk"}, "--from"},
		{[]string{"audit", "report", "--to", "soon", "did:key:z6Mk"}, "--to"},
		{[]string{"audit", "report", "--format", "docx", "did:key:z6Mk"}, `--format "docx": html, json or pdf`},
		{[]string{"audit", "report", "--format", "pdf", "did:key:z6Mk"}, "a PDF report goes to a file: give -o FILE.pdf"},
		{[]string{"explorer", "--node", "did:web:a.example=ftp://x", "--rpc", "http://127.0.0.1:1", "--suite", suite}, "want a node's RE base URL"},
		{[]string{"audit", "report", "did:key:z6Mk"}, "no chain to read"},
		{[]string{"anchor", "verify", "--chain", "http://127.0.0.1:1", suite}, "neither a proof file"},
	} {
		code, _, errs := run(t, c.args...)
		if code == 0 || !strings.Contains(errs, c.says) {
			t.Errorf("mifm %s: exit %d, %q; want it to say %q", strings.Join(c.args, " "), code, errs, c.says)
		}
	}
}
