package did

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/multiformats/go-multibase"
)

// Bitstring Status List (W3C Recommendation): a credential's status is one
// bit of a GZIP-compressed bitstring published in a status list credential.
const (
	StatusListBits      = 131072 // the minimum length, 16 KiB: the herd that hides each holder
	maxStatusListBytes  = 16 << 20
	StatusRevocation    = "revocation"
	StatusSuspension    = "suspension"
	statusEntryType     = "BitstringStatusListEntry"
	statusListType      = "BitstringStatusList"
	statusListCredType  = "BitstringStatusListCredential"
	maxStatusListFetch  = 4 << 20
	statusListFetchTime = 10 * time.Second
)

// ErrStatus is wrapped by every reason a status check fails.
var ErrStatus = errors.New("status check failed")

// StatusList is a bitstring; bit 0 is the left-most bit of the first byte.
type StatusList struct{ bits []byte }

// NewStatusList makes a list of n bits (at least StatusListBits), all 0.
func NewStatusList(n int) *StatusList {
	n = max(n, StatusListBits)
	return &StatusList{bits: make([]byte, (n+7)/8)}
}

func (l *StatusList) Len() int { return len(l.bits) * 8 }

// Get reports bit i.
func (l *StatusList) Get(i int) (bool, error) {
	if i < 0 || i >= l.Len() {
		return false, fmt.Errorf("index %d outside the list's %d entries", i, l.Len())
	}
	return l.bits[i/8]&(0x80>>(i%8)) != 0, nil
}

// Set sets bit i.
func (l *StatusList) Set(i int, v bool) error {
	if i < 0 || i >= l.Len() {
		return fmt.Errorf("index %d outside the list's %d entries", i, l.Len())
	}
	if v {
		l.bits[i/8] |= 0x80 >> (i % 8)
	} else {
		l.bits[i/8] &^= 0x80 >> (i % 8)
	}
	return nil
}

// Encode is the list's encodedList: multibase base64url of its GZIP form.
func (l *StatusList) Encode() string {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(l.bits)
	zw.Close()
	s, _ := multibase.Encode(multibase.Base64url, buf.Bytes())
	return s
}

// DecodeStatusList reads an encodedList, refusing lists shorter than the
// Recommendation's minimum and decompression bombs.
func DecodeStatusList(s string) (*StatusList, error) {
	enc, data, err := multibase.Decode(s)
	if err != nil || enc != multibase.Base64url {
		return nil, errors.New("encodedList is not multibase base64url (u…)")
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("encodedList is not GZIP: %w", err)
	}
	bits, err := io.ReadAll(io.LimitReader(zr, maxStatusListBytes+1))
	if err != nil {
		return nil, fmt.Errorf("encodedList: %w", err)
	}
	if len(bits) > maxStatusListBytes {
		return nil, fmt.Errorf("encodedList expands beyond %d bytes", maxStatusListBytes)
	}
	if len(bits)*8 < StatusListBits {
		return nil, fmt.Errorf("the status list has %d entries, fewer than the %d the Recommendation requires", len(bits)*8, StatusListBits)
	}
	return &StatusList{bits: bits}, nil
}

// StatusEntry is the credentialStatus of the credential at index of a list.
func StatusEntry(listURL, purpose string, index int) map[string]any {
	return map[string]any{
		"id": listURL + "#" + strconv.Itoa(index), "type": statusEntryType, "statusPurpose": purpose,
		"statusListIndex": strconv.Itoa(index), "statusListCredential": listURL,
	}
}

// IssueStatusList signs a status list credential for the list, as the
// issuer of the credentials it covers.
func (e *EdDSA) IssueStatusList(issuer Signer, listURL, purpose string, l *StatusList) (map[string]any, error) {
	vc := map[string]any{
		"@context": []any{ContextVCv2}, "id": listURL, "type": []any{"VerifiableCredential", statusListCredType},
		"issuer": issuer.DID, "validFrom": time.Now().UTC().Format(time.RFC3339),
		"credentialSubject": map[string]any{"id": listURL + "#list", "type": statusListType, "statusPurpose": purpose, "encodedList": l.Encode()},
	}
	if _, err := e.canon.CheckCredential(vc, true); err != nil {
		return nil, err
	}
	return e.Sign(vc, issuer.Key, ProofOptions{VerificationMethod: issuer.VerificationMethod, Purpose: "assertionMethod"})
}

// StatusLists finds status list credentials by URL.
type StatusLists interface {
	StatusList(ctx context.Context, url string) (map[string]any, error)
}

// LocalStatusLists serves status list credentials from memory by their id,
// then fetches others over HTTPS.
type LocalStatusLists struct {
	mu    sync.Mutex
	lists map[string]map[string]any
	HTTP  *http.Client // nil: no fetching
}

// Add makes a status list credential available by its id.
func (s *LocalStatusLists) Add(vc map[string]any) error {
	id, _ := vc["id"].(string)
	if id == "" {
		return errors.New("the status list credential has no id")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lists == nil {
		s.lists = map[string]map[string]any{}
	}
	s.lists[id] = vc
	return nil
}

func (s *LocalStatusLists) StatusList(ctx context.Context, url string) (map[string]any, error) {
	s.mu.Lock()
	vc, ok := s.lists[url]
	s.mu.Unlock()
	if ok {
		return vc, nil
	}
	if s.HTTP == nil || !isHTTPS(url) {
		return nil, fmt.Errorf("no copy of status list %s (give it with --status-list FILE)", url)
	}
	ctx, cancel := context.WithTimeout(ctx, statusListFetchTime)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch status list %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch status list %s: %s", url, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxStatusListFetch))
	if err != nil {
		return nil, fmt.Errorf("fetch status list %s: %w", url, err)
	}
	if err := json.Unmarshal(data, &vc); err != nil {
		return nil, fmt.Errorf("status list %s is not JSON: %w", url, err)
	}
	return vc, nil
}

func isHTTPS(u string) bool { return len(u) > 8 && u[:8] == "https://" }

// checkStatus checks a credential's BitstringStatusListEntry: the list
// credential verifies, comes from the credential's issuer, has the entry's
// purpose, and the entry's bit is 0.
func (e *EdDSA) checkStatus(ctx context.Context, vc map[string]any, r *Resolver, lists StatusLists) (string, error) {
	entry, ok := vc["credentialStatus"].(map[string]any)
	if !ok {
		return "", fmt.Errorf("%w: credentialStatus must be one BitstringStatusListEntry", ErrStatus)
	}
	if entry["type"] != statusEntryType {
		return "", fmt.Errorf("%w: status type %v is not %s", ErrStatus, entry["type"], statusEntryType)
	}
	if lists == nil {
		return "", fmt.Errorf("%w: no way to get status lists here", ErrStatus)
	}
	url, _ := entry["statusListCredential"].(string)
	purpose, _ := entry["statusPurpose"].(string)
	index, err := strconv.Atoi(fmt.Sprint(entry["statusListIndex"]))
	if url == "" || err != nil || index < 0 {
		return "", fmt.Errorf("%w: the entry lacks statusListCredential or a statusListIndex", ErrStatus)
	}
	listVC, err := lists.StatusList(ctx, url)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrStatus, err)
	}
	// A list is the issuer's current word: it is checked as of the real now,
	// also when the credential is verified as of another time.
	v := e.verify(ctx, listVC, r, nil, time.Now())
	if !v.Verified {
		return "", fmt.Errorf("%w: status list %s does not verify", ErrStatus, url)
	}
	if v.Issuer != issuerID(vc) {
		return "", fmt.Errorf("%w: status list %s is issued by %s, not by the credential's issuer", ErrStatus, url, v.Issuer)
	}
	subject, _ := listVC["credentialSubject"].(map[string]any)
	if subject["statusPurpose"] != purpose {
		return "", fmt.Errorf("%w: status list %s is for %v, the entry for %s", ErrStatus, url, subject["statusPurpose"], purpose)
	}
	encoded, _ := subject["encodedList"].(string)
	l, err := DecodeStatusList(encoded)
	if err != nil {
		return "", fmt.Errorf("%w: status list %s: %v", ErrStatus, url, err)
	}
	set, err := l.Get(index)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrStatus, err)
	}
	if set {
		if purpose == StatusSuspension {
			return "", fmt.Errorf("%w: suspended (entry %d of %s)", ErrStatus, index, url)
		}
		return "", fmt.Errorf("%w: %s (entry %d of %s)", ErrStatus, map[bool]string{true: "revoked", false: purpose + " bit set"}[purpose == StatusRevocation], index, url)
	}
	return fmt.Sprintf("not %s (entry %d of %s)", map[bool]string{true: "revoked", false: "suspended"}[purpose == StatusRevocation], index, url), nil
}

// StatusStore keeps the status lists an issuer manages, one file per list.
type StatusStore struct{ dir string }

// OpenStatusStore uses dir (created on first write).
func OpenStatusStore(dir string) *StatusStore { return &StatusStore{dir: dir} }

type storedList struct {
	URL     string `json:"url"`
	Issuer  string `json:"issuer"`
	Purpose string `json:"purpose"`
	Next    int    `json:"next"`
	Encoded string `json:"encodedList"`
}

// PublishedPath is where the signed status list credential of url is
// kept, beside the list, for the operator to publish at url.
func (s *StatusStore) PublishedPath(url string) string {
	sum := sha256.Sum256([]byte(url))
	return filepath.Join(s.dir, fmt.Sprintf("%x.credential.json", sum[:12]))
}

// SavePublished keeps the signed status list credential of url, whole or
// not at all, and returns its path.
func (s *StatusStore) SavePublished(url string, credential []byte) (string, error) {
	path := s.PublishedPath(url)
	if err := writeFile(path, credential, true); err != nil {
		return "", fmt.Errorf("write the status list credential of %s: %w", url, err)
	}
	return path, nil
}

// Published reads the signed status list credential of url kept here.
func (s *StatusStore) Published(url string) (map[string]any, error) {
	data, err := os.ReadFile(s.PublishedPath(url))
	if err != nil {
		return nil, err
	}
	var vc map[string]any
	if err := json.Unmarshal(data, &vc); err != nil {
		return nil, fmt.Errorf("the status list credential of %s kept here is corrupt: %w", url, err)
	}
	return vc, nil
}

func (s *StatusStore) path(url string) string {
	sum := sha256.Sum256([]byte(url))
	return filepath.Join(s.dir, fmt.Sprintf("%x.json", sum[:12]))
}

func (s *StatusStore) load(url string) (*storedList, *StatusList, error) {
	data, err := os.ReadFile(s.path(url))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var st storedList
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, nil, fmt.Errorf("status list file of %s is corrupt: %w", url, err)
	}
	l, err := DecodeStatusList(st.Encoded)
	return &st, l, err
}

func (s *StatusStore) save(st *storedList, l *StatusList) error {
	st.Encoded = l.Encode()
	data, _ := json.MarshalIndent(st, "", "  ")
	return writeFile(s.path(st.URL), data, true)
}

// Allocate takes the next free index of the issuer's list at url (made on
// first use) for a new credential.
func (s *StatusStore) Allocate(url, issuer, purpose string) (int, error) {
	if !isURL(url) {
		return 0, fmt.Errorf("status list URL %q is not a URL", url)
	}
	st, l, err := s.load(url)
	if err != nil {
		return 0, err
	}
	if st == nil {
		st, l = &storedList{URL: url, Issuer: issuer, Purpose: purpose}, NewStatusList(StatusListBits)
	}
	if st.Issuer != issuer || st.Purpose != purpose {
		return 0, fmt.Errorf("status list %s belongs to %s for %s", url, st.Issuer, st.Purpose)
	}
	if st.Next >= l.Len() {
		return 0, fmt.Errorf("status list %s is full (%d entries): use another URL", url, l.Len())
	}
	i := st.Next
	st.Next++
	return i, s.save(st, l)
}

// SetStatus sets or clears an entry (revoke, suspend, reinstate).
func (s *StatusStore) SetStatus(url string, index int, set bool) (issuer, purpose string, err error) {
	st, l, err := s.load(url)
	if err != nil {
		return "", "", err
	}
	if st == nil {
		return "", "", fmt.Errorf("this home manages no status list %s", url)
	}
	if index >= st.Next {
		return "", "", fmt.Errorf("entry %d of %s was never given to a credential", index, url)
	}
	if err := l.Set(index, set); err != nil {
		return "", "", err
	}
	return st.Issuer, st.Purpose, s.save(st, l)
}

// List returns a stored list.
func (s *StatusStore) List(url string) (*StatusList, string, string, error) {
	st, l, err := s.load(url)
	if err != nil {
		return nil, "", "", err
	}
	if st == nil {
		return nil, "", "", fmt.Errorf("this home manages no status list %s", url)
	}
	return l, st.Issuer, st.Purpose, nil
}
