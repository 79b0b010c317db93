package collection_test

import (
	"errors"
	"testing"

	"github.com/mifm/mifm/node/collection"
)

func TestParseDataURI(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, uri string
		mediaType string
		params    map[string]string
		base64    bool
		data      string
	}{
		{"base64 JSON", `data:application/json;base64,eyJuYW1lIjoieCJ9`, "application/json", nil, true, `{"name":"x"}`},
		{"base64 without padding", `data:application/json;base64,eyJhIjoxfQ`, "application/json", nil, true, `{"a":1}`},
		{"percent-encoded", `data:application/json,%7B%22name%22%3A%22%C3%B6%22%7D`, "application/json", nil, false, `{"name":"ö"}`},
		{"raw JSON, as many contracts write it", `data:application/json;utf8,{"name":"a, b"}`, "application/json", map[string]string{"charset": "utf-8"}, false, `{"name":"a, b"}`},
		{"RFC 2397's default type", `data:,A%20brief%20note`, "", nil, false, "A brief note"},
		{"parameters without a type", `data:;charset=UTF-8;base64,aGk=`, "", map[string]string{"charset": "UTF-8"}, true, "hi"},
		{"case-insensitive scheme and type", `DATA:Application/JSON;BASE64,e30=`, "application/json", nil, true, "{}"},
		{"empty data", `data:text/plain,`, "text/plain", nil, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d, err := collection.ParseDataURI(tc.uri, 1<<10)
			if err != nil {
				t.Fatal(err)
			}
			if d.MediaType != tc.mediaType || d.Base64 != tc.base64 || string(d.Data) != tc.data {
				t.Fatalf("got %q, base64 %v, %q; want %q, %v, %q", d.MediaType, d.Base64, d.Data, tc.mediaType, tc.base64, tc.data)
			}
			for k, v := range tc.params {
				if d.Params[k] != v {
					t.Fatalf("param %s = %q, want %q", k, d.Params[k], v)
				}
			}
		})
	}
}

func TestParseDataURIRefuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, uri string
		max       int64
		err       error
		contains  string
	}{
		{"another scheme", "https://x/,y", 100, collection.ErrBadDataURI, `does not start with "data:"`},
		{"no comma", "data:application/json", 100, collection.ErrBadDataURI, "no comma"},
		{"a type without subtype", "data:application,{}", 100, collection.ErrBadDataURI, "type/subtype"},
		{"a parameter without value", "data:text/plain;foo,x", 100, collection.ErrBadDataURI, "attribute=value"},
		{"a parameter twice", "data:text/plain;charset=a;charset=b,x", 100, collection.ErrBadDataURI, "twice"},
		{"a lone percent", "data:,100%", 100, collection.ErrBadDataURI, "%XX"},
		{"a percent and one digit", "data:,%4", 100, collection.ErrBadDataURI, "%XX"},
		{"a percent and non-hex", "data:,%zz", 100, collection.ErrBadDataURI, "%XX"},
		{"whitespace in base64", "data:;base64,aGVs bG8=", 100, collection.ErrBadDataURI, "whitespace"},
		{"a line break in base64", "data:;base64,aGVs\nbG8=", 100, collection.ErrBadDataURI, "whitespace"},
		{"the URL-safe alphabet", "data:;base64,-_-_", 100, collection.ErrBadDataURI, "base64"},
		{"bits after the last byte", "data:;base64,QR==", 100, collection.ErrBadDataURI, "base64"},
		{"data over max", "data:,hello", 4, collection.ErrTooLarge, "more than 4"},
		{"base64 over max, before decoding", "data:;base64,aGVsbG8=", 4, collection.ErrTooLarge, "once decoded"},
		{"escapes over max, before decoding", "data:,%41%41%41%41%41%41", 1, collection.ErrTooLarge, "once decoded"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := collection.ParseDataURI(tc.uri, tc.max)
			wantErr(t, err, tc.err, tc.contains)
		})
	}
}

func TestParseIPFSURI(t *testing.T) {
	t.Parallel()
	const raw = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	const v0 = "QmWS1VAdMD353A6SDk9wNyvkT14kyCiZrNDYAad4w1tKqT"
	tests := []struct {
		name, uri string
		cid, path string
		canonical string
	}{
		{"a CID", "ipfs://" + raw, raw, "", "ipfs://" + raw},
		{"a CIDv0 keeps its case", "ipfs://" + v0 + "/en.json", v0, "en.json", "ipfs://" + v0 + "/en.json"},
		{"the ipfs://ipfs/ form", "ipfs://ipfs/" + v0 + "/a/b.json", v0, "a/b.json", "ipfs://" + v0 + "/a/b.json"},
		{"a trailing slash", "ipfs://" + raw + "/", raw, "", "ipfs://" + raw},
		{"an escaped name", "ipfs://" + v0 + "/my%20item.json", v0, "my item.json", "ipfs://" + v0 + "/my%20item.json"},
		{"a fragment is dropped", "ipfs://" + v0 + "/1.json#x", v0, "1.json", "ipfs://" + v0 + "/1.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p, err := collection.ParseIPFSURI(tc.uri)
			if err != nil {
				t.Fatal(err)
			}
			if p.CID.String() != tc.cid || p.Path != tc.path || p.String() != tc.canonical {
				t.Fatalf("got %s %q %s, want %s %q %s", p.CID, p.Path, p, tc.cid, tc.path, tc.canonical)
			}
		})
	}
	for _, bad := range []string{
		"ipfs://", "ipfs://ipfs/", "ipfs://notacid", "ipfs://" + raw + "//x", "ipfs://" + raw + "/./x",
		"ipfs://" + raw + "/a%2Fb", "ipfs://" + raw + "/a%00", "ipfs://" + raw + "/%zz", "ipfs://user@" + raw,
		"ipfs://" + raw + ":8080", "ipfs://" + raw + "?", "ipfs:" + raw, "https://" + raw,
	} {
		if _, err := collection.ParseIPFSURI(bad); err == nil {
			t.Errorf("%q parsed", bad)
		} else if errors.Is(err, collection.ErrBadDataURI) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}
