package api

import (
	"errors"
	"github.com/mifm/mifm/node/avatar"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/node"
	"github.com/mifm/mifm/node/anchor"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/transfer"
)

// ErrNoProofKey is returned when a Data Integrity proof is asked of a DID
// for which the home holds no Ed25519 key.
var ErrNoProofKey = errors.New("no Ed25519 key this home holds, which a Data Integrity proof needs")

// known are the errors a caller branches on, each with the problem code it
// travels as over RI, so a client of a running node (riclient) gets the same
// sentinel as a caller of the core in process.
var known = []struct {
	code string
	err  error
}{
	{"not-deployed", node.ErrNotDeployed},
	{"no-account", chain.ErrNoAccount},
	{"no-manifesto", manage.ErrNoManifesto},
	{re.CodeNotPartner, manage.ErrNotPartner},
	{"no-such-channel", manage.ErrNotFound},
	{re.CodeNoChannel, transfer.ErrNoChannel},
	{"no-proof-key", ErrNoProofKey},
	{"idempotency-key-reused", idempotency.ErrKeyReused},
	{"bad-idempotency-key", idempotency.ErrBadKey},
	{"avatar-refused", avatar.ErrRefused},
	{"no-such-avatar-migration", avatar.ErrNoMigration},
	{"audit-not-published", anchor.ErrNotPublished},
	{"key-locked", anchor.ErrKeyLocked},
}

// ErrorCode is the problem code of a known error in err's chain, or "".
func ErrorCode(err error) string {
	for _, k := range known {
		if errors.Is(err, k.err) {
			return k.code
		}
	}
	return ""
}

// KnownError is the sentinel a problem code stands for, or nil.
func KnownError(code string) error {
	for _, k := range known {
		if k.code == code {
			return k.err
		}
	}
	return nil
}
