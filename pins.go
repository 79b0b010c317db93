//go:build pins

// Package mifm pins, through this file's imports, the module versions later
// layers build on before they import them: boxo and go-multihash for the IPFS
// store (node/ipfs). `make lint` builds it with -tags pins, so the pinned set
// is known to compile together with go-ethereum.
package mifm

import (
	_ "github.com/ipfs/boxo/blockstore"
	_ "github.com/ipfs/boxo/ipld/unixfs/importer"
	_ "github.com/multiformats/go-multihash"
)
