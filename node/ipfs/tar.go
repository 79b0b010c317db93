package ipfs

import (
	"archive/tar"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	ipld "github.com/ipfs/go-ipld-format"
)

// ErrBadTar is returned for a tar stream AddTar cannot take as a folder.
var ErrBadTar = errors.New("invalid folder tar")

// Bounds of a folder sent as a tar: what a file system would refuse too.
const (
	maxTarPath = 4096
	maxTarName = 255
	// A folder of more entries, or entries and the folders their paths
	// make, deeper than a file system's, costs memory for nothing: every
	// folder is held until the last entry is read.
	maxTarEntries = 100_000
	maxTarDepth   = 256
)

// AddTar imports a folder sent as a tar stream (POSIX ustar, PAX or GNU)
// and returns the CID `ipfs add -r` prints for the same folder with the
// same options: entries are paths relative to the folder ("a.txt",
// "sub/b.txt"), directories are made for every path that needs one, and
// each directory's entries are added in name order, as Add walks a folder.
// Regular files, directories and symlinks are taken; anything else, an
// absolute path, a ".." or a path given twice is refused and nothing is
// stored. A single entry "." that is a symlink adds the symlink itself.
func (s *Store) AddTar(ctx context.Context, r io.Reader, opts AddOptions) (Added, error) {
	if err := opts.check(); err != nil {
		return Added{}, err
	}
	return s.add(ctx, opts, func(a *adder) (ipld.Node, error) {
		return a.addTar(tar.NewReader(r))
	})
}

// tarDir is a folder being assembled from tar entries.
type tarDir struct {
	dirs  map[string]*tarDir
	nodes map[string]ipld.Node // files and symlinks, already added
}

func newTarDir() *tarDir {
	return &tarDir{dirs: map[string]*tarDir{}, nodes: map[string]ipld.Node{}}
}

func (a *adder) addTar(tr *tar.Reader) (ipld.Node, error) {
	root := newTarDir()
	folders := 0
	newDir := func() *tarDir { folders++; return newTarDir() }
	var rootLink ipld.Node
	entries := 0
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: entry %d: %v", ErrBadTar, entries+1, err)
		}
		entries++
		if entries+folders > maxTarEntries {
			return nil, fmt.Errorf("%w: more than %d entries and folders", ErrBadTar, maxTarEntries)
		}
		name, err := tarPath(hdr.Name)
		if err != nil {
			return nil, err
		}
		if name == "" { // the folder itself
			switch hdr.Typeflag {
			case tar.TypeDir:
				continue
			case tar.TypeSymlink:
				if rootLink != nil {
					return nil, fmt.Errorf("%w: \".\" given twice", ErrBadTar)
				}
				if rootLink, err = a.addSymlink(hdr.Linkname); err != nil {
					return nil, err
				}
				continue
			}
			return nil, fmt.Errorf("%w: \".\" must be a directory or a symlink", ErrBadTar)
		}
		if !a.opts.Hidden && hiddenPath(name) {
			continue // as Add skips them; Next reads past a file's bytes
		}
		parent, base, err := root.parent(name, newDir)
		if err != nil {
			return nil, err
		}
		if _, dup := parent.nodes[base]; dup {
			return nil, fmt.Errorf("%w: %s given twice", ErrBadTar, name)
		}
		if hdr.Typeflag == tar.TypeDir {
			if _, ok := parent.dirs[base]; !ok {
				parent.dirs[base] = newDir()
			}
			continue
		}
		if _, dup := parent.dirs[base]; dup {
			return nil, fmt.Errorf("%w: %s given twice", ErrBadTar, name)
		}
		switch hdr.Typeflag {
		case tar.TypeReg:
			a.res.Files++
			nd, err := a.addFile(tr)
			if err != nil {
				return nil, fmt.Errorf("add %s: %w", name, err)
			}
			parent.nodes[base] = nd
		case tar.TypeSymlink:
			nd, err := a.addSymlink(hdr.Linkname)
			if err != nil {
				return nil, fmt.Errorf("add %s: %w", name, err)
			}
			parent.nodes[base] = nd
		default:
			return nil, fmt.Errorf("%w: %s is neither a file, a directory nor a symlink (tar type %q)", ErrBadTar, name, hdr.Typeflag)
		}
	}
	if rootLink != nil {
		if len(root.dirs) > 0 || len(root.nodes) > 0 {
			return nil, fmt.Errorf("%w: a symlink \".\" cannot hold entries", ErrBadTar)
		}
		return rootLink, nil
	}
	return a.buildTarDir(root)
}

// parent finds (making them) the directories that hold name, and name's
// last element.
func (d *tarDir) parent(name string, newDir func() *tarDir) (*tarDir, string, error) {
	parts := strings.Split(name, "/")
	for i, p := range parts[:len(parts)-1] {
		if _, isFile := d.nodes[p]; isFile {
			return nil, "", fmt.Errorf("%w: %s is under %s, which is not a directory", ErrBadTar, name, strings.Join(parts[:i+1], "/"))
		}
		next, ok := d.dirs[p]
		if !ok {
			next = newDir()
			d.dirs[p] = next
		}
		d = next
	}
	return d, parts[len(parts)-1], nil
}

// buildTarDir adds d's directory nodes bottom up, each one's entries in
// name order as Add adds a folder's.
func (a *adder) buildTarDir(d *tarDir) (ipld.Node, error) {
	if err := a.ctx.Err(); err != nil {
		return nil, err
	}
	dir, err := uio.NewDirectory(a.dag, uio.WithCidBuilder(a.opts.cidBuilder()))
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(d.dirs)+len(d.nodes))
	for n := range d.dirs {
		names = append(names, n)
	}
	for n := range d.nodes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		child, ok := d.nodes[n]
		if !ok {
			if child, err = a.buildTarDir(d.dirs[n]); err != nil {
				return nil, err
			}
		}
		if err := dir.AddChild(a.ctx, n, child); err != nil {
			return nil, fmt.Errorf("add %s to its directory: %w", n, err)
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

// tarPath cleans an entry's name to a relative slash path ("" for the
// folder itself), refusing what would climb out of the folder.
func tarPath(name string) (string, error) {
	if len(name) > maxTarPath {
		return "", fmt.Errorf("%w: a path of %d bytes (at most %d)", ErrBadTar, len(name), maxTarPath)
	}
	if strings.HasPrefix(name, "/") || strings.Contains(name, "\\") || strings.ContainsRune(name, 0) {
		return "", fmt.Errorf("%w: %q: want a relative slash path", ErrBadTar, name)
	}
	parts := strings.Split(name, "/")
	if len(parts) > maxTarDepth {
		return "", fmt.Errorf("%w: %q is %d folders deep (at most %d)", ErrBadTar, name[:64]+"…", len(parts), maxTarDepth)
	}
	for _, p := range parts {
		if p == ".." {
			return "", fmt.Errorf("%w: %q climbs out of the folder", ErrBadTar, name)
		}
		if len(p) > maxTarName {
			return "", fmt.Errorf("%w: %q: a name of %d bytes (at most %d)", ErrBadTar, name, len(p), maxTarName)
		}
	}
	clean := path.Clean(name)
	if clean == "." {
		return "", nil
	}
	return clean, nil
}

// hiddenPath says whether any element of name starts with a dot.
func hiddenPath(name string) bool {
	for _, p := range strings.Split(name, "/") {
		if strings.HasPrefix(p, ".") {
			return true
		}
	}
	return false
}

// TarFolder writes the folder (or symlink) at root as the tar stream
// AddTar takes, in the order Add walks it: entries sorted by name, names
// starting with a dot left out unless hidden. It is how a client sends a
// folder to a node's RI API; progress, when set, is called with the file
// bytes written so far.
func TarFolder(ctx context.Context, w io.Writer, root string, hidden bool, progress func(int64)) error {
	fi, err := os.Lstat(root)
	if err != nil {
		return fmt.Errorf("add %s: %w", root, err)
	}
	t := &tarWriter{ctx: ctx, tw: tar.NewWriter(w), hidden: hidden, progress: progress}
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		err = t.symlink(root, ".")
	case fi.IsDir():
		err = t.dir(root, "")
	default:
		return fmt.Errorf("add %s: a folder or a symlink to tar, not a %s", root, fi.Mode().Type())
	}
	if err != nil {
		return err
	}
	return t.tw.Close()
}

type tarWriter struct {
	ctx      context.Context
	tw       *tar.Writer
	hidden   bool
	progress func(int64)
	written  int64
}

func (t *tarWriter) dir(dir, rel string) error {
	if err := t.ctx.Err(); err != nil {
		return err
	}
	entries, err := os.ReadDir(dir) // sorted by name, as Add walks
	if err != nil {
		return fmt.Errorf("add %s: %w", dir, err)
	}
	if rel != "" {
		if err := t.tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: rel + "/", Mode: 0o755, Format: tar.FormatPAX}); err != nil {
			return err
		}
	}
	for _, e := range entries {
		if !t.hidden && strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p, name := filepath.Join(dir, e.Name()), path.Join(rel, e.Name())
		fi, err := e.Info()
		if err != nil {
			return fmt.Errorf("add %s: %w", p, err)
		}
		switch {
		case fi.Mode()&fs.ModeSymlink != 0:
			err = t.symlink(p, name)
		case fi.IsDir():
			err = t.dir(p, name)
		case fi.Mode().IsRegular():
			err = t.file(p, name)
		default:
			err = fmt.Errorf("add %s: %s is neither a file, a directory nor a symlink", p, fi.Mode().Type())
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (t *tarWriter) symlink(p, name string) error {
	target, err := os.Readlink(p)
	if err != nil {
		return fmt.Errorf("add %s: %w", p, err)
	}
	return t.tw.WriteHeader(&tar.Header{Typeflag: tar.TypeSymlink, Name: name, Linkname: target, Mode: 0o777, Format: tar.FormatPAX})
}

func (t *tarWriter) file(p, name string) error {
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("add %s: %w", p, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("add %s: %w", p, err)
	}
	if err := t.tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: name, Size: fi.Size(), Mode: 0o644, Format: tar.FormatPAX}); err != nil {
		return err
	}
	// The header declared the size: a file that changes meanwhile fails
	// the add rather than sending other bytes than it names.
	n, err := io.Copy(t.tw, &ctxReader{ctx: t.ctx, r: f, count: func(k int) {
		t.written += int64(k)
		if t.progress != nil {
			t.progress(t.written)
		}
	}})
	if err != nil {
		return fmt.Errorf("add %s: %w", p, err)
	}
	if n != fi.Size() {
		return fmt.Errorf("add %s: the file changed while it was read (%d bytes, then %d)", p, fi.Size(), n)
	}
	return nil
}

// ctxReader stops reading when ctx is done and counts what it reads.
type ctxReader struct {
	ctx   context.Context
	r     io.Reader
	count func(int)
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	if n > 0 && c.count != nil {
		c.count(n)
	}
	return n, err
}
