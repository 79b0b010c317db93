package collection_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/mifm/mifm/node/collection"
)

// Seeds beyond testdata/fuzz: the fixtures, as the chain would carry them.
func addFixtures(f *testing.F, wrap func([]byte) []byte) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(wrap(data))
	}
}

func FuzzParseDataURI(f *testing.F) {
	addFixtures(f, func(b []byte) []byte {
		return []byte("data:application/json;base64," + base64.StdEncoding.EncodeToString(b))
	})
	f.Fuzz(func(t *testing.T, uri []byte) {
		const max = 4 << 10
		d, err := collection.ParseDataURI(string(uri), max)
		if err != nil {
			return
		}
		if len(d.Data) > max {
			t.Fatalf("%d bytes decoded, max %d", len(d.Data), max)
		}
		// The data survives re-encoding either way.
		again, err := collection.ParseDataURI("data:application/octet-stream;base64,"+base64.StdEncoding.EncodeToString(d.Data), max)
		if err != nil || !bytes.Equal(again.Data, d.Data) {
			t.Fatalf("base64 round trip of %q: %v", d.Data, err)
		}
		if d.Base64 && len(d.Data) > 0 && bytes.ContainsAny(uri[bytes.IndexByte(uri, ',')+1:], " \t\r\n") {
			t.Fatalf("base64 with whitespace accepted: %q", uri)
		}
	})
}

func FuzzParseMetadata(f *testing.F) {
	addFixtures(f, func(b []byte) []byte { return b })
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := collection.ParseMetadata(data)
		if err != nil {
			return
		}
		if !utf8.Valid(data) || !json.Valid(data) || bytes.TrimSpace(data)[0] != '{' {
			t.Fatalf("accepted what is not a UTF-8 JSON object: %q", data)
		}
		if len(m.Name) > collection.MaxNameBytes || len(m.Description) > collection.MaxDescriptionBytes || len(m.Attributes) > collection.MaxAttributes {
			t.Fatalf("accepted metadata over a bound: %q", data)
		}
		for _, a := range m.Attributes {
			if len(a.Value) > collection.MaxAttributeValueBytes || len(a.TraitType) > collection.MaxNameBytes {
				t.Fatalf("accepted an attribute over a bound: %q", data)
			}
		}
		for _, media := range m.Media {
			switch media.Scheme {
			case "ipfs", "https", "http", "data", "ar":
			default:
				t.Fatalf("accepted media of scheme %q", media.Scheme)
			}
		}
		again, err := collection.ParseMetadata(m.Raw)
		if err != nil || again.CID != m.CID || again.Name != m.Name || len(again.Attributes) != len(m.Attributes) {
			t.Fatalf("parsing again differs: %v", err)
		}
	})
}

func FuzzParseIPFSURI(f *testing.F) {
	for _, s := range []string{
		"ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
		"ipfs://ipfs/QmWS1VAdMD353A6SDk9wNyvkT14kyCiZrNDYAad4w1tKqT/en.json",
		"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/a%20b/c.json#x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, uri string) {
		p, err := collection.ParseIPFSURI(uri)
		if err != nil {
			return
		}
		again, err := collection.ParseIPFSURI(p.String())
		if err != nil || !again.CID.Equals(p.CID) || again.Path != p.Path {
			t.Fatalf("%q → %s → %+v, %v", uri, p, again, err)
		}
	})
}

func FuzzParsePolicy(f *testing.F) {
	f.Add([]byte(`{"version":1}`))
	f.Add([]byte(`{"version":1,"allow":[{"chain":"eip155:1","contract":"0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D","codeHash":"0x1e2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708"}],"anyWithMetadata":true,"metadataSchemes":["ipfs"],"maxMetadataBytes":1000}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := collection.ParsePolicy(data)
		if err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("parsed but invalid: %v", err)
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := collection.ParsePolicy(out); err != nil {
			t.Fatalf("%s does not parse again: %v", out, err)
		}
	})
}
