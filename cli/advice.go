package cli

import (
	"errors"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/core"
	"github.com/mifm/mifm/node/crosschain"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/node/transfer"
)

// advice pairs an error the lower packages return with the command that
// fixes it. They say what is wrong; only the CLI knows its own commands,
// and a platform reading the same error over RI has none of them.
var advice = []struct {
	err  error
	hint string
}{
	{node.ErrNotDeployed, "run `mifm chain deploy`"},
	{chain.ErrNoAccount, "`mifm chain info` lists this home's accounts"},
	{chain.ErrChainInUse, "stop the other mifm, or point --chain at its JSON-RPC URL"},
	{home.ErrNotInitialised, "`mifm init` makes one there (with the same --home)"},
	{store.ErrInUse, "is a `mifm node run` already using this home?"},
	{manage.ErrNoManifesto, "write one (see demo/manifestos/) and run `mifm platform manifesto set FILE`"},
	{manage.ErrNotPartner, "the registrar registers it (`mifm platform register DID`), or trust it yourself (`mifm platform partner add DID`)"},
	{manage.ErrNotFound, "`mifm channel list` shows the channels"},
	{transfer.ErrNoChannel, "open one with `mifm channel open DID`"},
	{core.ErrNoBridge, "deploy the suite there: `mifm --chain RPC chain deploy`, then `mifm chain adopt` in the other homes"},
	{crosschain.ErrNoAttesters, "the registrar lists them on each chain: `mifm [--chain RPC] platform attesters --threshold 2 DID_A DID_B ADDR...`"},
	{api.ErrNoProofKey, "add one with `mifm did update --add-key ed25519 DID`, or issue a vc+jwt (--format jwt)"},
}

// advise adds to err the command that fixes it, when the CLI knows one;
// Main calls it on the error it prints. The result still wraps err.
func advise(err error) error {
	if err == nil {
		return nil
	}
	for _, a := range advice {
		if errors.Is(err, a.err) {
			return &advisedError{err: err, hint: a.hint}
		}
	}
	return err
}

// advisedError is an error with the command that fixes it.
type advisedError struct {
	err  error
	hint string
}

func (e *advisedError) Error() string { return e.err.Error() + ": " + e.hint }
func (e *advisedError) Unwrap() error { return e.err }
