// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {Bridge} from "./Bridge.sol";
import {WrappedRecords} from "./WrappedRecords.sol";

/// @title Wrapped1155
/// @notice The ERC-1155 editions a Bridge mints on this chain for originals
/// locked on another (FGMV-43 ASTF across chains): an id per original token
/// id, names it (origin, caip19), carries the metadata URI and the ERC-2981
/// royalty the move committed; its supply here never exceeds what is in
/// custody at home.
/// @dev The Bridge that deployed it alone mints and burns. The token id is
/// keccak256(abi.encode(homeChain, homeToken, homeId)). Origin, URI and
/// royalty stay after the last edition is burnt; a mint whose URI differs
/// writes a new record (and emits URI), one with the same keeps it. The
/// royalty is the last mint's.
contract Wrapped1155 is ERC1155, ERC2981, WrappedRecords {
    /// @notice The Bridge that mints and burns.
    address public immutable bridge;

    error NotBridge(address caller);
    error UnknownToken(uint256 id);

    constructor(address bridge_) ERC1155("") {
        bridge = bridge_;
    }

    modifier onlyBridge() {
        if (msg.sender != bridge) revert NotBridge(msg.sender);
        _;
    }

    /// @notice The id the original `homeId` of `homeToken` on chain `homeChain` wraps to.
    function wrappedId(uint256 homeChain, address homeToken, uint256 homeId) public pure returns (uint256) {
        return uint256(keccak256(abi.encode(homeChain, homeToken, homeId)));
    }

    /// @notice Mints `amount` wrapped editions of an original to `to`, which,
    /// if a contract, must accept them (ERC-1155). A zero royalty receiver
    /// means no royalty.
    function mint(
        address to,
        uint256 homeChain,
        address homeToken,
        uint256 homeId,
        uint256 amount,
        string calldata uri_,
        address royaltyReceiver,
        uint96 royaltyBps
    ) external onlyBridge returns (uint256) {
        Bridge.Item[] memory items = new Bridge.Item[](1);
        items[0] = Bridge.Item(homeChain, homeToken, homeId, amount, uri_, royaltyReceiver, royaltyBps);
        return _mintAll(to, items)[0];
    }

    /// @notice Mints the wrapped editions of a move's items to `to` (one
    /// ERC-1155 transfer event and acceptance check), new records written
    /// together.
    function mintBatch(address to, Bridge.Item[] memory items) external onlyBridge returns (uint256[] memory) {
        return _mintAll(to, items);
    }

    /// @notice Burns `amount` of `from`'s editions of `id`.
    function burn(address from, uint256 id, uint256 amount) external onlyBridge {
        _burn(from, id, amount);
    }

    /// @notice The original a wrapped id stands for.
    function origin(uint256 id) external view returns (uint256 homeChain, address homeToken, uint256 homeId) {
        return _origin(_record(id));
    }

    /// @notice The original's CAIP-19 id,
    /// eip155:<homeChain>/erc1155:<homeToken>/<homeId>, the address EIP-55
    /// checksummed (mixed case).
    function caip19(uint256 id) external view returns (string memory) {
        return _caip19(_record(id), "erc1155");
    }

    /// @notice The metadata URI the last move of this id committed; empty for
    /// an id never minted.
    function uri(uint256 id) public view override returns (string memory) {
        uint256 record = _records[id];
        return record == 0 ? "" : _uri(record);
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC1155, ERC2981) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    function _mintAll(address to, Bridge.Item[] memory items) private returns (uint256[] memory ids) {
        uint256 n = items.length;
        ids = new uint256[](n);
        uint256[] memory amounts = new uint256[](n);
        Bridge.Item[] memory changed = new Bridge.Item[](n);
        uint256[] memory changedIds = new uint256[](n);
        uint256 k = 0;
        for (uint256 i = 0; i < n; ++i) {
            Bridge.Item memory it = items[i];
            uint256 id = wrappedId(it.homeChain, it.homeToken, it.id);
            ids[i] = id;
            amounts[i] = it.amount;
            if (!_holds(_records[id], it)) {
                changed[k] = it;
                changedIds[k] = id;
                ++k;
                emit URI(it.uri, id);
            }
            if (it.royaltyReceiver != address(0)) _setTokenRoyalty(id, it.royaltyReceiver, it.royaltyBps);
            else _resetTokenRoyalty(id);
        }
        assembly ("memory-safe") {
            mstore(changed, k)
            mstore(changedIds, k)
        }
        _writeRecords(changedIds, changed);
        _mintBatch(to, ids, amounts, "");
    }

    function _record(uint256 id) private view returns (uint256 record) {
        record = _records[id];
        if (record == 0) revert UnknownToken(id);
    }
}
