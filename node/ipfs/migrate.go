package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
)

// Migrated is what a copy of a store's pinned content into another did.
type Migrated struct {
	// Roots are the pinned roots of the source: recursive and direct.
	Roots int `json:"roots"`
	// Copied roots were streamed this time; Skipped ones were pinned in
	// the destination already (by an earlier, interrupted run).
	Copied  int `json:"copied"`
	Skipped int `json:"skipped"`
	// Blocks and New count the blocks streamed and those the destination
	// did not hold before; Bytes is the streamed CAR's size.
	Blocks int     `json:"blocks"`
	New    int     `json:"new"`
	Bytes  int64   `json:"bytes"`
	Ms     float64 `json:"ms"`
}

// CopyTo copies every DAG pinned in s into dst and pins it there: the
// embedded store's content moving into an external Kubo. Each recursively
// pinned DAG streams as a CAR into dst's import, which checks every block
// against its CID on arrival and pins the root only once the whole DAG is
// there; a directly pinned block is copied alone. A root whose DAG dst holds
// whole already is pinned there and skipped, so a copy cut short (Kubo
// killed, Ctrl-C) resumes where it stopped when run again. progress, if not nil, is called after
// each root.
func (s *Store) CopyTo(ctx context.Context, dst *Store, progress func(root cid.Cid, m Migrated)) (Migrated, error) {
	start := time.Now()
	var m Migrated
	recursive, direct, err := s.back.roots(ctx)
	if err != nil {
		return m, fmt.Errorf("migrate: list pins: %w", err)
	}
	m.Roots = len(recursive) + len(direct)
	step := func(root cid.Cid) {
		m.Ms = float64(time.Since(start).Microseconds()) / 1000
		if progress != nil {
			progress(root, m)
		}
	}
	for _, root := range recursive {
		// A DAG the destination holds whole already (an earlier run's, or
		// another user's) only needs this node's pin: an offline pin
		// succeeds exactly then.
		if err := dst.back.pin(ctx, root, true); err == nil {
			m.Skipped++
			step(root)
			continue
		} else if !ipld.IsNotFound(err) {
			return m, fmt.Errorf("migrate %s: %w", root, err)
		}
		imp, n, err := s.streamDAG(ctx, root, dst)
		if err != nil {
			return m, fmt.Errorf("migrate %s: %w", root, err)
		}
		m.Copied++
		m.Blocks += imp.Blocks
		m.New += imp.New
		m.Bytes += n
		step(root)
	}
	for _, c := range direct {
		if err := dst.back.pin(ctx, c, false); err == nil {
			m.Skipped++
			step(c)
			continue
		} else if !ipld.IsNotFound(err) {
			return m, fmt.Errorf("migrate %s: %w", c, err)
		}
		data, err := s.GetBlock(ctx, c)
		if err != nil {
			return m, fmt.Errorf("migrate %s: %w", c, err)
		}
		if err := dst.PutBlock(ctx, c, data); err != nil {
			return m, fmt.Errorf("migrate %s: %w", c, err)
		}
		m.Copied++
		m.Blocks++
		m.New++
		m.Bytes += int64(len(data))
		step(c)
	}
	m.Ms = float64(time.Since(start).Microseconds()) / 1000
	return m, nil
}

// streamDAG exports root's DAG from s and imports it into dst as it is
// written, through a pipe: the whole DAG is never held in memory.
func (s *Store) streamDAG(ctx context.Context, root cid.Cid, dst *Store) (Imported, int64, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pr, pw := io.Pipe()
	counted := &countingWriter{w: pw}
	exported := make(chan error, 1)
	go func() {
		_, err := s.Export(ctx, root, counted)
		pw.CloseWithError(err)
		exported <- err
	}()
	imp, err := dst.Import(ctx, pr)
	cancel()
	pr.CloseWithError(errImportEnded)
	if eerr := <-exported; eerr != nil && !errors.Is(eerr, context.Canceled) && !errors.Is(eerr, errImportEnded) {
		return imp, counted.n, eerr // the source's failure, not the import's
	}
	if err != nil {
		return imp, counted.n, err
	}
	if len(imp.Pinned) != 1 || !imp.Pinned[0].Equals(root) {
		return imp, counted.n, fmt.Errorf("%w: the destination did not pin it whole", ErrNotFound)
	}
	return imp, counted.n, nil
}

// errImportEnded ends an export whose import stopped reading.
var errImportEnded = errors.New("import ended")

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
