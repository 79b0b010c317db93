package explorer

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/node/store"
)

// Report copies each chain's endpoint URL as the auditor gave it
// (report.go:94, RPC: c.URL) into the file the auditor hands on: visible
// text ("read through <code>URL</code>"), each version's data-rpc, and the
// JSON export. Provider API keys ride in those URLs (path, query,
// user:password); chain/ scrubs them from every error for that reason.
func TestAttackReportLeaksTheAuditorsRPCCredentials(t *testing.T) {
	const secretURL = "https://auditor:pa55word@eth-mainnet.provider.example/v2/API-KEY-0123456789?key=QUERYKEY"
	rep := &Report{Type: ReportType, Target: "0x0000000000000000000000000000000000000001", Kind: "account", Generated: "2026-12-01T00:00:00Z",
		Chains: []ReportChain{{Chain: "eip155:1", RPC: secretURL, Head: 1}}}
	var html, js bytes.Buffer
	if err := (&Explorer{}).WriteHTML(&html, rep); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"HTML report": html.Bytes(), "JSON export": js.Bytes()} {
		for _, secret := range []string{"pa55word", "API-KEY-0123456789", "QUERYKEY"} {
			if bytes.Contains(b, []byte(secret)) {
				t.Errorf("the %s carries the auditor's endpoint secret %q", name, secret)
			}
		}
	}
}

// Subjects (versions.go:193) matches anchored subjects by substring. The
// /did page and a DID's report (report.go:153) list, as the DID's own,
// subjects anyone anchored (Anchor takes roots from anyone) whose name
// merely contains the DID: another did:web under the same host, a
// look-alike domain, a stranger's avatar named after the DID.
func TestAttackSubjectsOfADIDIncludeStrangersSubjects(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	e := &Explorer{db: db}
	const id = "did:web:platform-a.example"
	const c = "bagaaieraijmynl5gci2i5aeti3ioww2cnsijb33qzmch6uahg53mtl75bdha"
	b := db.NewBatch()
	for _, s := range []string{
		"identity:" + id,                           // the DID's own
		"identity:" + id + ".attacker.example",     // another domain
		"identity:" + id + ":users:mallory",        // another DID
		"avatar:did:key:z6MkStranger/" + id,        // a stranger's avatar
		"content:" + id + "-official-announcement", // a content item
	} {
		b.Put(leafKey(s, 1, c, common.Hash{}), []byte(`{}`))
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	got, err := e.Subjects(id, 100)
	if err != nil {
		t.Fatal(err)
	}
	var foreign []string
	for _, s := range got {
		if s != "identity:"+id && !strings.HasPrefix(s, "avatar:"+id+"/") && s != "audit:"+id {
			foreign = append(foreign, s)
		}
	}
	if len(foreign) > 0 {
		t.Errorf("%s's subjects include %d that are not its own: %q", id, len(foreign), foreign)
	}
}
