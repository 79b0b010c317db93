package daemon

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/mifm/mifm/node/manage"
)

// OpenAPI is the OpenAPI 3.1 document of both APIs, made from the same
// route table the servers are built from.
func (s *Server) OpenAPI() map[string]any {
	paths := map[string]map[string]any{}
	for _, rt := range s.routes {
		op := map[string]any{
			"operationId": rt.op,
			"summary":     rt.summary,
			"tags":        []string{tag(rt)},
		}
		ok := map[string]any{"description": "success"}
		switch {
		case rt.outMedia != "":
			schema := map[string]any{"type": "string", "format": "binary"}
			if rt.out != "" {
				schema = ref(rt.out)
			}
			ok["content"] = map[string]any{rt.outMedia: map[string]any{"schema": schema}}
		case rt.out != "":
			ok["content"] = map[string]any{"application/json": map[string]any{"schema": ref(rt.out)}}
		}
		status := "200"
		if rt.status != 0 {
			status = strconv.Itoa(rt.status)
		}
		op["responses"] = map[string]any{
			status:    ok,
			"default": map[string]any{"description": "an RFC 9457 problem", "content": map[string]any{"application/problem+json": map[string]any{"schema": ref("Problem")}}},
		}
		switch {
		case rt.inMedia != "":
			schema := map[string]any{"type": "string", "format": "binary"}
			if rt.in != "" {
				schema = ref(rt.in)
			}
			op["requestBody"] = map[string]any{"required": true, "content": map[string]any{rt.inMedia: map[string]any{"schema": schema}}}
		case rt.in != "":
			op["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": ref(rt.in)}}}
		}
		switch rt.api {
		case apiRI:
			op["security"] = []any{map[string]any{"riBearer": []string{}}}
		case apiRE:
			op["security"] = []any{map[string]any{"reSignature": []string{}}}
			op["parameters"] = []any{map[string]any{"name": "Content-Digest", "in": "header", "required": true, "description": "RFC 9530 digest of the body: sha-256=:BASE64:", "schema": map[string]any{"type": "string"}}}
		default:
			op["security"] = []any{}
		}
		var params []any
		for _, m := range pathParam.FindAllStringSubmatch(rt.path, -1) {
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
		}
		for _, q := range rt.query {
			params = append(params, map[string]any{"name": q.name, "in": "query", "required": false, "description": q.desc, "schema": map[string]any{"type": q.typ}})
		}
		for _, h := range rt.header {
			params = append(params, map[string]any{"name": h.name, "in": "header", "required": false, "description": h.desc, "schema": map[string]any{"type": h.typ, "pattern": "^[!-~]{1,255}$"}})
		}
		if len(params) > 0 {
			if prev, ok := op["parameters"].([]any); ok {
				params = append(prev, params...)
			}
			op["parameters"] = params
		}
		p := strings.ReplaceAll(rt.path, "...}", "}")
		if paths[p] == nil {
			paths[p] = map[string]any{}
		}
		paths[p][strings.ToLower(rt.method)] = op
	}
	var manifesto map[string]any
	_ = json.Unmarshal(manage.Schema, &manifesto)
	delete(manifesto, "$schema")
	obj := func(desc string) map[string]any { return map[string]any{"type": "object", "description": desc} }
	return map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{
			"title":       "mifm node: RI and RE APIs",
			"version":     "1",
			"description": "RI (the own platform, FGMV-43 8.1) is served on the RI address with a bearer token; RE (other nodes, 8.2) on the RE address, every request signed: header Mifm-Signature carries a compact JWS (typ mifm-re+jwt) by the sending platform's DID key with claims iss, aud, htm, htu, iat, jti, dig, and Content-Digest the body's SHA-256.",
		},
		"paths": paths,
		"components": map[string]any{
			"securitySchemes": map[string]any{
				"riBearer":    map[string]any{"type": "http", "scheme": "bearer", "description": "the token in the home's ri-token file"},
				"reSignature": map[string]any{"type": "apiKey", "in": "header", "name": "Mifm-Signature", "description": "compact JWS over the request (see info.description)"},
			},
			"schemas": mergeSchemas(map[string]any{
				"Problem": map[string]any{"type": "object", "required": []string{"type", "title", "status", "code"}, "properties": map[string]any{
					"type": map[string]any{"type": "string", "format": "uri"}, "title": map[string]any{"type": "string"}, "status": map[string]any{"type": "integer"},
					"detail": map[string]any{"type": "string"}, "instance": map[string]any{"type": "string"}, "code": map[string]any{"type": "string"},
					"clashes": map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
				}},
				"Manifesto":       manifesto,
				"SignedManifesto": map[string]any{"type": "object", "properties": map[string]any{"manifesto": ref("Manifesto"), "jws": map[string]any{"type": "string"}, "hash": map[string]any{"type": "string"}}},
				"ManifestoJWS":    map[string]any{"type": "object", "properties": map[string]any{"jws": map[string]any{"type": "string", "description": "compact JWS, typ mifm-manifesto+jwt"}}},
				"OpenChannel": map[string]any{"type": "object", "required": []string{"peer"}, "properties": map[string]any{
					"peer":    map[string]any{"type": "string", "description": "the other node's RE base URL or platform DID"},
					"bridge":  map[string]any{"type": "string", "description": "a bridge node's RE base URL or DID, for the gaps"},
					"require": map[string]any{"type": "array", "items": map[string]any{"type": "string"}, "description": "features (kind:value) the channel must carry"},
				}},
				"Channel":        obj("a channel: id, role, state, parties, agreement (direct, bridged, gaps, limits, rates, policies), the signed manifestos, offer and answer"),
				"Channels":       map[string]any{"type": "array", "items": ref("Channel")},
				"Message":        map[string]any{"type": "object", "required": []string{"kind"}, "properties": map[string]any{"kind": map[string]any{"type": "string"}, "body": map[string]any{}}},
				"Receipt":        map[string]any{"type": "object", "properties": map[string]any{"channel": map[string]any{"type": "string"}, "seq": map[string]any{"type": "integer"}, "hash": map[string]any{"type": "string"}}},
				"OfferRequest":   map[string]any{"type": "object", "required": []string{"offer"}, "properties": map[string]any{"offer": map[string]any{"type": "string", "description": "compact JWS, typ mifm-offer+jwt"}}},
				"OfferResponse":  map[string]any{"type": "object", "properties": map[string]any{"answer": map[string]any{"type": "string", "description": "compact JWS, typ mifm-answer+jwt"}}},
				"BridgeRequest":  map[string]any{"type": "object", "required": []string{"channel", "manifesto", "peerManifesto"}, "properties": map[string]any{"channel": map[string]any{"type": "string"}, "manifesto": map[string]any{"type": "string"}, "peerManifesto": map[string]any{"type": "string"}}},
				"BridgeResponse": map[string]any{"type": "object", "properties": map[string]any{"virtualBridge": map[string]any{"type": "string", "description": "manifesto V: compact JWS, typ mifm-vbridge+jwt"}}},
				"JoinRequest":    map[string]any{"type": "object", "required": []string{"channel"}, "properties": map[string]any{"channel": map[string]any{"type": "string"}}},
				"Transfer":       obj("a transfer as this node records it: id, role (outgoing, incoming), state, asset, amount, peer, channel, escrow, the on-chain transfer, terms (rights, visibility), the depositor's consent, lock transaction, the destination's signed answer, the settlement, history, replayed (the answer to a request sent again under its Idempotency-Key: the transfer it started, as it stands)"),
				"Transfers":      map[string]any{"type": "array", "items": ref("Transfer")},
				"TransferRequest": map[string]any{"type": "object", "required": []string{"asset", "toPlatform", "to", "deadline"}, "properties": map[string]any{
					"asset": map[string]any{"type": "string", "description": "CAIP-19 token (erc721, erc1155) or currency (erc20)"}, "amount": map[string]any{"type": "string"},
					"from":       map[string]any{"type": "string", "description": "the depositor's address (a keystore account); the token's owner when left out"},
					"toPlatform": map[string]any{"type": "string"}, "to": map[string]any{"type": "string"}, "deadline": map[string]any{"type": "string", "description": "Go duration, at most 720h"},
					"rights": map[string]any{"type": "array", "items": map[string]any{"type": "string"}}, "visibility": map[string]any{"type": "string", "enum": []string{"public", "unlisted", "private"}},
				}},
				"PreparedTransfer": obj("transfer (the record, state prepared), consent (EIP-712 typed data for eth_signTypedData_v4: domain mifm Escrow 1, chainId, the escrow; primaryType Consent), consentDigest, approve (an ERC-20 allowance to give first, when short), lock (chainId, from, to, data, value: the unsigned lock), secondSigner (who must also sign the typed data, above the threshold)"),
				"TransferSignatures": map[string]any{"type": "object", "required": []string{"consent"}, "properties": map[string]any{
					"consent":         map[string]any{"type": "string", "description": "65-byte signature (0x hex) of the consent typed data by the depositor"},
					"secondSignature": map[string]any{"type": "string", "description": "the same typed data signed by the second signer, above the threshold"},
					"lockTx":          map[string]any{"type": "string", "description": "the lock transaction's hash, once the wallet sent it"},
				}},
				"SecondDeviceRequest": map[string]any{"type": "object", "required": []string{"device"}, "properties": map[string]any{"device": map[string]any{"type": "string", "description": "0x address of the second device; the zero address removes it"}}},
				"TransferOffer":       obj("id, chain, escrow, transfer (the escrow struct), lockTx, asset, terms, consent (EIP-712), channel"),
				"TransferAnswer":      map[string]any{"type": "object", "properties": map[string]any{"answer": map[string]any{"type": "string", "description": "compact JWS, typ mifm-transfer+jwt"}}},
				"ExchangeRequest":     map[string]any{"type": "object", "required": []string{"pay", "get", "amount"}, "properties": map[string]any{"pay": map[string]any{"type": "string"}, "get": map[string]any{"type": "string"}, "amount": map[string]any{"type": "string"}, "taker": map[string]any{"type": "string"}}},
				"QuoteRequest":        obj("channel, pay, payToken, get, amount, taker"),
				"Quote":               obj("platform, pay, get, rate, pays, gets, order (EIP-712 Exchange order), signature, hash"),
				"Swap":                obj("quote, tx, gas, replayed (the answer to a swap sent again under its Idempotency-Key: the first one's fill)"),
				"Status":              obj("the node's DID, endpoints, manifesto revision, channel count, audit head, content backend (backend, ok, detail)"),
				"AuditEntries":        map[string]any{"type": "array", "items": obj("seq, time, api, op, actor, subject, outcome, detail, prev, hash")},
				"AuditReport":         obj("ok, entries, head, brokenAt, reason"),
				"Health":              obj("status: ok"),
				"DIDDocument":         obj("a W3C DID document"),
				"Empty":               obj("nothing"),
				"Partners":            map[string]any{"type": "array", "items": map[string]any{"type": "string", "description": "a platform DID"}},
			}, assetSchemas(), contentSchemas(), identitySchemas(), eventSchemas(), moveSchemas(), anchorSchemas(), migrationSchemas(), avatarSchemas()),
		},
	}
}

// mergeSchemas joins the schemas of every area; a name twice is a bug.
func mergeSchemas(areas ...map[string]any) map[string]any {
	out := map[string]any{}
	for _, a := range areas {
		for k, v := range a {
			if _, dup := out[k]; dup {
				panic("OpenAPI schema " + k + " defined twice")
			}
			out[k] = v
		}
	}
	return out
}

var pathParam = regexp.MustCompile(`\{([a-zA-Z]+)(?:\.\.\.)?\}`)

func ref(name string) map[string]any { return map[string]any{"$ref": "#/components/schemas/" + name} }

func tag(rt route) string {
	switch rt.api {
	case apiRI:
		return "RI"
	case apiRE:
		return "RE"
	}
	return "public"
}

func (s *Server) serveOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(s.OpenAPI())
}
