// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package baseline1155

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

// Baseline1155MetaData contains all meta data concerning the Baseline1155 contract.
var Baseline1155MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"mintBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"string[]\",\"name\":\"uris\",\"type\":\"string[]\"}],\"name\":\"mintBatchWithURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"}],\"name\":\"mintWithURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Baseline1155",
	Bin: "0x60a06040525f608090815260039061001790826100f4565b50348015610023575f5ffd5b5060408051602081019091525f815261003b81610041565b506101b2565b600261004d82826100f4565b5050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061007957607f821691505b60208210810361009757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156100ef57828211156100ef57805f5260205f20601f840160051c60208510156100c857505f5b90810190601f840160051c035f5b818110156100eb575f838201556001016100d6565b5050505b505050565b81516001600160401b0381111561010d5761010d610051565b6101218161011b8454610065565b8461009d565b6020601f821160018114610153575f831561013c5750848201515b5f19600385901b1c1916600184901b1784556101ab565b5f84815260208120601f198516915b828110156101825787850151825560209485019460019092019101610162565b508482101561019f57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b611885806101bf5f395ff3fe608060405234801561000f575f5ffd5b50600436106100b0575f3560e01c80634e1273f41161006e5780634e1273f414610158578063a22cb46514610178578063cbafedeb1461018b578063d81d0a151461019e578063e985e9c5146101b1578063f242432a146101ec575f5ffd5b8062fdd58e146100b457806301ffc9a7146100da5780630e89341c146100fd578063156e29f61461011d5780632eb2c2d614610132578063496c096f14610145575b5f5ffd5b6100c76100c2366004610ea1565b6101ff565b6040519081526020015b60405180910390f35b6100ed6100e8366004610ee1565b610226565b60405190151581526020016100d1565b61011061010b366004610efc565b610275565b6040516100d19190610f41565b61013061012b366004610f53565b610351565b005b6101306101403660046110be565b610370565b6101306101533660046111b1565b61038f565b61016b61016636600461125d565b61049e565b6040516100d19190611358565b61013061018636600461136a565b61056d565b6101306101993660046113a3565b61057c565b6101306101ac36600461142f565b6105d5565b6100ed6101bf3660046114ad565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205460ff1690565b6101306101fa3660046114de565b61064f565b5f818152602081815260408083206001600160a01b03861684529091529020545b92915050565b5f6001600160e01b03198216636cdb3d1360e11b148061025657506001600160e01b031982166303a24d0760e21b145b8061022057506301ffc9a760e01b6001600160e01b0319831614610220565b5f8181526004602052604081208054606092919061029290611531565b80601f01602080910402602001604051908101604052809291908181526020018280546102be90611531565b80156103095780601f106102e057610100808354040283529160200191610309565b820191905f5260205f20905b8154815290600101906020018083116102ec57829003601f168201915b505050505090505f8151116103265761032183610665565b61034a565b60038160405160200161033a929190611569565b6040516020818303038152906040525b9392505050565b61036b83838360405180602001604052805f8152506106f7565b505050565b61037b335b8661075b565b61038885858585856107d3565b5050505050565b610409878787808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050604080516020808b0282810182019093528a82529093508a9250899182918501908490808284375f92018290525060408051602081019091529081529250610833915050565b5f5b858110156104945761048c878783818110610428576104286115e9565b90506020020135848484818110610441576104416115e9565b905060200281019061045391906115fd565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061087192505050565b60010161040b565b5050505050505050565b606081518351146104d45781518351604051635b05999160e01b8152600481019290925260248201526044015b60405180910390fd5b5f83516001600160401b038111156104ee576104ee610f83565b604051908082528060200260200182016040528015610517578160200160208202803683370190505b5090505f5b845181101561056557602080820286010151610540906020808402870101516101ff565b828281518110610552576105526115e9565b602090810291909101015260010161051c565b509392505050565b6105783383836108cd565b5050565b61059685858560405180602001604052805f8152506106f7565b6103888483838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061087192505050565b610388858585808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250506040805160208089028281018201909352888252909350889250879182918501908490808284375f92018290525060408051602081019091529081529250610833915050565b61065833610375565b610388858585858561098a565b60606002805461067490611531565b80601f01602080910402602001604051908101604052809291908181526020018280546106a090611531565b80156106eb5780601f106106c2576101008083540402835291602001916106eb565b820191905f5260205f20905b8154815290600101906020018083116106ce57829003601f168201915b50505050509050919050565b6001600160a01b03841661072057604051632bfa23e760e11b81525f60048201526024016104cb565b604080516001808252602082018690528183019081526060820185905260808201909252906107535f8784848784610a17565b505050505050565b816001600160a01b0316816001600160a01b0316141580156107a257506001600160a01b038082165f9081526001602090815260408083209386168352929052205460ff16155b156105785760405163711bec9160e11b81526001600160a01b038084166004830152821660248201526044016104cb565b6001600160a01b0384166107fc57604051632bfa23e760e11b81525f60048201526024016104cb565b6001600160a01b03851661082457604051626a0d4560e21b81525f60048201526024016104cb565b61038885858585856001610a17565b6001600160a01b03841661085c57604051632bfa23e760e11b81525f60048201526024016104cb565b61086b5f858585856001610a17565b50505050565b5f828152600460205260409020610888828261168d565b50817f6bb7ff708619ba0610cba295a58592e0451dee2622938c8755667688daf3529b6108b484610275565b6040516108c19190610f41565b60405180910390a25050565b6001600160a01b0383166108f657604051631f18c42760e11b81525f60048201526024016104cb565b6001600160a01b03821661091e5760405162ced3e160e81b81525f60048201526024016104cb565b6001600160a01b038381165f81815260016020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0384166109b357604051632bfa23e760e11b81525f60048201526024016104cb565b6001600160a01b0385166109db57604051626a0d4560e21b81525f60048201526024016104cb565b60408051600180825260208201869052818301908152606082018590526080820190925290610a0e87878484875f610a17565b50505050505050565b610a2386868686610a6f565b6001600160a01b0385161561075357338115610a4c57610a47818888888888610c7e565b610a0e565b60208581015190850151610a64838a8a85858a610d9f565b505050505050505050565b8051825114610a9e5781518151604051635b05999160e01b8152600481019290925260248201526044016104cb565b335f5b8351811015610ba0576020818102858101820151908501909101516001600160a01b03881615610b52575f828152602081815260408083206001600160a01b038c16845290915290205481811015610b2c576040516303dee4c560e01b81526001600160a01b038a1660048201526024810182905260448101839052606481018490526084016104cb565b5f838152602081815260408083206001600160a01b038d16845290915290209082900390555b6001600160a01b03871615610b96575f828152602081815260408083206001600160a01b038b16845290915281208054839290610b90908490611747565b90915550505b5050600101610aa1565b508251600103610c205760208301515f906020840151909150856001600160a01b0316876001600160a01b0316846001600160a01b03167fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f628585604051610c11929190918252602082015260400190565b60405180910390a45050610388565b836001600160a01b0316856001600160a01b0316826001600160a01b03167f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb8686604051610c6f929190611766565b60405180910390a45050505050565b6001600160a01b0384163b156107535760405163bc197c8160e01b81526001600160a01b0385169063bc197c8190610cc29089908990889088908890600401611793565b6020604051808303815f875af1925050508015610cfc575060408051601f3d908101601f19168201909252610cf9918101906117f0565b60015b610d63573d808015610d29576040519150601f19603f3d011682016040523d82523d5f602084013e610d2e565b606091505b5080515f03610d5b57604051632bfa23e760e11b81526001600160a01b03861660048201526024016104cb565b805160208201fd5b6001600160e01b0319811663bc197c8160e01b14610a0e57604051632bfa23e760e11b81526001600160a01b03861660048201526024016104cb565b6001600160a01b0384163b156107535760405163f23a6e6160e01b81526001600160a01b0385169063f23a6e6190610de3908990899088908890889060040161180b565b6020604051808303815f875af1925050508015610e1d575060408051601f3d908101601f19168201909252610e1a918101906117f0565b60015b610e4a573d808015610d29576040519150601f19603f3d011682016040523d82523d5f602084013e610d2e565b6001600160e01b0319811663f23a6e6160e01b14610a0e57604051632bfa23e760e11b81526001600160a01b03861660048201526024016104cb565b80356001600160a01b0381168114610e9c575f5ffd5b919050565b5f5f60408385031215610eb2575f5ffd5b610ebb83610e86565b946020939093013593505050565b6001600160e01b031981168114610ede575f5ffd5b50565b5f60208284031215610ef1575f5ffd5b813561034a81610ec9565b5f60208284031215610f0c575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61034a6020830184610f13565b5f5f5f60608486031215610f65575f5ffd5b610f6e84610e86565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610fbf57610fbf610f83565b604052919050565b5f6001600160401b03821115610fdf57610fdf610f83565b5060051b60200190565b5f82601f830112610ff8575f5ffd5b813561100b61100682610fc7565b610f97565b8082825260208201915060208360051b86010192508583111561102c575f5ffd5b602085015b83811015611049578035835260209283019201611031565b5095945050505050565b5f82601f830112611062575f5ffd5b81356001600160401b0381111561107b5761107b610f83565b61108e601f8201601f1916602001610f97565b8181528460208386010111156110a2575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f60a086880312156110d2575f5ffd5b6110db86610e86565b94506110e960208701610e86565b935060408601356001600160401b03811115611103575f5ffd5b61110f88828901610fe9565b93505060608601356001600160401b0381111561112a575f5ffd5b61113688828901610fe9565b92505060808601356001600160401b03811115611151575f5ffd5b61115d88828901611053565b9150509295509295909350565b5f5f83601f84011261117a575f5ffd5b5081356001600160401b03811115611190575f5ffd5b6020830191508360208260051b85010111156111aa575f5ffd5b9250929050565b5f5f5f5f5f5f5f6080888a0312156111c7575f5ffd5b6111d088610e86565b965060208801356001600160401b038111156111ea575f5ffd5b6111f68a828b0161116a565b90975095505060408801356001600160401b03811115611214575f5ffd5b6112208a828b0161116a565b90955093505060608801356001600160401b0381111561123e575f5ffd5b61124a8a828b0161116a565b989b979a50959850939692959293505050565b5f5f6040838503121561126e575f5ffd5b82356001600160401b03811115611283575f5ffd5b8301601f81018513611293575f5ffd5b80356112a161100682610fc7565b8082825260208201915060208360051b8501019250878311156112c2575f5ffd5b6020840193505b828410156112eb576112da84610e86565b8252602093840193909101906112c9565b945050505060208301356001600160401b03811115611308575f5ffd5b61131485828601610fe9565b9150509250929050565b5f8151808452602084019350602083015f5b8281101561134e578151865260209586019590910190600101611330565b5093949350505050565b602081525f61034a602083018461131e565b5f5f6040838503121561137b575f5ffd5b61138483610e86565b915060208301358015158114611398575f5ffd5b809150509250929050565b5f5f5f5f5f608086880312156113b7575f5ffd5b6113c086610e86565b9450602086013593506040860135925060608601356001600160401b038111156113e8575f5ffd5b8601601f810188136113f8575f5ffd5b80356001600160401b0381111561140d575f5ffd5b88602082840101111561141e575f5ffd5b959894975092955050506020019190565b5f5f5f5f5f60608688031215611443575f5ffd5b61144c86610e86565b945060208601356001600160401b03811115611466575f5ffd5b6114728882890161116a565b90955093505060408601356001600160401b03811115611490575f5ffd5b61149c8882890161116a565b969995985093965092949392505050565b5f5f604083850312156114be575f5ffd5b6114c783610e86565b91506114d560208401610e86565b90509250929050565b5f5f5f5f5f60a086880312156114f2575f5ffd5b6114fb86610e86565b945061150960208701610e86565b9350604086013592506060860135915060808601356001600160401b03811115611151575f5ffd5b600181811c9082168061154557607f821691505b60208210810361156357634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f845461157681611531565b60018216801561158d57600181146115a2576115cf565b60ff19831686528115158202860193506115cf565b875f5260205f205f5b838110156115c7578154888201526001909101906020016115ab565b505081860193505b50505083518060208601835e5f9101908152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112611612575f5ffd5b8301803591506001600160401b0382111561162b575f5ffd5b6020019150368190038213156111aa575f5ffd5b601f82111561036b578282111561036b57805f5260205f20601f840160051c602085101561166a57505f5b90810190601f840160051c035f5b81811015610753575f83820155600101611678565b81516001600160401b038111156116a6576116a6610f83565b6116ba816116b48454611531565b8461163f565b6020601f8211600181146116ec575f83156116d55750848201515b5f19600385901b1c1916600184901b178455610388565b5f84815260208120601f198516915b8281101561171b57878501518255602094850194600190920191016116fb565b508482101561173857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082018082111561022057634e487b7160e01b5f52601160045260245ffd5b604081525f611778604083018561131e565b828103602084015261178a818561131e565b95945050505050565b6001600160a01b0386811682528516602082015260a0604082018190525f906117be9083018661131e565b82810360608401526117d0818661131e565b905082810360808401526117e48185610f13565b98975050505050505050565b5f60208284031215611800575f5ffd5b815161034a81610ec9565b6001600160a01b03868116825285166020820152604081018490526060810183905260a0608082018190525f9061184490830184610f13565b97965050505050505056fea26469706673582212203e0836967e19c6418b0deaee21d928e74c06ae7f1c303af5eaea5d90f57d7a5464736f6c63430008250033",
}

// Baseline1155 is an auto generated Go binding around an Ethereum contract.
type Baseline1155 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Baseline1155) GetABI() abi.ABI {
	return c.abi
}

// NewBaseline1155 creates a new instance of Baseline1155.
func NewBaseline1155() *Baseline1155 {
	parsed, err := Baseline1155MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Baseline1155{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Baseline1155) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (baseline1155 *Baseline1155) PackBalanceOf(account common.Address, id *big.Int) []byte {
	enc, err := baseline1155.abi.Pack("balanceOf", account, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (baseline1155 *Baseline1155) TryPackBalanceOf(account common.Address, id *big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("balanceOf", account, id)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (baseline1155 *Baseline1155) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := baseline1155.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (baseline1155 *Baseline1155) PackBalanceOfBatch(accounts []common.Address, ids []*big.Int) []byte {
	enc, err := baseline1155.abi.Pack("balanceOfBatch", accounts, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (baseline1155 *Baseline1155) TryPackBalanceOfBatch(accounts []common.Address, ids []*big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("balanceOfBatch", accounts, ids)
}

// UnpackBalanceOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1273f4.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (baseline1155 *Baseline1155) UnpackBalanceOfBatch(data []byte) ([]*big.Int, error) {
	out, err := baseline1155.abi.Unpack("balanceOfBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (baseline1155 *Baseline1155) PackIsApprovedForAll(account common.Address, operator common.Address) []byte {
	enc, err := baseline1155.abi.Pack("isApprovedForAll", account, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (baseline1155 *Baseline1155) TryPackIsApprovedForAll(account common.Address, operator common.Address) ([]byte, error) {
	return baseline1155.abi.Pack("isApprovedForAll", account, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (baseline1155 *Baseline1155) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := baseline1155.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156e29f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 id, uint256 amount) returns()
func (baseline1155 *Baseline1155) PackMint(to common.Address, id *big.Int, amount *big.Int) []byte {
	enc, err := baseline1155.abi.Pack("mint", to, id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156e29f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 id, uint256 amount) returns()
func (baseline1155 *Baseline1155) TryPackMint(to common.Address, id *big.Int, amount *big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("mint", to, id, amount)
}

// PackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd81d0a15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintBatch(address to, uint256[] ids, uint256[] amounts) returns()
func (baseline1155 *Baseline1155) PackMintBatch(to common.Address, ids []*big.Int, amounts []*big.Int) []byte {
	enc, err := baseline1155.abi.Pack("mintBatch", to, ids, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd81d0a15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintBatch(address to, uint256[] ids, uint256[] amounts) returns()
func (baseline1155 *Baseline1155) TryPackMintBatch(to common.Address, ids []*big.Int, amounts []*big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("mintBatch", to, ids, amounts)
}

// PackMintBatchWithURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x496c096f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintBatchWithURI(address to, uint256[] ids, uint256[] amounts, string[] uris) returns()
func (baseline1155 *Baseline1155) PackMintBatchWithURI(to common.Address, ids []*big.Int, amounts []*big.Int, uris []string) []byte {
	enc, err := baseline1155.abi.Pack("mintBatchWithURI", to, ids, amounts, uris)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintBatchWithURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x496c096f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintBatchWithURI(address to, uint256[] ids, uint256[] amounts, string[] uris) returns()
func (baseline1155 *Baseline1155) TryPackMintBatchWithURI(to common.Address, ids []*big.Int, amounts []*big.Int, uris []string) ([]byte, error) {
	return baseline1155.abi.Pack("mintBatchWithURI", to, ids, amounts, uris)
}

// PackMintWithURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbafedeb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintWithURI(address to, uint256 id, uint256 amount, string tokenURI) returns()
func (baseline1155 *Baseline1155) PackMintWithURI(to common.Address, id *big.Int, amount *big.Int, tokenURI string) []byte {
	enc, err := baseline1155.abi.Pack("mintWithURI", to, id, amount, tokenURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintWithURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbafedeb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintWithURI(address to, uint256 id, uint256 amount, string tokenURI) returns()
func (baseline1155 *Baseline1155) TryPackMintWithURI(to common.Address, id *big.Int, amount *big.Int, tokenURI string) ([]byte, error) {
	return baseline1155.abi.Pack("mintWithURI", to, id, amount, tokenURI)
}

// PackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (baseline1155 *Baseline1155) PackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := baseline1155.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (baseline1155 *Baseline1155) TryPackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return baseline1155.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (baseline1155 *Baseline1155) PackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := baseline1155.abi.Pack("safeTransferFrom", from, to, id, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (baseline1155 *Baseline1155) TryPackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return baseline1155.abi.Pack("safeTransferFrom", from, to, id, value, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (baseline1155 *Baseline1155) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := baseline1155.abi.Pack("setApprovalForAll", operator, approved)
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
func (baseline1155 *Baseline1155) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return baseline1155.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (baseline1155 *Baseline1155) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := baseline1155.abi.Pack("supportsInterface", interfaceId)
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
func (baseline1155 *Baseline1155) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return baseline1155.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (baseline1155 *Baseline1155) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := baseline1155.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 tokenId) view returns(string)
func (baseline1155 *Baseline1155) PackUri(tokenId *big.Int) []byte {
	enc, err := baseline1155.abi.Pack("uri", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uri(uint256 tokenId) view returns(string)
func (baseline1155 *Baseline1155) TryPackUri(tokenId *big.Int) ([]byte, error) {
	return baseline1155.abi.Pack("uri", tokenId)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 tokenId) view returns(string)
func (baseline1155 *Baseline1155) UnpackUri(data []byte) (string, error) {
	out, err := baseline1155.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// Baseline1155ApprovalForAll represents a ApprovalForAll event raised by the Baseline1155 contract.
type Baseline1155ApprovalForAll struct {
	Account  common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const Baseline1155ApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (Baseline1155ApprovalForAll) ContractEventName() string {
	return Baseline1155ApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed account, address indexed operator, bool approved)
func (baseline1155 *Baseline1155) UnpackApprovalForAllEvent(log *types.Log) (*Baseline1155ApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline1155ApprovalForAll)
	if len(log.Data) > 0 {
		if err := baseline1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline1155.abi.Events[event].Inputs {
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

// Baseline1155TransferBatch represents a TransferBatch event raised by the Baseline1155 contract.
type Baseline1155TransferBatch struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Ids      []*big.Int
	Values   []*big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const Baseline1155TransferBatchEventName = "TransferBatch"

// ContractEventName returns the user-defined event name.
func (Baseline1155TransferBatch) ContractEventName() string {
	return Baseline1155TransferBatchEventName
}

// UnpackTransferBatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)
func (baseline1155 *Baseline1155) UnpackTransferBatchEvent(log *types.Log) (*Baseline1155TransferBatch, error) {
	event := "TransferBatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline1155TransferBatch)
	if len(log.Data) > 0 {
		if err := baseline1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline1155.abi.Events[event].Inputs {
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

// Baseline1155TransferSingle represents a TransferSingle event raised by the Baseline1155 contract.
type Baseline1155TransferSingle struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Id       *big.Int
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const Baseline1155TransferSingleEventName = "TransferSingle"

// ContractEventName returns the user-defined event name.
func (Baseline1155TransferSingle) ContractEventName() string {
	return Baseline1155TransferSingleEventName
}

// UnpackTransferSingleEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)
func (baseline1155 *Baseline1155) UnpackTransferSingleEvent(log *types.Log) (*Baseline1155TransferSingle, error) {
	event := "TransferSingle"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline1155TransferSingle)
	if len(log.Data) > 0 {
		if err := baseline1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline1155.abi.Events[event].Inputs {
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

// Baseline1155URI represents a URI event raised by the Baseline1155 contract.
type Baseline1155URI struct {
	Value string
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const Baseline1155URIEventName = "URI"

// ContractEventName returns the user-defined event name.
func (Baseline1155URI) ContractEventName() string {
	return Baseline1155URIEventName
}

// UnpackURIEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URI(string value, uint256 indexed id)
func (baseline1155 *Baseline1155) UnpackURIEvent(log *types.Log) (*Baseline1155URI, error) {
	event := "URI"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baseline1155.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Baseline1155URI)
	if len(log.Data) > 0 {
		if err := baseline1155.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baseline1155.abi.Events[event].Inputs {
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
func (baseline1155 *Baseline1155) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InsufficientBalance"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidApprover"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidArrayLength"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidArrayLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidOperator"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidReceiver"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155InvalidSender"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], baseline1155.abi.Errors["ERC1155MissingApprovalForAll"].ID.Bytes()[:4]) {
		return baseline1155.UnpackERC1155MissingApprovalForAllError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Baseline1155ERC1155InsufficientBalance represents a ERC1155InsufficientBalance error raised by the Baseline1155 contract.
type Baseline1155ERC1155InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func Baseline1155ERC1155InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x03dee4c573c982787b5f3537d6323ffaca9d864448aa6bd828ada9e5d0837036")
}

// UnpackERC1155InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func (baseline1155 *Baseline1155) UnpackERC1155InsufficientBalanceError(raw []byte) (*Baseline1155ERC1155InsufficientBalance, error) {
	out := new(Baseline1155ERC1155InsufficientBalance)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidApprover represents a ERC1155InvalidApprover error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func Baseline1155ERC1155InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0x3e31884e33c33ce0039d1905e3c252950ae3b95240f36d4fff81f5ff6752ef99")
}

// UnpackERC1155InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidApproverError(raw []byte) (*Baseline1155ERC1155InvalidApprover, error) {
	out := new(Baseline1155ERC1155InvalidApprover)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidArrayLength represents a ERC1155InvalidArrayLength error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidArrayLength struct {
	IdsLength    *big.Int
	ValuesLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func Baseline1155ERC1155InvalidArrayLengthErrorID() common.Hash {
	return common.HexToHash("0x5b0599913619cfa5633692652638ed25cafcd079c9beae8c251b12c23dcc83f2")
}

// UnpackERC1155InvalidArrayLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidArrayLengthError(raw []byte) (*Baseline1155ERC1155InvalidArrayLength, error) {
	out := new(Baseline1155ERC1155InvalidArrayLength)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidArrayLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidOperator represents a ERC1155InvalidOperator error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func Baseline1155ERC1155InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0xced3e10010b9d2aa24827119d0db4a8feec73aea48b4b3e470d8a9f3ff723569")
}

// UnpackERC1155InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidOperatorError(raw []byte) (*Baseline1155ERC1155InvalidOperator, error) {
	out := new(Baseline1155ERC1155InvalidOperator)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidReceiver represents a ERC1155InvalidReceiver error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func Baseline1155ERC1155InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x57f447ceed621d9e134e26de5772c88799abb7322ce2a87f95dce247d47105c6")
}

// UnpackERC1155InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidReceiverError(raw []byte) (*Baseline1155ERC1155InvalidReceiver, error) {
	out := new(Baseline1155ERC1155InvalidReceiver)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155InvalidSender represents a ERC1155InvalidSender error raised by the Baseline1155 contract.
type Baseline1155ERC1155InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidSender(address sender)
func Baseline1155ERC1155InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x01a83514e94b34009110b75cac6742ba33bd7c62f18a3616bafea52855d3b175")
}

// UnpackERC1155InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidSender(address sender)
func (baseline1155 *Baseline1155) UnpackERC1155InvalidSenderError(raw []byte) (*Baseline1155ERC1155InvalidSender, error) {
	out := new(Baseline1155ERC1155InvalidSender)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Baseline1155ERC1155MissingApprovalForAll represents a ERC1155MissingApprovalForAll error raised by the Baseline1155 contract.
type Baseline1155ERC1155MissingApprovalForAll struct {
	Operator common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func Baseline1155ERC1155MissingApprovalForAllErrorID() common.Hash {
	return common.HexToHash("0xe237d922be9fac42efeaaaffb42cc6b57e0ff95d94a1b74daeff69adc7657754")
}

// UnpackERC1155MissingApprovalForAllError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func (baseline1155 *Baseline1155) UnpackERC1155MissingApprovalForAllError(raw []byte) (*Baseline1155ERC1155MissingApprovalForAll, error) {
	out := new(Baseline1155ERC1155MissingApprovalForAll)
	if err := baseline1155.abi.UnpackIntoInterface(out, "ERC1155MissingApprovalForAll", raw); err != nil {
		return nil, err
	}
	return out, nil
}
