package re

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// ProblemBase prefixes the type URI of every problem mifm reports; the last
// path segment is the Code.
const ProblemBase = "https://w3id.org/mifm/problems/"

// Problem codes callers branch on.
const (
	CodeSignatureMissing = "signature-missing"
	CodeSignatureInvalid = "signature-invalid"
	CodeDigestMismatch   = "digest-mismatch"
	CodeStale            = "stale-timestamp"
	CodeReplay           = "replayed-nonce"
	CodeUnknownSender    = "unknown-sender"
	CodeImpersonation    = "impersonated-did"
	CodeWrongAudience    = "wrong-audience"
	CodeBodyTooLarge     = "body-too-large"
	CodeNoChannel        = "no-channel"
	CodeBadRequest       = "bad-request"
	CodeNotFound         = "not-found"
	CodeUnauthorized     = "unauthorized"
	CodeNegotiation      = "negotiation-failed"
	CodeNotBridge        = "not-a-bridge"
	CodeConflict         = "conflict"
	CodeForbidden        = "forbidden"
	CodeInternal         = "internal"
	CodeUnavailable      = "peer-unavailable"
	CodeRateLimited      = "rate-limited"
	// CodeNotPartner refuses a stranger what only partners may do (DESIGN.md, trust model).
	CodeNotPartner = "not-a-partner"
)

// Problem is an RFC 9457 problem detail, the body of every error answer of
// the RI and RE APIs.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
	// Code is the Type's last segment, for clients that switch on it.
	Code string `json:"code"`
	// Clashes lists the features a failed negotiation could not agree on.
	Clashes []string `json:"clashes,omitempty"`
}

func (p *Problem) Error() string {
	if p.Detail != "" {
		return fmt.Sprintf("%s (%d %s): %s", p.Title, p.Status, p.Code, p.Detail)
	}
	return fmt.Sprintf("%s (%d %s)", p.Title, p.Status, p.Code)
}

var titles = map[string]string{
	CodeSignatureMissing: "Request is not signed",
	CodeSignatureInvalid: "Request signature does not verify",
	CodeDigestMismatch:   "Body does not match its digest",
	CodeStale:            "Request timestamp outside the accepted window",
	CodeReplay:           "Request nonce already used",
	CodeUnknownSender:    "Sender DID cannot be resolved",
	CodeImpersonation:    "Signing key does not belong to the sender DID",
	CodeWrongAudience:    "Request is addressed to another node",
	CodeBodyTooLarge:     "Request body too large",
	CodeNoChannel:        "No established channel with the sender",
	CodeBadRequest:       "Bad request",
	CodeNotFound:         "Not found",
	CodeUnauthorized:     "Missing or wrong bearer token",
	CodeNegotiation:      "Negotiation failed",
	CodeNotBridge:        "This node is not a bridge",
	CodeConflict:         "Conflict",
	CodeInternal:         "Internal error",
	CodeUnavailable:      "Temporarily unavailable",
	CodeRateLimited:      "Too many requests",
}

// NewProblem makes a problem of a code with an HTTP status.
func NewProblem(status int, code, format string, args ...any) *Problem {
	title := titles[code]
	if title == "" {
		title = http.StatusText(status)
	}
	return &Problem{Type: ProblemBase + code, Title: title, Status: status, Code: code, Detail: fmt.Sprintf(format, args...)}
}

// IsCode says whether err is (or wraps) a Problem of code.
func IsCode(err error, code string) bool {
	var p *Problem
	return errors.As(err, &p) && p.Code == code
}

// WriteProblem answers with p as application/problem+json.
func WriteProblem(w http.ResponseWriter, r *http.Request, p *Problem) {
	if p.Instance == "" && r != nil {
		p.Instance = r.URL.Path
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}
