// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721URIStorage} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721URIStorage.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title LegacyCollection721
/// @notice Tests and the demo only: an ERC-721 collection as an outside Web3
/// project deploys it from the OpenZeppelin wizard (URI storage, a default
/// ERC-2981 royalty, owner-only minting), to bridge tokens mifm never minted.
/// Each token's URI is whatever the owner gives: a data:application/json
/// URI for on-chain metadata, ipfs:// or https:// for off-chain.
contract LegacyCollection721 is ERC721, ERC721URIStorage, ERC2981, Ownable {
    uint256 private _nextTokenId;

    constructor(address initialOwner, address royaltyReceiver, uint96 royaltyBps)
        ERC721("Legacy Collection", "LEGACY")
        Ownable(initialOwner)
    {
        _setDefaultRoyalty(royaltyReceiver, royaltyBps);
    }

    /// @notice Mints the next token id (from 0) to `to` with its URI.
    function safeMint(address to, string memory uri) public onlyOwner returns (uint256) {
        uint256 tokenId = _nextTokenId++;
        _safeMint(to, tokenId);
        _setTokenURI(tokenId, uri);
        return tokenId;
    }

    function tokenURI(uint256 tokenId) public view override(ERC721, ERC721URIStorage) returns (string memory) {
        return super.tokenURI(tokenId);
    }

    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC721, ERC721URIStorage, ERC2981)
        returns (bool)
    {
        return super.supportsInterface(interfaceId);
    }
}
