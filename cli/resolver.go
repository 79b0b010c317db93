package cli

import (
	"context"
	"fmt"
	"sync"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
)

// newResolver is a resolver of every method mifm knows. did:ethr is
// resolved on the home's chain, which is opened only when a did:ethr comes
// up; done closes it.
func newResolver(c *ucli.Context, opts did.Options) (r *did.Resolver, done func()) {
	r = did.NewResolver(opts)
	l := &homeEthr{c: c}
	r.Register("ethr", l)
	return r, l.close
}

// homeEthr resolves did:ethr through the home's chain, opened on first use.
type homeEthr struct {
	c    *ucli.Context
	once sync.Once
	n    *node.Node
	r    *did.EthrResolver
	err  error
}

func (l *homeEthr) open(ctx context.Context) error {
	l.once.Do(func() {
		h, err := openHome(l.c)
		if err != nil {
			l.err = fmt.Errorf("did:ethr is resolved on the home's chain: %w", err)
			return
		}
		if l.n, l.err = openNode(l.c, h); l.err != nil {
			return
		}
		l.r, l.err = l.n.EthrResolver()
	})
	return l.err
}

func (l *homeEthr) Resolve(ctx context.Context, id string) (*did.Document, did.DocumentMetadata, error) {
	if err := l.open(ctx); err != nil {
		return nil, did.DocumentMetadata{}, err
	}
	return l.r.Resolve(ctx, id)
}

func (l *homeEthr) ResolveVersion(ctx context.Context, id string, version uint64) (*did.Document, did.DocumentMetadata, error) {
	if err := l.open(ctx); err != nil {
		return nil, did.DocumentMetadata{}, err
	}
	return l.r.ResolveVersion(ctx, id, version)
}

func (l *homeEthr) close() {
	if l.n != nil {
		l.n.Close()
	}
}
