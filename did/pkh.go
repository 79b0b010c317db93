package did

import (
	"fmt"
	"strings"

	"github.com/mifm/mifm/chain"
)

// pkhContext is the inline context the did:pkh method puts in eip155
// documents.
var pkhContext = map[string]any{
	"blockchainAccountId":              "https://w3id.org/security#blockchainAccountId",
	"EcdsaSecp256k1RecoveryMethod2020": "https://identity.foundation/EcdsaSecp256k1RecoverySignature2020#EcdsaSecp256k1RecoveryMethod2020",
}

// PKHDID is the did:pkh of an account given as CAIP-10.
func PKHDID(account chain.AccountID) string { return "did:pkh:" + account.String() }

// resolvePKH expands a did:pkh of an eip155 account into the document the
// did:pkh method specifies: one EcdsaSecp256k1RecoveryMethod2020 for the
// account, which signs by recoverable secp256k1 signatures (EIP-191/712).
func resolvePKH(did string) (*Document, error) {
	_, id, err := Method(did)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(id, "eip155:") {
		ns, _, _ := strings.Cut(id, ":")
		return nil, fmt.Errorf("%w: did:pkh namespace %q: mifm resolves eip155 accounts only", ErrMethodNotSupported, ns)
	}
	account, err := chain.ParseAccountID(id)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalidDID, did, err)
	}
	if _, err := account.EVMAddress(); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalidDID, did, err)
	}
	vm := did + "#blockchainAccountId"
	rels := []string{vm}
	return &Document{
		Context: []any{ContextDIDv1, pkhContext},
		ID:      did,
		VerificationMethod: []VerificationMethod{{
			ID: vm, Type: "EcdsaSecp256k1RecoveryMethod2020", Controller: did, BlockchainAccountID: account.String(),
		}},
		Authentication: rels, AssertionMethod: rels, CapabilityDelegation: rels, CapabilityInvocation: rels,
	}, nil
}
