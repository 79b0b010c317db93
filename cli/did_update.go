package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node"
)

type didUpdateOutput struct {
	DID      string        `json:"did"`
	Op       string        `json:"op"`
	Key      string        `json:"key,omitempty"` // the did:key of a key added
	Tx       common.Hash   `json:"tx"`
	Block    uint64        `json:"block"`
	GasUsed  uint64        `json:"gasUsed"`
	Document *did.Document `json:"document"`
}

func didUpdateCommand(env Env) *ucli.Command {
	actions := []string{"add-key", "add-service", "add-delegate", "revoke-delegate", "change-owner", "deactivate"}
	return &ucli.Command{
		Name:  "update",
		Usage: "change a did:ethr in the DID registry on the home's chain (ERC-1056): one change per call, signed by the DID's owner key from this home and sent by the platform key",
		Description: "Examples:\n" +
			"   mifm did update did:ethr:0x539:0xab… --add-key ed25519              # a new Ed25519 key, kept here, to sign Data Integrity credentials\n" +
			"   mifm did update did:ethr:0x539:0xab… --add-service MifmNode=https://node.example/re\n" +
			"   mifm did update did:ethr:0x539:0xab… --add-delegate 0xDe… --delegate-type sigAuth\n" +
			"   mifm did update did:ethr:0x539:0xab… --revoke-delegate 0xDe…\n" +
			"   mifm did update did:ethr:0x539:0xab… --change-owner 0xNe…          # the new owner's key signs from then on\n" +
			"   mifm did update did:ethr:0x539:0xab… --deactivate                  # for good",
		ArgsUsage: "DID",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "add-key", Usage: "make a new `TYPE` key (ed25519 or secp256k1), keep it in this home and publish it"},
			&ucli.StringFlag{Name: "purpose", Value: "veriKey", Usage: "what an added key or delegate is for: veriKey (assertions) or sigAuth (assertions and authentication)"},
			&ucli.StringFlag{Name: "add-service", Usage: "publish a service endpoint, `TYPE=URL`"},
			&ucli.StringFlag{Name: "add-delegate", Usage: "let `ADDRESS` sign for the DID (--purpose)"},
			&ucli.StringFlag{Name: "revoke-delegate", Usage: "end the delegation to `ADDRESS` (--purpose)"},
			&ucli.StringFlag{Name: "change-owner", Usage: "hand the DID to the key of `ADDRESS`"},
			&ucli.BoolFlag{Name: "deactivate", Usage: "deactivate the DID for good: no key will ever change it again"},
			&ucli.DurationFlag{Name: "valid-for", Value: 365 * 24 * time.Hour, Usage: "how long an added key, service or delegate stays valid"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("update needs one did:ethr, e.g. `mifm did update did:ethr:0x539:0xab… --add-service MifmNode=https://node.example`")
			}
			id := c.Args().First()
			if _, _, _, err := did.ParseEthrDID(id); err != nil {
				return fmt.Errorf("%w (only did:ethr changes on chain; did:key and did:pkh never change, did:web changes where its did.json is served)", err)
			}
			var set []string
			for _, a := range actions {
				if c.IsSet(a) {
					set = append(set, "--"+a)
				}
			}
			if len(set) != 1 {
				return fmt.Errorf("give exactly one change (--%s), got %d: %v", strings.Join(actions, ", --"), len(set), set)
			}
			purpose := c.String("purpose")
			if purpose != "veriKey" && purpose != "sigAuth" {
				return fmt.Errorf("--purpose %q: want veriKey or sigAuth", purpose)
			}
			valid := c.Duration("valid-for")
			if valid < time.Second {
				return fmt.Errorf("--valid-for %s: at least a second", valid)
			}
			address := func(flag string) (common.Address, error) {
				v := c.String(flag)
				if !common.IsHexAddress(v) {
					return common.Address{}, fmt.Errorf("--%s %q is not an Ethereum address (0x and 40 hex digits)", flag, v)
				}
				return common.HexToAddress(v), nil
			}
			var ch did.EthrChange
			var newKey *did.KeyPair
			switch set[0] {
			case "--add-key":
				kt, err := did.ParseKeyType(c.String("add-key"))
				if err != nil {
					return fmt.Errorf("--add-key: %w", err)
				}
				if newKey, err = did.NewKeyPair(kt, nil); err != nil {
					return err
				}
				if ch, err = did.EthrKeyAttribute(newKey, purpose, valid); err != nil {
					return fmt.Errorf("--add-key: %w", err)
				}
			case "--add-service":
				typ, url, ok := strings.Cut(c.String("add-service"), "=")
				if !ok {
					return fmt.Errorf("--add-service %q: want TYPE=URL, e.g. MifmNode=https://node.example/re", c.String("add-service"))
				}
				var err error
				if ch, err = did.EthrServiceAttribute(typ, url, valid); err != nil {
					return fmt.Errorf("--add-service: %w", err)
				}
			case "--add-delegate", "--revoke-delegate":
				flag := set[0][2:]
				a, err := address(flag)
				if err != nil {
					return err
				}
				ch = did.EthrChange{Op: did.OpAddDelegate, DelegateType: purpose, Delegate: a, Validity: valid}
				if flag == "revoke-delegate" {
					ch.Op = did.OpRevokeDelegate
				}
			case "--change-owner":
				a, err := address("change-owner")
				if err != nil {
					return err
				}
				if a == (common.Address{}) {
					return errors.New("--change-owner 0x0…0 would deactivate the DID for good: say --deactivate if that is what you want")
				}
				ch = did.EthrChange{Op: did.OpChangeOwner, NewOwner: a}
			case "--deactivate":
				ch = did.EthrChange{Op: did.OpChangeOwner}
			}
			h, pass, err := unlockHome(c, env)
			if err != nil {
				return err
			}
			return withNode(c, func(n *node.Node) error {
				s, err := n.Sender(c.Context, pass)
				if err != nil {
					return err
				}
				if err := n.PrepareDIDRegistry(c.Context, s); err != nil {
					return err
				}
				owner, err := n.DIDOwner(c.Context, id)
				if err != nil {
					return err
				}
				if owner == (common.Address{}) {
					return fmt.Errorf("%s is deactivated: it can no longer change", id)
				}
				key, _, err := h.DIDKeys().Find(func(k did.StoredKey) bool { return k.Address == owner.Hex() }, pass)
				if errors.Is(err, did.ErrNoKey) {
					return fmt.Errorf("%s is owned by %s and this home holds no key for it: run the update where that key is", id, owner.Hex())
				}
				if err != nil {
					return err
				}
				// Keep the new key before publishing it, so a key the DID lists is
				// never one this home has lost.
				if newKey != nil {
					if err := h.DIDKeys().SaveFor(id, newKey, pass); err != nil {
						return err
					}
				}
				r, err := n.UpdateDID(c.Context, s, key, id, ch)
				if err != nil {
					return err
				}
				resolver, err := n.EthrResolver()
				if err != nil {
					return err
				}
				doc, _, err := resolver.Resolve(c.Context, id)
				if err != nil {
					return err
				}
				out := didUpdateOutput{DID: id, Op: ch.Op, Tx: r.TxHash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed, Document: doc}
				if newKey != nil {
					out.Key = newKey.DID
				}
				return newPrinter(c, env).result(out, func(w io.Writer) {
					fmt.Fprintf(w, "did       %s\n", id)
					fmt.Fprintf(w, "update    %s in block %d, tx %s, %d gas (paid by %s)\n", ch.Op, out.Block, r.TxHash.Hex(), r.GasUsed, s.From().Hex())
					if newKey != nil {
						fmt.Fprintf(w, "key       %s %s, encrypted in %s/did-keys\n", newKey.Type, newKey.DID, h.Dir)
					}
					printDocument(w, doc)
				})
			})
		},
	}
}
