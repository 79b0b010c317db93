package api

// Identity is DIDs and credentials (IDVF, RI-4).
type Identity interface {
}
