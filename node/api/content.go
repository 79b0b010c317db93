package api

import (
	"context"
	"io"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/ipfs"
)

// Content is the node's content store (COSF, RI-3): Kubo's add, cat, ls,
// stat, pin, CAR export and import, gc and a verified fetch from another
// node's gateway, on the blocks the node keeps for its assets.
type Content interface {
	// ContentAdd stores one file's bytes, or a folder sent as a tar stream
	// (ipfs.TarFolder writes one), and answers with the CID `ipfs add`
	// prints with the same options. A failed add stores nothing.
	ContentAdd(ctx context.Context, up Upload, opts AddOptions) (*Added, error)
	// ContentCat opens a file's bytes from offset; length < 0 reads to the
	// end. An offset past the end is ipfs.ErrBadRange.
	ContentCat(ctx context.Context, id cid.Cid, offset, length int64) (*ContentReader, error)
	// ContentLs lists a directory.
	ContentLs(ctx context.Context, id cid.Cid) ([]Entry, error)
	// ContentStat describes a CID and its whole DAG.
	ContentStat(ctx context.Context, id cid.Cid) (*Stat, error)
	// ContentExport writes a CID's whole DAG to w as a CARv1.
	ContentExport(ctx context.Context, id cid.Cid, w io.Writer) (*Exported, error)
	// ContentImport stores a CARv1 or CARv2, every block checked against
	// its CID, and pins its complete roots; a corrupt CAR stores nothing.
	ContentImport(ctx context.Context, car io.Reader) (*Imported, error)
	// PinAdd pins a CID whose whole DAG is in the store.
	PinAdd(ctx context.Context, id cid.Cid) (*PinChange, error)
	// PinRm unpins a CID; its blocks go at the next gc.
	PinRm(ctx context.Context, id cid.Cid) (*PinChange, error)
	// PinLs lists the pinned roots.
	PinLs(ctx context.Context) ([]string, error)
	// ContentGC removes every block no pin reaches.
	ContentGC(ctx context.Context) (*GCResult, error)
	// ContentFetch fetches a CID's DAG from another node's trustless
	// gateway, verifies every block, stores and pins it.
	ContentFetch(ctx context.Context, req FetchRequest) (*Fetched, error)
	// ContentMigrate copies every DAG pinned in the node's embedded store
	// into the Kubo node req.To names, each block checked on arrival and
	// each root pinned there once whole; a root Kubo holds whole already is
	// only pinned, so a run cut short resumes. Over RI the Kubo must be on
	// the node's machine. The node keeps serving from its embedded store
	// until its content.backend names the Kubo.
	ContentMigrate(ctx context.Context, req ContentMigrateRequest) (*Migrated, error)
}

// The content store's wire types: CIDs are strings on the wire
// ("bafy…"), as in Kubo's JSON.
type (
	// AddOptions are Kubo's add flags; on RI they are query parameters
	// (cid-version, raw-leaves, chunker, pin, hidden, only-hash). The
	// zero value does not pin: Kubo's default, and RI's, is pin=true.
	AddOptions = ipfs.AddOptions
	Added      = ipfs.Added
	Entry      = ipfs.Entry
	Stat       = ipfs.Stat
	Imported   = ipfs.Imported
	GCResult   = ipfs.GCResult
	Migrated   = ipfs.Migrated
)

// ContentMigrateRequest is the body of POST /ri/v1/content/migrate.
type ContentMigrateRequest struct {
	// To is the Kubo RPC API: "kubo:http://127.0.0.1:5001". Its
	// credential, if it needs one, is in the environment variable the
	// home's content.auth_env names.
	To string `json:"to"`
}

// Upload is what ContentAdd stores.
type Upload struct {
	// Body is a file's bytes, or a folder's tar stream when Folder.
	Body io.Reader
	// Folder says Body is a tar stream (application/x-tar on RI).
	Folder bool
	// Size is Body's length when known (-1 or 0 when not); RI refuses an
	// upload over the node's limit before reading it.
	Size int64
	// Name is the file's name, echoed in the answer.
	Name string
}

// ContentReader is an open file of the store: its bytes (or the range
// asked for) and the size of the whole file.
type ContentReader struct {
	io.ReadCloser
	// Size is the whole file's, whatever range is read.
	Size uint64
}

// Exported is what an export wrote.
type Exported struct {
	CID    string `json:"cid"`
	Blocks int    `json:"blocks"`
}

// PinChange is a pin added or removed.
type PinChange struct {
	Action string `json:"action"` // add or rm
	CID    string `json:"cid"`
}

// FetchRequest is the body of POST /ri/v1/content/fetch.
type FetchRequest struct {
	CID string `json:"cid"`
	// From is the gateway's base URL, e.g. http://127.0.0.1:8080.
	From string `json:"from"`
}

// Fetched is what a fetch stored.
type Fetched struct {
	CID    string `json:"cid"`
	Blocks int    `json:"blocks"`
	New    int    `json:"new"`
	Bytes  int64  `json:"bytes"`
}
