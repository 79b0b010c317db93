package store

import (
	"errors"
	"fmt"
	"sync"
	"testing"
)

// A second open of a held store says it is in use (the CLI then asks
// whether a node runs on the home), and the store opens again once closed.
func TestOpenOfAHeldStoreSaysInUse(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); !errors.Is(err, ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(dir)
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	again.Close()
}

// A batch deferred to Discard and then committed is released once: pebble
// pools closed batches, and a double Close handed one batch to two writers.
func TestBatchCommitThenDiscard(t *testing.T) {
	db, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				b := db.NewBatch()
				b.Put([]byte(fmt.Sprintf("k/%d/%d", w, i)), []byte("v"))
				if err := b.Commit(); err != nil {
					t.Error(err)
				}
				b.Discard()
			}
		}()
	}
	wg.Wait()
	n := 0
	_ = db.Scan([]byte("k/"), nil, func(_, _ []byte) bool { n++; return true })
	if n != 800 {
		t.Fatalf("%d keys, want 800", n)
	}
}
