package audit

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPublishPolicyCheckNamesTheWrongItem(t *testing.T) {
	many := make([]string, MaxPolicyItems+1)
	for i := range many {
		many[i] = "op"
	}
	cases := []struct {
		name   string
		policy PublishPolicy
		want   string // "" when valid
	}{
		{"publish everything", PublishPolicy{}, ""},
		{"exact ops, prefixes, every field", PublishPolicy{Withhold: []string{"re.message", "transfer.*", "*"}, Redact: []string{"actor", "subject", "detail.reason", "detail.*"}}, ""},
		{"empty op", PublishPolicy{Withhold: []string{"ok", ""}}, "withhold[1] is empty"},
		{"star inside", PublishPolicy{Withhold: []string{"re.*.x"}}, `withhold[0] "re.*.x": '*' may only end a prefix`},
		{"space in op", PublishPolicy{Withhold: []string{"re message"}}, "printable characters without spaces"},
		{"unknown field", PublishPolicy{Redact: []string{"time"}}, `redact[0] "time": want actor, subject, detail.KEY`},
		{"empty detail key", PublishPolicy{Redact: []string{"detail."}}, `redact[0] "detail."`},
		{"pattern in detail key", PublishPolicy{Redact: []string{"detail.re*"}}, `redact[0] "detail.re*"`},
		{"too many", PublishPolicy{Withhold: many}, "withhold has 65 items: at most 64"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.policy.Check()
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("Check() = %v, want %q", err, tc.want)
			}
		})
	}
}

// A policy withholds or redacts what it names and nothing else, names what
// it removed, and leaves the caller's entry as it was.
func TestPublishPolicyApply(t *testing.T) {
	e := Entry{Seq: 7, Time: "2025-01-01T00:00:00Z", Event: Event{API: "re", Op: "re.offer", Actor: "did:key:zA", Subject: "ch_1", Outcome: "refused", Detail: map[string]string{"reason": "stale", "status": "401"}}, Prev: strings.Repeat("a", 64), Hash: strings.Repeat("b", 64)}
	cases := []struct {
		name     string
		policy   PublishPolicy
		withheld bool
		redacted []string
		check    func(Entry) bool
	}{
		{"nothing", PublishPolicy{}, false, nil, func(o Entry) bool { return o.Actor == e.Actor && len(o.Detail) == 2 }},
		{"exact op", PublishPolicy{Withhold: []string{"re.offer"}}, true, nil, func(o Entry) bool {
			// The op stays, for the auditor to check the policy against.
			return o.API == "re" && o.Op == "re.offer" && o.Time == "" && o.Actor == "" && o.Subject == "" && o.Outcome == "" && o.Detail == nil
		}},
		{"prefix", PublishPolicy{Withhold: []string{"re.*"}}, true, nil, func(o Entry) bool { return o.Op == "re.offer" && o.Actor == "" }},
		{"other prefix", PublishPolicy{Withhold: []string{"transfer.*", "re"}}, false, nil, func(o Entry) bool { return o.Op == "re.offer" }},
		{"actor and a detail", PublishPolicy{Redact: []string{"detail.reason", "actor", "detail.missing"}}, false, []string{"actor", "detail.reason"}, func(o Entry) bool {
			return o.Actor == "" && o.Subject == "ch_1" && len(o.Detail) == 1 && o.Detail["status"] == "401"
		}},
		{"every detail", PublishPolicy{Redact: []string{"detail.reason", "detail.*", "subject"}}, false, []string{"detail.reason", "detail.status", "subject"}, func(o Entry) bool { return o.Detail == nil && o.Subject == "" && o.Actor != "" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, withheld, redacted := tc.policy.Apply(e)
			if withheld != tc.withheld || !slices.Equal(redacted, tc.redacted) || !tc.check(out) {
				t.Fatalf("Apply = %+v withheld %v redacted %v", out, withheld, redacted)
			}
			if out.Seq != e.Seq || out.Prev != e.Prev || out.Hash != e.Hash {
				t.Fatalf("the entry lost its place: %+v", out)
			}
			for _, f := range redacted {
				if !tc.policy.Redacts(f) {
					t.Errorf("Redacts(%q) = false for a field Apply removed", f)
				}
				if out.Shows(f) || !e.Shows(f) {
					t.Errorf("Shows(%q): %v after Apply, %v before", f, out.Shows(f), e.Shows(f))
				}
			}
			if len(e.Detail) != 2 || e.Actor == "" {
				t.Fatalf("Apply changed the caller's entry: %+v", e)
			}
		})
	}
}

// A walk over a published log rehashes whole entries and links the others:
// a link-only entry still breaks the chain when its hash is not the one the
// next entry links to.
func TestChainLinksRedactedEntries(t *testing.T) {
	_, l := openLog(t)
	entries, err := l.List(0, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	c := NewChain()
	for i, e := range entries {
		whole := i != 1
		if !whole {
			e.Actor, e.Detail = "", nil // redacted: its content no longer hashes to its hash
		}
		if !c.Add(e, whole) {
			t.Fatalf("entry %d: %+v", e.Seq, c.Report)
		}
	}
	if c.ContentChecked != 4 || c.LinkOnly != 1 || c.Entries != 5 || c.Head != entries[4].Hash {
		t.Fatalf("walk = %+v", c)
	}
	if r := VerifyEntries(entries); !r.OK || r.Entries != 5 {
		t.Fatalf("VerifyEntries = %+v", r)
	}
	c = NewChain()
	forged := entries[1]
	forged.Hash = strings.Repeat("0", 63) + "1"
	if !c.Add(entries[0], true) || !c.Add(forged, false) || c.Add(entries[2], true) || c.BrokenAt != 3 || !strings.Contains(c.Reason, "entry 3 links to") {
		t.Fatalf("a link-only entry with another hash: %+v", c.Report)
	}
	c = NewChain()
	forged.Hash = "not a hash"
	if c.Add(entries[0], true); c.Add(forged, false) || !strings.Contains(c.Reason, "not a SHA-256") {
		t.Fatalf("a link-only entry without a hash: %+v", c.Report)
	}
}
