// Package collection reads and verifies tokens of ERC-721 and ERC-1155
// collections that mifm did not mint, so that a destination platform can admit
// a platform's existing NFTs as it admits mifm's own Asset721/Asset1155 tokens
// (FGMV-43 7.2.1 ASTF: ownership records, provenance and metadata arrive
// intact; 7.2.3 ASTKF: the token keeps its identifier and metadata).
//
// It does three jobs, each bounded in calls, bytes and time, because the
// collection, its metadata host and its metadata are all chosen by strangers:
//
//   - Inspect reads a token from the chain alone (ASIR-104, ASIR-107): the
//     collection's ERC-165 interfaces (ERC-721 or ERC-1155, the metadata
//     extension, ERC-2981 royalties), that the token exists, its metadata URI
//     (with ERC-1155 {id} substitution) and the collection's provenance (code
//     hash, creation block and transaction, deployer, factory).
//   - FetchMetadata reads the metadata JSON behind a URI (data:, ipfs://,
//     https://) through fetchers the caller gives, and parses it against the
//     ERC-721 / ERC-1155 metadata schemas with hard bounds.
//   - Policy says which outside collections a platform admits (an allow-list
//     by CAIP-2 chain and contract, optionally pinned to a code hash and a
//     deployer, and rules on royalties and metadata), for the "collections"
//     member of a manifesto, and Admit applies it with a reason a user can read.
//
// The package reads; it does not move tokens, pin content or fetch media.
package collection
