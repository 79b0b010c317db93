// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title Exchange
/// @notice Currency exchange between platforms (FGMV-43 ASEF, 7.2.2): a maker
/// (a platform's treasury, or anyone) signs an EIP-712 order selling one
/// ERC-20 for another at a fixed ratio (the rate the two platforms' manifestos
/// agree); a taker fills it, wholly or in part, in one transaction that moves
/// both sides or neither.
/// @dev Fills are counted in the currency the taker pays. The maker's side is
/// rounded down, so a fill never gives more than the signed ratio. Makers
/// may be contracts (ERC-1271). The contract holds nothing between calls and
/// has no owner.
contract Exchange is EIP712, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice The maker gives up to `sellAmount` of `sell` for `buyAmount` of
    /// `buy`, pro rata, until `expiry`; `taker` zero lets anyone fill.
    struct Order {
        address maker;
        address sell;
        uint256 sellAmount;
        address buy;
        uint256 buyAmount;
        address taker;
        uint64 expiry;
        uint256 salt;
    }

    bytes32 public constant ORDER_TYPEHASH = keccak256(
        "Order(address maker,address sell,uint256 sellAmount,address buy,uint256 buyAmount,address taker,uint64 expiry,uint256 salt)"
    );

    /// @notice How much of an order's `buyAmount` has been paid; a cancelled
    /// order counts as wholly paid.
    mapping(bytes32 orderHash => uint256) public paid;

    error BadOrder(bytes32 orderHash);
    error Expired(bytes32 orderHash, uint64 expiry);
    error NotTaker(bytes32 orderHash, address taker);
    error BadSignature(bytes32 orderHash, address maker);
    error Overfill(bytes32 orderHash, uint256 amount, uint256 remaining);
    error NothingToFill(bytes32 orderHash);
    error NotMaker(bytes32 orderHash, address caller);

    event Filled(
        bytes32 indexed orderHash,
        address indexed maker,
        address indexed taker,
        address recipient,
        address sell,
        uint256 given,
        address buy,
        uint256 paid
    );
    event Cancelled(bytes32 indexed orderHash, address indexed maker);

    constructor() EIP712("mifm Exchange", "1") {}

    /// @notice Pays `amount` of the order's `buy` currency to its maker and
    /// sends the maker's `sell` currency, at the order's ratio rounded down,
    /// to `recipient`. Returns what the recipient got.
    function fill(Order calldata o, bytes calldata signature, uint256 amount, address recipient)
        external
        nonReentrant
        returns (uint256 given)
    {
        bytes32 h = _check(o, signature);
        uint256 done = paid[h];
        uint256 left = done >= o.buyAmount ? 0 : o.buyAmount - done;
        if (amount > left) revert Overfill(h, amount, left);
        given = Math.mulDiv(amount, o.sellAmount, o.buyAmount);
        if (given == 0) revert NothingToFill(h);
        paid[h] = done + amount;
        emit Filled(h, o.maker, msg.sender, recipient, o.sell, given, o.buy, amount);
        IERC20(o.buy).safeTransferFrom(msg.sender, o.maker, amount);
        IERC20(o.sell).safeTransferFrom(o.maker, recipient, given);
    }

    /// @notice The maker withdraws an order; nothing more of it can be filled.
    function cancel(Order calldata o) external {
        bytes32 h = orderHash(o);
        if (msg.sender != o.maker) revert NotMaker(h, msg.sender);
        paid[h] = type(uint256).max;
        emit Cancelled(h, o.maker);
    }

    /// @notice What is left to pay on an order (0 once filled, cancelled or expired).
    function remaining(Order calldata o) external view returns (uint256) {
        if (block.timestamp > o.expiry) return 0;
        uint256 done = paid[orderHash(o)];
        return done >= o.buyAmount ? 0 : o.buyAmount - done;
    }

    /// @notice The EIP-712 digest a maker signs.
    function orderHash(Order calldata o) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(ORDER_TYPEHASH, o)));
    }

    function _check(Order calldata o, bytes calldata signature) private view returns (bytes32 h) {
        h = orderHash(o);
        if (o.sellAmount == 0 || o.buyAmount == 0 || o.sell == o.buy) revert BadOrder(h);
        if (block.timestamp > o.expiry) revert Expired(h, o.expiry);
        if (o.taker != address(0) && o.taker != msg.sender) revert NotTaker(h, o.taker);
        if (!SignatureChecker.isValidSignatureNow(o.maker, h, signature)) revert BadSignature(h, o.maker);
    }
}
