// Package avatar implements FGMV-43's avatar functions (9.1): AVCF, the
// conversion of a visiting avatar to the destination platform's
// constraints, with a reason for every rule it cannot meet (AVIR-105, 106,
// 202) and the destination's default avatar offered instead (AVIR-001,
// 107); the transfer (AVTF) and sync (AVSF) steps build on it in
// node/core. The file work itself (reading, converting, decimating) is
// node/avatar/vrm's.
package avatar

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/mifm/mifm/node/avatar/sample"
	"github.com/mifm/mifm/node/avatar/vrm"
)

// Constraints are what a platform takes, from its manifesto's avatar
// block.
type Constraints struct {
	Formats        []string `json:"formats,omitempty"`
	MaxPolygons    int      `json:"maxPolygons,omitempty"`
	MaxTextureSize int      `json:"maxTextureSize,omitempty"`
	MaxBones       int      `json:"maxBones,omitempty"`
	// Features are the optional features supported; nil sets no
	// constraint, an empty list supports none.
	Features []string `json:"features"`
}

// Use is what the destination will do with the avatar, checked against
// the avatar's licence.
type Use struct {
	// Commercial is the destination's commercial use: personalNonProfit,
	// personalProfit or corporation; empty is personalNonProfit.
	Commercial string `json:"commercial,omitempty"`
	// Redistribute is set when the avatar goes on to a third party (a
	// bridge forwarding its conversion).
	Redistribute bool `json:"redistribute,omitempty"`
}

// Rules a conversion checks, named in failures.
const (
	RuleFile         = "file"
	RuleFormat       = "format"
	RuleModification = "license.modification"
	RuleRedistribute = "license.redistribution"
	RuleCommercial   = "license.commercialUsage"
	RuleRequired     = "feature.required"
	RulePolygons     = "maxPolygons"
	RuleTextures     = "maxTextureSize"
	RuleBones        = "maxBones"
)

// Failure is one rule the avatar does not meet, and why (AVIR-202).
type Failure struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
}

// ErrRefused is an avatar the destination cannot take; the error is a
// *Refusal listing every failed rule.
var ErrRefused = errors.New("avatar refused")

// Refusal is the destination's answer when it cannot take an avatar.
type Refusal struct {
	Failures []Failure `json:"failures"`
}

func (r *Refusal) Error() string {
	var parts []string
	for _, f := range r.Failures {
		parts = append(parts, f.Rule+": "+f.Reason)
	}
	return "avatar refused: " + strings.Join(parts, "; ")
}

// Is makes errors.Is(err, ErrRefused) hold.
func (r *Refusal) Is(target error) bool { return target == ErrRefused }

// Outcome is what a conversion did.
type Outcome struct {
	Before vrm.Description `json:"before"`
	After  vrm.Description `json:"after"`
	Report vrm.Report      `json:"report"`
	// Bytes before and after.
	BytesBefore int `json:"bytesBefore"`
	BytesAfter  int `json:"bytesAfter"`
}

// Convert turns an avatar file into one the destination takes: the
// format it reads, only the features it supports, within its triangle,
// texture and bone limits. It changes nothing it does not have to: an
// avatar already within the constraints comes back byte for byte. When it
// cannot, it returns a *Refusal naming every failed rule, and converts
// nothing: a licence that forbids modification stops it before any change.
func Convert(ctx context.Context, data []byte, c Constraints, use Use, lim vrm.Limits) (_ []byte, out Outcome, err error) {
	// A file that passed every check may still trip the glTF library;
	// that is the file's fault, and must not take the node down.
	defer func() {
		if p := recover(); p != nil {
			err = &Refusal{Failures: []Failure{{RuleFile, fmt.Sprintf("the file cannot be converted: %v", p)}}}
		}
	}()
	out = Outcome{BytesBefore: len(data)}
	a, err := vrm.Decode(data, lim)
	if err != nil {
		return nil, out, &Refusal{Failures: []Failure{{RuleFile, err.Error()}}}
	}
	out.Before = a.Describe()
	plan, fails := planFor(a, out.Before, c, use)
	if len(fails) > 0 {
		return nil, out, &Refusal{Failures: fails}
	}
	if plan.empty() {
		out.After, out.BytesAfter = out.Before, len(data)
		return data, out, nil
	}
	if err := plan.apply(ctx, a, &out.Report); err != nil {
		var ref *Refusal
		if errors.As(err, &ref) {
			return nil, out, err
		}
		return nil, out, fmt.Errorf("convert avatar: %w", err)
	}
	b, err := a.Encode()
	if err != nil {
		return nil, out, fmt.Errorf("encode converted avatar: %w", err)
	}
	// The conversion may add nodes (spring tails): the read-back allows
	// what it made.
	back, err := vrm.Decode(b, vrm.Limits{MaxBytes: max(lim.MaxBytes, 2*len(b)), MaxNodes: 2 * max(lim.MaxNodes, 10_000)})
	if err != nil {
		return nil, out, fmt.Errorf("converted avatar does not read back: %w", err)
	}
	out.After, out.BytesAfter = back.Describe(), len(b)
	return b, out, nil
}

// plan is the changes a conversion needs.
type plan struct {
	format   vrm.Format
	strip    []string
	polygons int
	textures int
}

func (p plan) empty() bool {
	return p.format == "" && len(p.strip) == 0 && p.polygons == 0 && p.textures == 0
}

// changes names them, for a refusal on licence grounds.
func (p plan) changes() []string {
	var cs []string
	if p.format != "" {
		cs = append(cs, "convert to "+string(p.format))
	}
	if len(p.strip) > 0 {
		cs = append(cs, "remove "+strings.Join(p.strip, ", "))
	}
	if p.polygons > 0 {
		cs = append(cs, fmt.Sprintf("decimate to %d triangles", p.polygons))
	}
	if p.textures > 0 {
		cs = append(cs, fmt.Sprintf("downscale textures to %d px", p.textures))
	}
	return cs
}

// planFor decides what must change, and collects every rule that cannot
// be met, so a refusal names them all at once.
func planFor(a *vrm.Avatar, d vrm.Description, c Constraints, use Use) (plan, []Failure) {
	var p plan
	var fails []Failure
	if len(c.Formats) > 0 && !slices.Contains(c.Formats, string(d.Format)) {
		switch {
		case d.Format == vrm.FormatVRM0 && slices.Contains(c.Formats, string(vrm.FormatVRM1)):
			p.format = vrm.FormatVRM1
		case d.Format == vrm.FormatVRM1 && slices.Contains(c.Formats, string(vrm.FormatVRM0)):
			p.format = vrm.FormatVRM0
		case slices.Contains(c.Formats, string(vrm.FormatGLTF)):
			p.format = vrm.FormatGLTF
		default:
			fails = append(fails, Failure{RuleFormat, fmt.Sprintf("the avatar is %s; the platform takes %s", d.Format, strings.Join(c.Formats, ", "))})
		}
	}
	// Features nil is no constraint (a bridge converting formats only);
	// an empty list supports none.
	for _, f := range d.Features {
		if c.Features != nil && !slices.Contains(c.Features, f) {
			p.strip = append(p.strip, f)
		}
	}
	for _, ext := range a.Doc.ExtensionsRequired {
		if !strippable(ext) {
			fails = append(fails, Failure{RuleRequired, fmt.Sprintf("the avatar requires the glTF extension %s, which mifm cannot convert or remove", ext)})
		}
	}
	if c.MaxPolygons > 0 && d.Triangles > c.MaxPolygons {
		p.polygons = c.MaxPolygons
	}
	if c.MaxTextureSize > 0 && d.MaxTextureSize > c.MaxTextureSize {
		p.textures = c.MaxTextureSize
	}
	if c.MaxBones > 0 && d.Bones > c.MaxBones {
		fails = append(fails, Failure{RuleBones, fmt.Sprintf("the avatar's skins use %d bones, the platform takes %d; merging bones would change how it moves, so mifm does not", d.Bones, c.MaxBones)})
	}
	lic := d.License
	if !p.empty() && !lic.MayModify() {
		fails = append(fails, Failure{RuleModification, fmt.Sprintf("the licence forbids modification (%s), and the platform needs: %s", lic.Modification, strings.Join(p.changes(), "; "))})
	}
	if use.Redistribute && !lic.AllowRedistribution {
		fails = append(fails, Failure{RuleRedistribute, "the licence forbids redistribution, and the avatar would be handed on"})
	}
	if use.Redistribute && !p.empty() && lic.AllowRedistribution && !lic.MayRedistributeModified() && lic.MayModify() {
		fails = append(fails, Failure{RuleRedistribute, "the licence allows modification but not redistributing a modified avatar, and the converted avatar would be handed on"})
	}
	if u := use.Commercial; u != "" && u != vrm.CommercialPersonalNonProfit && !lic.AllowsCommercial(u) {
		fails = append(fails, Failure{RuleCommercial, fmt.Sprintf("the licence allows %s use; the platform's use is %s", lic.CommercialUsage, u)})
	}
	return p, fails
}

// strippable says whether a required extension is one this package can
// convert or remove.
func strippable(ext string) bool {
	switch ext {
	case vrm.ExtVRM0, vrm.ExtVRM1, vrm.ExtSpringBone, vrm.ExtConstraint, vrm.ExtMToon, vrm.ExtUnlit, "KHR_texture_transform":
		return true
	}
	return false
}

func (p plan) apply(ctx context.Context, a *vrm.Avatar, r *vrm.Report) error {
	if p.format != "" {
		rep, err := a.ConvertTo(p.format)
		if err != nil {
			return &Refusal{Failures: []Failure{{RuleFormat, err.Error()}}}
		}
		r.Merge(rep)
	}
	if len(p.strip) > 0 {
		r.Merge(a.StripFeatures(p.strip))
	}
	if p.polygons > 0 {
		rep, err := a.Decimate(ctx, p.polygons)
		if errors.Is(err, vrm.ErrUnreachable) {
			return &Refusal{Failures: []Failure{{RulePolygons, err.Error()}}}
		}
		if err != nil {
			return err
		}
		r.Merge(rep)
	}
	if p.textures > 0 {
		rep, err := a.DownscaleTextures(ctx, p.textures)
		if err != nil {
			return err
		}
		r.Merge(rep)
	}
	return nil
}

// Customization is what a visitor may choose of a platform's default
// avatar: within the platform's constraints, its name and its outfit.
type Customization struct {
	Name   string `json:"name,omitempty"`
	Outfit string `json:"outfit,omitempty"`
}

// Default makes the platform's default avatar (AVIR-001, 107): the
// sample humanoid in a format the platform takes, as detailed as its
// polygon limit allows, with textures within its limit and only the
// features it supports, customized by the visitor.
func Default(ctx context.Context, c Constraints, cust Customization) ([]byte, Outcome, error) {
	if len(cust.Name) > 128 || len(cust.Outfit) > 64 {
		return nil, Outcome{}, fmt.Errorf("customize the default avatar: name (at most 128 bytes) or outfit (at most 64) too long")
	}
	opts := sample.Options{Name: cust.Name, Outfit: cust.Outfit, TextureSize: 512, VRM0: len(c.Formats) > 0 && !slices.Contains(c.Formats, string(vrm.FormatVRM1))}
	// The full sample has 23 bones, the minimal one the 17 both VRM
	// versions require; below that no humanoid can be made.
	if c.MaxBones > 0 && c.MaxBones < 23 {
		opts.Minimal = true
	}
	if c.MaxTextureSize > 0 {
		opts.TextureSize = max(4, min(opts.TextureSize, c.MaxTextureSize))
	}
	// The sample has 1,744·D² + 352·D triangles: the highest level D
	// within the limit, so nothing needs decimating.
	opts.Detail = 4
	for opts.Detail > 1 && c.MaxPolygons > 0 && 1744*opts.Detail*opts.Detail+352*opts.Detail > c.MaxPolygons {
		opts.Detail--
	}
	b, err := sample.Humanoid(opts)
	if err != nil {
		return nil, Outcome{}, err
	}
	return Convert(ctx, b, c, Use{}, vrm.Limits{})
}
