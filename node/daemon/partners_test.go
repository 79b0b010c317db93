package daemon

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

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
