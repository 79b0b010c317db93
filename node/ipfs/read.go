package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/ipfs/boxo/ipld/merkledag"
	ft "github.com/ipfs/boxo/ipld/unixfs"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/multiformats/go-multicodec"
)

// ErrNotAFile and ErrNotADirectory are returned when a CID names the other
// kind of UnixFS node (or no UnixFS node at all).
var (
	ErrNotAFile      = errors.New("not a file")
	ErrNotADirectory = errors.New("not a directory")
)

// ErrBadRange is returned by Cat for an offset past the file's end.
var ErrBadRange = errors.New("range not satisfiable")

// ParseCID parses a CID in any multibase, with an error that says what a CID
// looks like.
func ParseCID(s string) (cid.Cid, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, fmt.Errorf("%q is not a CID (want Qm… or bafy…/bafk…): %v", s, err)
	}
	return c, nil
}

// File is an open UnixFS file: a reader over its bytes (or a range of them).
type File struct {
	io.Reader
	closer io.Closer
	// Size of the whole file.
	Size uint64
}

// Close releases the reader.
func (f *File) Close() error { return f.closer.Close() }

// Cat opens the file c for reading from offset; length < 0 reads to the end.
func (s *Store) Cat(ctx context.Context, c cid.Cid, offset, length int64) (*File, error) {
	nd, err := s.dag.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("cat %s: %w", c, notFound(c, err))
	}
	if pn, ok := nd.(*merkledag.ProtoNode); ok {
		fsn, err := ft.FSNodeFromBytes(pn.Data())
		if err != nil {
			return nil, fmt.Errorf("cat %s: %w: dag-pb node without UnixFS data", c, ErrNotAFile)
		}
		switch fsn.Type() {
		case ft.TFile, ft.TRaw:
		case ft.TDirectory, ft.THAMTShard:
			return nil, fmt.Errorf("cat %s: %w: it is a directory (use ls)", c, ErrNotAFile)
		default:
			return nil, fmt.Errorf("cat %s: %w: UnixFS %s", c, ErrNotAFile, fsn.Type())
		}
	} else if _, ok := nd.(*merkledag.RawNode); !ok {
		return nil, fmt.Errorf("cat %s: %w: %s is not UnixFS", c, ErrNotAFile, codecName(c))
	}
	r, err := uio.NewDagReader(ctx, nd, s.dag)
	if err != nil {
		return nil, fmt.Errorf("cat %s: %w", c, err)
	}
	size := r.Size()
	if offset < 0 || uint64(offset) > size {
		r.Close()
		return nil, fmt.Errorf("cat %s: %w: offset %d is outside the file's %d bytes", c, ErrBadRange, offset, size)
	}
	if _, err := r.Seek(offset, io.SeekStart); err != nil {
		r.Close()
		return nil, fmt.Errorf("cat %s: seek to %d: %w", c, offset, err)
	}
	f := &File{Reader: &notFoundReader{r: r, c: c}, closer: r, Size: size}
	if length >= 0 {
		f.Reader = io.LimitReader(f.Reader, length)
	}
	return f, nil
}

// notFoundReader turns a block missing halfway through a file into ErrNotFound.
type notFoundReader struct {
	r io.Reader
	c cid.Cid
}

func (n *notFoundReader) Read(p []byte) (int, error) {
	k, err := n.r.Read(p)
	if err != nil && err != io.EOF {
		err = notFound(n.c, err)
	}
	return k, err
}

// Entry is one entry of a directory.
type Entry struct {
	Name string  `json:"name"`
	CID  cid.Cid `json:"cid"`
	Type string  `json:"type"` // file, directory, symlink or raw
	Size uint64  `json:"size"` // file size for files, DAG size otherwise
}

// Ls lists the directory c (plain or HAMT-sharded).
func (s *Store) Ls(ctx context.Context, c cid.Cid) ([]Entry, error) {
	nd, err := s.dag.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("ls %s: %w", c, notFound(c, err))
	}
	dir, err := uio.NewDirectoryFromNode(s.dag, nd)
	if err != nil {
		return nil, fmt.Errorf("ls %s: %w", c, ErrNotADirectory)
	}
	var out []Entry
	err = dir.ForEachLink(ctx, func(l *ipld.Link) error {
		st, err := s.nodeStat(ctx, l.Cid)
		if err != nil {
			return err
		}
		e := Entry{Name: l.Name, CID: l.Cid, Type: st.Type, Size: l.Size}
		if st.Type == "file" || st.Type == "raw" {
			e.Size = st.FileSize
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ls %s: %w", c, notFound(c, err))
	}
	return out, nil
}

// Stat describes a CID's node and its whole DAG.
type Stat struct {
	CID        cid.Cid `json:"cid"`
	CIDVersion uint64  `json:"cidVersion"`
	Codec      string  `json:"codec"` // dag-pb or raw
	Type       string  `json:"type"`  // file, directory, hamt-directory, symlink, raw
	// FileSize is the file's size in bytes (files and raw blocks).
	FileSize uint64 `json:"fileSize"`
	// Blocks and DAGSize count the distinct blocks of the DAG and their bytes.
	Blocks  int    `json:"blocks"`
	DAGSize uint64 `json:"dagSize"`
}

// Stat describes c and walks its DAG, which must be complete in the store.
func (s *Store) Stat(ctx context.Context, c cid.Cid) (Stat, error) {
	st, err := s.nodeStat(ctx, c)
	if err != nil {
		return Stat{}, err
	}
	seen := cid.NewSet()
	var walkErr error
	err = merkledag.Walk(ctx, merkledag.GetLinksWithDAG(s.dag), c, func(k cid.Cid) bool {
		if !seen.Visit(k) {
			return false
		}
		size, err := s.blocks.GetSize(ctx, k)
		if err != nil {
			walkErr = notFound(k, err)
			return false
		}
		st.Blocks++
		st.DAGSize += uint64(size)
		return true
	})
	if walkErr != nil {
		err = walkErr
	}
	if err != nil {
		return Stat{}, fmt.Errorf("stat %s: %w", c, notFound(c, err))
	}
	return st, nil
}

// nodeStat reads c's own node only.
func (s *Store) nodeStat(ctx context.Context, c cid.Cid) (Stat, error) {
	nd, err := s.dag.Get(ctx, c)
	if err != nil {
		return Stat{}, fmt.Errorf("stat %s: %w", c, notFound(c, err))
	}
	st := Stat{CID: c, CIDVersion: c.Version(), Codec: codecName(c)}
	switch nd := nd.(type) {
	case *merkledag.RawNode:
		st.Type, st.FileSize = "raw", uint64(len(nd.RawData()))
	case *merkledag.ProtoNode:
		fsn, err := ft.FSNodeFromBytes(nd.Data())
		if err != nil {
			st.Type = "dag-pb"
			break
		}
		switch fsn.Type() {
		case ft.TFile, ft.TRaw:
			st.Type, st.FileSize = "file", fsn.FileSize()
		case ft.TDirectory:
			st.Type = "directory"
		case ft.THAMTShard:
			st.Type = "hamt-directory"
		case ft.TSymlink:
			st.Type = "symlink"
		default:
			st.Type = fsn.Type().String()
		}
	default:
		st.Type = codecName(c)
	}
	return st, nil
}

func codecName(c cid.Cid) string {
	return multicodec.Code(c.Type()).String()
}
