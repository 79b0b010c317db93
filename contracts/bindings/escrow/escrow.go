// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package escrow

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

// EscrowTerms is an auto generated low-level Go binding around an user-defined struct.
type EscrowTerms struct {
	Recipient   common.Address
	Destination [32]byte
	Deadline    uint64
	Salt        [32]byte
}

// EscrowTransfer is an auto generated low-level Go binding around an user-defined struct.
type EscrowTransfer struct {
	Kind        uint8
	Token       common.Address
	Id          *big.Int
	Amount      *big.Int
	Depositor   common.Address
	Recipient   common.Address
	Destination [32]byte
	Attester    common.Address
	Deadline    uint64
	Salt        [32]byte
}

// ExchangeOrder is an auto generated low-level Go binding around an user-defined struct.
type ExchangeOrder struct {
	Maker      common.Address
	Sell       common.Address
	SellAmount *big.Int
	Buy        common.Address
	BuyAmount  *big.Int
	Taker      common.Address
	Expiry     uint64
	Salt       *big.Int
}

// EscrowMetaData contains all meta data concerning the Escrow contract.
var EscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAttesters\",\"name\":\"platforms\",\"type\":\"address\"},{\"internalType\":\"contractExchange\",\"name\":\"exchange_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latest\",\"type\":\"uint256\"}],\"name\":\"BadDeadline\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchNotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"}],\"name\":\"InactiveDestination\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"NotAttester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"NotConvertible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"NotLocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToLock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"enumEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structEscrow.Transfer\",\"name\":\"transfer\",\"type\":\"tuple\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"name\":\"Rejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"}],\"name\":\"Released\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACCEPT_CONVERTED_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ACCEPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WAIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REJECT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"order\",\"type\":\"bytes32\"}],\"name\":\"acceptConvertedDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"acceptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exchange\",\"outputs\":[{\"internalType\":\"contractExchange\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"lockERC20\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"enumEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIAttesters\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"enumEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"rejection\",\"type\":\"bytes\"}],\"name\":\"reject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"name\":\"rejectDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"enumEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"acceptance\",\"type\":\"bytes\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"enumEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structEscrow.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sell\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sellAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buy\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"buyAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"taker\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"internalType\":\"structExchange.Order\",\"name\":\"o\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"orderSignature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"acceptance\",\"type\":\"bytes\"}],\"name\":\"releaseConverted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"stateOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Escrow",
	Bin: "0x6101a0604052348015610010575f5ffd5b5060405161255a38038061255a83398101604081905261002f916101cf565b6040518060400160405280600b81526020016a6d69666d20457363726f7760a81b815250604051806040016040528060018152602001603160f81b81525061007c8261017260201b60201c565b6101205261008981610172565b61014052815160208084019190912060e052815190820120610100524660a05261011560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038216158061013b57506001600160a01b038116155b156101595760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03918216610160521661018052610262565b5f5f829050601f815111156101a5578260405163305a27a960e01b815260040161019c9190610207565b60405180910390fd5b80516101b08261023c565b179392505050565b6001600160a01b03811681146101cc575f5ffd5b50565b5f5f604083850312156101e0575f5ffd5b82516101eb816101b8565b60208401519092506101fc816101b8565b809150509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561025c575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516122776102e35f395f818161031801528181610ac201528181610bfb0152610c4101525f81816102370152610e0801525f6112d601525f6112a601525f61156801525f61154001525f61149b01525f6114c501525f6114ef01526122775ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c8063bc197c81116100a9578063d59d3c081161006e578063d59d3c081461033a578063e3eb21231461034d578063e52114ec14610360578063f23a6e6114610373578063fbff457e14610386575f5ffd5b8063bc197c811461029f578063bcfffbe6146102b2578063be965442146102d9578063d2bc24d1146102ec578063d2f7265a14610313575f5ffd5b8063683b8f62116100ef578063683b8f62146101fd5780636c9cee3b146102105780637b1039991461023257806384b0196e14610271578063a47aacb41461028c575f5ffd5b806301ffc9a71461012b578063150b7a021461015357806329a0d82a1461017f5780635621caa81461019457806364482ac4146101c9575b5f5ffd5b61013e6101393660046118c1565b610399565b60405190151581526020015b60405180910390f35b610166610161366004611950565b6103cf565b6040516001600160e01b0319909116815260200161014a565b61019261018d3660046119d4565b61040e565b005b6101bb7f59b7ae8fa855f8826fcee79d5c2acf881dcf18f8529f85e9b48e4d8b0faf2d1581565b60405190815260200161014a565b6101eb6101d7366004611a25565b5f9081526002602052604090205460ff1690565b60405160ff909116815260200161014a565b61019261020b366004611a4d565b610569565b61021a62278d0081565b6040516001600160401b03909116815260200161014a565b6102597f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161014a565b61027961066a565b60405161014a9796959493929190611adb565b61019261029a366004611b71565b6106ac565b6101666102ad366004611bcc565b610785565b6101bb7f01905a3f03f1233eb1bc70a75da847f12d15823d6a787b4f39f9396d7c8290fc81565b6101bb6102e7366004611a25565b61079f565b6101bb7f39cb4f097dac7eae127f239f2f9bce9501743ac96f310886b5968b54eb24fabc81565b6102597f000000000000000000000000000000000000000000000000000000000000000081565b6101bb610348366004611c8c565b6107f4565b6101bb61035b366004611cac565b610840565b6101bb61036e366004611cd6565b610888565b610166610381366004611d1c565b6109a8565b610192610394366004611d92565b6109e3565b5f6001600160e01b03198216630271189760e51b14806103c957506001600160e01b031982166301ffc9a760e01b145b92915050565b5f6103d8610cfc565b6103f26001338682896103ed888a018a611e2a565b610d33565b50630a85bd0160e11b9050610405611011565b95945050505050565b610416610cfc565b5f6104208461103b565b905061043461012085016101008601611ea8565b6001600160401b0316421115610487578061045761012086016101008701611ea8565b604051637fa0676960e01b815260048101929092526001600160401b031660248201526044015b60405180910390fd5b604080517f39cb4f097dac7eae127f239f2f9bce9501743ac96f310886b5968b54eb24fabc60208201529081018290526104f090829060600160408051601f19818403018152919052805160209091012085856104eb6101008a0160e08b01611ec1565b6110ba565b61050060c0850160a08601611ec1565b6040513381526001600160a01b03919091169082907f68995e965dfcf4c54a35d8dcb69e7aa1b811213dc3c6ce175410e7ac4643c2919060200160405180910390a361055b8461055660c0820160a08301611ec1565b611150565b50610564611011565b505050565b610571610cfc565b5f61057b8561103b565b604080517f59b7ae8fa855f8826fcee79d5c2acf881dcf18f8529f85e9b48e4d8b0faf2d15602082015290810182905261ffff861660608201529091506105ec90829060800160408051601f19818403018152919052805160209091012085856104eb6101008b0160e08c01611ec1565b6105fc60a0860160808701611ec1565b6001600160a01b0316817f093e5dcef5d9b22676b7bbb5c22096a12cbc4cd5163e33c9795ec9ac55abfecf8660405161063f919061ffff91909116815260200190565b60405180910390a361065b8561055660a0820160808301611ec1565b50610664611011565b50505050565b5f6060805f5f5f606061067b61129f565b6106836112cf565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6106b4610cfc565b5f6106be8261103b565b90506106d261012083016101008401611ea8565b6001600160401b0316421161071f57806106f461012084016101008501611ea8565b60405163de18df3d60e01b815260048101929092526001600160401b0316602482015260440161047e565b61072f60a0830160808401611ec1565b6001600160a01b0316817f5e9f0820fcfb53b644becb775b651bae68c337106f21433e526551d1e02c1c0e60405160405180910390a36107798261055660a0820160808301611ec1565b50610782611011565b50565b5f6040516305fbc73960e01b815260040160405180910390fd5b604080517f39cb4f097dac7eae127f239f2f9bce9501743ac96f310886b5968b54eb24fabc60208201529081018290525f906103c9906060015b604051602081830303815290604052805190602001206112fa565b604080517f01905a3f03f1233eb1bc70a75da847f12d15823d6a787b4f39f9396d7c8290fc6020820152908101839052606081018290525f90610839906080016107d9565b9392505050565b604080517f59b7ae8fa855f8826fcee79d5c2acf881dcf18f8529f85e9b48e4d8b0faf2d15602082015290810183905261ffff821660608201525f90610839906080016107d9565b5f610891610cfc565b6040516370a0823160e01b81523060048201525f906001600160a01b038616906370a0823190602401602060405180830381865afa1580156108d5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108f99190611edc565b90506109106001600160a01b038616333087611326565b6040516370a0823160e01b815230600482015261099d9060039087905f9085906001600160a01b038416906370a0823190602401602060405180830381865afa15801561095f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109839190611edc565b61098d9190611f07565b336103ed368a90038a018a611e2a565b915050610839611011565b5f6109b1610cfc565b6109c660023387878a6103ed888a018a611e2a565b5063f23a6e6160e01b90506109d9611011565b9695505050505050565b6109eb610cfc565b5f6109f58761103b565b90506003610a066020890189611f3c565b6003811115610a1757610a17611f1a565b141580610a545750610a2f6040880160208901611ec1565b6001600160a01b0316610a486080880160608901611ec1565b6001600160a01b031614155b15610a745760405162db176f60e11b81526004810182905260240161047e565b610a8661012088016101008901611ea8565b6001600160401b0316421115610aa9578061045761012089016101008a01611ea8565b604051636b49737760e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636b49737790610af7908a90600401611ff4565b602060405180830381865afa158015610b12573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b369190611edc565b604080517f01905a3f03f1233eb1bc70a75da847f12d15823d6a787b4f39f9396d7c8290fc602082015290810184905260608101829052909150610ba490839060800160408051601f19818403018152919052805160209091012086866104eb6101008e0160e08f01611ec1565b610bb460c0890160a08a01611ec1565b6040513381526001600160a01b03919091169083907f68995e965dfcf4c54a35d8dcb69e7aa1b811213dc3c6ce175410e7ac4643c2919060200160405180910390a3610c3f7f000000000000000000000000000000000000000000000000000000000000000060608a0135610c2f60408c0160208d01611ec1565b6001600160a01b0316919061135c565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663586654e78888888c606001358d60a0016020810190610c899190611ec1565b6040518663ffffffff1660e01b8152600401610ca9959493929190612003565b6020604051808303815f875af1158015610cc5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ce99190611edc565b505050610cf4611011565b505050505050565b610d046113d6565b610d3160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611416565b565b5f835f03610d545760405163977657db60e01b815260040160405180910390fd5b81516001600160a01b0316610d7c5760405163d92e233d60e01b815260040160405180910390fd5b5f610d8a62278d0042612060565b90504283604001516001600160401b0316111580610db457508083604001516001600160401b0316115b15610dea57604080840151905163810be31560e01b81526001600160401b0390911660048201526024810182905260440161047e565b60208301516040516372ef5fbb60e11b81525f916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163e5debf7691610e3f9160040190815260200190565b602060405180830381865afa158015610e5a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e7e9190612073565b90506001600160a01b038116610eaf57836020015160405163aca9eed760e01b815260040161047e91815260200190565b5f6040518061014001604052808b6003811115610ece57610ece611f1a565b81526020018a6001600160a01b03168152602001898152602001888152602001876001600160a01b03168152602001865f01516001600160a01b0316815260200186602001518152602001836001600160a01b0316815260200186604001516001600160401b031681526020018660600151815250905080604051602001610f5691906120ae565b60408051601f1981840301815291815281516020928301205f818152600290935291205490945060ff1615610fa157604051636489019160e01b81526004810185905260240161047e565b5f84815260026020908152604091829020805460ff1916600117905586015190516001600160a01b0388169086907f38b7437d862940db304565b8f3e7e80b2a891e7918fc343748f4b04ea8d28c7990610ffc9086906120ae565b60405180910390a45050509695505050505050565b610d315f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610d2b565b5f8160405160200161104d9190612177565b60408051601f1981840301815291815281516020928301205f818152600290935291205490915060ff1660011461109a5760405163e6b6c16f60e01b81526004810182905260240161047e565b5f818152600260208190526040909120805460ff19169091179055919050565b5f6111026110c7866112fa565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061141d92505050565b9050816001600160a01b0316816001600160a01b031614610cf4576040516315c420d360e01b8152600481018790526001600160a01b0380831660248301528316604482015260640161047e565b600161115f6020840184611f3c565b600381111561117057611170611f1a565b036111e8576111856040830160208401611ec1565b604080516323b872dd60e01b81523060048201526001600160a01b0384811660248301529185013560448201529116906323b872dd906064015b5f604051808303815f87803b1580156111d6575f5ffd5b505af1158015610cf4573d5f5f3e3d5ffd5b60026111f76020840184611f3c565b600381111561120857611208611f1a565b036112725761121d6040830160208401611ec1565b60408051637921219560e11b81523060048201526001600160a01b0384811660248301529185013560448201526060850135606482015260a060848201525f60a482015291169063f242432a9060c4016111bf565b61129b81606084013561128b6040860160208701611ec1565b6001600160a01b03169190611445565b5050565b60606112ca7f0000000000000000000000000000000000000000000000000000000000000000611452565b905090565b60606112ca7f0000000000000000000000000000000000000000000000000000000000000000611452565b5f6103c961130661148f565b8360405161190160f01b8152600281019290925260228201526042902090565b6113348484848460016115b8565b61066457604051635274afe760e01b81526001600160a01b038516600482015260240161047e565b6113688383835f611625565b6105645761137983835f6001611625565b6113a157604051635274afe760e01b81526001600160a01b038416600482015260240161047e565b6113ae8383836001611625565b61056457604051635274afe760e01b81526001600160a01b038416600482015260240161047e565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610d3157604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f5f5f5f61142b8686611687565b92509250925061143b82826116d0565b5090949350505050565b6113ae8383836001611788565b60605f61145e836117d2565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156114e757507f000000000000000000000000000000000000000000000000000000000000000046145b1561151157507f000000000000000000000000000000000000000000000000000000000000000090565b6112ca604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611614578383151615611608573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661167b57838315161561166f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f5f5f83516041036116be576020840151604085015160608601515f1a6116b0888285856117f9565b9550955095505050506116c9565b505081515f91506002905b9250925092565b5f8260038111156116e3576116e3611f1a565b036116ec575050565b600182600381111561170057611700611f1a565b0361171e5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561173257611732611f1a565b036117535760405163fce698f760e01b81526004810182905260240161047e565b600382600381111561176757611767611f1a565b0361129b576040516335e2f38360e21b81526004810182905260240161047e565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661167b57838315161561166f573d5f823e3d81fd5b5f60ff8216601f8111156103c957604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561183257505f915060039050826118b7565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611883573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166118ae57505f9250600191508290506118b7565b92505f91508190505b9450945094915050565b5f602082840312156118d1575f5ffd5b81356001600160e01b031981168114610839575f5ffd5b6001600160a01b0381168114610782575f5ffd5b8035611907816118e8565b919050565b5f5f83601f84011261191c575f5ffd5b5081356001600160401b03811115611932575f5ffd5b602083019150836020828501011115611949575f5ffd5b9250929050565b5f5f5f5f5f60808688031215611964575f5ffd5b853561196f816118e8565b9450602086013561197f816118e8565b93506040860135925060608601356001600160401b038111156119a0575f5ffd5b6119ac8882890161190c565b969995985093965092949392505050565b5f61014082840312156119ce575f5ffd5b50919050565b5f5f5f61016084860312156119e7575f5ffd5b6119f185856119bd565b92506101408401356001600160401b03811115611a0c575f5ffd5b611a188682870161190c565b9497909650939450505050565b5f60208284031215611a35575f5ffd5b5035919050565b803561ffff81168114611907575f5ffd5b5f5f5f5f6101808587031215611a61575f5ffd5b611a6b86866119bd565b9350611a7a6101408601611a3c565b92506101608501356001600160401b03811115611a95575f5ffd5b611aa18782880161190c565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f611af960e0830189611aad565b8281036040840152611b0b8189611aad565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611b60578351835260209384019390920191600101611b42565b50909b9a5050505050505050505050565b5f6101408284031215611b82575f5ffd5b61083983836119bd565b5f5f83601f840112611b9c575f5ffd5b5081356001600160401b03811115611bb2575f5ffd5b6020830191508360208260051b8501011115611949575f5ffd5b5f5f5f5f5f5f5f5f60a0898b031215611be3575f5ffd5b8835611bee816118e8565b97506020890135611bfe816118e8565b965060408901356001600160401b03811115611c18575f5ffd5b611c248b828c01611b8c565b90975095505060608901356001600160401b03811115611c42575f5ffd5b611c4e8b828c01611b8c565b90955093505060808901356001600160401b03811115611c6c575f5ffd5b611c788b828c0161190c565b999c989b5096995094979396929594505050565b5f5f60408385031215611c9d575f5ffd5b50508035926020909101359150565b5f5f60408385031215611cbd575f5ffd5b82359150611ccd60208401611a3c565b90509250929050565b5f5f5f83850360c0811215611ce9575f5ffd5b8435611cf4816118e8565b9350602085013592506080603f1982011215611d0e575f5ffd5b506040840190509250925092565b5f5f5f5f5f5f60a08789031215611d31575f5ffd5b8635611d3c816118e8565b95506020870135611d4c816118e8565b9450604087013593506060870135925060808701356001600160401b03811115611d74575f5ffd5b611d8089828a0161190c565b979a9699509497509295939492505050565b5f5f5f5f5f5f868803610280811215611da9575f5ffd5b611db389896119bd565b965061010061013f1982011215611dc8575f5ffd5b50610140870194506102408701356001600160401b03811115611de9575f5ffd5b611df589828a0161190c565b9095509350506102608701356001600160401b03811115611d74575f5ffd5b80356001600160401b0381168114611907575f5ffd5b5f6080828403128015611e3b575f5ffd5b50604051608081016001600160401b0381118282101715611e6a57634e487b7160e01b5f52604160045260245ffd5b6040528235611e78816118e8565b815260208381013590820152611e9060408401611e14565b60408201526060928301359281019290925250919050565b5f60208284031215611eb8575f5ffd5b61083982611e14565b5f60208284031215611ed1575f5ffd5b8135610839816118e8565b5f60208284031215611eec575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103c9576103c9611ef3565b634e487b7160e01b5f52602160045260245ffd5b803560048110611907575f5ffd5b5f60208284031215611f4c575f5ffd5b61083982611f2e565b8035611f60816118e8565b6001600160a01b031682526020810135611f79816118e8565b6001600160a01b0316602083015260408181013590830152611f9d606082016118fc565b6001600160a01b0316606083015260808181013590830152611fc160a082016118fc565b6001600160a01b031660a0830152611fdb60c08201611e14565b6001600160401b031660c083015260e090810135910152565b61010081016103c98284611f55565b61200d8187611f55565b6101606101008201528361016082015283856101808301375f6101808583018101919091526101208201939093526001600160a01b0391909116610140820152601f909201601f19169091010192915050565b808201808211156103c9576103c9611ef3565b5f60208284031215612083575f5ffd5b8151610839816118e8565b600481106120aa57634e487b7160e01b5f52602160045260245ffd5b9052565b5f610140820190506120c182845161208e565b60208301516120db60208401826001600160a01b03169052565b506040830151604083015260608301516060830152608083015161210a60808401826001600160a01b03169052565b5060a083015161212560a08401826001600160a01b03169052565b5060c083015160c083015260e083015161214a60e08401826001600160a01b03169052565b506101008301516121676101008401826001600160401b03169052565b5061012092830151919092015290565b610140810161218e8261218985611f2e565b61208e565b61219a602084016118fc565b6001600160a01b0316602083015260408381013590830152606080840135908301526121c8608084016118fc565b6001600160a01b031660808301526121e260a084016118fc565b6001600160a01b031660a083015260c0838101359083015261220660e084016118fc565b6001600160a01b031660e08301526122216101008401611e14565b6001600160401b038116610100840152506101209283013591909201529056fea2646970667358221220e4642a84c4645b046ed323028098c36c80b593394f539eaa61b46c8c1df9ae2b64736f6c63430008250033",
}

// Escrow is an auto generated Go binding around an Ethereum contract.
type Escrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Escrow) GetABI() abi.ABI {
	return c.abi
}

// NewEscrow creates a new instance of Escrow.
func NewEscrow() *Escrow {
	parsed, err := EscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Escrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Escrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address platforms, address exchange_) returns()
func (escrow *Escrow) PackConstructor(platforms common.Address, exchange_ common.Address) []byte {
	enc, err := escrow.abi.Pack("", platforms, exchange_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackACCEPTCONVERTEDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcfffbe6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ACCEPT_CONVERTED_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackACCEPTCONVERTEDTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("ACCEPT_CONVERTED_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackACCEPTCONVERTEDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcfffbe6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ACCEPT_CONVERTED_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackACCEPTCONVERTEDTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("ACCEPT_CONVERTED_TYPEHASH")
}

// UnpackACCEPTCONVERTEDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcfffbe6.
//
// Solidity: function ACCEPT_CONVERTED_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackACCEPTCONVERTEDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("ACCEPT_CONVERTED_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackACCEPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2bc24d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ACCEPT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackACCEPTTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("ACCEPT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackACCEPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2bc24d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ACCEPT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackACCEPTTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("ACCEPT_TYPEHASH")
}

// UnpackACCEPTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2bc24d1.
//
// Solidity: function ACCEPT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackACCEPTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("ACCEPT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXWAIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c9cee3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WAIT() view returns(uint64)
func (escrow *Escrow) PackMAXWAIT() []byte {
	enc, err := escrow.abi.Pack("MAX_WAIT")
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
func (escrow *Escrow) TryPackMAXWAIT() ([]byte, error) {
	return escrow.abi.Pack("MAX_WAIT")
}

// UnpackMAXWAIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c9cee3b.
//
// Solidity: function MAX_WAIT() view returns(uint64)
func (escrow *Escrow) UnpackMAXWAIT(data []byte) (uint64, error) {
	out, err := escrow.abi.Unpack("MAX_WAIT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackREJECTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5621caa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REJECT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackREJECTTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("REJECT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREJECTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5621caa8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REJECT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackREJECTTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("REJECT_TYPEHASH")
}

// UnpackREJECTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5621caa8.
//
// Solidity: function REJECT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackREJECTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("REJECT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptConvertedDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd59d3c08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptConvertedDigest(bytes32 transferId, bytes32 order) view returns(bytes32)
func (escrow *Escrow) PackAcceptConvertedDigest(transferId [32]byte, order [32]byte) []byte {
	enc, err := escrow.abi.Pack("acceptConvertedDigest", transferId, order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptConvertedDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd59d3c08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptConvertedDigest(bytes32 transferId, bytes32 order) view returns(bytes32)
func (escrow *Escrow) TryPackAcceptConvertedDigest(transferId [32]byte, order [32]byte) ([]byte, error) {
	return escrow.abi.Pack("acceptConvertedDigest", transferId, order)
}

// UnpackAcceptConvertedDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd59d3c08.
//
// Solidity: function acceptConvertedDigest(bytes32 transferId, bytes32 order) view returns(bytes32)
func (escrow *Escrow) UnpackAcceptConvertedDigest(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("acceptConvertedDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe965442.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDigest(bytes32 transferId) view returns(bytes32)
func (escrow *Escrow) PackAcceptDigest(transferId [32]byte) []byte {
	enc, err := escrow.abi.Pack("acceptDigest", transferId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe965442.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDigest(bytes32 transferId) view returns(bytes32)
func (escrow *Escrow) TryPackAcceptDigest(transferId [32]byte) ([]byte, error) {
	return escrow.abi.Pack("acceptDigest", transferId)
}

// UnpackAcceptDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe965442.
//
// Solidity: function acceptDigest(bytes32 transferId) view returns(bytes32)
func (escrow *Escrow) UnpackAcceptDigest(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("acceptDigest", data)
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
func (escrow *Escrow) PackEip712Domain() []byte {
	enc, err := escrow.abi.Pack("eip712Domain")
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
func (escrow *Escrow) TryPackEip712Domain() ([]byte, error) {
	return escrow.abi.Pack("eip712Domain")
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
func (escrow *Escrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := escrow.abi.Unpack("eip712Domain", data)
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

// PackExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2f7265a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exchange() view returns(address)
func (escrow *Escrow) PackExchange() []byte {
	enc, err := escrow.abi.Pack("exchange")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2f7265a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exchange() view returns(address)
func (escrow *Escrow) TryPackExchange() ([]byte, error) {
	return escrow.abi.Pack("exchange")
}

// UnpackExchange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2f7265a.
//
// Solidity: function exchange() view returns(address)
func (escrow *Escrow) UnpackExchange(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("exchange", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLockERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe52114ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockERC20(address token, uint256 amount, (address,bytes32,uint64,bytes32) terms) returns(bytes32 transferId)
func (escrow *Escrow) PackLockERC20(token common.Address, amount *big.Int, terms EscrowTerms) []byte {
	enc, err := escrow.abi.Pack("lockERC20", token, amount, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe52114ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockERC20(address token, uint256 amount, (address,bytes32,uint64,bytes32) terms) returns(bytes32 transferId)
func (escrow *Escrow) TryPackLockERC20(token common.Address, amount *big.Int, terms EscrowTerms) ([]byte, error) {
	return escrow.abi.Pack("lockERC20", token, amount, terms)
}

// UnpackLockERC20 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe52114ec.
//
// Solidity: function lockERC20(address token, uint256 amount, (address,bytes32,uint64,bytes32) terms) returns(bytes32 transferId)
func (escrow *Escrow) UnpackLockERC20(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("lockERC20", data)
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
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (escrow *Escrow) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := escrow.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (escrow *Escrow) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return escrow.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (escrow *Escrow) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := escrow.abi.Unpack("onERC1155BatchReceived", data)
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
func (escrow *Escrow) PackOnERC1155Received(arg0 common.Address, from common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := escrow.abi.Pack("onERC1155Received", arg0, from, id, value, data)
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
func (escrow *Escrow) TryPackOnERC1155Received(arg0 common.Address, from common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return escrow.abi.Pack("onERC1155Received", arg0, from, id, value, data)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address from, uint256 id, uint256 value, bytes data) returns(bytes4)
func (escrow *Escrow) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := escrow.abi.Unpack("onERC1155Received", data)
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
func (escrow *Escrow) PackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := escrow.abi.Pack("onERC721Received", arg0, from, tokenId, data)
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
func (escrow *Escrow) TryPackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return escrow.abi.Pack("onERC721Received", arg0, from, tokenId, data)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes data) returns(bytes4)
func (escrow *Escrow) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := escrow.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa47aacb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32) t) returns()
func (escrow *Escrow) PackRefund(t EscrowTransfer) []byte {
	enc, err := escrow.abi.Pack("refund", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa47aacb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32) t) returns()
func (escrow *Escrow) TryPackRefund(t EscrowTransfer) ([]byte, error) {
	return escrow.abi.Pack("refund", t)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (escrow *Escrow) PackRegistry() []byte {
	enc, err := escrow.abi.Pack("registry")
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
func (escrow *Escrow) TryPackRegistry() ([]byte, error) {
	return escrow.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (escrow *Escrow) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x683b8f62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reject((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32) t, uint16 reason, bytes rejection) returns()
func (escrow *Escrow) PackReject(t EscrowTransfer, reason uint16, rejection []byte) []byte {
	enc, err := escrow.abi.Pack("reject", t, reason, rejection)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x683b8f62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reject((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32) t, uint16 reason, bytes rejection) returns()
func (escrow *Escrow) TryPackReject(t EscrowTransfer, reason uint16, rejection []byte) ([]byte, error) {
	return escrow.abi.Pack("reject", t, reason, rejection)
}

// PackRejectDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3eb2123.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectDigest(bytes32 transferId, uint16 reason) view returns(bytes32)
func (escrow *Escrow) PackRejectDigest(transferId [32]byte, reason uint16) []byte {
	enc, err := escrow.abi.Pack("rejectDigest", transferId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3eb2123.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectDigest(bytes32 transferId, uint16 reason) view returns(bytes32)
func (escrow *Escrow) TryPackRejectDigest(transferId [32]byte, reason uint16) ([]byte, error) {
	return escrow.abi.Pack("rejectDigest", transferId, reason)
}

// UnpackRejectDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3eb2123.
//
// Solidity: function rejectDigest(bytes32 transferId, uint16 reason) view returns(bytes32)
func (escrow *Escrow) UnpackRejectDigest(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("rejectDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29a0d82a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32) t, bytes acceptance) returns()
func (escrow *Escrow) PackRelease(t EscrowTransfer, acceptance []byte) []byte {
	enc, err := escrow.abi.Pack("release", t, acceptance)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29a0d82a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32) t, bytes acceptance) returns()
func (escrow *Escrow) TryPackRelease(t EscrowTransfer, acceptance []byte) ([]byte, error) {
	return escrow.abi.Pack("release", t, acceptance)
}

// PackReleaseConverted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbff457e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseConverted((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32) t, (address,address,uint256,address,uint256,address,uint64,uint256) o, bytes orderSignature, bytes acceptance) returns()
func (escrow *Escrow) PackReleaseConverted(t EscrowTransfer, o ExchangeOrder, orderSignature []byte, acceptance []byte) []byte {
	enc, err := escrow.abi.Pack("releaseConverted", t, o, orderSignature, acceptance)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseConverted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbff457e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseConverted((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32) t, (address,address,uint256,address,uint256,address,uint64,uint256) o, bytes orderSignature, bytes acceptance) returns()
func (escrow *Escrow) TryPackReleaseConverted(t EscrowTransfer, o ExchangeOrder, orderSignature []byte, acceptance []byte) ([]byte, error) {
	return escrow.abi.Pack("releaseConverted", t, o, orderSignature, acceptance)
}

// PackStateOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64482ac4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateOf(bytes32 transferId) view returns(uint8)
func (escrow *Escrow) PackStateOf(transferId [32]byte) []byte {
	enc, err := escrow.abi.Pack("stateOf", transferId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64482ac4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateOf(bytes32 transferId) view returns(uint8)
func (escrow *Escrow) TryPackStateOf(transferId [32]byte) ([]byte, error) {
	return escrow.abi.Pack("stateOf", transferId)
}

// UnpackStateOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64482ac4.
//
// Solidity: function stateOf(bytes32 transferId) view returns(uint8)
func (escrow *Escrow) UnpackStateOf(data []byte) (uint8, error) {
	out, err := escrow.abi.Unpack("stateOf", data)
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
func (escrow *Escrow) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := escrow.abi.Pack("supportsInterface", interfaceId)
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
func (escrow *Escrow) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return escrow.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (escrow *Escrow) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := escrow.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// EscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the Escrow contract.
type EscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const EscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (EscrowEIP712DomainChanged) ContractEventName() string {
	return EscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (escrow *Escrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*EscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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

// EscrowLocked represents a Locked event raised by the Escrow contract.
type EscrowLocked struct {
	TransferId  [32]byte
	Depositor   common.Address
	Destination [32]byte
	Transfer    EscrowTransfer
	Raw         *types.Log // Blockchain specific contextual infos
}

const EscrowLockedEventName = "Locked"

// ContractEventName returns the user-defined event name.
func (EscrowLocked) ContractEventName() string {
	return EscrowLockedEventName
}

// UnpackLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Locked(bytes32 indexed transferId, address indexed depositor, bytes32 indexed destination, (uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32) transfer)
func (escrow *Escrow) UnpackLockedEvent(log *types.Log) (*EscrowLocked, error) {
	event := "Locked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowLocked)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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

// EscrowRefunded represents a Refunded event raised by the Escrow contract.
type EscrowRefunded struct {
	TransferId [32]byte
	Depositor  common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (EscrowRefunded) ContractEventName() string {
	return EscrowRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(bytes32 indexed transferId, address indexed depositor)
func (escrow *Escrow) UnpackRefundedEvent(log *types.Log) (*EscrowRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowRefunded)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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

// EscrowRejected represents a Rejected event raised by the Escrow contract.
type EscrowRejected struct {
	TransferId [32]byte
	Depositor  common.Address
	Reason     uint16
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowRejectedEventName = "Rejected"

// ContractEventName returns the user-defined event name.
func (EscrowRejected) ContractEventName() string {
	return EscrowRejectedEventName
}

// UnpackRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Rejected(bytes32 indexed transferId, address indexed depositor, uint16 reason)
func (escrow *Escrow) UnpackRejectedEvent(log *types.Log) (*EscrowRejected, error) {
	event := "Rejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowRejected)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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

// EscrowReleased represents a Released event raised by the Escrow contract.
type EscrowReleased struct {
	TransferId [32]byte
	Recipient  common.Address
	Submitter  common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (EscrowReleased) ContractEventName() string {
	return EscrowReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(bytes32 indexed transferId, address indexed recipient, address submitter)
func (escrow *Escrow) UnpackReleasedEvent(log *types.Log) (*EscrowReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowReleased)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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
func (escrow *Escrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], escrow.abi.Errors["AlreadyLocked"].ID.Bytes()[:4]) {
		return escrow.UnpackAlreadyLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BadDeadline"].ID.Bytes()[:4]) {
		return escrow.UnpackBadDeadlineError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BatchNotSupported"].ID.Bytes()[:4]) {
		return escrow.UnpackBatchNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return escrow.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return escrow.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return escrow.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return escrow.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return escrow.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["InactiveDestination"].ID.Bytes()[:4]) {
		return escrow.UnpackInactiveDestinationError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return escrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NotAttester"].ID.Bytes()[:4]) {
		return escrow.UnpackNotAttesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NotConvertible"].ID.Bytes()[:4]) {
		return escrow.UnpackNotConvertibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NotLocked"].ID.Bytes()[:4]) {
		return escrow.UnpackNotLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NothingToLock"].ID.Bytes()[:4]) {
		return escrow.UnpackNothingToLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return escrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return escrow.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return escrow.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return escrow.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EscrowAlreadyLocked represents a AlreadyLocked error raised by the Escrow contract.
type EscrowAlreadyLocked struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyLocked(bytes32 transferId)
func EscrowAlreadyLockedErrorID() common.Hash {
	return common.HexToHash("0x648901919432df8dd20fbe8176f5d729804c733b276781a6acffd56c3d2c481b")
}

// UnpackAlreadyLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyLocked(bytes32 transferId)
func (escrow *Escrow) UnpackAlreadyLockedError(raw []byte) (*EscrowAlreadyLocked, error) {
	out := new(EscrowAlreadyLocked)
	if err := escrow.abi.UnpackIntoInterface(out, "AlreadyLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowBadDeadline represents a BadDeadline error raised by the Escrow contract.
type EscrowBadDeadline struct {
	Deadline uint64
	Latest   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDeadline(uint64 deadline, uint256 latest)
func EscrowBadDeadlineErrorID() common.Hash {
	return common.HexToHash("0x810be315d6134f8799984a0c6763e0e4783eb825df810e99b464d68f05decd42")
}

// UnpackBadDeadlineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDeadline(uint64 deadline, uint256 latest)
func (escrow *Escrow) UnpackBadDeadlineError(raw []byte) (*EscrowBadDeadline, error) {
	out := new(EscrowBadDeadline)
	if err := escrow.abi.UnpackIntoInterface(out, "BadDeadline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowBatchNotSupported represents a BatchNotSupported error raised by the Escrow contract.
type EscrowBatchNotSupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotSupported()
func EscrowBatchNotSupportedErrorID() common.Hash {
	return common.HexToHash("0x05fbc739a03914d77e59a248b98b57334e9ac84b08260ed188719af638630197")
}

// UnpackBatchNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotSupported()
func (escrow *Escrow) UnpackBatchNotSupportedError(raw []byte) (*EscrowBatchNotSupported, error) {
	out := new(EscrowBatchNotSupported)
	if err := escrow.abi.UnpackIntoInterface(out, "BatchNotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDeadlineNotReached represents a DeadlineNotReached error raised by the Escrow contract.
type EscrowDeadlineNotReached struct {
	TransferId [32]byte
	Deadline   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(bytes32 transferId, uint64 deadline)
func EscrowDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xde18df3d56200b0ac12a79421672e1c956230883ed4900b44dddc0d1bdd18fd9")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(bytes32 transferId, uint64 deadline)
func (escrow *Escrow) UnpackDeadlineNotReachedError(raw []byte) (*EscrowDeadlineNotReached, error) {
	out := new(EscrowDeadlineNotReached)
	if err := escrow.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDeadlinePassed represents a DeadlinePassed error raised by the Escrow contract.
type EscrowDeadlinePassed struct {
	TransferId [32]byte
	Deadline   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(bytes32 transferId, uint64 deadline)
func EscrowDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x7fa0676986e96df6df7f0cfd5fe9b021f5a9683273c3f282474726464dbe9f8f")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(bytes32 transferId, uint64 deadline)
func (escrow *Escrow) UnpackDeadlinePassedError(raw []byte) (*EscrowDeadlinePassed, error) {
	out := new(EscrowDeadlinePassed)
	if err := escrow.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the Escrow contract.
type EscrowECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func EscrowECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (escrow *Escrow) UnpackECDSAInvalidSignatureError(raw []byte) (*EscrowECDSAInvalidSignature, error) {
	out := new(EscrowECDSAInvalidSignature)
	if err := escrow.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the Escrow contract.
type EscrowECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func EscrowECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (escrow *Escrow) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*EscrowECDSAInvalidSignatureLength, error) {
	out := new(EscrowECDSAInvalidSignatureLength)
	if err := escrow.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the Escrow contract.
type EscrowECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func EscrowECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (escrow *Escrow) UnpackECDSAInvalidSignatureSError(raw []byte) (*EscrowECDSAInvalidSignatureS, error) {
	out := new(EscrowECDSAInvalidSignatureS)
	if err := escrow.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowInactiveDestination represents a InactiveDestination error raised by the Escrow contract.
type EscrowInactiveDestination struct {
	Destination [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InactiveDestination(bytes32 destination)
func EscrowInactiveDestinationErrorID() common.Hash {
	return common.HexToHash("0xaca9eed78909c6dad2ee4e57f463e946180b2c8c43029389cfdd7055753f7643")
}

// UnpackInactiveDestinationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InactiveDestination(bytes32 destination)
func (escrow *Escrow) UnpackInactiveDestinationError(raw []byte) (*EscrowInactiveDestination, error) {
	out := new(EscrowInactiveDestination)
	if err := escrow.abi.UnpackIntoInterface(out, "InactiveDestination", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowInvalidShortString represents a InvalidShortString error raised by the Escrow contract.
type EscrowInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func EscrowInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (escrow *Escrow) UnpackInvalidShortStringError(raw []byte) (*EscrowInvalidShortString, error) {
	out := new(EscrowInvalidShortString)
	if err := escrow.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNotAttester represents a NotAttester error raised by the Escrow contract.
type EscrowNotAttester struct {
	TransferId [32]byte
	Signer     common.Address
	Attester   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttester(bytes32 transferId, address signer, address attester)
func EscrowNotAttesterErrorID() common.Hash {
	return common.HexToHash("0x15c420d3180e45d0b115bd6023855afd37c58cfd1e59c9de4b28cc0846f72a37")
}

// UnpackNotAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttester(bytes32 transferId, address signer, address attester)
func (escrow *Escrow) UnpackNotAttesterError(raw []byte) (*EscrowNotAttester, error) {
	out := new(EscrowNotAttester)
	if err := escrow.abi.UnpackIntoInterface(out, "NotAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNotConvertible represents a NotConvertible error raised by the Escrow contract.
type EscrowNotConvertible struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotConvertible(bytes32 transferId)
func EscrowNotConvertibleErrorID() common.Hash {
	return common.HexToHash("0x01b62ededce3be873ba3b710056786f7b4546314aee7732de14a341690d20bed")
}

// UnpackNotConvertibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotConvertible(bytes32 transferId)
func (escrow *Escrow) UnpackNotConvertibleError(raw []byte) (*EscrowNotConvertible, error) {
	out := new(EscrowNotConvertible)
	if err := escrow.abi.UnpackIntoInterface(out, "NotConvertible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNotLocked represents a NotLocked error raised by the Escrow contract.
type EscrowNotLocked struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLocked(bytes32 transferId)
func EscrowNotLockedErrorID() common.Hash {
	return common.HexToHash("0xe6b6c16f9f3132bf12c90fc18d1b7c0ed31561ca037a6d4829467de0c0f148d5")
}

// UnpackNotLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLocked(bytes32 transferId)
func (escrow *Escrow) UnpackNotLockedError(raw []byte) (*EscrowNotLocked, error) {
	out := new(EscrowNotLocked)
	if err := escrow.abi.UnpackIntoInterface(out, "NotLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNothingToLock represents a NothingToLock error raised by the Escrow contract.
type EscrowNothingToLock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToLock()
func EscrowNothingToLockErrorID() common.Hash {
	return common.HexToHash("0x977657db4d9e92f307855cb5ff97185c2a4f0ddd929addefbb0cc2b7a5562a72")
}

// UnpackNothingToLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToLock()
func (escrow *Escrow) UnpackNothingToLockError(raw []byte) (*EscrowNothingToLock, error) {
	out := new(EscrowNothingToLock)
	if err := escrow.abi.UnpackIntoInterface(out, "NothingToLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Escrow contract.
type EscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func EscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (escrow *Escrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*EscrowReentrancyGuardReentrantCall, error) {
	out := new(EscrowReentrancyGuardReentrantCall)
	if err := escrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Escrow contract.
type EscrowSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func EscrowSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (escrow *Escrow) UnpackSafeERC20FailedOperationError(raw []byte) (*EscrowSafeERC20FailedOperation, error) {
	out := new(EscrowSafeERC20FailedOperation)
	if err := escrow.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowStringTooLong represents a StringTooLong error raised by the Escrow contract.
type EscrowStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func EscrowStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (escrow *Escrow) UnpackStringTooLongError(raw []byte) (*EscrowStringTooLong, error) {
	out := new(EscrowStringTooLong)
	if err := escrow.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowZeroAddress represents a ZeroAddress error raised by the Escrow contract.
type EscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func EscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (escrow *Escrow) UnpackZeroAddressError(raw []byte) (*EscrowZeroAddress, error) {
	out := new(EscrowZeroAddress)
	if err := escrow.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
