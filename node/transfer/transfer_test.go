package transfer

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/contracts/bindings/escrow"
	"github.com/mifm/mifm/contracts/bindings/exchange"
	"github.com/mifm/mifm/contracts/bindings/feecurrency"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/contracts/contractstest"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/idempotency"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
)

// suite is the contract suite on an embedded chain with one funded key.
type suite struct {
	chain  *chain.Embedded
	sender *chain.Sender
	key    *ecdsa.PrivateKey
	addrs  map[string]common.Address
}

// Platform and Wallet are the suite's one key (Keys).
func (s *suite) Platform(context.Context) (*chain.Sender, *ecdsa.PrivateKey, error) {
	return s.sender, s.key, nil
}

func (s *suite) Wallet(_ context.Context, addr common.Address) (*chain.Sender, *ecdsa.PrivateKey, error) {
	if addr != s.sender.From() {
		return nil, nil, errors.New("not this suite's key")
	}
	return s.sender, s.key, nil
}

func newSuite(t *testing.T) *suite {
	t.Helper()
	d := contractstest.New(t)
	return &suite{chain: d.Chain, sender: d.Sender, key: d.Key, addrs: d.Addrs}
}

func (s *suite) view(t *testing.T, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := chain.CallView(context.Background(), s.chain, to, data, contracts.ErrorABIs()...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The node computes transfer ids and EIP-712 digests off chain; each must be
// what the contracts compute, or B's signatures would not release anything.
func TestHashesMatchTheContracts(t *testing.T) {
	s := newSuite(t)
	ctx := context.Background()
	esc, ex := s.addrs[contracts.Escrow], s.addrs[contracts.Exchange]
	chainID := s.chain.ChainNumber()
	e := escrow.NewEscrow()
	id := common.HexToHash("0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20")
	order := Order{Maker: common.HexToAddress("0x1111111111111111111111111111111111111111"), Sell: common.HexToAddress("0x2222222222222222222222222222222222222222"),
		SellAmount: (*hexutil.Big)(big.NewInt(2500)), Buy: common.HexToAddress("0x3333333333333333333333333333333333333333"), BuyAmount: (*hexutil.Big)(big.NewInt(1000)),
		Expiry: 1 << 40, Salt: (*hexutil.Big)(big.NewInt(77))}
	oh, err := OrderHash(chainID, ex, order)
	if err != nil {
		t.Fatal(err)
	}
	accept, _ := AcceptDigest(chainID, esc, id)
	reject, _ := RejectDigest(chainID, esc, id, 513)
	conv, _ := AcceptConvertedDigest(chainID, esc, id, oh)
	for _, tc := range []struct {
		name string
		got  common.Hash
		call []byte
		at   common.Address
	}{
		{"accept", accept, e.PackAcceptDigest(id), esc},
		{"reject", reject, e.PackRejectDigest(id, 513), esc},
		{"accept converted", conv, e.PackAcceptConvertedDigest(id, oh), esc},
		{"order", oh, exchange.NewExchange().PackOrderHash(order.binding()), ex},
	} {
		if want := common.BytesToHash(s.view(t, tc.at, tc.call)); tc.got != want {
			t.Errorf("%s digest: node %s, contract %s", tc.name, tc.got, want)
		}
	}

	// A real lock: the id the escrow emits is OnChain.Hash of its transfer.
	key, _ := crypto.GenerateKey()
	reg := platformregistry.NewPlatformRegistry()
	dest := platformID("did:web:b.example")
	regAddr := s.addrs[contracts.PlatformRegistry]
	if _, err := s.sender.Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackRegister(dest, "did:web:b.example", s.sender.From(), crypto.PubkeyToAddress(key.PublicKey))}); err != nil {
		t.Fatal(err)
	}
	cur := currency.NewCurrency()
	gem, _, err := s.sender.Deploy(ctx, common.FromHex(currency.CurrencyMetaData.Bin), cur.PackConstructor("GEM", "GEM", s.sender.From()))
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{cur.PackMint(s.sender.From(), big.NewInt(500)), cur.PackApprove(esc, big.NewInt(500))} {
		if _, err := s.sender.Transact(ctx, chain.Call{To: &gem, Data: data}); err != nil {
			t.Fatal(err)
		}
	}
	head, _ := s.chain.HeaderByNumber(ctx, nil)
	terms := Terms{Rights: []string{"display"}, Visibility: "public", Nonce: "n1"}
	tr := OnChain{Kind: KindERC20, Token: gem, ID: (*hexutil.Big)(new(big.Int)), Amount: (*hexutil.Big)(big.NewInt(300)), Depositor: s.sender.From(),
		Recipient: common.HexToAddress("0x4444444444444444444444444444444444444444"), Destination: dest, Attester: crypto.PubkeyToAddress(key.PublicKey),
		Deadline: head.Time + 3600, Salt: terms.Salt()}
	call, err := lockCall(tr, esc)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.sender.Transact(ctx, call)
	if err != nil {
		t.Fatal(err)
	}
	var emitted common.Hash
	for _, l := range r.Logs {
		if ev, err := e.UnpackLockedEvent(l); err == nil {
			emitted = ev.TransferId
		}
	}
	if emitted != tr.Hash() {
		t.Fatalf("the escrow emitted transfer %s, the node computes %s", emitted, tr.Hash())
	}
	if st, err := chainState(ctx, s.chain, esc, tr.Hash()); err != nil || st != chainLocked {
		t.Fatalf("state of the lock: %d %v", st, err)
	}
	// B's acceptance made off chain releases it.
	sig, err := sign(key, accept)
	if err != nil {
		t.Fatal(err)
	}
	if signer, err := recoverSigner(accept, sig); err != nil || signer != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("recover: %s %v", signer, err)
	}
	acceptReal, _ := AcceptDigest(chainID, esc, tr.Hash())
	sig, _ = sign(key, acceptReal)
	if _, err := s.sender.Transact(ctx, chain.Call{To: &esc, Data: e.PackRelease(tr.binding(), sig)}); err != nil {
		t.Fatalf("release with the node's signature: %v", err)
	}
	set, err := findSettlement(ctx, s.chain, esc, tr.Hash(), 0)
	if err != nil || set.Outcome != "released" {
		t.Fatalf("settlement: %+v %v", set, err)
	}
}

// A currency that charges a fee on transfer delivers less than the
// depositor sent, and the escrow locks what arrived under another id: the
// node finds that lock in the receipt, moves its record to the real id in
// one batch, and the depositor consents to it anew, so the transfer is
// offered and refunded like any other instead of being lost.
func TestFeeOnTransferLockIsFound(t *testing.T) {
	s := newSuite(t)
	ctx := context.Background()
	esc, regAddr := s.addrs[contracts.Escrow], s.addrs[contracts.PlatformRegistry]
	attester, _ := crypto.GenerateKey()
	dest := platformID("did:web:b.example")
	reg := platformregistry.NewPlatformRegistry()
	if _, err := s.sender.Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackRegister(dest, "did:web:b.example", s.sender.From(), crypto.PubkeyToAddress(attester.PublicKey))}); err != nil {
		t.Fatal(err)
	}
	fc := feecurrency.NewFeeCurrency()
	fee, _, err := s.sender.Deploy(ctx, common.FromHex(feecurrency.FeeCurrencyMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.sender.Transact(ctx, chain.Call{To: &fee, Data: fc.PackMint(s.sender.From(), big.NewInt(1000))}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	log, err := audit.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	svc := &Service{DB: db, Audit: log, Chain: s.chain, Keys: s, Signer: &re.Signer{DID: "did:web:a.example"},
		Contracts: Contracts{Registry: regAddr, Escrow: esc, Exchange: s.addrs[contracts.Exchange]}}
	head, _ := s.chain.HeaderByNumber(ctx, nil)
	terms := Terms{Visibility: "public", Nonce: "fee"}
	tr := OnChain{Kind: KindERC20, Token: fee, ID: (*hexutil.Big)(new(big.Int)), Amount: (*hexutil.Big)(big.NewInt(300)), Depositor: s.sender.From(),
		Recipient: common.HexToAddress("0x4444444444444444444444444444444444444444"), Destination: dest, Attester: crypto.PubkeyToAddress(attester.PublicKey),
		Deadline: head.Time + 3600, Salt: terms.Salt()}
	r := &Record{ID: tr.Hash(), Role: Outgoing, Amount: "300", Peer: "did:web:b.example", Escrow: esc, Transfer: tr, Terms: terms}
	planned := r.ID
	if err := svc.save("cli", r, Step{State: Requested}); err != nil {
		t.Fatal(err)
	}
	if err := svc.lockOnChain(ctx, "cli", r, s.sender); err != nil {
		t.Fatal(err)
	}
	if r.ID == planned || r.Amount != "297" || r.State != Locked {
		t.Fatalf("after the lock: id %s (planned %s), amount %s, state %s", r.ID, planned, r.Amount, r.State)
	}
	if st, err := chainState(ctx, s.chain, esc, r.ID); err != nil || st != chainLocked {
		t.Fatalf("the escrow's state of %s: %d %v", r.ID, st, err)
	}
	if _, err := svc.Get(planned, Outgoing); !errors.Is(err, ErrNotFound) {
		t.Fatalf("the planned id's record is still there: %v", err)
	}
	got, err := svc.Get(r.ID, Outgoing)
	if err != nil || got.Transfer.Hash() != r.ID {
		t.Fatalf("record under the real id: %+v %v", got, err)
	}
	digest, _ := got.consentDigest(s.chain.ChainNumber())
	if signer, err := recoverSigner(digest, got.Consent); err != nil || signer != s.sender.From() {
		t.Fatalf("consent to the real transfer: %s %v", signer, err)
	}
	// The request's idempotency key named the planned id: sent again, it
	// finds the transfer under its real id, and does not lock again.
	keys := &idempotency.Keys{DB: db}
	c, err := keys.Claim("transfer.start", "fee-key", "the request")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(planned); err != nil {
		t.Fatal(err)
	}
	c.Release()
	c, _ = keys.Claim("transfer.start", "fee-key", "the request")
	defer c.Release()
	again, err := svc.startedBefore(c)
	if err != nil || again == nil || again.ID != r.ID || !again.Replayed {
		t.Fatalf("the key of the planned transfer: %+v %v, want the record under %s", again, err, r.ID)
	}
}

// The salt commits to every term: changing any of them changes the
// transfer, so B can tell the terms it got are the ones locked.
func TestTermsSaltCommitsToEveryTerm(t *testing.T) {
	base := Terms{Rights: []string{"display", "wield"}, Visibility: "public", Nonce: "abc"}
	for _, tc := range []struct {
		name string
		edit func(*Terms)
	}{
		{"rights", func(t *Terms) { t.Rights = []string{"display"} }},
		{"rights order", func(t *Terms) { t.Rights = []string{"wield", "display"} }},
		{"visibility", func(t *Terms) { t.Visibility = "private" }},
		{"nonce", func(t *Terms) { t.Nonce = "abd" }},
	} {
		other := base
		other.Rights = append([]string(nil), base.Rights...)
		tc.edit(&other)
		if other.Salt() == base.Salt() {
			t.Errorf("changing %s keeps the salt", tc.name)
		}
	}
	if base.Salt() != (Terms{Rights: []string{"display", "wield"}, Visibility: "public", Nonce: "abc"}).Salt() {
		t.Error("the salt of equal terms differs")
	}
}

// FuzzOffer feeds an RE transfer offer from outside: decoding and hashing
// never panic, and a decoded offer's transfer hashes the same twice.
func FuzzOffer(f *testing.F) {
	f.Add([]byte(`{"id":"0x01","transfer":{"kind":1,"id":"0x2a","amount":"0x1","deadline":5}}`))
	f.Add([]byte(`{"transfer":{"id":null,"amount":null},"terms":{"visibility":"public"},"consent":"0x00"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var o Offer
		if err := json.Unmarshal(data, &o); err != nil {
			return
		}
		first, again := o.Transfer.Hash(), o.Transfer.Hash()
		if first != again {
			t.Fatal("hash is not stable")
		}
		_ = o.Terms.Salt()
		d, _ := ConsentDigest(big.NewInt(1337), o.Escrow, o.Asset, "did:web:b.example", o.Transfer, o.Terms)
		_, _ = recoverSigner(d, o.Consent)
	})
}

// B asks its platform's back end about an incoming asset: a refusal carries
// its reason and explanation; a back end that cannot be asked leaves the
// decision open (A offers again), never a rejection.
func TestAskPlatform(t *testing.T) {
	var got AdmissionRequest
	var auth string
	answer := `{"admit":true}`
	status := http.StatusOK
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth = r.Header.Get("Authorization")
		json.NewDecoder(r.Body).Decode(&got)
		w.WriteHeader(status)
		io.WriteString(w, answer)
	}))
	defer srv.Close()
	s := &Service{AdmissionURL: srv.URL, AdmissionToken: "secret"}
	in := &IncomingAsset{Peer: "did:web:a.example", Standard: "erc721", Media: []Media{{Type: "model/gltf-binary", Size: 12}}, Offer: &Offer{
		ID: common.HexToHash("0xaa"), Asset: "eip155:1337/erc721:0x0000000000000000000000000000000000000001/7",
		Transfer: OnChain{Amount: (*hexutil.Big)(big.NewInt(1)), Recipient: common.HexToAddress("0xb0")},
		Terms:    Terms{Rights: []string{"display"}, Visibility: "private"},
	}}
	for _, tc := range []struct {
		name, answer string
		status       int
		admit        bool
		reason       uint16
		undecided    bool
	}{
		{"admitted", `{"admit":true}`, 200, true, 0, false},
		{"refused with a reason", `{"admit":false,"reason":3,"explanation":"over the user's storage quota"}`, 200, false, 3, false},
		{"refused without one", `{"admit":false}`, 200, false, ReasonPolicy, false},
		{"server error", `oops`, 500, false, 0, true},
		{"not JSON", `<html>`, 200, false, 0, true},
	} {
		answer, status = tc.answer, tc.status
		a, err := s.askPlatform(context.Background(), in)
		if tc.undecided {
			if !errors.Is(err, errUndecided) {
				t.Errorf("%s: err %v, want undecided", tc.name, err)
			}
			continue
		}
		if err != nil || a.Admit != tc.admit || a.Reason != tc.reason {
			t.Errorf("%s: %+v %v", tc.name, a, err)
		}
	}
	if auth != "Bearer secret" || got.From != "did:web:a.example" || got.Visibility != "private" || got.Media[0].Type != "model/gltf-binary" || got.Recipient != common.HexToAddress("0xb0").Hex() {
		t.Errorf("the platform was asked %+v with %q", got, auth)
	}
	srv.Close()
	if _, err := s.askPlatform(context.Background(), in); !errors.Is(err, errUndecided) {
		t.Errorf("unreachable back end: %v", err)
	}
}
