package manage

import (
	"fmt"
	"sync"
	"testing"
)

// A channel's negotiation lock is forgotten when its last holder lets go:
// offers for made-up channel ids must not grow the node's memory.
func TestChannelLocksAreReleased(t *testing.T) {
	s := &Service{}
	for i := range 100 {
		unlock := s.lock(fmt.Sprintf("ch-%d", i))
		unlock()
	}
	if got := s.locks.Len(); got != 0 {
		t.Fatalf("after 100 negotiations the lock map holds %d ids", got)
	}
	var wg sync.WaitGroup
	held := map[string]int{}
	var mu sync.Mutex
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 50 {
				id := fmt.Sprintf("ch-%d", (g+j)%3)
				unlock := s.lock(id)
				mu.Lock()
				held[id]++
				n := held[id]
				mu.Unlock()
				if n != 1 {
					t.Errorf("two holders of %s", id)
				}
				mu.Lock()
				held[id]--
				mu.Unlock()
				unlock()
			}
		}()
	}
	wg.Wait()
	if got := s.locks.Len(); got != 0 {
		t.Fatalf("after concurrent negotiations the lock map holds %d ids", got)
	}
}
