// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package platformregistry

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

// PlatformRegistryPlatform is an auto generated low-level Go binding around an user-defined struct.
type PlatformRegistryPlatform struct {
	Admin    common.Address
	Attester common.Address
	Active   bool
}

// PlatformRegistryMetaData contains all meta data concerning the PlatformRegistry contract.
var PlatformRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPlatformAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"PlatformAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"PlatformIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"UnknownPlatform\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousAttester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAttester\",\"type\":\"address\"}],\"name\":\"AttesterChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"PlatformAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"did\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"PlatformRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"PlatformStatusChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"attesterOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"platform\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structPlatformRegistry.Platform\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"platformCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"platformIdAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"did\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newAttester\",\"type\":\"address\"}],\"name\":\"setAttester\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "PlatformRegistry",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610e0a380380610e0a83398101604081905261002e9161013a565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f82610091565b5061008a7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923882610091565b5050610167565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610131575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100e93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610134565b505f5b92915050565b5f6020828403121561014a575f5ffd5b81516001600160a01b0381168114610160575f5ffd5b9392505050565b610c96806101745f395ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80638b21507111610093578063e5debf7611610063578063e5debf7614610232578063ee4024db1461025d578063f68e955314610270578063fe47638a14610297575f5ffd5b80638b215071146101c057806391d1485414610205578063a217fddf14610218578063d547741f1461021f575f5ffd5b80634b7d0927116100ce5780634b7d09271461017f5780636485d67814610192578063650d4f6a146101a5578063874bf612146101ad575f5ffd5b806301ffc9a7146100ff578063248a9ca3146101275780632f2ff15d1461015757806336568abe1461016c575b5f5ffd5b61011261010d366004610ac2565b6102aa565b60405190151581526020015b60405180910390f35b610149610135366004610ae9565b5f9081526020819052604090206001015490565b60405190815260200161011e565b61016a610165366004610b1b565b6102e0565b005b61016a61017a366004610b1b565b61030a565b61016a61018d366004610b45565b610342565b61016a6101a0366004610bdd565b610560565b600254610149565b61016a6101bb366004610b1b565b61062b565b6101d36101ce366004610ae9565b610740565b6040805182516001600160a01b039081168252602080850151909116908201529181015115159082015260600161011e565b610112610213366004610b1b565b6107c8565b6101495f81565b61016a61022d366004610b1b565b6107f0565b610245610240366004610ae9565b610814565b6040516001600160a01b03909116815260200161011e565b61016a61026b366004610b1b565b610851565b6101497fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b6101496102a5366004610ae9565b61095c565b5f6001600160e01b03198216637965db0b60e01b14806102da57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546102fa81610980565b610304838361098d565b50505050565b6001600160a01b03811633146103335760405163334bd91960e11b815260040160405180910390fd5b61033d8282610a1c565b505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861036c81610980565b6001600160a01b038316158061038957506001600160a01b038216155b156103a75760405163d92e233d60e01b815260040160405180910390fd5b5f85856040516103b8929190610c0f565b604051809103902090508087146103f157604051630b2c03b360e11b815260048101889052602481018290526044015b60405180910390fd5b5f878152600160205260409020546001600160a01b0316156104295760405163d36e8a1360e01b8152600481018890526024016103e8565b6040518060600160405280856001600160a01b03168152602001846001600160a01b031681526020016001151581525060015f8981526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060408201518160010160146101000a81548160ff021916908315150217905550905050600287908060018154018082558091505060019003905f5260205f20015f9091909190915055826001600160a01b0316846001600160a01b0316887f46059fbafd79cacbf7145efd2f84e54f3da687eafc200c226ee0bf8486bd0f29898960405161054f929190610c1e565b60405180910390a450505050505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861058a81610980565b5f838152600160205260409020546001600160a01b03166105c1576040516313f6864d60e01b8152600481018490526024016103e8565b5f83815260016020819052604091829020018054841515600160a01b0260ff60a01b199091161790555183907f345fa832006c38c50c8c9643ace47d88dff26a42f02ae3bf8738be6fd859808c9061061e90851515815260200190565b60405180910390a2505050565b5f8281526001602052604090205482906001600160a01b031680610665576040516313f6864d60e01b8152600481018390526024016103e8565b6001600160a01b038116331461069a576040516001620a870960e21b03198152600481018390523360248201526044016103e8565b6001600160a01b0383166106c15760405163d92e233d60e01b815260040160405180910390fd5b5f8481526001602081905260408083209091015490516001600160a01b038087169392169187917fc0e7951e82e578bd5a5e8a29fbd3d2a2e55c947f4a8d417ddf17f47f54396cd99190a450505f91825260016020819052604090922090910180546001600160a01b0319166001600160a01b03909216919091179055565b604080516060810182525f80825260208201819052918101919091525f82815260016020818152604092839020835160608101855281546001600160a01b03908116808352929094015493841692810192909252600160a01b90920460ff161515928101929092526102da576040516313f6864d60e01b8152600481018490526024016103e8565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8281526020819052604090206001015461080a81610980565b6103048383610a1c565b5f818152600160208190526040822090810154600160a01b900460ff1661083b575f61084a565b60018101546001600160a01b03165b9392505050565b5f8281526001602052604090205482906001600160a01b03168061088b576040516313f6864d60e01b8152600481018390526024016103e8565b6001600160a01b03811633146108c0576040516001620a870960e21b03198152600481018390523360248201526044016103e8565b6001600160a01b0383166108e75760405163d92e233d60e01b815260040160405180910390fd5b5f848152600160205260408082205490516001600160a01b038087169392169187917f3f2928db02ba6622543877140133711d4ba9a09143f3f49878537ac22de828519190a450505f9182526001602052604090912080546001600160a01b0319166001600160a01b03909216919091179055565b5f6002828154811061097057610970610c4c565b905f5260205f2001549050919050565b61098a8133610a85565b50565b5f61099883836107c8565b610a15575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556109cd3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102da565b505f6102da565b5f610a2783836107c8565b15610a15575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102da565b610a8f82826107c8565b610abe5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016103e8565b5050565b5f60208284031215610ad2575f5ffd5b81356001600160e01b03198116811461084a575f5ffd5b5f60208284031215610af9575f5ffd5b5035919050565b80356001600160a01b0381168114610b16575f5ffd5b919050565b5f5f60408385031215610b2c575f5ffd5b82359150610b3c60208401610b00565b90509250929050565b5f5f5f5f5f60808688031215610b59575f5ffd5b85359450602086013567ffffffffffffffff811115610b76575f5ffd5b8601601f81018813610b86575f5ffd5b803567ffffffffffffffff811115610b9c575f5ffd5b886020828401011115610bad575f5ffd5b60209190910194509250610bc360408701610b00565b9150610bd160608701610b00565b90509295509295909350565b5f5f60408385031215610bee575f5ffd5b8235915060208301358015158114610c04575f5ffd5b809150509250929050565b818382375f9101908152919050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b634e487b7160e01b5f52603260045260245ffdfea264697066735822122041163d02f9dc5d6166728fa1d7cb0ab4604e8c7396c3d83fe43e5c5f78c2007f64736f6c63430008250033",
}

// PlatformRegistry is an auto generated Go binding around an Ethereum contract.
type PlatformRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PlatformRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewPlatformRegistry creates a new instance of PlatformRegistry.
func NewPlatformRegistry() *PlatformRegistry {
	parsed, err := PlatformRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PlatformRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PlatformRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registrar) returns()
func (platformRegistry *PlatformRegistry) PackConstructor(registrar common.Address) []byte {
	enc, err := platformRegistry.abi.Pack("", registrar)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (platformRegistry *PlatformRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := platformRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (platformRegistry *PlatformRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return platformRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (platformRegistry *PlatformRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := platformRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (platformRegistry *PlatformRegistry) PackREGISTRARROLE() []byte {
	enc, err := platformRegistry.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (platformRegistry *PlatformRegistry) TryPackREGISTRARROLE() ([]byte, error) {
	return platformRegistry.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (platformRegistry *PlatformRegistry) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := platformRegistry.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAttesterOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5debf76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesterOf(bytes32 platformId) view returns(address)
func (platformRegistry *PlatformRegistry) PackAttesterOf(platformId [32]byte) []byte {
	enc, err := platformRegistry.abi.Pack("attesterOf", platformId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesterOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5debf76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesterOf(bytes32 platformId) view returns(address)
func (platformRegistry *PlatformRegistry) TryPackAttesterOf(platformId [32]byte) ([]byte, error) {
	return platformRegistry.abi.Pack("attesterOf", platformId)
}

// UnpackAttesterOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5debf76.
//
// Solidity: function attesterOf(bytes32 platformId) view returns(address)
func (platformRegistry *PlatformRegistry) UnpackAttesterOf(data []byte) (common.Address, error) {
	out, err := platformRegistry.abi.Unpack("attesterOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (platformRegistry *PlatformRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := platformRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (platformRegistry *PlatformRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return platformRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (platformRegistry *PlatformRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := platformRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (platformRegistry *PlatformRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := platformRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (platformRegistry *PlatformRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return platformRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (platformRegistry *PlatformRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := platformRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (platformRegistry *PlatformRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return platformRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (platformRegistry *PlatformRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := platformRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b215071.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platform(bytes32 platformId) view returns((address,address,bool))
func (platformRegistry *PlatformRegistry) PackPlatform(platformId [32]byte) []byte {
	enc, err := platformRegistry.abi.Pack("platform", platformId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b215071.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platform(bytes32 platformId) view returns((address,address,bool))
func (platformRegistry *PlatformRegistry) TryPackPlatform(platformId [32]byte) ([]byte, error) {
	return platformRegistry.abi.Pack("platform", platformId)
}

// UnpackPlatform is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b215071.
//
// Solidity: function platform(bytes32 platformId) view returns((address,address,bool))
func (platformRegistry *PlatformRegistry) UnpackPlatform(data []byte) (PlatformRegistryPlatform, error) {
	out, err := platformRegistry.abi.Unpack("platform", data)
	if err != nil {
		return *new(PlatformRegistryPlatform), err
	}
	out0 := *abi.ConvertType(out[0], new(PlatformRegistryPlatform)).(*PlatformRegistryPlatform)
	return out0, nil
}

// PackPlatformCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x650d4f6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platformCount() view returns(uint256)
func (platformRegistry *PlatformRegistry) PackPlatformCount() []byte {
	enc, err := platformRegistry.abi.Pack("platformCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatformCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x650d4f6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platformCount() view returns(uint256)
func (platformRegistry *PlatformRegistry) TryPackPlatformCount() ([]byte, error) {
	return platformRegistry.abi.Pack("platformCount")
}

// UnpackPlatformCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x650d4f6a.
//
// Solidity: function platformCount() view returns(uint256)
func (platformRegistry *PlatformRegistry) UnpackPlatformCount(data []byte) (*big.Int, error) {
	out, err := platformRegistry.abi.Unpack("platformCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPlatformIdAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe47638a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platformIdAt(uint256 index) view returns(bytes32)
func (platformRegistry *PlatformRegistry) PackPlatformIdAt(index *big.Int) []byte {
	enc, err := platformRegistry.abi.Pack("platformIdAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatformIdAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe47638a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platformIdAt(uint256 index) view returns(bytes32)
func (platformRegistry *PlatformRegistry) TryPackPlatformIdAt(index *big.Int) ([]byte, error) {
	return platformRegistry.abi.Pack("platformIdAt", index)
}

// UnpackPlatformIdAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe47638a.
//
// Solidity: function platformIdAt(uint256 index) view returns(bytes32)
func (platformRegistry *PlatformRegistry) UnpackPlatformIdAt(data []byte) ([32]byte, error) {
	out, err := platformRegistry.abi.Unpack("platformIdAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b7d0927.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 platformId, string did, address admin, address attester) returns()
func (platformRegistry *PlatformRegistry) PackRegister(platformId [32]byte, did string, admin common.Address, attester common.Address) []byte {
	enc, err := platformRegistry.abi.Pack("register", platformId, did, admin, attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b7d0927.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 platformId, string did, address admin, address attester) returns()
func (platformRegistry *PlatformRegistry) TryPackRegister(platformId [32]byte, did string, admin common.Address, attester common.Address) ([]byte, error) {
	return platformRegistry.abi.Pack("register", platformId, did, admin, attester)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (platformRegistry *PlatformRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := platformRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (platformRegistry *PlatformRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return platformRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (platformRegistry *PlatformRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := platformRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (platformRegistry *PlatformRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return platformRegistry.abi.Pack("revokeRole", role, account)
}

// PackSetActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6485d678.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setActive(bytes32 platformId, bool active) returns()
func (platformRegistry *PlatformRegistry) PackSetActive(platformId [32]byte, active bool) []byte {
	enc, err := platformRegistry.abi.Pack("setActive", platformId, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6485d678.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setActive(bytes32 platformId, bool active) returns()
func (platformRegistry *PlatformRegistry) TryPackSetActive(platformId [32]byte, active bool) ([]byte, error) {
	return platformRegistry.abi.Pack("setActive", platformId, active)
}

// PackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee4024db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdmin(bytes32 platformId, address newAdmin) returns()
func (platformRegistry *PlatformRegistry) PackSetAdmin(platformId [32]byte, newAdmin common.Address) []byte {
	enc, err := platformRegistry.abi.Pack("setAdmin", platformId, newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee4024db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdmin(bytes32 platformId, address newAdmin) returns()
func (platformRegistry *PlatformRegistry) TryPackSetAdmin(platformId [32]byte, newAdmin common.Address) ([]byte, error) {
	return platformRegistry.abi.Pack("setAdmin", platformId, newAdmin)
}

// PackSetAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x874bf612.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAttester(bytes32 platformId, address newAttester) returns()
func (platformRegistry *PlatformRegistry) PackSetAttester(platformId [32]byte, newAttester common.Address) []byte {
	enc, err := platformRegistry.abi.Pack("setAttester", platformId, newAttester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x874bf612.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAttester(bytes32 platformId, address newAttester) returns()
func (platformRegistry *PlatformRegistry) TryPackSetAttester(platformId [32]byte, newAttester common.Address) ([]byte, error) {
	return platformRegistry.abi.Pack("setAttester", platformId, newAttester)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (platformRegistry *PlatformRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := platformRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (platformRegistry *PlatformRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return platformRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (platformRegistry *PlatformRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := platformRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PlatformRegistryAttesterChanged represents a AttesterChanged event raised by the PlatformRegistry contract.
type PlatformRegistryAttesterChanged struct {
	PlatformId       [32]byte
	PreviousAttester common.Address
	NewAttester      common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const PlatformRegistryAttesterChangedEventName = "AttesterChanged"

// ContractEventName returns the user-defined event name.
func (PlatformRegistryAttesterChanged) ContractEventName() string {
	return PlatformRegistryAttesterChangedEventName
}

// UnpackAttesterChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttesterChanged(bytes32 indexed platformId, address indexed previousAttester, address indexed newAttester)
func (platformRegistry *PlatformRegistry) UnpackAttesterChangedEvent(log *types.Log) (*PlatformRegistryAttesterChanged, error) {
	event := "AttesterChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != platformRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlatformRegistryAttesterChanged)
	if len(log.Data) > 0 {
		if err := platformRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range platformRegistry.abi.Events[event].Inputs {
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

// PlatformRegistryPlatformAdminChanged represents a PlatformAdminChanged event raised by the PlatformRegistry contract.
type PlatformRegistryPlatformAdminChanged struct {
	PlatformId    [32]byte
	PreviousAdmin common.Address
	NewAdmin      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PlatformRegistryPlatformAdminChangedEventName = "PlatformAdminChanged"

// ContractEventName returns the user-defined event name.
func (PlatformRegistryPlatformAdminChanged) ContractEventName() string {
	return PlatformRegistryPlatformAdminChangedEventName
}

// UnpackPlatformAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PlatformAdminChanged(bytes32 indexed platformId, address indexed previousAdmin, address indexed newAdmin)
func (platformRegistry *PlatformRegistry) UnpackPlatformAdminChangedEvent(log *types.Log) (*PlatformRegistryPlatformAdminChanged, error) {
	event := "PlatformAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != platformRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlatformRegistryPlatformAdminChanged)
	if len(log.Data) > 0 {
		if err := platformRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range platformRegistry.abi.Events[event].Inputs {
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

// PlatformRegistryPlatformRegistered represents a PlatformRegistered event raised by the PlatformRegistry contract.
type PlatformRegistryPlatformRegistered struct {
	PlatformId [32]byte
	Did        string
	Admin      common.Address
	Attester   common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PlatformRegistryPlatformRegisteredEventName = "PlatformRegistered"

// ContractEventName returns the user-defined event name.
func (PlatformRegistryPlatformRegistered) ContractEventName() string {
	return PlatformRegistryPlatformRegisteredEventName
}

// UnpackPlatformRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PlatformRegistered(bytes32 indexed platformId, string did, address indexed admin, address indexed attester)
func (platformRegistry *PlatformRegistry) UnpackPlatformRegisteredEvent(log *types.Log) (*PlatformRegistryPlatformRegistered, error) {
	event := "PlatformRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != platformRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlatformRegistryPlatformRegistered)
	if len(log.Data) > 0 {
		if err := platformRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range platformRegistry.abi.Events[event].Inputs {
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

// PlatformRegistryPlatformStatusChanged represents a PlatformStatusChanged event raised by the PlatformRegistry contract.
type PlatformRegistryPlatformStatusChanged struct {
	PlatformId [32]byte
	Active     bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const PlatformRegistryPlatformStatusChangedEventName = "PlatformStatusChanged"

// ContractEventName returns the user-defined event name.
func (PlatformRegistryPlatformStatusChanged) ContractEventName() string {
	return PlatformRegistryPlatformStatusChangedEventName
}

// UnpackPlatformStatusChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PlatformStatusChanged(bytes32 indexed platformId, bool active)
func (platformRegistry *PlatformRegistry) UnpackPlatformStatusChangedEvent(log *types.Log) (*PlatformRegistryPlatformStatusChanged, error) {
	event := "PlatformStatusChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != platformRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlatformRegistryPlatformStatusChanged)
	if len(log.Data) > 0 {
		if err := platformRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range platformRegistry.abi.Events[event].Inputs {
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

// PlatformRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the PlatformRegistry contract.
type PlatformRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const PlatformRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (PlatformRegistryRoleAdminChanged) ContractEventName() string {
	return PlatformRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (platformRegistry *PlatformRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*PlatformRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != platformRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlatformRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := platformRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range platformRegistry.abi.Events[event].Inputs {
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

// PlatformRegistryRoleGranted represents a RoleGranted event raised by the PlatformRegistry contract.
type PlatformRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PlatformRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (PlatformRegistryRoleGranted) ContractEventName() string {
	return PlatformRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (platformRegistry *PlatformRegistry) UnpackRoleGrantedEvent(log *types.Log) (*PlatformRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != platformRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlatformRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := platformRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range platformRegistry.abi.Events[event].Inputs {
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

// PlatformRegistryRoleRevoked represents a RoleRevoked event raised by the PlatformRegistry contract.
type PlatformRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PlatformRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (PlatformRegistryRoleRevoked) ContractEventName() string {
	return PlatformRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (platformRegistry *PlatformRegistry) UnpackRoleRevokedEvent(log *types.Log) (*PlatformRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != platformRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlatformRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := platformRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range platformRegistry.abi.Events[event].Inputs {
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
func (platformRegistry *PlatformRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["NotPlatformAdmin"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackNotPlatformAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["PlatformAlreadyRegistered"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackPlatformAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["PlatformIdMismatch"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackPlatformIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["UnknownPlatform"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackUnknownPlatformError(raw[4:])
	}
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PlatformRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the PlatformRegistry contract.
type PlatformRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func PlatformRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (platformRegistry *PlatformRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*PlatformRegistryAccessControlBadConfirmation, error) {
	out := new(PlatformRegistryAccessControlBadConfirmation)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlatformRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the PlatformRegistry contract.
type PlatformRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func PlatformRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (platformRegistry *PlatformRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*PlatformRegistryAccessControlUnauthorizedAccount, error) {
	out := new(PlatformRegistryAccessControlUnauthorizedAccount)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlatformRegistryNotPlatformAdmin represents a NotPlatformAdmin error raised by the PlatformRegistry contract.
type PlatformRegistryNotPlatformAdmin struct {
	PlatformId [32]byte
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPlatformAdmin(bytes32 platformId, address caller)
func PlatformRegistryNotPlatformAdminErrorID() common.Hash {
	return common.HexToHash("0xffd5e3dc55acc36f712d873cf6541e6d476d1de2d8aa82b5e970a73d8eaf0748")
}

// UnpackNotPlatformAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPlatformAdmin(bytes32 platformId, address caller)
func (platformRegistry *PlatformRegistry) UnpackNotPlatformAdminError(raw []byte) (*PlatformRegistryNotPlatformAdmin, error) {
	out := new(PlatformRegistryNotPlatformAdmin)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "NotPlatformAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlatformRegistryPlatformAlreadyRegistered represents a PlatformAlreadyRegistered error raised by the PlatformRegistry contract.
type PlatformRegistryPlatformAlreadyRegistered struct {
	PlatformId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PlatformAlreadyRegistered(bytes32 platformId)
func PlatformRegistryPlatformAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0xd36e8a1347b50725cf7a94b6f83b13c68b64672ad70fdaf0ce996b8577685ee6")
}

// UnpackPlatformAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PlatformAlreadyRegistered(bytes32 platformId)
func (platformRegistry *PlatformRegistry) UnpackPlatformAlreadyRegisteredError(raw []byte) (*PlatformRegistryPlatformAlreadyRegistered, error) {
	out := new(PlatformRegistryPlatformAlreadyRegistered)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "PlatformAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlatformRegistryPlatformIdMismatch represents a PlatformIdMismatch error raised by the PlatformRegistry contract.
type PlatformRegistryPlatformIdMismatch struct {
	PlatformId [32]byte
	Expected   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PlatformIdMismatch(bytes32 platformId, bytes32 expected)
func PlatformRegistryPlatformIdMismatchErrorID() common.Hash {
	return common.HexToHash("0x1658076676a9532f5619a25adc64ee6ee92fcd6a253039d40c1a3a87b1a08c49")
}

// UnpackPlatformIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PlatformIdMismatch(bytes32 platformId, bytes32 expected)
func (platformRegistry *PlatformRegistry) UnpackPlatformIdMismatchError(raw []byte) (*PlatformRegistryPlatformIdMismatch, error) {
	out := new(PlatformRegistryPlatformIdMismatch)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "PlatformIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlatformRegistryUnknownPlatform represents a UnknownPlatform error raised by the PlatformRegistry contract.
type PlatformRegistryUnknownPlatform struct {
	PlatformId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPlatform(bytes32 platformId)
func PlatformRegistryUnknownPlatformErrorID() common.Hash {
	return common.HexToHash("0x13f6864d0abbbc693291f131e91352ef3649bca40c33806882c57a373d103d14")
}

// UnpackUnknownPlatformError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPlatform(bytes32 platformId)
func (platformRegistry *PlatformRegistry) UnpackUnknownPlatformError(raw []byte) (*PlatformRegistryUnknownPlatform, error) {
	out := new(PlatformRegistryUnknownPlatform)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "UnknownPlatform", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlatformRegistryZeroAddress represents a ZeroAddress error raised by the PlatformRegistry contract.
type PlatformRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func PlatformRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (platformRegistry *PlatformRegistry) UnpackZeroAddressError(raw []byte) (*PlatformRegistryZeroAddress, error) {
	out := new(PlatformRegistryZeroAddress)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
