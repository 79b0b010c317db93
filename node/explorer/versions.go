package explorer

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/anchor/merkle"
	"github.com/mifm/mifm/node/ipfs"
)

// Leaf is one anchored version as the chain and its batch's manifest say:
// a subject's version CID under a root some account anchored.
type Leaf struct {
	Subject string `json:"subject"`
	Seq     uint64 `json:"seq"`
	CID     string `json:"cid"`
	// Index is the value's place in the manifest's tree.
	Index    int         `json:"index"`
	Root     common.Hash `json:"root"`
	Batch    uint64      `json:"batch"`
	Leaves   int         `json:"leaves"`
	Manifest string      `json:"manifest"`
	anchor.Anchoring
}

// leafKey orders a subject's versions by seq, then CID: two versions of
// the same seq (a conflict, or a stranger anchoring a version of someone
// else's subject: Anchor takes roots from anyone) are both listed, each
// with its anchorer and author, never one hiding the other.
func leafKey(subject string, seq uint64, c string, tx common.Hash) []byte {
	return append(append(binary.BigEndian.AppendUint64(key(pLeaf, []byte(subject), []byte{0}), seq), c...), tx.Bytes()...)
}

// Bounds on the manifests one Sync reads: anyone can anchor a root, so a
// stranger's manifests must not hold the index up.
const (
	maxManifestsPerSync = 32
	manifestBudget      = time.Minute
)

// maxSubject bounds a subject read from a manifest.
const maxSubject = 512

// fetchManifests reads the manifest of every anchored batch not read yet
// from the gateways, checks it is the tree of the root on chain, and
// indexes its leaves by subject and by version CID. A manifest no gateway
// serves stays pending for the next Sync.
func (e *Explorer) fetchManifests(ctx context.Context) error {
	type pending struct {
		key []byte
		it  Item
	}
	var list []pending
	if err := e.db.Scan([]byte(pPending), nil, func(k, v []byte) bool {
		var it Item
		if json.Unmarshal(v, &it) == nil {
			list = append(list, pending{append([]byte{}, k...), it})
		}
		return true
	}); err != nil {
		return err
	}
	var errs []error
	deadline := time.Now().Add(manifestBudget)
	read := 0
	for _, p := range list {
		if read == maxManifestsPerSync || time.Now().After(deadline) {
			break // the rest wait for the next Sync
		}
		if !e.retry.due(p.it.Detail) {
			continue
		}
		read++
		mctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		tree, err := e.manifest(mctx, p.it.Detail)
		cancel()
		if err == nil && tree.Root() != p.it.Ref {
			err = fmt.Errorf("manifest %s is the tree of root %s, the chain anchored %s", p.it.Detail, tree.Root().Hex(), p.it.Ref.Hex())
		}
		if err == nil && fmt.Sprint(tree.Len()) != p.it.Amount {
			err = fmt.Errorf("manifest %s holds %d leaves, the chain says %s", p.it.Detail, tree.Len(), p.it.Amount)
		}
		if err == nil && fmt.Sprint(tree.Encoding) != fmt.Sprint(anchor.LeafEncoding) {
			err = fmt.Errorf("manifest %s encodes leaves as %v, not as versions", p.it.Detail, tree.Encoding)
		}
		if err != nil {
			e.retry.failed(p.it.Detail)
			errs = append(errs, err)
			continue
		}
		e.retry.forget(p.it.Detail)
		at := anchor.Anchoring{Chain: chain.EIP155(p.it.Chain).String(), Contract: p.it.Contract, Anchorer: p.it.From, Tx: p.it.Tx, Block: p.it.Block, Time: p.it.Time}
		if c := e.chains[p.it.Chain]; c != nil {
			if h, err := c.Backend.HeaderByNumber(ctx, bigU(p.it.Block)); err == nil {
				at.BlockHash = h.Hash()
			}
		}
		b := e.db.NewBatch()
		batch, _ := strconv.ParseUint(p.it.ID, 10, 64)
		for i, v := range tree.Values {
			l, ok := leafOf(v)
			if !ok {
				continue
			}
			l.Index, l.Root, l.Batch, l.Leaves, l.Manifest, l.Anchoring = i, p.it.Ref, batch, tree.Len(), p.it.Detail, at
			lv, _ := json.Marshal(l)
			k := leafKey(l.Subject, l.Seq, l.CID, l.Tx)
			b.Put(k, lv)
			b.Put(key(pVersion, []byte(l.CID), l.Tx.Bytes()), k)
		}
		b.Delete(p.key)
		if err := b.Commit(); err != nil {
			return err
		}
		e.trees.put(p.it.Detail, tree)
	}
	return errors.Join(errs...)
}

// leafOf reads a version leaf's values: subject, seq, CID bytes.
func leafOf(v merkle.Value) (Leaf, bool) {
	vals, ok := v.Value.([]any)
	if !ok || len(vals) != 3 {
		return Leaf{}, false
	}
	subject, _ := vals[0].(string)
	seq, err := strconv.ParseUint(fmt.Sprint(vals[1]), 10, 64)
	hexCID, _ := vals[2].(string)
	raw, herr := hexBytes(hexCID)
	if subject == "" || len(subject) > maxSubject || strings.ContainsRune(subject, 0) || err != nil || herr != nil {
		return Leaf{}, false
	}
	c, err := cid.Cast(raw)
	if err != nil {
		return Leaf{}, false
	}
	return Leaf{Subject: subject, Seq: seq, CID: c.String()}, true
}

func hexBytes(s string) ([]byte, error) {
	return hexutil.Decode(s)
}

// manifest fetches and checks a batch's tree dump.
func (e *Explorer) manifest(ctx context.Context, c string) (*merkle.Tree, error) {
	if t := e.trees.get(c); t != nil {
		return t, nil
	}
	mc, err := cid.Decode(c)
	if err != nil {
		return nil, fmt.Errorf("manifest %q: %w", c, err)
	}
	if _, err := ipfs.FetchFirst(ctx, e.content, e.cfg.Gateways, mc, anchor.MaxManifest); err != nil {
		return nil, fmt.Errorf("fetch manifest %s: %w", c, err)
	}
	dump, err := anchor.IPFS{Store: e.content}.ReadFile(ctx, mc)
	if err != nil {
		return nil, fmt.Errorf("read manifest %s: %w", c, err)
	}
	t, err := merkle.Load(dump)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", c, err)
	}
	e.trees.put(c, t)
	return t, nil
}

// Versions lists a subject's anchored versions in order.
func (e *Explorer) Versions(subject string) ([]Leaf, error) {
	var out []Leaf
	prefix := key(pLeaf, []byte(subject), []byte{0})
	err := e.db.Scan(prefix, nil, func(_, v []byte) bool {
		var l Leaf
		if json.Unmarshal(v, &l) == nil {
			out = append(out, l)
		}
		return len(out) < 10000
	})
	return out, err
}

// Subjects lists the anchored subjects of a DID, up to limit: its
// identity, its avatars, and, for a node, its audit log. Names that only
// contain the DID (another DID it is a prefix of, someone's avatar
// named after it) are not its.
func (e *Explorer) Subjects(id string, limit int) ([]string, error) {
	var out []string
	for _, prefix := range []string{"identity:" + id + "\x00", "audit:" + id + "\x00", "avatar:" + id + "/"} {
		last := ""
		err := e.db.Scan(key(pLeaf, []byte(prefix)), nil, func(k, _ []byte) bool {
			rest := k[len(pLeaf):]
			i := bytes.IndexByte(rest, 0)
			if i < 0 {
				return true
			}
			if s := string(rest[:i]); s != last {
				out, last = append(out, s), s
			}
			return len(out) < limit
		})
		if err != nil || len(out) >= limit {
			return out, err
		}
	}
	return out, nil
}

// ErrUnknownVersion is a CID no anchored manifest names.
var ErrUnknownVersion = errors.New("no anchored batch holds this version")

// Proof makes the inclusion proof of an anchored version from its batch's
// manifest: the same file `mifm anchor proof` writes, so `mifm anchor
// verify` and the page's script check it alike. A CID anchored more than
// once (anyone may anchor a root) is proved by the anchoring tx names, or
// else by the earliest that places it under the subject and seq its
// document says.
func (e *Explorer) Proof(ctx context.Context, version string, tx ...common.Hash) (*anchor.Proof, error) {
	var leaves []Leaf
	if err := e.db.Scan(key(pVersion, []byte(version)), nil, func(_, k []byte) bool {
		v, err := e.db.Get(k)
		var l Leaf
		if err == nil && json.Unmarshal(v, &l) == nil && (len(tx) == 0 || l.Tx == tx[0]) {
			leaves = append(leaves, l)
		}
		return len(leaves) < 64
	}); err != nil {
		return nil, err
	}
	if len(leaves) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrUnknownVersion, version)
	}
	sort.Slice(leaves, func(i, j int) bool { return leaves[i].Block < leaves[j].Block })
	l := leaves[0]
	if len(leaves) > 1 {
		if doc, err := e.Document(ctx, version); err == nil {
			if v, err := anchor.Decode(doc); err == nil {
				for _, c := range leaves {
					if c.Subject == v.Subject && c.Seq == v.Seq {
						l = c
						break
					}
				}
			}
		}
	}
	t, err := e.manifest(ctx, l.Manifest)
	if err != nil {
		return nil, err
	}
	path, err := t.Proof(l.Index)
	if err != nil {
		return nil, err
	}
	c, err := cid.Decode(l.CID)
	if err != nil {
		return nil, err
	}
	leaf, err := anchor.LeafHash(l.Subject, l.Seq, c)
	if err != nil {
		return nil, err
	}
	return &anchor.Proof{
		Type: anchor.ProofType, Subject: l.Subject, Seq: l.Seq, CID: l.CID,
		LeafEncoding: anchor.LeafEncoding, LeafValue: anchor.Leaf(l.Subject, l.Seq, c), Leaf: leaf, Path: path, Root: l.Root,
		Batch: l.Batch, BatchLeaves: l.Leaves, Manifest: l.Manifest, Anchoring: l.Anchoring,
	}, nil
}

// Document reads a version document (one block, codec json) from the
// gateways as trustless gateways serve it, raw, checked against its CID.
func (e *Explorer) Document(ctx context.Context, version string) ([]byte, error) {
	c, err := cid.Decode(version)
	if err != nil {
		return nil, fmt.Errorf("version %q: %w", version, err)
	}
	if b, err := e.content.GetBlock(ctx, c); err == nil {
		return b, nil
	}
	var errs []error
	for _, g := range e.cfg.Gateways {
		b, err := e.rawBlock(ctx, g, c)
		if err == nil {
			if err := e.content.PutBlock(ctx, c, b); err != nil {
				return nil, err
			}
			return b, nil
		}
		errs = append(errs, err)
	}
	if len(errs) == 0 {
		return nil, fmt.Errorf("fetch version %s: no gateway given", version)
	}
	return nil, fmt.Errorf("fetch version %s: %w", version, errors.Join(errs...))
}

// rawBlock fetches one block from a gateway and checks it hashes to c.
func (e *Explorer) rawBlock(ctx context.Context, gateway string, c cid.Cid) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(gateway, "/")+"/ipfs/"+c.String()+"?format=raw", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.ipld.raw")
	resp, err := e.cfg.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s answers %s", gateway, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, anchor.MaxDocument+1))
	if err != nil {
		return nil, err
	}
	if len(b) > anchor.MaxDocument {
		return nil, fmt.Errorf("%s serves more than a version document may be (%d bytes)", gateway, anchor.MaxDocument)
	}
	got, err := c.Prefix().Sum(b)
	if err != nil || !got.Equals(c) {
		return nil, fmt.Errorf("%s served bytes that do not hash to %s", gateway, c)
	}
	return b, nil
}

// treeCache keeps the last manifests' trees: a page of versions asks for
// the same few.
type treeCache struct {
	mu    sync.Mutex
	order []string
	trees map[string]*merkle.Tree
}

func (c *treeCache) get(k string) *merkle.Tree {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.trees[k]
}

func (c *treeCache) put(k string, t *merkle.Tree) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.trees == nil {
		c.trees = map[string]*merkle.Tree{}
	}
	if _, ok := c.trees[k]; ok {
		return
	}
	c.trees[k] = t
	c.order = append(c.order, k)
	if len(c.order) > 16 {
		delete(c.trees, c.order[0])
		c.order = c.order[1:]
	}
}

// backoff spaces out the fetches of a manifest no gateway serves: one
// that keeps failing is asked for again after 2 s, 4 s, … up to 10
// minutes, so it does not hold up every Sync.
type backoff struct {
	mu   sync.Mutex
	next map[string]time.Time
	wait map[string]time.Duration
}

func (b *backoff) due(k string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return time.Now().After(b.next[k])
}

func (b *backoff) failed(k string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.next == nil {
		b.next, b.wait = map[string]time.Time{}, map[string]time.Duration{}
	}
	w := min(max(2*b.wait[k], 2*time.Second), 10*time.Minute)
	b.wait[k], b.next[k] = w, time.Now().Add(w)
}

func (b *backoff) forget(k string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.next, k)
	delete(b.wait, k)
}
