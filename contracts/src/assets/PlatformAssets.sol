// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";

import {PlatformRegistry} from "../PlatformRegistry.sol";
import {IPFSURI} from "./IPFSURI.sol";

/// @title PlatformAssets
/// @notice What the ERC-721 and ERC-1155 asset contracts of FGMV-43 ASTKF
/// (7.2.3, 9.2 step 1) share: which accounts may mint for which platform, token
/// ids derived from the platform and its local asset id (IDIR-109), the origin
/// platform and metadata digest of every token, ERC-2981 royalties and ERC-4906
/// metadata updates.
/// @dev Platforms and their admins live in the PlatformRegistry; each asset
/// contract keeps its own minter grants so that a mint reads one storage slot to
/// authorise the caller and learn the platform's compact index. A token's record
/// is one slot: bits 0-159 belong to the standard (the ERC-721 owner, the
/// ERC-1155 initial amount), then the platform index + 1 (32 bits), the royalty
/// in basis points (16), flags (8) and the batch id (40). A single mint stores
/// the metadata's 32-byte sha2-256 digest in a second slot; a batch mint stores
/// one directory digest for the whole batch.
abstract contract PlatformAssets is ERC165, IERC2981 {
    /// @notice The directory of platforms whose admins manage minters here.
    PlatformRegistry public immutable registry;

    uint16 public constant MAX_ROYALTY_BPS = 10_000;

    uint256 internal constant PLATFORM_SHIFT = 160;
    uint256 internal constant BPS_SHIFT = 192;
    uint256 internal constant FLAGS_SHIFT = 208;
    uint256 internal constant BATCH_SHIFT = 216;
    /// @dev The token's metadata is <id>.json in its batch's directory.
    uint256 internal constant FLAG_IN_BATCH = 1 << FLAGS_SHIFT;
    /// @dev The royalty receiver was given for this token.
    uint256 internal constant FLAG_TOKEN_ROYALTY = 2 << FLAGS_SHIFT;
    /// @dev The royalty receiver was given for the token's batch.
    uint256 internal constant FLAG_BATCH_ROYALTY = 4 << FLAGS_SHIFT;

    mapping(uint256 tokenId => uint256) internal _records;
    mapping(uint256 tokenId => bytes32) internal _metadataDigest;
    mapping(uint256 batchId => bytes32) internal _batchDigest;
    mapping(uint256 tokenId => address) private _tokenRoyaltyReceiver;
    mapping(uint256 batchId => address) private _batchRoyaltyReceiver;
    uint256 internal _batchCount;

    bytes32[] private _platformIds;
    mapping(bytes32 platformId => uint256) private _platformIndex; // index + 1
    mapping(bytes32 platformId => mapping(address account => uint256)) private _grants; // index + 1, or 0
    mapping(uint256 index => address) private _defaultRoyaltyReceiver;

    /// @notice What an asset contract knows of a token.
    struct AssetInfo {
        bytes32 platformId;
        bytes32 metadataDigest;
        bool inBatchDirectory;
        uint256 batchId;
        uint16 royaltyBps;
        address royaltyReceiver;
        string uri;
    }

    error ZeroAddress();
    error NotMinter(bytes32 platformId, address account);
    error NotPlatformAdmin(bytes32 platformId, address account);
    error PlatformInactive(bytes32 platformId);
    error AlreadyTokenized(uint256 tokenId, bytes32 platformId, bytes32 localAssetId);
    error UnknownToken(uint256 tokenId);
    error EmptyMetadata();
    error EmptyBatch();
    error RoyaltyTooHigh(uint256 bps);

    /// @notice ERC-4906: a token's metadata changed. (IERC4906 itself extends
    /// IERC721, which the ERC-1155 contract is not, so the event is declared here.)
    event MetadataUpdate(uint256 _tokenId);

    event MinterSet(bytes32 indexed platformId, address indexed account, bool allowed, address indexed by);
    event DefaultRoyaltyReceiverSet(bytes32 indexed platformId, address receiver);
    /// @notice A platform asset became a token: which, for which platform, by
    /// whom, with which metadata (the sha2-256 digest of its raw-block CID).
    /// Only the platform is a topic: a data word costs 256 gas, a topic 375, and
    /// Transfer already indexes the token id.
    event Tokenized(bytes32 indexed platformId, uint256 tokenId, address minter, bytes32 metadataDigest);
    /// @notice A batch of platform assets became tokens; each token's metadata is
    /// <id>.json in the directory whose dag-pb digest is given. The tokens are
    /// the Transfer/TransferBatch events of the same transaction.
    event BatchTokenized(
        bytes32 indexed platformId, uint256 indexed batchId, address minter, bytes32 directoryDigest, uint256 count
    );
    /// @notice A token's metadata was replaced (ERC-4906's MetadataUpdate says
    /// the same to marketplaces; this one says who and to what).
    event MetadataChanged(uint256 indexed tokenId, bytes32 indexed platformId, address indexed by, bytes32 metadataDigest);

    constructor(PlatformRegistry registry_) {
        if (address(registry_) == address(0)) revert ZeroAddress();
        registry = registry_;
    }

    /// @notice The token id of a platform's asset: the same everywhere, for ever.
    function tokenIdOf(bytes32 platformId, bytes32 localAssetId) public pure returns (uint256 id) {
        assembly ("memory-safe") {
            mstore(0x00, platformId)
            mstore(0x20, localAssetId)
            id := keccak256(0x00, 0x40)
        }
    }

    /// @notice Grants or revokes minting for a platform. The platform's admin in
    /// the registry may do both; a registrar of the registry may revoke.
    function setMinter(bytes32 platformId, address account, bool allowed) external {
        if (account == address(0)) revert ZeroAddress();
        PlatformRegistry.Platform memory p = registry.platform(platformId);
        if (msg.sender == p.admin) {
            if (allowed && !p.active) revert PlatformInactive(platformId);
        } else if (allowed || !registry.hasRole(registry.REGISTRAR_ROLE(), msg.sender)) {
            revert NotPlatformAdmin(platformId, msg.sender);
        }
        uint256 index = _enable(platformId);
        if (_defaultRoyaltyReceiver[index] == address(0)) _defaultRoyaltyReceiver[index] = p.admin;
        _grants[platformId][account] = allowed ? index : 0;
        emit MinterSet(platformId, account, allowed, msg.sender);
    }

    /// @notice Sets who receives a platform's royalties when a mint names no one
    /// (at first, the platform's admin when it first granted a minter here).
    function setDefaultRoyaltyReceiver(bytes32 platformId, address receiver) external {
        if (receiver == address(0)) revert ZeroAddress();
        if (registry.platform(platformId).admin != msg.sender) revert NotPlatformAdmin(platformId, msg.sender);
        _defaultRoyaltyReceiver[_enable(platformId)] = receiver;
        emit DefaultRoyaltyReceiverSet(platformId, receiver);
    }

    function _enable(bytes32 platformId) private returns (uint256 index) {
        index = _platformIndex[platformId];
        if (index == 0) {
            _platformIds.push(platformId);
            index = _platformIds.length;
            _platformIndex[platformId] = index;
        }
    }

    function isMinter(bytes32 platformId, address account) external view returns (bool) {
        return _grants[platformId][account] != 0;
    }

    function defaultRoyaltyReceiver(bytes32 platformId) external view returns (address) {
        uint256 index = _platformIndex[platformId];
        return index == 0 ? address(0) : _defaultRoyaltyReceiver[index];
    }

    /// @notice The platform a token was minted for.
    function platformOf(uint256 tokenId) public view returns (bytes32) {
        return _platformIds[((_existing(tokenId) >> PLATFORM_SHIFT) & 0xffffffff) - 1];
    }

    function exists(uint256 tokenId) external view returns (bool) {
        return _records[tokenId] != 0;
    }

    function batchCount() external view returns (uint256) {
        return _batchCount;
    }

    /// @notice Everything this contract holds about a token but its holders.
    function assetInfo(uint256 tokenId) external view returns (AssetInfo memory info) {
        uint256 r = _existing(tokenId);
        info.platformId = platformOf(tokenId);
        info.inBatchDirectory = r & FLAG_IN_BATCH != 0;
        info.batchId = _batchIdOf(r);
        info.metadataDigest = info.inBatchDirectory ? _batchDigest[info.batchId] : _metadataDigest[tokenId];
        info.royaltyBps = uint16(r >> BPS_SHIFT);
        info.royaltyReceiver = _royaltyReceiver(tokenId, r);
        info.uri = _uri(tokenId);
    }

    /// @inheritdoc IERC2981
    function royaltyInfo(uint256 tokenId, uint256 salePrice) external view returns (address, uint256) {
        uint256 r = _existing(tokenId);
        uint256 bps = uint16(r >> BPS_SHIFT);
        if (bps == 0) return (address(0), 0);
        return (_royaltyReceiver(tokenId, r), salePrice * bps / MAX_ROYALTY_BPS);
    }

    /// @notice Replaces a token's metadata; only a minter of its platform may,
    /// while the platform is active.
    function updateMetadata(uint256 tokenId, bytes32 metadataDigest) external {
        if (metadataDigest == 0) revert EmptyMetadata();
        uint256 r = _existing(tokenId);
        uint256 index = (r >> PLATFORM_SHIFT) & 0xffffffff;
        bytes32 platformId = _platformIds[index - 1];
        if (_grants[platformId][msg.sender] != index) revert NotMinter(platformId, msg.sender);
        _checkActive(platformId);
        _metadataDigest[tokenId] = metadataDigest;
        if (r & FLAG_IN_BATCH != 0) _records[tokenId] = r & ~FLAG_IN_BATCH;
        emit MetadataUpdate(tokenId);
        emit MetadataChanged(tokenId, platformId, msg.sender, metadataDigest);
        _metadataChanged(tokenId);
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) public view virtual override(ERC165, IERC165) returns (bool) {
        return interfaceId == type(IERC2981).interfaceId || interfaceId == bytes4(0x49064906)
            || super.supportsInterface(interfaceId);
    }

    /// @dev Checks the caller may mint for the platform and the royalty is at most
    /// 100%; a platform always has a default royalty receiver once it has a
    /// minter, so no receiver needs checking. Returns the record bits shared by every token of the mint.
    function _mintTerms(bytes32 platformId, uint256 royaltyBps) internal view returns (uint256 shared) {
        uint256 index = _grants[platformId][msg.sender];
        if (index == 0) revert NotMinter(platformId, msg.sender);
        if (royaltyBps > MAX_ROYALTY_BPS) revert RoyaltyTooHigh(royaltyBps);
        _checkActive(platformId);
        return (index << PLATFORM_SHIFT) | (royaltyBps << BPS_SHIFT);
    }

    /// @dev Records a single token's metadata and royalty receiver; returns its
    /// record flags.
    function _recordSingle(uint256 tokenId, bytes32 metadataDigest, address royaltyReceiver)
        internal
        returns (uint256 flags)
    {
        if (metadataDigest == 0) revert EmptyMetadata();
        _metadataDigest[tokenId] = metadataDigest;
        if (royaltyReceiver != address(0)) {
            _tokenRoyaltyReceiver[tokenId] = royaltyReceiver;
            flags = FLAG_TOKEN_ROYALTY;
        }
    }

    /// @dev Opens a batch with its metadata directory; returns its id and the
    /// record bits its tokens share.
    function _openBatch(bytes32 directoryDigest, address royaltyReceiver, uint256 count)
        internal
        returns (uint256 batchId, uint256 bits)
    {
        if (count == 0) revert EmptyBatch();
        if (directoryDigest == 0) revert EmptyMetadata();
        batchId = ++_batchCount;
        _batchDigest[batchId] = directoryDigest;
        bits = FLAG_IN_BATCH | (batchId << BATCH_SHIFT);
        if (royaltyReceiver != address(0)) {
            _batchRoyaltyReceiver[batchId] = royaltyReceiver;
            bits |= FLAG_BATCH_ROYALTY;
        }
    }

    /// @dev A platform the registrar suspended mints nothing and changes no
    /// metadata until reinstated; its grants stay, so reinstating restores them.
    function _checkActive(bytes32 platformId) internal view {
        if (registry.attesterOf(platformId) == address(0)) revert PlatformInactive(platformId);
    }

    function _existing(uint256 tokenId) internal view returns (uint256 r) {
        r = _records[tokenId];
        if (r == 0) revert UnknownToken(tokenId);
    }

    function _royaltyReceiver(uint256 tokenId, uint256 r) private view returns (address) {
        if (r & FLAG_TOKEN_ROYALTY != 0) return _tokenRoyaltyReceiver[tokenId];
        if (r & FLAG_BATCH_ROYALTY != 0) return _batchRoyaltyReceiver[r >> BATCH_SHIFT];
        return _defaultRoyaltyReceiver[(r >> PLATFORM_SHIFT) & 0xffffffff];
    }

    function _uri(uint256 tokenId) internal view returns (string memory) {
        uint256 r = _existing(tokenId);
        if (r & FLAG_IN_BATCH != 0) return IPFSURI.inDirectory(_batchDigest[r >> BATCH_SHIFT], tokenId);
        return IPFSURI.file(_metadataDigest[tokenId]);
    }

    /// @dev The batch a record belongs to (0: none); a standard that puts other
    /// data in the batch bits of unbatched tokens says so here.
    function _batchIdOf(uint256 r) internal view virtual returns (uint256) {
        return r >> BATCH_SHIFT;
    }

    /// @dev Lets a standard announce a metadata change its own way.
    function _metadataChanged(uint256 tokenId) internal virtual {}
}
