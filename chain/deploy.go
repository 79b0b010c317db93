package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Contract is one contract of a suite to deploy.
type Contract struct {
	Name            string
	Bytecode        []byte // creation code
	ConstructorArgs []byte // ABI-encoded
	// ArgsFrom, when set, builds the constructor arguments from the addresses
	// of the contracts deployed before this one (by name), for a contract that
	// must know another's address.
	ArgsFrom func(deployed map[string]common.Address) ([]byte, error)
}

// Deployment records where a contract of the suite lives on one chain.
type Deployment struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
	Tx      common.Hash    `json:"tx"`
	Block   uint64         `json:"block"`
	GasUsed uint64         `json:"gasUsed"`
	// InitCodeHash is keccak256 of creation code and constructor arguments: a
	// new build or other arguments mean a new deployment.
	InitCodeHash common.Hash `json:"initCodeHash"`
	// CodeHash is keccak256 of the runtime code found at Address after
	// deployment, checked again before the record is trusted.
	CodeHash   common.Hash `json:"codeHash"`
	DeployedAt time.Time   `json:"deployedAt"`
}

// DeployResult says what EnsureDeployed did for one contract.
type DeployResult struct {
	Deployment
	// Existing is true when the recorded deployment was found intact and
	// nothing was sent.
	Existing bool          `json:"existing"`
	Took     time.Duration `json:"-"`
}

// Deployments is the record of a suite's addresses per chain id, one JSON file
// per chain in a directory of the node's home.
type Deployments struct {
	dir string
}

// OpenDeployments uses dir for the records, creating it if needed.
func OpenDeployments(dir string) (*Deployments, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create deployments dir: %w", err)
	}
	return &Deployments{dir: dir}, nil
}

func (d *Deployments) path(chainID uint64) string {
	return filepath.Join(d.dir, strconv.FormatUint(chainID, 10)+".json")
}

// Load returns the recorded deployments on a chain, by contract name.
func (d *Deployments) Load(chainID uint64) (map[string]Deployment, error) {
	out := map[string]Deployment{}
	data, err := os.ReadFile(d.path(chainID))
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read deployments of chain %d: %w", chainID, err)
	}
	var list []Deployment
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("read deployments of chain %d: %s is corrupt: %w", chainID, d.path(chainID), err)
	}
	for _, dep := range list {
		out[dep.Name] = dep
	}
	return out, nil
}

// Adopt records another home's deployments on a chain as this home's: the
// platforms of one chain share one suite (one registry, one escrow). Every
// contract must have code on chain.
func (d *Deployments) Adopt(ctx context.Context, c Client, chainID uint64, from *Deployments) error {
	deps, err := from.Load(chainID)
	if err != nil {
		return err
	}
	if len(deps) == 0 {
		return fmt.Errorf("no deployments on chain %d to adopt", chainID)
	}
	var order []string
	for name, dep := range deps {
		code, err := c.CodeAt(ctx, dep.Address, nil)
		if err != nil {
			return fmt.Errorf("check %s at %s: %w", name, dep.Address.Hex(), err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%s at %s has no code on chain %d", name, dep.Address.Hex(), chainID)
		}
		order = append(order, name)
	}
	sort.Strings(order)
	return d.save(chainID, deps, order)
}

func (d *Deployments) save(chainID uint64, deps map[string]Deployment, order []string) error {
	list := make([]Deployment, 0, len(deps))
	seen := map[string]bool{}
	for _, name := range order {
		if dep, ok := deps[name]; ok {
			list = append(list, dep)
			seen[name] = true
		}
	}
	for name, dep := range deps {
		if !seen[name] {
			list = append(list, dep)
		}
	}
	data, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(d.path(chainID), append(data, '\n'), 0o600)
}

// EnsureDeployed deploys each contract of suite that is not already at its
// recorded address with the same init code, and records every address. The
// record is saved after each deployment, so an interrupted run redeploys
// nothing that it had finished.
func (d *Deployments) EnsureDeployed(ctx context.Context, s *Sender, suite []Contract) ([]DeployResult, error) {
	chainID := s.ChainID().Uint64()
	deps, err := d.Load(chainID)
	if err != nil {
		return nil, err
	}
	order := make([]string, 0, len(suite))
	results := make([]DeployResult, 0, len(suite))
	addrs := map[string]common.Address{}
	for _, c := range suite {
		order = append(order, c.Name)
		start := time.Now()
		if c.ArgsFrom != nil {
			if c.ConstructorArgs, err = c.ArgsFrom(addrs); err != nil {
				return results, fmt.Errorf("constructor arguments of %s: %w", c.Name, err)
			}
		}
		initHash := crypto.Keccak256Hash(c.Bytecode, c.ConstructorArgs)
		if dep, ok := deps[c.Name]; ok && dep.InitCodeHash == initHash {
			intact, err := codeMatches(ctx, s.Client(), dep)
			if err != nil {
				return results, fmt.Errorf("check %s at %s: %w", c.Name, dep.Address.Hex(), err)
			}
			if intact {
				addrs[c.Name] = dep.Address
				results = append(results, DeployResult{Deployment: dep, Existing: true, Took: time.Since(start)})
				continue
			}
		}
		addr, r, err := s.Deploy(ctx, c.Bytecode, c.ConstructorArgs)
		if err != nil {
			return results, fmt.Errorf("deploy %s: %w", c.Name, err)
		}
		code, err := s.Client().CodeAt(ctx, addr, nil)
		if err != nil {
			return results, fmt.Errorf("read code of %s at %s: %w", c.Name, addr.Hex(), err)
		}
		dep := Deployment{
			Name: c.Name, Address: addr, Tx: r.TxHash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed,
			InitCodeHash: initHash, CodeHash: crypto.Keccak256Hash(code), DeployedAt: time.Now().UTC(),
		}
		deps[c.Name] = dep
		addrs[c.Name] = addr
		if err := d.save(chainID, deps, order); err != nil {
			return results, fmt.Errorf("record deployment of %s at %s: %w", c.Name, addr.Hex(), err)
		}
		results = append(results, DeployResult{Deployment: dep, Took: time.Since(start)})
	}
	return results, nil
}

type codeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

func codeMatches(ctx context.Context, c codeReader, dep Deployment) (bool, error) {
	code, err := c.CodeAt(ctx, dep.Address, nil)
	if err != nil {
		return false, err
	}
	return len(code) > 0 && bytes.Equal(crypto.Keccak256(code), dep.CodeHash[:]), nil
}
