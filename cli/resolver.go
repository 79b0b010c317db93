package cli

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/home"
)

// verifier is what resolving and verifying need of the node's API.
type verifier interface {
	ResolveDID(ctx context.Context, req api.ResolveRequest) (*api.Resolution, error)
	VerifyCredential(ctx context.Context, req api.VerifyCredentialRequest) (*api.CredentialVerdict, error)
	VerifyPresentation(ctx context.Context, req api.VerifyPresentationRequest) (*api.PresentationVerdict, error)
}

// withVerifier runs fn on the node's API for the home (the running node's,
// or in process), so did:ethr resolves on the home's chain and the home's
// published status lists are known. A verifier needs no home, though: with
// none (the --home folder is not a mifm home), fn gets a verifier of the
// methods that need no chain, whose did:ethr says why it cannot resolve.
func withVerifier(c *ucli.Context, env Env, fn func(v verifier) error) error {
	_, err := openHome(c)
	if !errors.Is(err, home.ErrNotInitialised) {
		return withAPI(c, env, func(n api.Node) error { return fn(n) })
	}
	r := did.NewResolver(did.Options{})
	r.Register("ethr", did.MethodFunc(func(context.Context, string) (*did.Document, did.DocumentMetadata, error) {
		return nil, did.DocumentMetadata{}, fmt.Errorf("did:ethr is resolved on the home's chain: %w", err)
	}))
	v, verr := core.NewVerifier(r, &http.Client{})
	if verr != nil {
		return verr
	}
	return fn(v)
}
