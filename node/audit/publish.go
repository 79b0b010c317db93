package audit

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Limits on a publish policy, which a node's config sets and its published
// pages carry to every auditor.
const (
	MaxPolicyItems = 64
	maxPolicyItem  = 128
)

// DefaultPublishRate is how many entries a second a node puts into
// published pages it has not kept, for every asker together, unless its
// operator says otherwise: about a fifth of a core on the 2-core machine
// the figures come from (an uncached page of 1,000 entries took 23 ms).
const DefaultPublishRate = 20000

// MinPublishRate is the least rate an operator may set: a full page of
// 1,000 entries then waits at most about 10 s for its budget.
const MinPublishRate = 100

// Fields a publish policy can redact: the entry's actor and subject, one
// detail by its key (detail.KEY) or every detail (detail.*).
const (
	FieldActor   = "actor"
	FieldSubject = "subject"
	FieldDetail  = "detail."
	AllDetails   = FieldDetail + "*"
)

// PublishPolicy is what a node withholds from the audit log it publishes
// (FGMV-43 7.5.3 LAF, ASIR-104/107): every page carries it, so an auditor
// sees that the view is redacted and how. The hash chain runs through
// every entry all the same: a withheld or redacted entry keeps its place,
// its prev and its hash.
//
// An entry's hash covers the whole entry, so what is left of a withheld
// or redacted entry cannot be checked against it: an auditor checks that
// the entry stands in the chain, and that the policy allows what was held
// back (Withholds of its op, Redacts of each field it names), nothing
// more.
type PublishPolicy struct {
	// Withhold names the operations whose entries are withheld (only seq,
	// api, op, prev and hash are published; the op is what the auditor
	// checks against this list): an exact op, or a prefix ending in '*'
	// ("transfer.*"; "*" withholds every entry).
	Withhold []string `json:"withhold,omitempty"`
	// Redact names the fields removed from every other entry: actor,
	// subject, detail.KEY or detail.* (every detail).
	Redact []string `json:"redact,omitempty"`
}

// Check says which item of the policy is wrong and how to write it.
func (p PublishPolicy) Check() error {
	for name, list := range map[string][]string{"withhold": p.Withhold, "redact": p.Redact} {
		if len(list) > MaxPolicyItems {
			return fmt.Errorf("%s has %d items: at most %d (a prefix ending in '*' covers many operations, detail.* every detail)", name, len(list), MaxPolicyItems)
		}
	}
	for i, op := range p.Withhold {
		star := strings.Index(op, "*")
		switch {
		case op == "":
			return fmt.Errorf("withhold[%d] is empty: name an operation, like \"re.message\", or a prefix ending in '*', like \"transfer.*\"", i)
		case len(op) > maxPolicyItem || strings.ContainsFunc(op, notPrintable):
			return fmt.Errorf("withhold[%d] %q: an operation name is at most %d printable characters without spaces", i, op, maxPolicyItem)
		case star >= 0 && star != len(op)-1:
			return fmt.Errorf("withhold[%d] %q: '*' may only end a prefix, like \"transfer.*\" (no other patterns)", i, op)
		}
	}
	for i, f := range p.Redact {
		key, detail := strings.CutPrefix(f, FieldDetail)
		switch {
		case f == FieldActor, f == FieldSubject, f == AllDetails:
		case detail && key != "" && len(f) <= maxPolicyItem && !strings.ContainsFunc(key, notPrintable) && !strings.Contains(key, "*"):
		default:
			return fmt.Errorf("redact[%d] %q: want actor, subject, detail.KEY (one detail, like detail.reason) or detail.* (every detail)", i, f)
		}
	}
	return nil
}

func notPrintable(r rune) bool { return r <= ' ' || r == 0x7f }

// Withholds says whether the policy withholds entries of op.
func (p PublishPolicy) Withholds(op string) bool {
	for _, w := range p.Withhold {
		if prefix, ok := strings.CutSuffix(w, "*"); (ok && strings.HasPrefix(op, prefix)) || w == op {
			return true
		}
	}
	return false
}

// Apply returns e as the policy publishes it: withheld (only seq, api, op,
// prev and hash are left: the op is what an auditor checks the policy
// against), or with the fields it redacts removed, named in redacted
// (sorted). An entry without any of those fields comes back whole.
func (p PublishPolicy) Apply(e Entry) (out Entry, withheld bool, redacted []string) {
	if p.Withholds(e.Op) {
		return Entry{Seq: e.Seq, Event: Event{API: e.API, Op: e.Op}, Prev: e.Prev, Hash: e.Hash}, true, nil
	}
	detail := maps.Clone(e.Detail) // the caller's map stays as it is
	for _, f := range p.Redact {
		switch {
		case f == FieldActor && e.Actor != "":
			e.Actor, redacted = "", append(redacted, f)
		case f == FieldSubject && e.Subject != "":
			e.Subject, redacted = "", append(redacted, f)
		case f == AllDetails:
			for k := range detail {
				redacted = append(redacted, FieldDetail+k)
			}
			clear(detail)
		case strings.HasPrefix(f, FieldDetail):
			if _, ok := detail[f[len(FieldDetail):]]; ok {
				delete(detail, f[len(FieldDetail):])
				redacted = append(redacted, f)
			}
		}
	}
	if len(redacted) == 0 {
		return e, false, nil
	}
	e.Detail = detail
	if len(detail) == 0 {
		e.Detail = nil
	}
	slices.Sort(redacted)
	return e, false, redacted
}

// Redacts says whether the policy redacts field (actor, subject or
// detail.KEY): what an auditor checks a published entry's redacted list
// against.
func (p PublishPolicy) Redacts(field string) bool {
	for _, f := range p.Redact {
		if f == field || (f == AllDetails && strings.HasPrefix(field, FieldDetail)) {
			return true
		}
	}
	return false
}

// Shows says whether e holds field (actor, subject or detail.KEY): what
// Apply removes, and what a published entry named redacted for field must
// no longer show.
func (e Entry) Shows(field string) bool {
	switch {
	case field == FieldActor:
		return e.Actor != ""
	case field == FieldSubject:
		return e.Subject != ""
	case strings.HasPrefix(field, FieldDetail):
		_, ok := e.Detail[field[len(FieldDetail):]]
		return ok
	}
	return false
}
