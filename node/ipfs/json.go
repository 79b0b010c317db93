package ipfs

import (
	"encoding/json"
	"fmt"

	"github.com/ipfs/go-cid"
)

// CIDs marshal to JSON as their string form ("bafy…"), as Kubo's JSON output
// does, rather than go-cid's DAG-JSON link ({"/": "bafy…"}).

// MarshalJSON writes the CID as a string.
func (a Added) MarshalJSON() ([]byte, error) {
	type plain Added
	return json.Marshal(struct {
		plain
		CID string `json:"cid"`
	}{plain(a), a.CID.String()})
}

// MarshalJSON writes the CID as a string.
func (e Entry) MarshalJSON() ([]byte, error) {
	type plain Entry
	return json.Marshal(struct {
		plain
		CID string `json:"cid"`
	}{plain(e), e.CID.String()})
}

// MarshalJSON writes the CID as a string.
func (s Stat) MarshalJSON() ([]byte, error) {
	type plain Stat
	return json.Marshal(struct {
		plain
		CID string `json:"cid"`
	}{plain(s), s.CID.String()})
}

// MarshalJSON writes the CIDs as strings.
func (i Imported) MarshalJSON() ([]byte, error) {
	type plain Imported
	return json.Marshal(struct {
		plain
		Roots  []string `json:"roots"`
		Pinned []string `json:"pinned"`
	}{plain(i), cidStrings(i.Roots), cidStrings(i.Pinned)})
}

func cidStrings(cs []cid.Cid) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.String()
	}
	return out
}

// The UnmarshalJSON methods read the string form back, for clients of a
// node's RI API.

// UnmarshalJSON reads the CID as a string.
func (a *Added) UnmarshalJSON(b []byte) error {
	type plain Added
	var v struct {
		plain
		CID string `json:"cid"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*a = Added(v.plain)
	var err error
	a.CID, err = parseCID(v.CID)
	return err
}

// UnmarshalJSON reads the CID as a string.
func (e *Entry) UnmarshalJSON(b []byte) error {
	type plain Entry
	var v struct {
		plain
		CID string `json:"cid"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*e = Entry(v.plain)
	var err error
	e.CID, err = parseCID(v.CID)
	return err
}

// UnmarshalJSON reads the CID as a string.
func (s *Stat) UnmarshalJSON(b []byte) error {
	type plain Stat
	var v struct {
		plain
		CID string `json:"cid"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Stat(v.plain)
	var err error
	s.CID, err = parseCID(v.CID)
	return err
}

// UnmarshalJSON reads the CIDs as strings.
func (i *Imported) UnmarshalJSON(b []byte) error {
	type plain Imported
	var v struct {
		plain
		Roots  []string `json:"roots"`
		Pinned []string `json:"pinned"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*i = Imported(v.plain)
	var err error
	if i.Roots, err = parseCIDs(v.Roots); err != nil {
		return err
	}
	i.Pinned, err = parseCIDs(v.Pinned)
	return err
}

// parseCID parses a CID string; an empty one is cid.Undef.
func parseCID(s string) (cid.Cid, error) {
	if s == "" {
		return cid.Undef, nil
	}
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, fmt.Errorf("cid %q: %w", s, err)
	}
	return c, nil
}

func parseCIDs(ss []string) ([]cid.Cid, error) {
	out := make([]cid.Cid, len(ss))
	for i, s := range ss {
		c, err := parseCID(s)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}
