// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";
import {IERC1155Receiver} from "@openzeppelin/contracts/token/ERC1155/IERC1155Receiver.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {TransientSlot} from "@openzeppelin/contracts/utils/TransientSlot.sol";
import {Wrapped721} from "./Wrapped721.sol";
import {Wrapped1155} from "./Wrapped1155.sol";

/// @notice What the Bridge asks the PlatformRegistry.
interface IChannels {
    /// @notice A channel's attesters (strictly ascending) and how many must
    /// sign; none and 0 if it has none or a platform of it is suspended.
    function channelAttesters(bytes32 channel) external view returns (address[] memory attesters, uint8 threshold);

    /// @notice The direction-independent id of the channel between two platforms.
    function channelId(bytes32 platformA, bytes32 platformB) external pure returns (bytes32);
}

/// @title Bridge
/// @notice Cross-chain NFT moves between platforms (FGMV-43 ASTF across
/// chains): an ERC-721 or ERC-1155 leaves chain X, locked in this contract's
/// custody if it lives on X or burned if it is a wrapped token here, and
/// arrives on chain Y, minted as a wrapped token there or released from
/// custody if it lives on Y. One Bridge per chain plays both sides. A move
/// settles on its destination chain (deliver) or back on its source chain
/// (refund) on the EIP-712 signatures of M of the N attesters the
/// PlatformRegistry names for the channel between its origin and destination
/// platforms.
/// @dev Each chain keeps one state per move id, keccak256(abi.encode(move)):
/// SENT then maybe REFUNDED on the source, DELIVERED on the destination.
/// Attesters sign Deliver only for a move they saw SENT on its source chain,
/// and Refund only after seeing its destination chain pass the deadline
/// without delivering it; the destination refuses delivery after the
/// deadline, so the two exclude each other (and the source refunds only once
/// its own clock has passed the deadline too). A move the destination cannot
/// deliver (a recipient contract refusing ERC-1155s, more metadata than one
/// transaction can write) comes back the same way. Nothing here moves an asset but
/// to a move's recipient or back to its sender: no owner, no admin. The Sent
/// event carries the whole move, so logs alone rebuild every custody and
/// every wrapped supply.
contract Bridge is EIP712, ReentrancyGuardTransient, IERC721Receiver, IERC1155Receiver {
    using TransientSlot for *;

    struct Item {
        uint256 homeChain; // chain id where the original lives
        address homeToken; // the original's contract on homeChain
        uint256 id; // the original's token id
        uint256 amount; // 1 for ERC-721
        string uri; // metadata URI the wrapped token carries (ipfs://CID)
        address royaltyReceiver;
        uint96 royaltyBps;
    }

    struct Move {
        uint256 fromChain; // chain the items leave (locked there, or burned if wrapped)
        address fromBridge;
        uint256 toChain; // chain the items arrive on (minted wrapped, or released if home)
        address toBridge;
        uint8 kind; // 1 ERC-721, 2 ERC-1155
        Item[] items; // 1..MAX_ITEMS
        address sender; // who locks/burns on fromChain
        address recipient; // who receives on toChain
        bytes32 origin; // origin platform id (registry)
        bytes32 destination; // destination platform id
        uint64 deadline; // toChain must deliver by this time (its block.timestamp)
        bytes32 salt; // the terms' hash (rights, visibility, nonce)
    }

    uint8 public constant KIND_ERC721 = 1;
    uint8 public constant KIND_ERC1155 = 2;
    uint8 public constant SENT = 1;
    uint8 public constant DELIVERED = 2;
    uint8 public constant REFUNDED = 3;
    uint256 public constant MAX_ITEMS = 100;
    /// @notice Longest URI an item may carry: a wrapped token's record (the
    /// URI and 84 bytes of origin) must fit in a contract's code (EIP-170).
    uint256 public constant MAX_URI_BYTES = 24_000;
    /// @notice Longest a move may wait for its destination.
    uint64 public constant MAX_WAIT = 30 days;
    bytes32 public constant DELIVER_TYPEHASH = keccak256("Deliver(bytes32 move)");
    bytes32 public constant REFUND_TYPEHASH = keccak256("Refund(bytes32 move)");
    /// @dev ERC-2981's denominator: 10,000 basis points.
    uint96 private constant MAX_BPS = 10_000;
    /// @dev Transient: the ERC-1155 contract `send` is pulling from, whose
    /// onERC1155Received callback is the pull's own and locks nothing.
    bytes32 private constant PULLING_SLOT = keccak256("mifm.Bridge.pulling");

    IChannels public immutable registry;
    Wrapped721 public immutable wrapped721;
    Wrapped1155 public immutable wrapped1155;

    mapping(bytes32 moveId => uint8) private _state;
    /// @dev Custody is kept per channel: a channel's attesters can release
    /// only what moves of their own channel locked, never what other
    /// channels' users sent. Wrapped ids stay global (homeChain, homeToken,
    /// homeId), so colluding attesters of another channel can mint a wrapped
    /// token of an original they never received; it can only go home
    /// through their own channel, whose custody does not hold the original.
    mapping(bytes32 channel => mapping(address token => mapping(uint256 id => uint256))) private _custody;

    error ZeroAddress();
    error NotSender(address caller, address sender);
    error WrongBridge(uint256 chainId, address bridge);
    error SameChain(uint256 chainId);
    error BadKind(uint8 kind);
    error BadItemCount(uint256 count);
    error BadAmount(uint256 index, uint256 amount);
    error BadRoyalty(uint256 index);
    error URITooLong(uint256 index, uint256 length);
    error BadRecipient(address recipient);
    error BadDeadline(uint64 deadline, uint256 latest);
    error NoAttesters(bytes32 channel);
    error MoveExists(bytes32 moveId, uint8 state);
    error NotSent(bytes32 moveId, uint8 state);
    error DeadlinePassed(bytes32 moveId, uint64 deadline);
    error DeadlineNotReached(bytes32 moveId, uint64 deadline);
    error NotEnoughAttestations(bytes32 moveId, uint256 valid, uint256 threshold);
    error NotAttester(address signer);
    error SignersNotAscending();
    error InsufficientCustody(address token, uint256 id, uint256 held, uint256 wanted);
    error WrappedRecordMismatch(uint256 index);
    error ItemsMismatch();
    error NotAnOriginal(uint256 index);
    error Unsolicited();

    event Sent(bytes32 indexed moveId, address indexed sender, bytes32 indexed destination, Move move);
    event Delivered(bytes32 indexed moveId, address indexed recipient, address submitter);
    event Refunded(bytes32 indexed moveId, address indexed sender);

    constructor(IChannels registry_) EIP712("mifm Bridge", "1") {
        if (address(registry_) == address(0)) revert ZeroAddress();
        registry = registry_;
        wrapped721 = new Wrapped721(address(this));
        wrapped1155 = new Wrapped1155(address(this));
    }

    /// @notice Sends a move from this chain: pulls each original into custody
    /// (ERC-721: the sender has approved this contract; ERC-1155: it is an
    /// approved operator) and burns each wrapped token. Only the move's
    /// sender may send it.
    function send(Move calldata m) external nonReentrant returns (bytes32 id) {
        if (msg.sender != m.sender) revert NotSender(msg.sender, m.sender);
        return _send(m, true);
    }

    /// @notice Locks one ERC-721 sent with safeTransferFrom, no approval
    /// needed: data is abi.encode(Move) with this token as its one item.
    function onERC721Received(address, address from, uint256 tokenId, bytes calldata data)
        external
        nonReentrant
        returns (bytes4)
    {
        Move memory m = _decode(data);
        if (m.kind != KIND_ERC721 || m.items.length != 1 || from != m.sender) revert ItemsMismatch();
        _checkArrived(m.items[0], tokenId, 1);
        _send(m, false);
        return IERC721Receiver.onERC721Received.selector;
    }

    /// @notice Locks ERC-1155 editions sent with safeTransferFrom: data is
    /// abi.encode(Move) with exactly what arrived as its one item. The
    /// callback of send's own pull locks nothing more.
    function onERC1155Received(address, address from, uint256 id, uint256 value, bytes calldata data)
        external
        returns (bytes4)
    {
        if (PULLING_SLOT.asAddress().tload() == msg.sender && msg.sender != address(0)) {
            return IERC1155Receiver.onERC1155Received.selector;
        }
        _lock1155Single(from, id, value, data);
        return IERC1155Receiver.onERC1155Received.selector;
    }

    /// @notice Locks ERC-1155 editions sent with safeBatchTransferFrom: data is
    /// abi.encode(Move) whose items are exactly what arrived, in order.
    function onERC1155BatchReceived(
        address,
        address from,
        uint256[] calldata ids,
        uint256[] calldata values,
        bytes calldata data
    ) external nonReentrant returns (bytes4) {
        Move memory m = _decode(data);
        uint256 n = ids.length;
        if (m.kind != KIND_ERC1155 || m.items.length != n || from != m.sender) revert ItemsMismatch();
        for (uint256 i = 0; i < n; ++i) {
            _checkArrived(m.items[i], ids[i], values[i]);
        }
        _send(m, false);
        return IERC1155Receiver.onERC1155BatchReceived.selector;
    }

    /// @notice Delivers a move on its destination chain, on `threshold` of
    /// its channel's attesters' EIP-712 `Deliver` signatures (signers strictly
    /// ascending), by the deadline: originals leave custody for the
    /// recipient, everything else is minted to it wrapped. Anyone may submit.
    function deliver(Move calldata m, bytes[] calldata signatures) external nonReentrant {
        bytes32 id = keccak256(abi.encode(m));
        if (m.toChain != block.chainid || m.toBridge != address(this)) revert WrongBridge(m.toChain, m.toBridge);
        uint8 state = _state[id];
        if (state != 0) revert MoveExists(id, state);
        if (block.timestamp > m.deadline) revert DeadlinePassed(id, m.deadline);
        _state[id] = DELIVERED;
        bytes32 channel = _verify(id, keccak256(abi.encode(DELIVER_TYPEHASH, id)), m.origin, m.destination, signatures);
        emit Delivered(id, m.recipient, msg.sender);
        _arrive(m, channel, m.recipient);
    }

    /// @notice Gives a sent move back to its sender on its source chain, on
    /// `threshold` of its channel's attesters' EIP-712 `Refund` signatures,
    /// once this chain's clock too has passed the deadline: originals leave
    /// custody, wrapped tokens are minted again with the move's URI and
    /// royalty.
    function refund(Move calldata m, bytes[] calldata signatures) external nonReentrant {
        bytes32 id = keccak256(abi.encode(m));
        uint8 state = _state[id];
        if (state != SENT) revert NotSent(id, state);
        if (block.timestamp <= m.deadline) revert DeadlineNotReached(id, m.deadline);
        _state[id] = REFUNDED;
        bytes32 channel = _verify(id, keccak256(abi.encode(REFUND_TYPEHASH, id)), m.origin, m.destination, signatures);
        emit Refunded(id, m.sender);
        _arrive(m, channel, m.sender);
    }

    /// @notice The id of a move: keccak256(abi.encode(m)).
    function moveId(Move calldata m) external pure returns (bytes32) {
        return keccak256(abi.encode(m));
    }

    /// @notice 0 unknown, 1 sent (from here), 2 delivered (here), 3 refunded (here).
    function stateOf(bytes32 id) external view returns (uint8) {
        return _state[id];
    }

    /// @notice How much of an original this Bridge holds for wrapped tokens
    /// elsewhere that moves of `channel` (the registry's channelId) locked.
    function custodyOf(bytes32 channel, address token, uint256 id) external view returns (uint256) {
        return _custody[channel][token][id];
    }

    /// @notice The EIP-712 digest an attester signs to deliver a move here.
    function deliverDigest(bytes32 id) external view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(DELIVER_TYPEHASH, id)));
    }

    /// @notice The EIP-712 digest an attester signs to refund a move sent from here.
    function refundDigest(bytes32 id) external view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(REFUND_TYPEHASH, id)));
    }

    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IERC1155Receiver).interfaceId || interfaceId == type(IERC721Receiver).interfaceId
            || interfaceId == type(IERC165).interfaceId;
    }

    /// @dev The single-edition callback's lock, guarded like every entry point.
    function _lock1155Single(address from, uint256 id, uint256 value, bytes calldata data) private nonReentrant {
        Move memory m = _decode(data);
        if (m.kind != KIND_ERC1155 || m.items.length != 1 || from != m.sender) revert ItemsMismatch();
        _checkArrived(m.items[0], id, value);
        _send(m, false);
    }

    function _decode(bytes calldata data) private pure returns (Move memory) {
        if (data.length == 0) revert Unsolicited();
        return abi.decode(data, (Move));
    }

    /// @dev An item that arrived by callback is an original of this chain,
    /// of the calling contract, exactly the id and amount that arrived.
    function _checkArrived(Item memory it, uint256 id, uint256 amount) private view {
        if (it.homeChain != block.chainid || it.homeToken != msg.sender || it.id != id || it.amount != amount) {
            revert ItemsMismatch();
        }
    }

    /// @dev Checks a move leaving this chain, records it SENT and its
    /// originals in its channel's custody, then (pull: from `send`) takes
    /// the originals and burns the wrapped tokens, each only if the move
    /// carries its record's URI and royalty; by callback, the originals are
    /// here already.
    function _send(Move memory m, bool pull) private returns (bytes32 id) {
        if (m.fromChain != block.chainid || m.fromBridge != address(this)) revert WrongBridge(m.fromChain, m.fromBridge);
        if (m.toChain == block.chainid) revert SameChain(m.toChain);
        if (m.toBridge == address(0)) revert ZeroAddress();
        if (m.recipient == address(0) || m.recipient == m.toBridge) revert BadRecipient(m.recipient);
        if (m.kind != KIND_ERC721 && m.kind != KIND_ERC1155) revert BadKind(m.kind);
        uint256 n = m.items.length;
        if (n == 0 || n > MAX_ITEMS) revert BadItemCount(n);
        uint256 latest = block.timestamp + MAX_WAIT;
        if (m.deadline <= block.timestamp || m.deadline > latest) revert BadDeadline(m.deadline, latest);
        bytes32 channel = registry.channelId(m.origin, m.destination);
        (, uint8 threshold) = registry.channelAttesters(channel);
        if (threshold == 0) revert NoAttesters(channel);
        id = keccak256(abi.encode(m));
        uint8 state = _state[id];
        if (state != 0) revert MoveExists(id, state);
        _state[id] = SENT;
        for (uint256 i = 0; i < n; ++i) {
            Item memory it = m.items[i];
            if (it.amount == 0 || (m.kind == KIND_ERC721 && it.amount != 1)) revert BadAmount(i, it.amount);
            if (it.royaltyBps > MAX_BPS || (it.royaltyReceiver == address(0) && it.royaltyBps != 0)) {
                revert BadRoyalty(i);
            }
            if (bytes(it.uri).length > MAX_URI_BYTES) revert URITooLong(i, bytes(it.uri).length);
            if (it.homeChain != block.chainid) continue;
            // A wrapped token leaves by burning, under its original's home:
            // locked as an original of here, it would be wrapped twice.
            if (it.homeToken == address(wrapped721) || it.homeToken == address(wrapped1155)) revert NotAnOriginal(i);
            _custody[channel][it.homeToken][it.id] += it.amount;
        }
        emit Sent(id, m.sender, m.destination, m);
        if (!pull) return id;
        for (uint256 i = 0; i < n; ++i) {
            Item memory it = m.items[i];
            if (it.homeChain != block.chainid) {
                uint256 wid = _wrappedId(it);
                if (m.kind == KIND_ERC721) {
                    (address receiver, uint256 bps) = wrapped721.royaltyInfo(wid, MAX_BPS);
                    _checkRecord(i, it, wrapped721.tokenURI(wid), receiver, bps);
                    wrapped721.burn(m.sender, wid, 1);
                } else {
                    (address receiver, uint256 bps) = wrapped1155.royaltyInfo(wid, MAX_BPS);
                    _checkRecord(i, it, wrapped1155.uri(wid), receiver, bps);
                    wrapped1155.burn(m.sender, wid, it.amount);
                }
            } else if (m.kind == KIND_ERC721) {
                // transferFrom: no callback, the sender approved this contract.
                IERC721(it.homeToken).transferFrom(m.sender, address(this), it.id);
            } else {
                PULLING_SLOT.asAddress().tstore(it.homeToken);
                IERC1155(it.homeToken).safeTransferFrom(m.sender, address(this), it.id, it.amount, "");
                PULLING_SLOT.asAddress().tstore(address(0));
            }
        }
    }

    /// @dev A wrapped item leaves with the URI and royalty its token carries
    /// (for ERC-1155 the id's record, shared by its holders): a refund mints
    /// it again, and a delivery elsewhere wraps it, with the move's values.
    function _checkRecord(uint256 i, Item memory it, string memory uri, address receiver, uint256 bps)
        private
        pure
    {
        if (
            keccak256(bytes(it.uri)) != keccak256(bytes(uri)) || it.royaltyReceiver != receiver
                || it.royaltyBps != bps
        ) revert WrappedRecordMismatch(i);
    }

    /// @dev The wrapped id of an item, as Wrapped721 and Wrapped1155 compute it.
    function _wrappedId(Item memory it) private pure returns (uint256) {
        return uint256(keccak256(abi.encode(it.homeChain, it.homeToken, it.id)));
    }

    /// @dev Sends a settled move's items to `to`: originals out of the
    /// custody of the move's channel, the rest minted wrapped, in one call
    /// whose records share data contracts.
    function _arrive(Move calldata m, bytes32 channel, address to) private {
        uint256 n = m.items.length;
        uint256 wrapped = 0;
        for (uint256 i = 0; i < n; ++i) {
            Item calldata it = m.items[i];
            if (it.homeChain != block.chainid) {
                ++wrapped;
                continue;
            }
            uint256 held = _custody[channel][it.homeToken][it.id];
            if (held < it.amount) revert InsufficientCustody(it.homeToken, it.id, held, it.amount);
            unchecked {
                _custody[channel][it.homeToken][it.id] = held - it.amount;
            }
            if (m.kind == KIND_ERC721) {
                // transferFrom, not safeTransferFrom: a recipient contract
                // refusing the callback would strand the move.
                IERC721(it.homeToken).transferFrom(address(this), to, it.id);
            } else {
                IERC1155(it.homeToken).safeTransferFrom(address(this), to, it.id, it.amount, "");
            }
        }
        if (wrapped == 0) return;
        if (wrapped == n) {
            _mintWrapped(m.kind, to, m.items);
            return;
        }
        Item[] memory items = new Item[](wrapped);
        uint256 j = 0;
        for (uint256 i = 0; i < n; ++i) {
            if (m.items[i].homeChain != block.chainid) items[j++] = m.items[i];
        }
        _mintWrapped(m.kind, to, items);
    }

    function _mintWrapped(uint8 kind, address to, Item[] memory items) private {
        if (kind == KIND_ERC721) wrapped721.mintBatch(to, items);
        else wrapped1155.mintBatch(to, items);
    }

    /// @dev Checks the attestations of a move: 65-byte ECDSA signatures of
    /// the EIP-712 digest of `structHash`, signers strictly ascending (no
    /// one counts twice), each an attester of the channel now, at least its
    /// threshold of them. Returns the channel.
    function _verify(
        bytes32 id,
        bytes32 structHash,
        bytes32 origin,
        bytes32 destination,
        bytes[] calldata signatures
    ) private view returns (bytes32 channel) {
        channel = registry.channelId(origin, destination);
        (address[] memory attesters, uint8 threshold) = registry.channelAttesters(channel);
        if (threshold == 0) revert NoAttesters(channel);
        bytes32 digest = _hashTypedDataV4(structHash);
        address last;
        uint256 n = signatures.length;
        for (uint256 i = 0; i < n; ++i) {
            address signer = ECDSA.recoverCalldata(digest, signatures[i]);
            if (signer <= last) revert SignersNotAscending();
            last = signer;
            if (!_contains(attesters, signer)) revert NotAttester(signer);
        }
        if (n < threshold) revert NotEnoughAttestations(id, n, threshold);
    }

    function _contains(address[] memory set, address a) private pure returns (bool) {
        for (uint256 i = 0; i < set.length; ++i) {
            if (set[i] == a) return true;
        }
        return false;
    }
}
