package did

import (
	"bytes"
	"compress/gzip"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/multiformats/go-multibase"
)

func TestStatusListBits(t *testing.T) {
	// The encodedList of the Recommendation's examples: 16 KiB of zeros.
	l, err := DecodeStatusList("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")
	if err != nil || l.Len() != StatusListBits {
		t.Fatalf("decode = %v, %v", l, err)
	}
	for _, i := range []int{0, 7, 8, 94567, StatusListBits - 1} {
		if on, _ := l.Get(i); on {
			t.Fatalf("bit %d set in an empty list", i)
		}
		l.Set(i, true)
	}
	// Bit 0 is the left-most bit of the first byte.
	if l.bits[0] != 0x81 || l.bits[1] != 0x80 {
		t.Fatalf("first bytes = %08b %08b, want 10000001 10000000", l.bits[0], l.bits[1])
	}
	back, err := DecodeStatusList(l.Encode())
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{0, 7, 8, 94567, StatusListBits - 1} {
		if on, _ := back.Get(i); !on {
			t.Fatalf("bit %d lost in the round trip", i)
		}
	}
	if on, _ := back.Get(9); on {
		t.Fatal("bit 9 appeared")
	}
	if _, err := l.Get(StatusListBits); err == nil {
		t.Fatal("read past the end")
	}

	gz := func(n int) string {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(make([]byte, n))
		zw.Close()
		s, _ := multibase.Encode(multibase.Base64url, buf.Bytes())
		return s
	}
	for name, enc := range map[string]string{
		"shorter than 16 KiB":  gz(1024),
		"a decompression bomb": gz(maxStatusListBytes + 1),
		"not base64url":        "z3u2en7",
		"not gzip":             "uAAAA",
	} {
		if _, err := DecodeStatusList(enc); err == nil {
			t.Errorf("%s decoded", name)
		}
	}
}

func TestRevocation(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	store := OpenStatusStore(filepath.Join(t.TempDir(), "lists"))
	issuer, _ := NewKeyPair(Ed25519, nil)
	other, _ := NewKeyPair(Ed25519, nil)
	holder, _ := NewKeyPair(Ed25519, nil)
	const url = "https://platform-a.example/status/1"
	// A minute ahead: credentials issued during the test are valid from
	// their issuance second, which may come after the test started.
	now := time.Now().Add(time.Minute)

	issue := func(purpose string) map[string]any {
		i, err := store.Allocate(url+"-"+purpose, issuer.DID, purpose)
		if err != nil {
			t.Fatal(err)
		}
		vc, err := e.IssueCredential(IssueRequest{Issuer: issuer, Subject: holder.DID, Contexts: []string{ContextMifm},
			Claims: map[string]any{"membershipLevel": "gold"}, Status: StatusEntry(url+"-"+purpose, purpose, i)})
		if err != nil {
			t.Fatal(err)
		}
		return vc
	}
	published := func(listURL string, by *KeyPair) *LocalStatusLists {
		l, _, purpose, err := store.List(listURL)
		if err != nil {
			t.Fatal(err)
		}
		listVC, err := e.IssueStatusList(KeySigner(by), listURL, purpose, l)
		if err != nil {
			t.Fatal(err)
		}
		lists := &LocalStatusLists{}
		lists.Add(listVC)
		return lists
	}
	status := func(vc map[string]any, lists StatusLists) Check {
		for _, c := range e.VerifyCredential(context.Background(), vc, r, lists, now).Checks {
			if c.Name == "status" {
				return c
			}
		}
		t.Fatal("no status check")
		return Check{}
	}

	first, second := issue(StatusRevocation), issue(StatusRevocation)
	if c := status(first, published(url+"-revocation", issuer)); !c.OK || !strings.Contains(c.Reason, "not revoked (entry 0") {
		t.Fatalf("fresh credential: %+v", c)
	}
	if _, _, err := store.SetStatus(url+"-revocation", 1, true); err != nil {
		t.Fatal(err)
	}
	lists := published(url+"-revocation", issuer)
	if c := status(second, lists); c.OK || !strings.Contains(c.Reason, "revoked (entry 1") {
		t.Fatalf("revoked credential: %+v", c)
	}
	if c := status(first, lists); !c.OK {
		t.Fatalf("its neighbour: %+v", c)
	}

	suspended := issue(StatusSuspension)
	store.SetStatus(url+"-suspension", 0, true)
	if c := status(suspended, published(url+"-suspension", issuer)); c.OK || !strings.Contains(c.Reason, "suspended") {
		t.Fatalf("suspended credential: %+v", c)
	}
	store.SetStatus(url+"-suspension", 0, false)
	if c := status(suspended, published(url+"-suspension", issuer)); !c.OK {
		t.Fatalf("reinstated credential: %+v", c)
	}

	for name, lists := range map[string]StatusLists{
		"a list signed by someone else": published(url+"-revocation", other),
		"no list at all":                &LocalStatusLists{},
	} {
		if c := status(first, lists); c.OK || !strings.Contains(c.Reason, "status check failed") {
			t.Errorf("%s: %+v", name, c)
		}
	}
	if _, _, err := store.SetStatus(url+"-revocation", 5, true); err == nil {
		t.Fatal("revoked an entry never given out")
	}
	if _, err := store.Allocate(url+"-revocation", other.DID, StatusRevocation); err == nil {
		t.Fatal("another issuer took an entry of this issuer's list")
	}
}
