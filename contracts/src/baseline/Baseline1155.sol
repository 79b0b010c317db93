// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {ERC1155URIStorage} from "@openzeppelin/contracts/token/ERC1155/extensions/ERC1155URIStorage.sol";

/// @title Baseline1155
/// @notice Plain OpenZeppelin ERC1155, with ERC1155URIStorage for a URI per
/// token, for the gas benchmarks only. Never deployed by a node.
contract Baseline1155 is ERC1155URIStorage {
    constructor() ERC1155("") {}

    /// @notice A mint with no metadata of its own (the shared URI).
    function mint(address to, uint256 id, uint256 amount) external {
        _mint(to, id, amount, "");
    }

    function mintWithURI(address to, uint256 id, uint256 amount, string calldata tokenURI) external {
        _mint(to, id, amount, "");
        _setURI(id, tokenURI);
    }

    function mintBatch(address to, uint256[] calldata ids, uint256[] calldata amounts) external {
        _mintBatch(to, ids, amounts, "");
    }

    function mintBatchWithURI(address to, uint256[] calldata ids, uint256[] calldata amounts, string[] calldata uris)
        external
    {
        _mintBatch(to, ids, amounts, "");
        for (uint256 i = 0; i < ids.length; ++i) {
            _setURI(ids[i], uris[i]);
        }
    }
}
