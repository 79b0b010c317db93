package node

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/didregistry"
	"github.com/mifm/mifm/did"
)

// EthrNetwork is the home's chain as a did:ethr network: its DIDRegistry
// and the block it was deployed in.
func (n *Node) EthrNetwork() (did.EthrNetwork, error) {
	deps, err := n.Home.Deployments()
	if err != nil {
		return did.EthrNetwork{}, err
	}
	rec, err := deps.Load(n.Chain.ChainNumber().Uint64())
	if err != nil {
		return did.EthrNetwork{}, err
	}
	dep, ok := rec[contracts.DIDRegistry]
	if !ok {
		return did.EthrNetwork{}, fmt.Errorf("the did:ethr registry is %w (%s)", ErrNotDeployed, n.Chain.CAIP2())
	}
	return did.EthrNetwork{ChainID: n.Chain.ChainNumber().Uint64(), Registry: dep.Address, FromBlock: dep.Block, Client: n.Chain}, nil
}

// EthrResolver resolves did:ethr on the home's chain.
func (n *Node) EthrResolver() (*did.EthrResolver, error) {
	net, err := n.EthrNetwork()
	if err != nil {
		return nil, err
	}
	return did.NewEthrResolver(nil, net)
}

// PrepareDIDRegistry makes sure the home's chain has the DID registry: on
// the embedded chain it deploys the suite when it is missing.
func (n *Node) PrepareDIDRegistry(ctx context.Context, s *chain.Sender) error {
	if n.Embedded() {
		if _, err := n.DeploySuite(ctx, s); err != nil {
			return err
		}
	}
	_, err := n.EthrNetwork()
	return err
}

// UpdateDID has owner, the current owner of a did:ethr on the home's chain,
// sign an ERC-1056 update and the platform key relay it and pay for it.
func (n *Node) UpdateDID(ctx context.Context, s *chain.Sender, owner *did.KeyPair, id string, ch did.EthrChange) (*types.Receipt, error) {
	identity, err := n.ethrIdentity(id)
	if err != nil {
		return nil, err
	}
	net, err := n.EthrNetwork()
	if err != nil {
		return nil, err
	}
	data, err := did.EthrSignedUpdate(ctx, n.Chain, net.Registry, identity, owner, ch)
	if err != nil {
		return nil, err
	}
	r, err := s.Transact(ctx, chain.Call{To: &net.Registry, Data: data})
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", ch.Op, id, err)
	}
	return r, nil
}

// DIDOwner reads the current owner of a did:ethr on the home's chain: the
// key that must sign its next update (zero once deactivated).
func (n *Node) DIDOwner(ctx context.Context, id string) (common.Address, error) {
	identity, err := n.ethrIdentity(id)
	if err != nil {
		return common.Address{}, err
	}
	net, err := n.EthrNetwork()
	if err != nil {
		return common.Address{}, err
	}
	reg := didregistry.NewDIDRegistry()
	out, err := chain.CallView(ctx, n.Chain, net.Registry, reg.PackIdentityOwner(identity))
	if err != nil {
		return common.Address{}, fmt.Errorf("read the owner of %s: %w", id, err)
	}
	return reg.UnpackIdentityOwner(out)
}

// ethrIdentity is the address of a did:ethr that lives on the home's chain.
func (n *Node) ethrIdentity(id string) (common.Address, error) {
	network, identity, _, err := did.ParseEthrDID(id)
	if err != nil {
		return common.Address{}, err
	}
	if want := did.EthrNetworkID(n.Chain.ChainNumber().Uint64()); network != want {
		return common.Address{}, fmt.Errorf("%s lives on network %s; this home's chain is %s (%s)", id, network, want, n.Chain.CAIP2())
	}
	return identity, nil
}
