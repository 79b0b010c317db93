package api

// Content is the content store (COSF, RI-3).
type Content interface {
}
