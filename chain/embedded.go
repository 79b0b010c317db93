package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/event"
	// callTracer, prestateTracer and the other native tracers dev tools ask for.
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrChainInUse is returned when another process holds the embedded chain's
// data directory.
var ErrChainInUse = errors.New("embedded chain data is in use by another process")

// DefaultDevChainID is the chain id of the embedded chain, the one geth --dev
// and ethclient/simulated use.
const DefaultDevChainID = 1337

// DevBalance is what each prefunded dev account starts with: one million ether.
var DevBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// DevChainConfig configures the embedded chain.
type DevChainConfig struct {
	// DataDir holds the chain database and its genesis; required.
	DataDir string
	// ChainID of a new chain; an existing chain keeps the id it was made with,
	// and asking for another one is an error.
	ChainID uint64
	// Prefund lists accounts funded with DevBalance in a new chain's genesis.
	Prefund []common.Address
	// Period between blocks; 0 seals a block as soon as transactions arrive.
	Period time.Duration
	// HTTPAddr and WSAddr, when set, serve JSON-RPC (eth, net, web3) on these
	// host:port addresses; they must be loopback. Port 0 picks a free port.
	HTTPAddr string
	WSAddr   string
}

func (c *DevChainConfig) validate() error {
	if c.DataDir == "" {
		return errors.New("embedded chain: DataDir is required")
	}
	if c.ChainID == 0 {
		c.ChainID = DefaultDevChainID
	}
	if c.Period < 0 {
		return fmt.Errorf("embedded chain: Period %s is negative", c.Period)
	}
	for name, addr := range map[string]string{"HTTPAddr": c.HTTPAddr, "WSAddr": c.WSAddr} {
		if addr == "" {
			continue
		}
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return fmt.Errorf("embedded chain: %s %q is not host:port", name, addr)
		}
		if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return fmt.Errorf("embedded chain: %s %q is not a loopback address; the dev chain's keys are public, so serve it on 127.0.0.1 only", name, addr)
		}
		if _, err := strconv.ParseUint(port, 10, 16); err != nil {
			return fmt.Errorf("embedded chain: %s %q has no valid port", name, addr)
		}
	}
	return nil
}

// Embedded is a real go-ethereum node in dev mode running inside the process:
// the engine behind ethclient/simulated and geth --dev, with its database in
// the node's home so the chain survives restarts.
type Embedded struct {
	*rpcBackend
	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	ws     string

	// sealing serializes every block the beacon seals: go-ethereum's own
	// on-demand loop calls SimulatedBeacon.Commit beside Commit, AdjustTime
	// and Fork from other goroutines, which races on the beacon's fork-choice
	// state and now and then leaves a transaction unmined for good.
	sealing sync.Mutex
	stop    chan struct{}
	sealer  sync.WaitGroup
}

// genesisFile keeps the genesis of a chain beside its database: geth needs the
// same genesis on every start, and the prefund list may change between starts.
const genesisFile = "genesis.json"

// StartEmbedded opens (or creates) the embedded chain in cfg.DataDir and starts
// producing blocks.
func StartEmbedded(ctx context.Context, cfg DevChainConfig) (*Embedded, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("create embedded chain dir: %w", err)
	}
	genesis, err := loadOrCreateGenesis(cfg)
	if err != nil {
		return nil, err
	}

	nodeConf := node.DefaultConfig
	nodeConf.Name = "mifm"
	nodeConf.DataDir = cfg.DataDir
	nodeConf.KeyStoreDir = filepath.Join(cfg.DataDir, "unused-keystore")
	nodeConf.IPCPath = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.HTTPHost, nodeConf.HTTPPort = "", 0
	nodeConf.WSHost, nodeConf.WSPort = "", 0
	// debug: tracing for dev tools; the endpoints are loopback only.
	modules := []string{"eth", "net", "web3", "debug"}
	if cfg.HTTPAddr != "" {
		host, port, _ := net.SplitHostPort(cfg.HTTPAddr)
		nodeConf.HTTPHost = host
		nodeConf.HTTPPort, _ = strconv.Atoi(port)
		nodeConf.HTTPModules = modules
	}
	if cfg.WSAddr != "" {
		host, port, _ := net.SplitHostPort(cfg.WSAddr)
		nodeConf.WSHost = host
		nodeConf.WSPort, _ = strconv.Atoi(port)
		nodeConf.WSModules = modules
	}
	stack, err := node.New(&nodeConf)
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, fmt.Errorf("%w: %s", ErrChainInUse, cfg.DataDir)
		}
		return nil, fmt.Errorf("open embedded chain: %w", err)
	}

	ethConf := ethconfig.Defaults
	ethConf.NetworkId = cfg.ChainID
	ethConf.Genesis = genesis
	ethConf.SyncMode = ethconfig.FullSync
	// Archive mode on the hash scheme writes each block's state as it is sealed,
	// so a killed process loses no block it has already reported.
	ethConf.StateScheme = rawdb.HashScheme
	ethConf.NoPruning = true
	ethConf.Miner.PendingFeeRecipient = common.Address{}
	ethConf.TxPool.NoLocals = true
	ethConf.RPCGasCap = 50_000_000

	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, fmt.Errorf("%w: %s", ErrChainInUse, cfg.DataDir)
		}
		return nil, fmt.Errorf("start embedded chain: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	// debug_traceTransaction and debug_traceCall, as geth --dev offers: what
	// Foundry, Hardhat and auditors' tools call to step through a transaction.
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	// Registered after eth.New's own, so the RPC server serves this
	// eth_getTransactionReceipt in place of go-ethereum's (headReceipts says
	// why): to outside wallets and to this process's own client alike.
	receipts, err := newHeadReceipts(backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("start embedded chain: %w", err)
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: receipts}})

	period := uint64(cfg.Period / time.Second)
	if cfg.Period > 0 && period == 0 {
		period = 1
	}
	beacon, err := catalyst.NewSimulatedBeacon(period, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("start embedded chain's block producer: %w", err)
	}
	// go-ethereum's dev API starts its own on-demand sealer when period is
	// 0; that one is not serialized with Commit and AdjustTime, so with
	// period 0 the chain seals on demand itself (sealOnDemand) and leaves
	// the dev API out.
	if period > 0 {
		catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	}
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, fmt.Errorf("%w: %s", ErrChainInUse, cfg.DataDir)
		}
		return nil, fmt.Errorf("start embedded chain: %w", err)
	}
	rb, err := newRPCBackend(ctx, stack.Attach(), "embedded", stack.HTTPEndpoint())
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("attach to embedded chain: %w", err)
	}
	if cfg.HTTPAddr == "" {
		rb.endpoint = ""
	}
	e := &Embedded{rpcBackend: rb, stack: stack, eth: backend, beacon: beacon, stop: make(chan struct{})}
	if cfg.WSAddr != "" {
		e.ws = stack.WSEndpoint()
	}
	if period == 0 {
		// Subscribed before StartEmbedded returns: a transaction sent at
		// once must not arrive before anyone listens.
		arrived := make(chan core.NewTxsEvent)
		sub := backend.TxPool().SubscribeTransactions(arrived, true)
		e.sealer.Add(1)
		go e.sealOnDemand(sub, arrived)
	}
	return e, nil
}

func loadOrCreateGenesis(cfg DevChainConfig) (*core.Genesis, error) {
	path := filepath.Join(cfg.DataDir, genesisFile)
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		g := new(core.Genesis)
		if err := json.Unmarshal(data, g); err != nil {
			return nil, fmt.Errorf("read embedded chain genesis %s: %w", path, err)
		}
		if g.Config == nil || g.Config.ChainID == nil {
			return nil, fmt.Errorf("embedded chain genesis %s has no chain id", path)
		}
		if g.Config.ChainID.Uint64() != cfg.ChainID {
			return nil, fmt.Errorf("embedded chain in %s has chain id %d, not %d: use another home or the chain id it was made with", cfg.DataDir, g.Config.ChainID, cfg.ChainID)
		}
		return g, nil
	case errors.Is(err, os.ErrNotExist):
	default:
		return nil, fmt.Errorf("read embedded chain genesis: %w", err)
	}
	g := core.DeveloperGenesisBlock(ethconfig.Defaults.Miner.GasCeil, nil)
	chainConfig := *g.Config
	chainConfig.ChainID = new(big.Int).SetUint64(cfg.ChainID)
	// Mainnet's rules (through Osaka), not geth's unscheduled next fork that
	// --dev enables: its state-growth repricing would make every gas figure
	// measured here differ from what users pay on mainnet and the L2s.
	chainConfig.BogotaTime = nil
	g.Config = &chainConfig
	g.Timestamp = uint64(time.Now().Unix())
	for _, a := range cfg.Prefund {
		g.Alloc[a] = types.Account{Balance: new(big.Int).Set(DevBalance)}
	}
	data, err = json.MarshalIndent(g, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode embedded chain genesis: %w", err)
	}
	if err := writeFileAtomic(path, data, 0o600); err != nil {
		return nil, fmt.Errorf("write embedded chain genesis: %w", err)
	}
	return g, nil
}

// WSEndpoint is the ws:// URL the chain's JSON-RPC is served on, or "" when
// WSAddr was not set.
func (e *Embedded) WSEndpoint() string { return e.ws }

// Commit seals a block now, even an empty one; tests and the demo use it to
// move time forward without waiting for a period.
func (e *Embedded) Commit() common.Hash {
	e.sealing.Lock()
	defer e.sealing.Unlock()
	return e.beacon.Commit()
}

// AdjustTime seals an empty block whose timestamp is d after the head's, so
// deadlines can be tested without waiting for them. It takes its turn with
// the sealing of arriving transactions; with transactions still pending it
// fails (go-ethereum's rule), so callers wait for their receipts first.
func (e *Embedded) AdjustTime(d time.Duration) error {
	e.sealing.Lock()
	defer e.sealing.Unlock()
	return e.beacon.AdjustTime(d)
}

// Reorg makes parent the head, orphaning the blocks above it as a reorg
// would; their transactions go back to the pool (and, sealed on demand,
// into new blocks). For tests of what a node does when blocks it saw
// disappear.
func (e *Embedded) Reorg(parent common.Hash) error {
	e.sealing.Lock()
	defer e.sealing.Unlock()
	return e.beacon.Fork(parent)
}

// sealOnDemand seals a block whenever transactions arrive (period 0), as
// go-ethereum's dev mode does, but in turn with Commit, AdjustTime and
// Reorg, and until the pool has nothing executable left.
//
// The pool announces transactions on a feed whose Send blocks until every
// subscriber takes them, and sealing waits for the pool: so one goroutine
// only takes announcements, and another seals.
//
// A poll of the pool every half second backs the announcements up: a
// transaction announced while nothing could seal it is still sealed.
func (e *Embedded) sealOnDemand(sub event.Subscription, arrived chan core.NewTxsEvent) {
	defer e.sealer.Done()
	defer sub.Unsubscribe()
	due := make(chan struct{}, 1)
	poll := time.NewTicker(500 * time.Millisecond)
	defer poll.Stop()
	e.sealer.Add(1)
	go func() {
		defer e.sealer.Done()
		for {
			select {
			case <-e.stop:
				return
			case <-due:
				e.sealPending()
			}
		}
	}()
	for {
		select {
		case <-e.stop:
			return
		case <-sub.Err():
			return
		case <-arrived:
		case <-poll.C:
			if executable, _ := e.eth.TxPool().Stats(); executable == 0 {
				continue
			}
		}
		select {
		case due <- struct{}{}:
		default: // a round is already due; it will take these too
		}
	}
}

// sealPending seals blocks until no executable transaction is left, with a
// bound so a transaction the miner will not take (a tip under its floor)
// cannot spin the loop forever.
func (e *Embedded) sealPending() {
	e.sealing.Lock()
	defer e.sealing.Unlock()
	pool := e.eth.TxPool()
	for range 64 {
		select {
		case <-e.stop:
			return
		default:
		}
		// Only for transactions: an empty block would move the chain's
		// clock, which tests and deadlines read (an announcement can come
		// for transactions an earlier round already sealed).
		if executable, _ := pool.Stats(); executable == 0 {
			return
		}
		e.beacon.Commit()
		if err := pool.Sync(); err != nil {
			return
		}
	}
	slog.Warn("embedded chain: transactions stay executable after 64 blocks; the miner refuses them (tip below its floor?)")
}

// Close stops the chain and flushes its database.
func (e *Embedded) Close() error {
	close(e.stop)
	e.sealer.Wait()
	e.rpcBackend.Close()
	return e.stack.Close()
}

// writeFileAtomic writes through a temporary file and a rename, so a crash
// leaves either the old content or the new, never half of it.
func writeFileAtomic(path string, data []byte, perm os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
