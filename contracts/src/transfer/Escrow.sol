// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";
import {IERC1155Receiver} from "@openzeppelin/contracts/token/ERC1155/IERC1155Receiver.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC165Checker} from "@openzeppelin/contracts/utils/introspection/ERC165Checker.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Exchange} from "./Exchange.sol";

interface IAttesters {
    /// @notice The attester of an active platform, or the zero address.
    function attesterOf(bytes32 platformId) external view returns (address);
}

/// @title Escrow
/// @notice Cross-platform asset transfer (FGMV-43 ASTF, 9.2): an owner locks an
/// ERC-721, ERC-1155 or ERC-20 asset for a recipient on a destination platform;
/// the destination's attester accepts (the asset goes to the recipient) or
/// rejects (it goes back at once), and after the deadline anyone may send it
/// back. Each transfer settles exactly once. Currency may arrive converted:
/// the destination accepts it together with an Exchange order that pays the
/// recipient in the destination's currency, in the same transaction, never
/// less than the lock committed to.
/// @dev Nothing here lets anyone, admin or not, move an asset anywhere but to its
/// recipient or back to its depositor: the contract has no owner and no other
/// way out. A lock stores one slot, the transfer's state under the hash of its
/// terms; settling takes the terms back as calldata and checks them against
/// that hash. Acceptances and rejections are EIP-712 signatures bound to this
/// chain and this contract, so relayers may submit them. A release needs the
/// destination's attester as the registry names it at settlement: an attester
/// rotated out, or a suspended platform, can no longer deliver, and the asset
/// goes back at the deadline.
contract Escrow is EIP712, ReentrancyGuardTransient, IERC721Receiver, IERC1155Receiver {
    using SafeERC20 for IERC20;

    enum Kind {
        None,
        ERC721,
        ERC1155,
        ERC20
    }

    /// @notice Everything a lock commits to; its keccak256 is the transfer id.
    struct Transfer {
        Kind kind;
        address token;
        uint256 id; // token id (0 for ERC-20)
        uint256 amount; // 1 for ERC-721
        address depositor;
        address recipient;
        bytes32 destination; // the destination platform's id in the registry
        address attester; // its attester when the asset was locked
        uint64 deadline;
        bytes32 salt;
        address convertTo; // ERC-20 only: the currency the recipient may be paid in instead (0: none)
        uint256 minReceived; // the least of convertTo a converted release must pay the recipient
    }

    /// @notice What the depositor chooses; for NFTs, abi-encoded in the
    /// safeTransferFrom data.
    struct Terms {
        address recipient;
        bytes32 destination;
        uint64 deadline;
        bytes32 salt;
        address convertTo;
        uint256 minReceived;
    }

    /// @notice Longest a transfer may wait for the destination.
    uint64 public constant MAX_WAIT = 30 days;
    bytes32 public constant ACCEPT_TYPEHASH = keccak256("Accept(bytes32 transfer)");
    bytes32 public constant REJECT_TYPEHASH = keccak256("Reject(bytes32 transfer,uint16 reason)");
    bytes32 public constant ACCEPT_CONVERTED_TYPEHASH = keccak256("AcceptConverted(bytes32 transfer,bytes32 order)");

    uint8 private constant LOCKED = 1;
    uint8 private constant SETTLED = 2;

    IAttesters public immutable registry;
    Exchange public immutable exchange;
    mapping(bytes32 transferId => uint8) private _state;

    error ZeroAddress();
    error NothingToLock();
    error BatchNotSupported();
    error BadDeadline(uint64 deadline, uint256 latest);
    error InactiveDestination(bytes32 destination);
    error AlreadyLocked(bytes32 transferId);
    error NotLocked(bytes32 transferId);
    error DeadlinePassed(bytes32 transferId, uint64 deadline);
    error DeadlineNotReached(bytes32 transferId, uint64 deadline);
    error NotAttester(bytes32 transferId, address signer, address attester);
    error NotConvertible(bytes32 transferId);
    error ConversionBelowMinimum(bytes32 transferId, uint256 received, uint256 minReceived);
    error NotCurrency(address token);
    error CannotReceive(address recipient);
    error BadConversion();

    event Locked(bytes32 indexed transferId, address indexed depositor, bytes32 indexed destination, Transfer transfer);
    event Released(bytes32 indexed transferId, address indexed recipient, address submitter);
    event Rejected(bytes32 indexed transferId, address indexed depositor, uint16 reason);
    event Refunded(bytes32 indexed transferId, address indexed depositor);

    constructor(IAttesters platforms, Exchange exchange_) EIP712("mifm Escrow", "1") {
        if (address(platforms) == address(0) || address(exchange_) == address(0)) revert ZeroAddress();
        registry = platforms;
        exchange = exchange_;
    }

    /// @notice Locks an ERC-721 sent with safeTransferFrom; data is abi.encode(Terms).
    function onERC721Received(address, address from, uint256 tokenId, bytes calldata data)
        external
        nonReentrant
        returns (bytes4)
    {
        _lock(Kind.ERC721, msg.sender, tokenId, 1, from, abi.decode(data, (Terms)));
        return IERC721Receiver.onERC721Received.selector;
    }

    /// @notice Locks ERC-1155 editions sent with safeTransferFrom; data is abi.encode(Terms).
    function onERC1155Received(address, address from, uint256 id, uint256 value, bytes calldata data)
        external
        nonReentrant
        returns (bytes4)
    {
        _lock(Kind.ERC1155, msg.sender, id, value, from, abi.decode(data, (Terms)));
        return IERC1155Receiver.onERC1155Received.selector;
    }

    /// @notice One lock per transfer: batches are refused.
    function onERC1155BatchReceived(address, address, uint256[] calldata, uint256[] calldata, bytes calldata)
        external
        pure
        returns (bytes4)
    {
        revert BatchNotSupported();
    }

    /// @notice Locks ERC-20 currency the caller has approved; the amount locked is
    /// what arrived.
    function lockERC20(IERC20 token, uint256 amount, Terms calldata terms)
        external
        nonReentrant
        returns (bytes32 transferId)
    {
        // An ERC-721's transferFrom takes a token id where an ERC-20 takes an
        // amount: locked as currency it could never be sent back. NFTs
        // implement ERC-165, so asking for their interfaces directly (one
        // call each, not ERC165Checker's three) is enough.
        if (
            ERC165Checker.supportsERC165InterfaceUnchecked(address(token), type(IERC721).interfaceId)
                || ERC165Checker.supportsERC165InterfaceUnchecked(address(token), type(IERC1155).interfaceId)
        ) revert NotCurrency(address(token));
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        return _lock(Kind.ERC20, address(token), 0, token.balanceOf(address(this)) - before, msg.sender, terms);
    }

    function _lock(Kind kind, address token, uint256 id, uint256 amount, address depositor, Terms memory terms)
        private
        returns (bytes32 transferId)
    {
        if (amount == 0) revert NothingToLock();
        if (terms.recipient == address(0)) revert ZeroAddress();
        _checkReceiver(kind, token, terms.recipient);
        if (kind == Kind.ERC20) {
            if ((terms.convertTo == address(0)) != (terms.minReceived == 0) || terms.convertTo == token) {
                revert BadConversion();
            }
        } else if (terms.convertTo != address(0) || terms.minReceived != 0) {
            revert BadConversion();
        }
        uint256 latest = block.timestamp + MAX_WAIT;
        if (terms.deadline <= block.timestamp || terms.deadline > latest) revert BadDeadline(terms.deadline, latest);
        address attester = registry.attesterOf(terms.destination);
        if (attester == address(0)) revert InactiveDestination(terms.destination);
        Transfer memory t = Transfer({
            kind: kind,
            token: token,
            id: id,
            amount: amount,
            depositor: depositor,
            recipient: terms.recipient,
            destination: terms.destination,
            attester: attester,
            deadline: terms.deadline,
            salt: terms.salt,
            convertTo: terms.convertTo,
            minReceived: terms.minReceived
        });
        transferId = keccak256(abi.encode(t));
        if (_state[transferId] != 0) revert AlreadyLocked(transferId);
        _state[transferId] = LOCKED;
        emit Locked(transferId, depositor, terms.destination, t);
    }

    /// @notice Delivers the asset to its recipient on the acceptance of the
    /// destination's current attester (EIP-712), before the deadline. Anyone
    /// may submit it.
    function release(Transfer calldata t, bytes calldata acceptance) external nonReentrant {
        bytes32 transferId = _settle(t);
        if (block.timestamp > t.deadline) revert DeadlinePassed(transferId, t.deadline);
        _checkSigner(transferId, keccak256(abi.encode(ACCEPT_TYPEHASH, transferId)), acceptance, _current(t));
        emit Released(transferId, t.recipient, msg.sender);
        _send(t, t.recipient);
    }

    /// @notice Delivers locked currency converted (FGMV-43 9.2 steps 3 and 5):
    /// the whole amount fills the Exchange order `o`, whose maker pays the
    /// recipient in its currency. Needs the destination's EIP-712
    /// `AcceptConverted`, which names the order; the order must sell the
    /// currency the lock names and pay the recipient at least its minimum. If
    /// the fill fails, nothing moves and the transfer stays locked.
    function releaseConverted(
        Transfer calldata t,
        Exchange.Order calldata o,
        bytes calldata orderSignature,
        bytes calldata acceptance
    ) external nonReentrant {
        bytes32 transferId = _settle(t);
        if (t.kind != Kind.ERC20 || t.convertTo == address(0) || o.buy != t.token || o.sell != t.convertTo) {
            revert NotConvertible(transferId);
        }
        if (block.timestamp > t.deadline) revert DeadlinePassed(transferId, t.deadline);
        bytes32 order = exchange.orderHash(o);
        _checkSigner(
            transferId, keccak256(abi.encode(ACCEPT_CONVERTED_TYPEHASH, transferId, order)), acceptance, _current(t)
        );
        emit Released(transferId, t.recipient, msg.sender);
        // The fill takes exactly t.amount, so the allowance ends at zero. What
        // the recipient gets is measured, not taken from the order's word.
        IERC20 out = IERC20(t.convertTo);
        uint256 before = out.balanceOf(t.recipient);
        IERC20(t.token).forceApprove(address(exchange), t.amount);
        exchange.fill(o, orderSignature, t.amount, t.recipient);
        uint256 received = out.balanceOf(t.recipient) - before;
        if (received < t.minReceived) revert ConversionBelowMinimum(transferId, received, t.minReceived);
    }

    /// @notice Sends the asset back at once on the destination's EIP-712
    /// rejection, by its attester at lock time or its current one: either may
    /// give the asset back, neither can move it elsewhere.
    function reject(Transfer calldata t, uint16 reason, bytes calldata rejection) external nonReentrant {
        bytes32 transferId = _settle(t);
        bytes32 digest = _hashTypedDataV4(keccak256(abi.encode(REJECT_TYPEHASH, transferId, reason)));
        address signer = ECDSA.recover(digest, rejection);
        if (signer != t.attester && signer != registry.attesterOf(t.destination)) {
            revert NotAttester(transferId, signer, t.attester);
        }
        emit Rejected(transferId, t.depositor, reason);
        _send(t, t.depositor);
    }

    /// @notice Sends the asset back after the deadline; needs no one's permission.
    function refund(Transfer calldata t) external nonReentrant {
        bytes32 transferId = _settle(t);
        if (block.timestamp <= t.deadline) revert DeadlineNotReached(transferId, t.deadline);
        emit Refunded(transferId, t.depositor);
        _send(t, t.depositor);
    }

    /// @notice 0: unknown, 1: locked, 2: settled.
    function stateOf(bytes32 transferId) external view returns (uint8) {
        return _state[transferId];
    }

    /// @notice The EIP-712 digest an attester signs to accept a transfer.
    function acceptDigest(bytes32 transferId) external view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(ACCEPT_TYPEHASH, transferId)));
    }

    /// @notice The EIP-712 digest an attester signs to accept a transfer
    /// converted through the Exchange order whose hash is `order`.
    function acceptConvertedDigest(bytes32 transferId, bytes32 order) external view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(ACCEPT_CONVERTED_TYPEHASH, transferId, order)));
    }

    /// @notice The EIP-712 digest an attester signs to reject a transfer.
    function rejectDigest(bytes32 transferId, uint16 reason) external view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(REJECT_TYPEHASH, transferId, reason)));
    }

    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IERC1155Receiver).interfaceId || interfaceId == type(IERC165).interfaceId;
    }

    /// @dev Marks a locked transfer settled before anything leaves (checks,
    /// effects, then interactions).
    function _settle(Transfer calldata t) private returns (bytes32 transferId) {
        transferId = keccak256(abi.encode(t));
        if (_state[transferId] != LOCKED) revert NotLocked(transferId);
        _state[transferId] = SETTLED;
    }

    /// @dev The destination's attester now: a suspended platform has none.
    function _current(Transfer calldata t) private view returns (address attester) {
        attester = registry.attesterOf(t.destination);
        if (attester == address(0)) revert InactiveDestination(t.destination);
    }

    /// @dev A contract recipient must say (ERC-165) that it takes the asset's
    /// kind, or a release to it would fail or strand the asset; currency goes
    /// to anyone but this escrow.
    function _checkReceiver(Kind kind, address token, address recipient) private view {
        if (recipient == address(this) || recipient == token) revert CannotReceive(recipient);
        if (kind == Kind.ERC20 || recipient.code.length == 0) return;
        bytes4 id = kind == Kind.ERC721 ? type(IERC721Receiver).interfaceId : type(IERC1155Receiver).interfaceId;
        if (!ERC165Checker.supportsInterface(recipient, id)) revert CannotReceive(recipient);
    }

    function _checkSigner(bytes32 transferId, bytes32 structHash, bytes calldata signature, address attester)
        private
        view
    {
        address signer = ECDSA.recover(_hashTypedDataV4(structHash), signature);
        if (signer != attester) revert NotAttester(transferId, signer, attester);
    }

    function _send(Transfer calldata t, address to) private {
        if (t.kind == Kind.ERC721) {
            // transferFrom, not safeTransferFrom: no callback into the receiver,
            // and the node only sends to accounts.
            IERC721(t.token).transferFrom(address(this), to, t.id);
        } else if (t.kind == Kind.ERC1155) {
            IERC1155(t.token).safeTransferFrom(address(this), to, t.id, t.amount, "");
        } else {
            IERC20(t.token).safeTransfer(to, t.amount);
        }
    }
}
