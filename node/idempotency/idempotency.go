// Package idempotency keeps the idempotency keys of the RI operations that
// move value (transfer.start, transfer.prepare, exchange.swap, asset.mint),
// so that a request sent again after its answer was lost (the node killed
// mid-request, a connection cut) gets the first request's outcome instead
// of a second transfer, swap or mint. A client (the CLI makes one key per
// invocation) sends the key in the Idempotency-Key header, as payment APIs
// take it; a different request under a key already used is refused.
//
// An operation claims its key, records what it starts (the transfer id,
// the order it fills) before the first side effect, and its answer when it
// is done, each write synced with the node's store. A request sent again
// finds the answer, or what was started and asks the chain or the record
// how it went; a request that failed before starting anything leaves no
// trace, so the same key can carry the corrected request.
package idempotency

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/mifm/mifm/node/store"
)

// Header is the HTTP header that carries a key.
const Header = "Idempotency-Key"

// MaxKey bounds a key's length.
const MaxKey = 255

// TTL is how long a key is remembered: a request sent again after that is
// a new request.
const TTL = 24 * time.Hour

// Errors callers branch on.
var (
	// ErrBadKey is a key that is empty, too long or not printable ASCII.
	ErrBadKey = errors.New("invalid idempotency key")
	// ErrKeyReused is a key already used, within TTL, for another request.
	ErrKeyReused = errors.New("idempotency key already used for a different request")
)

// Entry is what the store keeps of one key.
type Entry struct {
	Op string `json:"op"`
	// Fingerprint is the SHA-256 of the request's JSON.
	Fingerprint string    `json:"fingerprint"`
	Created     time.Time `json:"created"`
	// Started is what the request started, written before its first side
	// effect: a transfer id, a signed order.
	Started json.RawMessage `json:"started,omitempty"`
	// Result is the answer, once the request finished.
	Result json.RawMessage `json:"result,omitempty"`
}

// Keys is the node's key store. The zero value is not usable: DB is
// required.
type Keys struct {
	DB  *store.DB
	Now func() time.Time

	locks store.Locks[string]

	sweepMu   sync.Mutex
	lastSweep time.Time
}

// sweepEvery is how often Claim removes the entries older than TTL.
const sweepEvery = time.Hour

// Sweep removes the entries older than TTL: a client's keys cost the node
// a day of storage, not forever. Claim runs it once an hour.
func (k *Keys) Sweep() (removed int, err error) {
	cutoff := k.now().Add(-TTL)
	b := k.DB.NewBatch()
	defer b.Discard()
	err = k.DB.Scan([]byte(store.IdempotencyPrefix), nil, func(key, value []byte) bool {
		var e Entry
		if json.Unmarshal(value, &e) != nil || e.Created.Before(cutoff) {
			b.Delete(bytes.Clone(key))
			removed++
		}
		return true
	})
	if err != nil {
		return 0, fmt.Errorf("sweep idempotency keys: %w", err)
	}
	if removed == 0 {
		return 0, nil
	}
	if err := b.Commit(); err != nil {
		return 0, fmt.Errorf("sweep idempotency keys: %w", err)
	}
	return removed, nil
}

func (k *Keys) maybeSweep() {
	k.sweepMu.Lock()
	due := k.now().Sub(k.lastSweep) >= sweepEvery
	if due {
		k.lastSweep = k.now()
	}
	k.sweepMu.Unlock()
	if due {
		_, _ = k.Sweep() // a failed sweep leaves entries for the next one
	}
}

// CheckKey refuses a key that cannot be one: empty, longer than MaxKey, or
// with a byte outside printable ASCII.
func CheckKey(key string) error {
	if key == "" || len(key) > MaxKey {
		return fmt.Errorf("%w: want 1 to %d printable ASCII characters without spaces, e.g. a UUID, got %d characters", ErrBadKey, MaxKey, len(key))
	}
	for i := 0; i < len(key); i++ {
		if key[i] < 0x21 || key[i] > 0x7e {
			return fmt.Errorf("%w: character %d is %#x; use printable ASCII without spaces, e.g. a UUID", ErrBadKey, i+1, key[i])
		}
	}
	return nil
}

// Claim is one request's hold on its key until Release.
type Claim struct {
	k      *Keys
	dbKey  []byte
	entry  Entry
	known  bool // the key was used before for this request
	unlock func()
}

// Claim takes op's key for req: requests with the same key wait for each
// other. With key "" it returns a nil Claim, whose methods do nothing, so
// callers need not branch. A key used before for another request (another
// fingerprint) is refused with ErrKeyReused.
func (k *Keys) Claim(op, key string, req any) (*Claim, error) {
	if key == "" || k == nil {
		return nil, nil
	}
	if err := CheckKey(key); err != nil {
		return nil, err
	}
	k.maybeSweep()
	body, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("fingerprint the %s request: %w", op, err)
	}
	sum := sha256.Sum256(body)
	c := &Claim{k: k, dbKey: []byte(store.IdempotencyPrefix + op + "\x00" + key),
		entry: Entry{Op: op, Fingerprint: hex.EncodeToString(sum[:]), Created: k.now()}}
	c.unlock = k.locks.Lock(string(c.dbKey))
	v, err := k.DB.Get(c.dbKey)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return c, nil
	case err != nil:
		c.unlock()
		return nil, fmt.Errorf("read idempotency key: %w", err)
	}
	var prev Entry
	if err := json.Unmarshal(v, &prev); err != nil {
		c.unlock()
		return nil, fmt.Errorf("read idempotency key: %w", err)
	}
	if k.now().Sub(prev.Created) > TTL {
		return c, nil // forgotten: a new request
	}
	if prev.Fingerprint != c.entry.Fingerprint {
		c.unlock()
		return nil, fmt.Errorf("%w: %q was first used at %s for another %s request; use a new key for a new request", ErrKeyReused, key, prev.Created.UTC().Format(time.RFC3339), op)
	}
	c.entry, c.known = prev, true
	return c, nil
}

func (k *Keys) now() time.Time {
	if k.Now != nil {
		return k.Now()
	}
	return time.Now()
}

// Release lets the next request with the key go.
func (c *Claim) Release() {
	if c != nil {
		c.unlock()
	}
}

// Result reads the first request's answer into v; false when it has none.
func (c *Claim) Result(v any) bool {
	if c == nil || !c.known || c.entry.Result == nil {
		return false
	}
	return json.Unmarshal(c.entry.Result, v) == nil
}

// Started reads what the first request started into v; false when it
// started nothing (or there was no first request).
func (c *Claim) Started(v any) bool {
	if c == nil || !c.known || c.entry.Started == nil {
		return false
	}
	return json.Unmarshal(c.entry.Started, v) == nil
}

// Start records what the request starts, before its first side effect:
// sent again, the request finds it.
func (c *Claim) Start(v any) error {
	if c == nil {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.entry.Started, c.entry.Result = b, nil
	return c.save()
}

// Finish records the request's answer.
func (c *Claim) Finish(v any) error {
	if c == nil {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.entry.Result = b
	return c.save()
}

func (c *Claim) save() error {
	b, err := json.Marshal(c.entry)
	if err != nil {
		return err
	}
	if err := c.k.DB.Put(c.dbKey, b); err != nil {
		return fmt.Errorf("record idempotency key: %w", err)
	}
	c.known = true
	return nil
}
