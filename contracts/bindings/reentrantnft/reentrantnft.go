// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package reentrantnft

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
	ConvertTo   common.Address
	MinReceived *big.Int
}

// ReentrantNFTMetaData contains all meta data concerning the ReentrantNFT contract.
var ReentrantNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"enumEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"destination\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"convertTo\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minReceived\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refusal\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReentrantNFT",
	Bin: "0x608060405234801561000f575f5ffd5b50604051806040016040528060098152602001681499595b9d1c985b9d60ba1b81525060405180604001604052806002815260200161524560f01b815250815f908161005b9190610113565b5060016100688282610113565b5050506101d1565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009857607f821691505b6020821081036100b657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010e578282111561010e57805f5260205f20601f840160051c60208510156100e757505f5b90810190601f840160051c035f5b8181101561010a575f838201556001016100f5565b5050505b505050565b81516001600160401b0381111561012c5761012c610070565b6101408161013a8454610084565b846100bc565b6020601f821160018114610172575f831561015b5750848201515b5f19600385901b1c1916600184901b1784556101ca565b5f84815260208120601f198516915b828110156101a15787850151825560209485019460019092019101610181565b50848210156101be57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6114ad806101de5f395ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c806342842e0e1161009e57806395d89b411161006e57806395d89b4114610239578063a22cb46514610241578063b88d4fde14610254578063c87b56dd14610267578063e985e9c51461027a575f5ffd5b806342842e0e146101df5780636352211e146101f257806370a0823114610205578063767607b814610226575f5ffd5b80631baf37b2116100e45780631baf37b21461019257806323b872dd1461019a5780632f411093146101ad5780633f09775e146101ba57806340c10f19146101cc575f5ffd5b806301ffc9a71461011557806306fdde031461013d578063081812fc14610152578063095ea7b31461017d575b5f5ffd5b610128610123366004610dcc565b61028d565b60405190151581526020015b60405180910390f35b6101456102de565b6040516101349190610e15565b610165610160366004610e27565b61036d565b6040516001600160a01b039091168152602001610134565b61019061018b366004610e52565b610394565b005b6101456103a3565b6101906101a8366004610e7c565b61042f565b6010546101289060ff1681565b60105461012890610100900460ff1681565b6101906101da366004610e52565b61050a565b6101906101ed366004610e7c565b610514565b610165610200366004610e27565b61052e565b610218610213366004610eba565b610538565b604051908152602001610134565b610190610234366004610ed5565b610582565b6101456105a1565b61019061024f366004610eef565b6105b0565b610190610262366004610f3e565b6105bb565b610145610275366004610e27565b6105d9565b61012861028836600461101f565b61064a565b5f6001600160e01b031982166380ac58cd60e01b14806102bd57506001600160e01b03198216635b5e139f60e01b145b806102d857506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f80546102ec9061104b565b80601f01602080910402602001604051908101604052809291908181526020018280546103189061104b565b80156103635780601f1061033a57610100808354040283529160200191610363565b820191905f5260205f20905b81548152906001019060200180831161034657829003601f168201915b5050505050905090565b5f61037782610677565b505f828152600460205260409020546001600160a01b03166102d8565b61039f8282336106af565b5050565b601180546103b09061104b565b80601f01602080910402602001604051908101604052809291908181526020018280546103dc9061104b565b80156104275780601f106103fe57610100808354040283529160200191610427565b820191905f5260205f20905b81548152906001019060200180831161040a57829003601f168201915b505050505081565b60105460ff16801561044957506001600160a01b03831633145b156104fa576010805460ff1916905560405163092dc15f60e11b8152339063125b82be9061047c906006906004016110a3565b5f604051808303815f87803b158015610493575f5ffd5b505af19250505080156104a4575060015b6104ea573d8080156104d1576040519150601f19603f3d011682016040523d82523d5f602084013e6104d6565b606091505b5060116104e38282611199565b50506104fa565b6010805461ff0019166101001790555b6105058383836106bc565b505050565b61039f828261073f565b61050583838360405180602001604052805f8152506105bb565b5f6102d882610677565b5f6001600160a01b038216610567576040516322718ad960e21b81525f60048201526024015b60405180910390fd5b506001600160a01b03165f9081526003602052604090205490565b80600661058f82826112d6565b50506010805460ff1916600117905550565b6060600180546102ec9061104b565b61039f3383836107a0565b6105c684848461042f565b6105d33385858585610867565b50505050565b60606105e482610677565b505f6105fa60408051602081019091525f815290565b90505f8151116106185760405180602001604052805f815250610643565b806106228461098f565b60405160200161063392919061140c565b6040516020818303038152906040525b9392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f818152600260205260408120546001600160a01b0316806102d857604051637e27328960e01b81526004810184905260240161055e565b6105058383836001610a1f565b6001600160a01b0382166106e557604051633250574960e11b81525f600482015260240161055e565b5f6106f1838333610b23565b9050836001600160a01b0316816001600160a01b0316146105d3576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161055e565b6001600160a01b03821661076857604051633250574960e11b81525f600482015260240161055e565b5f61077483835f610b23565b90506001600160a01b03811615610505576040516339e3563760e11b81525f600482015260240161055e565b6001600160a01b0383166107c95760405163a9fbf51f60e01b81525f600482015260240161055e565b6001600160a01b0382166107fb57604051630b61174360e31b81526001600160a01b038316600482015260240161055e565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b1561098857604051630a85bd0160e11b81526001600160a01b0384169063150b7a02906108a9908890889087908790600401611420565b6020604051808303815f875af19250505080156108e3575060408051601f3d908101601f191682019092526108e09181019061145c565b60015b61094a573d808015610910576040519150601f19603f3d011682016040523d82523d5f602084013e610915565b606091505b5080515f0361094257604051633250574960e11b81526001600160a01b038516600482015260240161055e565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461098657604051633250574960e11b81526001600160a01b038516600482015260240161055e565b505b5050505050565b60605f61099b83610c15565b60010190505f8167ffffffffffffffff8111156109ba576109ba610f2a565b6040519080825280601f01601f1916602001820160405280156109e4576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846109ee57509392505050565b8080610a3357506001600160a01b03821615155b15610af4575f610a4284610677565b90506001600160a01b03831615801590610a6e5750826001600160a01b0316816001600160a01b031614155b8015610a815750610a7f818461064a565b155b15610aaa5760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161055e565b8115610af25783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f828152600260205260408120546001600160a01b0390811690831615610b4f57610b4f818486610cec565b6001600160a01b03811615610b8957610b6a5f855f5f610a1f565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610bb7576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310610c535772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310610c7f576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310610c9d57662386f26fc10000830492506010015b6305f5e1008310610cb5576305f5e100830492506008015b6127108310610cc957612710830492506004015b60648310610cdb576064830492506002015b600a83106102d85760010192915050565b610cf7838383610d50565b610505576001600160a01b038316610d2557604051637e27328960e01b81526004810182905260240161055e565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161055e565b5f6001600160a01b03831615801590610dac5750826001600160a01b0316846001600160a01b03161480610d895750610d89848461064a565b80610dac57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160e01b031981168114610dc9575f5ffd5b50565b5f60208284031215610ddc575f5ffd5b813561064381610db4565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6106436020830184610de7565b5f60208284031215610e37575f5ffd5b5035919050565b6001600160a01b0381168114610dc9575f5ffd5b5f5f60408385031215610e63575f5ffd5b8235610e6e81610e3e565b946020939093013593505050565b5f5f5f60608486031215610e8e575f5ffd5b8335610e9981610e3e565b92506020840135610ea981610e3e565b929592945050506040919091013590565b5f60208284031215610eca575f5ffd5b813561064381610e3e565b5f610180828403128015610ee7575f5ffd5b509092915050565b5f5f60408385031215610f00575f5ffd5b8235610f0b81610e3e565b915060208301358015158114610f1f575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610f51575f5ffd5b8435610f5c81610e3e565b93506020850135610f6c81610e3e565b925060408501359150606085013567ffffffffffffffff811115610f8e575f5ffd5b8501601f81018713610f9e575f5ffd5b803567ffffffffffffffff811115610fb857610fb8610f2a565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610fe757610fe7610f2a565b604052818152828201602001891015610ffe575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611030575f5ffd5b823561103b81610e3e565b91506020830135610f1f81610e3e565b600181811c9082168061105f57607f821691505b60208210810361107d57634e487b7160e01b5f52602260045260245ffd5b50919050565b6004811061109f57634e487b7160e01b5f52602160045260245ffd5b9052565b81546101808201906110b88360ff8316611083565b6001600160a01b03600891821c8116602085015260018501546040850152600285015460608501526003850154811660808501526004850154811660a080860191909152600586015460c0860152600686015480831660e0870152901c67ffffffffffffffff16610100850152600785015461012085015290840154166101408301526009909201546101609091015290565b601f821115610505578282111561050557805f5260205f20601f840160051c602085101561117657505f5b90810190601f840160051c035f5b81811015610986575f83820155600101611184565b815167ffffffffffffffff8111156111b3576111b3610f2a565b6111c7816111c1845461104b565b8461114b565b6020601f8211600181146111f9575f83156111e25750848201515b5f19600385901b1c1916600184901b178455610988565b5f84815260208120601f198516915b828110156112285787850151825560209485019460019092019101611208565b508482101561124557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f8135600481106102d8575f5ffd5b6004821061127f57634e487b7160e01b5f52602160045260245ffd5b60ff1981541660ff831681178255505050565b5f81356102d881610e3e565b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f813567ffffffffffffffff811681146102d8575f5ffd5b6112e86112e283611254565b82611263565b61131d6112f760208401611292565b828054610100600160a81b03191660089290921b610100600160a81b0316919091179055565b604082013560018201556060820135600282015561134961134060808401611292565b6003830161129e565b61136161135860a08401611292565b6004830161129e565b60c082013560058201556006810161138461137e60e08501611292565b8261129e565b6113c061139461010085016112be565b82805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b5061012082013560078201556113e56113dc6101408401611292565b6008830161129e565b6101609190910135600990910155565b5f81518060208401855e5f93019283525090919050565b5f610dac61141a83866113f5565b846113f5565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061145290830184610de7565b9695505050505050565b5f6020828403121561146c575f5ffd5b815161064381610db456fea264697066735822122095f4b6134d689f0cc8035589ed4539f27e25af601e3b9374a518b49e9146948364736f6c63430008250033",
}

// ReentrantNFT is an auto generated Go binding around an Ethereum contract.
type ReentrantNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantNFT) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantNFT creates a new instance of ReentrantNFT.
func NewReentrantNFT() *ReentrantNFT {
	parsed, err := ReentrantNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (reentrantNFT *ReentrantNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := reentrantNFT.abi.Pack("approve", to, tokenId)
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
func (reentrantNFT *ReentrantNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return reentrantNFT.abi.Pack("approve", to, tokenId)
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x767607b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32,address,uint256) t) returns()
func (reentrantNFT *ReentrantNFT) PackArm(t EscrowTransfer) []byte {
	enc, err := reentrantNFT.abi.Pack("arm", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x767607b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm((uint8,address,uint256,uint256,address,address,bytes32,address,uint64,bytes32,address,uint256) t) returns()
func (reentrantNFT *ReentrantNFT) TryPackArm(t EscrowTransfer) ([]byte, error) {
	return reentrantNFT.abi.Pack("arm", t)
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(bool)
func (reentrantNFT *ReentrantNFT) PackArmed() []byte {
	enc, err := reentrantNFT.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(bool)
func (reentrantNFT *ReentrantNFT) TryPackArmed() ([]byte, error) {
	return reentrantNFT.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (reentrantNFT *ReentrantNFT) UnpackArmed(data []byte) (bool, error) {
	out, err := reentrantNFT.abi.Unpack("armed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (reentrantNFT *ReentrantNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := reentrantNFT.abi.Pack("balanceOf", owner)
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
func (reentrantNFT *ReentrantNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return reentrantNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (reentrantNFT *ReentrantNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := reentrantNFT.abi.Unpack("balanceOf", data)
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
func (reentrantNFT *ReentrantNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := reentrantNFT.abi.Pack("getApproved", tokenId)
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
func (reentrantNFT *ReentrantNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return reentrantNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (reentrantNFT *ReentrantNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := reentrantNFT.abi.Unpack("getApproved", data)
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
func (reentrantNFT *ReentrantNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := reentrantNFT.abi.Pack("isApprovedForAll", owner, operator)
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
func (reentrantNFT *ReentrantNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return reentrantNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (reentrantNFT *ReentrantNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := reentrantNFT.abi.Unpack("isApprovedForAll", data)
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
func (reentrantNFT *ReentrantNFT) PackMint(to common.Address, tokenId *big.Int) []byte {
	enc, err := reentrantNFT.abi.Pack("mint", to, tokenId)
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
func (reentrantNFT *ReentrantNFT) TryPackMint(to common.Address, tokenId *big.Int) ([]byte, error) {
	return reentrantNFT.abi.Pack("mint", to, tokenId)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (reentrantNFT *ReentrantNFT) PackName() []byte {
	enc, err := reentrantNFT.abi.Pack("name")
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
func (reentrantNFT *ReentrantNFT) TryPackName() ([]byte, error) {
	return reentrantNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (reentrantNFT *ReentrantNFT) UnpackName(data []byte) (string, error) {
	out, err := reentrantNFT.abi.Unpack("name", data)
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
func (reentrantNFT *ReentrantNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := reentrantNFT.abi.Pack("ownerOf", tokenId)
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
func (reentrantNFT *ReentrantNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return reentrantNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (reentrantNFT *ReentrantNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := reentrantNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentered() view returns(bool)
func (reentrantNFT *ReentrantNFT) PackReentered() []byte {
	enc, err := reentrantNFT.abi.Pack("reentered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentered() view returns(bool)
func (reentrantNFT *ReentrantNFT) TryPackReentered() ([]byte, error) {
	return reentrantNFT.abi.Pack("reentered")
}

// UnpackReentered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (reentrantNFT *ReentrantNFT) UnpackReentered(data []byte) (bool, error) {
	out, err := reentrantNFT.abi.Unpack("reentered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRefusal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1baf37b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refusal() view returns(bytes)
func (reentrantNFT *ReentrantNFT) PackRefusal() []byte {
	enc, err := reentrantNFT.abi.Pack("refusal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefusal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1baf37b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refusal() view returns(bytes)
func (reentrantNFT *ReentrantNFT) TryPackRefusal() ([]byte, error) {
	return reentrantNFT.abi.Pack("refusal")
}

// UnpackRefusal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1baf37b2.
//
// Solidity: function refusal() view returns(bytes)
func (reentrantNFT *ReentrantNFT) UnpackRefusal(data []byte) ([]byte, error) {
	out, err := reentrantNFT.abi.Unpack("refusal", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (reentrantNFT *ReentrantNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := reentrantNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
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
func (reentrantNFT *ReentrantNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return reentrantNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (reentrantNFT *ReentrantNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := reentrantNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
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
func (reentrantNFT *ReentrantNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return reentrantNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (reentrantNFT *ReentrantNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := reentrantNFT.abi.Pack("setApprovalForAll", operator, approved)
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
func (reentrantNFT *ReentrantNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return reentrantNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (reentrantNFT *ReentrantNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := reentrantNFT.abi.Pack("supportsInterface", interfaceId)
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
func (reentrantNFT *ReentrantNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return reentrantNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (reentrantNFT *ReentrantNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := reentrantNFT.abi.Unpack("supportsInterface", data)
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
func (reentrantNFT *ReentrantNFT) PackSymbol() []byte {
	enc, err := reentrantNFT.abi.Pack("symbol")
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
func (reentrantNFT *ReentrantNFT) TryPackSymbol() ([]byte, error) {
	return reentrantNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (reentrantNFT *ReentrantNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := reentrantNFT.abi.Unpack("symbol", data)
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
func (reentrantNFT *ReentrantNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := reentrantNFT.abi.Pack("tokenURI", tokenId)
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
func (reentrantNFT *ReentrantNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return reentrantNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (reentrantNFT *ReentrantNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := reentrantNFT.abi.Unpack("tokenURI", data)
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
func (reentrantNFT *ReentrantNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := reentrantNFT.abi.Pack("transferFrom", from, to, tokenId)
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
func (reentrantNFT *ReentrantNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return reentrantNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// ReentrantNFTApproval represents a Approval event raised by the ReentrantNFT contract.
type ReentrantNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReentrantNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReentrantNFTApproval) ContractEventName() string {
	return ReentrantNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (reentrantNFT *ReentrantNFT) UnpackApprovalEvent(log *types.Log) (*ReentrantNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantNFTApproval)
	if len(log.Data) > 0 {
		if err := reentrantNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantNFT.abi.Events[event].Inputs {
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

// ReentrantNFTApprovalForAll represents a ApprovalForAll event raised by the ReentrantNFT contract.
type ReentrantNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReentrantNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ReentrantNFTApprovalForAll) ContractEventName() string {
	return ReentrantNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (reentrantNFT *ReentrantNFT) UnpackApprovalForAllEvent(log *types.Log) (*ReentrantNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := reentrantNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantNFT.abi.Events[event].Inputs {
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

// ReentrantNFTTransfer represents a Transfer event raised by the ReentrantNFT contract.
type ReentrantNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReentrantNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReentrantNFTTransfer) ContractEventName() string {
	return ReentrantNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (reentrantNFT *ReentrantNFT) UnpackTransferEvent(log *types.Log) (*ReentrantNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantNFTTransfer)
	if len(log.Data) > 0 {
		if err := reentrantNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantNFT.abi.Events[event].Inputs {
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
func (reentrantNFT *ReentrantNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reentrantNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return reentrantNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return reentrantNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return reentrantNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return reentrantNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return reentrantNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return reentrantNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return reentrantNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return reentrantNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReentrantNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the ReentrantNFT contract.
type ReentrantNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ReentrantNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (reentrantNFT *ReentrantNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*ReentrantNFTERC721IncorrectOwner, error) {
	out := new(ReentrantNFTERC721IncorrectOwner)
	if err := reentrantNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the ReentrantNFT contract.
type ReentrantNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ReentrantNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (reentrantNFT *ReentrantNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*ReentrantNFTERC721InsufficientApproval, error) {
	out := new(ReentrantNFTERC721InsufficientApproval)
	if err := reentrantNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the ReentrantNFT contract.
type ReentrantNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ReentrantNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (reentrantNFT *ReentrantNFT) UnpackERC721InvalidApproverError(raw []byte) (*ReentrantNFTERC721InvalidApprover, error) {
	out := new(ReentrantNFTERC721InvalidApprover)
	if err := reentrantNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the ReentrantNFT contract.
type ReentrantNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func ReentrantNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (reentrantNFT *ReentrantNFT) UnpackERC721InvalidOperatorError(raw []byte) (*ReentrantNFTERC721InvalidOperator, error) {
	out := new(ReentrantNFTERC721InvalidOperator)
	if err := reentrantNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the ReentrantNFT contract.
type ReentrantNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ReentrantNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (reentrantNFT *ReentrantNFT) UnpackERC721InvalidOwnerError(raw []byte) (*ReentrantNFTERC721InvalidOwner, error) {
	out := new(ReentrantNFTERC721InvalidOwner)
	if err := reentrantNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the ReentrantNFT contract.
type ReentrantNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ReentrantNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (reentrantNFT *ReentrantNFT) UnpackERC721InvalidReceiverError(raw []byte) (*ReentrantNFTERC721InvalidReceiver, error) {
	out := new(ReentrantNFTERC721InvalidReceiver)
	if err := reentrantNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the ReentrantNFT contract.
type ReentrantNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func ReentrantNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (reentrantNFT *ReentrantNFT) UnpackERC721InvalidSenderError(raw []byte) (*ReentrantNFTERC721InvalidSender, error) {
	out := new(ReentrantNFTERC721InvalidSender)
	if err := reentrantNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the ReentrantNFT contract.
type ReentrantNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ReentrantNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (reentrantNFT *ReentrantNFT) UnpackERC721NonexistentTokenError(raw []byte) (*ReentrantNFTERC721NonexistentToken, error) {
	out := new(ReentrantNFTERC721NonexistentToken)
	if err := reentrantNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}
