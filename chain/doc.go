// Package chain is mifm's one layer over Ethereum: the backends a node runs on
// (an embedded go-ethereum dev chain persisted in the node's home, or any EVM
// JSON-RPC endpoint), transactions sent from a key in an encrypted keystore
// (nonces, EIP-1559 fees, receipts, decoded reverts), contract deployments
// recorded per chain, and the CAIP identifiers that name chains, accounts and
// assets across platforms (FGMV-43 IDIR-109).
//
// It knows nothing of the node: node modules reach the chain only through it.
package chain
