package riclient

import (
	"context"
	"net/http"
	"net/url"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/avatar"
)

func avatarMigrationPath(id, tail string) string {
	return "/ri/v1/avatars/migrations/" + url.PathEscape(id) + tail
}

// InspectAvatar describes a stored avatar file.
func (c *Client) InspectAvatar(ctx context.Context, cid string) (*api.AvatarFile, error) {
	var out api.AvatarFile
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/avatars/inspect", map[string]string{"cid": cid}, &out)
}

// ConvertAvatar converts a stored avatar to constraints.
func (c *Client) ConvertAvatar(ctx context.Context, req api.ConvertAvatarRequest) (*api.AvatarConversion, error) {
	var out api.AvatarConversion
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/avatars/convert", req, &out)
}

// ExportAvatar makes a stored file the next version of an owner's home
// avatar.
func (c *Client) ExportAvatar(ctx context.Context, req api.ExportAvatarRequest) (*api.AvatarExport, error) {
	var out api.AvatarExport
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/avatars/exports", req, &out)
}

// MigrateAvatar sends an owner's home avatar to another platform.
func (c *Client) MigrateAvatar(ctx context.Context, req api.MigrateAvatarRequest) (*avatar.Migration, error) {
	var out avatar.Migration
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/avatars/migrations", req, &out)
}

// ImportAvatar takes an incoming avatar, or the platform's default.
func (c *Client) ImportAvatar(ctx context.Context, req api.ImportAvatarRequest) (*avatar.Migration, error) {
	var out avatar.Migration
	return &out, c.do(ctx, http.MethodPost, avatarMigrationPath(req.ID, "/import"), req, &out)
}

// SyncAvatar makes a change made while visiting the next version of the
// home avatar.
func (c *Client) SyncAvatar(ctx context.Context, req api.SyncAvatarRequest) (*api.AvatarSync, error) {
	var out api.AvatarSync
	return &out, c.do(ctx, http.MethodPost, "/ri/v1/avatars/sync", req, &out)
}

// AvatarMigrations lists avatar migrations, of one owner when set.
func (c *Client) AvatarMigrations(ctx context.Context, owner string) ([]avatar.Migration, error) {
	v := url.Values{}
	if owner != "" {
		v.Set("owner", owner)
	}
	var out []avatar.Migration
	return out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/avatars/migrations", v), nil, &out)
}

// AvatarMigration reads one avatar migration.
func (c *Client) AvatarMigration(ctx context.Context, id, role string) (*avatar.Migration, error) {
	v := url.Values{}
	if role != "" {
		v.Set("role", role)
	}
	var out avatar.Migration
	return &out, c.do(ctx, http.MethodGet, withQuery(avatarMigrationPath(id, ""), v), nil, &out)
}

// AvatarHistory is the anchored versions of an owner's avatar.
func (c *Client) AvatarHistory(ctx context.Context, owner, name string) ([]api.VersionRecord, error) {
	v := url.Values{"owner": {owner}}
	if name != "" {
		v.Set("name", name)
	}
	var out []api.VersionRecord
	return out, c.do(ctx, http.MethodGet, withQuery("/ri/v1/avatars/history", v), nil, &out)
}
