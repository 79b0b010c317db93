// Package daemon runs a mifm node (`mifm node run`): the chain, the IPFS
// store and its gateway, the node store, and two HTTP APIs, RI for the own
// platform's back end (FGMV-43 8.1) and RE for other nodes (8.2), with
// /healthz, /metrics and /openapi.json. It also gives the CLI one API over
// the node whether the daemon runs (a client of its RI API) or not (the same
// operations in process), so every command prints the same either way.
package daemon

import (
	"context"
	"time"

	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/transfer"
)

// API is what the CLI and the RI API offer over a node.
type API interface {
	Status(ctx context.Context) (*Status, error)
	Manifesto(ctx context.Context) (*manage.Signed, error)
	SetManifesto(ctx context.Context, m *manage.Manifesto) (*manage.Signed, error)
	OpenChannel(ctx context.Context, target string, opts manage.OpenOptions) (*manage.Channel, error)
	Channels(ctx context.Context) ([]manage.Channel, error)
	Channel(ctx context.Context, id string) (*manage.Channel, error)
	Send(ctx context.Context, id string, m manage.Message) (*manage.Receipt, error)
	AuditLog(ctx context.Context, q AuditQuery) ([]audit.Entry, error)
	VerifyAudit(ctx context.Context) (*audit.Report, error)
	StartTransfer(ctx context.Context, req transfer.Request) (*transfer.Record, error)
	TransferList(ctx context.Context) ([]transfer.Record, error)
	TransferShow(ctx context.Context, id string) (*transfer.Record, error)
	Quote(ctx context.Context, q ExchangeRequest) (*transfer.Quote, error)
	Swap(ctx context.Context, q ExchangeRequest) (*transfer.Swap, error)
	Close() error
}

// AuditQuery selects audit entries.
type AuditQuery struct {
	After uint64
	Since time.Time
	Limit int
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
}
