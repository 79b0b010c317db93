// Package notify tells a node's own platform what happened (FGMV-43 9.2
// steps 6, 7 and 9: B's platform learns of an incoming asset and of its
// import, A's of the receipt or the refund; 9.5: channels opened or
// changed; IDVF: credential verdicts), so the platform's back end need not
// poll the RI API.
//
// Every event first goes into a durable outbox in the node store, right
// after the state it reports is committed; from there it is delivered as a
// signed webhook (Webhook: at least once, in order, retried with backoff
// until the back end acknowledges it with a 2xx) and served on the RI
// event stream and its polling form (node/daemon). The outbox survives a
// restart and is bounded: delivered events beyond the most recent Keep are
// pruned, and at Max the oldest go even undelivered (logged; the platform
// sees the gap in the sequence numbers and reconciles from the RI API).
package notify

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"sync"
	"time"

	"github.com/mifm/mifm/node/store"
)

// Store keys of the outbox. They belong in the node store's key schema;
// until that file lists them they are named here.
//
//	notify/e/<seq uint64 BE>  one event's JSON
//	notify/m/seq              the next sequence number (uint64 BE)
//	notify/m/acked            the last sequence the webhook acknowledged
//	notify/m/epoch            16 hex digits made when the outbox was
//	                          created: event ids stay unique if the store
//	                          is ever made anew
const (
	prefixEvent = "notify/e/"
	keySeq      = "notify/m/seq"
	keyAcked    = "notify/m/acked"
	keyEpoch    = "notify/m/epoch"
)

// Bounds of one event and of the outbox.
const (
	// MaxEventBytes caps one event's JSON: a webhook body, an SSE data line.
	MaxEventBytes = 64 << 10
	// DefaultKeep is how many delivered events stay for streams and polling.
	DefaultKeep = 1000
	// DefaultMax caps the outbox, delivered or not.
	DefaultMax = 10000
	// MaxPage caps the events of one List.
	MaxPage = 1000
	// DefaultMaxSubscribers caps the streams reading the outbox at once.
	DefaultMaxSubscribers = 16
)

// Errors callers branch on.
var (
	// ErrTooLarge is an event whose JSON is over MaxEventBytes.
	ErrTooLarge = errors.New("event too large")
	// ErrBadEvent is an event without a type, or with an overlong type or
	// subject.
	ErrBadEvent = errors.New("invalid event")
	// ErrTooManySubscribers is a stream refused because MaxSubscribers
	// streams are open.
	ErrTooManySubscribers = errors.New("too many event streams")
)

// Event is one notification to the platform. Its JSON is the webhook's
// body and the data of an RI stream event.
type Event struct {
	// ID is unique per event and stays the same on every delivery: the
	// platform's idempotency key.
	ID string `json:"id"`
	// Seq orders the node's events (1, 2, …); the stream's event id and
	// the polling cursor. A gap means events were pruned undelivered.
	Seq uint64 `json:"seq"`
	// Type says what happened: transfer.incoming, channel.opened, …
	Type string `json:"type"`
	// Time is when the node recorded it (RFC 3339, UTC).
	Time string `json:"time"`
	// Subject is what it is about: a transfer id, a channel id, a DID.
	Subject string `json:"subject,omitempty"`
	// Data is the event's body, by type.
	Data json.RawMessage `json:"data,omitempty"`
}

// Config shapes an Outbox; zero values take the defaults.
type Config struct {
	// Keep is how many events stay once delivered (DefaultKeep).
	Keep int
	// Max caps the outbox (DefaultMax): beyond it the oldest events are
	// dropped even if the webhook has not acknowledged them.
	Max int
	// Webhook says a webhook delivers the events: they stay until it
	// acknowledges them (up to Max). Without one, Keep alone bounds them.
	Webhook bool
	// MaxSubscribers caps the streams open at once
	// (DefaultMaxSubscribers).
	MaxSubscribers int
	Now            func() time.Time
	Log            *slog.Logger
}

// Outbox is the node's durable, ordered log of events for its platform.
// It is safe for concurrent use.
type Outbox struct {
	db    *store.DB
	cfg   Config
	epoch string

	mu      sync.Mutex
	first   uint64 // oldest kept sequence (== next when empty)
	next    uint64 // sequence of the next event
	acked   uint64
	changed chan struct{} // closed and replaced when an event is added
	subs    int
}

// Open opens the outbox kept in db, creating it on first use.
func Open(db *store.DB, cfg Config) (*Outbox, error) {
	if cfg.Keep <= 0 {
		cfg.Keep = DefaultKeep
	}
	if cfg.Max <= 0 {
		cfg.Max = DefaultMax
	}
	if cfg.Keep > cfg.Max {
		return nil, fmt.Errorf("notify config: Keep %d is above Max %d", cfg.Keep, cfg.Max)
	}
	if cfg.MaxSubscribers <= 0 {
		cfg.MaxSubscribers = DefaultMaxSubscribers
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	o := &Outbox{db: db, cfg: cfg, changed: make(chan struct{}), next: 1}
	ep, err := db.Get([]byte(keyEpoch))
	switch {
	case errors.Is(err, store.ErrNotFound):
		b := make([]byte, 8)
		if _, err := rand.Read(b); err != nil {
			return nil, fmt.Errorf("make the event outbox's epoch: %w", err)
		}
		ep = []byte(hex.EncodeToString(b))
		if err := db.Put([]byte(keyEpoch), ep); err != nil {
			return nil, fmt.Errorf("create the event outbox: %w", err)
		}
	case err != nil:
		return nil, fmt.Errorf("open the event outbox: %w", err)
	}
	o.epoch = string(ep)
	if o.next, err = readSeq(db, keySeq, 1); err != nil {
		return nil, err
	}
	if o.acked, err = readSeq(db, keyAcked, 0); err != nil {
		return nil, err
	}
	o.first = o.next
	err = db.Scan([]byte(prefixEvent), nil, func(k, _ []byte) bool {
		o.first = binary.BigEndian.Uint64(k[len(prefixEvent):])
		return false
	})
	if err != nil {
		return nil, fmt.Errorf("open the event outbox: %w", err)
	}
	return o, nil
}

func readSeq(db *store.DB, key string, def uint64) (uint64, error) {
	v, err := db.Get([]byte(key))
	if errors.Is(err, store.ErrNotFound) {
		return def, nil
	}
	if err != nil {
		return 0, fmt.Errorf("open the event outbox: %w", err)
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("open the event outbox: %s holds %d bytes, not 8", key, len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

func eventKey(seq uint64) []byte { return binary.BigEndian.AppendUint64([]byte(prefixEvent), seq) }

func seqBytes(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// Append records an event; data is marshalled as its JSON body. The event
// is synced to the store before Append returns, and streams waiting for
// events wake up.
func (o *Outbox) Append(typ, subject string, data any) (Event, error) {
	if typ == "" || len(typ) > 64 || len(subject) > 512 {
		return Event{}, fmt.Errorf("%w: type %q, subject of %d bytes (type 1 to 64 bytes, subject at most 512)", ErrBadEvent, typ, len(subject))
	}
	var raw json.RawMessage
	if data != nil {
		b, err := json.Marshal(data)
		if err != nil {
			return Event{}, fmt.Errorf("encode %s event: %w", typ, err)
		}
		raw = b
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	seq := o.next
	ev := Event{ID: o.epoch + "-" + strconv.FormatUint(seq, 10), Seq: seq, Type: typ, Time: o.cfg.Now().UTC().Format(time.RFC3339Nano), Subject: subject, Data: raw}
	b, err := json.Marshal(ev)
	if err != nil {
		return Event{}, fmt.Errorf("encode %s event: %w", typ, err)
	}
	if len(b) > MaxEventBytes {
		return Event{}, fmt.Errorf("%w: %s event of %d bytes, at most %d", ErrTooLarge, typ, len(b), MaxEventBytes)
	}
	batch := o.db.NewBatch()
	batch.Put(eventKey(seq), b)
	batch.Put([]byte(keySeq), seqBytes(seq+1))
	first := o.prune(batch, o.first, seq+1, o.acked)
	if err := batch.Commit(); err != nil {
		return Event{}, fmt.Errorf("record %s event: %w", typ, err)
	}
	o.first, o.next = first, seq+1
	close(o.changed)
	o.changed = make(chan struct{})
	return ev, nil
}

// prune adds to b the deletions that bring [first, next) within bounds and
// returns the new first. Called with o.mu held.
func (o *Outbox) prune(b *store.Batch, first, next, acked uint64) uint64 {
	delivered := func(seq uint64) bool { return !o.cfg.Webhook || seq <= acked }
	for next-first > uint64(o.cfg.Max) || (next-first > uint64(o.cfg.Keep) && delivered(first)) {
		if !delivered(first) {
			o.cfg.Log.Warn("event outbox full: dropping an event the webhook has not acknowledged", "seq", first, "max", o.cfg.Max)
		}
		b.Delete(eventKey(first))
		first++
	}
	return first
}

// Ack records that the webhook acknowledged every event up to seq, and
// prunes what no longer needs keeping.
func (o *Outbox) Ack(seq uint64) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if seq <= o.acked {
		return nil
	}
	batch := o.db.NewBatch()
	batch.Put([]byte(keyAcked), seqBytes(seq))
	first := o.prune(batch, o.first, o.next, seq)
	if err := batch.Commit(); err != nil {
		return fmt.Errorf("record the webhook's acknowledgement of event %d: %w", seq, err)
	}
	o.acked, o.first = seq, first
	return nil
}

// Acked is the last sequence the webhook acknowledged.
func (o *Outbox) Acked() uint64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.acked
}

// Bounds are the oldest kept and the newest sequence (first > last when
// the outbox holds nothing).
func (o *Outbox) Bounds() (first, last uint64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.first, o.next - 1
}

// Changed is closed when the next event is added: take it before List, so
// an event added in between is not missed.
func (o *Outbox) Changed() <-chan struct{} {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.changed
}

// List returns at most limit kept events after sequence after, oldest
// first (limit 0 or above MaxPage: MaxPage).
func (o *Outbox) List(after uint64, limit int) ([]Event, error) {
	if limit <= 0 || limit > MaxPage {
		limit = MaxPage
	}
	out := []Event{}
	if after == math.MaxUint64 {
		return out, nil // nothing comes after the last sequence number
	}
	var derr error
	err := o.db.Scan([]byte(prefixEvent), eventKey(after+1), func(_, v []byte) bool {
		var ev Event
		if derr = json.Unmarshal(v, &ev); derr != nil {
			return false
		}
		out = append(out, ev)
		return len(out) < limit
	})
	if err == nil {
		err = derr
	}
	if err != nil {
		return nil, fmt.Errorf("list events after %d: %w", after, err)
	}
	return out, nil
}

// Subscribe takes one of the MaxSubscribers places of a stream; call
// release when the stream ends.
func (o *Outbox) Subscribe() (release func(), err error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.subs >= o.cfg.MaxSubscribers {
		return nil, fmt.Errorf("%w: %d are open, the most this node serves", ErrTooManySubscribers, o.subs)
	}
	o.subs++
	var once sync.Once
	return func() {
		once.Do(func() {
			o.mu.Lock()
			o.subs--
			o.mu.Unlock()
		})
	}, nil
}
