// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package exchange

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

// ExchangeMetaData contains all meta data concerning the Exchange contract.
var ExchangeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"BadOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMaker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"taker\",\"type\":\"address\"}],\"name\":\"NotTaker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"NothingToFill\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"Overfill\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"taker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sell\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"buy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Filled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ORDER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sell\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sellAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buy\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"buyAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"taker\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"internalType\":\"structExchange.Order\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sell\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sellAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buy\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"buyAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"taker\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"internalType\":\"structExchange.Order\",\"name\":\"o\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"fill\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sell\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sellAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buy\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"buyAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"taker\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"internalType\":\"structExchange.Order\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"orderHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"paid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"maker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sell\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sellAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buy\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"buyAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"taker\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"internalType\":\"structExchange.Order\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"remaining\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Exchange",
	Bin: "0x610160604052348015610010575f5ffd5b506040518060400160405280600d81526020016c6d69666d2045786368616e676560981b815250604051806040016040528060018152602001603160f81b8152506100608261010760201b60201c565b6101205261006d81610107565b61014052815160208084019190912060e052815190820120610100524660a0526100f960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101a8565b5f5f829050601f8151111561013a578260405163305a27a960e01b8152600401610131919061014d565b60405180910390fd5b805161014582610182565b179392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101a2575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161103c6101f95f395f61086001525f61083001525f610aae01525f610a8601525f6109e101525f610a0b01525f610a35015261103c5ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063add89bb211610058578063add89bb2146100d2578063bada4df6146100f1578063eac21bd514610106578063f973a20914610119575f5ffd5b8063586654e71461007e5780636b497377146100a457806384b0196e146100b7575b5f5ffd5b61009161008c366004610d0a565b610140565b6040519081526020015b60405180910390f35b6100916100b2366004610da7565b610319565b6100bf610371565b60405161009b9796959493929190610df0565b6100916100e0366004610e86565b60026020525f908152604090205481565b6101046100ff366004610da7565b6103b3565b005b610091610114366004610da7565b610460565b6100917f1299ff896d058a64b38fc1213a1d0b1be8ed146b22f2391a9e8b05ef8b1dad9681565b5f6101496104ce565b5f610155878787610505565b5f818152600260205260408120549192506080890135821015610185576101808260808b0135610eb1565b610187565b5f5b9050808611156101c0576040516317c3062160e21b81526004810184905260248101879052604481018290526064015b60405180910390fd5b6101d3868a604001358b608001356106e7565b9350835f036101f857604051632612f58760e21b8152600481018490526024016101b7565b6102028683610ec4565b5f848152600260209081526040909120919091553390610224908b018b610ed7565b6001600160a01b0316847f166d6b8c2a65bdac4aa43df6e88107b9fcc5014f817077dff676a2cced1d97ea888d60200160208101906102639190610ed7565b898f60600160208101906102779190610ed7565b604080516001600160a01b03958616815293851660208501528301919091529091166060820152608081018b905260a00160405180910390a46102e3336102c160208c018c610ed7565b886102d260808e0160608f01610ed7565b6001600160a01b0316929190610797565b6103056102f360208b018b610ed7565b86866102d260408e0160208f01610ed7565b5050506103106107d3565b95945050505050565b5f61036b7f1299ff896d058a64b38fc1213a1d0b1be8ed146b22f2391a9e8b05ef8b1dad9683604051602001610350929190610f07565b604051602081830303815290604052805190602001206107fd565b92915050565b5f6060805f5f5f6060610382610829565b61038a610859565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6103bd82610319565b90506103cc6020830183610ed7565b6001600160a01b0316336001600160a01b0316146104065760405163d8c22e9560e01b8152600481018290523360248201526044016101b7565b5f8181526002602090815260409091205f19905561042690830183610ed7565b6001600160a01b0316817f37f7fee84bd656bac1447df96e3014d8a7e8352e960e827b202efad2f908ecd360405160405180910390a35050565b5f61047160e0830160c08401610fc5565b67ffffffffffffffff1642111561048957505f919050565b5f60025f61049685610319565b81526020019081526020015f2054905082608001358110156104c5576104c0816080850135610eb1565b6104c7565b5f5b9392505050565b6104d6610884565b61050360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906108c4565b565b5f61050f84610319565b90506040840135158061052457506080840135155b8061055e575061053a6080850160608601610ed7565b6001600160a01b03166105536040860160208701610ed7565b6001600160a01b0316145b1561057f57604051634ab7fa7760e01b8152600481018290526024016101b7565b61058f60e0850160c08601610fc5565b67ffffffffffffffff164211156105dd57806105b160e0860160c08701610fc5565b604051634d13561d60e01b8152600481019290925267ffffffffffffffff1660248201526044016101b7565b5f6105ee60c0860160a08701610ed7565b6001600160a01b03161415801561061d57503361061160c0860160a08701610ed7565b6001600160a01b031614155b1561065e578061063360c0860160a08701610ed7565b604051634b6f1da560e01b815260048101929092526001600160a01b031660248201526044016101b7565b6106aa61066e6020860186610ed7565b8285858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506108cb92505050565b6104c757806106bc6020860186610ed7565b604051630724e35d60e51b815260048101929092526001600160a01b031660248201526044016101b7565b5f5f5f6106f4868661093b565b91509150815f036107185783818161070e5761070e610fde565b04925050506104c7565b81841161072f5761072f6003851502601118610957565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6107a5848484846001610968565b6107cd57604051635274afe760e01b81526001600160a01b03851660048201526024016101b7565b50505050565b6105035f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006104fd565b5f61036b6108096109d5565b8360405161190160f01b8152600281019290925260228201526042902090565b60606108547f0000000000000000000000000000000000000000000000000000000000000000610afe565b905090565b60606108547f0000000000000000000000000000000000000000000000000000000000000000610afe565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561050357604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f836001600160a01b03163b5f03610929575f5f6108e98585610b3b565b5090925090505f81600381111561090257610902610ff2565b1480156109205750856001600160a01b0316826001600160a01b0316145b925050506104c7565b610934848484610b84565b90506104c7565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166109c45783831516156109b8573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610a2d57507f000000000000000000000000000000000000000000000000000000000000000046145b15610a5757507f000000000000000000000000000000000000000000000000000000000000000090565b610854604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60605f610b0a83610be9565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f5f5f8351604103610b72576020840151604085015160608601515f1a610b6488828585610c10565b955095509550505050610b7d565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f60ff8216601f81111561036b57604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610c4957505f91506003905082610cce565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610c9a573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610cc557505f925060019150829050610cce565b92505f91508190505b9450945094915050565b5f6101008284031215610ce9575f5ffd5b50919050565b80356001600160a01b0381168114610d05575f5ffd5b919050565b5f5f5f5f5f6101608688031215610d1f575f5ffd5b610d298787610cd8565b945061010086013567ffffffffffffffff811115610d45575f5ffd5b8601601f81018813610d55575f5ffd5b803567ffffffffffffffff811115610d6b575f5ffd5b886020828401011115610d7c575f5ffd5b602091909101945092506101208601359150610d9b6101408701610cef565b90509295509295909350565b5f6101008284031215610db8575f5ffd5b6104c78383610cd8565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f610e0e60e0830189610dc2565b8281036040840152610e208189610dc2565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610e75578351835260209384019390920191600101610e57565b50909b9a5050505050505050505050565b5f60208284031215610e96575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561036b5761036b610e9d565b8082018082111561036b5761036b610e9d565b5f60208284031215610ee7575f5ffd5b6104c782610cef565b803567ffffffffffffffff81168114610d05575f5ffd5b82815261012081016001600160a01b03610f2084610cef565b16602083015260018060a01b03610f3960208501610cef565b166040838101919091528301356060808401919091526001600160a01b0390610f63908501610cef565b1660808301525f608084013590508060a084015250610f8460a08401610cef565b6001600160a01b03811660c084015250610fa060c08401610ef0565b67ffffffffffffffff811660e08401525060e092909201356101009190910152919050565b5f60208284031215610fd5575f5ffd5b6104c782610ef0565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220fe888f61bef63b525ba15f9aab0b563d57d2c885b5da2732a094ae667482372d64736f6c63430008250033",
}

// Exchange is an auto generated Go binding around an Ethereum contract.
type Exchange struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Exchange) GetABI() abi.ABI {
	return c.abi
}

// NewExchange creates a new instance of Exchange.
func NewExchange() *Exchange {
	parsed, err := ExchangeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Exchange{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Exchange) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackORDERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf973a209.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ORDER_TYPEHASH() view returns(bytes32)
func (exchange *Exchange) PackORDERTYPEHASH() []byte {
	enc, err := exchange.abi.Pack("ORDER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackORDERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf973a209.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ORDER_TYPEHASH() view returns(bytes32)
func (exchange *Exchange) TryPackORDERTYPEHASH() ([]byte, error) {
	return exchange.abi.Pack("ORDER_TYPEHASH")
}

// UnpackORDERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf973a209.
//
// Solidity: function ORDER_TYPEHASH() view returns(bytes32)
func (exchange *Exchange) UnpackORDERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := exchange.abi.Unpack("ORDER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbada4df6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel((address,address,uint256,address,uint256,address,uint64,uint256) o) returns()
func (exchange *Exchange) PackCancel(o ExchangeOrder) []byte {
	enc, err := exchange.abi.Pack("cancel", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbada4df6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel((address,address,uint256,address,uint256,address,uint64,uint256) o) returns()
func (exchange *Exchange) TryPackCancel(o ExchangeOrder) ([]byte, error) {
	return exchange.abi.Pack("cancel", o)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (exchange *Exchange) PackEip712Domain() []byte {
	enc, err := exchange.abi.Pack("eip712Domain")
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
func (exchange *Exchange) TryPackEip712Domain() ([]byte, error) {
	return exchange.abi.Pack("eip712Domain")
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
func (exchange *Exchange) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := exchange.abi.Unpack("eip712Domain", data)
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

// PackFill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x586654e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fill((address,address,uint256,address,uint256,address,uint64,uint256) o, bytes signature, uint256 amount, address recipient) returns(uint256 given)
func (exchange *Exchange) PackFill(o ExchangeOrder, signature []byte, amount *big.Int, recipient common.Address) []byte {
	enc, err := exchange.abi.Pack("fill", o, signature, amount, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x586654e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fill((address,address,uint256,address,uint256,address,uint64,uint256) o, bytes signature, uint256 amount, address recipient) returns(uint256 given)
func (exchange *Exchange) TryPackFill(o ExchangeOrder, signature []byte, amount *big.Int, recipient common.Address) ([]byte, error) {
	return exchange.abi.Pack("fill", o, signature, amount, recipient)
}

// UnpackFill is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x586654e7.
//
// Solidity: function fill((address,address,uint256,address,uint256,address,uint64,uint256) o, bytes signature, uint256 amount, address recipient) returns(uint256 given)
func (exchange *Exchange) UnpackFill(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("fill", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOrderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b497377.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderHash((address,address,uint256,address,uint256,address,uint64,uint256) o) view returns(bytes32)
func (exchange *Exchange) PackOrderHash(o ExchangeOrder) []byte {
	enc, err := exchange.abi.Pack("orderHash", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b497377.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderHash((address,address,uint256,address,uint256,address,uint64,uint256) o) view returns(bytes32)
func (exchange *Exchange) TryPackOrderHash(o ExchangeOrder) ([]byte, error) {
	return exchange.abi.Pack("orderHash", o)
}

// UnpackOrderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b497377.
//
// Solidity: function orderHash((address,address,uint256,address,uint256,address,uint64,uint256) o) view returns(bytes32)
func (exchange *Exchange) UnpackOrderHash(data []byte) ([32]byte, error) {
	out, err := exchange.abi.Unpack("orderHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadd89bb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paid(bytes32 orderHash) view returns(uint256)
func (exchange *Exchange) PackPaid(orderHash [32]byte) []byte {
	enc, err := exchange.abi.Pack("paid", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadd89bb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paid(bytes32 orderHash) view returns(uint256)
func (exchange *Exchange) TryPackPaid(orderHash [32]byte) ([]byte, error) {
	return exchange.abi.Pack("paid", orderHash)
}

// UnpackPaid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadd89bb2.
//
// Solidity: function paid(bytes32 orderHash) view returns(uint256)
func (exchange *Exchange) UnpackPaid(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("paid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeac21bd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remaining((address,address,uint256,address,uint256,address,uint64,uint256) o) view returns(uint256)
func (exchange *Exchange) PackRemaining(o ExchangeOrder) []byte {
	enc, err := exchange.abi.Pack("remaining", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeac21bd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remaining((address,address,uint256,address,uint256,address,uint64,uint256) o) view returns(uint256)
func (exchange *Exchange) TryPackRemaining(o ExchangeOrder) ([]byte, error) {
	return exchange.abi.Pack("remaining", o)
}

// UnpackRemaining is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeac21bd5.
//
// Solidity: function remaining((address,address,uint256,address,uint256,address,uint64,uint256) o) view returns(uint256)
func (exchange *Exchange) UnpackRemaining(data []byte) (*big.Int, error) {
	out, err := exchange.abi.Unpack("remaining", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ExchangeCancelled represents a Cancelled event raised by the Exchange contract.
type ExchangeCancelled struct {
	OrderHash [32]byte
	Maker     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExchangeCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (ExchangeCancelled) ContractEventName() string {
	return ExchangeCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(bytes32 indexed orderHash, address indexed maker)
func (exchange *Exchange) UnpackCancelledEvent(log *types.Log) (*ExchangeCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeCancelled)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
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

// ExchangeEIP712DomainChanged represents a EIP712DomainChanged event raised by the Exchange contract.
type ExchangeEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ExchangeEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ExchangeEIP712DomainChanged) ContractEventName() string {
	return ExchangeEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (exchange *Exchange) UnpackEIP712DomainChangedEvent(log *types.Log) (*ExchangeEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
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

// ExchangeFilled represents a Filled event raised by the Exchange contract.
type ExchangeFilled struct {
	OrderHash [32]byte
	Maker     common.Address
	Taker     common.Address
	Recipient common.Address
	Sell      common.Address
	Given     *big.Int
	Buy       common.Address
	Paid      *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExchangeFilledEventName = "Filled"

// ContractEventName returns the user-defined event name.
func (ExchangeFilled) ContractEventName() string {
	return ExchangeFilledEventName
}

// UnpackFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Filled(bytes32 indexed orderHash, address indexed maker, address indexed taker, address recipient, address sell, uint256 given, address buy, uint256 paid)
func (exchange *Exchange) UnpackFilledEvent(log *types.Log) (*ExchangeFilled, error) {
	event := "Filled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeFilled)
	if len(log.Data) > 0 {
		if err := exchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchange.abi.Events[event].Inputs {
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
func (exchange *Exchange) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], exchange.abi.Errors["BadOrder"].ID.Bytes()[:4]) {
		return exchange.UnpackBadOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return exchange.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return exchange.UnpackExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return exchange.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["NotMaker"].ID.Bytes()[:4]) {
		return exchange.UnpackNotMakerError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["NotTaker"].ID.Bytes()[:4]) {
		return exchange.UnpackNotTakerError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["NothingToFill"].ID.Bytes()[:4]) {
		return exchange.UnpackNothingToFillError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["Overfill"].ID.Bytes()[:4]) {
		return exchange.UnpackOverfillError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return exchange.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return exchange.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchange.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return exchange.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ExchangeBadOrder represents a BadOrder error raised by the Exchange contract.
type ExchangeBadOrder struct {
	OrderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOrder(bytes32 orderHash)
func ExchangeBadOrderErrorID() common.Hash {
	return common.HexToHash("0x4ab7fa77c36408f87fb426bcc87bf782b59d5ea263d0086f74967b5da0938649")
}

// UnpackBadOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOrder(bytes32 orderHash)
func (exchange *Exchange) UnpackBadOrderError(raw []byte) (*ExchangeBadOrder, error) {
	out := new(ExchangeBadOrder)
	if err := exchange.abi.UnpackIntoInterface(out, "BadOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeBadSignature represents a BadSignature error raised by the Exchange contract.
type ExchangeBadSignature struct {
	OrderHash [32]byte
	Maker     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(bytes32 orderHash, address maker)
func ExchangeBadSignatureErrorID() common.Hash {
	return common.HexToHash("0xe49c6ba031fbc90ee50f6e07794742f66a5bc17378c84394b66f24fca8e880ca")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(bytes32 orderHash, address maker)
func (exchange *Exchange) UnpackBadSignatureError(raw []byte) (*ExchangeBadSignature, error) {
	out := new(ExchangeBadSignature)
	if err := exchange.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeExpired represents a Expired error raised by the Exchange contract.
type ExchangeExpired struct {
	OrderHash [32]byte
	Expiry    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Expired(bytes32 orderHash, uint64 expiry)
func ExchangeExpiredErrorID() common.Hash {
	return common.HexToHash("0x4d13561d202649df924bbd6f5e5366c146c7208f85e7ffd6f01bd59318e8957c")
}

// UnpackExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Expired(bytes32 orderHash, uint64 expiry)
func (exchange *Exchange) UnpackExpiredError(raw []byte) (*ExchangeExpired, error) {
	out := new(ExchangeExpired)
	if err := exchange.abi.UnpackIntoInterface(out, "Expired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeInvalidShortString represents a InvalidShortString error raised by the Exchange contract.
type ExchangeInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func ExchangeInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (exchange *Exchange) UnpackInvalidShortStringError(raw []byte) (*ExchangeInvalidShortString, error) {
	out := new(ExchangeInvalidShortString)
	if err := exchange.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeNotMaker represents a NotMaker error raised by the Exchange contract.
type ExchangeNotMaker struct {
	OrderHash [32]byte
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMaker(bytes32 orderHash, address caller)
func ExchangeNotMakerErrorID() common.Hash {
	return common.HexToHash("0xd8c22e95bc0b41c75b4e503dfe2b9a8f0d313688548e01da7f73a9c8fe9e79d0")
}

// UnpackNotMakerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMaker(bytes32 orderHash, address caller)
func (exchange *Exchange) UnpackNotMakerError(raw []byte) (*ExchangeNotMaker, error) {
	out := new(ExchangeNotMaker)
	if err := exchange.abi.UnpackIntoInterface(out, "NotMaker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeNotTaker represents a NotTaker error raised by the Exchange contract.
type ExchangeNotTaker struct {
	OrderHash [32]byte
	Taker     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTaker(bytes32 orderHash, address taker)
func ExchangeNotTakerErrorID() common.Hash {
	return common.HexToHash("0x4b6f1da54f00465111e9a9af76847fef9ddf38f7bb90059a701e205f993a4e45")
}

// UnpackNotTakerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTaker(bytes32 orderHash, address taker)
func (exchange *Exchange) UnpackNotTakerError(raw []byte) (*ExchangeNotTaker, error) {
	out := new(ExchangeNotTaker)
	if err := exchange.abi.UnpackIntoInterface(out, "NotTaker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeNothingToFill represents a NothingToFill error raised by the Exchange contract.
type ExchangeNothingToFill struct {
	OrderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToFill(bytes32 orderHash)
func ExchangeNothingToFillErrorID() common.Hash {
	return common.HexToHash("0x984bd61cb14d75928d226513e6bfbc36424777a9f0634ad505781dd3898ca4d3")
}

// UnpackNothingToFillError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToFill(bytes32 orderHash)
func (exchange *Exchange) UnpackNothingToFillError(raw []byte) (*ExchangeNothingToFill, error) {
	out := new(ExchangeNothingToFill)
	if err := exchange.abi.UnpackIntoInterface(out, "NothingToFill", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeOverfill represents a Overfill error raised by the Exchange contract.
type ExchangeOverfill struct {
	OrderHash [32]byte
	Amount    *big.Int
	Remaining *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Overfill(bytes32 orderHash, uint256 amount, uint256 remaining)
func ExchangeOverfillErrorID() common.Hash {
	return common.HexToHash("0x5f0c188404c7a4bd812abdac3ca828cdc8a0dfbc9012160133bbfc7109884164")
}

// UnpackOverfillError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Overfill(bytes32 orderHash, uint256 amount, uint256 remaining)
func (exchange *Exchange) UnpackOverfillError(raw []byte) (*ExchangeOverfill, error) {
	out := new(ExchangeOverfill)
	if err := exchange.abi.UnpackIntoInterface(out, "Overfill", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Exchange contract.
type ExchangeReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ExchangeReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (exchange *Exchange) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ExchangeReentrancyGuardReentrantCall, error) {
	out := new(ExchangeReentrancyGuardReentrantCall)
	if err := exchange.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Exchange contract.
type ExchangeSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ExchangeSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (exchange *Exchange) UnpackSafeERC20FailedOperationError(raw []byte) (*ExchangeSafeERC20FailedOperation, error) {
	out := new(ExchangeSafeERC20FailedOperation)
	if err := exchange.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeStringTooLong represents a StringTooLong error raised by the Exchange contract.
type ExchangeStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func ExchangeStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (exchange *Exchange) UnpackStringTooLongError(raw []byte) (*ExchangeStringTooLong, error) {
	out := new(ExchangeStringTooLong)
	if err := exchange.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
