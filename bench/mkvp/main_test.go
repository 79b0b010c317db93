package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
)

// The committed bench/vp/presentation.json is what mkvp writes now, so a
// change to how mifm builds presentations shows here rather than as a
// benchmark of a stale input; and it verifies, without an expiry, years on.
func TestCommittedInputIsCurrent(t *testing.T) {
	out := filepath.Join(t.TempDir(), "presentation.json")
	if err := run(out); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, err := os.ReadFile("../vp/presentation.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("bench/vp/presentation.json is not what mkvp writes: run go run ./bench/mkvp from the module root and commit it")
	}
	var in input
	if err := json.Unmarshal(want, &in); err != nil {
		t.Fatal(err)
	}
	e, err := did.NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	for _, now := range []time.Time{time.Now(), time.Now().AddDate(10, 0, 0)} {
		res, _ := e.VerifyPresentationJWT(context.Background(), in.JWT, did.NewResolver(did.Options{}), nil, in.Challenge, in.Domain, now)
		if !res.Verified {
			t.Fatalf("at %s: %+v", now, res.Checks)
		}
	}
}
