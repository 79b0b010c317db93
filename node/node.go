// Package node is the mifm node, the MIFM of FGMV-43: one platform's home, its
// chain and its keys, and the operations its APIs (RI for the own platform, RE
// for other nodes) and the CLI offer. Functional components live in the
// packages below it.
package node

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/multiformats/go-multiaddr"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/ipfs"
)

// ErrNotDeployed is returned when a contract the node needs has no
// deployment recorded for the home's chain.
var ErrNotDeployed = errors.New("not deployed on this chain")

// Node is an opened home with its chain.
type Node struct {
	Home  *home.Home
	Chain chain.Backend
	// shared is set when Chain is the home's embedded chain reached through
	// the JSON-RPC of the daemon that runs it.
	shared bool
}

// OpenShared dials the home's embedded chain through the loopback JSON-RPC
// of the daemon that runs it: the node acts as on its embedded chain
// (deploying what a first mint needs), since the chain is its own.
func OpenShared(ctx context.Context, h *home.Home, rpcURL string) (*Node, error) {
	b, err := chain.Dial(ctx, rpcURL)
	if err != nil {
		return nil, err
	}
	return &Node{Home: h, Chain: b, shared: true}, nil
}

// Embedded says whether the node's chain is the home's own embedded chain,
// in this process or in its daemon.
func (n *Node) Embedded() bool { return n.shared || n.Chain.Kind() == home.EmbeddedChain }

func (n *Node) backendKind() string {
	if n.shared {
		return home.EmbeddedChain
	}
	return n.Chain.Kind()
}

// Open starts (embedded) or dials (URL) the home's chain; chainOverride, when
// set, replaces the config's backend for this run.
func Open(ctx context.Context, h *home.Home, chainOverride string) (*Node, error) {
	b, err := h.OpenChain(ctx, chainOverride)
	if err != nil {
		return nil, err
	}
	return &Node{Home: h, Chain: b}, nil
}

// Close stops the chain if it runs in process.
func (n *Node) Close() error { return n.Chain.Close() }

// Sender unlocks the platform key and returns a transaction sender for it.
func (n *Node) Sender(ctx context.Context, passphrase string) (*chain.Sender, error) {
	signer, err := n.Home.Keystore().Unlock(n.Home.PlatformAddress(), passphrase)
	if err != nil {
		return nil, err
	}
	cfg := n.Home.TxConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	return chain.NewSender(ctx, n.Chain, signer, cfg)
}

// AccountInfo is one keystore account on the chain.
type AccountInfo struct {
	Account string `json:"account"` // CAIP-10
	Address string `json:"address"`
	Role    string `json:"role"` // platform or dev
	Balance Wei    `json:"balanceWei"`
	Nonce   uint64 `json:"nonce"`
}

// ContractInfo is one recorded deployment and whether its code is on chain.
type ContractInfo struct {
	chain.Deployment
	CodePresent bool `json:"codePresent"`
}

// ChainInfo is what `mifm chain info` shows.
type ChainInfo struct {
	Chain     string         `json:"chain"` // CAIP-2
	ChainID   uint64         `json:"chainId"`
	Backend   string         `json:"backend"`
	Endpoint  string         `json:"endpoint,omitempty"`
	HeadBlock uint64         `json:"headBlock"`
	HeadHash  common.Hash    `json:"headHash"`
	BaseFee   Wei            `json:"baseFeeWei"`
	Accounts  []AccountInfo  `json:"accounts"`
	Contracts []ContractInfo `json:"contracts"`
}

// Info reads the chain's head, the keystore accounts' balances and the state of
// the recorded deployments. It needs no key.
func (n *Node) Info(ctx context.Context) (*ChainInfo, error) {
	head, err := n.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	id := n.Chain.ChainNumber().Uint64()
	info := &ChainInfo{
		Chain: n.Chain.CAIP2().String(), ChainID: id, Backend: n.backendKind(), Endpoint: n.Chain.Endpoint(),
		HeadBlock: head.Number.Uint64(), HeadHash: head.Hash(), BaseFee: NewWei(head.BaseFee),
		Accounts: []AccountInfo{}, Contracts: []ContractInfo{},
	}
	for _, a := range n.Home.Keystore().Accounts() {
		bal, err := n.Chain.BalanceAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("read balance of %s: %w", a.Hex(), err)
		}
		nonce, err := n.Chain.NonceAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("read nonce of %s: %w", a.Hex(), err)
		}
		role := "dev"
		if a == n.Home.PlatformAddress() {
			role = "platform"
		}
		info.Accounts = append(info.Accounts, AccountInfo{
			Account: chain.EIP155Account(id, a).String(), Address: a.Hex(), Role: role, Balance: NewWei(bal), Nonce: nonce,
		})
	}
	deps, err := n.Home.Deployments()
	if err != nil {
		return nil, err
	}
	recorded, err := deps.Load(id)
	if err != nil {
		return nil, err
	}
	suite, err := contracts.Suite(n.Home.PlatformAddress())
	if err != nil {
		return nil, err
	}
	for _, c := range suite {
		dep, ok := recorded[c.Name]
		if !ok {
			continue
		}
		code, err := n.Chain.CodeAt(ctx, dep.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("read code of %s: %w", dep.Address.Hex(), err)
		}
		info.Contracts = append(info.Contracts, ContractInfo{Deployment: dep, CodePresent: len(code) > 0})
	}
	return info, nil
}

// DeploySuite deploys the contract suite from the platform key, skipping
// contracts already deployed on this chain, and records the addresses.
func (n *Node) DeploySuite(ctx context.Context, s *chain.Sender) ([]chain.DeployResult, error) {
	suite, err := contracts.Suite(n.Home.PlatformAddress())
	if err != nil {
		return nil, err
	}
	deps, err := n.Home.Deployments()
	if err != nil {
		return nil, err
	}
	res, err := deps.EnsureDeployed(ctx, s, suite)
	if errors.Is(err, chain.ErrInsufficientFund) && !n.Embedded() {
		return res, fmt.Errorf("%w (on an external chain, send the platform key some ether first)", err)
	}
	return res, err
}

// Deployment returns the recorded address of a suite contract on the current
// chain.
func (n *Node) Deployment(name string) (common.Address, error) {
	deps, err := n.Home.Deployments()
	if err != nil {
		return common.Address{}, err
	}
	rec, err := deps.Load(n.Chain.ChainNumber().Uint64())
	if err != nil {
		return common.Address{}, err
	}
	dep, ok := rec[name]
	if !ok {
		return common.Address{}, fmt.Errorf("%s is %w (%s)", name, ErrNotDeployed, n.Chain.CAIP2())
	}
	return dep.Address, nil
}

// PlatformRegistration is the outcome of registering a platform.
type PlatformRegistration struct {
	DID        string         `json:"did"`
	PlatformID common.Hash    `json:"platformId"`
	Admin      common.Address `json:"admin"`
	Attester   common.Address `json:"attester"`
	Tx         common.Hash    `json:"tx"`
	GasUsed    uint64         `json:"gasUsed"`
}

// RegisterPlatform admits a platform to the registry; the sender must hold the
// registrar role (the platform key that deployed the suite does).
func (n *Node) RegisterPlatform(ctx context.Context, s *chain.Sender, did string, admin, attester common.Address) (*PlatformRegistration, error) {
	reg, err := n.Deployment(contracts.PlatformRegistry)
	if err != nil {
		return nil, err
	}
	id := contracts.PlatformID(did)
	r, err := s.Transact(ctx, chain.Call{To: &reg, Data: platformregistry.NewPlatformRegistry().PackRegister(id, did, admin, attester)})
	if err != nil {
		return nil, fmt.Errorf("register platform %s: %w", did, err)
	}
	return &PlatformRegistration{DID: did, PlatformID: id, Admin: admin, Attester: attester, Tx: r.TxHash, GasUsed: r.GasUsed}, nil
}

// OpenContent opens the home's content store: the embedded one in the home,
// or the external Kubo content.backend (or --content) names. It needs no
// chain, so content commands work offline.
func OpenContent(ctx context.Context, h *home.Home) (*ipfs.Store, error) {
	n := h.Config.Net
	opts := ipfs.Options{Fsync: h.Config.Content.Fsync, Fetch: ipfs.FetchOptions{
		// Gateways are peers' choice: through the egress guard, bounded by
		// the fetch timeout (set on each fetch's context) and size cap.
		HTTP: n.Guard().Client(egress.Limits{}), MaxBytes: n.MaxFetchBytes, Timeout: n.FetchTimeoutDuration(),
	}}
	api, err := ipfs.ParseBackend(h.ContentBackend())
	if err != nil {
		return nil, err
	}
	if api == "" {
		return ipfs.Open(ctx, filepath.Join(h.Dir, home.ContentDir), opts)
	}
	k, err := KuboOptions(h, api, os.Getenv)
	if err != nil {
		return nil, err
	}
	return ipfs.OpenKubo(ctx, k, opts)
}

// DefaultKuboAuthEnv holds the Kubo RPC API's credential when the home's
// content.auth_env names no variable, so --content, MIFM_CONTENT and the
// demo reach a Kubo that asks for one.
const DefaultKuboAuthEnv = "MIFM_KUBO_AUTH"

// KuboOptions reach the Kubo RPC API at api with the credential in the
// environment variable content.auth_env names (DefaultKuboAuthEnv when it
// names none), read through getenv.
func KuboOptions(h *home.Home, api string, getenv func(string) string) (ipfs.KuboOptions, error) {
	// The platform's DID names this node in the pins it makes, so nodes
	// sharing one Kubo keep and list their own.
	k := ipfs.KuboOptions{API: api, Owner: h.Config.Platform.DID, AuthEnv: DefaultKuboAuthEnv}
	if name := h.Config.Content.AuthEnv; name != "" {
		k.AuthEnv = name
		if k.Auth = getenv(name); k.Auth == "" {
			return k, fmt.Errorf("content.auth_env names %s, which is not set: set it to the Kubo API credential (bearer:TOKEN or basic:USER:PASSWORD)", name)
		}
		return k, nil
	}
	k.Auth = getenv(DefaultKuboAuthEnv)
	return k, nil
}

// ContentRemotes are the home's remote pinning services (all, or the one
// named only), with PSA tokens read from the environment through getenv.
func ContentRemotes(h *home.Home, only string, getenv func(string) string) ([]ipfs.Remote, error) {
	var out []ipfs.Remote
	for _, r := range h.Config.Content.Remotes {
		if only != "" && r.Name != only {
			continue
		}
		switch r.Kind {
		case "kubo":
			out = append(out, ipfs.KuboRemote{Name: r.Name, URL: r.URL, Owner: h.Config.Platform.DID})
		case "psa":
			token := ""
			if r.TokenEnv != "" {
				if token = getenv(r.TokenEnv); token == "" {
					return nil, fmt.Errorf("remote %s: set %s to the service's access token", r.Name, r.TokenEnv)
				}
			}
			var origins []multiaddr.Multiaddr
			for _, o := range r.Origins {
				ma, err := multiaddr.NewMultiaddr(o)
				if err != nil {
					return nil, fmt.Errorf("remote %s: origin %q: %w", r.Name, o, err)
				}
				origins = append(origins, ma)
			}
			out = append(out, ipfs.PSARemote{Name: r.Name, URL: r.URL, Token: token, Origins: origins})
		}
	}
	if len(out) == 0 {
		if only != "" {
			return nil, fmt.Errorf("no remote pinning service named %q in %s: add a [[content.remote]] table", only, filepath.Join(h.Dir, home.ConfigFile))
		}
		return nil, fmt.Errorf("no remote pinning service configured: add a [[content.remote]] table (kind = \"kubo\" or \"psa\") to %s", filepath.Join(h.Dir, home.ConfigFile))
	}
	return out, nil
}
