package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	chunk "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	ft "github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	ipld "github.com/ipfs/go-ipld-format"
)

// DefaultChunker is Kubo's: fixed 256 KiB chunks.
const DefaultChunker = "size-262144"

// AddOptions are `ipfs add`'s options, with Kubo's meanings and defaults: the
// zero value adds like a plain `ipfs add` (CIDv0, 256 KiB chunks, balanced
// DAG, dag-pb leaves), and CIDVersion 1 alone gives `ipfs add --cid-version 1`
// (raw leaves on). The modern profile is CIDVersion 1 with Chunker
// "size-1048576".
type AddOptions struct {
	// CIDVersion is 0 or 1.
	CIDVersion int
	// RawLeaves stores file data in raw blocks. Nil means Kubo's default:
	// on with CIDv1, off with CIDv0.
	RawLeaves *bool
	// Chunker is Kubo's --chunker: "size-N", "rabin[-min-avg-max]" or
	// "buzhash"; empty means DefaultChunker.
	Chunker string
	// Pin the root recursively once everything is stored.
	Pin bool
	// Hidden includes files and folders whose names start with a dot, as
	// Kubo's --hidden; they are skipped otherwise.
	Hidden bool
	// OnlyHash computes the CID without storing anything.
	OnlyHash bool
	// Progress, when set, is called with the bytes of file data read so far.
	Progress func(read int64)
}

// ErrBadAddOptions is returned for options Kubo would refuse too.
var ErrBadAddOptions = errors.New("invalid add options")

func (o AddOptions) rawLeaves() bool {
	if o.RawLeaves != nil {
		return *o.RawLeaves
	}
	return o.CIDVersion == 1
}

func (o AddOptions) cidBuilder() cid.Builder {
	if o.CIDVersion == 1 {
		return merkledag.V1CidPrefix()
	}
	return merkledag.V0CidPrefix()
}

func (o AddOptions) check() error {
	if o.CIDVersion != 0 && o.CIDVersion != 1 {
		return fmt.Errorf("%w: CID version %d: want 0 or 1", ErrBadAddOptions, o.CIDVersion)
	}
	if _, err := chunk.FromString(strings.NewReader(""), o.chunker()); err != nil {
		return fmt.Errorf("%w: chunker %q: want size-N (N ≤ 1 MiB), rabin or buzhash: %v", ErrBadAddOptions, o.Chunker, err)
	}
	return nil
}

func (o AddOptions) chunker() string {
	if o.Chunker == "" {
		return DefaultChunker
	}
	return o.Chunker
}

// Added is the result of an add.
type Added struct {
	CID cid.Cid `json:"cid"`
	// Name is the name a client gave the upload (RI's name parameter).
	Name string `json:"name,omitempty"`
	// Bytes of file data read.
	Bytes int64 `json:"bytes"`
	// Files and Dirs added (a single file is 1 and 0).
	Files int `json:"files"`
	Dirs  int `json:"dirs"`
}

// adder carries one add operation.
type adder struct {
	ctx  context.Context
	opts AddOptions
	dag  *ipld.BufferedDAG
	read int64
	res  Added
}

// Add imports a file or a directory tree from the local file system and
// returns its root CID: the CID `ipfs add [-r]` with the same options prints.
// Nothing is pinned or kept half-done: blocks are written in batches and made
// durable before the root is pinned.
func (s *Store) Add(ctx context.Context, path string, opts AddOptions) (Added, error) {
	if err := opts.check(); err != nil {
		return Added{}, err
	}
	fi, err := os.Lstat(path)
	if err != nil {
		return Added{}, fmt.Errorf("add %s: %w", path, err)
	}
	return s.add(ctx, opts, func(a *adder) (ipld.Node, error) {
		return a.addPath(path, fi)
	})
}

// AddReader imports one file's bytes from r.
func (s *Store) AddReader(ctx context.Context, r io.Reader, opts AddOptions) (Added, error) {
	if err := opts.check(); err != nil {
		return Added{}, err
	}
	return s.add(ctx, opts, func(a *adder) (ipld.Node, error) {
		a.res.Files++
		return a.addFile(r)
	})
}

func (s *Store) add(ctx context.Context, opts AddOptions, build func(*adder) (ipld.Node, error)) (Added, error) {
	dag := s.dag
	if opts.OnlyHash {
		// Kubo's --only-hash: blocks go nowhere.
		null := blockstore.NewBlockstore(dssync.MutexWrap(ds.NewNullDatastore()))
		dag = merkledag.NewDAGService(blockservice.New(null, nil))
	} else {
		// GC must not collect what this add writes before it is pinned.
		defer s.blocks.PinLock(ctx).Unlock(ctx)
	}
	var track *trackingDAG
	if !opts.OnlyHash {
		track = &trackingDAG{DAGService: dag, s: s}
		defer track.done()
		dag = track
	}
	a := &adder{ctx: ctx, opts: opts, dag: ipld.NewBufferedDAG(ctx, dag)}
	res, err := s.finishAdd(ctx, a, build)
	if err != nil && track != nil {
		// An add cut short (a cancelled upload, one over its size limit, a
		// bad tar entry) leaves nothing behind: the blocks it wrote that the
		// store did not hold before go again. The batch still being filled
		// is not written at all; rollback waits for those handed out.
		track.rollback(ctx)
	}
	return res, err
}

func (s *Store) finishAdd(ctx context.Context, a *adder, build func(*adder) (ipld.Node, error)) (Added, error) {
	root, err := build(a)
	if err != nil {
		return Added{}, err
	}
	if err := a.dag.Commit(); err != nil {
		return Added{}, fmt.Errorf("write blocks: %w", err)
	}
	a.res.CID, a.res.Bytes = root.Cid(), a.read
	if a.opts.OnlyHash {
		return a.res, nil
	}
	if err := s.sync(ctx); err != nil {
		return Added{}, fmt.Errorf("make blocks durable: %w", err)
	}
	if a.opts.Pin {
		if err := s.pinLocked(ctx, root.Cid()); err != nil {
			return Added{}, err
		}
	}
	return a.res, nil
}

// trackingDAG remembers the blocks an add writes that were not in the store
// before, so a failed add can take them out again. Batches are written
// concurrently, hence the lock.
//
// The add's ending waits for writes under way: ipld's Batch.Commit returns
// at the first error or at the add's cancel without waiting for the batches
// it has handed out, and a batch that claimed after the rollback would leave
// its claims counted and its blocks stored. A batch that comes after the end
// writes nothing.
type trackingDAG struct {
	ipld.DAGService
	s *Store

	mu      sync.Mutex
	ended   bool
	writing sync.WaitGroup
	claimed []cid.Cid
	fresh   []cid.Cid
}

// errAddEnded refuses a batch that reaches the store after its add ended.
var errAddEnded = errors.New("the add has ended")

func (t *trackingDAG) Add(ctx context.Context, nd ipld.Node) error {
	return t.AddMany(ctx, []ipld.Node{nd})
}

func (t *trackingDAG) AddMany(ctx context.Context, nds []ipld.Node) error {
	t.mu.Lock()
	if t.ended {
		t.mu.Unlock()
		return errAddEnded
	}
	t.writing.Add(1)
	t.mu.Unlock()
	defer t.writing.Done()
	cids := make([]cid.Cid, len(nds))
	for i, nd := range nds {
		cids[i] = nd.Cid()
	}
	fresh, err := t.s.writes.claim(ctx, t.s, cids)
	if err != nil {
		return err // nothing claimed
	}
	// Recorded before the write: a write that fails half way may have
	// stored some of them.
	t.mu.Lock()
	t.claimed = append(t.claimed, cids...)
	t.fresh = append(t.fresh, fresh...)
	t.mu.Unlock()
	return t.DAGService.AddMany(ctx, nds)
}

// end refuses further batches and waits for those under way.
func (t *trackingDAG) end() {
	t.mu.Lock()
	t.ended = true
	t.mu.Unlock()
	t.writing.Wait()
}

// rollback removes what the add stored fresh that nothing else uses.
func (t *trackingDAG) rollback(ctx context.Context) {
	t.end()
	t.mu.Lock()
	defer t.mu.Unlock()
	t.s.rollback(ctx, t.claimed, t.fresh)
	t.claimed, t.fresh = nil, nil
}

// done ends the add's claims (after its pin, or after a rollback).
func (t *trackingDAG) done() {
	t.end()
	t.mu.Lock()
	defer t.mu.Unlock()
	t.s.writes.release(t.claimed)
	t.claimed, t.fresh = nil, nil
}

func (a *adder) addPath(path string, fi fs.FileInfo) (ipld.Node, error) {
	if err := a.ctx.Err(); err != nil {
		return nil, err
	}
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		target, err := os.Readlink(path)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", path, err)
		}
		return a.addSymlink(target)
	case fi.IsDir():
		return a.addDir(path)
	case fi.Mode().IsRegular():
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", path, err)
		}
		defer f.Close()
		a.res.Files++
		nd, err := a.addFile(f)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", path, err)
		}
		return nd, nil
	}
	return nil, fmt.Errorf("add %s: %s is neither a file, a directory nor a symlink", path, fi.Mode().Type())
}

func (a *adder) addFile(r io.Reader) (ipld.Node, error) {
	spl, err := chunk.FromString(&countingReader{r: r, a: a}, a.opts.chunker())
	if err != nil {
		return nil, err
	}
	params := helpers.DagBuilderParams{
		Maxlinks:   helpers.DefaultLinksPerBlock,
		RawLeaves:  a.opts.rawLeaves(),
		CidBuilder: a.opts.cidBuilder(),
		Dagserv:    a.dag,
	}
	db, err := params.New(spl)
	if err != nil {
		return nil, err
	}
	return balanced.Layout(db)
}

func (a *adder) addSymlink(target string) (ipld.Node, error) {
	data, err := ft.SymlinkData(target)
	if err != nil {
		return nil, err
	}
	nd := merkledag.NodeWithData(data)
	if err := nd.SetCidBuilder(a.opts.cidBuilder()); err != nil {
		return nil, err
	}
	if err := a.dag.Add(a.ctx, nd); err != nil {
		return nil, err
	}
	return nd, nil
}

func (a *adder) addDir(path string) (ipld.Node, error) {
	entries, err := os.ReadDir(path) // sorted by name, as Kubo walks
	if err != nil {
		return nil, fmt.Errorf("add %s: %w", path, err)
	}
	dir, err := uio.NewDirectory(a.dag, uio.WithCidBuilder(a.opts.cidBuilder()))
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !a.opts.Hidden && strings.HasPrefix(e.Name(), ".") {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", filepath.Join(path, e.Name()), err)
		}
		child, err := a.addPath(filepath.Join(path, e.Name()), fi)
		if err != nil {
			return nil, err
		}
		if err := dir.AddChild(a.ctx, e.Name(), child); err != nil {
			return nil, fmt.Errorf("add %s to its directory: %w", e.Name(), err)
		}
	}
	nd, err := dir.GetNode()
	if err != nil {
		return nil, err
	}
	if err := a.dag.Add(a.ctx, nd); err != nil {
		return nil, err
	}
	a.res.Dirs++
	return nd, nil
}

// countingReader reports file bytes as the chunker reads them, and stops an
// import whose context is cancelled.
type countingReader struct {
	r io.Reader
	a *adder
}

func (c *countingReader) Read(p []byte) (int, error) {
	if err := c.a.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	c.a.read += int64(n)
	if c.a.opts.Progress != nil && n > 0 {
		c.a.opts.Progress(c.a.read)
	}
	return n, err
}
