package anchor

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor/merkle"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// Conflict resolution policies (IDSF, AVSF): what decides between two
// versions that follow the same one.
const (
	// PolicyHome: the version authored by the subject's home platform
	// wins; between two of the same standing, the one the node had first.
	PolicyHome = "home"
	// PolicyAnchored: the last writer by anchored order wins, once both
	// are anchored (later batch, or later leaf in the same batch).
	PolicyAnchored = "anchored"
	// PolicyAsk: the conflict stays open until the user chooses.
	PolicyAsk = "ask"
)

// Version standings in a subject's history.
const (
	StandingHead       = "head"       // the subject's current state
	StandingSuperseded = "superseded" // an ancestor of the head
	StandingBranch     = "branch"     // lost a conflict, or waits for its resolution; kept
)

// Errors callers branch on.
var (
	ErrNoSubject   = errors.New("no such subject")
	ErrNoVersion   = errors.New("no such version")
	ErrUnknownPrev = errors.New("the version follows one this node does not have")
	ErrNotAllowed  = errors.New("not allowed to write this subject")
	ErrBadPolicy   = errors.New("unknown conflict policy")
)

// Subject is a versioned subject as this node holds it.
type Subject struct {
	Subject string `json:"subject"`
	Home    string `json:"home"`
	Head    string `json:"head"`
	HeadSeq uint64 `json:"headSeq"`
	Policy  string `json:"policy"`
	// Holders are the other platforms that hold the subject and get its
	// new heads (on the home node).
	Holders []string `json:"holders,omitempty"`
	// Conflict is the open conflict, if any: the versions competing to
	// follow the head's ancestor, the head among them.
	Conflict []string `json:"conflict,omitempty"`
}

// Record is one version as this node holds it.
type Record struct {
	CID      string   `json:"cid"`
	Version  *Version `json:"version"`
	Standing string   `json:"standing"`
	// From is who gave the node this version: "self" or a platform DID.
	From     string `json:"from"`
	Received string `json:"received"`
	// Anchored is set once the version's batch is on chain.
	Anchored *Placement `json:"anchored,omitempty"`
}

// Outcome is what accepting a version did.
type Outcome struct {
	Subject string `json:"subject"`
	CID     string `json:"cid"`
	Seq     uint64 `json:"seq"`
	// Status is "head" (it is the new head), "conflict" (it competes with
	// the head, kept as a branch until resolved), "branch" (it lost),
	// or "known" (the node had it already).
	Status string `json:"status"`
	Head   string `json:"head"`
}

// Content is where version documents and batch manifests live: the node's
// IPFS store.
type Content interface {
	// PutBlock stores b as one block under c and pins it.
	PutBlock(ctx context.Context, c cid.Cid, b []byte) error
	// AddFile adds b as a UnixFS file, pinned, and returns its CID.
	AddFile(ctx context.Context, b []byte) (cid.Cid, error)
	// ReadFile reads a UnixFS file back.
	ReadFile(ctx context.Context, c cid.Cid) ([]byte, error)
}

// Config is the service's batching and conflict settings.
type Config struct {
	// Interval is how often a batch is cut (default 10 s).
	Interval time.Duration
	// MaxLeaves cuts a batch as soon as this many leaves wait (default
	// 2,048).
	MaxLeaves int
	// Policy is the default conflict policy (default PolicyHome).
	Policy string
}

// Service keeps versioned subjects and anchors their versions.
type Service struct {
	DB       *store.DB
	Audit    *audit.Log
	Content  Content
	Resolver *did.Resolver
	// Signer is the node's platform key: it authors the node's versions
	// and audit checkpoints.
	Signer *re.Signer
	// Ledger is the chain's Anchor contract; nil until the chain is open.
	Ledger Ledger
	Config Config
	Log    *slog.Logger
	Now    func() time.Time
	// OnChange, when set, is told of every new head and of every version
	// the node authors (cid), so the node can sync it to the home platform
	// or the holders; from is who gave the node the change ("self": this
	// node).
	OnChange func(ctx context.Context, subject, cid, from string)
	// Crash, when set, is called at named points (fault injection).
	Crash func(point string)
	// API is what the node's own operations are logged as (ri or cli).
	API string

	mu       sync.Mutex // serializes writes of subjects and the queue
	sendMu   sync.Mutex // one batch sealed or on its way to the chain at a time
	wake     chan struct{}
	wakeOnce sync.Once
	// proposing serializes this node's proposals of one subject, so two
	// at once follow each other instead of forking.
	proposing store.Locks[string]
	// waiting counts the queued leaves (queued).
	waiting   atomic.Int64
	countOnce sync.Once
	// trees caches the last batches' trees (remember, cachedTree).
	treesMu sync.Mutex
	trees   map[uint64]*merkle.Tree
	// checkpoint is the last checkpoint proof made (LatestCheckpoint).
	checkpoint atomic.Pointer[cachedProof]
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func (s *Service) crash(point string) {
	if s.Crash != nil {
		s.Crash(point)
	}
}

// CheckConfig validates a Config and fills in its defaults.
func CheckConfig(c *Config) error {
	if c.Interval == 0 {
		c.Interval = 10 * time.Second
	}
	if c.MaxLeaves == 0 {
		c.MaxLeaves = 2048
	}
	if c.Policy == "" {
		c.Policy = PolicyHome
	}
	switch {
	case c.Interval < 100*time.Millisecond:
		return fmt.Errorf("anchor interval %s: at least 100ms", c.Interval)
	case c.MaxLeaves < 1 || c.MaxLeaves > 1<<16:
		return fmt.Errorf("anchor max_leaves %d: 1 to 65536", c.MaxLeaves)
	}
	return checkPolicy(c.Policy)
}

func checkPolicy(p string) error {
	switch p {
	case PolicyHome, PolicyAnchored, PolicyAsk:
		return nil
	}
	return fmt.Errorf("%w %q: want home, anchored or ask", ErrBadPolicy, p)
}

func subjectKey(subject string) []byte { return []byte(store.AnchorSubjectPrefix + subject) }
func versionKey(c string) []byte       { return []byte(store.AnchorVersionPrefix + c) }
func historyKey(subject string, seq uint64, c string) []byte {
	k := append([]byte(store.AnchorHistoryPrefix+subject), 0)
	k = binary.BigEndian.AppendUint64(k, seq)
	return append(k, c...)
}

func getJSON[T any](db *store.DB, key []byte, notFound error) (*T, error) {
	b, err := db.Get(key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("read %s: %w", key, err)
	}
	return &v, nil
}

func putJSON(b *store.Batch, key []byte, v any) {
	data, _ := json.Marshal(v)
	b.Put(key, data)
}

// Subject reads a subject.
func (s *Service) Subject(subject string) (*Subject, error) {
	sub, err := getJSON[Subject](s.DB, subjectKey(subject), ErrNoSubject)
	if err != nil {
		return nil, fmt.Errorf("subject %s: %w", subject, err)
	}
	return sub, nil
}

// Version reads a version record by CID.
func (s *Service) Version(c string) (*Record, error) {
	r, err := getJSON[Record](s.DB, versionKey(c), ErrNoVersion)
	if err != nil {
		return nil, fmt.Errorf("version %s: %w", c, err)
	}
	return r, nil
}

// History lists a subject's versions in sequence order, branches included.
func (s *Service) History(subject string) ([]Record, error) {
	if _, err := s.Subject(subject); err != nil {
		return nil, err
	}
	prefix := append([]byte(store.AnchorHistoryPrefix+subject), 0)
	var out []Record
	var rerr error
	err := s.DB.Scan(prefix, nil, func(k, _ []byte) bool {
		c := string(k[len(prefix)+8:])
		r, err := s.Version(c)
		if err != nil {
			rerr = err
			return false
		}
		out = append(out, *r)
		return true
	})
	if err == nil {
		err = rerr
	}
	if err != nil {
		return nil, fmt.Errorf("history of %s: %w", subject, err)
	}
	return out, nil
}

// ProposeRequest is a new version the node itself authors.
type ProposeRequest struct {
	Subject string            `json:"subject"`
	Content map[string]string `json:"content,omitempty"`
	State   map[string]string `json:"state,omitempty"`
	// Prev is the version this one follows; empty means the current head
	// (or none, for a new subject).
	Prev string `json:"prev,omitempty"`
	// Home is the subject's home platform, for a new subject; empty means
	// this node.
	Home string `json:"home,omitempty"`
	// Policy is a new subject's conflict policy; empty means the node's.
	Policy string `json:"policy,omitempty"`
}

// Draft is the version req proposes, unsigned: its sequence number, the
// version it follows, its home (home, for a new subject with none given)
// and what it carries over.
func (s *Service) Draft(req ProposeRequest, home string) (*Version, error) {
	if _, _, err := ParseSubject(req.Subject); err != nil {
		return nil, err
	}
	if req.Policy != "" {
		if err := checkPolicy(req.Policy); err != nil {
			return nil, err
		}
	}
	v := &Version{Type: DocType, Subject: req.Subject, Content: req.Content, State: req.State, Home: req.Home, Time: s.now().UTC().Format(time.RFC3339)}
	sub, err := s.Subject(req.Subject)
	switch {
	case errors.Is(err, ErrNoSubject):
		if req.Prev != "" {
			return nil, fmt.Errorf("%w: %s has no versions here, so it cannot follow %s", ErrUnknownPrev, req.Subject, req.Prev)
		}
		v.Seq = 1
		if v.Home == "" {
			v.Home = home
		}
	case err != nil:
		return nil, err
	default:
		if req.Home != "" && req.Home != sub.Home {
			return nil, fmt.Errorf("%w: %s's home is %s; a version cannot move it to %s", ErrNotAllowed, req.Subject, sub.Home, req.Home)
		}
		if req.Policy != "" && req.Policy != sub.Policy {
			return nil, fmt.Errorf("%w: %s's policy is %s, set when the subject was made", ErrBadPolicy, req.Subject, sub.Policy)
		}
		v.Home = sub.Home
		prev := req.Prev
		if prev == "" {
			prev = sub.Head
		}
		pr, err := s.Version(prev)
		if err != nil || pr.Version.Subject != req.Subject {
			return nil, fmt.Errorf("%w: %s is not a version of %s", ErrUnknownPrev, prev, req.Subject)
		}
		v.Prev, v.Seq = prev, pr.Version.Seq+1
		// What the proposal leaves out carries over from the version it
		// follows: a state change keeps the content, and the other way.
		if req.Content == nil {
			v.Content = pr.Version.Content
		}
		if req.State == nil {
			v.State = pr.Version.State
		}
	}
	return v, nil
}

// Propose authors, signs, stores and queues a new version.
func (s *Service) Propose(ctx context.Context, req ProposeRequest) (Outcome, error) {
	if s.Signer == nil {
		return Outcome{}, errors.New("propose a version: the platform key is locked")
	}
	unlock := s.proposing.Lock(req.Subject)
	defer unlock()
	v, err := s.Draft(req, s.Signer.DID)
	if err != nil {
		return Outcome{}, err
	}
	if kind, _, _ := ParseSubject(v.Subject); kind == KindIdentity && v.Home != s.Signer.DID {
		return Outcome{}, fmt.Errorf("%w: %s's home is %s; here its holder signs its changes (identity update)", ErrNotAllowed, v.Subject, v.Home)
	}
	if err := v.Sign(s.Signer); err != nil {
		return Outcome{}, err
	}
	b, err := v.Encode()
	if err != nil {
		return Outcome{}, err
	}
	return s.accept(ctx, v, b, "self", req.Policy)
}

// Receive accepts a version another platform sent (RE): its signature is
// checked against its author's DID; from must be its author or the
// subject's home relaying it.
func (s *Service) Receive(ctx context.Context, doc []byte, from string) (Outcome, error) {
	v, err := Decode(doc)
	if err != nil {
		return Outcome{}, err
	}
	if kind, _, _ := ParseSubject(v.Subject); kind == KindAudit {
		return Outcome{}, fmt.Errorf("%w: a node's audit checkpoints are its own (an auditor gets them in its audit export)", ErrNotAllowed)
	}
	self := ""
	if s.Signer != nil {
		self = s.Signer.DID
	}
	sub, err := s.Subject(v.Subject)
	switch {
	case err == nil:
		if v.Home != sub.Home {
			return Outcome{}, fmt.Errorf("%w: %s's home is %s, the version says %s", ErrNotAllowed, v.Subject, sub.Home, v.Home)
		}
		if sub.Home == self {
			// The home takes versions from the platforms it shared the
			// subject with, each writing as itself.
			if !slices.Contains(sub.Holders, from) {
				return Outcome{}, fmt.Errorf("%w: %s does not hold %s (its home shares it with the platforms that do)", ErrNotAllowed, from, v.Subject)
			}
		} else if from != sub.Home {
			// A holder takes a subject's versions from its home only,
			// which relays what the other holders wrote.
			return Outcome{}, fmt.Errorf("%w: %s is not %s's home, %s", ErrNotAllowed, from, v.Subject, sub.Home)
		}
	case errors.Is(err, ErrNoSubject):
		if from != v.Author || from != v.Home {
			return Outcome{}, fmt.Errorf("%w: a subject new to this node comes from its home, as its author (%s sent one of %s, home %s, author %s)", ErrNotAllowed, from, v.Subject, v.Home, v.Author)
		}
	default:
		return Outcome{}, err
	}
	// A version the node has (the sender's line back to one both know)
	// changes nothing.
	if c, err := DocCID(doc); err == nil {
		if r, err := s.Version(c.String()); err == nil {
			out := Outcome{Subject: v.Subject, CID: r.CID, Seq: v.Seq, Status: "known"}
			if sub != nil {
				out.Head = sub.Head
				if sub.Head == r.CID {
					out.Status = StandingHead
				}
			}
			return out, nil
		}
	}
	// What is new to the home, a holder writes as itself, or relays what
	// the identity's own holder signed (IDSF: the user's update made while
	// visiting the holder). An identity is the user's: a platform holding
	// it writes nothing of it the user did not sign.
	if sub != nil && sub.Home == self && from != v.Author && !SelfAuthored(v) {
		return Outcome{}, fmt.Errorf("%w: %s sent a version authored by %s", ErrNotAllowed, from, v.Author)
	}
	if sub != nil && sub.Home == self && !SelfAuthored(v) {
		if kind, _, _ := ParseSubject(v.Subject); kind == KindIdentity {
			return Outcome{}, fmt.Errorf("%w: %s's versions come from its home or are signed by its holder; %s signed this one", ErrNotAllowed, v.Subject, v.Author)
		}
	}
	if err := s.follows(v); err != nil {
		return Outcome{}, err
	}
	if err := v.VerifySignature(ctx, s.Resolver); err != nil {
		return Outcome{}, err
	}
	return s.accept(ctx, v, doc, from, "")
}

// SelfAuthored says whether a version is an identity's own: signed by
// the DID the identity subject names.
func SelfAuthored(v *Version) bool {
	kind, id, err := ParseSubject(v.Subject)
	return err == nil && kind == KindIdentity && id == v.Author
}

// Submit accepts a version of an identity this node holds that the
// identity's holder signed with their own key (their wallet), and syncs it
// like the node's own: to the home, or from the home to the holders.
func (s *Service) Submit(ctx context.Context, doc []byte) (Outcome, error) {
	v, err := Decode(doc)
	if err != nil {
		return Outcome{}, err
	}
	if !SelfAuthored(v) {
		return Outcome{}, fmt.Errorf("%w: only an identity's holder signs its versions through this node (%s by %s)", ErrNotAllowed, v.Subject, v.Author)
	}
	sub, err := s.Subject(v.Subject)
	if err != nil {
		return Outcome{}, err
	}
	if v.Home != sub.Home {
		return Outcome{}, fmt.Errorf("%w: %s's home is %s, the version says %s", ErrNotAllowed, v.Subject, sub.Home, v.Home)
	}
	if err := s.follows(v); err != nil {
		return Outcome{}, err
	}
	if err := v.VerifySignature(ctx, s.Resolver); err != nil {
		return Outcome{}, err
	}
	return s.accept(ctx, v, doc, "self", "")
}

// MaxBranches bounds a subject's open conflict: a fork more waits until
// the conflict is resolved.
const MaxBranches = 16

// follows checks a version's place: version 1, or one more than a version
// of the same subject this node has.
func (s *Service) follows(v *Version) error {
	if v.Seq == 1 {
		return nil
	}
	pr, err := s.Version(v.Prev)
	if err != nil || pr.Version.Subject != v.Subject {
		return fmt.Errorf("%w: %s does not have %s's version %s", ErrUnknownPrev, v.Subject, v.Subject, v.Prev)
	}
	if v.Seq != pr.Version.Seq+1 {
		return fmt.Errorf("%w: version %d follows version %d", ErrBadVersion, v.Seq, pr.Version.Seq)
	}
	return nil
}

// accept stores a signed version and moves the subject's head, or opens a
// conflict, in one commit with the leaf's place in the anchoring queue.
func (s *Service) accept(ctx context.Context, v *Version, doc []byte, from, policy string) (Outcome, error) {
	c, err := DocCID(doc)
	if err != nil {
		return Outcome{}, err
	}
	cs := c.String()
	if err := s.Content.PutBlock(ctx, c, doc); err != nil {
		return Outcome{}, fmt.Errorf("store version %d of %s: %w", v.Seq, v.Subject, err)
	}
	out, moved, err := s.record(v, cs, from, policy)
	if err != nil {
		return Outcome{}, err
	}
	if out.Status != "known" {
		s.queued().Add(1)
	}
	s.poke()
	if (moved || from == "self") && s.OnChange != nil {
		s.OnChange(ctx, v.Subject, cs, from)
	}
	return out, nil
}

// record is accept's part under the lock; moved says the head moved.
func (s *Service) record(v *Version, cs, from, policy string) (Outcome, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := Outcome{Subject: v.Subject, CID: cs, Seq: v.Seq}
	if r, err := s.Version(cs); err == nil {
		sub, _ := s.Subject(v.Subject)
		out.Status, out.Head = "known", sub.Head
		if r.Standing == StandingHead {
			out.Status = StandingHead
		}
		return out, false, nil
	}
	sub, err := s.Subject(v.Subject)
	isNew := errors.Is(err, ErrNoSubject)
	if err != nil && !isNew {
		return Outcome{}, false, err
	}
	rec := &Record{CID: cs, Version: v, From: from, Received: s.now().UTC().Format(time.RFC3339Nano)}
	batch := s.DB.NewBatch()
	defer batch.Discard()
	var changed []*Record
	switch {
	case isNew:
		if v.Seq != 1 {
			return Outcome{}, false, fmt.Errorf("%w: %s is new here and version %d follows %s", ErrUnknownPrev, v.Subject, v.Seq, v.Prev)
		}
		if policy == "" {
			policy = s.Config.Policy
		}
		sub = &Subject{Subject: v.Subject, Home: v.Home, Head: cs, HeadSeq: 1, Policy: policy}
		rec.Standing = StandingHead
	case v.Prev == sub.Head && len(sub.Conflict) == 0:
		if err := s.follows(v); err != nil {
			return Outcome{}, false, err
		}
		old, err := s.Version(sub.Head)
		if err != nil {
			return Outcome{}, false, err
		}
		old.Standing = StandingSuperseded
		changed = append(changed, old)
		sub.Head, sub.HeadSeq = cs, v.Seq
		rec.Standing = StandingHead
	default:
		if v.Seq == 1 {
			return Outcome{}, false, fmt.Errorf("%w: %s already has a first version, %s", ErrNotAllowed, v.Subject, firstOf(s, v.Subject))
		}
		if err := s.follows(v); err != nil {
			return Outcome{}, false, err
		}
		if len(sub.Conflict) >= MaxBranches {
			return Outcome{}, false, fmt.Errorf("%w: %s has %d versions in conflict already: resolve it first", ErrNotAllowed, v.Subject, len(sub.Conflict))
		}
		// A fork: the version follows one that is not the head. Both
		// branches are kept; the policy decides now or later.
		rec.Standing = StandingBranch
		if len(sub.Conflict) == 0 {
			sub.Conflict = []string{sub.Head}
		}
		sub.Conflict = append(sub.Conflict, cs)
	}
	if from != "self" && from != sub.Home && !slices.Contains(sub.Holders, from) && s.Signer != nil && sub.Home == s.Signer.DID {
		sub.Holders = append(sub.Holders, from)
	}
	batch.Put(historyKey(v.Subject, v.Seq, cs), nil)
	for _, r := range changed {
		putJSON(batch, versionKey(r.CID), r)
	}
	headBefore := sub.Head
	if len(sub.Conflict) > 0 {
		if winner := s.decide(sub, rec); winner != "" {
			if err := s.settle(sub, winner, batch, rec); err != nil {
				return Outcome{}, false, err
			}
		}
	}
	// Written after settle, which may make the new version the head.
	putJSON(batch, versionKey(cs), rec)
	putJSON(batch, subjectKey(v.Subject), sub)
	if err := s.queue(batch, Pending{Subject: v.Subject, Seq: v.Seq, CID: cs}); err != nil {
		return Outcome{}, false, err
	}
	if err := batch.Commit(); err != nil {
		return Outcome{}, false, fmt.Errorf("record version %d of %s: %w", v.Seq, v.Subject, err)
	}
	out.Head = sub.Head
	switch {
	case sub.Head == cs:
		out.Status = StandingHead
	case len(sub.Conflict) > 0:
		out.Status = "conflict"
	default:
		out.Status = StandingBranch
	}
	s.audit(v.Subject, "anchor.version", from, map[string]string{"cid": cs, "seq": fmt.Sprint(v.Seq), "status": out.Status, "head": sub.Head})
	return out, sub.Head != headBefore || isNew || out.Status == StandingHead, nil
}

func firstOf(s *Service, subject string) string {
	h, _ := s.History(subject)
	for _, r := range h {
		if r.Version.Seq == 1 {
			return r.CID
		}
	}
	return "?"
}

// decide applies the subject's policy to its open conflict; "" leaves it
// open. fresh is the version being recorded (not in the store yet).
func (s *Service) decide(sub *Subject, fresh *Record) string {
	get := func(c string) *Record {
		if c == fresh.CID {
			return fresh
		}
		r, _ := s.Version(c)
		return r
	}
	switch sub.Policy {
	case PolicyHome:
		// The home's own version wins; the head stays otherwise.
		for _, c := range sub.Conflict {
			if r := get(c); r != nil && r.Version.Author == sub.Home && c != sub.Head {
				if h := get(sub.Head); h == nil || h.Version.Author != sub.Home {
					return c
				}
			}
		}
		return sub.Head
	case PolicyAnchored:
		var best string
		var bestAt Placement
		for _, c := range sub.Conflict {
			r := get(c)
			if r == nil || r.Anchored == nil {
				return ""
			}
			if best == "" || r.Anchored.after(bestAt) {
				best, bestAt = c, *r.Anchored
			}
		}
		return best
	}
	return ""
}

// settle closes sub's conflict with winner as the head; the others stay
// as branches.
func (s *Service) settle(sub *Subject, winner string, batch *store.Batch, fresh *Record) error {
	if !slices.Contains(sub.Conflict, winner) {
		return fmt.Errorf("%w: %s is not one of the versions in conflict (%v)", ErrNoVersion, winner, sub.Conflict)
	}
	for _, c := range sub.Conflict {
		var r *Record
		if c == fresh.CID {
			r = fresh
		} else {
			var err error
			if r, err = s.Version(c); err != nil {
				return err
			}
		}
		want := StandingBranch
		if c == winner {
			want = StandingHead
			sub.Head, sub.HeadSeq = c, r.Version.Seq
		}
		if r.Standing != want {
			r.Standing = want
			if r != fresh {
				putJSON(batch, versionKey(c), r)
			}
		}
	}
	// The winner's ancestors are superseded, whatever they were.
	for c := winnerPrev(s, winner, fresh); c != ""; {
		r, err := s.Version(c)
		if err != nil || r.Standing == StandingSuperseded {
			break
		}
		r.Standing = StandingSuperseded
		putJSON(batch, versionKey(c), r)
		c = r.Version.Prev
	}
	sub.Conflict = nil
	return nil
}

func winnerPrev(s *Service, winner string, fresh *Record) string {
	if winner == fresh.CID {
		return fresh.Version.Prev
	}
	r, err := s.Version(winner)
	if err != nil {
		return ""
	}
	return r.Version.Prev
}

// Resolve closes a subject's open conflict (or overrides the head) with
// the chosen version, a user's or operator's decision (PolicyAsk).
func (s *Service) Resolve(ctx context.Context, subject, choice string) (Outcome, error) {
	out, err := s.resolve(subject, choice)
	if err == nil && out.Status == "resolved" {
		out.Status = StandingHead
		s.audit(subject, "anchor.resolve", "self", map[string]string{"head": choice})
		if s.OnChange != nil {
			s.OnChange(ctx, subject, choice, "self")
		}
	}
	return out, err
}

func (s *Service) resolve(subject, choice string) (Outcome, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sub, err := s.Subject(subject)
	if err != nil {
		return Outcome{}, err
	}
	r, err := s.Version(choice)
	if err != nil {
		return Outcome{}, err
	}
	if r.Version.Subject != subject {
		return Outcome{}, fmt.Errorf("%w: %s is a version of %s, not %s", ErrNoVersion, choice, r.Version.Subject, subject)
	}
	if len(sub.Conflict) == 0 {
		if choice == sub.Head {
			return Outcome{Subject: subject, CID: choice, Seq: r.Version.Seq, Status: StandingHead, Head: choice}, nil
		}
		return Outcome{}, fmt.Errorf("%s has no open conflict: to go back to %s, revert to it (a new version with its content)", subject, choice)
	}
	batch := s.DB.NewBatch()
	defer batch.Discard()
	if err := s.settle(sub, choice, batch, &Record{}); err != nil {
		return Outcome{}, err
	}
	putJSON(batch, subjectKey(subject), sub)
	if err := batch.Commit(); err != nil {
		return Outcome{}, fmt.Errorf("resolve %s: %w", subject, err)
	}
	return Outcome{Subject: subject, CID: choice, Seq: r.Version.Seq, Status: "resolved", Head: choice}, nil
}

// Follow takes the head the subject's home announced: the home decides
// between branches, and the nodes that hold the subject follow it. The
// head must be a version this node has (the home sends it first).
func (s *Service) Follow(ctx context.Context, subject, head, from string) (Outcome, error) {
	s.mu.Lock()
	sub, err := s.Subject(subject)
	if err != nil {
		s.mu.Unlock()
		return Outcome{}, err
	}
	if from != sub.Home {
		s.mu.Unlock()
		return Outcome{}, fmt.Errorf("%w: only %s's home %s says which version is its head, not %s", ErrNotAllowed, subject, sub.Home, from)
	}
	r, err := s.Version(head)
	if err != nil || r.Version.Subject != subject {
		s.mu.Unlock()
		return Outcome{}, fmt.Errorf("%w: the home's head %s of %s is not here", ErrNoVersion, head, subject)
	}
	if sub.Head == head && len(sub.Conflict) == 0 {
		s.mu.Unlock()
		return Outcome{Subject: subject, CID: head, Seq: r.Version.Seq, Status: StandingHead, Head: head}, nil
	}
	// A head the node is already past (an older announcement that arrived
	// late) moves nothing back.
	for c := sub.Head; c != ""; {
		a, err := s.Version(c)
		if err != nil {
			break
		}
		if a.Version.Prev == head {
			s.mu.Unlock()
			return Outcome{Subject: subject, CID: sub.Head, Seq: sub.HeadSeq, Status: "known", Head: sub.Head}, nil
		}
		c = a.Version.Prev
	}
	if len(sub.Conflict) == 0 {
		sub.Conflict = []string{sub.Head}
	}
	if !slices.Contains(sub.Conflict, head) {
		sub.Conflict = append(sub.Conflict, head)
	}
	batch := s.DB.NewBatch()
	defer batch.Discard()
	err = s.settle(sub, head, batch, &Record{})
	if err == nil {
		putJSON(batch, subjectKey(subject), sub)
		err = batch.Commit()
	}
	s.mu.Unlock()
	if err != nil {
		return Outcome{}, fmt.Errorf("follow %s's head: %w", subject, err)
	}
	s.audit(subject, "anchor.follow", from, map[string]string{"head": head})
	return Outcome{Subject: subject, CID: head, Seq: r.Version.Seq, Status: StandingHead, Head: head}, nil
}

// Line is a version's line back to the first version, oldest first, at
// most limit documents (the newest ones): what a peer needs to take it.
func (s *Service) Line(tip string, limit int) ([][]byte, error) {
	var docs [][]byte
	for c := tip; c != "" && len(docs) < limit; {
		r, err := s.Version(c)
		if err != nil {
			return nil, err
		}
		b, err := r.Version.Encode()
		if err != nil {
			return nil, err
		}
		docs = append(docs, b)
		c = r.Version.Prev
	}
	slices.Reverse(docs)
	return docs, nil
}

// Revert proposes a new version with the content and state of an earlier
// one (COIR-104), following the head: history is never rewritten.
func (s *Service) Revert(ctx context.Context, subject, to string) (Outcome, error) {
	r, err := s.Version(to)
	if err != nil {
		return Outcome{}, err
	}
	if r.Version.Subject != subject {
		return Outcome{}, fmt.Errorf("%w: %s is a version of %s, not %s", ErrNoVersion, to, r.Version.Subject, subject)
	}
	sub, err := s.Subject(subject)
	if err != nil {
		return Outcome{}, err
	}
	if len(sub.Conflict) > 0 {
		return Outcome{}, fmt.Errorf("%s has an open conflict between %v: resolve it first", subject, sub.Conflict)
	}
	// Exactly the earlier version's content and state: empty maps, not
	// nil, so nothing of the head carries over.
	content, state := map[string]string{}, map[string]string{}
	maps.Copy(content, r.Version.Content)
	maps.Copy(state, r.Version.State)
	return s.Propose(ctx, ProposeRequest{Subject: subject, Content: content, State: state, Prev: sub.Head})
}

// RemoveHolder stops sharing a subject with a platform: its versions are
// refused from then on and it gets no new heads.
func (s *Service) RemoveHolder(subject, holder string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	sub, err := s.Subject(subject)
	if err != nil {
		return err
	}
	if !slices.Contains(sub.Holders, holder) {
		return nil
	}
	sub.Holders = slices.DeleteFunc(sub.Holders, func(h string) bool { return h == holder })
	b := s.DB.NewBatch()
	defer b.Discard()
	putJSON(b, subjectKey(subject), sub)
	if err := b.Commit(); err != nil {
		return err
	}
	s.audit(subject, "subject.unshare", "self", map[string]string{"holder": holder})
	return nil
}

// AddHolder records a platform that holds the subject and gets its new
// heads (the home shares it).
func (s *Service) AddHolder(subject, holder string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	sub, err := s.Subject(subject)
	if err != nil {
		return err
	}
	if slices.Contains(sub.Holders, holder) {
		return nil
	}
	sub.Holders = append(sub.Holders, holder)
	batch := s.DB.NewBatch()
	defer batch.Discard()
	putJSON(batch, subjectKey(subject), sub)
	return batch.Commit()
}

// Head returns a subject and its head version.
func (s *Service) Head(subject string) (*Subject, *Record, error) {
	sub, err := s.Subject(subject)
	if err != nil {
		return nil, nil, err
	}
	r, err := s.Version(sub.Head)
	if err != nil {
		return nil, nil, err
	}
	return sub, r, nil
}

// Subjects lists the subjects this node holds.
func (s *Service) Subjects() ([]Subject, error) {
	var out []Subject
	var derr error
	err := s.DB.Scan([]byte(store.AnchorSubjectPrefix), nil, func(_, v []byte) bool {
		var sub Subject
		if derr = json.Unmarshal(v, &sub); derr != nil {
			return false
		}
		out = append(out, sub)
		return true
	})
	if err == nil {
		err = derr
	}
	return out, err
}

// Document returns a version's signed document bytes.
func (s *Service) Document(c string) ([]byte, error) {
	r, err := s.Version(c)
	if err != nil {
		return nil, err
	}
	return r.Version.Encode()
}

func (s *Service) audit(subject, op, actor string, detail map[string]string) {
	if s.Audit == nil {
		return
	}
	api := s.API
	if api == "" {
		api = "cli"
	}
	if actor != "self" {
		api = "re"
	} else {
		actor = ""
	}
	if _, err := s.Audit.Append(audit.Event{API: api, Op: op, Actor: actor, Subject: subject, Detail: detail}, nil); err != nil {
		s.log().Error("audit", "op", op, "error", err)
	}
}
