// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IPFSURI
/// @notice Builds `ipfs://` URIs from the 32-byte sha2-256 digests the asset
/// contracts store, so no token pays for a URI string (FGMV-43 ASTKF, 7.2.3).
/// @dev A CIDv1 is <0x01><codec><0x12 sha2-256><0x20 length><digest>, written in
/// multibase base32 (prefix "b", RFC 4648 lower case, no padding): 59 characters,
/// the same string Kubo prints for the block.
library IPFSURI {
    /// @notice Multicodec of a single raw block (a file of up to one chunk).
    uint8 internal constant RAW = 0x55;
    /// @notice Multicodec of a UnixFS node (a directory, or a file of several chunks).
    uint8 internal constant DAG_PB = 0x70;

    bytes private constant ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    bytes16 private constant HEX = "0123456789abcdef";

    /// @notice The CIDv1 string of a block with this codec and sha2-256 digest.
    function cid(uint8 codec, bytes32 digest) internal pure returns (string memory) {
        bytes memory out = new bytes(59);
        out[0] = "b";
        // 36 bytes = 288 bits, read 5 at a time from the big-endian string;
        // the 58th character carries the last 3 bits padded with zeros.
        uint256 head = (uint256(0x01) << 24) | (uint256(codec) << 16) | (0x12 << 8) | 0x20;
        uint256 acc;
        uint256 bits;
        uint256 pos = 1;
        for (uint256 i = 0; i < 36; ++i) {
            uint256 b = i < 4 ? (head >> (8 * (3 - i))) & 0xff : uint8(digest[i - 4]);
            acc = ((acc << 8) | b) & 0xffff;
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out[pos++] = ALPHABET[(acc >> bits) & 31];
            }
        }
        if (bits > 0) out[pos] = ALPHABET[(acc << (5 - bits)) & 31];
        return string(out);
    }

    /// @notice ipfs://<CID> of a single-block file.
    function file(bytes32 digest) internal pure returns (string memory) {
        return string.concat("ipfs://", cid(RAW, digest));
    }

    /// @notice ipfs://<directory CID>/<id as 64 lower-case hex digits>.json,
    /// the file name ERC-1155's {id} substitution gives, for a token whose
    /// metadata sits in a batch directory.
    function inDirectory(bytes32 dirDigest, uint256 id) internal pure returns (string memory) {
        bytes memory name = new bytes(64);
        for (uint256 i = 0; i < 64; ++i) {
            name[63 - i] = HEX[(id >> (4 * i)) & 15];
        }
        return string.concat("ipfs://", cid(DAG_PB, dirDigest), "/", string(name), ".json");
    }
}
