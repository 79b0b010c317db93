package core

import (
	"context"
	"fmt"
	"io"
	"net/netip"
	"net/url"
	"os"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/ipfs"
)

// The content store (COSF, RI-3) on the home's IPFS store, opened on first
// use. Operations that change the store are logged as content.* in the
// audit log (LAF): by the RI server per request, here when a command runs
// them in process.

// ContentAdd stores a file's bytes or a folder's tar stream.
func (c *Core) ContentAdd(ctx context.Context, up api.Upload, opts api.AddOptions) (*api.Added, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	var added ipfs.Added
	if up.Folder {
		added, err = s.AddTar(ctx, up.Body, opts)
	} else {
		added, err = s.AddReader(ctx, up.Body, opts)
	}
	if !opts.OnlyHash {
		c.logContent("content.add", added.CID, err)
	}
	if err != nil {
		return nil, err
	}
	added.Name = up.Name
	return &added, nil
}

// ContentCat opens a file's bytes (or a range of them).
func (c *Core) ContentCat(ctx context.Context, id cid.Cid, offset, length int64) (*api.ContentReader, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	f, err := s.Cat(ctx, id, offset, length)
	if err != nil {
		return nil, err
	}
	return &api.ContentReader{ReadCloser: f, Size: f.Size}, nil
}

// ContentLs lists a directory.
func (c *Core) ContentLs(ctx context.Context, id cid.Cid) ([]api.Entry, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	entries, err := s.Ls(ctx, id)
	if entries == nil && err == nil {
		entries = []api.Entry{}
	}
	return entries, err
}

// ContentStat describes a CID's DAG.
func (c *Core) ContentStat(ctx context.Context, id cid.Cid) (*api.Stat, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	st, err := s.Stat(ctx, id)
	if err != nil {
		return nil, err
	}
	return &st, nil
}

// ContentExport writes a CID's DAG as a CARv1.
func (c *Core) ContentExport(ctx context.Context, id cid.Cid, w io.Writer) (*api.Exported, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	n, err := s.Export(ctx, id, w)
	if err != nil {
		return nil, err
	}
	return &api.Exported{CID: id.String(), Blocks: n}, nil
}

// ContentImport stores a CAR's blocks and pins its complete roots.
func (c *Core) ContentImport(ctx context.Context, car io.Reader) (*api.Imported, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	imp, err := s.Import(ctx, car)
	root := cid.Undef
	if len(imp.Roots) > 0 {
		root = imp.Roots[0]
	}
	c.logContent("content.import", root, err)
	if err != nil {
		return nil, err
	}
	return &imp, nil
}

// PinAdd pins a CID whose DAG is complete in the store.
func (c *Core) PinAdd(ctx context.Context, id cid.Cid) (*api.PinChange, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	err = s.Pin(ctx, id)
	c.logContent("content.pin", id, err)
	if err != nil {
		return nil, err
	}
	return &api.PinChange{CID: id.String(), Action: "add"}, nil
}

// PinRm unpins a CID.
func (c *Core) PinRm(ctx context.Context, id cid.Cid) (*api.PinChange, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	err = s.Unpin(ctx, id)
	c.logContent("content.unpin", id, err)
	if err != nil {
		return nil, err
	}
	return &api.PinChange{CID: id.String(), Action: "rm"}, nil
}

// PinLs lists the pinned roots.
func (c *Core) PinLs(ctx context.Context) ([]string, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	pins, err := s.Pins(ctx)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(pins))
	for _, p := range pins {
		ids = append(ids, p.String())
	}
	return ids, nil
}

// ContentGC removes every block no pin reaches.
func (c *Core) ContentGC(ctx context.Context) (*api.GCResult, error) {
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	res, err := s.GC(ctx)
	c.logContent("content.gc", cid.Undef, err)
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// ContentFetch fetches a DAG from the gateway the caller names. The caller
// is the operator (a command) or the operator's own platform (RI, with the
// bearer token), never a peer, so the gateway may be on a private address:
// every block is still checked against its CID and the fetch is bounded by
// the store's fetch limits (size, time).
func (c *Core) ContentFetch(ctx context.Context, req api.FetchRequest) (*api.Fetched, error) {
	id, err := ipfs.ParseCID(req.CID)
	if err != nil {
		return nil, err
	}
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	named := egress.New(egress.Config{AllowPrivate: egress.Everywhere}).Client(egress.Limits{})
	res, err := s.FetchFrom(ctx, named, req.From, id)
	c.logContent("content.fetch", id, err)
	if err != nil {
		return nil, err
	}
	return &api.Fetched{CID: id.String(), Blocks: res.Blocks, New: res.New, Bytes: res.Bytes}, nil
}

// ContentMigrate copies the embedded store's pinned content into a Kubo.
func (c *Core) ContentMigrate(ctx context.Context, req api.ContentMigrateRequest) (*api.Migrated, error) {
	to, err := ipfs.ParseBackend(req.To)
	if err != nil {
		return nil, err
	}
	if to == "" {
		return nil, fmt.Errorf("%w: migrate moves content into a Kubo: give kubo:http://HOST:PORT", ipfs.ErrBadBackend)
	}
	if c.cfg.API == APIRI && !onThisMachine(to) {
		// The RI caller names where the node sends its content, with the
		// Kubo credential: over RI, only to a Kubo on this machine.
		return nil, fmt.Errorf("%w: over RI, migrate goes only to a Kubo on this machine (loopback); migrate to %s from the node's own command line", ipfs.ErrBadBackend, to)
	}
	s, err := c.ContentStore(ctx)
	if err != nil {
		return nil, err
	}
	if s.Backend() != "embedded" {
		return nil, fmt.Errorf("%w: the node's content is on %s already: migrate copies the embedded store while content.backend is \"embedded\" (set it back in the home's config.toml to migrate the embedded store again)", ipfs.ErrBadBackend, s.Backend())
	}
	k, err := node.KuboOptions(c.Home, to, os.Getenv)
	if err != nil {
		return nil, err
	}
	dst, err := ipfs.OpenKubo(ctx, k, ipfs.Options{})
	if err != nil {
		return nil, err
	}
	defer dst.Close()
	res, err := s.CopyTo(ctx, dst, nil)
	c.logContent("content.migrate", cid.Undef, err)
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// onThisMachine says whether a URL's host is a loopback address.
func onThisMachine(rawURL string) bool {
	u, err := url.Parse(rawURL)
	if err != nil {
		return false
	}
	if u.Hostname() == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(u.Hostname())
	return err == nil && ip.IsLoopback()
}

// logContent records a change to the content store run in process; the RI
// server logs its requests itself.
func (c *Core) logContent(op string, id cid.Cid, err error) {
	if c.cfg.API == APIRI {
		return
	}
	ev := audit.Event{API: c.cfg.API, Op: op, Actor: "platform", Outcome: "ok"}
	if id.Defined() {
		ev.Subject = id.String()
	}
	if err != nil {
		ev.Outcome = "failed"
	}
	if _, aerr := c.Audit.Append(ev, nil); aerr != nil {
		c.log.Error("audit log", "op", op, "error", aerr)
	}
}
