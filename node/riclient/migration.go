package riclient

import (
	"context"
	"net/http"
	"net/url"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/identity"
)

func migrationPath(id, tail string) string {
	return "/ri/v1/identity/migrations/" + url.PathEscape(id) + tail
}

// MigrateIdentity starts an identity migration on the node.
func (c *Client) MigrateIdentity(ctx context.Context, req api.MigrateRequest) (*identity.Migration, error) {
	var out identity.Migration
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/identity/migrations", req, &out)
}

// SignMigration sends the holder's signatures of a migration.
func (c *Client) SignMigration(ctx context.Context, id string, resp did.SignResponse) (*identity.Migration, error) {
	var out identity.Migration
	return &out, c.do(ctx, http.MethodPost, migrationPath(id, "/signatures"), resp, &out)
}

// Migrations lists migrations.
func (c *Client) Migrations(ctx context.Context, q api.MigrationQuery) ([]identity.Migration, error) {
	v := url.Values{}
	if q.Holder != "" {
		v.Set("holder", q.Holder)
	}
	if q.Role != "" {
		v.Set("role", q.Role)
	}
	var out []identity.Migration
	return out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/identity/migrations", v), nil, &out)
}

// Migration reads one migration.
func (c *Client) Migration(ctx context.Context, id, role string) (*identity.Migration, error) {
	v := url.Values{}
	if role != "" {
		v.Set("role", role)
	}
	var out identity.Migration
	return &out, c.do(ctx, http.MethodGet, withQuery(migrationPath(id, ""), v), nil, &out)
}

// ImportIdentity imports an admitted identity.
func (c *Client) ImportIdentity(ctx context.Context, req api.ImportRequest) (*identity.Migration, error) {
	var out identity.Migration
	return &out, c.do(ctx, http.MethodPost, migrationPath(req.ID, "/import"), req, &out)
}

// CheckIdentity brings a migration up to date.
func (c *Client) CheckIdentity(ctx context.Context, id string) (*identity.Migration, error) {
	var out identity.Migration
	return &out, c.do(ctx, http.MethodPost, migrationPath(id, "/check"), nil, &out)
}

// UnlinkIdentity unlinks an identity from a platform.
func (c *Client) UnlinkIdentity(ctx context.Context, req api.UnlinkRequest) (*identity.Migration, error) {
	var out identity.Migration
	return &out, c.do(ctx, http.MethodPost, migrationPath(req.ID, "/unlink"), req, &out)
}

// IdentityLinks lists a holder's links.
func (c *Client) IdentityLinks(ctx context.Context, holder string) ([]api.IdentityLink, error) {
	var out []api.IdentityLink
	return out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/identity/links", url.Values{"holder": {holder}}), nil, &out)
}

// UpdateIdentity prepares a visiting holder's identity change.
func (c *Client) UpdateIdentity(ctx context.Context, req api.IdentityUpdateRequest) (*api.IdentityUpdate, error) {
	var out api.IdentityUpdate
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/identity/updates", req, &out)
}

// SignIdentityUpdate sends the holder's signature of an update.
func (c *Client) SignIdentityUpdate(ctx context.Context, id string, resp did.SignResponse) (*api.VersionOutcome, error) {
	var out api.VersionOutcome
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/identity/updates/"+url.PathEscape(id)+"/signatures", resp, &out)
}

// SyncIdentity syncs a holder's identity subject now.
func (c *Client) SyncIdentity(ctx context.Context, holder string) ([]api.SyncResult, error) {
	var out []api.SyncResult
	return out, c.do(ctx, http.MethodPost, withQuery("/ri/v1/identity/sync", url.Values{"holder": {holder}}), nil, &out)
}
