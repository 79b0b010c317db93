package daemon

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/riclient"
)

// vector reads a public test vector: the did package keeps the copies
// (did/testdata/SOURCES.md names where each comes from).
func vector(t *testing.T, name string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "did", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// client is the RI client of a node, as a platform's Go back end has it.
func client(t testing.TB, p *InProcess) *riclient.Client {
	t.Helper()
	cl, err := riclient.New(p.RI, p.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cl
}

// check finds a named check of a verdict.
func check(checks []did.Check, name string) *did.Check {
	for i := range checks {
		if checks[i].Name == name {
			return &checks[i]
		}
	}
	return nil
}

// Credential verification over RI with the W3C vc-di-eddsa vector: the
// vector as published fails only its issuer check (its issuer is a URL,
// not the signing key's DID), the same credential issued by the vector's
// key verifies, a tampered one fails the proof check, a policy that trusts
// another issuer refuses it by name; strangers, oversized bodies and bad
// input are refused before any work.
func TestCredentialVerifyOverRI(t *testing.T) {
	a := startNode(t, "", false)
	published := vector(t, "eddsa-rdfc-2022/signedDataInt.json")

	verify := func(vc any, policy string) (int, *api.CredentialVerdict, string) {
		t.Helper()
		raw, _ := json.Marshal(vc)
		req := map[string]any{"credential": json.RawMessage(raw)}
		if policy != "" {
			req["policy"] = json.RawMessage(policy)
		}
		var v api.CredentialVerdict
		code, p := ri(t, a, "POST", "/ri/v1/credentials/verify", req, &v)
		if p != nil {
			return code, nil, p.Detail
		}
		return code, &v, ""
	}

	code, v, _ := verify(published, "")
	if code != 200 || v.Verified || !check(v.Checks, "proof").OK || check(v.Checks, "issuer").OK {
		t.Fatalf("published vector: %d %+v; want the proof to hold and the issuer check to fail", code, v)
	}

	// The vector's credential issued by the vector's own key.
	kp, err := did.ParsePrivateKeyMultibase("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")
	if err != nil {
		t.Fatal(err)
	}
	e, err := did.NewEdDSA()
	if err != nil {
		t.Fatal(err)
	}
	unsigned := vector(t, "eddsa-rdfc-2022/signedDataInt.json")
	delete(unsigned, "proof")
	unsigned["issuer"] = kp.DID
	signed, err := e.Sign(unsigned, kp, did.ProofOptions{VerificationMethod: kp.DID + "#" + strings.TrimPrefix(kp.DID, "did:key:"), Purpose: "assertionMethod"})
	if err != nil {
		t.Fatal(err)
	}
	code, v, detail := verify(signed, "")
	if code != 200 || v == nil || !v.Verified || v.Issuer != kp.DID || !v.Accepted() {
		t.Fatalf("vector re-issued by its key: %d %+v %s", code, v, detail)
	}
	for _, ch := range v.Checks {
		if !ch.OK {
			t.Errorf("check %s failed: %s", ch.Name, ch.Reason)
		}
	}

	// Tampered: a claim changed after signing.
	tampered := map[string]any{}
	data, _ := json.Marshal(signed)
	json.Unmarshal(data, &tampered)
	tampered["credentialSubject"].(map[string]any)["alumniOf"] = "Another School"
	code, v, _ = verify(tampered, "")
	if code != 200 || v.Verified || check(v.Checks, "proof").OK || !strings.Contains(check(v.Checks, "proof").Reason, "signature") {
		t.Fatalf("tampered: %d %+v; want the proof check failed for its signature", code, v)
	}

	// Under an admission policy: admitted when the issuer is trusted,
	// refused by the rule of the credential's type when it is not.
	policy := func(trusted string) string {
		return `{"credentials": [{"type": "AlumniCredential", "required": true, "trustedIssuers": ["` + trusted + `"]}]}`
	}
	code, v, detail = verify(signed, policy(kp.DID))
	if code != 200 || v == nil || v.Policy == nil || !v.Policy.Allowed || !v.Accepted() {
		t.Fatalf("trusted issuer: %d %+v %s", code, v, detail)
	}
	code, v, _ = verify(signed, policy("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp"))
	if code != 200 || !v.Verified || v.Policy.Allowed || v.Accepted() {
		t.Fatalf("untrusted issuer: %d %+v", code, v)
	}
	refused := false
	for _, r := range v.Policy.Reasons {
		refused = refused || (r.Rule == "AlumniCredential" && !r.OK)
	}
	if !refused {
		t.Fatalf("the refusal names no AlumniCredential rule: %+v", v.Policy.Reasons)
	}

	// The same through the RI client, as a platform's Go back end calls it.
	cl := client(t, a)
	raw, _ := json.Marshal(signed)
	got, err := cl.VerifyCredential(t.Context(), api.VerifyCredentialRequest{Credential: raw})
	if err != nil || !got.Verified {
		t.Fatalf("through the RI client: %+v, %v", got, err)
	}

	// Bad input: named, 400; oversized: 413 before it is read; strangers: 401.
	for _, tc := range []struct {
		name string
		body string
		want string
	}{
		{"no credential", `{}`, "no credential"},
		{"a number", `{"credential": 42}`, "neither a JSON credential"},
		{"a string that is no JWS", `{"credential": "hello"}`, "neither a vc+jwt, an SD-JWT"},
		{"unknown field", `{"credential": {}, "trust": "me"}`, "unknown field"},
		{"bad policy", `{"credential": {}, "policy": {"minimumAge": -1}}`, "policy"},
		{"challenge without SD-JWT", `{"credential": {}, "challenge": "n"}`, "bind SD-JWT"},
		{"too many status lists", `{"credential": {}, "statusLists": [` + strings.Repeat(`{"id":"x"},`, 16) + `{"id":"x"}]}`, "at most 16"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var body map[string]any
			if err := json.Unmarshal([]byte(tc.body), &body); err != nil {
				t.Fatal(err)
			}
			req, _ := http.NewRequest("POST", a.RI+"/ri/v1/credentials/verify", strings.NewReader(tc.body))
			req.Header.Set("Authorization", "Bearer "+a.Token)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var p struct {
				Detail string `json:"detail"`
			}
			json.NewDecoder(resp.Body).Decode(&p)
			if resp.StatusCode != 400 || !strings.Contains(p.Detail, tc.want) {
				t.Fatalf("%d %q; want 400 saying %q", resp.StatusCode, p.Detail, tc.want)
			}
		})
	}
	big := bytes.Repeat([]byte("a"), 1<<20)
	req, _ := http.NewRequest("POST", a.RI+"/ri/v1/credentials/verify", bytes.NewReader(append(append([]byte(`{"credential": "ey`), big...), '"', '}')))
	req.Header.Set("Authorization", "Bearer "+a.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized body: %d, want 413", resp.StatusCode)
	}
	req, _ = http.NewRequest("POST", a.RI+"/ri/v1/credentials/verify", bytes.NewReader(raw))
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("without the RI token: %d, want 401", resp.StatusCode)
	}
}

// DID resolution over RI answers the W3C DID Resolution result: the
// did:key vectors' documents, and for a bad DID the result with its error
// code and the binding's status.
func TestDIDResolveOverRI(t *testing.T) {
	a := startNode(t, "", false)
	vectors := vector(t, "w3c-ccg-did-method-key_ed25519-x25519.json")
	cl := client(t, a)
	for id := range vectors {
		res, err := cl.ResolveDID(t.Context(), api.ResolveRequest{DID: id})
		if err != nil || res.Document == nil || res.Document.ID != id {
			t.Fatalf("resolve %s: %+v, %v", id, res, err)
		}
		if res.Document.VerificationMethod[0].Type != "Multikey" {
			t.Fatalf("resolve %s: %+v, want Multikey by default", id, res.Document)
		}
		for _, format := range []string{"JsonWebKey2020", "Ed25519VerificationKey2020", "Ed25519VerificationKey2018"} {
			got, err := cl.ResolveDID(t.Context(), api.ResolveRequest{DID: id, KeyFormat: format})
			if err != nil || got.Document.VerificationMethod[0].Type != format {
				t.Fatalf("resolve %s as %s: %+v, %v", id, format, got, err)
			}
		}
	}
	for _, tc := range []struct {
		did    string
		status int
		code   string
		is     error
	}{
		{"nope", 400, "invalidDid", did.ErrInvalidDID},
		{"did:key:6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp", 400, "invalidDid", did.ErrInvalidDID},
		{"did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp?versionId=3", 400, "invalidDid", did.ErrInvalidDID},
		{"did:foo:1", 501, "methodNotSupported", did.ErrMethodNotSupported},
		{"did:key:z2DQUyFHStG42FqbEhyM6LhkEqqV45NGGqKCwNxVWWu7Yzj", 400, "invalidPublicKeyLength", did.ErrInvalidPublicKeyLength},
		{"did:key:zQ3shMQnkqiyfujhRPGFFqSEeD2yV9kUcmyBiu2fT2BXfFPMN", 400, "invalidPublicKey", did.ErrInvalidPublicKey},
		{"did:key:zUC7EK3ZakmukHhuncwkbySmomv3FmrkmS36E4Ks5rsb6VQSRpoCrx6Hb8e2Nk6UvJFSdyw9NK1scFXJp21gNNYFjVWNgaqyGnkyhtagagCpQb5B7tagJu3HDbjQ8h5ypoHjwBb", 501, "unsupportedPublicKeyType", did.ErrUnsupportedPublicKeyType},
	} {
		var res api.Resolution
		code, p := ri(t, a, "GET", "/ri/v1/dids/"+tc.did, nil, &res)
		if code != tc.status || p == nil {
			t.Errorf("GET %s: %d %+v; want %d", tc.did, code, p, tc.status)
		}
		got, err := cl.ResolveDID(t.Context(), api.ResolveRequest{DID: tc.did})
		if got == nil || got.ResolutionMetadata.Error != tc.code || !errors.Is(err, tc.is) {
			t.Errorf("client resolve %s: %+v, %v; want %s", tc.did, got, err, tc.code)
		}
	}
	var viaSpecName api.Resolution
	if code, p := ri(t, a, "GET", "/ri/v1/dids/did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp?publicKeyFormat=JsonWebKey2020", nil, &viaSpecName); code != 200 || p != nil || viaSpecName.Document.VerificationMethod[0].Type != "JsonWebKey2020" {
		t.Fatalf("publicKeyFormat: %d %+v %+v", code, p, viaSpecName.Document)
	}
	code, p := ri(t, a, "GET", "/ri/v1/dids/did:key:z6Mk?keyFormat=pem", nil, nil)
	if code != 400 || p == nil || !strings.Contains(p.Detail, "want Multikey (the default), Ed25519VerificationKey2020, JsonWebKey2020 or Ed25519VerificationKey2018") {
		t.Fatalf("bad key format: %d %+v", code, p)
	}
	code, p = ri(t, a, "GET", "/ri/v1/dids/did:web:"+strings.Repeat("a", 3000), nil, nil)
	if code != 400 || p == nil || !strings.Contains(p.Detail, "at most 2048") {
		t.Fatalf("oversized DID: %d %+v", code, p)
	}
}

// Issue, verify and revoke over RI with the home's DID key: the revoked
// credential fails its status check against the list the node signed.
func TestIssueRevokeOverRI(t *testing.T) {
	a := startNode(t, "", false)
	cl := client(t, a)
	ctx := t.Context()
	issuer, err := cl.CreateDID(ctx, api.CreateDIDRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if dids, err := cl.DIDs(ctx); err != nil || len(dids) != 1 || dids[0].DID != issuer.DID {
		t.Fatalf("dids = %+v, %v", dids, err)
	}
	const url = "https://platform-a.example/status/1"
	for _, format := range []string{api.FormatLDP, api.FormatJWT, api.FormatSDJWT} {
		vc, err := cl.IssueCredential(ctx, api.IssueCredentialRequest{Issuer: issuer.DID, Subject: issuer.DID, Types: []string{"MembershipCredential"},
			Claims: map[string]any{"membershipLevel": "gold"}, Format: format, Status: &api.StatusRequest{URL: url}})
		if err != nil {
			t.Fatalf("issue %s: %v", format, err)
		}
		if vc.StatusList == nil || vc.StatusListFile == "" {
			t.Fatalf("issue %s: no signed status list", format)
		}
		cred, _ := json.Marshal(vc.Credential)
		if format != api.FormatLDP {
			cred, _ = json.Marshal(vc.Token)
		}
		v, err := cl.VerifyCredential(ctx, api.VerifyCredentialRequest{Credential: cred})
		if err != nil || !v.Verified {
			t.Fatalf("verify %s before revocation: %+v, %v", format, v, err)
		}
		r, err := cl.RevokeCredential(ctx, api.RevokeCredentialRequest{Credential: cred})
		if err != nil || r.Status != "revoked" || r.StatusListCredential == nil {
			t.Fatalf("revoke %s: %+v, %v", format, r, err)
		}
		v, err = cl.VerifyCredential(ctx, api.VerifyCredentialRequest{Credential: cred})
		if err != nil || v.Verified || check(v.Checks, "status").OK {
			t.Fatalf("verify %s after revocation: %+v, %v; want the status check failed", format, v, err)
		}
	}
	for _, tc := range []struct {
		name   string
		req    api.IssueCredentialRequest
		status int
		want   string
	}{
		{"a stranger's DID", api.IssueCredentialRequest{Issuer: "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp", Subject: issuer.DID, Claims: map[string]any{}}, 404, "no key for this DID"},
		{"no claims", api.IssueCredentialRequest{Issuer: issuer.DID, Subject: issuer.DID}, 400, "no claims"},
		{"bad format", api.IssueCredentialRequest{Issuer: issuer.DID, Subject: issuer.DID, Claims: map[string]any{}, Format: "cbor"}, 400, "want ldp, jwt, sd-jwt or dc+sd-jwt"},
		{"an SD-JWT VC without its vct", api.IssueCredentialRequest{Issuer: issuer.DID, Subject: issuer.DID, Claims: map[string]any{}, Format: api.FormatSDJWTVC}, 400, "one type, its vct"},
		{"an SD-JWT VC with a Bitstring Status List", api.IssueCredentialRequest{Issuer: issuer.DID, Subject: issuer.DID, Claims: map[string]any{}, Format: api.FormatSDJWTVC,
			Types: []string{"https://platform-a.example/vct/m"}, Status: &api.StatusRequest{URL: url}}, 400, "no JSON-LD contexts"},
		{"an SD-JWT VC claim the issuer writes", api.IssueCredentialRequest{Issuer: issuer.DID, Subject: issuer.DID, Claims: map[string]any{"iss": "did:web:evil.example"}, Format: api.FormatSDJWTVC,
			Types: []string{"https://platform-a.example/vct/m"}}, 400, "written by the issuer itself"},
		{"bad subject", api.IssueCredentialRequest{Issuer: issuer.DID, Subject: "bob", Claims: map[string]any{}}, 400, "invalidDid"},
		{"another list's URL", api.IssueCredentialRequest{Issuer: issuer.DID, Subject: issuer.DID, Claims: map[string]any{}, Status: &api.StatusRequest{URL: "not a url"}}, 400, "not a URL"},
	} {
		code, p := ri(t, a, "POST", "/ri/v1/credentials", tc.req, nil)
		if code != tc.status || p == nil || !strings.Contains(p.Detail, tc.want) {
			t.Errorf("%s: %d %+v; want %d saying %q", tc.name, code, p, tc.status, tc.want)
		}
	}
	// An SD-JWT VC (the IETF draft) over RI: issued, its claims disclosable,
	// verified by the same route as every other format.
	vc, err := cl.IssueCredential(ctx, api.IssueCredentialRequest{Issuer: issuer.DID, Subject: issuer.DID, Types: []string{"https://platform-a.example/vct/membership"},
		Claims: map[string]any{"membershipLevel": "gold"}, Format: api.FormatSDJWTVC})
	if err != nil || !strings.Contains(vc.Token, "~") {
		t.Fatalf("issue dc+sd-jwt: %+v, %v", vc, err)
	}
	cred, _ := json.Marshal(vc.Token)
	if v, err := cl.VerifyCredential(ctx, api.VerifyCredentialRequest{Credential: cred}); err != nil || !v.Verified || !check(v.Checks, "disclosures").OK {
		t.Fatalf("verify dc+sd-jwt: %+v, %v", v, err)
	}
	code, p := ri(t, a, "POST", "/ri/v1/credentials/revoke", map[string]any{"credential": map[string]any{"id": "urn:x"}}, nil)
	if code != 400 || p == nil || !strings.Contains(p.Detail, "no credentialStatus") {
		t.Fatalf("revoke without a status entry: %d %+v", code, p)
	}
}

// The registry operations refuse what they cannot do, and say why: a node
// whose chain has no suite yet, an admin that is no address.
func TestPlatformRegistryOverRI(t *testing.T) {
	if testing.Short() {
		t.Skip("opens the node's embedded chain")
	}
	a := startNode(t, "", false)
	code, p := ri(t, a, "GET", "/ri/v1/platforms/registration", nil, nil)
	if code != http.StatusConflict || p == nil || !strings.Contains(p.Detail, "not deployed") {
		t.Fatalf("registration before the suite is deployed: %d %+v", code, p)
	}
	for _, tc := range []struct {
		req  api.RegisterPlatformRequest
		want string
	}{
		{api.RegisterPlatformRequest{DID: "nope", Admin: "0x00000000000000000000000000000000000000b0"}, "invalidDid"},
		{api.RegisterPlatformRequest{DID: "did:web:b.example", Admin: "0x12"}, `admin "0x12" is not an address`},
		{api.RegisterPlatformRequest{DID: "did:web:b.example", Admin: "eip155:1:0x00000000000000000000000000000000000000b0"}, "this node's chain is eip155:1337"},
		{api.RegisterPlatformRequest{DID: "did:web:b.example", Admin: "0x0000000000000000000000000000000000000000"}, "zero address"},
	} {
		code, p := ri(t, a, "POST", "/ri/v1/platforms", tc.req, nil)
		if code != 400 || p == nil || !strings.Contains(p.Detail, tc.want) {
			t.Errorf("register %+v: %d %+v; want 400 saying %q", tc.req, code, p, tc.want)
		}
	}
}

// Concurrent issues with status entries on one list each get their own
// entry: the node serializes the list's read-modify-write.
func TestConcurrentIssuesShareAList(t *testing.T) {
	a := startNode(t, "", false)
	cl := client(t, a)
	issuer, err := cl.CreateDID(t.Context(), api.CreateDIDRequest{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 6
	indexes := make(chan any, n)
	errs := make(chan error, n)
	for range n {
		go func() {
			vc, err := cl.IssueCredential(t.Context(), api.IssueCredentialRequest{Issuer: issuer.DID, Subject: issuer.DID, Claims: map[string]any{"membershipLevel": "gold"},
				Status: &api.StatusRequest{URL: "https://platform-a.example/status/2"}})
			if err != nil {
				errs <- err
				return
			}
			indexes <- vc.Credential["credentialStatus"].(map[string]any)["statusListIndex"]
		}()
	}
	seen := map[any]bool{}
	for range n {
		select {
		case err := <-errs:
			t.Fatal(err)
		case i := <-indexes:
			if seen[i] {
				t.Fatalf("entry %v given twice", i)
			}
			seen[i] = true
		}
	}
}

// The VC-JOSE-COSE suite's secured credentials and presentation over RI,
// with their issuers' keys given out of band (the issuers have no DID):
// COSE and vc+jwt credentials verify, a vp+jwt reads as a record and not
// as a login, and bad keys or mixed requests get a clear 400.
func TestSecuredCredentialsOverRI(t *testing.T) {
	a := startNode(t, "", false)
	cl := client(t, a)
	ctx := t.Context()
	read := func(name string) []byte {
		data, err := os.ReadFile(filepath.Join("..", "..", "did", "testdata", "vc-jose-cose", name))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	p256, p384 := json.RawMessage(read("vm-p256.json")), json.RawMessage(read("vm-p384.json"))
	at := time.Date(2024, 12, 16, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		file string
		keys []json.RawMessage
		ok   bool
	}{
		{"credential-cose-minimal.txt", []json.RawMessage{p256}, true},
		{"credential-jose-minimal.txt", []json.RawMessage{p256}, true},
		{"credential-jose-minimal.txt", []json.RawMessage{p384}, false},
		{"credential-cose-bad-signature.txt", []json.RawMessage{p256, p384}, false},
	} {
		cred, _ := json.Marshal(strings.TrimSpace(string(read(c.file))))
		v, err := cl.VerifyCredential(ctx, api.VerifyCredentialRequest{Credential: cred, Keys: c.keys, At: &at})
		if err != nil || v.Verified != c.ok {
			t.Fatalf("%s: %+v, %v; want verified %v", c.file, v, err, c.ok)
		}
	}
	vp := strings.TrimSpace(string(read("presentation-jose-multiple.txt")))
	keys := []json.RawMessage{p256, p384}
	v, err := cl.VerifyPresentation(ctx, api.VerifyPresentationRequest{Secured: vp, Keys: keys, Record: true, At: &at})
	if err != nil || !v.Verified || !v.Record || v.Accepted() || len(v.Credentials) != 3 {
		t.Fatalf("the suite's vp+jwt as a record: %+v, %v", v, err)
	}
	if v, err := cl.VerifyPresentation(ctx, api.VerifyPresentationRequest{Secured: vp, Keys: keys, Challenge: "n", At: &at}); err != nil || v.Verified {
		t.Fatalf("the suite's vp+jwt as a login: %+v, %v", v, err)
	}
	cred, _ := json.Marshal(strings.TrimSpace(string(read("credential-cose-minimal.txt"))))
	secret, _ := json.Marshal(vector(t, "vc-jose-cose/vm-p256.json")["secretKeyJwk"])
	for _, c := range []struct {
		name string
		body any
		path string
		want string
	}{
		{"a private JWK", api.VerifyCredentialRequest{Credential: cred, Keys: []json.RawMessage{secret}}, "/ri/v1/credentials/verify", "private key"},
		{"too many keys", api.VerifyCredentialRequest{Credential: cred, Keys: make([]json.RawMessage, 17)}, "/ri/v1/credentials/verify", "give 1 to 16 keys"},
		{"both forms", api.VerifyPresentationRequest{Secured: vp, Presentation: map[string]any{"type": "VerifiablePresentation"}, Challenge: "n"}, "/ri/v1/presentations/verify", "not both"},
		{"a record with a policy", api.VerifyPresentationRequest{Secured: vp, Record: true, Policy: json.RawMessage(`{}`)}, "/ri/v1/presentations/verify", "admits no one"},
		{"a record with a definition", api.VerifyPresentationRequest{Secured: vp, Record: true, Definition: json.RawMessage(`{"id":"d"}`)}, "/ri/v1/presentations/verify", "admits no one"},
		{"no challenge", api.VerifyPresentationRequest{Secured: vp}, "/ri/v1/presentations/verify", "no challenge"},
	} {
		code, p := ri(t, a, "POST", c.path, c.body, nil)
		if code != 400 || p == nil || !strings.Contains(p.Detail, c.want) {
			t.Errorf("%s: %d %+v; want 400 %q", c.name, code, p, c.want)
		}
	}
}
