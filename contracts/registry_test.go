package contracts_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/contracts"
)

// contracts.ChannelID computes what the registry's channelId does, in both
// directions.
func TestChannelIDMatchesRegistry(t *testing.T) {
	s := newSuiteChain(t, 4)
	a, b := contracts.PlatformID(platformDID), contracts.PlatformID(platformBDID)
	for _, pair := range [][2][32]byte{{a, b}, {b, a}, {a, a}} {
		want := [32]byte(s.call(t, s.registry, s.reg.PackChannelId(pair[0], pair[1])))
		if got := contracts.ChannelID(pair[0], pair[1]); got != want {
			t.Fatalf("ChannelID(%x, %x) = %x, the registry says %x", pair[0], pair[1], got, want)
		}
	}
	if contracts.ChannelID(a, b) != contracts.ChannelID(b, a) {
		t.Fatal("ChannelID depends on the direction")
	}
}

func TestPlatformRegistryChannelAttesters(t *testing.T) {
	s := newSuiteChain(t, 4)
	a, b := contracts.PlatformID(platformDID), contracts.PlatformID(platformBDID)
	s.mustSend(t, 0, s.registry, s.reg.PackRegister(b, platformBDID, s.addrs[0], s.addrs[0]))
	addrs := func(n int) []common.Address {
		out := make([]common.Address, n)
		for i := range out {
			out[i] = common.BigToAddress(big.NewInt(int64(0x100 + i)))
		}
		return out
	}
	three := addrs(3)
	for _, tc := range []struct {
		name      string
		from      int
		a, b      [32]byte
		attesters []common.Address
		threshold uint8
		want      string
	}{
		{"not the registrar", 1, a, b, three, 2, "AccessControlUnauthorizedAccount"},
		{"unknown platform", 0, a, contracts.PlatformID("did:web:nobody.example"), three, 2, "UnknownPlatform"},
		{"a platform with itself", 0, a, a, three, 2, "SamePlatform"},
		{"zero threshold", 0, a, b, three, 0, "BadThreshold"},
		{"threshold above the set", 0, a, b, three, 4, "BadThreshold"},
		{"no attesters", 0, a, b, nil, 1, "BadThreshold"},
		{"seventeen attesters", 0, a, b, addrs(17), 9, "BadThreshold"},
		{"zero attester", 0, a, b, []common.Address{{}, three[1]}, 1, "ZeroAddress"},
		{"descending", 0, a, b, []common.Address{three[1], three[0]}, 1, "AttestersNotAscending"},
		{"duplicate", 0, a, b, []common.Address{three[0], three[0], three[1]}, 2, "AttestersNotAscending"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.send(t, tc.from, s.registry, s.reg.PackSetChannelAttesters(tc.a, tc.b, tc.attesters, tc.threshold))
			wantRevert(t, err, tc.want)
		})
	}
	get := func(x, y [32]byte) ([]common.Address, uint8) {
		out, err := s.reg.UnpackChannelAttesters(s.call(t, s.registry, s.reg.PackChannelAttesters(contracts.ChannelID(x, y))))
		if err != nil {
			t.Fatal(err)
		}
		return out.Attesters, out.Threshold
	}
	if set, th := get(a, b); len(set) != 0 || th != 0 {
		t.Fatalf("a channel never set has %v, %d", set, th)
	}
	r := s.mustSend(t, 0, s.registry, s.reg.PackSetChannelAttesters(a, b, three, 2))
	ev, err := s.reg.UnpackChannelAttestersSetEvent(r.Logs[0])
	if err != nil || ev.Channel != contracts.ChannelID(a, b) || ev.PlatformA != a || ev.PlatformB != b || !slices.Equal(ev.Attesters, three) || ev.Threshold != 2 {
		t.Fatalf("ChannelAttestersSet = %+v, %v", ev, err)
	}
	if set, th := get(b, a); !slices.Equal(set, three) || th != 2 {
		t.Fatalf("channel B–A = %v, %d; want the set given for A–B", set, th)
	}
	// A new set replaces the old one, shorter or not.
	s.mustSend(t, 0, s.registry, s.reg.PackSetChannelAttesters(b, a, three[1:2], 1))
	if set, th := get(a, b); !slices.Equal(set, three[1:2]) || th != 1 {
		t.Fatalf("after replacing: %v, %d", set, th)
	}
	// Either platform suspended: the channel has no attesters.
	for _, id := range [][32]byte{a, b} {
		s.mustSend(t, 0, s.registry, s.reg.PackSetActive(id, false))
		if set, th := get(a, b); len(set) != 0 || th != 0 {
			t.Fatalf("with %x suspended the channel has %v, %d", id, set, th)
		}
		s.mustSend(t, 0, s.registry, s.reg.PackSetActive(id, true))
	}
	if _, th := get(a, b); th != 1 {
		t.Fatalf("reinstated: threshold %d", th)
	}
}
