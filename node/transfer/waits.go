package transfer

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// What B waits on, and for how long.
const (
	// sourcesDownFor is how long B answers a transfer's offers at once
	// (503, offer again) after finding every source of its asset down,
	// rather than fetching again for each offer.
	sourcesDownFor = 10 * time.Second
	// importInOffer bounds the import B tries while A waits for its
	// answer; importRound, an import in a resume round.
	importInOffer = 20 * time.Second
	importRound   = 2 * time.Minute
	// importPause is the first pause after a failed import, doubled after
	// each failure up to importPauseMax.
	importPause    = 5 * time.Second
	importPauseMax = 10 * time.Minute
	// maxWaits bounds each map: past it, the oldest entries give way.
	maxWaits = 4096
)

// waits are in memory only: a restarted node asks again at once, which is
// what a restart is for.
type waits struct {
	mu      sync.Mutex
	down    map[common.Hash]time.Time
	imports map[common.Hash]importWait
}

type importWait struct {
	next  time.Time
	pause time.Duration
}

// sourcesDown says whether id's sources were found down and until when B
// answers without asking them again.
func (w *waits) sourcesDown(id common.Hash, now time.Time) (time.Time, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	until, ok := w.down[id]
	if ok && !now.Before(until) {
		delete(w.down, id)
		return time.Time{}, false
	}
	return until, ok
}

func (w *waits) markSourcesDown(id common.Hash, until time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.down == nil {
		w.down = map[common.Hash]time.Time{}
	}
	if len(w.down) >= maxWaits {
		for k, t := range w.down {
			if t.Before(until) {
				delete(w.down, k)
				break
			}
		}
	}
	w.down[id] = until
}

// importDue says whether id's import may be tried now.
func (w *waits) importDue(id common.Hash, now time.Time) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	iw, ok := w.imports[id]
	return !ok || !now.Before(iw.next)
}

// importFailed records a failed import and says when the next try is due.
func (w *waits) importFailed(id common.Hash, now time.Time) time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.imports == nil {
		w.imports = map[common.Hash]importWait{}
	}
	iw, ok := w.imports[id]
	switch {
	case !ok:
		iw.pause = importPause
		if len(w.imports) >= maxWaits {
			for k := range w.imports {
				delete(w.imports, k) // one gives way; it is tried again at once
				break
			}
		}
	case iw.pause < importPauseMax:
		iw.pause = min(2*iw.pause, importPauseMax)
	}
	iw.next = now.Add(iw.pause)
	w.imports[id] = iw
	return iw.next
}

func (w *waits) importDone(id common.Hash) {
	w.mu.Lock()
	defer w.mu.Unlock()
	delete(w.imports, id)
}
