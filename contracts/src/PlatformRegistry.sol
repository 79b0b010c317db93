// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title PlatformRegistry
/// @notice The on-chain directory of metaverse platforms (FGMV-43 MPMF, 7.5.1):
/// each platform is known by the keccak256 of its DID, has an admin that manages
/// it and an attester key whose EIP-712 signatures the escrow accepts for it
/// (ASTF). The asset contracts (ASTKF) ask it who administers a platform and keep
/// their own minter grants, so that a mint reads one slot.
/// It also names, per channel between two platforms, the M-of-N attester set
/// whose EIP-712 signatures the Bridge accepts for a cross-chain move between
/// them (ASTF across chains).
/// @dev The registrar role only admits and suspends platforms and sets channel
/// attesters; it cannot act for a platform, which is the platform admin's job
/// alone.
contract PlatformRegistry is AccessControl {
    /// @notice Role that admits platforms and suspends or reinstates them.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    struct Platform {
        address admin;
        address attester;
        bool active;
    }

    /// @notice Most attesters a channel may have: a delivery verifies up to
    /// this many signatures.
    uint256 public constant MAX_CHANNEL_ATTESTERS = 16;

    /// @dev A channel's attester set and the two platforms it joins, kept to
    /// check that both are still active.
    struct Channel {
        bytes32 platformA;
        bytes32 platformB;
        uint8 threshold;
        address[] attesters;
    }

    mapping(bytes32 platformId => Platform) private _platforms;
    bytes32[] private _ids;
    mapping(bytes32 channel => Channel) private _channels;

    error ZeroAddress();
    error PlatformIdMismatch(bytes32 platformId, bytes32 expected);
    error PlatformAlreadyRegistered(bytes32 platformId);
    error UnknownPlatform(bytes32 platformId);
    error NotPlatformAdmin(bytes32 platformId, address caller);
    error SamePlatform(bytes32 platformId);
    error AttestersNotAscending(uint256 index);
    error BadThreshold(uint8 threshold, uint256 attesters);

    event PlatformRegistered(bytes32 indexed platformId, string did, address indexed admin, address indexed attester);
    event PlatformAdminChanged(bytes32 indexed platformId, address indexed previousAdmin, address indexed newAdmin);
    event AttesterChanged(bytes32 indexed platformId, address indexed previousAttester, address indexed newAttester);
    event PlatformStatusChanged(bytes32 indexed platformId, bool active);
    event ChannelAttestersSet(
        bytes32 indexed channel, bytes32 indexed platformA, bytes32 indexed platformB, address[] attesters, uint8 threshold
    );

    constructor(address registrar) {
        if (registrar == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, registrar);
        _grantRole(REGISTRAR_ROLE, registrar);
    }

    modifier onlyPlatformAdmin(bytes32 platformId) {
        address admin = _platforms[platformId].admin;
        if (admin == address(0)) revert UnknownPlatform(platformId);
        if (admin != msg.sender) revert NotPlatformAdmin(platformId, msg.sender);
        _;
    }

    /// @notice Admits a platform. The id must be keccak256 of the DID's bytes, so
    /// anyone can recompute it from the DID alone (IDIR-109).
    function register(bytes32 platformId, string calldata did, address admin, address attester)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        if (admin == address(0) || attester == address(0)) revert ZeroAddress();
        bytes32 expected = keccak256(bytes(did));
        if (platformId != expected) revert PlatformIdMismatch(platformId, expected);
        if (_platforms[platformId].admin != address(0)) revert PlatformAlreadyRegistered(platformId);
        _platforms[platformId] = Platform({admin: admin, attester: attester, active: true});
        _ids.push(platformId);
        emit PlatformRegistered(platformId, did, admin, attester);
    }

    /// @notice Suspends or reinstates a platform; a suspended platform's attester
    /// is not honoured and its admin can't grant minters.
    function setActive(bytes32 platformId, bool active) external onlyRole(REGISTRAR_ROLE) {
        if (_platforms[platformId].admin == address(0)) revert UnknownPlatform(platformId);
        _platforms[platformId].active = active;
        emit PlatformStatusChanged(platformId, active);
    }

    function setAdmin(bytes32 platformId, address newAdmin) external onlyPlatformAdmin(platformId) {
        if (newAdmin == address(0)) revert ZeroAddress();
        emit PlatformAdminChanged(platformId, _platforms[platformId].admin, newAdmin);
        _platforms[platformId].admin = newAdmin;
    }

    function setAttester(bytes32 platformId, address newAttester) external onlyPlatformAdmin(platformId) {
        if (newAttester == address(0)) revert ZeroAddress();
        emit AttesterChanged(platformId, _platforms[platformId].attester, newAttester);
        _platforms[platformId].attester = newAttester;
    }

    function platform(bytes32 platformId) external view returns (Platform memory) {
        Platform memory p = _platforms[platformId];
        if (p.admin == address(0)) revert UnknownPlatform(platformId);
        return p;
    }

    /// @notice The attester of an active platform, or the zero address.
    function attesterOf(bytes32 platformId) external view returns (address) {
        Platform storage p = _platforms[platformId];
        return p.active ? p.attester : address(0);
    }

    /// @notice The id of the channel between two platforms, the same in both
    /// directions: keccak256(abi.encode(lower id, higher id)).
    function channelId(bytes32 platformA, bytes32 platformB) public pure returns (bytes32) {
        return platformA < platformB
            ? keccak256(abi.encode(platformA, platformB))
            : keccak256(abi.encode(platformB, platformA));
    }

    /// @notice Names the attesters of the channel between two registered
    /// platforms, replacing any set before: `threshold` of them must sign a
    /// cross-chain move between the two. The list is strictly ascending, so
    /// no attester counts twice.
    function setChannelAttesters(
        bytes32 platformA,
        bytes32 platformB,
        address[] calldata attesters,
        uint8 threshold
    ) external onlyRole(REGISTRAR_ROLE) {
        if (_platforms[platformA].admin == address(0)) revert UnknownPlatform(platformA);
        if (_platforms[platformB].admin == address(0)) revert UnknownPlatform(platformB);
        if (platformA == platformB) revert SamePlatform(platformA);
        uint256 n = attesters.length;
        if (threshold == 0 || threshold > n || n > MAX_CHANNEL_ATTESTERS) revert BadThreshold(threshold, n);
        if (attesters[0] == address(0)) revert ZeroAddress();
        for (uint256 i = 1; i < n; ++i) {
            if (attesters[i] <= attesters[i - 1]) revert AttestersNotAscending(i);
        }
        bytes32 channel = channelId(platformA, platformB);
        Channel storage c = _channels[channel];
        c.platformA = platformA;
        c.platformB = platformB;
        c.threshold = threshold;
        c.attesters = attesters;
        emit ChannelAttestersSet(channel, platformA, platformB, attesters, threshold);
    }

    /// @notice A channel's attesters and how many of them must sign; none and
    /// 0 when the channel has no set or either platform is suspended.
    function channelAttesters(bytes32 channel) external view returns (address[] memory attesters, uint8 threshold) {
        Channel storage c = _channels[channel];
        threshold = c.threshold;
        if (threshold == 0 || !_platforms[c.platformA].active || !_platforms[c.platformB].active) {
            return (new address[](0), 0);
        }
        return (c.attesters, threshold);
    }

    function platformCount() external view returns (uint256) {
        return _ids.length;
    }

    function platformIdAt(uint256 index) external view returns (bytes32) {
        return _ids[index];
    }
}
