package cli

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/riclient"
)

// idempotencyKeyFlag is the flag of the commands that move value.
func idempotencyKeyFlag() ucli.Flag {
	return &ucli.StringFlag{Name: "idempotency-key", Usage: "carry the request out once under this `KEY` (1 to 255 printable ASCII characters without spaces, remembered 24 h; default: a new one per run): " +
		"the same command run again with the key after an answer was lost prints the first run's outcome instead of doing it twice"}
}

// once runs a request that moves value under one idempotency key for the
// whole command: the RI client sends it again under that key while the
// node does not answer, and if the node is gone for longer, the command
// asks whoever holds the home now (the node restarted, or this command in
// its place) for the request's outcome before it says anything; so a
// request is carried out once however the node fails.
func once(c *ucli.Context, env Env, op func(n api.Node, key string) error) error {
	key := c.String("idempotency-key")
	if c.IsSet("idempotency-key") {
		if err := idempotency.CheckKey(key); err != nil {
			return fmt.Errorf("--idempotency-key: %w", err)
		}
	} else {
		b := make([]byte, 16)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		key = "mifm-cli-" + hex.EncodeToString(b)
	}
	err := withAPI(c, env, func(n api.Node) error { return op(n, key) })
	if !errors.Is(err, riclient.ErrNoAnswer) {
		return err
	}
	err = withAPI(c, env, func(n api.Node) error { return op(n, key) })
	if errors.Is(err, riclient.ErrNoAnswer) {
		return fmt.Errorf("%w\nthe request may have been carried out: run the same command with --idempotency-key %s to learn its outcome (under that key it is carried out once)", err, key)
	}
	return err
}

// rewind puts files back at their start, for a request sent again.
func rewind(files []api.File) error {
	for _, f := range files {
		if s, ok := f.Data.(io.Seeker); ok {
			if _, err := s.Seek(0, io.SeekStart); err != nil {
				return fmt.Errorf("read %s again: %w", f.Name, err)
			}
		}
	}
	return nil
}

// replayedNote is what a command says of an answer that is an earlier
// run's outcome.
const replayedNote = "sent before under this idempotency key: this is that request's outcome; nothing was done again"
