package cli_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The identity issue's round trip on a fresh home: did create, vc issue,
// vc verify; a tampered credential exits 1 and says why.
func TestVCIssueVerify(t *testing.T) {
	h := initHome(t)
	dir := t.TempDir()
	newDID := func() string {
		var out struct {
			DID string `json:"did"`
		}
		json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create")), &out)
		return out.DID
	}
	issuer, subject := newDID(), newDID()
	claims := filepath.Join(dir, "claims.json")
	os.WriteFile(claims, []byte(`{"memberOf": "did:web:platform-a.example", "membershipLevel": "gold", "ageOver": 18}`), 0o644)
	vcFile := filepath.Join(dir, "vc.json")
	mustRun(t, "--home", h, "vc", "issue", "--issuer", issuer, "--subject", subject, "--type", "MembershipCredential",
		"--type", "AgeCredential", "--claims", claims, "--valid-for", "24h", "-o", vcFile)

	var res struct {
		Verified bool   `json:"verified"`
		Issuer   string `json:"issuer"`
		Checks   []struct {
			Name   string `json:"name"`
			OK     bool   `json:"ok"`
			Reason string `json:"reason"`
		} `json:"checks"`
	}
	json.Unmarshal([]byte(mustRun(t, "--json", "vc", "verify", vcFile)), &res)
	if !res.Verified || res.Issuer != issuer || len(res.Checks) != 5 {
		t.Fatalf("verify = %+v", res)
	}

	data, _ := os.ReadFile(vcFile)
	os.WriteFile(vcFile, []byte(strings.Replace(string(data), `"gold"`, `"platinum"`, 1)), 0o644)
	code, stdout, _ := run(t, "--json", "vc", "verify", vcFile)
	json.Unmarshal([]byte(stdout), &res)
	if code != 1 || res.Verified || res.Checks[1].Name != "proof" || res.Checks[1].OK || !strings.Contains(res.Checks[1].Reason, "signature") {
		t.Fatalf("tampered credential: exit %d, %+v", code, res)
	}
	os.WriteFile(vcFile, data, 0o644)
	code, stdout, _ = run(t, "vc", "verify", "--at", "2099-01-01T00:00:00Z", vcFile)
	if code != 1 || !strings.Contains(stdout, "FAIL validity  expired at") {
		t.Fatalf("expired credential: exit %d:\n%s", code, stdout)
	}

	// Under platform B's admission policy: admitted when A's issuer is trusted.
	policy := filepath.Join(dir, "policy.json")
	writePolicy := func(trusted string) {
		os.WriteFile(policy, []byte(`{"minimumAge": 18, "credentials": [{"type": "MembershipCredential", "required": true,
			"trustedIssuers": ["`+trusted+`"], "claims": [{"claim": "memberOf", "equals": "did:web:platform-a.example"}]}]}`), 0o644)
	}
	writePolicy(issuer)
	var decided struct {
		Verified bool `json:"verified"`
		Policy   struct {
			Allowed bool `json:"allowed"`
			Reasons []struct {
				Rule string `json:"rule"`
				OK   bool   `json:"ok"`
			} `json:"reasons"`
		} `json:"policy"`
	}
	json.Unmarshal([]byte(mustRun(t, "--json", "vc", "verify", "--policy", policy, vcFile)), &decided)
	if !decided.Verified || !decided.Policy.Allowed || len(decided.Policy.Reasons) != 2 {
		t.Fatalf("verify --policy = %+v", decided)
	}
	writePolicy(subject) // someone else is trusted
	code, stdout, _ = run(t, "vc", "verify", "--policy", policy, vcFile)
	if code != 1 || !strings.Contains(stdout, "FAIL policy MembershipCredential") || !strings.Contains(stdout, "NOT admitted") {
		t.Fatalf("untrusted issuer: exit %d:\n%s", code, stdout)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"vc", "verify", "--policy", claims, vcFile}, "unknown field"},
		{[]string{"--home", h, "vc", "issue", "--subject", subject, "--claims", claims}, "no --issuer"},
		{[]string{"--home", h, "vc", "issue", "--issuer", issuer, "--claims", claims}, "no --subject"},
		{[]string{"--home", h, "vc", "issue", "--issuer", issuer, "--subject", subject}, "no --claims"},
		{[]string{"--home", h, "vc", "issue", "--issuer", subject + "x", "--subject", subject, "--claims", claims}, "no key for this DID"},
		{[]string{"--home", h, "vc", "issue", "--issuer", issuer, "--subject", "bob", "--claims", claims}, "subject: invalidDid"},
		{[]string{"--home", h, "vc", "issue", "--issuer", issuer, "--subject", subject, "--claims", vcFile + "x"}, "no such file"},
		{[]string{"--home", h, "vc", "issue", "--issuer", issuer, "--subject", subject, "--claims", claims, "--format", "cbor"}, "want ldp, jwt, sd-jwt or dc+sd-jwt"},
		{[]string{"--home", h, "vc", "issue", "--issuer", issuer, "--subject", subject, "--claims", claims, "--context", "https://contexts.example/v1"}, "unknown JSON-LD context"},
		{[]string{"vc", "verify"}, "needs one credential file"},
		{[]string{"vc", "verify", "--at", "tomorrow", vcFile}, "RFC 3339"},
	} {
		code, _, errs := run(t, tc.args...)
		if code == 0 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("mifm %v: exit %d, stderr %q; want one line saying %q", tc.args, code, errs, tc.want)
		}
	}
}

func TestVPCreateVerify(t *testing.T) {
	h := initHome(t)
	dir := t.TempDir()
	newDID := func() string {
		var out struct {
			DID string `json:"did"`
		}
		json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create")), &out)
		return out.DID
	}
	issuer, holder := newDID(), newDID()
	claims := filepath.Join(dir, "claims.json")
	os.WriteFile(claims, []byte(`{"memberOf": "did:web:platform-a.example", "ageOver": 21}`), 0o644)
	vcFile, vpFile := filepath.Join(dir, "vc.json"), filepath.Join(dir, "vp.json")
	mustRun(t, "--home", h, "vc", "issue", "--issuer", issuer, "--subject", holder, "--type", "MembershipCredential", "--claims", claims, "-o", vcFile)
	mustRun(t, "--home", h, "vp", "create", "--holder", holder, "--challenge", "nonce-7", "--domain", "platform-b.example", "-o", vpFile, vcFile)

	policy := filepath.Join(dir, "policy.json")
	os.WriteFile(policy, []byte(`{"minimumAge": 18, "credentials": [{"type": "MembershipCredential", "required": true, "trustedIssuers": ["`+issuer+`"]}]}`), 0o644)
	out := mustRun(t, "vp", "verify", "--challenge", "nonce-7", "--domain", "platform-b.example", "--policy", policy, vpFile)
	if !strings.Contains(out, "verified: presented by "+holder) || !strings.Contains(out, "ok   policy minimumAge") {
		t.Fatalf("vp verify:\n%s", out)
	}
	code, stdout, _ := run(t, "vp", "verify", "--challenge", "nonce-8", vpFile)
	if code != 1 || !strings.Contains(stdout, "FAIL proof") {
		t.Fatalf("a replayed presentation: exit %d:\n%s", code, stdout)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"vp", "verify", vpFile}, "no --challenge"},
		{[]string{"--home", h, "vp", "create", "--holder", holder, vcFile}, "no --challenge"},
		{[]string{"--home", h, "vp", "create", "--challenge", "n", vcFile}, "no --holder"},
		{[]string{"--home", h, "vp", "create", "--holder", holder, "--challenge", "n"}, "no credential"},
		{[]string{"--home", h, "vp", "create", "--holder", holder, "--challenge", "n", claims + "x"}, "no such file"},
	} {
		code, _, errs := run(t, tc.args...)
		if code == 0 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("mifm %v: exit %d, stderr %q; want one line saying %q", tc.args, code, errs, tc.want)
		}
	}
}

func TestVCRevoke(t *testing.T) {
	h := initHome(t)
	dir := t.TempDir()
	var made struct {
		DID string `json:"did"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create")), &made)
	issuer := made.DID
	claims := filepath.Join(dir, "claims.json")
	os.WriteFile(claims, []byte(`{"membershipLevel": "gold"}`), 0o644)
	vcFile := filepath.Join(dir, "vc.json")
	const url = "https://platform-a.example/status/1"
	mustRun(t, "--home", h, "vc", "issue", "--issuer", issuer, "--subject", issuer, "--claims", claims, "--status", "--status-url", url, "-o", vcFile)

	var revoked struct {
		Status  string `json:"status"`
		Publish string `json:"publish"`
	}
	// Before revocation, with the list the issue published.
	lists, _ := filepath.Glob(filepath.Join(h, "status-lists", "*.credential.json"))
	if len(lists) != 1 {
		t.Fatalf("issue --status published %d list credentials", len(lists))
	}
	if out := mustRun(t, "vc", "verify", "--status-list", lists[0], vcFile); !strings.Contains(out, "ok   status    not revoked (entry 0") {
		t.Fatalf("verify before revocation:\n%s", out)
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "vc", "revoke", vcFile)), &revoked)
	if revoked.Status != "revoked" || revoked.Publish != lists[0] {
		t.Fatalf("revoke = %+v", revoked)
	}
	code, stdout, _ := run(t, "vc", "verify", "--status-list", lists[0], vcFile)
	if code != 1 || !strings.Contains(stdout, "FAIL status    status check failed: revoked (entry 0") {
		t.Fatalf("verify after revocation: exit %d:\n%s", code, stdout)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--home", h, "vc", "issue", "--issuer", issuer, "--subject", issuer, "--claims", claims, "--status"}, "--status needs --status-url"},
		{[]string{"--home", h, "vc", "issue", "--issuer", issuer, "--subject", issuer, "--claims", claims, "--status", "--status-url", url, "--status-purpose", "expiry"}, "want revocation or suspension"},
		{[]string{"--home", h, "vc", "revoke", claims}, "no credentialStatus"},
	} {
		code, _, errs := run(t, tc.args...)
		if code == 0 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("mifm %v: exit %d, stderr %q; want one line saying %q", tc.args, code, errs, tc.want)
		}
	}
}

func TestVCJWT(t *testing.T) {
	h := initHome(t)
	dir := t.TempDir()
	var made struct {
		DID string `json:"did"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create", "--key-type", "secp256k1")), &made)
	claims := filepath.Join(dir, "claims.json")
	os.WriteFile(claims, []byte(`{"membershipLevel": "gold"}`), 0o644)
	jwtFile := filepath.Join(dir, "vc.jwt")
	mustRun(t, "--home", h, "vc", "issue", "--format", "jwt", "--issuer", made.DID, "--subject", made.DID, "--claims", claims, "-o", jwtFile)
	out := mustRun(t, "vc", "verify", jwtFile)
	if !strings.Contains(out, "ok   jose      a compact JWS, typ vc+jwt, alg ES256K") || !strings.Contains(out, "verified: issued by "+made.DID) {
		t.Fatalf("verify vc+jwt:\n%s", out)
	}
	data, _ := os.ReadFile(jwtFile)
	parts := strings.Split(strings.TrimSpace(string(data)), ".")
	os.WriteFile(jwtFile, []byte(parts[0]+"."+parts[1]+"."+strings.Repeat("A", len(parts[2]))), 0o644)
	if code, stdout, _ := run(t, "vc", "verify", jwtFile); code != 1 || !strings.Contains(stdout, "FAIL proof") {
		t.Fatalf("a forged signature: exit %d:\n%s", code, stdout)
	}
	if code, _, errs := run(t, "--home", h, "vc", "issue", "--format", "cbor", "--issuer", made.DID, "--subject", made.DID, "--claims", claims); code == 0 || !strings.Contains(errs, "want ldp, jwt, sd-jwt or dc+sd-jwt") {
		t.Fatalf("--format cbor: exit %d, %q", code, errs)
	}
}

// An SD-JWT credential: issued, disclosed claim by claim, bound to the
// verifier's challenge and verified, from the command line.
func TestVCSDJWTDisclose(t *testing.T) {
	h := initHome(t)
	dir := t.TempDir()
	newDID := func() string {
		var made struct {
			DID string `json:"did"`
		}
		json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create")), &made)
		return made.DID
	}
	issuer, holder := newDID(), newDID()
	claims := filepath.Join(dir, "claims.json")
	os.WriteFile(claims, []byte(`{"memberOf": "did:web:platform-a.example", "birthDate": "1990-01-01"}`), 0o600)
	sd := filepath.Join(dir, "m.sd-jwt")
	mustRun(t, "--home", h, "vc", "issue", "--format", "sd-jwt", "--issuer", issuer, "--subject", holder, "--type", "MembershipCredential", "--claims", claims, "-o", sd)
	var listed map[string]any
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "vc", "disclose", sd)), &listed)
	if len(listed) != 2 || listed["birthDate"] != "1990-01-01" {
		t.Fatalf("disclosable claims %v", listed)
	}
	pres := filepath.Join(dir, "p.sd-jwt")
	mustRun(t, "--home", h, "vc", "disclose", "--claim", "memberOf", "--holder", holder, "--challenge", "n-1", "--domain", "did:web:b.example", "-o", pres, sd)
	var out struct {
		Verified bool `json:"verified"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "vc", "verify", "--challenge", "n-1", "--domain", "did:web:b.example", pres)), &out)
	if !out.Verified {
		t.Fatal("a bound SD-JWT presentation did not verify")
	}
	if data, _ := os.ReadFile(pres); strings.Contains(string(data), "MTk5MC0wMS0wMS") || strings.Count(string(data), "~") != 2 {
		t.Fatalf("the presentation carries more than memberOf: %s", data)
	}
	// An SD-JWT VC of the IETF draft: the same commands, a kb+jwt binding.
	vc := filepath.Join(dir, "m.dc-sd-jwt")
	mustRun(t, "--home", h, "vc", "issue", "--format", "dc+sd-jwt", "--type", "https://platform-a.example/vct/membership", "--issuer", issuer, "--subject", holder, "--claims", claims, "-o", vc)
	vcPres := filepath.Join(dir, "p.dc-sd-jwt")
	mustRun(t, "--home", h, "vc", "disclose", "--claim", "birthDate", "--holder", holder, "--challenge", "n-3", "--domain", "did:web:b.example", "-o", vcPres, vc)
	var vcOut struct {
		Verified bool             `json:"verified"`
		Checks   []map[string]any `json:"checks"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "vc", "verify", "--challenge", "n-3", "--domain", "did:web:b.example", vcPres)), &vcOut)
	if !vcOut.Verified || !strings.Contains(fmt.Sprint(vcOut.Checks), "key-binding") {
		t.Fatalf("a bound SD-JWT VC presentation: %+v", vcOut)
	}
	if code, _, _ := run(t, "--home", h, "vc", "verify", "--challenge", "n-4", "--domain", "did:web:b.example", vcPres); code == 0 {
		t.Fatal("an SD-JWT VC presentation verified for another challenge")
	}
	// An SD-JWT with a status entry is revoked like any other credential.
	revocable := filepath.Join(dir, "r.sd-jwt")
	mustRun(t, "--home", h, "vc", "issue", "--format", "sd-jwt", "--status", "--status-url", "https://platform-a.example/status/3", "--issuer", issuer, "--subject", holder, "--claims", claims, "-o", revocable)
	if out := mustRun(t, "--home", h, "vc", "revoke", revocable); !strings.Contains(out, "revoked") {
		t.Fatalf("vc revoke of an SD-JWT: %s", out)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"vc", "verify", "--challenge", "n-2", pres}, "nonce value 'n-1' does not match"},
		{[]string{"vc", "disclose", "--claim", "salary", sd}, `no disclosable claim "salary"`},
		{[]string{"vc", "disclose", "--claim", "memberOf", "--challenge", "n", sd}, "give --holder too"},
		{[]string{"vc", "disclose", claims}, "is not an SD-JWT"},
		{[]string{"vc", "issue", "--format", "dc+sd-jwt", "--issuer", issuer, "--subject", holder, "--claims", claims}, "one type, its vct: give it with --type"},
	} {
		code, stdout, stderr := run(t, append([]string{"--home", h}, tc.args...)...)
		if code == 0 || !strings.Contains(stdout+stderr, tc.want) {
			t.Errorf("%v: exit %d, %q %q; want %q", tc.args, code, stdout, stderr, tc.want)
		}
	}
}

// A verifier's presentation definition: the holder presents only what it
// asks for, and the verifier checks each input descriptor is answered.
func TestVPPresentationDefinition(t *testing.T) {
	h := initHome(t)
	dir := t.TempDir()
	newDID := func() string {
		var out struct {
			DID string `json:"did"`
		}
		json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create")), &out)
		return out.DID
	}
	issuer, holder := newDID(), newDID()
	def, _ := filepath.Abs("../did/testdata/exchange/platform-b-definition.json")
	issue := func(name, typ, claims string) string {
		c, f := filepath.Join(dir, name+".claims.json"), filepath.Join(dir, name+".json")
		os.WriteFile(c, []byte(claims), 0o600)
		mustRun(t, "--home", h, "vc", "issue", "--issuer", issuer, "--subject", holder, "--type", typ, "--claims", c, "-o", f)
		return f
	}
	member := issue("member", "MembershipCredential", `{"memberOf": "did:web:platform-a.example"}`)
	age := issue("age", "AgeCredential", `{"ageOver": 21}`)
	extra := issue("reputation", "ReputationCredential", `{"reputationScore": 0.9}`)
	vp := filepath.Join(dir, "vp.json")
	mustRun(t, "--home", h, "vp", "create", "--holder", holder, "--challenge", "n-1", "--definition", def, "-o", vp, extra, member, age)
	data, _ := os.ReadFile(vp)
	if strings.Contains(string(data), "reputationScore") {
		t.Fatal("the presentation carries a credential the definition did not ask for")
	}
	var out struct {
		Verified   bool `json:"verified"`
		Submission struct {
			Satisfied   bool `json:"satisfied"`
			Descriptors []struct {
				ID          string `json:"id"`
				Credentials []int  `json:"credentials"`
			} `json:"descriptors"`
		} `json:"submission"`
	}
	json.Unmarshal([]byte(mustRun(t, "--json", "vp", "verify", "--challenge", "n-1", "--definition", def, vp)), &out)
	if !out.Verified || !out.Submission.Satisfied || len(out.Submission.Descriptors) != 2 {
		t.Fatalf("vp verify --definition: %+v", out)
	}
	// Without the age credential the holder cannot answer, and says why.
	code, _, stderr := run(t, "--home", h, "vp", "create", "--holder", holder, "--challenge", "n-2", "--definition", def, member)
	if code == 0 || !strings.Contains(stderr, "do not satisfy platform-b-admission: age (") {
		t.Fatalf("vp create without an age credential: %d %q", code, stderr)
	}
	// Presented anyway, the verifier refuses it.
	mustRun(t, "--home", h, "vp", "create", "--holder", holder, "--challenge", "n-3", "-o", vp, member)
	code, stdout, _ := run(t, "vp", "verify", "--challenge", "n-3", "--definition", def, vp)
	if code != 1 || !strings.Contains(stdout, "FAIL asked    age") || !strings.Contains(stdout, "NOT satisfied") {
		t.Fatalf("vp verify of an incomplete answer: %d\n%s", code, stdout)
	}
}

// The identity commands print the same in process on the home and through
// a running node (one table, both modes); through the node, they are its
// RI operations, in its audit log.
func TestIdentityCommandsBothModes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a node")
	}
	h := initHome(t)
	dir := t.TempDir()
	var made struct {
		DID string `json:"did"`
	}
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create")), &made)
	issuer := made.DID
	claims := filepath.Join(dir, "claims.json")
	os.WriteFile(claims, []byte(`{"memberOf": "did:web:platform-a.example", "ageOver": 21}`), 0o600)
	const url = "https://platform-a.example/status/1"
	vcA, vcR, tampered := filepath.Join(dir, "a.json"), filepath.Join(dir, "r.json"), filepath.Join(dir, "t.json")
	jwt := filepath.Join(dir, "a.jwt")
	mustRun(t, "--home", h, "vc", "issue", "--issuer", issuer, "--subject", issuer, "--type", "MembershipCredential", "--claims", claims, "--status", "--status-url", url, "-o", vcA)
	mustRun(t, "--home", h, "vc", "issue", "--issuer", issuer, "--subject", issuer, "--type", "MembershipCredential", "--claims", claims, "--status", "--status-url", url, "-o", vcR)
	mustRun(t, "--home", h, "vc", "issue", "--issuer", issuer, "--subject", issuer, "--claims", claims, "--format", "jwt", "-o", jwt)
	data, _ := os.ReadFile(vcA)
	os.WriteFile(tampered, []byte(strings.Replace(string(data), `"ageOver": 21`, `"ageOver": 99`, 1)), 0o600)
	vp := filepath.Join(dir, "vp.json")
	mustRun(t, "--home", h, "vp", "create", "--holder", issuer, "--challenge", "n-1", "-o", vp, vcA)
	trusted, untrusted := filepath.Join(dir, "trusted.json"), filepath.Join(dir, "untrusted.yaml")
	os.WriteFile(trusted, []byte(`{"minimumAge": 18, "credentials": [{"type": "MembershipCredential", "required": true, "trustedIssuers": ["`+issuer+`"]}]}`), 0o600)
	os.WriteFile(untrusted, []byte("credentials:\n  - type: MembershipCredential\n    required: true\n    trustedIssuers: [\"did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp\"]\n"), 0o600)
	const at = "2030-01-01T00:00:00Z"

	table := [][]string{
		{"did", "list"},
		{"--json", "did", "list"},
		{"did", "resolve", issuer},
		{"did", "resolve", "--key-format", "JsonWebKey2020", issuer},
		{"did", "resolve", "did:foo:1"},
		{"--json", "did", "resolve", "nope"},
		{"vc", "verify", "--at", at, vcA},
		{"--json", "vc", "verify", "--at", at, vcA},
		{"vc", "verify", "--at", at, jwt},
		{"vc", "verify", "--at", at, "--policy", trusted, vcA},
		{"--json", "vc", "verify", "--at", at, "--policy", untrusted, vcA},
		{"vc", "verify", "--at", at, tampered},
		{"vc", "verify", "--at", "2000-01-01T00:00:00Z", vcA},
		{"vc", "verify", "--challenge", "n", vcA},
		{"vp", "verify", "--challenge", "n-1", "--policy", trusted, vp},
		{"--json", "vp", "verify", "--challenge", "n-2", vp},
		{"vc", "issue", "--issuer", "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp", "--subject", issuer, "--claims", claims},
		{"vc", "issue", "--issuer", issuer, "--subject", "bob", "--claims", claims},
		{"vc", "revoke", claims},
		{"vc", "revoke", vcR},
		{"vc", "verify", "--at", at, vcR},
	}
	// Times a run prints (when it resolved, when it verified) are not
	// what is compared.
	stamp := regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z`)
	pass := func() []string {
		var out []string
		for _, args := range table {
			code, stdout, stderr := run(t, append([]string{"--home", h}, args...)...)
			out = append(out, stamp.ReplaceAllString(fmt.Sprintf("exit %d\n%s\nstderr: %s", code, stdout, stderr), "TIME"))
		}
		return out
	}
	inProcess := pass()
	for i, want := range []string{"exit 0", "exit 0", "exit 0", "JsonWebKey2020", "methodNotSupported", `"error":"invalidDid"`,
		"verified: issued by", `"verified":true`, "verified: issued by", "admitted by the policy", `"allowed":false`,
		"FAIL proof", "FAIL validity", "bind SD-JWT", "verified: presented by", "challenge", "no key for this DID", "invalidDid",
		"no credentialStatus", "revoked", "FAIL status"} {
		if !strings.Contains(inProcess[i], want) {
			t.Errorf("in process, mifm %v:\n%s\nwant %q", table[i], inProcess[i], want)
		}
	}

	defer runNode(t, h)()
	through := pass()
	for i := range table {
		if through[i] != inProcess[i] {
			t.Errorf("mifm %v:\nthrough the node:\n%s\nin process:\n%s", table[i], through[i], inProcess[i])
		}
	}
	// What changes the home went to the node: it logged each operation.
	json.Unmarshal([]byte(mustRun(t, "--home", h, "--json", "did", "create")), &made)
	mustRun(t, "--home", h, "vc", "issue", "--issuer", made.DID, "--subject", issuer, "--claims", claims, "-o", filepath.Join(dir, "b.json"))
	log := mustRun(t, "--home", h, "audit", "log")
	for _, op := range []string{"did.create", "credential.issue", "credential.verify", "credential.revoke", "presentation.verify", "did.resolve", "did.list"} {
		if !strings.Contains(log, " "+op+" ") {
			t.Errorf("the node's audit log has no %s:\n%s", op, log)
		}
	}
}

// A verifier with the issuers' keys in files checks the VC-JOSE-COSE
// suite's COSE credential and reads its vp+jwt as a record; a bad key
// file is named.
func TestVerifyWithKeysGiven(t *testing.T) {
	dir := filepath.Join("..", "did", "testdata", "vc-jose-cose")
	p256, p384 := filepath.Join(dir, "vm-p256.json"), filepath.Join(dir, "vm-p384.json")
	out := mustRun(t, "vc", "verify", "--key", p256, "--at", "2024-12-16T00:00:00Z", filepath.Join(dir, "credential-cose-minimal.txt"))
	if !strings.Contains(out, "ok   cose") || !strings.Contains(out, "verified: issued by https://example.issuer/vc-jose-cose") {
		t.Fatalf("COSE credential: %s", out)
	}
	out = mustRun(t, "vp", "verify", "--record", "--at", "2024-12-16T12:00:00Z", "--key", p256, "--key", p384, filepath.Join(dir, "presentation-jose-multiple.txt"))
	if !strings.Contains(out, "ok   credentials 3 credentials verify") || !strings.Contains(out, "ok   vc 3 cose") || !strings.Contains(out, "admits no one") {
		t.Fatalf("vp+jwt as a record: %s", out)
	}
	if code, _, stderr := run(t, "vc", "verify", "--key", filepath.Join(dir, "credential-minimal.json"), filepath.Join(dir, "credential-jose-minimal.txt")); code == 0 || !strings.Contains(stderr, "--key "+filepath.Join(dir, "credential-minimal.json")) {
		t.Fatalf("a credential given as a key: exit %d, %s", code, stderr)
	}
	if code, _, stderr := run(t, "vp", "verify", filepath.Join(dir, "presentation-jose-multiple.txt")); code == 0 || !strings.Contains(stderr, "--record") {
		t.Fatalf("no challenge: exit %d, %s", code, stderr)
	}
}
