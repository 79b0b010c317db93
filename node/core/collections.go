package core

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/collection"
	"github.com/mifm/mifm/node/crosschain"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/transfer"
)

// metadataTimeout bounds reading one token's metadata from outside.
const metadataTimeout = 20 * time.Second

// collectionFetchers read an outside token's metadata: ipfs:// from the
// content store, fetched first from the gateways given (every block
// checked against its CID), https:// through the egress guard, data: as is.
func (c *Core) collectionFetchers(store *ipfs.Store, gateways []string, max int64) collection.Fetchers {
	return collection.Fetchers{
		HTTP: c.Home.Config.Net.Guard().Client(egress.Limits{}), MaxBytes: max,
		IPFS: func(ctx context.Context, root cid.Cid, path string, max int64) ([]byte, error) {
			if ok, err := store.Has(ctx, root); err != nil || !ok {
				if len(gateways) == 0 {
					return nil, fmt.Errorf("%s is not in this node's store and no gateway has it", root)
				}
				if _, err := ipfs.FetchFirst(ctx, store, gateways, root, max+64<<10); err != nil {
					return nil, err
				}
			}
			at := root
			if path != "" {
				for _, name := range strings.Split(path, "/") {
					entries, err := store.Ls(ctx, at)
					if err != nil {
						return nil, err
					}
					found := false
					for _, e := range entries {
						if e.Name == name {
							at, found = e.CID, true
							break
						}
					}
					if !found {
						return nil, fmt.Errorf("%s has no %q", at, name)
					}
				}
			}
			f, err := store.Cat(ctx, at, 0, max+1)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			return io.ReadAll(f)
		},
	}
}

// pinMetadata keeps metadata bytes in the store as assets' content goes
// there, and is their ipfs:// URI: any node importing the same bytes gets
// the same CID, so attesters agree on it without trusting each other.
func pinMetadata(ctx context.Context, store *ipfs.Store, raw []byte) (string, error) {
	added, err := store.AddReader(ctx, bytes.NewReader(raw), asset.ContentOptions())
	if err != nil {
		return "", fmt.Errorf("keep the metadata: %w", err)
	}
	return "ipfs://" + added.CID.String(), nil
}

// moveMetadata is the crosschain Attester's Metadata: the ipfs:// URI of
// what an https: or data: token URI points to, pinned here.
func (c *Core) moveMetadata(ctx context.Context, uri string) (string, error) {
	store, err := c.ContentStore(ctx)
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, metadataTimeout)
	defer cancel()
	m, err := collection.FetchMetadata(ctx, uri, c.collectionFetchers(store, nil, 0))
	if err != nil {
		return "", err
	}
	return pinMetadata(ctx, store, m.Raw)
}

// admitMove is a destination's admission of a cross-chain move (FGMV-43
// 9.2 as B): every item's original is read on its home chain (ERC-165,
// metadata, royalty, provenance) and must be one of mifm's own assets or
// admitted by the manifesto's collections policy; its metadata is pinned.
func (c *Core) admitMove(ctx context.Context, s *crosschain.Service, m crosschain.Move) error {
	sm, err := c.Manage.Manifesto(ctx)
	if err != nil {
		return fmt.Errorf("the platform has registered no manifesto")
	}
	store, err := c.ContentStore(ctx)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, metadataTimeout)
	defer cancel()
	for i, it := range m.Items {
		home, ok := s.Links[it.HomeChain]
		if !ok {
			return fmt.Errorf("item %d: this platform does not follow its home chain eip155:%d", i, it.HomeChain)
		}
		if it.HomeChain == m.ToChain {
			// An original going home: the Bridge releases what it holds
			// in custody since it left this chain, and mints nothing.
			continue
		}
		if own, err := c.ownAsset(ctx, home, it.HomeToken); err == nil && own {
			continue
		}
		policy := sm.Manifesto.Collections
		if policy == nil {
			return fmt.Errorf("item %d: %s on eip155:%d is not one of mifm's asset contracts, and the platform's manifesto admits no outside collections", i, it.HomeToken.Hex(), it.HomeChain)
		}
		std := collection.ERC721
		if m.Kind == crosschain.KindERC1155 {
			std = collection.ERC1155
		}
		tok, err := collection.Inspect(ctx, home.Backend, it.HomeToken, new(big.Int).Set(it.ID.ToInt()), std)
		if err != nil {
			return fmt.Errorf("item %d: %w", i, err)
		}
		md, err := tok.FetchMetadata(ctx, c.collectionFetchers(store, nil, policy.MaxBytes()))
		if err != nil {
			return fmt.Errorf("item %d: read its metadata: %w", i, err)
		}
		if ok, why := policy.Admit(tok, md); !ok {
			return fmt.Errorf("item %d: %s", i, why)
		}
		uri, err := pinMetadata(ctx, store, md.Raw)
		if err != nil {
			return err
		}
		if err := c.recordCollection(tok, uri); err != nil {
			return err
		}
	}
	return nil
}

// recordCollection keeps what a destination read of an outside collection
// it admitted in the audit log: the token, its metadata's CID and the
// collection's provenance.
func (c *Core) recordCollection(tok *collection.Token, metadataURI string) error {
	detail := map[string]string{"metadata": metadataURI, "codeHash": tok.Provenance.CodeHash.Hex(), "uri": tok.MetadataURI}
	if d := tok.Provenance.Deployer; d != nil {
		detail["deployer"] = d.Hex()
	}
	if tx := tok.Provenance.CreationTx; tx != nil {
		detail["creationTx"] = tx.Hex()
	}
	if f := tok.Provenance.Factory; f != nil {
		detail["factory"] = f.Hex()
	}
	_, err := c.Audit.Append(audit.Event{API: "re", Op: "collection.admitted", Actor: c.Home.Config.Platform.DID, Subject: tok.Asset, Detail: detail}, nil)
	return err
}

// ownAsset says whether token is mifm's Asset721 or Asset1155 on a chain.
func (c *Core) ownAsset(ctx context.Context, l *crosschain.Link, token common.Address) (bool, error) {
	deps, err := c.Home.Deployments()
	if err != nil {
		return false, err
	}
	rec, err := deps.Load(l.ID())
	if err != nil {
		return false, err
	}
	for _, name := range []string{contracts.Asset721, contracts.Asset1155} {
		if d, ok := rec[name]; ok && d.Address == token {
			return true, nil
		}
	}
	return false, nil
}

// admitOutside is B's decision on an incoming escrow transfer of a token
// outside the suite (transfer.Service.Outside): the manifesto's collections
// policy on what the chain says of the collection (ERC-165, royalty,
// provenance) and on its metadata, read through A's gateway or the egress
// guard; the metadata is pinned and the provenance kept in the record and
// the audit log. A chain or gateway that does not answer leaves it open.
func (c *Core) admitOutside(ctx context.Context, r *transfer.Record, in *transfer.IncomingAsset) (bool, uint16, string, error) {
	sm, err := c.Manage.Manifesto(ctx)
	if err != nil {
		return false, transfer.ReasonPolicy, "the platform has registered no manifesto", nil
	}
	policy := sm.Manifesto.Collections
	if policy == nil {
		return false, transfer.ReasonPolicy, fmt.Sprintf("%s is not one of mifm's asset contracts, and the platform's manifesto admits no outside collections", r.Transfer.Token.Hex()), nil
	}
	n, err := c.Node(ctx)
	if err != nil {
		return false, 0, "", err
	}
	store, err := c.ContentStore(ctx)
	if err != nil {
		return false, 0, "", err
	}
	ctx, cancel := context.WithTimeout(ctx, metadataTimeout)
	defer cancel()
	tok, err := collection.Inspect(ctx, n.Chain, r.Transfer.Token, r.Transfer.ID.ToInt(), collection.Standard(in.Standard))
	if err != nil {
		if refusal(err) {
			return false, transfer.ReasonUnverifiable, err.Error(), nil
		}
		return false, 0, "", fmt.Errorf("read the collection %s: %w", r.Transfer.Token.Hex(), err)
	}
	var gateways []string
	if t := c.TransferService(); t != nil {
		gateways = t.Sources(r)
	} else if r.PeerURL != "" {
		gateways = []string{r.PeerURL}
	}
	md, err := tok.FetchMetadata(ctx, c.collectionFetchers(store, gateways, policy.MaxBytes()))
	if err != nil {
		if refusal(err) {
			return false, transfer.ReasonUnverifiable, "its metadata: " + err.Error(), nil
		}
		return false, 0, "", fmt.Errorf("read the metadata of %s: %w", tok.Asset, err)
	}
	if ok, why := policy.Admit(tok, md); !ok {
		return false, transfer.ReasonPolicy, why, nil
	}
	cidURI, err := pinMetadata(ctx, store, md.Raw)
	if err != nil {
		return false, 0, "", err
	}
	r.Collection = tok
	if err := c.recordCollection(tok, cidURI); err != nil {
		return false, 0, "", err
	}
	return true, 0, "", nil
}

// refusal says whether a collection error is the token's fault (refuse it)
// rather than an endpoint's (ask again).
func refusal(err error) bool {
	for _, e := range []error{collection.ErrNotContract, collection.ErrNotERC165, collection.ErrWrongStandard, collection.ErrNoMetadataExtension,
		collection.ErrNoToken, collection.ErrBadURI, collection.ErrBadRoyalty, collection.ErrUnsupportedScheme, collection.ErrTooLarge,
		collection.ErrBadMetadata, collection.ErrBadDataURI} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
