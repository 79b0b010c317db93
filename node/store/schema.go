package store

// The node store's layout, the way go-ethereum's core/rawdb/schema.go lists
// its database: every key the node writes starts with one of these, and
// each package builds its keys from the constant here, never from a literal
// of its own, so a reader sees the whole database at once and two packages
// can't share a key space by accident (TestSchemaPrefixesDoNotOverlap).
//
// Key parts are joined without separators unless the layout shows one; a
// <role> is "outgoing" or "incoming", an <id> a 0x-prefixed hex hash as
// common.Hash.Hex writes it, a <u64> 8 bytes big-endian (so keys sort by it).
//
// Not in this store: IPFS blocks and pins live in the content store's own
// datastore (node/ipfs, boxo's pinner), the chain in its own database.
const (
	// AuditPrefix + <seq u64> → audit.Entry JSON: the hash-chained
	// operation log (node/audit), in sequence order so the last key is the
	// head.
	AuditPrefix = "audit/"

	// NonceByIDPrefix + <id> → <expiry u64, Unix seconds>: an RE request
	// nonce already used (node/re); <id> is 32 hex digits of
	// SHA-256(sender DID, 0, nonce).
	NonceByIDPrefix = "nonce/id/"
	// NonceByExpiryPrefix + <expiry u64> + <id> → empty: the same nonces
	// by expiry, so pruning reads only the expired ones (node/re).
	NonceByExpiryPrefix = "nonce/exp/"

	// ManifestoKey → the platform's signed manifesto as a compact JWS
	// (node/manage, FGMV-43 9.5 step 1). A single key, not a prefix.
	ManifestoKey = "manifesto/self"
	// ChannelPrefix + <channel id> → manage.Channel JSON (node/manage).
	ChannelPrefix = "channel/"

	// TransferPrefix + <role> + "/" + <id> → transfer.Record JSON: one
	// transfer as this node keeps it (node/transfer, ASTF and ASEF).
	TransferPrefix = "transfer/"
	// TransferLivePrefix + <role> + "/" + <id> → empty: the transfers not
	// in a final state, written in the batch that writes their record, so
	// the resume loop reads these few instead of every record ever made.
	TransferLivePrefix = "transfer-live/"
	// TransferLiveIndexedKey → "1" once TransferLivePrefix was built from
	// the records: a store written before the index existed has records
	// and no index, and gets it built once.
	TransferLiveIndexedKey = "schema/transfer-live-indexed"
	// TransferMovedPrefix + <old id> → <new id, 32 bytes>: an outgoing
	// transfer whose id changed when the chain locked another amount (a
	// fee on transfer), written in the batch that moves its record, so an
	// idempotency key naming the old id finds it (node/transfer).
	TransferMovedPrefix = "transfer-moved/"

	// TreasurySalesPrefix + <currency code> + "/" + <at u64, Unix
	// nanoseconds> + <order hash, 32 bytes> → the sale's JSON: what the
	// treasury sold through exchange orders, for its limits (node/transfer).
	TreasurySalesPrefix = "treasury/sales/"

	// SecondDevicePrefix + <wallet address, 0x hex> → the address of the
	// wallet holder's second device, whose signature a consent above the
	// platform's threshold also needs (node/transfer, ASIR-106).
	SecondDevicePrefix = "wallet/second-device/"

	// CrossChainPrefix + <role> + "/" + <id> → crosschain.Record JSON: one
	// NFT move between two chains as this node keeps it (node/crosschain).
	CrossChainPrefix = "move/"

	// AnchorSubjectPrefix + <subject> → anchor.Subject JSON: a versioned
	// subject's head, home, holders and open conflict (node/anchor).
	AnchorSubjectPrefix = "anchor/subject/"
	// AnchorVersionPrefix + <CID> → anchor.Record JSON: one version
	// document with where it stands (node/anchor).
	AnchorVersionPrefix = "anchor/version/"
	// AnchorHistoryPrefix + <subject> + 0x00 + <seq u64> + <CID> → empty:
	// a subject's versions in sequence order (node/anchor).
	AnchorHistoryPrefix = "anchor/history/"
	// AnchorPendingPrefix + <u64> → anchor.Pending JSON: a leaf waiting
	// for the next batch, in the order queued (node/anchor).
	AnchorPendingPrefix = "anchor/pending/"
	// AnchorQueueKey → <u64>: the last pending number given (node/anchor).
	AnchorQueueKey = "anchor/queue"
	// AnchorBatchPrefix + <batch u64> → anchor.Batch JSON: a sealed batch,
	// anchored or about to be (node/anchor).
	AnchorBatchPrefix = "anchor/batch/"
	// AnchorLeafPrefix + <CID> → anchor.Placement JSON: the batch and
	// value index of a version's leaf (node/anchor).
	AnchorLeafPrefix = "anchor/leaf/"
	// AnchorSyncPrefix + <peer DID> + 0x00 + <CID> → the subject: a
	// version whose sync to that platform failed, retried until it
	// arrives (node/core).
	AnchorSyncPrefix = "anchor/sync/"

	// IdentityMigrationPrefix + <role> + "/" + <id> → identity.Migration
	// JSON: one identity migration, outgoing or incoming (node/identity).
	IdentityMigrationPrefix = "identity/migration/"
	// IdentityOpenPrefix + <peer DID> + 0x00 + <id> → <expiry, RFC 3339>:
	// the offers a partner has not answered yet, counted against its
	// bound without reading every migration (node/identity).
	IdentityOpenPrefix = "identity/open/"
	// IdentityUpdatePrefix + <id> → identity.Update JSON: an identity
	// update waiting for its holder's signature (node/identity).
	IdentityUpdatePrefix = "identity/update/"

	// AvatarMigrationPrefix + <role> + "/" + <id> → avatar.Migration
	// JSON: an avatar's trip to another platform, as the home, the
	// destination or a bridge keeps it (node/avatar).
	AvatarMigrationPrefix = "avatar/migration/"

	// IdempotencyPrefix + <operation> + 0x00 + <key> → idempotency.Entry
	// JSON: the request an RI client's Idempotency-Key was first used for,
	// what it started and its answer (node/idempotency).
	IdempotencyPrefix = "idempotency/"
)

// Schema lists every prefix and single key above, for the test that no two
// overlap and for tools that walk the store.
func Schema() []string {
	return []string{
		AuditPrefix,
		NonceByIDPrefix, NonceByExpiryPrefix,
		ManifestoKey, ChannelPrefix,
		TransferPrefix, TransferLivePrefix, TransferLiveIndexedKey, TransferMovedPrefix,
		TreasurySalesPrefix,
		SecondDevicePrefix, CrossChainPrefix,
		AnchorSubjectPrefix, AnchorVersionPrefix, AnchorHistoryPrefix, AnchorPendingPrefix,
		AnchorQueueKey, AnchorBatchPrefix, AnchorLeafPrefix, AnchorSyncPrefix,
		IdentityMigrationPrefix, IdentityOpenPrefix, IdentityUpdatePrefix,
		AvatarMigrationPrefix,
		IdempotencyPrefix,
	}
}
