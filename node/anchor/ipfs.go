package anchor

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/node/ipfs"
)

// MaxManifest bounds a batch manifest read back: the OpenZeppelin dump of
// a 65,536-leaf tree is about 25 MB.
const MaxManifest = 64 << 20

// IPFS keeps documents and manifests in the node's content store.
type IPFS struct{ Store *ipfs.Store }

// PutBlock implements Content.
func (s IPFS) PutBlock(ctx context.Context, c cid.Cid, b []byte) error {
	return s.Store.PutBlock(ctx, c, b)
}

// AddFile implements Content: a UnixFS file with Kubo's CIDv1 defaults,
// so `ipfs add --cid-version 1` of the same dump gives the same CID.
func (s IPFS) AddFile(ctx context.Context, b []byte) (cid.Cid, error) {
	a, err := s.Store.AddReader(ctx, bytes.NewReader(b), ipfs.AddOptions{CIDVersion: 1, Pin: true})
	if err != nil {
		return cid.Undef, err
	}
	return a.CID, nil
}

// ReadFile implements Content.
func (s IPFS) ReadFile(ctx context.Context, c cid.Cid) ([]byte, error) {
	f, err := s.Store.Cat(ctx, c, 0, -1)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if f.Size > MaxManifest {
		return nil, fmt.Errorf("read %s: %d bytes, more than a manifest may be", c, f.Size)
	}
	return io.ReadAll(io.LimitReader(f, MaxManifest))
}
