// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package asset721

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

// PlatformAssetsAssetInfo is an auto generated low-level Go binding around an user-defined struct.
type PlatformAssetsAssetInfo struct {
	PlatformId       [32]byte
	MetadataDigest   [32]byte
	InBatchDirectory bool
	BatchId          *big.Int
	RoyaltyBps       uint16
	RoyaltyReceiver  common.Address
	Uri              string
}

// Asset721MetaData contains all meta data concerning the Asset721 contract.
var Asset721MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPlatformRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"localAssetId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyTokenized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyMetadata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotMinter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotPlatformAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"PlatformInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"RoyaltyTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"directoryDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BatchTokenized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"DefaultRoyaltyReceiverSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metadataDigest\",\"type\":\"bytes32\"}],\"name\":\"MetadataChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"MinterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metadataDigest\",\"type\":\"bytes32\"}],\"name\":\"Tokenized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"assetInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metadataDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"inBatchDirectory\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structPlatformAssets.AssetInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"}],\"name\":\"defaultRoyaltyReceiver\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMinter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"localAssetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"metadataDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"localAssetIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"directoryDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"}],\"name\":\"mintBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"platformOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractPlatformRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"salePrice\",\"type\":\"uint256\"}],\"name\":\"royaltyInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"setDefaultRoyaltyReceiver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"platformId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"localAssetId\",\"type\":\"bytes32\"}],\"name\":\"tokenIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataDigest\",\"type\":\"bytes32\"}],\"name\":\"updateMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Asset721",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516123e83803806123e883398101604081905261002e91610068565b806001600160a01b0381166100565760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b031660805250610095565b5f60208284031215610078575f5ffd5b81516001600160a01b038116811461008e575f5ffd5b9392505050565b6080516123186100d05f395f818161039a01528181610c0501528181610cc801528181610cf701528181610f09015261136701526123185ff3fe608060405234801561000f575f5ffd5b50600436106101bb575f3560e01c80636352211e116100f3578063a22cb46511610093578063c61342431161006e578063c613424314610448578063c87b56dd1461045b578063e513f1f41461046e578063e985e9c5146104a5575f5ffd5b8063a22cb46514610402578063a879fcbb14610415578063b88d4fde14610435575f5ffd5b80637b103999116100ce5780637b1039991461039557806386523392146103bc57806392df8be8146103cf57806395d89b41146103e2575f5ffd5b80636352211e1461035357806370a082311461036657806370a0d68b14610379575f5ffd5b806323f1e6f01161015e5780633b4ddaf2116101395780633b4ddaf2146102f05780633dca40e61461030357806342842e0e1461031f5780634f558e7914610332575f5ffd5b806323f1e6f0146102985780632a55205a146102ab5780632fd16015146102dd575f5ffd5b806306fdde031161019957806306fdde031461020e578063081812fc14610247578063095ea7b31461027257806323b872dd14610285575f5ffd5b8063019f7f7b146101bf57806301ffc9a7146101d457806306f13056146101fc575b5f5ffd5b6101d26101cd366004611c03565b6104e0565b005b6101e76101e2366004611c38565b610645565b60405190151581526020015b60405180910390f35b6005545b6040519081526020016101f3565b6040805180820190915260148152736d69666d20706c6174666f726d2061737365747360601b60208201525b6040516101f39190611c81565b61025a610255366004611c93565b61068a565b6040516001600160a01b0390911681526020016101f3565b6101d2610280366004611cc9565b6106b0565b6101d2610293366004611cf3565b610773565b6102006102a6366004611d42565b610933565b6102be6102b9366004611c03565b610a54565b604080516001600160a01b0390931683526020830191909152016101f3565b61025a6102eb366004611c93565b610aaf565b6102006102fe366004611c93565b610ae8565b61030c61271081565b60405161ffff90911681526020016101f3565b6101d261032d366004611cf3565b610b2a565b6101e7610340366004611c93565b5f90815260208190526040902054151590565b61025a610361366004611c93565b610b49565b610200610374366004611df6565b610b81565b610200610387366004611c03565b5f9182526020526040902090565b61025a7f000000000000000000000000000000000000000000000000000000000000000081565b6101d26103ca366004611e1e565b610bc6565b6101d26103dd366004611e5d565b610ec2565b6040805180820190915260048152634d49464d60e01b602082015261023a565b6101d2610410366004611e8b565b611016565b610428610423366004611c93565b6110b3565b6040516101f39190611eb7565b6101d2610443366004611f69565b61119f565b61020061045636600461202b565b6111bd565b61023a610469366004611c93565b6112fb565b6101e761047c366004611e5d565b5f9182526008602090815260408084206001600160a01b03939093168452919052902054151590565b6101e76104b336600461208c565b6001600160a01b039182165f908152600c6020908152604080832093909416825291909152205460ff1690565b5f8190036105015760405163ae92135760e01b815260040160405180910390fd5b5f61050b83611310565b905063ffffffff60a082901c165f60066105266001846120cc565b81548110610536576105366120df565b5f918252602080832090910154808352600882526040808420338552909252912054909150821461058857604051637c2e5f7f60e01b8152600481018290523360248201526044015b60405180910390fd5b61059181611347565b5f858152600160205260409020849055600160d01b8316156105c5575f858152602081905260409020600160d01b19841690555b6040518581527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a1336001600160a01b031681867f40d503e0d7ea008329d65b851d97c67173aeef80ab131cbc83dd69a8c851bb5d8760405161063591815260200190565b60405180910390a45b5050505050565b5f6001600160e01b031982166380ac58cd60e01b148061067557506001600160e01b03198216635b5e139f60e01b145b806106845750610684826113fd565b92915050565b5f61069482610b49565b50505f908152600b60205260409020546001600160a01b031690565b5f6106ba82610b49565b9050336001600160a01b038216148015906106f857506001600160a01b0381165f908152600c6020908152604080832033845290915290205460ff16155b156107185760405163a9fbf51f60e01b815233600482015260240161057f565b5f828152600b602052604080822080546001600160a01b0319166001600160a01b0387811691821790925591518593918516917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591a4505050565b6001600160a01b03821661079c57604051633250574960e11b81525f600482015260240161057f565b5f81815260208190526040902054806001600160a01b0381166107d557604051637e27328960e01b81526004810184905260240161057f565b846001600160a01b0316816001600160a01b031614610821576040516364283d7b60e01b81526001600160a01b038087166004830152602482018590528216604482015260640161057f565b336001600160a01b0382161480159061085d57506001600160a01b0381165f908152600c6020908152604080832033845290915290205460ff16155b801561087f57505f838152600b60205260409020546001600160a01b03163314155b156108a65760405163177e802f60e01b81523360048201526024810184905260440161057f565b5f838152600b6020908152604080832080546001600160a01b03199081169091556001600160a01b03898116808652600a855283862080545f1901905590891680865283862080546001019055888652938590528285209187168417909155905186937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a45050505050565b5f5f610943898561ffff1661144c565b90506001600160a01b03861661096e57604051633250574960e11b81525f600482015260240161057f565b865f61097b8786846114ce565b9094506001600160a01b0389168117939093179290505f8061099f8d8d8d88611586565b9150915081156109e1575f8d8152602082905260409020604051632dd008c360e11b81526004810191909152602481018e90526044810182905260640161057f565b6001600160a01b038a165f908152600a602090815260409182902080548701905581513381529081018b905290810185905286908e907fc643d54a10f81997688ea4b94804fdac9c17746a582909173f9a78ea1a7b2bcf9060600160405180910390a35050505050979650505050505050565b5f5f5f610a6085611310565b905061ffff60c082901c165f819003610a80575f5f935093505050610aa8565b610a8a8683611619565b612710610a9783886120f3565b610aa1919061210a565b9350935050505b9250929050565b5f818152600760205260408120548015610adf575f818152600960205260409020546001600160a01b0316610ae1565b5f5b9392505050565b5f6006600160a0610af885611310565b901c63ffffffff16610b0a91906120cc565b81548110610b1a57610b1a6120df565b905f5260205f2001549050919050565b610b4483838360405180602001604052805f81525061119f565b505050565b5f818152602081905260408120546001600160a01b03811661068457604051637e27328960e01b81526004810184905260240161057f565b5f6001600160a01b038216610bab576040516322718ad960e21b81525f600482015260240161057f565b506001600160a01b03165f908152600a602052604090205490565b6001600160a01b038216610bed5760405163d92e233d60e01b815260040160405180910390fd5b604051638b21507160e01b8152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638b21507190602401606060405180830381865afa158015610c52573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c769190612129565b80519091506001600160a01b03163303610cbf57818015610c9957508060400151155b15610cba5760405163fa5aaf8d60e01b81526004810185905260240161057f565b610e05565b8180610ddb57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391d148547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f68e95536040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d51573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d75919061219b565b6040516001600160e01b031960e084901b1681526004810191909152336024820152604401602060405180830381865afa158015610db5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dd991906121b2565b155b15610e05576040516001620a870960e21b031981526004810185905233602482015260440161057f565b5f610e0f85611697565b5f818152600960205260409020549091506001600160a01b0316610e5a5781515f82815260096020526040902080546001600160a01b0319166001600160a01b039092169190911790555b82610e65575f610e67565b805b5f8681526008602090815260408083206001600160a01b038916808552908352928190209390935591518515158152339288917f51ed4d76dab45d374426c737f11d5c9118da4afadbda60748e8d9ec62c4f2f9a9101610635565b6001600160a01b038116610ee95760405163d92e233d60e01b815260040160405180910390fd5b604051638b21507160e01b81526004810183905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638b21507190602401606060405180830381865afa158015610f4e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f729190612129565b516001600160a01b031614610fa6576040516001620a870960e21b031981526004810183905233602482015260440161057f565b8060095f610fb385611697565b815260208082019290925260409081015f2080546001600160a01b0319166001600160a01b0394851617905551918316825283917f7ba85b0f1356f5575361d674d2762374ee91a793b2c9890bf8919527e2c9260b910160405180910390a25050565b6001600160a01b03821661104857604051630b61174360e31b81526001600160a01b038316600482015260240161057f565b335f818152600c602090815260408083206001600160a01b03871680855290835292819020805460ff191686151590811790915590519081529192917f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a35050565b6110fc6040518060e001604052805f81526020015f81526020015f151581526020015f81526020015f61ffff1681526020015f6001600160a01b03168152602001606081525090565b5f61110683611310565b905061111183610ae8565b8252600160d01b81161515604083015261112b8160d81c90565b6060830152604082015161114c575f83815260016020526040902054611160565b60608201515f908152600260205260409020545b602083015261ffff60c082901c16608083015261117d8382611619565b6001600160a01b031660a0830152611194836116f2565b60c083015250919050565b6111aa848484610773565b6111b73385858585611740565b50505050565b5f5f6111cd888561ffff1661144c565b90506001600160a01b0386166111f857604051633250574960e11b81525f600482015260240161057f565b5f8881526020889052604090205f818152602081905260409020549092501561124557604051632dd008c360e11b815260048101839052602481018990526044810188905260640161057f565b611250828685611867565b5f838152602081815260408083206001600160a01b038b1694909517848117909555838352600a9091528082208054600101905551849291907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef908290a46040805183815233602082015290810186905288907f87e13f657688309d7f71f7ffea4d992a857ce42e7bf8ba1362d4341d190a3b079060600160405180910390a2509695505050505050565b606061130682610b49565b50610684826116f2565b5f8181526020819052604081205490819003611342576040516303b673fd60e21b81526004810183905260240161057f565b919050565b6040516372ef5fbb60e11b8152600481018290525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063e5debf7690602401602060405180830381865afa1580156113ac573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113d091906121cd565b6001600160a01b0316036113fa5760405163fa5aaf8d60e01b81526004810182905260240161057f565b50565b5f6001600160e01b0319821663152a902d60e11b148061142d57506001600160e01b03198216632483248360e11b145b8061068457506301ffc9a760e01b6001600160e01b0319831614610684565b5f82815260086020908152604080832033845290915281205480820361148e57604051637c2e5f7f60e01b81526004810185905233602482015260440161057f565b6127108311156114b457604051635c707b4960e01b81526004810184905260240161057f565b6114bd84611347565b60a01b60c083901b17905092915050565b5f5f825f036114f05760405163c2e5347d60e01b815260040160405180910390fd5b5f8590036115115760405163ae92135760e01b815260040160405180910390fd5b60055f815461151f906121e8565b91829055505f818152600260205260409020869055915050600160d01b60d882901b176001600160a01b0384161561157e575f82815260046020526040902080546001600160a01b0319166001600160a01b038616179055600160d21b175b935093915050565b5f5f6001600160a01b0383166040515f6020820152875f52868660051b81015b8082101561160c5781358060205260405f20808552604085208054156115d5576001985082975050505061160c565b89905580865f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8180a450506020820191506115a6565b5050505094509492505050565b5f600160d11b82161561164357505f828152600360205260409020546001600160a01b0316610684565b600160d21b821615611671575060d881901c5f908152600460205260409020546001600160a01b0316610684565b5060a01c63ffffffff165f908152600960205260409020546001600160a01b0316919050565b5f81815260076020526040812054908190036113425750600680546001810182557ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f01829055545f9182526007602052604090912081905590565b60605f6116fe83611310565b9050600160d01b8116156117295760d881901c5f90815260026020526040902054610ae190846118da565b5f83815260016020526040902054610ae1906119af565b6001600160a01b0383163b1561063e57604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290611782908890889087908790600401612200565b6020604051808303815f875af19250505080156117bc575060408051601f3d908101601f191682019092526117b99181019061223c565b60015b611823573d8080156117e9576040519150601f19603f3d011682016040523d82523d5f602084013e6117ee565b606091505b5080515f0361181b57604051633250574960e11b81526001600160a01b038516600482015260240161057f565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461185f57604051633250574960e11b81526001600160a01b038516600482015260240161057f565b505050505050565b5f8281036118885760405163ae92135760e01b815260040160405180910390fd5b5f8481526001602052604090208390556001600160a01b03821615610ae157505f83815260036020526040902080546001600160a01b0319166001600160a01b038316179055600160d11b9392505050565b6040805181815260608181018352915f91906020820181803683370190505090505f5b6040811015611979576f181899199a1a9b1b9c1cb0b131b232b360811b6119258260046120f3565b85901c600f166010811061193b5761193b6120df565b1a60f81b8261194b83603f6120cc565b8151811061195b5761195b6120df565b60200101906001600160f81b03191690815f1a9053506001016118fd565b506119856070856119e2565b8160405160200161199792919061226e565b60405160208183030381529060405291505092915050565b60606119bc6055836119e2565b6040516020016119cc91906122b4565b6040516020818303038152906040529050919050565b60408051603b80825260608281019093525f9190602082018180368337019050509050603160f91b815f81518110611a1c57611a1c6120df565b60200101906001600160f81b03191690815f1a905350630100122062ff0000601086901b16175f806001815b6024811015611b67575f60048210611a7c5788611a666004846120cc565b60208110611a7657611a766120df565b1a611a99565b611a878260036120cc565b611a929060086120f3565b86901c60ff165b61ffff600896871b82171695909150611ab290856122cf565b93505b60058410611b5e57611ac86005856120cc565b93506040518060400160405280602081526020017f6162636465666768696a6b6c6d6e6f707172737475767778797a3233343536378152508486901c601f1681518110611b1757611b176120df565b01602001516001600160f81b0319168784611b31816121e8565b955081518110611b4357611b436120df565b60200101906001600160f81b03191690815f1a905350611ab5565b50600101611a48565b508115611bf7576040805180820190915260208082527f6162636465666768696a6b6c6d6e6f707172737475767778797a32333435363790820152611bad8360056120cc565b84901b601f1681518110611bc357611bc36120df565b602001015160f81c60f81b858281518110611be057611be06120df565b60200101906001600160f81b03191690815f1a9053505b50929695505050505050565b5f5f60408385031215611c14575f5ffd5b50508035926020909101359150565b6001600160e01b0319811681146113fa575f5ffd5b5f60208284031215611c48575f5ffd5b8135610ae181611c23565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610ae16020830184611c53565b5f60208284031215611ca3575f5ffd5b5035919050565b6001600160a01b03811681146113fa575f5ffd5b803561134281611caa565b5f5f60408385031215611cda575f5ffd5b8235611ce581611caa565b946020939093013593505050565b5f5f5f60608486031215611d05575f5ffd5b8335611d1081611caa565b92506020840135611d2081611caa565b929592945050506040919091013590565b803561ffff81168114611342575f5ffd5b5f5f5f5f5f5f5f60c0888a031215611d58575f5ffd5b87359650602088013567ffffffffffffffff811115611d75575f5ffd5b8801601f81018a13611d85575f5ffd5b803567ffffffffffffffff811115611d9b575f5ffd5b8a60208260051b8401011115611daf575f5ffd5b60209190910196509450611dc560408901611cbe565b935060608801359250611dda60808901611d31565b9150611de860a08901611cbe565b905092959891949750929550565b5f60208284031215611e06575f5ffd5b8135610ae181611caa565b80151581146113fa575f5ffd5b5f5f5f60608486031215611e30575f5ffd5b833592506020840135611e4281611caa565b91506040840135611e5281611e11565b809150509250925092565b5f5f60408385031215611e6e575f5ffd5b823591506020830135611e8081611caa565b809150509250929050565b5f5f60408385031215611e9c575f5ffd5b8235611ea781611caa565b91506020830135611e8081611e11565b6020815281516020820152602082015160408201526040820151151560608201526060820151608082015261ffff60808301511660a082015260018060a01b0360a08301511660c08201525f60c083015160e080840152611f1c610100840182611c53565b949350505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff81118282101715611f6157611f61611f24565b604052919050565b5f5f5f5f60808587031215611f7c575f5ffd5b8435611f8781611caa565b93506020850135611f9781611caa565b925060408501359150606085013567ffffffffffffffff811115611fb9575f5ffd5b8501601f81018713611fc9575f5ffd5b803567ffffffffffffffff811115611fe357611fe3611f24565b611ff6601f8201601f1916602001611f38565b81815288602083850101111561200a575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f5f5f60c08789031215612040575f5ffd5b8635955060208701359450604087013561205981611caa565b93506060870135925061206e60808801611d31565b915060a087013561207e81611caa565b809150509295509295509295565b5f5f6040838503121561209d575f5ffd5b82356120a881611caa565b91506020830135611e8081611caa565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610684576106846120b8565b634e487b7160e01b5f52603260045260245ffd5b8082028115828204841417610684576106846120b8565b5f8261212457634e487b7160e01b5f52601260045260245ffd5b500490565b5f606082840312801561213a575f5ffd5b506040516060810167ffffffffffffffff8111828210171561215e5761215e611f24565b604052825161216c81611caa565b8152602083015161217c81611caa565b6020820152604083015161218f81611e11565b60408201529392505050565b5f602082840312156121ab575f5ffd5b5051919050565b5f602082840312156121c2575f5ffd5b8151610ae181611e11565b5f602082840312156121dd575f5ffd5b8151610ae181611caa565b5f600182016121f9576121f96120b8565b5060010190565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061223290830184611c53565b9695505050505050565b5f6020828403121561224c575f5ffd5b8151610ae181611c23565b5f81518060208401855e5f93019283525090919050565b66697066733a2f2f60c81b81525f6122896007830185612257565b602f60f81b815261229d6001820185612257565b64173539b7b760d91b815260050195945050505050565b66697066733a2f2f60c81b81525f610ae16007830184612257565b80820180821115610684576106846120b856fea2646970667358221220759ab5b73029dda0392614dd944e3ea875db213862d6544c579afcb4d07312e864736f6c63430008250033",
}

// Asset721 is an auto generated Go binding around an Ethereum contract.
type Asset721 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Asset721) GetABI() abi.ABI {
	return c.abi
}

// NewAsset721 creates a new instance of Asset721.
func NewAsset721() *Asset721 {
	parsed, err := Asset721MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Asset721{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Asset721) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (asset721 *Asset721) PackConstructor(registry_ common.Address) []byte {
	enc, err := asset721.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (asset721 *Asset721) PackMAXROYALTYBPS() []byte {
	enc, err := asset721.abi.Pack("MAX_ROYALTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (asset721 *Asset721) TryPackMAXROYALTYBPS() ([]byte, error) {
	return asset721.abi.Pack("MAX_ROYALTY_BPS")
}

// UnpackMAXROYALTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dca40e6.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (asset721 *Asset721) UnpackMAXROYALTYBPS(data []byte) (uint16, error) {
	out, err := asset721.abi.Unpack("MAX_ROYALTY_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (asset721 *Asset721) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := asset721.abi.Pack("approve", to, tokenId)
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
func (asset721 *Asset721) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return asset721.abi.Pack("approve", to, tokenId)
}

// PackAssetInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa879fcbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assetInfo(uint256 tokenId) view returns((bytes32,bytes32,bool,uint256,uint16,address,string) info)
func (asset721 *Asset721) PackAssetInfo(tokenId *big.Int) []byte {
	enc, err := asset721.abi.Pack("assetInfo", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssetInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa879fcbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assetInfo(uint256 tokenId) view returns((bytes32,bytes32,bool,uint256,uint16,address,string) info)
func (asset721 *Asset721) TryPackAssetInfo(tokenId *big.Int) ([]byte, error) {
	return asset721.abi.Pack("assetInfo", tokenId)
}

// UnpackAssetInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa879fcbb.
//
// Solidity: function assetInfo(uint256 tokenId) view returns((bytes32,bytes32,bool,uint256,uint16,address,string) info)
func (asset721 *Asset721) UnpackAssetInfo(data []byte) (PlatformAssetsAssetInfo, error) {
	out, err := asset721.abi.Unpack("assetInfo", data)
	if err != nil {
		return *new(PlatformAssetsAssetInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(PlatformAssetsAssetInfo)).(*PlatformAssetsAssetInfo)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (asset721 *Asset721) PackBalanceOf(owner common.Address) []byte {
	enc, err := asset721.abi.Pack("balanceOf", owner)
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
func (asset721 *Asset721) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return asset721.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (asset721 *Asset721) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := asset721.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint256)
func (asset721 *Asset721) PackBatchCount() []byte {
	enc, err := asset721.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint256)
func (asset721 *Asset721) TryPackBatchCount() ([]byte, error) {
	return asset721.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint256)
func (asset721 *Asset721) UnpackBatchCount(data []byte) (*big.Int, error) {
	out, err := asset721.abi.Unpack("batchCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultRoyaltyReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fd16015.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultRoyaltyReceiver(bytes32 platformId) view returns(address)
func (asset721 *Asset721) PackDefaultRoyaltyReceiver(platformId [32]byte) []byte {
	enc, err := asset721.abi.Pack("defaultRoyaltyReceiver", platformId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultRoyaltyReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fd16015.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultRoyaltyReceiver(bytes32 platformId) view returns(address)
func (asset721 *Asset721) TryPackDefaultRoyaltyReceiver(platformId [32]byte) ([]byte, error) {
	return asset721.abi.Pack("defaultRoyaltyReceiver", platformId)
}

// UnpackDefaultRoyaltyReceiver is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fd16015.
//
// Solidity: function defaultRoyaltyReceiver(bytes32 platformId) view returns(address)
func (asset721 *Asset721) UnpackDefaultRoyaltyReceiver(data []byte) (common.Address, error) {
	out, err := asset721.abi.Unpack("defaultRoyaltyReceiver", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exists(uint256 tokenId) view returns(bool)
func (asset721 *Asset721) PackExists(tokenId *big.Int) []byte {
	enc, err := asset721.abi.Pack("exists", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exists(uint256 tokenId) view returns(bool)
func (asset721 *Asset721) TryPackExists(tokenId *big.Int) ([]byte, error) {
	return asset721.abi.Pack("exists", tokenId)
}

// UnpackExists is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f558e79.
//
// Solidity: function exists(uint256 tokenId) view returns(bool)
func (asset721 *Asset721) UnpackExists(data []byte) (bool, error) {
	out, err := asset721.abi.Unpack("exists", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (asset721 *Asset721) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := asset721.abi.Pack("getApproved", tokenId)
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
func (asset721 *Asset721) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return asset721.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (asset721 *Asset721) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := asset721.abi.Unpack("getApproved", data)
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
func (asset721 *Asset721) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := asset721.abi.Pack("isApprovedForAll", owner, operator)
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
func (asset721 *Asset721) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return asset721.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (asset721 *Asset721) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := asset721.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe513f1f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMinter(bytes32 platformId, address account) view returns(bool)
func (asset721 *Asset721) PackIsMinter(platformId [32]byte, account common.Address) []byte {
	enc, err := asset721.abi.Pack("isMinter", platformId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe513f1f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMinter(bytes32 platformId, address account) view returns(bool)
func (asset721 *Asset721) TryPackIsMinter(platformId [32]byte, account common.Address) ([]byte, error) {
	return asset721.abi.Pack("isMinter", platformId, account)
}

// UnpackIsMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe513f1f4.
//
// Solidity: function isMinter(bytes32 platformId, address account) view returns(bool)
func (asset721 *Asset721) UnpackIsMinter(data []byte) (bool, error) {
	out, err := asset721.abi.Unpack("isMinter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6134243.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(bytes32 platformId, bytes32 localAssetId, address to, bytes32 metadataDigest, uint16 royaltyBps, address royaltyReceiver) returns(uint256 tokenId)
func (asset721 *Asset721) PackMint(platformId [32]byte, localAssetId [32]byte, to common.Address, metadataDigest [32]byte, royaltyBps uint16, royaltyReceiver common.Address) []byte {
	enc, err := asset721.abi.Pack("mint", platformId, localAssetId, to, metadataDigest, royaltyBps, royaltyReceiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6134243.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(bytes32 platformId, bytes32 localAssetId, address to, bytes32 metadataDigest, uint16 royaltyBps, address royaltyReceiver) returns(uint256 tokenId)
func (asset721 *Asset721) TryPackMint(platformId [32]byte, localAssetId [32]byte, to common.Address, metadataDigest [32]byte, royaltyBps uint16, royaltyReceiver common.Address) ([]byte, error) {
	return asset721.abi.Pack("mint", platformId, localAssetId, to, metadataDigest, royaltyBps, royaltyReceiver)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6134243.
//
// Solidity: function mint(bytes32 platformId, bytes32 localAssetId, address to, bytes32 metadataDigest, uint16 royaltyBps, address royaltyReceiver) returns(uint256 tokenId)
func (asset721 *Asset721) UnpackMint(data []byte) (*big.Int, error) {
	out, err := asset721.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23f1e6f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintBatch(bytes32 platformId, bytes32[] localAssetIds, address to, bytes32 directoryDigest, uint16 royaltyBps, address royaltyReceiver) returns(uint256 batchId)
func (asset721 *Asset721) PackMintBatch(platformId [32]byte, localAssetIds [][32]byte, to common.Address, directoryDigest [32]byte, royaltyBps uint16, royaltyReceiver common.Address) []byte {
	enc, err := asset721.abi.Pack("mintBatch", platformId, localAssetIds, to, directoryDigest, royaltyBps, royaltyReceiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23f1e6f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintBatch(bytes32 platformId, bytes32[] localAssetIds, address to, bytes32 directoryDigest, uint16 royaltyBps, address royaltyReceiver) returns(uint256 batchId)
func (asset721 *Asset721) TryPackMintBatch(platformId [32]byte, localAssetIds [][32]byte, to common.Address, directoryDigest [32]byte, royaltyBps uint16, royaltyReceiver common.Address) ([]byte, error) {
	return asset721.abi.Pack("mintBatch", platformId, localAssetIds, to, directoryDigest, royaltyBps, royaltyReceiver)
}

// UnpackMintBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23f1e6f0.
//
// Solidity: function mintBatch(bytes32 platformId, bytes32[] localAssetIds, address to, bytes32 directoryDigest, uint16 royaltyBps, address royaltyReceiver) returns(uint256 batchId)
func (asset721 *Asset721) UnpackMintBatch(data []byte) (*big.Int, error) {
	out, err := asset721.abi.Unpack("mintBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() pure returns(string)
func (asset721 *Asset721) PackName() []byte {
	enc, err := asset721.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() pure returns(string)
func (asset721 *Asset721) TryPackName() ([]byte, error) {
	return asset721.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (asset721 *Asset721) UnpackName(data []byte) (string, error) {
	out, err := asset721.abi.Unpack("name", data)
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
func (asset721 *Asset721) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := asset721.abi.Pack("ownerOf", tokenId)
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
func (asset721 *Asset721) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return asset721.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (asset721 *Asset721) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := asset721.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPlatformOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b4ddaf2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platformOf(uint256 tokenId) view returns(bytes32)
func (asset721 *Asset721) PackPlatformOf(tokenId *big.Int) []byte {
	enc, err := asset721.abi.Pack("platformOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatformOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b4ddaf2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platformOf(uint256 tokenId) view returns(bytes32)
func (asset721 *Asset721) TryPackPlatformOf(tokenId *big.Int) ([]byte, error) {
	return asset721.abi.Pack("platformOf", tokenId)
}

// UnpackPlatformOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b4ddaf2.
//
// Solidity: function platformOf(uint256 tokenId) view returns(bytes32)
func (asset721 *Asset721) UnpackPlatformOf(data []byte) ([32]byte, error) {
	out, err := asset721.abi.Unpack("platformOf", data)
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
func (asset721 *Asset721) PackRegistry() []byte {
	enc, err := asset721.abi.Pack("registry")
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
func (asset721 *Asset721) TryPackRegistry() ([]byte, error) {
	return asset721.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (asset721 *Asset721) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := asset721.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address, uint256)
func (asset721 *Asset721) PackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) []byte {
	enc, err := asset721.abi.Pack("royaltyInfo", tokenId, salePrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address, uint256)
func (asset721 *Asset721) TryPackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) ([]byte, error) {
	return asset721.abi.Pack("royaltyInfo", tokenId, salePrice)
}

// RoyaltyInfoOutput serves as a container for the return parameters of contract
// method RoyaltyInfo.
type RoyaltyInfoOutput struct {
	Arg0 common.Address
	Arg1 *big.Int
}

// UnpackRoyaltyInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a55205a.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address, uint256)
func (asset721 *Asset721) UnpackRoyaltyInfo(data []byte) (RoyaltyInfoOutput, error) {
	out, err := asset721.abi.Unpack("royaltyInfo", data)
	outstruct := new(RoyaltyInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (asset721 *Asset721) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := asset721.abi.Pack("safeTransferFrom", from, to, tokenId)
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
func (asset721 *Asset721) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return asset721.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (asset721 *Asset721) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := asset721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
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
func (asset721 *Asset721) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return asset721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (asset721 *Asset721) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := asset721.abi.Pack("setApprovalForAll", operator, approved)
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
func (asset721 *Asset721) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return asset721.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetDefaultRoyaltyReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92df8be8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDefaultRoyaltyReceiver(bytes32 platformId, address receiver) returns()
func (asset721 *Asset721) PackSetDefaultRoyaltyReceiver(platformId [32]byte, receiver common.Address) []byte {
	enc, err := asset721.abi.Pack("setDefaultRoyaltyReceiver", platformId, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDefaultRoyaltyReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92df8be8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDefaultRoyaltyReceiver(bytes32 platformId, address receiver) returns()
func (asset721 *Asset721) TryPackSetDefaultRoyaltyReceiver(platformId [32]byte, receiver common.Address) ([]byte, error) {
	return asset721.abi.Pack("setDefaultRoyaltyReceiver", platformId, receiver)
}

// PackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86523392.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinter(bytes32 platformId, address account, bool allowed) returns()
func (asset721 *Asset721) PackSetMinter(platformId [32]byte, account common.Address, allowed bool) []byte {
	enc, err := asset721.abi.Pack("setMinter", platformId, account, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86523392.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinter(bytes32 platformId, address account, bool allowed) returns()
func (asset721 *Asset721) TryPackSetMinter(platformId [32]byte, account common.Address, allowed bool) ([]byte, error) {
	return asset721.abi.Pack("setMinter", platformId, account, allowed)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (asset721 *Asset721) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := asset721.abi.Pack("supportsInterface", interfaceId)
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
func (asset721 *Asset721) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return asset721.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (asset721 *Asset721) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := asset721.abi.Unpack("supportsInterface", data)
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
// Solidity: function symbol() pure returns(string)
func (asset721 *Asset721) PackSymbol() []byte {
	enc, err := asset721.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() pure returns(string)
func (asset721 *Asset721) TryPackSymbol() ([]byte, error) {
	return asset721.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (asset721 *Asset721) UnpackSymbol(data []byte) (string, error) {
	out, err := asset721.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a0d68b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenIdOf(bytes32 platformId, bytes32 localAssetId) pure returns(uint256 id)
func (asset721 *Asset721) PackTokenIdOf(platformId [32]byte, localAssetId [32]byte) []byte {
	enc, err := asset721.abi.Pack("tokenIdOf", platformId, localAssetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a0d68b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenIdOf(bytes32 platformId, bytes32 localAssetId) pure returns(uint256 id)
func (asset721 *Asset721) TryPackTokenIdOf(platformId [32]byte, localAssetId [32]byte) ([]byte, error) {
	return asset721.abi.Pack("tokenIdOf", platformId, localAssetId)
}

// UnpackTokenIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a0d68b.
//
// Solidity: function tokenIdOf(bytes32 platformId, bytes32 localAssetId) pure returns(uint256 id)
func (asset721 *Asset721) UnpackTokenIdOf(data []byte) (*big.Int, error) {
	out, err := asset721.abi.Unpack("tokenIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (asset721 *Asset721) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := asset721.abi.Pack("tokenURI", tokenId)
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
func (asset721 *Asset721) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return asset721.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (asset721 *Asset721) UnpackTokenURI(data []byte) (string, error) {
	out, err := asset721.abi.Unpack("tokenURI", data)
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
func (asset721 *Asset721) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := asset721.abi.Pack("transferFrom", from, to, tokenId)
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
func (asset721 *Asset721) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return asset721.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUpdateMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x019f7f7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateMetadata(uint256 tokenId, bytes32 metadataDigest) returns()
func (asset721 *Asset721) PackUpdateMetadata(tokenId *big.Int, metadataDigest [32]byte) []byte {
	enc, err := asset721.abi.Pack("updateMetadata", tokenId, metadataDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x019f7f7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateMetadata(uint256 tokenId, bytes32 metadataDigest) returns()
func (asset721 *Asset721) TryPackUpdateMetadata(tokenId *big.Int, metadataDigest [32]byte) ([]byte, error) {
	return asset721.abi.Pack("updateMetadata", tokenId, metadataDigest)
}

// Asset721Approval represents a Approval event raised by the Asset721 contract.
type Asset721Approval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const Asset721ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (Asset721Approval) ContractEventName() string {
	return Asset721ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (asset721 *Asset721) UnpackApprovalEvent(log *types.Log) (*Asset721Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != asset721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Asset721Approval)
	if len(log.Data) > 0 {
		if err := asset721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range asset721.abi.Events[event].Inputs {
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

// Asset721ApprovalForAll represents a ApprovalForAll event raised by the Asset721 contract.
type Asset721ApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const Asset721ApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (Asset721ApprovalForAll) ContractEventName() string {
	return Asset721ApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (asset721 *Asset721) UnpackApprovalForAllEvent(log *types.Log) (*Asset721ApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != asset721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Asset721ApprovalForAll)
	if len(log.Data) > 0 {
		if err := asset721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range asset721.abi.Events[event].Inputs {
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

// Asset721BatchTokenized represents a BatchTokenized event raised by the Asset721 contract.
type Asset721BatchTokenized struct {
	PlatformId      [32]byte
	BatchId         *big.Int
	Minter          common.Address
	DirectoryDigest [32]byte
	Count           *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const Asset721BatchTokenizedEventName = "BatchTokenized"

// ContractEventName returns the user-defined event name.
func (Asset721BatchTokenized) ContractEventName() string {
	return Asset721BatchTokenizedEventName
}

// UnpackBatchTokenizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchTokenized(bytes32 indexed platformId, uint256 indexed batchId, address minter, bytes32 directoryDigest, uint256 count)
func (asset721 *Asset721) UnpackBatchTokenizedEvent(log *types.Log) (*Asset721BatchTokenized, error) {
	event := "BatchTokenized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != asset721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Asset721BatchTokenized)
	if len(log.Data) > 0 {
		if err := asset721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range asset721.abi.Events[event].Inputs {
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

// Asset721DefaultRoyaltyReceiverSet represents a DefaultRoyaltyReceiverSet event raised by the Asset721 contract.
type Asset721DefaultRoyaltyReceiverSet struct {
	PlatformId [32]byte
	Receiver   common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const Asset721DefaultRoyaltyReceiverSetEventName = "DefaultRoyaltyReceiverSet"

// ContractEventName returns the user-defined event name.
func (Asset721DefaultRoyaltyReceiverSet) ContractEventName() string {
	return Asset721DefaultRoyaltyReceiverSetEventName
}

// UnpackDefaultRoyaltyReceiverSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultRoyaltyReceiverSet(bytes32 indexed platformId, address receiver)
func (asset721 *Asset721) UnpackDefaultRoyaltyReceiverSetEvent(log *types.Log) (*Asset721DefaultRoyaltyReceiverSet, error) {
	event := "DefaultRoyaltyReceiverSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != asset721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Asset721DefaultRoyaltyReceiverSet)
	if len(log.Data) > 0 {
		if err := asset721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range asset721.abi.Events[event].Inputs {
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

// Asset721MetadataChanged represents a MetadataChanged event raised by the Asset721 contract.
type Asset721MetadataChanged struct {
	TokenId        *big.Int
	PlatformId     [32]byte
	By             common.Address
	MetadataDigest [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const Asset721MetadataChangedEventName = "MetadataChanged"

// ContractEventName returns the user-defined event name.
func (Asset721MetadataChanged) ContractEventName() string {
	return Asset721MetadataChangedEventName
}

// UnpackMetadataChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataChanged(uint256 indexed tokenId, bytes32 indexed platformId, address indexed by, bytes32 metadataDigest)
func (asset721 *Asset721) UnpackMetadataChangedEvent(log *types.Log) (*Asset721MetadataChanged, error) {
	event := "MetadataChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != asset721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Asset721MetadataChanged)
	if len(log.Data) > 0 {
		if err := asset721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range asset721.abi.Events[event].Inputs {
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

// Asset721MetadataUpdate represents a MetadataUpdate event raised by the Asset721 contract.
type Asset721MetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const Asset721MetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (Asset721MetadataUpdate) ContractEventName() string {
	return Asset721MetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (asset721 *Asset721) UnpackMetadataUpdateEvent(log *types.Log) (*Asset721MetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != asset721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Asset721MetadataUpdate)
	if len(log.Data) > 0 {
		if err := asset721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range asset721.abi.Events[event].Inputs {
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

// Asset721MinterSet represents a MinterSet event raised by the Asset721 contract.
type Asset721MinterSet struct {
	PlatformId [32]byte
	Account    common.Address
	Allowed    bool
	By         common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const Asset721MinterSetEventName = "MinterSet"

// ContractEventName returns the user-defined event name.
func (Asset721MinterSet) ContractEventName() string {
	return Asset721MinterSetEventName
}

// UnpackMinterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinterSet(bytes32 indexed platformId, address indexed account, bool allowed, address indexed by)
func (asset721 *Asset721) UnpackMinterSetEvent(log *types.Log) (*Asset721MinterSet, error) {
	event := "MinterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != asset721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Asset721MinterSet)
	if len(log.Data) > 0 {
		if err := asset721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range asset721.abi.Events[event].Inputs {
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

// Asset721Tokenized represents a Tokenized event raised by the Asset721 contract.
type Asset721Tokenized struct {
	PlatformId     [32]byte
	TokenId        *big.Int
	Minter         common.Address
	MetadataDigest [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const Asset721TokenizedEventName = "Tokenized"

// ContractEventName returns the user-defined event name.
func (Asset721Tokenized) ContractEventName() string {
	return Asset721TokenizedEventName
}

// UnpackTokenizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Tokenized(bytes32 indexed platformId, uint256 tokenId, address minter, bytes32 metadataDigest)
func (asset721 *Asset721) UnpackTokenizedEvent(log *types.Log) (*Asset721Tokenized, error) {
	event := "Tokenized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != asset721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Asset721Tokenized)
	if len(log.Data) > 0 {
		if err := asset721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range asset721.abi.Events[event].Inputs {
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

// Asset721Transfer represents a Transfer event raised by the Asset721 contract.
type Asset721Transfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const Asset721TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (Asset721Transfer) ContractEventName() string {
	return Asset721TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (asset721 *Asset721) UnpackTransferEvent(log *types.Log) (*Asset721Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != asset721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Asset721Transfer)
	if len(log.Data) > 0 {
		if err := asset721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range asset721.abi.Events[event].Inputs {
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
func (asset721 *Asset721) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], asset721.abi.Errors["AlreadyTokenized"].ID.Bytes()[:4]) {
		return asset721.UnpackAlreadyTokenizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return asset721.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return asset721.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return asset721.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return asset721.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return asset721.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return asset721.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return asset721.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return asset721.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return asset721.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["EmptyMetadata"].ID.Bytes()[:4]) {
		return asset721.UnpackEmptyMetadataError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return asset721.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["NotPlatformAdmin"].ID.Bytes()[:4]) {
		return asset721.UnpackNotPlatformAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["PlatformInactive"].ID.Bytes()[:4]) {
		return asset721.UnpackPlatformInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["RoyaltyTooHigh"].ID.Bytes()[:4]) {
		return asset721.UnpackRoyaltyTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["UnknownToken"].ID.Bytes()[:4]) {
		return asset721.UnpackUnknownTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], asset721.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return asset721.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Asset721AlreadyTokenized represents a AlreadyTokenized error raised by the Asset721 contract.
type Asset721AlreadyTokenized struct {
	TokenId      *big.Int
	PlatformId   [32]byte
	LocalAssetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyTokenized(uint256 tokenId, bytes32 platformId, bytes32 localAssetId)
func Asset721AlreadyTokenizedErrorID() common.Hash {
	return common.HexToHash("0x5ba01186ed3be2383e19bcfb0d2ae495a51c562d470d92ac4e4e4b7694f279a5")
}

// UnpackAlreadyTokenizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyTokenized(uint256 tokenId, bytes32 platformId, bytes32 localAssetId)
func (asset721 *Asset721) UnpackAlreadyTokenizedError(raw []byte) (*Asset721AlreadyTokenized, error) {
	out := new(Asset721AlreadyTokenized)
	if err := asset721.abi.UnpackIntoInterface(out, "AlreadyTokenized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721ERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the Asset721 contract.
type Asset721ERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func Asset721ERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (asset721 *Asset721) UnpackERC721IncorrectOwnerError(raw []byte) (*Asset721ERC721IncorrectOwner, error) {
	out := new(Asset721ERC721IncorrectOwner)
	if err := asset721.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721ERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the Asset721 contract.
type Asset721ERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func Asset721ERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (asset721 *Asset721) UnpackERC721InsufficientApprovalError(raw []byte) (*Asset721ERC721InsufficientApproval, error) {
	out := new(Asset721ERC721InsufficientApproval)
	if err := asset721.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721ERC721InvalidApprover represents a ERC721InvalidApprover error raised by the Asset721 contract.
type Asset721ERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func Asset721ERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (asset721 *Asset721) UnpackERC721InvalidApproverError(raw []byte) (*Asset721ERC721InvalidApprover, error) {
	out := new(Asset721ERC721InvalidApprover)
	if err := asset721.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721ERC721InvalidOperator represents a ERC721InvalidOperator error raised by the Asset721 contract.
type Asset721ERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func Asset721ERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (asset721 *Asset721) UnpackERC721InvalidOperatorError(raw []byte) (*Asset721ERC721InvalidOperator, error) {
	out := new(Asset721ERC721InvalidOperator)
	if err := asset721.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721ERC721InvalidOwner represents a ERC721InvalidOwner error raised by the Asset721 contract.
type Asset721ERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func Asset721ERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (asset721 *Asset721) UnpackERC721InvalidOwnerError(raw []byte) (*Asset721ERC721InvalidOwner, error) {
	out := new(Asset721ERC721InvalidOwner)
	if err := asset721.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721ERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the Asset721 contract.
type Asset721ERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func Asset721ERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (asset721 *Asset721) UnpackERC721InvalidReceiverError(raw []byte) (*Asset721ERC721InvalidReceiver, error) {
	out := new(Asset721ERC721InvalidReceiver)
	if err := asset721.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721ERC721InvalidSender represents a ERC721InvalidSender error raised by the Asset721 contract.
type Asset721ERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func Asset721ERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (asset721 *Asset721) UnpackERC721InvalidSenderError(raw []byte) (*Asset721ERC721InvalidSender, error) {
	out := new(Asset721ERC721InvalidSender)
	if err := asset721.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721ERC721NonexistentToken represents a ERC721NonexistentToken error raised by the Asset721 contract.
type Asset721ERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func Asset721ERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (asset721 *Asset721) UnpackERC721NonexistentTokenError(raw []byte) (*Asset721ERC721NonexistentToken, error) {
	out := new(Asset721ERC721NonexistentToken)
	if err := asset721.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721EmptyBatch represents a EmptyBatch error raised by the Asset721 contract.
type Asset721EmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func Asset721EmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (asset721 *Asset721) UnpackEmptyBatchError(raw []byte) (*Asset721EmptyBatch, error) {
	out := new(Asset721EmptyBatch)
	if err := asset721.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721EmptyMetadata represents a EmptyMetadata error raised by the Asset721 contract.
type Asset721EmptyMetadata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyMetadata()
func Asset721EmptyMetadataErrorID() common.Hash {
	return common.HexToHash("0xae9213578d2007f6b7536fd47982f5a9ce4bc6023ddf4b0893d0e0722168747b")
}

// UnpackEmptyMetadataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyMetadata()
func (asset721 *Asset721) UnpackEmptyMetadataError(raw []byte) (*Asset721EmptyMetadata, error) {
	out := new(Asset721EmptyMetadata)
	if err := asset721.abi.UnpackIntoInterface(out, "EmptyMetadata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721NotMinter represents a NotMinter error raised by the Asset721 contract.
type Asset721NotMinter struct {
	PlatformId [32]byte
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMinter(bytes32 platformId, address account)
func Asset721NotMinterErrorID() common.Hash {
	return common.HexToHash("0x7c2e5f7fba634f6c1de3f5731dd346e04498a609793a44c7c647ff13a3d130f7")
}

// UnpackNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMinter(bytes32 platformId, address account)
func (asset721 *Asset721) UnpackNotMinterError(raw []byte) (*Asset721NotMinter, error) {
	out := new(Asset721NotMinter)
	if err := asset721.abi.UnpackIntoInterface(out, "NotMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721NotPlatformAdmin represents a NotPlatformAdmin error raised by the Asset721 contract.
type Asset721NotPlatformAdmin struct {
	PlatformId [32]byte
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPlatformAdmin(bytes32 platformId, address account)
func Asset721NotPlatformAdminErrorID() common.Hash {
	return common.HexToHash("0xffd5e3dc55acc36f712d873cf6541e6d476d1de2d8aa82b5e970a73d8eaf0748")
}

// UnpackNotPlatformAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPlatformAdmin(bytes32 platformId, address account)
func (asset721 *Asset721) UnpackNotPlatformAdminError(raw []byte) (*Asset721NotPlatformAdmin, error) {
	out := new(Asset721NotPlatformAdmin)
	if err := asset721.abi.UnpackIntoInterface(out, "NotPlatformAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721PlatformInactive represents a PlatformInactive error raised by the Asset721 contract.
type Asset721PlatformInactive struct {
	PlatformId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PlatformInactive(bytes32 platformId)
func Asset721PlatformInactiveErrorID() common.Hash {
	return common.HexToHash("0xfa5aaf8d2cde94712de5f315114d94ec0c245f2a603ada13caa2e76388a8c44d")
}

// UnpackPlatformInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PlatformInactive(bytes32 platformId)
func (asset721 *Asset721) UnpackPlatformInactiveError(raw []byte) (*Asset721PlatformInactive, error) {
	out := new(Asset721PlatformInactive)
	if err := asset721.abi.UnpackIntoInterface(out, "PlatformInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721RoyaltyTooHigh represents a RoyaltyTooHigh error raised by the Asset721 contract.
type Asset721RoyaltyTooHigh struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoyaltyTooHigh(uint256 bps)
func Asset721RoyaltyTooHighErrorID() common.Hash {
	return common.HexToHash("0x5c707b497aa46cf11bf6016fd0971892eec36d67d3508f3a350d0ff6deb5c7e3")
}

// UnpackRoyaltyTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoyaltyTooHigh(uint256 bps)
func (asset721 *Asset721) UnpackRoyaltyTooHighError(raw []byte) (*Asset721RoyaltyTooHigh, error) {
	out := new(Asset721RoyaltyTooHigh)
	if err := asset721.abi.UnpackIntoInterface(out, "RoyaltyTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721UnknownToken represents a UnknownToken error raised by the Asset721 contract.
type Asset721UnknownToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownToken(uint256 tokenId)
func Asset721UnknownTokenErrorID() common.Hash {
	return common.HexToHash("0x0ed9cff433b81428e781452ec796299037b5c050f5e68191cfa002b8084e3cad")
}

// UnpackUnknownTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownToken(uint256 tokenId)
func (asset721 *Asset721) UnpackUnknownTokenError(raw []byte) (*Asset721UnknownToken, error) {
	out := new(Asset721UnknownToken)
	if err := asset721.abi.UnpackIntoInterface(out, "UnknownToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Asset721ZeroAddress represents a ZeroAddress error raised by the Asset721 contract.
type Asset721ZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func Asset721ZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (asset721 *Asset721) UnpackZeroAddressError(raw []byte) (*Asset721ZeroAddress, error) {
	out := new(Asset721ZeroAddress)
	if err := asset721.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
