// Package audit is the node's operation log, the LAF of FGMV-43 7.5.3: every
// RI and RE operation appends an entry that commits to the one before it by
// hash, so removing, reordering or changing any entry breaks the chain at
// that point, and Verify finds where. node/anchor signs the head into
// checkpoints anchored on chain, which makes the log tamper-evident to
// outsiders too: whoever can write the store can rebuild a consistent chain,
// but not one that ends in an anchored head.
package audit

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/mifm/mifm/node/store"
)

// Genesis is the previous-hash of the first entry.
const Genesis = "0000000000000000000000000000000000000000000000000000000000000000"

var prefix = []byte(store.AuditPrefix)

// Event is what an operation reports.
type Event struct {
	// API is where the operation came from: ri, re or cli.
	API string `json:"api"`
	// Op names the operation (an API route or a node step).
	Op string `json:"op"`
	// Actor is who asked: the sending platform's DID on RE, "platform" on RI.
	Actor string `json:"actor,omitempty"`
	// Subject is what it was about (a channel id, a manifesto revision).
	Subject string `json:"subject,omitempty"`
	// Outcome is ok, refused or failed.
	Outcome string `json:"outcome"`
	// Detail carries the reason of a refusal and other facts.
	Detail map[string]string `json:"detail,omitempty"`
}

// Entry is an event in the log.
type Entry struct {
	Seq  uint64 `json:"seq"`
	Time string `json:"time"` // RFC 3339, UTC, nanoseconds
	Event
	Prev string `json:"prev"` // hex SHA-256 of the previous entry
	Hash string `json:"hash"` // hex SHA-256 of this entry without Hash
}

// digest is the entry's hash: SHA-256 over its JSON without the hash field
// (Go encodes struct fields in order and map keys sorted, so the bytes are
// the same whenever the entry is).
func (e Entry) digest() string {
	e.Hash = ""
	b, _ := json.Marshal(e)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Log is the hash-chained log in a node store. It is safe for concurrent use.
type Log struct {
	db  *store.DB
	now func() time.Time

	mu   sync.Mutex
	seq  uint64 // of the last entry; 0 when empty
	head string
}

// Open loads the log's head from db.
func Open(db *store.DB, now func() time.Time) (*Log, error) {
	if now == nil {
		now = time.Now
	}
	l := &Log{db: db, now: now, head: Genesis}
	_, v, err := db.Last(prefix)
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		return nil, fmt.Errorf("open audit log: %w", err)
	default:
		var e Entry
		if err := json.Unmarshal(v, &e); err != nil {
			return nil, fmt.Errorf("open audit log: last entry: %w", err)
		}
		l.seq, l.head = e.Seq, e.Hash
	}
	return l, nil
}

func key(seq uint64) []byte { return binary.BigEndian.AppendUint64(append([]byte{}, prefix...), seq) }

// Append adds an event; with, when not nil, adds writes that must land in
// the same atomic commit (a nonce that must not be accepted twice).
func (l *Log) Append(ev Event, with func(*store.Batch)) (Entry, error) {
	if ev.Outcome == "" {
		ev.Outcome = "ok"
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	e := Entry{Seq: l.seq + 1, Time: l.now().UTC().Format(time.RFC3339Nano), Event: ev, Prev: l.head}
	e.Hash = e.digest()
	b, err := json.Marshal(e)
	if err != nil {
		return Entry{}, fmt.Errorf("encode audit entry: %w", err)
	}
	batch := l.db.NewBatch()
	if with != nil {
		with(batch)
	}
	batch.Put(key(e.Seq), b)
	if err := batch.Commit(); err != nil {
		return Entry{}, fmt.Errorf("append to audit log: %w", err)
	}
	l.seq, l.head = e.Seq, e.Hash
	return e, nil
}

// Head is the last entry's sequence number and hash.
func (l *Log) Head() (uint64, string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.seq, l.head
}

// List returns up to limit entries (0: all) with Seq > afterSeq and a time
// at or after since (zero: any).
func (l *Log) List(afterSeq uint64, since time.Time, limit int) ([]Entry, error) {
	out := []Entry{}
	if afterSeq == math.MaxUint64 { // nothing follows; afterSeq+1 would wrap to the first entry
		return out, nil
	}
	var derr error
	err := l.db.Scan(prefix, key(afterSeq+1), func(_, v []byte) bool {
		var e Entry
		if derr = json.Unmarshal(v, &e); derr != nil {
			return false
		}
		if !since.IsZero() {
			if t, err := time.Parse(time.RFC3339Nano, e.Time); err == nil && t.Before(since) {
				return true
			}
		}
		out = append(out, e)
		return limit <= 0 || len(out) < limit
	})
	if derr != nil {
		return nil, fmt.Errorf("read audit log: %w", derr)
	}
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	return out, nil
}

// Report is the outcome of Verify.
type Report struct {
	OK      bool   `json:"ok"`
	Entries uint64 `json:"entries"`
	Head    string `json:"head"`
	// BrokenAt is the sequence number of the first entry that does not
	// hold, and Reason says why.
	BrokenAt uint64 `json:"brokenAt,omitempty"`
	Reason   string `json:"reason,omitempty"`
}

// Verify recomputes every entry's hash and link from the first one and
// reports the first that does not hold.
func (l *Log) Verify() (Report, error) {
	c := NewChain()
	err := l.db.Scan(prefix, nil, func(k, v []byte) bool {
		want := c.Entries + 1
		seq := want
		if len(k) == len(prefix)+8 {
			seq = binary.BigEndian.Uint64(k[len(prefix):])
		}
		var e Entry
		if err := json.Unmarshal(v, &e); err != nil {
			return c.fail(seq, "entry %d is not a JSON entry: %v", seq, err)
		}
		switch {
		case seq != want:
			return c.fail(want, "entry %d is missing (the next stored entry is %d)", want, seq)
		case e.Seq != seq:
			return c.fail(seq, "entry stored as %d says it is %d", seq, e.Seq)
		}
		return c.Add(e, true)
	})
	if err != nil {
		return Report{}, fmt.Errorf("verify audit log: %w", err)
	}
	r := c.Report
	if r.OK {
		if seq, head := l.Head(); seq != r.Entries || head != r.Head {
			r.OK, r.BrokenAt, r.Reason = false, r.Entries+1, fmt.Sprintf("the log ends at entry %d, but the node last wrote entry %d (%s): entries were removed from the end", r.Entries, seq, short(head))
		}
	}
	return r, nil
}

// VerifyEntries checks a log read from outside (an export): the entries
// must run from 1 without a gap, each linking to the one before and hashing
// to what it records.
func VerifyEntries(entries []Entry) Report {
	c := NewChain()
	for _, e := range entries {
		if !c.Add(e, true) {
			break
		}
	}
	return c.Report
}

// Chain walks a log's hash chain from Genesis one entry at a time: the
// check behind Verify, VerifyEntries and the readers of a node's published
// log (node/anchor). Each entry must come next (its seq) and link to the
// one before (its prev); an entry whole at hand must also hash to what it
// records. An entry published withheld or redacted is checked for its
// place only: its hash covers what the reader does not have, so the reader
// can tell that it stands in the chain, not what it said.
type Chain struct {
	// Report is the walk so far: OK until an entry does not hold.
	Report
	// ContentChecked counts the entries whose hash was recomputed,
	// LinkOnly those checked for their place only.
	ContentChecked uint64 `json:"contentChecked"`
	LinkOnly       uint64 `json:"linkOnly"`
}

// NewChain starts a walk at Genesis.
func NewChain() *Chain { return &Chain{Report: Report{OK: true, Head: Genesis}} }

// Add checks the next entry, whole when its content is all there, and
// says whether the chain still holds. After the first entry that does not,
// it refuses every other.
func (c *Chain) Add(e Entry, whole bool) bool {
	if !c.OK {
		return false
	}
	seq := c.Entries + 1
	switch {
	case e.Seq != seq:
		return c.fail(seq, "entry %d is missing or out of place (found entry %d)", seq, e.Seq)
	case e.Prev != c.Head:
		return c.fail(seq, "entry %d links to %s, but entry %d hashes to %s", seq, short(e.Prev), seq-1, short(c.Head))
	case whole && e.digest() != e.Hash:
		return c.fail(seq, "entry %d was changed: its content hashes to %s, it records %s", seq, short(e.digest()), short(e.Hash))
	case !whole && !isHash(e.Hash):
		return c.fail(seq, "entry %d records %q as its hash, not a SHA-256 in hex", seq, short(e.Hash))
	}
	if whole {
		c.ContentChecked++
	} else {
		c.LinkOnly++
	}
	c.Entries, c.Head = seq, e.Hash
	return true
}

func (c *Chain) fail(seq uint64, format string, args ...any) bool {
	c.OK, c.BrokenAt, c.Reason = false, seq, fmt.Sprintf(format, args...)
	return false
}

func isHash(h string) bool {
	if len(h) != len(Genesis) {
		return false
	}
	_, err := hex.DecodeString(h)
	return err == nil && strings.ToLower(h) == h
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12] + "…"
	}
	return h
}
