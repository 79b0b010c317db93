// Package bench holds what measures mifm rather than what mifm is: the
// side-by-side scripts against peer implementations (Kubo, OpenZeppelin,
// geth --dev, @digitalbazaar/vc, did-jwt-vc, ethr-did-resolver, glTF
// Transform, ethers), report.sh
// that gathers their figures into one table, and the test that keeps every Go
// benchmark of the module within a bound of temporary disk.
package bench
