package daemon

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/store"
)

// selfSigned writes a certificate for 127.0.0.1 and its key into dir.
func selfSigned(t *testing.T, dir string) *x509.CertPool {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "mifm test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, _ := x509.MarshalECPrivateKey(key)
	os.WriteFile(filepath.Join(dir, "re.crt"), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(filepath.Join(dir, "re.key"), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600)
	cert, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return pool
}

// node run with a certificate: RE over TLS, the CLI's client finds the
// daemon through its API file, and a graceful stop removes that file.
// runHome is a fresh home for a node on loopback ports the system picks.
func runHome(t *testing.T) *home.Home {
	t.Helper()
	cfg := home.DefaultConfig()
	cfg.Net.AllowPrivate = home.Loopback
	cfg.Keystore.KDF = "light"
	cfg.Node.RIListen, cfg.Node.REListen = "127.0.0.1:0", "127.0.0.1:0"
	h, err := home.Init(filepath.Join(t.TempDir(), "home"), home.InitOptions{Config: cfg, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestRunServesTLSAndStopsGracefully(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain")
	}
	h := runHome(t)
	pool := selfSigned(t, h.Dir)
	h.Config.Node.TLSCert, h.Config.Node.TLSKey = "re.crt", "re.key"
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan Info, 1)
	done := make(chan error, 1)
	go func() { done <- Run(ctx, Options{Home: h, Passphrase: testPass, Ready: func(i Info) { ready <- i }}) }()
	var info Info
	select {
	case info = <-ready:
	case err := <-done:
		t.Fatal(err)
	case <-time.After(60 * time.Second):
		t.Fatal("node did not start")
	}
	if info.RE[:8] != "https://" {
		t.Fatalf("RE URL %s is not https", info.RE)
	}
	tlsClient := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	resp, err := tlsClient.Get(info.RE + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s/healthz over TLS: %v %v", info.RE, resp, err)
	}
	resp.Body.Close()
	if resp, err := http.Get("http" + info.RE[5:] + "/healthz"); err == nil && resp.StatusCode == 200 {
		t.Fatal("RE answered plain HTTP on its TLS port")
	}
	cl, _, err := Dial(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	st, err := cl.Status(ctx)
	if err != nil || !st.Running || st.PID != os.Getpid() || st.ChainRPC == "" {
		t.Fatalf("status through RI: %+v %v", st, err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("node did not stop")
	}
	if _, err := os.Stat(filepath.Join(h.Dir, home.APIFile)); !os.IsNotExist(err) {
		t.Fatalf("API file left behind: %v", err)
	}
	if _, _, err := Dial(context.Background(), h); err == nil {
		t.Fatal("Dial found a stopped node")
	}
}

// A node started while a command holds the home's stores (issue 25, point
// 3: a supervisor restarting it then) waits for the command to end and
// comes up; one that waits longer than its bound says what holds it.
func TestRunWaitsForACommandHoldingTheHome(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain")
	}
	h := runHome(t)
	hold := func() *store.DB {
		db, err := store.Open(filepath.Join(h.Dir, home.NodeStoreDir))
		if err != nil {
			t.Fatal(err)
		}
		return db
	}

	// Held for longer than the node waits: a clear error, in time.
	held := hold()
	start := time.Now()
	err := Run(context.Background(), Options{Home: h, Passphrase: testPass, WaitForStores: time.Second})
	if !errors.Is(err, store.ErrInUse) || !strings.Contains(err.Error(), "waited 1s") {
		t.Fatalf("run with the store held throughout: %v", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("giving up took %s", took)
	}

	// Released while the node waits: it comes up.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan Info, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Home: h, Passphrase: testPass, WaitForStores: 30 * time.Second, Ready: func(i Info) { ready <- i }})
	}()
	time.Sleep(1500 * time.Millisecond)
	select {
	case err := <-done:
		t.Fatalf("the node gave up while the store was held: %v", err)
	default:
	}
	held.Close()
	select {
	case <-ready:
	case err := <-done:
		t.Fatalf("the node did not come up once the store was free: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("the node did not come up once the store was free")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
