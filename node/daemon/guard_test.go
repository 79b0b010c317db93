package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mifm/mifm/did"
	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/re"
)

// stranger signs RE requests as a platform nobody knows.
func stranger(t testing.TB, id string) *re.Signer {
	t.Helper()
	kp, err := did.NewKeyPair(did.Ed25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	if id == "" {
		id = kp.DID
		return &re.Signer{DID: id, KeyID: id + "#" + strings.TrimPrefix(id, "did:key:"), Key: kp}
	}
	return &re.Signer{DID: id, KeyID: id + "#key-1", Key: kp}
}

// postRE sends a signed (or, with s nil, unsigned) POST to a node's RE API
// from client and returns the status and problem.
func postRE(t testing.TB, client *http.Client, p *InProcess, s *re.Signer, path string, body []byte) (int, *re.Problem, http.Header) {
	t.Helper()
	req, _ := http.NewRequest("POST", p.RE+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if s != nil {
		if err := s.Sign(req, body, p.Core.Home.Config.Platform.DID, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	prob := new(re.Problem)
	if resp.StatusCode >= 400 {
		if err := json.NewDecoder(resp.Body).Decode(prob); err != nil {
			t.Fatalf("status %d without a problem: %v", resp.StatusCode, err)
		}
	}
	return resp.StatusCode, prob, resp.Header
}

// The SSRF probe: a stranger signs a request as a did:web whose host is a
// port on the node's own loopback. A node left at its default config must
// not connect there, and its answer must say nothing of what is there.
func TestStrangerCannotUseTheNodeAsAPortScanner(t *testing.T) {
	node := startNodeWith(t, "platform-b.json", false, func(*home.Config) {})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var conns atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Add(1)
			c.Close()
		}
	}()
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	for _, target := range []string{ln.Addr().String(), "localhost:" + port} {
		probe := stranger(t, "did:web:"+strings.ReplaceAll(target, ":", "%3A"))
		code, p, _ := postRE(t, http.DefaultClient, node, probe, "/re/v1/channels", []byte(`{"offer":"x"}`))
		if code != http.StatusUnauthorized || p.Code != re.CodeUnknownSender {
			t.Fatalf("probe of %s: %d %+v", target, code, p)
		}
		for _, leak := range []string{host, port, "localhost", "refused", "dial", "connect", "tls", "allow", "EOF"} {
			if strings.Contains(strings.ToLower(p.Detail+p.Title), strings.ToLower(leak)) {
				t.Fatalf("probe of %s: the problem names %q: %+v", target, leak, p)
			}
		}
	}
	if n := conns.Load(); n != 0 {
		t.Fatalf("the node connected to the prober's target %d times", n)
	}
}

// A peer that accepts connections and never answers holds the node for its
// peer timeout, not for ever.
func TestNeverAnsweringPeerCostsThePeerTimeout(t *testing.T) {
	a := startNodeWith(t, "platform-a.json", false, func(c *home.Config) {
		c.Net.AllowPrivate = home.Loopback
		c.Net.PeerTimeout = "500ms"
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	held := make(chan net.Conn, 100)
	defer func() {
		ln.Close()
		for len(held) > 0 {
			(<-held).Close()
		}
	}()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			select {
			case held <- c: // read nothing, answer nothing
			default:
				c.Close()
			}
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	_, _ = a.Core.OpenChannel(ctx, api.OpenChannelRequest{Peer: "http://" + ln.Addr().String()})
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("opening a channel to a silent peer took %s with a 500ms peer timeout", d)
	}
}

// A client that sends its headers a byte at a time (slow loris) is cut off
// after the read-header timeout.
func TestSlowLorisClientIsCutOff(t *testing.T) {
	p := startNode(t, "", false)
	tm := serverTimeouts(apiRE, p.Core.Home.Config.Net)
	if tm.ReadHeader == 0 || tm.Read == 0 || tm.Write == 0 || tm.Idle == 0 || tm.MaxHeaderBytes == 0 {
		t.Fatalf("RE server timeouts %+v leave a phase unbounded", tm)
	}
	tm.ReadHeader = 300 * time.Millisecond
	srv := newHTTPServer(p.Server.Handler(apiRE), tm, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	_ = c.SetDeadline(start.Add(10 * time.Second))
	for _, b := range []byte("GET /healthz HTTP/1.1\r\nHost: node\r\nX-Slow: ") {
		if _, err := c.Write([]byte{b}); err != nil {
			break // cut off
		}
		time.Sleep(50 * time.Millisecond)
	}
	buf := make([]byte, 512)
	for {
		if _, err := c.Read(buf); err != nil {
			break
		}
	}
	if d := time.Since(start); d > 4*time.Second {
		t.Fatalf("a slow client held the connection %s; the read-header timeout is %s", d, tm.ReadHeader)
	}
}
