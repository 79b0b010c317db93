// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title BaselineEventAnchor
/// @notice The peer baseline of the anchor gas benchmarks, as Ceramic anchors
/// a batch: a root and its manifest in an event, no storage, no checks.
/// Cheaper than Anchor by the one SSTORE, but a contract can't read an event:
/// nothing on chain can verify a proof against it, and nothing stops anchoring
/// a root twice. Never deployed by a node.
contract BaselineEventAnchor {
    event Anchored(address indexed anchorer, bytes32 indexed root, bytes manifest);

    function anchor(bytes32 root, bytes calldata manifest) external {
        emit Anchored(msg.sender, root, manifest);
    }
}
