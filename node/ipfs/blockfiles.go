package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	ds "github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"
	"golang.org/x/sys/unix"
)

// blockFiles keeps each block in a file of its own, as Kubo's flatfs does
// (the go-ds-flatfs on the module proxy predates go-datastore v0.9 and does
// not build with it). A block is written to a temporary file and renamed into
// place, so a killed write leaves the block whole or absent, never partial.
// Content is written once, straight from the importer's buffer: a database
// would copy every byte through its log or memtable first.
type blockFiles struct {
	dir   string
	tmp   string
	fsync bool
	dirs  sync.Map // shard folders known to exist
}

const blockFileExt = ".data"

func openBlockFiles(dir string, fsync bool) (*blockFiles, error) {
	b := &blockFiles{dir: dir, tmp: filepath.Join(dir, ".tmp"), fsync: fsync}
	// Temporary files left by a killed process were never renamed into
	// place: no block refers to them.
	if err := os.RemoveAll(b.tmp); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(b.tmp, 0o700); err != nil {
		return nil, err
	}
	return b, nil
}

// path maps a blockstore key (a base32 multihash such as /CIQ…) to its file,
// in one of 32 folders named by the key's next-to-last character: few enough
// that a new store does not spend its first import creating folders, many
// enough to keep folders small for millions of blocks.
func (b *blockFiles) path(k ds.Key) (shard, file string, err error) {
	name := strings.TrimPrefix(k.String(), "/")
	if len(name) < 3 || strings.ContainsAny(name, "/.\\") {
		return "", "", fmt.Errorf("block key %q is not a block key", k)
	}
	shard = filepath.Join(b.dir, name[len(name)-2:len(name)-1])
	return shard, filepath.Join(shard, name+blockFileExt), nil
}

func (b *blockFiles) Put(_ context.Context, k ds.Key, value []byte) error {
	shard, file, err := b.path(k)
	if err != nil {
		return err
	}
	if _, ok := b.dirs.Load(shard); !ok {
		if err := os.MkdirAll(shard, 0o700); err != nil {
			return err
		}
		b.dirs.Store(shard, true)
	}
	f, err := os.CreateTemp(b.tmp, "put-")
	if err != nil {
		return err
	}
	if _, err := f.Write(value); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if b.fsync {
		if err := f.Sync(); err != nil {
			f.Close()
			os.Remove(f.Name())
			return err
		}
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), file); err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}

func (b *blockFiles) Get(_ context.Context, k ds.Key) ([]byte, error) {
	_, file, err := b.path(k)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ds.ErrNotFound
	}
	return data, err
}

func (b *blockFiles) Has(_ context.Context, k ds.Key) (bool, error) {
	_, file, err := b.path(k)
	if err != nil {
		return false, err
	}
	_, err = os.Stat(file)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}

func (b *blockFiles) GetSize(_ context.Context, k ds.Key) (int, error) {
	_, file, err := b.path(k)
	if err != nil {
		return -1, err
	}
	fi, err := os.Stat(file)
	if errors.Is(err, fs.ErrNotExist) {
		return -1, ds.ErrNotFound
	}
	if err != nil {
		return -1, err
	}
	return int(fi.Size()), nil
}

func (b *blockFiles) Delete(_ context.Context, k ds.Key) error {
	_, file, err := b.path(k)
	if err != nil {
		return err
	}
	if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// Query lists blocks; the blockstore asks only for all keys.
func (b *blockFiles) Query(ctx context.Context, q query.Query) (query.Results, error) {
	base := q
	base.Filters, base.Orders, base.Limit, base.Offset, base.Prefix = nil, nil, 0, 0, ""
	res := query.ResultsWithContext(base, func(ctx context.Context, out chan<- query.Result) {
		shards, err := os.ReadDir(b.dir)
		if err != nil {
			out <- query.Result{Error: err}
			return
		}
		for _, sh := range shards {
			if !sh.IsDir() || strings.HasPrefix(sh.Name(), ".") {
				continue
			}
			files, err := os.ReadDir(filepath.Join(b.dir, sh.Name()))
			if err != nil {
				out <- query.Result{Error: err}
				return
			}
			for _, f := range files {
				name, ok := strings.CutSuffix(f.Name(), blockFileExt)
				if !ok {
					continue
				}
				e := query.Entry{Key: "/" + name, Size: -1}
				if !q.KeysOnly || q.ReturnsSizes {
					data, err := os.ReadFile(filepath.Join(b.dir, sh.Name(), f.Name()))
					if errors.Is(err, fs.ErrNotExist) {
						continue // deleted while listing
					}
					if err != nil {
						out <- query.Result{Error: err}
						return
					}
					e.Size = len(data)
					if !q.KeysOnly {
						e.Value = data
					}
				}
				select {
				case out <- query.Result{Entry: e}:
				case <-ctx.Done():
					return
				}
			}
		}
	})
	return query.NaiveQueryApply(q, res), nil
}

// Sync makes the blocks written so far durable when fsync is on: one
// syncfs(2) for the whole store rather than one fsync per block.
func (b *blockFiles) Sync(context.Context, ds.Key) error {
	if !b.fsync {
		return nil
	}
	d, err := os.Open(b.dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return unix.Syncfs(int(d.Fd()))
}

func (b *blockFiles) Close() error { return nil }

// Batch writes its blocks in parallel on Commit.
func (b *blockFiles) Batch(context.Context) (ds.Batch, error) {
	return &blockFilesBatch{b: b, puts: map[ds.Key][]byte{}}, nil
}

type blockFilesBatch struct {
	b       *blockFiles
	puts    map[ds.Key][]byte
	deletes []ds.Key
}

func (t *blockFilesBatch) Put(_ context.Context, k ds.Key, v []byte) error {
	t.puts[k] = v
	return nil
}

func (t *blockFilesBatch) Delete(_ context.Context, k ds.Key) error {
	delete(t.puts, k)
	t.deletes = append(t.deletes, k)
	return nil
}

func (t *blockFilesBatch) Commit(ctx context.Context) error {
	for _, k := range t.deletes {
		if err := t.b.Delete(ctx, k); err != nil {
			return err
		}
	}
	const workers = 4
	keys := make(chan ds.Key)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range keys {
				if err := t.b.Put(ctx, k, t.puts[k]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	var err error
feed:
	for k := range t.puts {
		select {
		case keys <- k:
		case err = <-errs:
			break feed
		}
	}
	close(keys)
	wg.Wait()
	close(errs)
	if err == nil {
		err = <-errs
	}
	t.puts, t.deletes = map[ds.Key][]byte{}, nil
	return err
}
