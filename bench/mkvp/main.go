// Command mkvp writes bench/vp/presentation.json, the input that
// bench/vp-vs-did-jwt-vc.sh gives both mifm (BenchmarkVerifyPresentationShared)
// and did-jwt-vc (testnet/vc-js/verify-loop.mjs): a holder's JWT presentation
// (VC-JWT 1.1, made with mifm's PresentationJWT and SignInput) of one JWT-VC
// 1.1 credential about the holder, with the challenge and domain it answers.
//
// The holder and the issuer are Ed25519 did:keys of fixed seeds, the times
// and ids are fixed and Ed25519 signs deterministically, so running it again
// writes the same bytes. The credential is JWT-VC 1.1 because did-jwt-vc
// refuses VCDM 2.0 credentials inside a presentation. Neither JWT has an exp,
// which both verifiers allow, so that the committed input never expires.
//
// Usage: go run ./bench/mkvp [-out bench/vp/presentation.json]
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/mifm/mifm/did"
)

const (
	challenge = "bench-challenge-7f3c2a"
	domain    = "did:web:verifier.example"
)

// issuedAt is when both JWTs say they were made: any fixed past instant.
var issuedAt = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// input is bench/vp/presentation.json.
type input struct {
	JWT       string `json:"jwt"`
	Challenge string `json:"challenge"`
	Domain    string `json:"domain"`
}

func main() {
	out := flag.String("out", "bench/vp/presentation.json", "file to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "mkvp:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	holder, err := did.NewKeyPair(did.Ed25519, bytes.Repeat([]byte{0x11}, 32))
	if err != nil {
		return err
	}
	issuer, err := did.NewKeyPair(did.Ed25519, bytes.Repeat([]byte{0x22}, 32))
	if err != nil {
		return err
	}
	vc, err := sign(issuer, encode(map[string]any{"alg": "EdDSA", "typ": did.TypeJWT})+"."+encode(map[string]any{
		"iss": issuer.DID, "sub": holder.DID, "nbf": issuedAt.Unix(), "jti": "urn:uuid:6f1c0d4e-3b0a-4c55-9a0e-2f7f5d1b8c01",
		"vc": map[string]any{
			"@context":          []any{did.ContextVCv1},
			"type":              []any{"VerifiableCredential"},
			"credentialSubject": map[string]any{"memberOf": "did:web:platform-a.example"},
		},
	}))
	if err != nil {
		return fmt.Errorf("credential: %w", err)
	}
	in, err := did.PresentationJWT{Holder: holder.DID, Credentials: []any{vc}, Challenge: challenge, Domain: domain,
		IssuedAt: issuedAt}.SigningInput()
	if err != nil {
		return err
	}
	// PresentationJWT always sets an exp (a presentation lives minutes)
	// and a random jti; the fixture drops the one and fixes the other.
	in, err = rewriteClaims(in, func(c map[string]any) {
		delete(c, "exp")
		c["jti"] = "urn:uuid:0b7e4f7a-5d2c-4e8e-8f1a-93c4d6e2a710"
	})
	if err != nil {
		return err
	}
	vp, err := sign(holder, in)
	if err != nil {
		return fmt.Errorf("presentation: %w", err)
	}
	b, err := json.MarshalIndent(input{JWT: vp, Challenge: challenge, Domain: domain}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(out, append(b, '\n'), 0o644)
}

func encode(v map[string]any) string {
	b, _ := json.Marshal(v) // maps of strings, numbers and lists: no error
	return base64.RawURLEncoding.EncodeToString(b)
}

func sign(kp *did.KeyPair, signingInput string) (string, error) {
	sig, err := did.SignInput(kp, signingInput)
	if err != nil {
		return "", err
	}
	return did.CompleteJWS(signingInput, sig), nil
}

// rewriteClaims decodes the claims of a signing input, edits them and
// encodes them again; the header is kept as it is.
func rewriteClaims(signingInput string, edit func(map[string]any)) (string, error) {
	head, body, ok := strings.Cut(signingInput, ".")
	if !ok {
		return "", fmt.Errorf("signing input %q has no claims", signingInput)
	}
	raw, err := base64.RawURLEncoding.DecodeString(body)
	if err != nil {
		return "", err
	}
	claims := map[string]any{}
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber() // keep iat and nbf as they were written
	if err := d.Decode(&claims); err != nil {
		return "", err
	}
	edit(claims)
	b, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	return head + "." + base64.RawURLEncoding.EncodeToString(b), nil
}
