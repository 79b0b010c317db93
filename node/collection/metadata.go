package collection

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/big"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// ErrBadMetadata is wrapped when metadata is not JSON of the ERC-721 /
// ERC-1155 metadata schema within the bounds below.
var ErrBadMetadata = errors.New("malformed metadata")

// Bounds on metadata JSON, beyond MaxMetadataBytes.
const (
	// MaxAttributes bounds the attributes array.
	MaxAttributes = 1000
	// MaxDepth bounds the nesting of arrays and objects.
	MaxDepth = 32
	// MaxNameBytes bounds the name and an attribute's trait_type and
	// display_type.
	MaxNameBytes = 1 << 10
	// MaxDescriptionBytes bounds the description.
	MaxDescriptionBytes = 64 << 10
	// MaxAttributeValueBytes bounds one attribute's value, as JSON.
	MaxAttributeValueBytes = 4 << 10
)

// Metadata is a token's metadata JSON: the fields of the ERC-721 metadata
// JSON schema and ERC-1155's, with the common "attributes" convention, and
// everything else kept as it came.
type Metadata struct {
	// URI the metadata was read from (FetchMetadata).
	URI string `json:"uri,omitempty"`
	// Raw is the metadata's bytes as fetched: the hashes are over them.
	Raw       []byte      `json:"-"`
	Size      int         `json:"size"`
	SHA256    common.Hash `json:"sha256"`
	Keccak256 common.Hash `json:"keccak256"`
	// CID is the CID the node's IPFS store gives these bytes when it pins
	// them as mifm pins content (CIDv1, raw leaves, 1 MiB chunks): metadata
	// fits one chunk, so it is the raw block's CID.
	CID string `json:"cid"`

	Name         string      `json:"name,omitempty"`
	Description  string      `json:"description,omitempty"`
	Image        string      `json:"image,omitempty"`
	AnimationURL string      `json:"animation_url,omitempty"`
	ExternalURL  string      `json:"external_url,omitempty"`
	Attributes   []Attribute `json:"attributes,omitempty"`
	// Properties is ERC-1155's free-form "properties" object.
	Properties json.RawMessage `json:"properties,omitempty"`
	// Extra holds the members of no field above (background_color,
	// image_data, localization, …), as they came.
	Extra map[string]json.RawMessage `json:"extra,omitempty"`
	// Media lists the media the metadata references, in field order; they
	// are not fetched here.
	Media []Media `json:"media,omitempty"`
}

// Attribute is one entry of the "attributes" array (the convention
// marketplaces read: trait_type, value, display_type).
type Attribute struct {
	TraitType   string `json:"trait_type,omitempty"`
	DisplayType string `json:"display_type,omitempty"`
	// Value is the value's JSON: a string, number or boolean usually.
	Value json.RawMessage `json:"value,omitempty"`
}

// Media is a media URI the metadata references.
type Media struct {
	// Field is the metadata member: image or animation_url.
	Field string `json:"field"`
	URI   string `json:"uri"`
	// Scheme of URI, in lowercase: ipfs, https, http, data or ar.
	Scheme string `json:"scheme"`
}

// mediaScheme says whether a media URI may have scheme s: a place a platform
// can fetch media from. Which of them it does is the Policy's call.
func mediaScheme(s string) bool {
	switch s {
	case "ipfs", "https", "http", "data", "ar":
		return true
	}
	return false
}

// ParseMetadata parses metadata JSON from outside, bounded: at most
// MaxMetadataBytes of UTF-8, one JSON object nested at most MaxDepth deep, no
// member given twice, the known members of the types the schemas give them
// (null counts as absent), names, descriptions and attributes within the
// Max* bounds, media URIs of a fetchable scheme.
func ParseMetadata(data []byte) (*Metadata, error) {
	if len(data) > MaxMetadataBytes {
		return nil, fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, len(data), MaxMetadataBytes)
	}
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return nil, fmt.Errorf("%w: it starts with a byte-order mark, which JSON forbids (RFC 8259 8.1)", ErrBadMetadata)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w: it is not UTF-8", ErrBadMetadata)
	}
	if err := checkShape(data); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadMetadata, err)
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(data, &members); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadMetadata, err)
	}
	sum := sha256.Sum256(data)
	m := &Metadata{
		Raw: data, Size: len(data), SHA256: sum, Keccak256: crypto.Keccak256Hash(data),
		CID: rawCID(sum[:]).String(),
	}
	// In order, so that of two bad members the same one is always named.
	for _, name := range slices.Sorted(maps.Keys(members)) {
		raw := members[name]
		if string(bytes.TrimSpace(raw)) == "null" {
			continue
		}
		var err error
		switch name {
		case "name":
			m.Name, err = text(raw, MaxNameBytes)
		case "description":
			m.Description, err = text(raw, MaxDescriptionBytes)
		case "image":
			m.Image, err = text(raw, MaxMetadataBytes)
		case "animation_url":
			m.AnimationURL, err = text(raw, MaxMetadataBytes)
		case "external_url":
			m.ExternalURL, err = text(raw, maxLinkURIBytes)
		case "attributes":
			m.Attributes, err = attributes(raw)
		case "properties":
			if bytes.TrimSpace(raw)[0] != '{' {
				err = errors.New("is not an object")
			}
			m.Properties = raw
		default:
			if m.Extra == nil {
				m.Extra = map[string]json.RawMessage{}
			}
			m.Extra[name] = raw
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %q %v", ErrBadMetadata, name, err)
		}
	}
	if err := m.listMedia(); err != nil {
		return nil, err
	}
	return m, nil
}

// listMedia fills Media from the display fields, checking each URI.
func (m *Metadata) listMedia() error {
	m.Media = nil
	for _, f := range []struct{ field, uri string }{{"image", m.Image}, {"animation_url", m.AnimationURL}} {
		if f.uri == "" {
			continue
		}
		scheme, err := checkMediaURI(f.uri)
		if err != nil {
			return fmt.Errorf("%w: %s %q: %v", ErrBadMetadata, f.field, clip(f.uri), err)
		}
		m.Media = append(m.Media, Media{Field: f.field, URI: f.uri, Scheme: scheme})
	}
	return nil
}

// checkMediaURI checks a media URI is absolute, of a fetchable scheme and
// well formed for it.
func checkMediaURI(uri string) (string, error) {
	scheme, err := uriScheme(uri)
	if err != nil {
		return "", err
	}
	if !mediaScheme(scheme) {
		return "", fmt.Errorf("%s: is not a scheme media can be fetched from (ipfs, https, http, data, ar)", scheme)
	}
	if scheme != "data" && len(uri) > maxLinkURIBytes {
		return "", fmt.Errorf("%d bytes, more than %d for a link", len(uri), maxLinkURIBytes)
	}
	switch scheme {
	case "ipfs":
		_, err = ParseIPFSURI(uri)
	case "data":
		_, err = ParseDataURI(uri, MaxMetadataBytes)
	default:
		var u *url.URL
		if u, err = url.Parse(uri); err == nil && (u.Host == "" || u.User != nil) {
			err = errors.New("has no host, or carries credentials")
		}
	}
	return scheme, err
}

// text decodes a JSON string of at most max bytes.
func text(raw json.RawMessage, max int) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", errors.New("is not a string")
	}
	if len(s) > max {
		return "", fmt.Errorf("is %d bytes, more than %d", len(s), max)
	}
	return s, nil
}

// attributes decodes the attributes array.
func attributes(raw json.RawMessage) ([]Attribute, error) {
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, errors.New("is not an array")
	}
	if len(items) > MaxAttributes {
		return nil, fmt.Errorf("has %d entries, more than %d", len(items), MaxAttributes)
	}
	out := make([]Attribute, 0, len(items))
	for i, item := range items {
		var members map[string]json.RawMessage
		if err := json.Unmarshal(item, &members); err != nil || members == nil {
			return nil, fmt.Errorf("entry %d is not an object", i)
		}
		var a Attribute
		var err error
		if v, ok := members["trait_type"]; ok && string(v) != "null" {
			if a.TraitType, err = text(v, MaxNameBytes); err != nil {
				return nil, fmt.Errorf("entry %d: trait_type %v", i, err)
			}
		}
		if v, ok := members["display_type"]; ok && string(v) != "null" {
			if a.DisplayType, err = text(v, MaxNameBytes); err != nil {
				return nil, fmt.Errorf("entry %d: display_type %v", i, err)
			}
		}
		if v, ok := members["value"]; ok {
			if len(v) > MaxAttributeValueBytes {
				return nil, fmt.Errorf("entry %d: value is %d bytes of JSON, more than %d", i, len(v), MaxAttributeValueBytes)
			}
			a.Value = v
		}
		out = append(out, a)
	}
	return out, nil
}

// checkShape walks the JSON once before it is decoded: one object, nesting
// at most MaxDepth, no member twice in an object (readers disagree on which
// one wins), nothing after the object.
func checkShape(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	// keys[i] are the members seen in the i-th open object (nil for arrays);
	// expectKey[i] says the next string token there is a member name.
	var keys []map[string]bool
	var expectKey []bool
	first := true
	for {
		tok, err := dec.Token()
		if err == io.EOF && first {
			return errors.New("it is empty")
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if first && tok != json.Delim('{') {
			return errors.New("it is not a JSON object")
		}
		first = false
		top := len(keys) - 1
		isKey := top >= 0 && expectKey[top]
		if top >= 0 && keys[top] != nil {
			// Inside an object, tokens alternate name, value.
			expectKey[top] = !expectKey[top]
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			if len(keys) >= MaxDepth {
				return fmt.Errorf("it nests deeper than %d", MaxDepth)
			}
			if tok == json.Delim('{') {
				keys, expectKey = append(keys, map[string]bool{}), append(expectKey, true)
			} else {
				keys, expectKey = append(keys, nil), append(expectKey, false)
			}
		case json.Delim('}'), json.Delim(']'):
			// The parent was toggled when this value opened.
			keys, expectKey = keys[:top], expectKey[:top]
			if top == 0 && dec.More() {
				return errors.New("there is more after the object")
			}
		default:
			if isKey {
				k := tok.(string)
				if keys[top][k] {
					return fmt.Errorf("member %q appears twice in one object", clip(k))
				}
				keys[top][k] = true
			}
		}
	}
	return nil
}

// rawCID is the CIDv1 of a raw block with this sha2-256 digest.
func rawCID(sha []byte) cid.Cid {
	h, _ := mh.Encode(sha, mh.SHA2_256)
	return cid.NewCidV1(cid.Raw, h)
}

// FetchMetadata reads and parses the token's metadata (FetchMetadata at
// MetadataURI); for an ERC-1155 token, {id} in its name, description and
// URIs is substituted as EIP-1155 says clients must.
func (t *Token) FetchMetadata(ctx context.Context, f Fetchers) (*Metadata, error) {
	m, err := FetchMetadata(ctx, t.MetadataURI, f)
	if err != nil {
		return nil, err
	}
	if t.Standard == ERC1155 {
		if err := m.ExpandID(t.ID()); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// ExpandID substitutes {id} in the metadata's name, description, image,
// animation_url and external_url (EIP-1155 "Metadata"), and lists the media
// again. Raw and its hashes stay those of the bytes fetched.
func (m *Metadata) ExpandID(id *big.Int) error {
	for _, s := range []*string{&m.Name, &m.Description, &m.Image, &m.AnimationURL, &m.ExternalURL} {
		*s = ExpandID(*s, id)
	}
	return m.listMedia()
}

// String names the metadata for messages.
func (m *Metadata) String() string {
	name := m.Name
	if name == "" {
		name = "(no name)"
	}
	return fmt.Sprintf("%q (%d bytes, %s)", strings.TrimSpace(name), m.Size, m.CID)
}
