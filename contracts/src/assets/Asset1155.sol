// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";
import {IERC1155MetadataURI} from "@openzeppelin/contracts/token/ERC1155/extensions/IERC1155MetadataURI.sol";
import {ERC1155Utils} from "@openzeppelin/contracts/token/ERC1155/utils/ERC1155Utils.sol";
import {IERC1155Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {PlatformRegistry} from "../PlatformRegistry.sol";
import {PlatformAssets} from "./PlatformAssets.sol";

/// @title Asset1155
/// @notice Platform assets with editions (amounts) as ERC-1155 tokens (FGMV-43
/// ASTKF): ids derived from (platform id, local asset id), per-token metadata in
/// IPFS (`uri(id)` is the token's own ipfs:// URI), ERC-2981 royalties and
/// ERC-4906 metadata updates.
/// @dev Balances of a new token are not written at mint: until its first holder
/// first sends some, the holder's balance is read from the token's record. A
/// single mint keeps the holder in the record's low 160 bits and the amount in
/// the batch bits (when it fits 40 bits; a larger one is written out as a
/// balance); a batch mint keeps the amount in the low 96 bits and the holder
/// once per batch. So a mint writes the record, the metadata digest (single) and
/// nothing per holder. The first debit of any id is necessarily the first
/// holder's, which writes its balance out, so credits never look at the record.
/// Written balances carry a marker bit so that a spent-out balance (zero) is not
/// mistaken for an unwritten one.
contract Asset1155 is IERC1155, IERC1155MetadataURI, IERC1155Errors, PlatformAssets, ReentrancyGuardTransient {
    uint256 private constant AMOUNT_MASK = (1 << 96) - 1;
    /// @dev The batch holder's balance is the record's amount until written.
    uint256 private constant FLAG_LAZY = 8 << FLAGS_SHIFT;
    /// @dev The holder in the record's low bits has the amount in its batch bits
    /// until written.
    uint256 private constant FLAG_HELD = 16 << FLAGS_SHIFT;
    uint256 private constant HELD_MAX = (1 << 40) - 1;
    uint256 private constant WRITTEN = 1 << 255;

    mapping(uint256 id => mapping(address account => uint256)) private _balances;
    mapping(uint256 batchId => address) private _batchHolder;
    mapping(address account => mapping(address operator => bool)) private _operators;

    error ZeroAmount(uint256 id);
    error AmountTooLarge(uint256 id, uint256 amount);

    constructor(PlatformRegistry registry_) PlatformAssets(registry_) {}

    function name() external pure returns (string memory) {
        return "mifm platform assets (editions)";
    }

    function symbol() external pure returns (string memory) {
        return "MIFME";
    }

    /// @notice Tokenizes one platform asset as `amount` editions for `to`.
    function mint(
        bytes32 platformId,
        bytes32 localAssetId,
        address to,
        uint256 amount,
        bytes32 metadataDigest,
        uint16 royaltyBps,
        address royaltyReceiver
    ) external nonReentrant returns (uint256 id) {
        uint256 bits = _mintTerms(platformId, royaltyBps);
        if (to == address(0)) revert ERC1155InvalidReceiver(address(0));
        id = tokenIdOf(platformId, localAssetId);
        _checkAmount(id, amount);
        if (_records[id] != 0) revert AlreadyTokenized(id, platformId, localAssetId);
        bits |= _recordSingle(id, metadataDigest, royaltyReceiver);
        if (amount <= HELD_MAX) {
            _records[id] = bits | FLAG_HELD | (amount << BATCH_SHIFT) | uint256(uint160(to));
        } else {
            _records[id] = bits | amount;
            _balances[id][to] = amount | WRITTEN;
        }
        emit TransferSingle(msg.sender, address(0), to, id, amount);
        emit Tokenized(platformId, id, msg.sender, metadataDigest);
        ERC1155Utils.checkOnERC1155Received(msg.sender, address(0), to, id, amount, "");
    }

    /// @notice Tokenizes a batch of a platform's assets for `to`; each token's
    /// metadata is <id>.json in the UnixFS directory whose digest is given.
    function mintBatch(
        bytes32 platformId,
        bytes32[] calldata localAssetIds,
        uint256[] calldata amounts,
        address to,
        bytes32 directoryDigest,
        uint16 royaltyBps,
        address royaltyReceiver
    ) external nonReentrant returns (uint256 batchId) {
        uint256 bits = _mintTerms(platformId, royaltyBps);
        if (to == address(0)) revert ERC1155InvalidReceiver(address(0));
        uint256 n = localAssetIds.length;
        if (amounts.length != n) revert ERC1155InvalidArrayLength(n, amounts.length);
        uint256 batchBits;
        (batchId, batchBits) = _openBatch(directoryDigest, royaltyReceiver, n);
        _batchHolder[batchId] = to;
        bits |= batchBits | FLAG_LAZY;
        uint256[] memory values = amounts;
        uint256[] memory ids = _recordBatch(platformId, localAssetIds, values, bits);
        emit TransferBatch(msg.sender, address(0), to, ids, values);
        emit BatchTokenized(platformId, batchId, msg.sender, directoryDigest, n);
        ERC1155Utils.checkOnERC1155BatchReceived(msg.sender, address(0), to, ids, values, "");
    }

    function _recordBatch(bytes32 platformId, bytes32[] calldata localAssetIds, uint256[] memory values, uint256 bits)
        private
        returns (uint256[] memory ids)
    {
        ids = new uint256[](values.length);
        for (uint256 i = 0; i < values.length; ++i) {
            uint256 id = tokenIdOf(platformId, localAssetIds[i]);
            uint256 amount = values[i];
            _checkAmount(id, amount);
            if (_records[id] != 0) revert AlreadyTokenized(id, platformId, localAssetIds[i]);
            _records[id] = bits | amount;
            ids[i] = id;
        }
    }

    function _checkAmount(uint256 id, uint256 amount) private pure {
        if (amount == 0) revert ZeroAmount(id);
        if (amount > AMOUNT_MASK) revert AmountTooLarge(id, amount);
    }

    /// @notice The amount minted of a token.
    function mintedAmount(uint256 id) external view returns (uint256) {
        uint256 r = _existing(id);
        return r & FLAG_HELD != 0 ? r >> BATCH_SHIFT : r & AMOUNT_MASK;
    }

    function _batchIdOf(uint256 r) internal pure override returns (uint256) {
        return r & FLAG_HELD != 0 ? 0 : r >> BATCH_SHIFT;
    }

    function balanceOf(address account, uint256 id) public view returns (uint256) {
        uint256 b = _balances[id][account];
        if (b != 0) return b & ~WRITTEN;
        uint256 r = _records[id];
        if (account == address(0)) return 0;
        if (r & FLAG_HELD != 0) return address(uint160(r)) == account ? r >> BATCH_SHIFT : 0;
        if (r & FLAG_LAZY != 0 && _batchHolder[r >> BATCH_SHIFT] == account) return r & AMOUNT_MASK;
        return 0;
    }

    function balanceOfBatch(address[] calldata accounts, uint256[] calldata ids)
        external
        view
        returns (uint256[] memory out)
    {
        if (accounts.length != ids.length) revert ERC1155InvalidArrayLength(ids.length, accounts.length);
        out = new uint256[](accounts.length);
        for (uint256 i = 0; i < accounts.length; ++i) {
            out[i] = balanceOf(accounts[i], ids[i]);
        }
    }

    /// @notice ipfs://<CID> of the token's metadata JSON (no {id} to substitute).
    function uri(uint256 id) external view returns (string memory) {
        return _uri(id);
    }

    function setApprovalForAll(address operator, bool approved) external {
        if (operator == address(0)) revert ERC1155InvalidOperator(address(0));
        _operators[msg.sender][operator] = approved;
        emit ApprovalForAll(msg.sender, operator, approved);
    }

    function isApprovedForAll(address account, address operator) public view returns (bool) {
        return _operators[account][operator];
    }

    function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes calldata data)
        external
        nonReentrant
    {
        _checkTransfer(from, to);
        _move(from, to, id, value);
        emit TransferSingle(msg.sender, from, to, id, value);
        ERC1155Utils.checkOnERC1155Received(msg.sender, from, to, id, value, data);
    }

    function safeBatchTransferFrom(
        address from,
        address to,
        uint256[] calldata ids,
        uint256[] calldata values,
        bytes calldata data
    ) external nonReentrant {
        if (ids.length != values.length) revert ERC1155InvalidArrayLength(ids.length, values.length);
        _checkTransfer(from, to);
        for (uint256 i = 0; i < ids.length; ++i) {
            _move(from, to, ids[i], values[i]);
        }
        emit TransferBatch(msg.sender, from, to, ids, values);
        ERC1155Utils.checkOnERC1155BatchReceived(msg.sender, from, to, ids, values, data);
    }

    function _checkTransfer(address from, address to) private view {
        if (to == address(0)) revert ERC1155InvalidReceiver(address(0));
        if (from == address(0)) revert ERC1155InvalidSender(address(0));
        if (msg.sender != from && !_operators[from][msg.sender]) revert ERC1155MissingApprovalForAll(msg.sender, from);
    }

    function _move(address from, address to, uint256 id, uint256 value) private {
        uint256 fromBalance = balanceOf(from, id);
        if (fromBalance < value) revert ERC1155InsufficientBalance(from, fromBalance, value, id);
        // A zero move writes nothing: it must not turn a holder's unwritten
        // (lazy) balance into a written zero.
        if (value == 0) return;
        unchecked {
            _balances[id][from] = (fromBalance - value) | WRITTEN;
            // Balances never exceed the minted amount (< 2**96), so no overflow.
            _balances[id][to] = ((_balances[id][to] & ~WRITTEN) + value) | WRITTEN;
        }
    }

    function _metadataChanged(uint256 id) internal override {
        emit URI(_uri(id), id);
    }

    function supportsInterface(bytes4 interfaceId) public view override(PlatformAssets, IERC165) returns (bool) {
        return interfaceId == type(IERC1155).interfaceId || interfaceId == type(IERC1155MetadataURI).interfaceId
            || super.supportsInterface(interfaceId);
    }
}
