// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {ERC721Utils} from "@openzeppelin/contracts/token/ERC721/utils/ERC721Utils.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

import {PlatformRegistry} from "../PlatformRegistry.sol";
import {PlatformAssets} from "./PlatformAssets.sol";

/// @title Asset721
/// @notice Unique platform assets as ERC-721 tokens (FGMV-43 ASTKF): ids derived
/// from (platform id, local asset id), metadata in IPFS, ERC-2981 royalties,
/// ERC-4906 metadata updates.
/// @dev The token's record holds its owner in the low 160 bits, so a mint writes
/// the record, the metadata digest (single mints only) and the holder's balance,
/// and a transfer rewrites the record in place. Mints do not call
/// onERC721Received: the node refuses contract recipients before sending, and
/// EIP-7702 accounts would otherwise refuse tokens their delegate doesn't expect.
contract Asset721 is IERC721, IERC721Metadata, IERC721Errors, PlatformAssets {
    uint256 private constant OWNER_MASK = 0x00ffffffffffffffffffffffffffffffffffffffff;
    /// @dev keccak256("Transfer(address,address,uint256)"), for the batch loop's log4.
    bytes32 private constant TRANSFER_EVENT = 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef;

    mapping(address owner => uint256) private _balances;
    mapping(uint256 tokenId => address) private _approvals;
    mapping(address owner => mapping(address operator => bool)) private _operators;

    constructor(PlatformRegistry registry_) PlatformAssets(registry_) {}

    function name() external pure returns (string memory) {
        return "mifm platform assets";
    }

    function symbol() external pure returns (string memory) {
        return "MIFM";
    }

    /// @notice Tokenizes one platform asset for `to`. The metadata digest is the
    /// sha2-256 of the metadata JSON, stored in IPFS as one raw block (CIDv1,
    /// codec raw). A zero royalty receiver means the platform's default one.
    function mint(
        bytes32 platformId,
        bytes32 localAssetId,
        address to,
        bytes32 metadataDigest,
        uint16 royaltyBps,
        address royaltyReceiver
    ) external returns (uint256 tokenId) {
        uint256 bits = _mintTerms(platformId, royaltyBps);
        if (to == address(0)) revert ERC721InvalidReceiver(address(0));
        tokenId = tokenIdOf(platformId, localAssetId);
        if (_records[tokenId] != 0) revert AlreadyTokenized(tokenId, platformId, localAssetId);
        bits |= _recordSingle(tokenId, metadataDigest, royaltyReceiver);
        _records[tokenId] = bits | uint256(uint160(to));
        unchecked {
            ++_balances[to];
        }
        emit Transfer(address(0), to, tokenId);
        emit Tokenized(platformId, tokenId, msg.sender, metadataDigest);
    }

    /// @notice Tokenizes a batch of a platform's assets for `to`, all with the
    /// same royalty terms; each token's metadata is <id>.json (64 lower-case hex
    /// digits) in the UnixFS directory whose dag-pb digest is given.
    function mintBatch(
        bytes32 platformId,
        bytes32[] calldata localAssetIds,
        address to,
        bytes32 directoryDigest,
        uint16 royaltyBps,
        address royaltyReceiver
    ) external returns (uint256 batchId) {
        uint256 bits = _mintTerms(platformId, royaltyBps);
        if (to == address(0)) revert ERC721InvalidReceiver(address(0));
        uint256 n = localAssetIds.length;
        uint256 batchBits;
        (batchId, batchBits) = _openBatch(directoryDigest, royaltyReceiver, n);
        bits |= batchBits | uint256(uint160(to));
        (bool taken, bytes32 takenLocal) = _recordBatch(platformId, localAssetIds, bits);
        if (taken) revert AlreadyTokenized(tokenIdOf(platformId, takenLocal), platformId, takenLocal);
        unchecked {
            _balances[to] += n;
        }
        emit BatchTokenized(platformId, batchId, msg.sender, directoryDigest, n);
    }

    /// @dev The batch's whole per-token cost is this loop, so it is written out:
    /// derive the id, stop at a taken one, write the record, log Transfer. The
    /// record bits carry the recipient in their low 160 bits.
    function _recordBatch(bytes32 platformId, bytes32[] calldata localAssetIds, uint256 bits)
        private
        returns (bool taken, bytes32 takenLocal)
    {
        assembly ("memory-safe") {
            let to := and(bits, OWNER_MASK)
            // (platformId, local) hashes at 0x00 to the id; (id, slot) hashes at
            // free memory to the record's key. Only two words change per token.
            let m := mload(0x40)
            mstore(add(m, 0x20), _records.slot)
            mstore(0x00, platformId)
            let offset := localAssetIds.offset
            for { let end := add(offset, shl(5, localAssetIds.length)) } lt(offset, end) { offset := add(offset, 0x20) } {
                let local := calldataload(offset)
                mstore(0x20, local)
                let id := keccak256(0x00, 0x40)
                mstore(m, id)
                let key := keccak256(m, 0x40)
                if sload(key) {
                    taken := 1
                    takenLocal := local
                    break
                }
                sstore(key, bits)
                log4(0x00, 0x00, TRANSFER_EVENT, 0, to, id)
            }
        }
    }

    function balanceOf(address owner) external view returns (uint256) {
        if (owner == address(0)) revert ERC721InvalidOwner(address(0));
        return _balances[owner];
    }

    function ownerOf(uint256 tokenId) public view returns (address) {
        address owner = address(uint160(_records[tokenId]));
        if (owner == address(0)) revert ERC721NonexistentToken(tokenId);
        return owner;
    }

    /// @notice ipfs://<CID> of the token's metadata JSON.
    function tokenURI(uint256 tokenId) external view returns (string memory) {
        ownerOf(tokenId);
        return _uri(tokenId);
    }

    function approve(address to, uint256 tokenId) external {
        address owner = ownerOf(tokenId);
        if (msg.sender != owner && !_operators[owner][msg.sender]) revert ERC721InvalidApprover(msg.sender);
        _approvals[tokenId] = to;
        emit Approval(owner, to, tokenId);
    }

    function getApproved(uint256 tokenId) external view returns (address) {
        ownerOf(tokenId);
        return _approvals[tokenId];
    }

    function setApprovalForAll(address operator, bool approved) external {
        if (operator == address(0)) revert ERC721InvalidOperator(operator);
        _operators[msg.sender][operator] = approved;
        emit ApprovalForAll(msg.sender, operator, approved);
    }

    function isApprovedForAll(address owner, address operator) external view returns (bool) {
        return _operators[owner][operator];
    }

    function transferFrom(address from, address to, uint256 tokenId) public {
        if (to == address(0)) revert ERC721InvalidReceiver(address(0));
        uint256 r = _records[tokenId];
        address owner = address(uint160(r));
        if (owner == address(0)) revert ERC721NonexistentToken(tokenId);
        if (owner != from) revert ERC721IncorrectOwner(from, tokenId, owner);
        if (msg.sender != owner && !_operators[owner][msg.sender] && _approvals[tokenId] != msg.sender) {
            revert ERC721InsufficientApproval(msg.sender, tokenId);
        }
        delete _approvals[tokenId];
        unchecked {
            --_balances[from];
            ++_balances[to];
        }
        _records[tokenId] = (r & ~OWNER_MASK) | uint256(uint160(to));
        emit Transfer(from, to, tokenId);
    }

    function safeTransferFrom(address from, address to, uint256 tokenId) external {
        safeTransferFrom(from, to, tokenId, "");
    }

    function safeTransferFrom(address from, address to, uint256 tokenId, bytes memory data) public {
        transferFrom(from, to, tokenId);
        ERC721Utils.checkOnERC721Received(msg.sender, from, to, tokenId, data);
    }

    function supportsInterface(bytes4 interfaceId) public view override(PlatformAssets, IERC165) returns (bool) {
        return interfaceId == type(IERC721).interfaceId || interfaceId == type(IERC721Metadata).interfaceId
            || super.supportsInterface(interfaceId);
    }
}
