// Package did will hold DID methods and resolution (did:key, did:ethr,
// did:web) and W3C verifiable credentials and presentations for the FGMV-43
// IDVF and IDSF functions, on aries-framework-go v0.3.2 (see DESIGN.md).
//
// It holds no code yet: the identity issue builds it on the chain layer.
// chain/ and did/ know nothing of the node; node/identity uses both.
package did
