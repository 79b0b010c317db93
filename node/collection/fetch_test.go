package collection_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/collection"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/ipfs"
)

// inspect reads an OpenZeppelin ERC721URIStorage token of the world.
func inspectOZ(t *testing.T, w *world, id *big.Int) *collection.Token {
	t.Helper()
	tok, err := collection.Inspect(context.Background(), w.chain, w.oz721, id, collection.ERC721, collection.WithoutProvenance())
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestFetchMetadataFromDataURIs(t *testing.T) {
	t.Parallel()
	w := setup(t)
	hammer := fixture(t, "oz-erc721-thors-hammer.json")
	for _, tc := range []struct {
		name   string
		id     *big.Int
		prefix string
	}{
		{"base64", ozDataBase64, "data:application/json;base64,ewog"},
		{"percent-encoded", ozDataPercent, "data:application/json;charset=utf-8,%7B"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tok := inspectOZ(t, w, tc.id)
			if !strings.HasPrefix(tok.URI, tc.prefix) {
				t.Fatalf("token URI %.60s…, want %s…", tok.URI, tc.prefix)
			}
			m, err := tok.FetchMetadata(context.Background(), collection.Fetchers{})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(m.Raw, hammer) || m.SHA256 != sha256.Sum256(hammer) || m.URI != tok.URI {
				t.Fatalf("metadata %s is not the fixture's bytes", m)
			}
			if m.Name != "Thor's hammer" || m.Description != "Mjölnir, the legendary hammer of the Norse god of thunder." || string(m.Extra["strength"]) != "20" {
				t.Fatalf("metadata %+v: name, description or the unknown strength member lost", m)
			}
		})
	}
}

func TestFetchMetadataThroughIPFS(t *testing.T) {
	t.Parallel()
	w := setup(t)
	ctx := context.Background()
	f := collection.Fetchers{IPFS: storeFetcher(w.store)}

	// ipfs://DIR/1.json, as collections minted from a folder name theirs.
	tok := inspectOZ(t, w, ozIPFSDir)
	m, err := tok.FetchMetadata(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	traits := fixture(t, "traits.json")
	if !bytes.Equal(m.Raw, traits) || m.Name != "Harbour Skiff #7" || len(m.Attributes) != 7 {
		t.Fatalf("metadata %s: want traits.json", m)
	}
	// The CID is the one the node's store gives the bytes when it pins
	// them as node/asset pins content.
	added, err := w.store.AddReader(ctx, bytes.NewReader(traits), ipfs.AddOptions{CIDVersion: 1, Chunker: "size-1048576", OnlyHash: true})
	if err != nil {
		t.Fatal(err)
	}
	if m.CID != added.CID.String() {
		t.Fatalf("metadata CID %s, the store's %s", m.CID, added.CID)
	}

	// ipfs://ipfs/CID, as early collections wrote it.
	if m, err = inspectOZ(t, w, ozIPFSLegacy).FetchMetadata(ctx, f); err != nil {
		t.Fatal(err)
	}
	if m.CID != w.ownMetaCID.String() || m.Name != "Mjölnir" {
		t.Fatalf("metadata %s, want Mjölnir at %s", m, w.ownMetaCID)
	}

	// A raw CID is checked against the bytes, whatever the fetcher did.
	liar := collection.Fetchers{IPFS: func(context.Context, cid.Cid, string, int64) ([]byte, error) {
		return []byte(`{"name":"not Mjölnir"}`), nil
	}}
	_, err = collection.FetchMetadata(ctx, "ipfs://"+w.ownMetaCID.String(), liar)
	wantErr(t, err, collection.ErrFetch, "hash to")

	_, err = collection.FetchMetadata(ctx, "ipfs://"+w.ownMetaCID.String(), collection.Fetchers{})
	wantErr(t, err, collection.ErrUnsupportedScheme, "no IPFS fetcher")

	// A fetcher that ignores max is caught.
	greedy := collection.Fetchers{MaxBytes: 10, IPFS: func(context.Context, cid.Cid, string, int64) ([]byte, error) {
		return traits, nil
	}}
	_, err = collection.FetchMetadata(ctx, "ipfs://"+w.dirCID.String()+"/1.json", greedy)
	wantErr(t, err, collection.ErrTooLarge, "more than 10 bytes")
}

func TestFetchMetadataOverHTTPS(t *testing.T) {
	t.Parallel()
	w := setup(t)
	ctx := context.Background()
	tok := inspectOZ(t, w, ozHTTPS)
	m, err := tok.FetchMetadata(ctx, collection.Fetchers{HTTP: w.httpsOK})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Raw, fixture(t, "oz-erc721-thors-hammer.json")) {
		t.Fatalf("metadata %s is not the fixture", m)
	}
	// The node's egress client as it ships refuses loopback: the host is a
	// stranger's choice.
	guarded := trusting(egress.New(egress.Config{}).Client(egress.Limits{}), w.https)
	_, err = tok.FetchMetadata(ctx, collection.Fetchers{HTTP: guarded})
	wantErr(t, err, egress.ErrForbidden, "127.0.0.1")
	_, err = tok.FetchMetadata(ctx, collection.Fetchers{})
	wantErr(t, err, collection.ErrUnsupportedScheme, "no HTTP client")
}

func TestFetchMetadataOverHTTPSRefuses(t *testing.T) {
	t.Parallel()
	w := setup(t)
	base := w.https.URL
	plain := "http://" + strings.TrimPrefix(base, "https://")
	tests := []struct {
		name     string
		uri      string
		f        collection.Fetchers
		err      error
		contains string
	}{
		{"a body declared too big", base + "/big.json", collection.Fetchers{}, collection.ErrTooLarge, "declares 307200 bytes"},
		{"a body too big, undeclared", base + "/big-chunked.json", collection.Fetchers{}, collection.ErrTooLarge, "sent more than 262144"},
		{"a body over the caller's bound", base + "/hammer.json", collection.Fetchers{MaxBytes: 64}, collection.ErrTooLarge, "more than 64"},
		{"a redirect to file://", base + "/to-file", collection.Fetchers{}, collection.ErrFetch, "to file:// refused"},
		{"a redirect from https to http", base + "/to-http", collection.Fetchers{AllowHTTP: true}, collection.ErrFetch, "to http:// refused"},
		{"a missing file", base + "/nothing.json", collection.Fetchers{}, collection.ErrFetch, "404"},
		{"http without leave", plain + "/hammer.json", collection.Fetchers{}, collection.ErrUnsupportedScheme, "ask for https://"},
		{"credentials in the URL", strings.Replace(base, "https://", "https://user:secret@", 1) + "/hammer.json", collection.Fetchers{}, collection.ErrBadURI, "credentials"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if tc.f.HTTP == nil {
				tc.f.HTTP = w.httpsOK
			}
			_, err := collection.FetchMetadata(context.Background(), tc.uri, tc.f)
			wantErr(t, err, tc.err, tc.contains)
			if strings.Contains(err.Error(), "secret") {
				t.Fatalf("error %q shows the URL's password", err)
			}
		})
	}

	// A redirect within https is followed.
	if _, err := collection.FetchMetadata(context.Background(), base+"/moved", collection.Fetchers{HTTP: w.httpsOK}); err != nil {
		t.Fatal(err)
	}
}

func TestFetchMetadataIsTimeBoundByItsContext(t *testing.T) {
	t.Parallel()
	w := setup(t)
	// /hang.json never answers: the context's deadline ends the wait.
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := collection.FetchMetadata(ctx, w.https.URL+"/hang.json", collection.Fetchers{HTTP: w.httpsOK})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error %v, want the context's deadline", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("took %s", took)
	}
}

func TestFetchMetadataRefusesSchemes(t *testing.T) {
	t.Parallel()
	f := collection.Fetchers{
		IPFS: func(context.Context, cid.Cid, string, int64) ([]byte, error) { return nil, errors.New("not called") },
		HTTP: http.DefaultClient, AllowHTTP: true,
	}
	tests := []struct {
		name, uri string
		err       error
		contains  string
	}{
		{"Arweave", "ar://bNbA3TEQVL60xlgCcqdz4ZPHFZ711cZ3hmkpGttDt_U", collection.ErrUnsupportedScheme, "Arweave"},
		{"a local file", "file:///etc/passwd", collection.ErrUnsupportedScheme, "minter's own machine"},
		{"script", "javascript:alert(1)", collection.ErrUnsupportedScheme, "code, not metadata"},
		{"another scheme", "ftp://example.com/1.json", collection.ErrUnsupportedScheme, "ftp: URIs are not one of"},
		{"a relative path", "metadata/1.json", collection.ErrBadURI, "relative"},
		{"a scheme-relative URL", "//example.com/1.json", collection.ErrBadURI, "relative"},
		{"nothing", "", collection.ErrBadURI, "relative"},
		{"a scheme that is not one", "1http://example.com", collection.ErrBadURI, "not a URI scheme"},
		{"an ipfs URI with a query", "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku?x=1", collection.ErrBadURI, "query"},
		{"an ipfs URI without a CID", "ipfs://metadata/1.json", collection.ErrBadURI, "not a CID"},
		{"an ipfs path climbing up", "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku/../x", collection.ErrBadURI, ".."},
		{"a data: image", "data:image/png;base64,iVBORw0KGgo=", collection.ErrBadMetadata, "image/png"},
		{"a data: URI in Latin-1", "data:application/json;charset=iso-8859-1,{}", collection.ErrBadMetadata, "iso-8859-1"},
		{"a malformed data: URI", "data:application/json;base64", collection.ErrBadDataURI, "no comma"},
		{"a data: URI that is not JSON", "data:,hello", collection.ErrBadMetadata, "invalid character"},
		{"a link too long", "https://example.com/" + strings.Repeat("a", 9000), collection.ErrBadURI, "for a link"},
		{"a data: URI too long", "data:," + strings.Repeat("a", collection.MaxURIBytes), collection.ErrBadURI, "more than"},
		{"a data: URI over the bound", "data:;base64," + strings.Repeat("QUFB", 90_000), collection.ErrTooLarge, "once decoded"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := collection.FetchMetadata(context.Background(), tc.uri, f)
			wantErr(t, err, tc.err, tc.contains)
		})
	}
}
