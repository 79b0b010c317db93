// Package avatarjs runs testnet/avatar-js, an avatar toolchain outside mifm,
// as child processes, so that mifm's avatar files (VRM 1.0 and 0.x, GLB,
// glTF) are checked by the tools a platform's pipeline and web client use,
// pinned in testnet/avatar-js/package.json:
//
//   - validate.mjs runs the Khronos glTF Validator, gltf-validator
//     2.0.0-dev.3.10, and reports its issues (Validate, Report);
//   - load-vrm.mjs loads the file with three.js 0.180.0's GLTFLoader and the
//     VRMLoaderPlugin of @pixiv/three-vrm 3.5.5, as a web client does, and
//     reports the humanoid, expressions, spring bones, meshes and meta
//     three-vrm found (LoadVRM, Loaded);
//   - simplify.mjs welds and simplifies the meshes with glTF Transform 4.5.1
//     (@gltf-transform/core, /extensions and /functions) and meshoptimizer
//     1.2.0's MeshoptSimplifier, and measures it (Simplify, Simplified).
//
// Each script takes a JSON request on stdin and prints a JSON answer; one
// that fails exits nonzero with its reason, which comes back as an *Error.
// The scripts need Node.js and the npm packages that `make avatar-js-deps`
// installs (make test does it). Tests call Require, which skips without
// them, except in CI, where it fails.
package avatarjs

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/mifm/mifm/testnet/jsrun"
)

// peer is testnet/avatar-js to jsrun, which runs it.
var peer = jsrun.Peer{Folder: "avatar-js", Name: "avatar toolchain", Marker: "@pixiv/three-vrm", Pinned: true, MakeTarget: "avatar-js-deps"}

// Error is a script that ran and failed, such as a file three-vrm would not
// load; Stderr holds the script's reason. It is jsrun's Error, which all the
// Node.js peers share.
type Error = jsrun.Error

// Dir is testnet/avatar-js in the source tree this package was built from.
func Dir() (string, error) { return peer.Dir() }

// Available says why the scripts cannot run here, or nil when they can.
func Available() error { return peer.Available() }

// Require skips t when the scripts cannot run here, and fails it in CI
// (CI=true), where a missing install step must not pass for a skip.
func Require(t testing.TB) {
	t.Helper()
	peer.Require(t)
}

// Run runs one script of testnet/avatar-js with req as JSON on stdin and
// returns what it printed.
func Run(ctx context.Context, script string, req any) (json.RawMessage, error) {
	return peer.Run(ctx, script, req)
}

// Severities of a Message, the validator's.
const (
	SeverityError   = 0
	SeverityWarning = 1
	SeverityInfo    = 2
	SeverityHint    = 3
)

// Message is one issue the glTF Validator found.
type Message struct {
	Code     string `json:"code"`     // such as "GLB_UNEXPECTED_END_OF_CHUNK_DATA" or "UNSUPPORTED_EXTENSION"
	Message  string `json:"message"`  // the validator's text
	Severity int    `json:"severity"` // SeverityError to SeverityHint
	Pointer  string `json:"pointer"`  // a JSON pointer into the asset, such as "/meshes/0/primitives/0/indices"; "" for the file itself
}

// Report is what the glTF Validator says of a file. Errors, Warnings,
// Infos and Hints count every issue of that severity; Messages lists 50 of
// them at most, errors first. The validator knows no VRM extension: it
// reports VRMC_vrm, VRMC_materials_mtoon or VRM as an UNSUPPORTED_EXTENSION
// info or warning, whose names UnsupportedExtensions lists; that is not a
// fault. A file is valid glTF when Errors is 0.
type Report struct {
	Errors                int       `json:"errors"`
	Warnings              int       `json:"warnings"`
	Infos                 int       `json:"infos"`
	Hints                 int       `json:"hints"`
	Messages              []Message `json:"messages"`
	UnsupportedExtensions []string  `json:"unsupportedExtensions"`
	Truncated             bool      `json:"truncated"` // the validator stopped counting
	ValidatorVersion      string    `json:"validatorVersion"`
}

// Validate has the Khronos glTF Validator check file (.vrm, .glb or .gltf,
// whose external resources it reads from beside it). A file that is not
// glTF at all is a Report with errors, not an error; an error is a file it
// could not read or an input the validator refused outright.
func Validate(ctx context.Context, file string) (Report, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return Report{}, err
	}
	out, err := Run(ctx, "validate.mjs", map[string]string{"file": abs})
	if err != nil {
		return Report{}, err
	}
	var r Report
	if err := json.Unmarshal(out, &r); err != nil {
		return Report{}, fmt.Errorf("validate.mjs printed %s: %w", out, err)
	}
	return r, nil
}

// Loaded is what three-vrm found in a VRM file.
type Loaded struct {
	// MetaVersion is "1" for VRM 1.0 (VRMC_vrm) and "0" for VRM 0.x (VRM).
	MetaVersion string `json:"metaVersion"`
	// HumanBones maps each human bone of vrm.humanoid, by its VRM 1.0 name
	// ("hips", "leftUpperArm", "leftThumbMetacarpal"; three-vrm renames VRM
	// 0.x's bones to these), to its node's name in the glTF JSON.
	HumanBones map[string]string `json:"humanBones"`
	// Expressions are the names of vrm.expressionManager's expressions:
	// presets ("happy", "blink", "aa"; VRM 0.x's renamed, joy to happy) and
	// custom ones.
	Expressions []string `json:"expressions"`
	// SpringJoints counts the joints of vrm.springBoneManager, 0 when none.
	SpringJoints int `json:"springJoints"`
	// Meshes counts the glTF meshes the scene uses, Primitives their
	// primitives, and Triangles sums, over those primitives (each once,
	// however many nodes use its mesh), the index count / 3, or the position
	// count / 3 when a primitive has no indices.
	Meshes     int `json:"meshes"`
	Primitives int `json:"primitives"`
	Triangles  int `json:"triangles"`
	// Textures counts the images decoded (checked whole and sized; no
	// pixels are drawn).
	Textures int `json:"textures"`
	// Meta is vrm.meta as three-vrm loaded it: VRM 1.0's name, authors,
	// licenseUrl, avatarPermission, commercialUsage, modification, …, or VRM
	// 0.x's title, author, licenseName, commercialUssageName, …; its
	// thumbnail image replaced by "thumbnail": true or false.
	Meta map[string]any `json:"meta"`
}

// LoadVRM has three.js's GLTFLoader with three-vrm's VRMLoaderPlugin load
// file, as a platform's web client does. A file it cannot load, with an
// image that does not decode, or with no VRM extension, is an *Error with
// the reason.
func LoadVRM(ctx context.Context, file string) (Loaded, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return Loaded{}, err
	}
	out, err := Run(ctx, "load-vrm.mjs", map[string]string{"file": abs})
	if err != nil {
		return Loaded{}, err
	}
	var l Loaded
	if err := json.Unmarshal(out, &l); err != nil {
		return Loaded{}, fmt.Errorf("load-vrm.mjs printed %s: %w", out, err)
	}
	return l, nil
}

// SimplifyRequest is what simplify.mjs simplifies. Ratio and Error are sent
// as they are: a zero Error allows no deviation, and so no simplification.
type SimplifyRequest struct {
	File string `json:"file"`
	// Ratio is the share of indices (so of triangles) to aim for, 0 to 1.
	Ratio float64 `json:"ratio"`
	// Error is the largest deviation allowed, as a share of each mesh's
	// radius, such as 0.01; the simplifier stops at Ratio or Error,
	// whichever it meets first.
	Error float64 `json:"error"`
	// Out, when not empty, is where the simplified file is written: GLB,
	// unless it ends in .gltf. VRM extensions are not kept (glTF Transform
	// does not know them): it is a plain glTF of the meshes.
	Out string `json:"out,omitempty"`
}

// Simplified is what simplify.mjs measured.
type Simplified struct {
	// TrianglesBefore and TrianglesAfter sum the triangles of every mesh's
	// primitives before and after simplify (index count / 3, or position
	// count / 3 without indices).
	TrianglesBefore int `json:"trianglesBefore"`
	TrianglesAfter  int `json:"trianglesAfter"`
	// MS is the wall time of the simplify step alone, in milliseconds:
	// not reading, welding or writing, nor loading meshoptimizer.
	MS float64 `json:"ms"`
	// BytesBefore is the file's size, BytesAfter the size of the simplified
	// document as GLB.
	BytesBefore int64 `json:"bytesBefore"`
	BytesAfter  int64 `json:"bytesAfter"`
	Meshes      int   `json:"meshes"`
}

// Duration is MS as a time.Duration.
func (s Simplified) Duration() time.Duration {
	return time.Duration(s.MS * float64(time.Millisecond))
}

// Simplify has glTF Transform weld and then simplify the meshes of
// req.File with meshoptimizer, and reports the triangles and bytes before
// and after and the time the simplify step took.
func Simplify(ctx context.Context, req SimplifyRequest) (Simplified, error) {
	var err error
	if req.File, err = filepath.Abs(req.File); err != nil {
		return Simplified{}, err
	}
	if req.Out != "" {
		if req.Out, err = filepath.Abs(req.Out); err != nil {
			return Simplified{}, err
		}
	}
	out, err := Run(ctx, "simplify.mjs", req)
	if err != nil {
		return Simplified{}, err
	}
	var s Simplified
	if err := json.Unmarshal(out, &s); err != nil {
		return Simplified{}, fmt.Errorf("simplify.mjs printed %s: %w", out, err)
	}
	return s, nil
}
