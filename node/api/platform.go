package api

import (
	"time"

	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/manage"
)

// The platform's wire types are the manage and audit packages' own: their
// JSON is what RI sends.
type (
	Manifesto       = manage.Manifesto
	SignedManifesto = manage.Signed
	Channel         = manage.Channel
	Message         = manage.Message
	Receipt         = manage.Receipt
	AuditEntry      = audit.Entry
	AuditReport     = audit.Report
)

// AuditQuery selects audit entries: after a sequence number, at or after a
// time, at most Limit (0: all).
type AuditQuery struct {
	After uint64
	Since time.Time
	Limit int
}

// OpenChannelRequest is the body of POST /ri/v1/channels.
type OpenChannelRequest struct {
	// Peer is the other node's RE URL or its platform DID.
	Peer string `json:"peer"`
	// Bridge is a bridge node's RE URL or DID, for the gaps.
	Bridge string `json:"bridge,omitempty"`
	// Require lists features (kind:value) the channel must carry.
	Require []string `json:"require,omitempty"`
}

// Status is what GET /ri/v1/node answers.
type Status struct {
	DID       string `json:"did"`
	Running   bool   `json:"running"` // a daemon serves the node
	PID       int    `json:"pid,omitempty"`
	Bridge    bool   `json:"bridge"`
	PublicURL string `json:"publicUrl"`
	RI        string `json:"ri,omitempty"`
	RE        string `json:"re,omitempty"`
	Chain     string `json:"chain,omitempty"`
	ChainRPC  string `json:"chainRpc,omitempty"`
	Gateway   string `json:"gateway,omitempty"`
	// Manifesto is the registered manifesto's revision (0: none).
	Manifesto uint64 `json:"manifestoRevision"`
	Channels  int    `json:"channels"`
	// Transfers says the transfer and exchange service runs (the contract
	// suite is on the node's chain).
	Transfers bool   `json:"transfers"`
	AuditSeq  uint64 `json:"auditEntries"`
	AuditHead string `json:"auditHead"`
	Started   string `json:"started,omitempty"`
	// Content is the content backend and whether it answers.
	Content *ipfs.Health `json:"content,omitempty"`
}
