// Package testnet runs mifm as separate processes on one machine: run.sh
// brings up a chain and three nodes (A, B and a bridge) on loopback, and the
// package's tests drive them end to end through FGMV-43 9.5 and 9.2, killing
// nodes to check recovery. kubo/, process/, walletjs/ (a user's own ethers
// wallet) and merklejs/ (OpenZeppelin's merkle-tree, the outside peer of the
// anchored Merkle batches) are the helpers those tests and others share. The
// scenario `mifm demo` runs lives in package demo: the shipped binary links
// nothing from here.
package testnet
