package anchor

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/mifm/mifm/contracts"
	anchorabi "github.com/mifm/mifm/contracts/bindings/anchor"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/anchor/merkle"
)

// ProofType is the type of a proof file.
const ProofType = "mifm-anchor-proof/1"

// MaxProofFile bounds a proof file read from outside.
const MaxProofFile = 1 << 20

// Proof is a self-contained inclusion proof of one version: what a holder
// hands an auditor, who checks it with a chain endpoint and an IPFS gateway
// and nothing of mifm's.
type Proof struct {
	Type    string `json:"type"`
	Subject string `json:"subject"`
	Seq     uint64 `json:"seq"`
	// CID is the version document's CID; the gateway serves its bytes.
	CID string `json:"cid"`
	// Document, when present, is the version document's exact bytes as a
	// string (JSON tools that re-indent an object would change them), so
	// the proof needs no gateway (audit checkpoints travel this way).
	Document string `json:"document,omitempty"`
	// LeafEncoding and LeafValue are the leaf as OpenZeppelin's
	// StandardMerkleTree takes it; Leaf is its hash.
	LeafEncoding []string      `json:"leafEncoding"`
	LeafValue    []any         `json:"leafValue"`
	Leaf         common.Hash   `json:"leaf"`
	Path         []common.Hash `json:"proof"`
	Root         common.Hash   `json:"root"`
	Batch        uint64        `json:"batch"`
	BatchLeaves  int           `json:"batchLeaves"`
	Manifest     string        `json:"manifest"`
	Anchoring
}

// ErrNotAnchored is returned for a proof of a version whose batch is not
// on chain yet.
var ErrNotAnchored = errors.New("not anchored yet")

// Proof makes the inclusion proof of version c.
func (s *Service) Proof(ctx context.Context, c string) (*Proof, error) {
	r, err := s.Version(c)
	if err != nil {
		return nil, err
	}
	pl, err := s.Placement(c)
	if err != nil {
		return nil, err
	}
	b, err := s.Batch(pl.Batch)
	if err != nil {
		return nil, err
	}
	if b.State != BatchAnchored || b.Anchored == nil {
		return nil, fmt.Errorf("%w: version %s is in batch %d, which is on its way to the chain", ErrNotAnchored, c, b.Seq)
	}
	tree := s.cachedTree(b.Seq)
	if tree == nil {
		mc, err := cid.Decode(b.Manifest)
		if err != nil {
			return nil, err
		}
		dump, err := s.Content.ReadFile(ctx, mc)
		if err != nil {
			return nil, fmt.Errorf("read batch %d manifest %s: %w", b.Seq, b.Manifest, err)
		}
		if tree, err = merkle.Load(dump); err != nil {
			return nil, fmt.Errorf("batch %d manifest: %w", b.Seq, err)
		}
		s.remember(b.Seq, tree)
	}
	if tree.Root() != b.Root {
		return nil, fmt.Errorf("batch %d manifest has root %s, the batch %s", b.Seq, tree.Root().Hex(), b.Root.Hex())
	}
	dc, _ := cid.Decode(c)
	leaf, err := LeafHash(r.Version.Subject, r.Version.Seq, dc)
	if err != nil {
		return nil, err
	}
	if got, _ := tree.Leaf(pl.Index); got != leaf {
		return nil, fmt.Errorf("batch %d manifest holds another leaf at %d", b.Seq, pl.Index)
	}
	path, err := tree.Proof(pl.Index)
	if err != nil {
		return nil, err
	}
	return &Proof{
		Type: ProofType, Subject: r.Version.Subject, Seq: r.Version.Seq, CID: c,
		LeafEncoding: LeafEncoding, LeafValue: Leaf(r.Version.Subject, r.Version.Seq, dc), Leaf: leaf, Path: path, Root: b.Root,
		Batch: b.Seq, BatchLeaves: b.Leaves, Manifest: b.Manifest, Anchoring: *b.Anchored,
	}, nil
}

// ReadProof reads a proof file from outside.
func ReadProof(r io.Reader) (*Proof, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxProofFile+1))
	if err != nil {
		return nil, fmt.Errorf("read proof: %w", err)
	}
	if len(b) > MaxProofFile {
		return nil, fmt.Errorf("read proof: larger than %d bytes", MaxProofFile)
	}
	var p Proof
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("read proof: %w", err)
	}
	if err := p.checkShape(); err != nil {
		return nil, fmt.Errorf("read proof: %w", err)
	}
	return &p, nil
}

// checkShape refuses a proof from outside that is not one: another type,
// a path longer than any batch's.
func (p *Proof) checkShape() error {
	if p.Type != ProofType {
		return fmt.Errorf("type %q, want %q", p.Type, ProofType)
	}
	if len(p.Path) > 64 {
		return fmt.Errorf("a path of %d hashes (a batch has at most 2^16 leaves)", len(p.Path))
	}
	return nil
}

// Check is one step of a proof's verification.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// Verification is the outcome of VerifyProof: every check in order, up to
// the first that failed.
type Verification struct {
	OK     bool    `json:"ok"`
	Checks []Check `json:"checks"`
	// Failed names the first failed check.
	Failed string `json:"failed,omitempty"`
}

func (v *Verification) add(name string, err error, detail string) bool {
	c := Check{Name: name, OK: err == nil, Detail: detail}
	if err != nil {
		c.Detail = err.Error()
		v.OK, v.Failed = false, name
	}
	v.Checks = append(v.Checks, c)
	return err == nil
}

// Verifier checks proofs with a chain and a gateway, trusting neither a
// node nor the proof's claims.
type Verifier struct {
	// Chain answers JSON-RPC: any endpoint of the chain the proof names.
	Chain interface {
		ethereum.ChainIDReader
		ethereum.TransactionReader
		ethereum.ChainReader
		ethereum.ContractCaller
		ethereum.LogFilterer
		CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
	}
	// Anchorer, when set, is the account the auditor expects to have
	// anchored the root (the platform's key); otherwise the proof's is
	// reported, and checked against the author's DID when that names an
	// account.
	Anchorer *common.Address
	// Gateway is an IPFS gateway's base URL; empty when the proof carries
	// its document.
	Gateway string
	// HTTP fetches from the gateway (nil: a client with a 30 s timeout).
	HTTP *http.Client
	// Resolver resolves the author's DID for the signature check; nil:
	// did:key only.
	Resolver *did.Resolver
	// MinConfirmations is how deep the anchoring block must be (default 1).
	MinConfirmations uint64
}

// Verify runs every check and says which failed: document, fields,
// signature, leaf, path, chain, transaction, event, block, contract.
func (vf *Verifier) Verify(ctx context.Context, p *Proof) *Verification {
	v := &Verification{OK: true}
	// The document: from the proof or the gateway, hashing to its CID.
	c, err := cid.Decode(p.CID)
	if err != nil {
		v.add("document", fmt.Errorf("cid %q: %v", p.CID, err), "")
		return v
	}
	doc := []byte(p.Document)
	if len(doc) == 0 {
		doc, err = vf.fetch(ctx, c)
		if !v.add("document", err, "fetched from "+vf.Gateway) {
			return v
		}
	}
	if got, _ := DocCID(doc); !got.Equals(c) {
		v.add("document", fmt.Errorf("the document hashes to %s, not %s", got, c), "")
		return v
	} else if len(p.Document) > 0 {
		v.add("document", nil, "carried by the proof, hashes to "+p.CID)
	}
	ver, err := Decode(doc)
	if err == nil && (ver.Subject != p.Subject || ver.Seq != p.Seq) {
		err = fmt.Errorf("the document is version %d of %s; the proof says version %d of %s", ver.Seq, ver.Subject, p.Seq, p.Subject)
	}
	if !v.add("fields", err, fmt.Sprintf("version %d of %s by %s", p.Seq, p.Subject, authorOf(ver))) {
		return v
	}
	resolver := vf.Resolver
	if resolver == nil {
		resolver = did.NewResolver(did.Options{})
	}
	if !v.add("signature", ver.VerifySignature(ctx, resolver), "signed by "+ver.Author) {
		return v
	}
	// The leaf and the path to the root.
	leaf, err := LeafHash(ver.Subject, ver.Seq, c)
	switch {
	case err != nil:
	case leaf != p.Leaf:
		err = fmt.Errorf("the version's leaf is %s; the proof says %s", leaf.Hex(), p.Leaf.Hex())
	case fmt.Sprint(p.LeafEncoding) != fmt.Sprint(LeafEncoding) || fmt.Sprint(p.LeafValue) != fmt.Sprint(Leaf(ver.Subject, ver.Seq, c)):
		err = fmt.Errorf("the proof's leafEncoding and leafValue are not the version's (%v, %v)", LeafEncoding, Leaf(ver.Subject, ver.Seq, c))
	}
	if !v.add("leaf", err, "keccak256(keccak256(abi.encode(subject, seq, cid))) = "+leaf.Hex()) {
		return v
	}
	if got := merkle.ProcessProof(leaf, p.Path); got != p.Root {
		v.add("path", fmt.Errorf("the path of %d hashes leads to %s, not the root %s", len(p.Path), got.Hex(), p.Root.Hex()), "")
		return v
	}
	v.add("path", nil, fmt.Sprintf("%d hashes lead to %s", len(p.Path), p.Root.Hex()))
	// The chain: the right one, the transaction, its event, its block.
	id, err := vf.Chain.ChainID(ctx)
	if err == nil && "eip155:"+id.String() != p.Chain {
		err = fmt.Errorf("the endpoint serves eip155:%s; the proof is anchored on %s", id, p.Chain)
	}
	if !v.add("chain", err, p.Chain) {
		return v
	}
	rc, err := vf.Chain.TransactionReceipt(ctx, p.Tx)
	switch {
	case err != nil:
		err = fmt.Errorf("transaction %s: %v", p.Tx.Hex(), err)
	case rc.Status != 1:
		err = fmt.Errorf("transaction %s failed", p.Tx.Hex())
	case rc.BlockNumber.Uint64() != p.Block || rc.BlockHash != p.BlockHash:
		err = fmt.Errorf("transaction %s is in block %d (%s), the proof says %d (%s)", p.Tx.Hex(), rc.BlockNumber, rc.BlockHash.Hex(), p.Block, p.BlockHash.Hex())
	}
	if !v.add("transaction", err, fmt.Sprintf("%s in block %d", p.Tx.Hex(), p.Block)) {
		return v
	}
	var found *anchorabi.AnchorAnchored
	for _, l := range rc.Logs {
		ev, err := anchorABI.UnpackAnchoredEvent(l)
		if err == nil && l.Address == p.Contract && ev.Anchorer == p.Anchorer && common.Hash(ev.Root) == p.Root {
			found = ev
			break
		}
	}
	manifest, _ := cid.Decode(p.Manifest)
	who, err := vf.anchorer(p, ver)
	switch {
	case err != nil:
	case found == nil:
		err = fmt.Errorf("transaction %s emits no Anchored event of root %s by %s from %s", p.Tx.Hex(), p.Root.Hex(), p.Anchorer.Hex(), p.Contract.Hex())
	case found.Batch != p.Batch || int(found.Leaves) != p.BatchLeaves || !bytes.Equal(found.Manifest, manifest.Bytes()):
		err = fmt.Errorf("the event names batch %d of %d leaves, manifest %x; the proof says batch %d of %d, %s", found.Batch, found.Leaves, found.Manifest, p.Batch, p.BatchLeaves, p.Manifest)
	}
	if !v.add("event", err, fmt.Sprintf("Anchored(%s, %s) by %s", p.Anchorer.Hex(), p.Root.Hex(), who)) {
		return v
	}
	min := vf.MinConfirmations
	if min == 0 {
		min = 1
	}
	head, err := vf.Chain.HeaderByNumber(ctx, nil)
	var at *types.Header
	if err == nil {
		at, err = vf.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(p.Block))
	}
	switch {
	case err != nil:
	case at.Time != p.Time:
		err = fmt.Errorf("block %d was made at %d, the proof says %d", p.Block, at.Time, p.Time)
	case at.Hash() != p.BlockHash:
		err = fmt.Errorf("block %d is %s on the chain now, not %s (reorganised)", p.Block, at.Hash().Hex(), p.BlockHash.Hex())
	case confirmations(head, p.Block) < min:
		err = fmt.Errorf("block %d has %d confirmations, want %d", p.Block, confirmations(head, p.Block), min)
	}
	if !v.add("block", err, fmt.Sprintf("block %d is canonical, %d confirmations", p.Block, confirmations(head, p.Block))) {
		return v
	}
	// The contract itself agrees: the root is stored for the anchorer,
	// and verifyVersion accepts the proof.
	ct := &Contract{Client: vf.Chain, Address: p.Contract}
	var rec anchorabi.AnchoredOutput
	err = vf.isAnchorContract(ctx, p.Contract)
	if err == nil {
		rec, err = ct.Record(ctx, p.Anchorer, p.Root)
	}
	if err == nil && rec.BlockNumber != p.Block {
		err = fmt.Errorf("the contract records the root at block %d, the proof says %d", rec.BlockNumber, p.Block)
	}
	if err == nil {
		path := make([][32]byte, len(p.Path))
		for i, h := range p.Path {
			path[i] = h
		}
		var out []byte
		out, err = vf.Chain.CallContract(ctx, ethereum.CallMsg{To: &p.Contract, Data: anchorABI.PackVerifyVersion(p.Anchorer, p.Root, path, ver.Subject, new(big.Int).SetUint64(ver.Seq), c.Bytes())}, nil)
		if err == nil {
			var ok bool
			if ok, err = anchorABI.UnpackVerifyVersion(out); err == nil && !ok {
				err = errors.New("the contract's verifyVersion refuses the proof")
			}
		}
	}
	v.add("contract", err, fmt.Sprintf("Anchor %s stores the root (batch %d, %d leaves) and verifyVersion accepts the proof", p.Contract.Hex(), rec.Batch, rec.Leaves))
	return v
}

// anchorer checks who anchored the root: the account the auditor named,
// or else the author's own account when the author's DID names one (a
// did:pkh or did:ethr platform anchors with its key); it says which.
func (vf *Verifier) anchorer(p *Proof, ver *Version) (string, error) {
	if vf.Anchorer != nil {
		if *vf.Anchorer != p.Anchorer {
			return "", fmt.Errorf("anchored by %s, not by %s as expected", p.Anchorer.Hex(), vf.Anchorer.Hex())
		}
		return "the expected anchorer", nil
	}
	if a, ok := Account(ver.Author); ok {
		if a == p.Anchorer {
			return "the author's own account", nil
		}
		return "an account that is not the author's (" + ver.Author + "); give --anchorer to require one", nil
	}
	return "an account the proof names (give --anchorer to require one)", nil
}

// isAnchorContract checks the code at address is the Anchor's.
func (vf *Verifier) isAnchorContract(ctx context.Context, address common.Address) error {
	want, err := contracts.AnchorCodeHash()
	if err != nil {
		return err
	}
	code, err := vf.Chain.CodeAt(ctx, address, nil)
	if err != nil {
		return fmt.Errorf("read the code at %s: %w", address.Hex(), err)
	}
	if crypto.Keccak256Hash(code) != want {
		return fmt.Errorf("the code at %s is not the Anchor contract's (%d bytes hashing to %s, want %s)", address.Hex(), len(code), crypto.Keccak256Hash(code).Hex(), want.Hex())
	}
	return nil
}

// Account is the Ethereum account a did:pkh (eip155) or did:ethr names,
// when it names one by address.
func Account(id string) (common.Address, bool) {
	method, msid, err := did.Method(id)
	if err != nil {
		return common.Address{}, false
	}
	var last string
	switch method {
	case "pkh":
		if !strings.HasPrefix(msid, "eip155:") {
			return common.Address{}, false
		}
		last = msid[strings.LastIndex(msid, ":")+1:]
	case "ethr":
		last = msid[strings.LastIndex(msid, ":")+1:]
	default:
		return common.Address{}, false
	}
	if !common.IsHexAddress(last) || len(last) != 42 {
		return common.Address{}, false
	}
	return common.HexToAddress(last), true
}

func authorOf(v *Version) string {
	if v == nil {
		return "?"
	}
	return v.Author
}

func confirmations(head *types.Header, block uint64) uint64 {
	if head == nil || head.Number.Uint64() < block {
		return 0
	}
	return head.Number.Uint64() - block + 1
}

// fetch reads a document block from the gateway as a trustless gateway
// serves it (application/vnd.ipld.raw), bounded.
func (vf *Verifier) fetch(ctx context.Context, c cid.Cid) ([]byte, error) {
	if vf.Gateway == "" {
		return nil, errors.New("the proof does not carry its document: give a gateway (--gateway URL)")
	}
	u, err := url.Parse(strings.TrimSuffix(vf.Gateway, "/") + "/ipfs/" + c.String() + "?format=raw")
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("gateway %q is not an http(s) URL", vf.Gateway)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.ipld.raw")
	client := vf.HTTP
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", c, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %s: the gateway answers %s", c, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxDocument+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", c, err)
	}
	if len(b) > MaxDocument {
		return nil, fmt.Errorf("fetch %s: larger than a version document may be (%d bytes)", c, MaxDocument)
	}
	return b, nil
}
