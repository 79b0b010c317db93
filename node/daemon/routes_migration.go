package daemon

import (
	"context"
	"net/http"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/re"
)

// migrationRoutes are identity migration and sync (FGMV-43 9.4; RI-4 for
// the platform, RE-4 between nodes).
func (s *Server) migrationRoutes() []route {
	m := s.core
	holder := param{"holder", "string", "the holder's DID"}
	partner := func(ctx context.Context, c *call, what string) error {
		// A stranger costs nothing: nothing read, no key unlocked.
		if err := m.Trust.Partner(ctx, c.sender.DID); err != nil {
			return re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s %s with partners only", m.Home.Config.Platform.DID, what)
		}
		return nil
	}
	return []route{
		{api: apiRI, method: "POST", path: "/ri/v1/identity/migrations", op: "identity.migrate", summary: "Start migrating a user's identity to a partner platform with the scope the user chose (9.4 steps 1-2): the destination answers with its challenge and presentation definition, and the node prepares the presentation of the credentials it asks for, SD-JWTs disclosing only the claims asked. The answer's signRequest is what the holder's wallet signs (custody platform: the node signs with the key it keeps).", in: "MigrateRequest", out: "Migration", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.MigrateRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.MigrateIdentity(ctx, req))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/identity/migrations", op: "identity.migrations", summary: "Migrations, outgoing and incoming, newest first.", out: "Migrations", query: []param{holder, {"role", "string", "outgoing or incoming"}}, h: func(ctx context.Context, c *call) (any, error) {
			q := c.r.URL.Query()
			return identityResult(m.Migrations(ctx, api.MigrationQuery{Holder: q.Get("holder"), Role: q.Get("role")}))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/identity/migrations/{id}", op: "identity.migration", summary: "One migration: status, offer, pending sign request, the destination's signed verdict with each rule's reason, account, links.", out: "Migration", query: []param{{"role", "string", "outgoing or incoming (default: either)"}}, h: func(ctx context.Context, c *call) (any, error) {
			return identityResult(m.Migration(ctx, c.r.PathValue("id"), c.r.URL.Query().Get("role")))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/identity/migrations/{id}/signatures", op: "identity.sign", summary: "The holder wallet's answer to the migration's signRequest (mifm-sign-response/1). Once the presentation and the consent are signed the node sends them and records the destination's verdict.", in: "SignResponse", out: "Migration", h: func(ctx context.Context, c *call) (any, error) {
			var resp did.SignResponse
			if err := c.decode(&resp); err != nil {
				return nil, err
			}
			return identityResult(m.SignMigration(ctx, c.r.PathValue("id"), resp))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/identity/migrations/{id}/import", op: "identity.import", summary: "The destination platform imports an admitted identity (9.4 step 4): the account it made, which links the identity to it.", in: "ImportRequest", out: "Migration", h: func(ctx context.Context, c *call) (any, error) {
			var req api.ImportRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			req.ID = c.r.PathValue("id")
			return identityResult(m.ImportIdentity(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/identity/migrations/{id}/check", op: "identity.check", summary: "Bring a migration up to date: an outgoing presentation that did not arrive is sent again; an admitted incoming identity is verified again with fresh status lists (a revoked credential ends it).", out: "Migration", h: func(ctx context.Context, c *call) (any, error) {
			return identityResult(m.CheckIdentity(ctx, c.r.PathValue("id")))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/identity/migrations/{id}/unlink", op: "identity.unlink", summary: "Unlink the holder's identity from the platform it migrated to (IDIR-204): the holder signs the statement (signRequest), then the destination stops holding the identity, the link leaves its anchored version, and the destination is told.", in: "UnlinkRequest", out: "Migration", h: func(ctx context.Context, c *call) (any, error) {
			var req api.UnlinkRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			req.ID = c.r.PathValue("id")
			return identityResult(m.UnlinkIdentity(ctx, req))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/identity/links", op: "identity.links", summary: "A holder's links: the platforms their identity went to or came from, with status and account.", out: "IdentityLinks", query: []param{holder}, h: func(ctx context.Context, c *call) (any, error) {
			return identityResult(m.IdentityLinks(ctx, c.r.URL.Query().Get("holder")))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/identity/updates", op: "identity.update", summary: "A visiting holder's change of their identity (profile fields, avatar reference, permissions; 9.4 steps 5-7), prepared as the next version of their identity subject for the holder's wallet to sign.", in: "IdentityUpdateRequest", out: "IdentityUpdate", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.IdentityUpdateRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.UpdateIdentity(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/identity/updates/{id}/signatures", op: "identity.update.sign", summary: "The holder's signature of an identity update: the version is stored, queued for anchoring and synced to the identity's home, whose platform is told.", in: "SignResponse", out: "VersionOutcome", h: func(ctx context.Context, c *call) (any, error) {
			var resp did.SignResponse
			if err := c.decode(&resp); err != nil {
				return nil, err
			}
			return identityResult(m.SignIdentityUpdate(ctx, c.r.PathValue("id"), resp))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/identity/sync", op: "identity.sync", summary: "Send a holder's identity subject where it goes now (to its home, or to the platforms holding it) instead of waiting for the retry.", out: "SyncResults", query: []param{holder}, h: func(ctx context.Context, c *call) (any, error) {
			return identityResult(m.SyncIdentity(ctx, c.r.URL.Query().Get("holder")))
		}},
		{api: apiRE, method: "POST", path: "/re/v1/identity/offers", op: "re.identity.offer", summary: "A partner asks to migrate a holder's identity here: the answer is an offer (challenge, domain, presentation definition from the manifesto's requiredCredentials and the admission policy), valid 10 minutes, at most 64 open per partner.", in: "IdentityOfferRequest", out: "IdentityOffer", h: func(ctx context.Context, c *call) (any, error) {
			if err := partner(ctx, c, "takes identities"); err != nil {
				return nil, err
			}
			var req api.OfferRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.ReceiveOfferRequest(ctx, c.sender.DID, req))
		}},
		{api: apiRE, method: "POST", path: "/re/v1/identity/presentations", op: "re.identity.present", summary: "The holder's presentation (a JWT VP bound to the offer's challenge and this platform's domain) and consent, for an offer made to the sender: verified (signatures, holder binding, status lists, definition, admission policy); the answer is the signed verdict with each rule's reason. An offer answers once.", in: "PresentationMessage", out: "VerdictAnswer", h: func(ctx context.Context, c *call) (any, error) {
			if err := partner(ctx, c, "takes identities"); err != nil {
				return nil, err
			}
			var msg api.PresentationMessage
			if err := c.decode(&msg); err != nil {
				return nil, err
			}
			return identityResult(m.ReceivePresentation(ctx, c.sender.DID, msg))
		}},
		{api: apiRE, method: "POST", path: "/re/v1/identity/unlink", op: "re.identity.unlink", summary: "The origin relays the holder's signed unlink statement: the identity stops syncing from here.", in: "UnlinkMessage", out: "Migration", h: func(ctx context.Context, c *call) (any, error) {
			if err := partner(ctx, c, "unlinks identities"); err != nil {
				return nil, err
			}
			var msg api.UnlinkMessage
			if err := c.decode(&msg); err != nil {
				return nil, err
			}
			return identityResult(m.ReceiveUnlink(ctx, c.sender.DID, msg))
		}},
		{api: apiRE, method: "POST", path: "/re/v1/identity/status", op: "re.identity.status", summary: "A status list credential its issuer signed anew (a credential revoked or suspended): its proof is checked and every admitted identity verified against it.", in: "StatusMessage", out: "StatusAnswer", h: func(ctx context.Context, c *call) (any, error) {
			if err := partner(ctx, c, "takes status lists"); err != nil {
				return nil, err
			}
			var msg api.StatusMessage
			if err := c.decode(&msg); err != nil {
				return nil, err
			}
			return identityResult(m.ReceiveStatus(ctx, c.sender.DID, msg))
		}},
	}
}

func migrationSchemas() map[string]any {
	obj := func(desc string) map[string]any { return map[string]any{"type": "object", "description": desc} }
	str := func(desc string) map[string]any { return map[string]any{"type": "string", "description": desc} }
	strs := func(desc string) map[string]any {
		return map[string]any{"type": "array", "maxItems": 64, "description": desc, "items": map[string]any{"type": "string", "maxLength": 256}}
	}
	return map[string]any{
		"MigrateRequest": map[string]any{"type": "object", "required": []string{"holder", "to", "scope"}, "properties": map[string]any{
			"holder": str("the holder's did:key (their wallet's)"),
			"to":     str("the destination platform's DID (a partner)"),
			"scope": map[string]any{"type": "object", "required": []string{"credentials"}, "description": "what the user chose to take along", "properties": map[string]any{
				"credentials": map[string]any{"type": "array", "minItems": 1, "maxItems": 32, "description": "the user's credentials: Data Integrity objects, vc+jwt or SD-JWT strings (only those the destination asks for are presented)"},
				"claims":      strs("SD-JWT claims the user agrees to disclose (default: whatever the destination asks)"),
				"avatars":     strs("avatar names linked to the identity"),
				"assets":      strs("CAIP-19 assets linked to the identity"),
				"permissions": strs("permissions carried over"),
			}},
			"custody": map[string]any{"type": "string", "enum": []string{"wallet", "platform"}, "description": "who signs for the holder (default wallet)"},
		}},
		"Migration":     obj("id, role (outgoing, incoming), holder, peer, status (signing, sending, offered, admitted, refused, imported, revoked, unlinked, failed), custody, scope, offer (challenge, domain, definition, expires), signRequest (mifm-sign-request/1), presentation, consent, verdict (admitted, reasons: rule, ok, detail; disclosed), verdictJws, account, unlink, error, created, updated"),
		"Migrations":    map[string]any{"type": "array", "items": ref("Migration")},
		"SignResponse":  map[string]any{"type": "object", "required": []string{"type", "id", "signatures"}, "properties": map[string]any{"type": str("mifm-sign-response/1"), "id": str("the sign request's id"), "signatures": map[string]any{"type": "array", "maxItems": 16, "items": obj("name (the item's), signature (base64url JWS signature of its signingInput)")}}},
		"ImportRequest": map[string]any{"type": "object", "required": []string{"account"}, "properties": map[string]any{"account": str("the holder's account on this platform")}},
		"UnlinkRequest": map[string]any{"type": "object", "properties": map[string]any{"custody": map[string]any{"type": "string", "enum": []string{"wallet", "platform"}}}},
		"IdentityLinks": map[string]any{"type": "array", "items": obj("holder, platform, direction (outgoing, incoming), migration, status, account, since")},
		"IdentityUpdateRequest": map[string]any{"type": "object", "required": []string{"holder"}, "properties": map[string]any{
			"holder":  str("the visiting holder's DID"),
			"state":   map[string]any{"type": "object", "maxProperties": 32, "additionalProperties": map[string]any{"type": "string"}, "description": "changed fields; an empty value removes one"},
			"content": map[string]any{"type": "object", "maxProperties": 64, "additionalProperties": map[string]any{"type": "string"}, "description": "changed content CIDs"},
			"prev":    str("the version it follows (default: the head)"),
			"custody": map[string]any{"type": "string", "enum": []string{"wallet", "platform"}},
		}},
		"IdentityUpdate":       obj("id, subject, signRequest (for the holder's wallet), outcome (with custody platform)"),
		"SyncResults":          map[string]any{"type": "array", "items": ref("SyncResult")},
		"IdentityOfferRequest": map[string]any{"type": "object", "required": []string{"holder"}, "properties": map[string]any{"holder": str("the holder's DID")}},
		"IdentityOffer":        obj("id, platform, holder, challenge, domain, definition (DIF Presentation Exchange 2.0), expires"),
		"PresentationMessage":  map[string]any{"type": "object", "required": []string{"migration", "presentation", "consent"}, "properties": map[string]any{"migration": str("the offer's id"), "presentation": map[string]any{"type": "string", "maxLength": 1 << 20, "description": "a JWT VP"}, "consent": map[string]any{"type": "string", "maxLength": 16 << 10, "description": "the holder's consent JWS (mifm-identity-consent+jwt)"}}},
		"VerdictAnswer":        obj("verdict: a JWS (mifm-identity-verdict+jwt) by the destination's platform key"),
		"UnlinkMessage":        map[string]any{"type": "object", "required": []string{"migration", "statement"}, "properties": map[string]any{"migration": str("the migration"), "statement": str("the holder's unlink JWS (mifm-identity-unlink+jwt)")}},
		"StatusMessage":        map[string]any{"type": "object", "required": []string{"statusList"}, "properties": map[string]any{"statusList": obj("a BitstringStatusListCredential")}},
		"StatusAnswer":         obj("checked, revoked (migration ids)"),
	}
}
