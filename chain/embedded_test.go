package chain_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
)

func deployRegistry(t *testing.T, d *devChain) common.Address {
	t.Helper()
	suite, err := contracts.Suite(d.addrs[0])
	if err != nil {
		t.Fatal(err)
	}
	deps, err := chain.OpenDeployments(d.dir + "/deployments")
	if err != nil {
		t.Fatal(err)
	}
	res, err := deps.EnsureDeployed(context.Background(), d.senders[0], suite)
	if err != nil {
		t.Fatalf("deploy suite: %v", err)
	}
	return res[0].Address
}

func TestEmbeddedChainDeployCallSend(t *testing.T) {
	ctx := context.Background()
	d := newDevChain(t, 2, chain.DevChainConfig{})
	if got := d.chain.CAIP2().String(); got != "eip155:1337" {
		t.Fatalf("CAIP2 = %s, want eip155:1337", got)
	}
	bal, err := d.chain.BalanceAt(ctx, d.addrs[1], nil)
	if err != nil || bal.Cmp(chain.DevBalance) != 0 {
		t.Fatalf("prefunded balance = %v, %v; want %v", bal, err, chain.DevBalance)
	}

	regAddr := deployRegistry(t, d)
	code, err := d.chain.CodeAt(ctx, regAddr, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("no code at registry %s: %v", regAddr, err)
	}

	reg := platformregistry.NewPlatformRegistry()
	did := "did:web:platform-a.example"
	id := contracts.PlatformID(did)
	r, err := d.senders[0].Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackRegister(id, did, d.addrs[0], d.addrs[1])})
	if err != nil {
		t.Fatalf("register platform: %v", err)
	}
	if r.Status != 1 || r.GasUsed == 0 || len(r.Logs) != 1 {
		t.Fatalf("receipt status %d gas %d logs %d", r.Status, r.GasUsed, len(r.Logs))
	}
	ev, err := reg.UnpackPlatformRegisteredEvent(r.Logs[0])
	if err != nil || ev.Did != did || ev.Attester != d.addrs[1] || ev.PlatformId != id {
		t.Fatalf("PlatformRegistered event = %+v, %v", ev, err)
	}
	out, err := chain.CallView(ctx, d.chain, regAddr, reg.PackAttesterOf(id))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := reg.UnpackAttesterOf(out); err != nil || got != d.addrs[1] {
		t.Fatalf("attesterOf = %s, %v; want %s", got, err, d.addrs[1])
	}

	// A plain value transfer between dev accounts.
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if _, err := d.senders[1].Transact(ctx, chain.Call{To: &to, Value: big.NewInt(12345)}); err != nil {
		t.Fatal(err)
	}
	if bal, _ := d.chain.BalanceAt(ctx, to, nil); bal.Int64() != 12345 {
		t.Fatalf("recipient balance = %v, want 12345", bal)
	}
}

func TestRevertsDecodeCustomErrors(t *testing.T) {
	ctx := context.Background()
	d := newDevChain(t, 2, chain.DevChainConfig{})
	regAddr := deployRegistry(t, d)
	reg := platformregistry.NewPlatformRegistry()
	did := "did:web:platform-b.example"
	id := contracts.PlatformID(did)
	if _, err := d.senders[0].Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackRegister(id, did, d.addrs[0], d.addrs[0])}); err != nil {
		t.Fatal(err)
	}
	registrarRole := crypto.Keccak256Hash([]byte("REGISTRAR_ROLE"))
	wrongID := contracts.PlatformID("did:web:other.example")

	tests := []struct {
		name     string
		from     int
		data     []byte
		wantName string
		wantArgs map[string]any
		wantText string
	}{
		{
			name: "duplicate platform", from: 0, data: reg.PackRegister(id, did, d.addrs[0], d.addrs[0]),
			wantName: "PlatformAlreadyRegistered", wantArgs: map[string]any{"platformId": id},
			wantText: "PlatformAlreadyRegistered(platformId=0x",
		},
		{
			name: "not the registrar", from: 1, data: reg.PackRegister(wrongID, "did:web:other.example", d.addrs[1], d.addrs[1]),
			wantName: "AccessControlUnauthorizedAccount", wantArgs: map[string]any{"account": d.addrs[1], "neededRole": [32]byte(registrarRole)},
			wantText: "AccessControlUnauthorizedAccount(account=" + d.addrs[1].Hex(),
		},
		{
			name: "id does not match DID", from: 0, data: reg.PackRegister(wrongID, "did:web:x.example", d.addrs[0], d.addrs[0]),
			wantName: "PlatformIdMismatch", wantArgs: map[string]any{"platformId": wrongID},
		},
		{
			name: "zero attester", from: 0, data: reg.PackRegister(wrongID, "did:web:other.example", d.addrs[0], common.Address{}),
			wantName: "ZeroAddress", wantText: "execution reverted: ZeroAddress()",
		},
		{
			name: "not the platform admin", from: 1, data: reg.PackSetAttester(id, d.addrs[1]),
			wantName: "NotPlatformAdmin", wantArgs: map[string]any{"platformId": id, "caller": d.addrs[1]},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := d.senders[tc.from].Transact(ctx, chain.Call{To: &regAddr, Data: tc.data})
			var rev *chain.RevertError
			if !errors.As(err, &rev) || !errors.Is(err, chain.ErrReverted) {
				t.Fatalf("error = %v, want a decoded revert", err)
			}
			if rev.Name != tc.wantName {
				t.Fatalf("revert name = %q, want %q (%v)", rev.Name, tc.wantName, err)
			}
			for k, v := range tc.wantArgs {
				if rev.Args[k] != v {
					t.Fatalf("arg %s = %v, want %v", k, rev.Args[k], v)
				}
			}
			if tc.wantText != "" && !strings.Contains(err.Error(), tc.wantText) {
				t.Fatalf("error text %q does not contain %q", err, tc.wantText)
			}
		})
	}

	// A transaction mined with a fixed gas limit skips estimation, so the revert
	// surfaces from the receipt and is decoded by replay.
	_, err := d.senders[0].Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackRegister(id, did, d.addrs[0], d.addrs[0]), Gas: 200_000})
	var rev *chain.RevertError
	if !errors.As(err, &rev) || rev.Name != "PlatformAlreadyRegistered" {
		t.Fatalf("mined revert: %v, want PlatformAlreadyRegistered", err)
	}
}

func TestConcurrentSendsFromOneKey(t *testing.T) {
	ctx := context.Background()
	d := newDevChain(t, 1, chain.DevChainConfig{})
	const n = 200
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	var wg sync.WaitGroup
	hashes := make([]common.Hash, n)
	nonces := make([]uint64, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			tx, err := d.senders[0].Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
			if err != nil {
				errs[i] = err
				return
			}
			hashes[i], nonces[i] = tx.Hash(), tx.Nonce()
			_, errs[i] = d.senders[0].Wait(ctx, tx)
		}(i)
	}
	wg.Wait()
	seen := map[uint64]bool{}
	for i := 0; i < n; i++ {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		if seen[nonces[i]] {
			t.Fatalf("nonce %d used twice", nonces[i])
		}
		seen[nonces[i]] = true
	}
	for i := uint64(0); i < n; i++ {
		if !seen[i] {
			t.Fatalf("nonce gap at %d", i)
		}
	}
	nonce, err := d.chain.NonceAt(ctx, d.addrs[0], nil)
	if err != nil || nonce != n {
		t.Fatalf("account nonce on chain = %d, %v; want %d", nonce, err, n)
	}
	if bal, _ := d.chain.BalanceAt(ctx, to, nil); bal.Int64() != n {
		t.Fatalf("recipient got %v wei, want %d (one per transaction)", bal, n)
	}
}

func TestEmbeddedChainSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	d := newDevChain(t, 1, chain.DevChainConfig{})
	regAddr := deployRegistry(t, d)
	reg := platformregistry.NewPlatformRegistry()
	did := "did:web:restart.example"
	if _, err := d.senders[0].Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackRegister(contracts.PlatformID(did), did, d.addrs[0], d.addrs[0])}); err != nil {
		t.Fatal(err)
	}
	head, err := d.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.chain.Close(); err != nil {
		t.Fatal(err)
	}

	again, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: d.dir + "/chain"})
	if err != nil {
		t.Fatalf("restart: %v", err)
	}
	d.chain = again
	// The blocks from before the restart are all there, unchanged (the dev
	// beacon may seal an empty block around a restart, so the head may be past).
	same, err := again.HeaderByNumber(ctx, head.Number)
	if err != nil || same.Hash() != head.Hash() {
		t.Fatalf("block %d after restart = %v, %v; want hash %s", head.Number, same, err, head.Hash())
	}
	out, err := chain.CallView(ctx, again, regAddr, reg.PackPlatformCount())
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := reg.UnpackPlatformCount(out); n.Int64() != 1 {
		t.Fatalf("platformCount after restart = %v, want 1", n)
	}
	// The chain keeps producing blocks and the deployment record still holds.
	s := d.sender(t, d.addrs[0])
	res := deployRegistryWith(t, d, s)
	if !res.Existing || res.Address != regAddr {
		t.Fatalf("redeploy after restart = %+v, want the existing %s", res, regAddr)
	}
	if _, err := s.Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackSetActive(contracts.PlatformID(did), false)}); err != nil {
		t.Fatalf("send after restart: %v", err)
	}

	if _, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: d.dir + "/chain"}); !errors.Is(err, chain.ErrChainInUse) {
		t.Fatalf("second open of a running chain: %v, want ErrChainInUse", err)
	}
	if _, err := chain.StartEmbedded(ctx, chain.DevChainConfig{DataDir: d.dir + "/chain", ChainID: 5}); err == nil {
		t.Fatal("reopening with another chain id succeeded")
	}
}

func deployRegistryWith(t *testing.T, d *devChain, s *chain.Sender) chain.DeployResult {
	t.Helper()
	suite, _ := contracts.Suite(d.addrs[0])
	deps, _ := chain.OpenDeployments(d.dir + "/deployments")
	res, err := deps.EnsureDeployed(context.Background(), s, suite)
	if err != nil {
		t.Fatal(err)
	}
	return res[0]
}
