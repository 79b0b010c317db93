// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {Bridge} from "./Bridge.sol";
import {WrappedRecords} from "./WrappedRecords.sol";

/// @title Wrapped721
/// @notice The ERC-721 tokens a Bridge mints on this chain for originals
/// locked on another (FGMV-43 ASTF across chains): each stands for one
/// original, names it (origin, caip19), carries the metadata URI and the
/// ERC-2981 royalty the move committed, and exists only while the original
/// stays in custody at home.
/// @dev The Bridge that deployed it alone mints and burns. The token id is
/// keccak256(abi.encode(homeChain, homeToken, homeId)), so the same original
/// always wraps to the same id and never to two at once. Mints use _mint, not
/// _safeMint: the Bridge delivers to the recipient the move named, which the
/// sender chose on another chain, and a recipient contract refusing the
/// callback would leave the move undeliverable until its deadline; EIP-7702
/// accounts would refuse tokens their delegate doesn't expect. Origin and URI
/// live in a WrappedRecords record; it and the royalty are cleared on burn
/// and written anew on the next mint.
contract Wrapped721 is ERC721, ERC2981, WrappedRecords {
    /// @notice The Bridge that mints and burns.
    address public immutable bridge;

    error NotBridge(address caller);
    error BadAmount(uint256 amount);

    constructor(address bridge_) ERC721("mifm bridged ERC-721", "mifmB721") {
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

    /// @notice Mints the wrapped token of an original to `to`; amount must be 1.
    /// A zero royalty receiver means no royalty.
    function mint(
        address to,
        uint256 homeChain,
        address homeToken,
        uint256 homeId,
        uint256 amount,
        string calldata uri,
        address royaltyReceiver,
        uint96 royaltyBps
    ) external onlyBridge returns (uint256) {
        Bridge.Item[] memory items = new Bridge.Item[](1);
        items[0] = Bridge.Item(homeChain, homeToken, homeId, amount, uri, royaltyReceiver, royaltyBps);
        return _mintAll(to, items)[0];
    }

    /// @notice Mints the wrapped tokens of a move's items to `to`, their
    /// records written together.
    function mintBatch(address to, Bridge.Item[] memory items) external onlyBridge returns (uint256[] memory) {
        return _mintAll(to, items);
    }

    /// @notice Burns `from`'s wrapped token `id`; amount must be 1.
    function burn(address from, uint256 id, uint256 amount) external onlyBridge {
        if (amount != 1) revert BadAmount(amount);
        address owner = _ownerOf(id);
        if (owner != from) revert ERC721IncorrectOwner(from, id, owner);
        _burn(id);
        delete _records[id];
        _resetTokenRoyalty(id);
    }

    /// @notice The original a wrapped token stands for.
    function origin(uint256 id) external view returns (uint256 homeChain, address homeToken, uint256 homeId) {
        _requireOwned(id);
        return _origin(_records[id]);
    }

    /// @notice The original's CAIP-19 id,
    /// eip155:<homeChain>/erc721:<homeToken>/<homeId>, the address EIP-55
    /// checksummed (mixed case).
    function caip19(uint256 id) external view returns (string memory) {
        _requireOwned(id);
        return _caip19(_records[id], "erc721");
    }

    /// @notice The metadata URI the move committed (ipfs://…, https://… or data:…).
    function tokenURI(uint256 id) public view override returns (string memory) {
        _requireOwned(id);
        return _uri(_records[id]);
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC721, ERC2981) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    function _mintAll(address to, Bridge.Item[] memory items) private returns (uint256[] memory ids) {
        uint256 n = items.length;
        ids = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            Bridge.Item memory it = items[i];
            if (it.amount != 1) revert BadAmount(it.amount);
            uint256 id = wrappedId(it.homeChain, it.homeToken, it.id);
            ids[i] = id;
            _mint(to, id);
            if (it.royaltyReceiver != address(0)) _setTokenRoyalty(id, it.royaltyReceiver, it.royaltyBps);
        }
        _writeRecords(ids, items);
    }
}
