package daemon

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/re"
)

// identityRoutes are DIDs and credentials on RI (IDVF, RI-4).
func (s *Server) identityRoutes() []route {
	m := s.core
	return []route{
		{api: apiRI, method: "GET", path: "/ri/v1/dids", op: "did.list", summary: "The DIDs whose keys the node's home keeps (without their secrets).", out: "StoredDIDs", h: func(ctx context.Context, c *call) (any, error) {
			return m.DIDs(ctx)
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/dids", op: "did.create", summary: "Make a DID whose private key the home keeps, encrypted with the keystore passphrase: a did:key, or a did:ethr on the node's chain.", in: "CreateDID", out: "CreatedDID", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.CreateDIDRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.CreateDID(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/dids/{did}/updates", op: "did.update", summary: "Make one change to a did:ethr in the DID registry on the node's chain (ERC-1056): add a key (kept in the home) or a service, add or revoke a delegate, change the owner or deactivate; signed by the DID's owner key from the home and sent by the platform key. Answers with the transaction and the document after it.", in: "UpdateDID", out: "DIDUpdate", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.UpdateDIDRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			if req.DID != "" && req.DID != c.r.PathValue("did") {
				return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "the body's did %q is not the path's %q", req.DID, c.r.PathValue("did"))
			}
			req.DID = c.r.PathValue("did")
			return identityResult(m.UpdateDID(ctx, req))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/dids/{did}", op: "did.resolve", summary: "Resolve a DID (did:key, did:pkh, did:web, did:ethr on the node's chain) into its W3C DID Resolution result. As the DID Resolution HTTP binding has it, a failed resolution is answered with the result, its didResolutionMetadata.error naming the failure, and status 400 (invalidDid; for did:key also invalidPublicKeyLength, invalidPublicKey, invalidPublicKeyType), 404 (notFound), 501 (methodNotSupported, unsupportedPublicKeyType) or 500.", out: "DIDResolution", query: []param{
			{"versionId", "string", "did:ethr: the document as of this block"},
			{"publicKeyFormat", "string", "the did:key spec's name for keyFormat"},
			{"keyFormat", "string", "how did:key documents write keys: Multikey (the default), Ed25519VerificationKey2020, JsonWebKey2020, or Ed25519VerificationKey2018 (the 2018/2019 types of the method's test vectors)"},
		}, raw: http.HandlerFunc(s.resolveDID)},
		{api: apiRI, method: "POST", path: "/ri/v1/credentials/verify", op: "credential.verify", summary: "Verify a credential (a JSON-LD credential with a Data Integrity proof, or as a string a vc+jwt, SD-JWT or base64 COSE credential, with keys given out of band if the issuer has no DID) and, with a policy, decide its admission (IDVF): the verdict lists every check and every rule with its outcome. A credential that fails is a verdict (200), not an error; the platform is notified with a credential.verdict event.", in: "VerifyCredential", out: "CredentialVerdict", h: func(ctx context.Context, c *call) (any, error) {
			var req api.VerifyCredentialRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.VerifyCredential(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/presentations/verify", op: "presentation.verify", summary: "Verify a presentation (JSON with a Data Integrity proof, or secured: vp+jwt, JWT-VC 1.1 or vp+cose) for the verifier's challenge (and domain), or as a stored record, each credential in it, the admission policy for the holder and a presentation definition; the platform is notified with a credential.verdict event.", in: "VerifyPresentation", out: "PresentationVerdict", h: func(ctx context.Context, c *call) (any, error) {
			var req api.VerifyPresentationRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.VerifyPresentation(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/credentials", op: "credential.issue", summary: "Issue a credential signed by a DID of the node's home: a Data Integrity proof (eddsa-rdfc-2022, eddsa-jcs-2022 or Ed25519Signature2020), a vc+jwt or an SD-JWT; with status, an entry in a Bitstring Status List of the home, whose signed list credential is returned for the platform to publish at its URL.", in: "IssueCredential", out: "IssuedCredential", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.IssueCredentialRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.IssueCredential(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/credentials/revoke", op: "credential.revoke", summary: "Revoke (or suspend, by the list's purpose; or reinstate) a credential the home issued with a status entry, and sign the status list anew.", in: "RevokeCredential", out: "Revocation", h: func(ctx context.Context, c *call) (any, error) {
			var req api.RevokeCredentialRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.RevokeCredential(ctx, req))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/presentations", op: "presentation.create", summary: "Present credentials, signed by a holder DID of the home (an Ed25519 did:key) for one verifier's challenge; with a presentation definition, only the credentials it asks for.", in: "Present", out: "Presentation", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.PresentRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.Present(ctx, req))
		}},
		{api: apiRI, method: "GET", path: "/ri/v1/platforms/registration", op: "platform.registration", summary: "A platform's standing in the platform registry on the node's chain: active, and the attester key that signs its transfer decisions (this node's own platform without did).", out: "Registration", query: []param{
			{"did", "string", "the platform's DID (default: this node's)"},
		}, h: func(ctx context.Context, c *call) (any, error) {
			return identityResult(m.Registration(ctx, c.r.URL.Query().Get("did")))
		}},
		{api: apiRI, method: "POST", path: "/ri/v1/platforms", op: "platform.register", summary: "Register another platform in the registry, sent from the node's platform key: only the registrar's (the key that deployed the suite) is accepted.", in: "RegisterPlatform", out: "PlatformRegistration", status: http.StatusCreated, h: func(ctx context.Context, c *call) (any, error) {
			var req api.RegisterPlatformRequest
			if err := c.decode(&req); err != nil {
				return nil, err
			}
			return identityResult(m.RegisterPlatform(ctx, req))
		}},
	}
}

// identityResult turns an identity operation's error into the problem it answers
// with: the caller's mistakes are 400, a DID key the home lacks 404.
// (Here rather than in toProblem: these errors are this area's.)
func identityResult[T any](out T, err error) (any, error) {
	if err == nil {
		return out, nil
	}
	return nil, identityProblem(err)
}

func identityProblem(err error) error {
	return knownCode(identityProblemOf(err), err)
}

func identityProblemOf(err error) error {
	var p *re.Problem
	switch {
	case errors.As(err, &p):
		if outer := err.Error(); outer != p.Error() {
			// A peer's problem, or a transport failure re.Client reports
			// as one, wrapped on the way: its status and code stand, and
			// its detail keeps what the wrapping says (which peer, which
			// step: "ask B for an offer: …"), lost otherwise.
			q := *p
			q.Detail = strings.Replace(outer, p.Error(), p.Detail, 1)
			return &q
		}
		return p
	case errors.Is(err, did.ErrNoKey):
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "%s", err.Error())
	case errors.Is(err, core.ErrIdentityInput), errors.Is(err, did.ErrInvalidDID), errors.Is(err, did.ErrMethodNotSupported),
		errors.Is(err, did.ErrNotFound), errors.Is(err, did.ErrUnknownContext), errors.Is(err, did.ErrUndefinedTerm),
		errors.Is(err, did.ErrCredentialSyntax), errors.Is(err, did.ErrJOSE), errors.Is(err, did.ErrSDJWT):
		// A subject or issuer DID that does not resolve, a claim no context
		// defines: what the caller sent must change.
		return re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%s", err.Error())
	}
	return err
}

// resolveDID answers a DID resolution as the DID Resolution HTTP binding
// does: the result, also on failure, with a status for its error code.
func (s *Server) resolveDID(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("did")
	q := r.URL.Query()
	if v, ok := q["versionId"]; ok {
		if len(v) != 1 {
			re.WriteProblem(w, r, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "give versionId once"))
			return
		}
		id += "?versionId=" + v[0]
	}
	format := q.Get("keyFormat")
	if format == "" {
		// The did:key spec and its test suite name the option publicKeyFormat.
		format = q.Get("publicKeyFormat")
	}
	res, err := s.core.ResolveDID(r.Context(), api.ResolveRequest{DID: id, KeyFormat: format})
	status := http.StatusOK
	if err != nil {
		if res == nil {
			p := identityProblem(err)
			if !errors.As(p, new(*re.Problem)) {
				p = re.NewProblem(http.StatusInternalServerError, re.CodeInternal, "%s", err.Error())
			}
			re.WriteProblem(w, r, p.(*re.Problem))
			return
		}
		switch res.ResolutionMetadata.Error {
		case "invalidDid", "invalidPublicKeyLength", "invalidPublicKey", "invalidPublicKeyType":
			status = http.StatusBadRequest
		case "notFound":
			status = http.StatusNotFound
		case "methodNotSupported", "unsupportedPublicKeyType":
			status = http.StatusNotImplemented
		default:
			status = http.StatusInternalServerError
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(res)
}

// identitySchemas are the OpenAPI schemas identityRoutes name.
func identitySchemas() map[string]any {
	str := func(desc string) map[string]any { return map[string]any{"type": "string", "description": desc} }
	obj := func(desc string) map[string]any { return map[string]any{"type": "object", "description": desc} }
	strs := map[string]any{"type": "array", "items": map[string]any{"type": "string"}}
	check := map[string]any{"type": "object", "required": []string{"name", "ok", "reason"}, "properties": map[string]any{
		"name": str("the check: syntax, proof, validity, status, holder…"), "ok": map[string]any{"type": "boolean"}, "reason": map[string]any{"type": "string"},
	}}
	checks := map[string]any{"type": "array", "items": check}
	decision := map[string]any{"type": "object", "description": "the admission policy's decision, rule by rule", "properties": map[string]any{
		"allowed": map[string]any{"type": "boolean"},
		"reasons": map[string]any{"type": "array", "items": map[string]any{"type": "object", "properties": map[string]any{
			"rule": str("the rule: a credential type, acceptedDidMethods, minimumAge, minimumReputation"), "ok": map[string]any{"type": "boolean"}, "detail": map[string]any{"type": "string"},
		}}},
	}}
	verification := map[string]any{
		"verified": map[string]any{"type": "boolean", "description": "every check passed"},
		"version":  map[string]any{"type": "integer", "description": "the data model: 1 or 2"},
		"issuer":   map[string]any{"type": "string"}, "subjects": strs, "checks": checks,
	}
	statusLists := map[string]any{"type": "array", "maxItems": core.MaxStatusLists, "items": obj("a status list credential; lists not given are read from the home's own or fetched over HTTPS")}
	policy := obj("an admission policy: acceptedDidMethods, minimumAge, minimumReputation, credentials (type, required, trustedIssuers, claims)")
	at := map[string]any{"type": "string", "format": "date-time", "description": "verify as of this time instead of now"}
	keys := map[string]any{"type": "array", "minItems": 1, "maxItems": 16, "description": "keys held out of band (verification methods or public JWKs): the kid must name one; no DID is resolved for those signatures", "items": obj("a verification method or a public JWK")}
	return map[string]any{
		"StoredDIDs": map[string]any{"type": "array", "items": map[string]any{"type": "object", "properties": map[string]any{
			"did": map[string]any{"type": "string"}, "key": str("the key's own did:key when did is of another method"), "type": map[string]any{"type": "string"},
			"address": str("a secp256k1 key's Ethereum address"), "created": map[string]any{"type": "string", "format": "date-time"},
		}}},
		"CreateDID": map[string]any{"type": "object", "properties": map[string]any{
			"method":  map[string]any{"type": "string", "enum": []string{"key", "ethr"}, "default": "key"},
			"keyType": map[string]any{"type": "string", "enum": []string{"ed25519", "secp256k1", "p256", "p384", "p521"}, "description": "default ed25519 (did:key), secp256k1 (did:ethr, its only type)"},
		}},
		"UpdateDID": map[string]any{"type": "object", "description": "exactly one of addKey, addService, addDelegate, revokeDelegate, changeOwner, deactivate", "properties": map[string]any{
			"addKey": map[string]any{"type": "string", "enum": []string{"ed25519", "secp256k1"}}, "addService": map[string]any{"type": "string", "description": "TYPE=URL"},
			"addDelegate": map[string]any{"type": "string"}, "revokeDelegate": map[string]any{"type": "string"}, "changeOwner": map[string]any{"type": "string"},
			"deactivate": map[string]any{"type": "boolean"}, "purpose": map[string]any{"type": "string", "enum": []string{"veriKey", "sigAuth"}},
			"validFor": map[string]any{"type": "string", "description": "Go duration, default 8760h"},
		}},
		"DIDUpdate": map[string]any{"type": "object", "properties": map[string]any{"did": map[string]any{"type": "string"}, "op": map[string]any{"type": "string"}, "key": map[string]any{"type": "string"},
			"tx": map[string]any{"type": "string"}, "block": map[string]any{"type": "integer"}, "gasUsed": map[string]any{"type": "integer"}, "sentBy": map[string]any{"type": "string"}, "document": ref("DIDDocument")}},
		"CreatedDID": map[string]any{"type": "object", "properties": map[string]any{"did": map[string]any{"type": "string"}, "keyType": map[string]any{"type": "string"}, "document": ref("DIDDocument")}},
		"DIDResolution": map[string]any{"type": "object", "description": "a W3C DID Resolution result", "properties": map[string]any{
			"@context": map[string]any{"type": "string"}, "didDocument": ref("DIDDocument"),
			"didResolutionMetadata": map[string]any{"type": "object", "properties": map[string]any{
				"contentType": map[string]any{"type": "string"}, "error": map[string]any{"type": "string", "enum": []string{"invalidDid", "notFound", "methodNotSupported", "internalError"}},
				"message": map[string]any{"type": "string"}, "method": map[string]any{"type": "string"}, "resolved": map[string]any{"type": "string", "format": "date-time"}, "cached": map[string]any{"type": "boolean"},
			}},
			"didDocumentMetadata": obj("created, updated, deactivated, versionId, nextVersionId…"),
		}},
		"VerifyCredential": map[string]any{"type": "object", "required": []string{"credential"}, "properties": map[string]any{
			"credential":  map[string]any{"description": "a JSON-LD credential (object), or a vc+jwt or JWT-VC 1.1 JWT, an SD-JWT, or a COSE credential (application/vc+cose) in base64 (string)", "oneOf": []any{map[string]any{"type": "object"}, map[string]any{"type": "string"}}},
			"keys":        keys,
			"policy":      policy,
			"statusLists": statusLists,
			"challenge":   str("SD-JWT: require a holder binding over this nonce"), "domain": str("SD-JWT: and for this audience"),
			"at": at,
		}},
		"CredentialVerdict": map[string]any{"type": "object", "required": []string{"verified", "checks"}, "properties": withProp(verification, "policy", decision)},
		"VerifyPresentation": map[string]any{"type": "object", "properties": map[string]any{
			"presentation": obj("a JSON-LD verifiable presentation with a Data Integrity proof (or give secured)"),
			"secured":      str("a presentation secured as a whole: a vp+jwt (VC-JOSE-COSE) or JWT-VC 1.1 JWT, or a vp+cose in base64"),
			"keys":         keys,
			"record":       map[string]any{"type": "boolean", "description": "read a stored VC-JOSE-COSE presentation as a record: signatures and times, no challenge, credentials not bound to the holder; admits no one (no policy, definition or challenge with it; the verdict says record: true)"},
			"challenge":    str("the nonce the verifier gave the holder (required unless record)"), "domain": str("the verifier's domain, when the presentation must name it"),
			"policy": policy, "definition": obj("a DIF Presentation Exchange 2.0 presentation definition"),
			"statusLists": statusLists, "at": at,
		}},
		"PresentationVerdict": map[string]any{"type": "object", "required": []string{"verified", "checks"}, "properties": map[string]any{
			"verified": map[string]any{"type": "boolean"}, "holder": map[string]any{"type": "string"}, "checks": checks,
			"credentials": map[string]any{"type": "array", "items": map[string]any{"type": "object", "properties": verification}},
			"policy":      decision,
			"submission":  obj("how the verified credentials answer the definition: definitionId, satisfied, descriptors (id, credentials, reason)"),
			"record":      map[string]any{"type": "boolean", "description": "the presentation was read as a stored record: it admits no one"},
		}},
		"IssueCredential": map[string]any{"type": "object", "required": []string{"issuer", "subject", "claims"}, "properties": map[string]any{
			"issuer": str("a DID whose key the home keeps"), "subject": str("the subject's DID"), "types": strs,
			"claims": obj("the claims about the subject"), "contexts": strs,
			"version":    map[string]any{"type": "integer", "enum": []int{1, 2}, "default": 2},
			"format":     map[string]any{"type": "string", "enum": []string{api.FormatLDP, api.FormatJWT, api.FormatSDJWT}, "default": api.FormatLDP},
			"suite":      map[string]any{"type": "string", "enum": did.Suites},
			"validUntil": map[string]any{"type": "string", "format": "date-time"},
			"status": map[string]any{"type": "object", "required": []string{"url"}, "properties": map[string]any{
				"url": str("where the status list credential is published"), "purpose": map[string]any{"type": "string", "enum": []string{did.StatusRevocation, did.StatusSuspension}},
			}},
		}},
		"IssuedCredential": map[string]any{"type": "object", "properties": map[string]any{
			"format": map[string]any{"type": "string"}, "credential": obj("the JSON-LD credential (format ldp)"), "token": str("the vc+jwt or SD-JWT"),
			"statusList": obj("the signed status list credential to publish at its URL"), "statusListFile": str("where the node wrote it"),
		}},
		"RevokeCredential": map[string]any{"type": "object", "required": []string{"credential"}, "properties": map[string]any{
			"credential": map[string]any{"description": "the credential as issued: object or vc+jwt/SD-JWT string", "oneOf": []any{map[string]any{"type": "object"}, map[string]any{"type": "string"}}},
			"reinstate":  map[string]any{"type": "boolean", "description": "clear the entry instead (lift a suspension)"},
		}},
		"Revocation": map[string]any{"type": "object", "properties": map[string]any{
			"credential": str("the credential's id"), "status": map[string]any{"type": "string", "enum": []string{"revoked", "suspended", "reinstated"}},
			"statusList": str("the list's URL"), "index": map[string]any{"type": "integer"}, "publish": str("the file of the list signed anew"),
			"statusListCredential": obj("the list signed anew, to publish at its URL"),
		}},
		"Present": map[string]any{"type": "object", "required": []string{"holder", "credentials", "challenge"}, "properties": map[string]any{
			"holder": str("an Ed25519 did:key of the home"), "credentials": map[string]any{"type": "array", "maxItems": core.MaxPresented, "items": map[string]any{"type": "object"}},
			"challenge": str("the verifier's nonce"), "domain": str("the verifier"), "definition": obj("a presentation definition: present only what it asks for"),
		}},
		"Presentation": obj("a W3C verifiable presentation with the holder's Data Integrity proof"),
		"Registration": map[string]any{"type": "object", "properties": map[string]any{
			"did": map[string]any{"type": "string"}, "platformId": str("keccak256 of the DID"), "registry": str("the registry contract's address"),
			"active": map[string]any{"type": "boolean"}, "attester": str("the key that signs the platform's transfer decisions"),
		}},
		"RegisterPlatform": map[string]any{"type": "object", "required": []string{"did", "admin"}, "properties": map[string]any{
			"did": str("the platform's DID"), "admin": str("the platform admin's address (0x… or CAIP-10)"), "attester": str("the attester key's address (default: the admin)"),
		}},
		"PlatformRegistration": map[string]any{"type": "object", "properties": map[string]any{
			"did": map[string]any{"type": "string"}, "platformId": map[string]any{"type": "string"}, "admin": map[string]any{"type": "string"},
			"attester": map[string]any{"type": "string"}, "tx": map[string]any{"type": "string"}, "gasUsed": map[string]any{"type": "integer"},
		}},
	}
}

// withProp is props and one more.
func withProp(props map[string]any, name string, v any) map[string]any {
	out := map[string]any{name: v}
	for k, p := range props {
		out[k] = p
	}
	return out
}
