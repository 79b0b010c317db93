package chain

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestParseChainID(t *testing.T) {
	tests := []struct {
		name, in string
		wantErr  string
	}{
		{name: "dev chain", in: "eip155:1337"},
		{name: "mainnet", in: "eip155:1"},
		{name: "bitcoin (CAIP-2 example)", in: "bip122:000000000019d6689c085ae165831e93"},
		{name: "cosmos (CAIP-2 example)", in: "cosmos:cosmoshub-3"},
		{name: "no colon", in: "eip155", wantErr: "want namespace:reference"},
		{name: "short namespace", in: "ei:1", wantErr: "namespace"},
		{name: "upper namespace", in: "EIP155:1", wantErr: "namespace"},
		{name: "empty reference", in: "eip155:", wantErr: "reference"},
		{name: "reference too long", in: "cosmos:" + strings.Repeat("a", 33), wantErr: "reference"},
		{name: "eip155 leading zero", in: "eip155:01", wantErr: "leading zeros"},
		{name: "eip155 not decimal", in: "eip155:0x539", wantErr: "reference"},
		{name: "eip155 overflow", in: "eip155:99999999999999999999", wantErr: "64 bits"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseChainID(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.Is(err, ErrMalformedID) {
					t.Fatalf("ParseChainID(%q) error = %v, want ErrMalformedID mentioning %q", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseChainID(%q): %v", tc.in, err)
			}
			if got.String() != tc.in {
				t.Fatalf("round trip: got %q, want %q", got, tc.in)
			}
		})
	}
	if id, _ := ParseChainID("eip155:1337"); id != EIP155(1337) {
		t.Fatalf("EIP155(1337) = %v, parsed %v", EIP155(1337), id)
	}
}

func TestParseAccountID(t *testing.T) {
	const checksummed = "0xab16a96D359eC26a11e2C2b3d8f8B8942d5Bfcdb"
	tests := []struct {
		name, in string
		wantErr  string
	}{
		{name: "CAIP-10 eip155 example", in: "eip155:1:" + checksummed},
		{name: "lower case", in: "eip155:1337:" + strings.ToLower(checksummed)},
		{name: "bitcoin (CAIP-10 example)", in: "bip122:000000000019d6689c085ae165831e93:128Lkh3S7CkDTBZ8W7BbpsN3YYizJMp8p6"},
		{name: "bad checksum", in: "eip155:1:0xAb16a96D359eC26a11e2C2b3d8f8B8942d5Bfcdb", wantErr: "EIP-55"},
		{name: "short address", in: "eip155:1:0xab16", wantErr: "40 hex"},
		{name: "no 0x", in: "eip155:1:ab16a96d359ec26a11e2c2b3d8f8b8942d5bfcdb", wantErr: "40 hex"},
		{name: "no chain", in: checksummed, wantErr: "namespace:reference:address"},
		{name: "bad chain", in: "e:1:" + checksummed, wantErr: "namespace"},
		{name: "bad char", in: "eip155:1:0x/b", wantErr: "address"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseAccountID(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.Is(err, ErrMalformedID) {
					t.Fatalf("ParseAccountID(%q) error = %v, want ErrMalformedID mentioning %q", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAccountID(%q): %v", tc.in, err)
			}
			if got.String() != tc.in {
				t.Fatalf("round trip: got %q, want %q", got, tc.in)
			}
		})
	}
	a := EIP155Account(1337, common.HexToAddress(checksummed))
	if a.String() != "eip155:1337:"+checksummed {
		t.Fatalf("EIP155Account = %s", a)
	}
	if addr, err := a.EVMAddress(); err != nil || addr != common.HexToAddress(checksummed) {
		t.Fatalf("EVMAddress = %v, %v", addr, err)
	}
}

func TestParseAssetID(t *testing.T) {
	const kitties = "0x06012c8cf97BEaD5deAe237070F9587f8E7A266d"
	max := "115792089237316195423570985008687907853269984665640564039457584007913129639935"
	tests := []struct {
		name, in string
		wantErr  string
	}{
		{name: "CAIP-19 erc721 example", in: "eip155:1/erc721:" + kitties + "/771769"},
		{name: "erc20 asset type", in: "eip155:1/erc20:0x6B175474E89094C44Da98b954EedeAC495271d0F"},
		{name: "slip44", in: "eip155:1/slip44:60"},
		{name: "erc1155 max id", in: "eip155:1337/erc1155:" + kitties + "/" + max},
		{name: "cosmos (CAIP-19 example)", in: "cosmos:cosmoshub-3/slip44:118"},
		{name: "token id over uint256", in: "eip155:1337/erc1155:" + kitties + "/" + max[:len(max)-1] + "6", wantErr: "uint256"},
		{name: "hex token id", in: "eip155:1/erc721:" + kitties + "/0x2a", wantErr: "decimal"},
		{name: "leading zero token", in: "eip155:1/erc721:" + kitties + "/042", wantErr: "decimal"},
		{name: "erc20 with token", in: "eip155:1/erc20:" + kitties + "/1", wantErr: "no token id"},
		{name: "unknown namespace", in: "eip155:1/erc999:" + kitties + "/1", wantErr: "not one of"},
		{name: "bad contract", in: "eip155:1/erc721:0x123/1", wantErr: "40 hex"},
		{name: "missing asset", in: "eip155:1", wantErr: "want chain/namespace"},
		{name: "too many parts", in: "eip155:1/erc721:" + kitties + "/1/2", wantErr: "want chain/namespace"},
		{name: "missing colon", in: "eip155:1/erc721", wantErr: "namespace:reference"},
		{name: "bad chain", in: "eip155:x/erc721:" + kitties + "/1", wantErr: "reference"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseAssetID(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.Is(err, ErrMalformedID) {
					t.Fatalf("ParseAssetID(%q) error = %v, want ErrMalformedID mentioning %q", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAssetID(%q): %v", tc.in, err)
			}
			if got.String() != tc.in {
				t.Fatalf("round trip: got %q, want %q", got, tc.in)
			}
		})
	}
	id := EIP155Token(1337, "erc721", common.HexToAddress(kitties), big.NewInt(42))
	if id.String() != "eip155:1337/erc721:"+kitties+"/42" {
		t.Fatalf("EIP155Token = %s", id)
	}
	c, n, err := id.Token()
	if err != nil || c != common.HexToAddress(kitties) || n.Int64() != 42 {
		t.Fatalf("Token() = %v %v %v", c, n, err)
	}
}

// FuzzParseCAIP checks that no input panics a parser and that whatever parses
// formats back to the same string and parses again to the same value.
func FuzzParseCAIP(f *testing.F) {
	for _, s := range []string{
		"eip155:1337", "eip155:1:0xab16a96D359eC26a11e2C2b3d8f8B8942d5Bfcdb",
		"eip155:1/erc721:0x06012c8cf97BEaD5deAe237070F9587f8E7A266d/771769",
		"cosmos:cosmoshub-3/slip44:118", "a:b:c/d:e/f", "", ":", "//",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, err := ParseChainID(s); err == nil {
			if c.String() != s {
				t.Fatalf("chain %q formats as %q", s, c)
			}
		} else if !errors.Is(err, ErrMalformedID) {
			t.Fatalf("chain %q: error not ErrMalformedID: %v", s, err)
		}
		if a, err := ParseAccountID(s); err == nil {
			if a.String() != s {
				t.Fatalf("account %q formats as %q", s, a)
			}
		} else if !errors.Is(err, ErrMalformedID) {
			t.Fatalf("account %q: error not ErrMalformedID: %v", s, err)
		}
		if a, err := ParseAssetID(s); err == nil {
			again, err := ParseAssetID(a.String())
			if err != nil || again != a || a.String() != s {
				t.Fatalf("asset %q: reparse %v, %v", s, again, err)
			}
		} else if !errors.Is(err, ErrMalformedID) {
			t.Fatalf("asset %q: error not ErrMalformedID: %v", s, err)
		}
	})
}
