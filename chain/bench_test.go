package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
)

// sendAll sends n value transfers from s without waiting, then waits for every
// receipt: the pipelined pattern a node uses under load.
func sendAll(ctx context.Context, s *chain.Sender, n int) error {
	to := common.HexToAddress("0x00000000000000000000000000000000000000cc")
	txs := make([]*types.Transaction, 0, n)
	for i := 0; i < n; i++ {
		tx, err := s.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
		if err != nil {
			return err
		}
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		if _, err := s.Wait(ctx, tx); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkCommitOneSender measures transactions committed per second on the
// embedded chain from one key, sent pipelined and waited for.
func BenchmarkCommitOneSender(b *testing.B) {
	d := newDevChain(b, 1, chain.DevChainConfig{})
	b.ResetTimer()
	start := time.Now()
	if err := sendAll(context.Background(), d.senders[0], b.N); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "tx/s")
}

// BenchmarkCommitManySenders is BenchmarkCommitOneSender with eight keys
// sending at once, each from its own goroutine.
func BenchmarkCommitManySenders(b *testing.B) {
	const senders = 8
	d := newDevChain(b, senders, chain.DevChainConfig{})
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	errs := make([]error, senders)
	for i := 0; i < senders; i++ {
		n := b.N / senders
		if i < b.N%senders {
			n++
		}
		wg.Add(1)
		go func(i, n int) {
			defer wg.Done()
			errs[i] = sendAll(context.Background(), d.senders[i], n)
		}(i, n)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "tx/s")
}

// gethDevSenders starts a geth --dev process and returns n funded senders on
// it, for the same benchmarks against the reference client over JSON-RPC.
func gethDevSenders(b *testing.B, n int) []*chain.Sender {
	b.Helper()
	backend := dialWhenUp(b, startGethDev(b))
	b.Cleanup(func() { backend.Close() })
	ks := chain.OpenKeystore(b.TempDir(), chain.KDFLight)
	senders := make([]*chain.Sender, n)
	for i := range senders {
		a, err := ks.NewAccount(testPassphrase)
		if err != nil {
			b.Fatal(err)
		}
		fundFromGethDev(b, backend, a, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)))
		signer, err := ks.Unlock(a, testPassphrase)
		if err != nil {
			b.Fatal(err)
		}
		cfg := chain.DefaultTxConfig()
		cfg.PollInterval = 5 * time.Millisecond
		if senders[i], err = chain.NewSender(context.Background(), backend, signer, cfg); err != nil {
			b.Fatal(err)
		}
	}
	return senders
}

// BenchmarkGethDevCommitOneSender is BenchmarkCommitOneSender against a geth
// --dev process (bench/chain-vs-geth.sh prints the two side by side).
func BenchmarkGethDevCommitOneSender(b *testing.B) {
	s := gethDevSenders(b, 1)[0]
	b.ResetTimer()
	start := time.Now()
	if err := sendAll(context.Background(), s, b.N); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "tx/s")
}

// BenchmarkTransactSequential measures one transaction at a time, each waited
// for before the next: the latency a CLI user sees per operation.
func BenchmarkTransactSequential(b *testing.B) {
	d := newDevChain(b, 1, chain.DevChainConfig{})
	to := common.HexToAddress("0x00000000000000000000000000000000000000dd")
	ctx := context.Background()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if _, err := d.senders[0].Transact(ctx, chain.Call{To: &to, Value: big.NewInt(1)}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "tx/s")
}

// BenchmarkRegisterPlatform measures PlatformRegistry.register: gas per
// registration and registrations per second.
func BenchmarkRegisterPlatform(b *testing.B) {
	d := newDevChain(b, 1, chain.DevChainConfig{})
	ctx := context.Background()
	suite, err := contracts.Suite(d.addrs[0])
	if err != nil {
		b.Fatal(err)
	}
	deps, err := chain.OpenDeployments(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	res, err := deps.EnsureDeployed(ctx, d.senders[0], suite)
	if err != nil {
		b.Fatal(err)
	}
	reg, regAddr := platformregistry.NewPlatformRegistry(), res[0].Address
	var gas uint64
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		did := fmt.Sprintf("did:web:platform-%d.example", i)
		r, err := d.senders[0].Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackRegister(contracts.PlatformID(did), did, d.addrs[0], d.addrs[0])})
		if err != nil {
			b.Fatal(err)
		}
		gas += r.GasUsed
	}
	b.ReportMetric(float64(gas)/float64(b.N), "gas/op")
	b.ReportMetric(float64(res[0].GasUsed), "deploy-gas")
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "ops/s")
}
