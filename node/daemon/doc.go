// Package daemon serves an opened node core (node/core) to the world: the
// RI listener for the node's own platform (bearer token or mTLS, FGMV-43's
// RI reference points) and the RE listener for other platforms' nodes
// (signed requests, RE reference points), TLS, the one route table both
// are served from and the OpenAPI document generated from it, per-peer
// limits, and the loop that resumes transfers in flight. It wires no
// service itself: core.Open does.
package daemon
