package daemon

import (
	"context"
	"net/http"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/crosschain"
	"github.com/mifm/mifm/node/re"
)

// moveRoutes are cross-chain moves on RI and the attestations on RE (ASTF
// across chains, FGMV-43 7.2.1, 9.2; ASIR-301, 302).
func (s *Server) moveRoutes() []route {
	m := s.core
	return []route{
		{api: apiRI, method: "POST", path: "/ri/v1/moves/prepare", op: "move.prepare", summary: "Prepare a cross-chain move of ERC-721s or ERC-1155s (originals, or wrapped tokens going home) for the sender's own wallet: the transactions it sends (an operator approval per collection when needed, then the send to the Bridge, whose sender is the consent on chain). The node delivers on the destination chain once M of the channel's N attesters signed, or refunds after the deadline.", in: "MoveRequest", out: "PreparedMove", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.MoveRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.PrepareMove(ctx, req)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/moves", op: "move.list", summary: "Cross-chain moves this node takes part in, newest first.", out: "Moves", h: func(ctx context.Context, c *call) (any, error) {
			return m.MoveList(ctx)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/moves/{id}", op: "move.show", summary: "One move: the Bridge's Move struct, its state and history on both chains.", out: "Move", h: func(ctx context.Context, c *call) (any, error) {
			return m.MoveShow(ctx, c.r.PathValue("id"))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/moves/{id}/prepared", op: "move.prepared", summary: "A prepared move's transactions, again.", out: "PreparedMove", h: func(ctx context.Context, c *call) (any, error) {
			return m.MovePrepared(ctx, c.r.PathValue("id"))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/moves/{id}/advance", op: "move.advance", summary: "Take a move as far as it goes now (the wallet calls it once it sent; the node's resume loop does the same every round); a move that must wait says why in error.", out: "Move", h: func(ctx context.Context, c *call) (any, error) {
			return m.AdvanceMove(ctx, c.r.PathValue("id"))
		}},
		{api: apiRI, method: "PUT", path: "/ri/v1/channel-attesters", op: "registry.channelAttesters", summary: "List the attesters of the channel between two platforms and how many must sign, in the registry of the node's chain (the registrar's only; set it on both chains of a move).", in: "ChannelAttestersRequest", out: "ChannelAttesters", h: func(ctx context.Context, c *call) (any, error) {
			var req api.ChannelAttestersRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.SetChannelAttesters(ctx, req)
		}},
		{api: apiRE, method: "POST", path: "/re/v1/moves/attest", op: "re.attest", summary: "A partner asks for this node's attestation of a move (deliver or refund): the node checks both chains itself before it signs, and as the destination asks its admission policy.", in: "AttestRequest", out: "AttestAnswer", h: func(ctx context.Context, c *call) (any, error) {
			// A stranger costs nothing: no keys unlocked, no chain dialled.
			if err := m.Trust.Partner(ctx, c.sender.DID); err != nil {
				return nil, re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s attests moves for partners only", m.Home.Config.Platform.DID)
			}
			svc, err := m.StartMoves(ctx)
			if err != nil {
				return nil, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "cross-chain moves are not running on this node: %v", err)
			}
			var req crosschain.AttestRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return svc.HandleAttest(ctx, "re", c.sender.DID, &req)
		}},
	}
}

func moveSchemas() map[string]any {
	obj := func(desc string) map[string]any { return map[string]any{"type": "object", "description": desc} }
	str := func(desc string) map[string]any { return map[string]any{"type": "string", "description": desc} }
	return map[string]any{
		"MoveRequest": map[string]any{"type": "object", "required": []string{"assets", "from", "toPlatform", "toChain", "to", "deadline"}, "properties": map[string]any{
			"assets":     map[string]any{"type": "array", "items": str("CAIP-19 ERC-721 or ERC-1155 token on a chain the node follows"), "maxItems": crosschain.MaxItems},
			"amounts":    map[string]any{"type": "array", "items": str("editions of the ERC-1155 asset at the same place (default 1)"), "maxItems": crosschain.MaxItems},
			"from":       str("the sender's wallet address"),
			"toPlatform": str("the destination platform's DID"), "toChain": str("the destination chain's CAIP-2 id"), "to": str("the recipient's address there"),
			"deadline": str("Go duration, at most 720h"), "rights": map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
			"visibility": map[string]any{"type": "string", "enum": []string{"public", "unlisted", "private"}},
		}},
		"PreparedMove":            obj("move (the record, state prepared), approvals (unsigned transactions: chainId, from, to, data, value), send (the unsigned transaction to send last)"),
		"Move":                    obj("a move as this node records it: id, role, state (prepared, sent, accepted, delivered, refunded, failed), move (the Bridge's Move: fromChain, fromBridge, toChain, toBridge, kind, items with homeChain, homeToken, id, amount, uri, royalty; sender, recipient, origin, destination, deadline, salt), assets, peer, history (state, chain, tx)"),
		"Moves":                   map[string]any{"type": "array", "items": ref("Move")},
		"ChannelAttestersRequest": map[string]any{"type": "object", "required": []string{"platformA", "platformB", "attesters", "threshold"}, "properties": map[string]any{"platformA": str("DID"), "platformB": str("DID"), "attesters": map[string]any{"type": "array", "items": str("0x address"), "maxItems": 16}, "threshold": map[string]any{"type": "integer", "minimum": 1}}},
		"ChannelAttesters":        obj("chain, channel (registry id), attesters (ascending), threshold, tx"),
		"AttestRequest":           obj("kind (deliver or refund), move (the Bridge's Move), with (attestations gathered so far)"),
		"AttestAnswer":            obj("signature: EIP-712 Deliver(bytes32 move) in the destination Bridge's domain, or Refund(bytes32 move) in the origin's"),
	}
}
