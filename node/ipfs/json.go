package ipfs

import (
	"encoding/json"

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
