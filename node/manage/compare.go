package manage

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"
)

// Gap is a feature one platform has and the other does not take.
type Gap struct {
	Feature Feature `json:"feature"`
	From    string  `json:"from"` // DID of the platform that has it
	To      string  `json:"to"`   // DID of the platform that lacks it
}

// Bridged is a gap a virtual bridge covers: what leaves From as Feature
// arrives at To as As.
type Bridged struct {
	Gap
	As Feature `json:"as"`
}

// Limits are what must fit for anything that arrives at a platform.
type Limits struct {
	MaxPolygons     int   `json:"maxPolygons,omitempty"`
	MaxTextureSize  int   `json:"maxTextureSize,omitempty"`
	MaxBones        int   `json:"maxBones,omitempty"`
	MaxContentBytes int64 `json:"maxContentBytes,omitempty"`
}

// AgreedRate is an exchange rate both platforms accept.
type AgreedRate struct {
	Rate
	// ProposedBy is the platform whose manifesto names the rate (both, when
	// both name the same).
	ProposedBy []string `json:"proposedBy"`
}

// Agreement is what a channel lets the two platforms exchange: the 9.5
// comparison of their manifestos, with what a virtual bridge covers.
type Agreement struct {
	Initiator string `json:"initiator"`
	Responder string `json:"responder"`
	// Direct features both platforms have.
	Direct  []Feature `json:"direct"`
	Bridged []Bridged `json:"bridged,omitempty"`
	// Gaps nobody covers: what has them stays on its platform.
	Gaps                []Gap               `json:"gaps,omitempty"`
	Limits              map[string]Limits   `json:"limits,omitempty"`
	Rates               []AgreedRate        `json:"rates,omitempty"`
	Policies            []Policy            `json:"policies,omitempty"`
	RequiredCredentials map[string][]string `json:"requiredCredentials,omitempty"`
	Required            []Feature           `json:"required,omitempty"`
	// Clashes make the negotiation fail; each names the features.
	Clashes []string `json:"clashes,omitempty"`
}

// Digest is the hex SHA-256 of the agreement's JSON: offers and answers
// commit to it.
func (a *Agreement) Digest() string {
	b, _ := json.Marshal(a)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Compare is step 5 of FGMV-43 9.5: which features of initiator a and
// responder b interoperate directly, which are gaps, what clashes. require
// lists features (kind:value) the channel must carry, directly or bridged.
func Compare(a, b *Manifesto, require []Feature) *Agreement {
	ag := &Agreement{Initiator: a.Platform.DID, Responder: b.Platform.DID, Direct: []Feature{}, Limits: map[string]Limits{}}
	fa, fb := a.features(), b.features()
	for _, kind := range featureKinds {
		inB := set(fb[kind])
		inA := set(fa[kind])
		for _, v := range fa[kind] {
			if inB[v] {
				ag.Direct = append(ag.Direct, kind+":"+v)
			} else {
				ag.Gaps = append(ag.Gaps, Gap{Feature: kind + ":" + v, From: a.Platform.DID, To: b.Platform.DID})
			}
		}
		for _, v := range fb[kind] {
			if !inA[v] {
				ag.Gaps = append(ag.Gaps, Gap{Feature: kind + ":" + v, From: b.Platform.DID, To: a.Platform.DID})
			}
		}
	}
	for _, kind := range []string{"chain", "token"} {
		if !hasKind(ag.Direct, kind) {
			ag.Clashes = append(ag.Clashes, fmt.Sprintf("%s: nothing in common (%s has %s; %s has %s)", kind, a.Platform.DID, list(fa[kind]), b.Platform.DID, list(fb[kind])))
		}
	}
	for _, m := range []*Manifesto{a, b} {
		var l Limits
		if m.Avatar != nil {
			l.MaxPolygons, l.MaxTextureSize, l.MaxBones = m.Avatar.MaxPolygons, m.Avatar.MaxTextureSize, m.Avatar.MaxBones
		}
		if m.Content != nil {
			l.MaxContentBytes = m.Content.MaxBytes
		}
		if l != (Limits{}) {
			ag.Limits[m.Platform.DID] = l
		}
	}
	ag.Rates, ag.Clashes = agreeRates(a, b, ag.Clashes)
	ag.Policies = mergePolicies(a.Policies, b.Policies)
	for _, m := range []*Manifesto{a, b} {
		if m.Identity != nil && len(m.Identity.RequiredCredentials) > 0 {
			if ag.RequiredCredentials == nil {
				ag.RequiredCredentials = map[string][]string{}
			}
			creds := append([]string(nil), m.Identity.RequiredCredentials...)
			sort.Strings(creds)
			ag.RequiredCredentials[m.Platform.DID] = creds
		}
	}
	ag.Required = append([]Feature(nil), require...)
	sort.Strings(ag.Required)
	ag.checkRequired()
	return ag
}

// Cover is step 5's second half and step 6: the gaps a bridge's
// conversions close, given the manifestos of both platforms (a conversion
// counts only when its result is something the receiving side takes).
func (ag *Agreement) Cover(a, b, bridge *Manifesto) {
	if bridge == nil || bridge.Bridge == nil {
		return
	}
	takes := map[string]map[string]bool{}
	for _, m := range []*Manifesto{a, b} {
		f := m.features()
		all := map[string]bool{}
		for kind, vs := range f {
			for _, v := range vs {
				all[kind+":"+v] = true
			}
		}
		takes[m.Platform.DID] = all
	}
	var left []Gap
	for _, g := range ag.Gaps {
		covered := false
		for _, c := range bridge.Bridge.Conversions {
			if c.Feature+":"+c.From == g.Feature && takes[g.To][c.Feature+":"+c.To] {
				ag.Bridged = append(ag.Bridged, Bridged{Gap: g, As: c.Feature + ":" + c.To})
				covered = true
				break
			}
		}
		if !covered {
			left = append(left, g)
		}
	}
	ag.Gaps = left
	ag.Clashes = withoutRequired(ag.Clashes)
	ag.checkRequired()
}

const requiredClash = "required "

func withoutRequired(clashes []string) []string {
	var out []string
	for _, c := range clashes {
		if !strings.HasPrefix(c, requiredClash) {
			out = append(out, c)
		}
	}
	return out
}

// checkRequired adds a clash for each required feature the channel does
// not carry.
func (ag *Agreement) checkRequired() {
	for _, f := range ag.Required {
		if contains(ag.Direct, f) {
			continue
		}
		bridged := false
		for _, b := range ag.Bridged {
			bridged = bridged || b.Feature == f
		}
		if bridged {
			continue
		}
		why := "neither platform has it"
		for _, g := range ag.Gaps {
			if g.Feature == f {
				why = fmt.Sprintf("%s has it, %s does not take it and no bridge converts it", g.From, g.To)
			}
		}
		ag.Clashes = append(ag.Clashes, fmt.Sprintf("%s%s: %s", requiredClash, f, why))
	}
}

// agreeRates merges the platforms' exchange rates: a pair both name must
// agree (read either way round), otherwise it clashes.
func agreeRates(a, b *Manifesto, clashes []string) ([]AgreedRate, []string) {
	type named struct {
		rate *big.Rat
		text string
		by   string
	}
	pairs := map[string][]named{}
	var order []string
	for _, m := range []*Manifesto{a, b} {
		if m.Exchange == nil {
			continue
		}
		for _, r := range m.Exchange.Rates {
			v, _ := new(big.Rat).SetString(r.Rate)
			from, to := r.From, r.To
			if from > to { // one key per unordered pair, rate read as from→to
				from, to = to, from
				v = new(big.Rat).Inv(v)
			}
			k := from + ">" + to
			if _, ok := pairs[k]; !ok {
				order = append(order, k)
			}
			pairs[k] = append(pairs[k], named{rate: v, text: r.From + "→" + r.To + " " + r.Rate, by: m.Platform.DID})
		}
	}
	sort.Strings(order)
	var out []AgreedRate
	for _, k := range order {
		ns := pairs[k]
		from, to, _ := strings.Cut(k, ">")
		agreed := AgreedRate{Rate: Rate{From: from, To: to, Rate: ratString(ns[0].rate)}, ProposedBy: []string{ns[0].by}}
		clash := false
		for _, n := range ns[1:] {
			if n.rate.Cmp(ns[0].rate) != 0 {
				clashes = append(clashes, fmt.Sprintf("exchange rate %s/%s: %s says %s, %s says %s", from, to, ns[0].by, ns[0].text, n.by, n.text))
				clash = true
			} else if n.by != ns[0].by {
				agreed.ProposedBy = append(agreed.ProposedBy, n.by)
			}
		}
		if !clash {
			out = append(out, agreed)
		}
	}
	return out, clashes
}

func ratString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	s := r.FloatString(18)
	return strings.TrimRight(strings.TrimRight(s, "0"), ".")
}

func mergePolicies(a, b []Policy) []Policy {
	seen := map[Policy]bool{}
	var out []Policy
	for _, p := range append(append([]Policy(nil), a...), b...) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].URL < out[j].URL
	})
	return out
}

func set(vs []string) map[string]bool {
	m := make(map[string]bool, len(vs))
	for _, v := range vs {
		m[v] = true
	}
	return m
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func hasKind(features []Feature, kind string) bool {
	for _, f := range features {
		if strings.HasPrefix(f, kind+":") {
			return true
		}
	}
	return false
}

func list(vs []string) string {
	if len(vs) == 0 {
		return "none"
	}
	return strings.Join(vs, ", ")
}
