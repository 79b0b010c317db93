package did

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mifm/mifm/chain"
)

// referenceRegistry is the bytecode of ethr-did-registry's
// EthereumDIDRegistry as published on npm (contracts/node_modules, installed
// by make test): the registry ethr-did-resolver's networks run.
func referenceRegistry(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("../contracts/node_modules/ethr-did-registry/artifacts/contracts/EthereumDIDRegistry.sol/EthereumDIDRegistry.json")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI needs ethr-did-registry (run `make contracts-deps`): %v", err)
		}
		t.Skipf("no ethr-did-registry here (run `make contracts-deps`): %v", err)
	}
	var art struct {
		Bytecode string `json:"bytecode"`
	}
	if err := json.Unmarshal(data, &art); err != nil {
		t.Fatal(err)
	}
	return hexutil.MustDecode(art.Bytecode)
}

type gasRow struct {
	op              string
	mifm, reference uint64
}

// ethrGas runs the same updates on mifm's registry and on the reference and
// returns the gas of each: plain calls from the identity, and the signed
// variants relayed for a fresh identity.
func ethrGas(t testing.TB) []gasRow {
	t.Helper()
	ctx := context.Background()
	e := newEthrChain(t)
	ref, _, err := e.relayer.Deploy(ctx, referenceRegistry(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, delegate, _ := newIdentity(t)
	ed, _ := NewKeyPair(Ed25519, nil)
	key, _ := EthrKeyAttribute(ed, "veriKey", 365*24*time.Hour)
	svc, _ := EthrServiceAttribute("MifmNode", "https://node-a.example/re", 365*24*time.Hour)
	addDel := EthrChange{Op: OpAddDelegate, DelegateType: "veriKey", Delegate: delegate, Validity: 365 * 24 * time.Hour}
	revDel := EthrChange{Op: OpRevokeDelegate, DelegateType: "veriKey", Delegate: delegate}
	revSvc := EthrChange{Op: OpRevokeAttribute, Name: svc.Name, Value: svc.Value}
	steps := []struct {
		name string
		ch   EthrChange
	}{
		{"setAttribute (first change, Ed25519 key)", key},
		{"setAttribute (service)", svc},
		{"addDelegate", addDel},
		{"revokeDelegate", revDel},
		{"revokeAttribute", revSvc},
	}
	rows := make([]gasRow, 0, 2*len(steps)+2)
	for _, s := range steps {
		rows = append(rows, gasRow{op: s.name})
	}
	for _, s := range steps {
		rows = append(rows, gasRow{op: s.name + ", signed"})
	}
	rows = append(rows, gasRow{op: "changeOwner, signed"}, gasRow{op: "changeOwner"})
	for col, registry := range []common.Address{e.registry, ref} {
		record := func(i int, gas uint64) {
			if col == 0 {
				rows[i].mifm = gas
			} else {
				rows[i].reference = gas
			}
		}
		self := e.relayer.From()
		for i, s := range steps {
			data, err := EthrUpdate(self, s.ch)
			if err != nil {
				t.Fatal(err)
			}
			r, err := e.relayer.Transact(ctx, chain.Call{To: &registry, Data: data})
			if err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
			record(i, r.GasUsed)
		}
		kp, addr, _ := newIdentity(t)
		for i, s := range steps {
			data, err := EthrSignedUpdate(ctx, e.chain, registry, addr, kp, s.ch)
			if err != nil {
				t.Fatal(err)
			}
			r, err := e.relayer.Transact(ctx, chain.Call{To: &registry, Data: data})
			if err != nil {
				t.Fatalf("%s signed: %v", s.name, err)
			}
			record(len(steps)+i, r.GasUsed)
		}
		_, newOwner, _ := newIdentity(t)
		data, _ := EthrSignedUpdate(ctx, e.chain, registry, addr, kp, EthrChange{Op: OpChangeOwner, NewOwner: newOwner})
		r, err := e.relayer.Transact(ctx, chain.Call{To: &registry, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		record(2*len(steps), r.GasUsed)
		data, _ = EthrUpdate(self, EthrChange{Op: OpChangeOwner, NewOwner: newOwner})
		if r, err = e.relayer.Transact(ctx, chain.Call{To: &registry, Data: data}); err != nil {
			t.Fatal(err)
		}
		record(2*len(steps)+1, r.GasUsed)
	}
	return rows
}

// Every update costs no more on mifm's registry than on the reference one,
// and the first change of an identity (which writes its slot) clearly less.
func TestEthrGasAgainstReference(t *testing.T) {
	rows := ethrGas(t)
	var b strings.Builder
	fmt.Fprintf(&b, "%-45s %8s %10s %6s\n", "update", "mifm", "reference", "ratio")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-45s %8d %10d %6.2f\n", r.op, r.mifm, r.reference, float64(r.mifm)/float64(r.reference))
		if r.mifm > r.reference {
			t.Errorf("%s: %d gas, the reference registry %d", r.op, r.mifm, r.reference)
		}
	}
	t.Log("\n" + b.String())
}

// BenchmarkEthrSignedUpdate relays signed service updates of one identity,
// each waited for: gas and updates per second.
func BenchmarkEthrSignedUpdate(b *testing.B) {
	ctx := context.Background()
	e := newEthrChain(b)
	kp, addr, _ := newIdentity(b)
	svc, _ := EthrServiceAttribute("MifmNode", "https://node-a.example/re", time.Hour)
	var gas uint64
	for b.Loop() {
		data, err := EthrSignedUpdate(ctx, e.chain, e.registry, addr, kp, svc)
		if err != nil {
			b.Fatal(err)
		}
		r, err := e.relayer.Transact(ctx, chain.Call{To: &e.registry, Data: data})
		if err != nil {
			b.Fatal(err)
		}
		gas = r.GasUsed
	}
	b.ReportMetric(float64(gas), "gas/update")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "updates/s")
}

// BenchmarkEthrResolve resolves, uncached, a did:ethr with 20 changes.
func BenchmarkEthrResolve(b *testing.B) {
	ctx := context.Background()
	e := newEthrChain(b)
	kp, addr, did := newIdentity(b)
	for i := range 20 {
		svc, _ := EthrServiceAttribute("Hub", fmt.Sprintf("https://hub.example/%d", i), time.Hour)
		e.update(b, kp, addr, svc)
	}
	r := e.resolver(b, nil)
	for b.Loop() {
		if _, _, err := r.Resolve(ctx, did); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "resolutions/s")
}
