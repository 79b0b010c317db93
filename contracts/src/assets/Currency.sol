// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Currency
/// @notice A platform currency (FGMV-43 ASEF): a plain ERC-20 its platform mints.
contract Currency is ERC20, Ownable {
    constructor(string memory name, string memory symbol, address platform) ERC20(name, symbol) Ownable(platform) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
