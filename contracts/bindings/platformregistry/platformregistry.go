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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AttestersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"attesters\",\"type\":\"uint256\"}],\"name\":\"BadThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPlatformAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"PlatformAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"PlatformIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"SamePlatform\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"UnknownPlatform\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousAttester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAttester\",\"type\":\"address\"}],\"name\":\"AttesterChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channel\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformA\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformB\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"ChannelAttestersSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"PlatformAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"did\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"PlatformRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"PlatformStatusChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHANNEL_ATTESTERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"attesterOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channel\",\"type\":\"bytes32\"}],\"name\":\"channelAttesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformA\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"platformB\",\"type\":\"bytes32\"}],\"name\":\"channelId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"platform\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structPlatformRegistry.Platform\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"platformCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"platformIdAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"did\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newAttester\",\"type\":\"address\"}],\"name\":\"setAttester\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformA\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"platformB\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setChannelAttesters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "PlatformRegistry",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161149938038061149983398101604081905261002e9161013a565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f82610091565b5061008a7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923882610091565b5050610167565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610131575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100e93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610134565b505f5b92915050565b5f6020828403121561014a575f5ffd5b81516001600160a01b0381168114610160575f5ffd5b9392505050565b611325806101745f395ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80638b215071116100a9578063d547741f1161006e578063d547741f1461029a578063e5debf76146102ad578063ee4024db146102d8578063f68e9553146102eb578063fe47638a146102ff575f5ffd5b80638b2150711461020757806391d148541461024c578063a217fddf1461025f578063af19279814610266578063c4f87f3c14610279575f5ffd5b80634b7d0927116100ef5780634b7d0927146101be5780634f6ca504146101d15780636485d678146101d9578063650d4f6a146101ec578063874bf612146101f4575f5ffd5b806301ffc9a71461012b5780630d16ecb414610153578063248a9ca3146101685780632f2ff15d1461019857806336568abe146101ab575b5f5ffd5b61013e610139366004610ec7565b610312565b60405190151581526020015b60405180910390f35b610166610161366004610f03565b610348565b005b61018a610176366004610f97565b5f9081526020819052604090206001015490565b60405190815260200161014a565b6101666101a6366004610fc2565b6105b9565b6101666101b9366004610fc2565b6105e3565b6101666101cc366004610ff0565b61061b565b61018a601081565b6101666101e736600461108e565b610821565b60025461018a565b610166610202366004610fc2565b6108d9565b61021a610215366004610f97565b6109ee565b6040805182516001600160a01b039081168252602080850151909116908201529181015115159082015260600161014a565b61013e61025a366004610fc2565b610a76565b61018a5f81565b61018a6102743660046110b5565b610a9e565b61028c610287366004610f97565b610b07565b60405161014a9291906110d5565b6101666102a8366004610fc2565b610bf8565b6102c06102bb366004610f97565b610c1c565b6040516001600160a01b03909116815260200161014a565b6101666102e6366004610fc2565b610c56565b61018a5f5160206112d05f395f51905f5281565b61018a61030d366004610f97565b610d61565b5f6001600160e01b03198216637965db0b60e01b148061034257506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5160206112d05f395f51905f5261035f81610d85565b5f868152600160205260409020546001600160a01b031661039b576040516313f6864d60e01b8152600481018790526024015b60405180910390fd5b5f858152600160205260409020546001600160a01b03166103d2576040516313f6864d60e01b815260048101869052602401610392565b8486036103f5576040516360f4d84760e01b815260048101879052602401610392565b8260ff831615806104085750808360ff16115b806104135750601081115b1561043d5760405163036c8e3360e41b815260ff8416600482015260248101829052604401610392565b5f8585828161044e5761044e61112e565b90506020020160208101906104639190611142565b6001600160a01b03160361048a5760405163d92e233d60e01b815260040160405180910390fd5b60015b818110156105285785856104a260018461115d565b8181106104b1576104b161112e565b90506020020160208101906104c69190611142565b6001600160a01b03168686838181106104e1576104e161112e565b90506020020160208101906104f69190611142565b6001600160a01b03161161052057604051633071c98f60e01b815260048101829052602401610392565b60010161048d565b505f6105348888610a9e565b5f8181526003602081905260409091208a8155600181018a905560028101805460ff191660ff8916179055919250810161056f87898361119c565b508789837f445c003299e14e981896d41f72e0105daaec554e587a5b867d68719c6db6fc758a8a8a6040516105a693929190611239565b60405180910390a4505050505050505050565b5f828152602081905260409020600101546105d381610d85565b6105dd8383610d92565b50505050565b6001600160a01b038116331461060c5760405163334bd91960e11b815260040160405180910390fd5b6106168282610e21565b505050565b5f5160206112d05f395f51905f5261063281610d85565b6001600160a01b038316158061064f57506001600160a01b038216155b1561066d5760405163d92e233d60e01b815260040160405180910390fd5b5f858560405161067e929190611292565b604051809103902090508087146106b257604051630b2c03b360e11b81526004810188905260248101829052604401610392565b5f878152600160205260409020546001600160a01b0316156106ea5760405163d36e8a1360e01b815260048101889052602401610392565b6040518060600160405280856001600160a01b03168152602001846001600160a01b031681526020016001151581525060015f8981526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060408201518160010160146101000a81548160ff021916908315150217905550905050600287908060018154018082558091505060019003905f5260205f20015f9091909190915055826001600160a01b0316846001600160a01b0316887f46059fbafd79cacbf7145efd2f84e54f3da687eafc200c226ee0bf8486bd0f2989896040516108109291906112a1565b60405180910390a450505050505050565b5f5160206112d05f395f51905f5261083881610d85565b5f838152600160205260409020546001600160a01b031661086f576040516313f6864d60e01b815260048101849052602401610392565b5f83815260016020819052604091829020018054841515600160a01b0260ff60a01b199091161790555183907f345fa832006c38c50c8c9643ace47d88dff26a42f02ae3bf8738be6fd859808c906108cc90851515815260200190565b60405180910390a2505050565b5f8281526001602052604090205482906001600160a01b031680610913576040516313f6864d60e01b815260048101839052602401610392565b6001600160a01b0381163314610948576040516001620a870960e21b0319815260048101839052336024820152604401610392565b6001600160a01b03831661096f5760405163d92e233d60e01b815260040160405180910390fd5b5f8481526001602081905260408083209091015490516001600160a01b038087169392169187917fc0e7951e82e578bd5a5e8a29fbd3d2a2e55c947f4a8d417ddf17f47f54396cd99190a450505f91825260016020819052604090922090910180546001600160a01b0319166001600160a01b03909216919091179055565b604080516060810182525f80825260208201819052918101919091525f82815260016020818152604092839020835160608101855281546001600160a01b03908116808352929094015493841692810192909252600160a01b90920460ff16151592810192909252610342576040516313f6864d60e01b815260048101849052602401610392565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f818310610ad557604080516020810184905290810184905260600160405160208183030381529060405280519060200120610b00565b6040805160208101859052908101839052606001604051602081830303815290604052805190602001205b9392505050565b5f818152600360205260409020600281015460609160ff90911690811580610b4a575080545f9081526001602081905260409091200154600160a01b900460ff16155b80610b7157506001818101545f9081526020829052604090200154600160a01b900460ff16155b15610b8f575050604080515f80825260208201909252939092509050565b806003018281805480602002602001604051908101604052809291908181526020018280548015610be757602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610bc9575b505050505091509250925050915091565b5f82815260208190526040902060010154610c1281610d85565b6105dd8383610e21565b5f818152600160208190526040822090810154600160a01b900460ff16610c43575f610b00565b600101546001600160a01b031692915050565b5f8281526001602052604090205482906001600160a01b031680610c90576040516313f6864d60e01b815260048101839052602401610392565b6001600160a01b0381163314610cc5576040516001620a870960e21b0319815260048101839052336024820152604401610392565b6001600160a01b038316610cec5760405163d92e233d60e01b815260040160405180910390fd5b5f848152600160205260408082205490516001600160a01b038087169392169187917f3f2928db02ba6622543877140133711d4ba9a09143f3f49878537ac22de828519190a450505f9182526001602052604090912080546001600160a01b0319166001600160a01b03909216919091179055565b5f60028281548110610d7557610d7561112e565b905f5260205f2001549050919050565b610d8f8133610e8a565b50565b5f610d9d8383610a76565b610e1a575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610dd23390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610342565b505f610342565b5f610e2c8383610a76565b15610e1a575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610342565b610e948282610a76565b610ec35760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610392565b5050565b5f60208284031215610ed7575f5ffd5b81356001600160e01b031981168114610b00575f5ffd5b803560ff81168114610efe575f5ffd5b919050565b5f5f5f5f5f60808688031215610f17575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115610f3b575f5ffd5b8601601f81018813610f4b575f5ffd5b803567ffffffffffffffff811115610f61575f5ffd5b8860208260051b8401011115610f75575f5ffd5b60209190910193509150610f8b60608701610eee565b90509295509295909350565b5f60208284031215610fa7575f5ffd5b5035919050565b6001600160a01b0381168114610d8f575f5ffd5b5f5f60408385031215610fd3575f5ffd5b823591506020830135610fe581610fae565b809150509250929050565b5f5f5f5f5f60808688031215611004575f5ffd5b85359450602086013567ffffffffffffffff811115611021575f5ffd5b8601601f81018813611031575f5ffd5b803567ffffffffffffffff811115611047575f5ffd5b886020828401011115611058575f5ffd5b60209190910194509250604086013561107081610fae565b9150606086013561108081610fae565b809150509295509295909350565b5f5f6040838503121561109f575f5ffd5b8235915060208301358015158114610fe5575f5ffd5b5f5f604083850312156110c6575f5ffd5b50508035926020909101359150565b604080825283519082018190525f9060208501906060840190835b818110156111175783516001600160a01b03168352602093840193909201916001016110f0565b5050809250505060ff831660208301529392505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611152575f5ffd5b8135610b0081610fae565b8181038181111561034257634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b5f813561034281610fae565b67ffffffffffffffff8311156111b4576111b461117c565b680100000000000000008311156111cd576111cd61117c565b80548382558084101561120157815f528360205f20018482035f5b818110156111fd575f838201556001016111e8565b5050505b505f8181526020812083915b858110156112315761121e83611190565b828201556020929092019160010161120d565b505050505050565b604080825281018390525f8460608301825b8681101561127b57823561125e81610fae565b6001600160a01b031682526020928301929091019060010161124b565b50809250505060ff83166020830152949350505050565b818382375f9101908152919050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f1916010191905056feedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a2646970667358221220b052aa7d1de15bcd8c19f47bd5183ee861ac3dd9417ef4455898a09df9cb847964736f6c63430008250033",
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

// PackMAXCHANNELATTESTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f6ca504.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHANNEL_ATTESTERS() view returns(uint256)
func (platformRegistry *PlatformRegistry) PackMAXCHANNELATTESTERS() []byte {
	enc, err := platformRegistry.abi.Pack("MAX_CHANNEL_ATTESTERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHANNELATTESTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f6ca504.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHANNEL_ATTESTERS() view returns(uint256)
func (platformRegistry *PlatformRegistry) TryPackMAXCHANNELATTESTERS() ([]byte, error) {
	return platformRegistry.abi.Pack("MAX_CHANNEL_ATTESTERS")
}

// UnpackMAXCHANNELATTESTERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f6ca504.
//
// Solidity: function MAX_CHANNEL_ATTESTERS() view returns(uint256)
func (platformRegistry *PlatformRegistry) UnpackMAXCHANNELATTESTERS(data []byte) (*big.Int, error) {
	out, err := platformRegistry.abi.Unpack("MAX_CHANNEL_ATTESTERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackChannelAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4f87f3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function channelAttesters(bytes32 channel) view returns(address[] attesters, uint8 threshold)
func (platformRegistry *PlatformRegistry) PackChannelAttesters(channel [32]byte) []byte {
	enc, err := platformRegistry.abi.Pack("channelAttesters", channel)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChannelAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4f87f3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function channelAttesters(bytes32 channel) view returns(address[] attesters, uint8 threshold)
func (platformRegistry *PlatformRegistry) TryPackChannelAttesters(channel [32]byte) ([]byte, error) {
	return platformRegistry.abi.Pack("channelAttesters", channel)
}

// ChannelAttestersOutput serves as a container for the return parameters of contract
// method ChannelAttesters.
type ChannelAttestersOutput struct {
	Attesters []common.Address
	Threshold uint8
}

// UnpackChannelAttesters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4f87f3c.
//
// Solidity: function channelAttesters(bytes32 channel) view returns(address[] attesters, uint8 threshold)
func (platformRegistry *PlatformRegistry) UnpackChannelAttesters(data []byte) (ChannelAttestersOutput, error) {
	out, err := platformRegistry.abi.Unpack("channelAttesters", data)
	outstruct := new(ChannelAttestersOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Attesters = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackChannelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf192798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function channelId(bytes32 platformA, bytes32 platformB) pure returns(bytes32)
func (platformRegistry *PlatformRegistry) PackChannelId(platformA [32]byte, platformB [32]byte) []byte {
	enc, err := platformRegistry.abi.Pack("channelId", platformA, platformB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChannelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf192798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function channelId(bytes32 platformA, bytes32 platformB) pure returns(bytes32)
func (platformRegistry *PlatformRegistry) TryPackChannelId(platformA [32]byte, platformB [32]byte) ([]byte, error) {
	return platformRegistry.abi.Pack("channelId", platformA, platformB)
}

// UnpackChannelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf192798.
//
// Solidity: function channelId(bytes32 platformA, bytes32 platformB) pure returns(bytes32)
func (platformRegistry *PlatformRegistry) UnpackChannelId(data []byte) ([32]byte, error) {
	out, err := platformRegistry.abi.Unpack("channelId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackSetChannelAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d16ecb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setChannelAttesters(bytes32 platformA, bytes32 platformB, address[] attesters, uint8 threshold) returns()
func (platformRegistry *PlatformRegistry) PackSetChannelAttesters(platformA [32]byte, platformB [32]byte, attesters []common.Address, threshold uint8) []byte {
	enc, err := platformRegistry.abi.Pack("setChannelAttesters", platformA, platformB, attesters, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetChannelAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d16ecb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setChannelAttesters(bytes32 platformA, bytes32 platformB, address[] attesters, uint8 threshold) returns()
func (platformRegistry *PlatformRegistry) TryPackSetChannelAttesters(platformA [32]byte, platformB [32]byte, attesters []common.Address, threshold uint8) ([]byte, error) {
	return platformRegistry.abi.Pack("setChannelAttesters", platformA, platformB, attesters, threshold)
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

// PlatformRegistryChannelAttestersSet represents a ChannelAttestersSet event raised by the PlatformRegistry contract.
type PlatformRegistryChannelAttestersSet struct {
	Channel   [32]byte
	PlatformA [32]byte
	PlatformB [32]byte
	Attesters []common.Address
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const PlatformRegistryChannelAttestersSetEventName = "ChannelAttestersSet"

// ContractEventName returns the user-defined event name.
func (PlatformRegistryChannelAttestersSet) ContractEventName() string {
	return PlatformRegistryChannelAttestersSetEventName
}

// UnpackChannelAttestersSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChannelAttestersSet(bytes32 indexed channel, bytes32 indexed platformA, bytes32 indexed platformB, address[] attesters, uint8 threshold)
func (platformRegistry *PlatformRegistry) UnpackChannelAttestersSetEvent(log *types.Log) (*PlatformRegistryChannelAttestersSet, error) {
	event := "ChannelAttestersSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != platformRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlatformRegistryChannelAttestersSet)
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
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["AttestersNotAscending"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackAttestersNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["BadThreshold"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackBadThresholdError(raw[4:])
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
	if bytes.Equal(raw[:4], platformRegistry.abi.Errors["SamePlatform"].ID.Bytes()[:4]) {
		return platformRegistry.UnpackSamePlatformError(raw[4:])
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

// PlatformRegistryAttestersNotAscending represents a AttestersNotAscending error raised by the PlatformRegistry contract.
type PlatformRegistryAttestersNotAscending struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestersNotAscending(uint256 index)
func PlatformRegistryAttestersNotAscendingErrorID() common.Hash {
	return common.HexToHash("0x3071c98f9b637cc34e320d35cf6c966972b3949a60bb8098f061fbecbdc2db0d")
}

// UnpackAttestersNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestersNotAscending(uint256 index)
func (platformRegistry *PlatformRegistry) UnpackAttestersNotAscendingError(raw []byte) (*PlatformRegistryAttestersNotAscending, error) {
	out := new(PlatformRegistryAttestersNotAscending)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "AttestersNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlatformRegistryBadThreshold represents a BadThreshold error raised by the PlatformRegistry contract.
type PlatformRegistryBadThreshold struct {
	Threshold uint8
	Attesters *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadThreshold(uint8 threshold, uint256 attesters)
func PlatformRegistryBadThresholdErrorID() common.Hash {
	return common.HexToHash("0x36c8e33034f6fbd0203fe9de35aa5efb204b2b167a25748fd5f9305db361f6f3")
}

// UnpackBadThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadThreshold(uint8 threshold, uint256 attesters)
func (platformRegistry *PlatformRegistry) UnpackBadThresholdError(raw []byte) (*PlatformRegistryBadThreshold, error) {
	out := new(PlatformRegistryBadThreshold)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "BadThreshold", raw); err != nil {
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

// PlatformRegistrySamePlatform represents a SamePlatform error raised by the PlatformRegistry contract.
type PlatformRegistrySamePlatform struct {
	PlatformId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SamePlatform(bytes32 platformId)
func PlatformRegistrySamePlatformErrorID() common.Hash {
	return common.HexToHash("0x60f4d847b98fd6458becd13417de6487e9dd62b89b9a13d2a0c233fa6b1e3279")
}

// UnpackSamePlatformError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SamePlatform(bytes32 platformId)
func (platformRegistry *PlatformRegistry) UnpackSamePlatformError(raw []byte) (*PlatformRegistrySamePlatform, error) {
	out := new(PlatformRegistrySamePlatform)
	if err := platformRegistry.abi.UnpackIntoInterface(out, "SamePlatform", raw); err != nil {
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
