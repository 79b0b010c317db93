package asset

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/crypto"
)

// Metadata is the token's metadata JSON: the ERC-721 / ERC-1155 metadata
// schema's fields that wallets and marketplaces read, plus mifm's own under
// "mifm" (origin, licence and usage rights: COIR-103/106).
type Metadata struct {
	Name         string      `json:"name"`
	Description  string      `json:"description,omitempty"`
	Image        string      `json:"image,omitempty"`
	AnimationURL string      `json:"animation_url,omitempty"`
	ExternalURL  string      `json:"external_url,omitempty"`
	Attributes   []Attribute `json:"attributes,omitempty"`
	Mifm         Provenance  `json:"mifm"`
}

// Attribute is one ERC-721 metadata trait.
type Attribute struct {
	TraitType string `json:"trait_type"`
	Value     string `json:"value"`
}

// Provenance is what mifm adds to the metadata: where the asset comes from,
// who made it and on what terms it may be used.
type Provenance struct {
	// Version of this object's shape.
	Version        int       `json:"version"`
	OriginPlatform string    `json:"originPlatform"` // DID; keccak256 of it is the on-chain platform id
	LocalAssetID   string    `json:"localAssetId"`   // the platform's own id for the asset
	Creator        string    `json:"creator,omitempty"`
	License        string    `json:"license,omitempty"`     // SPDX id or URL
	UsageRights    string    `json:"usageRights,omitempty"` // what holders may do with it
	Content        []Content `json:"content"`
}

// Content is one file of the asset in IPFS.
type Content struct {
	Name      string `json:"name"`
	CID       string `json:"cid"`
	MediaType string `json:"mediaType"`
	Size      int64  `json:"size"`
}

// MetadataVersion is the version of the "mifm" object this node writes.
const MetadataVersion = 1

// MaxMetadataBytes keeps a token's metadata to one raw IPFS block, so its
// sha2-256 digest is all the chain stores.
const MaxMetadataBytes = 1 << 20

// ParseMetadata decodes metadata JSON from outside (IPFS, a file) and checks
// what mifm relies on.
func ParseMetadata(data []byte) (*Metadata, error) {
	if len(data) > MaxMetadataBytes {
		return nil, fmt.Errorf("metadata is %d bytes, more than %d", len(data), MaxMetadataBytes)
	}
	var m Metadata
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("metadata is not the expected JSON: %w", err)
	}
	if m.Name == "" {
		return nil, fmt.Errorf("metadata has no name")
	}
	if m.Mifm.OriginPlatform == "" || m.Mifm.LocalAssetID == "" {
		return nil, fmt.Errorf("metadata lacks mifm.originPlatform or mifm.localAssetId")
	}
	return &m, nil
}

// LocalAssetID is how a platform's own asset id goes on chain: its UTF-8
// bytes right-padded to 32 when they fit, keccak256 of them otherwise. Short
// ids stay readable in calldata and cost less gas (zero bytes are cheap).
func LocalAssetID(id string) ([32]byte, error) {
	var out [32]byte
	switch {
	case id == "":
		return out, fmt.Errorf("local asset id is empty")
	case !utf8.ValidString(id):
		return out, fmt.Errorf("local asset id %q is not UTF-8", id)
	case strings.ContainsRune(id, 0):
		return out, fmt.Errorf("local asset id %q contains a NUL byte", id)
	case len(id) > 1024:
		return out, fmt.Errorf("local asset id is %d bytes, more than 1024", len(id))
	case len(id) <= 32:
		copy(out[:], id)
	default:
		out = crypto.Keccak256Hash([]byte(id))
	}
	return out, nil
}

// mediaTypes the standard library's table lacks or gets wrong for 3D assets.
var mediaTypes = map[string]string{
	".glb":  "model/gltf-binary",
	".gltf": "model/gltf+json",
	".vrm":  "model/gltf-binary", // VRM is a glTF binary with extensions
	".usdz": "model/vnd.usdz+zip",
	".fbx":  "application/octet-stream",
	".obj":  "model/obj",
	".stl":  "model/stl",
	".json": "application/json",
	".webp": "image/webp",
	".mp4":  "video/mp4",
	".webm": "video/webm",
	".mp3":  "audio/mpeg",
	".wav":  "audio/wav",
	".ogg":  "audio/ogg",
}

// sniffMediaType names a file's media type from its extension, or else from
// its first bytes; it returns a reader that still yields every byte.
func sniffMediaType(name string, r io.Reader) (string, io.Reader) {
	ext := strings.ToLower(filepath.Ext(name))
	if t, ok := mediaTypes[ext]; ok {
		return t, r
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return strings.SplitN(t, ";", 2)[0], r
	}
	br := bufio.NewReaderSize(r, 512)
	head, _ := br.Peek(512)
	return strings.SplitN(http.DetectContentType(head), ";", 2)[0], br
}

// displayField says which ERC-721 metadata field a content file fills:
// images are "image", 3D models, video and audio "animation_url".
func displayField(mediaType string) string {
	switch {
	case strings.HasPrefix(mediaType, "image/"):
		return "image"
	case strings.HasPrefix(mediaType, "model/"), strings.HasPrefix(mediaType, "video/"), strings.HasPrefix(mediaType, "audio/"):
		return "animation_url"
	}
	return ""
}
