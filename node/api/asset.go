package api

// Assets is tokenizing (ASTKF, RI-2): mint, batches, show, holdings, history.
type Assets interface {
}
