package node

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/asset721"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/transfer"
)

// ErrNoAssetContracts is returned while the asset contracts (ASTKF) are not
// deployed on the node's chain.
var ErrNoAssetContracts = fmt.Errorf("the asset contracts are %w", ErrNotDeployed)

// PlatformDID is the platform's DID from the config, or, for a home made
// before init wrote one, the did:pkh of the platform key on the home's chain.
func (n *Node) PlatformDID() string {
	if n.Home.Config.Platform.DID != "" {
		return n.Home.Config.Platform.DID
	}
	return home.DefaultPlatformDID(n.Home.Config.Chain.ChainID, n.Home.PlatformAddress())
}

// assetContracts returns the recorded asset contracts and the block their
// logs start at.
func (n *Node) assetContracts() (nft, editions common.Address, from uint64, err error) {
	deps, err := n.Home.Deployments()
	if err != nil {
		return nft, editions, 0, err
	}
	rec, err := deps.Load(n.Chain.ChainNumber().Uint64())
	if err != nil {
		return nft, editions, 0, err
	}
	a, okA := rec[contracts.Asset721]
	b, okB := rec[contracts.Asset1155]
	if !okA || !okB {
		return nft, editions, 0, fmt.Errorf("%w (%s)", ErrNoAssetContracts, n.Chain.CAIP2())
	}
	return a.Address, b.Address, min(a.Block, b.Block), nil
}

// AssetReader reads tokens from the chain; it needs no key.
func (n *Node) AssetReader() (*asset.Reader, error) {
	nft, editions, from, err := n.assetContracts()
	if err != nil {
		return nil, err
	}
	return asset.NewReader(n.Chain, n.Chain.ChainNumber().Uint64(), nft, editions, from), nil
}

// PrepareMinting makes sure the platform key can mint for the home's platform
// and says what it did: on the embedded chain it deploys the suite when it is
// missing; it registers the platform when the key is the registrar and grants
// the key minting on both asset contracts when it is the platform's admin.
// Whatever the key may not do is explained, with who can.
func (n *Node) PrepareMinting(ctx context.Context, s *chain.Sender) ([]string, error) {
	var done []string
	if n.Embedded() {
		// Idempotent: contracts whose code is in place are not sent again, and
		// a reset chain or a newer suite is deployed afresh.
		res, err := n.DeploySuite(ctx, s)
		if err != nil {
			return nil, err
		}
		for _, r := range res {
			if !r.Existing {
				done = append(done, "deployed "+r.Name)
			}
		}
	} else if _, _, _, err := n.assetContracts(); err != nil {
		return nil, err
	}
	did := n.PlatformDID()
	id := contracts.PlatformID(did)
	regAddr, err := n.Deployment(contracts.PlatformRegistry)
	if err != nil {
		return nil, err
	}
	reg := platformregistry.NewPlatformRegistry()
	out, err := chain.CallView(ctx, n.Chain, regAddr, reg.PackPlatform(id), contracts.ErrorABIs()...)
	var re *chain.RevertError
	switch {
	case errors.As(err, &re) && re.Name == "UnknownPlatform":
		if _, err := n.RegisterPlatform(ctx, s, did, s.From(), s.From()); err != nil {
			return nil, fmt.Errorf("%s is not in the platform registry and this key could not register it (the registrar must): %w", did, err)
		}
		done = append(done, "registered "+did)
		out, err = chain.CallView(ctx, n.Chain, regAddr, reg.PackPlatform(id), contracts.ErrorABIs()...)
		if err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("read platform %s: %w", did, err)
	}
	p, err := reg.UnpackPlatform(out)
	if err != nil {
		return nil, err
	}
	if !p.Active {
		return nil, fmt.Errorf("platform %s is suspended in the registry: ask the registrar to reinstate it", did)
	}
	nft, editions, _, err := n.assetContracts()
	if err != nil {
		return nil, err
	}
	a := asset721.NewAsset721() // setMinter and isMinter have one ABI in both contracts
	for _, c := range []struct {
		name string
		addr common.Address
	}{{contracts.Asset721, nft}, {contracts.Asset1155, editions}} {
		out, err := chain.CallView(ctx, n.Chain, c.addr, a.PackIsMinter(id, s.From()))
		if err != nil {
			return nil, fmt.Errorf("read minters of %s: %w", c.name, err)
		}
		if ok, _ := a.UnpackIsMinter(out); ok {
			continue
		}
		if p.Admin != s.From() {
			return nil, fmt.Errorf("%s may not mint on %s for %s: ask the platform's admin %s to grant it", s.From().Hex(), c.name, did, p.Admin.Hex())
		}
		if _, err := s.Transact(ctx, chain.Call{To: &c.addr, Data: a.PackSetMinter(id, s.From(), true)}); err != nil {
			return nil, fmt.Errorf("grant %s minting on %s: %w", s.From().Hex(), c.name, err)
		}
		done = append(done, "granted the platform key minting on "+c.name)
	}
	return done, nil
}

// Tokenizer mints the home's platform assets from the platform key, with
// content in store.
func (n *Node) Tokenizer(s *chain.Sender, store *ipfs.Store) (*asset.Tokenizer, error) {
	nft, editions, from, err := n.assetContracts()
	if err != nil {
		return nil, err
	}
	return &asset.Tokenizer{Sender: s, Store: store, PlatformDID: n.PlatformDID(), Asset721: nft, Asset1155: editions, FromBlock: from}, nil
}

// TransferContracts are the suite contracts a transfer uses on the current
// chain.
func (n *Node) TransferContracts() (transfer.Contracts, error) {
	var c transfer.Contracts
	for _, x := range []struct {
		name string
		to   *common.Address
	}{{contracts.PlatformRegistry, &c.Registry}, {contracts.Asset721, &c.Asset721}, {contracts.Asset1155, &c.Asset1155}, {contracts.Escrow, &c.Escrow}, {contracts.Exchange, &c.Exchange}} {
		a, err := n.Deployment(x.name)
		if err != nil {
			return c, err
		}
		*x.to = a
	}
	return c, nil
}
