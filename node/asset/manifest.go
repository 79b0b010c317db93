package asset

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
)

// Manifest lists the assets of a batch tokenization, as a platform exports
// them: `mifm asset mint-batch --manifest FILE` reads it.
//
//	{"assets": [
//	  {"localId": "arrow-1", "name": "Arrow", "description": "…",
//	   "files": ["arrow.glb", "arrow.png"],
//	   "attributes": [{"trait_type": "damage", "value": "4"}],
//	   "license": "CC-BY-4.0", "usage": "…", "creator": "did:web:…", "amount": "10"}
//	]}
//
// File paths are relative to the manifest's folder.
type Manifest struct {
	Assets []ManifestAsset `json:"assets"`
}

// ManifestAsset is one asset of a manifest.
type ManifestAsset struct {
	LocalID     string      `json:"localId"`
	Name        string      `json:"name"`
	Description string      `json:"description,omitempty"`
	Files       []string    `json:"files"`
	Attributes  []Attribute `json:"attributes,omitempty"`
	License     string      `json:"license,omitempty"`
	Usage       string      `json:"usage,omitempty"`
	Creator     string      `json:"creator,omitempty"`
	Amount      string      `json:"amount,omitempty"` // decimal; ERC-1155 editions
}

// ParseManifest decodes and checks a manifest; file paths come back joined
// to dir. Unknown fields are refused, so a misspelt one is not silently lost.
func ParseManifest(data []byte, dir string) (*Manifest, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: manifest: %v", ErrBadRequest, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: manifest: more than one JSON document", ErrBadRequest)
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	for i := range m.Assets {
		for j, f := range m.Assets[i].Files {
			if !filepath.IsAbs(f) {
				m.Assets[i].Files[j] = filepath.Join(dir, f)
			}
		}
	}
	return &m, nil
}

// Check refuses a manifest that lists no assets or too many, an asset
// without a local id, name or files, a bad amount or a nameless attribute.
// File names are left as they are.
func (m *Manifest) Check() error {
	if len(m.Assets) == 0 {
		return fmt.Errorf("%w: manifest lists no assets (want {\"assets\": [...]})", ErrBadRequest)
	}
	if len(m.Assets) > MaxBatch {
		return fmt.Errorf("%w: manifest lists %d assets, at most %d per batch: split it", ErrBadRequest, len(m.Assets), MaxBatch)
	}
	for i := range m.Assets {
		a := &m.Assets[i]
		where := fmt.Sprintf("manifest asset %d", i+1)
		if a.LocalID == "" {
			return fmt.Errorf("%w: %s has no localId", ErrBadRequest, where)
		}
		if _, err := LocalAssetID(a.LocalID); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrBadRequest, where, err)
		}
		if strings.TrimSpace(a.Name) == "" {
			return fmt.Errorf("%w: %s (%s) has no name", ErrBadRequest, where, a.LocalID)
		}
		if len(a.Files) == 0 {
			return fmt.Errorf("%w: %s (%s) has no files", ErrBadRequest, where, a.LocalID)
		}
		for j, f := range a.Files {
			if f == "" {
				return fmt.Errorf("%w: %s (%s): file %d is empty", ErrBadRequest, where, a.LocalID, j+1)
			}
		}
		if a.Amount != "" {
			if n, ok := new(big.Int).SetString(a.Amount, 10); !ok || n.Sign() <= 0 {
				return fmt.Errorf("%w: %s (%s): amount %q is not a positive whole number", ErrBadRequest, where, a.LocalID, a.Amount)
			}
		}
		for _, at := range a.Attributes {
			if at.TraitType == "" {
				return fmt.Errorf("%w: %s (%s): an attribute has no trait_type", ErrBadRequest, where, a.LocalID)
			}
		}
	}
	return nil
}

// Request turns a manifest asset into a tokenization request; the caller
// supplies the opened files, in order.
func (a ManifestAsset) Request(files []File) Request {
	r := Request{
		Files: files, Name: a.Name, Description: a.Description, Attributes: a.Attributes,
		License: a.License, UsageRights: a.Usage, Creator: a.Creator, LocalID: a.LocalID,
	}
	if a.Amount != "" {
		r.Amount, _ = new(big.Int).SetString(a.Amount, 10)
	}
	return r
}
