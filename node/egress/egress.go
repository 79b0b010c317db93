// Package egress is the node's one way out to other nodes. FGMV-43 leaves
// peers' URLs to the peers (manifesto endpoints, did:web hosts, trustless
// gateways), so under mifm's trust model (a stranger may cost the node
// nothing that matters) every outbound request to a peer goes through a
// Guard: its dialer refuses loopback, private (RFC 1918, ULA), link-local,
// multicast, unspecified, CGNAT and other special-purpose addresses unless
// the operator allows them ([net] allow_private in config.toml), and its
// clients bound every phase of a request in time and size.
//
// The check runs on the IP address the dialer is about to connect to
// (net.Dialer.Control), after name resolution, so a peer cannot pass a
// public name check and then answer DNS with 127.0.0.1 (DNS rebinding), and
// redirects are dialled through the same check.
package egress

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// ErrForbidden is returned (wrapped) when a peer's URL leads to an address
// the node may not connect to.
var ErrForbidden = errors.New("address not allowed for peer traffic")

// forbidden are the ranges a peer may not make the node connect to: they
// reach the node itself or its private network, or are not unicast.
var forbidden = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),      // unspecified, "this network" (RFC 791)
	netip.MustParsePrefix("10.0.0.0/8"),     // private (RFC 1918)
	netip.MustParsePrefix("100.64.0.0/10"),  // CGNAT shared space (RFC 6598)
	netip.MustParsePrefix("127.0.0.0/8"),    // loopback
	netip.MustParsePrefix("169.254.0.0/16"), // link-local, cloud metadata
	netip.MustParsePrefix("172.16.0.0/12"),  // private (RFC 1918)
	netip.MustParsePrefix("192.0.0.0/24"),   // IETF protocol assignments
	netip.MustParsePrefix("192.168.0.0/16"), // private (RFC 1918)
	netip.MustParsePrefix("198.18.0.0/15"),  // benchmarking (RFC 2544)
	netip.MustParsePrefix("224.0.0.0/4"),    // multicast
	netip.MustParsePrefix("240.0.0.0/4"),    // reserved, broadcast
	netip.MustParsePrefix("::/128"),         // unspecified
	netip.MustParsePrefix("::1/128"),        // loopback
	netip.MustParsePrefix("64:ff9b:1::/48"), // local-use NAT64 (RFC 8215)
	netip.MustParsePrefix("fc00::/7"),       // unique local (ULA)
	netip.MustParsePrefix("fe80::/10"),      // link-local
	netip.MustParsePrefix("ff00::/8"),       // multicast
	netip.MustParsePrefix("2001:db8::/32"),  // documentation
	netip.MustParsePrefix("2002:7f00::/24"), // 6to4 of loopback
	netip.MustParsePrefix("2002:a00::/24"),  // 6to4 of 10/8
	netip.MustParsePrefix("2002:c0a8::/32"), // 6to4 of 192.168/16
	netip.MustParsePrefix("2002:ac10::/28"), // 6to4 of 172.16/12
	netip.MustParsePrefix("2002:a9fe::/32"), // 6to4 of 169.254/16
}

// Loopback is the allow list of a node whose peers run on the same
// machine: tests, `mifm demo` and the local testnet.
var Loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}

// Everywhere is the allow list of a request to a place the operator named
// (a flag on the command line), not a peer: nothing is refused.
var Everywhere = []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0"), netip.MustParsePrefix("::/0")}

// Config shapes a Guard.
type Config struct {
	// AllowPrivate are the forbidden ranges the operator opens anyway, such
	// as Loopback for a testnet or 10.0.0.0/8 for peers on a private
	// network.
	AllowPrivate []netip.Prefix
	// DialTimeout bounds a TCP connect (default 10 s).
	DialTimeout time.Duration
}

// Guard dials peers, refusing the addresses its config does not allow.
type Guard struct {
	allow []netip.Prefix
	dial  time.Duration
}

// New returns a Guard for cfg.
func New(cfg Config) *Guard {
	g := &Guard{allow: append([]netip.Prefix(nil), cfg.AllowPrivate...), dial: cfg.DialTimeout}
	if g.dial <= 0 {
		g.dial = 10 * time.Second
	}
	return g
}

// Check says whether the node may connect to ip.
func (g *Guard) Check(ip netip.Addr) error {
	ip = ip.Unmap().WithZone("")
	for _, p := range g.allow {
		if p.Contains(ip) {
			return nil
		}
	}
	for _, p := range forbidden {
		if p.Contains(ip) {
			return fmt.Errorf("%w: %s is in %s (the operator may allow it in config.toml, [net] allow_private)", ErrForbidden, ip, p)
		}
	}
	return nil
}

// control runs on every address the dialer tries, after DNS.
func (g *Guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s on %s is not an IP address and port", ErrForbidden, address, network)
	}
	return g.Check(ap.Addr())
}

// Dialer returns a dialer that refuses forbidden addresses.
func (g *Guard) Dialer() *net.Dialer {
	return &net.Dialer{Timeout: g.dial, KeepAlive: 30 * time.Second, Control: g.control}
}

// DialContext dials through the guard.
func (g *Guard) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	return g.Dialer().DialContext(ctx, network, address)
}

// Limits bound one client's requests.
type Limits struct {
	// Timeout bounds a whole request, body included (http.Client.Timeout);
	// 0 leaves it to the request's context.
	Timeout time.Duration
	// ResponseHeader bounds the wait for the answer's headers after the
	// request is sent (default 30 s).
	ResponseHeader time.Duration
	// MaxHeaderBytes caps the answer's headers (default 64 KiB).
	MaxHeaderBytes int64
	// MaxRedirects (default 5); redirects are dialled through the guard and
	// may not go from HTTPS to HTTP.
	MaxRedirects int
}

// Client returns an HTTP client for peer traffic: every connection through
// the guard, no proxy from the environment (it would be dialled instead of
// the peer, unchecked), and every phase bounded.
func (g *Guard) Client(l Limits) *http.Client {
	if l.ResponseHeader <= 0 {
		l.ResponseHeader = 30 * time.Second
	}
	if l.MaxHeaderBytes <= 0 {
		l.MaxHeaderBytes = 64 << 10
	}
	if l.MaxRedirects <= 0 {
		l.MaxRedirects = 5
	}
	tr := &http.Transport{
		Proxy:                  nil,
		DialContext:            g.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  l.ResponseHeader,
		ExpectContinueTimeout:  time.Second,
		IdleConnTimeout:        90 * time.Second,
		MaxIdleConns:           100,
		MaxIdleConnsPerHost:    10,
		MaxResponseHeaderBytes: l.MaxHeaderBytes,
	}
	return &http.Client{Transport: tr, Timeout: l.Timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= l.MaxRedirects {
			return fmt.Errorf("more than %d redirects", l.MaxRedirects)
		}
		if via[0].URL.Scheme == "https" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect from HTTPS to %s refused", req.URL.Scheme)
		}
		return nil
	}}
}

// ParsePrefixes reads CIDR prefixes (or single addresses) as the operator
// writes them in config.toml.
func ParsePrefixes(list []string) ([]netip.Prefix, error) {
	out := make([]netip.Prefix, 0, len(list))
	for _, s := range list {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			a, aerr := netip.ParseAddr(s)
			if aerr != nil {
				return nil, fmt.Errorf("%q is not a CIDR prefix like 127.0.0.0/8 or an IP address", s)
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		out = append(out, p.Masked())
	}
	return out, nil
}
