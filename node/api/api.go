// Package api is the contract of a mifm node toward its own platform: the
// operations of the RI API (FGMV-43 8.1) as one Go interface and the wire
// types they take and return. Two implementations keep it: node/core runs
// the operations on a home in this process, node/riclient calls a running
// node over HTTP. The CLI and the daemon's RI routes both go through it, so
// a command prints the same whether a node runs or not.
package api

import "context"

// Node is every operation a platform's back end has on its node.
type Node interface {
	Platform
	Transfers
	Moves
	Assets
	Content
	Identity
	Events
	Anchors
	Migrations
	Avatars
	// Close releases what the implementation holds (the home's stores in
	// process; nothing for a client of a running node).
	Close() error
}

// Platform is the node itself, its manifesto, its channels (MPMF, MBMF) and
// its audit log (LAF).
type Platform interface {
	Status(ctx context.Context) (*Status, error)
	Manifesto(ctx context.Context) (*SignedManifesto, error)
	SetManifesto(ctx context.Context, m *Manifesto) (*SignedManifesto, error)
	OpenChannel(ctx context.Context, req OpenChannelRequest) (*Channel, error)
	Channels(ctx context.Context) ([]Channel, error)
	Channel(ctx context.Context, id string) (*Channel, error)
	Send(ctx context.Context, id string, m Message) (*Receipt, error)
	AuditLog(ctx context.Context, q AuditQuery) ([]AuditEntry, error)
	VerifyAudit(ctx context.Context) (*AuditReport, error)
	// Partners are the operator's partners besides the registry's active
	// platforms ([trust] partners); SetPartner trusts a DID or stops
	// trusting it, at once and in config.toml.
	Partners(ctx context.Context) ([]string, error)
	SetPartner(ctx context.Context, did string, trusted bool) ([]string, error)
}

// Transfers are the escrowed transfers (ASTF, FGMV-43 9.2) and the
// currency exchange (ASEF).
type Transfers interface {
	StartTransfer(ctx context.Context, req TransferRequest) (*Transfer, error)
	TransferList(ctx context.Context) ([]Transfer, error)
	TransferShow(ctx context.Context, id string) (*Transfer, error)
	// PrepareTransfer plans a transfer the user signs in their own wallet
	// (ASIR-106): the node returns the consent as EIP-712 typed data and
	// the lock as an unsigned transaction, and never holds the key.
	PrepareTransfer(ctx context.Context, req TransferRequest) (*PreparedTransfer, error)
	TransferPrepared(ctx context.Context, id string) (*PreparedTransfer, error)
	// SignTransfer takes the wallet's signatures (and lock transaction)
	// and runs the transfer on like StartTransfer.
	SignTransfer(ctx context.Context, id string, sig TransferSignatures) (*Transfer, error)
	// CosignTransfer is the platform's co-signature, the second factor of
	// a consent above the threshold when [trust] second_signer = platform.
	CosignTransfer(ctx context.Context, id string) (*Transfer, error)
	// SetSecondDevice registers the second device of a wallet (the zero
	// address removes it).
	SetSecondDevice(ctx context.Context, wallet string, req SecondDeviceRequest) error
	Quote(ctx context.Context, q ExchangeRequest) (*Quote, error)
	Swap(ctx context.Context, q ExchangeRequest) (*Swap, error)
}
