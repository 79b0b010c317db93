// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package didregistry

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

// DIDRegistryMetaData contains all meta data concerning the DIDRegistry contract.
var DIDRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"}],\"name\":\"Deactivated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"validTo\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousChange\",\"type\":\"uint256\"}],\"name\":\"DIDAttributeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"delegateType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"validTo\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousChange\",\"type\":\"uint256\"}],\"name\":\"DIDDelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousChange\",\"type\":\"uint256\"}],\"name\":\"DIDOwnerChanged\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"delegateType\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"validity\",\"type\":\"uint256\"}],\"name\":\"addDelegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"sigV\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"sigR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"delegateType\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"validity\",\"type\":\"uint256\"}],\"name\":\"addDelegateSigned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"changeOwner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"sigV\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"sigR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigS\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"changeOwnerSigned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"}],\"name\":\"changed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"typeHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"validTo\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"}],\"name\":\"identityOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"}],\"name\":\"owners\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"name\":\"revokeAttribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"sigV\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"sigR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"name\":\"revokeAttributeSigned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"delegateType\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"}],\"name\":\"revokeDelegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"sigV\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"sigR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"delegateType\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"}],\"name\":\"revokeDelegateSigned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"validity\",\"type\":\"uint256\"}],\"name\":\"setAttribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"sigV\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"sigR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sigS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"validity\",\"type\":\"uint256\"}],\"name\":\"setAttributeSigned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"delegateType\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"}],\"name\":\"validDelegate\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DIDRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b506113e98061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100fa575f3560e01c806380b29f7c11610093578063a7068d6611610063578063a7068d66146102ae578063e476af5c146102c1578063f00d4b5d146102d4578063f96d0f9f146102e7575f5ffd5b806380b29f7c146102625780638733d4e81461027557806393072684146102885780639c2c1b2b1461029b575f5ffd5b8063240cf1fa116100ce578063240cf1fa146101ac578063622b2a3c146101bf57806370ae92d2146102305780637ad4b0a41461024f575f5ffd5b8062c023da146100fe578063022914a7146101135780630d44625b1461015b578063123b5e9814610199575b5f5ffd5b61011161010c366004610e7b565b610320565b005b61013e610121366004610ed1565b6001600160a01b039081165f908152602081905260409020541690565b6040516001600160a01b0390911681526020015b60405180910390f35b61018b610169366004610ef1565b600160209081525f938452604080852082529284528284209052825290205481565b604051908152602001610152565b6101116101a7366004610f3a565b610333565b6101116101ba366004610fbd565b6103c1565b6102206101cd366004610ef1565b6001600160a01b039283165f908152600160209081526040808320815180840196909652815180870384018152958201825285519583019590952083529381528382209290941681529252902054421090565b6040519015158152602001610152565b61018b61023e366004610ed1565b60026020525f908152604090205481565b61011161025d366004611010565b61048a565b610111610270366004610ef1565b61049f565b61013e610283366004610ed1565b6104b0565b61011161029636600461106d565b610501565b6101116102a93660046110c8565b6105d6565b6101116102bc366004611130565b6106b5565b6101116102cf366004611171565b6106c2565b6101116102e23660046111ed565b610742565b61018b6102f5366004610ed1565b6001600160a01b03165f90815260208190526040902054600160a81b900467ffffffffffffffff1690565b61032d8433858585610751565b50505050565b5f601960f81b81306002826103478e6104b0565b6001600160a01b03166001600160a01b031681526020019081526020015f20548c898989896040516020016103849998979695949392919061121e565b6040516020818303038152906040528051906020012090506103b6896103ad8b8b8b8b876107da565b878787876108a3565b505050505050505050565b5f601960f81b81306002826103d58b6104b0565b6001600160a01b0316815260208082019290925260409081015f205481516001600160f81b0319968716818501529490951660218501526001600160601b0319606093841b8116602286015260368501959095528a831b851660568501526a31b430b733b2a7bbb732b960a91b606a8501529186901b90931660758301528051606981840301815260899092019052805191012090506104828661047c81888888876107da565b84610934565b505050505050565b6104988533868686866108a3565b5050505050565b6104ab833384846109e0565b505050565b6001600160a01b0381165f9081526020819052604081208054600160a01b900460ff16156104e057505f92915050565b80546001600160a01b031680156104f757806104f9565b835b949350505050565b5f601960f81b81306002826105158c6104b0565b6001600160a01b0316815260208082019290925260409081015f205481516001600160f81b0319968716818501529490951660218501526001600160601b0319606093841b8116602286015260368501959095528b831b851660568501526d7265766f6b6544656c656761746560901b606a850152607884018890529186901b90931660988301528051608c81840301815260ac9092019052805191012090506105cd876105c681898989876107da565b85856109e0565b50505050505050565b5f601960f81b81306002826105ea8d6104b0565b6001600160a01b0316815260208082019290925260409081015f205490516001600160f81b031995861692810192909252929093166021840152606090811b6001600160601b0319908116602285015260368401929092528a811b821660568401526a61646444656c656761746560a81b606a8401526075830187905285901b16609582015260a9810183905260c9016040516020818303038152906040528051906020012090506106ab886106a38a8a8a8a876107da565b868686610abe565b5050505050505050565b61032d8433858585610abe565b5f601960f81b81306002826106d68d6104b0565b6001600160a01b03166001600160a01b031681526020019081526020015f20548b888888604051602001610711989796959493929190611291565b6040516020818303038152906040528051906020012090506106ab8861073a8a8a8a8a876107da565b868686610751565b61074d823383610934565b5050565b5f5f61075d8787610b97565b815467ffffffffffffffff60a81b1916600160a81b4367ffffffffffffffff160217825560405191935091506001600160a01b038816907f18ab6b2ae3d64306c00ce663125f2bd680e441a098de1635bd7ad8b0d44965e4906107c9908890889088905f90889061132d565b60405180910390a250505050505050565b5f5f6107e5876104b0565b90506001600160a01b03811661081e57604051631d272dad60e21b81526001600160a01b03881660048201526024015b60405180910390fd5b61082a83878787610c6f565b9150806001600160a01b0316826001600160a01b03161461087157604051631194af8760e11b81526001600160a01b03808916600483015283166024820152604401610815565b6001600160a01b0382165f9081526002602052604081208054916108948361136e565b91905055505095945050505050565b5f5f6108af8888610b97565b815467ffffffffffffffff60a81b1916600160a81b4367ffffffffffffffff160217825590925090506001600160a01b0388167f18ab6b2ae3d64306c00ce663125f2bd680e441a098de1635bd7ad8b0d44965e48787876109108842611386565b8660405161092295949392919061132d565b60405180910390a25050505050505050565b5f5f6109408585610b97565b90925090506001600160a01b03831661096557815460ff60a01b1916600160a01b1782555b81546001600160a01b03848116600168ffffffffffffffff0160a01b03199092168217600160a81b4367ffffffffffffffff16021784556040805192835260208301849052908716917f38a5a6e68f30ed1ab45860a4afb34bcb2fc00f22ca462d249b8a8d40cda6f7a3910160405180910390a25050505050565b5f5f6109ec8686610b97565b6001600160a01b038881165f81815260016020908152604080832081518084018d90528251808203850181528184018085528151918601919091208652918452828520968c1680865296909352928190204290819055875467ffffffffffffffff60a81b1916600160a81b4367ffffffffffffffff1602178855928b90526060820194909452608081019190915260a08101849052915193955091935090917f5a5084339536bcab65f20799fcc58724588145ca054bd2be626174b27ba156f79160c0908290030190a2505050505050565b5f5f610aca8787610b97565b90925090505f610ada8442611386565b6001600160a01b038981165f81815260016020908152604080832081518084018e90528251808203850181528184018085528151918601919091208652918452828520968d16808652969093529220859055875467ffffffffffffffff60a81b1916600160a81b4367ffffffffffffffff1602178855908a905260608101929092526080820183905260a082018590529192507f5a5084339536bcab65f20799fcc58724588145ca054bd2be626174b27ba156f79060c001610922565b6001600160a01b0382165f9081526020819052604081208054909190600160a01b900460ff1615610be657604051631d272dad60e21b81526001600160a01b0385166004820152602401610815565b81545f906001600160a01b031615610c085782546001600160a01b0316610c0a565b845b9050806001600160a01b0316846001600160a01b031614610c5157604051631194af8760e11b81526001600160a01b03808716600483015285166024820152604401610815565b505080549093600160a81b90910467ffffffffffffffff1692509050565b5f5f5f5f610c7f88888888610c9b565b925092509250610c8f8282610d63565b50909695505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610cd457505f91506003905082610d59565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610d25573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610d5057505f925060019150829050610d59565b92505f91508190505b9450945094915050565b5f826003811115610d7657610d7661139f565b03610d7f575050565b6001826003811115610d9357610d9361139f565b03610db15760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610dc557610dc561139f565b03610de65760405163fce698f760e01b815260048101829052602401610815565b6003826003811115610dfa57610dfa61139f565b0361074d576040516335e2f38360e21b815260048101829052602401610815565b80356001600160a01b0381168114610e31575f5ffd5b919050565b5f5f83601f840112610e46575f5ffd5b50813567ffffffffffffffff811115610e5d575f5ffd5b602083019150836020828501011115610e74575f5ffd5b9250929050565b5f5f5f5f60608587031215610e8e575f5ffd5b610e9785610e1b565b935060208501359250604085013567ffffffffffffffff811115610eb9575f5ffd5b610ec587828801610e36565b95989497509550505050565b5f60208284031215610ee1575f5ffd5b610eea82610e1b565b9392505050565b5f5f5f60608486031215610f03575f5ffd5b610f0c84610e1b565b925060208401359150610f2160408501610e1b565b90509250925092565b803560ff81168114610e31575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215610f51575f5ffd5b610f5a89610e1b565b9750610f6860208a01610f2a565b965060408901359550606089013594506080890135935060a089013567ffffffffffffffff811115610f98575f5ffd5b610fa48b828c01610e36565b999c989b50969995989497949560c00135949350505050565b5f5f5f5f5f60a08688031215610fd1575f5ffd5b610fda86610e1b565b9450610fe860208701610f2a565b9350604086013592506060860135915061100460808701610e1b565b90509295509295909350565b5f5f5f5f5f60808688031215611024575f5ffd5b61102d86610e1b565b945060208601359350604086013567ffffffffffffffff81111561104f575f5ffd5b61105b88828901610e36565b96999598509660600135949350505050565b5f5f5f5f5f5f60c08789031215611082575f5ffd5b61108b87610e1b565b955061109960208801610f2a565b94506040870135935060608701359250608087013591506110bc60a08801610e1b565b90509295509295509295565b5f5f5f5f5f5f5f60e0888a0312156110de575f5ffd5b6110e788610e1b565b96506110f560208901610f2a565b955060408801359450606088013593506080880135925061111860a08901610e1b565b96999598509396929591949193505060c09091013590565b5f5f5f5f60808587031215611143575f5ffd5b61114c85610e1b565b93506020850135925061116160408601610e1b565b9396929550929360600135925050565b5f5f5f5f5f5f5f60c0888a031215611187575f5ffd5b61119088610e1b565b965061119e60208901610f2a565b955060408801359450606088013593506080880135925060a088013567ffffffffffffffff8111156111ce575f5ffd5b6111da8a828b01610e36565b989b979a50959850939692959293505050565b5f5f604083850312156111fe575f5ffd5b61120783610e1b565b915061121560208401610e1b565b90509250929050565b6001600160f81b03198a81168252891660018201526001600160601b0319606089811b821660028401526016830189905287901b1660368201526b73657441747472696275746560a01b604a82015260568101859052828460768301376076920191820152609601979650505050505050565b6001600160f81b03198981168252881660018201526001600160601b0319606088811b821660028401526016830188905286901b1660368201526e7265766f6b6541747472696275746560881b604a82015260598101849052818360798301375f9101607901908152979650505050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b858152608060208201525f611346608083018688611305565b604083019490945250606001529392505050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161137f5761137f61135a565b5060010190565b808201808211156113995761139961135a565b92915050565b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220380e4d74411aac794db1d18ca1895d527facbaa6344e73dad5cbfdf93afab82c64736f6c63430008250033",
}

// DIDRegistry is an auto generated Go binding around an Ethereum contract.
type DIDRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DIDRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewDIDRegistry creates a new instance of DIDRegistry.
func NewDIDRegistry() *DIDRegistry {
	parsed, err := DIDRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DIDRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DIDRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7068d66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addDelegate(address identity, bytes32 delegateType, address delegate, uint256 validity) returns()
func (dIDRegistry *DIDRegistry) PackAddDelegate(identity common.Address, delegateType [32]byte, delegate common.Address, validity *big.Int) []byte {
	enc, err := dIDRegistry.abi.Pack("addDelegate", identity, delegateType, delegate, validity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7068d66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addDelegate(address identity, bytes32 delegateType, address delegate, uint256 validity) returns()
func (dIDRegistry *DIDRegistry) TryPackAddDelegate(identity common.Address, delegateType [32]byte, delegate common.Address, validity *big.Int) ([]byte, error) {
	return dIDRegistry.abi.Pack("addDelegate", identity, delegateType, delegate, validity)
}

// PackAddDelegateSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c2c1b2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addDelegateSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 delegateType, address delegate, uint256 validity) returns()
func (dIDRegistry *DIDRegistry) PackAddDelegateSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, delegateType [32]byte, delegate common.Address, validity *big.Int) []byte {
	enc, err := dIDRegistry.abi.Pack("addDelegateSigned", identity, sigV, sigR, sigS, delegateType, delegate, validity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddDelegateSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c2c1b2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addDelegateSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 delegateType, address delegate, uint256 validity) returns()
func (dIDRegistry *DIDRegistry) TryPackAddDelegateSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, delegateType [32]byte, delegate common.Address, validity *big.Int) ([]byte, error) {
	return dIDRegistry.abi.Pack("addDelegateSigned", identity, sigV, sigR, sigS, delegateType, delegate, validity)
}

// PackChangeOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf00d4b5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeOwner(address identity, address newOwner) returns()
func (dIDRegistry *DIDRegistry) PackChangeOwner(identity common.Address, newOwner common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("changeOwner", identity, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf00d4b5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeOwner(address identity, address newOwner) returns()
func (dIDRegistry *DIDRegistry) TryPackChangeOwner(identity common.Address, newOwner common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("changeOwner", identity, newOwner)
}

// PackChangeOwnerSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x240cf1fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeOwnerSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, address newOwner) returns()
func (dIDRegistry *DIDRegistry) PackChangeOwnerSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, newOwner common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("changeOwnerSigned", identity, sigV, sigR, sigS, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeOwnerSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x240cf1fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeOwnerSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, address newOwner) returns()
func (dIDRegistry *DIDRegistry) TryPackChangeOwnerSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, newOwner common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("changeOwnerSigned", identity, sigV, sigR, sigS, newOwner)
}

// PackChanged is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf96d0f9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changed(address identity) view returns(uint256)
func (dIDRegistry *DIDRegistry) PackChanged(identity common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("changed", identity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChanged is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf96d0f9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changed(address identity) view returns(uint256)
func (dIDRegistry *DIDRegistry) TryPackChanged(identity common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("changed", identity)
}

// UnpackChanged is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf96d0f9f.
//
// Solidity: function changed(address identity) view returns(uint256)
func (dIDRegistry *DIDRegistry) UnpackChanged(data []byte) (*big.Int, error) {
	out, err := dIDRegistry.abi.Unpack("changed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d44625b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address identity, bytes32 typeHash, address delegate) view returns(uint256 validTo)
func (dIDRegistry *DIDRegistry) PackDelegates(identity common.Address, typeHash [32]byte, delegate common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("delegates", identity, typeHash, delegate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d44625b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address identity, bytes32 typeHash, address delegate) view returns(uint256 validTo)
func (dIDRegistry *DIDRegistry) TryPackDelegates(identity common.Address, typeHash [32]byte, delegate common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("delegates", identity, typeHash, delegate)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d44625b.
//
// Solidity: function delegates(address identity, bytes32 typeHash, address delegate) view returns(uint256 validTo)
func (dIDRegistry *DIDRegistry) UnpackDelegates(data []byte) (*big.Int, error) {
	out, err := dIDRegistry.abi.Unpack("delegates", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIdentityOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8733d4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityOwner(address identity) view returns(address)
func (dIDRegistry *DIDRegistry) PackIdentityOwner(identity common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("identityOwner", identity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8733d4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityOwner(address identity) view returns(address)
func (dIDRegistry *DIDRegistry) TryPackIdentityOwner(identity common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("identityOwner", identity)
}

// UnpackIdentityOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8733d4e8.
//
// Solidity: function identityOwner(address identity) view returns(address)
func (dIDRegistry *DIDRegistry) UnpackIdentityOwner(data []byte) (common.Address, error) {
	out, err := dIDRegistry.abi.Unpack("identityOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70ae92d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonce(address signer) view returns(uint256)
func (dIDRegistry *DIDRegistry) PackNonce(signer common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("nonce", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70ae92d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonce(address signer) view returns(uint256)
func (dIDRegistry *DIDRegistry) TryPackNonce(signer common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("nonce", signer)
}

// UnpackNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70ae92d2.
//
// Solidity: function nonce(address signer) view returns(uint256)
func (dIDRegistry *DIDRegistry) UnpackNonce(data []byte) (*big.Int, error) {
	out, err := dIDRegistry.abi.Unpack("nonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022914a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owners(address identity) view returns(address)
func (dIDRegistry *DIDRegistry) PackOwners(identity common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("owners", identity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022914a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owners(address identity) view returns(address)
func (dIDRegistry *DIDRegistry) TryPackOwners(identity common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("owners", identity)
}

// UnpackOwners is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022914a7.
//
// Solidity: function owners(address identity) view returns(address)
func (dIDRegistry *DIDRegistry) UnpackOwners(data []byte) (common.Address, error) {
	out, err := dIDRegistry.abi.Unpack("owners", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevokeAttribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c023da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeAttribute(address identity, bytes32 name, bytes value) returns()
func (dIDRegistry *DIDRegistry) PackRevokeAttribute(identity common.Address, name [32]byte, value []byte) []byte {
	enc, err := dIDRegistry.abi.Pack("revokeAttribute", identity, name, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeAttribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c023da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeAttribute(address identity, bytes32 name, bytes value) returns()
func (dIDRegistry *DIDRegistry) TryPackRevokeAttribute(identity common.Address, name [32]byte, value []byte) ([]byte, error) {
	return dIDRegistry.abi.Pack("revokeAttribute", identity, name, value)
}

// PackRevokeAttributeSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe476af5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeAttributeSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 name, bytes value) returns()
func (dIDRegistry *DIDRegistry) PackRevokeAttributeSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, name [32]byte, value []byte) []byte {
	enc, err := dIDRegistry.abi.Pack("revokeAttributeSigned", identity, sigV, sigR, sigS, name, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeAttributeSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe476af5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeAttributeSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 name, bytes value) returns()
func (dIDRegistry *DIDRegistry) TryPackRevokeAttributeSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, name [32]byte, value []byte) ([]byte, error) {
	return dIDRegistry.abi.Pack("revokeAttributeSigned", identity, sigV, sigR, sigS, name, value)
}

// PackRevokeDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b29f7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeDelegate(address identity, bytes32 delegateType, address delegate) returns()
func (dIDRegistry *DIDRegistry) PackRevokeDelegate(identity common.Address, delegateType [32]byte, delegate common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("revokeDelegate", identity, delegateType, delegate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b29f7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeDelegate(address identity, bytes32 delegateType, address delegate) returns()
func (dIDRegistry *DIDRegistry) TryPackRevokeDelegate(identity common.Address, delegateType [32]byte, delegate common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("revokeDelegate", identity, delegateType, delegate)
}

// PackRevokeDelegateSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93072684.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeDelegateSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 delegateType, address delegate) returns()
func (dIDRegistry *DIDRegistry) PackRevokeDelegateSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, delegateType [32]byte, delegate common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("revokeDelegateSigned", identity, sigV, sigR, sigS, delegateType, delegate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeDelegateSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93072684.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeDelegateSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 delegateType, address delegate) returns()
func (dIDRegistry *DIDRegistry) TryPackRevokeDelegateSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, delegateType [32]byte, delegate common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("revokeDelegateSigned", identity, sigV, sigR, sigS, delegateType, delegate)
}

// PackSetAttribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ad4b0a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAttribute(address identity, bytes32 name, bytes value, uint256 validity) returns()
func (dIDRegistry *DIDRegistry) PackSetAttribute(identity common.Address, name [32]byte, value []byte, validity *big.Int) []byte {
	enc, err := dIDRegistry.abi.Pack("setAttribute", identity, name, value, validity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAttribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ad4b0a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAttribute(address identity, bytes32 name, bytes value, uint256 validity) returns()
func (dIDRegistry *DIDRegistry) TryPackSetAttribute(identity common.Address, name [32]byte, value []byte, validity *big.Int) ([]byte, error) {
	return dIDRegistry.abi.Pack("setAttribute", identity, name, value, validity)
}

// PackSetAttributeSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x123b5e98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAttributeSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 name, bytes value, uint256 validity) returns()
func (dIDRegistry *DIDRegistry) PackSetAttributeSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, name [32]byte, value []byte, validity *big.Int) []byte {
	enc, err := dIDRegistry.abi.Pack("setAttributeSigned", identity, sigV, sigR, sigS, name, value, validity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAttributeSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x123b5e98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAttributeSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 name, bytes value, uint256 validity) returns()
func (dIDRegistry *DIDRegistry) TryPackSetAttributeSigned(identity common.Address, sigV uint8, sigR [32]byte, sigS [32]byte, name [32]byte, value []byte, validity *big.Int) ([]byte, error) {
	return dIDRegistry.abi.Pack("setAttributeSigned", identity, sigV, sigR, sigS, name, value, validity)
}

// PackValidDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x622b2a3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validDelegate(address identity, bytes32 delegateType, address delegate) view returns(bool)
func (dIDRegistry *DIDRegistry) PackValidDelegate(identity common.Address, delegateType [32]byte, delegate common.Address) []byte {
	enc, err := dIDRegistry.abi.Pack("validDelegate", identity, delegateType, delegate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x622b2a3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validDelegate(address identity, bytes32 delegateType, address delegate) view returns(bool)
func (dIDRegistry *DIDRegistry) TryPackValidDelegate(identity common.Address, delegateType [32]byte, delegate common.Address) ([]byte, error) {
	return dIDRegistry.abi.Pack("validDelegate", identity, delegateType, delegate)
}

// UnpackValidDelegate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x622b2a3c.
//
// Solidity: function validDelegate(address identity, bytes32 delegateType, address delegate) view returns(bool)
func (dIDRegistry *DIDRegistry) UnpackValidDelegate(data []byte) (bool, error) {
	out, err := dIDRegistry.abi.Unpack("validDelegate", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// DIDRegistryDIDAttributeChanged represents a DIDAttributeChanged event raised by the DIDRegistry contract.
type DIDRegistryDIDAttributeChanged struct {
	Identity       common.Address
	Name           [32]byte
	Value          []byte
	ValidTo        *big.Int
	PreviousChange *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DIDRegistryDIDAttributeChangedEventName = "DIDAttributeChanged"

// ContractEventName returns the user-defined event name.
func (DIDRegistryDIDAttributeChanged) ContractEventName() string {
	return DIDRegistryDIDAttributeChangedEventName
}

// UnpackDIDAttributeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DIDAttributeChanged(address indexed identity, bytes32 name, bytes value, uint256 validTo, uint256 previousChange)
func (dIDRegistry *DIDRegistry) UnpackDIDAttributeChangedEvent(log *types.Log) (*DIDRegistryDIDAttributeChanged, error) {
	event := "DIDAttributeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dIDRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DIDRegistryDIDAttributeChanged)
	if len(log.Data) > 0 {
		if err := dIDRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dIDRegistry.abi.Events[event].Inputs {
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

// DIDRegistryDIDDelegateChanged represents a DIDDelegateChanged event raised by the DIDRegistry contract.
type DIDRegistryDIDDelegateChanged struct {
	Identity       common.Address
	DelegateType   [32]byte
	Delegate       common.Address
	ValidTo        *big.Int
	PreviousChange *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DIDRegistryDIDDelegateChangedEventName = "DIDDelegateChanged"

// ContractEventName returns the user-defined event name.
func (DIDRegistryDIDDelegateChanged) ContractEventName() string {
	return DIDRegistryDIDDelegateChangedEventName
}

// UnpackDIDDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DIDDelegateChanged(address indexed identity, bytes32 delegateType, address delegate, uint256 validTo, uint256 previousChange)
func (dIDRegistry *DIDRegistry) UnpackDIDDelegateChangedEvent(log *types.Log) (*DIDRegistryDIDDelegateChanged, error) {
	event := "DIDDelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dIDRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DIDRegistryDIDDelegateChanged)
	if len(log.Data) > 0 {
		if err := dIDRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dIDRegistry.abi.Events[event].Inputs {
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

// DIDRegistryDIDOwnerChanged represents a DIDOwnerChanged event raised by the DIDRegistry contract.
type DIDRegistryDIDOwnerChanged struct {
	Identity       common.Address
	Owner          common.Address
	PreviousChange *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DIDRegistryDIDOwnerChangedEventName = "DIDOwnerChanged"

// ContractEventName returns the user-defined event name.
func (DIDRegistryDIDOwnerChanged) ContractEventName() string {
	return DIDRegistryDIDOwnerChangedEventName
}

// UnpackDIDOwnerChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DIDOwnerChanged(address indexed identity, address owner, uint256 previousChange)
func (dIDRegistry *DIDRegistry) UnpackDIDOwnerChangedEvent(log *types.Log) (*DIDRegistryDIDOwnerChanged, error) {
	event := "DIDOwnerChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dIDRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DIDRegistryDIDOwnerChanged)
	if len(log.Data) > 0 {
		if err := dIDRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dIDRegistry.abi.Events[event].Inputs {
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
func (dIDRegistry *DIDRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dIDRegistry.abi.Errors["Deactivated"].ID.Bytes()[:4]) {
		return dIDRegistry.UnpackDeactivatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dIDRegistry.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return dIDRegistry.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dIDRegistry.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return dIDRegistry.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], dIDRegistry.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return dIDRegistry.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], dIDRegistry.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return dIDRegistry.UnpackNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DIDRegistryDeactivated represents a Deactivated error raised by the DIDRegistry contract.
type DIDRegistryDeactivated struct {
	Identity common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Deactivated(address identity)
func DIDRegistryDeactivatedErrorID() common.Hash {
	return common.HexToHash("0x749cb6b4c510bc468cf6b9c2086d6f0a54d6b18e25d37bf3200e68eab0880c00")
}

// UnpackDeactivatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Deactivated(address identity)
func (dIDRegistry *DIDRegistry) UnpackDeactivatedError(raw []byte) (*DIDRegistryDeactivated, error) {
	out := new(DIDRegistryDeactivated)
	if err := dIDRegistry.abi.UnpackIntoInterface(out, "Deactivated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DIDRegistryECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the DIDRegistry contract.
type DIDRegistryECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func DIDRegistryECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (dIDRegistry *DIDRegistry) UnpackECDSAInvalidSignatureError(raw []byte) (*DIDRegistryECDSAInvalidSignature, error) {
	out := new(DIDRegistryECDSAInvalidSignature)
	if err := dIDRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DIDRegistryECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the DIDRegistry contract.
type DIDRegistryECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func DIDRegistryECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (dIDRegistry *DIDRegistry) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*DIDRegistryECDSAInvalidSignatureLength, error) {
	out := new(DIDRegistryECDSAInvalidSignatureLength)
	if err := dIDRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DIDRegistryECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the DIDRegistry contract.
type DIDRegistryECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func DIDRegistryECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (dIDRegistry *DIDRegistry) UnpackECDSAInvalidSignatureSError(raw []byte) (*DIDRegistryECDSAInvalidSignatureS, error) {
	out := new(DIDRegistryECDSAInvalidSignatureS)
	if err := dIDRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DIDRegistryNotOwner represents a NotOwner error raised by the DIDRegistry contract.
type DIDRegistryNotOwner struct {
	Identity common.Address
	Actor    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address identity, address actor)
func DIDRegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x23295f0e104d137d137555eb51dbe25a9e6827007f9feb6ae8bb562312e3e202")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address identity, address actor)
func (dIDRegistry *DIDRegistry) UnpackNotOwnerError(raw []byte) (*DIDRegistryNotOwner, error) {
	out := new(DIDRegistryNotOwner)
	if err := dIDRegistry.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
