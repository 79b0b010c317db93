package daemon

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
)

// A partner the platform adds over RI is trusted at once (no restart) and
// still after one (config.toml); removing it makes the peer a stranger
// again. Bad DIDs and the node's own DID are refused and change nothing.
func TestPartnersOverRI(t *testing.T) {
	a := startNode(t, "platform-a.json", false)
	b := startNode(t, "platform-b.json", false)
	bDID := b.Core.Home.Config.Platform.DID
	// B trusts A; A does not know B yet.
	if _, err := b.Core.SetPartner(context.Background(), a.Core.Home.Config.Platform.DID, true); err != nil {
		t.Fatal(err)
	}
	var ch api.Channel
	if code, p := ri(t, a, "POST", "/ri/v1/channels", api.OpenChannelRequest{Peer: b.RE}, &ch); code != 400 || p.Code != "not-a-partner" {
		t.Fatalf("channel to a stranger: %d %+v", code, p)
	}
	for _, bad := range []string{"bob", "did:", "did:Web:x", a.Core.Home.Config.Platform.DID} {
		if code, p := ri(t, a, "PUT", "/ri/v1/partners/"+url.PathEscape(bad), nil, nil); code != http.StatusBadRequest {
			t.Errorf("partner %q: %d %+v", bad, code, p)
		}
	}
	var list []string
	if code, p := ri(t, a, "PUT", "/ri/v1/partners/"+url.PathEscape(bDID), nil, &list); code != 200 || !slices.Equal(list, []string{bDID}) {
		t.Fatalf("add partner: %d %+v %v", code, p, list)
	}
	if code, p := ri(t, a, "POST", "/ri/v1/channels", api.OpenChannelRequest{Peer: b.RE}, &ch); code != 200 || ch.State != "established" {
		t.Fatalf("channel to a partner just added: %d %+v %s", code, p, ch.State)
	}
	saved, err := home.Open(a.Core.Home.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(saved.Config.Trust.Partners, []string{bDID}) {
		t.Fatalf("config.toml partners: %v", saved.Config.Trust.Partners)
	}
	if code, _ := ri(t, a, "DELETE", "/ri/v1/partners/"+url.PathEscape(bDID), nil, &list); code != 200 || len(list) != 0 {
		t.Fatalf("remove partner: %d %v", code, list)
	}
	if code, p := ri(t, a, "POST", "/ri/v1/channels", api.OpenChannelRequest{Peer: b.RE}, &ch); code != 400 || p.Code != "not-a-partner" || !strings.Contains(p.Detail, bDID) {
		t.Fatalf("channel to a partner removed: %d %+v", code, p)
	}
}

// Uploads take turns: with maxUploads under way, the next one waits (no
// temporary disk, no store work) until one ends, then goes through.
func TestUploadsTakeTurns(t *testing.T) {
	a := startNode(t, "", false)
	for range maxUploads {
		a.Server.uploads <- struct{}{}
	}
	add := func(ctx context.Context) (int, error) {
		req, _ := http.NewRequestWithContext(ctx, "POST", a.RI+"/ri/v1/content?name=x.txt", strings.NewReader("waiting its turn"))
		req.Header.Set("Authorization", "Bearer "+a.Token)
		req.Header.Set("Content-Type", "application/octet-stream")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err
		}
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	short, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if code, err := add(short); err == nil {
		t.Fatalf("an upload went through while %d were under way: %d", maxUploads, code)
	}
	<-a.Server.uploads
	if code, err := add(context.Background()); err != nil || code != http.StatusOK && code != http.StatusCreated {
		t.Fatalf("an upload with a turn free: %d %v", code, err)
	}
	if n := len(a.Server.uploads); n != maxUploads-1 {
		t.Fatalf("%d turns taken after the upload ended, want %d", n, maxUploads-1)
	}
}
