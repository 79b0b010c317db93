// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Escrow} from "../transfer/Escrow.sol";

/// @title ReentrantNFT
/// @notice Tests only: an ERC-721 that, when the escrow sends it a token, calls
/// the escrow again to settle the same transfer a second time, and records
/// whether that call got through.
contract ReentrantNFT is ERC721 {
    Escrow.Transfer private _target;
    bool public armed;
    bool public reentered;
    bytes public refusal;

    constructor() ERC721("Reentrant", "RE") {}

    function mint(address to, uint256 tokenId) external {
        _mint(to, tokenId);
    }

    function arm(Escrow.Transfer calldata t) external {
        _target = t;
        armed = true;
    }

    function transferFrom(address from, address to, uint256 tokenId) public override {
        if (armed && from == msg.sender) {
            armed = false;
            try Escrow(msg.sender).refund(_target) {
                reentered = true;
            } catch (bytes memory reason) {
                refusal = reason;
            }
        }
        super.transferFrom(from, to, tokenId);
    }
}
