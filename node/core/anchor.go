package core

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/store"
)

// MaxSyncDocuments is how many documents one sync message carries: the
// head and its newest ancestors.
const MaxSyncDocuments = 64

// anchoring is the core's anchoring state.
type anchoring struct {
	mu  sync.Mutex
	svc *anchor.Service
	// pub makes the published audit log's pages (PublishedAudit), under
	// pubMu.
	pubMu sync.Mutex
	pub   *anchor.Publisher
}

// Anchors is the anchoring service (IDSF, AVSF, COSF versions, LAF
// checkpoints), opened on first use: it unlocks the platform key, opens the
// content store and the chain, and on the embedded chain deploys the suite
// when the Anchor contract is missing.
func (c *Core) Anchors(ctx context.Context) (*anchor.Service, error) {
	c.anchor.mu.Lock()
	defer c.anchor.mu.Unlock()
	if c.anchor.svc != nil {
		return c.anchor.svc, nil
	}
	if err := c.Unlock(); err != nil {
		return nil, err
	}
	content, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	n, err := c.Node(ctx)
	if err != nil {
		return nil, err
	}
	pass, err := c.passphrase()
	if err != nil {
		return nil, err
	}
	sender, err := n.Sender(ctx, pass)
	if err != nil {
		return nil, err
	}
	addr, err := n.Deployment(contracts.Anchor)
	if errors.Is(err, node.ErrNotDeployed) && n.Embedded() {
		if _, err := n.DeploySuite(ctx, sender); err != nil {
			return nil, fmt.Errorf("deploy the suite for anchoring: %w", err)
		}
		addr, err = n.Deployment(contracts.Anchor)
	}
	if err != nil {
		return nil, fmt.Errorf("anchoring needs the Anchor contract: %w", err)
	}
	ac := c.Home.Config.Anchor
	cfg := anchor.Config{Interval: ac.IntervalDuration(), MaxLeaves: ac.MaxLeaves, Policy: ac.Policy}
	if err := anchor.CheckConfig(&cfg); err != nil {
		return nil, fmt.Errorf("config.toml [anchor]: %w", err)
	}
	s := &anchor.Service{
		DB: c.DB, Audit: c.Audit, Content: anchor.IPFS{Store: content}, Resolver: c.Resolver,
		Signer: c.Manage.Signer, Config: cfg, Log: c.log, Now: c.cfg.Now, Crash: c.cfg.Crash, API: c.cfg.API,
		Ledger: &anchor.Contract{Client: n.Chain, Address: addr, Chain: n.Chain.CAIP2().String(), Anchorer: sender.From(), Sender: sender},
	}
	s.OnChange = c.syncChange
	c.anchor.svc = s
	return s, nil
}

// syncedKey carries the sync results of an operation to its caller.
type syncedKey struct{}

type syncLog struct {
	mu  sync.Mutex
	out []api.SyncResult
}

// syncChange sends a subject's change where it must go: a holder's own
// version to the home (which decides between branches), the home's new
// head to every holder (not back to from, who has it).
func (c *Core) syncChange(ctx context.Context, subject, version, from string) {
	kind, id, _ := anchor.ParseSubject(subject)
	if kind == anchor.KindAudit {
		return // a node's audit checkpoints are its own
	}
	if kind == anchor.KindIdentity && from != "self" {
		// 9.4 step 7: the platform learns of the identity's change made
		// elsewhere.
		c.publish("identity.changed", id, map[string]string{"subject": subject, "version": version, "from": from})
	}
	if kind == anchor.KindAvatar && from != "self" {
		// 9.1 step 7: the home takes the change made while visiting.
		owner, _, _ := strings.Cut(id, "/")
		c.avatarChanged(ctx, owner, subject, version, from)
	}
	svc := c.anchor.svc
	sub, err := svc.Subject(subject)
	if err != nil {
		return
	}
	self := c.Home.Config.Platform.DID
	var peers []string
	if sub.Home == self {
		if version != sub.Head {
			return // a branch here: the holders follow the head
		}
		for _, h := range sub.Holders {
			if h != from {
				peers = append(peers, h)
			}
		}
	} else if from != sub.Home {
		peers = []string{sub.Home}
	}
	for _, p := range peers {
		r := c.pushSubject(ctx, svc, subject, version, p)
		if l, ok := ctx.Value(syncedKey{}).(*syncLog); ok {
			l.mu.Lock()
			l.out = append(l.out, r)
			l.mu.Unlock()
		}
		if r.Error != "" {
			c.log.Warn("sync a subject; retried while the node runs", "subject", subject, "peer", p, "error", r.Error)
			if err := c.DB.Put(syncKey(p, version), []byte(subject)); err != nil {
				c.log.Error("remember a sync to retry", "error", err)
			}
		}
	}
}

func syncKey(peer, version string) []byte {
	return append(append([]byte(store.AnchorSyncPrefix+peer), 0), version...)
}

// SyncRetryInterval is how often failed syncs are tried again.
const SyncRetryInterval = 5 * time.Second

// retrySyncs sends again, every SyncRetryInterval, the versions whose sync
// failed (the peer was down), until each arrives.
func (c *Core) retrySyncs(ctx context.Context, svc *anchor.Service) {
	t := time.NewTicker(SyncRetryInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		type pending struct{ key, peer, version, subject string }
		var retries []pending
		prefix := []byte(store.AnchorSyncPrefix)
		_ = c.DB.Scan(prefix, nil, func(k, v []byte) bool {
			peer, version, ok := strings.Cut(string(k[len(prefix):]), "\x00")
			if ok {
				retries = append(retries, pending{string(k), peer, version, string(v)})
			}
			return len(retries) < 256
		})
		for _, p := range retries {
			if ctx.Err() != nil {
				return
			}
			if r := c.pushSubject(ctx, svc, p.subject, p.version, p.peer); r.Error == "" {
				b := c.DB.NewBatch()
				b.Delete([]byte(p.key))
				if err := b.Commit(); err != nil {
					c.log.Error("forget a sync done", "error", err)
				}
			}
		}
	}
}

// peerEndpoint is where a partner's RE API answers: its DID's MIFMNode
// service when it has one (it follows the node when it moves), else the
// URL of the newest established channel with it.
func (c *Core) peerEndpoint(ctx context.Context, peer string) (string, string, error) {
	base, want, err := c.Manage.PeerURL(ctx, peer)
	if err == nil || !strings.HasPrefix(peer, "did:") {
		return base, want, err
	}
	chans, cerr := c.Manage.Channels()
	if cerr != nil {
		return "", "", cerr
	}
	var newest *manage.Channel
	for i, ch := range chans {
		if ch.Peer == peer && ch.PeerURL != "" && ch.State == manage.StateEstablished && (newest == nil || ch.Updated > newest.Updated) {
			newest = &chans[i]
		}
	}
	if newest == nil {
		return "", "", fmt.Errorf("no established channel with %s, and %w", peer, err)
	}
	return newest.PeerURL, peer, nil
}

// pushSubject sends a version's line to a peer and takes what the home
// answers.
func (c *Core) pushSubject(ctx context.Context, svc *anchor.Service, subject, version, peer string) api.SyncResult {
	res := api.SyncResult{Peer: peer}
	fail := func(err error) api.SyncResult {
		res.Status, res.Error = "failed", err.Error()
		return res
	}
	// A holder that stopped being a partner gets nothing more.
	if err := c.Trust.Partner(ctx, peer); err != nil {
		return fail(fmt.Errorf("%s: %w", peer, manage.ErrNotPartner))
	}
	base, want, err := c.peerEndpoint(ctx, peer)
	if err != nil {
		return fail(err)
	}
	if want != "" && want != peer {
		return fail(fmt.Errorf("%s answers as %s", peer, want))
	}
	sub, err := svc.Subject(subject)
	if err != nil {
		return fail(err)
	}
	docs, err := svc.Line(version, MaxSyncDocuments)
	if err != nil {
		return fail(err)
	}
	msg := api.VersionsMessage{Subject: subject}
	for _, d := range docs {
		msg.Documents = append(msg.Documents, string(d))
	}
	self := c.Home.Config.Platform.DID
	if sub.Home == self {
		msg.Head = sub.Head
	}
	aud := want
	if aud == "" {
		aud = base
	}
	var ans api.VersionsAnswer
	if err := c.Manage.Client.Do(ctx, http.MethodPost, base, "/re/v1/versions", aud, msg, &ans); err != nil {
		return fail(err)
	}
	if len(ans.Documents) > MaxSyncDocuments {
		return fail(fmt.Errorf("%s answered %d documents, at most %d", peer, len(ans.Documents), MaxSyncDocuments))
	}
	res.Head = ans.Head
	if n := len(ans.Outcomes); n > 0 {
		res.Status = ans.Outcomes[n-1].Status
	}
	// The home's answer: take its head.
	if peer == sub.Home {
		for _, d := range ans.Documents {
			if _, err := svc.Receive(ctx, []byte(d), peer); err != nil {
				return fail(fmt.Errorf("the home's version: %w", err))
			}
		}
		if ans.Head != "" {
			if _, err := svc.Follow(ctx, subject, ans.Head, peer); err != nil {
				return fail(err)
			}
		}
	}
	return res
}

// ReceiveVersions is RE POST /re/v1/versions from a verified partner.
func (c *Core) ReceiveVersions(ctx context.Context, from string, msg api.VersionsMessage) (*api.VersionsAnswer, error) {
	if len(msg.Documents) == 0 || len(msg.Documents) > MaxSyncDocuments {
		return nil, fmt.Errorf("%w: 1 to %d documents per message", anchor.ErrBadVersion, MaxSyncDocuments)
	}
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	// An identity reaches this platform only with its holder: a partner
	// cannot make itself the home of someone's identity here.
	if kind, holder, _ := anchor.ParseSubject(msg.Subject); kind == anchor.KindIdentity {
		if _, err := svc.Subject(msg.Subject); errors.Is(err, anchor.ErrNoSubject) && !c.cameFrom(holder, from) {
			return nil, fmt.Errorf("%w: %s comes here only by its holder's migration from its home, and none came from %s", anchor.ErrNotAllowed, msg.Subject, from)
		}
	}
	ans := &api.VersionsAnswer{Outcomes: []anchor.Outcome{}}
	for i, d := range msg.Documents {
		if len(d) > anchor.MaxDocument {
			return nil, fmt.Errorf("%w: document %d is larger than %d bytes", anchor.ErrBadVersion, i, anchor.MaxDocument)
		}
		v, err := anchor.Decode([]byte(d))
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i, err)
		}
		if v.Subject != msg.Subject {
			return nil, fmt.Errorf("%w: document %d is of %s, the message of %s", anchor.ErrBadVersion, i, v.Subject, msg.Subject)
		}
		o, err := svc.Receive(ctx, []byte(d), from)
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i, err)
		}
		ans.Outcomes = append(ans.Outcomes, o)
	}
	if msg.Head != "" {
		if _, err := svc.Follow(ctx, msg.Subject, msg.Head, from); err != nil {
			return nil, err
		}
	}
	sub, err := svc.Subject(msg.Subject)
	if err != nil {
		return nil, err
	}
	ans.Head = sub.Head
	// The home answers with its head's line when the sender's newest
	// version is not the head, so the sender can follow it.
	if sub.Home == c.Home.Config.Platform.DID && slices.Contains(sub.Holders, from) && len(ans.Outcomes) > 0 && ans.Outcomes[len(ans.Outcomes)-1].CID != sub.Head {
		docs, err := svc.Line(sub.Head, MaxSyncDocuments)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			ans.Documents = append(ans.Documents, string(d))
		}
	}
	return ans, nil
}

func withSync(ctx context.Context) (context.Context, *syncLog) {
	l := &syncLog{}
	return context.WithValue(ctx, syncedKey{}, l), l
}

func outcome(o anchor.Outcome, l *syncLog) *api.VersionOutcome {
	return &api.VersionOutcome{Outcome: o, Synced: l.out}
}

// ProposeVersion implements api.Anchors.
func (c *Core) ProposeVersion(ctx context.Context, req api.ProposeVersionRequest) (*api.VersionOutcome, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	ctx, l := withSync(ctx)
	o, err := svc.Propose(ctx, req)
	if err != nil {
		return nil, err
	}
	return outcome(o, l), nil
}

// Subjects implements api.Anchors.
func (c *Core) Subjects(ctx context.Context) ([]api.Subject, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	out, err := svc.Subjects()
	if out == nil {
		out = []api.Subject{}
	}
	return out, err
}

// SubjectHead implements api.Anchors.
func (c *Core) SubjectHead(ctx context.Context, subject string) (*api.SubjectState, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	sub, r, err := svc.Head(subject)
	if err != nil {
		return nil, err
	}
	return &api.SubjectState{Subject: *sub, Head: *r}, nil
}

// SubjectHistory implements api.Anchors.
func (c *Core) SubjectHistory(ctx context.Context, subject string) ([]api.VersionRecord, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	return svc.History(subject)
}

// ResolveConflict implements api.Anchors.
func (c *Core) ResolveConflict(ctx context.Context, req api.ChooseVersionRequest) (*api.VersionOutcome, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	ctx, l := withSync(ctx)
	o, err := svc.Resolve(ctx, req.Subject, req.CID)
	if err != nil {
		return nil, err
	}
	return outcome(o, l), nil
}

// RevertVersion implements api.Anchors.
func (c *Core) RevertVersion(ctx context.Context, req api.ChooseVersionRequest) (*api.VersionOutcome, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	ctx, l := withSync(ctx)
	o, err := svc.Revert(ctx, req.Subject, req.CID)
	if err != nil {
		return nil, err
	}
	return outcome(o, l), nil
}

// ShareSubject implements api.Anchors: the home shares a subject with a
// partner, who becomes a holder.
func (c *Core) ShareSubject(ctx context.Context, req api.ShareRequest) (*api.SyncResult, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	sub, err := svc.Subject(req.Subject)
	if err != nil {
		return nil, err
	}
	if sub.Home != c.Home.Config.Platform.DID {
		return nil, fmt.Errorf("%w: %s's home is %s: it shares the subject, this node syncs its changes there", anchor.ErrNotAllowed, req.Subject, sub.Home)
	}
	if err := c.Trust.Partner(ctx, req.Peer); err != nil {
		return nil, fmt.Errorf("share %s with %s: %w", req.Subject, req.Peer, manage.ErrNotPartner)
	}
	if err := svc.AddHolder(req.Subject, req.Peer); err != nil {
		return nil, err
	}
	r := c.pushSubject(ctx, svc, req.Subject, sub.Head, req.Peer)
	if r.Error != "" {
		return &r, fmt.Errorf("share %s with %s: %s", req.Subject, req.Peer, r.Error)
	}
	return &r, nil
}

// VersionProof implements api.Anchors.
func (c *Core) VersionProof(ctx context.Context, ref string) (*api.AnchorProof, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	id, err := resolveRef(svc, ref)
	if err != nil {
		return nil, err
	}
	return svc.Proof(ctx, id)
}

// resolveRef reads a version reference: a CID, SUBJECT@SEQ or SUBJECT.
func resolveRef(svc *anchor.Service, ref string) (string, error) {
	if _, err := svc.Version(ref); err == nil {
		return ref, nil
	}
	subject, seqText, hasSeq := cutLast(ref, "@")
	if !hasSeq {
		_, r, err := svc.Head(ref)
		if err != nil {
			return "", fmt.Errorf("%q is neither a version CID, SUBJECT@SEQ nor a subject: %w", ref, err)
		}
		return r.CID, nil
	}
	seq, err := strconv.ParseUint(seqText, 10, 64)
	if err != nil {
		return "", fmt.Errorf("%w: %q: the version after @ is a number", anchor.ErrNoVersion, ref)
	}
	hist, err := svc.History(subject)
	if err != nil {
		return "", err
	}
	for _, r := range hist {
		if r.Version.Seq == seq && r.Standing != anchor.StandingBranch {
			return r.CID, nil
		}
	}
	return "", fmt.Errorf("%w: %s has no version %d on its main line", anchor.ErrNoVersion, subject, seq)
}

func cutLast(s, sep string) (string, string, bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// AnchorFlush implements api.Anchors.
func (c *Core) AnchorFlush(ctx context.Context) ([]api.AnchorBatch, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	done, err := svc.Flush(ctx)
	if done == nil {
		done = []anchor.Batch{}
	}
	return done, err
}

// AnchorBatches implements api.Anchors.
func (c *Core) AnchorBatches(ctx context.Context) ([]api.AnchorBatch, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	bs, err := svc.Batches()
	out := []api.AnchorBatch{}
	for _, b := range bs {
		out = append(out, *b)
	}
	return out, err
}

// AuditCheckpoint implements api.Anchors.
func (c *Core) AuditCheckpoint(ctx context.Context) (*api.VersionOutcome, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	o, err := svc.Checkpoint(ctx)
	if err != nil {
		return nil, err
	}
	return &api.VersionOutcome{Outcome: o}, nil
}

// AuditExport implements api.Anchors.
func (c *Core) AuditExport(ctx context.Context) (*api.AuditExport, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	return svc.ExportLog(ctx)
}

// PublishedAudit implements api.Anchors: a signed page of the audit log as
// [audit.publish] lets anyone read it (LAF, FGMV-43 7.5.3). Strangers ask
// for it, so it costs what it must and no more: no chain is opened, no
// suite deployed, no keystore account unlocked (the anchoring service
// would do all three); it reads the store and signs once.
func (c *Core) PublishedAudit(ctx context.Context, after uint64, limit int) (*api.PublishedAuditPage, error) {
	if c.Home.Config.Audit.Publish.Disabled {
		return nil, anchor.ErrNotPublished
	}
	pub, err := c.publisher(ctx)
	if err != nil {
		return nil, err
	}
	return pub.Page(ctx, after, limit)
}

// publisher is the published log's page maker, made on first use. Its
// checkpoints come from a view of the anchoring service's records that
// reads the node store and the content store (a batch's manifest) only.
func (c *Core) publisher(ctx context.Context) (*anchor.Publisher, error) {
	c.anchor.pubMu.Lock()
	defer c.anchor.pubMu.Unlock()
	if c.anchor.pub != nil {
		return c.anchor.pub, nil
	}
	// Unlocking runs once per core, whatever it gives; a running node
	// unlocked its key when it started.
	if err := c.Unlock(); err != nil {
		return nil, fmt.Errorf("%w: %v", anchor.ErrKeyLocked, err)
	}
	content, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	records := &anchor.Service{DB: c.DB, Audit: c.Audit, Content: anchor.IPFS{Store: content}, Resolver: c.Resolver, Signer: c.Manage.Signer, Log: c.log, Now: c.cfg.Now}
	pub, err := anchor.NewPublisher(anchor.PublisherConfig{
		Log: c.Audit, Checkpoints: records, Signer: c.Manage.Signer,
		Policy: c.Home.Config.Audit.Publish.Policy(), Now: c.cfg.Now,
		EntriesPerSecond: c.Home.Config.Audit.Publish.EntriesPerSecond,
	})
	if err != nil {
		return nil, fmt.Errorf("config.toml [audit.publish]: %w", err)
	}
	c.anchor.pub = pub
	return pub, nil
}

// RunAnchoring anchors batches until ctx ends, from the moment the node has
// versions to anchor (the anchoring service opened, or a queue or sealed
// batch left from before a restart).
func (c *Core) RunAnchoring(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	warned := false
	for {
		c.anchor.mu.Lock()
		open := c.anchor.svc != nil
		c.anchor.mu.Unlock()
		if open || anchor.HasWork(c.DB) {
			svc, err := c.Anchors(ctx)
			if err == nil {
				var wg sync.WaitGroup
				wg.Add(1)
				go func() {
					defer wg.Done()
					c.retrySyncs(ctx, svc)
				}()
				svc.Run(ctx)
				wg.Wait()
				return
			}
			if !warned && ctx.Err() == nil {
				c.log.Warn("versions wait to be anchored", "error", err)
				warned = true
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
