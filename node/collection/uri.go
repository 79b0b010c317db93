package collection

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/ipfs/go-cid"
)

// ErrBadDataURI is wrapped by every ParseDataURI error.
var ErrBadDataURI = errors.New("malformed data: URI")

// uriScheme returns a URI's scheme in lowercase (RFC 3986 3.1: ALPHA
// *( ALPHA / DIGIT / "+" / "-" / "." ) before the first ":"), or "" with the
// reason when it has none, as a relative reference.
func uriScheme(uri string) (string, error) {
	i := strings.IndexByte(uri, ':')
	if i <= 0 {
		return "", errors.New("it has no scheme (a relative reference): metadata URIs must be absolute, such as ipfs://…, https://… or data:…")
	}
	for j := 0; j < i; j++ {
		b := uri[j]
		switch {
		case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z':
		case j > 0 && (b >= '0' && b <= '9' || b == '+' || b == '-' || b == '.'):
		default:
			return "", fmt.Errorf("%q is not a URI scheme: metadata URIs must be absolute, such as ipfs://…, https://… or data:…", uri[:i])
		}
	}
	return strings.ToLower(uri[:i]), nil
}

// IPFSPath is a parsed ipfs:// URI: a CID and a path below it.
type IPFSPath struct {
	CID cid.Cid
	// Path below the CID, slash-separated, unescaped, without leading or
	// trailing slash; "" for the CID itself.
	Path string
}

// String formats the path as a canonical ipfs:// URI.
func (p IPFSPath) String() string {
	if p.Path == "" {
		return "ipfs://" + p.CID.String()
	}
	segs := strings.Split(p.Path, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return "ipfs://" + p.CID.String() + "/" + strings.Join(segs, "/")
}

// ParseIPFSURI parses ipfs://CID[/path] and the older ipfs://ipfs/CID[/path]
// that early collections minted. A query, credentials, a port, an empty,
// "." or ".." segment, or an escaped slash are refused; a fragment is
// dropped.
func ParseIPFSURI(uri string) (IPFSPath, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return IPFSPath{}, fmt.Errorf("ipfs URI %q does not parse: %v", clip(uri), err)
	}
	if !strings.EqualFold(u.Scheme, "ipfs") || u.Opaque != "" {
		return IPFSPath{}, fmt.Errorf("%q is not an ipfs://CID[/path] URI", clip(uri))
	}
	switch {
	case u.User != nil:
		return IPFSPath{}, fmt.Errorf("ipfs URI %q carries credentials", clip(uri))
	case u.Port() != "":
		return IPFSPath{}, fmt.Errorf("ipfs URI %q has a port", clip(uri))
	case u.RawQuery != "" || u.ForceQuery:
		return IPFSPath{}, fmt.Errorf("ipfs URI %q has a query, which means nothing to IPFS", clip(uri))
	}
	root, rest := u.Host, strings.TrimPrefix(u.EscapedPath(), "/")
	if root == "ipfs" {
		// ipfs://ipfs/CID/…: the gateway path pasted after the scheme.
		root, rest, _ = strings.Cut(rest, "/")
	}
	c, err := cid.Decode(root)
	if err != nil {
		return IPFSPath{}, fmt.Errorf("ipfs URI %q: %q is not a CID: %v", clip(uri), clip(root), err)
	}
	rest = strings.TrimSuffix(rest, "/")
	if rest == "" {
		return IPFSPath{CID: c}, nil
	}
	segs := strings.Split(rest, "/")
	for i, s := range segs {
		seg, err := url.PathUnescape(s)
		switch {
		case err != nil:
			return IPFSPath{}, fmt.Errorf("ipfs URI %q: path segment %q: %v", clip(uri), clip(s), err)
		case seg == "" || seg == "." || seg == "..":
			return IPFSPath{}, fmt.Errorf("ipfs URI %q: path segment %q is empty, \".\" or \"..\"", clip(uri), s)
		case strings.ContainsAny(seg, "/\x00"):
			return IPFSPath{}, fmt.Errorf("ipfs URI %q: path segment %q holds an escaped slash or a NUL", clip(uri), clip(s))
		}
		segs[i] = seg
	}
	return IPFSPath{CID: c, Path: strings.Join(segs, "/")}, nil
}

// DataURI is a parsed RFC 2397 data: URI.
type DataURI struct {
	// MediaType is type/subtype in lowercase; "" when the URI names none
	// (RFC 2397: text/plain;charset=US-ASCII).
	MediaType string
	// Params are the media type's parameters, names in lowercase.
	Params map[string]string
	// Base64 says the data was base64-encoded.
	Base64 bool
	// Data is the decoded data.
	Data []byte
}

// ParseDataURI parses an RFC 2397 data: URI and decodes its data, refusing
// data longer than max bytes before decoding it.
//
//	dataurl    := "data:" [ mediatype ] [ ";base64" ] "," data
//	mediatype  := [ type "/" subtype ] *( ";" parameter )
//	parameter  := attribute "=" value
//
// It is strict where leniency would let two readers see different bytes: a
// percent sign must start a two-hex-digit escape, base64 is the standard
// alphabet with no whitespace and no bits after the last byte (padding may be
// left out). One common deviation is taken, the bare ";utf8" parameter that
// many on-chain collections write for charset=utf-8.
func ParseDataURI(s string, max int64) (*DataURI, error) {
	if len(s) < 5 || !strings.EqualFold(s[:5], "data:") {
		return nil, fmt.Errorf("%w: it does not start with \"data:\"", ErrBadDataURI)
	}
	header, payload, ok := strings.Cut(s[5:], ",")
	if !ok {
		return nil, fmt.Errorf("%w: no comma between the media type and the data", ErrBadDataURI)
	}
	d := &DataURI{Params: map[string]string{}}
	parts := strings.Split(header, ";")
	if last := parts[len(parts)-1]; len(parts) > 1 && strings.EqualFold(last, "base64") {
		d.Base64, parts = true, parts[:len(parts)-1]
	}
	if mt := parts[0]; mt != "" {
		typ, sub, ok := strings.Cut(mt, "/")
		if !ok || !isToken(typ) || !isToken(sub) {
			return nil, fmt.Errorf("%w: media type %q is not type/subtype", ErrBadDataURI, clip(mt))
		}
		d.MediaType = strings.ToLower(mt)
	}
	for _, p := range parts[1:] {
		name, value, ok := strings.Cut(p, "=")
		if !ok && (strings.EqualFold(p, "utf8") || strings.EqualFold(p, "utf-8")) {
			name, value, ok = "charset", "utf-8", true
		}
		if !ok || !isToken(name) || !isToken(value) {
			return nil, fmt.Errorf("%w: parameter %q is not attribute=value", ErrBadDataURI, clip(p))
		}
		name = strings.ToLower(name)
		if _, dup := d.Params[name]; dup {
			return nil, fmt.Errorf("%w: parameter %q given twice", ErrBadDataURI, name)
		}
		d.Params[name] = value
	}
	// Each escape or base64 quad yields at least one byte: refuse before
	// decoding what cannot fit.
	if int64(len(payload)) > 3*max+3 {
		return nil, fmt.Errorf("%w: %d bytes of data are more than %d once decoded", ErrTooLarge, len(payload), max)
	}
	raw, err := unescape(payload)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadDataURI, err)
	}
	if d.Base64 {
		if i := strings.IndexAny(raw, " \t\r\n"); i >= 0 {
			return nil, fmt.Errorf("%w: whitespace at byte %d of the base64 data", ErrBadDataURI, i)
		}
		if int64(base64.RawStdEncoding.DecodedLen(len(strings.TrimRight(raw, "=")))) > max {
			return nil, fmt.Errorf("%w: base64 data of %d bytes is more than %d once decoded", ErrTooLarge, len(raw), max)
		}
		enc := base64.StdEncoding.Strict()
		if len(raw)%4 != 0 {
			enc = base64.RawStdEncoding.Strict()
		}
		if d.Data, err = enc.DecodeString(raw); err != nil {
			return nil, fmt.Errorf("%w: base64 data: %v", ErrBadDataURI, err)
		}
	} else {
		d.Data = []byte(raw)
	}
	if int64(len(d.Data)) > max {
		return nil, fmt.Errorf("%w: %d bytes of data, more than %d", ErrTooLarge, len(d.Data), max)
	}
	return d, nil
}

// unescape decodes %XX escapes, refusing a % that does not start one. Unlike
// url.PathUnescape it leaves every other byte as it is.
func unescape(s string) (string, error) {
	n := strings.Count(s, "%")
	if n == 0 {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s)) // not len(s)-2n: "%" alone would make it negative

	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
			return "", fmt.Errorf("%% at byte %d does not start a %%XX escape", i)
		}
		b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
		i += 2
	}
	return b.String(), nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// isToken is RFC 2045's token: printable ASCII but space and tspecials.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`()<>@,;:\"/[]?=`, c) >= 0 {
			return false
		}
	}
	return true
}

// clip shortens what goes into an error message: a URI may be a data: URI
// of hundreds of KiB.
func clip(s string) string {
	const n = 80
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
