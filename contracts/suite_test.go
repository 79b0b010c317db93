package contracts_test

import (
	"bytes"
	"encoding/hex"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/contracts"
)

// The bindings embed the bytecode the artifacts hold: a deploy sends exactly
// what `make contracts` compiled.
func TestSuiteMatchesArtifacts(t *testing.T) {
	registrar := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	suite, err := contracts.Suite(registrar)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range suite {
		names = append(names, c.Name)
	}
	if !slices.Equal(names, []string{contracts.PlatformRegistry, contracts.Asset721, contracts.Asset1155, contracts.DIDRegistry, contracts.Exchange, contracts.Escrow, contracts.Bridge, contracts.Anchor}) {
		t.Fatalf("suite = %v, want the registry first (the asset contracts take its address)", names)
	}
	bin, err := os.ReadFile("artifacts/PlatformRegistry.bin")
	if err != nil {
		t.Fatal(err)
	}
	want, err := hex.DecodeString(strings.TrimSpace(string(bin)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(suite[0].Bytecode, want) {
		t.Fatal("bindings bytecode differs from artifacts/PlatformRegistry.bin: run make contracts")
	}
	// The constructor argument is the registrar, ABI-encoded as one word.
	if len(suite[0].ConstructorArgs) != 32 || common.BytesToAddress(suite[0].ConstructorArgs) != registrar {
		t.Fatalf("constructor args = %x, want the registrar", suite[0].ConstructorArgs)
	}
}

func TestPlatformIDIsKeccakOfDID(t *testing.T) {
	did := "did:web:platform-a.example"
	if got, want := contracts.PlatformID(did), crypto.Keccak256Hash([]byte(did)); got != want {
		t.Fatalf("PlatformID = %x, want %x", got, want)
	}
}

func TestErrorABIsCarryCustomErrors(t *testing.T) {
	var names []string
	for _, a := range contracts.ErrorABIs() {
		for n := range a.Errors {
			names = append(names, n)
		}
	}
	for _, want := range []string{"PlatformAlreadyRegistered", "NotPlatformAdmin", "AccessControlUnauthorizedAccount", "ZeroAddress",
		"NotEnoughAttestations", "NotAttester", "SignersNotAscending", "NoAttesters", "NotBridge", "ERC721IncorrectOwner",
		"AlreadyAnchored", "BadManifest"} {
		if !slices.Contains(names, want) {
			t.Errorf("ErrorABIs lack %s (have %v)", want, names)
		}
	}
}
