package demo

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/legacycollection721"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/crosschain"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/riclient"
)

// ChainYID is the demo's second chain, Y.
const ChainYID = 31337

// wallet is a wallet holder's own key: no node's keystore holds it, and the
// nodes only ever see its signatures and transactions.
type wallet struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newWallet() (*wallet, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return &wallet{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}, nil
}

func (w *wallet) Address() common.Address { return w.addr }
func (w *wallet) SignTx(tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(id), w.key)
}

// send signs and sends a transaction the node prepared, as a wallet does.
func (w *wallet) send(ctx context.Context, c chain.Client, tx crosschain.UnsignedTx) (*types.Receipt, error) {
	s, err := chain.NewSender(ctx, c, w, chain.DefaultTxConfig())
	if err != nil {
		return nil, err
	}
	return s.Transact(ctx, chain.Call{To: &tx.To, Data: tx.Data, Value: tx.Value.ToInt()})
}

// demoMoves bridges an NFT between chains (ASTF across chains, 9.2): a
// second embedded chain Y with the suite, an outside "legacy" ERC-721
// collection on X (its own on-chain metadata), the channel A–B given three
// attesters (A, B and the bridge, two must sign) on both chains, a wallet
// holder's own key moving a token from X to a user of B on Y and that user
// bringing it back, and the token's life read from the two chains.
func demoMoves(ctx context.Context, root string, w *world, nodes map[string]*daemon.InProcess, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	t := time.Now()
	failed := func(step string, err error) error {
		_, err = fail(step, t, err)
		return err
	}
	holder, err := newWallet()
	if err != nil {
		return failed("chain-y", err)
	}
	holderB, err := newWallet()
	if err != nil {
		return failed("chain-y", err)
	}
	a, br := nodes[PlatformA], nodes[Bridge]
	// B's node is back (the timeout step took it down), on new ports.
	b, err := daemon.ServeInProcess(nodes[PlatformB].Core, nodes[PlatformB].Token)
	if err != nil {
		return failed("chain-y", err)
	}
	// It serves until the demo's last step (demoChannels stops it).
	nodes[PlatformB] = b
	keys := []common.Address{a.Core.Home.PlatformAddress(), b.Core.Home.PlatformAddress(), br.Core.Home.PlatformAddress()}
	fund := append([]common.Address{holder.addr, holderB.addr}, keys...)
	y, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: filepath.Join(root, "chain-y"), ChainID: ChainYID, Prefund: fund, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		return failed("chain-y", err)
	}
	w.y = y // closed when the demo ends: an explorer reads it in the last step
	hA := w.n.Home
	ny := &node.Node{Home: hA, Chain: y}
	pass, err := hA.Passphrase(home.PassphraseSources{})
	if err != nil {
		return failed("chain-y", err)
	}
	sy, err := ny.Sender(ctx, pass)
	if err != nil {
		return failed("chain-y", err)
	}
	if _, err := ny.DeploySuite(ctx, sy); err != nil {
		return failed("chain-y", err)
	}
	if _, err := ny.PrepareMinting(ctx, sy); err != nil {
		return failed("chain-y", err)
	}
	// B and the bridge on Y with their node keys as attesters.
	for _, p := range []*daemon.InProcess{b, br} {
		k := p.Core.Home.PlatformAddress()
		if _, err := ny.RegisterPlatform(ctx, sy, p.Core.Home.Config.Platform.DID, k, k); err != nil && !isAlreadyRegistered(err) {
			return failed("chain-y", err)
		}
		deps, _ := p.Core.Home.Deployments()
		depsA, _ := hA.Deployments()
		if err := deps.Adopt(ctx, y, ChainYID, depsA); err != nil {
			return failed("chain-y", err)
		}
	}
	// Ether for the wallet holder and the nodes' keys on X.
	for _, to := range fund {
		if _, err := w.sender.Transact(ctx, chain.Call{To: &to, Value: new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))}); err != nil {
			return failed("chain-y", err)
		}
	}
	bridgeY, _ := ny.Deployment(contracts.Bridge)
	report(Step{Step: "chain-y", OK: true, Detail: "a second embedded chain with the suite; B and the bridge registered there", IDs: map[string]string{
		"chain": y.CAIP2().String(), "rpc": y.Endpoint(), "bridge": bridgeY.Hex(),
	}, Ms: ms(t)})

	t = time.Now()
	l := legacycollection721.NewLegacyCollection721()
	code, _ := hexutil.Decode(legacycollection721.LegacyCollection721MetaData.Bin)
	royalty := common.HexToAddress("0x000000000000000000000000000000000000a11c")
	legacy, rc, err := w.sender.Deploy(ctx, code, l.PackConstructor(w.sender.From(), royalty, big.NewInt(500)))
	if err != nil {
		return failed("legacy-collection", err)
	}
	uri := `data:application/json,{"name":"Lantern of the Old Realm","description":"an NFT of a collection mifm never deployed","image":"ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}`
	mint, err := w.sender.Transact(ctx, chain.Call{To: &legacy, Data: l.PackSafeMint(holder.addr, uri)})
	if err != nil {
		return failed("legacy-collection", err)
	}
	ev, err := l.UnpackTransferEvent(mint.Logs[0])
	if err != nil {
		return failed("legacy-collection", err)
	}
	lantern := chain.EIP155Token(w.n.Chain.ChainNumber().Uint64(), "erc721", legacy, ev.TokenId).String()
	w.legacy, w.lantern = legacy, lantern
	report(Step{Step: "legacy-collection", OK: true, Detail: "an outside OpenZeppelin ERC-721 with on-chain metadata and a 5% royalty; a token for the wallet holder", IDs: map[string]string{
		"collection": legacy.Hex(), "token": lantern, "holder": holder.addr.Hex(),
	}, Tx: rc.TxHash.Hex(), Gas: rc.GasUsed, Ms: ms(t)})

	t = time.Now()
	req := api.ChannelAttestersRequest{PlatformA: PlatformA, PlatformB: PlatformB, Threshold: 2}
	for _, k := range keys {
		req.Attesters = append(req.Attesters, k.Hex())
	}
	if _, err := a.Core.SetChannelAttesters(ctx, req); err != nil {
		return failed("attesters", err)
	}
	yCore := &api.ChannelAttesters{}
	{
		sorted := append([]common.Address(nil), keys...)
		sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i][:], sorted[j][:]) < 0 })
		reg, _ := ny.Deployment(contracts.PlatformRegistry)
		rc, err := sy.Transact(ctx, chain.Call{To: &reg, Data: platformregistry.NewPlatformRegistry().PackSetChannelAttesters(contracts.PlatformID(PlatformA), contracts.PlatformID(PlatformB), sorted, 2)})
		if err != nil {
			return failed("attesters", err)
		}
		yCore.Tx, yCore.Threshold = rc.TxHash.Hex(), int(rc.GasUsed)
	}
	// Every node follows Y; A and B know each other's and the bridge's
	// RE to ask for attestations.
	for _, p := range []*daemon.InProcess{a, b, br} {
		p.Core.Home.Config.Chains = []home.FollowedChain{{RPC: y.Endpoint(), Confirmations: 1}}
		if p != br {
			p.Core.Home.Config.Attesters = []home.AttesterNode{{DID: PlatformA, URL: a.RE}, {DID: PlatformB, URL: b.RE}, {DID: Bridge, URL: br.RE}}
		}
		if _, err := p.Core.StartMoves(ctx); err != nil {
			return failed("attesters", err)
		}
	}
	report(Step{Step: "attesters", OK: true, Detail: "channel A–B on both chains: A, B and the bridge attest, 2 of 3 sign each delivery or refund", Tx: yCore.Tx, Gas: uint64(yCore.Threshold), Ms: ms(t)})

	t = time.Now()
	riA, err := riclient.New(a.RI, a.Token, nil)
	if err != nil {
		return failed("move", err)
	}
	riB, err := riclient.New(b.RI, b.Token, nil)
	if err != nil {
		return failed("move", err)
	}
	p, err := riA.PrepareMove(ctx, api.MoveRequest{Assets: []string{lantern}, From: holder.addr.Hex(), ToPlatform: PlatformB, ToChain: y.CAIP2().String(), To: holderB.addr.Hex(), Deadline: "10m", Rights: []string{"display"}})
	if err != nil {
		return failed("move", err)
	}
	sent, err := holder.send(ctx, w.n.Chain, p.Send)
	if err != nil {
		return failed("move", fmt.Errorf("the wallet's send: %w", err))
	}
	r, err := riA.AdvanceMove(ctx, p.Move.ID.Hex())
	if err == nil && r.State != crosschain.Delivered {
		err = fmt.Errorf("the move is %s: %s", r.State, r.Error)
	}
	if err != nil {
		return failed("move", err)
	}
	// B's node records how the move it attested ended (its resume loop
	// would, were it running).
	if in, err := b.Core.AdvanceMove(ctx, r.ID.Hex()); err != nil || in.State != crosschain.Delivered {
		return failed("move", fmt.Errorf("the record B keeps of the move: %v %v", in, err))
	}
	wid := crosschain.WrappedID(w.n.Chain.ChainNumber().Uint64(), legacy, ev.TokenId)
	w7 := a.Core.MoveService().Links[ChainYID]
	wrappedAddr, err := w7.Wrapped721(ctx)
	if err != nil {
		return failed("move", err)
	}
	wrapped := chain.EIP155Token(ChainYID, "erc721", wrappedAddr, wid).String()
	report(Step{Step: "move", OK: true, Detail: "signed and sent in the holder's own wallet on X; A and B attested (2 of 3); a wrapped token carrying the original's CAIP-19, metadata and royalty minted on Y for B's user", IDs: map[string]string{
		"move": r.ID.Hex(), "wrapped": wrapped, "recipient": holderB.addr.Hex(),
	}, Tx: sent.TxHash.Hex(), Gas: sent.GasUsed, Ms: ms(t)})

	t = time.Now()
	back, err := riB.PrepareMove(ctx, api.MoveRequest{Assets: []string{wrapped}, From: holderB.addr.Hex(), ToPlatform: PlatformA, ToChain: w.n.Chain.CAIP2().String(), To: holder.addr.Hex(), Deadline: "10m"})
	if err != nil {
		return failed("move-back", err)
	}
	burnt, err := holderB.send(ctx, y, back.Send)
	if err != nil {
		return failed("move-back", fmt.Errorf("the wallet's send: %w", err))
	}
	r2, err := riB.AdvanceMove(ctx, back.Move.ID.Hex())
	if err == nil && r2.State != crosschain.Delivered {
		err = fmt.Errorf("the return is %s: %s", r2.State, r2.Error)
	}
	if err != nil {
		return failed("move-back", err)
	}
	if in, err := a.Core.AdvanceMove(ctx, r2.ID.Hex()); err != nil || in.State != crosschain.Delivered {
		return failed("move-back", fmt.Errorf("the record A keeps of the return: %v %v", in, err))
	}
	report(Step{Step: "move-back", OK: true, Detail: "B's user burned the wrapped token on Y; on two of the three attestations (B's and A's) the original was released on X to the holder", IDs: map[string]string{
		"move": r2.ID.Hex(),
	}, Tx: burnt.TxHash.Hex(), Gas: burnt.GasUsed, Ms: ms(t)})

	t = time.Now()
	h, err := riA.AssetHistory(ctx, lantern, "")
	if err != nil {
		return failed("move-history", err)
	}
	var steps []string
	for _, e := range h.Events {
		steps = append(steps, e.Kind+"@"+e.Chain)
	}
	if h.Token.Owner == nil || *h.Token.Owner != holder.addr {
		return failed("move-history", fmt.Errorf("the lantern's owner is %v, want the holder %s", h.Token.Owner, holder.addr.Hex()))
	}
	report(Step{Step: "move-history", OK: true, Detail: strings.Join(steps, " → "), IDs: map[string]string{"token": lantern}, Ms: ms(t)})
	return nil
}
