package api

// Events is the platform's notifications (FGMV-43 9.2 steps 6, 7, 9).
type Events interface {
}
