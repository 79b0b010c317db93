package core

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/transfer"
)

// ErrNoChain is returned by transfer and exchange operations while the
// contract suite is not on the node's chain.
var ErrNoChain = errors.New("the contract suite is not on this node's chain yet: transfers and exchange need it (the first mint deploys it on the embedded chain)")

// StartTransfers runs the transfer and exchange service (ASTF, ASEF) on the
// node's chain and content store, once the suite is on the chain; it does
// nothing when it runs already. The platform key is unlocked now.
func (c *Core) StartTransfers(ctx context.Context) (*transfer.Service, error) {
	if t := c.xfer.Load(); t != nil {
		return t, nil
	}
	if err := c.Unlock(); err != nil {
		return nil, err
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	addrs, err := n.TransferContracts()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoChain, err)
	}
	content, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	var token string
	if c.Home.Config.Node.AdmissionURL != "" {
		if token, err = c.Home.AdmissionToken(); err != nil {
			return nil, err
		}
	}
	// The home's [trust] as it is now: an operator may have approved
	// currencies deployed after the core opened.
	c.mu.Lock()
	tc := c.Home.Config.Trust
	tc.Partners = slices.Clone(tc.Partners)
	c.mu.Unlock()
	if err := c.Trust.Configure(trustConfig(tc)); err != nil {
		return nil, fmt.Errorf("config.toml [trust]: %w", err)
	}
	c.Trust.UseRegistry(n.Chain, addrs.Registry)
	s := &transfer.Service{
		Trust: c.Trust, Limits: treasuryLimits(tc),
		AdmissionURL: c.Home.Config.Node.AdmissionURL, AdmissionToken: token,
		DB: c.DB, Audit: c.Audit, Chain: n.Chain, Contracts: addrs,
		Signer: c.Manage.Signer, Client: c.Manage.Client, Resolver: c.Resolver, Channels: c.Manage,
		Keys:  &node.HomeKeys{Node: n, Passphrase: c.passphrase},
		Store: content, Log: c.log, Crash: c.cfg.Crash, Now: c.cfg.Now,
		Confirmations: c.Home.Config.Chain.Confirmations, DevChain: devChain(n),
		ReleaseMargin: c.Home.Config.Transfer.ReleaseMarginDuration(),
		Requests:      c.requests,
		Notify:        c.publish, SecondFactor: secondFactor(tc),
	}
	s.Outside = c.admitOutside
	if !c.xfer.CompareAndSwap(nil, s) {
		return c.xfer.Load(), nil
	}
	return s, nil
}

// TransferService is the transfer service, nil until StartTransfers.
func (c *Core) TransferService() *transfer.Service { return c.xfer.Load() }

// records reads transfer records, whether or not the service runs.
func (c *Core) records() *transfer.Service {
	if t := c.xfer.Load(); t != nil {
		return t
	}
	return &transfer.Service{DB: c.DB}
}

// StartTransfer gives an asset to a user on another platform (9.2).
func (c *Core) StartTransfer(ctx context.Context, req api.TransferRequest) (*api.Transfer, error) {
	r, err := c.transferRequest(req)
	if err != nil {
		return nil, err
	}
	t, err := c.StartTransfers(ctx)
	if err != nil {
		return nil, err
	}
	return t.Start(ctx, c.cfg.API, r)
}

// secondFactor is [trust]'s multi-factor consent rule, nil when unset.
func secondFactor(tc home.TrustConfig) *transfer.SecondFactor {
	if tc.SecondSignatureAbove == "" {
		return nil
	}
	above, _ := new(big.Int).SetString(tc.SecondSignatureAbove, 10) // validated with the config
	signer := tc.SecondSigner
	if signer == "" {
		signer = transfer.SecondDevice
	}
	return &transfer.SecondFactor{Above: above, Signer: signer}
}

func (c *Core) transferRequest(req api.TransferRequest) (transfer.Request, error) {
	d, err := time.ParseDuration(req.Deadline)
	if err != nil {
		return transfer.Request{}, fmt.Errorf("%w: deadline %q is not a duration such as 10m or 1h", transfer.ErrBadRequest, req.Deadline)
	}
	return transfer.Request{Asset: req.Asset, Amount: req.Amount, From: req.From, ToPlatform: req.ToPlatform, To: req.To, Deadline: d, Rights: req.Rights, Visibility: req.Visibility, Key: req.IdempotencyKey}, nil
}

// PrepareTransfer plans a transfer for the user's own wallet to sign.
func (c *Core) PrepareTransfer(ctx context.Context, req api.TransferRequest) (*api.PreparedTransfer, error) {
	r, err := c.transferRequest(req)
	if err != nil {
		return nil, err
	}
	t, err := c.StartTransfers(ctx)
	if err != nil {
		return nil, err
	}
	return t.Prepare(ctx, c.cfg.API, r)
}

func transferID(id string) (common.Hash, error) {
	if !isHash(id) {
		return common.Hash{}, fmt.Errorf("%w: %q is not a transfer id (0x and 64 hex digits; the transfer list shows them)", transfer.ErrBadRequest, id)
	}
	return common.HexToHash(id), nil
}

// TransferPrepared is a prepared transfer's typed data and lock again.
func (c *Core) TransferPrepared(ctx context.Context, id string) (*api.PreparedTransfer, error) {
	h, err := transferID(id)
	if err != nil {
		return nil, err
	}
	t, err := c.StartTransfers(ctx)
	if err != nil {
		return nil, err
	}
	return t.Prepared(ctx, h)
}

// SignTransfer takes the user's wallet's signatures.
func (c *Core) SignTransfer(ctx context.Context, id string, sig api.TransferSignatures) (*api.Transfer, error) {
	h, err := transferID(id)
	if err != nil {
		return nil, err
	}
	t, err := c.StartTransfers(ctx)
	if err != nil {
		return nil, err
	}
	return t.Sign(ctx, c.cfg.API, h, sig)
}

// CosignTransfer gives the platform's co-signature.
func (c *Core) CosignTransfer(ctx context.Context, id string) (*api.Transfer, error) {
	h, err := transferID(id)
	if err != nil {
		return nil, err
	}
	t, err := c.StartTransfers(ctx)
	if err != nil {
		return nil, err
	}
	return t.Cosign(ctx, c.cfg.API, h)
}

// SetSecondDevice registers a wallet's second device.
func (c *Core) SetSecondDevice(ctx context.Context, wallet string, req api.SecondDeviceRequest) error {
	w, err := optionalAddress(wallet)
	if err != nil {
		return err
	}
	d, err := optionalAddress(req.Device)
	if err != nil {
		return err
	}
	t, err := c.StartTransfers(ctx)
	if err != nil {
		return err
	}
	return t.SetSecondDevice(c.cfg.API, w, d)
}

// TransferList lists transfers, newest first.
func (c *Core) TransferList(context.Context) ([]api.Transfer, error) {
	return c.records().List()
}

// TransferShow shows one transfer.
func (c *Core) TransferShow(_ context.Context, id string) (*api.Transfer, error) {
	h, err := transferID(id)
	if err != nil {
		return nil, err
	}
	return c.records().Get(h, "")
}

// Quote asks the platform whose currency get is for a signed order.
func (c *Core) Quote(ctx context.Context, q api.ExchangeRequest) (*api.Quote, error) {
	taker, err := optionalAddress(q.Taker)
	if err != nil {
		return nil, err
	}
	t, err := c.StartTransfers(ctx)
	if err != nil {
		return nil, err
	}
	return t.QuoteFor(ctx, q.Pay, q.Get, q.Amount, taker)
}

// Swap fills a fresh quote from the taker's wallet.
func (c *Core) Swap(ctx context.Context, q api.ExchangeRequest) (*api.Swap, error) {
	if q.Taker == "" {
		return nil, fmt.Errorf("%w: taker is required: the wallet address that pays and receives", transfer.ErrBadRequest)
	}
	taker, err := optionalAddress(q.Taker)
	if err != nil {
		return nil, err
	}
	t, err := c.StartTransfers(ctx)
	if err != nil {
		return nil, err
	}
	return t.SwapFor(ctx, c.cfg.API, q.Pay, q.Get, q.Amount, taker, q.IdempotencyKey)
}

func optionalAddress(s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: %q is not an 0x address", transfer.ErrBadRequest, s)
	}
	return common.HexToAddress(s), nil
}

func isHash(s string) bool {
	if len(s) != 66 || s[:2] != "0x" {
		return false
	}
	for _, r := range s[2:] {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F') {
			return false
		}
	}
	return true
}

// devChain says whether a chain makes blocks only for transactions: the
// embedded chain, or a dev chain reached over JSON-RPC (geth --dev and the
// embedded chain use chain id 1337, Hardhat and Anvil 31337).
func devChain(n *node.Node) bool {
	id := n.Chain.ChainNumber().Uint64()
	return n.Embedded() || id == 1337 || id == 31337
}

// Gateway is the trustless gateway of the node's content store, served on
// RE /ipfs/.
func (c *Core) Gateway(ctx context.Context) (http.Handler, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	return s.Gateway()
}
