package daemon

import (
	"context"
	"net/http"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/transfer"
)

// table is every route of both APIs, area by area; the OpenAPI document is
// made from it.
func (s *Server) table() []route {
	var out []route
	for _, area := range [][]route{
		s.publicRoutes(), s.platformRoutes(), s.transferRoutes(),
		s.assetRoutes(), s.contentRoutes(), s.identityRoutes(), s.eventRoutes(), s.moveRoutes(), s.anchorRoutes(), s.migrationRoutes(), s.avatarRoutes(),
		s.peerRoutes(),
	} {
		out = append(out, area...)
	}
	return out
}

// publicRoutes answer without authentication: health, this document, metrics (with the token), the DID document and the gateway.
func (s *Server) publicRoutes() []route {
	return []route{

		{api: apiPublic, method: "GET", path: "/healthz", op: "health", summary: "Liveness: 200 while the node serves.", out: "Health", h: func(ctx context.Context, c *call) (any, error) {
			return map[string]string{"status": "ok"}, nil
		}},
		{api: apiPublic, method: "GET", path: "/openapi.json", op: "openapi", summary: "This OpenAPI 3.1 document.", raw: http.HandlerFunc(s.serveOpenAPI)},
		{api: apiPublic, on: apiRI, method: "GET", path: "/metrics", op: "metrics", summary: "Prometheus metrics (text exposition format); on the RI server only, with the RI bearer token (a page in a browser cannot read it through DNS rebinding).", token: true, raw: promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{})},
		{api: apiPublic, on: apiRE, method: "GET", path: "/.well-known/did.json", op: "didDocument", summary: "The platform's did:web document: its key and its MIFMNode service (404 for other DID methods).", out: "DIDDocument", h: func(ctx context.Context, c *call) (any, error) {
			if s.didDoc == nil {
				return nil, re.NewProblem(http.StatusNotFound, re.CodeNotFound, "no DID document here")
			}
			doc, err := s.didDoc()
			if err != nil {
				return nil, re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%v", err)
			}
			return doc, nil
		}},
		{api: apiPublic, on: apiRE, method: "GET", path: "/ipfs/{cid...}", op: "gateway", summary: "Trustless IPFS gateway (application/vnd.ipld.raw and application/vnd.ipld.car responses only).", raw: s.gatewayOrNone()},
	}
}

// platformRoutes are the node, its manifesto, channels and audit log on RI.
func (s *Server) platformRoutes() []route {
	m := s.core
	return []route{
		{api: apiRI, method: "GET", path: "/ri/v1/node", op: "node.status", summary: "The node's DID, endpoints, manifesto revision, channel count and audit head.", out: "Status", h: func(ctx context.Context, c *call) (any, error) {
			return m.Status(ctx)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/manifesto", op: "manifesto.show", summary: "The registered, signed manifesto (RI-5).", out: "SignedManifesto", h: func(ctx context.Context, c *call) (any, error) {
			return m.Manifesto(ctx)
		}},
		{api: apiRI, method: "PUT", path: "/ri/v1/manifesto", op: "manifesto.set", summary: "Register the platform's manifesto (RI-5, FGMV-43 9.5 step 1); the node fills in its DID and RE endpoint, numbers and signs it.", in: "Manifesto", out: "SignedManifesto", h: func(ctx context.Context, c *call) (any, error) {
			mf, err := manage.ParseManifesto(c.body)
			if err != nil {
				return nil, err
			}
			return m.SetManifesto(ctx, mf)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/channels", op: "channel.list", summary: "The node's channels, newest first.", out: "Channels", h: func(ctx context.Context, c *call) (any, error) {
			return m.Channels(ctx)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/channels", op: "channel.open", summary: "Negotiate a channel with another node (FGMV-43 9.5 steps 2-10), through a bridge for the gaps when one is named.", in: "OpenChannel", out: "Channel", h: func(ctx context.Context, c *call) (any, error) {
			var req api.OpenChannelRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			if req.Peer == "" {
				return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "peer is required: the other node's RE URL or its platform DID")
			}
			return m.OpenChannel(ctx, req)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/channels/{id}", op: "channel.show", summary: "One channel: state, agreement, the signed offer and answer.", out: "Channel", h: func(ctx context.Context, c *call) (any, error) {
			return m.Channel(ctx, c.r.PathValue("id"))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/channels/{id}/messages", op: "channel.send", summary: "Send a message to the peer over an established channel; answers with the peer's receipt.", in: "Message", out: "Receipt", h: func(ctx context.Context, c *call) (any, error) {
			var msg manage.Message
			if err := c.decode(&msg); err != nil {
				return nil, err
			}
			if msg.Kind == "" {
				return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "kind is required")
			}
			return m.Send(ctx, c.r.PathValue("id"), msg)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/partners", op: "partner.list", summary: "The operator's partners besides the registry's active platforms ([trust] partners of config.toml): strangers get nothing else of this node.", out: "Partners", h: func(ctx context.Context, c *call) (any, error) {
			return m.Partners(ctx)
		}},
		{api: apiRI, method: "PUT", path: "/ri/v1/partners/{did}", op: "partner.add", summary: "Trust a platform DID as a partner, at once and in config.toml; answers with the partners.", out: "Partners", h: func(ctx context.Context, c *call) (any, error) {
			return m.SetPartner(ctx, c.r.PathValue("did"), true)
		}},
		{api: apiRI, method: "DELETE", path: "/ri/v1/partners/{did}", op: "partner.remove", summary: "Stop trusting a partner (the registry may still make it one); answers with the partners.", out: "Partners", h: func(ctx context.Context, c *call) (any, error) {
			return m.SetPartner(ctx, c.r.PathValue("did"), false)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/audit", op: "audit.log", summary: "Audit log entries (LAF), oldest first.", out: "AuditEntries", query: []param{
			{"after", "integer", "entries after this sequence number"}, {"since", "string", "entries at or after this RFC 3339 time"}, {"limit", "integer", "at most this many entries"},
		}, h: func(ctx context.Context, c *call) (any, error) {
			q, err := parseAuditQuery(c.r)
			if err != nil {
				return nil, err
			}
			return m.AuditLog(ctx, q)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/audit/verify", op: "audit.verify", summary: "Recompute the audit log's hash chain and report the first broken link.", out: "AuditReport", h: func(ctx context.Context, c *call) (any, error) {
			return m.VerifyAudit(ctx)
		}},
	}
}

// transferRoutes are transfers and exchange on RI (ASTF, ASEF).
func (s *Server) transferRoutes() []route {
	m := s.core
	return []route{
		{api: apiRI, method: "GET", path: "/ri/v1/transfers", op: "transfer.list", summary: "Transfers this node takes part in (ASTF), newest first.", out: "Transfers", h: func(ctx context.Context, c *call) (any, error) {
			return m.TransferList(ctx)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/transfers", op: "transfer.start", summary: "Give an asset to a user on another platform through the escrow (FGMV-43 9.2): the user's wallet consents and locks, the destination is offered the lock; answers when the destination has answered (or after 30 s, the node going on in the background).", in: "TransferRequest", out: "Transfer", status: http.StatusCreated, header: []param{idempotencyKey}, h: func(ctx context.Context, c *call) (any, error) {
			key, err := keyOf(c.r)
			if err != nil {
				return nil, err
			}
			var req api.TransferRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			req.IdempotencyKey = key
			return m.StartTransfer(ctx, req)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/transfers/{id}", op: "transfer.show", summary: "One transfer: its state and history, the on-chain terms, the destination's signed answer (the receipt).", out: "Transfer", h: func(ctx context.Context, c *call) (any, error) {
			return m.TransferShow(ctx, c.r.PathValue("id"))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/transfers/prepare", op: "transfer.prepare", summary: "Prepare a transfer the user signs in their own wallet (ASIR-106): the consent as EIP-712 typed data (eth_signTypedData_v4) and the lock as an unsigned transaction; the node never holds the user's key. The record waits, prepared, until the deadline.", in: "TransferRequest", out: "PreparedTransfer", status: http.StatusCreated, header: []param{idempotencyKey}, h: func(ctx context.Context, c *call) (any, error) {
			key, err := keyOf(c.r)
			if err != nil {
				return nil, err
			}
			var req api.TransferRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			req.IdempotencyKey = key
			return m.PrepareTransfer(ctx, req)
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/transfers/{id}/prepared", op: "transfer.prepared", summary: "A prepared transfer's typed data and unsigned lock, again.", out: "PreparedTransfer", h: func(ctx context.Context, c *call) (any, error) {
			return m.TransferPrepared(ctx, c.r.PathValue("id"))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/transfers/{id}/signatures", op: "transfer.sign", summary: "The user's wallet's consent signature (and second signature, and lock transaction hash when it sent the lock); checked before anything is kept, then the transfer runs as transfer.start does.", in: "TransferSignatures", out: "Transfer", h: func(ctx context.Context, c *call) (any, error) {
			var sig api.TransferSignatures
			if err := c.decode(&sig); err != nil {
				return nil, err
			}
			return m.SignTransfer(ctx, c.r.PathValue("id"), sig)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/transfers/{id}/cosign", op: "transfer.cosign", summary: "The platform's co-signature of a prepared transfer's consent: the second factor above the threshold when [trust] second_signer is platform.", out: "Transfer", h: func(ctx context.Context, c *call) (any, error) {
			return m.CosignTransfer(ctx, c.r.PathValue("id"))
		}},
		{api: apiRI, method: "PUT", path: "/ri/v1/wallets/{address}/second-device", op: "wallet.second-device", summary: "Register the second device whose signature a wallet's consents above [trust] second_signature_above need (the zero address removes it).", in: "SecondDeviceRequest", out: "Empty", h: func(ctx context.Context, c *call) (any, error) {
			var req api.SecondDeviceRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return struct{}{}, m.SetSecondDevice(ctx, c.r.PathValue("address"), req)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/exchange/quote", op: "exchange.quote", summary: "Ask the platform whose currency is wanted for a signed order at the rate the manifestos agree (ASEF, 7.2.2).", in: "ExchangeRequest", out: "Quote", h: func(ctx context.Context, c *call) (any, error) {
			var req api.ExchangeRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.Quote(ctx, req)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/exchange/swap", op: "exchange.swap", summary: "Get a quote and fill it from the taker's wallet in one transaction.", in: "ExchangeRequest", out: "Swap", header: []param{idempotencyKey}, h: func(ctx context.Context, c *call) (any, error) {
			key, err := keyOf(c.r)
			if err != nil {
				return nil, err
			}
			var req api.ExchangeRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			req.IdempotencyKey = key
			return m.Swap(ctx, req)
		}},
	}
}

// peerRoutes are RE: what other nodes call, every request signed.
func (s *Server) peerRoutes() []route {
	m := s.core
	return []route{
		{api: apiRE, method: "GET", path: "/re/v1/manifesto", op: "re.manifesto", summary: "This platform's signed manifesto (RE-5, FGMV-43 9.5 step 4).", out: "ManifestoJWS", h: func(ctx context.Context, c *call) (any, error) {
			sm, err := m.Manifesto(ctx)
			if err != nil {
				return nil, err
			}
			return map[string]string{"jws": sm.JWS}, nil
		}},
		{api: apiRE, method: "POST", path: "/re/v1/channels", op: "re.offer", summary: "Offer manifestos A and V (9.5 step 8); answers with the signed answer manifesto (step 10).", in: "OfferRequest", out: "OfferResponse", h: func(ctx context.Context, c *call) (any, error) {
			var req struct {
				Offer string `json:"offer"`
			}
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.Manage.HandleOffer(ctx, c.sender.DID, req.Offer)
		}},
		{api: apiRE, method: "POST", path: "/re/v1/channels/{id}/abort", op: "re.abort", summary: "The initiator gave up a negotiation.", out: "Empty", h: func(ctx context.Context, c *call) (any, error) {
			return struct{}{}, m.Manage.HandleAbort(ctx, c.sender.DID, c.r.PathValue("id"))
		}},
		{api: apiRE, method: "POST", path: "/re/v1/channels/{id}/messages", op: "re.message", summary: "A message from the peer over an established channel; it is logged and acknowledged with its place in the log.", in: "Message", out: "Receipt", h: s.message},
		{api: apiRE, method: "POST", path: "/re/v1/transfers", op: "re.transfer", summary: "A locked transfer offered by the origin (9.2 steps 4-8); answers with the signed decision: accepted (then released and imported) or rejected with a reason.", in: "TransferOffer", out: "TransferAnswer", h: func(ctx context.Context, c *call) (any, error) {
			t := m.TransferService()
			if t == nil {
				return nil, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "%v", core.ErrNoChain)
			}
			var o transfer.Offer
			if err := c.decode(&o); err != nil {
				return nil, err
			}
			jws, err := t.HandleOffer(ctx, "re", c.sender.DID, &o)
			if err != nil {
				return nil, err
			}
			return map[string]string{"answer": jws}, nil
		}},
		{api: apiRE, method: "POST", path: "/re/v1/quotes", op: "re.quote", summary: "A signed exchange order from this platform's treasury at the rate the channel agrees (ASEF).", in: "QuoteRequest", out: "Quote", h: func(ctx context.Context, c *call) (any, error) {
			t := m.TransferService()
			if t == nil {
				return nil, re.NewProblem(http.StatusServiceUnavailable, re.CodeUnavailable, "%v", core.ErrNoChain)
			}
			var q transfer.QuoteRequest
			if err := c.decode(&q); err != nil {
				return nil, err
			}
			return t.HandleQuote(ctx, c.sender.DID, &q)
		}},
		{api: apiRE, method: "POST", path: "/re/v1/virtual-bridges", op: "re.vbridge", summary: "Bridge only: prepare a virtual bridge for the gaps between two manifestos (9.5 steps 5-6); answers with manifesto V.", in: "BridgeRequest", out: "BridgeResponse", h: func(ctx context.Context, c *call) (any, error) {
			var req manage.BridgeRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return m.Manage.HandleVirtualBridge(ctx, c.sender.DID, req)
		}},
		{api: apiRE, method: "POST", path: "/re/v1/virtual-bridges/{id}/join", op: "re.vbridge.join", summary: "Bridge only: the responding platform connects to the virtual bridge (9.5 step 9).", in: "JoinRequest", out: "Empty", h: func(ctx context.Context, c *call) (any, error) {
			var req manage.JoinRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return struct{}{}, m.Manage.HandleJoin(ctx, c.sender.DID, c.r.PathValue("id"), req)
		}},
	}
}
