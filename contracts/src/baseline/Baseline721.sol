// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721URIStorage} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721URIStorage.sol";

/// @title Baseline721
/// @notice Plain OpenZeppelin ERC721URIStorage, for the gas benchmarks only: what
/// a mint costs without mifm's packing (no access control, as in the figures
/// the tokenization issue quotes). Never deployed by a node.
contract Baseline721 is ERC721URIStorage {
    constructor() ERC721("baseline", "BASE") {}

    function mint(address to, uint256 tokenId) external {
        _mint(to, tokenId);
    }

    function mintWithURI(address to, uint256 tokenId, string calldata uri) external {
        _mint(to, tokenId);
        _setTokenURI(tokenId, uri);
    }

    function mintBatchWithURI(address to, uint256[] calldata tokenIds, string[] calldata uris) external {
        for (uint256 i = 0; i < tokenIds.length; ++i) {
            _mint(to, tokenIds[i]);
            _setTokenURI(tokenIds[i], uris[i]);
        }
    }
}
