// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Anchor
/// @notice The on-chain anchor of FGMV-43's version records (7.4.3 IDSF,
/// 7.1.3 AVSF, 7.5.3 LAF): a node gathers version hashes into a Merkle batch
/// built as OpenZeppelin's StandardMerkleTree builds it (leaf =
/// keccak256(bytes.concat(keccak256(abi.encode(values)))), each inner node
/// the keccak256 of its two children sorted ascending) and anchors the
/// batch's root here, with the CID of the tree's dump (its manifest) in the
/// Anchored event. Anyone holding a leaf and its proof can then check,
/// against this contract alone, that the anchorer committed to it and when.
/// @dev One storage write per batch, whatever its size: the record of a root
/// (block, time, leaf count, batch number) is packed into one slot, so a
/// batch costs one fresh SSTORE plus its event, and the leaves cost nothing
/// on chain. Roots live in a namespace per anchorer (msg.sender, the node's
/// platform key): that is the whole access control, as nobody can write
/// into another's namespace and so no owner or role is needed, and one
/// deployment serves every platform of a chain. A root is anchored at most
/// once per anchorer, so a node that retries a batch after a crash gets
/// AlreadyAnchored instead of a second record. The contract makes no
/// external calls and holds no ether: there is no reentrancy surface.
contract Anchor {
    /// @notice Longest manifest an anchor may carry: a binary CIDv1 of a
    /// sha2-256 dump is 36 bytes; 128 leaves room for longer digests.
    uint256 public constant MAX_MANIFEST_BYTES = 128;

    /// @dev Bits 0-63 block number, 64-127 timestamp, 128-159 leaf count,
    /// 160-223 batch number. Zero means not anchored: a transaction never
    /// runs in block 0.
    mapping(address anchorer => mapping(bytes32 root => uint256)) private _anchors;

    error ZeroRoot();
    error NoLeaves();
    error BadManifest(uint256 length);
    error AlreadyAnchored(address anchorer, bytes32 root);

    /// @notice A batch root was anchored by anchorer; manifest is the binary
    /// CID of the batch's StandardMerkleTree dump.
    event Anchored(address indexed anchorer, uint64 indexed batch, bytes32 indexed root, uint32 leaves, bytes manifest);

    /// @notice Anchors the root of a batch of `leaves` leaves, the anchorer's
    /// batch number `batch`, in the sender's namespace.
    function anchor(bytes32 root, uint64 batch, uint32 leaves, bytes calldata manifest) external {
        if (root == bytes32(0)) revert ZeroRoot();
        if (leaves == 0) revert NoLeaves();
        if (manifest.length == 0 || manifest.length > MAX_MANIFEST_BYTES) revert BadManifest(manifest.length);
        mapping(bytes32 => uint256) storage mine = _anchors[msg.sender];
        if (mine[root] != 0) revert AlreadyAnchored(msg.sender, root);
        mine[root] = uint256(uint64(block.number)) | (uint256(uint64(block.timestamp)) << 64)
            | (uint256(leaves) << 128) | (uint256(batch) << 160);
        emit Anchored(msg.sender, batch, root, leaves, manifest);
    }

    /// @notice The record of a root in anchorer's namespace: all zero when it
    /// never anchored it.
    function anchored(address anchorer, bytes32 root)
        external
        view
        returns (uint64 blockNumber, uint64 timestamp, uint32 leaves, uint64 batch)
    {
        uint256 r = _anchors[anchorer][root];
        return (uint64(r), uint64(r >> 64), uint32(r >> 128), uint64(r >> 160));
    }

    /// @notice Whether anchorer anchored root and `proof` proves `leaf` (an
    /// already hashed StandardMerkleTree leaf) under it.
    function verify(address anchorer, bytes32 root, bytes32[] calldata proof, bytes32 leaf)
        external
        view
        returns (bool)
    {
        return _anchors[anchorer][root] != 0 && MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @notice verify for a mifm version record: the leaf is the
    /// StandardMerkleTree leaf of [subject, seq, cid] encoded as
    /// ["string", "uint256", "bytes"] (the subject's DID or asset id, its
    /// version number, the binary CID of the version).
    function verifyVersion(
        address anchorer,
        bytes32 root,
        bytes32[] calldata proof,
        string calldata subject,
        uint256 seq,
        bytes calldata cid
    ) external view returns (bool) {
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(subject, seq, cid))));
        return _anchors[anchorer][root] != 0 && MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @notice Whether anchorer anchored root and the multiproof (`proof`,
    /// `proofFlags`) proves every one of `leaves` under it, in the order
    /// OpenZeppelin's StandardMerkleTree getMultiProof gives them. False,
    /// never a revert, for no leaves or a malformed multiproof.
    function multiVerify(
        address anchorer,
        bytes32 root,
        bytes32[] calldata proof,
        bool[] calldata proofFlags,
        bytes32[] calldata leaves
    ) external view returns (bool) {
        if (leaves.length == 0 || _anchors[anchorer][root] == 0) return false;
        // The shape OpenZeppelin requires, checked here so that it cannot
        // revert: one flag per hash, one proof element per false flag. With
        // both, every read of its queues stays in bounds.
        if (leaves.length + proof.length != proofFlags.length + 1) return false;
        uint256 fromProof;
        for (uint256 i = 0; i < proofFlags.length; ++i) {
            if (!proofFlags[i]) ++fromProof;
        }
        if (fromProof != proof.length) return false;
        return MerkleProof.multiProofVerifyCalldata(proof, proofFlags, root, leaves);
    }
}
