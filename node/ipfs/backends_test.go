package ipfs_test

import (
	"context"
	"testing"

	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/testnet/kubo"
)

// opener opens a fresh, empty store for a test.
type opener func(t testing.TB) *ipfs.Store

// openKubo opens a store on a fresh Kubo daemon of its own.
func openKubo(t testing.TB) *ipfs.Store {
	t.Helper()
	d := kubo.StartDaemon(t)
	s, err := ipfs.OpenKubo(context.Background(), ipfs.KuboOptions{API: d.API}, ipfs.Options{Fetch: loopbackFetch()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// backends are the content backends every test of the table runs on.
var backends = []struct {
	name string
	open opener
}{
	{"embedded", openStore},
	{"kubo", openKubo},
}

// TestContentBackends runs the content store's tests on the embedded store
// and on a real Kubo daemon: the same CIDs, answers and refusals.
func TestContentBackends(t *testing.T) {
	tests := []struct {
		name string
		run  func(t *testing.T, open opener)
	}{
		{"cat-ls-stat", testCatLsStat},
		{"c-a-r-round-trip-between-homes", testCARRoundTripBetweenHomes},
		{"corrupt-c-a-r-imports-nothing", testCorruptCARImportsNothing},
		{"g-c-keeps-pinned-removes-unpinned", testGCKeepsPinnedRemovesUnpinned},
		{"add-tar-equals-add", testAddTarEqualsAdd},
		{"add-tar-refuses-and-leaves-nothing", testAddTarRefusesAndLeavesNothing},
		{"add-cut-short-leaves-nothing", testAddCutShortLeavesNothing},
		{"cat-offset-past-the-end", testCatOffsetPastTheEnd},
		{"fetch-from-gateway", testFetchFromGateway},
		{"gateway-serves-verifiable-blocks", testGatewayServesVerifiableBlocks},
		{"fetch-refuses-bad-peers", testFetchRefusesBadPeers},
		{"kubo-reads-from-our-gateway", testKuboReadsFromOurGateway},
		{"fetch-of-content-the-gateway-lacks", testFetchOfContentTheGatewayLacks},
		{"c-i-ds-equal-kubo", testCIDsEqualKubo},
		{"pin-remote-on-kubo", testPinRemoteOnKubo},
		{"fetch-refuses-an-oversized-d-a-g", testFetchRefusesAnOversizedDAG},
		{"fetch-cuts-off-an-endless-stream", testFetchCutsOffAnEndlessStream},
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, b.open) })
			}
		})
	}
}
