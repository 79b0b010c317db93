// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {Bridge} from "./Bridge.sol";

/// @title WrappedRecords
/// @notice Where each wrapped token came from and the metadata URI it
/// carries. The records of a delivery are written together as the code of as
/// few data contracts as fit (the SSTORE2 pattern), each token keeping one
/// slot that points at its part; they are read back with EXTCODECOPY.
/// @dev Why not storage: a 66-byte ipfs:// URI plus the origin take six
/// slots, 132,600 gas to write; as code they cost 200 gas a byte (about
/// 30,000) plus the pointer slot and a share of one CREATE. With the owner
/// and royalty slots a wrapped mint in storage costs some 180,000 gas, and a
/// delivery of a move's 100 items would pass the 16,777,216 gas a
/// transaction may use since EIP-7825. A record is
/// abi.encodePacked(homeChain, homeToken, homeId, uri); a data contract's
/// code is 0x00 (STOP: calling it does nothing) then its records, at most
/// EIP-170's 24,576 bytes. A token's slot packs the data contract's address
/// (bits 0-159), the record's offset in its code (160-207) and its length
/// (208-255).
abstract contract WrappedRecords {
    /// @dev Bytes of a record before its URI: 32 + 20 + 32.
    uint256 private constant HEAD = 84;
    /// @dev EIP-170: the most code a contract may have.
    uint256 private constant MAX_CODE = 24_576;
    /// @dev The init code before the runtime code: PUSH2 size, DUP1, PUSH1 10,
    /// RETURNDATASIZE (0), CODECOPY, RETURNDATASIZE (0), RETURN.
    uint256 private constant PREFIX = 10;
    uint256 private constant INIT = 0x61000080600a3d393df3;

    mapping(uint256 id => uint256 record) internal _records;

    /// @notice The record of token `id` alone would not fit in a contract's code.
    error RecordTooLarge(uint256 id);
    error RecordNotWritten();

    /// @dev Writes the records of `items` (whose wrapped ids are `ids`) and
    /// points each id at its own.
    function _writeRecords(uint256[] memory ids, Bridge.Item[] memory items) internal {
        uint256 n = items.length;
        uint256 start = 0;
        while (start < n) {
            uint256 size = 1;
            uint256 end = start;
            while (end < n) {
                uint256 len = HEAD + bytes(items[end].uri).length;
                if (size + len > MAX_CODE) break;
                size += len;
                ++end;
            }
            if (end == start) revert RecordTooLarge(ids[start]);
            bytes memory init = new bytes(PREFIX + size);
            assembly ("memory-safe") {
                mstore(add(init, 0x20), shl(176, or(INIT, shl(56, size))))
            }
            uint256 offset = 1;
            for (uint256 i = start; i < end; ++i) {
                offset += _put(init, PREFIX + offset, items[i]);
            }
            address data;
            assembly ("memory-safe") {
                data := create(0, add(init, 0x20), mload(init))
            }
            if (data == address(0)) revert RecordNotWritten();
            offset = 1;
            for (uint256 i = start; i < end; ++i) {
                uint256 len = HEAD + bytes(items[i].uri).length;
                _records[ids[i]] = uint256(uint160(data)) | (offset << 160) | (len << 208);
                offset += len;
            }
            start = end;
        }
    }

    /// @dev Copies an item's record into `buf` at byte `offset`; returns its length.
    function _put(bytes memory buf, uint256 offset, Bridge.Item memory it) private pure returns (uint256 len) {
        uint256 homeChain = it.homeChain;
        address homeToken = it.homeToken;
        uint256 homeId = it.id;
        string memory uri = it.uri;
        len = HEAD + bytes(uri).length;
        assembly ("memory-safe") {
            let p := add(add(buf, 0x20), offset)
            mstore(p, homeChain)
            mstore(add(p, 0x20), shl(96, homeToken))
            mstore(add(p, 0x34), homeId)
            mcopy(add(p, HEAD), add(uri, 0x20), mload(uri))
        }
    }

    /// @dev Whether `record` holds exactly the item's origin and URI.
    function _holds(uint256 record, Bridge.Item memory it) internal view returns (bool) {
        if (record == 0 || record >> 208 != HEAD + bytes(it.uri).length) return false;
        return keccak256(_read(record, 0, record >> 208))
            == keccak256(abi.encodePacked(it.homeChain, it.homeToken, it.id, it.uri));
    }

    /// @dev The origin a record holds.
    function _origin(uint256 record) internal view returns (uint256 homeChain, address homeToken, uint256 homeId) {
        bytes memory head = _read(record, 0, HEAD);
        assembly ("memory-safe") {
            homeChain := mload(add(head, 0x20))
            homeToken := shr(96, mload(add(head, 0x40)))
            homeId := mload(add(head, 0x54))
        }
    }

    /// @dev The URI a record holds.
    function _uri(uint256 record) internal view returns (string memory) {
        return string(_read(record, HEAD, (record >> 208) - HEAD));
    }

    /// @dev The CAIP-19 id of a record's original,
    /// eip155:<homeChain>/<standard>:<homeToken>/<homeId>, the address in its
    /// EIP-55 mixed-case checksum form.
    function _caip19(uint256 record, string memory standard) internal view returns (string memory) {
        (uint256 homeChain, address homeToken, uint256 homeId) = _origin(record);
        return string.concat(
            "eip155:",
            Strings.toString(homeChain),
            "/",
            standard,
            ":",
            Strings.toChecksumHexString(homeToken),
            "/",
            Strings.toString(homeId)
        );
    }

    /// @dev `len` bytes of a record from byte `from` of it.
    function _read(uint256 record, uint256 from, uint256 len) private view returns (bytes memory out) {
        address data = address(uint160(record));
        uint256 offset = ((record >> 160) & type(uint48).max) + from;
        out = new bytes(len);
        assembly ("memory-safe") {
            extcodecopy(data, add(out, 0x20), offset, len)
        }
    }
}
