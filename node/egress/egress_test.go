package egress

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

func TestCheckRefusesWhatReachesTheNodeOrItsNetwork(t *testing.T) {
	t.Parallel()
	strict := New(Config{})
	for _, tc := range []struct {
		name string
		ip   string
		ok   bool
	}{
		{"public IPv4", "93.184.216.34", true},
		{"public IPv6", "2606:2800:220:1:248:1893:25c8:1946", true},
		{"loopback", "127.0.0.1", false},
		{"loopback elsewhere in 127/8", "127.3.2.1", false},
		{"IPv6 loopback", "::1", false},
		{"IPv4-mapped loopback", "::ffff:127.0.0.1", false},
		{"RFC 1918 10/8", "10.1.2.3", false},
		{"RFC 1918 172.16/12", "172.31.255.1", false},
		{"RFC 1918 192.168/16", "192.168.0.1", false},
		{"ULA", "fd00::1", false},
		{"link-local metadata", "169.254.169.254", false},
		{"IPv6 link-local", "fe80::1", false},
		{"multicast", "224.0.0.1", false},
		{"IPv6 multicast", "ff02::1", false},
		{"unspecified", "0.0.0.0", false},
		{"IPv6 unspecified", "::", false},
		{"CGNAT", "100.64.0.1", false},
		{"broadcast", "255.255.255.255", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := strict.Check(netip.MustParseAddr(tc.ip))
			if (err == nil) != tc.ok {
				t.Fatalf("Check(%s) = %v, want ok=%v", tc.ip, err, tc.ok)
			}
			if err != nil && !errors.Is(err, ErrForbidden) {
				t.Fatalf("Check(%s) = %v, not ErrForbidden", tc.ip, err)
			}
		})
	}
	open := New(Config{AllowPrivate: Loopback})
	if err := open.Check(netip.MustParseAddr("127.0.0.1")); err != nil {
		t.Fatalf("loopback allowed by config: %v", err)
	}
	if err := open.Check(netip.MustParseAddr("10.0.0.1")); err == nil {
		t.Fatal("allowing loopback opened 10/8 too")
	}
}

// A name that resolves to loopback (DNS rebinding: "localhost" stands in
// for a public name whose DNS answers 127.0.0.1) is refused at dial time,
// and the listener never sees a connection.
func TestClientRefusesLoopbackAfterResolution(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	c := New(Config{}).Client(Limits{Timeout: 5 * time.Second})
	for _, u := range []string{srv.URL, "http://localhost:" + port + "/"} {
		resp, err := c.Get(u)
		if err == nil {
			resp.Body.Close()
			t.Fatalf("GET %s: connected", u)
		}
		if !errors.Is(err, ErrForbidden) {
			t.Fatalf("GET %s: %v, want ErrForbidden", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the listener got %d requests", n)
	}
	allowed := New(Config{AllowPrivate: Loopback}).Client(Limits{Timeout: 5 * time.Second})
	resp, err := allowed.Get(srv.URL)
	if err != nil {
		t.Fatalf("loopback allowed by config: %v", err)
	}
	resp.Body.Close()
}

// A redirect from an allowed place to a forbidden one is dialled through
// the guard as well.
func TestRedirectIsGuarded(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer target.Close()
	_, port, _ := net.SplitHostPort(target.Listener.Addr().String())
	front := httptest.NewServer(http.RedirectHandler("http://[::ffff:127.0.0.1]:"+port+"/", http.StatusFound))
	defer front.Close()
	// Only the front's exact address is allowed.
	frontIP := netip.MustParseAddrPort(front.Listener.Addr().String()).Addr()
	g := New(Config{AllowPrivate: []netip.Prefix{netip.PrefixFrom(frontIP, 32)}})
	// Move the target out of the allowed /32: same IP, so use a guard that
	// only lets the first dial through.
	var dials atomic.Int32
	inner := g.Dialer()
	inner.Control = func(network, address string, c syscall.RawConn) error {
		if dials.Add(1) > 1 {
			return New(Config{}).control(network, address, c)
		}
		return g.control(network, address, c)
	}
	c := g.Client(Limits{Timeout: 5 * time.Second})
	c.Transport.(*http.Transport).DialContext = inner.DialContext
	resp, err := c.Get(front.URL)
	if err == nil {
		resp.Body.Close()
		t.Fatal("redirect to loopback followed")
	}
	if !errors.Is(err, ErrForbidden) || hits.Load() != 0 {
		t.Fatalf("err %v, target hits %d", err, hits.Load())
	}
}

// A peer that accepts the connection and never answers costs the node the
// response-header timeout, not more.
func TestNeverAnsweringPeerTimesOut(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // hold it open, say nothing
		}
	}()
	c := New(Config{AllowPrivate: Loopback}).Client(Limits{ResponseHeader: 300 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+ln.Addr().String()+"/", nil)
	start := time.Now()
	resp, err := c.Do(req)
	if err == nil {
		resp.Body.Close()
		t.Fatal("answered")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("gave up after %s, want about 300ms", d)
	}
}

func TestParsePrefixes(t *testing.T) {
	t.Parallel()
	got, err := ParsePrefixes([]string{"127.0.0.0/8", "::1", "10.1.2.3/8"})
	if err != nil {
		t.Fatal(err)
	}
	if got[1].String() != "::1/128" || got[2].String() != "10.0.0.0/8" {
		t.Fatalf("%v", got)
	}
	if _, err := ParsePrefixes([]string{"localhost"}); err == nil {
		t.Fatal("a name accepted as a prefix")
	}
}
