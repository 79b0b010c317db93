// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title DIDRegistry
/// @notice The did:ethr registry of FGMV-43's IDVF (7.4.2): an ERC-1056
/// (EthereumDIDRegistry) with the same functions, events and signed
/// meta-transaction hashes, so ethr-did-resolver and ethr-did read and write
/// it unchanged. Every address is an identity that owns itself until it
/// names another owner; the owner adds delegates and attributes (keys,
/// services) with a validity, and the history lives in the events, each
/// pointing at the block of the identity's previous change.
/// @dev Differences from the reference contract, none visible in the ABI:
/// an identity's owner, its deactivation and its last change share one slot
/// (one cold read per update instead of two); changing the owner to the zero
/// address deactivates the identity for good (in the reference, the
/// identity's own key would silently regain control, while resolvers already
/// report it deactivated); signatures are checked with OpenZeppelin's ECDSA,
/// which refuses malleable and invalid ones instead of recovering the zero
/// address; errors are custom.
contract DIDRegistry {
    struct Identity {
        address owner; // zero: the identity owns itself
        bool deactivated;
        uint64 changed; // block of the last change
    }

    mapping(address identity => Identity) private _identities;

    /// @notice Expiry (unix time) of a delegate, by identity, keccak256 of the
    /// ABI-encoded delegate type, and delegate, as ERC-1056 keys it.
    mapping(address identity => mapping(bytes32 typeHash => mapping(address delegate => uint256 validTo))) public
        delegates;

    /// @notice Signed-update counter per signer; part of every signed hash.
    mapping(address signer => uint256) public nonce;

    error NotOwner(address identity, address actor);
    error Deactivated(address identity);

    event DIDOwnerChanged(address indexed identity, address owner, uint256 previousChange);
    event DIDDelegateChanged(
        address indexed identity, bytes32 delegateType, address delegate, uint256 validTo, uint256 previousChange
    );
    event DIDAttributeChanged(
        address indexed identity, bytes32 name, bytes value, uint256 validTo, uint256 previousChange
    );

    /// @notice The address that controls identity: itself, the owner it named,
    /// or zero once deactivated.
    function identityOwner(address identity) public view returns (address) {
        Identity storage id = _identities[identity];
        if (id.deactivated) return address(0);
        address owner = id.owner;
        return owner == address(0) ? identity : owner;
    }

    /// @notice The owner identity named, zero when it never named one (or was
    /// deactivated), as ERC-1056's `owners` mapping reads.
    function owners(address identity) external view returns (address) {
        return _identities[identity].owner;
    }

    /// @notice Block of identity's last change: where a resolver starts
    /// walking back, and where the history of its events ends.
    function changed(address identity) external view returns (uint256) {
        return _identities[identity].changed;
    }

    function validDelegate(address identity, bytes32 delegateType, address delegate) external view returns (bool) {
        return delegates[identity][keccak256(abi.encode(delegateType))][delegate] > block.timestamp;
    }

    function changeOwner(address identity, address newOwner) external {
        _changeOwner(identity, msg.sender, newOwner);
    }

    function changeOwnerSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, address newOwner) external {
        bytes32 hash = keccak256(
            abi.encodePacked(
                bytes1(0x19), bytes1(0), address(this), nonce[identityOwner(identity)], identity, "changeOwner", newOwner
            )
        );
        _changeOwner(identity, _signer(identity, sigV, sigR, sigS, hash), newOwner);
    }

    function addDelegate(address identity, bytes32 delegateType, address delegate, uint256 validity) external {
        _addDelegate(identity, msg.sender, delegateType, delegate, validity);
    }

    function addDelegateSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 delegateType,
        address delegate,
        uint256 validity
    ) external {
        bytes32 hash = keccak256(
            abi.encodePacked(
                bytes1(0x19),
                bytes1(0),
                address(this),
                nonce[identityOwner(identity)],
                identity,
                "addDelegate",
                delegateType,
                delegate,
                validity
            )
        );
        _addDelegate(identity, _signer(identity, sigV, sigR, sigS, hash), delegateType, delegate, validity);
    }

    function revokeDelegate(address identity, bytes32 delegateType, address delegate) external {
        _revokeDelegate(identity, msg.sender, delegateType, delegate);
    }

    function revokeDelegateSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 delegateType,
        address delegate
    ) external {
        bytes32 hash = keccak256(
            abi.encodePacked(
                bytes1(0x19),
                bytes1(0),
                address(this),
                nonce[identityOwner(identity)],
                identity,
                "revokeDelegate",
                delegateType,
                delegate
            )
        );
        _revokeDelegate(identity, _signer(identity, sigV, sigR, sigS, hash), delegateType, delegate);
    }

    function setAttribute(address identity, bytes32 name, bytes calldata value, uint256 validity) external {
        _setAttribute(identity, msg.sender, name, value, validity);
    }

    function setAttributeSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 name,
        bytes calldata value,
        uint256 validity
    ) external {
        bytes32 hash = keccak256(
            abi.encodePacked(
                bytes1(0x19),
                bytes1(0),
                address(this),
                nonce[identityOwner(identity)],
                identity,
                "setAttribute",
                name,
                value,
                validity
            )
        );
        _setAttribute(identity, _signer(identity, sigV, sigR, sigS, hash), name, value, validity);
    }

    function revokeAttribute(address identity, bytes32 name, bytes calldata value) external {
        _revokeAttribute(identity, msg.sender, name, value);
    }

    function revokeAttributeSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 name,
        bytes calldata value
    ) external {
        bytes32 hash = keccak256(
            abi.encodePacked(
                bytes1(0x19), bytes1(0), address(this), nonce[identityOwner(identity)], identity, "revokeAttribute", name, value
            )
        );
        _revokeAttribute(identity, _signer(identity, sigV, sigR, sigS, hash), name, value);
    }

    /// @dev Checks that actor controls identity and returns the identity's
    /// record with the block of its previous change, so each update reads
    /// the slot once.
    function _authorize(address identity, address actor) private view returns (Identity storage id, uint256 previous) {
        id = _identities[identity];
        if (id.deactivated) revert Deactivated(identity);
        address owner = id.owner == address(0) ? identity : id.owner;
        if (actor != owner) revert NotOwner(identity, actor);
        previous = id.changed;
    }

    function _signer(address identity, uint8 v, bytes32 r, bytes32 s, bytes32 hash) private returns (address signer) {
        address owner = identityOwner(identity);
        if (owner == address(0)) revert Deactivated(identity);
        signer = ECDSA.recover(hash, v, r, s);
        if (signer != owner) revert NotOwner(identity, signer);
        nonce[signer]++;
    }

    function _changeOwner(address identity, address actor, address newOwner) private {
        (Identity storage id, uint256 previous) = _authorize(identity, actor);
        if (newOwner == address(0)) id.deactivated = true;
        id.owner = newOwner;
        id.changed = uint64(block.number);
        emit DIDOwnerChanged(identity, newOwner, previous);
    }

    function _addDelegate(address identity, address actor, bytes32 delegateType, address delegate, uint256 validity)
        private
    {
        (Identity storage id, uint256 previous) = _authorize(identity, actor);
        uint256 validTo = block.timestamp + validity;
        delegates[identity][keccak256(abi.encode(delegateType))][delegate] = validTo;
        id.changed = uint64(block.number);
        emit DIDDelegateChanged(identity, delegateType, delegate, validTo, previous);
    }

    function _revokeDelegate(address identity, address actor, bytes32 delegateType, address delegate) private {
        (Identity storage id, uint256 previous) = _authorize(identity, actor);
        delegates[identity][keccak256(abi.encode(delegateType))][delegate] = block.timestamp;
        id.changed = uint64(block.number);
        emit DIDDelegateChanged(identity, delegateType, delegate, block.timestamp, previous);
    }

    function _setAttribute(address identity, address actor, bytes32 name, bytes calldata value, uint256 validity)
        private
    {
        (Identity storage id, uint256 previous) = _authorize(identity, actor);
        id.changed = uint64(block.number);
        emit DIDAttributeChanged(identity, name, value, block.timestamp + validity, previous);
    }

    function _revokeAttribute(address identity, address actor, bytes32 name, bytes calldata value) private {
        (Identity storage id, uint256 previous) = _authorize(identity, actor);
        id.changed = uint64(block.number);
        emit DIDAttributeChanged(identity, name, value, 0, previous);
    }
}
