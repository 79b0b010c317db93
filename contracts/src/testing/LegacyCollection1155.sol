// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title LegacyCollection1155
/// @notice Tests and the demo only: an ERC-1155 collection as an outside Web3
/// project deploys it from the OpenZeppelin wizard (one {id} URI template, a
/// default ERC-2981 royalty, owner-only minting), to bridge editions mifm
/// never minted.
contract LegacyCollection1155 is ERC1155, ERC2981, Ownable {
    /// @param uriTemplate the ERC-1155 metadata URI, {id} standing for the
    /// token id as 64 lower-case hex digits (https://…/{id}.json, ipfs://…/{id}.json).
    constructor(address initialOwner, string memory uriTemplate, address royaltyReceiver, uint96 royaltyBps)
        ERC1155(uriTemplate)
        Ownable(initialOwner)
    {
        _setDefaultRoyalty(royaltyReceiver, royaltyBps);
    }

    function mint(address to, uint256 id, uint256 amount) public onlyOwner {
        _mint(to, id, amount, "");
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC1155, ERC2981) returns (bool) {
        return super.supportsInterface(interfaceId);
    }
}
