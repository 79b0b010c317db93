// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bridge

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BridgeItem is an auto generated low-level Go binding around an user-defined struct.
type BridgeItem struct {
	HomeChain       *big.Int
	HomeToken       common.Address
	Id              *big.Int
	Amount          *big.Int
	Uri             string
	RoyaltyReceiver common.Address
	RoyaltyBps      *big.Int
}

// BridgeMove is an auto generated low-level Go binding around an user-defined struct.
type BridgeMove struct {
	FromChain   *big.Int
	FromBridge  common.Address
	ToChain     *big.Int
	ToBridge    common.Address
	Kind        uint8
	Items       []BridgeItem
	Sender      common.Address
	Recipient   common.Address
	Origin      [32]byte
	Destination [32]byte
	Deadline    uint64
	Salt        [32]byte
}

// BridgeMetaData contains all meta data concerning the Bridge contract.
var BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIChannels\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BadAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latest\",\"type\":\"uint256\"}],\"name\":\"BadDeadline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BadItemCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"BadKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"BadRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadRoyalty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"moveId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"moveId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"held\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wanted\",\"type\":\"uint256\"}],\"name\":\"InsufficientCustody\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ItemsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"moveId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"MoveExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channel\",\"type\":\"bytes32\"}],\"name\":\"NoAttesters\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotAnOriginal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotAttester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"moveId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"valid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"NotEnoughAttestations\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"moveId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotSent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"SameChain\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"URITooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Unsolicited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrappedRecordMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"WrongBridge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"moveId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"moveId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"moveId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"fromChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"fromBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"toChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"toBridge\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"homeChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"homeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"royaltyBps\",\"type\":\"uint96\"}],\"internalType\":\"structBridge.Item[]\",\"name\":\"items\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structBridge.Move\",\"name\":\"move\",\"type\":\"tuple\"}],\"name\":\"Sent\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DELIVERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELIVER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_ERC1155\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_ERC721\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ITEMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_URI_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WAIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REFUNDED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REFUND_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channel\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"custodyOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"fromChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"fromBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"toChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"toBridge\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"homeChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"homeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"royaltyBps\",\"type\":\"uint96\"}],\"internalType\":\"structBridge.Item[]\",\"name\":\"items\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.Move\",\"name\":\"m\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"deliverDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"fromChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"fromBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"toChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"toBridge\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"homeChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"homeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"royaltyBps\",\"type\":\"uint96\"}],\"internalType\":\"structBridge.Item[]\",\"name\":\"items\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.Move\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"moveId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"fromChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"fromBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"toChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"toBridge\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"homeChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"homeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"royaltyBps\",\"type\":\"uint96\"}],\"internalType\":\"structBridge.Item[]\",\"name\":\"items\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.Move\",\"name\":\"m\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"refundDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIChannels\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"fromChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"fromBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"toChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"toBridge\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"homeChain\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"homeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"royaltyBps\",\"type\":\"uint96\"}],\"internalType\":\"structBridge.Item[]\",\"name\":\"items\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structBridge.Move\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"send\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"stateOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wrapped1155\",\"outputs\":[{\"internalType\":\"contractWrapped1155\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wrapped721\",\"outputs\":[{\"internalType\":\"contractWrapped721\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Bridge",
	Bin: "0x6101c0604052348015610010575f5ffd5b506040516185ce3803806185ce83398101604081905261002f91610243565b6040518060400160405280600b81526020016a6d69666d2042726964676560a81b815250604051806040016040528060018152602001603160f81b81525061007c826101e360201b60201c565b61012052610089816101e3565b61014052815160208084019190912060e052815190820120610100524660a05261011560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b0381166101455760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03811661016052604051309061016190610229565b6001600160a01b039091168152602001604051809103905ff08015801561018a573d5f5f3e3d5ffd5b506001600160a01b03166101805260405130906101a690610236565b6001600160a01b039091168152602001604051809103905ff0801580156101cf573d5f5f3e3d5ffd5b506001600160a01b03166101a052506102cb565b5f5f829050601f81511115610216578260405163305a27a960e01b815260040161020d9190610270565b60405180910390fd5b8051610221826102a5565b179392505050565b6123de80613a0683390190565b6127ea80615de483390190565b5f60208284031215610253575f5ffd5b81516001600160a01b0381168114610269575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102c5575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a05161366a61039c5f395f81816103ef01528181611284015281816115cc0152818161163f015281816116c301526122a601525f818161041601528181611245015281816114090152818161147c01528181611542015261221001525f81816102b801528181610f6d01528181611001015281816118d6015261194d01525f611f5d01525f611f2d01525f6123f301525f6123cb01525f61232601525f61235001525f61237a015261366a5ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80637b103999116100d9578063cd647c5511610093578063f072fedc1161006e578063f072fedc146103c4578063f23a6e61146103d7578063fc2248e0146103ea578063ff9c310214610411575f5ffd5b8063cd647c551461034e578063e31c36141461038a578063eb008ae8146103b1575f5ffd5b80637b103999146102b357806384b0196e146102f257806394e15c8f1461030d578063b113ab5a14610315578063b84a812214610328578063bc197c811461033b575f5ffd5b80633ef34869116101445780636424625b1161011f5780636424625b1461025357806364482ac4146102665780636c9cee3b14610288578063718a60ee146102aa575f5ffd5b80633ef34869146101b357806357d4c4ee1461024b57806360e52ecb14610243575f5ffd5b806301ffc9a71461018b57806314c6f56d146101b3578063150b7a02146101cd5780631c3d0629146101f95780631e69ef401461020e5780633d4a97ea14610243575b5f5ffd5b61019e610199366004612635565b610438565b60405190151581526020015b60405180910390f35b6101bb600281565b60405160ff90911681526020016101aa565b6101e06101db3660046126c2565b610489565b6040516001600160e01b031990911681526020016101aa565b61020c610207366004612786565b61054c565b005b6102357f748ca973a3111a834f58d09e3673f4ed4ff8d2a08f313f83c3d3c16b2ad9899f81565b6040519081526020016101aa565b6101bb600181565b610235606481565b6102356102613660046127ed565b610793565b6101bb610274366004612826565b5f9081526002602052604090205460ff1690565b61029262278d0081565b6040516001600160401b0390911681526020016101aa565b610235615dc081565b6102da7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101aa565b6102fa610823565b6040516101aa979695949392919061286b565b6101bb600381565b61020c610323366004612786565b610865565b610235610336366004612826565b6109eb565b6101e0610349366004612901565b610a40565b61023561035c3660046129c1565b5f9283526003602090815260408085206001600160a01b039490941685529281528284209184525290205490565b6102357fc4f24190c26983891c2bab5b40bca5e557519ad9640bf415165ed3d9659d5c5d81565b6102356103bf366004612826565b610b4a565b6102356103d23660046127ed565b610b88565b6101e06103e53660046129f6565b610bb7565b6102da7f000000000000000000000000000000000000000000000000000000000000000081565b6102da7f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216630271189760e51b148061046857506001600160e01b03198216630a85bd0160e11b145b8061048357506001600160e01b031982166301ffc9a760e01b145b92915050565b5f610492610c24565b5f61049d8484610c5b565b608081015190915060ff1660011415806104bd57508060a0015151600114155b806104de57508060c001516001600160a01b0316866001600160a01b031614155b156104fc576040516331c541f160e21b815260040160405180910390fd5b6105258160a001515f8151811061051557610515612a6c565b6020026020010151866001610ced565b61052f815f610d46565b50630a85bd0160e11b91505061054361188d565b95945050505050565b610554610c24565b5f836040516020016105669190612c59565b6040516020818303038152906040528051906020012090504684604001351415806105a957503061059d6080860160608701612d70565b6001600160a01b031614155b156105f35760408401356105c36080860160608701612d70565b60405163a31a8e5360e01b815260048101929092526001600160a01b031660248201526044015b60405180910390fd5b5f8181526002602052604090205460ff16801561062f5760405163c95f810960e01b81526004810183905260ff821660248201526044016105ea565b61064161016086016101408701612d8b565b6001600160401b031642111561068f578161066461016087016101408801612d8b565b604051637fa0676960e01b815260048101929092526001600160401b031660248201526044016105ea565b5f828152600260208181526040808420805460ff191690931790925590516107139185916106ea917fc4f24190c26983891c2bab5b40bca5e557519ad9640bf415165ed3d9659d5c5d91849101918252602082015260400190565b6040516020818303038152906040528051906020012088610100013589610120013589896118b7565b9050610726610100870160e08801612d70565b6040513381526001600160a01b03919091169084907f6b04c857e8d2561ae67adf74ea70a9c8956fe2e3cd12cc9486316ca8d5ff4be89060200160405180910390a3610783868261077e610100830160e08401612d70565b611b06565b50505061078e61188d565b505050565b5f61079c610c24565b6107ac60e0830160c08401612d70565b6001600160a01b0316336001600160a01b03161461080157336107d560e0840160c08501612d70565b60405163fc21064f60e01b81526001600160a01b039283166004820152911660248201526044016105ea565b61081461080d836130d1565b6001610d46565b905061081e61188d565b919050565b5f6060805f5f5f6060610834611f26565b61083c611f56565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b61086d610c24565b5f8360405160200161087f9190612c59565b60408051601f1981840301815291815281516020928301205f818152600290935291205490915060ff16600181146108d657604051631411cdb760e11b81526004810183905260ff821660248201526044016105ea565b6108e861016086016101408701612d8b565b6001600160401b03164211610935578161090a61016087016101408801612d8b565b60405163de18df3d60e01b815260048101929092526001600160401b031660248201526044016105ea565b5f828152600260209081526040808320805460ff191660031790555161098e9185916106ea917f748ca973a3111a834f58d09e3673f4ed4ff8d2a08f313f83c3d3c16b2ad9899f91849101918252602082015260400190565b90506109a060e0870160c08801612d70565b6001600160a01b0316837f5e9f0820fcfb53b644becb775b651bae68c337106f21433e526551d1e02c1c0e60405160405180910390a3610783868261077e60e0830160c08401612d70565b604080517fc4f24190c26983891c2bab5b40bca5e557519ad9640bf415165ed3d9659d5c5d60208201529081018290525f90610483906060015b60405160208183030381529060405280519060200120611f81565b5f610a49610c24565b5f610a548484610c5b565b6080810151909150879060ff166002141580610a755750808260a001515114155b80610a9657508160c001516001600160a01b03168a6001600160a01b031614155b15610ab4576040516331c541f160e21b815260040160405180910390fd5b5f5b81811015610b1e57610b168360a001518281518110610ad757610ad7612a6c565b60200260200101518b8b84818110610af157610af1612a6c565b905060200201358a8a85818110610b0a57610b0a612a6c565b90506020020135610ced565b600101610ab6565b50610b29825f610d46565b5063bc197c8160e01b92505050610b3e61188d565b98975050505050505050565b604080517f748ca973a3111a834f58d09e3673f4ed4ff8d2a08f313f83c3d3c16b2ad9899f60208201529081018290525f9061048390606001610a25565b5f81604051602001610b9a9190612c59565b604051602081830303815290604052805190602001209050919050565b5f337ffcd3241468a1efd424f6454ede1dc543fc3a783f1b41885bdad136f06a9379885c6001600160a01b0316148015610bf057503315155b15610c03575063f23a6e6160e01b610c1a565b610c108686868686611fad565b5063f23a6e6160e01b5b9695505050505050565b610c2c61205b565b610c5960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061209b565b565b60408051610180810182525f8082526020820181905291810182905260608082018390526080820183905260a082015260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905290829003610cda5760405163037f0f3960e11b815260040160405180910390fd5b610ce6828401846130dc565b9392505050565b825146141580610d0a575060208301516001600160a01b03163314155b80610d19575081836040015114155b80610d28575080836060015114155b1561078e576040516331c541f160e21b815260040160405180910390fd5b81515f9046141580610d65575060208301516001600160a01b03163014155b15610d9c578251602084015160405163a31a8e5360e01b815260048101929092526001600160a01b031660248201526044016105ea565b46836040015103610dc8578260400151604051636c5845b360e11b81526004016105ea91815260200190565b60608301516001600160a01b0316610df35760405163d92e233d60e01b815260040160405180910390fd5b60e08301516001600160a01b03161580610e26575082606001516001600160a01b03168360e001516001600160a01b0316145b15610e555760e0830151604051631ecdd20960e31b81526001600160a01b0390911660048201526024016105ea565b608083015160ff16600114801590610e755750608083015160ff16600214155b15610e9e57608083015160405163dfc0338760e01b815260ff90911660048201526024016105ea565b60a083015151801580610eb15750606481115b15610ed257604051637cfafd4f60e11b8152600481018290526024016105ea565b5f610ee062278d0042613121565b9050428561014001516001600160401b0316111580610f0c5750808561014001516001600160401b0316115b15610f435761014085015160405163810be31560e01b81526001600160401b039091166004820152602481018290526044016105ea565b6101008501516101208601516040516315e324f360e31b8152600481019290925260248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063af19279890604401602060405180830381865afa158015610fba573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fde9190613134565b60405163313e1fcf60e21b8152600481018290529091505f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c4f87f3c906024015f60405180830381865afa158015611045573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261106c9190810190613156565b9150508060ff165f0361109557604051633f78365160e21b8152600481018390526024016105ea565b866040516020016110a691906132bd565b60408051601f1981840301815291815281516020928301205f818152600290935291205490955060ff1680156110fb5760405163c95f810960e01b81526004810187905260ff821660248201526044016105ea565b5f868152600260205260408120805460ff191660011790555b85811015611330575f8960a00151828151811061113357611133612a6c565b6020026020010151905080606001515f1480611166575060808a015160ff16600114801561116657508060600151600114155b15611194576060810151604051630a1b4b6f60e31b81526105ea918491600401918252602082015260400190565b6127106001600160601b03168160c001516001600160601b031611806111dc575060a08101516001600160a01b03161580156111dc575060c08101516001600160601b031615155b156111fd576040516351e8de9f60e01b8152600481018390526024016105ea565b615dc08160800151511115611235576080810151516040516270b9e960e51b81526105ea918491600401918252602082015260400190565b805146146112435750611328565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681602001516001600160a01b031614806112bc57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681602001516001600160a01b0316145b156112dd57604051632a63653360e21b8152600481018390526024016105ea565b60608101515f868152600360209081526040808320828601516001600160a01b03168452825280832081860151845290915281208054909190611321908490613121565b9091555050505b600101611114565b508761012001518860c001516001600160a01b0316877fcc2bf32b8fcdecc045913e88810f85a5f346fc320b16cfdf3fe62ec521cd5a638b60405161137591906132bd565b60405180910390a48661138c575050505050610483565b5f5b85811015611881575f8960a0015182815181106113ad576113ad612a6c565b6020026020010151905046815f015114611725575f6113cb826120a2565b9050600160ff168b6080015160ff16036115a25760405163152a902d60e11b81526004810182905261271060248201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690632a55205a906044016040805180830381865afa15801561144d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061147191906133b1565b9150915061151085857f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c87b56dd876040518263ffffffff1660e01b81526004016114c891815260200190565b5f60405180830381865afa1580156114e2573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261150991908101906133dd565b85856120fb565b60c08d0151604051637a94c56560e11b81526001600160a01b03918216600482015260248101859052600160448201527f00000000000000000000000000000000000000000000000000000000000000009091169063f5298aca906064015f604051808303815f87803b158015611585575f5ffd5b505af1158015611597573d5f5f3e3d5ffd5b50505050505061171f565b60405163152a902d60e11b81526004810182905261271060248201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690632a55205a906044016040805180830381865afa158015611610573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061163491906133b1565b9150915061168b85857f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630e89341c876040518263ffffffff1660e01b81526004016114c891815260200190565b60c08d01516060850151604051637a94c56560e11b81526001600160a01b0392831660048201526024810186905260448101919091527f00000000000000000000000000000000000000000000000000000000000000009091169063f5298aca906064015f604051808303815f87803b158015611706575f5ffd5b505af1158015611718573d5f5f3e3d5ffd5b5050505050505b50611878565b600160ff168a6080015160ff16036117af57602081015160c08b015160408084015190516323b872dd60e01b81526001600160a01b03928316600482015230602482015260448101919091529116906323b872dd906064015f604051808303815f87803b158015611794575f5ffd5b505af11580156117a6573d5f5f3e3d5ffd5b50505050611878565b6117de8160200151610c537ffcd3241468a1efd424f6454ede1dc543fc3a783f1b41885bdad136f06a93798890565b80602001516001600160a01b031663f242432a8b60c0015130846040015185606001516040518563ffffffff1660e01b81526004016118209493929190613451565b5f604051808303815f87803b158015611837575f5ffd5b505af1158015611849573d5f5f3e3d5ffd5b505050506118785f610c537ffcd3241468a1efd424f6454ede1dc543fc3a783f1b41885bdad136f06a93798890565b5060010161138e565b50505050505092915050565b610c595f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610c53565b6040516315e324f360e31b815260048101859052602481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063af19279890604401602060405180830381865afa158015611923573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119479190613134565b90505f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c4f87f3c846040518263ffffffff1660e01b815260040161199991815260200190565b5f60405180830381865afa1580156119b3573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526119da9190810190613156565b915091508060ff165f03611a0457604051633f78365160e21b8152600481018490526024016105ea565b5f611a0e89611f81565b90505f85815b81811015611abc575f611a4a858b8b85818110611a3357611a33612a6c565b9050602002810190611a459190613488565b61216b565b9050836001600160a01b0316816001600160a01b031611611a7e5760405163af39015160e01b815260040160405180910390fd5b809350611a8b8782612195565b611ab3576040516314817f2f60e01b81526001600160a01b03821660048201526024016105ea565b50600101611a14565b508360ff16811015611af75760405160016288cb5760e01b03198152600481018d90526024810182905260ff851660448201526064016105ea565b50505050509695505050505050565b5f611b1460a08501856134ca565b91505f9050805b82811015611d8c5736611b3160a08801886134ca565b83818110611b4157611b41612a6c565b9050602002810190611b53919061350f565b905080354614611b6e57611b668361352d565b925050611d84565b5f868152600360209081526040808320918391611b9091908601908601612d70565b6001600160a01b03166001600160a01b031681526020019081526020015f205f836040013581526020019081526020015f205490508160600135811015611c2057611be16040830160208401612d70565b604080516301553d4d60e21b81526001600160a01b039092166004830152830135602482015260448101829052606083013560648201526084016105ea565b8160600135810360035f8981526020019081526020015f205f846020016020810190611c4c9190612d70565b6001600160a01b0316815260208082019290925260409081015f9081208683013582529092529020556001611c8760a08a0160808b01613545565b60ff1603611d0a57611c9f6040830160208401612d70565b604080516323b872dd60e01b81523060048201526001600160a01b0389811660248301529185013560448201529116906323b872dd906064015f604051808303815f87803b158015611cef575f5ffd5b505af1158015611d01573d5f5f3e3d5ffd5b50505050611d81565b611d1a6040830160208401612d70565b6001600160a01b031663f242432a3088856040013586606001356040518563ffffffff1660e01b8152600401611d539493929190613451565b5f604051808303815f87803b158015611d6a575f5ffd5b505af1158015611d7c573d5f5f3e3d5ffd5b505050505b50505b600101611b1b565b50805f03611d9b575050505050565b818103611dd857611dd1611db560a0870160808801613545565b84611dc360a08901896134ca565b611dcc91613560565b6121ee565b5050505050565b5f816001600160401b03811115611df157611df1612da4565b604051908082528060200260200182016040528015611e5557816020015b6040805160e0810182525f80825260208083018290529282018190526060808301829052608083015260a0820181905260c082015282525f19909201910181611e0f5790505b5090505f805b84811015611f025746611e7160a08a018a6134ca565b83818110611e8157611e81612a6c565b9050602002810190611e93919061350f565b3514611efa57611ea660a08901896134ca565b82818110611eb657611eb6612a6c565b9050602002810190611ec8919061350f565b611ed19061356c565b8383611edc8161352d565b945081518110611eee57611eee612a6c565b60200260200101819052505b600101611e5b565b50611f1d611f1660a0890160808a01613545565b86846121ee565b50505050505050565b6060611f517f00000000000000000000000000000000000000000000000000000000000000006122dd565b905090565b6060611f517f00000000000000000000000000000000000000000000000000000000000000006122dd565b5f610483611f8d61231a565b8360405161190160f01b8152600281019290925260228201526042902090565b611fb5610c24565b5f611fc08383610c5b565b608081015190915060ff166002141580611fe057508060a0015151600114155b8061200157508060c001516001600160a01b0316866001600160a01b031614155b1561201f576040516331c541f160e21b815260040160405180910390fd5b6120478160a001515f8151811061203857612038612a6c565b60200260200101518686610ced565b612051815f610d46565b5050611dd161188d565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610c5957604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f815f0151826020015183604001516040516020016120dd939291909283526001600160a01b03919091166020830152604082015260600190565b60408051601f19818403018152919052805160209091012092915050565b82805190602001208460800151805190602001201415806121325750816001600160a01b03168460a001516001600160a01b031614155b8061214a5750808460c001516001600160601b031614155b15611dd15760405163d78d38e160e01b8152600481018690526024016105ea565b5f5f5f5f61217a878787612443565b92509250925061218a828261248a565b509095945050505050565b5f805b83518110156121e557826001600160a01b03168482815181106121bd576121bd612a6c565b60200260200101516001600160a01b0316036121dd576001915050610483565b600101612198565b505f9392505050565b5f1960ff84160161228f57604051639080217160e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906390802171906122479085908590600401613577565b5f604051808303815f875af1158015612262573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612289919081019061359a565b50505050565b604051639080217160e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906390802171906122479085908590600401613577565b60605f6122e983612546565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561237257507f000000000000000000000000000000000000000000000000000000000000000046145b1561239c57507f000000000000000000000000000000000000000000000000000000000000000090565b611f51604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80806041849003612477578435602086013560408701355f1a6124698982858561256d565b955095509550505050612481565b505f915060029050825b93509350939050565b5f82600381111561249d5761249d613620565b036124a6575050565b60018260038111156124ba576124ba613620565b036124d85760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156124ec576124ec613620565b0361250d5760405163fce698f760e01b8152600481018290526024016105ea565b600382600381111561252157612521613620565b03612542576040516335e2f38360e21b8152600481018290526024016105ea565b5050565b5f60ff8216601f81111561048357604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156125a657505f9150600390508261262b565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156125f7573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661262257505f92506001915082905061262b565b92505f91508190505b9450945094915050565b5f60208284031215612645575f5ffd5b81356001600160e01b031981168114610ce6575f5ffd5b6001600160a01b0381168114612670575f5ffd5b50565b803561081e8161265c565b5f5f83601f84011261268e575f5ffd5b5081356001600160401b038111156126a4575f5ffd5b6020830191508360208285010111156126bb575f5ffd5b9250929050565b5f5f5f5f5f608086880312156126d6575f5ffd5b85356126e18161265c565b945060208601356126f18161265c565b93506040860135925060608601356001600160401b03811115612712575f5ffd5b61271e8882890161267e565b969995985093965092949392505050565b5f6101808284031215612740575f5ffd5b50919050565b5f5f83601f840112612756575f5ffd5b5081356001600160401b0381111561276c575f5ffd5b6020830191508360208260051b85010111156126bb575f5ffd5b5f5f5f60408486031215612798575f5ffd5b83356001600160401b038111156127ad575f5ffd5b6127b98682870161272f565b93505060208401356001600160401b038111156127d4575f5ffd5b6127e086828701612746565b9497909650939450505050565b5f602082840312156127fd575f5ffd5b81356001600160401b03811115612812575f5ffd5b61281e8482850161272f565b949350505050565b5f60208284031215612836575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61288960e083018961283d565b828103604084015261289b818961283d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156128f05783518352602093840193909201916001016128d2565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f5f60a0898b031215612918575f5ffd5b88356129238161265c565b975060208901356129338161265c565b965060408901356001600160401b0381111561294d575f5ffd5b6129598b828c01612746565b90975095505060608901356001600160401b03811115612977575f5ffd5b6129838b828c01612746565b90955093505060808901356001600160401b038111156129a1575f5ffd5b6129ad8b828c0161267e565b999c989b5096995094979396929594505050565b5f5f5f606084860312156129d3575f5ffd5b8335925060208401356129e58161265c565b929592945050506040919091013590565b5f5f5f5f5f5f60a08789031215612a0b575f5ffd5b8635612a168161265c565b95506020870135612a268161265c565b9450604087013593506060870135925060808701356001600160401b03811115612a4e575f5ffd5b612a5a89828a0161267e565b979a9699509497509295939492505050565b634e487b7160e01b5f52603260045260245ffd5b60ff81168114612670575f5ffd5b803561081e81612a80565b5f5f8335601e19843603018112612aae575f5ffd5b83016020810192503590506001600160401b03811115612acc575f5ffd5b8060051b36038213156126bb575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b80356001600160601b038116811461081e575f5ffd5b5f8383855260208501945060208460051b820101835f60de19863603015b87821015612c3657848403601f190189528235818112612b57575f5ffd5b8701803585526020810135612b6b8161265c565b6001600160a01b031660208601526040818101359086015260608082013590860152608081013536829003601e19018112612ba4575f5ffd5b81016020810190356001600160401b03811115612bbf575f5ffd5b803603821315612bcd575f5ffd5b60e06080880152612be260e088018284612add565b915050612bf160a08301612673565b6001600160a01b031660a0870152612c0b60c08301612b05565b6001600160601b031660c0969096019590955250602098890198929092019160019190910190612b39565b5091979650505050505050565b80356001600160401b038116811461081e575f5ffd5b60208082528235828201525f90612c71908401612673565b6001600160a01b0381166040840152506040830135606083810191909152612c9a908401612673565b6001600160a01b038116608084015250612cb660808401612a8e565b60ff811660a084015250612ccd60a0840184612a99565b61018060c0850152612ce46101a085018284612b1b565b915050612cf360c08501612673565b6001600160a01b03811660e085015250612d0f60e08501612673565b6001600160a01b038116610100850152506101008401356101208481019190915284013561014080850191909152612d48908501612c43565b6001600160401b03811661016085015250610160939093013561018092909201919091525090565b5f60208284031215612d80575f5ffd5b8135610ce68161265c565b5f60208284031215612d9b575f5ffd5b610ce682612c43565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b0381118282101715612dda57612dda612da4565b60405290565b60405161018081016001600160401b0381118282101715612dda57612dda612da4565b604051601f8201601f191681016001600160401b0381118282101715612e2b57612e2b612da4565b604052919050565b5f6001600160401b03821115612e4b57612e4b612da4565b5060051b60200190565b5f6001600160401b03821115612e6d57612e6d612da4565b50601f01601f191660200190565b5f82601f830112612e8a575f5ffd5b8135612e9d612e9882612e55565b612e03565b818152846020838601011115612eb1575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f60e08284031215612edd575f5ffd5b612ee5612db8565b823581529050612ef760208301612673565b6020820152604082810135908201526060808301359082015260808201356001600160401b03811115612f28575f5ffd5b612f3484828501612e7b565b608083015250612f4660a08301612673565b60a0820152612f5760c08301612b05565b60c082015292915050565b5f612f6f612e9884612e33565b838152905060208101600584901b830185811115612f8b575f5ffd5b835b81811015612fc55780356001600160401b03811115612faa575f5ffd5b612fb688828801612ecd565b84525060209283019201612f8d565b5050509392505050565b5f82601f830112612fde575f5ffd5b610ce683833560208501612f62565b5f6101808284031215612ffe575f5ffd5b613006612de0565b82358152905061301860208301612673565b60208201526040828101359082015261303360608301612673565b606082015261304460808301612a8e565b608082015260a08201356001600160401b03811115613061575f5ffd5b61306d84828501612fcf565b60a08301525061307f60c08301612673565b60c082015261309060e08301612673565b60e0820152610100828101359082015261012080830135908201526130b86101408301612c43565b6101408201526101609182013591810191909152919050565b5f6104833683612fed565b5f602082840312156130ec575f5ffd5b81356001600160401b03811115613101575f5ffd5b61281e84828501612fed565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104835761048361310d565b5f60208284031215613144575f5ffd5b5051919050565b805161081e81612a80565b5f5f60408385031215613167575f5ffd5b82516001600160401b0381111561317c575f5ffd5b8301601f8101851361318c575f5ffd5b805161319a612e9882612e33565b8082825260208201915060208360051b8501019250878311156131bb575f5ffd5b6020840193505b828410156131e65783516131d58161265c565b8252602093840193909101906131c2565b94506131f8925050506020840161314b565b90509250929050565b5f82825180855260208501945060208160051b830101602085015f5b838110156132b157601f1985840301885281518051845260018060a01b0360208201511660208501526040810151604085015260608101516060850152608081015160e0608086015261327360e086018261283d565b60a0838101516001600160a01b03169087015260c0928301516001600160601b0316929095019190915250602097880197919091019060010161321d565b50909695505050505050565b60208152815160208201525f60208301516132e360408401826001600160a01b03169052565b5060408301516060830152606083015161330860808401826001600160a01b03169052565b50608083015160ff811660a08401525060a083015161018060c08401526133336101a0840182613201565b905060c084015161334f60e08501826001600160a01b03169052565b5060e08401516001600160a01b0381166101008501525061010084015161012084015261012084015161014084015261014084015161339a6101608501826001600160401b03169052565b506101608401516101808401528091505092915050565b5f5f604083850312156133c2575f5ffd5b82516133cd8161265c565b6020939093015192949293505050565b5f602082840312156133ed575f5ffd5b81516001600160401b03811115613402575f5ffd5b8201601f81018413613412575f5ffd5b8051613420612e9882612e55565b818152856020838501011115613434575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b6001600160a01b0394851681529290931660208301526040820152606081019190915260a0608082018190525f9082015260c00190565b5f5f8335601e1984360301811261349d575f5ffd5b8301803591506001600160401b038211156134b6575f5ffd5b6020019150368190038213156126bb575f5ffd5b5f5f8335601e198436030181126134df575f5ffd5b8301803591506001600160401b038211156134f8575f5ffd5b6020019150600581901b36038213156126bb575f5ffd5b5f823560de19833603018112613523575f5ffd5b9190910192915050565b5f6001820161353e5761353e61310d565b5060010190565b5f60208284031215613555575f5ffd5b8135610ce681612a80565b5f610ce6368484612f62565b5f6104833683612ecd565b6001600160a01b03831681526040602082018190525f9061281e90830184613201565b5f602082840312156135aa575f5ffd5b81516001600160401b038111156135bf575f5ffd5b8201601f810184136135cf575f5ffd5b80516135dd612e9882612e33565b8082825260208201915060208360051b8501019250868311156135fe575f5ffd5b6020840193505b82841015610c1a578351825260209384019390910190613605565b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220faae30eb95200d59d9f1fd4cc1fe72e990d5f43cdb2c7aa9af6171e35106a61764736f6c6343000825003360a060405234801561000f575f5ffd5b506040516123de3803806123de83398101604081905261002e916100b4565b6040518060400160405280601481526020017f6d69666d2062726964676564204552432d373231000000000000000000000000815250604051806040016040528060088152602001676d69666d4237323160c01b815250815f90816100939190610184565b5060016100a08282610184565b5050506001600160a01b0316608052610242565b5f602082840312156100c4575f5ffd5b81516001600160a01b03811681146100da575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061010957607f821691505b60208210810361012757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561017f578282111561017f57805f5260205f20601f840160051c602085101561015857505f5b90810190601f840160051c035f5b8181101561017b575f83820155600101610166565b5050505b505050565b81516001600160401b0381111561019d5761019d6100e1565b6101b1816101ab84546100f5565b8461012d565b6020601f8211600181146101e3575f83156101cc5750848201515b5f19600385901b1c1916600184901b17845561023b565b5f84815260208120601f198516915b8281101561021257878501518255602094850194600190920191016101f2565b508482101561022f57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805161216f61026f5f395f8181610314015281816106250152818161067b01526108bf015261216f5ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c806370a08231116100b4578063b88d4fde11610079578063b88d4fde146102d6578063c302107e146102e9578063c87b56dd146102fc578063e78cea921461030f578063e985e9c514610336578063f5298aca14610349575f5ffd5b806370a08231146102755780639080217114610288578063947a22c2146102a857806395d89b41146102bb578063a22cb465146102c3575f5ffd5b80632a55205a116100fa5780632a55205a146101c657806342842e0e146101f85780635890c4e31461020b578063622db5381461022c5780636352211e14610262575f5ffd5b806301ffc9a71461013657806306fdde031461015e578063081812fc14610173578063095ea7b31461019e57806323b872dd146101b3575b5f5ffd5b6101496101443660046119c6565b61035c565b60405190151581526020015b60405180910390f35b61016661036c565b6040516101559190611a0f565b610186610181366004611a21565b6103fb565b6040516001600160a01b039091168152602001610155565b6101b16101ac366004611a53565b610422565b005b6101b16101c1366004611a7b565b610431565b6101d96101d4366004611ab5565b6104bf565b604080516001600160a01b039093168352602083019190915201610155565b6101b1610206366004611a7b565b610538565b61021e610219366004611ad5565b610557565b604051908152602001610155565b61023f61023a366004611a21565b610598565b604080519384526001600160a01b03909216602084015290820152606001610155565b610186610270366004611a21565b6105c9565b61021e610283366004611af7565b6105d3565b61029b610296366004611c08565b610618565b6040516101559190611d6d565b61021e6102b6366004611daf565b61066f565b6101666107ed565b6101b16102d1366004611e77565b6107fc565b6101b16102e4366004611eb0565b610807565b6101666102f7366004611a21565b61081f565b61016661030a366004611a21565b610864565b6101867f000000000000000000000000000000000000000000000000000000000000000081565b610149610344366004611f26565b610887565b6101b1610357366004611f57565b6108b4565b5f610366826109a3565b92915050565b60605f805461037a90611f87565b80601f01602080910402602001604051908101604052809291908181526020018280546103a690611f87565b80156103f15780601f106103c8576101008083540402835291602001916103f1565b820191905f5260205f20905b8154815290600101906020018083116103d457829003601f168201915b5050505050905090565b5f610405826109c7565b505f828152600460205260409020546001600160a01b0316610366565b61042d8282336109ff565b5050565b6001600160a01b03821661045f57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61046b838333610a0c565b9050836001600160a01b0316816001600160a01b0316146104b9576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610456565b50505050565b5f82815260076020526040812080548291906001600160a01b03811690600160a01b90046001600160601b0316816105125750506006546001600160a01b03811690600160a01b90046001600160601b03165b5f610529876001600160601b038416612710610afe565b92989297509195505050505050565b61055283838360405180602001604052805f815250610807565b505050565b6040805160208082018690526001600160a01b03851682840152606080830185905283518084039091018152608090920190925280519101205b9392505050565b5f5f5f6105a4846109c7565b505f848152600860205260409020546105bc90610bae565b9250925092509193909250565b5f610366826109c7565b5f6001600160a01b0382166105fd576040516322718ad960e21b81525f6004820152602401610456565b506001600160a01b03165f9081526003602052604090205490565b6060336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461066557604051637c8da0cf60e11b8152336004820152602401610456565b6105918383610be0565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106bb57604051637c8da0cf60e11b8152336004820152602401610456565b6040805160018082528183019092525f91816020015b6040805160e0810182525f80825260208083018290529282018190526060808301829052608083015260a0820181905260c082015282525f199092019101816106d15790505090506040518060e001604052808b81526020018a6001600160a01b0316815260200189815260200188815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509385525050506001600160a01b03871660208301526001600160601b03861660409092019190915282518391906107af576107af611fbf565b60200260200101819052506107c48b82610be0565b5f815181106107d5576107d5611fbf565b60200260200101519150509998505050505050505050565b60606001805461037a90611f87565b61042d338383610d01565b610812848484610431565b6104b93385858585610dc8565b606061082a826109c7565b5061036660085f8481526020019081526020015f20546040518060400160405280600681526020016565726337323160d01b815250610ef0565b606061086f826109c7565b505f8281526008602052604090205461036690610f4d565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108ff57604051637c8da0cf60e11b8152336004820152602401610456565b80600114610923576040516359cdf26960e11b815260048101829052602401610456565b5f828152600260205260409020546001600160a01b039081169084168114610978576040516364283d7b60e01b81526001600160a01b0380861660048301526024820185905282166044820152606401610456565b61098183610f68565b5f838152600860205260408120556104b9835f90815260076020526040812055565b5f6001600160e01b0319821663152a902d60e11b1480610366575061036682610fa0565b5f818152600260205260408120546001600160a01b03168061036657604051637e27328960e01b815260048101849052602401610456565b6105528383836001610fef565b5f828152600260205260408120546001600160a01b0390811690831615610a3857610a388184866110f3565b6001600160a01b03811615610a7257610a535f855f5f610fef565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610aa0576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f5f5f610b0b8686611157565b91509150815f03610b2f57838181610b2557610b25611fd3565b0492505050610591565b818411610b4657610b466003851502601118611173565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f5f610bbe855f6054611184565b905060208101519350604081015160601c925060548101519150509193909250565b8051606090806001600160401b03811115610bfd57610bfd611b10565b604051908082528060200260200182016040528015610c26578160200160208202803683370190505b5091505f5b81811015610cef575f848281518110610c4657610c46611fbf565b602002602001015190508060600151600114610c7d5780606001516040516359cdf26960e11b815260040161045691815260200190565b5f610c94825f015183602001518460400151610557565b905080858481518110610ca957610ca9611fbf565b602002602001018181525050610cbf87826111f6565b60a08201516001600160a01b031615610ce557610ce5818360a001518460c00151611257565b5050600101610c2b565b50610cfa8284611317565b5092915050565b6001600160a01b038316610d2a5760405163a9fbf51f60e01b81525f6004820152602401610456565b6001600160a01b038216610d5c57604051630b61174360e31b81526001600160a01b0383166004820152602401610456565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610ee957604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610e0a908890889087908790600401611fe7565b6020604051808303815f875af1925050508015610e44575060408051601f3d908101601f19168201909252610e4191810190612023565b60015b610eab573d808015610e71576040519150601f19603f3d011682016040523d82523d5f602084013e610e76565b606091505b5080515f03610ea357604051633250574960e11b81526001600160a01b0385166004820152602401610456565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610ee757604051633250574960e11b81526001600160a01b0385166004820152602401610456565b505b5050505050565b60605f5f5f610efe86610bae565b925092509250610f0d8361155f565b85610f17846115ee565b610f208461155f565b604051602001610f339493929190612055565b604051602081830303815290604052935050505092915050565b6060610366826054610f638160d084901c6120cf565b611184565b5f610f745f835f610a0c565b90506001600160a01b03811661042d57604051637e27328960e01b815260048101839052602401610456565b5f6001600160e01b031982166380ac58cd60e01b1480610fd057506001600160e01b03198216635b5e139f60e01b145b8061036657506301ffc9a760e01b6001600160e01b0319831614610366565b808061100357506001600160a01b03821615155b156110c4575f611012846109c7565b90506001600160a01b0383161580159061103e5750826001600160a01b0316816001600160a01b031614155b8015611051575061104f8184610887565b155b1561107a5760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610456565b81156110c25783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b6110fe83838361169c565b610552576001600160a01b03831661112c57604051637e27328960e01b815260048101829052602401610456565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610456565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6060835f61119e8560a084901c65ffffffffffff166120e2565b9050836001600160401b038111156111b8576111b8611b10565b6040519080825280601f01601f1916602001820160405280156111e2576020820181803683370190505b509250838160208501843c50509392505050565b6001600160a01b03821661121f57604051633250574960e11b81525f6004820152602401610456565b5f61122b83835f610a0c565b90506001600160a01b03811615610552576040516339e3563760e11b81525f6004820152602401610456565b6127106001600160601b03821681101561129d5760405163dfd1fc1b60e01b8152600481018590526001600160601b038316602482015260448101829052606401610456565b6001600160a01b0383166112cd57604051634b4f842960e11b8152600481018590525f6024820152604401610456565b506040805180820182526001600160a01b0393841681526001600160601b0392831660208083019182525f968752600790529190942093519051909116600160a01b029116179055565b80515f5b818110156104b9576001815b83811015611393575f85828151811061134257611342611fbf565b60200260200101516080015151605461135b91906120e2565b905061600061136a82856120e2565b11156113765750611393565b61138081846120e2565b925061138b826120f5565b915050611327565b8281036113d0578583815181106113ac576113ac611fbf565b602002602001015160405163ae96017160e01b815260040161045691815260200190565b5f6113dc83600a6120e2565b6001600160401b038111156113f3576113f3611b10565b6040519080825280601f01601f19166020018201604052801561141d576020820181803683370190505b506961000080600a3d393df3603885901b1760b01b602082015290506001845b83811015611487576114738361145484600a6120e2565b8a848151811061146657611466611fbf565b6020026020010151611700565b61147d90836120e2565b915060010161143d565b505f8251602084015ff090506001600160a01b0381166114ba576040516307c073ed60e31b815260040160405180910390fd5b60019150855b84811015611551575f8982815181106114db576114db611fbf565b6020026020010151608001515160546114f491906120e2565b905060d081901b60a085901b846001600160a01b0316171760085f8d858151811061152157611521611fbf565b602002602001015181526020019081526020015f2081905550808461154691906120e2565b9350506001016114c0565b50839550505050505061131b565b60605f61156b83611755565b60010190505f816001600160401b0381111561158957611589611b10565b6040519080825280601f01601f1916602001820160405280156115b3576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846115bd57509392505050565b60605f6115fa8361182c565b6028602282012090915060601c60295b600181111561169357600782600f1611801561163f5750606083828151811061163557611635611fbf565b016020015160f81c115b1561167c57602060f81b83828151811061165b5761165b611fbf565b0160200180516001600160f81b0319908116909218909116905f82901a9053505b60049190911c9061168c8161210d565b905061160a565b50909392505050565b5f6001600160a01b038316158015906116f85750826001600160a01b0316846001600160a01b031614806116d557506116d58484610887565b806116f857505f828152600460205260409020546001600160a01b038481169116145b949350505050565b805160208201516040830151608084015180515f94939291906117249060546120e2565b94508660208901018481528360601b6020820152826034820152815160208301605483015e50505050509392505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106117935772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106117bf576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106117dd57662386f26fc10000830492506010015b6305f5e10083106117f5576305f5e100830492506008015b612710831061180957612710830492506004015b6064831061181b576064830492506002015b600a83106103665760010192915050565b60606103666001600160a01b03831660146060825f61184c846002612122565b6118579060026120e2565b6001600160401b0381111561186e5761186e611b10565b6040519080825280601f01601f191660200182016040528015611898576020820181803683370190505b509050600360fc1b815f815181106118b2576118b2611fbf565b60200101906001600160f81b03191690815f1a905350600f60fb1b816001815181106118e0576118e0611fbf565b60200101906001600160f81b03191690815f1a9053505f611902856002612122565b61190d9060016120e2565b90505b6001811115611984576f181899199a1a9b1b9c1cb0b131b232b360811b83600f166010811061194157611941611fbf565b1a60f81b82828151811061195757611957611fbf565b60200101906001600160f81b03191690815f1a90535060049290921c9161197d8161210d565b9050611910565b5081156116f85760405163e22e27eb60e01b81526004810186905260248101859052604401610456565b6001600160e01b0319811681146119c3575f5ffd5b50565b5f602082840312156119d6575f5ffd5b8135610591816119ae565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61059160208301846119e1565b5f60208284031215611a31575f5ffd5b5035919050565b80356001600160a01b0381168114611a4e575f5ffd5b919050565b5f5f60408385031215611a64575f5ffd5b611a6d83611a38565b946020939093013593505050565b5f5f5f60608486031215611a8d575f5ffd5b611a9684611a38565b9250611aa460208501611a38565b929592945050506040919091013590565b5f5f60408385031215611ac6575f5ffd5b50508035926020909101359150565b5f5f5f60608486031215611ae7575f5ffd5b83359250611aa460208501611a38565b5f60208284031215611b07575f5ffd5b61059182611a38565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b0381118282101715611b4657611b46611b10565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611b7457611b74611b10565b604052919050565b5f5f6001600160401b03841115611b9557611b95611b10565b50601f8301601f1916602001611baa81611b4c565b915050828152838383011115611bbe575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112611be3575f5ffd5b61059183833560208501611b7c565b80356001600160601b0381168114611a4e575f5ffd5b5f5f60408385031215611c19575f5ffd5b611c2283611a38565b915060208301356001600160401b03811115611c3c575f5ffd5b8301601f81018513611c4c575f5ffd5b80356001600160401b03811115611c6557611c65611b10565b8060051b611c7560208201611b4c565b91825260208184018101929081019088841115611c90575f5ffd5b6020850192505b83831015611d5e5782356001600160401b03811115611cb4575f5ffd5b850160e0818b03601f19011215611cc9575f5ffd5b611cd1611b24565b60208201358152611ce460408301611a38565b6020820152606082810135604083015260808301359082015260a08201356001600160401b03811115611d15575f5ffd5b611d248c602083860101611bd4565b608083015250611d3660c08301611a38565b60a0820152611d4760e08301611bf2565b60c082015283525060209283019290910190611c97565b80955050505050509250929050565b602080825282518282018190525f918401906040840190835b81811015611da4578351835260209384019390920191600101611d86565b509095945050505050565b5f5f5f5f5f5f5f5f5f6101008a8c031215611dc8575f5ffd5b611dd18a611a38565b985060208a01359750611de660408b01611a38565b965060608a0135955060808a0135945060a08a01356001600160401b03811115611e0e575f5ffd5b8a01601f81018c13611e1e575f5ffd5b80356001600160401b03811115611e33575f5ffd5b8c6020828401011115611e44575f5ffd5b60209190910194509250611e5a60c08b01611a38565b9150611e6860e08b01611bf2565b90509295985092959850929598565b5f5f60408385031215611e88575f5ffd5b611e9183611a38565b915060208301358015158114611ea5575f5ffd5b809150509250929050565b5f5f5f5f60808587031215611ec3575f5ffd5b611ecc85611a38565b9350611eda60208601611a38565b92506040850135915060608501356001600160401b03811115611efb575f5ffd5b8501601f81018713611f0b575f5ffd5b611f1a87823560208401611b7c565b91505092959194509250565b5f5f60408385031215611f37575f5ffd5b611f4083611a38565b9150611f4e60208401611a38565b90509250929050565b5f5f5f60608486031215611f69575f5ffd5b611f7284611a38565b95602085013595506040909401359392505050565b600181811c90821680611f9b57607f821691505b602082108103611fb957634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90612019908301846119e1565b9695505050505050565b5f60208284031215612033575f5ffd5b8151610591816119ae565b5f81518060208401855e5f93019283525090919050565b6632b4b8189a9a9d60c91b81525f612070600783018761203e565b602f60f81b8152612084600182018761203e565b9050601d60f91b815261209a600182018661203e565b9050602f60f81b81526120b0600182018561203e565b979650505050505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610366576103666120bb565b80820180821115610366576103666120bb565b5f60018201612106576121066120bb565b5060010190565b5f8161211b5761211b6120bb565b505f190190565b8082028115828204841417610366576103666120bb56fea26469706673582212209b28d3dec28580ae29b420271d9a2cb09142803dbc73de2a8f34d728e9fa021464736f6c6343000825003360a060405234801561000f575f5ffd5b506040516127ea3803806127ea83398101604081905261002e91610067565b60408051602081019091525f815261004581610057565b506001600160a01b03166080526101f5565b60026100638282610137565b5050565b5f60208284031215610077575f5ffd5b81516001600160a01b038116811461008d575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100bc57607f821691505b6020821081036100da57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610132578282111561013257805f5260205f20601f840160051c602085101561010b57505f5b90810190601f840160051c035f5b8181101561012e575f83820155600101610119565b5050505b505050565b81516001600160401b0381111561015057610150610094565b6101648161015e84546100a8565b846100e0565b6020601f821160018114610196575f831561017f5750848201515b5f19600385901b1c1916600184901b1784556101ee565b5f84815260208120601f198516915b828110156101c557878501518255602094850194600190920191016101a5565b50848210156101e257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6080516125c86102225f395f8181610268015281816105450152818161059b015261074501526125c85ff3fe608060405234801561000f575f5ffd5b50600436106100fa575f3560e01c80639080217111610093578063e78cea9211610063578063e78cea9214610263578063e985e9c5146102a2578063f242432a146102dd578063f5298aca146102f0575f5ffd5b80639080217114610217578063947a22c21461022a578063a22cb4651461023d578063c302107e14610250575f5ffd5b80632eb2c2d6116100ce5780632eb2c2d6146101995780634e1273f4146101ae5780635890c4e3146101ce578063622db538146101e1575f5ffd5b8062fdd58e146100fe57806301ffc9a7146101245780630e89341c146101475780632a55205a14610167575b5f5ffd5b61011161010c366004611c20565b610303565b6040519081526020015b60405180910390f35b610137610132366004611c60565b61032a565b604051901515815260200161011b565b61015a610155366004611c7b565b610334565b60405161011b9190611cc0565b61017a610175366004611cd2565b610370565b604080516001600160a01b03909316835260208301919091520161011b565b6101ac6101a7366004611e5b565b6103e9565b005b6101c16101bc366004611f07565b610408565b60405161011b9190612002565b6101116101dc366004612014565b6104d7565b6101f46101ef366004611c7b565b610517565b604080519384526001600160a01b0390921660208401529082015260600161011b565b6101c161022536600461205d565b610538565b6101116102383660046121a8565b61058f565b6101ac61024b366004612270565b6106e2565b61015a61025e366004611c7b565b6106f1565b61028a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161011b565b6101376102b03660046122a9565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205460ff1690565b6101ac6102eb3660046122da565b610724565b6101ac6102fe36600461232d565b61073a565b5f818152602081815260408083206001600160a01b03861684529091529020545b92915050565b5f61032482610795565b5f81815260056020526040902054606090801561035957610354816107b9565b610369565b60405180602001604052805f8152505b9392505050565b5f82815260046020526040812080548291906001600160a01b03811690600160a01b90046001600160601b0316816103c35750506003546001600160a01b03811690600160a01b90046001600160601b03165b5f6103da876001600160601b0384166127106107d4565b92989297509195505050505050565b6103f4335b86610884565b61040185858585856108fc565b5050505050565b6060815183511461043e5781518351604051635b05999160e01b8152600481019290925260248201526044015b60405180910390fd5b5f83516001600160401b0381111561045857610458611cf2565b604051908082528060200260200182016040528015610481578160200160208202803683370190505b5090505f5b84518110156104cf576020808202860101516104aa90602080840287010151610303565b8282815181106104bc576104bc61235d565b6020908102919091010152600101610486565b509392505050565b604080516020808201959095526001600160a01b039390931683820152606080840192909252805180840390920182526080909201909152805191012090565b5f5f5f61052b6105268561095c565b610993565b9250925092509193909250565b6060336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461058557604051637c8da0cf60e11b8152336004820152602401610435565b61036983836109c5565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105db57604051637c8da0cf60e11b8152336004820152602401610435565b6040805160018082528183019092525f91816020015b6105f9611bb8565b8152602001906001900390816105f15790505090506040518060e001604052808b81526020018a6001600160a01b0316815260200189815260200188815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509385525050506001600160a01b03871660208301526001600160601b03861660409092019190915282518391906106a4576106a461235d565b60200260200101819052506106b98b826109c5565b5f815181106106ca576106ca61235d565b60200260200101519150509998505050505050505050565b6106ed338383610c8d565b5050565b60606103246106ff8361095c565b604051806040016040528060078152602001666572633131353560c81b815250610d4a565b61072d336103ee565b6104018585858585610da7565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461078557604051637c8da0cf60e11b8152336004820152602401610435565b610790838383610e34565b505050565b5f6001600160e01b0319821663152a902d60e11b1480610324575061032482610e9b565b60606103248260546107cf8160d084901c612385565b610eea565b5f5f5f6107e18686610f5c565b91509150815f03610805578381816107fb576107fb612398565b0492505050610369565b81841161081c5761081c6003851502601118610f78565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b816001600160a01b0316816001600160a01b0316141580156108cb57506001600160a01b038082165f9081526001602090815260408083209386168352929052205460ff16155b156106ed5760405163711bec9160e11b81526001600160a01b03808416600483015282166024820152604401610435565b6001600160a01b03841661092557604051632bfa23e760e11b81525f6004820152602401610435565b6001600160a01b03851661094d57604051626a0d4560e21b81525f6004820152602401610435565b61040185858585856001610f89565b5f818152600560205260408120549081900361098e576040516303b673fd60e21b815260048101839052602401610435565b919050565b5f5f5f5f6109a3855f6054610eea565b905060208101519350604081015160601c925060548101519150509193909250565b8051606090806001600160401b038111156109e2576109e2611cf2565b604051908082528060200260200182016040528015610a0b578160200160208202803683370190505b5091505f816001600160401b03811115610a2757610a27611cf2565b604051908082528060200260200182016040528015610a50578160200160208202803683370190505b5090505f826001600160401b03811115610a6c57610a6c611cf2565b604051908082528060200260200182016040528015610aa557816020015b610a92611bb8565b815260200190600190039081610a8a5790505b5090505f836001600160401b03811115610ac157610ac1611cf2565b604051908082528060200260200182016040528015610aea578160200160208202803683370190505b5090505f805b85811015610c57575f888281518110610b0b57610b0b61235d565b602002602001015190505f610b2c825f0151836020015184604001516104d7565b905080898481518110610b4157610b4161235d565b6020026020010181815250508160600151878481518110610b6457610b6461235d565b602002602001018181525050610b8b60055f8381526020019081526020015f205483610fe2565b610c135781868581518110610ba257610ba261235d565b602002602001018190525080858581518110610bc057610bc061235d565b6020908102919091010152610bd4846123ac565b9350807f6bb7ff708619ba0610cba295a58592e0451dee2622938c8755667688daf3529b8360800151604051610c0a9190611cc0565b60405180910390a25b60a08201516001600160a01b031615610c3e57610c39818360a001518460c00151611068565b610c4d565b5f818152600460205260408120555b5050600101610af0565b50808352808252610c688284611128565b610c8288878660405180602001604052805f815250611376565b505050505092915050565b6001600160a01b038316610cb657604051631f18c42760e11b81525f6004820152602401610435565b6001600160a01b038216610cde5760405162ced3e160e81b81525f6004820152602401610435565b6001600160a01b038381165f81815260016020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b60605f5f5f610d5886610993565b925092509250610d67836113ae565b85610d718461143d565b610d7a846113ae565b604051602001610d8d94939291906123db565b604051602081830303815290604052935050505092915050565b6001600160a01b038416610dd057604051632bfa23e760e11b81525f6004820152602401610435565b6001600160a01b038516610df857604051626a0d4560e21b81525f6004820152602401610435565b60408051600180825260208201869052818301908152606082018590526080820190925290610e2b87878484875f610f89565b50505050505050565b6001600160a01b038316610e5c57604051626a0d4560e21b81525f6004820152602401610435565b604080516001808252602082018590528183019081526060820184905260a082019092525f608082018181529192916104019187918590859083610f89565b5f6001600160e01b03198216636cdb3d1360e11b1480610ecb57506001600160e01b031982166303a24d0760e21b145b8061032457506301ffc9a760e01b6001600160e01b0319831614610324565b6060835f610f048560a084901c65ffffffffffff16612441565b9050836001600160401b03811115610f1e57610f1e611cf2565b6040519080825280601f01601f191660200182016040528015610f48576020820181803683370190505b509250838160208501843c50509392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b610f95868686866114eb565b6001600160a01b03851615610fda57338115610fbe57610fb98188888888886116fa565b610e2b565b60208581015190850151610fd6838a8a85858a61181b565b5050505b505050505050565b5f8215806110045750608082015151610ffc906054612441565b60d084901c14155b1561101057505f610324565b815160208084015160408086015160808701519151611033959491929101612454565b60405160208183030381529060405280519060200120611058845f60d087901c610eea565b8051906020012014905092915050565b6127106001600160601b0382168110156110ae5760405163dfd1fc1b60e01b8152600481018590526001600160601b038316602482015260448101829052606401610435565b6001600160a01b0383166110de57604051634b4f842960e11b8152600481018590525f6024820152604401610435565b506040805180820182526001600160a01b0393841681526001600160601b0392831660208083019182525f968752600490529190942093519051909116600160a01b029116179055565b80515f5b81811015611370576001815b838110156111a4575f8582815181106111535761115361235d565b60200260200101516080015151605461116c9190612441565b905061600061117b8285612441565b111561118757506111a4565b6111918184612441565b925061119c826123ac565b915050611138565b8281036111e1578583815181106111bd576111bd61235d565b602002602001015160405163ae96017160e01b815260040161043591815260200190565b5f6111ed83600a612441565b6001600160401b0381111561120457611204611cf2565b6040519080825280601f01601f19166020018201604052801561122e576020820181803683370190505b506961000080600a3d393df3603885901b1760b01b602082015290506001845b83811015611298576112848361126584600a612441565b8a84815181106112775761127761235d565b6020026020010151611902565b61128e9083612441565b915060010161124e565b505f8251602084015ff090506001600160a01b0381166112cb576040516307c073ed60e31b815260040160405180910390fd5b60019150855b84811015611362575f8982815181106112ec576112ec61235d565b6020026020010151608001515160546113059190612441565b905060d081901b60a085901b846001600160a01b0316171760055f8d85815181106113325761133261235d565b602002602001015181526020019081526020015f208190555080846113579190612441565b9350506001016112d1565b50839550505050505061112c565b50505050565b6001600160a01b03841661139f57604051632bfa23e760e11b81525f6004820152602401610435565b6113705f858585856001610f89565b60605f6113ba83611957565b60010190505f816001600160401b038111156113d8576113d8611cf2565b6040519080825280601f01601f191660200182016040528015611402576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461140c57509392505050565b60605f61144983611a2e565b6028602282012090915060601c60295b60018111156114e257600782600f1611801561148e575060608382815181106114845761148461235d565b016020015160f81c115b156114cb57602060f81b8382815181106114aa576114aa61235d565b0160200180516001600160f81b0319908116909218909116905f82901a9053505b60049190911c906114db81612488565b9050611459565b50909392505050565b805182511461151a5781518151604051635b05999160e01b815260048101929092526024820152604401610435565b335f5b835181101561161c576020818102858101820151908501909101516001600160a01b038816156115ce575f828152602081815260408083206001600160a01b038c168452909152902054818110156115a8576040516303dee4c560e01b81526001600160a01b038a166004820152602481018290526044810183905260648101849052608401610435565b5f838152602081815260408083206001600160a01b038d16845290915290209082900390555b6001600160a01b03871615611612575f828152602081815260408083206001600160a01b038b1684529091528120805483929061160c908490612441565b90915550505b505060010161151d565b50825160010361169c5760208301515f906020840151909150856001600160a01b0316876001600160a01b0316846001600160a01b03167fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62858560405161168d929190918252602082015260400190565b60405180910390a45050610401565b836001600160a01b0316856001600160a01b0316826001600160a01b03167f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb86866040516116eb92919061249d565b60405180910390a45050505050565b6001600160a01b0384163b15610fda5760405163bc197c8160e01b81526001600160a01b0385169063bc197c819061173e90899089908890889088906004016124ca565b6020604051808303815f875af1925050508015611778575060408051601f3d908101601f1916820190925261177591810190612527565b60015b6117df573d8080156117a5576040519150601f19603f3d011682016040523d82523d5f602084013e6117aa565b606091505b5080515f036117d757604051632bfa23e760e11b81526001600160a01b0386166004820152602401610435565b805160208201fd5b6001600160e01b0319811663bc197c8160e01b14610e2b57604051632bfa23e760e11b81526001600160a01b0386166004820152602401610435565b6001600160a01b0384163b15610fda5760405163f23a6e6160e01b81526001600160a01b0385169063f23a6e619061185f9089908990889088908890600401612542565b6020604051808303815f875af1925050508015611899575060408051601f3d908101601f1916820190925261189691810190612527565b60015b6118c6573d8080156117a5576040519150601f19603f3d011682016040523d82523d5f602084013e6117aa565b6001600160e01b0319811663f23a6e6160e01b14610e2b57604051632bfa23e760e11b81526001600160a01b0386166004820152602401610435565b805160208201516040830151608084015180515f9493929190611926906054612441565b94508660208901018481528360601b6020820152826034820152815160208301605483015e50505050509392505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106119955772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106119c1576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106119df57662386f26fc10000830492506010015b6305f5e10083106119f7576305f5e100830492506008015b6127108310611a0b57612710830492506004015b60648310611a1d576064830492506002015b600a83106103245760010192915050565b60606103246001600160a01b03831660146060825f611a4e84600261257b565b611a59906002612441565b6001600160401b03811115611a7057611a70611cf2565b6040519080825280601f01601f191660200182016040528015611a9a576020820181803683370190505b509050600360fc1b815f81518110611ab457611ab461235d565b60200101906001600160f81b03191690815f1a905350600f60fb1b81600181518110611ae257611ae261235d565b60200101906001600160f81b03191690815f1a9053505f611b0485600261257b565b611b0f906001612441565b90505b6001811115611b86576f181899199a1a9b1b9c1cb0b131b232b360811b83600f1660108110611b4357611b4361235d565b1a60f81b828281518110611b5957611b5961235d565b60200101906001600160f81b03191690815f1a90535060049290921c91611b7f81612488565b9050611b12565b508115611bb05760405163e22e27eb60e01b81526004810186905260248101859052604401610435565b949350505050565b6040518060e001604052805f81526020015f6001600160a01b031681526020015f81526020015f8152602001606081526020015f6001600160a01b031681526020015f6001600160601b031681525090565b80356001600160a01b038116811461098e575f5ffd5b5f5f60408385031215611c31575f5ffd5b611c3a83611c0a565b946020939093013593505050565b6001600160e01b031981168114611c5d575f5ffd5b50565b5f60208284031215611c70575f5ffd5b813561036981611c48565b5f60208284031215611c8b575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6103696020830184611c92565b5f5f60408385031215611ce3575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b0381118282101715611d2857611d28611cf2565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611d5657611d56611cf2565b604052919050565b5f6001600160401b03821115611d7657611d76611cf2565b5060051b60200190565b5f82601f830112611d8f575f5ffd5b8135611da2611d9d82611d5e565b611d2e565b8082825260208201915060208360051b860101925085831115611dc3575f5ffd5b602085015b83811015611de0578035835260209283019201611dc8565b5095945050505050565b5f82601f830112611df9575f5ffd5b8135602083015f5f6001600160401b03841115611e1857611e18611cf2565b50601f8301601f1916602001611e2d81611d2e565b915050828152858383011115611e41575f5ffd5b828260208301375f92810160200192909252509392505050565b5f5f5f5f5f60a08688031215611e6f575f5ffd5b611e7886611c0a565b9450611e8660208701611c0a565b935060408601356001600160401b03811115611ea0575f5ffd5b611eac88828901611d80565b93505060608601356001600160401b03811115611ec7575f5ffd5b611ed388828901611d80565b92505060808601356001600160401b03811115611eee575f5ffd5b611efa88828901611dea565b9150509295509295909350565b5f5f60408385031215611f18575f5ffd5b82356001600160401b03811115611f2d575f5ffd5b8301601f81018513611f3d575f5ffd5b8035611f4b611d9d82611d5e565b8082825260208201915060208360051b850101925087831115611f6c575f5ffd5b6020840193505b82841015611f9557611f8484611c0a565b825260209384019390910190611f73565b945050505060208301356001600160401b03811115611fb2575f5ffd5b611fbe85828601611d80565b9150509250929050565b5f8151808452602084019350602083015f5b82811015611ff8578151865260209586019590910190600101611fda565b5093949350505050565b602081525f6103696020830184611fc8565b5f5f5f60608486031215612026575f5ffd5b8335925061203660208501611c0a565b929592945050506040919091013590565b80356001600160601b038116811461098e575f5ffd5b5f5f6040838503121561206e575f5ffd5b61207783611c0a565b915060208301356001600160401b03811115612091575f5ffd5b8301601f810185136120a1575f5ffd5b80356120af611d9d82611d5e565b8082825260208201915060208360051b8501019250878311156120d0575f5ffd5b602084015b838110156121995780356001600160401b038111156120f2575f5ffd5b850160e0818b03601f19011215612107575f5ffd5b61210f611d06565b6020820135815261212260408301611c0a565b6020820152606082810135604083015260808301359082015260a08201356001600160401b03811115612153575f5ffd5b6121628c602083860101611dea565b60808301525061217460c08301611c0a565b60a082015261218560e08301612047565b60c0820152845250602092830192016120d5565b50809450505050509250929050565b5f5f5f5f5f5f5f5f5f6101008a8c0312156121c1575f5ffd5b6121ca8a611c0a565b985060208a013597506121df60408b01611c0a565b965060608a0135955060808a0135945060a08a01356001600160401b03811115612207575f5ffd5b8a01601f81018c13612217575f5ffd5b80356001600160401b0381111561222c575f5ffd5b8c602082840101111561223d575f5ffd5b6020919091019450925061225360c08b01611c0a565b915061226160e08b01612047565b90509295985092959850929598565b5f5f60408385031215612281575f5ffd5b61228a83611c0a565b91506020830135801515811461229e575f5ffd5b809150509250929050565b5f5f604083850312156122ba575f5ffd5b6122c383611c0a565b91506122d160208401611c0a565b90509250929050565b5f5f5f5f5f60a086880312156122ee575f5ffd5b6122f786611c0a565b945061230560208701611c0a565b9350604086013592506060860135915060808601356001600160401b03811115611eee575f5ffd5b5f5f5f6060848603121561233f575f5ffd5b61234884611c0a565b95602085013595506040909401359392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561032457610324612371565b634e487b7160e01b5f52601260045260245ffd5b5f600182016123bd576123bd612371565b5060010190565b5f81518060208401855e5f93019283525090919050565b6632b4b8189a9a9d60c91b81525f6123f660078301876123c4565b602f60f81b815261240a60018201876123c4565b9050601d60f91b815261242060018201866123c4565b9050602f60f81b815261243660018201856123c4565b979650505050505050565b8082018082111561032457610324612371565b8481526001600160601b03198460601b1660208201528260348201525f61247e60548301846123c4565b9695505050505050565b5f8161249657612496612371565b505f190190565b604081525f6124af6040830185611fc8565b82810360208401526124c18185611fc8565b95945050505050565b6001600160a01b0386811682528516602082015260a0604082018190525f906124f590830186611fc8565b82810360608401526125078186611fc8565b9050828103608084015261251b8185611c92565b98975050505050505050565b5f60208284031215612537575f5ffd5b815161036981611c48565b6001600160a01b03868116825285166020820152604081018490526060810183905260a0608082018190525f9061243690830184611c92565b80820281158282048414176103245761032461237156fea26469706673582212205dde72275fb8e6bf3d5b287c44ca400b56d3eee01e03a7b397713095cc53b75c64736f6c63430008250033",
}

// Bridge is an auto generated Go binding around an Ethereum contract.
type Bridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Bridge) GetABI() abi.ABI {
	return c.abi
}

// NewBridge creates a new instance of Bridge.
func NewBridge() *Bridge {
	parsed, err := BridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (bridge *Bridge) PackConstructor(registry_ common.Address) []byte {
	enc, err := bridge.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDELIVERED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ef34869.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DELIVERED() view returns(uint8)
func (bridge *Bridge) PackDELIVERED() []byte {
	enc, err := bridge.abi.Pack("DELIVERED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDELIVERED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ef34869.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DELIVERED() view returns(uint8)
func (bridge *Bridge) TryPackDELIVERED() ([]byte, error) {
	return bridge.abi.Pack("DELIVERED")
}

// UnpackDELIVERED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ef34869.
//
// Solidity: function DELIVERED() view returns(uint8)
func (bridge *Bridge) UnpackDELIVERED(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("DELIVERED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDELIVERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe31c3614.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DELIVER_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) PackDELIVERTYPEHASH() []byte {
	enc, err := bridge.abi.Pack("DELIVER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDELIVERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe31c3614.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DELIVER_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) TryPackDELIVERTYPEHASH() ([]byte, error) {
	return bridge.abi.Pack("DELIVER_TYPEHASH")
}

// UnpackDELIVERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe31c3614.
//
// Solidity: function DELIVER_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) UnpackDELIVERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("DELIVER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackKINDERC1155 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14c6f56d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_ERC1155() view returns(uint8)
func (bridge *Bridge) PackKINDERC1155() []byte {
	enc, err := bridge.abi.Pack("KIND_ERC1155")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDERC1155 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14c6f56d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_ERC1155() view returns(uint8)
func (bridge *Bridge) TryPackKINDERC1155() ([]byte, error) {
	return bridge.abi.Pack("KIND_ERC1155")
}

// UnpackKINDERC1155 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14c6f56d.
//
// Solidity: function KIND_ERC1155() view returns(uint8)
func (bridge *Bridge) UnpackKINDERC1155(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("KIND_ERC1155", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDERC721 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d4a97ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_ERC721() view returns(uint8)
func (bridge *Bridge) PackKINDERC721() []byte {
	enc, err := bridge.abi.Pack("KIND_ERC721")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDERC721 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d4a97ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_ERC721() view returns(uint8)
func (bridge *Bridge) TryPackKINDERC721() ([]byte, error) {
	return bridge.abi.Pack("KIND_ERC721")
}

// UnpackKINDERC721 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d4a97ea.
//
// Solidity: function KIND_ERC721() view returns(uint8)
func (bridge *Bridge) UnpackKINDERC721(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("KIND_ERC721", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXITEMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d4c4ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ITEMS() view returns(uint256)
func (bridge *Bridge) PackMAXITEMS() []byte {
	enc, err := bridge.abi.Pack("MAX_ITEMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXITEMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d4c4ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ITEMS() view returns(uint256)
func (bridge *Bridge) TryPackMAXITEMS() ([]byte, error) {
	return bridge.abi.Pack("MAX_ITEMS")
}

// UnpackMAXITEMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d4c4ee.
//
// Solidity: function MAX_ITEMS() view returns(uint256)
func (bridge *Bridge) UnpackMAXITEMS(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("MAX_ITEMS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXURIBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x718a60ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_URI_BYTES() view returns(uint256)
func (bridge *Bridge) PackMAXURIBYTES() []byte {
	enc, err := bridge.abi.Pack("MAX_URI_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXURIBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x718a60ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_URI_BYTES() view returns(uint256)
func (bridge *Bridge) TryPackMAXURIBYTES() ([]byte, error) {
	return bridge.abi.Pack("MAX_URI_BYTES")
}

// UnpackMAXURIBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x718a60ee.
//
// Solidity: function MAX_URI_BYTES() view returns(uint256)
func (bridge *Bridge) UnpackMAXURIBYTES(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("MAX_URI_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXWAIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c9cee3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WAIT() view returns(uint64)
func (bridge *Bridge) PackMAXWAIT() []byte {
	enc, err := bridge.abi.Pack("MAX_WAIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWAIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c9cee3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WAIT() view returns(uint64)
func (bridge *Bridge) TryPackMAXWAIT() ([]byte, error) {
	return bridge.abi.Pack("MAX_WAIT")
}

// UnpackMAXWAIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c9cee3b.
//
// Solidity: function MAX_WAIT() view returns(uint64)
func (bridge *Bridge) UnpackMAXWAIT(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("MAX_WAIT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackREFUNDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94e15c8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REFUNDED() view returns(uint8)
func (bridge *Bridge) PackREFUNDED() []byte {
	enc, err := bridge.abi.Pack("REFUNDED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREFUNDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94e15c8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REFUNDED() view returns(uint8)
func (bridge *Bridge) TryPackREFUNDED() ([]byte, error) {
	return bridge.abi.Pack("REFUNDED")
}

// UnpackREFUNDED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94e15c8f.
//
// Solidity: function REFUNDED() view returns(uint8)
func (bridge *Bridge) UnpackREFUNDED(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("REFUNDED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREFUNDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e69ef40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REFUND_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) PackREFUNDTYPEHASH() []byte {
	enc, err := bridge.abi.Pack("REFUND_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREFUNDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e69ef40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REFUND_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) TryPackREFUNDTYPEHASH() ([]byte, error) {
	return bridge.abi.Pack("REFUND_TYPEHASH")
}

// UnpackREFUNDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e69ef40.
//
// Solidity: function REFUND_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) UnpackREFUNDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("REFUND_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60e52ecb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SENT() view returns(uint8)
func (bridge *Bridge) PackSENT() []byte {
	enc, err := bridge.abi.Pack("SENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60e52ecb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SENT() view returns(uint8)
func (bridge *Bridge) TryPackSENT() ([]byte, error) {
	return bridge.abi.Pack("SENT")
}

// UnpackSENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60e52ecb.
//
// Solidity: function SENT() view returns(uint8)
func (bridge *Bridge) UnpackSENT(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("SENT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCustodyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd647c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function custodyOf(bytes32 channel, address token, uint256 id) view returns(uint256)
func (bridge *Bridge) PackCustodyOf(channel [32]byte, token common.Address, id *big.Int) []byte {
	enc, err := bridge.abi.Pack("custodyOf", channel, token, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCustodyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd647c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function custodyOf(bytes32 channel, address token, uint256 id) view returns(uint256)
func (bridge *Bridge) TryPackCustodyOf(channel [32]byte, token common.Address, id *big.Int) ([]byte, error) {
	return bridge.abi.Pack("custodyOf", channel, token, id)
}

// UnpackCustodyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd647c55.
//
// Solidity: function custodyOf(bytes32 channel, address token, uint256 id) view returns(uint256)
func (bridge *Bridge) UnpackCustodyOf(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("custodyOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c3d0629.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m, bytes[] signatures) returns()
func (bridge *Bridge) PackDeliver(m BridgeMove, signatures [][]byte) []byte {
	enc, err := bridge.abi.Pack("deliver", m, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c3d0629.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m, bytes[] signatures) returns()
func (bridge *Bridge) TryPackDeliver(m BridgeMove, signatures [][]byte) ([]byte, error) {
	return bridge.abi.Pack("deliver", m, signatures)
}

// PackDeliverDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84a8122.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliverDigest(bytes32 id) view returns(bytes32)
func (bridge *Bridge) PackDeliverDigest(id [32]byte) []byte {
	enc, err := bridge.abi.Pack("deliverDigest", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliverDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84a8122.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliverDigest(bytes32 id) view returns(bytes32)
func (bridge *Bridge) TryPackDeliverDigest(id [32]byte) ([]byte, error) {
	return bridge.abi.Pack("deliverDigest", id)
}

// UnpackDeliverDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb84a8122.
//
// Solidity: function deliverDigest(bytes32 id) view returns(bytes32)
func (bridge *Bridge) UnpackDeliverDigest(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("deliverDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (bridge *Bridge) PackEip712Domain() []byte {
	enc, err := bridge.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (bridge *Bridge) TryPackEip712Domain() ([]byte, error) {
	return bridge.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (bridge *Bridge) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := bridge.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackMoveId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf072fedc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moveId((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m) pure returns(bytes32)
func (bridge *Bridge) PackMoveId(m BridgeMove) []byte {
	enc, err := bridge.abi.Pack("moveId", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMoveId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf072fedc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moveId((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m) pure returns(bytes32)
func (bridge *Bridge) TryPackMoveId(m BridgeMove) ([]byte, error) {
	return bridge.abi.Pack("moveId", m)
}

// UnpackMoveId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf072fedc.
//
// Solidity: function moveId((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m) pure returns(bytes32)
func (bridge *Bridge) UnpackMoveId(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("moveId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address from, uint256[] ids, uint256[] values, bytes data) returns(bytes4)
func (bridge *Bridge) PackOnERC1155BatchReceived(arg0 common.Address, from common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := bridge.abi.Pack("onERC1155BatchReceived", arg0, from, ids, values, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address from, uint256[] ids, uint256[] values, bytes data) returns(bytes4)
func (bridge *Bridge) TryPackOnERC1155BatchReceived(arg0 common.Address, from common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return bridge.abi.Pack("onERC1155BatchReceived", arg0, from, ids, values, data)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address from, uint256[] ids, uint256[] values, bytes data) returns(bytes4)
func (bridge *Bridge) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := bridge.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address from, uint256 id, uint256 value, bytes data) returns(bytes4)
func (bridge *Bridge) PackOnERC1155Received(arg0 common.Address, from common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := bridge.abi.Pack("onERC1155Received", arg0, from, id, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address from, uint256 id, uint256 value, bytes data) returns(bytes4)
func (bridge *Bridge) TryPackOnERC1155Received(arg0 common.Address, from common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return bridge.abi.Pack("onERC1155Received", arg0, from, id, value, data)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address from, uint256 id, uint256 value, bytes data) returns(bytes4)
func (bridge *Bridge) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := bridge.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes data) returns(bytes4)
func (bridge *Bridge) PackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := bridge.abi.Pack("onERC721Received", arg0, from, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes data) returns(bytes4)
func (bridge *Bridge) TryPackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return bridge.abi.Pack("onERC721Received", arg0, from, tokenId, data)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes data) returns(bytes4)
func (bridge *Bridge) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := bridge.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb113ab5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m, bytes[] signatures) returns()
func (bridge *Bridge) PackRefund(m BridgeMove, signatures [][]byte) []byte {
	enc, err := bridge.abi.Pack("refund", m, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb113ab5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m, bytes[] signatures) returns()
func (bridge *Bridge) TryPackRefund(m BridgeMove, signatures [][]byte) ([]byte, error) {
	return bridge.abi.Pack("refund", m, signatures)
}

// PackRefundDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb008ae8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundDigest(bytes32 id) view returns(bytes32)
func (bridge *Bridge) PackRefundDigest(id [32]byte) []byte {
	enc, err := bridge.abi.Pack("refundDigest", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb008ae8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundDigest(bytes32 id) view returns(bytes32)
func (bridge *Bridge) TryPackRefundDigest(id [32]byte) ([]byte, error) {
	return bridge.abi.Pack("refundDigest", id)
}

// UnpackRefundDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb008ae8.
//
// Solidity: function refundDigest(bytes32 id) view returns(bytes32)
func (bridge *Bridge) UnpackRefundDigest(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("refundDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (bridge *Bridge) PackRegistry() []byte {
	enc, err := bridge.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (bridge *Bridge) TryPackRegistry() ([]byte, error) {
	return bridge.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (bridge *Bridge) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6424625b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function send((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m) returns(bytes32 id)
func (bridge *Bridge) PackSend(m BridgeMove) []byte {
	enc, err := bridge.abi.Pack("send", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6424625b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function send((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m) returns(bytes32 id)
func (bridge *Bridge) TryPackSend(m BridgeMove) ([]byte, error) {
	return bridge.abi.Pack("send", m)
}

// UnpackSend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6424625b.
//
// Solidity: function send((uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) m) returns(bytes32 id)
func (bridge *Bridge) UnpackSend(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("send", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStateOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64482ac4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateOf(bytes32 id) view returns(uint8)
func (bridge *Bridge) PackStateOf(id [32]byte) []byte {
	enc, err := bridge.abi.Pack("stateOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64482ac4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateOf(bytes32 id) view returns(uint8)
func (bridge *Bridge) TryPackStateOf(id [32]byte) ([]byte, error) {
	return bridge.abi.Pack("stateOf", id)
}

// UnpackStateOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64482ac4.
//
// Solidity: function stateOf(bytes32 id) view returns(uint8)
func (bridge *Bridge) UnpackStateOf(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("stateOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (bridge *Bridge) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := bridge.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (bridge *Bridge) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return bridge.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (bridge *Bridge) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWrapped1155 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2248e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wrapped1155() view returns(address)
func (bridge *Bridge) PackWrapped1155() []byte {
	enc, err := bridge.abi.Pack("wrapped1155")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWrapped1155 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2248e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function wrapped1155() view returns(address)
func (bridge *Bridge) TryPackWrapped1155() ([]byte, error) {
	return bridge.abi.Pack("wrapped1155")
}

// UnpackWrapped1155 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc2248e0.
//
// Solidity: function wrapped1155() view returns(address)
func (bridge *Bridge) UnpackWrapped1155(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("wrapped1155", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWrapped721 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff9c3102.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wrapped721() view returns(address)
func (bridge *Bridge) PackWrapped721() []byte {
	enc, err := bridge.abi.Pack("wrapped721")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWrapped721 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff9c3102.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function wrapped721() view returns(address)
func (bridge *Bridge) TryPackWrapped721() ([]byte, error) {
	return bridge.abi.Pack("wrapped721")
}

// UnpackWrapped721 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff9c3102.
//
// Solidity: function wrapped721() view returns(address)
func (bridge *Bridge) UnpackWrapped721(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("wrapped721", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// BridgeDelivered represents a Delivered event raised by the Bridge contract.
type BridgeDelivered struct {
	MoveId    [32]byte
	Recipient common.Address
	Submitter common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeDeliveredEventName = "Delivered"

// ContractEventName returns the user-defined event name.
func (BridgeDelivered) ContractEventName() string {
	return BridgeDeliveredEventName
}

// UnpackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delivered(bytes32 indexed moveId, address indexed recipient, address submitter)
func (bridge *Bridge) UnpackDeliveredEvent(log *types.Log) (*BridgeDelivered, error) {
	event := "Delivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeDelivered)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeEIP712DomainChanged represents a EIP712DomainChanged event raised by the Bridge contract.
type BridgeEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const BridgeEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (BridgeEIP712DomainChanged) ContractEventName() string {
	return BridgeEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (bridge *Bridge) UnpackEIP712DomainChangedEvent(log *types.Log) (*BridgeEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeRefunded represents a Refunded event raised by the Bridge contract.
type BridgeRefunded struct {
	MoveId [32]byte
	Sender common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const BridgeRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (BridgeRefunded) ContractEventName() string {
	return BridgeRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(bytes32 indexed moveId, address indexed sender)
func (bridge *Bridge) UnpackRefundedEvent(log *types.Log) (*BridgeRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeRefunded)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeSent represents a Sent event raised by the Bridge contract.
type BridgeSent struct {
	MoveId      [32]byte
	Sender      common.Address
	Destination [32]byte
	Move        BridgeMove
	Raw         *types.Log // Blockchain specific contextual infos
}

const BridgeSentEventName = "Sent"

// ContractEventName returns the user-defined event name.
func (BridgeSent) ContractEventName() string {
	return BridgeSentEventName
}

// UnpackSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sent(bytes32 indexed moveId, address indexed sender, bytes32 indexed destination, (uint256,address,uint256,address,uint8,(uint256,address,uint256,uint256,string,address,uint96)[],address,address,bytes32,bytes32,uint64,bytes32) move)
func (bridge *Bridge) UnpackSentEvent(log *types.Log) (*BridgeSent, error) {
	event := "Sent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeSent)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bridge *Bridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadAmount"].ID.Bytes()[:4]) {
		return bridge.UnpackBadAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadDeadline"].ID.Bytes()[:4]) {
		return bridge.UnpackBadDeadlineError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadItemCount"].ID.Bytes()[:4]) {
		return bridge.UnpackBadItemCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadKind"].ID.Bytes()[:4]) {
		return bridge.UnpackBadKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadRecipient"].ID.Bytes()[:4]) {
		return bridge.UnpackBadRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadRoyalty"].ID.Bytes()[:4]) {
		return bridge.UnpackBadRoyaltyError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return bridge.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return bridge.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return bridge.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return bridge.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return bridge.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InsufficientCustody"].ID.Bytes()[:4]) {
		return bridge.UnpackInsufficientCustodyError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ItemsMismatch"].ID.Bytes()[:4]) {
		return bridge.UnpackItemsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["MoveExists"].ID.Bytes()[:4]) {
		return bridge.UnpackMoveExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NoAttesters"].ID.Bytes()[:4]) {
		return bridge.UnpackNoAttestersError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotAnOriginal"].ID.Bytes()[:4]) {
		return bridge.UnpackNotAnOriginalError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotAttester"].ID.Bytes()[:4]) {
		return bridge.UnpackNotAttesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotEnoughAttestations"].ID.Bytes()[:4]) {
		return bridge.UnpackNotEnoughAttestationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotSender"].ID.Bytes()[:4]) {
		return bridge.UnpackNotSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotSent"].ID.Bytes()[:4]) {
		return bridge.UnpackNotSentError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return bridge.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SameChain"].ID.Bytes()[:4]) {
		return bridge.UnpackSameChainError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SignersNotAscending"].ID.Bytes()[:4]) {
		return bridge.UnpackSignersNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return bridge.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["URITooLong"].ID.Bytes()[:4]) {
		return bridge.UnpackURITooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["Unsolicited"].ID.Bytes()[:4]) {
		return bridge.UnpackUnsolicitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WrappedRecordMismatch"].ID.Bytes()[:4]) {
		return bridge.UnpackWrappedRecordMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WrongBridge"].ID.Bytes()[:4]) {
		return bridge.UnpackWrongBridgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeBadAmount represents a BadAmount error raised by the Bridge contract.
type BridgeBadAmount struct {
	Index  *big.Int
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAmount(uint256 index, uint256 amount)
func BridgeBadAmountErrorID() common.Hash {
	return common.HexToHash("0x50da5b78ec4c5f5ed3fa88cab69ed9418c41282d9e35bc572b4809ae8c0317ac")
}

// UnpackBadAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAmount(uint256 index, uint256 amount)
func (bridge *Bridge) UnpackBadAmountError(raw []byte) (*BridgeBadAmount, error) {
	out := new(BridgeBadAmount)
	if err := bridge.abi.UnpackIntoInterface(out, "BadAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadDeadline represents a BadDeadline error raised by the Bridge contract.
type BridgeBadDeadline struct {
	Deadline uint64
	Latest   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDeadline(uint64 deadline, uint256 latest)
func BridgeBadDeadlineErrorID() common.Hash {
	return common.HexToHash("0x810be315d6134f8799984a0c6763e0e4783eb825df810e99b464d68f05decd42")
}

// UnpackBadDeadlineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDeadline(uint64 deadline, uint256 latest)
func (bridge *Bridge) UnpackBadDeadlineError(raw []byte) (*BridgeBadDeadline, error) {
	out := new(BridgeBadDeadline)
	if err := bridge.abi.UnpackIntoInterface(out, "BadDeadline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadItemCount represents a BadItemCount error raised by the Bridge contract.
type BridgeBadItemCount struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadItemCount(uint256 count)
func BridgeBadItemCountErrorID() common.Hash {
	return common.HexToHash("0xf9f5fa9e41f810042462f5477c428e7ccce570a31d5997afc59c9d8949b2a137")
}

// UnpackBadItemCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadItemCount(uint256 count)
func (bridge *Bridge) UnpackBadItemCountError(raw []byte) (*BridgeBadItemCount, error) {
	out := new(BridgeBadItemCount)
	if err := bridge.abi.UnpackIntoInterface(out, "BadItemCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadKind represents a BadKind error raised by the Bridge contract.
type BridgeBadKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadKind(uint8 kind)
func BridgeBadKindErrorID() common.Hash {
	return common.HexToHash("0xdfc03387cd0954383590214b37ff2382020510831b1add1a928434df7243c494")
}

// UnpackBadKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadKind(uint8 kind)
func (bridge *Bridge) UnpackBadKindError(raw []byte) (*BridgeBadKind, error) {
	out := new(BridgeBadKind)
	if err := bridge.abi.UnpackIntoInterface(out, "BadKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadRecipient represents a BadRecipient error raised by the Bridge contract.
type BridgeBadRecipient struct {
	Recipient common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecipient(address recipient)
func BridgeBadRecipientErrorID() common.Hash {
	return common.HexToHash("0xf66e904851b37b80accff44adee209ff00dc29eeb445bb1edb327e45cf1f9315")
}

// UnpackBadRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecipient(address recipient)
func (bridge *Bridge) UnpackBadRecipientError(raw []byte) (*BridgeBadRecipient, error) {
	out := new(BridgeBadRecipient)
	if err := bridge.abi.UnpackIntoInterface(out, "BadRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadRoyalty represents a BadRoyalty error raised by the Bridge contract.
type BridgeBadRoyalty struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRoyalty(uint256 index)
func BridgeBadRoyaltyErrorID() common.Hash {
	return common.HexToHash("0x51e8de9f497dc5d6d083523558b69663deebf5015bbe11ce074a988a24826007")
}

// UnpackBadRoyaltyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRoyalty(uint256 index)
func (bridge *Bridge) UnpackBadRoyaltyError(raw []byte) (*BridgeBadRoyalty, error) {
	out := new(BridgeBadRoyalty)
	if err := bridge.abi.UnpackIntoInterface(out, "BadRoyalty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDeadlineNotReached represents a DeadlineNotReached error raised by the Bridge contract.
type BridgeDeadlineNotReached struct {
	MoveId   [32]byte
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(bytes32 moveId, uint64 deadline)
func BridgeDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xde18df3d56200b0ac12a79421672e1c956230883ed4900b44dddc0d1bdd18fd9")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(bytes32 moveId, uint64 deadline)
func (bridge *Bridge) UnpackDeadlineNotReachedError(raw []byte) (*BridgeDeadlineNotReached, error) {
	out := new(BridgeDeadlineNotReached)
	if err := bridge.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDeadlinePassed represents a DeadlinePassed error raised by the Bridge contract.
type BridgeDeadlinePassed struct {
	MoveId   [32]byte
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(bytes32 moveId, uint64 deadline)
func BridgeDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x7fa0676986e96df6df7f0cfd5fe9b021f5a9683273c3f282474726464dbe9f8f")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(bytes32 moveId, uint64 deadline)
func (bridge *Bridge) UnpackDeadlinePassedError(raw []byte) (*BridgeDeadlinePassed, error) {
	out := new(BridgeDeadlinePassed)
	if err := bridge.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the Bridge contract.
type BridgeECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func BridgeECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (bridge *Bridge) UnpackECDSAInvalidSignatureError(raw []byte) (*BridgeECDSAInvalidSignature, error) {
	out := new(BridgeECDSAInvalidSignature)
	if err := bridge.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the Bridge contract.
type BridgeECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func BridgeECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (bridge *Bridge) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*BridgeECDSAInvalidSignatureLength, error) {
	out := new(BridgeECDSAInvalidSignatureLength)
	if err := bridge.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the Bridge contract.
type BridgeECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func BridgeECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (bridge *Bridge) UnpackECDSAInvalidSignatureSError(raw []byte) (*BridgeECDSAInvalidSignatureS, error) {
	out := new(BridgeECDSAInvalidSignatureS)
	if err := bridge.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInsufficientCustody represents a InsufficientCustody error raised by the Bridge contract.
type BridgeInsufficientCustody struct {
	Token  common.Address
	Id     *big.Int
	Held   *big.Int
	Wanted *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCustody(address token, uint256 id, uint256 held, uint256 wanted)
func BridgeInsufficientCustodyErrorID() common.Hash {
	return common.HexToHash("0x0554f534a460ab8cbdd0650a00f5f8d6d5ea9a5415c3a18500b456bb63e34817")
}

// UnpackInsufficientCustodyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCustody(address token, uint256 id, uint256 held, uint256 wanted)
func (bridge *Bridge) UnpackInsufficientCustodyError(raw []byte) (*BridgeInsufficientCustody, error) {
	out := new(BridgeInsufficientCustody)
	if err := bridge.abi.UnpackIntoInterface(out, "InsufficientCustody", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidShortString represents a InvalidShortString error raised by the Bridge contract.
type BridgeInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func BridgeInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (bridge *Bridge) UnpackInvalidShortStringError(raw []byte) (*BridgeInvalidShortString, error) {
	out := new(BridgeInvalidShortString)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeItemsMismatch represents a ItemsMismatch error raised by the Bridge contract.
type BridgeItemsMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ItemsMismatch()
func BridgeItemsMismatchErrorID() common.Hash {
	return common.HexToHash("0xc71507c4621db100337997e09ea9258bb15c175504b1c8664d22fa273fa90199")
}

// UnpackItemsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ItemsMismatch()
func (bridge *Bridge) UnpackItemsMismatchError(raw []byte) (*BridgeItemsMismatch, error) {
	out := new(BridgeItemsMismatch)
	if err := bridge.abi.UnpackIntoInterface(out, "ItemsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeMoveExists represents a MoveExists error raised by the Bridge contract.
type BridgeMoveExists struct {
	MoveId [32]byte
	State  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MoveExists(bytes32 moveId, uint8 state)
func BridgeMoveExistsErrorID() common.Hash {
	return common.HexToHash("0xc95f81093ba8b1c52c2f17ceb5085ad4a309ab9eea6babf1d35fa626f26f6549")
}

// UnpackMoveExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MoveExists(bytes32 moveId, uint8 state)
func (bridge *Bridge) UnpackMoveExistsError(raw []byte) (*BridgeMoveExists, error) {
	out := new(BridgeMoveExists)
	if err := bridge.abi.UnpackIntoInterface(out, "MoveExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNoAttesters represents a NoAttesters error raised by the Bridge contract.
type BridgeNoAttesters struct {
	Channel [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAttesters(bytes32 channel)
func BridgeNoAttestersErrorID() common.Hash {
	return common.HexToHash("0xfde0d944dd5b9db5af830ed08c913033c1fd291d3c92ee219929697c6361f819")
}

// UnpackNoAttestersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAttesters(bytes32 channel)
func (bridge *Bridge) UnpackNoAttestersError(raw []byte) (*BridgeNoAttesters, error) {
	out := new(BridgeNoAttesters)
	if err := bridge.abi.UnpackIntoInterface(out, "NoAttesters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotAnOriginal represents a NotAnOriginal error raised by the Bridge contract.
type BridgeNotAnOriginal struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAnOriginal(uint256 index)
func BridgeNotAnOriginalErrorID() common.Hash {
	return common.HexToHash("0xa98d94cca414167ea967189bbec04ce436cbd432e49dd8c782b9a93289840aff")
}

// UnpackNotAnOriginalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAnOriginal(uint256 index)
func (bridge *Bridge) UnpackNotAnOriginalError(raw []byte) (*BridgeNotAnOriginal, error) {
	out := new(BridgeNotAnOriginal)
	if err := bridge.abi.UnpackIntoInterface(out, "NotAnOriginal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotAttester represents a NotAttester error raised by the Bridge contract.
type BridgeNotAttester struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttester(address signer)
func BridgeNotAttesterErrorID() common.Hash {
	return common.HexToHash("0x14817f2f584570953b41dcf787fe5799176797b67ea0429f314f3bca83b3274a")
}

// UnpackNotAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttester(address signer)
func (bridge *Bridge) UnpackNotAttesterError(raw []byte) (*BridgeNotAttester, error) {
	out := new(BridgeNotAttester)
	if err := bridge.abi.UnpackIntoInterface(out, "NotAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotEnoughAttestations represents a NotEnoughAttestations error raised by the Bridge contract.
type BridgeNotEnoughAttestations struct {
	MoveId    [32]byte
	Valid     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughAttestations(bytes32 moveId, uint256 valid, uint256 threshold)
func BridgeNotEnoughAttestationsErrorID() common.Hash {
	return common.HexToHash("0xff7734a925a427d2ceede10605a345447a46b64988ac2df8a1b54dd55ac7be6a")
}

// UnpackNotEnoughAttestationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughAttestations(bytes32 moveId, uint256 valid, uint256 threshold)
func (bridge *Bridge) UnpackNotEnoughAttestationsError(raw []byte) (*BridgeNotEnoughAttestations, error) {
	out := new(BridgeNotEnoughAttestations)
	if err := bridge.abi.UnpackIntoInterface(out, "NotEnoughAttestations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotSender represents a NotSender error raised by the Bridge contract.
type BridgeNotSender struct {
	Caller common.Address
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSender(address caller, address sender)
func BridgeNotSenderErrorID() common.Hash {
	return common.HexToHash("0xfc21064fb8ac86a62f4553bd2f696687d847274964593fefdb37902f76d640fb")
}

// UnpackNotSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSender(address caller, address sender)
func (bridge *Bridge) UnpackNotSenderError(raw []byte) (*BridgeNotSender, error) {
	out := new(BridgeNotSender)
	if err := bridge.abi.UnpackIntoInterface(out, "NotSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotSent represents a NotSent error raised by the Bridge contract.
type BridgeNotSent struct {
	MoveId [32]byte
	State  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSent(bytes32 moveId, uint8 state)
func BridgeNotSentErrorID() common.Hash {
	return common.HexToHash("0x28239b6ee8a3ae656ad288760ffbce3973f0c90c648be3d210b261191c1ee338")
}

// UnpackNotSentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSent(bytes32 moveId, uint8 state)
func (bridge *Bridge) UnpackNotSentError(raw []byte) (*BridgeNotSent, error) {
	out := new(BridgeNotSent)
	if err := bridge.abi.UnpackIntoInterface(out, "NotSent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Bridge contract.
type BridgeReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func BridgeReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (bridge *Bridge) UnpackReentrancyGuardReentrantCallError(raw []byte) (*BridgeReentrancyGuardReentrantCall, error) {
	out := new(BridgeReentrancyGuardReentrantCall)
	if err := bridge.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeSameChain represents a SameChain error raised by the Bridge contract.
type BridgeSameChain struct {
	ChainId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameChain(uint256 chainId)
func BridgeSameChainErrorID() common.Hash {
	return common.HexToHash("0xd8b08b66b5d81d187e46ee75ff8f43bc758e689348ad8d7b7b262a82accbff70")
}

// UnpackSameChainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameChain(uint256 chainId)
func (bridge *Bridge) UnpackSameChainError(raw []byte) (*BridgeSameChain, error) {
	out := new(BridgeSameChain)
	if err := bridge.abi.UnpackIntoInterface(out, "SameChain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeSignersNotAscending represents a SignersNotAscending error raised by the Bridge contract.
type BridgeSignersNotAscending struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotAscending()
func BridgeSignersNotAscendingErrorID() common.Hash {
	return common.HexToHash("0xaf390151c73b5ec7a799f9d6a3bc3ef13638ed328f158bb2acb6fae7d7a3e65f")
}

// UnpackSignersNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotAscending()
func (bridge *Bridge) UnpackSignersNotAscendingError(raw []byte) (*BridgeSignersNotAscending, error) {
	out := new(BridgeSignersNotAscending)
	if err := bridge.abi.UnpackIntoInterface(out, "SignersNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeStringTooLong represents a StringTooLong error raised by the Bridge contract.
type BridgeStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func BridgeStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (bridge *Bridge) UnpackStringTooLongError(raw []byte) (*BridgeStringTooLong, error) {
	out := new(BridgeStringTooLong)
	if err := bridge.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeURITooLong represents a URITooLong error raised by the Bridge contract.
type BridgeURITooLong struct {
	Index  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error URITooLong(uint256 index, uint256 length)
func BridgeURITooLongErrorID() common.Hash {
	return common.HexToHash("0x0e173d209d3e414b1ef0590c40ea7c53c9f5851df9ce5b6caa8c28809cbc594a")
}

// UnpackURITooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error URITooLong(uint256 index, uint256 length)
func (bridge *Bridge) UnpackURITooLongError(raw []byte) (*BridgeURITooLong, error) {
	out := new(BridgeURITooLong)
	if err := bridge.abi.UnpackIntoInterface(out, "URITooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeUnsolicited represents a Unsolicited error raised by the Bridge contract.
type BridgeUnsolicited struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unsolicited()
func BridgeUnsolicitedErrorID() common.Hash {
	return common.HexToHash("0x06fe1e72800de726583194dc8a4a82cda8f386ec20a5b989f07a4ac3eaaa5627")
}

// UnpackUnsolicitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unsolicited()
func (bridge *Bridge) UnpackUnsolicitedError(raw []byte) (*BridgeUnsolicited, error) {
	out := new(BridgeUnsolicited)
	if err := bridge.abi.UnpackIntoInterface(out, "Unsolicited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWrappedRecordMismatch represents a WrappedRecordMismatch error raised by the Bridge contract.
type BridgeWrappedRecordMismatch struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrappedRecordMismatch(uint256 index)
func BridgeWrappedRecordMismatchErrorID() common.Hash {
	return common.HexToHash("0xd78d38e1c1b2d2eee92fa55d3121ade745f3dc00d39df855c5e0dd0a071f4ab8")
}

// UnpackWrappedRecordMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrappedRecordMismatch(uint256 index)
func (bridge *Bridge) UnpackWrappedRecordMismatchError(raw []byte) (*BridgeWrappedRecordMismatch, error) {
	out := new(BridgeWrappedRecordMismatch)
	if err := bridge.abi.UnpackIntoInterface(out, "WrappedRecordMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWrongBridge represents a WrongBridge error raised by the Bridge contract.
type BridgeWrongBridge struct {
	ChainId *big.Int
	Bridge  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBridge(uint256 chainId, address bridge)
func BridgeWrongBridgeErrorID() common.Hash {
	return common.HexToHash("0xa31a8e53541939d93ec6d3cf225093e30df0f7a6810607979ed5418e86fb16ca")
}

// UnpackWrongBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBridge(uint256 chainId, address bridge)
func (bridge *Bridge) UnpackWrongBridgeError(raw []byte) (*BridgeWrongBridge, error) {
	out := new(BridgeWrongBridge)
	if err := bridge.abi.UnpackIntoInterface(out, "WrongBridge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroAddress represents a ZeroAddress error raised by the Bridge contract.
type BridgeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func BridgeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (bridge *Bridge) UnpackZeroAddressError(raw []byte) (*BridgeZeroAddress, error) {
	out := new(BridgeZeroAddress)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
