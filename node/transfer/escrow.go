package transfer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/node/crosschain"
)

// Contracts are the suite addresses the service works with.
type Contracts struct {
	Registry  common.Address `json:"registry"`
	Asset721  common.Address `json:"asset721"`
	Asset1155 common.Address `json:"asset1155"`
	Escrow    common.Address `json:"escrow"`
	Exchange  common.Address `json:"exchange"`
}

// Escrow kinds, as the contract numbers them.
const (
	KindERC721  uint8 = 1
	KindERC1155 uint8 = 2
	KindERC20   uint8 = 3
)

// On-chain escrow states.
const (
	chainUnknown uint8 = 0
	chainLocked  uint8 = 1
	chainSettled uint8 = 2
)

var (
	escrowABI = escrow.NewEscrow()
)

// OnChain is the escrow's Transfer struct, as JSON an auditor can read.
type OnChain struct {
	Kind        uint8          `json:"kind"`
	Token       common.Address `json:"token"`
	ID          *hexutil.Big   `json:"id"`
	Amount      *hexutil.Big   `json:"amount"`
	Depositor   common.Address `json:"depositor"`
	Recipient   common.Address `json:"recipient"`
	Destination common.Hash    `json:"destination"`
	Attester    common.Address `json:"attester"`
	Deadline    uint64         `json:"deadline"`
	Salt        common.Hash    `json:"salt"`
	// ConvertTo and MinReceived (currency only) commit the conversion the
	// depositor allows: the recipient may be paid in ConvertTo instead, never
	// less than MinReceived.
	ConvertTo   common.Address `json:"convertTo,omitempty"`
	MinReceived *hexutil.Big   `json:"minReceived,omitempty"`
}

func (o OnChain) binding() escrow.EscrowTransfer {
	id, amt, minimum := new(big.Int), new(big.Int), new(big.Int)
	if o.ID != nil {
		id = o.ID.ToInt()
	}
	if o.Amount != nil {
		amt = o.Amount.ToInt()
	}
	if o.MinReceived != nil {
		minimum = o.MinReceived.ToInt()
	}
	return escrow.EscrowTransfer{Kind: o.Kind, Token: o.Token, Id: id, Amount: amt, Depositor: o.Depositor, Recipient: o.Recipient,
		Destination: o.Destination, Attester: o.Attester, Deadline: o.Deadline, Salt: o.Salt, ConvertTo: o.ConvertTo, MinReceived: minimum}
}

// Hash is the transfer id: keccak256(abi.encode(Transfer)), as the escrow
// computes it. The struct is static, so refund's calldata after the selector
// is exactly its ABI encoding.
func (o OnChain) Hash() common.Hash {
	return crypto.Keccak256Hash(escrowABI.PackRefund(o.binding())[4:])
}

// eip712 hashes a one-type message in a contract's domain.
func eip712(chainID *big.Int, name string, contract common.Address, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) (common.Hash, error) {
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			primary:        fields,
		},
		PrimaryType: primary,
		Domain:      apitypes.TypedDataDomain{Name: name, Version: "1", ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: contract.Hex()},
		Message:     msg,
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("EIP-712 hash of %s: %w", primary, err)
	}
	return common.BytesToHash(h), nil
}

// ConsentTypes are the EIP-712 types of a depositor's consent (FGMV-43
// ASIR-106), as a wallet's eth_signTypedData_v4 takes them: the whole
// on-chain transfer, so the wallet shows the token, amount, recipient and
// deadline it locks, plus the asset, destination platform, rights and
// visibility in words. The transfer's salt commits to the rights and
// visibility, its hash is the transfer id; the domain binds the consent to
// one chain and one escrow.
var ConsentTypes = apitypes.Types{
	"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
	"Consent": {
		{Name: "transfer", Type: "Transfer"}, {Name: "asset", Type: "string"}, {Name: "toPlatform", Type: "string"},
		{Name: "rights", Type: "string"}, {Name: "visibility", Type: "string"},
	},
	"Transfer": {
		{Name: "kind", Type: "uint8"}, {Name: "token", Type: "address"}, {Name: "id", Type: "uint256"}, {Name: "amount", Type: "uint256"},
		{Name: "depositor", Type: "address"}, {Name: "recipient", Type: "address"}, {Name: "destination", Type: "bytes32"},
		{Name: "attester", Type: "address"}, {Name: "deadline", Type: "uint64"}, {Name: "salt", Type: "bytes32"},
		{Name: "convertTo", Type: "address"}, {Name: "minReceived", Type: "uint256"},
	},
}

// ConsentTypedData is what a depositor's wallet signs to consent to a
// transfer: asset is its CAIP-19 id as the origin names it, toPlatform the
// destination platform's DID.
func ConsentTypedData(chainID *big.Int, escrowAddr common.Address, asset, toPlatform string, t OnChain, terms Terms) apitypes.TypedData {
	b := t.binding()
	dec := func(v *big.Int) string { return v.String() }
	return apitypes.TypedData{
		Types:       ConsentTypes,
		PrimaryType: "Consent",
		Domain:      apitypes.TypedDataDomain{Name: "mifm Escrow", Version: "1", ChainId: (*math.HexOrDecimal256)(new(big.Int).Set(chainID)), VerifyingContract: escrowAddr.Hex()},
		Message: apitypes.TypedDataMessage{
			"transfer": map[string]any{
				"kind": fmt.Sprint(b.Kind), "token": b.Token.Hex(), "id": dec(b.Id), "amount": dec(b.Amount),
				"depositor": b.Depositor.Hex(), "recipient": b.Recipient.Hex(), "destination": hexutil.Encode(b.Destination[:]),
				"attester": b.Attester.Hex(), "deadline": fmt.Sprint(b.Deadline), "salt": hexutil.Encode(b.Salt[:]),
				"convertTo": b.ConvertTo.Hex(), "minReceived": dec(b.MinReceived),
			},
			"asset": asset, "toPlatform": toPlatform, "rights": strings.Join(terms.Rights, ", "), "visibility": terms.Visibility,
		},
	}
}

// ConsentDigest is the EIP-712 digest of ConsentTypedData.
func ConsentDigest(chainID *big.Int, escrowAddr common.Address, asset, toPlatform string, t OnChain, terms Terms) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(ConsentTypedData(chainID, escrowAddr, asset, toPlatform, t, terms))
	if err != nil {
		return common.Hash{}, fmt.Errorf("EIP-712 hash of the consent: %w", err)
	}
	return common.BytesToHash(h), nil
}

// consentDigest is the consent to an outgoing record.
func (r *Record) consentDigest(chainID *big.Int) (common.Hash, error) {
	return ConsentDigest(chainID, r.Escrow, r.Asset, r.Peer, r.Transfer, r.Terms)
}

// AcceptDigest is the escrow's Accept(bytes32 transfer).
func AcceptDigest(chainID *big.Int, escrowAddr common.Address, id common.Hash) (common.Hash, error) {
	return eip712(chainID, "mifm Escrow", escrowAddr, "Accept", []apitypes.Type{{Name: "transfer", Type: "bytes32"}}, apitypes.TypedDataMessage{"transfer": id.Bytes()})
}

// RejectDigest is the escrow's Reject(bytes32 transfer,uint16 reason).
func RejectDigest(chainID *big.Int, escrowAddr common.Address, id common.Hash, reason uint16) (common.Hash, error) {
	return eip712(chainID, "mifm Escrow", escrowAddr, "Reject", []apitypes.Type{{Name: "transfer", Type: "bytes32"}, {Name: "reason", Type: "uint16"}},
		apitypes.TypedDataMessage{"transfer": id.Bytes(), "reason": fmt.Sprint(reason)})
}

// AcceptConvertedDigest is the escrow's AcceptConverted(bytes32 transfer,bytes32 order).
func AcceptConvertedDigest(chainID *big.Int, escrowAddr common.Address, id, order common.Hash) (common.Hash, error) {
	return eip712(chainID, "mifm Escrow", escrowAddr, "AcceptConverted", []apitypes.Type{{Name: "transfer", Type: "bytes32"}, {Name: "order", Type: "bytes32"}},
		apitypes.TypedDataMessage{"transfer": id.Bytes(), "order": order.Bytes()})
}

// sign makes the 65-byte r‖s‖v signature (v 27 or 28) OpenZeppelin's
// ECDSA takes; recoverSigner is the address that made one. The escrow and
// the Bridge take the same signatures.
var (
	sign          = crosschain.Sign
	recoverSigner = crosschain.Signer
)

// chainState reads the escrow's state of a transfer.
func chainState(ctx context.Context, c chain.Client, escrowAddr common.Address, id common.Hash) (uint8, error) {
	out, err := chain.CallView(ctx, c, escrowAddr, escrowABI.PackStateOf(id), contracts.ErrorABIs()...)
	if err != nil {
		return 0, fmt.Errorf("read escrow state of %s: %w", id, err)
	}
	v, err := escrowABI.UnpackStateOf(out)
	if err != nil {
		return 0, err
	}
	return v, nil
}

// Settlement is how a transfer left the escrow.
type Settlement struct {
	Outcome string      `json:"outcome"` // released | rejected | refunded
	Tx      common.Hash `json:"tx"`
	Block   uint64      `json:"block"`
	Reason  uint16      `json:"reason,omitempty"`
}

var (
	topicReleased = escrowABI.GetABI().Events["Released"].ID
	topicRejected = escrowABI.GetABI().Events["Rejected"].ID
	topicRefunded = escrowABI.GetABI().Events["Refunded"].ID
)

// findSettlement finds the event that settled a transfer, from block from on.
func findSettlement(ctx context.Context, c chain.Client, escrowAddr common.Address, id common.Hash, from uint64) (*Settlement, error) {
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{escrowAddr},
		Topics: [][]common.Hash{{topicReleased, topicRejected, topicRefunded}, {id}},
	})
	if err != nil {
		return nil, fmt.Errorf("read settlement of %s: %w", id, err)
	}
	for _, l := range logs {
		if l.Removed {
			continue
		}
		s := &Settlement{Tx: l.TxHash, Block: l.BlockNumber}
		switch l.Topics[0] {
		case topicReleased:
			s.Outcome = "released"
		case topicRejected:
			s.Outcome = "rejected"
			if ev, err := escrowABI.UnpackRejectedEvent(&l); err == nil {
				s.Reason = ev.Reason
			}
		case topicRefunded:
			s.Outcome = "refunded"
		}
		return s, nil
	}
	return nil, errors.New("the escrow says settled but no settlement event was found")
}
