package transfer

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/contracts"
	"github.com/mifm/mifm/contracts/bindings/currency"
	"github.com/mifm/mifm/contracts/bindings/platformregistry"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/asset"
	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/re"
	"github.com/mifm/mifm/node/store"
	"github.com/mifm/mifm/node/trust"
)

const (
	didA = "did:web:a.example"
	didB = "did:web:b.example"
)

// machine is both sides of a transfer on one embedded chain: A (the
// origin) and B (the destination, registered with the suite's key as its
// attester), a currency the suite's key holds, and an established channel
// on B's side. A's peer URL is a server that is down: A's offers fail, so
// each step the test takes is the only one that happens.
type machine struct {
	*suite
	a, b *Service
	gem  common.Address
	ch   string
}

func newMachine(t *testing.T) *machine {
	t.Helper()
	s := newSuite(t)
	ctx := context.Background()
	regAddr := s.addrs[contracts.PlatformRegistry]
	reg := platformregistry.NewPlatformRegistry()
	if _, err := s.sender.Transact(ctx, chain.Call{To: &regAddr, Data: reg.PackRegister(platformID(didB), didB, s.sender.From(), s.sender.From())}); err != nil {
		t.Fatal(err)
	}
	cur := currency.NewCurrency()
	gem, _, err := s.sender.Deploy(ctx, common.FromHex(currency.CurrencyMetaData.Bin), cur.PackConstructor("GEM", "GEM", s.sender.From()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.sender.Transact(ctx, chain.Call{To: &gem, Data: cur.PackMint(s.sender.From(), big.NewInt(1_000_000))}); err != nil {
		t.Fatal(err)
	}
	cs := Contracts{Registry: regAddr, Escrow: s.addrs[contracts.Escrow], Exchange: s.addrs[contracts.Exchange]}
	side := func(id string) *Service {
		svc := storeService(t)
		key, err := did.NewKeyPair(did.Ed25519, nil)
		if err != nil {
			t.Fatal(err)
		}
		svc.Signer = &re.Signer{DID: id, KeyID: id + "#key-1", Key: key}
		svc.Client = &re.Client{Signer: svc.Signer, HTTP: &http.Client{Timeout: 2 * time.Second}}
		svc.Chain, svc.Keys, svc.Contracts = s.chain, s, cs
		svc.Channels = &manage.Service{DB: svc.DB, Audit: svc.Audit, Signer: svc.Signer}
		return svc
	}
	m := &machine{suite: s, a: side(didA), b: side(didB), gem: gem, ch: "ch_test"}
	var err2 error
	if m.b.Trust, err2 = trust.New(trust.Config{Partners: []string{didA}}); err2 != nil {
		t.Fatal(err2)
	}
	c, _ := json.Marshal(manage.Channel{ID: m.ch, Role: manage.RoleResponder, State: manage.StateEstablished, Local: didB, Peer: didA})
	if err := m.b.DB.Put([]byte(store.ChannelPrefix+m.ch), c); err != nil {
		t.Fatal(err)
	}
	return m
}

// record is an outgoing currency transfer of amount GEM from the suite's
// key to B, due in deadline, as A plans it (not locked yet).
func (m *machine) record(t *testing.T, amount int64, deadline time.Duration) *Record {
	t.Helper()
	head, err := m.chain.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	terms := Terms{Visibility: "public", Nonce: nonce()}
	tr := OnChain{Kind: KindERC20, Token: m.gem, ID: (*hexutil.Big)(new(big.Int)), Amount: (*hexutil.Big)(big.NewInt(amount)), Depositor: m.sender.From(),
		Recipient: common.HexToAddress("0x4444444444444444444444444444444444444444"), Destination: platformID(didB), Attester: m.sender.From(),
		Deadline: head.Time + uint64(deadline.Seconds()), Salt: terms.Salt()}
	// Nothing listens on the peer URL: A's offers fail.
	r := &Record{ID: tr.Hash(), Role: Outgoing, Asset: "eip155:1337/erc20:" + m.gem.Hex(), Amount: tr.Amount.ToInt().String(), Peer: didB,
		PeerURL: "http://127.0.0.1:1", Channel: m.ch, Escrow: m.a.Contracts.Escrow, Transfer: tr, Terms: terms}
	digest, _ := r.consentDigest(m.chain.ChainNumber())
	if r.Consent, err = sign(m.key, digest); err != nil {
		t.Fatal(err)
	}
	if err := m.a.save("cli", r, Step{State: Requested}); err != nil {
		t.Fatal(err)
	}
	return r
}

// locked is record, locked in escrow.
func (m *machine) locked(t *testing.T, deadline time.Duration) *Record {
	t.Helper()
	r := m.record(t, 100, deadline)
	if err := m.a.lockOnChain(context.Background(), "cli", r, m.sender); err != nil {
		t.Fatal(err)
	}
	if r.State != Locked {
		t.Fatalf("after the lock: %s", r.State)
	}
	return r
}

// offer is what A sends B for r.
func (m *machine) offer(r *Record) *Offer {
	o := &Offer{ID: r.ID, Chain: m.chain.CAIP2().String(), Escrow: r.Escrow, Transfer: r.Transfer, Asset: r.Asset, Terms: r.Terms, Consent: r.Consent, Channel: m.ch}
	if r.LockTx != nil {
		o.LockTx = *r.LockTx
	}
	return o
}

// pastDeadline moves the chain's clock past r's deadline.
func (m *machine) pastDeadline(t *testing.T, r *Record) {
	t.Helper()
	head, _ := m.chain.HeaderByNumber(context.Background(), nil)
	if head.Time <= r.Transfer.Deadline {
		if err := m.chain.AdjustTime(time.Duration(r.Transfer.Deadline-head.Time+2) * time.Second); err != nil {
			t.Fatal(err)
		}
	}
	m.chain.Commit()
}

// The origin's state machine: each row puts a transfer in a state, applies
// one event, and names the state it must reach (or stay in).
func TestOutgoingStateMachine(t *testing.T) {
	m := newMachine(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T) *Record
		event func(t *testing.T, r *Record) error
		want  State
		// onChain is the escrow's state after the event (0: not checked).
		onChain uint8
	}{
		{"requested, not locked, deadline reached: failed, nothing moved",
			func(t *testing.T) *Record { return m.record(t, 100, 3*time.Second) },
			func(t *testing.T, r *Record) error { return m.a.advance(ctx, "cli", r) },
			Failed, 0},
		{"requested, depositor holds too little: failed",
			func(t *testing.T) *Record { return m.record(t, 1_000_000_000, time.Hour) },
			func(t *testing.T, r *Record) error { return m.a.advance(ctx, "cli", r) },
			Failed, 0},
		{"requested, lock resent after a crash: locked, then offered to the unreachable peer",
			func(t *testing.T) *Record { return m.record(t, 100, time.Hour) },
			func(t *testing.T, r *Record) error { return m.a.advance(ctx, "cli", r) },
			Offered, chainLocked},
		{"offered, refund before the deadline: refused by the escrow, still offered",
			func(t *testing.T) *Record {
				r := m.locked(t, time.Hour)
				_ = m.a.advance(ctx, "cli", r)
				return r
			},
			func(t *testing.T, r *Record) error { return m.a.refund(ctx, "cli", r) },
			Offered, chainLocked},
		{"offered, deadline passed: refunded",
			func(t *testing.T) *Record {
				r := m.locked(t, 20*time.Second)
				_ = m.a.advance(ctx, "cli", r)
				m.pastDeadline(t, r)
				return r
			},
			func(t *testing.T, r *Record) error { return m.a.advance(ctx, "cli", r) },
			Refunded, chainSettled},
		{"rejected by B: the rejection goes on chain, returned",
			func(t *testing.T) *Record {
				r := m.locked(t, time.Hour)
				digest, _ := RejectDigest(m.chain.ChainNumber(), r.Escrow, r.ID, ReasonPolicy)
				sig, err := sign(m.key, digest)
				if err != nil {
					t.Fatal(err)
				}
				r.Answer = &Answer{ID: r.ID, From: didB, Decision: "rejected", Reason: ReasonPolicy, Signature: sig}
				if err := m.a.save("cli", r, Step{State: Rejected}); err != nil {
					t.Fatal(err)
				}
				return r
			},
			func(t *testing.T, r *Record) error { return m.a.advance(ctx, "cli", r) },
			Returned, chainSettled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.setup(t)
			err := tc.event(t, r)
			if r.State != tc.want {
				t.Fatalf("state %s (error %v), want %s; history %+v", r.State, err, tc.want, r.History)
			}
			stored, gerr := m.a.Get(r.ID, Outgoing)
			if gerr != nil || stored.State != tc.want {
				t.Fatalf("stored record: %+v %v", stored, gerr)
			}
			if _, indexed := liveIDs(t, m.a)[r.ID]; indexed != !tc.want.Terminal() {
				t.Errorf("in the live index: %v, want %v", indexed, !tc.want.Terminal())
			}
			if tc.onChain != 0 {
				if st, err := chainState(ctx, m.chain, r.Escrow, r.ID); err != nil || st != tc.onChain {
					t.Errorf("escrow state %d %v, want %d", st, err, tc.onChain)
				}
			}
			// A final state takes no event: another round changes nothing.
			if r.State.Terminal() {
				before := len(r.History)
				if err := m.a.advance(ctx, "cli", r); err != nil || len(r.History) != before {
					t.Errorf("a round on a %s transfer: %v, history %d → %d", r.State, err, before, len(r.History))
				}
			}
		})
	}
}

// The destination's side: who may offer, and a repeated offer gets the
// decision already given, signed again, with nothing decided twice.
func TestIncomingStateMachine(t *testing.T) {
	m := newMachine(t)
	ctx := context.Background()
	r := m.locked(t, time.Hour)
	o := m.offer(r)

	t.Run("an offer from a stranger is refused", func(t *testing.T) {
		_, err := m.b.HandleOffer(ctx, "re", "did:web:stranger.example", o)
		var p *re.Problem
		if !errors.As(err, &p) || p.Code != re.CodeNotPartner {
			t.Fatalf("offer from a stranger: %v", err)
		}
	})
	t.Run("an offer on another channel is refused", func(t *testing.T) {
		other := *o
		other.Channel = "ch_other"
		_, err := m.b.HandleOffer(ctx, "re", didA, &other)
		var p *re.Problem
		if !errors.As(err, &p) || p.Code != re.CodeNoChannel {
			t.Fatalf("offer on an unknown channel: %v", err)
		}
	})
	t.Run("an offer whose transfer hashes elsewhere is refused", func(t *testing.T) {
		bent := *o
		bent.ID = common.HexToHash("0x01")
		if _, err := m.b.HandleOffer(ctx, "re", didA, &bent); err == nil || !strings.Contains(err.Error(), "hashes to") {
			t.Fatalf("offer with a wrong id: %v", err)
		}
	})
	t.Run("an offer of nothing locked is refused and nothing recorded", func(t *testing.T) {
		unlocked := m.record(t, 100, time.Hour)
		_, err := m.b.HandleOffer(ctx, "re", didA, m.offer(unlocked))
		var p *re.Problem
		if !errors.As(err, &p) || p.Status != http.StatusConflict {
			t.Fatalf("offer of an unlocked transfer: %v", err)
		}
		if _, err := m.b.Get(unlocked.ID, Incoming); !errors.Is(err, ErrNotFound) {
			t.Fatalf("B recorded an offer it could not check: %v", err)
		}
	})

	// B has no manifesto naming currencies: A's GEM is unknown to it.
	var first Answer
	t.Run("a locked offer is decided once: rejected, unknown currency", func(t *testing.T) {
		jws, err := m.b.HandleOffer(ctx, "re", didA, o)
		if err != nil {
			t.Fatal(err)
		}
		decodeJWS(t, jws, &first)
		if first.Decision != "rejected" || first.Reason != ReasonUnknownCurrency {
			t.Fatalf("decision %+v", first)
		}
		got, err := m.b.Get(o.ID, Incoming)
		if err != nil || got.State != Rejected {
			t.Fatalf("B's record: %+v %v", got, err)
		}
		if _, indexed := liveIDs(t, m.b)[o.ID]; indexed {
			t.Error("B's rejected transfer is in its live index")
		}
	})
	t.Run("the same offer again gets the same decision", func(t *testing.T) {
		before, _ := m.b.Get(o.ID, Incoming)
		jws, err := m.b.HandleOffer(ctx, "re", didA, o)
		if err != nil {
			t.Fatal(err)
		}
		var again Answer
		decodeJWS(t, jws, &again)
		if again.Decision != first.Decision || again.Reason != first.Reason || !bytesEqual(again.Signature, first.Signature) {
			t.Fatalf("second answer %+v, first %+v", again, first)
		}
		after, _ := m.b.Get(o.ID, Incoming)
		if len(after.History) != len(before.History) {
			t.Errorf("the repeated offer changed B's record: %d → %d steps", len(before.History), len(after.History))
		}
	})
	t.Run("an offer on a transfer that ended gets its final answer", func(t *testing.T) {
		rec, _ := m.b.Get(o.ID, Incoming)
		rec.Answer.Decision, rec.Answer.Reason = "rejected", ReasonPolicy
		if err := m.b.save("re", rec, Step{State: Refunded, Detail: "test: ended"}); err != nil {
			t.Fatal(err)
		}
		jws, err := m.b.HandleOffer(ctx, "re", didA, o)
		if err != nil {
			t.Fatal(err)
		}
		var a Answer
		decodeJWS(t, jws, &a)
		if a.Reason != ReasonPolicy {
			t.Fatalf("answer on an ended transfer %+v: not the recorded one", a)
		}
		if got, _ := m.b.Get(o.ID, Incoming); got.State != Refunded {
			t.Errorf("the offer moved an ended transfer to %s", got.State)
		}
	})
}

// decodeJWS reads a compact JWS's payload without checking its signature.
func decodeJWS(t *testing.T, jws string, v any) {
	t.Helper()
	parts := strings.Split(jws, ".")
	if len(parts) != 3 {
		t.Fatalf("not a compact JWS: %q", jws)
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

// TestDeadlineJudgedByTheChainsClock: B judges the time left by the next
// block's timestamp, as the escrow will, not by its wall clock; a chain
// that sealed a burst of blocks runs ahead of the wall, and the margin B
// keeps is the operator's (transfer.release_margin).
func TestDeadlineJudgedByTheChainsClock(t *testing.T) {
	m := newMachine(t)
	ctx := context.Background()
	tight, roomy := m.locked(t, time.Minute), m.locked(t, time.Minute)
	head, err := m.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The chain runs ahead: 4 s before the first deadline by its clock,
	// nearly a minute by the wall's.
	if err := m.chain.AdjustTime(time.Duration(tight.Transfer.Deadline-4-head.Time) * time.Second); err != nil {
		t.Fatal(err)
	}
	jws, err := m.b.HandleOffer(ctx, "re", didA, m.offer(tight))
	if err != nil {
		t.Fatal(err)
	}
	var a Answer
	decodeJWS(t, jws, &a)
	if a.Decision != "rejected" || a.Reason != ReasonBadTerms || !strings.Contains(a.Explanation, "stamped 3s before it") || !strings.Contains(a.Explanation, "transfer.release_margin") {
		t.Fatalf("with 3 s of chain time left and a 5 s margin: %+v", a)
	}
	// With a 2 s margin the same room is enough: the offer gets past the
	// deadline check to the next one (B knows no GEM currency).
	m.b.ReleaseMargin = 2 * time.Second
	jws, err = m.b.HandleOffer(ctx, "re", didA, m.offer(roomy))
	if err != nil {
		t.Fatal(err)
	}
	decodeJWS(t, jws, &a)
	if a.Reason != ReasonUnknownCurrency {
		t.Fatalf("with a 2 s margin: %+v, want the deadline check passed", a)
	}
}

// An offer whose request ends while B checks it (A killed mid-offer) gets
// no decision: B records nothing, and a failed read of the chain is not a
// verdict on the asset. (A chaos run caught B refusing for good over a
// log read cut by the request's end.)
func TestDecisionNeedsTheWholeRequest(t *testing.T) {
	m := newMachine(t)
	r := m.locked(t, time.Hour)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, _, _, undecided := m.b.decide(ctx, &Record{ID: r.ID, Peer: didA}, m.offer(r)); undecided == nil {
		t.Fatal("a decision reached on a request that had ended")
	}
	if _, err := m.b.Get(r.ID, Incoming); !errors.Is(err, ErrNotFound) {
		t.Fatalf("B recorded something: %v", err)
	}
	for _, tc := range []struct {
		err     error
		verdict bool
	}{
		{fmt.Errorf("read logs of blocks 0-45: %w", context.Canceled), false},
		{errors.New(`Post "http://127.0.0.1:38727": connection refused`), false},
		{fmt.Errorf("%w: 0x1 is not mifm's erc721 contract", asset.ErrBadRequest), true},
		{fmt.Errorf("%w: 42", asset.ErrUnknownToken), true},
		{fmt.Errorf("%w: block hashes elsewhere", asset.ErrMetadataCheck), true},
	} {
		if got := assetVerdict(tc.err); got != tc.verdict {
			t.Errorf("assetVerdict(%v) = %v", tc.err, got)
		}
	}
}
