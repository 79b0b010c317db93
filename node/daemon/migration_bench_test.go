package daemon

import (
	"encoding/base64"
	"encoding/json"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/identity"
)

// BenchmarkIdentityMigration is one whole 9.4 migration between two nodes
// on the embedded chain, per iteration: B's offer, the wallet's two
// signing rounds (the SD-JWT's binding, then the presentation and the
// consent), B's verification under its policy and its signed verdict. It
// reports the latency's p50 and p95, migrations per second, and the bytes
// of the credential B received against the whole credential the holder
// keeps (selective disclosure: 2 of 4 claims).
func BenchmarkIdentityMigration(b *testing.B) {
	f := newMigrationFixture(b)
	member := f.issue(b, f.issuer, api.FormatSDJWT, "MembershipCredential", map[string]any{
		"memberOf": f.aDID, "membershipLevel": "gold", "since": "2024-01-01", "ageOver": 21,
	})
	scope := identity.Scope{Credentials: []json.RawMessage{member}}
	var lat []time.Duration
	var presented, disclosed int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		m := f.migrate(b, scope)
		lat = append(lat, time.Since(t0))
		if m.Status != identity.StatusAdmitted {
			b.Fatalf("refused: %v", failed(m.Verdict))
		}
		if presented == 0 {
			presented, disclosed = presentedBytes(b, m.Presentation)
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "migrations/s")
	var full string
	_ = json.Unmarshal(member, &full)
	b.ReportMetric(float64(presented), "presented-B")
	b.ReportMetric(float64(len(full)), "credential-B")
	// What selective disclosure kept back: the claims' disclosures B got
	// against all the credential holds (the issuer's signed part and the
	// holder's binding go either way).
	b.ReportMetric(float64(disclosed), "disclosed-claims-B")
	b.ReportMetric(float64(disclosureBytes(full)), "all-claims-B")
}

// disclosureBytes is the size of an SD-JWT's disclosures: what sits
// between its issuer JWT and its closing ~ (or binding JWT).
func disclosureBytes(sdjwt string) int {
	parts := strings.Split(sdjwt, "~")
	n := 0
	for _, d := range parts[1:] {
		if d != "" && !strings.Contains(d, ".") {
			n += len(d) + 1
		}
	}
	return n
}

// presentedBytes is the size of the credential a presentation carries, as
// disclosed and bound, and of its disclosures.
func presentedBytes(t testing.TB, token string) (int, int) {
	t.Helper()
	var claims struct {
		VP struct {
			Credentials []string `json:"verifiableCredential"`
		} `json:"vp"`
	}
	if err := json.Unmarshal([]byte(segment(t, token, 1)), &claims); err != nil || len(claims.VP.Credentials) != 1 {
		t.Fatalf("presentation claims: %v", err)
	}
	c := claims.VP.Credentials[0]
	return len(c), disclosureBytes(c)
}

// segment decodes part i of a compact JWS.
func segment(t testing.TB, token string, i int) string {
	t.Helper()
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("not a compact JWS")
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[i])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
