package store

import "sync"

// Locks serialise writers of one record at a time (a channel's
// negotiation, a transfer's state changes) while others proceed. An id's
// lock lives only while someone holds or waits for it, so ids a stranger
// makes up leave nothing behind.
type Locks[K comparable] struct {
	mu sync.Mutex
	m  map[K]*recordLock
}

type recordLock struct {
	sync.Mutex
	refs int // holders and waiters, under Locks.mu
}

// Lock takes id's lock; the returned unlock releases it (calling it again
// does nothing).
func (l *Locks[K]) Lock(id K) (unlock func()) {
	l.mu.Lock()
	if l.m == nil {
		l.m = map[K]*recordLock{}
	}
	m, ok := l.m[id]
	if !ok {
		m = &recordLock{}
		l.m[id] = m
	}
	m.refs++
	l.mu.Unlock()
	m.Lock()
	var once sync.Once
	return func() {
		once.Do(func() {
			m.Unlock()
			l.mu.Lock()
			if m.refs--; m.refs == 0 {
				delete(l.m, id)
			}
			l.mu.Unlock()
		})
	}
}

// Len is how many ids have a lock now.
func (l *Locks[K]) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.m)
}
