package crosschain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/contracts/bindings/asset1155"
	"github.com/mifm/mifm/contracts/bindings/asset721"
)

// Attester signs what it has checked on both chains itself (ASIR-301): a
// move is on its origin chain (Deliver), or its destination chain let the
// deadline pass without delivering it (Refund). Its key is the one the
// registry lists for the channel; the node's platform key.
type Attester struct {
	Links Links
	Key   *ecdsa.PrivateKey
	// Admit is the destination platform's policy, asked only when this
	// node's platform is the move's destination; its error refuses.
	Admit func(ctx context.Context, m Move) error
	// Metadata gives the ipfs:// URI of the metadata a token's URI points
	// to, so an item may carry its metadata by CID where the token has an
	// https: or data: URI; nil: an item's URI must be the token's own.
	Metadata func(ctx context.Context, uri string) (string, error)
	// Margin is how long before the deadline a delivery must be mined
	// (default 30 s): later, the attester does not sign it.
	Margin time.Duration
	// Platform is this node's platform id in the registry.
	Platform common.Hash
	// RequireDestination makes the attester sign a delivery it is neither
	// the origin nor the destination of only with the destination's own
	// attestation among those gathered: a bridge node never helps force an
	// asset on a destination that refused it (the refund after the
	// deadline needs no one's consent).
	RequireDestination bool
}

// Address is the attester's address.
func (a *Attester) Address() common.Address { return crypto.PubkeyToAddress(a.Key.PublicKey) }

// Attest checks a move for kind (Deliver or Refund) and signs it; with are
// the attestations gathered before this one.
func (a *Attester) Attest(ctx context.Context, kind string, m Move, with []hexutil.Bytes) (hexutil.Bytes, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	from, err := a.Links.get(m.FromChain)
	if err != nil {
		return nil, err
	}
	to, err := a.Links.get(m.ToChain)
	if err != nil {
		return nil, err
	}
	if m.FromBridge != from.Bridge || m.ToBridge != to.Bridge {
		return nil, fmt.Errorf("%w: the move names bridges %s and %s, not the suite's %s and %s", ErrBadMove, m.FromBridge.Hex(), m.ToBridge.Hex(), from.Bridge.Hex(), to.Bridge.Hex())
	}
	switch kind {
	case Deliver:
		err = a.checkDeliver(ctx, from, to, m)
		if err == nil && a.RequireDestination && m.Destination != a.Platform && m.Origin != a.Platform {
			err = a.destinationAgreed(ctx, to, m, with)
		}
	case Refund:
		err = a.checkRefund(ctx, from, to, m)
	default:
		err = fmt.Errorf("%w: attestation kind %q (deliver or refund)", ErrBadMove, kind)
	}
	if err != nil {
		return nil, err
	}
	d, err := Digest(kind, m)
	if err != nil {
		return nil, err
	}
	return Sign(a.Key, d)
}

func (a *Attester) checkDeliver(ctx context.Context, from, to *Link, m Move) error {
	id := m.ID()
	at, _, err := from.confirmed(ctx)
	if err != nil {
		return err
	}
	st, err := from.State(ctx, id, at)
	if err != nil {
		return err
	}
	if st != StateSent {
		return fmt.Errorf("%w: move %s is in state %d on eip155:%d at block %s", ErrNotSent, id, st, m.FromChain, at)
	}
	if st, err = to.State(ctx, id, nil); err != nil {
		return err
	} else if st != StateNone {
		return fmt.Errorf("%w: move %s is in state %d on eip155:%d", ErrSettled, id, st, m.ToChain)
	}
	head, err := to.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	margin := a.Margin
	if margin == 0 {
		margin = 30 * time.Second
	}
	if now := max(head.Time, uint64(time.Now().Unix())); now+uint64(margin.Seconds()) >= m.Deadline {
		return fmt.Errorf("%w: eip155:%d is at %d, the deadline %d", ErrTooLate, m.ToChain, now, m.Deadline)
	}
	for i, it := range m.Items {
		if it.HomeChain == m.FromChain {
			if err := a.checkOriginal(ctx, from, at, m.Kind, it); err != nil {
				return fmt.Errorf("item %d: %w", i, err)
			}
		}
	}
	if a.Admit != nil && m.Destination == a.Platform {
		if err := a.Admit(ctx, m); err != nil {
			return fmt.Errorf("%w: %v", ErrRefused, err)
		}
	}
	return nil
}

// checkOriginal holds an item minted as a wrapped token to what its
// original says: the metadata URI (or the CID of the metadata it points
// to) and the royalty (ERC-2981), read on the home chain.
func (a *Attester) checkOriginal(ctx context.Context, home *Link, at *big.Int, kind uint8, it Item) error {
	uri, err := TokenURI(ctx, home, at, kind, it.HomeToken, it.ID.ToInt())
	if err != nil {
		return err
	}
	if it.URI != uri {
		if a.Metadata == nil || !strings.HasPrefix(it.URI, "ipfs://") {
			return fmt.Errorf("%w: the item's uri %q is not the token's %q", ErrBadMove, it.URI, uri)
		}
		pinned, err := a.Metadata(ctx, uri)
		if err != nil {
			return fmt.Errorf("read the token's metadata at %q: %w", uri, err)
		}
		if pinned != it.URI {
			return fmt.Errorf("%w: the item's uri %s is not the metadata the token points to (%s)", ErrBadMove, it.URI, pinned)
		}
	}
	recv, bps := Royalty(ctx, home, at, it.HomeToken, it.ID.ToInt())
	if recv != it.RoyaltyReceiver || bps != it.RoyaltyBps {
		return fmt.Errorf("%w: the item's royalty (%s, %d bps) is not the token's (%s, %d bps)", ErrBadMove, it.RoyaltyReceiver.Hex(), it.RoyaltyBps, recv.Hex(), bps)
	}
	return nil
}

// destinationAgreed finds the destination platform's own attestation of
// the delivery among with.
func (a *Attester) destinationAgreed(ctx context.Context, to *Link, m Move, with []hexutil.Bytes) error {
	out, err := to.call(ctx, to.Registry, registryABI.PackAttesterOf(m.Destination), nil)
	if err != nil {
		return err
	}
	dest, err := registryABI.UnpackAttesterOf(out)
	if err != nil {
		return err
	}
	d, err := Digest(Deliver, m)
	if err != nil {
		return err
	}
	for _, sig := range with {
		if by, err := Signer(d, sig); err == nil && by == dest && dest != (common.Address{}) {
			return nil
		}
	}
	return fmt.Errorf("%w: the destination platform has not attested the delivery itself", ErrRefused)
}

func (a *Attester) checkRefund(ctx context.Context, from, to *Link, m Move) error {
	id := m.ID()
	st, err := from.State(ctx, id, nil)
	if err != nil {
		return err
	}
	if st != StateSent {
		return fmt.Errorf("%w: move %s is in state %d on eip155:%d", ErrNotSent, id, st, m.FromChain)
	}
	// The destination's Bridge delivers nothing after the deadline: a
	// confirmed block past it without the delivery means never.
	at, t, err := to.confirmed(ctx)
	if err != nil {
		return err
	}
	if t <= m.Deadline {
		return fmt.Errorf("%w: eip155:%d's confirmed block %s is at %d, the deadline %d", ErrTooEarly, m.ToChain, at, t, m.Deadline)
	}
	if st, err = to.State(ctx, id, at); err != nil {
		return err
	} else if st != StateNone {
		return fmt.Errorf("%w: move %s was delivered on eip155:%d", ErrSettled, id, m.ToChain)
	}
	return nil
}

// TokenURI is an NFT's metadata URI (ERC-1155's {id} filled in) at block at.
func TokenURI(ctx context.Context, l *Link, at *big.Int, kind uint8, token common.Address, id *big.Int) (string, error) {
	if kind == KindERC1155 {
		e := asset1155.NewAsset1155()
		out, err := l.call(ctx, token, e.PackUri(id), at)
		if err != nil {
			return "", err
		}
		u, err := e.UnpackUri(out)
		return strings.ReplaceAll(u, "{id}", fmt.Sprintf("%064x", id)), err
	}
	n := asset721.NewAsset721()
	out, err := l.call(ctx, token, n.PackTokenURI(id), at)
	if err != nil {
		return "", err
	}
	return n.UnpackTokenURI(out)
}

// Royalty is an NFT's ERC-2981 royalty in basis points; nothing for a
// token without ERC-2981.
func Royalty(ctx context.Context, l *Link, at *big.Int, token common.Address, id *big.Int) (common.Address, uint64) {
	n := asset721.NewAsset721()
	out, err := l.call(ctx, token, n.PackRoyaltyInfo(id, big.NewInt(10_000)), at)
	if err != nil {
		return common.Address{}, 0
	}
	r, err := n.UnpackRoyaltyInfo(out)
	if err != nil || r.Arg1 == nil || !r.Arg1.IsUint64() || r.Arg1.Uint64() > 10_000 {
		return common.Address{}, 0
	}
	return r.Arg0, r.Arg1.Uint64()
}

// Source is one attester a node asks: itself, or a peer over RE.
type Source struct {
	Name   string
	Attest func(ctx context.Context, kind string, m Move, with []hexutil.Bytes) (hexutil.Bytes, error)
}

// Gather asks sources in turn until the channel's threshold of valid,
// distinct attesters' signatures is reached, and returns them in the
// order the Bridge wants (signers ascending). A signature that does not
// recover to a listed attester is dropped, never counted: one source's
// bad answer cannot make the set fail on chain.
func Gather(ctx context.Context, verifying *Link, kind string, m Move, sources []Source) ([]hexutil.Bytes, []error, error) {
	members, threshold, err := verifying.Attesters(ctx, m.Channel())
	if err != nil {
		return nil, nil, err
	}
	if threshold == 0 {
		return nil, nil, fmt.Errorf("%w: no attesters for the channel on eip155:%d (the registry's registrar sets them; a suspended platform has none)", ErrBadMove, verifying.ID())
	}
	d, err := Digest(kind, m)
	if err != nil {
		return nil, nil, err
	}
	type signed struct {
		by  common.Address
		sig hexutil.Bytes
	}
	var got []signed
	var skipped []error
	for _, s := range sources {
		if len(got) >= int(threshold) {
			break
		}
		with := make([]hexutil.Bytes, len(got))
		for i, g := range got {
			with[i] = g.sig
		}
		sig, err := s.Attest(ctx, kind, m, with)
		if err != nil {
			skipped = append(skipped, fmt.Errorf("%s: %w", s.Name, err))
			continue
		}
		by, err := Signer(d, sig)
		member := false
		for _, a := range members {
			member = member || a == by
		}
		dup := false
		for _, g := range got {
			dup = dup || g.by == by
		}
		if !Canonical(sig) {
			skipped = append(skipped, fmt.Errorf("%s: a signature the Bridge would refuse (v not 27 or 28, or high s)", s.Name))
			continue
		}
		if err != nil || !member || dup {
			skipped = append(skipped, fmt.Errorf("%s: signed by %s, not a new attester of the channel", s.Name, by.Hex()))
			continue
		}
		got = append(got, signed{by, sig})
	}
	if len(got) < int(threshold) {
		return nil, skipped, fmt.Errorf("%d of the %d attestations the channel needs (%v)", len(got), threshold, skipped)
	}
	sort.Slice(got, func(i, j int) bool { return bytes.Compare(got[i].by[:], got[j].by[:]) < 0 })
	out := make([]hexutil.Bytes, len(got))
	for i, g := range got {
		out[i] = g.sig
	}
	return out, skipped, nil
}
