package cli

import (
	"fmt"
	"io"
	"time"
)

// progress draws one self-overwriting line on a terminal: bytes read so far
// and the rate, at most ten times a second.
type progress struct {
	w     io.Writer
	name  string
	start time.Time
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer, name string) *progress {
	return &progress{w: w, name: name, start: time.Now()}
}

func (p *progress) update(read int64) {
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last, p.drawn = now, true
	secs := now.Sub(p.start).Seconds()
	fmt.Fprintf(p.w, "\r%s: %.1f MiB, %.0f MiB/s   ", p.name, float64(read)/(1<<20), float64(read)/(1<<20)/max(secs, 1e-3))
}

func (p *progress) done() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
