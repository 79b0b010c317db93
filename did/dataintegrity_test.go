package did

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"maps"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

func vectorText(t *testing.T, file string) string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// The W3C EdDSA Recommendation's eddsa-jcs-2022 example: its JCS forms and
// hashes, its proofValue made again from the key and date, and its signed
// credential verified.
func TestEdDSAJCSVector(t *testing.T) {
	e, _ := NewEdDSA()
	kp := vectorKey(t)
	dir := "testdata/eddsa-jcs-2022/"
	unsigned := readJSON(t, dir+"unsigned.json")
	config := readJSON(t, dir+"proofConfigJCS.json")
	for _, c := range []struct {
		doc  map[string]any
		file string
	}{{unsigned, "canonDocJCS.txt"}, {config, "proofCanonJCS.txt"}} {
		got, err := e.transform(CryptosuiteEdDSAJCS, c.doc)
		if err != nil || string(got) != vectorText(t, dir+c.file) {
			t.Fatalf("%s: %s, %v", c.file, got, err)
		}
	}
	data, err := e.hashData(CryptosuiteEdDSAJCS, unsigned, config)
	if err != nil || hex.EncodeToString(data) != vectorText(t, dir+"combinedHashJCS.txt") {
		t.Fatalf("hash data %x, %v", data, err)
	}
	docHash := sha256.Sum256([]byte(vectorText(t, dir+"canonDocJCS.txt")))
	if hex.EncodeToString(docHash[:]) != vectorText(t, dir+"docHashJCS.txt") {
		t.Fatal("the document hash differs from the vector's")
	}
	signedWant := readJSON(t, dir+"signedJCS.json")
	created, _ := time.Parse(time.RFC3339, config["created"].(string))
	signed, err := e.Sign(unsigned, kp, ProofOptions{VerificationMethod: config["verificationMethod"].(string), Created: created, Suite: CryptosuiteEdDSAJCS})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(normalize(t, signed), normalize(t, signedWant)) {
		t.Fatalf("signed = %v\nwant %v", signed["proof"], signedWant["proof"])
	}
	r := NewResolver(Options{})
	res, err := e.Verify(context.Background(), signedWant, r, Expect{})
	if err != nil || res.Suite != CryptosuiteEdDSAJCS || res.Controller != kp.DID {
		t.Fatalf("verify the vector: %+v, %v", res, err)
	}
	// The vector's issuer is a URL its did:key does not speak for: the
	// proof holds, the issuer check does not.
	v := e.VerifyCredential(context.Background(), signedWant, r, nil, created)
	if v.Verified || !v.Checks[1].OK || v.Checks[2].Name != "issuer" || v.Checks[2].OK {
		t.Fatalf("VerifyCredential: %+v", v.Checks)
	}

	// The JCS suite signs the bytes: any change, even one JSON-LD would
	// call the same graph, breaks it; so does another @context.
	for name, change := range map[string]func(m map[string]any){
		"a claim":               func(m map[string]any) { m["name"] = "Alumni Credential!" },
		"the document @context": func(m map[string]any) { m["@context"] = []any{"https://www.w3.org/ns/credentials/v2"} },
		"the proof's @context": func(m map[string]any) {
			p := maps.Clone(m["proof"].(map[string]any))
			p["@context"] = []any{"https://www.w3.org/ns/credentials/v2"}
			m["proof"] = p
		},
		"the cryptosuite to rdfc": func(m map[string]any) {
			p := maps.Clone(m["proof"].(map[string]any))
			p["cryptosuite"] = CryptosuiteEdDSARDFC
			m["proof"] = p
		},
	} {
		doc := maps.Clone(signedWant)
		change(doc)
		if _, err := e.Verify(context.Background(), doc, r, Expect{}); err == nil {
			t.Errorf("%s changed: verified", name)
		}
	}
}

// The Recommendation's proof set and proof chain vectors: each signed
// document verifies, and signing the unsigned one with the vectors' keys,
// ids and dates gives them again, proof by proof.
func TestEdDSAProofSetsAndChains(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	ctx := context.Background()
	dir := "testdata/proof-set-chain/"
	pairs := readJSON(t, dir+"multiKeyPairs.json")
	key := func(n string) *KeyPair {
		kp, err := ParsePrivateKeyMultibase(pairs["keyPair"+n].(map[string]any)["privateKeyMultibase"].(string))
		if err != nil {
			t.Fatal(err)
		}
		return kp
	}
	sign := func(doc map[string]any, n, configFile string) map[string]any {
		t.Helper()
		config := readJSON(t, dir+configFile)
		created, _ := time.Parse(time.RFC3339, config["created"].(string))
		id, _ := config["id"].(string)
		prev, _ := previousProofIDs(config)
		out, err := e.Sign(doc, key(n), ProofOptions{VerificationMethod: config["verificationMethod"].(string), Created: created, ID: id, PreviousProof: prev, Append: true})
		if err != nil {
			t.Fatalf("%s: %v", configFile, err)
		}
		return out
	}
	same := func(name string, got map[string]any) {
		t.Helper()
		if !reflect.DeepEqual(normalize(t, got), normalize(t, readJSON(t, dir+name))) {
			t.Fatalf("%s made again differs:\n%v", name, got["proof"])
		}
		res, err := e.Verify(ctx, got, r, Expect{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := 1
		if p, ok := got["proof"].([]any); ok {
			want = len(p)
		}
		if n := max(len(res.Set), 1); n != want {
			t.Fatalf("%s: %d proofs checked, want %d", name, n, want)
		}
	}
	unsigned := readJSON(t, dir+"unsigned.json")
	set1 := sign(unsigned, "1", "proofSetConfig1.json")
	same("signedProofSet1.json", set1)
	set2 := sign(set1, "2", "proofSetConfig2.json")
	same("signedProofSet2.json", set2)
	chain1 := sign(set2, "3", "proofChainConfig1.json")
	same("signedProofChain1.json", chain1)
	chain2 := sign(chain1, "4", "proofChainConfig2.json")
	same("signedProofChain2.json", chain2)

	res, _ := e.Verify(ctx, chain2, r, Expect{})
	if d := res.Describe(); !strings.HasPrefix(d, "4 proofs: ") || strings.Count(d, "(chained)") != 2 {
		t.Fatalf("describe = %q", d)
	}
	if v := e.VerifyCredential(ctx, chain2, r, nil, time.Now()); v.Verified || !v.Checks[1].OK || v.Checks[2].OK {
		t.Fatalf("VerifyCredential of the chain: %+v", v.Checks)
	}
	// An issuer's own credential in a proof set: the issuer check finds
	// its proof wherever it stands in the set.
	issuer, other := key("3"), key("2")
	own := maps.Clone(unsigned)
	own["issuer"] = issuer.DID
	countersigned := sign(own, "2", "proofSetConfig2.json")
	countersigned, err := e.Sign(countersigned, issuer, ProofOptions{VerificationMethod: keyVM(issuer.DID), Append: true})
	if err != nil {
		t.Fatal(err)
	}
	if v := e.VerifyCredential(ctx, countersigned, r, nil, time.Now().Add(time.Minute)); !v.Verified {
		t.Fatalf("the issuer's proof second in the set: %+v", v.Checks)
	}
	if v := e.VerifyCredential(ctx, sign(own, "2", "proofSetConfig2.json"), r, nil, time.Now()); v.Verified || !strings.Contains(v.Checks[2].Reason, "signed by "+other.DID) {
		t.Fatalf("signed only by another key: %+v", v.Checks)
	}

	proofs := chain2["proof"].([]any)
	without := func(i int) map[string]any {
		out := maps.Clone(chain2)
		out["proof"] = append(append([]any{}, proofs[:i]...), proofs[i+1:]...)
		return out
	}
	tamper := func(i int, k string, v any) map[string]any {
		out := maps.Clone(chain2)
		list := append([]any{}, proofs...)
		p := maps.Clone(list[i].(map[string]any))
		p[k] = v
		list[i] = p
		out["proof"] = list
		return out
	}
	third := proofs[2].(map[string]any)
	cases := []struct {
		name   string
		doc    map[string]any
		expect Expect
		err    error
	}{
		// Dropping a proof the chain names breaks the chain; dropping the
		// last one (nothing chains to it) leaves a valid smaller set.
		{"the first proof dropped", without(0), Expect{}, ErrProofChain},
		{"the chained-to proof dropped", without(2), Expect{}, ErrProofChain},
		{"an earlier proof's date changed", tamper(0, "created", "2024-01-01T00:00:00Z"), Expect{}, ErrProofSignature},
		{"previousProof pointed elsewhere", tamper(3, "previousProof", "urn:uuid:26329423-bec9-4b2e-88cb-a7c7d9dc4544"), Expect{}, ErrProofSignature},
		// Its own signature fails first; the proof chained to it finds no match.
		{"a proof's id changed", tamper(2, "id", "urn:uuid:other"), Expect{}, ErrProofSignature},
		{"a signer the policy needs is absent", chain2, Expect{Policy: ProofPolicy{Signers: []string{"did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"}}}, ErrProofPolicy},
		{"a bad proof under the any policy", tamper(1, "proofValue", third["proofValue"]), Expect{Policy: ProofPolicy{Any: true}}, nil},
		{"a bad proof under the default policy", tamper(1, "proofValue", third["proofValue"]), Expect{}, ErrProofSignature},
		{"too many proofs", map[string]any{"@context": chain2["@context"], "proof": make([]any, maxProofs+1)}, Expect{}, ErrProofMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := e.Verify(ctx, c.doc, r, c.expect)
			if !errors.Is(err, c.err) || (c.err == nil) != (res != nil) {
				t.Fatalf("verify = %+v, %v; want %v", res, err, c.err)
			}
			if c.err == nil && !strings.Contains(res.Describe(), ErrProofSignature.Error()) {
				t.Fatalf("the bad proof is not reported: %s", res.Describe())
			}
		})
	}
	if _, err := e.Verify(ctx, without(3), r, Expect{}); err != nil {
		t.Fatalf("the chain without its last proof: %v", err)
	}
	signers := Expect{Policy: ProofPolicy{Signers: []string{key("1").DID, key("4").DID}}}
	if _, err := e.Verify(ctx, chain2, r, signers); err != nil {
		t.Fatalf("signers present: %v", err)
	}
	if _, err := e.Sign(chain2, key("1"), ProofOptions{VerificationMethod: keyVM(key("1").DID)}); err == nil {
		t.Fatal("signed over existing proofs without Append")
	}
	if _, err := e.Sign(chain2, key("1"), ProofOptions{VerificationMethod: keyVM(key("1").DID), Append: true, PreviousProof: []string{"urn:uuid:nope"}}); !errors.Is(err, ErrProofChain) {
		t.Fatalf("chained to a proof that is not there: %v", err)
	}
	if _, err := e.Sign(chain2, key("1"), ProofOptions{VerificationMethod: keyVM(key("1").DID), Append: true, ID: third["id"].(string)}); err == nil {
		t.Fatal("a second proof with an id already used")
	}
}

// The W3C ECDSA Recommendation's examples (ecdsa-rdfc-2019 and
// ecdsa-jcs-2019, P-256 and P-384): every canonical form and hash, the
// signed credentials verified, and a credential signed here (ECDSA is
// randomized, so not byte for byte) verified and refused once changed.
func TestECDSAVectors(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	ctx := context.Background()
	dir := "testdata/vc-di-ecdsa/"
	unsigned := readJSON(t, dir+"unsigned.json")
	for _, c := range []struct {
		suite, curve, folder, tag string
	}{
		{CryptosuiteECDSARDFC, "p256", "ecdsa-rdfc-2019-p256", "ECDSAP256"},
		{CryptosuiteECDSARDFC, "p384", "ecdsa-rdfc-2019-p384", "ECDSAP384"},
		{CryptosuiteECDSAJCS, "p256", "ecdsa-jcs-2019-p256", "JCSECDSAP256"},
		{CryptosuiteECDSAJCS, "p384", "ecdsa-jcs-2019-p384", "JCSECDSAP384"},
	} {
		t.Run(c.folder, func(t *testing.T) {
			pair := readJSON(t, dir+c.curve+"KeyPair.json")
			kp, err := ParsePrivateKeyMultibase(pair["secretKeyMultibase"].(string))
			if err != nil || kp.DID != "did:key:"+pair["publicKeyMultibase"].(string) {
				t.Fatalf("key pair: %v, %v", kp, err)
			}
			sub := dir + c.folder + "/"
			config := readJSON(t, sub+"proofConfig"+c.tag+".json")
			if !jcsSuite(c.suite) {
				// The rdfc vectors' configuration file carries the
				// document's @context, which the proof itself does not.
				delete(config, "@context")
			}
			cfg := maps.Clone(config)
			if !jcsSuite(c.suite) {
				cfg["@context"] = unsigned["@context"]
			}
			for _, f := range []struct {
				doc  map[string]any
				file string
			}{{unsigned, "canonDoc"}, {cfg, "proofCanon"}} {
				got, err := e.transform(c.suite, f.doc)
				if err != nil || strings.TrimSpace(string(got)) != vectorText(t, sub+f.file+c.tag+".txt") {
					t.Fatalf("%s: %s, %v", f.file, got, err)
				}
			}
			sum := sha256Sum
			if c.curve == "p384" {
				sum = sha384Sum
			}
			data, err := e.hashDataWith(c.suite, sum, unsigned, cfg)
			if err != nil || hex.EncodeToString(data) != vectorText(t, sub+"combinedHash"+c.tag+".txt") {
				t.Fatalf("hash data %x, %v", data, err)
			}
			signed := readJSON(t, sub+"signed"+c.tag+".json")
			res, err := e.Verify(ctx, signed, r, Expect{})
			if err != nil || res.Suite != c.suite || res.Controller != kp.DID {
				t.Fatalf("verify the vector: %+v, %v", res, err)
			}
			created, _ := time.Parse(time.RFC3339, config["created"].(string))
			mine, err := e.Sign(unsigned, kp, ProofOptions{VerificationMethod: config["verificationMethod"].(string), Created: created, Suite: c.suite})
			if err != nil {
				t.Fatal(err)
			}
			mp, vp := maps.Clone(mine["proof"].(map[string]any)), maps.Clone(signed["proof"].(map[string]any))
			delete(mp, "proofValue")
			delete(vp, "proofValue")
			if !reflect.DeepEqual(normalize(t, mp), normalize(t, vp)) {
				t.Fatalf("proof made here %v, the vector's %v", mp, vp)
			}
			if _, err := e.Verify(ctx, mine, r, Expect{}); err != nil {
				t.Fatalf("verify the proof made here: %v", err)
			}
			changed := maps.Clone(mine)
			changed["name"] = "Another Credential"
			if _, err := e.Verify(ctx, changed, r, Expect{}); !errors.Is(err, ErrProofSignature) {
				t.Fatalf("a changed credential: %v", err)
			}
		})
	}

	// Keys and suites must agree: no ECDSA proof from an Ed25519 or P-521
	// key, no EdDSA proof from a P-256 key, and a proof claiming another
	// suite than the one it was made in fails.
	ed, _ := NewKeyPair(Ed25519, nil)
	p256, _ := NewKeyPair(P256, nil)
	p521, _ := NewKeyPair(P521, nil)
	for _, c := range []struct {
		kp    *KeyPair
		suite string
	}{{ed, CryptosuiteECDSARDFC}, {p521, CryptosuiteECDSAJCS}, {p256, CryptosuiteEdDSARDFC}, {p256, ProofTypeEd25519Signature2020}} {
		if _, err := e.Sign(unsigned, c.kp, ProofOptions{VerificationMethod: keyVM(c.kp.DID), Suite: c.suite}); err == nil {
			t.Errorf("%s signed with a %s key", c.suite, c.kp.Type)
		}
	}
	mine, err := e.Sign(unsigned, p256, ProofOptions{VerificationMethod: keyVM(p256.DID)})
	if err != nil || mine["proof"].(map[string]any)["cryptosuite"] != CryptosuiteECDSARDFC {
		t.Fatalf("a P-256 key's default suite: %v, %v", mine["proof"], err)
	}
	relabel := maps.Clone(mine)
	p := maps.Clone(mine["proof"].(map[string]any))
	p["cryptosuite"] = CryptosuiteEdDSARDFC
	relabel["proof"] = p
	if _, err := e.Verify(ctx, relabel, r, Expect{}); !errors.Is(err, ErrProofKey) {
		t.Fatalf("an ECDSA proof labelled eddsa: %v", err)
	}
}

// A credential issued with a P-256 or P-384 key gets the key's ECDSA suite
// by default, or the JCS one when asked, and verifies (VCDM 2.0 and 1.1).
func TestIssueCredentialECDSA(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	holder, _ := NewKeyPair(Ed25519, nil)
	for _, kt := range []KeyType{P256, P384} {
		issuer, _ := NewKeyPair(kt, nil)
		for _, c := range []struct {
			suite, want string
			version     int
		}{{"", CryptosuiteECDSARDFC, 2}, {CryptosuiteECDSAJCS, CryptosuiteECDSAJCS, 2}, {"", CryptosuiteECDSARDFC, 1}} {
			vc, err := e.IssueCredential(IssueRequest{Issuer: issuer, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}, Suite: c.suite, Version: c.version})
			if err != nil {
				t.Fatalf("%s %s: %v", kt, c.suite, err)
			}
			v := e.VerifyCredential(context.Background(), vc, r, nil, time.Now().Add(time.Minute))
			if !v.Verified || !strings.HasPrefix(v.Checks[1].Reason, c.want+" signature by "+issuer.DID) {
				t.Fatalf("%s %s: %+v", kt, c.suite, v.Checks)
			}
		}
	}
	k1, _ := NewKeyPair(Secp256k1, nil)
	if _, err := e.IssueCredential(IssueRequest{Issuer: k1, Subject: holder.DID, Contexts: []string{ContextMifm}, Claims: map[string]any{"membershipLevel": "gold"}}); err == nil || !strings.Contains(err.Error(), "issue a vc+jwt") {
		t.Fatalf("a secp256k1 Data Integrity credential: %v", err)
	}
}

// What an attacker sends to make verification expensive or wrong: a
// previousProof naming a padded proof thousands of times, repeated proof
// ids, a self-chained proof, a megabyte proofValue, a small-order did:key.
// Each is refused at once.
func TestProofAttacks(t *testing.T) {
	e, _ := NewEdDSA()
	r := NewResolver(Options{})
	attacker, _ := NewKeyPair(Ed25519, nil)
	vm := keyVM(attacker.DID)
	padded := map[string]any{"type": ProofTypeDataIntegrity, "cryptosuite": CryptosuiteEdDSARDFC, "id": "urn:a", "verificationMethod": vm, "proofPurpose": "assertionMethod", "proofValue": "z1", "padding": strings.Repeat("x", 50000)}
	repeat := make([]any, 4000)
	for i := range repeat {
		repeat[i] = "urn:a"
	}
	base := map[string]any{"@context": []any{ContextVCv2}, "type": []any{"VerifiableCredential"}}
	with := func(proofs ...any) map[string]any {
		d := maps.Clone(base)
		d["proof"] = proofs
		return d
	}
	chainer := func(prev any, id string) map[string]any {
		return map[string]any{"type": ProofTypeDataIntegrity, "cryptosuite": CryptosuiteEdDSARDFC, "id": id, "verificationMethod": vm, "proofPurpose": "assertionMethod", "proofValue": "z1", "previousProof": prev}
	}
	for _, c := range []struct {
		name string
		doc  map[string]any
		err  error
	}{
		{"previousProof naming one proof 4000 times", with(padded, chainer(repeat, "urn:b")), ErrProofChain},
		{"previousProof naming a proof twice", with(padded, chainer([]any{"urn:a", "urn:a"}, "urn:b"), chainer("urn:a", "urn:c")), ErrProofChain},
		{"a proof chained to itself", with(padded, chainer("urn:b", "urn:b")), ErrProofChain},
		{"two proofs with one id", with(padded, chainer("urn:x", "urn:a")), ErrProofMalformed},
		{"a megabyte proofValue", with(map[string]any{"type": ProofTypeDataIntegrity, "cryptosuite": CryptosuiteEdDSARDFC, "verificationMethod": vm, "proofPurpose": "assertionMethod", "proofValue": "z" + strings.Repeat("2", 1<<20)}), ErrProofMalformed},
		{"a created that is no string", with(map[string]any{"type": ProofTypeDataIntegrity, "cryptosuite": CryptosuiteEdDSARDFC, "verificationMethod": vm, "proofPurpose": "assertionMethod", "created": 5, "proofValue": "z1"}), ErrProofMalformed},
	} {
		start := time.Now()
		_, err := e.Verify(context.Background(), c.doc, r, Expect{})
		if !errors.Is(err, c.err) || time.Since(start) > time.Second {
			t.Errorf("%s: %v after %s, want %v at once", c.name, err, time.Since(start), c.err)
		}
	}
	// The identity point verifies the signature (B, 1) for any message.
	identity := append([]byte{1}, make([]byte, 31)...)
	if _, _, err := ParseKeyDID("did:key:" + multikey(codeEd25519, identity)); !errors.Is(err, ErrInvalidPublicKey) {
		t.Errorf("a small-order did:key: %v", err)
	}
	if _, err := JWKPublicKey(map[string]any{"kty": "OKP", "crv": "Ed25519", "x": b64(identity)}); err == nil {
		t.Error("a small-order JWK")
	}
	// A kid that names a holder's and an issuer's key alike names neither.
	a, _ := ParseKnownKey([]byte(`{"id":"did:web:a.example#key-1","type":"JsonWebKey","controller":"did:web:a.example","publicKeyJwk":{"kty":"OKP","crv":"Ed25519","x":"` + b64(attacker.Public) + `"}}`))
	other, _ := NewKeyPair(Ed25519, nil)
	b, _ := ParseKnownKey([]byte(`{"id":"did:web:b.example#key-1","type":"JsonWebKey","controller":"did:web:b.example","publicKeyJwk":{"kty":"OKP","crv":"Ed25519","x":"` + b64(other.Public) + `"}}`))
	if _, err := findKnownKey([]*KnownKey{a, b}, "#key-1"); !errors.Is(err, ErrProofKey) {
		t.Errorf("an ambiguous kid: %v", err)
	}
}
