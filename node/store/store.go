// Package store is the node's own state (channels, manifestos, the audit log,
// seen nonces, transfers, treasury sales) in an embedded pebble database in
// the node's home, the engine go-ethereum already links. Every write is
// synced before it returns, so a killed node loses nothing it acknowledged.
// schema.go lists every key prefix, its layout and its value.
package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"strings"
	"syscall"

	"github.com/cockroachdb/pebble/v2"
)

// ErrNotFound is returned by Get for a key that is not stored.
var ErrNotFound = errors.New("not found")

// ErrInUse is returned by Open when another process, or another Open in
// this one, holds the store.
var ErrInUse = errors.New("already in use")

// lockHeld says whether pebble failed to take the store's LOCK file: fcntl
// refuses with EAGAIN or EACCES when another process holds it, and pebble
// itself refuses a second lock in the same process.
func lockHeld(err error) bool {
	if strings.Contains(err.Error(), "lock held by current process") {
		return true
	}
	// Creating the LOCK file fails with a *fs.PathError (a read-only
	// home, say), which is no sign of another holder.
	var pe *fs.PathError
	return !errors.As(err, &pe) && (errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EACCES))
}

// DB is an open node store. It is safe for concurrent use; only one process
// may open a home's store at a time.
type DB struct {
	db *pebble.DB
}

// Open opens (or creates) the store in dir.
func Open(dir string) (*DB, error) {
	db, err := pebble.Open(dir, &pebble.Options{Logger: quietLogger{}})
	if err != nil {
		if lockHeld(err) {
			return nil, fmt.Errorf("open node store %s: %w: %v", dir, ErrInUse, err)
		}
		return nil, fmt.Errorf("open node store %s: %w", dir, err)
	}
	return &DB{db: db}, nil
}

// Close flushes and closes the store.
func (d *DB) Close() error { return d.db.Close() }

// Get returns a copy of the value stored under key.
func (d *DB) Get(key []byte) ([]byte, error) {
	v, closer, err := d.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", key, err)
	}
	defer closer.Close()
	return bytes.Clone(v), nil
}

// Put stores value under key, synced.
func (d *DB) Put(key, value []byte) error {
	if err := d.db.Set(key, value, pebble.Sync); err != nil {
		return fmt.Errorf("write %q: %w", key, err)
	}
	return nil
}

// Batch collects writes that land together or not at all.
type Batch struct {
	b        *pebble.Batch
	released bool
}

// NewBatch starts a batch; Commit or Discard it.
func (d *DB) NewBatch() *Batch { return &Batch{b: d.db.NewBatch()} }

// Put adds a write to the batch.
func (b *Batch) Put(key, value []byte) { _ = b.b.Set(key, value, nil) }

// Delete adds a deletion to the batch.
func (b *Batch) Delete(key []byte) { _ = b.b.Delete(key, nil) }

// Commit writes the batch atomically, synced, and releases it.
func (b *Batch) Commit() error {
	defer b.release()
	if err := b.b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("commit to node store: %w", err)
	}
	return nil
}

// Discard releases a batch without writing it; after Commit it does
// nothing, so `defer batch.Discard()` is safe on every path.
func (b *Batch) Discard() { b.release() }

// release closes the pebble batch once: pebble pools closed batches, and a
// second Close would hand one batch to two writers.
func (b *Batch) release() {
	if !b.released {
		b.released = true
		_ = b.b.Close()
	}
}

// Scan calls fn for each key with prefix, in key order, from start (which
// must have the prefix; nil means the first) until fn returns false.
func (d *DB) Scan(prefix, start []byte, fn func(key, value []byte) bool) error {
	lower := prefix
	if start != nil {
		lower = start
	}
	it, err := d.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: prefixEnd(prefix)})
	if err != nil {
		return fmt.Errorf("scan %q: %w", prefix, err)
	}
	defer it.Close()
	for ok := it.First(); ok; ok = it.Next() {
		if !fn(it.Key(), it.Value()) {
			break
		}
	}
	return it.Error()
}

// Last returns the greatest key with prefix and its value, or ErrNotFound.
func (d *DB) Last(prefix []byte) (key, value []byte, err error) {
	it, err := d.db.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: prefixEnd(prefix)})
	if err != nil {
		return nil, nil, fmt.Errorf("scan %q: %w", prefix, err)
	}
	defer it.Close()
	if !it.Last() {
		if err := it.Error(); err != nil {
			return nil, nil, err
		}
		return nil, nil, ErrNotFound
	}
	return bytes.Clone(it.Key()), bytes.Clone(it.Value()), nil
}

// prefixEnd is the smallest key greater than every key with prefix.
func prefixEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

// quietLogger passes pebble's errors to slog and drops its chatter.
type quietLogger struct{}

func (quietLogger) Infof(string, ...any) {}
func (quietLogger) Errorf(format string, args ...any) {
	slog.Error("node store", "error", fmt.Sprintf(format, args...))
}
func (quietLogger) Fatalf(format string, args ...any) {
	panic(fmt.Sprintf("node store: "+format, args...))
}
