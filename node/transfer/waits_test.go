package transfer

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// B's waits: a transfer whose sources were down is answered at once until
// the pause ends; a failed import waits a pause that doubles up to its cap
// and is forgotten once done; the maps stay bounded.
func TestWaits(t *testing.T) {
	var w waits
	t0 := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	id := common.HexToHash("0x01")

	if _, down := w.sourcesDown(id, t0); down {
		t.Fatal("a transfer never seen is down")
	}
	w.markSourcesDown(id, t0.Add(sourcesDownFor))
	if until, down := w.sourcesDown(id, t0.Add(time.Second)); !down || !until.Equal(t0.Add(sourcesDownFor)) {
		t.Fatalf("a second after: down %v until %s", down, until)
	}
	if _, down := w.sourcesDown(id, t0.Add(sourcesDownFor)); down {
		t.Fatal("still down after the pause")
	}

	if !w.importDue(id, t0) {
		t.Fatal("a first import is not due")
	}
	var pauses []time.Duration
	now := t0
	for range 10 {
		next := w.importFailed(id, now)
		if w.importDue(id, next.Add(-time.Millisecond)) || !w.importDue(id, next) {
			t.Fatalf("import due before %s, or not at it", next)
		}
		pauses = append(pauses, next.Sub(now))
		now = next
	}
	if pauses[0] != importPause || pauses[1] != 2*importPause || pauses[len(pauses)-1] != importPauseMax {
		t.Fatalf("pauses %v: want %s doubling to %s", pauses, importPause, importPauseMax)
	}
	w.importDone(id)
	if !w.importDue(id, t0) {
		t.Fatal("a finished import still waits")
	}

	for i := range maxWaits + 10 {
		h := common.BigToHash(big.NewInt(int64(i) + 2))
		w.markSourcesDown(h, t0.Add(time.Duration(i)*time.Millisecond))
		w.importFailed(h, t0)
	}
	if len(w.down) > maxWaits || len(w.imports) > maxWaits {
		t.Fatalf("%d and %d entries, at most %d each", len(w.down), len(w.imports), maxWaits)
	}
}
