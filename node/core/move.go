package core

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/crosschain"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/transfer"
)

// ErrNoBridge is a cross-chain operation on a chain without the Bridge.
var ErrNoBridge = errors.New("the Bridge is not deployed on that chain")

// StartMoves runs the cross-chain service (ASTF across chains) on the
// node's chain and each [[chains]] endpoint, each with the suite on it; it
// does nothing when it runs already.
func (c *Core) StartMoves(ctx context.Context) (*crosschain.Service, error) {
	if m := c.moves.Load(); m != nil {
		return m, nil
	}
	// A start that failed is not tried again for a while: each try
	// decrypts the platform key and dials every followed chain.
	c.mu.Lock()
	if c.movesErr != nil && time.Since(c.movesErrAt) < movesRetry {
		err := c.movesErr
		c.mu.Unlock()
		return nil, err
	}
	c.mu.Unlock()
	s, err := c.startMoves(ctx)
	if err != nil {
		c.mu.Lock()
		c.movesErr, c.movesErrAt = err, time.Now()
		c.mu.Unlock()
		return nil, err
	}
	if !c.moves.CompareAndSwap(nil, s) {
		return c.moves.Load(), nil
	}
	return s, nil
}

// movesRetry is how long a failed StartMoves is remembered.
const movesRetry = 15 * time.Second

func (c *Core) startMoves(ctx context.Context) (*crosschain.Service, error) {
	if _, err := c.StartTransfers(ctx); err != nil {
		return nil, err
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	keys := &node.HomeKeys{Node: n, Passphrase: c.passphrase}
	_, key, err := keys.Platform(ctx)
	if err != nil {
		return nil, err
	}
	links := crosschain.Links{}
	add := func(b chain.Backend, confirmations uint64) error {
		id := b.ChainNumber().Uint64()
		other := &node.Node{Home: c.Home, Chain: b}
		br, err := other.Deployment(contracts.Bridge)
		if err != nil {
			return fmt.Errorf("%w: eip155:%d (%v)", ErrNoBridge, id, err)
		}
		reg, err := other.Deployment(contracts.PlatformRegistry)
		if err != nil {
			return err
		}
		links[id] = &crosschain.Link{Backend: b, Bridge: br, Registry: reg, Confirmations: max(confirmations, 1)}
		return nil
	}
	if err := add(n.Chain, c.Home.Config.Chain.Confirmations); err != nil {
		return nil, err
	}
	var dialled []chain.Backend
	closeAll := func() {
		for _, b := range dialled {
			b.Close()
		}
	}
	for i, f := range c.Home.Config.Chains {
		b, err := chain.Dial(ctx, f.RPC)
		if err != nil {
			closeAll()
			// chain.Dial's error names the endpoint without its secrets.
			return nil, fmt.Errorf("config.toml [[chains]] %d: %w", i+1, err)
		}
		dialled = append(dialled, b)
		if err := add(b, f.Confirmations); err != nil {
			closeAll()
			return nil, err
		}
	}
	pass, err := c.passphrase()
	if err != nil {
		closeAll()
		return nil, err
	}
	signer, err := c.Home.Keystore().Unlock(c.Home.PlatformAddress(), pass)
	if err != nil {
		closeAll()
		return nil, err
	}
	me := c.Home.Config.Platform.DID
	s := &crosschain.Service{
		DB: c.DB, Audit: c.Audit, Links: links, DID: me, Trust: c.Trust, Log: c.log, Now: c.cfg.Now,
		Attester: &crosschain.Attester{Links: links, Key: key, Platform: contracts.PlatformID(me), RequireDestination: true},
		Senders: func(ctx context.Context, id uint64) (*chain.Sender, error) {
			l, ok := links[id]
			if !ok {
				return nil, fmt.Errorf("%w: eip155:%d", crosschain.ErrUnknownLink, id)
			}
			cfg := c.Home.TxConfig()
			cfg.ErrorABIs = contracts.ErrorABIs()
			return chain.NewSender(ctx, l.Backend, signer, cfg)
		},
		// The destination's node first (its own attestation is what the
		// bridge nodes wait for), by its channel, then as [[attesters]]
		// names it; then the bridge nodes.
		Peers: func(ctx context.Context, dest string) ([]crosschain.Source, error) {
			var out []crosschain.Source
			seen := map[string]bool{}
			add := func(p crosschain.Peer) {
				if p.DID != me && !seen[p.DID+" "+p.URL] {
					seen[p.DID+" "+p.URL] = true
					out = append(out, crosschain.RemoteAttester(c.Manage.Client, p))
				}
			}
			if chans, err := c.Manage.Channels(); err == nil {
				for _, ch := range chans {
					if ch.Peer == dest && ch.State == manage.StateEstablished && ch.PeerURL != "" {
						add(crosschain.Peer{DID: dest, URL: ch.PeerURL})
					}
				}
			}
			for _, a := range c.Home.Config.Attesters {
				if a.DID == dest {
					add(crosschain.Peer{DID: a.DID, URL: a.URL})
				}
			}
			for _, a := range c.Home.Config.Attesters {
				if a.DID != dest {
					add(crosschain.Peer{DID: a.DID, URL: a.URL})
				}
			}
			return out, nil
		},
	}
	if url := c.Home.Config.Node.AdmissionURL; url != "" {
		token, err := c.Home.AdmissionToken()
		if err != nil {
			closeAll()
			return nil, err
		}
		s.Platform = func(ctx context.Context, from string, m crosschain.Move, t crosschain.Terms) error {
			return askPlatformMove(ctx, url, token, from, m, t)
		}
	}
	s.Attester.Metadata = c.moveMetadata
	s.Attester.Admit = func(ctx context.Context, m crosschain.Move) error { return c.admitMove(ctx, s, m) }
	c.mu.Lock()
	for _, b := range dialled {
		c.closers = append(c.closers, b.Close)
	}
	c.mu.Unlock()
	return s, nil
}

// MoveService is the cross-chain service, nil until StartMoves.
func (c *Core) MoveService() *crosschain.Service { return c.moves.Load() }

func moveID(id string) (common.Hash, error) {
	if !isHash(id) {
		return common.Hash{}, fmt.Errorf("%w: %q is not a move id (0x and 64 hex digits; the move list shows them)", crosschain.ErrBadMove, id)
	}
	return common.HexToHash(id), nil
}

// PrepareMove builds a cross-chain move for the sender's wallet.
func (c *Core) PrepareMove(ctx context.Context, req api.MoveRequest) (*api.PreparedMove, error) {
	d, err := time.ParseDuration(req.Deadline)
	if err != nil {
		return nil, fmt.Errorf("%w: deadline %q is not a duration such as 10m or 1h", crosschain.ErrBadMove, req.Deadline)
	}
	s, err := c.StartMoves(ctx)
	if err != nil {
		return nil, err
	}
	return s.Prepare(ctx, c.cfg.API, crosschain.Request{Assets: req.Assets, Amounts: req.Amounts, From: req.From, ToPlatform: req.ToPlatform, ToChain: req.ToChain,
		To: req.To, Deadline: d, Rights: req.Rights, Visibility: req.Visibility})
}

// MovePrepared is a prepared move's transactions again.
func (c *Core) MovePrepared(ctx context.Context, id string) (*api.PreparedMove, error) {
	h, err := moveID(id)
	if err != nil {
		return nil, err
	}
	s, err := c.StartMoves(ctx)
	if err != nil {
		return nil, err
	}
	return s.Prepared(ctx, h)
}

// AdvanceMove takes a move as far as it goes now.
func (c *Core) AdvanceMove(ctx context.Context, id string) (*api.Move, error) {
	h, err := moveID(id)
	if err != nil {
		return nil, err
	}
	s, err := c.StartMoves(ctx)
	if err != nil {
		return nil, err
	}
	r, err := s.Advance(ctx, c.cfg.API, h)
	if err != nil && r != nil && !errors.Is(err, crosschain.ErrNotFound) {
		// The move waits (an attester not answering, a deadline not
		// reached): its record says where it stands.
		r.Error = err.Error()
		return r, nil
	}
	return r, err
}

// MoveList lists moves, newest first.
func (c *Core) MoveList(context.Context) ([]api.Move, error) {
	return (&crosschain.Service{DB: c.DB}).List()
}

// MoveShow shows one move.
func (c *Core) MoveShow(_ context.Context, id string) (*api.Move, error) {
	h, err := moveID(id)
	if err != nil {
		return nil, err
	}
	return (&crosschain.Service{DB: c.DB}).Get(h, "")
}

// SetChannelAttesters lists a channel's attesters in the registry of the
// node's chain, from the platform key (the registrar).
func (c *Core) SetChannelAttesters(ctx context.Context, req api.ChannelAttestersRequest) (*api.ChannelAttesters, error) {
	if req.PlatformA == "" || req.PlatformB == "" || req.PlatformA == req.PlatformB {
		return nil, fmt.Errorf("%w: give the channel's two platform DIDs", crosschain.ErrBadMove)
	}
	if req.Threshold < 1 || req.Threshold > len(req.Attesters) || len(req.Attesters) > 16 {
		return nil, fmt.Errorf("%w: threshold %d of %d attesters: want 1 ≤ threshold ≤ attesters ≤ 16", crosschain.ErrBadMove, req.Threshold, len(req.Attesters))
	}
	var members []common.Address
	for _, a := range req.Attesters {
		addr, err := optionalAddress(a)
		if err != nil || addr == (common.Address{}) {
			return nil, fmt.Errorf("%w: attester %q is not an 0x address", crosschain.ErrBadMove, a)
		}
		members = append(members, addr)
	}
	sort.Slice(members, func(i, j int) bool { return bytes.Compare(members[i][:], members[j][:]) < 0 })
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	pass, err := c.passphrase()
	if err != nil {
		return nil, err
	}
	snd, err := n.Sender(ctx, pass)
	if err != nil {
		return nil, err
	}
	reg, err := n.Deployment(contracts.PlatformRegistry)
	if err != nil {
		return nil, err
	}
	pr := platformregistry.NewPlatformRegistry()
	rc, err := snd.Transact(ctx, chain.Call{To: &reg, Data: pr.PackSetChannelAttesters(contracts.PlatformID(req.PlatformA), contracts.PlatformID(req.PlatformB), members, uint8(req.Threshold))})
	if err != nil {
		return nil, fmt.Errorf("set the attesters of %s–%s: %w", req.PlatformA, req.PlatformB, err)
	}
	channel := contracts.ChannelID(contracts.PlatformID(req.PlatformA), contracts.PlatformID(req.PlatformB))
	out := &api.ChannelAttesters{Chain: n.Chain.CAIP2().String(), Channel: common.Hash(channel).Hex(), Threshold: req.Threshold, Tx: rc.TxHash.Hex()}
	for _, m := range members {
		out.Attesters = append(out.Attesters, m.Hex())
	}
	return out, nil
}

// askPlatformMove asks the platform's back end about each item of an
// incoming move, as an escrow transfer's asset is asked about.
func askPlatformMove(ctx context.Context, url, token, from string, m crosschain.Move, t crosschain.Terms) error {
	std := "erc721"
	if m.Kind == crosschain.KindERC1155 {
		std = "erc1155"
	}
	for _, it := range m.Items {
		asset := chain.EIP155Token(it.HomeChain, std, it.HomeToken, it.ID.ToInt()).String()
		a, err := transfer.AskPlatform(ctx, url, token, transfer.AdmissionRequest{
			Transfer: m.ID().Hex(), From: from, Asset: asset, Standard: std, Amount: it.Amount.ToInt().String(),
			Recipient: m.Recipient.Hex(), Rights: t.Rights, Visibility: t.Visibility,
		})
		if err != nil {
			return fmt.Errorf("%w: %v", crosschain.ErrUndecided, err)
		}
		if !a.Admit {
			why := a.Explanation
			if why == "" {
				why = fmt.Sprintf("reason %d", a.Reason)
			}
			return fmt.Errorf("the platform refuses %s: %s", asset, why)
		}
	}
	return nil
}
