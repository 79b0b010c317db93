package chain_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
)

const testPassphrase = "correct horse battery staple"

// devChain is a fresh embedded chain in a temp dir with n funded keys.
type devChain struct {
	dir     string
	ks      *chain.Keystore
	addrs   []common.Address
	chain   *chain.Embedded
	senders []*chain.Sender
}

func newDevChain(t testing.TB, n int, cfg chain.DevChainConfig) *devChain {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	d := &devChain{dir: dir, ks: chain.OpenKeystore(dir+"/keystore", chain.KDFLight)}
	for i := 0; i < n; i++ {
		a, err := d.ks.NewAccount(testPassphrase)
		if err != nil {
			t.Fatal(err)
		}
		d.addrs = append(d.addrs, a)
	}
	cfg.DataDir = dir + "/chain"
	cfg.Prefund = d.addrs
	c, err := chain.StartEmbedded(ctx, cfg)
	if err != nil {
		t.Fatalf("start embedded chain: %v", err)
	}
	d.chain = c
	t.Cleanup(func() { d.chain.Close() })
	for _, a := range d.addrs {
		d.senders = append(d.senders, d.sender(t, a))
	}
	return d
}

func (d *devChain) sender(t testing.TB, a common.Address) *chain.Sender {
	t.Helper()
	signer, err := d.ks.Unlock(a, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	cfg := chain.DefaultTxConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	cfg.PollInterval = 5 * time.Millisecond
	s, err := chain.NewSender(context.Background(), d.chain, signer, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
