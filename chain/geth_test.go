package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/testnet/process"
)

// gethBinary finds the geth named by MIFM_GETH (`make test` builds one at the
// go.mod version and sets it), else one on PATH. In CI
// a missing geth fails the test: the integration must run there.
func gethBinary(t testing.TB) string {
	t.Helper()
	candidates := []string{os.Getenv("MIFM_GETH")}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if abs, err := filepath.Abs(c); err == nil {
			if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
				return abs
			}
		}
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	msg := "no geth for the integration test: run it through `make test` (builds geth at the go.mod version into .bin/) or set MIFM_GETH to a geth binary"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startGethDev runs `geth --dev` on a loopback port and stops it by PID when
// the test ends. It returns the HTTP JSON-RPC URL.
func startGethDev(t testing.TB) string {
	t.Helper()
	bin := gethBinary(t)
	dir := t.TempDir()
	port := freePort(t)
	cmd := exec.Command(bin, "--dev",
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(port), "--http.api", "eth,net,web3",
		"--datadir", filepath.Join(dir, "data"), "--nodiscover", "--ipcdisable", "--maxpeers", "0",
		"--port", "0", "--authrpc.port", strconv.Itoa(freePort(t)), "--verbosity", "2")
	process.Start(t, cmd, dir)
	return fmt.Sprintf("http://127.0.0.1:%d", port)
}

func dialWhenUp(t testing.TB, url string) chain.Backend {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		b, err := chain.Dial(ctx, url)
		cancel()
		if err == nil {
			return b
		}
		if !errors.Is(err, chain.ErrUnreachable) || time.Now().After(deadline) {
			t.Fatalf("dial geth --dev at %s: %v", url, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestGethDev runs the chain layer against a real geth --dev process: the same
// deploy, call, revert decoding and concurrent sends as on the embedded chain,
// through nothing but JSON-RPC.
func TestGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a geth process")
	}
	ctx := context.Background()
	url := startGethDev(t)
	b := dialWhenUp(t, url)
	defer b.Close()
	if got := b.CAIP2().String(); got != "eip155:1337" {
		t.Fatalf("geth --dev chain = %s, want eip155:1337", got)
	}

	// Fund a keystore key from geth's unlocked dev account.
	ks := chain.OpenKeystore(t.TempDir(), chain.KDFLight)
	addrs := make([]common.Address, 2)
	for i := range addrs {
		a, err := ks.NewAccount(testPassphrase)
		if err != nil {
			t.Fatal(err)
		}
		addrs[i] = a
		fundFromGethDev(t, b, a, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)))
	}
	senders := make([]*chain.Sender, 2)
	for i, a := range addrs {
		signer, err := ks.Unlock(a, testPassphrase)
		if err != nil {
			t.Fatal(err)
		}
		cfg := chain.DefaultTxConfig()
		cfg.ErrorABIs = contracts.ErrorABIs()
		cfg.PollInterval = 20 * time.Millisecond
		senders[i], err = chain.NewSender(ctx, b, signer, cfg)
		if err != nil {
			t.Fatal(err)
		}
	}

	suite, err := contracts.Suite(addrs[0])
	if err != nil {
		t.Fatal(err)
	}
	deps, err := chain.OpenDeployments(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	res, err := deps.EnsureDeployed(ctx, senders[0], suite)
	if err != nil {
		t.Fatalf("deploy suite on geth --dev: %v", err)
	}
	regAddr := res[0].Address
	again, err := deps.EnsureDeployed(ctx, senders[0], suite)
	if err != nil || !again[0].Existing || again[0].Address != regAddr {
		t.Fatalf("second deploy = %+v, %v; want the existing deployment", again, err)
	}

	reg := platformregistry.NewPlatformRegistry()
	did := "did:web:geth.example"
	id := contracts.PlatformID(did)
	r, err := senders[0].Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackRegister(id, did, addrs[0], addrs[1])})
	if err != nil || r.Status != 1 {
		t.Fatalf("register platform on geth --dev: %v", err)
	}
	out, err := chain.CallView(ctx, b, regAddr, reg.PackAttesterOf(id))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := reg.UnpackAttesterOf(out); got != addrs[1] {
		t.Fatalf("attesterOf on geth = %s, want %s", got, addrs[1])
	}

	// geth's revert data decodes to the same custom errors.
	_, err = senders[1].Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackSetAttester(id, addrs[1])})
	var rev *chain.RevertError
	if !errors.As(err, &rev) || rev.Name != "NotPlatformAdmin" || rev.Args["caller"] != addrs[1] {
		t.Fatalf("revert from geth = %v, want NotPlatformAdmin(caller=%s)", err, addrs[1])
	}

	// Concurrent sends from one key through the remote nonce path.
	const n = 40
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, errs[i] = senders[1].Transact(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("concurrent send %d: %v", i, err)
		}
	}
	if bal, _ := b.BalanceAt(ctx, to, nil); bal.Int64() != n {
		t.Fatalf("recipient got %v wei, want %d", bal, n)
	}
}

func fundFromGethDev(t testing.TB, b chain.Backend, to common.Address, amount *big.Int) {
	t.Helper()
	ctx := context.Background()
	var accounts []common.Address
	if err := b.RPC().CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("geth --dev has no unlocked dev account: %v", err)
	}
	var hash common.Hash
	err := b.RPC().CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{
		"from": accounts[0], "to": to, "value": (*hexutil.Big)(amount),
	})
	if err != nil {
		t.Fatalf("fund %s from geth's dev account: %v", to, err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if r, err := b.TransactionReceipt(ctx, hash); err == nil && r != nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("funding transaction %s not mined", hash)
}
