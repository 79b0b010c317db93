package daemon

import (
	"context"
	"errors"
	"net/http"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/avatar"
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/mifm/mifm/node/re"
)

// avatarRoutes are avatar migration and sync (FGMV-43 9.1: AVTF, AVCF,
// AVSF; RI-1 for the platform, RE-1 between nodes).
func (s *Server) avatarRoutes() []route {
	m := s.core
	partner := func(ctx context.Context, c *call) error {
		// A stranger costs nothing: nothing read, nothing fetched.
		if err := m.Trust.Partner(ctx, c.sender.DID); err != nil {
			return re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s takes avatars from partners only", m.Home.Config.Platform.DID)
		}
		return nil
	}
	owner := param{"owner", "string", "the avatar owner's DID"}
	return []route{
		{api: apiRI, method: "POST", path: "/ri/v1/avatars/inspect", op: "avatar.inspect", summary: "Describe a stored avatar file (VRM 1.0, VRM 0.x or glTF 2.0): format, licence, humanoid bones, triangles, textures, bones, expressions, spring bones, features, parts.", in: "AvatarRef", out: "AvatarFile", h: func(ctx context.Context, c *call) (any, error) {
			var req struct {
				CID string `json:"cid"`
			}
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return avatarResult(m.InspectAvatar(ctx, req.CID))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/avatars/convert", op: "avatar.convert", summary: "Convert a stored avatar to a partner platform's constraints or to given ones (AVCF): VRM 0.x and 1.0 both ways, decimation to maxPolygons, textures to maxTextureSize, features to those supported. A conversion that cannot be made answers 422 avatar-refused with every failed rule and its reason.", in: "ConvertAvatarRequest", out: "AvatarConversion", h: func(ctx context.Context, c *call) (any, error) {
			var req api.ConvertAvatarRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return avatarResult(m.ConvertAvatar(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/avatars/exports", op: "avatar.export", summary: "9.1 step 1: make a stored file the owner's home avatar, the next anchored version of avatar:OWNER/NAME.", in: "ExportAvatarRequest", out: "AvatarExport", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.ExportAvatarRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return avatarResult(m.ExportAvatar(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/avatars/migrations", op: "avatar.migrate", summary: "9.1 steps 2-3: send the owner's home avatar to a partner platform, through the channel's bridge when they have no avatar format in common; the destination converts it to its constraints, or refuses with a reason per rule and offers its default avatar.", in: "MigrateAvatarRequest", out: "AvatarMigration", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.MigrateAvatarRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return avatarResult(m.MigrateAvatar(ctx, req))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/avatars/migrations", op: "avatar.migrations", summary: "Avatar migrations, every role, newest first.", out: "AvatarMigrations", query: []param{owner}, h: func(ctx context.Context, c *call) (any, error) {
			return avatarResult(m.AvatarMigrations(ctx, c.r.URL.Query().Get("owner")))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/avatars/migrations/{id}", op: "avatar.migration", summary: "One avatar migration: status, the original and converted files, what the bridge and the destination changed and dropped, failed rules, the default offered, the avatar kept.", out: "AvatarMigration", query: []param{{"role", "string", "outgoing, incoming or bridge (default: any)"}}, h: func(ctx context.Context, c *call) (any, error) {
			return avatarResult(m.AvatarMigration(ctx, c.r.PathValue("id"), c.r.URL.Query().Get("role")))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/avatars/migrations/{id}/import", op: "avatar.import", summary: "9.1 step 4: the destination platform takes the converted avatar, or its default avatar customized.", in: "ImportAvatarRequest", out: "AvatarMigration", h: func(ctx context.Context, c *call) (any, error) {
			var req api.ImportAvatarRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			req.ID = c.r.PathValue("id")
			return avatarResult(m.ImportAvatar(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/avatars/sync", op: "avatar.sync", summary: "9.1 steps 5-7: a change made while visiting becomes the next anchored version of the home avatar, converted to the home's constraints and synced there.", in: "SyncAvatarRequest", out: "AvatarSync", h: func(ctx context.Context, c *call) (any, error) {
			var req api.SyncAvatarRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return avatarResult(m.SyncAvatar(ctx, req))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/avatars/history", op: "avatar.history", summary: "The anchored versions of an owner's avatar, oldest first.", out: "VersionRecords", query: []param{owner, {"name", "string", "the avatar's name (default home)"}}, h: func(ctx context.Context, c *call) (any, error) {
			q := c.r.URL.Query()
			return avatarResult(m.AvatarHistory(ctx, q.Get("owner"), q.Get("name")))
		}},
		{api: apiRE, method: "POST", path: "/re/v1/avatars", op: "re.avatar.offer", summary: "RE-1: a home platform, or the bridge of a channel with it, offers an avatar: the file is fetched from the sender's gateway, bounded by the declared size, and converted to this platform's constraints or refused with reasons and a default avatar.", in: "AvatarOffer", out: "AvatarAnswer", h: func(ctx context.Context, c *call) (any, error) {
			if err := partner(ctx, c); err != nil {
				return nil, err
			}
			var o api.AvatarOffer
			if err := c.decode(&o); err != nil {
				return nil, err
			}
			return avatarResult(m.ReceiveAvatarOffer(ctx, c.sender.DID, o))
		}},
		{api: apiRE, method: "POST", path: "/re/v1/avatars/forward", op: "re.avatar.forward", summary: "RE-1 through a virtual bridge (MBMF): the bridge converts a home's avatar to a format the destination takes and offers it there under its own signature, with what it changed.", in: "AvatarOffer", out: "AvatarAnswer", h: func(ctx context.Context, c *call) (any, error) {
			if err := partner(ctx, c); err != nil {
				return nil, err
			}
			var o api.AvatarOffer
			if err := c.decode(&o); err != nil {
				return nil, err
			}
			return avatarResult(m.ReceiveAvatarForward(ctx, c.sender.DID, o))
		}},
	}
}

func avatarResult[T any](out T, err error) (any, error) {
	if err == nil {
		return out, nil
	}
	switch {
	case errors.Is(err, avatar.ErrRefused):
		return nil, knownCode(re.NewProblem(http.StatusUnprocessableEntity, re.CodeBadRequest, "%s", err.Error()), err)
	case errors.Is(err, avatar.ErrNoMigration):
		return nil, knownCode(re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error()), err)
	case errors.Is(err, avatar.ErrBadRequest), errors.Is(err, vrm.ErrMalformed), errors.Is(err, vrm.ErrTooLarge), errors.Is(err, vrm.ErrUnsupported):
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	}
	return nil, identityProblem(err)
}

func avatarSchemas() map[string]any {
	obj := func(desc string) map[string]any { return map[string]any{"type": "object", "description": desc} }
	str := func(desc string) map[string]any {
		return map[string]any{"type": "string", "maxLength": 2048, "description": desc}
	}
	name := map[string]any{"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$", "description": "the avatar's name (default home)"}
	cons := map[string]any{"type": "object", "description": "a platform's avatar constraints", "properties": map[string]any{
		"formats":        map[string]any{"type": "array", "maxItems": 8, "items": map[string]any{"type": "string", "enum": []string{"vrm-0.x", "vrm-1.0", "gltf-2.0"}}},
		"maxPolygons":    map[string]any{"type": "integer", "minimum": 0},
		"maxTextureSize": map[string]any{"type": "integer", "minimum": 0},
		"maxBones":       map[string]any{"type": "integer", "minimum": 0},
		"features":       map[string]any{"type": "array", "maxItems": 16, "items": map[string]any{"type": "string", "enum": []string{"blend-shapes", "spring-bones", "mtoon", "node-constraints"}}},
	}}
	return map[string]any{
		"AvatarRef":            map[string]any{"type": "object", "required": []string{"cid"}, "properties": map[string]any{"cid": str("a stored avatar file's CID")}},
		"AvatarFile":           obj("cid, bytes, description (format, specVersion, name, license in VRM 1.0 terms, humanBones, triangles, vertices, meshes, materials, textures, maxTextureSize, bones, expressions, springJoints, features, parts)"),
		"ConvertAvatarRequest": map[string]any{"type": "object", "required": []string{"cid"}, "properties": map[string]any{"cid": str("a stored avatar file's CID"), "platform": str("a partner platform's DID: its manifesto's constraints"), "constraints": cons, "use": obj("commercial (personalNonProfit, personalProfit, corporation), redistribute")}},
		"AvatarConversion":     obj("file (the converted avatar), outcome: before, after, report (changed, dropped), bytesBefore, bytesAfter"),
		"ExportAvatarRequest":  map[string]any{"type": "object", "required": []string{"owner", "cid"}, "properties": map[string]any{"owner": str("the owner's DID"), "name": name, "cid": str("the stored avatar file")}},
		"AvatarExport":         obj("file, subject (avatar:OWNER/NAME), version (its anchored version and sync)"),
		"MigrateAvatarRequest": map[string]any{"type": "object", "required": []string{"owner", "to"}, "properties": map[string]any{"owner": str("the owner's DID"), "name": name, "to": str("the destination platform's DID (a partner with an established channel)")}},
		"AvatarMigration":      obj("id, role (outgoing, incoming, bridge), owner, name, home, peer, subject, status (sending, converted, restored, refused, imported, default, failed), original, converted, report, via (bridge, original, report, before), failures (rule, reason), default, kept, account, error, created, updated"),
		"AvatarMigrations":     map[string]any{"type": "array", "items": ref("AvatarMigration")},
		"ImportAvatarRequest":  map[string]any{"type": "object", "properties": map[string]any{"id": str("the migration (taken from the path)"), "account": str("the owner's account here"), "default": map[string]any{"type": "boolean", "description": "take this platform's default avatar instead"}, "customize": map[string]any{"type": "object", "properties": map[string]any{"name": map[string]any{"type": "string", "maxLength": 128}, "outfit": map[string]any{"type": "string", "maxLength": 64}}}}},
		"SyncAvatarRequest":    map[string]any{"type": "object", "required": []string{"owner", "cid"}, "properties": map[string]any{"owner": str("the visiting owner's DID"), "name": name, "cid": str("the changed avatar file, stored")}},
		"AvatarSync":           obj("changes (parts added, removed), kept (the avatar as this platform keeps it), home (as converted for the home), report, version"),
		"AvatarOffer":          map[string]any{"type": "object", "required": []string{"migration", "owner", "name", "home", "subject", "cid", "bytes"}, "properties": map[string]any{"migration": str("the migration id"), "owner": str("the owner's DID"), "name": name, "home": str("the home platform's DID"), "subject": str("avatar:OWNER/NAME"), "cid": str("the file at the sender's gateway"), "bytes": map[string]any{"type": "integer", "minimum": 1, "maximum": 64 << 20}, "description": obj("the sender's description"), "via": obj("bridge, original, report, before: what a bridge changed"), "destination": str("where a bridge forwards it")}},
		"AvatarAnswer":         obj("status (converted, restored, refused), converted, report, failures (rule, reason), default, via"),
	}
}
