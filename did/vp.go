package did

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// PresentRequest is a presentation a holder signs for a verifier.
type PresentRequest struct {
	Holder      *KeyPair // an Ed25519 did:key the node holds
	Credentials []map[string]any
	Challenge   string // the verifier's nonce: a presentation answers one request only
	Domain      string // the verifier it is meant for
}

// Present wraps credentials in a VCDM 2.0 presentation signed by the holder
// (eddsa-rdfc-2022, purpose authentication, with challenge and domain).
func (e *EdDSA) Present(req PresentRequest) (map[string]any, error) {
	if req.Holder == nil || req.Holder.Type != Ed25519 {
		return nil, errors.New("the holder must be an Ed25519 did:key held by this node (eddsa-rdfc-2022)")
	}
	if req.Challenge == "" {
		return nil, errors.New("a presentation needs the verifier's challenge, so that it cannot be replayed")
	}
	vcs := make([]any, len(req.Credentials))
	for i, vc := range req.Credentials {
		vcs[i] = vc
	}
	vp := map[string]any{
		"@context": []any{ContextVCv2, ContextMifm},
		"id":       newUUIDURN(), "type": []any{"VerifiablePresentation"},
		"holder": req.Holder.DID, "verifiableCredential": vcs,
	}
	return e.Sign(vp, req.Holder, ProofOptions{VerificationMethod: keyVM(req.Holder.DID), Purpose: "authentication", Challenge: req.Challenge, Domain: req.Domain})
}

// PresentationResult is the structured result of verifying a presentation:
// its own checks and each credential's.
type PresentationResult struct {
	Verified    bool            `json:"verified"`
	Holder      string          `json:"holder,omitempty"`
	Checks      []Check         `json:"checks"`
	Credentials []*Verification `json:"credentials"`
}

// VerifyPresentation checks a presentation: its shape, the holder's proof
// (purpose authentication, the expected challenge and domain: a replay or a
// presentation meant for another verifier fails), that the holder signed it,
// that every credential verifies, and that each is about the holder (holder
// binding). Verified is true only when all pass.
func (e *EdDSA) VerifyPresentation(ctx context.Context, vp map[string]any, r *Resolver, lists StatusLists, challenge, domain string, now time.Time) (*PresentationResult, []Presented) {
	res := &PresentationResult{}
	add := res.add
	types, _ := stringList(vp["type"])
	var shapeErr error
	if _, err := CredentialVersion(vp); err != nil {
		shapeErr = err
	} else if !contains(types, "VerifiablePresentation") {
		shapeErr = errors.New("type must include VerifiablePresentation")
	}
	holder, _ := vp["holder"].(string)
	if shapeErr == nil && holder == "" {
		shapeErr = errors.New("no holder: the presentation does not say whose it is")
	}
	if !add("syntax", shapeErr, "a VCDM presentation held by "+holder) {
		return res, nil
	}
	res.Holder = holder
	if challenge == "" {
		add("proof", errors.New("no challenge given: a verifier must ask for a fresh one, or presentations can be replayed"), "")
		return res, nil
	}
	proof, err := e.Verify(ctx, vp, r, Expect{Purpose: "authentication", Challenge: challenge, Domain: domain})
	if add("proof", err, "") {
		res.Checks[len(res.Checks)-1].Reason = proof.Describe() + ", challenge and domain as asked"
		var bindErr error
		if !proof.SignedBy(holder) {
			bindErr = fmt.Errorf("signed by %s, but the holder is %s", proof.Controller, holder)
		}
		add("holder", bindErr, "the holder signed it")
	}
	var items []any
	switch v := vp["verifiableCredential"].(type) {
	case []any:
		items = v
	case map[string]any:
		items = []any{v}
	}
	presented := res.credentials(items, holder, true, func(item any) (*Verification, map[string]any, error) {
		vc, ok := item.(map[string]any)
		if !ok {
			return nil, nil, errors.New("not an embedded credential")
		}
		return e.VerifyCredential(ctx, vc, r, lists, now), vc, nil
	})
	return res, presented
}

// add records a check of the presentation itself.
func (res *PresentationResult) add(name string, err error, ok string) bool {
	c := Check{Name: name, OK: err == nil, Reason: ok}
	if err != nil {
		c.Reason = err.Error()
	}
	res.Checks = append(res.Checks, c)
	return err == nil
}

// credentials verifies a presentation's credentials, each in its own form
// (verify), records the "credentials" check (each verifies and is about
// the holder: holder binding) and settles Verified; the first failure is
// the check's reason.
func (res *PresentationResult) credentials(items []any, holder string, bind bool, verify func(item any) (*Verification, map[string]any, error)) []Presented {
	var presented []Presented
	var problems []string
	for i, item := range items {
		v, vc, err := verify(item)
		if err != nil {
			problems = append(problems, fmt.Sprintf("credential %d: %v", i+1, err))
			continue
		}
		res.Credentials = append(res.Credentials, v)
		presented = append(presented, Presented{Credential: vc, Verification: v})
		switch {
		case !v.Verified:
			problems = append(problems, fmt.Sprintf("credential %d does not verify", i+1))
		case bind && !contains(v.Subjects, holder):
			problems = append(problems, fmt.Sprintf("credential %d is about %v, not the holder", i+1, v.Subjects))
		}
	}
	var credErr error
	switch {
	case len(items) == 0:
		credErr = errors.New("the presentation holds no credential")
	case len(problems) > 0:
		credErr = errors.New(strings.Join(problems, "; "))
	}
	ok := fmt.Sprintf("%d credentials verify and are about the holder", len(items))
	if !bind {
		ok = fmt.Sprintf("%d credentials verify", len(items))
	}
	res.add("credentials", credErr, ok)
	res.Verified = true
	for _, c := range res.Checks {
		res.Verified = res.Verified && c.OK
	}
	return presented
}
