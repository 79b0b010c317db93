package demo

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/daemon"
	"github.com/mifm/mifm/node/identity"
	idwallet "github.com/mifm/mifm/wallet"
)

// demoMigration is FGMV-43 9.4 between the demo's platforms, the user
// holding the keys in a wallet of their own: A's issuer gives the user a
// membership as an SD-JWT; the user migrates to B with the scope they
// chose; B's definition asks for the membership's memberOf and age only,
// so nothing else is disclosed; B admits under its policy and signs the
// verdict; B's platform imports the identity; the user changes their
// profile on B and A gets the change as an anchored version the user
// signed.
func demoMigration(ctx context.Context, nodes map[string]*daemon.InProcess, report func(Step), fail func(string, time.Time, error) (*DemoResult, error)) error {
	t := time.Now()
	a, b := nodes[PlatformA].Core, nodes[PlatformB].Core
	dir, err := os.MkdirTemp("", "mifm-demo-wallet-")
	if err != nil {
		_, err = fail("identity-migrate", t, err)
		return err
	}
	defer os.RemoveAll(dir)
	const walletPass = "the user's own passphrase"
	w := idwallet.Open(dir, true)
	holder, err := w.Init(did.Ed25519, walletPass)
	var issuer *api.CreatedDID
	if err == nil {
		issuer, err = a.CreateDID(ctx, api.CreateDIDRequest{})
	}
	var vc *api.IssuedCredential
	if err == nil {
		vc, err = a.IssueCredential(ctx, api.IssueCredentialRequest{Issuer: issuer.DID, Subject: holder, Types: []string{"MembershipCredential"}, Format: api.FormatSDJWT,
			Claims: map[string]any{"memberOf": PlatformA, "membershipLevel": "gold", "since": "2024-05-01", "ageOver": 21},
			Status: &api.StatusRequest{URL: "https://platform-a.example/status/members"}})
	}
	var held []byte
	if err == nil {
		held, _ = json.Marshal(vc.Token)
		_, err = w.AddCredential(held)
	}
	if err == nil {
		// B's admission policy: members of A, on A's issuer's word, aged
		// 18 or more.
		policy := fmt.Sprintf(`{"minimumAge": 18, "credentials": [{"type": "MembershipCredential", "required": true, "trustedIssuers": [%q], "claims": [{"claim": "memberOf", "equals": %q}]}]}`, issuer.DID, PlatformA)
		err = os.WriteFile(filepath.Join(b.Home.Dir, "admission.json"), []byte(policy), 0o600)
		b.Home.Config.Identity.Policy = "admission.json"
	}
	var creds []idwallet.Credential
	if err == nil {
		creds, err = w.Credentials()
	}
	var m *identity.Migration
	if err == nil {
		scope := identity.Scope{Avatars: []string{"home"}, Permissions: []string{"chat", "trade"}}
		for _, c := range creds {
			scope.Credentials = append(scope.Credentials, c.Raw)
		}
		m, err = a.MigrateIdentity(ctx, api.MigrateRequest{Holder: holder, To: PlatformB, Scope: scope})
	}
	rounds := 0
	for err == nil && m.SignRequest != nil {
		// The wallet, not the node, signs: the binding of the disclosed
		// SD-JWT first, then the presentation and the consent.
		var resp *did.SignResponse
		if resp, err = w.Sign(m.SignRequest, walletPass, time.Now()); err == nil {
			m, err = a.SignMigration(ctx, m.ID, *resp)
		}
		rounds++
	}
	if err == nil && m.Status != identity.StatusAdmitted {
		err = fmt.Errorf("platform B refused the migration: %+v", m.Verdict.Failed())
	}
	var in *identity.Migration
	if err == nil {
		in, err = b.Migration(ctx, m.ID, identity.RoleIncoming)
	}
	if err == nil && (len(in.Verdict.Disclosed) != 1 || strings.Join(in.Verdict.Disclosed[0].Claims, ",") != "ageOver,memberOf") {
		err = fmt.Errorf("platform B learnt more than it asked: %+v", in.Verdict.Disclosed)
	}
	if err != nil {
		_, err = fail("identity-migrate", t, err)
		return err
	}
	report(Step{Step: "identity-migrate", OK: true, Detail: fmt.Sprintf("A's user migrated to B from their own wallet (%d signing rounds, the key never in a node): B's offer asked for a MembershipCredential's memberOf and age, the SD-JWT disclosed those 2 of its 4 claims, and B admitted under its policy with %d rules checked, its verdict signed (9.4 steps 1-3)", rounds, len(m.Verdict.Reasons)), IDs: map[string]string{
		"holder": holder, "migration": m.ID, "disclosed": strings.Join(in.Verdict.Disclosed[0].Claims, ", "),
	}, Ms: ms(t)})

	t = time.Now()
	in, err = b.ImportIdentity(ctx, api.ImportRequest{ID: m.ID, Account: "ada@platform-b"})
	var links []api.IdentityLink
	if err == nil {
		links, err = a.IdentityLinks(ctx, holder)
	}
	if err == nil && (len(links) != 1 || links[0].Platform != PlatformB) {
		err = fmt.Errorf("platform A's links: %+v", links)
	}
	if err != nil {
		_, err = fail("identity-import", t, err)
		return err
	}
	report(Step{Step: "identity-import", OK: true, Detail: "B's platform imported the identity as an account (9.4 step 4); A anchored the link, the user's signed consent in IPFS, and shared the identity with B", IDs: map[string]string{"account": in.Account, "link": links[0].Platform}, Ms: ms(t)})

	t = time.Now()
	u, err := b.UpdateIdentity(ctx, api.IdentityUpdateRequest{Holder: holder, State: map[string]string{"display-name": "Ada, visiting B"}})
	var o *api.VersionOutcome
	if err == nil {
		var resp *did.SignResponse
		if resp, err = w.Sign(u.SignRequest, walletPass, time.Now()); err == nil {
			o, err = b.SignIdentityUpdate(ctx, u.ID, *resp)
		}
	}
	var head *api.SubjectState
	if err == nil {
		head, err = a.SubjectHead(ctx, "identity:"+holder)
	}
	if err == nil && (head.Head.CID != o.CID || head.Head.Version.Author != holder) {
		err = fmt.Errorf("platform A's head %s by %s, want B's %s by the holder", head.Head.CID, head.Head.Version.Author, o.CID)
	}
	if err != nil {
		_, err = fail("identity-sync", t, err)
		return err
	}
	report(Step{Step: "identity-sync", OK: true, Detail: fmt.Sprintf("the user changed their profile on B; their wallet signed version %d of the identity, B queued it for anchoring and synced it to A, whose platform was told (9.4 steps 5-7)", head.Head.Version.Seq), IDs: map[string]string{
		"version": o.CID, "author": head.Head.Version.Author,
	}, Ms: ms(t)})
	return nil
}
