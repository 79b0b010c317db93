package daemon

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/transfer"
)

// ErrNoChain is returned by transfer and exchange operations of a core that
// has no chain attached.
var ErrNoChain = errors.New("this node runs without a chain: transfers and exchange need `mifm node run` (or a command that opens the chain)")

// AttachChain gives the core a chain, its suite contracts and (for
// importing assets) a content store: the transfer and exchange service
// (ASTF, ASEF) runs on them. The platform key is unlocked now.
func (c *Core) AttachChain(n *node.Node, content *ipfs.Store) error {
	if err := c.signer(); err != nil {
		return err
	}
	addrs, err := n.TransferContracts()
	if err != nil {
		return err
	}
	if content != nil {
		gw, err := content.Gateway()
		if err != nil {
			return err
		}
		c.gateway.Store(&gw)
	}
	var token string
	if c.Home.Config.Node.AdmissionURL != "" {
		t, err := c.Home.AdmissionToken()
		if err != nil {
			return err
		}
		token = t
	}
	// The home's [trust] as it is now: a caller may have approved
	// currencies deployed after the core opened.
	if err := c.Trust.Configure(trustConfig(c.Home.Config.Trust)); err != nil {
		return fmt.Errorf("config.toml [trust]: %w", err)
	}
	c.Trust.UseRegistry(n.Chain, addrs.Registry)
	c.xfer.Store(&transfer.Service{
		Trust: c.Trust, Limits: treasuryLimits(c.Home.Config.Trust),
		AdmissionURL: c.Home.Config.Node.AdmissionURL, AdmissionToken: token,
		DB: c.DB, Audit: c.Audit, Chain: n.Chain, Contracts: addrs,
		Signer: c.Manage.Signer, Client: c.Manage.Client, Resolver: c.Manage.Resolver, Channels: c.Manage,
		Keys:  &node.HomeKeys{Node: n, Passphrase: c.unlock},
		Store: content, Log: c.Manage.Log, Crash: c.Manage.Crash, Now: c.Manage.Now,
		Confirmations: c.Home.Config.Chain.Confirmations, DevChain: devChain(n),
	})
	return nil
}

// Transfers is the transfer service, nil until a chain is attached.
func (c *Core) Transfers() *transfer.Service { return c.xfer.Load() }

func (c *Core) transfers() (*transfer.Service, error) {
	t := c.xfer.Load()
	if t == nil {
		return nil, ErrNoChain
	}
	return t, nil
}

// StartTransfer gives an asset to a user on another platform (9.2).
func (c *Core) StartTransfer(ctx context.Context, req transfer.Request) (*transfer.Record, error) {
	t, err := c.transfers()
	if err != nil {
		return nil, err
	}
	return t.Start(ctx, c.API, req)
}

// TransferList lists transfers, newest first.
func (c *Core) TransferList(context.Context) ([]transfer.Record, error) {
	t := c.xfer.Load()
	if t == nil {
		// The records are in the node store whether or not a chain is attached.
		t = &transfer.Service{DB: c.DB}
	}
	return t.List()
}

// TransferShow shows one transfer.
func (c *Core) TransferShow(_ context.Context, id string) (*transfer.Record, error) {
	if !isHash(id) {
		return nil, fmt.Errorf("%w: %q is not a transfer id (0x and 64 hex digits; `mifm transfer list` shows them)", transfer.ErrBadRequest, id)
	}
	t := c.xfer.Load()
	if t == nil {
		t = &transfer.Service{DB: c.DB}
	}
	return t.Get(common.HexToHash(id), "")
}

// Quote asks the platform whose currency get is for a signed order.
func (c *Core) Quote(ctx context.Context, q ExchangeRequest) (*transfer.Quote, error) {
	t, err := c.transfers()
	if err != nil {
		return nil, err
	}
	taker, err := optionalAddress(q.Taker)
	if err != nil {
		return nil, err
	}
	return t.QuoteFor(ctx, q.Pay, q.Get, q.Amount, taker)
}

// Swap fills a fresh quote from the taker's wallet.
func (c *Core) Swap(ctx context.Context, q ExchangeRequest) (*transfer.Swap, error) {
	t, err := c.transfers()
	if err != nil {
		return nil, err
	}
	if q.Taker == "" {
		return nil, fmt.Errorf("%w: give --wallet ADDRESS, the account that pays and receives", transfer.ErrBadRequest)
	}
	taker, err := optionalAddress(q.Taker)
	if err != nil {
		return nil, err
	}
	return t.SwapFor(ctx, c.API, q.Pay, q.Get, q.Amount, taker)
}

// ExchangeRequest is a quote or swap: pay Amount of Pay (this platform's
// currency) for the peer's Get; Taker is the paying wallet.
type ExchangeRequest struct {
	Pay    string `json:"pay"`
	Get    string `json:"get"`
	Amount string `json:"amount"`
	Taker  string `json:"taker,omitempty"`
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
