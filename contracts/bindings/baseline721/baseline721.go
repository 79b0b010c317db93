// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package baseline721

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

// Baseline721MetaData contains all meta data concerning the Baseline721 contract.
var Baseline721MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"},{\"internalType\":\"string[]\",\"name\":\"uris\",\"type\":\"string[]\"}],\"name\":\"mintBatchWithURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"mintWithURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Baseline721",
	Bin: "0x608060405234801561000f575f5ffd5b5060405180604001604052806008815260200167626173656c696e6560c01b815250604051806040016040528060048152602001634241534560e01b815250815f908161005c9190610114565b5060016100698282610114565b5050506101d2565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009957607f821691505b6020821081036100b757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010f578282111561010f57805f5260205f20601f840160051c60208510156100e857505f5b90810190601f840160051c035f5b8181101561010b575f838201556001016100f6565b5050505b505050565b81516001600160401b0381111561012d5761012d610071565b6101418161013b8454610085565b846100bd565b6020601f821160018114610173575f831561015c5750848201515b5f19600385901b1c1916600184901b1784556101cb565b5f84815260208120601f198516915b828110156101a25787850151825560209485019460019092019101610182565b50848210156101bf57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6114af806101df5f395ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80636352211e11610093578063b84016c211610063578063b84016c214610217578063b88d4fde1461022a578063c87b56dd1461023d578063e985e9c514610250575f5ffd5b80636352211e146101c857806370a08231146101db57806395d89b41146101fc578063a22cb46514610204575f5ffd5b806323b872dd116100ce57806323b872dd1461017c57806340c10f191461018f57806342842e0e146101a25780634a99950b146101b5575f5ffd5b806301ffc9a7146100ff57806306fdde0314610127578063081812fc1461013c578063095ea7b314610167575b5f5ffd5b61011261010d366004610eb1565b610263565b60405190151581526020015b60405180910390f35b61012f61028d565b60405161011e9190610efa565b61014f61014a366004610f0c565b61031c565b6040516001600160a01b03909116815260200161011e565b61017a610175366004610f3e565b610343565b005b61017a61018a366004610f66565b610352565b61017a61019d366004610f3e565b6103e0565b61017a6101b0366004610f66565b6103ea565b61017a6101c3366004610fa0565b610409565b61014f6101d6366004610f0c565b610452565b6101ee6101e9366004611023565b61045c565b60405190815260200161011e565b61012f6104a1565b61017a61021236600461103c565b6104b0565b61017a6102253660046110bd565b6104bb565b61017a610238366004611151565b610570565b61012f61024b366004610f0c565b610588565b61011261025e36600461122e565b610609565b5f6001600160e01b03198216632483248360e11b1480610287575061028782610636565b92915050565b60605f805461029b9061125f565b80601f01602080910402602001604051908101604052809291908181526020018280546102c79061125f565b80156103125780601f106102e957610100808354040283529160200191610312565b820191905f5260205f20905b8154815290600101906020018083116102f557829003601f168201915b5050505050905090565b5f61032682610685565b505f828152600460205260409020546001600160a01b0316610287565b61034e8282336106bd565b5050565b6001600160a01b03821661038057604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61038c8383336106ca565b9050836001600160a01b0316816001600160a01b0316146103da576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610377565b50505050565b61034e82826107bc565b61040483838360405180602001604052805f815250610570565b505050565b61041384846107bc565b6103da8383838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061081d92505050565b5f61028782610685565b5f6001600160a01b038216610486576040516322718ad960e21b81525f6004820152602401610377565b506001600160a01b03165f9081526003602052604090205490565b60606001805461029b9061125f565b61034e33838361086c565b5f5b83811015610568576104e7868686848181106104db576104db611297565b905060200201356107bc565b6105608585838181106104fc576104fc611297565b9050602002013584848481811061051557610515611297565b905060200281019061052791906112ab565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061081d92505050565b6001016104bd565b505050505050565b61057b848484610352565b6103da3385858585610933565b606061059382610685565b505f6105a960408051602081019091525f815290565b90505f6105b584610a59565b905081515f036105c6579392505050565b8051156105f85781816040516020016105e0929190611305565b60405160208183030381529060405292505050919050565b61060184610af8565b949350505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f6001600160e01b031982166380ac58cd60e01b148061066657506001600160e01b03198216635b5e139f60e01b145b8061028757506301ffc9a760e01b6001600160e01b0319831614610287565b5f818152600260205260408120546001600160a01b03168061028757604051637e27328960e01b815260048101849052602401610377565b6104048383836001610b69565b5f828152600260205260408120546001600160a01b03908116908316156106f6576106f6818486610c6d565b6001600160a01b03811615610730576107115f855f5f610b69565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561075e576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6001600160a01b0382166107e557604051633250574960e11b81525f6004820152602401610377565b5f6107f183835f6106ca565b90506001600160a01b03811615610404576040516339e3563760e11b81525f6004820152602401610377565b5f8281526006602052604090206108348282611367565b506040518281527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a15050565b6001600160a01b0383166108955760405163a9fbf51f60e01b81525f6004820152602401610377565b6001600160a01b0382166108c757604051630b61174360e31b81526001600160a01b0383166004820152602401610377565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610a5257604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610975908890889087908790600401611422565b6020604051808303815f875af19250505080156109af575060408051601f3d908101601f191682019092526109ac9181019061145e565b60015b610a16573d8080156109dc576040519150601f19603f3d011682016040523d82523d5f602084013e6109e1565b606091505b5080515f03610a0e57604051633250574960e11b81526001600160a01b0385166004820152602401610377565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461056857604051633250574960e11b81526001600160a01b0385166004820152602401610377565b5050505050565b5f818152600660205260409020805460609190610a759061125f565b80601f0160208091040260200160405190810160405280929190818152602001828054610aa19061125f565b8015610aec5780601f10610ac357610100808354040283529160200191610aec565b820191905f5260205f20905b815481529060010190602001808311610acf57829003601f168201915b50505050509050919050565b6060610b0382610685565b505f610b1960408051602081019091525f815290565b90505f815111610b375760405180602001604052805f815250610b62565b80610b4184610cd1565b604051602001610b52929190611305565b6040516020818303038152906040525b9392505050565b8080610b7d57506001600160a01b03821615155b15610c3e575f610b8c84610685565b90506001600160a01b03831615801590610bb85750826001600160a01b0316816001600160a01b031614155b8015610bcb5750610bc98184610609565b155b15610bf45760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610377565b8115610c3c5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b610c78838383610d61565b610404576001600160a01b038316610ca657604051637e27328960e01b815260048101829052602401610377565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610377565b60605f610cdd83610dc2565b60010190505f8167ffffffffffffffff811115610cfc57610cfc61113d565b6040519080825280601f01601f191660200182016040528015610d26576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610d3057509392505050565b5f6001600160a01b038316158015906106015750826001600160a01b0316846001600160a01b03161480610d9a5750610d9a8484610609565b806106015750505f908152600460205260409020546001600160a01b03908116911614919050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310610e005772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310610e2c576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310610e4a57662386f26fc10000830492506010015b6305f5e1008310610e62576305f5e100830492506008015b6127108310610e7657612710830492506004015b60648310610e88576064830492506002015b600a83106102875760010192915050565b6001600160e01b031981168114610eae575f5ffd5b50565b5f60208284031215610ec1575f5ffd5b8135610b6281610e99565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610b626020830184610ecc565b5f60208284031215610f1c575f5ffd5b5035919050565b80356001600160a01b0381168114610f39575f5ffd5b919050565b5f5f60408385031215610f4f575f5ffd5b610f5883610f23565b946020939093013593505050565b5f5f5f60608486031215610f78575f5ffd5b610f8184610f23565b9250610f8f60208501610f23565b929592945050506040919091013590565b5f5f5f5f60608587031215610fb3575f5ffd5b610fbc85610f23565b935060208501359250604085013567ffffffffffffffff811115610fde575f5ffd5b8501601f81018713610fee575f5ffd5b803567ffffffffffffffff811115611004575f5ffd5b876020828401011115611015575f5ffd5b949793965060200194505050565b5f60208284031215611033575f5ffd5b610b6282610f23565b5f5f6040838503121561104d575f5ffd5b61105683610f23565b91506020830135801515811461106a575f5ffd5b809150509250929050565b5f5f83601f840112611085575f5ffd5b50813567ffffffffffffffff81111561109c575f5ffd5b6020830191508360208260051b85010111156110b6575f5ffd5b9250929050565b5f5f5f5f5f606086880312156110d1575f5ffd5b6110da86610f23565b9450602086013567ffffffffffffffff8111156110f5575f5ffd5b61110188828901611075565b909550935050604086013567ffffffffffffffff811115611120575f5ffd5b61112c88828901611075565b969995985093965092949392505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611164575f5ffd5b61116d85610f23565b935061117b60208601610f23565b925060408501359150606085013567ffffffffffffffff81111561119d575f5ffd5b8501601f810187136111ad575f5ffd5b803567ffffffffffffffff8111156111c7576111c761113d565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156111f6576111f661113d565b60405281815282820160200189101561120d575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f6040838503121561123f575f5ffd5b61124883610f23565b915061125660208401610f23565b90509250929050565b600181811c9082168061127357607f821691505b60208210810361129157634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126112c0575f5ffd5b83018035915067ffffffffffffffff8211156112da575f5ffd5b6020019150368190038213156110b6575f5ffd5b5f81518060208401855e5f93019283525090919050565b5f61060161131383866112ee565b846112ee565b601f821115610404578282111561040457805f5260205f20601f840160051c602085101561134457505f5b90810190601f840160051c035f5b81811015610568575f83820155600101611352565b815167ffffffffffffffff8111156113815761138161113d565b6113958161138f845461125f565b84611319565b6020601f8211600181146113c7575f83156113b05750848201515b5f19600385901b1c1916600184901b178455610a52565b5f84815260208120601f198516915b828110156113f657878501518255602094850194600190920191016113d6565b508482101561141357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061145490830184610ecc565b9695505050505050565b5f6020828403121561146e575f5ffd5b8151610b6281610e9956fea2646970667358221220274febb26ad7a523470a73352f6e31ac658d07a55f8cb4c7a7ade9b9dd408d0364736f6c63430008250033",
}

// Baseline721 is an auto generated Go binding around an Ethereum contract.
type Baseline721 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Baseline721) GetABI() abi.ABI {
	return c.abi
}

// NewBaseline721 creates a new instance of Baseline721.
func NewBaseline721() *Baseline721 {
	parsed, err := Baseline721MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Baseline721{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Baseline721) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (baseline721 *Baseline721) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := baseline721.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (baseline721 *Baseline721) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return baseline721.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (baseline721 *Baseline721) PackBalanceOf(owner common.Address) []byte {
	enc, err := baseline721.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (baseline721 *Baseline721) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return baseline721.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (baseline721 *Baseline721) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := baseline721.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (baseline721 *Baseline721) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := baseline721.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (baseline721 *Baseline721) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return baseline721.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (baseline721 *Baseline721) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := baseline721.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (baseline721 *Baseline721) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := baseline721.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (baseline721 *Baseline721) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return baseline721.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (baseline721 *Baseline721) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := baseline721.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 tokenId) returns()
func (baseline721 *Baseline721) PackMint(to common.Address, tokenId *big.Int) []byte {
	enc, err := baseline721.abi.Pack("mint", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 tokenId) returns()
func (baseline721 *Baseline721) TryPackMint(to common.Address, tokenId *big.Int) ([]byte, error) {
	return baseline721.abi.Pack("mint", to, tokenId)
}

// PackMintBatchWithURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84016c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintBatchWithURI(address to, uint256[] tokenIds, string[] uris) returns()
func (baseline721 *Baseline721) PackMintBatchWithURI(to common.Address, tokenIds []*big.Int, uris []string) []byte {
	enc, err := baseline721.abi.Pack("mintBatchWithURI", to, tokenIds, uris)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintBatchWithURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84016c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintBatchWithURI(address to, uint256[] tokenIds, string[] uris) returns()
func (baseline721 *Baseline721) TryPackMintBatchWithURI(to common.Address, tokenIds []*big.Int, uris []string) ([]byte, error) {
	return baseline721.abi.Pack("mintBatchWithURI", to, tokenIds, uris)
}

// PackMintWithURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a99950b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintWithURI(address to, uint256 tokenId, string uri) returns()
func (baseline721 *Baseline721) PackMintWithURI(to common.Address, tokenId *big.Int, uri string) []byte {
	enc, err := baseline721.abi.Pack("mintWithURI", to, tokenId, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintWithURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a99950b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintWithURI(address to, uint256 tokenId, string uri) returns()
func (baseline721 *Baseline721) TryPackMintWithURI(to common.Address, tokenId *big.Int, uri string) ([]byte, error) {
	return baseline721.abi.Pack("mintWithURI", to, tokenId, uri)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (baseline721 *Baseline721) PackName() []byte {
	enc, err := baseline721.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (baseline721 *Baseline721) TryPackName() ([]byte, error) {
	return baseline721.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (baseline721 *Baseline721) UnpackName(data []byte) (string, error) {
	out, err := baseline721.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (baseline721 *Baseline721) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := baseline721.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (baseline721 *Baseline721) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return baseline721.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (baseline721 *Baseline721) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := baseline721.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (baseline721 *Baseline721) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := baseline721.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (baseline721 *Baseline721) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return baseline721.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (baseline721 *Baseline721) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := baseline721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (baseline721 *Baseline721) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return baseline721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (baseline721 *Baseline721) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := baseline721.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (baseline721 *Baseline721) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return baseline721.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (baseline721 *Baseline721) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := baseline721.abi.Pack("supportsInterface", interfaceId)
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
func (baseline721 *Baseline721) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return baseline721.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (baseline721 *Baseline721) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := baseline721.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (baseline721 *Baseline721) PackSymbol() []byte {
	enc, err := baseline721.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (baseline721 *Baseline721) TryPackSymbol() ([]byte, error) {
	return baseline721.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (baseline721 *Baseline721) UnpackSymbol(data []byte) (string, error) {
	out, err := baseline721.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (baseline721 *Baseline721) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := baseline721.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (baseline721 *Baseline721) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return baseline721.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (baseline721 *Baseline721) UnpackTokenURI(data []byte) (string, error) {
	out, err := baseline721.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (baseline721 *Baseline721) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := baseline721.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (baseline721 *Baseline721) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return baseline721.abi.Pack("transferFrom", from, to, tokenId)
}

// Baseline721Approval represents a Approval event raised by the Baseline721 contract.
type Baseline721Approval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const Baseline721ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (Baseline721Approval) ContractEventName() string {
	return Baseline721ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (baseline721 *Baseline721) UnpackApprovalEvent(log *types.Log) (*Baseline721Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline721Approval)
	if len(log.Data) > 0 {
		if err := baseline721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline721.abi.Events[event].Inputs {
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

// Baseline721ApprovalForAll represents a ApprovalForAll event raised by the Baseline721 contract.
type Baseline721ApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const Baseline721ApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (Baseline721ApprovalForAll) ContractEventName() string {
	return Baseline721ApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (baseline721 *Baseline721) UnpackApprovalForAllEvent(log *types.Log) (*Baseline721ApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline721ApprovalForAll)
	if len(log.Data) > 0 {
		if err := baseline721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline721.abi.Events[event].Inputs {
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

// Baseline721BatchMetadataUpdate represents a BatchMetadataUpdate event raised by the Baseline721 contract.
type Baseline721BatchMetadataUpdate struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const Baseline721BatchMetadataUpdateEventName = "BatchMetadataUpdate"

// ContractEventName returns the user-defined event name.
func (Baseline721BatchMetadataUpdate) ContractEventName() string {
	return Baseline721BatchMetadataUpdateEventName
}

// UnpackBatchMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)
func (baseline721 *Baseline721) UnpackBatchMetadataUpdateEvent(log *types.Log) (*Baseline721BatchMetadataUpdate, error) {
	event := "BatchMetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline721BatchMetadataUpdate)
	if len(log.Data) > 0 {
		if err := baseline721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline721.abi.Events[event].Inputs {
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

// Baseline721MetadataUpdate represents a MetadataUpdate event raised by the Baseline721 contract.
type Baseline721MetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const Baseline721MetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (Baseline721MetadataUpdate) ContractEventName() string {
	return Baseline721MetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (baseline721 *Baseline721) UnpackMetadataUpdateEvent(log *types.Log) (*Baseline721MetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline721MetadataUpdate)
	if len(log.Data) > 0 {
		if err := baseline721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline721.abi.Events[event].Inputs {
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

// Baseline721Transfer represents a Transfer event raised by the Baseline721 contract.
type Baseline721Transfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const Baseline721TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (Baseline721Transfer) ContractEventName() string {
	return Baseline721TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (baseline721 *Baseline721) UnpackTransferEvent(log *types.Log) (*Baseline721Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline721Transfer)
	if len(log.Data) > 0 {
		if err := baseline721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline721.abi.Events[event].Inputs {
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
func (baseline721 *Baseline721) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], baseline721.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return baseline721.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline721.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return baseline721.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline721.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return baseline721.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline721.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return baseline721.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline721.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return baseline721.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline721.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return baseline721.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline721.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return baseline721.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline721.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return baseline721.UnpackERC721NonexistentTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Baseline721ERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the Baseline721 contract.
type Baseline721ERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func Baseline721ERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (baseline721 *Baseline721) UnpackERC721IncorrectOwnerError(raw []byte) (*Baseline721ERC721IncorrectOwner, error) {
	out := new(Baseline721ERC721IncorrectOwner)
	if err := baseline721.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline721ERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the Baseline721 contract.
type Baseline721ERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func Baseline721ERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (baseline721 *Baseline721) UnpackERC721InsufficientApprovalError(raw []byte) (*Baseline721ERC721InsufficientApproval, error) {
	out := new(Baseline721ERC721InsufficientApproval)
	if err := baseline721.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline721ERC721InvalidApprover represents a ERC721InvalidApprover error raised by the Baseline721 contract.
type Baseline721ERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func Baseline721ERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (baseline721 *Baseline721) UnpackERC721InvalidApproverError(raw []byte) (*Baseline721ERC721InvalidApprover, error) {
	out := new(Baseline721ERC721InvalidApprover)
	if err := baseline721.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline721ERC721InvalidOperator represents a ERC721InvalidOperator error raised by the Baseline721 contract.
type Baseline721ERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func Baseline721ERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (baseline721 *Baseline721) UnpackERC721InvalidOperatorError(raw []byte) (*Baseline721ERC721InvalidOperator, error) {
	out := new(Baseline721ERC721InvalidOperator)
	if err := baseline721.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline721ERC721InvalidOwner represents a ERC721InvalidOwner error raised by the Baseline721 contract.
type Baseline721ERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func Baseline721ERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (baseline721 *Baseline721) UnpackERC721InvalidOwnerError(raw []byte) (*Baseline721ERC721InvalidOwner, error) {
	out := new(Baseline721ERC721InvalidOwner)
	if err := baseline721.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline721ERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the Baseline721 contract.
type Baseline721ERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func Baseline721ERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (baseline721 *Baseline721) UnpackERC721InvalidReceiverError(raw []byte) (*Baseline721ERC721InvalidReceiver, error) {
	out := new(Baseline721ERC721InvalidReceiver)
	if err := baseline721.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline721ERC721InvalidSender represents a ERC721InvalidSender error raised by the Baseline721 contract.
type Baseline721ERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func Baseline721ERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (baseline721 *Baseline721) UnpackERC721InvalidSenderError(raw []byte) (*Baseline721ERC721InvalidSender, error) {
	out := new(Baseline721ERC721InvalidSender)
	if err := baseline721.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline721ERC721NonexistentToken represents a ERC721NonexistentToken error raised by the Baseline721 contract.
type Baseline721ERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func Baseline721ERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (baseline721 *Baseline721) UnpackERC721NonexistentTokenError(raw []byte) (*Baseline721ERC721NonexistentToken, error) {
	out := new(Baseline721ERC721NonexistentToken)
	if err := baseline721.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}
