// Package home is a node's home folder: its TOML config, the encrypted
// keystore with the platform key, the embedded chain's data and the record of
// deployed contracts. `mifm init` makes one; every other command opens one.
package home

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/multiformats/go-multiaddr"
	"github.com/naoina/toml"

	"github.com/mifm/mifm/chain"
	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/audit"
	"github.com/mifm/mifm/node/egress"
	"github.com/mifm/mifm/node/ipfs"
)

// ErrNotInitialised is returned when a folder holds no config.toml.
var ErrNotInitialised = errors.New("not a mifm home")

// ErrAlreadyInitialised is returned by Init on a folder that holds a home.
var ErrAlreadyInitialised = errors.New("already a mifm home")

// Layout of a home.
const (
	ConfigFile     = "config.toml"
	KeystoreDir    = "keystore"
	ChainDir       = "chain"
	DeploymentsDir = "deployments"
	// ContentDir holds the IPFS content store (node/ipfs).
	ContentDir = "content"
	// DIDKeysDir holds the encrypted private keys of the DIDs the node made.
	DIDKeysDir = "did-keys"
	// StatusListsDir holds the Bitstring Status Lists the node's issuers
	// manage, and their signed list credentials to publish.
	StatusListsDir = "status-lists"
	// PassphraseFile holds a generated passphrase when init had no other
	// source (no terminal, no file, no environment variable).
	PassphraseFile = "passphrase"
	// NodeStoreDir holds the node's own state (channels, manifesto, audit
	// log, seen nonces).
	NodeStoreDir = "node-store"
	// RITokenFile holds the bearer token the platform's back end presents
	// to the node's RI API (mode 0600).
	RITokenFile = "ri-token"
	// APIFile is written by a running `mifm node run` (its PID and
	// addresses) and removed when it stops; the CLI talks to the daemon
	// through it.
	APIFile = "node.json"
	// EmbeddedChain is the chain backend value for the in-process chain.
	EmbeddedChain = "embedded"
)

// Config is config.toml.
type Config struct {
	Platform PlatformConfig `toml:"platform"`
	Chain    ChainConfig    `toml:"chain"`
	Keystore KeystoreConfig `toml:"keystore"`
	Content  ContentConfig  `toml:"content"`
	Node     NodeConfig     `toml:"node"`
	Trust    TrustConfig    `toml:"trust"`
	Net      NetConfig      `toml:"net"`
	// Chains are the other chains the node follows for cross-chain moves
	// ([[chains]] tables), each with the suite deployed on it.
	Chains []FollowedChain `toml:"chains,omitempty"`
	// Attesters are the bridge nodes a move's origin asks for their
	// attestation besides the destination's node ([[attesters]] tables).
	Attesters []AttesterNode `toml:"attesters,omitempty"`
	// Anchor is how the node anchors versioned state ([anchor]).
	Anchor AnchorConfig `toml:"anchor,omitempty"`
	// Identity is how the node admits migrating identities ([identity]).
	Identity IdentityConfig `toml:"identity,omitempty"`
	// Transfer is how the node judges incoming transfers ([transfer]).
	Transfer TransferConfig `toml:"transfer,omitempty"`
	// Audit is what the node does with its audit log besides keeping it
	// ([audit]).
	Audit AuditConfig `toml:"audit,omitempty"`
}

// AuditConfig is the [audit] table (LAF, FGMV-43 7.5.3).
type AuditConfig struct {
	// Publish is [audit.publish]: what the node publishes of its audit
	// log to anyone, signed, on its RE address (GET /audit/v1/log).
	Publish AuditPublishConfig `toml:"publish,omitempty"`
}

// AuditPublishConfig is the [audit.publish] table. By default the node
// publishes every entry whole; the operator can withhold the entries of
// some operations and redact fields of the others (audit.PublishPolicy),
// and every page says so, or stop publishing.
type AuditPublishConfig struct {
	// Disabled stops publishing: the route answers 404.
	Disabled bool `toml:"disabled,omitempty"`
	// Withhold lists operations (exact, or a prefix ending in '*') whose
	// entries are published as seq, api, op, prev and hash only.
	Withhold []string `toml:"withhold,omitempty"`
	// Redact lists fields removed from published entries: actor,
	// subject, detail.KEY or detail.*.
	Redact []string `toml:"redact,omitempty"`
	// EntriesPerSecond bounds the entries a second the node puts into
	// pages it has not kept, for every asker together (0: 20,000, about
	// a fifth of a core); past it the route answers 429 with Retry-After.
	EntriesPerSecond int `toml:"entries_per_second,omitempty"`
}

// Rate is EntriesPerSecond, or its default when unset.
func (a AuditPublishConfig) Rate() int {
	if a.EntriesPerSecond == 0 {
		return audit.DefaultPublishRate
	}
	return a.EntriesPerSecond
}

// Policy is the table as node/audit applies it.
func (a AuditPublishConfig) Policy() audit.PublishPolicy {
	return audit.PublishPolicy{Withhold: a.Withhold, Redact: a.Redact}
}

// DefaultReleaseMargin is TransferConfig.ReleaseMargin when unset.
const DefaultReleaseMargin = 5 * time.Second

// TransferConfig is the [transfer] table (FGMV-43 9.2, B's side).
type TransferConfig struct {
	// ReleaseMargin is the chain time B wants left between the next
	// block's timestamp and a transfer's deadline before it accepts: the
	// escrow refuses a release mined after the deadline, so B rejects an
	// offer its release could not reach in time. A Go duration, default
	// "5s"; raise it on a chain with slow blocks (at least one block
	// period and the confirmations' worth).
	ReleaseMargin string `toml:"release_margin,omitempty"`
}

// ReleaseMarginDuration is ReleaseMargin parsed (Validate has checked it),
// DefaultReleaseMargin when unset.
func (t TransferConfig) ReleaseMarginDuration() time.Duration {
	if t.ReleaseMargin == "" {
		return DefaultReleaseMargin
	}
	d, _ := time.ParseDuration(t.ReleaseMargin)
	return d
}

// IdentityConfig is the [identity] table: the platform's admission policy
// for identities migrating in (FGMV-43 9.4 step 3, IDVF).
type IdentityConfig struct {
	// Policy is a did.Policy file (JSON or YAML), relative to the home:
	// trusted issuers per credential type, required credentials, claim
	// predicates, minimum age and reputation. Without one, the manifesto's
	// identity.requiredCredentials are required from any issuer.
	Policy string `toml:"policy,omitempty"`
	// Recheck is how often admitted identities are verified again (their
	// credentials' status lists fetched anew), a Go duration; default
	// "1h", "0" never.
	Recheck string `toml:"recheck,omitempty"`
}

// RecheckDuration is Recheck parsed: 1 h when unset, 0 for never.
func (i IdentityConfig) RecheckDuration() time.Duration {
	if i.Recheck == "" {
		return time.Hour
	}
	d, _ := time.ParseDuration(i.Recheck)
	return d
}

// AnchorConfig is the [anchor] table: how often batches of version hashes
// go on chain, how large they get, and how conflicts between versions are
// settled (node/anchor).
type AnchorConfig struct {
	// Interval is a Go duration (default "10s").
	Interval string `toml:"interval,omitempty"`
	// MaxLeaves cuts a batch at this many leaves (default 2048, at most
	// 65536).
	MaxLeaves int `toml:"max_leaves,omitempty"`
	// Policy settles conflicts: home, anchored or ask (default home).
	Policy string `toml:"policy,omitempty"`
}

// IntervalDuration is Interval parsed (0 when unset).
func (a AnchorConfig) IntervalDuration() time.Duration {
	d, _ := time.ParseDuration(a.Interval)
	return d
}

// FollowedChain is one [[chains]] table: a JSON-RPC endpoint of another
// EVM chain and the confirmations a block there needs.
type FollowedChain struct {
	RPC           string `toml:"rpc"`
	Confirmations uint64 `toml:"confirmations"`
}

// AttesterNode is one [[attesters]] table: a bridge node's platform DID and
// RE base URL.
type AttesterNode struct {
	DID string `toml:"did"`
	URL string `toml:"url"`
}

// TrustConfig is the operator's side of the trust model (DESIGN.md): who
// besides the registry's active platforms is a partner, which of the
// partners' currencies the node takes, and how much of its own currencies
// its treasury sells.
type TrustConfig struct {
	// Partners are DIDs trusted whether or not the registry knows them.
	Partners []string `toml:"partners"`
	// Currency binds a partner's currency code to one token.
	Currency []CurrencyApproval `toml:"currency"`
	// Limit caps what the treasury sells of one of its own currencies; a
	// currency without a limit is not sold at all.
	Limit []TreasuryLimit `toml:"limit"`
	// SecondSignatureAbove makes a consent signed in a user's own wallet
	// need a second signature (FGMV-43 ASIR-106) when the transfer moves
	// more than this many of the asset's smallest unit (an NFT counts 1,
	// so "0" asks it of every transfer). Empty: one signature suffices.
	SecondSignatureAbove string `toml:"second_signature_above"`
	// SecondSigner gives the second signature: "device" (the wallet
	// holder's second device, registered by the platform) or "platform"
	// (the platform's key, when its back end co-signs). Default device.
	SecondSigner string `toml:"second_signer"`
}

// CurrencyApproval is [[trust.currency]]: platform's code is token.
type CurrencyApproval struct {
	Platform string `toml:"platform"`
	Code     string `toml:"code"`
	Token    string `toml:"token"`
}

// TreasuryLimit is [[trust.limit]], in the currency's smallest units.
type TreasuryLimit struct {
	Currency   string `toml:"currency"`
	PerChannel string `toml:"per_channel"`
	PerPeriod  string `toml:"per_period"`
	Period     string `toml:"period"` // default 24h
}

// Units parses one of a limit's amounts ("" is no cap of that kind).
func (l TreasuryLimit) Units(field, v string) (*big.Int, error) {
	if v == "" {
		return nil, nil
	}
	n, ok := new(big.Int).SetString(v, 10)
	if !ok || n.Sign() < 0 {
		return nil, fmt.Errorf("trust.limit %s: %s %q is not a whole number of the currency's smallest unit", l.Currency, field, v)
	}
	return n, nil
}

// PeriodDuration is Period parsed (Validate has checked it), 24h if empty.
func (l TreasuryLimit) PeriodDuration() time.Duration {
	d, err := time.ParseDuration(l.Period)
	if err != nil || d <= 0 {
		return 24 * time.Hour
	}
	return d
}

func (t TrustConfig) validate() error {
	for _, d := range t.Partners {
		if !strings.HasPrefix(d, "did:") {
			return fmt.Errorf("trust.partners: %q is not a DID (want did:web:example.com, did:key:…)", d)
		}
	}
	for _, c := range t.Currency {
		if !strings.HasPrefix(c.Platform, "did:") || c.Code == "" || !common.IsHexAddress(c.Token) {
			return fmt.Errorf("trust.currency %q: give platform (the partner's DID), code (as its manifesto names it) and token (0x address)", c.Code)
		}
	}
	for _, l := range t.Limit {
		if l.Currency == "" {
			return errors.New("trust.limit: give currency (a code of this platform's manifesto)")
		}
		if _, err := l.Units("per_channel", l.PerChannel); err != nil {
			return err
		}
		if _, err := l.Units("per_period", l.PerPeriod); err != nil {
			return err
		}
		if l.Period != "" {
			if d, err := time.ParseDuration(l.Period); err != nil || d <= 0 {
				return fmt.Errorf("trust.limit %s: period %q is not a positive duration (e.g. 24h)", l.Currency, l.Period)
			}
		}
	}
	return nil
}

// NetConfig bounds what peers can make the node do (the trust model of
// node/egress): which addresses their URLs may lead to, how long and how
// much the node gives a peer, how fast strangers may call.
type NetConfig struct {
	// AllowPrivate are address ranges (CIDR) the node may connect to for
	// peers although they are loopback, private, link-local or otherwise
	// special; empty (the default) allows none. A testnet on one machine
	// sets ["127.0.0.0/8", "::1/128"].
	AllowPrivate []string `toml:"allow_private"`
	// PeerTimeout bounds one request to a peer (RE call, did:web
	// document), answer included ("60s").
	PeerTimeout string `toml:"peer_timeout"`
	// FetchTimeout bounds fetching one DAG from a peer's gateway ("10m").
	FetchTimeout string `toml:"fetch_timeout"`
	// MaxFetchBytes caps one DAG fetched from a peer's gateway, whatever
	// size the peer declared (1 GiB).
	MaxFetchBytes int64 `toml:"max_fetch_bytes"`
	// RatePerIP and BurstPerIP limit RE requests per client IP address,
	// before any verification (requests per second and burst).
	RatePerIP  float64 `toml:"rate_per_ip"`
	BurstPerIP int     `toml:"burst_per_ip"`
	// RatePerSender and BurstPerSender limit RE requests per verified
	// sender DID.
	RatePerSender  float64 `toml:"rate_per_sender"`
	BurstPerSender int     `toml:"burst_per_sender"`
}

// PeerTimeoutDuration is PeerTimeout parsed (Validate has checked it).
func (c NetConfig) PeerTimeoutDuration() time.Duration {
	d, _ := time.ParseDuration(c.PeerTimeout)
	return d
}

// FetchTimeoutDuration is FetchTimeout parsed (Validate has checked it).
func (c NetConfig) FetchTimeoutDuration() time.Duration {
	d, _ := time.ParseDuration(c.FetchTimeout)
	return d
}

// AllowPrivatePrefixes is AllowPrivate parsed (Validate has checked it).
func (c NetConfig) AllowPrivatePrefixes() []netip.Prefix {
	p, _ := egress.ParsePrefixes(c.AllowPrivate)
	return p
}

// Guard is the egress guard of this config.
func (c NetConfig) Guard() *egress.Guard {
	return egress.New(egress.Config{AllowPrivate: c.AllowPrivatePrefixes()})
}

// Loopback are the allow_private ranges of homes whose peers run on the
// same machine (tests, `mifm demo`, the local testnet).
var Loopback = []string{"127.0.0.0/8", "::1/128"}

func (c NetConfig) validate() error {
	if _, err := egress.ParsePrefixes(c.AllowPrivate); err != nil {
		return fmt.Errorf("net.allow_private: %w", err)
	}
	for name, v := range map[string]string{"net.peer_timeout": c.PeerTimeout, "net.fetch_timeout": c.FetchTimeout} {
		if d, err := time.ParseDuration(v); err != nil || d < 100*time.Millisecond || d > 24*time.Hour {
			return fmt.Errorf("%s %q: want a duration from 100ms to 24h, like \"60s\"", name, v)
		}
	}
	if c.MaxFetchBytes < 1<<20 || c.MaxFetchBytes > 1<<40 {
		return fmt.Errorf("net.max_fetch_bytes %d: want 1048576 (1 MiB) to 1099511627776 (1 TiB)", c.MaxFetchBytes)
	}
	if c.RatePerIP <= 0 || c.BurstPerIP < 1 || c.RatePerSender <= 0 || c.BurstPerSender < 1 {
		return fmt.Errorf("net.rate_per_ip %g, burst_per_ip %d, rate_per_sender %g, burst_per_sender %d: rates must be positive (requests per second) and bursts at least 1", c.RatePerIP, c.BurstPerIP, c.RatePerSender, c.BurstPerSender)
	}
	return nil
}

// NodeConfig shapes `mifm node run`: its two APIs and how it checks peers.
type NodeConfig struct {
	// RIListen is where the RI API (the own platform's back end) listens;
	// keep it on loopback or a private network.
	RIListen string `toml:"ri_listen"`
	// RE is where the RE API (other nodes) listens.
	REListen string `toml:"re_listen"`
	// PublicURL is the base URL other nodes reach the RE API at (behind a
	// proxy, or with TLS); empty means http(s)://re_listen.
	PublicURL string `toml:"public_url"`
	// TLSCert and TLSKey (PEM files, relative to the home or absolute)
	// serve the RE API over TLS.
	TLSCert string `toml:"tls_cert"`
	TLSKey  string `toml:"tls_key"`
	// MaxBody caps a request body, in bytes.
	MaxBody int64 `toml:"max_body"`
	// MaxAge is how old a signed RE request may be ("2m"); older ones are
	// refused as stale.
	MaxAge string `toml:"max_age"`
	// Bridge runs the node as a metaverse bridge (also --bridge).
	Bridge bool `toml:"bridge"`
	// AdmissionURL is the platform back end the node asks whether it can
	// import an incoming asset (https, or http on loopback; POST JSON with
	// the home's admission-token file as bearer, never the RI token;
	// answer {"admit": bool, "reason": n, "explanation": "…"}). Empty: the
	// manifesto alone decides.
	AdmissionURL string `toml:"admission_url"`
	// WebhookURL is the platform back end the node posts its events to
	// (node/notify: https, or http on loopback), each signed with the
	// home's webhook-secret file. Empty: events are kept for the RI event
	// stream and polling only.
	WebhookURL string `toml:"webhook_url"`
}

// ContentConfig shapes the IPFS content store.
type ContentConfig struct {
	// Backend is where the content lives: "embedded" (the default: blocks
	// and pins in this home) or "kubo:URL", an external Kubo node by its
	// RPC API address (e.g. kubo:http://127.0.0.1:5001). The global
	// --content flag (MIFM_CONTENT) overrides it for one command.
	Backend string `toml:"backend"`
	// AuthEnv names the environment variable that holds the Kubo RPC API's
	// credential, in Kubo's API.Authorizations form (bearer:TOKEN or
	// basic:USER:PASSWORD). The credential itself never goes in this file.
	AuthEnv string `toml:"auth_env,omitempty"`
	// Fsync flushes blocks to the disk at the end of every add, import,
	// fetch, pin and GC, so they survive a power cut, not only a killed
	// process (Kubo's default does not; imports are slower with it).
	Fsync bool `toml:"fsync"`
	// Remotes keep pins for this node ([[content.remote]] tables);
	// `mifm content pin remote` pins to them and follows each pin.
	Remotes []RemoteConfig `toml:"remote,omitempty"`
	// MaxUpload caps one upload to the RI API (content add, CAR import),
	// in bytes; 0 means DefaultMaxUpload.
	MaxUpload int64 `toml:"max_upload,omitempty"`
}

// DefaultMaxUpload caps an RI upload when content.max_upload is 0.
const DefaultMaxUpload = 1 << 30

// UploadLimit is content.max_upload or its default.
func (c ContentConfig) UploadLimit() int64 {
	if c.MaxUpload == 0 {
		return DefaultMaxUpload
	}
	return c.MaxUpload
}

// RemoteConfig is one remote pinning service.
type RemoteConfig struct {
	Name string `toml:"name"`
	// Kind is "kubo" (a Kubo node's RPC API, e.g. http://127.0.0.1:5001) or
	// "psa" (an IPFS Pinning Service API endpoint).
	Kind string `toml:"kind"`
	URL  string `toml:"url"`
	// TokenEnv names the environment variable that holds a PSA bearer
	// token: tokens stay out of config files.
	TokenEnv string `toml:"token_env"`
	// Origins tell a PSA service where to fetch the content: multiaddrs of
	// this node's gateway, e.g. /dns4/node.example/tcp/443/https.
	Origins []string `toml:"origins,omitempty"`
}

// PlatformConfig names the platform this node serves.
type PlatformConfig struct {
	// DID of the platform (did:web:<fqdn> in production).
	DID string `toml:"did"`
	// Address of the platform key in the keystore: it deploys the suite and
	// acts as the registry's registrar.
	Address string `toml:"address"`
}

// ChainConfig says which chain the node uses and how it sends transactions.
type ChainConfig struct {
	// Backend is "embedded" or a JSON-RPC URL.
	Backend string `toml:"backend"`
	// ChainID of the embedded chain.
	ChainID uint64 `toml:"chain_id"`
	// DataDir is the embedded chain's data folder, relative to the home or
	// absolute; empty means the home's own chain/. Homes that name one
	// folder share one chain, opened by one process at a time (the homes
	// `mifm demo --keep` leaves).
	DataDir string `toml:"datadir,omitempty"`
	// BlockPeriod of the embedded chain ("0s" seals blocks as transactions
	// arrive).
	BlockPeriod string `toml:"block_period"`
	// RPCHTTP and RPCWS serve the embedded chain's JSON-RPC on a loopback
	// address when set, e.g. "127.0.0.1:8545".
	RPCHTTP string `toml:"rpc_http"`
	RPCWS   string `toml:"rpc_ws"`
	// Confirmations a transaction needs before it counts.
	Confirmations uint64 `toml:"confirmations"`
	// MaxFeeGwei caps the fee per gas of every transaction.
	MaxFeeGwei uint64 `toml:"max_fee_gwei"`
	// ReceiptTimeout bounds the wait for a transaction ("2m").
	ReceiptTimeout string `toml:"receipt_timeout"`
}

// KeystoreConfig says how keys are protected.
type KeystoreConfig struct {
	// KDF is "standard" (geth's scrypt cost) or "light" (throwaway homes).
	KDF string `toml:"kdf"`
	// PassphraseFile, relative to the home or absolute, is read when neither
	// --passphrase-file nor MIFM_PASSPHRASE is given.
	PassphraseFile string `toml:"passphrase_file"`
}

// DefaultConfig is a new home's config before init fills in the platform.
func DefaultConfig() Config {
	return Config{
		Chain: ChainConfig{
			Backend: EmbeddedChain, ChainID: chain.DefaultDevChainID, BlockPeriod: "0s",
			Confirmations: 1, MaxFeeGwei: 500, ReceiptTimeout: "2m",
		},
		Keystore: KeystoreConfig{KDF: "standard"},
		Content:  ContentConfig{Backend: "embedded"},
		Node:     NodeConfig{RIListen: "127.0.0.1:8650", REListen: "127.0.0.1:8651", MaxBody: 1 << 20, MaxAge: "2m"},
		Net: NetConfig{PeerTimeout: "60s", FetchTimeout: "10m", MaxFetchBytes: 1 << 30,
			RatePerIP: 50, BurstPerIP: 100, RatePerSender: 20, BurstPerSender: 50},
	}
}

// REBaseURL is the base URL peers reach the RE API at.
func (c NodeConfig) REBaseURL() string {
	if c.PublicURL != "" {
		return strings.TrimSuffix(c.PublicURL, "/")
	}
	scheme := "http"
	if c.TLSCert != "" {
		scheme = "https"
	}
	return scheme + "://" + c.REListen
}

// MaxAgeDuration is MaxAge parsed (Validate has checked it).
func (c NodeConfig) MaxAgeDuration() time.Duration {
	d, _ := time.ParseDuration(c.MaxAge)
	return d
}

// Validate checks every field and names the one that is wrong.
func (c Config) Validate() error {
	if err := c.Trust.validate(); err != nil {
		return err
	}
	if c.Platform.DID != "" && !strings.HasPrefix(c.Platform.DID, "did:") {
		return fmt.Errorf("platform.did %q is not a DID (want did:web:example.com or did:key:…)", c.Platform.DID)
	}
	if c.Platform.Address != "" && !common.IsHexAddress(c.Platform.Address) {
		return fmt.Errorf("platform.address %q is not an Ethereum address", c.Platform.Address)
	}
	if c.Chain.Backend != EmbeddedChain {
		if _, err := chain.ParseEndpoint(c.Chain.Backend); err != nil {
			return fmt.Errorf("chain.backend: %w", err)
		}
	}
	if c.Chain.ChainID == 0 {
		return errors.New("chain.chain_id must be a positive integer")
	}
	if _, err := c.blockPeriod(); err != nil {
		return err
	}
	if _, err := c.receiptTimeout(); err != nil {
		return err
	}
	if c.Chain.Confirmations == 0 {
		return errors.New("chain.confirmations must be at least 1")
	}
	if c.Chain.MaxFeeGwei == 0 {
		return errors.New("chain.max_fee_gwei must be at least 1")
	}
	if m := c.Transfer.ReleaseMargin; m != "" {
		if d, err := time.ParseDuration(m); err != nil || d < time.Second || d > time.Hour {
			return fmt.Errorf("transfer.release_margin %q: want a duration from 1s to 1h, e.g. \"5s\" (default) or \"30s\" on a chain with slow blocks", m)
		}
	}
	if m := c.Content.MaxUpload; m != 0 && (m < 1024 || m > 1<<40) {
		return fmt.Errorf("content.max_upload %d: want 1024 to 1099511627776 bytes (0: 1 GiB)", m)
	}
	if _, err := ipfs.ParseBackend(c.Content.Backend); err != nil {
		return fmt.Errorf("content.backend: %w", err)
	}
	if e := c.Content.AuthEnv; e != "" && !envName.MatchString(e) {
		return fmt.Errorf("content.auth_env %q: name an environment variable (letters, digits, _), e.g. MIFM_KUBO_AUTH", e)
	}
	names := map[string]bool{}
	for i, r := range c.Content.Remotes {
		where := fmt.Sprintf("content.remote[%d]", i)
		if r.Name == "" {
			return fmt.Errorf("%s: name is missing", where)
		}
		if names[r.Name] {
			return fmt.Errorf("%s: name %q is used twice", where, r.Name)
		}
		names[r.Name] = true
		if r.Kind != "kubo" && r.Kind != "psa" {
			return fmt.Errorf("%s (%s): kind %q must be \"kubo\" or \"psa\"", where, r.Name, r.Kind)
		}
		if u, err := url.Parse(r.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("%s (%s): url %q must be http(s)://host[:port]", where, r.Name, r.URL)
		}
		if r.Kind == "kubo" && (r.TokenEnv != "" || len(r.Origins) > 0) {
			return fmt.Errorf("%s (%s): token_env and origins are for kind \"psa\"", where, r.Name)
		}
		for _, o := range r.Origins {
			if _, err := multiaddr.NewMultiaddr(o); err != nil {
				return fmt.Errorf("%s (%s): origin %q is not a multiaddr (e.g. /ip4/203.0.113.7/tcp/8080/http): %v", where, r.Name, o, err)
			}
		}
	}
	for name, addr := range map[string]string{"node.ri_listen": c.Node.RIListen, "node.re_listen": c.Node.REListen} {
		if _, _, err := net.SplitHostPort(addr); err != nil {
			return fmt.Errorf("%s %q is not host:port (e.g. 127.0.0.1:8650)", name, addr)
		}
	}
	if c.Node.PublicURL != "" {
		if u, err := url.Parse(c.Node.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" {
			return fmt.Errorf("node.public_url %q must be http(s)://host[:port][/path]", c.Node.PublicURL)
		}
	}
	if (c.Node.TLSCert == "") != (c.Node.TLSKey == "") {
		return errors.New("node.tls_cert and node.tls_key go together: set both or neither")
	}
	if c.Node.AdmissionURL != "" {
		u, err := url.Parse(c.Node.AdmissionURL)
		if err != nil || u.Host == "" || (u.Scheme != "https" && !(u.Scheme == "http" && isLoopbackHost(u.Hostname()))) {
			return fmt.Errorf("node.admission_url %q: want https://…, or http:// on loopback (127.0.0.1, ::1, localhost): the node sends its admission token there", c.Node.AdmissionURL)
		}
	}
	if c.Node.WebhookURL != "" {
		u, err := url.Parse(c.Node.WebhookURL)
		if err != nil || u.Host == "" || u.User != nil || (u.Scheme != "https" && !(u.Scheme == "http" && isLoopbackHost(u.Hostname()))) {
			shown := "(not a URL)"
			if err == nil {
				shown = u.Redacted() // a password given in the URL stays out of the error
			}
			return fmt.Errorf("node.webhook_url %s: want https://…, or http:// on loopback (127.0.0.1, ::1, localhost), without user info: the node sends its platform's events there", shown)
		}
	}
	for i, f := range c.Chains {
		if _, err := chain.ParseEndpoint(f.RPC); err != nil {
			return fmt.Errorf("chains[%d].rpc: %w", i, err)
		}
	}
	for i, a := range c.Attesters {
		u, err := url.Parse(a.URL)
		if !strings.HasPrefix(a.DID, "did:") || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("attesters[%d]: want did = \"did:…\" and url = \"https://…\" (the bridge node's RE base URL)", i)
		}
	}
	if a := c.Anchor.Interval; a != "" {
		if d, err := time.ParseDuration(a); err != nil || d < 100*time.Millisecond || d > 24*time.Hour {
			return fmt.Errorf("anchor.interval %q: want a duration from 100ms to 24h, like \"10s\"", a)
		}
	}
	if n := c.Anchor.MaxLeaves; n < 0 || n > 1<<16 {
		return fmt.Errorf("anchor.max_leaves %d: want 1 to 65536 (0: 2048)", n)
	}
	switch c.Anchor.Policy {
	case "", "home", "anchored", "ask":
	default:
		return fmt.Errorf("anchor.policy %q: want home (the home platform's version wins), anchored (the last writer by anchored order) or ask (the user chooses)", c.Anchor.Policy)
	}
	if err := c.Audit.Publish.Policy().Check(); err != nil {
		return fmt.Errorf("audit.publish.%w", err)
	}
	if n := c.Audit.Publish.EntriesPerSecond; n != 0 && n < audit.MinPublishRate {
		return fmt.Errorf("audit.publish.entries_per_second %d: want at least %d, so a reader waits at most seconds for a page (leave it out for the default, %d)", n, audit.MinPublishRate, audit.DefaultPublishRate)
	}
	if r := c.Identity.Recheck; r != "" && r != "0" {
		if d, err := time.ParseDuration(r); err != nil || d < time.Second {
			return fmt.Errorf("identity.recheck %q: want a duration of at least 1s, like \"1h\", or \"0\" for never", r)
		}
	}
	if v := c.Trust.SecondSignatureAbove; v != "" {
		if n, ok := new(big.Int).SetString(v, 10); !ok || n.Sign() < 0 {
			return fmt.Errorf("trust.second_signature_above %q: want a whole number of the asset's smallest unit, 0 or more", v)
		}
	}
	if s := c.Trust.SecondSigner; s != "" && s != "device" && s != "platform" {
		return fmt.Errorf("trust.second_signer %q: want device (the user's second device) or platform (the platform's co-signature)", s)
	}
	if c.Node.MaxBody < 1024 || c.Node.MaxBody > 1<<30 {
		return fmt.Errorf("node.max_body %d: want 1024 to 1073741824 bytes", c.Node.MaxBody)
	}
	if d, err := time.ParseDuration(c.Node.MaxAge); err != nil || d < time.Second || d > time.Hour {
		return fmt.Errorf("node.max_age %q: want a duration from 1s to 1h, like \"2m\"", c.Node.MaxAge)
	}
	if err := c.Net.validate(); err != nil {
		return err
	}
	if c.Keystore.KDF != "standard" && c.Keystore.KDF != "light" {
		return fmt.Errorf("keystore.kdf %q must be \"standard\" or \"light\"", c.Keystore.KDF)
	}
	return nil
}

func (c Config) blockPeriod() (time.Duration, error) {
	d, err := time.ParseDuration(c.Chain.BlockPeriod)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("chain.block_period %q is not a duration like \"0s\" or \"2s\"", c.Chain.BlockPeriod)
	}
	return d, nil
}

func (c Config) receiptTimeout() (time.Duration, error) {
	d, err := time.ParseDuration(c.Chain.ReceiptTimeout)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("chain.receipt_timeout %q is not a positive duration like \"2m\"", c.Chain.ReceiptTimeout)
	}
	return d, nil
}

// Home is an opened home folder.
type Home struct {
	Dir    string
	Config Config
	// ContentOverride, when set, replaces content.backend for this process
	// only (the global --content flag); Save never writes it.
	ContentOverride string
}

// ContentBackend is the content backend this process uses: the override,
// or content.backend.
func (h *Home) ContentBackend() string {
	if h.ContentOverride != "" {
		return h.ContentOverride
	}
	return h.Config.Content.Backend
}

// envName is what an environment variable's name may be.
var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// Open reads the home in dir.
func Open(dir string) (*Home, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("home %s: %w", dir, err)
	}
	data, err := os.ReadFile(filepath.Join(abs, ConfigFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s has no %s", ErrNotInitialised, abs, ConfigFile)
	}
	if err != nil {
		return nil, fmt.Errorf("read home config: %w", err)
	}
	cfg, err := ParseConfig(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(abs, ConfigFile), err)
	}
	return &Home{Dir: abs, Config: cfg}, nil
}

// ParseConfig reads a home's config.toml: fields it leaves out take their
// defaults, unknown fields are an error (a typo should not be ignored), and
// the result is validated.
func ParseConfig(data []byte) (Config, error) {
	cfg := DefaultConfig()
	if err := toml.Unmarshal(data, &cfg); err != nil {
		return Config{}, err
	}
	if len(cfg.Content.Remotes) == 0 {
		cfg.Content.Remotes = nil // the TOML encoder writes an empty list
	}
	if len(cfg.Trust.Partners) == 0 {
		cfg.Trust.Partners = nil
	}
	if len(cfg.Trust.Currency) == 0 {
		cfg.Trust.Currency = nil
	}
	if len(cfg.Trust.Limit) == 0 {
		cfg.Trust.Limit = nil
	}
	if len(cfg.Net.AllowPrivate) == 0 {
		cfg.Net.AllowPrivate = nil
	}
	if len(cfg.Audit.Publish.Withhold) == 0 {
		cfg.Audit.Publish.Withhold = nil
	}
	if len(cfg.Audit.Publish.Redact) == 0 {
		cfg.Audit.Publish.Redact = nil
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	if cfg.Platform.Address == "" {
		return Config{}, errors.New("platform.address is missing: it names the platform key in the keystore")
	}
	return cfg, nil
}

// InitOptions shape a new home.
type InitOptions struct {
	Config Config
	// Passphrase encrypts the new keys; empty means generate one into
	// PassphraseFile (for homes made without a terminal).
	Passphrase string
	// DevAccounts is how many user keys to create beside the platform key; on
	// the embedded chain they are prefunded, for demos and tests.
	DevAccounts int
}

// Init makes a new home in dir: config, keystore with the platform key (and
// dev accounts). A folder that already holds a home is refused.
//
// The keys and the generated passphrase are made in a staging folder inside
// dir and moved into place before config.toml is written, so an interrupted
// init leaves no half-made home: without config.toml a folder is not a home,
// and the next Init removes the staging folder (its keys never left it).
func Init(dir string, opts InitOptions) (*Home, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("home %s: %w", dir, err)
	}
	if _, err := os.Stat(filepath.Join(abs, ConfigFile)); err == nil {
		return nil, fmt.Errorf("%w: %s (use it as it is, or choose another --home)", ErrAlreadyInitialised, abs)
	}
	if entries, err := os.ReadDir(filepath.Join(abs, KeystoreDir)); err == nil && len(entries) > 0 {
		// Never touch keys we did not make in this run.
		return nil, fmt.Errorf("%s holds a keystore but no %s: it is not a home mifm made; move the keystore away or choose another --home", abs, ConfigFile)
	}
	cfg := opts.Config
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if opts.DevAccounts < 0 || opts.DevAccounts > 100 {
		return nil, fmt.Errorf("dev accounts %d: want 0 to 100", opts.DevAccounts)
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return nil, fmt.Errorf("create home: %w", err)
	}
	if stale, _ := filepath.Glob(filepath.Join(abs, stagingPrefix+"*")); len(stale) > 0 {
		for _, d := range stale {
			if err := os.RemoveAll(d); err != nil {
				return nil, fmt.Errorf("remove the staging folder of an interrupted init: %w", err)
			}
		}
	}
	staging, err := os.MkdirTemp(abs, stagingPrefix)
	if err != nil {
		return nil, fmt.Errorf("create home: %w", err)
	}
	defer os.RemoveAll(staging)

	pass := opts.Passphrase
	if pass == "" {
		buf := make([]byte, 24)
		if _, err := rand.Read(buf); err != nil {
			return nil, fmt.Errorf("generate passphrase: %w", err)
		}
		pass = hex.EncodeToString(buf)
		if err := os.WriteFile(filepath.Join(staging, PassphraseFile), []byte(pass+"\n"), 0o600); err != nil {
			return nil, fmt.Errorf("write generated passphrase: %w", err)
		}
		cfg.Keystore.PassphraseFile = PassphraseFile
	}
	staged := &Home{Dir: staging, Config: cfg}
	ks := staged.Keystore()
	platform, err := ks.NewAccount(pass)
	if err != nil {
		return nil, err
	}
	cfg.Platform.Address = platform.Hex()
	if cfg.Platform.DID == "" {
		cfg.Platform.DID = DefaultPlatformDID(cfg.Chain.ChainID, platform)
	}
	for i := 0; i < opts.DevAccounts; i++ {
		// Keystore files sort by creation time: keep the platform key first.
		time.Sleep(time.Millisecond)
		if _, err := ks.NewAccount(pass); err != nil {
			return nil, err
		}
	}
	if err := writeRIToken(filepath.Join(staging, RITokenFile)); err != nil {
		return nil, err
	}
	moves := []string{KeystoreDir, RITokenFile}
	if opts.Passphrase == "" {
		moves = append(moves, PassphraseFile)
	}
	for _, name := range moves {
		if err := os.Rename(filepath.Join(staging, name), filepath.Join(abs, name)); err != nil {
			return nil, fmt.Errorf("move %s into the home: %w", name, err)
		}
	}
	h := &Home{Dir: abs, Config: cfg}
	if err := h.Save(); err != nil {
		return nil, err
	}
	return h, nil
}

func writeRIToken(path string) error {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return fmt.Errorf("generate RI token: %w", err)
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(buf)+"\n"), 0o600); err != nil {
		return fmt.Errorf("write RI token: %w", err)
	}
	return nil
}

// RIToken reads the RI bearer token, creating it for a home made before
// the node had one.
func (h *Home) RIToken() (string, error) {
	return h.token(RITokenFile)
}

// AdmissionTokenFile holds the bearer token the node shows the platform's
// admission back end: not the RI token, so the back end, which only
// answers the node, holds no credential that drives the node.
const AdmissionTokenFile = "admission-token"

// AdmissionToken reads the admission back end's bearer token, creating it
// on first use (mode 0600).
func (h *Home) AdmissionToken() (string, error) {
	return h.token(AdmissionTokenFile)
}

// WebhookSecretFile holds the key of the HMAC that signs the node's
// webhook deliveries (node/notify); the platform's back end reads it to
// verify them. Not the RI token: a back end that only receives events
// holds no credential that drives the node.
const WebhookSecretFile = "webhook-secret"

// WebhookSecret reads the webhook signing key, creating it on first use
// (mode 0600).
func (h *Home) WebhookSecret() (string, error) {
	return h.token(WebhookSecretFile)
}

func (h *Home) token(name string) (string, error) {
	path := filepath.Join(h.Dir, name)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		tmp := path + ".tmp"
		if err := writeRIToken(tmp); err != nil {
			return "", err
		}
		if err := os.Link(tmp, path); err != nil && !errors.Is(err, os.ErrExist) {
			os.Remove(tmp)
			return "", fmt.Errorf("write RI token: %w", err)
		}
		os.Remove(tmp)
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("read RI token: %w", err)
	}
	tok := strings.TrimSpace(string(data))
	if len(tok) < 32 {
		return "", fmt.Errorf("%s holds no token (delete it and one is made again)", path)
	}
	return tok, nil
}

func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// stagingPrefix names the folder Init makes keys in before moving them.
const stagingPrefix = ".init-"

// Save writes config.toml atomically.
func (h *Home) Save() error {
	data, err := toml.Marshal(h.Config)
	if err != nil {
		return fmt.Errorf("encode config: %w", err)
	}
	path := filepath.Join(h.Dir, ConfigFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	return nil
}

// Keystore opens the home's keystore.
func (h *Home) Keystore() *chain.Keystore {
	kdf := chain.KDFStandard
	if h.Config.Keystore.KDF == "light" {
		kdf = chain.KDFLight
	}
	return chain.OpenKeystore(filepath.Join(h.Dir, KeystoreDir), kdf)
}

// DIDKeys opens the home's store of DID private keys, encrypted with the
// keystore passphrase at the keystore's scrypt cost.
func (h *Home) DIDKeys() *did.KeyStore {
	return did.OpenKeyStore(filepath.Join(h.Dir, DIDKeysDir), h.Config.Keystore.KDF == "light")
}

// StatusLists opens the home's status list store.
func (h *Home) StatusLists() *did.StatusStore {
	return did.OpenStatusStore(filepath.Join(h.Dir, StatusListsDir))
}

// DefaultPlatformDID names a platform that has no DID of its own yet by its
// key: did:pkh (CAIP-10) on the home's chain. It is written into the config
// at init, so the platform's on-chain id never depends on the chain in use.
func DefaultPlatformDID(chainID uint64, platformKey common.Address) string {
	return fmt.Sprintf("did:pkh:eip155:%d:%s", chainID, platformKey.Hex())
}

// PlatformAddress is the platform key's address.
func (h *Home) PlatformAddress() common.Address {
	return common.HexToAddress(h.Config.Platform.Address)
}

// Deployments opens the home's record of deployed contracts.
func (h *Home) Deployments() (*chain.Deployments, error) {
	return chain.OpenDeployments(filepath.Join(h.Dir, DeploymentsDir))
}

// OpenChain opens the chain the config names, or override when it is set
// ("embedded" or a JSON-RPC URL).
func (h *Home) OpenChain(ctx context.Context, override string) (chain.Backend, error) {
	backend := h.Config.Chain.Backend
	if override != "" {
		backend = override
	}
	if backend != EmbeddedChain {
		if _, err := chain.ParseEndpoint(backend); err != nil {
			return nil, fmt.Errorf("--chain: %w", err)
		}
		return chain.Dial(ctx, backend)
	}
	period, err := h.Config.blockPeriod()
	if err != nil {
		return nil, err
	}
	return chain.StartEmbedded(ctx, chain.DevChainConfig{
		DataDir: h.ChainDataDir(), ChainID: h.Config.Chain.ChainID,
		Prefund: h.Keystore().Accounts(), Period: period,
		HTTPAddr: h.Config.Chain.RPCHTTP, WSAddr: h.Config.Chain.RPCWS,
	})
}

// ChainDataDir is the folder of the home's embedded chain: chain.datadir
// when set, else the home's chain/.
func (h *Home) ChainDataDir() string {
	switch d := h.Config.Chain.DataDir; {
	case d == "":
		return filepath.Join(h.Dir, ChainDir)
	case filepath.IsAbs(d):
		return d
	default:
		return filepath.Join(h.Dir, d)
	}
}

// TxConfig is the home's transaction policy for a Sender.
func (h *Home) TxConfig() chain.TxConfig {
	cfg := chain.DefaultTxConfig()
	cfg.MaxFeePerGas = gwei(h.Config.Chain.MaxFeeGwei)
	cfg.Confirmations = h.Config.Chain.Confirmations
	if d, err := h.Config.receiptTimeout(); err == nil {
		cfg.ReceiptTimeout = d
	}
	return cfg
}

// PassphraseSources are where a passphrase may come from besides the home's
// own passphrase_file; Passphrase says in which order they are tried.
type PassphraseSources struct {
	// File given on the command line (--passphrase-file).
	File string
	// Env is the value of MIFM_PASSPHRASE.
	Env string
	// Prompt asks on a terminal; nil when there is none.
	Prompt func() (string, error)
}

// Passphrase resolves the keystore passphrase: an explicit file, then the
// environment, then the home's passphrase_file, then a prompt.
func (h *Home) Passphrase(src PassphraseSources) (string, error) {
	switch {
	case src.File != "":
		return chain.ReadPassphraseFile(src.File)
	case src.Env != "":
		return src.Env, nil
	case h.Config.Keystore.PassphraseFile != "":
		path := h.Config.Keystore.PassphraseFile
		if !filepath.IsAbs(path) {
			path = filepath.Join(h.Dir, path)
		}
		return chain.ReadPassphraseFile(path)
	case src.Prompt != nil:
		return src.Prompt()
	}
	return "", errors.New("no passphrase: give --passphrase-file FILE or set MIFM_PASSPHRASE (no terminal to prompt on)")
}
