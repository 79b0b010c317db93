package core

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
)

// ErrDeactivated is returned for a change to a did:ethr that is
// deactivated: no key can change it any more.
var ErrDeactivated = errors.New("is deactivated: it can no longer change")

// UpdateDID makes one change to a did:ethr in the DID registry on the
// node's chain (ERC-1056, IDIR-203): signed by the DID's owner key, which
// the home must hold, and sent by the platform key.
func (c *Core) UpdateDID(ctx context.Context, req api.UpdateDIDRequest) (*api.DIDUpdate, error) {
	ch, newKey, err := didChange(req)
	if err != nil {
		return nil, err
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	pass, err := c.passphrase()
	if err != nil {
		return nil, fmt.Errorf("a DID update signs with the owner's and the platform's keys: %w", err)
	}
	s, err := n.Sender(ctx, pass)
	if err != nil {
		return nil, err
	}
	if err := n.PrepareDIDRegistry(ctx, s); err != nil {
		return nil, err
	}
	owner, err := n.DIDOwner(ctx, req.DID)
	if err != nil {
		return nil, err
	}
	if owner == (common.Address{}) {
		return nil, fmt.Errorf("%s %w", req.DID, ErrDeactivated)
	}
	key, _, err := c.Home.DIDKeys().Find(func(k did.StoredKey) bool { return k.Address == owner.Hex() }, pass)
	if errors.Is(err, did.ErrNoKey) {
		return nil, fmt.Errorf("%s is owned by %s and this home holds no key for it: %w", req.DID, owner.Hex(), did.ErrNoKey)
	}
	if err != nil {
		return nil, err
	}
	// The new key is kept before it is published, so a key the DID lists
	// is never one this home has lost.
	if newKey != nil {
		if err := c.Home.DIDKeys().SaveFor(req.DID, newKey, pass); err != nil {
			return nil, err
		}
	}
	r, err := n.UpdateDID(ctx, s, key, req.DID, ch)
	if err != nil {
		return nil, err
	}
	c.Resolver.Forget(req.DID)
	// Read from the chain, not the resolver's cache: it may hold the
	// document before this change.
	er, err := n.EthrResolver()
	if err != nil {
		return nil, err
	}
	doc, _, err := er.Resolve(ctx, req.DID)
	if err != nil {
		return nil, err
	}
	out := &api.DIDUpdate{DID: req.DID, Op: ch.Op, Tx: r.TxHash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed, SentBy: s.From().Hex(), Document: doc}
	if newKey != nil {
		out.Key = newKey.DID
	}
	return out, nil
}

// didChange checks an update request, before anything is sent: a did:ethr
// and exactly one change, well formed.
func didChange(req api.UpdateDIDRequest) (did.EthrChange, *did.KeyPair, error) {
	var ch did.EthrChange
	if _, _, _, err := did.ParseEthrDID(req.DID); err != nil {
		return ch, nil, badInput("%v (only did:ethr changes on chain; did:key and did:pkh never change, did:web changes where its did.json is served)", err)
	}
	var set []string
	for name, on := range map[string]bool{
		"addKey": req.AddKey != "", "addService": req.AddService != "", "addDelegate": req.AddDelegate != "",
		"revokeDelegate": req.RevokeDelegate != "", "changeOwner": req.ChangeOwner != "", "deactivate": req.Deactivate,
	} {
		if on {
			set = append(set, name)
		}
	}
	if len(set) != 1 {
		return ch, nil, badInput("give exactly one change (addKey, addService, addDelegate, revokeDelegate, changeOwner or deactivate), got %d", len(set))
	}
	purpose := req.Purpose
	if purpose == "" {
		purpose = "veriKey"
	}
	if purpose != "veriKey" && purpose != "sigAuth" {
		return ch, nil, badInput("purpose %q: want veriKey or sigAuth", purpose)
	}
	valid := 365 * 24 * time.Hour
	if req.ValidFor != "" {
		d, err := time.ParseDuration(req.ValidFor)
		if err != nil {
			return ch, nil, badInput("validFor %q is not a duration such as 720h", req.ValidFor)
		}
		valid = d
	}
	if valid < time.Second {
		return ch, nil, badInput("validFor %s: at least a second", valid)
	}
	address := func(name, v string) (common.Address, error) {
		if !common.IsHexAddress(v) {
			return common.Address{}, badInput("%s %q is not an Ethereum address (0x and 40 hex digits)", name, v)
		}
		return common.HexToAddress(v), nil
	}
	var newKey *did.KeyPair
	var err error
	switch set[0] {
	case "addKey":
		kt, kerr := did.ParseKeyType(req.AddKey)
		if kerr != nil {
			return ch, nil, badInput("addKey: %v", kerr)
		}
		if newKey, err = did.NewKeyPair(kt, nil); err != nil {
			return ch, nil, err
		}
		if ch, err = did.EthrKeyAttribute(newKey, purpose, valid); err != nil {
			return ch, nil, badInput("addKey: %v", err)
		}
	case "addService":
		typ, url, ok := strings.Cut(req.AddService, "=")
		if !ok {
			return ch, nil, badInput("addService %q: want TYPE=URL, e.g. MifmNode=https://node.example/re", req.AddService)
		}
		if ch, err = did.EthrServiceAttribute(typ, url, valid); err != nil {
			return ch, nil, badInput("addService: %v", err)
		}
	case "addDelegate", "revokeDelegate":
		v := req.AddDelegate
		op := did.OpAddDelegate
		if set[0] == "revokeDelegate" {
			v, op = req.RevokeDelegate, did.OpRevokeDelegate
		}
		a, aerr := address(set[0], v)
		if aerr != nil {
			return ch, nil, aerr
		}
		ch = did.EthrChange{Op: op, DelegateType: purpose, Delegate: a, Validity: valid}
	case "changeOwner":
		a, aerr := address("changeOwner", req.ChangeOwner)
		if aerr != nil {
			return ch, nil, aerr
		}
		if a == (common.Address{}) {
			return ch, nil, badInput("changeOwner 0x0…0 would deactivate the DID for good: ask for deactivate if that is what you want")
		}
		ch = did.EthrChange{Op: did.OpChangeOwner, NewOwner: a}
	case "deactivate":
		ch = did.EthrChange{Op: did.OpChangeOwner}
	}
	return ch, newKey, nil
}
