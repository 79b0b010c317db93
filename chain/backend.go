package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrUnreachable is wrapped when a JSON-RPC endpoint does not answer.
var ErrUnreachable = errors.New("chain endpoint unreachable")

// Client is what mifm needs from an Ethereum node: go-ethereum's reader and
// sender interfaces, the same set ethclient/simulated composes.
type Client interface {
	ethereum.BlockNumberReader
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.FeeHistoryReader
	ethereum.LogFilterer
	ethereum.PendingStateReader
	ethereum.PendingContractCaller
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.ChainIDReader
}

// Backend is a chain the node runs on: the embedded dev chain or a JSON-RPC
// endpoint. Both answer through the same Client, so no caller branches on
// which one it has.
type Backend interface {
	Client
	// CAIP2 is the chain's CAIP-2 id, read once when the backend was opened.
	CAIP2() ChainID
	// ChainNumber is the chain's numeric EIP-155 id.
	ChainNumber() *big.Int
	// Kind is "embedded" or "rpc".
	Kind() string
	// Endpoint is a JSON-RPC URL other processes can use, or "" when the chain
	// is reachable only inside this process.
	Endpoint() string
	// RPC is the raw JSON-RPC client, for methods Client does not cover.
	RPC() *rpc.Client
	Close() error
}

// rpcBackend serves both kinds: the embedded chain attaches to it in process.
type rpcBackend struct {
	*ethclient.Client
	raw      *rpc.Client
	chainID  *big.Int
	kind     string
	endpoint string
}

func newRPCBackend(ctx context.Context, raw *rpc.Client, kind, endpoint string) (*rpcBackend, error) {
	c := ethclient.NewClient(raw)
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	return &rpcBackend{Client: c, raw: raw, chainID: id, kind: kind, endpoint: endpoint}, nil
}

func (b *rpcBackend) CAIP2() ChainID        { return EIP155(b.chainID.Uint64()) }
func (b *rpcBackend) ChainNumber() *big.Int { return new(big.Int).Set(b.chainID) }
func (b *rpcBackend) Kind() string          { return b.kind }
func (b *rpcBackend) Endpoint() string      { return b.endpoint }
func (b *rpcBackend) RPC() *rpc.Client      { return b.raw }
func (b *rpcBackend) Close() error {
	b.Client.Close()
	return nil
}

// DialTimeout bounds how long Dial waits for an endpoint's first answer.
const DialTimeout = 10 * time.Second

// Dial opens any EVM JSON-RPC endpoint (http, https, ws, wss) and checks that it
// answers eth_chainId. The URL is validated first, so a typo is reported as such
// rather than as a network failure.
func Dial(ctx context.Context, rawURL string) (Backend, error) {
	u, err := ParseEndpoint(rawURL)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, DialTimeout)
	defer cancel()
	raw, err := rpc.DialContext(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %s", ErrUnreachable, redactURL(u), scrubbed(err, u))
	}
	b, err := newRPCBackend(ctx, raw, "rpc", rawURL)
	if err != nil {
		raw.Close()
		return nil, fmt.Errorf("%w: %s did not answer eth_chainId (is a node running there?): %s", ErrUnreachable, redactURL(u), scrubbed(err, u))
	}
	return b, nil
}

// ParseEndpoint checks that rawURL is a JSON-RPC endpoint URL (http, https,
// ws or wss with a host), so a typo is reported as such rather than as a
// network failure. Errors name the URL without its credentials.
func ParseEndpoint(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err == nil && u.Scheme != "" {
		switch u.Scheme {
		case "http", "https", "ws", "wss":
		default:
			return nil, fmt.Errorf("chain URL %s: scheme %q not supported: want http, https, ws or wss", redactURL(u), u.Scheme)
		}
	}
	if !strings.Contains(rawURL, "://") {
		if host, _, err := net.SplitHostPort(rawURL); err == nil && host != "" && !strings.ContainsAny(host, "/@") {
			return nil, fmt.Errorf("chain URL %q has no scheme: did you mean http://%s?", rawURL, rawURL)
		}
	}
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("chain URL %q is not a URL: want \"embedded\" or http(s)://host:port or ws(s)://host:port", redactRaw(rawURL))
	}
	return u, nil
}

// redactRaw hides what may be credentials in a string that did not parse.
func redactRaw(s string) string {
	if i := strings.LastIndex(s, "@"); i >= 0 {
		return "…@" + s[i+1:]
	}
	return s
}

// scrubbed is err's message without the URL the HTTP client quotes in it, and
// without u's password or query anywhere else, since API keys ride there.
func scrubbed(err error, u *url.URL) string {
	msg := err.Error()
	var ue *url.Error
	if errors.As(err, &ue) {
		msg = ue.Op + ": " + ue.Err.Error()
	}
	if u.User != nil {
		if p, ok := u.User.Password(); ok && p != "" {
			msg = strings.ReplaceAll(msg, p, "***")
		}
		if n := u.User.Username(); n != "" {
			msg = strings.ReplaceAll(msg, n, "***")
		}
	}
	if u.RawQuery != "" {
		msg = strings.ReplaceAll(msg, u.RawQuery, "***")
	}
	return msg
}

// redactURL drops credentials and query strings (API keys often ride there)
// from a URL before it goes into an error message.
func redactURL(u *url.URL) string {
	c := *u
	c.User = nil
	c.RawQuery = ""
	return c.String()
}
