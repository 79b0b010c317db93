package core

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/avatar"
	"github.com/mifm/mifm/node/avatar/vrm"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
)

// The avatar flow of FGMV-43 9.1 between nodes. The home (A) exports its
// user's avatar as an anchored version of avatar:OWNER/NAME and offers it
// over RE to the destination (B), directly or, when the two have no
// avatar format in common, through the channel's bridge, which converts
// and forwards it under its own signature. B fetches the file from the
// sender's gateway, bounded by the size the signed offer declares,
// converts it to its manifesto's constraints (AVCF) or refuses with a
// reason per rule and its default avatar, and its platform imports it.
// Changes made while visiting become the next versions of the home
// avatar, converted back to A's constraints and synced to A (AVSF).

// maxAvatarBytes bounds an avatar file the node reads or fetches.
const maxAvatarBytes = 64 << 20

var avatarName = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)

type avatarState struct {
	once sync.Once
	rec  *avatar.Records
	// busy admits one conversion at a time: each may take a core and
	// hundreds of megabytes, and peers must not stack them up.
	busy chan struct{}
}

func (c *Core) avatarRecords() *avatar.Records {
	c.avatars.once.Do(func() {
		c.avatars.rec = &avatar.Records{DB: c.DB}
		c.avatars.busy = make(chan struct{}, 1)
	})
	return c.avatars.rec
}

// convertTimeout bounds one conversion; maxIncoming bounds the incoming
// migrations a home may have here.
const (
	convertTimeout = 2 * time.Minute
	maxIncoming    = 256
)

// convert runs avatar.Convert one at a time, within convertTimeout.
func (c *Core) convert(ctx context.Context, b []byte, cons avatar.Constraints, use avatar.Use) ([]byte, avatar.Outcome, error) {
	c.avatarRecords()
	ctx, cancel := context.WithTimeout(ctx, convertTimeout)
	defer cancel()
	select {
	case c.avatars.busy <- struct{}{}:
		defer func() { <-c.avatars.busy }()
	case <-ctx.Done():
		return nil, avatar.Outcome{}, fmt.Errorf("wait for the avatar converter: %w", ctx.Err())
	}
	return avatar.Convert(ctx, b, cons, use, vrm.Limits{MaxBytes: maxAvatarBytes})
}

func avatarInput(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{avatar.ErrBadRequest}, a...)...)
}

// checkOwner validates an owner DID and an avatar name, and returns the
// name (default "home") and the anchored subject.
func checkOwner(owner, name string) (string, string, error) {
	if !strings.HasPrefix(owner, "did:") || len(owner) > 2048 || strings.ContainsAny(owner, "/ \t\n") {
		return "", "", avatarInput("owner %q is not a DID (give the avatar owner's did:key, did:ethr or did:web)", owner)
	}
	if name == "" {
		name = "home"
	}
	if !avatarName.MatchString(name) {
		return "", "", avatarInput("avatar name %q: use 1-64 of a-z, 0-9, '.', '_', '-'", name)
	}
	return name, anchor.KindAvatar + ":" + owner + "/" + name, nil
}

// readAvatar reads a stored avatar file, at most limit bytes.
func (c *Core) readAvatar(ctx context.Context, st *ipfs.Store, ref string, limit int64) ([]byte, error) {
	id, err := ipfs.ParseCID(ref)
	if err != nil {
		return nil, avatarInput("%q is not a CID (add the file with `mifm content add` first)", ref)
	}
	if ok, err := st.Has(ctx, id); err != nil {
		return nil, err
	} else if !ok {
		return nil, avatarInput("%s is not in this node's content store (add the file with `mifm content add` first)", ref)
	}
	f, err := st.Cat(ctx, id, 0, -1)
	if err != nil {
		return nil, fmt.Errorf("read avatar %s: %w", ref, err)
	}
	defer f.Close()
	if f.Size > uint64(limit) {
		return nil, avatarInput("avatar %s is %d bytes, the limit is %d", ref, f.Size, limit)
	}
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// storeAvatar adds a file to the content store, pinned, with its
// description.
func (c *Core) storeAvatar(ctx context.Context, st *ipfs.Store, b []byte) (avatar.File, error) {
	a, err := vrm.Decode(b, vrm.Limits{MaxBytes: maxAvatarBytes, MaxNodes: 20_000})
	if err != nil {
		return avatar.File{}, fmt.Errorf("store avatar: %w", err)
	}
	added, err := st.AddReader(ctx, bytes.NewReader(b), ipfs.AddOptions{CIDVersion: 1, Pin: true})
	if err != nil {
		return avatar.File{}, fmt.Errorf("store avatar: %w", err)
	}
	return avatar.File{CID: added.CID.String(), Bytes: int64(len(b)), Description: a.Describe()}, nil
}

func constraintsOf(m *manage.Manifesto) avatar.Constraints {
	if m == nil || m.Avatar == nil {
		return avatar.Constraints{}
	}
	a := m.Avatar
	return avatar.Constraints{Formats: a.Formats, MaxPolygons: a.MaxPolygons, MaxTextureSize: a.MaxTextureSize, MaxBones: a.MaxBones, Features: a.Features}
}

// ownConstraints are this platform's, from its manifesto.
func (c *Core) ownConstraints(ctx context.Context) (avatar.Constraints, error) {
	s, err := c.Manage.Manifesto(ctx)
	if err != nil {
		return avatar.Constraints{}, fmt.Errorf("read this platform's manifesto: %w", err)
	}
	return constraintsOf(s.Manifesto), nil
}

// ownUse is this platform's declared use of visiting avatars.
func (c *Core) ownUse(ctx context.Context) avatar.Use {
	s, err := c.Manage.Manifesto(ctx)
	if err != nil || s.Manifesto.Avatar == nil {
		return avatar.Use{}
	}
	return avatar.Use{Commercial: s.Manifesto.Avatar.CommercialUse}
}

// avatarChannel is an established channel with a platform, and its
// manifesto as verified when the channel was made: one through a bridge
// when bridged is set and there is one, else the newest.
func (c *Core) avatarChannel(peer string, bridged bool) (*manage.Channel, *manage.Manifesto, error) {
	chans, err := c.Manage.Channels()
	if err != nil {
		return nil, nil, err
	}
	var pick *manage.Channel
	for i := range chans {
		ch := &chans[i]
		if ch.Peer != peer || ch.State != manage.StateEstablished || ch.Role == manage.RoleBridge {
			continue
		}
		if pick == nil || bridged && ch.Bridge != nil && pick.Bridge == nil {
			pick = ch
		}
	}
	if pick == nil {
		return nil, nil, fmt.Errorf("%w: no established channel with %s (open one first)", avatar.ErrBadRequest, peer)
	}
	m, err := manage.PeerManifesto(pick)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s's manifesto of channel %s: %w", peer, pick.ID, err)
	}
	return pick, m, nil
}

// bridgeOf says whether bridge is the bridge of an established channel
// with home, and returns that channel.
func (c *Core) bridgeOf(home, bridge string) *manage.Channel {
	chans, err := c.Manage.Channels()
	if err != nil {
		return nil
	}
	for i := range chans {
		ch := &chans[i]
		if ch.Peer == home && ch.State == manage.StateEstablished && ch.Role != manage.RoleBridge && ch.Bridge != nil && ch.Bridge.DID == bridge {
			return ch
		}
	}
	return nil
}

// InspectAvatar implements api.Avatars.
func (c *Core) InspectAvatar(ctx context.Context, ref string) (*avatar.File, error) {
	st, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	b, err := c.readAvatar(ctx, st, ref, maxAvatarBytes)
	if err != nil {
		return nil, err
	}
	a, err := vrm.Decode(b, vrm.Limits{MaxBytes: maxAvatarBytes})
	if err != nil {
		return nil, avatarInput("%s: %v", ref, err)
	}
	return &avatar.File{CID: ref, Bytes: int64(len(b)), Description: a.Describe()}, nil
}

// ConvertAvatar implements api.Avatars.
func (c *Core) ConvertAvatar(ctx context.Context, req api.ConvertAvatarRequest) (*api.AvatarConversion, error) {
	cons := req.Constraints
	if req.Platform != "" {
		_, m, err := c.avatarChannel(req.Platform, false)
		if err != nil {
			return nil, err
		}
		cons = constraintsOf(m)
	}
	if err := checkConstraints(cons); err != nil {
		return nil, err
	}
	if err := checkUse(req.Use); err != nil {
		return nil, err
	}
	st, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	b, err := c.readAvatar(ctx, st, req.CID, maxAvatarBytes)
	if err != nil {
		return nil, err
	}
	out, o, err := c.convert(ctx, b, cons, req.Use)
	if err != nil {
		return nil, err
	}
	f, err := c.storeAvatar(ctx, st, out)
	if err != nil {
		return nil, err
	}
	return &api.AvatarConversion{File: f, Outcome: o}, nil
}

func checkConstraints(c avatar.Constraints) error {
	if c.MaxPolygons < 0 || c.MaxTextureSize < 0 || c.MaxBones < 0 {
		return avatarInput("limits must not be negative")
	}
	for _, f := range c.Formats {
		switch vrm.Format(f) {
		case vrm.FormatVRM0, vrm.FormatVRM1, vrm.FormatGLTF:
		default:
			return avatarInput("format %q: give %s, %s or %s", f, vrm.FormatVRM0, vrm.FormatVRM1, vrm.FormatGLTF)
		}
	}
	for _, f := range c.Features {
		switch f {
		case vrm.FeatureBlendShapes, vrm.FeatureSpringBones, vrm.FeatureMToon, vrm.FeatureNodeConstraints:
		default:
			return avatarInput("feature %q: give %s, %s, %s or %s", f, vrm.FeatureBlendShapes, vrm.FeatureSpringBones, vrm.FeatureMToon, vrm.FeatureNodeConstraints)
		}
	}
	return nil
}

func checkUse(u avatar.Use) error {
	switch u.Commercial {
	case "", vrm.CommercialPersonalNonProfit, vrm.CommercialPersonalProfit, vrm.CommercialCorporation:
		return nil
	}
	return avatarInput("commercial use %q: give %s, %s or %s", u.Commercial, vrm.CommercialPersonalNonProfit, vrm.CommercialPersonalProfit, vrm.CommercialCorporation)
}

// ExportAvatar implements api.Avatars.
func (c *Core) ExportAvatar(ctx context.Context, req api.ExportAvatarRequest) (*api.AvatarExport, error) {
	name, subject, err := checkOwner(req.Owner, req.Name)
	if err != nil {
		return nil, err
	}
	f, err := c.InspectAvatar(ctx, req.CID)
	if err != nil {
		return nil, err
	}
	v, err := c.ProposeVersion(ctx, api.ProposeVersionRequest{
		Subject: subject,
		Content: map[string]string{"avatar": f.CID},
		State:   map[string]string{"format": string(f.Description.Format), "triangles": strconv.Itoa(f.Description.Triangles)},
	})
	if err != nil {
		return nil, fmt.Errorf("anchor avatar %s: %w", subject, err)
	}
	c.auditAvatar("avatar.export", req.Owner, map[string]string{"subject": subject, "cid": f.CID, "name": name})
	return &api.AvatarExport{File: *f, Subject: subject, Version: *v}, nil
}

// homeAvatar reads the head of an owner's home avatar on its home node.
func (c *Core) homeAvatar(ctx context.Context, subject string) (string, error) {
	svc, err := c.Anchors(ctx)
	if err != nil {
		return "", err
	}
	sub, rec, err := svc.Head(subject)
	if err != nil {
		return "", avatarInput("%s has no version here (export the avatar first): %v", subject, err)
	}
	if sub.Home != c.Home.Config.Platform.DID {
		return "", avatarInput("%s's home is %s: migrate it from there", subject, sub.Home)
	}
	ref := rec.Version.Content["avatar"]
	if ref == "" {
		return "", avatarInput("%s's head names no avatar file", subject)
	}
	return ref, nil
}

// MigrateAvatar implements api.Avatars.
func (c *Core) MigrateAvatar(ctx context.Context, req api.MigrateAvatarRequest) (*avatar.Migration, error) {
	name, subject, err := checkOwner(req.Owner, req.Name)
	if err != nil {
		return nil, err
	}
	if err := c.Trust.Partner(ctx, req.To); err != nil {
		return nil, fmt.Errorf("migrate avatar to %s: %w", req.To, manage.ErrNotPartner)
	}
	if err := c.Unlock(); err != nil {
		return nil, err
	}
	ref, err := c.homeAvatar(ctx, subject)
	if err != nil {
		return nil, err
	}
	orig, err := c.InspectAvatar(ctx, ref)
	if err != nil {
		return nil, err
	}
	_, peerM, err := c.avatarChannel(req.To, false)
	if err != nil {
		return nil, err
	}
	// Without a format in common, the channel's bridge converts (MBMF).
	formats := constraintsOf(peerM).Formats
	ch, _, err := c.avatarChannel(req.To, len(formats) > 0 && !slices.Contains(formats, string(orig.Description.Format)))
	if err != nil {
		return nil, err
	}
	m := &avatar.Migration{
		ID: avatar.NewID(), Role: avatar.RoleOutgoing, Owner: req.Owner, Name: name, Home: c.Home.Config.Platform.DID,
		Peer: req.To, Subject: subject, Status: avatar.StatusSending, Original: orig,
	}
	offer := api.AvatarOffer{Migration: m.ID, Owner: req.Owner, Name: name, Home: m.Home, Subject: subject, CID: orig.CID, Bytes: orig.Bytes, Description: orig.Description}
	viaBridge := ch.Bridge != nil && len(formats) > 0 && !slices.Contains(formats, string(orig.Description.Format))
	if err := c.avatarRecords().Put(m, c.now()); err != nil {
		return nil, err
	}
	var ans api.AvatarAnswer
	if viaBridge {
		offer.Destination = req.To
		err = c.Manage.Client.Do(ctx, http.MethodPost, ch.Bridge.URL, "/re/v1/avatars/forward", ch.Bridge.DID, offer, &ans)
	} else {
		var base, want string
		base, want, err = c.peerEndpoint(ctx, req.To)
		if err == nil && want != "" && want != req.To {
			err = fmt.Errorf("%s answers as %s", req.To, want)
		}
		if err == nil {
			err = c.Manage.Client.Do(ctx, http.MethodPost, base, "/re/v1/avatars", req.To, offer, &ans)
		}
	}
	if err != nil {
		m.Status, m.Error = avatar.StatusFailed, err.Error()
		_ = c.avatarRecords().Put(m, c.now())
		c.auditAvatar("avatar.migrate", req.Owner, map[string]string{"migration": m.ID, "peer": req.To, "status": m.Status, "error": m.Error})
		return m, fmt.Errorf("send avatar %s to %s: %w", subject, req.To, err)
	}
	if err := checkAnswer(ans); err != nil {
		m.Status, m.Error = avatar.StatusFailed, err.Error()
		_ = c.avatarRecords().Put(m, c.now())
		return m, err
	}
	m.Status, m.Converted, m.Report, m.Failures, m.Default, m.Via = ans.Status, ans.Converted, ans.Report, ans.Failures, ans.Default, ans.Via
	if ans.Status != avatar.StatusRefused {
		// B holds the subject from now on, so its changes sync home.
		if _, err := c.ShareSubject(ctx, api.ShareRequest{Subject: subject, Peer: req.To}); err != nil {
			m.Error = "share the anchored avatar: " + err.Error()
		}
	}
	if err := c.avatarRecords().Put(m, c.now()); err != nil {
		return nil, err
	}
	c.auditAvatar("avatar.migrate", req.Owner, map[string]string{"migration": m.ID, "peer": req.To, "status": m.Status, "bridged": strconv.FormatBool(viaBridge)})
	c.publish("avatar."+m.Status, req.Owner, map[string]string{"migration": m.ID, "peer": req.To, "subject": subject})
	return m, nil
}

// checkAnswer bounds what a destination answered.
func checkAnswer(a api.AvatarAnswer) error {
	switch a.Status {
	case avatar.StatusConverted, avatar.StatusRestored:
		if a.Converted == nil {
			return fmt.Errorf("the destination answered %s without the avatar", a.Status)
		}
	case avatar.StatusRefused:
		if len(a.Failures) == 0 {
			return errors.New("the destination refused without a reason")
		}
	default:
		return fmt.Errorf("the destination answered %q", a.Status)
	}
	return nil
}

// checkOffer bounds an offer before anything is fetched.
func checkOffer(o api.AvatarOffer) (cid.Cid, error) {
	bad := func(format string, a ...any) (cid.Cid, error) {
		return cid.Undef, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, format, a...)
	}
	if len(o.Migration) == 0 || len(o.Migration) > 64 {
		return bad("avatar offer: migration id of 1-64 characters")
	}
	if _, subject, err := checkOwner(o.Owner, o.Name); err != nil || subject != o.Subject {
		return bad("avatar offer: owner, name and subject do not agree")
	}
	if o.Bytes <= 0 || o.Bytes > maxAvatarBytes {
		return bad("avatar offer: %d bytes, the limit is %d", o.Bytes, maxAvatarBytes)
	}
	id, err := ipfs.ParseCID(o.CID)
	if err != nil {
		return bad("avatar offer: %q is not a CID", o.CID)
	}
	return id, nil
}

// fetchAvatar fetches an offered file from the sender's gateway, checked
// block by block, and reads exactly the declared bytes.
func (c *Core) fetchAvatar(ctx context.Context, st *ipfs.Store, base string, id cid.Cid, size int64) ([]byte, error) {
	if ok, _ := st.Has(ctx, id); !ok {
		if _, err := st.FetchAtMost(ctx, base, id, ipfs.DAGBytes(size)); err != nil {
			return nil, fmt.Errorf("fetch avatar %s from %s: %w", id, base, err)
		}
	}
	b, err := c.readAvatar(ctx, st, id.String(), size)
	if err != nil {
		return nil, err
	}
	if int64(len(b)) != size {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "avatar %s is %d bytes, the offer said %d", id, len(b), size)
	}
	return b, nil
}

// fetchOffered fetches an offered file from the sender's gateway and
// stores it with its description; a file that is no avatar is the
// sender's error.
func (c *Core) fetchOffered(ctx context.Context, base string, id cid.Cid, size int64) (*ipfs.Store, []byte, avatar.File, error) {
	st, err := c.ContentStore(ctx)
	if err != nil {
		return nil, nil, avatar.File{}, err
	}
	b, err := c.fetchAvatar(ctx, st, base, id, size)
	if err != nil {
		return nil, nil, avatar.File{}, err
	}
	f, err := c.storeAvatar(ctx, st, b)
	if err != nil {
		return nil, nil, avatar.File{}, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "%v", err)
	}
	return st, b, f, nil
}

// ReceiveAvatarOffer is B's side of RE POST /re/v1/avatars: from is the
// verified sender, the home itself or the bridge of a channel with it.
func (c *Core) ReceiveAvatarOffer(ctx context.Context, from string, o api.AvatarOffer) (*api.AvatarAnswer, error) {
	id, err := checkOffer(o)
	if err != nil {
		return nil, err
	}
	base := ""
	switch {
	case o.Via == nil && from == o.Home:
		ch, _, err := c.avatarChannel(o.Home, false)
		if err != nil {
			return nil, re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "no established channel with %s", o.Home)
		}
		base = ch.PeerURL
		if b, _, err := c.peerEndpoint(ctx, o.Home); err == nil {
			base = b
		}
	case o.Via != nil && o.Via.Bridge == from:
		ch := c.bridgeOf(o.Home, from)
		if ch == nil {
			return nil, re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "%s is not the bridge of a channel with %s", from, o.Home)
		}
		base = ch.Bridge.URL
	default:
		return nil, re.NewProblem(http.StatusForbidden, re.CodeImpersonation, "%s may not offer %s's avatar", from, o.Home)
	}
	rec := c.avatarRecords()
	unlock := rec.Lock(avatar.RoleIncoming, o.Migration)
	defer unlock()
	if m, err := rec.Get(avatar.RoleIncoming, o.Migration); err == nil {
		if m.Home != o.Home {
			return nil, re.NewProblem(http.StatusConflict, re.CodeBadRequest, "migration %s belongs to another platform", o.Migration)
		}
		return answerOf(m), nil // a replayed or retried offer gets the same answer
	}
	if n := c.incomingFrom(o.Home); n >= maxIncoming {
		return nil, re.NewProblem(http.StatusTooManyRequests, re.CodeRateLimited, "%s has %d avatar migrations here, the limit is %d", o.Home, n, maxIncoming)
	}
	m := &avatar.Migration{
		ID: o.Migration, Role: avatar.RoleIncoming, Owner: o.Owner, Name: o.Name, Home: o.Home, Peer: o.Home, Subject: o.Subject,
		Via: o.Via,
	}
	// A revisit: B gives back the avatar it kept, with the changes made
	// here, when the home has not changed it since (AVIR-103).
	offered := o.CID
	if o.Via != nil {
		offered = o.Via.Original // the home's file, before the bridge converted it
	}
	if prev := c.keptAvatar(o.Home, o.Owner, o.Name); prev != nil && prev.Original != nil && prev.Original.CID == offered {
		m.Status, m.Original, m.Converted, m.Kept = avatar.StatusRestored, prev.Original, prev.Kept, prev.Kept
		m.Report.Changed = []string{"restored the avatar kept from the last visit (" + prev.Kept.CID + ")"}
		return c.finishOffer(m)
	}
	st, b, orig, err := c.fetchOffered(ctx, base, id, o.Bytes)
	if err != nil {
		return nil, err
	}
	m.Original = &orig
	cons, err := c.ownConstraints(ctx)
	if err != nil {
		return nil, err
	}
	out, outcome, err := c.convert(ctx, b, cons, c.ownUse(ctx))
	var ref *avatar.Refusal
	switch {
	case errors.As(err, &ref):
		m.Status, m.Failures = avatar.StatusRefused, ref.Failures
		// The default is this platform's own, named by it: nothing of
		// the refused file goes into it.
		def, _, derr := avatar.Default(ctx, cons, avatar.Customization{})
		if derr == nil {
			var f avatar.File
			if f, derr = c.storeAvatar(ctx, st, def); derr == nil {
				m.Default = &f
			}
		}
		if derr != nil {
			m.Error = "no default avatar within this platform's own constraints: " + derr.Error()
		}
	case err == nil:
		f, serr := c.storeAvatar(ctx, st, out)
		if serr == nil {
			m.Status, m.Converted, m.Report = avatar.StatusConverted, &f, outcome.Report
			break
		}
		err = serr
		fallthrough
	default:
		// Nothing half-done stays: the original is unpinned, and the
		// failure recorded so a retry gets the same answer.
		c.unpin(ctx, st, orig.CID)
		m.Status, m.Error, m.Original = avatar.StatusFailed, err.Error(), nil
		if perr := c.avatarRecords().Put(m, c.now()); perr != nil {
			return nil, perr
		}
		return nil, fmt.Errorf("convert avatar of migration %s: %w", m.ID, err)
	}
	return c.finishOffer(m)
}

func (c *Core) finishOffer(m *avatar.Migration) (*api.AvatarAnswer, error) {
	if err := c.avatarRecords().Put(m, c.now()); err != nil {
		return nil, err
	}
	c.auditAvatar("avatar.receive", m.Owner, map[string]string{"migration": m.ID, "home": m.Home, "status": m.Status})
	c.publish("avatar.received", m.Owner, map[string]string{"migration": m.ID, "home": m.Home, "status": m.Status})
	return answerOf(m), nil
}

// incomingFrom counts a home's incoming migrations here.
func (c *Core) incomingFrom(home string) int {
	ms, err := c.avatarRecords().List(avatar.RoleIncoming, "")
	if err != nil {
		return 0
	}
	n := 0
	for _, m := range ms {
		if m.Home == home {
			n++
		}
	}
	return n
}

// unpin releases a file pinned for a step that failed.
func (c *Core) unpin(ctx context.Context, st *ipfs.Store, ref string) {
	if id, err := ipfs.ParseCID(ref); err == nil {
		if err := st.Unpin(ctx, id); err != nil {
			c.log.Warn("unpin an avatar file of a failed step", "cid", ref, "error", err)
		}
	}
}

func answerOf(m *avatar.Migration) *api.AvatarAnswer {
	return &api.AvatarAnswer{Status: m.Status, Converted: m.Converted, Report: m.Report, Failures: m.Failures, Default: m.Default, Via: m.Via}
}

// keptAvatar is the newest incoming migration of an owner's avatar from
// a home that kept a copy here.
func (c *Core) keptAvatar(home, owner, name string) *avatar.Migration {
	ms, err := c.avatarRecords().List(avatar.RoleIncoming, owner)
	if err != nil {
		return nil
	}
	for i := range ms {
		m := &ms[i]
		if m.Home == home && m.Name == name && m.Kept != nil {
			return m
		}
	}
	return nil
}

// ReceiveAvatarForward is the bridge's side of RE POST
// /re/v1/avatars/forward: it converts the home's avatar to a format the
// destination takes, and offers it there under its own signature.
func (c *Core) ReceiveAvatarForward(ctx context.Context, from string, o api.AvatarOffer) (*api.AvatarAnswer, error) {
	id, err := checkOffer(o)
	if err != nil {
		return nil, err
	}
	if from != o.Home || o.Via != nil {
		return nil, re.NewProblem(http.StatusForbidden, re.CodeImpersonation, "%s may not forward %s's avatar", from, o.Home)
	}
	var bridged *manage.Channel
	chans, err := c.Manage.Channels()
	if err != nil {
		return nil, err
	}
	for i := range chans {
		ch := &chans[i]
		if ch.Role == manage.RoleBridge && ch.State == manage.StateEstablished && slices.Contains(ch.Parties, from) && slices.Contains(ch.Parties, o.Destination) {
			bridged = ch
			break
		}
	}
	if bridged == nil {
		return nil, re.NewProblem(http.StatusForbidden, re.CodeNotPartner, "no virtual bridge between %s and %s here", from, o.Destination)
	}
	rec := c.avatarRecords()
	unlock := rec.Lock(avatar.RoleBridge, o.Migration)
	defer unlock()
	if m, err := rec.Get(avatar.RoleBridge, o.Migration); err == nil {
		if m.Home != from || m.Peer != o.Destination {
			return nil, re.NewProblem(http.StatusConflict, re.CodeConflict, "migration %s belongs to another platform", o.Migration)
		}
		return answerOf(m), nil
	}
	// Both platforms as the virtual bridge knew them: their manifestos,
	// verified then, say what each takes and where it answers; nothing
	// the offer says is used to reach anyone.
	var dest *manage.Manifesto
	base, destBase := "", ""
	for _, read := range []func(*manage.Channel) (*manage.Manifesto, error){manage.PeerManifesto, manage.ResponderManifesto} {
		pm, err := read(bridged)
		if err != nil {
			continue
		}
		switch pm.Platform.DID {
		case o.Destination:
			dest, destBase = pm, pm.Platform.Endpoints.RE
		case from:
			base = pm.Platform.Endpoints.RE
		}
	}
	// A platform's DID document follows its node when it moves; the
	// manifesto's endpoint is where it was when the bridge was made.
	reach := func(peer, signed string) string {
		if b, want, err := c.peerEndpoint(ctx, peer); err == nil && (want == "" || want == peer) {
			return b
		}
		return signed
	}
	if dest != nil {
		base, destBase = reach(from, base), reach(o.Destination, destBase)
	}
	if dest == nil || base == "" || destBase == "" {
		return nil, re.NewProblem(http.StatusConflict, re.CodeNoChannel, "this bridge keeps no manifestos with endpoints of %s and %s for channel %s", from, o.Destination, bridged.ID)
	}
	st, b, before, err := c.fetchOffered(ctx, base, id, o.Bytes)
	if err != nil {
		return nil, err
	}
	m := &avatar.Migration{ID: o.Migration, Role: avatar.RoleBridge, Owner: o.Owner, Name: o.Name, Home: o.Home, Peer: o.Destination, Subject: o.Subject, Original: &before}
	// The bridge converts the format only; the destination fits the
	// rest to its own limits. Handing the avatar on is redistribution.
	formats := avatar.Constraints{Formats: constraintsOf(dest).Formats}
	out, outcome, err := c.convert(ctx, b, formats, avatar.Use{Redistribute: true})
	var ref *avatar.Refusal
	if errors.As(err, &ref) {
		// The bridge says it is the one refusing, so the home does not
		// take it for the destination's answer.
		m.Status, m.Failures = avatar.StatusRefused, ref.Failures
		m.Via = &avatar.Via{Bridge: c.Home.Config.Platform.DID, Original: o.CID}
		c.unpin(ctx, st, before.CID)
		_ = rec.Put(m, c.now())
		c.auditAvatar("avatar.bridge", o.Owner, map[string]string{"migration": m.ID, "home": o.Home, "peer": o.Destination, "status": m.Status})
		return answerOf(m), nil
	}
	if err != nil {
		return nil, err
	}
	conv, err := c.storeAvatar(ctx, st, out)
	if err != nil {
		return nil, err
	}
	via := &avatar.Via{Bridge: c.Home.Config.Platform.DID, Original: o.CID, Report: outcome.Report, Before: &before}
	fwd := o
	fwd.CID, fwd.Bytes, fwd.Description, fwd.Via, fwd.Destination = conv.CID, conv.Bytes, conv.Description, via, ""
	var ans api.AvatarAnswer
	if err := c.Manage.Client.Do(ctx, http.MethodPost, destBase, "/re/v1/avatars", o.Destination, fwd, &ans); err != nil {
		return nil, fmt.Errorf("forward avatar to %s: %w", o.Destination, err)
	}
	if err := checkAnswer(ans); err != nil {
		return nil, err
	}
	ans.Via = via
	m.Status, m.Converted, m.Report, m.Failures, m.Default, m.Via = ans.Status, &conv, outcome.Report, ans.Failures, ans.Default, via
	if err := rec.Put(m, c.now()); err != nil {
		return nil, err
	}
	c.auditAvatar("avatar.bridge", o.Owner, map[string]string{"migration": m.ID, "home": o.Home, "peer": o.Destination, "status": m.Status, "cid": conv.CID})
	return &ans, nil
}

// ImportAvatar implements api.Avatars.
func (c *Core) ImportAvatar(ctx context.Context, req api.ImportAvatarRequest) (*avatar.Migration, error) {
	rec := c.avatarRecords()
	unlock := rec.Lock(avatar.RoleIncoming, req.ID)
	defer unlock()
	m, err := rec.Get(avatar.RoleIncoming, req.ID)
	if err != nil {
		return nil, err
	}
	if len(req.Account) > 256 {
		return nil, avatarInput("account of at most 256 bytes")
	}
	switch {
	case req.Default:
		cons, err := c.ownConstraints(ctx)
		if err != nil {
			return nil, err
		}
		b, _, err := avatar.Default(ctx, cons, req.Customize)
		if err != nil {
			return nil, avatarInput("%v", err)
		}
		st, err := c.ContentStore(ctx)
		if err != nil {
			return nil, err
		}
		f, err := c.storeAvatar(ctx, st, b)
		if err != nil {
			return nil, err
		}
		m.Status, m.Default, m.Kept = avatar.StatusDefault, &f, &f
	case m.Status == avatar.StatusConverted || m.Status == avatar.StatusRestored:
		m.Status, m.Kept = avatar.StatusImported, m.Converted
	case m.Status == avatar.StatusImported:
		return m, nil
	default:
		return nil, avatarInput("migration %s is %s: import takes a converted avatar, or --default for this platform's default avatar", m.ID, m.Status)
	}
	m.Account = req.Account
	if err := rec.Put(m, c.now()); err != nil {
		return nil, err
	}
	c.auditAvatar("avatar.import", m.Owner, map[string]string{"migration": m.ID, "status": m.Status, "cid": m.Kept.CID})
	c.publish("avatar.imported", m.Owner, map[string]string{"migration": m.ID, "cid": m.Kept.CID})
	return m, nil
}

// SyncAvatar implements api.Avatars.
func (c *Core) SyncAvatar(ctx context.Context, req api.SyncAvatarRequest) (*api.AvatarSync, error) {
	name, subject, err := checkOwner(req.Owner, req.Name)
	if err != nil {
		return nil, err
	}
	// The change goes to the subject's home: the migration it came by
	// must be from there, whatever other platform offered this owner.
	svc, err := c.Anchors(ctx)
	if err != nil {
		return nil, err
	}
	sub, err := svc.Subject(subject)
	if err != nil {
		return nil, avatarInput("%s is not held here (its home shares it on migration): %v", subject, err)
	}
	var m *avatar.Migration
	ms, err := c.avatarRecords().List(avatar.RoleIncoming, req.Owner)
	if err != nil {
		return nil, err
	}
	for i := range ms {
		if ms[i].Name == name && ms[i].Home == sub.Home && ms[i].Kept != nil && ms[i].Status != avatar.StatusDefault {
			m = &ms[i]
			break
		}
	}
	if m == nil {
		return nil, avatarInput("%s has no imported visiting avatar here to sync (import it first)", subject)
	}
	rec := c.avatarRecords()
	unlock := rec.Lock(avatar.RoleIncoming, m.ID)
	defer unlock()
	st, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	b, err := c.readAvatar(ctx, st, req.CID, maxAvatarBytes)
	if err != nil {
		return nil, err
	}
	kept, err := c.storeAvatar(ctx, st, b)
	if err != nil {
		return nil, avatarInput("%v", err)
	}
	changes := partChanges(m.Kept.Description, kept.Description)
	if len(changes) == 0 {
		changes = []string{"changed"}
	}
	// The home gets the change in its own format and limits.
	_, homeM, err := c.avatarChannel(m.Home, false)
	if err != nil {
		return nil, err
	}
	out, outcome, err := c.convert(ctx, b, constraintsOf(homeM), avatar.Use{})
	if err != nil {
		return nil, err
	}
	home, err := c.storeAvatar(ctx, st, out)
	if err != nil {
		return nil, err
	}
	v, err := c.ProposeVersion(ctx, api.ProposeVersionRequest{
		Subject: subject,
		Content: map[string]string{"avatar": home.CID, "visiting": kept.CID},
		State:   map[string]string{"format": string(home.Description.Format), "triangles": strconv.Itoa(home.Description.Triangles), "change": truncate(strings.Join(changes, "; "), 256)},
	})
	if err != nil {
		return nil, fmt.Errorf("anchor the change of %s: %w", subject, err)
	}
	m.Kept, m.Original = &kept, &home
	if err := rec.Put(m, c.now()); err != nil {
		return nil, err
	}
	c.auditAvatar("avatar.sync", req.Owner, map[string]string{"migration": m.ID, "subject": subject, "version": v.CID})
	return &api.AvatarSync{Changes: changes, Kept: kept, Home: home, Report: outcome.Report, Version: *v}, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// partChanges says which outfits and accessories changed (AVIR-104, 303).
func partChanges(before, after vrm.Description) []string {
	was := map[string]vrm.Part{}
	for _, p := range before.Parts {
		was[p.Kind+"/"+p.Name] = p
	}
	is := map[string]bool{}
	var out []string
	for _, p := range after.Parts {
		is[p.Kind+"/"+p.Name] = true
		if _, ok := was[p.Kind+"/"+p.Name]; !ok {
			out = append(out, fmt.Sprintf("%s %q added", p.Kind, p.Name))
		}
	}
	for _, p := range before.Parts {
		if !is[p.Kind+"/"+p.Name] {
			out = append(out, fmt.Sprintf("%s %q removed", p.Kind, p.Name))
		}
	}
	slices.Sort(out)
	return out
}

// AvatarMigrations implements api.Avatars.
func (c *Core) AvatarMigrations(ctx context.Context, owner string) ([]avatar.Migration, error) {
	return c.avatarRecords().List("", owner)
}

// AvatarMigration implements api.Avatars.
func (c *Core) AvatarMigration(ctx context.Context, id, role string) (*avatar.Migration, error) {
	roles := []string{avatar.RoleOutgoing, avatar.RoleIncoming, avatar.RoleBridge}
	if role != "" {
		if !slices.Contains(roles, role) {
			return nil, avatarInput("role %q: give outgoing, incoming or bridge", role)
		}
		roles = []string{role}
	}
	for _, r := range roles {
		if m, err := c.avatarRecords().Get(r, id); err == nil {
			return m, nil
		}
	}
	return nil, fmt.Errorf("%w: %s", avatar.ErrNoMigration, id)
}

// AvatarHistory implements api.Avatars.
func (c *Core) AvatarHistory(ctx context.Context, owner, name string) ([]api.VersionRecord, error) {
	_, subject, err := checkOwner(owner, name)
	if err != nil {
		return nil, err
	}
	return c.SubjectHistory(ctx, subject)
}

// avatarChanged takes a change of one of this node's home avatars made
// on a platform that holds it (9.1 step 7): it fetches the version's two
// files, the avatar for the home and the visited platform's copy, from
// that platform's gateway, checks they are avatars, and tells the home's
// platform. Versions of other subjects, of other authors, or from a
// platform that does not hold the subject fetch nothing.
func (c *Core) avatarChanged(ctx context.Context, owner, subject, version, from string) {
	svc := c.anchor.svc
	if svc == nil || from == "" {
		return
	}
	sub, rec, err := svc.Head(subject)
	if err != nil || rec.CID != version || sub.Home != c.Home.Config.Platform.DID || !slices.Contains(sub.Holders, from) || rec.Version.Author != from {
		return
	}
	data := map[string]string{"subject": subject, "version": version, "from": from, "avatar": rec.Version.Content["avatar"]}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	st, err := c.ContentStore(ctx)
	if err != nil {
		return
	}
	base, _, err := c.peerEndpoint(ctx, from)
	if err != nil {
		c.log.Warn("reach the platform of a synced avatar", "from", from, "error", err)
		return
	}
	for _, key := range []string{"avatar", "visiting"} {
		ref := rec.Version.Content[key]
		id, err := ipfs.ParseCID(ref)
		if err != nil {
			continue
		}
		if ok, _ := st.Has(ctx, id); ok {
			continue
		}
		if _, err := st.FetchAtMost(ctx, base, id, ipfs.DAGBytes(maxAvatarBytes)); err != nil {
			c.log.Warn("fetch a synced avatar file", "cid", ref, "from", from, "error", err)
			data["error"] = "fetch " + key + ": " + err.Error()
			continue
		}
		if b, err := c.readAvatar(ctx, st, ref, maxAvatarBytes); err == nil {
			if _, err = vrm.Decode(b, vrm.Limits{MaxBytes: maxAvatarBytes, MaxNodes: 20_000}); err != nil {
				c.unpin(ctx, st, ref)
				data["error"] = key + " is not an avatar: " + err.Error()
			}
		}
	}
	c.publish("avatar.changed", owner, data)
}

func (c *Core) auditAvatar(op, owner string, detail map[string]string) {
	if _, err := c.Audit.Append(audit.Event{API: c.cfg.API, Op: op, Actor: "platform", Subject: owner, Outcome: "ok", Detail: detail}, nil); err != nil {
		c.log.Error("audit an avatar operation", "op", op, "error", err)
	}
}
