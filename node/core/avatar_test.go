package core

import (
	"errors"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/avatar"
	"github.com/mifm/mifm/node/re"
)

// Bad avatar requests are refused with what to give, before anything is
// read, fetched or converted.
func TestAvatarInputRefusals(t *testing.T) {
	owner := "did:key:z6MkvwCmqZv4dstDhem9wSvN6VWFvL2D1Ggmr4TJpqupYjEh"
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"owner not a DID", func() error { _, _, err := checkOwner("ada", ""); return err }(), "is not a DID"},
		{"owner with a slash", func() error { _, _, err := checkOwner("did:key:a/b", ""); return err }(), "is not a DID"},
		{"bad name", func() error { _, _, err := checkOwner(owner, "Home Avatar"); return err }(), "avatar name"},
		{"unknown format", checkConstraints(avatar.Constraints{Formats: []string{"fbx"}}), `format "fbx"`},
		{"unknown feature", checkConstraints(avatar.Constraints{Features: []string{"hair"}}), `feature "hair"`},
		{"negative limit", checkConstraints(avatar.Constraints{MaxPolygons: -1}), "negative"},
		{"unknown use", checkUse(avatar.Use{Commercial: "sometimes"}), `commercial use "sometimes"`},
	} {
		if !errors.Is(tc.err, avatar.ErrBadRequest) || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: %v, want ErrBadRequest saying %q", tc.name, tc.err, tc.want)
		}
	}
	if name, subject, err := checkOwner(owner, ""); err != nil || name != "home" || subject != "avatar:"+owner+"/home" {
		t.Errorf("default name: %q %q %v", name, subject, err)
	}
}

// A peer's offer is bounded before anything is fetched: its size, its
// CID, and that its owner, name and subject agree.
func TestAvatarOfferBounds(t *testing.T) {
	owner := "did:key:z6MkvwCmqZv4dstDhem9wSvN6VWFvL2D1Ggmr4TJpqupYjEh"
	good := api.AvatarOffer{Migration: "m1", Owner: owner, Name: "home", Subject: "avatar:" + owner + "/home", CID: "bafkreie6crzj7s46b3dwznmc4uobuirnscndhwmkcidy7w6kklclaul5qm", Bytes: 1024}
	if _, err := checkOffer(good); err != nil {
		t.Fatalf("a good offer: %v", err)
	}
	for name, edit := range map[string]func(*api.AvatarOffer){
		"1 GiB":                   func(o *api.AvatarOffer) { o.Bytes = 1 << 30 },
		"no bytes":                func(o *api.AvatarOffer) { o.Bytes = 0 },
		"not a CID":               func(o *api.AvatarOffer) { o.CID = "../../etc/passwd" },
		"subject of another name": func(o *api.AvatarOffer) { o.Subject = "avatar:" + owner + "/other" },
		"subject of another kind": func(o *api.AvatarOffer) { o.Subject = "identity:" + owner },
		"no migration id":         func(o *api.AvatarOffer) { o.Migration = "" },
		"long migration id":       func(o *api.AvatarOffer) { o.Migration = strings.Repeat("x", 65) },
	} {
		o := good
		edit(&o)
		_, err := checkOffer(o)
		var p *re.Problem
		if !errors.As(err, &p) || p.Status != 400 {
			t.Errorf("%s: %v, want a 400 problem", name, err)
		}
	}
	for name, a := range map[string]api.AvatarAnswer{
		"converted without the avatar": {Status: avatar.StatusConverted},
		"refused without a reason":     {Status: avatar.StatusRefused},
		"an unknown status":            {Status: "maybe"},
	} {
		if err := checkAnswer(a); err == nil {
			t.Errorf("answer %s taken", name)
		}
	}
}
